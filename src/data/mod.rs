//! The compiled-in dataset of the annual report 2021–2022, one file per section of the report:
//!
//! | file | section of the report |
//! |---|---|
//! | `sections.rs` | the report's sections and footnotes ([`Section2021_2022`]), the list its metadata holds |
//! | `note.rs` | the Council's cover note (document number, file codes, date, adoption) |
//! | `organisations.rs` | every organisation, at its first mention, with every form of its name |
//! | `meetings.rs` | I. High-Level Meeting and Technical Committee meetings, footnotes 1–4 |
//! | `copolad.rs` | II. COPOLAD: COPOLAD III, inception, implementation, contribution, footnotes 5–6 |
//! | `gifp.rs` | III and III.A: the Global Illicit Flows Programme |
//! | `aircop.rs`, `colibri.rs`, `seacop.rs`, `crimjust.rs`, `masif.rs` | III.A: its projects |
//! | `el_paccto.rs` | III.B EL PAcCTO, CLASI, the Team Europe Initiative, footnote 7 |
//! | `eurofront.rs` | III.C EUROFRONT, footnote 8 |
//! | `chapter10.rs` | III.D Chapter 10 (Citizen Security) of the EU-CELAC Action Plan |
//!
//! Each table of the [`Dataset`] is stored as one chunk per file, in the report's order.

use crate::{
    BorderArea, Budget, Committee, Dataset, Document, Event, Instrument, List, Network, Operation, Organisation,
    Outcome, Participation, Phase, Programme, Project, Relation, Seizure, StatedList, Statement, Table, TaskForce,
    WorkArea, WorkingGroup,
};

/// The full text of the report as published (Council document 10233/22), shipped with the
/// crate so that every record's quote can be checked against it.
pub const SOURCE_TEXT: &str = include_str!("council-10233-22-eu-celac-drugs-annual-report-2021-2022.md");

mod aircop;
mod chapter10;
mod colibri;
mod copolad;
mod crimjust;
mod dsl;
mod el_paccto;
mod eurofront;
mod gifp;
mod masif;
mod meetings;
mod note;
mod organisations;
mod seacop;
mod sections;

pub use sections::Section2021_2022;

const ORGANISATIONS: &[List<Organisation>] = &[organisations::ORGANISATIONS];
const INSTRUMENTS: &[List<Instrument>] = &[gifp::INSTRUMENTS];
const PROGRAMMES: &[List<Programme>] =
    &[copolad::PROGRAMMES, gifp::PROGRAMMES, el_paccto::PROGRAMMES, eurofront::PROGRAMMES, chapter10::PROGRAMMES];
