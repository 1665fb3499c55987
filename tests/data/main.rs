//! Tests of the compiled-in dataset that derive their expectations from the report's text,
//! not from the data (one integration-test binary).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod check;
mod countries;
mod figures;
mod ids;
mod integrity;
mod qualitative;
mod quotes;

/// The report's text with runs of white space folded, the only normalisation quotes may use.
pub fn folded_text() -> String {
    eu_celac_drugs::source::normalise_whitespace(eu_celac_drugs::SOURCE_TEXT)
}
