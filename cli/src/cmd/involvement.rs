//! `involvement`: the ranked table of every involved country.

use std::io::Write;

use eu_celac_drugs::analysis::{BlocFilter, Filter, InvolvementKind, InvolvementRow, StatusFilter, involvement_table};
use eu_celac_drugs::{Bloc, Country};

use super::Global;
use crate::support::{Failure, Out, Outcome, Status, code, dataset, json};

/// Which countries take part in what, ranked.
///
/// The ranked table of every involved country.
///
/// Score = the sum over a country's involvements of role weight (3 leading, 2 another role,
/// 1 none) times status weight (2 active, 1 prospect). Claims on a whole bloc ("the entire
/// CELAC region") cover a country without naming it: counted apart, in neither total nor
/// score. Exit status 1 when no country passes the filters.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only the countries of this bloc.
    #[arg(long, value_parser = code::<BlocFilter>())]
    bloc: Option<BlocFilter>,
    /// Only present and past involvements (not prospects: applicants, planned, potential).
    #[arg(long)]
    active: bool,
    /// Only involvements that count for this programme (an id, such as gifp or copolad).
    #[arg(long, value_name = "ID")]
    programme: Option<String>,
}

/// The bloc a country is counted in, for readers.
pub fn bloc_of(c: Country) -> &'static str {
    if c.is_member(Bloc::Celac) {
        "CELAC"
    } else if c.is_member(Bloc::Eu) {
        "EU"
    } else if c.is_territory() {
        "territory"
    } else {
        "other"
    }
}

fn row_json(row: &InvolvementRow) -> serde_json::Value {
    let c = row.country();
    let kinds: serde_json::Map<String, serde_json::Value> =
        InvolvementKind::iter().map(|k| (k.to_string(), row.count(k).into())).filter(|(_, n)| *n != 0).collect();
    serde_json::json!({
        "country": c.alpha2(),
        "name": c.common_name(),
        "bloc": bloc_of(c),
        "score": row.score(),
        "total": row.total(),
        "indirect": row.indirect(),
        "bloc_claims": row.bloc_claims(),
        "by_kind": kinds,
        "by_role": row.by_role().iter().map(|(r, n)| (r.to_string(), *n)).collect::<std::collections::BTreeMap<_, _>>(),
        "by_status": row.by_status().iter().map(|(s, n)| (s.to_string(), *n)).collect::<std::collections::BTreeMap<_, _>>(),
    })
}

/// Runs `involvement`.
pub fn run(args: &Args, global: &Global, out: &mut Out) -> Outcome {
    let report = dataset(global.data.as_ref())?;
    if let Some(id) = args.programme.as_ref().filter(|id| report.programme(id).is_none()) {
        let known: Vec<&str> = report.programmes().iter().map(|p| p.id().as_str()).collect();
        return Err(Failure::msg(format!("unknown programme {id:?}; known: {}", known.join(", "))));
    }
    let filter = Filter {
        bloc: args.bloc,
        statuses: if args.active { StatusFilter::ActiveOnly } else { StatusFilter::default() },
        programme: args.programme.clone(),
        ..Filter::default()
    };
    let rows = involvement_table(&report, &filter);
    if global.json {
        json(out, &rows.iter().map(row_json).collect::<Vec<_>>())?;
        return Ok(Status::good_if(!rows.is_empty()));
    }
    let width = rows.iter().map(|r| r.country().common_name().chars().count()).max().unwrap_or(7).max(7);
    writeln!(
        out,
        "{:>4}  {:<4} {:<width$}  {:<9} {:>5} {:>5} {:>5} {:>5}",
        "rank", "code", "country", "bloc", "score", "total", "indir", "claim"
    )?;
    for (rank, row) in rows.iter().enumerate() {
        let c = row.country();
        writeln!(
            out,
            "{:>4}  {:<4} {:<width$}  {:<9} {:>5} {:>5} {:>5} {:>5}",
            rank + 1,
            c.alpha2(),
            c.common_name(),
            bloc_of(c),
            row.score(),
            row.total(),
            row.indirect(),
            row.bloc_claims()
        )?;
    }
    Ok(Status::good_if(!rows.is_empty()))
}
