//! Section II: COPOLAD, the Cooperation Programme on drugs policies between Latin America,
//! the Caribbean, and the European Union — the programme, its three phases (footnotes 5 and 6
//! for the first two), COPOLAD III's budget, consortium, approach, inception and
//! implementation (working groups, task forces, the Kick-off Meeting, the CND side-event,
//! missions), and its contribution to the tasks of the Mechanism.

use std::borrow::Cow::Borrowed as B;

use super::dsl::{
    body_part, count, country_part, day, eur, for_months, id, inferred, month, noted, on, org_part, r, since, some,
    span, src, t, year,
};
use crate::Country::{AR, DE, EC, ES, PE, PY, UY};
use crate::DocumentAction::{Approved, Began};
use crate::RecordKind::{
    Committee as CommitteeRef, Document as DocRef, Event as EventRef, Organisation as OrganisationRef,
    Participation as ParticipationRef, Phase as PhaseRef, Programme as ProgrammeRef, Project as ProjectRef,
    Relation as RelationRef, WorkArea as WorkAreaRef, WorkingGroup as WorkingGroupRef,
};
use crate::Role::{CoOrganiser, Funder, Lead, Manager, Participant, Supporter};
use crate::Status::{Active, Completed, Ongoing, Planned, UnderEstablishment};
use crate::data::Section2021_2022::{
    Copolad, CopoladContribution, CopoladIii, CopoladImplementation, CopoladInception, Footnote5, Footnote6,
};
use crate::{
    Bloc, Budget, BudgetKind, Committee, CommitteeKind, Completeness, Document, DocumentKind, DocumentLink, Event,
    EventKind, Framing, List, Mode, Network, Outcome, OutcomeKind, Participation, Phase, Programme, ProgrammeKind,
    Qualifier, Relation, RelationKind, StatedList, TaskForce, WorkArea, WorkingGroup,
};

/// The reading note shared by the working groups: their launch date stands in the sentence
/// that introduces the list, not in each item.
const WG_LAUNCHED: &str = "Launch date from the sentence introducing the list: \"COPOLAD III has launched several \
     Working Groups in the first months of 2022, such as:\". \"The first months of 2022\" are read as January to May \
     2022: the report, which covers the period to 31 May 2022, gives the launches as done (\"has launched\"), so none \
     falls later; the year's later months are not \"first months\".";

/// When the working groups were launched: "in the first months of 2022", read as January to May
/// 2022 (see [`WG_LAUNCHED`]).
const FIRST_MONTHS_OF_2022: Option<crate::When> = span(month(2022, 1), month(2022, 5));

// ---- "COPOLAD is the only EU-funded programme covering the entire CELAC region…" ----

pub(super) const PROGRAMMES: List<Programme> = B(&[Programme {
    id: id("copolad"),
    name: t("Cooperation Programme on drugs policies between Latin America, the Caribbean, and the European Union"),
    acronym: some("COPOLAD"),
    aliases: B(&[]),
    kind: ProgrammeKind::Programme,
    launched: None,
    period: None,
    source: src(
        Copolad,
        "Cooperation Programme on drugs policies between Latin America, the Caribbean, and the European Union** COPOLAD is the only EU-funded programme",
    ),
}]);

// ---- "The third phase of COPOLAD started in February 2021…", footnotes 5 and 6, and the
// ---- headings "Inception phase (June - December 2021)" and "Implementation (January 2022 - ongoing)" ----

pub(super) const PHASES: List<Phase> = B(&[
    // Footnote 5 dates "an initial phase of the programme" 2011 to 2015; footnote 6 names it
    // COPOLAD I and says it ended in June 2015. Both are read as the same phase.
    Phase {
        id: id("copolad.i"),
        of: r(ProgrammeRef, "copolad"),
        ordinal: Some(1),
        name: t("COPOLAD I"),
        period: span(year(2011), month(2015, 6)),
        status: Completed,
        source: noted(
            Footnote6,
            "The first phase (COPOLAD I), also managed by FIIAP, ended in June 2015.",
            "Start year 2011 from footnote 5 (\"An initial phase of the programme (2011 to 2015)\"); end month June \
             2015 from this footnote, which makes footnote 5's end year precise. Footnote 5's \"initial phase\" and \
             footnote 6's \"first phase (COPOLAD I)\" are read as the same phase.",
        ),
    },
    Phase {
        id: id("copolad.ii"),
        of: r(ProgrammeRef, "copolad"),
        ordinal: Some(2),
        name: t("COPOLAD II"),
        period: span(year(2016), year(2019)),
        status: Completed,
        source: src(
            Footnote6,
            "COPOLAD II (2016-2019) was a regional cooperation programme funded by the European Union",
        ),
    },
    Phase {
        id: id("copolad.iii"),
        of: r(ProgrammeRef, "copolad"),
        ordinal: Some(3),
        name: t("COPOLAD III"),
        period: for_months(month(2021, 2), 48),
        status: Ongoing,
        source: src(
            CopoladIii,
            "COPOLAD III** The third phase of COPOLAD started in February 2021 for a period of 48 months",
        ),
    },
    Phase {
        id: id("copolad.iii.inception"),
        of: r(PhaseRef, "copolad.iii"),
        ordinal: None,
        name: t("Inception phase"),
        period: span(month(2021, 6), month(2021, 12)),
        status: Completed,
        source: src(CopoladInception, "Inception phase (June - December 2021)"),
    },
    Phase {
        id: id("copolad.iii.implementation"),
        of: r(PhaseRef, "copolad.iii"),
        ordinal: None,
        name: t("Implementation"),
        period: since(month(2022, 1)),
        status: Ongoing,
        source: src(CopoladImplementation, "Implementation (January 2022 - ongoing)"),
    },
]);

pub(super) const BUDGETS: List<Budget> = B(&[
    Budget {
        id: id("copolad.iii.budget"),
        of: r(PhaseRef, "copolad.iii"),
        kind: BudgetKind::Budget,
        amount: eur(15_000_000),
        qualifier: Qualifier::Exact,
        stated: t("EUR 15 million"),
        period: for_months(month(2021, 2), 48),
        source: src(
            CopoladIii,
            "The third phase of COPOLAD started in February 2021 for a period of 48 months and with a budget of EUR 15 million.",
        ),
    },
    Budget {
        id: id("copolad.ii.budget"),
        of: r(PhaseRef, "copolad.ii"),
        kind: BudgetKind::TotalBudget,
        amount: eur(10_000_000),
        qualifier: Qualifier::Exact,
        stated: t("EUR 10 000 000"),
        period: span(year(2016), year(2019)),
        source: src(
            Footnote6,
            "COPOLAD II (2016-2019) was a regional cooperation programme funded by the European Union, with a total budget of EUR 10 000 000",
        ),
    },
]);

// ---- Work areas: the approach COPOLAD III "relies on", its regional and national levels,
// ---- and its gender priority ----

pub(super) const WORK_AREAS: List<WorkArea> = B(&[
    // "The third phase of the programme relies on:" — three bullets, not numbered.
    WorkArea {
        id: id("copolad.iii.approach.results-oriented-methodology"),
        of: r(PhaseRef, "copolad.iii"),
        ordinal: None,
        name: t("A results-oriented methodology based on the demands and needs of participating countries"),
        source: src(
            CopoladIii,
            "A results-oriented methodology based on the demands and needs of participating countries;",
        ),
    },
    WorkArea {
        id: id("copolad.iii.approach.team-europe-spirit"),
        of: r(PhaseRef, "copolad.iii"),
        ordinal: None,
        name: t("Team Europe Spirit"),
        source: src(
            CopoladIii,
            "A ‘Team Europe Spirit’, which fosters coordination, complementarity and synergies between EU Member States, institutions and agencies (EMCDDA, EUROPOL, GIZ) and related programmes (EL PAcCTO, EUROFRONT, CRIMJUST, etc.) in CELAC countries in the region;",
        ),
    },
    WorkArea {
        id: id("copolad.iii.approach.strengthened-strategy"),
        of: r(PhaseRef, "copolad.iii"),
        ordinal: None,
        name: t(
            "A strengthened strategy to reduce the supply of and demand for illegal drugs in both regions by building strong partnerships in the region",
        ),
        source: src(
            CopoladIii,
            "A strengthened strategy to reduce the supply of and demand for illegal drugs in both regions by building strong partnerships in the region, based on mobilising European, Latin American and Caribbean public expertise in bilateral, triangular and South-South cooperation schemes.",
        ),
    },
    // "At **regional level**, the programme operates through the creation of Working Groups…"
    WorkArea {
        id: id("copolad.iii.regional-level"),
        of: r(PhaseRef, "copolad.iii"),
        ordinal: None,
        name: t("regional level"),
        source: src(
            CopoladIii,
            "At **regional level**, the programme operates through the creation of Working Groups (WG) bringing together countries with similar interests, while promoting **south-south or triangular cooperation**.",
        ),
    },
    // "At **national level**, specific technical assistance will be offered through roadmaps…"
    WorkArea {
        id: id("copolad.iii.national-level"),
        of: r(PhaseRef, "copolad.iii"),
        ordinal: None,
        name: t("national level"),
        source: src(
            CopoladIii,
            "At **national level**, specific technical assistance will be offered through roadmaps based on the needs identified by participating countries and their national authorities.",
        ),
    },
    // "The integration of a gender equality perspective is a priority for COPOLAD III."
    WorkArea {
        id: id("copolad.iii.gender-equality"),
        of: r(PhaseRef, "copolad.iii"),
        ordinal: None,
        name: t("integration of a gender equality perspective"),
        source: src(
            CopoladIii,
            "The integration of a gender equality perspective is a priority for COPOLAD III. The specific needs of women and girls are being mainstreamed by the programme, and attention will be paid to reducing gender inequality by adopting tailored-made approaches for each component.",
        ),
    },
]);

