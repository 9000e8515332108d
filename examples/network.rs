//! Support network of a report: who supports whom, with what, since when.
//!
//! ```text
//! cargo run --release --example network -- [--json] [FILE|DIR|-]...
//! ```
//!
//! With `--json` it prints ONE JSON object per design.md §5. With several inputs the networks
//! are merged (institutions de-duplicated through the alias table) into that one object.
//! Without `--json` it prints a readable summary.

use duikou::cli::{self, Args, CliError};
use duikou::model::{AliasTable, SupportNetwork, extract};

fn main() -> std::process::ExitCode {
    cli::run("network", "[--json] [FILE|DIR|-]...", body)
}

fn body(argv: Vec<String>) -> Result<(), CliError> {
    let args = Args::parse(argv, &[])?;
    let mut nets = Vec::new();
    for source in args.inputs_or_samples()? {
        let text = args.read(&source)?;
        nets.push(extract(&text));
    }
    let net = if nets.len() == 1 {
        nets.pop().unwrap_or_default()
    } else {
        SupportNetwork::merge(nets, &AliasTable::builtin())
    };
    if args.json {
        let json = serde_json::to_string(&net.to_contract())
            .map_err(|e| CliError::Usage(format!("cannot serialise: {e}")))?;
        println!("{json}");
    } else {
        print!("{}", summary(&net));
    }
    Ok(())
}

fn summary(net: &SupportNetwork) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "author: {}",
        net.author.as_deref().unwrap_or("(not stated)")
    );
    for seg in net.segments.iter().filter(|g| g.author.is_some()) {
        let _ = writeln!(
            s,
            "  lines {}-{}: author {}",
            seg.start_line,
            seg.end_line,
            seg.author.as_deref().unwrap_or("?")
        );
    }
    let _ = writeln!(s, "\nrelations:");
    for r in net.relations.iter() {
        let sups: Vec<&str> = r.supporter_names().collect();
        let since = r
            .established
            .as_ref()
            .map_or(String::new(), |d| format!(" since {}", d.text));
        let line = r.evidence.first().map_or(0, |e| e.line);
        let _ = writeln!(
            s,
            "  {} → {} [{}{}]{}{}{}  (line {line})",
            sups.join("、"),
            r.recipient,
            r.kind.as_str(),
            if r.status.is_actual() {
                String::new()
            } else {
                format!(", {}", r.status.as_str())
            },
            since,
            r.duration
                .as_ref()
                .map_or(String::new(), |d| format!(" for {d}")),
            if r.disciplines.is_empty() {
                String::new()
            } else {
                format!(" disciplines: {}", r.disciplines.join("、"))
            },
        );
    }
    let _ = writeln!(s, "\ncontributions:");
    for c in &net.contributions {
        let _ = writeln!(
            s,
            "  {:<18} {:>10} {:<4} {:<6} {} → {}{}{}  (line {}: {})",
            c.kind.as_str(),
            c.value.to_string(),
            c.unit,
            c.approx.as_str(),
            c.supporter.as_deref().unwrap_or("?"),
            c.recipient.as_deref().unwrap_or("?"),
            if c.cumulative { " cumulative" } else { "" },
            if c.repeat_of.is_some() {
                " (repeat)"
            } else if c.part_of_total {
                " (part of a total)"
            } else if c.status.is_actual() {
                ""
            } else {
                " (not actual)"
            },
            c.amount.line,
            c.amount.text,
        );
    }
    let _ = writeln!(s, "\ntotals (actual, repeats excluded):");
    for t in net.totals() {
        let _ = writeln!(
            s,
            "  {:<18} {:>10} {}{}{}",
            t.kind.as_str(),
            t.value.to_string(),
            t.unit,
            if t.cumulative { " cumulative" } else { "" },
            if t.approx { " (approx.)" } else { "" }
        );
    }
    s
}
