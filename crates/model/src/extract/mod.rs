//! Extraction of a [`SupportNetwork`] from the text of a report.

mod addressee;
pub(crate) mod author;
pub(crate) mod both_units;
mod captions;
mod ceremony;
pub(crate) mod clause;
mod column_byline;
mod company_units;
pub(crate) mod contributions;
mod corps;
pub(crate) mod cues;
mod data_wall;
mod donation;
mod editor_notes;
pub(crate) mod fast_hash;
mod fields;
mod form_records;
mod furniture;
mod goods_list;
pub(crate) mod has;
pub(crate) mod headed_table;
mod indicator_table;
pub(crate) mod joined;
mod ledger_rows;
mod level_hospitals;
mod models;
pub(crate) mod names;
mod owners;
pub(crate) mod posts;
mod quoted;
pub(crate) mod relations;
mod relative;
mod renamed;
pub(crate) mod repost;
mod role_nouns;
mod script;
pub(crate) mod shadows;
mod short_places;
pub(crate) mod speakers;
pub(crate) mod table_amounts;
pub(crate) mod teams;
pub(crate) mod text;
pub(crate) mod towns;
pub(crate) mod words;
mod writer_unit;
mod year_table;

use crate::extract::has::Has;
use std::sync::LazyLock;

use duikou_tokenizer::{Decimal, LineIndex, Span};

use self::author::Role;
use self::fast_hash::{FastMap, FastSet};
use self::relations::{Party, RawRelation, SentenceCtx};
use crate::{
    AliasTable, Contribution, DateMention, Evidence, Institution, InstitutionKind, Program,
    RelationEvent, Segment, SupportNetwork, SupportRelation, Supporter,
};

/// Settings of an extraction: the alias table and the program table.
///
/// # Examples
///
/// ```
/// use duikou_model::{AliasTable, ExtractOptions, extract_with};
/// let mut opts = ExtractOptions::default();
/// opts.aliases.extend_from_tsv("彭州市教育局\teducation_bureau\t彭州教育局").unwrap();
/// let net = extract_with("彭州教育局对口支援乡城县。", &opts);
/// assert_eq!(net.pairs(), [("彭州市教育局", "乡城县")]);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ExtractOptions {
    /// Institutions and their abbreviations.
    pub aliases: AliasTable,
    /// Programs recognised by name.
    pub programs: Vec<Program>,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        Self {
            aliases: AliasTable::builtin(),
            programs: Program::builtin(),
        }
    }
}

static DEFAULT: LazyLock<ExtractOptions> = LazyLock::new(ExtractOptions::default);

/// Whether `name` is an unresolved self-reference of the author (我院, 我校, 我局, 我市, …, or a
/// unit of it such as 我校医学院).
///
/// # Examples
///
/// ```
/// assert!(duikou_model::is_self_pronoun("我局"));
/// assert!(duikou_model::is_self_pronoun("我校医学院"));
/// assert!(!duikou_model::is_self_pronoun("乡城县"));
/// ```
#[must_use]
pub fn is_self_pronoun(name: &str) -> bool {
    names::PRONOUNS.iter().any(|p| name.starts_with(p))
}

/// Extracts the support network of a report with the built-in tables.
///
/// Never fails: any text gives a network (possibly empty). Linear in the input.
///
/// # Examples
///
/// ```
/// let net = duikou_model::extract("确定中国人民大学、上海财经大学为我院对口支援单位。目前已为我院培养博士6人。");
/// assert_eq!(net.pairs(), [("上海财经大学", "我院"), ("中国人民大学", "我院")]);
/// assert_eq!(net.author, None); // the text never says who 我院 is
/// assert_eq!(net.contributions[0].value.to_string(), "6");
/// ```
#[must_use]
pub fn extract(src: &str) -> SupportNetwork {
    extract_with(src, &DEFAULT)
}

