//! Cue words: the verbs and modifiers that turn a number into a growth claim or a
//! before → after transition. Tables are data; the matching is suffix/prefix search over
//! short windows, so each number costs a bounded amount of work.

use crate::{Direction, Wording};

/// Verbs that, followed by 到/至/为, introduce the after value: `由A增加到B`, `A增至B`.
/// Longest first so that `扩增至` wins over `增至`.
const TO_CUES: &[(&str, Option<Direction>)] = &[
    ("增加到", Some(Direction::Up)),
    ("增长到", Some(Direction::Up)),
    ("提高到", Some(Direction::Up)),
    ("上升到", Some(Direction::Up)),
    ("提升到", Some(Direction::Up)),
    ("扩大到", Some(Direction::Up)),
    ("发展到", Some(Direction::Up)),
    ("跃升到", Some(Direction::Up)),
    ("增加至", Some(Direction::Up)),
    ("增长至", Some(Direction::Up)),
    ("提高至", Some(Direction::Up)),
    ("上升至", Some(Direction::Up)),
    ("提升至", Some(Direction::Up)),
    ("扩大至", Some(Direction::Up)),
    ("扩增至", Some(Direction::Up)),
    ("跃升至", Some(Direction::Up)),
    ("增加为", Some(Direction::Up)),
    ("增长为", Some(Direction::Up)),
    ("提高为", Some(Direction::Up)),
    ("下降到", Some(Direction::Down)),
    ("减少到", Some(Direction::Down)),
    ("降低到", Some(Direction::Down)),
    ("缩小到", Some(Direction::Down)),
    ("下降至", Some(Direction::Down)),
    ("减少至", Some(Direction::Down)),
    ("降低至", Some(Direction::Down)),
    ("缩小至", Some(Direction::Down)),
    ("下降为", Some(Direction::Down)),
    ("减少为", Some(Direction::Down)),
    ("降低为", Some(Direction::Down)),
    ("缩短到", Some(Direction::Down)),
    ("缩短至", Some(Direction::Down)),
    ("缩短为", Some(Direction::Down)),
    ("压减到", Some(Direction::Down)),
    ("压减至", Some(Direction::Down)),
    ("压缩到", Some(Direction::Down)),
    ("压缩至", Some(Direction::Down)),
    ("延长到", Some(Direction::Up)),
    ("延长至", Some(Direction::Up)),
    ("提升为", Some(Direction::Up)),
    ("扩大为", Some(Direction::Up)),
    ("增長到", Some(Direction::Up)),
    ("增長至", Some(Direction::Up)),
    ("成長到", Some(Direction::Up)),
    ("成長至", Some(Direction::Up)),
    ("減少到", Some(Direction::Down)),
    ("減少至", Some(Direction::Down)),
    ("減至", Some(Direction::Down)),
    ("提昇到", Some(Direction::Up)),
    ("提昇至", Some(Direction::Up)),
    ("上升为", Some(Direction::Up)),
    ("扩展到", Some(Direction::Up)),
    ("扩展至", Some(Direction::Up)),
    ("扩充到", Some(Direction::Up)),
    ("扩充至", Some(Direction::Up)),
    ("发展至", Some(Direction::Up)),
    ("跃升为", Some(Direction::Up)),
    ("攀升到", Some(Direction::Up)),
    ("攀升至", Some(Direction::Up)),
    ("猛增到", Some(Direction::Up)),
    ("猛增至", Some(Direction::Up)),
    ("缩减到", Some(Direction::Down)),
    ("缩减至", Some(Direction::Down)),
    ("回落到", Some(Direction::Down)),
    ("回落至", Some(Direction::Down)),
    ("下滑到", Some(Direction::Down)),
    ("下滑至", Some(Direction::Down)),
    ("骤降至", Some(Direction::Down)),
    ("上涨到", Some(Direction::Up)),
    ("上涨至", Some(Direction::Up)),
    ("涨到", Some(Direction::Up)),
    ("涨至", Some(Direction::Up)),
    ("增至", Some(Direction::Up)),
    ("升至", Some(Direction::Up)),
    ("降至", Some(Direction::Down)),
    ("降到", Some(Direction::Down)),
    ("减至", Some(Direction::Down)),
    ("降为", Some(Direction::Down)),
    ("减为", Some(Direction::Down)),
    ("达到", None),
    ("变为", None),
    ("变成", None),
    ("到", None),
    ("至", None),
    // A caption's arrow between the two values (37人→112人): the values give the direction.
    ("→", None),
];

