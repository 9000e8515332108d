//! Segments (essays of a compilation, embedded reports) and who 我院/我校/我局 is in each.

use crate::extract::has::Has;
use std::collections::BTreeSet;

use super::fast_hash::FastMap;

use super::names::Mention;
use super::relations::RawRelation;
use super::text::is_heading_line;

/// A segment as byte range plus lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SegmentSpan {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) title: Option<String>,
    /// The author the text names for the segment (the source of a reposted item).
    pub(crate) given_author: Option<String>,
    /// The segment whose author this one's is (the text after a reposted item).
    pub(crate) resumes: Option<usize>,
}

impl SegmentSpan {
    /// Ends this piece at byte `at` and pushes it to `out`; the piece goes on from `at` to the
    /// segment's end with the author `given_author` or the one of the piece `resumes`.
    pub(crate) fn cut(
        &mut self,
        at: usize,
        out: &mut Vec<SegmentSpan>,
        given_author: Option<String>,
        resumes: Option<usize>,
    ) {
        let rest = SegmentSpan {
            start: at,
            end: self.end,
            title: None,
            given_author,
            resumes,
        };
        let mut done = core::mem::replace(self, rest);
        done.end = at;
        out.push(done);
    }
}

/// The lines with text of `src[start..end]`: where each starts, and its text trimmed.
pub(crate) fn text_lines(
    src: &str,
    start: usize,
    end: usize,
) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = start;
    src.get(start..end)
        .unwrap_or_default()
        .split_inclusive('\n')
        .filter_map(move |raw| {
            let at = pos;
            pos += raw.len();
            let t = raw.trim();
            (!t.is_empty()).then_some((at, t))
        })
}

/// Whether a trimmed line opens an item of the document: a top heading (二、), a block label
/// (【简讯】, ★…) or an essay's title.
pub(crate) fn is_item_start(t: &str) -> bool {
    top_ordinal(t).is_some() || t.starts_with(['【', '★', '☆', '■', '◆']) || is_essay_title(t)
}

/// Whether a line opens an essay of a compilation: "…篇一", "【篇2】", "第三篇 …", "范文一：…".
fn is_essay_title(line: &str) -> bool {
    let t = line.trim();
    if t.chars().count() > 60 {
        return false;
    }
    let numeral = |c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit();
    // "…篇一", "【篇一】", "篇1：", "篇一:": the marker at the end, brackets and colons aside.
    let bare = t.trim_end_matches(['】', ']', '：', ':', ' ', '\u{3000}']);
    if let Some(p) = bare.rfind('篇') {
        let tail = bare.get(p + '篇'.len_utf8()..).unwrap_or_default();
        if !tail.is_empty() && tail.chars().all(numeral) {
            return true;
        }
    }
    // "第三篇 …", "【第2篇】…", "范文一：…" at the start.
    let head = t.trim_start_matches(['【', '[']);
    let ordinal_then = |rest: &str, mark: &str| {
        let digits: String = rest.chars().take_while(|c| numeral(*c)).collect();
        !digits.is_empty()
            && rest
                .get(digits.len()..)
                .is_some_and(|r| r.starts_with(mark))
    };
    let sep = |r: &str| r.is_empty() || r.starts_with([' ', '\u{3000}', '：', ':', '】', ']']);
    head.strip_prefix('第').is_some_and(|r| {
        ordinal_then(r, "篇")
            && r.find('篇')
                .and_then(|p| r.get(p + '篇'.len_utf8()..))
                .is_some_and(sep)
    }) || ["范文", "案例"].iter().any(|w| {
        // "范文一：…", "【案例一】X：…" (each case of a compilation has its own author).
        head.strip_prefix(w)
            .is_some_and(|r| ordinal_then(r, "：") || ordinal_then(r, ":") || ordinal_then(r, "】"))
    })
}

/// Whether the first numbered heading among the next twenty lines of `rest` goes on with a
/// sequence (二、, （三）, (2)) instead of opening one (一、, （一）): the text before `rest`
/// is the same document's.
fn outline_goes_on(rest: &str) -> bool {
    rest.lines()
        .take(20)
        .find_map(|l| match duikou_tokenizer::classify_line(l) {
            duikou_tokenizer::LineClass::Heading(c) => Some(c.ordinal > 1),
            _ => None,
        })
        .unwrap_or(false)
}

fn top_ordinal(line: &str) -> Option<usize> {
    let t = line.trim_start();
    const NUMS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    NUMS.iter()
        .position(|n| t.starts_with(n) && t.get(n.len()..).is_some_and(|r| r.starts_with('、')))
        .map(|p| p + 1)
}

/// Whether a line is a chapter or section heading of the document (第十八章　对口支援,
/// 第三节 …, 第二部分 …), whose 一、 二、 items restart inside it.
fn chapter_heading(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('第') else {
        return false;
    };
    let digits = rest
        .chars()
        .take_while(|c| "一二三四五六七八九十百零〇0123456789".contains(*c))
        .count();
    let after: String = rest.chars().skip(digits).take(2).collect();
    (1..=4).contains(&digits)
        && (after.starts_with(['章', '节', '編', '编']) || after == "部分")
        && line.chars().count() <= 40
}

/// Whether a line is a table-of-contents entry: a title, a leader (……, ..., ···, spaces) and a
/// page number at the end.
fn is_toc_entry(line: &str) -> bool {
    let body = line.trim_end_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    body.len() < line.len()
        && body.ends_with(['…', '⋯', '.', '．', '·', '・', '-', '—', ' ', '　', '\t'])
}

/// Whether a navigation line (`2021年受援工作总结（2） | 返回目录`) names the next page of the
/// essay titled `title` (第一篇 喀什大学2021年受援工作总结): its title without the page number
/// is part of the essay's title without its 篇 marker.
fn continues(title: Option<&str>, nav: &str) -> bool {
    // Only an essay's title: a page line of its own (…（2） | 返回目录) is no essay title.
    let Some(title) = title.filter(|t| is_essay_title(t)) else {
        return false;
    };
    let stem = nav.split(['|', '｜']).next().unwrap_or_default().trim();
    let stem = match stem.rfind(['（', '(']) {
        Some(p) if stem.ends_with(['）', ')']) => stem.get(..p).unwrap_or_default(),
        _ => stem,
    };
    let essay = title.trim();
    // 第一篇 X / X篇一: the essay's own title.
    let essay = match essay.strip_prefix('第').and_then(|r| r.split_once('篇')) {
        Some((n, rest)) if n.chars().count() <= 3 => rest.trim(),
        _ => essay,
    };
    let essay = match essay.rfind('篇') {
        Some(p) if essay.get(p..).is_some_and(|t| t.chars().count() <= 4) => {
            essay.get(..p).unwrap_or_default()
        }
        _ => essay,
    };
    let (stem, essay) = (stem.trim(), essay.trim());
    // 2019对口支援工作总结（2） under 对口支援工作总结篇一 is another report: the page's title
    // must be inside the essay's, not around it.
    stem.chars().count() >= 6 && essay.has(stem)
}

/// Splits the document: essay titles (…篇一), "返回目录" lines, and restarts of the top-level
/// numbering (一、 after 二、…) begin a new segment. Linear in the input.
pub(crate) fn segments(src: &str) -> Vec<SegmentSpan> {
    let mut out: Vec<SegmentSpan> = Vec::new();
    let mut cur = SegmentSpan {
        start: 0,
        end: src.len(),
        title: None,
        given_author: None,
        resumes: None,
    };
    let mut seen_later = false;
    let mut prev_para: Option<usize> = None; // start of the previous non-empty, non-heading line
    let mut prev_was_para = false;
    // Inside a table of contents: its first 一、 entry once read.
    let mut toc: Option<Option<String>> = None;
    // The last 一、 line, and whether a line other than a top heading came after it.
    let mut list_head: Option<(String, bool)> = None;
    let mut pos = 0usize;
    for raw in src.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let t = line.trim();
        let start = pos;
        pos += raw.len();
        if t.is_empty() {
            continue;
        }
        // "2021年受援工作总结（2） | 返回目录" under "第一篇 喀什大学2021年受援工作总结": the
        // next page of the same essay, whose numbering starts again.
        let navigation = t.has("返回目录");
        if navigation && continues(cur.title.as_deref(), t) {
            seen_later = false;
            continue;
        }
        // A table of contents without page numbers (目录 / 一、帮扶概况 / 二、…, a bulletin's
        // 本期要目): its entries announce the body, whose first heading repeats the first entry.
        if matches!(
            t,
            "目录" | "目 录" | "目　录" | "本文目录" | "本期要目" | "本期目录" | "本期导读"
        ) {
            toc = Some(None);
            continue;
        }
        // A case box set inside a report's outline (【案例3】… between （二） and （三）) is the
        // report's own: the outline goes on after it.
        let essay = is_essay_title(t)
            && !(t.trim_start_matches(['【', '[']).starts_with("案例")
                && outline_goes_on(src.get(pos..).unwrap_or_default()));
        let top = top_ordinal(t);
        if toc.is_some() && (t.contains('。') || essay || navigation) {
            toc = None;
        }
        if let Some(first) = &mut toc {
            match (top, &first) {
                (Some(1), None) => {
                    *first = Some(t.to_owned());
                    continue;
                }
                (Some(1), Some(f)) if f.as_str() == t => {
                    // The body begins: the same document.
                    toc = None;
                    seen_later = false;
                    continue;
                }
                (Some(1), Some(_)) => toc = None,
                // The entries after the first announce, they do not number the body.
                (Some(_), _) => continue,
                (None, _) => {}
            }
        }
        let boundary = if essay || navigation {
            Some((start, Some(t.to_owned())))
        } else if is_quoted_message_start(t) {
            // An earlier message of an e-mail thread, quoted below the reply: its writer's
            // 我校 is another institution's.
            Some((start, None))
        } else if top == Some(1)
            && seen_later
            && !list_head
                .as_ref()
                .is_some_and(|(h, prose)| !prose && h == t)
        {
            let b = if prev_was_para {
                prev_para.unwrap_or(start)
            } else {
                start
            };
            Some((b.max(cur.start), None))
        } else {
            None
        };
        if let Some((b, title)) = boundary.clone()
            && b > cur.start
        {
            let mut done = cur.clone();
            done.end = b;
            out.push(done);
            cur = SegmentSpan {
                start: b,
                end: src.len(),
                title,
                given_author: None,
                resumes: None,
            };
            seen_later = false;
        } else if let Some((_, Some(title))) = boundary {
            cur.title.get_or_insert(title);
        }
        // A list of headings with no text between them that the body repeats (一、X / 二、Y /
        // … / 一、X …) was a table of contents with no title: the same document.
        if top == Some(1) {
            if list_head.as_ref().is_none_or(|(h, _)| h != t) {
                list_head = Some((t.to_owned(), false));
            }
        } else if top.is_none()
            && let Some((_, prose)) = &mut list_head
        {
            *prose = true;
        }
        // A table-of-contents entry (二、主要做法……2) announces the body: the body's 一、
        // that follows is the same document, not a restart.
        if top.is_some_and(|n| n >= 2) && !is_toc_entry(t) {
            seen_later = true;
        }
        // A chapter or section above (第三节　教育卫生帮扶) numbers its own 一、 二、 again.
        if chapter_heading(t) {
            seen_later = false;
        }
        prev_was_para = !is_heading_line(t);
        if prev_was_para {
            prev_para = Some(start);
        }
    }
    out.push(cur);
    out
}

