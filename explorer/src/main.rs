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
//! status 1.

use std::path::PathBuf;
use std::process::ExitCode;

use eu_celac_drugs_explorer::editions::{EditionSource, render_editions};

const USAGE: &str =
    "usage: eu-celac-drugs-explorer --out DIR [--from FILE.json [--source REPORT.md]]... [--with-compiled-in]";

/// A dataset to load, and the text of its report if given.
struct From {
    data: PathBuf,
    source: Option<PathBuf>,
}

struct Args {
    out: PathBuf,
    from: Vec<From>,
    with_compiled_in: bool,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let (mut out, mut from, mut with_compiled_in) = (None, Vec::<From>::new(), false);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value =
            |name: &str| it.next().map(PathBuf::from).ok_or_else(|| format!("{name} needs a value; {USAGE}"));
        match arg.as_str() {
            "--out" => out = Some(value("--out")?),
            "--from" => from.push(From { data: value("--from")?, source: None }),
            "--source" => {
                let source = value("--source")?;
                match from.last_mut() {
                    None => return Err("--source goes with --from (the compiled-in report has its text)".to_owned()),
                    Some(f) if f.source.is_some() => {
                        return Err(format!(
                            "{} has two --source; give each --from its own, right after it",
                            f.data.display()
                        ));
                    }
                    Some(f) => f.source = Some(source),
                }
            }
            "--with-compiled-in" => with_compiled_in = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    Ok(Args { out: out.ok_or_else(|| format!("--out is required; {USAGE}"))?, from, with_compiled_in })
}

fn read(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn run(args: &Args) -> Result<(usize, usize), (u8, String)> {
    let bad = |e: String| (2, e);
    let mut loaded = Vec::new();
    for f in &args.from {
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse(&args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
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
