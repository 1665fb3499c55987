//! Every dated fact of the report in date order, placed against the reporting period.
//!
//! ```text
//! cargo run --example timeline                                   # everything, against the reporting period
//! cargo run --example timeline -- 2022-01-01 2022-05-31          # only what lies wholly inside a period
//! cargo run --example timeline -- 2022-01-01 2022-05-31 --overlapping   # also what crosses its ends
//! cargo run --example timeline -- 2022-01-01 2022-05-31 --open-ended    # and what goes on with no stated end
//! ```

use std::process::ExitCode;

use eu_celac_drugs::analysis::{Selection, TimelineQuery, timeline};
use eu_celac_drugs::chrono::NaiveDate;
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

const USAGE: &str = "give no argument, or a period FROM TO (YYYY-MM-DD) with --overlapping or --open-ended";

fn run(args: Vec<String>) -> Result<(), String> {
    let report = report_2021_2022();
    let mut dates = Vec::new();
    let mut selection = None;
    for arg in &args {
        match arg.as_str() {
            "--overlapping" => selection = Some(Selection::Overlapping),
            "--open-ended" => selection = Some(Selection::OverlappingOrOpenEnded),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag:?}: {USAGE}")),
            d => dates.push(date(d)?),
        }
    }
    let query = match dates.as_slice() {
        [] if selection.is_none() => TimelineQuery::default(),
        [from, to] => {
            if to < from {
                return Err(format!("the period ends ({to}) before it starts ({from})"));
            }
            TimelineQuery {
                period: Some((*from, *to)),
                selection: selection.unwrap_or(Selection::Inside),
                ..TimelineQuery::default()
            }
        }
        _ => return Err(USAGE.to_owned()),
    };
    let meta = report.meta();
    let (from, to) = query.period.unwrap_or((meta.period_start(), meta.period_end()));
    println!("Reporting period: {} to {}", meta.period_start(), meta.period_end());
    println!(
        "Shown: {} against {from} to {to}",
        match query.selection {
            Selection::All => "every dated fact",
            Selection::Inside => "facts wholly inside the period (--overlapping adds those crossing its ends)",
            Selection::Overlapping => "facts wholly or partly inside, with a known end (--open-ended adds the rest)",
            Selection::OverlappingOrOpenEnded => "facts wholly or partly inside, and open-ended facts begun by its end",
        }
    );
    let entries = timeline(report, &query);
    for e in &entries {
        let dated_by = e.dated_by.as_ref().map(|p| format!("  (undated: within {})", report.label_of(p)));
        println!(
            "{:<26} {:<10} {:<13} {}{}{}",
            e.when.to_string(),
            e.relation.to_string(),
            e.what,
            e.label,
            if e.inferred { "  (year inferred)" } else { "" },
            dated_by.unwrap_or_default(),
        );
    }
    let by_parent = entries.iter().filter(|e| e.dated_by.is_some()).count();
    println!(
        "\n{} dated fact(s), of which {by_parent} undated event(s) placed within the period of what they belong to",
        entries.len()
    );
    Ok(())
}
