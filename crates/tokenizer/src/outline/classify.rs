//! Deciding whether one line opens a heading, with a reason when it does not.

use crate::Span;

use super::MarkerStyle as S;
use super::marker::{self, is_space, prefix_run};
use super::ordinal::{ar_digit, branch_value, cn_digit, cn_value, is_cn_numeral_char, stem_value};

/// Why a line is not a heading.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{classify_line, LineClass, Reject};
/// assert_eq!(classify_line("6月，教育部下发通知"), LineClass::Text(Reject::Date));
/// assert_eq!(Reject::Date.as_str(), "date");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reject {
    /// Ordinary text: no marker at the start.
    NoMarker,
    /// Starts with a date or time (6月，… / 3月28日—4月9日 / 3.15消费者权益日).
    Date,
    /// Starts with a year (2017对口支援工作总结 / 二〇二四年工作计划 / 20xx年).
    Year,
    /// Starts with a quantity or number (1.5倍 / 2.8万元 / 12.5%).
    Quantity,
    /// Adjacent numerals joined by 、 (三、四月份 / 二、三产业 / 10、11月 / 1、2号楼).
    Adjacent,
    /// A word that starts with a numeral (一直 / 一年来 / 十分 / 七一前夕 / 一方面).
    Word,
    /// A plan name in quotes (“十四五”).
    PlanName,
    /// A case or document number ((2023)京0105民初12345号 / 〔2024〕15号).
    DocNumber,
    /// A cross-reference (第三条规定的… / 2.1节所述… / （一）至（三）项…).
    CrossRef,
    /// A quoted passage (a quoted article in an amendment).
    Quote,
    /// Page furniture (- 3 - / 第3页).
    PageFurniture,
    /// Navigation junk from web pages (…| 返回目录 / 下载 打印 字号).
    Navigation,
    /// A caption or note (题注 / 附注 / 注： / 表1 / 资料来源).
    Caption,
    /// The attachment list of a 公文 (附件：1．…).
    AttachmentList,
    /// The header of a table of contents (目录 / 本文目录).
    TocHeader,
    /// A weak enumerator (一是 / 第一， / 首先) inside a paragraph or without its list.
    Inline,
    /// A candidate that breaks the sequence of an open list and continues a sentence.
    Sequence,
    /// A footnote or glossary note (［1］小微企业：…) called out from the text.
    Footnote,
    /// An unnumbered 附件 label: a boundary, not a heading.
    UnnumberedAttachment,
    /// A row of a comma-separated export (1,DXXZ2025-01,"…",860,860,已完工): a table row.
    TableRow,
}

impl Reject {
    /// snake_case name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_tokenizer::Reject::CrossRef.as_str(), "cross_ref");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NoMarker => "no_marker",
            Self::Date => "date",
            Self::Year => "year",
            Self::Quantity => "quantity",
            Self::Adjacent => "adjacent",
            Self::Word => "word",
            Self::PlanName => "plan_name",
            Self::DocNumber => "doc_number",
            Self::CrossRef => "cross_ref",
            Self::Quote => "quote",
            Self::PageFurniture => "page_furniture",
            Self::Navigation => "navigation",
            Self::Caption => "caption",
            Self::AttachmentList => "attachment_list",
            Self::TocHeader => "toc_header",
            Self::Inline => "inline",
            Self::Sequence => "sequence",
            Self::Footnote => "footnote",
            Self::UnnumberedAttachment => "unnumbered_attachment",
            Self::TableRow => "table_row",
        }
    }

    /// Parses a snake_case name.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Reject;
    /// assert_eq!(Reject::from_name("year"), Some(Reject::Year));
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        [
            Self::NoMarker,
            Self::Date,
            Self::Year,
            Self::Quantity,
            Self::Adjacent,
            Self::Word,
            Self::PlanName,
            Self::DocNumber,
            Self::CrossRef,
            Self::Quote,
            Self::PageFurniture,
            Self::Navigation,
            Self::Caption,
            Self::AttachmentList,
            Self::TocHeader,
            Self::Inline,
            Self::Sequence,
            Self::Footnote,
            Self::UnnumberedAttachment,
            Self::TableRow,
        ]
        .into_iter()
        .find(|r| r.as_str() == name)
    }
}

/// A heading candidate found on one line. Spans are byte offsets into that line.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{classify_line, LineClass, MarkerStyle};
/// let LineClass::Heading(c) = classify_line("（一）抓住机遇。对口支援的中心是…") else { panic!() };
/// assert_eq!((c.style, c.ordinal, c.marker, c.title), (MarkerStyle::CnParen, 1, "（一）", "抓住机遇"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Candidate<'a> {
    /// Marker style.
    pub style: S,
    /// Ordinal (last component for decimals; 0 for 最后/然后 until placed in a list).
    pub ordinal: u32,
    /// Full path of a dotted decimal (5.3.2 → [5, 3, 2]).
    pub path: Option<Vec<u32>>,
    /// 第十条之一 → Some(1).
    pub insert: Option<u32>,
    /// Raw marker text.
    pub marker: &'a str,
    /// Marker span within the line.
    pub marker_span: Span,
    /// Title text (up to the first sentence end outside quotes).
    pub title: &'a str,
    /// Title span within the line.
    pub title_span: Span,
    /// Where the body text on the same line starts (line length when none).
    pub body_start: usize,
    /// Parentheses or digits written half-width/full-width against the usual form.
    pub half_width: bool,
    /// Non-standard punctuation (一． / （一）、 / 一，), GB/T 15834 B.3.
    pub nonstandard: bool,
    /// 第X written with Arabic digits (第 6 条).
    pub arabic: bool,
    /// Everything after the marker on its line (title and run-in body), trimmed.
    pub rest: &'a str,
}

/// What one line is.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{classify_line, LineClass, Reject};
/// assert_eq!(classify_line("   "), LineClass::Blank);
/// assert_eq!(classify_line("三、四月份，各校"), LineClass::Text(Reject::Adjacent));
/// assert!(matches!(classify_line("三、经验体会"), LineClass::Heading(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LineClass<'a> {
    /// Empty or whitespace only.
    Blank,
    /// Opens a heading (before sequence checks of the outline builder).
    Heading(Candidate<'a>),
    /// Not a heading, with the reason.
    Text(Reject),
}

