//! A checked statement, and its flat JSON record in the `growth --json` contract of
//! design.md §5 (field names are consumed outside the project: keep them).

use duikou_tokenizer::{Approx, Decimal, Span};
use serde::{Deserialize, Serialize};

use crate::{
    ClaimKind, Direction, Evaluation, Expected, GrowthStatement, Period, Ratio, Rule, UsageError,
    Verdict, Wording, evaluate, growth_statements,
};

/// A statement together with its evaluation: what a report holds.
///
/// # Examples
///
/// ```
/// use duikou_analytics::{Verdict, check_growth};
/// let v = check_growth("本科招生规模由1516人增加到2236人，增长了1.5倍。");
/// assert_eq!(v[0].evaluation.verdict, Verdict::LooseMultiple);
/// let json = serde_json::to_string(&v[0]).unwrap();
/// assert!(json.contains("\"loose_multiple\""));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckedStatement {
    /// The statement as found.
    pub statement: GrowthStatement,
    /// Its evaluation.
    pub evaluation: Evaluation,
}

impl CheckedStatement {
    /// The flat `growth --json` record, when the statement has both values or a rate claim.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::check_growth;
    /// let v = check_growth("对口支援我院的高校增至3所。");
    /// assert!(v[0].record().is_none()); // no before value and no rate claim
    /// ```
    #[must_use]
    pub fn record(&self) -> Option<GrowthRecord> {
        GrowthRecord::new(&self.statement, &self.evaluation)
    }
}

/// Extracts and checks every growth statement of `src`.
///
/// # Examples
///
/// ```
/// use duikou_analytics::check_growth;
/// assert!(check_growth("").is_empty());
/// ```
#[must_use]
pub fn check_growth(src: &str) -> Vec<CheckedStatement> {
    growth_statements(src)
        .into_iter()
        .map(|statement| {
            let evaluation = evaluate(&statement);
            CheckedStatement {
                statement,
                evaluation,
            }
        })
        .collect()
}

/// The claim as it appears in a [`GrowthRecord`].
///
/// # Examples
///
/// ```
/// use duikou_analytics::check_growth;
/// let r = check_growth("由1516人增加到2236人，增长了1.5倍。")[0].record().unwrap();
/// let c = r.claim.unwrap();
/// assert_eq!((c.kind.as_str(), c.text.as_str()), ("times_increase", "增长了1.5倍"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// design.md §4 kind.
    pub kind: ClaimKind,
    /// Stated value (in the claim's unit; `null` for direction-only claims).
    pub value: Option<Ratio>,
    /// The claim's text.
    pub text: String,
    /// Finer wording form.
    pub wording: Wording,
    /// Stated direction.
    pub direction: Direction,
    /// Upper end of a stated range.
    pub high: Option<Ratio>,
    /// Qualifier on the stated value.
    pub approx: Approx,
    /// Byte offset of the claim's start.
    pub start: usize,
    /// Byte offset of the claim's end.
    pub end: usize,
}

/// One line of `growth --json` (design.md §5):
/// `{"line","metric","before","after","unit","ratio","abs_change","pct_change","pp_change",
/// "claim","verdict","expected"}` plus rule, suggestion and provenance fields.
///
/// `ratio` and `pct_change` are rounded to 4 decimals for display; `ratio_exact` keeps the
/// exact fraction. Statements with a rate claim but no before value (`比上年增长1.9%`) have
/// `before: null` and verdict `unverifiable`. A 百分点 claim's `value` is signed
/// (`下降1.2个百分点` → −1.2).
///
/// # Examples
///
/// ```
/// use duikou_analytics::check_growth;
/// let r = check_growth("本科招生规模由1516人增加到2236人，增长了1.5倍。")[0].record().unwrap();
/// let j = serde_json::to_value(&r).unwrap();
/// assert_eq!(j["line"], 1);
/// assert_eq!(j["before"], 1516);
/// assert_eq!(j["ratio"], 1.4749);
/// assert_eq!(j["abs_change"], 720);
/// assert_eq!(j["pct_change"], 47.4934);
/// assert_eq!(j["pp_change"], serde_json::Value::Null);
/// assert_eq!(j["verdict"], "loose_multiple");
/// assert_eq!(j["expected"]["implied_after"], 3790);
/// assert_eq!(j["suggestion"], "增长到1.5倍");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GrowthRecord {
    /// 1-based line.
    pub line: u32,
    /// Metric noun phrase.
    pub metric: String,
    /// Before value (`null` when only the after value is written).
    pub before: Option<Decimal>,
    /// After value (`null` when not written; computed from the claim when `after_derived`).
    pub after: Option<Decimal>,
    /// The after value is not written: it was computed from the before value and the claim,
    /// so the verdict is `unverifiable`.
    pub after_derived: bool,
    /// Unit (empty when none was written).
    pub unit: String,
    /// B/A rounded to 4 decimals; `null` when A = 0, the sign changes or a value is missing.
    pub ratio: Option<Decimal>,
    /// B − A, exact.
    pub abs_change: Option<Decimal>,
    /// Percent change rounded to 4 decimals.
    pub pct_change: Option<Decimal>,
    /// Percentage-point change (both values percentages), exact.
    pub pp_change: Option<Decimal>,
    /// The claim.
    pub claim: Option<ClaimRecord>,
    /// The verdict.
    pub verdict: Verdict,
    /// What the claim should have said under the standard reading.
    pub expected: Option<Expected>,
    /// The rule applied.
    pub rule: Rule,
    /// The rule's formula.
    pub formula: String,
    /// Where the rule comes from (domain.md §4 sources).
    pub source: String,
    /// The best suggested wording, when the claim is wrong.
    pub suggestion: Option<String>,
    /// All suggested wordings.
    pub suggestions: Vec<String>,
    /// A wording misuse.
    pub usage_error: Option<UsageError>,
    /// B/A exactly (`559/379`).
    pub ratio_exact: Option<String>,
    /// Strict 倍 N = R − 1, rounded to 4 decimals.
    pub times_increase: Option<Decimal>,
    /// Qualifier of the before value.
    pub before_approx: Option<Approx>,
    /// Qualifier of the after value.
    pub after_approx: Option<Approx>,
    /// Qualifier of the claim's value.
    pub claim_approx: Option<Approx>,
    /// Bounds the qualifiers imply, when a value is not exact.
    pub bounds: Option<Bounds>,
    /// The period, when stated.
    pub period: Option<Period>,
    /// CAGR in percent (when the period is known), rounded to 2 decimals.
    pub cagr_pct: Option<f64>,
    /// Byte offset of the statement's start.
    pub start: usize,
    /// Byte offset of the statement's end.
    pub end: usize,
    /// The statement's source text.
    pub text: String,
}