/// Whether a line opens an earlier message quoted in an e-mail: "-----原始邮件-----",
/// "----- Original Message -----", "> 在 2025-02-20 10:03，X 写道：".
fn is_quoted_message_start(t: &str) -> bool {
    let bare = t.trim_matches(|c: char| c == '-' || c == ' ');
    (t.starts_with("---") && matches!(bare, "原始邮件" | "Original Message" | "转发邮件"))
        || (t.trim_start_matches(['>', ' ']).starts_with('在')
            && (t.ends_with("写道：") || t.ends_with("写道:")))
}

/// Which side the author is on in a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Recipient,
    Supporter,
    Unknown,
}

/// Whether the text sends people (派出, 支教): with no self-pronoun, anywhere; with one, only
/// where the pronoun does it (我区派出…, 我院今年选派…), as others' people sent to it (本月该院
/// 派出的专家到县人民医院坐诊, 选派3名骨干教师到天祝一中支教) say nothing of its side.
fn sends(text: &str, pronoun: Option<&str>) -> bool {
    let Some(p) = pronoun else {
        return text.has("派出") || text.has("支教");
    };
    text.match_indices(p).take(64).any(|(at, _)| {
        let after = super::text::first_chars(text.get(at + p.len()..).unwrap_or_default(), 8);
        ["派出", "选派"].iter().any(|v| {
            after.find_str(v).is_some_and(|k| {
                !after
                    .get(..k)
                    .is_some_and(|g| g.contains(['，', '。', '；']))
            })
        })
    })
}

/// The role of the self-pronoun in a segment, from the relations found.
pub(crate) fn role(rels: &[RawRelation], text: &str, pronoun: Option<&str>) -> Role {
    let rec = rels
        .iter()
        .filter(|r| !r.undirected && r.recipient.pronoun)
        .count();
    let sup = rels
        .iter()
        .filter(|r| !r.undirected && r.supporters.iter().any(|p| p.pronoun))
        .count();
    // A company writing about others' help (a third-party evaluator's 我公司) is in no pair
    // unless its own sentences say so: the words of the text do not make it a party.
    let company = pronoun.is_some_and(|p| p.ends_with("公司"));
    if rec > sup {
        Role::Recipient
    } else if sup > rec {
        Role::Supporter
    } else if company {
        Role::Unknown
    } else if text.matches("受援").count() > text.matches("支教").count() {
        Role::Recipient
    } else if sends(text, pronoun) {
        Role::Supporter
    } else {
        Role::Unknown
    }
}

/// The side of an author whose own sentences pair no pronoun, from its place: a bureau of a
/// city the segment states as supporting (哈尔滨市文化广电和旅游局 under 哈尔滨市 → 布尔津县)
/// supports, one of a place it states as helped receives; an author of a supporting region
/// (data/regions.tsv) whose place takes no side supports when the words of its text
/// (`counted`, see [`role`]) would make it a recipient; `None` when the pronoun's pairs decide
/// or the place takes both sides, or none outside a supporting region.
pub(crate) fn role_of_place(
    rels: &[RawRelation],
    author: Option<&str>,
    counted: Role,
) -> Option<Role> {
    let author = author?;
    if rels
        .iter()
        .any(|r| !r.undirected && (r.recipient.pronoun || r.supporters.iter().any(|p| p.pronoun)))
    {
        return None;
    }
    fn place_of(name: &str) -> Option<&str> {
        name.char_indices()
            .take(8)
            .filter(|(_, c)| matches!(c, '市' | '县' | '区' | '州' | '省'))
            .map(|(i, c)| i + c.len_utf8())
            .last()
            .and_then(|e| name.get(..e))
    }
    // An author of a supporting region (江苏省科学技术厅) whose text states no side of its own
    // is no recipient for its many 受援 words (`counted`): they name the partners' side
    // (与伊犁州受援单位联合实施). A company writing about others' help stays on no side.
    let company = author.ends_with("公司");
    let east = counted == Role::Recipient
        && !company
        && super::clause::region_side(author) == Some(super::clause::Side::Supporter);
    // The author's place: the one its name starts with (哈尔滨市文化广电和旅游局), else a
    // province or city of a pair written without its level (黑龙江广播电视台 under 黑龙江省).
    let own = place_of(author).filter(|p| p.chars().count() >= 3 && *p != author);
    let is_own = |name: &str| match own {
        Some(o) => name == o,
        // Not a company's: an evaluator of 广州 writes about others' help.
        None if company => false,
        None => {
            name.strip_suffix(['省', '市'])
                .is_some_and(|bare| bare.chars().count() >= 2 && author.starts_with(bare))
                && name != author
        }
    };
    let directed = rels.iter().filter(|r| !r.undirected);
    let supports = directed
        .clone()
        .any(|r| r.supporters.iter().any(|p| !p.pronoun && is_own(&p.name)));
    let receives = directed
        .clone()
        .any(|r| !r.recipient.pronoun && is_own(&r.recipient.name));
    match (supports, receives) {
        (true, false) => Some(Role::Supporter),
        (false, true) => Some(Role::Recipient),
        (false, false) if east => Some(Role::Supporter),
        _ => None,
    }
}

fn pronoun_fits(pronoun: &str, m: &Mention) -> bool {
    pronoun_kind_fits(pronoun, m.kind)
        || (["我校", "本校"].iter().any(|p| pronoun.starts_with(p))
            && organ_institution(&m.name).is_some())
        // A bureau or department of no kind of its own (昌都市气象局, 陕西省水利厅) writes
        // 我局 / 我厅 as an education bureau does.
        // An association (中山市红十字会, 济南市总工会) writes 我会.
        || (["我会", "本会"].iter().any(|p| pronoun.starts_with(p))
            && m.name.ends_with('会')
            && !m.name.ends_with("委员会"))
        || (matches!(
            m.kind,
            crate::InstitutionKind::Other | crate::InstitutionKind::Ministry
        ) && ((pronoun.starts_with("我局") && m.name.ends_with('局'))
                || (pronoun.starts_with("我厅") && m.name.ends_with('厅'))))
}

/// The university of one of its committees (共青团华中师范大学委员会, 中共X大学委员会,
/// X大学团委), which writes 我校 for the university.
pub(crate) fn organ_institution(name: &str) -> Option<&str> {
    let inner = ["共青团", "中国共产党", "中共"]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .and_then(|r| r.strip_suffix("委员会"))
        .or_else(|| ["团委", "党委"].iter().find_map(|s| name.strip_suffix(s)))?;
    (inner.ends_with("大学") || inner.ends_with("学院")).then_some(inner)
}

pub(crate) fn pronoun_kind_fits(pronoun: &str, kind: crate::InstitutionKind) -> bool {
    use crate::InstitutionKind as K;
    // A unit of the author (我校化学学院) speaks for it as 我校 does.
    let pronoun = super::names::PRONOUNS
        .iter()
        .find(|p| pronoun.starts_with(**p))
        .map_or(pronoun, |p| *p);
    match pronoun {
        "我院" | "本院" => matches!(kind, K::College | K::Hospital | K::Department),
        "我科" => kind == K::Department,
        // Libraries, museums, cultural centres and broadcasters have no kind of their own.
        "我馆" | "本馆" | "我站" | "本站" | "我台" | "本台" | "我关" | "本关" => {
            kind == K::Other
        }
        "我校" | "本校" => matches!(kind, K::University | K::College | K::School),
        "我局" | "我厅" => kind == K::EducationBureau,
        "我集团" | "本集团" | "我公司" | "本公司" => kind == K::Enterprise,
        "我市" => kind == K::City,
        "我县" | "我旗" => kind == K::County,
        "我州" => kind == K::Prefecture,
        "我省" => kind == K::Province,
        _ => false,
    }
}

