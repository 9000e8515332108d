//! The values the quantity scanner yields.

use crate::{Number, PartialDate, Span};

/// What kind of numeric expression a [`Quantity`] is (design.md §5 vocabulary).
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::QuantityKind;
/// assert_eq!(QuantityKind::Multiple.as_str(), "multiple");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuantityKind {
    /// A bare number (`三分之一`, `1,100`).
    Number,
    /// A number with a unit (`35万元`, `6人`).
    Quantity,
    /// A percentage (`30%`, `百分之三十`, `三成`) or percentage points (`3个百分点`).
    Percent,
    /// A multiple, `N倍`.
    Multiple,
    /// A range with `low` and `high` (`3-4名`, `5至10万元`).
    Range,
    /// An ordinal (`第十二届`).
    Ordinal,
    /// A full or partial date (`7月16日`, `20xx年5月13日—14日`).
    Date,
    /// A year alone (`2017年`, `二〇二三年`).
    Year,
}

impl QuantityKind {
    /// The snake_case name used in JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::QuantityKind;
    /// assert_eq!(QuantityKind::Percent.as_str(), "percent");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Number => "number",
            Self::Quantity => "quantity",
            Self::Percent => "percent",
            Self::Multiple => "multiple",
            Self::Range => "range",
            Self::Ordinal => "ordinal",
            Self::Date => "date",
            Self::Year => "year",
        }
    }
}

/// The qualifier written with a value. The value itself is always the stated base.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::Approx;
/// assert_eq!(Approx::Over.as_str(), "over"); // 20余万元, 超过, 以上
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Approx {
    /// No qualifier.
    #[default]
    Exact,
    /// More than the value: 余, 多, 几, 超过, 逾, 以上.
    Over,
    /// Nearly the value (just under): 近, 将近.
    Near,
    /// About the value: 约, 左右, 上下, 大约.
    About,
    /// Less than the value: 以下, 不到, 不足.
    Under,
    /// A vague amount whose value is the base: 上百, 数十, 十几.
    Vague,
}

impl Approx {
    /// The snake_case name used in JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Approx;
    /// assert_eq!(Approx::Exact.as_str(), "exact");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Over => "over",
            Self::Near => "near",
            Self::About => "about",
            Self::Under => "under",
            Self::Vague => "vague",
        }
    }
}

/// One numeric expression found in running text, borrowing the input.
///
/// `span` and `line` point into the original text; `text == &src[span]`.
/// Multipliers are folded into the value and `unit` is the base unit
/// (`35万元` → value 350000, unit `元`; `3个百分点` → 3, `百分点`; `1.5倍` → 1.5, `倍`).
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{Approx, QuantityKind, Span};
/// # use duikou_tokenizer::{Decimal, Number, Quantity};
/// let q = Quantity {
///     text: "6人", span: Span::new(12, 16), line: 1, kind: QuantityKind::Quantity,
///     value: Some(Number::from(Decimal::from(6_i64))), low: None, high: None,
///     unit: Some("人"), approx: Approx::Exact, date: None, date_end: None,
/// };
/// assert_eq!(q.value_f64(), Some(6.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity<'a> {
    /// The matched text, `&src[span]`.
    pub text: &'a str,
    /// Byte span in the original input.
    pub span: Span,
    /// 1-based line of `span.start`.
    pub line: u32,
    /// Kind of expression.
    pub kind: QuantityKind,
    /// The exact value (for a range: `None`; see `low`/`high`; for a date: `None`).
    pub value: Option<Number>,
    /// Low end of a range.
    pub low: Option<Number>,
    /// High end of a range.
    pub high: Option<Number>,
    /// Base unit (`元`, `人`, `%`, `百分点`, `倍`, …), from the unit table.
    pub unit: Option<&'static str>,
    /// Qualifier.
    pub approx: Approx,
    /// The date, for kinds `date` and `year`.
    pub date: Option<PartialDate>,
    /// The end of a date range (`3月28日—4月9日`).
    pub date_end: Option<PartialDate>,
}

impl Quantity<'_> {
    /// The value as `f64` (a convenience).
    ///
    /// # Examples
    ///
    /// ```
    /// # use duikou_tokenizer::*;
    /// # let q = Quantity { text: "x", span: Span::new(0, 1), line: 1, kind: QuantityKind::Number,
    /// #   value: None, low: None, high: None, unit: None, approx: Approx::Exact, date: None, date_end: None };
    /// assert_eq!(q.value_f64(), None);
    /// ```
    #[must_use]
    pub fn value_f64(&self) -> Option<f64> {
        self.value.map(Number::to_f64)
    }
}
