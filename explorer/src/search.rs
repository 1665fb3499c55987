//! The search index: every name, alias, spelling and quote, for the home page's search box.
//!
//! It is a script (`assets/search-index.js`) rather than a JSON file, since a page opened from
//! `file://` may not fetch files; the search script folds case, accents, apostrophes and `&`
//! itself, so the index keeps the words as the report and the standards write them.

use std::collections::BTreeSet;

use eu_celac_drugs::analysis::bloc_claims;
use eu_celac_drugs::country::ALIASES;
use eu_celac_drugs::{Bloc, Country, Dataset, Party, RecordKind, Ref};
use serde::Serialize;

use crate::context::{Ctx, country_name};
use crate::{Error, i18n, labels, text};

#[derive(Serialize)]
struct Entry {
    /// The title.
    t: String,
    /// The kind.
    k: &'static str,
    /// The address.
    u: String,
    /// Names, aliases and spellings.
    n: Vec<String>,
    /// The quote, without markup.
    q: String,
    /// A note shown with the result (for a country the report does not name: what covers it).
    #[serde(skip_serializing_if = "String::is_empty")]
    x: String,
}

/// An ordinal in English words' short form: 1st, 2nd, 3rd, 23rd, 11th.
fn ordinal_suffix(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, x) if x != 11 => "st",
        (2, x) if x != 12 => "nd",
        (3, x) if x != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The value of a Roman numeral (XXIII is 23), if it is one.
fn roman(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut previous = 0u32;
    for c in s.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < previous {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            previous = v;
        }
    }
    (total > 0).then_some(total)
}

/// What readers type for a numbered meeting: "23rd", "HLM 23", "23 HLM", "XXIII", "TC".
fn meeting_aliases(name: &str, kind: eu_celac_drugs::EventKind) -> Vec<String> {
    let mut out = Vec::new();
    let short = match kind {
        eu_celac_drugs::EventKind::HighLevelMeeting => Some("HLM"),
        eu_celac_drugs::EventKind::TechnicalCommitteeMeeting => Some("TC"),
        _ => None,
    };
    if let Some(s) = short {
        out.push(s.to_owned());
    }
    for word in name.split_whitespace() {
        let letters: String = word.chars().take_while(char::is_ascii_uppercase).collect();
        if let Some(n) = roman(&letters).filter(|_| letters.len() >= 2) {
            out.push(letters.clone());
            out.push(n.to_string());
            out.push(ordinal_suffix(n));
            if let Some(s) = short {
                out.push(format!("{s} {n}"));
                out.push(format!("{} {s}", ordinal_suffix(n)));
                out.push(format!("{s} {letters}"));
            }
        }
    }
    out
}

/// Every form of a record's name that the dataset holds: name, acronym, aliases, title.
pub fn names(d: &Dataset, r: &Ref) -> Vec<String> {
    let id = r.id.as_str();
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        if !s.is_empty() && !out.iter().any(|o| o == s) {
            out.push(s.to_owned());
        }
    };
    match r.kind {
        RecordKind::Organisation => d.organisation(id).into_iter().flat_map(|x| x.names()).for_each(&mut add),
        RecordKind::Instrument => d.instrument(id).into_iter().for_each(|x| {
            add(x.name());
            x.acronym().into_iter().for_each(&mut add);
        }),
        RecordKind::Programme => d.programme(id).into_iter().for_each(|x| {
            add(x.name());
            x.acronym().into_iter().for_each(&mut add);
            x.aliases().iter().for_each(|a| add(a));
        }),
        RecordKind::Project => d.project(id).into_iter().for_each(|x| {
            add(x.name());
            x.acronym().into_iter().for_each(&mut add);
            x.aliases().iter().for_each(|a| add(a));
        }),
        RecordKind::Phase => d.phase(id).into_iter().for_each(|x| add(x.name())),
        RecordKind::Operation => d.operation(id).into_iter().for_each(|x| {
            add(x.name());
            x.aliases().iter().for_each(|a| add(a));
        }),
        RecordKind::WorkingGroup => d.working_group(id).into_iter().for_each(|x| add(x.name())),
        RecordKind::Network => d.network(id).into_iter().for_each(|x| {
            add(x.name());
            x.acronym().into_iter().for_each(&mut add);
        }),
        RecordKind::Committee => d.committee(id).into_iter().for_each(|x| {
            add(x.name());
            x.acronym().into_iter().for_each(&mut add);
            x.aliases().iter().for_each(|a| add(a));
        }),
        RecordKind::WorkArea => d.work_area(id).into_iter().for_each(|x| add(x.name())),
        RecordKind::TaskForce => d.task_force(id).into_iter().for_each(|x| {
            add(x.name());
            x.as_written().into_iter().for_each(&mut add);
        }),
        RecordKind::BorderArea => d.border_area(id).into_iter().for_each(|x| {
            add(x.name());
            add(x.as_written());
        }),
        RecordKind::Event => d.event(id).into_iter().for_each(|x| add(x.name())),
        RecordKind::Document => d.document(id).into_iter().for_each(|x| {
            add(x.title());
            if let Some(n) = x.number() {
                add(&n.to_string());
            }
        }),
        RecordKind::Participation => d.participation(id).into_iter().for_each(|x| add(x.as_written())),
        RecordKind::Seizure | RecordKind::Outcome | RecordKind::Budget | RecordKind::StatedList => {}
        RecordKind::Relation | RecordKind::Statement => {}
    }
    out
}

