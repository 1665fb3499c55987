//! `seizures`: seizure totals that keep apart what a reader would.

use std::io::Write;

use eu_celac_drugs::analysis::{Facet, GroupBy, PeriodFilter, SeizureQuery, Units, seizure_totals};
use eu_celac_drugs::{Credit, SeizureAction, When};

use super::Global;
use crate::support::{Failure, Out, Outcome, Status, code, dataset, json};

/// Seizure totals in exact arithmetic, each saying what it adds up.
///
/// Seized and destroyed, each stated period, and a project's own seizures and those it
/// contributed to are kept apart unless --combine asks to add them; a combined total says
/// what it mixes. A total that includes an "over" figure is a lower bound, and says so. Exit
/// status 1 when no seizure passes the filters.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What the lines are keyed by.
    #[arg(long, default_value = "commodity", value_parser = code::<GroupBy>())]
    by: GroupBy,
    /// Totals in the units the report states (by default they are normalised exactly to
    /// kilograms and litres).
    #[arg(long)]
    as_stated: bool,
    /// Only figures stated for a period within this one: a year, a date or a span
    /// (2021, 2021-06/2022-05); undated figures are left out.
    #[arg(long, value_name = "WHEN", conflicts_with = "no_period")]
    period: Option<When>,
    /// Only figures with no stated period.
    #[arg(long)]
    no_period: bool,
    /// Only seizures with this action.
    #[arg(long, value_parser = code::<SeizureAction>())]
    action: Option<SeizureAction>,
    /// Only seizures with this credit.
    #[arg(long, value_parser = code::<Credit>())]
    credit: Option<Credit>,
    /// Add these facets together (repeatable); the lines say what they mix.
    #[arg(long, value_parser = code::<Facet>())]
    combine: Vec<Facet>,
}

/// Runs `seizures`.
pub fn run(args: &Args, global: &Global, out: &mut Out) -> Outcome {
    let report = dataset(global.data.as_ref())?;
    let query = SeizureQuery {
        by: args.by,
        units: if args.as_stated { Units::AsStated } else { Units::Normalised },
        period: match (args.period, args.no_period) {
            (Some(when), _) => PeriodFilter::Within(when),
            (None, true) => PeriodFilter::NotStated,
            (None, false) => PeriodFilter::Any,
        },
        action: args.action,
        credit: args.credit,
        combine: args.combine.iter().copied().collect(),
    };
    let lines = seizure_totals(&report, &query).map_err(Failure::msg)?;
    if global.json {
        json(out, &lines)?;
        return Ok(Status::good_if(!lines.is_empty()));
    }
    for line in &lines {
        writeln!(out, "{line}")?;
        let stated: Vec<String> = line.seizures().iter().map(|s| format!("{} ({})", s.stated(), s.id())).collect();
        writeln!(out, "    {} figure(s): {}", line.seizures().len(), stated.join("; "))?;
    }
    Ok(Status::good_if(!lines.is_empty()))
}
