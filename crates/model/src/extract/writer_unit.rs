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
/// 32 of each, when the head labels a writer and the unit; and of the unit's teaching group
/// for 我们英语组 or 我们学校英语组 (a school's), whose span replaces the recogniser's 学校英语组.
pub(crate) fn writer_unit(
    src: &str,
    mentions: &[Mention],
    added: &mut Vec<Mention>,
    replace: &mut Vec<(usize, usize)>,
) {
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
            if !group_of(src, unit, at + word.len(), at, added, replace) {
                added.push(standing_for(unit, at, word));
            }
        }
    }
    if unit.kind == K::School {
        for at in src.starts("我们").take(64) {
            group_of(src, unit, at + "我们".len(), at, added, replace);
        }
        led_groups(src, mentions, added);
    }
}

/// A teaching group named by the teacher who leads it (珠海二中李婧老师带的英语组): the group of
/// the school named right before the teacher.
fn led_groups(src: &str, mentions: &[Mention], added: &mut Vec<Mention>) {
    for p in src.starts("老师带的").take(32) {
        let from = p + "老师带的".len();
        let Some(group) = group_at(src, from) else {
            continue;
        };
        // The school, then only the teacher's name (two to four characters) before 老师.
        let before = mentions.partition_point(|m| m.start < p);
        let Some(school) = mentions
            .get(..before)
            .and_then(|ms| ms.iter().rev().find(|m| m.end <= p))
        else {
            continue;
        };
        let name = src.get(school.end..p).unwrap_or_default();
        if school.kind != K::School
            || school.pronoun
            || !(2..=4).contains(&name.chars().count())
            || !name.chars().all(super::names::is_cjk)
        {
            continue;
        }
        added.push(group_mention(school, group, src, from, from + group.len()));
    }
}

/// The writer's school's teaching group named at byte `from` (英语组 of 我们英语组), as a
/// mention from `at`: added, its span replacing the recogniser's; whether there was one.
fn group_of(
    src: &str,
    unit: &Mention,
    from: usize,
    at: usize,
    added: &mut Vec<Mention>,
    replace: &mut Vec<(usize, usize)>,
) -> bool {
    let Some(group) = group_at(src, from).filter(|_| unit.kind == K::School) else {
        return false;
    };
    let end = from + group.len();
    added.push(group_mention(unit, group, src, at, end));
    replace.push((at, end));
    true
}

/// A school's teaching group named at byte `from` of `src` (英语组, 数学教研组).
fn group_at(src: &str, from: usize) -> Option<&str> {
    let rest = src.get(from..)?;
    let n = super::names::subject_group_after(rest);
    rest.get(..n).filter(|g| !g.is_empty())
}

/// The mention of `school`'s `group`, written at `start..end` of `src`.
fn group_mention(school: &Mention, group: &str, src: &str, start: usize, end: usize) -> Mention {
    Mention {
        start,
        end,
        name: format!("{}{group}", school.name),
        surface: src.get(start..end).unwrap_or_default().to_owned(),
        kind: K::Department,
        pronoun: false,
        parent: Some(school.name.clone()),
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
