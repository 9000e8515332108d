//! Ledgers of contributions exported one row per gift (序号 ⇥ 日期 ⇥ 支援单位 ⇥ 受援单位 ⇥ 类别 ⇥
//! 内容 ⇥ 数量 ⇥ 单位 ⇥ 金额（万元） ⇥ 备注): each row gives its count in the unit its 单位 cell
//! names and its amount of money in the unit of the 金额 header, from the giver to the taker
//! of its row. Cells are split at every tab, so an empty cell keeps its column. The kind comes
//! from the row's 内容 and 类别; goods keep their kind for their value. A row its 备注 marks as
//! a repeat, a wrong entry or left out of the totals (重复, 误录, 不计入) and a 消费帮扶 row give
//! nothing; a row marked 计划 / 未到位 is planned; 小计 and 合计 rows are totals.

use duikou_tokenizer::{Decimal, Span};

use super::contributions::kind_of_header;
use super::names::Mention;
use super::relations::Party;
use super::table_amounts::{TableAmount, continues_row, header_unit, serial, side_of};
use crate::ContributionKind as K;
use crate::extract::has::Has;

/// Counters a row's 单位 cell may name, as the network writes them.
const COUNT_UNITS: [&str; 16] = [
    "人", "人次", "台", "套", "册", "辆", "期", "场", "件", "个", "批", "所", "座", "架", "项",
    "台套",
];

/// The columns of a ledger's header.
struct Columns {
    giver: usize,
    taker: usize,
    content: usize,
    category: Option<usize>,
    count: usize,
    unit: usize,
    money: usize,
    /// The power of ten of the money column's unit (万元 → 4).
    pow10: u32,
    note: Option<usize>,
}

