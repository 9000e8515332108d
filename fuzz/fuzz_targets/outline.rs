//! The outline: every parent precedes its child, levels follow parents, spans lie inside the
//! input, reflowed paragraphs point inside the input.
#![no_main]

use duikou::tokenizer::{outline, paragraphs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let o = outline(src);
    for (i, h) in o.headings.iter().enumerate() {
        assert!(h.span.slice(src).is_some());
        assert_eq!(h.marker_span.slice(src), Some(h.marker));
        if let Some(p) = h.parent {
            assert!(p < i, "parent after child");
            assert_eq!(h.level, o.headings[p].level + 1, "level is not parent + 1");
        } else {
            assert_eq!(h.level, 1);
        }
    }
    for p in paragraphs(src) {
        for piece in &p.pieces {
            assert!(piece.slice(src).is_some());
        }
    }
});
