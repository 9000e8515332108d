//! Who is the subject of a statement of support: a member joining a lead's team, an
//! organiser of unnamed institutions, a name holding 经 (财经), a teacher sent by a bureau.

use duikou_model::extract;

#[test]
fn a_member_joining_a_leads_team_supports_its_recipient() {
    let net = extract(
        "重庆大学年鉴\n2024年，学校继续承担对口支援西藏大学任务，并作为成员单位参与由四川大学牵头的团队，对口支援西藏农牧学院。全年选派9名教师赴西藏大学支教。\n",
    );
    let mut pairs = net.pairs();
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [
            ("四川大学", "西藏农牧学院"),
            ("重庆大学", "西藏农牧学院"),
            ("重庆大学", "西藏大学"),
        ]
    );
    // The next sentence's teachers are the subject's, not the team lead's.
    let c = net.to_contract();
    assert_eq!(
        c.contributions.first().and_then(|c| c.supporter.as_deref()),
        Some("重庆大学")
    );
}

#[test]
fn an_organiser_of_unnamed_institutions_supports_no_one() {
    let net = extract(
        "2021年起，我厅组织省内高水平大学对口帮扶滇东北地区新建本科院校。甘肃农业大学组织专家团队对口帮扶陇南师范学院。",
    );
    assert_eq!(net.pairs(), [("甘肃农业大学", "陇南师范学院")]);
    assert!(
        net.institutions.iter().all(|i| i.name != "高水平大学"),
        "{:?}",
        net.institutions
    );
}

#[test]
fn a_university_of_finance_keeps_its_jing() {
    let net = extract(
        "经研究，已确定自2025年秋季学期起由广西财经学院对口帮扶百色学院，广西财经学院将于9月选派首批5名教师赴百色学院支教。",
    );
    assert_eq!(net.pairs(), [("广西财经学院", "百色学院")]);
}

#[test]
fn teachers_who_went_to_teach_at_a_school_named_by_anaphora() {
    let net = extract(
        "贵阳市第一职业学校与威宁县职业高级中学签订帮扶协议，4名专业教师已到该校任教一学期。",
    );
    let c = net.to_contract();
    let sent: Vec<(u64, Option<&str>)> = c
        .contributions
        .iter()
        .filter(|c| c.kind == "teacher_dispatched")
        .map(|c| {
            (
                c.value.to_string().parse().unwrap_or(0),
                c.recipient.as_deref(),
            )
        })
        .collect();
    assert_eq!(sent, [(4, Some("威宁县职业高级中学"))]);
}

#[test]
fn a_school_joining_another_to_help_together_supports_too() {
    // Spoken: "X也加入进来，和Y一起帮R".
    let net = extract("前年嘉兴市第一中学也加入进来，和嘉兴市秀水高级中学一起帮松潘县中学。");
    let mut pairs = net.pairs();
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [
            ("嘉兴市秀水高级中学", "松潘县中学"),
            ("嘉兴市第一中学", "松潘县中学"),
        ]
    );
}
