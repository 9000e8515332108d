//! Checking a claim against its before/after values under the standard reading and the named
//! loose readings (domain.md §4).

use duikou_tokenizer::{Approx, Decimal};
use serde::{Deserialize, Serialize};

use crate::wording::{self, Suggest};
use crate::{Claim, ClaimKind, Direction, GrowthStatement, Interval, Metrics, Ratio, Wording};

/// Claim verdicts, the vocabulary of design.md §4 (`snake_case` in JSON).
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_analytics::Verdict;
/// assert_eq!(Verdict::LooseMultiple.as_str(), "loose_multiple");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verdict {
    /// The claim holds under the standard reading.
    Consistent,
    /// 增长了N倍 that only holds if misread as 增长到N倍 (B/A ≈ N): the commonest error.
    LooseMultiple,
    /// The claim does not hold (or uses a wording that cannot hold, such as 减少N倍).
    Inconsistent,
    /// The values needed to check the claim are missing (no before value, no period, A = 0).
    Unverifiable,
}

impl Verdict {
    /// The `snake_case` name used in JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Verdict;
    /// assert_eq!(Verdict::Unverifiable.as_str(), "unverifiable");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Consistent => "consistent",
            Self::LooseMultiple => "loose_multiple",
            Self::Inconsistent => "inconsistent",
            Self::Unverifiable => "unverifiable",
        }
    }
}

/// The rule a verdict applied, with its formula and source (domain.md §4, research/domain.md §1).
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_analytics::Rule;
/// assert_eq!(Rule::NetMultiple.formula(), "B = A·(1+N)");
/// assert!(Rule::NetMultiple.source().contains("杜永道"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rule {
    /// 增加(了)/增长(了)/提高(了) N 倍: the net increase only.
    NetMultiple,
    /// 增加到/增长到 N 倍, 是 A 的 N 倍: includes the base.
    TotalMultiple,
    /// 翻 n 番: B = A·2ⁿ.
    Doubling,
    /// 增长/下降 X%: X = (B/A − 1)·100.
    PercentChange,
    /// 提高/下降 X 个百分点: X = B% − A%.
    PercentagePoints,
    /// 年均增长 X%: geometric, X = (R^(1/t) − 1)·100.
    AnnualAverage,
    /// 减少了几分之几: B = A·(1 − f).
    FractionDecrease,
    /// 降到几分之几: B = A·f.
    FractionTo,
    /// 增加了 N (unit): N = B − A.
    AbsoluteChange,
    /// 增加到 / 减少到 with no rate: only the direction is claimed.
    Direction,
    /// 减少/降低/下降 N 倍: not allowed.
    DecreaseInTimes,
    /// No claim was stated.
    NoClaim,
}

impl Rule {
    /// The formula the rule checks.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Rule;
    /// assert_eq!(Rule::TotalMultiple.formula(), "B = A·N");
    /// ```
    #[must_use]
    pub const fn formula(self) -> &'static str {
        match self {
            Self::NetMultiple => "B = A·(1+N)",
            Self::TotalMultiple => "B = A·N",
            Self::Doubling => "B = A·2ⁿ",
            Self::PercentChange => "X = (B/A − 1)·100",
            Self::PercentagePoints => "X = B% − A%",
            Self::AnnualAverage => "X = ((B/A)^(1/t) − 1)·100",
            Self::FractionDecrease => "B = A·(1 − f)",
            Self::FractionTo => "B = A·f",
            Self::AbsoluteChange => "N = B − A",
            Self::Direction => "增加到: B > A; 减少到: B < A",
            Self::DecreaseInTimes => "倍 is only for increases",
            Self::NoClaim => "nothing to check",
        }
    }

    /// Where the rule comes from.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::Rule;
    /// assert!(Rule::PercentagePoints.source().contains("百分点"));
    /// ```
    #[must_use]
    pub const fn source(self) -> &'static str {
        match self {
            Self::NetMultiple | Self::TotalMultiple => {
                "杜永道, 人民日报海外版 语文信箱 2017-05-08; 《现代汉语词典》 倍"
            }
            Self::Doubling => "国家统计局 〈\"番\"与\"倍\"〉",
            Self::PercentChange | Self::AbsoluteChange | Self::Direction => {
                "〈统计中容易混淆的几对概念〉"
            }
            Self::PercentagePoints => {
                "国家统计局 百分点 definition: 不同时期以百分数形式表示的相对指标的变动幅度"
            }
            Self::AnnualAverage => "国家统计局 两年平均增长 (geometric mean)",
            Self::FractionDecrease | Self::FractionTo => {
                "现代汉语 textbook rule (黄伯荣/廖序东): 减少了 = difference, 降低到 = remainder"
            }
            Self::DecreaseInTimes => "杜永道 2017; 《咬文嚼字》2022年十大语文差错 no. 4",
            Self::NoClaim => "",
        }
    }
}

