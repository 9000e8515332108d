//! What a sentence claims about a change: the claim kinds of design.md §4 and the finer
//! wording forms they come from.

use duikou_tokenizer::{Approx, Span};
use serde::{Deserialize, Serialize};

use crate::Ratio;

/// Growth claim kinds, the vocabulary of design.md §4 (`snake_case` in JSON).
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_analytics::ClaimKind;
/// assert_eq!(ClaimKind::TimesIncrease.as_str(), "times_increase");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ClaimKind {
    /// 增长X%, 比上年增长X%, 同比增长X%, 增长N成, 年均增长X%.
    PctIncrease,
    /// 下降X%, 同比下降X%, 减少了几分之几.
    PctDecrease,
    /// 提高/下降X个百分点.
    PpChange,
    /// 增长了N倍 / 增加N倍 (and the disallowed 减少N倍).
    TimesIncrease,
    /// 增长到N倍 / 是…的N倍 / 降到几分之几.
    TimesTo,
    /// 翻一番 / 翻N番.
    Doubling,
    /// 减少一半.
    Half,
    /// 增至/增加到 with no rate claim (and absolute changes such as 增加了720人).
    IncreaseTo,
    /// No claim.
    None,
}

impl ClaimKind {
    /// The `snake_case` name used in JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::ClaimKind;
    /// assert_eq!(ClaimKind::PpChange.as_str(), "pp_change");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::PctIncrease => "pct_increase",
            Self::PctDecrease => "pct_decrease",
            Self::PpChange => "pp_change",
            Self::TimesIncrease => "times_increase",
            Self::TimesTo => "times_to",
            Self::Doubling => "doubling",
            Self::Half => "half",
            Self::IncreaseTo => "increase_to",
            Self::None => "none",
        }
    }
}

/// The exact wording form of a claim, finer than [`ClaimKind`]; it decides the rule applied.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_analytics::{ClaimKind, Direction, Wording};
/// assert_eq!(Wording::TimesDecrease.kind(Direction::Down), ClaimKind::TimesIncrease);
/// assert_eq!(Wording::Percent.kind(Direction::Down), ClaimKind::PctDecrease);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Wording {
    /// 增长/下降X%, 同比增长X%, 比上年增长X%, 增速/涨幅为X%.
    Percent,
    /// 增长N成 (N·10 %).
    Cheng,
    /// 年均增长X% (a compound annual rate).
    AnnualAverage,
    /// 提高/下降X个百分点.
    PercentagePoints,
    /// 增长了N倍 / 增加N倍: net increase, B = A·(1+N).
    TimesIncrease,
    /// 减少/下降N倍: not allowed (倍 is for increases only).
    TimesDecrease,
    /// 增长到N倍 / 是…的N倍: B = A·N.
    TimesTo,
    /// 翻N番: B = A·2ⁿ.
    Doubling,
    /// 减少一半 / 减半.
    Half,
    /// 减少了几分之几: B = A·(1−f).
    FractionDecrease,
    /// 降到几分之几: B = A·f.
    FractionTo,
    /// 增加了120人: the absolute difference.
    AbsoluteChange,
    /// 由A增加到B with no further claim: only the direction is claimed.
    IncreaseTo,
    /// 由A减少到B with no further claim: only the direction is claimed.
    DecreaseTo,
}

impl Wording {
    /// The design.md §4 claim kind of this wording in the given direction.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{ClaimKind, Direction, Wording};
    /// assert_eq!(Wording::FractionTo.kind(Direction::Down), ClaimKind::TimesTo);
    /// ```
    #[must_use]
    pub const fn kind(self, direction: Direction) -> ClaimKind {
        match self {
            Self::Percent | Self::Cheng | Self::AnnualAverage => match direction {
                Direction::Up => ClaimKind::PctIncrease,
                Direction::Down => ClaimKind::PctDecrease,
            },
            Self::FractionDecrease => ClaimKind::PctDecrease,
            Self::PercentagePoints => ClaimKind::PpChange,
            Self::TimesIncrease | Self::TimesDecrease => ClaimKind::TimesIncrease,
            Self::TimesTo | Self::FractionTo => ClaimKind::TimesTo,
            Self::Doubling => ClaimKind::Doubling,
            Self::Half => ClaimKind::Half,
            Self::AbsoluteChange | Self::IncreaseTo | Self::DecreaseTo => ClaimKind::IncreaseTo,
        }
    }