/// Verbs of increase, longest first.
const UP: &[&str] = &[
    "增长幅度",
    "增长率",
    "增长",
    "增長",
    "成长",
    "成長",
    "增加",
    "提高",
    "上升",
    "提升",
    "提昇",
    "扩大",
    "增幅",
    "增速",
    "涨幅",
    "上涨",
    "攀升",
    "加快",
    "净增",
    "延长",
    "增",
    // Speech (涨了百分之二十三).
    "涨",
    // A slide's arrow (↑35%, 同比↑18%).
    "↑",
];

/// The last characters of the verbs of [`UP`] and [`DOWN`], sorted and distinct.
static VERB_ENDS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<char> = UP
        .iter()
        .chain(DOWN)
        .filter_map(|w| w.chars().next_back())
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// Verbs of decrease, longest first.
const DOWN: &[&str] = &[
    "压减率",
    "下降率",
    "降幅",
    "减幅",
    "下降",
    "减少",
    "減少",
    "降低",
    "缩小",
    "缩短",
    "压减",
    "压缩",
    "下滑",
    "回落",
    "放缓",
    "下跌",
    "缩减",
    "减",
    "減",
    "降",
    "↓",
];

/// Words allowed between the verb and the number (`增长了`, `增速为`, `增加约`).
const GAP: &[&str] = &[
    "了",
    "约",
    "近",
    "超过",
    "达到",
    "达",
    "为",
    "到",
    "至",
    "分别",
    "均",
    "都",
    "幅度为",
    "的",
];

/// Modifiers allowed before the verb that belong to the claim (`比上年增长`, `同比下降`).
const MODIFIERS: &[&str] = &[
    "比上年度",
    "比上年",
    "比去年",
    "较上年",
    "较去年",
    "比上一年",
    "同比",
    "环比",
    "年均",
    "年平均",
    "平均每年",
    "每年平均",
    "平均",
    "每年",
    "分别",
    "均",
    "都",
    "累计",
    "共",
    "又",
];

/// A transition cue found right before an after value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ToCue {
    /// Byte offset (in the searched text) where the cue starts.
    pub(crate) start: usize,
    /// Stated direction; `None` for neutral 到/至/达到.
    pub(crate) direction: Option<Direction>,
    /// Whether the cue is a bare 到/至/达到/变为 (needs 由/从 before the before value).
    pub(crate) neutral: bool,
    /// Byte length of the cue word.
    pub(crate) len: usize,
}

/// Strips filler that may sit between a transition verb and its value: `的`, `了`, a year
/// or a month (`2024年的`, `2025年6月末的`, `去年的`), and the line break of a sentence wrapped after its verb (`增长到⏎2024年的`).
/// Returns the remaining prefix.
fn strip_value_filler(mut s: &str) -> &str {
    loop {
        s = s.trim_end();
        let before = s;
        for f in ["的", "了"] {
            if let Some(r) = s.strip_suffix(f) {
                s = r;
            }
        }
        // 从前年的二十三台到去年的六十九台: a year said as a word.
        for w in ["去年", "前年", "今年", "上年", "本年", "当年"] {
            if let Some(r) = s.strip_suffix(w) {
                s = r;
                break;
            }
        }
        for f in ["年", "月", "底", "末"] {
            if let Some(r) = s.strip_suffix(f) {
                s = r;
            }
        }
        let t = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
        if t.len() != s.len() && t.len() + 8 >= s.len() {
            s = t;
        }
        if s.len() == before.len() {
            return s;
        }
    }
}

/// Longest filler (in chars) allowed between a directed cue and its value
/// (`扩大到现在每批15人`, `提高到2022年的23.8%`).
const MAX_TO_FILLER: usize = 6;

