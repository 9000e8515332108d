//! Bodies named the way their own trade names them: customs houses (青岛海关, 黄岛海关 under
//! it, 我关 for itself; not 我关注), a company's own bulletin that calls it 公司, its branches
//! written short after one written in full, and an institution's office for its aid work that
//! stands for the institution. A railway's depots are named (兰州车务段). An intention to pair
//! (有意开展结对) or a pairing still being arranged (结对正在对接) pairs no one yet.

use duikou_model::{Status, extract};

mod common;

use common::assert_has;

const CUSTOMS_BULLETIN: &str = "援 藏 工 作 简 报
第2期
青岛海关援藏工作领导小组办公室编　　　　2025年6月30日
一、对口支援情况
我关自2020年起对口支援拉萨海关所属吉隆海关。上半年，我关选派2名关员赴吉隆海关挂职，为期一年。
二、隶属海关结对
今年3月，我关隶属黄岛海关与樟木海关签订结对协议。大港海关与日喀则海关也有意开展结对，目前双方正在沟通。
我关注重把援藏工作与业务工作结合起来。
";

#[test]
fn customs_houses_are_named_and_their_office_stands_for_them() {
    let net = extract(CUSTOMS_BULLETIN);
    // The office that compiles the bulletin is the customs house's.
    assert_eq!(net.author.as_deref(), Some("青岛海关"));
    let pairs = common::pairs(CUSTOMS_BULLETIN);
    // 我关 is the author; a customs house under another (拉萨海关所属吉隆海关) is named alone.
    assert_has(&pairs, ("青岛海关", "吉隆海关"));
    // 我关隶属黄岛海关: the name starts after the word of belonging.
    assert_has(&pairs, ("黄岛海关", "樟木海关"));
    // 我关注 is a verb, no customs house; 有意开展结对 is an intention, no pairing yet.
    let intended = net
        .relations
        .iter()
        .find(|r| r.recipient == "日喀则海关")
        .expect("the intended pairing is kept");
    assert_eq!(intended.status, Status::Requested);
    assert!(
        net.relations
            .iter()
            .filter(|r| r.status == Status::Actual)
            .all(|r| !r.recipient.ends_with("日喀则海关")),
        "{pairs:?}"
    );
}

const COMPANY_BULLETIN: &str = "国网甲省电力公司
电力援藏工作进展通报
第1期
上半年，公司认真落实国家电网有限公司援藏工作要求，持续深化对国网林芝供电公司的对口支援。公司还向林芝公司捐赠发电车1台。
国网乙市供电公司与国网林芝供电公司米林县供电分公司结成帮扶对子。国网乙市供电公司还向该分公司捐赠工具车1辆。
工布江达县供电分公司的帮扶由国网丙市供电公司负责。
";

#[test]
fn a_company_that_calls_itself_company_is_the_author_and_its_branches_are_named_in_full() {
    let net = extract(COMPANY_BULLETIN);
    assert_eq!(net.author.as_deref(), Some("国网甲省电力公司"));
    let pairs = common::pairs(COMPANY_BULLETIN);
    // 公司 is the author; the group whose requirements it carries out (落实X…要求) is no party.
    assert_has(&pairs, ("国网甲省电力公司", "国网林芝供电公司"));
    assert!(
        pairs.iter().all(|(s, _)| s != "国家电网有限公司"),
        "{pairs:?}"
    );
    assert_has(
        &pairs,
        ("国网乙市供电公司", "国网林芝供电公司米林县供电分公司"),
    );
    // A branch written short is the group's whose branches the text writes in full.
    assert_has(
        &pairs,
        ("国网丙市供电公司", "国网林芝供电公司工布江达县供电分公司"),
    );
    // 还向该分公司 is no part of a name.
    assert!(
        net.contributions.iter().all(|c| c
            .supporter
            .as_deref()
            .is_none_or(|s| !s.contains("该分公司"))),
        "{:?}",
        common::amounts(&net)
    );
}

const RAILWAY_FEATURE: &str = "中国铁路甲局集团有限公司定点帮扶工作纪实
西宁车务段与湟中区拦隆口镇泥隆台村结成帮扶对子，今年投入帮扶资金40万元。
格尔木工务段与湟中区多巴镇有关村的结对正在对接，尚未签订协议。
";

#[test]
fn railway_depots_are_named_and_a_pairing_being_arranged_is_none() {
    let pairs = common::pairs(RAILWAY_FEATURE);
    assert_has(&pairs, ("西宁车务段", "湟中区拦隆口镇泥隆台村"));
    assert!(pairs.iter().all(|(s, _)| s != "格尔木工务段"), "{pairs:?}");
}
