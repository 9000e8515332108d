//! An editor's note on a page that reposts someone else's text (编者按：…, 编后：…) is the
//! publisher speaking: its 我局 / 我市 is the body named in the page's 来源 field, whoever
//! wrote the text it introduces (a recipient school's letter posted by its supporting bureau).

use super::names::Mention;
use super::speakers::{named_at, standing_for};
use crate::extract::has::Has;

/// Labels that open an editor's note at the start of a line.
const NOTE_LABELS: [&str; 6] = [
    "编者按",
    "【编者按】",
    "编后语",
    "编后",
    "编者的话",
    "编辑按",
];

/// The publisher named by a 来源 field (来源：湖州市教育局) among the first eight lines: the
/// named mention that starts right after the colon and spaces.
fn publisher<'m>(src: &str, mentions: &'m [Mention]) -> Option<&'m Mention> {
    let head_end = src
        .char_indices()
        .filter(|(_, c)| *c == '\n')
        .nth(7)
        .map_or(src.len(), |(i, _)| i);
    let head = src.get(..head_end)?;
    let (at, label) = ["来源：", "来源:"]
        .iter()
        .find_map(|l| head.find_str(l).map(|at| (at, l.len())))?;
    let value = src.get(at + label..)?;
    let at = at + label + (value.len() - value.trim_start_matches([' ', '\u{3000}']).len());
    named_at(mentions, at)
}

/// For each line that opens with an editor's note label, the self-pronouns on it that the
/// publisher's kind fits are made mentions of the publisher (pushed to `added`, their spans
/// to `replace`).
pub(crate) fn publisher_pronouns(
    src: &str,
    mentions: &[Mention],
    added: &mut Vec<Mention>,
    replace: &mut Vec<(usize, usize)>,
) {
    if !NOTE_LABELS.iter().any(|l| src.has(l)) {
        return;
    }
    let Some(publisher) = publisher(src, mentions) else {
        return;
    };
    let mut pos = 0;
    for raw in src.split_inclusive('\n') {
        let (ls, le) = (pos, pos + raw.len());
        pos = le;
        let line = raw.trim_start_matches([' ', '\u{3000}']);
        if !NOTE_LABELS.iter().any(|l| line.starts_with(l)) {
            continue;
        }
        let from = mentions.partition_point(|m| m.start < ls);
        for m in mentions.get(from..).unwrap_or_default() {
            if m.start >= le {
                break;
            }
            if m.pronoun && super::author::pronoun_kind_fits(&m.surface, publisher.kind) {
                added.push(standing_for(publisher, m.start, &m.surface));
                replace.push((m.start, m.end));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn an_editors_note_speaks_for_the_publisher() {
        let net = extract(
            "一封感谢信\n来源：绍兴市教育局　　发布日期：2026-01-09\n编者按：我局与越城中学共同结对帮扶苍溪县东溪中学。\n感谢信\n　　越城中学与我校结成帮扶对子。\n苍溪县东溪中学\n2026年1月6日\n",
        );
        let pairs: Vec<(String, String)> = net
            .relations
            .iter()
            .flat_map(|r| {
                r.supporters
                    .iter()
                    .map(|s| (s.name.clone(), r.recipient.clone()))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert!(
            pairs.contains(&("绍兴市教育局".to_owned(), "苍溪县东溪中学".to_owned())),
            "{pairs:?}"
        );
    }
}
