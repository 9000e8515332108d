//! A hospital department's own report (科室主任述职报告): the title names a department, so 我科
//! is that department and 我院 its hospital; 该科 is the department named before it; the
//! department's own workload and its own plans to study elsewhere are nobody's gift.

mod common;

use common::pairs;
use duikou_model::{ContributionKind as K, Status, extract};

const REPORT: &str = "盐源县人民医院骨科2024年度科室主任述职报告
述职人：骨科主任　马建国

　　2024年，在攀枝花市中心医院的大力帮扶下，我科各项工作稳步推进。
　　一、基本情况
　　我科现有医生9名、护士15名。全年完成门诊1.2万人次；完成手术860台次，同比增长12.0%。
　　二、帮扶工作
　　攀枝花市中心医院对口帮扶我院以来，该院创伤骨科与我科结成帮扶对子。该科全年派出3名专家来我科坐诊。
　　经双方商定，2025年该科将再派2名专家来我科驻点。
　　三、下一步打算
　　我科拟选派1名医生外出进修。听说医院还准备再派2名护士去攀枝花学习。
";

#[test]
fn wo_ke_is_the_department_and_wo_yuan_its_hospital() {
    let pairs = pairs(REPORT);
    assert!(
        pairs.contains(&("攀枝花市中心医院".to_owned(), "盐源县人民医院".to_owned())),
        "{pairs:?}"
    );
    // 该院创伤骨科 with 我科: a department pair, each side named in full.
    assert!(
        pairs.contains(&(
            "攀枝花市中心医院创伤骨科".to_owned(),
            "盐源县人民医院骨科".to_owned()
        )),
        "{pairs:?}"
    );
    // The whole hospital helps the department's hospital, not the department.
    assert!(
        !pairs.contains(&(
            "攀枝花市中心医院".to_owned(),
            "盐源县人民医院骨科".to_owned()
        )),
        "{pairs:?}"
    );
}

#[test]
fn gai_ke_sends_its_experts_now_and_as_agreed() {
    let net = extract(REPORT);
    let sent: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.activity.as_deref() == Some("staff_dispatched"))
        .map(|c| {
            (
                c.value.to_string(),
                c.status,
                c.supporter.as_deref(),
                c.recipient.as_deref(),
            )
        })
        .collect();
    let dept = Some("攀枝花市中心医院创伤骨科");
    let own = Some("盐源县人民医院骨科");
    assert_eq!(
        sent,
        [
            ("3".to_owned(), Status::Actual, dept, own),
            ("2".to_owned(), Status::Planned, dept, own),
        ],
        "{:#?}",
        net.contributions
    );
}

#[test]
fn own_workload_plans_to_study_out_and_hearsay_are_no_gifts() {
    let net = extract(REPORT);
    assert!(
        !net.contributions
            .iter()
            .any(|c| c.activity.as_deref() == Some("surgeries") || c.kind == K::PatientsTreated),
        "{:#?}",
        net.contributions
    );
    assert!(
        !net.contributions
            .iter()
            .any(|c| c.kind == K::VisitingScholar || c.value == 1.into()),
        "{:#?}",
        net.contributions
    );
    assert_eq!(net.contributions.len(), 2, "{:#?}", net.contributions);
}

#[test]
fn surgeries_of_helpers_in_the_paragraph_stay_gifts() {
    let text = "盐源县人民医院2024年对口帮扶工作总结\n　　攀枝花市中心医院专家团队常驻我院，全年完成手术420台次。\n";
    let net = extract(text);
    assert!(
        net.contributions
            .iter()
            .any(|c| c.activity.as_deref() == Some("surgeries") && c.value == 420.into()),
        "{:#?}",
        net.contributions
    );
}

/// A giver written with its city once (北京市海淀区) and without it in the pair (海淀区对口支援
/// 墨玉县) gives to that pair's recipient; an agreed sum (将出资) is planned.
#[test]
fn a_giver_named_with_or_without_its_city_gives_to_its_one_recipient() {
    let text = "北京援建墨玉县实训楼交付使用\n　　海淀区对口支援墨玉县。\n　　该项目总投资6800万元，其中北京市海淀区援疆资金5200万元。\n　　双方签订协议，2025年海淀区将出资50万元设立奖学金。\n";
    let net = extract(text);
    let money: Vec<_> = net
        .contributions
        .iter()
        .map(|c| (c.value.to_string(), c.recipient.as_deref(), c.status))
        .collect();
    assert_eq!(
        money,
        [
            ("52000000".to_owned(), Some("墨玉县"), Status::Actual),
            ("500000".to_owned(), Some("墨玉县"), Status::Planned),
        ],
        "{:#?}",
        net.contributions
    );
}
