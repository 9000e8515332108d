//! Tables with one column per year and one row per indicator (指标 ⇥ 2022年 ⇥ 2023年 / 来校讲学专家
//! （人次） ⇥ 46 ⇥ 58): every number under a year is an amount of the row's kind and unit, stated for
//! that year. A column may be another period (本周, 本月) or the running total (累计). The rows name no party: the caller gives the document's. A cell left empty or
//! written "—" holds nothing; with tabs the cells keep their places, so an empty cell does not
//! shift the years after it. Cells split by runs of spaces are read only when the row has every
//! cell (a missing one cannot be placed).

use duikou_tokenizer::{Decimal, Span};

use super::table_amounts::{TableAmount, cells, header_unit};
use crate::ContributionKind;

/// Most year columns a header may have.
const MAX_YEARS: usize = 12;

/// Header cells of a column for a period that is no year: this week's or month's figures and
/// the running total (指标 ⇥ 本周 ⇥ 累计（自2025年2月到任）). A note in parentheses may follow.
const PERIOD_HEADS: [&str; 9] = [
    "本周",
    "本月",
    "本季度",
    "本年度",
    "本年",
    "当年",
    "当月",
    "累计",
    "累计完成",
];

/// Whether a header cell is the column of a period: a year or one of [`PERIOD_HEADS`].
fn is_period(cell: &str) -> bool {
    let t = cell.trim();
    let head = t
        .find(['（', '('])
        .and_then(|p| t.get(..p))
        .unwrap_or(t)
        .trim();
    is_year(t) || PERIOD_HEADS.contains(&head)
}

/// Whether a header cell is a year (2023年, 2023, 2023年度).
fn is_year(cell: &str) -> bool {
    let t = cell.trim();
    let t = t
        .strip_suffix("年度")
        .or_else(|| t.strip_suffix('年'))
        .unwrap_or(t);
    t.len() == 4
        && t.bytes().all(|b| b.is_ascii_digit())
        && (t.starts_with("19") || t.starts_with("20"))
}

/// The cells of a line: split at every tab (empty cells kept) when it has tabs, else at runs
/// of spaces; and whether the split was by tabs.
fn split(src: &str, (s, e): (usize, usize)) -> (Vec<(usize, usize)>, bool) {
    let line = src.get(s..e).unwrap_or_default();
    if !line.contains('\t') {
        return (cells(src, (s, e)), false);
    }
    let mut out = Vec::new();
    let mut from = 0usize;
    for (i, _) in line
        .match_indices('\t')
        .chain(core::iter::once((line.len(), "")))
    {
        let cell = line.get(from..i).unwrap_or_default();
        let lead = cell.len() - cell.trim_start().len();
        let trail = cell.len() - cell.trim_end().len();
        let (a, b) = (s + from + lead, s + i - trail);
        out.push(if a <= b { (a, b) } else { (s + i, s + i) });
        from = i + 1;
    }
    (out, true)
}

/// The value of an amount cell (3200, 1,280, 12.5); "—", "/" and empty cells hold none.
fn value(cell: &str) -> Option<Decimal> {
    let t = cell.trim();
    if t.is_empty()
        || !t
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    t.replace(',', "").parse::<Decimal>().ok()
}

/// A column's reading: the power of ten of its unit (万元 → 4), the base unit, the kind and the
/// activity of kind `other`.
type Column = (u32, &'static str, ContributionKind, Option<&'static str>);

/// The amount of one cell of a year table, stated for `year` (spans in `src`); nothing when
/// the cell holds no number.
fn push_cell(
    src: &str,
    (pow10, unit, kind, activity): Column,
    cell: (usize, usize),
    (rs, re): (usize, usize),
    year: (usize, usize),
    out: &mut Vec<TableAmount>,
) {
    let text = src.get(cell.0..cell.1).unwrap_or_default().trim();
    let Some(v) = value(text).and_then(|v| v.checked_mul_pow10(pow10)) else {
        return;
    };
    out.push(TableAmount {
        kind,
        activity,
        value: v,
        unit,
        cell: Span::new(cell.0, cell.1),
        row: Span::new(rs, re),
        supporter: None,
        recipient: None,
        period: Some(Span::new(year.0, year.1)),
        planned: false,
        listed_good: false,
        document_parties: true,
        replaces_text: false,
    });
}

/// The amounts of every year-column table among the lines `ls` of `src`.
pub(crate) fn read(src: &str, ls: &[(usize, usize)], out: &mut Vec<TableAmount>) {
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    let mut i = 0usize;
    while let Some(&line) = ls.get(i) {
        i += 1;
        let (header, tabs) = split(src, line);
        // The year columns: every cell after the first (the indicator column, perhaps empty).
        let years: Vec<(usize, (usize, usize))> = header
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, c)| !text_of(**c).is_empty())
            .map(|(k, c)| (k, *c))
            .collect();
        if years.len() < 2
            || years.len() > MAX_YEARS
            || years.len() + 1 < header.len()
            || !years.iter().all(|(_, c)| is_period(text_of(*c)))
            || header.first().is_some_and(|c| is_period(text_of(*c)))
        {
            continue;
        }
        // The rows, up to a blank line or a line that is no row of the table.
        while let Some(&row_line) = ls.get(i) {
            let (row, row_tabs) = split(src, row_line);
            let label = row.first().map(|c| text_of(*c)).unwrap_or_default();
            if label.is_empty() || row.len() < 2 || row.len() > header.len() {
                break;
            }
            i += 1;
            // Cells split at spaces are placed only when none is missing.
            if !(tabs && row_tabs) && row.len() != header.len() {
                continue;
            }
            let Some((pow10, unit)) = header_unit(label) else {
                continue;
            };
            let Some((kind, activity)) = super::contributions::kind_of_header(label, label, unit)
            else {
                continue;
            };
            let (Some(&(rs, _)), Some(&(_, re))) = (row.first(), row.last()) else {
                continue;
            };
            for &(k, year) in &years {
                let Some(&cell) = row.get(k) else { continue };
                let column = (pow10, unit, kind, activity);
                push_cell(src, column, cell, (rs, re), year, out);
            }
        }
    }
}

