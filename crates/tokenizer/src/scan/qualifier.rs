//! Qualifiers written around a value: 约/近/超过/逾/不到 before it, 余/多/几 inside it,
//! 左右/上下/以上/以下 after it. The value itself stays the stated base. Traditional forms
//! (約, 餘, 幾, 超過, 將近, 多達, 約為, 以內) qualify like their simplified ones.

use crate::Approx;

/// Qualifiers written before the numeral, longest first. The scanner reads them by their
/// last character through [`prefix_group`]; a test keeps the two in step.
#[cfg(test)]
const PREFIX: &[(&str, Approx)] = &[
    ("不超过", Approx::Under),
    ("不超過", Approx::Under),
    ("大约", Approx::About),
    ("大概", Approx::About),
    ("将近", Approx::Near),
    ("將近", Approx::Near),
    ("接近", Approx::Near),
    ("超过", Approx::Over),
    ("超過", Approx::Over),
    ("多达", Approx::Over),
    ("多達", Approx::Over),
    ("约占", Approx::About),
    ("约为", Approx::About),
    ("约有", Approx::About),
    ("約佔", Approx::About),
    ("約占", Approx::About),
    ("約為", Approx::About),
    ("約有", Approx::About),
    ("不到", Approx::Under),
    ("不足", Approx::Under),
    ("约", Approx::About),
    ("約", Approx::About),
    ("近", Approx::Near),
    ("逾", Approx::Over),
];

/// Characters that, before 约 or 近, make a word rather than a qualifier (签约, 最近).
const NOT_BEFORE_YUE: &str = "签合协条预制节契邀特违履续解公簽協條預製節違續";
const NOT_BEFORE_JIN: &str = "最附邻临靠将接贴";

/// The characters every prefix qualifier ends with (see [`prefix`]; a test keeps them in step).
const PREFIX_ENDS: &str = "约約近过過逾到足达達概占佔为為有上数數成";

/// The last two UTF-8 bytes of [`PREFIX_ENDS`], six bits each, as a 4096-bit set.
#[cfg_attr(
    not(test),
    expect(
        clippy::indexing_slicing,
        reason = "evaluated at compile time: a bad index fails the build, never a run"
    )
)]
const PREFIX_LAST_PAIRS: [u64; 64] = {
    let mut t = [0_u64; 64];
    let b = PREFIX_ENDS.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Each character is three bytes: mark its second and third.
        t[(b[i + 1] & 0x3F) as usize] |= 1 << (b[i + 2] & 0x3F);
        i += 3;
    }
    t
};

/// The qualifier ending `head` (the text before a numeral): `(bytes, approx)`.
/// `pure_mult` says the numeral is a bare multiplier (`百`, `十万`), which also takes the vague
/// prefixes 上/数/成 (上百, 数十, 成千).
#[inline]
pub(super) fn prefix(head: &str, pure_mult: bool) -> Option<(usize, Approx)> {
    // The last two bytes first: most heads end in a character no qualifier ends with.
    let [.., b1, b2] = *head.as_bytes() else {
        return None;
    };
    if PREFIX_LAST_PAIRS
        .get(usize::from(b1 & 0x3F))
        .is_none_or(|w| w >> (b2 & 0x3F) & 1 == 0)
    {
        return None;
    }
    prefix_after_gate(head, pure_mult)
}

