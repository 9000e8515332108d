//! An enterprise's subsidiary written after the group's full name, with no mark between them
//! (云南电网有限责任公司文山供电局, 中国南方电网有限责任公司超高压输电公司): one institution, the
//! subsidiary, not the group followed by a fragment the recogniser leaves out. A county's branch
//! written alone (巴里坤县供电分公司) is then the one group's whose branches the text writes in
//! full (国网哈密供电公司伊吾县供电分公司).

use super::names::{Mention, is_cjk};
use crate::InstitutionKind as K;
use crate::extract::has::Has;

/// What a subsidiary's name ends with.
const SUBSIDIARY_ENDS: [&str; 6] = [
    "供电分公司",
    "供电公司",
    "输电公司",
    "供电局",
    "分公司",
    "子公司",
];

/// At most this many characters of the subsidiary's own name before its end.
const MAX_OWN: usize = 6;

/// Adds the subsidiary written right after a company's full name (…有限责任公司 or …有限公司),
/// its span replacing the company's.
pub(crate) fn company_units(
    src: &str,
    mentions: &[Mention],
    added: &mut Vec<Mention>,
    replace: &mut Vec<(usize, usize)>,
) {
    for m in mentions
        .iter()
        .filter(|m| !m.pronoun && m.name.ends_with("公司"))
        .take(256)
    {
        let rest = src.get(m.end..).unwrap_or_default();
        let Some(len) = subsidiary_len(rest) else {
            continue;
        };
        let end = m.end + len;
        let Some(surface) = src.get(m.start..end) else {
            continue;
        };
        let unit = rest.get(..len).unwrap_or_default();
        added.push(Mention {
            start: m.start,
            end,
            name: format!("{}{unit}", m.name),
            surface: surface.to_owned(),
            kind: K::Enterprise,
            pronoun: false,
            parent: Some(m.name.clone()),
        });
        replace.push((m.start, end));
    }
    // A county's branch written alone (巴里坤县供电分公司) is the group's whose other branches
    // the text names in full (国网哈密供电公司伊吾县供电分公司), when exactly one group has any.
    let mut parents = mentions
        .iter()
        .chain(added.iter())
        .filter(|a| !a.pronoun && a.name.ends_with("分公司"))
        .filter_map(|a| {
            let head = a.name.strip_suffix("分公司")?;
            let p = head.find("公司")? + "公司".len();
            // The group's name, then the branch's own (a place and its trade) after it.
            (p < head.len()).then(|| a.name.get(..p)).flatten()
        });
    let Some(parent) = parents.next().map(str::to_owned) else {
        return;
    };
    if parents.any(|p| p != parent) {
        return;
    }
    let short: Vec<Mention> = mentions
        .iter()
        .filter(|m| {
            !m.pronoun
                && m.name.chars().next().is_some_and(is_cjk)
                && m.name.contains(['县', '区', '市', '旗'])
                // The branch alone: no company's name before its own.
                && m.name.strip_suffix("分公司").is_some_and(|own| !own.has("公司"))
                && !replace.iter().any(|(s, e)| m.start < *e && *s < m.end)
        })
        .map(|m| Mention {
            name: format!("{parent}{}", m.name),
            kind: K::Enterprise,
            parent: Some(parent.clone()),
            ..m.clone()
        })
        .collect();
    for m in short {
        replace.push((m.start, m.end));
        added.push(m);
    }
}

/// The length in bytes of a subsidiary's name opening `rest`: one to [`MAX_OWN`] characters of
/// its own, then one of [`SUBSIDIARY_ENDS`].
fn subsidiary_len(rest: &str) -> Option<usize> {
    for (n, (i, c)) in rest.char_indices().enumerate() {
        // A conjunction starts the next name (甲供电公司与乙供电公司: two companies); a verb or
        // a pronoun is no part of a name (甲公司还向该分公司捐赠).
        if n > MAX_OWN || !is_cjk(c) || "与和及同跟该还向为给对在将已".contains(c) {
            return None;
        }
        if n >= 1
            && let Some(e) = SUBSIDIARY_ENDS
                .iter()
                .find(|e| rest.get(i..).is_some_and(|r| r.starts_with(**e)))
        {
            return Some(i + e.len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn a_subsidiary_after_its_group_is_one_name() {
        let net = extract(
            "云南电网有限责任公司文山供电局与广南县那洒镇结对帮扶。中国南方电网有限责任公司超高压输电公司对口支援西藏自治区林芝市察隅县。",
        );
        let pairs = net.pairs();
        assert!(
            pairs.contains(&("云南电网有限责任公司文山供电局", "广南县那洒镇")),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&("中国南方电网有限责任公司超高压输电公司", "察隅县")),
            "{pairs:?}"
        );
    }

    #[test]
    fn companies_joined_by_a_conjunction_are_two() {
        let net = extract(
            "甲市供电公司与乙市供电公司丙县供电分公司结成帮扶对子。丁市供电公司和戊县供电公司结对。",
        );
        let pairs = net.pairs();
        assert!(
            pairs.contains(&("甲市供电公司", "乙市供电公司丙县供电分公司")),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&("丁市供电公司", "戊县供电公司")),
            "{pairs:?}"
        );
    }
}
