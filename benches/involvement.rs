//! The involvement table of every country from the compiled-in dataset, side by side with what a
//! user without the compiled-in data would do: load the report from the crate's JSON export
//! (`export::from_json`, which validates every value, record, id and reference; and, for
//! comparison, plain `serde_json::from_str::<Dataset>`, which runs the same checks; and the
//! binary snapshot, `snapshot::from_bytes`, checked as thoroughly) and compute the same table.
//!
//! Target: the compiled-in route at least 100× faster. Run with `cargo bench --bench involvement`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use eu_celac_drugs::analysis::{Filter, involvement_table};
use eu_celac_drugs::export::{from_json, to_json};
use eu_celac_drugs::{Dataset, report_2021_2022, snapshot};

fn involvement(c: &mut Criterion) {
    let report = report_2021_2022();
    // The report's JSON export as a user would receive it, and the plain serde form.
    let export = to_json(report).expect("the report exports");
    let plain = serde_json::to_string(report).expect("the report serializes");
    let filter = Filter::default();
    // Every route computes the same table.
    let expected = involvement_table(report, &filter);
    assert_eq!(involvement_table(&from_json(&export).expect("the export loads"), &filter), expected);
    let loaded: Dataset = serde_json::from_str(&plain).expect("the serde form loads");
    assert_eq!(involvement_table(&loaded, &filter), expected);
    let bytes = snapshot::to_bytes(report);
    assert_eq!(involvement_table(&snapshot::from_bytes(&bytes).expect("the snapshot reads"), &filter), expected);

    let mut group = c.benchmark_group("involvement");
    group.measurement_time(Duration::from_secs(4));
    group.bench_function("compiled_in", |b| {
        b.iter(|| involvement_table(black_box(report_2021_2022()), black_box(&filter)));
    });
    group.bench_function("json_export_then_table", |b| {
        b.iter(|| {
            let dataset = from_json(black_box(&export)).expect("the export loads");
            involvement_table(&dataset, black_box(&filter))
        });
    });
    group.bench_function("serde_json_then_table", |b| {
        b.iter(|| {
            let dataset: Dataset = serde_json::from_str(black_box(&plain)).expect("the serde form loads");
            involvement_table(&dataset, black_box(&filter))
        });
    });
    group.bench_function("snapshot_then_table", |b| {
        b.iter(|| {
            let dataset = snapshot::from_bytes(black_box(&bytes)).expect("the snapshot reads");
            involvement_table(&dataset, black_box(&filter))
        });
    });
    group.finish();
}

criterion_group!(benches, involvement);
criterion_main!(benches);