/// A named reading of a claim and whether the values fit it.
///
/// # Examples
///
/// ```
/// use duikou_analytics::{ReadingName, growth_statements};
/// let s = &growth_statements("由1516人增加到2236人，增长了1.5倍。")[0];
/// let e = s.evaluate();
/// let loose = e.readings.iter().find(|r| r.reading == ReadingName::LooseMultiple).unwrap();
/// assert!(loose.matches);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    /// Which reading.
    pub reading: ReadingName,
    /// The claim value this reading implies from the before/after values (midpoint).
    pub implied: Option<Ratio>,
    /// Whether the stated value fits within its tolerance.
    pub matches: bool,
}

/// The readings a claim is checked under.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_analytics::ReadingName;
/// assert_ne!(ReadingName::Standard, ReadingName::LooseMultiple);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReadingName {
    /// The standard (normative) reading.
    Standard,
    /// 增长了N倍 read as 增长到N倍 (N = B/A).
    LooseMultiple,
    /// 增长到N倍 read as the net increase (N = B/A − 1).
    NetForTotal,
    /// A percentage-point difference written as % (提高17% for 15% → 32%).
    PpAsPercent,
    /// A relative change written as 个百分点.
    PercentAsPp,
    /// 年均增长 computed as the arithmetic mean g/t instead of the geometric rate.
    ArithmeticMean,
}

/// A misuse of wording, flagged whatever the numbers say.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_analytics::UsageError;
/// assert_eq!(UsageError::DecreaseInTimes.as_str(), "decrease_in_times");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum UsageError {
    /// 减少/下降 N 倍 (《咬文嚼字》 2022 no. 4).
    DecreaseInTimes,
    /// 个百分点 for values that are not percentages.
    PpForNonPercent,
    /// The stated direction contradicts the values (增加到 a smaller value).
    DirectionMismatch,
}

impl UsageError {
    /// The `snake_case` name used in JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::UsageError;
    /// assert_eq!(UsageError::PpForNonPercent.as_str(), "pp_for_non_percent");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::DecreaseInTimes => "decrease_in_times",
            Self::PpForNonPercent => "pp_for_non_percent",
            Self::DirectionMismatch => "direction_mismatch",
        }
    }
}

/// What the claim should have said under the standard reading.
///
/// # Examples
///
/// ```
/// use duikou_analytics::growth_statements;
/// let e = growth_statements("由1516人增加到2236人，增长了1.5倍。")[0].evaluate();
/// let x = e.expected.unwrap();
/// assert_eq!(x.rounded.unwrap().to_string(), "0.47"); // 增长了0.47倍
/// assert_eq!(x.implied_after.unwrap().to_string(), "3790"); // 1516 × (1 + 1.5)
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expected {
    /// The claim kind the value refers to.
    pub kind: ClaimKind,
    /// The exact value the claim should have had (for doublings and annual rates, rounded
    /// to 6 places because they are irrational).
    pub value: Option<Ratio>,
    /// That value rounded to the claim's written precision (at least one decimal).
    pub rounded: Option<Decimal>,
    /// The after value the stated claim implies under the standard reading
    /// (增长了1.5倍 from 1516 → 3790).
    pub implied_after: Option<Ratio>,
    /// The after value the stated 倍 claim implies under the strict reading (same as
    /// `implied_after`, for 倍 claims only).
    pub strict_after: Option<Ratio>,
    /// The percent change the values give, rounded to the claim's precision (for % claims).
    pub pct_change: Option<Decimal>,
    /// The percentage-point change the values give (for 百分点 claims and shares).
    pub pp_change: Option<Decimal>,
    /// Standard wording with the right value (`增长到1.5倍 / 增长47.5%`).
    pub wording: Option<String>,
}

impl Expected {
    fn new(kind: ClaimKind) -> Self {
        Self {
            kind,
            value: None,
            rounded: None,
            implied_after: None,
            strict_after: None,
            pct_change: None,
            pp_change: None,
            wording: None,
        }
    }
}

/// The result of checking one statement.
///
/// # Examples
///
/// ```
/// use duikou_analytics::{Rule, Verdict, evaluate, growth_statements};
/// let s = &growth_statements("本科招生规模由1516人增加到2236人，增长了1.5倍。")[0];
/// let e = evaluate(s);
/// assert_eq!(e.verdict, Verdict::LooseMultiple);
/// assert_eq!(e.rule, Rule::NetMultiple);
/// assert_eq!(e.suggestions, vec!["增长到1.5倍".to_owned(), "增长47.5%".to_owned()]);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// The verdict.
    pub verdict: Verdict,
    /// The rule applied.
    pub rule: Rule,
    /// Metrics of the before/after values, when both are known.
    pub metrics: Option<Metrics>,
    /// Every reading checked, the standard one first.
    pub readings: Vec<Reading>,
    /// What the claim should have said.
    pub expected: Option<Expected>,
    /// A wording misuse, if any.
    pub usage_error: Option<UsageError>,
    /// Suggested correct wordings, best first (empty when the claim is fine).
    pub suggestions: Vec<String>,
}

