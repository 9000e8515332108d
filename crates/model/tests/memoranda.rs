//! A tripartite memorandum with English lines after the Chinese ones: the party labels stand
//! for their parties, what a party builds (乙方建设…中心) is no unit of it, a foundation that
//! 资助 a hospital supports it, and a department of a hospital written with its region is
//! named without the region, as the hospital is.

use duikou_model::extract;

const MEMO: &str = "浙江大学医学院附属第二医院　阿里地区人民医院　中华慈善总会
对口帮扶合作备忘录
Memorandum of Understanding on Paired Assistance
甲方：浙江大学医学院附属第二医院（以下简称“甲方”）
Party A: The Second Affiliated Hospital, Zhejiang University School of Medicine
乙方：西藏自治区阿里地区人民医院（以下简称“乙方”）
Party B: Ngari Prefecture People's Hospital
丙方：中华慈善总会（以下简称“丙方”）
Party C: China Charity Federation
　　自2017年起，甲方对口帮扶乙方，累计派驻专家64人次。2022年起，丙方资助乙方建设高原病诊疗中心，累计捐赠资金230万元。
　　Since 2022, Party C has funded the centre of Party B.
第二条　甲方的义务
　　甲方神经内科、检验科分别对口帮扶乙方神经内科和检验科。
";

#[test]
fn a_memorandum_names_its_parties_and_their_departments() {
    let net = extract(MEMO);
    let pairs = net.pairs();
    for want in [
        ("浙江大学医学院附属第二医院", "阿里地区人民医院"),
        ("中华慈善总会", "阿里地区人民医院"),
        (
            "浙江大学医学院附属第二医院神经内科",
            "阿里地区人民医院神经内科",
        ),
        ("浙江大学医学院附属第二医院检验科", "阿里地区人民医院检验科"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // The centre the foundation's money builds is no institution of the hospital.
    assert!(
        net.institutions.iter().all(|i| !i.name.contains("建设")),
        "{:?}",
        net.institutions.iter().map(|i| &i.name).collect::<Vec<_>>()
    );
    let money = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "2300000")
        .expect("the foundation's money");
    assert_eq!(money.recipient.as_deref(), Some("阿里地区人民医院"));
    // English lines name nobody.
    assert!(
        net.institutions
            .iter()
            .all(|i| !i.name.chars().any(|c| c.is_ascii_alphabetic())),
        "{:?}",
        net.institutions.iter().map(|i| &i.name).collect::<Vec<_>>()
    );
}

/// 各 after the verb distributes the amount over the receivers named after 向, or over the
/// institutions a count (两院) stands for earlier in the sentence: one entry each.
#[test]
fn each_after_the_verb_gives_to_every_receiver() {
    for text in [
        "阿里地区人民医院工作总结\n2025年，我院向噶尔县人民医院、普兰县人民医院下派医师各3人。\n",
        "阿里地区人民医院工作总结\n我院已与噶尔县人民医院、普兰县人民医院组建紧密型医联体，2025年向两院下派医师各3人。\n",
    ] {
        let net = extract(text);
        let mut to: Vec<&str> = net
            .contributions
            .iter()
            .filter(|c| c.value.to_string() == "3")
            .filter_map(|c| c.recipient.as_deref())
            .collect();
        to.sort_unstable();
        assert_eq!(to, ["噶尔县人民医院", "普兰县人民医院"], "{text}");
    }
}

/// A donation agreement: the donor named at its head supports the donee; an amount in words
/// and again in figures (¥) is one amount; a clause opened by 鉴于 states a pairing like any
/// other, each pairing holds since the year of its own clause,
/// instalments of money paid in instalments are parts of the total, and money 收到 from X is
/// X's gift.
#[test]
fn a_donation_agreement_pairs_its_donor_and_donee() {
    let text = "捐赠协议书
捐赠方（甲方）：复旦大学教育发展基金会
受赠方（乙方）：永善县人民医院
　　鉴于复旦大学自2013年起定点帮扶云南省永善县，复旦大学附属中山医院自2020年起对口帮扶乙方，双方达成如下协议：
第一条　甲方向乙方捐赠资金人民币玖拾万元整（¥900,000.00），用于乙方急诊科建设。
第二条　捐赠资金分两期拨付：本协议签订后拨付第一期资金60万元；年底前拨付第二期资金30万元。
受赠确认书
　　兹确认永善县人民医院已收到复旦大学教育发展基金会第一期捐赠资金60万元。
";
    let net = extract(text);
    let pairs = net.pairs();
    for want in [
        ("复旦大学教育发展基金会", "永善县人民医院"),
        ("复旦大学", "永善县"),
        ("复旦大学附属中山医院", "永善县人民医院"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    let since = |s: &str| {
        net.relations
            .iter()
            .find(|r| r.supporter_names().any(|n| n == s))
            .and_then(|r| r.established.as_ref())
            .map(|d| d.text.clone())
    };
    assert_eq!(since("复旦大学").as_deref(), Some("2013年"));
    assert_eq!(since("复旦大学附属中山医院").as_deref(), Some("2020年"));
    // The total is a gift; each instalment a part of it.
    let money: Vec<(String, bool)> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "元")
        .map(|c| (c.value.to_string(), c.part_of_total))
        .collect();
    // Written in words and again in figures: one amount.
    assert_eq!(
        money
            .iter()
            .filter(|(v, _)| v.starts_with("900000"))
            .count(),
        1,
        "{money:?}"
    );
    assert!(money.contains(&("900000".to_owned(), false)), "{money:?}");
    assert!(
        money
            .iter()
            .filter(|(v, _)| v == "600000" || v == "300000")
            .all(|(_, part)| *part),
        "{money:?}"
    );
    let received = net
        .contributions
        .iter()
        .rfind(|c| c.value.to_string() == "600000")
        .expect("the receipt");
    assert_eq!(
        received.supporter.as_deref(),
        Some("复旦大学教育发展基金会")
    );
}
