//! `export`: the dataset as JSON, CSV, JSON Schema or a binary snapshot.

use std::io::Write;
use std::path::{Path, PathBuf};

use eu_celac_drugs::{Dataset, export, snapshot};

use super::Global;
use crate::support::{Failure, Out, Outcome, Status, dataset, json};

/// An interchange format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// The versioned JSON format (`eu-celac-drugs.json`), which `--data` loads.
    Json,
    /// Tidy CSV tables with a Frictionless `datapackage.json`.
    Csv,
    /// The JSON Schema of the JSON format (`eu-celac-drugs.schema.json`).
    Schema,
    /// A compact binary snapshot (`eu-celac-drugs.snapshot`), which `--data` loads too.
    Snapshot,
}

/// The dataset as JSON, CSV, JSON Schema or a binary snapshot.
///
/// Writes the dataset in an interchange format into a folder, and lists the files written.
///
/// With --json the list of files is a JSON array.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The format.
    #[arg(long, value_enum)]
    format: Format,
    /// The folder to write into (created if need be).
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    out: PathBuf,
}

fn write(format: Format, dir: &Path, report: &Dataset) -> Result<Vec<PathBuf>, Failure> {
    std::fs::create_dir_all(dir).map_err(|e| Failure::msg(format!("cannot create {}: {e}", dir.display())))?;
    let write_file = |path: PathBuf, bytes: &[u8]| {
        std::fs::write(&path, bytes)
            .map(|()| vec![path.clone()])
            .map_err(|e| Failure::msg(format!("cannot write {}: {e}", path.display())))
    };
    match format {
        Format::Json => {
            write_file(dir.join("eu-celac-drugs.json"), export::to_json(report).map_err(Failure::msg)?.as_bytes())
        }
        Format::Schema => {
            let schema = serde_json::to_string_pretty(&export::json_schema()).map_err(Failure::msg)?;
            write_file(dir.join("eu-celac-drugs.schema.json"), schema.as_bytes())
        }
        Format::Snapshot => write_file(dir.join("eu-celac-drugs.snapshot"), &snapshot::to_bytes(report)),
        Format::Csv => {
            export::write_csv(report, dir).map_err(|e| Failure::msg(format!("{}: {e}", dir.display())))?;
            let mut files: Vec<PathBuf> =
                export::csv_tables(report).iter().map(|t| dir.join(format!("{}.csv", t.name()))).collect();
            files.push(dir.join("datapackage.json"));
            Ok(files)
        }
    }
}

/// Runs `export`.
pub fn run(args: &Args, global: &Global, out: &mut Out) -> Outcome {
    let report = dataset(global.data.as_ref())?;
    let files = write(args.format, &args.out, &report)?;
    if global.json {
        json(out, &files)?;
    } else {
        for f in files {
            writeln!(out, "{}", f.display())?;
        }
    }
    Ok(Status::Good)
}
