//! Amounts in the cells of a table: a header (序号 …) whose cells name a unit in parentheses
//! (帮扶资金（万元）, 派驻专家（名）), then rows that start with a serial number. Two layouts
//! are read: one row per line (cells separated by tabs or runs of spaces) and one cell per
//! line (a table pasted from a web page). The kind comes from the header cell and the table's
//! other header words (受援医院 … 派驻专家 → medical staff), the parties from the columns whose
//! header says who gives (帮扶/支援) and who receives (受援/结对对象).

use crate::extract::has::Has;
use duikou_tokenizer::{Decimal, Span};

use super::names::Mention;
use super::relations::Party;
use crate::ContributionKind as K;

/// An amount read from a table cell.
#[derive(Debug, Clone)]
pub(crate) struct TableAmount {
    pub(crate) kind: K,
    pub(crate) activity: Option<&'static str>,
    pub(crate) value: Decimal,
    pub(crate) unit: &'static str,
    /// The cell holding the number.
    pub(crate) cell: Span,
    /// The row, as evidence.
    pub(crate) row: Span,
    pub(crate) supporter: Option<Party>,
    pub(crate) recipient: Option<Party>,
    /// The year column's header (2023年) of a table with one column per year; such a table
    /// names no party, so the caller gives the document's.
    pub(crate) period: Option<Span>,
    /// Allocated, not yet paid: the row's note (拟安排, 计划…拨付, 待…到位后拨付) or, without a
    /// note that says it is done (已拨付), the table's title (…拟安排表).
    pub(crate) planned: bool,
    /// A row of a list of donated goods (see `goods_list`): its values add up to the list's
    /// total, which the text may state as well.
    pub(crate) listed_good: bool,
    /// The amount names no party and stands for the whole document (a year table's cell, a
    /// data wall's figure): the caller gives the document's parties.
    pub(crate) document_parties: bool,
    /// The running text reads the cell's amount wrongly (a 数读 box's "612人" joined to the
    /// label above it): the table's reading replaces the text's.
    pub(crate) replaces_text: bool,
}

/// Most columns a header may have (more is no table of this kind).
const MAX_COLUMNS: usize = 10;

/// A column holding amounts: its index, the power of ten of its unit (万元 → 4), the base
/// unit, and its kind.
#[derive(Debug, Clone, Copy)]
struct AmountColumn {
    index: usize,
    pow10: u32,
    unit: &'static str,
    kind: K,
    activity: Option<&'static str>,
    /// The column holds money paid (实际到位, 已拨付): actual whatever the row's note plans.
    paid: bool,
}

/// The lines of `src` in `seg` as (start, end) byte offsets, without line breaks.
pub(super) fn lines(src: &str, seg: Span) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = seg.start;
    let text = src.get(seg.start..seg.end).unwrap_or_default();
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = seg.start + i;
            let end = if src.as_bytes().get(end.wrapping_sub(1)) == Some(&b'\r') {
                end - 1
            } else {
                end
            };
            out.push((start, end));
            start = seg.start + i + 1;
        }
    }
    if start < seg.end {
        out.push((start, seg.end));
    }
    out
}

/// The cells of a table line: byte ranges (in `src`) separated by tabs or by runs of two or
/// more spaces, as the pair tables read them.
pub(super) fn cells(src: &str, (s, e): (usize, usize)) -> Vec<(usize, usize)> {
    super::clause::columns(src.get(s..e).unwrap_or_default(), s)
}

/// A serial number cell (1, 2, １２).
pub(super) fn serial(text: &str) -> Option<u32> {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > 3 {
        return None;
    }
    let mut n = 0u32;
    for c in t.chars() {
        let d = c.to_digit(10).or_else(|| {
            ('０'..='９')
                .contains(&c)
                .then(|| u32::from(c) - u32::from('０'))
        })?;
        n = n * 10 + d;
    }
    Some(n)
}

