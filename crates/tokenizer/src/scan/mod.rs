//! The quantity scanner: every numeric expression in running text, with its byte span,
//! 1-based line, kind, exact value, base unit and qualifier.
//!
//! # How it decides
//!
//! Candidates are found with a byte scan: ASCII digits, and three-byte characters that are
//! numerals (`一`…`九`, `十百千万亿`, `〇零两`, full-width digits, financial capitals), `第` or
//! `几`. Each byte is looked at once by the scan and at most a few more times by the
//! recognisers at a candidate, so time is linear.
//!
//! At a candidate, in order:
//!
//! 1. **Exclusion words** (`data/exclusions.txt`: 统一, 一带一路, 十四五, 九台, 陆兆显, …) are
//!    skipped whole. Plan names such as “十一五” are reported as nothing: mapping them to
//!    years (2006–2010) is an inference for the date layer, not a quantity in the text.
//! 2. **Shapes by rule** are skipped: document numbers (`〔2023〕5号`), phone numbers,
//!    clock times (`9:30`, `下午两点半`), programme names (`9+3`), dotted section paths
//!    (`5.3.2`) and outline markers (`（一）`, `十二、` or `1.` at a line start).
//! 3. **Dates and years**: a year of four digits (or redacted, `20xx`, `200×`) followed by
//!    `年`, `-MM-DD` or a second year; `M月`, `M月D日`, `D日`; ranges of those.
//! 4. **Numbers** from the numeral parser, then 余/多/几, a multiplier, a range partner,
//!    a unit (`data/units.txt`), `%`, `个百分点` or `倍`, and qualifiers before and after.
//!
//! **The rule for Chinese numerals.** A Chinese numeral that is one character (`一`, `两`,
//! `百`), a bare multiplier (`千万`), or a short digit-by-digit run is reported only when a
//! unit or counter, `倍`, `%`, a date character, a range partner or a vague qualifier
//! (上百, 十几) makes it a quantity, or after `第`. So `统一`, `一些` and `一起` never become
//! numbers even without the exclusion list, while `一名干部` is 1 名. Multi-character
//! positional numerals (`一百二十`, `二〇二三`) are numbers on their own. `一个` followed by
//! a noun is the indefinite article (`一个重要途径`) and is not reported; `一个月`, `一项`,
//! `一批` are counts. A lone numeral followed by a character that cannot continue an
//! expression is rejected before any table lookup (the fast path for prose).
//!
//! **Other decisions.**
//!
//! - Qualifiers are part of the span: `近300门` is value 300, approx `near`.
//! - `17年` is 17 年 (a duration): two-digit years are never expanded. `2023届`, `2021级`
//!   are years (cohorts).
//! - The end of a range of dates inherits what it leaves out from its start
//!   (`5月13日—14日` ends on 5月14日, in the same, possibly redacted, year); nothing is
//!   filled in from outside the expression.
//! - A quoted lone numeral (“十五”) is a name; digits glued to Latin letters or redaction
//!   marks (`V2.0`, `xx0名`, `11-xx学年`) and runs of more than 15 digits are identifiers.
//! - An overflowing numeral is skipped whole and reported as nothing.
//! - Traditional characters (Taiwan/Hong Kong documents) are read like simplified ones:
//!   units and counters keep the script they are written in (`1,320小時` is 1320 `小時`,
//!   `860冊` is 860 `冊`), multipliers fold (`35萬元` is 350000 元), qualifiers qualify
//!   (`約`, `餘`, `逾`, `超過`), and `個百分點` is a `percent` with unit `百分点`, the one
//!   special unit normalised, like `%`.
//! - A word that starts with a counter is not that counter (`3所高校对口支援`: 所, not 对;
//!   `2018对口支援`: no unit): such words are listed in `data/units.txt` with base `-`, and
//!   the longest match decides.
//! - `百分` and `万分` alone are words (`万分感谢`), never 100 分, unless a score cue precedes
//!   (`满分百分`); `3百分点` is 3 百分点, the 百 going to the unit.
//! - A range of calendar years (`2023—2027年`, `2019年至2021年`, `20xx-20xx学年`) is kind
//!   `year` with both ends and, when the years are known, `low`/`high`; kind `range` with unit
//!   年 is kept for amounts of years (`3～5年`), so the two are never added up together.

mod date;
mod exclude;
mod qualifier;
mod range;
mod units;

use crate::numeral::{NumeralMatch, ascii_integer, lone_digit, numeral_prefix};
use crate::{
    Approx, Decimal, Number, NumeralScale, PartialDate, Quantity, QuantityKind, Script, Span,
};

/// The text after byte `p` (empty when `p` is out of range or off a char boundary).
fn rest(src: &str, p: usize) -> &str {
    src.get(p..).unwrap_or("")
}

/// The text before byte `p`.
fn before(src: &str, p: usize) -> &str {
    src.get(..p).unwrap_or("")
}

/// Whether a character can start a numeric expression.
const fn is_candidate(c: char) -> bool {
    matches!(
        c,
        '0'..='9'
            | '０'..='９'
            | '〇'
            | '零'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
            | '壹'
            | '贰'
            | '貳'
            | '叁'
            | '參'
            | '叄'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
            | '萬'
            | '億'
            | '廿'
            | '卅'
            | '卌'
            | '俩'
            | '仨'
            | '兩'
            | '第'
            | '几'
            | '幾'
            | '负'
    )
}

/// The three-byte characters that can start a numeric expression.
const CANDIDATE_CHARS: &str = "〇零一二两三四五六七八九十百千万亿壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟萬億廿卅卌俩仨兩第几幾负０１２３４５６７８９";

/// For each 64-code-point block of the BMP (`cp >> 6`), a bit per code point that is a
/// candidate: one table load and a shift per character, no decoding (8 KiB, stays in cache).
#[cfg_attr(
    not(test),
    expect(
        clippy::indexing_slicing,
        reason = "evaluated at compile time: a bad index fails the build, never a run"
    )
)]
static CANDIDATE_BITS: [u64; 1024] = {
    let mut t = [0_u64; 1024];
    let b = CANDIDATE_CHARS.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        let cp = ((b[i] as usize & 0x0F) << 12)
            | ((b[i + 1] as usize & 0x3F) << 6)
            | (b[i + 2] as usize & 0x3F);
        t[cp >> 6] |= 1 << (cp & 63);
        i += 3;
    }
    t
};

/// ASCII or full-width digit.
fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Written with digits (`3`, `1.5万`) rather than numeral characters.
const fn has_digits(script: Script) -> bool {
    matches!(script, Script::Arabic | Script::Mixed)
}

