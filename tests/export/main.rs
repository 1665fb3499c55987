//! Tests of the interchange formats: JSON round trips and validated loading (every error kind,
//! paths, properties over generated datasets and mutated exports), CSV tables and the data
//! package descriptor, and the JSON Schema.
#![cfg(feature = "json")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[path = "../model/strategies/mod.rs"]
mod strategies;

mod datasets;
mod errors;
mod messages;
mod properties;
mod sections;
#[cfg(feature = "csv")]
mod tables;
mod untrusted;