/// Byte offset after indentation, Markdown `#`/`**`/`>` and list bullets.
#[inline]
pub(crate) fn content_start(line: &str) -> usize {
    // Fast path: a CJK ideograph (UTF-8 lead byte E4–E9) starts most lines; an ASCII
    // character that is no space, `*`, `#`, `>` or `-` (digits, brackets, letters), and a
    // full-width form other than the BOM (EF BB BF), such as （, start the content too.
    let b = line.as_bytes();
    match b {
        [0xE4..=0xE9, ..] => return 0,
        [x, ..] if x.is_ascii() && !matches!(x, b' ' | b'\t' | b'*' | b'#' | b'>' | b'-') => {
            return 0;
        }
        [0xEF, x, ..] if *x != 0xBB => return 0,
        // The usual paragraph indent, two ideographic spaces (U+3000, E3 80 80), before an
        // ideograph or a full-width form other than the BOM.
        [0xE3, 0x80, 0x80, 0xE3, 0x80, 0x80, 0xE4..=0xE9, ..] => return 6,
        [0xE3, 0x80, 0x80, 0xE3, 0x80, 0x80, 0xEF, x, ..] if *x != 0xBB => return 6,
        _ => {}
    }
    indented_content_start(line)
}

/// [`content_start`] of a line that starts with a space, a bullet or Markdown.
#[inline(never)]
fn indented_content_start(line: &str) -> usize {
    let b = line.as_bytes();
    // Indentation (spaces, U+3000 E3 80 80, U+00A0 C2 A0, the BOM EF BB BF) stepped over on
    // its bytes; then the same one-byte tests as above.
    let mut i = 0;
    loop {
        i += match (b.get(i), b.get(i + 1), b.get(i + 2)) {
            (Some(b' ' | b'\t'), _, _) => 1,
            (Some(0xC2), Some(0xA0), _) => 2,
            (Some(0xE3), Some(0x80), Some(0x80)) | (Some(0xEF), Some(0xBB), Some(0xBF)) => 3,
            _ => break,
        };
    }
    match b.get(i) {
        None | Some(0xE4..=0xE9) => return i,
        Some(&x) if x.is_ascii() && !matches!(x, b'*' | b'#' | b'>' | b'-') => return i,
        Some(0xEF) if b.get(i + 1) != Some(&0xBB) => return i,
        _ => {}
    }
    content_start_from(line, i)
}

/// [`content_start`] from byte `i` on, one character at a time: spaces, the BOM, `**`,
/// Markdown `#`/`>` before a space and bullets before a space are stepped over. The byte
/// paths above shortcut it; the tests hold them to it.
fn content_start_from(line: &str, mut i: usize) -> usize {
    loop {
        let Some(rest) = line.get(i..) else {
            return i;
        };
        let mut chars = rest.chars();
        let Some(c) = chars.next() else {
            return i;
        };
        if is_space(c) || c == '\u{feff}' {
            i += c.len_utf8();
            continue;
        }
        if rest.starts_with("**") {
            i += 2;
            continue;
        }
        let next_space = chars.next().is_some_and(is_space);
        if c == '#' || c == '>' {
            let n = rest.bytes().take_while(|&b| b == b'#' || b == b'>').count();
            if rest
                .get(n..)
                .is_some_and(|r| r.starts_with([' ', '\u{3000}']))
            {
                i += n;
                continue;
            }
            return i;
        }
        if matches!(
            c,
            '•' | '·' | '●' | '■' | '□' | '◆' | '◇' | '▪' | '*' | '-' | '○'
        ) && next_space
        {
            i += c.len_utf8();
            continue;
        }
        return i;
    }
}

/// Skip table for [`split_title`], one row per high nibble: 0 for a byte that starts a
/// character that may matter (( ) ! ? ; and the leads E2/E3/EF of the punctuation blocks:
/// “ ” ‘ ’, 。《》「」『』【】〔〕, （）！？；：), otherwise the length of the character it
/// starts (1 for ASCII and stray bytes), to skip it whole with one load.
#[rustfmt::skip]
static TITLE_SKIP: [u8; 256] = [
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 0x
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 1x
    1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, // 2x
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, // 3x
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 4x
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 5x
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 6x
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 7x
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 8x
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 9x
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // Ax
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // Bx
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, // Cx
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, // Dx
    3, 3, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, // Ex
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, // Fx
];

/// End of the title: first sentence end (。！？；：) outside quotes and brackets.
/// Returns (title end, body start).
#[inline(always)]
pub(crate) fn split_title(s: &str) -> (usize, usize) {
    // Byte scan: every character that matters is ASCII or starts with E2/E3/EF in UTF-8,
    // so CJK text (E4–E9 leads) is skipped without decoding.
    let b = s.as_bytes();
    let mut depth: u32 = 0;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        // Skip a whole character that cannot matter in one step, then up to three more
        // (a step of 0 stays on a character that matters, which the next turn reads): four
        // ideographs per turn of the loop in a run of them.
        let skip = TITLE_SKIP.get(usize::from(x)).copied().unwrap_or(1);
        if skip != 0 {
            i += usize::from(skip);
            for _ in 0..3 {
                let Some(&y) = b.get(i) else {
                    break;
                };
                i += usize::from(TITLE_SKIP.get(usize::from(y)).copied().unwrap_or(1));
            }
            continue;
        }
        // The characters that matter, read from their bytes (E2/E3/EF lead 3-byte
        // characters): +1 opens a quote or bracket, -1 closes one, 0 ends a sentence.
        let (kind, len) = match (x, b.get(i + 1), b.get(i + 2)) {
            (b'(', _, _) => (1, 1),
            (b')', _, _) => (-1, 1),
            (b'!' | b'?' | b';', _, _) => (0, 1),
            // “ ‘ / ” ’
            (0xE2, Some(0x80), Some(0x9C | 0x98)) => (1, 3),
            (0xE2, Some(0x80), Some(0x9D | 0x99)) => (-1, 3),
            // 《 「 『 〔 【 / 》 」 』 〕 】 / 。
            (0xE3, Some(0x80), Some(0x8A | 0x8C | 0x8E | 0x94 | 0x90)) => (1, 3),
            (0xE3, Some(0x80), Some(0x8B | 0x8D | 0x8F | 0x95 | 0x91)) => (-1, 3),
            (0xE3, Some(0x80), Some(0x82)) => (0, 3),
            // （ / ） / ！ ？ ； ：
            (0xEF, Some(0xBC), Some(0x88)) => (1, 3),
            (0xEF, Some(0xBC), Some(0x89)) => (-1, 3),
            (0xEF, Some(0xBC), Some(0x81 | 0x9F | 0x9B | 0x9A)) => (0, 3),
            // Any other character: skip it whole (continuation bytes never match).
            _ => {
                i += crate::span::utf8_len(x);
                continue;
            }
        };
        match kind {
            1 => depth += 1,
            -1 => depth = depth.saturating_sub(1),
            _ if depth == 0 => return (i, i + len),
            _ => {}
        }
        i += len;
    }
    (s.len(), s.len())
}

