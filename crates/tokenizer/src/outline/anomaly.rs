//! Irregularities of the outline, reported instead of silently fixed.

use crate::Span;

/// Kind of an outline anomaly (design.md §4 vocabulary, plus non-standard punctuation).
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::AnomalyKind;
/// assert_eq!(AnomalyKind::StyleMix.as_str(), "style_mix");
/// assert!(!AnomalyKind::NonstandardPunct.in_contract());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AnomalyKind {
    /// An ordinal was skipped (1、 2、 4.).
    Gap,
    /// An ordinal was repeated.
    Duplicate,
    /// Numbering went back to 1 under the same parent.
    Restart,
    /// A sibling written in a variant of its siblings' style (3、 among 1. items).
    StyleMix,
    /// Half-width parentheses or digits among full-width ones (or the reverse).
    WidthMix,
    /// An ordinal smaller than its predecessor (but not a restart).
    OutOfOrder,
    /// A deeper style with no plausible parent (it precedes the senior style of its level).
    Orphan,
    /// A line of a table of contents.
    TocEntry,
    /// Punctuation not sanctioned by GB/T 15834 B.3 (一． / （一）、 / 一，).
    NonstandardPunct,
}

impl AnomalyKind {
    /// snake_case name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_tokenizer::AnomalyKind::TocEntry.as_str(), "toc_entry");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Gap => "gap",
            Self::Duplicate => "duplicate",
            Self::Restart => "restart",
            Self::StyleMix => "style_mix",
            Self::WidthMix => "width_mix",
            Self::OutOfOrder => "out_of_order",
            Self::Orphan => "orphan",
            Self::TocEntry => "toc_entry",
            Self::NonstandardPunct => "nonstandard_punct",
        }
    }

    /// Whether the kind belongs to the design.md §4 vocabulary of the `outline --json`
    /// `anomalies` field (other kinds go to an extra field).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(duikou_tokenizer::AnomalyKind::Gap.in_contract());
    /// ```
    #[must_use]
    pub const fn in_contract(self) -> bool {
        !matches!(self, Self::NonstandardPunct)
    }
}

/// One anomaly, with where it is and what was expected.
///
/// # Examples
///
/// ```
/// let o = duikou_tokenizer::outline("一、甲\n二、乙\n四、丁\n");
/// let a = &o.anomalies[0];
/// assert_eq!((a.kind.as_str(), a.line, a.expected, a.found), ("gap", 3, Some(3), Some(4)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Anomaly {
    /// What is irregular.
    pub kind: AnomalyKind,
    /// 1-based line of the heading.
    pub line: u32,
    /// Span of the marker in the original text.
    pub span: Span,
    /// Index of the heading in [`Outline::headings`](crate::Outline::headings).
    pub heading: usize,
    /// Expected ordinal, when there is one.
    pub expected: Option<u32>,
    /// Found ordinal, when there is one.
    pub found: Option<u32>,
}
