//! Dates as written: `7月16日`, `20xx年5月13日—14日`, `3月28日—4月9日`, `2024-03-28`,
//! `二〇二三年`, `2017年`, `20xx-20xx学年`, `200×年`. The year may be known, redacted or
//! absent; nothing is ever filled in from outside the expression (the end of a same-month
//! range `5月13日—14日` takes its month and year from its start, as written).

use super::{Found, Num, Script, num_at, range, rest};
use crate::{Approx, Decimal, Number, PartialDate, QuantityKind, Year};

/// Characters that blank out digits in redacted years.
fn is_redaction(c: char) -> bool {
    matches!(c, 'x' | 'X' | '×' | 'ｘ' | 'Ｘ' | '*' | '＊')
}

/// A redacted year at `p` (`20xx`, `200×`, `19XX`): 1–3 visible digits then redaction marks,
/// four characters in all. Returns `(end, visible prefix)`.
pub(super) fn redacted_year(src: &str, p: usize) -> Option<(usize, Option<u16>)> {
    let (mut end, mut n, mut prefix, mut hidden) = (p, 0, 0_u16, 0);
    for c in rest(src, p).chars().take(4) {
        if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit() && hidden == 0) {
            prefix = prefix
                .saturating_mul(10)
                .saturating_add(u16::try_from(d).unwrap_or(0));
        } else if is_redaction(c) {
            hidden += 1;
        } else {
            break;
        }
        n += 1;
        end += c.len_utf8();
    }
    // Not followed by more digits or letters (`20xx1` is something else).
    let next = rest(src, end).chars().next();
    let clean = !next.is_some_and(|c| c.is_ascii_alphanumeric());
    (n == 4 && hidden > 0 && hidden < 4 && clean).then_some((end, Some(prefix)))
}

/// Whether `n` is a whole number in `lo..=hi`.
fn int_in(n: &Num, lo: i32, hi: i32) -> Option<u8> {
    let v = n.int?;
    (lo..=hi)
        .contains(&v)
        .then(|| u8::try_from(v).ok())
        .flatten()
}

/// A year written as four Arabic digits or four digit-by-digit Chinese numerals.
pub(super) fn known_year(n: &Num) -> Option<i32> {
    let four = match n.script {
        Script::Arabic => n.chars == 4,
        Script::DigitByDigit => n.chars == 4,
        _ => false,
    };
    let v = n.int?;
    (four && (1000..=2999).contains(&v)).then_some(v)
}

/// `M月` or `M月D日` at `p`; `(end, month, day)`.
fn month_day(src: &str, p: usize) -> Option<(usize, u8, Option<u8>)> {
    month_day_of(src, &num_at(src, p)?)
}

/// [`month_day`] with the numeral at `p` already read.
fn month_day_of(src: &str, m: &Num) -> Option<(usize, u8, Option<u8>)> {
    let month = int_in(m, 1, 12)?;
    let q = m.end;
    if !rest(src, q).starts_with('月') {
        return None;
    }
    let q = q + '月'.len_utf8();
    match day(src, q) {
        Some((end, d)) => Some((end, month, Some(d))),
        None => Some((q, month, None)),
    }
}

/// `D日` or `D号` at `p`.
fn day(src: &str, p: usize) -> Option<(usize, u8)> {
    let d = num_at(src, p)?;
    let v = int_in(&d, 1, 31)?;
    let tail = rest(src, d.end);
    (tail.starts_with('日') || tail.starts_with('号')).then_some((d.end + 3, v))
}

/// A year at `p` (known or redacted), or `None`.
fn year_at(src: &str, p: usize) -> Option<(usize, Year)> {
    if let Some((end, prefix)) = redacted_year(src, p) {
        return Some((end, Year::Redacted { prefix }));
    }
    let n = num_at(src, p)?;
    known_year(&n).map(|y| (n.end, Year::Known(y)))
}

fn found(start: usize, end: usize, kind: QuantityKind, date: PartialDate) -> Found {
    let value = match (kind, date.year) {
        (QuantityKind::Year, Year::Known(y)) => Some(Number::from(Decimal::from(i64::from(y)))),
        _ => None,
    };
    Found {
        start,
        end,
        kind,
        value,
        low: None,
        high: None,
        unit: None,
        approx: Approx::Exact,
        date: Some(date),
        date_end: None,
    }
}

