//! A small quantity scanner used until the tokenizer's `quantities` lands: Arabic and Chinese
//! numerals with 万/亿, qualifiers, base units, and month/day dates.

use duikou_tokenizer::{Approx, Decimal, Number, PartialDate, Quantity, QuantityKind, Span, Year};

/// Units this scanner knows, longest first, with their base unit and multiplier exponent.
const UNITS: [(&str, &str, u32); 27] = [
    ("亿元", "元", 8),
    ("万元", "元", 4),
    ("元", "元", 0),
    ("人次", "人次", 0),
    ("万人次", "人次", 4),
    ("人", "人", 0),
    ("名", "人", 0),
    ("位", "人", 0),
    ("批", "批", 0),
    ("万册", "册", 4),
    ("册", "册", 0),
    ("门", "门", 0),
    ("万学时", "学时", 4),
    ("学时", "学时", 0),
    ("课时", "学时", 0),
    ("台", "台", 0),
    ("套", "套", 0),
    ("件", "件", 0),
    ("所", "所", 0),
    ("个", "个", 0),
    ("项", "项", 0),
    ("次", "次", 0),
    ("篇", "篇", 0),
    ("张", "张", 0),
    ("封", "封", 0),
    ("节", "节", 0),
    ("天", "天", 0),
];

fn cn_digit(c: char) -> Option<i128> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Parses a Chinese numeral below 10^8 (十二, 二十五, 六万, 一百五十).
fn cn_value(s: &str) -> Option<i128> {
    let mut total = 0i128;
    let mut section = 0i128;
    let mut digit: Option<i128> = None;
    for c in s.chars() {
        if let Some(d) = cn_digit(c) {
            digit = Some(d);
            continue;
        }
        let mul = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => {
                section = (section + digit.take().unwrap_or(0)) * 10_000;
                total += section;
                section = 0;
                continue;
            }
            _ => return None,
        };
        section += digit.take().unwrap_or(1) * mul;
    }
    Some(total + section + digit.unwrap_or(0))
}

const CN_CHARS: &str = "零〇一二两三四五六七八九十百千万";