/// Extracts the support network of a report with the given tables.
///
/// # Examples
///
/// ```
/// use duikou_model::{ExtractOptions, extract_with};
/// let net = extract_with("伊犁师范学院对口支援工作总结\n南京大学对口支援我院。", &ExtractOptions::default());
/// assert_eq!(net.author.as_deref(), Some("伊犁师范学院"));
/// assert_eq!(net.pairs(), [("南京大学", "伊犁师范学院")]);
/// ```
#[must_use]
pub fn extract_with(original: &str, opts: &ExtractOptions) -> SupportNetwork {
    // Tables written with bars (区 | 结对县 | 结对学校) are read as tab tables; spans are the
    // same, evidence is quoted from the original.
    // A text in traditional characters is read folded to simplified ones (same length, same
    // offsets); names come back in its own script at the end.
    let folded = duikou_tokenizer::fold_traditional(original);
    let read: &str = folded.as_deref().unwrap_or(original);
    // Full-width digits (１２人) are read as ASCII ones; offsets are mapped back for evidence.
    let narrowed = duikou_tokenizer::narrow_digits(read);
    let narrow: &str = narrowed.as_ref().map_or(read, |n| n.text.as_str());
    let cells = text::bars_as_tabs(narrow);
    let unjoined: &str = cells.as_deref().unwrap_or(narrow);
    // A text wrapped at a fixed width (a PDF copy) is read with its wrapped lines joined.
    let joined = joined::join_wrapped_lines(unjoined);
    let src: &str = joined.as_ref().map_or(unjoined, |j| j.text.as_str());
    // Offsets of the text read, taken back to the input through the joining and the
    // narrowing (each the identity when it did nothing).
    let to_input = |at: usize, is_end: bool| -> usize {
        let at = joined.as_ref().map_or(at, |j| j.to_unjoined(at, is_end));
        narrowed.as_ref().map_or(at, |n| n.to_original(at))
    };
    let lines = LineIndex::new(original);
    let line_of = |at: usize| lines.line_of(to_input(at, false));
    // Evidence quotes the input at the place the span was read from.
    let evidence = |span: Span| -> Evidence {
        Evidence::new(
            original,
            &lines,
            Span::new(to_input(span.start, false), to_input(span.end, true)),
        )
    };
    let sentences = text::sentences(src);
    // Quantities are scanned per sentence (sentences are capped in length), so the scanner's
    // look-behind stays bounded and the whole pass linear; spans are shifted back.
    let mut quantities: Vec<duikou_tokenizer::Quantity<'_>> = Vec::new();
    for s in &sentences {
        let Some(text) = s.span.slice(src) else {
            continue;
        };
        for q in duikou_tokenizer::quantities(text) {
            let span = q.span.shift(s.span.start);
            // 价值大概八十万: a value said without its 元.
            let unit = q
                .unit
                .or_else(|| contributions::unsaid_yuan(text, &q).then_some("元"));
            quantities.push(duikou_tokenizer::Quantity {
                span,
                line: line_of(span.start),
                unit,
                ..q
            });
        }
    }
    let mut shorts: Vec<(String, String)> = Vec::new();
    let mut recognizer = names::Recognizer::new(&opts.aliases);
    if names::names_an_association(src) {
        recognizer.allow_association_pronouns();
    }
    if names::calls_itself_company(src) {
        recognizer.allow_company_word();
    }
    // First pass: names; then document-level short forms of places (乡城 for 乡城县).
    let mut first: Vec<names::Mention> = Vec::new();
    // Where each sentence's mentions start in `first`.
    let mut first_at: Vec<usize> = Vec::with_capacity(sentences.len() + 1);
    for s in &sentences {
        first_at.push(first.len());
        first.extend(recognizer.mentions(s.span.slice(src).unwrap_or_default(), s.span.start));
    }
    first_at.push(first.len());
    for m in &first {
        if matches!(
            m.kind,
            InstitutionKind::County | InstitutionKind::Prefecture
        ) {
            let base = crate::strip_place_prefix(&m.name);
            // 乡城 for 乡城县, 黔西南 for 黔西南州, 阿里 for 阿里地区.
            if let Some(stem) = base
                .strip_suffix('县')
                .or_else(|| base.strip_suffix('州'))
                .or_else(|| base.strip_suffix("地区"))
                && stem.chars().count() >= 2
                && !crate::alias::opens_with_region(base)
            {
                shorts.push((stem.to_owned(), m.name.clone()));
            }
        } else if !m.pronoun
            && let Some(p) = m.name.find_str("地区")
            && let Some(stem) = m.name.get(..p)
            && (2..=4).contains(&stem.chars().count())
            && p + "地区".len() < m.name.len()
            && !crate::alias::opens_with_region(stem)
        {
            // A prefecture named only inside its institutions' names (阿里地区人民医院): 阿里
            // is the prefecture too.
            shorts.push((stem.to_owned(), format!("{stem}地区")));
        }
    }
    let mentions: Vec<names::Mention> = if shorts.is_empty() {
        first
    } else {
        for (s, c) in &shorts {
            recognizer.add_short(s, c);
        }
        // Second pass with the short forms: a sentence in which no short form occurs gives
        // the same mentions as in the first pass.
        let mut forms: Vec<&str> = shorts.iter().map(|(s, _)| s.as_str()).collect();
        forms.sort_unstable();
        forms.dedup();
        // Where the short forms occur: one search per form over the whole document (each
        // occurrence, overlapping ones too), instead of a search per sentence.
        let mut hits: Vec<(usize, usize)> = Vec::new();
        // A vectorised substring search (memmem) per form: the generic `str::find` spent
        // tens of instructions per byte on CJK text.
        for f in &forms {
            let step = f.chars().next().map_or(1, char::len_utf8);
            let finder = memchr::memmem::Finder::new(f.as_bytes());
            let mut from = 0usize;
            while let Some(p) = src
                .as_bytes()
                .get(from..)
                .and_then(|rest| finder.find(rest))
            {
                hits.push((from + p, from + p + f.len()));
                from += p + step;
            }
        }
        hits.sort_unstable();
        let mut h_at = 0usize;
        // Whether a form occurs inside the span (sentences come in document order).
        let mut has_form = |span: Span| {
            while hits.get(h_at).is_some_and(|h| h.0 < span.start) {
                h_at += 1;
            }
            hits.get(h_at..)
                .unwrap_or_default()
                .iter()
                .take_while(|h| h.0 < span.end)
                .any(|h| h.1 <= span.end)
        };
        let mut out = Vec::with_capacity(first.len());
        let mut old = first.into_iter();
        for (s, w) in sentences.iter().zip(first_at.windows(2)) {
            let n = match w {
                [a, b] => b - a,
                _ => 0,
            };
            let text = s.span.slice(src).unwrap_or_default();
            let kept = old.by_ref().take(n);
            if has_form(s.span) {
                kept.for_each(drop);
                out.extend(recognizer.mentions(text, s.span.start));
            } else {
                out.extend(kept);
            }
        }
        out
    };
    // A breadcrumb trail and the headlines of related articles name no party of this text.
    let mentions = furniture::drop_furniture(src, mentions);
    // A former name followed by its present one (原X（现Y）) is Y.
    let mentions = renamed::apply(src, mentions);
    // Units cited as models (学习借鉴X的经验) are no parties.
    let mentions = models::drop_models(src, mentions);
    // An owner before its unit (X教育局所属Y中学) is no party: the unit is.
    let mentions = owners::drop_owners(src, mentions);
    // A bureau named as the place of a post (任县发改局副局长) is no party.
    let mentions = posts::drop_post_bureaus(src, mentions);
    // 县医院 for the one county hospital the document names in full.
    let mentions = level_hospitals::add(src, mentions);
    let mentions = author::resolve_anaphora(src, &sentences, mentions);
    // A number inside a name (乌兰花镇三元井村's 三元) is no amount.
    drop_quantities_in_names(&mut quantities, &mentions);
    // Districts named whole only in a governing body's name (嘉兴市秀洲区发展和改革局).
    let body_districts = short_places::body_districts(
        mentions
            .iter()
            .filter(|m| !m.pronoun)
            .map(|m| m.name.as_str()),
    );

    let mut net = SupportNetwork::new();
    let mut seen: FastSet<String> = FastSet::default();
    let mut authors = Vec::new();
    // The authors of the document's own segments (a reposted item's source is none of them).
    let mut own_authors: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    let mut m_at = 0usize;
    let mut q_at = 0usize;
    let mut s_at = 0usize;
    // Autonomous counties the text writes whole (天祝县 → 天祝藏族自治县): a unit named from the
    // author's place, which the text never writes itself (我县卫生健康局, 县人民医院), takes the
    // whole name. Read once for all segments.
    let whole_counties = short_places::whole_counties(src);
    for seg in form_records::split_records(src, repost::split_reposts(src, author::segments(src))) {
        // Sentences and mentions of the segment (all lists are in document order): runs of
        // the document's, borrowed.
        let seg_n = sentences
            .get(s_at..)
            .unwrap_or_default()
            .iter()
            .take_while(|s| s.span.start < seg.end)
            .count();
        let seg_sentences: &[text::Sentence] =
            sentences.get(s_at..s_at + seg_n).unwrap_or_default();
        s_at += seg_n;
        // The segment's mentions are a run of the document's (both lists are in order).
        let seg_len = mentions
            .get(m_at..)
            .unwrap_or_default()
            .iter()
            .take_while(|m| m.start < seg.end)
            .count();
        let seg_owned: &[names::Mention] = mentions.get(m_at..m_at + seg_len).unwrap_or_default();
        let seg_mentions: Vec<&names::Mention> = seg_owned.iter().collect();
        m_at += seg_len;
        let seg_text = src.get(seg.start..seg.end).unwrap_or_default();
        let self_pronoun = most_common_pronoun(&seg_mentions);
        // Relations, first without an implicit subject to learn the author's role.
        let mut raws: Vec<RawRelation> = Vec::new();
        // Each sentence with the run of the segment's mentions inside it (borrowed).
        let mut per_sentence: Vec<(text::Sentence, &[&names::Mention])> =
            Vec::with_capacity(seg_sentences.len());
        let mut mi = 0usize;
        for s in seg_sentences {
            while seg_mentions.get(mi).is_some_and(|m| m.start < s.span.start) {
                mi += 1;
            }
            let n = seg_mentions
                .get(mi..)
                .unwrap_or_default()
                .iter()
                .take_while(|m| m.end <= s.span.end)
                .count();
            per_sentence.push((*s, seg_mentions.get(mi..mi + n).unwrap_or_default()));
        }
        // The cue words of each sentence with a name, found once for both passes below.
        let cues: Vec<cues::Cues> = per_sentence
            .iter()
            .map(|(s, ms)| {
                if ms.is_empty() {
                    cues::Cues::default()
                } else {
                    cues::Cues::new(src, s.span)
                }
            })
            .collect();
        // The relations of one sentence with a name (every relation pattern needs a named party
        // in the sentence, its recipient), with or without an implicit subject, and whether its
        // readers asked for that subject.
        let relations_in = |k: usize, implicit: Option<&Party>| -> (Vec<RawRelation>, bool) {
            let (Some((s, ms)), Some(cues)) = (per_sentence.get(k), cues.get(k)) else {
                return (Vec::new(), false);
            };
            // A row of a list of people (name, blanks, unit and post) states no support.
            if s.span
                .slice(src)
                .is_some_and(|t| text::is_roster_row(t) && !t.contains('\n'))
            {
                return (Vec::new(), false);
            }
            // "…；并与C建立对口帮扶关系": a clause after a semicolon that opens with 与 has the
            // subject of the clauses before it.
            let mut mentions = ms.to_vec();
            if let Some(m) = semicolon_subject(src, &per_sentence, k) {
                mentions.insert(0, m);
            }
            let cx = SentenceCtx {
                src,
                span: s.span,
                mentions,
                quantities: sentence_quantities(&quantities, s.span),
                programs: &opts.programs,
                cues,
            };
            let implicit = relations::Implicit::new(implicit);
            let mut found = relations::find(&cx, &implicit);
            // A question (有消息说X也将支援Y，是否属实？) asks; it states no pair.
            if s.span
                .slice(src)
                .is_some_and(|t| t.trim_end().ends_with(['？', '?']))
            {
                for r in &mut found {
                    r.status = crate::Status::Hypothetical;
                }
            }
            (found, implicit.asked())
        };
        // First without an implicit subject, to learn the author's role: (sentence, number of
        // its relations, whether it asked for the subject).
        let mut read: Vec<(usize, usize, bool)> = Vec::new();
        for (k, (_, ms)) in per_sentence.iter().enumerate() {
            if ms.is_empty() {
                continue;
            }
            let (found, asked) = relations_in(k, None);
            read.push((k, found.len(), asked));
            raws.extend(found);
        }
        // Tables pasted one cell per line span sentences: read over the segment's lines.
        let mut tables =
            clause::cell_table(src, (seg.start, seg.end), &seg_mentions, &opts.programs);
        // A donation agreement's donor and donee, named at its head.
        tables.extend(donation::donation_agreement(
            src,
            (seg.start, seg.end),
            &seg_mentions,
        ));
        raws.extend(tables.iter().cloned());
        let role = author::role(
            &raws,
            seg_text,
            self_pronoun.as_ref().map(|p| p.name.as_str()),
        );
        if role == Role::Supporter
            && let Some(p) = &self_pronoun
        {
            // Again with the author as the implicit subject: only the sentences whose readers
            // asked for one can read differently.
            let mut first = core::mem::take(&mut raws).into_iter();
            for &(k, n, asked) in &read {
                let kept = first.by_ref().take(n);
                if asked {
                    kept.for_each(drop);
                    raws.extend(relations_in(k, Some(p)).0);
                } else {
                    raws.extend(kept);
                }
            }
            raws.extend(tables);
        }
        let mut by_name: FastMap<&str, &names::Mention> = FastMap::default();
        let mut surfaces: FastMap<&str, std::collections::BTreeSet<&str>> = FastMap::default();
        for m in seg_owned {
            by_name.entry(&m.name).or_insert(m);
            surfaces.entry(&m.name).or_default().insert(&m.surface);
        }
        // A reposted item's author is its source; the text after it resumes the author of
        // the text before.
        let author = seg
            .given_author
            .clone()
            .or_else(|| seg.resumes.and_then(|k| authors.get(k).cloned().flatten()))
            .or_else(|| author::resolve(src, &seg, seg_owned, &raws, role));
        // A body that oversees support (an audit office) is on neither side of it.
        let role = if author.as_deref().is_some_and(is_overseer) {
            Role::Unknown
        } else {
            author::role_of_place(&raws, author.as_deref(), role).unwrap_or(role)
        };
        // The province of the segment, for 省教育厅 and 省立医院 written without it.
        // The author's own province comes first (江苏省教育厅's 省教育厅 is 江苏省教育厅, though the
        // text names 陕西省 before).
        let province: Option<String> =
            author
                .as_deref()
                .and_then(|a| place_of(a, "我省"))
                .or_else(|| {
                    seg_mentions
                        .iter()
                        .find(|m| {
                            !m.pronoun
                                && m.kind == InstitutionKind::Province
                                && m.name.ends_with('省')
                        })
                        .map(|m| m.name.clone())
                });
        // 贵校 of a letter with a salutation line (西藏大学：) is that institution.
        let addressed =
            addressee::salutation(src, (seg.start, seg.end), &seg_mentions, author.as_deref());
        // A letter greeting several institutions: each form (贵局, 贵校) is the one of its kind.
        let addressed_many: Vec<(String, InstitutionKind)> = if addressed.is_none() {
            addressee::salutation_many(src, (seg.start, seg.end), &seg_mentions)
                .into_iter()
                .map(|m| (m.name.clone(), m.kind))
                .collect()
        } else {
            Vec::new()
        };
        // Hospitals named with their university (我校附属中大医院, 东南大学附属中大医院): the
        // hospital's own name after 附属 (中大医院) stands for the whole name in the segment.
        let affiliated = affiliated_short_names(&seg_mentions, author.as_deref());
        // A supporting bureau that states its own pairing with the other side's bureau
        // (我局与美姑县教育局签订…协议) speaks of its place apart from itself: its 我区 is then
        // the district, not the bureau.
        let place_apart = author.as_deref().is_some_and(|a| a.ends_with("教育局"))
            && raws.iter().any(|r| {
                r.agreement.is_some()
                    && r.recipient.name.ends_with("教育局")
                    && r.supporters
                        .iter()
                        .any(|s| s.pronoun && matches!(s.name.as_str(), "我局" | "本局"))
            });
        let widen = |place: String| whole_counties.get(&place).cloned().unwrap_or(place);
        let resolve_written = |p: &Party| -> String {
            if !p.pronoun
                && let Some(full) = affiliated.iter().find_map(|(short, full)| {
                    let rest = p.name.strip_prefix(short.as_str())?;
                    (rest.is_empty() || names::ends_as_department(rest))
                        .then(|| format!("{full}{rest}"))
                })
            {
                return full;
            }
            // 学校图书馆 in a university's own text (学校 for 我校) is its library.
            if !p.pronoun
                && let Some(unit) = p.name.strip_prefix("学校")
                && ["图书馆", "学院", "医院", "处", "中心", "办公室"]
                    .iter()
                    .any(|u| unit.ends_with(u))
                && let Some(a) = author
                    .as_deref()
                    .filter(|a| a.ends_with("大学") || a.ends_with("学院"))
            {
                return format!("{a}{unit}");
            }
            // A bare 附属第一医院 in a university's own text is its hospital.
            if !p.pronoun
                && p.name.starts_with("附属")
                && let Some(a) = author
                    .as_deref()
                    .filter(|a| a.ends_with("大学") || a.ends_with("学院"))
            {
                return format!("{a}{}", p.name);
            }
            if !p.pronoun
                && let Some(a) = &addressed
                && let Some(form) = addressee::addressee_form(&p.name)
            {
                return format!("{a}{}", p.name.get(form.len()..).unwrap_or_default());
            }
            if !p.pronoun
                && let Some(form) = addressee::addressee_form(&p.name)
                && let mut fitting = addressed_many.iter().filter(|(_, k)| {
                    author::pronoun_kind_fits(&form.replacen(['贵', '你'], "我", 1), *k)
                })
                && let (Some((a, _)), None) = (fitting.next(), fitting.next())
            {
                return format!("{a}{}", p.name.get(form.len()..).unwrap_or_default());
            }
            // 集团公司 in a group's own report is the group (中国华能集团有限公司).
            if !p.pronoun
                && matches!(p.name.as_str(), "集团公司" | "集团")
                && let Some(a) = author.as_deref().filter(|a| a.has("集团"))
            {
                return a.to_owned();
            }
            // 省社, 市局, 省厅: the author's own body by its level and its kind (山东省供销合作社
            // 联合社's 省社), when the author is of that level and kind.
            // So is 市委党校 of 中共东营市委党校: the author's name ends with what follows the
            // level.
            if !p.pronoun
                && let Some(a) = author.as_deref()
                && let Some(kind) = ['省', '市', '县']
                    .iter()
                    .find_map(|l| p.name.strip_prefix(*l).map(|k| (*l, k)))
                && !kind.1.is_empty()
                && kind.1.chars().count() <= 4
                && a.len() > p.name.len()
                && a.ends_with(kind.1)
                && a.chars().take(12).any(|c| c == kind.0)
            {
                return a.to_owned();
            }
            // 县人民医院 in a county's report, 市人民医院 in a city's, 省教育厅 in a text about
            // one province: the place of the text.
            if !p.pronoun
                && let Some(rest) = p.name.get(3..).filter(|r| r.chars().count() >= 2)
            {
                let own = match p.name.chars().next() {
                    Some('县') => author
                        .as_deref()
                        .and_then(|a| place_of(a, "我县"))
                        .map(widen),
                    Some('市') => author.as_deref().and_then(|a| place_of(a, "我市")),
                    Some('省') => province.clone(),
                    _ => None,
                };
                if let Some(place) = own {
                    return format!("{place}{rest}");
                }
            }
            // 我县职业技术学校 in a report of 理塘县教育局 → 理塘县职业技术学校.
            if let (Some(a), true) = (&author, p.pronoun)
                && let Some((pr, unit)) = names::PRONOUNS
                    .iter()
                    .find_map(|pr| p.name.strip_prefix(pr).map(|u| (*pr, u)))
                && !unit.is_empty()
                && let Some(place) = place_of(a, pr)
            {
                // 我区温江中学: the school's own name already starts with the place (温江).
                let stem = place.trim_end_matches(['县', '市', '区', '州', '省']);
                let stem = crate::strip_place_prefix(stem);
                if stem.chars().count() >= 2 && unit.starts_with(stem) {
                    return unit.to_owned();
                }
                return format!("{}{unit}", widen(place));
            }
            match (&author, p.pronoun) {
                // A government's 我市 (or its office's) is its city, whichever side it is on.
                // A provincial department's 我省 is its province (江苏省教育厅: 我省与陕西省…).
                (Some(a), true)
                    if (role == Role::Recipient
                        || a.has("人民政府")
                        || p.name == "我省"
                        || is_overseer(a)
                        || speaks_for_place(a)
                        || place_apart)
                        && place_pronoun(&p.name).is_some() =>
                {
                    // 我县 in a report of 乡城县教育局 on the help it receives is the county, not
                    // the bureau (a supporting city's 我市 stays its reporting bureau).
                    place_of(a, &p.name).unwrap_or_else(|| p.name.clone())
                }
                (Some(a), true) => {
                    // 我校医学院 → <author>医学院.
                    let (pr, unit) = names::PRONOUNS
                        .iter()
                        .find_map(|pr| p.name.strip_prefix(pr).map(|u| (*pr, u)))
                        .unwrap_or_default();
                    // In a department's own report (昭觉县人民医院普外科…述职报告) 我院 is its
                    // hospital and 我科 the department; 我科 of a whole hospital is unknown.
                    match (pr, relations::hospital_of(a)) {
                        ("我院" | "本院", Some(h)) => format!("{h}{unit}"),
                        ("我科", None) => p.name.clone(),
                        // A university's youth league or party committee (共青团X大学委员会)
                        // means its university by 我校.
                        ("我校" | "本校", _) if author::organ_institution(a).is_some() => {
                            format!("{}{unit}", author::organ_institution(a).unwrap_or(a))
                        }
                        _ => format!("{a}{unit}"),
                    }
                }
                _ => p.name.clone(),
            }
        };
        // A mass organisation's short kind word written out (…县妇联 → …县妇女联合会).
        let resolve = |p: &Party| crate::alias::full_suffix(resolve_written(p));
        // The institution of an office named as a recipient, unless an office gives (a
        // pairing of offices, 教务处 with 教务处, stays as written).
        let office_of = |recipient: &str, giver_is_office: bool| -> Option<String> {
            if giver_is_office {
                return None;
            }
            office_owner(recipient, |n| {
                by_name.contains_key(n) || author.as_deref() == Some(n)
            })
            .map(str::to_owned)
        };
        relations::fill_team_recipients(&mut raws);
        relations::drop_place_shadows(&mut raws);
        relations::drop_recipient_place_shadows(&mut raws);
        relations::drop_peer_agreements(src, &mut raws);
        // Agreements between two parties: orient them.
        relations::orient_by_level(&mut raws, author.as_deref());
        orient(&mut raws, role);
        both_units::add(src, per_sentence.iter().map(|(s, _)| s.span), &mut raws);
        // Contributions.
        // In a hospital's report the experts sent are medical staff, not teachers.
        // So are they in an account of hospitals only (a medical team's record, written by no
        // hospital of its own): every pair it states is medical support, and one at least.
        let medical_only = raws
            .iter()
            .any(|r| r.kind == crate::RelationKind::MedicalSupport)
            && raws.iter().all(|r| {
                r.kind == crate::RelationKind::MedicalSupport
                    // Hospitals and their departments (西吉县人民医院儿科).
                    || r.recipient.name.has("医院")
                    || r.recipient.name.ends_with("卫生院")
                    // Places pair in the frame of the account (福州市对口帮扶西吉县).
                    || InstitutionKind::guess(&r.recipient.name).is_place()
                    || r.recipient.name.ends_with(['镇', '乡'])
            });
        let hospital_report =
            author.as_deref().is_some_and(|a| a.ends_with("医院")) || medical_only;
        let fresh = || contributions::Context {
            hospital_report,
            ..Default::default()
        };
        let mut ctx = fresh();
        let mut para = usize::MAX;
        // In a first-person account, the school the writer teaches at receives what is not
        // given elsewhere (来校, 为学校).
        let host = speakers::host_of(src, seg_owned).map(|m| Party {
            name: m.name.clone(),
            pronoun: false,
        });
        // A log or a form submitted by a seconded person (提交人：X（甲医院…，现挂职乙医院…）):
        // what the entries record is the home unit's to the host's, when no giver is named.
        let submitted = submitter_pair(src, seg.start, &raws);
        let default_recipient = match role {
            _ if submitted.is_some() => submitted.map(|(_, r)| r.clone()),
            Role::Recipient => self_pronoun.clone(),
            _ => host.or_else(|| single_recipient(&raws)),
        };
        // A named author that only ever supports (an exhibition of 东北师范大学 speaking of itself
        // as 学校) gives what names no giver, to its one recipient.
        let named_supporter = author.as_deref().filter(|a| {
            raws.iter()
                .any(|r| r.supporters.iter().any(|s| s.name == *a) && !r.undirected)
                && !raws.iter().any(|r| r.recipient.name == *a)
        });
        let default_recipient = default_recipient.or_else(|| {
            let a = named_supporter?;
            let mut rs = raws
                .iter()
                .filter(|r| r.supporters.iter().any(|s| s.name == a) && r.status.is_actual())
                .map(|r| &r.recipient);
            let first = rs.next()?;
            rs.all(|r| r == first).then(|| first.clone())
        });
        let named_supporter = named_supporter.map(|a| Party {
            name: a.to_owned(),
            pronoun: false,
        });
        let default_supporter = match role {
            _ if submitted.is_some() => submitted.map(|(s, _)| s.clone()),
            Role::Supporter => self_pronoun.clone().or(named_supporter),
            _ => named_supporter,
        };
        let mut raw_cs = Vec::new();
        // Inside the items agreed at a meeting (会议议定以下事项：一、…二、…) an amount is
        // planned, not done, and inside the items of an appeal (我们倡议：一、捐出一本好书…)
        // it is asked for: from a line that announces them to the first paragraph that is no
        // numbered item.
        let mut agreed: Option<crate::Status> = None;
        // Whether the sentences read are an attachment list's lines.
        let mut in_attachments = false;
        // The pairs each sentence states, by where their evidence starts (one sort, then a
        // bounded look-up per sentence).
        let mut stated: Vec<(usize, &RawRelation)> = raws
            .iter()
            .filter(|r| {
                r.status == crate::Status::Actual
                    && !r.undirected
                    && !r.recipient.pronoun
                    && r.supporters.len() == 1
            })
            .map(|r| (r.evidence.start, r))
            .collect();
        stated.sort_by_key(|(at, _)| *at);
        // Each supporter's one recipient among the pairs stated so far (`None` once it has
        // two), filled as the sentences pass the pairs: one look-up per amount.
        let mut own_recipient: FastMap<&str, Option<&Party>> = FastMap::default();
        let mut stated_seen = 0usize;
        for (s, ms) in &per_sentence {
            let sentence_text = s.span.slice(src).unwrap_or_default().trim();
            if s.para != para {
                para = s.para;
                // The item of the last amount survives: a slide's bullets are paragraphs, and
                // shares on the next bullet name no item of their own.
                // So does a statement that money is paid in instalments (the receipt of the
                // first one may come paragraphs later).
                ctx = contributions::Context {
                    last_item: ctx.last_item.take(),
                    instalments: ctx.instalments,
                    ..fresh()
                };
                if agreed.is_some()
                    && !text::is_heading_line(sentence_text)
                    && !numbered_item(sentence_text)
                {
                    agreed = None;
                }
            }
            if sentence_text.ends_with(['：', ':']) && AGREED.iter().any(|w| sentence_text.has(w))
            {
                agreed = Some(crate::Status::Planned);
            } else if sentence_text.ends_with(['：', ':'])
                && APPEALED.iter().any(|w| sentence_text.has(w))
            {
                agreed = Some(crate::Status::Requested);
            }
            while quantities
                .get(q_at)
                .is_some_and(|q| q.span.start < s.span.start)
            {
                q_at += 1;
            }
            // 附件：…名单（68人）: the title of another document; so are the numbered items
            // listed under it (2.结对关系一览表 ⏎ 3.固定资产清单（车辆6台）).
            if text::is_attachment_line(sentence_text)
                || (in_attachments && text::is_list_title(sentence_text))
            {
                in_attachments = true;
                continue;
            }
            in_attachments = false;
            // Without a name or a quantity, a sentence gives no contribution and changes the
            // context only by forgetting its supporter (两校, 双方 …): nothing to do when there
            // is none.
            if ms.is_empty()
                && ctx.supporter.is_none()
                && quantities
                    .get(q_at)
                    .is_none_or(|q| q.span.start >= s.span.end)
            {
                continue;
            }
            let clauses = text::clauses(src, s.span);
            let from = raw_cs.len();
            raw_cs.extend(contributions::find(
                src,
                s.span,
                &clauses,
                ms,
                &quantities,
                q_at,
                &mut ctx,
                default_recipient.as_ref(),
                default_supporter.as_ref(),
                role == Role::Recipient,
            ));
            // A sentence that states one pair (X与Y结成帮扶对子，全年派驻医生14人) gives its
            // supporter's amounts to its recipient, not to one of an earlier sentence.
            if raw_cs.len() > from {
                let lo = stated.partition_point(|(at, _)| *at < s.span.start);
                let hi = stated.partition_point(|(at, _)| *at < s.span.end);
                if let Some([(_, only)]) = stated.get(lo..hi)
                    && let Some(sup) = only.supporters.first()
                {
                    // "…；与C开展东西部协作，投入资金4.3亿元": the clause's subject is the
                    // giver (of the clauses before), C its partner, not the giver.
                    let subjectless = WITH_OPENERS.iter().any(|w| sentence_text.starts_with(w));
                    for c in raw_cs.get_mut(from..).unwrap_or_default() {
                        if subjectless
                            && c.recipient.is_none()
                            && c.supporter
                                .as_ref()
                                .is_some_and(|p| p.name == only.recipient.name)
                        {
                            c.supporter = Some(sup.clone());
                            c.recipient = Some(only.recipient.clone());
                            continue;
                        }
                        let from_outside = c
                            .recipient
                            .as_ref()
                            .is_some_and(|r| !ms.iter().any(|m| m.name == r.name));
                        if c.supporter.as_ref().is_some_and(|p| p.name == sup.name)
                            && (from_outside || c.recipient.is_none())
                        {
                            c.recipient = Some(only.recipient.clone());
                        }
                    }
                } else if lo == hi {
                    // A sentence that states no pair and names its giver (绵阳市累计选派支教
                    // 教师460名) gives to the one recipient the document paired it with before.
                    for (_, r) in stated.get(stated_seen..lo).unwrap_or_default() {
                        if let Some(sup) = r.supporters.first() {
                            own_recipient
                                .entry(sup.name.as_str())
                                .and_modify(|o| {
                                    if o.is_some_and(|p| p.name != r.recipient.name) {
                                        *o = None;
                                    }
                                })
                                .or_insert(Some(&r.recipient));
                        }
                    }
                    stated_seen = stated_seen.max(lo);
                    for c in raw_cs.get_mut(from..).unwrap_or_default() {
                        // A place pronoun (我省已先后选派…) is as good as a name: it stands
                        // for one place throughout a segment.
                        let Some(sup) = c
                            .supporter
                            .as_ref()
                            .filter(|p| !p.pronoun || place_pronoun(&p.name).is_some())
                        else {
                            continue;
                        };
                        let named_here = |n: &str| ms.iter().any(|m| m.name == n);
                        if !named_here(&sup.name)
                            || c.recipient.as_ref().is_some_and(|r| named_here(&r.name))
                        {
                            continue;
                        }
                        // The giver as named here, or written with or without its city (海淀区
                        // and 北京市海淀区): one recipient among those it may be.
                        let only = own_recipient.get(sup.name.as_str()).copied().or_else(|| {
                            let mut found: Option<Option<&Party>> = None;
                            for (k, v) in &own_recipient {
                                let same = k.chars().count() >= 3
                                    && (sup.name.ends_with(k) || k.ends_with(sup.name.as_str()));
                                if same {
                                    found = match found {
                                        None => Some(*v),
                                        Some(f) if f.map(|p| &p.name) == v.map(|p| &p.name) => {
                                            Some(f)
                                        }
                                        Some(_) => Some(None),
                                    };
                                }
                            }
                            found
                        });
                        if let Some(Some(only)) = only {
                            c.recipient = Some(only.clone());
                        }
                    }
                }
            }
            // A row of a numbered table (a ledger's 备注: 捐赠图书4000册) gives to and from the
            // parties of its 帮扶 and 受援 columns.
            if raw_cs.len() > from
                && text::is_table_row(sentence_text)
                && let Some((giver, taker)) = table_amounts::row_parties(src, s.span.start, ms)
            {
                for c in raw_cs.get_mut(from..).unwrap_or_default() {
                    if giver.is_some() {
                        c.supporter.clone_from(&giver);
                    }
                    if taker.is_some() {
                        c.recipient.clone_from(&taker);
                    }
                }
            }
            contributions::mark_parts_of_earlier_totals(&mut raw_cs, from, &quantities);
            contributions::drop_team_totals(&mut raw_cs, from, &quantities);
            if let Some(status) = agreed {
                for c in raw_cs.get_mut(from..).unwrap_or_default() {
                    if c.status == crate::Status::Actual {
                        c.status = status;
                    }
                }
            }
        }
        // Build the owned model.
        let seg_rel_start = net.relations.len();
        let seg_con_start = net.contributions.len();
        // Relations read only from people hosted by the supporter (indexes into net.relations).
        let mut hosted: Vec<usize> = Vec::new();
        for r in raws {
            let mut rel = SupportRelation::new(
                r.supporters
                    .iter()
                    .map(&resolve)
                    .filter(|s| !bare_level_body(s)),
                resolve(&r.recipient),
                r.kind,
            );
            // 县局, 市社 left unresolved: the bodies of that level in general, no party.
            if rel.supporters.is_empty() || bare_level_body(&rel.recipient) {
                continue;
            }
            // A place helping its own body (布尔津县 → 布尔津县文化体育广播电视和旅游局) is no
            // pairing: the help came from elsewhere.
            if rel
                .supporters
                .iter()
                .all(|s| place_own_body(&s.name, &rel.recipient))
            {
                continue;
            }
            // In a university's own text, a bare 学院 paired with a unit of another university
            // (化学化工学院对口支援塔里木大学化学化工学院) is the author's.
            for s in &mut rel.supporters {
                if let Some(own) = authors_college(
                    author.as_deref(),
                    &s.name,
                    &rel.recipient,
                    role == Role::Supporter,
                ) {
                    s.name = own;
                }
            }
            rel.status = r.status;
            let giver_is_office = rel.supporter_names().any(|s| s.ends_with('处'));
            if let Some(owner) = office_of(&rel.recipient, giver_is_office) {
                rel.recipient = owner;
            }
            if let Some(lead) = &r.lead {
                for s in &mut rel.supporters {
                    if &s.name == lead {
                        s.role = crate::SupporterRole::Lead;
                    }
                }
            }
            rel.program = r.program;
            rel.duration = r.duration;
            rel.disciplines = r.disciplines;
            let ev = evidence(r.evidence);
            rel.established = r.established.clone();
            if let Some(kind) = r.event {
                rel.events.push(RelationEvent {
                    kind,
                    date: date_of(&r.established, &r.agreement),
                    evidence: Some(ev.clone()),
                });
            }
            if let Some(mut a) = r.agreement {
                a.parties = a
                    .parties
                    .iter()
                    .map(|n| {
                        if crate::extract::names::PRONOUNS.contains(&n.as_str()) {
                            author.clone().unwrap_or_else(|| n.clone())
                        } else {
                            n.clone()
                        }
                    })
                    .collect();
                a.evidence = Some(ev.clone());
                rel.agreements.push(a);
            }
            rel.evidence.push(ev);
            // 县教育局 with no county of the text to stand for: whose, is not said.
            let bare = |n: &str| n.starts_with(['县', '市', '省']) && n.chars().count() > 2;
            if bare(&rel.recipient) {
                continue;
            }
            rel.supporters.retain(|s| !bare(&s.name));
            if rel.supporters.is_empty() {
                continue;
            }
            if rel.supporter_names().any(|s| s == rel.recipient) {
                rel.supporters.retain(|s| s.name != rel.recipient);
                if rel.supporters.is_empty() {
                    continue;
                }
            }
            for p in r.supporters.iter().chain(core::iter::once(&r.recipient)) {
                add_institution(&mut net, &mut seen, &by_name, &surfaces, p, &author);
            }
            if r.hosted {
                hosted.push(net.relations.len());
            }
            net.relations.push(rel);
        }
        for c in raw_cs {
            // One named person (X校长张卫东挂职Y副校长) counts 1 人 with no numeral written.
            let (mut out, amount_span) = if let Some(span) = c.one_person {
                (Contribution::new(c.kind, Decimal::ONE, "人"), span)
            } else {
                let Some(q) = quantities.get(c.quantity) else {
                    continue;
                };
                let Some(value) = q
                    .value
                    .and_then(|v| v.as_decimal())
                    .or_else(|| q.low.and_then(|v| v.as_decimal()))
                else {
                    continue;
                };
                let unit = contributions::counted_unit(src, q).unwrap_or_default();
                let mut out = Contribution::new(c.kind, value, unit);
                out.high = q.high.and_then(|v| v.as_decimal());
                out.approx = q.approx;
                (out, q.span)
            };
            out.period = c.period;
            out.cumulative = c.cumulative;
            out.status = c.status;
            out.supporter = c.supporter.as_ref().map(&resolve);
            out.recipient = c.recipient.as_ref().map(&resolve);
            let giver_is_office = out.supporter.as_ref().is_some_and(|s| s.ends_with('处'));
            if let Some(owner) = out
                .recipient
                .as_deref()
                .and_then(|r| office_of(r, giver_is_office))
            {
                out.recipient = Some(owner);
            }
            if out.supporter == out.recipient {
                out.supporter = None;
            }
            out.part_of_total = c.part_of_total;
            out.activity = c.activity.map(str::to_owned);
            out.evidence = evidence(clause_trim(src, c.clause));
            out.amount = evidence(amount_span);
            for p in c.supporter.iter().chain(c.recipient.iter()) {
                add_institution(&mut net, &mut seen, &by_name, &surfaces, p, &author);
            }
            net.contributions.push(out);
        }
        // Amounts in table cells, unless the text (of this part or an earlier one: an
        // attachment repeats the report) already gave them: a table that repeats an amount (the
        // same kind, unit and value, with one party in common) adds nothing, and the text's
        // statement stays the evidence.
        let mut text_end = net.contributions.len();
        let tables = table_amounts::find(src, Span::new(seg.start, seg.end), &seg_mentions);
        // A goods list's rows are the gift in detail: the text's total of them (总价值38.9万元
        // （清单附后）) says the same again and is dropped.
        let listed_total = tables
            .iter()
            .filter(|t| t.listed_good && t.unit == "元")
            .try_fold(Decimal::ZERO, |sum, t| sum.checked_add(t.value));
        if let Some(total) = listed_total.filter(|v| *v > Decimal::ZERO)
            && let Some(k) = (seg_con_start..text_end).find(|&k| {
                net.contributions
                    .get(k)
                    .is_some_and(|c| c.unit == "元" && c.value == total && c.status.is_actual())
            })
        {
            net.contributions.remove(k);
            text_end -= 1;
        }
        let mut table_given: Vec<usize> = Vec::new();
        // A figure whose text the sentence reader misread (a 数读 box's amount joined to the
        // label above it) is read from the box alone: one pass drops the text's readings.
        let misread_cells: Vec<Span> = tables
            .iter()
            .filter(|t| t.replaces_text)
            .map(|t| t.cell)
            .collect();
        if !misread_cells.is_empty() {
            let (from, to) = (seg_con_start, text_end);
            let mut k = 0usize;
            let before = net.contributions.len();
            net.contributions.retain(|c| {
                let here = (from..to).contains(&k);
                k += 1;
                !(here
                    && misread_cells
                        .iter()
                        .any(|cell| c.amount.start >= cell.start && c.amount.end <= cell.end))
            });
            text_end -= before - net.contributions.len();
        }
        for t in tables {
            let mut out = Contribution::new(t.kind, t.value, t.unit);
            // A table with a column per year names no party: the document's are meant.
            let (supporter, recipient) = if t.document_parties {
                (default_supporter.as_ref(), default_recipient.as_ref())
            } else {
                // A row that names its giver and no taker (a county's project list: 帮扶方 and
                // no 受援 column) gives to the document's recipient.
                let recipient = t
                    .recipient
                    .as_ref()
                    .or(t.supporter.as_ref().and(default_recipient.as_ref()));
                (t.supporter.as_ref(), recipient)
            };
            out.supporter = supporter.map(&resolve);
            out.recipient = recipient.map(&resolve);
            if let (Some(s), Some(r)) = (&mut out.supporter, &out.recipient)
                && let Some(own) = authors_college(author.as_deref(), s, r, role == Role::Supporter)
            {
                *s = own;
            }
            out.period = t.period.and_then(|p| p.slice(src)).map(str::to_owned);
            // A running total's column (累计（自…）) holds cumulative amounts, for no one period.
            if out.period.as_deref().is_some_and(|p| p.starts_with("累计")) {
                out.cumulative = true;
                out.period = None;
            }
            if t.planned {
                out.status = crate::Status::Planned;
            }
            // A figure of the whole document (a week's column) that names no party repeats
            // people sent that the text counted (选派专业人才 7 after 7名教师).
            let sent = |c: &Contribution| {
                matches!(
                    c.kind,
                    crate::ContributionKind::TeacherDispatched
                        | crate::ContributionKind::CadreSeconded
                ) || c.activity.as_deref() == Some("staff_dispatched")
            };
            let unnamed_people = t.document_parties
                && out.supporter.is_none()
                && out.recipient.is_none()
                && (sent(&out) || t.activity == Some("staff_dispatched"));
            let said = net
                .contributions
                .get(..text_end)
                .unwrap_or_default()
                .iter()
                .any(|c| {
                    let people_again = unnamed_people && sent(c);
                    c.value == out.value
                        && c.unit == out.unit
                        && (c.kind == out.kind || c.unit == "元" || people_again)
                        && c.status.is_actual()
                        && (people_again
                            || same_party(c.supporter.as_deref(), out.supporter.as_deref())
                            || same_party(c.recipient.as_deref(), out.recipient.as_deref()))
                });
            if said {
                continue;
            }
            out.activity = t.activity.map(str::to_owned);
            out.evidence = evidence(t.row);
            out.amount = evidence(t.cell);
            // A cell's qualifier (4,200余, 约300), as the tokenizer reads it.
            out.approx = t
                .cell
                .slice(src)
                .and_then(duikou_tokenizer::quantity_in_line)
                .map_or(duikou_tokenizer::Approx::Exact, |q| q.approx);
            for p in supporter.into_iter().chain(recipient) {
                add_institution(&mut net, &mut seen, &by_name, &surfaces, p, &author);
            }
            // Money a row says its giver paid (a project list's 帮扶方 ⇥ 已拨付) pairs them.
            if !t.document_parties && !t.listed_good && out.unit == "元" && out.status.is_actual()
            {
                table_given.push(net.contributions.len());
            }
            net.contributions.push(out);
        }
        sent_or_paid_imply_relations(&mut net, seg_rel_start, seg_con_start, &table_given);
        towns::qualify(&mut net, seg_rel_start, seg_con_start);
        shadows::drop_area_shadows(&mut net, seg_rel_start, &hosted);
        if let Some(a) = &author
            && seen.insert(a.clone())
        {
            net.institutions.push(Institution::new(a.clone()));
        }
        if seg.given_author.is_none()
            && let Some(a) = &author
        {
            own_authors.insert(a.clone());
        }
        authors.push(author.clone());
        net.segments.push(Segment {
            start_line: line_of(seg.start),
            end_line: line_of(seg.end.saturating_sub(1).max(seg.start)),
            title: seg.title.clone(),
            author,
        });
    }
    // The document's author: the one author of its segments, reposted items aside.
    net.author = if own_authors.len() == 1 {
        own_authors.into_iter().next()
    } else {
        None
    };
    for p in &opts.programs {
        if net
            .relations
            .iter()
            .any(|r| r.program.as_deref() == Some(p.name.as_str()))
        {
            net.programs.push(p.clone());
        }
    }
    unify_variants(&mut net, &opts.aliases);
    short_places::expand_short_places(&mut net, src, &body_districts);
    addressee::resolve(&mut net);
    net.normalize(&opts.aliases);
    if folded.is_some() {
        script::restore(&mut net, original, read);
        net.normalize(&opts.aliases);
    }
    quoted::mark_quoted_repeats(&mut net, original);
    net
}

