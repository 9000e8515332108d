//! Growth statements with claim verdicts: `growth [--json] [FILE|-]`.
//!
//! Finds every before/after or growth statement, computes exact metrics and checks the stated
//! claim under the standard reading of 倍, 番 and 百分点 (design.md §5 `growth --json`).
//! Without `--json` it prints one readable block per statement with the suggested wording.

use duikou::analytics::{CheckedStatement, GrowthSummary, check_growth};
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
                    duikou::render::growth(c, &mut out);
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
