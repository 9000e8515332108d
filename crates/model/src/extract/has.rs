//! Substring searches for the short, constant words the extractor asks of short texts.
//!
//! `str::contains(&str)` builds a two-way searcher first (a critical factorisation of the
//! needle, some hundred instructions) and the extractor asks tens of thousands of such
//! questions of each document, mostly of one sentence with a word of two or three Chinese
//! characters. [`Has::has`] looks for the needle's last byte with `memchr` and compares the
//! bytes before it: a UTF-8 needle found at any byte offset of a UTF-8 text is found at a
//! character boundary, so the answer is the same as `contains`'s. The worst case is the
//! haystack's length times the needle's, and the needles are the program's own short words.

/// Substring searches answering exactly as `str::contains`, `str::find` and `str::rfind` do
/// when the pattern is a `&str`.
pub(crate) trait Has {
    /// Whether `needle` occurs in `self`.
    fn has(&self, needle: &str) -> bool;
    /// The byte offset of the first occurrence of `needle`, as `str::find` gives it.
    fn find_str(&self, needle: &str) -> Option<usize>;
    /// The byte offset of the last occurrence of `needle`, as `str::rfind` gives it.
    fn rfind_str(&self, needle: &str) -> Option<usize>;
    /// The byte offsets of the non-overlapping occurrences of `needle`, left to right, as
    /// `str::match_indices` gives them (an empty needle matches at every character boundary).
    fn starts<'a>(&'a self, needle: &'a str) -> Starts<'a>;
}

/// The iterator of [`Has::starts`].
pub(crate) struct Starts<'a> {
    hay: &'a str,
    needle: &'a str,
    /// Where the next search starts; past the end when done.
    from: usize,
}

impl Iterator for Starts<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.needle.is_empty() {
            let at = self.from;
            let rest = self.hay.get(at..)?;
            self.from = at + rest.chars().next().map_or(1, char::len_utf8);
            return Some(at);
        }
        let at = self.from + self.hay.get(self.from..)?.find_str(self.needle)?;
        self.from = at + self.needle.len();
        Some(at)
    }
}

impl Has for str {
    #[inline]
    fn has(&self, needle: &str) -> bool {
        self.find_str(needle).is_some()
    }

    #[inline]
    fn find_str(&self, needle: &str) -> Option<usize> {
        let (hay, n) = (self.as_bytes(), needle.as_bytes());
        let Some((&last, _)) = n.split_last() else {
            return Some(0);
        };
        // Candidate ends in increasing order: the first that matches is the leftmost match.
        let mut from = n.len() - 1;
        while let Some(i) = hay.get(from..).and_then(|rest| memchr::memchr(last, rest)) {
            let end = from + i + 1;
            if hay.get(end - n.len()..end) == Some(n) {
                return Some(end - n.len());
            }
            from = end;
        }
        None
    }

    #[inline]
    fn rfind_str(&self, needle: &str) -> Option<usize> {
        let (hay, n) = (self.as_bytes(), needle.as_bytes());
        let Some((&last, _)) = n.split_last() else {
            return Some(hay.len());
        };
        // Candidate ends in decreasing order: the first that matches is the rightmost match.
        let mut to = hay.len();
        while let Some(i) = hay.get(..to).and_then(|head| memchr::memrchr(last, head)) {
            let end = i + 1;
            if let Some(start) = end.checked_sub(n.len())
                && hay.get(start..end) == Some(n)
            {
                return Some(start);
            }
            to = i;
        }
        None
    }

    #[inline]
    fn starts<'a>(&'a self, needle: &'a str) -> Starts<'a> {
        Starts {
            hay: self,
            needle,
            from: 0,
        }
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

    #[test]
    fn finds_as_find_and_rfind_do() {
        let hay = "支援援支援";
        assert_eq!(hay.find_str("支援"), Some(0));
        assert_eq!(hay.rfind_str("支援"), Some(9));
        assert_eq!(hay.find_str("援支"), Some(6));
        assert_eq!(hay.rfind_str("援"), Some(12));
        assert_eq!(hay.find_str(""), Some(0));
        assert_eq!(hay.rfind_str(""), Some(hay.len()));
        assert_eq!("aaa".rfind_str("aa"), Some(1));
        assert_eq!("ab".rfind_str("xab"), None);
        assert_eq!("aaaa".starts("aa").collect::<Vec<_>>(), [0, 2]);
        assert_eq!("援助援助".starts("援助").collect::<Vec<_>>(), [0, 6]);
        assert_eq!("援a".starts("").collect::<Vec<_>>(), [0, 3, 4]);
    }

    proptest! {
        #[test]
        fn same_as_contains(hay in "[援支对口a-c0-9，]{0,40}", needle in "[援支对口a-c0-9，]{0,4}") {
            prop_assert_eq!(hay.has(&needle), hay.contains(needle.as_str()));
        }

        #[test]
        fn same_as_find_and_rfind(hay in "[援支对口a-c0-9，]{0,40}", needle in "[援支对口a-c0-9，]{0,4}") {
            prop_assert_eq!(hay.find_str(&needle), hay.find(needle.as_str()));
            prop_assert_eq!(hay.rfind_str(&needle), hay.rfind(needle.as_str()));
        }

        #[test]
        fn same_as_match_indices(hay in "[援支对口a-c0-9，]{0,40}", needle in "[援支对口a-c0-9，]{0,4}") {
            let want: Vec<usize> = hay.match_indices(needle.as_str()).map(|(p, _)| p).collect();
            prop_assert_eq!(hay.starts(&needle).collect::<Vec<_>>(), want);
        }
    }
}