/// In a university's own text, a bare 学院 paired with (or giving to) a unit of another
/// university (化学化工学院 → 塔里木大学化学化工学院) is the author's: its full name.
fn authors_college(
    author: Option<&str>,
    giver: &str,
    recipient: &str,
    author_gives: bool,
) -> Option<String> {
    let a = author.filter(|a| a.ends_with("大学"))?;
    // A bare college helping a unit of a college or university is the author's; in the text
    // of a university that gives, one helping a school or a county is too (工学院将与甲县中等
    // 职业技术学校结对).
    let own = names::unit_of_college_or_university(recipient)
        || (author_gives
            && !recipient.starts_with(a)
            && !matches!(
                InstitutionKind::guess(recipient),
                InstitutionKind::University
                    | InstitutionKind::College
                    | InstitutionKind::Department
                    | InstitutionKind::Other
            ));
    (own && names::bare_college(giver)).then(|| format!("{a}{giver}"))
}

/// Whether a paragraph opens with an Arabic item number (1. / 2、/ 3．), however long it is.
fn numbered_item(t: &str) -> bool {
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < t.len() && rest.starts_with(['、', '.', '．'])
}

/// Words of a line that announces the items of an appeal (我们倡议：, 特此呼吁：).
const APPEALED: [&str; 3] = ["倡议", "呼吁", "倡导"];

