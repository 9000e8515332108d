//! Sentence and clause splitting over the original text (byte spans, no copies).

use crate::extract::has::Has;
use duikou_tokenizer::Span;

/// A sentence: its span in the original text and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub(crate) span: Span,
    pub(crate) para: usize,
}

/// Last words of a title line, which never continues into the next paragraph.
const TITLE_ENDS: [&str; 21] = [
    "总结",
    "报告",
    "報告",
    "通知",
    "方案",
    "意见",
    "办法",
    "汇报",
    "情况",
    "打算",
    "公告",
    "通告",
    "公示",
    "请示",
    "批复",
    "决定",
    "纪要",
    // A ledger's, a table's or a list's title (…结对帮扶台账, …统计表, …名单).
    "台账",
    "统计表",
    "一览表",
    "名单",
];

/// Whether a trimmed line looks like a heading (一、 （一） 1. 第一章 …).
pub(crate) fn is_heading_line(line: &str) -> bool {
    let t = line.trim_start();
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let second = chars.next();
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    match first {
        '（' | '(' => second.is_some_and(|c| numeral(c) || c.is_ascii_digit()),
        '第' => true,
        c if numeral(c) => {
            let rest: String = t.chars().skip_while(|c| numeral(*c)).take(1).collect();
            matches!(rest.as_str(), "、" | "是" | "．" | ".")
        }
        c if c.is_ascii_digit() => {
            let mut rest = t.chars().skip_while(char::is_ascii_digit);
            let mark = rest.next();
            // 3.2万册 / 1.5倍 at a line start is an amount broken onto its line, not item 3.
            let amount = matches!(mark, Some('.' | '．'))
                && rest
                    .find(|c| !c.is_ascii_digit())
                    .is_some_and(|u| "万亿千元人名册台套个所项次倍%％".contains(u));
            matches!(mark, Some('、' | '.' | '．')) && !amount && t.chars().count() < 60
        }
        _ => false,
    }
}

/// `src` with the bars of table lines (天宁区 | 汉滨区 | 甲中学—乙中学: two bars or more, or one
/// on the line right after such a line: the rest of a wrapped row) written as tabs, each bar's
/// bytes kept in place (`|` is one tab, `｜` a tab and two spaces); `None` when no line is such
/// a table line.
pub(crate) fn bars_as_tabs(src: &str) -> Option<String> {
    // Most text has no bar: two vectorised searches before any line is looked at.
    if memchr::memchr(b'|', src.as_bytes()).is_none()
        && memchr::memmem::find(src.as_bytes(), "｜".as_bytes()).is_none()
    {
        return None;
    }
    let mut out = String::with_capacity(src.len());
    let mut changed = false;
    let mut prev_row = false;
    for line in src.split_inclusive('\n') {
        let bars = line.matches(['|', '｜']).count();
        // A line with one bar right after a table line is the rest of that row, wrapped.
        let row = bars >= 2 || (prev_row && bars == 1);
        prev_row = row;
        if row {
            changed = true;
            for c in line.chars() {
                match c {
                    '|' => out.push('\t'),
                    '｜' => out.push_str("\t  "),
                    _ => out.push(c),
                }
            }
        } else {
            out.push_str(line);
        }
    }
    changed.then_some(out)
}

