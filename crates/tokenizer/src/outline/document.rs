//! The document pass: line scan, TOC, heading acceptance in context, tree, anomalies, segments.

use crate::Span;

use super::MarkerStyle as S;
use super::anomaly::{Anomaly, AnomalyKind};
use super::classify::{Candidate, LineClass, Reject, classify_line, content_start};
use super::marker::is_space;
use super::ordinal::{
    ar_digit, enclosed, is_capital_char, is_cn_numeral_char, latin_value, roman_value,
};
use super::toc;
use super::tree::{Builder, Placement};

/// One heading of the outline. Spans are byte ranges into the ORIGINAL text.
///
/// # Examples
///
/// ```
/// let o = duikou_tokenizer::outline("一、总则\n（一）目的\n");
/// let h = &o.headings[1];
/// assert_eq!((h.line, h.level, h.marker, h.title, h.parent), (2, 2, "（一）", "目的", Some(0)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Heading<'a> {
    /// 1-based line of the marker.
    pub line: u32,
    /// 1-based line of the title (differs when the marker stands alone on its line).
    pub title_line: u32,
    /// 1-based last line of the title: differs from `title_line` when the title is cut at
    /// the end of its line and continues on the next one or two lines (see `title`).
    pub title_end_line: u32,
    /// Marker start to title end.
    pub span: Span,
    /// Raw marker text (篇一 for an essay title).
    pub marker: &'a str,
    /// Span of the marker.
    pub marker_span: Span,
    /// Marker style.
    pub style: S,
    /// Ordinal (for a decimal the last component).
    pub ordinal: u32,
    /// Full path of a decimal (5.3.2 → [5, 3, 2]).
    pub path: Option<Vec<u32>>,
    /// Title text, a slice of the original. A title written over two or three lines
    /// (（二）加强学科建设，提升 / 办学水平) is the slice from its first character to its last,
    /// so it holds the line breaks and indentation between the pieces; [`Heading::title_text`]
    /// joins the pieces, and [`paragraphs`](crate::paragraphs) gives them one span each.
    pub title: &'a str,
    /// Span of the title (covering every piece of a multi-line title).
    pub title_span: Span,
    /// Everything after the marker on the title's line (title plus run-in body), trimmed:
    /// the `title` of the `outline --json` contract.
    pub rest: &'a str,
    /// 第八条之一 → Some(1).
    pub sub: Option<u32>,
    /// Text after the title up to the next heading (or the end of the segment).
    pub body_span: Span,
    /// Depth in the tree, 1 for roots.
    pub level: u32,
    /// Rank of the style in the standard order ([`S::nominal_layer`]).
    pub nominal_layer: u8,
    /// Index of the parent heading.
    pub parent: Option<usize>,
    /// Where this heading's irregularities are in [`Outline::anomalies`] (an empty range for
    /// most headings): [`Outline::anomalies_of`] gives them, [`Outline::has`] tests one kind.
    pub anomalies: std::ops::Range<u32>,
    /// For a table-of-contents entry: the body heading it announces, when found.
    pub toc_target: Option<usize>,
    /// Whether this is a table-of-contents entry (not part of the body tree).
    pub is_toc_entry: bool,
    /// Index of the segment the heading is in.
    pub segment: usize,
}

impl Heading<'_> {
    /// The title with the pieces of a multi-line title joined (line breaks and indentation
    /// between them dropped); the title itself for a one-line title.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = duikou_tokenizer::outline("（二）加强学科建设，提升\n    办学水平\n");
    /// let h = &o.headings[0];
    /// assert_eq!(h.title, "加强学科建设，提升\n    办学水平");
    /// assert_eq!(h.title_text(), "加强学科建设，提升办学水平");
    /// assert_eq!((h.line, h.title_line, h.title_end_line), (1, 1, 2));
    /// ```
    #[must_use]
    pub fn title_text(&self) -> std::borrow::Cow<'_, str> {
        if !self.title.contains('\n') {
            return std::borrow::Cow::Borrowed(self.title);
        }
        std::borrow::Cow::Owned(
            self.title
                .split('\n')
                .map(|p| p.trim_matches(|c: char| is_space(c) || c == '\r'))
                .collect(),
        )
    }
}

/// What starts a segment.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{outline, SegmentKind};
/// let o = outline("汇编\n工作总结篇一\n一、甲\n工作总结篇二\n");
/// assert_eq!(o.segments.iter().filter(|s| s.kind == SegmentKind::Essay).count(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SegmentKind {
    /// The start of the text (title and preamble).
    Document,
    /// An essay of a compilation (篇X).
    Essay,
    /// An embedded document: numbering restarts at the top level (一、 after 六、).
    Embedded,
    /// An attachment (附件1).
    Attachment,
    /// An appendix (附录A).
    Appendix,
    /// A table of contents.
    Toc,
    /// The text after a table of contents (titled with its first entry).
    Body,
    /// A case of a compilation of 典型案例 (【案例一】…), each written by its own institution.
    Case,
}

/// A range of the text started by a boundary (篇X, an embedded report, 附件, a TOC).
///
/// # Examples
///
/// ```
/// let o = duikou_tokenizer::outline("总结篇一\n正文。\n");
/// assert_eq!(o.segments[1].title, Some("总结篇一"));
/// assert_eq!(o.segments[1].span.start, 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Segment<'a> {
    /// What starts it.
    pub kind: SegmentKind,
    /// From its first line to the start of the next segment.
    pub span: Span,
    /// 1-based first line.
    pub line: u32,
    /// Its title line, when there is one.
    pub title: Option<&'a str>,
    /// The heading that starts it, when there is one.
    pub heading: Option<usize>,
}

impl<'a> Outline<'a> {
    /// The irregularities of heading `h` (a slice of [`Outline::anomalies`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::{outline, AnomalyKind};
    /// let o = outline("一、甲\n二、乙\n四、丁\n");
    /// let kinds: Vec<_> = o.anomalies_of(&o.headings[2]).iter().map(|a| a.kind).collect();
    /// assert_eq!(kinds, [AnomalyKind::Gap]);
    /// assert!(o.anomalies_of(&o.headings[0]).is_empty());
    /// ```
    #[must_use]
    pub fn anomalies_of(&self, h: &Heading<'_>) -> &[Anomaly] {
        self.anomalies
            .get(h.anomalies.start as usize..h.anomalies.end as usize)
            .unwrap_or(&[])
    }

    /// Whether heading `h` carries an anomaly of `kind`.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::{outline, AnomalyKind};
    /// let o = outline("1、甲\n2、乙\n4.丁\n");
    /// let h = &o.headings[2];
    /// assert!(o.has(h, AnomalyKind::Gap) && o.has(h, AnomalyKind::StyleMix));
    /// ```
    #[must_use]
    pub fn has(&self, h: &Heading<'_>, kind: AnomalyKind) -> bool {
        self.anomalies_of(h).iter().any(|a| a.kind == kind)
    }
}

/// The outline of a document: headings in document order, all anomalies, segments.
///
/// # Examples
///
/// ```
/// let o = duikou_tokenizer::outline("一、甲\n1. 子\n2. 丑\n二、乙\n");
/// assert_eq!(o.headings.len(), 4);
/// assert_eq!(o.headings[2].parent, Some(0));
/// assert!(o.anomalies.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Outline<'a> {
    /// Headings (including table-of-contents entries) in document order.
    pub headings: Vec<Heading<'a>>,
    /// Every anomaly, in document order.
    pub anomalies: Vec<Anomaly>,
    /// Segments in document order; the first one starts at byte 0.
    pub segments: Vec<Segment<'a>>,
}

/// What a physical line turned out to be (for paragraph reconstruction).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    Blank,
    /// Text; `closed` when it ends a sentence.
    Text {
        closed: bool,
    },
    /// Furniture, navigation, captions, TOC header: skipped by reflow.
    Junk,
    /// A heading line (index), body on the same line from `body_start`.
    Heading {
        idx: usize,
        body_start: usize,
    },
    /// Consumed as the title of the heading above.
    Title,
    /// A table-of-contents entry.
    Toc,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct LineRec {
    pub(crate) line: u32,
    pub(crate) span: Span,
    pub(crate) kind: LineKind,
}

/// Whether a text line ends a sentence ([`ends_closed`]), and whether it leaves a sentence
/// open for the next line: it does not end with a sentence end, and it is not a short
/// unpunctuated title-like line (党旗飘扬 / 工作总结). Takes the line without trailing spaces.
fn line_state(t: &str) -> (bool, bool) {
    let closed = ends_closed_trimmed(t);
    // Byte length first: more than 90 bytes is more than 30 characters, at most 30 bytes is
    // at most 30 characters, so the count runs only on mid-length lines.
    let open = !closed
        && !is_field_line(t)
        && !is_bracketed(t)
        && (t.len() > 90 || (t.len() > 30 && t.chars().count() > 30) || has_open_punct(t));
    (closed, open)
}

/// How far after a 首先 the next item of its list may start, in bytes (about 1300 characters).
const SEQ_REACH: usize = 4000;

