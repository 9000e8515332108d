//! Properties: serde JSON round trip of random networks, merge idempotent and
//! order-independent, extraction total on any text.

use duikou_model::{AliasTable, SupportNetwork, extract};
use proptest::prelude::*;

const SUPPORTERS: &[&str] = &[
    "东北师大",
    "东北师范大学",
    "南京大学",
    "南大",
    "人大",
    "浙江大学",
    "我局",
    "崇州市教育局",
];
const RECIPIENTS: &[&str] = &[
    "伊犁师范学院",
    "甘孜州乡城县",
    "乡城县",
    "我院",
    "我校",
    "塔里木大学",
    "小金中学",
];
const TEMPLATES: &[&str] = &[
    "{S}对口支援{R}。",
    "{S}与{R}签订了为期5年的对口支援协议。",
    "{S}为{R}培养博士{N}人。",
    "{S}向{R}捐赠图书{N}册，价值{N}万元。",
    "{S}选派{N}名教师到{R}支教。",
    "{S}接收{R}学生{N}名插班就读。",
    "希望{S}继续支援{R}。",
    "{S}累计为{R}减免学费{N}万元。",
    "确定{S}、{S}为{R}的对口支援高校。",
    "{R}对口支援工作总结篇一",
];

fn sentence() -> impl Strategy<Value = String> {
    (
        0..TEMPLATES.len(),
        prop::collection::vec(0..SUPPORTERS.len(), 2),
        0..RECIPIENTS.len(),
        1u32..5000,
    )
        .prop_map(|(t, s, r, n)| {
            let mut out = TEMPLATES[t].to_owned();
            for i in s {
                out = out.replacen("{S}", SUPPORTERS[i], 1);
            }
            out.replace("{R}", RECIPIENTS[r])
                .replace("{N}", &n.to_string())
        })
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..8).prop_map(|v| v.join("\n"))
}

fn network() -> impl Strategy<Value = SupportNetwork> {
    document().prop_map(|d| extract(&d))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn serde_round_trip(net in network()) {
        let json = serde_json::to_string(&net).unwrap();
        let back: SupportNetwork = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &net);
        let contract = serde_json::to_string(&net.to_contract()).unwrap();
        let back: duikou_model::ContractNetwork = serde_json::from_str(&contract).unwrap();
        prop_assert_eq!(back, net.to_contract());
    }

    #[test]
    fn merge_is_idempotent(net in network()) {
        let t = AliasTable::builtin();
        let once = SupportNetwork::merge([net.clone()], &t);
        prop_assert_eq!(&once, &net);
        let twice = SupportNetwork::merge([net.clone(), net.clone()], &t);
        prop_assert_eq!(&twice, &net);
    }

    #[test]
    fn merge_is_order_independent(a in network(), b in network(), c in network()) {
        let t = AliasTable::builtin();
        let abc = SupportNetwork::merge([a.clone(), b.clone(), c.clone()], &t);
        let cba = SupportNetwork::merge([c.clone(), b.clone(), a.clone()], &t);
        let bac = SupportNetwork::merge([b, a, c], &t);
        prop_assert_eq!(&abc, &cba);
        prop_assert_eq!(&abc, &bac);
    }

    #[test]
    fn extract_never_panics(s in "\\PC{0,300}") {
        let net = extract(&s);
        for r in &net.relations {
            for e in &r.evidence {
                prop_assert!(e.start <= e.end && e.end <= s.len());
            }
        }
    }

    #[test]
    fn extract_never_panics_on_genre_noise(
        parts in prop::collection::vec(
            prop::sample::select(vec![
                "我院", "我校", "对口支援", "支援", "与", "、", "，", "。", "\n", "大学", "学院", "县", "州",
                "签订", "协议", "选派", "到", "支教", "接收", "学生", "（", "）", "其中", "累计", "万元", "1.5",
                "余", "名", "人次", "篇一", "一、", "二、", "返回目录", "希望", "没有", "东北师大", "中共",
            ]),
            0..80,
        )
    ) {
        let s: String = parts.concat();
        let net = extract(&s);
        prop_assert!(serde_json::to_string(&net.to_contract()).is_ok());
    }
}
