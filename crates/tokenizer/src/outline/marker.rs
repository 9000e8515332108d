//! nom lexing of every section-marker style, with width/compatibility folding that keeps the
//! raw text (（）≡(), ．≡., １≡1; ⑴, ⒈, ㈠ read as their own styles; never NFKC).

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while_m_n, take_while1};
use nom::character::complete::{anychar, char, satisfy};
use nom::combinator::{map_opt, opt, value};
use nom::{IResult, Parser};

use super::MarkerStyle as S;
use super::ordinal::{
    ar_digit, branch_value, capital_value, cn_digit, cn_value, enclosed, is_capital_char,
    is_cn_numeral_char, latin_value, roman_value, stem_value,
};

/// A marker lexed at the start of a (de-indented) line. Offsets are bytes into that line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lexed {
    pub(crate) style: S,
    pub(crate) ordinal: u32,
    /// Full path of a dotted decimal (5.3.2) or appendix number (A.1 → [1, 1]).
    pub(crate) path: Option<Vec<u32>>,
    /// 第十条之一 → Some(1).
    pub(crate) insert: Option<u32>,
    /// End of the marker (after its punctuation, before spaces).
    pub(crate) len: usize,
    /// Start of the title (after spaces).
    pub(crate) title_start: usize,
    /// Just after the numeral, before the marker's punctuation.
    pub(crate) num_end: usize,
    /// Written with ASCII parentheses / dot where full-width is usual (width_mix evidence).
    pub(crate) half_width: bool,
    /// Punctuation not sanctioned by GB/T 15834 B.3 (一． / （一）、 / 一，).
    pub(crate) nonstandard: bool,
    /// Followed by at least one space.
    pub(crate) spaced: bool,
    /// 第X written with Arabic digits (第 6 条) — a style variant among 第六条.
    pub(crate) arabic: bool,
}

struct M {
    style: S,
    ordinal: u32,
    path: Option<Vec<u32>>,
    insert: Option<u32>,
    num_rest: usize,
    half_width: bool,
    nonstandard: bool,
    arabic: bool,
}

impl M {
    fn new(style: S, ordinal: u32, num_rest: usize) -> Self {
        Self {
            style,
            ordinal,
            path: None,
            insert: None,
            num_rest,
            half_width: false,
            nonstandard: false,
            arabic: false,
        }
    }
}

type R<'a, T> = IResult<&'a str, T>;

pub(crate) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
}

/// Length of the run of spaces ([`is_space`]: ' ', '\t', U+3000 E3 80 80, U+00A0 C2 A0)
/// at the start of `b`, read from the bytes.
fn leading_spaces(b: &[u8]) -> usize {
    let mut i = 0;
    loop {
        i += match b.get(i..) {
            Some([b' ' | b'\t', ..]) => 1,
            Some([0xC2, 0xA0, ..]) => 2,
            Some([0xE3, 0x80, 0x80, ..]) => 3,
            _ => return i,
        };
    }
}

/// `s.trim_end_matches(is_space)`, with a byte test for the common case: a space ends in
/// 0x20, 0x09, E3 80 80 (U+3000) or C2 A0 (U+00A0), so a string ending otherwise has none
/// to trim.
#[inline]
pub(crate) fn trim_end_spaces(s: &str) -> &str {
    let b = s.as_bytes();
    match b.last() {
        Some(b' ' | b'\t' | 0xA0) => s.trim_end_matches(is_space),
        Some(0x80) if b.get(b.len().wrapping_sub(3)..) == Some(&[0xE3, 0x80, 0x80]) => {
            s.trim_end_matches(is_space)
        }
        _ => s,
    }
}

fn spaces(i: &str) -> R<'_, &str> {
    take_while(is_space).parse(i)
}

fn cn_num(i: &str) -> R<'_, u32> {
    map_opt(take_while_m_n(1, 8, is_cn_numeral_char), cn_value).parse(i)
}

fn is_ar(c: char) -> bool {
    ar_digit(c).is_some()
}

/// Arabic digits (ASCII or full-width): value, and whether any digit was full-width.
fn ar_num(i: &str) -> R<'_, (u32, bool)> {
    let (rest, d) = take_while1(is_ar).parse(i)?;
    let mut v: u32 = 0;
    let mut full = false;
    for c in d.chars() {
        full |= !c.is_ascii_digit();
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(ar_digit(c).unwrap_or(0)))
            .ok_or_else(|| fail(i))?;
    }
    Ok((rest, (v, full)))
}

fn fail(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

fn any_num(i: &str) -> R<'_, u32> {
    alt((cn_num, ar_num.map(|(v, _)| v))).parse(i)
}