// ---- "COPOLAD III has launched several Working Groups in the first months of 2022, such as:" ----

pub(super) const WORKING_GROUPS: List<WorkingGroup> = B(&[
    WorkingGroup {
        id: id("copolad.iii.wg.women-treatment"),
        of: r(PhaseRef, "copolad.iii"),
        name: t(
            "Adaptation and access to addiction treatment and care services for women and the vulnerable population",
        ),
        status: Active,
        launched: FIRST_MONTHS_OF_2022,
        source: noted(
            CopoladImplementation,
            "Adaptation and access to addiction treatment and care services for women and the vulnerable population, led by Uruguay;",
            WG_LAUNCHED,
        ),
    },
    WorkingGroup {
        id: id("copolad.iii.wg.precursors"),
        of: r(PhaseRef, "copolad.iii"),
        name: t("Precursors"),
        status: Active,
        launched: FIRST_MONTHS_OF_2022,
        source: noted(CopoladImplementation, "Precursors, led by Ecuador;", WG_LAUNCHED),
    },
    // Listed among the groups launched, though its leadership is still to come ("will be led").
    WorkingGroup {
        id: id("copolad.iii.wg.rights-sustainable-development"),
        of: r(PhaseRef, "copolad.iii"),
        name: t("Rights and Sustainable Development"),
        status: Active,
        launched: FIRST_MONTHS_OF_2022,
        source: noted(
            CopoladImplementation,
            "Rights and Sustainable Development, which will be led by Peru and Argentina;",
            "Listed among the Working Groups launched in the first months of 2022 (read as January to May 2022, as for \
             the other groups), so recorded as active; only its leadership is future (\"will be led\").",
        ),
    },
    WorkingGroup {
        id: id("copolad.iii.wg.alternative-development"),
        of: r(PhaseRef, "copolad.iii"),
        name: t("Comprehensive and Sustainable Alternative Development"),
        status: Active,
        launched: FIRST_MONTHS_OF_2022,
        source: noted(
            CopoladImplementation,
            "Comprehensive and Sustainable Alternative Development, led by Germany;",
            WG_LAUNCHED,
        ),
    },
    WorkingGroup {
        id: id("copolad.iii.wg.international-cooperation"),
        of: r(PhaseRef, "copolad.iii"),
        name: t(
            "International Cooperation, both in drug trafficking investigations and in money laundering investigations",
        ),
        status: Active,
        launched: FIRST_MONTHS_OF_2022,
        source: noted(
            CopoladImplementation,
            "International Cooperation, both in drug trafficking investigations and in money laundering investigations, led by Peru and Ecuador.",
            WG_LAUNCHED,
        ),
    },
]);

// ---- "Work is ongoing to complete the hiring of Task Forces and technical assistance…" ----

// The report speaks of COPOLAD's Task Forces as a whole, never one by one: one record stands
// for them all.
pub(super) const TASK_FORCES: List<TaskForce> = B(&[TaskForce {
    id: id("copolad.iii.task-forces"),
    of: r(PhaseRef, "copolad.iii"),
    name: t("Task Forces"),
    host: None,
    location: None,
    status: UnderEstablishment,
    as_written: None,
    source: noted(
        CopoladImplementation,
        "Work is ongoing to complete the hiring of Task Forces and technical assistance",
        "The report names no single task force: this record stands for COPOLAD III's Task Forces as a whole, \
         whose expertise \"will ensure the necessary support for implementing action plans and specific technical \
         assistance\" at regional level (section COPOLAD III).",
    ),
}]);

// ---- "National and thematic Focal Points were identified in LAC partner countries…" ----

pub(super) const NETWORKS: List<Network> = B(&[Network {
    id: id("copolad.iii.focal-points"),
    of: Some(r(PhaseRef, "copolad.iii.inception")),
    name: t("National and thematic Focal Points"),
    acronym: None,
    theme: None,
    status: Active,
    period: None,
    source: noted(
        CopoladInception,
        "National and thematic Focal Points were identified in LAC partner countries and direct relations were established.",
        "Recorded as a network of focal points identified during the inception phase; the report names neither the \
         focal points nor their countries.",
    ),
}]);

// ---- "…the inception report which was approved by the Steering Committee in December." ----

pub(super) const COMMITTEES: List<Committee> = B(&[Committee {
    id: id("copolad.steering-committee"),
    of: Some(r(ProgrammeRef, "copolad")),
    kind: CommitteeKind::Steering,
    name: t("Steering Committee"),
    acronym: None,
    aliases: B(&[]),
    established: None,
    status: Active,
    source: src(CopoladInception, "the inception report which was approved by the Steering Committee in December"),
}]);

