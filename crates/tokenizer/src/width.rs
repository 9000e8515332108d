//! Full-width digits (０–９, as some word processors and web forms type them) read as ASCII
//! ones. Unlike the traditional-character folding, this changes lengths (three bytes become
//! one), so the narrowed text comes with the positions it folded, to map its offsets back.

/// A text with its full-width digits (and a full-width point between two of them, １２．５)
/// written as ASCII, and the map of its byte offsets back to the text it was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Narrowed {
    /// The narrowed text.
    pub text: String,
    /// Offsets in `text` of each character that was folded, ascending.
    folded_at: Vec<usize>,
}

/// Bytes a folded character saves: a full-width digit (3 bytes) becomes an ASCII one (1).
const SAVED: usize = 2;

impl Narrowed {
    /// The offset in the original text of byte `at` of the narrowed text.
    ///
    /// # Examples
    ///
    /// ```
    /// let n = duikou_tokenizer::narrow_digits("培训１２人").expect("full-width digits");
    /// assert_eq!(n.text, "培训12人");
    /// // 人 starts at byte 8 of the narrowed text and at byte 12 of the original.
    /// assert_eq!(n.to_original(8), 12);
    /// assert_eq!(n.to_original(0), 0);
    /// ```
    #[must_use]
    pub fn to_original(&self, at: usize) -> usize {
        at + SAVED * self.folded_at.partition_point(|&p| p < at)
    }
}

/// The text with its full-width digits written as ASCII digits, or `None` when it has none
/// (the common case: one scan, no allocation). A full-width point (．) is folded too when it
/// stands between two digits (１２．５ → 12.5); elsewhere it is a heading mark's and stays.
/// Linear in the input.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::narrow_digits;
/// let n = narrow_digits("２０２４年捐赠图书１．５万册。").expect("full-width digits");
/// assert_eq!(n.text, "2024年捐赠图书1.5万册。");
/// assert!(narrow_digits("2024年捐赠图书1.5万册。").is_none());
/// // A heading's point after a digit stays full-width.
/// assert_eq!(narrow_digits("１．总体情况").expect("a digit").text, "1．总体情况");
/// ```
#[must_use]
pub fn narrow_digits(text: &str) -> Option<Narrowed> {
    // Full-width digits are EF BC 90–99 and the point EF BC 8E: found by their first two bytes
    // (shared with the other full-width marks), the runs between copied whole.
    let bytes = text.as_bytes();
    let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
    let full_digit =
        |k: usize| at(k) == 0xEF && at(k + 1) == 0xBC && (0x90..=0x99).contains(&at(k + 2));
    let digit_before = |k: usize| {
        k.checked_sub(1).is_some_and(|j| at(j).is_ascii_digit())
            || k.checked_sub(3).is_some_and(full_digit)
    };
    let digit_after = |k: usize| at(k).is_ascii_digit() || full_digit(k);
    // Most texts have none: one scan says so before anything is copied.
    if !memchr::memmem::find_iter(bytes, &[0xEF, 0xBC]).any(full_digit) {
        return None;
    }
    let mut out: Option<(String, Vec<usize>)> = None;
    let mut last = 0;
    for i in memchr::memmem::find_iter(bytes, &[0xEF, 0xBC]) {
        let third = at(i + 2);
        let ascii = match third {
            0x90..=0x99 => b'0' + (third - 0x90),
            0x8E if digit_before(i) && digit_after(i + 3) => b'.',
            _ => continue,
        };
        let (o, folded_at) =
            out.get_or_insert_with(|| (String::with_capacity(text.len()), Vec::new()));
        o.push_str(text.get(last..i).unwrap_or_default());
        folded_at.push(o.len());
        o.push(char::from(ascii));
        last = i + 3;
    }
    let (mut text_out, folded_at) = out?;
    text_out.push_str(text.get(last..).unwrap_or_default());
    Some(Narrowed {
        text: text_out,
        folded_at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII digit a full-width one stands for.
    fn narrow(c: char) -> Option<char> {
        let k = u32::from(c).checked_sub(u32::from('０'))?;
        (k < 10).then(|| char::from(b'0' + u8::try_from(k).unwrap_or(0)))
    }

    #[test]
    fn offsets_map_back_to_the_same_characters() {
        let src = "甲校２０２４年派出教师１２人，捐赠１．５万册，另有3台。";
        let n = narrow_digits(src).expect("full-width digits");
        assert_eq!(n.text, "甲校2024年派出教师12人，捐赠1.5万册，另有3台。");
        // Every character of the narrowed text that was not folded sits on the same
        // character of the original.
        for (i, c) in n.text.char_indices() {
            let o = n.to_original(i);
            let oc = src
                .get(o..)
                .and_then(|r| r.chars().next())
                .expect("a boundary");
            if c.is_ascii_digit() || c == '.' {
                assert!(oc == c || narrow(oc) == Some(c) || oc == '．', "{c} {oc}");
            } else {
                assert_eq!(c, oc);
            }
        }
        assert_eq!(n.to_original(n.text.len()), src.len());
    }
}
