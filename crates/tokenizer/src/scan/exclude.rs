//! What looks numeric but is not a quantity: fixed words and names (data, `data/exclusions.txt`)
//! and shapes recognised by rule (outline markers, document numbers, phone numbers, clock
//! times, programme names such as “9+3”).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{before, is_candidate, is_digit_char, rest};

/// Where an exclusion word sits around an anchor (one of its candidate characters).
type Key = (char, char, bool);

/// Exclusion words as `(prefix, rest)` (`rest` starts at the anchor), grouped by
/// `(anchor, neighbour, after)`: the neighbour is the character after the anchor when the word
/// goes on past it (`一直` → `(一, 直, true)`), else the last character of the prefix
/// (`统一` → `(一, 统, false)`). A lookup is two binary searches and a short list.
type WordList = Vec<(Key, Vec<(&'static str, &'static str)>)>;

/// The grouped words and a 4096-bit filter of their keys, so that most lookups end with one
/// bit test instead of a search.
struct Words {
    list: WordList,
    /// Open-addressing index of `list`: `SLOTS` entries of `(key, 1 + position)`, 0 empty.
    slots: Vec<(Key, u32)>,
    filter: [u64; 64],
}

/// Words of 64 bits in [`NEAR`]: 65536 bits, so that few neighbours share a bit.
const NEAR_WORDS: usize = 1024;

/// Bit of an anchor and the last two bytes of its neighbour (the last byte alone for an
/// ASCII neighbour) in [`NEAR`].
const fn near_bit(anchor: char, tail: u16, after: bool) -> usize {
    ((anchor as u32).wrapping_mul(0x9E37_79B1) ^ ((tail as u32) << 1 | after as u32))
        .wrapping_mul(0x85EB_CA6B) as usize
        >> 16
        & (NEAR_WORDS * 64 - 1)
}

/// The `tail` of [`near_bit`] for a character encoded as `utf8`.
fn near_tail(utf8: &[u8]) -> u16 {
    match *utf8 {
        [.., a, b] => u16::from(a) << 8 | u16::from(b),
        [b] => u16::from(b),
        [] => 0,
    }
}

/// The code point and length of the UTF-8 character at byte `k` of `b` (valid UTF-8).
#[cfg_attr(
    not(test),
    expect(
        clippy::indexing_slicing,
        reason = "called at compile time only (for NEAR): a bad index fails the build"
    )
)]
const fn decode_at(b: &[u8], k: usize) -> (u32, usize) {
    let b0 = b[k] as u32;
    if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | (b[k + 1] as u32 & 0x3F), 2)
    } else if b0 < 0xF0 {
        (
            ((b0 & 0x0F) << 12) | ((b[k + 1] as u32 & 0x3F) << 6) | (b[k + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((b0 & 0x07) << 18)
                | ((b[k + 1] as u32 & 0x3F) << 12)
                | ((b[k + 2] as u32 & 0x3F) << 6)
                | (b[k + 3] as u32 & 0x3F),
            4,
        )
    }
}

/// Whether an ASCII byte is trimmed from the ends of a line of the word list.
const fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0x0B | 0x0C)
}

/// A 65536-bit filter of `(anchor, last bytes of the neighbour, after)` over the keys of
/// [`WORDS`], tested before any character is decoded: most candidates (digits, 一 before an
/// ordinary character) end there. Computed at compile time from the same file, so that the
/// filter needs neither the lazily built table nor its initialisation check; a test checks
/// that it holds exactly the bits of the table's keys.
#[cfg_attr(
    not(test),
    expect(
        clippy::indexing_slicing,
        reason = "evaluated at compile time: a bad index fails the build, never a run"
    )
)]
static NEAR: [u64; NEAR_WORDS] = {
    let b = include_str!("../../data/exclusions.txt").as_bytes();
    let mut t = [0_u64; NEAR_WORDS];
    let mut i = 0;
    while i < b.len() {
        let mut end = i;
        while end < b.len() && b[end] != b'\n' {
            end += 1;
        }
        let (mut s, mut e) = (i, end);
        while s < e && is_blank(b[s]) {
            s += 1;
        }
        while e > s && is_blank(b[e - 1]) {
            e -= 1;
        }
        if s < e && b[s] != b'#' {
            // Each candidate character: its next character's last byte (after), or for the
            // last character of the word its previous character's last byte (before).
            let mut k = s;
            while k < e {
                let (cp, len) = decode_at(b, k);
                if let Some(c) = char::from_u32(cp)
                    && is_candidate(c)
                {
                    let bit = if k + len < e {
                        let (_, next_len) = decode_at(b, k + len);
                        let last = k + len + next_len - 1;
                        let tail = if next_len == 1 {
                            b[last] as u16
                        } else {
                            (b[last - 1] as u16) << 8 | b[last] as u16
                        };
                        Some(near_bit(c, tail, true))
                    } else if k > s {
                        let tail = if b[k - 1] < 0x80 {
                            b[k - 1] as u16
                        } else {
                            (b[k - 2] as u16) << 8 | b[k - 1] as u16
                        };
                        Some(near_bit(c, tail, false))
                    } else {
                        None
                    };
                    if let Some(bit) = bit {
                        t[bit / 64] |= 1 << (bit % 64);
                    }
                }
                k += len;
            }
        }
        i = end + 1;
    }
    t
};

