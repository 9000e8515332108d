//! Relations stated through a role noun rather than a verb of help.
//!
//! - "Y的对口支援高校为A、B", "Y的帮扶单位包括A和B": A and B support Y;
//! - "X的帮扶对象有：A、B", "X的受援高校是Y": X supports A, B, Y;
//! - "A、B是Y的对口支援高校" (A and B support Y), "Y是X的受援高校" (X supports Y).
//!
//! A supporter's noun (支援高校, 帮扶单位, 援建方) names who gives; a recipient's noun (受援高校,
//! 帮扶对象, 援建对象) names who receives. The owner of the noun is the name right before 的.

use super::names::Mention;
use super::relations::{
    Party, RawRelation, SentenceCtx, between, clause_start, negated, plain_list_ending_at,
    plain_list_starting_at, relation_status, usable_supporter,
};
use super::text::squeeze;

/// Which side a role noun names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    /// 支援高校, 帮扶单位: the one who gives.
    Supporter,
    /// 受援高校, 帮扶对象: the one who receives.
    Recipient,
}

/// Verbs of help a role noun is built on, after an optional 对口/结对.
const HELP: [&str; 5] = ["支援", "帮扶", "援建", "援助", "协作"];

/// Heads of a supporter's noun (支援 + 高校 = 支援高校).
const GIVER_HEADS: [&str; 12] = [
    "高校", "单位", "院校", "学校", "医院", "城市", "省市", "方", "企业", "市", "省", "区",
];

/// Heads of a recipient's noun after 受援 (受援高校, 受援地).
const RECEIVER_HEADS: [&str; 12] = [
    "高校", "单位", "院校", "学校", "医院", "地区", "县", "地", "方", "市", "州", "学院",
];

/// Words between a noun and the list it names ("为", "包括", "有：").
const AFTER: [&str; 10] = [
    "分别为",
    "分别是",
    "主要有",
    "主要是",
    "包括",
    "共有",
    "为",
    "是",
    "有",
    "系",
];

/// Copulas between a list and "Y的…" ("A、B是Y的对口支援高校").
const BEFORE: [&str; 10] = [
    "被确定为",
    "被列为",
    "确定为",
    "列为",
    "成为",
    "作为",
    "均为",
    "都是",
    "是",
    "为",
];

/// The role noun opening `rest` (after "的"), with its side and byte length.
fn role_noun(rest: &str) -> Option<(Side, usize)> {
    let mut len = 0;
    let mut r = rest;
    // An ordinal and its measure word first: "为我校第三所支援高校".
    for ord in ["第一", "第二", "第三", "第四", "第五", "新"] {
        if let Some(t) = r.strip_prefix(ord) {
            let t = t.trim_start_matches(['所', '个', '家', '批']);
            len += r.len() - t.len();
            r = t;
            break;
        }
    }
    for m in ["对口", "结对", "定点"] {
        if let Some(t) = r.strip_prefix(m) {
            len += m.len();
            r = t;
            break;
        }
    }
    if let Some(t) = r.strip_prefix("受援") {
        let head = RECEIVER_HEADS.iter().find(|h| t.starts_with(**h))?;
        return Some((Side::Recipient, len + "受援".len() + head.len()));
    }
    let help = HELP.iter().find(|h| r.starts_with(**h))?;
    let t = r.get(help.len()..)?;
    if t.starts_with("对象") {
        return Some((Side::Recipient, len + help.len() + "对象".len()));
    }
    let head = GIVER_HEADS.iter().find(|h| t.starts_with(**h))?;
    // 支援方案, 帮扶单位的…: the head must end the noun (方 of 方案 does not).
    let after = t.get(head.len()..).unwrap_or_default();
    if *head == "方" && after.starts_with(['案', '面', '式', '法', '向']) {
        return None;
    }
    Some((Side::Supporter, len + help.len() + head.len()))
}

/// Adds the relations of the sentence's role nouns to `out`.
pub(crate) fn add(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let ms = &cx.mentions;
    if !cx.text().contains('的') {
        return;
    }
    for (k, owner) in ms.iter().enumerate() {
        let Some(rest) = between(src, owner.end, cx.span.end).strip_prefix('的') else {
            continue;
        };
        let Some((side, len)) = role_noun(rest) else {
            continue;
        };
        let noun_end = owner.end + '的'.len_utf8() + len;
        // "Y的支援高校为A、B": the list after the noun.
        let named = named_after(src, ms, k, noun_end);
        let (others, owner_first) = if named.is_empty() {
            (named_before(src, ms, k), false)
        } else {
            (named, true)
        };
        let others: Vec<&Mention> = others
            .into_iter()
            .filter_map(|i| ms.get(i).copied())
            .filter(|m| m.name != owner.name)
            .collect();
        let Some(first) = others.first() else {
            continue;
        };
        let at = if owner_first {
            owner.start
        } else {
            first.start
        };
        let cs = clause_start(src, cx.span, at);
        let prefix = between(src, cs, at);
        if negated(prefix) {
            continue;
        }
        let status = relation_status(prefix, between(src, cx.span.start, at));
        match side {
            Side::Supporter => {
                let sups: Vec<Party> = others
                    .iter()
                    .filter(|m| usable_supporter(m))
                    .map(|m| Party::of(m))
                    .collect();
                if !sups.is_empty() {
                    out.push(cx.raw(sups, owner, cx.span, status));
                }
            }
            Side::Recipient => {
                if !usable_supporter(owner) {
                    continue;
                }
                for r in &others {
                    out.push(cx.raw(vec![Party::of(owner)], r, cx.span, status));
                }
            }
        }
    }
}

/// The mentions listed right after a role noun ending at `noun_end` ("为A、B", "包括：A和B"),
/// or none.
fn named_after(src: &str, ms: &[&Mention], owner: usize, noun_end: usize) -> Vec<usize> {
    let Some(next) = ms.iter().skip(owner + 1).position(|m| m.start >= noun_end) else {
        return Vec::new();
    };
    let next = owner + 1 + next;
    let Some(m) = ms.get(next) else {
        return Vec::new();
    };
    let gap = squeeze(between(src, noun_end, m.start));
    let gap = gap.trim_end_matches(['：', ':']);
    if !gap.is_empty() && !AFTER.contains(&gap) {
        return Vec::new();
    }
    plain_list_starting_at(src, ms, next)
}

/// The list right before "Y的…" joined by a copula ("A、B是Y的…", "Y是X的受援高校"), or none.
fn named_before(src: &str, ms: &[&Mention], owner: usize) -> Vec<usize> {
    let Some(prev) = owner.checked_sub(1) else {
        return Vec::new();
    };
    let (Some(p), Some(o)) = (ms.get(prev), ms.get(owner)) else {
        return Vec::new();
    };
    let gap = squeeze(between(src, p.end, o.start));
    let gap = gap.trim_start_matches(['也', '仍', '已', '均']);
    if !BEFORE.contains(&gap) {
        return Vec::new();
    }
    plain_list_ending_at(src, ms, prev)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_name_their_side() {
        assert_eq!(role_noun("对口支援高校为"), Some((Side::Supporter, 18)));
        assert_eq!(role_noun("受援高校"), Some((Side::Recipient, 12)));
        assert_eq!(role_noun("帮扶对象有"), Some((Side::Recipient, 12)));
        assert_eq!(role_noun("第三所支援高校"), Some((Side::Supporter, 21)));
        assert_eq!(role_noun("支援方案"), None);
        assert_eq!(role_noun("支援工作"), None);
        assert_eq!(role_noun("大力支援"), None);
    }
}
