//! Growth on slides pasted as text: each bullet is a statement of its own, and a claim alone
//! on the line after its values (↑35%) belongs to them.

use duikou_analytics::{GrowthRecord, growth_statements};

const SLIDE: &str = "三、帮扶成效
● 门诊量：由8.4万人次到16.8万人次，增长1倍
● 出院人数：由1.2万人到1.5万人
↑25%
● 平均住院日：由9.0天到7.2天，缩短20%
";

#[test]
fn bullets_and_arrows() {
    let v = growth_statements(SLIDE);
    let got: Vec<(String, String, String)> = v
        .iter()
        .map(|g| {
            let e = g.evaluate();
            let rec = GrowthRecord::new(g, &e).expect("a record");
            let claim = rec.claim.map(|c| c.text).unwrap_or_default();
            (g.metric.clone(), claim, rec.verdict.as_str().to_owned())
        })
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].0, "门诊量");
    assert_eq!(got[1].0, "出院人数");
    assert_eq!(got[1].1, "↑25%");
    assert_eq!(got[2].0, "平均住院日");
    for g in &got {
        assert_eq!(g.2, "consistent", "{got:?}");
    }
}

#[test]
fn from_a_to_b_between_percentages_or_decimals_is_a_change() {
    for (text, before, after) in [
        ("县域内就诊率由82%到91%，提升9%。", "82", "91"),
        ("CMI值由0.72到0.94，提高30.6%。", "0.72", "0.94"),
    ] {
        let v = growth_statements(text);
        let got: Vec<_> = v
            .iter()
            .map(|g| {
                (
                    g.before.as_ref().map(|f| f.value.to_string()),
                    g.after.as_ref().map(|f| f.value.to_string()),
                )
            })
            .collect();
        assert_eq!(
            got,
            [(Some(before.to_owned()), Some(after.to_owned()))],
            "{text}"
        );
    }
}
