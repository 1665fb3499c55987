//! A second report, made for the tests: `tests/fixtures/report-fixture.json`, a small invented
//! report with its own sections ("I. Meetings", "II. Programme One", …) and its own period
//! (1 June 2023 – 31 May 2024). It is a TEST FIXTURE — invented for the crate's tests, not a
//! report of the Mechanism — and is not part of the published crate (Cargo.toml excludes
//! `tests/fixtures/` and this test binary).
//!
//! It proves that a report is data: it loads from JSON and validates with no change to the
//! crate, every analysis answers from its own data, every export runs on it, and a broken
//! variant is refused with the JSON path of what is wrong.
#![cfg(feature = "json")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod analyses;
mod exports;
mod loading;
mod refused;

use eu_celac_drugs::Dataset;
use serde_json::Value;

/// The fixture as a JSON document.
pub const FIXTURE_JSON: &str = include_str!("../fixtures/report-fixture.json");

/// The fixture's invented "report text", which every quote and heading comes from.
pub const FIXTURE_TEXT: &str = include_str!("../fixtures/report-fixture.md");

/// The words that mark the fixture as invented, in its title and its note.
pub const MARK: &str = "TEST FIXTURE";

/// The fixture, loaded and validated.
pub fn fixture() -> Dataset {
    eu_celac_drugs::export::from_json(FIXTURE_JSON).unwrap_or_else(|e| panic!("the fixture does not load: {e:#?}"))
}

/// The fixture as a JSON value, for deriving expectations and for breaking it.
pub fn fixture_value() -> Value {
    serde_json::from_str(FIXTURE_JSON).unwrap()
}

/// The strings of one field of every record of a table of the JSON document.
pub fn column<'a>(v: &'a Value, table: &str, field: &str) -> Vec<&'a str> {
    v[table].as_array().unwrap().iter().filter_map(|r| r[field].as_str()).collect()
}
