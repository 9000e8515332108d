//! The positional grammar (一万二千三百四十五, 1.5万, 25万6千, 两万五, 一百点零六) and
//! digit-by-digit runs (二〇二三): one left-to-right pass, no recursion, no allocation.
//!
//! Big units (万 10^4, 亿 10^8, and runs of them such as 万亿 10^12 or 亿亿 10^16) are folded
//! with a small stack of `(value, exponent)` entries whose exponents strictly decrease, so
//! that a unit multiplies everything written since the last larger unit:
//! 一万二千亿 = (1·10^4 + 2000)·10^8, while 三亿五千万 = 3·10^8 + 5000·10^4.
//! The match is the longest prefix that ends in an accepting state (no dangling 零, every
//! part below the unit before it).

use super::arabic;
use super::chars::{ARABIC, Class, FIN, FIN_UNIT, LOWER, LOWER_UNIT, class, first};
use super::fixed::{Fx, push_digit};

/// Deepest big-unit stack (exponents are distinct multiples of 4 below 40 before overflow).
const STACK: usize = 10;

/// One positional or digit-by-digit numeral at the start of a string.
#[derive(Clone, Copy, Debug)]
pub(super) struct Simple {
    /// Bytes consumed.
    pub(super) len: usize,
    /// The value, `None` on overflow.
    pub(super) value: Option<Fx>,
    /// `LOWER | FIN | ARABIC` bits of the characters used.
    pub(super) flags: u8,
    /// A unit character (十 百 千 万 亿, 廿 …) was folded into the value.
    pub(super) has_unit: bool,
    /// Exponent of the unit the numeral ends with (十万 → 4, 1.2万亿 → 12, 两万五 → 0).
    pub(super) trailing_exp: u32,
    /// A digit-by-digit run (二〇二三).
    pub(super) digit_by_digit: bool,
    /// The numeral is one bare unit character: 百 (2), 千 (3), 万/萬 (4) — the heads of
    /// 百分之, 千分之, 万分之.
    pub(super) bare: Option<u8>,
}

/// The numeral at the start of `s`, if any.
pub(super) fn simple(s: &str) -> Option<Simple> {
    // Fast path: a plain Arabic literal not followed by a numeral character (6人, 2017年, 30%).
    let lead = if arabic::starts_with_digit(s) {
        arabic::lit(s)
    } else {
        None
    };
    if let Some(lit) = lead
        && s.get(lit.len..)
            .and_then(first)
            .is_none_or(|(c, _)| class(c) == Class::Other)
    {
        return Some(Simple {
            len: lit.len,
            value: lit.value,
            flags: ARABIC,
            has_unit: false,
            trailing_exp: 0,
            digit_by_digit: false,
            bare: None,
        });
    }
    // Fast path: an Arabic literal and one big unit before a character that continues
    // nothing (150万元, 1.5万册, 35萬元): what the grammar computes, in one step. A zero
    // literal (0万), an overflow and everything longer (3万4000, 5万亿) take the grammar.
    if let Some(lit) = lead
        && let Some(v) = lit.value
        && !v.is_zero()
        && let Some((c1, l1)) = s.get(lit.len..).and_then(first)
        && let Class::Big(e) = class(c1)
        && s.get(lit.len + l1..).and_then(first).is_none_or(|(c, _)| {
            class(c) == Class::Other && super::chars::arabic_digit(c).is_none()
        })
        && let Some(value) = v.mul_pow10(u32::from(e))
    {
        return Some(Simple {
            len: lit.len + l1,
            value: Some(value),
            flags: ARABIC,
            has_unit: true,
            trailing_exp: u32::from(e),
            digit_by_digit: false,
            bare: None,
        });
    }
    let (c0, l0) = first(s)?;
    let k0 = class(c0);
    // Nothing starts with a character outside the grammar (the Arabic literal is `lead`).
    if lead.is_none() && k0 == Class::Other {
        return None;
    }
    // The second character, read once for the two fast paths below.
    let second = s.get(l0..).and_then(first).map(|(c, _)| (c, class(c)));
    // Fast path: one Chinese digit before a character that is no part of a numeral (一年,
    // 三、, 两所): the grammar would take the digit alone, as a digit of its own value.
    let lone = match k0 {
        Class::Digit(d, f) => Some((d, f)),
        Class::Liang => Some((2, LOWER)),
        _ => None,
    };
    if let Some((d, f)) = lone
        && second.is_none_or(|(c, k)| k == Class::Other && super::chars::arabic_digit(c).is_none())
    {
        return Some(Simple {
            len: l0,
            value: Some(Fx::int(i128::from(d))),
            flags: f,
            has_unit: false,
            trailing_exp: 0,
            digit_by_digit: false,
            bare: None,
        });
    }
    if matches!(k0, Class::Digit(..) | Class::Zero(_))
        && let Some((_, k1)) = second
        && matches!(k1, Class::Digit(..) | Class::Zero(_))
    {
        return Some(run(s));
    }
    // Most numerals end in an accepting state: read once without snapshots, and only when
    // the end does not accept (a dangling 零, 3万40000) read again keeping the last accepting
    // state. Both passes are linear.
    positional::<false>(s, lead).or_else(|| positional::<true>(s, lead))
}

