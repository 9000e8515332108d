//! Tables of amounts. A department's public notice of fund allocations: numbered tables with
//! a generic 金额（万元） column, a project name broken over two lines, a second table of
//! allocations not paid yet, a bare 省教育厅 that is the author's, and the author's 我省 that is
//! its province. An evaluation's indicator table gives the values achieved of the gifts it
//! names.

use duikou_model::{Status, extract};

const NOTICE: &str = "浙江省财政厅关于下达2025年度对口支援资金的公示
发布时间：2025-03-02　来源：浙江省财政厅
　　我省与四川省开展东西部协作，对口支援新疆阿克苏地区。湖南省相关负责同志来我省考察。
一、第一批已下达资金（3500万元）
表1　第一批资金下达表
序号	支援方	受援方	项目名称	金额（万元）	备注
1	杭州市	广元市	广元市中职学校
实训楼建设	1200	已拨付
2	宁波市	凉山州	凉山州双语教师培训	800	已拨付
3	省教育厅	阿克苏地区	阿克苏地区职业院校教师研修	1500	已拨付
合计				3500
二、第二批拟安排资金（900万元）
表2　第二批资金拟安排表
序号  支援方    受援方    项目名称                金额（万元）  备注
1     温州市    广元市    广元市乡村教师培训      600           拟安排
2     湖州市    凉山州    凉山州学前教育
                          提升项目                300           已拨付
合计                                              900
";

#[test]
fn numbered_allocation_rows_are_money_given_with_their_status() {
    let net = extract(NOTICE);
    let mut rows: Vec<(String, String, String, Status)> = net
        .contributions
        .iter()
        .filter(|c| c.kind == duikou_model::ContributionKind::MoneyDonated && !c.part_of_total)
        .map(|c| {
            (
                c.supporter.clone().unwrap_or_default(),
                c.recipient.clone().unwrap_or_default(),
                c.value.to_string(),
                c.status,
            )
        })
        .collect();
    rows.sort();
    let s = |a: &str, b: &str, v: &str, st: Status| (a.to_owned(), b.to_owned(), v.to_owned(), st);
    for want in [
        // The project name breaks over two lines: the amount is on the second.
        s("杭州市", "广元市", "12000000", Status::Actual),
        s("宁波市", "凉山彝族自治州", "8000000", Status::Actual),
        // 省教育厅 is the author's province's, though the text named 四川省 first.
        s("浙江省教育厅", "阿克苏地区", "15000000", Status::Actual),
        // The second table is planned, unless a row's note says the money is paid.
        s("温州市", "广元市", "6000000", Status::Planned),
        s("湖州市", "凉山彝族自治州", "3000000", Status::Actual),
    ] {
        assert!(rows.contains(&want), "{want:?} not in {rows:?}");
    }
}

#[test]
fn a_departments_own_province_is_its_we() {
    let net = extract(NOTICE);
    let pairs = net.pairs();
    assert!(pairs.contains(&("浙江省", "四川省")), "{pairs:?}");
    assert!(pairs.contains(&("浙江省", "阿克苏地区")), "{pairs:?}");
    assert!(
        !pairs.iter().any(|(s, _)| s.starts_with("四川省")),
        "{pairs:?}"
    );
}

const LEDGER: &str = "昭觉县教育局2025年对口帮扶工作台账
填报单位：昭觉县教育局（盖章）    填报人：阿说木呷    填报日期：2025年12月18日
序号	帮扶单位	受帮扶单位	帮扶事项	计划投入（万元）	实际到位（万元）	完成情况	备注
1	佛山市顺德区	昭觉县	教育协作专项资金	800	800	已完成	其中200万元用于幼儿园建设
2	顺德区教育局	昭觉县教育局	选派支教教师	—	—	已完成	共22人
3	顺德区职业技术学校	昭觉县职业技术学校	专业共建	150	90	推进中	余款拟于明年拨付
小计（协作资金）				950	890
4	顺德区第一中学	昭觉县民族中学	学校结对	40	40	已完成	捐赠图书3000册
5	顺德职业技术学院	昭觉县中等职业学校	教师学历提升	—	—	未启动	协议尚未签订
合计				990	930
说明：
一、“实际到位”以拨付凭证为准。培训教师320人次，较上年的240人次增长33.3%。
";

