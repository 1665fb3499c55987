//! The fixture loads, validates, and is what it says it is: its own sections and period, a
//! test fixture by its title and note, every quote from its own text.

use eu_celac_drugs::export::to_json;
use eu_celac_drugs::source::{normalise_whitespace, plain_text};
use eu_celac_drugs::{Dataset, DatasetParts, report_2021_2022};

use crate::{FIXTURE_TEXT, MARK, column, fixture, fixture_value};

#[test]
fn it_loads_validates_and_says_it_is_a_test_fixture() {
    let d = fixture();
    assert!(d.problems().is_empty());
    assert_eq!(Dataset::new(DatasetParts::from(d.clone())), Ok(d.clone()));
    let meta = d.meta();
    assert!(meta.title().starts_with(MARK), "{}", meta.title());
    assert_eq!(meta.note(), Some("TEST FIXTURE — invented for the crate's tests, not a report of the Mechanism"));
    // Nothing is invented to fill the metadata: no Council number, no cover note.
    assert_eq!(meta.number(), None);
    assert_eq!((meta.date(), meta.from(), meta.subject()), (None, None, None));
    assert!(meta.file_codes().is_empty() && meta.cites().is_empty());
    let v = fixture_value();
    assert_eq!(meta.period_start().to_string(), v["meta"]["period_start"]);
    assert_eq!(meta.period_end().to_string(), v["meta"]["period_end"]);
    assert_eq!(meta.adopted_at().map(|id| id.as_str()), v["meta"]["adopted_at"].as_str());
    assert!(d.event(meta.adopted_at().unwrap().as_str()).is_some());
}

#[test]
fn it_has_its_own_sections_in_print_order() {
    let d = fixture();
    let v = fixture_value();
    let codes: Vec<&str> = d.sections().iter().map(|s| s.code().as_str()).collect();
    assert_eq!(codes, column(&v["meta"], "sections", "code"));
    assert_ne!(d.sections(), report_2021_2022().sections());
    // Codes the compiled-in report does not have, and shared codes with other headings.
    assert!(d.sections().iter().any(|s| report_2021_2022().section(s.code().as_str()).is_none()));
    let i = d.section("i").unwrap();
    assert_ne!(i.heading(), report_2021_2022().section("i").unwrap().heading());
    // A parent comes before its children; footnotes stand in no section.
    for (n, s) in d.sections().iter().enumerate() {
        if let Some(parent) = s.parent() {
            assert!(d.sections()[..n].iter().any(|p| p.code() == parent), "{}", s.code());
        }
        assert!(!s.footnote() || s.parent().is_none());
    }
    // Every record's section is one of them, and every section but the footnote holds a record.
    for (_, id, source) in d.records() {
        assert!(d.section(source.section().as_str()).is_some(), "{id}");
    }
    for s in d.sections().iter().filter(|s| !s.footnote()) {
        assert!(d.records().any(|(_, _, src)| src.section() == s.code()), "no record in {}", s.code());
    }
}

#[test]
fn every_quote_and_heading_comes_from_its_own_text() {
    let d = fixture();
    let text = normalise_whitespace(FIXTURE_TEXT);
    let quotes = d.records().map(|(_, _, s)| s.quote()).chain(d.meta().source().map(|s| s.quote()));
    for quote in quotes {
        assert!(text.contains(&normalise_whitespace(&plain_text(quote))), "{quote:?} is not in the fixture's text");
    }
    for s in d.sections().iter().filter(|s| !s.heading().starts_with('[')) {
        assert!(text.contains(s.heading()), "{}", s.heading());
    }
    // The text is the fixture's own: none of it is the real report's.
    assert!(!eu_celac_drugs::SOURCE_TEXT.contains("Programme One"));
}

#[test]
fn it_is_written_as_to_json_writes_it() {
    let written: serde_json::Value = serde_json::from_str(&to_json(&fixture()).unwrap()).unwrap();
    assert_eq!(written, fixture_value());
}
