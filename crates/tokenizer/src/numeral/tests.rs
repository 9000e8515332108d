//! Unit tests of the prefix matcher's internals (the value table is testdata/numerals.tsv).

use super::*;

fn show(s: &str) -> String {
    match numeral_prefix(s) {
        None => "none".into(),
        Some(m) => {
            let v = match m.value {
                Ok(Number::Decimal(d)) => d.to_string(),
                Ok(Number::Fraction { numer, denom }) => format!("{numer}/{denom}"),
                Err(()) => "overflow".into(),
            };
            format!(
                "{} {} {} {:?} mult={} t={}",
                s.get(..m.len).unwrap_or("?"),
                v,
                m.scale.as_str(),
                m.script,
                m.has_multiplier,
                m.trailing_exp
            )
        }
    }
}

#[test]
#[ignore = "manual dump"]
fn dump() {
    for s in std::env::var("NUMERALS").unwrap_or_default().split(' ') {
        println!("{s:>12} => {}", show(s));
    }
}

#[test]
fn prefix_shapes() {
    // (input, matched text, script, has_multiplier, trailing_exp)
    for (s, text, script, mult, exp) in [
        ("35万元", "35万", Script::Arabic, true, 4),
        ("5至10万元", "5", Script::Arabic, false, 0),
        ("十万人", "十万", Script::Chinese, true, 4),
        ("1.2万亿元", "1.2万亿", Script::Arabic, true, 12),
        ("两万五千人", "两万五千", Script::Chinese, true, 3),
        ("两万五人", "两万五", Script::Chinese, true, 0),
        ("三十人", "三十", Script::Chinese, true, 1),
        ("二〇二三年", "二〇二三", Script::DigitByDigit, false, 0),
        ("三四个", "三", Script::Chinese, false, 0),
        ("百分之三十", "百分之三十", Script::Chinese, true, 1),
        ("壹万元整", "壹万", Script::Financial, true, 4),
    ] {
        let m = numeral_prefix(s).unwrap();
        assert_eq!(s.get(..m.len), Some(text), "{s}");
        assert_eq!(
            (m.script, m.has_multiplier, m.trailing_exp),
            (script, mult, exp),
            "{s}"
        );
    }
    assert_eq!(numeral_prefix("人民币"), None);
    assert_eq!(numeral_prefix("负责"), None);
    assert_eq!(numeral_prefix(""), None);
    assert_eq!(chinese_digit('两'), Some(2));
    assert_eq!(chinese_digit('〇'), Some(0));
    assert_eq!(chinese_digit('十'), None);
}

proptest::proptest! {
    #[test]
    fn prefix_len_on_char_boundary(s in "\\PC*") {
        if let Some(m) = numeral_prefix(&s) {
            proptest::prop_assert!(m.len > 0 && m.len <= s.len());
            proptest::prop_assert!(s.is_char_boundary(m.len));
        }
    }

    #[test]
    fn prefix_len_on_numeral_soup(
        chars in proptest::collection::vec(
            proptest::sample::select(&[
                '零', '〇', '一', '二', '两', '俩', '十', '百', '千', '万', '亿', '廿', '壹', '拾',
                '点', '分', '之', '成', '负', '-', '%', '.', ',', '0', '7', '９', '．', 'x',
            ][..]),
            0..30,
        )
    ) {
        let s: String = chars.into_iter().collect();
        if let Some(m) = numeral_prefix(&s) {
            proptest::prop_assert!(m.len > 0 && m.len <= s.len());
            proptest::prop_assert!(s.is_char_boundary(m.len));
            // The match is itself a numeral that matches whole.
            let again = numeral_prefix(s.get(..m.len).unwrap()).unwrap();
            proptest::prop_assert_eq!(again.len, m.len);
        }
    }
}
