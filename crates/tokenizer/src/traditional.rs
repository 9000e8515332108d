//! Traditional characters (繁體) folded to simplified ones, one character for another.
//!
//! Every pair of the table (data/traditional.tsv) maps a CJK Unified Ideograph to another, and
//! both take three bytes in UTF-8: a folded text has the same length as the original and every
//! byte offset means the same place in both. Readers that match simplified word lists run on
//! the folded text and quote the original by the same spans.

use std::sync::LazyLock;

/// First code point of the table's block (CJK Unified Ideographs).
const BASE: u32 = 0x4E00;
/// Size of the block (U+4E00–U+9FFF).
const BLOCK: usize = 0x5200;

/// For each ideograph of the block, its simplified form's offset from [`BASE`] plus one, or 0
/// when it has none (it is simplified already, or the same in both scripts).
static TABLE: LazyLock<Vec<u16>> = LazyLock::new(|| {
    let mut table = vec![0u16; BLOCK];
    for line in include_str!("../data/traditional.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut chars = line.chars();
        let (Some(t), Some('\t'), Some(s), None) =
            (chars.next(), chars.next(), chars.next(), chars.next())
        else {
            continue;
        };
        let (Some(ti), Some(si)) = (offset(t), offset(s)) else {
            continue;
        };
        if let (Some(slot), Ok(v)) = (table.get_mut(ti), u16::try_from(si + 1)) {
            *slot = v;
        }
    }
    table
});

/// The offset of `c` in the block, if it is in it.
fn offset(c: char) -> Option<usize> {
    let i = u32::from(c).checked_sub(BASE)? as usize;
    (i < BLOCK).then_some(i)
}

/// The simplified form of a traditional character (學 → 学), or `None` when `c` has no other
/// form in the table (it is simplified already, the same in both scripts, or ambiguous, as 乾
/// and 著 are).
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::simplified_of;
/// assert_eq!(simplified_of('學'), Some('学'));
/// assert_eq!(simplified_of('学'), None);
/// assert_eq!(simplified_of('著'), None);
/// ```
#[must_use]
pub fn simplified_of(c: char) -> Option<char> {
    let v = *TABLE.get(offset(c)?)?;
    let s = BASE + u32::from(v.checked_sub(1)?);
    char::from_u32(s)
}