/// A numeral found at some position.
#[derive(Debug, Clone, Copy)]
struct Num {
    /// End byte.
    end: usize,
    value: Number,
    /// The value when it is a whole number that fits an `i32` (only small values are ever
    /// compared: months, days, years, 1, 10), kept small because `Num` is copied around.
    int: Option<i32>,
    script: Script,
    /// Characters written.
    chars: usize,
    /// Only multiplier characters (`百`, `十万`): vague alone.
    pure_mult: bool,
    /// Power of ten of a trailing 万/亿 (or 千/百 after digits), to distribute over a range.
    trailing_mult: u32,
    /// The unit the numeral carries itself (`百分之三十` → `%`, `30%` → `%`).
    own_unit: Option<&'static str>,
}

impl Num {
    /// One character, a bare multiplier or a short digit-by-digit run: needs a unit.
    fn weak(&self) -> bool {
        match self.script {
            Script::Arabic | Script::Mixed => false,
            Script::DigitByDigit => self.chars < 4,
            Script::Chinese | Script::Financial => self.chars == 1 || self.pure_mult,
        }
    }
}

/// The longest numeral at byte `p` of `src`, from the numeral parser; `None` for none or an
/// overflowing one (the scanner reports nothing it cannot value exactly).
#[inline]
fn num_at(src: &str, p: usize) -> Option<Num> {
    let s = rest(src, p);
    // Most numerals are a few ASCII digits before a unit: read them without the grammar.
    if let Some((len, m, percent)) = ascii_integer(s) {
        return Some(Num {
            end: p + len,
            value: Number::Decimal(Decimal::from(m)),
            int: i32::try_from(m).ok(),
            script: Script::Arabic,
            chars: len,
            pure_mult: false,
            trailing_mult: 0,
            own_unit: percent.then_some("%"),
        });
    }
    // Then a lone Chinese digit before a unit or a word (一年, 两名, 一些).
    if let Some((len, d, script)) = lone_digit(s) {
        return Some(Num {
            end: p + len,
            value: Number::Decimal(Decimal::from(d)),
            int: Some(i32::from(d)),
            script,
            chars: 1,
            pure_mult: false,
            trailing_mult: 0,
            own_unit: None,
        });
    }
    let m: NumeralMatch = numeral_prefix(s)?;
    let value = m.value.ok()?;
    let text = s.get(..m.len)?;
    let script = m.script;
    let own_unit = match m.scale {
        NumeralScale::Percent | NumeralScale::Cheng => Some("%"),
        NumeralScale::Permille => Some("‰"),
        NumeralScale::Permyriad => Some("‱"),
        _ => None,
    };
    // An ASCII numeral (`2017`, `1.5`, `30%`) has no multiplier character.
    let (chars, pure_mult) = if text.is_ascii() {
        (text.len(), false)
    } else {
        let mut chars = 0;
        let mut pure_mult = true;
        for c in text.chars() {
            chars += 1;
            pure_mult &= range::multiplier(c).is_some();
        }
        (chars, pure_mult)
    };
    // 十 alone is too ambiguous to distribute (二至三十 is 2–30).
    let trailing_mult = if m.trailing_exp >= 2 && chars > 1 {
        u32::from(m.trailing_exp)
    } else {
        0
    };
    Some(Num {
        end: p + m.len,
        int: value
            .as_decimal()
            .filter(|d| d.is_integer())
            .and_then(Decimal::to_i128)
            .and_then(|v| i32::try_from(v).ok()),
        value,
        script,
        chars,
        pure_mult: pure_mult && chars > 0,
        trailing_mult,
        own_unit,
    })
}

/// `n × 10^k`, exactly.
fn scale10(n: Number, k: u32) -> Option<Number> {
    if k == 0 {
        return Some(n);
    }
    match n {
        Number::Decimal(d) => d.checked_mul_pow10(k).map(Number::Decimal),
        Number::Fraction { numer, denom } => numer
            .checked_mul_pow10(k)
            .map(|numer| Number::Fraction { numer, denom }),
    }
}

/// `n + 0.5`, exactly (`一年半`).
fn plus_half(n: Number) -> Option<Number> {
    let half = Decimal::new(5, 1)?;
    match n {
        Number::Decimal(d) => d.checked_add(half).map(Number::Decimal),
        Number::Fraction { .. } => None,
    }
}

fn int_number(v: i128) -> Option<Number> {
    Decimal::new(v, 0).map(Number::Decimal)
}

/// What a recogniser found (a [`Quantity`] without text and line).
#[derive(Debug, Clone, Copy)]
struct Found {
    start: usize,
    end: usize,
    kind: QuantityKind,
    value: Option<Number>,
    low: Option<Number>,
    high: Option<Number>,
    unit: Option<&'static str>,
    approx: Approx,
    date: Option<PartialDate>,
    date_end: Option<PartialDate>,
}

impl Found {
    fn new(start: usize, end: usize, kind: QuantityKind) -> Self {
        Self {
            start,
            end,
            kind,
            value: None,
            low: None,
            high: None,
            unit: None,
            approx: Approx::Exact,
            date: None,
            date_end: None,
        }
    }
}

/// The outcome at one candidate.
enum Step {
    /// An expression, written to the caller's [`Found`] (a large value: moving it out of
    /// every recogniser showed in profiles).
    Emit,
    /// Nothing here; resume scanning at this byte.
    Skip(usize),
}

/// The special tails, tried before the unit table: `(surface, kind, unit)`.
const SPECIAL_TAILS: [(&str, QuantityKind, &str); 9] = [
    ("个百分点", QuantityKind::Percent, "百分点"),
    ("個百分點", QuantityKind::Percent, "百分点"),
    ("百分点", QuantityKind::Percent, "百分点"),
    ("百分點", QuantityKind::Percent, "百分点"),
    ("%", QuantityKind::Percent, "%"),
    ("％", QuantityKind::Percent, "%"),
    ("‰", QuantityKind::Percent, "‰"),
    ("‱", QuantityKind::Percent, "‱"),
    ("倍", QuantityKind::Multiple, "倍"),
];

/// The unit-like tail after a value: `(end, kind, unit)`.
fn tail(src: &str, q: usize) -> Option<(usize, QuantityKind, &'static str)> {
    tail_at(src, q, rest(src, q).chars().next()?)
}

