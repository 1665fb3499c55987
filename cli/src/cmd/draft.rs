//! `draft`: a first dataset from a new report's text.

use std::io::Write;
use std::path::PathBuf;

use eu_celac_drugs::curate::draft::{self, MAX_INPUT_BYTES};
use eu_celac_drugs::{RecordKind, export};

use super::Global;
use crate::support::{Failure, Out, Outcome, Status, json, read_bytes};

/// Drafts a first dataset from a report's text, for a curator to review.
///
/// Reads the report as the Markdown-like text the 2021–2022 report comes as, or as the flat text
/// a PDF gives (page headers and footers dropped, words split at line ends joined), and drafts
/// its metadata, sections, meetings, documents and what was done to them, countries with their
/// roles, seizures, counts and budgets. Every record quotes its sentence and carries a note that
/// it is a draft to review; what the draft cannot place, `check` reports as uncovered.
///
/// Writes the dataset in the crate's JSON format to --out (a summary on stdout), or to stdout
/// without --out. Then: review it, and `eu-celac-drugs check DRAFT.json --text REPORT.txt`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The report's text (Markdown-like, or the flat text of a PDF), UTF-8, at most 8 MiB.
    #[arg(value_name = "REPORT.txt", value_hint = clap::ValueHint::FilePath)]
    text: PathBuf,
    /// Where to write the drafted dataset (JSON); stdout when left out.
    #[arg(long, value_name = "DRAFT.json", value_hint = clap::ValueHint::FilePath)]
    out: Option<PathBuf>,
}

/// Runs `draft`.
pub fn run(args: &Args, global: &Global, out: &mut Out) -> Outcome {
    let bytes = read_bytes(&args.text, MAX_INPUT_BYTES)?;
    let drafted =
        draft::draft_bytes(&bytes).map_err(|e| Failure::msg(format!("{}: no draft: {e}", args.text.display())))?;
    let dataset = drafted.dataset();
    let document = export::to_json(dataset).map_err(Failure::msg)?;
    let Some(path) = &args.out else {
        writeln!(out, "{document}")?;
        return Ok(Status::Good);
    };
    std::fs::write(path, document).map_err(|e| Failure::msg(format!("cannot write {}: {e}", path.display())))?;
    let mut counts: Vec<(RecordKind, usize)> = RecordKind::ALL.iter().map(|&k| (k, 0)).collect();
    for (kind, ..) in dataset.records() {
        if let Some((_, n)) = counts.iter_mut().find(|(k, _)| *k == kind) {
            *n += 1;
        }
    }
    counts.retain(|(_, n)| *n > 0);
    if global.json {
        let kinds: serde_json::Map<String, serde_json::Value> =
            counts.iter().map(|(k, n)| (k.to_string(), serde_json::Value::from(*n))).collect();
        json(
            out,
            &serde_json::json!({
                "out": path,
                "records": dataset.len(),
                "by_kind": kinds,
                "review_notes": drafted.notes().len(),
            }),
        )?;
    } else {
        let by_kind: Vec<String> = counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
        writeln!(
            out,
            "{}: {} drafted records ({}), {} review notes; review them, then: eu-celac-drugs check {} --text {}",
            path.display(),
            dataset.len(),
            by_kind.join(", "),
            drafted.notes().len(),
            path.display(),
            args.text.display()
        )?;
    }
    Ok(Status::Good)
}
