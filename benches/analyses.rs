//! Seizure totals and the timeline over the compiled-in dataset. Run with
//! `cargo bench --bench analyses`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use eu_celac_drugs::analysis::{
    Facet, GroupBy, PeriodFilter, SeizureQuery, Selection, TimelineQuery, Units, seizure_totals, timeline,
};
use eu_celac_drugs::report_2021_2022;

fn seizures(c: &mut Criterion) {
    let mut group = c.benchmark_group("seizure_totals");
    group.measurement_time(Duration::from_secs(2));
    for &by in GroupBy::ALL {
        let query = SeizureQuery { by, units: Units::Normalised, ..SeizureQuery::default() };
        group.bench_function(by.to_string(), |b| {
            b.iter(|| seizure_totals(black_box(report_2021_2022()), black_box(&query)).expect("totals fit"));
        });
    }
    let combined = SeizureQuery {
        combine: Facet::ALL.iter().copied().collect(),
        units: Units::Normalised,
        ..SeizureQuery::default()
    };
    group.bench_function("commodity_all_combined", |b| {
        b.iter(|| seizure_totals(black_box(report_2021_2022()), black_box(&combined)).expect("totals fit"));
    });
    let in_2021 = SeizureQuery { period: PeriodFilter::year(2021).expect("a valid year"), ..SeizureQuery::default() };
    group.bench_function("commodity_in_2021", |b| {
        b.iter(|| seizure_totals(black_box(report_2021_2022()), black_box(&in_2021)).expect("totals fit"));
    });
    group.finish();
}

fn timelines(c: &mut Criterion) {
    let mut group = c.benchmark_group("timeline");
    group.measurement_time(Duration::from_secs(2));
    for &selection in Selection::ALL {
        let query = TimelineQuery { period: None, selection, ..TimelineQuery::default() };
        group.bench_function(selection.to_string(), |b| {
            b.iter(|| timeline(black_box(report_2021_2022()), black_box(&query)));
        });
    }
    group.finish();
}

criterion_group!(benches, seizures, timelines);
criterion_main!(benches);
