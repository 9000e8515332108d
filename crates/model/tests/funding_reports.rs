//! Reports about support funds written by a third party (an evaluator's 我公司): funds allocated
//! (下达) by a province, a cumulative total on the next line after a semicolon, a commissioning
//! body and an inspection visit that are no support, provincial colleges and government
//! bureaus named in a project table.

use duikou_model::extract;

const EVALUATION: &str = "2024年度江苏省对口支援伊犁州项目资金
绩效评价报告
评价机构：南京明正工程咨询有限公司
一、评价对象
　　2024年度江苏省下达伊犁州对口支援资金5.4亿元，其中南京市承担1.2亿元；
2000年以来累计投入对口支援资金61.3亿元。
　　受江苏省对口支援新疆工作领导小组办公室委托，我公司于2025年3月组织评价组赴伊犁州开展现场评价。
表1　抽查项目情况表
项目名称	实施单位	受援单位	资金（万元）
畜牧技术培训	南京农业大学	霍城县农业农村局	260
实训基地建设	江苏省司法警官高等职业学校	伊犁职业技术学院	700
　　南京市教育局选派支教教师26名，受援学校获批省级精品课程12门。
";

#[test]
fn allocated_funds_and_their_cumulative_total_are_given_by_the_province() {
    let c = extract(EVALUATION).to_contract();
    let money: Vec<(String, Option<&str>, Option<&str>)> = c
        .contributions
        .iter()
        .filter(|r| r.kind == "money_donated" && !r.part_of_total && r.line <= 6)
        .map(|r| {
            (
                r.value.to_string(),
                r.supporter.as_deref(),
                r.recipient.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        money,
        [
            (
                "540000000".to_owned(),
                Some("江苏省"),
                Some("伊犁哈萨克自治州")
            ),
            (
                "6130000000".to_owned(),
                Some("江苏省"),
                Some("伊犁哈萨克自治州")
            ),
        ]
    );
}

#[test]
fn the_evaluator_and_its_commissioner_are_in_no_pair() {
    let net = extract(EVALUATION);
    let pairs = net.pairs();
    assert!(
        pairs.iter().all(|(s, r)| !s.contains("领导小组")
            && !s.contains("咨询")
            && !r.contains("咨询")
            && !s.starts_with('度')),
        "{pairs:?}"
    );
    for want in [
        ("江苏省", "伊犁哈萨克自治州"),
        ("南京农业大学", "霍城县农业农村局"),
        ("江苏省司法警官高等职业学校", "伊犁职业技术学院"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
}

#[test]
fn courses_approved_are_no_courses_taught() {
    let c = extract(EVALUATION).to_contract();
    assert!(
        c.contributions.iter().all(|r| r.kind != "courses_taught"),
        "{:?}",
        c.contributions
    );
}

#[test]
fn a_provincial_college_keeps_its_province() {
    let net = extract("广东省外语艺术职业学院对口帮扶林芝市职业技术学校。");
    assert_eq!(
        net.pairs(),
        [("广东省外语艺术职业学院", "林芝市职业技术学校")]
    );
}
