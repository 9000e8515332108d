//! A 数据墙 (data wall) of an exhibition board or a brochure, exported one figure a line: the
//! number alone on its line, then its unit and label on the next ("312" / "人次  选派援疆教师与
//! 管理干部"), or the number with its unit, then the label alone (a brochure's 数读 box: "612人"
//! / "累计选派援疆干部"). Each figure is an amount of the label's kind; the wall names no party,
//! so the caller gives the document's. A wall has at least two figures: one number on a line
//! before a line starting with a unit is no wall.

use duikou_tokenizer::{Decimal, Span};

use super::has::Has;
use super::table_amounts::{TableAmount, header_unit};

/// The least figures a wall has.
const MIN_FIGURES: usize = 2;

/// The number a line holds and nothing else (312, 2,860, 12.5, 4,200余: its qualifier is read
/// from the cell with the amount), as the tokenizer reads it.
fn wall_number(t: &str) -> Option<Decimal> {
    if t.len() > 16 || !t.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let q = duikou_tokenizer::quantity_in_line(t)?;
    (q.text == t && q.unit.is_none())
        .then(|| q.value.and_then(duikou_tokenizer::Number::as_decimal))
        .flatten()
}

/// The unit a label line opens with and the label after it, split at a run of spaces (ASCII,
/// U+3000 or a tab): "人次  选派援疆教师与管理干部" → ("人次", "选派援疆教师与管理干部").
fn unit_and_label(t: &str) -> Option<(&str, &str)> {
    let cut = t.find([' ', '\u{3000}', '\t'])?;
    let unit = t.get(..cut)?;
    let label = t.get(cut..)?.trim();
    (unit.chars().count() <= 3 && !label.is_empty()).then_some((unit, label))
}

/// A line that is one amount with its unit and nothing else (612人, 52.6亿元, 3.2万人次), as
/// the tokenizer reads it: its value in the base unit and that unit.
fn wall_amount(t: &str) -> Option<(Decimal, &str)> {
    if t.len() > 24 || !t.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let q = duikou_tokenizer::quantity_in_line(t)?;
    let unit = q.unit.filter(|_| q.text == t)?;
    Some((
        q.value.and_then(duikou_tokenizer::Number::as_decimal)?,
        unit,
    ))
}

/// Whether a line can be the label under an amount: a short phrase with no digit and no
/// sentence end (累计选派援疆干部); a bulleted line (■ 挂职副院长…) starts an item of its own.
fn label_line(t: &str) -> bool {
    let n = t.chars().count();
    (4..=24).contains(&n)
        && t.starts_with(|c: char| super::names::is_cjk(c))
        && !t.contains(|c: char| c.is_ascii_digit() || "。；！？，：:|｜\t".contains(c))
}

/// One figure of a wall: the number's span, the label line's span, its label and unit, and
/// its value when the number line wrote it with its unit (in the base unit).
struct Figure<'s> {
    number: (usize, usize),
    label_line: (usize, usize),
    label: &'s str,
    unit: &'s str,
    value: Option<Decimal>,
}

/// The amounts of every data wall in `seg` of `src`: one pass over its lines, no line kept
/// but the one before.
pub(crate) fn read(src: &str, seg: Span, out: &mut Vec<TableAmount>) {
    let Some(text) = src.get(seg.start..seg.end) else {
        return;
    };
    let mut wall: Vec<Figure<'_>> = Vec::new();
    // The last line that held text, when it is a lone number not yet read into the wall.
    let mut number: Option<(usize, usize)> = None;
    // The last line that held text, when it is an amount with its unit.
    let mut amount: Option<((usize, usize), Decimal, &str)> = None;
    let mut pos = seg.start;
    for raw in text.split_inclusive('\n') {
        let at = pos;
        pos += raw.len();
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        let ls = at + (raw.len() - raw.trim_start().len());
        let le = ls + t.len();
        if let Some((n, value, unit)) = amount.take()
            && label_line(t)
        {
            number = None;
            wall.push(Figure {
                number: n,
                label_line: (ls, le),
                label: t,
                unit,
                value: Some(value),
            });
            continue;
        }
        if let Some((value, unit)) = wall_amount(t) {
            // An amount with its unit waits for its label; a lone number's figure ends here.
            if number.take().is_some() {
                flush(src, &mut wall, out);
            }
            amount = Some(((ls, le), value, unit));
            continue;
        }
        match (number.take(), unit_and_label(t)) {
            (Some(n), Some((unit, label))) => wall.push(Figure {
                number: n,
                label_line: (ls, le),
                label,
                unit,
                value: None,
            }),
            (pending, _) => {
                // A line that continues no figure ends the wall (a lone number alone does
                // not: the next line may be its label).
                let is_number = wall_number(t).is_some();
                if pending.is_some() || !is_number {
                    flush(src, &mut wall, out);
                }
                if is_number {
                    number = Some((ls, le));
                }
            }
        }
    }
    flush(src, &mut wall, out);
}