/// The entries of `PREFIX` that end with `c`, in their order there (a test checks them).
fn prefix_group(c: char) -> &'static [(&'static str, Approx)] {
    match c {
        '过' => &[("不超过", Approx::Under), ("超过", Approx::Over)],
        '過' => &[("不超過", Approx::Under), ("超過", Approx::Over)],
        '约' => &[("大约", Approx::About), ("约", Approx::About)],
        '約' => &[("約", Approx::About)],
        '概' => &[("大概", Approx::About)],
        '近' => &[
            ("将近", Approx::Near),
            ("將近", Approx::Near),
            ("接近", Approx::Near),
            ("近", Approx::Near),
        ],
        '达' => &[("多达", Approx::Over)],
        '達' => &[("多達", Approx::Over)],
        '占' => &[("约占", Approx::About), ("約占", Approx::About)],
        '佔' => &[("約佔", Approx::About)],
        '为' => &[("约为", Approx::About)],
        '為' => &[("約為", Approx::About)],
        '有' => &[("约有", Approx::About), ("約有", Approx::About)],
        '到' => &[("不到", Approx::Under)],
        '足' => &[("不足", Approx::Under)],
        '逾' => &[("逾", Approx::Over)],
        _ => &[],
    }
}

/// [`prefix`] after its byte test.
#[inline(never)]
fn prefix_after_gate(head: &str, pure_mult: bool) -> Option<(usize, Approx)> {
    // Every qualifier ends with one of these characters.
    let last = head.chars().next_back()?;
    if !matches!(
        last,
        '约' | '約'
            | '近'
            | '过'
            | '過'
            | '逾'
            | '到'
            | '足'
            | '达'
            | '達'
            | '概'
            | '占'
            | '佔'
            | '为'
            | '為'
            | '有'
            | '上'
            | '数'
            | '數'
            | '成'
    ) {
        return None;
    }
    if pure_mult {
        for w in ["上", "数", "數", "成"] {
            if head.ends_with(w) {
                return Some((w.len(), Approx::Vague));
            }
        }
    }
    // Only the entries ending with `last` can match, in the order of `PREFIX`.
    for &(w, a) in prefix_group(last) {
        if let Some(h) = head.strip_suffix(w) {
            let prev = h.chars().next_back();
            let blocked = match w {
                "约" | "約" => prev.is_some_and(|c| NOT_BEFORE_YUE.contains(c)),
                "近" => prev.is_some_and(|c| NOT_BEFORE_JIN.contains(c)),
                _ => false,
            };
            if !blocked {
                return Some((w.len(), a));
            }
        }
    }
    None
}

/// 余/多/几 right after the numeral and before a multiplier or unit (`20余万元`, `3000多名`,
/// `十几`), and 来 after a round numeral (`十来个`, `二十来岁`: about). `bare_ten` says the
/// numeral is a lone 十, so 十几 is vague rather than over; `round` that it ends in 十/百/千/万.
pub(super) fn infix(s: &str, bare_ten: bool, round: bool) -> Option<(usize, Approx)> {
    infix_char(s.chars().next()?, bare_ten, round)
}

/// [`infix`] of the first character, `c`, already read.
pub(super) const fn infix_char(c: char, bare_ten: bool, round: bool) -> Option<(usize, Approx)> {
    match c {
        '余' | '餘' | '多' => Some((3, Approx::Over)),
        '几' | '幾' if bare_ten => Some((3, Approx::Vague)),
        '几' | '幾' => Some((3, Approx::Over)),
        '来' if round => Some((3, Approx::About)),
        _ => None,
    }
}

/// Units of time (and 倍) after which 多/余 still qualify the value (`一年多`, `两个月余`,
/// `3倍多`).
const TIME_UNITS: &[&str] = &[
    "年", "个月", "月", "天", "小时", "周", "学期", "学年", "倍", "個月", "小時", "週", "學期",
    "學年",
];

/// Qualifiers written after the unit or number.
const AFTER: &[(&str, Approx)] = &[
    ("左右", Approx::About),
    ("上下", Approx::About),
    ("以上", Approx::Over),
    ("之多", Approx::Over),
    ("有余", Approx::Over),
    ("有餘", Approx::Over),
    ("以下", Approx::Under),
    ("以内", Approx::Under),
    ("以內", Approx::Under),
];

/// The first characters of [`AFTER`] (a test keeps them in step).
fn starts_after(c: char) -> bool {
    matches!(c, '左' | '上' | '以' | '之' | '有')
}