/// The title without trailing spaces and Markdown `**`: a title that ends in a byte that can
/// end neither (most end in an ideograph or a punctuation mark) is returned as it is.
#[inline]
fn trim_title(s: &str) -> &str {
    // A space ends in 20, 09, A0 (U+00A0) or 80 (U+3000); `**` in `*`.
    match s.as_bytes().last() {
        Some(b' ' | b'\t' | 0xA0 | 0x80 | b'*') => trim_title_spaces(s),
        _ => s,
    }
}

/// [`trim_title`] of a title that may end in a space or `**`.
fn trim_title_spaces(s: &str) -> &str {
    let mut t = marker::trim_end_spaces(s);
    while let Some(x) = t.strip_suffix("**") {
        t = marker::trim_end_spaces(x);
    }
    t
}

/// Substring test through memchr (a `str::contains` with a non-ASCII char builds a two-way
/// searcher on every call).
pub(crate) fn has(s: &str, needle: &str) -> bool {
    let (h, n) = (s.as_bytes(), needle.as_bytes());
    let Some(&last) = n.last() else {
        return true;
    };
    memchr::memchr_iter(last, h).any(|i| h.get(..=i).is_some_and(|p| p.ends_with(n)))
}

/// Whether `s` holds a bar, `|` or `｜`: one memchr pass (the same answer as
/// `memchr(b'|')` or `has(s, "｜")`, without two scans).
pub(crate) fn has_bar(s: &str) -> bool {
    let b = s.as_bytes();
    // `｜` is EF BD 9C; BD is a rare byte in CJK text, so memchr stops seldom.
    memchr::memchr2_iter(b'|', 0xBD, b).any(|i| {
        b.get(i) == Some(&b'|')
            || (i > 0 && b.get(i - 1) == Some(&0xEF) && b.get(i + 1) == Some(&0x9C))
    })
}

fn starts_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.starts_with(w))
}

/// Units and measure words after a number: the number is a quantity, not a marker.
fn is_unit(c: char) -> bool {
    "%％‰倍万亿千百个名人次元角分年月日号时楼层栋班级届期批所项条位余多家台套册门篇份岁天周秒米吨亩户间座辆件把张本次场轮".contains(c)
}

/// Whether a trimmed line is page furniture: a page number (- 3 -, — 3 —, ·412·, 第3页,
/// 第 3 页 共 10 页, 3/10), which a copy of a paged document leaves between its lines.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::is_page_furniture;
/// assert!(is_page_furniture("— 3 —"));
/// assert!(is_page_furniture("第 3 页 共 6 页"));
/// assert!(is_page_furniture("·412·"));
/// assert!(!is_page_furniture("第三条"));
/// assert!(!is_page_furniture("3"));
/// ```
#[must_use]
pub fn is_page_furniture(t: &str) -> bool {
    if t.len() > 60 {
        return false;
    }
    let mut digits = 0;
    let mut dashes = 0;
    for c in t.chars() {
        match c {
            '0'..='9' | '０'..='９' => digits += 1,
            '-' | '—' | '–' | '－' | '―' | '─' | '·' | '•' => dashes += 1,
            c if is_space(c) => {}
            '第' | '页' | '共' | '/' => dashes += 1,
            _ => return false,
        }
    }
    digits > 0 && dashes > 0
}

/// `bar`: whether `t` holds a bar, when the caller knows it.
/// `first`: the first character of `t` (which is not empty).
fn is_navigation(t: &str, first: char, bar: Option<bool>) -> bool {
    if matches!(first, '上' | '下') && (t.starts_with("上一篇") || t.starts_with("下一篇"))
    {
        return true;
    }
    let bar = t.len() <= 300 && bar.unwrap_or_else(|| has_bar(t));
    let navish = t.len() <= 90
        && matches!(
            first,
            '返' | '下' | '打' | '字' | '【' | '关' | '收' | '分' | '['
        );
    if !bar && !navish {
        return false;
    }
    if ["返回目录", "返回首页", "返回顶部", "【打印", "【关闭"]
        .iter()
        .any(|w| has(t, w))
    {
        return true;
    }
    ["下载", "打印", "字号", "关闭", "收藏", "分享"]
        .iter()
        .filter(|w| has(t, w))
        .count()
        >= 2
}

fn is_caption(t: &str) -> bool {
    if starts_any(
        t,
        &[
            "注：",
            "注:",
            "附注",
            "题注",
            "资料来源",
            "数据来源",
            "注释：",
        ],
    ) {
        return true;
    }
    let Some(rest) = t.strip_prefix('图').or_else(|| t.strip_prefix('表')) else {
        return false;
    };
    let rest = rest.trim_start_matches(is_space);
    let n = rest
        .char_indices()
        .take_while(|&(_, c)| ar_digit(c).is_some() || cn_digit(c).is_some() || "-.．".contains(c))
        .last()
        .map_or(0, |(p, c)| p + c.len_utf8());
    n > 0
        && rest
            .get(n..)
            .is_some_and(|r| r.is_empty() || r.starts_with(is_space) || r.starts_with(['：', ':']))
}

fn is_doc_number(t: &str) -> bool {
    let mut it = t.chars();
    let Some(open) = it.next() else {
        return false;
    };
    if !matches!(open, '（' | '(' | '〔' | '[' | '［' | '【') {
        return false;
    }
    // Four digits, maybe after spaces: the next byte starts a digit (ASCII, or full-width
    // EF BC 9x) or a space (ASCII, U+3000 E3 80 80, U+00A0 C2 A0). （一） stops here.
    let rest = it.as_str();
    if !matches!(
        rest.as_bytes().first(),
        Some(b'0'..=b'9' | b' ' | b'\t' | 0xEF | 0xE3 | 0xC2)
    ) {
        return false;
    }
    let rest = rest.trim_start_matches(is_space);
    let (n, len) = prefix_run(rest, |c| ar_digit(c).is_some());
    if n != 4 {
        return false;
    }
    let after = rest.get(len..).unwrap_or("").trim_start_matches(is_space);
    after.starts_with(['）', ')', '〕', ']', '］', '】'])
}

