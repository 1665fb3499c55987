//! Findings about the source: where the report disagrees with itself.
//!
//! Findings are not errors. The dataset stays faithful to the text; a finding says where the
//! text, read as data, does not add up: a stated count that its list does not match, an
//! activity of the period dated outside it, a leading role that presupposes a membership the
//! report does not record, a name written in variant forms, a list that leaves out a country
//! that the report's other statements about the same thing imply. Every rule is general: it
//! runs on any [`Dataset`], and is tested on small hand-built ones.

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::timeline::PeriodRelation;
use crate::model::country::normalize_country_name;
use crate::model::record::{RecordKind, Ref, code_enum};
use crate::{Bloc, Completeness, Country, Dataset, Framing, Index, Party, Record, Role, SourceRef};

code_enum! {
    /// The kind of a [`Finding`].
    ///
    /// ```
    /// use eu_celac_drugs::analysis::FindingKind;
    ///
    /// assert_eq!(FindingKind::CountMismatch.to_string(), "count_mismatch");
    /// ```
    pub enum FindingKind {
        /// A stated count differs from the number of items the report lists for it.
        CountMismatch,
        /// A count is stated with no list to check it against.
        CountWithoutList,
        /// An event presented as an activity of the reporting period is dated outside it.
        OutsidePeriod,
        /// A leading role (lead, co-lead, presidency…) in a body whose members the report lists,
        /// held by a country the report does not list as an active member.
        RoleWithoutMembership,
        /// One entity written in variant forms.
        VariantNames,
        /// A complete list that leaves out a country which the report's other statements about
        /// the same thing involve.
        ListOmission,
    }
}

code_enum! {
    /// How much a finding matters.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::Severity;
    ///
    /// assert!(Severity::Warning > Severity::Info);
    /// ```
    pub enum Severity {
        /// Worth knowing; not a contradiction (a count with no list, a name as a code).
        Info,
        /// The text contradicts itself or presupposes what it does not state.
        Warning,
    }
}

/// One finding: its kind and severity, what it says, the records involved and their quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Finding<'a> {
    /// The rule that found it.
    pub kind: FindingKind,
    /// How much it matters.
    pub severity: Severity,
    /// What it says, in a sentence.
    pub message: String,
    /// The records involved.
    pub records: Vec<Ref>,
    /// The quotes of those records, in the same order.
    pub quotes: Vec<&'a str>,
}

impl<'a> Finding<'a> {
    fn new(kind: FindingKind, severity: Severity, message: String, involved: Vec<(Ref, &'a SourceRef)>) -> Self {
        let (records, quotes) = involved.into_iter().map(|(r, s)| (r, s.quote())).unzip();
        Self { kind, severity, message, records, quotes }
    }
}

fn me<T: Record>(record: &T) -> (Ref, &SourceRef) {
    (record.as_ref_to(), record.record_source())
}

/// Every finding of every rule, ordered by kind, then as the rules produce them.
///
/// ```
/// use eu_celac_drugs::analysis::{FindingKind, validate};
///
/// let findings = validate(eu_celac_drugs::report_2021_2022());
/// assert!(findings.iter().any(|f| f.kind == FindingKind::RoleWithoutMembership));
/// assert!(findings.iter().all(|f| f.records.len() == f.quotes.len()));
/// ```
#[must_use]
pub fn validate(dataset: &Dataset) -> Vec<Finding<'_>> {
    let index = Index::new(dataset);
    let mut all = Vec::new();
    all.extend(count_mismatches(dataset));
    all.extend(counts_without_lists(dataset));
    all.extend(outside_period(dataset));
    all.extend(roles_without_membership(&index));
    all.extend(variant_names(dataset));
    all.extend(list_omissions(&index));
    all.sort_by_key(|f| f.kind);
    all
}

/// Stated counts that differ from their lists. An exact count must equal the number of items
/// of a complete list; "over"/"more than" counts must not exceed it, "almost" counts must not
/// fall short of it; a list of examples may be shorter than its count but not longer.
/// Approximate counts ("about") are not checked.
#[must_use]
pub fn count_mismatches(dataset: &Dataset) -> Vec<Finding<'_>> {
    use crate::Bound;
    let mut out = Vec::new();
    for list in dataset.lists().iter() {
        let (Some(count), Some(stated)) = (list.count(), list.stated()) else { continue };
        if list.completeness() == Completeness::Unlisted {
            continue;
        }
        let n = rust_decimal::Decimal::from(list.items().len());
        let stated_value = count.value();
        let fits = match (list.completeness(), count.bound()) {
            (Completeness::Examples, _) => n <= stated_value || count.bound() == Bound::Approximate,
            (_, Bound::Exact) => n == stated_value,
            (_, Bound::AtLeast) => n >= stated_value,
            (_, Bound::AtMost) => n <= stated_value,
            (_, Bound::Approximate | Bound::Mixed) => true,
        };
        if !fits {
            out.push(Finding::new(
                FindingKind::CountMismatch,
                Severity::Warning,
                format!("the report states {stated:?} for \"{}\" but lists {n} item(s)", list.label()),
                vec![me(list)],
            ));
        }
    }
    out
}