/// Sets bit `bit` of a bit filter.
#[cfg(test)]
fn set_bit(filter: &mut [u64], bit: usize) {
    if let Some(w) = filter.get_mut(bit / 64) {
        *w |= 1 << (bit % 64);
    }
}

/// Tests bit `bit` of a bit filter.
fn has_bit(filter: &[u64], bit: usize) -> bool {
    filter
        .get(bit / 64)
        .is_some_and(|w| w >> (bit % 64) & 1 == 1)
}

/// Slots of the index of [`Words::list`]: a power of two, well above the number of keys.
const SLOTS: usize = 4096;

/// The home slot of `key` (its filter bit, which has the same range).
fn home(key: Key) -> usize {
    key_bit(key) & (SLOTS - 1)
}

/// Bit of `key` in the filter.
fn key_bit(key: Key) -> usize {
    let (a, n, after) = key;
    (u32::from(a).wrapping_mul(31) ^ u32::from(n).wrapping_mul(0x9E37) ^ u32::from(after)) as usize
        & 4095
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut map: HashMap<Key, Vec<(&'static str, &'static str)>> = HashMap::new();
    for line in include_str!("../../data/exclusions.txt").lines() {
        let word = line.trim();
        if word.is_empty() || word.starts_with('#') {
            continue;
        }
        // File the word under every candidate character in it, so that it is found whichever
        // of them the scanner stops at (the fast path skips lone numerals: 三番五次 is
        // first seen at 五).
        for (i, c) in word.char_indices().filter(|&(_, c)| is_candidate(c)) {
            let (Some(prefix), Some(tail)) = (word.get(..i), word.get(i..)) else {
                continue;
            };
            let key = match (tail.chars().nth(1), prefix.chars().next_back()) {
                (Some(next), _) => (c, next, true),
                (None, Some(prev)) => (c, prev, false),
                (None, None) => continue,
            };
            map.entry(key).or_default().push((prefix, tail));
        }
    }
    let mut list: WordList = map.into_iter().collect();
    let mut filter = [0_u64; 64];
    for (key, words) in &mut list {
        words.sort_by_key(|(_, t)| core::cmp::Reverse(t.len()));
        let bit = key_bit(*key);
        if let Some(w) = filter.get_mut(bit / 64) {
            *w |= 1 << (bit % 64);
        }
    }
    list.sort_by_key(|(k, _)| *k);
    // Far fewer keys than slots: every probe sequence reaches an empty slot.
    let mut slots = vec![((' ', ' ', false), 0_u32); SLOTS];
    for (at, (key, _)) in list.iter().enumerate() {
        let mut i = home(*key);
        while slots.get(i).is_some_and(|&(_, a)| a != 0) {
            i = (i + 1) & (SLOTS - 1);
        }
        if let (Some(s), Ok(a)) = (slots.get_mut(i), u32::try_from(at + 1)) {
            *s = (*key, a);
        }
    }
    Words {
        list,
        slots,
        filter,
    }
});

/// The words filed under `key`.
fn words(table: &Words, key: Key) -> &[(&'static str, &'static str)] {
    let bit = key_bit(key);
    if table
        .filter
        .get(bit / 64)
        .is_none_or(|w| w >> (bit % 64) & 1 == 0)
    {
        return &[];
    }
    let mut i = home(key);
    while let Some(&(k, at)) = table.slots.get(i)
        && at != 0
    {
        if k == key {
            return usize::try_from(at - 1)
                .ok()
                .and_then(|at| table.list.get(at))
                .map_or(&[], |(_, w)| w.as_slice());
        }
        i = (i + 1) & (SLOTS - 1);
    }
    &[]
}

