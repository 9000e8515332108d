//! Outline of a document: headings, levels, parents and anomalies.
//!
//! `cargo run --release --example outline -- [--json] [FILE|-]`
//!
//! With `--json`: JSON Lines, one object per heading (design.md §5):
//! `{"line":N,"level":L,"style":"cn_comma","ordinal":1,"marker":"一、","title":"…","parent":P|null,"anomalies":["gap",…]}`
//! (`title` is everything after the marker on its line), plus `"path"` for decimals and the
//! extra fields `head` (the title up to the first sentence end), `nominal_layer`, `segment`,
//! `sub` (第八条之一), `notes` (non-standard punctuation) and `toc_target` (line announced).
//! Without: an indented tree with anomalies flagged.

use std::fmt::Write as _;
use std::io::Write as _;

use duikou::cli::{Args, CliError};
use duikou::tokenizer::{Heading, Outline, outline};

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

fn json_line(o: &Outline<'_>, h: &Heading<'_>) -> String {
    let parent = h
        .parent
        .and_then(|p| o.headings.get(p))
        .map_or("null".to_owned(), |p| p.line.to_string());
    let contract: Vec<String> = o
        .anomalies_of(h)
        .iter()
        .filter(|a| a.kind.in_contract())
        .map(|a| json_str(a.kind.as_str()))
        .collect();
    let notes: Vec<String> = o
        .anomalies_of(h)
        .iter()
        .filter(|a| !a.kind.in_contract())
        .map(|a| json_str(a.kind.as_str()))
        .collect();
    let mut s = format!(
        "{{\"line\":{},\"level\":{},\"style\":\"{}\",\"ordinal\":{},\"marker\":{},\"title\":{},\"parent\":{},\"anomalies\":[{}]",
        h.line,
        h.level,
        h.style.as_str(),
        h.ordinal,
        json_str(h.marker),
        json_str(h.rest),
        parent,
        contract.join(",")
    );
    if let Some(p) = &h.path {
        let p: Vec<String> = p.iter().map(u32::to_string).collect();
        let _ = write!(s, ",\"path\":[{}]", p.join(","));
    }
    let _ = write!(
        s,
        ",\"head\":{},\"nominal_layer\":{},\"segment\":{}",
        json_str(h.title),
        h.nominal_layer,
        h.segment
    );
    if let Some(sub) = h.sub {
        let _ = write!(s, ",\"sub\":{sub}");
    }
    if !notes.is_empty() {
        let _ = write!(s, ",\"notes\":[{}]", notes.join(","));
    }
    if let Some(t) = h.toc_target.and_then(|t| o.headings.get(t)) {
        let _ = write!(s, ",\"toc_target\":{}", t.line);
    }
    s.push('}');
    s
}

fn tree_line(o: &Outline<'_>, h: &Heading<'_>) -> String {
    let indent = "  ".repeat(h.level.saturating_sub(1) as usize);
    let mut s = format!("{:>5}  {indent}{} {}", h.line, h.marker, h.title);
    let flags: Vec<String> = o
        .anomalies_of(h)
        .iter()
        .map(|a| match (a.expected, a.found) {
            (Some(e), Some(f)) => format!("{} (expected {e}, found {f})", a.kind.as_str()),
            _ => a.kind.as_str().to_owned(),
        })
        .collect();
    if let Some(t) = h.toc_target.and_then(|t| o.headings.get(t)) {
        let _ = write!(s, "  → line {}", t.line);
    }
    if !flags.is_empty() {
        let _ = write!(s, "   ⚠ {}", flags.join(", "));
    }
    s
}

fn main() -> std::process::ExitCode {
    duikou::cli::run("outline", "[--json] [FILE|-]", |argv| {
        let args = Args::parse(argv, &[])?;
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let io = CliError::Write;
        let inputs = args.inputs_or_samples()?;
        let many = inputs.len() > 1;
        for source in &inputs {
            let text = args.read(source)?;
            let o = outline(&text);
            if !args.json && many {
                writeln!(out, "== {}", source.name()).map_err(io)?;
            }
            for h in &o.headings {
                let line = if args.json {
                    json_line(&o, h)
                } else {
                    tree_line(&o, h)
                };
                writeln!(out, "{line}").map_err(io)?;
            }
            if !args.json {
                let segs: Vec<String> = o
                    .segments
                    .iter()
                    .map(|s| match s.title {
                        Some(t) if s.kind != duikou::tokenizer::SegmentKind::Document => {
                            format!(
                                "{:?}@{} «{}»",
                                s.kind,
                                s.line,
                                t.chars().take(16).collect::<String>()
                            )
                        }
                        _ => format!("{:?}@{}", s.kind, s.line),
                    })
                    .collect();
                writeln!(
                    out,
                    "-- {} headings, {} anomalies; segments: {}",
                    o.headings.len(),
                    o.anomalies.len(),
                    segs.join(" ")
                )
                .map_err(io)?;
            }
        }
        out.flush().map_err(io)
    })
}
