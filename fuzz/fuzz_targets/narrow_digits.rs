//! Narrowing full-width digits never panics, and every offset of the narrowed text maps back
//! onto a character boundary of the input; the model and growth read the narrowed text and
//! quote the input at those offsets.
#![no_main]

use duikou::tokenizer::narrow_digits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(n) = narrow_digits(text) {
        assert!(n.text.len() <= text.len());
        for (i, _) in n.text.char_indices() {
            assert!(text.is_char_boundary(n.to_original(i)));
        }
        assert_eq!(n.to_original(n.text.len()), text.len());
    }
    let net = duikou::model::extract(text);
    for c in &net.contributions {
        assert_eq!(text.get(c.amount.start..c.amount.end), Some(c.amount.text.as_str()));
    }
    for g in duikou::analytics::growth_statements(text) {
        assert_eq!(text.get(g.span.start..g.span.end), Some(g.snippet.as_str()));
    }
});
