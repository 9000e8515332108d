//! Finding growth statements in running text: a thin layer over the tokenizer's quantity
//! scanner that reads the cue words around each number.
//!
//! One pass over the sentences (split at 。！？； and line ends); inside a sentence each number
//! is looked at with a bounded window of text before it, so the whole is linear in the input.

mod cue;
mod metric;
mod period;
mod restore;

use duikou_tokenizer::{Approx, Decimal, LineIndex, Number, Quantity, QuantityKind, Span};

use crate::{Claim, Direction, Figure, GrowthStatement, Period, Ratio, Wording};
use cue::ClaimCue;
use metric::{CLAUSE_PUNCTUATION, CLAUSE_SEPARATORS};

/// Every growth statement in `src`, in document order.
///
/// A statement is a before → after transition (`由A增加到B`, `从A增长到B`, `A增至B`, `扩增至B`)
/// with the claim that follows it in the same or the next clause (`增长了1.5倍`, `增长47.5%`,
/// `提高17个百分点`, `翻一番`, `减少一半` …), or a claim on its own (`比上年增长8.1%`,
/// `同比下降3个百分点`, lists such as `分别增长5.2%和6.1%`). Idioms such as 事半功倍 are not
/// claims. Never panics; linear in the input.
///
/// # Examples
///
/// ```
/// use duikou_analytics::{ClaimKind, growth_statements};
/// let src = "研究生学历人员占教师总数比由15%增加到32%，增长了2.1倍；可谓事半功倍。";
/// let v = growth_statements(src);
/// assert_eq!(v.len(), 1);
/// assert_eq!(v[0].metric, "研究生学历人员占教师总数比");
/// assert_eq!(v[0].unit(), Some("%"));
/// assert_eq!(v[0].claim.as_ref().unwrap().kind, ClaimKind::TimesIncrease);
/// ```
#[must_use]
pub fn growth_statements(src: &str) -> Vec<GrowthStatement> {
    growth_statements_in(src, duikou_tokenizer::quantities(src))
}

/// Like [`growth_statements`], over quantities already scanned from `src` (in document order),
/// so that a pipeline scans the text once.
///
/// # Examples
///
/// ```
/// use duikou_analytics::growth_statements_in;
/// // No quantities: no statements.
/// assert!(growth_statements_in("由1516人增加到2236人", Vec::new()).is_empty());
/// ```
#[must_use]
pub fn growth_statements_in<'q, I>(src: &'q str, quantities: I) -> Vec<GrowthStatement>
where
    I: IntoIterator<Item = Quantity<'q>>,
{
    // A text in traditional characters is read folded to simplified ones (same offsets), and
    // full-width digits narrowed to ASCII ones (offsets mapped back, the narrowed text scanned
    // again); the statements then quote the original.
    // Windows line ends (CRLF) are read as a blank and a line feed (same offsets), so that a
    // line break is one break wherever breaks are counted.
    let mut folded = duikou_tokenizer::fold_traditional(src);
    if src.contains("\r\n") {
        let text = folded.take().unwrap_or_else(|| src.to_owned());
        folded = Some(text.replace("\r\n", " \n"));
    }
    let read: &str = folded.as_deref().unwrap_or(src);
    let narrowed = duikou_tokenizer::narrow_digits(read);
    let narrow: &str = narrowed.as_ref().map_or(read, |n| n.text.as_str());
    // A text wrapped at a fixed width (a PDF copy) is read with its wrapped lines joined, as
    // the network is.
    let joined = duikou_model::join_wrapped_lines(narrow);
    let mut out = match (&folded, &narrowed, &joined) {
        (None, None, None) => return statements_in(src, quantities),
        (_, _, Some(j)) => statements_in(j.text(), duikou_tokenizer::quantities(j.text())),
        (_, Some(n), None) => statements_in(&n.text, duikou_tokenizer::quantities(&n.text)),
        (Some(f), None, None) => statements_in(f, quantities.into_iter().collect::<Vec<_>>()),
    };
    let text = joined.as_ref().map_or(narrow, |j| j.text());
    let map = |at: usize, is_end: bool| {
        let at = joined.as_ref().map_or(at, |j| j.to_unjoined(at, is_end));
        narrowed.as_ref().map_or(at, |n| n.to_original(at))
    };
    // Lines are the original's (a joined text has fewer).
    let lines = joined.as_ref().map(|_| LineIndex::new(src));
    for s in &mut out {
        restore::quote_original(s, src, text, &map);
        if let Some(li) = &lines {
            s.line = li.line_of(s.span.start);
        }
    }
    out
}

