//! Clause-level readings that do not hang on one verb: lines that list pairs (A—B, A→B,
//! A：B) and the side a place is usually on (data/regions.tsv), which orients symmetric
//! wordings (X与Y结对) when the document itself does not.

use crate::extract::has::Has;
use std::sync::LazyLock;

use super::cues::Cues;
use super::names::Mention;
use super::relations::{Party, RawRelation, SentenceCtx};
use super::text::squeeze;

/// Which side of a support relation a place is usually on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Supporter,
    Recipient,
}

/// The built-in region table.
const REGIONS: &str = include_str!("../../data/regions.tsv");

/// (word, side) rows of [`REGIONS`] (malformed rows are skipped) and an automaton over the
/// words, so that a name is read once.
struct Regions {
    sides: Vec<Side>,
    automaton: Option<aho_corasick::AhoCorasick>,
}

static REGION_TABLE: LazyLock<Regions> = LazyLock::new(|| {
    let rows: Vec<(&str, Side)> = REGIONS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (word, side) = l.split_once('\t')?;
            let side = match side.trim() {
                "recipient" => Side::Recipient,
                "supporter" => Side::Supporter,
                _ => return None,
            };
            (!word.is_empty()).then_some((word, side))
        })
        .collect();
    let automaton = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::Standard)
        .build(rows.iter().map(|(w, _)| w))
        .ok();
    Regions {
        sides: rows.iter().map(|(_, s)| *s).collect(),
        automaton,
    }
});

/// The side a name's place is usually on: a recipient region anywhere in the name wins
/// (四川省凉山州昭觉县 is a recipient), else a supporter region (上海市闵行区七宝中学).
pub(crate) fn region_side(name: &str) -> Option<Side> {
    let table = &*REGION_TABLE;
    let mut side = None;
    for m in table.automaton.as_ref()?.find_overlapping_iter(name) {
        match table.sides.get(m.pattern().as_usize()) {
            Some(Side::Recipient) => return Some(Side::Recipient),
            Some(Side::Supporter) => side = Some(Side::Supporter),
            None => {}
        }
    }
    side
}

/// The level of the place a name starts with: a district of a city (闵行区…) supports, a
/// county (金平县…, …旗) receives, in the pairs of 东西部协作.
pub(crate) fn district_side(name: &str) -> Option<Side> {
    let base = crate::strip_place_prefix(name);
    for (n, c) in base.chars().enumerate() {
        if n >= 8 {
            break;
        }
        match c {
            '区' if n >= 2 => return Some(Side::Supporter),
            '县' | '旗' if n >= 1 => return Some(Side::Recipient),
            '市' | '州' | '省' => return None,
            _ => {}
        }
    }
    None
}

/// Separators of a pair in a list line, with whether they state the direction (→).
const PAIR_SEPARATORS: [(&str, bool); 11] = [
    ("——", false),
    ("—", false),
    ("－", false),
    ("-", false),
    ("--", false),
    ("―", false),
    ("→", true),
    ("->", true),
    ("⇒", true),
    ("：", false),
    (":", false),
];

