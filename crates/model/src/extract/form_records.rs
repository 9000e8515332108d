//! Records of personal forms (an application, a 登记表) bound into one document: a field
//! "所在单位：X" names the unit of the person who fills the record in, and in that record's
//! own words (个人陈述：我校与…结成帮扶对子) 我校 is X, not the author of the document the forms
//! are attached to. The record runs to a separator line, the next attachment, the next such
//! field or the segment's end; the text after it resumes the segment's author.

use super::author::{SegmentSpan, text_lines};

/// Labels of the field naming the filer's own unit.
const OWN_UNIT_LABELS: [&str; 3] = ["所在单位", "工作单位", "现工作单位"];

/// The unit a line's own-unit field names (所在单位：X, 所在单位⇥X, 【所在单位】X), when the
/// label opens the line or a cell of it and the value is an institution's name (not a place).
pub(crate) fn own_unit_field(line: &str) -> Option<&str> {
    let t = line.trim_start_matches([' ', '\u{3000}', '\t']);
    let (at, label) = OWN_UNIT_LABELS
        .iter()
        .filter_map(|l| t.find(l).map(|p| (p, *l)))
        .min_by_key(|&(p, l)| (p, usize::MAX - l.len()))?;
    let before = t.get(..at)?;
    let opens_cell = before.is_empty() || before.ends_with(['\t', '【', '\u{3000}']);
    if !opens_cell {
        return None;
    }
    let rest = t.get(at + label.len()..)?;
    let rest = if before.ends_with('【') {
        rest.strip_prefix('】')?
    } else {
        rest.strip_prefix(['：', ':', '\t'])?
    };
    let rest = rest.trim_start_matches([' ', '\u{3000}', '\t']);
    let end = rest
        .find(['\t', '\u{3000}', ' ', '【', '（', '('])
        .unwrap_or(rest.len());
    let name = rest.get(..end)?;
    let kind = crate::InstitutionKind::guess(name);
    ((4..=30).contains(&name.chars().count())
        && name.chars().all(super::names::is_cjk)
        && kind != crate::InstitutionKind::Other
        && !kind.is_place())
    .then_some(name)
}

/// Whether a trimmed line closes a record: a rule (————, ----, ====) or an attachment's
/// heading (附件2, 附件二).
fn closes_record(t: &str) -> bool {
    let rule = t.chars().count() >= 3 && t.chars().all(|c| "—－-_=＝*·…━─".contains(c));
    let attachment = t.strip_prefix("附件").is_some_and(|r| {
        r.chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    });
    rule || attachment
}

/// Splits the segments at records of personal forms: from a line with an own-unit field
/// (see [`own_unit_field`]) to the record's end, a segment whose author is that unit; the text
/// after it resumes the author of the segment it was cut from. Linear in the input.
pub(crate) fn split_records(src: &str, segments: Vec<SegmentSpan>) -> Vec<SegmentSpan> {
    // Every label ends with 工作单位 or 所在单位: one search for 单位 followed by a look back.
    let marked = memchr::memmem::find_iter(src.as_bytes(), "单位".as_bytes()).any(|p| {
        src.get(..p)
            .is_some_and(|b| b.ends_with("所在") || b.ends_with("工作"))
    });
    if !marked {
        return segments;
    }
    let mut out: Vec<SegmentSpan> = Vec::with_capacity(segments.len() + 4);
    // Where each segment given went: its first piece's index (a later segment resuming it
    // resumes that piece, whose author is the segment's).
    let mut moved: Vec<usize> = Vec::with_capacity(segments.len());
    for seg in segments {
        let first = out.len();
        moved.push(first);
        let mut cur = SegmentSpan {
            resumes: seg.resumes.and_then(|k| moved.get(k).copied()),
            ..seg.clone()
        };
        let mut inside = false;
        for (start, t) in text_lines(src, seg.start, seg.end) {
            let unit = own_unit_field(t);
            let closes = inside && (closes_record(t) || unit.is_some());
            if (closes || unit.is_some()) && start > cur.start {
                cur.cut(start, &mut out, None, Some(first));
                inside = false;
            }
            if let Some(u) = unit {
                cur.given_author = Some(u.to_owned());
                cur.resumes = None;
                inside = true;
            }
        }
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_own_unit_field_names_an_institution() {
        assert_eq!(
            own_unit_field("所在单位\t青岛市市北区实验小学"),
            Some("青岛市市北区实验小学")
        );
        assert_eq!(
            own_unit_field("【所在单位】青岛市第六十六中学　【学科】高中物理"),
            Some("青岛市第六十六中学")
        );
        assert_eq!(
            own_unit_field("姓名：李明　工作单位：甲县人民医院"),
            Some("甲县人民医院")
        );
        // A place, prose, or a label inside a sentence: no field.
        assert_eq!(own_unit_field("所在单位：紫云县"), None);
        assert_eq!(own_unit_field("请填写所在单位：甲县人民医院"), None);
        assert_eq!(own_unit_field("所在单位的领导很支持"), None);
    }

    #[test]
    fn a_record_is_a_segment_of_its_own() {
        let src = "甲区教育局文件\n我局对口支援乙县。\n附件1\n所在单位\t甲区实验小学\n个人陈述\t我校与乙县第二小学结成对子。\n————\n附件2\n【所在单位】甲区第一中学\n【个人陈述】我校负责帮扶。\n";
        let segs = split_records(
            src,
            vec![SegmentSpan {
                start: 0,
                end: src.len(),
                title: None,
                given_author: None,
                resumes: None,
            }],
        );
        let authors: Vec<_> = segs
            .iter()
            .map(|s| (s.given_author.as_deref(), s.resumes))
            .collect();
        assert_eq!(
            authors,
            vec![
                (None, None),
                (Some("甲区实验小学"), None),
                (None, Some(0)),
                (Some("甲区第一中学"), None),
            ]
        );
        assert!(
            src.get(segs[1].start..segs[1].end)
                .is_some_and(|s| s.contains("我校与乙县") && !s.contains("附件2"))
        );
    }
}
