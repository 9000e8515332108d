//! Growth statements with claim verdicts: `growth [--json] [FILE|-]`.
//!
//! Finds every before/after or growth statement, computes exact metrics and checks the stated
//! claim under the standard reading of 倍, 番 and 百分点 (design.md §5 `growth --json`).
//! Without `--json` it prints one readable block per statement with the suggested wording.

use duikou::analytics::{CheckedStatement, GrowthSummary, Verdict, check_growth};
use duikou::cli::{self, Args};

fn main() -> std::process::ExitCode {
    cli::run("growth", "[--json] [FILE|-]", |argv| {
        let args = Args::parse(argv, &[])?;
        let mut summary = GrowthSummary::default();
        let mut out = String::new();
        for source in args.inputs_or_samples()? {
            let text = args.read(&source)?;
            let checked = check_growth(&text);
            if args.json {
                // The contract is one object per before/after statement: rate-only claims
                // (比上年增长1.9% with no before value) appear in the readable output only.
                for r in checked.iter().filter_map(CheckedStatement::record) {
                    if r.before.is_some() && r.after.is_some() {
                        out.push_str(&cli::json_line(&r)?);
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
        cli::write_stdout(&out)
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
