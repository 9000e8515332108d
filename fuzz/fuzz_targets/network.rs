//! Network extraction: evidence lies inside the input on char boundaries and quotes it,
//! the JSON round trip is lossless, and normalising twice changes nothing.
#![no_main]

use duikou::model::{AliasTable, SupportNetwork, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let net = extract(src);
    for r in &net.relations {
        for e in &r.evidence {
            assert_eq!(src.get(e.start..e.end), Some(e.text.as_str()), "relation evidence");
        }
    }
    for c in &net.contributions {
        assert_eq!(src.get(c.amount.start..c.amount.end), Some(c.amount.text.as_str()));
    }
    let json = serde_json::to_string(&net).expect("serialisable");
    let back: SupportNetwork = serde_json::from_str(&json).expect("round trip");
    assert_eq!(back, net);
    let mut twice = net.clone();
    twice.normalize(&AliasTable::builtin());
    let once = twice.clone();
    twice.normalize(&AliasTable::builtin());
    assert_eq!(once, twice, "normalize is idempotent");
});
