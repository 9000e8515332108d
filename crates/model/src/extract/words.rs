//! Every occurrence of a fixed set of words in a text, indexed by their first character.
//!
//! The readers look for short CJK words (支援, 培训, 希望 …) in every sentence, overlaps
//! included. An Aho-Corasick automaton reports those with a state step per byte and an
//! iterator step per match; this index instead tests one bit per character (does any word
//! start with it?) and compares the few words that start with the characters that pass. The
//! matches are those of an overlapping automaton search, in order of their start.

/// Words indexed by their first character.
#[derive(Debug)]
pub(crate) struct WordIndex {
    /// The words; a match reports its word's index here.
    words: Vec<&'static str>,
    /// For each character of the BMP, 1 + its place in `by_first` (0: no word starts with it).
    slots: Vec<u16>,
    /// For each first character (sorted), the words that start with it.
    by_first: Vec<(char, Vec<Word>)>,
    /// Length in bytes of the longest word.
    max_len: usize,
}

impl WordIndex {
    /// Indexes `words` (a word's index is its position; empty words never match).
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let words: Vec<&'static str> = words.into_iter().collect();
        let mut by_first: Vec<(char, Vec<Word>)> = Vec::new();
        for (id, w) in words.iter().enumerate() {
            let Some(c) = w.chars().next() else {
                continue;
            };
            let word = Word::new(w, id);
            match by_first.iter_mut().find(|(f, _)| *f == c) {
                Some((_, ws)) => ws.push(word),
                None => by_first.push((c, vec![word])),
            }
        }
        by_first.sort_unstable_by_key(|(c, _)| *c);
        let mut slots = vec![0u16; 0x1_0000];
        for (k, (c, _)) in by_first.iter().enumerate() {
            if let (Some(slot), Ok(k)) = (slots.get_mut(*c as usize), u16::try_from(k + 1)) {
                *slot = k;
            }
        }
        let max_len = words.iter().map(|w| w.len()).max().unwrap_or(0);
        Self {
            words,
            slots,
            by_first,
            max_len,
        }
    }

    /// Length in bytes of the longest word.
    pub(crate) fn max_len(&self) -> usize {
        self.max_len
    }

    /// Calls `found(start, end, word)` for every occurrence of every word in `text`, overlaps
    /// included, in order of start (byte offsets in `text`).
    pub(crate) fn for_each_match(&self, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        let bytes = text.as_bytes();
        for (i, c) in text.char_indices() {
            let k = match self.slots.get(c as usize) {
                Some(0) => continue,
                Some(&k) => usize::from(k) - 1,
                // Beyond the BMP: the sorted table.
                None => match self.by_first.binary_search_by_key(&c, |(f, _)| *f) {
                    Ok(k) => k,
                    Err(_) => continue,
                },
            };
            let Some((_, ws)) = self.by_first.get(k) else {
                continue;
            };
            // The next eight bytes (zeros past the end), for a one-load test of short words.
            let head = load8(bytes, i);
            for w in ws {
                if head & w.mask == w.head
                    && (w.len <= 8
                        || bytes.get(i..i + w.len) == self.words.get(w.id).map(|s| s.as_bytes()))
                    && i + w.len <= bytes.len()
                {
                    found(i, i + w.len, w.id);
                }
            }
        }
    }

    /// Every occurrence of every word in `text`, as [`WordIndex::for_each_match`] finds them.
    pub(crate) fn matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        // Room for a sentence's usual hits: no regrowth from empty.
        let mut out = Vec::with_capacity(16);
        self.for_each_match(text, |s, e, id| out.push((s, e, id)));
        out
    }
}

/// A word of the index: its first eight bytes as a little-endian number with the mask of
/// the bytes it has, its length and its index.
#[derive(Debug, Clone, Copy)]
struct Word {
    head: u64,
    mask: u64,
    len: usize,
    id: usize,
}

impl Word {
    fn new(w: &str, id: usize) -> Self {
        let n = w.len().min(8);
        let mask = if n == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        Self {
            head: load8(w.as_bytes(), 0) & mask,
            mask,
            len: w.len(),
            id,
        }
    }
}

/// Up to eight bytes of `bytes` from `at` as a little-endian number (zeros past the end).
fn load8(bytes: &[u8], at: usize) -> u64 {
    match bytes
        .get(at..at + 8)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
    {
        Some(b) => u64::from_le_bytes(b),
        None => bytes
            .get(at..)
            .unwrap_or_default()
            .iter()
            .rev()
            .fold(0u64, |acc, &x| (acc << 8) | u64::from(x)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The overlapping search of an automaton over the same words (the reference), sorted.
    fn by_automaton(words: &[&'static str], text: &str) -> Vec<(usize, usize, usize)> {
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(words.iter().filter(|w| !w.is_empty()))
            .unwrap();
        // The automaton numbers the non-empty words only: map back to positions in `words`.
        let ids: Vec<usize> = (0..words.len()).filter(|&i| !words[i].is_empty()).collect();
        let mut v: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), ids[m.pattern().as_usize()]))
            .collect();
        v.sort_unstable();
        v
    }

    const WORDS: [&str; 12] = [
        "支援",
        "对口支援",
        "援",
        "培训",
        "培训班",
        "希望",
        "应",
        "😀",
        "a",
        "ab",
        "",
        "支援支",
    ];

    #[test]
    fn finds_overlapping_words_in_order() {
        let index = WordIndex::new(WORDS);
        let text = "对口支援支援培训班ab😀希望";
        let found = index.matches(text);
        let mut sorted = found.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, by_automaton(&WORDS, text));
        assert!(found.windows(2).all(|w| w[0].0 <= w[1].0));
        assert_eq!(index.max_len(), "对口支援".len());
    }

    proptest::proptest! {
        #[test]
        fn finds_what_an_overlapping_automaton_finds(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "支援", "对口", "援", "培训", "班", "希望", "应", "😀", "a", "b", "甲", "，",
                    "支", "口",
                ]),
                0..40,
            )
        ) {
            let text: String = parts.concat();
            let mut found = WordIndex::new(WORDS).matches(&text);
            found.sort_unstable();
            proptest::prop_assert_eq!(found, by_automaton(&WORDS, &text));
        }
    }
}
