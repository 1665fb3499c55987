//! The timeline: ordered, placed correctly against the period, inference flagged, and each
//! selection returns exactly what it names.

use eu_celac_drugs::analysis::{PeriodRelation, Selection, TimelineQuery, timeline};
use eu_celac_drugs::report_2021_2022;

use crate::fixtures::date;

#[test]
fn the_timeline_is_in_date_order_and_placed_against_the_period() {
    let report = report_2021_2022();
    let (from, to) = (report.meta().period_start(), report.meta().period_end());
    let entries = timeline(report, &TimelineQuery::default());
    assert!(!entries.is_empty());
    for w in entries.windows(2) {
        assert!(w[0].when <= w[1].when);
    }
    for e in &entries {
        let expected = if e.when.earliest() > to {
            PeriodRelation::After
        } else if e.when.latest().is_none() {
            PeriodRelation::OpenEnded
        } else if e.when.latest().is_some_and(|l| l < from) {
            PeriodRelation::Before
        } else if e.when.earliest() >= from && e.when.latest().is_some_and(|l| l <= to) {
            PeriodRelation::Inside
        } else {
            PeriodRelation::Across
        };
        assert_eq!(e.relation, expected, "{:?}", e.record);
        assert_eq!(e.inferred, e.when.year_inferred());
    }
    assert!(entries.iter().any(|e| e.inferred), "the report omits some years; their inference is flagged");
    assert!(entries.iter().any(|e| e.relation == PeriodRelation::OpenEnded), "the report has open-ended facts");
}

#[test]
fn each_selection_keeps_exactly_what_it_names() {
    let report = report_2021_2022();
    let period = Some((date(2022, 1, 1), date(2022, 3, 31)));
    let all = timeline(report, &TimelineQuery { period, selection: Selection::All });
    for selection in Selection::iter() {
        let kept = timeline(report, &TimelineQuery { period, selection });
        let expected: Vec<_> = all.iter().filter(|e| selection.keeps(e.relation)).collect();
        assert_eq!(kept.len(), expected.len(), "{selection}");
        for e in &kept {
            match selection {
                Selection::All => {}
                Selection::Inside => assert_eq!(e.relation, PeriodRelation::Inside),
                Selection::Overlapping => {
                    assert!(e.when.latest().is_some(), "{} is open-ended", e.when);
                    assert!(e.when.overlaps(date(2022, 1, 1), date(2022, 3, 31)), "{}", e.when);
                }
                Selection::OverlappingOrOpenEnded => {
                    assert!(e.when.overlaps(date(2022, 1, 1), date(2022, 3, 31)), "{}", e.when);
                }
            }
        }
    }
    // Open-ended facts are returned only when asked for: "since May 2021" is not "in Q1 2022".
    let open = timeline(report, &TimelineQuery { period, selection: Selection::OverlappingOrOpenEnded });
    assert!(open.iter().any(|e| e.relation == PeriodRelation::OpenEnded));
    let overlapping = timeline(report, &TimelineQuery { period, selection: Selection::Overlapping });
    assert!(overlapping.iter().all(|e| e.relation != PeriodRelation::OpenEnded));
    assert!(overlapping.len() < open.len());
}
