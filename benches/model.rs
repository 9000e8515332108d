//! Extraction throughput of duikou-model on the shared bench corpus (the sample documents
//! repeated to about 10 MB).
//!
//! ```text
//! cargo bench --bench model
//! ```
//!
//! Group `model`: `lines_memchr` (baseline: count line breaks), `extract` (text → network),
//! `extract_contract_json` (text → network → design.md §5 JSON). Time per byte must stay flat
//! across sizes: `extract_size/<KiB>` runs 64 KiB to 4 MiB prefixes of the corpus.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

// The shared loader's items are `pub` for every bench; here they are crate-private.
#[allow(unreachable_pub)]
#[path = "support/mod.rs"]
mod support;

fn bench_model(c: &mut Criterion) {
    let corpus = support::corpus();
    // Check once before timing that the corpus gives a non-trivial network.
    let net = duikou::model::extract(&corpus);
    assert!(!net.relations.is_empty() && !net.contributions.is_empty());

    let mut group = c.benchmark_group("model");
    group.throughput(Throughput::Bytes(corpus.len() as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("lines_memchr", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(corpus.as_bytes())).count());
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            let net = duikou::model::extract(black_box(&corpus));
            net.relations.len() + net.contributions.len()
        });
    });
    group.bench_function("extract_contract_json", |b| {
        b.iter(|| {
            let net = duikou::model::extract(black_box(&corpus));
            serde_json::to_string(&net.to_contract()).map_or(0, |s| s.len())
        });
    });
    group.finish();

    // Scaling guard: throughput should not fall as the input grows.
    let mut sizes = c.benchmark_group("model_size");
    sizes.sample_size(10);
    sizes.warm_up_time(Duration::from_millis(500));
    sizes.measurement_time(Duration::from_secs(3));
    for kib in [64usize, 512, 4096] {
        let mut end = (kib * 1024).min(corpus.len());
        while !corpus.is_char_boundary(end) {
            end -= 1;
        }
        let input = corpus.get(..end).unwrap_or_default();
        sizes.throughput(Throughput::Bytes(input.len() as u64));
        sizes.bench_with_input(BenchmarkId::new("extract", kib), input, |b, input| {
            b.iter(|| duikou::model::extract(black_box(input)).contributions.len());
        });
    }
    sizes.finish();
}

criterion_group!(benches, bench_model);
criterion_main!(benches);
