//! Readable text renderings shared by the example programs.

use duikou_analytics::{CheckedStatement, Verdict};
use duikou_model::SupportNetwork;

/// A readable summary of a support network: author(s), relations, contributions, totals.
///
/// # Examples
///
/// ```
/// let net = duikou::model::extract("南京大学对口支援伊犁师范学院。南京大学为伊犁师范学院捐赠图书1000册。");
/// let text = duikou::render::network(&net);
/// assert!(text.contains("南京大学 → 伊犁师范学院"));
/// assert!(text.contains("books_donated"));
/// ```
#[must_use]
pub fn network(net: &SupportNetwork) -> String {
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
            "  {:<26} {:>10} {:<4} {:<6} {} → {}{}{}  (line {}: {})",
            kind_label(c.kind, c.activity.as_deref()),
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
            "  {:<26} {:>10} {}{}{}",
            kind_label(t.kind, t.activity.as_deref()),
            t.value.to_string(),
            t.unit,
            if t.cumulative { " cumulative" } else { "" },
            if t.approx { " (approx.)" } else { "" }
        );
    }
    s
}

/// A contribution kind as printed: `other` with its activity (other:surgeries).
fn kind_label(kind: duikou_model::ContributionKind, activity: Option<&str>) -> String {
    match activity {
        Some(a) => format!("{}:{a}", kind.as_str()),
        None => kind.as_str().to_owned(),
    }
}

/// Appends a readable block for one checked growth statement: values, metrics, verdict,
/// the rule applied and the suggested wording.
///
/// # Examples
///
/// ```
/// let c = &duikou::analytics::check_growth("本科招生由1516人增加到2236人，增长了1.5倍。")[0];
/// let mut out = String::new();
/// duikou::render::growth(c, &mut out);
/// assert!(out.starts_with("LOOSE"));
/// assert!(out.contains("3790"));
/// ```
pub fn growth(c: &CheckedStatement, out: &mut String) {
    let s = &c.statement;
    let e = &c.evaluation;
    let fig = |f: Option<&duikou_analytics::Figure>| f.map_or("?".to_owned(), |f| f.text.clone());
    let after = match s.after.as_ref() {
        Some(f) if s.after_derived => format!(
            "({}{} not written: computed from the claim)",
            f.value,
            f.unit.as_deref().unwrap_or("")
        ),
        f => fig(f),
    };
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
        after,
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
