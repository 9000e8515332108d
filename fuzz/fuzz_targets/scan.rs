//! The quantity scanner: spans on char boundaries inside the input, text == &src[span],
//! increasing and non-overlapping spans, line numbers that agree with LineIndex.
#![no_main]

use duikou::tokenizer::{LineIndex, quantities, quantity_in_line};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let idx = LineIndex::new(src);
    let mut last_end = 0;
    for q in quantities(src) {
        assert_eq!(q.span.slice(src), Some(q.text));
        assert!(q.span.start >= last_end, "overlapping spans");
        assert_eq!(q.line, idx.line_of(q.span.start));
        last_end = q.span.end;
    }
    if let Some(q) = quantity_in_line(src) {
        assert_eq!(q.span.slice(src), Some(q.text));
    }
});
