//! The checks of the fuzz targets, one function per target (`fuzz_targets/*.rs` call them on
//! every input that is UTF-8). Each may only panic on a bug: a panic of the library, or a
//! property of the library that does not hold.
//!
//! - [`from_json`]: `export::from_json` never panics; what it accepts is valid, has no repeated
//!   key and loads again from its own export; what it refuses has at most `PROBLEM_LIMIT`
//!   problems, each with a path, and messages that do not grow with the input.
//! - [`serde_route`]: `serde_json::from_str::<Dataset>` never panics; what it accepts is valid,
//!   round-trips, and `from_json` accepts the same document (with its version) as the same dataset.
//! - [`from_str`]: every `FromStr` of the crate; a value that parses prints as text that parses
//!   back to it; no error message quotes a long input whole.
//! - [`resolve_country`]: the name resolver, the lookup and the normaliser (idempotent).
//! - [`analyses`]: whatever `from_json` accepts goes through the involvement table, the seizure
//!   totals, budgets, the timeline and the findings, with the invariants their docs state.
//! - [`draft`]: `curate::draft::draft_bytes` never panics; what it drafts is a valid dataset that
//!   loads again, equal, from its own JSON export, and every quote in it occurs in the input with
//!   white space folded.
//! - [`snapshot`]: `snapshot::from_bytes` and `from_bytes_only` never panic, on any bytes and on
//!   any body behind a right header (so that the fuzzer gets past the checksum); what they accept
//!   is valid and reads back from its own snapshot.
//! - [`check`]: `curate::check` of the compiled-in report against any text never panics; its
//!   summary counts what it lists, and the text's own quotes are found.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::{self, Display};
use std::str::FromStr;

use eu_celac_drugs::analysis::{
    BlocFilter, Filter, FindingKind, GroupBy, InvolvementKind, PeriodRelation, SeizureQuery, Selection, Severity,
    StatusFilter, TimelineQuery, Units, budget_lines, celac_coverage, involvement_table, involvements, seizure_totals,
    timeline, validate,
};
use eu_celac_drugs::export::{LoadError, PROBLEM_LIMIT, to_json};
use eu_celac_drugs::model::country::{lookup_country, normalize_country_name};
use eu_celac_drugs::*;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

/// A message may not be much longer than the input it is about (values are quoted in part).
fn check_message(message: &str, input: &str) {
    assert!(
        message.len() <= 4 * input.len() + 8_192,
        "a message of {} bytes for {} bytes of input",
        message.len(),
        input.len()
    );
}

/// Target `from_json`.
pub fn from_json(text: &str) {
    match eu_celac_drugs::export::from_json(text) {
        Ok(d) => {
            assert!(d.problems().is_empty(), "{:?}", d.problems());
            assert_eq!(first_repeated_key(text), None, "a document with a repeated key loaded");
            let again = eu_celac_drugs::export::from_json(&to_json(&d).unwrap()).unwrap();
            assert_eq!(again, d);
        }
        Err(e) => {
            check_message(&e.to_string(), text);
            match &e {
                LoadError::Invalid { problems, omitted, .. } => {
                    assert!(!problems.is_empty());
                    assert!(problems.len() <= PROBLEM_LIMIT);
                    assert!(*omitted == 0 || problems.len() == PROBLEM_LIMIT);
                }
                LoadError::Malformed { line, column, .. } => assert!(*line >= 1 && *column >= 1, "{e:?}"),
                _ => {}
            }
            for p in e.problems() {
                assert!(p.path.starts_with('$'), "{p}");
                check_message(&p.to_string(), text);
            }
        }
    }
}

/// The snapshot checksum, as the crate computes it (eight bytes at a time, a bijection of the
/// state each step), so that a target can put a right header before any body.
fn snapshot_checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        h = (h.rotate_left(23) ^ u64::from_le_bytes(chunk.try_into().unwrap())).wrapping_mul(K);
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h.rotate_left(23) ^ u64::from_le_bytes(last) ^ 0xff).wrapping_mul(K);
    h ^ (h >> 29)
}

