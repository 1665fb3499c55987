//! The compiled-in dataset of the annual report 2021–2022, one file per section of the report.

use crate::{Committee, Dataset, Document, Event, List, Organisation, Participation, Table};

/// The full text of the report as published (Council document 10233/22), shipped with the
/// crate so that every record's quote can be checked against it.
pub const SOURCE_TEXT: &str = include_str!("council-10233-22-eu-celac-drugs-annual-report-2021-2022.md");

mod dsl;
mod meetings;
mod note;
mod organisations;

const ORGANISATIONS_CHUNKS: &[List<Organisation>] = &[organisations::ORGANISATIONS];
const COMMITTEES_CHUNKS: &[List<Committee>] = &[meetings::COMMITTEES];
const EVENTS_CHUNKS: &[List<Event>] = &[meetings::EVENTS];
const DOCUMENTS_CHUNKS: &[List<Document>] = &[meetings::DOCUMENTS];
const PARTICIPATIONS_CHUNKS: &[List<Participation>] = &[meetings::PARTICIPATIONS];

static REPORT: Dataset = Dataset {
    meta: note::META,
    organisations: Table::chunks(ORGANISATIONS_CHUNKS),
    instruments: Table::new(),
    programmes: Table::new(),
    phases: Table::new(),
    projects: Table::new(),
    operations: Table::new(),
    working_groups: Table::new(),
    networks: Table::new(),
    committees: Table::chunks(COMMITTEES_CHUNKS),
    work_areas: Table::new(),
    task_forces: Table::new(),
    border_areas: Table::new(),
    events: Table::chunks(EVENTS_CHUNKS),
    documents: Table::chunks(DOCUMENTS_CHUNKS),
    participations: Table::chunks(PARTICIPATIONS_CHUNKS),
    seizures: Table::new(),
    outcomes: Table::new(),
    budgets: Table::new(),
    lists: Table::new(),
    relations: Table::new(),
};

/// The compiled-in annual report 1 June 2021 to 31 May 2022: a `'static` value, with no
/// start-up work and no allocation.
///
/// ```
/// let report = eu_celac_drugs::report_2021_2022();
/// assert_eq!(report.meta().number().to_string(), "10233/22");
/// ```
#[must_use]
pub fn report_2021_2022() -> &'static Dataset {
    &REPORT
}
