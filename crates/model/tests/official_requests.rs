//! A 公文 (请示, 报告) whose title is broken over two lines and whose signature is followed by
//! the date, a contact line and the copy list: the issuing body is the author, and 我县 is
//! its county.

mod common;

use common::pairs;
use duikou_model::extract;

const REQUEST: &str = "册亨县人民政府文件
册府呈〔2025〕3号        签发人：李明
册亨县人民政府关于恳请继续支持东西部协作工作
并申请援建资金的请示
黔西南州人民政府：
自2022年宁波市鄞州区与我县建立结对帮扶关系以来，鄞州区累计投入帮扶资金1.2亿元。
宁波市第三中学、宁波市实验小学分别与册亨县第一中学、册亨县实验小学结对，册亨县民族中学则由宁波市第五中学负责帮扶。2024年三所学校共选派支教教师11名。
妥否，请批示。

册亨县人民政府
2025年4月2日
（联系人：王强，电话：0851-1234567）
抄送：宁波市鄞州区人民政府。
";

#[test]
fn the_issuing_body_of_a_request_is_its_author() {
    let net = extract(REQUEST);
    let v = serde_json::to_value(net.to_contract()).expect("serialises");
    assert_eq!(v["author"], "册亨县人民政府");
}

#[test]
fn the_signature_is_found_above_date_contact_and_copy_lines() {
    // The same request without its title: only the signature names the author.
    let body: String = REQUEST.lines().skip(4).collect::<Vec<_>>().join("\n");
    let v = serde_json::to_value(extract(&body).to_contract()).expect("serialises");
    assert_eq!(v["author"], "册亨县人民政府");
}

#[test]
fn a_counted_group_total_has_no_single_giver() {
    let v = serde_json::to_value(extract(REQUEST).to_contract()).expect("serialises");
    let c = v["contributions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["value"] == 11)
        .expect("the 11 teachers");
    assert!(c["supporter"].is_null(), "{c}");
    // Nor is a recipient school made a supporter of its own county.
    let got = pairs(REQUEST);
    assert!(!got.iter().any(|(s, _)| s == "册亨县民族中学"), "{got:?}");
}

/// A request named after its amount (提出增派…2名的请求) is requested, not done.
#[test]
fn a_request_named_after_its_amount_is_requested() {
    let net = extract(
        "甲大学对口支援乙学院工作简报\n乙学院提出增派计算机专业教师2名的请求，甲大学正在研究。\n",
    );
    let c = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "2")
        .expect("the 2 teachers");
    assert_eq!(c.status, duikou_model::Status::Requested, "{c:?}");
}

/// 要求 as a verb asks (要求市卫健委再选派专家10名: requested, and 要求 is no part of a name);
/// as a noun (按照…部署要求，…对口支援X) it asks nothing; a pairing a unit 提出 is proposed,
/// not done.
#[test]
fn a_leaders_demand_and_a_proposal_are_not_done() {
    let text = "苏州市对口支援工作领导小组办公室督办通知单
　　市委主要领导批示：「要求市卫健委再选派儿科专家10名赴阿图什市蹲点帮扶。」
　　按照对口支援工作的部署要求，苏州市对口支援阿图什市。
　　另：姑苏区曾提出与阿图什市格达良乡结对，至今尚未签订协议。
";
    let net = extract(text);
    let experts = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "10")
        .expect("the experts asked for");
    assert_eq!(experts.status, duikou_model::Status::Requested);
    let pairs = net.pairs();
    assert!(pairs.contains(&("苏州市", "阿图什市")), "{pairs:?}");
    assert!(
        pairs
            .iter()
            .all(|(s, r)| !s.contains("要求") && !r.contains("格达良乡")),
        "{pairs:?}"
    );
}

/// A county office's reply to a request for public information: an office asked for the
/// facts (经向县教育局核实：) takes no part in them; a school's works (改造该校图书室) are for
/// the school named; a recipient stated with another giver is not carried to the next giver.
const DISCLOSURE_REPLY: &str = "丹寨县人民政府办公室
政府信息公开申请答复书
丹府办依申复〔2025〕第9号
张某某：
    经查，现答复如下：
    经向县教育局、县卫生健康局核实：杭州市余杭第一中学与丹寨县第一中学结成帮扶对子，该校2024年派出支教教师7名。杭州市余杭区第二人民医院与丹寨县人民医院结对，投入资金30万元改造该院急诊室。
    丹寨县民族中学则由余杭区实验中学负责帮扶。丹寨县第二中学也派出4名教师赴凯里学院跟岗。
                                丹寨县人民政府办公室
                                    2025年9月26日
";

#[test]
fn an_office_asked_for_facts_is_no_party() {
    let net = extract(DISCLOSURE_REPLY);
    let of = |v: &str| common::amounts(&net).into_iter().find(|a| a.0 == v);
    assert_eq!(
        of("7"),
        Some(common::amount(
            "7",
            "人",
            "杭州市余杭第一中学",
            "丹寨县第一中学"
        )),
        "{:#?}",
        net.contributions
    );
    assert_eq!(
        of("300000"),
        Some(common::amount(
            "300000",
            "元",
            "杭州市余杭区第二人民医院",
            "丹寨县人民医院"
        )),
        "{:#?}",
        net.contributions
    );
    // The teachers of 丹寨县第二中学 are not sent to 丹寨县民族中学 (the recipient of the
    // sentence before, with another giver).
    let four = of("4").and_then(|a| a.3);
    assert_ne!(
        four.as_deref(),
        Some("丹寨县民族中学"),
        "{:#?}",
        net.contributions
    );
    assert!(
        !net.pairs().iter().any(|(_, r)| r.ends_with("教育局")),
        "{:?}",
        net.pairs()
    );
}