/// 第 X 编/章/节/条/部分/篇 (and 第X条之一), or 第X、/第X，/第X： (ordinal).
fn di(i: &str) -> R<'_, M> {
    let (i, _) = char('第').parse(i)?;
    let (i, _) = spaces(i)?;
    let arabic = i.chars().next().is_some_and(is_ar);
    let (i, n) = any_num(i)?;
    let num_rest = i.len();
    let (i, _) = spaces(i)?;
    let unit: R<'_, S> = alt((
        value(S::Book, alt((tag("编"), tag("編")))),
        value(S::Part, tag("部分")),
        value(S::Pian, tag("篇")),
        value(S::Chapter, tag("章")),
        value(S::Section, alt((tag("节"), tag("節")))),
        value(S::Article, alt((tag("条"), tag("條")))),
    ))
    .parse(i);
    if let Ok((rest, style)) = unit {
        let mut m = M::new(style, n, num_rest);
        m.arabic = arabic;
        let (rest, ins) = opt((tag("之"), any_num).map(|(_, k)| k)).parse(rest)?;
        m.insert = ins;
        let (rest, p) = opt(satisfy(|c| matches!(c, '、' | '：' | ':' | '．'))).parse(rest)?;
        m.nonstandard = p.is_some();
        return Ok((rest, m));
    }
    // Ordinal 第一、 / 第一， / 第一：
    let (rest, p) = satisfy(|c| matches!(c, '、' | '，' | ',' | '：' | ':')).parse(i)?;
    let mut m = M::new(S::Ordinal, n, num_rest);
    m.nonstandard = p == '、';
    Ok((rest, m))
}

fn open_paren(i: &str) -> R<'_, bool> {
    alt((value(false, char('（')), value(true, char('(')))).parse(i)
}

fn close_paren(i: &str) -> R<'_, bool> {
    alt((value(false, char('）')), value(true, char(')')))).parse(i)
}

/// （一） (1) （甲） （子） (a) (iv), with inner spaces and a trailing 、/． drift.
fn paren(i: &str) -> R<'_, M> {
    let (i, half_open) = open_paren(i)?;
    let (i, _) = spaces(i)?;
    let (i, (style, n)) = alt((
        cn_num.map(|n| (S::CnParen, n)),
        ar_num.map(|(n, _)| (S::ArParen, n)),
        map_opt(anychar, |c| stem_value(c).map(|n| (S::Stem, n))),
        map_opt(anychar, |c| branch_value(c).map(|n| (S::Branch, n))),
        map_opt(
            take_while_m_n(2, 6, |c: char| "ivxlcIVXLC".contains(c)),
            |s| roman_value(s).map(|n| (S::Roman, n)),
        ),
        map_opt(anychar, |c| latin_value(c).map(|n| (S::Latin, n))),
    ))
    .parse(i)?;
    let num_rest = i.len();
    let (i, _) = spaces(i)?;
    let (i, half_close) = close_paren(i)?;
    let (i, p) = opt(satisfy(|c| matches!(c, '、' | '．' | '.' | '，'))).parse(i)?;
    let mut m = M::new(style, n, num_rest);
    m.half_width = half_open || half_close;
    m.nonstandard = p.is_some() || half_open != half_close;
    Ok((i, m))
}

/// Words of a part that may open a 【】 marker before its numeral: a case of a compilation of
/// 典型案例 (【案例一】), a brochure's chapter (【篇章一】), a unit or a theme (【专题二】).
const BRACKET_PART_WORDS: [&str; 6] = ["案例", "篇章", "专题", "板块", "单元", "部分"];

/// ［1］ 【一】 〔一〕 [1], and the parts of a compilation or a brochure (【案例一】, 【案例2】,
/// 【篇章一】).
fn bracket(i: &str) -> R<'_, M> {
    let (i, open) = satisfy(|c| matches!(c, '［' | '【' | '〔' | '[' | '〖')).parse(i)?;
    let i = if open == '【' {
        BRACKET_PART_WORDS
            .iter()
            .find_map(|w| i.strip_prefix(w))
            .unwrap_or(i)
    } else {
        i
    };
    let (i, n) = any_num(i)?;
    let num_rest = i.len();
    let close = match open {
        '［' => '］',
        '【' => '】',
        '〔' => '〕',
        '〖' => '〗',
        _ => ']',
    };
    let (i, _) = char(close).parse(i)?;
    Ok((i, M::new(S::Bracket, n, num_rest)))
}

/// ① ⑴ ⒈ ㈠ Ⅳ (single enclosed/compatibility characters), optional 、/．/. after.
fn enclosed_char(i: &str) -> R<'_, M> {
    let (i, (style, n)) = map_opt(anychar, enclosed).parse(i)?;
    let num_rest = i.len();
    let (i, p) = opt(satisfy(|c| matches!(c, '、' | '．' | '.' | '，'))).parse(i)?;
    let mut m = M::new(style, n, num_rest);
    m.nonstandard = p.is_some() && !matches!(style, S::Roman);
    Ok((i, m))
}