/// Splits `src` into sentences. A line break ends a sentence unless the line is a long wrapped
/// paragraph line without final punctuation and the next line is not a heading.
pub(crate) fn sentences(src: &str) -> Vec<Sentence> {
    // A byte scan: every terminal and line break starts with an ASCII byte or with the lead
    // byte E3 (。) or EF (！？；), and lead bytes never occur inside a character.
    let bytes = src.as_bytes();
    let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
    let mut out = Vec::new();
    let mut para = 0usize;
    let mut start = 0usize;
    let mut line_start = 0usize;
    let mut continuing = false;
    let mut i = 0usize;
    while i < bytes.len() {
        let terminal = match at(i) {
            // Half-width marks end sentences as the full-width ones do (web text mixes them).
            b'!' | b'?' | b';' => Some(i + 1),
            0xE3 if at(i + 1) == 0x80 && at(i + 2) == 0x82 => Some(i + 3),
            0xEF if at(i + 1) == 0xBC && matches!(at(i + 2), 0x81 | 0x9F | 0x9B) => Some(i + 3),
            _ => None,
        };
        if let Some(end) = terminal {
            // Keep closing quotes with the sentence.
            let mut e = end;
            while let Some(q) = src.get(e..).and_then(|r| r.chars().next())
                && matches!(q, '”' | '’' | '」' | '）' | ')')
            {
                e += q.len_utf8();
            }
            push(&mut out, src, start, e, para);
            start = e;
            i = e;
            continue;
        }
        if matches!(at(i), b'\n' | b'\r') {
            let end = i + 1;
            let line = src.get(line_start..i).unwrap_or_default();
            let next_line_start = end;
            let trimmed = line.trim();
            let continues = line_continues(src, line, trimmed, continuing, next_line_start);
            if !trimmed.is_empty() {
                continuing = continues;
            }
            if !continues {
                push(&mut out, src, start, i, para);
                start = end;
                // A line ending with a semicolon ends a sentence, not its paragraph.
                if !trimmed.is_empty() && !trimmed.ends_with(['；', ';']) {
                    para += 1;
                }
            }
            line_start = next_line_start;
        }
        // A whole character at a time: no terminal or line break starts inside one.
        i += duikou_tokenizer::utf8_len(at(i));
    }
    push(&mut out, src, start, src.len(), para);
    out
}

/// Whether the sentence running through the line `trimmed` goes on after its line break: a
/// blank line inside a running sentence, or a long line without a sentence end that is no
/// heading and is not followed by one (text broken across lines by a web page or an editor).
fn line_continues(
    src: &str,
    line: &str,
    trimmed: &str,
    continuing: bool,
    next_line_start: usize,
) -> bool {
    (trimmed.is_empty() && continuing)
        || !trimmed.is_empty()
            && (trimmed.chars().count() >= 20 || next_starts_with_amount(src, next_line_start))
            // A table row (cells split by tabs or runs of spaces) ends at its line.
            && !is_table_row(trimmed)
            // Nor does a line of fields set apart by blanks (来源：X　　作者：Y　　2024-11-18).
            && !has_field_gap(trimmed)
            // Nor a form's field (申请支教学校⇥X, 【所在单位】X).
            && !is_field_line(trimmed)
            && !ends_sentence(trimmed)
            // A run-in heading (（三）开展培训。全年…) is followed by body text on its line,
            // which may run on like any other paragraph line; a short item broken before its
            // amount ("2.X资助我校实验室建设经费" / "36.5万元，…") runs on too.
            && (!is_heading_line(trimmed)
                || trimmed.contains(['。', '！', '？', '!', '?'])
                || next_starts_with_amount(src, next_line_start)
                || next_starts_mid_sentence(src, next_line_start))
            && !TITLE_ENDS.iter().any(|w| trimmed.ends_with(w))
            && !next_is_heading(src, next_line_start)
            // An indent opens a paragraph only where the broken line itself has none: a page
            // that indents every line it shows says nothing by it.
            && (is_indented(line) || !next_is_indented(src, next_line_start))
            && !next_is_bullet(src, next_line_start)
            && !next_is_dated_entry(src, next_line_start)
}

/// Whether a line is a row of a table pasted as text: three cells or more, split by tabs or by
/// runs of three spaces or more.
pub(crate) fn is_table_row(line: &str) -> bool {
    line.matches('\t').count() >= 2 || line.matches("   ").count() >= 2 || is_csv_row(line)
}

/// Whether a line is the header or a numbered row of a comma-separated export (序号,项目名称,…
/// / 3,DXXZ2025-03,"…",45,45,已完工) or its total row (合计,,,"3,391").
pub(crate) fn is_csv_row(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let opens = (digits > 0 && line.as_bytes().get(digits) == Some(&b','))
        || line.starts_with("序号,")
        || line.starts_with("合计,");
    opens && super::clause::is_csv_line(line)
}

