//! The date rules: a record dated outside the thing it belongs to, phases that leave part of a
//! period to no phase.

use eu_celac_drugs::analysis::findings::{outside_parent_period, phase_gaps};
use eu_celac_drugs::analysis::{FindingKind, Severity};
use eu_celac_drugs::{Dataset, EventKind, Framing, Index, PartialDate, Record, RecordKind, RelationKind, When};

use crate::fixtures::*;

/// A programme launched in Q2 2020 with one event of `kind` dated `date`.
fn programme_with_event(kind: EventKind, date: &str) -> Dataset {
    dataset(|d| {
        d.programmes.push(dated_programme("p", Some("2020-34"), None));
        d.events.push(event_of("e", kind, Some(date), r(RecordKind::Programme, "p")));
    })
}

#[test]
fn an_activity_dated_before_its_programme_began_is_a_warning() {
    let d = programme_with_event(EventKind::Meeting, "2019");
    let found = outside_parent_period(&Index::new(&d));
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!((f.kind, f.severity), (FindingKind::OutsideParentPeriod, Severity::Warning));
    assert_eq!(f.quotes, vec!["e", "p"], "the event and the programme are cited");
    assert!(f.message.contains("before p") && f.message.contains("Q2 2020"), "{}", f.message);
}

#[test]
fn a_signing_before_the_start_it_prepares_is_information() {
    let d = programme_with_event(EventKind::Signing, "2019");
    let found = outside_parent_period(&Index::new(&d));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Info);
}

#[test]
fn a_date_that_may_fall_inside_the_whole_is_not_found() {
    // 2020 overlaps Q2 2020; the start itself, and anything after, fit.
    for date in ["2020", "2020-04", "2020-34", "2021-06-22", "2019-early/.."] {
        let d = programme_with_event(EventKind::Meeting, date);
        assert!(outside_parent_period(&Index::new(&d)).is_empty(), "{date}");
    }
}

#[test]
fn a_part_started_before_a_successor_programme_is_information_and_cites_the_succession() {
    let d = dataset(|d| {
        d.programmes.push(dated_programme("gifp", Some("2019-11-25"), None));
        d.programmes.push(programme("cocaine-route"));
        d.projects.push(dated_project("colibri", "gifp", Some("2019-early")));
        d.events.push(event_of(
            "colibri.start",
            EventKind::Meeting,
            Some("2019-01"),
            r(RecordKind::Project, "colibri"),
        ));
        d.relations.push(relation(
            "gifp.succeeds",
            r(RecordKind::Programme, "gifp"),
            RelationKind::SuccessorOf,
            r(RecordKind::Programme, "cocaine-route"),
        ));
    });
    let found = outside_parent_period(&Index::new(&d));
    // "early 2019" may be any day of 2019, so the project itself is not found; its January start is.
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!(f.severity, Severity::Info);
    assert_eq!(f.records[0].id.as_str(), "colibri.start");
    assert!(f.records.iter().any(|r| r.id.as_str() == "gifp.succeeds"), "{:?}", f.records);
    assert!(f.message.contains("of colibri") && f.message.contains("cocaine-route"), "{}", f.message);
}

fn cycle(established: &str, with_result_of: bool) -> Dataset {
    dataset(|d| {
        d.programmes.push(programme("cycle"));
        d.committees.push(committee_of("cycle.committee", r(RecordKind::Programme, "cycle"), Some(established)));
        d.events.push(event("meeting", EventKind::HighLevelMeeting, Some("2022-06-01/2022-06-02"), Framing::Activity));
        if with_result_of {
            d.relations.push(relation(
                "cycle.result-of.meeting",
                r(RecordKind::Programme, "cycle"),
                RelationKind::ResultOf,
                r(RecordKind::Event, "meeting"),
            ));
        }
    })
}

#[test]
fn a_part_established_before_the_event_its_whole_results_from_is_a_warning() {
    let d = cycle("2021-11", true);
    let found = outside_parent_period(&Index::new(&d));
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.quotes, vec!["cycle.committee", "cycle", "cycle.result-of.meeting", "meeting"]);
    assert!(f.message.contains("November 2021") && f.message.contains("of which it is the result"), "{}", f.message);
}