    /// The `snake_case` name used in JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Wording;
    /// assert_eq!(Wording::AnnualAverage.as_str(), "annual_average");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Percent => "percent",
            Self::Cheng => "cheng",
            Self::AnnualAverage => "annual_average",
            Self::PercentagePoints => "percentage_points",
            Self::TimesIncrease => "times_increase",
            Self::TimesDecrease => "times_decrease",
            Self::TimesTo => "times_to",
            Self::Doubling => "doubling",
            Self::Half => "half",
            Self::FractionDecrease => "fraction_decrease",
            Self::FractionTo => "fraction_to",
            Self::AbsoluteChange => "absolute_change",
            Self::IncreaseTo => "increase_to",
            Self::DecreaseTo => "decrease_to",
        }
    }
}

/// Direction the claim states: up (增长, 提高, 增加) or down (下降, 减少, 降低).
///
/// # Examples
///
/// ```
/// use duikou_analytics::Direction;
/// assert_eq!(Direction::Down.sign(), -1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Direction {
    /// An increase.
    Up,
    /// A decrease.
    Down,
}

impl Direction {
    /// `1` for up, `-1` for down.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Direction;
    /// assert_eq!(Direction::Up.sign(), 1);
    /// ```
    #[must_use]
    pub const fn sign(self) -> i128 {
        match self {
            Self::Up => 1,
            Self::Down => -1,
        }
    }
}

/// A stated claim about a change, with the value as written and the tolerance its written
/// precision implies.
///
/// `value` is in the claim's own unit and never signed: `增长47.5%` → 47.5, `下降3个百分点` →
/// 3 with direction down, `增长了1.5倍` → 1.5, `翻两番` → 2, `减少一半` → 1/2, `降到三分之一`
/// → 1/3, `增长3成` → 30 (percent). A range (`增长5.5%—6%`) has `value` 5.5 and `high` 6.
///
/// # Examples
///
/// ```
/// use duikou_analytics::{Claim, ClaimKind, Direction, Ratio, Wording};
/// use duikou_tokenizer::{Approx, Span};
/// let c = Claim::new(Wording::TimesIncrease, Direction::Up, Some(Ratio::new(3, 2).unwrap()),
///     Some(Ratio::new(1, 20).unwrap()), "增长了1.5倍", Span::new(0, 15));
/// assert_eq!(c.kind, ClaimKind::TimesIncrease);
/// assert_eq!(c.approx, Approx::Exact);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// design.md §4 kind.
    pub kind: ClaimKind,
    /// The exact wording form.
    pub wording: Wording,
    /// Stated direction.
    pub direction: Direction,
    /// The stated value in the claim's unit (`None` for direction-only claims).
    pub value: Option<Ratio>,
    /// Upper end of a stated range (`增长5.5%—6%`).
    pub high: Option<Ratio>,
    /// Half a unit of the last written digit of the value (`1.5倍` → 0.05).
    pub tolerance: Option<Ratio>,
    /// Qualifier on the stated value (`增长了一倍多` → over).
    pub approx: Approx,
    /// The claim's source text (`增长了1.5倍`).
    pub text: String,
    /// Byte span of the claim in the original input.
    pub span: Span,
}

impl Claim {
    /// Builds an exact (unqualified, single-valued) claim; the kind follows from the wording.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Claim, ClaimKind, Direction, Wording};
    /// use duikou_tokenizer::Span;
    /// let c = Claim::new(Wording::IncreaseTo, Direction::Up, None, None, "增加到", Span::new(0, 9));
    /// assert_eq!(c.kind, ClaimKind::IncreaseTo);
    /// ```
    #[must_use]
    pub fn new(
        wording: Wording,
        direction: Direction,
        value: Option<Ratio>,
        tolerance: Option<Ratio>,
        text: &str,
        span: Span,
    ) -> Self {
        Self {
            kind: wording.kind(direction),
            wording,
            direction,
            value,
            high: None,
            tolerance,
            approx: Approx::Exact,
            text: text.to_owned(),
            span,
        }
    }
}
