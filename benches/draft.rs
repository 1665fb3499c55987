//! The draft of the whole 2021–2022 report from its text (`curate::draft::draft`): the
//! Markdown text as shipped, and the same text flattened as a PDF gives it (markup removed,
//! one line, a page footer every ~3,000 characters). Run with `cargo bench --bench draft`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use eu_celac_drugs::SOURCE_TEXT;
use eu_celac_drugs::curate::draft::draft;
use eu_celac_drugs::source::plain_text;

/// The report as one line of text, with page footers.
fn flat() -> String {
    let mut out = String::new();
    let mut page = 1;
    for line in SOURCE_TEXT.lines().map(|l| plain_text(l).trim().trim_start_matches('#').trim().to_owned()) {
        if line.is_empty() || line == "---" {
            continue;
        }
        out.push_str(&line);
        out.push(' ');
        if out.len() > page * 3_000 {
            page += 1;
            out.push_str(&format!("10233/22 EB/mk {page} ANNEX RELEX.2.B EN "));
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let flat = flat();
    let mut group = c.benchmark_group("draft");
    group.bench_function("report_2021_2022", |b| {
        b.iter(|| draft(black_box(SOURCE_TEXT)).map(|d| d.dataset().len()).unwrap_or(0));
    });
    group.bench_function("report_2021_2022_flat", |b| {
        b.iter(|| draft(black_box(&flat)).map(|d| d.dataset().len()).unwrap_or(0));
    });
    group.finish();
    // the benchmark must measure a draft, not an error
    assert!(draft(SOURCE_TEXT).is_ok_and(|d| d.dataset().len() > 200));
    assert!(draft(&flat).is_ok_and(|d| d.dataset().len() > 200));
}

criterion_group!(benches, bench);
criterion_main!(benches);
