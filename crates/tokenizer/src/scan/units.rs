//! The unit table (`data/units.txt`): counters and measures that may follow a numeral.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Units indexed by their first character, longest surface first.
struct UnitTable {
    by_first: HashMap<char, Vec<(&'static str, &'static str)>>,
}

static UNITS: LazyLock<UnitTable> = LazyLock::new(|| {
    let mut by_first: HashMap<char, Vec<(&'static str, &'static str)>> = HashMap::new();
    for line in include_str!("../../data/units.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        let Some(surface) = parts.next() else {
            continue;
        };
        let base = parts.next().unwrap_or(surface);
        if let Some(c) = surface.chars().next() {
            let list = by_first.entry(c).or_default();
            if !list.iter().any(|(s, _)| *s == surface) {
                list.push((surface, base));
            }
        }
    }
    for list in by_first.values_mut() {
        list.sort_by_key(|(s, _)| core::cmp::Reverse(s.len()));
    }
    UnitTable { by_first }
});

/// The longest unit at the start of `s`: `(bytes, base unit)`.
pub(crate) fn unit_prefix(s: &str) -> Option<(usize, &'static str)> {
    let c = s.chars().next()?;
    UNITS
        .by_first
        .get(&c)?
        .iter()
        .find(|(surface, _)| s.starts_with(surface))
        .map(|(surface, base)| (surface.len(), *base))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_and_base() {
        assert_eq!(unit_prefix("人次的"), Some((6, "人次")));
        assert_eq!(unit_prefix("人。"), Some((3, "人")));
        assert_eq!(unit_prefix("平米"), Some((6, "平方米")));
        assert_eq!(unit_prefix("个月"), Some((6, "个月")));
        assert_eq!(unit_prefix("思想"), None);
    }
}