/// Whether a trimmed sentence is a line of a document's attachment list (附件：…名单（68人）,
/// 附件2．…清单): the titles of other documents, whose numbers state nothing here. 附件 with
/// an optional number, then a colon or a list mark, and no sentence end after it.
pub(crate) fn is_attachment_line(trimmed: &str) -> bool {
    let Some(rest) = trimmed.strip_prefix("附件") else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || "一二三四五六七八九十".contains(c) || c == ' '
    });
    rest.starts_with(['：', ':', '．', '.', '、']) && !rest.contains(['。', '；', ';', '！'])
}

/// Whether a trimmed line is a numbered title with no sentence in it (2.结对关系一览表,
/// 3．固定资产清单（车辆6台、电脑38台）): an item of a list of documents.
pub(crate) fn is_list_title(trimmed: &str) -> bool {
    let rest = trimmed.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < trimmed.len()
        && trimmed.len() - rest.len() <= 2
        && rest.starts_with(['．', '.', '、'])
        && rest.chars().count() <= 40
        && !rest.contains(['。', '；', ';', '！', '，', ','])
}

/// Whether a trimmed line is one field of a form with a name or a date for its value, no
/// prose: a label of two to eight Chinese characters, then a tab (a Word table's cell) or in
/// 【】 (【申请支教学校】X), and a value without a comma or a sentence end.
pub(crate) fn is_field_line(trimmed: &str) -> bool {
    let (label, value) = match trimmed.strip_prefix('【') {
        Some(r) => match r.split_once('】') {
            Some(lv) => lv,
            None => return false,
        },
        None => match trimmed.split_once('\t') {
            Some(lv) => lv,
            None => return false,
        },
    };
    (2..=8).contains(&label.chars().count())
        && label.chars().all(super::names::is_cjk)
        && !value.trim().is_empty()
        && !value.contains(['，', ',', '。', '；', ';'])
}

/// Whether a line holds a run of two blanks or more between its words (a U+3000 pair, two
/// spaces): fields of a by-line or of a form, not running prose.
fn has_field_gap(trimmed: &str) -> bool {
    trimmed.has("\u{3000}\u{3000}") || trimmed.has("  ") || trimmed.has("\u{3000} ")
}

/// Whether a line is a row of a list of people (王立新　　甲大学教育学部副教授（挂职乙大学副校长）,
/// 李　静　　清华大学化学系教授): a person's name of two to four characters (a U+3000 may
/// stand inside a two-character one), a run of blanks, then the person's unit and post. Such a
/// row names where people work; it states no support.
pub(crate) fn is_roster_row(line: &str) -> bool {
    let t = line.trim();
    let Some((name, rest)) = t
        .split_once("\u{3000}\u{3000}")
        .or_else(|| t.split_once("  "))
    else {
        return false;
    };
    let mut name = name.chars().filter(|c| *c != '\u{3000}');
    (2..=4).contains(&name.clone().count())
        && name.all(super::names::is_cjk)
        && !rest.trim().is_empty()
        && !rest.contains('。')
        && rest.chars().count() <= 60
}

/// Whether the next line with text opens with a bullet: a new item, never the rest of a
/// wrapped line.
fn next_is_bullet(src: &str, from: usize) -> bool {
    let rest = src.get(from..).unwrap_or_default();
    rest.lines()
        .find(|l| !l.trim().is_empty())
        .and_then(|l| l.trim_start().chars().next())
        .is_some_and(duikou_tokenizer::is_bullet)
}

/// Whether the next line with text opens a paragraph with an indent (two spaces or one
/// U+3000): a wrapped line never starts so, a new paragraph after a list line or a letterhead
/// line does, blank lines between or not.
fn next_is_indented(src: &str, from: usize) -> bool {
    let rest = src.get(from..).unwrap_or_default();
    rest.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(is_indented)
}

/// Whether a line opens with an indent: one U+3000 or two spaces.
fn is_indented(line: &str) -> bool {
    line.starts_with('\u{3000}') || line.starts_with("  ")
}

/// Whether a line ends a sentence: an end mark, or a closing quote after one (…。”) — not a
/// quote closing a name (就读“浙能班”).
pub(crate) fn ends_sentence(trimmed: &str) -> bool {
    let inside = trimmed.trim_end_matches('”');
    inside.ends_with(['。', '！', '？', '；', '：', ':', '!', '?', ';'])
        || (inside.len() < trimmed.len() && inside.ends_with('…'))
}

