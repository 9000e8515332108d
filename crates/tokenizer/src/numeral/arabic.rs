//! Arabic literals: `123`, `１２３`, `1,100`, `1.5`, `１．５`, `12,345.67`.

use super::fixed::{Fx, push_digit};
use crate::MAX_SCALE;

/// One Arabic literal at the start of a string.
#[derive(Clone, Copy, Debug)]
pub(super) struct Lit {
    /// Bytes consumed.
    pub(super) len: usize,
    /// The value, `None` on overflow.
    pub(super) value: Option<Fx>,
    /// A single digit with no point and no separator (eligible as a colloquial tail: 13万2).
    pub(super) single: bool,
    /// Has a decimal point.
    pub(super) point: bool,
}

/// The Arabic digit at byte `i` of `b`: (value, bytes). ASCII `0`–`9` or full-width
/// `０`–`９` (U+FF10–U+FF19, UTF-8 `EF BC 90`–`EF BC 99`).
#[inline(always)]
fn digit_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    match b.get(i) {
        Some(&c @ b'0'..=b'9') => Some((c - b'0', 1)),
        Some(0xEF) => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0xBC), Some(&c @ 0x90..=0x99)) => Some((c - 0x90, 3)),
            _ => None,
        },
        _ => None,
    }
}

/// Reads digits from byte `i` of `b` into `acc`; returns (bytes, digit count).
#[inline]
fn digits(b: &[u8], mut i: usize, acc: &mut Option<i128>) -> (usize, usize) {
    let start = i;
    let mut n = 0;
    while let Some((d, l)) = digit_at(b, i) {
        *acc = acc.and_then(|m| push_digit(m, d));
        i += l;
        n += 1;
    }
    (i - start, n)
}

/// Whether exactly three digits start at byte `i`, not followed by a fourth: a thousands
/// group after a `,`. Returns the bytes of the three digits.
#[inline]
fn thousands_group(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    for _ in 0..3 {
        let (_, l) = digit_at(b, j)?;
        j += l;
    }
    match digit_at(b, j) {
        Some(_) => None,
        None => Some(j - i),
    }
}

/// Whether `s` starts with an Arabic digit.
#[inline(always)]
pub(super) fn starts_with_digit(s: &str) -> bool {
    digit_at(s.as_bytes(), 0).is_some()
}

/// The Arabic literal at the start of `s`, if `s` starts with a digit.
///
/// A `,` is a thousands separator only between groups of exactly three digits after a first
/// group of one to three (`1,100`, `12,345,678`); otherwise the literal ends before it
/// (`1,2` is two numbers, as in a list). A `.` or `．` is a decimal point only when a digit
/// follows. At most [`MAX_SCALE`] decimals; more is an overflow.
pub(super) fn lit(s: &str) -> Option<Lit> {
    let b = s.as_bytes();
    let mut acc = Some(0_i128);
    let (mut len, n) = digits(b, 0, &mut acc);
    if n == 0 {
        return None;
    }
    let mut grouped = false;
    if n <= 3 {
        while b.get(len) == Some(&b',') {
            let Some(g) = thousands_group(b, len + 1) else {
                break;
            };
            let _ = digits(b, len + 1, &mut acc);
            len += 1 + g;
            grouped = true;
        }
    }
    let mut scale = 0_usize;
    let mut point = false;
    let pl = match (b.get(len), b.get(len + 1), b.get(len + 2)) {
        (Some(b'.'), _, _) => 1,
        (Some(0xEF), Some(0xBC), Some(0x8E)) => 3, // ．
        _ => 0,
    };
    if pl > 0 && digit_at(b, len + pl).is_some() {
        let (fl, fnum) = digits(b, len + pl, &mut acc);
        len += pl + fl;
        scale = fnum;
        point = true;
    }
    let value = match (acc, u8::try_from(scale)) {
        (Some(m), Ok(s)) if s <= MAX_SCALE => Some(Fx { m, s }),
        _ => None,
    };
    Some(Lit {
        len,
        value,
        single: n == 1 && !grouped && !point,
        point,
    })
}
