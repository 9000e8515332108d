//! `pipeline`: `duikou::analyze` (tokenizer → model → analytics) over the ~10 MB sample
//! corpus, in MB/s, with the stages alone as in-run baselines: a memchr line count, the
//! quantity scanner, the outline, network extraction and growth extraction.
//!
//! Run with `cargo bench --bench pipeline`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "support/mod.rs"]
#[allow(
    unreachable_pub,
    reason = "the shared support module is pub for every bench that includes it"
)]
mod support;

fn pipeline(c: &mut Criterion) {
    // One copy of the samples is analysed per call: documents are the unit a pipeline sees.
    let corpus = support::corpus();
    let docs: Vec<String> = {
        let one = support::samples();
        let n = corpus.len() / one.len().max(1);
        vec![one; n.max(1)]
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    // Check once before timing: the pipeline finds headings, relations and growth claims.
    let r = duikou::analyze(&docs[0]);
    assert!(r.outline.headings > 0 && !r.network.relations.is_empty() && !r.growth.is_empty());

    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::BytesDecimal(bytes as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("memchr_lines", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| memchr::memchr_iter(b'\n', black_box(d.as_bytes())).count())
                .sum::<usize>()
        });
    });
    group.bench_function("tokenizer_quantities", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| duikou::tokenizer::quantities(black_box(d)).count())
                .sum::<usize>()
        });
    });
    group.bench_function("tokenizer_outline", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| duikou::tokenizer::outline(black_box(d)).headings.len())
                .sum::<usize>()
        });
    });
    group.bench_function("model_extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| duikou::model::extract(black_box(d)).relations.len())
                .sum::<usize>()
        });
    });
    group.bench_function("analytics_growth", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| duikou::analytics::growth_statements(black_box(d)).len())
                .sum::<usize>()
        });
    });
    group.bench_function("analyze", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| duikou::analyze(black_box(d)).growth.len())
                .sum::<usize>()
        });
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