fn is_toc_header(t: &str) -> bool {
    // Compared without its spaces, the characters copied into a stack buffer (the callers
    // pass at most 24 bytes; a longer text is no header).
    let mut buf = [0u8; 24];
    let mut n = 0;
    for c in t.chars().filter(|c| !is_space(*c)) {
        let Some(dst) = buf.get_mut(n..n + c.len_utf8()) else {
            return false;
        };
        c.encode_utf8(dst);
        n += c.len_utf8();
    }
    let compact = buf.get(..n).unwrap_or(&[]);
    [
        "目录",
        "本文目录",
        "目次",
        "文章目录",
        "内容目录",
        "CONTENTS",
        "Contents",
        "目錄",
        // A bulletin's list of its items (简报: 本期导读 / 本期要目).
        "本期导读",
        "本期要目",
        "本期目录",
        "导读",
        "本期導讀",
    ]
    .iter()
    .any(|w| w.as_bytes() == compact)
}

/// Reason for a line that has no marker at its start.
fn reason_without_marker(t: &str) -> Reject {
    let mut chars = t.chars();
    let Some(c) = chars.next() else {
        return Reject::NoMarker;
    };
    if ar_digit(c).is_some() {
        let n = t.chars().take_while(|c| ar_digit(*c).is_some()).count();
        let digits_len: usize = t.chars().take(n).map(char::len_utf8).sum();
        let next = t.get(digits_len..).and_then(|r| r.chars().next());
        if matches!(next, Some('x' | 'X' | '×')) && n == 2 {
            return Reject::Year;
        }
        return match next {
            Some('年') if n == 4 => Reject::Year,
            Some('月' | '日' | '号' | ':' | '：' | '时') => Reject::Date,
            Some('-' | '/' | '—' | '－') if n == 4 => Reject::Date,
            _ if n == 4 && t.get(..2).is_some_and(|p| p == "19" || p == "20") => Reject::Year,
            _ => Reject::Quantity,
        };
    }
    if is_cn_numeral_char(c) {
        let (_, len) = prefix_run(t, is_cn_numeral_char);
        let run = t.get(..len).unwrap_or("");
        let next = t.get(len..).and_then(|r| r.chars().next());
        let by_digit = run.chars().count() >= 2 && !run.contains(['十', '百', '千']);
        return match next {
            Some('年') if by_digit || cn_value(run).is_some_and(|v| v >= 1000) => Reject::Year,
            Some('月' | '日') => Reject::Date,
            _ => Reject::Word,
        };
    }
    if c == '第'
        && chars
            .next()
            .is_some_and(|c| is_cn_numeral_char(c) || ar_digit(c).is_some())
    {
        return Reject::Word;
    }
    Reject::NoMarker
}

/// 一是…；二是… on one line: an inline enumeration, not a list of paragraphs.
fn next_enumerator_inline(lx: &marker::Lexed, title: &str) -> bool {
    let next = super::ordinal::to_cn_small(lx.ordinal.saturating_add(1));
    // `{pre}{next}{post}` somewhere in `title`, without building the needle: look at each
    // `post` (a rare character, found through memchr) and at what ends just before it.
    let has_word = |pre: &str, post: char| {
        title.match_indices(post).any(|(q, _)| {
            title
                .get(..q)
                .and_then(|h| h.strip_suffix(next))
                .is_some_and(|h| h.ends_with(pre))
        })
    };
    match lx.style {
        S::Shi => match next.as_bytes().last() {
            // `{next}是` or `{next}要` in one pass: at each byte that can end the numeral
            // (found through memchr), the numeral ends there and 是 (E6 98 AF) or 要
            // (E8 A6 81) follows. The numeral starts with a lead byte, so a match of its
            // bytes is a match of its characters.
            Some(&last) => {
                let b = title.as_bytes();
                memchr::memchr_iter(last, b).any(|i| {
                    b.get(..=i).is_some_and(|h| h.ends_with(next.as_bytes()))
                        && matches!(
                            b.get(i + 1..i + 4),
                            Some([0xE6, 0x98, 0xAF] | [0xE8, 0xA6, 0x81])
                        )
                })
            }
            None => has_word("", '是') || has_word("", '要'),
        },
        S::Ordinal => has_word("第", '，') || has_word("第", '、') || has_word("第", ','),
        S::SeqWord => ["其次", "再次", "最后"].iter().any(|w| title.contains(w)),
        // ①…；②… on one line: the next enclosed numeral follows in the same line.
        S::Circled | S::ParenDigit | S::DotDigit => title.chars().any(|c| {
            super::ordinal::enclosed(c)
                .is_some_and(|(st, n)| st == lx.style && n == lx.ordinal.saturating_add(1))
        }),
        _ => false,
    }
}

/// Units after a dotted decimal's number that make it a quantity: a unit character (except
/// 条 项 篇, which follow section numbers in cross-references) or a unit word.
fn decimal_unit(after_num: &str) -> bool {
    after_num
        .chars()
        .next()
        .is_some_and(|c| is_unit(c) && !matches!(c, '条' | '项' | '篇'))
        || starts_any(
            after_num,
            &[
                "小时", "公里", "公斤", "公顷", "平方", "立方", "千米", "千克", "千瓦", "兆",
            ],
        )
}

/// The shape of a bare top-level decimal heading (GB/T 1.1 style, `1 基本情况` above
/// `1.1 医院概况`): 1–2 digits, one or more spaces (` ` or U+3000, never a tab: a tab makes
/// a table row), then a title of at most 30 characters that starts with an ideograph, has
/// no unit right after the number, no sentence end and no bar. Only the shape: whether the
/// line is a heading is decided by the document (a dotted child N.k follows, or it
/// continues a sequence of such headings), see `document.rs`.
///
/// Spans are byte offsets into `line` (its content starting at `start`).
#[inline(never)]
pub(crate) fn bare_decimal(line: &str, start: usize) -> Option<Candidate<'_>> {
    // Cheap refusals first: most lines that start with a digit are long sentences
    // (2023年… / 6月，…), refused on their first bytes.
    if !bare_decimal_start(line.as_bytes().get(start..)?) {
        return None;
    }
    bare_decimal_shape(line, start)
}

/// What every bare decimal heading starts with, read from the bytes: one or two digits
/// (ASCII, or full-width EF BC 90–99), then a space or U+3000 (E3 80 80).
fn bare_decimal_start(b: &[u8]) -> bool {
    let digit = |b: &[u8]| match b {
        [b'0'..=b'9', ..] => 1,
        [0xEF, 0xBC, 0x90..=0x99, ..] => 3,
        _ => 0,
    };
    let d1 = digit(b);
    let after = b.get(d1..).unwrap_or(&[]);
    let after = after.get(digit(after)..).unwrap_or(&[]);
    d1 > 0 && matches!(after, [b' ', ..] | [0xE3, 0x80, 0x80, ..])
}

