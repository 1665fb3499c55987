//! Writes the compiled-in report in an interchange format.
//!
//! ```sh
//! cargo run --all-features --example export -- --format json --out out/   # out/eu-celac-drugs.json
//! cargo run --all-features --example export -- --format csv --out out/    # out/*.csv + out/datapackage.json
//! cargo run --all-features --example export -- --format schema --out out/ # out/eu-celac-drugs.schema.json
//! ```
//!
//! With no arguments it prints this usage and what each format would hold, and exits with
//! status 0. A bad argument or an unwritable directory gets a one-line error and exit status 2
//! or 1.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use eu_celac_drugs::export;

const USAGE: &str = "usage: export --format json|csv|schema --out DIR";

#[derive(Clone, Copy)]
enum Format {
    Json,
    Csv,
    Schema,
}

fn parse(args: &[String]) -> Result<(Format, PathBuf), String> {
    let mut format = None;
    let mut out = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--format" => {
                format = Some(match it.next().map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("csv") => Format::Csv,
                    Some("schema") => Format::Schema,
                    Some(other) => return Err(format!("unknown format {other:?} (json, csv or schema)")),
                    None => return Err("--format needs a value (json, csv or schema)".to_owned()),
                });
            }
            "--out" => out = Some(PathBuf::from(it.next().ok_or("--out needs a directory")?)),
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    Ok((format.ok_or("--format is required")?, out.ok_or("--out is required")?))
}

fn write(format: Format, dir: &Path) -> Result<Vec<PathBuf>, String> {
    let report = eu_celac_drugs::report_2021_2022();
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
        return ExitCode::SUCCESS;
    }
    let (format, dir) = match parse(&args) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match write(format, &dir) {
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
