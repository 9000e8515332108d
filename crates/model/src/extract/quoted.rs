//! An e-mail reply quotes the earlier message below it, each quoted line opening with ">":
//! an amount found there that the newer text already states (same kind, value and unit) is a
//! repeat of it, whoever the quoted writer names as its parties.

use duikou_tokenizer::Decimal;

use super::fast_hash::FastMap;
use crate::{ContributionKind, SupportNetwork};

/// Marks each contribution on a quoted line that repeats one stated on an unquoted line.
pub(crate) fn mark_quoted_repeats(net: &mut SupportNetwork, src: &str) {
    // A quoted line may be indented (a copy that indents every line): any '>' is a candidate,
    // and each line is tested after its blanks.
    if !src.contains('>') {
        return;
    }
    // 1-based numbers of the quoted lines, ascending.
    let quoted: Vec<u32> = src
        .split('\n')
        .zip(1u32..)
        .filter(|(l, _)| l.trim_start().starts_with('>'))
        .map(|(_, n)| n)
        .collect();
    let is_quoted = |line: u32| quoted.binary_search(&line).is_ok();
    // The first unquoted statement of each amount, then one look-up per quoted one.
    let mut stated: FastMap<(ContributionKind, Decimal, &str, bool), usize> = FastMap::default();
    for (i, c) in net.contributions.iter().enumerate() {
        if !is_quoted(c.evidence.line) {
            stated
                .entry((c.kind, c.value, c.unit.as_str(), c.cumulative))
                .or_insert(i);
        }
    }
    let marks: Vec<(usize, usize)> = net
        .contributions
        .iter()
        .enumerate()
        .filter(|(_, c)| c.repeat_of.is_none() && is_quoted(c.evidence.line))
        .filter_map(|(i, c)| {
            stated
                .get(&(c.kind, c.value, c.unit.as_str(), c.cumulative))
                .map(|&j| (i, j))
        })
        .collect();
    for (i, j) in marks {
        if let Some(c) = net.contributions.get_mut(i) {
            c.repeat_of = Some(j);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn an_amount_quoted_from_an_earlier_message_is_a_repeat() {
        let text = "甲大学对口支援乙学院工作函\n今年甲大学向乙学院捐赠图书3600册。\n\n> 在 2025-02-20 10:03，王磊 写道：\n> 图书馆拟向贵校捐赠图书3600册；\n";
        // The same in a copy that indents every line.
        let indented: String = text
            .lines()
            .map(|l| format!("\u{3000}\u{3000}{l}\n"))
            .collect();
        for text in [text, indented.as_str()] {
            quoted_book_is_a_repeat(text);
        }
    }

    fn quoted_book_is_a_repeat(text: &str) {
        let net = extract(text);
        let books: Vec<_> = net
            .contributions
            .iter()
            .filter(|c| c.unit == "册")
            .collect();
        assert_eq!(books.len(), 2, "{books:#?}");
        assert!(books[0].repeat_of.is_none());
        assert_eq!(books[1].repeat_of, Some(0));
    }
}