/// A run of two or more Chinese digits. Three or more, or any run with a zero, is read digit
/// by digit (一九九八, 二〇二三, 五〇); exactly two without a zero (三四, 七八) is an
/// approximate pair, so only the first digit is matched and the scanner reads the pair.
fn run(s: &str) -> Simple {
    let mut acc = Some(0_i128);
    let (mut len, mut n, mut zero, mut flags) = (0, 0_usize, false, 0_u8);
    let mut head = Simple {
        len: 0,
        value: None,
        flags: 0,
        has_unit: false,
        trailing_exp: 0,
        digit_by_digit: false,
        bare: None,
    };
    for c in s.chars() {
        let (d, f) = match class(c) {
            Class::Digit(d, f) => (d, f),
            Class::Zero(f) => (0, f),
            _ => break,
        };
        if n == 0 {
            head.len = c.len_utf8();
            head.value = Some(Fx::int(i128::from(d)));
            head.flags = f;
        }
        zero |= d == 0;
        flags |= f;
        acc = acc.and_then(|m| push_digit(m, d));
        len += c.len_utf8();
        n += 1;
    }
    if n == 2 && !zero {
        return head;
    }
    Simple {
        len,
        value: acc.map(Fx::int),
        flags,
        has_unit: false,
        trailing_exp: 0,
        digit_by_digit: true,
        bare: None,
    }
}

/// The digit (or Arabic literal) waiting for a unit.
#[derive(Clone, Copy, Debug)]
struct Pend {
    v: Fx,
    /// Exponent it takes if it ends the numeral: a colloquial tail after a unit
    /// (两万五 → 5·10^3, 一千二 → 2·10^2); 0 after 零 or for a multi-digit literal.
    tail_e: u32,
    /// Written with a Chinese digit (so 点 may follow).
    chinese: bool,
}

/// Parser state.
#[derive(Debug)]
struct St {
    stack_v: [Fx; STACK],
    stack_e: [u32; STACK],
    depth: usize,
    /// Sum of the stack values.
    total: Fx,
    /// Value of the current section (below the last big unit).
    section: Fx,
    /// Exponent of the last small unit in this section (0: none).
    last_small: u32,
    /// The section has content (a small unit, 廿, or decimals).
    sec: bool,
    pending: Option<Pend>,
    /// A 零 is waiting for its digit.
    zero: bool,
    /// Exponent of the last unit, small or big (for colloquial tails).
    last_unit: u32,
    /// 0: no decimals; 1: a pending Arabic decimal (1.5); 2: the section holds decimals (only
    /// big units may follow); 3: closed (a big unit took the decimals: 1.5万).
    frac: u8,
    ovf: bool,
    flags: u8,
    has_unit: bool,
    trailing: u32,
    ntok: u32,
    bare: Option<u8>,
    /// The numeral so far is one bare 百/千/万/亿 (百余人, 万余元): no digit may follow
    /// (万一 is a word, not 11000), only a smaller unit (千万) or 分之.
    bare_lead: bool,
}

impl St {
    const fn new() -> Self {
        Self {
            stack_v: [Fx::ZERO; STACK],
            stack_e: [0; STACK],
            depth: 0,
            total: Fx::ZERO,
            section: Fx::ZERO,
            last_small: 0,
            sec: false,
            pending: None,
            zero: false,
            last_unit: 0,
            frac: 0,
            ovf: false,
            flags: 0,
            has_unit: false,
            trailing: 0,
            ntok: 0,
            bare: None,
            bare_lead: false,
        }
    }

