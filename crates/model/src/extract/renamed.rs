//! Institutions renamed since: "原昌都地区第一中学（现昌都市第一高级中学）", "西藏昌都（原昌都
//! 地区，2014年撤地设市，现昌都市）".
//!
//! A name followed by a parenthesis that gives its present name after 现 is one institution,
//! known by its present name: the mention before the parenthesis takes that name, and the
//! names inside the note (原…, 现…) leave the list. A place written bare before such a note
//! (西藏昌都（…现昌都市）) becomes a mention of the present name when that name starts with it.

use super::names::{Mention, is_cjk};
use crate::extract::has::Has;

/// The longest note read after a name, in characters.
const MAX_NOTE: usize = 40;

/// Openings of a note that may give a present name.
const NOTE_OPENINGS: [&str; 6] = ["（现", "(现", "（原", "(原", "更名为", "改名为"];

/// The mentions with former names replaced by the present ones their notes give.
pub(crate) fn apply(src: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    if !NOTE_OPENINGS
        .iter()
        .any(|w| memchr::memmem::find(src.as_bytes(), w.as_bytes()).is_some())
    {
        return mentions;
    }
    // First the changes, read without copying a mention: (index, end of its note, present
    // mention) for renamed ones, (index before which to insert, new mention) for bare places,
    // and the notes.
    let mut renamed: Vec<(usize, usize, Mention)> = Vec::new();
    let mut inserted: Vec<(usize, Mention)> = Vec::new();
    let mut notes: Vec<(usize, usize)> = Vec::new();
    let mut note_end = 0usize;
    let mut prev_end = 0usize;
    for (k, m) in mentions.iter().enumerate() {
        if m.start < note_end {
            continue;
        }
        // A bare place before a note (西藏昌都（原…，现昌都市）).
        if let Some((open, close)) = note_before(src, m.start, prev_end)
            && let Some(present) = present_in(src, open, close, &mentions)
            && let Some(stem) = stem_of(src, prev_end, open, &present.name)
        {
            inserted.push((
                k,
                Mention {
                    start: open - stem.len(),
                    end: open,
                    surface: stem.to_owned(),
                    pronoun: false,
                    ..present
                },
            ));
            notes.push((open, close));
            note_end = close;
            prev_end = close;
            if m.start < note_end {
                continue;
            }
        }
        if !m.pronoun
            && let Some((open, close)) = note_after(src, m.end)
            && let Some(present) = present_in(src, open, close, &mentions)
        {
            renamed.push((k, close, present));
            notes.push((open, close));
            note_end = close;
        }
        prev_end = m.end.max(prev_end);
    }
    // Former names (without 原, which `rename_all` strips too) and present ones.
    let map: Vec<(String, String)> = renamed
        .iter()
        .filter_map(|(k, _, present)| {
            let old = &mentions.get(*k)?.name;
            let old = old.strip_prefix('原').unwrap_or(old);
            Some((old.to_owned(), present.name.clone()))
        })
        .collect();
    if renamed.is_empty() && inserted.is_empty() {
        let mut mentions = mentions;
        rename_all(src, &mut mentions, map);
        return mentions;
    }
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len() + inserted.len());
    let mut renamed = renamed.into_iter().peekable();
    let mut inserted = inserted.into_iter().peekable();
    let mut n = 0usize;
    for (k, mut m) in mentions.into_iter().enumerate() {
        while let Some((_, new)) = inserted.next_if(|(at, _)| *at <= k) {
            out.push(new);
        }
        // Notes are in order: skip those that end before this mention.
        while notes.get(n).is_some_and(|&(_, e)| e <= m.start) {
            n += 1;
        }
        if notes
            .get(n)
            .is_some_and(|&(s, e)| s <= m.start && m.end <= e)
        {
            continue;
        }
        if let Some((_, close, present)) = renamed.next_if(|(at, _, _)| *at == k) {
            // The kind stays as written: 该院 after 西藏农牧学院（现西藏农牧大学） is that college.
            m.name = present.name;
            m.parent = present.parent;
            // The note is part of the name's mention, so that a list goes on after it (A（现
            // A'）和B); one that declares a short form is left to be read as such.
            if let Some(note) = src.get(m.end..close)
                && !note.has("简称")
                && !note.has("下称")
                && let Some(mark) = src.get(close..).and_then(|r| r.chars().next())
            {
                m.end = close + mark.len_utf8();
            }
        }
        out.push(m);
    }
    rename_all(src, &mut out, map);
    out
}

/// The note in parentheses right after byte `end`: (open, close) byte offsets of the
/// parenthesis marks' insides.
fn note_after(src: &str, end: usize) -> Option<(usize, usize)> {
    let rest = src.get(end..)?;
    let open = ['（', '(']
        .iter()
        .find(|p| rest.starts_with(**p))
        .map(|p| end + p.len_utf8())?;
    let inside = src.get(open..)?;
    let close = inside
        .char_indices()
        .take(MAX_NOTE)
        .find(|(_, c)| matches!(c, '）' | ')' | '（' | '(' | '。' | '\n'))
        .filter(|(_, c)| matches!(c, '）' | ')'))?
        .0;
    Some((open, open + close))
}

/// A note that opens with 原 between byte `from` and the mention at `at` whose text before
/// the parenthesis is a bare name: (open, close) of the note.
fn note_before(src: &str, at: usize, from: usize) -> Option<(usize, usize)> {
    let gap = src.get(from..at)?;
    let p = gap.rfind(['（', '('])?;
    let open_mark = from + p;
    let (open, close) = note_after(src, open_mark)?;
    src.get(open..)?.starts_with('原').then_some((open, close))
}

