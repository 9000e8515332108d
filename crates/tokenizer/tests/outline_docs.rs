//! Whole-document behaviour of the outline builder on small hand-written documents.

use duikou_tokenizer::{
    AnomalyKind as A, MarkerStyle as S, ParagraphKind, SegmentKind, outline, paragraphs,
};

/// (line, level, style, ordinal, parent line, contract anomalies)
type HeadingRow = (u32, u32, &'static str, u32, Option<u32>, Vec<&'static str>);

fn rows(src: &str) -> Vec<HeadingRow> {
    let o = outline(src);
    o.headings
        .iter()
        .map(|h| {
            let parent = h.parent.map(|p| o.headings[p].line);
            let an = o
                .anomalies_of(h)
                .iter()
                .filter(|a| a.kind.in_contract())
                .map(|a| a.kind.as_str())
                .collect();
            (h.line, h.level, h.style.as_str(), h.ordinal, parent, an)
        })
        .collect()
}

#[test]
fn compilation_with_toc_restarts_and_irregular_lists() {
    let src = "\
某校对口支援材料汇编（精选2篇）

某校对口支援工作总结篇一

本文目录

1. 第一份报告
2. 第二份报告

一、基本情况

6月，两校签订协议。

二、经验体会

1. 领导重视是前提

建立了定期会商制度。

2. 沟通顺畅是保障

双方互派干部。

3、人才支援是关键

先后派出教师十人。

4. 规划引领是方向

制定了五年规划。

三、建议

1、争取专项经费。

2、共同申报课题。

4. 单列招生计划。

一、受援学院概况

2017年，学院升格为本科。

二、主要成效

某校对口支援工作总结篇二

（一）精心组织

(二)落实待遇

（三）关心生活
";
    let r = rows(src);
    let find = |line: u32| {
        r.iter()
            .find(|x| x.0 == line)
            .cloned()
            .unwrap_or_else(|| panic!("no heading at {line}: {r:#?}"))
    };
    assert_eq!(find(3), (3, 1, "pian", 1, None, vec![]));
    assert_eq!(find(7), (7, 1, "ar_dot", 1, None, vec!["toc_entry"]));
    assert_eq!(find(8), (8, 1, "ar_dot", 2, None, vec!["toc_entry"]));
    assert_eq!(find(10), (10, 2, "cn_comma", 1, Some(3), vec![]));
    assert_eq!(find(16).1, 3);
    assert_eq!(
        find(24),
        (24, 3, "ar_comma", 3, Some(14), vec!["style_mix"])
    );
    assert_eq!(
        find(38),
        (38, 3, "ar_dot", 4, Some(32), vec!["gap", "style_mix"])
    );
    assert_eq!(find(40), (40, 2, "cn_comma", 1, Some(3), vec!["restart"]));
    assert_eq!(find(46), (46, 1, "pian", 2, None, vec![]));
    assert_eq!(
        find(50),
        (50, 2, "cn_paren", 2, Some(46), vec!["width_mix"])
    );
    // No heading for the date and year lines.
    assert!(r.iter().all(|x| x.0 != 12 && x.0 != 42));
    let o = outline(src);
    let kinds: Vec<_> = o.segments.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![
            SegmentKind::Document,
            SegmentKind::Essay,
            SegmentKind::Toc,
            SegmentKind::Body,
            SegmentKind::Embedded,
            SegmentKind::Essay
        ]
    );
    assert_eq!(o.segments[3].title, Some("第一份报告"));
    assert_eq!(o.segments[4].title, Some("第二份报告"));
    assert_eq!((o.segments[3].line, o.segments[4].line), (10, 40));
}

