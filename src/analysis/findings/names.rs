//! Rules on names: one entity written in variant forms.

use std::collections::{BTreeMap, BTreeSet};

use super::{Finding, FindingKind, Severity, me, quoted};
use crate::model::country::normalize_country_name;
use crate::model::record::Ref;
use crate::{Country, Dataset, Party, Record, SourceRef};

/// Entities written in variant forms: a country written differently in different places; an
/// organisation, programme, project, committee or operation with more than one form of its
/// name. Country forms that differ only in letter case or a leading "the" are not variants. A
/// warning when two forms are the same name spelled two ways (diacritics, apostrophes, "&" for
/// "and", hyphens, words reordered or changed, a letter dropped); information otherwise (a code,
/// a shortened form whose words all stand in the longer one, a change of case, another name).
#[must_use]
pub fn variant_names(dataset: &Dataset) -> Vec<Finding<'_>> {
    let trivial = |s: &str| {
        let lower = s.trim().to_lowercase();
        lower.strip_prefix("the ").map(str::to_owned).unwrap_or(lower)
    };
    let mut out = Vec::new();
    let mut by_country: BTreeMap<Country, BTreeMap<String, Vec<WrittenForm<'_>>>> = BTreeMap::new();
    for p in dataset.participations().iter() {
        if let Party::Country(c) = p.party() {
            by_country.entry(*c).or_default().entry(trivial(p.as_written())).or_default().push((
                p.as_ref_to(),
                p.source(),
                p.as_written(),
            ));
        }
    }
    for t in dataset.task_forces().iter() {
        if let (Some(c), Some(w)) = (t.host(), t.as_written()) {
            by_country.entry(c).or_default().entry(trivial(w)).or_default().push((t.as_ref_to(), t.source(), w));
        }
    }
    for (country, forms) in by_country {
        if forms.len() < 2 {
            continue;
        }
        let normalised: BTreeSet<String> = forms.keys().map(|f| normalize_country_name(f)).collect();
        let spelled_two_ways = normalised.len() < forms.len();
        let written: Vec<&str> = forms.values().filter_map(|v| v.first().map(|(_, _, w)| *w)).collect();
        out.push(Finding::new(
            FindingKind::VariantNames,
            if spelled_two_ways { Severity::Warning } else { Severity::Info },
            format!("{} ({}) is written as {}", country.name_en(), country.alpha2(), quoted(&written)),
            forms.values().filter_map(|v| v.first().map(|(r, s, _)| (r.clone(), *s))).collect(),
        ));
    }
    for o in dataset.organisations().iter() {
        out.extend(named_variants(dataset, me(o), o.name(), o.acronym(), o.aliases()));
    }
    for p in dataset.programmes().iter() {
        out.extend(named_variants(dataset, me(p), p.name(), p.acronym(), p.aliases()));
    }
    for p in dataset.projects().iter() {
        out.extend(named_variants(dataset, me(p), p.name(), p.acronym(), p.aliases()));
    }
    for c in dataset.committees().iter() {
        out.extend(named_variants(dataset, me(c), c.name(), c.acronym(), c.aliases()));
    }
    for o in dataset.operations().iter() {
        out.extend(named_variants(dataset, me(o), o.name(), None, o.aliases()));
    }
    out
}

/// The words of a name, lower-cased, in order.
fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Whether the words of `short` stand in `long` in the same order (a shortened form).
fn shortens(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// Whether two forms are one name spelled two ways (rather than a shortened form or another
/// name): they share most of their words without one being the other shortened, or they are
/// single words that differ by a letter or two at the end ("FIIAP", "FIIAPP").
fn spelled_two_ways(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    if let ([x], [y]) = (wa.as_slice(), wb.as_slice()) {
        let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        return short != long && long.starts_with(short.as_str()) && long.len() - short.len() <= 2;
    }
    if shortens(&wa, &wb) || shortens(&wb, &wa) {
        return false;
    }
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    shared * 2 > wa.len().min(wb.len())
}

/// The variant-name finding of one named record, if its aliases add forms beyond case.
fn named_variants<'a>(
    dataset: &Dataset,
    record: (Ref, &'a SourceRef),
    name: &'a str,
    acronym: Option<&'a str>,
    aliases: &'a [crate::Text],
) -> Option<Finding<'a>> {
    let lower = |s: &str| s.trim().to_lowercase();
    let base: Vec<&str> = std::iter::once(name).chain(acronym).collect();
    let extra: Vec<&str> =
        aliases.iter().map(AsRef::as_ref).filter(|a| !base.iter().any(|b| lower(b) == lower(a))).collect();
    let all: Vec<&str> = base.iter().copied().chain(aliases.iter().map(AsRef::as_ref)).collect();
    if aliases.is_empty() {
        return None;
    }
    let warning = extra.iter().any(|x| all.iter().any(|y| x != y && spelled_two_ways(x, y)));
    // A reader's label and kind ("FIIAPP (organisation)"), never the record's id.
    let label = format!("{} ({})", dataset.label_of(&record.0), record.0.kind.as_str().replace('_', " "));
    Some(Finding::new(
        FindingKind::VariantNames,
        if warning { Severity::Warning } else { Severity::Info },
        format!("{label} is written as {}", quoted(&all)),
        vec![record],
    ))
}

/// A record that writes a name, its source, and the form it writes.
type WrittenForm<'a> = (Ref, &'a SourceRef, &'a str);
