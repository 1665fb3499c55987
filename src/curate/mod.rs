//! Tools for curators of the Mechanism's reports: [`draft`](fn@draft) a first dataset from a new
//! report's text, [`check`](fn@check) a dataset against its report's text, [`diff`](fn@diff) two
//! editions, and hold several [`Editions`] together.
//!
//! These are the functions behind the `eu-celac-drugs` command line (`draft`, `check`, `diff`),
//! and the compiled-in report's own tests call [`check`](fn@check) on it: one implementation of
//! the checks that keep a dataset faithful to its text. A curator's loop for the next report:
//! draft it, review and correct the draft, check it against the text until nothing is uncovered,
//! then diff it against the edition before.
//!
//! ```
//! use eu_celac_drugs::curate::{check, draft};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let result = check(report, eu_celac_drugs::SOURCE_TEXT)?;
//! assert_eq!(result.summary.quotes_verbatim, result.summary.quotes);
//! assert!(result.uncovered.is_empty());
//!
//! // A first draft of the same report from its text alone: every record quotes the text.
//! let first = draft(eu_celac_drugs::SOURCE_TEXT)?;
//! let drafted = check(first.dataset(), eu_celac_drugs::SOURCE_TEXT)?;
//! assert_eq!(drafted.summary.quotes_verbatim, drafted.summary.quotes);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod check;
pub mod diff;
pub mod draft;
pub mod editions;
pub mod text;

pub use check::{CheckError, CheckReport, check};
pub use diff::{EditionDiff, diff};
pub use draft::{Draft, DraftError, draft};
pub use editions::Editions;
