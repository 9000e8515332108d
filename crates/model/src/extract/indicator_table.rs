//! Indicator tables of an evaluation (序号 ⇥ 指标 ⇥ 目标值 ⇥ … ⇥ 完成值 ⇥ 完成率). Targets are no
//! contributions; the value achieved is one when the row's indicator names one giver and a
//! gift with its unit (天津医科大学肿瘤医院捐赠设备（万元） ⇥ 1500 ⇥ 1500 ⇥ 1680). A row of a
//! team's total (派驻医疗专家（人次）), an output or an outcome (三、四级手术占比（%）) gives
//! nothing.

use crate::extract::has::Has;
use duikou_tokenizer::{Decimal, Span};

use super::names::Mention;
use super::relations::Party;
use super::table_amounts::{TableAmount, cells, header_unit, serial};
use crate::ContributionKind as K;

/// Headers of the column of values achieved.
const DONE: [&str; 4] = ["完成值", "实际完成", "实际值", "完成数"];

/// Words of a gift in an indicator's name.
const GIFTS: [&str; 7] = ["捐赠", "捐助", "赠送", "援建", "投入", "资助", "拨付"];

/// Reads the indicator tables among the lines `ls` of `src` (mentions `ms` in text order).
pub(crate) fn read(src: &str, ls: &[(usize, usize)], ms: &[&Mention], out: &mut Vec<TableAmount>) {
    let text_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or_default().trim();
    let mut i = 0usize;
    while let Some(&line) = ls.get(i) {
        i += 1;
        let header = cells(src, line);
        let label_at = header.iter().position(|&c| text_of(c).starts_with("指标"));
        let done_at = header
            .iter()
            .position(|&c| DONE.iter().any(|w| text_of(c).starts_with(w)));
        let (Some(label_at), Some(done_at)) = (label_at, done_at) else {
            continue;
        };
        while let Some(&row_line) = ls.get(i) {
            let row = cells(src, row_line);
            if row.len() != header.len() || row.first().and_then(|&c| serial(text_of(c))).is_none()
            {
                break;
            }
            i += 1;
            let (Some(&label), Some(&done)) = (row.get(label_at), row.get(done_at)) else {
                continue;
            };
            if let Some(amount) = achieved(src, label, done, ms) {
                out.push(TableAmount {
                    row: Span::new(row_line.0, row_line.1),
                    ..amount
                });
            }
        }
    }
}

/// The gift of one row: its indicator cell `label` names one giver, a gift and a unit; `done`
/// holds the value achieved.
fn achieved(
    src: &str,
    label: (usize, usize),
    done: (usize, usize),
    ms: &[&Mention],
) -> Option<TableAmount> {
    let name = src.get(label.0..label.1)?.trim();
    if !GIFTS.iter().any(|g| name.has(g)) {
        return None;
    }
    let (pow10, unit) = header_unit(name)?;
    let kind = if name.has("设备") || name.has("仪器") {
        K::EquipmentDonated
    } else if name.has("图书") || name.has("书籍") {
        K::BooksDonated
    } else if unit == "元" {
        K::MoneyDonated
    } else {
        return None;
    };
    let from = ms.partition_point(|m| m.start < label.0);
    let mut givers = ms
        .get(from..)?
        .iter()
        .take_while(|m| m.start < label.1)
        .filter(|m| m.end <= label.1 && !m.pronoun);
    let (Some(giver), None) = (givers.next(), givers.next()) else {
        return None;
    };
    let value = src
        .get(done.0..done.1)?
        .trim()
        .replace(',', "")
        .parse::<Decimal>()
        .ok()?
        .checked_mul_pow10(pow10)?;
    Some(TableAmount {
        kind,
        activity: None,
        value,
        unit,
        cell: Span::new(done.0, done.1),
        row: Span::new(label.0, done.1),
        supporter: Some(Party::of(giver)),
        recipient: None,
        period: None,
        planned: false,
        listed_good: false,
        document_parties: false,
        replaces_text: false,
    })
}
