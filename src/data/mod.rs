//! The compiled-in dataset of the annual report 2021–2022, one file per section of the report.

use std::borrow::Cow::Borrowed as B;

use crate::Dataset;

/// The full text of the report as published (Council document 10233/22), shipped with the
/// crate so that every record's quote can be checked against it.
pub const SOURCE_TEXT: &str = include_str!("council-10233-22-eu-celac-drugs-annual-report-2021-2022.md");

mod note;

static REPORT: Dataset = Dataset {
    meta: note::META,
    organisations: B(&[]),
    instruments: B(&[]),
    programmes: B(&[]),
    phases: B(&[]),
    projects: B(&[]),
    operations: B(&[]),
    working_groups: B(&[]),
    networks: B(&[]),
    committees: B(&[]),
    work_areas: B(&[]),
    task_forces: B(&[]),
    border_areas: B(&[]),
    events: B(&[]),
    documents: B(&[]),
    participations: B(&[]),
    seizures: B(&[]),
    outcomes: B(&[]),
    budgets: B(&[]),
    lists: B(&[]),
    relations: B(&[]),
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