/// [`growth_statements_in`] on a text read as it is.
fn statements_in<'q, I>(src: &'q str, quantities: I) -> Vec<GrowthStatement>
where
    I: IntoIterator<Item = Quantity<'q>>,
{
    let mut qs: Vec<Quantity<'q>> = quantities
        .into_iter()
        .filter(|q| !matches!(q.kind, QuantityKind::Date | QuantityKind::Ordinal))
        .filter(|q| src.get(q.span.start..q.span.end).is_some())
        .map(|q| normalize(src, q))
        .collect();
    qs.sort_by_key(|q| q.span.start);
    let li = LineIndex::new(src);
    let mut out = Vec::new();
    let mut qi = 0;
    // The sentence before, when a semicolon ended it: where it starts and its quantities.
    let mut prev: Option<(usize, &[Quantity<'q>])> = None;
    for (s, e) in sentences(src) {
        let first = qi;
        while qs.get(qi).is_some_and(|q| q.span.start < e) {
            qi += 1;
        }
        let sq = qs.get(first..qi).unwrap_or(&[]);
        let before = prev.take();
        if let Some(sentence) = src.get(s..e) {
            if src.get(e..).is_some_and(|r| r.starts_with(['；', ';'])) {
                prev = Some((s, sq));
            }
            // Without a quantity, a sentence can only make a 翻番/一半 claim, whose first
            // character is one `Sentence::pattern_claims` looks at: nothing else to read.
            if sq.is_empty() && !sentence.contains(PATTERN_FIRST) {
                continue;
            }
            let mut scan = Sentence::new(src, s, sentence, sq, &li);
            scan.prev = before;
            scan.run(&mut out);
        }
    }
    out
}

/// The characters at which `Sentence::pattern_claims` tries a 翻番 or 一半 claim (keep the two
/// in step).
const PATTERN_FIRST: [char; 5] = ['翻', '减', '下', '降', '缩'];

/// Byte ranges of the sentences of `src` (delimiters excluded). A sentence ends at 。！？；
/// and at a line break — unless the line stops mid-sentence and the text goes on after the
/// break (`…扩大到目前的\n\n1.5倍，…`), as in text pasted from the web.
fn sentences(src: &str) -> Vec<(usize, usize)> {
    // A byte scan: every delimiter starts with an ASCII byte or with the lead byte E3 (。, the
    // ideographic space) or EF (！？；), and lead bytes never occur inside a character, so
    // the positions found are character boundaries.
    let bytes = src.as_bytes();
    let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Where the current line starts: after the last line break passed.
    let mut line_start = 0;
    while i < bytes.len() {
        let b = at(i);
        let end = match b {
            b'!' | b'?' | b';' => i + 1,
            0xE3 if at(i + 1) == 0x80 && at(i + 2) == 0x82 => i + 3,
            0xEF if at(i + 1) == 0xBC && matches!(at(i + 2), 0x81 | 0x9F | 0x9B) => i + 3,
            // An emoji then a blank ends a sentence in a blog or a chat (…增长了2倍📖 作业…):
            // the pictographs of U+1F000–U+1FFFF start F0 9F.
            0xF0 if at(i + 1) == 0x9F && matches!(at(i + 4), b' ' | 0xE3) => {
                let e = i + 4;
                let blank = at(e) == b' ' || (at(e + 1) == 0x80 && at(e + 2) == 0x80);
                if !blank {
                    i += 4;
                    continue;
                }
                e
            }
            b'\n' | b'\r' => {
                // The whole run of line breaks and blank lines.
                let mut e = i + 1;
                let mut last_break = i;
                loop {
                    match at(e) {
                        b'\n' | b'\r' => {
                            last_break = e;
                            e += 1;
                        }
                        b' ' | b'\t' => e += 1,
                        0xE3 if at(e + 1) == 0x80 && at(e + 2) == 0x80 => e += 3,
                        _ => break,
                    }
                }
                let goes_on = continues_from(src, line_start, i, e);
                line_start = last_break + 1;
                if goes_on {
                    i = e;
                    continue;
                }
                e
            }
            // A whole character at a time: no delimiter starts inside one.
            _ => {
                i += duikou_tokenizer::utf8_len(b);
                continue;
            }
        };
        if i > start {
            out.push((start, i));
        }
        start = end;
        i = end;
    }
    if src.len() > start {
        out.push((start, src.len()));
    }
    out
}

/// Whether the line ending at `run_start` continues after the line breaks ending at `run_end`
/// (the definition, which the splitter's tests hold [`continues_from`] to).
#[cfg(test)]
fn continues(src: &str, run_start: usize, run_end: usize) -> bool {
    let before = src
        .get(..run_start)
        .unwrap_or("")
        .trim_end_matches([' ', '\t', '\u{3000}']);
    let line = before
        .as_bytes()
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(before, |p| before.get(p + 1..).unwrap_or(""));
    line_continues(src, line, run_end)
}

/// [`continues`] for a line known to start at `line_start` (just after the last line break
/// before `run_start`, or 0), without searching back for that break.
fn continues_from(src: &str, line_start: usize, run_start: usize, run_end: usize) -> bool {
    let before = src
        .get(..run_start)
        .unwrap_or("")
        .trim_end_matches([' ', '\t', '\u{3000}']);
    // The trim stops at the line break before the line (it trims no break), so the line
    // starts inside `before`.
    let line = before.get(line_start..).unwrap_or("");
    line_continues(src, line, run_end)
}

/// Whether `line` (its text before the line breaks ending at `run_end`) continues after them.
fn line_continues(src: &str, line: &str, run_end: usize) -> bool {
    let after = src.get(run_end..).unwrap_or("");
    let (Some(last), Some(next)) = (line.chars().next_back(), after.chars().next()) else {
        return false;
    };
    let terminal = matches!(
        last,
        '。' | '！' | '？' | '；' | '：' | '!' | '?' | ';' | ':' | '”' | '」' | '）' | ')' | '|'
    );
    let mut head = after.chars();
    let second = head.nth(1);
    // A claim alone on the line after its values (a slide: 由A到B ⏎ ↑35%, 同比↑18%)
    // belongs to them.
    if !terminal
        && (matches!(next, '↑' | '↓') || after.starts_with("同比↑") || after.starts_with("同比↓"))
    {
        return true;
    }
    // A new line that starts like a heading or list item begins a new sentence.
    let marker = matches!(next, '（' | '(' | '第' | '【' | '［' | '[')
        || matches!(second, Some('、' | '.' | '．' | '）' | ')'))
        || duikou_tokenizer::is_bullet(next);
    !terminal && !marker && line.chars().nth(19).is_some() && !next.is_whitespace()
}

/// The last 40 characters of `head` without the parenthesised parts among them (（2020年）).
fn without_parentheses(head: &str) -> String {
    let w0 = head.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    duikou_tokenizer::without_parenthesised(head.get(w0..).unwrap_or_default())
}

/// How far back (bytes) a metric or a clause start is looked for: about 100 CJK characters.
const LOOKBACK: usize = 300;

/// Words that make a claim a plan or target rather than an observed change.
const PLAN_WORDS: &[&str] = &["争取", "力争", "预计", "计划", "目标", "预期", "有望", "拟"];

/// Whether a quantity can be a before or after value.
fn value_like(q: &Quantity<'_>) -> bool {
    let decimal = q.value.and_then(Number::as_decimal).is_some();
    decimal
        && match q.kind {
            // Years and quarters are periods (前三季度), no measure.
            QuantityKind::Quantity => !matches!(q.unit, Some("年" | "季度")),
            QuantityKind::Number => matches!(q.value, Some(Number::Decimal(_))),
            QuantityKind::Percent => q.unit == Some("%"),
            _ => false,
        }
}

/// Times said in speech that name no metric (走的时候, 我刚去那会儿).
const SPOKEN_TIMES: [&str; 3] = ["的时候", "那会儿", "那时候"];

/// Whether a value whose preceding text is `head` is the scale of a score in a parenthesis
/// (4.21分（满分5分）, 82分(总分为100分)): an open parenthesis, then only 满分/总分 (为, 是).
fn scale_note(head: &str) -> bool {
    let Some(open) = head.rfind(['（', '(']) else {
        return false;
    };
    let inside = head
        .get(open..)
        .unwrap_or_default()
        .trim_start_matches(['（', '('])
        .trim_end_matches(['为', '是', ' ']);
    ["满分", "总分", "最高分"].contains(&inside)
}

/// The year written as four digits then 年 at the start of `text` (2018年, not 2018年级).
fn year_at(text: &str) -> Option<u32> {
    let digits = text.get(..4)?;
    let rest = text.get(4..)?;
    (digits.bytes().all(|b| b.is_ascii_digit())
        && rest.starts_with('年')
        && !rest.starts_with("年级"))
    .then(|| digits.parse().ok())
    .flatten()
}

/// A year at the start of `text` and the bytes it takes: four figures (2018年, not 2018年级),
/// two figures (97年) or two or four numerals said digit by digit (九七年, 二〇一九年); two
/// figures name 1950–2049. Two neighbouring numerals (三四年) are a rough count, no year.
fn year_of(text: &str) -> Option<(u32, usize)> {
    if let Some(y) = year_at(text) {
        return Some((y, 4 + '年'.len_utf8()));
    }
    let digit = |c: char| {
        c.to_digit(10)
            .or_else(|| {
                "〇一二三四五六七八九"
                    .chars()
                    .position(|d| d == c)
                    .and_then(|p| u32::try_from(p).ok())
            })
            .or_else(|| (c == '零').then_some(0))
    };
    // Up to four digits of one script (no allocation: this runs at every character of a
    // clause that looks back for a year).
    let mut n = 0usize;
    let mut bytes = 0usize;
    let mut value = 0u32;
    let mut first: Option<(bool, u32)> = None;
    let mut second = None;
    let mut same_script = true;
    for c in text.chars().take(5) {
        let Some(d) = digit(c) else { break };
        let ascii = c.is_ascii_digit();
        match first {
            None => first = Some((ascii, d)),
            Some((a, _)) => same_script &= a == ascii,
        }
        if n == 1 {
            second = Some(d);
        }
        n += 1;
        bytes += c.len_utf8();
        value = value * 10 + d;
    }
    let (ascii, d0) = first?;
    let rest = text.get(bytes..)?;
    // 三四年: two neighbouring numerals are a rough count.
    let neighbours = second.is_some_and(|d1| d1 == d0 + 1);
    let year = match n {
        2 if !neighbours => {
            if value >= 50 {
                1900 + value
            } else {
                2000 + value
            }
        }
        4 if !ascii => value,
        _ => return None,
    };
    (same_script && rest.starts_with('年') && !rest.starts_with("年级"))
        .then_some((year, bytes + '年'.len_utf8()))
}

/// Counters the scanner leaves without a unit that growth statements still need
/// (`由12起下降到9起`). The scanner's unit table (tokenizer `data/units.txt`) has every other
/// counter; 起 stays out of it because `从2019起` and `3月起` are not counts.
const EXTRA_COUNTERS: &[&str] = &["起"];

fn figure(q: &Quantity<'_>, src: &str) -> Option<Figure> {
    let value = q.value.and_then(Number::as_decimal)?;
    let rest = src.get(q.span.end..).unwrap_or("");
    let extra = if q.unit.is_none() {
        EXTRA_COUNTERS
            .iter()
            .find(|c| rest.starts_with(*c))
            .copied()
    } else {
        None
    };
    // 名 and 位 count persons: the statement's unit is 人.
    let unit = match q.unit.or(extra) {
        Some("名" | "位") => Some("人"),
        u => u,
    };
    let span = Span::new(q.span.start, q.span.end + extra.map_or(0, str::len));
    let text = src.get(span.start..span.end).unwrap_or(q.text);
    Some(Figure::new(value, unit, q.approx, text, span))
}

/// Repairs what the scanner leaves for this layer: `11個百分點` (traditional), `一倍多`.
fn normalize<'q>(src: &'q str, mut q: Quantity<'q>) -> Quantity<'q> {
    let rest = src.get(q.span.end..).unwrap_or("");
    if matches!(q.kind, QuantityKind::Number | QuantityKind::Quantity)
        && matches!(q.unit, None | Some("个"))
    {
        let tail = if q.unit.is_some() {
            "百分點"
        } else {
            "個百分點"
        };
        let tail = [tail, "百分點"].into_iter().find(|t| rest.starts_with(t));
        if let Some(t) = tail {
            q.kind = QuantityKind::Percent;
            q.unit = Some("百分点");
            q.span = Span::new(q.span.start, q.span.end + t.len());
        }
    } else if q.kind == QuantityKind::Multiple
        && q.approx == Approx::Exact
        && let Some(t) = ["多", "余"].into_iter().find(|t| rest.starts_with(t))
    {
        q.approx = Approx::Over;
        q.span = Span::new(q.span.start, q.span.end + t.len());
    }
    q.text = src.get(q.span.start..q.span.end).unwrap_or(q.text);
    q
}

/// The after value a claim gives a before value that it compares with (`比上年的400万元增长了
/// 15%` → 460万元): not written, so its text is empty and its span empty at the claim's end.
/// `None` for claims that fix no single value (ranges, approximate claims, 翻番, fractions) and
/// for 倍 claims.
fn implied_after(before: &Figure, claim: &Claim) -> Option<Figure> {
    if claim.high.is_some() || claim.approx != Approx::Exact {
        return None;
    }
    let a = Ratio::from_decimal(before.value)?;
    let v = claim.value?;
    let signed = |x: Ratio| match claim.direction {
        Direction::Up => Some(x),
        Direction::Down => Ratio::ZERO.checked_sub(x),
    };
    let b = match claim.wording {
        // a · (1 ± v/100)
        Wording::Percent => {
            let f = Ratio::int(1).checked_add(signed(v.checked_div(Ratio::HUNDRED)?)?)?;
            a.checked_mul(f)?
        }
        Wording::PercentagePoints | Wording::AbsoluteChange => a.checked_add(signed(v)?)?,
        // 倍 claims are checked against the readings of 倍: a value computed under one reading
        // would prove nothing.
        _ => return None,
    };
    let value = b.to_decimal()?.normalized();
    let at = claim.span.end;
    Some(Figure::new(
        value,
        before.unit.as_deref(),
        before.approx,
        "",
        Span::new(at, at),
    ))
}

fn same_unit(a: &Quantity<'_>, b: &Quantity<'_>) -> bool {
    a.unit == b.unit || a.unit.is_none() || b.unit.is_none() && a.unit != Some("%")
}

fn decimal_of(n: Option<Number>) -> Option<Decimal> {
    n.and_then(Number::as_decimal)
}

/// Half a unit of the last written digit.
fn tol(d: Decimal) -> Option<Ratio> {
    Ratio::from_decimal(d.half_ulp())
}

/// A before → after transition found in a sentence.
#[derive(Debug, Clone)]
struct Transition {
    a: Option<usize>,
    b: usize,
    direction: Option<Direction>,
    /// A bare 到/至/达到 cue (`由3人到5人` is often a range, not a change).
    neutral: bool,
    cue_text: String,
    cue_span: Span,
    start: usize,
    metric: String,
    /// Size of the list this transition belongs to (`A1、A2增加到B1、B2` → 2), else 1.
    group: usize,
    /// Position in that list.
    member: usize,
}

/// A claim found in text, before it is attached to a statement.
#[derive(Debug, Clone)]
struct Found {
    claim: Claim,
    /// Index of the quantity it came from (none for 翻番 / 一半).
    q: Option<usize>,
    cue: Option<ClaimCue>,
}

struct Sentence<'s, 'q> {
    src: &'s str,
    base: usize,
    text: &'s str,
    qs: &'s [Quantity<'q>],
    li: &'s LineIndex,
    period: Option<Period>,
    used: Vec<bool>,
    /// Start offsets of 翻番/一半 claims already attached to a transition.
    used_patterns: Vec<usize>,
    /// The sentence before, when a semicolon ended it: its start and its quantities (the
    /// earlier year of a contrast across the semicolon).
    prev: Option<(usize, &'s [Quantity<'q>])>,
}