#[test]
fn gongwen_skipping_a_layer_and_attachment_list() {
    let src = "\
关于做好对口支援工作的通知

各有关单位：

一、总体要求

1. 坚持需求导向

2. 坚持精准施策

二、重点任务

（一）师资队伍建设

1. 选派骨干教师

（1）遴选程序

（2）考核办法

（二）学科建设

附件：1．对口支援协议书
      2．经费预算表

附件1

对口支援协议书

一、协议双方
";
    let r = rows(src);
    let lines: Vec<(u32, u32, &str)> = r.iter().map(|x| (x.0, x.1, x.2)).collect();
    assert_eq!(
        lines,
        vec![
            (5, 1, "cn_comma"),
            (7, 2, "ar_dot"),
            (9, 2, "ar_dot"),
            (11, 1, "cn_comma"),
            (13, 2, "cn_paren"),
            (15, 3, "ar_dot"),
            (17, 4, "ar_paren"),
            (19, 4, "ar_paren"),
            (21, 2, "cn_paren"),
            (26, 1, "attachment"),
            (30, 2, "cn_comma"),
        ]
    );
    let o = outline(src);
    assert_eq!(
        o.headings[9].title, "对口支援协议书",
        "a marker alone takes the next line as title"
    );
    assert!(
        o.anomalies_of(&o.headings[10]).is_empty(),
        "numbering under an attachment starts afresh"
    );
}

#[test]
fn regulation_articles_continue_across_chapters() {
    let src = "\
第一章　总　则

第一条　为了规范工作，制定本办法。

第二条　本办法适用于下列情形：

（一）对口支援高校；

（二）对口支援医院。

第二章　组织实施

第三条　教育部负责统筹。依照第二条规定的程序办理。

第五条　各校建立台账。

第五条之一　新增的条款。
";
    let o = outline(src);
    let got: Vec<_> = o
        .headings
        .iter()
        .map(|h| (h.line, h.level, h.style, h.ordinal))
        .collect();
    assert_eq!(
        got,
        vec![
            (1, 1, S::Chapter, 1),
            (3, 2, S::Article, 1),
            (5, 2, S::Article, 2),
            (7, 3, S::CnParen, 1),
            (9, 3, S::CnParen, 2),
            (11, 1, S::Chapter, 2),
            (13, 2, S::Article, 3),
            (15, 2, S::Article, 5),
            (17, 2, S::Article, 5),
        ]
    );
    assert!(
        o.anomalies_of(&o.headings[6]).is_empty(),
        "article numbers continue across chapters"
    );
    assert!(o.has(&o.headings[7], A::Gap));
    assert!(
        o.anomalies_of(&o.headings[8]).is_empty(),
        "an inserted article is no duplicate"
    );
}

#[test]
fn taiwan_order_and_weak_enumerators() {
    let src = "\
壹、總述

一、目的

（一）說明

1、背景

（1）細節

貳、計畫

工作总结

一是加强组织领导。成立了领导小组。

二是完善工作制度。

我们坚持三点：一是学习，二是实践。

首先，统一思想。

最后，抓好落实。
";
    let o = outline(src);
    let got: Vec<_> = o
        .headings
        .iter()
        .map(|h| (h.line, h.level, h.style))
        .collect();
    assert_eq!(
        got,
        vec![
            (1, 1, S::Capital),
            (3, 2, S::CnComma),
            (5, 3, S::CnParen),
            (7, 4, S::ArComma),
            (9, 5, S::ArParen),
            (11, 1, S::Capital),
            (15, 2, S::Shi),
            (17, 2, S::Shi),
            (21, 2, S::SeqWord),
            (23, 2, S::SeqWord),
        ]
    );
    assert_eq!(o.headings[9].ordinal, 2, "最后 closes the 首先 list");
}

#[test]
fn inline_enumerators_and_broken_lines_are_not_headings() {
    let src = "我们的做法主要有：加强领导，\n一是统一思想，二是完善制度。\n最后，感谢支持。\n";
    assert!(outline(src).headings.is_empty());
    let src = "两校共同申报课题\n3、4个，获得经费支持。\n";
    assert!(outline(src).headings.is_empty());
}