/// `body` behind a right header of the current format.
pub fn snapshot_with_header(body: &[u8]) -> Vec<u8> {
    let mut out = b"EUCELAC\0".to_vec();
    out.extend_from_slice(&eu_celac_drugs::snapshot::FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&snapshot_checksum(body).to_le_bytes());
    out.extend_from_slice(body);
    out
}

/// Target `snapshot`: `data` as a whole snapshot, then as a body behind a right header.
pub fn snapshot(data: &[u8]) {
    use eu_celac_drugs::snapshot::{from_bytes, from_bytes_only, to_bytes};
    for bytes in [Cow::Borrowed(data), Cow::Owned(snapshot_with_header(data))] {
        match from_bytes(&bytes) {
            Ok(d) => {
                assert!(d.problems().is_empty(), "{:?}", d.problems());
                assert_eq!(from_bytes(&to_bytes(&d)).unwrap(), d);
            }
            Err(e) => assert!(e.to_string().len() < 16_384 + 4 * data.len().min(1_000), "{e}"),
        }
        for kind in [RecordKind::Seizure, RecordKind::Participation] {
            if let Ok(part) = from_bytes_only(&bytes, &[kind]) {
                assert!(part.problems().is_empty(), "{:?}", part.problems());
            }
        }
    }
}

/// Target `serde_route`.
pub fn serde_route(text: &str) {
    let _ = serde_json::from_str::<DatasetParts>(text);
    let Ok(d) = serde_json::from_str::<Dataset>(text) else { return };
    assert!(d.problems().is_empty(), "{:?}", d.problems());
    let again: Dataset = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
    assert_eq!(again, d);
    // The same document with its version is the same dataset to the validating loader.
    let body = text.trim_start().strip_prefix('{').expect("a dataset is an object");
    let document = format!("{{\"schema_version\":{},{body}", eu_celac_drugs::export::SCHEMA_VERSION);
    match eu_celac_drugs::export::from_json(&document) {
        Ok(loaded) => assert_eq!(loaded, d),
        Err(e) => panic!("the serde route accepts what from_json refuses: {e}"),
    }
}

/// Parses `s` as `T`: a value must print as text that parses back to it; an error message must
/// not quote a long input whole.
fn parse<T: FromStr + Display + PartialEq + fmt::Debug>(s: &str)
where
    T::Err: Display,
{
    match s.parse::<T>() {
        Ok(v) => {
            let text = v.to_string();
            let again = text.parse::<T>().ok();
            assert_eq!(again.as_ref(), Some(&v), "{s:?} parsed, but its display {text:?} does not parse back");
        }
        Err(e) => check_quoted(&e.to_string(), s),
    }
}

/// Parses `s` as `T`, whose `Display` is not a parsing form.
fn parse_only<T: FromStr>(s: &str)
where
    T::Err: Display,
{
    if let Err(e) = s.parse::<T>() {
        check_quoted(&e.to_string(), s);
    }
}

/// A message quotes at most `QUOTE_LIMIT` characters of a text (three times that for values
/// already written out).
fn check_quoted(message: &str, input: &str) {
    check_message(message, input);
    if input.chars().count() > 3 * eu_celac_drugs::error::QUOTE_LIMIT {
        assert!(!message.contains(input), "the message quotes {} characters whole: {message}", input.len());
    }
}

