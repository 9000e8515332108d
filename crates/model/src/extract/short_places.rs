//! Places written short where the text also gives them whole: an autonomous county (三都县
//! beside 三都水族自治县第二中学) and a district listed after another of its city (深圳市福田区、
//! 南山区). The short names take the whole one; the forms as written stay aliases. A county's
//! units written from its short name on (三都县人民医院) stay as written, as a district's do.

use crate::extract::has::Has;
use std::collections::BTreeMap;

use crate::SupportNetwork;

/// Peoples named in the designations of autonomous counties (水族, 布依族苗族, 土家族).
const PEOPLES: [&str; 44] = [
    "水",
    "苗",
    "布依",
    "土家",
    "彝",
    "藏",
    "回",
    "蒙古",
    "哈萨克",
    "满",
    "瑶",
    "侗",
    "壮",
    "黎",
    "傣",
    "哈尼",
    "白",
    "羌",
    "纳西",
    "傈僳",
    "拉祜",
    "佤",
    "仡佬",
    "土",
    "撒拉",
    "保安",
    "东乡",
    "裕固",
    "鄂温克",
    "达斡尔",
    "朝鲜",
    "锡伯",
    "塔吉克",
    "毛南",
    "仫佬",
    "畲",
    "景颇",
    "独龙",
    "怒",
    "普米",
    "鄂伦春",
    "柯尔克孜",
    "布朗",
    "各",
];

/// The place of an autonomous county's name read back from just before its 自治县: the
/// designation (one people or more, each ending in 族) stripped, then two characters.
fn place_before(head: &str) -> Option<(&str, &str)> {
    let mut rest = head;
    let mut peoples = 0;
    while let Some(r) = rest.strip_suffix('族') {
        let people = PEOPLES
            .iter()
            .filter(|p| r.ends_with(**p))
            .max_by_key(|p| p.len())?;
        rest = r.get(..r.len() - people.len())?;
        peoples += 1;
    }
    if peoples == 0 {
        return None;
    }
    let start = rest.char_indices().rev().nth(1).map(|(i, _)| i)?;
    let place = rest.get(start..)?;
    place
        .chars()
        .all(super::names::is_cjk)
        .then(|| (place, head.get(start..).unwrap_or_default()))
}

/// The full names of the autonomous counties the text writes, keyed by their short form:
/// 三都水族自治县第二中学 gives 三都县 → 三都水族自治县. At most 64 occurrences are read.
fn short_forms(src: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for at in src.starts("自治县").take(64) {
        let from = src
            .get(..at)
            .unwrap_or_default()
            .char_indices()
            .rev()
            .nth(15)
            .map_or(0, |(i, _)| i);
        let Some((place, full_head)) = src.get(from..at).and_then(place_before) else {
            continue;
        };
        out.entry(format!("{place}县"))
            .or_insert_with(|| format!("{full_head}自治县"));
    }
    out
}

/// The autonomous counties the text writes whole, keyed by their short form (天祝县 →
/// 天祝藏族自治县); empty when the text names none.
pub(crate) fn whole_counties(src: &str) -> BTreeMap<String, String> {
    if src.has("自治县") {
        short_forms(src)
    } else {
        BTreeMap::new()
    }
}

/// Districts listed after a district of a city (深圳市福田区、南山区、罗湖区): 南山区 → 深圳市南山区.
/// At most 64 lists are read.
fn listed_districts(src: &str, out: &mut BTreeMap<String, String>) {
    for at in src.starts("区、").take(64) {
        // The first item: <city>市<district>区, the city two to four characters.
        let head = src.get(..at).unwrap_or_default();
        let from = head.char_indices().rev().nth(9).map_or(0, |(i, _)| i);
        let item = head.get(from..).unwrap_or_default();
        let Some(shi) = item.rfind('市') else {
            continue;
        };
        let district = item.get(shi + '市'.len_utf8()..).unwrap_or_default();
        let city_start = item
            .get(..shi)
            .unwrap_or_default()
            .char_indices()
            .rev()
            .take_while(|(_, c)| super::names::is_cjk(*c))
            .take(4)
            .last()
            .map(|(i, _)| i);
        let Some(city_start) = city_start else {
            continue;
        };
        let city = item
            .get(city_start..shi + '市'.len_utf8())
            .unwrap_or_default();
        if !(2..=3).contains(&district.chars().count()) || !(3..=5).contains(&city.chars().count())
        {
            continue;
        }
        // The items after it: two or three characters and 区 each.
        let mut rest = src.get(at + "区、".len()..).unwrap_or_default();
        for _ in 0..6 {
            // The 区 within the next four characters (no search past the list).
            let Some(end) = super::text::first_chars(rest, 4).find('区') else {
                break;
            };
            let body = rest.get(..end).unwrap_or_default();
            if !(2..=3).contains(&body.chars().count()) || !body.chars().all(super::names::is_cjk) {
                break;
            }
            out.entry(format!("{body}区"))
                .or_insert_with(|| format!("{city}{body}区"));
            match rest.get(end + '区'.len_utf8()..) {
                Some(r) if r.starts_with('、') => {
                    rest = r.get('、'.len_utf8()..).unwrap_or_default()
                }
                _ => break,
            }
        }
    }
}

