//! What a text names — countries, Council documents, dated meetings, figures, organisations —
//! and whether some record's structured fields hold it.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;

use chrono::NaiveDate;

use super::figures;
use super::{SectionStarts, TextPlace};
use crate::curate::text::fold;
use crate::model::country::lookup_country;
use crate::model::date::MONTHS;
use crate::{Country, Dataset, DocumentRef, Party, RecordKind, resolve_country};

/// What a [`Mention`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MentionKind {
    /// A country or territory, in any spelling the resolver accepts, or an alpha-2 code in a
    /// list of codes. Held when some record involves it (a participation's party, a task
    /// force's host, a border area's or an organisation's country) or a place of an event, a
    /// seizure, an outcome or a task force lies in it.
    Country,
    /// A Council document number ("9916/21", "CM 6082/21"). Held when it is the report's own
    /// number or a document record's.
    Document,
    /// A day date in a sentence about a meeting ("on 26 October 2021"). Held when some
    /// event's date contains that day.
    MeetingDate,
    /// A figure: a number of the text (with the word after it, its unit if it has one),
    /// footnote numbers left out. Held when some record holds that number in a structured
    /// field: a quantity, an amount, a stated figure, a date, an ordinal, a name.
    Figure,
    /// An acronym of one of the dataset's organisations ("UNODC"), as a whole word. Held when
    /// some record other than an organisation refers to the organisation.
    Organisation,
}

impl fmt::Display for MentionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Country => "country",
            Self::Document => "document",
            Self::MeetingDate => "meeting date",
            Self::Figure => "figure",
            Self::Organisation => "organisation",
        })
    }
}

/// A thing the text names, where it first names it in this form, and whether a record holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Mention {
    /// What it names.
    pub kind: MentionKind,
    /// The words as the text writes them (folded).
    pub form: String,
    /// What they name: a country's alpha-2 code, a document number, an ISO date, a number, an
    /// organisation's id.
    pub value: String,
    /// Where the text first writes this form.
    pub place: TextPlace,
    /// Whether some record's structured fields hold it.
    pub held: bool,
}

/// Every mention of the text (each kind and form once), and the countries of the dataset
/// the text never names.
pub(super) fn scan(dataset: &Dataset, text: &str, sections: &SectionStarts) -> (Vec<Mention>, Vec<Country>) {
    let held = Held::new(dataset);
    let mut out = Mentions::default();
    let mut named = BTreeSet::new();
    let acronyms = acronyms(dataset);
    for (n, raw) in text.lines().enumerate() {
        let line = fold(raw);
        if line.is_empty() {
            continue;
        }
        let place = || sections.place(n + 1);
        for (form, country) in countries(&line).into_iter().chain(codes(&line)) {
            named.insert(country);
            out.push(MentionKind::Country, form, country.alpha2().to_owned(), held.countries.contains(&country), place);
        }
        for (form, doc) in documents(&line) {
            let is_held = held.documents.iter().any(|d| d.same_document(&doc));
            out.push(MentionKind::Document, form, doc.to_string(), is_held, place);
        }
        for (form, day) in meeting_dates(&line) {
            let is_held = held.meeting_days(dataset, day);
            out.push(MentionKind::MeetingDate, form, day.to_string(), is_held, place);
        }
        for (_, number, unit) in figures::numbers(&figures::body_line(&line)) {
            let form = if unit.is_empty() { number.clone() } else { format!("{number} {unit}") };
            let is_held = held.figures.contains(&number);
            out.push(MentionKind::Figure, form, number, is_held, place);
        }
        for (acronym, id) in &acronyms {
            if whole_word(&line, acronym) {
                let is_held = held.organisations.contains(id.as_str());
                out.push(MentionKind::Organisation, acronym.clone(), id.clone(), is_held, place);
            }
        }
    }
    let not_named = held.involved.iter().filter(|c| !named.contains(*c)).copied().collect();
    let mut mentions = out.list;
    mentions.sort_by_key(|m| m.kind);
    (mentions, not_named)
}

#[derive(Default)]
struct Mentions {
    seen: HashSet<(MentionKind, String)>,
    list: Vec<Mention>,
}

