//! Tests of the analyses: each finding rule on small hand-built datasets where it fires and
//! where it does not, and the analyses' properties on the compiled-in report.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod fixtures;
#[path = "../model/strategies/mod.rs"]
mod strategies;

mod attribution;
mod budgets;
mod findings;
mod involvement;
mod lookups;
mod meetings;
mod seizures;
mod timeline;
