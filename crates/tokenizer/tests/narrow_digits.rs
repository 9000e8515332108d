//! Full-width digits narrowed to ASCII: the narrowed text is the original with each digit
//! (and each point between digits) replaced, and every offset maps back to the same place.

use duikou_tokenizer::narrow_digits;
use proptest::prelude::*;

const PIECES: [&str; 14] = [
    "１",
    "２",
    "０",
    "９",
    "．",
    ".",
    "3",
    "人",
    "年",
    "，",
    "\n",
    "（一）",
    "😀",
    "é",
];

/// The ASCII form a piece takes in the narrowed text, given what stands around it.
fn expected(pieces: &[&str]) -> String {
    let digit = |s: &str| {
        s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    };
    let mut out = String::new();
    for (i, p) in pieces.iter().enumerate() {
        let prev = i
            .checked_sub(1)
            .and_then(|k| pieces.get(k))
            .is_some_and(|s| digit(s));
        let next = pieces.get(i + 1).is_some_and(|s| digit(s));
        match *p {
            "．" if prev && next => out.push('.'),
            s if s.chars().count() == 1
                && ('０'..='９').contains(&s.chars().next().unwrap_or(' ')) =>
            {
                let c = s.chars().next().unwrap_or('0');
                out.push(
                    char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c),
                );
            }
            s => out.push_str(s),
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn narrowing_replaces_digits_and_maps_every_offset_back(
        parts in proptest::collection::vec(0..PIECES.len(), 0..24)
    ) {
        let pieces: Vec<&str> = parts.iter().map(|&i| PIECES[i]).collect();
        let src: String = pieces.concat();
        match narrow_digits(&src) {
            None => prop_assert!(!src.chars().any(|c| ('０'..='９').contains(&c))),
            Some(n) => {
                prop_assert_eq!(&n.text, &expected(&pieces));
                // Each character of the narrowed text sits where its original stands.
                for (i, c) in n.text.char_indices() {
                    let o = n.to_original(i);
                    prop_assert!(src.is_char_boundary(o));
                    let oc = src.get(o..).and_then(|r| r.chars().next());
                    if !(c.is_ascii_digit() || c == '.') {
                        prop_assert_eq!(oc, Some(c));
                    }
                }
                prop_assert_eq!(n.to_original(n.text.len()), src.len());
            }
        }
    }

    #[test]
    fn never_panics_on_any_text(src in "\\PC*") {
        if let Some(n) = narrow_digits(&src) {
            prop_assert!(n.text.len() <= src.len());
            prop_assert_eq!(n.to_original(n.text.len()), src.len());
        }
    }
}
