//! Every record carries a verbatim quote, and the quote holds what the record states.

use eu_celac_drugs::source::{normalise_whitespace as fold, plain_text};
use eu_celac_drugs::{Party, Record, SOURCE_TEXT, StatementKind, report_2021_2022};

use crate::folded_text;

#[test]
fn the_shipped_source_is_the_published_report() {
    // The shipped copy must be the report as published: 221 lines, the last without a newline.
    assert_eq!(SOURCE_TEXT.lines().count(), 221);
    assert!(!SOURCE_TEXT.ends_with('\n'));
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/source/council-10233-22-eu-celac-drugs-annual-report-2021-2022.md");
    if let Ok(published) = std::fs::read_to_string(&shared) {
        assert_eq!(published, SOURCE_TEXT, "the shipped copy differs from {}", shared.display());
    }
}

fn assert_in_quote(what: &str, record: &str, needle: &str, quote: &str, failures: &mut Vec<String>) {
    if !fold(quote).contains(&fold(needle)) {
        failures.push(format!("{record}: {what} {needle:?} is not in its quote {quote:?}"));
    }
}

/// The words of a name, separated by single spaces (punctuation dropped).
fn words(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

#[test]
fn every_quote_holds_the_names_and_figures_its_record_states() {
    let report = report_2021_2022();
    let mut failures = Vec::new();
    for p in report.participations() {
        assert_in_quote("as_written", p.id().as_str(), p.as_written(), p.source().quote(), &mut failures);
        // An organisation is written by one of its names, alone or within a longer phrase ("the
        // Ministers of the Interior of the Member States of the EU"); any other form needs a note
        // on the reading ("LAC" read as CELAC's region).
        if let Party::Organisation(org) = p.party() {
            let org = report.organisation(org.as_str()).unwrap();
            let written = format!(" {} ", words(p.as_written()));
            let named = org.names().any(|n| written.contains(&format!(" {} ", words(n))));
            let explained = p.source().note().is_some_and(|note| note.contains(&format!("“{}”", p.as_written())));
            if !named && !explained {
                failures.push(format!("{}: {:?} is not a name of {}", p.id(), p.as_written(), org.id()));
            }
        }
    }
    for s in report.seizures() {
        assert_in_quote("stated", s.id().as_str(), s.stated(), s.source().quote(), &mut failures);
        assert_in_quote("commodity", s.id().as_str(), s.commodity(), s.source().quote(), &mut failures);
        if let Some(place) = s.place() {
            assert_in_quote("place", s.id().as_str(), place.name(), s.source().quote(), &mut failures);
        }
    }
    for o in report.outcomes() {
        if let Some(stated) = o.stated() {
            assert_in_quote("stated", o.id().as_str(), stated, o.source().quote(), &mut failures);
        }
    }
    for b in report.budgets() {
        assert_in_quote("stated", b.id().as_str(), b.stated(), b.source().quote(), &mut failures);
    }
    for l in report.lists() {
        if let Some(stated) = l.stated() {
            assert_in_quote("stated", l.id().as_str(), stated, l.source().quote(), &mut failures);
        }
    }
    for t in report.task_forces() {
        if let Some(w) = t.as_written() {
            assert_in_quote("as_written", t.id().as_str(), w, t.source().quote(), &mut failures);
        }
        if let Some(place) = t.location() {
            assert_in_quote("location", t.id().as_str(), place.name(), t.source().quote(), &mut failures);
        }
    }
    for b in report.border_areas() {
        assert_in_quote("name", b.id().as_str(), b.name(), b.source().quote(), &mut failures);
        assert_in_quote("as_written", b.id().as_str(), b.as_written(), b.source().quote(), &mut failures);
    }
    for d in report.documents() {
        if let Some(number) = d.number() {
            assert_in_quote("number", d.id().as_str(), &number.to_string(), d.source().quote(), &mut failures);
        }
    }
    for e in report.events() {
        for place in e.places() {
            assert_in_quote("place", e.id().as_str(), place.name(), e.source().quote(), &mut failures);
        }
    }
    for o in report.organisations() {
        let text = folded_text();
        for name in o.names() {
            if !text.contains(&fold(name)) {
                failures.push(format!("{}: name {name:?} is not in the report", o.id()));
            }
        }
    }
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_record_names_its_own_kind_and_id_once() {
    let report = report_2021_2022();
    assert!(report.has_unique_ids());
    for p in report.participations() {
        assert_eq!(p.kind(), eu_celac_drugs::RecordKind::Participation);
    }
}

#[test]
fn every_quote_reads_without_its_footnote_markers_and_with_its_ordinals() {
    // Shown as plain text, a quote drops the footnote markers (a superscript of digits) that the
    // published text glues to words ("Paraguay<sup>3</sup>", "31 May 2021<sup>1</sup>") and keeps
    // the ordinal suffixes ("XXIII<sup>rd</sup>").
    let report = report_2021_2022();
    let mut markers = 0;
    let mut failures = Vec::new();
    for (kind, id, source) in report.records() {
        let quote = source.quote();
        let plain = plain_text(quote);
        assert!(!plain.contains("<sup>") && !plain.contains("</sup>") && !plain.contains("**"), "{kind} {id}");
        let mut rest = quote;
        while let Some((before, tagged)) = rest.split_once("<sup>") {
            let (inner, after) = tagged.split_once("</sup>").unwrap();
            let glued = |s: &str| before.chars().last().map(|c| format!("{}{s}", fold(&c.to_string())));
            if inner.chars().all(|c| c.is_ascii_digit()) {
                markers += 1;
                if let Some(g) = glued(inner).filter(|g| g.trim() != inner) {
                    if plain.contains(&g) {
                        failures.push(format!("{kind} {id}: {g:?} in {plain:?}"));
                    }
                }
            } else if let Some(g) = glued(inner) {
                assert!(plain.contains(&g), "{kind} {id}: the ordinal {g:?} is lost from {plain:?}");
            }
            rest = after;
        }
    }
    assert!(markers > 0, "the rule must find footnote markers");
    assert!(
        failures.is_empty(),
        "{} quote(s) with footnote markers glued to words:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // A statement's text can now run past a marker: COPOLAD's focus is the whole phrase.
    let focus: Vec<&str> = report.says("copolad", StatementKind::Focus).map(|s| s.text()).collect();
    assert!(focus.iter().any(|t| t.ends_with("in Latin American and Caribbean countries")), "{focus:?}");
}