/// Checks a statement's claim against its values (see [`GrowthStatement::evaluate`]).
///
/// Tolerance follows the written precision: half a unit of the last written digit of the
/// claim (1.5倍 → ±0.05, 18.9% → ±0.05, 47% → ±0.5); qualifiers on the values turn points
/// into bounds (500余篇 = [500, 600]); fractions, 一半 and 翻番 are accepted within 5 %
/// (relative) of the stated factor. 增长了N倍 that fits only B/A ≈ N is `loose_multiple`
/// (杜永道 2017); 减少N倍 is a usage error and `inconsistent` (《咬文嚼字》2022 no. 4).
///
/// # Examples
///
/// ```
/// use duikou_analytics::{Verdict, evaluate, growth_statements};
/// let s = &growth_statements("由300人增加到600人，增加了1倍。")[0];
/// assert_eq!(evaluate(s).verdict, Verdict::Consistent);
/// ```
#[must_use]
pub fn evaluate(stmt: &GrowthStatement) -> Evaluation {
    let years = stmt.period.as_ref().and_then(|p| p.years);
    let metrics = match (&stmt.before, &stmt.after) {
        (Some(a), Some(b)) => {
            Metrics::compute(a.value, b.value, a.is_percent() && b.is_percent(), years).ok()
        }
        _ => None,
    };
    let Some(claim) = &stmt.claim else {
        return Evaluation {
            verdict: Verdict::Unverifiable,
            rule: Rule::NoClaim,
            metrics,
            readings: Vec::new(),
            expected: None,
            usage_error: None,
            suggestions: Vec::new(),
        };
    };
    let mut ev = Evaluation {
        verdict: Verdict::Unverifiable,
        rule: rule_of(claim.wording),
        metrics,
        readings: Vec::new(),
        expected: None,
        usage_error: (claim.wording == Wording::TimesDecrease)
            .then_some(UsageError::DecreaseInTimes),
        suggestions: Vec::new(),
    };
    let Some(ctx) = Ctx::new(stmt, claim, years) else {
        return ev;
    };
    check(&ctx, &mut ev);
    if stmt.after_derived {
        // The after value was computed from this very claim: the claim cannot be checked
        // against it. The metrics and `expected.implied_after` still say what it implies.
        ev.verdict = Verdict::Unverifiable;
        ev.readings.clear();
        ev.suggestions.clear();
    }
    ev
}

impl GrowthStatement {
    /// Checks the statement's claim; same as [`evaluate`].
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Verdict, growth_statements};
    /// let s = &growth_statements("研究生招生规模由48人增加到271人，增长了5.6倍。")[0];
    /// assert_eq!(s.evaluate().verdict, Verdict::LooseMultiple);
    /// ```
    #[must_use]
    pub fn evaluate(&self) -> Evaluation {
        evaluate(self)
    }
}

/// The rule a wording is checked by.
const fn rule_of(w: Wording) -> Rule {
    match w {
        Wording::Percent | Wording::Cheng => Rule::PercentChange,
        Wording::AnnualAverage => Rule::AnnualAverage,
        Wording::PercentagePoints => Rule::PercentagePoints,
        Wording::TimesIncrease => Rule::NetMultiple,
        Wording::TimesDecrease => Rule::DecreaseInTimes,
        Wording::TimesTo => Rule::TotalMultiple,
        Wording::Doubling => Rule::Doubling,
        Wording::Half | Wording::FractionDecrease => Rule::FractionDecrease,
        Wording::FractionTo => Rule::FractionTo,
        Wording::AbsoluteChange => Rule::AbsoluteChange,
        Wording::IncreaseTo | Wording::DecreaseTo => Rule::Direction,
    }
}

/// Everything a check needs, as exact intervals.
struct Ctx<'s> {
    claim: &'s Claim,
    /// Before value interval.
    a: Interval,
    /// After value interval.
    b: Interval,
    /// Point values (the stated bases).
    a0: Ratio,
    b0: Ratio,
    both_percent: bool,
    years: Option<u32>,
    unit: String,
    /// The stated claim interval (value ± tolerance, qualifier and range applied).
    c: Option<Interval>,
    /// Written decimals of the claim value.
    decimals: u8,
    suggest: Suggest,
}

impl<'s> Ctx<'s> {
    fn new(stmt: &'s GrowthStatement, claim: &'s Claim, years: Option<u32>) -> Option<Self> {
        let (fa, fb) = (stmt.before.as_ref()?, stmt.after.as_ref()?);
        Some(Self {
            claim,
            a: fa.interval()?,
            b: fb.interval()?,
            a0: Ratio::from_decimal(fa.value)?,
            b0: Ratio::from_decimal(fb.value)?,
            both_percent: fa.is_percent() && fb.is_percent(),
            years,
            unit: stmt.unit().unwrap_or("").to_owned(),
            c: claim_interval(claim),
            decimals: claim.tolerance.map_or(1, decimals_of_tolerance),
            suggest: Suggest::from_claim_text(&claim.text),
        })
    }

    /// R = B/A as an interval, when A > 0 and B ≥ 0.
    fn ratio(&self) -> Option<Interval> {
        if self.a.lo.numer() <= 0 || self.b.lo.is_negative() {
            return None;
        }
        Some(Interval::span(
            self.b.lo.checked_div(self.a.hi)?,
            self.b.hi.checked_div(self.a.lo)?,
        ))
    }