impl<'s, 'q> Sentence<'s, 'q> {
    fn new(
        src: &'s str,
        base: usize,
        text: &'s str,
        qs: &'s [Quantity<'q>],
        li: &'s LineIndex,
    ) -> Self {
        Self {
            src,
            base,
            text,
            qs,
            li,
            period: period::find(src, base, text, qs),
            used: vec![false; qs.len()],
            used_patterns: Vec::new(),
            prev: None,
        }
    }

    /// A contrast of two years across a semicolon, the claim clauses later ("2018年，…上线只有
    /// 三十七个人；到了2023年，上线一百一十一个，…主持人说“翻了一番”"): the value of the clause
    /// after the later year (within three clauses before `claim_at`), the last value of the
    /// sentence before after an earlier year, and the metric between that year and its value.
    fn year_contrast(&self, claim_at: usize) -> Option<(Figure, Figure, String, usize)> {
        let (prev_start, prev_qs) = self.prev?;
        // The later value: the last unused value in the clauses before the claim.
        let mut c = self.clause_start(claim_at, self.base);
        let mut now = None;
        for _ in 0..3 {
            let p = self.previous_clause_start(c, self.base);
            if p >= c {
                break;
            }
            if let Some(v) = self.last_value_in(p, c) {
                now = Some((v, p));
                break;
            }
            c = p;
        }
        let (now, now_clause) = now?;
        // Its year opens the sentence (到了2023年，…).
        let head = self.slice(self.base, now_clause);
        let head = head.trim_start();
        let head = ["到了", "到", "而到了", "至"]
            .iter()
            .find_map(|w| head.strip_prefix(w))
            .unwrap_or(head);
        let now_year = year_at(head)?;
        // The earlier year and value in the sentence before.
        let prev_text = self.slice(prev_start, self.base);
        let (at, _) = prev_text
            .char_indices()
            .filter_map(|(i, _)| Some((i, year_at(prev_text.get(i..)?)?)))
            .find(|(_, y)| *y < now_year)?;
        // After the year: four digits and 年.
        let from = prev_start + at + 4 + '年'.len_utf8();
        let then_q = prev_qs
            .iter()
            .rev()
            .find(|q| q.span.start >= from && value_like(q))?;
        let then = figure(then_q, self.src)?;
        // A bare 个 counts what the earlier value counts (三十七个人 … 一百一十一个).
        let now = match (&then.unit, &now.unit) {
            (Some(tu), Some(nu)) if tu == nu => now,
            (Some(tu), Some(nu)) if nu == "个" => Figure {
                unit: Some(tu.clone()),
                ..now
            },
            _ => return None,
        };
        let raw = self.slice(from, then.span.start);
        let metric = metric::clean(raw);
        let start = raw
            .find(metric.as_str())
            .filter(|_| !metric.is_empty())
            .map_or(from, |i| from + i);
        Some((then, now, metric, start))
    }

    /// Marks a claim as attached: its quantity, or (翻番/一半, no quantity) its start offset.
    fn mark_used(&mut self, f: &Found) {
        match f.q {
            Some(i) => {
                if let Some(u) = self.used.get_mut(i) {
                    *u = true;
                }
            }
            None => {
                self.used_patterns.push(f.claim.span.start);
                self.used_patterns.sort_unstable();
            }
        }
    }

    fn slice(&self, a: usize, b: usize) -> &'s str {
        self.src.get(a..b).unwrap_or("")
    }

    fn end(&self) -> usize {
        self.base + self.text.len()
    }

    /// The quantities starting in `[from, to)`, with their indices (binary search: the
    /// sentence's quantities are sorted by start).
    fn in_range(
        &self,
        from: usize,
        to: usize,
    ) -> impl DoubleEndedIterator<Item = (usize, &'s Quantity<'q>)> + use<'s, 'q> {
        let qs: &'s [Quantity<'q>] = self.qs;
        let lo = qs.partition_point(|q| q.span.start < from);
        let hi = qs.partition_point(|q| q.span.start < to).max(lo);
        qs.get(lo..hi)
            .unwrap_or(&[])
            .iter()
            .enumerate()
            .map(move |(k, q)| (lo + k, q))
    }

    /// At most [`LOOKBACK`] bytes before `at`, on a char boundary, not before `floor`.
    fn lookback(&self, at: usize, floor: usize) -> usize {
        let mut w = at.saturating_sub(LOOKBACK).max(floor);
        while w < at && !self.src.is_char_boundary(w) {
            w += 1;
        }
        w
    }

    /// Start of the clause containing byte `at` (after the last separator before it, looking
    /// back at most [`LOOKBACK`] bytes so that a huge unpunctuated line stays linear).
    fn clause_start(&self, at: usize, floor: usize) -> usize {
        let floor = self.lookback(at, floor);
        let head = self.slice(floor, at);
        head.rmatch_indices(CLAUSE_SEPARATORS)
            .find(|&(i, sep)| !metric::is_thousands_comma(head, i, sep))
            .map_or(floor, |(i, sep)| floor + i + sep.len())
    }

    /// Start of the clause before the one starting at `clause`: the separators and blanks
    /// between the two are passed over, so that a clause ended by a comma and a line break
    /// (`…158人次，⏎比…`) is the previous one, not the empty text between the two.
    fn previous_clause_start(&self, clause: usize, floor: usize) -> usize {
        let head = self.slice(floor, clause);
        let body =
            head.trim_end_matches(|c: char| c.is_whitespace() || CLAUSE_SEPARATORS.contains(&c));
        self.clause_start(floor + body.len(), floor)
    }

    fn run(mut self, out: &mut Vec<GrowthStatement>) {
        let transitions = self.transitions();
        for (k, t) in transitions.iter().enumerate() {
            if t.group > 1 {
                if t.member == 0 {
                    let members = transitions.get(k..k + t.group).unwrap_or(&[]);
                    let next = transitions.get(k + t.group).map_or(self.end(), |n| n.start);
                    self.run_list(members, next, out);
                }
                continue;
            }
            let Some(b) = self.qs.get(t.b) else { continue };
            let next = transitions.get(k + 1).map_or(self.end(), |n| n.start);
            // The claims sit in the rest of B's clause and in the clauses that follow, as long as
            // each clause holds one (`增加了6个，增长了50%，年均增长8.4%`): at most four clauses.
            let mut from = b.span.end;
            let mut claims: Vec<Found> = Vec::new();
            for clause_no in 0..4 {
                let tail = self.slice(from, next);
                // A comma before a line break (…46人，⏎翻了一番) is one break, not two.
                let mut last_end = usize::MAX;
                let mut seps = tail.match_indices(CLAUSE_SEPARATORS).filter(|&(i, sep)| {
                    let joined = last_end != usize::MAX
                        && tail
                            .get(last_end..i)
                            .is_some_and(|g| g.chars().all(char::is_whitespace));
                    last_end = i + sep.len();
                    !joined
                });
                // B's own clause and the next one form the first window.
                let cut = if clause_no == 0 {
                    seps.nth(1)
                } else {
                    seps.find(|&(i, _)| i > 0)
                };
                let to = cut.map_or(next, |(i, _)| from + i);
                let mut here = self.claims_in(from, to, Some(t));
                // A later clause with a subject of its own (`，本科上线人数增长了52.3%`) is
                // another statement.
                if clause_no > 0 {
                    here.retain(|f| {
                        let c = self.clause_start(f.claim.span.start, from);
                        metric::clean(self.slice(c, f.claim.span.start)).is_empty()
                    });
                } else {
                    let first_sep = self
                        .slice(from, to)
                        .find(CLAUSE_SEPARATORS)
                        .map_or(to, |i| from + i);
                    here.retain(|f| {
                        f.claim.span.start < first_sep || {
                            let c = self.clause_start(f.claim.span.start, from);
                            metric::clean(self.slice(c, f.claim.span.start)).is_empty()
                        }
                    });
                }
                let empty = here.is_empty();
                claims.extend(here);
                if empty || to >= next {
                    break;
                }
                from = to;
            }
            for f in &claims {
                self.mark_used(f);
            }
            // One statement per rate claim; an absolute change or the bare direction otherwise.
            let mut chosen: Vec<Claim> = claims
                .iter()
                .filter(|f| f.claim.wording != Wording::AbsoluteChange)
                .map(|f| f.claim.clone())
                .collect();
            if chosen.is_empty() && claims.is_empty() && t.neutral {
                // 每组由3人到5人组成: a range, unless a claim follows.
                continue;
            }
            if chosen.is_empty() {
                chosen.push(
                    claims
                        .first()
                        .map_or_else(|| self.direction_claim(t), |f| f.claim.clone()),
                );
            }
            let before =
                t.a.and_then(|i| self.qs.get(i))
                    .and_then(|q| figure(q, self.src));
            for claim in chosen {
                let end = claim.span.end.max(b.span.end);
                self.push(
                    out,
                    t.start,
                    end,
                    t.metric.clone(),
                    before.clone(),
                    figure(b, self.src),
                    Some(claim),
                );
            }
        }
        self.claim_only(out);
    }

    /// `本科生、研究生分别由1200人、36人增加到1800人、108人，分别增长了50%和200%`: one
    /// statement per list member; claims are paired in order, or shared when there is one.
    fn run_list(&mut self, members: &[Transition], next: usize, out: &mut Vec<GrowthStatement>) {
        let Some(last) = members.last().and_then(|t| self.qs.get(t.b)) else {
            return;
        };
        let from = last.span.end;
        let tail = self.slice(from, next);
        let to = tail
            .match_indices(CLAUSE_SEPARATORS)
            .nth(1)
            .map_or(next, |(i, _)| from + i);
        let found = self.claims_in(from, to, None);
        let mut claims: Vec<Claim> = Vec::new();
        for f in &found {
            if f.claim.wording == Wording::AbsoluteChange {
                continue;
            }
            self.mark_used(f);
            claims.push(f.claim.clone());
            if f.cue.is_some_and(|c| c.respectively) {
                while let Some(c) = claims.last().and_then(|l| self.list_next(l)) {
                    if let Some(i) = self
                        .in_range(c.span.start, c.span.end)
                        .next()
                        .map(|(i, _)| i)
                        && let Some(u) = self.used.get_mut(i)
                    {
                        *u = true;
                    }
                    claims.push(c);
                }
            }
            break;
        }
        for (n, t) in members.iter().enumerate() {
            let claim = match claims.len() {
                1 => claims.first().cloned(),
                l if l == members.len() => claims.get(n).cloned(),
                _ => None,
            }
            .unwrap_or_else(|| self.direction_claim(t));
            let Some(b) = self.qs.get(t.b) else { continue };
            let before =
                t.a.and_then(|i| self.qs.get(i))
                    .and_then(|q| figure(q, self.src));
            let end = claim.span.end.max(b.span.end);
            self.push(
                out,
                t.start,
                end,
                t.metric.clone(),
                before,
                figure(b, self.src),
                Some(claim),
            );
        }
    }

    /// The list partners of a transition from quantity `a` to quantity `b`: the values listed
    /// before `a` and after `b` (`1200人、36人` … `1800人、108人`), when both lists have the
    /// same length of at least two.
    fn list_partners(&self, a: usize, b: usize) -> Option<(Vec<usize>, Vec<usize>)> {
        let sep = |x: &Quantity<'_>, y: &Quantity<'_>| {
            matches!(
                self.slice(x.span.end, y.span.start),
                "、" | "和" | "与" | "及"
            )
        };
        let mut befores = vec![a];
        let mut i = a;
        while i > 0 {
            let (p, c) = (self.qs.get(i - 1)?, self.qs.get(i)?);
            if value_like(p)
                && p.unit == c.unit
                && sep(p, c)
                && !self.used.get(i - 1).copied().unwrap_or(true)
            {
                befores.push(i - 1);
                i -= 1;
            } else {
                break;
            }
        }
        befores.reverse();
        let mut afters = vec![b];
        let mut k = b;
        while let (Some(c), Some(n)) = (self.qs.get(k), self.qs.get(k + 1)) {
            if value_like(n) && n.unit == c.unit && sep(c, n) {
                afters.push(k + 1);
                k += 1;
            } else {
                break;
            }
        }
        (befores.len() >= 2 && befores.len() == afters.len()).then_some((befores, afters))
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one private constructor call site per statement shape"
    )]
    fn push(
        &self,
        out: &mut Vec<GrowthStatement>,
        start: usize,
        end: usize,
        metric: String,
        before: Option<Figure>,
        after: Option<Figure>,
        claim: Option<Claim>,
    ) {
        let span = Span::new(start, end);
        // Only `implied_after` makes a figure with no text of its own.
        let after_derived = after.as_ref().is_some_and(|f| f.text.is_empty());
        out.push(GrowthStatement {
            line: self.li.line_of(start),
            span,
            snippet: self.slice(start, end).to_owned(),
            metric,
            before,
            after,
            period: self.period.clone(),
            claim,
            after_derived,
        });
    }

    /// `增加到` / `减少到` as the claim when nothing more is said.
    fn direction_claim(&self, t: &Transition) -> Claim {
        let a =
            t.a.and_then(|i| self.qs.get(i))
                .and_then(|q| decimal_of(q.value));
        let b = self.qs.get(t.b).and_then(|q| decimal_of(q.value));
        let dir = t.direction.unwrap_or(match (a, b) {
            (Some(a), Some(b)) if b < a => Direction::Down,
            _ => Direction::Up,
        });
        let w = if dir == Direction::Down {
            Wording::DecreaseTo
        } else {
            Wording::IncreaseTo
        };
        Claim::new(w, dir, None, None, &t.cue_text, t.cue_span)
    }

    fn transitions(&mut self) -> Vec<Transition> {
        let mut out: Vec<Transition> = Vec::new();
        for (j, b) in self.qs.iter().enumerate() {
            if !value_like(b) || self.used.get(j).copied().unwrap_or(true) {
                continue;
            }
            let floor = out
                .last()
                .and_then(|t| self.qs.get(t.b))
                .map_or(self.base, |q| q.span.end);
            let prefix = self.slice(floor, b.span.start);
            let Some(cue) = cue::to_cue(prefix) else {
                continue;
            };
            let cue_abs = floor + cue.start;
            let a = self.find_before(j, cue_abs, floor);
            // 由/从 a few characters before A (`由最初每批8人`, `由上年的39.3亿元`).
            let from_marker = a.and_then(|i| self.qs.get(i)).and_then(|q| {
                let head = self.slice(floor, q.span.start);
                let w0 = head.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
                let window = head.get(w0..).unwrap_or("");
                let i = window.rfind(['由', '从'])?;
                let tail = window.get(i..).unwrap_or("");
                (!tail.contains(CLAUSE_SEPARATORS)).then_some(floor + w0 + i)
            });
            if cue.neutral && from_marker.is_none() {
                continue;
            }
            let metric_end = from_marker
                .or_else(|| a.and_then(|i| self.qs.get(i)).map(|q| q.span.start))
                .unwrap_or(cue_abs);
            let mut clause = self.clause_start(metric_end, floor);
            let mut metric = metric::clean(self.slice(clause, metric_end));
            let mut a = a;
            let mut metric_end = metric_end;
            // 走的时候已经降到七十二分钟: a time said in speech names no metric.
            let time_only =
                SPOKEN_TIMES.iter().any(|w| metric.ends_with(w)) && metric.chars().count() <= 6;
            if a.is_none() && !cue.neutral && (metric.is_empty() || time_only) && clause > floor {
                // 2019年招生1200人，2024年增至1800人: the before value and the metric are in
                // the previous clause.
                let prev = self.previous_clause_start(clause, floor);
                if let Some(i) = self.same_unit_value_in(prev, clause, b) {
                    a = Some(i);
                    metric_end = self.qs.get(i).map_or(clause, |q| q.span.start);
                    clause = prev;
                    metric = metric::clean(self.slice(prev, metric_end));
                    // 我刚去那会儿平均要一百二十分钟: the time said names no metric either;
                    // the clause before it does (急性心梗病人从进门到开通血管，…).
                    if time_only
                        && let Some(p) = SPOKEN_TIMES
                            .iter()
                            .find_map(|w| metric.find(w).map(|p| p + w.len()))
                    {
                        let rest = metric
                            .get(p..)
                            .unwrap_or_default()
                            .trim_end_matches('要')
                            .to_owned();
                        if rest.chars().count() <= 3 && prev > floor {
                            let before = self.previous_clause_start(prev, floor);
                            let m = metric::clean(self.slice(before, prev));
                            if !m.is_empty() {
                                metric = format!("{m}{rest}");
                                clause = before;
                                metric_end = prev;
                            }
                        } else {
                            metric = rest;
                        }
                    }
                }
            }
            if metric.is_empty() && clause > floor {
                // 学校新增硕士点3个，由原来的5个增加到现在的8个: the metric is the previous
                // clause's subject.
                let prev = self.previous_clause_start(clause, floor);
                let upto = self
                    .in_range(prev, clause)
                    .next()
                    .map_or(clause, |(_, q)| q.span.start);
                let m = metric::clean(self.slice(prev, upto));
                if !m.is_empty() {
                    metric = m;
                    clause = prev;
                    metric_end = upto;
                }
            }
            let raw = self.slice(clause, metric_end);
            let start = raw
                .rfind(metric.as_str())
                .filter(|_| !metric.is_empty())
                .map_or(metric_end, |i| clause + i);
            let cue_end = cue_abs + cue.len;
            if let Some((befores, afters)) = a.and_then(|ai| self.list_partners(ai, j)) {
                // 本科生、研究生分别由1200人、36人增加到1800人、108人.
                let first_a = befores.first().and_then(|&i| self.qs.get(i));
                let head_end = first_a.map_or(metric_end, |q| q.span.start);
                let head = self.slice(clause, head_end);
                let head = head.trim_end_matches(['由', '从']).trim_end_matches("分别");
                let names = metric::split_list(&metric::clean(head));
                let n = befores.len();
                for (m, (&ai, &bi)) in befores.iter().zip(&afters).enumerate() {
                    let name = if names.len() == n {
                        names.get(m).cloned().unwrap_or_default()
                    } else {
                        metric::clean(head)
                    };
                    out.push(Transition {
                        a: Some(ai),
                        b: bi,
                        direction: cue.direction,
                        neutral: cue.neutral,
                        cue_text: self.slice(cue_abs, cue_end).to_owned(),
                        cue_span: Span::new(cue_abs, cue_end),
                        start: start.min(first_a.map_or(start, |q| q.span.start)),
                        metric: name,
                        group: n,
                        member: m,
                    });
                    for i in [ai, bi] {
                        if let Some(u) = self.used.get_mut(i) {
                            *u = true;
                        }
                    }
                }
                continue;
            }
            out.push(Transition {
                a,
                b: j,
                direction: cue.direction,
                neutral: cue.neutral,
                cue_text: self.slice(cue_abs, cue_end).to_owned(),
                cue_span: Span::new(cue_abs, cue_end),
                start: start.min(
                    a.and_then(|i| self.qs.get(i))
                        .map_or(start, |q| q.span.start),
                ),
                metric,
                group: 1,
                member: 0,
            });
            if let Some(u) = self.used.get_mut(j) {
                *u = true;
            }
            if let Some(u) = a.and_then(|i| self.used.get_mut(i)) {
                *u = true;
            }
        }
        out
    }

    /// The last unused value in `[from, to)` with the same (written) unit as `b`.
    fn same_unit_value_in(&self, from: usize, to: usize, b: &Quantity<'_>) -> Option<usize> {
        b.unit?;
        self.in_range(from, to)
            .rfind(|(i, q)| {
                q.span.start >= from
                    && q.span.end <= to
                    && value_like(q)
                    && q.unit == b.unit
                    && !self.used.get(*i).copied().unwrap_or(true)
            })
            .map(|(i, _)| i)
    }

    /// The before value of the transition whose after value is quantity `j` and whose cue
    /// starts at `cue_abs`.
    fn find_before(&self, j: usize, cue_abs: usize, floor: usize) -> Option<usize> {
        let b = self.qs.get(j)?;
        for i in (0..j).rev() {
            let q = self.qs.get(i)?;
            if q.span.start < floor {
                return None;
            }
            if q.kind == QuantityKind::Year || q.span.end > cue_abs {
                continue;
            }
            if !value_like(q) || self.used.get(i).copied().unwrap_or(true) {
                return None;
            }
            let between = self.slice(q.span.end, cue_abs);
            let between = between.trim();
            if between.len() > 18 || between.contains(CLAUSE_PUNCTUATION) {
                return None;
            }
            return same_unit(q, b).then_some(i);
        }
        None
    }

    /// Claims in `[from, to)`: numbers with a claim cue, 翻番 and 一半.
    fn claims_in(&self, from: usize, to: usize, t: Option<&Transition>) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        let mut patterns = self.pattern_claims(from, to);
        patterns.retain(|p| {
            self.used_patterns
                .binary_search(&p.claim.span.start)
                .is_err()
        });
        for (i, q) in self.in_range(from, to) {
            if q.span.start < from || q.span.end > to || self.used.get(i).copied().unwrap_or(true) {
                continue;
            }
            if patterns
                .iter()
                .any(|p| p.claim.span.start <= q.span.start && q.span.end <= p.claim.span.end)
            {
                continue;
            }
            let clause = self.clause_start(q.span.start, from);
            if let Some(f) = self.number_claim(i, q, clause, t) {
                found.push(f);
            }
        }
        found.extend(patterns);
        found.sort_by_key(|f| f.claim.span.start);
        found
    }

    /// 翻N番 and 减少一半 in `[from, to)`.
    fn pattern_claims(&self, from: usize, to: usize) -> Vec<Found> {
        let text = self.slice(from, to);
        let mut out = Vec::new();
        for (i, c) in text.char_indices() {
            let rest = text.get(i..).unwrap_or("");
            // The first characters tried here are [`PATTERN_FIRST`].
            let (w, value, len, dir) = match c {
                '翻' => match cue::doubling_at(rest) {
                    Some((n, len)) => (
                        Wording::Doubling,
                        Ratio::int(i128::from(n)),
                        len,
                        Direction::Up,
                    ),
                    None => continue,
                },
                '减' | '下' | '降' | '缩' => match cue::half_at(rest) {
                    Some(len) => (
                        Wording::Half,
                        Ratio::new(1, 2).unwrap_or(Ratio::ZERO),
                        len,
                        Direction::Down,
                    ),
                    None => continue,
                },
                _ => continue,
            };
            let over = text.get(i + len..).is_some_and(|r| r.starts_with('多'));
            let len = if over { len + '多'.len_utf8() } else { len };
            let head = text.get(..i).unwrap_or("");
            let lead = ["实现了", "实现"]
                .into_iter()
                .find(|w| head.ends_with(w))
                .map_or(0, str::len);
            let start = from + i - lead;
            let end = from + i + len;
            let mut claim = Claim::new(
                w,
                dir,
                Some(value),
                None,
                self.slice(start, end),
                Span::new(start, end),
            );
            if over {
                claim.approx = Approx::Over;
            }
            out.push(Found {
                claim,
                q: None,
                cue: None,
            });
        }
        out
    }

    /// The claim made by quantity `q` (index `i`), reading the clause text before it.
    fn number_claim(
        &self,
        i: usize,
        q: &Quantity<'_>,
        clause: usize,
        t: Option<&Transition>,
    ) -> Option<Found> {
        let prefix = self.slice(clause, q.span.start);
        let is_fraction = matches!(q.value, Some(Number::Fraction { .. }));
        if (q.unit == Some("倍") || is_fraction) && prefix.ends_with('的') {
            // 增至原来的3倍 / 下降到原来的三分之一: a transition verb before 原来的.
            let to = cue::to_cue(prefix).filter(|c| !c.neutral);
            let (k, w, dir) = match to {
                Some(c) if c.direction == Some(Direction::Down) && is_fraction => {
                    (Some(c.start), Wording::FractionTo, Direction::Down)
                }
                Some(c) if !is_fraction && c.direction == Some(Direction::Up) => {
                    (Some(c.start), Wording::TimesTo, Direction::Up)
                }
                // 是…的N倍 / 为…的N倍.
                _ if !is_fraction => (
                    prefix.rfind('是').or_else(|| prefix.rfind('为')),
                    Wording::TimesTo,
                    Direction::Up,
                ),
                _ => (None, Wording::FractionTo, Direction::Down),
            };
            if let Some(k) = k {
                let claim = self.make_claim(q, w, dir, clause + k)?;
                return Some(Found {
                    claim,
                    q: Some(i),
                    cue: None,
                });
            }
            if !is_fraction {
                return None;
            }
        }
        let cue = cue::claim_cue(prefix)?;
        let start = clause + cue.start;
        if is_fraction && cue.direction == Direction::Up && !cue.to {
            // 增加了三分之一: a percent increase of f·100, within 5 % of f like every fraction.
            let mut claim = self.make_claim(q, Wording::Percent, Direction::Up, start)?;
            let pct = claim.value?.checked_mul(Ratio::HUNDRED)?;
            claim.value = Some(pct);
            claim.tolerance = pct.checked_div(Ratio::int(20));
            return Some(Found {
                claim,
                q: Some(i),
                cue: Some(cue),
            });
        }
        let wording = if is_fraction {
            cue::fraction_wording(&cue)?
        } else if let Some(w) = cue::wording_for(q.unit, q.text, &cue) {
            w
        } else {
            // 增加了720人: an absolute change, only next to a before/after pair or after a
            // compared value (`较2019年的1200人增加了300人`).
            let b = match t.and_then(|t| self.qs.get(t.b)) {
                Some(b) => b,
                None => self.compared_value(clause, q.span.start).map(|(_, v)| v)?,
            };
            if cue.to || !value_like(q) || !same_unit(q, b) || cue.rate_noun {
                return None;
            }
            Wording::AbsoluteChange
        };
        let claim = self.make_claim(q, wording, cue.direction, start)?;
        Some(Found {
            claim,
            q: Some(i),
            cue: Some(cue),
        })
    }

    fn make_claim(
        &self,
        q: &Quantity<'_>,
        wording: Wording,
        direction: Direction,
        start: usize,
    ) -> Option<Claim> {
        let text = self.slice(start, q.span.end);
        let span = Span::new(start, q.span.end);
        let (value, high, tolerance) = if q.kind == QuantityKind::Range {
            let lo = decimal_of(q.low)?;
            let hi = decimal_of(q.high)?;
            let t = if lo.scale() >= hi.scale() {
                tol(lo)
            } else {
                tol(hi)
            };
            (Ratio::from_decimal(lo)?, Some(Ratio::from_decimal(hi)?), t)
        } else {
            let n = q.value?;
            let v = Ratio::from_number(n)?;
            let t = match (wording, n) {
                (_, Number::Fraction { .. }) => None,
                (Wording::Cheng, _) => {
                    // 三成 = 30 %: half a unit of the written 成 digit, in percent.
                    let c = v.checked_div(Ratio::int(10))?.to_decimal()?.normalized();
                    tol(c).and_then(|h| h.checked_mul(Ratio::int(10)))
                }
                (_, n) => n.as_decimal().and_then(tol),
            };
            (v, None, t)
        };
        let mut c = Claim::new(wording, direction, Some(value), tolerance, text, span);
        c.high = high;
        c.approx = q.approx;
        if c.approx == Approx::Exact && (text.ends_with('多') || text.contains("多倍")) {
            c.approx = Approx::Over;
        }
        Some(c)
    }

    /// The next figure of a `分别` list after claim `last` (`…和6.1%`), as a claim of the same
    /// wording.
    fn list_next(&self, last: &Claim) -> Option<Claim> {
        let (i, q) = self.in_range(last.span.end, self.end()).next()?;
        let between = self.slice(last.span.end, q.span.start);
        let sep_only = between
            .chars()
            .all(|c| matches!(c, '和' | '、' | '，' | ',' | '及' | '与'));
        if !sep_only || between.is_empty() || self.used.get(i).copied().unwrap_or(true) {
            return None;
        }
        let same = match last.wording {
            Wording::PercentagePoints => q.unit == Some("百分点"),
            Wording::TimesIncrease | Wording::TimesTo => q.unit == Some("倍"),
            _ => q.unit == Some("%"),
        };
        if !same {
            return None;
        }
        self.make_claim(q, last.wording, last.direction, q.span.start)
    }

    /// Where the number of a claim starts (its start when it has no quantity).
    fn claim_value_start(&self, f: &Found) -> usize {
        f.q.and_then(|i| self.qs.get(i))
            .map_or(f.claim.span.start, |q| q.span.start)
    }

    /// A value right after 比/较 in `[from, to)` (`比2019年的1200人`), with its index.
    fn compared_value(&self, from: usize, to: usize) -> Option<(usize, &Quantity<'q>)> {
        self.in_range(from, to).find(|(i, q)| {
            q.span.start >= from
                && q.span.end <= to
                && value_like(q)
                && !self.used.get(*i).copied().unwrap_or(true)
                && {
                    // A parenthesis before the value (比原协议首年（2020年）的120万元) does not
                    // count against the window.
                    // Nor do the digits of a year or a span of years (比1983—1992年的47人次).
                    let head: String = without_parentheses(self.slice(from, q.span.start))
                        .chars()
                        .filter(|c| !c.is_ascii_digit() && !matches!(c, '—' | '–' | '-' | '~'))
                        .collect();
                    let w0 = head.char_indices().rev().nth(8).map_or(0, |(i, _)| i);
                    head.get(w0..).is_some_and(|w| w.contains(['比', '较']))
                }
        })
    }

    /// A value introduced by 达到/为/至 at the start of the clause after `at`
    /// (`，达到95%`).
    fn reached_value(&self, at: usize) -> Option<Figure> {
        let rest = self.slice(at, self.end());
        let rest = rest.trim_start_matches(['，', ',']);
        let skipped = self.slice(at, self.end()).len() - rest.len();
        let lead = [
            "达到",
            "达",
            "为",
            "至",
            "升至",
            "提高到",
            "增至",
            "降至",
            "下降到",
        ]
        .into_iter()
        .find(|w| rest.starts_with(w))?;
        let pos = at + skipped + lead.len();
        self.in_range(pos, pos + 1)
            .find(|(_, q)| value_like(q))
            .and_then(|(_, q)| figure(q, self.src))
    }

    /// The before value of a then-and-now pair whose "now" clause holds `now`
    /// ("以前一年住院病人1200多人，现在3600多人"): the value of the same unit in the clause
    /// before, opened by a word of the past. Gives the value, the metric between the word and
    /// the value, and where the metric starts.
    fn then_and_now(&self, now: &Figure) -> Option<(Figure, String, usize)> {
        const NOW: [&str; 7] = [
            "现在",
            "如今",
            "目前",
            "眼下",
            "现如今",
            "走的时候",
            "离开的时候",
        ];
        const THEN: [&str; 10] = [
            "以前",
            "过去",
            "原来",
            "当时",
            "那时",
            "此前",
            "起初",
            "刚来时",
            "去的时候",
            "来的时候",
        ];
        // Years said as words, earliest first (门诊人次前年是八万，去年是十一万二千): the
        // "then" year must come before the "now" one.
        const YEARS: [&str; 3] = ["前年", "去年", "今年"];
        let vc = self.clause_start(now.span.start, self.base);
        let lead = self.slice(vc, now.span.start).trim_start();
        if vc <= self.base {
            return None;
        }
        let now_year = YEARS.iter().position(|w| lead.starts_with(w));
        // A year written in figures or said in two digits (2021年84人, 九九年八十四个): the
        // "then" clause holds an earlier one.
        let now_numeric = year_of(lead).map(|(y, _)| y);
        if now_year.is_none() && now_numeric.is_none() && !NOW.iter().any(|w| lead.starts_with(w)) {
            return None;
        }
        let prev = self.previous_clause_start(vc, self.base);
        let head = self.slice(prev, vc);
        let (at, len) = match (now_numeric, now_year) {
            (Some(y2), None) => head.char_indices().find_map(|(i, _)| {
                let (y, n) = year_of(head.get(i..)?)?;
                (y < y2).then_some((i, n))
            })?,
            _ => {
                let words: &[&str] = match now_year {
                    Some(k) => YEARS.get(..k).unwrap_or_default(),
                    None => &THEN,
                };
                words
                    .iter()
                    .filter_map(|w| head.find(w).map(|i| (i, w.len())))
                    .min()?
            }
        };
        let from = prev + at + len;
        let before = self
            .last_value_in(from, vc)
            .filter(|b| b.unit == now.unit)?;
        let raw = self.slice(from, before.span.start);
        let metric = metric::clean(raw);
        if metric.is_empty() || now_year.is_some() || now_numeric.is_some() {
            // 门诊人次前年是八万: the metric is written before the year; or in a clause of its
            // own before (高考上线人数，九七年是四十个，九九年八十四个).
            let (from, raw) = match self.slice(prev, prev + at) {
                r if metric::clean(r).chars().count() < 2 && prev > self.base => {
                    let pp = self.previous_clause_start(prev, self.base);
                    (pp, self.slice(pp, prev))
                }
                r => (prev, r),
            };
            let metric = metric::clean(raw);
            let start = raw
                .find(metric.as_str())
                .filter(|_| !metric.is_empty())
                .map_or(from, |i| from + i);
            return Some((before, metric, start));
        }
        let start = raw
            .find(metric.as_str())
            .filter(|_| !metric.is_empty())
            .map_or(from, |i| from + i);
        Some((before, metric, start))
    }

    /// The last before/after-like value in `[from, to)` that no statement used.
    fn last_value_in(&self, from: usize, to: usize) -> Option<Figure> {
        self.in_range(from, to)
            .rfind(|(i, q)| {
                q.span.start >= from
                    && q.span.end <= to
                    && value_like(q)
                    && !self.used.get(*i).copied().unwrap_or(true)
                    // 较上年增加120人: 120 is the change, not the level.
                    && cue::claim_cue(self.slice(from, q.span.start)).is_none()
                    // 平均得分为4.21分（满分5分）: the scale is no level.
                    && !scale_note(self.slice(from, q.span.start))
            })
            .and_then(|(_, q)| figure(q, self.src))
    }

    /// Claims not attached to a transition: `比上年增长8.1%`, lists, `是…的N倍`.
    fn claim_only(&mut self, out: &mut Vec<GrowthStatement>) {
        let found = self.claims_in(self.base, self.end(), None);
        let mut k = 0;
        while let Some(f) = found.get(k) {
            k += 1;
            // An absolute change stands alone only after a compared value (较2019年的1200人增加了
            // 300人), which is where `number_claim` finds one without a transition.
            if f.claim.wording == Wording::AbsoluteChange
                && self
                    .compared_value(
                        self.clause_start(f.claim.span.start, self.base),
                        self.claim_value_start(f),
                    )
                    .is_none()
            {
                continue;
            }
            // A target (争取…扩大到目前的1.5倍) is not a growth statement.
            let head = self.slice(
                self.lookback(f.claim.span.start, self.base),
                f.claim.span.start,
            );
            if PLAN_WORDS.iter().any(|w| head.contains(w)) {
                continue;
            }
            let clause = self.clause_start(f.claim.span.start, self.base);
            // 比2019年的1200人增加了50%: the before value sits between 比/较 and the verb.
            let mut before = None;
            let mut claim_head = f.claim.span.start;
            // The cue may start at 比 itself (`比上年的400万元增长了15%`): the compared value
            // is then inside the claim, before its number.
            let compared = self
                .compared_value(clause, f.claim.span.start)
                .or_else(|| self.compared_value(f.claim.span.start, self.claim_value_start(f)));
            let compared_inside = compared
                .as_ref()
                .is_some_and(|(_, q)| q.span.start >= f.claim.span.start);
            if let Some((i, q)) = compared {
                before = figure(q, self.src);
                let head = self.slice(clause, q.span.start);
                claim_head = head
                    .rfind(['比', '较'])
                    .map_or(q.span.start, |k| clause + k);
                if let Some(u) = self.used.get_mut(i) {
                    *u = true;
                }
            }
            let raw = self.slice(clause, claim_head);
            let mut metric = metric::clean(raw);
            let mut start = raw
                .rfind(metric.as_str())
                .filter(|_| !metric.is_empty())
                .map_or(claim_head, |i| clause + i);
            // The after value, when written just before the claim (`就业率为97.2%，比上年提高…`).
            let mut after = self.last_value_in(clause, claim_head);
            // 实验室面积由2000平方米增至原来的3倍: a value after 由/从 is the before value.
            if before.is_none()
                && let Some(v) = after.as_ref()
            {
                let head = self.slice(clause, v.span.start);
                if let Some(h) = head.strip_suffix('由').or_else(|| head.strip_suffix('从')) {
                    before = after.take();
                    metric = metric::clean(h);
                    start = h.rfind(metric.as_str()).map_or(start, |i| clause + i);
                }
            }
            if metric.is_empty() && clause > self.base {
                // 招生2236人，比上年增长8.1%: the metric is in the previous clause.
                let prev = self.previous_clause_start(clause, self.base);
                let value = self.last_value_in(prev, clause);
                let upto = value.as_ref().map_or(clause, |f| f.span.start);
                let raw = self.slice(prev, upto);
                metric = metric::clean(raw);
                if let Some(i) = raw.rfind(metric.as_str()).filter(|_| !metric.is_empty()) {
                    start = prev + i;
                }
                after = after.or(value);
            }
            if after.is_none() {
                // 合格率提高了5个百分点，达到95%: the after value follows.
                after = self.reached_value(f.claim.span.end);
            }
            // 以前一年住院病人1200多人，现在3600多人，增长了两倍: then and now, spoken.
            if before.is_none()
                && let Some((b, m, s)) = after.as_ref().and_then(|v| self.then_and_now(v))
            {
                before = Some(b);
                metric = m;
                start = s;
            }
            // 2018年…只有三十七个人；到了2023年，上线一百一十一个，…“翻了一番”: two years across
            // a semicolon.
            if before.is_none()
                && after.is_none()
                && let Some((b, a, m, s)) = self.year_contrast(f.claim.span.start)
            {
                before = Some(b);
                after = Some(a);
                metric = m;
                start = s;
            }
            if before.is_some()
                && after.is_none()
                && (claim_head != f.claim.span.start || compared_inside)
            {
                // 比上年的400万元增长了15%: the after value is not written; it follows from the
                // before value and the claim (keep neither when it does not).
                after = before.as_ref().and_then(|b| implied_after(b, &f.claim));
                if after.is_none() {
                    before = None;
                }
            }
            // 比上年3.28万元减少0.82万元，下降33.3%: a second claim right after an absolute
            // change on the same values is a claim on those values too.
            if before.is_none()
                && after.is_none()
                && let Some(prev) = out.last()
                && prev.span.end >= self.base
                && prev.span.end <= f.claim.span.start
                && prev
                    .claim
                    .as_ref()
                    .is_some_and(|c| c.wording == Wording::AbsoluteChange)
                && prev.before.is_some()
                && prev.after.is_some()
                && self
                    .slice(prev.span.end, f.claim.span.start)
                    .trim()
                    .trim_matches(['，', ','])
                    .is_empty()
            {
                before.clone_from(&prev.before);
                after.clone_from(&prev.after);
                metric.clone_from(&prev.metric);
                start = prev.span.start;
            }
            let cue = f.cue;
            // 分别增长5.2%和6.1%: collect the list that follows.
            let mut group = vec![f.claim.clone()];
            if cue.is_some_and(|c| c.respectively) {
                // 分别增长5.2%和6.1%: the later figures carry no verb of their own.
                while let Some(c) = group.last().and_then(|last| self.list_next(last)) {
                    if found.get(k).is_some_and(|g| g.claim.span.end <= c.span.end) {
                        k += 1;
                    }
                    group.push(c);
                }
            }
            let metrics = metric::split_list(&metric);
            let each = cue.is_some_and(|c| c.each || c.respectively) && metrics.len() > 1;
            if group.len() > 1 && metrics.len() == group.len() {
                for (m, c) in metrics.into_iter().zip(group) {
                    let end = c.span.end;
                    self.push(out, start, end, m, None, None, Some(c));
                }
                continue;
            } else if each && group.len() == 1 {
                for m in metrics {
                    let end = f.claim.span.end;
                    self.push(out, start, end, m, None, None, Some(f.claim.clone()));
                }
            } else {
                let single = group.len() == 1;
                for c in group {
                    let end = c.span.end;
                    let (b, a) = if single {
                        (before.clone(), after.clone())
                    } else {
                        (None, None)
                    };
                    self.push(out, start, end, metric.clone(), b, a, Some(c));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ClaimKind;

    #[test]
    fn seed_sentence() {
        let src = "从上表可以看出，我院均发生了较大变化：本科招生规模由1516人增加到2236人，增长了1.5倍；论文发表数量由500余篇增加到800余篇，增长了1.6倍。";
        let v = growth_statements(src);
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!(v[0].metric, "本科招生规模");
        assert_eq!(v[1].metric, "论文发表数量");
        assert_eq!(v[1].before.as_ref().unwrap().approx, Approx::Over);
        assert_eq!(v[1].claim.as_ref().unwrap().kind, ClaimKind::TimesIncrease);
    }

    /// A sentence wrapped right after its transition verb (…增长到⏎2024年的…) keeps its
    /// after value.
    #[test]
    fn a_line_break_after_the_verb() {
        let src = "甲校教师专业发展中心的年度培训经费由2019年的120万元增长到\n2024年的300万元，增长了1.5倍。";
        let v = growth_statements(src);
        assert_eq!(v.len(), 1, "{v:#?}");
        assert_eq!(
            v[0].after.as_ref().map(|f| f.value.to_string()),
            Some("3000000".to_owned())
        );
    }

    /// Sentences without a quantity are skipped unless they hold a character of
    /// [`PATTERN_FIRST`]: every 翻番/一半 claim still comes through.
    #[test]
    fn pattern_claims_without_quantities_pass_the_prefilter() {
        for t in [
            "招生规模翻了一番。",
            "办学经费翻两番。",
            "运行成本减少一半。",
            "事故起数下降一半。",
            "能耗降低一半。",
            "差距缩小一半。",
            "行政开支减半。",
        ] {
            let v = growth_statements(t);
            assert_eq!(v.len(), 1, "{t}: {v:#?}");
            let first = v[0].claim.as_ref().and_then(|c| c.text.chars().next());
            assert!(
                first.is_some_and(|c| PATTERN_FIRST.contains(&c)),
                "{t}: {v:#?}"
            );
        }
    }

    #[test]
    fn claim_only_and_lists() {
        let v = growth_statements("本科生、研究生招生人数分别增长5.2%和6.1%。");
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!(v[0].metric, "本科生");
        assert_eq!(v[1].metric, "研究生招生人数");
        let v = growth_statements("全年招生2236人，比上年增长8.1%。");
        assert_eq!(v.len(), 1, "{v:#?}");
        assert_eq!(v[0].metric, "招生");
        assert_eq!(v[0].claim.as_ref().unwrap().text, "比上年增长8.1%");
    }

    /// The character-by-character splitter the byte scan replaced (the reference).
    fn sentences_by_chars(src: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut iter = src.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let end = match c {
                '。' | '！' | '？' | '；' | '!' | '?' | ';' => i + c.len_utf8(),
                '\n' | '\r' => {
                    // The whole run of line breaks and blank lines.
                    let mut e = i + c.len_utf8();
                    while let Some(&(j, d)) = iter.peek() {
                        if matches!(d, '\n' | '\r' | ' ' | '\t' | '\u{3000}') {
                            e = j + d.len_utf8();
                            iter.next();
                        } else {
                            break;
                        }
                    }
                    if continues(src, i, e) {
                        continue;
                    }
                    e
                }
                _ => continue,
            };
            if i > start {
                out.push((start, i));
            }
            start = end;
        }
        if src.len() > start {
            out.push((start, src.len()));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn byte_scan_splits_like_the_char_scan(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "。", "！", "？", "；", "!", "?", ";", "\n", "\r", " ", "\t", "\u{3000}",
                    "招生", "1516人", "，", "：", "”", "（", "一、", "增长了", "〇", "＂", "",
                ]),
                0..120,
            )
        ) {
            let src: String = parts.concat();
            proptest::prop_assert_eq!(sentences(&src), sentences_by_chars(&src));
        }
    }
}
