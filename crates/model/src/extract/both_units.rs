//! "两校图书馆结成帮扶对子": the same unit of the two institutions paired just before.
//!
//! After "我校软件学院与新疆理工学院数学与数据科学学院签订结对协议", 两校 are the two
//! institutions of that pair (北京航空航天大学 and 新疆理工学院), and their libraries pair:
//! 北京航空航天大学图书馆 → 新疆理工学院图书馆.

use crate::extract::has::Has;
use duikou_tokenizer::Span;

use super::relations::{Party, RawRelation};

/// Units two institutions have alike.
const UNITS: [&str; 8] = [
    "图书馆",
    "附属医院",
    "档案馆",
    "校医院",
    "教务处",
    "科研处",
    "人事处",
    "信息中心",
];

/// Pairing words after the unit.
const PAIRING: [&str; 4] = ["结成", "结为", "结对", "建立"];

/// The institution a unit's name starts with (新疆理工学院数学与数据科学学院 → 新疆理工学院;
/// 我校软件学院 → 我校), or the name itself.
fn institution(p: &Party) -> String {
    if p.pronoun {
        return super::names::PRONOUNS
            .iter()
            .find(|pr| p.name.starts_with(**pr))
            .map_or_else(|| p.name.clone(), |pr| (*pr).to_owned());
    }
    for head in ["大学", "学院"] {
        if let Some(i) = p.name.find_str(head) {
            let end = i + head.len();
            if end < p.name.len() {
                return p.name.get(..end).unwrap_or(&p.name).to_owned();
            }
        }
    }
    p.name.clone()
}

/// Adds, for each sentence (`span`, its text) that pairs 两校 + a unit, the pair of that unit
/// of the two institutions of the last directed relation read before its end.
pub(crate) fn add(
    src: &str,
    sentences: impl IntoIterator<Item = Span>,
    raws: &mut Vec<RawRelation>,
) {
    let mut added = Vec::new();
    for span in sentences {
        let text = src.get(span.start..span.end).unwrap_or_default();
        let Some(at) = text.find_str("两校") else {
            continue;
        };
        let rest = text.get(at + "两校".len()..).unwrap_or_default();
        let Some(unit) = UNITS.iter().find(|u| rest.starts_with(**u)) else {
            continue;
        };
        let after = rest.get(unit.len()..).unwrap_or_default();
        let after: String = after.chars().take(8).collect();
        if !PAIRING.iter().any(|w| after.has(w)) {
            continue;
        }
        let Some(last) = raws
            .iter()
            .rev()
            .find(|r| !r.undirected && r.status.is_actual() && r.evidence.start < span.end)
        else {
            continue;
        };
        let Some(sup) = last.supporters.first() else {
            continue;
        };
        let (s, r) = (institution(sup), institution(&last.recipient));
        if s == r {
            continue;
        }
        let mut raw = last.clone();
        raw.supporters = vec![Party {
            name: format!("{s}{unit}"),
            pronoun: sup.pronoun,
        }];
        raw.recipient = Party {
            name: format!("{r}{unit}"),
            pronoun: last.recipient.pronoun,
        };
        raw.lead = None;
        raw.agreement = None;
        raw.event = None;
        raw.disciplines.clear();
        raw.evidence = span;
        added.push(raw);
    }
    raws.extend(added);
}