/// Every way the dataset and the standards write a country's name.
pub fn country_names(ctx: &Ctx<'_>, c: Country) -> Vec<String> {
    let mut set: BTreeSet<String> = BTreeSet::new();
    set.insert(c.name_en().to_owned());
    set.insert(c.common_name().to_owned());
    set.extend(c.official_name().map(str::to_owned));
    set.extend(c.name_es().map(str::to_owned));
    set.insert(c.alpha2().to_owned());
    set.insert(c.alpha3().to_owned());
    set.extend(ALIASES.iter().filter(|(_, a)| *a == c).map(|(n, _)| (*n).to_owned()));
    set.extend(ctx.involvements.iter().filter(|i| i.country == c).filter_map(|i| i.as_written).map(str::to_owned));
    for p in ctx.d.participations().iter() {
        if p.party() == &Party::Country(c) {
            set.insert(p.as_written().to_owned());
        }
    }
    let mut out = vec![c.name_en().to_owned()];
    out.extend(set.into_iter().filter(|n| n != c.name_en()));
    out
}

/// The search index, in the language of the pages being rendered, as a script that sets
/// `window.EXPLORER_SEARCH`. Every country with a page is in it, and so is every CELAC member
/// without one, with a note on what the report says of it (nothing by name) and the claims that
/// cover it, so that a search for it finds an answer rather than nothing.
pub fn index_script(ctx: &Ctx<'_>) -> Result<String, Error> {
    let mut entries = Vec::new();
    let country_kind = i18n::t("search.kind.country");
    for &c in &ctx.countries {
        entries.push(Entry {
            t: country_name(c).to_owned(),
            k: country_kind,
            u: ctx.country_url(c).unwrap_or_default(),
            n: country_names(ctx, c),
            q: String::new(),
            x: String::new(),
        });
    }
    let claims = bloc_claims(ctx.d);
    for &c in Bloc::Celac.members().iter().filter(|c| !ctx.countries.contains(c)) {
        let covering: Vec<String> = claims
            .iter()
            .filter(|b| b.covers(c))
            .map(|b| i18n::tr("search.claim", &[("subject", &b.subject_label), ("words", b.label)]))
            .collect();
        let note = if covering.is_empty() {
            i18n::t("search.unnamed").to_owned()
        } else {
            i18n::tr("search.unnamed_covered", &[("claims", &covering.join("; "))])
        };
        entries.push(Entry {
            t: country_name(c).to_owned(),
            k: i18n::t("search.kind.celac_member"),
            u: format!("celac.html#member-{}", c.alpha2().to_ascii_lowercase()),
            n: country_names(ctx, c),
            q: String::new(),
            x: note,
        });
    }
    for (kind, id, source) in ctx.d.records() {
        let r = Ref::new(kind, id.clone());
        let mut n = names(ctx.d, &r);
        // What readers type for a numbered meeting ("HLM 23", "23rd"): for the search only, since
        // the report writes none of these.
        if let Some(e) = ctx.d.event(id.as_str()).filter(|_| kind == RecordKind::Event) {
            n.extend(meeting_aliases(e.name(), e.kind()));
        }
        entries.push(Entry {
            t: ctx.label(&r),
            k: labels::kind(kind),
            u: ctx.url(&r),
            n,
            q: text::plain(source.quote()),
            x: String::new(),
        });
    }
    Ok(format!("window.EXPLORER_SEARCH = {};\n", text::script_json(&entries)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meetings_are_found_by_what_readers_type() {
        let a = meeting_aliases("XXIIIrd High-Level Meeting", eu_celac_drugs::EventKind::HighLevelMeeting);
        for want in ["XXIII", "23rd", "HLM 23", "23rd HLM", "HLM"] {
            assert!(a.iter().any(|x| x == want), "{want} not in {a:?}");
        }
        assert_eq!(roman("XXII"), Some(22));
        assert_eq!(ordinal_suffix(11), "11th");
        assert_eq!(ordinal_suffix(22), "22nd");
    }
}