/// Resolves the author of a segment, or `None` — never guessed.
///
/// 1. a named self-reference: 我院（X）, X（以下简称我院）, a speaker's 我代表X;
/// 2. the title line: a short first line naming exactly one institution and ending in 总结/报告
///    (a speech's title, …上的讲话, only when it names both sides);
/// 3. "S对口支援我院" together with "S对口支援X" for one named X of the pronoun's kind.
pub(crate) fn resolve(
    src: &str,
    seg: &SegmentSpan,
    mentions: &[Mention],
    rels: &[RawRelation],
    role: Role,
) -> Option<String> {
    let ms: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.start >= seg.start && m.end <= seg.end)
        .collect();
    // 1. Named self-reference.
    for (k, w) in ms.windows(2).enumerate() {
        let [a, b] = w else { continue };
        let gap = src.get(a.end..b.start).unwrap_or_default();
        // X（Y，以下简称“我院”）: Y is another name of X, which is the author.
        let a = match k.checked_sub(1).and_then(|j| ms.get(j)) {
            Some(outer)
                if !outer.pronoun
                    && gap.starts_with(['，', ','])
                    && matches!(src.get(outer.end..a.start), Some("（" | "(")) =>
            {
                outer
            }
            _ => a,
        };
        if a.pronoun && !b.pronoun && (gap == "（" || gap == "(") && pronoun_fits(&a.name, b) {
            return Some(b.name.clone());
        }
        // X（以下简称“我校”）: the pronoun is the short form declared (not a later one).
        let declared = gap
            .trim_end_matches(['“', '"', '「', '『', '：', ':', '为'])
            .ends_with("简称");
        if !a.pronoun && b.pronoun && (declared || gap == "（" || gap == "(") {
            return Some(a.name.clone());
        }
    }
    // 1b. A speaker who names the side they speak for: 我代表X向…表示感谢.
    for m in &ms {
        if !m.pronoun && src.get(..m.start).is_some_and(|h| h.ends_with("我代表")) {
            return Some(m.name.clone());
        }
    }
    // 1c. The official delivering a report, on a line of their own near the top:
    //     厦门市人民政府副市长　陈志宏.
    if let Some(m) = delivered_by(src, seg, &ms) {
        return Some(m.name.clone());
    }
    // 1d''. The body a publication names as its sponsor (主办：X党委宣传部) or producer (X出品)
    //      at its head: an in-house paper's or a meeting's organiser, a media centre's digest,
    //      over the paper's short title (鼓楼
    //      医院报 sponsored by 南京鼓楼医院党委宣传部).
    if let Some(m) = sponsor(src, seg, &ms) {
        return Some(m.name.clone());
    }
    // 1d. An institution's own publication (湖南大学年鉴, X医院报): the institution.
    if seg.start == 0
        && let Some(m) = super::speakers::house_of(src, mentions)
    {
        return Some(m.name.clone());
    }
    // 1d'. A post of an institution's official account (微博认证：X官方微博), near the top.
    if let Some(m) = official_account(src, seg, &ms) {
        return Some(m.name.clone());
    }
    // 1d*. A post's byline on a public account (原创 作者 X 2025年10月15日 18:32 发表于西藏),
    //      when the text's pronoun fits the account (an account may post a person's text).
    if let Some(m) = account_byline(src, seg, &ms).filter(|m| a_pronoun_fits(&ms, m)) {
        return Some(m.name.clone());
    }
    // 1d**. A web site's name alone on its first line over the page's breadcrumb (国家税务总局X
    //     税务局 ⏎ 首页 > 新闻动态 > …): the site's owner, when the text's pronoun fits it.
    if let Some(m) = site_owner(src, seg, &ms).filter(|m| a_pronoun_fits(&ms, m)) {
        return Some(m.name.clone());
    }
    // 1d***. A web page's source field near the top (来源：辽宁省博物馆) naming a body the
    //      text's own pronoun fits (本馆); an office of a bureau (湖南省体育局办公室) stands for
    //      the bureau its 我局 names.
    if let Some(m) = source_field(src, seg, &ms) {
        return Some(m);
    }
    // 1d****. A bulletin's issuer near the top (浙江省交通运输厅援藏工作领导小组办公室编　2025年
    //       11月28日): the office's bureau when the text's 我厅 / 我局 names it.
    if let Some(m) = issuer(src, seg, &ms) {
        return Some(m);
    }
    // 1e. A form's field naming who fills it in (申报单位（盖章）：X), near the top.
    if let Some(m) = applicant(src, seg, &ms) {
        return Some(m.name.clone());
    }
    // 2. Title line; a letterhead line that is only a name (理塘县教育局) above a title line
    //    that names no one ("20xx年接受教育对口支援工作情况汇报").
    let text = src.get(seg.start..seg.end).unwrap_or_default();
    let fits_a_pronoun = |m: &Mention| a_pronoun_fits(&ms, m);
    let mut letterhead: Option<&Mention> = None;
    let mut pos = seg.start;
    // Four lines of text, blank lines between them not counted (a 公文's letterhead, 文号 and
    // title stand apart).
    // The lines of a bulletin's masthead (督 查 通 报, 第6期（总第41期）, the issuer with the
    // date) are not counted.
    for raw in text.split_inclusive('\n').scan(0usize, |n, l| {
        if !l.trim().is_empty() && !masthead_line(l.trim()) {
            *n += 1;
        }
        (*n <= 4).then_some(l)
    }) {
        let line = raw.trim();
        let (ls, le) = (pos, pos + raw.len());
        pos += raw.len();
        if line.is_empty() || line.chars().count() > 60 || line.contains('。') {
            continue;
        }
        if let Some(m) = only_name(src, ls, le, &ms) {
            // A letterhead the document signs with again at its end (a 公文 of a body that
            // calls itself 省社, 本社: no pronoun of ours) is its issuer as well.
            letterhead = Some(m).filter(|m| fits_a_pronoun(m) || signed_as(text, &m.name));
            continue;
        }
        if document_number(line) || masthead_line(line) {
            continue;
        }
        // "X关于…的通知": the issuing body; a title broken over two lines ends on the next.
        let next = text
            .get(pos - seg.start..)
            .and_then(|r| r.lines().next())
            .map_or("", str::trim);
        if let Some(p) = line.find_str("关于")
            && DOCUMENT_TYPES.iter().any(|w| {
                line.ends_with(w)
                    || (next.ends_with(w)
                        && !next.contains(['。', '：', ':'])
                        && next.chars().count() <= 30)
            })
            && let Some(head) = line.get(..p)
            && (2..=20).contains(&head.chars().count())
            && head.chars().all(super::names::is_cjk)
            && seg.start == 0
        {
            return Some(head.to_owned());
        }
        // A speech's title (在X对口支援Y签约仪式上的讲话) names the occasion, not always the
        // speaker: only a pair of sides with the pronoun's role says who speaks.
        // A letterhead over a title that opens with 关于 (关于…情况的说明): the issuer.
        if let Some(m) = letterhead
            && line.starts_with("关于")
            && DOCUMENT_TYPES.iter().any(|w| line.ends_with(w))
        {
            return Some(m.name.clone());
        }
        let speech = ["讲话", "致辞", "发言"].iter().any(|w| line.ends_with(w));
        // A meeting's name over 会议纪要 (X对口支援工作协调会 ⏎ 会议纪要): the host issues the
        // minutes.
        let minutes = next.ends_with("纪要")
            && next.chars().count() <= 6
            && (line.ends_with('会') || line.ends_with("会议"));
        if !speech && !minutes && !TITLE_WORDS.iter().any(|w| line.has(w)) {
            letterhead = None;
            continue;
        }
        let in_line: Vec<&&Mention> = ms
            .iter()
            .filter(|m| m.start >= ls && m.end <= le && !m.pronoun)
            .collect();
        if in_line.is_empty()
            && !speech
            && let Some(m) = letterhead
        {
            return Some(m.name.clone());
        }
        // A title that opens with the verb (对口帮扶Y工作汇报) under a letterhead line: the
        // letterhead is its subject, Y the object.
        if let [only] = in_line.as_slice()
            && let Some(m) = letterhead
            && SUPPORT_VERBS.iter().any(|v| {
                src.get(ls..only.start)
                    .is_some_and(|h| title_head(h.trim()) == *v)
            })
        {
            return Some(m.name.clone());
        }
        if let [only] = in_line.as_slice()
            && !speech
            && !line.has("支援我")
        {
            return Some(only.name.clone());
        }
        // "X对口支援Y工作总结": the side the pronoun takes in the text decides.
        if let [x, y] = in_line.as_slice()
            && ["支援", "帮扶", "援助"]
                .iter()
                .any(|w| src.get(x.end..y.start).is_some_and(|g| g.has(w)))
        {
            match role {
                Role::Supporter => return Some(x.name.clone()),
                Role::Recipient => return Some(y.name.clone()),
                Role::Unknown => {}
            }
        }
    }
    // 2b. The signature of a 公文: a line that is only a name, among the last three lines of
    //     the segment (before the date), of a kind one of its self-pronouns takes.
    //     Lines after the signature that are no text (the date, 联系人, 抄送, 附件) are
    //     passed over.
    //     Further up, among the last ten lines, a name right over a line that is only a
    //     date still signs (a letter posted with an editor's afterword and the page's
    //     furniture below it).
    let mut end = text.len();
    let mut names_seen = 0;
    let mut below_is_date = false;
    for _ in 0..10 {
        let body = text.get(..end).unwrap_or_default();
        let ls = body.rfind('\n').map_or(0, |p| p + 1);
        let line = body.get(ls..).unwrap_or_default().trim();
        let dated = below_is_date;
        if !line.is_empty() {
            below_is_date = is_closing_furniture(line) && line.ends_with('日');
        }
        let (ls_at, le_at) = (seg.start + ls, seg.start + end);
        if names_seen >= 3
            && dated
            && let Some(name) = signature(src, ls_at, le_at, &ms, &fits_a_pronoun)
        {
            return Some(name);
        }
        if !line.is_empty() && !is_closing_furniture(line) && names_seen < 3 {
            names_seen += 1;
            if let Some(name) = signature(src, ls_at, le_at, &ms, &fits_a_pronoun) {
                return Some(name);
            }
        }
        if ls == 0 {
            break;
        }
        end = ls - 1;
    }
    // 2c. A notice at the head whose title names no issuer (关于召开…的通知) and whose
    //     signature stands over its date before the rest of the text (a meeting's record
    //     follows the notice that called it): the signing body.
    if let Some(m) = head_notice_signature(src, seg, &ms, &fits_a_pronoun) {
        return Some(m);
    }
    // 1b. "我校即X" (after the title, which names the present name); "我校即原X，…更名为Y"
    //     gives the present name Y.
    for (i, w) in ms.windows(2).enumerate() {
        let [a, b] = w else { continue };
        let gap = src.get(a.end..b.start).unwrap_or_default();
        if a.pronoun && !b.pronoun && (gap == "即原" || (gap == "即" && b.name.starts_with('原')))
        {
            let renamed = ms.get(i + 2).filter(|c| {
                let g = src.get(b.end..c.start).unwrap_or_default();
                g.ends_with("更名为") && !g.contains('。') && pronoun_fits(&a.name, c)
            });
            if let Some(c) = renamed {
                return Some(c.name.clone());
            }
        }
        if a.pronoun
            && !b.pronoun
            && (gap == "即" || gap == "就是" || gap == "是指")
            && pronoun_fits(&a.name, b)
            && !b.name.starts_with('原')
        {
            return Some(b.name.clone());
        }
    }
    // Indexes for the rules below (all linear or n·log n in the segment).
    let kinds: FastMap<&str, crate::InstitutionKind> = ms
        .iter()
        .filter(|m| !m.pronoun)
        .map(|m| (m.name.as_str(), m.kind))
        .collect();
    let pronouns: Vec<(usize, &str)> = ms
        .iter()
        .filter(|m| m.pronoun)
        .map(|m| (m.start, m.name.as_str()))
        .collect();
    let fits = |pronoun: &str, name: &str| {
        kinds
            .get(name)
            .is_some_and(|k| pronoun_kind_fits(pronoun, *k))
    };
    // 3. "确定X、Y为Z的对口支援高校，我院由此…": the named recipient of a sentence that
    //    also speaks of the pronoun.
    let mut candidate: Option<&str> = None;
    for r in rels
        .iter()
        .filter(|r| !r.recipient.pronoun && !r.undirected)
    {
        let span = r.evidence;
        let sentence = src.get(span.start..span.end).unwrap_or_default();
        let from = pronouns.partition_point(|(s, _)| *s < span.start);
        let fits_here = pronouns
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|(s, _)| *s < span.end)
            .any(|(_, p)| fits(p, &r.recipient.name));
        if fits_here && sentence.has("为") && !agree(&mut candidate, &r.recipient.name) {
            return None;
        }
    }
    if candidate.is_some() {
        return candidate.map(str::to_owned);
    }
    // 4. Supporters of the pronoun who also support one named institution of its kind.
    let pronoun_sups: FastMap<&str, &str> = rels
        .iter()
        .filter(|r| r.recipient.pronoun && !r.undirected)
        .flat_map(|r| {
            r.supporters
                .iter()
                .map(move |s| (s.name.as_str(), r.recipient.name.as_str()))
        })
        .collect();
    for r in rels.iter().filter(|r| !r.recipient.pronoun) {
        for s in &r.supporters {
            let Some(pronoun) = pronoun_sups.get(s.name.as_str()) else {
                continue;
            };
            if !fits(pronoun, &r.recipient.name) {
                continue;
            }
            if !agree(&mut candidate, &r.recipient.name) {
                return None;
            }
        }
    }
    if candidate.is_some() {
        return candidate.map(str::to_owned);
    }
    // 4b. The mirror for a supporter's report: "我校对口支援Y" and "X对口支援Y" with X of the
    //     pronoun's kind.
    let pronoun_recs: FastMap<&str, &str> = rels
        .iter()
        .filter(|r| !r.undirected && !r.recipient.pronoun)
        .flat_map(|r| {
            r.supporters
                .iter()
                .filter(|s| s.pronoun)
                .map(move |s| (r.recipient.name.as_str(), s.name.as_str()))
        })
        .collect();
    for r in rels.iter().filter(|r| !r.undirected) {
        let Some(pronoun) = pronoun_recs.get(r.recipient.name.as_str()) else {
            continue;
        };
        for s in r.supporters.iter().filter(|s| !s.pronoun) {
            if !fits(pronoun, &s.name) {
                continue;
            }
            if !agree(&mut candidate, &s.name) {
                return None;
            }
        }
    }
    if candidate.is_some() {
        return candidate.map(str::to_owned);
    }
    // 5. One named recipient in the segment, a self-pronoun of its kind, and the pronoun never
    //    on the giving side.
    let pronoun_gives = rels
        .iter()
        .any(|r| r.supporters.iter().any(|s| s.pronoun) && !r.undirected);
    let mut named: Vec<&str> = rels
        .iter()
        .filter(|r| !r.undirected && !r.recipient.pronoun && r.status.is_actual())
        .map(|r| r.recipient.name.as_str())
        .collect();
    named.sort_unstable();
    named.dedup();
    let pronoun_names: BTreeSet<&str> = pronouns.iter().map(|(_, p)| *p).collect();
    if let [only] = named.as_slice()
        && !pronoun_gives
        && pronoun_names.iter().any(|p| fits(p, only))
    {
        return Some((*only).to_owned());
    }
    // 6. A web page that publishes a government body's own text (a speech, a press
    //    conference's transcript) names that body in its source field: 来源：浙江省人民政府新闻
    //    办公室. Only a whole-document segment, and only a body with its place (not 院办公室,
    //    not a newspaper).
    if seg.start == 0
        && let Some(body) = source_field_body(text)
    {
        return Some(body);
    }
    // 7. The copyright line that closes a publication (（版权所有：东北师范大学党委宣传部  展陈
    //    设计：…）): the institution of the office named, when the text speaks of itself as
    //    学校 or 医院 (its own noun) and that noun fits the institution.
    copyright_holder(src, seg, &ms)
}