/// `.2024年…` after an item number: a year opening the item's title (3.2024年，学校将…), not
/// the decimal 3.2024 — no report writes four decimals before 年.
fn year_after_dot(i: &str) -> bool {
    let Some(rest) = i.strip_prefix(['.', '．']) else {
        return false;
    };
    let mut year = 0u32;
    let mut chars = rest.chars();
    for _ in 0..4 {
        match chars.next().and_then(ar_digit) {
            Some(d) => year = year * 10 + d,
            None => return false,
        }
    }
    (1900..=2100).contains(&year) && chars.next() == Some('年')
}

/// `.3月…` after an item number: a month opening the item's title (4．3月以来，…), not the
/// decimal 4.3 — no report counts months in tenths. 月度 / 月份 titles of a numbered section
/// (3.1月度安排) are left to the decimal reading.
fn month_after_dot(i: &str) -> bool {
    let Some(rest) = i.strip_prefix(['.', '．']) else {
        return false;
    };
    let mut chars = rest.chars();
    let mut month = 0u32;
    let mut digits = 0;
    let mut next = chars.next();
    while let Some(d) = next.and_then(ar_digit) {
        digits += 1;
        if digits > 2 {
            return false;
        }
        month = month * 10 + d;
        next = chars.next();
    }
    // The month, then a title after it (3月以来), not 月度 / 月份 nor more decimals.
    digits >= 1
        && (1..=12).contains(&month)
        && next == Some('月')
        && chars
            .next()
            .is_some_and(|c| !matches!(c, '度' | '份' | '.' | '．'))
}

/// 1. 1． 1、 1) 1） 1，  and dotted decimals 1.1 / 5.3.2.
fn arabic(i: &str) -> R<'_, M> {
    let (i, (n, full)) = ar_num(i)?;
    let num_rest = i.len();
    // Dotted decimal: digit after the dot.
    let dot = |c: char| c == '.' || c == '．';
    let dotted: R<'_, (char, char)> = (satisfy(dot), satisfy(is_ar)).parse(i);
    if dotted.is_ok() && !year_after_dot(i) && !month_after_dot(i) {
        let mut path = vec![n];
        let mut rest = i;
        loop {
            let Ok((r, (_, (k, _)))) = (satisfy(dot), ar_num).parse(rest) else {
                break;
            };
            path.push(k);
            rest = r;
        }
        let last_rest = rest.len();
        let (rest, _) = opt(satisfy(dot)).parse(rest)?;
        let mut m = M::new(S::Decimal, path.last().copied().unwrap_or(n), last_rest);
        m.path = Some(path);
        return Ok((rest, m));
    }
    let (rest, p) =
        satisfy(|c| matches!(c, '.' | '．' | '、' | ')' | '）' | '，' | ',')).parse(i)?;
    let style = match p {
        '.' | '．' => S::ArDot,
        '、' | '，' | ',' => S::ArComma,
        _ => S::ArHalfParen,
    };
    let mut m = M::new(style, n, num_rest);
    let _ = full;
    m.nonstandard = matches!(p, '，' | ',');
    Ok((rest, m))
}

/// 一、 一． 一. 一， (cn_comma / cn_dot), 一是 / 一要 (shi).
fn chinese(i: &str) -> R<'_, M> {
    let (i, n) = cn_num(i)?;
    let num_rest = i.len();
    let (rest, p) =
        satisfy(|c| matches!(c, '、' | '．' | '.' | '，' | ',' | '是' | '要')).parse(i)?;
    let style = match p {
        '、' | '，' | ',' => S::CnComma,
        '是' | '要' => S::Shi,
        _ => S::CnDot,
    };
    let mut m = M::new(style, n, num_rest);
    m.nonstandard = matches!(p, '．' | '.' | '，' | ',');
    Ok((rest, m))
}

/// 一 followed by a space (drift of 一、).
fn chinese_spaced(i: &str) -> R<'_, M> {
    let (i, n) = cn_num(i)?;
    let num_rest = i.len();
    let (rest, _) = take_while1(is_space).parse(i)?;
    let mut m = M::new(S::CnComma, n, num_rest);
    m.nonstandard = true;
    Ok((rest, m))
}

/// 壹、 甲、 子、.
fn single_family(i: &str) -> R<'_, M> {
    let (i, (style, n)) = alt((
        map_opt(take_while_m_n(1, 4, is_capital_char), |s| {
            capital_value(s).map(|n| (S::Capital, n))
        }),
        map_opt(anychar, |c| stem_value(c).map(|n| (S::Stem, n))),
        map_opt(anychar, |c| branch_value(c).map(|n| (S::Branch, n))),
    ))
    .parse(i)?;
    let num_rest = i.len();
    let (rest, p) = satisfy(|c| matches!(c, '、' | '．' | '.')).parse(i)?;
    let mut m = M::new(style, n, num_rest);
    m.nonstandard = p != '、';
    Ok((rest, m))
}

