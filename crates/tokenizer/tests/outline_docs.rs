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
            let an = h
                .anomalies
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
        o.headings[10].anomalies.is_empty(),
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
        o.headings[6].anomalies.is_empty(),
        "article numbers continue across chapters"
    );
    assert!(o.headings[7].has(A::Gap));
    assert!(
        o.headings[8].anomalies.is_empty(),
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
    let src = "1 范围\n1.1 总则\n1.1.1 目的\n1.1.2 依据\n1.2 术语\n2.1 要求\n";
    let o = outline(src);
    let got: Vec<_> = o
        .headings
        .iter()
        .map(|h| (h.line, h.level, h.path.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (2, 1, Some(vec![1, 1])),
            (3, 2, Some(vec![1, 1, 1])),
            (4, 2, Some(vec![1, 1, 2])),
            (5, 1, Some(vec![1, 2])),
            (6, 1, Some(vec![2, 1])),
        ]
    );
}

#[test]
fn toc_with_leaders_links_to_body() {
    let src = "目录\n一、基本情况……………1\n二、主要成效……………3\n\n一、基本情况\n\n两校合作多年，成效明显，得到了各方面的充分肯定和高度评价。\n\n二、主要成效\n";
    let o = outline(src);
    assert_eq!(o.headings.len(), 4);
    assert!(o.headings[0].is_toc_entry && o.headings[0].has(A::TocEntry));
    assert_eq!(o.headings[0].title, "基本情况");
    assert_eq!(o.headings[0].toc_target, Some(2));
    assert_eq!(o.headings[1].toc_target, Some(3));
    assert!(o.headings[2].anomalies.is_empty());
}

#[test]
fn orphan_before_the_senior_style() {
    let o = outline("（1）先出现的小项\n一、第一部分\n（一）分项\n");
    assert!(o.headings[0].has(A::Orphan));
    assert!(!o.headings[2].has(A::Orphan));
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
