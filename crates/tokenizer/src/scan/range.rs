//! Ranges: `1—2名`, `3-4名`, `3～5年`, `三至五年`, `5至10万元`, and adjacent numerals
//! `两三个`, `一两个`, `三四十人`, `二三十年`.

use super::rest;

/// The separator of a range at the start of `s`: dashes and tildes (up to three, `---`),
/// 至 or 到. Returns its length in bytes.
#[inline]
pub(super) fn separator(s: &str) -> Option<usize> {
    // The first two bytes of every separator (至 E8 87, 到 E5 88, 〜 E3 80; `-`, `~`; the
    // dashes and full-width forms under E2 and EF): most text after a numeral ends here.
    match s.as_bytes() {
        [b'-' | b'~' | 0xE2 | 0xEF, ..]
        | [0xE8, 0x87, ..]
        | [0xE5, 0x88, ..]
        | [0xE3, 0x80, ..] => separator_after_gate(s),
        _ => None,
    }
}

/// [`separator`] after its byte test.
#[inline(never)]
fn separator_after_gate(s: &str) -> Option<usize> {
    if s.starts_with('至') || s.starts_with('到') {
        return Some(3);
    }
    let mut len = 0;
    for c in s.chars().take(3) {
        if matches!(
            c,
            '-' | '—' | '–' | '－' | '~' | '～' | '〜' | '―' | '‒' | '−'
        ) {
            len += c.len_utf8();
        } else {
            break;
        }
    }
    (len > 0).then_some(len)
}

/// The value of a one-character digit used in adjacent pairs.
pub(super) fn digit(c: char) -> Option<u8> {
    Some(match c {
        '一' => 1,
        '二' | '两' | '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Power of ten of a multiplier character.
pub(super) fn multiplier(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// A run of multiplier characters at `p` (`十`, `百万`): `(end, exponent)`.
pub(super) fn multiplier_chain(src: &str, p: usize) -> (usize, u32) {
    let (mut end, mut exp) = (p, 0);
    for c in rest(src, p).chars() {
        match multiplier(c) {
            Some(k) => {
                end += c.len_utf8();
                exp += k;
            }
            None => break,
        }
    }
    (end, exp)
}

/// Two adjacent numerals one apart (`两三`, `三四`) at `p`, then any multiplier chain:
/// `(end, low digit, high digit, exponent)`.
#[inline]
pub(super) fn adjacent_pair(src: &str, p: usize) -> Option<(usize, u8, u8, u32)> {
    let mut chars = rest(src, p).chars();
    let (a, b) = (chars.next()?, chars.next()?);
    let (x, y) = (digit(a)?, digit(b)?);
    if y != x + 1 {
        return None;
    }
    let (end, exp) = multiplier_chain(src, p + a.len_utf8() + b.len_utf8());
    Some((end, x, y, exp))
}

/// A round numeral followed by an adjacent pair one order lower (`一百二三十`, `一千五六百`,
/// `两万三四千`) at `p`: `(end, low, high, exponent of the pair)`, with the values in full
/// (120 and 130 for `一百二三十`).
pub(super) fn headed_pair(src: &str, p: usize) -> Option<(usize, i128, i128, u32)> {
    let mut chars = rest(src, p).chars();
    let (d, m) = (chars.next()?, chars.next()?);
    let (head, e) = (digit(d)?, multiplier(m)?);
    let at = p + d.len_utf8() + m.len_utf8();
    let (end, lo, hi, k) = adjacent_pair(src, at)?;
    // The pair counts the next order down (百 → 十, 亿 → 千万), else it is no part of it.
    if k + 1 != e {
        return None;
    }
    let base = i128::from(head) * 10_i128.pow(e);
    let scale = 10_i128.pow(k);
    Some((
        end,
        base + i128::from(lo) * scale,
        base + i128::from(hi) * scale,
        k,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headed_pairs() {
        assert_eq!(headed_pair("一百二三十人", 0), Some((15, 120, 130, 1)));
        assert_eq!(headed_pair("两万三四千", 0), Some((15, 23_000, 24_000, 3)));
        // Not one order down: 一百二三 is a number and a numeral, not a range.
        assert_eq!(headed_pair("一百二三", 0), None);
        assert_eq!(headed_pair("一千二三十", 0), None);
    }

    #[test]
    fn pieces() {
        assert_eq!(separator("—2名"), Some(3));
        assert_eq!(separator("---12月"), Some(3));
        assert_eq!(separator("至五年"), Some(3));
        assert_eq!(separator("年"), None);
        assert_eq!(adjacent_pair("两三个", 0), Some((6, 2, 3, 0)));
        assert_eq!(adjacent_pair("三四十人", 0), Some((9, 3, 4, 1)));
        assert_eq!(adjacent_pair("三五", 0), None);
        assert_eq!(multiplier_chain("百万元", 0), (6, 6));
        // The byte gate lets every separator through.
        for c in "至到-—–－~～〜―‒−".chars() {
            assert_eq!(separator(&format!("{c}5")), Some(c.len_utf8()), "{c}");
        }
    }
}