/// A. a) Ⅰ. I. iv. (latin / roman).
fn letters(i: &str) -> R<'_, M> {
    let (i, (style, n)) = alt((
        map_opt(
            take_while_m_n(2, 6, |c: char| "ivxlcIVXLC".contains(c)),
            |s| roman_value(s).map(|n| (S::Roman, n)),
        ),
        map_opt(anychar, |c| {
            let n = latin_value(c)?;
            Some(if matches!(c, 'I' | 'i') {
                (S::Roman, 1)
            } else {
                (S::Latin, n)
            })
        }),
    ))
    .parse(i)?;
    let num_rest = i.len();
    let (rest, p) = satisfy(|c| matches!(c, '.' | '．' | '、' | ')' | '）')).parse(i)?;
    // "e.g." / "A.B." are words, not markers.
    if rest
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return Err(fail(i));
    }
    let mut m = M::new(style, n, num_rest);
    m.nonstandard = p == '、';
    Ok((rest, m))
}

/// 首先 其次 再次 然后 最后 (seq_word) followed by a comma.
fn seq_word(i: &str) -> R<'_, M> {
    let (i, n) = alt((
        value(1, tag("首先")),
        value(2, tag("其次")),
        value(3, tag("再次")),
        value(0, tag("然后")),
        value(0, tag("最后")),
    ))
    .parse(i)?;
    let num_rest = i.len();
    let (rest, _) = satisfy(|c| matches!(c, '，' | ',' | '、' | '：' | ':')).parse(i)?;
    Ok((rest, M::new(S::SeqWord, n, num_rest)))
}

/// 附件1 / 附件一 / 附件 (attachment), 附录A / 附录1 (appendix), A.1 (appendix path).
fn annex(i: &str) -> R<'_, M> {
    if let Ok((i, _)) = tag::<_, _, nom::error::Error<&str>>("附件").parse(i) {
        let (i, _) = spaces(i)?;
        let (i, n) = opt(any_num).parse(i)?;
        let num_rest = i.len();
        let (i, _) = opt(satisfy(|c| matches!(c, '：' | ':' | '、' | '．' | '.'))).parse(i)?;
        return Ok((i, M::new(S::Attachment, n.unwrap_or(1), num_rest)));
    }
    if let Ok((i, _)) = tag::<_, _, nom::error::Error<&str>>("附录").parse(i) {
        let (i, _) = spaces(i)?;
        let (i, n) = alt((any_num, map_opt(anychar, latin_value))).parse(i)?;
        let num_rest = i.len();
        let (i, _) = opt(satisfy(|c| matches!(c, '：' | ':' | '、' | '．' | '.'))).parse(i)?;
        return Ok((i, M::new(S::Appendix, n, num_rest)));
    }
    // A.1 / B.2.3
    let (i, a) = map_opt(satisfy(|c| c.is_ascii_uppercase()), latin_value).parse(i)?;
    let mut path = vec![a];
    let mut rest = i;
    while let Ok((r, (_, (k, _)))) = (char('.'), ar_num).parse(rest) {
        path.push(k);
        rest = r;
    }
    if path.len() < 2 {
        return Err(fail(i));
    }
    let mut m = M::new(S::Appendix, path.last().copied().unwrap_or(a), rest.len());
    m.path = Some(path);
    Ok((rest, m))
}

// Fast paths for the common shapes (一、 （一） 1. 第三条). Each returns exactly what its nom
// parser returns for the inputs it accepts, and `None` for anything else, which then goes to
// the nom parser: spaces inside the marker, long or invalid numerals, full-width digits,
// dotted decimals, 之一 and the like.

/// Bytes of a run of 1 to 8 lower-case Chinese numeral characters at the start of `i`
/// (what `take_while_m_n(1, 8, …)` takes when the run ends within 8 characters).
fn cn_run(i: &str) -> Option<usize> {
    let (n, len) = prefix_run(i, is_cn_numeral_char);
    (1..=8).contains(&n).then_some(len)
}

/// (chars, bytes) of the longest prefix of `s` whose chars satisfy `f`.
pub(super) fn prefix_run(s: &str, f: impl Fn(char) -> bool) -> (usize, usize) {
    let mut n = 0;
    let mut len = 0;
    for c in s.chars() {
        if !f(c) {
            break;
        }
        n += 1;
        len += c.len_utf8();
    }
    (n, len)
}

/// A Chinese numeral at the start of `i` that [`cn_num`] reads: (value, rest).
fn cn_fast(i: &str) -> Option<(u32, &str)> {
    // One numeral character not followed by another (most markers): its own value, as
    // cn_value reads it, without scanning the run twice.
    let mut cs = i.chars();
    let c0 = cs.next()?;
    if !cs.next().is_some_and(is_cn_numeral_char) {
        let v = match c0 {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            c => cn_digit(c)?,
        };
        return Some((v, i.get(c0.len_utf8()..)?));
    }
    let len = cn_run(i)?;
    let run = i.get(..len)?;
    let mut cs = run.chars();
    // One character (most markers): its own value, as cn_value reads it.
    let v = match (cs.next(), cs.next()) {
        (Some('十'), None) => 10,
        (Some('百'), None) => 100,
        (Some('千'), None) => 1000,
        (Some(c), None) => cn_digit(c)?,
        _ => cn_value(run)?,
    };
    Some((v, i.get(len..)?))
}