/// Target `from_str`: every `FromStr` of the crate.
pub fn from_str(s: &str) {
    parse::<Country>(s);
    let _ = (Country::from_code(s), Country::from_alpha2(s), Country::from_alpha3(s));
    parse::<Currency>(s);
    let _ = Currency::from_code(s);
    parse::<Id>(s);
    parse::<Ref>(s);
    parse::<DocumentRef>(s);
    parse::<PartialDate>(s);
    parse::<DateSpan>(s);
    parse::<When>(s);
    parse::<Duration>(s);
    parse::<Quantity>(s);
    parse::<Unit>(s);
    parse_only::<Dimension>(s);
    parse::<Money>(s);
    parse::<RecordKind>(s);
    parse::<Role>(s);
    parse::<Status>(s);
    parse::<IatiRole>(s);
    parse::<Bloc>(s);
    parse::<Qualifier>(s);
    parse::<Bound>(s);
    parse::<Precision>(s);
    parse::<DurationUnit>(s);
    parse::<DocumentSeries>(s);
    parse::<CommitteeKind>(s);
    parse::<EventKind>(s);
    parse::<Mode>(s);
    parse::<Framing>(s);
    parse::<DocumentAction>(s);
    parse::<DocumentKind>(s);
    parse::<Completeness>(s);
    parse::<RelationKind>(s);
    parse::<StatementKind>(s);
    parse::<OrganisationKind>(s);
    parse::<PlaceKind>(s);
    parse::<ProgrammeKind>(s);
    parse::<BudgetKind>(s);
    parse::<ProjectKind>(s);
    parse::<CommodityCategory>(s);
    parse::<SeizureAction>(s);
    parse::<OutcomeKind>(s);
    parse::<data::Section2021_2022>(s);
    parse::<SectionCode>(s);
    parse::<InvolvementKind>(s);
    parse::<BlocFilter>(s);
    parse::<StatusFilter>(s);
    parse::<GroupBy>(s);
    parse::<Severity>(s);
    parse::<FindingKind>(s);
    parse::<PeriodRelation>(s);
}

/// Target `resolve_country`.
pub fn resolve_country(s: &str) {
    let resolved = eu_celac_drugs::resolve_country(s);
    assert_eq!(lookup_country(s), resolved.as_ref().ok().copied(), "{s:?}");
    if let Err(e) = &resolved {
        assert_eq!(e.input(), s);
        assert!(e.suggestions().len() <= 3);
        check_quoted(&e.to_string(), s);
    }
    let once = normalize_country_name(s);
    assert_eq!(normalize_country_name(&once), once, "normalising {s:?} twice differs from once");
}

/// Target `draft`: a dataset drafted from any bytes (see the crate docs above).
pub fn draft(data: &[u8]) {
    let Ok(draft) = eu_celac_drugs::curate::draft::draft_bytes(data) else { return };
    let text = std::str::from_utf8(data).expect("a draft is only made of UTF-8 text");
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let dataset = draft.dataset();
    let json = to_json(dataset).expect("a dataset exports");
    let back = eu_celac_drugs::export::from_json(&json).expect("a draft loads from its export");
    assert_eq!(&back, dataset);
    assert_eq!(draft.notes().len(), dataset.len(), "one review note per record");
    // every quote of the draft, wherever it stands, occurs in the input (white space folded)
    let folded = eu_celac_drugs::source::normalise_whitespace(text);
    let value: serde_json::Value = serde_json::from_str(&json).expect("the export is JSON");
    let mut quotes = Vec::new();
    collect_quotes(&value, &mut quotes);
    for q in quotes {
        assert!(folded.contains(q), "quote {q:?} is not in the input");
    }
}

fn collect_quotes<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("quote", serde_json::Value::String(q)) => out.push(q),
                    _ => collect_quotes(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_quotes(v, out)),
        _ => {}
    }
}

