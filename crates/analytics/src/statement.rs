//! Owned growth-statement types with provenance: what a sentence says, before any checking.

use duikou_tokenizer::{Approx, Decimal, Span};
use serde::{Deserialize, Serialize};

use crate::{Claim, Interval, Ratio};

/// A stated figure (a before or after value) with its qualifier, unit and provenance.
///
/// The value is the stated base, exact as written (`500余篇` → 500, approx `over`);
/// [`Figure::interval`] turns the qualifier into bounds.
///
/// # Examples
///
/// ```
/// use duikou_analytics::Figure;
/// use duikou_tokenizer::{Approx, Decimal, Span};
/// let f = Figure::new(Decimal::from(500_i64), Some("篇"), Approx::Over, "500余篇", Span::new(0, 9));
/// let i = f.interval().unwrap();
/// assert_eq!((i.lo.to_string(), i.hi.to_string()), ("500".to_owned(), "600".to_owned()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    /// The exact stated value (multipliers such as 万 folded in).
    pub value: Decimal,
    /// Base unit (`人`, `元`, `%`, …), if written.
    pub unit: Option<String>,
    /// Qualifier: `over` for 余/多, `near` for 近, `about` for 约/左右, …
    pub approx: Approx,
    /// The source text of the figure.
    pub text: String,
    /// Byte span in the original input.
    pub span: Span,
}

impl Figure {
    /// Builds a figure.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Figure;
    /// use duikou_tokenizer::{Approx, Decimal, Span};
    /// let f = Figure::new(Decimal::from(15_i64), Some("%"), Approx::Exact, "15%", Span::new(0, 3));
    /// assert!(f.is_percent());
    /// ```
    #[must_use]
    pub fn new(value: Decimal, unit: Option<&str>, approx: Approx, text: &str, span: Span) -> Self {
        Self {
            value,
            unit: unit.map(str::to_owned),
            approx,
            text: text.to_owned(),
            span,
        }
    }

    /// Whether the figure is a percentage (a share or a rate), the precondition for
    /// percentage points.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Figure;
    /// use duikou_tokenizer::{Approx, Decimal, Span};
    /// let f = Figure::new(Decimal::from(15_i64), Some("人"), Approx::Exact, "15人", Span::new(0, 5));
    /// assert!(!f.is_percent());
    /// ```
    #[must_use]
    pub fn is_percent(&self) -> bool {
        self.unit.as_deref() == Some("%")
    }

    /// One unit of the last significant written digit: `500` → 100, `1516` → 1, `1.5` → 0.1,
    /// `200000` (from `20万`) → 100000. This is the step a qualifier such as 余 ranges over.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Figure;
    /// use duikou_tokenizer::{Approx, Decimal, Span};
    /// let f = Figure::new(Decimal::from(800_i64), Some("篇"), Approx::Over, "800余篇", Span::new(0, 9));
    /// assert_eq!(f.step().unwrap().to_string(), "100");
    /// ```
    #[must_use]
    pub fn step(&self) -> Option<Ratio> {
        qualifier_step(self.value)
    }

    /// The set of values the figure admits: a point when exact; `余/多` (over) = [v, v + step],
    /// `近` (near) = [v − step/2, v], `约/左右` (about) = [v − step/2, v + step/2],
    /// `不到/不足` (under) = [v − step/2, v], vague (`上百`) = [v, 10·v].
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Figure;
    /// use duikou_tokenizer::{Approx, Decimal, Span};
    /// let f = Figure::new(Decimal::from(1516_i64), Some("人"), Approx::Exact, "1516人", Span::new(0, 7));
    /// assert!(f.interval().unwrap().is_point());
    /// ```
    #[must_use]
    pub fn interval(&self) -> Option<Interval> {
        qualified_interval(self.value, self.approx)
    }
}

/// One unit of the last significant digit of `v` (see [`Figure::step`]).
pub(crate) fn qualifier_step(v: Decimal) -> Option<Ratio> {
    let v = v.normalized();
    if v.scale() > 0 {
        return Ratio::new(1, 10_i128.checked_pow(u32::from(v.scale()))?);
    }
    let mut m = v.mantissa().unsigned_abs();
    let mut step: i128 = 1;
    while m != 0 && m.is_multiple_of(10) {
        m /= 10;
        step = step.checked_mul(10)?;
    }
    Some(Ratio::int(step))
}

