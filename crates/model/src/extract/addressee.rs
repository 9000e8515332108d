//! 贵校 / 贵院 in a letter or an e-mail: the institution the writer addresses. In a thread of
//! messages between two institutions it is, in each message, the other one; in a single
//! letter it is the one institution its writer is paired with.

use std::collections::BTreeSet;

use super::fast_hash::FastMap;
use super::names::Mention;
use crate::SupportNetwork;

/// Honorific forms for the addressee's institution (贵州 and 贵阳 are places, no such form),
/// and the plain ones of an official reply (你局《关于…的函》收悉).
const ADDRESSEE: [&str; 12] = [
    "贵校",
    "贵院",
    "贵单位",
    "贵局",
    "贵厅",
    "贵方",
    "你局",
    "你厅",
    "你校",
    "你院",
    "你单位",
    "你委",
];

/// The addressee form `name` opens with, if any.
pub(crate) fn addressee_form(name: &str) -> Option<&'static str> {
    ADDRESSEE.iter().copied().find(|f| name.starts_with(f))
}

/// The length of the addressee form at byte `i` of `text`, unless 贵 ends a word there
/// (宝贵、珍贵、昂贵: 宝贵校园文化 names no school).
pub(crate) fn form_at(text: &str, i: usize) -> Option<usize> {
    let form = addressee_form(text.get(i..)?)?;
    let before = text.get(..i)?.chars().next_back();
    // 你局长, 你院长: a person addressed by the post, no institution.
    let after = text.get(i + form.len()..)?.chars().next();
    let post = form.starts_with('你') && after == Some('长');
    (!post && !before.is_some_and(|c| "宝珍昂富高尊显可权名华矜".contains(c))).then_some(form.len())
}

/// The institution a letter is addressed to on its salutation line (主送: "西藏大学：",
/// "西藏大学对口支援工作办公室：") among the first lines of the segment `seg` of `src`: a line
/// that is one name (an office of it allowed) and a colon. Not the author, not a pronoun.
pub(crate) fn salutation(
    src: &str,
    seg: (usize, usize),
    mentions: &[&Mention],
    author: Option<&str>,
) -> Option<String> {
    // The first dozen lines of the segment.
    let head_end = src
        .get(seg.0..seg.1)?
        .match_indices('\n')
        .nth(11)
        .map_or(seg.1, |(k, _)| seg.0 + k);
    mentions
        .iter()
        .take_while(|m| m.end <= head_end)
        .filter(|m| !m.pronoun && addressee_form(&m.name).is_none())
        .filter(|m| author != Some(m.name.as_str()))
        .find(|m| {
            let line_start = src
                .get(..m.start)
                .and_then(|b| b.rfind('\n'))
                .map_or(0, |k| k + 1);
            let line_end = src
                .get(m.end..)
                .and_then(|a| a.find('\n'))
                .map_or(src.len(), |k| m.end + k);
            let (Some(before), Some(after)) =
                (src.get(line_start..m.start), src.get(m.end..line_end))
            else {
                return false;
            };
            let Some(rest) = after
                .trim_end()
                .strip_suffix(['：', ':'])
                .map(str::trim_end)
            else {
                return false;
            };
            before.trim().is_empty() && (rest.is_empty() || super::author::office_name(rest))
        })
        .map(|m| m.name.clone())
}

/// The institutions a letter greets together on its salutation line (尊敬的湖州市教育局、湖州
/// 中学、湖州市第五中学各位领导、老师：) among the first lines of the segment: two or more names
/// joined by 、/和/及, after an optional 尊敬的, before an optional greeting of people (各位
/// 领导、老师) and the colon. Not the author, not pronouns. Empty when there is no such line.
pub(crate) fn salutation_many<'m>(
    src: &str,
    seg: (usize, usize),
    mentions: &[&'m Mention],
) -> Vec<&'m Mention> {
    for (at, line) in super::author::text_lines(src, seg.0, seg.1).take(12) {
        let Some(body) = line.strip_suffix(['：', ':']) else {
            continue;
        };
        let lead = src.get(at..).map_or(0, |r| r.len() - r.trim_start().len());
        let start = at
            + lead
            + if body.starts_with("尊敬的") {
                "尊敬的".len()
            } else {
                0
            };
        let end = at + lead + body.len();
        let from = mentions.partition_point(|m| m.start < start);
        let on_line: Vec<&Mention> = mentions
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|m| m.end <= end)
            .copied()
            .collect();
        let (Some(first), Some(last)) = (on_line.first(), on_line.last()) else {
            continue;
        };
        let joined = on_line.windows(2).all(|w| {
            w.first().zip(w.get(1)).is_some_and(|(a, b)| {
                !a.pronoun && matches!(src.get(a.end..b.start), Some("、" | "和" | "及"))
            })
        });
        let greeting = src.get(last.end..end).unwrap_or_default();
        let greets_people = greeting.is_empty()
            || (greeting.chars().count() <= 12
                && ["领导", "老师", "同志", "同仁", "朋友"]
                    .iter()
                    .any(|w| greeting.contains(w)));
        if on_line.len() >= 2 && first.start == start && !last.pronoun && joined && greets_people {
            return on_line;
        }
    }
    Vec::new()
}

