//! `timeline`: every dated fact, in date order.

use std::io::Write;

use eu_celac_drugs::analysis::{Selection, TimelineQuery, timeline};
use eu_celac_drugs::chrono::NaiveDate;

use super::Global;
use crate::support::{Failure, Out, Outcome, Status, json};

/// Which facts of a period to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Select {
    /// Every dated fact.
    All,
    /// Facts wholly inside the period.
    Inside,
    /// Also facts that cross its ends (with a known end).
    Overlapping,
    /// Also facts begun by its end that go on with no stated end.
    OpenEnded,
}

/// Every dated fact, in date order.
///
/// Every dated fact of the report in date order, placed against a period (the reporting
/// period unless --from and --to give one).
///
/// An undated event is placed within its parent's period, and says so. Exit status 1 when no
/// fact is selected.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The first day of the period (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", requires = "to")]
    from: Option<NaiveDate>,
    /// The last day of the period (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", requires = "from")]
    to: Option<NaiveDate>,
    /// Which facts to keep: every dated fact by default, those wholly inside the period
    /// when --from and --to are given.
    #[arg(long, value_enum)]
    select: Option<Select>,
}

/// Runs `timeline`.
pub fn run(args: &Args, global: &Global, out: &mut Out) -> Outcome {
    let report = crate::support::dataset(global.data.as_ref())?;
    let period = match (args.from, args.to) {
        (Some(from), Some(to)) if to < from => {
            return Err(Failure::msg(format!("the period ends ({to}) before it starts ({from})")));
        }
        (Some(from), Some(to)) => Some((from, to)),
        _ => None,
    };
    let default = if period.is_some() { Select::Inside } else { Select::All };
    let selection = match args.select.unwrap_or(default) {
        Select::All => Selection::All,
        Select::Inside => Selection::Inside,
        Select::Overlapping => Selection::Overlapping,
        Select::OpenEnded => Selection::OverlappingOrOpenEnded,
    };
    let query = TimelineQuery { period, selection, ..TimelineQuery::default() };
    let entries = timeline(&report, &query);
    if global.json {
        json(out, &entries)?;
        return Ok(Status::good_if(!entries.is_empty()));
    }
    for e in &entries {
        let dated_by =
            e.dated_by.as_ref().map(|p| format!("  (undated: within {})", report.label_of(p))).unwrap_or_default();
        writeln!(
            out,
            "{:<24} {:<10} {:<14} {}{dated_by}",
            e.when.to_string(),
            e.relation.to_string(),
            e.what,
            e.label
        )?;
    }
    Ok(Status::good_if(!entries.is_empty()))
}
