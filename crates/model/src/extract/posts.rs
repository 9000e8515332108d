//! Bureaus named as the place of a post: a cadre sent who 任县发改局副局长 holds a post in the
//! recipient's government; the bureau is no party of the support (the pair is the places'),
//! as a body named in a former post is none (原X教育局副局长).

use super::names::Mention;
use crate::extract::has::Has;

/// Titles of a post in a bureau.
const TITLES: [&str; 6] = ["副局长", "局长", "副主任", "主任", "副书记", "书记"];

/// Verbs before the post.
const TAKES: [&str; 3] = ["任", "挂任", "担任"];

/// The mentions without the bureaus (…局) named as the place of a post: "任X局副局长", and
/// a list of them "分别任县发改局、县农业农村局副局长" (the title after the last).
pub(crate) fn drop_post_bureaus(src: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    if !src.has("局长") && !src.has("主任") && !src.has("书记") {
        return mentions;
    }
    let mut drop = vec![false; mentions.len()];
    let mut k = 0;
    while k < mentions.len() {
        // A chain of bureaus joined by 、 or 和, the first right after a verb of a post.
        let Some(first) = mentions.get(k) else { break };
        let before = src.get(..first.start).unwrap_or_default();
        if first.pronoun || !TAKES.iter().any(|t| before.ends_with(t)) {
            k += 1;
            continue;
        }
        let mut last = k;
        while let (Some(a), Some(b)) = (mentions.get(last), mentions.get(last + 1)) {
            if matches!(src.get(a.end..b.start), Some("、" | "和")) {
                last += 1;
            } else {
                break;
            }
        }
        let chain = mentions.get(k..=last).unwrap_or_default();
        let titled = mentions
            .get(last)
            .and_then(|m| src.get(m.end..))
            .is_some_and(|rest| TITLES.iter().any(|t| rest.starts_with(t)));
        if titled && chain.iter().all(|m| !m.pronoun && m.name.ends_with('局')) {
            for d in drop.get_mut(k..=last).into_iter().flatten() {
                *d = true;
            }
        }
        k = last + 1;
    }
    mentions
        .into_iter()
        .zip(drop)
        .filter_map(|(m, d)| (!d).then_some(m))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn a_bureau_of_a_post_is_no_party() {
        let net = extract(
            "河西区与岷县结对开展东西部协作。2023年3月，河西区新一批挂职干部2人到岗，分别任岷县发改局、岷县农业农村局副局长。其中1人还兼任岷县教育局副局长。",
        );
        assert_eq!(net.pairs(), [("河西区", "岷县")]);
    }

    #[test]
    fn a_bureau_that_acts_stays() {
        let net = extract("岷县农业农村局与河西区农业农村局结对，局长带队考察。");
        assert_eq!(net.pairs(), [("河西区农业农村局", "岷县农业农村局")]);
    }
}
