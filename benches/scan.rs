//! `scan`: the quantity scanner over the ~10 MB sample corpus, in MB/s, next to a memchr
//! line count (the floor any single pass over the bytes can reach).
//!
//! Run with `cargo bench --bench scan`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use duikou::tokenizer::quantities;

#[path = "support/mod.rs"]
#[allow(
    unreachable_pub,
    reason = "the shared support module is pub for every bench that includes it"
)]
mod support;

fn scan(c: &mut Criterion) {
    let corpus = support::corpus();
    // Check once before timing: the scanner finds something and never loses a span.
    let found = quantities(&corpus).count();
    assert!(found > 0, "the corpus holds quantities");
    assert!(quantities(&corpus).all(|q| corpus.get(q.span.start..q.span.end) == Some(q.text)));

    let mut group = c.benchmark_group("scan");
    group.throughput(Throughput::BytesDecimal(corpus.len() as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    group.bench_function("memchr_lines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(corpus.as_bytes())).count());
    });
    group.bench_function("quantities", |b| {
        b.iter(|| {
            quantities(black_box(&corpus))
                .fold(0_usize, |acc, q| acc ^ q.span.end ^ q.line as usize)
        });
    });
    group.finish();
}

criterion_group!(benches, scan);
criterion_main!(benches);
