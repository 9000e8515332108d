//! Exact numerals: Chinese (一万二千三百四十五, 两万五, 廿三, 二〇二三), financial capitals
//! (壹万贰仟叁佰肆拾伍), Arabic with or without multipliers (１２３, 1,100万, 16.4亿, 13万2),
//! decimals (一点五), fractions (三分之一), percent and its relatives (百分之三十, 30%, 千分之五,
//! 万分之三, 三成) and negatives (负三, -3) — parsed to exact values and formatted back.
//!
//! The reading rules are documented on [`Numeral`] (the module is private).
//!
//! Overflow (past `i128`, or more than 30 decimals) is an error value, never a wrap; every
//! input is read in one pass, linear in its length.

mod arabic;
mod chars;
mod fixed;
mod format;
mod positional;
#[cfg(test)]
mod tests;

use core::fmt;
use core::str::FromStr;

use crate::{Decimal, Number, Span, TokenizeError};
use chars::{ARABIC, Class, FIN, FIN_UNIT, LOWER, LOWER_UNIT, class, first};
use fixed::Fx;
use positional::simple;

#[allow(
    unused_imports,
    reason = "for the quantity scanner's approximate pairs (三四个)"
)]
pub(crate) use chars::chinese_digit;
pub use format::{to_chinese, to_financial};

/// How a numeral was written: which family of characters it uses.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{Script, parse_numeral};
/// assert_eq!(parse_numeral("二〇二三").unwrap().script, Script::DigitByDigit);
/// assert_eq!(parse_numeral("2.5亿").unwrap().script, Script::Arabic);
/// assert_eq!(parse_numeral("壹万贰仟").unwrap().script, Script::Financial);
/// assert_eq!(parse_numeral("3万四千").unwrap().script, Script::Mixed);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Script {
    /// ASCII or full-width digits, possibly with 万/亿/千… multipliers (1.5万, 1千零1).
    Arabic,
    /// Chinese lowercase numerals (一万二千, 两百五, 零点五, 廿三).
    Chinese,
    /// Financial capitals (壹万贰仟叁佰肆拾伍).
    Financial,
    /// A run of digits read one by one (二〇二三, 一九九八).
    DigitByDigit,
    /// A mixture: Arabic with Chinese digits (3万四千), or capitals with lowercase (壹百).
    Mixed,
}

impl Script {
    /// The snake_case name.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Script;
    /// assert_eq!(Script::DigitByDigit.as_str(), "digit_by_digit");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Arabic => "arabic",
            Self::Chinese => "chinese",
            Self::Financial => "financial",
            Self::DigitByDigit => "digit_by_digit",
            Self::Mixed => "mixed",
        }
    }

    fn from_flags(flags: u8, digit_by_digit: bool) -> Self {
        if digit_by_digit {
            return Self::DigitByDigit;
        }
        let arabic = flags & ARABIC != 0;
        let units = if arabic { 0 } else { flags };
        let lower = flags & LOWER != 0 || units & LOWER_UNIT != 0;
        let fin = flags & FIN != 0 || units & FIN_UNIT != 0;
        match (arabic, lower, fin) {
            (true, false, false) => Self::Arabic,
            (true, _, _) | (false, true, true) => Self::Mixed,
            (false, false, true) => Self::Financial,
            (false, _, false) => Self::Chinese,
        }
    }
}

/// What the value of a [`Numeral`] counts.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{NumeralScale, parse_numeral};
/// assert_eq!(parse_numeral("百分之三十").unwrap().scale, NumeralScale::Percent);
/// assert_eq!(parse_numeral("３０％").unwrap().scale, NumeralScale::Percent);
/// assert_eq!(parse_numeral("千分之五").unwrap().scale, NumeralScale::Permille);
/// assert_eq!(parse_numeral("三成").unwrap().scale, NumeralScale::Cheng);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum NumeralScale {
    /// A plain number.
    #[default]
    Plain,
    /// Percent: 百分之三十, 30%, ３０％ (value 30).
    Percent,
    /// Per mille: 千分之五, 5‰ (value 5).
    Permille,
    /// Per ten thousand: 万分之三, 3‱ (value 3).
    Permyriad,
    /// Tenths written with 成; the value is already in percent: 三成 → 30, 三成五 → 35.
    Cheng,
}

