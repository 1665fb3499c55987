//! The timeline: ordered, placed correctly against the period, inference flagged.

use eu_celac_drugs::analysis::{PeriodRelation, timeline};
use eu_celac_drugs::report_2021_2022;

use crate::fixtures::date;

#[test]
fn the_timeline_is_in_date_order_and_placed_against_the_period() {
    let report = report_2021_2022();
    let (from, to) = (report.meta().period_start(), report.meta().period_end());
    let entries = timeline(report, None, false);
    assert!(!entries.is_empty());
    for w in entries.windows(2) {
        assert!(w[0].when <= w[1].when);
    }
    for e in &entries {
        let expected = if e.when.latest().is_some_and(|l| l < from) {
            PeriodRelation::Before
        } else if e.when.earliest() > to {
            PeriodRelation::After
        } else if e.when.earliest() >= from && e.when.latest().is_some_and(|l| l <= to) {
            PeriodRelation::Inside
        } else {
            PeriodRelation::Across
        };
        assert_eq!(e.relation, expected, "{:?}", e.record);
        assert_eq!(e.inferred, e.when.year_inferred());
    }
    assert!(entries.iter().any(|e| e.inferred), "the report omits some years; their inference is flagged");
}

#[test]
fn a_period_filter_keeps_only_what_overlaps_it() {
    let report = report_2021_2022();
    let (from, to) = (date(2022, 1, 1), date(2022, 3, 31));
    let entries = timeline(report, Some((from, to)), true);
    assert!(!entries.is_empty());
    for e in &entries {
        assert!(e.when.overlaps(from, to), "{:?} {}", e.record, e.when);
    }
    let all = timeline(report, Some((from, to)), false);
    let overlapping = all.iter().filter(|e| e.when.overlaps(from, to)).count();
    assert_eq!(overlapping, entries.len());
}