/// The unit a header cell names in parentheses: (power of ten, base unit).
pub(super) fn header_unit(cell: &str) -> Option<(u32, &'static str)> {
    // A count of people with no unit written: 人数, 派出人数.
    if cell.ends_with("人数") {
        return Some((0, "人"));
    }
    let open = cell.find(['（', '('])?;
    let inner = cell.get(open..)?.trim_start_matches(['（', '(']);
    let close = inner.find(['）', ')'])?;
    Some(match inner.get(..close)?.trim() {
        "万元" => (4, "元"),
        "亿元" => (8, "元"),
        "元" => (0, "元"),
        "名" | "人" | "位" => (0, "人"),
        "人次" => (0, "人次"),
        "册" => (0, "册"),
        "台" => (0, "台"),
        "套" => (0, "套"),
        "场" => (0, "场"),
        "期" => (0, "期"),
        "门" => (0, "门"),
        "学时" => (0, "学时"),
        "台套" => (0, "台套"),
        "例" => (0, "例"),
        "台次" => (0, "台次"),
        "辆" => (0, "辆"),
        _ => return None,
    })
}

/// Whether a header cell names the givers (帮扶单位, 支援学校, 派出学校) or the receivers
/// (受援医院, 结对对象). Not the pair tables' header words (clause.rs): there 结对/对口 name the
/// partner column, here 结对对象/对口县 name the receivers and 派出 the givers.
pub(super) fn side_of(cell: &str) -> Option<bool> {
    if ["受援", "结对对象", "帮扶对象", "对口县", "受帮扶"]
        .iter()
        .any(|w| cell.has(w))
    {
        Some(false)
    } else if [
        "帮扶",
        "支援",
        "援助",
        "派出",
        "结对单位",
        "实施单位",
        "援建",
    ]
    .iter()
    .any(|w| cell.has(w))
    {
        Some(true)
    } else {
        None
    }
}

/// The giving and the taking column of a header.
fn sides(src: &str, header: &[(usize, usize)]) -> (Option<usize>, Option<usize>) {
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    let side = |want: bool| {
        header
            .iter()
            .position(|c| side_of(text_of(*c)) == Some(want))
    };
    (side(true), side(false))
}

/// The amount columns of a header: cells naming a unit in parentheses and a kind. Beside a
/// column of money paid (已拨付（万元）), a column of what was planned (计划投资（万元）, 预算)
/// holds no gift: only the paid one is read.
fn amount_columns(src: &str, header: &[(usize, usize)]) -> Vec<AmountColumn> {
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    let header_text: String = header.iter().map(|c| text_of(*c)).collect();
    let mut cols: Vec<AmountColumn> = header
        .iter()
        .enumerate()
        .filter_map(|(index, c)| {
            let cell = text_of(*c);
            let (pow10, unit) = header_unit(cell)?;
            let (kind, activity) = super::contributions::kind_of_header(cell, &header_text, unit)?;
            Some(AmountColumn {
                index,
                pow10,
                unit,
                kind,
                activity,
                paid: ["实际", "到位", "已拨付"].iter().any(|w| cell.has(w)),
            })
        })
        .collect();
    if cols.iter().any(|c| c.paid) {
        cols.retain(|c| {
            let cell = header.get(c.index).map_or("", |h| text_of(*h));
            c.paid || !["计划", "预算", "概算", "估算"].iter().any(|w| cell.has(w))
        });
    }
    cols
}

/// Tables whose rows carry no serial number (支援方 ⇥ 受援方 ⇥ 援青资金（万元） / 杭州市 ⇥ 德令哈市 ⇥
/// 9800): a tab-separated header with a giving and a taking column and an amount column, then
/// rows up to a blank line or a total; a row broken after a joiner (绍兴市 ⇥ 天峻县、 / 茫崖市 ⇥
/// 5300) goes on in the next line.
fn unnumbered(src: &str, ls: &[(usize, usize)], ms: &[&Mention], out: &mut Vec<TableAmount>) {
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    let mut i = 0usize;
    while let Some(&line) = ls.get(i) {
        i += 1;
        let t = text_of(line);
        if !t.contains('\t') || t.starts_with("序号") || serial_start(t) {
            continue;
        }
        let header = cells(src, line);
        if header.len() < 3 || header.len() > MAX_COLUMNS {
            continue;
        }
        let (giver, taker) = sides(src, &header);
        if giver.is_none() || taker.is_none() {
            continue;
        }
        let columns = amount_columns(src, &header);
        if columns.is_empty() {
            continue;
        }
        while let Some(&l) = ls.get(i) {
            let t = text_of(l);
            if t.is_empty()
                || !t.contains('\t')
                || ["合计", "总计", "小计"].iter().any(|w| t.starts_with(w))
            {
                break;
            }
            i += 1;
            let mut row = cells(src, l);
            // A cell broken after a joiner: the next line's first cell ends it.
            if t.ends_with(['、', '，', ','])
                && let Some(&next) = ls.get(i)
                && !text_of(next).is_empty()
            {
                i += 1;
                let more = cells(src, next);
                if let (Some(last), Some(first)) = (row.last_mut(), more.first()) {
                    last.1 = first.1;
                }
                row.extend(more.into_iter().skip(1));
            }
            emit(src, false, &row, &columns, (giver, taker), ms, out);
        }
    }
}

