//! Numeral parsing throughput (expressions/s): issue 2 asks for at least 10 million per second
//! on one core.
//!
//! `cargo bench --bench numerals` (about 10 s). The group `numerals` reports `elem/s`, one
//! element being one expression of the fixed mixed list below (Chinese, financial, Arabic with
//! multipliers, digit by digit, decimals, fractions, percent, 成, negatives, an overflow).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use duikou_tokenizer::{parse_numeral, parse_numeral_prefix};

/// A fixed mix of the forms met in reports.
const EXPRESSIONS: &[&str] = &[
    "一万二千三百四十五",
    "两万五",
    "一千二",
    "十三万二",
    "两百五",
    "三万五千",
    "一百〇八",
    "一千零五",
    "二〇二三",
    "一九九八",
    "廿三",
    "十",
    "二十",
    "十万",
    "三亿五千万",
    "一万二千亿",
    "壹万贰仟叁佰肆拾伍",
    "人民币伍拾万元整",
    "貳萬伍仟",
    "123",
    "１２３",
    "１．５",
    "1,100万",
    "1.5万",
    "2.5亿",
    "1.2万亿",
    "0.8万",
    "3万4000",
    "25万6千",
    "13万2",
    "1千零1",
    "16.4亿",
    "2236",
    "24595",
    "7.88",
    "一点五",
    "三点一四",
    "一百点零六",
    "零点五",
    "三分之一",
    "十二分之七",
    "千分之五",
    "万分之三",
    "百分之三十",
    "30%",
    "３０％",
    "95.6％",
    "百分之十五点五",
    "负百分之四十",
    "三成",
    "负三",
    "-3",
    "九千九百九十九亿亿亿亿亿",
];

fn numerals(c: &mut Criterion) {
    // Check correctness once before timing: every expression is a whole numeral.
    let ok = EXPRESSIONS
        .iter()
        .filter(|s| parse_numeral(s).is_ok())
        .count();
    assert_eq!(ok, EXPRESSIONS.len() - 1, "only the overflow case may fail");

    cpu_time_report();

    let mut group = c.benchmark_group("numerals");
    group.throughput(Throughput::Elements(EXPRESSIONS.len() as u64));
    group.bench_function("parse_numeral", |b| {
        b.iter(|| {
            let mut n = 0_usize;
            for s in EXPRESSIONS {
                n += usize::from(parse_numeral(black_box(s)).is_ok());
            }
            n
        });
    });
    group.bench_function("parse_numeral_prefix", |b| {
        b.iter(|| {
            let mut n = 0_usize;
            for s in EXPRESSIONS {
                if let Ok((_, rest)) = parse_numeral_prefix(black_box(s)) {
                    n += rest.len();
                }
            }
            n
        });
    });
    group.finish();
}

/// On-CPU nanoseconds of this thread (Linux), so that the rate can be read on a machine
/// shared with other jobs, where wall-clock time overstates the cost.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Prints expressions/s per on-CPU second (and per wall second) over a fixed loop.
fn cpu_time_report() {
    const ROUNDS: usize = 100_000;
    let (wall, cpu) = (std::time::Instant::now(), thread_cpu_ns());
    let mut n = 0_usize;
    for _ in 0..ROUNDS {
        for s in EXPRESSIONS {
            n += usize::from(parse_numeral(black_box(s)).is_ok());
        }
    }
    let exprs = (ROUNDS * EXPRESSIONS.len()) as f64;
    let wall = wall.elapsed().as_secs_f64();
    black_box(n);
    match (cpu, thread_cpu_ns()) {
        (Some(a), Some(b)) => {
            let cpu = (b.saturating_sub(a)) as f64 / 1e9;
            println!(
                "numerals/parse_numeral: {:.2} M expressions/s of CPU time ({:.2} M/s wall clock)",
                exprs / cpu / 1e6,
                exprs / wall / 1e6
            );
        }
        _ => println!(
            "numerals/parse_numeral: {:.2} M expressions/s wall clock",
            exprs / wall / 1e6
        ),
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = numerals
}
criterion_main!(benches);