/// 1 to 9 ASCII digits not followed by another (full-width) digit: what [`ar_num`] reads,
/// without overflow: (value, rest).
fn ascii_fast(i: &str) -> Option<(u32, &str)> {
    let b = i.as_bytes();
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if n == 0 || n > 9 {
        return None;
    }
    let mut v: u32 = 0;
    for &d in b.get(..n)? {
        v = v * 10 + u32::from(d - b'0');
    }
    let rest = i.get(n..)?;
    if rest.chars().next().is_some_and(is_ar) {
        return None;
    }
    Some((v, rest))
}

/// ASCII digits that [`arabic`] reads whole (see [`ascii_fast`]) followed by no marker
/// punctuation: 2017年 / 30余人 / 5 个. [`arabic`] fails on these, so the line has no marker.
/// Read from the bytes: 1 to 9 ASCII digits, then neither a full-width digit (EF BC 90–99)
/// nor . ．(EF BC 8E) 、(E3 80 81) ) ）(EF BC 89) ，(EF BC 8C) or `,`.
fn arabic_none(i: &str) -> bool {
    let b = i.as_bytes();
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if n == 0 || n > 9 {
        return false;
    }
    !matches!(
        b.get(n..),
        Some(
            [b'.' | b')' | b',', ..]
                | [0xEF, 0xBC, 0x90..=0x99 | 0x8E | 0x89 | 0x8C, ..]
                | [0xE3, 0x80, 0x81, ..]
        )
    )
}

/// [`chinese`] without spaces: 一、 十二． 三是.
fn chinese_fast(i: &str) -> Option<(&str, M)> {
    let (n, rest) = cn_fast(i)?;
    let p = rest.chars().next()?;
    let style = match p {
        '、' | '，' | ',' => S::CnComma,
        '是' | '要' => S::Shi,
        '．' | '.' => S::CnDot,
        _ => return None,
    };
    let mut m = M::new(style, n, rest.len());
    m.nonstandard = matches!(p, '．' | '.' | '，' | ',');
    Some((rest.get(p.len_utf8()..)?, m))
}

/// [`arabic`] for 1. 1、 1) and the like (dotted decimals go to nom).
fn arabic_fast(i: &str) -> Option<(&str, M)> {
    let (n, rest) = ascii_fast(i)?;
    let mut cs = rest.chars();
    let p = cs.next()?;
    let style = match p {
        '.' | '．' if cs.next().is_some_and(is_ar) => return None,
        '.' | '．' => S::ArDot,
        '、' | '，' | ',' => S::ArComma,
        ')' | '）' => S::ArHalfParen,
        _ => return None,
    };
    let mut m = M::new(style, n, rest.len());
    m.nonstandard = matches!(p, '，' | ',');
    Some((rest.get(p.len_utf8()..)?, m))
}

/// [`paren`] for （一） (1) （二）、 without inner spaces.
fn paren_fast(i: &str) -> Option<(&str, M)> {
    let (half_open, i) = match i.strip_prefix('（') {
        Some(r) => (false, r),
        None => (true, i.strip_prefix('(')?),
    };
    let first = i.chars().next()?;
    let (style, (n, after)) = if is_cn_numeral_char(first) {
        (S::CnParen, cn_fast(i)?)
    } else if first.is_ascii_digit() {
        (S::ArParen, ascii_fast(i)?)
    } else {
        return None;
    };
    let num_rest = after.len();
    let (half_close, after) = match after.strip_prefix('）') {
        Some(r) => (false, r),
        None => (true, after.strip_prefix(')')?),
    };
    let p = after
        .chars()
        .next()
        .filter(|&c| matches!(c, '、' | '．' | '.' | '，'));
    let rest = after.get(p.map_or(0, char::len_utf8)..)?;
    let mut m = M::new(style, n, num_rest);
    m.half_width = half_open || half_close;
    m.nonstandard = p.is_some() || half_open != half_close;
    Some((rest, m))
}

/// [`di`] for 第三章 第十二条 第二节 第一编 (Chinese numeral, no spaces, no 之一).
fn di_fast(i: &str) -> Option<(&str, M)> {
    let (n, rest) = cn_fast(i.strip_prefix('第')?)?;
    let num_rest = rest.len();
    let unit = rest.chars().next()?;
    let style = match unit {
        '编' | '編' => S::Book,
        '章' => S::Chapter,
        '节' | '節' => S::Section,
        '条' | '條' => S::Article,
        _ => return None,
    };
    let rest = rest.get(unit.len_utf8()..)?;
    if rest.starts_with('之') {
        return None;
    }
    let p = rest
        .chars()
        .next()
        .filter(|&c| matches!(c, '、' | '：' | ':' | '．'));
    let mut m = M::new(style, n, num_rest);
    m.nonstandard = p.is_some();
    Some((rest.get(p.map_or(0, char::len_utf8)..)?, m))
}

