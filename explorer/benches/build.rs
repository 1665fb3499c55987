//! Building the whole site for the compiled-in report: every page, the search index and the
//! downloads, in memory (`render`), and written to a folder (`render` + `Site::write`).
//!
//! The explorer's budget is "well under a second" in release; `cargo test --benches` (CI) runs
//! each benchmark once and checks the site it makes.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

fn build(c: &mut Criterion) {
    let report = eu_celac_drugs::report_2021_2022();
    let site = eu_celac_drugs_explorer::render(report, Some(eu_celac_drugs::SOURCE_TEXT)).unwrap();
    let largest = site.largest_page().unwrap();
    eprintln!(
        "site: {} files, {} pages, {} bytes in all; largest page {} ({} bytes)",
        site.files().len(),
        site.pages().count(),
        site.total_size(),
        largest.path,
        largest.bytes.len()
    );
    assert!(site.file("index.html").is_some());
    let mut group = c.benchmark_group("explorer");
    group.sample_size(10);
    group.bench_function("render the whole site", |b| {
        b.iter(|| eu_celac_drugs_explorer::render(black_box(report), Some(eu_celac_drugs::SOURCE_TEXT)).unwrap())
    });
    let dir = std::env::temp_dir().join(format!("explorer-bench-{}", std::process::id()));
    group.bench_function("render and write the whole site", |b| {
        b.iter(|| {
            eu_celac_drugs_explorer::render(black_box(report), Some(eu_celac_drugs::SOURCE_TEXT))
                .unwrap()
                .write(&dir)
                .unwrap()
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, build);
criterion_main!(benches);
