//! Growth extraction and verdicts: spans inside the input quoting the text; whenever both
//! values and a ratio are present, before × ratio ≈ after; analyze() never panics.
#![no_main]

use duikou::analytics::check_growth;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    for c in check_growth(src) {
        if let Some(r) = c.record() {
            assert_eq!(src.get(r.start..r.end), Some(r.text.as_str()), "statement span");
            if let (Some(a), Some(b), Some(ratio)) = (r.before, r.after, r.ratio) {
                let (a, b, ratio) = (a.to_f64(), b.to_f64(), ratio.to_f64());
                // The ratio is rounded to 4 decimals.
                assert!((a * ratio - b).abs() <= a.abs() * 5e-5 + 1e-9, "A·R = B: {a} {ratio} {b}");
            }
        }
    }
    let report = duikou::analyze(src);
    assert_eq!(report.bytes, src.len());
});