/// The text with its traditional characters folded to simplified ones, when it is written in
/// traditional characters: at least eight of them, and at least one in fifty of its
/// ideographs. A simplified text that quotes a traditional name (國立東華大學) stays as it is
/// (`None`). The result has the same length as `text`, and every byte offset means the same
/// place in both.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::fold_traditional;
/// let src = "香港理工大學對口支援四川省阿壩州，選派導師講學。";
/// let folded = fold_traditional(src).unwrap();
/// assert_eq!(folded, "香港理工大学对口支援四川省阿坝州，选派导师讲学。");
/// assert_eq!(folded.len(), src.len());
/// assert_eq!(fold_traditional("南京大学对口支援国立東華大學的交流项目。"), None);
/// ```
#[must_use]
pub fn fold_traditional(text: &str) -> Option<String> {
    let table = &*TABLE;
    let bytes = text.as_bytes();
    // Pass 1, counting the ideographs of the block and the traditional ones among them.
    let (mut ideographs, mut traditional) = (0usize, 0usize);
    for c in text.chars() {
        let k = (u32::from(c).wrapping_sub(BASE)) as usize;
        if let Some(v) = table.get(k) {
            ideographs += 1;
            traditional += usize::from(*v != 0);
        }
    }
    if traditional < 8 || traditional * 50 < ideographs {
        return None;
    }
    // Pass 2, folding in place: each pair has the same length, so the bytes are patched.
    let mut out = bytes.to_vec();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if (0xE4..=0xE9).contains(&b) {
            if let Some(s) = block_index(bytes, i)
                .and_then(|k| table.get(k))
                .filter(|v| **v != 0)
                .and_then(|v| char::from_u32(BASE + u32::from(*v - 1)))
                && let Some(dst) = out.get_mut(i..i + 3)
            {
                s.encode_utf8(dst);
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    // Words whose mainland form is other characters of the same length (夥伴 is 伙伴; 計畫, a
    // project in Taiwan's usage, is 项目): patched in place, so offsets still hold.
    for (from, to) in WORDS {
        let finder = memchr::memmem::Finder::new(from.as_bytes());
        let mut at = 0;
        while let Some(p) = out.get(at..).and_then(|rest| finder.find(rest)) {
            if let Some(dst) = out.get_mut(at + p..at + p + to.len()) {
                dst.copy_from_slice(to.as_bytes());
            }
            at += p + to.len();
        }
    }
    String::from_utf8(out).ok()
}

/// The block offset of the three-byte character at `i` (lead byte E4–E9), when the bytes
/// after the lead are continuation bytes.
fn block_index(bytes: &[u8], i: usize) -> Option<usize> {
    let (&b0, &b1, &b2) = (bytes.get(i)?, bytes.get(i + 1)?, bytes.get(i + 2)?);
    if b1 & 0xC0 != 0x80 || b2 & 0xC0 != 0x80 {
        return None;
    }
    let c = (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
    let k = c.checked_sub(BASE)? as usize;
    (k < BLOCK).then_some(k)
}

/// Words folded character by character into a form the mainland does not write, with the form
/// it does (each pair of the same byte length).
const WORDS: [(&str, &str); 5] = [
    ("计画", "项目"),
    ("规画", "规划"),
    ("策画", "策划"),
    ("夥伴", "伙伴"),
    ("合夥", "合伙"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pair_keeps_the_byte_length() {
        for i in 0..BLOCK {
            let Some(c) = char::from_u32(BASE + i as u32) else {
                continue;
            };
            if let Some(s) = simplified_of(c) {
                assert_eq!(c.len_utf8(), s.len_utf8(), "{c} → {s}");
                assert_ne!(c, s);
                // No chains: the simplified form folds no further.
                assert_eq!(simplified_of(s), None, "{c} → {s}");
            }
        }
    }

    #[test]
    fn word_forms_keep_their_length() {
        for (from, to) in WORDS {
            assert_eq!(from.len(), to.len(), "{from} → {to}");
        }
    }

    #[test]
    fn the_table_is_loaded() {
        let pairs = (0..BLOCK)
            .filter(|i| TABLE.get(*i).is_some_and(|v| *v != 0))
            .count();
        assert!(pairs > 2000, "{pairs}");
    }

    #[test]
    fn simplified_text_is_left_alone() {
        let src = "著名专家覆盖全县，乾坤，于是发展。南京大学对口支援伊犁师范学院，共培养博士6人。";
        assert_eq!(fold_traditional(src), None);
        assert!(src.chars().all(|c| simplified_of(c).is_none()), "{src}");
    }

    proptest::proptest! {
        /// The byte-patching fold agrees with folding one character at a time.
        #[test]
        fn folding_agrees_with_the_character_map(s in "[學校對口支援萬億港元著乾学校对口a-z0-9，。\\n 〇㐀丟並]{0,120}") {
            if let Some(f) = fold_traditional(&s) {
                let mut want: String = s.chars().map(|c| simplified_of(c).unwrap_or(c)).collect();
                for (from, to) in WORDS {
                    want = want.replace(from, to);
                }
                proptest::prop_assert_eq!(f, want);
            }
        }

        /// Folding never changes the length, and so keeps every char boundary in place.
        #[test]
        fn folding_keeps_offsets(s in "[學校對口支援a-z0-9，。萬億港元]{0,80}") {
            if let Some(f) = fold_traditional(&s) {
                proptest::prop_assert_eq!(f.len(), s.len());
                for (a, b) in s.char_indices().zip(f.char_indices()) {
                    proptest::prop_assert_eq!(a.0, b.0);
                }
            }
        }
    }
}
