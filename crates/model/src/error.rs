//! The crate's error type.

/// An error of the model crate: a malformed alias or program table line, or a JSON document
/// that does not follow the schema.
///
/// Extraction itself never fails (any text gives a [`crate::SupportNetwork`]); errors come from
/// loading user data. Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_model::{AliasTable, ModelError};
/// let err = AliasTable::from_tsv("只有一列").unwrap_err();
/// assert!(matches!(err, ModelError::Table { line: 1, .. }));
/// assert_eq!(err.to_string(), "alias table line 1: expected `canonical<TAB>kind<TAB>aliases`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    /// A line of a TAB-separated table could not be read.
    #[error("{table} table line {line}: {message}")]
    Table {
        /// Which table (`alias`, `program`).
        table: &'static str,
        /// 1-based line number in the table text.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// An unknown vocabulary word (kind, status, …) in a table or a query.
    #[error("unknown {vocabulary} `{found}`")]
    UnknownWord {
        /// The vocabulary (`institution kind`, `contribution kind`, …).
        vocabulary: &'static str,
        /// The word that was given.
        found: String,
    },
}