    /// B/A at the stated points.
    fn ratio0(&self) -> Option<Ratio> {
        (self.a0.numer() > 0 && !self.b0.is_negative())
            .then(|| self.b0.checked_div(self.a0))
            .flatten()
    }

    /// B − A as an interval.
    fn diff(&self) -> Option<Interval> {
        Some(Interval::span(
            self.b.lo.checked_sub(self.a.hi)?,
            self.b.hi.checked_sub(self.a.lo)?,
        ))
    }

    fn fits(&self, implied: &Interval) -> bool {
        self.c.is_some_and(|c| c.overlaps(implied))
    }

    fn reading(&self, name: ReadingName, implied: Option<Interval>) -> Reading {
        Reading {
            reading: name,
            implied: implied.and_then(|i| i.mid()),
            matches: implied.is_some_and(|i| self.fits(&i)),
        }
    }

    fn round(&self, v: Ratio) -> Option<Decimal> {
        v.round_to(self.decimals.max(1))
    }
}

/// The claim's stated interval: value ± tolerance, widened by a range or a qualifier.
fn claim_interval(c: &Claim) -> Option<Interval> {
    let v = c.value?;
    let tol = c.tolerance.unwrap_or(Ratio::ZERO);
    let unit = tol.checked_mul(Ratio::int(2))?;
    let hi = c.high.unwrap_or(v);
    Some(match c.approx {
        Approx::Exact => Interval::span(v.checked_sub(tol)?, hi.checked_add(tol)?),
        Approx::Over => Interval::span(v, hi.checked_add(unit)?),
        Approx::Near => Interval::span(v.checked_sub(tol)?, hi),
        Approx::Under => Interval::span(v.checked_sub(unit)?, hi),
        _ => Interval::span(v.checked_sub(unit)?, hi.checked_add(unit)?),
    })
}

/// Decimals `s` such that `tol = 5·10^-(s+1)` (half a unit of the last digit).
fn decimals_of_tolerance(tol: Ratio) -> u8 {
    (0..=12_u8)
        .find(|&s| {
            10_i128
                .checked_pow(u32::from(s))
                .and_then(|p| Ratio::new(1, p.checked_mul(2)?))
                == Some(tol)
        })
        .unwrap_or(1)
}

/// `f · (1 ± 5 %)`: the tolerance for fractions, 一半 and 翻番, which are written without
/// digits of precision.
fn relative_band(f: Ratio) -> Option<Interval> {
    let lo = f.checked_mul(Ratio::new(19, 20)?)?;
    let hi = f.checked_mul(Ratio::new(21, 20)?)?;
    Some(Interval::span(lo, hi))
}

fn sub_one(r: Ratio) -> Option<Ratio> {
    r.checked_sub(Ratio::ONE)
}

fn to_pct(r: Ratio) -> Option<Ratio> {
    r.checked_sub(Ratio::ONE)?.checked_mul(Ratio::HUNDRED)
}

fn to_pct_down(r: Ratio) -> Option<Ratio> {
    Ratio::ONE.checked_sub(r)?.checked_mul(Ratio::HUNDRED)
}

/// An `f64` as an exact ratio rounded to 6 places.
fn ratio_from_f64(x: f64) -> Option<Ratio> {
    if !x.is_finite() {
        return None;
    }
    let d: Decimal = format!("{x:.6}").parse().ok()?;
    Ratio::from_decimal(d)
}

/// Suggestions joined as one wording (`增长到1.5倍 / 增长47.5%`).
fn join(parts: &[Option<String>]) -> Option<String> {
    let v: Vec<&str> = parts.iter().flatten().map(String::as_str).collect();
    (!v.is_empty()).then(|| v.join(" / "))
}

fn set(ev: &mut Evaluation, verdict: Verdict, readings: Vec<Reading>) {
    ev.verdict = verdict;
    ev.readings = readings;
}

fn check(ctx: &Ctx<'_>, ev: &mut Evaluation) {
    let claim = ctx.claim;
    match claim.wording {
        Wording::TimesIncrease => check_times_increase(ctx, ev),
        Wording::TimesDecrease => check_times_decrease(ctx, ev),
        Wording::TimesTo => check_ratio_claim(ctx, ev, Wording::TimesTo),
        Wording::FractionTo => check_ratio_claim(ctx, ev, Wording::FractionTo),
        Wording::Half | Wording::FractionDecrease => check_fraction_decrease(ctx, ev),
        Wording::Doubling => check_doubling(ctx, ev),
        Wording::Percent | Wording::Cheng => check_percent(ctx, ev),
        Wording::AnnualAverage => check_annual(ctx, ev),
        Wording::PercentagePoints => check_pp(ctx, ev),
        Wording::AbsoluteChange => check_absolute(ctx, ev),
        Wording::IncreaseTo | Wording::DecreaseTo => check_direction(ctx, ev),
    }
}

