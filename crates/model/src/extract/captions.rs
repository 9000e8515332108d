//! Speakers of a transcript named in its caption lines: "嘉宾：周建明（嘉兴市第一医院副院长…）"
//! at the head, then each turn "[08:03] 周建明：…". In a turn, the speaker's 我们医院 (我们学校,
//! 我们学院), 我院 / 我校 and 我们 as a party are the institution of the caption; 我们县 and 我县
//! are the county that institution's name starts with. A bureau's official (九寨沟县卫生健康局
//! 副局长) speaks for the county: their bare 我们 is the county.
//!
//! Only captioned speakers are read: a caller (听众王先生：) or a host with no institution says
//! nothing of a party.

use super::names::{Mention, is_cjk};
use super::speakers::{county_of, named_at, standing_for};
use crate::InstitutionKind as K;
use crate::extract::has::Has;

/// Roles that caption a speaker at the head of a transcript (嘉宾：周建明（…）).
const ROLES: [&str; 9] = [
    "访谈嘉宾",
    "特邀嘉宾",
    "对话嘉宾",
    "嘉宾",
    "主持人",
    "主讲人",
    "受访者",
    "采访对象",
    "发言人",
];

/// The lines at the head of a transcript where its speakers are captioned.
const CAPTION_LINES: usize = 12;

/// The most speakers read from the captions.
const MAX_SPEAKERS: usize = 8;

/// The speaker's own institution in their words, with the kinds it must be of.
pub(super) const OWN_WORDS: [(&str, &[K]); 5] = [
    ("我们医院", &[K::Hospital]),
    ("我们学校", &[K::School, K::University, K::College]),
    ("我们学院", &[K::College, K::University]),
    ("我院", &[K::Hospital, K::College]),
    ("我校", &[K::School, K::University, K::College]),
];

/// Characters after a bare 我们 that make it something else than a party: a unit of it
/// (我们医院, 我们县), a possessive, or the speaker's group (我们这一批, 我们两家, 我们俩).
const NOT_A_PARTY_AFTER: &str = "学医县院校的这那一两几俩每各";

/// Characters before a bare 我们 that make it a party: a clause's start or a verb of help
/// whose object it is (帮我们培养).
const PARTY_BEFORE: &str = "：:，,。；;！？ 帮给为向助";

/// A captioned speaker: the name written before the colon of each turn, the institution the
/// caption gives them, and that institution's county (九寨沟县 of 九寨沟县卫生健康局).
struct Speaker<'m> {
    name: String,
    inst: &'m Mention,
    county: Option<String>,
}

/// One turn of a captioned speaker: the words after the colon, starting at byte `base`.
struct Turn<'t, 's, 'm> {
    speaker: &'s Speaker<'m>,
    words: &'t str,
    base: usize,
}

impl Turn<'_, '_, '_> {
    /// The byte offsets in the text of each `word` in the turn (at most 16).
    fn each<'a>(&'a self, word: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        let base = self.base;
        self.words.starts(word).take(16).map(move |q| (q, base + q))
    }
}

/// Whether a mention added by this module already covers byte `start` (我们学校 read as 我校
/// inside it is the same place: one mention).
fn taken(added: &[Mention], start: usize) -> bool {
    added.iter().any(|m| m.start <= start && start < m.end)
}

/// Adds the mentions that captioned speakers' self-references stand for (`added`) and the
/// spans of the recogniser's mentions they replace (`replace`: a pronoun 我县 read as the
/// county, 县X of 我们县X). One pass over the lines; at most 16 self-references per turn.
pub(crate) fn caption_speakers(
    src: &str,
    mentions: &[Mention],
    added: &mut Vec<Mention>,
    replace: &mut Vec<(usize, usize)>,
) {
    let speakers = captioned(src, mentions);
    if speakers.is_empty() {
        return;
    }
    let mut at = 0usize;
    for line in src.split_inclusive('\n') {
        let line_at = at;
        at += line.len();
        let Some((speaker, from)) = turn_of(line, &speakers) else {
            continue;
        };
        let turn = Turn {
            speaker,
            words: line.get(from..).unwrap_or_default(),
            base: line_at + from,
        };
        own_words(&turn, mentions, added, replace);
        county_words(&turn, mentions, added, replace);
        bare_we(&turn, added);
    }
}

