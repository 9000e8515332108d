//! Corpus test: the sample documents of examples/data against their hand-made expected networks
//! (examples/data/expected/NAME.network.json). Prints precision and recall of the
//! (supporter, recipient) pairs and of the contributions (kind, value, unit, line).

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

fn data_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/data")
}

#[derive(Default, Debug, Clone, Copy)]
struct Score {
    tp: usize,
    found: usize,
    expected: usize,
}

impl Score {
    fn add(&mut self, o: Self) {
        self.tp += o.tp;
        self.found += o.found;
        self.expected += o.expected;
    }
    fn precision(self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.tp as f64 / self.found as f64
        }
    }
    fn recall(self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.tp as f64 / self.expected as f64
        }
    }
}

fn score<T: Ord + Clone + std::fmt::Debug>(
    found: &[T],
    expected: &[T],
    what: &str,
    name: &str,
) -> Score {
    let f: BTreeSet<T> = found.iter().cloned().collect();
    let e: BTreeSet<T> = expected.iter().cloned().collect();
    let tp = f.intersection(&e).count();
    for miss in e.difference(&f) {
        println!("  {name} {what} missed: {miss:?}");
    }
    for extra in f.difference(&e) {
        println!("  {name} {what} extra:  {extra:?}");
    }
    Score {
        tp,
        found: f.len(),
        expected: e.len(),
    }
}

fn s(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned)
}

#[test]
fn corpus_precision_recall() {
    let dir = data_dir();
    let Ok(entries) = std::fs::read_dir(dir.join("expected")) else {
        println!("no expected networks yet");
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".network.json"))
        .collect();
    files.sort();
    let (mut pairs, mut contribs, mut authors) = (Score::default(), Score::default(), (0, 0));
    for exp_path in files {
        let stem = exp_path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".network.json", "");
        let text = std::fs::read_to_string(dir.join(format!("{stem}.txt"))).unwrap();
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&exp_path).unwrap()).unwrap();
        let net = duikou_model::extract(&text);
        let got = serde_json::to_value(net.to_contract()).unwrap();
        println!("== {stem}");
        authors.1 += 1;
        if got["author"] == expected["author"] {
            authors.0 += 1;
        } else {
            println!(
                "  author: got {} expected {}",
                got["author"], expected["author"]
            );
        }
        let rel = |v: &Value| -> Vec<(Option<String>, Option<String>)> {
            v["relations"].as_array().map_or(Vec::new(), |a| {
                a.iter()
                    .map(|r| (s(&r["supporter"]), s(&r["recipient"])))
                    .collect()
            })
        };
        let con = |v: &Value| -> Vec<(String, String, String, u64)> {
            v["contributions"].as_array().map_or(Vec::new(), |a| {
                a.iter()
                    .filter(|c| {
                        c["repeat"] != Value::Bool(true) && c["part_of_total"] != Value::Bool(true)
                    })
                    .map(|c| {
                        (
                            s(&c["kind"]).unwrap_or_default(),
                            c["value"].to_string(),
                            s(&c["unit"]).unwrap_or_default(),
                            c["line"].as_u64().unwrap_or(0),
                        )
                    })
                    .collect()
            })
        };
        let p = score(&rel(&got), &rel(&expected), "pair", &stem);
        let c = score(&con(&got), &con(&expected), "contribution", &stem);
        println!(
            "  pairs P {:.2} R {:.2} | contributions P {:.2} R {:.2}",
            p.precision(),
            p.recall(),
            c.precision(),
            c.recall()
        );
        pairs.add(p);
        contribs.add(c);
    }
    println!(
        "TOTAL authors {}/{} | pairs P {:.2} R {:.2} ({}/{}/{}) | contributions P {:.2} R {:.2} ({}/{}/{})",
        authors.0,
        authors.1,
        pairs.precision(),
        pairs.recall(),
        pairs.tp,
        pairs.found,
        pairs.expected,
        contribs.precision(),
        contribs.recall(),
        contribs.tp,
        contribs.found,
        contribs.expected
    );
    // Floors that guard against regressions; raise them as extraction improves.
    assert!(pairs.recall() >= FLOOR_PAIR_RECALL, "pair recall fell");
    assert!(
        pairs.precision() >= FLOOR_PAIR_PRECISION,
        "pair precision fell"
    );
    assert!(
        contribs.recall() >= FLOOR_CONTRIB_RECALL,
        "contribution recall fell"
    );
}

const FLOOR_PAIR_RECALL: f64 = 0.95;
const FLOOR_PAIR_PRECISION: f64 = 0.95;
const FLOOR_CONTRIB_RECALL: f64 = 0.95;
