//! Exact growth metrics from a before value A and an after value B (research/domain.md §5).

use duikou_tokenizer::Decimal;
use serde::{Deserialize, Serialize};

use crate::{AnalyticsError, Ratio};

/// What a statistician computes from A (before) and B (after), `t` years apart.
///
/// Exact wherever the inputs are exact ([`Ratio`] and [`Decimal`]); logarithms and the
/// geometric mean are `f64` because they are irrational. Rules (research/domain.md §5,
/// domain.md §4): Δ = B − A; R = B/A (发展速度); percent change (R − 1)·100 (增长速度);
/// strict 倍 N = R − 1 (增长了N倍, 杜永道 2017); doublings log₂R (翻n番, 国家统计局〈"番"与"倍"〉);
/// percentage points B − A only when both are percentages (NBS 百分点 definition);
/// CAGR (R^(1/t) − 1)·100 versus the arithmetic mean g/t; log change ln R.
/// A = 0 has no ratio (Δ only); when the sign changes (A < 0 < B or B < 0 < A) nothing is
/// divided and `sign_change` is set.
///
/// # Examples
///
/// ```
/// use duikou_analytics::Metrics;
/// use duikou_tokenizer::Decimal;
/// let m = Metrics::compute(Decimal::from(1516_i64), Decimal::from(2236_i64), false, None).unwrap();
/// assert_eq!(m.abs_change, Decimal::from(720_i64));
/// assert_eq!(m.ratio.unwrap().round_to(4).unwrap().to_string(), "1.4749");
/// assert_eq!(m.pct_change.unwrap().round_to(1).unwrap().to_string(), "47.5");
/// assert_eq!(m.times_increase.unwrap().round_to(2).unwrap().to_string(), "0.47");
/// assert!(m.pp_change.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Δ = B − A, exact.
    pub abs_change: Decimal,
    /// R = B/A, exact; `None` when A = 0, A < 0 or the sign changes.
    pub ratio: Option<Ratio>,
    /// (R − 1)·100, exact.
    pub pct_change: Option<Ratio>,
    /// Strict 倍: N = R − 1 (增长了N倍).
    pub times_increase: Option<Ratio>,
    /// log₂R (翻n番).
    pub doublings: Option<f64>,
    /// ln R (additive, symmetric).
    pub log_change: Option<f64>,
    /// B − A in percentage points, only when both values are percentages.
    pub pp_change: Option<Decimal>,
    /// Years between A and B, when the period is known.
    pub years: Option<u32>,
    /// Compound annual growth rate (R^(1/t) − 1)·100 (年均增长, geometric).
    pub cagr_pct: Option<f64>,
    /// The arithmetic mean of the percent change over t years, g/t: NOT the annual growth
    /// rate; kept to recognise the common error.
    pub arithmetic_mean_pct: Option<Ratio>,
    /// Average absolute change per year, Δ/t (年均增加).
    pub avg_abs_change: Option<Ratio>,
    /// A and B have opposite signs (扭亏为盈, 由负转正): reported, not divided.
    pub sign_change: bool,
}

impl Metrics {
    /// Computes every metric from A and B; `both_percent` enables the percentage-point
    /// change, `years` the annual rates.
    ///
    /// # Errors
    ///
    /// [`AnalyticsError::Overflow`] when an exact intermediate does not fit `i128`.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Metrics;
    /// use duikou_tokenizer::Decimal;
    /// let m = Metrics::compute(Decimal::from(15_i64), Decimal::from(32_i64), true, None).unwrap();
    /// assert_eq!(m.pp_change, Some(Decimal::from(17_i64)));
    /// let z = Metrics::compute(Decimal::ZERO, Decimal::from(5_i64), false, None).unwrap();
    /// assert!(z.ratio.is_none());
    /// assert_eq!(z.abs_change, Decimal::from(5_i64));
    /// ```
    pub fn compute(
        before: Decimal,
        after: Decimal,
        both_percent: bool,
        years: Option<u32>,
    ) -> Result<Self, AnalyticsError> {
        let overflow = || AnalyticsError::Overflow {
            what: "growth metrics",
        };
        let abs_change = after.checked_sub(before).ok_or_else(overflow)?;
        let a = Ratio::from_decimal(before).ok_or_else(overflow)?;
        let b = Ratio::from_decimal(after).ok_or_else(overflow)?;
        let sign_change = (a.is_negative() && b.numer() > 0) || (a.numer() > 0 && b.is_negative());
        let ratio = if a.numer() > 0 && !b.is_negative() {
            Some(b.checked_div(a).ok_or_else(overflow)?)
        } else {
            None
        };
        let times_increase = match ratio {
            Some(r) => Some(r.checked_sub(Ratio::ONE).ok_or_else(overflow)?),
            None => None,
        };
        let pct_change = match times_increase {
            Some(n) => Some(n.checked_mul(Ratio::HUNDRED).ok_or_else(overflow)?),
            None => None,
        };
        let positive = ratio.filter(|r| r.numer() > 0).map(Ratio::to_f64);
        let doublings = positive.map(f64::log2);
        let log_change = positive.map(f64::ln);
        let pp_change = if both_percent { Some(abs_change) } else { None };
        let t = years.filter(|&t| t > 0);
        let cagr_pct = match (positive, t) {
            (Some(r), Some(t)) => Some((r.powf(1.0 / f64::from(t)) - 1.0) * 100.0),
            _ => None,
        };
        let div_t = |x: Ratio| t.and_then(|t| x.checked_div(Ratio::int(i128::from(t))));
        let arithmetic_mean_pct = pct_change.and_then(div_t);
        let avg_abs_change = Ratio::from_decimal(abs_change).and_then(div_t);
        Ok(Self {
            abs_change,
            ratio,
            pct_change,
            times_increase,
            doublings,
            log_change,
            pp_change,
            years: t,
            cagr_pct,
            arithmetic_mean_pct,
            avg_abs_change,
            sign_change,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn sign_change_is_not_divided() {
        let m = Metrics::compute(d("-20"), d("35"), false, None).unwrap();
        assert!(m.sign_change);
        assert!(m.ratio.is_none() && m.pct_change.is_none());
        assert_eq!(m.abs_change, d("55"));
    }

    #[test]
    fn cagr_versus_arithmetic_mean() {
        // 100 → 121 over 2 years: R = 1.21, CAGR = √1.21 − 1 = 10 %, arithmetic mean 21/2 = 10.5 %.
        let m = Metrics::compute(d("100"), d("121"), false, Some(2)).unwrap();
        assert!((m.cagr_pct.unwrap() - 10.0).abs() < 1e-9);
        assert_eq!(m.arithmetic_mean_pct.unwrap().to_string(), "21/2");
        assert_eq!(m.avg_abs_change.unwrap().to_string(), "21/2");
        assert!((m.doublings.unwrap() - 1.21_f64.log2()).abs() < 1e-12);
    }
}