/// The speakers captioned in the first lines: "<role>：<name>（<institution>…）".
fn captioned<'m>(src: &str, mentions: &'m [Mention]) -> Vec<Speaker<'m>> {
    let mut out = Vec::new();
    let mut at = 0usize;
    for line in src.split_inclusive('\n').take(CAPTION_LINES) {
        let line_at = at;
        at += line.len();
        let t = line.trim_start_matches([' ', '\u{3000}', '\t']);
        let lead = line.len() - t.len();
        let Some(role) = ROLES.iter().find(|r| t.starts_with(**r)) else {
            continue;
        };
        let Some(rest) = t.get(role.len()..) else {
            continue;
        };
        let Some(rest) = rest.strip_prefix('：').or_else(|| rest.strip_prefix(':')) else {
            continue;
        };
        let rest_trimmed = rest.trim_start_matches([' ', '\u{3000}']);
        let Some(open) = rest_trimmed.find(['（', '(']) else {
            continue;
        };
        let name = rest_trimmed.get(..open).unwrap_or_default();
        if !(2..=4).contains(&name.chars().count()) || !name.chars().all(is_cjk) {
            continue;
        }
        let paren_len = rest_trimmed
            .get(open..)
            .and_then(|p| p.chars().next())
            .map_or(1, char::len_utf8);
        let inst_at = line_at + lead + (t.len() - rest_trimmed.len()) + open + paren_len;
        let Some(inst) = named_at(mentions, inst_at) else {
            continue;
        };
        let county = county_of(&inst.name).map(str::to_owned);
        out.push(Speaker {
            name: name.to_owned(),
            inst,
            county,
        });
        if out.len() == MAX_SPEAKERS {
            break;
        }
    }
    out
}

/// The speaker of a turn (a line "[08:03] 周建明：…", "周建明:…") and the byte in the line where
/// their words start.
fn turn_of<'s, 'm>(line: &str, speakers: &'s [Speaker<'m>]) -> Option<(&'s Speaker<'m>, usize)> {
    let mut t = line.trim_start_matches([' ', '\u{3000}', '\t']);
    // A timestamp first: [08:03], ［08:03］, 【08:03】 or 08:03 with a space.
    if let Some(close) = t
        .starts_with(['[', '［', '【'])
        .then(|| t.find([']', '］', '】']))
        .flatten()
    {
        let close_len = t.get(close..)?.chars().next()?.len_utf8();
        t = t.get(close + close_len..)?;
    } else {
        let stamp = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':');
        if stamp.len() < t.len() && stamp.starts_with([' ', '\u{3000}']) {
            t = stamp;
        }
    }
    let t = t.trim_start_matches([' ', '\u{3000}']);
    let speaker = speakers.iter().find(|s| {
        t.strip_prefix(s.name.as_str())
            .is_some_and(|r| r.starts_with(['：', ':']))
    })?;
    let colon = t.get(speaker.name.len()..)?.chars().next()?.len_utf8();
    Some((speaker, line.len() - t.len() + speaker.name.len() + colon))
}

/// 我们医院, 我院 … of a fitting speaker: the speaker's institution (replacing the
/// recogniser's pronoun).
fn own_words(
    turn: &Turn<'_, '_, '_>,
    mentions: &[Mention],
    added: &mut Vec<Mention>,
    replace: &mut Vec<(usize, usize)>,
) {
    let inst = turn.speaker.inst;
    for (word, kinds) in OWN_WORDS {
        if !kinds.contains(&inst.kind) {
            continue;
        }
        for (_, start) in turn.each(word) {
            if taken(added, start) {
                continue;
            }
            if let Some(p) = mentions.iter().find(|m| m.start == start && m.pronoun) {
                replace.push((p.start, p.end));
            }
            added.push(standing_for(inst, start, word));
        }
    }
}

