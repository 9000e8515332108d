//! A list of donated goods (捐赠物资清单): a header 序号 ⇥ 物资名称 ⇥ … ⇥ 数量 ⇥ 单位 ⇥ 单价（元）
//! ⇥ 金额（元）, rows that start with a serial number, a 合计 row, and the signatures under it
//! (捐赠单位：X, 接收单位签章：Y). Each row gives its count in the unit of its 单位 cell and its
//! 金额 as a second amount of the same kind (图书 → books, anything else → equipment). Unit
//! prices, model numbers and the 合计 row are none.

use duikou_tokenizer::{Decimal, Span};

use super::names::Mention;
use super::relations::Party;
use super::table_amounts::{TableAmount, cells, header_unit, serial};
use crate::ContributionKind as K;
use crate::extract::has::Has;

/// Units a row's 单位 cell may name, as the amounts are stored.
const COUNT_UNITS: [&str; 16] = [
    "台", "套", "副", "册", "件", "个", "箱", "张", "辆", "把", "部", "本", "盒", "袋", "架", "组",
];

/// Labels of the giver's and the receiver's signature lines.
const GIVER: [&str; 3] = ["捐赠单位", "捐赠方", "捐赠人"];
const TAKER: [&str; 4] = ["接收单位", "受赠单位", "受捐单位", "受赠方"];

/// The columns of a goods list's header.
struct Columns {
    name: usize,
    count: usize,
    /// The 单位 column, or the count's unit written in its header (数量（台）).
    unit: Result<usize, &'static str>,
    amount: usize,
    pow10: u32,
}

/// The columns of a goods list's header line, or `None` when the line is no such header.
fn columns(src: &str, header: &[(usize, usize)]) -> Option<Columns> {
    let text = |i: usize| {
        header
            .get(i)
            .and_then(|&(s, e)| src.get(s..e))
            .map(str::trim)
    };
    let find = |f: &dyn Fn(&str) -> bool| (0..header.len()).find(|&i| text(i).is_some_and(f));
    if !text(0)?.starts_with("序号") {
        return None;
    }
    let name = find(&|c| c.has("名称") || c.has("品名"))?;
    let count = find(&|c| c.starts_with("数量"))?;
    let amount =
        find(&|c| c.starts_with("金额") || c.starts_with("总价") || c.starts_with("合计金额"))?;
    let (pow10, unit) = header_unit(text(amount)?)?;
    if unit != "元" {
        return None;
    }
    let unit = match find(&|c| c == "单位" || c == "计量单位") {
        Some(i) => Ok(i),
        None => Err(header_unit(text(count)?).map(|(_, u)| u)?),
    };
    Some(Columns {
        name,
        count,
        unit,
        amount,
        pow10,
    })
}

/// A number written in a cell, thousands separators allowed (6,000; 223,200).
fn number(cell: &str) -> Option<Decimal> {
    let t: String = cell
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '，')
        .collect();
    t.parse::<Decimal>().ok()
}

/// The party named right after the colon of a signature line opening with one of `labels`
/// (捐赠单位：X（盖章）, 接收单位签章：Y), searched on the lines `ls`.
fn signed(src: &str, ls: &[(usize, usize)], labels: &[&str], ms: &[&Mention]) -> Option<Party> {
    for &(s, e) in ls {
        let line = src.get(s..e)?;
        for (at, _) in line.char_indices() {
            let Some(rest) = line.get(at..) else { continue };
            let Some(label) = labels.iter().find(|l| rest.starts_with(**l)) else {
                continue;
            };
            let after = rest.get(label.len()..)?;
            let colon = after.find(['：', ':'])?;
            // The label's own suffix (签章, （盖章）) stays short.
            if after.get(..colon)?.chars().count() > 6 {
                continue;
            }
            let colon_len = after.get(colon..)?.chars().next()?.len_utf8();
            let value_at = s + at + label.len() + colon + colon_len;
            let value = src.get(value_at..e)?;
            let lead = value.len() - value.trim_start_matches([' ', '\u{3000}']).len();
            let from = ms.partition_point(|m| m.start < value_at + lead);
            if let Some(m) = ms
                .get(from)
                .filter(|m| m.start == value_at + lead && !m.pronoun)
            {
                return Some(Party::of(m));
            }
        }
    }
    None
}

/// The giver a list's title names (附件：X捐赠物资清单): the last name on the two lines above
/// the header that is followed by 捐赠 on its line.
fn titled_giver(src: &str, ls: &[(usize, usize)], ms: &[&Mention]) -> Option<Party> {
    ls.iter().rev().find_map(|&(s, e)| {
        ms.iter()
            .filter(|m| m.start >= s && m.end <= e && !m.pronoun)
            .find(|m| src.get(m.end..e).is_some_and(|r| r.starts_with("捐赠")))
            .map(|m| Party::of(m))
    })
}