/// The start of the first line at or after byte `from` that opens with 其次, 再次, 然后 or 最后
/// (after indentation), or `usize::MAX`.
fn next_seq_paragraph(src: &str, from: usize) -> usize {
    let rest = src.get(from..).unwrap_or_default();
    let mut at = 0;
    while let Some(p) = rest
        .get(at..)
        .and_then(|r| r.find(['其', '再', '然', '最']))
    {
        let pos = at + p;
        let head = rest.get(..pos).unwrap_or_default();
        let line_start = head.trim_end_matches(is_space).ends_with('\n');
        let word = rest.get(pos..).is_some_and(|r| {
            ["其次", "再次", "然后", "最后"]
                .iter()
                .any(|w| r.starts_with(w))
        });
        if line_start && word {
            return from + pos;
        }
        at = pos + '其'.len_utf8();
    }
    usize::MAX
}

/// Whether a line is one remark in brackets, or several ("（签约，奏乐）（双方交换文本）", a
/// stage direction of a script): complete as it stands.
fn is_bracketed(t: &str) -> bool {
    let t = t.trim_start_matches(is_space);
    t.starts_with(['（', '(']) && t.ends_with(['）', ')'])
}

/// Whether a line is a short field of a form or a plan, "label：value" with a label of two to
/// six characters (责任单位：校团委、工学院, 联系人：李明): complete as it stands, no sentence
/// broken at its end.
fn is_field_line(t: &str) -> bool {
    let t = t.trim_start_matches(is_space);
    let Some((label, value)) = t.split_once(['：', ':']) else {
        return false;
    };
    (2..=6).contains(&label.chars().count())
        && label
            .chars()
            .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !value.contains(['。', '：', ':'])
        && t.chars().count() <= 40
}

/// `t.contains(['，', '、', ',', '《', '“'])`, read from the bytes: a comma, or one of the
/// 3-byte characters EF BC 8C, E3 80 81, E3 80 8A, E2 80 9C.
fn has_open_punct(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        i += match x {
            // An ideograph (most characters) is stepped over first.
            0xE4..=0xE9 => 3,
            b',' => return true,
            0xE2 | 0xE3 | 0xEF => {
                if matches!(
                    (x, b.get(i + 1), b.get(i + 2)),
                    (0xEF, Some(0xBC), Some(0x8C))
                        | (0xE3, Some(0x80), Some(0x81 | 0x8A))
                        | (0xE2, Some(0x80), Some(0x9C))
                ) {
                    return true;
                }
                3
            }
            _ => crate::span::utf8_len(x),
        };
    }
    false
}

/// `t.contains(['，', '、', ','])`, read from the bytes: a comma, or one of the 3-byte
/// characters EF BC 8C, E3 80 81.
fn has_comma(t: &str) -> bool {
    has_mark(t, b',', |w| {
        matches!(
            w,
            (0xEF, Some(0xBC), Some(0x8C)) | (0xE3, Some(0x80), Some(0x81))
        )
    })
}

/// `t.contains(['。', '！', '？', '；', '：', ':'])`, read from the bytes in one pass: a colon,
/// or one of the 3-byte characters E3 80 82, EF BC 81/9F/9B/9A.
fn has_sentence_mark(t: &str) -> bool {
    has_mark(t, b':', |w| {
        matches!(
            w,
            (0xE3, Some(0x80), Some(0x82)) | (0xEF, Some(0xBC), Some(0x81 | 0x9F | 0x9B | 0x9A))
        )
    })
}

/// Whether `t` holds the ASCII byte `ascii` or a 3-byte punctuation character (lead byte E3 or
/// EF) that `wide` accepts, stepping over ideographs without decoding them.
#[inline]
fn has_mark(t: &str, ascii: u8, wide: impl Fn((u8, Option<&u8>, Option<&u8>)) -> bool) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        i += match x {
            // An ideograph (most characters) is stepped over first.
            0xE4..=0xE9 => 3,
            0xE3 | 0xEF => {
                if wide((x, b.get(i + 1), b.get(i + 2))) {
                    return true;
                }
                3
            }
            _ if x == ascii => return true,
            _ => crate::span::utf8_len(x),
        };
    }
    false
}

/// Last char closes a sentence (。！？；： or a closing quote after one).
pub(crate) fn ends_closed(t: &str) -> bool {
    ends_closed_trimmed(t.trim_end_matches(is_space))
}

/// What the last character of a text is, for [`ends_closed_trimmed`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tail {
    Empty,
    /// A sentence end: 。！？；：!?;:…
    Fin,
    /// A closing quote or bracket ”’」』）)》, of this many bytes.
    Close(usize),
    Other,
}

/// The last character of `b` (the bytes of a `str`), read from its bytes: a 3-byte suffix
/// that starts with a lead byte (E2/E3/EF) is exactly the last character.
fn tail(b: &[u8]) -> Tail {
    match b {
        [] => Tail::Empty,
        [.., 0xE3, 0x80, 0x82]
        | [.., 0xEF, 0xBC, 0x81 | 0x9F | 0x9B | 0x9A]
        | [.., 0xE2, 0x80, 0xA6]
        | [.., b'!' | b'?' | b';' | b':'] => Tail::Fin,
        [.., 0xE2, 0x80, 0x9D | 0x99]
        | [.., 0xE3, 0x80, 0x8D | 0x8F | 0x8B]
        | [.., 0xEF, 0xBC, 0x89] => Tail::Close(3),
        [.., b')'] => Tail::Close(1),
        _ => Tail::Other,
    }
}

/// [`ends_closed`] of a line without trailing spaces: the last character ends a sentence,
/// or closes a quote or bracket right after one (empty counts as closed).
fn ends_closed_trimmed(t: &str) -> bool {
    let b = t.as_bytes();
    match tail(b) {
        Tail::Empty | Tail::Fin => true,
        Tail::Close(n) => b
            .get(..b.len() - n)
            .is_some_and(|before| tail(before) == Tail::Fin),
        Tail::Other => false,
    }
}

/// Other first characters that can open a marker or junk line (sorted for binary search).
const MATTER: [char; 61] = [
    '·', '–', '—', '―', '‘', '“', '•', '■', '□', '●', '\u{3000}', '「', '『', '【', '〔', '〖',
    '丁', '上', '下', '丑', '丙', '乙', '亥', '其', '内', '再', '午', '卯', '图', '壬', '子', '寅',
    '己', '巳', '庚', '戊', '戌', '数', '文', '最', '未', '本', '注', '然', '甲', '申', '癸', '目',
    '第', '表', '资', '辛', '辰', '返', '酉', '附', '题', '首', '（', '－', '［',
];

/// The Chinese and capital numerals among the ideographs (U+4E00–U+9FFF): with those of
/// [`MATTER`], the ideographs that may start a line that matters (the test
/// `cjk_bits_agree` holds the bitmap to the character tests).
const CJK_STARTS: [char; 31] = [
    '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '壹', '贰',
    '貳', '贳', '叁', '參', '叄', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟',
];

/// One bit per ideograph U+4E00–U+9FFF: whether a line starting with it may matter.
static CJK_MATTER: [u64; 328] = cjk_matter_bits();

#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time: an index out of range fails the build"
)]
const fn cjk_matter_bits() -> [u64; 328] {
    let mut bits = [0u64; 328];
    let mut i = 0;
    while i < MATTER.len() + CJK_STARTS.len() {
        let c = if i < MATTER.len() {
            MATTER[i]
        } else {
            CJK_STARTS[i - MATTER.len()]
        } as u32;
        if c >= 0x4E00 && c <= 0x9FFF {
            let k = c - 0x4E00;
            bits[(k / 64) as usize] |= 1 << (k % 64);
        }
        i += 1;
    }
    bits
}

/// [`may_matter`] of an ideograph U+4E00–U+9FFF, from [`CJK_MATTER`].
fn may_matter_cjk(c: char) -> bool {
    cjk_bit((c as u32).wrapping_sub(0x4E00))
}

/// Bit `k` of [`CJK_MATTER`] (the ideograph U+4E00 + `k`; false past the table).
#[inline]
fn cjk_bit(k: u32) -> bool {
    CJK_MATTER
        .get((k / 64) as usize)
        .is_some_and(|w| (w >> (k % 64)) & 1 == 1)
}

/// Cheap first-character test: can a line starting with `c` be anything but plain text?
fn may_matter(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_control();
    }
    // An ideograph (most lines) is no digit, enclosed form or full-width letter.
    if ('\u{4e00}'..='\u{9fff}').contains(&c) {
        return may_matter_cjk(c);
    }
    // The full-width forms (（ of most parenthesised markers): Ｏ, the digits, the letters
    // and the three of [`MATTER`]; nothing else of the block is a numeral or enclosed.
    if ('\u{ff00}'..='\u{ffef}').contains(&c) {
        return matches!(c, '（' | '－' | '［' | '０'..='９' | 'Ａ'..='ｚ');
    }
    may_matter_other(c)
}

/// [`may_matter`] of a character that is neither ASCII, nor an ideograph, nor a full-width
/// form (and of any character, for the tests).
fn may_matter_other(c: char) -> bool {
    is_cn_numeral_char(c)
        || ar_digit(c).is_some()
        || is_capital_char(c)
        || enclosed(c).is_some()
        || MATTER.binary_search(&c).is_ok()
        || ('Ａ'..='ｚ').contains(&c)
}

