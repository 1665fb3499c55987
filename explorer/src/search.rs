//! The search index: every name, alias, spelling and quote, for the home page's search box.
//!
//! It is a script (`assets/search-index.js`) rather than a JSON file, since a page opened from
//! `file://` may not fetch files; the search script folds case, accents, apostrophes and `&`
//! itself, so the index keeps the words as the report and the standards write them.

use std::collections::BTreeSet;

use eu_celac_drugs::country::ALIASES;
use eu_celac_drugs::{Country, Dataset, Party, RecordKind, Ref};
use serde::Serialize;

use crate::context::Ctx;
use crate::{Error, labels, text};

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

/// The search index as a script that sets `window.EXPLORER_SEARCH`.
pub fn index_script(ctx: &Ctx<'_>) -> Result<String, Error> {
    let mut entries = Vec::new();
    for &c in &ctx.countries {
        entries.push(Entry {
            t: c.name_en().to_owned(),
            k: "country",
            u: ctx.country_url(c).unwrap_or_default(),
            n: country_names(ctx, c),
            q: String::new(),
        });
    }
    for (kind, id, source) in ctx.d.records() {
        let r = Ref::new(kind, id.clone());
        entries.push(Entry {
            t: ctx.label(&r),
            k: labels::kind(kind),
            u: ctx.url(&r),
            n: names(ctx.d, &r),
            q: text::plain(source.quote()),
        });
    }
    Ok(format!("window.EXPLORER_SEARCH = {};\n", text::script_json(&entries)?))
}
