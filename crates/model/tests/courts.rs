//! Courts pair with courts (a provincial 高级人民法院 with a prefecture's 中级人民法院, district
//! courts with county courts): their names are institutions, a 中院 declared short is its
//! court, a court of a place drops the province above the place, and judges sent are staff of
//! their trade, not teachers.

use duikou_model::{ContributionKind as K, extract};

mod common;

const SUMMARY: &str = "浙江省高级人民法院
浙江省高级人民法院2025年对口援疆工作总结

　　2025年，我院对口支援新疆维吾尔自治区阿克苏地区中级人民法院（以下简称“阿克苏中院”）。杭州市西湖区人民法院、宁波市鄞州区人民法院分别对口支援温宿县人民法院和库车市人民法院。
　　我院选派刑事审判骨干法官3名赴阿克苏中院开展为期一年的援疆工作；西湖区人民法院向温宿县人民法院捐赠法律图书500册。
";

#[test]
fn courts_pair_with_courts() {
    let net = extract(SUMMARY);
    assert_eq!(net.author.as_deref(), Some("浙江省高级人民法院"));
    let pairs = common::pairs(SUMMARY);
    for (s, r) in [
        ("浙江省高级人民法院", "阿克苏地区中级人民法院"),
        ("杭州市西湖区人民法院", "温宿县人民法院"),
        ("宁波市鄞州区人民法院", "库车市人民法院"),
    ] {
        assert!(
            pairs.contains(&(s.to_owned(), r.to_owned())),
            "{s} → {r} not in {pairs:?}"
        );
    }
}

#[test]
fn judges_sent_are_staff_not_teachers() {
    let net = extract(SUMMARY);
    let judges = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "3")
        .expect("the judges sent");
    assert_eq!(judges.kind, K::Other);
    assert_eq!(judges.activity.as_deref(), Some("staff_dispatched"));
    assert_eq!(judges.recipient.as_deref(), Some("阿克苏地区中级人民法院"));
}

/// A report read to a people's congress by the head of a procuratorate, a department or a
/// company: the institution on the speaker's line is the author its 我院 / 我厅 / 我公司 names.
#[test]
fn the_speakers_line_names_the_author_for_more_posts() {
    for (text, author, pair) in [
        (
            "关于检察援疆工作情况的报告\n——在市人大常委会会议上\n嘉兴市人民检察院检察长　沈明远\n\n主任、各位副主任：\n　　我院对口支援新疆生产建设兵团第一师阿拉尔市人民检察院，选派检察官2名挂职。",
            "嘉兴市人民检察院",
            (
                "嘉兴市人民检察院",
                "新疆生产建设兵团第一师阿拉尔市人民检察院",
            ),
        ),
        (
            "关于交通援藏工作情况的汇报\n江苏省交通运输厅副厅长　顾晓东\n　　我厅对口支援拉萨市交通运输局，援建农村公路120公里。",
            "江苏省交通运输厅",
            ("江苏省交通运输厅", "拉萨市交通运输局"),
        ),
    ] {
        let net = extract(text);
        assert_eq!(net.author.as_deref(), Some(author), "{text}");
        let pairs = common::pairs(text);
        assert!(
            pairs.contains(&(pair.0.to_owned(), pair.1.to_owned())),
            "{pair:?} not in {pairs:?}"
        );
    }
}