/// First characters of lines that may be junk (furniture, navigation, captions, quotes,
/// brackets, bullets, …): [`plain_text`] leaves these lines to the full classifier, which
/// is then the only one to lex them (see [`super::classify::classify_at`]).
fn junk_start(first: char) -> bool {
    matches!(
        first,
        '注' | '附'
            | '题'
            | '资'
            | '数'
            | '图'
            | '表'
            | '返'
            | '上'
            | '下'
            | '【'
            | '打'
            | '字'
            | '关'
            | '收'
            | '分'
            | '-'
            | '—'
            | '–'
            | '－'
            | '―'
            | '第'
            | '“'
            | '「'
            | '『'
            | '‘'
            | '"'
            | '目'
            | '本'
            | '文'
            | '内'
            | '（'
            | '('
            | '〔'
            | '['
            | '［'
            | 'C'
            | '#'
            | '>'
            | '*'
            | '•'
            | '·'
            | '●'
            | '■'
            | '□'
            | '◆'
            | '◇'
            | '▪'
            | '○'
            | ' '
            | '\u{3000}'
            | '\t'
            | '\u{feff}'
    )
}

/// A line whose first character could matter but that has no marker and cannot be junk:
/// plain text without calling the full classifier (6月，… / 2017年… / 两校…).
/// The marker lexed goes to `pre` (left `None` for a junk start); `t_trim` is `t` without
/// its trailing spaces.
fn plain_text(
    first: char,
    t: &str,
    t_trim: &str,
    bar: bool,
    pre: &mut Option<Option<super::marker::Lexed>>,
) -> bool {
    if junk_start(first) {
        return false;
    }
    let lexed = pre.insert(super::marker::lex(t));
    // A bar only makes navigation of a line of at most 300 bytes (trailing spaces aside).
    lexed.is_none()
        && (t_trim.len() > 300 || !bar)
        && !(t.len() <= 60
            && t.bytes()
                .all(|b| b.is_ascii_digit() || b == b' ' || b == b'-'))
}

/// Cheap tail test for 篇X and for TOC leaders/page numbers (on the line without trailing
/// spaces).
fn tail_matters(t_trim: &str) -> bool {
    // Most lines end with 。 (E3 80 82) or another punctuation mark of the E3/EF blocks,
    // which is neither a digit nor a numeral: decided on the last bytes. 〇 (E3 80 87) and
    // the full-width digits and Ｏ (EF BC 90–99, EF BC AF) are the numerals there.
    match t_trim.as_bytes() {
        [.., b'0'..=b'9'] => return true,
        // The last three bytes, looked at once: a 3-byte character when they start with a
        // lead byte.
        [.., lead, x, y] => match lead {
            0xE3 if *x == 0x80 && *y != 0x87 => return false,
            0xEF if *x == 0xBC && !matches!(y, 0x90..=0x99 | 0xAF) => return false,
            // An ideograph U+4E00–U+9FFF (lead E4–E9) that may start no line that matters is
            // no numeral (see [`CJK_STARTS`]) and no digit: decided on its three bytes.
            0xE4..=0xE9 => {
                let c = (u32::from(lead & 0x0F) << 12)
                    | (u32::from(x & 0x3F) << 6)
                    | u32::from(y & 0x3F);
                if c >= 0x4E00 && !cjk_bit(c - 0x4E00) {
                    return false;
                }
            }
            _ => {}
        },
        _ => {}
    }
    let mut it = t_trim.chars().rev();
    let Some(last) = it.next() else {
        return false;
    };
    if is_cn_numeral_char(last) {
        return it.take(3).any(|c| c == '篇');
    }
    ar_digit(last).is_some()
}

fn seq_check(prev: Option<u32>, ord: u32) -> Option<(AnomalyKind, u32)> {
    match prev {
        None if ord <= 1 => None,
        None => Some((AnomalyKind::Gap, 1)),
        Some(p) if ord == p.saturating_add(1) => None,
        Some(p) if ord == p => Some((AnomalyKind::Duplicate, p.saturating_add(1))),
        Some(p) if ord == 1 => Some((AnomalyKind::Restart, p.saturating_add(1))),
        Some(p) if ord > p => Some((AnomalyKind::Gap, p.saturating_add(1))),
        Some(p) => Some((AnomalyKind::OutOfOrder, p.saturating_add(1))),
    }
}

struct Lines<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lines<'a> {
    /// The next line, its end found by `find` (a newline search over the bytes after it).
    #[inline]
    fn next_by(&mut self, find: impl Fn(&[u8]) -> Option<usize>) -> Option<(usize, &'a str)> {
        let bytes = self.src.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        // A blank line (every other line of most documents) ends where it starts: no memchr.
        let end = if bytes.get(start) == Some(&b'\n') {
            start
        } else {
            bytes
                .get(start..)
                .and_then(find)
                .map_or(bytes.len(), |e| start + e)
        };
        self.pos = end + 1;
        let line = self.src.get(start..end).unwrap_or("");
        Some((start, line.strip_suffix('\r').unwrap_or(line)))
    }
}

impl<'a> Iterator for Lines<'a> {
    /// (start, end without newline, next start)
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<Self::Item> {
        self.next_by(|b| memchr::memchr(b'\n', b))
    }
}

/// The newline search of the document pass: `memchr::memchr`, through a searcher built once
/// where the AVX2 one is available (x86-64), so that each line pays neither the dispatch of
/// `memchr::memchr` nor the building of its searcher.
struct Newlines {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::One>,
}

impl Newlines {
    fn new() -> Self {
        Self {
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::One::new(b'\n'),
        }
    }

    /// Position of the first newline in `b` (what `memchr::memchr(b'\n', b)` answers).
    #[inline]
    fn find(&self, b: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(one) = &self.avx2 {
            return one.find(b);
        }
        memchr::memchr(b'\n', b)
    }
}

/// `t.chars().count() <= 60`, decided by the byte length when it can be: at most 60 bytes
/// are at most 60 characters, more than 240 bytes are more than 60.
fn at_most_60_chars(t: &str) -> bool {
    match t.len() {
        0..=60 => true,
        241.. => false,
        _ => t.chars().count() <= 60,
    }
}

/// Next non-blank line after byte `from`: (start, text).
fn next_nonblank(src: &str, from: usize) -> Option<(usize, &str)> {
    Lines { src, pos: from }.find(|(_, l)| !l.trim_matches(is_space).is_empty())
}

/// Whether a plain line (`t`, trimmed) titles an embedded 公文 (关于…的答复, 关于…的通知): it
/// opens with 关于, ends with the name of a kind of document, is short and has no sentence
/// end.
fn is_gongwen_title(t: &str) -> bool {
    const KINDS: [&str; 12] = [
        "答复", "复函", "通知", "报告", "意见", "批复", "决定", "请示", "方案", "办法", "函",
        "通报",
    ];
    t.starts_with("关于")
        && t.len() <= 240
        && KINDS.iter().any(|k| t.ends_with(k))
        && !has_sentence_mark(t)
}

/// The title line of an embedded document that has no table-of-contents entry: the nearest
/// non-blank line before byte `start` (at most three blank lines up), when it reads as a
/// title — short, no sentence end inside — and not as a date or signature line.
#[cold]
#[inline(never)]
fn title_line_before(src: &str, start: usize) -> Option<&str> {
    let mut end = start;
    for _ in 0..4 {
        let before = src.get(..end.checked_sub(1)?)?;
        let from = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |p| p + 1);
        let line = before
            .get(from..)?
            .trim_matches(|c: char| is_space(c) || c == '\r');
        if !line.is_empty() {
            // A title has at most 60 characters, so at most 240 bytes: a paragraph line is
            // turned down without decoding it.
            if line.len() > 240 {
                return None;
            }
            // The length and the ending first; each mark looked for with memchr.
            let n = line.chars().count();
            let date = || line.ends_with('日') || line.ends_with('月');
            let sentence = || has_sentence_mark(line);
            return ((4..=60).contains(&n) && !date() && !sentence()).then_some(line);
        }
        end = from;
    }
    None
}

/// The continuation of a title cut at the end of its marker line: the title runs on over at
/// most two more lines when each cut piece ends mid-phrase (after ，/、/和/与/及, or a first
/// piece with a comma inside), and each continuation is a short line without marker and
/// without a sentence end inside it. Returns (title end, extra lines, end of the last line).
fn title_continuation(
    src: &str,
    start: usize,
    line: &str,
    c: &Candidate<'_>,
) -> Option<(usize, u32, usize)> {
    if c.title.is_empty() || c.style == S::Pian || c.body_start < line.len() {
        return None;
    }
    let raw_end = start + line.len();
    let mut pos = raw_end
        + if src.as_bytes().get(raw_end) == Some(&b'\r') {
            2
        } else {
            1
        };
    // Most heading lines are followed by a blank line or the end: one byte decides.
    if matches!(src.as_bytes().get(pos), None | Some(b'\n' | b'\r')) {
        return None;
    }
    let mid_phrase = |t: &str| t.ends_with(['，', '、', ',', '和', '与', '及']);
    let first = c.title;
    // A comma inside (read from the bytes) covers the first three marks of `mid_phrase`.
    if ends_closed_trimmed(super::marker::trim_end_spaces(first))
        || !(has_comma(first) || first.ends_with(['和', '与', '及']))
    {
        return None;
    }
    let mut chars = first.chars().count();
    let mut found = None;
    for extra in 1..=2u32 {
        let Some((ns, nl)) = (Lines { src, pos }).next() else {
            break;
        };
        if !matches!(
            classify_line(nl),
            LineClass::Text(Reject::NoMarker | Reject::Word)
        ) {
            break;
        }
        let off = content_start(nl);
        let body = nl.get(off..).unwrap_or("").trim_end_matches(is_space);
        let n = body.chars().count();
        let (te, bs) = super::classify::split_title(body);
        if n == 0 || n > 20 || chars + n > 50 || bs < body.len() {
            break;
        }
        chars += n;
        let piece = body.get(..te).unwrap_or(body);
        let raw = ns + nl.len();
        found = Some((ns + off + piece.len(), extra, raw));
        pos = raw
            + if src.as_bytes().get(raw) == Some(&b'\r') {
                2
            } else {
                1
            };
        if te < body.len() || !mid_phrase(piece) {
            break;
        }
    }
    found
}