/// The last `n` characters of `s` (all of it when shorter).
pub(crate) fn last_chars(s: &str, n: usize) -> &str {
    let from = s.char_indices().rev().take(n).last().map_or(0, |(i, _)| i);
    s.get(from..).unwrap_or(s)
}

/// The first `n` characters of `s` (all of it when shorter).
pub(crate) fn first_chars(s: &str, n: usize) -> &str {
    let to = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    s.get(..to).unwrap_or(s)
}

/// Whether the next line opens with an amount (36.5万元，… / 42人，…): digits, an optional
/// decimal part, then a unit of money or of counted things.
fn next_starts_with_amount(src: &str, from: usize) -> bool {
    // Half- or full-width digits (42人, １５名).
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let rest = src.get(from..).unwrap_or_default().trim_start();
    let mut digits = rest.trim_start_matches(digit);
    if digits.len() == rest.len() {
        return false;
    }
    // Thousands separators (6,500册, 12,000人).
    while let Some(group) = digits.strip_prefix(',')
        && group
            .get(..3)
            .is_some_and(|g| g.bytes().all(|b| b.is_ascii_digit()))
    {
        digits = group.get(3..).unwrap_or_default();
    }
    let digits = digits
        .strip_prefix(['.', '．'])
        .map_or(digits, |d| d.trim_start_matches(digit));
    // An approximation between the digits and the unit (1900余人次, 300多名).
    let digits = digits.strip_prefix(['余', '多']).unwrap_or(digits);
    digits.starts_with([
        '万', '亿', '元', '人', '名', '册', '台', '套', '项', '个', '所', '期', '场', '例',
    ])
}

/// Whether the next line with text opens in the middle of a sentence: with a comma or a
/// pause mark, or with one character and a comma (…在X的帮助 / 下，获批…).
fn next_starts_mid_sentence(src: &str, from: usize) -> bool {
    let rest = src.get(from..).unwrap_or_default();
    let Some(line) = rest.lines().find(|l| !l.trim().is_empty()) else {
        return false;
    };
    let mut cs = line.trim_start().chars();
    match (cs.next(), cs.next()) {
        (Some('，' | '、' | '；' | ','), _) => true,
        (Some(c), Some('，' | ',')) => super::names::is_cjk(c),
        _ => false,
    }
}

/// Whether the next line with text is an entry of a chronicle (大事记, 工作动态): a date of
/// year and month (2015年9月, 2015年9月12日, 2015.9, 2015-09) set apart from its text by a
/// blank (`2015年9月　大连市第二十四中学与…`). Each such line is an entry of its own, never the
/// rest of a wrapped line: a wrapped sentence goes on without a gap after its date.
fn next_is_dated_entry(src: &str, from: usize) -> bool {
    next_text_line(src, from).is_some_and(is_dated_entry)
}

/// The next line with text from byte `from` on, trimmed.
fn next_text_line(src: &str, from: usize) -> Option<&str> {
    src.get(from..)?
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
}

/// Whether a line opens with a date of year and month and then a blank: see
/// [`next_is_dated_entry`].
pub(crate) fn is_dated_entry(trimmed: &str) -> bool {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let year = digits(trimmed);
    if year != 4 {
        return false;
    }
    let Some(after_year) = trimmed.get(year..) else {
        return false;
    };
    let Some(month_part) = after_year
        .strip_prefix('年')
        .or_else(|| after_year.strip_prefix(['.', '-', '/']))
    else {
        return false;
    };
    let m = digits(month_part);
    if !(1..=2).contains(&m) {
        return false;
    }
    let mut tail = month_part.get(m..).unwrap_or_default();
    tail = tail.strip_prefix('月').unwrap_or(tail);
    // An optional day (12日, .12, -12).
    let day_part = tail.strip_prefix(['.', '-', '/']).unwrap_or(tail);
    let d = digits(day_part);
    if (1..=2).contains(&d) {
        let after_day = day_part.get(d..).unwrap_or_default();
        tail = after_day.strip_prefix('日').unwrap_or(after_day);
    }
    tail.starts_with([' ', '\t', '\u{3000}'])
}

