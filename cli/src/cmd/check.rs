//! `check`: a dataset against its report's text.

use std::io::Write;
use std::path::PathBuf;

use eu_celac_drugs::curate::check::{MAX_TEXT_BYTES, check};

use super::Global;
use crate::support::{Failure, Out, Outcome, Status, dataset, json, read_text};

/// Checks a dataset against its report's text.
///
/// What a curator runs before publishing a dataset (and in CI).
///
/// Every record's quote must occur in the text (markup and white space folded); for one that
/// does not, the closest passage and the first word where they differ are shown. Every
/// sentence should be covered by some record's quote; the uncovered ones are listed with their
/// section and line. Every country the text names (in any spelling), Council document number,
/// meeting date, figure and organisation acronym should be held by some record's structured
/// fields; those that are not are listed. A summary ends the report.
///
/// Exit status 0 when every quote is in the text and the share of sentences covered is at
/// least --min-coverage (with --strict: and every mention held, every country named), 1
/// otherwise; 2 when the text or the dataset cannot be read.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The dataset, in the crate's JSON format (else --data, else the compiled-in report).
    #[arg(value_name = "DATA.json", value_hint = clap::ValueHint::FilePath)]
    dataset: Option<PathBuf>,
    /// The report's text: Markdown-like, or the flat text of a PDF.
    #[arg(long, value_name = "REPORT.txt", value_hint = clap::ValueHint::FilePath)]
    text: PathBuf,
    /// The least share of sentences covered that passes: 0 to 1, or a percentage ("95%").
    #[arg(long, value_name = "X", default_value = "1", value_parser = share)]
    min_coverage: f64,
    /// Also fail on a mention no record holds, or a country of the dataset the text never names.
    #[arg(long)]
    strict: bool,
}

/// A share from 0 to 1, written as such or as a percentage.
fn share(s: &str) -> Result<f64, String> {
    let (number, scale) = match s.strip_suffix('%') {
        Some(n) => (n, 100.0),
        None => (s, 1.0),
    };
    let value = number.trim().parse::<f64>().map_err(|_| format!("{s:?} is not a share such as 0.95 or 95%"))? / scale;
    if (0.0..=1.0).contains(&value) { Ok(value) } else { Err(format!("{s:?} is not between 0 and 1 (or 0% and 100%)")) }
}

/// Runs `check`.
pub fn run(args: &Args, global: &Global, out: &mut Out) -> Outcome {
    let report = dataset(args.dataset.as_ref().or(global.data.as_ref()))?;
    let text = read_text(&args.text, MAX_TEXT_BYTES)?;
    let result = check(&report, &text).map_err(|e| Failure::msg(format!("{}: {e}", args.text.display())))?;
    let passes = result.passes(args.min_coverage) && (!args.strict || result.is_clean());
    if global.json {
        json(out, &result)?;
    } else {
        writeln!(out, "{result}")?;
    }
    Ok(Status::good_if(passes))
}

#[cfg(test)]
mod tests {
    use super::share;

    #[test]
    fn shares_read_as_fractions_or_percentages() {
        assert_eq!(share("0.5"), Ok(0.5));
        assert_eq!(share("95%"), Ok(0.95));
        assert!(share("1.5").is_err() && share("x").is_err() && share("-1%").is_err());
    }
}