impl Mentions {
    fn push(&mut self, kind: MentionKind, form: String, value: String, held: bool, place: impl Fn() -> TextPlace) {
        if self.seen.insert((kind, form.clone())) {
            self.list.push(Mention { kind, form, value, place: place(), held });
        }
    }
}

/// What the dataset's structured fields hold.
struct Held {
    /// Every country involved, or in which a named place lies.
    countries: BTreeSet<Country>,
    /// Every country involved (not counting places): each should be named by the text.
    involved: BTreeSet<Country>,
    documents: Vec<DocumentRef>,
    figures: BTreeSet<String>,
    /// The ids of the organisations some other record refers to.
    organisations: BTreeSet<String>,
}

impl Held {
    fn new(d: &Dataset) -> Self {
        let mut involved = BTreeSet::new();
        involved.extend(d.participations().iter().filter_map(|p| p.party().country()));
        involved.extend(d.task_forces().iter().filter_map(|t| t.host()));
        involved.extend(d.border_areas().iter().flat_map(|b| b.countries().iter().copied()));
        involved.extend(d.organisations().iter().filter_map(|o| o.country()));
        let mut countries = involved.clone();
        countries.extend(d.events().iter().flat_map(|e| e.places().iter().filter_map(|p| p.country())));
        countries.extend(d.seizures().iter().filter_map(|s| s.place().and_then(|p| p.country())));
        countries.extend(d.outcomes().iter().filter_map(|o| o.place().and_then(|p| p.country())));
        countries.extend(d.task_forces().iter().filter_map(|t| t.location().and_then(|p| p.country())));
        let documents = d.meta().number().into_iter().chain(d.documents().iter().filter_map(|x| x.number())).collect();
        let mut organisations = BTreeSet::new();
        for p in d.participations() {
            if let Party::Organisation(id) = p.party() {
                organisations.insert(id.to_string());
            }
        }
        for (kind, id, _) in d.records() {
            if kind == RecordKind::Organisation {
                continue;
            }
            let Some(record) = d.get(&crate::Ref::new(kind, id.clone())) else { continue };
            for (_, r) in record.references() {
                if r.kind == RecordKind::Organisation {
                    organisations.insert(r.id.to_string());
                }
            }
        }
        Self { countries, involved, documents, figures: figures::held(d), organisations }
    }

    fn meeting_days(&self, d: &Dataset, day: NaiveDate) -> bool {
        d.events().iter().any(|e| e.date().is_some_and(|w| w.contains(day)))
    }
}

/// The words of a line, keeping the characters that occur inside names (letters, digits,
/// apostrophes, hyphens, '&').
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '&')))
        .filter(|w| w.chars().any(char::is_alphanumeric) || *w == "&")
        .collect()
}

/// Every name of a country in a line, found by trying every run of one to five words that
/// starts with a capital with the resolver. Runs made only of capitals (codes and acronyms
/// such as "CAN" or "LA") are left to [`codes`].
fn countries(line: &str) -> Vec<(String, Country)> {
    let words = words(line);
    let mut found = Vec::new();
    for start in 0..words.len() {
        if !words.get(start).and_then(|w| w.chars().next()).is_some_and(char::is_uppercase) {
            continue;
        }
        for len in 1..=5 {
            let Some(run) = words.get(start..start + len) else { break };
            let candidate = run.join(" ");
            if candidate.chars().all(|c| !c.is_lowercase()) {
                continue;
            }
            if let Some(country) = lookup_country(&candidate) {
                found.push((candidate, country));
            }
        }
    }
    found
}

/// Alpha-2 codes a line uses as country names: runs of two-capital-letter words joined by
/// commas and "and", as in "interventions from FR, ES and IT".
fn codes(line: &str) -> Vec<(String, Country)> {
    let is_code = |t: &str| t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase());
    let mut found = Vec::new();
    for clause in line.split(['.', ';', ':']) {
        let tokens: Vec<&str> = clause
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ')' | '('))
            .filter(|t| !t.is_empty())
            .collect();
        let mut i = 0;
        while let Some(t) = tokens.get(i) {
            let in_list = tokens.iter().skip(i + 1).take(2).any(|t| is_code(t));
            if !(is_code(t) && in_list) {
                i += 1;
                continue;
            }
            for u in tokens.iter().skip(i).take_while(|t| is_code(t) || **t == "and") {
                i += 1;
                if let Some(country) = Some(u).filter(|u| is_code(u)).and_then(|u| resolve_country(u).ok()) {
                    found.push(((*u).to_owned(), country));
                }
            }
        }
    }
    found
}

