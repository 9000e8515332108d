//! Towns written without their county (下应街道 in a table of town pairs between 鄞州区 and
//! 紫云县) take the county of their side: 鄞州区下应街道, 紫云县松山街道第一小学.
//!
//! A bare town name is ambiguous across documents (many counties have a 城关镇); a network
//! merged from many reports needs the county. The county is taken only when the segment pairs
//! exactly one county-level area with exactly one other, so that the side of a town in a
//! pair says whose it is; otherwise the names stay as written.

use std::collections::BTreeSet;

use super::fast_hash::FastMap;
use super::has::Has;

use crate::SupportNetwork;

/// Marks of a town-level place, longest first.
const TOWN_MARKS: [&str; 4] = ["街道", "苏木", "镇", "乡"];

/// Whether `name` opens with a town written without its county: two to four characters and a
/// town mark, none of them a county-level or higher place mark (王母街道第一小学, 石屯镇;
/// not 望谟县石屯镇, not 乡城县).
fn bare_town(name: &str) -> bool {
    for (n, (i, c)) in name.char_indices().enumerate().take(6) {
        if matches!(c, '省' | '市' | '州' | '县' | '区' | '旗' | '盟') {
            return false;
        }
        if n >= 2
            && let Some(rest) = name.get(i..)
            && TOWN_MARKS.iter().any(|m| rest.starts_with(m))
        {
            return name
                .get(..i)
                .is_some_and(|head| head.chars().all(super::names::is_cjk));
        }
    }
    false
}

/// The county-level part of an area's name (宁波市奉化区 → 奉化区, 望谟县 → 望谟县), when the
/// name is a county-level area and nothing else.
fn county_level(name: &str) -> Option<&str> {
    // Drop the places above it (浙江省宁波市奉化区, 黔西南州望谟县), one at a time.
    let mut tail = name;
    for _ in 0..3 {
        let cut = tail
            .char_indices()
            .take(8)
            .skip(2)
            .find(|(_, c)| matches!(c, '省' | '市' | '州' | '盟'))
            .map(|(i, c)| i + c.len_utf8());
        match cut.and_then(|k| tail.get(k..)) {
            Some(rest) if rest.chars().count() >= 3 => tail = rest,
            _ => break,
        }
    }
    let n = tail.chars().count();
    ((3..=6).contains(&n)
        && tail.ends_with(['县', '区', '旗'])
        && !tail.ends_with("自治区")
        && !tail.ends_with("园区"))
    .then_some(tail)
}

/// The town a bare town's name opens with (荒地乡 of 荒地乡中心小学), mark included.
fn town_head(name: &str) -> Option<&str> {
    if !bare_town(name) {
        return None;
    }
    name.char_indices().skip(2).take(4).find_map(|(i, _)| {
        let rest = name.get(i..)?;
        let mark = TOWN_MARKS.iter().find(|m| rest.starts_with(**m))?;
        name.get(..i + mark.len())
    })
}

/// The place a town is written under somewhere in the segment (喀什市荒地乡 → 荒地乡 is
/// 喀什市's), by town; a town written under two places is left out.
fn written_places(
    net: &SupportNetwork,
    rel_start: usize,
    con_start: usize,
) -> FastMap<String, Option<String>> {
    let mut out: FastMap<String, Option<String>> = FastMap::default();
    let names = net
        .relations
        .iter()
        .skip(rel_start)
        .flat_map(|r| {
            r.supporter_names()
                .chain(core::iter::once(r.recipient.as_str()))
        })
        .chain(net.contributions.iter().skip(con_start).flat_map(|c| {
            c.supporter
                .iter()
                .chain(c.recipient.iter())
                .map(String::as_str)
        }));
    for name in names {
        // The place: up to the last county-level or city mark among the first eight characters.
        let Some(end) = name
            .char_indices()
            .take(8)
            .filter(|(_, c)| matches!(c, '县' | '区' | '市' | '旗'))
            .map(|(i, c)| i + c.len_utf8())
            .last()
        else {
            continue;
        };
        let (Some(place), Some(town)) = (name.get(..end), name.get(end..).and_then(town_head))
        else {
            continue;
        };
        out.entry(town.to_owned())
            .and_modify(|p| {
                if p.as_deref() != Some(place) {
                    *p = None;
                }
            })
            .or_insert_with(|| Some(place.to_owned()));
    }
    out
}

