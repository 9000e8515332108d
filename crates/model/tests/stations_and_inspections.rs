//! Bodies that write about the work without being a school, a hospital or a government: a
//! county's agricultural extension station (its 月报 under its letterhead; 我站, 我县), a people's
//! congress inspection group (its 视察报告), a museum and a sports bureau whose news pages name
//! them in the source field (本馆; 我局 for a bureau whose 办公室 publishes), a grid company's
//! power supply bureaus pairing with towns; and the words of their aid: experts with no school
//! in sight are staff, coaches who 执教 are teachers, sports 器材 counted in 件 is equipment.

use duikou_model::{ContributionKind as K, extract};

mod common;

use common::assert_has;

const MONTHLY: &str = "铜鼓县农业技术推广站
东西部协作农业帮扶工作月报
（2025年第7期）
一、本月工作
　　7月，深圳市坪山区对口帮扶我县的农业项目稳步推进，与我站结对的深圳市农业技术推广中心继续开展技术帮扶。
（一）专家指导。本月派出果树专家2人来我县指导，截至7月底累计派出专家19人次。
（二）结对帮扶。7月8日，坪山区马峦街道与我县温泉镇签订结对协议。同日，坪山区农业农村局与县农业农村局签订协作协议，双方县中医院与坪山区中医院的结对也还没有签订协议。
";

#[test]
fn a_station_s_letterhead_over_its_monthly_report_is_the_author() {
    let net = extract(MONTHLY);
    assert_eq!(net.author.as_deref(), Some("铜鼓县农业技术推广站"));
    let pairs = common::pairs(MONTHLY);
    for want in [
        ("深圳市坪山区", "铜鼓县"),
        // 与我站结对的X: X pairs with the station.
        ("深圳市农业技术推广中心", "铜鼓县农业技术推广站"),
        // 我县温泉镇 takes the county of the station.
        ("坪山区马峦街道", "铜鼓县温泉镇"),
        ("坪山区农业农村局", "铜鼓县农业农村局"),
    ] {
        assert_has(&pairs, want);
    }
    // The region, not the station, is what 坪山区 helps; a pairing not signed yet is none.
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| s == "深圳市坪山区" && r.ends_with("推广站")),
        "{pairs:?}"
    );
    assert!(
        !pairs.iter().any(|(s, _)| s.ends_with("中医院")),
        "{pairs:?}"
    );
}

#[test]
fn experts_sent_to_a_county_are_staff_in_people_and_in_visits() {
    let net = extract(MONTHLY);
    for (value, unit) in [("2", "人"), ("19", "人次")] {
        let c = net
            .contributions
            .iter()
            .find(|c| c.value.to_string() == value && c.unit == unit)
            .unwrap_or_else(|| panic!("{value}{unit} missing: {:?}", net.contributions));
        assert_eq!(c.kind, K::Other, "{c:?}");
        assert_eq!(c.activity.as_deref(), Some("staff_dispatched"), "{c:?}");
    }
}

const INSPECTION: &str = "宁陵县人大常委会视察组
关于全县东西部协作工作情况的视察报告
县人大常委会：
　　6月3日至5日，视察组到阳驿乡、县人民医院等地进行了视察。
一、基本情况
　　2021年以来，苏州市吴中区与我县建立东西部协作结对关系。吴中区人民医院与县人民医院结成对口帮扶关系。
二、建议
　　如吴中区能增派农技专家6名，预计全县山药种植面积可扩大到2万亩。
";

#[test]
fn an_inspection_group_s_report_speaks_for_its_county() {
    let net = extract(INSPECTION);
    assert_eq!(net.author.as_deref(), Some("宁陵县人大常委会视察组"));
    let pairs = common::pairs(INSPECTION);
    for want in [
        ("苏州市吴中区", "宁陵县"),
        ("吴中区人民医院", "宁陵县人民医院"),
    ] {
        assert_has(&pairs, want);
    }
    // 如 opens a condition: it is no part of a name.
    assert!(
        !net.institutions.iter().any(|i| i.name.starts_with('如')),
        "{:?}",
        net.institutions.iter().map(|i| &i.name).collect::<Vec<_>>()
    );
}

