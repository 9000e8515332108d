//! A project application form: the filer named in its field is the author, money applied for
//! is requested (not given), and the filer's own help to town schools of its city keeps the
//! city and its direction.

use duikou_model::{Status, extract};

const FORM: &str = "附件2
宁波市对口帮扶教育合作项目申请表
申请单位（盖章）：兴义市第八中学
填表日期：2025年3月10日
一、项目概况
申请资金：申请宁波市对口帮扶资金95万元，用于建设录播教室。
二、已有基础
　　2021年起，宁波市效实中学对口帮扶我校，派出支教教师7人。我校又与本市顶效镇中学、郑屯镇中学结成帮扶对子。
　　2023年，我校成功申请到省级专项资金20万元。
";

#[test]
fn an_application_form_is_read_from_its_fields() {
    let net = extract(FORM);
    assert_eq!(net.author.as_deref(), Some("兴义市第八中学"));
    let pairs = net.pairs();
    for want in [
        ("宁波市效实中学", "兴义市第八中学"),
        ("兴义市第八中学", "兴义市顶效镇中学"),
        ("兴义市第八中学", "兴义市郑屯镇中学"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    let money: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "元")
        .map(|c| (c.value.to_string(), c.status))
        .collect();
    // Applied for: requested; already granted (成功申请到): no request.
    assert!(
        money.contains(&("950000".to_owned(), Status::Requested)),
        "{money:?}"
    );
    assert!(
        !money
            .iter()
            .any(|(v, s)| v == "200000" && *s == Status::Requested),
        "{money:?}"
    );
}

/// Two records of seconded staff exported from a Word table: a tab between each label and its
/// cell, the second record's 派出单位 declared again.
const TABBED: &str = "援派人员年度考核表（2025年度）

姓名\t周敏\t性别\t女
派出单位\t浙江省人民医院
受援单位\t那曲市人民医院
工作实绩：
本人到岗后牵头组建那曲市人民医院卒中中心，派出单位向该院捐赠呼吸机3台。
————————
姓名\t吴刚\t性别\t男
派出单位\t浙江省财政厅
受援单位\t色尼区农业农村局
工作实绩：
派出单位向该局捐赠农产品检测设备4台。
";

#[test]
fn tabbed_fields_of_each_record_state_its_pair_and_its_sending_unit() {
    let net = extract(TABBED);
    let pairs = net.pairs();
    for want in [
        ("浙江省人民医院", "那曲市人民医院"),
        ("浙江省财政厅", "色尼区农业农村局"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // 派出单位 in each record's text is that record's sending unit.
    let gifts: Vec<_> = net
        .contributions
        .iter()
        .map(|c| (c.value.to_string(), c.supporter.as_deref()))
        .collect();
    assert!(
        gifts.contains(&("3".to_owned(), Some("浙江省人民医院"))),
        "{gifts:?}"
    );
    assert!(
        gifts.contains(&("4".to_owned(), Some("浙江省财政厅"))),
        "{gifts:?}"
    );
    // 牵头组建 is no part of the centre's name.
    assert!(
        net.institutions.iter().all(|i| !i.name.contains("组建")),
        "{:?}",
        net.institutions.iter().map(|i| &i.name).collect::<Vec<_>>()
    );
}

/// A bureau's cover report with two teachers' application forms bound after it: one in tab
/// cells, one with 【】 labels.
const APPLICATIONS: &str = "宁波市江北区教育局
关于2026年秋季支教教师报名情况的说明

　　我局对口帮扶延边朝鲜族自治州龙井市（以下简称“龙井”），今年共有两名教师报名。

附件1
姓名\t王丽\t性别\t女
所在单位\t宁波市江北区育才小学
申请支教学校\t龙井市第三小学
个人陈述\t我校与龙井三小2021年起结成帮扶对子。本人曾在该校支教一学期。
————————
附件2
【姓名】赵强　【性别】男
【所在单位】宁波市江北区惠贞书院初中部附属中学
【申请支教学校】龙井市第一中学
【个人陈述】龙井一中的帮扶则由我校负责。
";

#[test]
fn an_applicants_own_unit_is_we_in_the_statement_of_that_record() {
    let net = extract(APPLICATIONS);
    // The cover report's author stays the document's.
    assert_eq!(net.author.as_deref(), Some("宁波市江北区教育局"));
    let pairs = net.pairs();
    for want in [
        ("宁波市江北区育才小学", "龙井市第三小学"),
        ("宁波市江北区惠贞书院初中部附属中学", "龙井市第一中学"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // A form's labels name no institution, and the records' 我校 is not the bureau.
    assert!(
        net.institutions.iter().all(|i| i.name != "支教学校"),
        "{:?}",
        net.institutions.iter().map(|i| &i.name).collect::<Vec<_>>()
    );
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| *s == "宁波市江北区教育局" && r.ends_with("学")),
        "{pairs:?}"
    );
}
