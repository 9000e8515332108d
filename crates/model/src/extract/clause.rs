//! Clause-level readings that do not hang on one verb: lines that list pairs (A—B, A→B,
//! A：B) and the side a place is usually on (data/regions.tsv), which orients symmetric
//! wordings (X与Y结对) when the document itself does not.

use std::sync::LazyLock;

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
        if raw_gap.is_empty() || raw_gap.len() > 12 {
            continue;
        }
        let gap = squeeze(raw_gap);
        let Some(&(sep, directed)) = PAIR_SEPARATORS.iter().find(|(s, _)| gap == *s) else {
            continue;
        };
        if a.name == b.name || a.pronoun || b.pronoun {
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
        c.is_ascii_digit() || "一二三四五六七八九十（）().．、，；;,:： 　·•●○◆-—".contains(c)
    });
    if first {
        // Only a list marker before the first pair of the sentence.
        t.is_empty()
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
    t.trim_matches(|c: char| "。；;，,、 　".contains(c))
        .is_empty()
}
