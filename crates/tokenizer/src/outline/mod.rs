//! Section-number markers, heading decisions, line reconstruction and the outline tree.
mod marker;
mod ordinal;
pub use self::style::MarkerStyle;
mod style;
