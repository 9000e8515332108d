//! Character classes of the numeral grammar: Chinese lowercase digits and units, the
//! financial capitals (大写数字), and Arabic digits in ASCII and full width.

/// Which family of characters a numeral character belongs to (for [`super::Script`]).
pub(super) const LOWER: u8 = 1;
/// Financial capitals 壹贰叁… 拾佰仟.
pub(super) const FIN: u8 = 2;
/// ASCII or full-width Arabic digits.
pub(super) const ARABIC: u8 = 4;
/// Characters shared by every Chinese style: 零 万 萬 亿 億 点.
pub(super) const NEUTRAL: u8 = 0;
/// A lowercase small unit (十 百 千): counts as Chinese only when no Arabic digit is present
/// (25万6千 is Arabic with multipliers, 三千 is Chinese).
pub(super) const LOWER_UNIT: u8 = 8;
/// A financial small unit (拾 佰 仟).
pub(super) const FIN_UNIT: u8 = 16;

/// The class of one character in the numeral grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// A digit 1–9 (一…九, 壹…玖), with its family.
    Digit(u8, u8),
    /// 零 (neutral), 〇 or ○ (lowercase).
    Zero(u8),
    /// 两/兩: 2 before a unit or alone, never inside a digit-by-digit run or after 点.
    Liang,
    /// 俩 (2) and 仨 (3): colloquial, stand alone only (they already mean "two of").
    Colloquial(u8),
    /// 廿 20, 卅 30, 卌 40: a digit and 十 in one character.
    Tens(u8),
    /// 十 拾 (10^1), 百 佰 (10^2), 千 仟 (10^3): exponent and family.
    Small(u8, u8),
    /// 万 萬 (10^4), 亿 億 (10^8): exponent.
    Big(u8),
    /// 点 / 點, the Chinese decimal point.
    Point,
    /// Anything else.
    Other,
}

/// Every character that [`class_of`] does not call [`Class::Other`]: the keys of [`CLASSES`].
/// (A test checks every `char` against the match, so a character missing here is caught.)
const NUMERAL_CHARS: &str =
    "一二三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖零〇○两兩俩倆仨廿卅卌十拾百佰千仟万萬亿億点點";

/// Blocks of 64 code points that hold a numeral character (at most this many).
const BLOCKS: usize = 32;

/// The classes as a two-level table over the BMP: `index[cp >> 6]` is 1 + the block's row in
/// `rows` (0: no numeral character), and `rows[row][cp & 63]` the class. Two loads instead
/// of a chain of comparisons per character; built at compile time from [`class_of`].
struct Classes {
    index: [u8; 1024],
    rows: [[Class; 64]; BLOCKS],
}

#[cfg_attr(
    not(test),
    expect(
        clippy::indexing_slicing,
        reason = "evaluated at compile time: a bad index fails the build, never a run"
    )
)]
static CLASSES: Classes = {
    let mut t = Classes {
        index: [0; 1024],
        rows: [[Class::Other; 64]; BLOCKS],
    };
    let b = NUMERAL_CHARS.as_bytes();
    let mut used = 0;
    let mut i = 0;
    while i + 2 < b.len() {
        let cp = ((b[i] as u32 & 0x0F) << 12)
            | ((b[i + 1] as u32 & 0x3F) << 6)
            | (b[i + 2] as u32 & 0x3F);
        let block = (cp >> 6) as usize;
        if t.index[block] == 0 {
            used += 1;
            t.index[block] = used as u8;
        }
        let row = t.index[block] as usize - 1;
        t.rows[row][(cp & 63) as usize] = match char::from_u32(cp) {
            Some(c) => class_of(c),
            None => Class::Other,
        };
        i += 3;
    }
    t
};

