//! Statements read from a rewritten text quote the original. A text in traditional characters
//! is read folded to simplified ones (every offset kept); full-width digits are read narrowed
//! to ASCII ones (offsets mapped back), and a text wrapped at a fixed width is read joined (offsets
//! mapped back). Each span is moved to the original and each text is the
//! original's bytes there.

use duikou_tokenizer::Span;

use crate::GrowthStatement;

/// Gives `s` (read from `read`) the spans and texts of `original`; `map` takes an offset of
/// `read` (a span's start, or with `true` its end) to the original's. The metric has no span of
/// its own: it is looked for inside the statement, where it was read; a metric or a period
/// read across a joined line break keeps the text read.
pub(super) fn quote_original(
    s: &mut GrowthStatement,
    original: &str,
    read: &str,
    map: &impl Fn(usize, bool) -> usize,
) {
    let moved = |sp: Span| Span::new(map(sp.start, false), map(sp.end, true));
    let at = |sp: Span| original.get(sp.start..sp.end).map(str::to_owned);
    let within = |text: &str| -> Option<String> {
        if text.is_empty() {
            return None;
        }
        // From a little before the statement: a period (五年来) may open the sentence.
        let mut from = s.span.start.saturating_sub(120);
        while !read.is_char_boundary(from) {
            from += 1;
        }
        let p = read.get(from..s.span.end)?.find(text)? + from;
        at(moved(Span::new(p, p + text.len()))).filter(|t| !t.contains('\n'))
    };
    let metric = within(&s.metric);
    let period = s.period.as_ref().and_then(|p| within(&p.text));
    if let Some(t) = metric {
        s.metric = t;
    }
    if let (Some(p), Some(t)) = (&mut s.period, period) {
        p.text = t;
    }
    s.span = moved(s.span);
    if let Some(t) = at(s.span) {
        s.snippet = t;
    }
    for f in s.before.iter_mut().chain(s.after.iter_mut()) {
        f.span = moved(f.span);
        if let Some(t) = at(f.span) {
            f.text = t;
        }
    }
    if let Some(c) = &mut s.claim {
        c.span = moved(c.span);
        if let Some(t) = at(c.span) {
            c.text = t;
        }
    }
}
