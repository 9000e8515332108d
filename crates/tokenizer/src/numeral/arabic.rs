//! Arabic literals: `123`, `１２３`, `1,100`, `1.5`, `１．５`, `12,345.67`.

use super::chars::{arabic_digit, first};
use super::fixed::Fx;
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

/// Reads digits from the start of `s` into `acc`; returns (bytes, digit count).
#[inline]
fn digits(s: &str, acc: &mut Option<i128>) -> (usize, usize) {
    let mut len = 0;
    let mut n = 0;
    for c in s.chars() {
        let Some(d) = arabic_digit(c) else { break };
        *acc = acc
            .and_then(|m| m.checked_mul(10))
            .and_then(|m| m.checked_add(i128::from(d)));
        len += c.len_utf8();
        n += 1;
    }
    (len, n)
}

/// Whether `s` starts with exactly three Arabic digits not followed by a fourth: a thousands
/// group after a `,`. Returns the bytes of the three digits.
#[inline]
fn thousands_group(s: &str) -> Option<usize> {
    let mut len = 0;
    let mut chars = s.chars();
    for _ in 0..3 {
        let c = chars.next()?;
        arabic_digit(c)?;
        len += c.len_utf8();
    }
    match chars.next() {
        Some(c) if arabic_digit(c).is_some() => None,
        _ => Some(len),
    }
}

/// The Arabic literal at the start of `s`, if `s` starts with a digit.
///
/// A `,` is a thousands separator only between groups of exactly three digits after a first
/// group of one to three (`1,100`, `12,345,678`); otherwise the literal ends before it
/// (`1,2` is two numbers, as in a list). A `.` or `．` is a decimal point only when a digit
/// follows. At most [`MAX_SCALE`] decimals; more is an overflow.
pub(super) fn lit(s: &str) -> Option<Lit> {
    let mut acc = Some(0_i128);
    let (mut len, n) = digits(s, &mut acc);
    if n == 0 {
        return None;
    }
    let mut grouped = false;
    if n <= 3 {
        while let Some(rest) = s.get(len..) {
            if !rest.starts_with(',') {
                break;
            }
            let Some(g) = rest.get(1..).and_then(thousands_group) else {
                break;
            };
            let (gl, _) = digits(rest.get(1..1 + g).unwrap_or(""), &mut acc);
            len += 1 + gl;
            grouped = true;
        }
    }
    let mut scale = 0_usize;
    let mut point = false;
    if let Some((c, cl)) = s.get(len..).and_then(first)
        && (c == '.' || c == '．')
        && let Some(frac) = s.get(len + cl..)
        && frac.chars().next().and_then(arabic_digit).is_some()
    {
        let (fl, fnum) = digits(frac, &mut acc);
        len += cl + fl;
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
