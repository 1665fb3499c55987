//! `curate::diff` and `curate::Editions` on two editions made from the compiled-in report: a
//! later one with a programme added, a participation removed and a programme renamed (its id
//! changed, its acronym kept).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use eu_celac_drugs::chrono::NaiveDate;
use eu_celac_drugs::curate::diff::{InvolvementChangeKind, Presence};
use eu_celac_drugs::curate::{Editions, diff};
use eu_celac_drugs::*;

fn programme(id: &str, name: &'static str, acronym: &'static str) -> Programme {
    let source = SourceRef::quoted(report_2021_2022().sections()[0].code().as_str(), name).unwrap();
    let parts = ProgrammeParts::new(id.parse().unwrap(), name, ProgrammeKind::Programme, source);
    Programme::new(ProgrammeParts { acronym: Some(acronym.into()), ..parts }).unwrap()
}

/// The report with a programme ALPHA (id `alpha-old`).
fn old_edition() -> Dataset {
    let mut parts = DatasetParts::from(report_2021_2022().clone());
    parts.programmes.push(programme("alpha-old", "Programme Alpha", "ALPHA"));
    Dataset::new(parts).unwrap()
}

/// A country's participation that is alone in its (country, subject): a change to it has one reading.
fn alone(d: &Dataset) -> &Participation {
    let all = d.participations();
    all.iter()
        .find(|p| {
            p.party().country().is_some()
                && all.iter().filter(|q| q.party() == p.party() && q.subject() == p.subject()).count() == 1
        })
        .unwrap()
}

/// The next year's edition: ALPHA under another id, a new programme GAMMA, one participation fewer.
fn new_edition(old: &Dataset, removed: &Id) -> Dataset {
    let mut parts = DatasetParts::from(old.clone());
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    parts.meta = ReportMeta::new(ReportMetaParts {
        title: "EU-CELAC Coordination and Cooperation Mechanism on Drugs - Annual Report 1 June 2022 to 31 May 2023"
            .into(),
        period_start: day(2022, 6, 1),
        period_end: day(2023, 5, 31),
        number: None,
        date: None,
        ..old.meta().clone().into_parts()
    })
    .unwrap();
    parts.programmes.retain(|p| p.id().as_str() != "alpha-old");
    parts.programmes.push(programme("alpha-new", "The Alpha Programme", "ALPHA"));
    parts.programmes.push(programme("gamma", "Programme Gamma", "GAMMA"));
    parts.participations.retain(|p| p.id() != removed);
    Dataset::new(parts).unwrap()
}

#[test]
fn diff_names_what_appears_and_what_is_lost_and_matches_by_acronym() {
    let old = old_edition();
    let removed = alone(&old);
    let new = new_edition(&old, removed.id());
    let d = diff(&old, &new);
    assert!(d.has_changes());
    // GAMMA appears; ALPHA, renamed, is matched by its acronym and neither ends nor appears.
    assert_eq!(d.entities.len(), 1, "{:?}", d.entities);
    assert_eq!((d.entities[0].change, d.entities[0].cited.id.as_str()), (Presence::Appears, "gamma"));
    assert_eq!(d.entities[0].cited.quote, "Programme Gamma");
    // The participation is lost, with its quote, and the new edition's record of its subject.
    assert_eq!(d.involvements.len(), 1, "{:?}", d.involvements);
    let lost = &d.involvements[0];
    assert_eq!(lost.change, InvolvementChangeKind::Lost);
    assert_eq!(Some(lost.country), removed.party().country());
    let old_side = lost.old.as_ref().unwrap();
    assert_eq!(
        (old_side.cited.id.as_str(), old_side.cited.quote.as_str()),
        (removed.id().as_str(), removed.source().quote())
    );
    let elsewhere = lost.subject_elsewhere.as_ref().unwrap();
    assert_eq!(elsewhere.id, removed.subject().id.as_str());
    // Meetings and seizures are listed for each edition, side by side, never added up.
    assert_eq!(d.old_meetings, d.new_meetings);
    assert!(!d.old_meetings.is_empty());
    let figures: usize = d.seizures.iter().map(|r| r.old.len()).sum();
    assert_eq!(figures, old.seizures().len());
    assert!(d.seizures.iter().all(|r| r.old == r.new));
    // The editions' own words.
    let text = d.to_string();
    assert!(text.contains("appears programme Programme Gamma (GAMMA) [gamma]"), "{text}");
    assert!(text.contains(&format!("[{}] \"{}\"", removed.id(), removed.source().quote())), "{text}");
    assert!(text.contains("old: 10233/22 (2021-06-01 to 2022-05-31)"), "{text}");
}

