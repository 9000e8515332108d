//! `Fx`: the numeral parser's internal fixed-point value (`m × 10^-s`), cheaper than
//! [`Decimal`] on the hot path (no normalising divisions) and converted once at the end.

use crate::Decimal;

/// `10^0 ..= 10^38`, the powers of ten that fit an `i128`.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time: a bad index is a build error, not a panic"
)]
const POW10: [i128; 39] = {
    let mut t = [1_i128; 39];
    let mut i = 1;
    while i < 39 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `10^e`, or `None` when it does not fit an `i128`.
#[inline]
pub(super) fn pow10(e: u32) -> Option<i128> {
    POW10.get(usize::try_from(e).ok()?).copied()
}

/// Checked `a × b`, with a fast path when both fit 64 bits (a single widening multiply
/// instead of the 128-bit overflow-checking routine).
#[inline]
pub(super) fn mul(a: i128, b: i128) -> Option<i128> {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(x), Ok(y)) => Some(i128::from(x) * i128::from(y)),
        _ => a.checked_mul(b),
    }
}

/// `m × 10 + d` for `m ≥ 0` (digit accumulation), or `None` past `i128::MAX`.
#[inline]
pub(super) const fn push_digit(m: i128, d: u8) -> Option<i128> {
    if m < i128::MAX / 10 || (m == i128::MAX / 10 && d as i128 <= i128::MAX % 10) {
        Some(m * 10 + d as i128)
    } else {
        None
    }
}

/// `m × 10^-s` with `s ≤ MAX_SCALE`; all arithmetic is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(super) struct Fx {
    pub(super) m: i128,
    pub(super) s: u8,
}

impl Fx {
    pub(super) const ZERO: Self = Self { m: 0, s: 0 };

    #[inline]
    pub(super) const fn int(m: i128) -> Self {
        Self { m, s: 0 }
    }

    /// Exact sum.
    #[inline]
    pub(super) fn add(self, o: Self) -> Option<Self> {
        // Adding an exact integer zero changes neither value nor scale (the grammar's
        // sums often start from zero).
        if o == Self::ZERO {
            return Some(self);
        }
        if self == Self::ZERO {
            return Some(o);
        }
        if self.s == o.s {
            return Some(Self {
                m: self.m.checked_add(o.m)?,
                s: self.s,
            });
        }
        let (hi, lo) = if self.s > o.s { (self, o) } else { (o, self) };
        let lo_m = mul(lo.m, pow10(u32::from(hi.s - lo.s))?)?;
        Some(Self {
            m: hi.m.checked_add(lo_m)?,
            s: hi.s,
        })
    }

    /// Exact difference.
    #[inline]
    pub(super) fn sub(self, o: Self) -> Option<Self> {
        self.add(Self {
            m: o.m.checked_neg()?,
            s: o.s,
        })
    }

    /// Multiplies by `10^e`, using up written decimals first (`1.5 × 10^4` is `15000`, scale 0),
    /// like [`Decimal::checked_mul_pow10`].
    #[inline]
    pub(super) fn mul_pow10(self, e: u32) -> Option<Self> {
        if e == 0 {
            return Some(self);
        }
        let used = u32::from(self.s).min(e);
        let m = mul(self.m, pow10(e - used)?)?;
        Some(Self {
            m,
            s: u8::try_from(u32::from(self.s) - used).ok()?,
        })
    }

    /// Whether `0 ≤ self < 10^e` (true when `10^e` is beyond `i128`).
    #[inline]
    pub(super) fn below_pow10(self, e: u32) -> bool {
        match e.checked_add(u32::from(self.s)).and_then(pow10) {
            Some(p) => self.m < p,
            None => true,
        }
    }

    /// Whether the value is zero.
    #[inline]
    pub(super) const fn is_zero(self) -> bool {
        self.m == 0
    }

    /// Negation.
    #[inline]
    pub(super) fn neg(self) -> Option<Self> {
        Some(Self {
            m: self.m.checked_neg()?,
            s: self.s,
        })
    }

    /// The public exact value.
    #[inline]
    pub(super) const fn to_decimal(self) -> Option<Decimal> {
        Decimal::new(self.m, self.s)
    }
}
