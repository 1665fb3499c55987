//! Every country form the data writes resolves to its country. That every country the text
//! names is held by the dataset, and every country of the dataset named by the text, is the
//! library's `curate::check` (tests/data/check.rs).

use eu_celac_drugs::{Party, report_2021_2022, resolve_country};

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
