//! Builds the explorer: a static, offline website of the report.
//!
//! ```sh
//! cargo run -p eu-celac-drugs-explorer -- --out target/site                 # the compiled-in report
//! cargo run -p eu-celac-drugs-explorer -- --from data.json --out site      # any dataset in the JSON format
//! cargo run -p eu-celac-drugs-explorer -- --from data.json --source report.md --out site
//! ```
//!
//! Open `index.html` in the output folder. A bad argument gets a one-line error and exit status
//! 2; a dataset that does not load gets the library's error in one line (how many problems, and
//! the first with its JSON path) and exit status 2 too; a folder that cannot be written, exit
//! status 1. The `eu-celac-drugs explorer` subcommand of the command line does the same.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Builds the explorer, a static website of the report readable offline.
///
/// Exit status 0 when the site is written; 1 when the folder cannot be written; 2 on a bad
/// argument or a dataset that does not load.
#[derive(Debug, Parser)]
#[command(name = "eu-celac-drugs-explorer", version)]
struct Args {
    /// The folder to write the site into (created if need be).
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    out: PathBuf,
    /// A dataset in the crate's JSON format (the compiled-in report when left out).
    #[arg(long, value_name = "FILE.json", value_hint = clap::ValueHint::FilePath)]
    from: Option<PathBuf>,
    /// The report's text, for the annotated report page of a dataset given with --from.
    #[arg(long, value_name = "REPORT.md", value_hint = clap::ValueHint::FilePath, requires = "from")]
    source: Option<PathBuf>,
}

fn read(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn run(args: &Args) -> Result<(usize, usize), (u8, String)> {
    let bad = |e: String| (2, e);
    let site = match &args.from {
        None => {
            let report = eu_celac_drugs::report_2021_2022();
            eu_celac_drugs_explorer::render(report, Some(eu_celac_drugs::SOURCE_TEXT))
        }
        Some(path) => {
            let json = read(path).map_err(bad)?;
            let dataset = eu_celac_drugs::export::from_json(&json)
                // `{e:#}`: the count and the first problem, in one line.
                .map_err(|e| bad(format!("{} does not hold a valid dataset: {e:#}", path.display())))?;
            let text = args.source.as_ref().map(read).transpose().map_err(bad)?;
            eu_celac_drugs_explorer::render(&dataset, text.as_deref())
        }
    };
    let site = site.map_err(|e| (1, e.to_string()))?;
    site.write(&args.out).map_err(|e| (1, e.to_string()))?;
    Ok((site.pages().count(), site.total_size()))
}

/// A clap error in one line (`error: …`, with clap's tip), status 2; help and version as clap
/// writes them, status 0.
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let rendered = e.render().to_string();
    let mut line = String::new();
    for l in rendered.lines().map(str::trim) {
        if l.is_empty() || l.starts_with("Usage:") || l.starts_with("For more information") {
            continue;
        }
        if !line.is_empty() {
            line.push_str(if line.ends_with(':') || l.starts_with('[') { " " } else { "; " });
        }
        line.push_str(l.strip_prefix("error: ").unwrap_or(l));
    }
    eprintln!("error: {line} (see eu-celac-drugs-explorer --help)");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => return usage_error(&e),
    };
    match run(&args) {
        Ok((pages, size)) => {
            println!("{} pages, {} kB: open {}", pages, size / 1000, args.out.join("index.html").display());
            ExitCode::SUCCESS
        }
        Err((status, e)) => {
            eprintln!("error: {e}");
            ExitCode::from(status)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_grammar_is_consistent() {
        super::Args::command().debug_assert();
    }
}
