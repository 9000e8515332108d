//! Line reconstruction: paragraphs joined across hard wraps and blank lines, with the
//! original spans of every piece, their sentences, the heading above and the segment.

use crate::Span;

use super::classify::content_start;
use super::document::{LineKind, ends_closed, scan};
use super::marker::is_space;

/// What a reconstructed paragraph is.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{paragraphs, ParagraphKind};
/// let p = paragraphs("一、概况\n正文。\n");
/// assert_eq!(p[0].kind, ParagraphKind::Heading);
/// assert_eq!(p[1].kind, ParagraphKind::Body);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParagraphKind {
    /// The title of a heading.
    Heading,
    /// Body text.
    Body,
    /// A table-of-contents line.
    TocEntry,
}

/// A reconstructed paragraph: pieces of one or more physical lines, in order.
///
/// # Examples
///
/// ```
/// let src = "4月，教育部下发了《关于实施计\n\n划的通知》。两校签订协议。\n";
/// let p = &duikou_tokenizer::paragraphs(src)[0];
/// assert_eq!(p.text(), "4月，教育部下发了《关于实施计划的通知》。两校签订协议。");
/// assert_eq!((p.line, p.last_line), (1, 3));
/// let s: Vec<_> = p.sentences().iter().map(|s| s.slice(src).unwrap()).collect();
/// assert_eq!(s, vec!["4月，教育部下发了《关于实施计\n\n划的通知》。", "两校签订协议。"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Paragraph<'a> {
    /// What it is.
    pub kind: ParagraphKind,
    /// From the start of the first piece to the end of the last one (original text).
    pub span: Span,
    /// 1-based first line.
    pub line: u32,
    /// 1-based last line.
    pub last_line: u32,
    /// The pieces, one per physical line, without indentation and line breaks.
    pub pieces: Vec<Span>,
    /// The heading whose title this is, or the nearest heading above the body.
    pub heading: Option<usize>,
    /// Index of the segment (see [`Outline::segments`](crate::Outline::segments)).
    pub segment: usize,
    src: &'a str,
}

impl Paragraph<'_> {
    /// The joined text of the pieces.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_tokenizer::paragraphs("甲\n乙。")[0].text(), "甲乙。");
    /// ```
    #[must_use]
    pub fn text(&self) -> String {
        self.pieces
            .iter()
            .filter_map(|s| s.slice(self.src))
            .collect()
    }

    /// Sentence spans in the original text (a sentence may cross line breaks), split at
    /// 。！？； outside quotes and brackets.
    ///
    /// # Examples
    ///
    /// ```
    /// let src = "他说：“好。”然后走了！余下";
    /// let p = &duikou_tokenizer::paragraphs(src)[0];
    /// let s: Vec<_> = p.sentences().iter().map(|s| s.slice(src).unwrap()).collect();
    /// assert_eq!(s, vec!["他说：“好。”然后走了！", "余下"]);
    /// ```
    #[must_use]
    pub fn sentences(&self) -> Vec<Span> {
        let mut out = Vec::new();
        let mut depth: u32 = 0;
        let mut start: Option<usize> = None;
        let mut last_end = self.span.start;
        let mut pending_close = false;
        for piece in &self.pieces {
            let Some(text) = piece.slice(self.src) else {
                continue;
            };
            for (off, c) in text.char_indices() {
                let p = piece.start + off;
                if pending_close {
                    if "”’」』）)".contains(c) && depth > 0 {
                        depth -= 1;
                        last_end = p + c.len_utf8();
                        continue;
                    }
                    if let Some(s) = start.take() {
                        out.push(Span::new(s, last_end));
                    }
                    pending_close = false;
                }
                if start.is_none() {
                    if is_space(c) {
                        continue;
                    }
                    start = Some(p);
                }
                last_end = p + c.len_utf8();
                match c {
                    '“' | '《' | '（' | '(' | '「' | '『' | '‘' => depth += 1,
                    '”' | '》' | '）' | ')' | '」' | '』' | '’' => {
                        depth = depth.saturating_sub(1)
                    }
                    '。' | '！' | '？' | '；' | '!' | '?' | ';' if depth == 0 => {
                        pending_close = true
                    }
                    _ => {}
                }
            }
        }
        if let Some(s) = start {
            out.push(Span::new(s, last_end));
        }
        out
    }
}

/// One span per line of a title (one piece unless the title runs over several lines),
/// without line breaks and indentation.
fn title_pieces(src: &str, span: Span) -> Vec<Span> {
    let Some(t) = span.slice(src) else {
        return vec![span];
    };
    let mut out = Vec::new();
    let mut at = span.start;
    for part in t.split('\n') {
        // One test for both ends, so the kept text starts where the lead ends (a title may
        // open with a carriage return).
        let blank = |c: char| is_space(c) || c == '\r';
        let lead = part.len() - part.trim_start_matches(blank).len();
        let kept = part.trim_matches(blank);
        if !kept.is_empty() {
            out.push(Span::new(at + lead, at + lead + kept.len()));
        }
        at += part.len() + 1;
    }
    if out.is_empty() {
        out.push(span);
    }
    out
}