/// The institution named by a 版权所有 field on one of the last three lines of the segment,
/// of a kind the text's own noun for itself (学校, 医院) takes.
fn copyright_holder(src: &str, seg: &SegmentSpan, ms: &[&Mention]) -> Option<String> {
    let text = src.get(seg.start..seg.end)?;
    let at = ["版权所有：", "版权所有:"]
        .iter()
        .find_map(|f| text.rfind_str(f).map(|p| seg.start + p + f.len()))?;
    // On one of the last three lines that hold text.
    let tail_lines = src.get(at..seg.end)?.trim_end().matches('\n').count();
    if tail_lines > 2 {
        return None;
    }
    let m = ms.iter().find(|m| m.start == at && !m.pronoun)?;
    let m = institution_of_office(m);
    let name = m.parent.clone().unwrap_or(m.name);
    let kind = crate::InstitutionKind::guess(&name);
    let own = match kind {
        crate::InstitutionKind::University | crate::InstitutionKind::College => "学校",
        crate::InstitutionKind::Hospital => "医院",
        _ => return None,
    };
    text.has(own).then_some(name)
}

/// Verbs of support that can open a title whose subject is the letterhead above it.
const SUPPORT_VERBS: [&str; 6] = ["对口帮扶", "对口支援", "帮扶", "支援", "援助", "结对帮扶"];

/// Endings of the government bodies a source field may name as the publisher.
const PUBLISHING_BODIES: [&str; 7] = [
    "人民政府",
    "办公室",
    "委员会",
    "教育厅",
    "教育局",
    "卫生健康委",
    "新闻办",
];

/// The value of a 来源 field (来源：X, up to the next space) when it is a government body
/// with its place: 天津市教育委员会, 浙江省人民政府新闻办公室.
fn source_field_body(text: &str) -> Option<String> {
    let (at, field) = ["来源：", "来源:"]
        .iter()
        .find_map(|f| text.find_str(f).map(|at| (at, f.len())))?;
    let head = text.get(..at)?;
    // A field of its own (line start or after spaces), not a table's 资料来源：.
    if !head.is_empty() && !head.ends_with(['\n', ' ', '\u{3000}']) {
        return None;
    }
    let value = text.get(at + field..)?;
    let end = value
        .find(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '。' || c == '，')
        .unwrap_or(value.len());
    let body = value.get(..end)?;
    let n = body.chars().count();
    let placed = ["省", "市", "自治区", "自治州", "县", "区"]
        .iter()
        .any(|p| {
            body.find_str(p)
                .is_some_and(|i| (2..=12).contains(&body.get(..i).map_or(0, |h| h.chars().count())))
        });
    ((6..=24).contains(&n)
        && body.chars().all(super::names::is_cjk)
        && placed
        && PUBLISHING_BODIES.iter().any(|b| body.ends_with(b)))
    .then(|| body.to_owned())
}

/// Whether `m` is the governing body of the place a place pronoun names (理塘县教育局 for 我县).
fn body_of_place(pronoun: &str, m: &Mention) -> bool {
    use crate::InstitutionKind as K;
    let Some(mark) = pronoun.strip_prefix('我').and_then(|r| r.chars().next()) else {
        return false;
    };
    // An office of the place (江苏省对口支援和区域合作工作领导小组办公室, …前方指挥部, …工作
    // 领导小组, its party committee's 督查室) speaks for it as its government does, and so
    // do a bureau of its government (安定区乡村振兴局, 乐业县商务局) and its media centre
    // (天祝县融媒体中心).
    "县市区州省".contains(mark)
        && (matches!(m.kind, K::EducationBureau | K::Government)
            || [
                "办公室",
                "督查室",
                "指挥部",
                "领导小组",
                "局",
                "厅",
                "融媒体中心",
                // Its people's congress and the group it sends to inspect the work
                // (城口县人大常委会视察组), and a station of its bureaus (贞丰县农业技术推广站).
                "常委会",
                "视察组",
                "站",
                // Its mass organisations (兰坪县妇联, 济南市总工会, 福州市科协).
                "联合会",
                "妇联",
                "科协",
                "协会",
                "工会",
            ]
            .iter()
            .any(|w| m.name.ends_with(w)))
        && m.name.chars().skip(1).take(8).any(|c| c == mark)
}

/// The institution of the official who delivers the report: a line among the first eight of
/// the segment that is only "<institution><post><name>" (the name two to four characters,
/// spaces allowed before it).
fn delivered_by<'m>(src: &str, seg: &SegmentSpan, ms: &[&'m Mention]) -> Option<&'m Mention> {
    let text = src.get(seg.start..seg.end)?;
    let mut pos = seg.start;
    for raw in text.split_inclusive('\n').take(8) {
        let (ls, le) = (pos, pos + raw.len());
        pos += raw.len();
        let line = raw.trim();
        let Some(m) = ms
            .iter()
            .find(|m| m.start >= ls && m.end <= le && !m.pronoun)
        else {
            continue;
        };
        if src.get(ls..m.start)?.trim() != "" {
            continue;
        }
        let rest = src.get(m.end..le)?.trim_end();
        let Some(name) = super::speakers::POSTS
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .map(|n| n.trim_start_matches([' ', '　']))
        else {
            continue;
        };
        if (2..=4).contains(&name.chars().count())
            && name.chars().all(super::names::is_cjk)
            && !line.contains('。')
        {
            return Some(m);
        }
    }
    None
}

/// The institution a 主办 field names (主办：X, 主办单位：X) on a line of its own or among
/// other fields, among the first six lines of the segment.
fn sponsor<'m>(src: &str, seg: &SegmentSpan, ms: &[&'m Mention]) -> Option<&'m Mention> {
    let text = src.get(seg.start..seg.end)?;
    let mut pos = seg.start;
    for raw in text.split_inclusive('\n').take(6) {
        let ls = pos;
        pos += raw.len();
        let line = raw.trim_start_matches([' ', '\u{3000}']);
        // A producer named before 出品 on a masthead line (天祝县融媒体中心出品　责编：…).
        if line.has("出品")
            && let Some(m) = ms.iter().find(|m| {
                m.start >= ls
                    && m.end <= pos
                    && !m.pronoun
                    && src.get(m.end..).is_some_and(|r| r.starts_with("出品"))
            })
        {
            return Some(m);
        }
        let Some(rest) = ["主办单位：", "主办单位:", "主办：", "主办:"]
            .iter()
            .find_map(|l| line.strip_prefix(l))
        else {
            continue;
        };
        let value = rest.trim_start_matches([' ', '\u{3000}']);
        // Where the value starts: the line's start plus what was cut before it.
        let at = ls + raw.len() - value.len();
        return ms.iter().find(|m| m.start == at && !m.pronoun).copied();
    }
    None
}

/// The body that signs a notice heading the segment: the first line opens with 关于 and ends
/// with a kind of 公文 (关于召开…欢送会的通知), and among the next twelve lines one is only a
/// name or a name and its office (宁波市鄞州区教育局办公室) right over a line that is only a
/// date. The name must be of a kind one of the text's self-pronouns takes.
fn head_notice_signature(
    src: &str,
    seg: &SegmentSpan,
    ms: &[&Mention],
    fits: &dyn Fn(&Mention) -> bool,
) -> Option<String> {
    let mut lines = text_lines(src, seg.start, seg.end).take(13);
    let (_, title) = lines.next()?;
    if !(title.starts_with("关于") && DOCUMENT_TYPES.iter().any(|w| title.ends_with(w))) {
        return None;
    }
    let mut prev: Option<(usize, &str)> = None;
    for (at, line) in lines {
        if is_closing_furniture(line) && line.ends_with('日') {
            let (ls, p) = prev?;
            let le = ls + p.len();
            return signature(src, ls, le, ms, fits);
        }
        prev = Some((at, line));
    }
    None
}

