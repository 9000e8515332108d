//! duikou: turn Chinese 对口支援 (pairing assistance) reports into verified, structured data.
//!
//! This facade re-exports the workspace crates.
//!
//! ```
//! use duikou::tokenizer::Decimal;
//! assert_eq!("1.5".parse::<Decimal>().unwrap().checked_mul_pow10(4).unwrap().to_string(), "15000");
//! ```

#[doc(inline)]
pub use duikou_tokenizer as tokenizer;

#[doc(inline)]
pub use duikou_model as model;

#[doc(inline)]
pub use duikou_analytics as analytics;

pub mod cli;