/// Target `analyses`: whatever `from_json` accepts, through every analysis.
pub fn analyses(text: &str) {
    let Ok(d) = eu_celac_drugs::export::from_json(text) else { return };
    // The table groups the involvements by country (the documented rules, applied one by one).
    let table = involvement_table(&d, &Filter::default());
    let mut expected: HashMap<Country, (u32, u32)> = HashMap::new();
    for i in involvements(&d) {
        let e = expected.entry(i.country).or_default();
        e.0 += 1;
        e.1 += eu_celac_drugs::analysis::involvement::role_weight(i.role)
            * eu_celac_drugs::analysis::involvement::status_weight(i.status);
    }
    // A country with no involvement of its own is in the table only through bloc-wide claims
    // (counted apart, never added to its total).
    assert_eq!(table.iter().filter(|r| r.total() > 0).count(), expected.len());
    for row in &table {
        if row.total() == 0 {
            assert!(row.bloc_claims() > 0 && row.score() == 0, "{} has no involvement and no claim", row.country());
        } else {
            assert_eq!(expected.get(&row.country()), Some(&(row.total(), row.score())), "{}", row.country());
        }
    }
    for bloc in [BlocFilter::Celac, BlocFilter::Eu, BlocFilter::Other] {
        let rows = involvement_table(&d, &Filter { bloc: Some(bloc), ..Filter::default() });
        assert!(rows.iter().all(|r| table.iter().any(|t| t.country() == r.country())));
    }
    let _ = celac_coverage(&d);
    // Every seizure is in exactly one line of the default totals.
    for by in [GroupBy::Commodity, GroupBy::Category, GroupBy::Project, GroupBy::Operation, GroupBy::Place] {
        for units in [Units::AsStated, Units::Normalised] {
            if let Ok(totals) = seizure_totals(&d, &SeizureQuery { by, units, ..SeizureQuery::default() }) {
                let counted: usize = totals.iter().map(|t| t.seizures().len()).sum();
                assert_eq!(counted, d.seizures().len());
                for t in &totals {
                    let _ = (t.label(), t.to_string());
                }
            }
        }
    }
    let _ = budget_lines(&d);
    for selection in [Selection::All, Selection::Inside, Selection::Overlapping, Selection::OverlappingOrOpenEnded] {
        let entries = timeline(&d, &TimelineQuery { selection, ..TimelineQuery::default() });
        assert!(entries.windows(2).all(|w| w[0].when <= w[1].when), "the timeline is in date order");
    }
    for finding in validate(&d) {
        assert!(!finding.message.is_empty());
        assert_eq!(finding.records.len(), finding.quotes.len());
        assert_eq!(finding.records.len(), finding.sections.len());
    }
}

/// The path (below the value) of the first key that appears twice in one object of the JSON
/// text, if any; `None` too for text that is not JSON or nests too deep for serde_json.
pub fn first_repeated_key(text: &str) -> Option<String> {
    let mut path = String::new();
    let mut found = None;
    Keys { path: &mut path, found: &mut found }.deserialize(&mut serde_json::Deserializer::from_str(text)).ok()?;
    found
}

struct Keys<'a> {
    path: &'a mut String,
    found: &'a mut Option<String>,
}

impl<'de> DeserializeSeed<'de> for Keys<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Keys<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut keys = HashSet::new();
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            let len = self.path.len();
            self.path.push_str(&format!("/{key}"));
            if self.found.is_none() && !keys.insert(key) {
                *self.found = Some(self.path.clone());
            }
            map.next_value_seed(Keys { path: self.path, found: self.found })?;
            self.path.truncate(len);
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        loop {
            let len = self.path.len();
            self.path.push_str(&format!("/{i}"));
            let more = seq.next_element_seed(Keys { path: self.path, found: self.found })?.is_some();
            self.path.truncate(len);
            if !more {
                return Ok(());
            }
            i += 1;
        }
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
}

/// Target `check`: `curate::check` of the compiled-in report against any text.
pub fn check(text: &str) {
    let report = report_2021_2022();
    let Ok(result) = eu_celac_drugs::curate::check(report, text) else {
        assert!(text.len() > eu_celac_drugs::curate::check::MAX_TEXT_BYTES);
        return;
    };
    let s = result.summary;
    assert_eq!(s.quotes, report.records().count() + usize::from(report.meta().source().is_some()));
    assert_eq!(s.quotes_verbatim + result.missing_quotes.len(), s.quotes);
    assert_eq!(s.sentences_covered + result.uncovered.len(), s.sentences);
    assert_eq!(s.mentions, result.mentions.len());
    assert_eq!(s.mentions_held, result.mentions.iter().filter(|m| m.held).count());
    assert!((0.0..=1.0).contains(&s.coverage()));
    for m in &result.missing_quotes {
        // A quote reported missing is not in the folded text.
        let folded = eu_celac_drugs::curate::text::FoldedText::new(text);
        let quote = eu_celac_drugs::curate::text::fold(&m.quote);
        assert!(quote.is_empty() || !folded.as_str().contains(&quote), "{}", m.id);
        if let Some(c) = &m.closest {
            assert!((0.0..=1.0).contains(&c.similarity));
            assert!(c.place.line >= 1);
        }
    }
    for u in &result.uncovered {
        assert!(u.share < eu_celac_drugs::curate::check::SENTENCE_COVERAGE);
    }
}
