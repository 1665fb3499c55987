//! Small hand-built datasets.

use std::borrow::Cow;

use chrono::NaiveDate;
use eu_celac_drugs::*;

pub fn id(s: &str) -> Id {
    Id::new(s.to_owned()).unwrap()
}

pub fn r(kind: RecordKind, s: &str) -> Ref {
    Ref::new(kind, id(s))
}

pub fn text(s: &str) -> Text {
    Text::from(s.to_owned())
}

/// The one section of the hand-built datasets; every record's source stands in it.
pub const SECTION: &str = "s";

pub fn src(quote: &str) -> SourceRef {
    SourceRef::quoted(SECTION, text(quote)).unwrap()
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A dataset with metadata for the period 1 June 2021 – 31 May 2022, one section, one adopting
/// event and nothing else; `build` adds records.
pub fn dataset(build: impl FnOnce(&mut DatasetParts)) -> Dataset {
    let meta = ReportMeta::new(ReportMetaParts {
        sections: vec![Section::top(SECTION, "The section").unwrap()].into(),
        adopted_at: Some(id("hlm")),
        ..ReportMetaParts::new("Title", date(2021, 6, 1), date(2022, 5, 31))
    })
    .unwrap();
    let mut parts = DatasetParts::new(meta);
    parts.events.push(event("hlm", EventKind::HighLevelMeeting, Some("2022-06-24"), Framing::Transmission));
    build(&mut parts);
    Dataset::new(parts).unwrap()
}

pub fn event(key: &str, kind: EventKind, when: Option<&str>, framing: Framing) -> Event {
    Event::new(EventParts {
        id: id(key),
        kind,
        ordinal: None,
        name: text(key),
        of: None,
        date: when.map(|w| w.parse().unwrap()),
        places: Cow::Owned(vec![]),
        mode: None,
        status: Status::Completed,
        framing,
        documents: Cow::Owned(vec![]),
        source: src(key),
    })
    .unwrap()
}

pub fn committee(key: &str) -> Committee {
    Committee::new(CommitteeParts {
        id: id(key),
        of: None,
        kind: CommitteeKind::InternalSecurity,
        name: text(key),
        acronym: None,
        aliases: Cow::Owned(vec![]),
        established: None,
        status: Status::Active,
        source: src(key),
    })
    .unwrap()
}

pub fn programme(key: &str) -> Programme {
    Programme::new(ProgrammeParts {
        id: id(key),
        name: text(key),
        acronym: None,
        aliases: Cow::Owned(vec![]),
        kind: ProgrammeKind::Programme,
        launched: None,
        period: None,
        source: src(key),
    })
    .unwrap()
}

pub fn project(key: &str, programme: &str) -> Project {
    Project::new(ProjectParts {
        id: id(key),
        programme: id(programme),
        parent: None,
        kind: ProjectKind::Project,
        ordinal: None,
        name: text(key),
        acronym: None,
        aliases: Cow::Owned(vec![]),
        focus: None,
        launched: None,
        source: src(key),
    })
    .unwrap()
}

pub fn work_area(key: &str, of: Ref) -> WorkArea {
    WorkArea::new(WorkAreaParts { id: id(key), of, ordinal: None, name: text(key), source: src(key) }).unwrap()
}

pub fn part(key: &str, country: Country, written: &str, subject: Ref, role: Role, status: Status) -> Participation {
    Participation::new(ParticipationParts {
        id: id(key),
        party: Party::Country(country),
        subject,
        role,
        status,
        ordinal: None,
        as_written: text(written),
        period: None,
        source: src(key),
    })
    .unwrap()
}

pub fn task_force(key: &str, of: Ref, host: Country, status: Status) -> TaskForce {
    TaskForce::new(TaskForceParts {
        id: id(key),
        of,
        name: text("JAITF"),
        host: Some(host),
        location: None,
        status,
        as_written: None,
        source: src(key),
    })
    .unwrap()
}

pub fn list(
    key: &str,
    of: Ref,
    count: Option<(i64, Qualifier)>,
    completeness: Completeness,
    items: Vec<Ref>,
) -> StatedList {
    StatedList::new(StatedListParts {
        id: id(key),
        of,
        label: text(key),
        bloc: None,
        completeness,
        count: count.map(|(n, q)| Quantity::new(n.into(), Unit::Count, q).unwrap()),
        stated: count.map(|(n, q)| text(&Quantity::new(n.into(), Unit::Count, q).unwrap().to_string())),
        items: Cow::Owned(items),
        source: src(key),
    })
    .unwrap()
}

/// A `When` from its text form ("2021-06/2021-12", "2019-early", "2020-34" for Q2 2020).
pub fn when(s: &str) -> When {
    s.parse().unwrap()
}

/// A programme launched and running as stated (either may be absent).
pub fn dated_programme(key: &str, launched: Option<&str>, period: Option<&str>) -> Programme {
    Programme::new(ProgrammeParts {
        launched: launched.map(when),
        period: period.map(when),
        ..programme(key).into_parts()
    })
    .unwrap()
}

/// A project launched as stated.
pub fn dated_project(key: &str, programme: &str, launched: Option<&str>) -> Project {
    Project::new(ProjectParts { launched: launched.map(when), ..project(key, programme).into_parts() }).unwrap()
}

/// A phase of `of`, running as stated.
pub fn phase(key: &str, of: Ref, period: Option<&str>) -> Phase {
    Phase::new(PhaseParts {
        id: id(key),
        of,
        ordinal: None,
        name: text(key),
        period: period.map(when),
        status: Status::Ongoing,
        source: src(key),
    })
    .unwrap()
}

/// An event of `of`, of `kind`, dated as stated, presented as an activity.
pub fn event_of(key: &str, kind: EventKind, date: Option<&str>, of: Ref) -> Event {
    Event::new(EventParts { of: Some(of), ..event(key, kind, date, Framing::Activity).into_parts() }).unwrap()
}

/// A committee of `of`, established as stated.
pub fn committee_of(key: &str, of: Ref, established: Option<&str>) -> Committee {
    Committee::new(CommitteeParts {
        of: Some(of),
        kind: CommitteeKind::FollowUp,
        established: established.map(when),
        ..committee(key).into_parts()
    })
    .unwrap()
}

/// A relation `from` → `to` of `kind`.
pub fn relation(key: &str, from: Ref, kind: RelationKind, to: Ref) -> Relation {
    Relation::new(RelationParts { id: id(key), from, kind, to, status: None, period: None, source: src(key) }).unwrap()
}

/// A border area of `of` joining `countries`.
pub fn border_area(key: &str, of: Ref, countries: &[Country]) -> BorderArea {
    BorderArea::new(BorderAreaParts {
        id: id(key),
        of,
        name: text(key),
        countries: Cow::Owned(countries.to_vec()),
        as_written: text(key),
        source: src(key),
    })
    .unwrap()
}