/// [`tail`] with the character at `q`, `c`, already read.
fn tail_at(src: &str, q: usize, c: char) -> Option<(usize, QuantityKind, &'static str)> {
    let s = rest(src, q);
    // Only these first characters can start a special tail: the rows starting with `c`.
    let rows = match c {
        '个' => SPECIAL_TAILS.get(0..1),
        '個' => SPECIAL_TAILS.get(1..2),
        '百' => SPECIAL_TAILS.get(2..4),
        '%' | '％' | '‰' | '‱' | '倍' => SPECIAL_TAILS.get(4..),
        _ => None,
    };
    if let Some(&(w, kind, unit)) = rows.and_then(|r| r.iter().find(|(w, _, _)| s.starts_with(w))) {
        return Some((q + w.len(), kind, unit));
    }
    let (len, base) = units::unit_prefix_of(s, c)?;
    Some((q + len, QuantityKind::Quantity, base))
}

/// Blanks at `p` (ASCII space, tab, U+3000), at most two: their length in bytes.
fn blanks(src: &str, p: usize) -> usize {
    rest(src, p)
        .chars()
        .take(2)
        .take_while(|c| matches!(c, ' ' | '\t' | '\u{3000}'))
        .map(char::len_utf8)
        .sum()
}

/// Ordinals: `第六版`, `第十二届`, `第1名`, `第二十一条`, `第两百章`, and `第 6 条` (blanks
/// around the numeral, as some regulations set Arabic article numbers; then the counter is
/// required, so `第 6` alone is nothing).
fn ordinal(src: &str, p: usize, out: &mut Found) -> Step {
    let after = p + '第'.len_utf8();
    let pad = blanks(src, after);
    let q = after + pad;
    let Some(n) = num_at(src, q) else {
        return Step::Skip(after);
    };
    let f = out;
    *f = Found::new(p, n.end, QuantityKind::Ordinal);
    f.value = Some(n.value);
    let pad2 = if pad > 0 { blanks(src, n.end) } else { 0 };
    match units::unit_prefix(rest(src, n.end + pad2)) {
        Some((len, base)) => {
            f.end += pad2 + len;
            f.unit = Some(base);
        }
        None if pad > 0 => return Step::Skip(after),
        None => {}
    }
    Step::Emit
}

/// Words before a bare multiplier that make `百分` a score (`满分百分`), not a word.
fn score_cue(head: &str) -> bool {
    ["满分", "滿分", "满分为", "滿分為", "总分", "總分", "得分"]
        .iter()
        .any(|w| head.ends_with(w))
}