    /// `Some(value)` when the numeral may end here (`Some(None)`: it overflowed).
    #[inline(always)]
    fn accepting(&self) -> Option<Option<Fx>> {
        if self.zero || self.ntok == 0 {
            return None;
        }
        if self.ovf {
            return Some(None);
        }
        let mut last = self.section;
        if let Some(p) = self.pending {
            let Some(v) = p.v.mul_pow10(p.tail_e).and_then(|v| last.add(v)) else {
                return Some(None);
            };
            last = v;
        }
        if let Some(&top) = self.stack_e.get(self.depth.wrapping_sub(1))
            && self.depth > 0
            && !last.below_pow10(top)
        {
            return None;
        }
        Some(self.total.add(last))
    }

    /// The result for a match of `len` bytes ending in this state.
    const fn simple(&self, len: usize, value: Option<Fx>) -> Simple {
        Simple {
            len,
            value,
            flags: self.flags,
            has_unit: self.has_unit,
            trailing_exp: self.trailing,
            digit_by_digit: false,
            bare: if self.ntok == 1 { self.bare } else { None },
        }
    }

    /// Tail exponent for a single digit written now.
    const fn tail_e(&self) -> u32 {
        if self.zero {
            0
        } else {
            self.last_unit.saturating_sub(1)
        }
    }

    fn set_ovf_none<T>(&mut self, v: Option<T>) -> Option<T> {
        if v.is_none() {
            self.ovf = true;
        }
        v
    }

    /// A Chinese digit `d`. Returns false to stop.
    #[inline(always)]
    fn digit(&mut self, d: u8, f: u8) -> bool {
        if self.pending.is_some() || self.frac != 0 || self.bare_lead {
            return false; // an adjacent pair (十一二) or digits after decimals: stop
        }
        self.pending = Some(Pend {
            v: Fx::int(i128::from(d)),
            tail_e: self.tail_e(),
            chinese: true,
        });
        self.zero = false;
        self.flags |= f;
        self.trailing = 0;
        true
    }

    fn zero(&mut self, f: u8) -> bool {
        if self.frac != 0 {
            return false;
        }
        if self.ntok == 0 {
            self.pending = Some(Pend {
                v: Fx::ZERO,
                tail_e: 0,
                chinese: true,
            });
        } else if self.pending.is_some() || self.last_unit == 0 || self.bare_lead {
            return false;
        } else {
            self.zero = true;
        }
        self.flags |= f;
        self.trailing = 0;
        true
    }

    fn tens(&mut self, d: u8) -> bool {
        if self.pending.is_some() || self.frac != 0 || self.zero {
            return false;
        }
        if self.last_small != 0 && self.last_small <= 1 {
            return false;
        }
        let add = Fx::int(i128::from(d) * 10);
        if !self.ovf {
            let v = self.section.add(add);
            self.section = self.set_ovf_none(v).unwrap_or(Fx::ZERO);
        }
        self.last_small = 1;
        self.sec = true;
        self.last_unit = 1;
        self.has_unit = true;
        self.trailing = 1;
        self.flags |= LOWER;
        true
    }

    fn arabic(&mut self, lit: arabic::Lit) -> bool {
        if self.pending.is_some() || self.frac != 0 || self.bare_lead {
            return false;
        }
        let tail_e = if self.ntok == 0 {
            if lit.point {
                self.frac = 1;
            }
            0
        } else {
            if lit.point || !(self.last_small == 0 || self.zero || lit.single) {
                return false;
            }
            if lit.single { self.tail_e() } else { 0 }
        };
        let v = self.set_ovf_none(lit.value).unwrap_or(Fx::ZERO);
        self.pending = Some(Pend {
            v,
            tail_e,
            chinese: false,
        });
        self.zero = false;
        self.flags |= ARABIC;
        self.trailing = 0;
        true
    }

