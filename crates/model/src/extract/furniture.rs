//! Web-page furniture that names institutions without stating anything about them: the
//! breadcrumb trail ("首页 > 新闻中心 > 援疆动态 > 正文") and the list of related articles after
//! the text ("相关新闻：" and its headlines, which link to other stories).
//!
//! The names in them leave the list of mentions before relations and contributions are read:
//! a headline of another story states its pair there, not in this text.

use super::names::Mention;

/// Words that open a list of links to other articles.
const RELATED: [&str; 11] = [
    "相关新闻",
    "相关阅读",
    "相关文章",
    "相关留言",
    "相关问题",
    "推荐阅读",
    "延伸阅读",
    "相关链接",
    "相关报道",
    "热点推荐",
    "猜你喜欢",
];

/// Words that open a breadcrumb trail.
const TRAIL_HEADS: [&str; 4] = ["首页", "当前位置", "您的位置", "您现在的位置"];

/// Characters that separate the steps of a breadcrumb trail.
const TRAIL_MARKS: [char; 5] = ['>', '＞', '»', '›', '→'];

/// The lines among the first ones of a page where a breadcrumb trail may stand.
const TRAIL_LINES: usize = 8;

/// Byte ranges of the furniture of `src`, in order: one pass over the line starts.
fn ranges(src: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut in_related = false;
    let mut start = 0usize;
    let mut n = 0usize;
    while start < src.len() {
        let end = memchr::memchr(b'\n', src.as_bytes().get(start..).unwrap_or_default())
            .map_or(src.len(), |p| start + p + 1);
        let raw = src.get(start..end).unwrap_or_default();
        let line = raw.trim().trim_start_matches('\u{3000}');
        if in_related && (line.is_empty() || linkish(line)) {
            out.push((start, end));
        } else {
            in_related = false;
            if n < TRAIL_LINES && is_trail(line) {
                out.push((start, end));
            } else if line.starts_with(['相', '推', '延', '热', '猜'])
                && let Some(rest) = RELATED.iter().find_map(|w| line.strip_prefix(w))
            {
                let links = rest.trim_start_matches([' ', '\u{3000}']);
                // The header alone (the links follow, one a line), or with its links on its
                // line ("相关留言：A｜B").
                let alone = links
                    .trim_start_matches(['：', ':', ' ', '\u{3000}'])
                    .is_empty();
                if alone || links.starts_with(['：', ':']) {
                    out.push((start, end));
                    in_related = alone;
                }
            }
        }
        start = end;
        n += 1;
    }
    out
}

/// Whether a line is a breadcrumb trail: opened by 首页 or 当前位置, or by a site's name
/// (X人民政府门户网站 > 信息公开 > …), with two or more steps.
fn is_trail(line: &str) -> bool {
    let line = line.trim_start_matches(['【', '[']);
    let site = line
        .split(|c: char| TRAIL_MARKS.contains(&c))
        .next()
        .is_some_and(|first| {
            let first = first.trim();
            first.ends_with("网站") || first.ends_with("网") || first.ends_with("门户")
        });
    (site || TRAIL_HEADS.iter().any(|h| line.starts_with(h)))
        && line.chars().filter(|c| TRAIL_MARKS.contains(c)).count() >= 2
        && line.chars().count() <= 60
}

/// Whether a line looks like one item of a list of links: a bullet, or a short line that is
/// no sentence of the text.
fn linkish(line: &str) -> bool {
    line.starts_with(['·', '•', '●', '▪', '-', '—', '>', '*'])
        || (line.chars().count() <= 40 && !line.contains(['。', '！', '？']))
}

/// The mentions outside the page's furniture.
pub(crate) fn drop_furniture(src: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    let spans = ranges(src);
    if spans.is_empty() {
        return mentions;
    }
    let mut k = 0usize;
    mentions
        .into_iter()
        .filter(|m| {
            // Both lists are in document order: one forward walk.
            while spans.get(k).is_some_and(|&(_, e)| e <= m.start) {
                k += 1;
            }
            !spans
                .get(k)
                .is_some_and(|&(s, e)| s <= m.start && m.end <= e)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(src: &str) -> Vec<String> {
        super::super::names::names_after(src, drop_furniture)
    }

    #[test]
    fn a_breadcrumb_names_no_one() {
        let kept = names("首页 > 新闻中心 > 援疆动态 > 正文\n上海市对口支援喀什地区。\n");
        assert_eq!(kept, ["上海市", "喀什地区"]);
    }

    #[test]
    fn related_headlines_name_no_one_and_text_after_them_does() {
        let src = "上海市对口支援喀什地区。\n相关新闻：\n· 北京市朝阳区援建洛浦县幼儿园投入使用\n· 于田县与北京市丰台区签订劳务协作协议\n\n编者按：本届论坛由上海市教育委员会主办，来自各地的代表参加了会议并作了交流发言。\n";
        let kept = names(src);
        assert_eq!(kept, ["上海市", "喀什地区", "上海市教育委员会"]);
    }

    #[test]
    fn a_site_named_trail_names_no_one() {
        let kept =
            names("嘉兴市秀洲区人民政府门户网站 > 信息公开 > 部门决算\n上海市对口支援喀什地区。\n");
        assert_eq!(kept, ["上海市", "喀什地区"]);
    }

    #[test]
    fn related_links_on_the_header_line_name_no_one() {
        let src = "上海市对口支援喀什地区。\n相关留言：莎车县教育资金使用咨询｜上海援建泽普县卫生院进展\n";
        assert_eq!(names(src), ["上海市", "喀什地区"]);
    }

    #[test]
    fn a_sentence_about_related_news_is_no_list() {
        let kept = names("相关新闻报道称，上海市对口支援喀什地区。\n");
        assert_eq!(kept, ["上海市", "喀什地区"]);
    }
}
