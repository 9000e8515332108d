//! The period of a statement: `5年来`, `近五年`, `2019—2024年`, `从2019年的…到2024年的…`,
//! `“十三五”期间`.

use duikou_tokenizer::{Quantity, QuantityKind};

use crate::Period;

/// Five-year plans (五年规划): name, first and last year. The base year of the plan's growth
/// figures is the year before the first.
const PLANS: &[(&str, i32)] = &[
    ("十五", 2001),
    ("十一五", 2006),
    ("十二五", 2011),
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
];

fn whole(q: &Quantity<'_>) -> Option<i64> {
    let d = q.value?.as_decimal()?;
    i64::try_from(d.to_i128()?).ok()
}

/// Finds the period written in `sentence` (which starts at byte `base` of `src`), given the
/// quantities inside it.
pub(crate) fn find(src: &str, base: usize, sentence: &str, qs: &[Quantity<'_>]) -> Option<Period> {
    let after = |q: &Quantity<'_>| src.get(q.span.end..).unwrap_or("");
    let before = |q: &Quantity<'_>| src.get(..q.span.start).unwrap_or("");
    // N年来 / 近N年 / N年间.
    for q in qs {
        if q.unit == Some("年") && q.kind != QuantityKind::Year {
            let rest = after(q);
            let tail = ["来", "间", "中", "内", "里"]
                .iter()
                .any(|t| rest.starts_with(t));
            if tail || before(q).ends_with('近') {
                let years = whole(q).and_then(|n| u32::try_from(n).ok())?;
                let start = if before(q).ends_with('近') {
                    q.span.start.saturating_sub(3)
                } else {
                    q.span.start
                };
                let end = q.span.end + if tail { 3 } else { 0 };
                return Some(Period {
                    years: Some(years),
                    from: None,
                    to: None,
                    text: src.get(start..end).unwrap_or(q.text).to_owned(),
                });
            }
        }
    }
    // Explicit years: a range or the first and last year mentioned.
    let mut years: Vec<(i32, usize, usize)> = Vec::new();
    for q in qs {
        match q.kind {
            QuantityKind::Year => {
                if let Some(y) = q.date.and_then(|d| d.year.known()) {
                    years.push((y, q.span.start, q.span.end));
                }
                if let Some(y) = q.date_end.and_then(|d| d.year.known()) {
                    years.push((y, q.span.start, q.span.end));
                }
            }
            QuantityKind::Range if q.unit == Some("年") => {
                for n in [q.low, q.high].into_iter().flatten() {
                    let y = n
                        .as_decimal()
                        .and_then(|d| i32::try_from(d.to_i128()?).ok());
                    if let Some(y) = y.filter(|y| (1900..2200).contains(y)) {
                        years.push((y, q.span.start, q.span.end));
                    }
                }
            }
            _ => {}
        }
    }
    if let (Some(first), Some(last)) = (years.first(), years.last())
        && last.0 > first.0
    {
        return Some(Period {
            years: u32::try_from(last.0 - first.0).ok(),
            from: Some(first.0),
            to: Some(last.0),
            text: if last.2.saturating_sub(first.1) <= 60 {
                src.get(first.1..last.2).unwrap_or("").to_owned()
            } else {
                format!("{}—{}", first.0, last.0)
            },
        });
    }
    // Five-year plans.
    let _ = base;
    if !sentence.contains('五') {
        return None;
    }
    PLANS.iter().rev().find_map(|&(name, first)| {
        let i = sentence.find(name)?;
        let quoted = sentence.get(i + name.len()..)?;
        let ok = quoted.starts_with('”')
            || quoted.starts_with('"')
            || quoted.starts_with("期间")
            || quoted.starts_with("时期");
        ok.then(|| Period {
            years: Some(5),
            from: Some(first - 1),
            to: Some(first + 4),
            text: format!("“{name}”期间"),
        })
    })
}
