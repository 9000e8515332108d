//! Table-driven test of single-line heading decisions: testdata/lines.tsv.
//!
//! Columns: line, expected (`heading` or a rejection reason, see `Reject::as_str`), style,
//! ordinal, title. Every mismatch is listed before the test fails.

use duikou_tokenizer::{LineClass, MarkerStyle, Reject, classify_line};

const TABLE: &str = include_str!("../testdata/lines.tsv");

#[test]
fn lines_table() {
    let mut rows = 0;
    let mut failures = Vec::new();
    for (n, row) in TABLE.lines().enumerate() {
        if row.starts_with('#') || row.is_empty() {
            continue;
        }
        rows += 1;
        let cols: Vec<&str> = row.split('\t').collect();
        let line = cols[0];
        let expect = cols.get(1).copied().unwrap_or("");
        let got = classify_line(line);
        let ok = match (expect, &got) {
            ("blank", LineClass::Blank) => true,
            ("heading", LineClass::Heading(c)) => {
                let style = MarkerStyle::from_name(cols[2]).expect("style name");
                let ordinal: u32 = cols[3].parse().expect("ordinal");
                let title_ok = cols.get(4).is_none_or(|t| *t == c.title);
                c.style == style && c.ordinal == ordinal && title_ok
            }
            (reason, LineClass::Text(r)) => Reject::from_name(reason) == Some(*r),
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "lines.tsv:{}: {line:?} expected {expect} {:?}, got {got:?}",
                n + 1,
                &cols[2..]
            ));
        }
    }
    assert!(rows >= 150, "only {rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{rows} lines ok");
}
