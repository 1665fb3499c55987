//! The one place that knows how the library names the report's sections: a section code in
//! every quote, looked up in the dataset's own list of sections.

use eu_celac_drugs::analysis::Finding;
use eu_celac_drugs::{Dataset, SourceRef};

/// A section of the report, as the explorer shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionInfo {
    /// The stable code (`iii.a.aircop`).
    pub code: String,
    /// The heading the report gives it (or a description in brackets for footnotes); the code
    /// when the dataset does not list the section.
    pub heading: String,
}

/// The section with this code, as the dataset names it.
fn info(dataset: &Dataset, code: &str) -> SectionInfo {
    let heading = dataset.section(code).map_or_else(|| code.to_owned(), |s| s.heading().to_owned());
    SectionInfo { code: code.to_owned(), heading }
}

/// The section a quote stands in.
pub fn of_source(dataset: &Dataset, source: &SourceRef) -> SectionInfo {
    info(dataset, source.section().as_str())
}

/// The sections of a finding's quotes, in the order of its records.
pub fn of_finding(dataset: &Dataset, finding: &Finding<'_>) -> Vec<SectionInfo> {
    finding.sections.iter().map(|s| info(dataset, s.as_str())).collect()
}
