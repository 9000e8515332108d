//! Hostile and huge input (issue 6 §2): every public text entry point must return a value or a
//! typed error — no panic, no stack overflow — in time linear in the input.
//!
//! The default run uses inputs of a few MB so that `cargo test` stays quick in debug builds;
//! `cargo test --release --test hostile -- --ignored` runs the full sizes of the issue
//! (a 50 MB file, a 20 MB line, 1 000 000 headings, 100 000 nesting levels).

use std::time::{Duration, Instant};

/// Calls every public text entry point of the workspace on `src` and folds the results into
/// a number so that nothing is optimised away.
fn run_all(src: &str) -> usize {
    use duikou::tokenizer as t;
    let mut n = t::LineIndex::new(src).line_count();
    n += usize::from(src.parse::<t::Decimal>().is_ok());
    n += usize::from(t::parse_numeral(src).is_ok());
    let outline = t::outline(src);
    for (i, h) in outline.headings.iter().enumerate() {
        assert!(
            h.parent.is_none_or(|p| p < i),
            "a parent must precede its child"
        );
        assert!(h.span.slice(src).is_some(), "heading span off the input");
    }
    n += outline.headings.len() + t::paragraphs(src).len();
    if let Some(folded) = t::fold_traditional(src) {
        assert_eq!(folded.len(), src.len(), "folding moved an offset");
        n += 1;
    }
    let report = duikou::analyze(src);
    assert_eq!(report.bytes, src.len());
    n += report.network.relations.len() + report.growth.len();
    for q in t::quantities(src) {
        assert_eq!(q.span.slice(src), Some(q.text), "span and text disagree");
        n += 1;
    }
    let decoded = duikou::tokenizer::decode::decode(
        src.as_bytes(),
        &duikou::tokenizer::decode::DecodeOptions::default(),
    );
    n += decoded.map(|d| d.text.len()).unwrap_or(0);
    n
}

/// Deterministic pseudo-random bytes (no RNG dependency needed).
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// Text made of the characters that drive the parsers: digits, numeral characters, markers,
/// units, brackets and line breaks, in random order.
fn parser_soup(len_chars: usize, seed: u64) -> String {
    const ALPHABET: &[&str] = &[
        "一",
        "二",
        "三",
        "十",
        "百",
        "千",
        "万",
        "亿",
        "零",
        "〇",
        "两",
        "壹",
        "贰",
        "拾",
        "1",
        "2",
        "9",
        "0",
        ".",
        "．",
        "、",
        "（",
        "）",
        "(",
        ")",
        "第",
        "章",
        "条",
        "篇",
        "之",
        "分",
        "点",
        "%",
        "％",
        "倍",
        "个百分点",
        "人",
        "元",
        "余",
        "近",
        "约",
        "至",
        "-",
        "—",
        "～",
        "年",
        "月",
        "日",
        "xx",
        "×",
        "由",
        "增加到",
        "增长了",
        "提高",
        "支援",
        "对口支援",
        "我院",
        "大学",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        " ",
        "\u{3000}",
        "①",
        "⑴",
        "⒈",
        "Ⅰ",
        "A",
        "a",
        "〔",
        "〕",
        "［",
        "］",
        "【",
        "】",
        "“",
        "”",
        "。",
        "，",
        "；",
        "：",
        "|",
        "目录",
        "附件",
        "一是",
        "首先",
    ];
    let bytes = noise(len_chars * 2, seed);
    bytes
        .chunks(2)
        .map(|c| {
            let i = usize::from(c.first().copied().unwrap_or(0)) << 8
                | usize::from(c.get(1).copied().unwrap_or(0));
            ALPHABET[i % ALPHABET.len()]
        })
        .collect()
}

fn sample() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut out = String::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        let mut files: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for f in files
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        {
            out.push_str(&std::fs::read_to_string(f).unwrap_or_default());
        }
    }
    if out.is_empty() {
        out = parser_soup(20_000, 7);
    }
    out
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + unit.len());
    while s.len() < bytes {
        s.push_str(unit);
    }
    s
}