pub(super) const EVENTS: List<Event> = B(&[
    // "Significant efforts were allocated to establish dialogue and coordination frameworks …"
    // states an effort, not a meeting held: it is a statement of the inception phase's activity.
    // ---- "Specifically, within this period, the first months were dedicated to take contacts…" ----
    // The report calls them contacts, not meetings: an activity.
    Event {
        id: id("copolad.iii.inception.contacts"),
        kind: EventKind::Activity,
        ordinal: None,
        name: t("contacts with LAC countries and other relevant stakeholders"),
        of: Some(r(PhaseRef, "copolad.iii.inception")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: src(
            CopoladInception,
            "the first months were dedicated to take contacts with LAC countries and other relevant stakeholders",
        ),
    },
    Event {
        id: id("copolad.iii.inception.information-sessions"),
        kind: EventKind::InformationSession,
        ordinal: None,
        name: t("Specific online information sessions"),
        of: Some(r(PhaseRef, "copolad.iii.inception")),
        date: None,
        places: B(&[]),
        mode: Some(Mode::Virtual),
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: src(
            CopoladInception,
            "Specific online information sessions were then conducted to exchange on the methodology and the different steps proposed.",
        ),
    },
    // ---- "The following period focused on needs assessment and the systematisation of its results." ----
    Event {
        id: id("copolad.iii.inception.needs-assessment"),
        kind: EventKind::Assessment,
        ordinal: None,
        name: t("needs assessment and the systematisation of its results"),
        of: Some(r(PhaseRef, "copolad.iii.inception")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: src(
            CopoladInception,
            "The following period focused on needs assessment and the systematisation of its results.",
        ),
    },
    Event {
        id: id("copolad.iii.inception.survey"),
        kind: EventKind::Assessment,
        ordinal: None,
        name: t("survey aiming at finding out national and regional priorities"),
        of: Some(r(PhaseRef, "copolad.iii.inception")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: src(
            CopoladInception,
            "A survey aiming at finding out national and regional priorities was shared with partner countries, with high levels of participation.",
        ),
    },
    // A helpdesk is a service offered, not a session: an activity.
    Event {
        id: id("copolad.iii.inception.helpdesk"),
        kind: EventKind::Activity,
        ordinal: None,
        name: t("permanent helpdesk"),
        of: Some(r(PhaseRef, "copolad.iii.inception")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            CopoladInception,
            "During this process, COPOLAD offered a permanent helpdesk and informative subregional sessions to further ensure the participation of partner countries to the process and strengthen coordination.",
            "A permanent helpdesk is a standing service rather than a meeting or session: it is recorded as an \
             activity (a service offered) during the needs-assessment process of the inception phase.",
        ),
    },
    Event {
        id: id("copolad.iii.inception.subregional-sessions"),
        kind: EventKind::InformationSession,
        ordinal: None,
        name: t("informative subregional sessions"),
        of: Some(r(PhaseRef, "copolad.iii.inception")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: src(
            CopoladInception,
            "During this process, COPOLAD offered a permanent helpdesk and informative subregional sessions to further ensure the participation of partner countries to the process and strengthen coordination.",
        ),
    },
    // "in December": the year is left out; 2021 is inferred from the heading.
    Event {
        id: id("copolad.steering-committee.inception-report-approval"),
        kind: EventKind::Approval,
        ordinal: None,
        name: t("approval of the inception report by the Steering Committee"),
        of: Some(r(CommitteeRef, "copolad.steering-committee")),
        date: on(inferred(month(2021, 12))),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.copolad-inception-report", Approved)]),
        source: noted(
            CopoladInception,
            "The priority lines of work identified were then integrated into the inception report which was approved by the Steering Committee in December.",
            "The text says \"in December\" without a year; 2021 is inferred from the heading \"Inception phase (June \
             - December 2021)\". The report does not say the approval was given at a meeting: it is recorded as \
             the Steering Committee's act of approval, not as a meeting.",
        ),
    },
    // ---- "The COPOLAD Kick-off Meeting took place virtually on 15 February 2022…" ----
    Event {
        id: id("copolad.kick-off"),
        kind: EventKind::KickOff,
        ordinal: None,
        name: t("COPOLAD Kick-off Meeting"),
        of: Some(r(PhaseRef, "copolad.iii.implementation")),
        date: on(day(2022, 2, 15)),
        places: B(&[]),
        mode: Some(Mode::Virtual),
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: src(
            CopoladImplementation,
            "The COPOLAD Kick-off Meeting took place virtually on 15 February 2022 with the purpose to analyse the drug-related developments in the EU and LAC regions.",
        ),
    },
    // ---- "COPOLAD also took part in the Commission on Narcotic Drugs through a side-event…" ----
    // The report gives no date and no session of the CND for the side-event: none is recorded.
    // COPOLAD took part in it; Spain organised it: it is not filed under COPOLAD.
    Event {
        id: id("copolad.cnd-side-event"),
        kind: EventKind::SideEvent,
        ordinal: None,
        name: t(
            "Leaving no one behind: The EU’s right based and development-oriented approach to drugs policies in cooperation initiatives in Central Asia, Latin America and the Caribbean",
        ),
        of: None,
        date: None,
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            CopoladImplementation,
            "COPOLAD also took part in the Commission on Narcotic Drugs through a side-event on “Leaving no one behind: The EU’s right based and development-oriented approach to drugs policies in cooperation initiatives in Central Asia, Latin America and the Caribbean”",
            "COPOLAD \"took part\" in the side-event, which was \"jointly organised by Spain with the support of \
             Germany, Paraguay and the European Union\": the report does not make it COPOLAD's own event, so it is \
             filed under no programme (it is part of the Commission on Narcotic Drugs) and COPOLAD is recorded as a \
             participant in it.",
        ),
    },
    // "from March onwards": the year is left out; 2022 is inferred.
    Event {
        id: id("copolad.missions"),
        kind: EventKind::Mission,
        ordinal: None,
        name: t("Missions"),
        of: Some(r(PhaseRef, "copolad.iii.implementation")),
        date: since(inferred(month(2022, 3))),
        places: B(&[]),
        mode: Some(Mode::InPerson),
        status: Ongoing,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            CopoladImplementation,
            "Missions and regional face-to-face meetings are also taking place from March onwards in several partner countries.",
            "\"from March onwards\" gives no year; 2022 is inferred from the heading \"Implementation (January 2022 - \
             ongoing)\" and the paragraph's present tense. Held in person: \"The lifting of some mobility \
             restrictions is making it possible to resume direct interactions in the form of missions.\" The \
             \"several partner countries\" are not named.",
        ),
    },
    Event {
        id: id("copolad.face-to-face-meetings"),
        kind: EventKind::Meeting,
        ordinal: None,
        name: t("regional face-to-face meetings"),
        of: Some(r(PhaseRef, "copolad.iii.implementation")),
        date: since(inferred(month(2022, 3))),
        places: B(&[]),
        mode: Some(Mode::InPerson),
        status: Ongoing,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            CopoladImplementation,
            "Missions and regional face-to-face meetings are also taking place from March onwards in several partner countries.",
            "\"from March onwards\" gives no year; 2022 is inferred from the heading \"Implementation (January 2022 - \
             ongoing)\" and the paragraph's present tense. The \"several partner countries\" are not named.",
        ),
    },
    // ---- "Meetings and regular exchanges were held with the LAC co-presidency of the Mechanism…" ----
    Event {
        id: id("copolad.lac-exchanges"),
        kind: EventKind::Meeting,
        ordinal: None,
        name: t(
            "Meetings and regular exchanges with the LAC co-presidency of the Mechanism and LAC diplomatic missions in Brussels",
        ),
        of: Some(r(ProgrammeRef, "copolad")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            CopoladContribution,
            "Meetings and regular exchanges were held with the LAC co-presidency of the Mechanism and LAC diplomatic missions in Brussels, with the aim of sharing inputs and identifying proposals and ideas and of exploring further modalities of collaboration.",
            "The report does not name the LAC co-presidency (no country is recorded for it) nor the diplomatic \
             missions; \"in Brussels\" places the missions, not necessarily the meetings, so no place is recorded.",
        ),
    },
    // ---- "An updating of the study on women and drug related policies is also taking place…" ----
    Event {
        id: id("copolad.study-women-drug-policies.updating"),
        kind: EventKind::Activity,
        ordinal: None,
        name: t("updating of the study on women and drug related policies"),
        of: Some(r(ProgrammeRef, "copolad")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Ongoing,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.copolad-study-women-drug-policies", Began)]),
        source: noted(
            CopoladContribution,
            "An updating of the study on women and drug related policies is also taking place to take into account the impact of COVID-19 and the related policy evolutions.",
            "The updating is COPOLAD's work on a new edition of the study (the document link \"began\"): it is \
             taking place, so ongoing; the report does not date its start. Reported among COPOLAD's contributions to \
             the tasks of the Mechanism, it is recorded under the programme.",
        ),
    },
]);

pub(super) const DOCUMENTS: List<Document> = B(&[
    Document {
        id: id("doc.copolad-inception-report"),
        kind: DocumentKind::Report,
        title: t("inception report"),
        number: None,
        date: None,
        status: Completed,
        source: src(
            CopoladInception,
            "The priority lines of work identified were then integrated into the inception report which was approved by the Steering Committee in December.",
        ),
    },
    // ---- "An updating of the study on women and drug related policies is also taking place…" ----
    Document {
        id: id("doc.copolad-study-women-drug-policies"),
        kind: DocumentKind::Study,
        title: t("study on women and drug related policies"),
        number: None,
        date: None,
        status: Active,
        source: noted(
            CopoladContribution,
            "An updating of the study on women and drug related policies is also taking place",
            "An updating presupposes the study: it exists, so active, and predates the reporting period's work on \
             it. Its updating, which is taking place (ongoing), is the event \
             copolad.study-women-drug-policies.updating, and what the updating is for is said of that event.",
        ),
    },
]);

pub(super) const OUTCOMES: List<Outcome> = B(&[
    Outcome {
        id: id("copolad.kick-off.attendance"),
        of: r(EventRef, "copolad.kick-off"),
        credit: crate::Credit::Own,
        kind: OutcomeKind::Attendance,
        description: t("high participation, with over 200 stakeholders present"),
        quantity: Some(count(200, Qualifier::Over)),
        stated: some("over 200"),
        period: None,
        place: None,
        source: src(
            CopoladImplementation,
            "The meeting counted with high participation, with over 200 stakeholders present.",
        ),
    },
    Outcome {
        id: id("copolad.iii.inception.survey.participation"),
        of: r(EventRef, "copolad.iii.inception.survey"),
        credit: crate::Credit::Own,
        kind: OutcomeKind::Attendance,
        description: t("high levels of participation"),
        quantity: None,
        stated: None,
        period: None,
        place: None,
        source: src(
            CopoladInception,
            "A survey aiming at finding out national and regional priorities was shared with partner countries, with high levels of participation.",
        ),
    },
]);

/// COPOLAD's part in the Technical Committee meetings.
const TC_PARTICIPATION: &str = "COPOLAD continued to participate in the Technical Committee meetings of the Mechanism, providing an update on progress made.";
/// Which meetings "the Technical Committee meetings" are.
const TC_MEETINGS: &str = "\"The Technical Committee meetings of the Mechanism\" are read as the two meetings section I \
     reports for the period (26 October 2021 and 4 May 2022): the programme took part in each, providing an update.";

pub(super) const PARTICIPATIONS: List<Participation> = B(&[
    // ---- "COPOLAD is the only EU-funded programme…" ----
    org_part(
        "copolad.funder.eu",
        "eu",
        "EU",
        r(ProgrammeRef, "copolad"),
        Funder,
        Active,
        src(Copolad, "COPOLAD is the only EU-funded programme covering the entire CELAC region"),
    ),
    // ---- "COPOLAD III is managed by a consortium formed by … FIIAPP and … IILA, with the
    // ---- participation of … EMCDDA and … GIZ" ----
    org_part(
        "copolad.iii.manager.fiiapp",
        "fiiapp",
        "International Ibero-American Foundation for Public Policies and Administrations, Spanish Cooperation",
        r(PhaseRef, "copolad.iii"),
        Manager,
        Active,
        noted(
            CopoladIii,
            "COPOLAD III is managed by a consortium formed by the International Ibero-American Foundation for Public Policies and Administrations, Spanish Cooperation (FIIAPP)",
            "“managed by a consortium formed by”: each member of the managing consortium is recorded as a manager, as FIIAPP is for COPOLAD II (“managed by”), so that both phases answer “who manages?” alike.",
        ),
    ),
    org_part(
        "copolad.iii.manager.iila",
        "iila",
        "Italian-Latin American International Organization",
        r(PhaseRef, "copolad.iii"),
        Manager,
        Active,
        noted(
            CopoladIii,
            "COPOLAD III is managed by a consortium formed by the International Ibero-American Foundation for Public Policies and Administrations, Spanish Cooperation (FIIAPP) and the Italian-Latin American International Organization (IILA)",
            "“managed by a consortium formed by”: each member of the managing consortium is recorded as a manager, as FIIAPP is for COPOLAD II (“managed by”), so that both phases answer “who manages?” alike.",
        ),
    ),
    org_part(
        "copolad.iii.participant.emcdda",
        "emcdda",
        "European Monitoring Centre for Drugs and Drug Addiction",
        r(PhaseRef, "copolad.iii"),
        Participant,
        Active,
        src(
            CopoladIii,
            "with the participation of the European Monitoring Centre for Drugs and Drug Addiction (EMCDDA)",
        ),
    ),
    org_part(
        "copolad.iii.participant.giz",
        "giz",
        "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH",
        r(PhaseRef, "copolad.iii"),
        Participant,
        Active,
        src(
            CopoladIii,
            "with the participation of the European Monitoring Centre for Drugs and Drug Addiction (EMCDDA) and the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH",
        ),
    ),
    // ---- "A ‘Team Europe Spirit’, which fosters coordination … between EU Member States,
    // ---- institutions and agencies (EMCDDA, EUROPOL, GIZ)…": the spirit the phase relies on,
    // ---- not a partnership; the agencies are linked from the statement of what it fosters. ----
    // ---- The working groups' leaders ----
    country_part(
        "copolad.iii.wg.women-treatment.lead.uy",
        UY,
        "Uruguay",
        r(WorkingGroupRef, "copolad.iii.wg.women-treatment"),
        Lead,
        Active,
        src(
            CopoladImplementation,
            "Adaptation and access to addiction treatment and care services for women and the vulnerable population, led by Uruguay;",
        ),
    ),
    country_part(
        "copolad.iii.wg.precursors.lead.ec",
        EC,
        "Ecuador",
        r(WorkingGroupRef, "copolad.iii.wg.precursors"),
        Lead,
        Active,
        src(CopoladImplementation, "Precursors, led by Ecuador;"),
    ),
    country_part(
        "copolad.iii.wg.rights-sustainable-development.lead.pe",
        PE,
        "Peru",
        r(WorkingGroupRef, "copolad.iii.wg.rights-sustainable-development"),
        Lead,
        Planned,
        src(CopoladImplementation, "Rights and Sustainable Development, which will be led by Peru and Argentina;"),
    ),
    country_part(
        "copolad.iii.wg.rights-sustainable-development.lead.ar",
        AR,
        "Argentina",
        r(WorkingGroupRef, "copolad.iii.wg.rights-sustainable-development"),
        Lead,
        Planned,
        src(CopoladImplementation, "Rights and Sustainable Development, which will be led by Peru and Argentina;"),
    ),
    country_part(
        "copolad.iii.wg.alternative-development.lead.de",
        DE,
        "Germany",
        r(WorkingGroupRef, "copolad.iii.wg.alternative-development"),
        Lead,
        Active,
        src(CopoladImplementation, "Comprehensive and Sustainable Alternative Development, led by Germany;"),
    ),
    country_part(
        "copolad.iii.wg.international-cooperation.lead.pe",
        PE,
        "Peru",
        r(WorkingGroupRef, "copolad.iii.wg.international-cooperation"),
        Lead,
        Active,
        src(
            CopoladImplementation,
            "International Cooperation, both in drug trafficking investigations and in money laundering investigations, led by Peru and Ecuador.",
        ),
    ),
    country_part(
        "copolad.iii.wg.international-cooperation.lead.ec",
        EC,
        "Ecuador",
        r(WorkingGroupRef, "copolad.iii.wg.international-cooperation"),
        Lead,
        Active,
        src(
            CopoladImplementation,
            "International Cooperation, both in drug trafficking investigations and in money laundering investigations, led by Peru and Ecuador.",
        ),
    ),
    // ---- The CND side-event: "COPOLAD also took part in the Commission on Narcotic Drugs through
    // ---- a side-event …, jointly organised by Spain with the support of Germany, Paraguay and the
    // ---- European Union" ----
    body_part(
        "copolad.cnd-side-event.participant.copolad",
        r(ProgrammeRef, "copolad"),
        "COPOLAD",
        r(EventRef, "copolad.cnd-side-event"),
        Participant,
        Completed,
        src(CopoladImplementation, "COPOLAD also took part in the Commission on Narcotic Drugs through a side-event"),
    ),
    country_part(
        "copolad.cnd-side-event.co-organiser.es",
        ES,
        "Spain",
        r(EventRef, "copolad.cnd-side-event"),
        CoOrganiser,
        Completed,
        noted(
            CopoladImplementation,
            "jointly organised by Spain with the support of Germany, Paraguay and the European Union",
            "\"Jointly organised\": Spain organised the side-event together with others, so it is recorded as a \
             co-organiser; the report names no other organiser (Germany, Paraguay and the EU supported it).",
        ),
    ),
    // ---- "COPOLAD continued to participate in the Technical Committee meetings of the Mechanism,
    // ---- providing an update on progress made." ----
    body_part(
        "tc-2021-10-26.participant.copolad",
        r(ProgrammeRef, "copolad"),
        "COPOLAD",
        r(EventRef, "tc-2021-10-26"),
        Participant,
        Completed,
        noted(CopoladContribution, TC_PARTICIPATION, TC_MEETINGS),
    ),
    body_part(
        "tc-2022-05-04.participant.copolad",
        r(ProgrammeRef, "copolad"),
        "COPOLAD",
        r(EventRef, "tc-2022-05-04"),
        Participant,
        Completed,
        noted(CopoladContribution, TC_PARTICIPATION, TC_MEETINGS),
    ),
    country_part(
        "copolad.cnd-side-event.supporter.de",
        DE,
        "Germany",
        r(EventRef, "copolad.cnd-side-event"),
        Supporter,
        Completed,
        src(
            CopoladImplementation,
            "jointly organised by Spain with the support of Germany, Paraguay and the European Union",
        ),
    ),
    country_part(
        "copolad.cnd-side-event.supporter.py",
        PY,
        "Paraguay",
        r(EventRef, "copolad.cnd-side-event"),
        Supporter,
        Completed,
        src(
            CopoladImplementation,
            "jointly organised by Spain with the support of Germany, Paraguay and the European Union",
        ),
    ),
    org_part(
        "copolad.cnd-side-event.supporter.eu",
        "eu",
        "European Union",
        r(EventRef, "copolad.cnd-side-event"),
        Supporter,
        Completed,
        src(
            CopoladImplementation,
            "jointly organised by Spain with the support of Germany, Paraguay and the European Union",
        ),
    ),
    // ---- Footnote 6: "COPOLAD II (2016-2019) was a regional cooperation programme funded by
    // ---- the European Union, … and managed by … (FIIAPP). The first phase (COPOLAD I), also
    // ---- managed by FIIAP, ended in June 2015." ----
    org_part(
        "copolad.ii.funder.eu",
        "eu",
        "European Union",
        r(PhaseRef, "copolad.ii"),
        Funder,
        Completed,
        src(Footnote6, "COPOLAD II (2016-2019) was a regional cooperation programme funded by the European Union"),
    ),
    // Footnote 6 spells the foundation's name differently from section COPOLAD III.
    org_part(
        "copolad.ii.manager.fiiapp",
        "fiiapp",
        "International and Ibero-American Foundation for Public Administration and Policies, Spanish Cooperation",
        r(PhaseRef, "copolad.ii"),
        Manager,
        Completed,
        noted(
            Footnote6,
            "and managed by the International and Ibero-American Foundation for Public Administration and Policies, Spanish Cooperation (FIIAPP)",
            "The name is written differently from section COPOLAD III (\"International Ibero-American Foundation for \
             Public Policies and Administrations, Spanish Cooperation (FIIAPP)\"); the acronym FIIAPP identifies the \
             same foundation.",
        ),
    ),
    // "FIIAP" (one P) as written: read as FIIAPP, which the sentence before names ("also managed").
    org_part(
        "copolad.i.manager.fiiapp",
        "fiiapp",
        "FIIAP",
        r(PhaseRef, "copolad.i"),
        Manager,
        Completed,
        noted(
            Footnote6,
            "The first phase (COPOLAD I), also managed by FIIAP, ended in June 2015.",
            "\"FIIAP\" (one P) is read as FIIAPP: \"also managed\" refers back to the foundation the previous \
             sentence names as managing COPOLAD II.",
        ),
    ),
]);

pub(super) const LISTS: List<StatedList> = B(&[
    // "covering the entire CELAC region": a claim on the whole bloc, with no list.
    StatedList {
        id: id("copolad.scope"),
        of: r(ProgrammeRef, "copolad"),
        label: t("the entire CELAC region"),
        bloc: Some(Bloc::Celac),
        completeness: Completeness::WholeBloc,
        count: None,
        stated: None,
        items: B(&[]),
        source: noted(
            Copolad,
            "COPOLAD is the only EU-funded programme covering the entire CELAC region",
            "A claim of coverage of the whole of CELAC, with neither a count nor a list of countries: every CELAC \
             member is covered by the claim, none is named by it. The analyses count it apart from the countries \
             the report names.",
        ),
    },
    StatedList {
        id: id("copolad.iii.consortium"),
        of: r(PhaseRef, "copolad.iii"),
        label: t("a consortium formed by"),
        bloc: None,
        completeness: Completeness::Complete,
        count: None,
        stated: None,
        items: B(&[r(ParticipationRef, "copolad.iii.manager.fiiapp"), r(ParticipationRef, "copolad.iii.manager.iila")]),
        source: src(
            CopoladIii,
            "COPOLAD III is managed by a consortium formed by the International Ibero-American Foundation for Public Policies and Administrations, Spanish Cooperation (FIIAPP) and the Italian-Latin American International Organization (IILA)",
        ),
    },
    StatedList {
        id: id("copolad.iii.approach"),
        of: r(PhaseRef, "copolad.iii"),
        label: t("The third phase of the programme relies on"),
        bloc: None,
        completeness: Completeness::Complete,
        count: None,
        stated: None,
        items: B(&[
            r(WorkAreaRef, "copolad.iii.approach.results-oriented-methodology"),
            r(WorkAreaRef, "copolad.iii.approach.team-europe-spirit"),
            r(WorkAreaRef, "copolad.iii.approach.strengthened-strategy"),
        ]),
        source: src(CopoladIii, "The third phase of the programme relies on:"),
    },
    // "EU Member States" in the Team Europe bullet: named as a whole, none listed.
    StatedList {
        id: id("copolad.iii.team-europe-member-states"),
        of: r(PhaseRef, "copolad.iii"),
        label: t("EU Member States"),
        bloc: Some(Bloc::Eu),
        completeness: Completeness::Unlisted,
        count: None,
        stated: None,
        items: B(&[]),
        source: noted(
            CopoladIii,
            "which fosters coordination, complementarity and synergies between EU Member States",
            "The EU Member States the Team Europe Spirit coordinates are not named.",
        ),
    },
    // GIZ, a German company (GmbH), stands in the list of "institutions and agencies" as written.
    StatedList {
        id: id("copolad.iii.team-europe-agencies"),
        of: r(PhaseRef, "copolad.iii"),
        label: t("institutions and agencies"),
        bloc: None,
        completeness: Completeness::Complete,
        count: None,
        stated: None,
        items: B(&[r(OrganisationRef, "emcdda"), r(OrganisationRef, "europol"), r(OrganisationRef, "giz")]),
        source: noted(
            CopoladIii,
            "institutions and agencies (EMCDDA, EUROPOL, GIZ)",
            "The Team Europe Spirit \"fosters coordination, complementarity and synergies between\" them and \
             related programmes: the sentence describes a spirit the phase relies on, not a partnership, so no \
             participation is recorded (EMCDDA and GIZ take part in COPOLAD III through the consortium paragraph). \
             GIZ, named there as \"Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH\", is kept \
             in this list as written.",
        ),
    },
    StatedList {
        id: id("copolad.iii.related-programmes"),
        of: r(PhaseRef, "copolad.iii"),
        label: t("related programmes"),
        bloc: None,
        completeness: Completeness::Examples,
        count: None,
        stated: None,
        items: B(&[
            r(RelationRef, "rel.copolad.iii.related-to.el-paccto"),
            r(RelationRef, "rel.copolad.iii.related-to.eurofront"),
            r(RelationRef, "rel.copolad.iii.related-to.crimjust"),
        ]),
        source: noted(
            CopoladIii,
            "related programmes (EL PAcCTO, EUROFRONT, CRIMJUST, etc.)",
            "\"etc.\": the list gives examples. CRIMJUST is a project of the GIFP, listed here among \"related \
             programmes\".",
        ),
    },
    StatedList {
        id: id("copolad.iii.working-groups"),
        of: r(PhaseRef, "copolad.iii"),
        label: t("Working Groups"),
        bloc: None,
        completeness: Completeness::Examples,
        count: None,
        stated: None,
        items: B(&[
            r(WorkingGroupRef, "copolad.iii.wg.women-treatment"),
            r(WorkingGroupRef, "copolad.iii.wg.precursors"),
            r(WorkingGroupRef, "copolad.iii.wg.rights-sustainable-development"),
            r(WorkingGroupRef, "copolad.iii.wg.alternative-development"),
            r(WorkingGroupRef, "copolad.iii.wg.international-cooperation"),
        ]),
        source: noted(
            CopoladImplementation,
            "COPOLAD III has launched several Working Groups in the first months of 2022, such as:",
            "\"such as\": the five groups listed are examples; \"several\" is not a number, so no count is recorded.",
        ),
    },
    // ---- Footnote 5: the first two phases' coverage, claims with no list ----
    StatedList {
        id: id("copolad.i.scope"),
        of: r(PhaseRef, "copolad.i"),
        label: t("all Latin American countries"),
        bloc: None,
        completeness: Completeness::Unlisted,
        count: None,
        stated: None,
        items: B(&[]),
        source: noted(
            Footnote5,
            "An initial phase of the programme (2011 to 2015) covered all Latin American countries",
            "A claim of coverage with neither a count nor a list; \"Latin American countries\" is no bloc of the \
             model, so none is recorded.",
        ),
    },
    StatedList {
        id: id("copolad.ii.scope"),
        of: r(PhaseRef, "copolad.ii"),
        label: t("all CELAC countries"),
        bloc: Some(Bloc::Celac),
        completeness: Completeness::WholeBloc,
        count: None,
        stated: None,
        items: B(&[]),
        source: noted(
            Footnote5,
            "a second phase was launched, including all CELAC countries, in response to the demand of Caribbean countries",
            "A claim of coverage of the whole of CELAC with neither a count nor a list: every CELAC member is \
             covered by the claim, none is named by it. The Caribbean countries whose demand led to it are not named.",
        ),
    },
    StatedList {
        id: id("copolad.cnd-side-event.supporters"),
        of: r(EventRef, "copolad.cnd-side-event"),
        label: t("with the support of"),
        bloc: None,
        completeness: Completeness::Complete,
        count: None,
        stated: None,
        items: B(&[
            r(ParticipationRef, "copolad.cnd-side-event.supporter.de"),
            r(ParticipationRef, "copolad.cnd-side-event.supporter.py"),
            r(ParticipationRef, "copolad.cnd-side-event.supporter.eu"),
        ]),
        source: src(
            CopoladImplementation,
            "jointly organised by Spain with the support of Germany, Paraguay and the European Union",
        ),
    },
]);

pub(super) const RELATIONS: List<Relation> = B(&[
    // "with the task of providing technical support to the EU-CELAC Coordination and
    // Cooperation Mechanism on Drugs"
    Relation {
        id: id("rel.copolad.supports.mechanism"),
        from: r(ProgrammeRef, "copolad"),
        kind: RelationKind::Supports,
        to: r(OrganisationRef, "mechanism"),
        status: Some(Active),
        period: None,
        source: src(
            Copolad,
            "with the task of providing technical support to the EU-CELAC Coordination and Cooperation Mechanism on Drugs",
        ),
    },
    // Footnote 5: "based on the evaluation of its results – a second phase was launched"
    Relation {
        id: id("rel.copolad.ii.successor-of.copolad.i"),
        from: r(PhaseRef, "copolad.ii"),
        kind: RelationKind::SuccessorOf,
        to: r(PhaseRef, "copolad.i"),
        status: None,
        period: None,
        source: noted(
            Footnote5,
            "An initial phase of the programme (2011 to 2015) covered all Latin American countries and – based on the evaluation of its results – a second phase was launched",
            "The second phase follows the first and was launched on the basis of the evaluation of its results.",
        ),
    },
    // "Building on the achievements of its previous phases<sup>6</sup>, COPOLAD III continues…"
    Relation {
        id: id("rel.copolad.iii.successor-of.copolad.ii"),
        from: r(PhaseRef, "copolad.iii"),
        kind: RelationKind::SuccessorOf,
        to: r(PhaseRef, "copolad.ii"),
        status: None,
        period: None,
        source: src(
            CopoladIii,
            "Building on the achievements of its previous phases<sup>6</sup>, COPOLAD III continues",
        ),
    },
    // "related programmes (EL PAcCTO, EUROFRONT, CRIMJUST, etc.)"
    Relation {
        id: id("rel.copolad.iii.related-to.el-paccto"),
        from: r(PhaseRef, "copolad.iii"),
        kind: RelationKind::RelatedTo,
        to: r(ProgrammeRef, "el-paccto"),
        status: Some(Active),
        period: None,
        source: src(CopoladIii, "related programmes (EL PAcCTO, EUROFRONT, CRIMJUST, etc.)"),
    },
    Relation {
        id: id("rel.copolad.iii.related-to.eurofront"),
        from: r(PhaseRef, "copolad.iii"),
        kind: RelationKind::RelatedTo,
        to: r(ProgrammeRef, "eurofront"),
        status: Some(Active),
        period: None,
        source: src(CopoladIii, "related programmes (EL PAcCTO, EUROFRONT, CRIMJUST, etc.)"),
    },
    Relation {
        id: id("rel.copolad.iii.related-to.crimjust"),
        from: r(PhaseRef, "copolad.iii"),
        kind: RelationKind::RelatedTo,
        to: r(ProjectRef, "crimjust"),
        status: Some(Active),
        period: None,
        source: src(CopoladIii, "related programmes (EL PAcCTO, EUROFRONT, CRIMJUST, etc.)"),
    },
    // "COPOLAD also took part in the Commission on Narcotic Drugs through a side-event"
    Relation {
        id: id("rel.copolad.cnd-side-event.part-of.cnd"),
        from: r(EventRef, "copolad.cnd-side-event"),
        kind: RelationKind::PartOf,
        to: r(OrganisationRef, "cnd"),
        status: None,
        period: None,
        source: noted(
            CopoladImplementation,
            "COPOLAD also took part in the Commission on Narcotic Drugs through a side-event",
            "The side-event is held within the Commission on Narcotic Drugs; the report does not say at which \
             session, so it is linked to the Commission, not to its 65th session.",
        ),
    },
    // "COPOLAD continued to participate in the Technical Committee meetings of the Mechanism,
    // providing an update on progress made." Its presence at each meeting is a participation of
    // the programme (a body acting as a party); its support of the committee's work is this relation.
    Relation {
        id: id("rel.copolad.supports.technical-committee"),
        from: r(ProgrammeRef, "copolad"),
        kind: RelationKind::Supports,
        to: r(CommitteeRef, "technical-committee"),
        status: Some(Ongoing),
        period: None,
        source: noted(
            CopoladContribution,
            "COPOLAD continued to participate in the Technical Committee meetings of the Mechanism, providing an update on progress made.",
            "COPOLAD's part in the Technical Committee's work is recorded as support (the section's subject is \
             COPOLAD's contribution to the tasks of the Mechanism); the programme's presence at each of the two \
             meetings is a participation of the programme in the meeting (tc-2021-10-26.participant.copolad, \
             tc-2022-05-04.participant.copolad).",
        ),
    },
    // "One of COPOLAD’s main objectives is to provide technical support for the work developed
    // by the EU-CELAC Mechanism on Drugs."
    Relation {
        id: id("rel.copolad.supports.mechanism.objective"),
        from: r(ProgrammeRef, "copolad"),
        kind: RelationKind::Supports,
        to: r(OrganisationRef, "mechanism"),
        status: Some(Active),
        period: None,
        source: src(
            CopoladContribution,
            "One of COPOLAD’s main objectives is to provide technical support for the work developed by the EU-CELAC Mechanism on Drugs.",
        ),
    },
    // The study on women and drug related policies is COPOLAD's.
    Relation {
        id: id("rel.doc.copolad-study-women-drug-policies.part-of.copolad"),
        from: r(DocRef, "doc.copolad-study-women-drug-policies"),
        kind: RelationKind::PartOf,
        to: r(ProgrammeRef, "copolad"),
        status: Some(Active),
        period: None,
        source: noted(
            CopoladContribution,
            "An updating of the study on women and drug related policies is also taking place",
            "The study is read as COPOLAD's: its updating is reported among COPOLAD's contributions to the tasks \
             of the Mechanism. The report does not say who wrote the first edition.",
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
    use crate::StatementKind::{Activity, Aim, Approach, Context, Focus, Mandate, Progress, Purpose, Scope, Topic};
    use crate::data::Section2021_2022::{
        Copolad, CopoladContribution, CopoladIii, CopoladImplementation, CopoladInception, Footnote5,
    };
    use crate::data::dsl::{id, noted, r, src, t};
    use crate::{List, Statement};

    /// The opening sentence of section II.
    const ONLY: &str = "COPOLAD is the only EU-funded programme covering the entire CELAC region and providing support for a balanced, integrated, comprehensive, multidisciplinary, and scientific evidence-based approach to the worldwide drug situation in Latin American and Caribbean<sup>5</sup> countries.";
    /// What COPOLAD covers, promotes and is tasked with.
    const FIELDS: &str = "COPOLAD covers the various fields of drugs policy from both a drug demand and a drug supply reduction perspective, as well as promotes evidence-based policies, with monitoring and evaluation mechanisms, and with the task of providing technical support to the EU-CELAC Coordination and Cooperation Mechanism on Drugs.";
    /// What COPOLAD III continues to do.
    const III_AIMS: &str = "Building on the achievements of its previous phases<sup>6</sup>, COPOLAD III continues to promote technical and political dialogue between CELAC and the EU, to strengthen the technical capacity of national observatories on drugs and to support the LAC region in terms of drug demand and supply reduction, including alternative development.";
    /// What COPOLAD III will boost, and how.
    const III_BOOST: &str = "Through dialogue and cooperation, the programme will boost the relevance and comprehensiveness of public policies on drugs.";
    /// How COPOLAD III establishes its actions.
    const III_EVIDENCE: &str = "COPOLAD III establishes its actions in accordance with an evidence-based approach, while activities mainstream gender equality, human rights, sustainable development and public health issues.";
    /// How COPOLAD III integrates a gender equality perspective.
    const GENDER: &str = "The specific needs of women and girls are being mainstreamed by the programme, and attention will be paid to reducing gender inequality by adopting tailored-made approaches for each component.";
    /// What the inception phase enabled.
    const INCEPTION: &str = "This phase enabled to fine-tune the lines of work of the programme by taking into account the context evolutions and the specific needs of partner countries, while in parallel facilitating the consolidation of the governance and standardised operating procedures of COPOLAD.";
    /// The efforts of the inception phase.
    const EFFORTS: &str = "Significant efforts were allocated to establish dialogue and coordination frameworks with cooperation programmes and relevant actors, including multilateral and regional agencies and civil society networks, to find synergies and complementarities and avoid overlaps.";
    /// The helpdesk and the subregional sessions.
    const HELPDESK: &str = "During this process, COPOLAD offered a permanent helpdesk and informative subregional sessions to further ensure the participation of partner countries to the process and strengthen coordination.";
    /// The state of the implementation phase.
    const HIRING: &str = "Work is ongoing to complete the hiring of Task Forces and technical assistance while in parallel different activities are being prepared or conducted.";

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("copolad.scope.only"),
            of: r(K::Programme, "copolad"),
            kind: Scope,
            text: t("the only EU-funded programme covering the entire CELAC region"),
            about: B(&[r(K::Organisation, "eu"), r(K::Organisation, "celac")]),
            source: src(Copolad, ONLY),
        },
        Statement {
            id: id("copolad.focus"),
            of: r(K::Programme, "copolad"),
            kind: Focus,
            text: t(
                "providing support for a balanced, integrated, comprehensive, multidisciplinary, and scientific evidence-based approach to the worldwide drug situation in Latin American and Caribbean countries",
            ),
            about: B(&[]),
            source: src(Copolad, ONLY),
        },
        Statement {
            id: id("copolad.fields"),
            of: r(K::Programme, "copolad"),
            kind: Scope,
            text: t(
                "the various fields of drugs policy from both a drug demand and a drug supply reduction perspective",
            ),
            about: B(&[]),
            source: src(Copolad, FIELDS),
        },
        Statement {
            id: id("copolad.evidence-based-policies"),
            of: r(K::Programme, "copolad"),
            kind: Aim,
            text: t("promotes evidence-based policies, with monitoring and evaluation mechanisms"),
            about: B(&[]),
            source: src(Copolad, FIELDS),
        },
        Statement {
            id: id("copolad.task"),
            of: r(K::Programme, "copolad"),
            kind: Mandate,
            text: t("providing technical support to the EU-CELAC Coordination and Cooperation Mechanism on Drugs"),
            about: B(&[r(K::Organisation, "mechanism")]),
            source: src(Copolad, FIELDS),
        },
        Statement {
            id: id("copolad.ii.launch-context"),
            of: r(K::Phase, "copolad.ii"),
            kind: Context,
            text: t(
                "based on the evaluation of its results – a second phase was launched, including all CELAC countries, in response to the demand of Caribbean countries",
            ),
            // "its results" (COPOLAD I's) and "all CELAC countries" (the second phase's coverage).
            about: B(&[r(K::Phase, "copolad.i"), r(K::Organisation, "celac"), r(K::StatedList, "copolad.ii.scope")]),
            source: noted(
                Footnote5,
                "An initial phase of the programme (2011 to 2015) covered all Latin American countries and – based on the evaluation of its results – a second phase was launched, including all CELAC countries, in response to the demand of Caribbean countries.",
                "\"its results\" read as the results of the initial phase, COPOLAD I.",
            ),
        },
        Statement {
            id: id("copolad.iii.builds-on"),
            of: r(K::Phase, "copolad.iii"),
            kind: Approach,
            text: t("Building on the achievements of its previous phases"),
            about: B(&[r(K::Phase, "copolad.i"), r(K::Phase, "copolad.ii")]),
            source: src(CopoladIii, III_AIMS),
        },
        Statement {
            id: id("copolad.iii.aims"),
            of: r(K::Phase, "copolad.iii"),
            kind: Aim,
            text: t("to promote technical and political dialogue between CELAC and the EU"),
            about: B(&[r(K::Organisation, "celac"), r(K::Organisation, "eu")]),
            source: src(CopoladIii, III_AIMS),
        },
        Statement {
            id: id("copolad.iii.aims.observatories"),
            of: r(K::Phase, "copolad.iii"),
            kind: Aim,
            text: t("to strengthen the technical capacity of national observatories on drugs"),
            about: B(&[]),
            source: src(CopoladIii, III_AIMS),
        },
        Statement {
            id: id("copolad.iii.aims.demand-supply"),
            of: r(K::Phase, "copolad.iii"),
            kind: Aim,
            text: t(
                "to support the LAC region in terms of drug demand and supply reduction, including alternative development",
            ),
            about: B(&[]),
            source: src(CopoladIii, III_AIMS),
        },
        Statement {
            id: id("copolad.iii.aims.public-policies"),
            of: r(K::Phase, "copolad.iii"),
            kind: Aim,
            text: t("will boost the relevance and comprehensiveness of public policies on drugs"),
            about: B(&[]),
            source: src(CopoladIii, III_BOOST),
        },
        Statement {
            id: id("copolad.iii.approach.dialogue"),
            of: r(K::Phase, "copolad.iii"),
            kind: Approach,
            text: t("Through dialogue and cooperation"),
            about: B(&[]),
            source: src(CopoladIii, III_BOOST),
        },
        Statement {
            id: id("copolad.iii.evidence-based"),
            of: r(K::Phase, "copolad.iii"),
            kind: Approach,
            text: t("in accordance with an evidence-based approach"),
            about: B(&[]),
            source: src(CopoladIii, III_EVIDENCE),
        },
        Statement {
            id: id("copolad.iii.mainstreaming"),
            of: r(K::Phase, "copolad.iii"),
            kind: Approach,
            text: t(
                "activities mainstream gender equality, human rights, sustainable development and public health issues",
            ),
            about: B(&[]),
            source: src(CopoladIii, III_EVIDENCE),
        },
        // What the Team Europe Spirit fosters, and with whom: the agencies and programmes it names.
        Statement {
            id: id("copolad.iii.approach.team-europe-spirit.fosters"),
            of: r(K::WorkArea, "copolad.iii.approach.team-europe-spirit"),
            kind: Approach,
            text: t(
                "fosters coordination, complementarity and synergies between EU Member States, institutions and agencies (EMCDDA, EUROPOL, GIZ) and related programmes (EL PAcCTO, EUROFRONT, CRIMJUST, etc.) in CELAC countries in the region",
            ),
            about: B(&[
                r(K::Organisation, "eu"),
                r(K::Organisation, "emcdda"),
                r(K::Organisation, "europol"),
                r(K::Organisation, "giz"),
                r(K::Programme, "el-paccto"),
                r(K::Programme, "eurofront"),
                r(K::Project, "crimjust"),
                r(K::Organisation, "celac"),
            ]),
            source: src(
                CopoladIii,
                "A ‘Team Europe Spirit’, which fosters coordination, complementarity and synergies between EU Member States, institutions and agencies (EMCDDA, EUROPOL, GIZ) and related programmes (EL PAcCTO, EUROFRONT, CRIMJUST, etc.) in CELAC countries in the region;",
            ),
        },
        Statement {
            id: id("copolad.iii.approach.strengthened-strategy.expertise"),
            of: r(K::WorkArea, "copolad.iii.approach.strengthened-strategy"),
            kind: Approach,
            text: t(
                "based on mobilising European, Latin American and Caribbean public expertise in bilateral, triangular and South-South cooperation schemes",
            ),
            about: B(&[]),
            source: src(
                CopoladIii,
                "A strengthened strategy to reduce the supply of and demand for illegal drugs in both regions by building strong partnerships in the region, based on mobilising European, Latin American and Caribbean public expertise in bilateral, triangular and South-South cooperation schemes.",
            ),
        },
        Statement {
            id: id("copolad.iii.regional-level.approach"),
            of: r(K::WorkArea, "copolad.iii.regional-level"),
            kind: Approach,
            text: t(
                "the programme operates through the creation of Working Groups (WG) bringing together countries with similar interests, while promoting south-south or triangular cooperation",
            ),
            // The Working Groups are those the phase launched (the list of section Implementation).
            about: B(&[r(K::StatedList, "copolad.iii.working-groups")]),
            source: src(
                CopoladIii,
                "At **regional level**, the programme operates through the creation of Working Groups (WG) bringing together countries with similar interests, while promoting **south-south or triangular cooperation**.",
            ),
        },
        Statement {
            id: id("copolad.iii.task-forces.mandate"),
            of: r(K::TaskForce, "copolad.iii.task-forces"),
            kind: Mandate,
            text: t(
                "will ensure the necessary support for implementing action plans and specific technical assistance",
            ),
            about: B(&[]),
            source: src(
                CopoladIii,
                "The expertise provided by Task Forces will ensure the necessary support for implementing action plans and specific technical assistance.",
            ),
        },
        Statement {
            id: id("copolad.iii.national-level.approach"),
            of: r(K::WorkArea, "copolad.iii.national-level"),
            kind: Approach,
            text: t(
                "specific technical assistance will be offered through roadmaps based on the needs identified by participating countries and their national authorities",
            ),
            about: B(&[]),
            source: src(
                CopoladIii,
                "At **national level**, specific technical assistance will be offered through roadmaps based on the needs identified by participating countries and their national authorities.",
            ),
        },
        Statement {
            id: id("copolad.iii.gender-priority"),
            of: r(K::Phase, "copolad.iii"),
            kind: Focus,
            text: t("The integration of a gender equality perspective is a priority"),
            about: B(&[r(K::WorkArea, "copolad.iii.gender-equality")]),
            source: src(CopoladIii, "The integration of a gender equality perspective is a priority for COPOLAD III."),
        },
        Statement {
            id: id("copolad.iii.gender-equality.mainstreaming"),
            of: r(K::WorkArea, "copolad.iii.gender-equality"),
            kind: Approach,
            text: t("The specific needs of women and girls are being mainstreamed by the programme"),
            about: B(&[]),
            source: src(CopoladIii, GENDER),
        },
        Statement {
            id: id("copolad.iii.gender-equality.tailored-approaches"),
            of: r(K::WorkArea, "copolad.iii.gender-equality"),
            kind: Approach,
            text: t(
                "attention will be paid to reducing gender inequality by adopting tailored-made approaches for each component",
            ),
            about: B(&[]),
            source: src(CopoladIii, GENDER),
        },
        Statement {
            id: id("copolad.iii.inception.results"),
            of: r(K::Phase, "copolad.iii.inception"),
            kind: Progress,
            text: t(
                "enabled to fine-tune the lines of work of the programme by taking into account the context evolutions and the specific needs of partner countries",
            ),
            about: B(&[]),
            source: src(CopoladInception, INCEPTION),
        },
        Statement {
            id: id("copolad.iii.inception.governance"),
            of: r(K::Phase, "copolad.iii.inception"),
            kind: Progress,
            text: t(
                "facilitating the consolidation of the governance and standardised operating procedures of COPOLAD",
            ),
            about: B(&[r(K::Programme, "copolad")]),
            source: src(CopoladInception, INCEPTION),
        },
        // An effort the inception phase made, not a meeting held.
        Statement {
            id: id("copolad.iii.inception.coordination-frameworks"),
            of: r(K::Phase, "copolad.iii.inception"),
            kind: Activity,
            text: t(
                "Significant efforts were allocated to establish dialogue and coordination frameworks with cooperation programmes and relevant actors, including multilateral and regional agencies and civil society networks",
            ),
            about: B(&[]),
            source: src(CopoladInception, EFFORTS),
        },
        Statement {
            id: id("copolad.iii.inception.coordination-frameworks.aim"),
            of: r(K::Phase, "copolad.iii.inception"),
            kind: Aim,
            text: t("to find synergies and complementarities and avoid overlaps"),
            about: B(&[]),
            source: src(CopoladInception, EFFORTS),
        },
        Statement {
            id: id("copolad.iii.inception.focal-points"),
            of: r(K::Phase, "copolad.iii.inception"),
            kind: Activity,
            text: t(
                "National and thematic Focal Points were identified in LAC partner countries and direct relations were established",
            ),
            about: B(&[r(K::Network, "copolad.iii.focal-points")]),
            source: src(
                CopoladInception,
                "National and thematic Focal Points were identified in LAC partner countries and direct relations were established.",
            ),
        },
        Statement {
            id: id("copolad.iii.inception.information-sessions.purpose"),
            of: r(K::Event, "copolad.iii.inception.information-sessions"),
            kind: Purpose,
            text: t("to exchange on the methodology and the different steps proposed"),
            about: B(&[]),
            source: src(
                CopoladInception,
                "Specific online information sessions were then conducted to exchange on the methodology and the different steps proposed.",
            ),
        },
        Statement {
            id: id("copolad.iii.inception.focus"),
            of: r(K::Phase, "copolad.iii.inception"),
            kind: Focus,
            text: t("needs assessment and the systematisation of its results"),
            about: B(&[r(K::Event, "copolad.iii.inception.needs-assessment")]),
            source: src(
                CopoladInception,
                "The following period focused on needs assessment and the systematisation of its results.",
            ),
        },
        Statement {
            id: id("copolad.iii.inception.survey.purpose"),
            of: r(K::Event, "copolad.iii.inception.survey"),
            kind: Purpose,
            text: t("finding out national and regional priorities"),
            about: B(&[]),
            source: src(
                CopoladInception,
                "A survey aiming at finding out national and regional priorities was shared with partner countries, with high levels of participation.",
            ),
        },
        Statement {
            id: id("copolad.iii.inception.helpdesk.purpose"),
            of: r(K::Event, "copolad.iii.inception.helpdesk"),
            kind: Purpose,
            text: t(
                "to further ensure the participation of partner countries to the process and strengthen coordination",
            ),
            about: B(&[]),
            source: src(CopoladInception, HELPDESK),
        },
        Statement {
            id: id("copolad.iii.inception.subregional-sessions.purpose"),
            of: r(K::Event, "copolad.iii.inception.subregional-sessions"),
            kind: Purpose,
            text: t(
                "to further ensure the participation of partner countries to the process and strengthen coordination",
            ),
            about: B(&[]),
            source: src(CopoladInception, HELPDESK),
        },
        Statement {
            id: id("doc.copolad-inception-report.content"),
            of: r(K::Document, "doc.copolad-inception-report"),
            kind: Scope,
            text: t("The priority lines of work identified"),
            about: B(&[]),
            source: src(
                CopoladInception,
                "The priority lines of work identified were then integrated into the inception report which was approved by the Steering Committee in December.",
            ),
        },
        Statement {
            id: id("copolad.kick-off.purpose"),
            of: r(K::Event, "copolad.kick-off"),
            kind: Purpose,
            text: t("to analyse the drug-related developments in the EU and LAC regions"),
            // "the EU and LAC regions": the EU, and the region of CELAC's members.
            about: B(&[r(K::Organisation, "eu"), r(K::Organisation, "celac")]),
            source: src(
                CopoladImplementation,
                "The COPOLAD Kick-off Meeting took place virtually on 15 February 2022 with the purpose to analyse the drug-related developments in the EU and LAC regions.",
            ),
        },
        Statement {
            id: id("copolad.iii.implementation.missions-context"),
            of: r(K::Phase, "copolad.iii.implementation"),
            kind: Context,
            text: t(
                "The lifting of some mobility restrictions is making it possible to resume direct interactions in the form of missions",
            ),
            about: B(&[r(K::Event, "copolad.missions")]),
            source: src(
                CopoladImplementation,
                "The lifting of some mobility restrictions is making it possible to resume direct interactions in the form of missions.",
            ),
        },
        Statement {
            id: id("copolad.iii.implementation.task-forces-hiring"),
            of: r(K::Phase, "copolad.iii.implementation"),
            kind: Progress,
            text: t("Work is ongoing to complete the hiring of Task Forces and technical assistance"),
            about: B(&[r(K::TaskForce, "copolad.iii.task-forces")]),
            source: src(CopoladImplementation, HIRING),
        },
        Statement {
            id: id("copolad.iii.implementation.activities"),
            of: r(K::Phase, "copolad.iii.implementation"),
            kind: Progress,
            text: t("different activities are being prepared or conducted"),
            about: B(&[]),
            source: src(CopoladImplementation, HIRING),
        },
        Statement {
            id: id("copolad.cnd-side-event.topic"),
            of: r(K::Event, "copolad.cnd-side-event"),
            kind: Topic,
            text: t(
                "Leaving no one behind: The EU’s right based and development-oriented approach to drugs policies in cooperation initiatives in Central Asia, Latin America and the Caribbean",
            ),
            about: B(&[r(K::Organisation, "eu")]),
            source: src(
                CopoladImplementation,
                "COPOLAD also took part in the Commission on Narcotic Drugs through a side-event on “Leaving no one behind: The EU’s right based and development-oriented approach to drugs policies in cooperation initiatives in Central Asia, Latin America and the Caribbean”",
            ),
        },
        Statement {
            id: id("copolad.objective.mechanism"),
            of: r(K::Programme, "copolad"),
            kind: Aim,
            text: t("to provide technical support for the work developed by the EU-CELAC Mechanism on Drugs"),
            about: B(&[r(K::Organisation, "mechanism")]),
            source: src(
                CopoladContribution,
                "One of COPOLAD’s main objectives is to provide technical support for the work developed by the EU-CELAC Mechanism on Drugs.",
            ),
        },
        Statement {
            id: id("copolad.technical-committee"),
            of: r(K::Programme, "copolad"),
            kind: Activity,
            text: t(
                "continued to participate in the Technical Committee meetings of the Mechanism, providing an update on progress made",
            ),
            about: B(&[r(K::Committee, "technical-committee"), r(K::Organisation, "mechanism")]),
            source: src(
                CopoladContribution,
                "COPOLAD continued to participate in the Technical Committee meetings of the Mechanism, providing an update on progress made.",
            ),
        },
        Statement {
            id: id("copolad.lac-exchanges.purpose"),
            of: r(K::Event, "copolad.lac-exchanges"),
            kind: Purpose,
            text: t(
                "with the aim of sharing inputs and identifying proposals and ideas and of exploring further modalities of collaboration",
            ),
            about: B(&[]),
            source: src(
                CopoladContribution,
                "Meetings and regular exchanges were held with the LAC co-presidency of the Mechanism and LAC diplomatic missions in Brussels, with the aim of sharing inputs and identifying proposals and ideas and of exploring further modalities of collaboration.",
            ),
        },
        // What the updating is for, not the study itself.
        Statement {
            id: id("copolad.study-women-drug-policies.updating.purpose"),
            of: r(K::Event, "copolad.study-women-drug-policies.updating"),
            kind: Purpose,
            text: t("to take into account the impact of COVID-19 and the related policy evolutions"),
            about: B(&[r(K::Document, "doc.copolad-study-women-drug-policies")]),
            source: src(
                CopoladContribution,
                "An updating of the study on women and drug related policies is also taking place to take into account the impact of COVID-19 and the related policy evolutions.",
            ),
        },
    ]);
}
