//! The quantity scanner against the hand-valued case table `testdata/quantities.tsv`, and
//! property tests: no panic, spans on char boundaries, increasing, lines agree with
//! `LineIndex`.

use duikou_tokenizer::{
    LineIndex, Number, PartialDate, Quantity, Year, quantities, quantity_in_line,
};
use proptest::prelude::*;

/// One expected expression.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    text: String,
    kind: String,
    value: String,
    unit: String,
    approx: String,
}

fn number(n: Number) -> String {
    match n {
        Number::Fraction { numer, denom } if n.as_decimal().is_none() => format!("{numer}/{denom}"),
        _ => n
            .as_decimal()
            .map_or_else(|| format!("{n:?}"), |d| d.to_string()),
    }
}

fn date(d: PartialDate) -> String {
    let year = match d.year {
        Year::Known(y) => y.to_string(),
        Year::Redacted { prefix: Some(p) } => format!("{p}x"),
        Year::Redacted { prefix: None } => "x".to_owned(),
        _ => "-".to_owned(),
    };
    let part = |v: Option<u8>| v.map_or_else(|| "-".to_owned(), |v| v.to_string());
    format!("{year}/{}/{}", part(d.month), part(d.day))
}

fn describe(q: &Quantity<'_>) -> Row {
    let value = if let Some(d) = q.date {
        match q.date_end {
            Some(e) => format!("{}..{}", date(d), date(e)),
            None => date(d),
        }
    } else if let (Some(l), Some(h)) = (q.low, q.high) {
        format!("{}~{}", number(l), number(h))
    } else {
        q.value.map_or_else(|| "-".to_owned(), number)
    };
    Row {
        text: q.text.to_owned(),
        kind: q.kind.as_str().to_owned(),
        value,
        unit: q.unit.unwrap_or("-").to_owned(),
        approx: q.approx.as_str().to_owned(),
    }
}

/// The cases of the table, in order: `(line number, input, expected rows)`.
fn cases() -> Vec<(usize, String, Vec<Row>)> {
    let table = include_str!("../testdata/quantities.tsv");
    let mut out: Vec<(usize, String, Vec<Row>)> = Vec::new();
    for (i, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            6,
            "line {}: six columns expected: {line}",
            i + 1
        );
        let input = cols[0].to_owned();
        let row = Row {
            text: cols[1].to_owned(),
            kind: cols[2].to_owned(),
            value: cols[3].to_owned(),
            unit: cols[4].to_owned(),
            approx: cols[5].to_owned(),
        };
        match out.last_mut() {
            Some((_, prev, rows)) if *prev == input => rows.push(row),
            _ => out.push((i + 1, input, vec![row])),
        }
    }
    for (_, _, rows) in &mut out {
        rows.retain(|r| r.kind != "none");
    }
    out
}

