//! The strict numeral parsers never panic; a parsed value formats back to a numeral that
//! parses to the same value.
#![no_main]

use duikou::tokenizer::{Number, parse_numeral, parse_numeral_prefix, to_chinese};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(n) = parse_numeral(s) {
        if let Number::Decimal(d) = n.value {
            let back = parse_numeral(&to_chinese(d)).map(|m| m.value);
            assert_eq!(back, Ok(Number::Decimal(d)), "round trip of {s:?}");
        }
    }
    if let Ok((_, rest)) = parse_numeral_prefix(s) {
        assert!(s.ends_with(rest) && rest.len() < s.len());
    }
});
