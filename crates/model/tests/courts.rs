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
