//! Partial dates as they are written in reports: the year may be known, redacted or absent.

/// The year part of a [`PartialDate`].
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::Year;
/// assert_eq!(Year::Known(2017).known(), Some(2017));
/// assert_eq!(Year::Redacted { prefix: Some(20) }.known(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Year {
    /// Written in full (`2017年`, `二〇二三年`, `17年` is *not* expanded: see the scanner).
    Known(i32),
    /// Written but blanked out (`20xx年`, `200×年`); `prefix` keeps the visible leading
    /// digits as a number (`20` for `20xx`, `200` for `200×`).
    Redacted {
        /// The visible leading digits, if any.
        prefix: Option<u16>,
    },
    /// Not written at all (`7月16日`).
    #[default]
    Absent,
}

impl Year {
    /// The year when it is known.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Year;
    /// assert_eq!(Year::Absent.known(), None);
    /// ```
    #[must_use]
    pub const fn known(self) -> Option<i32> {
        match self {
            Self::Known(y) => Some(y),
            _ => None,
        }
    }
}

/// A date as observed in the text: any of year, month and day may be missing.
///
/// An inferred year (for example from the report's title) is never stored here: it belongs
/// to the consumer, next to this observation, with its reason.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{PartialDate, Year};
/// let d = PartialDate { year: Year::Absent, month: Some(7), day: Some(16) };
/// assert_eq!(d.to_naive_date(), None); // never completed with a guessed year
/// let d = PartialDate { year: Year::Known(2024), month: Some(3), day: Some(28) };
/// assert_eq!(d.to_naive_date().map(|d| d.to_string()), Some("2024-03-28".to_owned()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct PartialDate {
    /// Year: known, redacted or absent.
    pub year: Year,
    /// Month 1–12, when written.
    pub month: Option<u8>,
    /// Day 1–31, when written.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Converts to a calendar date only when year, month and day are all known and valid.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::{PartialDate, Year};
    /// let bad = PartialDate { year: Year::Known(2023), month: Some(2), day: Some(30) };
    /// assert_eq!(bad.to_naive_date(), None);
    /// ```
    #[must_use]
    pub fn to_naive_date(self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(
            self.year.known()?,
            u32::from(self.month?),
            u32::from(self.day?),
        )
    }
}
