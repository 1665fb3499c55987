//! Every dated fact of the report in date order, placed against the reporting period.
//!
//! ```text
//! cargo run --example timeline                            # everything
//! cargo run --example timeline -- 2022-01-01 2022-05-31   # only what overlaps a period
//! ```

use std::process::ExitCode;

use chrono::NaiveDate;
use eu_celac_drugs::analysis::timeline;
use eu_celac_drugs::report_2021_2022;

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("{s:?} is not a date YYYY-MM-DD: {e}"))
}

fn run(args: Vec<String>) -> Result<(), String> {
    let report = report_2021_2022();
    let (period, only) = match args.as_slice() {
        [] => (None, false),
        [from, to] => {
            let (from, to) = (date(from)?, date(to)?);
            if to < from {
                return Err(format!("the period ends ({to}) before it starts ({from})"));
            }
            (Some((from, to)), true)
        }
        _ => return Err("give no argument, or a period: FROM TO (YYYY-MM-DD)".to_owned()),
    };
    let meta = report.meta();
    println!("Reporting period: {} to {}", meta.period_start(), meta.period_end());
    let entries = timeline(report, period, only);
    for e in &entries {
        println!(
            "{:<26} {:<7} {:<13} {}{}",
            e.when.to_string(),
            e.relation.to_string(),
            e.what,
            e.label,
            if e.inferred { "  (year inferred)" } else { "" }
        );
    }
    println!("\n{} dated fact(s)", entries.len());
    Ok(())
}
