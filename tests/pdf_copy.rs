//! A report copied out of a PDF (tests/data/pdf_copy.txt): every paragraph wrapped at one width
//! of the page (76 columns, a Chinese character taking two), a footnote, page numbers and a
//! running header in the middle of sentences. The pipeline reads it as the unwrapped text
//! and points back at its own lines.

use duikou::analyze;

const PDF: &str = include_str!("data/pdf_copy.txt");

/// The 1-based line of the text holding `needle`.
fn line_of(needle: &str) -> u32 {
    let k = PDF
        .lines()
        .position(|l| l.contains(needle))
        .expect("the needle is in the text");
    u32::try_from(k + 1).expect("a short text")
}

#[test]
fn pairs_stated_across_a_page_break_are_found() {
    let r = analyze(PDF);
    let pairs = r.network.pairs();
    // Stated on line 4, whose sentence goes on after a footnote, a page number and a header.
    assert!(pairs.contains(&("江南大学", "昌吉学院")), "{pairs:?}");
    assert!(
        pairs.contains(&("江南大学化学化工学院", "昌吉学院化学与环境科学学院")),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("江南大学软件学院", "昌吉学院计算机学院")),
        "{pairs:?}"
    );
    // The furniture is nobody.
    assert!(
        !r.network
            .institutions
            .iter()
            .any(|i| i.name.contains("工作总结")),
        "{:?}",
        r.network.institutions
    );
}

#[test]
fn amounts_broken_from_their_sentence_keep_their_giver_and_line() {
    let r = analyze(PDF);
    let find = |unit: &str, value: u32| {
        r.network
            .contributions
            .iter()
            .find(|c| c.unit == unit && c.value == value.into())
            .unwrap_or_else(|| panic!("{value}{unit} found: {:#?}", r.network.contributions))
    };
    // 选派支教⏎(footnote, page, header)⏎教师46人次: the evidence starts where its clause does.
    let teachers = find("人次", 46);
    assert_eq!(teachers.supporter.as_deref(), Some("江南大学"));
    assert_eq!(teachers.recipient.as_deref(), Some("昌吉学院"));
    assert_eq!(teachers.evidence.line, line_of("选派支教"));
    assert!(teachers.evidence.text.ends_with("教师46人次"));
    // 为该校联合培养…研究生3人: 该校 is the college helped, not the university giving.
    let doctors = find("人", 3);
    assert_eq!(doctors.supporter.as_deref(), Some("江南大学"));
    assert_eq!(doctors.recipient.as_deref(), Some("昌吉学院"));
}

#[test]
fn growth_statements_split_by_a_page_break_are_checked() {
    let r = analyze(PDF);
    let papers = r
        .growth
        .iter()
        .find(|g| g.statement.metric.contains("论文"))
        .unwrap_or_else(|| panic!("{:#?}", r.growth));
    // 24 → 60 is 1.5 times more: the claim 增长了1.5倍 is right.
    assert_eq!(papers.evaluation.verdict.as_str(), "consistent");
    // The statement starts on the line of its metric, before the page break.
    assert_eq!(papers.statement.line, line_of("化学学"));
    assert!(!papers.statement.metric.contains('\n'));
    let share = r
        .growth
        .iter()
        .find(|g| g.statement.metric.contains("就业率"))
        .unwrap_or_else(|| panic!("{:#?}", r.growth));
    assert_eq!(share.evaluation.verdict.as_str(), "consistent");
    assert_eq!(r.growth.len(), 3, "{:#?}", r.growth);
}
