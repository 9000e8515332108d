//! Growth statements with claim verdicts: `growth [--json] [FILE|-]`.
//!
//! Finds every before/after or growth statement, computes exact metrics and checks the stated
//! claim under the standard reading of 倍, 番 and 百分点 (design.md §5 `growth --json`).
//! Without `--json` it prints one readable block per statement with the suggested wording.

use duikou::analytics::{CheckedStatement, GrowthSummary, Verdict, check_growth};
use duikou::cli::{self, Args, CliError};
use std::io::Write;

fn main() -> std::process::ExitCode {
    cli::run("growth", "[--json] [FILE|-]", |argv| {
        let args = Args::parse(argv, &[])?;
        let mut summary = GrowthSummary::default();
        let mut out = String::new();
        for source in args.inputs_or_samples()? {
            let text = args.read(&source)?;
            let checked = check_growth(&text);
            if args.json {
                for c in &checked {
                    if let Some(r) = c.record() {
                        let line = serde_json::to_string(&r).map_err(|e| CliError::Decode {
                            path: source.name(),
                            message: e.to_string(),
                        })?;
                        out.push_str(&line);
                        out.push('\n');
                    }
                }
            } else {
                out.push_str(&format!("== {}\n", source.name()));
                for c in &checked {
                    summary.add(&c.statement, &c.evaluation);
                    readable(c, &mut out);
                }
            }
        }
        if !args.json {
            let t = summary.times;
            out.push_str(&format!(
                "\n{} statements ({} with before and after): {} consistent, {} loose_multiple, {} inconsistent, {} unverifiable\n\
                 增长了N倍 claims: {} strict, {} loose (B/A ≈ N), {} neither, {} unverifiable; {} decreases in 倍\n",
                summary.statements,
                summary.with_values,
                summary.verdicts.consistent,
                summary.verdicts.loose_multiple,
                summary.verdicts.inconsistent,
                summary.verdicts.unverifiable,
                t.strict,
                t.loose,
                t.neither,
                t.unverifiable,
                t.decrease,
            ));
        }
        // A closed pipe (`growth | head`) ends the output quietly.
        let mut stdout = std::io::stdout().lock();
        match stdout
            .write_all(out.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Io {
                path: "-".to_owned(),
                source: e,
            }),
            _ => Ok(()),
        }
    })
}

fn readable(c: &CheckedStatement, out: &mut String) {
    let s = &c.statement;
    let e = &c.evaluation;
    let fig = |f: Option<&duikou::analytics::Figure>| f.map_or("?".to_owned(), |f| f.text.clone());
    let claim = s.claim.as_ref().map_or("—", |c| c.text.as_str());
    let mark = match e.verdict {
        Verdict::Consistent => "ok  ",
        Verdict::LooseMultiple => "LOOSE",
        Verdict::Inconsistent => "WRONG",
        _ => "  ?  ",
    };
    out.push_str(&format!(
        "{mark} line {}: {} {} → {}, {}  [{}]\n",
        s.line,
        if s.metric.is_empty() {
            "(metric)"
        } else {
            &s.metric
        },
        fig(s.before.as_ref()),
        fig(s.after.as_ref()),
        claim,
        e.verdict.as_str(),
    ));
    if let Some(m) = &e.metrics {
        let ratio = m
            .ratio
            .and_then(|r| r.round_to(4))
            .map_or("—".to_owned(), |r| r.to_string());
        let pct = m
            .pct_change
            .and_then(|r| r.round_to(2))
            .map_or("—".to_owned(), |r| format!("{r}%"));
        let pp = m
            .pp_change
            .map_or(String::new(), |p| format!(", {p} 个百分点"));
        out.push_str(&format!(
            "      B/A = {ratio}, change {} ({pct}{pp})\n",
            m.abs_change
        ));
    }
    if let Some(x) = e.expected.as_ref().and_then(|x| x.strict_after)
        && e.verdict == Verdict::LooseMultiple
    {
        out.push_str(&format!(
            "      rule {} ({}): the stated claim implies {}\n",
            e.rule.formula(),
            e.rule.source(),
            x.round_to(2)
                .map_or(x.to_string(), |d| d.normalized().to_string()),
        ));
    }
    if let Some(u) = e.usage_error {
        out.push_str(&format!("      usage error: {}\n", u.as_str()));
    }
    if !e.suggestions.is_empty() {
        out.push_str(&format!("      suggest: {}\n", e.suggestions.join(" 或 ")));
    }
}