/// What an institution's own account on a platform is called after its name (X官方微博).
const OFFICIAL_ACCOUNTS: [&str; 6] = [
    "官方微博",
    "官方微信",
    "官方账号",
    "官方帐号",
    "官方抖音",
    "官方视频号",
];

/// The institution whose official account posts the text: a name followed by 官方微博 (an
/// account's verification line, 微博认证：X官方微博) on a line without a sentence end, among
/// the first eight lines of the segment.
fn official_account<'m>(src: &str, seg: &SegmentSpan, ms: &[&'m Mention]) -> Option<&'m Mention> {
    let head_end = src
        .get(seg.start..seg.end)?
        .split_inclusive('\n')
        .take(8)
        .map(str::len)
        .sum::<usize>()
        + seg.start;
    ms.iter()
        .take_while(|m| m.end <= head_end)
        .find(|m| {
            let after = src.get(m.end..).unwrap_or_default();
            let line_rest = after.split('\n').next().unwrap_or_default();
            !m.pronoun
                && m.kind != crate::InstitutionKind::Other
                && OFFICIAL_ACCOUNTS.iter().any(|a| after.starts_with(a))
                && !line_rest.contains(['。', '，'])
        })
        .copied()
}

/// The account on a post's byline among the first eight lines of the segment: a line that
/// opens with 原创 or holds 发表于 and a date, without a sentence in it, whose last institution
/// is the account (原创 宣传科 林芝市人民医院 2025年10月15日 18:32 发表于西藏).
fn account_byline<'m>(src: &str, seg: &SegmentSpan, ms: &[&'m Mention]) -> Option<&'m Mention> {
    let mut pos = seg.start;
    for raw in src.get(seg.start..seg.end)?.split_inclusive('\n').take(8) {
        let (ls, le) = (pos, pos + raw.len());
        pos = le;
        let line = raw.trim();
        // A public account's post names the account, then the date and time it was posted
        // (武汉理工大学研究生支教团　2025年9月3日 08:30　湖北).
        let posted = line.chars().count() <= 48
            && line.has("年")
            && line.has("日")
            && line.contains(':')
            && !line.contains(['：', '|', '｜']);
        let byline = (line.starts_with("原创") || line.has("发表于") || posted)
            && !line.contains(['。', '，'])
            && line.chars().any(|c| c.is_ascii_digit());
        if byline {
            return ms
                .iter()
                .filter(|m| !m.pronoun && m.start >= ls && m.end <= le)
                .rfind(|m| m.kind != crate::InstitutionKind::Other)
                .copied();
        }
    }
    None
}

/// Whether a self-pronoun among `ms` names `m`: by its kind (本馆 of a museum) or as the body
/// of the place it names (我县 of 城口县人大常委会视察组).
fn a_pronoun_fits(ms: &[&Mention], m: &Mention) -> bool {
    ms.iter()
        .any(|p| p.pronoun && (pronoun_fits(&p.name, m) || body_of_place(&p.name, m)))
}

/// The body a source field among the first six lines of the segment names (来源：X), when a
/// self-pronoun of the segment fits it; the bureau of its general office when the text says
/// 我局 (a government's 新闻办公室 stays whole: it publishes for the government).
fn source_field(src: &str, seg: &SegmentSpan, ms: &[&Mention]) -> Option<String> {
    let mut pos = seg.start;
    for raw in src.get(seg.start..seg.end)?.split_inclusive('\n').take(6) {
        let (ls, le) = (pos, pos + raw.len());
        pos = le;
        let Some(at) = ["来源：", "来源:"]
            .iter()
            .find_map(|f| raw.find_str(f).map(|p| ls + p + f.len()))
        else {
            continue;
        };
        let m = ms
            .iter()
            .find(|m| !m.pronoun && m.start == at && m.end <= le)
            // 来源：县人力社保局 names the bureau by the text's own place: the title names it.
            .filter(|m| !m.name.starts_with(['省', '市', '县']))?;
        let head = institution_of_office(m);
        // 我局 of a bureau whose general office publishes (湖南省体育局办公室).
        let bureau_pronoun = ms.iter().any(|p| {
            p.pronoun
                && (p.name.starts_with("我局") && head.name.ends_with('局')
                    || p.name.starts_with("我厅") && head.name.ends_with('厅')
                    || p.name.starts_with("我会") && head.name.ends_with('会'))
        });
        return if head.name != m.name && bureau_pronoun {
            Some(head.name)
        } else {
            a_pronoun_fits(ms, m).then(|| m.name.clone())
        };
    }
    None
}

/// Words after an issuer's name on a bulletin's masthead line (X办公室编, X编印).
const ISSUED_BY: [&str; 4] = ["编印", "编发", "主办", "编"];

/// The issuer of a bulletin, among the first six lines of the segment: a name right before
/// one of [`ISSUED_BY`]. An office of a department or a bureau (…厅援藏工作领导小组办公室)
/// stands for the department when the text writes 我厅 (我局 for a bureau); otherwise the
/// issuer itself, when a pronoun of the text fits it.
fn issuer(src: &str, seg: &SegmentSpan, ms: &[&Mention]) -> Option<String> {
    let mut pos = seg.start;
    for raw in src.get(seg.start..seg.end)?.split_inclusive('\n').take(6) {
        let (ls, le) = (pos, pos + raw.len());
        pos = le;
        let Some(m) = ms.iter().find(|m| {
            !m.pronoun
                && m.start >= ls
                && m.end <= le
                && src.get(m.end..le).is_some_and(|r| {
                    // The office's own words may follow the name the recogniser took
                    // (X厅｜对口支援工作领导小组办公室编).
                    let r = r
                        .find_str("办公室")
                        .filter(|&i| {
                            i <= 36
                                && r.get(..i)
                                    .is_some_and(|w| w.chars().all(super::names::is_cjk))
                        })
                        .and_then(|i| r.get(i + "办公室".len()..))
                        .unwrap_or(r);
                    ISSUED_BY.iter().any(|w| r.starts_with(w))
                        // The office and then only the date, spaced apart (X厅…办公室　　2024年
                        // 9月30日): the masthead's issuer line without 编.
                        || (r.starts_with([' ', '\u{3000}', '\t'])
                            && r.trim().starts_with(|c: char| c.is_ascii_digit())
                            && r.trim().has("年")
                            && r.trim().chars().all(|c| {
                                c.is_ascii_digit() || "年月日 \u{3000}".contains(c)
                            }))
                })
        }) else {
            continue;
        };
        for (mark, pronoun) in [('厅', "我厅"), ('局', "我局")] {
            let Some(i) = m.name.rfind(mark) else {
                continue;
            };
            let head = m.name.get(..i + mark.len_utf8()).unwrap_or_default();
            let office = m.name.get(i + mark.len_utf8()..).unwrap_or_default();
            if head.chars().count() >= 4
                && (office.is_empty() || office.ends_with("办公室"))
                && ms.iter().any(|p| p.pronoun && p.name.starts_with(pronoun))
            {
                return Some(head.to_owned());
            }
        }
        return a_pronoun_fits(ms, m).then(|| m.name.clone());
    }
    None
}

/// The name alone on the segment's first line when the next line with text is a breadcrumb
/// (首页 > …).
fn site_owner<'m>(src: &str, seg: &SegmentSpan, ms: &[&'m Mention]) -> Option<&'m Mention> {
    let text = src.get(seg.start..seg.end)?;
    let mut lines = text
        .split_inclusive('\n')
        .scan(seg.start, |pos, l| {
            let at = *pos;
            *pos += l.len();
            Some((at, l))
        })
        .filter(|(_, l)| !l.trim().is_empty());
    let (ls, first) = lines.next()?;
    let (_, second) = lines.next()?;
    let second = second.trim();
    if !(second.starts_with("首页") && second.contains(['>', '＞', '»'])) {
        return None;
    }
    // The site's own word after the name (金华市人民政府门户网站, X官网).
    let first = first.trim_end();
    let first = ["门户网站", "官方网站", "网站", "官网"]
        .iter()
        .find_map(|w| first.strip_suffix(w))
        .unwrap_or(first);
    only_name(src, ls, ls + first.len(), ms)
}

/// Whether one of the last four lines of `text` with any text is only `name` (a 公文's
/// signature, above its date).
fn signed_as(text: &str, name: &str) -> bool {
    text.lines()
        .rev()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(4)
        .any(|l| l == name)
}

/// Labels of a form's field that names who fills the form in.
const APPLICANT_LABELS: [&str; 5] = ["申报单位", "申请单位", "填报单位", "报送单位", "填表单位"];

/// The institution a form's field names as its filer, among the first twelve lines of the
/// segment: a line that opens with one of [`APPLICANT_LABELS`] (a parenthesis such as （盖章）
/// allowed), a colon, and then the name (a stamp note or other fields may follow it).
fn applicant<'m>(src: &str, seg: &SegmentSpan, ms: &[&'m Mention]) -> Option<&'m Mention> {
    let text = src.get(seg.start..seg.end)?;
    let mut pos = seg.start;
    for raw in text.split_inclusive('\n').take(12) {
        let (ls, le) = (pos, pos + raw.len());
        pos += raw.len();
        let line = raw.trim_start_matches([' ', '\u{3000}']);
        let Some(label) = APPLICANT_LABELS.iter().find(|l| line.starts_with(**l)) else {
            continue;
        };
        let rest = line.get(label.len()..).unwrap_or_default();
        let rest = match rest.strip_prefix(['（', '(']) {
            Some(r) => r.split_once(['）', ')']).map_or(r, |(_, after)| after),
            None => rest,
        };
        let Some(value) = rest.strip_prefix(['：', ':']) else {
            continue;
        };
        // The name, up to a stamp note or the next field on the line (填报单位：X（盖章）    填报人：…).
        let value = value
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
            .split(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '（' || c == '(')
            .next()
            .unwrap_or_default();
        let m = ms
            .iter()
            .find(|m| m.start >= ls && m.end <= le && !m.pronoun)?;
        return (src.get(m.start..m.end) == Some(value)).then_some(*m);
    }
    None
}

/// The head of a title before its object without 关于 and a year (关于2024年度对口支援 →
/// 对口支援).
fn title_head(h: &str) -> &str {
    let h = h.strip_prefix("关于").unwrap_or(h);
    let h = h.trim_start_matches(|c: char| c.is_ascii_digit());
    let h = h
        .strip_prefix("年度")
        .or_else(|| h.strip_prefix('年'))
        .unwrap_or(h);
    // The region written before a short form (对口支援新疆阿克苏): the verb is the head.
    h.char_indices()
        .rev()
        .take(8)
        .map(|(i, _)| i)
        .filter(|&i| h.get(i..).is_some_and(crate::alias::is_region_prefix))
        .last()
        .and_then(|i| h.get(..i))
        .unwrap_or(h)
}

