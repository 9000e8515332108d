//! Lists the numeric expressions of a document: quantities with units, percentages,
//! multiples, ranges, ordinals, dates and years.
//!
//! ```text
//! cargo run --release --example quantities -- [--json] [--lines] [FILE|-]
//! ```
//!
//! `--json` prints JSON Lines per design.md §5. A date range keeps the byte offset in `"end"`
//! and puts its end date both inside the date object (`"date":{…,"end":{…}}`) and in
//! `"date_end"`, so the two meanings of "end" never collide. `--lines` treats each input line
//! as one expression and prints exactly one object per line (`"kind":"none"` when the line
//! holds no quantity).

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use duikou::cli::{self, Args, CliError};
use duikou::tokenizer::{
    LineIndex, Number, PartialDate, Quantity, Span, Year, quantities, quantity_in_line,
};
use serde_json::{Value, json};

fn main() -> ExitCode {
    cli::run("quantities", "[--json] [--lines] [FILE|-]", body)
}

fn body(argv: Vec<String>) -> Result<(), CliError> {
    let args = Args::parse(argv, &["--lines"])?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let io = CliError::Write;
    for source in args.inputs_or_samples()? {
        let text = args.read(&source)?;
        if !args.json {
            writeln!(out, "== {}", source.name()).map_err(io)?;
            writeln!(
                out,
                " line  {}  {}  {}  {}  approx",
                pad("text", 22),
                pad("kind", 8),
                pad("value", 22),
                pad("unit", 6),
            )
            .map_err(io)?;
        }
        if args.lines {
            let index = LineIndex::new(&text);
            for n in 1..=index.line_count() {
                let line_no = u32::try_from(n).unwrap_or(u32::MAX);
                let Some(span) = index.line_span(line_no, &text) else {
                    continue;
                };
                if n == index.line_count() && span.is_empty() {
                    continue; // the empty "line" after a final newline
                }
                let line = span.slice(&text).unwrap_or("");
                let found = quantity_in_line(line).map(|mut q| {
                    q.span = q.span.shift(span.start);
                    q.line = line_no;
                    q
                });
                match found {
                    Some(q) => emit(&mut out, &q, args.json).map_err(io)?,
                    None => none(&mut out, line_no, span, line, args.json).map_err(io)?,
                }
            }
        } else {
            for q in quantities(&text) {
                emit(&mut out, &q, args.json).map_err(io)?;
            }
        }
    }
    out.flush().map_err(io)
}

/// One JSON Lines object, fields in the order of design.md §5.
#[derive(serde::Serialize)]
struct Out<'a> {
    line: u32,
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    value: Option<Number>,
    unit: Option<&'static str>,
    approx: Option<&'static str>,
    low: Option<Number>,
    high: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_end: Option<Value>,
}

/// A partial date as JSON: `{"year":Y|null,"month":M|null,"day":D|null}` plus the status of
/// the year (`known`, `redacted`, `absent`) and, when redacted, its visible digits.
fn date_json(d: &PartialDate) -> Value {
    let (status, prefix) = match d.year {
        Year::Known(_) => ("known", None),
        Year::Redacted { prefix } => ("redacted", prefix),
        _ => ("absent", None),
    };
    json!({
        "year": d.year.known(),
        "month": d.month,
        "day": d.day,
        "year_status": status,
        "year_prefix": prefix,
    })
}

fn emit(out: &mut impl Write, q: &Quantity<'_>, as_json: bool) -> std::io::Result<()> {
    if as_json {
        let date = q.date.as_ref().map(|d| {
            let mut date = date_json(d);
            if let (Some(e), Some(obj)) = (&q.date_end, date.as_object_mut()) {
                obj.insert("end".to_owned(), date_json(e));
            }
            date
        });
        let o = Out {
            line: q.line,
            start: q.span.start,
            end: q.span.end,
            text: q.text,
            kind: q.kind.as_str(),
            value: q.value,
            unit: q.unit,
            approx: Some(q.approx.as_str()),
            low: q.low,
            high: q.high,
            date,
            date_end: q.date_end.as_ref().map(date_json),
        };
        writeln!(out, "{}", serde_json::to_string(&o).unwrap_or_default())
    } else {
        let value = match (&q.value, &q.low, &q.high, &q.date) {
            (_, _, _, Some(d)) => {
                let mut s = show_date(d);
                if let Some(e) = &q.date_end {
                    s.push_str(" — ");
                    s.push_str(&show_date(e));
                }
                s
            }
            (Some(v), _, _, None) => show_number(*v),
            (None, Some(l), Some(h), None) => format!("{}–{}", show_number(*l), show_number(*h)),
            _ => String::new(),
        };
        writeln!(
            out,
            "{:>5}  {}  {}  {}  {}  {}",
            q.line,
            pad(q.text, 22),
            pad(q.kind.as_str(), 8),
            pad(&value, 22),
            pad(q.unit.unwrap_or(""), 6),
            q.approx.as_str()
        )
    }
}

fn none(
    out: &mut impl Write,
    line: u32,
    span: Span,
    text: &str,
    as_json: bool,
) -> std::io::Result<()> {
    if as_json {
        let o = Out {
            line,
            start: span.start,
            end: span.end,
            text,
            kind: "none",
            value: None,
            unit: None,
            approx: None,
            low: None,
            high: None,
            date: None,
            date_end: None,
        };
        writeln!(out, "{}", serde_json::to_string(&o).unwrap_or_default())
    } else {
        writeln!(out, "{line:>5}  {}  none", pad(text, 22))
    }
}

fn show_number(n: Number) -> String {
    match n.as_decimal() {
        Some(d) => d.to_string(),
        None => format!("{:.6}", n.to_f64()),
    }
}

fn show_date(d: &PartialDate) -> String {
    let year = match d.year {
        Year::Known(y) => y.to_string(),
        Year::Redacted { prefix: Some(p) } => format!("{p}??"),
        Year::Redacted { prefix: None } => "????".to_owned(),
        _ => "-".to_owned(),
    };
    let part = |v: Option<u8>| v.map_or_else(|| "-".to_owned(), |v| format!("{v:02}"));
    format!("{year}/{}/{}", part(d.month), part(d.day))
}

/// Pads to `width` terminal columns (CJK characters take two).
fn pad(s: &str, width: usize) -> String {
    let w: usize = s.chars().map(|c| if c >= '\u{1100}' { 2 } else { 1 }).sum();
    let mut out = s.to_owned();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}
