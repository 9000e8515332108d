//! A slide deck pasted as text: the hospital on the title slide's first line is the author of
//! a title that opens with its verb, a 目录 slide does not split the deck, each bullet is an
//! item of its own, and pairs are written with arrows and dashes.

use duikou_model::extract;

const DECK: &str = "第1页
浙江大学医学院附属邵逸夫医院
对口帮扶松桃苗族自治县人民医院工作汇报
汇报人：医务部　李明
第2页
目录
一、帮扶概况
二、主要成效
第3页
一、帮扶概况
▶ 杭州市 → 铜仁市　东西部协作
▶ 我院 → 松桃苗族自治县人民医院（以下简称“松桃县医院”）
● 2022年3月签约　“组团式”帮扶
● 覆盖松桃县医院10个临床科室
● 我院牵头，浙江省人民医院（以下简称“省人医”）、杭州市第一人民医院参与
● 2022年起，松桃县医院—孟溪镇卫生院：县乡一体化帮扶（松桃县医院牵头）
◆ 我院骨科 → 松桃县医院骨科
◆ 我院护理部 → 松桃县医院护理部
◆ 盘信镇卫生院：帮扶协议尚未签订
二、主要成效
● 派驻专家
64人次
";

#[test]
fn a_deck_is_read_bullet_by_bullet() {
    let net = extract(DECK);
    assert_eq!(net.author.as_deref(), Some("浙江大学医学院附属邵逸夫医院"));
    assert_eq!(net.segments.len(), 1, "{:?}", net.segments);
    let pairs = net.pairs();
    for want in [
        ("浙江大学医学院附属邵逸夫医院", "松桃苗族自治县人民医院"),
        (
            "浙江大学医学院附属邵逸夫医院骨科",
            "松桃苗族自治县人民医院骨科",
        ),
        ("杭州市", "铜仁市"),
        // A hospital's administrative unit after a declared short form.
        (
            "浙江大学医学院附属邵逸夫医院护理部",
            "松桃苗族自治县人民医院护理部",
        ),
        // The team bullet names no recipient: the deck's.
        ("浙江省人民医院", "松桃苗族自治县人民医院"),
        ("杭州市第一人民医院", "松桃苗族自治县人民医院"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // The county hospital helps the town's health centre, not the other way round (the lead
    // in the note is no recipient), and the unsigned agreement gives no pair.
    assert!(
        pairs
            .iter()
            .any(|(s, r)| *s == "松桃苗族自治县人民医院" && *r == "松桃苗族自治县孟溪镇卫生院"),
        "{pairs:?}"
    );
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| s.ends_with("卫生院") || r.contains("盘信镇")),
        "{pairs:?}"
    );
}
