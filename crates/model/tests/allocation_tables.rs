//! A department's public notice of fund allocations: numbered tables with a generic 金额（万元）
//! column, a project name broken over two lines, a second table of allocations not paid yet,
//! a bare 省教育厅 that is the author's, and the author's 我省 that is its province.

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