/// Tables pasted one cell per line with no serial numbers (a PDF's or a web page's table):
/// a header of cells on lines of their own, each a giving or taking side (支援学院, 受援学院)
/// or an amount with its unit (派出教师（人次）), then rows of as many lines, the amount cells
/// bare numbers, until a line that breaks the pattern (a total, a blank, running text).
fn unnumbered_cells(src: &str, ls: &[(usize, usize)], ms: &[&Mention], out: &mut Vec<TableAmount>) {
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    let head_cell = |t: &str| {
        (2..=16).contains(&t.chars().count())
            && !t.contains(['。', '，', '；', '\t'])
            // The table's caption (表1　2024年学院对口支援情况) is no cell.
            && !t.starts_with('表')
            && !t.chars().any(|c| c.is_ascii_digit())
            && (side_of(t).is_some() || header_unit(t).is_some())
    };
    let number = |t: &str| !t.is_empty() && t.parse::<Decimal>().is_ok();
    let mut i = 0usize;
    while i < ls.len() {
        // A header: the longest run of header cells from here.
        let start = i;
        while ls.get(i).is_some_and(|l| head_cell(text_of(*l))) && i - start < MAX_COLUMNS {
            i += 1;
        }
        let header: Vec<(usize, usize)> = ls.get(start..i).unwrap_or_default().to_vec();
        if header.len() < 3 {
            i = start + 1;
            continue;
        }
        let columns = amount_columns(src, &header);
        let (giver, taker) = sides(src, &header);
        if columns.is_empty() || giver.is_none() || taker.is_none() {
            continue;
        }
        let width = header.len();
        // The rows: every amount cell a number, every side cell no number.
        while let Some(row) = ls.get(i..i + width) {
            let fits = row.iter().enumerate().all(|(k, c)| {
                let t = text_of(*c);
                if columns.iter().any(|col| col.index == k) {
                    number(t)
                } else if Some(k) == giver || Some(k) == taker {
                    !t.is_empty() && !number(t) && !t.contains(['。', '，'])
                } else {
                    !t.is_empty()
                }
            });
            if !fits {
                break;
            }
            emit(src, false, row, &columns, (giver, taker), ms, out);
            i += width;
        }
    }
}