    #[inline(always)]
    fn small(&mut self, e: u8, f: u8) -> bool {
        let e = u32::from(e);
        if self.frac >= 2 || (self.last_small != 0 && e >= self.last_small) {
            return false;
        }
        let mult = match self.pending {
            Some(p) => {
                if p.v.is_zero() || !p.v.below_pow10(1) {
                    return false; // 零十, 12千
                }
                p.v
            }
            None if e == 1 => Fx::int(1),
            None if self.ntok == 0 => {
                if f == LOWER_UNIT && e >= 2 {
                    self.bare = Some(u8::try_from(e).unwrap_or(0));
                }
                self.bare_lead = e >= 2;
                Fx::int(1)
            }
            None => return false,
        };
        if self.frac == 1 {
            self.frac = 2;
        }
        if !self.ovf {
            let v = mult.mul_pow10(e).and_then(|a| self.section.add(a));
            self.section = self.set_ovf_none(v).unwrap_or(Fx::ZERO);
        }
        self.pending = None;
        self.zero = false;
        self.last_small = e;
        self.sec = true;
        self.last_unit = e;
        self.has_unit = true;
        self.trailing = e;
        self.flags |= f;
        true
    }

    /// A run of big units with total exponent `e` (`run_chars` characters).
    fn big(&mut self, e: u32, single_wan: bool) -> bool {
        if self.frac == 3 {
            return false;
        }
        let has_section = self.sec || self.pending.is_some();
        let mut v = self.section;
        if let Some(p) = self.pending {
            if p.v.is_zero() && !self.sec && !self.ovf {
                return false; // 零万
            }
            if !self.ovf {
                let s = v.add(p.v);
                v = self.set_ovf_none(s).unwrap_or(Fx::ZERO);
            }
        }
        if !has_section {
            if self.ntok != 0 {
                return false; // 三万亿 is one run; a unit after 零 or after a unit is not
            }
            v = Fx::int(1);
            if single_wan {
                self.bare = Some(4);
            }
            self.bare_lead = true;
        }
        // Entries below `e` are folded into this one.
        let mut k = self.depth;
        let mut popped = Some(Fx::ZERO);
        while let Some(&te) = self.stack_e.get(k.wrapping_sub(1))
            && k > 0
            && te < e
        {
            k -= 1;
            let sv = self.stack_v.get(k).copied().unwrap_or(Fx::ZERO);
            popped = popped.and_then(|p| p.add(sv));
        }
        let acc = popped.and_then(|p| v.add(p));
        if k >= STACK {
            return false;
        }
        if let Some(&below) = self.stack_e.get(k.wrapping_sub(1))
            && k > 0
        {
            if below == e {
                return false; // 三万五万
            }
            if !self.ovf && acc.is_some_and(|a| !a.below_pow10(below - e)) {
                return false; // 三亿五万万
            }
        }
        let entry = acc.and_then(|a| a.mul_pow10(e));
        let entry = if self.ovf {
            Fx::ZERO
        } else {
            self.set_ovf_none(entry).unwrap_or(Fx::ZERO)
        };
        if let (Some(sv), Some(se)) = (self.stack_v.get_mut(k), self.stack_e.get_mut(k)) {
            *sv = entry;
            *se = e;
        }
        self.depth = k + 1;
        if !self.ovf {
            // The folded entries moved into `entry`.
            let t = popped
                .and_then(|p| self.total.sub(p))
                .and_then(|t| t.add(entry));
            self.total = self.set_ovf_none(t).unwrap_or(Fx::ZERO);
        }
        self.section = Fx::ZERO;
        self.last_small = 0;
        self.sec = false;
        self.pending = None;
        self.zero = false;
        self.last_unit = e;
        self.has_unit = true;
        self.trailing = e;
        if self.frac != 0 {
            self.frac = 3;
        }
        true
    }

    /// 点 and the decimal digits in `digits` (already read): value and count.
    fn point(&mut self, frac: Option<i128>, n: usize, f: u8) -> bool {
        if self.frac != 0 || self.ntok == 0 || n == 0 {
            return false;
        }
        match self.pending {
            Some(p) if !p.chinese || p.tail_e != 0 => return false,
            None if self.flags & (LOWER | FIN | LOWER_UNIT | FIN_UNIT) == 0 => return false,
            _ => {}
        }
        if !self.ovf {
            let frac = match (frac, u8::try_from(n)) {
                (Some(m), Ok(s)) if s <= crate::MAX_SCALE => Some(Fx { m, s }),
                _ => None,
            };
            let p = self.pending.map_or(Fx::ZERO, |p| p.v);
            let v = frac.and_then(|fr| self.section.add(p)?.add(fr));
            self.section = self.set_ovf_none(v).unwrap_or(Fx::ZERO);
        }
        self.pending = None;
        self.sec = true;
        self.frac = 2;
        self.flags |= f;
        self.trailing = 0;
        true
    }
}

