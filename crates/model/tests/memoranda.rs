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
