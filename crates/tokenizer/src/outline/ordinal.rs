//! Values of marker ordinals: only marker-sized numbers (up to a few thousand).
//!
//! This is deliberately not a general numeral parser (that lives elsewhere); it reads the
//! numeral inside a section marker: 十一, 二十三, 一百二十三, 一〇一, 壹拾贰, 甲, 子, ①, Ⅳ, iv, Ｂ.

/// Largest ordinal a marker may carry; larger values are not section numbers.
pub(crate) const MAX_ORDINAL: u32 = 9999;

/// Value of one lower-case Chinese digit (〇 零 一 … 九, 两).
pub(crate) fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' | 'Ｏ' => 0,
        '一' => 1,
        '二' | '两' => 2,
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

/// Value of one capital (大写) digit, or the multiplier of a capital unit.
fn capital_digit(c: char) -> Option<char> {
    Some(match c {
        '零' => '零',
        '壹' => '一',
        '贰' | '貳' | '贳' => '二',
        '叁' | '參' | '叄' => '三',
        '肆' => '四',
        '伍' => '五',
        '陆' | '陸' => '六',
        '柒' => '七',
        '捌' => '八',
        '玖' => '九',
        '拾' => '十',
        '佰' => '百',
        '仟' => '千',
        _ => return None,
    })
}

/// Whether `c` can be part of a lower-case Chinese numeral.
#[inline]
pub(crate) fn is_cn_numeral_char(c: char) -> bool {
    cn_digit(c).is_some() || matches!(c, '十' | '百' | '千')
}

/// Whether `c` can be part of a capital (大写) numeral.
pub(crate) fn is_capital_char(c: char) -> bool {
    capital_digit(c).is_some() && c != '零'
}

/// Value of a Chinese numeral written with units (二十三, 一百零一) or digit by digit (一〇一).
pub(crate) fn cn_value(s: &str) -> Option<u32> {
    let mut chars = s.chars().peekable();
    chars.peek()?;
    if !s.contains(['十', '百', '千']) {
        let mut v: u32 = 0;
        for (n, c) in s.chars().enumerate() {
            if n >= 4 {
                return None;
            }
            v = v * 10 + cn_digit(c)?;
        }
        return Some(v);
    }
    let mut total: u32 = 0;
    let mut cur: Option<u32> = None;
    let mut last_unit = u32::MAX;
    for c in chars {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                let d = cn_digit(c)?;
                if d == 0 {
                    if cur.is_some() {
                        return None;
                    }
                    continue;
                }
                if cur.is_some() {
                    return None;
                }
                cur = Some(d);
                continue;
            }
        };
        if unit >= last_unit {
            return None;
        }
        last_unit = unit;
        total += cur.unwrap_or(1) * unit;
        cur = None;
    }
    total += cur.unwrap_or(0);
    (total <= MAX_ORDINAL).then_some(total)
}

/// Value of a capital numeral (壹, 拾贰, 貳拾).
pub(crate) fn capital_value(s: &str) -> Option<u32> {
    let mut buf = [0u8; 64];
    let mut n = 0;
    for c in s.chars() {
        let d = capital_digit(c)?;
        let w = d.encode_utf8(buf.get_mut(n..)?).len();
        n += w;
    }
    cn_value(core::str::from_utf8(buf.get(..n)?).ok()?)
}

/// Value of an ASCII or full-width Arabic digit.
pub(crate) fn ar_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// 天干 甲…癸 → 1…10.
pub(crate) fn stem_value(c: char) -> Option<u32> {
    Some(match c {
        '甲' => 1,
        '乙' => 2,
        '丙' => 3,
        '丁' => 4,
        '戊' => 5,
        '己' => 6,
        '庚' => 7,
        '辛' => 8,
        '壬' => 9,
        '癸' => 10,
        _ => return None,
    })
}

/// 地支 子…亥 → 1…12.
pub(crate) fn branch_value(c: char) -> Option<u32> {
    Some(match c {
        '子' => 1,
        '丑' => 2,
        '寅' => 3,
        '卯' => 4,
        '辰' => 5,
        '巳' => 6,
        '午' => 7,
        '未' => 8,
        '申' => 9,
        '酉' => 10,
        '戌' => 11,
        '亥' => 12,
        _ => return None,
    })
}

