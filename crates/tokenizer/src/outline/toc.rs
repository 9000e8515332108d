//! Table-of-contents helpers: leaders, page numbers, title keys for linking entries.

use super::marker::{is_space, trim_end_spaces};

/// If `t` ends with a leader and a page number (`标题……12`, `标题 .... 3`), the byte offset
/// where the leader starts. Read backwards on the bytes: each character tested is ASCII or
/// a whole suffix that starts with its lead byte.
pub(crate) fn leader_page(t: &str) -> Option<usize> {
    let b = trim_end_spaces(t).as_bytes();
    // The page number: ASCII or full-width (EF BC 90–99) digits.
    let mut end = b.len();
    loop {
        end -= match b.get(..end) {
            Some([.., b'0'..=b'9']) => 1,
            Some([.., 0xEF, 0xBC, 0x90..=0x99]) => 3,
            _ => break,
        };
    }
    if end == b.len() {
        return None;
    }
    let digits_start = end;
    // The leader: … . · ． - — _ ⋯ (dots) and spaces.
    let mut dots = 0;
    loop {
        let (len, dot) = match b.get(..end) {
            Some([.., b'.' | b'-' | b'_']) => (1, true),
            Some([.., b' ' | b'\t']) => (1, false),
            Some([.., 0xC2, 0xB7]) => (2, true),
            Some([.., 0xC2, 0xA0]) => (2, false),
            Some(
                [.., 0xE2, 0x80, 0xA6 | 0x94] | [.., 0xE2, 0x8B, 0xAF] | [.., 0xEF, 0xBC, 0x8E],
            ) => (3, true),
            Some([.., 0xE3, 0x80, 0x80]) => (3, false),
            _ => break,
        };
        end -= len;
        dots += usize::from(dot);
    }
    (end < digits_start && dots >= 2 && end > 0).then_some(end)
}

/// Normalized title for matching TOC entries with body headings.
#[cfg(test)]
pub(crate) fn key(title: &str) -> String {
    let mut out = String::new();
    key_into(title, &mut out);
    out
}

/// Whether [`leader_page`] may find a leader: only a title that ends in a digit (ASCII, or
/// full-width EF BC 90–99), maybe before spaces (ending in 20, 09, A0 or E3 80 80), can.
pub(crate) fn may_have_leader(title: &str) -> bool {
    matches!(
        title.as_bytes().last(),
        Some(b'0'..=b'9' | 0x90..=0x99 | b' ' | b'\t' | 0xA0 | 0x80)
    )
}

/// Characters a [`key`] leaves out.
pub(crate) fn dropped(c: char) -> bool {
    is_space(c) || matches!(c, '，' | '。' | '、' | '：' | ':' | '\n' | '\r')
}

/// [`key`] written into `out` (cleared first), so that one buffer serves every heading.
pub(crate) fn key_into(title: &str, out: &mut String) {
    let end = if may_have_leader(title) {
        leader_page(title).unwrap_or(title.len())
    } else {
        title.len()
    };
    key_cut_into(title, end, out);
}

/// [`key_into`] of a title whose leader is known to start at byte `end` (its length when it
/// has none).
pub(crate) fn key_cut_into(title: &str, end: usize, out: &mut String) {
    out.clear();
    let t = title.get(..end).unwrap_or(title);
    // Copied in runs between the characters dropped, found from the bytes: each is ASCII,
    // C2 A0 (U+00A0), E3 80 80/81/82 (U+3000 、 。) or EF BC 8C/9A (， ：), so an ideograph
    // (lead byte E4–E9) is stepped over whole.
    let b = t.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let len = match (x, b.get(i + 1), b.get(i + 2)) {
            (0xE4..=0xE9, _, _) => {
                i += 3;
                continue;
            }
            (b' ' | b'\t' | b':' | b'\n' | b'\r', _, _) => 1,
            (0xC2, Some(0xA0), _) => 2,
            (0xE3, Some(0x80), Some(0x80..=0x82)) | (0xEF, Some(0xBC), Some(0x8C | 0x9A)) => 3,
            _ => {
                i += crate::span::utf8_len(x);
                continue;
            }
        };
        out.push_str(t.get(run..i).unwrap_or(""));
        i += len;
        run = i;
    }
    out.push_str(t.get(run..).unwrap_or(""));
}

#[cfg(test)]
mod tests {
    use super::super::ordinal::ar_digit;
    use super::{is_space, key, leader_page};

    /// The definition [`leader_page`] reads from bytes, on characters.
    fn leader_page_chars(t: &str) -> Option<usize> {
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

    /// The definition [`key`] shortcuts: the leader cut looked for on every title.
    fn key_plain(title: &str) -> String {
        let end = leader_page(title).unwrap_or(title.len());
        title
            .get(..end)
            .unwrap_or(title)
            .chars()
            .filter(|&c| {
                !(is_space(c) || matches!(c, '，' | '。' | '、' | '：' | ':' | '\n' | '\r'))
            })
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        #[test]
        fn leader_page_agrees_with_its_definition(
            t in "[甲…．.·_\\-—⋯ 　\u{a0}\t0-9０-９a\u{2e80}\u{b6}]{0,10}"
        ) {
            proptest::prop_assert_eq!(leader_page(&t), leader_page_chars(&t));
        }

        #[test]
        fn leader_page_agrees_on_toc_lines(
            t in "[甲a．]{0,2}[…．.·_\\-—⋯ 　\u{a0}\t]{0,5}[0-9０-９]{0,3}[ 　\t]{0,2}"
        ) {
            proptest::prop_assert_eq!(leader_page(&t), leader_page_chars(&t));
        }

        #[test]
        fn key_agrees_with_its_definition(
            t in "[甲…．.·_ 　\u{a0}\u{a1}\t0-9０-９，。、：:；\r\n作〃ａé]{0,10}"
        ) {
            proptest::prop_assert_eq!(key(&t), key_plain(&t));
        }
    }
}