impl NumeralScale {
    /// The snake_case name.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::NumeralScale;
    /// assert_eq!(NumeralScale::Permyriad.as_str(), "permyriad");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Plain => "plain",
            Self::Percent => "percent",
            Self::Permille => "permille",
            Self::Permyriad => "permyriad",
            Self::Cheng => "cheng",
        }
    }

    /// Powers of ten that divide the value to give a plain ratio (percent and 成 → 2).
    const fn exp(self) -> u8 {
        match self {
            Self::Plain => 0,
            Self::Percent | Self::Cheng => 2,
            Self::Permille => 3,
            Self::Permyriad => 4,
        }
    }
}

/// An exact numeral: its value, what the value counts, and how it was written.
///
/// `FromStr` is [`parse_numeral`]; `Display` writes the canonical Chinese form
/// (百分之三十, 三分之一, 一万二千三百四十五), which parses back to the same value.
///
/// # Reading rules
///
/// - **Units.** 十 百 千 (拾 佰 仟), 万 萬 = 10^4, 亿 億 = 10^8; adjacent big units multiply
///   (万亿 = 10^12, 亿亿 = 10^16), and a big unit multiplies everything since the last larger
///   one (一万二千亿 = 1.2·10^12, 三亿五千万 = 3.5·10^8). **兆 is not a unit**: it means 10^6
///   (兆瓦, 兆字节) in mainland technical usage, 10^12 in Taiwan and in older texts, so a
///   numeral stops before it and the caller decides.
/// - **Colloquial tails.** A single digit right after a unit, with no 零 between, is one
///   position lower: 两万五 = 25000, 一千二 = 1200, 十三万二 = 132000, 13万2 = 132000. After
///   零 it is units (一千零五 = 1005, 1千零1 = 1001); a multi-digit Arabic part is taken as
///   written (3万4000 = 34000).
/// - **Digit-by-digit and pairs.** A run of three or more bare digits, or of two with a zero,
///   is read digit by digit (一九九八 = 1998, 二〇二三 = 2023, 一二三 = 123, 五〇 = 50). Exactly
///   two bare digits without a zero (三四, 一二, 七八) is the approximate range of spoken
///   Chinese (三四个 = three or four), so only the *first* digit is matched and the scanner
///   reads the pair; likewise inside a number the match ends after the first digit of a
///   pair (十一二 → 十一, 一百二三十 → 一百二): the value is always the low end.
/// - **两 俩 仨.** 两 is 2 wherever a digit may stand except in digit runs and after 点;
///   俩 (2) and 仨 (3) only stand alone (俩人, 仨月).
/// - **Words.** Matching is greedy on numeral characters only: 十分 → 十, 一直 → 一,
///   一成不变 → 一成 (10 %), 陆兆显 → 陆. Deciding that a match is part of a word or a name
///   is the quantity scanner's job.
/// - **Scales.** [`NumeralScale`] records how a ratio was written; the value is the number
///   written after the marker: 百分之三十 → 30 percent, 千分之五 → 5 per mille, 万分之三 → 3 per
///   ten thousand. **成 is stored in percent**: 三成 → value 30, [`NumeralScale::Cheng`]
///   (三成五 → 35), so that the scanner gives 成 and % the same unit.
/// - **Fractions.** X分之Y is `Number::Fraction { numer: Y, denom: X }` as written (not
///   reduced); 三分之二以上 matches 三分之二 and leaves 以上 to the scanner. A bare 百/千/万
///   before 分之 is the percent/per-mille/per-ten-thousand marker; 一百分之三 is the fraction
///   3/100.
/// - **Money.** [`parse_numeral_prefix`] never consumes 元 (the scanner needs it as the unit).
///   The strict [`parse_numeral`] accepts the amount wrapper of cheques and contracts:
///   人民币 before, and 元 / 圆 after, optionally followed by 角 and 分 digits and 整 / 正
///   (人民币壹万贰仟元整, 叁拾元伍角); [`Numeral::yuan`] records it.
/// - **Arabic.** ASCII and full-width digits; `,` separates thousands only between groups of
///   exactly three digits (1,100万; but `1,2` is a list); `.` / `．` is a decimal point only
///   before a digit; `3点` is a clock time, so 点 only follows Chinese digits.
/// - **Signs.** 负, `-`, `－` (full width), `−` (U+2212) before any form: 负百分之四十 = −40 %.
/// - **Bare units.** A leading 百 千 万 亿 alone means one of it (百余人 → 100, 万余元 → 10000,
///   千万 → 10^7, 万万 → 10^8), but no digit may follow it: 万一 (a word) matches 万 only.
/// - **成 tails.** 三成五 = 35 %, 九成九 = 99 %; 十成 = 100 %, and no digit after 十成.
///
/// Overflow (past `i128`, or more than 30 decimals) is an error value, never a wrap. Every
/// input is read in one pass (two when the end does not accept), linear in its length, with
/// no allocation on success.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{Decimal, Number, Numeral, NumeralScale};
/// let n: Numeral = "16.4亿".parse().unwrap();
/// assert_eq!(n.value, Number::Decimal(Decimal::from(1_640_000_000_i64)));
/// assert_eq!(n.scale, NumeralScale::Plain);
/// assert_eq!(n.to_string(), "十六亿四千万");
/// let p: Numeral = "负百分之四十".parse().unwrap();
/// assert_eq!(p.value, Number::Decimal(Decimal::from(-40_i64)));
/// assert_eq!(p.to_string(), "负百分之四十");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Numeral {
    /// The exact value, in units of `scale` (百分之三十 → 30).
    pub value: Number,
    /// Plain, percent, per mille, per ten thousand or 成.
    pub scale: NumeralScale,
    /// The characters it was written with.
    pub script: Script,
    /// Written as an amount of money (人民币…元整): see [`parse_numeral`].
    pub yuan: bool,
}