/// Counts stated with no list ("18 Latin American countries").
#[must_use]
pub fn counts_without_lists(dataset: &Dataset) -> Vec<Finding<'_>> {
    dataset
        .lists()
        .iter()
        .filter(|l| l.completeness() == Completeness::Unlisted && l.count().is_some())
        .map(|l| {
            Finding::new(
                FindingKind::CountWithoutList,
                Severity::Info,
                format!("the report states {:?} for \"{}\" and lists none", l.stated().unwrap_or(""), l.label()),
                vec![me(l)],
            )
        })
        .collect()
}

/// Events presented as activities of the reporting period but dated outside it (a warning),
/// or across its boundary (for information).
#[must_use]
pub fn outside_period(dataset: &Dataset) -> Vec<Finding<'_>> {
    let (from, to) = (dataset.meta().period_start(), dataset.meta().period_end());
    let mut out = Vec::new();
    for e in dataset.events().iter().filter(|e| e.framing() == Framing::Activity) {
        let Some(when) = e.date() else { continue };
        let relation = PeriodRelation::of(&when, from, to);
        let severity = match relation {
            PeriodRelation::Inside => continue,
            PeriodRelation::Across | PeriodRelation::OpenEnded => Severity::Info,
            PeriodRelation::Before | PeriodRelation::After => Severity::Warning,
        };
        out.push(Finding::new(
            FindingKind::OutsidePeriod,
            severity,
            format!(
                "\"{}\" ({when}) is presented as an activity of the period {from} to {to} but lies {relation} it",
                e.name()
            ),
            vec![me(e)],
        ));
    }
    out
}

/// Leading roles held by countries that the report does not list as active members of the
/// body led (or of the body the led thing belongs to), where the report does list members.
#[must_use]
pub fn roles_without_membership<'a>(index: &Index<'a>) -> Vec<Finding<'a>> {
    let d = index.dataset();
    let mut members: BTreeMap<&str, Vec<&crate::Participation>> = BTreeMap::new();
    for p in d.participations().iter().filter(|p| p.role() == Role::Member) {
        members.entry(p.subject().id.as_str()).or_default().push(p);
    }
    let mut out = Vec::new();
    for p in d.participations().iter().filter(|p| p.role().is_leadership() && p.role() != Role::Coordinator) {
        let Party::Country(country) = p.party() else { continue };
        let body = std::iter::once(p.subject().clone())
            .chain(index.ancestors(p.subject()))
            .find(|r| members.contains_key(r.id.as_str()));
        let Some(body) = body else { continue };
        let listed = members.get(body.id.as_str()).map(Vec::as_slice).unwrap_or_default();
        let mine: Vec<&&crate::Participation> = listed.iter().filter(|m| m.party() == p.party()).collect();
        if mine.iter().any(|m| m.status().is_active()) {
            continue;
        }
        let standing =
            mine.first().map_or_else(|| "not listed as a member".to_owned(), |m| format!("listed as {}", m.status()));
        let mut involved = vec![me(p)];
        involved.extend(mine.iter().map(|m| me(**m)));
        out.push(Finding::new(
            FindingKind::RoleWithoutMembership,
            Severity::Warning,
            format!(
                "{} ({}) holds the role {} in {} but is {standing} of {}",
                p.as_written(),
                country.alpha2(),
                p.role(),
                index.label_of(p.subject()),
                index.label_of(&body)
            ),
            involved,
        ));
    }
    out
}

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
        out.extend(named_variants(me(o), o.name(), o.acronym(), o.aliases()));
    }
    for p in dataset.programmes().iter() {
        out.extend(named_variants(me(p), p.name(), p.acronym(), p.aliases()));
    }
    for p in dataset.projects().iter() {
        out.extend(named_variants(me(p), p.name(), p.acronym(), p.aliases()));
    }
    for c in dataset.committees().iter() {
        out.extend(named_variants(me(c), c.name(), c.acronym(), c.aliases()));
    }
    for o in dataset.operations().iter() {
        out.extend(named_variants(me(o), o.name(), None, o.aliases()));
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
    Some(Finding::new(
        FindingKind::VariantNames,
        if warning { Severity::Warning } else { Severity::Info },
        format!("{} is written as {}", record.0, quoted(&all)),
        vec![record],
    ))
}

