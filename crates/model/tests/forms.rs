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
