//! Exact rational arithmetic over `i128`, for ratios such as 2236/1516 that no decimal holds.

use core::cmp::Ordering;
use core::fmt;

use duikou_tokenizer::{Decimal, Number};

/// An exact fraction `num / den` in lowest terms with `den > 0`.
///
/// Every operation is checked: overflow gives `None`, never a wrap or a panic.
/// Serialised as the nearest JSON number (a display value); use `to_string()`
/// (`"559/379"`) for the exact value.
///
/// # Examples
///
/// ```
/// use duikou_analytics::Ratio;
/// let r = Ratio::new(2236, 1516).unwrap();
/// assert_eq!(r.to_string(), "559/379");
/// assert_eq!(r.round_to(4).unwrap().to_string(), "1.4749");
/// assert!(Ratio::new(1, 0).is_none());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    num: i128,
    den: i128,
}

/// Greatest common divisor of the absolute values (`gcd(0, 0) = 0`).
fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.unsigned_abs(), b.unsigned_abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    i128::try_from(a).unwrap_or(1)
}

impl Ratio {
    /// Zero.
    pub const ZERO: Self = Self { num: 0, den: 1 };
    /// One.
    pub const ONE: Self = Self { num: 1, den: 1 };
    /// One hundred.
    pub const HUNDRED: Self = Self { num: 100, den: 1 };

