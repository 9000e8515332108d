//! Decoding arbitrary bytes never panics; decoded UTF-8 input is returned byte for byte.
#![no_main]

use duikou::tokenizer::decode::{DecodeOptions, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let auto = decode(data, &DecodeOptions::default());
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(auto.as_ref().map(|d| d.text.as_str()).ok(), Some(text));
    }
    let lossy = decode(data, &DecodeOptions { encoding: Some("gb18030".into()), lossy: true });
    assert!(lossy.is_ok());
    if let Ok(d) = auto {
        let idx = duikou::tokenizer::LineIndex::new(&d.text);
        assert!(idx.line_count() >= 1);
    }
});