/// The segment (by index) holding `line`; the segments are in line order.
fn segment_of(net: &SupportNetwork, line: u32) -> Option<usize> {
    let k = net.segments.partition_point(|s| s.end_line < line);
    net.segments
        .get(k)
        .is_some_and(|s| s.start_line <= line)
        .then_some(k)
}

/// The addressee of each segment (by index): the other author of a two-sided thread, else the
/// one institution the segment's author is paired with (an institution's unit counting as
/// the institution: 青海民族大学化学化工学院 → 青海民族大学). One pass over the relations.
fn addressees(net: &SupportNetwork) -> Vec<Option<String>> {
    let mut authors: Vec<&str> = net
        .segments
        .iter()
        .filter_map(|s| s.author.as_deref())
        .collect();
    authors.sort_unstable();
    authors.dedup();
    if let [a, b] = authors.as_slice() {
        return net
            .segments
            .iter()
            .map(|s| {
                let own = s.author.as_deref()?;
                Some(if own == *a { *b } else { *a }.to_owned())
            })
            .collect();
    }
    let parents: FastMap<&str, &str> = net
        .institutions
        .iter()
        .filter_map(|i| Some((i.name.as_str(), i.parent.as_deref()?)))
        .collect();
    let top = |name: &'_ str| -> String { parents.get(name).copied().unwrap_or(name).to_owned() };
    // Each segment's partners of its author.
    let mut partners: Vec<BTreeSet<String>> = vec![BTreeSet::new(); net.segments.len()];
    for r in &net.relations {
        let Some(k) = r.evidence.first().and_then(|e| segment_of(net, e.line)) else {
            continue;
        };
        let Some(own) = net.segments.get(k).and_then(|s| s.author.as_deref()) else {
            continue;
        };
        let rec = top(&r.recipient);
        let sups: Vec<String> = r.supporters.iter().map(|s| top(&s.name)).collect();
        let others: Vec<String> = if sups.iter().any(|s| s == own) {
            vec![rec]
        } else if rec == own {
            sups
        } else {
            Vec::new()
        };
        if let Some(set) = partners.get_mut(k) {
            set.extend(
                others
                    .into_iter()
                    .filter(|n| n != own && addressee_form(n).is_none()),
            );
        }
    }
    partners
        .into_iter()
        .map(|set| {
            let mut it = set.into_iter();
            match (it.next(), it.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        })
        .collect()
}

/// Renames the parties written 贵校 / 贵校X (and 贵院 …) to the addressee of their segment.
pub(crate) fn resolve(net: &mut SupportNetwork) {
    let named = |n: &str| addressee_form(n).is_some();
    let any = net
        .relations
        .iter()
        .any(|r| named(&r.recipient) || r.supporters.iter().any(|s| named(&s.name)))
        || net.contributions.iter().any(|c| {
            c.supporter.as_deref().is_some_and(named) || c.recipient.as_deref().is_some_and(named)
        });
    if !any {
        return;
    }
    let to = addressees(net);
    let rel_segments: Vec<Option<usize>> = net
        .relations
        .iter()
        .map(|r| r.evidence.first().and_then(|e| segment_of(net, e.line)))
        .collect();
    let con_segments: Vec<Option<usize>> = net
        .contributions
        .iter()
        .map(|c| segment_of(net, c.evidence.line))
        .collect();
    let addressee_of = |seg: Option<usize>| seg.and_then(|k| to.get(k)).and_then(Option::as_ref);
    // Old name → new name, for the institutions.
    let mut renamed: FastMap<String, String> = FastMap::default();
    let mut rename = |name: &mut String, addressee: Option<&String>| {
        let (Some(form), Some(a)) = (addressee_form(name), addressee) else {
            return;
        };
        let new = format!("{a}{}", name.get(form.len()..).unwrap_or_default());
        let old = std::mem::replace(name, new.clone());
        renamed.insert(old, new);
    };
    for (r, seg) in net.relations.iter_mut().zip(rel_segments) {
        let a = addressee_of(seg);
        for s in &mut r.supporters {
            rename(&mut s.name, a);
        }
        rename(&mut r.recipient, a);
    }
    for (c, seg) in net.contributions.iter_mut().zip(con_segments) {
        let a = addressee_of(seg);
        for p in [&mut c.supporter, &mut c.recipient].into_iter().flatten() {
            rename(p, a);
        }
    }
    // An addressee not found names no one: its relations go, its contributions keep the
    // amount with that party unknown.
    net.relations
        .retain(|r| !named(&r.recipient) && !r.supporters.iter().any(|s| named(&s.name)));
    for c in &mut net.contributions {
        for p in [&mut c.supporter, &mut c.recipient] {
            if p.as_deref().is_some_and(named) {
                *p = None;
            }
        }
    }
    // The institutions take the new names; the form as written stays an alias.
    for inst in &mut net.institutions {
        if let Some(new) = renamed.get(&inst.name) {
            let old = std::mem::replace(&mut inst.name, new.clone());
            if !inst.aliases.contains(&old) {
                inst.aliases.push(old);
            }
        }
    }
}
