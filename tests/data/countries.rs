//! Every country or territory the report names, in any spelling, resolves and appears in the
//! dataset. The expectations come from scanning the text, not from the data.

use std::collections::{BTreeMap, BTreeSet};

use std::sync::OnceLock;

use eu_celac_drugs::model::country::lookup_country;
use eu_celac_drugs::{Country, Party, report_2021_2022, resolve_country};

/// The words of the text, keeping the characters that occur inside names (letters,
/// apostrophes, hyphens, '&', '.' of "St.").
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '&')))
        .filter(|w| w.chars().any(char::is_alphanumeric) || *w == "&")
        .collect()
}

/// Every name of a country the text uses, found by trying every run of one to five words with
/// the resolver. Runs made only of capitals (codes and acronyms such as "CAN" or "LA") are
/// left to `codes_used_as_names`, which reads them only where the text lists them as countries.
pub fn names_in_text() -> &'static BTreeMap<String, Country> {
    static NAMES: OnceLock<BTreeMap<String, Country>> = OnceLock::new();
    NAMES.get_or_init(scan_names)
}

fn scan_names() -> BTreeMap<String, Country> {
    let text = eu_celac_drugs::SOURCE_TEXT.replace("<sup>", " ").replace("</sup>", " ");
    let words = words(&text);
    let mut found = BTreeMap::new();
    for start in 0..words.len() {
        for len in 1..=5 {
            let Some(run) = words.get(start..start + len) else { break };
            let candidate = run.join(" ");
            if candidate.chars().all(|c| !c.is_lowercase()) {
                continue;
            }
            if let Some(country) = lookup_country(&candidate) {
                found.insert(candidate, country);
            }
        }
    }
    found
}

/// Alpha-2 codes the text uses as country names: runs of two-capital-letter words joined by
/// commas and "and", as in "interventions from FR, ES and IT".
pub fn codes_used_as_names() -> BTreeMap<String, Country> {
    let text = eu_celac_drugs::SOURCE_TEXT;
    let tokens: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == ',' || c == ')' || c == '(').collect();
    let mut found = BTreeMap::new();
    let is_code = |t: &str| t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase());
    for (i, t) in tokens.iter().enumerate() {
        let next_code = tokens.iter().skip(i + 1).filter(|t| !t.is_empty()).take(2).any(|t| is_code(t));
        if is_code(t) && next_code {
            // a code followed by another code (possibly after "and") is in a list of codes
            for u in tokens.iter().skip(i).filter(|t| !t.is_empty()).take_while(|t| is_code(t) || **t == "and") {
                if is_code(u) {
                    if let Ok(country) = resolve_country(u) {
                        found.insert((*u).to_owned(), country);
                    }
                }
            }
        }
    }
    found
}

/// Every country the dataset involves in any way; with `places`, also the countries that the
/// named places lie in (Brussels lies in Belgium, which the report never names: a place's
/// country is geography, not a claim of the report).
fn countries_in_dataset(places: bool) -> BTreeSet<Country> {
    let report = report_2021_2022();
    let mut set = BTreeSet::new();
    set.extend(report.participations().iter().filter_map(|p| p.party().country()));
    set.extend(report.task_forces().iter().filter_map(|t| t.host()));
    set.extend(report.border_areas().iter().flat_map(|b| b.countries().iter().copied()));
    set.extend(report.organisations().iter().filter_map(|o| o.country()));
    if places {
        set.extend(report.events().iter().flat_map(|e| e.places().iter().filter_map(|p| p.country())));
        set.extend(report.seizures().iter().filter_map(|s| s.place().and_then(|p| p.country())));
        set.extend(report.outcomes().iter().filter_map(|o| o.place().and_then(|p| p.country())));
        set.extend(report.task_forces().iter().filter_map(|t| t.location().and_then(|p| p.country())));
    }
    set
}

#[test]
fn the_scan_finds_the_names_it_must() {
    // A guard on the scanner itself: forms that only a careful resolver accepts.
    let names = names_in_text();
    for (form, country) in [
        ("Trinidad & Tobago", Country::TT),
        ("Cote d’Ivoire", Country::CI),
        ("Côte d'Ivoire", Country::CI),
        ("St Vincent and the Grenadines", Country::VC),
        ("British Virgin Islands", Country::VG),
        ("Bosnia-Herzegovina", Country::BA),
        ("North-Macedonia", Country::MK),
    ] {
        assert_eq!(names.get(form), Some(&country), "{form}");
    }
    let codes = codes_used_as_names();
    for (code, country) in [("FR", Country::FR), ("ES", Country::ES), ("IT", Country::IT), ("LT", Country::LT)] {
        assert_eq!(codes.get(code), Some(&country), "{code}");
    }
    assert!(!codes.contains_key("LA"), "\"LA\" (Latin America) is not a list of country codes");
}

#[test]
fn every_country_named_in_the_text_appears_in_the_dataset() {
    let in_dataset = countries_in_dataset(true);
    let mut missing = Vec::new();
    for (form, country) in names_in_text().clone().into_iter().chain(codes_used_as_names()) {
        if !in_dataset.contains(&country) {
            missing.push(format!("{form:?} ({country})"));
        }
    }
    assert!(missing.is_empty(), "named in the text but absent from the dataset: {}", missing.join(", "));
}

#[test]
fn every_country_in_the_dataset_is_named_in_the_text() {
    let named: BTreeSet<Country> =
        names_in_text().values().copied().chain(codes_used_as_names().into_values()).collect();
    let extra: Vec<Country> = countries_in_dataset(false).difference(&named).copied().collect();
    assert!(extra.is_empty(), "in the dataset but never named in the text: {extra:?}");
}

#[test]
fn every_country_form_written_in_the_data_resolves_to_its_country() {
    let report = report_2021_2022();
    for p in report.participations() {
        if let Party::Country(country) = p.party() {
            let form = p.as_written();
            // "the French Presidency" stands for France's presidency of the Council: not a country name.
            if form.contains("Presidency") {
                continue;
            }
            assert_eq!(resolve_country(form).ok(), Some(*country), "{}: {form:?}", p.id());
        }
    }
}
