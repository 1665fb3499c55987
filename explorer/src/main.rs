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
//! status 1.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: eu-celac-drugs-explorer --out DIR [--from FILE.json [--source REPORT.md]]";

struct Args {
    out: PathBuf,
    from: Option<PathBuf>,
    source: Option<PathBuf>,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let (mut out, mut from, mut source) = (None, None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value =
            |name: &str| it.next().map(PathBuf::from).ok_or_else(|| format!("{name} needs a value; {USAGE}"));
        match arg.as_str() {
            "--out" => out = Some(value("--out")?),
            "--from" => from = Some(value("--from")?),
            "--source" => source = Some(value("--source")?),
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    if source.is_some() && from.is_none() {
        return Err("--source goes with --from (the compiled-in report has its text)".to_owned());
    }
    Ok(Args { out: out.ok_or_else(|| format!("--out is required; {USAGE}"))?, from, source })
}

fn read(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn run(args: &Args) -> Result<(usize, usize), (u8, String)> {
    let bad = |e: String| (2, e);
    let (site, _) = match &args.from {
        None => {
            let report = eu_celac_drugs::report_2021_2022();
            (eu_celac_drugs_explorer::render(report, Some(eu_celac_drugs::SOURCE_TEXT)), ())
        }
        Some(path) => {
            let json = read(path).map_err(bad)?;
            let dataset = eu_celac_drugs::export::from_json(&json)
                // `{e:#}`: the count and the first problem, in one line.
                .map_err(|e| bad(format!("{} does not hold a valid dataset: {e:#}", path.display())))?;
            let text = args.source.as_ref().map(read).transpose().map_err(bad)?;
            (eu_celac_drugs_explorer::render(&dataset, text.as_deref()), ())
        }
    };
    let site = site.map_err(|e| (1, e.to_string()))?;
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