    /// `num / den` reduced to lowest terms; `None` when `den` is zero or on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::new(6, -4).unwrap().to_string(), "-3/2");
    /// ```
    #[must_use]
    pub fn new(num: i128, den: i128) -> Option<Self> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den).max(1);
        let (mut n, mut d) = (num / g, den / g);
        if d < 0 {
            n = n.checked_neg()?;
            d = d.checked_neg()?;
        }
        Some(Self { num: n, den: d })
    }

    /// An integer as a ratio.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::int(7).to_string(), "7");
    /// ```
    #[must_use]
    pub const fn int(v: i128) -> Self {
        Self { num: v, den: 1 }
    }

    /// The exact value of a [`Decimal`] (`1.5` → 3/2); `None` when `10^scale` overflows.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// let d: duikou_tokenizer::Decimal = "18.9".parse().unwrap();
    /// assert_eq!(Ratio::from_decimal(d).unwrap().to_string(), "189/10");
    /// ```
    #[must_use]
    pub fn from_decimal(d: Decimal) -> Option<Self> {
        let den = 10_i128.checked_pow(u32::from(d.scale()))?;
        Self::new(d.mantissa(), den)
    }

    /// The exact value of a tokenizer [`Number`] (a decimal or a fraction such as 三分之一).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// use duikou_tokenizer::{Decimal, Number};
    /// let third = Number::Fraction { numer: Decimal::from(1_i64), denom: Decimal::from(3_i64) };
    /// assert_eq!(Ratio::from_number(third).unwrap().to_string(), "1/3");
    /// ```
    #[must_use]
    pub fn from_number(n: Number) -> Option<Self> {
        match n {
            Number::Decimal(d) => Self::from_decimal(d),
            Number::Fraction { numer, denom } => {
                Self::from_decimal(numer)?.checked_div(Self::from_decimal(denom)?)
            }
            _ => None,
        }
    }

    /// Numerator (carries the sign).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::new(-2, 4).unwrap().numer(), -1);
    /// ```
    #[must_use]
    pub const fn numer(self) -> i128 {
        self.num
    }

    /// Denominator (always positive).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::new(-2, 4).unwrap().denom(), 2);
    /// ```
    #[must_use]
    pub const fn denom(self) -> i128 {
        self.den
    }

    /// Whether the value is zero.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert!(Ratio::ZERO.is_zero());
    /// ```
    #[must_use]
    pub const fn is_zero(self) -> bool {
        self.num == 0
    }

    /// Whether the value is below zero.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert!(Ratio::int(-1).is_negative());
    /// ```
    #[must_use]
    pub const fn is_negative(self) -> bool {
        self.num < 0
    }

    /// Exact sum, or `None` on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// let a = Ratio::new(1, 3).unwrap();
    /// assert_eq!(a.checked_add(a).unwrap().to_string(), "2/3");
    /// ```
    #[must_use]
    pub fn checked_add(self, o: Self) -> Option<Self> {
        let g = gcd(self.den, o.den).max(1);
        let (da, db) = (self.den / g, o.den / g);
        let num = self
            .num
            .checked_mul(db)?
            .checked_add(o.num.checked_mul(da)?)?;
        Self::new(num, self.den.checked_mul(db)?)
    }

    /// Exact difference, or `None` on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::int(2236).checked_sub(Ratio::int(1516)), Some(Ratio::int(720)));
    /// ```
    #[must_use]
    pub fn checked_sub(self, o: Self) -> Option<Self> {
        self.checked_add(Self {
            num: o.num.checked_neg()?,
            den: o.den,
        })
    }

    /// Exact product, or `None` on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// let r = Ratio::new(5, 2).unwrap();
    /// assert_eq!(r.checked_mul(Ratio::int(1516)), Some(Ratio::int(3790)));
    /// ```
    #[must_use]
    pub fn checked_mul(self, o: Self) -> Option<Self> {
        let g1 = gcd(self.num, o.den).max(1);
        let g2 = gcd(o.num, self.den).max(1);
        let num = (self.num / g1).checked_mul(o.num / g2)?;
        let den = (self.den / g2).checked_mul(o.den / g1)?;
        Self::new(num, den)
    }

    /// Exact quotient; `None` when `o` is zero or on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert!(Ratio::ONE.checked_div(Ratio::ZERO).is_none());
    /// ```
    #[must_use]
    pub fn checked_div(self, o: Self) -> Option<Self> {
        if o.num == 0 {
            return None;
        }
        self.checked_mul(Self::new(o.den, o.num)?)
    }

    /// `self^exp`, exact, or `None` on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::new(11, 10).unwrap().checked_pow(2).unwrap().to_string(), "121/100");
    /// ```
    #[must_use]
    pub fn checked_pow(self, exp: u32) -> Option<Self> {
        Some(Self {
            num: self.num.checked_pow(exp)?,
            den: self.den.checked_pow(exp)?,
        })
    }

    /// Nearest `f64` (a convenience for display and for logarithms).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::new(3, 2).unwrap().to_f64(), 1.5);
    /// ```
    #[must_use]
    #[expect(
        clippy::cast_precision_loss,
        reason = "a display convenience; the exact value stays in the ratio"
    )]
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// Rounded to `decimals` places, half away from zero (for display only).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::new(2236, 1516).unwrap().round_to(3).unwrap().to_string(), "1.475");
    /// assert_eq!(Ratio::new(-1, 8).unwrap().round_to(2).unwrap().to_string(), "-0.13");
    /// ```
    #[must_use]
    pub fn round_to(self, decimals: u8) -> Option<Decimal> {
        let p = 10_i128.checked_pow(u32::from(decimals))?;
        let scaled = self.num.checked_mul(p)?;
        let q = scaled / self.den;
        let r = (scaled % self.den).unsigned_abs();
        let twice = r.checked_mul(2)?;
        let q = if twice >= self.den.unsigned_abs() {
            if scaled < 0 { q - 1 } else { q + 1 }
        } else {
            q
        };
        Decimal::new(q, decimals)
    }

    /// The value as a [`Decimal`] when it is a terminating decimal of at most 18 places.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::new(3, 8).unwrap().to_decimal().unwrap().to_string(), "0.375");
    /// assert!(Ratio::new(1, 3).unwrap().to_decimal().is_none());
    /// ```
    #[must_use]
    pub fn to_decimal(self) -> Option<Decimal> {
        (0..=18_u8).find_map(|s| {
            let p = 10_i128.checked_pow(u32::from(s))?;
            let scaled = self.num.checked_mul(p)?;
            (scaled % self.den == 0).then(|| Decimal::new(scaled / self.den, s))?
        })
    }

    /// The smaller of two values.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::ONE.min_of(Ratio::ZERO), Ratio::ZERO);
    /// ```
    #[must_use]
    pub fn min_of(self, o: Self) -> Self {
        if o < self { o } else { self }
    }

    /// The larger of two values.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Ratio;
    /// assert_eq!(Ratio::ONE.max_of(Ratio::ZERO), Ratio::ONE);
    /// ```
    #[must_use]
    pub fn max_of(self, o: Self) -> Self {
        if o > self { o } else { self }
    }
}

