//! Supporters named after a relative clause of help: "向长期以来对口支援阿里的河北省、陕西省和
//! 中国石油表示感谢", "对口支援我区的河北省选派干部…".
//!
//! The verb of help and its recipient come first, then 的 and the units that help: each unit of
//! that list supports the recipient. Read only when nothing in the clause before the verb
//! could be its subject, and when the names after 的 are no smaller place within the recipient
//! (对口帮扶三都的周覃中学 is a school of 三都, read by the support reader).
//!
//! The other relative clause has the helper before the verb and the helped after 的:
//! "广州市对口支援的疏附县、东莞市对口支援的伽师县" (each unit before the verb supports the
//! units after its 的), "浙江大学…与所对口支援的贵州大学、西藏民族大学一道…" (所: the
//! sentence's subject supports them).

use super::cues::List;
use super::relations::{
    Party, RawRelation, SentenceCtx, between, clause_start, list_rightwards, negated,
    opens_sentence, relation_status,
};
use super::text::dense_len;
use crate::InstitutionKind as K;

/// The rank of a place (a province above a prefecture above a county); institutions rank 0.
pub(crate) fn rank(kind: K) -> u8 {
    match kind {
        K::Province => 3,
        K::Prefecture | K::City => 2,
        K::County => 1,
        _ => 0,
    }
}

/// Pairs stated by a relative clause of help in the sentence of `cx`, appended to `out`.
pub(crate) fn find(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let (src, ms) = (cx.src, &cx.mentions);
    for (vs, ve, _) in cx.cues.find(List::Support, cx.span.start, cx.span.end) {
        let cs = clause_start(src, cx.span, vs);
        // A subject before the verb makes it a statement, read elsewhere.
        if ms.iter().any(|m| m.start >= cs && m.end <= vs) {
            continue;
        }
        let Some(ri) = ms
            .iter()
            .position(|m| m.start >= ve && dense_len(between(src, ve, m.start), 3) <= 2)
        else {
            continue;
        };
        let Some(rm) = ms.get(ri) else { continue };
        // 的 right after the recipient, then the first helper.
        let Some(first) = ms.get(ri + 1) else {
            continue;
        };
        if between(src, rm.end, first.start) != "的"
            || first.pronoun
            || (rank(first.kind) > 0 && rank(first.kind) < rank(rm.kind).max(1))
        {
            continue;
        }
        let prefix = between(src, cs, vs);
        if negated(prefix) {
            continue;
        }
        let status = relation_status(prefix, between(src, cx.span.start, vs));
        for h in list_rightwards(src, ms, ri + 1)
            .into_iter()
            .filter_map(|k| ms.get(k).copied())
        {
            if h.name != rm.name && !h.pronoun {
                out.push(cx.raw(vec![Party::of(h)], rm, cx.span, status));
            }
        }
    }
}

/// Pairs of relative clauses "X对口支援的Y、Z" and "(X…)所对口支援的Y、Z" in the sentence of
/// `cx`, appended to `out`.
pub(crate) fn find_helped(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let (src, ms) = (cx.src, &cx.mentions);
    for (vs, ve, _) in cx.cues.find(List::Support, cx.span.start, cx.span.end) {
        // A building's owner after 援建的 (由X援建的Y实训楼) is not what the verb helps.
        if matches!(between(src, vs, ve), "援建" | "捐建") {
            continue;
        }
        // 的 right after the verb, then the first unit helped.
        let Some(ri) = ms.iter().position(|m| m.start >= ve) else {
            continue;
        };
        let Some(rm) = ms.get(ri) else { continue };
        if between(src, ve, rm.start) != "的" || rm.pronoun {
            continue;
        }
        let cs = clause_start(src, cx.span, vs);
        let prefix = between(src, cs, vs);
        if negated(prefix) {
            continue;
        }
        // The helper: the unit right before the verb (长期 and the like between), or, after
        // 所, the unit that opens the sentence.
        let before = ms.iter().rposition(|m| m.end <= vs);
        let gap = before
            .and_then(|k| ms.get(k))
            .map(|m| between(src, m.end, vs));
        let helper = match (before.and_then(|k| ms.get(k)), gap) {
            (Some(m), Some(g))
                if dense_len(g, 3) == 0 || ["长期", "一直", "结对", "定点"].contains(&g) =>
            {
                Some(*m)
            }
            _ if prefix.ends_with('所') => ms
                .iter()
                .find(|m| m.end <= vs && !m.pronoun && opens_sentence(cx, m))
                .copied(),
            _ => None,
        };
        // The author's own pronoun helps as the author (赴我市结对帮扶的剑阁县).
        let Some(helper) = helper else {
            continue;
        };
        let status = relation_status(prefix, between(src, cx.span.start, vs));
        // The units helped: the list after 的, up to a unit that helps in a clause of its own
        // (…疏附县、东莞市对口支援的伽师县).
        for k in list_rightwards(src, ms, ri) {
            let Some(h) = ms.get(k).copied() else { break };
            let helps_next = cx
                .cues
                .find(List::Support, h.end, cx.span.end)
                .first()
                .is_some_and(|&(v, _, _)| dense_len(between(src, h.end, v), 3) == 0);
            if helps_next {
                break;
            }
            if h.name != helper.name {
                out.push(cx.raw(vec![Party::of(helper)], h, cx.span, status));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn helpers_after_a_relative_clause_support_its_recipient() {
        let net = extract(
            "向长期以来对口支援阿里地区的河北省、陕西省和中国石油天然气集团有限公司表示衷心的感谢！",
        );
        let mut pairs = net.pairs();
        pairs.sort_unstable();
        assert_eq!(
            pairs,
            [
                ("中国石油天然气集团有限公司", "阿里地区"),
                ("河北省", "阿里地区"),
                ("陕西省", "阿里地区")
            ]
        );
    }

    #[test]
    fn a_smaller_place_after_de_is_within_the_recipient() {
        let net = extract("对口帮扶黔南州的三都县，选派教师12名。");
        assert!(
            !net.pairs().iter().any(|(s, _)| *s == "三都县"),
            "{:?}",
            net.pairs()
        );
    }

    #[test]
    fn units_after_a_relative_clause_are_helped_by_the_unit_before_it() {
        let net = extract("鄞州区对口支援的册亨县、余姚市对口支援的望谟县，也各有一所学校在建。");
        let mut pairs = net.pairs();
        pairs.sort_unstable();
        assert_eq!(pairs, [("余姚市", "望谟县"), ("鄞州区", "册亨县")]);
    }

    #[test]
    fn the_owner_of_a_building_built_by_aid_is_no_pair_of_its_own() {
        let net = extract("由宁波市鄞州区援建的册亨县第二中学实验楼正式启用。");
        assert!(net.pairs().is_empty(), "{:?}", net.pairs());
    }

    #[test]
    fn after_suo_the_subject_of_the_sentence_helps() {
        let net = extract(
            "南京大学在鼓楼校区召开工作会议，与所对口支援的新疆大学、西藏大学一道总结工作。",
        );
        let mut pairs = net.pairs();
        pairs.sort_unstable();
        assert_eq!(pairs, [("南京大学", "新疆大学"), ("南京大学", "西藏大学")]);
    }

    #[test]
    fn a_subject_before_the_verb_is_read_elsewhere() {
        let net = extract("浙江大学对口支援贵州大学的医学院。");
        assert!(
            !net.pairs().iter().any(|(s, _)| s.ends_with("医学院")),
            "{:?}",
            net.pairs()
        );
    }
}
