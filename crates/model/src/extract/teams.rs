//! A team named by anaphora (该团队, 该医疗队): the institution that formed or sent it.

use super::names::Mention;
use crate::extract::has::Has;

/// The words that refer back to a team.
const TEAM_ANAPHORS: [&str; 4] = ["该医疗队", "该工作队", "该团队", "该队"];

/// Team nouns that, written after an institution in its sentence, make it the team's sponsor
/// (甲医院组建医疗队, 甲医院援宁医疗队).
const TEAMS: [&str; 3] = ["医疗队", "团队", "工作队"];

/// Adds a mention of the sponsoring institution at each team anaphor: the nearest named
/// institution before it (not a place) whose sentence goes on to name a team. Linear: one
/// search for the anaphors, and the mentions walked once in order.
pub(crate) fn resolve_teams(src: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    if !src.has("该") {
        return mentions;
    }
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for (p, _) in src.match_indices('该') {
        if let Some(w) = TEAM_ANAPHORS
            .iter()
            .find(|w| src.get(p..).is_some_and(|r| r.starts_with(**w)))
        {
            hits.push((p, p + w.len()));
        }
    }
    if hits.is_empty() {
        return mentions;
    }
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len() + hits.len());
    let mut sponsor: Option<Mention> = None;
    let mut h = hits.into_iter().peekable();
    // The anaphor at src[s..e] as a mention of the sponsor known so far, if any.
    let place = |out: &mut Vec<Mention>, sponsor: &Option<Mention>, (s, e): (usize, usize)| {
        if let Some(sp) = sponsor
            && out.last().is_none_or(|l| l.end <= s)
        {
            out.push(Mention {
                start: s,
                end: e,
                surface: src.get(s..e).unwrap_or_default().to_owned(),
                ..sp.clone()
            });
        }
    };
    for m in mentions {
        while let Some(hit) = h.next_if(|&(s, _)| s < m.start) {
            place(&mut out, &sponsor, hit);
        }
        if sponsors_team(src, &m) {
            sponsor = Some(m.clone());
        }
        out.push(m);
    }
    for hit in h {
        place(&mut out, &sponsor, hit);
    }
    out
}

/// Whether `m` is an institution whose clause names a team after it (甲医院组建医疗队,
/// 甲医院（以下简称“乙”）援宁医疗队).
fn sponsors_team(src: &str, m: &Mention) -> bool {
    use crate::InstitutionKind as K;
    if m.pronoun
        || !matches!(
            m.kind,
            K::Hospital | K::University | K::College | K::School | K::Enterprise
        )
    {
        return false;
    }
    // Its own clause: 乙卫生院结成对子，医疗队每月下乡 names the team of someone else.
    let rest = src.get(m.end..).unwrap_or_default();
    let clause_end = rest
        .find(['，', '。', '；', '\n', ',', ';'])
        .unwrap_or(rest.len());
    let clause = rest.get(..clause_end).unwrap_or_default();
    clause.chars().count() <= 30 && TEAMS.iter().any(|t| clause.has(t))
}

#[cfg(test)]
mod tests {
    use crate::extract;

    fn pairs_without(net: &crate::SupportNetwork, s: &str, r: &str) -> bool {
        net.pairs()
            .iter()
            .all(|(a, b)| !(a.ends_with(s) && *b == r))
    }

    #[test]
    fn a_team_anaphor_names_its_sponsor() {
        let net = extract(
            "　　2023年，甘肃省人民医院组建医疗队，对口支援临夏县人民医院。受援医院与土桥镇卫生院结成对子，医疗队每月下乡义诊。该团队联合兰州大学第二医院共同帮扶临夏县中医医院。\n",
        );
        // A clinic whose sentence goes on to the team's work did not form the team.
        assert!(
            pairs_without(&net, "土桥镇卫生院", "临夏县中医医院"),
            "{:?}",
            net.pairs()
        );
        let pairs = net.pairs();
        assert!(
            pairs.contains(&("甘肃省人民医院", "临夏县中医医院")),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&("兰州大学第二医院", "临夏县中医医院")),
            "{pairs:?}"
        );
    }
}
