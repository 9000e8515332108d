//! Ceremonies named as a noun phrase: "隆重举行A（以下简称“甲”）与B对口支援协议签约仪式", or a
//! ceremony's title line "A与B对口帮扶签约仪式".
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
    let title = format!("{}{}", name, word);
    let mut agreement = Agreement::new(AgreementKind::from_title(&title));
    agreement.title = Some(title);
    agreement.parties = vec![a.name.clone(), b.name.clone()];
    agreement.signed = None;
    let mut raw = cx.raw(vec![Party::of(a)], b, cx.span, status);
    raw.undirected = true;
    raw.disciplines.clear();
    raw.agreement = Some(agreement);
    out.push(raw);
}
