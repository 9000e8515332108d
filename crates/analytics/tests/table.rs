//! The hand-computed growth table (`testdata/growth.tsv`): every sentence is extracted and
//! checked, and the counts of statements found with the right values and of right verdicts are
//! printed (`cargo test -p duikou-analytics --test table -- --nocapture`).

use duikou_analytics::{GrowthRecord, Ratio, growth_statements};
use duikou_tokenizer::Decimal;

#[derive(Debug)]
struct Row {
    line: usize,
    sentence: String,
    metric: String,
    before: Option<String>,
    after: Option<String>,
    unit: String,
    kind: String,
    value: Option<String>,
    verdict: String,
}

fn opt(s: &str) -> Option<String> {
    (s != "-").then(|| s.to_owned())
}

fn rows() -> Vec<Row> {
    let text = include_str!("../testdata/growth.tsv");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 9, "line {}: {l}", i + 1);
            Row {
                line: i + 1,
                sentence: f[0].to_owned(),
                metric: f[1].to_owned(),
                before: opt(f[2]),
                after: opt(f[3]),
                unit: f[4].to_owned(),
                kind: f[5].to_owned(),
                value: opt(f[6]),
                verdict: f[7].to_owned(),
            }
        })
        .collect()
}

/// `1.5`, `-1.3`, `1/3` as an exact ratio.
fn ratio(s: &str) -> Ratio {
    match s.split_once('/') {
        Some((n, d)) => Ratio::new(n.parse().unwrap(), d.parse().unwrap()).unwrap(),
        None => Ratio::from_decimal(s.parse::<Decimal>().unwrap()).unwrap(),
    }
}

fn dec(s: &Option<String>) -> Option<Decimal> {
    s.as_deref().map(|s| s.parse().unwrap())
}

#[test]
fn hand_computed_table() {
    let rows = rows();
    let total_rows = rows.len();
    assert!(
        total_rows >= 80,
        "the table needs at least 80 rows, has {total_rows}"
    );
    let mut groups: Vec<Vec<&Row>> = Vec::new();
    for r in &rows {
        match groups.last_mut() {
            Some(g) if g[0].sentence == r.sentence => g.push(r),
            _ => groups.push(vec![r]),
        }
    }
    let (mut values_ok, mut metric_ok, mut verdict_ok, mut statements) = (0, 0, 0, 0);
    let mut problems = Vec::new();
    for g in &groups {
        let found = growth_statements(&g[0].sentence);
        if g[0].kind == "none" {
            statements += 1;
            let ok = found.is_empty();
            values_ok += usize::from(ok);
            verdict_ok += usize::from(ok);
            metric_ok += usize::from(ok);
            if !ok {
                problems.push(format!(
                    "line {}: expected no statement, found {found:?}",
                    g[0].line
                ));
            }
            continue;
        }
        if found.len() != g.len() {
            problems.push(format!(
                "line {}: expected {} statements, found {}: {:?}",
                g[0].line,
                g.len(),
                found.len(),
                found.iter().map(|s| &s.snippet).collect::<Vec<_>>()
            ));
        }
        for (k, row) in g.iter().enumerate() {
            statements += 1;
            let Some(s) = found.get(k) else { continue };
            let e = s.evaluate();
            let rec = GrowthRecord::new(s, &e);
            let claim = rec.as_ref().and_then(|r| r.claim.clone());
            let got_kind = claim.as_ref().map_or("none", |c| c.kind.as_str());
            let got_value = claim.as_ref().and_then(|c| c.value);
            let want_value = row.value.as_deref().map(ratio);
            let mut bad = Vec::new();
            if s.before.as_ref().map(|f| f.value) != dec(&row.before) {
                bad.push(format!("before {:?}", s.before.as_ref().map(|f| f.value)));
            }
            if s.after.as_ref().map(|f| f.value) != dec(&row.after) {
                bad.push(format!("after {:?}", s.after.as_ref().map(|f| f.value)));
            }
            if s.unit().unwrap_or("") != row.unit {
                bad.push(format!("unit {:?}", s.unit()));
            }
            if got_kind != row.kind {
                bad.push(format!("kind {got_kind}"));
            }
            if got_value != want_value {
                bad.push(format!("value {got_value:?}"));
            }
            if bad.is_empty() {
                values_ok += 1;
            }
            if s.metric == row.metric {
                metric_ok += 1;
            } else {
                bad.push(format!("metric {:?}", s.metric));
            }
            if e.verdict.as_str() == row.verdict {
                verdict_ok += 1;
            } else {
                bad.push(format!(
                    "verdict {} (rule {:?})",
                    e.verdict.as_str(),
                    e.rule
                ));
            }
            if !bad.is_empty() {
                problems.push(format!(
                    "line {} {}: {}",
                    row.line,
                    row.sentence,
                    bad.join("; ")
                ));
            }
        }
    }
    for p in &problems {
        println!("{p}");
    }
    println!(
        "growth table: {statements} statements in {} sentences; found with the right values {values_ok}/{statements}; \
         metric right {metric_ok}/{statements}; verdicts right {verdict_ok}/{statements}",
        groups.len()
    );
    // Every row's values and metric are read right today: any regression fails the table
    // (the bar, 90 %, is far below where the extractor stands).
    assert_eq!(values_ok, statements, "values: {values_ok}/{statements}");
    assert_eq!(metric_ok, statements, "metrics: {metric_ok}/{statements}");
    assert!(
        verdict_ok * 100 >= statements * 95,
        "verdicts: {verdict_ok}/{statements}"
    );
}
