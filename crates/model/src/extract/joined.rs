//! A text wrapped at a fixed width (a PDF copy, a terminal export) breaks names and numbers
//! at its line ends (和田师范专⏎科学校, 20⏎15年). Such a text is recognised by its many lines of
//! one width, and read with the breaks at that width taken out where the sentence goes on;
//! the joined text keeps the map of its offsets back. Texts broken by hand are left as they
//! are: their readers rely on their lines.

use duikou_tokenizer::{is_bullet, is_page_furniture};

use super::fast_hash::FastMap;
use super::text::{ends_sentence, is_heading_line, is_table_row};

/// A text with its wrapped line breaks (and the page furniture of its page breaks) taken out,
/// and where: see [`join_wrapped_lines`].
#[derive(Debug)]
pub struct Joined {
    /// The joined text.
    pub(crate) text: String,
    /// For each cut: its offset in `text` and the bytes removed there, ascending.
    cuts: Vec<(usize, usize)>,
    /// Running totals of the bytes removed, one per cut.
    removed: Vec<usize>,
}

impl Joined {
    /// The joined text.
    ///
    /// # Examples
    ///
    /// ```
    /// let wrapped = "一、总体情况\n".to_owned()
    ///     + &"甲大学对口支援乙学院，选派教师十二人次，捐赠图书\n3000册，价值二十万元整，设备\n".repeat(5)
    ///     + "到位。\n";
    /// let j = duikou_model::join_wrapped_lines(&wrapped).expect("wrapped at one width");
    /// assert!(j.text().contains("捐赠图书3000册"));
    /// ```
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The offset in the unjoined text of byte `at` of the joined text. A cut at `at` is
    /// passed when `at` starts something (a span's start), not when it ends something.
    ///
    /// # Examples
    ///
    /// ```
    /// let wrapped = "一、总体情况\n".to_owned()
    ///     + &"甲大学对口支援乙学院，选派教师十二人次，捐赠图书\n3000册，价值二十万元整，设备\n".repeat(5)
    ///     + "到位。\n";
    /// let j = duikou_model::join_wrapped_lines(&wrapped).expect("wrapped at one width");
    /// let at = j.text().find("3000册").expect("joined");
    /// let back = j.to_unjoined(at, false);
    /// assert_eq!(wrapped.get(back..back + "3000册".len()), Some("3000册"));
    /// ```
    #[must_use]
    pub fn to_unjoined(&self, at: usize, is_end: bool) -> usize {
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

/// How a text is wrapped: at a number of characters (a terminal, a converter), or at a number
/// of columns, a Chinese character taking two and an ASCII one one (a PDF page, whose lines
/// hold more characters when they hold digits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wrap {
    /// Lines of this many characters (one short: a wide character that did not fit).
    Chars(usize),
    /// Lines of this many columns, give or take two.
    Columns(usize),
}

/// Fewest columns of a page wrapped by columns (a list of names of one length is no page).
const MIN_PAGE_COLUMNS: usize = 50;

/// The characters and the columns of a line on a page, in one pass over its bytes: a
/// character starts at every byte that is no continuation byte; it takes one column when it is
/// ASCII, two otherwise (Chinese characters, full-width punctuation, curly quotes).
fn chars_and_columns(line: &str) -> (usize, usize) {
    // Two counts the compiler turns into vector code.
    let b = line.as_bytes();
    let chars = b.iter().filter(|&&x| x & 0xC0 != 0x80).count();
    let ascii = b.iter().filter(|&&x| x < 0x80).count();
    (chars, 2 * chars - ascii)
}

/// The width a text is wrapped at: the most common length of its lines of fifteen characters
/// or more (table rows aside), in characters or in columns (whichever fits more lines), when
/// at least [`MIN_WRAPPED_LINES`] lines and two in five of those lines have it (a hand-broken
/// text has lines of all lengths).
fn wrap_width(src: &str) -> Option<Wrap> {
    let mut chars: Vec<usize> = Vec::new();
    let mut cols: Vec<usize> = Vec::new();
    let mut long = 0usize;
    let three_spaces = memchr::memmem::Finder::new("   ");
    let add = |counts: &mut Vec<usize>, n: usize| {
        if counts.len() <= n {
            counts.resize(n + 1, 0);
        }
        if let Some(c) = counts.get_mut(n) {
            *c += 1;
        }
    };
    for line in src.lines() {
        let line = line.trim_end();
        // Short lines are passed over before anything is counted.
        if line.len() < 15 {
            continue;
        }
        let (n, c) = chars_and_columns(line);
        // Table rows keep their own lines, whatever the width of the page.
        let maybe_row = memchr::memchr(b'\t', line.as_bytes()).is_some()
            || three_spaces.find(line.as_bytes()).is_some();
        if n < 15 || (maybe_row && is_table_row(line)) {
            continue;
        }
        long += 1;
        if n < 200 {
            add(&mut chars, n);
            add(&mut cols, c);
        }
    }
    let enough = |most: usize| most >= MIN_WRAPPED_LINES && most * 5 >= long * 2;
    let (by_chars, &in_chars) = chars.iter().enumerate().max_by_key(|&(n, c)| (*c, n))?;
    // Columns: the window of three widths holding the most lines (a wide character that did
    // not fit leaves a line one column short, a half-width one two).
    let (by_cols, in_cols) = (MIN_PAGE_COLUMNS..cols.len())
        .map(|w| {
            (
                w,
                cols.get(w - 2..=w).map_or(0, |c| c.iter().sum::<usize>()),
            )
        })
        .max_by_key(|&(w, c)| (c, w))
        .unwrap_or((0, 0));
    // A page wrapped by columns has lines of one character count too (those without
    // digits): the measure that explains more lines wins.
    if enough(in_cols) && in_cols > in_chars {
        Some(Wrap::Columns(by_cols))
    } else {
        enough(in_chars).then_some(Wrap::Chars(by_chars))
    }
}

impl Wrap {
    /// Whether `line` is filled to the width (so its break was the wrap's).
    fn filled(self, line: &str) -> bool {
        match self {
            Self::Chars(w) => line.chars().count() + 1 >= w,
            Self::Columns(w) => chars_and_columns(line).1 + 2 >= w,
        }
    }
}

/// Whether a character is blank between two lines (spaces, U+3000, tabs, line ends).
fn blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\n' | '\r')
}