/// Pairs written as a list: "A—B", "A→B", "A：B" (one per line or several per sentence,
/// separated by 、，；). Undirected pairs are oriented later like agreements.
pub(crate) fn pair_list(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let ms = &cx.mentions;
    for (i, (a, b)) in ms.iter().zip(ms.iter().skip(1)).enumerate() {
        // Separators are short: most gaps are rejected before any copy.
        let raw_gap = src.get(a.end..b.start).unwrap_or_default();
        // A separator inside one cell of one line: a dash alone in the next cell or on the
        // next line (岚皋中学 ⇥ — ⏎ 武进区) joins nothing.
        if raw_gap.is_empty() || raw_gap.len() > 12 || raw_gap.contains(['\t', '\n']) {
            continue;
        }
        let gap = squeeze(raw_gap);
        let Some(&(sep, directed)) = PAIR_SEPARATORS.iter().find(|(s, _)| gap == *s) else {
            continue;
        };
        // A pronoun's pair is read only with its direction written (我院 → X): undirected, the
        // pronoun's side is better read from the sentence's verbs.
        if a.name == b.name || ((a.pronoun || b.pronoun) && !directed) {
            continue;
        }
        // Each side stands alone: nothing but a list marker or a separator before A, and
        // nothing but punctuation (or the next pair) after B.
        let before = match i.checked_sub(1).and_then(|k| ms.get(k)) {
            Some(p) => src.get(p.end..a.start).unwrap_or_default(),
            None => src.get(cx.span.start..a.start).unwrap_or_default(),
        };
        let after_end = ms.get(i + 2).map_or(cx.span.end, |n| n.start);
        let after = src.get(b.end..after_end).unwrap_or_default();
        // Only the pair's own cell counts (…—岚皋中学 ⇥ — : the next cell is empty).
        let after = after.split(['\t', '\n']).next().unwrap_or_default();
        let before = before.rsplit(['\t', '\n']).next().unwrap_or_default();
        if !alone_before(before, i == 0) || !alone_after(after) {
            continue;
        }
        // "牵头单位：X" has no institution before the colon; "A：B" needs a whole line.
        if (sep == "：" || sep == ":") && (i != 0 || ms.len() != 2) {
            continue;
        }
        let mut raw = cx.raw(vec![Party::of(a)], b, cx.span, crate::Status::Actual);
        raw.disciplines.clear();
        raw.undirected = !directed;
        out.push(raw);
    }
}

/// Whether `t` (before the left party) is only a list marker, a separator or punctuation.
fn alone_before(t: &str, first: bool) -> bool {
    let t = t.trim();
    let t = t.trim_start_matches(|c: char| {
        c.is_ascii_digit()
            || "一二三四五六七八九十（）().．、，；;,:： 　√✔-—".contains(c)
            || duikou_tokenizer::is_bullet(c)
    });
    if first {
        // Only a list marker before the first pair of the sentence, or a date it holds from
        // (2023年起，A—B).
        t.is_empty()
            || (t.contains('年')
                && t.chars()
                    .all(|c| c.is_ascii_digit() || "年月日起以来开始，, 　".contains(c)))
    } else {
        t.is_empty() || ["、", "，", "；", ",", ";"].contains(&t)
    }
}

/// Whether `t` (after the right party) closes the pair: punctuation, a note in parentheses
/// or a pairing word (结对, 结对帮扶).
fn alone_after(t: &str) -> bool {
    let t = t.trim();
    let t = t
        .trim_start_matches("结对帮扶")
        .trim_start_matches("结对")
        .trim_start_matches("对口帮扶");
    let t = match (t.find(['（', '(']), t.find(['）', ')'])) {
        (Some(0), Some(e)) => t
            .get(e..)
            .unwrap_or_default()
            .trim_start_matches(['）', ')']),
        _ => t,
    };
    // A label of the pairing after a colon (镇宁县医院—六马镇卫生院：县乡一体化帮扶).
    if let Some(label) = t.strip_prefix(['：', ':'])
        && label.chars().count() <= 24
        && ["帮扶", "结对", "协作", "对口", "共建"]
            .iter()
            .any(|w| label.has(w))
    {
        return true;
    }
    t.trim_matches(|c: char| "。；;，,、 　".contains(c))
        .is_empty()
}

/// Whether a line is a row of a comma-separated export (序号,项目编号,项目名称,… or
/// 1,DXXZ2025-01,"…",860,860,已完工): no tab, three ASCII commas at least outside double
/// quotes.
pub(crate) fn is_csv_line(line: &str) -> bool {
    if line.contains('\t') || memchr::memchr(b',', line.as_bytes()).is_none() {
        return false;
    }
    let mut quoted = false;
    let mut commas = 0usize;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            // A sentence's punctuation outside quotes: prose whose numbers have thousands
            // separators (6,500册，其中少儿读物2,100册。), no row of cells.
            '，' | '。' | '；' if !quoted => return false,
            _ => {}
        }
    }
    commas >= 3
}