/// Everything after a leading value: 余/多/几, multiplier, range partner, unit, qualifiers.
/// `head` is the numeral at `p` (for `几十`, a synthetic one).
fn expression(
    src: &str,
    p: usize,
    head: &Num,
    floor: usize,
    article: bool,
    out: &mut Found,
) -> Step {
    let mut value = head.value;
    let mut q = head.end;
    let mut approx = Approx::Exact;
    let bare_ten = head.pure_mult && head.chars == 1 && head.int == Some(10);
    // The character after the numeral, read once for 来, the infixes and `%`.
    let mut at_q = rest(src, q).chars().next();
    // Only 来 asks whether the numeral is round (十来个).
    let round = at_q == Some('来')
        && ['十', '百', '千', '万']
            .iter()
            .any(|&c| before(src, q).ends_with(c));
    if let Some((len, a)) = at_q.and_then(|c| qualifier::infix_char(c, bare_ten, round)) {
        approx = a;
        q += len;
        let (end, k) = range::multiplier_chain(src, q);
        if k > 0 {
            match scale10(value, k) {
                Some(v) => value = v,
                None => return Step::Skip(end),
            }
            q = end;
        }
        at_q = rest(src, q).chars().next();
    }
    let f = out;
    *f = Found::new(p, q, QuantityKind::Number);
    f.value = Some(value);
    let mut unit = head.own_unit;
    let mut kind = if unit.is_some() {
        QuantityKind::Percent
    } else {
        QuantityKind::Number
    };
    // A `%` before a range separator belongs to the low end (`10%-15%`).
    let pct_low = match at_q {
        Some(c @ ('%' | '％')) if unit.is_none() => Some(c.len_utf8()),
        _ => None,
    };
    // Range partner.
    let head_unit = head.own_unit.or(pct_low.map(|_| "%"));
    let mut ranged = false;
    if approx == Approx::Exact {
        let q1 = q + pct_low.unwrap_or(0);
        // 由82%到91%, 从0.72到0.94: a change from one value to another, not a range (a bare
        // 由3到5人 stays a range: 每组由3到5人组成).
        let change = rest(src, q1).starts_with('到')
            && before(src, p).ends_with(['由', '从'])
            && (head_unit.is_some() || src.get(p..q).is_some_and(|t| t.contains('.')));
        if !change
            && let Some(s) = range::separator(rest(src, q1))
            && let Some(n2) = num_at(src, q1 + s)
            && has_digits(head.script) == has_digits(n2.script)
            && (n2.own_unit == head_unit || head_unit.is_none())
        {
            let mut low = value;
            if n2.trailing_mult > 0
                && !head.pure_mult
                && head.trailing_mult == 0
                && let Some(l) = scale10(low, n2.trailing_mult)
                && l.to_f64() <= n2.value.to_f64()
            {
                low = l;
            }
            let mut high = n2.value;
            let mut q2 = n2.end;
            if let Some((len, Approx::Over)) = qualifier::infix(rest(src, q2), false, false) {
                let (end, k) = range::multiplier_chain(src, q2 + len);
                if let (true, Some(h)) = (k > 0, scale10(high, k)) {
                    high = h;
                    low = scale10(low, k).unwrap_or(low);
                    q2 = end;
                }
            }
            let low_ok = low.to_f64() < high.to_f64();
            // `3-4` with nothing after it between Arabic numerals could be a score or a code:
            // still a range when the low end is below the high end.
            if low_ok {
                ranged = true;
                f.low = Some(low);
                f.high = Some(high);
                f.value = None;
                q = q2;
                unit = n2.own_unit;
            }
        }
    }
    // 3-5月, 三至五月: a range of months.
    if ranged && unit.is_none() && rest(src, q).starts_with('月') && !before(src, p).ends_with('个')
    {
        let month = |n: Option<Number>| {
            let v = n?.as_decimal()?.to_i128()?;
            let m = u8::try_from(v).ok().filter(|m| (1..=12).contains(m))?;
            Some(PartialDate {
                month: Some(m),
                ..PartialDate::default()
            })
        };
        if let (Some(a), Some(b)) = (month(f.low), month(f.high)) {
            *f = Found::new(p, q + '月'.len_utf8(), QuantityKind::Date);
            f.date = Some(a);
            f.date_end = Some(b);
            return Step::Emit;
        }
    }
    if !ranged && let Some(len) = pct_low {
        q += len;
        unit = Some("%");
        kind = QuantityKind::Percent;
    }
    // 两个多月, 一个余小时: 多/余 between the counter and the unit; 三个半月: plus a half.
    // The character after the value so far, read once for 个 and the unit table.
    let mut at_q = rest(src, q).chars().next();
    if unit.is_none() && !ranged && matches!(at_q, Some('个' | '個')) {
        for (w, u) in [
            ("个半月", "个月"),
            ("个半小时", "小时"),
            ("個半月", "個月"),
            ("個半小時", "小時"),
        ] {
            if rest(src, q).starts_with(w)
                && let Some(v) = f.value.and_then(plus_half)
            {
                q += w.len();
                f.value = Some(v);
                unit = Some(u);
                kind = QuantityKind::Quantity;
            }
        }
        for (w, u) in [
            ("个多月", "个月"),
            ("个余月", "个月"),
            ("个多小时", "小时"),
            ("个多星期", "星期"),
            ("个多学期", "学期"),
            ("個多月", "個月"),
            ("個餘月", "個月"),
            ("個多小時", "小時"),
            ("個多星期", "星期"),
            ("個多學期", "學期"),
        ] {
            if rest(src, q).starts_with(w) {
                q += w.len();
                unit = Some(u);
                kind = QuantityKind::Quantity;
                approx = Approx::Over;
                break;
            }
        }
        at_q = rest(src, q).chars().next();
    }
    // 起 after a bare year (自2019起) starts a period: no count of cases.
    let year_like = head.script == Script::Arabic
        && head.chars == 4
        && head.int.is_some_and(|y| (1900..=2100).contains(&y));
    if unit.is_none()
        && let Some((end, k, u)) = at_q
            .and_then(|c| tail_at(src, q, c))
            .filter(|&(_, _, u)| !(u == "起" && year_like))
    {
        // Reduplicated counters (`一个个`, `一幕幕`) are descriptive, not counts.
        if head.weak() {
            let last = src.get(q..end).and_then(|u| u.chars().next_back());
            let redup = last.is_some() && rest(src, end).chars().next() == last;
            if redup {
                return Step::Skip(end);
            }
        }
        // 一个 is the indefinite article (一个重要途径); 一个月, 一项, 一名 stay counts.
        if article
            && (u == "个" || u == "個")
            && head.weak()
            && head.int == Some(1)
            && !ranged
            && approx == Approx::Exact
        {
            return Step::Skip(end);
        }
        q = end;
        unit = Some(u);
        kind = k;
        // 一年半, 两天半: plus a half.
        if rest(src, q).starts_with('半')
            && matches!(u, "年" | "天" | "小时" | "周" | "倍" | "小時" | "週")
            && !ranged
            && let Some(v) = f.value.and_then(plus_half)
        {
            q += '半'.len_utf8();
            f.value = Some(v);
        }
        // Amounts of money: 壹万贰仟元整.
        if rest(src, q).starts_with('整') && (u == "元" || u == "圆") {
            q += '整'.len_utf8();
        }
    }
    if ranged {
        kind = QuantityKind::Range;
    } else if unit.is_some() && kind == QuantityKind::Number {
        kind = QuantityKind::Quantity;
    }
    if let Some((len, a)) = qualifier::suffix(rest(src, q), unit) {
        if approx == Approx::Exact {
            approx = a;
        }
        q += len;
    }
    let mut start = p;
    if let Some((len, a)) = qualifier::prefix(before(src, p), head.pure_mult)
        && p.saturating_sub(len) >= floor
    {
        start = p - len;
        if approx == Approx::Exact || a == Approx::Vague {
            approx = a;
        }
    }
    // ¥1,200,000.00 and ￥5000: a yuan sign before a number with no unit of its own makes
    // it an amount of money in 元 (the sign is part of the span).
    if unit.is_none() && !ranged && kind == QuantityKind::Number {
        let b = before(src, start);
        let b_trim = b.strip_suffix(' ').unwrap_or(b);
        if let Some(sign) = ['¥', '￥'].into_iter().find(|c| b_trim.ends_with(*c)) {
            let len = b.len() - b_trim.len() + sign.len_utf8();
            if start.saturating_sub(len) >= floor {
                start -= len;
                unit = Some("元");
                kind = QuantityKind::Quantity;
            }
        }
    }
    // 百分, 万分感谢, 千分: a bare multiplier before 分 is a word (百分之… is the numeral
    // parser's), never 100 分, unless a score cue precedes it (满分百分).
    if head.pure_mult && !ranged && unit == Some("分") && !score_cue(before(src, p)) {
        return Step::Skip(q);
    }
    // A number naming a place (8106房间, 402路, 4号线, 3号楼): an address, no quantity.
    if unit.is_none()
        && !ranged
        && kind == QuantityKind::Number
        && exclude::address_word(rest(src, q))
    {
        return Step::Skip(q);
    }
    // The rule for weak Chinese numerals: a unit, a range or a vague reading makes them a
    // quantity; alone they are words.
    let anchored = unit.is_some() || ranged || approx == Approx::Vague;
    if head.weak() && !anchored {
        return Step::Skip(head.end);
    }
    f.start = start;
    f.end = q;
    f.kind = kind;
    f.unit = unit;
    f.approx = approx;
    Step::Emit
}

/// Whether `c`, right after a one-character Chinese numeral, could make it part of an
/// expression (a numeral, unit, date character, qualifier, separator, 分之, 点, 成 …).
fn may_continue(c: char) -> bool {
    matches!(
        c,
        '月' | '日'
            | '○'
            | '来'
            | '号'
            | '年'
            | '倍'
            | '%'
            | '％'
            | '‰'
            | '‱'
            | '余'
            | '多'
            | '到'
            | '至'
            | '—'
            | '–'
            | '-'
            | '~'
            | '～'
            | '〜'
            | '－'
            | '―'
            | '‒'
            | '−'
            | '分'
            | '点'
            | '成'
            | '时'
            | '.'
            | '．'
            | '、'
            | '）'
            | ')'
    ) || is_candidate(c)
        || units::starts_unit(c)
}

/// A set of bytes as four 64-bit words, built at compile time.
const fn byte_set(list: &[u8], letters: bool) -> [u64; 4] {
    let mut t = [0_u64; 4];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let mut hit = letters && b.is_ascii_alphabetic();
        let mut k = 0;
        while k < list.len() {
            if let Some(&x) = list.split_at(k).1.first() {
                hit |= x == b;
            }
            k += 1;
        }
        if hit && let Some(w) = t.split_at_mut(i / 64).1.first_mut() {
            *w |= 1 << (i % 64);
        }
        i += 1;
    }
    t
}