/// Value of 一 … 九 and 十 from the UTF-8 bytes of one character (the single-character
/// Chinese numerals of most markers); `None` for anything else.
fn cn_small(b: &[u8]) -> Option<u32> {
    Some(match b.get(..3)? {
        [0xE4, 0xB8, 0x80] => 1,
        [0xE4, 0xBA, 0x8C] => 2,
        [0xE4, 0xB8, 0x89] => 3,
        [0xE5, 0x9B, 0x9B] => 4,
        [0xE4, 0xBA, 0x94] => 5,
        [0xE5, 0x85, 0xAD] => 6,
        [0xE4, 0xB8, 0x83] => 7,
        [0xE5, 0x85, 0xAB] => 8,
        [0xE4, 0xB9, 0x9D] => 9,
        [0xE5, 0x8D, 0x81] => 10,
        _ => return None,
    })
}

/// `、` in UTF-8.
const DUN: [u8; 3] = [0xE3, 0x80, 0x81];

/// The commonest markers read from bytes, without decoding: 一、 三是 （二） 1. 2． 12、, each
/// with a one-character Chinese numeral or 1–3 ASCII digits and nothing unusual after it.
/// Returns (style, ordinal, numeral end, marker end), exactly what the general lexer reads
/// for these inputs; `None` sends everything else to it.
fn lex_bytes(b: &[u8]) -> Option<(S, u32, usize, usize)> {
    match b.first()? {
        b'0'..=b'9' => {
            let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
            if n > 3 {
                return None;
            }
            let mut v: u32 = 0;
            for &d in b.get(..n)? {
                v = v * 10 + u32::from(d - b'0');
            }
            // The byte after the punctuation must not start a digit (a dotted decimal, or a
            // full-width digit that the general lexer reads on).
            match b.get(n..)? {
                [b'.', next, ..] if !next.is_ascii_digit() && *next != 0xEF => {
                    Some((S::ArDot, v, n, n + 1))
                }
                [b'.'] => Some((S::ArDot, v, n, n + 1)),
                // ．(EF BC 8E) not followed by a digit (ASCII, or full-width EF BC 90–99).
                [0xEF, 0xBC, 0x8E, after @ ..]
                    if !matches!(after, [b'0'..=b'9', ..] | [0xEF, 0xBC, 0x90..=0x99, ..]) =>
                {
                    Some((S::ArDot, v, n, n + 3))
                }
                [0xE3, 0x80, 0x81, ..] => Some((S::ArComma, v, n, n + 3)),
                _ => None,
            }
        }
        0xEF => {
            // （X） with one Chinese numeral and no punctuation after it.
            let rest = b.strip_prefix(&[0xEF, 0xBC, 0x88])?;
            let v = cn_small(rest)?;
            match rest.get(3..)? {
                [0xEF, 0xBC, 0x89, after @ ..]
                    if !after.starts_with(&DUN)
                        && !after.starts_with(&[0xEF, 0xBC, 0x8E])
                        && !after.starts_with(&[0xEF, 0xBC, 0x8C])
                        && after.first() != Some(&b'.') =>
                {
                    Some((S::CnParen, v, 6, 9))
                }
                _ => None,
            }
        }
        // 第 (E7 AC AC)
        0xE7 if b.starts_with(&[0xE7, 0xAC, 0xAC]) => di_bytes(b),
        _ => {
            let v = cn_small(b)?;
            match b.get(3..)? {
                [0xE3, 0x80, 0x81, ..] => Some((S::CnComma, v, 3, 6)),
                // 是 / 要
                [0xE6, 0x98, 0xAF, ..] | [0xE8, 0xA6, 0x81, ..] => Some((S::Shi, v, 3, 6)),
                _ => None,
            }
        }
    }
}

/// 第X章 / 第X条 / 第X节 / 第X编 with X one of 一 … 十, 十Y, X十 or X十Y and nothing
/// unusual after the unit (之一, punctuation): what [`di_fast`] reads, from bytes.
fn di_bytes(b: &[u8]) -> Option<(S, u32, usize, usize)> {
    let num = b.get(3..)?;
    let d = |k: usize| num.get(k * 3..).and_then(cn_small);
    // (value, numeral characters); the unit after them ends the run.
    let (v, n) = match (d(0)?, d(1), d(2)) {
        (10, Some(e @ 1..=9), _) => (10 + e, 2),
        (x @ 1..=9, Some(10), Some(e @ 1..=9)) => (x * 10 + e, 3),
        (x @ 1..=9, Some(10), _) => (x * 10, 2),
        (x, None, _) => (x, 1),
        _ => return None,
    };
    let num_end = 3 + 3 * n;
    let style = match b.get(num_end..num_end + 3)? {
        [0xE7, 0xBC, 0x96] | [0xE7, 0xB7, 0xA8] => S::Book,
        [0xE7, 0xAB, 0xA0] => S::Chapter,
        [0xE8, 0x8A, 0x82] | [0xE7, 0xAF, 0x80] => S::Section,
        [0xE6, 0x9D, 0xA1] | [0xE6, 0xA2, 0x9D] => S::Article,
        _ => return None,
    };
    let len = num_end + 3;
    // 之 (E4 B9 8B), 、 ： : ． go to the general lexer.
    match b.get(len..)? {
        [0xE4, 0xB9, 0x8B, ..] | [0xE3, 0x80, 0x81, ..] | [0xEF, 0xBC, 0x9A | 0x8E, ..] => None,
        [b':', ..] => None,
        _ => Some((style, v, num_end, len)),
    }
}

