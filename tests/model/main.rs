//! Property and unit tests of the domain model (one integration-test binary, to keep links few).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod strategies;

mod code_enums;
mod country;
mod date;
mod docs;
mod ids;
mod quantity;
mod records;
