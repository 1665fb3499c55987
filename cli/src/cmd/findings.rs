//! `findings`: where the report disagrees with itself.

use std::io::Write;

use eu_celac_drugs::analysis::{FindingCounts, Severity, validate};

use super::Global;
use crate::support::{Out, Outcome, Status, code, dataset, json};

/// Where the report disagrees with itself.
///
/// Every finding, with the records behind it, their quotes and sections, and a count by class
/// (contradictions, other warnings, notes).
///
/// Findings describe the report, not errors of the dataset. Exit status 1 when no finding is
/// at or above --severity.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The least severity shown.
    #[arg(long, default_value = "info", value_parser = code::<Severity>())]
    severity: Severity,
}

/// Runs `findings`.
pub fn run(args: &Args, global: &Global, out: &mut Out) -> Outcome {
    let report = dataset(global.data.as_ref())?;
    let findings = validate(&report);
    let shown: Vec<_> = findings.into_iter().filter(|f| f.severity >= args.severity).collect();
    if global.json {
        json(out, &shown)?;
        return Ok(Status::good_if(!shown.is_empty()));
    }
    for (i, f) in shown.iter().enumerate() {
        writeln!(out, "{:>2}. [{}] {}: {}", i + 1, f.class(), f.kind, f.message)?;
        for ((record, quote), section) in f.records.iter().zip(&f.quotes).zip(&f.sections) {
            writeln!(out, "      {record} (§{section}): \"{quote}\"")?;
        }
    }
    writeln!(out, "\n{}", FindingCounts::of(&shown))?;
    Ok(Status::good_if(!shown.is_empty()))
}
