//! The metric noun phrase of a statement (`本科招生规模`, `研究生学历人员占教师总数比`):
//! the clause text before the values, with time phrases, subjects and particles removed.

/// Clause separators: a metric never spans one.
pub(crate) const CLAUSE_SEPARATORS: &[char] = &['，', ',', '：', ':', '；', ';', '。', '\n', '\r'];

/// Clause punctuation (line breaks excluded: a pasted sentence may break anywhere).
pub(crate) const CLAUSE_PUNCTUATION: &[char] = &['，', ',', '：', ':', '；', ';', '。'];

/// Whether the separator `sep` found at byte `i` of `text` is a thousands separator (1,260):
/// a half-width comma between ASCII digits.
pub(crate) fn is_thousands_comma(text: &str, i: usize, sep: &str) -> bool {
    let digit = |k: Option<usize>| {
        k.and_then(|k| text.as_bytes().get(k))
            .is_some_and(u8::is_ascii_digit)
    };
    sep == "," && digit(i.checked_sub(1)) && digit(Some(i + 1))
}

/// Leading words that are not part of the metric (subjects, connectives, time words).
const LEADING: &[&str] = &[
    "截至目前",
    "截至",
    "实现",
    "完成",
    "共有",
    "现有",
    "拥有",
    "与此同时",
    "同时",
    "此外",
    "另外",
    "其中",
    "目前",
    "并且",
    "而且",
    "我院",
    "我校",
    "我局",
    "我市",
    "我县",
    "我区",
    "该校",
    "该院",
    "今年",
    "去年",
    "全年",
    "本年度",
    "年度",
    "期间",
    "以来",
    "年来",
    "一是",
    "二是",
    "三是",
    "四是",
    "五是",
    "六是",
    "力争",
    "使",
    "的",
    "，",
    "、",
    " ",
    "\u{3000}",
];

/// Parts of a year that open a metric's clause as its period (2025年前三季度门诊量).
const PERIOD_PARTS: &[&str] = &[
    "前三季度",
    "前两季度",
    "前二季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "上半年",
    "下半年",
];

/// Trailing words that are not part of the metric.
const TRAILING: &[&str] = &[
    "的", "已经", "已", "也", "分别", "均", "都", "则", "由", "从", "是", "为", "达到", "达", "共",
    "累计", "只有", "仅有", " ", "\u{3000}",
];

/// Removes footnote call-outs such as `［1］`, `[2]`, `【3】`.
fn strip_notes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0_u32;
    for c in s.chars() {
        match c {
            '［' | '[' | '【' => depth += 1,
            '］' | ']' | '】' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Markers after which the metric starts (`5年来`, `对口支援以来`, `“十三五”期间`).
const TIME_MARKERS: &[&str] = &["以来", "年来", "期间", "年间", "年中", "前后"];

/// Cleans a raw clause prefix into a metric name.
pub(crate) fn clean(raw: &str) -> String {
    let notes = strip_notes(raw);
    let mut s = notes.as_str().trim_end_matches(CLAUSE_SEPARATORS);
    // Keep only the last clause.
    if let Some(i) = s.rfind(CLAUSE_SEPARATORS) {
        s = s
            .get(i..)
            .map_or("", |t| t.trim_start_matches(CLAUSE_SEPARATORS));
    }
    // A comparison base is not part of the metric: 学生人数较上年增加 → 学生人数.
    if s.contains(['较', '比']) {
        for m in ["较上年", "比上年", "较去年", "比去年", "同比", "环比"] {
            if let Some(i) = s.find(m) {
                s = s.get(..i).unwrap_or(s);
            }
        }
    }
    for m in TIME_MARKERS
        .iter()
        .filter(|_| s.contains(['来', '间', '中', '后']))
    {
        if let Some(i) = s.rfind(m)
            && let Some(rest) = s.get(i + m.len()..).filter(|r| !r.is_empty())
        {
            s = rest;
        }
    }
    loop {
        let before = s.len();
        for w in LEADING {
            if let Some(r) = s.strip_prefix(w) {
                s = r;
            }
        }
        // Bullets of a list or a slide (● 门诊量：…).
        s = s.trim_start_matches(duikou_tokenizer::is_bullet);
        // A leading year or year range: 2019年, 2019—2024年, 近5年.
        let t = s.trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '—' | '-' | '–' | '～' | '~' | '至' | '近')
        });
        if t.len() != s.len()
            && let Some(r) = t.strip_prefix("年").or_else(|| t.strip_prefix("月"))
        {
            s = r;
        }
        // A leading part of the year (前三季度, 上半年).
        for w in PERIOD_PARTS {
            if let Some(r) = s.strip_prefix(w) {
                s = r;
            }
        }
        for w in TRAILING {
            if let Some(r) = s.strip_suffix(w) {
                s = r;
            }
        }
        if s.len() == before {
            break;
        }
    }
    s.to_owned()
}

/// Splits a list of metrics: `本科生和研究生招生人数` is left whole, `本科生、研究生` → two.
pub(crate) fn split_list(s: &str) -> Vec<String> {
    s.split(['、', '和', '与', '及'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans() {
        assert_eq!(clean("较大变化：本科招生规模"), "本科招生规模");
        assert_eq!(clean("我院5年来科研经费"), "科研经费");
        assert_eq!(clean("2019年我校专任教师"), "专任教师");
        assert_eq!(clean("对口支援以来，我院图书馆藏书的"), "图书馆藏书");
        assert_eq!(clean("2025年前三季度门诊量"), "门诊量");
        assert_eq!(clean("1—9月门诊量"), "门诊量");
        assert_eq!(clean("上半年住院人次"), "住院人次");
        assert_eq!(split_list("本科生、研究生"), vec!["本科生", "研究生"]);
    }
}