impl GrowthRecord {
    /// Builds the record; `None` unless the statement has both values or a rate claim.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{GrowthRecord, growth_statements};
    /// let s = &growth_statements("由15%增加到32%，提高了17个百分点。")[0];
    /// let r = GrowthRecord::new(s, &s.evaluate()).unwrap();
    /// assert_eq!(r.pp_change.unwrap().to_string(), "17");
    /// ```
    #[must_use]
    pub fn new(s: &GrowthStatement, e: &Evaluation) -> Option<Self> {
        let rate_claim = s
            .claim
            .as_ref()
            .is_some_and(|c| !matches!(c.kind, ClaimKind::IncreaseTo | ClaimKind::None));
        if !(s.has_values() || rate_claim) {
            return None;
        }
        let (a, b) = (s.before.as_ref(), s.after.as_ref());
        let m = e.metrics.as_ref();
        let exact = |f: Option<&crate::Figure>| f.is_none_or(|f| f.approx == Approx::Exact);
        let bounds = if exact(a) && exact(b) {
            None
        } else {
            let ia = a.and_then(crate::Figure::interval);
            let ib = b.and_then(crate::Figure::interval);
            let r = match (ia, ib) {
                (Some(x), Some(y)) if x.lo.numer() > 0 => Some([
                    y.lo.checked_div(x.hi).and_then(|v| v.round_to(4)),
                    y.hi.checked_div(x.lo).and_then(|v| v.round_to(4)),
                ]),
                _ => None,
            };
            Some(Bounds {
                before: ia.map(|i| [i.lo, i.hi]),
                after: ib.map(|i| [i.lo, i.hi]),
                ratio: r.and_then(|[lo, hi]| Some([lo?, hi?])),
            })
        };
        let span: Span = s.span;
        Some(Self {
            line: s.line,
            metric: s.metric.clone(),
            before: a.map(|f| f.value),
            after: b.map(|f| f.value),
            after_derived: s.after_derived,
            unit: s.unit().unwrap_or("").to_owned(),
            ratio: m.and_then(|m| m.ratio).and_then(|r| r.round_to(4)),
            abs_change: m.map(|m| m.abs_change),
            pct_change: m.and_then(|m| m.pct_change).and_then(|p| p.round_to(4)),
            pp_change: m.and_then(|m| m.pp_change),
            claim: s.claim.as_ref().map(|c| ClaimRecord {
                kind: c.kind,
                value: if c.wording == Wording::PercentagePoints {
                    c.value
                        .and_then(|v| v.checked_mul(Ratio::int(c.direction.sign())))
                } else {
                    c.value
                },
                text: c.text.clone(),
                wording: c.wording,
                direction: c.direction,
                high: c.high,
                approx: c.approx,
                start: c.span.start,
                end: c.span.end,
            }),
            verdict: e.verdict,
            expected: e.expected.clone(),
            rule: e.rule,
            formula: e.rule.formula().to_owned(),
            source: e.rule.source().to_owned(),
            suggestion: e.suggestions.first().cloned(),
            suggestions: e.suggestions.clone(),
            usage_error: e.usage_error,
            ratio_exact: m.and_then(|m| m.ratio).map(|r| r.to_string()),
            times_increase: m.and_then(|m| m.times_increase).and_then(|r| r.round_to(4)),
            before_approx: a.map(|f| f.approx),
            after_approx: b.map(|f| f.approx),
            claim_approx: s.claim.as_ref().map(|c| c.approx),
            bounds,
            period: s.period.clone(),
            cagr_pct: m
                .and_then(|m| m.cagr_pct)
                .map(|g| (g * 100.0).round() / 100.0),
            start: span.start,
            end: span.end,
            text: s.snippet.clone(),
        })
    }
}

/// Bounds implied by qualifiers (`600余篇` → [600, 700]).
///
/// # Examples
///
/// ```
/// use duikou_analytics::check_growth;
/// let r = check_growth("论文由600余篇增加到900余篇，增长了1.5倍。")[0].record().unwrap();
/// let b = r.bounds.unwrap();
/// assert_eq!(b.before.unwrap()[1].to_string(), "700");
/// assert_eq!(b.ratio.unwrap()[0].to_string(), "1.2857");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    /// `[low, high]` of the before value.
    pub before: Option<[Ratio; 2]>,
    /// `[low, high]` of the after value.
    pub after: Option<[Ratio; 2]>,
    /// `[low, high]` of B/A, rounded to 4 decimals.
    pub ratio: Option<[Decimal; 2]>,
}
