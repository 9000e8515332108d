//! The numeral table (`testdata/numerals.tsv`) and the numeral properties.
//!
//! Every row of the table is checked and all failures are reported at once.

use duikou_tokenizer::{
    Decimal, Number, Numeral, TokenizeError, parse_numeral, parse_numeral_prefix, to_chinese,
    to_financial,
};
use proptest::prelude::*;

const TABLE: &str = include_str!("../testdata/numerals.tsv");

/// The expected value column: a decimal or `p/q`.
fn expected_number(s: &str) -> Option<Number> {
    match s.split_once('/') {
        Some((p, q)) => Some(Number::Fraction {
            numer: p.parse().ok()?,
            denom: q.parse().ok()?,
        }),
        None => s.parse::<Decimal>().ok().map(Number::Decimal),
    }
}

/// Exact text equality (value and written scale): `1.5万` must be `15000`, not `15000.0`.
fn same_text(a: Number, b: Number) -> bool {
    show(a) == show(b)
}

/// Value equality: decimals by value, fractions term by term as written.
fn same(a: Number, b: Number) -> bool {
    match (a, b) {
        (Number::Decimal(x), Number::Decimal(y)) => x == y,
        (
            Number::Fraction { numer, denom },
            Number::Fraction {
                numer: n2,
                denom: d2,
            },
        ) => numer == n2 && denom == d2,
        _ => false,
    }
}

fn show(n: Number) -> String {
    match n {
        Number::Decimal(d) => d.to_string(),
        Number::Fraction { numer, denom } => format!("{numer}/{denom}"),
        _ => format!("{n:?}"),
    }
}

fn err_kind(e: &TokenizeError) -> &'static str {
    match e {
        TokenizeError::Overflow { .. } => "overflow",
        TokenizeError::Invalid { .. } => "invalid",
        TokenizeError::Empty => "empty",
        _ => "other",
    }
}

/// Checks one row; `Err(message)` on failure.
fn check_row(
    input: &str,
    mode: &str,
    expected: &str,
    scale: &str,
    script: Option<&str>,
) -> Result<(), String> {
    let check_ok = |n: Numeral| -> Result<(), String> {
        let want = expected_number(expected).ok_or_else(|| format!("bad expected `{expected}`"))?;
        if !same_text(n.value, want) {
            return Err(format!("value {} (want {expected})", show(n.value)));
        }
        if n.scale.as_str() != scale {
            return Err(format!("scale {} (want {scale})", n.scale.as_str()));
        }
        if let Some(sc) = script
            && n.script.as_str() != sc
        {
            return Err(format!("script {} (want {sc})", n.script.as_str()));
        }
        Ok(())
    };
    let want_err = expected.strip_prefix("ERR ");
    if mode == "=" {
        return match (parse_numeral(input), want_err) {
            (Ok(n), None) => check_ok(n),
            (Ok(n), Some(e)) => Err(format!("parsed as {} (want error {e})", show(n.value))),
            (Err(e), None) => Err(format!("error {e}")),
            (Err(e), Some(k)) if err_kind(&e) == k => {
                // The span must be a valid range into the input.
                match e.span() {
                    Some(sp) if sp.slice(input).is_none() => Err(format!("bad span {sp:?}")),
                    _ => Ok(()),
                }
            }
            (Err(e), Some(k)) => Err(format!("error {e} (want {k})")),
        };
    }
    let n_chars: usize = mode
        .strip_prefix('^')
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("bad mode `{mode}`"))?;
    match (parse_numeral_prefix(input), want_err) {
        (Err(e), Some(k)) if err_kind(&e) == k => Ok(()),
        (Err(e), _) => Err(format!("prefix error {e}")),
        (Ok((n, _)), Some(k)) => Err(format!("prefix parsed {} (want error {k})", show(n.value))),
        (Ok((n, rest)), None) => {
            let got = input.chars().count() - rest.chars().count();
            if got != n_chars {
                return Err(format!("prefix took {got} chars (want {n_chars})"));
            }
            check_ok(n)?;
            if rest.is_empty() {
                return Ok(());
            }
            match parse_numeral(input) {
                Err(TokenizeError::Invalid { .. }) => Ok(()),
                other => Err(format!("whole string should be invalid, got {other:?}")),
            }
        }
    }
}

#[test]
fn numeral_table() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for (i, line) in TABLE.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        cases += 1;
        let cols: Vec<&str> = line.split('\t').collect();
        let (input, mode, expected) = (cols[0], cols[1], cols[2]);
        let scale = cols.get(3).copied().unwrap_or("");
        let script = cols.get(4).copied();
        if let Err(msg) = check_row(input, mode, expected, scale, script) {
            failures.push(format!("  line {}: {input:?} {mode}: {msg}", i + 1));
        }
    }
    assert!(cases >= 200, "only {cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} numeral cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn empty_and_spans() {
    assert_eq!(parse_numeral(""), Err(TokenizeError::Empty));
    assert_eq!(
        parse_numeral_prefix("").map(|_| ()),
        Err(TokenizeError::Empty)
    );
    let e = parse_numeral("三分之二以上").unwrap_err();
    assert_eq!(e.span().and_then(|s| s.slice("三分之二以上")), Some("以上"));
    let src = "人民币九千九百九十九亿亿亿亿亿元整";
    let e = parse_numeral(src).unwrap_err();
    assert!(matches!(e, TokenizeError::Overflow { .. }), "{e:?}");
    assert_eq!(
        e.span().and_then(|s| s.slice(src)),
        Some("九千九百九十九亿亿亿亿亿")
    );
}

