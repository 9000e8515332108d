//! Corpus test: the outline of every sample document in examples/data against the hand-made
//! expected outline examples/data/expected/NAME.outline.jsonl. Prints found / correct-parent
//! percentages, false positives and anomaly agreement per document.

use std::collections::BTreeMap;
use std::path::Path;

use duikou_tokenizer::outline;
use serde_json::Value;

#[derive(Debug, PartialEq)]
struct Row {
    level: u64,
    style: String,
    ordinal: u64,
    parent: Option<u64>,
    anomalies: Vec<String>,
}

fn row(v: &Value) -> (u64, Row) {
    let mut anomalies: Vec<String> = v["anomalies"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    anomalies.sort();
    (
        v["line"].as_u64().expect("line"),
        Row {
            level: v["level"].as_u64().expect("level"),
            style: v["style"].as_str().expect("style").to_owned(),
            ordinal: v["ordinal"].as_u64().expect("ordinal"),
            parent: v["parent"].as_u64(),
            anomalies,
        },
    )
}

#[test]
fn corpus_against_expected_outlines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/data");
    let Ok(dir) = std::fs::read_dir(root.join("expected")) else {
        println!("no expected outlines yet");
        return;
    };
    let mut files: Vec<_> = dir
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".outline.jsonl"))
        .collect();
    files.sort();
    let (mut total, mut found, mut parent_ok, mut extra, mut exact) = (0, 0, 0, 0, 0);
    let mut report = Vec::new();
    for f in &files {
        let name = f
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".outline.jsonl", "");
        let text = std::fs::read_to_string(root.join(format!("{name}.txt"))).expect("sample text");
        let expected: BTreeMap<u64, Row> = std::fs::read_to_string(f)
            .expect("expected")
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| row(&serde_json::from_str(l).expect("json")))
            .collect();
        let o = outline(&text);
        let got: BTreeMap<u64, Row> = o
            .headings
            .iter()
            .map(|h| {
                let mut anomalies: Vec<String> = o
                    .anomalies_of(h)
                    .iter()
                    .filter(|a| a.kind.in_contract())
                    .map(|a| a.kind.as_str().to_owned())
                    .collect();
                anomalies.sort();
                (
                    u64::from(h.line),
                    Row {
                        level: u64::from(h.level),
                        style: h.style.as_str().to_owned(),
                        ordinal: u64::from(h.ordinal),
                        parent: h.parent.map(|p| u64::from(o.headings[p].line)),
                        anomalies,
                    },
                )
            })
            .collect();
        let (mut d_found, mut d_parent) = (0, 0);
        for (line, e) in &expected {
            match got.get(line) {
                None => report.push(format!("{name}:{line}: missed {e:?}")),
                Some(g) => {
                    d_found += 1;
                    if g.parent == e.parent && g.level == e.level {
                        d_parent += 1;
                    }
                    if g == e {
                        exact += 1;
                    } else {
                        report.push(format!(
                            "{name}:{line}: expected {e:?}\n{:>w$}   got {g:?}",
                            "",
                            w = name.len() + line.to_string().len() + 1
                        ));
                    }
                }
            }
        }
        let d_extra = got.keys().filter(|l| !expected.contains_key(l)).count();
        for l in got.keys().filter(|l| !expected.contains_key(l)) {
            report.push(format!("{name}:{l}: false positive {:?}", got[l]));
        }
        println!(
            "{name}: {} expected, found {:.1}%, correct parent {:.1}%, {d_extra} false positives",
            expected.len(),
            100.0 * d_found as f64 / expected.len().max(1) as f64,
            100.0 * d_parent as f64 / expected.len().max(1) as f64,
        );
        total += expected.len();
        found += d_found;
        parent_ok += d_parent;
        extra += d_extra;
    }
    let pct = |n: usize| 100.0 * n as f64 / total.max(1) as f64;
    println!(
        "corpus: {total} headings, found {:.1}%, correct parent {:.1}%, exact (style, ordinal, level, parent, anomalies) {:.1}%, {extra} false positives",
        pct(found),
        pct(parent_ok),
        pct(exact)
    );
    for r in &report {
        println!("{r}");
    }
    if total > 0 {
        assert!(pct(found) >= 95.0, "found only {:.1}%", pct(found));
        assert!(
            pct(parent_ok) >= 93.0,
            "correct parent only {:.1}%",
            pct(parent_ok)
        );
        assert!(extra * 50 <= total, "{extra} false positives");
    }
}