/// Words of a line that announces the items agreed at a meeting (会议议定以下事项：).
const AGREED: [&str; 6] = [
    "议定",
    "商定",
    "会议确定",
    "会议明确",
    "达成如下",
    "达成以下",
];

/// Whether two parties of an amount may be one: either is unknown, or one name holds the
/// other (浙能电力 in 浙江浙能电力股份有限公司, 巴普镇 in 美姑县巴普镇).
fn same_party(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.contains(b) || b.contains(a),
        _ => true,
    }
}

/// Within one document, a shorter name that ends a longer one after a short place prefix
/// (通源方舱医院 in 长春通源方舱医院) denotes the same institution when only one longer name fits.
fn unify_variants(net: &mut SupportNetwork, aliases: &AliasTable) {
    // Borrowed: the names are read before any is renamed.
    let names: std::collections::BTreeSet<&str> = net
        .relations
        .iter()
        .flat_map(|r| {
            r.supporter_names()
                .chain(core::iter::once(r.recipient.as_str()))
        })
        .chain(net.contributions.iter().flat_map(|c| {
            c.supporter
                .iter()
                .chain(c.recipient.iter())
                .map(String::as_str)
        }))
        .collect();
    // For every name, its tails after dropping one to four leading characters.
    let mut longer_of: std::collections::BTreeMap<&str, Vec<&str>> =
        std::collections::BTreeMap::new();
    for long in &names {
        // Up to four leading characters, or a province and a city before a district
        // (广东省佛山市顺德区 → 顺德区), or a university before its college (华中科技大学
        // 机械科学与工程学院 → 机械科学与工程学院).
        for (n, (i, _)) in long.char_indices().skip(1).take(10).enumerate() {
            if let Some(tail) = long.get(i..)
                && names.contains(tail)
                && (n < 4
                    || (n < 6 && tail.chars().count() == 3 && tail.ends_with(['区', '县']))
                    || (long.get(..i).is_some_and(|h| h.ends_with("大学"))
                        && names::bare_college(tail)))
            {
                longer_of.entry(tail).or_default().push(long);
            }
        }
    }
    let mut renames: Vec<(String, String)> = Vec::new();
    for (short, longer) in longer_of {
        // A district written first with its city (杭州市西湖区, then 西湖区) is one place.
        let place_tail = short.chars().count() == 3 && short.ends_with(['区', '县']);
        if (short.chars().count() < 4 && !place_tail)
            || names::PRONOUNS.iter().any(|p| short.starts_with(p))
            || aliases.canonical(short).is_some()
        {
            continue;
        }
        // 佛山市顺德区 and 广东省佛山市顺德区 are one longer form: the shorter of them.
        let nearest = longer.iter().copied().min_by_key(|l| l.len());
        if let Some(only) = nearest
            && longer.iter().all(|l| l.ends_with(only))
        {
            renames.push((short.to_owned(), only.to_owned()));
        }
    }
    let renames: FastMap<String, String> = renames.into_iter().collect();
    if renames.is_empty() {
        return;
    }
    let map = |n: &mut String| {
        if let Some(to) = renames.get(n.as_str()) {
            n.clone_from(to);
        }
    };
    for r in &mut net.relations {
        for s in &mut r.supporters {
            map(&mut s.name);
        }
        map(&mut r.recipient);
    }
    for c in &mut net.contributions {
        c.supporter.as_mut().map(map);
        c.recipient.as_mut().map(map);
    }
    for i in &mut net.institutions {
        if let Some(to) = renames.get(i.name.as_str()) {
            let from = core::mem::replace(&mut i.name, to.clone());
            i.add_alias(&from);
        }
    }
    if let Some(a) = net.author.as_mut() {
        map(a);
    }
}