/// The amounts of the wall read so far, when it has enough figures; empties it.
fn flush(src: &str, wall: &mut Vec<Figure<'_>>, out: &mut Vec<TableAmount>) {
    if wall.len() >= MIN_FIGURES {
        let medical = wall.iter().any(|f| {
            ["手术", "会诊", "医务", "医护", "诊疗"]
                .iter()
                .any(|w| f.label.has(w))
        });
        for f in wall.iter() {
            let header = format!("{}（{}）", f.label, f.unit);
            let Some((pow10, unit)) = header_unit(&header) else {
                continue;
            };
            // A hospital's wall (累计派驻专家 in 人次): its experts are medical staff.
            let header = if medical { "医院专家" } else { f.label };
            let Some((kind, activity)) =
                super::contributions::kind_of_header(f.label, header, unit)
            else {
                continue;
            };
            let text = src.get(f.number.0..f.number.1).unwrap_or_default();
            if totals_board_figures(src, f.label, text) {
                continue;
            }
            let value = match f.value {
                Some(v) => Some(v),
                None => wall_number(text).and_then(|v| v.checked_mul_pow10(pow10)),
            };
            let Some(value) = value else {
                continue;
            };
            out.push(TableAmount {
                kind,
                activity,
                value,
                unit,
                cell: Span::new(f.number.0, f.number.1),
                row: Span::new(f.number.0, f.label_line.1),
                supporter: None,
                recipient: None,
                period: None,
                planned: false,
                listed_good: false,
                document_parties: true,
                replaces_text: f.value.is_some(),
            });
        }
    }
    wall.clear();
}

/// Whether a wall figure only totals figures the boards give item by item: a label listing
/// two items or more (定向培养博士、硕士) whose first counts in the text (博士27人、硕士94人) add
/// up to the figure (121), as a 合计 row does.
fn totals_board_figures(src: &str, label: &str, figure: &str) -> bool {
    let Ok(total) = figure.replace(',', "").parse::<u64>() else {
        return false;
    };
    let items: Vec<&str> = label.split(['、', '和']).collect();
    if items.len() < 2 {
        return false;
    }
    let mut sum = 0u64;
    for item in items {
        // The item's noun: its last two characters (博士 of 定向培养博士).
        let noun_at = item.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
        let noun = item.get(noun_at..).unwrap_or_default();
        if noun.chars().count() < 2 {
            return false;
        }
        // The first count written right after the noun (博士27人).
        let Some(count) = memchr::memmem::find_iter(src.as_bytes(), noun.as_bytes())
            .take(64)
            .find_map(|p| {
                let after = src.get(p + noun.len()..)?;
                let digits = after
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(after.len());
                after.get(..digits)?.parse::<u64>().ok()
            })
        else {
            return false;
        };
        sum = sum.saturating_add(count);
    }
    sum == total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(src: &str) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        read(src, Span::new(0, src.len()), &mut out);
        out.iter().map(|t| (t.value.to_string(), t.unit)).collect()
    }

    #[test]
    fn figures_of_a_wall() {
        let src = "数据墙\n312\n人次  选派援疆教师\n2,860\n万元  投入援助资金\n时间轴\n";
        assert_eq!(
            read_all(src),
            [("312".to_owned(), "人次"), ("28600000".to_owned(), "元")]
        );
    }

    #[test]
    fn a_brochure_box_writes_each_amount_with_its_unit_over_its_label() {
        let src = "【数读】\n38.5亿元\n累计投入援疆资金\n527人\n累计选派援疆干部\n2.6万人次\n累计培训专业技术人员\n";
        assert_eq!(
            read_all(src),
            [
                ("3850000000".to_owned(), "元"),
                ("527".to_owned(), "人"),
                ("26000".to_owned(), "人次")
            ]
        );
        // A bulleted line after an amount is an item of its own, not its label.
        let slide = "● 专题培训\n24期\n● 培训基层医护\n1900余人次\n■ 挂职副院长兼任办公室主任\n";
        assert!(read_all(slide).is_empty());
    }

    #[test]
    fn a_figure_that_totals_the_boards_items_is_none() {
        let board = "学校为该校定向培养博士27人、硕士94人。\n数据墙\n312\n人次  选派援疆教师\n";
        let src = format!("{board}121\n人  定向培养博士、硕士\n");
        assert_eq!(read_all(&src), [("312".to_owned(), "人次")]);
        // Items that do not add up to it leave the figure a figure of its own.
        let src = format!("{board}130\n人  定向培养博士、硕士\n");
        assert_eq!(read_all(&src).len(), 2);
    }

    #[test]
    fn a_hospitals_strip_reads_qualified_figures_and_its_experts() {
        let src =
            "数字看帮扶\n136\n人次　累计派驻专家\n4,200余\n台　指导开展手术\n680\n例　远程会诊\n";
        let mut out = Vec::new();
        read(src, Span::new(0, src.len()), &mut out);
        let got: Vec<(String, &str, Option<&str>)> = out
            .iter()
            .map(|t| (t.value.to_string(), t.unit, t.activity))
            .collect();
        assert_eq!(
            got,
            [
                ("136".to_owned(), "人次", Some("staff_dispatched")),
                ("4200".to_owned(), "台", Some("surgeries")),
                ("680".to_owned(), "例", Some("remote_consultations")),
            ]
        );
    }

    #[test]
    fn one_figure_is_no_wall() {
        assert!(read_all("结语\n2025\n年  续签新一轮协议\n").is_empty());
        assert!(read_all("312\n人次  选派援疆教师\n").is_empty());
    }
}