const PHASES: &[List<Phase>] = &[copolad::PHASES, seacop::PHASES];
const PROJECTS: &[List<Project>] = &[
    aircop::PROJECTS,
    colibri::PROJECTS,
    seacop::PROJECTS,
    crimjust::PROJECTS,
    masif::PROJECTS,
    el_paccto::PROJECTS,
    eurofront::PROJECTS,
];
const OPERATIONS: &[List<Operation>] = &[crimjust::OPERATIONS, el_paccto::OPERATIONS];
const WORKING_GROUPS: &[List<WorkingGroup>] = &[copolad::WORKING_GROUPS];
const NETWORKS: &[List<Network>] = &[copolad::NETWORKS, el_paccto::NETWORKS];
const COMMITTEES: &[List<Committee>] = &[meetings::COMMITTEES, copolad::COMMITTEES, el_paccto::COMMITTEES];
const WORK_AREAS: &[List<WorkArea>] = &[copolad::WORK_AREAS, el_paccto::WORK_AREAS, eurofront::WORK_AREAS];
const TASK_FORCES: &[List<TaskForce>] = &[copolad::TASK_FORCES, aircop::TASK_FORCES, el_paccto::TASK_FORCES];
const BORDER_AREAS: &[List<BorderArea>] = &[eurofront::BORDER_AREAS];
const EVENTS: &[List<Event>] = &[
    meetings::EVENTS,
    copolad::EVENTS,
    colibri::EVENTS,
    seacop::EVENTS,
    crimjust::EVENTS,
    masif::EVENTS,
    el_paccto::EVENTS,
    eurofront::EVENTS,
    chapter10::EVENTS,
];
const DOCUMENTS: &[List<Document>] = &[
    meetings::DOCUMENTS,
    copolad::DOCUMENTS,
    colibri::DOCUMENTS,
    crimjust::DOCUMENTS,
    masif::DOCUMENTS,
    el_paccto::DOCUMENTS,
    eurofront::DOCUMENTS,
    chapter10::DOCUMENTS,
];
const PARTICIPATIONS: &[List<Participation>] = &[
    meetings::PARTICIPATIONS,
    copolad::PARTICIPATIONS,
    gifp::PARTICIPATIONS,
    aircop::PARTICIPATIONS,
    colibri::PARTICIPATIONS,
    seacop::PARTICIPATIONS,
    crimjust::PARTICIPATIONS,
    el_paccto::PARTICIPATIONS,
    eurofront::PARTICIPATIONS,
    chapter10::PARTICIPATIONS,
];
const SEIZURES: &[List<Seizure>] = &[aircop::SEIZURES, seacop::SEIZURES, crimjust::SEIZURES];
const OUTCOMES: &[List<Outcome>] = &[copolad::OUTCOMES, aircop::OUTCOMES, crimjust::OUTCOMES];
const BUDGETS: &[List<Budget>] = &[copolad::BUDGETS, gifp::BUDGETS];
const LISTS: &[List<StatedList>] = &[
    meetings::LISTS,
    copolad::LISTS,
    gifp::LISTS,
    aircop::LISTS,
    colibri::LISTS,
    seacop::LISTS,
    crimjust::LISTS,
    el_paccto::LISTS,
    eurofront::LISTS,
    chapter10::LISTS,
];
const RELATIONS: &[List<Relation>] = &[
    copolad::RELATIONS,
    gifp::RELATIONS,
    masif::RELATIONS,
    el_paccto::RELATIONS,
    eurofront::RELATIONS,
    chapter10::RELATIONS,
];
const STATEMENTS: &[List<Statement>] = &[
    note::STATEMENTS,
    meetings::STATEMENTS,
    copolad::STATEMENTS,
    gifp::STATEMENTS,
    aircop::STATEMENTS,
    colibri::STATEMENTS,
    seacop::STATEMENTS,
    crimjust::STATEMENTS,
    masif::STATEMENTS,
    el_paccto::STATEMENTS,
    eurofront::STATEMENTS,
    chapter10::STATEMENTS,
];

static REPORT: Dataset = Dataset {
    meta: note::META,
    organisations: Table::chunks(ORGANISATIONS),
    instruments: Table::chunks(INSTRUMENTS),
    programmes: Table::chunks(PROGRAMMES),
    phases: Table::chunks(PHASES),
    projects: Table::chunks(PROJECTS),
    operations: Table::chunks(OPERATIONS),
    working_groups: Table::chunks(WORKING_GROUPS),
    networks: Table::chunks(NETWORKS),
    committees: Table::chunks(COMMITTEES),
    work_areas: Table::chunks(WORK_AREAS),
    task_forces: Table::chunks(TASK_FORCES),
    border_areas: Table::chunks(BORDER_AREAS),
    events: Table::chunks(EVENTS),
    documents: Table::chunks(DOCUMENTS),
    participations: Table::chunks(PARTICIPATIONS),
    seizures: Table::chunks(SEIZURES),
    outcomes: Table::chunks(OUTCOMES),
    budgets: Table::chunks(BUDGETS),
    lists: Table::chunks(LISTS),
    relations: Table::chunks(RELATIONS),
    statements: Table::chunks(STATEMENTS),
};

/// The compiled-in annual report 1 June 2021 to 31 May 2022: a `'static` value, with no
/// start-up work and no allocation.
///
/// ```
/// let report = eu_celac_drugs::report_2021_2022();
/// assert_eq!(report.meta().title(), "EU-CELAC Coordination and Cooperation Mechanism on Drugs - Annual Report 1 June 2021 to 31 May 2022");
/// ```
#[must_use]
pub fn report_2021_2022() -> &'static Dataset {
    &REPORT
}