/// Words that open a clause whose subject is the one of the clauses before (…；并与C建立对口
/// 帮扶关系, …；与C开展东西部协作).
const WITH_OPENERS: [&str; 5] = ["并与", "还与", "同时与", "并同", "与"];

/// The subject carried into sentence `k` when it opens with 与 (并与, 还与, 同时与) after a
/// semicolon: the name that opens the nearest of the (at most four) semicolon-ended sentences
/// before it, with nothing but a short adverb before the name.
fn semicolon_subject<'m>(
    src: &str,
    per_sentence: &[(text::Sentence, &[&'m names::Mention])],
    k: usize,
) -> Option<&'m names::Mention> {
    let (s, ms) = per_sentence.get(k)?;
    let head = s.span.slice(src)?.trim_start();
    let with = WITH_OPENERS.iter().any(|w| head.starts_with(w));
    // "X对口支援A，…；对口支援B，…": a clause that opens with the verb of support.
    let verb = [
        "对口支援",
        "对口帮扶",
        "结对帮扶",
        "还对口支援",
        "并对口支援",
    ]
    .iter()
    .any(|w| head.starts_with(w));
    if !(with || verb)
        || ms.first().is_some_and(|m| {
            src.get(s.span.start..m.start)
                .is_some_and(|g| with && !g.contains('与'))
        })
    {
        return None;
    }
    for j in (k.saturating_sub(4)..k).rev() {
        let (p, pms) = per_sentence.get(j)?;
        let text = p.span.slice(src)?;
        if !text.trim_end().ends_with(['；', ';']) {
            return None;
        }
        // The last name of the sentence that opens one of its clauses (…关系：湘雅二医院每年…；).
        // (Its last eight names: the look-back stays linear in a sentence of many names.)
        if let Some(m) = pms.iter().rev().take(8).find(|m| {
            src.get(p.span.start..m.start).is_some_and(|before| {
                let g = before
                    .rsplit(['，', '：', ',', ':', '）', ')'])
                    .next()
                    .unwrap_or(before)
                    .trim();
                g.chars().count() <= 2
                    && !g.contains(['向', '为', '给', '对', '与', '和', '由', '在'])
            }) && (!m.pronoun || names::PRONOUNS.contains(&m.name.as_str()))
        }) {
            return Some(m);
        }
    }
    None
}

/// People sent by a named supporter to a named recipient ("南昌大学医学部派出4名教师负责临床教学"
/// in a report of the recipient), and money a table row says its giver paid (`table_given`:
/// indexes into the contributions), evidence a relation of that pair when none of the segment
/// links the two already, or a unit of one with the other (学部 → 学院 pairs stay unit-level).
fn sent_or_paid_imply_relations(
    net: &mut SupportNetwork,
    rel_start: usize,
    con_start: usize,
    table_given: &[usize],
) {
    use crate::ContributionKind as K;
    // Pairs as stated, and with either side cut back to its university (喀什大学教育学院 →
    // 喀什大学): hash sets (with the fast hasher: nothing is read in hash order) keep this
    // linear in the segment.
    let mut stated: FastSet<(&str, &str)> = FastSet::default();
    let mut widened: FastSet<(&str, &str)> = FastSet::default();
    for rel in net.relations.iter().skip(rel_start) {
        let recipient_heads = heads(&rel.recipient);
        for sup in rel.supporter_names() {
            stated.insert((sup, rel.recipient.as_str()));
            for hs in heads(sup) {
                for &hr in &recipient_heads {
                    widened.insert((hs, hr));
                }
            }
        }
    }
    let placed: FastSet<(&str, &str)> = stated
        .iter()
        .filter_map(|(a, b)| {
            let (i, c) = b
                .char_indices()
                .skip(1)
                .find(|(_, c)| matches!(c, '县' | '市' | '区'))?;
            let place = b.get(..i + c.len_utf8())?;
            (place.len() < b.len()).then_some((*a, place))
        })
        .collect();
    let linked = |s: &str, r: &str| {
        // Already paired with an institution of that place (台江县人民医院 for 台江县).
        placed.contains(&(s, r))
            // …or with the place written under its region (西藏日喀则市南木林县) or short
            // (南木林 for 南木林县).
            || placed.contains(&(s, crate::strip_place_prefix(r)))
            || (r.chars().count() >= 2
                && placed.iter().any(|&(a, p)| a == s && p.len() > r.len() && p.starts_with(r)))
            || widened.contains(&(s, r))
            // …or with the place the recipient lies in (山南市 for 山南市乃东区).
            || stated.iter().any(|&(a, p)| {
                a == s
                    && r.len() > p.len()
                    && r.starts_with(p)
                    && p.ends_with(['市', '州', '县', '区', '省'])
            })
            || {
            let recipient_heads = heads(r);
            heads(s)
                .into_iter()
                .any(|hs| recipient_heads.iter().any(|&hr| stated.contains(&(hs, hr))))
        }
    };
    let mut new_rels = Vec::new();
    let mut added: FastSet<(String, String)> = FastSet::default();
    for (i, c) in net.contributions.iter().enumerate().skip(con_start) {
        let people_sent = matches!(c.kind, K::TeacherDispatched | K::CadreSeconded)
            || (c.kind == K::Other
                && matches!(
                    c.activity.as_deref(),
                    Some("staff_dispatched" | "workers_transferred")
                ))
            // `table_given` is in increasing order (pushed as the table's rows are read).
            || table_given.binary_search(&i).is_ok();
        let (Some(s), Some(r)) = (&c.supporter, &c.recipient) else {
            continue;
        };
        if !people_sent
            || !c.status.is_actual()
            || is_self_pronoun(s)
            || is_self_pronoun(r)
            || linked(s, r)
            // A body of the recipient's own place (台江县人社局 for 台江县) supports no one;
            // nor does a place its own body (布尔津县 for 布尔津县文体广旅局).
            || s.starts_with(r.as_str())
            || place_own_body(s, r)
        {
            continue;
        }
        let kind = if c.kind == K::TeacherDispatched {
            crate::RelationKind::TeacherDispatch
        } else {
            crate::RelationKind::Other
        };
        // A department pairs at department level only with a department (relations.rs).
        let (s, r) = match (relations::hospital_of(s), relations::hospital_of(r)) {
            (Some(h), None) => (h, r.as_str()),
            (None, Some(h)) => (s.as_str(), h),
            _ => (s.as_str(), r.as_str()),
        };
        let (s, r) = (s.to_owned(), r.to_owned());
        let mut rel = SupportRelation::new([s.clone()], r.clone(), kind);
        rel.evidence.push(c.evidence.clone());
        if added.insert((s.clone(), r.clone())) {
            new_rels.push(rel);
        }
    }
    net.relations.extend(new_rels);
}

/// A name and the university it starts with, if it names a unit of one (喀什大学教育学院 →
/// [喀什大学教育学院, 喀什大学]).
fn heads(name: &str) -> Vec<&str> {
    let mut out = vec![name];
    if let Some(p) = name.find_str("大学")
        && let Some(head) = name.get(..p + "大学".len())
        && head.len() < name.len()
    {
        out.push(head);
    }
    if let Some(h) = relations::hospital_of(name) {
        out.push(h);
    }
    out
}

/// Labels of the line that names who submitted a log or a form.
const SUBMITTER_LABELS: [&str; 4] = ["提交人：", "提交人:", "填报人：", "填报人:"];

/// The pair a submitter's line states (提交人：周明远（甲医院心内科副主任医师，现挂职乙医院心内科
/// 副主任）): the person's home unit and the unit they serve at, read among the segment's first
/// twelve lines (from `seg_start`) as one relation with one supporter.
fn submitter_pair<'r>(
    src: &str,
    seg_start: usize,
    raws: &'r [RawRelation],
) -> Option<(&'r Party, &'r Party)> {
    let head_end = src
        .get(seg_start..)?
        .split_inclusive('\n')
        .take(12)
        .map(str::len)
        .sum::<usize>()
        + seg_start;
    raws.iter().find_map(|r| {
        let at = r.evidence.start;
        if at < seg_start || at >= head_end || !r.status.is_actual() {
            return None;
        }
        let line_start = src.get(..at)?.rfind('\n').map_or(0, |p| p + 1);
        let line = src.get(line_start..)?.trim_start();
        let [sup] = r.supporters.as_slice() else {
            return None;
        };
        SUBMITTER_LABELS
            .iter()
            .any(|l| line.starts_with(l))
            .then_some((sup, &r.recipient))
    })
}