/// The district at the head of a governing body's name, with its city (嘉兴市秀洲区发展和改革局
/// gives 秀洲区 → 嘉兴市秀洲区): the city two to four characters after the start or a province,
/// the district two or three characters, and a body after it (…局, …人民政府, …委员会,
/// …办公室). A school or a hospital named after its district (常州市新北区实验中学) is none.
fn district_of_body(name: &str) -> Option<(&str, &str)> {
    // A former post's body (原天津市红桥区教育局) names the district as well.
    let name = name.strip_prefix('原').unwrap_or(name);
    let from = name.find('省').map_or(0, |p| p + '省'.len_utf8());
    let tail = name.get(from..)?;
    let shi = tail.find('市')?;
    let after = tail.get(shi + '市'.len_utf8()..)?;
    let qu = super::text::first_chars(after, 4).find('区')?;
    let district = after.get(..qu + '区'.len_utf8())?;
    let body = after.get(qu + '区'.len_utf8()..)?;
    let whole = tail.get(..shi + '市'.len_utf8() + district.len())?;
    ((2..=4).contains(&tail.get(..shi)?.chars().count())
        && (3..=4).contains(&district.chars().count())
        && body.chars().count() >= 2
        && body.ends_with(['局', '府', '委', '会', '室', '办'])
        && tail.chars().all(super::names::is_cjk))
    .then_some((district, whole))
}

/// Districts the text names whole only at the head of a governing body's name (the author
/// 嘉兴市秀洲区发展和改革局, a former post 原天津市红桥区教育局副局长), keyed by the bare form:
/// written bare (秀洲区与松潘县结对), the district as a whole keeps the city, as it does when
/// the text writes it whole first. A district written under two cities is left as written.
pub(crate) fn body_districts<'a>(names: impl Iterator<Item = &'a str>) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, Option<String>> = BTreeMap::new();
    for name in names {
        if let Some((district, whole)) = district_of_body(name) {
            let e = out
                .entry(district.to_owned())
                .or_insert_with(|| Some(whole.to_owned()));
            if e.as_deref() != Some(whole) {
                *e = None;
            }
        }
    }
    out.into_iter()
        .filter_map(|(short, whole)| Some((short, whole?)))
        .collect()
}

