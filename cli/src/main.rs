//! `eu-celac-drugs`: the EU-CELAC Mechanism on Drugs reports on the command line.
//!
//! A thin layer over the `eu-celac-drugs` library: `main` only parses the arguments and calls
//! [`cmd::run`], which returns the exit status; every computation is a public function of the
//! library (its analyses, `export`, `snapshot`, `curate::check`, `curate::diff`) or of the
//! explorer's.
//!
//! Exit statuses: 0 all good; 1 checked and found wanting (`check` found a quote not in the
//! text or coverage below `--min-coverage`, `diff` found differences, a query matched
//! nothing); 2 a bad argument, or a file that cannot be read or a dataset that does not load.

mod cmd;
mod support;

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(cmd::run(std::env::args_os()))
}
