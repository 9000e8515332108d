//! 贵校 / 贵院 in a letter or an e-mail: the institution the writer addresses. In a thread of
//! messages between two institutions it is, in each message, the other one; in a single
//! letter it is the one institution its writer is paired with.

use crate::SupportNetwork;

/// Honorific forms for the addressee's institution (贵州 and 贵阳 are places, no such form).
const ADDRESSEE: [&str; 6] = ["贵校", "贵院", "贵单位", "贵局", "贵厅", "贵方"];

/// The addressee form `name` opens with, if any.
fn addressee_form(name: &str) -> Option<&'static str> {
    ADDRESSEE.iter().copied().find(|f| name.starts_with(f))
}

/// The institution a name belongs to: its parent when the network knows one (青海民族大学化学
/// 化工学院 → 青海民族大学), else the name.
fn top_level<'n>(net: &'n SupportNetwork, name: &'n str) -> &'n str {
    net.institutions
        .iter()
        .find(|i| i.name == name)
        .and_then(|i| i.parent.as_deref())
        .unwrap_or(name)
}

/// The addressee of each segment (by index): the other author of a two-sided thread, else the
/// one institution the segment's author is paired with.
fn addressees(net: &SupportNetwork) -> Vec<Option<String>> {
    let mut authors: Vec<&str> = net
        .segments
        .iter()
        .filter_map(|s| s.author.as_deref())
        .collect();
    authors.sort_unstable();
    authors.dedup();
    net.segments
        .iter()
        .map(|seg| {
            let own = seg.author.as_deref()?;
            if let [a, b] = authors.as_slice() {
                return Some(if own == *a { b } else { a }.to_string());
            }
            let within = |line: u32| (seg.start_line..=seg.end_line).contains(&line);
            let mut partners: Vec<&str> = net
                .relations
                .iter()
                .filter(|r| r.evidence.first().is_some_and(|e| within(e.line)))
                .flat_map(|r| {
                    let rec = top_level(net, &r.recipient);
                    let sups = r.supporters.iter().map(|s| top_level(net, &s.name));
                    let gives = sups.clone().any(|s| s == own);
                    let other: Vec<&str> = if gives {
                        vec![rec]
                    } else if rec == own {
                        sups.collect()
                    } else {
                        Vec::new()
                    };
                    other
                })
                .filter(|n| *n != own && addressee_form(n).is_none())
                .collect();
            partners.sort_unstable();
            partners.dedup();
            match partners.as_slice() {
                [one] => Some((*one).to_owned()),
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
    let segment_of = |line: u32| {
        net.segments
            .iter()
            .position(|s| (s.start_line..=s.end_line).contains(&line))
    };
    let rename = |name: &mut String, addressee: Option<&String>| {
        if let (Some(form), Some(a)) = (addressee_form(name), addressee) {
            let unit = name.get(form.len()..).unwrap_or_default().to_owned();
            *name = format!("{a}{unit}");
        }
    };
    let mut renamed: Vec<(String, String)> = Vec::new();
    let lines: Vec<Option<usize>> = net
        .relations
        .iter()
        .map(|r| r.evidence.first().and_then(|e| segment_of(e.line)))
        .collect();
    for (r, seg) in net.relations.iter_mut().zip(lines) {
        let a = seg.and_then(|k| to.get(k)).and_then(Option::as_ref);
        for s in &mut r.supporters {
            let before = s.name.clone();
            rename(&mut s.name, a);
            if before != s.name {
                renamed.push((before, s.name.clone()));
            }
        }
        let before = r.recipient.clone();
        rename(&mut r.recipient, a);
        if before != r.recipient {
            renamed.push((before, r.recipient.clone()));
        }
    }
    let lines: Vec<Option<usize>> = net
        .contributions
        .iter()
        .map(|c| segment_of(c.evidence.line))
        .collect();
    for (c, seg) in net.contributions.iter_mut().zip(lines) {
        let a = seg.and_then(|k| to.get(k)).and_then(Option::as_ref);
        for p in [&mut c.supporter, &mut c.recipient].into_iter().flatten() {
            let before = p.clone();
            rename(p, a);
            if before != *p {
                renamed.push((before, p.clone()));
            }
        }
    }
    // The institutions take the new names; the form as written stays an alias.
    for inst in &mut net.institutions {
        if let Some((old, new)) = renamed.iter().find(|(old, _)| *old == inst.name) {
            inst.name.clone_from(new);
            if !inst.aliases.contains(old) {
                inst.aliases.push(old.clone());
            }
        }
    }
}