/// [`bare_decimal`] after its refusal on the first bytes.
fn bare_decimal_shape(line: &str, start: usize) -> Option<Candidate<'_>> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let t = line.get(start..)?;
    let (n, num_len) = prefix_run(t, |c| ar_digit(c).is_some());
    if !(1..=2).contains(&n) {
        return None;
    }
    let digits = t.get(..num_len)?;
    let ordinal = digits
        .chars()
        .try_fold(0u32, |v, c| Some(v * 10 + ar_digit(c)?))?;
    let after = t.get(num_len..)?;
    let raw = after.trim_start_matches([' ', '\u{3000}']);
    if ordinal == 0 || raw.len() == after.len() {
        return None;
    }
    let first = raw.chars().next()?;
    if !matches!(first, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}') || decimal_unit(raw) {
        return None;
    }
    // At most 30 characters (120 bytes) and some trailing spaces; a tab makes a table row.
    if raw.len() > 200 || memchr::memchr(b'\t', raw.as_bytes()).is_some() {
        return None;
    }
    let title = trim_title(raw);
    if title.chars().nth(30).is_some()
        || title.contains(['。', '！', '？', '；', '!', '?', ';', '|', '｜'])
    {
        return None;
    }
    let ts = start + (t.len() - raw.len());
    Some(Candidate {
        style: S::Decimal,
        ordinal,
        path: Some(vec![ordinal]),
        insert: None,
        marker: digits,
        marker_span: Span::new(start, start + num_len),
        title,
        title_span: Span::new(ts, ts + title.len()),
        body_start: line.len(),
        // As the lexer reads 1.1 and １.１ alike.
        half_width: false,
        nonstandard: false,
        arabic: false,
        rest: title,
    })
}

/// Whether [`reject_after_marker`] certainly finds nothing, decided on a few bytes for the
/// commonest markers: `1.` with a marker-sized number (none of its tests looks at it but the
/// adjacent numerals, which need 、 after the numeral), and `一、` not followed by an
/// ideograph that may be a numeral (the adjacent numerals need one; see [`CJK_NUMERAL`]).
#[inline]
fn passes_after_marker(t: &str, lx: &marker::Lexed) -> bool {
    let after = t.as_bytes().get(lx.num_end..).unwrap_or(&[]);
    match lx.style {
        S::ArDot => lx.ordinal <= 200 && !after.starts_with(&[0xE3, 0x80, 0x81]),
        S::CnComma => match after {
            // 、 then an ideograph U+4E00–U+9FFF (lead E4–E9) that is no numeral.
            [0xE3, 0x80, 0x81, lead @ 0xE4..=0xE9, x, y, ..] => {
                let c = (u32::from(lead & 0x0F) << 12)
                    | (u32::from(x & 0x3F) << 6)
                    | u32::from(y & 0x3F);
                !cjk_numeral_bit(c.wrapping_sub(0x4E00))
            }
            [0xE3, 0x80, 0x81, ..] => false,
            _ => true,
        },
        // （一）: no 、 after the numeral, and a title that starts with an ideograph none of
        // whose cross-reference tests can start with (至（ / 项规定 / 所列 …).
        S::CnParen => match (after, t.as_bytes().get(lx.title_start..)) {
            ([0xE3, 0x80, 0x81, ..], _) => false,
            (_, Some([lead @ 0xE4..=0xE9, x, y, ..])) => {
                let c = (u32::from(lead & 0x0F) << 12)
                    | (u32::from(x & 0x3F) << 6)
                    | u32::from(y & 0x3F);
                !char::from_u32(c).is_some_and(|c| {
                    matches!(
                        c,
                        '到' | '和' | '或' | '所' | '款' | '目' | '至' | '规' | '项'
                    )
                })
            }
            _ => false,
        },
        _ => false,
    }
}

/// The Chinese numeral characters among the ideographs U+4E00–U+9FFF (the test
/// `cjk_numerals_agree` holds them to [`is_cn_numeral_char`]).
const CJK_NUMERAL: [char; 14] = [
    '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千',
];

/// One bit per ideograph U+4E00–U+9FFF: whether it is in [`CJK_NUMERAL`].
static CJK_NUMERAL_BITS: [u64; 328] = cjk_numeral_bits();

#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time: an index out of range fails the build"
)]
const fn cjk_numeral_bits() -> [u64; 328] {
    let mut bits = [0u64; 328];
    let mut i = 0;
    while i < CJK_NUMERAL.len() {
        let k = CJK_NUMERAL[i] as u32 - 0x4E00;
        bits[(k / 64) as usize] |= 1 << (k % 64);
        i += 1;
    }
    bits
}

/// Bit `k` of [`CJK_NUMERAL_BITS`] (the ideograph U+4E00 + `k`; false past the table).
#[inline]
fn cjk_numeral_bit(k: u32) -> bool {
    CJK_NUMERAL_BITS
        .get((k / 64) as usize)
        .is_some_and(|w| (w >> (k % 64)) & 1 == 1)
}

