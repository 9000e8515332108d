//! The owner named before a unit: "鼓楼区教育局所属福州第十六中学", "甲集团下属乙医院".
//!
//! The unit after 所属/下属/直属/旗下 is the party of what the clause reports; its owner only
//! places it. Kept, the owner would open the clause and be read as the one who sends or
//! gives. Its mention leaves the list before relations and contributions are read.

use super::names::Mention;
use crate::extract::has::Has;

/// Words between an owner and its unit.
const OWNS: [&str; 5] = ["所属", "下属", "直属", "旗下", "所辖"];

/// The mentions without the owners that stand right before 所属 (or the like) and a unit.
pub(crate) fn drop_owners(src: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    if !OWNS.iter().any(|w| src.has(w)) {
        return mentions;
    }
    let owner = |m: &Mention, next: Option<&Mention>| {
        let Some(next) = next else { return false };
        let gap = src.get(m.end..next.start).unwrap_or_default();
        OWNS.iter()
            .any(|w| gap == *w || gap.strip_suffix('的') == Some(*w))
    };
    let keep: Vec<bool> = mentions
        .iter()
        .enumerate()
        .map(|(k, m)| !owner(m, mentions.get(k + 1)))
        .collect();
    mentions
        .into_iter()
        .zip(keep)
        .filter_map(|(m, k)| k.then_some(m))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(src: &str) -> Vec<String> {
        super::super::names::names_after(src, drop_owners)
    }

    #[test]
    fn the_owner_goes_the_unit_stays() {
        let kept = names("鼓楼区教育局所属福州第十六中学与临洮县第二中学结为帮扶对子。");
        assert!(!kept.iter().any(|n| n == "鼓楼区教育局"), "{kept:?}");
        assert!(kept.iter().any(|n| n == "福州第十六中学"), "{kept:?}");
    }

    #[test]
    fn an_owner_with_no_unit_after_stays() {
        let kept = names("鼓楼区教育局所属学校共派出教师18人。");
        assert!(kept.iter().any(|n| n == "鼓楼区教育局"), "{kept:?}");
    }
}