/// The place character a place pronoun stands for: 我县 → 县, 我市 → 市.
fn place_pronoun(pronoun: &str) -> Option<char> {
    match pronoun {
        "我县" => Some('县'),
        "我市" => Some('市'),
        "我州" => Some('州'),
        "我省" => Some('省'),
        "我区" => Some('区'),
        "我旗" => Some('旗'),
        _ => None,
    }
}

/// Whether a body oversees support without giving or receiving it (百色市审计局, 省财政厅,
/// 县统计局): its 我市 / 我县 is always its place.
fn is_overseer(author: &str) -> bool {
    ["审计局", "审计厅", "统计局", "财政局", "财政厅"]
        .iter()
        .any(|w| author.ends_with(w))
}

/// Whether a body speaks for its place: it runs the place's support work (青岛市对口支援和东西部
/// 协作工作领导小组, its 办公室, a 前方指挥部) or is a bureau of its government: its 我市 is its
/// city, not the body.
fn speaks_for_place(author: &str) -> bool {
    (["领导小组", "办公室", "指挥部"]
        .iter()
        .any(|w| author.ends_with(w))
        && ["对口支援", "协作", "援疆", "援藏", "援青"]
            .iter()
            .any(|w| author.has(w)))
        // A bureau of the place's government other than its education bureau (安定区乡村振兴局,
        // 乐业县商务局): its 我区 is its district (an education bureau's 我市 stays the bureau).
        || (author.ends_with('局')
            && crate::InstitutionKind::guess(author) != crate::InstitutionKind::EducationBureau)
        // A place's media centre (天祝县融媒体中心): its 我县 is the county it reports on; so
        // is a people's congress inspecting the work (宁陵县人大常委会视察组) and a station of
        // a bureau (铜鼓县农业技术推广站).
        || ["融媒体中心", "常委会", "视察组", "站"]
            .iter()
            .any(|w| author.ends_with(w))
}

