//! An audit office's announcement on support funds: the office oversees, it neither gives
//! nor receives, so its 我市 is its city; a finding (money held back, misused or idle) or its
//! rectification gives nothing; a pair stated in a sentence receives that sentence's amounts.

use duikou_model::{ContributionKind as K, extract};

const AUDIT: &str = "崇左市审计局关于2024年度东西部协作资金管理使用情况的审计结果公告
一、基本情况
2024年，广东省佛山市继续对口帮扶崇左市，全年向我市拨付财政援助资金5.2亿元。此外，佛山市第一人民医院与龙州县人民医院结成帮扶对子，全年派驻医生9人，捐赠医疗设备6台。
二、审计发现的主要问题
1．宁明县财政局滞留协作资金1320万元，超过规定时限未拨付。
2．天等县将协作资金210万元用于县直单位车辆购置，不符合资金使用范围。
3．佛山市第一人民医院捐赠的6台设备中，有2台闲置，价值约48万元。
三、整改情况
有关县已整改问题金额1530万元，收回违规资金210万元。
崇左市审计局
2025年5月20日
";

#[test]
fn an_audit_office_is_on_neither_side() {
    let net = extract(AUDIT);
    assert_eq!(net.author.as_deref(), Some("崇左市审计局"));
    let money: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.kind == K::MoneyDonated)
        .collect();
    assert_eq!(money.len(), 1, "{money:#?}");
    assert_eq!(money[0].value.to_string(), "520000000");
    assert_eq!(money[0].recipient.as_deref(), Some("崇左市"));
    assert!(
        !net.pairs()
            .iter()
            .any(|(s, r)| s.contains("审计局") || r.contains("审计局")),
        "{:?}",
        net.pairs()
    );
}

#[test]
fn findings_and_rectifications_give_nothing() {
    let net = extract(AUDIT);
    // Only line 3 gives: the 5.2亿元, the 9 doctors and the 6 devices.
    let lines: Vec<u32> = net.contributions.iter().map(|c| c.evidence.line).collect();
    assert!(lines.iter().all(|&l| l == 3), "{:#?}", net.contributions);
    assert_eq!(net.contributions.len(), 3, "{:#?}", net.contributions);
}

#[test]
fn a_pair_in_the_sentence_receives_its_amounts() {
    let net = extract(AUDIT);
    for c in net
        .contributions
        .iter()
        .filter(|c| c.kind != K::MoneyDonated)
    {
        assert_eq!(c.supporter.as_deref(), Some("佛山市第一人民医院"), "{c:?}");
        assert_eq!(c.recipient.as_deref(), Some("龙州县人民医院"), "{c:?}");
    }
}

/// A rectification notice (整改情况的通报) under a letterhead and a document number, its title
/// broken over two lines: the office that issues it is the author.
const RECTIFICATION: &str = "四川省审计厅
川审通〔2025〕4号

四川省审计厅关于对口支援甘孜州资金
审计发现问题整改情况的通报

各市州人民政府：
　　成都市、德阳市分别对口支援石渠县、色达县，错那县则由绵阳市负责帮扶。
　　1．德阳市已于2024年10月将滞留的1800万元全部拨付色达县，并建立了拨付台账。
　　2．石渠县已将挪用的260万元全部收回；色达县已将8.4万元退回援助资金专户。
四川省审计厅
2025年3月10日
";

#[test]
fn a_rectification_notice_is_issued_by_the_office_in_its_title() {
    let net = extract(RECTIFICATION);
    assert_eq!(net.author.as_deref(), Some("四川省审计厅"));
    // 错那 holds a stop character (那) and is still a county's name.
    assert!(
        net.pairs().contains(&("绵阳市", "错那县")),
        "{:?}",
        net.pairs()
    );
}

#[test]
fn money_held_back_then_paid_is_a_gift_and_money_taken_back_is_none() {
    let net = extract(RECTIFICATION);
    let money: Vec<_> = net
        .contributions
        .iter()
        .map(|c| {
            (
                c.value.to_string(),
                c.supporter.as_deref(),
                c.recipient.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        money,
        [("18000000".to_owned(), Some("德阳市"), Some("色达县"))],
        "{:#?}",
        net.contributions
    );
}