#[test]
fn decimals_nest_by_path() {
    // Without a bare parent line the dotted decimals of the first level are siblings.
    let src = "范围\n1.1 总则\n1.1.1 目的\n1.1.2 依据\n1.2 术语\n2.1 要求\n";
    let paths = |src: &str| -> Vec<_> {
        let o = outline(src);
        o.headings
            .iter()
            .map(|h| (h.line, h.level, h.path.clone()))
            .collect()
    };
    assert_eq!(
        paths(src),
        vec![
            (2, 1, Some(vec![1, 1])),
            (3, 2, Some(vec![1, 1, 1])),
            (4, 2, Some(vec![1, 1, 2])),
            (5, 1, Some(vec![1, 2])),
            (6, 1, Some(vec![2, 1])),
        ]
    );
    // With the bare `1 范围` (GB/T 1.1 style) everything moves one level down under it; 2.1,
    // whose own `2` is missing, stays a sibling of 1.2 (a restart, reported).
    let src = "1 范围\n1.1 总则\n1.1.1 目的\n1.1.2 依据\n1.2 术语\n2.1 要求\n";
    assert_eq!(
        paths(src),
        vec![
            (1, 1, Some(vec![1])),
            (2, 2, Some(vec![1, 1])),
            (3, 3, Some(vec![1, 1, 1])),
            (4, 3, Some(vec![1, 1, 2])),
            (5, 2, Some(vec![1, 2])),
            (6, 2, Some(vec![2, 1])),
        ]
    );
}

#[test]
fn bare_top_level_decimals_hold_their_dotted_children() {
    let src = "\
某县人民医院对口帮扶工作情况报告

1 基本情况
1.1 医院概况
　　我院是一所二级综合医院，现有职工四百余人。
1.2 帮扶协议
　　2023年3月，两院签订了为期三年的帮扶协议。
2 帮扶工作开展情况
2.1 专家派驻
　　支援医院共派驻专家12名，开展门诊和手术。
2.2 科室共建
2.4 人才培养
3　工作成效
　　门诊量和手术量均有增长。
3.1 技术水平提升
3.2 管理水平提升
";
    assert_eq!(
        rows(src),
        vec![
            (3, 1, "decimal", 1, None, vec![]),
            (4, 2, "decimal", 1, Some(3), vec![]),
            (6, 2, "decimal", 2, Some(3), vec![]),
            (8, 1, "decimal", 2, None, vec![]),
            (9, 2, "decimal", 1, Some(8), vec![]),
            (11, 2, "decimal", 2, Some(8), vec![]),
            (12, 2, "decimal", 4, Some(8), vec!["gap"]),
            (13, 1, "decimal", 3, None, vec![]),
            (15, 2, "decimal", 1, Some(13), vec![]),
            (16, 2, "decimal", 2, Some(13), vec![]),
        ]
    );
    let o = outline(src);
    let first = &o.headings[0];
    assert_eq!(
        (first.marker, first.title, first.path.clone()),
        ("1", "基本情况", Some(vec![1]))
    );
    assert_eq!(&src[first.marker_span.start..first.marker_span.end], "1");
    assert_eq!(
        &src[first.title_span.start..first.title_span.end],
        "基本情况"
    );
    // U+3000 between number and title (`3　工作成效`).
    assert_eq!(
        (o.headings[7].marker, o.headings[7].title),
        ("3", "工作成效")
    );
    let gap = o.anomalies_of(&o.headings[6]);
    assert_eq!(
        gap.iter()
            .map(|a| (a.kind, a.expected, a.found))
            .collect::<Vec<_>>(),
        vec![(A::Gap, Some(3), Some(4))]
    );
    // No heading starts an embedded document.
    assert!(o.segments.iter().all(|s| s.kind == SegmentKind::Document));
}