/// Lexes the marker at the start of `line` (already de-indented).
pub(crate) fn lex(line: &str) -> Option<Lexed> {
    if let Some((style, ordinal, num_end, len)) = lex_bytes(line.as_bytes()) {
        let rest = line.get(len..)?;
        // Spaces after a marker start with one of these bytes (' ', '\t', U+3000, U+00A0).
        let after = if matches!(rest.as_bytes().first(), Some(b' ' | b'\t' | 0xE3 | 0xC2)) {
            rest.get(leading_spaces(rest.as_bytes())..).unwrap_or(rest)
        } else {
            rest
        };
        return Some(Lexed {
            style,
            ordinal,
            path: None,
            insert: None,
            len,
            title_start: line.len() - after.len(),
            num_end,
            half_width: false,
            nonstandard: false,
            spaced: after.len() < rest.len(),
            arabic: false,
        });
    }
    lex_general(line)
}

/// [`lex`] without the byte fast path of [`lex_bytes`] (which must agree with it).
fn lex_general(line: &str) -> Option<Lexed> {
    let first = line.chars().next()?;
    // Dispatch on the first character so that plain text fails without trying every parser.
    let parsed: R<'_, M> = match first {
        '第' => di_fast(line).map_or_else(|| di(line), Ok),
        '（' | '(' => paren_fast(line).map_or_else(|| paren(line), Ok),
        '［' | '【' | '〔' | '[' | '〖' => bracket(line),
        '首' | '其' | '再' | '然' | '最' => seq_word(line),
        '附' => annex(line),
        c if ar_digit(c).is_some() => {
            if arabic_none(line) {
                return None;
            }
            arabic_fast(line).map_or_else(|| arabic(line), Ok)
        }
        c if is_cn_numeral_char(c) => match chinese_fast(line) {
            Some(m) => Ok(m),
            // Both parsers need at most 8 numeral characters and then marker punctuation
            // or a space: text such as 一年来 / 两校 fails here without them.
            None if !after_run(line, is_cn_numeral_char, 8, |p| {
                matches!(p, '、' | '．' | '.' | '，' | ',' | '是' | '要') || is_space(p)
            }) =>
            {
                return None;
            }
            None => alt((chinese, chinese_spaced)).parse(line),
        },
        c if enclosed(c).is_some() => enclosed_char(line),
        c if c.is_ascii_uppercase() => alt((annex, letters)).parse(line),
        c if latin_value(c).is_some() => letters(line),
        c if is_capital_char(c) || stem_value(c).is_some() || branch_value(c).is_some() => {
            // A run of at most 4 capitals, or one stem or branch, then 、 ． or `.` (甲方 /
            // 子女 fail here).
            let punct = |p: char| matches!(p, '、' | '．' | '.');
            let fits = if is_capital_char(c) {
                after_run(line, is_capital_char, 4, punct)
            } else {
                line.get(c.len_utf8()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(punct)
            };
            if !fits {
                return None;
            }
            single_family(line)
        }
        _ => return None,
    };
    let (rest, m) = parsed.ok()?;
    let len = line.len() - rest.len();
    let after = rest.trim_start_matches(is_space);
    let sp = rest.get(..rest.len() - after.len())?;
    Some(Lexed {
        style: m.style,
        ordinal: m.ordinal,
        path: m.path,
        insert: m.insert,
        len,
        title_start: line.len() - after.len(),
        num_end: line.len() - m.num_rest,
        half_width: m.half_width,
        nonstandard: m.nonstandard,
        spaced: !sp.is_empty(),
        arabic: m.arabic,
    })
}

/// Whether `line` starts with a run of 1 to `max` characters satisfying `f` (the longest
/// one) followed by a character satisfying `next`: what `take_while_m_n(1, max, f)` then
/// `satisfy(next)` need to succeed.
fn after_run(
    line: &str,
    f: impl Fn(char) -> bool,
    max: usize,
    next: impl Fn(char) -> bool,
) -> bool {
    let (n, len) = prefix_run(line, f);
    (1..=max).contains(&n)
        && line
            .get(len..)
            .and_then(|r| r.chars().next())
            .is_some_and(next)
}

