//! Budgets: per currency, exact, qualifiers carried.

use std::collections::BTreeMap;

use eu_celac_drugs::analysis::budget_lines;
use eu_celac_drugs::{Bound, Qualifier, Unit, report_2021_2022};
use rust_decimal::Decimal;

#[test]
fn every_budget_is_in_exactly_one_line_of_its_own_currency() {
    let report = report_2021_2022();
    let lines = budget_lines(report).unwrap();
    let n: usize = lines.iter().map(|l| l.budgets.len()).sum();
    assert_eq!(n, report.budgets().len());
    let mut expected: BTreeMap<(String, Unit), Decimal> = BTreeMap::new();
    for b in report.budgets() {
        *expected.entry((b.of().id.to_string(), Unit::Currency(b.amount().currency()))).or_default() +=
            b.amount().amount();
    }
    assert_eq!(lines.len(), expected.len());
    for line in &lines {
        for b in &line.budgets {
            assert_eq!(Unit::Currency(b.amount().currency()), line.total.unit(), "currencies are never mixed");
            assert_eq!(b.of(), &line.of);
        }
        assert_eq!(line.total.value(), expected[&(line.of.id.to_string(), line.total.unit())]);
        let approximate = line.budgets.iter().any(|b| b.qualifier() == Qualifier::About);
        assert_eq!(line.total.bound() == Bound::Approximate, approximate, "{}", line.label);
        assert!(line.programme.is_some(), "every budget of the report belongs to a programme");
    }
}
