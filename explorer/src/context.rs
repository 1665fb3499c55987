//! What every page needs: the dataset, its index, the annotated report, and where each record
//! lives on the site.
//!
//! Every record has one canonical place. A programme, phase, project, body, operation, event,
//! document, organisation or instrument has a page of its own (`record/ID.html`). A fact — a
//! participation, statement, budget, list, outcome or relation — has an anchor on the page of
//! the record it is about (`record/ID.html#r-FACT`); a seizure, on the seizures page. A fact about
//! another fact (which the compiled-in report never has) is anchored on the page of every record.

use std::collections::{BTreeSet, HashMap};

use eu_celac_drugs::analysis::{Finding, Involvement, involvements, validate};
use eu_celac_drugs::{Country, Dataset, Index, Party, RecordKind, Ref, SourceRef};

use crate::annotate::Annotated;
use crate::section;
use crate::text;

/// A link: a site-relative address and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The address, relative to the site's folder.
    pub href: String,
    /// The text.
    pub text: String,
}

/// A quote as a page shows it: the words, where they stand, and the reading taken.
#[derive(Debug, Clone)]
pub struct QuoteView {
    /// The words, without the report's markup.
    pub text: String,
    /// The passage in the annotated report, if the site has the report's text.
    pub href: Option<String>,
    /// The heading of the section it stands in.
    pub section: String,
    /// The note on the reading taken, if any.
    pub note: Option<String>,
}

/// Record kinds that have a page of their own.
pub const fn has_page(kind: RecordKind) -> bool {
    !matches!(
        kind,
        RecordKind::Participation
            | RecordKind::Seizure
            | RecordKind::Outcome
            | RecordKind::Budget
            | RecordKind::StatedList
            | RecordKind::Relation
            | RecordKind::Statement
    )
}

/// The dataset and everything derived from it once.
pub struct Ctx<'a> {
    /// The dataset.
    pub d: &'a Dataset,
    /// Its index.
    pub index: Index<'a>,
    /// The report's text with its passages, where the site has it.
    pub report: Option<Annotated<'a>>,
    /// Every involvement of every country.
    pub involvements: Vec<Involvement<'a>>,
    /// Every finding.
    pub findings: Vec<Finding<'a>>,
    /// The countries with a page (any involvement), in the order of their English names.
    pub countries: Vec<Country>,
    /// For each record with a page, the records with a page directly below it.
    pub children: HashMap<String, Vec<Ref>>,
    /// For each fact, the record whose page anchors it.
    owners: HashMap<String, Ref>,
    /// Labels that the library's label shares with another record, told apart.
    distinct: HashMap<String, String>,
}

impl<'a> Ctx<'a> {
    /// Derives everything the pages need from `d` (and the report's text, if any).
    pub fn new(d: &'a Dataset, source_text: Option<&'a str>) -> Self {
        let index = Index::new(d);
        let involvements = involvements(d);
        let findings = validate(d);
        let mut countries: Vec<Country> =
            involvements.iter().map(|i| i.country).collect::<BTreeSet<_>>().into_iter().collect();
        countries.sort_by_key(|c| c.name_en());
        let mut children: HashMap<String, Vec<Ref>> = HashMap::new();
        let mut owners = HashMap::new();
        for (kind, id, _) in d.records() {
            let r = Ref::new(kind, id.clone());
            if has_page(kind) {
                if let Some(parent) = index.parent_of(&r).filter(|p| has_page(p.kind)) {
                    children.entry(parent.id.to_string()).or_default().push(r);
                }
            } else if let Some(owner) = owner_of(d, &r).filter(|o| has_page(o.kind)) {
                owners.insert(id.to_string(), owner);
            }
        }
        let report = source_text.map(|t| Annotated::new(t, d));
        let distinct = distinct_labels(d, &index);
        Self { d, index, report, involvements, findings, countries, children, owners, distinct }
    }

    /// The record whose page anchors this fact, if it has one.
    pub fn owner(&self, id: &str) -> Option<&Ref> {
        self.owners.get(id)
    }

    /// The page of a record with a page.
    pub fn page_of(id: &str) -> String {
        format!("record/{id}.html")
    }

    /// The anchor of a fact on its page.
    pub fn anchor_of(id: &str) -> String {
        format!("r-{id}")
    }