/// The cells of `src[s..e]` split at every tab, as byte ranges (empty cells kept).
fn tab_cells(src: &str, (s, e): (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = s;
    for cell in src.get(s..e).unwrap_or_default().split('\t') {
        out.push((at, at + cell.len()));
        at += cell.len() + 1;
    }
    out
}

/// The columns of a header line, when it is a ledger's: a giving and a taking column, a
/// content column, 数量, 单位 and a money column with its unit.
fn columns(src: &str, header: &[(usize, usize)]) -> Option<Columns> {
    let text = |i: usize| {
        header
            .get(i)
            .and_then(|&(s, e)| src.get(s..e))
            .unwrap_or_default()
            .trim()
    };
    let find = |f: &dyn Fn(&str) -> bool| (0..header.len()).find(|&i| f(text(i)));
    let giver = find(&|c| side_of(c) == Some(true))?;
    let taker = find(&|c| side_of(c) == Some(false))?;
    let count = find(&|c| c == "数量")?;
    let unit = find(&|c| c == "单位")?;
    let content = find(&|c| ["内容", "事项", "项目名称", "帮扶内容"].contains(&c))?;
    let money = find(&|c| c.starts_with("金额") && header_unit(c).is_some_and(|u| u.1 == "元"))?;
    let pow10 = header_unit(text(money))?.0;
    Some(Columns {
        giver,
        taker,
        content,
        category: find(&|c| c == "类别" || c == "类型"),
        count,
        unit,
        money,
        pow10,
        note: find(&|c| c == "备注"),
    })
}

/// Reads the ledgers among the lines `ls` of `src`; whether one was read (its rows are then
/// in `out`, and no other reader is to read the same table).
pub(crate) fn read(
    src: &str,
    ls: &[(usize, usize)],
    ms: &[&Mention],
    out: &mut Vec<TableAmount>,
) -> bool {
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    let mut read_any = false;
    let mut i = 0usize;
    while let Some(&line) = ls.get(i) {
        i += 1;
        if !text_of(line).starts_with("序号") || !text_of(line).contains('\t') {
            continue;
        }
        let header = tab_cells(src, line);
        let Some(cols) = columns(src, &header) else {
            continue;
        };
        read_any = true;
        while let Some(&l) = ls.get(i) {
            let t = text_of(l);
            if t.starts_with("小计") || t.starts_with("合计") || t.starts_with("总计") {
                i += 1;
                continue;
            }
            let mut row = tab_cells(src, l);
            if row.first().is_none_or(|c| serial(text_of(*c)).is_none()) {
                break;
            }
            i += 1;
            // A cell broken over two lines: the next line, with no serial of its own, ends
            // the row's last cell and holds the rest.
            if row.len() < header.len()
                && let Some(&next) = ls.get(i)
                && continues_row(text_of(next))
            {
                i += 1;
                let more = tab_cells(src, next);
                if let (Some(last), Some(first)) = (row.last_mut(), more.first()) {
                    last.1 = first.1;
                }
                row.extend(more.into_iter().skip(1));
            }
            emit(src, &row, &cols, ms, out);
        }
    }
    read_any
}

/// The contributions of one row.
fn emit(
    src: &str,
    row: &[(usize, usize)],
    cols: &Columns,
    ms: &[&Mention],
    out: &mut Vec<TableAmount>,
) {
    let cell = |i: usize| row.get(i).copied();
    let text = |i: Option<usize>| {
        i.and_then(cell)
            .and_then(|(s, e)| src.get(s..e))
            .unwrap_or_default()
            .trim()
    };
    let note = text(cols.note);
    let category = text(cols.category);
    let content = text(Some(cols.content));
    if ["重复", "误录", "不计入", "剔除"]
        .iter()
        .any(|w| note.has(w))
        || category.has("消费")
        || content.has("采购")
    {
        return;
    }
    let planned = ["计划", "未到位", "拟"].iter().any(|w| note.has(w));
    let party = |col: usize| {
        let (s, e) = cell(col)?;
        ms.iter()
            .find(|m| m.start >= s && m.end <= e && !m.pronoun)
            .map(|m| Party::of(m))
    };
    let (Some(&(rs, _)), Some(&(_, re))) = (row.first(), row.last()) else {
        return;
    };
    let what = format!("{category}{content}");
    let mut push = |kind: K, activity, value: Decimal, unit: &'static str, at: (usize, usize)| {
        out.push(TableAmount {
            kind,
            activity,
            value,
            unit,
            cell: Span::new(at.0, at.1),
            row: Span::new(rs, re),
            supporter: party(cols.giver),
            recipient: party(cols.taker),
            period: None,
            planned,
            listed_good: false,
            document_parties: false,
            replaces_text: true,
        });
    };
    // The count, in the unit its own cell names.
    let unit_written = text(Some(cols.unit));
    let unit = match unit_written {
        "名" | "位" => Some("人"),
        u => COUNT_UNITS.iter().find(|c| **c == u).copied(),
    };
    let mut goods: Option<K> = None;
    if let (Some(unit), Some(at)) = (unit, cell(cols.count))
        && let Ok(value) = text(Some(cols.count)).replace(',', "").parse::<Decimal>()
        && value != Decimal::ZERO
        && let Some((kind, activity)) =
            kind_of_header(content, &what, unit).or_else(|| by_category(category, unit))
    {
        if matches!(kind, K::EquipmentDonated | K::BooksDonated) {
            goods = Some(kind);
        }
        push(kind, activity, value, unit, at);
    }
    // The amount of money: the goods' value, or money given.
    if let Some(at) = cell(cols.money)
        && let Some(value) = text(Some(cols.money))
            .replace(',', "")
            .parse::<Decimal>()
            .ok()
            .and_then(|v| v.checked_mul_pow10(cols.pow10))
            .filter(|v| *v != Decimal::ZERO)
    {
        let kind = goods.map(|k| (k, None)).or_else(|| {
            (category.has("资金") || content.has("资金") || content.has("经费"))
                .then_some((K::MoneyDonated, None))
        });
        if let Some((kind, activity)) = kind {
            push(kind, activity, value, "元", at);
        }
    }
}

/// The kind a row's 类别 names when its 内容 names none (教师 ⇥ 选派支教教师, 物资 ⇥ …).
fn by_category(category: &str, unit: &str) -> Option<(K, Option<&'static str>)> {
    Some(match category {
        c if c.has("教师") => (K::TeacherDispatched, None),
        c if c.has("干部") => (K::CadreSeconded, None),
        c if c.has("物资") && unit == "册" => (K::BooksDonated, None),
        c if c.has("物资") => (K::EquipmentDonated, None),
        c if c.has("培训") && matches!(unit, "期" | "场") => {
            (K::Other, Some("training_sessions"))
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_cells_keep_their_column() {
        let src = "1\t\t甲\t\t3500";
        let got: Vec<&str> = tab_cells(src, (0, src.len()))
            .iter()
            .map(|&(s, e)| src.get(s..e).unwrap_or_default())
            .collect();
        assert_eq!(got, ["1", "", "甲", "", "3500"]);
    }
}