/// The transition cue at the end of `prefix` (the text before a candidate after value).
pub(crate) fn to_cue(prefix: &str) -> Option<ToCue> {
    let p = strip_value_filler(prefix.trim_end());
    // Directed cues may be followed by a short filler; neutral ones (到, 至) may not.
    let window_start = p
        .char_indices()
        .rev()
        .nth(MAX_TO_FILLER + 3)
        .map_or(0, |(i, _)| i);
    let window = p.get(window_start..).unwrap_or("");
    // Every cue ends in 到, 至, 为, 成 (变成) or → : a cheap character test first.
    const ENDS: [char; 5] = ['到', '至', '为', '成', '→'];
    if !window.contains(ENDS) {
        return None;
    }
    let mut best: Option<(usize, usize, Option<Direction>)> = None;
    // Try each 到/至/为/成 from the right; at a position, the longest cue ending there wins.
    for (pos, c) in window.rmatch_indices(ENDS) {
        let end = window_start + pos + c.len();
        let head = p.get(..end).unwrap_or("");
        let tail = p.get(end..).unwrap_or("");
        for &(cue, direction) in TO_CUES {
            if !head.ends_with(cue) {
                continue;
            }
            let ok = if direction.is_none() {
                tail.is_empty()
            } else {
                tail.chars().count() <= MAX_TO_FILLER
                    && !tail.contains(super::metric::CLAUSE_SEPARATORS)
                    && !tail.contains(['由', '从', '、', '和'])
            };
            let longer = best.is_none_or(|(_, l, _)| cue.len() > l);
            if ok && longer {
                best = Some((end - cue.len(), cue.len(), direction));
            }
        }
        if best.is_some() {
            break;
        }
    }
    best.map(|(start, len, direction)| ToCue {
        start,
        direction,
        // An arrow joins its two values as 由A增加到B does: no range.
        neutral: direction.is_none() && p.get(start..start + len) != Some("→"),
        len,
    })
}

/// What a claim cue says, found at the end of the text before a number.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ClaimCue {
    /// Byte offset in the searched text where the claim's wording starts.
    pub(crate) start: usize,
    pub(crate) direction: Direction,
    /// The verb was followed by 到/至/为 (`增长到N倍`).
    pub(crate) to: bool,
    /// 年均 / 平均每年.
    pub(crate) annual: bool,
    /// 分别 (a list follows).
    pub(crate) respectively: bool,
    /// 均/都 (the same claim for several metrics).
    pub(crate) each: bool,
    /// The verb is 增速/涨幅/增长率 (a rate is the subject).
    pub(crate) rate_noun: bool,
}

/// Finds the verb (and modifiers) that end `prefix`, allowing a short filler between the verb
/// and the number.
pub(crate) fn claim_cue(prefix: &str) -> Option<ClaimCue> {
    // Peel fillers off the end, remembering what they were.
    let prefix = prefix.trim_end();
    let mut p = prefix;
    let mut gap = String::new();
    for _ in 0..4 {
        match GAP.iter().find(|g| p.ends_with(*g)) {
            Some(g) => {
                p = p.get(..p.len() - g.len()).unwrap_or("");
                gap.insert_str(0, g);
            }
            None => break,
        }
    }
    // Every verb ends in one of a few characters: a text ending in another ends in none.
    if p.chars()
        .next_back()
        .is_none_or(|c| VERB_ENDS.binary_search(&c).is_err())
    {
        return None;
    }
    let (verb, direction) = UP
        .iter()
        .map(|v| (*v, Direction::Up))
        .chain(DOWN.iter().map(|v| (*v, Direction::Down)))
        .find(|(v, _)| p.ends_with(*v))?;
    let mut start = p.len() - verb.len();
    // Extend over modifiers (比上年, 同比, 年均, 分别 …) and 比2019年 / 较2019年.
    loop {
        let head = prefix.get(..start).unwrap_or("");
        if let Some(m) = MODIFIERS.iter().find(|m| head.ends_with(*m)) {
            start -= m.len();
            continue;
        }
        // 比对口支援前 / 较2015年 / 比上一学年: a comparison base before the verb.
        let w0 = head.char_indices().rev().nth(9).map_or(0, |(i, _)| i);
        if let Some(k) = head
            .get(w0..)
            .and_then(|w| w.rfind(['比', '较']))
            .map(|k| w0 + k)
        {
            let base = head.get(k..).unwrap_or("");
            let word = head.get(..k).unwrap_or("");
            let not_base = base.starts_with("比例")
                || base.starts_with("比重")
                || base.starts_with("较大")
                || base.starts_with("较快")
                || base.starts_with("较好")
                || base.starts_with("较高")
                || word.ends_with('占')
                || word.ends_with('对');
            if !not_base && !base.contains(super::metric::CLAUSE_SEPARATORS) && k < start {
                start = k;
                continue;
            }
        }
        if let Some(h) = head.strip_suffix("年") {
            let t = h.trim_end_matches(|c: char| c.is_ascii_digit());
            if let Some(t2) = t.strip_suffix("比").or_else(|| t.strip_suffix("较"))
                && t.len() < h.len()
            {
                start = t2.len();
                continue;
            }
        }
        break;
    }
    let cue = prefix.get(start..).unwrap_or("");
    let gap_to = gap.contains('到') || gap.contains('至') || verb == "增" && gap.contains('为');
    Some(ClaimCue {
        start,
        direction,
        to: gap_to,
        annual: cue.contains("年均") || cue.contains("平均"),
        respectively: cue.contains("分别"),
        each: cue.contains('均') && !cue.contains("年均") && !cue.contains("平均")
            || cue.contains('都'),
        rate_noun: matches!(
            verb,
            "增速"
                | "涨幅"
                | "增幅"
                | "增长率"
                | "增长幅度"
                | "压减率"
                | "下降率"
                | "降幅"
                | "减幅"
        ),
    })
}

