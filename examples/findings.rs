//! Where the report disagrees with itself: every finding about the source, with the records
//! behind it, their quotes and the sections of the report they stand in, and a count by class
//! (contradictions, other warnings about names, notes), never a bare total.
//!
//! ```text
//! cargo run --example findings               # every finding (information and warnings)
//! cargo run --example findings -- warning    # only warnings: where the text contradicts itself
//! cargo run --example findings -- info       # every finding, as with no argument
//! ```
//!
//! Any other argument prints one `error:` line and exits with status 2.

use std::process::ExitCode;

use eu_celac_drugs::analysis::{FindingCounts, Severity, validate};
use eu_celac_drugs::report_2021_2022;

fn main() -> ExitCode {
    let min = match std::env::args().nth(1).as_deref() {
        None | Some("info") => Severity::Info,
        Some("warning") => Severity::Warning,
        Some(other) => {
            eprintln!("error: unknown severity {other:?}: use info or warning");
            return ExitCode::from(2);
        }
    };
    let findings = validate(report_2021_2022());
    let shown: Vec<_> = findings.iter().filter(|f| f.severity >= min).collect();
    for (i, f) in shown.iter().enumerate() {
        println!("{:>2}. [{}] {}: {}", i + 1, f.class(), f.kind, f.message);
        for ((record, quote), section) in f.records.iter().zip(&f.quotes).zip(&f.sections) {
            println!("      {record} (§{section}): \"{quote}\"");
        }
    }
    let shown_owned: Vec<_> = shown.iter().map(|f| (*f).clone()).collect();
    println!("\nshown: {}", FindingCounts::of(&shown_owned));
    println!("of all: {}", FindingCounts::of(&findings));
    ExitCode::SUCCESS
}
