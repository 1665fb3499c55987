//! What the report claims that its own lists don't support: the findings about the source.
//!
//! ```text
//! cargo run --example findings               # every finding, with the quotes behind it
//! cargo run --example findings -- warning    # only warnings
//! ```

use std::process::ExitCode;

use eu_celac_drugs::analysis::{Severity, validate};
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
        println!("{:>2}. [{}] {}: {}", i + 1, f.severity, f.kind, f.message);
        for (record, quote) in f.records.iter().zip(&f.quotes) {
            println!("      {record}: \"{quote}\"");
        }
    }
    println!("\n{} finding(s) shown of {}", shown.len(), findings.len());
    ExitCode::SUCCESS
}