/// Reads every goods list among the lines `ls` (byte ranges of `src`) into `out`, each amount
/// flagged as a listed good.
pub(crate) fn read(src: &str, ls: &[(usize, usize)], ms: &[&Mention], out: &mut Vec<TableAmount>) {
    let mut i = 0usize;
    while let Some(&line) = ls.get(i) {
        i += 1;
        let header = cells(src, line);
        let Some(cols) = columns(src, &header) else {
            continue;
        };
        let header_at = i - 1;
        let first = out.len();
        let mut last_row = i;
        while let Some(&row_line) = ls.get(i) {
            let row = cells(src, row_line);
            let text = |k: usize| row.get(k).and_then(|&(s, e)| src.get(s..e)).map(str::trim);
            if text(0).and_then(serial).is_none() {
                break;
            }
            i += 1;
            last_row = i;
            let name = text(cols.name).unwrap_or_default();
            let kind = if ["图书", "书籍", "读物", "绘本", "书刊"]
                .iter()
                .any(|w| name.has(w))
            {
                K::BooksDonated
            } else {
                K::EquipmentDonated
            };
            let row_span = Span::new(row_line.0, row_line.1);
            let unit = match cols.unit {
                Ok(k) => text(k).and_then(|u| COUNT_UNITS.iter().copied().find(|c| *c == u)),
                Err(u) => Some(u),
            };
            let count = text(cols.count).and_then(number);
            let amount = text(cols.amount)
                .and_then(number)
                .and_then(|v| v.checked_mul_pow10(cols.pow10));
            let cell = |k: usize| row.get(k).map(|&(s, e)| Span::new(s, e));
            let push =
                |value: Decimal, unit: &'static str, k: usize, out: &mut Vec<TableAmount>| {
                    if let Some(c) = cell(k) {
                        out.push(TableAmount {
                            kind,
                            activity: None,
                            value,
                            unit,
                            cell: c,
                            row: row_span,
                            supporter: None,
                            recipient: None,
                            period: None,
                            planned: false,
                            listed_good: true,
                            document_parties: false,
                            replaces_text: false,
                        });
                    }
                };
            if let (Some(v), Some(u)) = (count, unit) {
                push(v, u, cols.count, out);
            }
            if let Some(v) = amount {
                push(v, "元", cols.amount, out);
            }
        }
        if out.len() == first {
            continue;
        }
        // The signatures under the list (the 合计 row and a few lines after it), else its
        // title above the header.
        let below = ls
            .get(last_row..(last_row + 5).min(ls.len()))
            .unwrap_or_default();
        let title = ls
            .get(header_at.saturating_sub(2)..header_at)
            .unwrap_or_default();
        let giver = signed(src, below, &GIVER, ms).or_else(|| titled_giver(src, title, ms));
        let taker = signed(src, below, &TAKER, ms);
        for t in out.get_mut(first..).unwrap_or_default() {
            t.supporter.clone_from(&giver);
            t.recipient.clone_from(&taker);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{ContributionKind as K, extract};

    /// (kind, value, unit, supporter, recipient) of a counted contribution.
    type Row = (K, String, String, Option<String>, Option<String>);

    fn amounts(text: &str) -> Vec<Row> {
        extract(text)
            .contributions
            .iter()
            .filter(|c| c.counts_in_totals())
            .map(|c| {
                (
                    c.kind,
                    c.value.to_string(),
                    c.unit.clone(),
                    c.supporter.clone(),
                    c.recipient.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn each_row_gives_its_count_and_its_value_and_the_text_total_is_dropped() {
        let got = amounts(
            "捐赠仪式\n　　吴江区教育局向白石岩乡中心小学捐赠物资，总价值6.72万元（清单附后）。\n附件：捐赠物资清单\n序号\t物品名称\t规格\t数量\t单位\t单价（元）\t金额（元）\n1\t笔记本电脑\tX-14（14英寸）\t10\t台\t4,200\t42,000\n2\t课外读物\t少儿类\t3,000\t册\t8.4\t25,200\n合计\t—\t—\t—\t—\t—\t67,200\n捐赠单位：吴江区教育局（盖章）　　接收单位签章：白石岩乡中心小学\n",
        );
        let w = |k, v: &str, u: &str| {
            (
                k,
                v.to_owned(),
                u.to_owned(),
                Some("吴江区教育局".to_owned()),
                Some("白石岩乡中心小学".to_owned()),
            )
        };
        assert_eq!(
            got,
            [
                w(K::EquipmentDonated, "10", "台"),
                w(K::EquipmentDonated, "42000", "元"),
                w(K::BooksDonated, "3000", "册"),
                w(K::BooksDonated, "25200", "元"),
            ]
        );
    }

    #[test]
    fn a_count_unit_in_the_header_and_a_giver_in_the_title() {
        let got = amounts(
            "附件：苏州大学捐赠设备清单\n序号\t设备名称\t数量（台）\t金额（万元）\n1\t彩超机\t2\t96\n",
        );
        assert_eq!(
            got.iter()
                .map(|(k, v, u, s, _)| (*k, v.as_str(), u.as_str(), s.as_deref()))
                .collect::<Vec<_>>(),
            [
                (K::EquipmentDonated, "2", "台", Some("苏州大学")),
                (K::EquipmentDonated, "960000", "元", Some("苏州大学")),
            ]
        );
    }
}
