//! Owned serde domain model of 对口支援 (pairing assistance) and its extraction from reports.
//!
//! `duikou-model` turns the text of a work report into a [`SupportNetwork`]: the institutions,
//! the support relations (who supports whom, how, since when, under which program), the
//! agreements, and the contributions (doctoral places, teachers sent, money and books given),
//! each with its provenance ([`Evidence`]: line, byte span, snippet). Self-references
//! (我院/我校/我局/我市) are resolved to the author where the text says who that is, and kept
//! as written otherwise — never guessed.
//!
//! # Example
//!
//! ```
//! use duikou_model::{ContributionKind, extract};
//! let net = extract("伊犁师范学院对口支援工作总结\n东北师范大学对口支援我院。\n东北师范大学为我院捐赠图书24595册，价值35万元。");
//! assert_eq!(net.author.as_deref(), Some("伊犁师范学院"));
//! assert_eq!(net.supporters_of("伊犁师范学院"), ["东北师范大学"]);
//! let books = net.contributions_of_kind(ContributionKind::BooksDonated).next().unwrap();
//! assert_eq!((books.value.to_string().as_str(), books.unit.as_str()), ("24595", "册"));
//! ```
//!
//! # JSON
//!
//! Every type serialises with serde (snake_case vocabularies). [`SupportNetwork::to_contract`]
//! gives the flat `network --json` object of design.md §5.
//!
//! # Errors
//!
//! Extraction never fails. Loading user tables returns [`ModelError`].
//!
//! # Performance
//!
//! Linear in the input: one pass for sentences, one for names, one for quantities; no
//! recursion over document structure. See the `model` bench.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

mod agreement;
mod alias;
mod contract;
mod contribution;
mod date;
mod error;
mod evidence;
mod extract;
mod institution;
mod network;
mod program;
mod relation;

pub use agreement::{Agreement, AgreementKind};
pub use alias::{AliasEntry, AliasTable, BUILTIN_ALIASES, strip_place_prefix};
pub use contract::{
    ContractContribution, ContractDate, ContractInstitution, ContractNetwork, ContractRelation,
};
pub use contribution::{Contribution, ContributionKind, Total};
pub use date::{DateMention, InferredYear};
pub use error::ModelError;
pub use evidence::Evidence;
pub use extract::joined::{Joined, join_wrapped_lines};
pub use extract::{ExtractOptions, extract, extract_with, is_self_pronoun};
pub use institution::{Institution, InstitutionKind};
pub use network::{Segment, SupportNetwork, totals_of};
pub use program::{BUILTIN_PROGRAMS, Program, ProgramKind};
/// The crate README's example, compiled and run as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

pub use relation::{
    EventKind, RelationEvent, RelationKind, Status, SupportRelation, Supporter, SupporterRole,
};