#[test]
fn bare_decimal_sequence_continues_without_children_of_its_own() {
    // 2 follows 1, which had a dotted child: a heading without a 2.1. 3 follows 2, which
    // had none, and no 3.1 follows: body text.
    let src = "\
1 总体要求
1.1 指导思想
　　坚持精准帮扶。
2 帮扶内容
　　以医疗和教育为重点。
3 保障措施
　　各单位要加强领导。
";
    assert_eq!(
        rows(src),
        vec![
            (1, 1, "decimal", 1, None, vec![]),
            (2, 2, "decimal", 1, Some(1), vec![]),
            (4, 1, "decimal", 2, None, vec![]),
        ]
    );
    // Without any dotted child, bare numbered lines are no headings.
    assert!(
        outline("1 总体要求\n　　坚持精准帮扶。\n2 帮扶内容\n")
            .headings
            .is_empty()
    );
    // The next heading candidate decides: （一） after `2 工作要求` is no evidence, nor is a
    // dotted decimal of another number.
    let src = "2 工作要求\n（一）加强领导\n4 其他事项\n5.1 附则\n";
    let lines: Vec<_> = tree(src)
        .into_iter()
        .map(|(l, _, st, _, _)| (l, st))
        .collect();
    assert_eq!(lines, vec![(2, "cn_paren"), (4, "decimal")]);
}

#[test]
fn numbered_sentences_and_table_rows_stay_body_text() {
    // Each line is followed by a dotted decimal under its number, the evidence a bare
    // heading needs: only the shape of the line keeps it out.
    let src = "\
3 名专家参加了会议。
3.1 专家派驻
2 所学校
2.1 学校共建
10 月 15 日
10.1 活动安排
1 2 3
1.1 表格说明
1\t王母街道\t锦屏街道
2\t城关镇\t东关镇
1.2 结对名单
15 人
15.1 人员构成
6 人才培养和干部交流工作情况及下一步打算与建议措施汇总
6.1 人才培养
7 开展义诊；送医下乡
7.1 义诊
2024 年工作计划
2024.1 计划
8基本情况
8.1 概况
";
    let headings: Vec<_> = outline(src).headings.iter().map(|h| h.line).collect();
    assert_eq!(headings, vec![2, 4, 6, 8, 11, 13, 15, 17, 21]);
    assert!(
        outline(src)
            .headings
            .iter()
            .all(|h| h.path.as_ref().is_some_and(|p| p.len() == 2))
    );
}

#[test]
fn toc_with_leaders_links_to_body() {
    let src = "目录\n一、基本情况……………1\n二、主要成效……………3\n\n一、基本情况\n\n两校合作多年，成效明显，得到了各方面的充分肯定和高度评价。\n\n二、主要成效\n";
    let o = outline(src);
    assert_eq!(o.headings.len(), 4);
    assert!(o.headings[0].is_toc_entry && o.has(&o.headings[0], A::TocEntry));
    assert_eq!(o.headings[0].title, "基本情况");
    assert_eq!(o.headings[0].toc_target, Some(2));
    assert_eq!(o.headings[1].toc_target, Some(3));
    assert!(o.anomalies_of(&o.headings[2]).is_empty());
}

#[test]
fn orphan_before_the_senior_style() {
    let o = outline("（1）先出现的小项\n一、第一部分\n（一）分项\n");
    assert!(o.has(&o.headings[0], A::Orphan));
    assert!(!o.has(&o.headings[2], A::Orphan));
}

#[test]
fn items_before_an_embedded_reply_are_no_orphans() {
    // A proposal's numbered wishes, then the reply under its own 公文 title: the reply's 一、
    // does not make the proposal's 1. orphans; without the title line they are.
    let proposal = "案由：关于加强学科共建的建议\n建议：\n1. 增派骨干教师。\n2. 设立专项资金。\n";
    let reply = "一、工作开展情况\n（一）结对关系巩固\n";
    let with_title = format!("{proposal}\n关于第0052号提案的答复\n\n{reply}");
    let o = outline(&with_title);
    assert_eq!(o.headings.len(), 4);
    assert!(!o.has(&o.headings[0], A::Orphan));
    assert!(!o.has(&o.headings[1], A::Orphan));
    let without = format!("{proposal}\n{reply}");
    let o = outline(&without);
    assert!(o.has(&o.headings[0], A::Orphan));
}