/// Whether a trimmed line opens a footnote (①对口支援西部地区高等学校计划：…).
fn is_footnote(t: &str) -> bool {
    t.chars().next().is_some_and(|c| ('①'..='⑳').contains(&c))
}

/// The page furniture a page break puts between a wrapped line and the rest of its sentence:
/// footnotes, then the page number, then the running header (a short line written again and
/// again), blank lines anywhere. The byte length of that run at the start of `rest`, or 0 when
/// `rest` does not start with a page break.
fn page_break(rest: &str, headers: &[&str]) -> usize {
    let mut len = 0usize;
    let mut page = false;
    let mut footnotes = 0usize;
    for raw in rest.split_inclusive('\n').take(8) {
        let t = raw.trim_matches(blank);
        if t.is_empty() {
        } else if is_page_furniture(t) {
            page = true;
        } else if !page && footnotes < 3 && is_footnote(t) {
            footnotes += 1;
        } else if page && headers.contains(&t) {
        } else {
            break;
        }
        len += raw.len();
        // The run ends at the page number or at the header after it.
        if page && (is_page_furniture(t) || headers.contains(&t)) {
            let next = rest.get(len..).unwrap_or_default();
            let next_t = next
                .split('\n')
                .next()
                .unwrap_or_default()
                .trim_matches(blank);
            if !headers.contains(&next_t) && !next_t.is_empty() && !is_page_furniture(next_t) {
                return len;
            }
        }
    }
    0
}

