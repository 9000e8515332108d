//! 贵校 / 贵院 in a letter or an e-mail: the institution the writer addresses. In a thread of
//! messages between two institutions it is, in each message, the other one; in a single
//! letter it is the one institution its writer is paired with.

use std::collections::BTreeSet;

use super::fast_hash::FastMap;
use crate::SupportNetwork;

/// Honorific forms for the addressee's institution (贵州 and 贵阳 are places, no such form).
const ADDRESSEE: [&str; 6] = ["贵校", "贵院", "贵单位", "贵局", "贵厅", "贵方"];

/// The addressee form `name` opens with, if any.
fn addressee_form(name: &str) -> Option<&'static str> {
    ADDRESSEE.iter().copied().find(|f| name.starts_with(f))
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
