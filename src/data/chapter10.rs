//! Section III.D: Implementation of Chapter 10 (Citizen Security) of the EU-CELAC Action Plan:
//! the chapter and the action plan, what the chapter required, the three events held in 2017
//! to 2019 and their co-organisers, and the EU-CELAC Foreign Ministers' Meeting Declaration of
//! 16-17 July 2018. Everything here lies before the reporting period and is background.

use std::borrow::Cow::Borrowed as B;

use super::dsl::{city, count, country_part, day, id, noted, org_part, r, some, span, src, t};
use crate::Completeness::{Complete, Unlisted};
use crate::Country::{BZ, NL, PA};
use crate::DocumentAction::Adopted;
use crate::Qualifier::Exact;
use crate::RecordKind::{Document as DocRef, Event as EventRef, Programme as ProgrammeRef};
use crate::Role::{CoOrganiser, Coordinator};
use crate::Status::Completed;
use crate::data::Section2021_2022::Chapter10;
use crate::{
    Country, Document, DocumentKind, DocumentLink, Event, EventKind, Framing, List, Participation, Programme,
    ProgrammeKind, Ref, Relation, RelationKind, StatedList,
};

pub(super) const PROGRAMMES: List<Programme> = B(&[
    // "According to Chapter 10 (Citizen Security) of the EU-CELAC Action Plan, …"
    Programme {
        id: id("eu-celac-action-plan"),
        name: t("EU-CELAC Action Plan"),
        acronym: None,
        aliases: B(&[]),
        kind: ProgrammeKind::ActionPlan,
        launched: None,
        period: None,
        source: src(Chapter10, "Chapter 10 (Citizen Security) of the EU-CELAC Action Plan"),
    },
    Programme {
        id: id("chapter-10"),
        name: t("Chapter 10 (Citizen Security) of the EU-CELAC Action Plan"),
        acronym: None,
        aliases: B(&[t("Chapter 10"), t("Chapter 10 of the EU-CELAC Action Plan")]),
        kind: ProgrammeKind::ActionPlanChapter,
        launched: None,
        period: None,
        source: noted(
            Chapter10,
            "According to Chapter 10 (Citizen Security) of the EU-CELAC Action Plan, two inter-governmental seminars and a workshop were to be organised on citizen security.",
            "Fulfilled: “With the three events concluded, the requirements of Chapter 10 of the EU-CELAC Action \
             Plan were fulfilled.” (see the list chapter-10.events).",
        ),
    },
]);

pub(super) const RELATIONS: List<Relation> = B(&[
    Relation {
        id: id("rel.chapter-10.part-of.eu-celac-action-plan"),
        from: r(ProgrammeRef, "chapter-10"),
        kind: RelationKind::PartOf,
        to: r(ProgrammeRef, "eu-celac-action-plan"),
        status: None,
        period: None,
        source: src(Chapter10, "Chapter 10 (Citizen Security) of the EU-CELAC Action Plan"),
    },
    // "The EU-CELAC Foreign Ministers' Meeting Declaration (16-17 July 2018) called for …"
    Relation {
        id: id("rel.eu-celac-fmm-declaration-2018.related-to.chapter-10"),
        from: r(DocRef, "doc.eu-celac-foreign-ministers-declaration-2018"),
        kind: RelationKind::RelatedTo,
        to: r(ProgrammeRef, "chapter-10"),
        status: None,
        period: None,
        source: noted(
            Chapter10,
            "The EU-CELAC Foreign Ministers' Meeting Declaration (16-17 July 2018) called for the strengthening of the bi-regional dialogue on citizen security.",
            "Related, not part of: the report gives the Declaration, on citizen security, in its section on the \
             implementation of Chapter 10 (Citizen Security), and states no other link.",
        ),
    },
]);

