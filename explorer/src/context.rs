//! What every page needs: the dataset, its index, the annotated report, and where each record
//! lives on the site.
//!
//! Every record has one canonical place. A programme, phase, project, body, operation, event,
//! document, organisation or instrument has a page of its own (`record/ID.html`). A fact — a
//! participation, statement, budget, list, outcome or relation — has an anchor on the page of
//! the record it is about (`record/ID.html#r-FACT`); a seizure, on the seizures page. A fact about
//! another fact (which the compiled-in report never has) is anchored on the page of every record.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

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

/// A piece of a quote: words, or a footnote marker (shown in superscript, linked to the
/// footnote in the annotated report, never glued to the word before it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotePart {
    /// The words (markup removed), or the footnote's number.
    pub text: String,
    /// For a footnote marker: the footnote's place in the annotated report, if the site has
    /// the text (else an empty string).
    pub footnote: Option<String>,
}

/// A quote as a page shows it: the words, where they stand, and the reading taken.
#[derive(Debug, Clone)]
pub struct QuoteView {
    /// The words, with footnote markers apart.
    pub parts: Vec<QuotePart>,
    /// The words as plain text (footnote markers dropped).
    pub text: String,
    /// The passage in the annotated report, if the site has the report's text.
    pub href: Option<String>,
    /// The heading of the section it stands in.
    pub section: String,
    /// The paragraph (¶) of the annotated report it stands in.
    pub para: Option<usize>,
    /// The note on the reading taken, if any.
    pub note: Option<String>,
    /// Whether the same words were shown above on the page (the quote then collapses).
    pub repeat: bool,
}

/// A "Cite this" block: the citation as one paragraph, and the Council register's address.
#[derive(Debug, Clone)]
pub struct CiteView {
    /// The citation, to paste.
    pub text: String,
    /// The address of the document at the Council (a plain link; nothing is fetched).
    pub register: Option<String>,
}

/// The address at which the Council publishes a document of its register
/// (`https://data.consilium.europa.eu/doc/document/ST-10233-2022-INIT/en/pdf` for 10233/22).
pub fn register_url(number: &eu_celac_drugs::DocumentRef) -> String {
    let series = match number.series() {
        eu_celac_drugs::DocumentSeries::CouncilMeeting => "CM",
        _ => "ST",
    };
    format!("https://data.consilium.europa.eu/doc/document/{series}-{}-{}-INIT/en/pdf", number.number(), number.year())
}

/// Splits a quote's words (with the report's markup) into words and footnote markers.
pub fn quote_parts(raw: &str, footnote_href: &dyn Fn(&str) -> Option<String>) -> Vec<QuotePart> {
    let mut out: Vec<QuotePart> = Vec::new();
    let mut rest = raw;
    let mut words = String::new();
    while let Some(at) = rest.find("<sup>") {
        let (before, tail) = rest.split_at(at);
        let inner = tail.get(5..).unwrap_or_default();
        let close = inner.find("</sup>");
        match close.and_then(|c| inner.get(..c).map(|n| (c, n))) {
            Some((c, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
                words.push_str(before);
                let plain = text::plain(&words);
                if !plain.is_empty() {
                    out.push(QuotePart { text: plain, footnote: None });
                }
                words.clear();
                out.push(QuotePart { text: n.to_owned(), footnote: Some(footnote_href(n).unwrap_or_default()) });
                rest = inner.get(c + 6..).unwrap_or_default();
            }
            _ => {
                words.push_str(before);
                words.push_str("<sup>");
                rest = inner;
            }
        }
    }
    words.push_str(rest);
    let plain = text::plain(&words);
    if !plain.is_empty() {
        out.push(QuotePart { text: plain, footnote: None });
    }
    out
}

/// A country's name in the language of the pages being rendered.
pub fn country_name(c: Country) -> &'static str {
    match crate::i18n::current() {
        crate::i18n::Lang::Es => c.name_es().unwrap_or(c.name_en()),
        crate::i18n::Lang::En => c.name_en(),
    }
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
    /// Where this edition stands among others, when the site is built from several.
    pub edition: Option<EditionPlace>,
}

