//! Ceremonies named as a noun phrase: "隆重举行A（以下简称“甲”）与B对口支援协议签约仪式", or a
//! ceremony's title line "A与B对口帮扶签约仪式".
//!
//! An agenda's signing item names its parties with a label instead ("签约双方：A、B。"), and
//! what the agreement does after it on the line ("A续签对口帮扶协议…").
//!
//! The parties come after the verb (举行, 出席, 参加) or without any verb, so the agreement
//! reader — which wants "A与B举行…" or "A与B签订…" — does not see them. A ceremony of signing
//! a help agreement pairs A and B; the direction is the document's (who supports elsewhere).

use super::names::Mention;
use super::relations::{
    Party, RawRelation, SentenceCtx, between, negated, relation_status, usable_supporter,
};
use super::text::squeeze;
use crate::extract::has::Has;
use crate::{Agreement, AgreementKind};

/// Names of a ceremony of signing.
const CEREMONIES: [&str; 4] = ["签约仪式", "签字仪式", "结对仪式", "签约大会"];

/// Words of help in the ceremony's name: without one (战略合作签约仪式) it pairs no one here.
const HELP: [&str; 6] = ["对口支援", "对口帮扶", "结对帮扶", "帮扶", "支援", "援建"];

/// Characters allowed between the second party and the ceremony's name.
const REACH: usize = 24;

/// Adds the pairs of the sentence's ceremony names to `out`.
pub(crate) fn add(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let text = cx.text();
    // Most sentences name no ceremony: one search for what three of the four names share.
    if !text.has("仪式") && !text.has("签约大会") {
        return;
    }
    let Some((at, word)) = CEREMONIES
        .iter()
        .filter_map(|w| text.find(w).map(|p| (p, *w)))
        .min_by_key(|(p, _)| *p)
    else {
        return;
    };
    let at = cx.span.start + at;
    let ms: Vec<&Mention> = cx
        .mentions
        .iter()
        .copied()
        .filter(|m| m.end <= at)
        .collect();
    let Some(last) = ms.len().checked_sub(1) else {
        return;
    };
    let Some(b) = ms.get(last) else { return };
    let name = between(src, b.end, at);
    if name.chars().count() > REACH
        || name.contains(['，', '。', '；', ',', ';'])
        || !HELP.iter().any(|w| name.has(w))
    {
        return;
    }
    // The party before 与: "A与B", with A's own short form between them ("A（以下简称…）与B",
    // whose short form may be a mention of its own).
    let Some(a) = (1..=3)
        .filter_map(|back| last.checked_sub(back).and_then(|k| ms.get(k)))
        .find(|a| {
            let gap = squeeze(between(src, a.end, b.start));
            ["与", "和", "與"].contains(&duikou_tokenizer::without_parenthesised(&gap).as_str())
        })
    else {
        return;
    };
    if a.name == b.name || !usable_supporter(a) {
        return;
    }
    // 与 of the verb (A与B举行…) is the agreement reader's: the pair is said before a verb.
    if name.has("举行") {
        return;
    }
    let prefix = between(src, cx.span.start, a.start);
    if negated(prefix) {
        return;
    }
    let status = relation_status(prefix, prefix);
    push_agreement(cx, (a, b), cx.span, status, format!("{name}{word}"), out);
}

/// Adds the undirected pair of `a` and `b` who sign the agreement titled `title` (the
/// document orients it), with `evidence`.
fn push_agreement(
    cx: &SentenceCtx<'_>,
    (a, b): (&Mention, &Mention),
    evidence: duikou_tokenizer::Span,
    status: crate::Status,
    title: String,
    out: &mut Vec<RawRelation>,
) {
    let mut agreement = Agreement::new(AgreementKind::from_title(&title));
    agreement.title = Some(title);
    agreement.parties = vec![a.name.clone(), b.name.clone()];
    agreement.signed = None;
    let mut raw = cx.raw(vec![Party::of(a)], b, evidence, status);
    raw.undirected = true;
    raw.disciplines.clear();
    raw.agreement = Some(agreement);
    out.push(raw);
}

/// Labels of the parties of a signing item in an agenda.
const SIGNING_LABELS: [&str; 3] = ["签约双方", "签约单位", "签约方"];

/// Adds the pair of an agenda's signing item, "签约双方：A、B。" followed on its line by what a
/// help agreement does (A续签对口帮扶协议…, 协议约定…组团帮扶B): A and B, the direction the
/// document's. Governments sign for their places (宜昌市人民政府、隆子县人民政府), whose pair
/// is the places' and read where the text states it; an item not signed (暂不签约) pairs no one.
pub(crate) fn add_signing_parties(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let text = cx.text();
    // Every label holds 签约: one search before the three.
    if !text.has("签约") {
        return;
    }
    let Some((at, label)) = SIGNING_LABELS
        .iter()
        .find_map(|l| text.find(l).map(|p| (p, *l)))
    else {
        return;
    };
    // The label opens the item: an ordinal at most before it (1., 2、, （二）).
    let head = text.get(..at).unwrap_or_default().trim();
    if head.chars().count() > 4
        || !head
            .chars()
            .all(|c| c.is_ascii_digit() || "一二三四五六七八九十、.．)）(（".contains(c))
    {
        return;
    }
    let Some(after) = text.get(at + label.len()..) else {
        return;
    };
    if !after.starts_with(['：', ':']) {
        return;
    }
    let label_end = cx.span.start + at + label.len();
    // A party's short form declared after it (A（以下简称“甲”）) is A again.
    let mut ms: Vec<&Mention> = cx
        .mentions
        .iter()
        .copied()
        .filter(|m| m.start >= label_end && !m.pronoun)
        .collect();
    ms.dedup_by(|x, y| x.name == y.name);
    let [a, b] = ms.as_slice() else { return };
    if a.name == b.name || !usable_supporter(a) || [a, b].iter().any(|m| m.name.ends_with("政府"))
    {
        return;
    }
    // What the agreement does, on the rest of the item's line.
    let line_end = src
        .get(cx.span.end..)
        .and_then(|r| r.find('\n'))
        .map_or(src.len(), |p| cx.span.end + p);
    let rest = src.get(cx.span.end..line_end).unwrap_or_default();
    let Some(help) = HELP.iter().find(|w| rest.has(w)) else {
        return;
    };
    if negated(rest) || rest.has("暂不") {
        return;
    }
    // The evidence is the item: the parties and what their agreement does.
    let item = duikou_tokenizer::Span::new(cx.span.start, line_end);
    push_agreement(
        cx,
        (a, b),
        item,
        relation_status("", ""),
        format!("{help}协议"),
        out,
    );
}
