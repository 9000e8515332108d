//! Outline throughput on the ~10 MB sample corpus, with a memchr line-count baseline in the
//! same group, and a 1 KiB–1 MiB size series (time per byte must stay flat).
//!
//! `cargo bench --bench outline`

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use duikou::tokenizer::outline;

#[path = "support/mod.rs"]
#[allow(
    dead_code,
    unreachable_pub,
    reason = "shared by every bench; each uses a part"
)]
mod support;

/// The sample corpus, or a synthetic document when no sample has landed yet.
fn has_samples() -> bool {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    std::fs::read_dir(&dir).is_ok_and(|d| {
        d.filter_map(Result::ok)
            .any(|e| e.path().extension().is_some_and(|x| x == "txt"))
    })
}

fn corpus_of(bytes: usize) -> String {
    if has_samples() {
        return support::corpus_of(bytes);
    }
    let mut one = String::from("某某大学对口支援工作总结篇一\n\n");
    for i in 1..=6 {
        one.push_str(&format!(
            "{}、第{i}部分工作情况\n\n",
            ["一", "二", "三", "四", "五", "六"][i - 1]
        ));
        for j in 1..=4 {
            one.push_str(&format!(
                "（{}）加强合作交流。",
                ["一", "二", "三", "四"][j - 1]
            ));
            one.push_str(
                "两校按照协议安排教师访学进修，共培养博士6人、硕士12人，捐赠图书24595册。\n\n",
            );
            one.push_str("6月，双方召开工作会议，总结经验并部署下一阶段任务，取得了良好效果。\n\n");
            one.push_str(&format!(
                "{j}. 完善沟通机制\n\n定期互派干部挂职，提高管理水平。\n\n"
            ));
        }
    }
    let mut out = String::with_capacity(bytes + one.len());
    while out.len() < bytes {
        out.push_str(&one);
    }
    out
}

fn bench(c: &mut Criterion) {
    let corpus = if has_samples() {
        support::corpus()
    } else {
        corpus_of(support::CORPUS_BYTES)
    };
    assert!(!outline(&corpus).headings.is_empty(), "corpus has headings");
    let mut g = c.benchmark_group("outline");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .throughput(Throughput::Bytes(corpus.len() as u64));
    g.bench_function("memchr_lines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(corpus.as_bytes())).count())
    });
    g.bench_function("outline", |b| {
        b.iter(|| outline(black_box(&corpus)).headings.len())
    });
    g.finish();

    let mut g = c.benchmark_group("outline_size");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    for kib in [1usize, 16, 256, 1024] {
        let mut text = corpus_of(kib * 1024);
        let mut cut = kib * 1024;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(kib), &text, |b, t| {
            b.iter(|| outline(black_box(t)).headings.len())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
