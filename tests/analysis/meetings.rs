//! The report's meetings, by the design card's name: `Meeting`, `report.meetings()`.

use eu_celac_drugs::{DocumentAction, EventKind, Meeting, RecordKind, Ref, Role, StatementKind, ids, report_2021_2022};

use crate::fixtures::{dataset, event_of, part, programme, r};

#[test]
fn the_meetings_are_the_events_that_are_meetings_and_nothing_else() {
    let report = report_2021_2022();
    let meetings: Vec<&str> = report.meetings().map(|m| m.id().as_str()).collect();
    let events: Vec<&str> = report.events().iter().filter(|e| e.kind().is_meeting()).map(|e| e.id().as_str()).collect();
    assert_eq!(meetings, events);
    // Both High-Level Meetings and both Technical Committee meetings are among them; no training,
    // mission, launch, signing, publication, approval or other activity is.
    for handle in [ids::HLM_22, ids::HLM_23, ids::TC_2021_10_26, ids::TC_2022_05_04] {
        assert!(meetings.contains(&handle.as_str()), "{handle}");
    }
    for e in report.events().iter().filter(|e| !e.kind().is_meeting()) {
        assert!(report.meeting(e.id()).is_none(), "{} is not a meeting", e.id());
        assert!(!meetings.contains(&e.id().as_str()));
    }
    assert!(report.events().iter().any(|e| e.kind() == EventKind::Training || e.kind() == EventKind::Mission));
    let not_meetings = [
        EventKind::Training,
        EventKind::Mission,
        EventKind::Launch,
        EventKind::Signing,
        EventKind::Publication,
        EventKind::Assessment,
        EventKind::Approval,
        EventKind::Activity,
    ];
    assert!(not_meetings.iter().all(|k| !k.is_meeting()));
    assert_eq!(EventKind::iter().filter(|k| k.is_meeting()).count(), EventKind::COUNT - not_meetings.len());
}

#[test]
fn the_mechanisms_own_meetings_are_asked_for_directly() {
    let report = report_2021_2022();
    let own: Vec<Meeting<'_>> = report.meetings_of(&ids::MECHANISM).collect();
    let ids_of: Vec<&str> = own.iter().map(|m| m.id().as_str()).collect();
    assert_eq!(
        ids_of,
        [ids::HLM_22.as_str(), ids::TC_2021_10_26.as_str(), ids::TC_2022_05_04.as_str(), ids::HLM_23.as_str()]
    );
    // Every meeting of the kind "High-Level Meeting" that is not the Mechanism's is left out: the
    // Justice meeting and the TEI launch.
    let other_high_level: Vec<&str> = report
        .meetings()
        .filter(|m| m.kind() == EventKind::HighLevelMeeting && !m.is_of(&ids::MECHANISM))
        .map(|m| m.id().as_str())
        .collect();
    assert!(other_high_level.contains(&ids::EL_PACCTO_JUSTICE_HLM_2022.as_str()));
    assert!(own.iter().all(|m| m.is_of(&ids::MECHANISM)));
}

#[test]
fn a_meeting_answers_with_its_chairs_places_modes_documents_and_discussion() {
    let report = report_2021_2022();
    for m in report.meetings() {
        let parts: Vec<_> = report.participations_in_exactly(m.id()).collect();
        let chairs: Vec<_> = parts
            .iter()
            .filter(|p| matches!(p.role(), Role::CoChair | Role::CoPresidency | Role::Presidency))
            .copied()
            .collect();
        assert_eq!(m.chairs(), chairs);
        assert_eq!(m.co_chairs(), parts.iter().filter(|p| p.role() == Role::CoChair).copied().collect::<Vec<_>>());
        assert_eq!(m.places(), m.event().places());
        assert_eq!(m.mode(), m.event().mode());
        assert_eq!(m.documents().len(), m.event().documents().len());
        for (doc, action) in m.adopted() {
            assert!(m.event().documents().iter().any(|l| l.document == *doc.id() && l.action == action));
            assert!(!matches!(action, DocumentAction::Discussed | DocumentAction::DocumentedBy));
        }
        let discussed: Vec<_> = report.statements_of_exactly(m.id()).filter(|s| s.kind().is_discussion()).collect();
        assert_eq!(m.discussed(), discussed);
        assert!(m.prepared().iter().all(|s| s.kind() == StatementKind::Preparation));
        assert!(m.followed_up().iter().all(|s| s.kind() == StatementKind::FollowUp));
        assert_eq!(m.to_string(), m.name());
    }
    // The meeting of 4 May 2022 prepared the XXIIIrd High-Level Meeting and followed up the CND's
    // 65th session: both are part of what it discussed.
    let tc = report.meeting(&ids::TC_2022_05_04).unwrap();
    let hlm_23 = Ref::new(RecordKind::Event, ids::HLM_23);
    assert!(tc.prepared().iter().any(|s| s.about().contains(&hlm_23)));
    assert!(tc.discussed().iter().any(|s| s.kind() == StatementKind::FollowUp));
    assert!(tc.co_presidency().iter().any(|p| p.as_written() == "France"));
}

#[test]
fn meetings_of_a_hand_built_dataset() {
    use eu_celac_drugs::Country;
    use eu_celac_drugs::Status::Completed;
    let d = dataset(|p| {
        p.programmes.push(programme("prog"));
        p.events.push(event_of(
            "prog.kick-off",
            EventKind::KickOff,
            Some("2021-09-01"),
            r(RecordKind::Programme, "prog"),
        ));
        p.events.push(event_of(
            "prog.course",
            EventKind::Training,
            Some("2021-10-01"),
            r(RecordKind::Programme, "prog"),
        ));
        let kick_off = r(RecordKind::Event, "prog.kick-off");
        p.participations.push(part("prog.kick-off.pe", Country::PE, "Peru", kick_off, Role::CoChair, Completed));
    });
    let meetings: Vec<&str> = d.meetings_of("prog").map(|m| m.id().as_str()).collect();
    assert_eq!(meetings, ["prog.kick-off"]);
    let kick_off = d.meeting("prog.kick-off").unwrap();
    assert_eq!(kick_off.co_chairs().len(), 1);
    assert!(d.meeting("prog.course").is_none());
    assert!(d.meetings_of("no-such-record").next().is_none());
}