/// 增长了N倍: standard N = R − 1; loose N = R.
fn check_times_increase(ctx: &Ctx<'_>, ev: &mut Evaluation) {
    let Some(r) = ctx.ratio() else { return };
    let strict = r.map(sub_one);
    let std = ctx.reading(ReadingName::Standard, strict);
    let loose = ctx.reading(ReadingName::LooseMultiple, Some(r));
    let verdict = if std.matches {
        Verdict::Consistent
    } else if loose.matches {
        Verdict::LooseMultiple
    } else {
        Verdict::Inconsistent
    };
    set(ev, verdict, vec![std, loose]);
    let Some(r0) = ctx.ratio0() else { return };
    let n = sub_one(r0);
    ev.expected = Some(Expected {
        kind: ClaimKind::TimesIncrease,
        value: n,
        rounded: n.and_then(|n| n.round_to(ctx.decimals.max(2))),
        implied_after: ctx
            .claim
            .value
            .and_then(|v| ctx.a0.checked_mul(v.checked_add(Ratio::ONE)?)),
        strict_after: ctx
            .claim
            .value
            .and_then(|v| ctx.a0.checked_mul(v.checked_add(Ratio::ONE)?)),
        pct_change: to_pct(r0).and_then(|p| p.round_to(1)),
        wording: join(&[
            ctx.suggest.times_to(r0, ctx.decimals),
            ctx.suggest.percent(r0),
        ]),
        ..Expected::new(ClaimKind::TimesIncrease)
    });
    if verdict != Verdict::Consistent {
        ev.suggestions = [
            ctx.suggest.times_to(r0, ctx.decimals),
            ctx.suggest.percent(r0),
        ]
        .into_iter()
        .flatten()
        .collect();
    }
}

/// 减少N倍: a usage error whatever the numbers.
fn check_times_decrease(ctx: &Ctx<'_>, ev: &mut Evaluation) {
    let r = ctx.ratio();
    let readings = vec![ctx.reading(ReadingName::Standard, None)];
    set(ev, Verdict::Inconsistent, readings);
    let Some(r0) = ctx.ratio0() else {
        if r.is_none() {
            ev.verdict = Verdict::Unverifiable;
        }
        return;
    };
    let d = to_pct_down(r0);
    ev.expected = Some(Expected {
        kind: ClaimKind::PctDecrease,
        value: d,
        rounded: d.and_then(|d| d.round_to(1)),
        implied_after: None,
        wording: ctx.suggest.percent(r0),
        pct_change: d.and_then(|d| d.round_to(1)),
        ..Expected::new(ClaimKind::PctDecrease)
    });
    ev.suggestions = [ctx.suggest.percent(r0), wording::fraction_to(r0)]
        .into_iter()
        .flatten()
        .collect();
}

/// 增长到N倍 / 降到几分之几: standard N = R; the net reading N = R − 1 is named.
fn check_ratio_claim(ctx: &Ctx<'_>, ev: &mut Evaluation, w: Wording) {
    let Some(r) = ctx.ratio() else { return };
    let (std, other) = if w == Wording::FractionTo {
        let band = ctx.claim.value.and_then(relative_band);
        let m = band.is_some_and(|b| b.overlaps(&r));
        (
            Reading {
                reading: ReadingName::Standard,
                implied: r.mid(),
                matches: m,
            },
            None,
        )
    } else {
        (
            ctx.reading(ReadingName::Standard, Some(r)),
            Some(ctx.reading(ReadingName::NetForTotal, r.map(sub_one))),
        )
    };
    let verdict = if std.matches {
        Verdict::Consistent
    } else {
        Verdict::Inconsistent
    };
    set(ev, verdict, std::iter::once(std).chain(other).collect());
    let Some(r0) = ctx.ratio0() else { return };
    let wording = if w == Wording::FractionTo {
        wording::fraction_to(r0)
    } else {
        ctx.suggest.times_to(r0, ctx.decimals)
    };
    ev.expected = Some(Expected {
        kind: ClaimKind::TimesTo,
        value: Some(r0),
        rounded: ctx.round(r0),
        implied_after: ctx.claim.value.and_then(|v| ctx.a0.checked_mul(v)),
        wording: wording.clone(),
        ..Expected::new(ClaimKind::TimesTo)
    });
    if verdict != Verdict::Consistent {
        ev.suggestions = [wording, ctx.suggest.percent(r0)]
            .into_iter()
            .flatten()
            .collect();
    }
}

/// 减少一半 / 减少了三分之一: f = 1 − R within 5 %.
fn check_fraction_decrease(ctx: &Ctx<'_>, ev: &mut Evaluation) {
    let Some(r) = ctx.ratio() else { return };
    let Some(f) = r.map(|x| Ratio::ONE.checked_sub(x)) else {
        return;
    };
    let band = ctx.claim.value.and_then(relative_band);
    let matches = band.is_some_and(|b| b.overlaps(&f));
    let verdict = if matches {
        Verdict::Consistent
    } else {
        Verdict::Inconsistent
    };
    let std = Reading {
        reading: ReadingName::Standard,
        implied: f.mid(),
        matches,
    };
    set(ev, verdict, vec![std]);
    let Some(r0) = ctx.ratio0() else { return };
    let f0 = Ratio::ONE.checked_sub(r0);
    ev.expected = Some(Expected {
        kind: ctx.claim.kind,
        value: f0,
        rounded: f0.and_then(|f| f.round_to(3)),
        implied_after: ctx
            .claim
            .value
            .and_then(|v| ctx.a0.checked_mul(Ratio::ONE.checked_sub(v)?)),
        wording: ctx.suggest.percent(r0),
        ..Expected::new(ctx.claim.kind)
    });
    if verdict != Verdict::Consistent {
        ev.suggestions = [ctx.suggest.percent(r0), wording::fraction_to(r0)]
            .into_iter()
            .flatten()
            .collect();
    }
}