/// A record that writes a name, its source, and the form it writes.
type WrittenForm<'a> = (Ref, &'a SourceRef, &'a str);

fn quoted(forms: &[&str]) -> String {
    forms.iter().map(|f| format!("\"{f}\"")).collect::<Vec<_>>().join(", ")
}

/// The countries a list's items name (the party of a participation, the host of a task force,
/// the countries of a border area).
fn countries_of_items(d: &Dataset, items: &[Ref]) -> BTreeSet<Country> {
    let mut out = BTreeSet::new();
    for item in items {
        match item.kind {
            RecordKind::Participation => {
                out.extend(d.participation(item.id.as_str()).and_then(|p| p.party().country()))
            }
            RecordKind::TaskForce => out.extend(d.task_force(item.id.as_str()).and_then(crate::TaskForce::host)),
            RecordKind::BorderArea => {
                out.extend(d.border_area(item.id.as_str()).into_iter().flat_map(|b| b.countries().iter().copied()));
            }
            _ => {}
        }
    }
    out
}

/// Whether a list says who is in something: all its items are present or past participations
/// in the roles [`Role::InScope`], [`Role::Member`], [`Role::Associate`] or
/// [`Role::Beneficiary`]. Lists of task forces, partners, supporters, leaders or prospects say
/// who does one thing, or who might join, not who is in.
fn is_scope_list(d: &Dataset, list: &crate::StatedList) -> bool {
    list.completeness() == Completeness::Complete
        && !list.items().is_empty()
        && list.items().iter().all(|item| {
            item.kind == RecordKind::Participation
                && d.participation(item.id.as_str()).is_some_and(|p| {
                    matches!(p.role(), Role::InScope | Role::Member | Role::Associate | Role::Beneficiary)
                        && p.status().is_active()
                })
        })
}

/// Complete lists of who is in something (the countries in a project's scope, the members of a
/// committee) that leave out a country which another statement about the same thing involves.
///
/// All the scope lists of one subject are read together (CRIMJUST's associate, beneficiary and
/// extension lists make up its scope). Their scope is their bloc, or — when they have none — CELAC
/// if every country they name is a CELAC member. Another statement counts if it concerns the
/// subject or something below it (a task force of the project, a phase…), is not a leading role
/// (those are [`roles_without_membership`]'s), and is not a mere prospect (an applicant is not
/// expected among the members).
#[must_use]
pub fn list_omissions<'a>(index: &Index<'a>) -> Vec<Finding<'a>> {
    let d = index.dataset();
    let mut by_subject: BTreeMap<&Ref, Vec<&'a crate::StatedList>> = BTreeMap::new();
    for list in d.lists().iter().filter(|l| is_scope_list(d, l)) {
        by_subject.entry(list.of()).or_default().push(list);
    }
    let mut out = Vec::new();
    for (subject, lists) in by_subject {
        let listed: BTreeSet<Country> = lists.iter().flat_map(|l| countries_of_items(d, l.items())).collect();
        let bloc = lists.iter().find_map(|l| l.bloc());
        let scope = bloc.or_else(|| listed.iter().all(|c| c.is_member(Bloc::Celac)).then_some(Bloc::Celac));
        let in_scope = |c: Country| scope.is_none_or(|b| c.is_member(b));
        let under = |r: &Ref| r == subject || index.ancestors(r).any(|a| a == *subject);
        let mut omitted: BTreeMap<Country, Vec<(Ref, &'a SourceRef)>> = BTreeMap::new();
        for p in d.participations().iter() {
            let Some(c) = p.party().country() else { continue };
            if listed.contains(&c) || !in_scope(c) || !under(p.subject()) {
                continue;
            }
            if p.role().is_leadership() || p.status().is_prospective_only() {
                continue;
            }
            omitted.entry(c).or_default().push(me(p));
        }
        for t in d.task_forces().iter() {
            let Some(c) = t.host() else { continue };
            if listed.contains(&c) || !in_scope(c) || !under(&t.as_ref_to()) || t.status().is_prospective_only() {
                continue;
            }
            omitted.entry(c).or_default().push(me(t));
        }
        let labels: Vec<&str> = lists.iter().map(|l| l.label()).collect();
        for (country, by) in omitted {
            let mut involved: Vec<(Ref, &'a SourceRef)> = lists.iter().map(|l| me(*l)).collect();
            involved.extend(by);
            out.push(Finding::new(
                FindingKind::ListOmission,
                Severity::Warning,
                format!(
                    "{} does not name {} ({}), which the report involves in {} elsewhere",
                    quoted(&labels),
                    country.name_en(),
                    country.alpha2(),
                    index.label_of(subject)
                ),
                involved,
            ));
        }
    }
    out
}