/// Qualifies the bare towns of the relations and contributions from `rel_start` and
/// `con_start` on (one segment's) with the county-level area of their side.
pub(crate) fn qualify(net: &mut SupportNetwork, rel_start: usize, con_start: usize) {
    // A town the segment writes under its place elsewhere (喀什市荒地乡) is that place's
    // wherever it stands bare (荒地乡中心小学 → 喀什市荒地乡中心小学).
    let known = written_places(net, rel_start, con_start);
    if !known.is_empty() {
        rename_all(net, rel_start, con_start, |name, _| {
            let Some(Some(place)) = town_head(name).and_then(|t| known.get(t)) else {
                return None;
            };
            Some(format!("{place}{name}"))
        });
    }
    let mut sup_areas: BTreeSet<&str> = BTreeSet::new();
    let mut rec_areas: BTreeSet<&str> = BTreeSet::new();
    for r in net.relations.iter().skip(rel_start) {
        let Some(rec) = county_level(&r.recipient) else {
            continue;
        };
        for s in r.supporter_names() {
            if let Some(sup) = county_level(s) {
                sup_areas.insert(sup);
                rec_areas.insert(rec);
            }
        }
    }
    if sup_areas.is_empty() && rec_areas.is_empty() {
        // A segment whose one helped county is paired with a place of another level (南京市 →
        // 墨竹工卡县): a bare town helped is that county's (工卡镇司法所 → 墨竹工卡县工卡镇司法所).
        let helped: BTreeSet<&str> = net
            .relations
            .iter()
            .skip(rel_start)
            .filter_map(|r| county_level(&r.recipient))
            .collect();
        if let Some(rec) = one(&helped) {
            let rec = rec.to_owned();
            rename_all(net, rel_start, con_start, |name, supporting| {
                (!supporting && bare_town(name)).then(|| format!("{rec}{name}"))
            });
            return;
        }
        within_county(net, rel_start, con_start);
        return;
    }
    let (Some(sup), Some(rec)) = (one(&sup_areas), one(&rec_areas)) else {
        return;
    };
    if sup == rec {
        return;
    }
    let (sup, rec) = (sup.to_owned(), rec.to_owned());
    rename_all(net, rel_start, con_start, |name, supporting| {
        bare_town(name).then(|| format!("{}{name}", if supporting { &sup } else { &rec }))
    });
}

/// Renames the parties of the relations and contributions from `rel_start` and `con_start` on
/// (one segment's) by `to` (given each name and whether it supports), and the institutions so
/// renamed, keeping the written name as an alias.
fn rename_all(
    net: &mut SupportNetwork,
    rel_start: usize,
    con_start: usize,
    to: impl Fn(&str, bool) -> Option<String>,
) {
    let mut renames: FastMap<String, String> = FastMap::default();
    let mut rename = |name: &mut String, supporting: bool| {
        if let Some(full) = to(name, supporting) {
            renames.insert(name.clone(), full.clone());
            *name = full;
        }
    };
    for r in net.relations.iter_mut().skip(rel_start) {
        for s in &mut r.supporters {
            rename(&mut s.name, true);
        }
        rename(&mut r.recipient, false);
    }
    for c in net.contributions.iter_mut().skip(con_start) {
        if let Some(s) = c.supporter.as_mut() {
            rename(s, true);
        }
        if let Some(r) = c.recipient.as_mut() {
            rename(r, false);
        }
    }
    for i in &mut net.institutions {
        if let Some(to) = renames.get(i.name.as_str()) {
            let from = core::mem::replace(&mut i.name, to.clone());
            i.add_alias(&from);
        }
    }
}

/// The county-level area a county's institution is named after (金寨县人民医院 → 金寨县).
fn county_prefix(name: &str) -> Option<&str> {
    // Autonomous counties have long names (镇宁布依族苗族自治县人民医院).
    let autonomous = ["自治县", "自治旗"]
        .iter()
        .filter_map(|m| name.find_str(m).map(|p| p + m.len()))
        .find(|&end| name.get(..end).is_some_and(|h| h.chars().count() <= 12));
    let end = match autonomous {
        Some(end) => end,
        None => {
            let (i, c) = name
                .char_indices()
                .take(6)
                .skip(1)
                .find(|(_, c)| matches!(c, '县' | '区' | '旗'))?;
            i + c.len_utf8()
        }
    };
    (end < name.len()).then(|| name.get(..end)).flatten()
}

