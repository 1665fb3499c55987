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
    let all = timeline(report, &TimelineQuery { period, selection: Selection::All, ..TimelineQuery::default() });
    for selection in Selection::iter() {
        let kept = timeline(report, &TimelineQuery { period, selection, ..TimelineQuery::default() });
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
    let open = timeline(
        report,
        &TimelineQuery { period, selection: Selection::OverlappingOrOpenEnded, ..TimelineQuery::default() },
    );
    assert!(open.iter().any(|e| e.relation == PeriodRelation::OpenEnded));
    let overlapping =
        timeline(report, &TimelineQuery { period, selection: Selection::Overlapping, ..TimelineQuery::default() });
    assert!(overlapping.iter().all(|e| e.relation != PeriodRelation::OpenEnded));
    assert!(overlapping.len() < open.len());
}

#[test]
fn undated_events_take_their_parents_period_marked_and_on_request() {
    use eu_celac_drugs::analysis::ParentDates;
    use eu_celac_drugs::{RecordKind, RecordRef, ids};
    let report = report_2021_2022();
    let with = timeline(report, &TimelineQuery::default());
    let without = timeline(report, &TimelineQuery { parent_dates: ParentDates::Excluded, ..TimelineQuery::default() });
    // Excluding them leaves exactly the entries the report dates itself.
    let own: Vec<_> = with.iter().filter(|e| e.dated_by.is_none()).collect();
    assert_eq!(own, without.iter().collect::<Vec<_>>());
    let placed: Vec<_> = with.iter().filter(|e| e.dated_by.is_some()).collect();
    assert!(!placed.is_empty());
    for e in &placed {
        // Only an event with no date of its own, placed by the period of the record it is of.
        let Some(RecordRef::Event(event)) = report.get(&e.record) else { panic!("{:?} is no event", e.record) };
        assert!(event.date().is_none());
        let parent = e.dated_by.as_ref().unwrap();
        assert_eq!(event.of(), Some(parent));
        let period = match report.get(parent) {
            Some(RecordRef::Phase(p)) => p.period(),
            Some(RecordRef::Programme(p)) => p.period(),
            Some(RecordRef::Event(p)) => p.date(),
            Some(RecordRef::Network(p)) => p.period(),
            other => panic!("{other:?} bounds nothing"),
        };
        assert_eq!(Some(e.when), period);
    }
    // Every undated event whose parent has a period is placed; none whose parent has none.
    for event in report.events().iter().filter(|e| e.date().is_none()) {
        let in_timeline = placed.iter().any(|e| e.record.id == *event.id());
        let bounded = event.of().and_then(|p| match report.get(p) {
            Some(RecordRef::Phase(x)) => x.period(),
            Some(RecordRef::Programme(x)) => x.period(),
            Some(RecordRef::Event(x)) => x.date(),
            Some(RecordRef::Network(x)) => x.period(),
            _ => None,
        });
        assert_eq!(in_timeline, bounded.is_some(), "{}", event.id());
    }
    // COPOLAD's specific online information sessions: within the inception phase, June –
    // December 2021, so inside the reporting period, and kept by `Inside`.
    let inside = timeline(report, &TimelineQuery { selection: Selection::Inside, ..TimelineQuery::default() });
    let sessions = inside.iter().find(|e| e.record.id == "copolad.iii.inception.information-sessions").unwrap();
    assert_eq!(
        sessions.dated_by.as_ref().map(|p| (p.kind, p.id.clone())),
        Some((RecordKind::Phase, ids::COPOLAD_III_INCEPTION))
    );
    assert_eq!(sessions.relation, PeriodRelation::Inside);
}
