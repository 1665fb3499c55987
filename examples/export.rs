//! Writes the compiled-in report in an interchange format.
//!
//! ```sh
//! cargo run --all-features --example export -- --format json --out out/   # out/eu-celac-drugs.json
//! cargo run --all-features --example export -- --format csv --out out/    # out/*.csv + out/datapackage.json
//! cargo run --all-features --example export -- --format schema --out out/ # out/eu-celac-drugs.schema.json
//! cargo run --all-features --example export -- --format snapshot --out out/ # out/eu-celac-drugs.snapshot
//! # Another dataset, loaded (and validated) from a JSON document instead of the compiled-in report:
//! cargo run --all-features --example export -- --format csv --out out/ --input tests/fixtures/report-fixture.json
//! ```
//!
//! With no arguments it prints this usage and what each format would hold, and exits with
//! status 0. A bad argument or an unwritable directory gets a one-line error and exit status 2
//! or 1.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use eu_celac_drugs::{Dataset, export};

const USAGE: &str = "usage: export --format json|csv|schema|snapshot --out DIR [--input DATASET.json]";

#[derive(Clone, Copy)]
enum Format {
    Json,
    Csv,
    Schema,
    Snapshot,
}

/// What to write, where, and from which dataset (the compiled-in report when `input` is `None`).
struct Args {
    format: Format,
    out: PathBuf,
    input: Option<PathBuf>,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut format = None;
    let mut out = None;
    let mut input = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--format" => {
                format = Some(match it.next().map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("csv") => Format::Csv,
                    Some("schema") => Format::Schema,
                    Some("snapshot") => Format::Snapshot,
                    Some(other) => return Err(format!("unknown format {other:?} (json, csv, schema or snapshot)")),
                    None => return Err("--format needs a value (json, csv, schema or snapshot)".to_owned()),
                });
            }
            "--out" => out = Some(PathBuf::from(it.next().ok_or("--out needs a directory")?)),
            "--input" => input = Some(PathBuf::from(it.next().ok_or("--input needs a JSON file")?)),
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    Ok(Args { format: format.ok_or("--format is required")?, out: out.ok_or("--out is required")?, input })
}

/// The dataset to write: the compiled-in report, or the one in `input`, loaded and validated.
fn dataset(input: Option<&Path>) -> Result<Cow<'static, Dataset>, String> {
    let Some(path) = input else { return Ok(Cow::Borrowed(eu_celac_drugs::report_2021_2022())) };
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // `{e:#}`: the error in one line (how many problems, and the first).
    export::from_json(&text).map(Cow::Owned).map_err(|e| format!("{}: {e:#}", path.display()))
}

fn write(format: Format, dir: &Path, report: &Dataset) -> Result<Vec<PathBuf>, String> {
    let create = |d: &Path| std::fs::create_dir_all(d).map_err(|e| format!("cannot create {}: {e}", d.display()));
    let write_file = |path: PathBuf, text: String| {
        std::fs::write(&path, text)
            .map(|()| vec![path.clone()])
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    match format {
        Format::Json => {
            create(dir)?;
            write_file(dir.join("eu-celac-drugs.json"), export::to_json(report).map_err(|e| e.to_string())?)
        }
        Format::Schema => {
            create(dir)?;
            let schema = serde_json::to_string_pretty(&export::json_schema()).map_err(|e| e.to_string())?;
            write_file(dir.join("eu-celac-drugs.schema.json"), schema)
        }
        Format::Snapshot => {
            create(dir)?;
            let path = dir.join("eu-celac-drugs.snapshot");
            std::fs::write(&path, eu_celac_drugs::snapshot::to_bytes(report))
                .map(|()| vec![path.clone()])
                .map_err(|e| format!("cannot write {}: {e}", path.display()))
        }
        Format::Csv => {
            export::write_csv(report, dir).map_err(|e| e.to_string())?;
            let mut files: Vec<PathBuf> =
                export::csv_tables(report).iter().map(|t| dir.join(format!("{}.csv", t.name()))).collect();
            files.push(dir.join("datapackage.json"));
            Ok(files)
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        let report = eu_celac_drugs::report_2021_2022();
        println!("{USAGE}");
        println!("  json    one document, schema_version {}, {} records", export::SCHEMA_VERSION, report.len());
        println!("  csv     {} tables and a datapackage.json", export::csv_tables(report).len());
        println!("  schema  the JSON Schema of the json format");
        println!(
            "  snapshot  a versioned binary snapshot (format {}) for fast reloading, checked when read",
            eu_celac_drugs::snapshot::FORMAT_VERSION
        );
        return ExitCode::SUCCESS;
    }
    let (args, report) = match parse(&args).and_then(|a| dataset(a.input.as_deref()).map(|d| (a, d))) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match write(args.format, &args.out, &report) {
        Ok(files) => {
            for f in files {
                println!("{}", f.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
