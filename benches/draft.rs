//! The draft of the whole 2021–2022 report from its text (`curate::draft::draft`): the
//! Markdown text as shipped.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use eu_celac_drugs::SOURCE_TEXT;
use eu_celac_drugs::curate::draft::draft;

fn bench(c: &mut Criterion) {
    c.bench_function("draft/report_2021_2022", |b| {
        b.iter(|| draft(black_box(SOURCE_TEXT)).map(|d| d.dataset().len()).unwrap_or(0));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
