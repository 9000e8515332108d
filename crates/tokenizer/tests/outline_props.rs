//! Property tests: canonical trees round-trip; no panic, in-bounds spans and linear time on
//! arbitrary input, deep nesting and a 10 MB line.

use std::time::Instant;

use duikou_tokenizer::{classify_line, outline, paragraphs};
use proptest::prelude::*;

fn cn(n: u32) -> String {
    const D: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_owned(),
        10 => "十".to_owned(),
        11..=19 => format!("十{}", D[(n - 10) as usize]),
        _ => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
    }
}

/// Canonical marker of `level` (GB/T 9704 order, then ①).
fn marker(level: usize, n: u32) -> String {
    match level {
        1 => format!("{}、", cn(n)),
        2 => format!("（{}）", cn(n)),
        3 => format!("{n}. "),
        4 => format!("（{n}）"),
        _ => char::from_u32(0x2460 + n - 1)
            .map(String::from)
            .unwrap_or_default(),
    }
}

const TITLES: [&str; 6] = [
    "工作情况",
    "主要做法",
    "经验体会",
    "存在问题",
    "下步打算",
    "组织保障",
];

/// Random tree as a depth sequence: starts at 1, each next depth ≤ previous + 1, ≤ 5.
fn tree() -> impl Strategy<Value = Vec<(usize, usize, bool)>> {
    prop::collection::vec((0usize..6, 0usize..6, any::<bool>()), 1..60).prop_map(|v| {
        let mut out = Vec::new();
        let mut depth = 0usize;
        for (step, title, body) in v {
            // step 0..2: go deeper by one (if allowed), 2..6: go up to a random depth.
            depth = if step < 2 || depth == 0 {
                (depth + 1).min(5)
            } else {
                1 + (step + depth) % depth.max(1)
            };
            out.push((depth, title, body));
        }
        out
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn canonical_tree_round_trips(t in tree()) {
        let mut counters = [0u32; 6];
        let mut parents: Vec<Option<u32>> = vec![None; 6];
        let mut text = String::new();
        let mut expected = Vec::new();
        let mut line = 0u32;
        for (depth, title, body) in &t {
            counters[*depth] += 1;
            for c in counters.iter_mut().skip(depth + 1) {
                *c = 0;
            }
            line += 1;
            text.push_str(&marker(*depth, counters[*depth]));
            text.push_str(TITLES[*title]);
            text.push('\n');
            let parent = if *depth == 1 { None } else { parents[depth - 1] };
            expected.push((line, *depth as u32, counters[*depth], parent));
            parents[*depth] = Some(line);
            if *body {
                text.push_str("两校按照协议开展合作，取得了明显成效。\n");
                line += 1;
            }
        }
        let o = outline(&text);
        let got: Vec<_> = o
            .headings
            .iter()
            .map(|h| (h.line, h.level, h.ordinal, h.parent.map(|p| o.headings[p].line)))
            .collect();
        prop_assert_eq!(got, expected, "{}", text);
        prop_assert!(o.anomalies.is_empty());
    }

    /// GB/T 1.1 style: bare `N 标题` over dotted `N.k 标题` children (a chapter may have
    /// none after one that has some): levels 1 and 2, parents by path, no anomaly.
    #[test]
    fn bare_decimal_trees_round_trip(kids in prop::collection::vec(0usize..4, 1..12)) {
        // A chapter without children continues the sequence only after one with children.
        let mut kids = kids;
        kids[0] = kids[0].max(1);
        for i in 1..kids.len() {
            if kids[i] == 0 && kids[i - 1] == 0 {
                kids[i] = 1;
            }
        }
        let mut text = String::new();
        let mut expected = Vec::new();
        let mut line = 0u32;
        for (i, &k) in kids.iter().enumerate() {
            let n = i as u32 + 1;
            line += 1;
            let parent_line = line;
            text.push_str(&format!("{n} {}\n", TITLES[i % TITLES.len()]));
            expected.push((line, 1, vec![n], None));
            for j in 1..=k as u32 {
                line += 2;
                text.push_str(&format!("{n}.{j} {}\n　　两校合作，成效明显。\n", TITLES[j as usize % TITLES.len()]));
                expected.push((line - 1, 2, vec![n, j], Some(parent_line)));
            }
        }
        let o = outline(&text);
        let got: Vec<_> = o
            .headings
            .iter()
            .map(|h| (h.line, h.level, h.path.clone().unwrap_or_default(), h.parent.map(|p| o.headings[p].line)))
            .collect();
        prop_assert_eq!(got, expected, "{}", text);
        prop_assert!(o.anomalies.is_empty());
    }

    #[test]
    fn never_panics_and_spans_are_in_bounds(s in "\\PC{0,400}") {
        check_spans(&s);
    }

    #[test]
    fn never_panics_on_marker_soup(parts in prop::collection::vec(prop::sample::select(vec![
        "一、", "（一）", "(", "）", "1.", "1、", "2.1", "第", "条", "章", "篇一", "①", "⑴", "⒈", "㈠",
        "\n", "\n\n", "　", " ", "目录", "……3", "附件：", "附件1", "“", "”", "。", "，", "一是", "首先，",
        "最后，", "壹、", "甲、", "A.", "i.", "Ⅳ", "［1］", "〔2024〕", "- 3 -", "| 返回目录", "\r\n", "é",
        "加强建设，提升", "办学水平", "人才、", "I.", "V.", "H.", "C.", "1. ", "（一）加强，",
        "1 ", "2 基本情况", "3　", "1.1 ", "2.1 概况", "\t", "１２ ",
    ]), 0..200)) {
        let s: String = parts.concat();
        check_spans(&s);
    }
}

fn check_spans(s: &str) {
    let o = outline(s);
    for h in &o.headings {
        for sp in [h.span, h.marker_span, h.title_span, h.body_span] {
            assert!(s.get(sp.start..sp.end).is_some(), "span {sp:?} in {s:?}");
        }
        assert_eq!(
            s.get(h.marker_span.start..h.marker_span.end),
            Some(h.marker)
        );
        assert_eq!(s.get(h.title_span.start..h.title_span.end), Some(h.title));
        assert!(h.line <= h.title_line && h.title_line <= h.title_end_line);
        assert!(
            h.title_end_line <= h.title_line + 2,
            "a title spans at most three lines"
        );
        let joined = h.title_text();
        assert!(!joined.contains('\n') && joined.len() <= h.title.len());
        assert!(h.parent.is_none_or(|p| p < o.headings.len()));
    }
    for p in paragraphs(s) {
        for sp in p.sentences().into_iter().chain(p.pieces.iter().copied()) {
            assert!(s.get(sp.start..sp.end).is_some(), "span {sp:?} in {s:?}");
        }
        assert!(
            p.pieces.windows(2).all(|w| w[0].end <= w[1].start),
            "pieces in order in {s:?}"
        );
    }
    for line in s.lines() {
        let _ = classify_line(line);
    }
}

#[test]
fn ten_megabyte_line() {
    let mut s = String::from("一、");
    while s.len() < 10 << 20 {
        s.push_str("（（“对口支援，");
    }
    let t = Instant::now();
    let o = outline(&s);
    assert_eq!(o.headings.len(), 1);
    let _ = paragraphs(&s);
    assert!(t.elapsed().as_secs() < 60);
    let digits = "1.".repeat(5 << 20);
    let _ = outline(&digits);
}

#[test]
fn hundred_thousand_nesting_levels() {
    // One decimal marker with 100 000 components, brackets nested 100 000 deep,
    // and 100 000 headings that keep opening a deeper level.
    let mut s = "1.".repeat(100_000);
    s.push_str("1 深层\n");
    s.push_str(&"（".repeat(100_000));
    s.push('\n');
    let styles = [
        "一、",
        "（一）",
        "1. ",
        "（1）",
        "①",
        "甲、",
        "a) ",
        "子、",
        "Ⅰ. ",
    ];
    for i in 0..100_000 {
        s.push_str(styles[i % styles.len()]);
        s.push_str("标题\n");
    }
    let o = outline(&s);
    assert_eq!(o.headings[0].path.as_ref().map(Vec::len), Some(100_001));
    assert!(o.headings.len() > 100_000);
    let _ = paragraphs(&s);
}

#[test]
fn time_is_linear() {
    let unit = "一、基本情况\n\n6月，两校签订协议，派出教师10人。\n\n（一）抓住机遇。培养骨干。\n\n1. 完善机制\n\n2017年工作总结\n\n三、四月份完成验收。\n";
    let small = unit.repeat(2_000);
    let big = unit.repeat(16_000);
    let time = |s: &str| {
        let t = Instant::now();
        let n = outline(s).headings.len();
        (t.elapsed().as_secs_f64(), n)
    };
    let _ = time(&small);
    let (a, n1) = time(&small);
    let (b, n2) = time(&big);
    assert_eq!(n2, n1 * 8);
    assert!(b < a * 8.0 * 4.0 + 0.05, "8x input took {b:.3}s vs {a:.3}s");
    // Bare numbered lines look ahead a bounded number of lines for their dotted child.
    let unit = "1 基本情况\n2 帮扶工作\n　　两校合作多年。\n3 工作成效\n";
    let small = unit.repeat(4_000);
    let big = unit.repeat(32_000);
    let _ = time(&small);
    let (a, n1) = time(&small);
    let (b, n2) = time(&big);
    assert_eq!((n1, n2), (0, 0));
    assert!(b < a * 8.0 * 4.0 + 0.05, "8x input took {b:.3}s vs {a:.3}s");
}