fn next_is_heading(src: &str, from: usize) -> bool {
    next_text_line(src, from).is_some_and(is_heading_line)
}

/// Longest sentence kept whole, in bytes; longer runs are cut at a comma or at a character
/// boundary so that the per-sentence work stays bounded and the whole pass linear.
const MAX_SENTENCE: usize = 4096;

fn push(out: &mut Vec<Sentence>, src: &str, mut start: usize, end: usize, para: usize) {
    while end.saturating_sub(start) > MAX_SENTENCE {
        let mut limit = start + MAX_SENTENCE;
        while limit > start && !src.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = src.get(start..limit).unwrap_or_default();
        let cut = window.rfind(['，', ',']).map_or(window.len(), |p| {
            p + window
                .get(p..)
                .and_then(|t| t.chars().next())
                .map_or(1, char::len_utf8)
        });
        if cut == 0 {
            break;
        }
        push_one(out, src, start, start + cut, para);
        start += cut;
    }
    push_one(out, src, start, end, para);
}

fn push_one(out: &mut Vec<Sentence>, src: &str, start: usize, end: usize, para: usize) {
    let Some(text) = src.get(start..end) else {
        return;
    };
    // One trim from each end (a blank text is all lead).
    let body = text.trim_start();
    if body.is_empty() {
        return;
    }
    let lead = text.len() - body.len();
    let trail = body.len() - body.trim_end().len();
    out.push(Sentence {
        span: Span::new(start + lead, end - trail),
        para,
    });
}

/// Clause spans of a sentence: split at ， , ： : (parentheses stay inside).
pub(crate) fn clauses(src: &str, sentence: Span) -> Vec<Span> {
    let text = sentence.slice(src).unwrap_or_default();
    let bytes = text.as_bytes();
    // Room for a typical sentence's clauses: no regrowth from empty.
    let mut out = Vec::with_capacity(8);
    let mut start = 0usize;
    let mut depth = 0i32;
    let mut i = 0usize;
    // A byte scan, a whole character at a time: the marks are ASCII or start with EF
    // (（ ） ， ：), so only those characters are decoded.
    while let Some(&b) = bytes.get(i) {
        let len = duikou_tokenizer::utf8_len(b);
        if b.is_ascii() || b == 0xEF {
            let c = text
                .get(i..)
                .and_then(|r| r.chars().next())
                .unwrap_or_default();
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth -= 1,
                // A thousands separator (1,320) is not a clause break.
                ',' if bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && i.checked_sub(1)
                        .and_then(|k| bytes.get(k))
                        .is_some_and(u8::is_ascii_digit) => {}
                '，' | ',' | '：' | ':' if depth <= 0 => {
                    if i > start {
                        out.push(Span::new(sentence.start + start, sentence.start + i));
                    }
                    start = i + len;
                }
                _ => {}
            }
        }
        i += len;
    }
    if text.len() > start {
        out.push(Span::new(
            sentence.start + start,
            sentence.start + text.len(),
        ));
    }
    out
}

