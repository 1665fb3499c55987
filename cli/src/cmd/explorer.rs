//! `explorer`: the static, offline website of a dataset.

use std::io::Write;
use std::path::PathBuf;

use eu_celac_drugs_explorer::editions::{EditionSource, render_editions};

use super::Global;
use crate::support::{Failure, Out, Outcome, Status, dataset, json, read_text};

/// The largest report text read: 64 MiB.
const MAX_TEXT_BYTES: usize = 64 << 20;

/// Builds the explorer, a static website readable offline.
///
/// Home, country, programme, meeting and seizure pages, and the annotated report, as static
/// files; open `index.html` in the output folder. With `--edition`, several editions of the
/// report in one site: the newest at the root, the others under `editions/`, an edition switch
/// on every page and a page of what changed between consecutive editions.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder to write the site into (created if need be).
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    out: PathBuf,
    /// The report's text, for the annotated report page of a dataset given with --data (the
    /// compiled-in report has its text).
    #[arg(long, value_name = "REPORT.md", value_hint = clap::ValueHint::FilePath)]
    source: Option<PathBuf>,
    /// Another edition of the report (the JSON format, or a snapshot), built into the same site
    /// beside the one of --data (or the compiled-in report); repeat it for more.
    #[arg(long, value_name = "FILE.json", value_hint = clap::ValueHint::FilePath)]
    edition: Vec<PathBuf>,
    /// The report's text of an --edition: the first --edition-source goes with the first
    /// --edition, and so on (an edition without one has no annotated report page).
    #[arg(long, value_name = "REPORT.md", value_hint = clap::ValueHint::FilePath, requires = "edition")]
    edition_source: Vec<PathBuf>,
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
    if args.edition_source.len() > args.edition.len() {
        return Err(Failure::msg(format!(
            "{} --edition-source for {} --edition: each text goes with the edition of the same rank",
            args.edition_source.len(),
            args.edition.len()
        )));
    }
    let mut others = Vec::with_capacity(args.edition.len());
    for (i, path) in args.edition.iter().enumerate() {
        let text = args.edition_source.get(i).map(|p| read_text(p, MAX_TEXT_BYTES)).transpose()?;
        others.push((dataset(Some(path))?, text));
    }
    let mut editions = vec![EditionSource { dataset: &report, source_text: text.as_deref() }];
    editions.extend(others.iter().map(|(d, t)| EditionSource { dataset: d, source_text: t.as_deref() }));
    let site = render_editions(&editions).map_err(Failure::msg)?;
    site.write(&args.out).map_err(Failure::msg)?;
    let index = args.out.join("index.html");
    if global.json {
        json(out, &serde_json::json!({ "pages": site.pages().count(), "bytes": site.total_size(), "index": index }))?;
    } else {
        writeln!(out, "{} pages, {} kB: open {}", site.pages().count(), site.total_size() / 1000, index.display())?;
    }
    Ok(Status::Good)
}