impl Numeral {
    /// The value as a plain ratio: 30 % → 0.3, 三成 → 0.3, 千分之五 → 0.005; a plain
    /// number is returned unchanged. `None` when the division would exceed 30 decimals.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::{Number, parse_numeral};
    /// let r = parse_numeral("千分之五").unwrap().ratio().unwrap();
    /// assert_eq!(r, Number::Decimal("0.005".parse().unwrap()));
    /// ```
    #[must_use]
    pub fn ratio(self) -> Option<Number> {
        let e = self.scale.exp();
        let shift = |d: Decimal| Decimal::new(d.mantissa(), d.scale().checked_add(e)?);
        Some(match self.value {
            Number::Decimal(d) => Number::Decimal(shift(d)?.normalized()),
            Number::Fraction { numer, denom } => Number::Fraction {
                numer: shift(numer)?,
                denom,
            },
        })
    }
}

/// The longest numeral at the very start of `s` (no leading spaces skipped).
///
/// The value is `Err(())` when the numeral overflows (the whole run is still matched, so a
/// scanner can skip it). See the module decisions for where a match stops.
#[derive(Debug, Clone, Copy, PartialEq)]
#[allow(
    dead_code,
    reason = "fields the quantity scanner reads; parse_numeral reads only some"
)]
pub(crate) struct NumeralMatch {
    /// Bytes consumed, on a char boundary, `> 0`.
    pub(crate) len: usize,
    /// The exact value in units of `scale`; `Err(())` on overflow.
    pub(crate) value: Result<Number, ()>,
    /// How it was written.
    pub(crate) script: Script,
    /// A unit character (十 百 千 万 亿 拾 佰 仟 萬 億 廿 卅 卌) was folded into the value.
    pub(crate) has_multiplier: bool,
    /// Percent and relatives (百分之/%/％, 千分之/‰, 万分之/‱, 成).
    pub(crate) scale: NumeralScale,
    /// Exponent of the unit the value part ends with: 10万 → 4, 1.2万亿 → 12, 三十 → 1,
    /// 两万五 → 0, 35 → 0. For distributing a multiplier over a range (5至10万 → 5万–10万).
    pub(crate) trailing_exp: u8,
}

