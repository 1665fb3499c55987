//! Hardening: every parser and the JSON loader receive random and mutated inputs and never
//! panic; arithmetic on quantities and money reports overflow as a typed error; every failure
//! the fuzz targets of `fuzz/` found is a test (`regressions`).
//!
//! The normal suite runs a few thousand inputs per test. The `#[ignore]`d tests run at least
//! 10^6 inputs each (about a few minutes in release mode):
//!
//! ```sh
//! cargo test --release --test hardening -- --ignored --nocapture
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[path = "../model/strategies/mod.rs"]
mod strategies;

mod arithmetic;
mod check;
#[cfg(feature = "json")]
mod json;
mod mutate;
mod parsers;
mod regressions;

use std::time::Instant;

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, TestRunner};

/// Inputs per test in the normal suite.
pub const QUICK: u32 = 2_000;
/// Inputs per test in the `#[ignore]`d runs.
pub const MILLION: u32 = 1_000_000;

/// Runs `test` on `cases` values of `strategy`; a panic in `test` fails the run (proptest
/// catches it, shrinks the input and reports it). Prints how many inputs ran and how long it took.
pub fn run<S: Strategy>(name: &str, cases: u32, strategy: S, test: impl Fn(S::Value)) {
    let config = Config { cases, failure_persistence: None, max_shrink_iters: 10_000, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let start = Instant::now();
    let result = runner.run(&strategy, |value| {
        test(value);
        Ok(())
    });
    let elapsed = start.elapsed();
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
    eprintln!("{name}: {cases} inputs, no panic, in {:.1} s", elapsed.as_secs_f64());
}