impl Ord for Ratio {
    fn cmp(&self, o: &Self) -> Ordering {
        match (self.num.checked_mul(o.den), o.num.checked_mul(self.den)) {
            (Some(a), Some(b)) => a.cmp(&b),
            // Cross products overflow only for huge values; compare the floats then.
            _ => self.to_f64().total_cmp(&o.to_f64()),
        }
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl fmt::Debug for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Ratio {
    /// `num/den`, or just `num` for an integer.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

impl From<i64> for Ratio {
    fn from(v: i64) -> Self {
        Self::int(i128::from(v))
    }
}

impl serde::Serialize for Ratio {
    /// The exact decimal when it terminates within 18 places, else the value rounded to 6
    /// places (a JSON number either way).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.to_decimal().or_else(|| self.round_to(6)) {
            Some(d) => d.serialize(s),
            None => s.serialize_f64(self.to_f64()),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Ratio {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let dec = Decimal::deserialize(d)?;
        Self::from_decimal(dec).ok_or_else(|| serde::de::Error::custom("ratio out of range"))
    }
}

/// A closed interval `[lo, hi]` of exact values: a stated figure with its qualifier or
/// tolerance.
///
/// # Examples
///
/// ```
/// use duikou_analytics::{Interval, Ratio};
/// let a = Interval::around(Ratio::new(3, 2).unwrap(), Ratio::new(1, 20).unwrap()).unwrap();
/// assert!(a.contains(Ratio::new(2236, 1516).unwrap()));
/// assert!(!a.contains(Ratio::new(3790, 1516).unwrap()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    /// Lower bound.
    pub lo: Ratio,
    /// Upper bound.
    pub hi: Ratio,
}

impl Interval {
    /// A single point.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Interval, Ratio};
    /// assert!(Interval::point(Ratio::ONE).is_point());
    /// ```
    #[must_use]
    pub const fn point(v: Ratio) -> Self {
        Self { lo: v, hi: v }
    }

    /// `[v − tol, v + tol]`, or `None` on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Interval, Ratio};
    /// let i = Interval::around(Ratio::int(18), Ratio::new(1, 2).unwrap()).unwrap();
    /// assert_eq!(i.lo.to_string(), "35/2");
    /// ```
    #[must_use]
    pub fn around(v: Ratio, tol: Ratio) -> Option<Self> {
        Some(Self {
            lo: v.checked_sub(tol)?,
            hi: v.checked_add(tol)?,
        })
    }

    /// `[min(a, b), max(a, b)]`.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Interval, Ratio};
    /// assert_eq!(Interval::span(Ratio::int(6), Ratio::int(5)).lo, Ratio::int(5));
    /// ```
    #[must_use]
    pub fn span(a: Ratio, b: Ratio) -> Self {
        Self {
            lo: a.min_of(b),
            hi: a.max_of(b),
        }
    }

    /// Whether the interval is a single value.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Interval, Ratio};
    /// assert!(!Interval::span(Ratio::ONE, Ratio::ZERO).is_point());
    /// ```
    #[must_use]
    pub fn is_point(&self) -> bool {
        self.lo == self.hi
    }

    /// Whether `v` lies in the interval (bounds included).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Interval, Ratio};
    /// assert!(Interval::span(Ratio::ZERO, Ratio::ONE).contains(Ratio::ONE));
    /// ```
    #[must_use]
    pub fn contains(&self, v: Ratio) -> bool {
        self.lo <= v && v <= self.hi
    }

    /// Whether two intervals share at least one value.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Interval, Ratio};
    /// let a = Interval::span(Ratio::ZERO, Ratio::ONE);
    /// assert!(a.overlaps(&Interval::point(Ratio::ONE)));
    /// assert!(!a.overlaps(&Interval::point(Ratio::int(2))));
    /// ```
    #[must_use]
    pub fn overlaps(&self, o: &Self) -> bool {
        self.lo <= o.hi && o.lo <= self.hi
    }

    /// Applies a monotone map to both bounds (the result is re-ordered), `None` on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Interval, Ratio};
    /// let i = Interval::span(Ratio::int(1), Ratio::int(2));
    /// let j = i.map(|x| x.checked_sub(Ratio::ONE)).unwrap();
    /// assert_eq!((j.lo, j.hi), (Ratio::ZERO, Ratio::ONE));
    /// ```
    #[must_use]
    pub fn map(&self, f: impl Fn(Ratio) -> Option<Ratio>) -> Option<Self> {
        Some(Self::span(f(self.lo)?, f(self.hi)?))
    }

    /// Midpoint.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Interval, Ratio};
    /// assert_eq!(Interval::span(Ratio::ZERO, Ratio::int(2)).mid(), Some(Ratio::ONE));
    /// ```
    #[must_use]
    pub fn mid(&self) -> Option<Ratio> {
        self.lo.checked_add(self.hi)?.checked_div(Ratio::int(2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rounding_half_away() {
        assert_eq!(
            Ratio::new(5, 2).unwrap().round_to(0).unwrap().to_string(),
            "3"
        );
        assert_eq!(
            Ratio::new(-5, 2).unwrap().round_to(0).unwrap().to_string(),
            "-3"
        );
        assert_eq!(
            Ratio::new(1, 3).unwrap().round_to(2).unwrap().to_string(),
            "0.33"
        );
    }

    proptest! {
        #[test]
        fn mul_div_inverse(a in -1_000_000i64..1_000_000, b in 1i64..1_000_000, c in 1i64..100_000) {
            let x = Ratio::new(i128::from(a), i128::from(b)).unwrap();
            let y = Ratio::new(i128::from(c), 7).unwrap();
            prop_assert_eq!(x.checked_mul(y).unwrap().checked_div(y).unwrap(), x);
            prop_assert_eq!(x.checked_add(y).unwrap().checked_sub(y).unwrap(), x);
        }
    }
}
