//! A speaker's 学校: in a news item, "西昌学院党委书记刘明远出席…。刘明远介绍，学校自2013年起
//! 得到…的对口帮扶" — the bare 学校 (医院, 学院) right after the speaker's words is the
//! institution the speaker was introduced with (its name, a post, the person's name).

use super::names::Mention;

/// Verbs of speaking that end the speaker's clause (刘明远介绍，…).
const SPEAKS: [&str; 6] = ["介绍", "表示", "指出", "谈到", "说", "回顾"];

/// The institution words that stand for the speaker's own after the comma.
const OWN: [&str; 3] = ["学校", "医院", "学院"];

/// Posts written between an institution and a person's name (西昌学院党委书记刘明远, 厦门市
/// 人民政府副市长　陈志宏); longer forms first where one ends another (党委副书记 before 书记).
pub(crate) const POSTS: [&str; 22] = [
    "党委书记",
    "党委副书记",
    "副校长",
    "校长",
    "副院长",
    "院长",
    "书记",
    "副市长",
    "市长",
    "副省长",
    "省长",
    "副县长",
    "县长",
    "副区长",
    "区长",
    "副州长",
    "州长",
    "副主任",
    "主任",
    "副局长",
    "局长",
    "负责人",
];

/// Adds a mention for each bare 学校/医院/学院 that opens the words of a speaker introduced
/// with an institution earlier in the text (and for the same word set apart later in that
/// sentence). Mentions stay in order and do not overlap; at
/// most 16 of each word are looked at (one pass over the text per word: "，学校", "，医院", …).
pub(crate) fn resolve_speakers(src: &str, mut mentions: Vec<Mention>) -> Vec<Mention> {
    let mut added = Vec::new();
    for own in OWN {
        let pattern = ["，", own].concat();
        for (p, _) in src.match_indices(pattern.as_str()).take(16) {
            let at = p + "，".len();
            let Some(m) = speaker_institution(src, p, &mentions) else {
                continue;
            };
            // 学校的…, 学校领导: only the institution itself as the subject of a clause.
            let after = src.get(at + own.len()..).unwrap_or_default();
            if after.starts_with(['的', '领', '党']) {
                continue;
            }
            // The same word again in the speaker's sentence (…，十余年来该校累计为学校培训…)
            // is the same institution, when a preposition or a list sets it apart.
            let sentence_end = after.find('。').map_or(src.len(), |e| at + own.len() + e);
            let rest = src.get(at..sentence_end).unwrap_or_default();
            for (q, _) in rest.match_indices(own) {
                let set_apart = rest
                    .get(..q)
                    .and_then(|b| b.chars().next_back())
                    .is_none_or(|c| "为向给对在与和、，".contains(c));
                if set_apart {
                    added.push(Mention {
                        start: at + q,
                        end: at + q + own.len(),
                        name: m.name.clone(),
                        surface: own.to_owned(),
                        kind: m.kind,
                        pronoun: false,
                        parent: m.parent.clone(),
                    });
                }
            }
        }
    }
    added.sort_by_key(|m| m.start);
    added.dedup_by_key(|m| m.start);
    if added.is_empty() {
        return mentions;
    }
    added.retain(|a| !mentions.iter().any(|m| m.start < a.end && a.start < m.end));
    mentions.extend(added);
    mentions.sort_by_key(|m| m.start);
    mentions
}

/// The institution of the speaker whose words end at the comma at byte `comma`: the 2–3
/// characters before a verb of speaking, introduced earlier as "<institution><post><name>".
fn speaker_institution<'m>(
    src: &str,
    comma: usize,
    mentions: &'m [Mention],
) -> Option<&'m Mention> {
    let head = src.get(..comma)?;
    let verb = SPEAKS.iter().find(|v| head.ends_with(**v))?;
    let before_verb = head.get(..head.len() - verb.len())?;
    // The name: two or three characters after a boundary (line start, 。，；：space).
    for n in [3usize, 2] {
        let start = before_verb
            .char_indices()
            .rev()
            .nth(n - 1)
            .map(|(i, _)| i)?;
        let name = before_verb.get(start..)?;
        if !name.chars().all(super::names::is_cjk) {
            continue;
        }
        let boundary = before_verb
            .get(..start)?
            .chars()
            .next_back()
            .is_none_or(|c| "。，；：\n　 ".contains(c));
        if !boundary {
            continue;
        }
        // "<institution><post><name>" earlier in the text.
        for (q, _) in before_verb.get(..start)?.match_indices(name) {
            let intro = before_verb.get(..q)?;
            let Some(post) = POSTS.iter().find(|p| intro.ends_with(**p)) else {
                continue;
            };
            let inst_end = q - post.len();
            if let Some(m) = mentions.iter().find(|m| m.end == inst_end && !m.pronoun) {
                return Some(m);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::InstitutionKind;

    fn mention(src: &str, name: &str) -> Mention {
        let start = src.find(name).unwrap_or_default();
        Mention {
            start,
            end: start + name.len(),
            name: name.to_owned(),
            surface: name.to_owned(),
            kind: InstitutionKind::College,
            pronoun: false,
            parent: None,
        }
    }

    #[test]
    fn the_speakers_school_is_the_one_they_were_introduced_with() {
        let src = "昌吉学院院长马文清、新疆大学副校长李强出席。马文清介绍，学校得到东北师范大学的对口支援。";
        let ms = vec![mention(src, "昌吉学院"), mention(src, "新疆大学")];
        let out = resolve_speakers(src, ms);
        let added: Vec<&str> = out
            .iter()
            .filter(|m| m.surface == "学校")
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(added, ["昌吉学院"]);
    }

    #[test]
    fn no_introduction_no_speaker() {
        // Nobody was introduced with a post: 学校 stays unresolved.
        let src = "昌吉学院举行仪式。马文清介绍，学校得到对口支援。";
        let out = resolve_speakers(src, vec![mention(src, "昌吉学院")]);
        assert_eq!(out.len(), 1);
        // Not a speaker's words: 学校 after an ordinary clause.
        let src = "昌吉学院院长马文清出席。会议结束后，学校组织参观。";
        let out = resolve_speakers(src, vec![mention(src, "昌吉学院")]);
        assert_eq!(out.len(), 1);
    }
}
