//! What looks numeric but is not a quantity: fixed words and names (data, `data/exclusions.txt`)
//! and shapes recognised by rule (outline markers, document numbers, phone numbers, clock
//! times, programme names such as “9+3”).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{before, is_candidate, is_digit_char, rest};

/// Exclusion words keyed by their first candidate character (the "anchor"): `(prefix, rest)`
/// where `prefix` is the part before the anchor and `rest` starts at it.
static WORDS: LazyLock<HashMap<char, Vec<(&'static str, &'static str)>>> = LazyLock::new(|| {
    let mut map: HashMap<char, Vec<(&'static str, &'static str)>> = HashMap::new();
    for line in include_str!("../../data/exclusions.txt").lines() {
        let word = line.trim();
        if word.is_empty() || word.starts_with('#') {
            continue;
        }
        if let Some((i, c)) = word.char_indices().find(|&(_, c)| is_candidate(c)) {
            let (prefix, tail) = (word.get(..i), word.get(i..));
            if let (Some(prefix), Some(tail)) = (prefix, tail) {
                map.entry(c).or_default().push((prefix, tail));
            }
        }
    }
    for list in map.values_mut() {
        list.sort_by_key(|(_, t)| core::cmp::Reverse(t.len()));
    }
    map
});

/// When an exclusion word has its anchor at `p`, the byte where the word ends.
pub(crate) fn word_at(src: &str, p: usize, c: char) -> Option<usize> {
    let list = WORDS.get(&c)?;
    let (head, tail) = (before(src, p), rest(src, p));
    list.iter()
        .find(|(prefix, word)| tail.starts_with(word) && head.ends_with(prefix))
        .map(|(_, word)| p + word.len())
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
pub(crate) fn marker(src: &str, p: usize, end: usize) -> Option<usize> {
    let next = rest(src, end).chars().next();
    let prev = before(src, p).chars().next_back();
    if matches!(prev, Some('（' | '(' | '〔' | '［' | '[' | '【'))
        && let Some(c @ ('）' | ')' | '〕' | '］' | ']' | '】')) = next
    {
        return Some(end + c.len_utf8());
    }
    if at_line_start(src, p) {
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

/// Phone numbers: mobile `1[3-9]` + 9 digits, `0xx(x)-xxxxxxx(x)`, `400-xxx-xxxx`, or any digit
/// run after 电话/手机/传真/热线/Tel. Returns the end of the number.
pub(crate) fn phone(src: &str, p: usize) -> Option<usize> {
    let bytes = rest(src, p).as_bytes();
    let n = digits(bytes);
    let first = bytes.first().copied();
    let after = bytes.get(n).copied();
    let cue = {
        let head = before(src, p);
        let head = head
            .get(head.len().saturating_sub(18)..)
            .or_else(|| {
                head.char_indices()
                    .map(|(i, _)| i)
                    .find(|&i| head.len() - i <= 18)
                    .and_then(|i| head.get(i..))
            })
            .unwrap_or("");
        [
            "电话",
            "手机",
            "传真",
            "热线",
            "联系方式",
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
        if area || hotline || (cue && m >= 3) {
            let mut end = n + 1 + m;
            if hotline && bytes.get(end) == Some(&b'-') {
                end += 1 + digits(bytes.get(end + 1..).unwrap_or(&[]));
            }
            return Some(p + end);
        }
    }
    let mobile = n == 11 && first == Some(b'1');
    if mobile || (cue && n >= 7) {
        return Some(p + n);
    }
    None
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
pub(crate) fn clock_words(src: &str, p: usize, end: usize) -> Option<usize> {
    let tail = rest(src, end);
    let cue = [
        "上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "早晨", "夜里",
    ]
    .iter()
    .any(|w| before(src, p).ends_with(w));
    for (w, clocky) in [
        ("点半", true),
        ("点钟", true),
        ("时半", true),
        ("点", cue),
        ("时", cue),
    ] {
        if clocky && tail.starts_with(w) {
            let mut e = end + w.len();
            // Swallow minutes: 九点三十分.
            let mins = rest(src, e);
            let k = mins
                .char_indices()
                .take_while(|&(_, c)| is_candidate(c) && c != '第')
                .last()
                .map_or(0, |(i, c)| i + c.len_utf8());
            if k > 0 && rest(src, e + k).starts_with('分') {
                e += k + '分'.len_utf8();
            }
            return Some(e);
        }
    }
    None
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
        assert_eq!(clock("9:30开会", 0), Some(4));
        assert_eq!(clock("2:1", 0), None);
        assert_eq!(plus_name("9+3学生", 0), Some(3));
        assert_eq!(dotted_path("5.3.2 范围", 0), Some(5));
        assert_eq!(dotted_path("1.5倍", 0), None);
        assert!(word_at("思想统一，", 9, '一').is_some());
        assert!(word_at("十四五规划", 0, '十').is_some());
        assert!(word_at("一个", 0, '一').is_none());
    }
}
