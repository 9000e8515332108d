//! A hospital named by its level alone: "县医院" where the document names one county hospital
//! in full (南木林县人民医院), "州医院" where it names one prefecture hospital.
//!
//! Reports and features say 县医院 for the county's hospital once they have named it; the
//! recogniser takes no name without its place. Each such bare word becomes a mention of the one
//! hospital of that level (with a department after it: 县医院外科), and bare departments listed
//! after it (…、麻醉科和妇产科) are its departments. With two hospitals of the level, or none,
//! the word is left alone.

use super::names::{LIST_JOINERS, Mention};
use crate::InstitutionKind;
use crate::extract::has::Has;

/// Bare level words and the endings of the full names they stand for.
const LEVELS: [(&str, &[&str]); 2] = [
    ("县医院", &["县人民医院", "县医院"]),
    ("州医院", &["州人民医院", "州医院"]),
];

/// Characters that, written right before a level word, make it part of a longer word or name
/// (各县医院, 全县医院, 乡县医院) rather than the bare hospital.
fn opens_bare(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            !super::names::is_cjk(c) || "的在到了为向对由从与和及、是给帮扶援助支持".contains(c)
        }
    }
}

/// Adds the mentions of bare level words to `mentions` (kept in document order).
pub(crate) fn add(src: &str, mut mentions: Vec<Mention>) -> Vec<Mention> {
    county_institutions(src, &mut mentions);
    for (word, endings) in LEVELS {
        if !src.has(word) {
            continue;
        }
        let mut full: Option<&str> = None;
        let mut unique = true;
        for m in &mentions {
            if m.pronoun || !endings.iter().any(|e| m.name.ends_with(e)) || m.name == word {
                continue;
            }
            match full {
                None => full = Some(&m.name),
                Some(f) if f == m.name => {}
                Some(_) => unique = false,
            }
        }
        let Some(full) = full.filter(|_| unique).map(str::to_owned) else {
            continue;
        };
        // Names the recogniser read with the bare word (县医院外科, and 县医院麻醉科 given
        // to a department listed after it): the hospital's.
        for m in &mut mentions {
            let Some(rest) = m.name.strip_prefix(word) else {
                continue;
            };
            let prev = src.get(..m.start).and_then(|b| b.chars().next_back());
            if m.surface.starts_with(word) && !opens_bare(prev) {
                continue;
            }
            m.name = format!("{full}{rest}");
        }
        let mut added: Vec<Mention> = Vec::new();
        for at in src.starts(word) {
            let end = at + word.len();
            let prev = src.get(..at).and_then(|b| b.chars().next_back());
            // Mentions are in order and apart: only the first that ends after `at` can cover it.
            let next = mentions.partition_point(|m| m.end <= at);
            let covered = mentions.get(next).is_some_and(|m| m.start < end);
            if !opens_bare(prev) || covered {
                continue;
            }
            let dept = super::names::department_after(src, end).unwrap_or(0);
            let surface_end = end + dept;
            let unit = src.get(end..surface_end).unwrap_or_default();
            added.push(Mention {
                start: at,
                end: surface_end,
                name: format!("{full}{unit}"),
                surface: src.get(at..surface_end).unwrap_or_default().to_owned(),
                kind: if unit.is_empty() {
                    InstitutionKind::Hospital
                } else {
                    InstitutionKind::Department
                },
                pronoun: false,
                parent: None,
            });
        }
        if added.is_empty() {
            continue;
        }
        mentions.extend(added);
        mentions.sort_by_key(|m| m.start);
        own_departments(src, &full, &mut mentions);
    }
    mentions
}

/// Institutions written with the bare 县 (县妇幼保健计划生育服务中心, 县藏医院) where the document
/// names one county (by itself or by its institutions): that county's (九寨沟县妇幼保健计划
/// 生育服务中心). 县医院 is left to the level words above (it names the county's one hospital,
/// whatever its full name).
fn county_institutions(src: &str, mentions: &mut [Mention]) {
    if !mentions.iter().any(|m| m.name.starts_with('县')) {
        return;
    }
    let mut county: Option<&str> = None;
    // The county each name is or starts with (九寨沟县 of 九寨沟县人民医院).
    for m in mentions.iter() {
        if m.pronoun {
            continue;
        }
        let Some(name) = super::speakers::county_of(crate::strip_place_prefix(&m.name)) else {
            continue;
        };
        if name.starts_with('县') {
            continue;
        }
        match county {
            None => county = Some(name),
            Some(c) if c == name => {}
            Some(_) => return,
        }
    }
    let Some(county) = county.map(str::to_owned) else {
        return;
    };
    for m in mentions.iter_mut() {
        let Some(rest) = m.name.strip_prefix('县') else {
            continue;
        };
        let prev = src.get(..m.start).and_then(|b| b.chars().next_back());
        if m.pronoun
            || !m.surface.starts_with('县')
            || !opens_bare(prev)
            || (m.kind == InstitutionKind::Other
                && !["中心", "院", "站", "所"].iter().any(|h| rest.ends_with(h)))
            || m.kind.is_place()
            || LEVELS.iter().any(|(w, _)| m.name.starts_with(w))
            || rest.chars().count() < 2
        {
            continue;
        }
        m.name = format!("{county}{rest}");
    }
}

/// Bare departments listed right after a department of `full` (县医院外科、麻醉科和妇产科)
/// become departments of `full`.
fn own_departments(src: &str, full: &str, mentions: &mut [Mention]) {
    let mut k = 1;
    while k < mentions.len() {
        let (head, tail) = mentions.split_at_mut(k);
        let (Some(prev), Some(cur)) = (head.last(), tail.first_mut()) else {
            break;
        };
        k += 1;
        let joined = src
            .get(prev.end..cur.start)
            .is_some_and(|g| LIST_JOINERS.contains(&g.trim()));
        if joined
            && prev.name.starts_with(full)
            && prev.name.len() > full.len()
            && cur.name == cur.surface
            && cur.surface.ends_with('科')
            && cur.surface.chars().count() <= 6
        {
            cur.name = format!("{full}{}", cur.surface);
            cur.kind = InstitutionKind::Department;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(src: &str) -> Vec<String> {
        super::super::names::names_after(src, add)
    }

    #[test]
    fn the_one_countys_institutions_written_with_bare_xian() {
        let got = names("九寨沟县人民医院与嘉兴市结对，嘉兴市中医医院结对了县藏医院。");
        assert!(got.iter().any(|n| n == "九寨沟县藏医院"), "{got:?}");
        // Two counties named: the bare 县 is left alone.
        let got = names("九寨沟县与松潘县结对，嘉兴市中医医院结对了县藏医院。");
        assert!(
            !got.iter()
                .any(|n| n.ends_with("县藏医院") && n != "县藏医院"),
            "{got:?}"
        );
    }

    #[test]
    fn one_county_hospital_names_the_bare_word() {
        let got = names("南木林县人民医院院长说，县医院外科已能独立手术。");
        assert!(got.iter().any(|n| n == "南木林县人民医院外科"), "{got:?}");
    }

    #[test]
    fn two_county_hospitals_leave_it_alone() {
        let got = names("南木林县人民医院和谢通门县人民医院结对，县医院外科已能独立手术。");
        assert!(
            !got.iter().any(|n| n.ends_with("县人民医院外科")),
            "{got:?}"
        );
    }

    #[test]
    fn a_bare_word_opens_only_after_a_particle() {
        assert!(opens_bare(None));
        assert!(opens_bare(Some('的')));
        assert!(opens_bare(Some('，')));
        assert!(!opens_bare(Some('各')));
        assert!(!opens_bare(Some('全')));
    }
}