/// An edition among the editions a site is built from: every edition, and which one this is.
#[derive(Debug, Clone)]
pub struct EditionPlace {
    /// Every edition, oldest first.
    pub all: Rc<Vec<crate::editions::EditionInfo>>,
    /// This one's place in `all`.
    pub index: usize,
}

impl EditionPlace {
    /// This edition.
    pub fn this(&self) -> Option<&crate::editions::EditionInfo> {
        self.all.get(self.index)
    }
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
        Self { d, index, report, involvements, findings, countries, children, owners, distinct, edition: None }
    }

    /// The folder of this edition's site, relative to the whole site's folder: `""` for the
    /// newest edition (or the only one), `editions/SLUG/` for another.
    pub fn edition_base(&self) -> &str {
        self.edition.as_ref().and_then(EditionPlace::this).map_or("", |e| e.base.as_str())
    }

    /// Every page this dataset's site has, relative to the folder of a language (the same in
    /// each): the sections, every record with a page, every country with a page, and the
    /// page of what changed where the edition has an older one to compare with.
    pub fn page_paths(&self) -> BTreeSet<String> {
        let mut out: BTreeSet<String> = crate::pages::FIXED_PAGES.iter().map(|p| (*p).to_owned()).collect();
        out.extend(self.d.records().filter(|(k, _, _)| has_page(*k)).map(|(_, id, _)| Self::page_of(id.as_str())));
        out.extend(self.countries.iter().filter_map(|c| self.country_url(*c)));
        if self.edition.as_ref().is_some_and(|e| e.index > 0) {
            out.insert(crate::pages::CHANGES_PAGE.to_owned());
        }
        out
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
                text: country_name(*c).to_owned(),
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
        let mut q = self.quote_text(Some(id), source.quote(), section::of_source(self.d, source).heading);
        q.note = source.note().map(str::to_owned);
        q
    }

    /// Words of the report as a page shows them: with their footnote markers apart, their
    /// passage and paragraph where the record with this id quotes them.
    pub fn quote_text(&self, id: Option<&str>, raw: &str, section: String) -> QuoteView {
        let footnote =
            |n: &str| self.report.as_ref().filter(|a| a.has_footnote(n)).map(|_| format!("report.html#fn-{n}"));
        let passage = id.and_then(|id| self.report.as_ref()?.passage_of(id));
        QuoteView {
            parts: quote_parts(raw, &footnote),
            text: text::plain(raw),
            href: passage.map(|n| format!("report.html#q-{n}")),
            section,
            para: passage.and_then(|n| self.report.as_ref()?.para_of_passage(n)),
            note: None,
            repeat: false,
        }
    }

    /// The "Cite this" block of a page (`page`, relative to the site's folder in the page's
    /// language) whose words stand in `section` at paragraph `para`.
    pub fn cite(&self, section: &str, para: Option<usize>, page: &str) -> CiteView {
        let meta = self.d.meta();
        let number = meta.number().map(|n| n.to_string()).unwrap_or_default();
        let date = meta.date().map(crate::dates::day).unwrap_or_default();
        let year = meta.date().map(|d| chrono::Datelike::year(&d).to_string()).unwrap_or_default();
        let mut where_ = String::new();
        if !section.is_empty() {
            where_ = crate::i18n::tr("cite.section", &[("section", section)]);
        }
        if let Some(p) = para {
            where_.push_str(&crate::i18n::tr("cite.para", &[("n", &p.to_string())]));
        }
        if !where_.is_empty() {
            where_.push('.');
        }
        let page = format!("{}{}{page}", self.edition_base(), crate::i18n::current().prefix());
        let text = crate::i18n::tr(
            if number.is_empty() { "cite.text_no_number" } else { "cite.text" },
            &[
                ("year", &year),
                ("title", meta.title()),
                ("number", &number),
                ("date", &date),
                ("where", &where_),
                ("version", eu_celac_drugs::VERSION),
                ("page", &page),
            ],
        );
        CiteView { text, register: meta.number().as_ref().map(register_url) }
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
