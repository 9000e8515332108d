//! Table-of-contents helpers: leaders, page numbers, title keys for linking entries.

use super::marker::is_space;
use super::ordinal::ar_digit;

/// If `t` ends with a leader and a page number (`标题……12`, `标题 .... 3`), the byte offset
/// where the leader starts.
pub(crate) fn leader_page(t: &str) -> Option<usize> {
    let t = t.trim_end_matches(is_space);
    let digits_start = t
        .char_indices()
        .rev()
        .take_while(|&(_, c)| ar_digit(c).is_some())
        .last()
        .map(|(p, _)| p)?;
    let before = t.get(..digits_start)?;
    let is_leader =
        |c: char| matches!(c, '…' | '.' | '·' | '．' | '-' | '—' | '_' | '⋯') || is_space(c);
    let leader_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_leader(c))
        .last()
        .map(|(p, _)| p)?;
    let leader = before.get(leader_start..)?;
    let dots = leader.chars().filter(|c| !is_space(*c)).count();
    (dots >= 2 && leader_start > 0).then_some(leader_start)
}

/// Normalized title for matching TOC entries with body headings.
pub(crate) fn key(title: &str) -> String {
    let end = leader_page(title).unwrap_or(title.len());
    let t = title.get(..end).unwrap_or(title);
    // Sized once, and copied in runs between the characters dropped.
    let mut out = String::with_capacity(t.len());
    let mut run = 0;
    for (i, c) in t.char_indices() {
        if is_space(c) || matches!(c, '，' | '。' | '、' | '：' | ':' | '\n' | '\r') {
            out.push_str(t.get(run..i).unwrap_or(""));
            run = i + c.len_utf8();
        }
    }
    out.push_str(t.get(run..).unwrap_or(""));
    out
}
