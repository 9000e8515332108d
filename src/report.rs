//! The whole pipeline on one document: [`analyze`] → [`Report`].

use std::collections::BTreeMap;

use duikou_analytics::{CheckedStatement, GrowthSummary, NetworkTotals, evaluate};
use duikou_model::SupportNetwork;
use serde::{Deserialize, Serialize};

/// Everything duikou finds in one document: outline summary, support network with totals,
/// growth statements with verdicts. Owned and serde-serialisable.
///
/// # Examples
///
/// ```
/// let r = duikou::analyze("一、基本情况\n东北师范大学对口支援伊犁师范学院。\n本科招生由1516人增加到2236人，增长了1.5倍。\n");
/// assert_eq!(r.outline.headings, 1);
/// assert_eq!(r.network.supporters_of("伊犁师范学院"), ["东北师范大学"]);
/// assert_eq!(r.growth_summary.verdicts.loose_multiple, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// Size of the input in bytes.
    pub bytes: usize,
    /// Number of lines.
    pub lines: usize,
    /// Numeric expressions found by the quantity scanner.
    pub quantities: usize,
    /// The outline in brief.
    pub outline: OutlineSummary,
    /// The support network (institutions, relations, contributions, with evidence).
    pub network: SupportNetwork,
    /// Totals per supporter, recipient and kind, and rankings.
    pub totals: NetworkTotals,
    /// Every growth statement with its metrics and verdict.
    pub growth: Vec<CheckedStatement>,
    /// Verdict counts and 倍 usage.
    pub growth_summary: GrowthSummary,
}

/// The outline of a document in brief.
///
/// # Examples
///
/// ```
/// let r = duikou::analyze("一、甲\n1. 子\n2. 丑\n4. 寅\n");
/// assert_eq!(r.outline.headings, 4);
/// assert_eq!(r.outline.anomalies["gap"], 1);
/// assert_eq!(r.outline.by_style["ar_dot"], 3);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlineSummary {
    /// Body headings (table-of-contents entries not counted).
    pub headings: usize,
    /// Table-of-contents entries.
    pub toc_entries: usize,
    /// Deepest level.
    pub max_level: u32,
    /// Headings per marker style (design.md §4 names).
    pub by_style: BTreeMap<String, usize>,
    /// Anomalies per kind.
    pub anomalies: BTreeMap<String, usize>,
    /// Every anomaly: line, kind, expected and found ordinal.
    pub anomaly_list: Vec<AnomalyNote>,
    /// Essays, embedded reports, attachments: their first line and title.
    pub segments: Vec<SegmentNote>,
}

/// One outline anomaly, owned.
///
/// # Examples
///
/// ```
/// let r = duikou::analyze("1. 甲\n2. 乙\n4. 丙\n");
/// let a = &r.outline.anomaly_list[0];
/// assert_eq!((a.line, a.kind.as_str(), a.expected, a.found), (3, "gap", Some(3), Some(4)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnomalyNote {
    /// 1-based line.
    pub line: u32,
    /// Kind (design.md §4 name).
    pub kind: String,
    /// Expected ordinal.
    pub expected: Option<u32>,
    /// Found ordinal.
    pub found: Option<u32>,
}

/// One segment of a document (an essay of a compilation, an embedded report, an attachment).
///
/// # Examples
///
/// ```
/// let r = duikou::analyze("汇编\n\n工作总结篇一\n\n一、甲\n\n工作总结篇二\n\n一、乙\n");
/// assert!(r.outline.segments.iter().any(|s| s.kind == "essay"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentNote {
    /// 1-based first line.
    pub line: u32,
    /// What starts it (`document`, `essay`, `embedded`, `attachment`, …).
    pub kind: String,
    /// Its title line, if any.
    pub title: Option<String>,
}

/// Runs the whole pipeline — tokenizer, model, analytics — on one document.
///
/// Never fails and never panics: any text gives a report (an empty one for empty text).
///
/// # Examples
///
/// ```
/// let r = duikou::analyze("");
/// assert_eq!((r.bytes, r.outline.headings, r.growth.len()), (0, 0, 0));
/// ```
#[must_use]
pub fn analyze(text: &str) -> Report {
    let quantities: Vec<_> = duikou_tokenizer::quantities(text).collect();
    let outline = summarize_outline(text);
    let network = duikou_model::extract(text);
    let totals = NetworkTotals::of(&network);
    let mut growth_summary = GrowthSummary {
        documents: 1,
        ..GrowthSummary::default()
    };
    let growth: Vec<CheckedStatement> =
        duikou_analytics::growth_statements_in(text, quantities.iter().copied())
            .into_iter()
            .map(|statement| {
                let evaluation = evaluate(&statement);
                growth_summary.add(&statement, &evaluation);
                CheckedStatement {
                    statement,
                    evaluation,
                }
            })
            .collect();
    Report {
        bytes: text.len(),
        lines: duikou_tokenizer::LineIndex::new(text).line_count(),
        quantities: quantities.len(),
        outline,
        network,
        totals,
        growth,
        growth_summary,
    }
}

fn summarize_outline(text: &str) -> OutlineSummary {
    let o = duikou_tokenizer::outline(text);
    let mut s = OutlineSummary::default();
    for h in &o.headings {
        if h.is_toc_entry {
            s.toc_entries += 1;
            continue;
        }
        s.headings += 1;
        s.max_level = s.max_level.max(h.level);
        *s.by_style.entry(h.style.as_str().to_owned()).or_default() += 1;
    }
    for a in &o.anomalies {
        *s.anomalies.entry(a.kind.as_str().to_owned()).or_default() += 1;
        s.anomaly_list.push(AnomalyNote {
            line: a.line,
            kind: a.kind.as_str().to_owned(),
            expected: a.expected,
            found: a.found,
        });
    }
    s.segments = o
        .segments
        .iter()
        .map(|g| SegmentNote {
            line: g.line,
            kind: format!("{:?}", g.kind).to_lowercase(),
            title: g.title.map(str::to_owned),
        })
        .collect();
    s
}
