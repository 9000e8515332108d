//! Unit tests of the prefix matcher's internals (the value table is testdata/numerals.tsv).

use super::*;

fn show(s: &str) -> String {
    match numeral_prefix(s) {
        None => "none".into(),
        Some(m) => {
            let v = match m.value {
                Ok(Number::Decimal(d)) => d.to_string(),
                Ok(Number::Fraction { numer, denom }) => format!("{numer}/{denom}"),
                Err(()) => "overflow".into(),
            };
            format!(
                "{} {} {} {:?} mult={} t={}",
                s.get(..m.len).unwrap_or("?"),
                v,
                m.scale.as_str(),
                m.script,
                m.has_multiplier,
                m.trailing_exp
            )
        }
    }
}

#[test]
#[ignore = "manual dump"]
fn dump() {
    for s in std::env::var("NUMERALS").unwrap_or_default().split(' ') {
        println!("{s:>12} => {}", show(s));
    }
}
