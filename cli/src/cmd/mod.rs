//! The command line's grammar (clap derive) and the dispatch to one module per subcommand.

mod check;
mod completions;
mod country;
mod diff;
mod draft;
mod explorer;
mod export;
mod findings;
mod involvement;
mod seizures;
mod timeline;

use std::ffi::OsString;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};

use crate::support::{Failure, Out};

const AFTER_LONG_HELP: &str = "\
Exit status:
  0  all good
  1  checked and found wanting: `check` found a quote not in the text or coverage below
     --min-coverage, `diff` found differences, a query matched nothing
  2  a bad argument, a file that cannot be read, or a dataset that does not load

Every subcommand works on the compiled-in report (Council document 10233/22, the annual report
1 June 2021 to 31 May 2022), or on any dataset in the crate's JSON format given with --data
(a binary snapshot written by `export --format snapshot` loads too).";

/// The EU-CELAC Mechanism on Drugs reports: query, export, check, compare editions.
///
/// Who takes part in what, in which role (`involvement`, `country`); seizure totals that keep
/// apart what a reader would (`seizures`); every dated fact (`timeline`); where the report
/// disagrees with itself (`findings`); the data as JSON, CSV, JSON Schema or a snapshot
/// (`export`) and as a static website (`explorer`); and a curator's tools: `draft` a first
/// dataset from a new report's text, `check` a dataset against its report's text, `diff` two
/// editions.
#[derive(Debug, Parser)]
#[command(name = "eu-celac-drugs", version, after_long_help = AFTER_LONG_HELP, propagate_version = true)]
pub struct Cli {
    /// The dataset to work on, in the crate's JSON format (the compiled-in report when left out).
    #[arg(long, global = true, value_name = "FILE.json", value_hint = clap::ValueHint::FilePath)]
    data: Option<PathBuf>,

    /// Write JSON (the library's own types, serialized) instead of text.
    #[arg(long, global = true)]
    json: bool,

    #[command(subcommand)]
    command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
enum Command {
    Involvement(involvement::Args),
    Country(country::Args),
    Seizures(seizures::Args),
    Timeline(timeline::Args),
    Findings(findings::Args),
    Export(export::Args),
    Explorer(explorer::Args),
    Check(check::Args),
    Diff(diff::Args),
    Draft(draft::Args),
    Completions(completions::Args),
}

/// What every subcommand gets besides its own arguments.
pub struct Global {
    /// `--data`.
    pub data: Option<PathBuf>,
    /// `--json`.
    pub json: bool,
}

/// Parses `args` and runs the subcommand; the exit status.
pub fn run(args: impl IntoIterator<Item = OsString>) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let global = Global { data: cli.data, json: cli.json };
    let mut out: Out = BufWriter::new(std::io::stdout().lock());
    let outcome = match cli.command {
        Command::Involvement(a) => involvement::run(&a, &global, &mut out),
        Command::Country(a) => country::run(&a, &global, &mut out),
        Command::Seizures(a) => seizures::run(&a, &global, &mut out),
        Command::Timeline(a) => timeline::run(&a, &global, &mut out),
        Command::Findings(a) => findings::run(&a, &global, &mut out),
        Command::Export(a) => export::run(&a, &global, &mut out),
        Command::Explorer(a) => explorer::run(&a, &global, &mut out),
        Command::Check(a) => check::run(&a, &global, &mut out),
        Command::Diff(a) => diff::run(&a, &global, &mut out),
        Command::Draft(a) => draft::run(&a, &global, &mut out),
        Command::Completions(a) => completions::run(&a, &mut Cli::command(), &mut out),
    };
    let outcome = outcome.and_then(|status| out.flush().map(|()| status).map_err(Failure::from));
    match outcome {
        Ok(status) => status as u8,
        Err(Failure::BrokenPipe) => 0,
        Err(Failure::Error(message)) => {
            eprintln!("eu-celac-drugs: {message}");
            2
        }
    }
}

/// Prints a clap error: help and version as clap writes them (status 0); any other error in
/// one line, `eu-celac-drugs: …` with clap's tip if it has one (status 2).
fn usage_error(e: &clap::Error) -> u8 {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return 0;
    }
    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = e.print();
        return 2;
    }
    let rendered = e.render().to_string();
    let lines: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .collect();
    let mut line = String::new();
    for l in lines {
        if !line.is_empty() {
            line.push_str(if line.ends_with(':') || l.starts_with('[') { " " } else { "; " });
        }
        line.push_str(l);
    }
    let line = line.strip_prefix("error: ").unwrap_or(&line);
    eprintln!("eu-celac-drugs: {line} (see eu-celac-drugs --help)");
    2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grammar_is_consistent() {
        Cli::command().debug_assert();
    }
}
