//! One pass over a sentence for the cue words of every relation reader.
//!
//! The readers of relations.rs each look for their own words (支援 verbs, passive verbs,
//! destinations of people sent, pairing verbs …). Instead of one automaton pass per list, all
//! lists share one automaton whose overlapping matches are found once per sentence; each
//! reader then takes its own words, leftmost-longest and not overlapping, exactly as a pass
//! with its own list would have found them.

use std::sync::LazyLock;

use duikou_tokenizer::Span;

/// The cue lists of the relation readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum List {
    /// Active support verbs (X支援Y).
    Support,
    /// Verbs of help in passive wording (受X支援).
    Passive,
    /// Words before the destination of people sent (到R支教).
    DispatchTo,
    /// 加入 (…加入支援行列).
    Join,
    /// Copulas before a recipient (确定X为R的对口支援单位).
    Copula,
    /// Verbs of receiving help (得到X的支援).
    Receive,
    /// 作为 (由X作为第二支援高校).
    AsRole,
    /// Verbs of people sent (选派, 派出 …).
    Send,
    /// Verbs of students placed (接收 …学生).
    Place,
    /// Pairing and agreement verbs (结对, 签订 …).
    Agreement,
    /// Verbs of hosts of staff sent to study (接收 …进修).
    Host,
    /// 来自.
    From,
}

/// Every list with its words: the verbs of the cue table (`data/cues.tsv`) and the extractor's
/// own word lists.
fn lists() -> Vec<(List, Vec<&'static str>)> {
    vec![
        (List::Support, super::relations::SUPPORT_VERBS.clone()),
        (List::Passive, super::relations::PASSIVE_VERBS.to_vec()),
        (List::DispatchTo, super::relations::DISPATCH_TO.to_vec()),
        (List::Join, vec!["加入"]),
        (List::Copula, vec!["为", "是", "作为", "成为"]),
        (List::Receive, vec!["得到", "受到", "接受", "获得"]),
        (List::AsRole, vec!["作为"]),
        (List::Send, vec!["选派", "派出", "派遣", "抽调", "派"]),
        (List::Place, vec!["接收", "接受", "招收", "安排"]),
        (List::Agreement, super::relations::AGREEMENT_VERBS.clone()),
        (List::Host, vec!["接收", "接纳", "接受"]),
        (List::From, vec!["来自"]),
    ]
}

/// The shared automaton: distinct words, and for each the lists (and positions) it is in.
struct Table {
    index: super::words::WordIndex,
    /// For each distinct word: (list, index of the word in the list).
    members: Vec<Vec<(List, usize)>>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut distinct: Vec<&'static str> = Vec::new();
    let mut members: Vec<Vec<(List, usize)>> = Vec::new();
    for (list, ws) in lists() {
        for (i, w) in ws.iter().enumerate() {
            let k = match distinct.iter().position(|d| d == w) {
                Some(k) => k,
                None => {
                    distinct.push(w);
                    members.push(Vec::new());
                    distinct.len() - 1
                }
            };
            if let Some(m) = members.get_mut(k) {
                m.push((list, i));
            }
        }
    }
    let index = super::words::WordIndex::new(distinct);
    Table { index, members }
});

/// The cue words of one sentence: every occurrence of every word (overlaps included).
#[derive(Debug, Clone, Default)]
pub(crate) struct Cues {
    /// (start, end, distinct word) with byte offsets in the document.
    hits: Vec<(usize, usize, usize)>,
}

impl Cues {
    /// Finds the cue words in `src[span]` in one pass.
    pub(crate) fn new(src: &str, span: Span) -> Self {
        let text = span.slice(src).unwrap_or_default();
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        TABLE.index.for_each_match(text, |s, e, w| {
            hits.push((span.start + s, span.start + e, w));
        });
        // In the order every list reads them: leftmost first, then longest (two words never
        // share a span, so the order is total).
        hits.sort_unstable_by_key(|&(s, e, _)| (s, core::cmp::Reverse(e)));
        Self { hits }
    }

    /// The words of `list` inside `lo..hi`, leftmost-longest and not overlapping:
    /// `(start, end, index of the word in the list)`, as [`super::relations::find_words`] gives
    /// them.
    pub(crate) fn find(&self, list: List, lo: usize, hi: usize) -> Vec<(usize, usize, usize)> {
        // The hits are sorted leftmost first, then longest: one pass keeps the first of each
        // run of overlapping words of the list.
        let mut out = Vec::new();
        let mut last_end = 0usize;
        for &(s, e, w) in &self.hits {
            if s < lo || e > hi || s < last_end {
                continue;
            }
            let Some(&(_, i)) = TABLE
                .members
                .get(w)
                .and_then(|m| m.iter().find(|(l, _)| *l == list))
            else {
                continue;
            };
            out.push((s, e, i));
            last_end = e;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_table_rows_are_well_formed() {
        let table = include_str!("../../data/cues.tsv");
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            let (word, class) = line.split_once('\t').expect(line);
            assert!(!word.is_empty(), "{line}");
            assert!(
                ["active", "pairing", "agreement"].contains(&class.trim()),
                "{line}"
            );
        }
        assert!(super::super::relations::SUPPORT_VERBS.contains(&"对口支援"));
        assert!(super::super::relations::PAIRING_VERBS.contains(&"结对"));
    }

    #[test]
    fn one_pass_finds_what_a_pass_per_list_finds() {
        let texts = [
            "南京大学对口支援我校，并选派教师到喀什大学支教，接受了复旦大学的帮扶。",
            "甲与乙签订对口帮扶协议，结成帮扶对子，来自丙的学生接收进修。",
            "对口重点支援对口支援支援帮扶援助为是作为成为",
        ];
        for t in texts {
            let span = Span::new(0, t.len());
            let cues = Cues::new(t, span);
            for (list, ws) in lists() {
                assert_eq!(
                    cues.find(list, 0, t.len()),
                    super::super::relations::find_words(t, span, &ws),
                    "{list:?} in {t}"
                );
            }
        }
    }
}