/// Classifies one character.
#[inline(always)]
pub(super) fn class(c: char) -> Class {
    let cp = c as u32;
    // Every numeral character is at or above U+3007 (〇) except ○ (U+25CB).
    if cp < 0x25CB {
        return Class::Other;
    }
    let row = CLASSES.index.get((cp >> 6) as usize).copied().unwrap_or(0);
    if row == 0 {
        return Class::Other;
    }
    CLASSES
        .rows
        .get(usize::from(row) - 1)
        .and_then(|r| r.get((cp & 63) as usize))
        .copied()
        .unwrap_or(Class::Other)
}

/// Classifies one character: the definition that [`CLASSES`] tabulates.
const fn class_of(c: char) -> Class {
    if (c as u32) < 0x25CB {
        return Class::Other;
    }
    match c {
        '一' => Class::Digit(1, LOWER),
        '二' => Class::Digit(2, LOWER),
        '三' => Class::Digit(3, LOWER),
        '四' => Class::Digit(4, LOWER),
        '五' => Class::Digit(5, LOWER),
        '六' => Class::Digit(6, LOWER),
        '七' => Class::Digit(7, LOWER),
        '八' => Class::Digit(8, LOWER),
        '九' => Class::Digit(9, LOWER),
        '壹' => Class::Digit(1, FIN),
        '贰' | '貳' => Class::Digit(2, FIN),
        '叁' | '參' | '叄' => Class::Digit(3, FIN),
        '肆' => Class::Digit(4, FIN),
        '伍' => Class::Digit(5, FIN),
        '陆' | '陸' => Class::Digit(6, FIN),
        '柒' => Class::Digit(7, FIN),
        '捌' => Class::Digit(8, FIN),
        '玖' => Class::Digit(9, FIN),
        '零' => Class::Zero(NEUTRAL),
        '〇' | '○' => Class::Zero(LOWER),
        '两' | '兩' => Class::Liang,
        '俩' | '倆' => Class::Colloquial(2),
        '仨' => Class::Colloquial(3),
        '廿' => Class::Tens(2),
        '卅' => Class::Tens(3),
        '卌' => Class::Tens(4),
        '十' => Class::Small(1, LOWER_UNIT),
        '拾' => Class::Small(1, FIN_UNIT),
        '百' => Class::Small(2, LOWER_UNIT),
        '佰' => Class::Small(2, FIN_UNIT),
        '千' => Class::Small(3, LOWER_UNIT),
        '仟' => Class::Small(3, FIN_UNIT),
        '万' | '萬' => Class::Big(4),
        '亿' | '億' => Class::Big(8),
        '点' | '點' => Class::Point,
        _ => Class::Other,
    }
}

/// Value of an Arabic digit (ASCII `0`–`9` or full-width `０`–`９`).
#[inline]
pub(super) const fn arabic_digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => Some((c as u32 - '０' as u32) as u8),
        _ => None,
    }
}

/// Value of a Chinese digit character: 〇/○/零 → 0, 一…九 and 壹…玖 → 1–9, 两/兩 → 2.
///
/// The quantity scanner uses it to read approximate pairs such as 三四个 (three or four),
/// which [`super::numeral_prefix`] deliberately does not join into one number.
#[allow(dead_code, reason = "for the quantity scanner")]
#[inline]
pub(crate) fn chinese_digit(c: char) -> Option<u8> {
    match class(c) {
        Class::Digit(d, _) => Some(d),
        Class::Zero(_) => Some(0),
        Class::Liang => Some(2),
        _ => None,
    }
}

/// The first char of `s` and its UTF-8 length.
#[inline(always)]
pub(super) fn first(s: &str) -> Option<(char, usize)> {
    s.chars().next().map(|c| (c, c.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_definition() {
        for cp in 0..=0x10FFFF_u32 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(class(c), class_of(c), "{c:?}");
            }
        }
        // Every listed character is a numeral character (a typo would be `Other`).
        for c in NUMERAL_CHARS.chars() {
            assert_ne!(class_of(c), Class::Other, "{c:?}");
        }
    }
}
