//! Broadcasters in 广电援藏 / 援疆: a station (…广播电视台) and a bureau (…广播电视局) are
//! institutions, 我台 is the station writing, its channel (我台综艺频道) a unit of it; a station
//! named after its province without 省 (吉林广播电视台) takes its province's side; an agreement
//! signed with a gift in its sentence is one of support.

use duikou_model::extract;

mod common;

const SUMMARY: &str = "吉林广播电视台2025年广电援疆工作总结
　　2025年，按照吉林省对口支援新疆阿勒泰地区的部署，我台与阿勒泰地区广播电视台续签帮扶协议，并向其捐赠高清转播车1辆，价值420万元。
　　我台综艺频道与布尔津县融媒体中心结成帮扶对子，选派技术人员3名驻点指导。
　　吉林省广播电视局与阿勒泰地区广播电视局签订合作协议，向该局捐赠应急广播终端80套。
";

#[test]
fn a_station_its_channel_and_its_bureau_pair_with_their_counterparts() {
    let net = extract(SUMMARY);
    assert_eq!(net.author.as_deref(), Some("吉林广播电视台"));
    let pairs = common::pairs(SUMMARY);
    for want in [
        ("吉林广播电视台", "阿勒泰地区广播电视台"),
        ("吉林广播电视台综艺频道", "布尔津县融媒体中心"),
        ("吉林省广播电视局", "阿勒泰地区广播电视局"),
    ] {
        common::assert_has(&pairs, want);
    }
}

#[test]
fn the_station_of_a_supporting_province_gives_what_its_sentences_give() {
    let net = extract(SUMMARY);
    let vehicle = net
        .contributions
        .iter()
        .find(|c| c.unit == "辆")
        .expect("the 转播车 is a contribution");
    assert_eq!(vehicle.supporter.as_deref(), Some("吉林广播电视台"));
}
