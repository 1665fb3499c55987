//! Seizure totals and the timeline over the compiled-in dataset. Run with
//! `cargo bench --bench analyses`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use eu_celac_drugs::analysis::{GroupBy, Selection, TimelineQuery, seizure_totals, timeline};
use eu_celac_drugs::report_2021_2022;
use strum::IntoEnumIterator;

fn seizures(c: &mut Criterion) {
    let mut group = c.benchmark_group("seizure_totals");
    group.measurement_time(Duration::from_secs(2));
    for by in GroupBy::iter() {
        group.bench_function(by.to_string(), |b| {
            b.iter(|| seizure_totals(black_box(report_2021_2022()), black_box(by), true).expect("totals fit"));
        });
    }
    group.finish();
}

fn timelines(c: &mut Criterion) {
    let mut group = c.benchmark_group("timeline");
    group.measurement_time(Duration::from_secs(2));
    for selection in Selection::iter() {
        let query = TimelineQuery { period: None, selection };
        group.bench_function(selection.to_string(), |b| {
            b.iter(|| timeline(black_box(report_2021_2022()), black_box(&query)));
        });
    }
    group.finish();
}

criterion_group!(benches, seizures, timelines);
criterion_main!(benches);
