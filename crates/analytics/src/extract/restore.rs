//! Statements read from a text folded from traditional characters quote the original: the
//! folding keeps every offset, so each text is the original's bytes at the same place.

use crate::GrowthStatement;

/// Gives `s` (read from `folded`) the texts of `original` at the same spans. The metric has
/// no span of its own: it is looked for inside the statement, where it was read.
pub(super) fn quote_original(s: &mut GrowthStatement, original: &str, folded: &str) {
    let at = |a: usize, b: usize| original.get(a..b).map(str::to_owned);
    if let Some(t) = at(s.span.start, s.span.end) {
        s.snippet = t;
    }
    for f in s.before.iter_mut().chain(s.after.iter_mut()) {
        if let Some(t) = at(f.span.start, f.span.end) {
            f.text = t;
        }
    }
    if let Some(c) = &mut s.claim
        && let Some(t) = at(c.span.start, c.span.end)
    {
        c.text = t;
    }
    let within = |text: &str| -> Option<String> {
        if text.is_empty() {
            return None;
        }
        // From a little before the statement: a period (五年来) may open the sentence.
        let mut from = s.span.start.saturating_sub(120);
        while !folded.is_char_boundary(from) {
            from += 1;
        }
        let p = folded.get(from..s.span.end)?.find(text)? + from;
        at(p, p + text.len())
    };
    if let Some(t) = within(&s.metric) {
        s.metric = t;
    }
    if let Some(p) = &mut s.period
        && let Some(t) = within(&p.text)
    {
        p.text = t;
    }
}
