//! Section-number markers, heading decisions, line reconstruction and the outline tree.
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
pub use self::classify::{Candidate, LineClass, Reject, classify_line};
pub use self::document::{Heading, Outline, Segment, SegmentKind, outline};
pub use self::reflow::{Paragraph, ParagraphKind, paragraphs};
pub use self::style::MarkerStyle;
