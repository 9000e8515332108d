//! A ledger of gifts exported one row per gift (序号 ⇥ 日期 ⇥ 支援单位 ⇥ 受援单位 ⇥ 类别 ⇥ 内容 ⇥
//! 数量 ⇥ 单位 ⇥ 金额（万元） ⇥ 备注): empty cells keep their columns, goods keep their kind for
//! their value, rows marked as repeats or 消费帮扶 give nothing, rows not yet arrived are
//! planned.

use duikou_model::{ContributionKind as K, Status, extract};

const LEDGER: &str = "扬州市2025年对口支援帮扶台账（按条目导出）
导出时间：2026-01-05 09:12:40
序号\t日期\t支援单位\t受援单位\t类别\t内容\t数量\t单位\t金额（万元）\t备注
1\t2025-02-10\t扬州市\t榆林市\t资金\t协作财政援助资金\t\t\t1200\t已拨付
2\t2025-03-02\t扬州市邗江区\t佳县\t物资\t捐赠彩超\t2\t台\t96\t
3\t2025-03-02\t扬州市邗江区\t佳县\t物资\t捐赠彩超\t2\t台\t96\t重复（同第2行）
4\t2025-04-18\t扬州中学\t佳县中学\t教师\t选派支教教师\t6\t人\t\t为期一学年
5\t2025-05-20\t扬州市\t榆林市\t消费帮扶\t采购红枣\t\t\t300\t不计入帮扶资金
6\t2025-06-01\t扬州中学\t佳县中学\t物资\t捐赠图书\t2000\t册\t6\t
7\t2025-07-01\t扬州市邗江区\t佳县\t资金\t区级帮扶资金（第二批）\t\t\t150\t未到位
合计\t\t\t\t\t\t\t\t1548\t
";

/// A contribution as (kind, value, unit, supporter, recipient, status).
type Row = (K, String, String, Option<String>, Option<String>, Status);

fn rows() -> Vec<Row> {
    extract(LEDGER)
        .contributions
        .iter()
        .map(|c| {
            (
                c.kind,
                c.value.to_string(),
                c.unit.clone(),
                c.supporter.clone(),
                c.recipient.clone(),
                c.status,
            )
        })
        .collect()
}

#[test]
fn each_row_gives_its_count_and_its_amount() {
    let got = rows();
    let row = |k, v: &str, u: &str, s: &str, r: &str, st| {
        (
            k,
            v.to_owned(),
            u.to_owned(),
            Some(s.to_owned()),
            Some(r.to_owned()),
            st,
        )
    };
    for want in [
        row(
            K::MoneyDonated,
            "12000000",
            "元",
            "扬州市",
            "榆林市",
            Status::Actual,
        ),
        row(
            K::EquipmentDonated,
            "2",
            "台",
            "扬州市邗江区",
            "佳县",
            Status::Actual,
        ),
        row(
            K::EquipmentDonated,
            "960000",
            "元",
            "扬州市邗江区",
            "佳县",
            Status::Actual,
        ),
        row(
            K::TeacherDispatched,
            "6",
            "人",
            "扬州中学",
            "佳县中学",
            Status::Actual,
        ),
        row(
            K::BooksDonated,
            "2000",
            "册",
            "扬州中学",
            "佳县中学",
            Status::Actual,
        ),
        row(
            K::BooksDonated,
            "60000",
            "元",
            "扬州中学",
            "佳县中学",
            Status::Actual,
        ),
        row(
            K::MoneyDonated,
            "1500000",
            "元",
            "扬州市邗江区",
            "佳县",
            Status::Planned,
        ),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
    // The repeated row, the 消费帮扶 row and the total give nothing more.
    assert_eq!(got.len(), 7, "{got:?}");
}