/// Renames every name that is, or starts with, a short form the text also gives whole: an
/// autonomous county (三都县 → 三都水族自治县, and its seat 三都县城; its units, 三都县第二中学,
/// stay as written) and a listed district (南山区 →
/// 深圳市南山区); and a district named whole only in a body's name, written bare (秀洲区 →
/// 嘉兴市秀洲区; `exact`, from [`body_districts`], renames exact names only: units written from
/// the district on, 秀洲区教育局, stay as written).
pub(crate) fn expand_short_places(
    net: &mut SupportNetwork,
    src: &str,
    exact: &BTreeMap<String, String>,
) {
    let mut forms = short_forms(src);
    if src.has("区、") {
        listed_districts(src, &mut forms);
    }
    if forms.is_empty() && exact.is_empty() {
        return;
    }
    // The aliases keep the forms as written; a renamed institution keeps its short name too.
    let written: Vec<(String, Vec<String>)> = net
        .institutions
        .iter()
        .map(|i| (i.name.clone(), i.aliases.clone()))
        .collect();
    net.map_text(|text| {
        if let Some(whole) = exact.get(text.as_str()) {
            *text = whole.clone();
            return;
        }
        let Some((short, full)) = forms.iter().find(|(s, _)| text.starts_with(s.as_str())) else {
            return;
        };
        // 三都县城 (the county seat) is a place in the county, renamed too; 三都县人 is no name
        // the network holds. A county's unit (三都县第二中学, 松桃县孟溪镇) keeps the name the
        // text gives it.
        let rest = text.get(short.len()..).unwrap_or_default().to_owned();
        if short.ends_with('县') && !rest.is_empty() && !rest.starts_with('城') {
            return;
        }
        *text = format!("{full}{rest}");
    });
    for (inst, (name, mut aliases)) in net.institutions.iter_mut().zip(written) {
        if inst.name != name && !aliases.contains(&name) {
            aliases.push(name);
        }
        inst.aliases = aliases;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract;

    #[test]
    fn a_short_county_takes_the_full_name_the_text_writes() {
        let net = extract(
            "华南师范大学研究生支教团在三都水族自治县第二中学支教。华南师范大学对口支援三都县。",
        );
        assert!(
            net.pairs().contains(&("华南师范大学", "三都水族自治县")),
            "{:?}",
            net.pairs()
        );
        assert!(!net.pairs().iter().any(|(_, r)| *r == "三都县"));
        // The form as written stays an alias.
        let county = net
            .institutions
            .iter()
            .find(|i| i.name == "三都水族自治县")
            .expect("the county");
        assert!(county.aliases.iter().any(|a| a == "三都县"), "{county:?}");
    }

    #[test]
    fn a_short_countys_units_stay_as_written() {
        let net = extract(
            "苏州市吴中区对口帮扶松桃苗族自治县。吴中区木渎镇与松桃县孟溪镇结成友好镇。苏州市吴中人民医院与松桃县人民医院结对。",
        );
        let pairs = net.pairs();
        assert!(
            pairs.contains(&("苏州市吴中区", "松桃苗族自治县")),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&("吴中区木渎镇", "松桃县孟溪镇")),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&("苏州市吴中人民医院", "松桃县人民医院")),
            "{pairs:?}"
        );
    }

    #[test]
    fn a_district_listed_after_another_takes_its_city() {
        let net = extract("深圳市福田区、南山区分别对口帮扶凌云县、乐业县。");
        assert_eq!(
            net.pairs(),
            [("深圳市南山区", "乐业县"), ("深圳市福田区", "凌云县")]
        );
    }

    #[test]
    fn the_authors_district_written_bare_takes_the_city_of_its_name() {
        let net = extract(
            "绍兴市柯桥区农业农村局工作总结\n柯桥区与剑河县结对开展东西部协作。柯桥区教育局与剑河县第一中学签订帮扶协议。",
        );
        assert_eq!(net.author.as_deref(), Some("绍兴市柯桥区农业农村局"));
        let pairs = net.pairs();
        assert!(pairs.contains(&("绍兴市柯桥区", "剑河县")), "{pairs:?}");
        // A unit written from the district on stays as written.
        assert!(
            pairs.contains(&("柯桥区教育局", "剑河县第一中学")),
            "{pairs:?}"
        );
        // Another unit's name qualifies no bare district.
        let net =
            extract("湖州市吴兴区实验小学与镇宁县第一小学结对。吴兴区与镇宁县结对开展东西部协作。");
        assert!(
            net.pairs().contains(&("吴兴区", "镇宁县")),
            "{:?}",
            net.pairs()
        );
    }

    #[test]
    fn a_former_posts_bureau_names_the_district_too() {
        let net =
            extract("——原苏州市姑苏区教育局副局长口述\n姑苏区对口帮扶石阡县，区里给了二十万元。");
        assert_eq!(net.pairs(), [("苏州市姑苏区", "石阡县")]);
    }

    #[test]
    fn a_designation_of_several_peoples_is_read_back() {
        assert_eq!(
            place_before("支援镇宁布依族苗族"),
            Some(("镇宁", "镇宁布依族苗族"))
        );
        assert_eq!(place_before("三都水族"), Some(("三都", "三都水族")));
        assert_eq!(place_before("某某大学"), None);
    }

    #[test]
    fn without_the_full_name_the_short_one_stays() {
        let net = extract("华南师范大学对口支援三都县。");
        assert_eq!(net.pairs(), [("华南师范大学", "三都县")]);
    }
}
