//! The whole pipeline: `report [--json] [FILE|DIR|-]...`.
//!
//! For each document: the outline in brief, the support network, contributions and totals,
//! and every growth statement with its verdict and suggested wording; then the networks of all
//! documents merged (institutions de-duplicated through the alias table), with totals per
//! supporter and the corpus-wide verdict counts. Documents are analysed in parallel on all
//! cores. With no argument it runs on the bundled sample documents in `examples/data/`.

use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use duikou::analytics::{GrowthSummary, NetworkTotals};
use duikou::cli::{self, Args, CliError, Source};
use duikou::model::{AliasTable, SupportNetwork};
use duikou::{Report, analyze};
use serde::Serialize;

fn main() -> std::process::ExitCode {
    cli::run(
        "report",
        "[--json] [--encoding NAME] [--lossy] [FILE|DIR|-]...",
        body,
    )
}

/// One analysed document.
#[derive(Serialize)]
struct Document {
    file: String,
    report: Report,
}

/// The corpus-wide part of the output.
#[derive(Serialize)]
struct Corpus<'a> {
    documents: &'a [Document],
    network: &'a SupportNetwork,
    totals: &'a NetworkTotals,
    growth_summary: &'a GrowthSummary,
}

fn body(argv: Vec<String>) -> Result<(), CliError> {
    let args = Args::parse(argv, &[])?;
    let sources = args.inputs_or_samples()?;
    let docs = analyze_all(&args, &sources)?;
    let merged = SupportNetwork::merge(
        docs.iter().map(|d| d.report.network.clone()),
        &AliasTable::builtin(),
    );
    let totals = NetworkTotals::of(&merged);
    let mut summary = GrowthSummary::default();
    for d in &docs {
        summary.merge(&d.report.growth_summary);
    }
    let out = if args.json {
        cli::json_line(&Corpus {
            documents: &docs,
            network: &merged,
            totals: &totals,
            growth_summary: &summary,
        })?
    } else {
        let mut out = String::new();
        for d in &docs {
            document_text(d, &mut out);
        }
        if docs.len() > 1 {
            corpus_text(&merged, &totals, &summary, docs.len(), &mut out);
        }
        out
    };
    cli::write_stdout(&out)
}

/// Reads and analyses every source on all cores, keeping the input order. Prints a progress
/// line on stderr when the run takes longer than a second.
fn analyze_all(args: &Args, sources: &[Source]) -> Result<Vec<Document>, CliError> {
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(sources.len().max(1));
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<Document, CliError>>>> =
        Mutex::new((0..sources.len()).map(|_| None).collect());
    let start = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(source) = sources.get(i) else { break };
                    let result = args.read(source).map(|text| Document {
                        file: source.name(),
                        report: analyze(&text),
                    });
                    if let Ok(mut slots) = results.lock()
                        && let Some(slot) = slots.get_mut(i)
                    {
                        *slot = Some(result);
                    }
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if start.elapsed() > Duration::from_secs(1)
                        && (n.is_multiple_of(50) || n == sources.len())
                    {
                        eprintln!("report: {n}/{} documents analysed", sources.len());
                    }
                }
            });
        }
    });
    let slots = results
        .into_inner()
        .map_err(|_| CliError::Output("a worker failed".to_owned()))?;
    slots
        .into_iter()
        .map(|r| {
            r.unwrap_or_else(|| Err(CliError::Output("a document was not analysed".to_owned())))
        })
        .collect()
}

fn document_text(d: &Document, out: &mut String) {
    let r = &d.report;
    let o = &r.outline;
    let _ = writeln!(
        out,
        "══ {} ({} bytes, {} lines, {} numeric expressions)",
        d.file, r.bytes, r.lines, r.quantities
    );
    let styles: Vec<String> = o.by_style.iter().map(|(k, v)| format!("{k} {v}")).collect();
    let _ = writeln!(
        out,
        "\n── outline: {} headings, depth {}, {} table-of-contents entries; styles: {}",
        o.headings,
        o.max_level,
        o.toc_entries,
        styles.join(", ")
    );
    for seg in o
        .segments
        .iter()
        .filter(|s| s.kind != "document" && s.kind != "body")
    {
        let _ = writeln!(
            out,
            "   {} at line {}: {}",
            seg.kind,
            seg.line,
            seg.title.as_deref().unwrap_or("")
        );
    }
    for a in &o.anomaly_list {
        let detail = match (a.expected, a.found) {
            (Some(e), Some(f)) => format!(" (expected {e}, found {f})"),
            _ => String::new(),
        };
        let _ = writeln!(out, "   ⚠ line {}: {}{detail}", a.line, a.kind);
    }
    let _ = writeln!(out, "\n── support network");
    for l in duikou::render::network(&r.network).lines() {
        let _ = writeln!(out, "   {l}");
    }
    let _ = writeln!(
        out,
        "\n── growth statements: {} ({} consistent, {} loose_multiple, {} inconsistent, {} unverifiable)",
        r.growth.len(),
        r.growth_summary.verdicts.consistent,
        r.growth_summary.verdicts.loose_multiple,
        r.growth_summary.verdicts.inconsistent,
        r.growth_summary.verdicts.unverifiable,
    );
    for c in &r.growth {
        let mut block = String::new();
        duikou::render::growth(c, &mut block);
        for l in block.lines() {
            let _ = writeln!(out, "   {l}");
        }
    }
    out.push('\n');
}

fn corpus_text(
    net: &SupportNetwork,
    totals: &NetworkTotals,
    s: &GrowthSummary,
    n: usize,
    out: &mut String,
) {
    let _ = writeln!(
        out,
        "══ all {n} documents: {} institutions, {} relations, {} contributions",
        net.institutions.len(),
        net.relations.len(),
        net.contributions.len()
    );
    let _ = writeln!(out, "\n── who supports whom");
    for (sup, rec) in net.pairs() {
        let _ = writeln!(out, "   {sup} → {rec}");
    }
    let _ = writeln!(
        out,
        "\n── totals per supporter (actual amounts; 人 and 人次, cumulative and periodic kept apart)"
    );
    for (name, ts) in &totals.by_supporter {
        let parts: Vec<String> = ts
            .iter()
            .map(|t| {
                format!(
                    "{} {}{}{}{}",
                    t.kind.as_str(),
                    t.value,
                    t.unit,
                    if t.approx { "+" } else { "" },
                    if t.cumulative { " (cumulative)" } else { "" }
                )
            })
            .collect();
        let _ = writeln!(out, "   {name}: {}", parts.join("; "));
    }
    for r in &totals.rankings {
        let entries: Vec<String> = r
            .entries
            .iter()
            .map(|e| format!("{} {}", e.name, e.value))
            .collect();
        let _ = writeln!(
            out,
            "   ranking {} ({}): {}",
            r.kind.as_str(),
            r.unit,
            entries.join(" > ")
        );
    }
    let t = s.times;
    let _ = writeln!(
        out,
        "\n── growth claims: {} statements; {} consistent, {} loose_multiple, {} inconsistent, {} unverifiable\n   增长了N倍: {} read strictly (B = A·(1+N)), {} loosely (B = A·N), {} neither; {} decreases stated in 倍",
        s.statements,
        s.verdicts.consistent,
        s.verdicts.loose_multiple,
        s.verdicts.inconsistent,
        s.verdicts.unverifiable,
        t.strict,
        t.loose,
        t.neither,
        t.decrease
    );
}