/// The cells of a comma-separated line: byte ranges without the double quotes around a
/// cell; an empty cell is an empty range, so the columns keep their places.
fn csv_cells(line: &str, base: usize) -> Vec<(usize, usize)> {
    let mut cols = Vec::new();
    let mut start = 0usize;
    let mut quoted = false;
    let bytes = line.as_bytes();
    let cell = |s: usize, e: usize| {
        let raw = line.get(s..e).unwrap_or_default();
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        let (s, e) = (s + lead, s + lead + trimmed.len());
        if trimmed.len() >= 2 && trimmed.starts_with('"') && trimmed.ends_with('"') {
            (base + s + 1, base + e - 1)
        } else {
            (base + s, base + e)
        }
    };
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => {
                cols.push(cell(start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    let end = line.trim_end_matches(['\r', '\n']).len().max(start);
    cols.push(cell(start, end));
    cols
}

/// The byte ranges (in `src`, from `base`) of the columns of a table line: cells separated
/// by tabs or by runs of two or more spaces, or the cells of a comma-separated export.
pub(crate) fn columns(line: &str, base: usize) -> Vec<(usize, usize)> {
    if is_csv_line(line) {
        return csv_cells(line, base);
    }
    let mut cols = Vec::new();
    let mut start: Option<usize> = None;
    let mut spaces = 0usize;
    let mut last_end = 0usize;
    for (i, c) in line.char_indices() {
        let gap = c == '\t' || ((c == ' ' || c == '\u{3000}') && spaces >= 1);
        if c == ' ' || c == '\u{3000}' {
            spaces += 1;
        } else {
            spaces = 0;
        }
        if gap || c == '\t' {
            if let Some(s) = start.take() {
                cols.push((base + s, base + last_end));
            }
            continue;
        }
        if c == ' ' || c == '\u{3000}' {
            continue;
        }
        if start.is_none() {
            start = Some(i);
        }
        last_end = i + c.len_utf8();
    }
    if let Some(s) = start {
        cols.push((base + s, base + last_end));
    }
    cols
}

/// Words of a header cell over the recipients (受援学校) and over the supporters (支援学校,
/// 结对学校, 帮扶单位; 实施单位 of an aid project, beside a 受援 column).
pub(crate) const RECIPIENT_HEADS: [&str; 8] = [
    "受援",
    "受帮扶",
    "被帮扶",
    "受助",
    "对象",
    "结对县",
    "结对地区",
    "结对市",
];
pub(crate) const SUPPORTER_HEADS: [&str; 10] = [
    "支援",
    "帮扶",
    "援助",
    "援建",
    "结对",
    "对口",
    "实施单位",
    "承担单位",
    "辖市区",
    "辖区",
];

/// Which cells (after the serial number) of the rows under the nearest header line before
/// `at` (序号  受援学校  支援学校) hold the recipients and the supporters. The header is looked
/// for in a bounded stretch before the row.
pub(crate) fn header_sides(src: &str, at: usize) -> Option<(usize, Vec<usize>)> {
    let mut from = at.saturating_sub(2048);
    while !src.is_char_boundary(from) {
        from += 1;
    }
    let before = src.get(from..at)?;
    let line = before
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with("序号"))?;
    let cells: Vec<&str> = columns(line, 0)
        .into_iter()
        .skip(1)
        .filter_map(|(s, e)| line.get(s..e))
        .collect();
    sides_of_cells(&cells)
}

/// Of a header's cells, the recipient column and every supporter column (支援高校（牵头）,
/// 支援高校（成员）), in order; `None` without both.
pub(crate) fn sides_of_cells(cells: &[&str]) -> Option<(usize, Vec<usize>)> {
    let rec = cells
        .iter()
        .position(|c| RECIPIENT_HEADS.iter().any(|w| c.has(w)))?;
    // Beside a column of paired places (辖市区 ⇥ 结对县 ⇥ 结对学校), the other 结对 columns
    // hold pairs of their own (甲中学—乙中学), no supporters.
    let paired_places = cells.get(rec).is_some_and(|c| c.has("结对"));
    let sups: Vec<usize> = cells
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            *i != rec
                && SUPPORTER_HEADS.iter().any(|w| c.has(w))
                && !(paired_places && c.has("结对"))
        })
        .map(|(i, _)| i)
        .take(4)
        .collect();
    (!sups.is_empty()).then_some((rec, sups))
}

