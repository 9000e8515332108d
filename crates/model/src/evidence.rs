//! Provenance of an extracted fact.

use duikou_tokenizer::{LineIndex, Span};
use serde::{Deserialize, Serialize};

/// Where a fact was read: 1-based line, byte span into the original text, and the snippet.
///
/// Serialises as `{"line":N,"start":B,"end":E,"text":"…"}` (design.md §5).
///
/// # Examples
///
/// ```
/// use duikou_model::Evidence;
/// use duikou_tokenizer::{LineIndex, Span};
/// let src = "标题\n南京大学对口支援伊犁师范学院。";
/// let ev = Evidence::new(src, &LineIndex::new(src), Span::new(7, 19));
/// assert_eq!((ev.line, ev.text.as_str()), (2, "南京大学"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// 1-based line of `start`.
    pub line: u32,
    /// Byte offset of the first byte in the input.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The source text `src[start..end]` (empty when the span is not on char boundaries).
    pub text: String,
}

impl Evidence {
    /// Evidence for `span` of `src`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use duikou_model::Evidence; use duikou_tokenizer::{LineIndex, Span};
    /// let ev = Evidence::new("培养博士6人", &LineIndex::new("培养博士6人"), Span::new(0, 6));
    /// assert_eq!(ev.text, "培养");
    /// ```
    #[must_use]
    pub fn new(src: &str, lines: &LineIndex, span: Span) -> Self {
        Self {
            line: lines.line_of(span.start),
            start: span.start,
            end: span.end,
            text: span.slice(src).unwrap_or_default().to_owned(),
        }
    }

    /// The byte span.
    ///
    /// # Examples
    ///
    /// ```
    /// # use duikou_model::Evidence;
    /// let ev = Evidence { line: 1, start: 3, end: 9, text: "南京".into() };
    /// assert_eq!(ev.span().len(), 6);
    /// ```
    #[must_use]
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}
