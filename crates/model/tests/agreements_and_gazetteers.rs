//! Two kinds of text about support: an agreement between 甲方 and 乙方 (the labels stand for the
//! parties declared at its head, with their units), and a county's gazetteer (县志: the county
//! is the author; 本县 is 我县; chapters and sections number their 一、 二、 again).

use duikou_model::extract;

#[test]
fn jiafang_and_yifang_stand_for_the_declared_parties_and_their_units() {
    let net = extract(
        "对口支援合作协议书\n甲方：东北农业大学\n地址：哈尔滨市香坊区长江路600号\n乙方：塔里木大学\n\n　　经双方友好协商，甲方继续对口支援乙方。\n第三条　合作内容\n1．甲方动物科学技术学院对口支援乙方动物科学学院。\n2．甲方农学院、工程学院分别支援乙方植物科学学院和水利与建筑工程学院。\n\n甲方（盖章）：东北农业大学　　　　乙方（盖章）：塔里木大学\n",
    );
    let mut pairs = net.pairs();
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [
            ("东北农业大学", "塔里木大学"),
            ("东北农业大学农学院", "塔里木大学植物科学学院"),
            ("东北农业大学动物科学技术学院", "塔里木大学动物科学学院"),
            ("东北农业大学工程学院", "塔里木大学水利与建筑工程学院"),
        ]
    );
    assert!(
        net.institutions
            .iter()
            .all(|i| !i.name.starts_with("甲方") && !i.name.starts_with("乙方")),
        "{:?}",
        net.institutions
    );
}

const GAZETTEER: &str = "称多县志（1991—2020）
第十六章　对口支援
第一节　支援关系
一、初期
　　一九九七年起，南通市对口支援本县。南通市崇川区、海门市分别负责帮扶本县珍秦镇和清水河镇。
二、调整
　　2010年起，本县改由上海市奉贤区对口支援。
第二节　教育卫生
一、卫生
　　2011年，无锡市第三人民医院与县人民医院结成帮扶对子。奉贤区中心医院对口帮扶县藏医院。
";

#[test]
fn a_gazetteer_is_its_countys_and_bu_xian_is_the_county() {
    let net = extract(GAZETTEER);
    let mut pairs = net.pairs();
    pairs.sort_unstable();
    for want in [
        ("南通市", "称多县"),
        ("南通市崇川区", "称多县珍秦镇"),
        ("海门市", "称多县清水河镇"),
        ("上海市奉贤区", "称多县"),
        // A section's 一、 after the chapter's 二、 is no new document: the county stays the
        // author, and 县人民医院 is its hospital (无锡 holds no negation).
        ("无锡市第三人民医院", "称多县人民医院"),
        ("奉贤区中心医院", "称多县藏医院"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
}

#[test]
fn a_citys_hill_district_is_a_district_and_a_county_doing_something_is_no_town() {
    let net = extract("无锡市惠山区对口帮扶玛多县花石峡镇。西部山区学校多。");
    assert_eq!(net.pairs(), [("无锡市惠山区", "玛多县花石峡镇")]);
    let net = extract(
        "乡城县教育局工作总结\n德阳市教育局组织名师送教团来我县开展送教下乡。德阳市教育局对口帮扶我县。\n",
    );
    assert!(
        net.institutions.iter().all(|i| !i.name.contains("送教")),
        "{:?}",
        net.institutions
    );
}

/// A record of help (a commendation, a table of facts) declares its sides with labels: 派出单位
/// and 受援单位 then stand for them, and 受援医院 for a receiving hospital, with its departments.
#[test]
fn role_labels_declare_the_sides_of_a_record() {
    let net = extract(
        "援宁医疗队事迹材料\n派出单位：厦门大学附属第一医院\n受援单位：宁夏回族自治区固原市隆德县人民医院\n\n　　派出单位心内科、普外科分别与受援医院心内科和普外科结成帮扶对子，受援医院儿科则由派出单位儿科负责帮扶。\n",
    );
    let pairs = net.pairs();
    for want in [
        ("厦门大学附属第一医院心内科", "隆德县人民医院心内科"),
        ("厦门大学附属第一医院普外科", "隆德县人民医院普外科"),
        ("厦门大学附属第一医院儿科", "隆德县人民医院儿科"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    assert!(
        pairs
            .iter()
            .all(|(s, r)| !s.starts_with('援') && !r.starts_with('援')),
        "{pairs:?}"
    );
}
