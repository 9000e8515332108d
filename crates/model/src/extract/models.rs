//! Institutions cited as models: "学习借鉴了北京协和医院的经验", "借鉴华西医院远程医疗做法".
//!
//! A unit whose experience the author learns from is no party of the support it reports: it
//! neither gives nor receives, and 该院 after it does not stand for it. Its mentions leave the
//! list before anaphora, relations and contributions are read.

use super::has::Has;
use super::names::Mention;

/// Verbs of learning from a model, the model named after them.
const LEARN: [&str; 8] = [
    "学习借鉴",
    "借鉴",
    "参照",
    "参考",
    "效仿",
    "对标",
    "复制",
    "学习",
];

/// Nouns of what is learnt, after the model.
const LESSONS: [&str; 5] = ["经验", "做法", "模式", "办法", "成功范例"];

/// Characters of the clause searched before and after a mention.
const REACH: usize = 24;

/// Whether the mention at `m` sits between a verb of learning and a lesson in its clause
/// ("学习借鉴了X的经验", "借鉴X远程医疗做法").
fn is_model(src: &str, m: &Mention) -> bool {
    if m.pronoun {
        return false;
    }
    // The rarer condition first: a lesson word shortly after the name (within REACH
    // characters, at most three bytes each).
    let after = src.get(m.end..).unwrap_or_default();
    let near = after
        .get(..after.len().min(REACH * 3))
        .or_else(|| {
            let cut = (0..=REACH * 3).rev().find(|&i| after.is_char_boundary(i))?;
            after.get(..cut)
        })
        .unwrap_or(after);
    if !LESSONS.iter().any(|l| near.has(l)) {
        return false;
    }
    let before = src.get(..m.start).unwrap_or_default();
    let clause_start = before
        .char_indices()
        .rev()
        .take(REACH)
        // A line break is no boundary: wrapped text goes on (…对口支援\n贵州大学的经验).
        .find(|(_, c)| "，。；：！？,;:".contains(*c))
        .map_or_else(
            || {
                before
                    .char_indices()
                    .rev()
                    .take(REACH)
                    .last()
                    .map_or(0, |(i, _)| i)
            },
            |(i, c)| i + c.len_utf8(),
        );
    let clause = before.get(clause_start..).unwrap_or_default();
    // The verb, then at most a particle (借鉴了) or other models (学习A、B的经验).
    let Some(at) = LEARN
        .iter()
        .filter_map(|v| clause.rfind_str(v).map(|p| p + v.len()))
        .max()
    else {
        return false;
    };
    // "到X学习": the place of a study visit comes before the verb, not after.
    if at > clause.len() {
        return false;
    }
    let rest: String = after
        .chars()
        .filter(|c| *c != '\n')
        .take(REACH)
        .take_while(|c| !"，。；！？,;".contains(*c))
        .collect();
    LESSONS.iter().any(|l| rest.has(l))
}

/// The mentions without the models among them.
pub(crate) fn drop_models(src: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    // Most documents cite no model: look for a lesson word before testing each mention.
    if !LESSONS.iter().any(|l| src.contains(l)) {
        return mentions;
    }
    mentions.into_iter().filter(|m| !is_model(src, m)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(src: &str) -> Vec<String> {
        super::super::names::names_after(src, drop_models)
    }

    #[test]
    fn a_model_is_dropped() {
        let kept = names("我院学习借鉴了北京协和医院的经验，帮扶阿克苏地区第一人民医院。");
        assert!(!kept.iter().any(|n| n == "北京协和医院"), "{kept:?}");
        assert!(
            kept.iter().any(|n| n == "阿克苏地区第一人民医院"),
            "{kept:?}"
        );
    }

    #[test]
    fn a_study_visit_is_kept() {
        // The place visited comes before the verb: it may be a party (进修 there).
        let kept = names("我院选派骨干医师到北京协和医院学习先进管理经验。");
        assert!(kept.iter().any(|n| n == "北京协和医院"), "{kept:?}");
    }

    #[test]
    fn a_pair_cited_as_a_model_across_a_line_break_is_dropped() {
        let kept =
            names("同年，学校学习借鉴浙江大学对口支援\n贵州大学的经验，开始实施团队式支援。");
        assert!(
            !kept.iter().any(|n| n == "浙江大学" || n == "贵州大学"),
            "{kept:?}"
        );
    }

    #[test]
    fn learning_without_a_lesson_keeps_the_name() {
        let kept = names("教师们学习了浙江大学编写的教材。");
        assert!(kept.iter().any(|n| n == "浙江大学"), "{kept:?}");
    }
}