/// 翻n番: R = 2ⁿ within 5 %.
fn check_doubling(ctx: &Ctx<'_>, ev: &mut Evaluation) {
    let Some(r) = ctx.ratio() else { return };
    let target = ctx
        .claim
        .value
        .and_then(|n| u32::try_from(n.to_decimal()?.to_i128()?).ok())
        .and_then(|n| Ratio::int(2).checked_pow(n));
    // 翻一番多: more than 2ⁿ, less than 2ⁿ⁺¹.
    let band = target.and_then(relative_band).and_then(|b| {
        if ctx.claim.approx == Approx::Over {
            Some(Interval::span(b.lo, target?.checked_mul(Ratio::int(2))?))
        } else {
            Some(b)
        }
    });
    let matches = band.is_some_and(|b| b.overlaps(&r));
    let verdict = if matches {
        Verdict::Consistent
    } else {
        Verdict::Inconsistent
    };
    let r0 = ctx.ratio0();
    let log2 = r0.filter(|r| r.numer() > 0).map(|r| r.to_f64().log2());
    set(
        ev,
        verdict,
        vec![Reading {
            reading: ReadingName::Standard,
            implied: log2.and_then(ratio_from_f64),
            matches,
        }],
    );
    let Some(r0) = r0 else { return };
    let value = log2.and_then(ratio_from_f64);
    ev.expected = Some(Expected {
        kind: ClaimKind::Doubling,
        value,
        rounded: value.and_then(|v| v.round_to(2)),
        implied_after: target.and_then(|t| ctx.a0.checked_mul(t)),
        wording: wording::doubling(r0).or_else(|| ctx.suggest.times_to(r0, 1)),
        ..Expected::new(ClaimKind::Doubling)
    });
    if verdict != Verdict::Consistent {
        ev.suggestions = [
            wording::doubling(r0),
            ctx.suggest.times_to(r0, 1),
            ctx.suggest.percent(r0),
        ]
        .into_iter()
        .flatten()
        .collect();
    }
}

/// 增长/下降X%: X = ±(R − 1)·100; a share difference written as % is named.
fn check_percent(ctx: &Ctx<'_>, ev: &mut Evaluation) {
    let down = ctx.claim.direction == Direction::Down;
    let Some(r) = ctx.ratio() else { return };
    let implied = if down {
        r.map(to_pct_down)
    } else {
        r.map(to_pct)
    };
    let std = ctx.reading(ReadingName::Standard, implied);
    let mut readings = vec![std.clone()];
    if ctx.both_percent {
        let pp = ctx.diff().and_then(|d| {
            if down {
                d.map(|x| Ratio::ZERO.checked_sub(x))
            } else {
                Some(d)
            }
        });
        readings.push(ctx.reading(ReadingName::PpAsPercent, pp));
    }
    let pp_fit = readings
        .iter()
        .any(|r| r.reading == ReadingName::PpAsPercent && r.matches);
    let verdict = if std.matches {
        Verdict::Consistent
    } else {
        Verdict::Inconsistent
    };
    set(ev, verdict, readings);
    let Some(r0) = ctx.ratio0() else { return };
    let wrong_way = (r0 < Ratio::ONE && !down) || (r0 > Ratio::ONE && down);
    if wrong_way && verdict != Verdict::Consistent {
        ev.usage_error = Some(UsageError::DirectionMismatch);
    }
    let v = if r0 < Ratio::ONE {
        to_pct_down(r0)
    } else {
        to_pct(r0)
    };
    let kind = if r0 < Ratio::ONE {
        ClaimKind::PctDecrease
    } else {
        ClaimKind::PctIncrease
    };
    ev.expected = Some(Expected {
        kind,
        value: v,
        rounded: v.and_then(|v| ctx.round(v)),
        implied_after: ctx.claim.value.and_then(|x| {
            let f = x.checked_div(Ratio::HUNDRED)?;
            let f = if down {
                Ratio::ONE.checked_sub(f)?
            } else {
                Ratio::ONE.checked_add(f)?
            };
            ctx.a0.checked_mul(f)
        }),
        pct_change: v.and_then(|v| ctx.round(v)),
        pp_change: if ctx.both_percent {
            ctx.b0.checked_sub(ctx.a0).and_then(|d| d.round_to(2))
        } else {
            None
        },
        wording: ctx.suggest.percent(r0),
        ..Expected::new(kind)
    });
    if verdict != Verdict::Consistent {
        let pp = ctx
            .b0
            .checked_sub(ctx.a0)
            .filter(|_| pp_fit || ctx.both_percent)
            .and_then(|d| ctx.suggest.points(d));
        ev.suggestions = if pp_fit {
            [pp, ctx.suggest.percent(r0)]
        } else {
            [ctx.suggest.percent(r0), pp]
        }
        .into_iter()
        .flatten()
        .collect();
    }
}