/// Whether byte `b` is in the set `t`.
fn in_set(t: &[u64; 4], b: u8) -> bool {
    t.get(usize::from(b >> 6))
        .is_some_and(|w| w >> (b & 63) & 1 == 1)
}

/// Every byte before a digit run that one of the digit shapes in [`step`] tests for
/// (identifiers, brackets, `+`), and every byte after it (`-` `.` `/` `~` `:` `+`, redaction
/// marks, and the lead bytes E2, EF, C3 of dashes, full-width forms and `×`).
const DIGIT_PREV: [u64; 4] = byte_set(
    &[
        b'-', 0x97, 0x94, 0xB6, 0x95, b'[', b'(', 0xBB, 0x90, 0x88, b'+', 0x8B, b':', 0x9A, b' ',
    ],
    true,
);
/// The bytes after a digit run that the digit shapes test for: see [`DIGIT_PREV`].
const DIGIT_NEXT: [u64; 4] = byte_set(
    &[
        b'-', b'.', b'/', b'~', 0xE2, 0xEF, b':', b'+', b'x', b'X', b'*', 0xC3,
    ],
    false,
);

/// A digit run at `p` that none of the digit shapes in [`step`] can claim: fewer than six
/// digits, and no byte before or after it that any of their gates tests for.
#[inline]
fn quiet_digits(src: &str, p: usize) -> bool {
    let bytes = src.as_bytes();
    let n = bytes
        .get(p..)
        .map_or(0, |t| t.iter().take_while(|b| b.is_ascii_digit()).count());
    let next = bytes.get(p + n).copied();
    let prev = p.checked_sub(1).and_then(|i| bytes.get(i)).copied();
    n < 6
        && !prev.is_some_and(|b| in_set(&DIGIT_PREV, b))
        && !next.is_some_and(|b| in_set(&DIGIT_NEXT, b))
}

/// The decision at candidate `p`, whose character is `c`.
fn step(src: &str, p: usize, c: char, floor: usize, article: bool, out: &mut Found) -> Step {
    let next = p + c.len_utf8();
    // Fast path: a lone Chinese numeral character followed by an ordinary character (一些,
    // 统一, 两校) can start nothing; most candidates in prose end here.
    if !c.is_ascii_digit()
        && !matches!(c, '第' | '几' | '幾' | '负' | '０'..='９')
        && !rest(src, next).chars().next().is_some_and(may_continue)
    {
        return Step::Skip(next);
    }
    if let Some(end) = exclude::word_at(src, p, c) {
        return Step::Skip(end);
    }
    if c == '第' {
        return ordinal(src, p, out);
    }
    if c == '几' || c == '幾' {
        // 几十, 几百, 几千, 几万: vague amounts valued at the base.
        let (end, k) = range::multiplier_chain(src, next);
        let Some(value) = (k > 0)
            .then(|| int_number(10_i128.pow(k.min(30))))
            .flatten()
        else {
            return Step::Skip(next);
        };
        let head = Num {
            end,
            value,
            int: None,
            script: Script::Chinese,
            chars: 2,
            pure_mult: false,
            trailing_mult: 0,
            own_unit: None,
        };
        let step = expression(src, p, &head, floor, article, out);
        if let Step::Emit = step {
            out.approx = Approx::Vague;
        }
        return step;
    }
    if c.is_ascii_digit() && !quiet_digits(src, p) {
        // The shapes below are tried only when the bytes around the digit run allow them:
        // each gate is a necessary condition of its recogniser, read off its definition, so
        // the outcome is the same and plain numbers (`6人`, `2017年`) skip all of them.
        let bytes = src.as_bytes();
        let n = rest(src, p).bytes().take_while(u8::is_ascii_digit).count();
        let next = bytes.get(p + n).copied();
        let prev = p.checked_sub(1).and_then(|i| bytes.get(i)).copied();
        // Last bytes of the characters before a glued identifier (ASCII letters, `-`, `×`,
        // `—`, 附件, 附录).
        let identifier_gate = prev.is_some_and(|b| {
            b.is_ascii_alphabetic() || matches!(b, b'-' | 0x97 | 0x94 | 0xB6 | 0x95)
        });
        if (identifier_gate && exclude::after_identifier(src, p)) || n > 15 {
            // The whole identifier: digits and inner dots (`V2.0`).
            let digits = rest(src, p)
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'.')
                .count();
            return Step::Skip(p + digits);
        }
        if n == 4
            && matches!(next, Some(b'-' | b'.' | b'/'))
            && let Some(f) = date::iso(src, p)
        {
            *out = f;
            return Step::Emit;
        }
        // Lead bytes of the dashes and tildes (`-`, `~`, `—`, `–`, `～`).
        if matches!(next, Some(b'-' | b'~' | 0xE2 | 0xEF))
            && let Some(end) = exclude::redacted_partner(src, p)
        {
            return Step::Skip(end);
        }
        // Last bytes of the opening brackets 〔 ［ [ 【 （ (.
        let bracket = matches!(prev, Some(b'[' | b'(' | 0x94 | 0xBB | 0x90 | 0x88));
        // After a colon (0x9A: the last byte of ：) or a space a short run may be a page's
        // view count or a post's counts (转发 126　评论 58　赞 1032).
        let phone = n >= 6 || next == Some(b'-') || matches!(prev, Some(b':' | 0x9A | b' '));
        let clock = n <= 2 && matches!(next, Some(b':' | 0xEF));
        // `+`, `＋` after the run or before it.
        let plus = matches!(next, Some(b'+' | 0xEF)) || matches!(prev, Some(b'+' | 0x8B));
        let dotted = next == Some(b'.');
        if let Some(end) = bracket
            .then(|| exclude::document_number(src, p))
            .flatten()
            .or_else(|| phone.then(|| exclude::phone(src, p)).flatten())
            .or_else(|| clock.then(|| exclude::clock(src, p)).flatten())
            .or_else(|| plus.then(|| exclude::plus_name(src, p)).flatten())
            .or_else(|| dotted.then(|| exclude::dotted_path(src, p)).flatten())
        {
            return Step::Skip(end);
        }
        // Redaction marks: `x`, `X`, `*`, `×` (C3 97), `ｘ`, `Ｘ`, `＊` (EF …).
        if n <= 3
            && matches!(next, Some(b'x' | b'X' | b'*' | 0xC3 | 0xEF))
            && let Some((yend, prefix)) = date::redacted_year(src, p)
            && let Some(f) = date::from_year(src, p, yend, crate::Year::Redacted { prefix })
        {
            *out = f;
            return Step::Emit;
        }
    }
    // Adjacent pairs start with a Chinese digit; so do pairs after a round numeral
    // (一百二三十人: 120 to 130).
    let pair = if range::digit(c).is_some() {
        range::adjacent_pair(src, p)
    } else {
        None
    };
    let values = pair
        .map(|(end, lo, hi, k)| {
            let scale = 10_i128.pow(k.min(30));
            (end, i128::from(lo) * scale, i128::from(hi) * scale, k)
        })
        .or_else(|| {
            range::digit(c)
                .is_some()
                .then(|| range::headed_pair(src, p))
                .flatten()
        });
    if let Some((end, lo, hi, k)) = values
        && let (Some(low), Some(high)) = (int_number(lo), int_number(hi))
        && let Some((tend, _, unit)) =
            tail(src, end).or((k > 0).then_some((end, QuantityKind::Range, "")))
    {
        let f = out;
        *f = Found::new(p, tend, QuantityKind::Range);
        f.low = Some(low);
        f.high = Some(high);
        f.unit = (!unit.is_empty()).then_some(unit);
        // 约两三百人, 近两三年: a qualifier before the pair qualifies the range.
        if let Some((len, a)) = qualifier::prefix(before(src, p), false)
            && p.saturating_sub(len) >= floor
        {
            f.start = p - len;
            f.approx = a;
        }
        return Step::Emit;
    }
    // 三四月份: a range of months.
    if let Some((end, lo, hi, 0)) = pair
        && hi <= 12
        && rest(src, end).starts_with('月')
    {
        let f = out;
        *f = Found::new(p, end + '月'.len_utf8(), QuantityKind::Date);
        let month = |m| PartialDate {
            month: Some(m),
            ..PartialDate::default()
        };
        f.date = Some(month(lo));
        f.date_end = Some(month(hi));
        return Step::Emit;
    }
    // A minus sign that is not a range dash: `-5%`, `（-3.2）`, `增长-5%`.
    // The last byte of `-`, `－` (EF BC 8D) or `−` (E2 88 92) before the digit.
    if c.is_ascii_digit()
        && p.checked_sub(1)
            .and_then(|i| src.as_bytes().get(i))
            .is_some_and(|b| matches!(b, b'-' | 0x8D | 0x92))
        && let Some(sign) = before(src, p)
            .chars()
            .next_back()
            .filter(|s| matches!(s, '-' | '－' | '−'))
        && p - sign.len_utf8() >= floor
        && !before(src, p - sign.len_utf8())
            .chars()
            .next_back()
            .is_some_and(|b| {
                b.is_ascii_alphanumeric()
                    || is_candidate(b)
                    || matches!(b, ')' | '）' | '%' | '％' | '-' | '—')
            })
        && let Some(n) = num_at(src, p - sign.len_utf8())
    {
        return expression(src, p - sign.len_utf8(), &n, floor, article, out);
    }
    let Some(mut n) = num_at(src, p) else {
        // Skip a whole overflowing numeral at once, so that long digit runs stay linear.
        let len = numeral_prefix(rest(src, p)).map_or(0, |m| m.len);
        return Step::Skip(p + len.max(c.len_utf8()));
    };
    // 3百分点: the 百 belongs to 百分点, not to the numeral (which would read 300).
    // (Replaced in place: `Num` is large, and a copy per candidate shows in profiles.)
    if rest(src, n.end).starts_with('分')
        && ["分点", "分點"]
            .iter()
            .any(|w| rest(src, n.end).starts_with(w))
        && let Some(head) = before(src, n.end).strip_suffix('百')
        && let Some(shorter) = num_at(head, p)
    {
        n = shorter;
    }
    if let Some(end) = exclude::marker(src, p, n.end) {
        return Step::Skip(end);
    }
    if let Some(end) = exclude::clock_words(src, p, n.end) {
        return Step::Skip(end);
    }
    if let Some(y) = date::known_year(&n)
        && let Some(f) = date::from_year(src, p, n.end, crate::Year::Known(y))
    {
        *out = f;
        return Step::Emit;
    }
    if let Some(f) = date::without_year(src, p, &n) {
        *out = f;
        return Step::Emit;
    }
    expression(src, p, &n, floor, article, out)
}

