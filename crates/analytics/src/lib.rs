//! Growth statements in Chinese administrative reports, checked exactly.
//!
//! `duikou-analytics` finds before/after statements (`本科招生规模由1516人增加到2236人，增长了1.5倍`),
//! computes exact metrics (Δ, B/A, percent change, strict 倍, doublings, percentage points,
//! CAGR, log change), and checks the stated claim under the standard reading of 倍, 番 and
//! 百分点 and under the named loose readings, with the rule applied, the value the claim should
//! have had and a suggested correct wording. It also aggregates verdicts over a corpus.
//!
//! The standard readings (domain.md §4): 增长了N倍 is the net increase, B = A·(1+N), and
//! 增长到N倍 includes the base, B = A·N (杜永道, 人民日报海外版 语文信箱 2017-05-08;
//! 《现代汉语词典》 倍); 翻n番 is B = A·2ⁿ (国家统计局 〈"番"与"倍"〉); 倍 is not used for
//! decreases (《咬文嚼字》 2022年十大语文差错 no. 4); 个百分点 is the difference of two
//! percentages (NBS definition). GB/T 15835-2011 governs only how numerals are written.
//!
//! # Example
//!
//! ```
//! use duikou_analytics::{Verdict, growth_statements};
//! let src = "本科招生规模由1516人增加到2236人，增长了1.5倍。";
//! let s = &growth_statements(src)[0];
//! let e = s.evaluate();
//! let m = e.metrics.as_ref().unwrap();
//! assert_eq!(m.ratio.unwrap().round_to(4).unwrap().to_string(), "1.4749");
//! assert_eq!(m.pct_change.unwrap().round_to(1).unwrap().to_string(), "47.5");
//! assert_eq!(e.verdict, Verdict::LooseMultiple);
//! assert_eq!(e.expected.unwrap().implied_after.unwrap().to_string(), "3790");
//! assert_eq!(e.suggestions, ["增长到1.5倍", "增长47.5%"]);
//! ```
//!
//! # Errors
//!
//! Extraction and evaluation never fail (an overflow makes a claim `unverifiable`);
//! [`Metrics::compute`] returns [`AnalyticsError`] on overflow.
//!
//! # Performance
//!
//! One pass over the sentences; each number looks at a bounded window of text. No I/O.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

/// The README's example, tested.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

mod aggregate;
mod claim;
mod error;
mod extract;
mod metrics;
mod rational;
mod record;
mod statement;
mod verdict;
mod wording;

pub use aggregate::{GrowthSummary, TimesUsage, VerdictCounts};
pub use claim::{Claim, ClaimKind, Direction, Wording};
pub use error::AnalyticsError;
pub use extract::{growth_statements, growth_statements_in};
pub use metrics::Metrics;
pub use rational::{Interval, Ratio};
pub use record::{Bounds, CheckedStatement, ClaimRecord, GrowthRecord, check_growth};
pub use statement::{Figure, GrowthStatement, Period};
pub use verdict::{
    Evaluation, Expected, Reading, ReadingName, Rule, UsageError, Verdict, evaluate,
};
