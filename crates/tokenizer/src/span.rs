//! Byte spans into the original input and a line index to turn them into line numbers.

use core::fmt;
use core::ops::Range;

/// A half-open byte range `start..end` into the ORIGINAL input text.
///
/// Spans are always byte offsets (never char offsets); use [`LineIndex`] to get 1-based line
/// numbers and [`char_offset`] for character positions.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::Span;
/// let src = "培养博士6人";
/// let span = Span::new(12, 16);
/// assert_eq!(span.slice(src), Some("6人"));
/// assert_eq!(format!("{span:?}"), "12..16");
/// // A span off a char boundary gives `None`, never a panic.
/// assert_eq!(Span::new(1, 4).slice(src), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span from `start..end`.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Span;
    /// assert_eq!(Span::new(3, 9).len(), 6);
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// Length in bytes (0 when `end < start`).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Span;
    /// assert_eq!(Span::new(9, 3).len(), 0);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Span;
    /// assert!(Span::new(4, 4).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The text under the span, or `None` if it is out of bounds or off a char boundary.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Span;
    /// assert_eq!(Span::new(0, 3).slice("一、总则"), Some("一"));
    /// assert_eq!(Span::new(0, 99).slice("一"), None);
    /// ```
    #[must_use]
    pub fn slice(self, src: &str) -> Option<&str> {
        src.get(self.start..self.end)
    }

    /// Moves the span right by `offset` bytes (saturating).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Span;
    /// assert_eq!(Span::new(1, 2).shift(10), Span::new(11, 12));
    /// ```
    #[must_use]
    pub const fn shift(self, offset: usize) -> Self {
        Self {
            start: self.start.saturating_add(offset),
            end: self.end.saturating_add(offset),
        }
    }

    /// The smallest span covering both.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::Span;
    /// assert_eq!(Span::new(1, 2).cover(Span::new(5, 8)), Span::new(1, 8));
    /// ```
    #[must_use]
    pub fn cover(self, other: Self) -> Self {
        Self {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Self::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Self {
        s.start..s.end
    }
}

/// Byte offsets of line starts, for turning byte offsets into 1-based line numbers.
///
/// A line ends at `\n`, at `\r\n`, or at a lone `\r` (old Mac files), so line numbers are the
/// ones a text editor shows.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::LineIndex;
/// let src = "一、总则\r\n\r\n（一）目的\r第三行";
/// let idx = LineIndex::new(src);
/// assert_eq!(idx.line_count(), 4);
/// assert_eq!(idx.line_of(0), 1);
/// assert_eq!(idx.line_of(src.find("（一）").unwrap()), 3);
/// assert_eq!(idx.line_of(src.find("第三行").unwrap()), 4);
/// assert_eq!(idx.line_span(3, src).and_then(|s| s.slice(src)), Some("（一）目的"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `src` in one pass.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::LineIndex;
    /// assert_eq!(LineIndex::new("").line_count(), 1);
    /// ```
    #[must_use]
    pub fn new(src: &str) -> Self {
        let bytes = src.as_bytes();
        let mut starts = vec![0];
        for pos in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            let is_cr = bytes.get(pos) == Some(&b'\r');
            if is_cr && bytes.get(pos + 1) == Some(&b'\n') {
                continue; // the `\n` of this `\r\n` ends the line
            }
            starts.push(pos + 1);
        }
        Self { starts }
    }

    /// Number of lines (a trailing newline opens a last, empty line).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::LineIndex;
    /// assert_eq!(LineIndex::new("a\nb\n").line_count(), 3);
    /// ```
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 1-based line that holds byte `offset` (offsets past the end give the last line).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::LineIndex;
    /// let idx = LineIndex::new("a\nb");
    /// assert_eq!((idx.line_of(0), idx.line_of(2), idx.line_of(99)), (1, 2, 2));
    /// ```
    #[must_use]
    pub fn line_of(&self, offset: usize) -> u32 {
        let line = self.starts.partition_point(|&s| s <= offset);
        u32::try_from(line.max(1)).unwrap_or(u32::MAX)
    }

    /// Byte offset where the 1-based `line` starts.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::LineIndex;
    /// assert_eq!(LineIndex::new("ab\ncd").line_start(2), Some(3));
    /// assert_eq!(LineIndex::new("ab").line_start(5), None);
    /// ```
    #[must_use]
    pub fn line_start(&self, line: u32) -> Option<usize> {
        let i = usize::try_from(line).ok()?.checked_sub(1)?;
        self.starts.get(i).copied()
    }

    /// Span of the 1-based `line` in `src`, without its line terminator.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::LineIndex;
    /// let src = "ab\r\ncd";
    /// let idx = LineIndex::new(src);
    /// assert_eq!(idx.line_span(1, src).and_then(|s| s.slice(src)), Some("ab"));
    /// ```
    #[must_use]
    pub fn line_span(&self, line: u32, src: &str) -> Option<crate::Span> {
        let start = self.line_start(line)?;
        let next = self.line_start(line.saturating_add(1)).unwrap_or(src.len());
        let bytes = src.as_bytes();
        let mut end = next;
        if end > start && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Some(Span::new(start, end))
    }
}

/// Length of the UTF-8 sequence that starts with byte `lead`: 1 for ASCII, 2–4 for a lead
/// byte, and 1 for a continuation byte (which a scan from a character boundary never meets).
/// Byte scans use it to step over a whole character without decoding it.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::utf8_len;
/// assert_eq!(utf8_len(b'3'), 1);
/// assert_eq!(utf8_len("一".as_bytes()[0]), 3);
/// assert_eq!(utf8_len("𠀀".as_bytes()[0]), 4);
/// ```
#[must_use]
pub const fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// Character (Unicode scalar) offset of byte `byte` in `src`, or `None` off a char boundary.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::char_offset;
/// assert_eq!(char_offset("一二3", 6), Some(2));
/// assert_eq!(char_offset("一二3", 1), None);
/// ```
#[must_use]
pub fn char_offset(src: &str, byte: usize) -> Option<usize> {
    src.get(..byte).map(|s| s.chars().count())
}