/// Whether the line at the start of `rest` is the rest of a table row of `tabs` tabs that the
/// wrap broke, in a table whose rows hold `table_tabs`: text (no heading, no bullet) whose
/// cells, added to the row's, are no more than a row holds.
fn row_goes_on(rest: &str, tabs: usize, table_tabs: usize) -> bool {
    let next_line = rest.split('\n').next().unwrap_or_default();
    let next = next_line.trim_matches(blank);
    let next_tabs = memchr::memchr_iter(b'\t', next_line.as_bytes()).count();
    !next.is_empty()
        && tabs + next_tabs <= table_tabs
        && !next.starts_with(is_bullet)
        && !opens_heading(next)
}

/// Whether a trimmed line is a heading: one that only looks like one at a glance
/// (第一人民医院…, 2024年…) is asked of the outline's classifier.
fn opens_heading(line: &str) -> bool {
    is_heading_line(line)
        && matches!(
            duikou_tokenizer::classify_line(line),
            duikou_tokenizer::LineClass::Heading(_)
        )
}

/// Running headers of a paged text: short lines (under forty characters) written three times
/// or more, or twice beside a page number.
fn running_headers(src: &str) -> Vec<&str> {
    let mut counts: FastMap<&str, usize> = FastMap::default();
    let mut prev_page = false;
    for line in src.lines() {
        let t = line.trim_matches(blank);
        let page = is_page_furniture(t);
        if !t.is_empty() && !page && t.chars().count() < 40 && !ends_sentence(t) {
            // Beside a page number counts twice.
            *counts.entry(t).or_default() += if prev_page { 2 } else { 1 };
        }
        prev_page = page;
    }
    counts
        .into_iter()
        .filter(|&(_, c)| c >= 3)
        .map(|(l, _)| l)
        .collect()
}

