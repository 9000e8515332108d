//! A county media centre's morning digest (X融媒体中心出品 on the masthead): the centre is the
//! author and its 我县 the county, written whole where the text writes it whole; a bureau named
//! from the pronoun (我县卫生健康局) is the county's; 该院 opening its clause after a time word
//! (，本月该院派出…) is the giver of the pair before; others' people sent to the county say
//! nothing of the author's side.

mod common;

const DIGEST: &str = "海北早报（第512期）
2025年4月2日　星期三
门源县融媒体中心出品　责编：李娟
1．县政府召开常务会议，部署春季防火工作。
2．上海市闵行区与我县自2022年结对开展东西部协作以来，已累计投入财政援助资金1.8亿元。
3．上海市闵行区中心医院与门源回族自治县人民医院结对帮扶，本月该院派出的4名专家已到县人民医院坐诊。
4．上海市闵行区卫生健康委与我县卫生健康局签订健康协作协议。
";

#[test]
fn the_media_centres_county_is_helped() {
    let net = duikou_model::extract(DIGEST);
    assert_eq!(net.author.as_deref(), Some("门源县融媒体中心"));
    let pairs = common::pairs(DIGEST);
    for (s, r) in [
        ("上海市闵行区", "门源回族自治县"),
        ("上海市闵行区中心医院", "门源回族自治县人民医院"),
        ("上海市闵行区卫生健康委", "门源回族自治县卫生健康局"),
    ] {
        assert!(
            pairs.contains(&(s.to_owned(), r.to_owned())),
            "{s} → {r} not in {pairs:?}"
        );
    }
    // The hospital's experts go from the supporting hospital, not from the county's own.
    assert!(
        !pairs.iter().any(|(s, _)| s.starts_with("门源")),
        "{pairs:?}"
    );
}