/// 年均增长X% over t years: (1 + X/100)^t = R (geometric), not g/t.
fn check_annual(ctx: &Ctx<'_>, ev: &mut Evaluation) {
    let Some(t) = ctx.years.filter(|&t| t > 0) else {
        return;
    };
    let (Some(r), Some(c)) = (ctx.ratio(), ctx.c) else {
        return;
    };
    let down = ctx.claim.direction == Direction::Down;
    let growth = |x: Ratio| -> Option<Ratio> {
        let f = x.checked_div(Ratio::HUNDRED)?;
        let base = if down {
            Ratio::ONE.checked_sub(f)?
        } else {
            Ratio::ONE.checked_add(f)?
        };
        base.checked_pow(t)
    };
    // Compound both ends of the stated interval; fall back to f64 if exact powers overflow.
    let matches = match (growth(c.lo), growth(c.hi)) {
        (Some(x), Some(y)) => Interval::span(x, y).overlaps(&r),
        _ => {
            let g = |x: Ratio| {
                let f = x.to_f64() / 100.0;
                (if down { 1.0 - f } else { 1.0 + f }).powf(f64::from(t))
            };
            let (x, y) = (g(c.lo), g(c.hi));
            x.min(y) <= r.hi.to_f64() && r.lo.to_f64() <= x.max(y)
        }
    };
    let cagr = ctx.ratio0().filter(|r| r.numer() > 0).and_then(|r0| {
        let g = (r0.to_f64().powf(1.0 / f64::from(t)) - 1.0) * 100.0;
        ratio_from_f64(if down { -g } else { g })
    });
    let std = Reading {
        reading: ReadingName::Standard,
        implied: cagr,
        matches,
    };
    let ti = Ratio::int(i128::from(t));
    let mean = r
        .map(|x| {
            let p = if down { to_pct_down(x) } else { to_pct(x) }?;
            p.checked_div(ti)
        })
        .map(|m| ctx.reading(ReadingName::ArithmeticMean, Some(m)));
    let verdict = if matches {
        Verdict::Consistent
    } else {
        Verdict::Inconsistent
    };
    set(ev, verdict, std::iter::once(std).chain(mean).collect());
    let rounded = cagr.and_then(|g| ctx.round(g));
    let wording = rounded.map(|g| format!("年均增长{}%", wording::plain(g)));
    ev.expected = Some(Expected {
        kind: ctx.claim.kind,
        value: cagr,
        rounded,
        implied_after: ctx
            .claim
            .value
            .and_then(growth)
            .and_then(|f| ctx.a0.checked_mul(f)),
        wording: wording.clone(),
        ..Expected::new(ctx.claim.kind)
    });
    if verdict != Verdict::Consistent {
        ev.suggestions = wording.into_iter().collect();
    }
}

/// 提高/下降X个百分点: X = B% − A%, only for percentages.
fn check_pp(ctx: &Ctx<'_>, ev: &mut Evaluation) {
    let sign = Ratio::int(ctx.claim.direction.sign());
    if !ctx.both_percent {
        ev.usage_error = Some(UsageError::PpForNonPercent);
        set(ev, Verdict::Inconsistent, Vec::new());
        if let Some(r0) = ctx.ratio0() {
            ev.suggestions = ctx.suggest.percent(r0).into_iter().collect();
        }
        return;
    }
    let diff = ctx.diff().and_then(|d| d.map(|x| x.checked_mul(sign)));
    let std = ctx.reading(ReadingName::Standard, diff);
    let rel = ctx.ratio().and_then(|r| {
        r.map(|x| {
            let p = to_pct(x)?;
            p.checked_mul(sign)
        })
    });
    let rel = ctx.reading(ReadingName::PercentAsPp, rel);
    let verdict = if std.matches {
        Verdict::Consistent
    } else {
        Verdict::Inconsistent
    };
    set(ev, verdict, vec![std, rel]);
    let Some(d0) = ctx.b0.checked_sub(ctx.a0) else {
        return;
    };
    let wording = ctx.suggest.points(d0);
    ev.expected = Some(Expected {
        kind: ClaimKind::PpChange,
        value: Some(d0),
        rounded: ctx.round(d0),
        implied_after: ctx
            .claim
            .value
            .and_then(|v| ctx.a0.checked_add(v.checked_mul(sign)?)),
        pp_change: d0.round_to(2),
        wording: wording.clone(),
        ..Expected::new(ClaimKind::PpChange)
    });
    if verdict != Verdict::Consistent {
        ev.suggestions = wording.into_iter().collect();
    }
}

