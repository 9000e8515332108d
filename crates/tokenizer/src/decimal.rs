//! An exact decimal number: `mantissa / 10^scale`, with the written precision kept.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::str::FromStr;

/// Largest scale (digits after the point) a [`Decimal`] keeps.
pub const MAX_SCALE: u8 = 30;

/// An exact decimal value `mantissa × 10^-scale` over `i128` (about ±1.7 × 10^38).
///
/// The scale is the written precision: `"1.50"` keeps scale 2 and `"1.5万"` becomes
/// `15000` with scale 0. Equality, ordering and hashing are by *value*
/// (`1.50 == 1.5`), so use [`Decimal::scale`] when the written precision matters
/// (for example to derive a tolerance of half a unit of the last written digit).
/// Arithmetic is checked: overflow gives `None`, never a wrap or a panic.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::Decimal;
/// let d: Decimal = "16.4".parse().unwrap();
/// let yi = Decimal::from(100_000_000_i64);
/// assert_eq!(d.checked_mul(yi), Some(Decimal::from(1_640_000_000_i64)));
/// assert_eq!("7.88".parse::<Decimal>().unwrap().to_string(), "7.88");
/// assert_eq!("1.50".parse::<Decimal>().unwrap(), "1.5".parse().unwrap());
/// ```
#[derive(Clone, Copy)]
// Eight-byte alignment (24 bytes instead of 32): a `Number` holds up to two decimals and a
// `Quantity` three numbers, copied once per expression the scanner yields.
#[repr(C, packed(8))]
pub struct Decimal {
    mantissa: i128,
    scale: u8,
    /// A byte with one valid value, in the padding: its other 255 values let `Number` and
    /// `Option<Number>` keep their tags there (48 bytes, not 56).
    niche: Niche,
}

/// The one value of [`Decimal`]'s niche byte.
#[derive(Clone, Copy)]
#[repr(u8)]
enum Niche {
    Zero = 0,
}

/// `10^exp` as `i128`, or `None` when it does not fit.
fn pow10(exp: u32) -> Option<i128> {
    10_i128.checked_pow(exp)
}

impl Decimal {
    /// Zero.
    pub const ZERO: Self = Self {
        mantissa: 0,
        scale: 0,
        niche: Niche::Zero,
    };
    /// One.
    pub const ONE: Self = Self {
        mantissa: 1,
        scale: 0,
        niche: Niche::Zero,
    };
    /// One hundred (percent base).
    pub const HUNDRED: Self = Self {
        mantissa: 100,
        scale: 0,
        niche: Niche::Zero,
    };

    /// Builds `mantissa × 10^-scale`; `None` when `scale` exceeds [`MAX_SCALE`].
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert_eq!(Decimal::new(15, 1).unwrap().to_string(), "1.5");
    /// assert!(Decimal::new(1, 200).is_none());
    /// ```
    #[must_use]
    pub const fn new(mantissa: i128, scale: u8) -> Option<Self> {
        if scale > MAX_SCALE {
            None
        } else {
            Some(Self {
                mantissa,
                scale,
                niche: Niche::Zero,
            })
        }
    }

    /// The unscaled integer.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert_eq!("1.25".parse::<Decimal>().unwrap().mantissa(), 125);
    /// ```
    #[must_use]
    pub const fn mantissa(self) -> i128 {
        self.mantissa
    }

    /// Number of written digits after the decimal point.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert_eq!("18.90".parse::<Decimal>().unwrap().scale(), 2);
    /// ```
    #[must_use]
    pub const fn scale(self) -> u8 {
        self.scale
    }

    /// Whether the value is a whole number.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert!("3.00".parse::<Decimal>().unwrap().is_integer());
    /// assert!(!"3.01".parse::<Decimal>().unwrap().is_integer());
    /// ```
    #[must_use]
    pub fn is_integer(self) -> bool {
        // Scale 0 (most values) needs no 128-bit division.
        self.scale == 0 || pow10(u32::from(self.scale)).is_some_and(|p| self.mantissa % p == 0)
    }

    /// Whether the value is negative.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert!("-0.5".parse::<Decimal>().unwrap().is_negative());
    /// ```
    #[must_use]
    pub const fn is_negative(self) -> bool {
        self.mantissa < 0
    }

