//! The unit table (`data/units.txt`): counters and measures that may follow a numeral.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Units indexed by their first character (sorted), longest surface first.
struct UnitTable {
    by_first: Vec<(char, Vec<(&'static str, &'static str)>)>,
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
    let mut by_first: Vec<_> = by_first.into_iter().collect();
    for (_, list) in &mut by_first {
        list.sort_by_key(|(s, _)| core::cmp::Reverse(s.len()));
    }
    by_first.sort_by_key(|(c, _)| *c);
    UnitTable { by_first }
});

/// The base that marks a word starting with a unit but not one (`对口 -`).
const NOT_A_UNIT: &str = "-";

/// The longest unit at the start of `s`: `(bytes, base unit)`. `None` when no unit starts
/// there, or when the longest match is a word listed as not a unit (`对口`, `封闭`).
pub(crate) fn unit_prefix(s: &str) -> Option<(usize, &'static str)> {
    let c = s.chars().next()?;
    let table = &UNITS.by_first;
    table
        .get(table.binary_search_by_key(&c, |(a, _)| *a).ok()?)?
        .1
        .iter()
        .find(|(surface, _)| starts(s.as_bytes(), surface.as_bytes()))
        .filter(|(_, base)| *base != NOT_A_UNIT)
        .map(|(surface, base)| (surface.len(), *base))
}

/// `hay.starts_with(needle)` for short needles, compared from the far end (where the
/// surfaces under one first character differ) without a library call.
#[inline]
fn starts(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && needle.iter().zip(hay).rev().all(|(a, b)| a == b)
}

/// Whether some unit starts with `c` (a cheap pre-check).
pub(crate) fn starts_unit(c: char) -> bool {
    UNITS.by_first.binary_search_by_key(&c, |(a, _)| *a).is_ok()
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
        assert_eq!(unit_prefix("对结对学校"), Some((3, "对")));
        assert_eq!(unit_prefix("对口支援"), None);
        assert_eq!(unit_prefix("封感谢信"), Some((3, "封")));
        assert_eq!(unit_prefix("小時"), Some((6, "小時")));
        assert_eq!(unit_prefix("個月"), Some((6, "個月")));
    }
}