/// 100 000-character inputs are read in one pass: overflow, not a hang.
#[test]
fn long_inputs_are_linear() {
    let start = std::time::Instant::now();
    for unit in [
        "1",
        "９",
        "九",
        "亿",
        "零",
        "一万",
        "十",
        "1,000",
        "一亿",
        "0.",
        "百分之",
    ] {
        let s = unit.repeat(100_000 / unit.chars().count());
        let _ = parse_numeral(&s);
        let _ = parse_numeral_prefix(&s);
    }
    assert!(matches!(
        parse_numeral(&"1".repeat(100_000)),
        Err(TokenizeError::Overflow { .. })
    ));
    assert!(matches!(
        parse_numeral(&format!("一{}", "亿".repeat(100_000))),
        Err(TokenizeError::Overflow { .. })
    ));
    assert!(matches!(
        parse_numeral(&"九".repeat(100_000)),
        Err(TokenizeError::Overflow { .. })
    ));
    assert!(start.elapsed().as_secs() < 10, "took {:?}", start.elapsed());
}

#[test]
fn canonical_forms() {
    for (n, zh, fin) in [
        (0_i64, "零", "零"),
        (10, "十", "壹拾"),
        (15, "十五", "壹拾伍"),
        (20, "二十", "贰拾"),
        (110, "一百一十", "壹佰壹拾"),
        (1005, "一千零五", "壹仟零伍"),
        (10010, "一万零一十", "壹万零壹拾"),
        (12345, "一万二千三百四十五", "壹万贰仟叁佰肆拾伍"),
        (100_000, "十万", "壹拾万"),
        (100_000_005, "一亿零五", "壹亿零伍"),
        (1_000_000_000_000, "一万亿", "壹万亿"),
        (3_200_000_000_000, "三万二千亿", "叁万贰仟亿"),
        (10_000_000_000_000_000, "一亿亿", "壹亿亿"),
        (-3, "负三", "负叁"),
    ] {
        assert_eq!(to_chinese(Decimal::from(n)), zh, "{n}");
        assert_eq!(to_financial(Decimal::from(n)), fin, "{n}");
    }
    assert_eq!(to_chinese("100.06".parse().unwrap()), "一百点零六");
    assert_eq!(to_chinese("-0.5".parse().unwrap()), "负零点五");
    let shown: Vec<String> = [
        "百分之三十",
        "三分之一",
        "三成五",
        "负百分之四十",
        "千分之五",
        "万分之三",
    ]
    .iter()
    .map(|s| parse_numeral(s).unwrap().to_string())
    .collect();
    assert_eq!(
        shown,
        [
            "百分之三十",
            "三分之一",
            "三点五成",
            "负百分之四十",
            "千分之五",
            "万分之三"
        ]
    );
}

/// Characters the numeral grammar reacts to, for random "almost numerals".
const NUMERAL_CHARS: &[char] = &[
    '零', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '两', '俩', '仨', '十', '百',
    '千', '万', '亿', '廿', '卅', '壹', '贰', '叁', '拾', '佰', '仟', '萬', '億', '点', '分', '之',
    '成', '负', '-', '－', '%', '％', '‰', '‱', '.', '．', ',', '0', '1', '5', '9', '０', '９',
    '元', '整', '角', '人', '民', '币', '以', '上',
];

fn dec(d: Decimal) -> Number {
    Number::Decimal(d)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn chinese_round_trip(n in 0_u64..10_000_000_000_000_000) {
        let d = Decimal::from(n);
        prop_assert!(same(parse_numeral(&to_chinese(d)).unwrap().value, dec(d)), "{}", to_chinese(d));
    }

    #[test]
    fn financial_round_trip(n in 0_u64..10_000_000_000_000_000) {
        let d = Decimal::from(n);
        prop_assert!(same(parse_numeral(&to_financial(d)).unwrap().value, dec(d)), "{}", to_financial(d));
    }

    #[test]
    fn full_range_round_trip(m in any::<i128>()) {
        let d = Decimal::new(m, 0).unwrap();
        let zh = to_chinese(d);
        prop_assert!(same(parse_numeral(&zh).unwrap().value, dec(d)), "{}", zh);
        let fin = to_financial(d);
        prop_assert!(same(parse_numeral(&fin).unwrap().value, dec(d)), "{}", fin);
    }

    #[test]
    fn decimal_round_trip(m in any::<i64>(), scale in 0_u8..12) {
        let d = Decimal::new(i128::from(m), scale).unwrap();
        let zh = to_chinese(d);
        let back = parse_numeral(&zh).unwrap().value;
        prop_assert!(same(back, dec(d)), "{}", zh);
        let Number::Decimal(b) = back else { unreachable!() };
        prop_assert_eq!(b.scale(), scale, "{}", zh);
        prop_assert!(same(parse_numeral(&to_financial(d)).unwrap().value, dec(d)));
    }

    #[test]
    fn never_panics(s in "\\PC*") {
        let _ = parse_numeral(&s);
        if let Ok((_, rest)) = parse_numeral_prefix(&s) {
            prop_assert!(rest.len() < s.len());
            prop_assert!(s.ends_with(rest));
        }
    }

    #[test]
    fn numeral_soup(chars in prop::collection::vec(prop::sample::select(NUMERAL_CHARS), 0..40)) {
        let s: String = chars.into_iter().collect();
        if let Ok(n) = parse_numeral(&s) {
            // Display gives the canonical form, which reads back to the same value and scale.
            let back = parse_numeral(&n.to_string()).unwrap();
            prop_assert!(same(back.value, n.value), "{} → {}", s, n);
            prop_assert_eq!(back.scale, n.scale);
        }
        if let Ok((_, rest)) = parse_numeral_prefix(&s) {
            prop_assert!(rest.len() < s.len());
            prop_assert!(s.ends_with(rest));
        }
    }
}