/// Finds every numeric expression in `src`.
///
/// The iterator never panics and runs in linear time. Spans are byte offsets into `src`,
/// lines are 1-based (a line ends at `\n`, `\r\n` or a lone `\r`). Multipliers fold into
/// the value and `unit` is the base unit (`35万元` → 350000 元); qualifiers are part of the
/// span (`近300门` → 300, [`Approx::Near`]).
///
/// A one-character Chinese numeral (`一`, `两`, `百`) is reported only with a unit or counter,
/// `倍`, `%`, a date character, a range partner or a vague qualifier, or after `第`; words
/// and names containing numerals (统一, 十四五, 陆兆显, 三番五次) are kept as data in
/// `data/exclusions.txt`, units in `data/units.txt`. Document numbers, phone numbers, clock
/// times, “9+3” and outline markers are not quantities.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{quantities, Approx, QuantityKind};
/// let src = "捐赠图书24595册价值35万元\n承担了近300门课程，超过1.5万学时";
/// let qs: Vec<_> = quantities(src).collect();
/// assert_eq!(qs.len(), 4);
/// assert_eq!(qs[1].text, "35万元");
/// assert_eq!(qs[1].value.unwrap().to_f64(), 350000.0);
/// assert_eq!(qs[1].unit, Some("元"));
/// assert_eq!((qs[2].text, qs[2].approx, qs[2].line), ("近300门", Approx::Near, 2));
/// assert_eq!(qs[3].kind, QuantityKind::Quantity);
/// // Words containing numerals are not quantities.
/// assert_eq!(quantities("思想统一，一带一路，十四五规划").count(), 0);
/// ```
#[must_use]
pub fn quantities(src: &str) -> Quantities<'_> {
    Quantities {
        src,
        pos: 0,
        floor: 0,
        line: 1,
        line_pos: 0,
        article: true,
    }
}

/// Iterator over the numeric expressions of a text; see [`quantities`].
#[derive(Debug, Clone)]
pub struct Quantities<'a> {
    src: &'a str,
    /// Where scanning resumes.
    pos: usize,
    /// End of the last expression: qualifiers may not reach before it.
    floor: usize,
    /// Line of `line_pos`.
    line: u32,
    /// Bytes before this offset have been counted into `line`.
    line_pos: usize,
    /// Read `一个` + noun as the indefinite article (running text), not as 1 个.
    article: bool,
}