// When a match is directly followed by a Chinese digit (see `chinese_digit`), it stopped at
// the first digit of an approximate pair: 三四个 → 三, 十一二岁 → 十一, 百分之五六十 → 百分之五,
// 三万四五千 → 三万四. The value is the low end's head, not a complete number; reading the
// pair (and the units after it) is the scanner's job.
//
// Not read here, on purpose: `1/3` (a slash also writes dates, 2024/3/28), 一又二分之一 (rare
// in reports), 兆 (10^6 or 10^12 depending on region and field), 几/余/多/半 (qualifiers).

/// Sign at the start: (negative, bytes).
fn sign(s: &str) -> (bool, usize) {
    // Lead bytes of 负 負 (E8), `-`, － (EF), − (E2): most numerals start otherwise.
    if !matches!(s.as_bytes().first(), Some(0xE8 | b'-' | 0xEF | 0xE2)) {
        return (false, 0);
    }
    match first(s) {
        Some(('负' | '負' | '-' | '－' | '−', l)) => (true, l),
        _ => (false, 0),
    }
}

/// The fast path of [`numeral_prefix`]: an Arabic literal of at most 18 ASCII digits, with
/// or without ASCII decimals (`6`, `2017`, `7.88`), followed by nothing that continues the
/// numeral (no `,`, no further point or digit, no full-width digit or point, no numeral
/// character, no 分之 or 成; a percent sign is the caller's). Returns `(bytes, mantissa,
/// scale)`; `None` sends the text through the full grammar, which reads these cases the
/// same way.
#[inline]
fn plain_arabic(s: &str) -> Option<(usize, i64, u8)> {
    let b = s.as_bytes();
    let (mut n, mut m, mut digits) = (0_usize, 0_i64, 0_u8);
    let mut scale = 0_u8;
    loop {
        match b.get(n) {
            Some(&d) if d.is_ascii_digit() => {
                if digits == 18 {
                    return None;
                }
                m = m * 10 + i64::from(d - b'0');
                digits += 1;
                n += 1;
                if scale > 0 {
                    scale += 1;
                }
            }
            // A point before an ASCII digit starts the decimals (once); before a full-width
            // digit it is the grammar's case; otherwise it ends the literal (`1.` list marker).
            Some(b'.') if digits > 0 && scale == 0 => match b.get(n + 1) {
                Some(d) if d.is_ascii_digit() => {
                    n += 1;
                    scale = 1;
                }
                Some(0xEF) => return None,
                _ => break,
            },
            _ => break,
        }
    }
    if digits == 0 {
        return None;
    }
    // `scale` counted the point too.
    let scale = scale.saturating_sub(1);
    match b.get(n) {
        Some(&x) if x < 0x80 && (x == b',' || (x == b'.' && scale > 0)) => {
            return None;
        }
        None | Some(0..0x80) => {}
        Some(_) => {
            let (c, _) = first(s.get(n..)?)?;
            if class(c) != Class::Other
                || matches!(c, '分' | '成' | '．')
                || chars::arabic_digit(c).is_some()
            {
                return None;
            }
        }
    }
    Some((n, m, scale))
}