struct TocMode {
    builder: Builder,
    entries: usize,
    first_title: Option<String>,
}

/// What the document pass knows of the line before: see `Scan::prev`.
#[derive(Clone, Copy)]
enum Prev<'a> {
    /// Decided: whether it leaves a sentence open.
    Open(bool),
    /// A text line (without trailing spaces) whose state is read when needed.
    Text(&'a str),
}

struct Scan<'a> {
    src: &'a str,
    out: Outline<'a>,
    builder: Builder,
    last_article: Option<u32>,
    lines: Vec<LineRec>,
    collect: bool,
    /// Whether the last line leaves a sentence open, or the text line to decide it from:
    /// the outline alone reads it only before a weak or out-of-sequence marker, so
    /// [`line_state`] runs on a text line only when it is asked (or when `collect` records
    /// the line's state for the paragraphs).
    prev: Prev<'a>,
    toc: Option<TocMode>,
    attach_list: bool,
    /// Titles of the current table of contents, and how many segments have used one.
    toc_titles: Vec<&'a str>,
    toc_used: usize,
    /// Next `|` and next `｜` at or after the start of the line where each was last looked
    /// for (`usize::MAX`: none): which lines hold a bar, from O(bars) searches of the text.
    bar_ascii: usize,
    bar_full: usize,
    full_bar: memchr::memmem::Finder<'static>,
    /// Buffer for TOC title keys.
    key_buf: String,
    /// The open sequence of bare top-level decimal headings (`1 基本情况`), see
    /// [`Scan::bare_decimal`].
    bare: Option<BareSeq>,
    /// Body headings of an ordinary style placed right under a boundary (the root, 篇X,
    /// 附件, 附录), in order: the only ones the orphan check of [`Scan::finish`] looks at.
    under_boundary: Vec<usize>,
    /// Starts of the plain lines that title an embedded 公文 (关于…的答复), in order.
    gongwen_titles: Vec<usize>,
    /// The start of the next paragraph opened by 其次/再次/然后/最后 at or after the last place
    /// it was looked for (`usize::MAX`: none): whether a 首先 has its list, from one forward
    /// search over the whole text.
    seq_next: Option<usize>,
}

/// The last bare decimal heading (`2 帮扶工作开展情况`): its number and level, and whether a
/// dotted child (2.1, 2.k) has followed it. `3 工作成效` continues the sequence only when it
/// has.
#[derive(Clone, Copy)]
struct BareSeq {
    ordinal: u32,
    level: u32,
    children: bool,
}

/// Whether a line is only the header of a block of numbered notes or instructions (填表说明,
/// 填报说明, 说明：, 注意事项): the items under it are no headings.
#[inline]
fn notes_header(t: &str) -> bool {
    // Cheap test first: the longest header with its colon and some spaces is short.
    if t.len() > 20 {
        return false;
    }
    let t = t.trim_end_matches(['：', ':']).trim_matches(is_space);
    matches!(
        t,
        "填表说明" | "填报说明" | "编制说明" | "说明" | "注意事项" | "备注" | "注"
    )
}

/// How many lines after a bare decimal line are searched for its first dotted child.
const BARE_LOOKAHEAD: usize = 24;

/// Whether the next heading candidate within [`BARE_LOOKAHEAD`] lines after byte `from` is a
/// dotted decimal under `n` (n.1, n.k): the evidence that `n 标题` is a heading.
fn dotted_child_follows(src: &str, from: usize, n: u32) -> bool {
    match next_decimal(src, from) {
        NextDecimal::Dotted(first) => first == n,
        // `1 引言` whose sections have no dotted children: the next bare line `2 文献综述` with
        // its own dotted child (2.1) is the evidence, one step ahead and no further.
        NextDecimal::Bare(next, after) if next == n.saturating_add(1) => {
            next_decimal(src, after) == NextDecimal::Dotted(next)
        }
        _ => false,
    }
}

/// What the next heading candidate within [`BARE_LOOKAHEAD`] lines is, for the evidence of a
/// bare decimal heading.
#[derive(Debug, PartialEq, Eq)]
enum NextDecimal {
    /// A dotted decimal (n.k), with its first number.
    Dotted(u32),
    /// Another bare decimal line, with its number and where the line after it starts.
    Bare(u32, usize),
    /// Another heading, or none.
    Other,
}

fn next_decimal(src: &str, from: usize) -> NextDecimal {
    for (start, l) in (Lines { src, pos: from }).take(BARE_LOOKAHEAD) {
        let cs = content_start(l);
        if l.get(cs..)
            .is_none_or(|t| t.trim_matches(is_space).is_empty())
        {
            continue;
        }
        match classify_line(l) {
            LineClass::Heading(c) => {
                return match c.path.as_deref() {
                    Some([first, _, ..]) if c.style == S::Decimal => NextDecimal::Dotted(*first),
                    _ => NextDecimal::Other,
                };
            }
            _ => {
                if let Some(c) = super::classify::bare_decimal(l, cs) {
                    return NextDecimal::Bare(c.ordinal, start + l.len() + 1);
                }
            }
        }
    }
    NextDecimal::Other
}

/// Position of the first `|` in `src` at or after `from` (`usize::MAX` when none).
fn find_ascii_bar(src: &str, from: usize) -> usize {
    src.as_bytes()
        .get(from..)
        .and_then(|b| memchr::memchr(b'|', b))
        .map_or(usize::MAX, |i| from + i)
}

/// Byte ranks for the search of `｜` (EF BD 9C): its last two bytes also end common
/// ideographs (作 is E4 BD 9C), while EF BD starts only rare full-width forms, so the pair
/// searched for is its first two bytes.
struct BarRank;

impl memchr::arch::all::packedpair::HeuristicFrequencyRank for BarRank {
    fn rank(&self, byte: u8) -> u8 {
        match byte {
            0xBD => 10,
            0xEF => 20,
            _ => 255,
        }
    }
}

/// Finder of `｜` for [`find_full_bar`].
fn full_bar_finder() -> memchr::memmem::Finder<'static> {
    memchr::memmem::FinderBuilder::new().build_forward_with_ranker(BarRank, "｜".as_bytes())
}

/// Position of the first `｜` in `src` at or after `from` (`usize::MAX` when none).
fn find_full_bar(finder: &memchr::memmem::Finder<'_>, src: &str, from: usize) -> usize {
    src.as_bytes()
        .get(from..)
        .and_then(|b| finder.find(b))
        .map_or(usize::MAX, |i| from + i)
}

impl<'a> Scan<'a> {
    /// Whether the line `start..end` holds a bar, `|` or `｜` (lines are visited in order).
    fn bar_in(&mut self, start: usize, end: usize) -> bool {
        if self.bar_ascii < start {
            self.bar_ascii = find_ascii_bar(self.src, start);
        }
        if self.bar_full < start {
            self.bar_full = find_full_bar(&self.full_bar, self.src, start);
        }
        self.bar_ascii < end || self.bar_full < end
    }

    /// Whether the line before leaves a sentence open ([`line_state`] of a text line,
    /// computed here the first time it is asked).
    /// Whether a paragraph opened by 其次/再次/然后/最后 starts within [`SEQ_REACH`] bytes after
    /// byte `from`. The next one is searched once and kept, so all the calls of a document
    /// read it once.
    fn seq_follows(&mut self, from: usize) -> bool {
        let next = match self.seq_next {
            Some(n) if n >= from => n,
            _ => {
                let n = next_seq_paragraph(self.src, from);
                self.seq_next = Some(n);
                n
            }
        };
        next != usize::MAX && next - from <= SEQ_REACH
    }

    fn prev_open(&mut self) -> bool {
        match self.prev {
            Prev::Open(open) => open,
            Prev::Text(t) => {
                let (_, open) = line_state(t);
                self.prev = Prev::Open(open);
                open
            }
        }
    }

    /// A text line (`t_trim`: its content without trailing spaces): recorded with whether
    /// it ends a sentence when the lines are collected, and kept as the line before.
    fn text_line(&mut self, line: u32, span: Span, t_trim: &'a str) {
        if self.collect {
            let (closed, open) = line_state(t_trim);
            self.prev = Prev::Open(open);
            self.lines.push(LineRec {
                line,
                span,
                kind: LineKind::Text { closed },
            });
        } else {
            self.prev = Prev::Text(t_trim);
        }
    }

    fn record(&mut self, line: u32, span: Span, kind: LineKind) {
        if self.collect {
            self.lines.push(LineRec { line, span, kind });
        }
    }

