//! Exact numeric values: decimals and fractions.

use crate::Decimal;

/// An exact parsed numeral: a decimal (`15000`, `1.5`, `-40`) or an exact fraction
/// (`三分之一` = 1/3), never a rounded float.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{Decimal, Number};
/// let third = Number::Fraction { numer: Decimal::from(1_i64), denom: Decimal::from(3_i64) };
/// assert!(third.as_decimal().is_none());
/// assert!((third.to_f64() - 1.0 / 3.0).abs() < 1e-12);
/// assert_eq!(Number::from(Decimal::from(7_i64)).as_decimal(), Some(Decimal::from(7_i64)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Number {
    /// A decimal value, exact as written.
    Decimal(Decimal),
    /// `numer / denom`, exact (`十二分之七` = 7/12). `denom` is never zero.
    Fraction {
        /// Numerator.
        numer: Decimal,
        /// Denominator (non-zero).
        denom: Decimal,
    },
}

impl Number {
    /// The value as a [`Decimal`] when it is one (fractions that are whole numbers, such as
    /// 4/2, are reduced too).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::{Decimal, Number};
    /// let n = Number::Fraction { numer: Decimal::from(4_i64), denom: Decimal::from(2_i64) };
    /// assert_eq!(n.as_decimal(), Some(Decimal::from(2_i64)));
    /// ```
    #[must_use]
    #[inline]
    pub fn as_decimal(self) -> Option<Decimal> {
        match self {
            Self::Decimal(d) => Some(d),
            Self::Fraction { numer, denom } => {
                let (n, d) = (numer.to_i128()?, denom.to_i128()?);
                (d != 0 && n % d == 0)
                    .then(|| n / d)
                    .and_then(|v| Decimal::new(v, 0))
            }
        }
    }

    /// Nearest `f64` (a convenience: the stored value stays exact).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::{Decimal, Number};
    /// assert_eq!(Number::from(Decimal::from(3_i64)).to_f64(), 3.0);
    /// ```
    #[must_use]
    pub fn to_f64(self) -> f64 {
        match self {
            Self::Decimal(d) => d.to_f64(),
            Self::Fraction { numer, denom } => numer.to_f64() / denom.to_f64(),
        }
    }
}

impl From<Decimal> for Number {
    fn from(d: Decimal) -> Self {
        Self::Decimal(d)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Number {
    /// A JSON number (see [`Decimal`]'s serialisation); a fraction as its nearest `f64`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.as_decimal() {
            Some(d) => d.serialize(s),
            None => s.serialize_f64(self.to_f64()),
        }
    }
}
