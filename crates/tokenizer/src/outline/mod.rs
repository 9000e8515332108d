//! Section-number markers, heading decisions, line reconstruction and the outline tree.
//!
//! Pipeline, one pass over the lines (found with memchr), no recursion:
//!
//! 1. `marker`: nom lexers for every style of design.md §4, dispatched on the first character;
//!    width/compatibility folding keeps the raw text (（）≡(), ．≡., １≡1; ⑴ ⒈ ㈠ stay themselves).
//! 2. `classify`: heading candidate or a [`Reject`] reason (dates, years, quantities, adjacent
//!    numerals, words, cross-references, junk, …). Plain lines are rejected on their first
//!    character before any parsing.
//! 3. `document`: context — table of contents, paragraph starts for 一是/首先, sequence evidence
//!    (a duplicate or decrease right after an unterminated line continues the sentence, a
//!    dated 2、3月28日… continues an open 1、), marker-alone lines, titles cut at the line end
//!    (a multi-line title is one slice of the original from its first to its last character,
//!    `title_line..=title_end_line`; `Heading::title_text` joins the pieces), roman or latin
//!    (I. V. X. L. C. are whichever continues an open list: A. … H. I. is latin 9, IV. V. is
//!    roman 5; without evidence a lone I is roman and V X L C are latin), segments.
//! 4. `tree`: per-parent style stack; same style → sibling, delimiter drift → sibling with
//!    `style_mix`, a style already seen under an open ancestor → its child, otherwise the
//!    GB/T 15834 B.3.8 order as a prior. The document's own order wins over the prior: a
//!    style first met as list item 1 right after a heading the prior calls junior nests under
//!    it (1. above （一）, 一是 above 1.), and that pair keeps its order for the rest of the
//!    document; top-level styles (一、 第X章 壹、 I.) never nest this way. Anomalies are
//!    reported, never fixed.
//! 5. `reflow`: paragraphs and sentences with original spans.
mod anomaly;
mod classify;
mod document;
mod marker;
mod ordinal;
mod reflow;
mod style;
mod toc;
mod tree;

pub use self::anomaly::{Anomaly, AnomalyKind};
pub use self::classify::{Candidate, LineClass, Reject, classify_line, is_page_furniture};
pub use self::document::{Heading, Outline, Segment, SegmentKind, outline};
pub use self::reflow::{Paragraph, ParagraphKind, paragraphs};
pub use self::style::MarkerStyle;