/// Qualifiers after the unit or number: `(bytes, approx)`.
#[inline]
pub(super) fn suffix(s: &str, unit: Option<&str>) -> Option<(usize, Approx)> {
    // The first two bytes of 左 上 以 之 有 (the words) and 多 余 餘: most text ends here.
    match s.as_bytes() {
        [0xE5, 0xB7 | 0xA4, ..]
        | [0xE4, 0xB8 | 0xBB | 0xB9 | 0xBD, ..]
        | [0xE6, 0x9C, ..]
        | [0xE9, 0xA4, ..] => suffix_after_gate(s, unit),
        _ => None,
    }
}

/// [`suffix`] after its byte test.
#[inline(never)]
fn suffix_after_gate(s: &str, unit: Option<&str>) -> Option<(usize, Approx)> {
    // Test the first character before the words.
    if s.chars().next().is_some_and(starts_after) {
        for &(w, a) in AFTER {
            if s.starts_with(w) {
                return Some((w.len(), a));
            }
        }
    }
    if (s.starts_with('多') || s.starts_with('余') || s.starts_with('餘'))
        && unit.is_some_and(|u| TIME_UNITS.contains(&u))
    {
        return Some((3, Approx::Over));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers() {
        assert_eq!(prefix("承担了近", false), Some((3, Approx::Near)));
        assert_eq!(prefix("最近", false), None);
        assert_eq!(prefix("签约", false), None);
        assert_eq!(prefix("累计超过", false), Some((6, Approx::Over)));
        assert_eq!(prefix("不超过", false), Some((9, Approx::Under)));
        assert_eq!(prefix("上", true), Some((3, Approx::Vague)));
        assert_eq!(prefix("上", false), None);
        assert_eq!(infix("余万元", false, false), Some((3, Approx::Over)));
        assert_eq!(infix("来个", false, true), Some((3, Approx::About)));
        assert_eq!(infix("来", false, false), None);
        assert_eq!(infix("几个", true, false), Some((3, Approx::Vague)));
        assert_eq!(suffix("以上的", Some("%")), Some((6, Approx::Over)));
        assert_eq!(suffix("多来", Some("年")), Some((3, Approx::Over)));
        assert_eq!(suffix("多次", Some("人")), None);
        assert_eq!(prefix("車程約", false), Some((3, Approx::About)));
        assert_eq!(prefix("簽約", false), None);
        assert_eq!(prefix("累計超過", false), Some((6, Approx::Over)));
        assert_eq!(infix("餘封", false, false), Some((3, Approx::Over)));
        assert_eq!(suffix("餘", Some("小時")), Some((3, Approx::Over)));
        assert!(
            AFTER
                .iter()
                .all(|(w, _)| w.chars().next().is_some_and(starts_after))
        );
        // The byte gate of `suffix` lets every qualifier through.
        for (w, a) in AFTER {
            assert_eq!(suffix(w, None), Some((w.len(), *a)), "{w}");
        }
        for w in ["多", "余", "餘"] {
            assert_eq!(suffix(w, Some("年")), Some((3, Approx::Over)), "{w}");
        }
        // The entries ending with each character, in the order of the list.
        for c in PREFIX_ENDS.chars() {
            let list: Vec<_> = PREFIX.iter().filter(|(w, _)| w.ends_with(c)).collect();
            let group: Vec<_> = prefix_group(c).iter().collect();
            assert_eq!(group, list, "{c}");
        }
        // Every prefix qualifier ends with a listed character, and each is three bytes.
        assert!(PREFIX.iter().all(|(w, _)| {
            w.chars()
                .next_back()
                .is_some_and(|c| PREFIX_ENDS.contains(c))
        }));
        assert!(
            ["上", "数", "數", "成"]
                .iter()
                .all(|w| PREFIX_ENDS.contains(w))
        );
        assert!(PREFIX_ENDS.chars().all(|c| c.len_utf8() == 3));
    }
}
