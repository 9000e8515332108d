//! A festival greeting letter (慰问信) from a city's leading group of its support work to its
//! people in the field: the group signs and speaks for its city (我市 is the city, not the
//! group), clauses after a semicolon that open with the verb of support or with 与 keep the
//! city as their subject (and its money goes to the partner, not from it), workers of the
//! partner who came to stay in jobs are labour transfer, and a pairing still being negotiated
//! is none.

mod common;

use common::{amount, amounts, pairs};
use duikou_model::{ContributionKind, extract};

const LETTER: &str = "致全市援派同志及家属的新春慰问信
宁波市对口支援和区域合作工作领导小组

全市援派干部、支教教师、援派医生和家属们：
    新春将至，谨向大家致以节日的问候！
    一年来，大家不负重托。2025年，我市对口支援新疆阿克苏地区库车市，安排援疆资金3.2亿元；对口支援西藏那曲市比如县，安排援藏资金1.4亿元；与贵州省黔西南州开展东西部协作，投入财政帮扶资金5.1亿元。
    海曙区、江北区分别与黔西南州兴仁市、普安县结对，全年分别投入帮扶资金2,000万元、1,600万元。
    全年黔西南州来甬稳定就业的农村劳动力达到8,600人。我市某区与册亨县的结对目前尚在洽谈之中。
    祝大家新春快乐！

宁波市对口支援和区域合作工作领导小组
2026年2月1日
";

#[test]
fn the_group_speaks_for_its_city() {
    let net = extract(LETTER);
    assert_eq!(
        net.author.as_deref(),
        Some("宁波市对口支援和区域合作工作领导小组")
    );
    let pairs = pairs(LETTER);
    for want in [
        ("宁波市", "库车市"),
        ("宁波市", "比如县"),
        ("宁波市", "黔西南州"),
    ] {
        assert!(
            pairs.iter().any(|(s, r)| s == want.0 && r == want.1),
            "{want:?} not in {pairs:?}"
        );
    }
    // The group itself is in no pair: it runs the city's support.
    assert!(
        pairs.iter().all(|(s, _)| !s.ends_with("领导小组")),
        "{pairs:?}"
    );
}

#[test]
fn a_subjectless_clause_after_a_semicolon_keeps_the_city() {
    let got = amounts(&extract(LETTER));
    for want in [
        amount("140000000", "元", "宁波市", "比如县"),
        // 与C开展东西部协作，投入…: the city gives, C receives.
        amount("510000000", "元", "宁波市", "黔西南州"),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
}

#[test]
fn workers_who_came_to_stay_in_jobs_are_labour_transfer() {
    let net = extract(LETTER);
    let workers = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "8600")
        .expect("the 8,600 workers");
    assert_eq!(workers.kind, ContributionKind::Other);
    assert_eq!(workers.activity.as_deref(), Some("workers_transferred"));
}

#[test]
fn a_pairing_still_negotiated_is_none() {
    let pairs = pairs(LETTER);
    assert!(pairs.iter().all(|(_, r)| r != "册亨县"), "{pairs:?}");
    let pairs = pairs_of("我院与苍溪县职业中学结对一事正在洽谈。");
    assert!(pairs.is_empty(), "{pairs:?}");
}

fn pairs_of(sentence: &str) -> Vec<(String, String)> {
    pairs(&format!("衢州职业技术学院2025年工作总结\n{sentence}\n"))
}