/// One relation per supporter and recipient of a table row (a name is never its own pair).
pub(crate) fn push_pairs<M: core::borrow::Borrow<Mention>>(
    cx: &SentenceCtx<'_>,
    recipients: &[&Mention],
    supporters: &[M],
    directed: bool,
    out: &mut Vec<RawRelation>,
) {
    for r in recipients {
        for s in supporters {
            let s = s.borrow();
            if s.name == r.name {
                continue;
            }
            let mut raw = cx.raw(vec![Party::of(s)], r, cx.span, crate::Status::Actual);
            raw.disciplines.clear();
            raw.undirected = !directed;
            out.push(raw);
        }
    }
}

/// A row of a table of pairs: a serial number, then a cell of supporters and a cell of
/// recipients, separated by tabs or runs of spaces (`3\t武都区第二中学\t青岛第十九中学`). A header
/// line before the rows (序号  受援学校  结对学校) says which cell is which; without one the
/// pair is oriented later like a pair list.
pub(crate) fn table_row(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    // A sentence may run over several rows (a row with no full stop continues the sentence).
    let mut at = cx.span.start;
    for line in cx.text().split_inclusive('\n') {
        // Most lines start with no digit: rejected on their first bytes.
        let first = line
            .trim_start_matches([' ', '\t', '\u{3000}'])
            .bytes()
            .next();
        if first.is_some_and(|b| b.is_ascii_digit()) {
            table_line(cx, line, at, out);
        } else if line.contains('\t') {
            super::headed_table::row(cx, line, at, out);
        }
        at += line.len();
    }
}

/// One line of a sentence (starting at byte `at`) read as a table row.
fn table_line(cx: &SentenceCtx<'_>, text: &str, at: usize, out: &mut Vec<RawRelation>) {
    let lead = text.len() - text.trim_start().len();
    let t = text.get(lead..).unwrap_or_default().trim_end();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return;
    }
    let rest = t.get(digits..).unwrap_or_default();
    let csv = rest.starts_with(',') && is_csv_line(rest);
    if !(rest.starts_with('\t') || rest.starts_with("  ") || rest.starts_with('\u{3000}') || csv) {
        return;
    }
    // A comma-separated row's cells start after the comma that ends its serial number.
    let rest = if csv {
        rest.get(1..).unwrap_or_default()
    } else {
        rest
    };
    // A row a ledger marks as not started, whose agreement is not signed yet (未启动 / 协议尚未
    // 签订), states no pair.
    if [
        "未启动",
        "尚未签订",
        "尚未启动",
        "对接中",
        "洽谈中",
        "意向结对",
    ]
    .iter()
    .any(|w| rest.has(w))
    {
        return;
    }
    let row_start = at + lead + digits + usize::from(csv);
    let cols = columns(rest, row_start);
    if cols.len() < 2 {
        return;
    }
    let (rec, sups, directed) = match header_sides(cx.src, at) {
        Some((r, s)) => (r, s, true),
        None => (1, vec![0], false),
    };
    let Some(&(rs, re)) = cols.get(rec) else {
        return;
    };
    let inside = |m: &&&Mention, s: usize, e: usize| !m.pronoun && m.start >= s && m.end <= e;
    let recipients: Vec<&&Mention> = cx.mentions.iter().filter(|m| inside(m, rs, re)).collect();
    if !only_names(cx.src, (rs, re), &recipients) {
        return;
    }
    // Each supporter column on its own: an empty or "—" cell (no member) names no one.
    for sup in sups {
        let Some(&(ss, se)) = cols.get(sup) else {
            continue;
        };
        let supporters: Vec<&&Mention> = cx.mentions.iter().filter(|m| inside(m, ss, se)).collect();
        if supporters.is_empty() || !only_names(cx.src, (ss, se), &supporters) {
            continue;
        }
        let recs: Vec<&Mention> = recipients.iter().map(|m| **m).collect();
        let sups: Vec<&Mention> = supporters.iter().map(|m| **m).collect();
        push_pairs(cx, &recs, &sups, directed, out);
    }
}

