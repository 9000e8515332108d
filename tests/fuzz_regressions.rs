//! Crash inputs found by the fuzzers (`fuzz/`), replayed on every `cargo test` with the same
//! invariants the fuzz targets assert. Add a file under `tests/fuzz_regressions/<target>/`.

use std::path::Path;

use duikou::model::{AliasTable, SupportNetwork, extract};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(target);
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn network_regressions() {
    let cases = inputs("network");
    assert!(!cases.is_empty(), "the regression folder is read");
    for (name, bytes) in cases {
        let src = String::from_utf8_lossy(&bytes);
        let net = extract(&src);
        for r in &net.relations {
            for e in &r.evidence {
                assert_eq!(
                    src.get(e.start..e.end),
                    Some(e.text.as_str()),
                    "{name}: evidence"
                );
            }
        }
        let json = serde_json::to_string(&net).unwrap();
        assert_eq!(
            serde_json::from_str::<SupportNetwork>(&json).unwrap(),
            net,
            "{name}: round trip"
        );
        let mut twice = net.clone();
        twice.normalize(&AliasTable::builtin());
        let once = twice.clone();
        twice.normalize(&AliasTable::builtin());
        assert_eq!(once, twice, "{name}: normalize is idempotent");
    }
}