#[test]
fn case_table() {
    let cases = cases();
    let rows: usize = cases.iter().map(|c| c.2.len().max(1)).sum();
    let mut failures = Vec::new();
    let mut rows_ok = 0;
    for (line, input, expected) in &cases {
        let got: Vec<Row> = quantities(input).map(|q| describe(&q)).collect();
        // Count rows right: each expected row found in order, and no extra for `none`.
        if expected.is_empty() {
            rows_ok += usize::from(got.is_empty());
        } else {
            rows_ok += expected.iter().filter(|r| got.contains(r)).count();
        }
        if &got != expected {
            failures.push(format!(
                "line {line}: {input}\n    expected {expected:?}\n    got      {got:?}"
            ));
        }
    }
    let accuracy = 100.0 * rows_ok as f64 / rows as f64;
    println!(
        "quantities.tsv: {} cases, {rows} rows, {rows_ok} rows right ({accuracy:.1} %), {} cases failing",
        cases.len(),
        failures.len()
    );
    assert!(rows >= 250, "the table should hold at least 250 rows");
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Checks the invariants of the scanner on `src`.
fn check_invariants(src: &str) -> Result<(), TestCaseError> {
    let index = LineIndex::new(src);
    let mut last_end = 0;
    for q in quantities(src) {
        prop_assert!(q.span.start >= last_end, "spans overlap or go back: {q:?}");
        prop_assert!(q.span.start < q.span.end, "empty span: {q:?}");
        prop_assert!(src.is_char_boundary(q.span.start) && src.is_char_boundary(q.span.end));
        prop_assert_eq!(src.get(q.span.start..q.span.end), Some(q.text));
        prop_assert_eq!(q.line, index.line_of(q.span.start));
        last_end = q.span.end;
    }
    Ok(())
}

/// Pieces that make the scanner's paths meet: numerals, units, qualifiers, separators,
/// date characters, brackets and line ends.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "9",
    "１",
    "．",
    ".",
    ",",
    "一",
    "二",
    "两",
    "三",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "〇",
    "零",
    "壹",
    "陆",
    "兆",
    "第",
    "几",
    "余",
    "多",
    "近",
    "约",
    "超过",
    "以上",
    "左右",
    "上",
    "数",
    "人",
    "人次",
    "名",
    "元",
    "万元",
    "学时",
    "个",
    "个百分点",
    "倍",
    "%",
    "％",
    "年",
    "月",
    "日",
    "号",
    "学年",
    "xx",
    "×",
    "-",
    "—",
    "～",
    "至",
    "到",
    "、",
    "（",
    "）",
    "〔",
    "〕",
    "+",
    ":",
    "点",
    "半",
    "下午",
    "分之",
    "统一",
    "十四五",
    "之一",
    "\n",
    "\r\n",
    "\r",
    " ",
    "a",
    "é",
    "😀",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn never_panics_on_any_text(src in "\\PC*") {
        check_invariants(&src)?;
    }

    #[test]
    fn line_mode_is_safe(parts in proptest::collection::vec(0..PIECES.len(), 0..12)) {
        let line: String = parts.iter().map(|&i| PIECES[i]).collect();
        if let Some(q) = quantity_in_line(&line) {
            prop_assert_eq!(line.get(q.span.start..q.span.end), Some(q.text));
        }
    }

    #[test]
    fn invariants_on_numeral_soup(parts in proptest::collection::vec(0..PIECES.len(), 0..40)) {
        let src: String = parts.iter().map(|&i| PIECES[i]).collect();
        check_invariants(&src)?;
    }
}

#[test]
fn long_inputs_are_linear_and_safe() {
    // Deep runs of numeral characters and separators must not blow up.
    let src = "一二三四五六七八九十".repeat(2000) + &"1-".repeat(5000) + &"第".repeat(3000);
    check_invariants(&src).unwrap();
    let lines = "培养博士6人\r\n".repeat(1000);
    let qs: Vec<_> = quantities(&lines).collect();
    assert_eq!(qs.len(), 1000);
    assert_eq!(qs.last().map(|q| q.line), Some(1000));
}

#[test]
fn lines_count_every_kind_of_line_end_around_expressions() {
    // `\n`, `\r\n` and a lone `\r`, right before and after expressions, blank lines, an
    // expression that starts before its numeral (近, 约), and long prose between them.
    let src = "近300门\r\n约5人\r6名\n\n第3届\r\r\n".to_owned()
        + &"各项工作有序推进，".repeat(20)
        + "\n2023年5月\r\n一项\r";
    let got: Vec<_> = quantities(&src).map(|q| (q.text, q.line)).collect();
    assert_eq!(
        got,
        [
            ("近300门", 1),
            ("约5人", 2),
            ("6名", 3),
            ("第3届", 5),
            ("2023年5月", 8),
            ("一项", 9)
        ]
    );
    let index = LineIndex::new(&src);
    for q in quantities(&src) {
        assert_eq!(q.line, index.line_of(q.span.start), "{}", q.text);
    }
}