/// Header words of a first column that holds years (年份 ⇥ 援助资金（万元） ⇥ 援派干部（人）).
const YEAR_HEADS: [&str; 4] = ["年份", "年度", "年", "时间"];

/// The amounts of every year-row table among the lines `ls` of `src`: a header whose first
/// cell is 年份 and whose other cells name a unit, then one row per year (2016年 ⇥ 3450 ⇥ 9);
/// a row that is no year (合计, a note) ends the table and gives nothing.
pub(crate) fn read_rows(src: &str, ls: &[(usize, usize)], out: &mut Vec<TableAmount>) {
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    let mut i = 0usize;
    while let Some(&line) = ls.get(i) {
        i += 1;
        let (header, tabs) = split(src, line);
        if !tabs
            || header.len() < 2
            || !header
                .first()
                .is_some_and(|c| YEAR_HEADS.contains(&text_of(*c)))
        {
            continue;
        }
        // Each column's unit and kind (None for a column that is no contribution).
        let columns: Vec<_> = header
            .iter()
            .skip(1)
            .map(|c| {
                let cell = text_of(*c);
                let (pow10, unit) = header_unit(cell)?;
                let (kind, activity) = super::contributions::kind_of_header(cell, cell, unit)?;
                Some((pow10, unit, kind, activity))
            })
            .collect();
        if columns.iter().all(Option::is_none) {
            continue;
        }
        while let Some(&row_line) = ls.get(i) {
            let (row, row_tabs) = split(src, row_line);
            let Some(&year) = row.first().filter(|c| is_year(text_of(**c))) else {
                break;
            };
            i += 1;
            if !row_tabs {
                continue;
            }
            let (Some(&(rs, _)), Some(&(_, re))) = (row.first(), row.last()) else {
                continue;
            };
            for (k, col) in columns.iter().enumerate() {
                let (Some(&column), Some(&cell)) = (col.as_ref(), row.get(k + 1)) else {
                    continue;
                };
                push_cell(src, column, cell, (rs, re), year, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(src: &str) -> Vec<(usize, usize)> {
        super::super::table_amounts::lines(src, Span::new(0, src.len()))
    }

    /// Each amount's value, unit and period as written.
    fn values<'s>(src: &'s str, out: &[TableAmount]) -> Vec<(String, &'static str, &'s str)> {
        out.iter()
            .map(|t| {
                (
                    t.value.to_string(),
                    t.unit,
                    t.period.and_then(|p| p.slice(src)).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn one_amount_per_year_cell() {
        let src = "项目\t2021年\t2022年\t2023年\n捐赠图书（册）\t1500\t\t2600\n派出支教教师（人）\t—\t6\t7\n注：空白为未统计。";
        let mut out = Vec::new();
        read(src, &lines(src), &mut out);
        let got = values(src, &out);
        assert_eq!(
            got,
            [
                ("1500".to_owned(), "册", "2021年"),
                ("2600".to_owned(), "册", "2023年"),
                ("6".to_owned(), "人", "2022年"),
                ("7".to_owned(), "人", "2023年"),
            ]
        );
        assert_eq!(out[2].kind, crate::ContributionKind::TeacherDispatched);
    }

    #[test]
    fn one_amount_per_year_row() {
        let src = "年份\t援助资金（万元）\t实施项目（个）\t援派干部（人）\n2016年\t3450\t12\t9\n2017年\t3800\t14\t—\n合计\t7250\t26\t9\n";
        let mut out = Vec::new();
        read_rows(src, &lines(src), &mut out);
        let got = values(src, &out);
        // Projects are no contribution, the dash holds nothing and the total row gives nothing.
        assert_eq!(
            got,
            [
                ("34500000".to_owned(), "元", "2016年"),
                ("9".to_owned(), "人", "2016年"),
                ("38000000".to_owned(), "元", "2017年"),
            ]
        );
        assert_eq!(out[0].kind, crate::ContributionKind::MoneyDonated);
        assert_eq!(out[1].kind, crate::ContributionKind::CadreSeconded);
    }

    #[test]
    fn a_week_and_its_running_total() {
        let src = "指标\t本周\t累计（自2025年2月到任）\n培训当地干部人才（人次）\t260\t3,480\n";
        let mut out = Vec::new();
        read(src, &lines(src), &mut out);
        let got = values(src, &out);
        assert_eq!(
            got,
            [
                ("260".to_owned(), "人次", "本周"),
                ("3480".to_owned(), "人次", "累计（自2025年2月到任）"),
            ]
        );
        assert!(is_period("累计") && is_period("本月") && !is_period("合计"));
    }

    #[test]
    fn no_year_header_no_table() {
        let src = "项目\t甲校\t乙校\n捐赠图书（册）\t1500\t2600";
        let mut out = Vec::new();
        read(src, &lines(src), &mut out);
        assert!(out.is_empty());
        assert!(is_year("2024年度") && is_year("2019") && !is_year("24年") && !is_year("3000年"));
        assert_eq!(value("1,280"), Some(Decimal::from(1280_i64)));
        assert_eq!(value("—"), None);
    }
}