/// Rejections that depend on what follows the marker.
fn reject_after_marker(t: &str, lx: &marker::Lexed) -> Option<Reject> {
    // Sliced and decoded only by the styles that look at them.
    let title = || t.get(lx.title_start..).unwrap_or("");
    let first = || title().chars().next();
    match lx.style {
        // 1,DXXZ2025-01,"…",860: a row of a comma-separated export, its cells after the
        // number.
        S::ArComma
            if t.get(lx.num_end..).is_some_and(|r| r.starts_with(','))
                && memchr::memchr_iter(b',', t.as_bytes()).nth(2).is_some() =>
        {
            return Some(Reject::TableRow);
        }
        // 6,500册…: a thousands separator, three digits after it, not a list mark.
        S::ArComma
            if t.get(lx.num_end..).is_some_and(|r| {
                let b = r.as_bytes();
                b.first() == Some(&b',')
                    && b.get(1..4)
                        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                    && !b.get(4).is_some_and(u8::is_ascii_digit)
            }) =>
        {
            return Some(Reject::Quantity);
        }
        S::ArDot | S::ArComma | S::ArHalfParen if lx.ordinal > 200 => {
            return Some(if (1900..=2100).contains(&lx.ordinal) {
                Reject::Year
            } else {
                Reject::Quantity
            });
        }
        S::Decimal => {
            let path = lx.path.as_deref().unwrap_or(&[]);
            let after_num = t.get(lx.num_end..).unwrap_or("");
            let c = after_num.chars().next();
            if let Some(c) = c.filter(|_| !lx.spaced) {
                if decimal_unit(after_num) {
                    return Some(Reject::Quantity);
                }
                if "节条款项章的中所至和或、及规".contains(c) {
                    return Some(Reject::CrossRef);
                }
            }
            let first_comp = path.first().copied().unwrap_or(0);
            if first_comp >= 1900 {
                return Some(Reject::Date);
            }
            if first_comp > 200 || path.iter().skip(1).any(|&k| k > 200) {
                return Some(Reject::Quantity);
            }
            let second_two_digits = t
                .find(['.', '．'])
                .and_then(|p| t.get(p + 1..))
                .is_some_and(|r| r.chars().take_while(|c| ar_digit(*c).is_some()).count() == 2);
            if path.len() == 2
                && !lx.spaced
                && (1..=12).contains(&first_comp)
                && second_two_digits
                && path.get(1).is_some_and(|&d| (1..=31).contains(&d))
            {
                return Some(Reject::Date);
            }
        }
        S::Chapter | S::Section | S::Article | S::Part | S::Book
            if !lx.spaced
                && first().is_some_and(|c| {
                    matches!(
                        c,
                        '、' | '中'
                            | '之'
                            | '以'
                            | '到'
                            | '及'
                            | '和'
                            | '或'
                            | '所'
                            | '提'
                            | '明'
                            | '有'
                            | '款'
                            | '的'
                            | '第'
                            | '至'
                            | '规'
                            | '项'
                    )
                })
                && starts_any(
                    title(),
                    &[
                        "规定",
                        "所称",
                        "所列",
                        "所述",
                        "的",
                        "中",
                        "至",
                        "到",
                        "和",
                        "或",
                        "及",
                        "、",
                        "第",
                        "以",
                        "项规定",
                        "款规定",
                        "所",
                        "明确",
                        "提到",
                        "之规定",
                        "有关",
                    ],
                ) =>
        {
            return Some(Reject::CrossRef);
        }
        S::CnParen | S::ArParen | S::Stem | S::Branch | S::Latin
            if first().is_some_and(|c| {
                matches!(
                    c,
                    '~' | '—'
                        | '、'
                        | '到'
                        | '和'
                        | '或'
                        | '所'
                        | '款'
                        | '目'
                        | '至'
                        | '规'
                        | '项'
                        | '～'
                )
            }) && starts_any(
                title(),
                &[
                    "至（",
                    "至(",
                    "到（",
                    "到(",
                    "、（",
                    "、(",
                    "和（",
                    "或（",
                    "和(",
                    "或(",
                    "—（",
                    "～",
                    "~",
                    "项规定",
                    "项所",
                    "项的",
                    "项中",
                    "项、",
                    "项和",
                    "项或",
                    "目规定",
                    "目所",
                    "款规定",
                    "款所",
                    "款的",
                    "所列",
                    "规定",
                ],
            ) =>
        {
            return Some(Reject::CrossRef);
        }
        S::Bracket if lx.ordinal >= 1900 => return Some(Reject::DocNumber),
        S::Bracket if t.starts_with(['［', '[']) => return Some(Reject::Footnote),
        S::Attachment => {
            let raw = t.get(..lx.len).unwrap_or("");
            let numbered = t
                .get("附件".len()..lx.num_end)
                .is_some_and(|n| !n.trim_matches(is_space).is_empty());
            if !numbered && !raw.ends_with(['：', ':']) {
                return Some(Reject::UnnumberedAttachment);
            }
            if raw.ends_with(['：', ':']) && !numbered {
                return Some(Reject::AttachmentList);
            }
        }
        S::Ordinal if first().is_some_and(|c| c == '条' || c == '章') => {
            return Some(Reject::CrossRef);
        }
        S::Shi | S::Ordinal | S::SeqWord | S::Circled | S::ParenDigit | S::DotDigit
            if next_enumerator_inline(lx, title()) =>
        {
            return Some(Reject::Inline);
        }
        _ => {}
    }
    // Adjacent numerals: 三、四月份 / 10、11月 / 1、2号楼 / 甲、乙双方.
    // 、 (E3 80 81) right after the numeral, read from the bytes (E3 starts a character).
    if t.as_bytes()
        .get(lx.num_end..)
        .is_some_and(|r| r.starts_with(&[0xE3, 0x80, 0x81]))
    {
        let next = lx.ordinal.saturating_add(1);
        let after = t.get(lx.num_end + '、'.len_utf8()..).unwrap_or("");
        let adjacent = match lx.style {
            // Most titles do not start with a numeral: one decode says so.
            S::CnComma if after.chars().next().is_some_and(is_cn_numeral_char) => {
                let (_, len) = prefix_run(after, is_cn_numeral_char);
                len > 0 && after.get(..len).and_then(cn_value) == Some(next)
            }
            S::ArComma => {
                let (_, len) = prefix_run(after, |c| ar_digit(c).is_some());
                let run = after.get(..len).unwrap_or("");
                len > 0
                    && run
                        .chars()
                        .try_fold(0u32, |v, c| v.checked_mul(10)?.checked_add(ar_digit(c)?))
                        == Some(next)
            }
            S::Stem => after.chars().next().and_then(stem_value) == Some(next),
            S::Branch => after.chars().next().and_then(branch_value) == Some(next),
            _ => false,
        };
        // Only adjacent numerals are tested for a date (三、四月十日 is a list item).
        let dated = || {
            after
                .trim_start_matches(|c: char| ar_digit(c).is_some() || is_cn_numeral_char(c))
                .strip_prefix('月')
                .and_then(|r| r.chars().next())
                .is_some_and(|c| ar_digit(c).is_some() || (is_cn_numeral_char(c) && c != '份'))
        };
        if adjacent && !dated() {
            return Some(Reject::Adjacent);
        }
    }
    None
}

/// Classifies one line (heading candidate, or text with the reason), without document context.
///
/// Leading spaces, U+3000 indentation, Markdown `#`/`**`/`>` and bullets are skipped; spans in
/// the result are byte offsets into `line` as given.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{classify_line, LineClass, MarkerStyle, Reject};
/// assert_eq!(classify_line("2017对口支援工作总结"), LineClass::Text(Reject::Year));
/// assert_eq!(classify_line("1.5倍"), LineClass::Text(Reject::Quantity));
/// assert_eq!(classify_line("第三条规定的情形"), LineClass::Text(Reject::CrossRef));
/// let LineClass::Heading(h) = classify_line("　　5.3.2 范围") else { panic!() };
/// assert_eq!((h.style, h.ordinal, h.path), (MarkerStyle::Decimal, 2, Some(vec![5, 3, 2])));
/// ```
#[must_use]
pub fn classify_line(line: &str) -> LineClass<'_> {
    classify(line, false)
}

