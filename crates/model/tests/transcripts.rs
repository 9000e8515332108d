//! A press conference's transcript on a government site: the body named in the page's source
//! field publishes it (and its 我省 is that body's province), a reporter's question states no
//! pair, a venue takes no part, and an amount the province will send is planned.

use duikou_model::{Status, extract};

const TRANSCRIPT: &str = "首页 > 新闻发布 > 发布会实录　　【字号 大 中 小】【打印】
江苏省教育对口支援工作新闻发布会实录
发布时间：2025-05-20 10:00　　来源：江苏省人民政府新闻办公室　　浏览次数：982
主持人（省政府新闻办副主任　王磊）：
　　各位记者朋友，上午好！请省教育厅副厅长介绍情况。
发布人（省教育厅副厅长　孙建）：
　　谢谢。我省对口支援新疆伊犁哈萨克自治州和西藏拉萨市。去年的援派教师培训会是在南京师范大学召开的。
记者（新华日报）：
　　听说常州大学也将对口支援伊犁师范大学，是否属实？
发布人（省教育厅副厅长　孙建）：
　　目前还没有这方面的安排。今年秋季我省将新选派援派教师二百名。
";

#[test]
fn a_transcript_is_published_by_its_source_body() {
    let net = extract(TRANSCRIPT);
    assert_eq!(net.author.as_deref(), Some("江苏省人民政府新闻办公室"));
    let pairs = net.pairs();
    for want in [("江苏省", "伊犁哈萨克自治州"), ("江苏省", "拉萨市")] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // The reporter's question and the venue give no pair.
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| s.contains("常州大学") || r.contains("南京师范大学")),
        "{pairs:?}"
    );
    let teachers: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.value.to_string() == "200")
        .map(|c| (c.recipient.clone(), c.status))
        .collect();
    assert_eq!(teachers, [(None, Status::Planned)]);
}

#[test]
fn a_newspaper_or_an_office_without_its_place_publishes_nothing() {
    for source in ["来源：新华日报", "来源：院办公室"] {
        let text = format!(
            "某医院对口帮扶工作动态\n发布时间：2025-05-20　　{source}\n　　我院对口帮扶察布查尔县人民医院。\n"
        );
        let net = extract(&text);
        assert_ne!(
            net.author.as_deref(),
            Some(source.trim_start_matches("来源：")),
            "{source}"
        );
    }
}
