//! Peak memory of loading JSON: `export::from_json` holds about what the dataset it builds
//! takes, as the plain serde route does, and a document full of problems costs next to nothing.
//!
//! The normal suite loads 10^5 synthetic participations (about 39 MB of JSON); the `#[ignore]`d
//! test prints the figures for 10^6 (about 390 MB, a few minutes in release mode):
//!
//! ```sh
//! cargo test --release --all-features --test alloc -- --ignored --nocapture
//! ```

use std::fmt::Write as _;

use eu_celac_drugs::error::SHOWN_PROBLEMS;
use eu_celac_drugs::export::{PROBLEM_LIMIT, from_json};
use eu_celac_drugs::{Dataset, report_2021_2022};

use crate::peak_bytes;

use crate::synthetic::synthetic;

/// The dataset as compact JSON: the plain serde form, and the export document (the same text
/// with `schema_version` first), of the same size within a few bytes.
fn documents(d: &Dataset) -> (String, String) {
    let plain = serde_json::to_string(d).unwrap();
    let export = format!("{{\"schema_version\":{},{}", eu_celac_drugs::export::SCHEMA_VERSION, &plain[1..]);
    (plain, export)
}

/// Peak bytes of both loaders on `n` participations, and the size of the export document.
fn measure(n: usize) -> (usize, usize, usize) {
    let d = synthetic(n);
    let (plain, export) = documents(&d);
    drop(d);
    let (from_json_peak, loaded) = peak_bytes(|| from_json(&export).map(|d| d.participations().len()));
    assert_eq!(loaded, Ok(n));
    let (serde_peak, loaded) = peak_bytes(|| serde_json::from_str::<Dataset>(&plain).map(|d| d.participations().len()));
    assert_eq!(loaded.unwrap(), n);
    (from_json_peak, serde_peak, export.len())
}

const MB: f64 = 1_000_000.0;

fn report(n: usize, (from_json_peak, serde_peak, input): (usize, usize, usize)) -> String {
    let ratio = |peak: usize| peak as f64 / input as f64;
    format!(
        "{n} participations, {:.0} MB of JSON: from_json peaks at {:.0} MB ({:.2}x the input), the serde route at \
         {:.0} MB ({:.2}x)",
        input as f64 / MB,
        from_json_peak as f64 / MB,
        ratio(from_json_peak),
        serde_peak as f64 / MB,
        ratio(serde_peak)
    )
}

#[test]
fn loading_takes_about_what_the_serde_route_takes() {
    let _one = crate::one_at_a_time();
    let n = 100_000;
    let figures @ (from_json_peak, serde_peak, input) = measure(n);
    eprintln!("{}", report(n, figures));
    // The loader once peaked at 10x the input (a tree of the whole document, then copies).
    assert!(from_json_peak * 4 <= serde_peak * 5, "{}", report(n, figures));
    assert!(from_json_peak <= input * 2, "{}", report(n, figures));
}

#[test]
#[ignore = "10^6 participations: run with `cargo test --release --all-features --test alloc -- --ignored --nocapture`"]
fn peak_memory_at_a_million_participations() {
    let _one = crate::one_at_a_time();
    let n = 1_000_000;
    let figures = measure(n);
    println!("{}", report(n, figures));
}

/// A document of `n` records `{}` in one table: each is a problem (its fields are missing).
fn empty_records(n: usize) -> String {
    let mut text = String::with_capacity(3 * n + 64);
    text.push_str("{\"schema_version\": 2, \"participations\": [");
    for i in 0..n {
        text.push_str(if i == 0 { "{}" } else { ",{}" });
    }
    text.push_str("]}");
    text
}

#[test]
fn a_document_of_problems_costs_next_to_nothing() {
    let _one = crate::one_at_a_time();
    // 3 MB of `{}`: three million problems once took 70 times the input.
    let n = 1_000_000;
    let text = empty_records(n);
    let (peak, err) = peak_bytes(|| from_json(&text).unwrap_err());
    assert_eq!(err.problems().len(), PROBLEM_LIMIT);
    // Every record misses its fields; the document misses `meta` and 20 tables.
    assert!(err.omitted() >= n - PROBLEM_LIMIT, "{}", err.omitted());
    // The message counts them all, shows the first few and says how many more there are.
    let total = PROBLEM_LIMIT + err.omitted();
    assert!(err.to_string().starts_with(&format!("the JSON has {total} problems:\n")), "{err}");
    assert!(err.to_string().ends_with(&format!("\n  … and {} more", total - SHOWN_PROBLEMS)), "{err}");
    assert!(peak < text.len() / 2, "{peak} bytes for {} bytes of JSON", text.len());
}

#[test]
fn a_document_of_broken_references_costs_next_to_nothing() {
    let _one = crate::one_at_a_time();
    // The report, citing 20,000 more documents that are not there: one problem per citation.
    let report = eu_celac_drugs::export::to_json(report_2021_2022()).unwrap();
    // What the report with one broken citation takes: a refused document is read with care, record
    // by record (a valid one in a single pass, which takes less).
    let one = report.replacen("\"cites\": [", "\"cites\": [\"nowhere\", ", 1);
    let (baseline, err) = peak_bytes(|| from_json(&one).unwrap_err());
    assert_eq!(err.problems().len(), 1);
    let n = 20_000;
    let mut cites = String::new();
    for i in 0..n {
        write!(cites, "\"nowhere-{i}\", ").unwrap();
    }
    let text = report.replacen("\"cites\": [", &format!("\"cites\": [{cites}"), 1);
    let extra = text.len() - report.len();
    let (peak, err) = peak_bytes(|| from_json(&text).unwrap_err());
    assert_eq!(err.problems().len() + err.omitted(), n);
    assert!(err.problems().iter().all(|p| p.path.starts_with("$.meta.cites[")), "{:?}", err.problems().first());
    // The citations themselves are loaded, checked for repeats and parsed once more to find the
    // paths (about nine bytes for each byte of their text); the problems beyond the first
    // thousand are only counted (kept, they would take as much again).
    assert!(peak < baseline + extra * 12, "{peak} bytes, {baseline} for the report, {extra} bytes of citations");
}
