//! Tables pasted as comma-separated exports (a county's project list from its management
//! system): quoted cells with commas inside, a 帮扶方 column and no 受援 column, a planned and a
//! paid column, rows cancelled or cut.

use duikou_model::extract;

const LIST: &str = "岷县2025年度东西部协作项目库（系统导出）\n说明：天津市河西区对口帮扶我县以来，累计投入财政援助资金1.2亿元。\n序号,项目编号,项目名称,实施地点,帮扶方,计划投资（万元）,已拨付（万元）,进度,备注\n1,MX2025-01,\"岷县中药材仓储项目\",\"梅川镇\",\"天津市河西区\",500,500,已完工,\"可储存药材1,000吨\"\n2,MX2025-02,岷县职业技术学校实训室建设,\"岷县职业技术学校\",天津市河西区教育局,120,80,在建,\n3,MX2025-03,\"示范村建设\",\"清水镇\",天津市河西区,900,0,调减,\"原计划1,100万元，调减为900万元\"\n4,MX2025-04,\"干部培训\",\"天津市\",\"天津市河西区委组织部\",60,60,已完成,\"培训我县干部3期、150人次\"\n合计,,,,,\"1,580\",640,,\n";

#[test]
fn a_project_lists_paid_column_gives_money_to_its_beneficiary() {
    let net = extract(LIST);
    assert_eq!(net.author.as_deref(), Some("岷县"));
    let money: Vec<(String, Option<String>, Option<String>)> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "元" && !c.cumulative && c.status.is_actual())
        .map(|c| {
            (
                c.value.to_string(),
                c.supporter.clone(),
                c.recipient.clone(),
            )
        })
        .collect();
    let want = [
        ("5000000", "天津市河西区", "岷县"),
        ("800000", "天津市河西区教育局", "岷县职业技术学校"),
        ("600000", "天津市河西区委组织部", "岷县"),
    ];
    for (v, s, r) in want {
        assert!(
            money.contains(&(v.to_owned(), Some(s.to_owned()), Some(r.to_owned()))),
            "{v} {s} → {r} not in {money:?}"
        );
    }
    // The planned column, a row with nothing paid and a superseded plan give nothing.
    assert_eq!(money.len(), 3, "{money:?}");
    let pairs = net.pairs();
    assert!(
        pairs.contains(&("天津市河西区教育局", "岷县职业技术学校")),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("天津市河西区委组织部", "岷县")),
        "{pairs:?}"
    );
}

#[test]
fn a_csv_row_is_no_heading() {
    let outline = duikou_tokenizer::outline(LIST);
    assert!(outline.headings.is_empty(), "{:?}", outline.headings);
}