/// The commonest numeral of running text, a short run of ASCII digits, perhaps with `%`,
/// before a Chinese character that cannot continue it (`6人`, `2017年`, `300门`, `30%的`):
/// `(bytes, value, percent)`.
///
/// Whenever it answers, [`numeral_prefix`] reads the same match (Arabic, plain or percent
/// scale, no multiplier, no trailing exponent); `None` leaves every other case to it. The
/// point, `,` and every non-ASCII lead byte outside `E3`–`E9` (％ ‰ ‱, full-width digits and
/// point) are not read here.
#[inline]
pub(crate) fn ascii_integer(s: &str) -> Option<(usize, i64, bool)> {
    let b = s.as_bytes();
    let (mut n, mut m) = (0_usize, 0_i64);
    while let Some(&d) = b.get(n)
        && d.is_ascii_digit()
    {
        // 18 digits always fit an `i64`; longer runs are the grammar's.
        if n == 17 {
            return None;
        }
        m = m * 10 + i64::from(d - b'0');
        n += 1;
    }
    if n == 0 {
        return None;
    }
    match b.get(n) {
        None => Some((n, m, false)),
        Some(b'%') => Some((n + 1, m, true)),
        Some(b'.' | b',') => None,
        Some(0..0x80) => Some((n, m, false)),
        Some(0xE3..=0xE9) => {
            let (c, _) = first(s.get(n..)?)?;
            (class(c) == Class::Other && !matches!(c, '分' | '成')).then_some((n, m, false))
        }
        Some(_) => None,
    }
}

/// One Chinese digit (一…九, 壹…玖, 两) before a character that cannot continue it (`一年`,
/// `两名`, `三、`): `(bytes, digit, script)`.
///
/// Whenever it answers, [`numeral_prefix`] reads the same match (the lone-digit fast path
/// of the grammar, plain scale, no multiplier); `None` leaves every other case to it.
#[inline]
pub(crate) fn lone_digit(s: &str) -> Option<(usize, u8, Script)> {
    let (c0, l0) = first(s)?;
    let (d, f) = match class(c0) {
        Class::Digit(d, f) => (d, f),
        Class::Liang => (2, LOWER),
        _ => return None,
    };
    if let Some((c, _)) = s.get(l0..).and_then(first)
        && (class(c) != Class::Other
            || chars::arabic_digit(c).is_some()
            || matches!(c, '%' | '％' | '‰' | '‱' | '分' | '成'))
    {
        return None;
    }
    let script = if f == FIN {
        Script::Financial
    } else {
        Script::Chinese
    };
    Some((l0, d, script))
}

/// Exact value built by [`numeral_prefix`]: a decimal or a fraction.
#[derive(Clone, Copy)]
enum Val {
    Dec(Fx),
    Frac(Fx, Fx),
}