const MUSEUM: &str = "首页 > 新闻动态
“巴蜀寻踪”文物展在甘孜州博物馆开幕
发布时间：2025-08-02 09:10　　来源：四川博物院　　浏览次数：802
　　开幕式上，本馆与甘孜州博物馆签订文博对口帮扶协议，双方结为对口帮扶关系。本馆向甘孜州博物馆捐赠展陈器材320件，价值约40万元。
";

const SPORTS: &str = "首页 > 体育要闻
川藏同心——我局体育援藏工作综述
发布时间：2025-12-01 15:00　　来源：四川省体育局办公室
　　今年，我局与昌都市体育局续签体育对口支援协议，选派教练员5人赴昌都市体育运动学校执教。来自昌都市的36名青少年运动员在成都进行为期30天的集训。我局还在卡若区援建全民健身中心1处，并给昌都市体育运动学校送了2辆训练保障车。
";

#[test]
fn the_source_field_names_the_author_its_pronoun_fits() {
    let net = extract(MUSEUM);
    assert_eq!(net.author.as_deref(), Some("四川博物院"));
    let pairs = common::pairs(MUSEUM);
    // The alias table writes the prefecture whole (甘孜州 → 甘孜藏族自治州).
    let want = ("四川博物院".to_owned(), "甘孜藏族自治州博物馆".to_owned());
    assert!(pairs.contains(&want), "{pairs:?}");
    let got = common::amounts(&net);
    let want = common::amount("320", "件", "四川博物院", "甘孜藏族自治州博物馆");
    assert!(got.contains(&want), "{want:?} not in {got:?}");
    // A bureau's general office publishes; 我局 is the bureau.
    let net = extract(SPORTS);
    assert_eq!(net.author.as_deref(), Some("四川省体育局"));
    let pairs = common::pairs(SPORTS);
    let want = ("四川省体育局".to_owned(), "昌都市体育局".to_owned());
    assert!(pairs.contains(&want), "{pairs:?}");
    // A fitness centre built is no institution.
    assert!(
        !pairs.iter().any(|(_, r)| r.contains("健身中心")),
        "{pairs:?}"
    );
}

#[test]
fn coaches_athletes_equipment_and_vehicles() {
    let net = extract(SPORTS);
    let kind_of = |value: &str, unit: &str| {
        net.contributions
            .iter()
            .find(|c| c.value.to_string() == value && c.unit == unit)
            .map(|c| (c.kind, c.activity.clone()))
    };
    assert_eq!(kind_of("5", "人"), Some((K::TeacherDispatched, None)));
    assert_eq!(
        kind_of("36", "人"),
        Some((K::Other, Some("trainees".to_owned())))
    );
    assert_eq!(kind_of("2", "辆"), Some((K::EquipmentDonated, None)));
    // A set's size is no count of sets given.
    let sets = extract("我局向甲县捐赠体育器材包20套（每套55件套）。");
    assert!(
        !sets.contributions.iter().any(|c| c.unit == "件"),
        "{:?}",
        sets.contributions
    );
}

#[test]
fn a_comma_closes_a_pairing_and_a_town_may_open_with_na() {
    let text = "所属子公司与乡镇结对：云南电网有限责任公司文山供电局与广南县那洒镇结对帮扶，贵州电网有限责任公司黔西南供电局与望谟县打易镇结为帮扶对子。文山供电局向那洒镇中心学校捐赠图书500册。";
    let pairs = common::pairs(text);
    for want in [
        ("云南电网有限责任公司文山供电局", "广南县那洒镇"),
        ("贵州电网有限责任公司黔西南供电局", "望谟县打易镇"),
    ] {
        assert_has(&pairs, want);
    }
    let net = extract(text);
    assert!(
        net.contributions.iter().any(|c| c
            .recipient
            .as_deref()
            .is_some_and(|r| r.ends_with("那洒镇中心学校"))),
        "{:?}",
        net.contributions
    );
}
