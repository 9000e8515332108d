//! The sample documents against their hand-made growth files
//! (`examples/data/expected/NAME.growth.jsonl`): statements found with the right values and
//! verdicts right, printed with `-- --nocapture`.

use std::path::Path;

use duikou_analytics::{GrowthSummary, check_growth};
use serde_json::Value;

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
        (None, None) => true,
        _ => false,
    }
}

#[test]
fn sample_documents_match_ground_truth() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/data");
    let Ok(dir) = std::fs::read_dir(root.join("expected")) else {
        println!("no examples/data/expected: skipped");
        return;
    };
    let mut files: Vec<_> = dir
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".growth.jsonl"))
        .collect();
    files.sort();
    let (mut total, mut found, mut verdicts, mut kinds, mut extra) = (0, 0, 0, 0, 0);
    let mut summary = GrowthSummary::default();
    for exp in &files {
        let name = exp
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".growth.jsonl"))
            .unwrap();
        let text = std::fs::read_to_string(root.join(format!("{name}.txt"))).unwrap();
        summary.add_text(&text);
        let mine: Vec<Value> = check_growth(&text)
            .iter()
            .filter_map(|c| c.record())
            .map(|r| serde_json::to_value(r).unwrap())
            .collect();
        let mut used = vec![false; mine.len()];
        for line in std::fs::read_to_string(exp).unwrap().lines() {
            if line.trim().is_empty() {
                continue;
            }
            let e: Value = serde_json::from_str(line).unwrap();
            total += 1;
            let hit = mine.iter().enumerate().position(|(i, m)| {
                !used[i]
                    && m["line"] == e["line"]
                    && same(num(&m["before"]), num(&e["before"]))
                    && same(num(&m["after"]), num(&e["after"]))
            });
            let Some(i) = hit else {
                println!("{name}: missed line {} {}", e["line"], e["metric"]);
                continue;
            };
            used[i] = true;
            found += 1;
            let m = &mine[i];
            if m["verdict"] == e["verdict"] {
                verdicts += 1;
            } else {
                println!(
                    "{name}: line {} verdict {} vs {}",
                    e["line"], m["verdict"], e["verdict"]
                );
            }
            if m["claim"]["kind"] == e["claim"]["kind"] {
                kinds += 1;
            } else {
                println!(
                    "{name}: line {} claim {} vs {}",
                    e["line"], m["claim"], e["claim"]
                );
            }
        }
        for (i, m) in mine.iter().enumerate() {
            if !used[i] {
                extra += 1;
                println!("{name}: extra line {} {}", m["line"], m["text"]);
            }
        }
    }
    println!(
        "sample documents: {found}/{total} statements found with the right values, \
         {verdicts}/{total} verdicts right, {kinds}/{total} claim kinds right, {extra} extra"
    );
    let t = summary.times;
    println!(
        "corpus aggregate: {} documents, {} statements; verdicts {:?}; 增长了N倍: {} strict, {} loose, {} neither, {} unverifiable",
        summary.documents,
        summary.statements,
        summary.verdicts,
        t.strict,
        t.loose,
        t.neither,
        t.unverifiable
    );
    // The samples hold 增长了N倍 claims of both readings.
    assert!(t.strict >= 1 && t.loose >= 1);
    assert!(found * 100 >= total * 90, "found {found}/{total}");
    assert!(verdicts * 100 >= total * 95, "verdicts {verdicts}/{total}");
}
