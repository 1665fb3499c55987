//! `diff`: what changed between two editions.

use std::io::Write;
use std::path::PathBuf;

use eu_celac_drugs::curate::diff;

use super::Global;
use crate::support::{Out, Outcome, Status, dataset, json};

/// What changed between two editions.
///
/// Two editions of the report, as datasets in the JSON format, compared.
///
/// Programmes, projects, bodies and task forces that appear or end (matched by id, acronym or
/// alias); each country's involvements gained, lost, or changed in role or status; the
/// meetings of each edition; seizure figures by commodity side by side (never added up across
/// editions); findings new or resolved. Each change cites the quotes of both editions.
///
/// Exit status 0 when the editions do not differ in any of these, 1 when they do.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The older edition.
    #[arg(value_name = "OLD.json", value_hint = clap::ValueHint::FilePath)]
    old: PathBuf,
    /// The newer edition.
    #[arg(value_name = "NEW.json", value_hint = clap::ValueHint::FilePath)]
    new: PathBuf,
}

/// Runs `diff`.
pub fn run(args: &Args, global: &Global, out: &mut Out) -> Outcome {
    let old = dataset(Some(&args.old))?;
    let new = dataset(Some(&args.new))?;
    let result = diff(&old, &new);
    if global.json {
        json(out, &result)?;
    } else {
        write!(out, "{result}")?;
    }
    Ok(Status::good_if(!result.has_changes()))
}
