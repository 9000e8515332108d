//! Pairs stated by the fields of a form (a 结对帮扶明白卡, a 登记表 exported as text): a line
//! "帮扶单位：X" and, within the next few lines, "受援单位：Y" state that X supports Y.
//!
//! The supporter's line may belong to an earlier sentence (a form's lines carry no sentence
//! ends): its name is read again from the source.

use super::clause::push_pairs;
use super::names::Mention;
use super::relations::{RawRelation, SentenceCtx};

/// Labels of the supporter's field.
const SUPPORTER_LABELS: [&str; 8] = [
    "帮扶单位",
    "派出单位",
    "选派单位",
    "支援单位",
    "援助单位",
    "支援方",
    "帮扶学校",
    "帮扶医院",
];

/// Labels of the recipient's field.
const RECIPIENT_LABELS: [&str; 6] = [
    "受援单位",
    "受援方",
    "受援学校",
    "受援医院",
    "被帮扶单位",
    "结对受援单位",
];

/// Lines looked back from a recipient's field for the supporter's.
const REACH: usize = 4;

/// The name of a field line `label：name` (a name only, up to the line's end), if `line`
/// starts with one of `labels`. A form exported from a Word table writes a tab between the
/// label and its cell instead of the colon (`派出单位⇥山东大学齐鲁医院`).
fn field<'a>(line: &'a str, labels: &[&str]) -> Option<&'a str> {
    let t = line.trim_start_matches([' ', '\u{3000}', '\t']);
    let rest = labels.iter().find_map(|l| t.strip_prefix(l))?;
    let rest = rest
        .strip_prefix(['：', ':'])
        .or_else(|| rest.starts_with('\t').then_some(rest))?;
    let name = rest.trim();
    (!name.is_empty() && name.chars().count() <= 30).then_some(name)
}

/// Pairs of the form fields in the sentence of `cx`, appended to `out`.
pub(crate) fn find(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    for m in cx.mentions.iter().filter(|m| !m.pronoun) {
        // The recipient's field: its line starts with a recipient label and holds this name.
        let line_start = src
            .get(..m.start)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |p| p + 1);
        let line_end = src
            .get(m.start..)
            .and_then(|r| r.find('\n'))
            .map_or(src.len(), |p| m.start + p);
        let Some(line) = src.get(line_start..line_end) else {
            continue;
        };
        let Some(name) = field(line, &RECIPIENT_LABELS) else {
            continue;
        };
        if !name.starts_with(m.surface.as_str()) {
            continue;
        }
        // The supporter's field among the lines before.
        let mut end = line_start;
        for _ in 0..REACH {
            let Some(before) = src.get(..end.saturating_sub(1)) else {
                break;
            };
            if end == 0 {
                break;
            }
            let s = before.rfind('\n').map_or(0, |p| p + 1);
            let Some(prev) = src.get(s..end.saturating_sub(1)) else {
                break;
            };
            if let Some(sname) = field(prev, &SUPPORTER_LABELS) {
                let at = s + prev.find(sname).unwrap_or(0);
                let supporters: Vec<Mention> =
                    super::headed_table::supporters_before(cx, at, at + sname.len())
                        .into_iter()
                        .filter(|x| !x.pronoun && x.surface == sname)
                        .collect();
                if !supporters.is_empty() {
                    push_pairs(cx, &[*m], &supporters, true, out);
                }
                break;
            }
            end = s;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn a_form_states_its_pair_in_two_fields() {
        let net = extract(
            "结对帮扶明白卡\n卡片编号：NB-01\n帮扶单位：宁波市海曙区第一医院\n受援单位：普格县人民医院\n帮扶责任人：王明（副院长）\n",
        );
        assert_eq!(net.pairs(), [("宁波市海曙区第一医院", "普格县人民医院")]);
    }

    #[test]
    fn each_card_of_a_form_states_its_own_pair() {
        let net = extract(
            "结对帮扶明白卡\n一、\n帮扶单位：宁波市海曙区第一医院\n受援单位：普格县人民医院\n帮扶单位（盖章）：\n二、\n帮扶单位：宁波市海曙区第二中学\n受援单位：普格县中学\n",
        );
        let mut pairs = net.pairs();
        pairs.sort_unstable();
        assert_eq!(
            pairs,
            [
                ("宁波市海曙区第一医院", "普格县人民医院"),
                ("宁波市海曙区第二中学", "普格县中学")
            ]
        );
    }

    #[test]
    fn a_lone_recipient_field_pairs_no_one() {
        let net = extract("登记表\n填报人：王明\n受援单位：普格县人民医院\n");
        assert!(net.pairs().is_empty(), "{:?}", net.pairs());
    }
}