#[test]
fn an_undated_whole_or_a_part_established_after_the_cause_is_not_found() {
    assert!(outside_parent_period(&Index::new(&cycle("2021-11", false))).is_empty(), "no date for the whole");
    assert!(outside_parent_period(&Index::new(&cycle("2022-06", true))).is_empty(), "June 2022 may be after");
}

fn phase_with_event(phase_period: &str, event_date: &str) -> Dataset {
    dataset(|d| {
        d.programmes.push(programme("p"));
        d.phases.push(phase("p.inception", r(RecordKind::Programme, "p"), Some(phase_period)));
        d.events.push(event_of("e", EventKind::Meeting, Some(event_date), r(RecordKind::Phase, "p.inception")));
    })
}

#[test]
fn an_event_dated_after_its_phase_ended_is_a_warning() {
    let d = phase_with_event("2021-06/2021-12", "2022-02-15");
    let found = outside_parent_period(&Index::new(&d));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(found[0].message.contains("after p.inception"), "{}", found[0].message);
    // An open phase never ends; a phase of 48 months ends in 2025.
    assert!(outside_parent_period(&Index::new(&phase_with_event("2021-06/..", "2030"))).is_empty());
    assert!(outside_parent_period(&Index::new(&phase_with_event("2021-02/P48M", "2022-02-15"))).is_empty());
    assert_eq!(outside_parent_period(&Index::new(&phase_with_event("2021-02/P48M", "2026"))).len(), 1);
}

#[test]
fn a_part_is_found_against_its_nearest_whole_only() {
    // The event lies before both the phase and the programme: one finding, against the phase.
    let d = dataset(|d| {
        d.programmes.push(dated_programme("p", Some("2020"), None));
        d.phases.push(phase("p.ii", r(RecordKind::Programme, "p"), Some("2021/2022")));
        d.events.push(event_of("e", EventKind::Meeting, Some("2019"), r(RecordKind::Phase, "p.ii")));
    });
    let found = outside_parent_period(&Index::new(&d));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].records[1].id.as_str(), "p.ii");
}

fn phased(parent: &str, phases: &[&str]) -> Dataset {
    dataset(|d| {
        d.programmes.push(programme("copolad"));
        d.phases.push(phase("iii", r(RecordKind::Programme, "copolad"), Some(parent)));
        for (i, period) in phases.iter().enumerate() {
            d.phases.push(phase(&format!("iii.{i}"), r(RecordKind::Phase, "iii"), Some(period)));
        }
    })
}

#[test]
fn phases_that_begin_after_their_parent_leave_a_gap() {
    let d = phased("2021-02/P48M", &["2021-06/2021-12", "2022-01/.."]);
    let found = phase_gaps(&Index::new(&d));
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!((f.kind, f.severity), (FindingKind::PhaseGap, Severity::Info));
    assert_eq!(f.quotes, vec!["iii", "iii.0"]);
    assert!(f.message.contains("February 2021") && f.message.contains("June 2021"), "{}", f.message);
    // The fixture's reporting period begins on 1 June 2021, as the first phase does.
    assert!(f.message.contains("reporting period"), "{}", f.message);
}

#[test]
fn gaps_between_and_after_phases_are_information_and_overlaps_are_warnings() {
    let d = phased("2021-01/2022-12", &["2021-01/2021-06", "2021-09/2022-03"]);
    let found = phase_gaps(&Index::new(&d));
    assert_eq!(found.iter().map(|f| f.severity).collect::<Vec<_>>(), vec![Severity::Info, Severity::Info]);
    assert!(found[0].message.contains("June 2021") && found[0].message.contains("September 2021"));
    assert!(
        found[1].message.contains("December 2022") && found[1].message.contains("March 2022"),
        "{}",
        found[1].message
    );
    // A parent that ends "in 2022" may end in January: no certain gap after a phase ending in March.
    assert_eq!(phase_gaps(&Index::new(&phased("2021-01/2022", &["2021-01/2022-03"]))).len(), 0);
    let d = phased("2021-02/P48M", &["2021-02/2021-12", "2021-10/.."]);
    let found = phase_gaps(&Index::new(&d));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].records.len(), 3, "the parent and both phases");
}

