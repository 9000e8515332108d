//! A library's annual report (X图书馆年报): the library is the author and 本馆 is it; libraries
//! pair with libraries; a mobile library van given (配备流动图书车1辆) is equipment, priced by
//! the value after it; an amount with thousands separators broken onto its own line
//! (…赠送⏎6,500册) still ends its sentence.

use duikou_model::{ContributionKind as K, extract};

mod common;

const REPORT: &str = "苏州图书馆年报 2025
对口支援与协作
　　2025年，本馆继续对口支援铜仁市图书馆，并与石阡县图书馆结对帮扶。苏州市少年儿童图书馆原计划与思南县图书馆结对，暂未实施。
一、送书与流动服务
1．本馆向石阡县图书馆赠送图书8,000册，价值约24万元；向铜仁市图书馆赠送
4,200册，其中少儿读物1,300册。
2．本馆为石阡县图书馆配备流动图书车1辆，价值52万元。
";

#[test]
fn the_library_of_the_annual_report_is_its_author() {
    let net = extract(REPORT);
    assert_eq!(net.author.as_deref(), Some("苏州图书馆"));
    let pairs = common::pairs(REPORT);
    for r in ["铜仁市图书馆", "石阡县图书馆"] {
        assert!(
            pairs.contains(&("苏州图书馆".to_owned(), r.to_owned())),
            "{r}: {pairs:?}"
        );
    }
    // 少年 is part of the name, and a pairing not carried out is no pair.
    assert!(!pairs.iter().any(|(_, r)| r == "思南县图书馆"), "{pairs:?}");
    assert!(
        !net.institutions.iter().any(|i| i.name == "儿童图书馆"),
        "{:?}",
        net.institutions.iter().map(|i| &i.name).collect::<Vec<_>>()
    );
}

#[test]
fn books_broken_onto_their_line_and_a_van_are_given() {
    let net = extract(REPORT);
    let got = common::amounts(&net);
    for want in [
        common::amount("4200", "册", "苏州图书馆", "铜仁市图书馆"),
        common::amount("1", "辆", "苏州图书馆", "石阡县图书馆"),
        common::amount("520000", "元", "苏州图书馆", "石阡县图书馆"),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
    // The van and its value are equipment, not books (流动图书车 holds 图书).
    for c in net
        .contributions
        .iter()
        .filter(|c| c.unit == "辆" || c.value.to_string() == "520000")
    {
        assert_eq!(c.kind, K::EquipmentDonated, "{c:?}");
    }
}
