//! A newspaper feature on a building finished with aid money: the central government's share
//! of the investment is no gift, a machine priced after 价值…的 is equipment, a hospital named
//! in full is not short for a longer name that holds its characters, and the members of a team
//! are not what 该院 points back to.

use duikou_model::{ContributionKind as K, extract};

mod common;

const FEATURE: &str = "那曲市人民医院新门诊楼启用
　　本报那曲9月3日电　那曲市人民医院新门诊楼今天投入使用。项目总投资9800万元，其中中央资金2600万元、浙江省援藏资金6200万元、地方配套1000万元。
　　那曲市人民医院由浙江省人民医院牵头，浙江大学医学院附属第一医院、浙江省第二人民医院参与，组团帮扶该院。今年浙江省人民医院又为该院捐赠价值310万元的64排CT一台，双方还将共建远程影像中心。
";

#[test]
fn only_the_aid_share_of_an_investment_is_given() {
    let net = extract(FEATURE);
    let money: Vec<String> = net
        .contributions
        .iter()
        .filter(|c| c.kind == K::MoneyDonated)
        .map(|c| c.value.to_string())
        .collect();
    assert_eq!(money, ["62000000"], "{money:?}");
}

#[test]
fn a_priced_machine_is_equipment_from_the_hospital_named_in_full() {
    let net = extract(FEATURE);
    let ct = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "3100000")
        .expect("the CT's value");
    assert_eq!(ct.kind, K::EquipmentDonated);
    assert_eq!(ct.supporter.as_deref(), Some("浙江省人民医院"));
    assert_eq!(ct.recipient.as_deref(), Some("那曲市人民医院"));
}

#[test]
fn the_team_helps_the_hospital_before_it() {
    let mut pairs = common::pairs(FEATURE);
    pairs.sort();
    assert_eq!(
        pairs,
        [
            (
                "浙江大学医学院附属第一医院".to_owned(),
                "那曲市人民医院".to_owned()
            ),
            ("浙江省人民医院".to_owned(), "那曲市人民医院".to_owned()),
            ("浙江省第二人民医院".to_owned(), "那曲市人民医院".to_owned()),
        ]
    );
    let net = extract(FEATURE);
    assert!(
        net.institutions.iter().all(|i| !i.name.starts_with("建")),
        "{:?}",
        net.institutions.iter().map(|i| &i.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_team_member_is_not_what_its_own_sentence_helps() {
    let text = "　　硬件之外是软件。由浙江省人民医院牵头，浙江省第二人民医院、浙江医院参与，组团帮扶该院。";
    let pairs = common::pairs(text);
    assert!(pairs.iter().all(|(_, r)| r != "浙江医院"), "{pairs:?}");
}

/// A hospital named with its place's short form declared inside its name, and a team that
/// helps 该院 two paragraphs on.
const STORY: &str = "　　本报讯　清晨，察隅县（以下简称察县）人民医院新住院楼前排起了长队。
　　“以前做个手术要去林芝。”一位牧民说。
　　硬件之外是软件。广东省对口支援林芝市以来，
由广东省人民医院牵头，中山大学附属第一医院参与，组团帮扶该院。
";

#[test]
fn a_team_helps_the_one_hospital_the_story_named() {
    let mut pairs = common::pairs(STORY);
    pairs.sort();
    for want in [
        ("中山大学附属第一医院", "察隅县人民医院"),
        ("广东省人民医院", "察隅县人民医院"),
    ] {
        assert!(
            pairs.contains(&(want.0.to_owned(), want.1.to_owned())),
            "{want:?} not in {pairs:?}"
        );
    }
}

#[test]
fn a_department_after_its_hospitals_declaration_is_that_department() {
    let text = "帮扶关系：四川大学华西医院（以下简称华西医院）心内科 结对帮扶 理县人民医院（以下简称理县医院）心内科\n";
    let pairs = common::pairs(text);
    assert!(
        pairs.contains(&(
            "四川大学华西医院心内科".to_owned(),
            "理县人民医院心内科".to_owned()
        )),
        "{pairs:?}"
    );
}

#[test]
fn a_city_written_without_shi_before_a_verb_of_help_is_that_city() {
    let text = "　　这座由宁波市援建的大楼通过验收。宁波对口支援册亨县以来，成效显著。宁波晚报记者报道。\n";
    let pairs = common::pairs(text);
    assert_eq!(
        pairs,
        [("宁波市".to_owned(), "册亨县".to_owned())],
        "{pairs:?}"
    );
}
