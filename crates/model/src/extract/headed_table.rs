//! Tables of pairs whose rows carry no serial number: a tab-separated header line with a
//! supporter column and a recipient column (支援方 ⇥ 受援方 ⇥ 援青资金（万元）), then one row per
//! line (杭州市 ⇥ 德令哈市 ⇥ 9800 ⇥ 38). A cell broken after its list joiner (绍兴市 ⇥ 天峻县、 / 茫崖市
//! 5300 ⇥ 21) goes on at the start of the next line.
//!
//! Tables with a 序号 column are read by `clause::table_row`.

use super::clause::{columns, only_names, push_pairs, sides_of_cells};
use super::names::Mention;
use super::relations::{RawRelation, SentenceCtx};

/// A cell's byte span in the source.
type Cell = (usize, usize);

/// How far back the header of a row is looked for, in bytes.
const HEADER_WINDOW: usize = 2048;

/// The recipient column and the supporter columns of the nearest header line before `at`: a
/// line with a tab, no serial number, a recipient head and a supporter head, with no blank
/// line between it and the row.
fn header(src: &str, at: usize) -> Option<(usize, Vec<usize>)> {
    let mut from = at.saturating_sub(HEADER_WINDOW);
    while !src.is_char_boundary(from) {
        from += 1;
    }
    let before = src.get(from..at)?;
    for line in before.lines().rev() {
        let t = line.trim();
        if t.is_empty() || !line.contains('\t') {
            return None;
        }
        if t.starts_with("序号") || t.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let cells: Vec<&str> = columns(line, 0)
            .into_iter()
            .filter_map(|(s, e)| line.get(s..e))
            .collect();
        if let Some(sides) = sides_of_cells(&cells) {
            return Some(sides);
        }
    }
    None
}

/// Reads the line starting at byte `at` of the source (one line of the sentence) as a row of
/// a headed table without serial numbers.
pub(crate) fn row(cx: &SentenceCtx<'_>, line: &str, at: usize, out: &mut Vec<RawRelation>) {
    if !line.contains('\t') || line.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return;
    }
    // The sentence may start after the row's indent (　　杭州市 ⇥ …): the header and the
    // line before are looked for from the start of the row's line.
    let line_start = line_start(cx.src, at);
    let Some((rec, sups)) = header(cx.src, line_start) else {
        return;
    };
    let cols = columns(line.trim_end(), at);
    // A row broken inside a cell: the line before ends with a joiner, so this line's first
    // cell continues that line's last one, and the supporters are that line's.
    let prev = cx
        .src
        .get(..line_start)
        .and_then(|b| b.strip_suffix('\n'))
        .map(|b| {
            let s = b.rfind('\n').map_or(0, |p| p + 1);
            (s, b.get(s..).unwrap_or_default())
        });
    let continued = prev.filter(|(_, p)| p.trim_end().ends_with(['、', '，', ',']));
    let (rec_cell, sup_cells): (Option<Cell>, Vec<Cell>) = match continued {
        Some((ps, p)) => {
            let prev_cols = columns(p.trim_end(), ps);
            let shift = prev_cols.len().saturating_sub(1);
            let rec_cell = rec.checked_sub(shift).and_then(|k| cols.get(k)).copied();
            let sup_cells = sups
                .iter()
                .filter_map(|&k| prev_cols.get(k))
                .copied()
                .collect();
            (rec_cell, sup_cells)
        }
        None => (
            cols.get(rec).copied(),
            sups.iter().filter_map(|&k| cols.get(k)).copied().collect(),
        ),
    };
    let Some((rs, re)) = rec_cell else {
        return;
    };
    let mentions_in = |s: usize, e: usize| -> Vec<&Mention> {
        cx.mentions
            .iter()
            .copied()
            .filter(|m| !m.pronoun && m.start >= s && m.end <= e)
            .collect()
    };
    let recipients = mentions_in(rs, re);
    let rec_refs: Vec<&&Mention> = recipients.iter().collect();
    if recipients.is_empty() || !only_names(cx.src, (rs, re), &rec_refs) {
        return;
    }
    for (ss, se) in sup_cells {
        // The line before is another sentence: its names are looked up in the source.
        let supporters: Vec<Mention> = if ss < cx.span.start {
            supporters_before(cx, ss, se)
        } else {
            mentions_in(ss, se).into_iter().cloned().collect()
        };
        let refs: Vec<&Mention> = supporters.iter().collect();
        let refs: Vec<&&Mention> = refs.iter().collect();
        if refs.is_empty() || !only_names(cx.src, (ss, se), &refs) {
            continue;
        }
        push_pairs(cx, &recipients, &supporters, true, out);
    }
}

/// The start of the line holding byte `at`, when only blanks stand between them; `at`
/// otherwise.
fn line_start(src: &str, at: usize) -> usize {
    let before = src.get(..at).unwrap_or_default();
    let start = before.rfind('\n').map_or(0, |p| p + 1);
    let indent = before.get(start..).unwrap_or_default();
    if indent.chars().all(|c| matches!(c, ' ' | '\t' | '\u{3000}')) {
        start
    } else {
        at
    }
}

/// The names in a short span outside the sentence (a cell of the line before, for a broken
/// row; a form's field line): recognised again, the span being short.
pub(crate) fn supporters_before(cx: &SentenceCtx<'_>, s: usize, e: usize) -> Vec<Mention> {
    let Some(cell) = cx.src.get(s..e) else {
        return Vec::new();
    };
    super::names::Recognizer::new(crate::alias::builtin_ref()).mentions(cell, s)
}