#[test]
fn a_ledger_counts_money_paid_and_its_rows_notes() {
    let net = extract(LEDGER);
    assert_eq!(net.author.as_deref(), Some("昭觉县教育局"));
    let rows: Vec<(String, String, String, String)> = net
        .contributions
        .iter()
        .filter(|c| !c.part_of_total && c.status == Status::Actual)
        .map(|c| {
            (
                c.supporter.clone().unwrap_or_default(),
                c.recipient.clone().unwrap_or_default(),
                c.value.to_string(),
                c.unit.clone(),
            )
        })
        .collect();
    let s = |a: &str, b: &str, v: &str, u: &str| {
        (a.to_owned(), b.to_owned(), v.to_owned(), u.to_owned())
    };
    let want = [
        // The 实际到位 column, not the 计划投入 quota; paid, though the note plans the rest.
        s("佛山市顺德区", "昭觉县", "8000000", "元"),
        s("顺德区职业技术学校", "昭觉县职业技术学校", "900000", "元"),
        // A row after the subtotal.
        s("顺德区第一中学", "昭觉县民族中学", "400000", "元"),
        // Notes give to and from the row's columns.
        s("顺德区教育局", "昭觉县教育局", "22", "人"),
        s("顺德区第一中学", "昭觉县民族中学", "3000", "册"),
    ];
    for w in &want {
        assert!(rows.contains(w), "{w:?} not in {rows:?}");
    }
    // 较上年的240人次 is a comparison base; 计划投入 amounts and totals are none.
    for v in ["240", "1500000", "9500000", "9900000", "9300000"] {
        assert!(!rows.iter().any(|r| r.2 == v), "{v} in {rows:?}");
    }
    // A row not started, whose agreement is not signed, states no pair.
    assert!(
        !net.pairs().iter().any(|(s, _)| *s == "顺德职业技术学院"),
        "{:?}",
        net.pairs()
    );
}

/// A table pasted one cell per line with no serial numbers (a PDF's): a header of side and
/// amount cells, then rows of as many lines. Each amount cell is a contribution of its
/// column's kind, from the row's college to the row's college, and the colleges are the
/// university's own where the text pairs them so.
#[test]
fn a_table_one_cell_a_line_without_serials_gives_its_amounts() {
    let text = "浙江大学2024年对口支援工作总结
我校化学学院、数学科学学院分别对口支援贵州大学化学与化工学院和数学与统计学院。
表2　学院结对情况
支援学院
受援学院
派出教师（人次）
讲授课程（门）
化学学院
化学与化工学院
12
5
数学科学学院
数学与统计学院
8
3
（下转第3页）
";
    let net = duikou_model::extract(text);
    let got: Vec<(String, &str, Option<&str>, Option<&str>)> = net
        .contributions
        .iter()
        .map(|c| {
            (
                c.value.to_string(),
                c.unit.as_str(),
                c.supporter.as_deref(),
                c.recipient.as_deref(),
            )
        })
        .collect();
    for (v, u, s, r) in [
        ("12", "人次", "浙江大学化学学院", "贵州大学化学与化工学院"),
        ("5", "门", "浙江大学化学学院", "贵州大学化学与化工学院"),
        (
            "8",
            "人次",
            "浙江大学数学科学学院",
            "贵州大学数学与统计学院",
        ),
        ("3", "门", "浙江大学数学科学学院", "贵州大学数学与统计学院"),
    ] {
        assert!(
            got.contains(&(v.to_owned(), u, Some(s), Some(r))),
            "{v}{u}: {got:?}"
        );
    }
    assert_eq!(got.len(), 4, "{got:?}");
}

/// An evaluation's indicator table: targets are no gifts; the value achieved is, when the
/// indicator names one giver and a gift with its unit. A team's total and an outcome give
/// nothing.
#[test]
fn an_indicator_tables_achieved_gift_is_a_contribution() {
    let text = "上海市对口支援喀什地区第二人民医院中期评估报告\n\
表2　主要指标完成情况\n\
序号\t指标\t目标值（2027年）\t中期目标值\t完成值\t完成率\n\
1\t派驻医疗专家（人次）\t90\t45\t52\t115.6%\n\
2\t复旦大学附属中山医院捐赠设备（万元）\t800\t800\t920\t115.0%\n\
3\t上海市第六人民医院投入帮扶资金（万元）\t300\t150\t160\t106.7%\n\
4\t三、四级手术占比（%）\t40\t35\t33.5\t95.7%\n\
\u{3000}\u{3000}说明：目标值为方案约定数。\n";
    let net = duikou_model::extract(text);
    let got: Vec<(duikou_model::ContributionKind, String, String, Option<&str>)> = net
        .contributions
        .iter()
        .map(|c| {
            (
                c.kind,
                c.value.to_string(),
                c.unit.clone(),
                c.supporter.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                duikou_model::ContributionKind::EquipmentDonated,
                "9200000".to_owned(),
                "元".to_owned(),
                Some("复旦大学附属中山医院")
            ),
            (
                duikou_model::ContributionKind::MoneyDonated,
                "1600000".to_owned(),
                "元".to_owned(),
                Some("上海市第六人民医院")
            ),
        ]
    );
}
