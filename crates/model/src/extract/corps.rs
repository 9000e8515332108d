//! The divisions of the Xinjiang Production and Construction Corps (新疆生产建设兵团第四师,
//! 兵团第七师), recipients of 援疆 with no suffix the name recogniser knows: a division is named
//! by its ordinal and 师. A bare 第七师 is one only in a list right after another division
//! (兵团第四师、第七师); 第一师范学院 is a college.

use super::names::{LIST_JOINERS, Mention};
use crate::InstitutionKind;
use crate::extract::has::Has;

/// The corps' full name, which every division's canonical name starts with.
const CORPS: &str = "新疆生产建设兵团";

/// Adds the divisions named in `text` (which starts at byte `offset` of the document) to the
/// mentions `out` of the same text, replacing any mention they overlap; in order.
pub(crate) fn add_divisions(text: &str, offset: usize, out: &mut Vec<Mention>) {
    if !text.has("师") || !text.contains('第') {
        return;
    }
    let mut found: Vec<Mention> = Vec::new();
    for (p, _) in text.match_indices('第') {
        let Some((end, ordinal)) = division_at(text, p) else {
            continue;
        };
        let before = text.get(..p).unwrap_or_default();
        let (start, written_corps) = if before.ends_with(CORPS) {
            (p - CORPS.len(), true)
        } else if before.ends_with("兵团") {
            (p - "兵团".len(), true)
        } else {
            (p, false)
        };
        // A bare 第七师 continues a list of divisions.
        let listed = found.last().is_some_and(|prev| {
            text.get(prev.end - offset..p)
                .is_some_and(|gap| LIST_JOINERS.contains(&gap))
        });
        if !written_corps && !listed {
            continue;
        }
        found.push(Mention {
            start: offset + start,
            end: offset + end,
            name: format!("{CORPS}第{ordinal}师"),
            surface: text.get(start..end).unwrap_or_default().to_owned(),
            kind: InstitutionKind::Prefecture,
            pronoun: false,
            parent: None,
        });
    }
    if found.is_empty() {
        return;
    }
    // An institution of the division (兵团第一师人民检察院, 第四师阿拉尔市医院) keeps its own
    // name, written with the corps: the recogniser's mention runs past the division's 师 (a
    // division's own city is no unit of it).
    for d in &mut found {
        let unit = out
            .iter()
            .find(|m| m.start < d.end && d.start < m.end && m.end > d.end && !m.kind.is_place());
        if let Some(m) = unit {
            let tail = text.get(d.end - offset..m.end - offset).unwrap_or_default();
            d.name.push_str(tail);
            d.surface = text
                .get(d.start - offset..m.end - offset)
                .unwrap_or_default()
                .to_owned();
            d.end = m.end;
            d.kind = m.kind;
        }
    }
    out.retain(|m| !found.iter().any(|d| m.start < d.end && d.start < m.end));
    out.extend(found);
    out.sort_by_key(|m| m.start);
}

/// The end of a division's ordinal and 师 at byte `p` (on 第), with the ordinal as written in
/// Chinese numerals or digits: 第四师, 第十四师, 第13师; not 第一师范.
fn division_at(text: &str, p: usize) -> Option<(usize, &str)> {
    let after = text.get(p + '第'.len_utf8()..)?;
    let len: usize = after
        .chars()
        .take(3)
        .take_while(|c| "一二三四五六七八九十".contains(*c) || c.is_ascii_digit())
        .map(char::len_utf8)
        .sum();
    let ordinal = after.get(..len).filter(|o| !o.is_empty())?;
    let rest = after.get(len..)?;
    let tail = rest.strip_prefix('师')?;
    if tail.starts_with(['范', '生', '傅', '资', '德']) {
        return None;
    }
    Some((p + '第'.len_utf8() + len + '师'.len_utf8(), ordinal))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        add_divisions(text, 0, &mut out);
        out.into_iter().map(|m| m.name).collect()
    }

    #[test]
    fn divisions_are_named_with_the_corps() {
        assert_eq!(
            names("对口支援新疆生产建设兵团第四师、第七师和伊犁州"),
            ["新疆生产建设兵团第四师", "新疆生产建设兵团第七师"]
        );
        assert_eq!(names("兵团第十四师昆玉市"), ["新疆生产建设兵团第十四师"]);
        assert_eq!(names("第一师范学院"), Vec::<String>::new());
        assert_eq!(names("第七师"), Vec::<String>::new());
        assert_eq!(names("兵团第一师范"), Vec::<String>::new());
    }

    #[test]
    fn a_units_name_past_the_division_is_kept() {
        let text = "支援兵团第一师人民检察院和兵团第四师昆玉市";
        let unit = |name: &str, kind| {
            let start = text.find(name).unwrap_or_default();
            Mention {
                start,
                end: start + name.len(),
                name: name.to_owned(),
                surface: name.to_owned(),
                kind,
                pronoun: false,
                parent: None,
            }
        };
        let mut out = vec![
            unit("第一师人民检察院", InstitutionKind::Other),
            unit("第四师昆玉市", InstitutionKind::City),
        ];
        add_divisions(text, 0, &mut out);
        let got: Vec<(&str, &str)> = out
            .iter()
            .map(|m| (m.name.as_str(), m.surface.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("新疆生产建设兵团第一师人民检察院", "兵团第一师人民检察院"),
                ("新疆生产建设兵团第四师", "兵团第四师"),
            ]
        );
    }
}
