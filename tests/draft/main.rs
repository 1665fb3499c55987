//! The draft of the 2021–2022 report's text, measured against the compiled-in dataset: recall
//! (the share of compiled-in records the draft finds) and precision (the share of drafted
//! records that are right), per kind, on the Markdown text and on a flat, PDF-like version.
//!
//! # Matching rules
//!
//! A drafted record *matches* a compiled-in record of the same kind when:
//!
//! - **both quotes overlap**: at least half of the longer words (four letters or more, lower
//!   case) of one quote — markup removed with `source::plain_text` — occur in the other. The
//!   draft quotes whole sentences, the compiled-in data often a part of one, so the test is on
//!   words, in either direction; this pins a match to the same place of the text;
//! - **meetings** (events of a meeting kind, `EventKind::is_meeting`): the same date, at the
//!   same precision (both undated counts as the same), and a compatible kind: High-Level and
//!   Technical Committee meetings only with their own kind, the other meeting kinds with each
//!   other;
//! - **countries** (participations whose party is a country): the same country and the same
//!   role (the status and the subject are not compared: the draft's subjects are per-section
//!   placeholders);
//! - **documents**: the same Council number, or titles equal or one containing the other
//!   (lower case, letters and digits only, the shorter at least 8 characters) — no quote test,
//!   a document is named in several places;
//! - **acts** (a document linked to an event with an action): the document matches as above and
//!   the action is the same;
//! - **seizures**: the same quantity (figure, unit and qualifier), the same action, and
//!   commodities equal or one containing the other (lower case);
//! - **other figures**: outcomes with a figure (same kind and quantity) and budgets (same amount
//!   and qualifier);
//! - **stated counts with their lists** (lists with a stated count and named items): the same
//!   count (the compiled-in data writes the stated form now with its noun, now without). The
//!   draft keeps counted lists of countries only; the compiled-in report also counts meetings,
//!   areas, borders and sub-projects.
//!
//! Recall counts the compiled-in records matched by some drafted record; precision the drafted
//! records that match some compiled-in record. Matching is not one-to-one: two drafted records
//! of one fact both count as right (the draft dedupes meetings, documents and participations
//! itself).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::cast_precision_loss
)]

use std::time::Instant;

use eu_celac_drugs::curate::draft::{Draft, draft};
use eu_celac_drugs::source::{normalise_whitespace, plain_text};
use eu_celac_drugs::{Dataset, DocumentAction, EventKind, Party, SOURCE_TEXT, export, report_2021_2022};