/// Words of a report's title line (总结, 报告, 汇报, 回顾, 简报 of a work bulletin, 公报 of
/// statistics, 要点 and 工作计划 of a plan for the year, 交流材料 of an experience paper).
const TITLE_WORDS: [&str; 23] = [
    "总结",
    // A place's list of its projects (X县2025年度东西部协作项目库).
    "项目库",
    // A government's minutes of its own meeting (X县人民政府常务会议纪要) and the record of a
    // meeting a place holds (X市援疆干部人才家属座谈会会议记录).
    "会议纪要",
    "会议记录",
    // A body's own accounts (X局2024年度部门决算, 部门预算).
    "部门决算",
    "部门预算",
    "交流材料",
    "经验材料",
    "报告",
    "報告",
    "汇报",
    "回顾",
    "综述",
    "纪实",
    "简报",
    // A station's or a bureau's monthly report (东西部协作农业帮扶工作月报).
    "月报",
    "通报",
    "专报",
    "台账",
    "公报",
    "公報",
    "要点",
    "工作计划",
];

/// The institution of a signature line that names one of its offices
/// (北京科技大学对口支援工作办公室, 温州医科大学本科招生办公室, 甲大学教务处): the line opens with the
/// institution's name and goes on with a short office name, and nothing else — or it is one
/// name, of an office under its institution.
fn signing_office(src: &str, ls: usize, le: usize, ms: &[&Mention]) -> Option<Mention> {
    let line = src.get(ls..le)?;
    let lead = line.len() - line.trim_start().len();
    let from = ms.partition_point(|m| m.start < ls + lead);
    let m = *ms
        .get(from)
        .filter(|m| m.start == ls + lead && !m.pronoun)?;
    let office = src.get(m.end..le)?.trim();
    if office.is_empty() {
        // One name: an office of its institution (甲大学教务处).
        let parent = m.parent.as_deref()?;
        let o = m.name.strip_prefix(parent)?;
        return office_name(o).then(|| Mention {
            name: parent.to_owned(),
            kind: crate::InstitutionKind::guess(parent),
            parent: None,
            ..(*m).clone()
        });
    }
    // Names the recogniser read inside the office's name (科招生办公室) are passed over.
    office_name(office).then(|| (*m).clone())
}

/// The body that signs on the line `src[ls..le]`, of a kind `fits` takes: the one name the
/// line is (an office read whole with its institution, 宁波市鄞州区教育局办公室, standing for the
/// institution), else an institution and one of its offices (北京科技大学对口支援工作办公室).
fn signature(
    src: &str,
    ls: usize,
    le: usize,
    ms: &[&Mention],
    fits: &dyn Fn(&Mention) -> bool,
) -> Option<String> {
    only_name(src, ls, le, ms)
        .map(institution_of_office)
        .filter(|m| fits(m))
        .or_else(|| signing_office(src, ls, le, ms).filter(|m| fits(m)))
        .map(|m| m.name)
}

/// A signature read as one name with an office (宁波市鄞州区教育局办公室): its institution
/// (宁波市鄞州区教育局); any other name as it is.
fn institution_of_office(m: &Mention) -> Mention {
    match office_of(&m.name) {
        Some(head) => Mention {
            kind: crate::InstitutionKind::guess(head),
            name: head.to_owned(),
            ..m.clone()
        },
        None => m.clone(),
    }
}

/// The institution of a name read whole with one of its offices (宁波市鄞州区教育局办公室 →
/// 宁波市鄞州区教育局): the longest head that is a bureau, a government, a school, a
/// university or a hospital, followed by an office's name. An office named after the work it
/// runs (…工作领导小组办公室) is a body of its own and stays whole.
fn office_of(name: &str) -> Option<&str> {
    use crate::InstitutionKind as K;
    name.char_indices().rev().skip(1).find_map(|(i, _)| {
        let (head, office) = (name.get(..i)?, name.get(i..)?);
        let kind = K::guess(head);
        (office_name(office)
            && matches!(
                kind,
                K::EducationBureau
                    | K::Government
                    | K::School
                    | K::College
                    | K::University
                    | K::Hospital
                    | K::Ministry
            )
            // Any bureau's, department's or association's general office (湖南省体育局办公室,
            // 济南市总工会办公室).
            || (office == "办公室"
                && (head.ends_with('局') || head.ends_with('厅') || head.ends_with('会'))
                && !head.ends_with("委员会")))
        .then_some(head)
    })
}

/// Whether `o` names an office of an institution written after its name (对口支援工作办公室,
/// 本科招生办公室, 教务处, 党委): a few Chinese characters ending in an office's word.
pub(crate) fn office_name(o: &str) -> bool {
    const OFFICES: [&str; 8] = [
        "办公室",
        "处",
        "办",
        "中心",
        "部",
        "委员会",
        "党委",
        "办公厅",
    ];
    (2..=12).contains(&o.chars().count())
        && o.chars().all(super::names::is_cjk)
        && OFFICES.iter().any(|w| o.ends_with(w))
}

/// The kinds of 公文 whose title reads "X关于…的<kind>".
const DOCUMENT_TYPES: [&str; 17] = [
    "说明",
    "答复",
    "通知",
    "通报",
    "纪要",
    "意见",
    "决定",
    "办法",
    "报告",
    "函",
    "批复",
    "公示",
    "公告",
    "通告",
    "请示",
    "倡议书",
    "公开信",
];

/// Whether a line at the end of a 公文 or letter comes after its signature without being
/// text: the date (2025年3月12日), a contact line (（联系人：…，电话：…）), the copy list (抄送：),
/// an attachment line, a phone, an address.
fn is_closing_furniture(line: &str) -> bool {
    let t = line.trim_start_matches(['（', '(']);
    const FIELDS: [&str; 9] = [
        "联系人",
        "抄送",
        "印发",
        "附件",
        "电话",
        "地址",
        "邮编",
        "传真",
        "手机",
    ];
    FIELDS.iter().any(|f| t.starts_with(f))
        || (line.chars().count() <= 16
            && line.ends_with('日')
            && line.chars().all(|c| {
                c.is_ascii_digit()
                    || "年月日〇一二三四五六七八九十０１２３４５６７８９ ".contains(c)
            }))
}

/// The one mention that makes up the whole of the line `src[ls..le]` (spaces aside).
fn only_name<'m>(src: &str, ls: usize, le: usize, ms: &[&'m Mention]) -> Option<&'m Mention> {
    let from = ms.partition_point(|m| m.start < ls);
    let m = *ms.get(from)?;
    let after = ms.get(from + 1).is_some_and(|n| n.start < le);
    let line = src.get(ls..le)?.trim();
    // A red-headed document's letterhead: the issuing body and 文件 (甲省对口办文件).
    let line = line.strip_suffix("文件").unwrap_or(line);
    let read = src.get(m.start..m.end)?;
    // A party committee's office (中共金平县委督查室): 中共 is no part of the name read; a
    // party school's name holds it (中共东营市委党校).
    let whole = read == line || line.strip_prefix("中共") == Some(read);
    (!m.pronoun && !after && m.end <= le && whole).then_some(m)
}

/// A line of a bulletin's masthead: the document type spaced out (督 查 通 报, 简 报), the
/// issue number (第6期（总第41期）) or the issuer with the date (中共金平县委督查室　2025年9月18日).
fn masthead_line(line: &str) -> bool {
    let n = line.chars().count();
    let spaced_type = line.contains([' ', '　']) && n <= 16 && {
        let joined: String = line.chars().filter(|c| !matches!(c, ' ' | '　')).collect();
        joined.chars().count() <= 6
            && (joined.ends_with("简报") || DOCUMENT_TYPES.iter().any(|w| joined.ends_with(w)))
    };
    let issue =
        line.starts_with('第') && n <= 20 && line.contains('期') && !line.contains(['。', '，']);
    let dated_issuer = line.chars().filter(|c| !matches!(c, ' ' | '　')).count() <= 40
        && line.ends_with('日')
        && line.contains('年')
        && line.contains([' ', '　'])
        && !line.contains(['。', '，', '：', ':']);
    spaced_type || issue || dated_issuer
}

/// Whether a line is a document number under a letterhead (苏援办〔2025〕7号, 甲政发[2024]3号).
fn document_number(line: &str) -> bool {
    line.ends_with('号')
        && line.contains(['〔', '[', '［'])
        && line.chars().count() <= 24
        && !line.contains(['。', '，'])
}

/// Keeps one candidate name: takes `name` when there is none yet, and answers `false` when it
/// conflicts with the one already held (the evidence is then ambiguous).
fn agree<'a>(candidate: &mut Option<&'a str>, name: &'a str) -> bool {
    match *candidate {
        None => {
            *candidate = Some(name);
            true
        }
        Some(c) => c == name,
    }
}

/// Verbs of giving that make an anaphor opening its clause the giver (该校当年选派…).
const GIVES: [&str; 6] = ["选派", "派出", "派遣", "捐赠", "援建", "资助"];

/// Whether a verb of giving follows the anaphor whose head ends at byte `at` (the byte after
/// 该) within a few characters (该校当年选派, 该院累计派出): the anaphor's own unit word, then
/// at most six characters of time or adverb, and no punctuation.
fn gives_after(src: &str, at: usize) -> bool {
    let rest = src.get(at..).unwrap_or_default();
    let window: String = rest.chars().skip(1).take(8).collect();
    GIVES.iter().any(|v| {
        window.find_str(v).is_some_and(|p| {
            !window
                .get(..p)
                .is_some_and(|g| g.contains(['，', '。', '；', ',', ';']))
        })
    })
}

/// Whether an institution of `kind` can be what 该校 (`'校'`), 该院 (`'院'`), 该科 (`'科'`) or
/// 该局 (`'局'`) refers to.
fn anaphor_fits(head: char, kind: crate::InstitutionKind) -> bool {
    use crate::InstitutionKind as K;
    match head {
        '校' => matches!(kind, K::University | K::College | K::School),
        '院' => matches!(kind, K::Hospital | K::College | K::Department),
        '科' => kind == K::Department,
        '局' => kind == K::EducationBureau,
        '市' => kind == K::City,
        '县' => kind == K::County,
        _ => false,
    }
}

/// Whether the clause after an anaphor sends people to `m`'s own institution (该院…派出教师
/// 14人次赴塔大讲学, with `m` 塔大动物科学学院): a unit does not send people to itself, so the
/// anaphor is not `m`.
fn sends_to_own(clause_after: &str, m: &Mention) -> bool {
    let Some(to) = ["赴", "到", "前往"]
        .iter()
        .filter_map(|w| clause_after.find_str(w).map(|p| p + w.len()))
        .min()
    else {
        return false;
    };
    let place = clause_after.get(to..).unwrap_or_default();
    // The institution as the text names it here (塔大 of 塔大动物科学学院) and by its name.
    let own_surface = m.parent.as_deref().and_then(|p| {
        let unit = m.name.strip_prefix(p)?;
        m.surface.strip_suffix(unit).filter(|s| !s.is_empty())
    });
    [
        Some(m.name.as_str()),
        Some(m.surface.as_str()),
        m.parent.as_deref(),
        own_surface,
    ]
    .into_iter()
    .flatten()
    .any(|n| place.starts_with(n))
}