/// Words after which a note or a sentence gives the present name (现昌都市, 现为X, 2004年更名为
/// 塔里木大学).
const PRESENT_MARKS: [&str; 5] = ["更名为", "改名为", "升格为", "现为", "现"];

/// The present name a note gives after 现 (现昌都市, 现为X) or 更名为: a mention inside the note.
fn present_in(src: &str, open: usize, close: usize, mentions: &[Mention]) -> Option<Mention> {
    let note = src.get(open..close)?;
    let (at, mark) = PRESENT_MARKS
        .iter()
        .find_map(|w| note.find(w).map(|p| (p, *w)))?;
    // The note says what the name was or became, not something else now (现有, 现任).
    let start = open + at + mark.len();
    let m = mentions
        .iter()
        .find(|m| !m.pronoun && (m.start == open + at || m.start == start) && m.end <= close)?;
    let name = m.name.strip_prefix('现').unwrap_or(&m.name);
    (name.chars().count() >= 2).then(|| Mention {
        name: name.to_owned(),
        ..m.clone()
    })
}

/// Former names and the present ones, from the notes read and from statements of a renaming
/// (1984年，南京农学院更名为南京农业大学): every mention of a former name, or of a unit of it
/// (西藏农牧学院动物科学学院), or written with 原 (原南京农学院), takes the present one.
fn rename_all(src: &str, mentions: &mut [Mention], mut map: Vec<(String, String)>) {
    for w in mentions.windows(2) {
        let [a, b] = w else { continue };
        let gap = src.get(a.end..b.start).unwrap_or_default();
        if !a.pronoun && !b.pronoun && ["更名为", "改名为", "升格为", "正式更名为"].contains(&gap)
        {
            let old = a.name.strip_prefix('原').unwrap_or(&a.name);
            map.push((old.to_owned(), b.name.clone()));
        }
    }
    if map.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| !m.pronoun) {
        let name = m.name.strip_prefix('原').unwrap_or(&m.name);
        let Some((old, new)) = map
            .iter()
            .find(|(old, _)| name.starts_with(old.as_str()) && old.chars().count() >= 3)
        else {
            continue;
        };
        let unit = name.get(old.len()..).unwrap_or_default();
        m.name = format!("{new}{unit}");
        if let Some(parent) = m.parent.as_mut()
            && parent.as_str() == old
        {
            parent.clone_from(new);
        }
    }
}

/// The bare name ending right before the note at `open` (after byte `from`) that the present
/// name starts with (昌都 of 昌都市), with the region written before it (西藏昌都): the
/// longest that fits, of two to six characters before the region.
fn stem_of<'a>(src: &'a str, from: usize, open: usize, present: &str) -> Option<&'a str> {
    let mark = open
        .checked_sub('（'.len_utf8())
        .filter(|&p| src.get(p..open) == Some("（"));
    let mark = mark.or_else(|| {
        open.checked_sub(1)
            .filter(|&p| src.get(p..open) == Some("("))
    })?;
    let before = src.get(from..mark)?;
    let mut best = None;
    for (n, (i, c)) in before.char_indices().rev().enumerate() {
        if n >= 6 || !is_cjk(c) {
            break;
        }
        let stem = before.get(i..)?;
        if n >= 1 && present.starts_with(stem) && present.len() > stem.len() {
            best = Some(i);
        }
    }
    let mut start = best?;
    // A region before the place (西藏昌都) belongs to its name.
    let head = before.get(..start)?;
    for (n, (j, _)) in head.char_indices().rev().enumerate() {
        if n >= 8 {
            break;
        }
        if head.get(j..).is_some_and(crate::alias::is_region_prefix) {
            start = j;
        }
    }
    before.get(start..)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(src: &str) -> Vec<String> {
        super::super::names::names_after(src, apply)
    }

    #[test]
    fn a_former_name_takes_the_present_one() {
        let kept =
            names("天津市实验中学与原昌都地区第一中学（现昌都市第一高级中学）结为帮扶学校。");
        assert_eq!(kept, ["天津市实验中学", "昌都市第一高级中学"]);
    }

    #[test]
    fn a_bare_place_before_its_note_is_named_by_the_present_name() {
        let kept =
            names("天津市自1995年起对口支援西藏昌都（原昌都地区，2014年撤地设市，现昌都市）。");
        assert_eq!(kept, ["天津市", "昌都市"]);
        let kept = names("天津市对口支援昌都（原昌都地区，现昌都市）。");
        assert_eq!(kept, ["天津市", "昌都市"]);
    }

    #[test]
    fn a_renaming_holds_for_the_whole_text() {
        let kept = names(
            "原南京农学院与西藏农牧学院（现西藏农牧大学）建立对口支援关系。1984年，南京农学院更名为南京农业大学。南京农业大学动物科技学院对口支援西藏农牧学院动物科学学院。",
        );
        assert_eq!(
            kept,
            [
                "南京农业大学",
                "西藏农牧大学",
                "南京农业大学",
                "南京农业大学",
                "南京农业大学动物科技学院",
                "西藏农牧大学动物科学学院"
            ]
        );
    }

    #[test]
    fn a_note_without_a_present_name_changes_nothing() {
        let src = "北京大学（现有学生四万余人）对口支援石河子大学。";
        let before: Vec<String> = super::super::names::names_after(src, |_, ms| ms);
        assert_eq!(names(src), before);
    }
}