    /// Whether the value is zero.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert!("0.00".parse::<Decimal>().unwrap().is_zero());
    /// ```
    #[must_use]
    pub const fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    /// The value as an integer, when it is a whole number.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert_eq!("1.5".parse::<Decimal>().unwrap().checked_mul(Decimal::from(10_000_i64)).unwrap().to_i128(), Some(15_000));
    /// assert_eq!("1.5".parse::<Decimal>().unwrap().to_i128(), None);
    /// ```
    #[must_use]
    pub fn to_i128(self) -> Option<i128> {
        if self.scale == 0 {
            return Some(self.mantissa);
        }
        let p = pow10(u32::from(self.scale))?;
        (self.mantissa % p == 0).then(|| self.mantissa / p)
    }

    /// Nearest `f64` (a convenience: the stored value stays exact).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert_eq!("0.1".parse::<Decimal>().unwrap().to_f64(), 0.1);
    /// ```
    #[must_use]
    pub fn to_f64(self) -> f64 {
        // Exact fast path (Clinger): a mantissa below 2^53 and a power of ten up to 10^22 are
        // both exact in f64, and one IEEE division of exact operands is correctly rounded.
        const EXACT: i128 = 1 << 53;
        const POW10_F64: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        let m = self.mantissa;
        if (-EXACT..=EXACT).contains(&m)
            && let Some(&p) = POW10_F64.get(usize::from(self.scale))
        {
            // Exact: the mantissa is at most 2^53 in magnitude.
            let m = self.mantissa as f64;
            return m / p;
        }
        // Otherwise the shortest decimal text gives the correctly rounded f64.
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// The same value with trailing zero decimals removed (`1.50` → `1.5`, `15000.0` → `15000`).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert_eq!("1.500".parse::<Decimal>().unwrap().normalized().scale(), 1);
    /// ```
    #[must_use]
    pub const fn normalized(self) -> Self {
        let mut m = self.mantissa;
        let mut s = self.scale;
        while s > 0 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        Self {
            mantissa: m,
            scale: s,
            niche: Niche::Zero,
        }
    }

    /// Brings both values to the larger scale, or `None` on overflow.
    fn aligned(self, other: Self) -> Option<(i128, i128, u8)> {
        let scale = self.scale.max(other.scale);
        let a = self
            .mantissa
            .checked_mul(pow10(u32::from(scale - self.scale))?)?;
        let b = other
            .mantissa
            .checked_mul(pow10(u32::from(scale - other.scale))?)?;
        Some((a, b, scale))
    }

    /// Exact sum, or `None` on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// let a: Decimal = "0.1".parse().unwrap();
    /// let b: Decimal = "0.2".parse().unwrap();
    /// assert_eq!(a.checked_add(b).unwrap().to_string(), "0.3");
    /// ```
    #[must_use]
    pub fn checked_add(self, other: Self) -> Option<Self> {
        let (a, b, scale) = self.aligned(other)?;
        Some(Self {
            mantissa: a.checked_add(b)?,
            scale,
            niche: Niche::Zero,
        })
    }

    /// Exact difference, or `None` on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert_eq!(Decimal::from(2236_i64).checked_sub(Decimal::from(1516_i64)), Some(Decimal::from(720_i64)));
    /// ```
    #[must_use]
    pub fn checked_sub(self, other: Self) -> Option<Self> {
        self.checked_add(other.checked_neg()?)
    }

    /// Exact product, or `None` on overflow. Trailing zero decimals of the product are
    /// removed (a product has no written precision of its own).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// let x: Decimal = "2.5".parse().unwrap();
    /// assert_eq!(x.checked_mul(Decimal::from(100_000_000_i64)).unwrap().to_string(), "250000000");
    /// ```
    #[must_use]
    pub fn checked_mul(self, other: Self) -> Option<Self> {
        let mantissa = self.mantissa.checked_mul(other.mantissa)?;
        let scale = self.scale.checked_add(other.scale)?;
        Some(Self::new(mantissa, scale)?.normalized())
    }

    /// Multiplies by `10^exp` exactly (reducing the scale first), or `None` on overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// let x: Decimal = "1.5".parse().unwrap();
    /// assert_eq!(x.checked_mul_pow10(4).unwrap().to_string(), "15000");
    /// ```
    #[must_use]
    pub fn checked_mul_pow10(self, exp: u32) -> Option<Self> {
        let from_scale = u32::from(self.scale).min(exp);
        let rest = exp - from_scale;
        let mantissa = self.mantissa.checked_mul(pow10(rest)?)?;
        let scale = u8::try_from(u32::from(self.scale) - from_scale).ok()?;
        Some(Self {
            mantissa,
            scale,
            niche: Niche::Zero,
        })
    }

    /// Negation, or `None` for `i128::MIN`.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert_eq!(Decimal::from(4_i64).checked_neg(), Some(Decimal::from(-4_i64)));
    /// ```
    #[must_use]
    pub fn checked_neg(self) -> Option<Self> {
        Some(Self {
            mantissa: self.mantissa.checked_neg()?,
            scale: self.scale,
            niche: Niche::Zero,
        })
    }

    /// Absolute value, or `None` for `i128::MIN`.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert_eq!(Decimal::from(-4_i64).checked_abs(), Some(Decimal::from(4_i64)));
    /// ```
    #[must_use]
    pub fn checked_abs(self) -> Option<Self> {
        Some(Self {
            mantissa: self.mantissa.checked_abs()?,
            scale: self.scale,
            niche: Niche::Zero,
        })
    }

    /// Half a unit of the last written digit: the tolerance of a stated figure
    /// (`1.5` → `0.05`, `18` → `0.5`).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Decimal;
    /// assert_eq!("1.5".parse::<Decimal>().unwrap().half_ulp().to_string(), "0.05");
    /// assert_eq!(Decimal::from(18_i64).half_ulp().to_string(), "0.5");
    /// ```
    #[must_use]
    pub fn half_ulp(self) -> Self {
        // 5 × 10^-(scale+1); scale < MAX_SCALE + 1 always fits.
        Self {
            mantissa: 5,
            scale: self.scale.saturating_add(1),
            niche: Niche::Zero,
        }
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        if let Some((a, b, _)) = self.aligned(*other) {
            return a.cmp(&b);
        }
        // Alignment overflowed: compare normalised integer and fractional parts.
        let (a, b) = (self.normalized(), other.normalized());
        let sign = |m: i128| m.signum();
        match sign(a.mantissa).cmp(&sign(b.mantissa)) {
            Ordering::Equal => {}
            o => return o,
        }
        // Same sign: the one with the larger scale has the smaller magnitude part per digit;
        // fall back to f64, which is only reached for values whose alignment exceeds i128.
        a.to_f64().total_cmp(&b.to_f64())
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Hash for Decimal {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let n = self.normalized();
        let (mantissa, scale) = (n.mantissa, n.scale);
        mantissa.hash(state);
        scale.hash(state);
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Decimal {
    /// Plain decimal notation with the written scale (`7.88`, `15000`, `-0.5`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = usize::from(self.scale);
        let sign = if self.mantissa < 0 { "-" } else { "" };
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        let padded = if digits.len() <= scale {
            format!("{}{digits}", "0".repeat(scale + 1 - digits.len()))
        } else {
            digits
        };
        let split = padded.len() - scale;
        let (int, frac) = (
            padded.get(..split).unwrap_or("0"),
            padded.get(split..).unwrap_or(""),
        );
        write!(f, "{sign}{int}.{frac}")
    }
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Decimal {
            fn from(v: $t) -> Self {
                Self { mantissa: i128::from(v), scale: 0, niche: Niche::Zero }
            }
        }
    )*};
}
from_int!(i8, i16, i32, i64, u8, u16, u32, u64);

/// Error of [`Decimal::from_str`]: the text is not `[-+]digits[.digits]` or does not fit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseDecimalError {
    /// The text is not an ASCII decimal number.
    #[error("`{0}` is not a decimal number")]
    Invalid(String),
    /// The number does not fit an `i128` mantissa with at most 30 decimals.
    #[error("decimal `{0}` is out of range")]
    Overflow(String),
}

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    /// Strict ASCII form `[-+]digits[.digits]` (Chinese and full-width forms are parsed by
    /// the numeral parser, not here).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || ParseDecimalError::Invalid(s.to_owned());
        let (neg, body) = match s.as_bytes().first() {
            Some(b'-') => (true, s.get(1..).unwrap_or("")),
            Some(b'+') => (false, s.get(1..).unwrap_or("")),
            _ => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int.is_empty() && frac.is_empty()
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
            || (body.contains('.') && frac.is_empty())
            || int.is_empty()
        {
            return Err(invalid());
        }
        let overflow = || ParseDecimalError::Overflow(s.to_owned());
        let scale = u8::try_from(frac.len()).map_err(|_| overflow())?;
        let mut m: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            m = m
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(b - b'0')))
                .ok_or_else(overflow)?;
        }
        if neg {
            m = -m;
        }
        Self::new(m, scale).ok_or_else(overflow)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Decimal {
    /// A JSON number: an integer when the value is whole and fits `i64`, otherwise the nearest
    /// `f64` (use `to_string()` for the exact text).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.to_i128().and_then(|v| i64::try_from(v).ok()) {
            Some(v) => s.serialize_i64(v),
            None => match self.to_i128().and_then(|v| u64::try_from(v).ok()) {
                Some(v) => s.serialize_u64(v),
                None => s.serialize_f64(self.to_f64()),
            },
        }
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number or a decimal string")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Decimal, E> {
                // Rust prints the shortest text that round-trips, which is the written value.
                let text = format!("{v}");
                text.parse().map_err(E::custom)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Decimal, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn values_stay_small() {
        // The scanner copies these once per expression: keep the niche and the alignment.
        use crate::Number;
        assert_eq!(size_of::<Decimal>(), 24);
        assert_eq!(size_of::<Number>(), 48);
        assert_eq!(size_of::<Option<Number>>(), 48);
    }

    #[test]
    fn display_keeps_written_scale() {
        for s in ["0", "7.88", "-0.5", "0.05", "100.06", "15000", "0.000001"] {
            assert_eq!(s.parse::<Decimal>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn rejects_malformed() {
        for s in ["", "-", ".5", "5.", "1.2.3", "1e5", "１", "1,000", "+"] {
            assert!(s.parse::<Decimal>().is_err(), "{s}");
        }
        assert!(matches!(
            "9".repeat(50).parse::<Decimal>(),
            Err(ParseDecimalError::Overflow(_))
        ));
    }

    #[test]
    fn exact_products() {
        let d: Decimal = "16.4".parse().unwrap();
        assert_eq!(
            d.checked_mul_pow10(8).unwrap().to_i128(),
            Some(1_640_000_000)
        );
        let d: Decimal = "0.8".parse().unwrap();
        assert_eq!(d.checked_mul_pow10(4).unwrap().to_string(), "8000");
        assert!(Decimal::from(u64::MAX).checked_mul_pow10(30).is_none());
    }

    proptest! {
        #[test]
        fn parse_display_round_trip(m in any::<i64>(), scale in 0u8..12) {
            let d = Decimal::new(i128::from(m), scale).unwrap();
            prop_assert_eq!(d.to_string().parse::<Decimal>().unwrap(), d);
            prop_assert_eq!(d.to_string().parse::<Decimal>().unwrap().scale(), scale);
        }

        #[test]
        fn add_sub_inverse(a in any::<i64>(), b in any::<i64>(), sa in 0u8..8, sb in 0u8..8) {
            let x = Decimal::new(i128::from(a), sa).unwrap();
            let y = Decimal::new(i128::from(b), sb).unwrap();
            prop_assert_eq!(x.checked_add(y).unwrap().checked_sub(y).unwrap(), x);
        }

        #[test]
        fn order_matches_f64(a in -1_000_000i64..1_000_000, b in -1_000_000i64..1_000_000, sa in 0u8..4, sb in 0u8..4) {
            let x = Decimal::new(i128::from(a), sa).unwrap();
            let y = Decimal::new(i128::from(b), sb).unwrap();
            prop_assert_eq!(x.cmp(&y), x.to_f64().total_cmp(&y.to_f64()));
        }
    }
}