/// Verbs whose object is the institution helped.
const HELP_VERBS: [&str; 8] = [
    "帮扶", "支援", "援助", "援建", "结对", "指导", "帮助", "协助",
];

/// Resolves 该校/该院/该局/该市/该县 (and a unit after them: 该校动物科学技术学院) to the institution
/// they stand for: the nearest fitting name before them in the sentence, else the first
/// fitting name of the last sentence that named one (the subject of the previous statement
/// or of a heading). Bare 该校 becomes a mention of its own; "校…学院" (cut at 该 by the
/// recogniser) is renamed. One pass over the text and the mentions.
pub(crate) fn resolve_anaphora(
    src: &str,
    sentences: &[super::text::Sentence],
    mentions: Vec<Mention>,
) -> Vec<Mention> {
    let mentions = super::names::expand_abbreviations(src, mentions);
    let mentions = super::speakers::resolve_speakers(src, mentions);
    let mentions = super::teams::resolve_teams(src, mentions);
    let hits: Vec<(usize, char)> = src
        .match_indices('该')
        .filter_map(|(p, _)| {
            let at = p + '该'.len_utf8();
            let mut cs = src.get(at..)?.chars();
            let c = cs.next()?;
            // 该市场 is a market, not a city; 该科研/该科技 are research and technology, not a
            // department.
            let next = cs.next();
            ("校院局县".contains(c)
                || (c == '市' && next != Some('场'))
                || (c == '科' && !next.is_some_and(|n| "研技学目室级普".contains(n))))
            .then_some((at, c))
        })
        .collect();
    if hits.is_empty() {
        return mentions;
    }
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len() + hits.len());
    let mut hi = 0usize;
    // Names the author declared its own (X（以下简称“我院”）): 该院 is never the author; nor
    // is the institution whose own publication the text is (南京农业大学校史).
    let mut selves: Vec<String> = super::speakers::house_of(src, &mentions)
        .map(|m| m.name.clone())
        .into_iter()
        .collect();
    // The mentions not yet placed, moved into `out` (not copied) as they are.
    let mut pending = mentions.into_iter().peekable();
    // The end of the last unit made after an anaphor (该院心内科) and its institution: a bare
    // department listed right after it (…和神经外科) belongs to the same institution.
    let mut anaphor_unit: Option<(usize, String)> = None;
    // Where in `out` the mentions of the last sentence that named anyone are.
    let mut previous = 0..0;
    for s in sentences {
        let first_here = out.len();
        loop {
            let next_m = pending
                .peek()
                .map(|m| m.start)
                .filter(|&start| start < s.span.end);
            let next_h = hits.get(hi).copied().filter(|(at, _)| *at < s.span.end);
            match (next_m, next_h) {
                (Some(m_start), Some((at, _))) if m_start < at => {
                    if let Some(m) = pending.next() {
                        push_mention(src, &mut out, m, &mut selves, &mut anaphor_unit);
                    }
                }
                (_, Some((at, head))) => {
                    hi += 1;
                    let here = out.get(first_here..).unwrap_or_default();
                    // A unit of a college or university (新疆理工学院机电工程学院) stands for
                    // its institution to 该校.
                    // The rest of the anaphor's clause (该院随即选派5名教师赴民大讲授…).
                    let clause_after = src
                        .get(at..s.span.end)
                        .map(|r| r.split(['，', '；', '。', ',', ';']).next().unwrap_or(r))
                        .unwrap_or_default();
                    // Whether the anaphor is its clause's subject (…，该院派出…), not an object
                    // (…对口帮扶该院).
                    let anaphor_leads = src
                        .get(s.span.start..at - '该'.len_utf8())
                        .map(|b| b.rsplit(['，', '；', ',', ';']).next().unwrap_or(b))
                        .is_some_and(|g| g.trim().chars().count() <= 2);
                    // A unit of the author that opens a clause (我校动物科技学院…，该院派出…) can
                    // be what 该院 stands for: in the anaphor's sentence, or in the one before
                    // when the anaphor is a subject. The author itself cannot, nor a unit of it
                    // that receives (甲学院结对帮扶我校乙学院，该院…).
                    let own_unit = |m: &Mention| {
                        m.pronoun
                            && head == '院'
                            && (m.start >= s.span.start || anaphor_leads)
                            && src.get(..m.start).is_some_and(|b| {
                                let b = b.trim_end_matches([' ', '\u{3000}', '\t']);
                                b.is_empty()
                                    || m.start == s.span.start
                                    || b.ends_with(['，', '；', ',', ';', '：', '。', '\n'])
                            })
                            && super::names::PRONOUNS
                                .iter()
                                .find_map(|p| m.name.strip_prefix(p))
                                .is_some_and(|unit| {
                                    matches!(
                                        crate::InstitutionKind::guess(unit),
                                        crate::InstitutionKind::Department
                                            | crate::InstitutionKind::College
                                            | crate::InstitutionKind::Hospital
                                    )
                                })
                    };
                    // The members of a team formed in the anaphor's sentence (由X牵头，Y、Z参与，
                    // 组团帮扶该院) are its helpers, not what it points back to.
                    let team = team_members(src, here);
                    let fits = |m: &&Mention| {
                        !team.contains(&m.name.as_str())
                            && (!m.pronoun || own_unit(m))
                            && !sends_to_own(clause_after, m)
                            && !selves.contains(&m.name)
                            && (anaphor_fits(head, m.kind)
                                // A college since renamed a university (农牧学院, now 西藏
                                // 农牧大学) is still 该院 where the text writes it as a college.
                                || (head == '院'
                                    && m.surface.ends_with("学院")
                                    && m.kind == crate::InstitutionKind::University)
                                || own_unit(m)
                                || (head == '校'
                                    && m.kind == crate::InstitutionKind::Department
                                    && m.parent.is_some()))
                    };
                    // The same anaphor in the sentence before (…对口支援该校计算机学院。该校化学
                    // 学院…) goes on standing for what it stood for.
                    let same_anaphor = |m: &&Mention| {
                        m.surface.starts_with('该') && m.surface.chars().nth(1) == Some(head)
                    };
                    // "…共同帮扶该校": the object of a help verb stands for the institution
                    // helped before (帮扶普安县职业技术学校), not for a helper named since.
                    let object = |at: usize| {
                        src.get(..at).is_some_and(|b| {
                            let b = b.trim_end_matches("共同").trim_end_matches("一道");
                            HELP_VERBS.iter().any(|v| b.ends_with(v))
                        })
                    };
                    let helped = object(at - '该'.len_utf8())
                        .then(|| here.iter().rev().find(|m| fits(m) && object(m.start)))
                        .flatten();
                    // The subject of the anaphor's own clause (地区医院…派出医师到该院) is not
                    // what it points back to.
                    let start_of_clause = src
                        .get(..at - '该'.len_utf8())
                        .and_then(|b| b.rfind(['，', '；', ',', ';']))
                        .unwrap_or(0)
                        .max(s.span.start);
                    // A date may open the clause before its subject (…，2024年浙江大学选派…
                    // 赴该校).
                    let opens_clause = |m: &Mention| {
                        m.start >= start_of_clause
                            && src.get(start_of_clause..m.start).is_some_and(|g| {
                                g.chars().filter(|c| !is_date_char(*c)).count() <= 2
                            })
                    };
                    // A clause without a subject of its own (…选派教师17人，帮助该校…) has
                    // the sentence's, unless the anaphor opens it (…结成对子，该院派出…).
                    // The clause's own punctuation is no word before the anaphor (，本月该院).
                    let anaphor_opens =
                        src.get(start_of_clause..at - '该'.len_utf8())
                            .is_some_and(|g| {
                                let g = g.trim_start_matches(['，', '；', ',', ';']);
                                // …the object of a help verb does not open it (，帮助该校).
                                g.chars().count() <= 2
                                    && !object(at - '该'.len_utf8())
                                    && !g
                                        .ends_with(['向', '为', '给', '到', '对', '在', '与', '和'])
                            });
                    let subject = here.iter().position(opens_clause).or_else(|| {
                        here.iter().position(|m| {
                            !anaphor_opens
                                && m.start >= s.span.start
                                && src
                                    .get(s.span.start..m.start)
                                    .is_some_and(|g| g.trim().chars().count() <= 2)
                        })
                    });
                    // The subject with the names joined to it (X和Y…, X联合Y…): none of them
                    // is what the anaphor of its own clause points back to.
                    let mut subjects: Vec<&str> = Vec::new();
                    if let Some(k) = subject {
                        let mut edge: Option<usize> = None;
                        for m in here.iter().skip(k) {
                            let joined = edge.is_none_or(|e| {
                                src.get(e..m.start).is_some_and(|g| {
                                    super::names::is_joiner(g)
                                        || ["联合", "会同", "携手", "协同"].contains(&g)
                                })
                            });
                            if !joined {
                                break;
                            }
                            subjects.push(&m.name);
                            edge = Some(m.end);
                        }
                    }
                    // "X与Y结成帮扶对子，该校当年选派骨干教师5名…": an anaphor that opens its
                    // clause and gives is the party that paired with another (X), not the
                    // last one named.
                    let giver = (anaphor_opens && gives_after(src, at))
                        .then(|| {
                            here.iter().find(|m| {
                                fits(m) && src.get(m.end..).is_some_and(|a| a.starts_with('与'))
                            })
                        })
                        .flatten();
                    let Some(ante) = helped
                        .or(giver)
                        .or_else(|| {
                            here.iter()
                                .rev()
                                .find(|m| fits(m) && !subjects.contains(&m.name.as_str()))
                        })
                        .or_else(|| {
                            let before = out.get(previous.clone()).unwrap_or_default();
                            // So are those of the sentence before, to an anaphor looking back.
                            let team_before = team_members(src, before);
                            let fits =
                                |m: &&Mention| fits(m) && !team_before.contains(&m.name.as_str());
                            // "我院…帮扶该院": with the author speaking of itself here, 该院 is
                            // not the subject of the sentence before ("甲医院托管乙医院。") but
                            // the last other institution it named.
                            let self_here = here
                                .iter()
                                .any(|m| m.pronoun && m.surface.chars().nth(1) == Some(head));
                            let subject = before.iter().find(fits).map(|m| &m.name);
                            // "…向乙学院图书馆捐赠图书；为该校培养博士3人": after 为/向/给/到
                            // the anaphor is the one helped, not the subject before.
                            // When the sentence before paired its givers respectively (A、B分别
                            // 帮扶C和D) and this one's subject is one of them, the one helped is
                            // that giver's own.
                            let own_partner = || -> Option<&Mention> {
                                let here_subject = subjects.first()?;
                                let first = before.first()?;
                                let last = before.last()?;
                                let text = src.get(first.start..last.end)?;
                                let split = first.start + text.find_str("分别")?;
                                let givers: Vec<&Mention> =
                                    before.iter().filter(|m| m.end <= split).collect();
                                let takers: Vec<&Mention> =
                                    before.iter().filter(|m| m.start > split).collect();
                                let k = givers.iter().position(|m| m.name == *here_subject)?;
                                (givers.len() == takers.len())
                                    .then(|| takers.get(k).copied())
                                    .flatten()
                                    .filter(|m| fits(m))
                            };
                            let helped_before = src
                                .get(..at - '该'.len_utf8())
                                .is_some_and(|b| b.ends_with(['为', '向', '给', '到']))
                                .then(|| {
                                    own_partner().or_else(|| {
                                        before.iter().rev().find(|m| {
                                            fits(m) && subject.is_some_and(|s| *s != m.name)
                                        })
                                    })
                                })
                                .flatten();
                            before
                                .iter()
                                .find(|m| same_anaphor(m) && fits(m))
                                .or(helped_before)
                                .or_else(|| {
                                    self_here
                                        .then(|| {
                                            before.iter().rev().find(|m| {
                                                fits(m) && subject.is_some_and(|s| *s != m.name)
                                            })
                                        })
                                        .flatten()
                                })
                                .or_else(|| {
                                    before
                                        .iter()
                                        .find(|m| fits(m) && !subjects.contains(&m.name.as_str()))
                                })
                                .or_else(|| before.iter().find(fits))
                        })
                        .or_else(|| {
                            // Nothing near: the one institution of its kind named so far
                            // (the hospital a feature is about, named in its opening), when
                            // no other fits among the last mentions.
                            let earlier = out.get(..first_here).unwrap_or_default();
                            let recent = earlier.get(earlier.len().saturating_sub(200)..)?;
                            let mut fitting = recent.iter().filter(|m| {
                                fits(m) && !team.contains(&m.name.as_str()) && !m.pronoun
                            });
                            let first = fitting.next()?;
                            fitting.all(|m| m.name == first.name).then_some(first)
                        })
                        .cloned()
                    else {
                        continue;
                    };
                    // 该校 after a unit: the unit's institution.
                    // 该院 after a department (乙医院外科): the hospital.
                    let ante = match &ante.parent {
                        Some(p)
                            if ante.kind == crate::InstitutionKind::Department
                                && (head == '校'
                                    || (head == '院'
                                        && (p.ends_with("医院") || p.ends_with("醫院"))
                                        && super::names::ends_as_department(&ante.name))) =>
                        {
                            Mention {
                                name: p.clone(),
                                kind: crate::InstitutionKind::guess(p),
                                parent: None,
                                ..ante
                            }
                        }
                        _ => ante,
                    };
                    // "校动物科学技术学院": the recogniser's name starting at the head.
                    let unit = pending
                        .peek()
                        .filter(|m| m.start == at && !m.pronoun)
                        .and_then(|m| m.surface.get(head.len_utf8()..))
                        .filter(|u| !u.is_empty())
                        .map(str::to_owned);
                    // 该院心内科: a hospital department the recogniser left alone (a bare
                    // department it read after the head is taken in).
                    let after_head = at + head.len_utf8();
                    let department = (unit.is_none() && head == '院')
                        .then(|| super::names::department_of_anaphor(src, after_head))
                        .flatten()
                        .map(|d| after_head + d);
                    if let Some(end) = department {
                        let start = at - '该'.len_utf8();
                        let unit = src.get(after_head..end).unwrap_or_default();
                        while pending.next_if(|m| m.start < end).is_some() {}
                        if out.last().is_some_and(|l| l.end > start) {
                            continue;
                        }
                        let base = ante.name.clone();
                        anaphor_unit = Some((end, base.clone()));
                        out.push(Mention {
                            start,
                            end,
                            name: format!("{base}{unit}"),
                            surface: src.get(start..end).unwrap_or_default().to_owned(),
                            kind: crate::InstitutionKind::Department,
                            pronoun: false,
                            parent: Some(base),
                        });
                        continue;
                    }
                    let start = at - '该'.len_utf8();
                    let mut m = match unit {
                        Some(unit) => {
                            let Some(cut) = pending.next() else {
                                continue;
                            };
                            let base = match &ante.parent {
                                Some(p) if head == '校' => p.clone(),
                                _ => ante.name.clone(),
                            };
                            Mention {
                                start,
                                end: cut.end,
                                name: format!("{base}{unit}"),
                                surface: src.get(start..cut.end).unwrap_or_default().to_owned(),
                                kind: crate::InstitutionKind::Department,
                                pronoun: false,
                                parent: Some(base),
                            }
                        }
                        None => Mention {
                            start,
                            end: at + head.len_utf8(),
                            surface: src
                                .get(start..at + head.len_utf8())
                                .unwrap_or_default()
                                .to_owned(),
                            ..ante
                        },
                    };
                    if out.last().is_some_and(|l| l.end > m.start) {
                        continue;
                    }
                    m.surface = m.surface.trim().to_owned();
                    out.push(m);
                }
                (Some(_), None) => {
                    if let Some(m) = pending.next() {
                        push_mention(src, &mut out, m, &mut selves, &mut anaphor_unit);
                    }
                }
                (None, None) => break,
            }
        }
        // A sentence that names only the author (1985年，华中农学院更名为华中农业大学) leaves
        // 该校 to the one before.
        if out
            .get(first_here..)
            .unwrap_or_default()
            .iter()
            .any(|m| !m.pronoun && !selves.contains(&m.name))
        {
            previous = first_here..out.len();
        }
    }
    out.extend(pending);
    out
}

