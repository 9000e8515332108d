//! An institution's relation to a whole area, shadowed by its relation to a unit of that area.
//!
//! "我县第二中学则由奉化区岳林中学负责帮扶，该校今年接收我县跟岗教师26人次": the school hosts
//! teachers of the county, which reads as 奉化区岳林中学 → 望谟县; but the school's pairing is
//! with 望谟县第二中学, a unit of the county, and the county-wide relation says nothing more.
//! Areas supporting areas (奉化区 → 望谟县 beside 奉化区 → 望谟县第二中学) are kept: a district
//! and a county are paired as wholes.

use std::collections::HashSet;

use crate::SupportNetwork;

/// Whether `name` is an area and nothing else: a county, district, city, prefecture or
/// province (望谟县, 宁波市奉化区, 黔西南州), not a body or a unit of one (望谟县人民医院).
fn is_area(name: &str) -> bool {
    let n = name.chars().count();
    (2..=12).contains(&n)
        && name.ends_with(['县', '区', '市', '州', '省', '旗', '盟'])
        && ![
            "学校", "学院", "大学", "医院", "中学", "小学", "中心", "园区", "校区",
        ]
        .iter()
        .any(|w| name.contains(w))
}

/// Drops, from the relations read from hosted people (`hosted`: indexes into the relations,
/// all from `rel_start` on, one segment's), the supporters that are no area themselves and
/// whose recipient is an area to one of whose units (a name starting with the area's) they
/// are also related in the segment. Help stated or people sent to the area (选派3名干部到美姑县
/// 挂职, 接收乡城县学生) stand as relations of their own.
pub(crate) fn drop_area_shadows(net: &mut SupportNetwork, rel_start: usize, hosted: &[usize]) {
    if hosted.is_empty() {
        return;
    }
    let mut unit_pairs: HashSet<(String, String)> = HashSet::new();
    let mut areas: Vec<&str> = Vec::new();
    for r in net.relations.iter().skip(rel_start) {
        if is_area(&r.recipient) {
            areas.push(&r.recipient);
        }
    }
    areas.sort_unstable();
    areas.dedup();
    if areas.is_empty() {
        return;
    }
    for r in net.relations.iter().skip(rel_start) {
        if is_area(&r.recipient) {
            continue;
        }
        for a in &areas {
            if r.recipient.len() > a.len() && r.recipient.starts_with(a) {
                for s in r.supporter_names() {
                    unit_pairs.insert((s.to_owned(), (*a).to_owned()));
                }
            }
        }
    }
    if unit_pairs.is_empty() {
        return;
    }
    for &k in hosted {
        let Some(r) = net.relations.get_mut(k) else {
            continue;
        };
        if !is_area(&r.recipient) {
            continue;
        }
        let recipient = r.recipient.clone();
        r.supporters.retain(|s| {
            is_area(&s.name) || !unit_pairs.contains(&(s.name.clone(), recipient.clone()))
        });
    }
    let mut i = 0usize;
    net.relations.retain(|r| {
        i += 1;
        i <= rel_start || !r.supporters.is_empty()
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_and_bodies() {
        for a in ["望谟县", "宁波市奉化区", "黔西南州", "浙江省", "宁波市"] {
            assert!(is_area(a), "{a}");
        }
        for a in [
            "望谟县人民医院",
            "奉化区岳林中学",
            "杭州市第二中学",
            "理工学院",
        ] {
            assert!(!is_area(a), "{a}");
        }
    }

    #[test]
    fn a_school_paired_with_a_school_of_the_county_does_not_support_the_county() {
        let net = crate::extract(
            "望谟县东西部协作工作简报\n　　我县第二中学则由奉化区岳林中学负责帮扶，该校今年接收我县跟岗教师26人次。\n",
        );
        let pairs = net.pairs();
        assert!(
            pairs.contains(&("奉化区岳林中学", "望谟县第二中学")),
            "{pairs:?}"
        );
        assert!(!pairs.contains(&("奉化区岳林中学", "望谟县")), "{pairs:?}");
    }

    #[test]
    fn an_area_keeps_its_area_pair() {
        let net = crate::extract(
            "望谟县东西部协作工作简报\n　　奉化区对口帮扶我县。我县第二中学则由奉化区负责帮扶。\n",
        );
        assert!(
            net.pairs().contains(&("奉化区", "望谟县")),
            "{:?}",
            net.pairs()
        );
    }
}
