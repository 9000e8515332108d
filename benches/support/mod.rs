//! Shared bench input: the bundled sample documents, repeated to about 10 MB.
//!
//! Include from a bench with `#[path = "support/mod.rs"] mod support;`.

use std::path::Path;

/// Target size of the bench corpus in bytes.
pub const CORPUS_BYTES: usize = 10 * 1024 * 1024;

/// The sample documents of `examples/data/*.txt`, concatenated in name order.
///
/// # Panics
///
/// When the folder holds no readable `.txt` file (benches need real input).
#[must_use]
pub fn samples() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join("data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/data exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = String::new();
    for f in files {
        out.push_str(&std::fs::read_to_string(&f).expect("sample is UTF-8"));
        out.push('\n');
    }
    assert!(
        !out.trim().is_empty(),
        "no sample documents in {}",
        dir.display()
    );
    out
}

/// The samples repeated until the text is at least `bytes` long.
#[must_use]
pub fn corpus_of(bytes: usize) -> String {
    let one = samples();
    let mut out = String::with_capacity(bytes + one.len());
    while out.len() < bytes {
        out.push_str(&one);
    }
    out
}

/// The ~10 MB bench corpus.
#[must_use]
pub fn corpus() -> String {
    corpus_of(CORPUS_BYTES)
}