    /// Where a record lives on the site.
    pub fn url(&self, r: &Ref) -> String {
        let id = r.id.as_str();
        if has_page(r.kind) {
            Self::page_of(id)
        } else if let Some(owner) = self.owners.get(id) {
            format!("{}#{}", Self::page_of(owner.id.as_str()), Self::anchor_of(id))
        } else if r.kind == RecordKind::Seizure {
            format!("seizures.html#{}", Self::anchor_of(id))
        } else {
            format!("all.html#{}", Self::anchor_of(id))
        }
    }

    /// A reader's label for a record (told apart from another record's with the same label by
    /// its place or date).
    pub fn label(&self, r: &Ref) -> String {
        if let Some(l) = self.distinct.get(r.id.as_str()) {
            return l.clone();
        }
        let label = self.index.label_of(r);
        if label.is_empty() { r.id.to_string() } else { label.into_owned() }
    }

    /// A link to a record, with its label.
    pub fn link(&self, r: &Ref) -> Link {
        Link { href: self.url(r), text: self.label(r) }
    }

    /// A link to a record by id (its kind looked up).
    pub fn link_id(&self, id: &str) -> Option<Link> {
        let kind = self.index.kind_of(id)?;
        let r: Ref = format!("{kind}:{id}").parse().ok()?;
        Some(self.link(&r))
    }

    /// The country's page, if it has one.
    pub fn country_url(&self, c: Country) -> Option<String> {
        self.countries.contains(&c).then(|| format!("country/{}.html", c.alpha2().to_ascii_lowercase()))
    }

    /// A link to a party: a country's page, or the page of the organisation or body.
    pub fn party_link(&self, party: &Party) -> Link {
        match party {
            Party::Country(c) => Link {
                href: self.country_url(*c).unwrap_or_else(|| "countries.html".to_owned()),
                text: c.name_en().to_owned(),
            },
            Party::Organisation(id) => {
                self.link_id(id.as_str()).unwrap_or_else(|| Link { href: "all.html".to_owned(), text: id.to_string() })
            }
            Party::Body(r) => self.link(r),
        }
    }

    /// The passage in the annotated report that a record quotes.
    pub fn passage_url(&self, id: &str) -> Option<String> {
        let n = self.report.as_ref()?.passage_of(id)?;
        Some(format!("report.html#q-{n}"))
    }

    /// A record's quote, as a page shows it.
    pub fn quote(&self, id: &str, source: &SourceRef) -> QuoteView {
        QuoteView {
            text: text::plain(source.quote()),
            href: self.passage_url(id),
            section: section::of_source(self.d, source).heading,
            note: source.note().map(str::to_owned),
        }
    }
}

/// The record a fact is about.
fn owner_of(d: &Dataset, r: &Ref) -> Option<Ref> {
    let id = r.id.as_str();
    match r.kind {
        RecordKind::Participation => d.participation(id).map(|x| x.subject().clone()),
        RecordKind::Outcome => d.outcome(id).map(|x| x.of().clone()),
        RecordKind::Budget => d.budget(id).map(|x| x.of().clone()),
        RecordKind::StatedList => d.list(id).map(|x| x.of().clone()),
        RecordKind::Relation => d.relation(id).map(|x| x.from().clone()),
        RecordKind::Statement => d.statement(id).map(|x| x.of().clone()),
        _ => None,
    }
}

/// For records with a page whose label another such record shares, a label told apart by what
/// distinguishes them: a task force's place or host, an event's date, else the id.
fn distinct_labels(d: &Dataset, index: &Index<'_>) -> HashMap<String, String> {
    let mut by_label: HashMap<String, Vec<Ref>> = HashMap::new();
    for (kind, id, _) in d.records().filter(|(k, _, _)| has_page(*k)) {
        let r = Ref::new(kind, id.clone());
        by_label.entry(index.label_of(&r).into_owned()).or_default().push(r);
    }
    let mut out = HashMap::new();
    for (label, refs) in by_label.into_iter().filter(|(_, refs)| refs.len() > 1) {
        for r in refs {
            let id = r.id.as_str();
            let qualifier = match r.kind {
                RecordKind::TaskForce => d.task_force(id).and_then(|t| {
                    let place = t.location().map(|p| p.name().to_owned());
                    let host = t.host().map(|c| c.name_en().to_owned());
                    match (place, host) {
                        (Some(p), Some(h)) if p != h => Some(format!("{p}, {h}")),
                        (Some(p), _) => Some(p),
                        (None, h) => h,
                    }
                }),
                RecordKind::Event => d.event(id).and_then(|e| e.date()).map(|w| crate::dates::human(&w)),
                _ => None,
            };
            out.insert(id.to_owned(), format!("{label} ({})", qualifier.unwrap_or_else(|| id.to_owned())));
        }
    }
    out
}