pub(super) const EVENTS: List<Event> = B(&[
    // "The first two EU-CELAC seminars on citizen security were held on 27-28 September 2017 …"
    Event {
        id: id("chapter-10.seminar-1"),
        kind: EventKind::Seminar,
        ordinal: Some(1),
        name: t("EU-CELAC seminar on citizen security"),
        of: Some(r(ProgrammeRef, "chapter-10")),
        date: span(day(2017, 9, 27), day(2017, 9, 28)),
        places: B(&[city("The Hague", NL)]),
        mode: None,
        status: Completed,
        framing: Framing::Background,
        documents: B(&[]),
        source: noted(
            Chapter10,
            "The first two EU-CELAC seminars on citizen security were held on 27-28 September 2017 in The Hague, the Netherlands",
            "Ordinal 1: the first of “The first two EU-CELAC seminars”, in the report's order.",
        ),
    },
    Event {
        id: id("chapter-10.seminar-2"),
        kind: EventKind::Seminar,
        ordinal: Some(2),
        name: t("EU-CELAC seminar on citizen security"),
        of: Some(r(ProgrammeRef, "chapter-10")),
        date: span(day(2018, 1, 16), day(2018, 1, 17)),
        places: B(&[city("Panama City", PA)]),
        mode: None,
        status: Completed,
        framing: Framing::Background,
        documents: B(&[]),
        source: noted(
            Chapter10,
            "The first two EU-CELAC seminars on citizen security were held on 27-28 September 2017 in The Hague, the Netherlands and on 16-17 January 2018 in Panama City, Panama.",
            "Ordinal 2: the second of “The first two EU-CELAC seminars”, in the report's order.",
        ),
    },
    // The report calls it only "The third event". Two seminars and a workshop were planned and
    // the three events fulfilled the chapter, so it was presumably the workshop, but the report
    // does not say so: kind Meeting, the neutral kind (the model has no workshop kind).
    Event {
        id: id("chapter-10.event-3"),
        kind: EventKind::Meeting,
        ordinal: Some(3),
        name: t("third event"),
        of: Some(r(ProgrammeRef, "chapter-10")),
        date: span(day(2019, 1, 23), day(2019, 1, 24)),
        places: B(&[city("Belize City", BZ)]),
        mode: None,
        status: Completed,
        framing: Framing::Background,
        documents: B(&[]),
        source: noted(
            Chapter10,
            "The third event took place on 23-24 January 2019 in Belize City, Belize.",
            "The report calls it only “The third event”, after “The first two EU-CELAC seminars”. Chapter 10 \
             planned two seminars and a workshop, and “With the three events concluded” its requirements were \
             fulfilled, which suggests this was the workshop; the report does not say so, so the kind is the \
             neutral “meeting”.",
        ),
    },
    Event {
        id: id("eu-celac.foreign-ministers-meeting-2018"),
        kind: EventKind::MinisterialMeeting,
        ordinal: None,
        name: t("EU-CELAC Foreign Ministers' Meeting"),
        of: None,
        date: span(day(2018, 7, 16), day(2018, 7, 17)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Background,
        documents: B(&[DocumentLink::lit("doc.eu-celac-foreign-ministers-declaration-2018", Adopted)]),
        source: noted(
            Chapter10,
            "The EU-CELAC Foreign Ministers' Meeting Declaration (16-17 July 2018)",
            "The meeting is known from its Declaration's name; the dates in brackets are read as the meeting's, \
             and the Declaration, the meeting's own, as adopted by it. The report gives no place.",
        ),
    },
]);

pub(super) const DOCUMENTS: List<Document> = B(&[Document {
    id: id("doc.eu-celac-foreign-ministers-declaration-2018"),
    kind: DocumentKind::Declaration,
    title: t("EU-CELAC Foreign Ministers' Meeting Declaration"),
    number: None,
    date: span(day(2018, 7, 16), day(2018, 7, 17)),
    status: Completed,
    source: src(
        Chapter10,
        "The EU-CELAC Foreign Ministers' Meeting Declaration (16-17 July 2018) called for the strengthening of the bi-regional dialogue on citizen security.",
    ),
}]);

/// A co-organiser of one of the three events: "The events were co-organised by the EU (the
/// European Commission / INTPA and EEAS) and CELAC (Panama and Belize, in their capacity as
/// Chapter 10 Coordinators)."
const fn co_org(pid: &'static str, org: &'static str, as_written: &'static str, event: &'static str) -> Participation {
    org_part(
        pid,
        org,
        as_written,
        r(EventRef, event),
        CoOrganiser,
        Completed,
        src(
            Chapter10,
            "The events were co-organised by the EU (the European Commission / INTPA and EEAS) and CELAC (Panama and Belize, in their capacity as Chapter 10 Coordinators).",
        ),
    )
}

/// A country co-organising one of the three events for CELAC, as Chapter 10 Coordinator.
const fn co_country(
    pid: &'static str,
    country: Country,
    as_written: &'static str,
    event: &'static str,
) -> Participation {
    country_part(
        pid,
        country,
        as_written,
        r(EventRef, event),
        CoOrganiser,
        Completed,
        src(
            Chapter10,
            "The events were co-organised by the EU (the European Commission / INTPA and EEAS) and CELAC (Panama and Belize, in their capacity as Chapter 10 Coordinators).",
        ),
    )
}

// "The events were co-organised by the EU (the European Commission / INTPA and EEAS) and CELAC
// (Panama and Belize, …)": seven co-organisers for each of the three events. "the European
// Commission / INTPA" names the Commission and its Directorate-General INTPA; both are kept.
pub(super) const PARTICIPATIONS: List<Participation> = B(&[
    co_org("chapter-10.seminar-1.co-organiser.eu", "eu", "EU", "chapter-10.seminar-1"),
    co_org(
        "chapter-10.seminar-1.co-organiser.european-commission",
        "european-commission",
        "European Commission",
        "chapter-10.seminar-1",
    ),
    co_org("chapter-10.seminar-1.co-organiser.dg-intpa", "dg-intpa", "INTPA", "chapter-10.seminar-1"),
    co_org("chapter-10.seminar-1.co-organiser.eeas", "eeas", "EEAS", "chapter-10.seminar-1"),
    co_org("chapter-10.seminar-1.co-organiser.celac", "celac", "CELAC", "chapter-10.seminar-1"),
    co_country("chapter-10.seminar-1.co-organiser.pa", PA, "Panama", "chapter-10.seminar-1"),
    co_country("chapter-10.seminar-1.co-organiser.bz", BZ, "Belize", "chapter-10.seminar-1"),
    co_org("chapter-10.seminar-2.co-organiser.eu", "eu", "EU", "chapter-10.seminar-2"),
    co_org(
        "chapter-10.seminar-2.co-organiser.european-commission",
        "european-commission",
        "European Commission",
        "chapter-10.seminar-2",
    ),
    co_org("chapter-10.seminar-2.co-organiser.dg-intpa", "dg-intpa", "INTPA", "chapter-10.seminar-2"),
    co_org("chapter-10.seminar-2.co-organiser.eeas", "eeas", "EEAS", "chapter-10.seminar-2"),
    co_org("chapter-10.seminar-2.co-organiser.celac", "celac", "CELAC", "chapter-10.seminar-2"),
    co_country("chapter-10.seminar-2.co-organiser.pa", PA, "Panama", "chapter-10.seminar-2"),
    co_country("chapter-10.seminar-2.co-organiser.bz", BZ, "Belize", "chapter-10.seminar-2"),
    co_org("chapter-10.event-3.co-organiser.eu", "eu", "EU", "chapter-10.event-3"),
    co_org(
        "chapter-10.event-3.co-organiser.european-commission",
        "european-commission",
        "European Commission",
        "chapter-10.event-3",
    ),
    co_org("chapter-10.event-3.co-organiser.dg-intpa", "dg-intpa", "INTPA", "chapter-10.event-3"),
    co_org("chapter-10.event-3.co-organiser.eeas", "eeas", "EEAS", "chapter-10.event-3"),
    co_org("chapter-10.event-3.co-organiser.celac", "celac", "CELAC", "chapter-10.event-3"),
    co_country("chapter-10.event-3.co-organiser.pa", PA, "Panama", "chapter-10.event-3"),
    co_country("chapter-10.event-3.co-organiser.bz", BZ, "Belize", "chapter-10.event-3"),
    // "(Panama and Belize, in their capacity as Chapter 10 Coordinators)": a role held at the
    // time of the past events, hence Completed.
    country_part(
        "chapter-10.coordinator.pa",
        PA,
        "Panama",
        r(ProgrammeRef, "chapter-10"),
        Coordinator,
        Completed,
        noted(
            Chapter10,
            "CELAC (Panama and Belize, in their capacity as Chapter 10 Coordinators)",
            "Status completed: the report states the role as held when the events (2017 to 2019) were co-organised; \
             it says nothing of it since.",
        ),
    ),
    country_part(
        "chapter-10.coordinator.bz",
        BZ,
        "Belize",
        r(ProgrammeRef, "chapter-10"),
        Coordinator,
        Completed,
        noted(
            Chapter10,
            "CELAC (Panama and Belize, in their capacity as Chapter 10 Coordinators)",
            "Status completed: the report states the role as held when the events (2017 to 2019) were co-organised; \
             it says nothing of it since.",
        ),
    ),
]);

const THREE_EVENTS: &[Ref] =
    &[r(EventRef, "chapter-10.seminar-1"), r(EventRef, "chapter-10.seminar-2"), r(EventRef, "chapter-10.event-3")];

pub(super) const LISTS: List<StatedList> = B(&[
    // "According to Chapter 10 …, two inter-governmental seminars and a workshop were to be
    // organised": what was planned. Two counts ("two" seminars, "a" workshop), with no list;
    // the events held are in the lists that follow.
    StatedList {
        id: id("chapter-10.planned-seminars"),
        of: r(ProgrammeRef, "chapter-10"),
        label: t("two inter-governmental seminars … to be organised on citizen security"),
        bloc: None,
        completeness: Unlisted,
        count: Some(count(2, Exact)),
        stated: some("two"),
        items: B(&[]),
        source: noted(
            Chapter10,
            "two inter-governmental seminars and a workshop were to be organised on citizen security",
            "What Chapter 10 required, not what was held: the report then lists “The first two EU-CELAC \
             seminars” and “The third event” (lists chapter-10.seminars-held and chapter-10.events).",
        ),
    },
    StatedList {
        id: id("chapter-10.planned-workshop"),
        of: r(ProgrammeRef, "chapter-10"),
        label: t("a workshop … to be organised on citizen security"),
        bloc: None,
        completeness: Unlisted,
        count: Some(count(1, Exact)),
        stated: some("a"),
        items: B(&[]),
        source: noted(
            Chapter10,
            "two inter-governmental seminars and a workshop were to be organised on citizen security",
            "“a workshop”: a count of one. The report never says which event was the workshop; it calls the \
             third only “The third event”.",
        ),
    },
    // "The first two EU-CELAC seminars on citizen security were held …"
    StatedList {
        id: id("chapter-10.seminars-held"),
        of: r(ProgrammeRef, "chapter-10"),
        label: t("two EU-CELAC seminars on citizen security"),
        bloc: None,
        completeness: Complete,
        count: Some(count(2, Exact)),
        stated: some("two"),
        items: B(&[r(EventRef, "chapter-10.seminar-1"), r(EventRef, "chapter-10.seminar-2")]),
        source: src(
            Chapter10,
            "The first two EU-CELAC seminars on citizen security were held on 27-28 September 2017 in The Hague, the Netherlands and on 16-17 January 2018 in Panama City, Panama.",
        ),
    },
    // "With the three events concluded, the requirements of Chapter 10 … were fulfilled."
    StatedList {
        id: id("chapter-10.events"),
        of: r(ProgrammeRef, "chapter-10"),
        label: t("three events"),
        bloc: None,
        completeness: Complete,
        count: Some(count(3, Exact)),
        stated: some("three"),
        items: B(THREE_EVENTS),
        source: noted(
            Chapter10,
            "With the three events concluded, the requirements of Chapter 10 of the EU-CELAC Action Plan were fulfilled.",
            "The three events are the two seminars and “The third event” of the sentences before; with them the \
             requirements of Chapter 10 were fulfilled (a Programme has no status field to carry this).",
        ),
    },
]);

/// What this part of the report says in words (aims, focus, mandates, purposes, topics…): one statement per
/// question answered, its text an excerpt of the quote, its `about` the records the words name.
pub(super) const STATEMENTS: crate::List<crate::Statement> = statements::STATEMENTS;

/// The statements, in a module of their own so that their imports stay apart from the records'.
mod statements {
    use std::borrow::Cow::Borrowed as B;

    use crate::RecordKind as K;
    use crate::StatementKind::{Aim, Mandate, Progress};
    use crate::data::Section2021_2022::Chapter10;
    use crate::data::dsl::{id, r, src, t};
    use crate::{List, Statement};

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("chapter-10.requirement"),
            of: r(K::Programme, "chapter-10"),
            kind: Mandate,
            text: t("two inter-governmental seminars and a workshop were to be organised on citizen security"),
            about: B(&[]),
            source: src(
                Chapter10,
                "According to Chapter 10 (Citizen Security) of the EU-CELAC Action Plan, two inter-governmental seminars and a workshop were to be organised on citizen security.",
            ),
        },
        Statement {
            id: id("chapter-10.fulfilled"),
            of: r(K::Programme, "chapter-10"),
            kind: Progress,
            text: t(
                "With the three events concluded, the requirements of Chapter 10 of the EU-CELAC Action Plan were fulfilled",
            ),
            about: B(&[
                r(K::Event, "chapter-10.seminar-1"),
                r(K::Event, "chapter-10.seminar-2"),
                r(K::Event, "chapter-10.event-3"),
                r(K::Programme, "eu-celac-action-plan"),
            ]),
            source: src(
                Chapter10,
                "With the three events concluded, the requirements of Chapter 10 of the EU-CELAC Action Plan were fulfilled.",
            ),
        },
        Statement {
            id: id("doc.eu-celac-foreign-ministers-declaration-2018.call"),
            of: r(K::Document, "doc.eu-celac-foreign-ministers-declaration-2018"),
            kind: Aim,
            text: t("the strengthening of the bi-regional dialogue on citizen security"),
            about: B(&[]),
            source: src(
                Chapter10,
                "The EU-CELAC Foreign Ministers' Meeting Declaration (16-17 July 2018) called for the strengthening of the bi-regional dialogue on citizen security.",
            ),
        },
    ]);
}