/// Decimal digits after 点: (bytes, value or overflow, count, family bits).
fn point_digits(s: &str) -> (usize, Option<i128>, usize, u8) {
    let (mut len, mut acc, mut n, mut flags) = (0, Some(0_i128), 0, 0);
    for c in s.chars() {
        let (d, f) = match class(c) {
            Class::Digit(d, f) => (d, f),
            Class::Zero(f) => (0, f),
            _ => break,
        };
        acc = acc.and_then(|m| push_digit(m, d));
        flags |= f;
        len += c.len_utf8();
        n += 1;
    }
    (len, acc, n, flags)
}

/// The positional numeral at the start of `s`. With `CAREFUL`, the longest accepting prefix;
/// without, the numeral up to where the grammar stops, or `None` if that state does not accept.
fn positional<const CAREFUL: bool>(s: &str, lead: Option<arabic::Lit>) -> Option<Simple> {
    let mut st = St::new();
    let mut pos = 0;
    let mut best: Option<Simple> = None;
    while let Some(rest) = s.get(pos..) {
        let Some((c, cl)) = first(rest) else { break };
        let mut terminal = false;
        let step = match class(c) {
            Class::Digit(d, f) => st.digit(d, f).then_some(cl),
            Class::Liang => st.digit(2, LOWER).then_some(cl),
            Class::Zero(f) => st.zero(f).then_some(cl),
            Class::Colloquial(d) => {
                terminal = true;
                (st.ntok == 0 && st.digit(d, LOWER)).then_some(cl)
            }
            Class::Tens(d) => st.tens(d).then_some(cl),
            Class::Small(e, f) => st.small(e, f).then_some(cl),
            Class::Big(_) => {
                let (mut e, mut len, mut n) = (0_u32, 0, 0);
                for c in rest.chars() {
                    let Class::Big(x) = class(c) else { break };
                    e = e.saturating_add(u32::from(x));
                    len += c.len_utf8();
                    n += 1;
                }
                st.big(e, n == 1 && e == 4).then_some(len)
            }
            Class::Point => {
                let (len, v, n, f) = point_digits(rest.get(cl..).unwrap_or(""));
                st.point(v, n, f).then_some(cl + len)
            }
            Class::Other if pos == 0 => lead.and_then(|lit| st.arabic(lit).then_some(lit.len)),
            Class::Other => match arabic::lit(rest) {
                Some(lit) => st.arabic(lit).then_some(lit.len),
                None => None,
            },
        };
        let Some(n) = step else { break };
        pos += n;
        st.ntok += 1;
        if CAREFUL && let Some(value) = st.accepting() {
            best = Some(st.simple(pos, value));
        }
        if terminal {
            break;
        }
    }
    if CAREFUL {
        best
    } else {
        st.accepting().map(|value| st.simple(pos, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the grammar alone reads at the start of `s` (no fast path of [`simple`]).
    fn grammar(s: &str) -> Option<Simple> {
        let lead = arabic::lit(s);
        positional::<false>(s, lead).or_else(|| positional::<true>(s, lead))
    }

    #[test]
    fn literal_and_big_unit_fast_path_reads_as_the_grammar() {
        for s in [
            "150万元",
            "1.5万册",
            "35萬元",
            "2.6亿元",
            "1,100万人",
            "１２万",
            "１．５亿",
            "0.50万",
            "1.23456万",
            "12345678901234567890123456789012345678万",
            "7亿",
            "8万",
            "3万。",
            "3万",
        ] {
            let fast = simple(s);
            assert_eq!(format!("{fast:?}"), format!("{:?}", grammar(s)), "{s}");
            assert!(fast.is_some_and(|x| x.has_unit), "{s}");
        }
        // Cases the fast path leaves to the grammar, read the same either way.
        for s in [
            "0万",
            "3万4000",
            "5万亿",
            "3万五",
            "2万点",
            "1.5万３",
            "3万千",
            "00万",
        ] {
            assert_eq!(
                format!("{:?}", simple(s)),
                format!("{:?}", grammar(s)),
                "{s}"
            );
        }
    }
}
