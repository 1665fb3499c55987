//! The compiled-in report checked against its own text with the library's public
//! [`check`](eu_celac_drugs::curate::check) — the same function `eu-celac-drugs check` runs, so
//! the checks that keep the data honest have one implementation: every quote verbatim, every
//! sentence covered, every country, document, meeting date, figure and organisation the text
//! names held by some record, every country of the dataset named by the text.

use std::sync::OnceLock;

use eu_celac_drugs::curate::check;
use eu_celac_drugs::curate::check::{CheckReport, MentionKind};
use eu_celac_drugs::{Country, SOURCE_TEXT, report_2021_2022};

/// The report checked against its text, once for every test.
fn report() -> &'static CheckReport {
    static REPORT: OnceLock<CheckReport> = OnceLock::new();
    REPORT.get_or_init(|| check(report_2021_2022(), SOURCE_TEXT).expect("the report's text is not too large"))
}

fn listed<T: std::fmt::Debug>(items: impl IntoIterator<Item = T>) -> String {
    items.into_iter().map(|i| format!("{i:?}")).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_quote_occurs_in_the_report() {
    let r = report();
    assert!(r.missing_quotes.is_empty(), "quotes not in the report:\n{}", listed(&r.missing_quotes));
    // Every record was checked, and the metadata's quote too.
    assert_eq!(r.summary.quotes, report_2021_2022().records().count() + 1);
    assert_eq!(r.summary.quotes_verbatim, r.summary.quotes);
}

#[test]
fn every_sentence_is_mostly_covered_by_the_quotes_of_its_records() {
    let r = report();
    assert!(r.uncovered.is_empty(), "{} sentence(s) no record covers:\n{}", r.uncovered.len(), listed(&r.uncovered));
    // The sentences were found: the report has well over a hundred.
    assert!(r.summary.sentences > 100, "{}", r.summary);
    assert_eq!(r.summary.sentences_covered, r.summary.sentences);
}

#[test]
fn everything_the_text_names_is_held_by_some_record() {
    let r = report();
    let unheld: Vec<_> = r.unheld().collect();
    assert!(unheld.is_empty(), "named in the text but held by no record:\n{}", listed(unheld));
    assert!(r.is_clean() && r.passes(1.0), "{r}");
}

#[test]
fn every_country_in_the_dataset_is_named_in_the_text() {
    let r = report();
    assert!(r.countries_not_named.is_empty(), "in the dataset but never named: {:?}", r.countries_not_named);
}

/// The mention of `kind` written `form`, if the check found one.
fn mention(kind: MentionKind, form: &str) -> Option<&'static eu_celac_drugs::curate::check::Mention> {
    report().mentions.iter().find(|m| m.kind == kind && m.form == form)
}

#[test]
fn the_scan_finds_the_names_it_must() {
    // A guard on the scanner itself: forms that only a careful resolver accepts.
    for (form, country) in [
        ("Trinidad & Tobago", Country::TT),
        ("Cote d’Ivoire", Country::CI),
        ("Côte d'Ivoire", Country::CI),
        ("St Vincent and the Grenadines", Country::VC),
        ("British Virgin Islands", Country::VG),
        ("Bosnia-Herzegovina", Country::BA),
        ("North-Macedonia", Country::MK),
        // alpha-2 codes in a list: "interventions from FR, ES and IT"
        ("FR", Country::FR),
        ("ES", Country::ES),
        ("IT", Country::IT),
        ("LT", Country::LT),
    ] {
        let found = mention(MentionKind::Country, form).unwrap_or_else(|| panic!("{form} not found"));
        assert_eq!(found.value, country.alpha2(), "{form}");
        assert!(found.held, "{form}");
    }
    assert!(mention(MentionKind::Country, "LA").is_none(), "\"LA\" (Latin America) is not a list of country codes");
}

#[test]
fn the_scan_finds_documents_meeting_dates_figures_and_organisations() {
    // The text, not the data, says what must be found: each form is read from SOURCE_TEXT.
    for (kind, form) in [
        (MentionKind::Document, "9916/21"),
        (MentionKind::Document, "CM 6082/21"),
        (MentionKind::MeetingDate, "26 October 2021"),
        (MentionKind::MeetingDate, "4 May 2022"),
        (MentionKind::Figure, "9.6 tons"),
        (MentionKind::Organisation, "UNODC"),
    ] {
        assert!(SOURCE_TEXT.contains(form), "{form} is not in the text: the guard is stale");
        let found = mention(kind, form).unwrap_or_else(|| panic!("{kind} {form} not found"));
        assert!(found.held, "{kind} {form} is not held");
        assert!(found.place.section.is_some(), "{kind} {form} has no section: {:?}", found.place);
    }
    // The report's own number is a document of the text, held by the metadata.
    let number = report_2021_2022().meta().number().expect("the report has a number").to_string();
    assert!(mention(MentionKind::Document, &number).is_some_and(|m| m.held));
    // "COVID-19" is a name, not a figure; a footnote's number is not a figure either.
    assert!(mention(MentionKind::Figure, "19").is_none());
}

#[test]
fn the_summary_adds_up() {
    let r = report();
    let s = r.summary;
    assert_eq!(s.mentions, r.mentions.len());
    assert_eq!(s.mentions_held, r.mentions.iter().filter(|m| m.held).count());
    assert!(s.mentions > 200, "{s}");
    assert!((s.coverage() - 1.0).abs() < f64::EPSILON);
    let shown = s.to_string();
    assert!(shown.starts_with(&format!("quotes verbatim {}/{}", s.quotes_verbatim, s.quotes)), "{shown}");
}