#[test]
fn phases_that_tile_their_parent_or_an_undated_parent_are_not_found() {
    for phases in [&["2021-02/2021-12", "2022-01/.."][..], &["2021-03/2021-12"], &["2021-02/P12M", "2022-06/.."]] {
        assert!(phase_gaps(&Index::new(&phased("2021-02/P48M", phases))).is_empty(), "{phases:?}");
    }
    let d = dataset(|d| {
        d.programmes.push(programme("copolad"));
        d.phases.push(phase("i", r(RecordKind::Programme, "copolad"), Some("2011/2015-06")));
        d.phases.push(phase("ii", r(RecordKind::Programme, "copolad"), Some("2016/2019")));
    });
    assert!(phase_gaps(&Index::new(&d)).is_empty(), "phases of an undated programme are not compared");
}

/// When a record began, from its own fields, for the report tests.
fn own_start(report: &Dataset, id: &str) -> Option<PartialDate> {
    let start = |w: Option<When>| w.map(|w| w.start());
    report
        .programme(id)
        .and_then(|p| start(p.launched()).or(start(p.period())))
        .or_else(|| report.phase(id).and_then(|p| start(p.period())))
        .or_else(|| report.project(id).and_then(|p| start(p.launched())))
        .or_else(|| report.committee(id).and_then(|c| start(c.established())))
}

#[test]
fn the_report_s_events_dated_before_their_programme_or_project_are_found() {
    let report = eu_celac_drugs::report_2021_2022();
    let found = outside_parent_period(&Index::new(report));
    let cited: Vec<&str> = found.iter().map(|f| f.records[0].id.as_str()).collect();
    // Every event that certainly precedes the dated record it belongs to is found.
    for e in report.events().iter() {
        let (Some(of), Some(date)) = (e.of(), e.date()) else { continue };
        let Some(start) = own_start(report, of.id.as_str()) else { continue };
        if date.latest().is_some_and(|latest| latest < start.earliest()) {
            assert!(cited.contains(&e.id().as_str()), "{} is not found", e.id());
        }
    }
    // Every committee dated before the event its whole results from is found, as a warning.
    for c in report.committees().iter() {
        let (Some(of), Some(established)) = (c.of(), c.established()) else { continue };
        if own_start(report, of.id.as_str()).is_some() {
            continue;
        }
        let causes = report.relations().iter().filter(|r| r.from() == of && r.kind() == RelationKind::ResultOf);
        let cause_dates = causes.filter_map(|r| report.event(r.to().id.as_str()).and_then(|e| e.date()));
        if cause_dates.into_iter().any(|d| established.latest().is_some_and(|l| l < d.earliest())) {
            let f = found.iter().find(|f| f.records[0].id == *c.id()).expect("found");
            assert_eq!(f.severity, Severity::Warning);
        }
    }
    // Each finding cites a dated record and, second, a record it belongs to.
    let index = Index::new(report);
    for f in &found {
        assert!(index.ancestors(&f.records[0]).any(|a| a == f.records[1]), "{f:?}");
    }
}

#[test]
fn the_report_s_phases_are_compared_with_the_phase_they_divide() {
    let report = eu_celac_drugs::report_2021_2022();
    let found = phase_gaps(&Index::new(report));
    for parent in report.phases().iter() {
        let Some(period) = parent.period() else { continue };
        let first =
            report.phases_of(parent.id().as_str()).filter_map(|p| p.period().map(|w| (w, p.id().as_str()))).min();
        let Some((first, first_id)) = first else { continue };
        let gap = first.start().earliest() > period.start().latest().succ_opt().unwrap();
        let cites = found
            .iter()
            .any(|f| f.records.first() == Some(&parent.as_ref_to()) && f.records[1].id.as_str() == first_id);
        assert_eq!(cites, gap, "{}: first phase {first_id} begins {first}, the phase {period}", parent.id());
    }
}
