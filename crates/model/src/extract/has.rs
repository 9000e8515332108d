//! A substring test for the short, constant words the extractor asks of short texts.
//!
//! `str::contains(&str)` builds a two-way searcher first (a critical factorisation of the
//! needle, some hundred instructions) and the extractor asks tens of thousands of such
//! questions of each document, mostly of one sentence with a word of two or three Chinese
//! characters. [`Has::has`] looks for the needle's last byte with `memchr` and compares the
//! bytes before it: a UTF-8 needle found at any byte offset of a UTF-8 text is found at a
//! character boundary, so the answer is the same as `contains`'s. The worst case is the
//! haystack's length times the needle's, and the needles are the program's own short words.

/// A substring test answering exactly as `str::contains` does.
pub(crate) trait Has {
    /// Whether `needle` occurs in `self`.
    fn has(&self, needle: &str) -> bool;
}

impl Has for str {
    #[inline]
    fn has(&self, needle: &str) -> bool {
        let (hay, n) = (self.as_bytes(), needle.as_bytes());
        let Some((&last, _)) = n.split_last() else {
            return true;
        };
        let mut from = n.len() - 1;
        while let Some(i) = hay.get(from..).and_then(|rest| memchr::memchr(last, rest)) {
            let end = from + i + 1;
            if end >= n.len() && hay.get(end - n.len()..end) == Some(n) {
                return true;
            }
            from = end;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::Has;
    use proptest::prelude::*;

    #[test]
    fn answers_as_contains_does() {
        let hay = "我校对口支援新疆大学，选派教师8人";
        for needle in [
            "",
            "对口支援",
            "新疆大学",
            "8人",
            "人",
            "我",
            "9人",
            "支援新疆",
            "大学，选",
            "援疆",
        ] {
            assert_eq!(hay.has(needle), hay.contains(needle), "{needle}");
        }
        assert!(!"援".has("对口支援"));
        assert!("aab".has("ab"));
    }

    proptest! {
        #[test]
        fn same_as_contains(hay in "[援支对口a-c0-9，]{0,40}", needle in "[援支对口a-c0-9，]{0,4}") {
            prop_assert_eq!(hay.has(&needle), hay.contains(needle.as_str()));
        }
    }
}