/// The place a place pronoun denotes in a report of `author`: the author itself when it is
/// that place (我县 of 乡城县), else the place its name starts with (我县 of 乡城县教育局 →
/// 乡城县); `None` when the author's name holds no such place.
fn place_of(author: &str, pronoun: &str) -> Option<String> {
    let mark = place_pronoun(pronoun)?;
    // A party committee's body (中共安徽省委组织部) speaks for its place (安徽省).
    let author = ["中国共产党", "中共"]
        .iter()
        .find_map(|w| author.strip_prefix(w))
        .unwrap_or(author);
    let end = author.char_indices().skip(1).find(|(_, c)| *c == mark)?.0 + mark.len_utf8();
    author.get(..end).map(str::to_owned)
}

/// The short names of the hospitals of a university the segment names with it: for each
/// mention "<university>附属<hospital>" (or "我校附属<hospital>" with the author known), the
/// hospital's own name, when it is a name of its own (中大医院, not 第一医院), with the whole
/// name.
fn affiliated_short_names(ms: &[&names::Mention], author: Option<&str>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for m in ms {
        let Some((owner, short)) = m.name.split_once("附属") else {
            continue;
        };
        let owner = if m.pronoun {
            match author {
                Some(a) if names::PRONOUNS.contains(&owner) => a,
                _ => continue,
            }
        } else {
            owner
        };
        let own_name = short.ends_with("医院")
            && short.chars().count() >= 4
            && !short.starts_with('第')
            && short != "人民医院";
        if owner.is_empty() || !own_name || out.iter().any(|(s, _)| s == short) {
            continue;
        }
        out.push((short.to_owned(), format!("{owner}附属{short}")));
    }
    out
}

/// The quantities inside `span` (the list is in document order).
fn sentence_quantities<'q, 'a>(
    qs: &'q [duikou_tokenizer::Quantity<'a>],
    span: Span,
) -> &'q [duikou_tokenizer::Quantity<'a>] {
    let lo = qs.partition_point(|q| q.span.start < span.start);
    let hi = qs.partition_point(|q| q.span.start < span.end);
    qs.get(lo..hi).unwrap_or_default()
}

fn clause_trim(src: &str, span: Span) -> Span {
    let t = span.slice(src).unwrap_or_default();
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    Span::new(span.start + lead, span.end - trail)
}

fn date_of(d: &Option<DateMention>, a: &Option<crate::Agreement>) -> Option<DateMention> {
    d.clone()
        .or_else(|| a.as_ref().and_then(|a| a.signed.clone()))
}

fn most_common_pronoun(ms: &[&names::Mention]) -> Option<Party> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in ms.iter().filter(|m| m.pronoun) {
        // A unit of the author (我校动物科技学院) speaks of the author too (我校).
        let name = names::PRONOUNS
            .iter()
            .find(|p| m.name.starts_with(**p))
            .copied()
            .unwrap_or(m.name.as_str());
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|(n, c)| (*c, core::cmp::Reverse(*n)))
        .map(|(n, _)| Party {
            name: n.to_owned(),
            pronoun: true,
        })
}