/// Latin letter (ASCII or full-width) → 1…26, and whether it is upper case.
pub(crate) fn latin_value(c: char) -> Option<u32> {
    match c {
        'a'..='z' => Some(c as u32 - 'a' as u32 + 1),
        'A'..='Z' => Some(c as u32 - 'A' as u32 + 1),
        'ａ'..='ｚ' => Some(c as u32 - 'ａ' as u32 + 1),
        'Ａ'..='Ｚ' => Some(c as u32 - 'Ａ' as u32 + 1),
        _ => None,
    }
}

/// Value of an ASCII roman numeral (I, iv, XII), validated by re-rendering.
pub(crate) fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 12 {
        return None;
    }
    let mut total: u32 = 0;
    let mut prev = 0;
    for c in s.chars().rev() {
        let v = match c.to_ascii_uppercase() {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    let upper = s.chars().all(|c| c.is_ascii_uppercase());
    let lower = s.chars().all(|c| c.is_ascii_lowercase());
    let canon = to_roman(total);
    let ok = (upper && canon == s) || (lower && canon.to_ascii_lowercase() == s);
    ok.then_some(total)
}

/// Canonical upper-case roman numeral for 1…399.
pub(crate) fn to_roman(mut n: u32) -> String {
    const T: [(u32, &str); 9] = [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in T {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// Canonical lower-case Chinese numeral for 0…9999 (十一, 二十, 一百零五).
#[cfg(test)]
pub(crate) fn to_cn(n: u32) -> String {
    const D: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let digit = |d: u32| D.get(d as usize).copied().unwrap_or("");
    if n == 0 {
        return "〇".to_owned();
    }
    if (10..20).contains(&n) {
        let mut s = "十".to_owned();
        if n > 10 {
            s.push_str(digit(n - 10));
        }
        return s;
    }
    let mut out = String::new();
    let mut zero = false;
    for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
        let d = (n / unit) % 10;
        if d == 0 {
            if !out.is_empty() {
                zero = true;
            }
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        out.push_str(digit(d));
        out.push_str(name);
    }
    out
}

/// Lower-case Chinese numeral for 1…99 (for matching the next enumerator: 二是, 第三，).
pub(crate) fn to_cn_small(n: u32) -> &'static str {
    const T: [&str; 21] = [
        "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
        "十四", "十五", "十六", "十七", "十八", "十九", "二十",
    ];
    T.get(n as usize).copied().unwrap_or("")
}

/// Single-character enclosed forms: (style, value).
pub(crate) fn enclosed(c: char) -> Option<(super::MarkerStyle, u32)> {
    use super::MarkerStyle as S;
    let u = c as u32;
    Some(match u {
        0x2460..=0x2473 => (S::Circled, u - 0x2460 + 1),
        0x3251..=0x325F => (S::Circled, u - 0x3251 + 21),
        0x32B1..=0x32BF => (S::Circled, u - 0x32B1 + 36),
        0x2776..=0x277F => (S::Circled, u - 0x2776 + 1),
        0x2780..=0x2789 => (S::Circled, u - 0x2780 + 1),
        0x3280..=0x3289 => (S::Circled, u - 0x3280 + 1),
        0x2474..=0x2487 => (S::ParenDigit, u - 0x2474 + 1),
        0x2488..=0x249B => (S::DotDigit, u - 0x2488 + 1),
        0x3220..=0x3229 => (S::CnParen, u - 0x3220 + 1),
        0x2160..=0x216B => (S::Roman, u - 0x2160 + 1),
        0x2170..=0x217B => (S::Roman, u - 0x2170 + 1),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese() {
        for (s, v) in [
            ("一", 1),
            ("十", 10),
            ("十一", 11),
            ("二十三", 23),
            ("一百二十三", 123),
            ("一百零一", 101),
            ("一〇一", 101),
            ("〇", 0),
            ("两千", 2000),
            ("二〇二四", 2024),
        ] {
            assert_eq!(cn_value(s), Some(v), "{s}");
        }
        assert_eq!(cn_value("十十"), None);
        assert_eq!(cn_value("二三十"), None);
        assert_eq!(capital_value("拾贰"), Some(12));
        assert_eq!(capital_value("貳"), Some(2));
        for n in 0..=9999 {
            assert_eq!(cn_value(&to_cn(n)), Some(n), "{n} {}", to_cn(n));
        }
    }

    #[test]
    fn roman() {
        assert_eq!(roman_value("IV"), Some(4));
        assert_eq!(roman_value("xii"), Some(12));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("Iv"), None);
        for n in 1..200 {
            assert_eq!(roman_value(&to_roman(n)), Some(n));
        }
    }
}