/// The interval a qualified value admits (see [`Figure::interval`]).
pub(crate) fn qualified_interval(value: Decimal, approx: Approx) -> Option<Interval> {
    let v = Ratio::from_decimal(value)?;
    let step = qualifier_step(value)?;
    let half = step.checked_div(Ratio::int(2))?;
    Some(match approx {
        Approx::Exact => Interval::point(v),
        Approx::Over => Interval::span(v, v.checked_add(step)?),
        Approx::Near => Interval::span(v.checked_sub(half)?, v),
        Approx::About => Interval::around(v, half)?,
        Approx::Under => Interval::span(v.checked_sub(half)?, v),
        _ => Interval::span(v, v.checked_mul(Ratio::int(10))?),
    })
}

/// The period a statement covers, as written (`5年来`, `四年来`, `2019–2024`, `“十三五”期间`).
///
/// # Examples
///
/// ```
/// use duikou_analytics::Period;
/// let p = Period { years: Some(5), from: Some(2019), to: Some(2024), text: "2019—2024年".into() };
/// assert_eq!(p.years, Some(5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// Number of years between the before and after values, when known.
    pub years: Option<u32>,
    /// First year, when written.
    pub from: Option<i32>,
    /// Last year, when written.
    pub to: Option<i32>,
    /// The source text.
    pub text: String,
}

/// One growth statement found in text: a metric, its before and after values, the period and
/// the claim the author made about the change — with provenance (line, byte span, snippet).
///
/// Statements that state only a claim (`比上年增长8.1%`) have no `before`/`after`; they are kept
/// (and come out `unverifiable`).
///
/// # Examples
///
/// ```
/// use duikou_analytics::growth_statements;
/// let src = "本科招生规模由1516人增加到2236人，增长了1.5倍。";
/// let s = &growth_statements(src)[0];
/// assert_eq!(s.metric, "本科招生规模");
/// assert_eq!(s.before.as_ref().unwrap().value.to_string(), "1516");
/// assert_eq!(s.after.as_ref().unwrap().value.to_string(), "2236");
/// assert_eq!(s.claim.as_ref().unwrap().text, "增长了1.5倍");
/// assert_eq!(s.line, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrowthStatement {
    /// 1-based line of the start of the statement.
    pub line: u32,
    /// Byte span of the statement (metric through claim) in the original input.
    pub span: Span,
    /// The source text under `span`.
    pub snippet: String,
    /// The metric noun phrase (`本科招生规模`); empty when none was written.
    pub metric: String,
    /// The value before.
    pub before: Option<Figure>,
    /// The value after.
    pub after: Option<Figure>,
    /// The period, when stated.
    pub period: Option<Period>,
    /// The claim made about the change.
    pub claim: Option<Claim>,
    /// The after value is not written but computed from the before value and the claim
    /// (`比上年的400万元增长了15%` → 460万元): such a claim holds by construction, so it is
    /// reported `unverifiable`, never `consistent`.
    #[serde(default)]
    pub after_derived: bool,
}

impl GrowthStatement {
    /// The statement's unit: the after value's, else the before value's.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::growth_statements;
    /// let s = &growth_statements("论文由500余篇增加到800余篇。")[0];
    /// assert_eq!(s.unit(), Some("篇"));
    /// ```
    #[must_use]
    pub fn unit(&self) -> Option<&str> {
        self.after
            .as_ref()
            .and_then(|f| f.unit.as_deref())
            .or_else(|| self.before.as_ref().and_then(|f| f.unit.as_deref()))
    }

    /// Whether both values are written (a before/after statement).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::growth_statements;
    /// assert!(!growth_statements("招生人数比上年增长8.1%。")[0].has_values());
    /// ```
    #[must_use]
    pub fn has_values(&self) -> bool {
        self.before.is_some() && self.after.is_some()
    }
}