/// An all-digit date at `p`: `2024-03-28`, `2024.3.28`, `2024/3/28`.
pub(super) fn iso(src: &str, p: usize) -> Option<Found> {
    let b = rest(src, p).as_bytes();
    let digits = |from: usize| {
        b.iter()
            .skip(from)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let sep = *b.get(4)?;
    if digits(0) != 4 || !matches!(sep, b'-' | b'.' | b'/') {
        return None;
    }
    let m_len = digits(5);
    let d_len = digits(6 + m_len);
    let num = |from: usize, len: usize| -> Option<u32> {
        b.get(from..from + len)?.iter().try_fold(0_u32, |acc, c| {
            Some(acc * 10 + u32::from(c.checked_sub(b'0')?))
        })
    };
    if m_len == 2 && b.get(5 + m_len) != Some(&sep) {
        return year_month(src, p, num(0, 4)?, num(5, 2)?);
    }
    if !(1..=2).contains(&m_len) || b.get(5 + m_len) != Some(&sep) || !(1..=2).contains(&d_len) {
        return None;
    }
    let year = i32::try_from(num(0, 4)?).ok()?;
    let month = u8::try_from(num(5, m_len)?).ok()?;
    let day = u8::try_from(num(6 + m_len, d_len)?).ok()?;
    if !(1000..=2999).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let date = PartialDate {
        year: Year::Known(year),
        month: Some(month),
        day: Some(day),
    };
    Some(found(p, p + 6 + m_len + d_len, QuantityKind::Date, date))
}

/// A year and a zero-padded month written with digits only (`1979.04`, `1982-09`, `2023.02—`
/// in a form's 出生年月 or 期限 cell) at `p`, when nothing after it makes it an amount (a unit,
/// more digits): `year` and `month` as read from the 4 + 1 + 2 bytes at `p`.
fn year_month(src: &str, p: usize, year: u32, month: u32) -> Option<Found> {
    let year = i32::try_from(year).ok()?;
    let month = u8::try_from(month).ok()?;
    if !(1900..=2099).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    let end = p + 7;
    let next = src.get(end..)?.chars().next();
    let closes =
        next.is_none_or(|c| c.is_whitespace() || "—–-~～至起止，,、）)；;。前后以底初".contains(c));
    if !closes {
        return None;
    }
    let date = PartialDate {
        year: Year::Known(year),
        month: Some(month),
        day: None,
    };
    Some(found(p, end, QuantityKind::Date, date))
}

/// A date or year expression whose year ends at `yend` (`2017` + `年…`, `20xx-20xx学年`,
/// `2024-03-28`). `None` when no date shape follows a known year (`2017对口支援` is a number).
pub(super) fn from_year(src: &str, p: usize, yend: usize, year: Year) -> Option<Found> {
    let tail = rest(src, yend);
    // 2021级, 2023届: a cohort named by its year.
    if let (Year::Known(_), Some(c @ ('级' | '届'))) = (year, tail.chars().next()) {
        let date = PartialDate {
            year,
            ..PartialDate::default()
        };
        return Some(found(p, yend + c.len_utf8(), QuantityKind::Year, date));
    }
    if let Some(after) = tail.strip_prefix('年') {
        let mut q = yend + '年'.len_utf8();
        if after.starts_with('度') {
            q += '度'.len_utf8();
        }
        let mut date = PartialDate {
            year,
            month: None,
            day: None,
        };
        let mut kind = QuantityKind::Year;
        if let Some((end, m, d)) = month_day(src, q) {
            date.month = Some(m);
            date.day = d;
            kind = QuantityKind::Date;
            q = end;
        }
        let mut f = found(p, q, kind, date);
        if kind == QuantityKind::Date {
            extend_range(src, &mut f);
        } else if let Some(s) = range::separator(rest(src, q))
            && let Some((end2, year2)) = year_at(src, q + s)
            && rest(src, end2).starts_with('年')
            && !month_follows(src, end2 + '年'.len_utf8())
        {
            // 2019年至2021年: a range of years.
            let mut e = end2 + '年'.len_utf8();
            if rest(src, e).starts_with('度') {
                e += '度'.len_utf8();
            }
            year_range(&mut f, e, year, year2);
        }
        return Some(f);
    }
    // Year ranges: 20xx-20xx学年, 2016—2017年, 2019至2021年度.
    if let Some(s) = range::separator(tail)
        && let Some((end2, year2)) = year_at(src, yend + s)
    {
        let mut q = end2;
        for w in ["学年度", "学年", "年度", "年"] {
            if rest(src, q).starts_with(w) {
                q += w.len();
                break;
            }
        }
        let mut f = found(p, q, QuantityKind::Year, PartialDate::default());
        year_range(&mut f, q, year, year2);
        return Some(f);
    }
    // A redacted year stands for a year even without 年.
    matches!(year, Year::Redacted { .. }).then(|| {
        found(
            p,
            yend,
            QuantityKind::Year,
            PartialDate {
                year,
                ..PartialDate::default()
            },
        )
    })
}

/// Whether `M月` starts at `q`.
fn month_follows(src: &str, q: usize) -> bool {
    month_day(src, q).is_some()
}

/// Makes `f` the year range `a`–`b` ending at `end`.
fn year_range(f: &mut Found, end: usize, a: Year, b: Year) {
    f.end = end;
    f.kind = QuantityKind::Year;
    f.value = None;
    f.date = Some(PartialDate {
        year: a,
        ..PartialDate::default()
    });
    f.date_end = Some(PartialDate {
        year: b,
        ..PartialDate::default()
    });
    if let (Year::Known(a), Year::Known(b)) = (a, b) {
        f.low = Some(Number::from(Decimal::from(i64::from(a))));
        f.high = Some(Number::from(Decimal::from(i64::from(b))));
    }
}

/// A date without a year: `M月`, `M月D日`, `D日` at `p`.
#[inline]
pub(super) fn without_year(src: &str, p: usize, n: &Num) -> Option<Found> {
    // 月 (E6 9C 88) or 日 (E6 97 A5) must follow: most numerals end here without a call.
    if !matches!(
        src.as_bytes().get(n.end..n.end + 3),
        Some([0xE6, 0x9C, 0x88] | [0xE6, 0x97, 0xA5])
    ) {
        return None;
    }
    month_or_day(src, p, n)
}

/// [`without_year`] after its byte test.
#[inline(never)]
fn month_or_day(src: &str, p: usize, n: &Num) -> Option<Found> {
    let tail = rest(src, n.end);
    let date = if tail.starts_with('月') {
        let (end, m, d) = month_day_of(src, n)?;
        let mut f = found(
            p,
            end,
            QuantityKind::Date,
            PartialDate {
                year: Year::Absent,
                month: Some(m),
                day: d,
            },
        );
        extend_range(src, &mut f);
        return Some(f);
    } else if tail.starts_with('日') {
        let d = int_in(n, 1, 31)?;
        PartialDate {
            year: Year::Absent,
            month: None,
            day: Some(d),
        }
    } else {
        return None;
    };
    Some(found(p, n.end + 3, QuantityKind::Date, date))
}

/// Extends a date to a range: `3月28日—4月9日`, `5月13日—14日`, `6月---12月`.
fn extend_range(src: &str, f: &mut Found) {
    let Some(start) = f.date else {
        return;
    };
    let Some(s) = range::separator(rest(src, f.end)) else {
        return;
    };
    let q = f.end + s;
    let mut end = PartialDate {
        year: start.year,
        month: start.month,
        day: None,
    };
    let mut stop = None;
    let explicit_year = year_at(src, q).filter(|&(e, _)| rest(src, e).starts_with('年'));
    let q2 = match explicit_year {
        Some((e, y)) => {
            end.year = y;
            e + '年'.len_utf8()
        }
        None => q,
    };
    if let Some((e, m, d)) = month_day(src, q2) {
        if start.day.is_some() == d.is_some() {
            end.month = Some(m);
            end.day = d;
            stop = Some(e);
        }
    } else if start.day.is_some()
        && explicit_year.is_none()
        && let Some((e, d)) = day(src, q2)
    {
        end.day = Some(d);
        stop = Some(e);
    }
    if let Some(e) = stop {
        f.end = e;
        f.date_end = Some(end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacted() {
        assert_eq!(redacted_year("20xx年", 0), Some((4, Some(20))));
        assert_eq!(redacted_year("200×年", 0), Some((5, Some(200))));
        assert_eq!(redacted_year("2017年", 0), None);
        assert_eq!(redacted_year("20xxx", 0), None);
    }
}
