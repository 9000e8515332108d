//! A text wrapped at a fixed width (a PDF copy, a terminal export) breaks names and numbers
//! at its line ends (和田师范专⏎科学校, 20⏎15年). Such a text is recognised by its many lines of
//! one width, and read with the breaks at that width taken out where the sentence goes on;
//! the joined text keeps the map of its offsets back. Texts broken by hand are left as they
//! are: their readers rely on their lines.

use duikou_tokenizer::is_bullet;

use super::text::{ends_sentence, is_heading_line, is_table_row};

/// A text with its wrapped line breaks taken out, and where.
#[derive(Debug)]
pub(crate) struct Joined {
    /// The joined text.
    pub(crate) text: String,
    /// For each cut: its offset in `text` and the bytes removed there, ascending.
    cuts: Vec<(usize, usize)>,
    /// Running totals of the bytes removed, one per cut.
    removed: Vec<usize>,
}

impl Joined {
    /// The offset in the unjoined text of byte `at` of the joined text. A cut at `at` is
    /// passed when `at` starts something (a span's start), not when it ends something.
    pub(crate) fn to_unjoined(&self, at: usize, is_end: bool) -> usize {
        let k = if is_end {
            self.cuts.partition_point(|&(p, _)| p < at)
        } else {
            self.cuts.partition_point(|&(p, _)| p <= at)
        };
        at + k
            .checked_sub(1)
            .and_then(|i| self.removed.get(i))
            .copied()
            .unwrap_or(0)
    }
}

/// Fewest lines of the one width that make a text wrapped.
const MIN_WRAPPED_LINES: usize = 5;

/// The width (in characters) a text is wrapped at: the most common length of its lines of
/// fifteen characters or more, when at least [`MIN_WRAPPED_LINES`] lines and two in five of
/// those lines have it (a hand-broken text has lines of all lengths).
fn wrap_width(src: &str) -> Option<usize> {
    let mut counts: Vec<usize> = Vec::new();
    let mut long = 0usize;
    for line in src.lines() {
        let n = line.trim_end().chars().count();
        if n < 15 {
            continue;
        }
        long += 1;
        if n < 200 {
            if counts.len() <= n {
                counts.resize(n + 1, 0);
            }
            if let Some(c) = counts.get_mut(n) {
                *c += 1;
            }
        }
    }
    let (width, &most) = counts.iter().enumerate().max_by_key(|&(n, c)| (*c, n))?;
    (most >= MIN_WRAPPED_LINES && most * 5 >= long * 2).then_some(width)
}

/// Whether a character is blank between two lines (spaces, U+3000, tabs, line ends).
fn blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\n' | '\r')
}

/// The text with every line break after a line filled to the wrap width removed (with the
/// blanks around it) where the text goes on, or `None` when the text is not wrapped at a fixed
/// width. A break between two ASCII letters (a Latin name) stays. Linear in the input.
pub(crate) fn join_wrapped_lines(src: &str) -> Option<Joined> {
    let width = wrap_width(src)?;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut text = String::with_capacity(src.len());
    let mut copied = 0usize;
    let mut pos = 0usize;
    for raw in src.split_inclusive('\n') {
        let line_start = pos;
        pos += raw.len();
        let line = raw.trim_end();
        // Only a line filled to the width was wrapped; a shorter one was ended by hand, and
        // so was one that ends a sentence or a table row.
        if line.chars().count() + 1 < width
            || ends_sentence(line)
            || is_table_row(line)
            || !raw.ends_with('\n')
        {
            continue;
        }
        let rest = src.get(pos..).unwrap_or_default();
        let next_line = rest.split('\n').next().unwrap_or_default();
        let next = next_line.trim_start_matches(blank);
        // The next line goes on with text: no blank line, no heading, no bullet between.
        if next.is_empty() || is_heading_line(next) || next.starts_with(is_bullet) {
            continue;
        }
        let run_start = line_start + line.len();
        let run_end = pos + (next_line.len() - next.len());
        let prev = line.chars().next_back();
        let first = next.chars().next();
        let (Some(prev), Some(first)) = (prev, first) else {
            continue;
        };
        // Two words of a Latin name keep their break; a number broken by the wrap is joined.
        if prev.is_ascii_alphabetic() && first.is_ascii_alphabetic() {
            continue;
        }
        if run_start < copied {
            continue;
        }
        text.push_str(src.get(copied..run_start).unwrap_or_default());
        cuts.push((text.len(), run_end - run_start));
        copied = run_end;
    }
    if cuts.is_empty() {
        return None;
    }
    text.push_str(src.get(copied..).unwrap_or_default());
    let removed = cuts
        .iter()
        .scan(0usize, |sum, &(_, n)| {
            *sum += n;
            Some(*sum)
        })
        .collect();
    Some(Joined {
        text,
        cuts,
        removed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph wrapped at sixteen characters a line.
    const WRAPPED: &str = "甲大学对口支援工作总结\n\
        一、总体情况\n\
        2024年，杭州师范大学增列为和\n\
        田师范专科学校的支援高校，专任教\n\
        师中具有博士学位的比例由2015\n\
        年的11.6%提高到29.3%，\n\
        全年选派教师12人，捐赠图书30\n\
        00册，价值约20万元。\n\
        二、结对关系\n";

    #[test]
    fn a_text_wrapped_at_one_width_reads_joined() {
        let j = join_wrapped_lines(WRAPPED).expect("wrapped");
        assert!(j.text.contains("和田师范专科学校"), "{}", j.text);
        assert!(j.text.contains("由2015年的"), "{}", j.text);
        assert!(j.text.contains("捐赠图书3000册"), "{}", j.text);
        // The headings and the short last line of the paragraph keep their line ends.
        assert!(j.text.contains("总结\n一、总体情况\n"), "{}", j.text);
        assert!(j.text.contains("。\n二、结对关系"), "{}", j.text);
        // Offsets map back onto the same characters.
        let p = j.text.find("田师范").expect("joined");
        let o = j.to_unjoined(p, false);
        assert_eq!(WRAPPED.get(o..o + "田师范".len()), Some("田师范"));
        // A span ending at a cut ends before the break.
        let e = j.text.find("增列为和").expect("joined") + "增列为和".len();
        let back = j.to_unjoined(e, true);
        assert!(WRAPPED.get(..back).is_some_and(|s| s.ends_with("增列为和")));
    }

    #[test]
    fn a_text_broken_by_hand_is_left_alone() {
        let text = "一、总体情况\n全年选派教师12人，培训校长和骨干教师380人次，\n捐赠图书3000册。\n\
                    二、下一步打算\n继续深化结对帮扶，拓展合作领域。\n";
        assert!(join_wrapped_lines(text).is_none());
    }
}