/// Scans `src` for quantities and month/day dates.
pub(crate) fn scan(src: &str) -> Vec<Quantity<'_>> {
    let lines = duikou_tokenizer::LineIndex::new(src);
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut i = 0usize;
    while i < src.len() {
        let Some(c) = src.get(i..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        let is_digit = c.is_ascii_digit();
        let is_cn = CN_CHARS.contains(c) && c != '万' && c != '千' && c != '百';
        if !is_digit && !is_cn {
            i += c.len_utf8();
            continue;
        }
        // The number.
        let mut j = i;
        let mut text_num = String::new();
        if is_digit {
            while let Some(&b) = bytes.get(j) {
                if b.is_ascii_digit() || (b == b'.' && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)) {
                    text_num.push(char::from(b));
                    j += 1;
                } else if b == b',' && bytes.get(j + 1).is_some_and(u8::is_ascii_digit) {
                    j += 1;
                } else {
                    break;
                }
            }
        } else {
            for ch in src.get(i..).unwrap_or_default().chars() {
                if CN_CHARS.contains(ch) {
                    j += ch.len_utf8();
                } else {
                    break;
                }
            }
        }
        let num_text = src.get(i..j).unwrap_or_default();
        let value: Option<Decimal> = if is_digit {
            text_num.parse().ok()
        } else {
            cn_value(num_text).and_then(|v| Decimal::new(v, 0))
        };
        let Some(mut value) = value else {
            i = j.max(i + 1);
            continue;
        };
        let rest = src.get(j..).unwrap_or_default();
        // Dates: N年M月D日 / M月D日.
        if let Some(q) = date_at(src, i, j, value, &lines) {
            i = q.span.end;
            out.push(q);
            continue;
        }
        let mut k = j;
        let mut approx = Approx::Exact;
        let mut rest = rest;
        for (w, a) in [("余", Approx::Over), ("多", Approx::Over)] {
            if let Some(r) = rest.strip_prefix(w) {
                approx = a;
                k += w.len();
                rest = r;
            }
        }
        let mut unit = None;
        for (u, base, exp) in UNITS {
            if let Some(r) = rest.strip_prefix(u) {
                let scaled = value.checked_mul_pow10(exp);
                if let Some(v) = scaled {
                    value = v;
                    unit = Some(base);
                    k += u.len();
                    rest = r;
                }
                break;
            }
        }
        if unit.is_none() && rest.starts_with('万') {
            // 1.5万学时 / 六万余册
            let r2 = rest.get('万'.len_utf8()..).unwrap_or_default();
            let (r3, extra, ap) = r2
                .strip_prefix('余')
                .map_or((r2, 0, approx), |r| (r, '余'.len_utf8(), Approx::Over));
            for (u, base, exp) in UNITS {
                if exp == 0
                    && let Some(r) = r3.strip_prefix(u)
                    && let Some(v) = value.checked_mul_pow10(4)
                {
                    value = v;
                    unit = Some(base);
                    approx = ap;
                    k += '万'.len_utf8() + extra + u.len();
                    rest = r;
                    break;
                }
            }
        }
        // Qualifiers before and after.
        let before = src.get(..i).unwrap_or_default();
        let mut start = i;
        for (w, a) in [
            ("超过", Approx::Over),
            ("逾", Approx::Over),
            ("近", Approx::Near),
            ("将近", Approx::Near),
            ("约", Approx::About),
            ("大约", Approx::About),
        ] {
            if before.ends_with(w) && unit.is_some() {
                approx = a;
                start = i - w.len();
            }
        }
        for (w, a) in [("左右", Approx::About), ("以上", Approx::Over)] {
            if unit.is_some()
                && let Some(_r) = rest.strip_prefix(w)
            {
                approx = a;
                k += w.len();
            }
        }
        let span = Span::new(start, k);
        out.push(Quantity {
            text: src.get(start..k).unwrap_or_default(),
            span,
            line: lines.line_of(start),
            kind: if unit.is_some() { QuantityKind::Quantity } else { QuantityKind::Number },
            value: Some(Number::from(value)),
            low: None,
            high: None,
            unit,
            approx,
            date: None,
            date_end: None,
        });
        i = k.max(i + 1);
    }
    out
}

fn date_at<'a>(
    src: &'a str,
    i: usize,
    j: usize,
    value: Decimal,
    lines: &duikou_tokenizer::LineIndex,
) -> Option<Quantity<'a>> {
    let rest = src.get(j..)?;
    let small = |v: Decimal| v.to_i128().and_then(|v| u8::try_from(v).ok());
    let mut date = PartialDate::default();
    let mut k = j;
    if let Some(r) = rest.strip_prefix('年') {
        let y = i32::try_from(value.to_i128()?).ok()?;
        if !(1000..=2999).contains(&y) || j - i != 4 {
            return None;
        }
        date.year = Year::Known(y);
        k += '年'.len_utf8();
        let digits: String = r.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && r.get(digits.len()..)?.starts_with('月') {
            date.month = digits.parse().ok();
            k += digits.len() + '月'.len_utf8();
        }
    } else if let Some(_r) = rest.strip_prefix('月') {
        date.month = small(value).filter(|m| (1..=12).contains(m));
        date.month?;
        k += '月'.len_utf8();
    } else {
        return None;
    }
    let r = src.get(k..)?;
    let digits: String = r.chars().take_while(char::is_ascii_digit).collect();
    if date.month.is_some() && !digits.is_empty() && r.get(digits.len()..)?.starts_with('日') {
        date.day = digits.parse().ok();
        k += digits.len() + '日'.len_utf8();
    }
    Some(Quantity {
        text: src.get(i..k)?,
        span: Span::new(i, k),
        line: lines.line_of(i),
        kind: if date.month.is_some() { QuantityKind::Date } else { QuantityKind::Year },
        value: None,
        low: None,
        high: None,
        unit: None,
        approx: Approx::Exact,
        date: Some(date),
        date_end: None,
    })
}