#[test]
fn an_edition_against_itself_has_no_change() {
    let report = report_2021_2022();
    let d = diff(report, report);
    assert!(!d.has_changes() && d.entities.is_empty() && d.involvements.is_empty() && d.findings.is_empty());
}

#[test]
fn a_status_changed_is_named_with_both_quotes() {
    let old = old_edition();
    let p = alone(&old).clone();
    let mut parts = DatasetParts::from(old.clone());
    let status = if p.status() == Status::Planned { Status::Active } else { Status::Planned };
    for q in &mut parts.participations {
        if q.id() == p.id() {
            *q = Participation::new(ParticipationParts { status, ..q.clone().into_parts() }).unwrap();
        }
    }
    let new = Dataset::new(parts).unwrap();
    let d = diff(&old, &new);
    assert_eq!(d.involvements.len(), 1, "{:?}", d.involvements);
    let c = &d.involvements[0];
    assert_eq!(c.change, InvolvementChangeKind::StatusChanged);
    assert_eq!((c.old.as_ref().unwrap().status, c.new.as_ref().unwrap().status), (p.status(), status));
    assert_eq!(c.old.as_ref().unwrap().cited.quote, p.source().quote());
    assert_eq!(c.new.as_ref().unwrap().cited.quote, p.source().quote());
}

#[test]
fn editions_are_ordered_by_period_and_compared_in_pairs() {
    let old = old_edition();
    let removed = alone(&old).clone();
    let new = new_edition(&old, removed.id());
    let mut editions = Editions::new();
    editions.push(new.clone());
    editions.push(&old);
    assert_eq!(editions.len(), 2);
    let periods: Vec<NaiveDate> = editions.iter().map(|d| d.meta().period_start()).collect();
    assert!(periods.windows(2).all(|w| w[0] < w[1]), "{periods:?}");
    assert_eq!(editions.latest().map(|d| d.meta().period_start()), Some(new.meta().period_start()));
    let diffs = editions.diffs();
    assert_eq!(diffs.len(), 1);
    assert_eq!(diffs[0], diff(&old, &new));
    // A country's involvements, edition by edition: the lost participation is in the first only.
    let country = removed.party().country().unwrap();
    let by_edition = editions.involvements_of(country);
    assert_eq!(by_edition.len(), 2);
    let quotes = |i: usize| by_edition[i].1.iter().map(|x| x.source.quote()).collect::<Vec<_>>();
    assert!(quotes(0).contains(&removed.source().quote()));
    assert!(by_edition[1].1.len() < by_edition[0].1.len());
}

#[test]
fn a_task_force_that_ends_is_named_though_others_share_its_name() {
    let report = report_2021_2022();
    let shared = |t: &TaskForce| report.task_forces().iter().filter(|u| u.name() == t.name()).count() > 1;
    // The first task force with a shared name that can go (with the participations in it and
    // its place in lists) and leave a dataset that validates.
    let (gone, new) = report
        .task_forces()
        .iter()
        .filter(|t| shared(t))
        .find_map(|t| {
            let mut parts = DatasetParts::from(report.clone());
            parts.task_forces.retain(|u| u.id() != t.id());
            parts.participations.retain(|p| p.subject().id != *t.id());
            for l in &mut parts.lists {
                let items: Vec<Ref> = l.items().iter().filter(|r| r.id != *t.id()).cloned().collect();
                *l = StatedList::new(StatedListParts { items: items.into(), ..l.clone().into_parts() }).ok()?;
            }
            Dataset::new(parts).ok().map(|d| (t, d))
        })
        .expect("a task force with a shared name can be removed");
    let d = diff(report, &new);
    let ended: Vec<_> = d.entities.iter().filter(|e| e.change == Presence::Ends).collect();
    assert_eq!(ended.len(), 1, "{:?}", d.entities);
    assert_eq!((ended[0].kind, ended[0].cited.id.as_str()), (RecordKind::TaskForce, gone.id().as_str()));
    assert_eq!(ended[0].cited.quote, gone.source().quote());
}