#[test]
fn paragraphs_keep_original_spans_and_segments() {
    let src = "材料汇编\n总结篇一\n\n一、概况\n\n4月，教育部下发了《关于实施计\n\n划的通知》。两校签订协议。\n\n（一）抓住机遇。对口支援的中心是\n培养教师。\n";
    let ps = paragraphs(src);
    let body: Vec<_> = ps
        .iter()
        .filter(|p| p.kind == ParagraphKind::Body)
        .collect();
    assert_eq!(body[0].text(), "材料汇编");
    let body = &body[1..];
    assert_eq!(
        body[0].text(),
        "4月，教育部下发了《关于实施计划的通知》。两校签订协议。"
    );
    assert_eq!((body[0].line, body[0].last_line), (6, 8));
    assert_eq!(body[0].segment, 1);
    let s = body[0].sentences();
    assert_eq!(s.len(), 2);
    assert_eq!(&src[s[1].start..s[1].end], "两校签订协议。");
    assert_eq!(body[1].text(), "对口支援的中心是培养教师。");
    for p in &ps {
        for piece in &p.pieces {
            assert!(src.get(piece.start..piece.end).is_some());
        }
    }
}

/// (line, level, style, ordinal, parent line) of every heading.
fn tree(src: &str) -> Vec<(u32, u32, &'static str, u32, Option<u32>)> {
    rows(src)
        .into_iter()
        .map(|(l, lv, st, n, p, _)| (l, lv, st, n, p))
        .collect()
}