/// [`classify_line`], optionally accepting adjacent-numeral look-alikes (when sequence
/// evidence says the line continues an open list).
pub(crate) fn classify(line: &str, allow_adjacent: bool) -> LineClass<'_> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let start = content_start(line);
    let t_trim = marker::trim_end_spaces(line.get(start..).unwrap_or(""));
    classify_at(line, start, t_trim, allow_adjacent, None, None)
}

/// [`classify`] of a line without its `\r`, with its [`content_start`] already known (a
/// trailing `\r` never changes where the content starts) and its content from there without
/// trailing spaces (`t_trim`; recomputed when one more `\r` ends the line), and optionally
/// what the document pass already knows: the marker lexed from the de-indented line
/// (`pre: Some(lexed)`) and whether the line holds a bar (`bar`).
pub(crate) fn classify_at<'a>(
    line: &'a str,
    start: usize,
    t_trim: &'a str,
    allow_adjacent: bool,
    pre: Option<&mut Option<marker::Lexed>>,
    bar: Option<bool>,
) -> LineClass<'a> {
    // A line that ended in \r\r\n still ends in \r here: without it, its content is trimmed
    // again.
    let (line, t_trim) = match line.strip_suffix('\r') {
        Some(l) => (l, marker::trim_end_spaces(l.get(start..).unwrap_or(""))),
        None => (line, t_trim),
    };
    let t = line.get(start..).unwrap_or("");
    if t_trim.is_empty() {
        return LineClass::Blank;
    }
    // The marker is read where the document pass wrote it, or lexed here.
    let mut own = None;
    let lexed = match pre {
        // The document pass lexes only lines whose first character is none of
        // [`prefix_rejects`]: with no bar on the line, none of the tests below can fire.
        Some(l) if bar == Some(false) => l,
        _ => match prefix_tests(t, t_trim, bar) {
            Ok(()) => match pre {
                Some(l) => l,
                None => own.insert(marker::lex(t)),
            },
            Err(r) => return LineClass::Text(r),
        },
    };
    classify_lexed(line, start, t, t_trim, allow_adjacent, lexed)
}

/// Whether a first character can make [`prefix_tests`] reject a line without a bar (the
/// navigation words, quotes, document-number brackets and caption words).
#[cfg(test)]
pub(crate) fn prefix_rejects(c: char) -> bool {
    matches!(
        c,
        '上' | '下'
            | '返'
            | '打'
            | '字'
            | '【'
            | '关'
            | '收'
            | '分'
            | '['
            | '“'
            | '"'
            | '「'
            | '『'
            | '‘'
            | '（'
            | '('
            | '〔'
            | '［'
            | '注'
            | '附'
            | '题'
            | '资'
            | '数'
            | '图'
            | '表'
    )
}

/// The tests on the first character and the whole line that come before the marker:
/// navigation, quotes, document numbers, captions.
fn prefix_tests(t: &str, t_trim: &str, bar: Option<bool>) -> Result<(), Reject> {
    // The commonest heading starts, read from the bytes: on a line without a bar, 第 can
    // start none of the lines rejected below, and （ only a document number, whose next
    // byte starts a digit or a space (see [`is_doc_number`]): （一） passes here.
    if bar == Some(false) {
        match t.as_bytes() {
            // 第
            [0xE7, 0xAC, 0xAC, ..] => return Ok(()),
            // （ then no digit (ASCII, or full-width EF) and no space (' ', '\t', E3, C2)
            [0xEF, 0xBC, 0x88, next, ..]
                if !matches!(next, b'0'..=b'9' | b' ' | b'\t' | 0xEF | 0xE3 | 0xC2) =>
            {
                return Ok(());
            }
            _ => {}
        }
    }
    // One decoded first character for the prefix tests below (`t` and `t_trim` start alike).
    let first = t.chars().next().unwrap_or(' ');
    if is_navigation(t_trim, first, bar) {
        return Err(Reject::Navigation);
    }
    if matches!(first, '“' | '"' | '「' | '『' | '‘') {
        let c = t.get(first.len_utf8()..).and_then(|r| r.chars().next());
        return Err(
            if c.is_some_and(|c| is_cn_numeral_char(c) || ar_digit(c).is_some()) {
                Reject::PlanName
            } else {
                Reject::Quote
            },
        );
    }
    if matches!(first, '（' | '(' | '〔' | '[' | '［' | '【') && is_doc_number(t) {
        return Err(Reject::DocNumber);
    }
    if matches!(first, '注' | '附' | '题' | '资' | '数' | '图' | '表') && is_caption(t) {
        return Err(Reject::Caption);
    }
    Ok(())
}

/// [`classify_at`] after the prefix tests, with the marker lexed.
fn classify_lexed<'a>(
    line: &'a str,
    start: usize,
    t: &'a str,
    t_trim: &'a str,
    allow_adjacent: bool,
    lexed: &mut Option<marker::Lexed>,
) -> LineClass<'a> {
    if let Some(lx) = lexed {
        if !passes_after_marker(t, lx)
            && let Some(r) = reject_after_marker(t, lx)
            && !(allow_adjacent && r == Reject::Adjacent)
        {
            return LineClass::Text(r);
        }
        let rest = t.get(lx.title_start..).unwrap_or("");
        let (mut te, mut bs) = split_title(rest);
        // A case's title line (【案例一】甲医院：托管让…) is a title through its colon.
        if lx.style == S::Bracket && t.starts_with("【案例") && rest.get(te..bs) == Some("：") {
            let (e, b) = split_title(rest.get(bs..).unwrap_or(""));
            (te, bs) = (bs + e, bs + b);
        }
        let title = trim_title(rest.get(..te).unwrap_or(""));
        let ts = start + lx.title_start;
        return LineClass::Heading(Candidate {
            style: lx.style,
            ordinal: lx.ordinal,
            path: lx.path.take(),
            insert: lx.insert,
            marker: t.get(..lx.len).unwrap_or(""),
            marker_span: Span::new(start, start + lx.len),
            title,
            title_span: Span::new(ts, ts + title.len()),
            body_start: (ts + bs).min(line.len()),
            half_width: lx.half_width,
            nonstandard: lx.nonstandard,
            arabic: lx.arabic,
            // `t_trim` has no trailing spaces: the rest of the line ends where it ends.
            rest: match t_trim.get(lx.title_start..) {
                Some(r) if r.ends_with("**") => trim_title(r),
                Some(r) => r,
                None => "",
            },
        });
    }
    classify_unmarked(line, start, t, t_trim)
}

