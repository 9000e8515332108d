//! Corpus aggregates: how often 倍 claims follow the strict versus the loose reading, and
//! verdict counts (research/domain.md §1 "How common is misuse?").

use serde::{Deserialize, Serialize};

use crate::{
    ClaimKind, Evaluation, GrowthStatement, Verdict, Wording, evaluate, growth_statements,
};

/// Verdict counts.
///
/// # Examples
///
/// ```
/// use duikou_analytics::{Verdict, VerdictCounts};
/// let mut c = VerdictCounts::default();
/// c.add(Verdict::LooseMultiple);
/// assert_eq!(c.loose_multiple, 1);
/// assert_eq!(c.total(), 1);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerdictCounts {
    /// `consistent` verdicts.
    pub consistent: usize,
    /// `loose_multiple` verdicts.
    pub loose_multiple: usize,
    /// `inconsistent` verdicts.
    pub inconsistent: usize,
    /// `unverifiable` verdicts.
    pub unverifiable: usize,
}

impl VerdictCounts {
    /// Counts one verdict.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{Verdict, VerdictCounts};
    /// let mut c = VerdictCounts::default();
    /// c.add(Verdict::Consistent);
    /// assert_eq!(c.consistent, 1);
    /// ```
    pub fn add(&mut self, v: Verdict) {
        match v {
            Verdict::Consistent => self.consistent += 1,
            Verdict::LooseMultiple => self.loose_multiple += 1,
            Verdict::Inconsistent => self.inconsistent += 1,
            Verdict::Unverifiable => self.unverifiable += 1,
        }
    }

    /// Sum of all counts.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::VerdictCounts;
    /// assert_eq!(VerdictCounts::default().total(), 0);
    /// ```
    #[must_use]
    pub const fn total(&self) -> usize {
        self.consistent + self.loose_multiple + self.inconsistent + self.unverifiable
    }
}

/// How the corpus's `增长了N倍` claims read: strictly (B = A·(1+N)), loosely (B = A·N), neither.
///
/// # Examples
///
/// ```
/// use duikou_analytics::TimesUsage;
/// let t = TimesUsage { claims: 4, strict: 1, loose: 3, ..TimesUsage::default() };
/// assert_eq!(t.loose_share(), Some(0.75));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimesUsage {
    /// 增长了N倍 claims (net-increase wording), checked or not.
    pub claims: usize,
    /// Fit the strict (standard) reading.
    pub strict: usize,
    /// Fit only the loose reading (B/A ≈ N).
    pub loose: usize,
    /// Fit neither.
    pub neither: usize,
    /// Could not be checked.
    pub unverifiable: usize,
    /// 减少N倍 (a usage error).
    pub decrease: usize,
    /// 增长到N倍 / 是…的N倍 claims.
    pub times_to: usize,
}

impl TimesUsage {
    /// Share of checked 增长了N倍 claims that follow the loose reading.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::TimesUsage;
    /// assert_eq!(TimesUsage::default().loose_share(), None);
    /// ```
    #[must_use]
    #[expect(
        clippy::cast_precision_loss,
        reason = "a display ratio of small counts"
    )]
    pub fn loose_share(&self) -> Option<f64> {
        let checked = self.strict + self.loose + self.neither;
        (checked > 0).then(|| self.loose as f64 / checked as f64)
    }
}

/// Aggregates over the statements of one document or a corpus.
///
/// # Examples
///
/// ```
/// use duikou_analytics::GrowthSummary;
/// let mut s = GrowthSummary::default();
/// s.add_text("本科招生规模由1516人增加到2236人，增长了1.5倍。");
/// s.add_text("招生由300人增加到600人，增加了1倍。由100人增加到150人，增长50%。");
/// assert_eq!(s.statements, 1 + 2);
/// assert_eq!((s.times.loose, s.times.strict), (1, 1));
/// assert_eq!(s.verdicts.consistent, 2);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrowthSummary {
    /// Documents added.
    pub documents: usize,
    /// Statements found.
    pub statements: usize,
    /// Statements with both a before and an after value.
    pub with_values: usize,
    /// Verdict counts.
    pub verdicts: VerdictCounts,
    /// 倍 usage.
    pub times: TimesUsage,
    /// Statements with a wording misuse.
    pub usage_errors: usize,
}

impl GrowthSummary {
    /// Counts one checked statement.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::{GrowthSummary, growth_statements};
    /// let mut sum = GrowthSummary::default();
    /// for s in growth_statements("由48人增加到271人，增长了5.6倍。") {
    ///     sum.add(&s, &s.evaluate());
    /// }
    /// assert_eq!(sum.times.loose, 1);
    /// ```
    pub fn add(&mut self, s: &GrowthStatement, e: &Evaluation) {
        self.statements += 1;
        self.with_values += usize::from(s.has_values());
        self.verdicts.add(e.verdict);
        self.usage_errors += usize::from(e.usage_error.is_some());
        let Some(c) = &s.claim else { return };
        match (c.kind, c.wording) {
            (_, Wording::TimesDecrease) => self.times.decrease += 1,
            (ClaimKind::TimesIncrease, _) => {
                self.times.claims += 1;
                match e.verdict {
                    Verdict::Consistent => self.times.strict += 1,
                    Verdict::LooseMultiple => self.times.loose += 1,
                    Verdict::Inconsistent => self.times.neither += 1,
                    Verdict::Unverifiable => self.times.unverifiable += 1,
                }
            }
            (ClaimKind::TimesTo, Wording::TimesTo) => self.times.times_to += 1,
            _ => {}
        }
    }

    /// Extracts, checks and counts every statement of one document.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::GrowthSummary;
    /// let mut s = GrowthSummary::default();
    /// s.add_text("没有数字。");
    /// assert_eq!((s.documents, s.statements), (1, 0));
    /// ```
    pub fn add_text(&mut self, src: &str) {
        self.documents += 1;
        for s in growth_statements(src) {
            let e = evaluate(&s);
            self.add(&s, &e);
        }
    }

    /// Adds another summary (for merging per-document results computed in parallel).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::GrowthSummary;
    /// let mut a = GrowthSummary::default();
    /// a.add_text("由1516人增加到2236人，增长了1.5倍。");
    /// let b = a;
    /// a.merge(&b);
    /// assert_eq!(a.times.loose, 2);
    /// ```
    pub fn merge(&mut self, o: &Self) {
        self.documents += o.documents;
        self.statements += o.statements;
        self.with_values += o.with_values;
        self.usage_errors += o.usage_errors;
        let (v, w) = (&mut self.verdicts, &o.verdicts);
        v.consistent += w.consistent;
        v.loose_multiple += w.loose_multiple;
        v.inconsistent += w.inconsistent;
        v.unverifiable += w.unverifiable;
        let (t, u) = (&mut self.times, &o.times);
        t.claims += u.claims;
        t.strict += u.strict;
        t.loose += u.loose;
        t.neither += u.neither;
        t.unverifiable += u.unverifiable;
        t.decrease += u.decrease;
        t.times_to += u.times_to;
    }
}