/// 我们县 and 我县 of a speaker whose institution has a county: that county; 我们县X (the
/// recogniser's 县X) is X of that county.
fn county_words(
    turn: &Turn<'_, '_, '_>,
    mentions: &[Mention],
    added: &mut Vec<Mention>,
    replace: &mut Vec<(usize, usize)>,
) {
    let Some(county) = turn.speaker.county.as_deref() else {
        return;
    };
    for word in ["我们县", "我县"] {
        for (q, start) in turn.each(word) {
            if taken(added, start) {
                continue;
            }
            let county_at = start + word.len() - '县'.len_utf8();
            // The recogniser's 县X (我们县第一中学) or a pronoun 我县X: X of the county.
            let unit = mentions
                .iter()
                .find(|m| m.start == county_at || (m.start == start && m.pronoun));
            let (end, name, kind) = match unit {
                Some(m) if m.end > start + word.len() => {
                    replace.push((m.start, m.end));
                    let tail = src_tail(&m.surface, word);
                    (m.end, format!("{county}{tail}"), m.kind)
                }
                Some(m) => {
                    replace.push((m.start, m.end));
                    (start + word.len(), county.to_owned(), K::County)
                }
                None => (start + word.len(), county.to_owned(), K::County),
            };
            added.push(Mention {
                start,
                end,
                name,
                surface: turn
                    .words
                    .get(q..q + (end - start))
                    .unwrap_or(word)
                    .to_owned(),
                kind,
                pronoun: false,
                parent: None,
            });
        }
    }
}

/// The unit after the county in a surface read from 县 on (县第一中学 → 第一中学) or from the
/// pronoun on (我县第一中学 → 第一中学).
fn src_tail<'a>(surface: &'a str, word: &str) -> &'a str {
    surface
        .strip_prefix(word)
        .or_else(|| surface.strip_prefix('县'))
        .unwrap_or(surface)
}

/// A bare 我们 that is a party (我们从2021年开始帮扶…, 帮我们培养): the speaker's institution,
/// or the county a bureau's official speaks for.
fn bare_we(turn: &Turn<'_, '_, '_>, added: &mut Vec<Mention>) {
    let speaker = turn.speaker;
    let speaks_for_county = !matches!(
        speaker.inst.kind,
        K::Hospital | K::School | K::University | K::College | K::Enterprise | K::Department
    );
    for (q, start) in turn.each("我们") {
        if taken(added, start) {
            continue;
        }
        let before = turn.words.get(..q).and_then(|b| b.chars().next_back());
        let after = turn
            .words
            .get(q + "我们".len()..)
            .and_then(|a| a.chars().next());
        let party = before.is_none_or(|c| PARTY_BEFORE.contains(c))
            && after.is_some_and(|c| !NOT_A_PARTY_AFTER.contains(c));
        if !party {
            continue;
        }
        match (&speaker.county, speaks_for_county) {
            (Some(county), true) => added.push(Mention {
                start,
                end: start + "我们".len(),
                name: county.clone(),
                surface: "我们".to_owned(),
                kind: K::County,
                pronoun: false,
                parent: None,
            }),
            _ => added.push(standing_for(speaker.inst, start, "我们")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(src: &str, name: &str, kind: K) -> Mention {
        let start = src.find(name).unwrap_or_default();
        Mention {
            start,
            end: start + name.len(),
            name: name.to_owned(),
            surface: name.to_owned(),
            kind,
            pronoun: false,
            parent: None,
        }
    }

    #[test]
    fn each_turn_speaks_for_its_captioned_institution() {
        let src = "节目实录\n嘉宾：李华（甲市第一医院副院长）\n嘉宾：王强（松林县卫生健康局局长）\n[09:01] 李华：我们医院帮扶乙县人民医院。\n[09:05] 王强：我们县派了医生进修，希望再帮我们培养两人。\n听众：我们医院很好。\n";
        let ms = vec![
            mention(src, "甲市第一医院", K::Hospital),
            mention(src, "松林县卫生健康局", K::Other),
        ];
        let mut added = Vec::new();
        let mut replace = Vec::new();
        caption_speakers(src, &ms, &mut added, &mut replace);
        let got: Vec<(&str, &str)> = added
            .iter()
            .map(|m| (m.surface.as_str(), m.name.as_str()))
            .collect();
        // The caller's 我们医院 (no caption) stands for nothing.
        assert_eq!(
            got,
            [
                ("我们医院", "甲市第一医院"),
                ("我们县", "松林县"),
                ("我们", "松林县")
            ]
        );
    }

    #[test]
    fn no_caption_no_speaker() {
        let src = "李华：我们医院帮扶乙县人民医院。\n";
        let mut added = Vec::new();
        caption_speakers(src, &[], &mut added, &mut Vec::new());
        assert!(added.is_empty());
    }
}
