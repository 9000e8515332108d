//! A university's notice signed by one of its offices: the office's university is the author,
//! its bare 附属X医院 are the author's hospitals, and students it admits for the recipient
//! (定向培养, 录取…考生) are students placed.

mod common;

use common::pairs;
use duikou_model::{ContributionKind, extract};

const NOTICE: &str = "关于2025年面向怒江州定向培养医学生的说明
　　2019年以来，我校对口支援怒江州，已累计为怒江州定向培养医学生140人；2024年录取怒江州考生35人。附属第一医院对口帮扶泸水市人民医院，附属口腔医院则与福贡县人民医院结成帮扶对子。
　　今年计划招收定向医学生40人。

昆明医科大学教务处
2025年3月20日
";

#[test]
fn a_notice_signed_by_an_office_is_its_universitys() {
    let net = extract(NOTICE);
    assert_eq!(net.author.as_deref(), Some("昆明医科大学"));
    let pairs = pairs(NOTICE);
    assert!(
        pairs.contains(&("昆明医科大学".to_owned(), "怒江傈僳族自治州".to_owned())),
        "{pairs:?}"
    );
    // 附属第一医院 in the university's own text is its hospital.
    assert!(
        pairs.contains(&(
            "昆明医科大学附属第一医院".to_owned(),
            "泸水市人民医院".to_owned()
        )),
        "{pairs:?}"
    );
}

#[test]
fn students_admitted_for_the_recipient_are_placed() {
    let net = extract(NOTICE);
    let placed: Vec<(String, Option<&str>)> = net
        .contributions
        .iter()
        .filter(|c| c.kind == ContributionKind::StudentsPlaced)
        .map(|c| (c.value.to_string(), c.recipient.as_deref()))
        .collect();
    for n in ["140", "35"] {
        assert!(
            placed
                .iter()
                .any(|(v, r)| v == n && *r == Some("怒江傈僳族自治州")),
            "{n}: {placed:?}"
        );
    }
    // This year's plan is no student placed yet.
    let plan = net
        .contributions
        .iter()
        .find(|c| c.value == 40.into())
        .expect("the plan is read");
    assert!(!plan.status.is_actual(), "{plan:?}");
}
