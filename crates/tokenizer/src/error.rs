//! The tokenizer's error type.

use crate::Span;

/// Errors of the tokenizer's strict parsers (`FromStr` and `parse_*` functions).
///
/// The scanners never fail: they skip what they cannot read. Adding variants is not a
/// breaking change.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{Span, TokenizeError};
/// let e = TokenizeError::Overflow { span: Span::new(0, 6), found: "九千亿亿亿".into() };
/// assert_eq!(e.to_string(), "numeral `九千亿亿亿` overflows at bytes 0..6");
/// assert_eq!(e.span(), Some(Span::new(0, 6)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TokenizeError {
    /// The value does not fit the exact representation.
    #[error("numeral `{found}` overflows at bytes {span}")]
    Overflow {
        /// Where.
        span: Span,
        /// The offending text.
        found: String,
    },
    /// The text is not what the parser expects.
    #[error("expected {expected}, found `{found}` at bytes {span}")]
    Invalid {
        /// Where.
        span: Span,
        /// What was expected.
        expected: &'static str,
        /// The offending text.
        found: String,
    },
    /// The input was empty.
    #[error("empty input")]
    Empty,
}

impl TokenizeError {
    /// The span of the error in the input, when there is one.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::TokenizeError;
    /// assert_eq!(TokenizeError::Empty.span(), None);
    /// ```
    #[must_use]
    pub fn span(&self) -> Option<Span> {
        match self {
            Self::Overflow { span, .. } | Self::Invalid { span, .. } => Some(*span),
            Self::Empty => None,
        }
    }
}