/// The longest numeral at the very start of `s`; see [`NumeralMatch`].
///
/// One pass over the numeral, no allocation, no recursion.
#[inline(always)]
pub(crate) fn numeral_prefix(s: &str) -> Option<NumeralMatch> {
    let (neg, sign_len) = sign(s);
    let body = s.get(sign_len..)?;
    if let Some((len, m, scale)) = plain_arabic(body) {
        let m = if neg { -m } else { m };
        // A percent sign and its relatives right after the literal (`12.5%`).
        let (ratio, rl) = match body.as_bytes().get(len) {
            Some(b'%') => (NumeralScale::Percent, 1),
            Some(0xEF | 0xE2) => match first(body.get(len..).unwrap_or("")) {
                Some(('％', l)) => (NumeralScale::Percent, l),
                Some(('‰', l)) => (NumeralScale::Permille, l),
                Some(('‱', l)) => (NumeralScale::Permyriad, l),
                _ => (NumeralScale::Plain, 0),
            },
            _ => (NumeralScale::Plain, 0),
        };
        return Some(NumeralMatch {
            len: sign_len + len + rl,
            value: Decimal::new(i128::from(m), scale)
                .map(Number::Decimal)
                .ok_or(()),
            script: Script::Arabic,
            has_multiplier: false,
            scale: ratio,
            trailing_exp: 0,
        });
    }
    let x = simple(body)?;
    let mut pos = sign_len + x.len;
    let mut scale = NumeralScale::Plain;
    let mut flags = x.flags;
    let mut dbd = x.digit_by_digit;
    let mut has_unit = x.has_unit;
    let mut trailing = x.trailing_exp;
    let mut val = x.value.map(Val::Dec);
    let rest = s.get(pos..).unwrap_or("");
    match first(rest) {
        Some(('%' | '％', l)) => {
            scale = NumeralScale::Percent;
            pos += l;
        }
        Some(('‰', l)) => {
            scale = NumeralScale::Permille;
            pos += l;
        }
        Some(('‱', l)) => {
            scale = NumeralScale::Permyriad;
            pos += l;
        }
        Some(('分', l))
            if !x.digit_by_digit && rest.get(l..).is_some_and(|r| r.starts_with('之')) =>
        {
            let after = pos + l + '之'.len_utf8();
            if let Some(y) = s.get(after..).and_then(simple) {
                let marker = match x.bare {
                    Some(2) => Some(NumeralScale::Percent),
                    Some(3) => Some(NumeralScale::Permille),
                    Some(4) => Some(NumeralScale::Permyriad),
                    _ => None,
                };
                if let Some(m) = marker {
                    scale = m;
                    flags = y.flags;
                    dbd = y.digit_by_digit;
                    has_unit = y.has_unit;
                    trailing = y.trailing_exp;
                    val = y.value.map(Val::Dec);
                    pos = after + y.len;
                } else if x.value.is_none_or(|d| !d.is_zero()) {
                    flags |= y.flags;
                    has_unit |= y.has_unit;
                    trailing = y.trailing_exp;
                    val = match (x.value, y.value) {
                        (Some(d), Some(n)) => Some(Val::Frac(n, d)),
                        _ => None,
                    };
                    pos = after + y.len;
                }
            }
        }
        Some(('成', l)) if !x.digit_by_digit => {
            if let Some(v) = x.value
                && v.m >= 0
                && Fx::int(10).sub(v).is_some_and(|d| d.m >= 0)
                && let Some(pct) = v.mul_pow10(1)
            {
                scale = NumeralScale::Cheng;
                pos += l;
                val = Some(Val::Dec(pct));
                trailing = 0;
                // 三成五 = 35 %: one more digit, not followed by more numeral characters.
                if v.s == 0
                    && v.m < 10
                    && let Some((c, cl)) = s.get(pos..).and_then(first)
                    && let Class::Digit(d, f) = class(c)
                    && s.get(pos + cl..).and_then(first).is_none_or(|(n, _)| {
                        class(n) == Class::Other && chars::arabic_digit(n).is_none()
                    })
                {
                    val = pct.add(Fx::int(i128::from(d))).map(Val::Dec);
                    flags |= f;
                    pos += cl;
                }
            }
        }
        _ => {}
    }
    let value = match val {
        Some(Val::Dec(d)) => {
            let d = if neg { d.neg() } else { Some(d) };
            d.and_then(Fx::to_decimal).map(Number::Decimal)
        }
        Some(Val::Frac(n, d)) => {
            let n = if neg { n.neg() } else { Some(n) };
            match (n.and_then(Fx::to_decimal), d.to_decimal()) {
                (Some(numer), Some(denom)) => Some(Number::Fraction { numer, denom }),
                _ => None,
            }
        }
        None => None,
    };
    Some(NumeralMatch {
        len: pos,
        value: value.ok_or(()),
        script: Script::from_flags(flags, dbd),
        has_multiplier: has_unit,
        scale,
        trailing_exp: u8::try_from(trailing).unwrap_or(u8::MAX),
    })
}

/// Jiao/fen after 元 in a money amount: `(bytes, tenths+hundredths as Fx)`.
fn yuan_tail(s: &str) -> Option<(usize, Fx)> {
    let mut pos = 0;
    let mut add = Fx::ZERO;
    let mut last = 0_u32; // 1: 角 read, 2: 分 read
    loop {
        let rest = s.get(pos..)?;
        let Some((c, l)) = first(rest) else {
            return Some((pos, add));
        };
        match c {
            '整' | '正' => return Some((pos + l, add)),
            '零' if last == 0 || last == 1 => pos += l,
            _ => {
                let Class::Digit(d, _) = class(c) else {
                    return Some((pos, add));
                };
                let (u, ul) = first(rest.get(l..)?)?;
                let e = match u {
                    '角' if last == 0 => 1,
                    '分' if last < 2 => 2,
                    _ => return Some((pos, add)),
                };
                add = add.add(Fx {
                    m: i128::from(d),
                    s: e,
                })?;
                last = u32::from(e);
                pos += l + ul;
            }
        }
    }
}

