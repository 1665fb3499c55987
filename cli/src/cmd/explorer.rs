//! `explorer`: the static, offline website of a dataset.

use std::io::Write;
use std::path::PathBuf;

use super::Global;
use crate::support::{Failure, Out, Outcome, Status, dataset, json, read_text};

/// The largest report text read: 64 MiB.
const MAX_TEXT_BYTES: usize = 64 << 20;

/// Builds the explorer, a static website readable offline.
///
/// Home, country, programme, meeting and seizure pages, and the annotated report, as static
/// files; open `index.html` in the output folder.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder to write the site into (created if need be).
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    out: PathBuf,
    /// The report's text, for the annotated report page of a dataset given with --data (the
    /// compiled-in report has its text).
    #[arg(long, value_name = "REPORT.md", value_hint = clap::ValueHint::FilePath)]
    source: Option<PathBuf>,
}

/// Runs `explorer`.
pub fn run(args: &Args, global: &Global, out: &mut Out) -> Outcome {
    if args.source.is_some() && global.data.is_none() {
        return Err(Failure::msg("--source goes with --data (the compiled-in report has its text)"));
    }
    let report = dataset(global.data.as_ref())?;
    let text = match (&args.source, &global.data) {
        (Some(path), _) => Some(read_text(path, MAX_TEXT_BYTES)?),
        (None, None) => Some(eu_celac_drugs::SOURCE_TEXT.to_owned()),
        (None, Some(_)) => None,
    };
    let site = eu_celac_drugs_explorer::render(&report, text.as_deref()).map_err(Failure::msg)?;
    site.write(&args.out).map_err(Failure::msg)?;
    let index = args.out.join("index.html");
    if global.json {
        json(out, &serde_json::json!({ "pages": site.pages().count(), "bytes": site.total_size(), "index": index }))?;
    } else {
        writeln!(out, "{} pages, {} kB: open {}", site.pages().count(), site.total_size() / 1000, index.display())?;
    }
    Ok(Status::Good)
}
