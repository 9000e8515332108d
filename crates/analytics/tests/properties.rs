//! Properties of the metrics and verdicts (issue 5 §5): A·R = B, percentage points only for
//! percentages, CAGR compounding back, verdicts that do not depend on how numerals are written,
//! and no panic on any input.

use duikou_analytics::{Metrics, Ratio, Verdict, growth_statements};
use duikou_tokenizer::{Decimal, to_chinese};
use proptest::prelude::*;

fn dec(m: i64, scale: u8) -> Decimal {
    Decimal::new(i128::from(m), scale).unwrap()
}

proptest! {
    #[test]
    fn ratio_times_before_is_after(a in 1i64..1_000_000_000, sa in 0u8..4, b in 0i64..1_000_000_000, sb in 0u8..4) {
        let (a, b) = (dec(a, sa), dec(b, sb));
        let m = Metrics::compute(a, b, false, None).unwrap();
        let r = m.ratio.unwrap();
        prop_assert_eq!(r.checked_mul(Ratio::from_decimal(a).unwrap()).unwrap(), Ratio::from_decimal(b).unwrap());
        // Strict 倍 and percent change are the same quantity.
        prop_assert_eq!(m.times_increase.unwrap().checked_mul(Ratio::HUNDRED).unwrap(), m.pct_change.unwrap());
        prop_assert_eq!(m.abs_change, b.checked_sub(a).unwrap());
    }

    #[test]
    fn pp_only_for_percentages(a in 1i64..1000, b in 1i64..1000) {
        let counts = growth_statements(&format!("教师由{a}人增加到{b}人。"));
        let m = counts[0].evaluate().metrics.unwrap();
        prop_assert!(m.pp_change.is_none());
        let shares = growth_statements(&format!("合格率由{}%提高到{}%。", dec(a, 1), dec(b, 1)));
        let m = shares[0].evaluate().metrics.unwrap();
        prop_assert_eq!(m.pp_change, Some(dec(b - a, 1)));
    }

    #[test]
    fn cagr_compounds_back(a in 1i64..1_000_000, b in 1i64..1_000_000, t in 1u32..30) {
        let m = Metrics::compute(dec(a, 0), dec(b, 0), false, Some(t)).unwrap();
        let g = m.cagr_pct.unwrap();
        let back = (1.0 + g / 100.0).powi(i32::try_from(t).unwrap());
        let r = m.ratio.unwrap().to_f64();
        prop_assert!((back - r).abs() <= 1e-9 * r.max(1.0), "{back} vs {r}");
        // The arithmetic mean is never below the geometric rate.
        prop_assert!(m.arithmetic_mean_pct.unwrap().to_f64() >= g - 1e-9);
    }

    #[test]
    fn verdict_same_in_chinese_and_arabic_numerals(
        a in 1i64..10_000, b in 1i64..10_000, n in 1i64..100, form in 0usize..4,
    ) {
        let claim = dec(n, 1); // 0.1 … 9.9
        let (tpl_ar, tpl_cn) = match form {
            0 => (format!("增长了{claim}倍"), format!("增长了{}倍", to_chinese(claim))),
            1 => (format!("增长到{claim}倍"), format!("增长到{}倍", to_chinese(claim))),
            2 => (format!("增长{claim}%"), format!("增长百分之{}", to_chinese(claim))),
            _ => (format!("增长了{}倍", n % 9 + 1), format!("增长了{}倍", to_chinese(dec(n % 9 + 1, 0)))),
        };
        let ar = format!("招生人数由{a}人增加到{b}人，{tpl_ar}。");
        let cn = format!(
            "招生人数由{}人增加到{}人，{tpl_cn}。",
            to_chinese(dec(a, 0)),
            to_chinese(dec(b, 0))
        );
        let (sa, sc) = (growth_statements(&ar), growth_statements(&cn));
        prop_assert_eq!(sa.len(), 1, "{}", ar);
        prop_assert_eq!(sc.len(), 1, "{}", cn);
        let (ea, ec) = (sa[0].evaluate(), sc[0].evaluate());
        prop_assert_eq!(ea.verdict, ec.verdict, "{} / {}", ar, cn);
        prop_assert_eq!(&sa[0].before.as_ref().unwrap().value, &sc[0].before.as_ref().unwrap().value);
        prop_assert_eq!(&sa[0].claim.as_ref().unwrap().value, &sc[0].claim.as_ref().unwrap().value);
        prop_assert_eq!(ea.expected, ec.expected);
    }

    #[test]
    fn extraction_reads_the_written_values(a in 1i64..100_000_000, b in 1i64..100_000_000, sa in 0u8..3) {
        let (a, b) = (dec(a, sa), dec(b, 0));
        let v = growth_statements(&format!("一、概况\n经费由{a}元提高到{b}元，增长了1.5倍；事半功倍。"));
        prop_assert_eq!(v.len(), 1);
        prop_assert_eq!(v[0].line, 2);
        prop_assert_eq!(v[0].metric.as_str(), "经费");
        prop_assert_eq!(v[0].before.as_ref().unwrap().value, a);
        prop_assert_eq!(v[0].after.as_ref().unwrap().value, b);
        let e = v[0].evaluate();
        prop_assert!(e.verdict != Verdict::Unverifiable);
    }

    #[test]
    fn never_panics(s in "\\PC{0,200}") {
        for st in growth_statements(&s) {
            let _ = st.evaluate();
            prop_assert!(st.span.start <= st.span.end && st.span.end <= s.len());
        }
    }

    #[test]
    fn never_panics_on_growth_soup(parts in proptest::collection::vec(0usize..24, 0..60)) {
        const P: [&str; 24] = ["由", "从", "增加到", "增长了", "提高", "下降", "倍", "%", "个百分点", "翻",
            "番", "一半", "分之", "成", "1516", "五点六", "余", "，", "。", "；", "\n", "年均", "分别", "和"];
        let s: String = parts.iter().map(|&i| P[i]).collect();
        for st in growth_statements(&s) {
            let e = st.evaluate();
            let _ = serde_json::to_string(&e).unwrap();
        }
    }
}

/// Time of the growth layer (`growth_statements_in`, the scan done beforehand) on `unit`
/// repeated `n` times.
fn time_on(unit: &str, n: usize) -> f64 {
    let text = unit.repeat(n);
    let qs: Vec<_> = duikou_tokenizer::quantities(&text).collect();
    let t = std::time::Instant::now();
    let v = duikou_analytics::growth_statements_in(&text, qs);
    let e = t.elapsed().as_secs_f64();
    assert!(v.len() <= 8 * n);
    e
}

#[test]
fn linear_on_long_unpunctuated_lines() {
    // Little or no sentence punctuation: one "sentence" of many statements.
    for unit in [
        "科研经费由1人增加到2人增长了1倍翻了一番",
        "由1516人增加到2236人，增长了1.5倍、",
        "增长了1.5倍减少一半提高3个百分点分别增长5%和6%",
    ] {
        let small = time_on(unit, 400);
        let large = time_on(unit, 1600);
        // 4× the input may take at most ~12× the time (generous for debug builds and noise).
        assert!(large <= small * 12.0 + 0.05, "{unit}: {small}s → {large}s");
    }
}