/// Parses a whole string as one numeral, strictly (see [`Numeral`] for the reading rules).
///
/// Accepts every form that [`parse_numeral_prefix`] matches (Chinese, financial, Arabic, mixed,
/// digit by digit, decimals, fractions, percent, 成, signs) and, around a plain amount, the
/// money wrapper 人民币…元整 (also 元/圆, 角, 分, 整/正), which sets [`Numeral::yuan`].
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{Decimal, Number, parse_numeral};
/// let v = |s: &str| parse_numeral(s).unwrap().value;
/// assert_eq!(v("一万二千三百四十五"), Number::Decimal(Decimal::from(12345_i64)));
/// assert_eq!(v("两万五"), Number::Decimal(Decimal::from(25000_i64)));
/// assert_eq!(v("1,100万"), Number::Decimal(Decimal::from(11_000_000_i64)));
/// assert_eq!(v("人民币壹万贰仟元整"), Number::Decimal(Decimal::from(12000_i64)));
/// assert_eq!(v("一点五"), Number::Decimal("1.5".parse().unwrap()));
/// assert_eq!(v("三分之一"), Number::Fraction { numer: Decimal::from(1_i64), denom: Decimal::from(3_i64) });
/// ```
///
/// # Errors
///
/// [`TokenizeError::Empty`] for `""`; [`TokenizeError::Overflow`] when the value does not fit
/// (past `i128`, or more than 30 decimals), with the span of the numeral;
/// [`TokenizeError::Invalid`] when the text does not start with a numeral or has anything
/// after it (三分之二以上), with the span of what could not be read.
pub fn parse_numeral(s: &str) -> Result<Numeral, TokenizeError> {
    if s.is_empty() {
        return Err(TokenizeError::Empty);
    }
    // 人 is E4 BA BA: test one byte before the word.
    let start = if s.as_bytes().get(1) == Some(&0xBA) && s.starts_with("人民币") {
        "人民币".len()
    } else {
        0
    };
    let body = s.get(start..).unwrap_or("");
    // The numeral is read once: the whole text, or a prefix that the money wrapper may follow.
    let m = numeral_prefix(body);
    if let Some(m) = m
        && m.len == body.len()
        && let Ok(value) = m.value
    {
        return Ok(Numeral {
            value,
            scale: m.scale,
            script: m.script,
            yuan: start > 0,
        });
    }
    let (n, end) = numeral_at(s, start, m)?;
    let rest = s.get(end..).unwrap_or("");
    if rest.is_empty() {
        return Ok(Numeral {
            yuan: start > 0,
            ..n
        });
    }
    if let (Number::Decimal(d), NumeralScale::Plain, Some((c, l))) = (n.value, n.scale, first(rest))
        && (c == '元' || c == '圆')
        && let Some((tl, add)) = rest.get(l..).and_then(yuan_tail)
        && l + tl == rest.len()
    {
        let sum = add.to_decimal().and_then(|a| {
            if d.is_negative() {
                d.checked_sub(a)
            } else {
                d.checked_add(a)
            }
        });
        let Some(sum) = sum else {
            return Err(TokenizeError::Overflow {
                span: Span::new(start, s.len()),
                found: s.get(start..).unwrap_or("").to_owned(),
            });
        };
        return Ok(Numeral {
            value: Number::Decimal(sum),
            yuan: true,
            ..n
        });
    }
    Err(TokenizeError::Invalid {
        span: Span::new(end, s.len()),
        expected: "end of numeral",
        found: rest.to_owned(),
    })
}

/// The numeral at byte `start` of `s`: the value and the end offset.
fn prefix_at(s: &str, start: usize) -> Result<(Numeral, usize), TokenizeError> {
    numeral_at(s, start, s.get(start..).and_then(numeral_prefix))
}