/// Whether a table cell holds only names (joined by 、/和, with notes in parentheses such as
/// （牵头）): 黄岛区省级示范高中2所 names no school.
pub(crate) fn only_names(src: &str, (s, e): (usize, usize), ms: &[&&Mention]) -> bool {
    let mut at = s;
    let mut depth = 0usize;
    for m in ms.iter().copied().chain(core::iter::once(&&Mention {
        start: e,
        end: e,
        name: String::new(),
        surface: String::new(),
        kind: crate::InstitutionKind::Other,
        pronoun: false,
        parent: None,
    })) {
        for c in src.get(at..m.start).unwrap_or_default().chars() {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth = depth.saturating_sub(1),
                _ if depth > 0 || "、，,和及与 \u{3000}".contains(c) => {}
                _ => return false,
            }
        }
        at = m.end.max(at);
    }
    !ms.is_empty()
}

/// Lines of a table pasted one cell per line under a header line `序号`: the header's cells
/// (受援医院, 帮扶医院, …) each on a line of their own, then rows that each start with a bare
/// serial number (1, 2, …) followed by one line per cell. The header says which cell holds the
/// recipients and which the supporters (the recipients may come first); each row whose two
/// cells are only names pairs them. One pass over the lines of `src[from..to]`.
pub(crate) fn cell_table(
    src: &str,
    (from, to): (usize, usize),
    mentions: &[&Mention],
    programs: &[crate::Program],
) -> Vec<RawRelation> {
    let mut out = Vec::new();
    let Some(text) = src.get(from..to) else {
        return out;
    };
    // Cheap test first: most segments hold no table.
    if !text.has("序号") {
        return out;
    }
    // (start, end) of each non-empty line, trimmed.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut at = from;
    for l in text.split_inclusive('\n') {
        let lead = l.len() - l.trim_start().len();
        let t = l.trim();
        if !t.is_empty() {
            lines.push((at + lead, at + lead + t.len()));
        }
        at += l.len();
    }
    let line = |k: usize| lines.get(k).and_then(|&(s, e)| src.get(s..e));
    let serial = |k: usize| line(k).and_then(|t| t.parse::<usize>().ok());
    let empty = Cues::default();
    let mut k = 0usize;
    while k < lines.len() {
        if line(k) != Some("序号") {
            k += 1;
            continue;
        }
        // The header's cells, up to the first row's serial number 1.
        let mut h = 0usize;
        while h < 8 && serial(k + 1 + h).is_none() && line(k + 1 + h).is_some() {
            h += 1;
        }
        let heads: Vec<&str> = (k + 1..k + 1 + h).filter_map(line).collect();
        k += 1 + h;
        if h < 2 || serial(k) != Some(1) {
            continue;
        }
        let Some(rec) = heads
            .iter()
            .position(|c| RECIPIENT_HEADS.iter().any(|w| c.has(w)))
        else {
            continue;
        };
        let Some(sup) = heads
            .iter()
            .enumerate()
            .position(|(i, c)| i != rec && SUPPORTER_HEADS.iter().any(|w| c.has(w)))
        else {
            continue;
        };
        let mut n = 1usize;
        while serial(k) == Some(n) {
            let cell = |c: usize| lines.get(k + 1 + c).copied();
            if let (Some(r), Some(s)) = (cell(rec), cell(sup))
                && let (Some(rm), Some(sm)) = (whole_cell(mentions, r), whole_cell(mentions, s))
                && rm.name != sm.name
                && !rm.pronoun
                && !sm.pronoun
            {
                let cx = SentenceCtx {
                    src,
                    span: duikou_tokenizer::Span::new(s.0, s.1),
                    mentions: vec![sm, rm],
                    quantities: &[],
                    programs,
                    cues: &empty,
                };
                let mut raw = cx.raw(vec![Party::of(sm)], rm, cx.span, crate::Status::Actual);
                raw.disciplines.clear();
                out.push(raw);
            }
            k += 1 + h;
            n += 1;
        }
    }
    out
}

/// The mention that is the whole of a cell line.
fn whole_cell<'m>(mentions: &[&'m Mention], (s, e): (usize, usize)) -> Option<&'m Mention> {
    let i = mentions.partition_point(|m| m.start < s);
    mentions
        .get(i)
        .copied()
        .filter(|m| m.start == s && m.end == e)
}
