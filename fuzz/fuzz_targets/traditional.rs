//! Folding traditional characters never panics and never moves a byte: the folded text has
//! the input's length and char boundaries, and folding it again changes nothing but the
//! word forms already folded.
#![no_main]

use duikou::tokenizer::fold_traditional;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(folded) = fold_traditional(text) {
        assert_eq!(folded.len(), text.len());
        for (i, _) in text.char_indices() {
            assert!(folded.is_char_boundary(i));
        }
        // Folded text holds no traditional character of the table any more.
        assert!(folded.chars().all(|c| duikou::tokenizer::simplified_of(c).is_none()));
    }
    // The model reads the same text through the folding.
    let _ = duikou::model::extract(text);
});