fn long_words(quote: &str) -> Vec<String> {
    plain_text(quote)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

fn share_in(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    let found = a.iter().filter(|w| b.contains(w)).count();
    found as f64 / a.len() as f64
}

fn overlap(a: &str, b: &str) -> bool {
    let (wa, wb) = (long_words(a), long_words(b));
    share_in(&wa, &wb) >= 0.5 || share_in(&wb, &wa) >= 0.5
}

fn norm(t: &str) -> String {
    t.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect()
}

fn kinds_agree(a: EventKind, b: EventKind) -> bool {
    let strict = |k| matches!(k, EventKind::HighLevelMeeting | EventKind::TechnicalCommitteeMeeting);
    a == b || (!strict(a) && !strict(b))
}

/// Recall and precision of one kind: (found, of compiled, right, of drafted).
#[derive(Debug, Clone, Copy)]
struct Score {
    found: usize,
    compiled: usize,
    right: usize,
    drafted: usize,
}

impl Score {
    fn of<C: std::fmt::Debug, D: std::fmt::Debug>(
        compiled: &[C],
        drafted: &[D],
        matches: impl Fn(&D, &C) -> bool,
    ) -> Self {
        Self::debug(std::any::type_name::<C>(), compiled, drafted, &matches);
        Self {
            found: compiled.iter().filter(|c| drafted.iter().any(|d| matches(d, c))).count(),
            compiled: compiled.len(),
            right: drafted.iter().filter(|d| compiled.iter().any(|c| matches(d, c))).count(),
            drafted: drafted.len(),
        }
    }
    /// Prints what is missed and what is wrong, when `DRAFT_DEBUG` is set.
    fn debug<C: std::fmt::Debug, D: std::fmt::Debug>(
        label: &str,
        compiled: &[C],
        drafted: &[D],
        matches: impl Fn(&D, &C) -> bool,
    ) {
        if std::env::var_os("DRAFT_DEBUG").is_none() {
            return;
        }
        for c in compiled.iter().filter(|c| !drafted.iter().any(|d| matches(d, c))) {
            println!("MISSED {label}: {c:?}");
        }
        for d in drafted.iter().filter(|d| !compiled.iter().any(|c| matches(d, c))) {
            println!("WRONG {label}: {d:?}");
        }
    }

    fn recall(&self) -> f64 {
        if self.compiled == 0 { 1.0 } else { self.found as f64 / self.compiled as f64 }
    }
    fn precision(&self) -> f64 {
        if self.drafted == 0 { 1.0 } else { self.right as f64 / self.drafted as f64 }
    }
}

struct Scores {
    meetings: Score,
    countries: Score,
    documents: Score,
    acts: Score,
    seizures: Score,
    other_figures: Score,
    counted_lists: Score,
}

fn doc_matches(d: &eu_celac_drugs::Document, c: &eu_celac_drugs::Document) -> bool {
    if let (Some(a), Some(b)) = (d.number(), c.number()) {
        if a.same_document(&b) {
            return true;
        }
    }
    let (a, b) = (norm(d.title()), norm(c.title()));
    let shorter = a.len().min(b.len());
    a == b || (shorter >= 8 && (a.contains(&b) || b.contains(&a)))
}

fn acts(dataset: &Dataset) -> Vec<(eu_celac_drugs::Document, DocumentAction, String)> {
    let mut out = Vec::new();
    for e in dataset.events().iter() {
        for link in e.documents() {
            if let Some(doc) = dataset.documents().iter().find(|d| *d.id() == link.document) {
                out.push((doc.clone(), link.action, e.source().quote().to_owned()));
            }
        }
    }
    out
}

/// Lists whose count the text states and whose items it names (a count with no names, "more
/// than 40 countries", is a figure the draft does not keep as a list).
fn counted(d: &Dataset) -> Vec<eu_celac_drugs::StatedList> {
    d.lists().iter().filter(|l| l.count().is_some() && !l.items().is_empty()).cloned().collect()
}

fn score(draft: &Dataset, compiled: &Dataset) -> Scores {
    let meetings = |d: &Dataset| d.events().iter().filter(|e| e.kind().is_meeting()).cloned().collect::<Vec<_>>();
    let countries = |d: &Dataset| {
        d.participations().iter().filter(|p| matches!(p.party(), Party::Country(_))).cloned().collect::<Vec<_>>()
    };
    let other = |d: &Dataset| {
        let mut v: Vec<(String, String, String)> = d
            .outcomes()
            .iter()
            .filter_map(|o| {
                o.quantity().map(|q| (format!("{} {q:?}", o.kind()), o.source().quote().to_owned(), String::new()))
            })
            .collect();
        v.extend(d.budgets().iter().map(|b| {
            (format!("budget {:?} {}", b.amount(), b.qualifier()), b.source().quote().to_owned(), String::new())
        }));
        v
    };
    Scores {
        meetings: Score::of(&meetings(compiled), &meetings(draft), |d, c| {
            d.date().map(|w| w.to_string()) == c.date().map(|w| w.to_string())
                && kinds_agree(d.kind(), c.kind())
                && overlap(d.source().quote(), c.source().quote())
        }),
        countries: Score::of(&countries(compiled), &countries(draft), |d, c| {
            d.party() == c.party() && d.role() == c.role() && overlap(d.source().quote(), c.source().quote())
        }),
        documents: Score::of(&compiled.documents().to_vec(), &draft.documents().to_vec(), doc_matches),
        acts: Score::of(&acts(compiled), &acts(draft), |d, c| doc_matches(&d.0, &c.0) && d.1 == c.1),
        seizures: Score::of(&compiled.seizures().to_vec(), &draft.seizures().to_vec(), |d, c| {
            let (a, b) = (d.commodity().to_lowercase(), c.commodity().to_lowercase());
            d.quantity() == c.quantity()
                && d.action() == c.action()
                && (a.contains(&b) || b.contains(&a))
                && overlap(d.source().quote(), c.source().quote())
        }),
        other_figures: Score::of(&other(compiled), &other(draft), |d, c| d.0 == c.0 && overlap(&d.1, &c.1)),
        counted_lists: Score::of(&counted(compiled), &counted(draft), |d, c| {
            d.count() == c.count() && overlap(d.source().quote(), c.source().quote())
        }),
    }
}

fn report(label: &str, s: &Scores) {
    println!("{label}");
    for (kind, x) in [
        ("meetings (with their dates)", s.meetings),
        ("countries (with their roles)", s.countries),
        ("documents", s.documents),
        ("document acts", s.acts),
        ("seizures", s.seizures),
        ("other figures (counts, budgets)", s.other_figures),
        ("stated counts with their lists", s.counted_lists),
    ] {
        println!(
            "| {kind} | {}/{} = {:.0}% | {}/{} = {:.0}% |",
            x.found,
            x.compiled,
            100.0 * x.recall(),
            x.right,
            x.drafted,
            100.0 * x.precision()
        );
    }
}

/// Every quote of the draft occurs in the input (white space folded), and the draft loads again
/// from its JSON export.
fn check_draft(draft: &Draft, text: &str) {
    let folded = normalise_whitespace(text);
    let dataset = draft.dataset();
    let json = export::to_json(dataset).expect("export");
    let back = export::from_json(&json).expect("the draft loads");
    assert_eq!(&back, dataset);
    let mut quotes = 0;
    for q in json.match_indices("\"quote\": \"") {
        quotes += 1;
        let _ = q;
    }
    assert!(quotes > 0);
    for e in dataset.events().iter() {
        assert!(folded.contains(e.source().quote()), "{}", e.source().quote());
    }
    for p in dataset.participations().iter() {
        assert!(folded.contains(p.source().quote()), "{}", p.source().quote());
    }
    for s in dataset.seizures().iter() {
        assert!(folded.contains(s.source().quote()));
    }
    for d in dataset.documents().iter() {
        assert!(folded.contains(d.source().quote()));
    }
    assert_eq!(draft.notes().len(), dataset.len(), "one note per record");
}

/// A flat, PDF-like version of the report: markup removed, lines joined, a page header every
/// ~3,000 characters (often mid-sentence), and every long lower-case word that ends a "line"
/// (about every 90 characters) split by a hyphen.
fn flat(markdown: &str) -> String {
    let joined: Vec<String> = markdown
        .lines()
        .map(|l| plain_text(l).trim().trim_start_matches('#').trim().to_owned())
        .filter(|l| !l.is_empty() && l != "---")
        .collect();
    let joined = joined.join(" ");
    let mut out = String::new();
    let (mut since_page, mut since_line, mut page) = (0, 0, 1);
    for word in joined.split(' ') {
        if since_page > 3_000 {
            page += 1;
            out.push_str(&format!("10233/22 EB/mk {page} ANNEX RELEX.2.B EN "));
            since_page = 0;
        }
        if since_line > 90 && word.len() >= 8 && word.chars().all(|c| c.is_ascii_lowercase()) {
            let (a, b) = word.split_at(word.len() / 2);
            out.push_str(&format!("{a}- {b} "));
            since_line = 0;
        } else {
            out.push_str(word);
            out.push(' ');
        }
        since_page += word.len() + 1;
        since_line += word.len() + 1;
    }
    out.trim_end().to_owned()
}

/// The numbered sections (roman numerals and letters) have the compiled-in report's codes and
/// headings.
fn check_sections(d: &Draft) {
    let (meta, compiled) = (d.dataset().meta(), report_2021_2022().meta());
    assert_eq!(meta.title(), compiled.title());
    for code in ["i", "ii", "iii", "iii.a", "iii.b", "iii.c", "iii.d"] {
        assert_eq!(meta.section(code).map(|s| s.heading()), compiled.section(code).map(|s| s.heading()), "{code}");
    }
}

fn timed(text: &str) -> (Draft, f64) {
    let start = Instant::now();
    let d = draft(text).expect("the report drafts");
    (d, start.elapsed().as_secs_f64() * 1000.0)
}

#[test]
fn markdown_text_recall_and_precision() {
    let (d, ms) = timed(SOURCE_TEXT);
    check_draft(&d, SOURCE_TEXT);
    check_sections(&d);
    // The metadata as the curated report has it: number, period, title, the documents it
    // cites (as many), the meeting that adopted it (by its ordinal) and the file codes.
    let (meta, curated) = (d.dataset().meta(), report_2021_2022().meta());
    assert!(meta.number().is_some());
    assert_eq!(meta.number(), curated.number());
    assert_eq!((meta.period_start(), meta.period_end()), (curated.period_start(), curated.period_end()));
    assert_eq!(meta.title(), curated.title());
    assert_eq!(meta.cites().len(), curated.cites().len());
    let ordinal = |d: &eu_celac_drugs::Dataset| {
        d.meta().adopted_at().and_then(|id| d.events().iter().find(|e| e.id() == id)).and_then(|e| e.ordinal())
    };
    assert!(ordinal(report_2021_2022()).is_some());
    assert_eq!(ordinal(d.dataset()), ordinal(report_2021_2022()));
    assert_eq!(meta.file_codes(), curated.file_codes());
    let s = score(d.dataset(), report_2021_2022());
    report(&format!("Markdown text ({ms:.2} ms, debug build)"), &s);
    floors(&s, &MARKDOWN_FLOORS);
}

#[test]
fn flat_text_recall_and_precision() {
    let text = flat(SOURCE_TEXT);
    assert!(text.contains(" EN ") && !text.contains('\n'));
    let (d, ms) = timed(&text);
    check_draft(&d, &text);
    check_sections(&d);
    assert_eq!(d.dataset().meta().number(), report_2021_2022().meta().number());
    let s = score(d.dataset(), report_2021_2022());
    report(&format!("flat text ({ms:.2} ms, debug build)"), &s);
    floors(&s, &FLAT_FLOORS);
}

/// (recall, precision) floors per kind, in the order of [`report`], at the level achieved
/// (rounded down a little).
type Floors = [(f64, f64); 7];

const MARKDOWN_FLOORS: Floors =
    [(0.90, 0.95), (0.95, 0.95), (0.75, 0.95), (0.70, 0.95), (0.95, 0.95), (0.95, 0.95), (0.30, 0.95)];
const FLAT_FLOORS: Floors =
    [(0.90, 0.95), (0.95, 0.95), (0.75, 0.95), (0.60, 0.95), (0.95, 0.95), (0.95, 0.95), (0.30, 0.95)];

fn floors(s: &Scores, f: &Floors) {
    let all = [s.meetings, s.countries, s.documents, s.acts, s.seizures, s.other_figures, s.counted_lists];
    for (i, (x, (r, p))) in all.iter().zip(f).enumerate() {
        assert!(x.recall() >= *r, "kind {i}: recall {} below {r}", x.recall());
        assert!(x.precision() >= *p, "kind {i}: precision {} below {p}", x.precision());
    }
}

#[test]
#[ignore = "prints the flat text, for debugging"]
fn print_flat() {
    println!("{}", flat(SOURCE_TEXT));
}

/// Texts that are no report: a clear error or a draft, never a panic, and in bounded time.
#[test]
fn bad_input_gets_an_error_or_a_valid_draft() {
    use eu_celac_drugs::curate::draft::{DraftError, MAX_INPUT_BYTES, draft_bytes};

    assert_eq!(draft("").unwrap_err(), DraftError::Empty);
    assert_eq!(draft(" \n\t ").unwrap_err(), DraftError::Empty);
    assert!(matches!(draft("a\u{0}b").unwrap_err(), DraftError::Binary { offset: 1 }));
    assert!(matches!(draft_bytes(&[0xff, 0xfe, 0x00]).unwrap_err(), DraftError::NotUtf8 { .. }));
    assert_eq!(
        draft("<html><body><p>Annual Report 1 June 2021 to 31 May 2022</p></body></html>").unwrap_err(),
        DraftError::Html
    );
    // a 50 MB file is refused before it is read
    let big = "a".repeat(MAX_INPUT_BYTES + 1);
    assert!(matches!(draft(&big).unwrap_err(), DraftError::TooLarge { .. }));
    // one enormous line with no sentence end, under the limit: drafted in bounded time
    let start = Instant::now();
    let line =
        format!("Annual Report 1 June 2021 to 31 May 2022 {}", "Peru and Chile led by Argentina ".repeat(60_000));
    let d = draft(&line).expect("a long line drafts");
    let took = start.elapsed();
    println!("a line of {} bytes drafted in {took:?}: {} records", line.len(), d.dataset().len());
    assert!(took.as_secs() < 30, "{took:?}");
    let folded = normalise_whitespace(&line);
    assert!(d.dataset().participations().iter().take(100).all(|p| folded.contains(p.source().quote())));
    // the report's text cut anywhere (on a character boundary) never panics
    for cut in (0..SOURCE_TEXT.len()).step_by(997) {
        if let Some(part) = SOURCE_TEXT.get(..cut) {
            if let Ok(d) = draft(part) {
                check_draft(&d, part);
            }
        }
    }
}
