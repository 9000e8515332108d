//! A press conference's transcript on a government site: the body named in the page's source
//! field publishes it (and its 我省 is that body's province), a reporter's question states no
//! pair, a venue takes no part, and an amount the province will send is planned.

mod common;

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

/// A video's subtitles: a teacher names both schools short before a caption names hers in
/// full, speaks of the teachers who came, and a viewer reports what someone told him.
const SUBTITLES: &str =
    "[00:05] 旁白：2023年春天，一批宁波老师来到了帕米尔高原上的塔什库尔干塔吉克自治县第一中学。
[00:09] 同期声：我们宁波二中跟塔县一中是结对学校，两年下来，前前后后来了十几个老师。
[00:15] 【宁波市第二中学援疆教师　陈思】
[00:20] 旁白：此外，塔县人民医院的帮扶则由宁波市第一医院负责，今年派来了4名医生。
评论区
雪山脚下：我同学在塔县一中，他说宁波今年又来了二十个老师👍
";

#[test]
fn schools_named_short_before_their_caption_are_the_captioned_schools() {
    let net = extract(SUBTITLES);
    let pairs = net.pairs();
    assert!(
        pairs.contains(&("宁波市第二中学", "塔什库尔干塔吉克自治县第一中学")),
        "{pairs:?}"
    );
    let sent: Vec<_> = net
        .contributions
        .iter()
        .map(|c| (c.kind.as_str(), c.value.to_string()))
        .collect();
    // 十几个老师 came, 4名医生 were sent; the viewer's hearsay (他说…二十个老师) is none.
    assert!(
        sent.contains(&("teacher_dispatched", "10".to_owned())),
        "{sent:?}"
    );
    assert!(sent.contains(&("other", "4".to_owned())), "{sent:?}");
    assert!(!sent.iter().any(|(_, v)| v == "20"), "{sent:?}");
}

/// A radio programme's transcript: its guests are captioned at the head with their units, and
/// each turn (a timestamp, the name, a colon) speaks for the guest's unit: 我们医院 is the
/// hospital, 我们县 the county of the health bureau's official. A caller is captioned nowhere.
/// 县医院 is the county's one hospital named in full (not 县藏医院, whose characters it has in
/// order), 时候县院 holds no county 候县, and a value said without 元 (价值大概八十万) is money.
const RADIO: &str = "松江人民广播电台《民生热线》节目实录
嘉宾：王立新（松江市第二医院副院长）
嘉宾：扎西（理塘县卫生健康局副局长）

[09:02] 主持人：两位嘉宾好。
[09:03] 王立新：我们医院从2022年开始帮扶理塘县人民医院，县藏医院由别的医院负责。
[09:05] 王立新：我们医院还捐了一台彩超，价值大概六十万。刚去的时候县院连一台监护仪都没有。
[09:07] 扎西：县医院的门诊量涨了不少。我们县也派了医生到松江进修。
[09:09] 听众李女士：我们医院也想去帮忙。
";

#[test]
fn each_captioned_turn_speaks_for_its_guests_unit() {
    let net = extract(RADIO);
    let pairs = net.pairs();
    assert!(
        pairs.contains(&("松江市第二医院", "理塘县人民医院")),
        "{pairs:?}"
    );
    assert!(
        !net.institutions.iter().any(|i| i.name == "候县"),
        "a county read out of 时候县院"
    );
    let gifts = common::amounts(&net);
    for (value, unit) in [("1", "台"), ("600000", "元")] {
        assert!(
            gifts.contains(&common::amount(
                value,
                unit,
                "松江市第二医院",
                "理塘县人民医院"
            )),
            "{gifts:?}"
        );
    }
    // The negated stock (连一台监护仪都没有) gives nothing.
    assert_eq!(gifts.len(), 2, "{gifts:?}");
}

/// A clause that sends people to study at a host, with no count of its own, sets the roles of
/// the elliptic count after it (派了医生到X进修，这几年一共去了四十一个人): X hosts and gives.
#[test]
fn an_elliptic_count_of_people_sent_to_study_is_hosted() {
    let net = duikou_model::extract(
        "九寨沟县人民医院工作总结\n我院也派了医生到嘉兴市第一医院进修，这几年一共去了四十一个人。\n",
    );
    assert_eq!(
        common::amounts(&net),
        vec![common::amount(
            "41",
            "人",
            "嘉兴市第一医院",
            "九寨沟县人民医院"
        )]
    );
    assert!(
        net.contributions
            .iter()
            .all(|c| c.kind == duikou_model::ContributionKind::VisitingScholar)
    );
}
