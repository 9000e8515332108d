//! An institution's relation to a whole area, shadowed by its relation to a unit of that area.
//!
//! "我县民族中学由鄞州区东钱湖中学结对帮扶，该校全年接收我县跟岗教师14人次": the school hosts
//! teachers of the county, which reads as 鄞州区东钱湖中学 → 紫云县; but the school's pairing is
//! with 紫云县民族中学, a unit of the county, and the county-wide relation says nothing more.
//! Areas supporting areas (鄞州区 → 紫云县 beside 鄞州区 → 紫云县民族中学) are kept: a district
//! and a county are paired as wholes.

use super::fast_hash::FastSet;
use crate::extract::has::Has;

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
        .any(|w| name.has(w))
}

/// Drops weak relations shadowed by a pair with a unit of their recipient: the supporters
/// (no areas themselves) of a relation read from people hosted (`hosted`: indexes into the
/// relations, all from `rel_start` on, one segment's) or from people sent to an institution,
/// when the segment also relates them to a unit of that recipient (a name that starts with
/// the recipient's: 紫云县民族中学 for 紫云县, 青海师范大学地理科学学院 for 青海师范大学).
/// People sent to an area (选派3名干部到美姑县挂职) or help stated stand on their own.
pub(crate) fn drop_area_shadows(net: &mut SupportNetwork, rel_start: usize, hosted: &[usize]) {
    use crate::RelationKind;
    let weak = |k: usize, r: &crate::SupportRelation| {
        // `hosted` is in increasing order (pushed as the relations are built).
        hosted.binary_search(&k).is_ok()
            || (r.kind == RelationKind::TeacherDispatch && !is_area(&r.recipient))
    };
    let weak_at: Vec<usize> = net
        .relations
        .iter()
        .enumerate()
        .skip(rel_start)
        .filter(|(k, r)| weak(*k, r))
        .map(|(k, _)| k)
        .collect();
    if weak_at.is_empty() {
        return;
    }
    let recipients: FastSet<&str> = net
        .relations
        .iter()
        .skip(rel_start)
        .map(|r| r.recipient.as_str())
        .collect();
    // (supporter, recipient) for every unit of a recipient the supporter is related to: the
    // proper prefixes of each recipient's name that are recipients themselves (a bounded
    // number of prefixes per name).
    let mut unit_pairs: FastSet<(String, String)> = FastSet::default();
    for r in net.relations.iter().skip(rel_start) {
        for (i, _) in r.recipient.char_indices().skip(2).take(40) {
            let Some(head) = r.recipient.get(..i) else {
                continue;
            };
            if recipients.contains(head) {
                for s in r.supporter_names() {
                    unit_pairs.insert((s.to_owned(), head.to_owned()));
                }
            }
        }
    }
    if unit_pairs.is_empty() {
        return;
    }
    for k in weak_at {
        let Some(r) = net.relations.get_mut(k) else {
            continue;
        };
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
            "紫云县东西部协作情况通报\n　　我县民族中学由鄞州区东钱湖中学结对帮扶，该校全年接收我县跟岗教师14人次。\n",
        );
        let pairs = net.pairs();
        assert!(
            pairs.contains(&("鄞州区东钱湖中学", "紫云县民族中学")),
            "{pairs:?}"
        );
        assert!(
            !pairs.contains(&("鄞州区东钱湖中学", "紫云县")),
            "{pairs:?}"
        );
    }

    #[test]
    fn people_sent_to_an_institution_yield_to_the_pair_with_its_unit() {
        let net = crate::extract(
            "西藏民族大学工作总结\n陕西师范大学对口支援我校。陕西师范大学历史文化学院与我校历史学院结成学科共建对子，派出教师5人次来我校讲学。\n",
        );
        let pairs = net.pairs();
        assert!(
            pairs.contains(&("陕西师范大学历史文化学院", "西藏民族大学历史学院")),
            "{pairs:?}"
        );
        assert!(
            !pairs.contains(&("陕西师范大学历史文化学院", "西藏民族大学")),
            "{pairs:?}"
        );
    }

    #[test]
    fn an_area_keeps_its_area_pair() {
        let net = crate::extract(
            "紫云县东西部协作情况通报\n　　鄞州区对口帮扶我县。我县民族中学则由鄞州区负责帮扶。\n",
        );
        assert!(
            net.pairs().contains(&("鄞州区", "紫云县")),
            "{:?}",
            net.pairs()
        );
    }
}