impl<'a> Quantities<'a> {
    /// The next candidate at or after `from`: `(byte, char)`. Counts the line ends before
    /// it on the way (`line_pos` moves to the candidate): the bytes this loop steps over are
    /// not read a second time to count lines.
    fn candidate(&mut self, from: usize) -> Option<(usize, char)> {
        // The bytes since the last count (the expression just read) are counted apart.
        self.count_lines(from);
        let bytes = self.src.as_bytes();
        let mut s = bytes.get(from..)?;
        // Line ends stepped over: `\n`, and `\r` not followed by `\n`.
        let mut ends: u32 = 0;
        // `s` always starts on a character boundary: step by the length its lead byte gives.
        // The slice patterns check the length once per character (the common case: CJK text,
        // three bytes read at once).
        // The bit of a three-byte character in `CANDIDATE_BITS`, moved to bit 0.
        let bit = |b: u8, b1: u8, b2: u8| {
            let k = (usize::from(b & 0x0F) << 6) | usize::from(b1 & 0x3F);
            CANDIDATE_BITS.get(k).copied().unwrap_or(0) >> (b2 & 0x3F)
        };
        let decode = |b: u8, b1: u8, b2: u8| {
            char::from_u32(
                (u32::from(b & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
            )
        };
        let found = loop {
            match *s {
                // Four three-byte characters at once (all lead bytes are `1110xxxx`): most of
                // a Chinese text, one length test, one lead-byte test and one branch for
                // twelve bytes. The rare group with a candidate is read again apart.
                [b, b1, b2, c, c1, c2, d, d1, d2, e, e1, e2, ref tail @ ..]
                    if b & c & d & e & 0xF0 == 0xE0 && (b | c | d | e) & 0x10 == 0 =>
                {
                    let hit = |b: u8, b1: u8, b2: u8| bit(b, b1, b2) & 1 == 1;
                    if hit(b, b1, b2) | hit(c, c1, c2) | hit(d, d1, d2) | hit(e, e1, e2)
                        && let Some((k, ch)) = first_in_group(s)
                    {
                        break Some((bytes.len() - s.len() + k, ch));
                    }
                    s = tail;
                }
                // Two three-byte characters at once (both lead bytes are `1110xxxx`).
                [b, b1, b2, c, c1, c2, ref tail @ ..]
                    if b & c & 0xF0 == 0xE0 && (b | c) & 0x10 == 0 =>
                {
                    let (first, second) = (bit(b, b1, b2), bit(c, c1, c2));
                    if (first | second) & 1 == 1 {
                        let at = bytes.len() - s.len();
                        if first & 1 == 1
                            && let Some(ch) = decode(b, b1, b2)
                        {
                            break Some((at, ch));
                        }
                        if second & 1 == 1
                            && let Some(ch) = decode(c, c1, c2)
                        {
                            break Some((at + 3, ch));
                        }
                    }
                    s = tail;
                }
                [b, b1, b2, ref tail @ ..] if b & 0xF0 == 0xE0 => {
                    let k = (usize::from(b & 0x0F) << 6) | usize::from(b1 & 0x3F);
                    let mask = CANDIDATE_BITS.get(k).copied().unwrap_or(0);
                    if mask >> (b2 & 0x3F) & 1 == 1 {
                        let cp = (u32::from(b & 0x0F) << 12)
                            | (u32::from(b1 & 0x3F) << 6)
                            | u32::from(b2 & 0x3F);
                        if let Some(c) = char::from_u32(cp) {
                            break Some((bytes.len() - s.len(), c));
                        }
                    }
                    s = tail;
                }
                [b, ref tail @ ..] if b < 0x80 => {
                    if b.is_ascii_digit() {
                        break Some((bytes.len() - s.len(), char::from(b)));
                    }
                    if b < 0x0E && (b == b'\n' || (b == b'\r' && tail.first() != Some(&b'\n'))) {
                        ends += 1;
                    }
                    s = tail;
                }
                [b, ..] => match s.get(if b < 0xE0 { 2 } else { 4 }..) {
                    Some(t) => s = t,
                    None => break None,
                },
                [] => break None,
            }
        };
        self.line = self.line.saturating_add(ends);
        if let Some((at, _)) = found {
            self.line_pos = at;
        }
        found
    }

    /// Moves the line count to byte `to`, forward or back (an expression may start before
    /// its candidate: `近300门`).
    #[inline(always)]
    fn count_lines(&mut self, to: usize) {
        if to == self.line_pos {
            return;
        }
        // The usual move is forward over one expression, a few bytes: when the sixteen bytes
        // from `line_pos` hold no control character, none of them is a line end.
        if to > self.line_pos
            && to - self.line_pos <= 16
            && let Some(w) = self
                .src
                .as_bytes()
                .get(self.line_pos..)
                .and_then(|t| t.first_chunk::<16>())
            && !control_below_0e_16(u128::from_le_bytes(*w))
        {
            self.line_pos = to;
            return;
        }
        self.move_line_pos(to);
    }

    /// [`Self::count_lines`] when the line ends have to be counted.
    #[inline(never)]
    fn move_line_pos(&mut self, to: usize) {
        let bytes = self.src.as_bytes();
        if to > self.line_pos {
            let n = line_ends(bytes, self.line_pos, to);
            self.line = self.line.saturating_add(n);
        } else {
            let n = line_ends(bytes, to, self.line_pos);
            self.line = self.line.saturating_sub(n);
        }
        self.line_pos = to;
    }
}

/// The line ends in `bytes[from..to]`: `\n`, and `\r` not followed by `\n` (looking past
/// `to` if need be), so that counts over adjacent ranges add up.
fn line_ends(bytes: &[u8], from: usize, to: usize) -> u32 {
    let Some(chunk) = bytes.get(from..to) else {
        return 0;
    };
    // Most texts end their lines with `\n` alone: count them eight bytes at a time, and
    // walk the chunk again only when it holds a `\r`.
    if let Some(n) = newlines(chunk) {
        return n;
    }
    let mut n: u32 = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', chunk) {
        let at = from + i;
        if bytes.get(at) == Some(&b'\r') && bytes.get(at + 1) == Some(&b'\n') {
            continue;
        }
        n = n.saturating_add(1);
    }
    n
}

/// Whether some byte of `v` is a control character below `\x0E` (see [`control_below_0e`]).
#[inline(always)]
const fn control_below_0e_16(v: u128) -> bool {
    const LOW7: u128 = 0x7F7F_7F7F_7F7F_7F7F_7F7F_7F7F_7F7F_7F7F;
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    const BELOW_0E: u128 = 0x7272_7272_7272_7272_7272_7272_7272_7272;
    !(((v & LOW7) + BELOW_0E) | v) & HIGH != 0
}

/// Whether some byte of `v` is a control character below `\x0E` (`\n`, `\r` among them).
#[inline]
fn control_below_0e(v: u64) -> bool {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    /// `(b & 0x7F) + 0x72` sets bit 7 exactly when `b & 0x7F >= 0x0E`, without a carry
    /// into the next byte.
    const BELOW_0E: u64 = 0x7272_7272_7272_7272;
    !(((v & LOW7) + BELOW_0E) | v) & HIGH != 0
}

/// The first candidate among the four three-byte characters that start `s` (see
/// [`Quantities::candidate`]): its offset and character.
#[cold]
#[inline(never)]
fn first_in_group(s: &[u8]) -> Option<(usize, char)> {
    let group = s.get(..12)?;
    group.chunks_exact(3).enumerate().find_map(|(i, ch)| {
        let &[b, b1, b2] = ch else { return None };
        let k = (usize::from(b & 0x0F) << 6) | usize::from(b1 & 0x3F);
        let hit = CANDIDATE_BITS.get(k).copied().unwrap_or(0) >> (b2 & 0x3F) & 1 == 1;
        let cp = (u32::from(b & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
        hit.then(|| char::from_u32(cp))
            .flatten()
            .map(|c| (3 * i, c))
    })
}

/// The number of `\n` in `chunk`, or `None` when it holds a `\r` (see [`line_ends`]).
/// Eight bytes are tested at once for a control character below `\x0E`; only words holding
/// one are looked at closely.
fn newlines(chunk: &[u8]) -> Option<u32> {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LF: u64 = 0x0A0A_0A0A_0A0A_0A0A;
    const CR: u64 = 0x0D0D_0D0D_0D0D_0D0D;
    // Bit 7 of each byte of the result: that byte of `v` is zero.
    let zero = |v: u64| !(((v & LOW7) + LOW7) | v) & HIGH;
    let mut n: u32 = 0;
    let mut words = chunk.chunks_exact(8);
    for w in &mut words {
        let Ok(w) = <[u8; 8]>::try_from(w) else {
            continue;
        };
        let v = u64::from_le_bytes(w);
        if !control_below_0e(v) {
            continue;
        }
        if zero(v ^ CR) != 0 {
            return None;
        }
        n += zero(v ^ LF).count_ones();
    }
    for &b in words.remainder() {
        match b {
            b'\n' => n += 1,
            b'\r' => return None,
            _ => {}
        }
    }
    Some(n)
}

impl<'a> Iterator for Quantities<'a> {
    type Item = Quantity<'a>;

    fn next(&mut self) -> Option<Quantity<'a>> {
        let mut f = Found::new(0, 0, QuantityKind::Number);
        loop {
            let (p, c) = self.candidate(self.pos)?;
            match step(self.src, p, c, self.floor, self.article, &mut f) {
                Step::Emit => {
                    let Some(text) = self.src.get(f.start..f.end) else {
                        self.pos = p + c.len_utf8();
                        continue;
                    };
                    self.count_lines(f.start);
                    self.pos = f.end.max(p + c.len_utf8());
                    self.floor = f.end;
                    return Some(Quantity {
                        text,
                        span: Span::new(f.start, f.end),
                        line: self.line,
                        kind: f.kind,
                        value: f.value,
                        low: f.low,
                        high: f.high,
                        unit: f.unit,
                        approx: f.approx,
                        date: f.date,
                        date_end: f.date_end,
                    });
                }
                Step::Skip(end) => {
                    self.pos = end.max(p + c.len_utf8());
                    // The candidate's character is no line end: count from after it.
                    self.line_pos = p + c.len_utf8();
                }
            }
        }
    }
}

impl core::iter::FusedIterator for Quantities<'_> {}

/// The one expression of a line, for checking case lists (`quantities --lines`): the
/// expression that covers most of `line`, or `None` when it holds no quantity.
///
/// A line that is a bare numeral (`两万五`, `三`) is a number even when running text would
/// need a unit to report it, and `一个` is 1 个 rather than an article; words on the
/// exclusion list (`统一`) stay `None`.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{quantity_in_line, QuantityKind};
/// assert_eq!(quantity_in_line("累计培养博士6人").map(|q| q.text), Some("6人"));
/// assert_eq!(quantity_in_line("两万五").map(|q| q.kind), Some(QuantityKind::Number));
/// assert_eq!(quantity_in_line("十四五规划"), None);
/// assert_eq!(quantity_in_line("一个").and_then(|q| q.unit), Some("个"));
/// ```
#[must_use]
pub fn quantity_in_line(line: &str) -> Option<Quantity<'_>> {
    // A line is one expression: `一个` on it is a count, not an article.
    let scan = Quantities {
        article: false,
        ..quantities(line)
    };
    let best = scan.max_by_key(|q| (q.span.len(), core::cmp::Reverse(q.span.start)));
    let trimmed_start = line.len() - line.trim_start().len();
    let trimmed = line.trim();
    if let Some(q) = best
        && (q.span.len() >= trimmed.len() || q.kind != QuantityKind::Number)
    {
        return Some(q);
    }
    // The whole line as one numeral.
    let first = trimmed.chars().next()?;
    if exclude::word_at(line, trimmed_start, first).is_some() {
        return best;
    }
    match num_at(line, trimmed_start) {
        Some(n) if n.end == trimmed_start + trimmed.len() => {
            let text = line.get(trimmed_start..n.end)?;
            Some(Quantity {
                text,
                span: Span::new(trimmed_start, n.end),
                line: 1,
                kind: if n.own_unit.is_some() {
                    QuantityKind::Percent
                } else {
                    QuantityKind::Number
                },
                value: Some(n.value),
                low: None,
                high: None,
                unit: n.own_unit,
                approx: Approx::Exact,
                date: None,
                date_end: None,
            })
        }
        _ => best,
    }
}

#[cfg(test)]
mod tests {
    use super::newlines;

    #[test]
    fn newlines_counts_line_feeds_and_gives_up_on_carriage_returns() {
        // Every length around the eight-byte words, line feeds at every offset.
        for len in 0..40 {
            for at in 0..len {
                let mut text = vec![b'a'; len];
                if let Some(b) = text.get_mut(at) {
                    *b = b'\n';
                }
                assert_eq!(newlines(&text), Some(1), "{len} {at}");
                if let Some(b) = text.get_mut(at) {
                    *b = b'\r';
                }
                assert_eq!(newlines(&text), None, "{len} {at}");
            }
        }
        // Other control characters and multi-byte text are not line ends.
        assert_eq!(newlines("\t\u{b}\u{c}\0\u{e}一\n二\n".as_bytes()), Some(2));
        assert_eq!(newlines("培养博士6人\n".repeat(9).as_bytes()), Some(9));
    }
}
