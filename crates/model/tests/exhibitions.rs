//! An exhibition's board texts exported by its designer: the copyright line that closes them
//! names the author (学校 throughout), whose amounts go to its one recipient; a 数据墙 gives one
//! figure a line (the number, then its unit and label); a fund set up with its sum is money
//! given; the agent of a passive pairing (R则由S负责帮扶，累计赠书…) gives what follows.

use duikou_model::{ContributionKind as K, extract};

const BOARDS: &str = "【展板文字终稿】华中师范大学对口支援新疆师范大学十五周年成果展
序厅
前言
    2010年，华中师范大学开始对口支援新疆师范大学。十五年来，学校选派教师赴疆任教。
展板1-2
    新疆师范大学图书馆则由华中师范大学图书馆负责帮扶，累计赠书3.6万册。
    学校设立“新疆师范大学青年教师发展基金”80万元，资助青年教师开展教学改革。
数据墙
186
人次  选派援疆教师
1,520
万元  投入援助资金
32
台套  捐赠实验仪器设备
结语
    学校拟于2026年起每年再增派援疆教师不少于10人。
（版权所有：华中师范大学党委宣传部  展陈设计：武汉某文化传播有限公司）
";

/// A contribution as (kind, value, unit, supporter, recipient).
type Row = (K, String, String, Option<String>, Option<String>);

/// Each actual contribution of `text`, sorted by value and unit.
fn actual(text: &str) -> Vec<Row> {
    let net = extract(text);
    let mut out: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.status.is_actual())
        .map(|c| {
            (
                c.kind,
                c.value.to_string(),
                c.unit.clone(),
                c.supporter.clone(),
                c.recipient.clone(),
            )
        })
        .collect();
    out.sort_by(|a, b| (a.1.as_str(), a.2.as_str()).cmp(&(b.1.as_str(), b.2.as_str())));
    out
}

#[test]
fn the_copyright_holder_is_the_author() {
    let net = extract(BOARDS);
    assert_eq!(net.author.as_deref(), Some("华中师范大学"));
}

#[test]
fn a_data_wall_and_the_boards_amounts() {
    let own = |k: K, v: &str, u: &str| {
        (
            k,
            v.to_owned(),
            u.to_owned(),
            Some("华中师范大学".to_owned()),
            Some("新疆师范大学".to_owned()),
        )
    };
    let mut want = vec![
        own(K::TeacherDispatched, "186", "人次"),
        own(K::MoneyDonated, "15200000", "元"),
        own(K::EquipmentDonated, "32", "台套"),
        own(K::MoneyDonated, "800000", "元"),
        (
            K::BooksDonated,
            "36000".to_owned(),
            "册".to_owned(),
            Some("华中师范大学图书馆".to_owned()),
            Some("新疆师范大学图书馆".to_owned()),
        ),
    ];
    want.sort_by(|a, b| (a.1.as_str(), a.2.as_str()).cmp(&(b.1.as_str(), b.2.as_str())));
    assert_eq!(actual(BOARDS), want);
}

/// Without the copyright line no author is named, and the amounts keep no giver.
#[test]
fn no_copyright_line_no_author() {
    let text = BOARDS.replace("版权所有：", "");
    let net = extract(&text);
    assert_eq!(net.author, None);
}

/// A floor set for a plan (拟…每年再增派援疆教师不少于10人) is a norm, asked of the future, not
/// a planned gift.
#[test]
fn a_planned_floor_is_a_norm() {
    let net = extract(BOARDS);
    let ten: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.value.to_string() == "10")
        .map(|c| c.status)
        .collect();
    assert_eq!(ten, vec![duikou_model::Status::Requested]);
}