#[test]
fn titles_over_two_or_three_lines_are_joined_with_original_spans() {
    let src = "\
一、总体情况
（一）加强学科建设，提升
    办学水平
两校共建重点实验室。
（二）深化合作交流，推进
人才培养、
科学研究
（三）完善管理机制
";
    let o = outline(src);
    let got: Vec<_> = o
        .headings
        .iter()
        .map(|h| {
            (
                h.line,
                h.title_line,
                h.title_end_line,
                h.level,
                h.title_text(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (1, 1, 1, 1, "总体情况".into()),
            (2, 2, 3, 2, "加强学科建设，提升办学水平".into()),
            (5, 5, 7, 2, "深化合作交流，推进人才培养、科学研究".into()),
            (8, 8, 8, 2, "完善管理机制".into()),
        ]
    );
    let h = &o.headings[1];
    assert_eq!(h.title, "加强学科建设，提升\n    办学水平");
    assert_eq!(h.title_span.slice(src), Some(h.title));
    assert_eq!(
        h.span.slice(src),
        Some("（一）加强学科建设，提升\n    办学水平")
    );
    assert_eq!(h.rest, "加强学科建设，提升", "rest stays the marker line");
    assert!(o.anomalies.is_empty());
    // Reflow: the title is one paragraph of two pieces; the body keeps its own line.
    let ps = paragraphs(src);
    let p = ps.iter().find(|p| p.heading == Some(1)).unwrap();
    assert_eq!(p.kind, ParagraphKind::Heading);
    assert_eq!(
        (p.line, p.last_line, p.text()),
        (2, 3, "加强学科建设，提升办学水平".to_owned())
    );
    let pieces: Vec<_> = p.pieces.iter().map(|s| s.slice(src).unwrap()).collect();
    assert_eq!(pieces, vec!["加强学科建设，提升", "办学水平"]);
    let body = ps.iter().find(|p| p.kind == ParagraphKind::Body).unwrap();
    assert_eq!(
        (body.line, body.text()),
        (4, "两校共建重点实验室。".to_owned())
    );
}

#[test]
fn titles_are_not_joined_with_body_text() {
    // No comma in the title: a short heading, the next line is body.
    let o = outline("一、基本情况\n6月两校签订协议\n");
    assert_eq!(o.headings[0].title_end_line, 1);
    assert_eq!(o.headings[0].title, "基本情况");
    // The next line holds a sentence end inside: body, not the rest of the title.
    let o = outline("（一）加强学科建设，提升\n水平。两校共建实验室\n");
    assert_eq!(o.headings[0].title_end_line, 1);
    // The next line is a heading itself.
    let o = outline("（一）加强学科建设，提升\n（二）办学水平\n");
    assert_eq!(o.headings.len(), 2);
    assert_eq!(o.headings[0].title_end_line, 1);
    // A blank line ends the title.
    let o = outline("（一）加强学科建设，提升\n\n办学水平\n");
    assert_eq!(o.headings[0].title_end_line, 1);
}

#[test]
fn document_order_overrides_the_standard_order() {
    // 1. above （一）: the document's own nesting, kept after the first 1. closes.
    let src = "一、总体情况\n1. 师资建设\n（一）选派教师\n（二）培训骨干\n2. 学科建设\n（一）共建专业\n二、主要成效\n";
    assert_eq!(
        tree(src),
        vec![
            (1, 1, "cn_comma", 1, None),
            (2, 2, "ar_dot", 1, Some(1)),
            (3, 3, "cn_paren", 1, Some(2)),
            (4, 3, "cn_paren", 2, Some(2)),
            (5, 2, "ar_dot", 2, Some(1)),
            (6, 3, "cn_paren", 1, Some(5)),
            (7, 1, "cn_comma", 2, None),
        ]
    );
    assert!(outline(src).anomalies.is_empty());
    // 一是 as level 2 with 1. below it.
    let src = "一、主要做法\n一是加强组织领导。\n1. 成立领导小组\n2. 建立会商制度\n二是完善工作机制。\n1. 定期互访\n二、成效\n";
    assert_eq!(
        tree(src),
        vec![
            (1, 1, "cn_comma", 1, None),
            (2, 2, "shi", 1, Some(1)),
            (3, 3, "ar_dot", 1, Some(2)),
            (4, 3, "ar_dot", 2, Some(2)),
            (5, 2, "shi", 2, Some(1)),
            (6, 3, "ar_dot", 1, Some(5)),
            (7, 1, "cn_comma", 2, None),
        ]
    );
    // The standard order still decides where the document said nothing else.
    let src = "一、甲\n（一）乙\n1. 丙\n二、丁\n1. 戊\n（一）己\n";
    assert_eq!(
        tree(src),
        vec![
            (1, 1, "cn_comma", 1, None),
            (2, 2, "cn_paren", 1, Some(1)),
            (3, 3, "ar_dot", 1, Some(2)),
            (4, 1, "cn_comma", 2, None),
            (5, 2, "ar_dot", 1, Some(4)),
            (6, 2, "cn_paren", 1, Some(4)),
        ]
    );
}

#[test]
fn roman_or_latin_is_decided_by_the_sequence() {
    let src = "A. 甲\nB. 乙\nC. 丙\nD. 丁\nE. 戊\nF. 己\nG. 庚\nH. 辛\nI. 壬\nJ. 癸\n";
    let got: Vec<_> = tree(src).into_iter().map(|r| (r.2, r.3)).collect();
    let want: Vec<_> = (1..=10).map(|n| ("latin", n)).collect();
    assert_eq!(got, want);
    assert!(outline(src).anomalies.is_empty(), "I. continues A.–H.");
    let src = "I. 总则\nII. 目标\nIII. 措施\nIV. 保障\nV. 附则\nVI. 其他\n";
    let got: Vec<_> = tree(src).into_iter().map(|r| (r.2, r.3)).collect();
    let want: Vec<_> = (1..=6).map(|n| ("roman", n)).collect();
    assert_eq!(got, want);
    assert!(outline(src).anomalies.is_empty(), "V. continues IV.");
    let src = "a) 甲\nb) 乙\nc) 丙\n";
    let got: Vec<_> = tree(src).into_iter().map(|r| (r.2, r.3)).collect();
    assert_eq!(got, vec![("latin", 1), ("latin", 2), ("latin", 3)]);
    let src = "i. 甲\nii. 乙\n";
    let got: Vec<_> = tree(src).into_iter().map(|r| (r.2, r.3)).collect();
    assert_eq!(got, vec![("roman", 1), ("roman", 2)]);
}

#[test]
fn embedded_document_without_toc_takes_its_title_line() {
    // A notice that forwards a plan: the plan restarts at 一、 under its own title line. There
    // is no table of contents to name it, so the title is the line above its first heading;
    // a date or a sentence there is no title.
    let src = "\
关于印发帮扶工作方案的通知

一、工作安排

请各校认真组织实施。

二、有关要求

按时报送材料。

2024年3月6日

东西部协作职业教育帮扶工作方案

一、目标任务

到2025年建成3个共建专业。

二、主要措施

互派教师。
";
    let o = outline(src);
    let emb: Vec<_> = o
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Embedded)
        .map(|s| (s.line, s.title))
        .collect();
    assert_eq!(emb, vec![(15, Some("东西部协作职业教育帮扶工作方案"))]);

    // Same shape with a date right above the restart: no title is made up.
    let dated = src.replace("东西部协作职业教育帮扶工作方案\n\n", "");
    let o = outline(&dated);
    let emb: Vec<_> = o
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Embedded)
        .map(|s| s.title)
        .collect();
    assert_eq!(emb, vec![None]);
}

