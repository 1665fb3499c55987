//! The one place that knows how the library names the report's sections.
//!
//! Sections are becoming data (a code looked up in the dataset, not the `Section` enum); every
//! use of `Section` and `heading()` stays here, so that change is local to this module.

use eu_celac_drugs::SourceRef;
use eu_celac_drugs::analysis::Finding;

/// A section of the report, as the explorer shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionInfo {
    /// The stable code (`iii.a.aircop`).
    pub code: String,
    /// The heading the report gives it (or a description in brackets for footnotes).
    pub heading: String,
}

/// The section a quote stands in.
pub fn of_source(source: &SourceRef) -> SectionInfo {
    let section = source.section();
    SectionInfo { code: section.to_string(), heading: section.heading().to_owned() }
}

/// The sections of a finding's quotes, in the order of its records.
pub fn of_finding(finding: &Finding<'_>) -> Vec<SectionInfo> {
    finding.sections.iter().map(|s| SectionInfo { code: s.to_string(), heading: s.heading().to_owned() }).collect()
}
