//! A person's text headed by its writer's unit (a 征文 entry, a teacher's essay: "作者：和丽芳"
//! then "单位：福贡县第一中学"): the writer's 我们学校 (我们医院, 我们学院) anywhere in the text
//! is that unit. The writer is a person, so the text keeps no author; only these phrases are
//! resolved.

use super::names::Mention;
use super::speakers::standing_for;
use crate::InstitutionKind as K;
use crate::extract::has::Has;

/// Labels of the writer's line at the head of the text.
const WRITER_LABELS: [&str; 3] = ["作者：", "作者:", "作　者："];

/// Labels of the line that gives the writer's unit.
const UNIT_LABELS: [&str; 6] = [
    "单位：",
    "单位:",
    "作者单位：",
    "作者单位:",
    "工作单位：",
    "工作单位:",
];

/// The head lines where the writer and their unit are labelled.
const HEAD_LINES: usize = 8;

/// Adds a mention of the writer's unit for each 我们学校 (我们医院, 我们学院) of the text, at most
/// 32 of each, when the head labels a writer and the unit.
pub(crate) fn writer_unit(src: &str, mentions: &[Mention], added: &mut Vec<Mention>) {
    let Some(unit) = labelled_unit(src, mentions) else {
        return;
    };
    // The speaker's words of a caption reader, the 我们 ones (a writer's 我校 is left to the
    // author's readers).
    for (word, kinds) in super::captions::OWN_WORDS {
        if !word.starts_with("我们") || !kinds.contains(&unit.kind) {
            continue;
        }
        for at in src.starts(word).take(32) {
            added.push(standing_for(unit, at, word));
        }
    }
}

/// The unit named on a labelled line of the head (单位：X), when another head line labels the
/// writer (作者：…).
fn labelled_unit<'m>(src: &str, mentions: &'m [Mention]) -> Option<&'m Mention> {
    let mut writer = false;
    let mut unit: Option<(usize, usize)> = None;
    let mut pos = 0usize;
    for raw in src.split_inclusive('\n').take(HEAD_LINES) {
        let (ls, le) = (pos, pos + raw.len());
        pos = le;
        let line = raw.trim_start();
        writer |= WRITER_LABELS.iter().any(|l| line.starts_with(l));
        if unit.is_none() && UNIT_LABELS.iter().any(|l| line.starts_with(l)) {
            unit = Some((ls, le));
        }
    }
    let (ls, le) = unit.filter(|_| writer)?;
    mentions
        .iter()
        .skip_while(|m| m.start < ls)
        .take_while(|m| m.end <= le)
        .find(|m| !m.pronoun && m.kind != K::Other)
}