/// Whether byte `at` lies in a row of a progress table: tab-separated rows under a header with
/// a 完成率 column and a 计划 (目标, 任务数) column (序号 ⇥ 任务 ⇥ 责任单位 ⇥ 计划 ⇥ 完成 ⇥
/// 完成率). Its figures are targets and the progress against them, which the text states
/// (or not) in its own words; the rows give nothing. The header is looked for up to 40 lines
/// up, through tabbed lines only.
pub(super) fn progress_row(src: &str, at: usize) -> bool {
    let ls = src
        .get(..at)
        .and_then(|h| h.rfind('\n'))
        .map_or(0, |p| p + 1);
    let le = src
        .get(at..)
        .and_then(|t| t.find('\n'))
        .map_or(src.len(), |p| at + p);
    if !src.get(ls..le).is_some_and(|l| l.contains('\t')) {
        return false;
    }
    let mut end = ls;
    for _ in 0..40 {
        let Some(head) = src.get(..end.saturating_sub(1)) else {
            return false;
        };
        let start = head.rfind('\n').map_or(0, |p| p + 1);
        let line = head.get(start..).unwrap_or_default().trim();
        if !line.contains('\t') {
            return false;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cells.first().is_some_and(|c| serial(c).is_none()) {
            return cells.iter().any(|c| c.starts_with("完成率"))
                && cells
                    .iter()
                    .any(|c| ["计划", "目标", "任务数", "年度目标", "计划数"].contains(c));
        }
        if start == 0 {
            return false;
        }
        end = start;
    }
    false
}

/// Whether `t` says money is allocated but not paid yet: 拟安排, 计划…拨付, 待…后拨付.
fn planned_words(t: &str) -> bool {
    t.contains('拟') || t.has("计划") || (t.contains('待') && t.contains('后'))
}

/// Whether a row is planned: its note says so, or the table does and the note does not say the
/// money is paid.
fn planned_row(row: &str, planned_table: bool) -> bool {
    let done = ["已拨付", "已下达", "已到位", "已完成"]
        .iter()
        .any(|w| row.has(w));
    !done && (planned_table || planned_words(row))
}

/// Whether a line may end the row above it: text that is no row of its own (no serial number)
/// and no total.
pub(super) fn continues_row(t: &str) -> bool {
    !t.is_empty()
        && serial(t.split(['\t', ' ']).next().unwrap_or(t)).is_none()
        && !["合计", "总计", "小计", "合　计", "注", "备注", "说明"]
            .iter()
            .any(|w| t.starts_with(w))
}

/// Whether a line starts with a serial number and a cell break (a numbered row).
fn serial_start(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && t.get(digits..)
            .is_some_and(|r| r.starts_with('\t') || r.starts_with("  "))
}

/// The amounts of one row.
fn emit(
    src: &str,
    planned_table: bool,
    row: &[(usize, usize)],
    columns: &[AmountColumn],
    (giver, taker): (Option<usize>, Option<usize>),
    ms: &[&Mention],
    out: &mut Vec<TableAmount>,
) {
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    let (Some(&(rs, _)), Some(&(_, re))) = (row.first(), row.last()) else {
        return;
    };
    let planned = planned_row(src.get(rs..re).unwrap_or_default(), planned_table);
    let party = |col: Option<usize>| {
        let (s, e) = *row.get(col?)?;
        // Mentions are in text order: start at the cell (no scan of the whole list).
        let from = ms.partition_point(|m| m.start < s);
        ms.get(from..)?
            .iter()
            .take_while(|m| m.start < e)
            .find(|m| m.end <= e && !m.pronoun)
            .map(|m| Party::of(m))
    };
    let giver_party = party(giver);
    // With no taking column, the row's beneficiary where its other cells name one (东乡县职业
    // 技术学校电商实训室建设, 湖里区殿前街道—东乡县那勒寺镇…项目): a unit or a town written under
    // its county, not the giver, nor the giver's own place (厦门市 for 厦门市湖里区委组织部),
    // nor a bare town (锁南镇: where the project stands).
    let taker_party = party(taker).or_else(|| {
        let g = giver_party.as_ref()?;
        let from = ms.partition_point(|m| m.start < rs);
        ms.get(from..)?
            .iter()
            .take_while(|m| m.start < re)
            .filter(|m| !m.pronoun && m.end <= re)
            .filter(|m| {
                giver
                    .and_then(|c| row.get(c))
                    .is_none_or(|&(s, e)| m.end <= s || m.start >= e)
            })
            .find(|m| {
                let bare_town =
                    m.name.ends_with(['镇', '乡', '村']) && !m.name.contains(['县', '市', '区']);
                m.name != g.name
                    && !g.name.starts_with(m.name.as_str())
                    && !bare_town
                    && !m.name.ends_with(['县', '市', '区', '州', '省', '旗'])
            })
            .map(|m| {
                // A hospital's centre built by the project (X县人民医院远程会诊中心): the
                // hospital.
                let mut p = Party::of(m);
                if let Some(end) = p.name.find_str("医院").map(|i| i + "医院".len())
                    && end < p.name.len()
                {
                    p.name.truncate(end);
                }
                p
            })
    });
    for c in columns {
        let Some(&cell) = row.get(c.index) else {
            continue;
        };
        // A comma-separated export writes thousands with commas inside a quoted cell (1,671).
        let digits: String = text_of(cell).chars().filter(|&ch| ch != ',').collect();
        let Some(value) = digits
            .parse::<Decimal>()
            .ok()
            .and_then(|v| v.checked_mul_pow10(c.pow10))
            // Nothing paid (0) is no amount.
            .filter(|v| *v != Decimal::ZERO)
        else {
            continue;
        };
        out.push(TableAmount {
            kind: c.kind,
            activity: c.activity,
            value,
            unit: c.unit,
            cell: Span::new(cell.0, cell.1),
            row: Span::new(rs, re),
            supporter: giver_party.clone(),
            recipient: taker_party.clone(),
            period: None,
            planned: planned && !c.paid,
            listed_good: false,
            document_parties: false,
            replaces_text: false,
        });
    }
}

/// The giving and the taking party of the numbered table row around byte `at`: the names in
/// the row's cells under the 支援 and 受援 columns of its header (the nearest 序号 line above,
/// as the pair reader finds it). `None` when the line is no such row.
pub(crate) fn row_parties(
    src: &str,
    at: usize,
    ms: &[&Mention],
) -> Option<(Option<Party>, Option<Party>)> {
    let ls = src.get(..at)?.rfind('\n').map_or(0, |p| p + 1);
    let le = src.get(at..)?.find('\n').map_or(src.len(), |p| at + p);
    let row = cells(src, (ls, le));
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    serial(text_of(*row.first()?))?;
    // Column indices after the serial number.
    let (taker, givers) = super::clause::header_sides(src, ls)?;
    let party = |col: Option<usize>| {
        let (s, e) = *row.get(col? + 1)?;
        ms.iter()
            .find(|m| m.start >= s && m.end <= e && !m.pronoun)
            .map(|m| Party::of(m))
    };
    Some((party(givers.first().copied()), party(Some(taker))))
}

/// The amounts of every table in `seg` whose header names a unit.
pub(crate) fn find(src: &str, seg: Span, ms: &[&Mention]) -> Vec<TableAmount> {
    // Most text has no table: one substring search before any line is split.
    let text = src.get(seg.start..seg.end).unwrap_or_default();
    let mut out = Vec::new();
    super::data_wall::read(src, seg, &mut out);
    let numbered = text.has("序号");
    let by_year = text.has("年\t")
        || text.has("年  ")
        || text.has("年\u{3000}")
        || text.has("\t累计")
        || text.has("\t本月");
    // A header cell with its unit alone on its line (派出教师（人次）): a table one cell a line.
    let cell_lines = !numbered
        && text
            .lines()
            .any(|l| l.trim_end().ends_with(['）', ')']) && l.trim().chars().count() <= 16);
    if !numbered && !by_year && !cell_lines && !text.contains('\t') {
        return out;
    }
    let ls = lines(src, seg);
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    unnumbered(src, &ls, ms, &mut out);
    if cell_lines {
        unnumbered_cells(src, &ls, ms, &mut out);
    }
    if by_year {
        super::year_table::read(src, &ls, &mut out);
    }
    if text.has("年份\t") || text.has("年度\t") {
        super::year_table::read_rows(src, &ls, &mut out);
    }
    if !numbered {
        return out;
    }
    // A ledger of gifts by row (数量 ⇥ 单位 ⇥ 金额（万元）) is the table: read alone.
    if text.has("数量") && text.has("\t单位\t") && super::ledger_rows::read(src, &ls, ms, &mut out)
    {
        return out;
    }
    if text.has("数量") && (text.has("金额") || text.has("总价")) {
        super::goods_list::read(src, &ls, ms, &mut out);
    }
    if text.has("指标") {
        super::indicator_table::read(src, &ls, ms, &mut out);
    }
    let mut i = 0usize;
    while let Some(&line) = ls.get(i) {
        i += 1;
        if !text_of(line).starts_with("序号") {
            continue;
        }
        // The header: the cells of this line, or (one cell per line) the lines up to the
        // first serial number.
        let mut header = cells(src, line);
        let one_per_line = header.len() == 1;
        if one_per_line {
            while let Some(&l) = ls.get(i) {
                if serial(text_of(l)).is_some() || header.len() > MAX_COLUMNS {
                    break;
                }
                if !text_of(l).is_empty() {
                    header.push(l);
                }
                i += 1;
            }
        }
        if header.len() < 3 || header.len() > MAX_COLUMNS {
            continue;
        }
        let columns = amount_columns(src, &header);
        if columns.is_empty() {
            continue;
        }
        let (giver, taker) = sides(src, &header);
        // The table's title or its section's heading (the two lines above the header) may say
        // that its allocations are planned (第二批拟安排资金, …拟安排表).
        let header_at = i.saturating_sub(if one_per_line { header.len() } else { 1 });
        let planned_table = ls
            .get(header_at.saturating_sub(2)..header_at)
            .unwrap_or_default()
            .iter()
            .any(|l| planned_words(text_of(*l)));
        // The rows, until a line that is no row.
        let width = header.len();
        loop {
            let row: Vec<(usize, usize)> = if one_per_line {
                let first = ls.get(i).copied();
                if first.is_none_or(|l| serial(text_of(l)).is_none()) {
                    break;
                }
                let row: Vec<(usize, usize)> = ls.iter().skip(i).take(width).copied().collect();
                if row.len() < width || row.iter().any(|l| text_of(*l).is_empty()) {
                    break;
                }
                i += width;
                row
            } else {
                let Some(&l) = ls.get(i) else { break };
                // A subtotal between groups of rows (小计（协作资金）): the rows go on after it.
                if text_of(l).starts_with("小计") {
                    i += 1;
                    continue;
                }
                let mut row = cells(src, l);
                if row.first().is_none_or(|c| serial(text_of(*c)).is_none()) {
                    break;
                }
                i += 1;
                // A cell broken over two lines (项目名称 too long for its column): the next
                // line, with no serial of its own, ends that cell and holds the rest.
                if row.len() < width
                    && let Some(&next) = ls.get(i)
                    && continues_row(text_of(next))
                {
                    let more = cells(src, next);
                    if !more.is_empty() && row.len() + more.len() <= width + 1 {
                        i += 1;
                        if let (Some(last), Some(first)) = (row.last_mut(), more.first()) {
                            last.1 = first.1;
                        }
                        row.extend(more.into_iter().skip(1));
                    }
                }
                row
            };
            if row.is_empty() {
                break;
            }
            emit(
                src,
                planned_table,
                &row,
                &columns,
                (giver, taker),
                ms,
                &mut out,
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_split_at_tabs_and_space_runs() {
        let src = "1\t甲公司\t乙镇\t120\t光伏 电站\n2   丙公司   丁乡   85";
        let ls = lines(src, Span::new(0, src.len()));
        let a: Vec<&str> = cells(src, ls[0]).iter().map(|c| &src[c.0..c.1]).collect();
        assert_eq!(a, ["1", "甲公司", "乙镇", "120", "光伏 电站"]);
        let b: Vec<&str> = cells(src, ls[1]).iter().map(|c| &src[c.0..c.1]).collect();
        assert_eq!(b, ["2", "丙公司", "丁乡", "85"]);
    }

    #[test]
    fn progress_tables_are_told_from_amount_tables() {
        let src = "进度表\n序号\t任务\t责任单位\t计划\t完成\t完成率\n1\t资金到位\t县财政局\t6200万元\t4860万元\t78.4%\n2\t劳务输出\t县人社局\t500人\t588人\t117.6%\n";
        let at = src.find("588").unwrap_or_default();
        assert!(progress_row(src, at));
        let at = src.find("6200").unwrap_or_default();
        assert!(progress_row(src, at));
        let src =
            "序号\t项目名称\t受援单位\t资金（万元）\t完成率\n1\t教学楼\t某县第一中学\t800\t100%\n";
        let at = src.find("800").unwrap_or_default();
        assert!(!progress_row(src, at));
    }

    #[test]
    fn header_units() {
        assert_eq!(header_unit("帮扶资金（万元）"), Some((4, "元")));
        assert_eq!(header_unit("派驻专家(名)"), Some((0, "人")));
        assert_eq!(header_unit("远程会诊（例）"), Some((0, "例")));
        assert_eq!(header_unit("主要项目"), None);
        assert_eq!(serial("１２"), Some(12));
        assert_eq!(serial("合计"), None);
    }
}
