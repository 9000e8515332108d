//! Items a bulletin or a news page reposts from another institution's site ("（转自西藏民族大学
//! 新闻网　2025-06-12）"): inside such an item 我校 is the institution it came from, and the
//! text after it is the reposting document's own again.

use super::author::{SegmentSpan, is_item_start, text_lines};
use super::text::is_heading_line;

/// Words that open a repost note once its brackets are taken off.
const REPOST_MARKS: [&str; 4] = ["转自", "转载自", "转载于", "转引自"];

/// Words that end the institution's name in a repost note: its site or channel.
const CHANNELS: [&str; 10] = [
    "新闻网",
    "新闻中心",
    "官方网站",
    "官网",
    "网站",
    "微信公众号",
    "公众号",
    "官方微信",
    "校报",
    "院报",
];

/// The institution a line names as the source of a reposted item ("（转自西藏民族大学新闻网
/// 2025-06-12）", "转载自：甲大学官网"), or `None` when the line is no repost note.
pub(crate) fn repost_source(line: &str) -> Option<&str> {
    let t = line
        .trim()
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    let rest = REPOST_MARKS.iter().find_map(|m| t.strip_prefix(m))?;
    let rest = rest.trim_start_matches(['：', ':', ' ', '\u{3000}']);
    let end = CHANNELS.iter().filter_map(|c| rest.find(c)).min()?;
    let name = rest.get(..end)?.trim();
    let kind = crate::InstitutionKind::guess(name);
    (name.chars().count() >= 3
        && kind != crate::InstitutionKind::Other
        && !kind.is_place()
        && name.chars().all(super::names::is_cjk))
    .then_some(name)
}

/// Splits the segments at reposted items: the item (from its title, the heading line right
/// above the note, to the next item) becomes a segment whose author is the source, and the
/// rest of the segment after it one that resumes the segment's author. Linear in the input.
pub(crate) fn split_reposts(src: &str, segments: Vec<SegmentSpan>) -> Vec<SegmentSpan> {
    // Most texts repost nothing: one vectorised search for 转 (every mark opens with it)
    // before any line is looked at.
    let marked = memchr::memmem::find_iter(src.as_bytes(), "转".as_bytes()).any(|p| {
        src.get(p..)
            .is_some_and(|r| REPOST_MARKS.iter().any(|m| r.starts_with(m)))
    });
    if !marked {
        return segments;
    }
    let mut out: Vec<SegmentSpan> = Vec::with_capacity(segments.len() + 2);
    for seg in segments {
        let mut cur = seg.clone();
        // The start of the last line with text, and whether it was a heading.
        let mut prev: Option<(usize, bool)> = None;
        // The reposted item being read: its source.
        let mut inside = false;
        for (start, t) in text_lines(src, seg.start, seg.end) {
            if inside && is_item_start(t) {
                // The item ends; the segment's own text goes on.
                let resumes = out.len().checked_sub(1);
                cur.cut(start, &mut out, None, resumes);
                inside = false;
            } else if !inside && let Some(source) = repost_source(t) {
                let item_start = match prev {
                    Some((p, true)) => p,
                    _ => start,
                };
                if item_start > cur.start {
                    cur.cut(item_start, &mut out, Some(source.to_owned()), None);
                    inside = true;
                }
            }
            prev = Some((start, is_heading_line(t)));
        }
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repost_note_names_its_source() {
        assert_eq!(
            repost_source("（转自西藏民族大学新闻网　2025-06-12）"),
            Some("西藏民族大学")
        );
        assert_eq!(repost_source("转载自：甲大学官网"), Some("甲大学"));
        assert_eq!(repost_source("(转自喀什大学微信公众号)"), Some("喀什大学"));
        // No channel, a place, or prose: no note.
        assert_eq!(repost_source("转自甲大学"), None);
        assert_eq!(repost_source("（转自和田县新闻网）"), None);
        assert_eq!(repost_source("我校转自甲大学网站的通知"), None);
    }

    #[test]
    fn a_reposted_item_is_a_segment_of_its_own() {
        let src = "甲大学对口支援工作简报\n一、我校与乙大学续签协议\n甲大学对口支援乙大学。\n\
                   二、乙大学新闻网：我校实验室通过验收\n（转自乙大学新闻网　2025-06-12）\n\
                   甲大学对口支援我校以来投入资金420万元。\n【简讯】\n我校捐赠图书300册。\n";
        let whole = SegmentSpan {
            start: 0,
            end: src.len(),
            title: None,
            given_author: None,
            resumes: None,
        };
        let segs = split_reposts(src, vec![whole]);
        let texts: Vec<&str> = segs.iter().map(|s| &src[s.start..s.end]).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[1].starts_with("二、乙大学新闻网"), "{texts:?}");
        assert!(texts[2].starts_with("【简讯】"), "{texts:?}");
        assert_eq!(segs[1].given_author.as_deref(), Some("乙大学"));
        assert_eq!(segs[2].resumes, Some(0));
        assert_eq!(
            (segs[0].given_author.as_deref(), segs[0].resumes),
            (None, None)
        );
    }
}