fn flush<'a>(cur: &mut Option<Paragraph<'a>>, out: &mut Vec<Paragraph<'a>>) {
    if let Some(p) = cur.take() {
        out.push(p);
    }
}

/// Reconstructs the paragraphs of `src`: broken lines joined (also across blank lines) while
/// the text before does not end a sentence; heading titles separated from their body; page
/// furniture, navigation and captions skipped. Spans point into the original text.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{paragraphs, ParagraphKind};
/// let src = "总结篇一\n\n一、概况\n\n我院与支援方签订了\n\n- 3 -\n\n协议。\n\n（一）抓住机遇。培养教师。\n";
/// let ps = paragraphs(src);
/// let got: Vec<_> = ps.iter().map(|p| (p.kind, p.text(), p.segment)).collect();
/// assert_eq!(got, vec![
///     (ParagraphKind::Heading, "总结".to_owned(), 1),
///     (ParagraphKind::Heading, "概况".to_owned(), 1),
///     (ParagraphKind::Body, "我院与支援方签订了协议。".to_owned(), 1),
///     (ParagraphKind::Heading, "抓住机遇".to_owned(), 1),
///     (ParagraphKind::Body, "培养教师。".to_owned(), 1),
/// ]);
/// ```
#[must_use]
pub fn paragraphs(src: &str) -> Vec<Paragraph<'_>> {
    let (outline, recs) = scan(src, true);
    let mut out: Vec<Paragraph<'_>> = Vec::new();
    let mut open = false;
    let mut current: Option<Paragraph<'_>> = None;
    let mut heading: Option<usize> = None;
    let seg_starts: Vec<usize> = outline.segments.iter().map(|s| s.span.start).collect();
    let mut seg = 0usize;
    let mut segment_of = |pos: usize| {
        while seg_starts.get(seg + 1).is_some_and(|&s| s <= pos) {
            seg += 1;
        }
        seg
    };
    for r in recs {
        match r.kind {
            LineKind::Blank | LineKind::Junk | LineKind::Title => {}
            LineKind::Toc => {
                flush(&mut current, &mut out);
                open = false;
                let line = r.span.slice(src).unwrap_or("");
                let off = content_start(line);
                let piece = Span::new(
                    r.span.start + off,
                    r.span.start + line.trim_end_matches(is_space).len(),
                );
                out.push(Paragraph {
                    kind: ParagraphKind::TocEntry,
                    span: piece,
                    line: r.line,
                    last_line: r.line,
                    pieces: vec![piece],
                    heading,
                    segment: segment_of(piece.start),
                    src,
                });
            }
            LineKind::Heading { idx, body_start } => {
                flush(&mut current, &mut out);
                heading = Some(idx);
                if let Some(h) = outline.headings.get(idx) {
                    out.push(Paragraph {
                        kind: ParagraphKind::Heading,
                        span: h.title_span,
                        line: h.line,
                        last_line: h.title_end_line,
                        pieces: title_pieces(src, h.title_span),
                        heading,
                        segment: h.segment,
                        src,
                    });
                }
                let line = r.span.slice(src).unwrap_or("");
                let body = line.get(body_start..).unwrap_or("");
                let lead = body.len() - body.trim_start_matches(is_space).len();
                let body_t = body.trim_matches(is_space);
                open = false;
                if !body_t.is_empty() {
                    let s = r.span.start + body_start + lead;
                    let piece = Span::new(s, s + body_t.len());
                    current = Some(Paragraph {
                        kind: ParagraphKind::Body,
                        span: piece,
                        line: r.line,
                        last_line: r.line,
                        pieces: vec![piece],
                        heading,
                        segment: segment_of(s),
                        src,
                    });
                    open = !ends_closed(body_t);
                }
            }
            LineKind::Text { closed } => {
                let line = r.span.slice(src).unwrap_or("");
                let off = content_start(line);
                let piece = Span::new(
                    r.span.start + off,
                    r.span.start + line.trim_end_matches(is_space).len(),
                );
                match current.as_mut() {
                    Some(p) if open => {
                        p.pieces.push(piece);
                        p.span = p.span.cover(piece);
                        p.last_line = r.line;
                    }
                    _ => {
                        flush(&mut current, &mut out);
                        current = Some(Paragraph {
                            kind: ParagraphKind::Body,
                            span: piece,
                            line: r.line,
                            last_line: r.line,
                            pieces: vec![piece],
                            heading,
                            segment: segment_of(piece.start),
                            src,
                        });
                    }
                }
                open = !closed;
            }
        }
    }
    flush(&mut current, &mut out);
    out
}
