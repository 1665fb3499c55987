//! Builds the explorer: a static, offline website of the report.
//!
//! ```sh
//! cargo run -p eu-celac-drugs-explorer -- --out target/site                 # the compiled-in report
//! cargo run -p eu-celac-drugs-explorer -- --from data.json --out site      # any dataset in the JSON format
//! cargo run -p eu-celac-drugs-explorer -- --from data.json --source report.md --out site
//! # Several editions in one site: the newest at the root, the others under editions/, an edition
//! # switch on every page and a page of what changed between consecutive editions.
//! cargo run -p eu-celac-drugs-explorer -- --from a.json --source a.md --from b.json --out site
//! cargo run -p eu-celac-drugs-explorer -- --with-compiled-in --from next.json --source next.md --out site
//! ```
//!
//! `--from` may be given more than once: each dataset is an edition, ordered by reporting period.
//! A `--source` is the text of the report of the `--from` just before it (one per `--from`, which
//! may have none). `--with-compiled-in` adds the compiled-in report, with its text, as one more
//! edition; without any `--from`, the compiled-in report alone is the site.
//!
//! Open `index.html` in the output folder. A bad argument gets a one-line error and exit status
//! 2; a dataset that does not load gets the library's error in one line (how many problems, and
//! the first with its JSON path) and exit status 2 too; a folder that cannot be written, exit
//! status 1. The `eu-celac-drugs explorer` subcommand of the command line does the same.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{ArgAction, CommandFactory, FromArgMatches, Parser};
use eu_celac_drugs_explorer::editions::{EditionSource, render_editions};

/// Builds the explorer, a static website of the report readable offline.
///
/// Several `--from` build one site of several editions: the newest at the root, the others under
/// `editions/`, an edition switch on every page and a page of what changed between consecutive
/// editions. Exit status 0 when the site is written; 1 when the folder cannot be written; 2 on a
/// bad argument or a dataset that does not load.
#[derive(Debug, Parser)]
#[command(name = "eu-celac-drugs-explorer", version)]
struct Args {
    /// The folder to write the site into (created if need be).
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    out: PathBuf,
    /// A dataset in the crate's JSON format, one edition of the report; repeat it for several
    /// editions (the compiled-in report when left out).
    #[arg(long, value_name = "FILE.json", value_hint = clap::ValueHint::FilePath, action = ArgAction::Append)]
    from: Vec<PathBuf>,
    /// The report's text of the --from just before it, for its annotated report page (one per
    /// --from).
    #[arg(
        long,
        value_name = "REPORT.md",
        value_hint = clap::ValueHint::FilePath,
        requires = "from",
        action = ArgAction::Append
    )]
    source: Vec<PathBuf>,
    /// Adds the compiled-in report, with its text, as one more edition (first among editions of
    /// the same period).
    #[arg(long)]
    with_compiled_in: bool,
}

/// A dataset to load, and the text of its report if given.
struct From {
    data: PathBuf,
    source: Option<PathBuf>,
}

/// Each `--from` with the `--source` given right after it, if any.
fn pair(args: &Args, matches: &clap::ArgMatches) -> Result<Vec<From>, String> {
    let from_at: Vec<usize> = matches.indices_of("from").map(Iterator::collect).unwrap_or_default();
    let source_at: Vec<usize> = matches.indices_of("source").map(Iterator::collect).unwrap_or_default();
    let mut out: Vec<From> = args.from.iter().map(|data| From { data: data.clone(), source: None }).collect();
    for (source, at) in args.source.iter().zip(source_at) {
        let Some(i) = from_at.iter().rposition(|&f| f < at) else {
            return Err("--source goes with the --from before it (the compiled-in report has its text)".to_owned());
        };
        match out.get_mut(i) {
            Some(f) if f.source.is_some() => {
                return Err(format!("{} has two --source; give each --from its own, right after it", f.data.display()));
            }
            Some(f) => f.source = Some(source.clone()),
            None => return Err("--source goes with the --from before it".to_owned()),
        }
    }
    Ok(out)
}

fn read(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn run(args: &Args, from: &[From]) -> Result<(usize, usize), (u8, String)> {
    let bad = |e: String| (2, e);
    let mut loaded = Vec::new();
    for f in from {
        let json = read(&f.data).map_err(bad)?;
        let dataset = eu_celac_drugs::export::from_json(&json)
            // `{e:#}`: the count and the first problem, in one line.
            .map_err(|e| bad(format!("{} does not hold a valid dataset: {e:#}", f.data.display())))?;
        let text = f.source.as_ref().map(read).transpose().map_err(bad)?;
        loaded.push((dataset, text));
    }
    let mut editions: Vec<EditionSource<'_>> =
        loaded.iter().map(|(d, t)| EditionSource { dataset: d, source_text: t.as_deref() }).collect();
    if args.with_compiled_in || editions.is_empty() {
        editions.insert(
            0,
            EditionSource {
                dataset: eu_celac_drugs::report_2021_2022(),
                source_text: Some(eu_celac_drugs::SOURCE_TEXT),
            },
        );
    }
    let site = render_editions(&editions).map_err(|e| (1, e.to_string()))?;
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
    let matches = match Args::command().try_get_matches() {
        Ok(m) => m,
        Err(e) => return usage_error(&e),
    };
    let args = match Args::from_arg_matches(&matches) {
        Ok(a) => a,
        Err(e) => return usage_error(&e),
    };
    let from = match pair(&args, &matches) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match run(&args, &from) {
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
    use clap::{CommandFactory, FromArgMatches};

    use super::{Args, pair};

    #[test]
    fn the_grammar_is_consistent() {
        Args::command().debug_assert();
    }

    /// Each --source goes with the --from just before it.
    #[test]
    fn sources_pair_with_the_from_before_them() {
        let parse = |args: &[&str]| {
            let m = Args::command()
                .try_get_matches_from(["x", "--out", "o"].iter().chain(args))
                .map_err(|e| e.to_string())?;
            let a = Args::from_arg_matches(&m).map_err(|e| e.to_string())?;
            pair(&a, &m).map(|f| {
                f.iter()
                    .map(|f| (f.data.display().to_string(), f.source.as_ref().map(|s| s.display().to_string())))
                    .collect::<Vec<_>>()
            })
        };
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(
            parse(&["--from", "a.json", "--from", "b.json", "--source", "b.md"]),
            Ok(vec![("a.json".to_owned(), None), ("b.json".to_owned(), s("b.md"))])
        );
        assert_eq!(
            parse(&["--from", "a.json", "--source", "a.md", "--from", "b.json"]),
            Ok(vec![("a.json".to_owned(), s("a.md")), ("b.json".to_owned(), None)])
        );
        assert!(parse(&["--source", "a.md", "--from", "a.json"]).is_err_and(|e| e.contains("--source goes with")));
        assert!(
            parse(&["--from", "a.json", "--source", "a.md", "--source", "b.md"])
                .is_err_and(|e| e.contains("two --source"))
        );
    }
}
