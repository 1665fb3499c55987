//! Seizure totals: exact, never across dimensions, qualifiers carried into bounds.

use std::collections::BTreeMap;

use eu_celac_drugs::analysis::{GroupBy, seizure_totals};
use eu_celac_drugs::{Bound, Dimension, Qualifier, report_2021_2022};
use rust_decimal::Decimal;
use strum::IntoEnumIterator;

#[test]
fn every_grouping_adds_every_seizure_once_and_never_mixes_units() {
    let report = report_2021_2022();
    for by in GroupBy::iter() {
        for normalise in [false, true] {
            let lines = seizure_totals(report, by, normalise).unwrap();
            let n: usize = lines.iter().map(|l| l.seizures.len()).sum();
            assert_eq!(n, report.seizures().len(), "{by} {normalise}");
            for line in &lines {
                assert_eq!(line.total.terms() as usize, line.seizures.len());
                for s in &line.seizures {
                    let q = s.quantity();
                    if normalise {
                        assert_eq!(q.dimension(), line.total.unit().dimension());
                    } else {
                        assert_eq!(q.unit(), line.total.unit(), "figures are added only in the unit stated");
                    }
                }
            }
        }
    }
}

#[test]
fn normalised_totals_are_the_exact_sums_of_the_converted_figures() {
    let report = report_2021_2022();
    let lines = seizure_totals(report, GroupBy::Commodity, true).unwrap();
    let mut expected: BTreeMap<(String, Dimension), Decimal> = BTreeMap::new();
    for s in report.seizures() {
        let base = s.quantity().to_base().unwrap();
        *expected.entry((s.commodity().to_owned(), base.dimension())).or_default() += base.value();
    }
    assert_eq!(lines.len(), expected.len());
    for line in &lines {
        let want = expected[&(line.key.clone(), line.total.unit().dimension())];
        assert_eq!(line.total.value(), want, "{}", line.key);
    }
}

#[test]
fn qualifiers_carry_into_the_bound_of_each_total() {
    let report = report_2021_2022();
    for line in seizure_totals(report, GroupBy::Project, true).unwrap() {
        let bounds: Vec<Bound> = line.seizures.iter().map(|s| s.quantity().bound()).collect();
        let expected = bounds.iter().fold(Bound::Exact, |acc, b| acc.combine(*b));
        assert_eq!(line.total.bound(), expected, "{}", line.key);
        let has_over =
            line.seizures.iter().any(|s| matches!(s.quantity().qualifier(), Qualifier::Over | Qualifier::MoreThan));
        let has_almost = line.seizures.iter().any(|s| s.quantity().qualifier() == Qualifier::Almost);
        match (has_over, has_almost) {
            (true, false) => assert_eq!(line.total.bound(), Bound::AtLeast, "{}", line.key),
            (false, true) => assert_eq!(line.total.bound(), Bound::AtMost, "{}", line.key),
            (true, true) => assert_eq!(line.total.bound(), Bound::Mixed, "{}", line.key),
            (false, false) => {}
        }
    }
}