/// The wording of a number claim, from its cue and the number's unit.
pub(crate) fn wording_for(unit: Option<&str>, text: &str, cue: &ClaimCue) -> Option<Wording> {
    match unit {
        Some("倍") => Some(if cue.direction == Direction::Down {
            Wording::TimesDecrease
        } else if cue.to {
            Wording::TimesTo
        } else {
            Wording::TimesIncrease
        }),
        Some("百分点") => Some(Wording::PercentagePoints),
        Some("%") if cue.to && !cue.rate_noun => None,
        Some("%") if text.ends_with('成') => Some(Wording::Cheng),
        Some("%") if cue.annual => Some(Wording::AnnualAverage),
        Some("%") => Some(Wording::Percent),
        _ => None,
    }
}

/// `翻一番`, `翻了两番`, `翻番`: the number of doublings and the byte length matched, for
/// text starting at `翻`.
pub(crate) fn doubling_at(s: &str) -> Option<(u32, usize)> {
    let rest = s.strip_prefix("翻")?;
    let (rest, le) = match rest.strip_prefix("了") {
        Some(r) => (r, "翻了".len()),
        None => (rest, "翻".len()),
    };
    if rest.starts_with("番") {
        return Some((1, le + "番".len()));
    }
    const N: &[(&str, u32)] = &[
        ("一", 1),
        ("两", 2),
        ("二", 2),
        ("三", 3),
        ("四", 4),
        ("五", 5),
        ("六", 6),
        ("1", 1),
        ("2", 2),
        ("3", 3),
        ("4", 4),
        ("5", 5),
        ("6", 6),
    ];
    N.iter().find_map(|&(w, n)| {
        rest.strip_prefix(w)?
            .strip_prefix("番")
            .map(|_| (n, le + w.len() + "番".len()))
    })
}

/// `减少一半`, `下降了一半`, `减半`: byte length of the match at the start of `s`.
pub(crate) fn half_at(s: &str) -> Option<usize> {
    if s.starts_with("减半") {
        return Some("减半".len());
    }
    let verb = ["减少", "減少", "下降", "降低", "缩小", "压减"]
        .into_iter()
        .find(|v| s.starts_with(v))?;
    let rest = s.get(verb.len()..)?;
    let (rest, l) = match rest.strip_prefix("了") {
        Some(r) => (r, verb.len() + "了".len()),
        None => (rest, verb.len()),
    };
    rest.starts_with("一半").then_some(l + "一半".len())
}

/// Fraction claims: `减少了三分之一` (decrease by f) or `降到三分之一` (down to f).
pub(crate) fn fraction_wording(cue: &ClaimCue) -> Option<Wording> {
    (cue.direction == Direction::Down).then_some(if cue.to {
        Wording::FractionTo
    } else {
        Wording::FractionDecrease
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues() {
        assert!(to_cue("本科招生规模由1516人增加到").is_some());
        assert!(to_cue("从2019年的48人增长到2024年的").is_some());
        assert!(to_cue("由2024年末的78.0%提高到2025年6月末的").is_some());
        assert!(to_cue("医疗队扩增至").unwrap().direction == Some(Direction::Up));
        let c = claim_cue("，比上年增长").unwrap();
        assert_eq!(c.start, "，".len());
        assert!(claim_cue("，增长了").is_some_and(|c| !c.to));
        assert!(claim_cue("，增长到").is_some_and(|c| c.to));
        assert!(claim_cue("是2019年的").is_none());
        assert_eq!(doubling_at("翻了两番，"), Some((2, "翻了两番".len())));
        assert_eq!(half_at("减少了一半"), Some("减少了一半".len()));
    }
}