/// Council document numbers in a line: `NNNN/YY` or `NNNN/YYYY`, with "CM " before it for a
/// Council meeting document; not a date ("28/06/22") nor a registry number ("106594/EU").
fn documents(line: &str) -> Vec<(String, DocumentRef)> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    for (slash, _) in line.match_indices('/') {
        let start = line.get(..slash).map_or(slash, |b| b.trim_end_matches(|c: char| c.is_ascii_digit()).len());
        let end = line
            .get(slash + 1..)
            .map_or(slash + 1, |a| slash + 1 + (a.len() - a.trim_start_matches(|c: char| c.is_ascii_digit()).len()));
        let alone =
            |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'/');
        if start == slash || end == slash + 1 || !alone(start.checked_sub(1)) || !alone(Some(end)) {
            continue;
        }
        let Some(number) = line.get(start..end) else { continue };
        let cm = line.get(..start).is_some_and(|b| b.ends_with("CM "));
        let form = if cm { format!("CM {number}") } else { number.to_owned() };
        if let Ok(doc) = form.parse::<DocumentRef>() {
            found.push((form, doc));
        }
    }
    found
}

/// Day dates ("26 October 2021", the days of "1-2 June 2022") in the sentences of a line that
/// speak of a meeting.
fn meeting_dates(line: &str) -> Vec<(String, NaiveDate)> {
    let mut found = Vec::new();
    for sentence in line.split(". ") {
        if !sentence.to_lowercase().contains("meeting") {
            continue;
        }
        let w: Vec<&str> = sentence
            .split(' ')
            .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')')))
            .collect();
        for (i, word) in w.iter().enumerate() {
            let Some(month) = MONTHS.iter().position(|m| m == word) else { continue };
            let Some(year) = w.get(i + 1).and_then(|y| y.parse::<i32>().ok()).filter(|y| (1900..=2200).contains(y))
            else {
                continue;
            };
            let Some(days) = i.checked_sub(1).and_then(|d| w.get(d)) else { continue };
            for day in days.split(['-', '–']) {
                let Ok(day) = day.parse::<u32>() else { continue };
                let Some(date) = u32::try_from(month + 1).ok().and_then(|m| NaiveDate::from_ymd_opt(year, m, day))
                else {
                    continue;
                };
                found.push((format!("{days} {word} {year}"), date));
            }
        }
    }
    found
}

/// Each organisation's acronym and one-word aliases, with its id.
fn acronyms(d: &Dataset) -> Vec<(String, String)> {
    let mut out = BTreeMap::new();
    for o in d.organisations() {
        let forms = o.acronym().into_iter().chain(o.aliases().iter().map(AsRef::as_ref));
        for form in forms.filter(|f| !f.contains(char::is_whitespace) && f.chars().any(char::is_uppercase)) {
            out.entry(form.to_owned()).or_insert_with(|| o.id().to_string());
        }
    }
    out.into_iter().collect()
}

/// Whether `word` occurs in `line` with no letter or digit on either side.
fn whole_word(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(at, _)| {
        let before = line.get(..at).and_then(|b| b.chars().next_back());
        let after = line.get(at + word.len()..).and_then(|a| a.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_read_and_dates_are_not() {
        let found: Vec<String> = documents("see 9916/21, CM 6082/21 and 6762/2022; on 28/06/22; 106594/EU")
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(found, ["9916/21", "CM 6082/21", "6762/2022"]);
    }

    #[test]
    fn meeting_dates_need_a_meeting() {
        let found = meeting_dates("The meeting on 1-2 June 2022. Seized on 3 May 2021.");
        assert_eq!(found.len(), 2);
        assert_eq!(found.first().map(|(f, _)| f.as_str()), Some("1-2 June 2022"));
    }

    #[test]
    fn codes_only_in_lists() {
        let found: Vec<String> = codes("from FR, ES and IT; LA countries").into_iter().map(|(f, _)| f).collect();
        assert_eq!(found, ["FR", "ES", "IT"]);
        assert!(whole_word("the (UNODC) and", "UNODC") && !whole_word("UNODCs", "UNODC"));
    }
}
