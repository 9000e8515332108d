//! The unit table (`data/units.txt`): counters and measures that may follow a numeral.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Units indexed by their first character (sorted), longest surface first, and an
/// open-addressing index from a first character to its entry (one multiply and usually one
/// probe instead of a binary search per lookup).
struct UnitTable {
    by_first: Vec<(char, Vec<(&'static str, &'static str)>)>,
    /// `SLOTS` slots of `(char as u32, index into by_first + 1)`; 0 marks an empty slot.
    slots: Vec<(u32, u32)>,
}

/// Slots of the index: a power of two, at least twice the number of first characters.
const SLOTS: usize = 2048;

/// The home slot of a first character.
fn slot(c: u32) -> usize {
    (c.wrapping_mul(0x9E37_79B1) >> 21) as usize & (SLOTS - 1)
}

impl UnitTable {
    /// The surfaces starting with `c`.
    fn lookup(&self, c: char) -> Option<&[(&'static str, &'static str)]> {
        let key = u32::from(c);
        let mut i = slot(key);
        loop {
            let &(k, at) = self.slots.get(i)?;
            if at == 0 {
                return None;
            }
            if k == key {
                let at = usize::try_from(at - 1).ok()?;
                return self.by_first.get(at).map(|(_, list)| list.as_slice());
            }
            i = (i + 1) & (SLOTS - 1);
        }
    }
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
    // The table holds a few hundred first characters, far below the slots: probing ends.
    let mut slots = vec![(0_u32, 0_u32); SLOTS];
    for (at, (c, _)) in by_first.iter().enumerate() {
        let key = u32::from(*c);
        let mut i = slot(key);
        while slots.get(i).is_some_and(|&(_, a)| a != 0) {
            i = (i + 1) & (SLOTS - 1);
        }
        if let (Some(s), Ok(a)) = (slots.get_mut(i), u32::try_from(at + 1)) {
            *s = (key, a);
        }
    }
    UnitTable { by_first, slots }
});

/// The base that marks a word starting with a unit but not one (`对口 -`).
const NOT_A_UNIT: &str = "-";

/// The longest unit at the start of `s`: `(bytes, base unit)`. `None` when no unit starts
/// there, or when the longest match is a word listed as not a unit (`对口`, `封闭`).
pub(crate) fn unit_prefix(s: &str) -> Option<(usize, &'static str)> {
    unit_prefix_of(s, s.chars().next()?)
}

/// [`unit_prefix`] with the first character of `s`, `c`, already read.
#[inline]
pub(crate) fn unit_prefix_of(s: &str, c: char) -> Option<(usize, &'static str)> {
    // Every surface in the list starts with `c`: compare what follows it.
    let skip = c.len_utf8();
    let hay = s.as_bytes().get(skip..).unwrap_or(&[]);
    UNITS
        .lookup(c)?
        .iter()
        .find(|(surface, _)| starts(hay, surface.as_bytes().get(skip..).unwrap_or(&[])))
        .filter(|(_, base)| *base != NOT_A_UNIT)
        .map(|(surface, base)| (surface.len(), *base))
}

/// `hay.starts_with(needle)` for short needles, without a library call.
#[inline]
fn starts(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && needle.iter().zip(hay).all(|(a, b)| a == b)
}

/// Whether some unit starts with `c` (a cheap pre-check).
pub(crate) fn starts_unit(c: char) -> bool {
    UNITS.lookup(c).is_some()
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