/// Pushes a recogniser's mention, noting a name the author declares its own (the name right
/// before "（以下简称“我院”）", and one inside that parenthesis) and taking a bare department
/// listed right after a unit of an anaphor (该院心内科和神经外科) into that unit's institution.
fn push_mention(
    src: &str,
    out: &mut Vec<Mention>,
    m: Mention,
    selves: &mut Vec<String>,
    anaphor_unit: &mut Option<(usize, String)>,
) {
    if m.pronoun && m.surface.starts_with('我') {
        let head = src.get(..m.start).unwrap_or_default();
        if let Some(paren) = head.rfind(['（', '('])
            && head.len() - paren <= 60
            && head
                .get(paren..)
                .is_some_and(|g| g.has("简称") && !g.contains(['）', ')']))
        {
            for prior in out.iter().rev().take(3) {
                if prior.start >= paren || (prior.end == paren && !prior.pronoun) {
                    selves.push(prior.name.clone());
                }
            }
        }
    }
    if let Some((end, base)) = anaphor_unit.take()
        && m.parent.is_none()
        && !m.pronoun
        && super::names::ends_as_department(&m.name)
        && src
            .get(end..m.start)
            .is_some_and(|g| super::names::LIST_JOINERS.contains(&g))
    {
        *anaphor_unit = Some((m.end, base.clone()));
        out.push(unit_of(base, m));
        return;
    }
    // A bare college listed right after a unit of an institution (学校动物科技学院、植物保护
    // 学院; 该院动物科学学院和植物科学学院) is a unit of the same institution.
    if !m.pronoun
        && m.parent.is_none()
        && super::names::bare_college(&m.name)
        && let Some(prev) = out.last()
        && let Some(base) = prev.parent.clone()
        && prev.name.ends_with("学院")
        && src
            .get(prev.end..m.start)
            .is_some_and(|g| super::names::LIST_JOINERS.contains(&g))
    {
        out.push(unit_of(base, m));
        return;
    }
    out.push(m);
}

/// The mention `m` of a bare unit (心内科, 植物保护学院) as a unit of the institution `base`.
fn unit_of(base: String, m: Mention) -> Mention {
    Mention {
        name: format!("{base}{}", m.surface),
        parent: Some(base),
        ..m
    }
}

/// The names of `ms` (one sentence's mentions) that take a role in a team (X牵头, Y、Z参与).
fn team_members<'m>(src: &str, ms: &'m [Mention]) -> Vec<&'m str> {
    let mut team: Vec<&str> = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        let rest = src.get(m.end..).unwrap_or_default();
        if !TEAM_ROLES.iter().any(|w| rest.starts_with(w)) {
            continue;
        }
        team.push(&m.name);
        let mut right = m;
        for left in ms.get(..k).unwrap_or_default().iter().rev() {
            let gap = src.get(left.end..right.start).unwrap_or_default();
            if !super::names::is_joiner(gap) {
                break;
            }
            team.push(&left.name);
            right = left;
        }
    }
    team
}

/// Words of a unit's role in a team (X牵头, Y参与).
const TEAM_ROLES: [&str; 4] = ["牵头", "参与", "参加", "等参与"];

/// Characters of a date written before a clause's subject (2024年, 3月上旬).
fn is_date_char(c: char) -> bool {
    c.is_ascii_digit() || "年月日初底中旬上下半季度".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn essay_title_shapes() {
        for t in [
            "对口支援工作总结篇一",
            "【篇2】",
            "篇一：",
            "第三篇 喀什大学工作总结",
            "范文一：总结",
        ] {
            assert!(is_essay_title(t), "{t}");
        }
        for t in ["本篇一共", "第三篇文章", "一、基本情况", "范文", "第十二条"]
        {
            assert!(!is_essay_title(t), "{t}");
        }
    }

    #[test]
    fn essays_and_restarts_split() {
        let src = "合集篇一\n一、甲\n二、乙\n前言段落。\n一、丙\n标题篇二\n正文";
        let segs = segments(src);
        assert_eq!(segs.len(), 3, "{segs:?}");
        assert!(src.get(segs[1].start..).unwrap().starts_with("前言段落"));
        assert_eq!(segs[2].title.as_deref(), Some("标题篇二"));
    }

    #[test]
    fn toc_entries_are_no_restart() {
        for t in [
            "二、主要做法……………2",
            "三、存在问题...... 4",
            "二、成效　１２",
            "四、展望 7",
        ] {
            assert!(is_toc_entry(t), "{t}");
        }
        for t in ["二、主要做法", "三、培训教师120", "二、2021年工作"] {
            assert!(!is_toc_entry(t), "{t}");
        }
        // The body's 一、 after a table of contents continues the same document.
        let src = "某学院受援工作总结\n目录\n一、概况……1\n二、做法……3\n\n一、概况\n正文。\n二、做法\n正文。";
        assert_eq!(segments(src).len(), 1, "{:?}", segments(src));
        // A restart without a table of contents still splits.
        let src = "总结\n一、概况\n二、做法\n正文。\n一、另一篇\n正文。";
        assert_eq!(segments(src).len(), 2);
    }
}
