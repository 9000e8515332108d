//! The analytics crate's error type.

/// Errors of the analytics functions that can fail (exact arithmetic out of range).
///
/// Extraction and evaluation never fail: an overflow there makes a claim `unverifiable`.
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_analytics::AnalyticsError;
/// let e = AnalyticsError::Overflow { what: "growth metrics" };
/// assert_eq!(e.to_string(), "growth metrics overflow exact arithmetic");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AnalyticsError {
    /// An exact intermediate value does not fit `i128`.
    #[error("{what} overflow exact arithmetic")]
    Overflow {
        /// What was being computed.
        what: &'static str,
    },
}