/// 增加了N (unit): N = B − A.
fn check_absolute(ctx: &Ctx<'_>, ev: &mut Evaluation) {
    let sign = Ratio::int(ctx.claim.direction.sign());
    let diff = ctx.diff().and_then(|d| d.map(|x| x.checked_mul(sign)));
    let std = ctx.reading(ReadingName::Standard, diff);
    let verdict = if std.matches {
        Verdict::Consistent
    } else {
        Verdict::Inconsistent
    };
    set(ev, verdict, vec![std]);
    let Some(d0) = ctx.b0.checked_sub(ctx.a0) else {
        return;
    };
    let wording = ctx.suggest.absolute(d0, &ctx.unit);
    ev.expected = Some(Expected {
        kind: ClaimKind::IncreaseTo,
        value: Some(d0),
        rounded: d0.round_to(ctx.decimals),
        implied_after: ctx
            .claim
            .value
            .and_then(|v| ctx.a0.checked_add(v.checked_mul(sign)?)),
        wording: wording.clone(),
        ..Expected::new(ClaimKind::IncreaseTo)
    });
    if verdict != Verdict::Consistent {
        ev.suggestions = wording.into_iter().collect();
    }
}

/// 增加到 / 减少到: only the direction is claimed; it is `unverifiable` unless the values
/// contradict it.
fn check_direction(ctx: &Ctx<'_>, ev: &mut Evaluation) {
    let up = ctx.claim.direction == Direction::Up;
    let ok = if up {
        ctx.b.hi >= ctx.a.lo
    } else {
        ctx.b.lo <= ctx.a.hi
    };
    // Nothing but the direction is claimed: a match leaves the claim unverifiable.
    let verdict = if ok {
        Verdict::Unverifiable
    } else {
        Verdict::Inconsistent
    };
    set(
        ev,
        verdict,
        vec![Reading {
            reading: ReadingName::Standard,
            implied: ctx.b0.checked_sub(ctx.a0),
            matches: ok,
        }],
    );
    if !ok {
        ev.usage_error = Some(UsageError::DirectionMismatch);
        if let Some(r0) = ctx.ratio0() {
            ev.suggestions = ctx.suggest.percent(r0).into_iter().collect();
        }
    }
    if let Some(r0) = ctx.ratio0() {
        let v = if r0 < Ratio::ONE {
            to_pct_down(r0)
        } else {
            to_pct(r0)
        };
        ev.expected = Some(Expected {
            value: v,
            rounded: v.and_then(|v| v.round_to(1)),
            pct_change: v.and_then(|v| v.round_to(1)),
            pp_change: if ctx.both_percent {
                ctx.b0.checked_sub(ctx.a0).and_then(|d| d.round_to(2))
            } else {
                None
            },
            wording: ctx.suggest.percent(r0),
            ..Expected::new(ClaimKind::IncreaseTo)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::growth_statements;

    fn first(src: &str) -> (GrowthStatement, Evaluation) {
        let s = growth_statements(src).into_iter().next().unwrap();
        let e = s.evaluate();
        (s, e)
    }

    #[test]
    fn a_derived_after_value_proves_nothing() {
        // The after value comes from the claim itself: 400万 × 1.15.
        let (s, e) = first("帮扶资金比上年的400万元增长了15%。");
        assert!(s.after_derived);
        assert_eq!(s.after.unwrap().value.to_string(), "4600000");
        assert_eq!(e.verdict, Verdict::Unverifiable);
        assert!(e.readings.is_empty() && e.suggestions.is_empty());
        // A written after value is checked as usual: 500/400 = +25 %, not 15 %.
        let (s, e) = first("帮扶资金比上年的400万元增长了15%，达到500万元。");
        assert!(!s.after_derived);
        assert_eq!(e.verdict, Verdict::Inconsistent);
        let (s, e) = first("帮扶资金由400万元增加到460万元，增长了15%。");
        assert!(!s.after_derived);
        assert_eq!(e.verdict, Verdict::Consistent);
    }

    #[test]
    fn zero_base_gives_the_absolute_change_only() {
        let (_, e) = first("经费由0元增加到50万元，增长了50%。");
        assert_eq!(e.verdict, Verdict::Unverifiable);
        let m = e.metrics.unwrap();
        assert!(m.ratio.is_none());
        assert_eq!(m.abs_change.to_string(), "500000");
    }

    #[test]
    fn decrease_in_times_is_flagged_with_and_without_values() {
        let (_, e) = first("成本由500万元降低到200万元，降低了3倍。");
        assert_eq!(e.verdict, Verdict::Inconsistent);
        assert_eq!(e.usage_error, Some(UsageError::DecreaseInTimes));
        assert_eq!(e.suggestions[0], "降低60%");
        let (_, e) = first("学生辍学人数下降了2倍。");
        assert_eq!(e.verdict, Verdict::Unverifiable);
        assert_eq!(e.usage_error, Some(UsageError::DecreaseInTimes));
    }

    #[test]
    fn share_difference_written_as_percent() {
        let (_, e) = first("比例由30%提高到42%，提高了12%。");
        assert_eq!(e.verdict, Verdict::Inconsistent);
        assert!(
            e.readings
                .iter()
                .any(|r| r.reading == ReadingName::PpAsPercent && r.matches)
        );
        assert_eq!(e.suggestions[0], "提高12个百分点");
    }

    #[test]
    fn annual_average_needs_a_period() {
        let (_, e) = first("经费由100万元增加到121万元，年均增长10%。");
        assert_eq!(e.verdict, Verdict::Unverifiable);
        let (_, e) = first("两年来，经费由100万元增加到121万元，年均增长10%。");
        assert_eq!(e.verdict, Verdict::Consistent);
    }
}