    fn segment(
        &mut self,
        kind: SegmentKind,
        start: usize,
        line: u32,
        title: Option<&'a str>,
        heading: Option<usize>,
    ) {
        self.out.segments.push(Segment {
            kind,
            span: Span::new(start, self.src.len()),
            line,
            title,
            heading,
        });
    }

    fn new_heading(&self, c: &Candidate<'a>, start: usize, line: u32) -> Heading<'a> {
        let ms = c.marker_span.shift(start);
        let ts = c.title_span.shift(start);
        Heading {
            line,
            title_line: line,
            title_end_line: line,
            span: ms.cover(ts),
            marker: c.marker,
            marker_span: ms,
            style: c.style,
            ordinal: c.ordinal,
            path: c.path.clone(),
            title: c.title,
            title_span: ts,
            rest: c.rest,
            sub: c.insert,
            body_span: Span::new(start + c.body_start, start + c.body_start),
            level: 1,
            nominal_layer: c.style.nominal_layer(),
            parent: None,
            anomalies: 0..0,
            toc_target: None,
            is_toc_entry: false,
            segment: self.out.segments.len().saturating_sub(1),
        }
    }

    /// The anomaly of `kind` of heading `h` (number `idx`).
    fn anomaly(h: &Heading<'a>, idx: usize, kind: AnomalyKind, expected: Option<u32>) -> Anomaly {
        Anomaly {
            kind,
            line: h.line,
            span: h.marker_span,
            heading: idx,
            expected,
            found: Some(h.ordinal),
        }
    }

    fn toc_line(&mut self, start: usize, line_no: u32, line: &'a str, cls: &LineClass<'a>) -> bool {
        let Some(toc) = self.toc.as_mut() else {
            return false;
        };
        let t = line
            .get(content_start(line)..)
            .unwrap_or("")
            .trim_end_matches(is_space);
        let leader = toc::leader_page(t);
        let entryish = match cls {
            LineClass::Heading(c) => c.style != S::Pian,
            LineClass::Text(Reject::NoMarker | Reject::Year | Reject::Word) => leader.is_some(),
            _ => false,
        };
        let short = at_most_60_chars(t) && !t.contains('。');
        let end = start + line.len();
        let src = self.src;
        let next_body = || {
            next_nonblank(src, end + 1).is_some_and(|(_, l)| {
                !at_most_60_chars(l.trim_matches(is_space)) || l.contains('。')
            })
        };
        // The leader of the title, read once: for the key and for the entry's title below
        // (the line's own leader is the key's cut for a line without a marker).
        let (key_of, cut) = match cls {
            LineClass::Heading(c) => (
                c.title,
                if toc::may_have_leader(c.title) {
                    toc::leader_page(c.title)
                } else {
                    None
                },
            ),
            _ => (t, leader),
        };
        toc::key_cut_into(key_of, cut.unwrap_or(key_of.len()), &mut self.key_buf);
        let repeats = toc.first_title.as_deref() == Some(self.key_buf.as_str());
        if !(entryish && short && (leader.is_some() || !next_body()) && !repeats) {
            let had_entries = self.toc.as_ref().is_some_and(|t| t.entries > 0);
            self.toc = None;
            if had_entries {
                // The text after a table of contents: the first of the documents it lists.
                let title = self.toc_titles.first().copied();
                self.toc_used = 1;
                self.segment(SegmentKind::Body, start, line_no, title, None);
            }
            return false;
        }
        let Some(toc) = self.toc.as_mut() else {
            return false;
        };
        toc.entries += 1;
        if toc.first_title.is_none() {
            toc.first_title = Some(self.key_buf.clone());
        }
        if let LineClass::Heading(c) = cls {
            let mut h = self.new_heading(c, start, line_no);
            if let Some(lp) = cut.filter(|_| leader.is_some()) {
                let title_end = h.title_span.start + lp;
                h.title = self
                    .src
                    .get(h.title_span.start..title_end)
                    .unwrap_or(h.title)
                    .trim_end_matches(is_space);
                h.title_span = Span::new(h.title_span.start, h.title_span.start + h.title.len());
            }
            let idx = self.out.headings.len();
            let Some(toc) = self.toc.as_mut() else {
                return false;
            };
            let p = toc.builder.place(c.style, c.ordinal, c.path.as_deref());
            let (level, parent) =
                toc.builder
                    .commit(&p, idx, c.style, c.ordinal, c.path.clone(), c.half_width);
            h.level = level;
            h.parent = parent;
            h.is_toc_entry = true;
            let a = self.out.anomalies.len() as u32;
            self.out
                .anomalies
                .push(Self::anomaly(&h, idx, AnomalyKind::TocEntry, None));
            h.anomalies = a..a + 1;
            self.toc_titles.push(h.rest);
            self.out.headings.push(h);
        }
        self.record(line_no, Span::new(start, end), LineKind::Toc);
        true
    }

    fn run(&mut self) {
        let src = self.src;
        let mut line_no: u32 = 0;
        let mut skip_until = 0usize;
        let bytes = src.as_bytes();
        let mut lines = Lines { src, pos: 0 };
        let newlines = Newlines::new();
        loop {
            // Empty lines (`\n` right at the line start; every other line of most documents)
            // in a tight loop, recorded as the general path below records them.
            while bytes.get(lines.pos) == Some(&b'\n') {
                let start = lines.pos;
                line_no = line_no.saturating_add(1);
                let kind = if start < skip_until {
                    LineKind::Title
                } else {
                    LineKind::Blank
                };
                self.record(line_no, Span::new(start, start), kind);
                lines.pos += 1;
            }
            let Some((start, line)) = lines.next_by(|b| newlines.find(b)) else {
                break;
            };
            line_no = line_no.saturating_add(1);
            let span = Span::new(start, start + line.len());
            if start < skip_until {
                self.record(line_no, span, LineKind::Title);
                continue;
            }
            if line.is_empty() {
                self.record(line_no, span, LineKind::Blank);
                continue;
            }
            // An ideograph (lead byte E4–E9) starts most lines: content from byte 0.
            let cs = match line.as_bytes().first() {
                Some(0xE4..=0xE9) => 0,
                _ => content_start(line),
            };
            let t = line.get(cs..).unwrap_or("");
            let Some(first) = t.chars().next() else {
                self.record(line_no, span, LineKind::Blank);
                continue;
            };
            // Trimmed once: the tail tests below all look at the last character.
            let t_trim = super::marker::trim_end_spaces(t);
            let mut pre = None;
            let mut bar = None;
            if self.toc.is_none() && !tail_matters(t_trim) {
                let plain = if may_matter(first) {
                    let b = self.bar_in(start, start + line.len());
                    bar = Some(b);
                    plain_text(first, t, t_trim, b, &mut pre)
                } else {
                    true
                };
                // `1 基本情况` has no marker: its shape sends it to the full path below.
                if plain
                    && !(ar_digit(first).is_some()
                        && super::classify::bare_decimal(line, cs).is_some())
                {
                    // A form's instructions (填表说明, 说明：) number their rules 1. 2. like
                    // an attachment list: the items are notes, not headings.
                    self.attach_list = notes_header(t_trim);
                    if first == '关' && is_gongwen_title(t_trim) {
                        self.gongwen_titles.push(start);
                    }
                    self.text_line(line_no, span, t_trim);
                    continue;
                }
            }
            let bar = match bar {
                Some(b) => b,
                None => self.bar_in(start, start + line.len()),
            };
            let mut cls =
                super::classify::classify_at(line, cs, t_trim, false, pre.as_mut(), Some(bar));
            // `1 基本情况` above `1.1 医院概况`: a heading only with the document's evidence.
            if matches!(cls, LineClass::Text(Reject::Quantity))
                && ar_digit(first).is_some()
                && let Some(c) = self.bare_decimal(line, cs, start + line.len())
            {
                cls = LineClass::Heading(c);
            }
            if matches!(cls, LineClass::Text(Reject::Adjacent))
                && !self.prev_open()
                && let Some(c) = self.adjacent_continues(line)
            {
                cls = LineClass::Heading(c);
            }
            if matches!(cls, LineClass::Blank) {
                self.record(line_no, span, LineKind::Blank);
                continue;
            }
            if self.toc.is_some() && self.toc_line(start, line_no, line, &cls) {
                continue;
            }
            // The candidate stays where the classifier wrote it.
            let c = match &cls {
                LineClass::Text(Reject::TocHeader) => {
                    self.start_toc(start, line_no, Some(t_trim));
                    self.record(line_no, span, LineKind::Junk);
                    continue;
                }
                &LineClass::Text(r) => {
                    if r == Reject::UnnumberedAttachment {
                        self.segment(SegmentKind::Attachment, start, line_no, Some(t_trim), None);
                        self.prev = Prev::Open(false);
                    }
                    let junk = matches!(
                        r,
                        Reject::PageFurniture
                            | Reject::Navigation
                            | Reject::Caption
                            | Reject::DocNumber
                    );
                    self.attach_list = r == Reject::AttachmentList;
                    if junk {
                        self.record(line_no, span, LineKind::Junk);
                    } else {
                        self.text_line(line_no, span, t_trim);
                    }
                    continue;
                }
                LineClass::Heading(c)
                    if c.style != S::Pian
                        // The last character is a digit: ASCII, or full-width EF BC 90–99.
                        && matches!(
                            t_trim.as_bytes(),
                            [.., b'0'..=b'9'] | [.., 0xEF, 0xBC, 0x90..=0x99]
                        )
                        && toc::leader_page(t_trim).is_some() =>
                {
                    // A TOC without a header: start one at the first leader line.
                    self.start_toc(start, line_no, None);
                    if self.toc_line(start, line_no, line, &cls) {
                        continue;
                    }
                    self.record(line_no, span, LineKind::Text { closed: true });
                    continue;
                }
                LineClass::Heading(c) => c,
                _ => continue,
            };
            // Only roman and latin markers may change their reading.
            let relabeled;
            let c = if matches!(c.style, S::Roman | S::Latin) {
                let mut r = c.clone();
                self.roman_or_latin(&mut r);
                relabeled = r;
                &relabeled
            } else {
                c
            };
            if self.attach_list && matches!(c.style, S::ArDot | S::ArComma | S::DotDigit) {
                self.record(line_no, span, LineKind::Text { closed: true });
                continue;
            }
            self.attach_list = false;
            let reject = |me: &mut Self| me.text_line(line_no, span, t_trim);
            // 第二、 on a title line among 一、 三、: the ordinal drifts into the open 一、
            // series it continues (a style mix), no list item.
            let joins_top = c.style == S::Ordinal
                && line
                    .get(c.marker_span.start..c.marker_span.end)
                    .is_some_and(|m| m.ends_with('、'))
                && !c.title.is_empty()
                && !c.title.contains(['。', '；', '，'])
                && c.title.chars().count() <= 30
                && self.builder.open().iter().any(|n| {
                    n.list == Some(S::CnComma) && n.ordinal.saturating_add(1) == c.ordinal
                });
            if c.style.is_weak() && !joins_top && self.prev_open() {
                reject(self);
                continue;
            }
            let p: Placement = if joins_top {
                Placement {
                    drift: true,
                    ..self.builder.place(S::CnComma, c.ordinal, None)
                }
            } else {
                self.builder.place(c.style, c.ordinal, c.path.as_deref())
            };
            let mut ordinal = c.ordinal;
            let prev = match c.style {
                S::Article => self.last_article,
                _ => p.prev.as_ref().map(|r| r.last),
            };
            // A 首先 whose list never goes on (首先，有请… with no 其次 after it) is a word of
            // the sentence, not the first item of a list.
            if c.style == S::SeqWord
                && prev.is_none()
                && ordinal == 1
                && !self.seq_follows(start + line.len())
            {
                reject(self);
                continue;
            }
            if c.style.is_weak() && !joins_top {
                match prev {
                    None if ordinal > 1 || ordinal == 0 => {
                        reject(self);
                        continue;
                    }
                    Some(p) if ordinal == 0 => ordinal = p.saturating_add(1),
                    _ => {}
                }
            }
            let check = if c.insert.is_some() {
                None
            } else {
                seq_check(prev, ordinal)
            };
            let structural = matches!(
                c.style,
                S::Pian
                    | S::Book
                    | S::Part
                    | S::Chapter
                    | S::Section
                    | S::Article
                    | S::Attachment
                    | S::Appendix
            );
            // Sequence evidence against a candidate right after an unterminated line: a
            // duplicate or a decrease continues the sentence; a restart after a title line
            // (一、 of a forwarded plan) or a first item is kept.
            let breaks = match check {
                Some((AnomalyKind::Duplicate | AnomalyKind::OutOfOrder, _)) => true,
                Some((AnomalyKind::Gap, _)) => prev.is_none() || c.style.family() == 2,
                _ => false,
            };
            if breaks && !structural && self.prev_open() {
                reject(self);
                continue;
            }
            // A footnote at the foot of a page (①计划名称：… above — 1 —) is no item.
            if c.style == S::Circled
                && next_nonblank(src, start + line.len() + 1)
                    .is_some_and(|(_, nl)| super::classify::is_page_furniture(nl.trim()))
            {
                reject(self);
                continue;
            }
            let idx = self.out.headings.len();
            // The row is assembled from locals and written once, at the end.
            // Offsets within the text: the plain sums never overflow.
            let ms = Span::new(start + c.marker_span.start, start + c.marker_span.end);
            let mut title = c.title;
            let mut title_span = Span::new(start + c.title_span.start, start + c.title_span.end);
            let mut title_line = line_no;
            let mut title_end_line = line_no;
            let mut body_span = Span::new(start + c.body_start, start + c.body_start);
            // A marker alone on its line takes the next line as its title.
            if c.title.is_empty()
                && c.body_start >= line.len()
                && c.style != S::Pian
                && let Some((ns, nl)) = next_nonblank(src, start + line.len() + 1)
                && matches!(
                    classify_line(nl),
                    LineClass::Text(Reject::NoMarker | Reject::Word)
                )
                && nl.chars().count() <= 60
            {
                let off = content_start(nl);
                let body = nl.get(off..).unwrap_or("");
                let (te, _) = super::classify::split_title(body);
                title = body.get(..te).unwrap_or("").trim_end_matches(is_space);
                title_span = Span::new(ns + off, ns + off + title.len());
                title_line = line_no.saturating_add(
                    src.get(start..ns)
                        .map_or(0, |s| s.matches('\n').count() as u32),
                );
                body_span = Span::new(ns + nl.len(), ns + nl.len());
                skip_until = ns + nl.len();
                title_end_line = title_line;
            } else if let Some((end, lines, until)) = title_continuation(src, start, line, c) {
                // A title cut at the line end continues on the next line(s).
                title_span = Span::new(title_span.start, end);
                title = src.get(title_span.start..end).unwrap_or(title);
                title_end_line = line_no.saturating_add(lines);
                body_span = Span::new(until, until);
                skip_until = until;
            }
            // This heading's anomalies go straight to the outline's list.
            let first_anomaly = self.out.anomalies.len() as u32;
            let anomalies = &mut self.out.anomalies;
            let mut note = |kind: AnomalyKind, expected: Option<u32>| {
                anomalies.push(Anomaly {
                    kind,
                    line: line_no,
                    span: ms,
                    heading: idx,
                    expected,
                    found: Some(ordinal),
                });
            };
            if let Some((kind, expected)) = check {
                note(kind, Some(expected));
            }
            if p.drift {
                note(AnomalyKind::StyleMix, None);
            }
            let variant = c.half_width || c.arabic;
            if p.prev.as_ref().is_some_and(|r| r.half != variant) {
                let kind = if c.arabic
                    || p.prev.as_ref().is_some_and(|r| r.half)
                        && matches!(
                            c.style,
                            S::Article | S::Chapter | S::Section | S::Part | S::Book
                        ) {
                    AnomalyKind::StyleMix
                } else {
                    AnomalyKind::WidthMix
                };
                // StyleMix may already be there (a drift).
                if !(kind == AnomalyKind::StyleMix && p.drift) {
                    note(kind, None);
                }
            }
            if c.nonstandard {
                note(AnomalyKind::NonstandardPunct, None);
            }
            let anomaly_end = self.out.anomalies.len() as u32;
            let parent_boundary = self
                .builder
                .open()
                .get(p.parent_pos)
                .is_some_and(|n| n.boundary);
            match c.style {
                S::Pian => {
                    self.toc_titles.clear();
                    self.toc_used = 0;
                    self.segment(SegmentKind::Essay, start, line_no, Some(t_trim), Some(idx));
                }
                S::Bracket if c.marker.starts_with("【案例") => {
                    self.segment(SegmentKind::Case, start, line_no, Some(t_trim), Some(idx));
                }
                S::Attachment => self.segment(
                    SegmentKind::Attachment,
                    start,
                    line_no,
                    Some(t_trim),
                    Some(idx),
                ),
                S::Appendix => self.segment(
                    SegmentKind::Appendix,
                    start,
                    line_no,
                    Some(t_trim),
                    Some(idx),
                ),
                _ if parent_boundary && check.is_some_and(|(k, _)| k == AnomalyKind::Restart) => {
                    // Titles of embedded reports come from the table of contents, in order.
                    let title = self
                        .toc_titles
                        .get(self.toc_used)
                        .copied()
                        .or_else(|| title_line_before(self.src, start));
                    self.toc_used += 1;
                    self.segment(SegmentKind::Embedded, start, line_no, title, Some(idx));
                }
                _ => {}
            }
            let segment = self.out.segments.len().saturating_sub(1);
            // A drift into the top series (第二、 among 一、) ranks as the series does.
            if parent_boundary
                && !joins_top
                && !matches!(c.style, S::Pian | S::Attachment | S::Appendix)
            {
                self.under_boundary.push(idx);
            }
            if c.style == S::Article && c.insert.is_none() {
                self.last_article = Some(ordinal);
            }
            let (level, parent) =
                self.builder
                    .commit(&p, idx, c.style, ordinal, c.path.clone(), c.half_width);
            self.bare_placed(c, level);
            let body = line.get(c.body_start..).unwrap_or("");
            let body = super::marker::trim_end_spaces(body);
            // Trimmed at the end, `body` is empty or ends in a character that is no space.
            self.prev = Prev::Open(!body.is_empty() && !ends_closed_trimmed(body));
            let body_start = if skip_until > start {
                line.len()
            } else {
                c.body_start
            };
            self.record(line_no, span, LineKind::Heading { idx, body_start });
            self.out.headings.push(Heading {
                line: line_no,
                title_line,
                title_end_line,
                span: ms.cover(title_span),
                marker: c.marker,
                marker_span: ms,
                style: c.style,
                ordinal,
                path: c.path.clone(),
                title,
                title_span,
                rest: c.rest,
                sub: c.insert,
                body_span,
                level,
                nominal_layer: c.style.nominal_layer(),
                parent,
                anomalies: first_anomaly..anomaly_end,
                toc_target: None,
                is_toc_entry: false,
                segment,
            });
        }
    }

    /// Sequence evidence for a line turned down as adjacent numerals: 2、3月28日… right after
    /// an open 1、 continues the list (its candidate, when it does).
    #[cold]
    #[inline(never)]
    fn adjacent_continues(&self, line: &'a str) -> Option<Candidate<'a>> {
        let LineClass::Heading(c) = super::classify::classify(line, true) else {
            return None;
        };
        let p = self.builder.place(c.style, c.ordinal, c.path.as_deref());
        p.prev
            .is_some_and(|r| r.last.saturating_add(1) == c.ordinal)
            .then_some(c)
    }

    /// A bare decimal heading on this line (content from byte `cs`, ending at byte `end` of
    /// the source): the shape of [`super::classify::bare_decimal`], and the evidence — its
    /// first dotted child follows as the next heading candidate, or it continues an open
    /// sequence (the last bare heading was N−1 and had dotted children).
    #[inline(never)]
    fn bare_decimal(&self, line: &'a str, cs: usize, end: usize) -> Option<Candidate<'a>> {
        let c = super::classify::bare_decimal(line, cs)?;
        let continues = self
            .bare
            .is_some_and(|b| b.children && b.ordinal.saturating_add(1) == c.ordinal);
        (continues || dotted_child_follows(self.src, end.saturating_add(1), c.ordinal)).then_some(c)
    }

    /// Keeps the open sequence of bare decimal headings up to date after heading `c` was
    /// placed at `level`: a bare one opens it, a dotted child under it marks it as having
    /// children, and a heading at its level or above of another kind closes it.
    #[inline]
    fn bare_placed(&mut self, c: &Candidate<'_>, level: u32) {
        if self.bare.is_none()
            && !(c.style == S::Decimal && c.path.as_ref().is_some_and(|p| p.len() == 1))
        {
            return;
        }
        let path = match c.style {
            S::Decimal => c.path.as_deref().unwrap_or(&[]),
            _ => &[],
        };
        match (path, self.bare.as_mut()) {
            ([n], _) => {
                self.bare = Some(BareSeq {
                    ordinal: *n,
                    level,
                    children: false,
                });
            }
            ([n, _, ..], Some(b)) if *n == b.ordinal => b.children = true,
            (_, Some(b)) if level <= b.level => self.bare = None,
            _ => {}
        }
    }

    /// I. / V. / X. / L. / C. (and lower case) are roman numerals or latin letters; the
    /// sequence decides: the one that continues an open list wins (A. … H. I. is latin 9,
    /// IV. V. is roman 5). Without evidence a lone I is roman 1 and V X L C are latin.
    fn roman_or_latin(&self, c: &mut Candidate<'_>) {
        if !matches!(c.style, S::Roman | S::Latin) || c.path.is_some() {
            return;
        }
        let mut it = c.marker.chars();
        let (Some(letter), next) = (it.next(), it.next()) else {
            return;
        };
        if next.is_some_and(|n| n.is_ascii_alphabetic())
            || !matches!(
                letter,
                'I' | 'V' | 'X' | 'L' | 'C' | 'i' | 'v' | 'x' | 'l' | 'c'
            )
        {
            return;
        }
        let mut buf = [0u8; 4];
        let (Some(latin), Some(roman)) = (
            latin_value(letter),
            roman_value(letter.encode_utf8(&mut buf)),
        ) else {
            return;
        };
        let continues = |style: S, n: u32| {
            self.builder
                .place(style, n, None)
                .prev
                .is_some_and(|r| r.last.saturating_add(1) == n)
        };
        match c.style {
            S::Roman if continues(S::Latin, latin) && !continues(S::Roman, roman) => {
                c.style = S::Latin;
                c.ordinal = latin;
            }
            S::Latin if continues(S::Roman, roman) && !continues(S::Latin, latin) => {
                c.style = S::Roman;
                c.ordinal = roman;
            }
            _ => {}
        }
    }

    fn start_toc(&mut self, start: usize, line_no: u32, title: Option<&'a str>) {
        // Entries are listed at level 1 without parent: they never become parents.
        let builder = Builder::new(None, 0);
        self.toc_titles.clear();
        self.toc_used = 0;
        self.toc = Some(TocMode {
            builder,
            entries: 0,
            first_title: None,
        });
        self.segment(SegmentKind::Toc, start, line_no, title, None);
    }

    fn finish(&mut self) {
        let src_len = self.src.len();
        // Segment spans end where the next one starts.
        let starts: Vec<usize> = self.out.segments.iter().map(|s| s.span.start).collect();
        for (i, s) in self.out.segments.iter_mut().enumerate() {
            s.span.end = starts
                .get(i + 1)
                .copied()
                .unwrap_or(src_len)
                .max(s.span.start);
        }
        // Body spans: up to the next body heading.
        let mut next_start = src_len;
        for h in self.out.headings.iter_mut().rev() {
            if h.is_toc_entry {
                continue;
            }
            h.body_span.end = next_start.max(h.body_span.start);
            next_start = h.span.start.min(h.marker_span.start);
        }
        // Orphans: a junior style directly under a boundary before a senior sibling (the
        // headings placed under a boundary were listed by the document pass).
        let n = self.out.headings.len();
        // Headings found orphaned, last first.
        let mut orphans: Vec<usize> = Vec::new();
        // Smallest rank seen later under each boundary parent (slot 0 = no parent).
        let mut min_after: Vec<u8> = vec![u8::MAX; n + 1];
        // A document embedded under its own 公文 title (关于…的答复 after a proposal) starts
        // its siblings afresh: juniors before that title are no orphans.
        let titles = std::mem::take(&mut self.gongwen_titles);
        let mut next_title = titles.len();
        for &i in self.under_boundary.iter().rev() {
            let Some(h) = self.out.headings.get(i) else {
                continue;
            };
            // Passing a title backwards: nothing after it is a sibling of what is before it.
            let crossed = titles.partition_point(|&t| t < h.span.start);
            if crossed < next_title {
                next_title = crossed;
                min_after.iter_mut().for_each(|m| *m = u8::MAX);
            }
            let key = h.parent.map_or(0, |p| p + 1);
            let rank = h.style.rank();
            let Some(slot) = min_after.get_mut(key) else {
                continue;
            };
            let orphan = *slot < rank;
            *slot = (*slot).min(rank);
            if orphan {
                orphans.push(i);
            }
        }
        if !orphans.is_empty() {
            self.add_orphans(&orphans);
        }
        // TOC entries link to the first body heading with the same title key, when it comes
        // after them. Only titles whose first character starts some TOC entry's key are
        // keyed, into one reused buffer, and looked up among the entries' keys (sorted).
        let mut buf = String::new();
        let mut entries: Vec<(usize, String)> = Vec::new();
        for (i, h) in self.out.headings.iter().enumerate() {
            if h.is_toc_entry {
                toc::key_into(h.title, &mut buf);
                entries.push((i, buf.clone()));
            }
        }
        let mut keys: Vec<(&str, Option<usize>)> = entries
            .iter()
            .filter(|(_, k)| !k.is_empty())
            .map(|(_, k)| (k.as_str(), None))
            .collect();
        if !keys.is_empty() {
            keys.sort_unstable();
            keys.dedup();
            // The first two characters of each key (sorted, as the keys are).
            let mut pairs: Vec<(char, Option<char>)> = keys
                .iter()
                .filter_map(|(k, _)| {
                    let mut cs = k.chars();
                    Some((cs.next()?, cs.next()))
                })
                .collect();
            pairs.dedup();
            // One bit per first character (its code point modulo 4096): most titles start
            // with a character no key starts with, and are passed over on this bit (with a
            // hundred keys, modulo 128 left few bits clear).
            let mut firsts = [0u64; 64];
            for &(c, _) in &pairs {
                let k = u32::from(c) & 4095;
                if let Some(w) = firsts.get_mut((k / 64) as usize) {
                    *w |= 1 << (k % 64);
                }
            }
            // Keys still without a body heading: once none is left, no later title can
            // change a link.
            let mut open_keys = keys.len();
            for (i, h) in self.out.headings.iter().enumerate() {
                if open_keys == 0 {
                    break;
                }
                if h.is_toc_entry {
                    continue;
                }
                // Only titles whose first character starts some key are keyed; without a
                // leader, the next kept character must follow it in some key too.
                // A space starts with one of these bytes (' ', '\t', U+3000, U+00A0).
                let title = match h.title.as_bytes().first() {
                    Some(b' ' | b'\t' | 0xE3 | 0xC2) => h.title.trim_start_matches(is_space),
                    _ => h.title,
                };
                // The low 12 bits of a 3-byte character's code point are its last two bytes'
                // payloads: the bit is read before the character is decoded.
                let k = match title.as_bytes() {
                    [] => continue,
                    [0xE0..=0xEF, b1, b2, ..] => (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
                    _ => title.chars().next().map_or(0, u32::from) & 4095,
                };
                if firsts
                    .get((k / 64) as usize)
                    .is_none_or(|w| (w >> (k % 64)) & 1 == 0)
                {
                    continue;
                }
                let mut cs = title.chars();
                let Some(first) = cs.next() else {
                    continue;
                };
                let from = pairs.partition_point(|&(c, _)| c < first);
                if pairs.get(from).is_none_or(|&(c, _)| c != first) {
                    continue;
                }
                if !toc::may_have_leader(h.title) {
                    let second = cs.find(|&c| !toc::dropped(c));
                    if pairs.binary_search(&(first, second)).is_err() {
                        continue;
                    }
                }
                toc::key_into(h.title, &mut buf);
                if let Ok(k) = keys.binary_search_by(|(k, _)| (*k).cmp(buf.as_str()))
                    && let Some((_, slot)) = keys.get_mut(k)
                    && slot.is_none()
                {
                    *slot = Some(i);
                    open_keys -= 1;
                }
            }
            for (i, key) in &entries {
                let target = keys
                    .binary_search_by(|(k, _)| (*k).cmp(key.as_str()))
                    .ok()
                    .and_then(|k| keys.get(k))
                    .and_then(|(_, t)| *t)
                    .filter(|t| t > i);
                if let Some(h) = self.out.headings.get_mut(*i) {
                    h.toc_target = target;
                }
            }
        }
    }

    /// Adds an orphan anomaly after the others of each heading of `orphans` (indices, last
    /// first, each once): the list is copied in runs between them, and the ranges of the
    /// headings from the first orphan on are moved up by the orphans before them, a run of
    /// headings between two orphans at a time.
    #[cold]
    fn add_orphans(&mut self, orphans: &[usize]) {
        let old = std::mem::take(&mut self.out.anomalies);
        let mut all = Vec::with_capacity(old.len() + orphans.len());
        let headings = &mut self.out.headings;
        // The headings from `from` on, up to the next orphan, move up by `shift`.
        let mut from = orphans.last().copied().unwrap_or(0);
        let mut copied = 0;
        let mut shift = 0u32;
        for &i in orphans.iter().rev() {
            for h in headings.get_mut(from..i).unwrap_or(&mut []) {
                h.anomalies.start += shift;
                h.anomalies.end += shift;
            }
            let Some(h) = headings.get_mut(i) else {
                continue;
            };
            h.anomalies.start += shift;
            let end = h.anomalies.end as usize;
            all.extend_from_slice(old.get(copied..end).unwrap_or(&[]));
            copied = end;
            all.push(Self::anomaly(h, i, AnomalyKind::Orphan, None));
            shift += 1;
            h.anomalies.end += shift;
            from = i + 1;
        }
        for h in headings.get_mut(from..).unwrap_or(&mut []) {
            h.anomalies.start += shift;
            h.anomalies.end += shift;
        }
        all.extend_from_slice(old.get(copied..).unwrap_or(&[]));
        self.out.anomalies = all;
    }
}

pub(crate) fn scan(src: &str, collect: bool) -> (Outline<'_>, Vec<LineRec>) {
    let mut s = Scan {
        src,
        out: Outline::default(),
        builder: Builder::new(None, 0),
        last_article: None,
        lines: Vec::new(),
        collect,
        prev: Prev::Open(false),
        toc: None,
        attach_list: false,
        toc_titles: Vec::new(),
        toc_used: 0,
        bar_ascii: find_ascii_bar(src, 0),
        bar_full: usize::MAX,
        full_bar: full_bar_finder(),
        key_buf: String::new(),
        bare: None,
        under_boundary: Vec::new(),
        gongwen_titles: Vec::new(),
        seq_next: None,
    };
    s.bar_full = find_full_bar(&s.full_bar, src, 0);
    let first = next_nonblank(src, 0).map(|(p, l)| (p, l.trim_matches(is_space)));
    s.out.segments.push(Segment {
        kind: SegmentKind::Document,
        span: Span::new(0, src.len()),
        line: 1,
        title: first.map(|(_, l)| l),
        heading: None,
    });
    // At most about one heading per 128 bytes (heading-dense compilations have one per
    // 190): the big rows are never moved by a reallocation, and the pages of a generous
    // reservation that stay unused are never touched.
    s.out.headings.reserve(src.len() / 128);
    // Anomalies and segments are rarer (about one per 1 300 and per 2 300 bytes there):
    // reserved likewise, they grow seldom.
    s.out.anomalies.reserve(src.len() / 1024);
    s.out.segments.reserve(src.len() / 2048);
    s.run();
    s.finish();
    (s.out, s.lines)
}

/// Builds the outline of `src`: headings with levels, parents, anomalies, TOC entries and
/// segments. Linear time, no recursion, never panics.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{outline, AnomalyKind, MarkerStyle};
/// let src = "工作总结篇一\n\n一、基本情况\n\n6月，签订协议。\n\n（一）抓住机遇。对口支援的中心是培养教师。\n\n二、经验\n";
/// let o = outline(src);
/// let got: Vec<_> = o.headings.iter().map(|h| (h.line, h.level, h.style, h.title)).collect();
/// assert_eq!(got, vec![
///     (1, 1, MarkerStyle::Pian, "工作总结"),
///     (3, 2, MarkerStyle::CnComma, "基本情况"),
///     (7, 3, MarkerStyle::CnParen, "抓住机遇"),
///     (9, 2, MarkerStyle::CnComma, "经验"),
/// ]);
/// ```
#[must_use]
pub fn outline(src: &str) -> Outline<'_> {
    scan(src, false).0
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    #[test]
    fn matter_table_is_sorted() {
        assert!(super::MATTER.windows(2).all(|w| w[0] < w[1]));
    }

    /// The document pass lexes a line itself (and so skips the classifier's first-character
    /// tests) only when the first character is not one those tests look at.
    #[test]
    fn junk_starts_cover_prefix_tests() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if super::super::classify::prefix_rejects(c) {
                assert!(super::junk_start(c), "{c}");
            }
        }
    }

    /// The shortcuts of `may_matter` (ASCII, ideographs, full-width forms) answer what the
    /// character tests answer, for every character.
    #[test]
    fn may_matter_agrees_with_the_character_tests() {
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(super::may_matter(c), super::may_matter_other(c), "{c}");
        }
    }