fn single_recipient(raws: &[RawRelation]) -> Option<Party> {
    let mut it = raws
        .iter()
        .filter(|r| !r.undirected && r.status.is_actual())
        .map(|r| &r.recipient);
    let first = it.next()?;
    it.all(|r| r == first).then(|| first.clone())
}

/// Orients agreements between two parties: by an explicit relation of the same pair, else by
/// the author's role, else first party supports the second.
fn orient(raws: &mut [RawRelation], role: Role) {
    // The fast hasher: the set is only probed, or read in a fixed order (`place_flip`).
    let directed: FastSet<(String, String)> = raws
        .iter()
        .filter(|r| !r.undirected)
        .flat_map(|r| {
            r.supporters
                .iter()
                .map(|s| (s.name.clone(), r.recipient.name.clone()))
        })
        .collect();
    // A party that only ever supports in this segment keeps supporting (X对口支援甲, then
    // "X又与乙结为帮扶对子").
    let supports = |n: &str| directed.iter().any(|(s, _)| s == n);
    let receives = |n: &str| directed.iter().any(|(_, r)| r == n);
    for r in raws.iter_mut().filter(|r| r.undirected) {
        let (Some(a), b) = (r.supporters.first().cloned(), r.recipient.clone()) else {
            continue;
        };
        let only_supports = |n: &str| supports(n) && !receives(n);
        let flip = if directed.contains(&(b.name.clone(), a.name.clone())) {
            true
        } else if directed.contains(&(a.name.clone(), b.name.clone())) {
            false
        } else if only_supports(&b.name) && !supports(&a.name) {
            true
        } else if only_supports(&a.name) && !supports(&b.name) {
            false
        } else if let Some(flip) = owner_flip(&a.name, &b.name, &directed) {
            // Units of two institutions paired in this segment: as their institutions, the
            // author's (我院神经外科) too, whatever side the author takes elsewhere.
            flip
        } else if a.pronoun != b.pronoun
            && ["我校", "我院"].contains(&if a.pronoun { &a.name } else { &b.name }.as_str())
            && relations::town_institution(if a.pronoun { &b.name } else { &a.name })
        {
            // "我校又与X镇中学结成帮扶对子": a town's school or clinic is helped, whichever
            // side the author takes elsewhere.
            b.pronoun
        } else if a.pronoun && !b.pronoun && role != Role::Unknown {
            role == Role::Recipient
        } else if b.pronoun && !a.pronoun && role != Role::Unknown {
            role == Role::Supporter
        } else if let Some(flip) = relations::village_flip(&a.name, &b.name) {
            flip
        } else if let Some(flip) = relations::town_flip(&a.name, &b.name) {
            // A town's school with its county's: whichever side of the country they are on.
            flip
        } else if let Some(flip) = place_flip(&a.name, &b.name, &directed) {
            flip
        } else if let Some(flip) = side_flip(&a.name, &b.name) {
            flip
        } else if a.pronoun && !b.pronoun {
            role == Role::Recipient
        } else if b.pronoun && !a.pronoun {
            role == Role::Supporter
        } else {
            false
        };
        if flip {
            r.supporters = vec![b];
            r.recipient = a;
        }
        r.undirected = false;
    }
}

/// Whether a symmetric pair (a, b) is to be read b → a because the document pairs their
/// places (长沙市雅礼中学与高昌区第一中学结为帮扶学校, after 长沙市对口支援高昌区): a unit named
/// after the recipient place faces one named after its supporter.
fn place_flip(a: &str, b: &str, directed: &FastSet<(String, String)>) -> Option<bool> {
    let place = |n: &str| n.ends_with(['省', '市', '区', '县', '州']) || n.ends_with("地区");
    flip_under(a, b, directed, place)
}

/// Whether a symmetric pair of units (a, b) is to be read b → a because the document pairs
/// their institutions (甲大学图书馆与乙学院图书馆结成对子, after 甲大学对口帮扶乙学院). Places are
/// left to [`place_flip`].
fn owner_flip(a: &str, b: &str, directed: &FastSet<(String, String)>) -> Option<bool> {
    // The author's pronoun stands for its institution (我院神经外科 under 我院).
    let institution = |n: &str| {
        n.ends_with("大学")
            || n.ends_with("学院")
            || n.ends_with("医院")
            || ["我院", "我校", "本院", "本校"].contains(&n)
    };
    flip_under(a, b, directed, institution)
}

/// Whether (a, b) is to be read b → a (`Some(true)`) or as written (`Some(false)`) because `a`
/// and `b` are named under the two sides of a directed pair whose both names `kept` accepts.
fn flip_under(
    a: &str,
    b: &str,
    directed: &FastSet<(String, String)>,
    kept: impl Fn(&str) -> bool,
) -> Option<bool> {
    let under = |unit: &str, p: &str| unit.len() > p.len() && unit.starts_with(p);
    // In a fixed order, so that the answer never depends on the set's hashing.
    let mut pairs: Vec<&(String, String)> = directed
        .iter()
        .filter(|(s, r)| kept(s) && kept(r))
        .collect();
    pairs.sort();
    for (s, r) in pairs {
        if under(a, r) && under(b, s) {
            return Some(true);
        }
        if under(a, s) && under(b, r) {
            return Some(false);
        }
    }
    None
}

/// Whether a symmetric pair (a, b) is to be read b → a, from the sides the places of the
/// two names are usually on (data/regions.tsv), else from a district facing a county.
fn side_flip(a: &str, b: &str) -> Option<bool> {
    use clause::Side::{Recipient, Supporter};
    // An enterprise named after its region (云南电网有限责任公司文山供电局) serves the region
    // it is named for on either side: its name tells no side.
    let company = |n: &str| n.has("公司");
    for side in [clause::region_side, clause::district_side] {
        let sa = if company(a) { None } else { side(a) };
        let sb = if company(b) { None } else { side(b) };
        match (sa, sb) {
            (Some(Recipient), Some(Recipient)) | (Some(Supporter), Some(Supporter)) => {}
            (Some(Recipient), _) | (_, Some(Supporter)) => return Some(true),
            (Some(Supporter), _) | (_, Some(Recipient)) => return Some(false),
            (None, None) => {}
        }
    }
    None
}

/// The institution an office belongs to (和田师范专科学校教务处 → 和田师范专科学校): the longest
/// proper prefix of `name` that `known` accepts, when what follows it is an office of two to
/// six characters ending in 处.
fn office_owner(name: &str, known: impl Fn(&str) -> bool) -> Option<&str> {
    if !name.ends_with('处') {
        return None;
    }
    // The office's first character, from two characters before the end back to six.
    name.char_indices()
        .rev()
        .skip(1)
        .take(5)
        .filter_map(|(i, _)| name.get(..i))
        .find(|head| head.chars().count() >= 2 && known(head))
}

fn add_institution(
    net: &mut SupportNetwork,
    seen: &mut FastSet<String>,
    ms: &FastMap<&str, &names::Mention>,
    surfaces: &FastMap<&str, std::collections::BTreeSet<&str>>,
    p: &Party,
    author: &Option<String>,
) {
    // Parties repeat (every relation and contribution of a pair): look before copying.
    if p.pronoun || seen.contains(&p.name) {
        return;
    }
    seen.insert(p.name.clone());
    let mut inst = Institution::new(p.name.clone());
    if let Some(m) = ms.get(p.name.as_str()) {
        inst.kind = m.kind;
        inst.parent.clone_from(&m.parent);
    }
    for s in surfaces.get(p.name.as_str()).into_iter().flatten() {
        if *s != inst.name {
            inst.add_alias(s);
        }
    }
    let base = crate::strip_place_prefix(&inst.name);
    if base != inst.name {
        inst.region = inst.name.strip_suffix(base).map(str::to_owned);
    }
    let _ = author;
    net.institutions.push(inst);
}

/// The zero decimal, for callers that sum contributions.
#[allow(dead_code)]
const ZERO: Decimal = Decimal::ZERO;

/// Keeps `Supporter` referenced for rustdoc links in this module.
#[allow(dead_code)]
type SupporterAlias = Supporter;
/// Whether `body` is a body of the place `place` (布尔津县文化体育广播电视和旅游局 of 布尔津县),
/// which that place does not pair with.
fn place_own_body(place: &str, body: &str) -> bool {
    body.len() > place.len() && body.starts_with(place) && InstitutionKind::guess(place).is_place()
}

/// Drops the quantities that lie inside a name's span (both lists in document order).
fn drop_quantities_in_names(
    quantities: &mut Vec<duikou_tokenizer::Quantity<'_>>,
    mentions: &[names::Mention],
) {
    let mut m_at = 0usize;
    quantities.retain(|q| {
        while mentions.get(m_at).is_some_and(|m| m.end <= q.span.start) {
            m_at += 1;
        }
        !mentions
            .get(m_at..)
            .unwrap_or_default()
            .iter()
            .take(4)
            .any(|m| {
                !m.pronoun
                    && m.start <= q.span.start
                    && q.span.end <= m.end
                    && m.start < q.span.start
            })
    });
}

/// A body named by its level and the last character of its kind alone (省社, 市局, 县局):
/// the author's own when it fits (see `extract`), otherwise the bodies of that level in
/// general.
fn bare_level_body(name: &str) -> bool {
    let mut cs = name.chars();
    matches!(
        (cs.next(), cs.next(), cs.next()),
        (Some('省' | '市' | '县'), Some('局' | '厅' | '社'), None)
    )
}