/// The text with every line break after a line filled to the wrap width removed (with the
/// blanks around it, and the page furniture of a page break) where the text goes on, or `None`
/// when the text is not wrapped at a fixed width. A break between two ASCII letters (a Latin
/// name) stays. Linear in the input.
///
/// # Examples
///
/// ```
/// // A hand-broken text is left as it is.
/// assert!(duikou_model::join_wrapped_lines("一、总体情况\n全年选派教师12人，\n捐赠图书3000册。\n").is_none());
/// ```
#[must_use]
pub fn join_wrapped_lines(src: &str) -> Option<Joined> {
    let wrap = wrap_width(src)?;
    let headers = running_headers(src);
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut text = String::with_capacity(src.len());
    let mut copied = 0usize;
    let mut pos = 0usize;
    // The most cells a row of the table being read holds (tabs between them), 0 outside
    // tables; and whether the line being read is the rest of a row the wrap broke.
    let mut table_tabs = 0usize;
    let mut rest_of_row = false;
    for raw in src.split_inclusive('\n') {
        let line_start = pos;
        pos += raw.len();
        let line = raw.trim_end();
        let tabs = memchr::memchr_iter(b'\t', raw.as_bytes()).count();
        if is_table_row(line) {
            table_tabs = table_tabs.max(tabs);
        } else if tabs == 0 && !rest_of_row {
            table_tabs = 0;
        }
        rest_of_row = false;
        if !raw.ends_with('\n') {
            continue;
        }
        let rest = src.get(pos..).unwrap_or_default();
        let furniture = if headers.is_empty() && !rest.starts_with(['—', '-', '第', '①']) {
            0
        } else {
            page_break(rest, &headers)
        };
        // Only a line filled to the width was wrapped; a shorter one was ended by hand, and
        // so was one that ends a sentence or a table row. A page break after it is taken out
        // all the same (a table's rows go on after it), the line's own break kept.
        if !wrap.filled(line) || ends_sentence(line) || is_table_row(line) {
            // A row filled to the width goes on on the next line when the two hold no more
            // cells than the table's rows: its line break, and only that, is taken out.
            if furniture == 0
                && table_tabs > 0
                && wrap.filled(line)
                && !ends_sentence(line)
                && pos > copied
                && row_goes_on(rest, tabs, table_tabs)
            {
                text.push_str(src.get(copied..pos - 1).unwrap_or_default());
                cuts.push((text.len(), 1));
                copied = pos;
                rest_of_row = true;
                continue;
            }
            if furniture > 0 && !line.trim().is_empty() && pos >= copied {
                text.push_str(src.get(copied..pos).unwrap_or_default());
                cuts.push((text.len(), furniture));
                copied = pos + furniture;
            }
            continue;
        }
        let rest = rest.get(furniture..).unwrap_or_default();
        let next_line = rest.split('\n').next().unwrap_or_default();
        let next = next_line.trim_start_matches(blank);
        // The next line goes on with text: no blank line, no table row, no heading, no bullet
        // between.
        if next.is_empty()
            || is_table_row(next_line)
            || opens_heading(next)
            || next.starts_with(is_bullet)
        {
            continue;
        }
        let run_start = line_start + line.len();
        let run_end = pos + furniture + (next_line.len() - next.len());
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

    /// A page wrapped at 76 columns: lines with digits hold more characters than the others,
    /// a table's rows keep their lines, and a line that only looks like a heading at a glance
    /// (第一人民医院…) goes on with the sentence.
    #[test]
    fn a_page_wrapped_by_columns_reads_joined() {
        let text = "常州市对口支援门源县工作总结\n\
            序号\t支援方\t受援方\t备注说明文字较长的一列内容\n\
            1\t常州市\t门源县\t全面结对帮扶，覆盖教育医疗产业\n\
            \u{3000}\u{3000}自2026年起，常州市对口支援门源县的医疗帮扶进入新阶段，按照协议由常州市\n\
            第一人民医院牵头组团帮扶门源县人民医院，常州市第七人民医院、常州市中医医院参\n\
            与，每年派驻专家不少于12人，重点建设急诊、重症和儿科，力争三年内通过二级甲等\n\
            医院复审，派驻期间同步开展远程会诊和带教培训，并为当地培养一批留得住的骨干医\n\
            生，全面提升县域医疗服务能力。\n\
            \u{3000}\u{3000}同时，常州市教育局组织十所学校与门源县中小学结对，每年选派骨干教师20名赴\n\
            门源县支教，接收门源县教师到常州跟岗学习，共建远程同步课堂，三年来累计培训当\n\
            地教师1200人次，捐赠图书3.6万册。\n";
        // Lines of 74 to 76 columns hold 37 to 41 characters: columns explain them.
        assert_eq!(wrap_width(text), Some(Wrap::Columns(76)));
        let j = join_wrapped_lines(text).expect("wrapped");
        assert!(
            j.text().contains("由常州市第一人民医院牵头"),
            "{}",
            j.text()
        );
        assert!(
            j.text().contains("选派骨干教师20名赴门源县支教"),
            "{}",
            j.text()
        );
        // The table's rows keep their lines.
        assert!(
            j.text().contains("受援方\t备注说明文字较长的一列内容\n1\t"),
            "{}",
            j.text()
        );
    }

    /// A page break between two rows of a table (or after any line the wrap did not break)
    /// is taken out too; the row keeps its line.
    #[test]
    fn a_page_break_inside_a_table_is_taken_out() {
        let page = "\u{3000}\u{3000}自2026年起，常州市对口支援门源县的医疗帮扶进入新阶段，按照协议由常州市\n\
            第一人民医院牵头组团帮扶门源县人民医院，常州市第七人民医院、常州市中医医院参\n\
            与，每年派驻专家不少于12人，重点建设急诊、重症和儿科，力争三年内通过二级甲等\n\
            医院复审，派驻期间同步开展远程会诊和带教培训，并为当地培养一批留得住的骨干医\n\
            生，全面提升县域医疗服务能力。\n";
        let text = format!(
            "常州市对口支援工作总结\n{page}支援方\t受援方\t资金（万元）\n常州市\t门源县\t3200\n\
             — 2 —\n常州市对口支援工作总结\n溧阳市\t紫阳县\t800\n— 3 —\n常州市对口支援工作总结\n{page}"
        );
        let j = join_wrapped_lines(&text).expect("wrapped");
        assert!(
            j.text().contains("门源县\t3200\n溧阳市\t紫阳县\t800\n"),
            "{}",
            j.text()
        );
        // The rows map back to their own lines.
        let at = j.text().find("溧阳市").expect("kept");
        let back = j.to_unjoined(at, false);
        assert_eq!(text.get(back..back + "溧阳市".len()), Some("溧阳市"));
    }

    /// Rows of a table the wrap broke (inside a cell, or before a bar) read whole; a row
    /// that is whole keeps its line.
    #[test]
    fn a_table_row_the_wrap_broke_reads_whole() {
        fn cells_of(row: &str) -> Vec<&str> {
            row.split('\t').map(str::trim).collect()
        }
        // Lines of thirty characters.
        let para = "常州市与安康市开展东西部协作，各辖市区分别结对帮扶安康市的四\n\
            个县区，选派干部和专业技术人才，投入援助资金，共建产业园区。\n";
        let table = "辖市区 | 结对县 | 结对学校 | 结对医院\n\
            天宁区 | 汉滨区 | 常州市第二中学—汉滨区江北中学实验部\n\
             | 常州市第二人民医院—汉滨区第一医院\n\
            武进区 | 平利县 | 武进高级中学—平利中学 | 武进人民\n\
            医院—平利县人民医院\n\
            钟楼区 | 紫阳县 | 常州市第五中学—紫阳中学 | 紫阳县\n\
            新北区 | 岚皋县 | 新北区实验中学—岚皋中学 | —\n";
        let text = format!("{para}{para}{para}{table}");
        let cells = crate::extract::text::bars_as_tabs(&text).expect("a table");
        let j = join_wrapped_lines(&cells).expect("wrapped");
        let rows: Vec<Vec<&str>> = j.text().lines().skip(3).map(cells_of).collect();
        assert_eq!(
            rows,
            [
                vec!["辖市区", "结对县", "结对学校", "结对医院"],
                vec![
                    "天宁区",
                    "汉滨区",
                    "常州市第二中学—汉滨区江北中学实验部",
                    "常州市第二人民医院—汉滨区第一医院"
                ],
                vec![
                    "武进区",
                    "平利县",
                    "武进高级中学—平利中学",
                    "武进人民医院—平利县人民医院"
                ],
                vec!["钟楼区", "紫阳县", "常州市第五中学—紫阳中学", "紫阳县"],
                vec!["新北区", "岚皋县", "新北区实验中学—岚皋中学", "—"],
            ],
            "{}",
            j.text()
        );
    }

    #[test]
    fn page_numbers_footnotes_and_headers_are_furniture() {
        for page in ["— 3 —", "- 3 -", "第 3 页 共 6 页", "第3页", "·412·"] {
            assert!(is_page_furniture(page), "{page}");
        }
        for text in ["3", "第三条", "第3页码说明", "— 说明 —"] {
            assert!(!is_page_furniture(text), "{text}");
        }
        let headers = ["甲大学对口支援工作总结"];
        let rest = "①注：计划名称。\n— 2 —\n甲大学对口支援工作总结\n帮扶。各学院…\n";
        let n = page_break(rest, &headers);
        assert_eq!(rest.get(n..), Some("帮扶。各学院…\n"));
        // No page number, no page break (a footnote alone is text).
        assert_eq!(page_break("①注：计划名称。\n帮扶。\n", &headers), 0);
    }

    #[test]
    fn a_text_broken_by_hand_is_left_alone() {
        let text = "一、总体情况\n全年选派教师12人，培训校长和骨干教师380人次，\n捐赠图书3000册。\n\
                    二、下一步打算\n继续深化结对帮扶，拓展合作领域。\n";
        assert!(join_wrapped_lines(text).is_none());
    }
}
