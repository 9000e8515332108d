//! An in-house paper's front page (X医院报 on the masthead, 第N期, the sponsor): the hospital
//! whose paper it is speaks as 我院; its team written recipient first (我院自2022年起由X牵头，
//! Y、Z参与…) names every unit's help; what the team builds (新建创伤中心) is no institution.

use duikou_model::extract;

mod common;

const PAGE: &str = "巴塘县人民医院报
第12期　　2025年9月1日　　中共巴塘县人民医院总支部委员会主办　　内部资料
【要闻】成都专家团队到岗
本报讯（通讯员　泽仁）我院自2022年起由四川大学华西医院牵头，成都市第三人民医院、德阳市人民医院参与，开展组团式帮扶。三年来专家团队帮助新建创伤中心，累计派驻专家40人次。
【简讯】
1．四川大学华西医院向我院捐赠无创呼吸机2台。
2．我院对口帮扶巴塘县中咱镇卫生院，派驻医生2名。
4．5月以来，成都市第三人民医院通过远程平台为我院会诊80例。
本版编辑：格桑
";

#[test]
fn the_paper_named_after_a_hospital_speaks_for_it() {
    let net = extract(PAGE);
    assert_eq!(net.author.as_deref(), Some("巴塘县人民医院"));
    let pairs = common::pairs(PAGE);
    assert!(
        pairs.contains(&("巴塘县人民医院".to_owned(), "巴塘县中咱镇卫生院".to_owned())),
        "{pairs:?}"
    );
}

#[test]
fn a_team_since_a_year_written_recipient_first_has_its_lead_and_members() {
    let net = extract(PAGE);
    let team = net
        .relations
        .iter()
        .find(|r| r.recipient == "巴塘县人民医院" && r.supporters.len() == 3)
        .expect("the team's relation");
    let lead: Vec<&str> = team
        .supporters
        .iter()
        .filter(|s| s.role == duikou_model::SupporterRole::Lead)
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(lead, ["四川大学华西医院"]);
    assert_eq!(
        team.established.as_ref().map(|d| d.date.year),
        Some(duikou_tokenizer::Year::Known(2022))
    );
}

#[test]
fn a_centre_the_team_builds_is_no_institution() {
    let net = extract(PAGE);
    assert!(
        !net.institutions.iter().any(|i| i.name.contains("创伤中心")),
        "{:?}",
        net.institutions.iter().map(|i| &i.name).collect::<Vec<_>>()
    );
}
