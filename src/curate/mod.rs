//! Tools for curators of the Mechanism's reports: [`check`](fn@check) a dataset against its report's
//! text, [`diff`](fn@diff) two editions, and hold several [`Editions`] together.
//!
//! These are the functions behind the `eu-celac-drugs` command line (`check`, `diff`), and the
//! compiled-in report's own tests call [`check`](fn@check) on it: one implementation of the checks that
//! keep a dataset faithful to its text.
//!
//! ```
//! use eu_celac_drugs::curate::check;
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let result = check(report, eu_celac_drugs::SOURCE_TEXT)?;
//! assert_eq!(result.summary.quotes_verbatim, result.summary.quotes);
//! assert!(result.uncovered.is_empty());
//! # Ok::<(), eu_celac_drugs::curate::CheckError>(())
//! ```

pub mod check;
pub mod diff;
pub mod editions;
pub mod text;

pub use check::{CheckError, CheckReport, check};
pub use diff::{EditionDiff, diff};
pub use editions::Editions;
