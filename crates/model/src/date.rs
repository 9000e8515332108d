//! Dates as observed in the text, with the raw text kept beside the parsed parts.

use duikou_tokenizer::{PartialDate, Year};
use serde::{Deserialize, Serialize};

/// A date as written ("7月16日", "20xx年5月13日"): the partial date and its raw text.
///
/// An inferred year is stored separately and never replaces the observation (domain.md §3).
///
/// # Examples
///
/// ```
/// use duikou_model::DateMention;
/// use duikou_tokenizer::{PartialDate, Year};
/// let d = DateMention::new(PartialDate { year: Year::Absent, month: Some(7), day: Some(16) }, "7月16日");
/// assert_eq!((d.year(), d.date.month, d.text.as_str()), (None, Some(7), "7月16日"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateMention {
    /// The parts that were written.
    pub date: PartialDate,
    /// The source text of the date.
    pub text: String,
    /// A year inferred from context, with the reason; `None` unless a caller infers one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inferred_year: Option<InferredYear>,
}

/// A year inferred from context (never written into [`DateMention::date`]).
///
/// # Examples
///
/// ```
/// use duikou_model::InferredYear;
/// let y = InferredYear { year: 2006, reason: "report dated 2006".into() };
/// assert_eq!(y.year, 2006);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct InferredYear {
    /// The inferred year.
    pub year: i32,
    /// Why it was inferred.
    pub reason: String,
}

impl DateMention {
    /// A mention of `date` written as `text`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use duikou_model::DateMention; use duikou_tokenizer::PartialDate;
    /// assert_eq!(DateMention::new(PartialDate::default(), "").text, "");
    /// ```
    #[must_use]
    pub fn new(date: PartialDate, text: impl Into<String>) -> Self {
        Self {
            date,
            text: text.into(),
            inferred_year: None,
        }
    }

    /// The year when it is written in full.
    ///
    /// # Examples
    ///
    /// ```
    /// # use duikou_model::DateMention; use duikou_tokenizer::{PartialDate, Year};
    /// let d = DateMention::new(PartialDate { year: Year::Known(2007), month: None, day: None }, "2007年");
    /// assert_eq!(d.year(), Some(2007));
    /// ```
    #[must_use]
    pub const fn year(&self) -> Option<i32> {
        match self.date.year {
            Year::Known(y) => Some(y),
            _ => None,
        }
    }
}