/// [`prefix_at`] with the match at `start` already read (`m`).
fn numeral_at(
    s: &str,
    start: usize,
    m: Option<NumeralMatch>,
) -> Result<(Numeral, usize), TokenizeError> {
    let body = s.get(start..).unwrap_or("");
    let Some(m) = m else {
        let l = first(body).map_or(0, |(_, l)| l);
        return Err(TokenizeError::Invalid {
            span: Span::new(start, start + l),
            expected: "a numeral",
            found: body.get(..l).unwrap_or("").to_owned(),
        });
    };
    let end = start + m.len;
    let Ok(value) = m.value else {
        return Err(TokenizeError::Overflow {
            span: Span::new(start, end),
            found: s.get(start..end).unwrap_or("").to_owned(),
        });
    };
    Ok((
        Numeral {
            value,
            scale: m.scale,
            script: m.script,
            yuan: false,
        },
        end,
    ))
}

/// Parses the longest numeral at the start of `s` and returns it with the rest of the text.
///
/// This is the matcher the quantity scanner uses: greedy on numeral characters only
/// (`十分` → 十 and `分`; `三分之二以上` → 三分之二 and `以上`; `三四个` → 三 and `四个`). No
/// money wrapper is read (元 is left for the unit).
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{Decimal, Number, parse_numeral_prefix};
/// let (n, rest) = parse_numeral_prefix("35万元").unwrap();
/// assert_eq!(n.value, Number::Decimal(Decimal::from(350_000_i64)));
/// assert_eq!(rest, "元");
/// assert_eq!(parse_numeral_prefix("三分之二以上").unwrap().1, "以上");
/// ```
///
/// # Errors
///
/// [`TokenizeError::Empty`] for `""`, [`TokenizeError::Invalid`] when `s` does not start
/// with a numeral, [`TokenizeError::Overflow`] when the numeral at the start overflows.
pub fn parse_numeral_prefix(s: &str) -> Result<(Numeral, &str), TokenizeError> {
    if s.is_empty() {
        return Err(TokenizeError::Empty);
    }
    let (n, end) = prefix_at(s, 0)?;
    Ok((n, s.get(end..).unwrap_or("")))
}

impl FromStr for Numeral {
    type Err = TokenizeError;

    /// Same as [`parse_numeral`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_numeral(s)
    }
}

impl fmt::Display for Numeral {
    /// The canonical Chinese form: 一万二千三百四十五, 一点五, 三分之一, 负百分之四十, 三成,
    /// 千分之五. It parses back to an equal value and scale.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (neg, body) = match self.value {
            Number::Decimal(d) => (d.is_negative(), Number::Decimal(abs(d))),
            Number::Fraction { numer, denom } => (
                numer.is_negative() != denom.is_negative(),
                Number::Fraction {
                    numer: abs(numer),
                    denom: abs(denom),
                },
            ),
        };
        if neg {
            f.write_str("负")?;
        }
        let marker = match self.scale {
            NumeralScale::Plain | NumeralScale::Cheng => "",
            NumeralScale::Percent => "百分之",
            NumeralScale::Permille => "千分之",
            NumeralScale::Permyriad => "万分之",
        };
        f.write_str(marker)?;
        match body {
            Number::Fraction { numer, denom } => {
                write!(f, "{}分之{}", to_chinese(denom), to_chinese(numer))?;
            }
            Number::Decimal(d) if self.scale == NumeralScale::Cheng => {
                let tenths = Decimal::new(d.mantissa(), d.scale().saturating_add(1))
                    .map_or(d, Decimal::normalized);
                write!(f, "{}成", to_chinese(tenths))?;
            }
            Number::Decimal(d) => f.write_str(&to_chinese(d))?,
        }
        Ok(())
    }
}

/// `|d|`, saturating at `i128::MAX` for `i128::MIN`.
fn abs(d: Decimal) -> Decimal {
    d.checked_abs()
        .or_else(|| Decimal::new(i128::MAX, d.scale()))
        .unwrap_or(d)
}
