//! Supporters named after a relative clause of help: "向长期以来对口支援阿里的河北省、陕西省和
//! 中国石油表示感谢", "对口支援我区的河北省选派干部…".
//!
//! The verb of help and its recipient come first, then 的 and the units that help: each unit of
//! that list supports the recipient. Read only when nothing in the clause before the verb
//! could be its subject, and when the names after 的 are no smaller place within the recipient
//! (对口帮扶三都的周覃中学 is a school of 三都, read by the support reader).

use super::cues::List;
use super::relations::{
    Party, RawRelation, SentenceCtx, between, clause_start, list_rightwards, negated,
    relation_status,
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
    fn a_subject_before_the_verb_is_read_elsewhere() {
        let net = extract("浙江大学对口支援贵州大学的医学院。");
        assert!(
            !net.pairs().iter().any(|(s, _)| s.ends_with("医学院")),
            "{:?}",
            net.pairs()
        );
    }
}