    /// The bitmap answers exactly what the character tests answer, for every ideograph.
    #[test]
    fn cjk_bits_agree() {
        for c in '\u{4e00}'..='\u{9fff}' {
            let slow = super::is_cn_numeral_char(c)
                || super::is_capital_char(c)
                || super::MATTER.binary_search(&c).is_ok();
            assert_eq!(super::may_matter_cjk(c), slow, "{c}");
        }
    }

    /// The character-level definition that [`super::ends_closed_trimmed`] reads from bytes.
    fn ends_closed_chars(t: &str) -> bool {
        let fin = |c: char| "。！？；：!?;:…".contains(c);
        let mut it = t.chars().rev();
        match it.next() {
            None => true,
            Some(c) if fin(c) => true,
            Some(c) if "”’」』）)》".contains(c) => it.next().is_some_and(fin),
            Some(_) => false,
        }
    }

    /// The character-level definition that [`super::tail_matters`] shortcuts on bytes.
    fn tail_matters_chars(t: &str) -> bool {
        let mut it = t.chars().rev();
        match it.next() {
            None => false,
            Some(c) if super::is_cn_numeral_char(c) => it.take(3).any(|c| c == '篇'),
            Some(c) => super::ar_digit(c).is_some(),
        }
    }

    proptest! {
        #[test]
        fn sentence_mark_reads_the_characters(t in "[。！？；：:，、作a\u{10000}é\u{ff5a}\u{3001}]{0,8}") {
            let want = ['。', '！', '？', '；', '：', ':'].iter().any(|&m| t.contains(m));
            proptest::prop_assert_eq!(super::has_sentence_mark(&t), want);
        }

        #[test]
        fn comma_reads_the_characters(t in "[，、《“,作a。é\u{10000}！\u{ff0d}\u{3002}]{0,8}") {
            prop_assert_eq!(super::has_comma(&t), t.contains(['，', '、', ',']));
        }

        #[test]
        fn open_punct_reads_the_characters(t in "[，、《“,作a。é\u{10000}！]{0,8}") {
            prop_assert_eq!(super::has_open_punct(&t), t.contains(['，', '、', ',', '《', '“']));
        }

        #[test]
        fn tail_matters_reads_the_last_characters(
            t in "[篇一〇Ｏ○十5５。、「」（）：，作ａ两千况\u{4dc0}\u{3400}\u{9fff}]{0,5}"
        ) {
            prop_assert_eq!(super::tail_matters(&t), tail_matters_chars(&t));
        }

        #[test]
        fn ends_closed_reads_the_last_characters(
            t in "[。！？；：!?;:…”’」』）)》作俄a 、，\u{3000}\u{ff40}]{0,4}"
        ) {
            prop_assert_eq!(super::ends_closed_trimmed(&t), ends_closed_chars(&t));
        }
    }
}
