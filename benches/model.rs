//! Extraction throughput of duikou-model on the shared bench corpus.

#[path = "support/mod.rs"]
mod support;

fn main() {}