/// When an exclusion word has its anchor at `p`, the byte where the word ends.
///
/// Inlined up to the filter on the neighbours' last bytes, which ends most calls; the
/// lookup proper is [`word_lookup`].
#[inline(always)]
pub(crate) fn word_at(src: &str, p: usize, c: char) -> Option<usize> {
    let bytes = src.as_bytes();
    // The last bytes of the character after the anchor (its length read off its lead byte)
    // and of the one before it (one byte when it is ASCII), without decoding either.
    let q = p + c.len_utf8();
    let next_tail = bytes.get(q).and_then(|&b0| {
        let len = match b0 {
            0..0x80 => return Some(u16::from(b0)),
            0x80..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
        bytes.get(q + len - 2..q + len).map(near_tail)
    });
    let prev_tail = p.checked_sub(1).and_then(|i| match *bytes.get(i)? {
        b @ 0..0x80 => Some(u16::from(b)),
        _ => bytes.get(i.checked_sub(1)?..=i).map(near_tail),
    });
    let maybe_after = next_tail.is_some_and(|t| has_bit(&NEAR, near_bit(c, t, true)));
    let maybe_before = prev_tail.is_some_and(|t| has_bit(&NEAR, near_bit(c, t, false)));
    if !maybe_after && !maybe_before {
        return None;
    }
    word_lookup(&WORDS, src, p, c)
}

/// The lookup proper of [`word_at`], once a neighbour passed the filter.
#[inline(never)]
fn word_lookup(table: &Words, src: &str, p: usize, c: char) -> Option<usize> {
    let (head_s, tail_s) = (before(src, p), rest(src, p));
    let next = tail_s.get(c.len_utf8()..).and_then(|t| t.chars().next());
    let prev = head_s.chars().next_back();
    let (head, tail) = (head_s.as_bytes(), tail_s.as_bytes());
    let after = next.map_or(&[][..], |n| words(table, (c, n, true)));
    let before_list = prev.map_or(&[][..], |b| words(table, (c, b, false)));
    after
        .iter()
        .chain(before_list)
        .find(|(prefix, word)| starts(tail, word.as_bytes()) && ends(head, prefix.as_bytes()))
        .map(|(_, word)| p + word.len())
}

/// `hay.starts_with(needle)` for short needles, compared from the far end (where words
/// differ) without a library call.
#[inline]
fn starts(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && needle.iter().zip(hay).rev().all(|(a, b)| a == b)
}

/// `hay.ends_with(needle)` for short needles, compared from the end.
#[inline]
fn ends(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len()
        && needle
            .iter()
            .rev()
            .zip(hay.iter().rev())
            .all(|(a, b)| a == b)
}

/// Whether `p` is at the start of its line, ignoring leading blanks.
pub(crate) fn at_line_start(src: &str, p: usize) -> bool {
    for c in before(src, p).chars().rev() {
        match c {
            '\n' | '\r' => return true,
            ' ' | '\t' | '\u{3000}' | '\u{feff}' => {}
            _ => return false,
        }
    }
    true
}

/// An outline marker around the numeral `p..end` (`（一）`, `(3)`, `十二、` or `1.` at a line
/// start): the end of the marker.
#[inline]
pub(crate) fn marker(src: &str, p: usize, end: usize) -> Option<usize> {
    // Every case below needs one of a few characters before the numeral (or none): test the
    // last byte of the one before (`(`, `[`, line ends, blanks), or its last two bytes when
    // it is not ASCII (“ 80 9C, （ BC 88, 〔 80 94, ［ BC BB, 【 80 90, U+3000 80 80,
    // U+FEFF BB BF): most characters before a numeral pass no test.
    let bytes = src.as_bytes();
    if let Some(i) = p.checked_sub(1)
        && let Some(&b) = bytes.get(i)
    {
        let pass = if b < 0x80 {
            matches!(b, b'(' | b'[' | b'\n' | b'\r' | b' ' | b'\t')
        } else {
            let a = i.checked_sub(1).and_then(|j| bytes.get(j)).copied();
            matches!(
                (a, b),
                (Some(0x80), 0x9C | 0x94 | 0x90 | 0x80)
                    | (Some(0xBC), 0x88 | 0xBB)
                    | (Some(0xBB), 0xBF)
            )
        };
        if !pass {
            return None;
        }
    }
    marker_after_gate(src, p, end)
}

/// Page furniture: a page number alone on its line between dashes (`- 3 -`, `— 3 —`, `—2—`).
/// Returns the end of the line. Looks at most eight characters each way.
fn page_number(src: &str, p: usize, end: usize) -> Option<usize> {
    let dash = |c: char| matches!(c, '-' | '—' | '－' | '–' | '―');
    let blank = |c: char| matches!(c, ' ' | '\u{3000}' | '\t');
    let mut dashes = 0;
    let mut at_start = false;
    for (n, c) in before(src, p).chars().rev().enumerate() {
        if n >= 8 || c == '\n' || c == '\r' {
            at_start = n < 8;
            break;
        }
        if dash(c) {
            dashes += 1;
        } else if !blank(c) {
            return None;
        }
    }
    // The text's first line has no line end before it.
    at_start = at_start || before(src, p).chars().count() < 8;
    if !at_start || dashes == 0 {
        return None;
    }
    let after = rest(src, end);
    let mut dashes_after = 0;
    for (n, (i, c)) in after.char_indices().enumerate() {
        if c == '\n' || c == '\r' {
            return (dashes_after > 0).then_some(end + i);
        }
        if n >= 8 {
            return None;
        }
        if dash(c) {
            dashes_after += 1;
        } else if !blank(c) {
            return None;
        }
    }
    (dashes_after > 0).then_some(end + after.len())
}

/// [`marker`] after its byte test.
#[inline(never)]
fn marker_after_gate(src: &str, p: usize, end: usize) -> Option<usize> {
    if let Some(line_end) = page_number(src, p, end) {
        return Some(line_end);
    }
    let next = rest(src, end).chars().next();
    let prev = before(src, p).chars().next_back();
    // A numeral quoted on its own is a name (“十五”, “211”), not an amount.
    if prev == Some('“') && next == Some('”') {
        return Some(end + '”'.len_utf8());
    }
    if matches!(prev, Some('（' | '(' | '〔' | '［' | '[' | '【'))
        && let Some(c @ ('）' | ')' | '〕' | '］' | ']' | '】')) = next
    {
        return Some(end + c.len_utf8());
    }
    // At a line start (the walk back is needed only after a blank).
    let line_start = match prev {
        None | Some('\n' | '\r') => true,
        Some(' ' | '\t' | '\u{3000}' | '\u{feff}') => at_line_start(src, p),
        Some(_) => false,
    };
    // A percentage (`93.1%，` on a line of its own after a broken sentence) is no marker.
    let percent = src.get(p..end).is_some_and(|t| t.ends_with(['%', '％']));
    if line_start && !percent {
        // `1.1 基本情况`: a decimal section number, then a blank.
        // A `.` or `．` (EF BC 8E) in the numeral: one pass over its few bytes.
        let decimal = src.get(p..end).is_some_and(|t| {
            let b = t.as_bytes();
            b.iter().enumerate().any(|(i, &x)| {
                x == b'.' || (x == 0xEF && b.get(i + 1..i + 3) == Some(&[0xBC, 0x8E][..]))
            })
        });
        if decimal && matches!(next, Some(' ' | '\t' | '\u{3000}')) {
            return Some(end);
        }
        match next {
            Some(c @ ('、' | '．' | ')' | '）' | '，' | ',')) => {
                return Some(end + c.len_utf8());
            }
            Some('.') => {
                // `1.` then a blank or a non-digit: a list marker (`1.5倍` never gets here:
                // the numeral already took the decimals).
                let after = rest(src, end + 1).chars().next();
                if !after.is_some_and(is_digit_char) {
                    return Some(end + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Dotted section paths (`5.3.2`, `1.1.1`) starting at `p`: the end of the path, when the run
/// has two dots or more.
pub(crate) fn dotted_path(src: &str, p: usize) -> Option<usize> {
    let bytes = rest(src, p).as_bytes();
    let (mut i, mut dots) = (0, 0);
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_digit() {
            i += 1;
        } else if b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            dots += 1;
            i += 1;
        } else {
            break;
        }
    }
    (dots >= 2).then_some(p + i)
}

/// The last `n` characters of `s` (walking back from the end only).
fn last_chars(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .take(n)
        .last()
        .map_or(s.len(), |(i, _)| i);
    s.get(start..).unwrap_or("")
}

/// Length of the ASCII digit run at `s`.
fn digits(s: &[u8]) -> usize {
    s.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// Document numbers: `〔20xx〕150号`, `〔2023〕5号`, `(2023)京0105民初12345号`, `[2023]`.
/// `p` is the first digit inside the bracket; returns the end of the whole number.
pub(crate) fn document_number(src: &str, p: usize) -> Option<usize> {
    let open = before(src, p).chars().next_back()?;
    let close = match open {
        '〔' => '〕',
        '［' => '］',
        '[' => ']',
        '【' => '】',
        '（' => '）',
        '(' => ')',
        _ => return None,
    };
    // Four characters of year, digits or redaction marks.
    let mut q = p;
    for _ in 0..4 {
        let c = rest(src, q).chars().next()?;
        if !(c.is_ascii_digit() || matches!(c, 'x' | 'X' | '×' | 'ｘ' | 'Ｘ' | '*')) {
            return None;
        }
        q += c.len_utf8();
    }
    if !rest(src, q).starts_with(close) {
        return None;
    }
    q += close.len_utf8();
    // Up to 16 more characters (court or office code, serial) ending in 号.
    let mut r = q;
    for c in rest(src, q).chars().take(16) {
        r += c.len_utf8();
        if c == '号' {
            return Some(r);
        }
        if matches!(
            c,
            '，' | '。' | '、' | '；' | ' ' | '\n' | '\r' | '）' | ')' | '“' | '”'
        ) {
            break;
        }
    }
    Some(q)
}

/// Whether the text after a number names what the number is the name of in an address or a
/// timetable: a room (房间, 室), a building (号楼, 栋, 单元), a bus or metro line (路, 号线).
pub(crate) fn address_word(after: &str) -> bool {
    ["房间", "号房", "室", "号楼", "栋", "单元", "路", "号线"]
        .iter()
        .any(|w| after.starts_with(w))
        // 路 of a bus line, not 路程 or 路过.
        && !["路程", "路过", "路上", "路径", "路线", "室外", "室内"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Whether the text before a number ends with a label of a post's counts on a platform page,
/// then a space or a colon (转发 126, 评论 58, 赞 1032, 点赞：56).
fn post_count_label(head: &str) -> bool {
    let label = head.trim_end_matches([' ', '\u{3000}', ':', '：']);
    label.len() < head.len()
        && [
            "转发", "评论", "赞", "收藏", "分享", "在看", "回复", "阅读", "浏览", "点击",
        ]
        .iter()
        .any(|w| label.ends_with(w))
}

/// A page's view-count label before a number: a view word (浏览, 阅读, 点击, 访问) followed
/// by at most a counting noun (次数, 量, 数, 人次) somewhere in `head` (浏览次数：3216, 阅读量
/// 1.2万, 访问人次 88).
fn view_count_label(head: &str) -> bool {
    ["浏览", "阅读", "点击", "访问"].iter().any(|w| {
        head.rfind(w).is_some_and(|at| {
            let tail = head.get(at + w.len()..).unwrap_or_default();
            let tail = tail.trim_end_matches([' ', '\u{3000}', ':', '：']);
            ["次数", "量", "数", "人次"].contains(&tail)
        })
    })
}

/// Phone numbers: mobile `1[3-9]` + 9 digits, `0xx(x)-xxxxxxx(x)`, `400-xxx-xxxx`, or any digit
/// run after 电话/手机/传真/热线/Tel or an identifier label (学号, 编号), and a page's view count
/// (浏览次数：3216). Returns the end of the number.
pub(crate) fn phone(src: &str, p: usize) -> Option<usize> {
    let bytes = rest(src, p).as_bytes();
    let n = digits(bytes);
    let first = bytes.first().copied();
    let after = bytes.get(n).copied();
    // A page's view count (浏览次数：3216, 阅读量 1.2万 is read as written) counts no
    // quantity of the text.
    if n >= 1 && {
        let head = last_chars(before(src, p), 6);
        view_count_label(head) || post_count_label(head)
    } {
        // Thousands groups belong to the count (阅读：1,286).
        let mut end = n;
        while bytes.get(end) == Some(&b',')
            && bytes
                .get(end + 1..end + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !bytes.get(end + 4).is_some_and(u8::is_ascii_digit)
        {
            end += 4;
        }
        return Some(p + end);
    }
    if n < 6 && after != Some(b'-') {
        return None;
    }
    // The cue words are looked for only when the shape alone does not decide.
    let cue = || {
        let head = last_chars(before(src, p), 6);
        [
            "电话",
            "手机",
            "传真",
            "热线",
            "联系方式",
            "邮编",
            "编码",
            // Identifiers of persons and certificates (学号：2021213406, 志愿者编号：…).
            "学号",
            "工号",
            "编号",
            "身份证",
            "证件号",
            "Tel",
            "TEL",
            "tel",
        ]
        .iter()
        .any(|w| head.contains(w))
    };
    // A run followed by `-digits` (area code or 400 numbers).
    if after == Some(b'-') {
        let m = digits(bytes.get(n + 1..).unwrap_or(&[]));
        let area = first == Some(b'0') && (3..=4).contains(&n) && (7..=8).contains(&m);
        let hotline = n == 3 && (first == Some(b'4') || first == Some(b'8')) && m == 3;
        if area || hotline || (m >= 3 && cue()) {
            let mut end = n + 1 + m;
            if hotline && bytes.get(end) == Some(&b'-') {
                end += 1 + digits(bytes.get(end + 1..).unwrap_or(&[]));
            }
            return Some(p + end);
        }
    }
    let mobile = n == 11 && first == Some(b'1');
    if mobile || (n >= 6 && cue()) || postcode(src, p, n) {
        return Some(p + n);
    }
    None
}

/// A postcode in an address: six digits set off by a space after a place name and closed by
/// punctuation ("江苏 无锡 214122；", "乌鲁木齐 830052）"). A table cell of six digits is
/// followed by a space, a tab or the line end, never by this punctuation.
fn postcode(src: &str, p: usize, n: usize) -> bool {
    if n != 6 {
        return false;
    }
    let head = before(src, p);
    let spaced = head
        .strip_suffix(' ')
        .or_else(|| head.strip_suffix('\u{3000}'));
    let after_place = spaced
        .and_then(|h| h.chars().next_back())
        .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let closed = rest(src, p)
        .get(n..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| matches!(c, '；' | ';' | '）' | ')' | '，' | ','));
    after_place && closed
}

/// Clock times `9:30`, `14：00`: the end of the time.
pub(crate) fn clock(src: &str, p: usize) -> Option<usize> {
    let bytes = rest(src, p).as_bytes();
    let n = digits(bytes);
    if n == 0 || n > 2 {
        return None;
    }
    let tail = rest(src, p + n);
    let colon = if tail.starts_with(':') {
        1
    } else if tail.starts_with('：') {
        3
    } else {
        return None;
    };
    let m = digits(tail.as_bytes().get(colon..).unwrap_or(&[]));
    (m == 2).then_some(p + n + colon + m)
}

/// Chinese clock times: after 上午/下午/晚上/凌晨/早上/中午/傍晚, or a numeral followed by
/// 点半/点钟/点…分. `end` is the end of the numeral; returns the end of the time.
#[inline]
pub(crate) fn clock_words(src: &str, p: usize, end: usize) -> Option<usize> {
    // 点 (E7 82 B9) or 时 (E6 97 B6) must follow: most numerals end here without a call.
    if !matches!(
        src.as_bytes().get(end..end + 3),
        Some([0xE7, 0x82, 0xB9] | [0xE6, 0x97, 0xB6])
    ) {
        return None;
    }
    clock_time(src, p, end)
}

/// [`clock_words`] after its byte test.
#[inline(never)]
fn clock_time(src: &str, p: usize, end: usize) -> Option<usize> {
    let tail = rest(src, end);
    if !(tail.starts_with('点') || tail.starts_with('时')) {
        return None;
    }
    let cue = [
        "上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "早晨", "夜里",
    ]
    .iter()
    .any(|w| before(src, p).ends_with(w));
    // A numeral then 点/时 is a time after a cue word, or when 半, 钟 or minutes follow.
    let mut e = end + 3;
    let after = rest(src, e);
    let k = after
        .char_indices()
        .take_while(|&(_, c)| is_candidate(c) && c != '第' && c != '负')
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let minutes = k > 0 && rest(src, e + k).starts_with('分');
    if after.starts_with('半') || after.starts_with('钟') {
        return Some(e + 3);
    }
    if minutes {
        e += k + '分'.len_utf8();
        return Some(e);
    }
    cue.then_some(e)
}

/// Digits glued to a Latin letter or a redaction mark (`H1N1`, `xx0名`, `xx-14学年`) are part
/// of an identifier or a blanked-out figure, not a quantity.
pub(crate) fn after_identifier(src: &str, p: usize) -> bool {
    let before_p = before(src, p);
    if before_p.ends_with("附件") || before_p.ends_with("附录") {
        return true;
    }
    let mut head = before_p.chars().rev();
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() || c == '×');
    match head.next() {
        Some('-' | '—') => glued(head.next()),
        c => glued(c),
    }
}

/// `11-xx学年`: digits paired with a blanked-out partner. The visible half alone is no amount;
/// returns the end of the pair.
pub(crate) fn redacted_partner(src: &str, p: usize) -> Option<usize> {
    let n = digits(rest(src, p).as_bytes());
    let tail = rest(src, p + n);
    let sep = tail
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '—' | '–' | '～' | '~'))?;
    let marks = tail
        .get(sep.len_utf8()..)?
        .chars()
        .take_while(|c| matches!(c, 'x' | 'X' | '×' | 'ｘ' | 'Ｘ'))
        .map(char::len_utf8)
        .sum::<usize>();
    (n > 0 && marks > 0).then_some(p + n + sep.len_utf8() + marks)
}

/// Programme names written as sums, “9+3”: the end of the expression.
pub(crate) fn plus_name(src: &str, p: usize) -> Option<usize> {
    let bytes = rest(src, p).as_bytes();
    let n = digits(bytes);
    if n == 0 {
        return None;
    }
    let prev_plus = matches!(before(src, p).chars().next_back(), Some('+' | '＋'));
    let tail = rest(src, p + n);
    let op = if tail.starts_with('+') {
        1
    } else if tail.starts_with('＋') {
        3
    } else {
        0
    };
    if op > 0 {
        let m = digits(tail.as_bytes().get(op..).unwrap_or(&[]));
        if m > 0 {
            return Some(p + n + op + m);
        }
    }
    prev_plus.then_some(p + n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        let s = "成教函〔20xx〕150号）精神";
        let p = s.find("20").unwrap();
        assert_eq!(document_number(s, p), Some(s.find('）').unwrap()));
        let s = "(2023)京0105民初12345号判决";
        assert_eq!(document_number(s, 1), Some(s.find("判").unwrap()));
        assert_eq!(phone("13912345678", 0), Some(11));
        assert_eq!(phone("010-12345678", 0), Some(12));
        assert_eq!(phone("1516人", 0), None);
        assert_eq!(
            phone("江苏 无锡 214122；", "江苏 无锡 ".len()),
            Some("江苏 无锡 214122".len())
        );
        assert_eq!(
            phone("新疆 乌鲁木齐 830052）", "新疆 乌鲁木齐 ".len()),
            Some("新疆 乌鲁木齐 830052".len())
        );
        // A six-digit table cell or amount is no postcode.
        assert_eq!(phone("合计 204000\n", "合计 ".len()), None);
        assert_eq!(phone("收入204000；", "收入".len()), None);
        assert_eq!(clock("9:30开会", 0), Some(4));
        assert_eq!(clock("2:1", 0), None);
        assert_eq!(plus_name("9+3学生", 0), Some(3));
        assert_eq!(dotted_path("5.3.2 范围", 0), Some(5));
        assert_eq!(dotted_path("1.5倍", 0), None);
        assert!(word_at("思想统一，", 9, '一').is_some());
        assert!(word_at("十四五规划", 0, '十').is_some());
        assert!(word_at("一个", 0, '一').is_none());
    }

    #[test]
    fn compile_time_filter_is_the_table_filter() {
        let mut near = [0_u64; NEAR_WORDS];
        for ((anchor, neighbour, after), _) in &WORDS.list {
            let mut buf = [0_u8; 4];
            let tail = near_tail(neighbour.encode_utf8(&mut buf).as_bytes());
            set_bit(&mut near, near_bit(*anchor, tail, *after));
        }
        assert_eq!(NEAR, near);
    }
}