/// `篇X` at the END of a title line (…工作总结篇一), or alone on its line (`篇一` above the
/// essay's title, as web compilations print it): (start of 篇 in `line`, ordinal).
pub(crate) fn pian_suffix(line: &str) -> Option<(usize, u32)> {
    let t = line.trim_end_matches(is_space);
    let num_start = t
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_cn_numeral_char(c) || is_ar(c))
        .last()
        .map(|(p, _)| p)?;
    let num = t.get(num_start..)?;
    let before = t.get(..num_start)?;
    let pian = before.strip_suffix('篇')?;
    if num.chars().count() > 3 {
        return None;
    }
    if pian.trim_matches(is_space).is_empty() && !pian.is_empty() {
        return None;
    }
    let n = cn_value(num).or_else(|| ar_num(num).ok().map(|(_, (v, _))| v))?;
    Some((pian.len(), n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lx(s: &str) -> Option<(S, u32)> {
        lex(s).map(|l| (l.style, l.ordinal))
    }

    #[test]
    fn styles() {
        assert_eq!(lx("第一章　总　则"), Some((S::Chapter, 1)));
        assert_eq!(lx("第 1 条 为了"), Some((S::Article, 1)));
        assert_eq!(lx("第二十三条 为了"), Some((S::Article, 23)));
        assert_eq!(lx("第十二章"), Some((S::Chapter, 12)));
        assert_eq!(lx("第十条之一"), Some((S::Article, 10)));
        assert_eq!(lx("一、总则"), Some((S::CnComma, 1)));
        assert_eq!(lx("（ 三 ）做好"), Some((S::CnParen, 3)));
        assert_eq!(lx("(12)x"), Some((S::ArParen, 12)));
        assert_eq!(lx("１．加强"), Some((S::ArDot, 1)));
        assert_eq!(lx("2．加强"), Some((S::ArDot, 2)));
        assert_eq!(lx("2．3 范围"), Some((S::Decimal, 3)));
        assert_eq!(lx("5.3.2 范围"), Some((S::Decimal, 2)));
        assert_eq!(lx("㉑x"), Some((S::Circled, 21)));
        assert_eq!(lx("⑴x"), Some((S::ParenDigit, 1)));
        assert_eq!(lx("⒈x"), Some((S::DotDigit, 1)));
        assert_eq!(lx("㈠x"), Some((S::CnParen, 1)));
        assert_eq!(lx("第二，x"), Some((S::Ordinal, 2)));
        assert_eq!(lx("二是加强"), Some((S::Shi, 2)));
        assert_eq!(lx("其次，x"), Some((S::SeqWord, 2)));
        assert_eq!(lx("貳、x"), Some((S::Capital, 2)));
        assert_eq!(lx("壹拾贰、x"), Some((S::Capital, 12)));
        assert_eq!(lx("一 x"), Some((S::CnComma, 1)));
        assert_eq!(lx("一年来"), None);
        assert_eq!(lx("甲方"), None);
        assert_eq!(lx("肆伍陆柒捌、"), None);
        assert_eq!(lx("丙、x"), Some((S::Stem, 3)));
        assert_eq!(lx("寅、x"), Some((S::Branch, 3)));
        assert_eq!(lx("B. x"), Some((S::Latin, 2)));
        assert_eq!(lx("iv. x"), Some((S::Roman, 4)));
        assert_eq!(lx("Ⅲ.x"), Some((S::Roman, 3)));
        assert_eq!(lx("附件2"), Some((S::Attachment, 2)));
        assert_eq!(lx("附录B"), Some((S::Appendix, 2)));
        assert_eq!(lx("［1］x"), Some((S::Bracket, 1)));
        assert_eq!(lx("e.g. x"), None);
        assert_eq!(pian_suffix("对口支援工作总结篇三"), Some((24, 3)));
        assert_eq!(pian_suffix("篇三"), Some((0, 3)));
        assert_eq!(pian_suffix("篇12"), Some((0, 12)));
        assert_eq!(pian_suffix("篇一二三四"), None);
        assert_eq!(pian_suffix("写了篇"), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        /// The byte fast path reads exactly what the general lexer reads.
        #[test]
        fn byte_path_agrees_with_general_lexer(
            s in "[一二三十四九百零两（）()、.．0-9０-９是要，, 　a甲第章条節编之：:部分]{0,6}"
        ) {
            proptest::prop_assert_eq!(lex(&s), lex_general(&s));
        }

        /// The same for 第X章/条/节/编 shapes.
        #[test]
        fn byte_path_agrees_on_di(
            s in "第[一二三九十百零两〇1]{1,4}[章条條節节编編部分之]{1,2}[、：:．. 　a之一]{0,2}"
        ) {
            proptest::prop_assert_eq!(lex(&s), lex_general(&s));
        }

        /// The byte reading of [`arabic_none`] agrees with its definition on characters.
        #[test]
        fn arabic_none_is_ascii_fast_without_punctuation(
            s in "[0-9０-９.．、)），,年个 ]{0,12}"
        ) {
            let chars = ascii_fast(&s)
                .is_some_and(|(_, rest)| !rest.starts_with(['.', '．', '、', ')', '）', '，', ',']));
            proptest::prop_assert_eq!(arabic_none(&s), chars);
        }
    }
}
