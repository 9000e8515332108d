//! Zero-copy tokenizer for Chinese administrative documents.
//!
//! `duikou-tokenizer` reads plain text as people really have it — pasted from web pages or
//! exported from Word — and finds exact numerals, quantities with units, partial dates,
//! section-number markers and the outline tree. Everything it returns borrows the input and
//! carries byte spans and 1-based line numbers into the ORIGINAL text.
//!
//! # Example
//!
//! ```
//! use duikou_tokenizer::{Decimal, LineIndex};
//! let src = "一、基本情况\n培养博士6人";
//! assert_eq!(LineIndex::new(src).line_of(src.find('培').unwrap()), 2);
//! assert_eq!("16.4".parse::<Decimal>().unwrap().checked_mul_pow10(8).unwrap().to_string(), "1640000000");
//! ```
//!
//! # Crate features
//!
//! - `serde`: `Serialize`/`Deserialize` for the value types.
//! - `decode` (default): [`decode::decode`], input decoding with encoding detection
//!   (UTF-8/UTF-16 BOMs, GB18030/GBK, Big5, …) through encoding_rs and chardetng.
//!
//! # Errors
//!
//! Scanners never fail; strict parsers return [`TokenizeError`], which carries the span.
//!
//! # Performance
//!
//! Linear time, no recursion over document structure; see the README's benchmark table.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

mod bullet;
mod date;
mod decimal;
#[cfg(feature = "decode")]
pub mod decode;
mod error;
mod number;
mod numeral;
mod outline;
mod parens;
mod quantity;
mod scan;
mod span;
mod traditional;
mod width;

pub use bullet::is_bullet;
pub use date::{PartialDate, Year};
pub use decimal::{Decimal, MAX_SCALE, ParseDecimalError};
pub use error::TokenizeError;
pub use number::Number;
pub use numeral::{
    Numeral, NumeralScale, Script, parse_numeral, parse_numeral_prefix, to_chinese, to_financial,
};
pub use outline::{
    Anomaly, AnomalyKind, Candidate, Heading, LineClass, MarkerStyle, Outline, Paragraph,
    ParagraphKind, Reject, Segment, SegmentKind, classify_line, is_page_furniture, outline,
    paragraphs,
};
pub use parens::without_parenthesised;
pub use quantity::{Approx, Quantity, QuantityKind};
pub use scan::{Quantities, quantities, quantity_in_line};
pub use span::{LineIndex, Span, char_offset, utf8_len};
pub use traditional::{fold_traditional, simplified_of};
pub use width::{Narrowed, narrow_digits};

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