/// Times `run_all` on `small` and on `large` (about `factor` times larger) and checks the
/// time per byte did not grow by more than `slack` (generous: CI machines are noisy).
fn assert_linear(small: &str, large: &str, slack: f64) {
    let time = |s: &str| {
        let start = Instant::now();
        let mut best = Duration::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            std::hint::black_box(run_all(std::hint::black_box(s)));
            best = best.min(t.elapsed());
            if start.elapsed() > Duration::from_secs(20) {
                break;
            }
        }
        best.as_secs_f64().max(1e-6)
    };
    let (ts, tl) = (time(small), time(large));
    let per_byte_small = ts / small.len() as f64;
    let per_byte_large = tl / large.len() as f64;
    assert!(
        per_byte_large <= per_byte_small * slack,
        "time per byte grew from {per_byte_small:e} to {per_byte_large:e} s (x{:.1})",
        per_byte_large / per_byte_small
    );
}

#[test]
fn empty_blank_and_nul_inputs() {
    for s in [
        "",
        "\n",
        "\n\n\n\n",
        "\r\r\r",
        "\r\n\r\n",
        "\0",
        "\0\0\n\0一、\0",
        "\u{FEFF}",
    ] {
        run_all(s);
    }
    run_all(&"\n".repeat(100_000));
}

#[test]
fn random_bytes_decoded_lossily() {
    for seed in 1..20 {
        let bytes = noise(64 * 1024, seed);
        run_all(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn parser_soup_never_panics() {
    for seed in 1..40 {
        run_all(&parser_soup(5_000, seed));
    }
}

#[test]
fn huge_numbers() {
    run_all(&"9".repeat(100_000));
    run_all(&"九千九百九十九亿".repeat(10_000));
    run_all(&format!("{}万元", "1".repeat(100_000)));
    run_all(&"１".repeat(50_000));
    run_all(&format!("0.{}", "3".repeat(100_000)));
}

#[test]
fn nested_brackets_and_only_markers() {
    let nested = format!("{}一{}", "（".repeat(10_000), "）".repeat(10_000));
    run_all(&nested);
    run_all(&format!(
        "{}{}",
        "【〔［(".repeat(10_000),
        "］〕】)".repeat(10_000)
    ));
    let markers: String = (1..=20_000)
        .map(|i| format!("{i}.\n（{i}）\n一、\n"))
        .collect();
    run_all(&markers);
}

#[test]
fn deep_alternating_nesting() {
    // 10 000 levels in the default run; 100 000 in the ignored full-size run.
    run_all(&deep_nesting(10_000));
}

fn deep_nesting(levels: usize) -> String {
    const STYLES: [&str; 6] = ["一、", "（一）", "1.", "（1）", "①", "第一章 "];
    (0..levels)
        .map(|i| format!("{}标题{i}\n", STYLES[i % STYLES.len()]))
        .collect()
}

#[test]
fn long_single_line() {
    let unit = "对口支援高校选派教师12名，捐赠图书3000余册价值28万元，增长了1.5倍";
    run_all(&repeat_to(unit, 2 * 1024 * 1024));
}

#[test]
fn traditional_text_is_folded_and_restored_in_linear_time() {
    let unit = "香港理工大學對口支援阿壩師範學院，選派導師12人次，捐贈圖書1.2萬冊，\
                累計投入1,850萬港元；院系結對由本校牽頭，香港大學參與。\n";
    let small = repeat_to(unit, 128 * 1024);
    let large = repeat_to(unit, 1024 * 1024);
    run_all(&small);
    assert_linear(&small, &large, 4.0);
}

#[test]
fn linear_time_on_the_sample() {
    let s = sample();
    let small = repeat_to(&s, 256 * 1024);
    let large = repeat_to(&s, 2 * 1024 * 1024);
    assert_linear(&small, &large, 4.0);
}

#[test]
#[ignore = "full sizes of issue 6: run with --release -- --ignored"]
fn full_size_inputs() {
    let s = sample();
    let one = repeat_to(&s, 1024 * 1024);
    let eight = repeat_to(&s, 8 * 1024 * 1024);
    assert_linear(&one, &eight, 3.0);
    run_all(&repeat_to(&s, 50 * 1024 * 1024));
    let line = repeat_to("对口支援高校选派教师12名，增长了1.5倍，", 20 * 1024 * 1024);
    run_all(&line);
    let headings: String = (0..1_000_000)
        .map(|i| format!("{}. 标题\n", i % 100 + 1))
        .collect();
    run_all(&headings);
    run_all(&deep_nesting(100_000));
}
