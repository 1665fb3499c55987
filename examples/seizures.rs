//! Seizure totals from the report, in exact arithmetic.
//!
//! ```text
//! cargo run --example seizures                  # by commodity, normalised to kilograms and litres
//! cargo run --example seizures -- project       # by project (commodity, category, project, operation, place, period, action)
//! cargo run --example seizures -- commodity --as-stated   # in the units the report states
//! ```

use std::process::ExitCode;

use eu_celac_drugs::analysis::{GroupBy, budget_lines, seizure_totals};
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

fn run(args: Vec<String>) -> Result<(), String> {
    let mut by = GroupBy::Commodity;
    let mut normalise = true;
    for arg in args {
        match arg.as_str() {
            "--as-stated" => normalise = false,
            other => {
                by = other.parse().map_err(|_| {
                    format!("unknown grouping {other:?}: use commodity, category, project, operation, place, period or action")
                })?;
            }
        }
    }
    let report = report_2021_2022();
    let lines = seizure_totals(report, by, normalise).map_err(|e| e.to_string())?;
    println!(
        "Seizures in the report, by {by}{}:\n",
        if normalise { ", normalised exactly to base units" } else { ", in the units stated" }
    );
    let width = lines.iter().map(|l| l.key.chars().count()).max().unwrap_or(3).max(3);
    println!("{:<width$}  {:>28}  {:>5}  stated figures", "key", "total", "n");
    for line in &lines {
        let stated: Vec<String> = line.seizures.iter().map(|s| format!("{} ({})", s.stated(), s.id())).collect();
        println!(
            "{:<width$}  {:>28}  {:>5}  {}",
            line.key,
            line.total.to_string(),
            line.seizures.len(),
            stated.join("; ")
        );
    }
    println!("\nBudgets, per currency:\n");
    for line in budget_lines(report).map_err(|e| e.to_string())? {
        let stated: Vec<&str> = line.budgets.iter().map(|b| b.stated()).collect();
        println!("{:<20} {:>28}  ({})", line.label, line.total.to_string(), stated.join("; "));
    }
    Ok(())
}
