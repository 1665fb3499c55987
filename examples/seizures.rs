//! Seizure totals from the report, in exact arithmetic, each saying what it adds up: seized or
//! destroyed, for which stated period, own seizures or contributions.
//!
//! ```text
//! cargo run --example seizures                       # by commodity, normalised to kilograms and litres
//! cargo run --example seizures -- project            # by commodity, category, project, operation, place, period, action or credit
//! cargo run --example seizures -- --as-stated        # in the units the report states
//! cargo run --example seizures -- --period 2021      # only figures stated for 2021 (undated ones are left out)
//! cargo run --example seizures -- --no-period        # only figures with no stated period
//! cargo run --example seizures -- --action seized    # only seizures (or: destroyed)
//! cargo run --example seizures -- --credit own       # only a project's own (or: contribution)
//! cargo run --example seizures -- --combine action   # add seized and destroyed together; the lines say so
//! ```

use std::process::ExitCode;

use eu_celac_drugs::analysis::{Facet, PeriodFilter, SeizureQuery, Units, budget_lines, seizure_totals};
use eu_celac_drugs::{Credit, SeizureAction, When, report_2021_2022};

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// The value after an option, parsed.
fn value<T: std::str::FromStr>(
    args: &mut impl Iterator<Item = String>,
    option: &str,
    expected: &str,
) -> Result<T, String> {
    let text = args.next().ok_or_else(|| format!("{option} needs a value: {expected}"))?;
    text.parse().map_err(|_| format!("{option} {text:?}: expected {expected}"))
}

fn parse(args: Vec<String>) -> Result<SeizureQuery, String> {
    let mut query = SeizureQuery { units: Units::Normalised, ..SeizureQuery::default() };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--as-stated" => query.units = Units::AsStated,
            "--period" => {
                let when: When = value(&mut args, "--period", "a year, date or span such as 2021 or 2021-06/2022-05")?;
                query.period = PeriodFilter::Within(when);
            }
            "--no-period" => query.period = PeriodFilter::NotStated,
            "--action" => query.action = Some(value::<SeizureAction>(&mut args, "--action", "seized or destroyed")?),
            "--credit" => query.credit = Some(value::<Credit>(&mut args, "--credit", "own or contribution")?),
            "--combine" => {
                query.combine.insert(value::<Facet>(&mut args, "--combine", "action, period or credit")?);
            }
            other if other.starts_with('-') => return Err(format!("unknown option {other:?}")),
            other => {
                query.by = other.parse().map_err(|_| {
                    format!(
                        "unknown grouping {other:?}: use commodity, category, project, operation, place, period, action or credit"
                    )
                })?;
            }
        }
    }
    Ok(query)
}

/// What the table holds, in words.
fn heading(query: &SeizureQuery) -> String {
    let mut parts = vec![format!("Seizures in the report, by {}", query.by)];
    parts.push(match query.units {
        Units::AsStated => "in the units stated".to_owned(),
        Units::Normalised => "normalised exactly to kilograms and litres".to_owned(),
    });
    let apart: Vec<&str> = [(Facet::Action, "seized/destroyed"), (Facet::Period, "period"), (Facet::Credit, "credit")]
        .into_iter()
        .filter(|(f, _)| !query.combine.contains(f))
        .map(|(_, words)| words)
        .collect();
    if !apart.is_empty() {
        parts.push(format!("kept apart: {}", apart.join(", ")));
    }
    if !query.combine.is_empty() {
        let combined: Vec<String> = query.combine.iter().map(ToString::to_string).collect();
        parts.push(format!("combined on request: {}", combined.join(", ")));
    }
    match query.period {
        PeriodFilter::Any => {}
        PeriodFilter::Within(when) => parts.push(format!("only figures stated for a period within {when}")),
        PeriodFilter::NotStated => parts.push("only figures with no stated period".to_owned()),
    }
    if let Some(action) = query.action {
        parts.push(format!("only {action}"));
    }
    if let Some(credit) = query.credit {
        parts.push(match credit {
            Credit::Own => "only projects' own seizures".to_owned(),
            Credit::Contribution => "only seizures projects contributed to".to_owned(),
        });
    }
    parts.join("; ")
}

fn run(args: Vec<String>) -> Result<(), String> {
    let query = parse(args)?;
    let report = report_2021_2022();
    let lines = seizure_totals(report, &query).map_err(|e| e.to_string())?;
    println!("{}:\n", heading(&query));
    if lines.is_empty() {
        println!("(no seizure matches)");
    }
    for line in &lines {
        println!("{line}");
        let stated: Vec<String> = line.seizures().iter().map(|s| format!("{} ({})", s.stated(), s.id())).collect();
        println!("    {} figure(s): {}", line.seizures().len(), stated.join("; "));
    }
    println!("\nBudgets, per currency:\n");
    for line in budget_lines(report).map_err(|e| e.to_string())? {
        let stated: Vec<&str> = line.budgets.iter().map(|b| b.stated()).collect();
        println!("{:<20} {:>28}  ({})", line.label, line.total.to_string(), stated.join("; "));
    }
    Ok(())
}