#[test]
fn a_compilation_of_cases_has_one_segment_per_case() {
    let src = "全省典型案例汇编\n\n【案例一】甲县人民医院：托管让山区医院强起来\n1.管理托管。选派副院长1名。\n2.专家下沉。派驻专家14名。\n\n【案例二】乙县人民医院：县带乡\n（一）县乡结对。与4家卫生院结对。\n";
    let o = outline(src);
    let kinds: Vec<_> = o.segments.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![SegmentKind::Document, SegmentKind::Case, SegmentKind::Case]
    );
    let levels: Vec<(u32, u32)> = o.headings.iter().map(|h| (h.line, h.level)).collect();
    assert_eq!(levels, vec![(3, 1), (4, 2), (5, 2), (7, 1), (8, 2)]);
}

/// A form's numbered instructions under 填表说明 are notes, not headings; a journal article's
/// `1 引言` is a bare decimal heading when `2 …` with its own `2.1` follows.
#[test]
fn form_instructions_and_a_journal_introduction() {
    let src = "\
项目申请表

填报说明
1. 本表一式两份。
2. 金额以万元计。
一、基本信息
二、绩效目标
1. 受益学生500人。
2. 培训教师80人次。
";
    let got = rows(src);
    assert_eq!(
        got,
        vec![
            (6, 1, "cn_comma", 1, None, vec![]),
            (7, 1, "cn_comma", 2, None, vec![]),
            (8, 2, "ar_dot", 1, Some(7), vec![]),
            (9, 2, "ar_dot", 2, Some(7), vec![]),
        ],
        "{got:?}"
    );
    let article = "\
对口支援成效研究

1 引言
对口支援政策已实施二十余年。
2 研究设计
2.1 数据来源
本文数据来自统计年鉴。
";
    let got = rows(article);
    assert_eq!(
        got,
        vec![
            (3, 1, "decimal", 1, None, vec![]),
            (5, 1, "decimal", 2, None, vec![]),
            (6, 2, "decimal", 1, Some(5), vec![]),
        ],
        "{got:?}"
    );
}

#[test]
fn a_bulletins_reading_guide_is_a_table_of_contents() {
    let src = "\
青海省第六批援藏工作队
工作简报
第8期
本期导读
1．工作队召开半年工作会
2．果洛州人民医院新住院楼启用
★工作队召开半年工作会
　　7月3日，工作队在玛沁县召开半年工作会，部署下半年任务。
★果洛州人民医院新住院楼启用
　　6月20日，新住院楼启用，新增床位260张。
";
    assert_eq!(
        rows(src),
        [
            (5, 1, "ar_dot", 1, None, vec!["toc_entry"]),
            (6, 1, "ar_dot", 2, None, vec!["toc_entry"]),
        ]
    );
    let o = outline(src);
    assert!(
        o.segments.iter().any(|s| s.kind == SegmentKind::Toc),
        "{:?}",
        o.segments
    );
}