/// The length in bytes of the character starting at byte `i` when it is whitespace, else 0.
///
/// A byte scan: whitespace is ASCII (tab to carriage return, space) or starts with one of the
/// lead bytes C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000–U+205F) and E3 (U+3000); only
/// characters with those lead bytes are decoded.
fn whitespace_at(text: &str, i: usize) -> usize {
    match text.as_bytes().get(i) {
        Some(0x09..=0x0D | b' ') => 1,
        Some(0xC2 | 0xE1 | 0xE2 | 0xE3) => text
            .get(i..)
            .and_then(|r| r.chars().next())
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// Calls `keep` with the runs of non-whitespace text of `text`, in order, until `max`
/// characters are kept (the last run cut there); returns the number of characters kept.
fn dense_runs<'t>(text: &'t str, max: usize, mut keep: impl FnMut(&'t str)) -> usize {
    let bytes = text.as_bytes();
    let mut n = 0usize;
    let mut run = 0usize;
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i)
        && n < max
    {
        let ws = whitespace_at(text, i);
        if ws > 0 {
            if i > run {
                keep(text.get(run..i).unwrap_or_default());
            }
            i += ws;
            run = i;
        } else {
            n += 1;
            i += duikou_tokenizer::utf8_len(b);
        }
    }
    if i > run {
        keep(text.get(run..i).unwrap_or_default());
    }
    n
}

/// The first `max` characters of `text` without whitespace (prefix checks on long tails).
pub(crate) fn squeeze_head(text: &str, max: usize) -> String {
    let mut out = String::new();
    dense_runs(text, max, |run| out.push_str(run));
    out
}

/// The number of non-whitespace characters of `text`, counting at most `max`.
pub(crate) fn dense_len(text: &str, max: usize) -> usize {
    dense_runs(text, max, |_| {})
}

/// `text` without whitespace (for matching patterns across wrapped lines).
pub(crate) fn squeeze(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    dense_runs(text, usize::MAX, |run| out.push_str(run));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_attachment_list_line_is_a_title() {
        use super::is_attachment_line;
        assert!(is_attachment_line(
            "附件：第十一批援藏干部人才拟选派人选名单（68人）"
        ));
        assert!(is_attachment_line("附件2．捐赠物资清单（共120件）"));
        assert!(!is_attachment_line("附件中的36万元设备已全部到位。"));
        assert!(!is_attachment_line("附件：清单已报送。另捐赠图书500册。"));
    }

    #[test]
    fn a_numbered_title_is_told_from_a_numbered_sentence() {
        use super::is_list_title;
        assert!(is_list_title("3.固定资产清单（车辆6台、电脑38台）"));
        assert!(is_list_title("2．结对关系一览表"));
        assert!(!is_list_title("3.捐赠图书500册，价值2万元。"));
        assert!(!is_list_title("2024年度援疆资金已拨付1.5亿元"));
        assert!(!is_list_title("结对关系一览表"));
    }

    use super::*;

    #[test]
    fn splits_at_terminals_and_lines() {
        let src = "一、基本情况\n南京大学支援我院。我院受益\n\n二、成效";
        let s: Vec<&str> = sentences(src)
            .iter()
            .map(|s| s.span.slice(src).unwrap())
            .collect();
        assert_eq!(
            s,
            ["一、基本情况", "南京大学支援我院。", "我院受益", "二、成效"]
        );
    }

    #[test]
    fn joins_wrapped_paragraph_lines() {
        let src = "教育部先后下发了《教育部关于实施“援疆学科建设计\n\n划”的通知》，确定甲大学为我院对口支援单位。";
        assert_eq!(sentences(src).len(), 1);
    }

    #[test]
    fn each_dated_chronicle_line_is_its_own_sentence() {
        let src = "【大事记】\n2012年8月　甲市援建的乙县人民医院竣工投入使用并开诊\n2015年9月　丙市第二中学与丁县第一中学结为帮扶学校\n2019.10.08 戊市人民医院与己县人民医院签订协议\n";
        let s: Vec<&str> = sentences(src)
            .iter()
            .map(|s| s.span.slice(src).unwrap().trim())
            .collect();
        assert_eq!(s.len(), 4, "{s:?}");
        assert!(s[2].starts_with("2015年9月") && s[2].ends_with("帮扶学校"));
        // A wrapped sentence whose next line starts with a date but no blank goes on.
        let wrapped = "经过双方多次协商，甲市与乙县在当年签订了结对帮扶框架协议，约定\n2015年9月起选派教师到乙县支教。";
        assert_eq!(sentences(wrapped).len(), 1);
        assert!(is_dated_entry("2015年9月12日 签约"));
        assert!(is_dated_entry("2015-09\t签约"));
        assert!(!is_dated_entry("2015年9月起选派"));
        assert!(!is_dated_entry("20159月 签约"));
        assert!(!is_dated_entry("2015年 全年"));
    }

    const TERMINALS: [char; 7] = ['。', '！', '？', '；', '!', '?', ';'];

    /// The character-by-character splitter the byte scan replaced (the reference).
    fn sentences_by_chars(src: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut para = 0usize;
        let mut start = 0usize;
        let mut line_start = 0usize;
        let mut continuing = false;
        let mut iter = src.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let end = i + c.len_utf8();
            if TERMINALS.contains(&c) {
                // Keep closing quotes with the sentence.
                let mut e = end;
                while let Some(&(j, q)) = iter.peek() {
                    if matches!(q, '”' | '’' | '」' | '）' | ')') {
                        e = j + q.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                push(&mut out, src, start, e, para);
                start = e;
                continue;
            }
            if c == '\n' || c == '\r' {
                let line = src.get(line_start..i).unwrap_or_default();
                let next_line_start = end;
                let trimmed = line.trim();
                let continues = line_continues(src, line, trimmed, continuing, next_line_start);
                if !trimmed.is_empty() {
                    continuing = continues;
                }
                if !continues {
                    push(&mut out, src, start, i, para);
                    start = end;
                    if !trimmed.is_empty() && !trimmed.ends_with(['；', ';']) {
                        para += 1;
                    }
                }
                line_start = next_line_start;
            }
        }
        push(&mut out, src, start, src.len(), para);
        out
    }

    proptest::proptest! {
        #[test]
        fn byte_scan_splits_like_the_char_scan(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "。", "！", "？", "；", "!", "?", "\n", "\r", " ", "”", "’", "」", "）", ")",
                    "一、", "1.", "（二）", "第三", "南京大学支援我院", "总结", "，", "：", "〇",
                    "＂", "",
                ]),
                0..120,
            )
        ) {
            let src: String = parts.concat();
            proptest::prop_assert_eq!(sentences(&src), sentences_by_chars(&src));
        }
    }

    /// The character-by-character clause splitter the byte scan replaced (the reference).
    fn clauses_by_chars(src: &str, sentence: Span) -> Vec<Span> {
        let text = sentence.slice(src).unwrap_or_default();
        let mut out = Vec::new();
        let mut start = 0usize;
        let mut depth = 0i32;
        for (i, c) in text.char_indices() {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth -= 1,
                ',' if text
                    .get(i + 1..)
                    .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()))
                    && text
                        .get(..i)
                        .is_some_and(|l| l.ends_with(|d: char| d.is_ascii_digit())) => {}
                '，' | ',' | '：' | ':' if depth <= 0 => {
                    if i > start {
                        out.push(Span::new(sentence.start + start, sentence.start + i));
                    }
                    start = i + c.len_utf8();
                }
                _ => {}
            }
        }
        if text.len() > start {
            out.push(Span::new(
                sentence.start + start,
                sentence.start + text.len(),
            ));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn byte_scan_cuts_clauses_like_the_char_scan(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "，", ",", "：", ":", "（", "(", "）", ")", "1", "320", "甲", "大学", "ǅ", "😀",
                    " ", "\n", "；", "、",
                ]),
                0..80,
            ),
            lead in 0usize..4,
        ) {
            let src: String = parts.concat();
            let starts: Vec<usize> = src.char_indices().map(|(i, _)| i).take(lead + 1).collect();
            let from = starts.get(lead).copied().unwrap_or(0);
            let span = Span::new(from, src.len());
            proptest::prop_assert_eq!(clauses(&src, span), clauses_by_chars(&src, span));
        }
    }

    proptest::proptest! {
        #[test]
        fn dense_helpers_match_the_char_filters(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}",
                    "\u{2000}", "\u{200A}", "\u{200B}", "\u{2028}", "\u{202F}", "\u{205F}",
                    "\u{3000}", "\u{3001}", "。", "甲", "大学", "a", "1", "é", "😀", "ǅ",
                ]),
                0..40,
            ),
            max in 0usize..50,
        ) {
            let text: String = parts.concat();
            let dense = || text.chars().filter(|c| !c.is_whitespace());
            proptest::prop_assert_eq!(squeeze_head(&text, max), dense().take(max).collect::<String>());
            proptest::prop_assert_eq!(dense_len(&text, max), dense().take(max).count());
            proptest::prop_assert_eq!(squeeze(&text), dense().collect::<String>());
        }
    }

    #[test]
    fn clauses_keep_parentheses() {
        let src = "学生198名（10级63名，11级74名），分别在汽修";
        let c = clauses(src, Span::new(0, src.len()));
        assert_eq!(c.len(), 2);
    }
}