/// In a segment that pairs no areas, a county's institution paired with a bare town's (县医院
/// with 古碑镇卫生院, a county's 医共体) helps a town of its own county.
fn within_county(net: &mut SupportNetwork, rel_start: usize, con_start: usize) {
    let mut renames: FastMap<String, String> = FastMap::default();
    for r in net.relations.iter_mut().skip(rel_start) {
        if !bare_town(&r.recipient) {
            continue;
        }
        let counties: BTreeSet<&str> = r.supporter_names().filter_map(county_prefix).collect();
        if let Some(county) = one(&counties) {
            let full = format!("{county}{}", r.recipient);
            renames.insert(r.recipient.clone(), full.clone());
            r.recipient = full;
        }
    }
    if renames.is_empty() {
        return;
    }
    for c in net.contributions.iter_mut().skip(con_start) {
        if let Some(r) = c.recipient.as_mut()
            && let Some(to) = renames.get(r.as_str())
        {
            r.clone_from(to);
        }
    }
    for i in &mut net.institutions {
        if let Some(to) = renames.get(i.name.as_str()) {
            let from = core::mem::replace(&mut i.name, to.clone());
            i.add_alias(&from);
        }
    }
}

fn one<'a>(set: &BTreeSet<&'a str>) -> Option<&'a str> {
    let mut it = set.iter();
    match (it.next(), it.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_towns_are_told_from_qualified_ones() {
        for t in [
            "石屯镇",
            "王母街道",
            "王母街道第一小学",
            "萧王庙街道",
            "仲莎乡小学",
        ] {
            assert!(bare_town(t), "{t}");
        }
        for t in [
            "望谟县石屯镇",
            "乡城县",
            "奉化区锦屏街道",
            "城镇",
            "宁波市",
            "北京大学",
        ] {
            assert!(!bare_town(t), "{t}");
        }
    }

    #[test]
    fn county_prefixes_of_institutions() {
        assert_eq!(county_prefix("金寨县人民医院"), Some("金寨县"));
        assert_eq!(
            county_prefix("镇宁布依族苗族自治县人民医院"),
            Some("镇宁布依族苗族自治县")
        );
        assert_eq!(county_prefix("金寨县"), None);
        assert_eq!(county_prefix("青岛大学附属医院"), None);
    }

    #[test]
    fn county_level_parts() {
        assert_eq!(county_level("宁波市奉化区"), Some("奉化区"));
        assert_eq!(county_level("望谟县"), Some("望谟县"));
        assert_eq!(county_level("宁波市"), None);
        assert_eq!(county_level("新疆维吾尔自治区"), None);
        assert_eq!(county_level("望谟县人民医院"), None);
    }

    #[test]
    fn towns_take_the_county_of_their_side() {
        let net = crate::extract(
            "鄞州区对口帮扶紫云县。\n序号\t受援镇\t结对镇\n1\t松山街道\t下应街道\n2\t猫营镇\t姜山镇\n",
        );
        let pairs = net.pairs();
        assert!(
            pairs.contains(&("鄞州区下应街道", "紫云县松山街道")),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&("鄞州区姜山镇", "紫云县猫营镇")),
            "{pairs:?}"
        );
    }

    #[test]
    fn a_county_hospital_helps_towns_of_its_county() {
        let net = crate::extract("　　霍山县人民医院对口帮扶佛子岭镇卫生院和诸佛庵镇卫生院。\n");
        assert_eq!(
            net.pairs(),
            [
                ("霍山县人民医院", "霍山县佛子岭镇卫生院"),
                ("霍山县人民医院", "霍山县诸佛庵镇卫生院")
            ]
        );
    }

    #[test]
    fn two_areas_on_a_side_leave_towns_as_written() {
        let net = crate::extract(
            "鄞州区对口帮扶紫云县，北仑区对口帮扶册亨县。\n序号\t受援镇\t结对镇\n1\t松山街道\t下应街道\n",
        );
        assert!(
            net.pairs().contains(&("下应街道", "松山街道")),
            "{:?}",
            net.pairs()
        );
    }
}