/// A report copied out of a PDF: a footnote at the foot of a page (① above the page number)
/// is no item of a list, and the page number and running header are no headings.
#[test]
fn pdf_footnote_above_a_page_number_is_no_heading() {
    let src = "\
江南大学对口支援工作总结
一、总体情况
　　我校继续实施对口支援西部地区高等学校计划①，选派支教教师三十人次，捐赠图书
①对口支援西部地区高等学校计划：教育部于2001年启动的计划。
— 1 —
江南大学对口支援工作总结
八千册。
二、下一步打算
①继续选派支教教师。
②扩大联合培养规模。
";
    let got = rows(src);
    let lines: Vec<u32> = got.iter().map(|r| r.0).collect();
    // The two sections and the two items of the second; not line 4 (the footnote).
    assert_eq!(lines, [2, 8, 9, 10], "{got:?}");
}

/// A notice whose second heading drifted into 第二、: on a title line, continuing the open
/// 一、 series, it is that series' second item with a style mix (no list item, no orphan), and
/// the 三、 after it is no gap; in a paragraph, 第二、 stays an inline enumerator.
#[test]
fn an_ordinal_drifting_into_the_top_series_is_its_next_item() {
    let src = "\
关于召开帮扶工作座谈会的通知
一、会议内容
　　总结上一年度帮扶工作。
第二、时间地点
　　（一）时间：5月8日上午。
　　（二）地点：学术交流中心。
三、参会人员
　　第一、各高校分管领导，第二、各受援学校校长。
";
    assert_eq!(
        rows(src),
        [
            (2, 1, "cn_comma", 1, None, vec![]),
            (4, 1, "ordinal", 2, None, vec!["style_mix"]),
            (5, 2, "cn_paren", 1, Some(4), vec![]),
            (6, 2, "cn_paren", 2, Some(4), vec![]),
            (7, 1, "cn_comma", 3, None, vec![]),
        ]
    );
}

/// A plan whose items each end with a 责任单位 field: the field line is complete, so an item
/// after it that skips an ordinal is still an item (with its gap), not a broken sentence.
#[test]
fn an_item_after_a_field_line_may_skip_an_ordinal() {
    let src = "\
某大学2026年对口支援工作要点
一、重点任务
1.推进学科共建。
责任单位：研究生院、动物科技学院
2.加强师资培养。
责任单位：人事处、教务处
4.深化消费帮扶。力争采购金额稳步增长。
责任单位：后勤保障部
";
    assert_eq!(
        rows(src),
        [
            (2, 1, "cn_comma", 1, None, vec![]),
            (3, 2, "ar_dot", 1, Some(2), vec![]),
            (5, 2, "ar_dot", 2, Some(2), vec![]),
            (7, 2, "ar_dot", 4, Some(2), vec!["gap"]),
        ]
    );
}

/// A title that opens with a carriage return (a fuzzer's find: "5.5\r\0月"): every piece of
/// every paragraph still slices the input on character boundaries.
#[test]
fn a_title_opening_with_a_carriage_return_keeps_its_pieces_on_characters() {
    let src = "\n5.5\r\0月\n12\n";
    for p in paragraphs(src) {
        for piece in &p.pieces {
            assert!(piece.slice(src).is_some(), "{piece:?} of {src:?}");
        }
    }
}

/// A host's script: a stage direction in brackets closes its line, so the duplicate 四、 after
/// it is a heading (flagged); a lone 首先 with no 其次 after it is a word of its sentence.
#[test]
fn script_stage_directions_and_a_lone_first() {
    let src = "\
签约仪式主持词

一、奏唱国歌
（全体起立）
二、签署协议
　　有请双方代表上台签约。
（签约，奏乐）（交换文本、合影）
二、授牌仪式
三、领导致辞
　　首先，有请甲医院院长致辞。
　　下面，有请乙医院院长致辞。
";
    assert_eq!(
        rows(src),
        vec![
            (3, 1, "cn_comma", 1, None, vec![]),
            (5, 1, "cn_comma", 2, None, vec![]),
            (8, 1, "cn_comma", 2, None, vec!["duplicate"]),
            (9, 1, "cn_comma", 3, None, vec![]),
        ]
    );
    // With its list going on, 首先 opens the first item.
    let listed = "\
工作打算

首先，加强组织领导。
其次，完善工作机制。
";
    let o = outline(listed);
    assert_eq!(
        o.headings.iter().map(|h| h.line).collect::<Vec<_>>(),
        [3, 4]
    );
}
