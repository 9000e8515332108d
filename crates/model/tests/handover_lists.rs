//! An aid team's handover list (工作交接清单) from its outgoing batch to the next: towns paired
//! with districts stay paired when a district's bureau plans more pairs with a town's school
//! (the bureau does not shadow its district's pair with a township), a town written with its
//! city once keeps that city where it stands bare, money still to be paid is not given, and
//! the numbered items under an attachment line are titles of other documents.

mod common;

use common::pairs;
use duikou_model::extract;

const LIST: &str = "上海市第十一批援疆工作队工作交接清单
移交方：上海市第十一批援疆工作队　　接收方：上海市第十二批援疆工作队
一、结对关系
（一）上海市浦东新区、闵行区分别与莎车县恰热克镇、米夏乡结对，三年分别投入帮扶资金1,500万元、1,100万元。
（二）莎车县第一中学二期工程，援疆资金已拨付6,000万元，尚余2,000万元待2025年拨付。
二、未完成事项
1.拟推动闵行区教育局组织区内学校与米夏乡中心小学开展结对，目前仍在对接。

附件：1.在建项目台账
2.固定资产清单（车辆4台、电脑26台）
3.结对关系一览表
";

#[test]
fn a_district_keeps_its_township_pair_beside_its_bureau_plan() {
    let pairs = pairs(LIST);
    for want in [
        ("上海市浦东新区", "莎车县恰热克镇"),
        ("上海市闵行区", "莎车县米夏乡"),
    ] {
        assert!(
            pairs.iter().any(|(s, r)| s == want.0 && r == want.1),
            "{want:?} not in {pairs:?}"
        );
    }
    // The planned school pair takes the township's county, not the bureau's district.
    let net = extract(LIST);
    assert!(
        net.relations
            .iter()
            .any(|r| r.recipient == "莎车县米夏乡中心小学"),
        "{:?}",
        net.relations
    );
}

#[test]
fn money_still_to_be_paid_and_attachment_items_give_nothing() {
    let net = extract(LIST);
    let values: Vec<String> = net
        .contributions
        .iter()
        .map(|c| format!("{}{}", c.value, c.unit))
        .collect();
    for none in ["20000000元", "4台", "26台"] {
        assert!(!values.iter().any(|v| v == none), "{none} in {values:?}");
    }
    assert!(values.iter().any(|v| v == "11000000元"), "{values:?}");
}