/// [`classify_lexed`] of a line without a marker: furniture, a TOC header, the reason, or a
/// title ending in 篇X. Kept out of line: the marker path above is the common one.
#[inline(never)]
fn classify_unmarked<'a>(
    line: &'a str,
    start: usize,
    t: &'a str,
    t_trim: &'a str,
) -> LineClass<'a> {
    if is_page_furniture(t_trim) {
        return LineClass::Text(Reject::PageFurniture);
    }
    if t_trim.len() <= 24 && is_toc_header(t_trim) {
        return LineClass::Text(Reject::TocHeader);
    }
    let reason = reason_without_marker(t);
    if t_trim.len() <= 150
        && !has(t_trim, "。")
        && !has(t_trim, "，")
        && let Some((p, n)) = marker::pian_suffix(t_trim)
    {
        let title = trim_title(t_trim.get(..p).unwrap_or(""));
        return LineClass::Heading(Candidate {
            style: S::Pian,
            ordinal: n,
            path: None,
            insert: None,
            marker: t_trim.get(p..).unwrap_or(""),
            marker_span: Span::new(start + p, start + t_trim.len()),
            title,
            title_span: Span::new(start, start + title.len()),
            body_start: line.len(),
            half_width: false,
            nonstandard: false,
            arabic: false,
            rest: title,
        });
    }
    LineClass::Text(reason)
}

#[cfg(test)]
mod tests {
    use super::{bare_decimal, content_start, content_start_from};

    #[test]
    fn bare_decimal_shape() {
        fn ok(line: &str) -> Option<(u32, &str, &str)> {
            bare_decimal(line, content_start(line)).map(|c| (c.ordinal, c.marker, c.title))
        }
        assert_eq!(ok("1 基本情况"), Some((1, "1", "基本情况")));
        assert_eq!(ok("　　12　 工作成效  "), Some((12, "12", "工作成效")));
        assert_eq!(ok("３ 工作成效\r"), Some((3, "３", "工作成效")));
        for no in [
            "3 名专家参加了会议。",
            "2 所学校",
            "10 月 15 日",
            "15 人",
            "1 2 3",
            "1\t王母街道\t锦屏街道",
            "1 基本情况\t",
            "2024 年工作计划",
            "123 基本情况",
            "0 基本情况",
            "1基本情况",
            "1 基本情况；主要做法",
            "1 Introduction",
            "1 “基本情况”",
            "1 基本情况 | 返回目录",
            "5 人才培养和干部交流工作情况及下一步打算与建议措施汇总",
            "3 小时内完成",
        ] {
            assert_eq!(ok(no), None, "{no:?}");
        }
    }

    /// The numeral bitmap answers what `is_cn_numeral_char` answers, for every ideograph.
    #[test]
    fn cjk_numerals_agree() {
        for c in '\u{4e00}'..='\u{9fff}' {
            assert_eq!(
                super::cjk_numeral_bit(c as u32 - 0x4E00),
                super::is_cn_numeral_char(c),
                "{c}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        /// 一是…；二是… is found on the bytes as the characters find it.
        #[test]
        fn shi_inline_reads_the_characters(
            title in "[一二三十是要，甲\u{4e8c}\u{6f}]{0,10}",
            ordinal in 0u32..25,
        ) {
            let lx = super::marker::Lexed {
                style: super::S::Shi,
                ordinal,
                path: None,
                insert: None,
                len: 0,
                title_start: 0,
                num_end: 0,
                half_width: false,
                nonstandard: false,
                spaced: false,
                arabic: false,
            };
            let next = super::super::ordinal::to_cn_small(ordinal.saturating_add(1));
            let want = ['是', '要'].iter().any(|&post| {
                title.match_indices(post).any(|(q, _)| {
                    title.get(..q).and_then(|h| h.strip_suffix(next)).is_some()
                })
            });
            proptest::prop_assert_eq!(super::next_enumerator_inline(&lx, &title), want);
        }

        /// The refusal on the first bytes never turns down a line of the bare decimal shape.
        #[test]
        fn bare_decimal_start_keeps_every_shape(
            t in "[ 　1２9０\t基本情况。人\r]{0,8}"
        ) {
            let cs = content_start(&t);
            if super::bare_decimal_shape(&t, cs).is_some() {
                proptest::prop_assert!(super::bare_decimal_start(t.as_bytes().get(cs..).unwrap_or(&[])));
            }
        }

        #[test]
        fn content_start_agrees_with_its_definition(
            t in "[ \t　\u{a0}\u{feff}*#>\\-•·●○一（a1、\u{3001}\u{ff01}]{0,8}"
        ) {
            proptest::prop_assert_eq!(content_start(&t), content_start_from(&t, 0));
        }

        /// The byte gate before `reject_after_marker` passes only what it finds nothing in.
        #[test]
        fn passes_after_marker_only_what_is_not_rejected(
            t in "[一二三十两零百千、．.，1０是要（）作人 至项规所款目和或到~—(]{1,8}"
        ) {
            if let Some(lx) = super::marker::lex(&t)
                && super::passes_after_marker(&t, &lx)
            {
                proptest::prop_assert_eq!(super::reject_after_marker(&t, &lx), None);
            }
        }

        /// The byte scan of `split_title` (several characters per turn) finds what the
        /// character definition finds: the first sentence end outside brackets and quotes.
        #[test]
        fn split_title_agrees_with_the_characters(
            t in "[一是作（）()“”‘’《》「」『』〔〕【】。！？；：!?;:，、a1 é\u{20ac}\u{1f600}]{0,24}"
        ) {
            let mut depth = 0u32;
            let mut want = (t.len(), t.len());
            for (i, c) in t.char_indices() {
                match c {
                    '(' | '“' | '‘' | '《' | '「' | '『' | '〔' | '【' | '（' => depth += 1,
                    ')' | '”' | '’' | '》' | '」' | '』' | '〕' | '】' | '）' => {
                        depth = depth.saturating_sub(1);
                    }
                    '!' | '?' | ';' | '。' | '！' | '？' | '；' | '：' if depth == 0 => {
                        want = (i, i + c.len_utf8());
                        break;
                    }
                    _ => {}
                }
            }
            proptest::prop_assert_eq!(super::split_title(&t), want);
        }
    }
}
