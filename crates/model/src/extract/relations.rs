//! Relation patterns of the genre: X对口支援Y, X对Y进行…支援, 确定X、Y为我院对口支援单位,
//! X与Y签订…协议, X重点支援Y的A、B、C等学科, 选派…到Y支教, 接收Y…学生, X派出…到Y挂职.

use crate::extract::has::Has;
use std::sync::LazyLock;

use duikou_tokenizer::{Quantity, QuantityKind, Span};

use super::cues::{Cues, List};
use super::names::Mention;
use super::text::{dense_len, squeeze, squeeze_head};
use crate::{
    Agreement, AgreementKind, DateMention, EventKind, InstitutionKind, Program, RelationKind,
    Status,
};

/// A party as found: a canonical name or an unresolved self-pronoun.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Party {
    pub(crate) name: String,
    pub(crate) pronoun: bool,
}

impl Party {
    pub(crate) fn of(m: &Mention) -> Self {
        Self {
            name: m.name.clone(),
            pronoun: m.pronoun,
        }
    }
}

/// The implicit subject of a pass of [`find`] (the author, in a supporter's report), which
/// records whether a reader asked for it: a sentence whose readers never did gives the same
/// relations with any implicit subject.
#[derive(Debug, Default)]
pub(crate) struct Implicit<'p> {
    party: Option<&'p Party>,
    asked: core::cell::Cell<bool>,
}

impl<'p> Implicit<'p> {
    /// An implicit subject (or none), not asked for yet.
    pub(crate) fn new(party: Option<&'p Party>) -> Self {
        Self {
            party,
            asked: core::cell::Cell::new(false),
        }
    }

    /// The implicit subject, noting that it was asked for.
    pub(crate) fn get(&self) -> Option<&'p Party> {
        self.asked.set(true);
        self.party
    }

    /// Whether a reader asked for the implicit subject.
    pub(crate) fn asked(&self) -> bool {
        self.asked.get()
    }
}

/// A relation found in one sentence, before pronoun resolution.
#[derive(Debug, Clone)]
pub(crate) struct RawRelation {
    pub(crate) supporters: Vec<Party>,
    pub(crate) recipient: Party,
    pub(crate) kind: RelationKind,
    pub(crate) status: Status,
    pub(crate) established: Option<DateMention>,
    pub(crate) duration: Option<String>,
    pub(crate) disciplines: Vec<String>,
    pub(crate) program: Option<String>,
    pub(crate) event: Option<EventKind>,
    pub(crate) evidence: Span,
    /// Direction is a guess (an agreement between two parties); resolved later.
    pub(crate) undirected: bool,
    pub(crate) agreement: Option<Agreement>,
    /// The lead supporter of a team, when stated.
    pub(crate) lead: Option<String>,
    /// Read from people hosted by the supporter (进修, 跟岗, 访学 at S), not from help stated
    /// or people sent: the weakest evidence of a pairing.
    pub(crate) hosted: bool,
}

/// The relation cue table (`data/cues.tsv`): word and direction class.
const CUES: &str = include_str!("../../data/cues.tsv");

/// Nouns a university's or a hospital's own text names itself with, opening a clause
/// (学校对口支援塔里木大学): its author.
const SELF_NOUNS: [&str; 3] = ["学校", "本校", "医院"];

/// Whether `m` is the object of a verb of support and the verb at `verb` (a clause later, or
/// after 、/和/并) opens a second predicate of the same subject: "X对口支援Y（以下简称“塔大”）、
/// 定点帮扶Z", "X帮扶Y，并支援Z".
fn helped_before_verb(src: &str, m: &Mention, verb: usize) -> bool {
    let helped = src
        .get(..m.start)
        .is_some_and(|b| SUPPORT_VERBS.iter().any(|v| b.ends_with(v)));
    if !helped {
        return false;
    }
    let gap = between(src, m.end, verb);
    // A note on the name (（以下简称“塔大”）) is passed over.
    let gap = match gap.strip_prefix('（') {
        Some(r) => r.split_once('）').map_or(gap, |(_, after)| after),
        None => gap,
    };
    let gap = gap.trim_start_matches(['、', '，', ',']);
    let opened = between(src, m.end, verb).len() != gap.len();
    let gap = gap
        .trim_start_matches('并')
        .trim_start_matches("同时")
        .trim_start_matches("还");
    opened && ["", "定点", "对口", "结对", "重点", "长期"].contains(&gap)
}

/// The words of one class of [`CUES`], in table order.
fn cue_words(class: &str) -> Vec<&'static str> {
    CUES.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(w, c)| c.trim() == class && !w.is_empty())
        .map(|(w, _)| w)
        .collect()
}

/// Active support verbs (X支援Y, X托管Y): class `active` of the cue table.
pub(crate) static SUPPORT_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| cue_words("active"));
/// Pairing verbs (X与Y结对): class `pairing` of the cue table.
pub(crate) static PAIRING_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| cue_words("pairing"));
/// Pairing and agreement verbs (X与Y结对, X与Y签订…协议): classes `pairing` and `agreement`.
pub(crate) static AGREEMENT_VERBS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v = cue_words("pairing");
    v.extend(cue_words("agreement"));
    v
});
/// Words before the destination of people sent (到R支教) or of a post taken (挂职R副校长).
pub(crate) const DISPATCH_TO: [&str; 12] = [
    "派驻",
    "前往",
    "到",
    "来",
    "赴",
    "去",
    "挂职任",
    "挂职",
    "挂任",
    "任",
    "进驻",
    "入驻",
];
/// Of [`DISPATCH_TO`], the verbs of a post taken at R.
const POST_VERBS: [&str; 4] = ["挂职任", "挂职", "挂任", "任"];
/// Of [`DISPATCH_TO`], the verbs of a team moving in to work at R.
const MOVE_IN: [&str; 3] = ["进驻", "入驻", "派驻"];
/// Posts after the institution where they are taken (R副校长, R医务科科长).
pub(crate) const POSTS: [&str; 10] = [
    "副", "校长", "院长", "主任", "书记", "科长", "园长", "局长", "处长", "党委",
];
const LOCATIVE: [&str; 11] = [
    "前往", "赴", "抵达", "到达", "到", "往", "在", "来", "去", "至", "于",
];
const JOINERS: [&str; 7] = ["、", "和", "与", "及", "以及", "，", ","];
const REQUEST: [&str; 20] = [
    // An official request (你局商请我局再增派2名…).
    "商请",
    "希望",
    "建议",
    "恳请",
    "请求",
    "争取",
    "呼吁",
    "期望",
    "盼望",
    "申请",
    "提出",
    "要求",
    // A wish in speech (也想跟我们学校结对子).
    "想跟",
    "想与",
    "想和",
    "想同",
    // An intention not yet acted on (X与Y也有意开展结对); not 有意义.
    "有意开展",
    "有意与",
    "有意结",
    "有意向",
];
/// 若 only in its conditional words: alone it is also a character of names (普若岗日, 若尔盖县).
const HYPOTHETICAL: [&str; 13] = [
    "如能", "如果", "若能", "若是", "若有", "若要", "若再", "倘若", "如若", "假如", "设想", "构想",
    "若得",
];
const PLANNED: [&str; 27] = [
    "原计划",
    // Next year's dispatch, said plainly (明年咱们院再派六个人).
    "明年",
    "将出资",
    "将捐资",
    "将资助",
    "将拨付",
    "将安排",
    "将新选派",
    "将派出",
    "将投入",
    "将捐赠",
    "将再",
    "将继续",
    "将进一步",
    "将于",
    "将在",
    "将派",
    "将选派",
    "将接收",
    "将新增",
    "将增派",
    "拟",
    "即将",
    "计划于",
    // A plan to bring two bodies together (计划推动X与Y开展结对).
    "计划推动",
    "准备",
    "将要",
];

/// Words of supporters acting together ("与X共同帮扶", "和X联合支援").
const JOINT: [&str; 5] = ["共同", "联合", "一起", "一道", "携手"];
/// Words that map a list of supporters onto a list of recipients in order (分别).
const RESPECTIVELY: [&str; 2] = ["分别", "分頭"];
const NEGATION: [&str; 7] = ["没有", "未", "无", "不再", "并非", "取消", "终止"];

pub(crate) fn between(src: &str, a: usize, b: usize) -> &str {
    src.get(a..b).unwrap_or_default()
}

/// Occurrences of `words` in `src[span]`, longest first at each position, not overlapping:
/// `(start, end, index of the word in `words`)`.
///
/// One pass over the text with an Aho-Corasick automaton (leftmost-longest, which is exactly
/// "the longest word starting at the leftmost position"). Automata are built once per word
/// list and thread, and kept in a small per-thread cache keyed by the list's address and
/// checked against its contents, so callers keep passing plain `&[&str]` lists.
pub(crate) fn find_words(src: &str, span: Span, words: &[&str]) -> Vec<(usize, usize, usize)> {
    let text = span.slice(src).unwrap_or_default();
    if text.is_empty() || words.is_empty() {
        return Vec::new();
    }
    with_automaton(words, |ac| {
        ac.find_iter(text)
            .map(|m| {
                (
                    span.start + m.start(),
                    span.start + m.end(),
                    m.pattern().as_usize(),
                )
            })
            .collect()
    })
}

/// A word list's automaton, with the list it was built from (to detect a reused address).
struct Cached {
    key: (usize, usize),
    words: Vec<String>,
    automaton: Option<aho_corasick::AhoCorasick>,
}

thread_local! {
    static AUTOMATA: std::cell::RefCell<Vec<Cached>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` with the automaton of `words`, building it on first use.
fn with_automaton<T: Default>(
    words: &[&str],
    f: impl FnOnce(&aho_corasick::AhoCorasick) -> T,
) -> T {
    let key = (words.as_ptr() as usize, words.len());
    let same =
        |c: &Cached| c.key == key && c.words.iter().map(String::as_str).eq(words.iter().copied());
    AUTOMATA.with(|cell| {
        let mut cache = cell.borrow_mut();
        let i = match cache.iter().position(same) {
            Some(i) => i,
            None => {
                let automaton = aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .build(words)
                    .ok();
                // Word lists are a few dozen static tables; the bound only guards against a
                // caller passing ever-new lists.
                if cache.len() >= 256 {
                    cache.clear();
                }
                cache.push(Cached {
                    key,
                    words: words.iter().map(|w| (*w).to_owned()).collect(),
                    automaton,
                });
                cache.len() - 1
            }
        };
        cache
            .get(i)
            .and_then(|c| c.automaton.as_ref())
            .map(f)
            .unwrap_or_default()
    })
}

fn is_locative(src: &str, m: &Mention) -> bool {
    let before = src.get(..m.start).unwrap_or_default();
    // 鉴于X…, 由于X… open a reason whose subject X is, 关于X… a topic (a title: 关于X援建Y
    // 项目的审计报告); 于 alone is a place (于X召开).
    LOCATIVE.iter().any(|w| before.ends_with(w))
        && !["鉴于", "由于", "基于", "对于", "关于", "至于"]
            .iter()
            .any(|w| before.ends_with(w))
}

/// Nouns of a framework inside which other units act: 在X对口帮扶Y的框架下, 在X对口支援Y的
/// 部署下.
const FRAMEWORKS: [&str; 8] = [
    "框架", "背景", "格局", "机制", "体系", "部署", "安排", "统筹",
];

/// "在X对口帮扶Y的框架下" (…的东西部协作框架下): X is no place of action but the supporter of a
/// pairing that frames the sentence.
fn frames_support(src: &str, m: &Mention) -> bool {
    if !src.get(..m.start).is_some_and(|b| b.ends_with('在')) {
        return false;
    }
    let after = super::text::squeeze_head(src.get(m.end..).unwrap_or_default(), 30);
    let clause = after
        .split(['，', '。', '；', ',', ';'])
        .next()
        .unwrap_or_default();
    // 在X与Y东西部协作框架下: the pairing named as a noun after the partner.
    let paired_with = clause.starts_with('与')
        && ["东西部协作", "对口协作", "对口支援", "对口帮扶"]
            .iter()
            .any(|w| clause.has(w));
    let framed = clause
        .rfind('的')
        .and_then(|p| clause.get(p + '的'.len_utf8()..))
        .is_some_and(|tail| {
            // …的框架下, or the pairing's name before it (…的东西部协作框架下).
            let named = tail.trim_end_matches(['下', '中']);
            FRAMEWORKS
                .iter()
                .any(|f| tail.starts_with(f) || (named.chars().count() <= 10 && named.ends_with(f)))
        })
        // …Y（以下简称“乙”）工作框架下, 在X与Y东西部协作框架下: the framework closes the clause.
        || clause
            .strip_suffix('下')
            .is_some_and(|c| FRAMEWORKS.iter().any(|f| c.ends_with(f)));
    ([
        "对口帮扶",
        "对口支援",
        "结对帮扶",
        "帮扶",
        "支援",
        "对口协作",
    ]
    .iter()
    .any(|v| clause.starts_with(v))
        || paired_with)
        && framed
}

/// Status of a fact: `prefix` is the clause text before the trigger, `sentence_prefix` the
/// sentence text before it.
pub(crate) fn status_of(prefix: &str, sentence_prefix: &str) -> Status {
    // One index of the three word lists instead of a substring search per word.
    let index = &*STATUS_WORDS;
    let (r, h) = (REQUEST.len(), REQUEST.len() + HYPOTHETICAL.len());
    // 应X（的）请求/要求: a request already met is the reason for what follows, no request.
    let met = |at: usize| {
        let before = sentence_prefix.get(..at).unwrap_or_default();
        let window = super::text::last_chars(before, 16);
        window.rfind('应').is_some_and(|p| {
            !window
                .get(p..)
                .unwrap_or_default()
                .contains(['，', '。', '；', ',', ';'])
        })
    };
    STATUS_HITS.with(|memo| {
        let mut memo = memo.borrow_mut();
        memo.cover(sentence_prefix, index);
        let n = sentence_prefix.len();
        // 申请 granted (申请到, 成功申请, 申请…获批) is no request any more; nor is funding
        // secured (争取…补助经费35万元, 争取到…).
        let granted = |s: usize, e: usize| {
            (sentence_prefix.get(s..e) == Some("争取")
                && sentence_prefix.get(e..).is_some_and(|a| {
                    a.starts_with('到')
                        || (["资金", "经费", "补助", "拨款"].iter().any(|w| a.has(w))
                            && !a.contains(['，', '；', ',', ';']))
                }))
                || sentence_prefix.get(s..e) == Some("申请")
                    && (sentence_prefix
                        .get(..s)
                        .is_some_and(|b| b.ends_with("成功"))
                        || sentence_prefix.get(e..).is_some_and(|a| {
                            a.starts_with('到')
                                || ["获批", "获得", "批准", "立项", "成功"]
                                    .iter()
                                    .any(|w| a.has(w))
                        }))
        };
        // 要求 as a noun (部署要求, 协议要求，…, 有关要求) asks nothing; as a verb it asks
        // someone (要求市卫健委再选派…).
        let noun = |s: usize, e: usize| {
            sentence_prefix.get(s..e) == Some("要求")
                && (sentence_prefix.get(..s).is_some_and(|b| {
                    [
                        "的", "部署", "工作", "有关", "相关", "协议", "文件", "具体", "总体",
                        "基本",
                    ]
                    .iter()
                    .any(|w| b.ends_with(w))
                }) || sentence_prefix.get(e..).is_some_and(|a| {
                    a.is_empty() || a.starts_with(['，', '。', '；', ',', ';', '的', '和', '下'])
                }))
        };
        let requested = memo
            .hits
            .iter()
            .any(|&(s, e, p)| e <= n && p < r && !met(s) && !granted(s, e) && !noun(s, e));
        // The clause before the trigger ends the sentence's text before it: its words are the
        // sentence's words inside that window.
        let class_in = |lo: usize, hi: usize| match n.checked_sub(prefix.len()) {
            Some(w) if sentence_prefix.ends_with(prefix) => memo
                .hits
                .iter()
                .any(|&(s, e, p)| s >= w && e <= n && (lo..hi).contains(&p)),
            _ => index
                .matches(prefix)
                .iter()
                .any(|&(_, _, p)| (lo..hi).contains(&p)),
        };
        // A wish of an earlier clause (希望…积极报名，) does not make a plan the clause states
        // of its own (…我局将选派支教教师40名) a request.
        let planned_here = class_in(h, h + PLANNED.len());
        if requested && (!planned_here || class_in(0, r)) {
            Status::Requested
        } else if class_in(r, h) {
            Status::Hypothetical
        } else if planned_here {
            Status::Planned
        } else {
            Status::Actual
        }
    })
}

/// The status words of the text before a trigger, kept for the next trigger of the sentence:
/// the readers ask for the status of many triggers of one sentence, and the text before each is
/// the text before the last one, or extends it.
#[derive(Debug, Default)]
struct StatusHits {
    /// The longest text before a trigger seen for the current sentence.
    text: String,
    /// Every occurrence of every status word in `text` (overlaps included): (start, end,
    /// pattern).
    hits: Vec<(usize, usize, usize)>,
}

impl StatusHits {
    /// Makes `hits` cover `text`: nothing to do when `text` starts the remembered text; a scan
    /// of the new end only when it extends it; else a scan of the whole.
    fn cover(&mut self, text: &str, index: &super::words::WordIndex) {
        if self.text.as_bytes().starts_with(text.as_bytes()) {
            return;
        }
        let old = self.text.len();
        let extends = old > 0 && text.as_bytes().starts_with(self.text.as_bytes());
        // A word ending after the old end starts at most the longest word's length before it.
        let mut from = if extends {
            old.saturating_sub(index.max_len().saturating_sub(1))
        } else {
            self.hits.clear();
            0
        };
        while from > 0 && !text.is_char_boundary(from) {
            from -= 1;
        }
        let old_end = if extends { old } else { 0 };
        let hits = &mut self.hits;
        index.for_each_match(text.get(from..).unwrap_or_default(), |s, e, p| {
            if from + e > old_end {
                hits.push((from + s, from + e, p));
            }
        });
        self.text.clear();
        self.text.push_str(text);
    }
}

thread_local! {
    static STATUS_HITS: std::cell::RefCell<StatusHits> =
        std::cell::RefCell::new(StatusHits::default());
}

/// [`REQUEST`], [`HYPOTHETICAL`] and [`PLANNED`] in one index (word ids in that order).
static STATUS_WORDS: LazyLock<super::words::WordIndex> = LazyLock::new(|| {
    super::words::WordIndex::new(
        REQUEST
            .iter()
            .chain(HYPOTHETICAL.iter())
            .chain(PLANNED.iter())
            .copied(),
    )
});

/// Status of a relation: as [`status_of`], except that an intention (拟推动, 拟争取) or a plan
/// not carried out (原计划…) is no relation yet, only a hope.
pub(crate) fn relation_status(prefix: &str, sentence_prefix: &str) -> Status {
    match status_of(prefix, sentence_prefix) {
        Status::Planned if prefix.contains('拟') || prefix.has("原计划") => {
            Status::Hypothetical
        }
        s => s,
    }
}

pub(crate) fn negated(prefix: &str) -> bool {
    NEGATION.iter().any(|w| {
        prefix.starts(w).any(|p| {
            let after = prefix.get(p + w.len()..).unwrap_or_default();
            // Words and names that hold a negation's character (无锡市, 无为县, 无偿援助,
            // 无私帮助, 未来).
            let word = (*w == "无"
                && after.starts_with(['锡', '为', '偿', '私', '缝', '棣', '极']))
                || (*w == "未" && after.starts_with('来'));
            !word
        })
    })
}

/// Whether the words right after a pairing noun say it is not made yet (X与Y的结对尚未签约,
/// …的协议还未签订, X与Y的结对协议尚未签订, X与Y的教育结对工作尚未启动): up to the end of the
/// clause.
fn pairing_not_done(after: &str) -> bool {
    let clause = after
        .split(['，', '。', '；', ',', ';'])
        .next()
        .unwrap_or_default();
    // The noun the pairing names first (X与Y的结对协议尚未签订, …的结对帮扶协议尚未签订).
    let clause = ["帮扶", "支援", "援助"]
        .iter()
        .find_map(|v| clause.strip_prefix(v))
        .unwrap_or(clause);
    let clause = ["协议书", "协议", "关系", "合同", "工作", "一事", "事宜"]
        .iter()
        .find_map(|n| clause.strip_prefix(n))
        .unwrap_or(clause);
    // …的结对目前尚在洽谈之中: a time word before the negation or the talks; …的结对也还没有
    // 签订协议: 也 before it.
    let clause = ["目前", "当前", "现在", "眼下"]
        .iter()
        .find_map(|n| clause.strip_prefix(n))
        .unwrap_or(clause);
    let clause = clause.strip_prefix('也').unwrap_or(clause);
    let head = super::text::first_chars(clause, 8);
    (head.starts_with(['尚', '还', '未', '仍'])
        && ["尚未", "还未", "未能", "仍未", "还没有", "尚无"]
            .iter()
            .any(|w| clause.has(w)))
        // Still being negotiated (尚在洽谈之中, 正在商谈): not made.
        || (head.starts_with(['尚', '还', '仍', '正'])
            && ["洽谈", "商谈", "磋商", "协商", "对接", "沟通"]
                .iter()
                .any(|w| head.has(w)))
}

/// Pairs of "X、Y(分别)结对A和B" (the verb between `vs` and `ve`, its clause from `cs`):
/// whether the sentence was read so.
fn object_pairs(
    cx: &SentenceCtx<'_>,
    cs: usize,
    vs: usize,
    ve: usize,
    out: &mut Vec<RawRelation>,
) -> bool {
    let (src, ms) = (cx.src, &cx.mentions);
    let clause = between(src, cs, vs);
    if clause.contains(['与', '和', '同', '跟', '與']) && !clause.has("分别") {
        return false;
    }
    // The partner right after the verb, or after its 了 (分别结对了A和B).
    let Some(first) = ms.iter().position(|m| {
        m.start >= ve && {
            let gap = between(src, ve, m.start);
            dense_len(gap, 3) == 0 || squeeze(gap) == "了"
        }
    }) else {
        return false;
    };
    let Some(last_before) = ms.iter().rposition(|m| m.end <= vs && m.start >= cs) else {
        return false;
    };
    let objects = list_rightwards(src, ms, first);
    let subjects = list_leftwards(src, ms, last_before, |gap, prev| {
        prev.start >= cs && super::names::LIST_JOINERS.contains(&gap)
    });
    let Some(last) = ms.get(last_before) else {
        return false;
    };
    let gap = squeeze(between(src, last.end, vs));
    let respectively = gap.has("分别");
    if !(gap.is_empty() || respectively || gap.chars().count() <= 2) {
        return false;
    }
    let status = relation_status(clause, between(src, cx.span.start, vs));
    let pairs: Vec<(usize, usize)> = if respectively && subjects.len() == objects.len() {
        subjects
            .iter()
            .copied()
            .zip(objects.iter().copied())
            .collect()
    } else if subjects.len() == 1 {
        objects.iter().map(|&o| (last_before, o)).collect()
    } else {
        return false;
    };
    for (s, r) in pairs {
        if let (Some(sm), Some(rm)) = (ms.get(s), ms.get(r))
            && sm.name != rm.name
        {
            out.push(cx.raw(vec![Party::of(sm)], rm, cx.span, status));
        }
    }
    true
}

/// The start of the clause containing byte `at` within the sentence.
pub(crate) fn clause_start(src: &str, sentence: Span, at: usize) -> usize {
    let text = between(src, sentence.start, at);
    // A comma inside a closed note (X（现Y，以下简称“乙”）结为…) starts no clause.
    let mut depth = 0usize;
    for (p, c) in text.char_indices().rev() {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' => depth = depth.saturating_sub(1),
            '，' | '：' | ',' | ':' if depth == 0 => return sentence.start + p + c.len_utf8(),
            _ => {}
        }
    }
    sentence.start
}

/// Extends a list leftwards from mention index `last` while `joins(gap, previous mention)`
/// accepts the text between two neighbours; indices in document order.
fn list_leftwards(
    src: &str,
    ms: &[&Mention],
    last: usize,
    joins: impl Fn(&str, &Mention) -> bool,
) -> Vec<usize> {
    let mut out = vec![last];
    let mut k = last;
    while k > 0 {
        let (Some(prev), Some(cur)) = (ms.get(k - 1), ms.get(k)) else {
            break;
        };
        if joins(&squeeze(between(src, prev.end, cur.start)), prev) {
            out.push(k - 1);
            k -= 1;
        } else {
            break;
        }
    }
    out.reverse();
    out
}

/// Extends a plain list (X、Y和Z) rightwards from mention index `first` over the joiners of
/// [`LIST_JOINERS`](super::names::LIST_JOINERS); indices in document order.
pub(crate) fn list_rightwards(src: &str, ms: &[&Mention], first: usize) -> Vec<usize> {
    let mut out = vec![first];
    let mut k = first;
    while let (Some(a), Some(b)) = (ms.get(k), ms.get(k + 1)) {
        if !super::names::LIST_JOINERS.contains(&between(src, a.end, b.start)) {
            break;
        }
        k += 1;
        out.push(k);
    }
    out
}

/// Extends a supporter list leftwards from mention index `last` over joiners (X、Y和Z).
fn list_ending_at(src: &str, ms: &[&Mention], last: usize) -> Vec<usize> {
    list_leftwards(src, ms, last, |gap, prev| {
        let before = src.get(..prev.start).unwrap_or_default();
        let prev_is_object = SUPPORT_VERBS
            .iter()
            .chain(["为", "对"].iter())
            .any(|v| before.ends_with(v));
        // X支援A和B，C支援D: across a comma, B is the end of the first clause's objects.
        let clause = before
            .rfind(['，', '。', '；', '\n', ',', ';'])
            .and_then(|p| before.get(p..))
            .unwrap_or(before);
        let in_objects = matches!(gap, "，" | ",") && SUPPORT_VERBS.iter().any(|v| clause.has(v));
        (gap.is_empty() || JOINERS.contains(&gap)) && !prev_is_object && !in_objects
    })
}

/// Pairs joined by 与 and listed one after the other: "A与B、C与D" gives (A, B) and (C, D).
fn paired_chain<'m>(src: &str, ms: &[&&'m Mention]) -> Vec<(&'m Mention, &'m Mention)> {
    let mut out = Vec::new();
    let mut k = 0usize;
    // Every pair is joined by the same word: "A与B、C和D" is A with a list B、C和D.
    let mut joiner: Option<String> = None;
    while let (Some(a), Some(b)) = (ms.get(k), ms.get(k + 1)) {
        let with = squeeze(between(src, a.end, b.start));
        if !["与", "和", "與"].contains(&with.as_str())
            || joiner.as_ref().is_some_and(|j| *j != with)
        {
            break;
        }
        joiner = Some(with);
        out.push((**a, **b));
        let Some(next) = ms.get(k + 2) else { break };
        let sep = squeeze(between(src, b.end, next.start));
        if !["、", "，", "；", ",", ";", "及", "以及"].contains(&sep.as_str()) {
            break;
        }
        k += 2;
    }
    out
}

/// Like [`list_ending_at`], over 、 和 及 only (a comma starts another clause).
/// The items of a plain list (X、Y和Z) that starts at `first`.
pub(crate) fn plain_list_starting_at(src: &str, ms: &[&Mention], first: usize) -> Vec<usize> {
    let mut out = vec![first];
    let mut k = first;
    while let (Some(cur), Some(next)) = (ms.get(k), ms.get(k + 1)) {
        if !super::names::is_joiner(&squeeze(between(src, cur.end, next.start))) {
            break;
        }
        k += 1;
        out.push(k);
    }
    out
}

/// Whether `m` is the subject the sentence opens with: at most a date or an adverb before
/// it, no preposition (在X的帮助下, 由X, 受X, 经X, 与X).
pub(crate) fn opens_sentence(cx: &SentenceCtx<'_>, m: &Mention) -> bool {
    let before = squeeze(between(cx.src, cx.span.start, m.start));
    before.chars().count() <= 12
        && !before.contains(|c: char| "在由受经据按从为与和同对向".contains(c))
}

pub(crate) fn plain_list_ending_at(src: &str, ms: &[&Mention], last: usize) -> Vec<usize> {
    list_leftwards(src, ms, last, |gap, _| super::names::is_joiner(gap))
}

/// The party acting before the verb at `vs`: the last usable name of the clause that starts at
/// `cs`, else the subject of the sentence (a name near its start, not a basis or a place of
/// action) other than `not` (the other party, when the caller has one).
fn acting_party<'m>(
    cx: &SentenceCtx<'m>,
    cs: usize,
    vs: usize,
    not: Option<&str>,
) -> Option<&'m Mention> {
    let src = cx.src;
    let ms = &cx.mentions;
    ms.iter()
        .rfind(|m| {
            m.end <= vs
                && m.start >= cs
                && usable_supporter(m)
                && (!is_locative(src, m) || frames_support(src, m))
        })
        .or_else(|| {
            ms.iter().find(|m| {
                m.end <= vs
                    && not.is_none_or(|n| m.name != n)
                    && usable_supporter(m)
                    && !is_locative(src, m)
                    && !is_basis(src, m)
                    && !is_reporter(src, m)
                    && dense_len(between(src, cx.span.start, m.start), 7) <= 6
            })
        })
        .copied()
}

/// Whether `m` only reports what follows ("X通报，…", "X汇报：…"): the speaker, not the
/// subject of the clauses after.
fn is_reporter(src: &str, m: &Mention) -> bool {
    let rest = src.get(m.end..).unwrap_or_default();
    ["通报", "汇报", "介绍", "表示", "指出"].iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|r| r.starts_with(['，', '：', ',', ':']))
    })
}

pub(crate) fn usable_supporter(m: &Mention) -> bool {
    m.kind != InstitutionKind::Ministry && m.name != "教育部"
}

/// Common context of one sentence.
pub(crate) struct SentenceCtx<'a> {
    pub(crate) src: &'a str,
    pub(crate) span: Span,
    pub(crate) mentions: Vec<&'a Mention>,
    pub(crate) quantities: &'a [Quantity<'a>],
    pub(crate) programs: &'a [Program],
    /// The sentence's cue words, found in one pass.
    pub(crate) cues: &'a Cues,
}

impl SentenceCtx<'_> {
    pub(crate) fn text(&self) -> &str {
        self.span.slice(self.src).unwrap_or_default()
    }

    fn first_date(&self) -> Option<DateMention> {
        self.quantities
            .iter()
            .filter(|q| q.span.start >= self.span.start && q.span.end <= self.span.end)
            .find(|q| matches!(q.kind, QuantityKind::Date | QuantityKind::Year))
            .and_then(|q| q.date.map(|d| DateMention::new(d, q.text)))
    }

    /// The date a sentence says its state holds since: 自2018年起, 2018年以来, 从2018年开始.
    /// Of several (X自2013年起帮扶A，Y自2019年起帮扶B), the one in the clause of the party at
    /// byte `near` (B's), else the first.
    fn since_date(&self, near: usize) -> Option<DateMention> {
        let mut dates = self
            .quantities
            .iter()
            .filter(|q| q.span.start >= self.span.start && q.span.end <= self.span.end)
            .filter(|q| matches!(q.kind, QuantityKind::Date | QuantityKind::Year))
            .filter(|q| {
                let after = between(self.src, q.span.end, self.span.end);
                let before = between(self.src, self.span.start, q.span.start);
                ["起", "以来", "开始"].iter().any(|w| after.starts_with(w))
                    || before.ends_with('自')
                    || before.ends_with('从')
            });
        let first = dates.next()?;
        let same_clause = |at: usize| {
            let (a, b) = (at.min(near), at.max(near));
            !between(self.src, a, b).contains(['，', '；', ',', ';'])
        };
        let q = if same_clause(first.span.start) {
            first
        } else {
            dates.find(|q| same_clause(q.span.start)).unwrap_or(first)
        };
        q.date.map(|d| DateMention::new(d, q.text))
    }

    fn duration(&self) -> Option<String> {
        // Most sentences state no term: look for its word before copying the sentence.
        if !self.text().has("为期") {
            return None;
        }
        let t = squeeze(self.text());
        let p = t.find_str("为期")?;
        let rest = t.get(p + "为期".len()..)?;
        let end = ["学年", "个月", "年"]
            .iter()
            .filter_map(|u| rest.find_str(u).map(|e| e + u.len()))
            .min()?;
        let d = rest.get(..end)?;
        (d.chars().count() <= 6).then(|| d.to_owned())
    }

    fn program(&self) -> Option<String> {
        Program::find_in(self.programs, self.text()).map(|p| p.name.clone())
    }

    fn kind(&self, recipient: &Mention, disciplines: &[String]) -> RelationKind {
        let t = self.text();
        if !disciplines.is_empty() {
            RelationKind::DisciplineSupport
        } else if recipient.kind == InstitutionKind::Hospital
            || ["医疗队", "方舱", "救治", "抗疫", "医疗"]
                .iter()
                .any(|w| t.has(w))
        {
            RelationKind::MedicalSupport
        } else if t.has("支教") {
            RelationKind::TeacherDispatch
        } else {
            RelationKind::PairingAssistance
        }
    }

    fn disciplines_after(&self, pos: usize) -> Vec<String> {
        let rest = squeeze_head(between(self.src, pos, self.span.end), 80);
        let Some(r) = rest.strip_prefix('的') else {
            return Vec::new();
        };
        let end = ["学科专业", "学科", "专业"]
            .iter()
            .filter_map(|w| r.find_str(w))
            .min();
        let Some(end) = end else { return Vec::new() };
        let Some(list) = r.get(..end) else {
            return Vec::new();
        };
        if list.chars().count() > 40 || list.contains(['，', '。', ',']) {
            return Vec::new();
        }
        let list = list.trim_end_matches("等");
        let list = strip_count(list);
        list.split(['、', '和', '及'])
            .map(str::trim)
            .filter(|s| !s.is_empty() && s.chars().count() <= 16)
            .map(str::to_owned)
            .collect()
    }

    #[track_caller]
    pub(crate) fn raw(
        &self,
        supporters: Vec<Party>,
        recipient: &Mention,
        evidence: Span,
        status: Status,
    ) -> RawRelation {
        let disciplines = self.disciplines_after(recipient.end);
        let t = self.text();
        let establishing = [
            "签订", "签署", "批准", "确定", "建立", "启动", "开始", "纳入", "续签", "结对",
        ]
        .iter()
        .any(|w| t.has(w));
        let event = if t.has("续签") {
            Some(EventKind::Renewed)
        } else if t.has("增列") || t.has("增加") {
            Some(EventKind::Extended)
        } else if t.has("调整") {
            Some(EventKind::Adjusted)
        } else {
            None
        };
        RawRelation {
            supporters,
            recipient: Party::of(recipient),
            kind: self.kind(recipient, &disciplines),
            status,
            established: if event.is_some() {
                None
            } else if establishing {
                self.first_date()
            } else {
                self.since_date(recipient.start)
            },
            duration: self.duration(),
            disciplines,
            program: self.program(),
            event,
            evidence,
            undirected: false,
            agreement: None,
            lead: None,
            hosted: false,
        }
    }
}

/// Whether the text between a subject and its verb of support has the subject organise
/// unnamed institutions (组织省内高水平大学, 安排相关医院); its own people (组织专家团队) are its
/// own help.
fn organises_unnamed(gap: &str) -> bool {
    ["组织", "安排", "动员", "协调", "指导"].iter().any(|w| {
        gap.find_str(w).is_some_and(|p| {
            let object = squeeze(gap.get(p + w.len()..).unwrap_or_default());
            [
                "大学", "高校", "院校", "学校", "医院", "单位", "企业", "中学",
            ]
            .iter()
            .any(|n| object.ends_with(n))
        })
    })
}

/// Words right after the lead unit of a team.
const LEAD_WORDS: [&str; 12] = [
    "为组长单位",
    // Speech: 我们是牵头医院.
    "是牵头医院",
    "是牵头单位",
    "是牵头高校",
    "是牵头学校",
    "牵头",
    "为牵头单位",
    "为牵头高校",
    "作为牵头",
    "作为组长单位",
    "为牵头医院",
    "任组长单位",
];

/// The lead unit of a team: "X为组长单位", "X牵头".
fn lead_of(cx: &SentenceCtx<'_>) -> Option<String> {
    let src = cx.src;
    cx.mentions.iter().find_map(|m| {
        let after = squeeze_head(between(src, m.end, cx.span.end), 96);
        LEAD_WORDS
            .iter()
            .any(|w| after.starts_with(w))
            .then(|| m.name.clone())
    })
}

/// Whether `m` only commissions or invites the subject of its sentence (受X委托, 受X邀请): it
/// sends no one.
fn commissions(src: &str, m: &Mention) -> bool {
    src.get(..m.start).is_some_and(|b| b.ends_with('受'))
        && ["委托", "邀请", "之邀", "的委托", "的邀请"]
            .iter()
            .any(|w| src.get(m.end..).is_some_and(|a| a.starts_with(w)))
}

/// Whether `m` can be the subject of its clause: a usable supporter, no place gone to and no
/// authority followed, with at most six characters between the clause's start and it.
fn clause_subject(cx: &SentenceCtx<'_>, m: &Mention) -> bool {
    subject_of_clause(cx.src, cx.span, m)
}

/// [`clause_subject`] for the sentence `span` of `src`.
fn subject_of_clause(src: &str, span: Span, m: &Mention) -> bool {
    usable_supporter(m)
        && !is_locative(src, m)
        && !is_basis(src, m)
        && dense_len(between(src, clause_start(src, span, m.start), m.start), 7) <= 6
}

/// Words before the authority whose plan a sentence follows (按照X的统一安排): X is not the
/// subject of the sentence.
const BASIS: [&str; 6] = ["按照", "根据", "依据", "遵照", "依照", "落实"];

fn is_basis(src: &str, m: &Mention) -> bool {
    let before = src.get(..m.start).unwrap_or_default();
    BASIS.iter().any(|w| before.ends_with(w))
}

/// Verbs that end the member list of a team ("Y、Z参与").
const TEAM_MEMBER_AFTER: [&str; 9] = [
    "参与",
    "参加",
    "配合",
    "协助",
    "共同参与",
    "为成员单位",
    "作为成员单位",
    "为参与单位",
    "为成员医院",
];
/// Words that introduce the member list after the lead ("成员单位包括Y、Z").
const TEAM_MEMBER_INTRO: [&str; 6] = [
    "包括",
    "成员单位为",
    "成员单位有",
    "参与单位为",
    "参与单位有",
    "成员为",
];
/// Words after the list of units a team is made of ("X、Y、Z组成…团队").
const TEAM_FORMED: [&str; 5] = ["组成", "共同组成", "联合组成", "组建", "共同组建"];
/// Words that open the member list of a team ("联合Y、Z").
const TEAM_MEMBER_BEFORE: [&str; 4] = ["联合", "会同", "携手", "协同"];

/// The members of a team listed in a clause after the mention at index `from` and closed by
/// a word of joining (，Y、Z参与。): empty when no such list follows.
fn members_after(cx: &SentenceCtx<'_>, from: usize) -> Vec<Party> {
    let src = cx.src;
    let ms = &cx.mentions;
    // The lead named again in a clause of its own (…帮扶R，我们是牵头医院，Y、Z两家参与).
    let restated = ms.get(from).is_some_and(|m| {
        let after = squeeze_head(between(src, m.end, cx.span.end), 8);
        LEAD_WORDS.iter().any(|w| after.starts_with(w))
    });
    let from = if restated { from + 1 } else { from };
    let Some(first) = ms.get(from) else {
        return Vec::new();
    };
    // The list opens a clause.
    let before = squeeze(between(src, cx.span.start, first.start));
    if !before.ends_with(['，', ',']) {
        return Vec::new();
    }
    let mut last = from;
    while let (Some(cur), Some(next)) = (ms.get(last), ms.get(last + 1)) {
        if super::names::is_joiner(&squeeze(between(src, cur.end, next.start))) {
            last += 1;
        } else {
            break;
        }
    }
    let closes = ms.get(last).is_some_and(|m| {
        let after = squeeze_head(between(src, m.end, cx.span.end), 8);
        // The members counted before the verb (Y、Z两家参与, 三所学校参与).
        let after = strip_member_count(&after);
        TEAM_MEMBER_AFTER.iter().any(|w| after.starts_with(w))
    });
    if !closes {
        return Vec::new();
    }
    (from..=last)
        .filter_map(|k| ms.get(k))
        .filter(|m| usable_supporter(m))
        .map(|m| Party::of(m))
        .collect()
}

/// `text` without a count of the members it starts with (两家, 三所, 两所学校, 4家单位).
fn strip_member_count(text: &str) -> &str {
    let rest =
        text.trim_start_matches(|c: char| "两二三四五六七八九十".contains(c) || c.is_ascii_digit());
    if rest.len() == text.len() {
        return text;
    }
    ["家单位", "所学校", "家医院", "所高校", "家", "所"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(text)
}

/// The units of a team stated before byte `limit`: the lead ("由X牵头", "以X为组长单位") and
/// its members ("Y、Z参与", "联合Y、Z"). Empty when the sentence names no lead.
fn team_before(cx: &SentenceCtx<'_>, limit: usize) -> Vec<Party> {
    team_in(cx.src, cx.span, &cx.mentions, limit)
}

/// Whether the words after a name say it leads from a time on (自2019年起牵头, （以下简称
/// “总医院”）从2020年开始牵头): a short-form declaration, then 自/从/于 and a time of up to
/// eight characters closed by 起, 以来 or 开始, then the lead's word.
fn leads_after_time(after: &str) -> bool {
    let after = match after.strip_prefix('（') {
        Some(r) if r.starts_with("以下简称") => r.split_once('）').map_or(after, |(_, t)| t),
        _ => after,
    };
    let Some(time) = ['自', '从', '于']
        .iter()
        .find_map(|c| after.strip_prefix(*c))
    else {
        return false;
    };
    ["起", "以来", "开始"].iter().any(|end| {
        time.find_str(end).is_some_and(|p| {
            time.get(..p).is_some_and(|t| t.chars().count() <= 8)
                && time
                    .get(p + end.len()..)
                    .is_some_and(|rest| LEAD_WORDS.iter().any(|w| rest.starts_with(w)))
        })
    })
}

/// [`team_before`] for the sentence `span` of `src` and its mentions: the contribution reader's
/// way to the team a count of members (三家医院分别…) stands for.
pub(crate) fn team_in(src: &str, span: Span, mentions: &[&Mention], limit: usize) -> Vec<Party> {
    let ms: Vec<&Mention> = mentions
        .iter()
        .copied()
        .filter(|m| m.end <= limit && m.start >= span.start)
        .collect();
    let Some(li) = ms.iter().position(|m| {
        let after = squeeze_head(between(src, m.end, limit), 8);
        LEAD_WORDS.iter().any(|w| after.starts_with(w))
            || leads_after_time(&squeeze_head(between(src, m.end, limit), 24))
    }) else {
        // No lead: a team made of a list ("由X、Y、Z组成的帮扶团队"), every unit a member.
        let Some(last) = ms.iter().position(|m| {
            let after = squeeze_head(between(src, m.end, limit), 8);
            TEAM_FORMED.iter().any(|w| after.starts_with(w))
        }) else {
            return Vec::new();
        };
        let list = list_ending_at(src, &ms, last);
        if list.len() < 2 {
            return Vec::new();
        }
        return list
            .into_iter()
            .filter_map(|k| ms.get(k))
            .filter(|m| usable_supporter(m))
            .map(|m| Party::of(m))
            .collect();
    };
    let mut out: Vec<Party> = ms.get(li).map(|m| Party::of(m)).into_iter().collect();
    // "S作为成员单位参与由X牵头的团队": the subject of the sentence joins the lead's team.
    if let Some(lm) = ms.get(li)
        && ["参与由", "参加由", "加入由"]
            .iter()
            .any(|w| squeeze(between(src, span.start, lm.start)).ends_with(w))
        && let Some(subject) = ms.iter().take(li).find(|m| subject_of_clause(src, span, m))
    {
        out.push(Party::of(subject));
    }
    let mut k = li + 1;
    while let Some(m) = ms.get(k) {
        let before = squeeze(between(src, span.start, m.start));
        let opens = TEAM_MEMBER_BEFORE
            .iter()
            .chain(TEAM_MEMBER_INTRO.iter())
            .any(|w| before.ends_with(w));
        // "由X牵头、Y参与": a member list may follow the lead's word after 、.
        let after_lead = before
            .strip_suffix('、')
            .is_some_and(|b| LEAD_WORDS.iter().any(|w| b.ends_with(w)));
        if opens || after_lead || before.ends_with(['，', ',']) {
            // A list starting here: it is a member list when 联合 opens it or 参与 closes it.
            let list_end = {
                let mut e = k;
                while let (Some(cur), Some(next)) = (ms.get(e), ms.get(e + 1)) {
                    let gap = squeeze(between(src, cur.end, next.start));
                    if JOINERS.contains(&gap.as_str()) && !matches!(gap.as_str(), "，" | ",") {
                        e += 1;
                    } else {
                        break;
                    }
                }
                e
            };
            let closes = ms.get(list_end).is_some_and(|m| {
                // A short form declared in between: Y（以下简称“乙”）参与.
                let rest = between(src, m.end, limit);
                let rest = rest
                    .strip_prefix(['（', '('])
                    .and_then(|r| {
                        let e = r.find(['）', ')'])?;
                        let close = r.get(e..)?.chars().next()?;
                        r.get(e + close.len_utf8()..)
                    })
                    .unwrap_or(rest);
                let after = squeeze_head(rest, 8);
                TEAM_MEMBER_AFTER.iter().any(|w| after.starts_with(w))
            });
            if opens || closes {
                for j in k..=list_end {
                    if let Some(m) = ms.get(j).filter(|m| usable_supporter(m)) {
                        out.push(Party::of(m));
                    }
                }
            }
            k = list_end + 1;
        } else {
            k += 1;
        }
    }
    out
}

/// The party of a place people go to or come from: the mention, a school standing for its
/// county ([`school_place`]).
pub(crate) fn destination(m: &Mention) -> Party {
    school_place(m).map_or_else(
        || Party::of(m),
        |name| Party {
            name,
            pronoun: false,
        },
    )
}

/// The county or city a school's name starts with (小金县中学 → 小金县), for the destination
/// of teachers and students: reports pair a city with a county, not with each school.
pub(crate) fn school_place(m: &Mention) -> Option<String> {
    if m.kind != InstitutionKind::School {
        return None;
    }
    let name = m.name.as_str();
    for (i, c) in name.char_indices().skip(1) {
        if matches!(c, '县' | '縣' | '市' | '区' | '州') {
            let end = i + c.len_utf8();
            // 城区幼儿园 names no place: 城区 is a generic head, not a county.
            if end < name.len() && !crate::alias::is_generic_name(name) {
                return name.get(..end).map(str::to_owned);
            }
        }
    }
    None
}

/// Drops a group noun after a list of names ("等", "三所高校", "两所院校", "等单位").
fn strip_group_noun(tail: &str) -> &str {
    let t = tail.trim_start_matches('等');
    let digits = t.trim_start_matches(|c: char| {
        c.is_ascii_digit() || "一二三四五六七八九十两几多".contains(c)
    });
    let counted = digits.len() < t.len();
    let t = if counted {
        digits.trim_start_matches(['所', '个', '家'])
    } else {
        t
    };
    for noun in ["高校", "院校", "大学", "学校", "单位", "医院"] {
        if let Some(r) = t.strip_prefix(noun) {
            return r;
        }
    }
    if counted { tail } else { t }
}

/// Drops a trailing count (三个, 4个, 八个) from a discipline list.
fn strip_count(list: &str) -> &str {
    let trimmed = list.trim_end_matches('个');
    if trimmed.len() == list.len() {
        return list;
    }
    trimmed.trim_end_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
}

/// Nouns of a supporter after "Y的对口支援…": "新疆大学的对口支援高校北京大学".
const APPOSITION: [&str; 4] = ["高校", "单位", "院校", "医院"];

/// Verbs of help in passive wording.
pub(crate) const PASSIVE_VERBS: [&str; 12] = [
    "对口包科",
    "包科",
    "对口支援",
    "对口帮扶",
    "对口援助",
    "支援",
    "帮扶",
    "援助",
    "指导",
    "帮助",
    "支持",
    "资助",
];

/// Modifiers between a supporter and a passive verb ("的大力", "对口").
fn strip_modifiers(gap: &str) -> &str {
    const MODIFIERS: [&str; 18] = [
        "大力", "无私", "全力", "真诚", "倾力", "鼎力", "热情", "积极", "悉心", "负责", "共同",
        "直接", "结对", "包科", "重点", "具体", "主要", "对口",
    ];
    let mut g = gap.trim_start_matches('的');
    // In any order (直接负责, 负责直接): until none is left at the start. Each round takes at
    // least one word off, so the loop ends.
    while let Some(w) = MODIFIERS.iter().find(|w| g.starts_with(**w)) {
        g = g.get(w.len()..).unwrap_or_default();
    }
    g.trim_start_matches('的')
}

/// "Y的对口支援高校X": the verb at `vs..ve` right after "Y的", a supporter noun, then X.
/// Answers whether the wording was an apposition (a supporter noun after the verb).
fn apposition(cx: &SentenceCtx<'_>, vs: usize, ve: usize, out: &mut Vec<RawRelation>) -> bool {
    let src = cx.src;
    let ms = &cx.mentions;
    let Some(noun) = APPOSITION
        .iter()
        .find(|n| between(src, ve, cx.span.end).starts_with(**n))
    else {
        return false;
    };
    let de = vs - '的'.len_utf8();
    let (Some(rm), Some(sm)) = (
        ms.iter().rfind(|m| m.end == de),
        ms.iter().find(|m| m.start == ve + noun.len()),
    ) else {
        return true;
    };
    if rm.name == sm.name || !usable_supporter(sm) {
        return true;
    }
    let cs = clause_start(src, cx.span, rm.start);
    let prefix = between(src, cs, rm.start);
    if negated(prefix) {
        return true;
    }
    let status = relation_status(prefix, between(src, cx.span.start, rm.start));
    out.push(cx.raw(vec![Party::of(sm)], rm, cx.span, status));
    true
}

/// "Y受X(、Z)对口支援", "Y由X对口支援" and "在X的大力帮助下": X supports Y, where Y is the
/// nearest name before 受/由/在 in the clause, else (for 在…下) the first name after 下.
fn passive(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let ms = &cx.mentions;
    for (vs, ve, _) in cx.cues.find(List::Passive, cx.span.start, cx.span.end) {
        let before_verb = between(src, cx.span.start, vs);
        if before_verb.ends_with('的') && apposition(cx, vs, ve, out) {
            continue;
        }
        // Cheap test first: every passive form has 受, 由 or 在 before the verb.
        if !between(src, clause_start(src, cx.span, vs), vs).contains(['受', '由', '在']) {
            continue;
        }
        let Some(last) = ms.iter().rposition(|m| m.end <= vs) else {
            continue;
        };
        let Some(lm) = ms.get(last) else { continue };
        let gap = squeeze(between(src, lm.end, vs));
        // "则由X组织区内2所示范高中共同帮扶": X organises the help, X supports.
        let organised = gap.starts_with("组织")
            && gap.ends_with("共同")
            && gap.chars().count() <= 20
            && !gap.contains(['，', '。', '；', ',', ';']);
        if !organised && !strip_modifiers(strip_group_noun(&gap)).is_empty() {
            continue;
        }
        let list = list_ending_at(src, ms, last);
        let Some(first) = list.first().and_then(|&k| ms.get(k)) else {
            continue;
        };
        let lead = squeeze(between(
            src,
            clause_start(src, cx.span, first.start),
            first.start,
        ));
        let after = squeeze_head(between(src, ve, cx.span.end), 8);
        let marker = if lead.ends_with('受') || lead.ends_with('由') {
            // 受X委托 is no help; "由X对口支援Y" is the active form (found above).
            if PASSIVE_VERBS
                .iter()
                .skip(9)
                .any(|v| between(src, vs, ve) == *v)
                || ms.iter().any(|m| {
                    m.start >= ve
                        && m.start <= ve + 6
                        && !between(src, ve, m.start).contains(['，', '。', '；', ',', ';'])
                })
            {
                continue;
            }
            lead.len() - '受'.len_utf8()
        } else if lead.ends_with('在') && after.starts_with('下') {
            // 在特区政府支持下: a government's backing of the writer's own aid work, no help
            // given to it (在浙江大学等高校的支持下 is).
            if between(src, vs, ve).ends_with("支持") && first.name.ends_with("政府") {
                continue;
            }
            lead.len() - '在'.len_utf8()
        } else {
            continue;
        };
        let cs = clause_start(src, cx.span, first.start);
        let marker_at = cs + between(src, cs, first.start).len() - (lead.len() - marker);
        let prefix = between(src, cs, marker_at);
        if negated(prefix) {
            continue;
        }
        let sups: Vec<Party> = list
            .iter()
            .filter_map(|&k| ms.get(k))
            .filter(|m| usable_supporter(m) && !is_basis(src, m))
            .map(|m| Party::of(m))
            .collect();
        // The recipient: before the marker in the clause, else the subject after "…下，".
        let before = ms
            .iter()
            .rfind(|m| m.end <= marker_at && m.start >= cs && !is_locative(src, m));
        // "我校是…受援高校，由厦门大学对口支援": the subject of the sentence.
        let subject = || {
            ms.iter().find(|m| {
                m.end <= marker_at
                    && dense_len(between(src, cx.span.start, m.start), 7) <= 6
                    && !is_locative(src, m)
                    && !is_basis(src, m)
            })
        };
        let before = before.or_else(|| lead.ends_with('由').then(subject).flatten());
        let rm = before.or_else(|| {
            (lead.ends_with('在'))
                .then(|| {
                    let at = ve + between(src, ve, cx.span.end).find('下')? + '下'.len_utf8();
                    // A school a pupil got into (在X资助下考入了Y) is where the pupil went.
                    ms.iter()
                        .find(|m| m.start >= at && dense_len(between(src, at, m.start), 9) <= 8)
                        .filter(|m| {
                            !["考入", "考上", "考取", "升入", "录取"]
                                .iter()
                                .any(|v| between(src, at, m.start).has(v))
                        })
                })
                .flatten()
        });
        // "R紧紧围绕…，在X的倾力帮扶下，…": the subject of the sentence when nothing is named
        // right after 下.
        let rm = rm.or_else(|| lead.ends_with('在').then(subject).flatten());
        let Some(rm) = rm else { continue };
        let status = relation_status(prefix, between(src, cx.span.start, marker_at));
        // "R1、R2分别由S1和S2负责帮扶": in order; so are two lists of the same units
        // (R麻醉科、检验科由S麻醉科、检验科包科).
        let respectively = RESPECTIVELY
            .iter()
            .any(|w| between(src, rm.end, marker_at).has(w));
        if (respectively || sups.len() >= 2)
            && let Some(ri) = ms.iter().position(|m| std::ptr::eq(*m, *rm))
        {
            let recs = list_ending_at(src, ms, ri);
            let parallel = recs.len() == sups.len()
                && recs
                    .iter()
                    .filter_map(|&k| ms.get(k))
                    .zip(&sups)
                    .all(|(r, p)| same_unit(&r.name, &p.name));
            if (respectively || parallel) && recs.len() == sups.len() && recs.len() >= 2 {
                for (r, p) in recs.iter().filter_map(|&k| ms.get(k)).zip(&sups) {
                    if r.name != p.name {
                        out.push(cx.raw(vec![p.clone()], r, cx.span, status));
                    }
                }
                continue;
            }
        }
        let sups: Vec<Party> = sups.into_iter().filter(|p| p.name != rm.name).collect();
        if sups.is_empty() {
            continue;
        }
        // "朗县、波密县、察隅县则由福建省负责对口支援": one supporter of every unit listed.
        if sups.len() == 1
            && !respectively
            && let Some(ri) = ms.iter().position(|m| std::ptr::eq(*m, *rm))
            && let recs = list_leftwards(src, ms, ri, |gap, _| {
                super::names::LIST_JOINERS.contains(&gap)
            })
            && recs.len() >= 2
        {
            for r in recs.iter().filter_map(|&k| ms.get(k)) {
                if sups.iter().all(|p| p.name != r.name) {
                    out.push(cx.raw(sups.clone(), r, cx.span, status));
                }
            }
            continue;
        }
        out.push(cx.raw(sups, rm, cx.span, status));
    }
}

/// Whether two names are the same unit (麻醉科) of two different institutions.
fn same_unit(a: &str, b: &str) -> bool {
    unit_of(a).is_some_and(|u| unit_of(b) == Some(u)) && a != b
}

/// The unit part of a name after its hospital or university (麻醉科 of 甲医院麻醉科).
fn unit_of(n: &str) -> Option<&str> {
    super::names::hospital_end(n)
        .or_else(|| n.find_str("大学").map(|p| p + "大学".len()))
        .and_then(|e| n.get(e..))
        .filter(|u| !u.is_empty())
}

/// What a recipient may carry between its name and 由 in a passive team: "R由X牵头",
/// "R的帮扶任务则由X、Y共同承担".
fn passive_team_gap(gap: &str) -> bool {
    let Some(g) = gap.strip_suffix('由') else {
        return false;
    };
    let g = g
        .strip_suffix("则")
        .or_else(|| g.strip_suffix("主要"))
        .or_else(|| g.strip_suffix("将"))
        .unwrap_or(g);
    g.is_empty() || task_gap(g) || since_year(g)
}

/// Whether `g` is only a starting time (自2021年起, 从2019年9月开始, 2020年以来): the recipient
/// says since when its team helps it (R自2021年起由X牵头，…).
fn since_year(g: &str) -> bool {
    let g = g.strip_prefix(['自', '从']).unwrap_or(g);
    let Some(rest) = g
        .strip_suffix('起')
        .or_else(|| g.strip_suffix("以来"))
        .or_else(|| g.strip_suffix("开始"))
    else {
        return false;
    };
    let Some(year) = rest.find('年').and_then(|p| rest.get(..p)) else {
        return false;
    };
    let month = rest.get(year.len() + '年'.len_utf8()..).unwrap_or_default();
    let digits = |t: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&t.chars().count()) && t.chars().all(|c| c.is_ascii_digit())
    };
    digits(year, 4..=4)
        && (month.is_empty() || month.strip_suffix('月').is_some_and(|m| digits(m, 1..=2)))
}

/// Whether `g` (between a recipient and 则由) names the recipient's task or help: "的帮扶任务",
/// "的教育帮扶", "的学科建设" — a short phrase after 的, with no clause break.
fn task_gap(g: &str) -> bool {
    g.starts_with('的')
        && g.chars().count() <= 10
        && !g.contains(['，', ',', '。', '；', '、'])
        && ["任务", "工作", "帮扶", "支援", "建设", "援建"]
            .iter()
            .any(|w| g.ends_with(w))
}

/// A team written recipient first: "R由X牵头，Y、Z参与组团帮扶" (the lead and every member
/// support R) and "R的帮扶任务则由X、Y共同承担" (every unit of the list supports R). The help
/// verb must follow with no recipient of its own (else the active reading holds).
fn passive_team(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let ms = &cx.mentions;
    bare_team(cx, out);
    for (i, lm) in ms.iter().enumerate() {
        // Cheap test first: 由 right before the name.
        if !src
            .get(..lm.start)
            .is_some_and(|b| b.trim_end().ends_with('由'))
        {
            continue;
        }
        let Some(rm) = i.checked_sub(1).and_then(|k| ms.get(k)) else {
            team_of_previous(cx, lm, out);
            continue;
        };
        let gap = squeeze(between(src, rm.end, lm.start));
        if !passive_team_gap(&gap) || !usable_supporter(lm) || is_locative(src, rm) {
            continue;
        }
        let cs = clause_start(src, cx.span, rm.start);
        let prefix = between(src, cs, rm.start);
        if negated(prefix) {
            continue;
        }
        let status = relation_status(prefix, between(src, cx.span.start, rm.start));
        let after_lead = squeeze_head(between(src, lm.end, cx.span.end), 8);
        // What the recipient carries before 由 (的物理学科帮扶, 的帮扶任务则).
        let task = gap.strip_suffix('由').unwrap_or(&gap);
        let team: Vec<Party> = if LEAD_WORDS.iter().any(|w| after_lead.starts_with(w)) {
            // The help verb after the member list, with nothing named after it in its clause.
            let verbs = cx.cues.find(List::Support, lm.end, cx.span.end);
            if let Some(&(_, ve, _)) = verbs.first() {
                let clause_end = between(src, ve, cx.span.end)
                    .find(['，', '。', '；', ',', ';'])
                    .map_or(cx.span.end, |p| ve + p);
                if ms.iter().any(|m| m.start >= ve && m.start < clause_end) {
                    continue;
                }
                team_before(cx, ve)
            } else if let Some(p) = between(src, lm.end, cx.span.end).find("组团") {
                // "R由X牵头，Y、Z参与，开展“组团式”医疗人才援藏": the team's own name for
                // its help stands for the verb.
                team_before(cx, lm.end + p)
            } else if task_gap(task) && ["帮扶", "支援"].iter().any(|w| task.has(w)) {
                // "R的物理学科帮扶由X牵头，Y参与": the help named before 由 needs no verb
                // after the team.
                let mut team = vec![Party::of(lm)];
                team.extend(members_after(cx, i + 1));
                team
            } else {
                continue;
            }
        } else {
            // "由X、Y共同承担": the list after 由, then the verb of a task taken on.
            if !task_gap(task.trim_end_matches('则')) {
                continue;
            }
            let mut e = i;
            while let (Some(cur), Some(next)) = (ms.get(e), ms.get(e + 1)) {
                let g = squeeze(between(src, cur.end, next.start));
                if ["、", "和", "与", "及", "以及"].contains(&g.as_str()) {
                    e += 1;
                } else {
                    break;
                }
            }
            let Some(last) = ms.get(e) else { continue };
            let tail = squeeze_head(between(src, last.end, cx.span.end), 6);
            if !["共同承担", "承担", "共同负责", "负责"]
                .iter()
                .any(|w| tail.starts_with(w))
            {
                continue;
            }
            (i..=e)
                .filter_map(|k| ms.get(k))
                .filter(|m| usable_supporter(m))
                .map(|m| Party::of(m))
                .collect()
        };
        let team: Vec<Party> = team.into_iter().filter(|p| p.name != rm.name).collect();
        if team.is_empty() {
            continue;
        }
        let lead = LEAD_WORDS
            .iter()
            .any(|w| after_lead.starts_with(w))
            .then(|| lm.name.clone());
        let mut raw = cx.raw(team, rm, cx.span, status);
        raw.lead = lead;
        out.push(raw);
    }
}

/// "● 我院牵头，Y、Z参与" (a slide's bullet, a list item): a team that opens its sentence and
/// names no recipient, every name of the sentence one of its units. Pushed with an empty
/// recipient like [`team_of_previous`]'s.
fn bare_team(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let Some(lm) = cx.mentions.first() else {
        return;
    };
    // Cheap test first: 牵头 right after the first name.
    if !between(src, lm.end, cx.span.end)
        .trim_start()
        .starts_with("牵头")
    {
        return;
    }
    let head = squeeze(between(src, cx.span.start, lm.start));
    let marks =
        |c: char| duikou_tokenizer::is_bullet(c) || "-—0123456789.．、（）() 　".contains(c);
    if !head.chars().all(marks) {
        return;
    }
    let after_lead = squeeze_head(between(src, lm.end, cx.span.end), 8);
    if !after_lead.starts_with("牵头") {
        return;
    }
    let team = team_before(cx, cx.span.end);
    if team.len() < 2
        || team.len()
            != cx
                .mentions
                .iter()
                .filter(|m| !short_form_note(src, m))
                .count()
    {
        return;
    }
    let status = relation_status("", between(src, cx.span.start, lm.start));
    push_team_without_recipient(cx, team, lm, status, out);
}

/// Pushes a team led by `lm` with an empty recipient, which [`fill_team_recipients`] takes
/// from the lead's last relation before (or drops the team).
fn push_team_without_recipient(
    cx: &SentenceCtx<'_>,
    team: Vec<Party>,
    lm: &Mention,
    status: Status,
    out: &mut Vec<RawRelation>,
) {
    let nobody = Mention {
        start: 0,
        end: 0,
        name: String::new(),
        surface: String::new(),
        kind: InstitutionKind::Other,
        pronoun: false,
        parent: None,
    };
    let mut raw = cx.raw(team, &nobody, cx.span, status);
    raw.disciplines.clear();
    raw.lead = Some(lm.name.clone());
    out.push(raw);
}

/// Whether `m` is the short form declared in a note (（以下简称“市立医院”）).
fn short_form_note(src: &str, m: &Mention) -> bool {
    src.get(..m.start)
        .is_some_and(|b| b.ends_with("简称“") || b.ends_with("简称\"") || b.ends_with("简称"))
}

/// Team nouns before 由 in a team sentence that names no recipient (帮扶团队由X牵头).
const TEAM_NOUNS: [&str; 6] = ["帮扶团队", "医疗队", "专家团队", "团队", "工作队", "专家组"];

/// "帮扶团队由X牵头，Y、Z参与": a team whose recipient the sentence does not name, after the
/// sentence that states its lead's help. Pushed with an empty recipient, which
/// [`fill_team_recipients`] takes from the lead's last relation before.
fn team_of_previous(cx: &SentenceCtx<'_>, lm: &Mention, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let cs = clause_start(src, cx.span, lm.start);
    let head = squeeze(between(src, cs, lm.start));
    let Some(head) = head.strip_suffix('由') else {
        return;
    };
    if !TEAM_NOUNS.iter().any(|w| head.ends_with(w)) || negated(head) {
        return;
    }
    let after_lead = squeeze_head(between(src, lm.end, cx.span.end), 8);
    if !LEAD_WORDS.iter().any(|w| after_lead.starts_with(w)) {
        return;
    }
    let team = team_before(cx, cx.span.end);
    if team.len() < 2 {
        return;
    }
    let status = relation_status(head, between(src, cx.span.start, lm.start));
    push_team_without_recipient(cx, team, lm, status, out);
}

/// Gives each team pushed by [`team_of_previous`] the recipient of its lead's last relation
/// before it (…广医二院组团帮扶织金县人民医院。帮扶团队由广医二院牵头，…参与。), or drops it.
pub(crate) fn fill_team_recipients(raws: &mut Vec<RawRelation>) {
    if raws.iter().all(|r| !r.recipient.name.is_empty()) {
        return;
    }
    let mut last_of: super::fast_hash::FastMap<String, Party> =
        super::fast_hash::FastMap::default();
    for r in raws.iter_mut() {
        if r.recipient.name.is_empty() {
            if let Some(rec) = r.lead.as_ref().and_then(|l| last_of.get(l)) {
                r.recipient = rec.clone();
                r.kind = if rec.name.ends_with("医院") {
                    RelationKind::MedicalSupport
                } else {
                    r.kind
                };
                r.supporters.retain(|p| p.name != r.recipient.name);
            }
            continue;
        }
        for p in &r.supporters {
            last_of.insert(p.name.clone(), r.recipient.clone());
        }
    }
    raws.retain(|r| !r.recipient.name.is_empty() && !r.supporters.is_empty());
}

/// Whether the clause after a pairing's own (`rest`, from its verb on) opens with a verb of
/// sending that has no subject of its own, a date or an adverb allowed first (，2025年已派出骨干
/// 医生5人常驻该院; ，派出医生下沉坐诊): the pairing's subject sends.
fn sender_follows(rest: &str) -> bool {
    let Some(p) = rest.find(['，', ',']) else {
        return false;
    };
    let next = rest
        .get(p..)
        .unwrap_or_default()
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || c.is_whitespace() || "年月日以来后起，,".contains(c)
        });
    let next = ["已", "还", "并", "先后", "累计", "共", "每年", "定期"]
        .iter()
        .find_map(|w| next.strip_prefix(w))
        .unwrap_or(next);
    ["派出", "下派", "选派", "派驻", "派遣"]
        .iter()
        .any(|v| next.starts_with(v))
}

/// Orients a pairing between a university or college and a school (我校还与X第三中学结成帮扶对子):
/// the university supports; between a prefecture's or city's hospital and a county's (医联体),
/// the former. The author's pronoun takes the author's kind.
pub(crate) fn orient_by_level(raws: &mut [RawRelation], author: Option<&str>) {
    let higher = |p: &Party| {
        let name = if p.pronoun {
            author.unwrap_or(&p.name)
        } else {
            &p.name
        };
        match InstitutionKind::guess(name) {
            InstitutionKind::University | InstitutionKind::College => Some(true),
            InstitutionKind::School => Some(false),
            _ => None,
        }
    };
    for r in raws.iter_mut().filter(|r| r.undirected) {
        let Some(a) = r.supporters.first().cloned() else {
            continue;
        };
        if r.supporters.len() != 1 {
            continue;
        }
        // A hospital alliance (县人民医院与地区医院组建医联体): the hospital of the higher level
        // (a prefecture's or a city's over a county's) supports.
        let level = |p: &Party| {
            let name = if p.pronoun {
                author.unwrap_or(&p.name)
            } else {
                &p.name
            };
            (InstitutionKind::guess(name) == InstitutionKind::Hospital).then(|| {
                let own = crate::strip_place_prefix(name);
                if own.contains(['县', '旗']) {
                    1
                } else if own.has("地区") || own.contains(['州', '市']) {
                    2
                } else {
                    0
                }
            })
        };
        let by_level = match (level(&a), level(&r.recipient)) {
            (Some(2), Some(1)) => Some(true),
            (Some(1), Some(2)) => Some(false),
            _ => None,
        };
        match (higher(&a), higher(&r.recipient)) {
            _ if by_level == Some(true) => r.undirected = false,
            _ if by_level == Some(false) => {
                r.supporters = vec![r.recipient.clone()];
                r.recipient = a;
                r.undirected = false;
            }
            (Some(true), Some(false)) => r.undirected = false,
            (Some(false), Some(true)) => {
                r.supporters = vec![r.recipient.clone()];
                r.recipient = a;
                r.undirected = false;
            }
            _ => {}
        }
    }
}

/// A village paired with a unit that is no village (西宁车务段与湟中区…泥隆台村结成帮扶对子) is
/// the one helped, wherever its district lies: whether to read the pair b → a.
pub(crate) fn village_flip(a: &str, b: &str) -> Option<bool> {
    let village = |n: &str| n.ends_with('村') || n.ends_with("嘎查");
    match (village(a), village(b)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Whether a symmetric pair (a, b) between a county's school or hospital and a town's (县第一
/// 中学 with 合流镇中学, 县人民医院 with 青山镇卫生院) is to be read b → a: the county's supports.
/// `None` when neither or both are a town's.
pub(crate) fn town_flip(a: &str, b: &str) -> Option<bool> {
    let town = town_institution;
    match (town(a), town(b)) {
        (true, false) if serves(b) => Some(true),
        (false, true) if serves(a) => Some(false),
        _ => None,
    }
}

fn serves(n: &str) -> bool {
    matches!(
        InstitutionKind::guess(n),
        InstitutionKind::School | InstitutionKind::Hospital
    )
}

/// Whether `n` is a town's (or village's) school or hospital: 合流镇中学, 青山镇卫生院.
pub(crate) fn town_institution(n: &str) -> bool {
    serves(n) && crate::strip_place_prefix(n).contains(['镇', '乡', '村'])
}

/// The whole place a governing body acts for (上海市嘉定区教育局 → 上海市嘉定区, not 上海市;
/// 德阳市人民政府 → 德阳市). A province's department is none: a province and its department
/// both act (湖北省 and 湖北省教育厅 support 山南市).
fn governed_place(name: &str) -> Option<&str> {
    let stem = GOVERNING.iter().find_map(|g| name.strip_suffix(g))?;
    let place = stem.strip_suffix("人民").unwrap_or(stem);
    (place.chars().count() >= 2 && place.ends_with(['市', '县', '区', '州'])).then_some(place)
}

/// A body's help sent to a bare place (吉林市公安局…选派骨干6名赴吉隆县) when the same body
/// supports one of that place's bodies (吉林市公安局 → 吉隆县公安局): the place is where the
/// help went, not a second recipient. Places that support places keep their pairs.
pub(crate) fn drop_recipient_place_shadows(raws: &mut Vec<RawRelation>) {
    let body_pairs: Vec<(&str, &str)> = raws
        .iter()
        .filter(|r| !r.recipient.pronoun && !InstitutionKind::guess(&r.recipient.name).is_place())
        .flat_map(|r| {
            r.supporters
                .iter()
                .filter(|p| !p.pronoun)
                .map(move |p| (p.name.as_str(), r.recipient.name.as_str()))
        })
        .collect();
    if body_pairs.is_empty() {
        return;
    }
    let shadowed: Vec<bool> = raws
        .iter()
        .map(|r| {
            let place = r.recipient.name.as_str();
            !r.recipient.pronoun
                && InstitutionKind::guess(place).is_place()
                && !r.supporters.is_empty()
                && r.supporters.iter().all(|p| {
                    !p.pronoun
                        && !InstitutionKind::guess(&p.name).is_place()
                        && body_pairs.iter().any(|(s, rec)| {
                            *s == p.name && rec.len() > place.len() && rec.starts_with(place)
                        })
                })
        })
        .collect();
    let mut shadowed = shadowed.into_iter();
    raws.retain(|_| !shadowed.next().unwrap_or(false));
}

/// Bodies that act for their place (德阳市教育局 for 德阳市).
const GOVERNING: [&str; 5] = ["教育局", "政府", "教育厅", "卫生健康委员会", "卫健委"];

/// A bare place as supporter ("在德阳市的支援下") stands for its own body named elsewhere in
/// the segment (德阳市教育局对口支援…): the place's relations are dropped then. A school named
/// after its county (安吉县职业高级中学) does not shadow the county.
pub(crate) fn drop_place_shadows(raws: &mut Vec<RawRelation>) {
    // What each place's bodies support (place, recipient), read once.
    let body_pairs: super::fast_hash::FastSet<(&str, &str)> = raws
        .iter()
        .flat_map(|r| {
            r.supporters
                .iter()
                .map(move |p| (p, r.recipient.name.as_str()))
        })
        .filter(|(p, _)| !p.pronoun)
        .filter_map(|(p, rec)| Some((governed_place(&p.name)?, rec)))
        .collect();
    if body_pairs.is_empty() {
        return;
    }
    let shadowed: super::fast_hash::FastSet<String> =
        body_pairs.iter().map(|(b, _)| (*b).to_owned()).collect();
    // A place paired with another place (苏州市对口支援阿图什市, a district with a township:
    // 南山区与荒地乡结对) is no shadow of its bureau unless the bureau supports that place too.
    let kept: Vec<bool> = raws
        .iter()
        .map(|r| {
            let rec = r.recipient.name.as_str();
            !r.recipient.pronoun
                && (InstitutionKind::guess(rec).is_place()
                    || ["乡", "镇", "街道"].iter().any(|t| rec.ends_with(t)))
                && r.supporters
                    .iter()
                    .all(|p| !body_pairs.contains(&(p.name.as_str(), rec)))
        })
        .collect();
    for (r, kept) in raws.iter_mut().zip(kept) {
        if !kept {
            r.supporters
                .retain(|p| p.pronoun || !shadowed.contains(&p.name));
        }
    }
    raws.retain(|r| !r.supporters.is_empty());
}

/// Words that make an agreement one of support (an 学术交流合作协议 between peers is not; one
/// signed with a gift in its sentence, 签订合作协议，向该局捐赠…, is).
const SUPPORT_WORDS: [&str; 13] = [
    "支援", "帮扶", "援", "对口", "結對", "结对", "共建", "托管", "帮助", "夥伴", "协作", "捐赠",
    "捐助",
];

/// Agreements between two parties whose sentence says nothing of support, and whose pair the
/// segment does not state otherwise, are cooperation between peers: dropped.
pub(crate) fn drop_peer_agreements(src: &str, raws: &mut Vec<RawRelation>) {
    let stated: super::fast_hash::FastSet<(&str, &str)> = raws
        .iter()
        .filter(|r| !r.undirected)
        .flat_map(|r| {
            r.supporters
                .iter()
                .map(move |s| (s.name.as_str(), r.recipient.name.as_str()))
        })
        .collect();
    let keep: Vec<bool> = raws
        .iter()
        .map(|r| {
            // Pairing verbs (结为, 结成…对子) state support themselves.
            if !r.undirected || r.agreement.is_none() {
                return true;
            }
            let b = r.recipient.name.as_str();
            let linked = r.supporters.iter().any(|a| {
                stated.contains(&(a.name.as_str(), b)) || stated.contains(&(b, a.name.as_str()))
            });
            let text = r.evidence.slice(src).unwrap_or_default();
            linked || SUPPORT_WORDS.iter().any(|w| text.has(w))
        })
        .collect();
    let mut k = keep.into_iter();
    raws.retain(|_| k.next().unwrap_or(true));
}

/// Labels of a web page's fields whose value is a publisher, not a party.
const SOURCE_LABELS: [&str; 6] = [
    "来源：",
    "来源:",
    "主办：",
    "主办:",
    "发布单位：",
    "发布单位:",
];

/// Whether `m` is the value of a source field (来源：纳雍县教育局).
fn is_source(src: &str, m: &Mention) -> bool {
    let before = src.get(..m.start).unwrap_or_default();
    // Cheap test first: every label ends with a colon (： ends with the byte 0x9A).
    matches!(before.as_bytes().last(), Some(b':' | 0x9A))
        && SOURCE_LABELS.iter().any(|w| before.ends_with(w))
}

/// Finds the relations of one sentence.
pub(crate) fn find(cx: &SentenceCtx<'_>, implicit_subject: &Implicit<'_>) -> Vec<RawRelation> {
    // The source of a web page (来源：X, 主办：X) is no party of what it reports.
    let kept;
    let cx = if cx.mentions.iter().any(|m| is_source(cx.src, m)) {
        kept = SentenceCtx {
            mentions: cx
                .mentions
                .iter()
                .copied()
                .filter(|m| !is_source(cx.src, m))
                .collect(),
            ..*cx
        };
        &kept
    } else {
        cx
    };
    let mut out: Vec<RawRelation> = Vec::new();
    let src = cx.src;
    let ms = &cx.mentions;
    let sentence = cx.text();
    // 1. X(、Y)(对口)支援Z  /  X对Z(进行了…)支援.
    for (vs, ve, _) in cx.cues.find(List::Support, cx.span.start, cx.span.end) {
        let after = between(src, ve, cx.span.end);
        if [
            "方",
            "高校",
            "院校",
            "学校",
            "单位",
            "工作",
            "计划",
            "任务",
            "办公室",
            "领导",
            "协议",
            "关系",
            "的",
            "项目",
            "学科",
            "资金",
            "干部",
            "人员",
            "教师",
            "专家",
            "者",
            "对象",
            "力度",
            "成果",
        ]
        .iter()
        .any(|w| after.starts_with(w))
            && !after.starts_with("的支援")
        {
            // A noun use (支援方, 支援高校, 对口支援工作) unless a recipient follows at once,
            // or stands before it with 对 ("X对R的帮扶力度", "X对R的对口支援工作").
            let object_before = ms.iter().any(|m| {
                m.end <= vs
                    && src.get(..m.start).is_some_and(|b| b.ends_with('对'))
                    && between(src, m.end, vs).starts_with('的')
                    && strip_modifiers(between(src, m.end, vs)).is_empty()
            });
            if !ms.iter().any(|m| m.start == ve) && !object_before {
                continue;
            }
        }
        let cs = clause_start(src, cx.span, vs);
        let prefix = between(src, cs, vs);
        if negated(prefix) {
            continue;
        }
        // Inside a document title (《…关于做好对口支援甲州教育工作的通知》): not a statement.
        let sentence_prefix = between(src, cx.span.start, vs);
        if sentence_prefix.matches('《').count() > sentence_prefix.matches('》').count() {
            continue;
        }
        let status = relation_status(prefix, between(src, cx.span.start, vs));
        // Recipient right after the verb (gap ≤ 2 chars), or "对R" before the verb.
        let mut recipient = ms.iter().position(|m| {
            let gap = between(src, ve, m.start);
            m.start >= ve
                && (dense_len(gap, 3) <= 2
                    // A place before the name (对口帮扶三都的周覃中学).
                    || (gap.ends_with('的')
                        && dense_len(gap, 6) <= 5
                        && !ms.iter().any(|o| o.start >= ve && o.end <= m.start)))
                // Nor a name in a note (县乡一体化帮扶（X牵头）), nor the agent of a passive
                // after a noun use (R的教育帮扶则由X负责).
                && !gap.contains(['，', '。', '（', '(', ','])
                && !gap.ends_with('由')
        });
        // "对口帮扶三都的周覃中学", "支援伊犁州的尼勒克县": a place, then 的 and a smaller
        // place or an institution of it, which is the one helped.
        if let Some(r) = recipient
            && let (Some(rm), Some(next)) = (ms.get(r), ms.get(r + 1))
            && rm.kind.is_place()
            && !next.pronoun
            && between(src, rm.end, next.start) == "的"
            && super::relative::rank(next.kind) < super::relative::rank(rm.kind)
        {
            recipient = Some(r + 1);
        }
        let mut subject_limit = vs;
        if recipient.is_none() {
            // "X为R援助…设备": 为/向/给 R right before the verb.
            recipient = ms.iter().position(|m| {
                let before = src.get(..m.start).unwrap_or_default();
                m.end <= vs
                    && m.start >= cs
                    && ((before.ends_with('对') && dense_len(between(src, m.end, vs), 21) <= 20)
                        || (before.ends_with(['为', '向', '给'])
                            && dense_len(between(src, m.end, vs), 3) == 0))
            });
            if let Some(r) = recipient.and_then(|r| ms.get(r)) {
                // '对', '为', '向' and '给' are all three bytes long.
                subject_limit = r.start.saturating_sub('对'.len_utf8());
            }
        }
        let Some(ri) = recipient else { continue };
        let Some(rm) = ms.get(ri) else { continue };
        if between(src, vs, ve) == "接管" && rm.kind != InstitutionKind::Hospital {
            continue;
        }
        // 援建 a school is building it (X援建Y学校, Y学校由X援建): the aid goes to the place,
        // and the builder is no partner of the school.
        if between(src, vs, ve) == "援建" && rm.kind == InstitutionKind::School {
            continue;
        }
        // 帮助 is a support verb only between two named units ("X信息中心帮助Y信息中心建设…");
        // after a comma it goes on a clause whose subject is elsewhere ("…，帮助R建成…").
        if between(src, vs, ve) == "帮助"
            && (rm.start != ve
                || !ms
                    .iter()
                    .any(|m| m.end <= vs && strip_modifiers(between(src, m.end, vs)).is_empty()))
        {
            continue;
        }
        // A name inside a program's name (对口支援西部地区高等学校计划) is no recipient.
        let rest = between(src, vs, cx.span.end);
        if cx.programs.iter().flat_map(|p| p.surfaces.iter()).any(|w| {
            w.chars().count() > 6 && rest.starts_with(w.as_str()) && rm.end <= vs + w.len()
        }) {
            continue;
        }
        // Supporters: the list ending nearest before the verb (or before 对R).
        let before: Vec<usize> = (0..ms.len())
            .filter(|&k| {
                ms.get(k).is_some_and(|m| {
                    m.end <= subject_limit
                        && k != ri
                        && m.name != rm.name
                        && !src.get(..m.start).is_some_and(|b| b.ends_with('对'))
                })
            })
            .collect();
        // "我厅组织省内高校对口帮扶R": the subject organises the help of institutions it
        // does not name.
        if let Some(last) = before.last().and_then(|&k| ms.get(k))
            && organises_unnamed(between(src, last.end, vs))
        {
            continue;
        }
        let mut supporters: Vec<Party> = Vec::new();
        // "X对口支援Y（以下简称…）、定点帮扶Z": Y is the first verb's object; the second verb
        // has the first one's subject.
        let second_verb = before
            .last()
            .and_then(|&k| ms.get(k))
            .is_some_and(|m| helped_before_verb(src, m, subject_limit));
        // "X、Y分别支援A、B": X supports A and Y supports B.
        let mut respectively = false;
        if let Some(&last) = before.last()
            && let Some(m) = ms.get(last)
        {
            let gap = squeeze_head(between(src, m.end, subject_limit), 13);
            let ok_gap = gap.chars().count() <= 12
                && !gap.contains(['，', '；', '。', '《', '》', ',', ';'])
                && !["关于", "做好", "没有"].iter().any(|w| gap.has(w));
            if second_verb {
                if let Some(prev) = out.iter().rev().find(|r| r.recipient.name == m.name) {
                    supporters.extend(prev.supporters.iter().cloned());
                }
            } else if ok_gap
                && usable_supporter(m)
                && (!is_locative(src, m) || frames_support(src, m))
            {
                respectively = RESPECTIVELY.iter().any(|w| gap.has(w));
                let list = list_ending_at(src, ms, last);
                // "X加入，与Y共同帮扶R", "X…，并联合Y共同支援R": the subject of the sentence
                // supports R together with Y.
                if let Some(first) = list.first().and_then(|&k| ms.get(k))
                    && let Some(b) = src.get(cx.span.start..first.start)
                    && ((JOINT
                        .iter()
                        .any(|w| gap.starts_with(w) || between(src, vs, ve).starts_with(w))
                        && b.ends_with(['与', '和', '同']))
                        || TEAM_MEMBER_BEFORE.iter().any(|w| b.ends_with(w)))
                    // The nearest clause subject before the list (…，宁波职业技术学院也加入
                    // 进来，与我局共同帮扶该校), not a member of the list.
                    && let Some(partner) = ms.iter().rev().find(|m| {
                        m.end < first.start
                            && m.name != first.name
                            && !SUPPORT_VERBS
                                .iter()
                                .any(|v| src.get(..m.start).is_some_and(|b| b.ends_with(v)))
                            && usable_supporter(m)
                            && !is_locative(src, m)
                            && !is_basis(src, m)
                            && dense_len(
                                between(src, clause_start(src, cx.span, m.start), m.start),
                                7,
                            ) <= 6
                    })
                    && partner.name != rm.name
                {
                    supporters.push(Party::of(partner));
                }
                supporters.extend(
                    list.into_iter()
                        .filter_map(|k| ms.get(k))
                        .filter(|m| usable_supporter(m) && m.name != rm.name)
                        .map(|m| Party::of(m)),
                );
            }
        }
        // A team formed before the verb: "由X牵头，Y、Z参与，组建…医疗队对口支援R",
        // "以X为组长单位，联合Y组团帮扶R": every unit of the team supports R.
        for p in team_before(cx, subject_limit) {
            if !supporters.contains(&p) {
                supporters.push(p);
            }
        }
        if supporters.is_empty() && !second_verb {
            // The subject of the sentence: "以甲医院为主体的医疗队赴乙地支援丙医院",
            // "甲大学与乙学院签订…协议，对口重点支援乙学院的…学科".
            if let Some(first) = before
                .iter()
                .filter_map(|&k| ms.get(k))
                .find(|m| clause_subject(cx, m))
            {
                let gap = between(src, first.end, vs);
                // "关于做好对口支援…" names a document; "落实…关于…的部署，继续帮扶R" has
                // closed it with a comma.
                let titled = gap
                    .find_str("关于")
                    .is_some_and(|p| !gap.get(p..).unwrap_or_default().contains(['，', ',']));
                if !titled && !gap.has("没有") {
                    supporters.push(Party::of(first));
                }
            }
        }
        if supporters.is_empty()
            && let Some(p) = implicit_subject.get()
            && before.is_empty()
            && (sentence.starts_with(['继', '我'])
                || prefix.has("继续")
                || SELF_NOUNS.iter().any(|w| prefix.starts_with(w)))
        {
            supporters.push(p.clone());
        }
        supporters.retain(|p| p.name != rm.name);
        if supporters.is_empty() {
            continue;
        }
        // "常州市对口支援伊犁州的尼勒克县、新源县两县": the places named after 的 within the
        // place helped are the recipients.
        let ri = match ms.get(ri + 1) {
            Some(next)
                if rm.kind.is_place()
                    && next.kind.is_place()
                    && between(src, rm.end, next.start) == "的" =>
            {
                ri + 1
            }
            _ => ri,
        };
        // More recipients joined to the first: "X对口支援Y、Z和W", unless one of them starts
        // a new statement ("Y、Z对口支援W").
        let mut recipients = vec![ri];
        let mut k = ri;
        while let (Some(cur), Some(next)) = (ms.get(k), ms.get(k + 1)) {
            let gap = squeeze(between(src, cur.end, next.start));
            let next_tail = squeeze_head(between(src, next.end, cx.span.end), 96);
            let starts_statement = SUPPORT_VERBS
                .iter()
                .chain(["继续", "与", "为", "对"].iter())
                .any(|v| next_tail.starts_with(v));
            if !super::names::is_joiner(&gap) || starts_statement {
                break;
            }
            recipients.push(k + 1);
            k += 1;
        }
        let lead = lead_of(cx);
        // "X牵头组团帮扶R，Y、Z参与": the members named after the recipient join the lead; so
        // they do when the verb says a team helps (我院组团帮扶R，Y、Z两家参与).
        let team_verb = recipients
            .first()
            .and_then(|&r| ms.get(r))
            .is_some_and(|rm| between(src, cx.span.start, rm.start).has("组团"));
        if (team_verb
            || lead
                .as_ref()
                .is_some_and(|l| supporters.iter().any(|p| &p.name == l)))
            && let Some(&last_r) = recipients.last()
        {
            supporters.extend(members_after(cx, last_r + 1));
        }
        let in_order = respectively && supporters.len() == recipients.len();
        for (i, r) in recipients.into_iter().enumerate() {
            let Some(rm) = ms.get(r) else { continue };
            let sups: Vec<Party> = supporters
                .iter()
                .enumerate()
                .filter(|(j, p)| p.name != rm.name && (!in_order || *j == i))
                .map(|(_, p)| p.clone())
                .collect();
            if sups.is_empty() {
                continue;
            }
            let mut raw = cx.raw(sups, rm, cx.span, status);
            raw.lead.clone_from(&lead);
            out.push(raw);
        }
    }
    // 1c. "Y随后加入支援行列": Y joins the supporters of the recipient just named.
    for (_, je, _) in cx.cues.find(List::Join, cx.span.start, cx.span.end) {
        let tail = squeeze_head(between(src, je, cx.span.end), 12);
        let tail = tail.trim_start_matches("对口");
        if !["支援行列", "帮扶行列", "支援队伍", "帮扶队伍", "援助行列"]
            .iter()
            .any(|w| tail.starts_with(w))
        {
            continue;
        }
        let Some(rec) = out.last().map(|r| r.recipient.clone()) else {
            continue;
        };
        let js = je - "加入".len();
        let Some(last) = ms.iter().rposition(|m| {
            m.end <= js && dense_len(between(src, m.end, js), 7) <= 6 && {
                let gap = between(src, m.end, js);
                !gap.contains(['，', '。', '；', ',', ';'])
            }
        }) else {
            continue;
        };
        let sups: Vec<Party> = list_ending_at(src, ms, last)
            .into_iter()
            .filter_map(|k| ms.get(k))
            .filter(|m| usable_supporter(m) && m.name != rec.name)
            .map(|m| Party::of(m))
            .collect();
        if sups.is_empty() || negated(between(src, clause_start(src, cx.span, js), js)) {
            continue;
        }
        if let Some(prev) = out.last() {
            let mut raw = prev.clone();
            raw.supporters = sups;
            raw.recipient = rec;
            raw.kind = RelationKind::PairingAssistance;
            raw.lead = None;
            raw.event = Some(EventKind::Extended);
            out.push(raw);
        }
    }
    // 2. 确定X、Y为R(的)对口支援单位/高校.
    for (ws, we, _) in cx.cues.find(List::Copula, cx.span.start, cx.span.end) {
        let after = ms.iter().find(|m| m.start == we);
        let Some(rm) = after else { continue };
        let tail = squeeze_head(between(src, rm.end, cx.span.end), 96);
        // "为我校第三所支援高校": an ordinal and its measure word before the noun.
        let tail = tail
            .trim_start_matches('的')
            .trim_start_matches("第二")
            .trim_start_matches("第三")
            .trim_start_matches("第四")
            .trim_start_matches(['所', '个', '家']);
        if ![
            "对口支援单位",
            "对口支援高校",
            "对口支援院校",
            "对口支援学校",
            "支援单位",
            "支援高校",
            "对口帮扶单位",
        ]
        .iter()
        .any(|w| tail.starts_with(w))
        {
            continue;
        }
        let Some(last) = ms.iter().rposition(|m| m.end <= ws) else {
            continue;
        };
        let supporters: Vec<Party> = list_ending_at(src, ms, last)
            .into_iter()
            .filter_map(|k| ms.get(k))
            .filter(|m| usable_supporter(m))
            .map(|m| Party::of(m))
            .collect();
        if supporters.is_empty() {
            continue;
        }
        let cs = clause_start(src, cx.span, ws);
        let status = relation_status(between(src, cs, ws), between(src, cx.span.start, ws));
        out.push(cx.raw(supporters, rm, cx.span, status));
    }
    // 1b. Passive wording: "Y受X对口支援", "Y由X、Z对口支援", "(Y)在X的帮助下(，Y)…", and
    //     apposition: "Y的对口支援高校X…".
    passive(cx, &mut out);
    passive_team(cx, &mut out);
    // 1c. Role nouns: "Y的支援高校为A、B", "Y是X的受援高校".
    super::role_nouns::add(cx, &mut out);
    // 1d. A ceremony named as a noun (举行A与B对口支援协议签约仪式).
    super::ceremony::add(cx, &mut out);
    super::ceremony::add_signing_parties(cx, &mut out);
    // 2a. Recipient-side wording: "我校得到/受到/接受X的(大力)(对口)支援/帮扶".
    for (vs, ve, _) in cx.cues.find(List::Receive, cx.span.start, cx.span.end) {
        let Some(sm) = ms
            .iter()
            .find(|m| m.start >= ve && dense_len(between(src, ve, m.start), 3) <= 2)
        else {
            continue;
        };
        // "得到X、Y和Z三所高校的支援": the whole list supports.
        let Some(first) = ms.iter().position(|m| std::ptr::eq(*m, *sm)) else {
            continue;
        };
        let mut last = first;
        while let (Some(cur), Some(next)) = (ms.get(last), ms.get(last + 1)) {
            let gap = squeeze(between(src, cur.end, next.start));
            if super::names::is_joiner(&gap) {
                last += 1;
            } else {
                break;
            }
        }
        let Some(lm) = ms.get(last) else { continue };
        let tail = squeeze_head(between(src, lm.end, cx.span.end), 96);
        let tail = strip_group_noun(&tail);
        // "得到了我院专家的定期巡诊指导": the supporter's people give the help.
        let tail = ["专家团队", "专家", "医生", "教师", "团队", "医疗队"]
            .iter()
            .find_map(|n| tail.strip_prefix(n))
            .unwrap_or(tail);
        let Some(t) = tail.strip_prefix('的') else {
            continue;
        };
        let t = t
            .trim_start_matches("大力")
            .trim_start_matches("无私")
            .trim_start_matches("全力")
            .trim_start_matches("真诚");
        const HELP: [&str; 10] = [
            "对口支援",
            "支援",
            "帮扶",
            "对口帮扶",
            "援助",
            "支持",
            "帮助",
            "资助",
            "对口指导",
            "指导",
        ];
        // The help word first, or after a short manner (定期巡诊指导, 长期帮扶).
        let manner = t.char_indices().take(5).any(|(i, _)| {
            t.get(i..)
                .is_some_and(|r| r.starts_with("指导") || r.starts_with("帮扶"))
        });
        if !HELP.iter().any(|w| t.starts_with(w)) && !manner {
            continue;
        }
        let cs = clause_start(src, cx.span, vs);
        let Some(rk) = ms
            .iter()
            .rposition(|m| m.end <= vs && m.start >= cx.span.start && m.name != sm.name)
        else {
            continue;
        };
        let Some(rm) = ms.get(rk) else { continue };
        // "我校A、B分别得到X的C、D的对口指导": the two lists pair in order.
        if between(src, rm.end, vs).has("分别") {
            let recs = list_leftwards(src, ms, rk, |gap, _| JOINERS.contains(&gap));
            if recs.len() == last - first + 1 && recs.len() > 1 {
                let status = relation_status(between(src, cs, vs), between(src, cx.span.start, vs));
                for (r, k) in recs.iter().zip(first..=last) {
                    if let (Some(r), Some(s)) = (ms.get(*r), ms.get(k))
                        && usable_supporter(s)
                        && s.name != r.name
                        && !negated(between(src, cs, vs))
                    {
                        out.push(cx.raw(vec![Party::of(s)], r, cx.span, status));
                    }
                }
                continue;
            }
        }
        if negated(between(src, cs, vs)) || !usable_supporter(sm) {
            continue;
        }
        let status = relation_status(between(src, cs, vs), between(src, cx.span.start, vs));
        let sups: Vec<Party> = (first..=last)
            .filter_map(|k| ms.get(k))
            .filter(|m| usable_supporter(m) && m.name != rm.name)
            .map(|m| Party::of(m))
            .collect();
        if !sups.is_empty() {
            out.push(cx.raw(sups, rm, cx.span, status));
        }
    }
    // 2b. "并由X作为第二支援高校": X joins the recipient named before in the sentence.
    for (ws, we, _) in cx.cues.find(List::AsRole, cx.span.start, cx.span.end) {
        let tail = squeeze_head(between(src, we, cx.span.end), 96);
        if ![
            "第二支援高校",
            "支援高校",
            "第二支援单位",
            "支援单位",
            "第二支援学校",
        ]
        .iter()
        .any(|w| tail.starts_with(w))
        {
            continue;
        }
        let Some(sm) = ms.iter().rev().find(|m| m.end <= ws) else {
            continue;
        };
        let Some(prev) = out.last() else { continue };
        let rec = prev.recipient.clone();
        let mut raw = prev.clone();
        raw.supporters = vec![Party::of(sm)];
        raw.recipient = rec;
        raw.event = Some(EventKind::Extended);
        out.push(raw);
    }
    // 3. Dispatch: (选派/派出…)到/来/赴R 支教/挂职/任职/讲学/担任; reversed for 进修/访学/挂职学习.
    //    Also a post taken at R ("挂职R副校长", "挂职任R校长", "挂任R副院长") and a team
    //    moving in ("抽调28名队员进驻R").
    for (ls, le, wi) in cx.cues.find(List::DispatchTo, cx.span.start, cx.span.end) {
        let Some(first) = ms.iter().position(|m| m.start == le) else {
            continue;
        };
        let word = DISPATCH_TO.get(wi).copied().unwrap_or_default();
        // A person's former unit (曾任X副校长, 原任X副院长) is no post taken there.
        if src
            .get(..ls)
            .is_some_and(|b| b.ends_with('曾') || b.ends_with('原'))
        {
            continue;
        }
        let takes_post = POST_VERBS.contains(&word);
        let moves_in = MOVE_IN.contains(&word);
        // "到甲中学、乙小学支教": the words after the last place of the list decide.
        let mut last = first;
        while let (Some(cur), Some(next)) = (ms.get(last), ms.get(last + 1)) {
            let gap = squeeze(between(src, cur.end, next.start));
            if ["、", "和", "及"].contains(&gap.as_str()) {
                last += 1;
            } else {
                break;
            }
        }
        let (Some(rm), Some(lm)) = (ms.get(first), ms.get(last)) else {
            continue;
        };
        let tail = squeeze_head(between(src, lm.end, cx.span.end), 96);
        let tail = tail.as_str();
        let reversed = [
            "挂职学习",
            "挂职锻炼",
            "挂职跟岗",
            "挂职研修",
            "跟岗",
            "进修",
            "访学",
            "学习",
            "培训",
            "攻读",
            "读",
        ]
        .iter()
        .any(|w| {
            tail.starts_with(w)
                || tail
                    .get(..w.len() + 12)
                    .is_some_and(|t| t.starts_with("相关") && t.has(w))
        });
        let forward = [
            "支教", "挂职", "任职", "讲学", "担任", "任", "工作", "开展", "指导",
        ]
        .iter()
        .any(|w| tail.starts_with(w))
            || (takes_post && POSTS.iter().any(|w| tail.starts_with(w)))
            || moves_in;
        let reversed = reversed && !takes_post && !moves_in;
        // "赴X学习…课堂改革经验": X is a model learned from, no host of people sent.
        let model = tail.starts_with("学习")
            && tail
                .split(['，', '。', '；', ',', ';'])
                .next()
                .is_some_and(|c| c.has("经验"));
        // "组织评价组赴X开展现场评价": a visit to inspect, no one sent to help.
        let inspection = tail
            .strip_prefix("开展")
            .and_then(|t| t.split(['，', '。', '；', ',', ';']).next())
            .is_some_and(|t| {
                [
                    "调研", "评价", "考察", "检查", "督查", "督导", "验收", "慰问", "评估",
                ]
                .iter()
                .any(|w| t.has(w))
            });
        if (!reversed && !forward) || (reversed && model) || inspection {
            continue;
        }
        // "分别任动物科学学院、教育科学学院副院长": a bare 学院 after a post verb is a unit of
        // the host named elsewhere, not a party of its own.
        if word == "任" && rm.kind == InstitutionKind::College && rm.parent.is_none() {
            continue;
        }
        // Going to a place (赴德阳市跟岗学习) names no host institution.
        if reversed && rm.kind.is_place() {
            continue;
        }
        let cs = clause_start(src, cx.span, ls);
        let prefix = between(src, cx.span.start, ls);
        if negated(between(src, cs, ls)) {
            continue;
        }
        let dispatch = ["派", "选派", "派出", "派遣", "安排", "组织", "抽调"]
            .iter()
            .any(|w| prefix.has(w))
            || takes_post;
        if !dispatch
            && !["挂职", "支教", "讲学", "任职"]
                .iter()
                .any(|w| tail.starts_with(w))
        {
            continue;
        }
        // An invited guest (清华大学张教授应邀来我校讲学) is no one sent by a supporter.
        if !dispatch && ["应邀", "邀请", "受邀"].iter().any(|w| prefix.has(w)) {
            continue;
        }
        let dispatch_at = cx
            .cues
            .find(List::Send, cx.span.start, ls)
            .last()
            .map_or(ls, |w| w.0);
        let limit = if reversed { ls } else { dispatch_at };
        let candidates: Vec<&&Mention> = ms
            .iter()
            .filter(|m| {
                m.end <= limit
                    && !is_locative(src, m)
                    && usable_supporter(m)
                    && !commissions(src, m)
                    && m.name != rm.name
            })
            .collect();
        let in_clause = candidates.iter().rev().find(|m| m.start >= cs).copied();
        let sender_m = in_clause.or_else(|| candidates.first().copied());
        // School to school (德阳市第五中学 → 乡城县第二中学) stays at school level.
        let school_to_school = sender_m.is_some_and(|m| m.kind == InstitutionKind::School);
        let sender = sender_m
            .map(|m| Party::of(m))
            .or_else(|| implicit_subject.get().cloned());
        let Some(sender) = sender else { continue };
        let status = sent_status(between(src, cs, ls), between(src, cx.span.start, ls));
        let pairs = dispatch_pairs(cx, in_clause.copied(), sender, (first, last), ls);
        for (sender, rm) in pairs {
            let dest = Party::of(rm);
            if sender.name == dest.name {
                continue;
            }
            let (sup, rec_m) = if reversed {
                (dest.clone(), None)
            } else {
                (sender.clone(), Some(rm))
            };
            // A team moving in as a whole into one school (整体进驻甲中学) takes it over: no county;
            // teachers spread over several (分别派驻甲中学、乙中学) go to the county.
            // A post taken at a school (挂职任甲中学副校长) is that school's too.
            // A person sent by a unit (我受X选派…来到甲中学任教) goes to that school.
            let person_sent = sender_m.is_some_and(|m| {
                src.get(..m.start).is_some_and(|b| b.ends_with('受'))
                    && ["选派", "委派", "派遣", "指派"]
                        .iter()
                        .any(|w| src.get(m.end..).is_some_and(|a| a.starts_with(w)))
            });
            let takes_over = (moves_in || takes_post || person_sent) && first == last;
            let place = rec_m
                .filter(|r| !school_to_school && !takes_over && !r.surface.starts_with('该'))
                .and_then(school_place);
            let mut raw = match rec_m {
                Some(r) => cx.raw(vec![sup], r, cx.span, status),
                None => {
                    // The host supports the sender.
                    let fake = Mention {
                        start: 0,
                        end: 0,
                        name: sender.name.clone(),
                        surface: sender.name.clone(),
                        kind: InstitutionKind::Other,
                        pronoun: sender.pronoun,
                        parent: None,
                    };
                    let mut r = cx.raw(vec![sup], &fake, cx.span, status);
                    r.disciplines.clear();
                    r.hosted = true;
                    r
                }
            };
            raw.kind = RelationKind::TeacherDispatch;
            if let Some(p) = place {
                raw.recipient = Party {
                    name: p,
                    pronoun: false,
                };
            }
            // A post taken in a government (任美姑县人民政府副县长) is taken in its place.
            if takes_post
                && raw.recipient.name == rm.name
                && rm.kind == InstitutionKind::Government
                && let Some(place) = ["人民政府", "政府"]
                    .iter()
                    .find_map(|w| rm.name.strip_suffix(w))
                    .filter(|p| p.chars().count() >= 2)
            {
                raw.recipient.name = place.to_owned();
            }
            // A post taken in an office (任西藏大学发展规划处副处长) is taken at its institution
            // (an office named with a pronoun, 我校科研处, is folded when the model is built).
            // So is a post in a unit (挂任新疆理工学院信息工程学院副院长) when a whole
            // institution sends the person: its units pair only with units.
            let whole_sender = !sender_m.is_some_and(|m| super::names::is_unit(m))
                && !super::names::bare_college(&sender.name);
            if takes_post
                && raw.recipient.name == rm.name
                && (rm.name.ends_with('处') || whole_sender)
                && let Some(owner) = rm.parent.clone()
            {
                raw.recipient.name = owner;
            }
            out.push(raw);
        }
    }
    // 4. Student placement: S 接收/接受/招收/安排 (来自)R …学生.
    if ["学生", "本科生", "插班", "新生", "研究生", "毕业生"]
        .iter()
        .any(|w| sentence.has(w))
    {
        for (vs, ve, _) in cx.cues.find(List::Place, cx.span.start, cx.span.end) {
            let cs = clause_start(src, cx.span, vs);
            let clause_end = cx.span.end;
            let Some(rm) = ms.iter().find(|m| {
                m.start >= ve
                    && m.end <= clause_end
                    && dense_len(between(src, ve, m.start), 7) <= 6
                    && !between(src, ve, m.start).contains(['，', '。', ','])
            }) else {
                continue;
            };
            let tail = between(src, rm.end, clause_end);
            let tail = tail
                .split(['，', '。', '；', ',', ';'])
                .next()
                .unwrap_or_default();
            if !["学生", "本科生", "插班", "新生", "研究生", "毕业生"]
                .iter()
                .any(|w| tail.has(w))
            {
                continue;
            }
            // The host: in the clause, else the subject of the sentence ("X…，招收我校…").
            let host = acting_party(cx, cs, vs, Some(&rm.name));
            // School to school (甲中学接收乙县第一中学学生) stays at school level, as 该校 does.
            // A county's 初中/高中 (黑水县初中毕业生) is a level of schooling, not one school.
            let school_to_school = host.is_some_and(|m| m.kind == InstitutionKind::School)
                && !rm.name.ends_with("初中")
                && !rm.name.ends_with("高中");
            let sender = host
                .map(Party::of)
                .or_else(|| implicit_subject.get().cloned());
            let Some(sup) = sender else { continue };
            if sup.name == rm.name {
                continue;
            }
            let status = relation_status(between(src, cs, vs), between(src, cx.span.start, vs));
            let mut raw = cx.raw(vec![sup], rm, cx.span, status);
            if let Some(p) =
                school_place(rm).filter(|_| !rm.surface.starts_with('该') && !school_to_school)
            {
                raw.recipient = Party {
                    name: p,
                    pronoun: false,
                };
            }
            raw.kind = RelationKind::StudentPlacement;
            raw.disciplines.clear();
            out.push(raw);
        }
    }
    // 4a. Helpers named after a relative clause of help (向对口支援R的X、Y表示感谢).
    super::relative::find(cx, &mut out);
    super::relative::find_helped(cx, &mut out);
    // The fields of a form (帮扶单位：X, then 受援单位：Y).
    if cx.text().has("受援") || cx.text().has("被帮扶") {
        super::fields::find(cx, &mut out);
    }
    // 4b. Hosted study: "S接收R(的)…进修/跟岗/访学" — the host supports the sender.
    if HOSTED_STUDY.iter().any(|w| sentence.has(w)) {
        hosted_study(cx, implicit_subject, &mut out);
    }
    // 4c. Students who come from R to study at S: "来自R的…学生到S就读".
    if sentence.has("来自") && sentence.has("就读") {
        students_from(cx, &mut out);
    }
    // 5. Agreements and pairings: X与Y(、Z)签订/签署/续签…协议, X与Y结为/结对…, X与Y共建….
    for (vs, ve, vi) in cx.cues.find(List::Agreement, cx.span.start, cx.span.end) {
        let verb = between(src, vs, ve);
        let cs = clause_start(src, cx.span, vs);
        let prefix = between(src, cs, vs);
        if negated(prefix) || pairing_not_done(between(src, ve, cx.span.end)) {
            continue;
        }
        // Inside a document's title (印发《常州市东西部协作…方案》): no statement.
        let sentence_prefix = between(src, cx.span.start, vs);
        if sentence_prefix.matches('《').count() > sentence_prefix.matches('》').count() {
            continue;
        }
        let rest = squeeze_head(between(src, ve, cx.span.end), 240);
        let pairing = PAIRING_VERBS.contains(&verb);
        // Teachers paired as master and apprentice (…教师甲与…教师乙结为师徒) are persons.
        if pairing && (rest.starts_with("师徒") || rest.starts_with("“师徒")) {
            continue;
        }
        // 结对帮扶R, 结对支援R: the pairing verb modifies a verb of help whose object is named
        // (read by the support reader), not a pairing of the names before it; so it does in
        // the passive R由X结对帮扶 (read by the passive reader).
        if pairing
            && let Some(v) = SUPPORT_VERBS.iter().find(|v| rest.starts_with(**v))
            && (prefix.contains('由')
                || ms.iter().any(|m| {
                    let gap = between(src, ve + v.len(), m.start);
                    // A comma closes the clause: the name after it starts the next one
                    // (X与Y结对帮扶，Z与W结为对子).
                    m.start >= ve + v.len()
                        && dense_len(gap, 3) <= 2
                        && !gap.contains(['，', ',', '；', ';', '。'])
                }))
        {
            continue;
        }
        // "X、Y分别结对A和B", "X结对A": the pairing verb takes its partner as an object; the
        // units before it pair with the ones after (in order with 分别).
        if pairing && verb == "结对" && object_pairs(cx, cs, vs, ve, &mut out) {
            continue;
        }
        let (title, kind_word) = if pairing {
            let t: String = rest
                .chars()
                .take_while(|c| !"，。；,;".contains(*c))
                .collect();
            // 建立 pairs only in a relation of help (建立对口帮扶关系, 建立结对关系).
            if verb == "建立"
                && !(t.has("关系")
                    && ["帮扶", "支援", "结对", "对口", "协作"]
                        .iter()
                        .any(|w| t.has(w)))
            {
                continue;
            }
            // 组建 pairs only in a medical or school alliance (组建紧密型医联体, 组建医共体).
            if verb == "组建"
                && !["医联体", "医共体", "教联体", "教共体", "专科联盟"]
                    .iter()
                    .any(|w| t.has(w))
            {
                continue;
            }
            // 共建 of a discipline: "共建…学科" or "开展学科共建", or of a research body
            // (实验室, 研究所, 研究中心, …研究平台).
            if verb == "共建"
                && !t.has("学科")
                && !squeeze(prefix).ends_with("学科")
                && !t.has("实验室")
                && !t.has("研究所")
                && !t.has("研究中心")
                && !t.has("研究平台")
            {
                continue;
            }
            (t, verb)
        } else {
            // 举行 states an agreement only by its ceremony (X与Y举行对口帮扶签约仪式).
            let ends: &[&str] = if verb == "举行" {
                &["签约仪式", "结对仪式", "协议签字仪式"]
            } else {
                &["协议书", "协议", "纪要", "实施方案", "备忘录", "计划书"]
            };
            let end = ends
                .iter()
                .filter_map(|w| rest.find_str(w).map(|p| p + w.len()))
                .min();
            let Some(end) = end else { continue };
            (
                rest.get(..end)
                    .unwrap_or_default()
                    .trim_start_matches('了')
                    .to_owned(),
                verb,
            )
        };
        let _ = vi;
        // Parties: "A与B(、C)" right before the verb, else the clause's (or sentence's) first
        // and last mentions.
        // A venue (两局在纳雍县签订) is no party.
        let in_clause: Vec<&&Mention> = ms
            .iter()
            .filter(|m| {
                m.end <= vs
                    && m.start >= cs
                    && usable_supporter(m)
                    && (!is_locative(src, m) || frames_support(src, m))
            })
            .collect();
        let joined_by = |words: &[char]| {
            in_clause.iter().position(|m| {
                let after = squeeze_head(between(src, m.end, vs), 4);
                let after = RESPECTIVELY
                    .iter()
                    .find_map(|w| after.strip_prefix(w))
                    .unwrap_or(&after);
                after.starts_with(words)
            })
        };
        // "本校某中心自…起與X、Y締結…": the party before the first 与/與 of the clause.
        // 和 joins parties only when no 与 does: "我院又与A、B和C结成对子" lists A, B and C.
        let with_pos = joined_by(&['与', '與'])
            .or_else(|| {
                let clause = between(src, cs, vs);
                let w = clause.find(['与', '與'])? + cs;
                let p = in_clause.iter().rposition(|m| m.end <= w)?;
                let gap = squeeze(between(src, in_clause.get(p)?.end, w));
                (gap.chars().count() <= 20 && in_clause.iter().any(|m| m.start > w)).then_some(p)
            })
            .or_else(|| joined_by(&['和']))
            // Speech: "我们天津一中跟策勒一中是结对学校".
            .or_else(|| joined_by(&['跟']));
        // Whether the parties are the pair named before 双方 (its dates are that clause's).
        let mut both_named_before = false;
        let (a, bs): (&Mention, Vec<&Mention>) = match with_pos {
            Some(p) => {
                let Some(a) = in_clause.get(p) else { continue };
                let bs: Vec<&Mention> = in_clause.iter().skip(p + 1).map(|m| **m).collect();
                (**a, bs)
            }
            // "以我局为组长单位，组织…组成团队，各成员学校分别结对R": a team's lead is paired
            // with the recipient the team's members pair with.
            None if pairing
                && let Some(rm) = ms
                    .iter()
                    .find(|m| m.start >= ve && dense_len(between(src, ve, m.start), 3) <= 2)
                && let Some(lead) = team_before(cx, vs).into_iter().next() =>
            {
                if lead.name != rm.name {
                    let status = relation_status(prefix, between(src, cx.span.start, vs));
                    let mut raw = cx.raw(vec![lead.clone()], rm, cx.span, status);
                    raw.disciplines.clear();
                    raw.lead = Some(lead.name);
                    out.push(raw);
                }
                continue;
            }
            // "与我站结对的X持续开展…": the pairing modifies the name after its 的, which pairs
            // with the parties after 与.
            None if pairing
                && let Some(x) = ms
                    .iter()
                    .find(|m| m.start >= ve && squeeze(between(src, ve, m.start)) == "的")
                && in_clause.first().is_some_and(|first| {
                    let head = squeeze(between(src, cs, first.start));
                    head.ends_with('与') || head.ends_with('同') || head.ends_with('和')
                }) =>
            {
                let flat: Vec<&Mention> = in_clause.iter().map(|m| **m).collect();
                let list = plain_list_starting_at(src, &flat, 0);
                let bs: Vec<&Mention> = list.iter().filter_map(|&k| flat.get(k).copied()).collect();
                (*x, bs)
            }
            // A pairing verb used as a noun modifier (明确了结对学校) pairs no one here.
            None if pairing
                && ["学校", "单位", "院校", "医院", "对象", "名单", "工作"]
                    .iter()
                    .any(|w| rest.starts_with(w)) =>
            {
                continue;
            }
            // "X自…起结对帮扶R1，又与R2、R3建立帮扶关系": a clause that starts its parties
            // with 与 has the sentence's subject (or the author, as the supporter) as its
            // first party, and the list after 与 as the others.
            // With no such subject the clause pairs no one (its list items are no pair).
            None if in_clause.first().is_some_and(|first| {
                let head = squeeze(between(src, cs, first.start));
                head.ends_with('与') || head.ends_with('與') || head.ends_with('同')
            }) =>
            {
                let Some(subject) = ms
                    .first()
                    .filter(|m| m.end <= cs && usable_supporter(m) && opens_sentence(cx, m))
                    .copied()
                else {
                    continue;
                };
                let flat: Vec<&Mention> = in_clause.iter().map(|m| **m).collect();
                let list = plain_list_starting_at(src, &flat, 0);
                let bs: Vec<&Mention> = list.iter().filter_map(|&k| flat.get(k).copied()).collect();
                (subject, bs)
            }
            None => {
                // A pairing verb needs its parties in its own clause (…组成团队，各成员学校
                // 分别结对R: the team's sponsor is no party of the pairing).
                let all: Vec<&&Mention> = if in_clause.len() >= 2 {
                    in_clause.clone()
                } else if pairing {
                    continue;
                } else {
                    ms.iter()
                        .filter(|m| m.end <= vs && usable_supporter(m) && !is_locative(src, m))
                        .collect()
                };
                // "…，我局与R建立了结对关系，今年4月双方续签…协议": the two parties of the
                // clause are the last pair named before it (A与R, A对口支援R), not the sentence's
                // first name.
                let both = ["双方", "两局", "两地", "两校", "两院", "两会"]
                    .iter()
                    .any(|w| prefix.has(w));
                let last_two = all
                    .len()
                    .checked_sub(2)
                    .and_then(|k| Some((all.get(k)?, all.get(k + 1)?)))
                    .filter(|(x, y)| {
                        let gap = squeeze(between(src, x.end, y.start));
                        ["与", "和", "同"].contains(&gap.as_str())
                            || (SUPPORT_VERBS.iter().any(|v| gap.has(v))
                                && !gap.contains(['，', ',', '；', ';']))
                    });
                let first = match last_two {
                    Some((x, _)) if both => {
                        both_named_before = true;
                        Some(x)
                    }
                    _ => all.first(),
                };
                let (Some(a), Some(b)) = (first, all.last()) else {
                    continue;
                };
                (**a, vec![**b])
            }
        };
        // "A、B分别与C、D结成对子": A with C, B with D.
        let mut pairs: Vec<(&Mention, &Mention)> = bs.iter().map(|b| (a, *b)).collect();
        // "A与B、C与D分别结成共建对子": the pairs as listed.
        let chain = paired_chain(src, &in_clause);
        if chain.len() >= 2 {
            pairs = chain;
        }
        // "组织A、B等学校与C结成帮扶对子": each of the list with C.
        if let Some(p) = with_pos
            && bs.len() == 1
            && let Some(b0) = bs.first()
        {
            let flat: Vec<&Mention> = in_clause.iter().map(|m| **m).collect();
            let left = plain_list_ending_at(src, &flat, p);
            if left.len() >= 2 && pairs.len() == 1 {
                pairs = left
                    .iter()
                    .filter_map(|&k| flat.get(k).copied())
                    .map(|m| (m, *b0))
                    .collect();
            }
        }
        if let Some(p) = with_pos
            && let Some(b0) = bs.first()
            && RESPECTIVELY
                .iter()
                .any(|w| between(src, a.end, b0.start).has(w))
        {
            let flat: Vec<&Mention> = in_clause.iter().map(|m| **m).collect();
            let left = list_ending_at(src, &flat, p);
            if left.len() >= 2 && left.len() == bs.len() {
                pairs = left
                    .iter()
                    .filter_map(|&k| flat.get(k).copied())
                    .zip(bs.iter().copied())
                    .collect();
            }
        }
        let status = relation_status(prefix, between(src, cx.span.start, vs));
        for (a, b) in pairs {
            // Two self-references pair nothing; 我校 with 我市X镇中学 pairs the school.
            let bare = |m: &Mention| super::names::PRONOUNS.contains(&m.name.as_str());
            if a.name == b.name || (a.pronoun && b.pronoun && bare(a) && bare(b)) {
                continue;
            }
            let mut agreement = Agreement::new(AgreementKind::from_title(&title));
            agreement.title = Some(title.clone()).filter(|t| !t.is_empty());
            agreement.parties = vec![a.name.clone(), b.name.clone()];
            agreement.signed = cx.first_date();
            agreement.term = cx.duration();
            agreement.renewal = kind_word == "续签";
            if let Some(p) = title.find_str("以")
                && let Some(q) = title.find_str("为主要内容")
                && p < q
            {
                agreement.content = title.get(p + "以".len()..q).map(str::to_owned);
            }
            let mut raw = cx.raw(vec![Party::of(a)], b, cx.span, status);
            // The first party goes on to send people in a clause of its own (我院与X组建医联体，
            // 派出医生下沉坐诊): it supports the second.
            raw.undirected = !(pairing && sender_follows(&rest));
            raw.disciplines.clear();
            raw.kind = if kind_word == "共建" && (title.has("学科") || prefix.has("学科")) {
                RelationKind::DisciplineSupport
            } else if raw.kind == RelationKind::TeacherDispatch
                || raw.kind == RelationKind::DisciplineSupport
            {
                RelationKind::PairingAssistance
            } else {
                raw.kind
            };
            raw.established = cx
                .first_date()
                .filter(|_| !agreement.renewal && kind_word != "共建" && !both_named_before);
            raw.event = agreement.renewal.then_some(EventKind::Renewed);
            if !pairing {
                raw.agreement = Some(agreement);
            }
            out.push(raw);
        }
    }
    // 6. Pairs written as a list (A—B, A→B, A：B).
    super::clause::pair_list(cx, &mut out);
    // 7. Rows of a table of pairs (序号  受援学校  结对学校).
    super::clause::table_row(cx, &mut out);
    // 8. "…，与X共同承担支援任务": X supports what the sentence's subject supports.
    shared_task(cx, &mut out);
    // 9. "我校继续承担对X的职业教育对口帮扶任务": the subject supports X.
    task_for(cx, implicit_subject, &mut out);
    // 10. "X联合Y选派教师17人，帮助该校新建…": people sent, then whom they help.
    sent_to_help(cx, implicit_subject, &mut out);
    for r in &mut out {
        lift_departments(r);
    }
    out
}

/// Who is sent where in a dispatch sentence: the sender of the clause and the places of the
/// list after 到/赴 (`dests`, mention indices). "X、Y分别选派…到A、B" pairs the two lists in
/// order; one sender with several places goes to each (schools of one county are folded into
/// the county later, as for a single school).
fn dispatch_pairs<'m>(
    cx: &SentenceCtx<'m>,
    sender_m: Option<&'m Mention>,
    sender: Party,
    dests: (usize, usize),
    dispatch_at: usize,
) -> Vec<(Party, &'m Mention)> {
    let ms = &cx.mentions;
    let (first, last) = dests;
    let places: Vec<&'m Mention> = (first..=last).filter_map(|k| ms.get(k).copied()).collect();
    let senders: Vec<&'m Mention> = sender_m
        .and_then(|sm| ms.iter().position(|m| m.start == sm.start))
        .map(|k| plain_list_ending_at(cx.src, ms, k))
        .unwrap_or_default()
        .into_iter()
        .filter_map(|k| ms.get(k).copied())
        .collect();
    let respectively = senders.len() > 1
        && senders.len() == places.len()
        && senders
            .last()
            .is_some_and(|l| between(cx.src, l.end, dispatch_at).has("分别"));
    if respectively {
        return senders
            .iter()
            .zip(&places)
            .map(|(s, p)| (Party::of(s), *p))
            .collect();
    }
    // Places that are schools keep the single-place reading (the first school; its county is
    // taken below when teachers spread over several).
    match places.as_slice() {
        [one, ..] if places.iter().any(|p| p.kind == InstitutionKind::School) => {
            vec![(sender, *one)]
        }
        _ => places.into_iter().map(|p| (sender.clone(), p)).collect(),
    }
}

/// "我校继续承担对黔西南州的职业教育对口帮扶任务": the subject of the clause (or of the
/// report) supports the place or institution named after 承担对.
fn task_for(cx: &SentenceCtx<'_>, implicit: &Implicit<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let sentence = between(src, cx.span.start, cx.span.end);
    let Some(at) = sentence.find_str("承担对").map(|p| cx.span.start + p) else {
        return;
    };
    let after = at + "承担对".len();
    let Some(rm) = cx.mentions.iter().find(|m| m.start == after) else {
        return;
    };
    let task = squeeze_head(between(src, rm.end, cx.span.end), 40);
    let task = task
        .split(['，', '。', '；', ',', ';'])
        .next()
        .unwrap_or_default();
    if !(task.starts_with('的')
        && task.ends_with("任务")
        && ["帮扶", "支援", "援助"].iter().any(|w| task.has(w)))
    {
        return;
    }
    let cs = clause_start(src, cx.span, at);
    if negated(between(src, cs, at)) {
        return;
    }
    let Some(sup) = acting_party(cx, cs, at, None)
        .map(Party::of)
        .or_else(|| implicit.get().cloned())
    else {
        return;
    };
    if sup.name == rm.name {
        return;
    }
    let status = relation_status(between(src, cs, at), between(src, cx.span.start, at));
    out.push(cx.raw(vec![sup], rm, cx.span, status));
}

/// Verbs opening a clause that names whom the people sent in the clause before help.
pub(crate) const HELP_AFTER: [&str; 4] = ["帮助", "协助", "助力", "指导"];

/// "武汉职业技术学院联合湖北城市建设职业技术学院选派专业教师17人，帮助该校新建两个专业": a
/// clause that sends people without naming a place, and a next clause that opens with a verb
/// of help and the party helped. Every sender (the clause's subject, its list, a partner after
/// 联合/会同) supports that party.
fn sent_to_help(cx: &SentenceCtx<'_>, implicit: &Implicit<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let sentence = between(src, cx.span.start, cx.span.end);
    for (p, c) in sentence.match_indices(['，', ',']) {
        let comma = cx.span.start + p;
        let after_comma = comma + c.len();
        let rest = between(src, after_comma, cx.span.end);
        let Some(verb) = HELP_AFTER.iter().find(|v| rest.starts_with(**v)) else {
            continue;
        };
        let Some(rm) = cx
            .mentions
            .iter()
            .find(|m| m.start == after_comma + verb.len())
        else {
            continue;
        };
        let cs = clause_start(src, cx.span, comma);
        let clause = between(src, cs, comma);
        let Some(d) = ["选派", "派出", "派遣", "抽调", "派驻"]
            .iter()
            .filter_map(|w| clause.find_str(w))
            .min()
            .map(|d| cs + d)
        else {
            continue;
        };
        // A clause that names where the people go (选派…到R) is read by the dispatch rule.
        if cx.mentions.iter().any(|m| m.start > d && m.end <= comma) || negated(clause) {
            continue;
        }
        let status = sent_status(clause, between(src, cx.span.start, comma));
        let Some(last) = cx.mentions.iter().rposition(|m| {
            m.end <= d && m.start >= cs && usable_supporter(m) && !is_locative(src, m)
        }) else {
            let Some(sup) = implicit.get().cloned().filter(|s| s.name != rm.name) else {
                continue;
            };
            out.push(relation_sent(cx, vec![sup], rm, status));
            continue;
        };
        let mut senders: Vec<Party> = Vec::new();
        let list = plain_list_ending_at(src, &cx.mentions, last);
        // "X联合Y选派…": X sends with Y.
        if let Some(first) = list.first().and_then(|&k| cx.mentions.get(k))
            && TEAM_MEMBER_BEFORE
                .iter()
                .any(|w| between(src, cs, first.start).ends_with(w))
            && let Some(partner) = cx.mentions.iter().rfind(|m| {
                m.end < first.start
                    && m.start >= cs
                    && TEAM_MEMBER_BEFORE
                        .iter()
                        .any(|w| between(src, m.end, first.start) == *w)
                    && usable_supporter(m)
            })
        {
            senders.push(Party::of(partner));
        }
        senders.extend(
            list.iter()
                .filter_map(|&k| cx.mentions.get(k))
                .map(|m| Party::of(m)),
        );
        senders.retain(|s| s.name != rm.name);
        if senders.is_empty() {
            continue;
        }
        out.push(relation_sent(cx, senders, rm, status));
    }
}

/// The status of a relation of people sent: people to be sent (将选派…赴R) are a plan, no
/// relation yet.
fn sent_status(prefix: &str, sentence_prefix: &str) -> Status {
    match relation_status(prefix, sentence_prefix) {
        Status::Planned => Status::Hypothetical,
        s => s,
    }
}

/// The dispatch relation of [`sent_to_help`]: a school helped stands for its county unless a
/// school sends or it is named by anaphora (该校), as in the dispatch rule.
fn relation_sent(
    cx: &SentenceCtx<'_>,
    senders: Vec<Party>,
    rm: &Mention,
    status: Status,
) -> RawRelation {
    let school_sends = senders
        .iter()
        .any(|s| InstitutionKind::guess(&s.name) == InstitutionKind::School);
    let place = (!school_sends && !rm.surface.starts_with('该'))
        .then(|| school_place(rm))
        .flatten();
    let mut raw = cx.raw(senders, rm, cx.span, status);
    raw.kind = RelationKind::TeacherDispatch;
    if let Some(p) = place {
        raw.recipient = Party {
            name: p,
            pronoun: false,
        };
    }
    raw
}

/// "我校被增列为该校对口支援高校，与南京农业大学共同承担支援任务": the partner named after 与/和
/// before 共同承担 (…支援/帮扶…任务) joins every relation the sentence states.
fn shared_task(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let sentence = between(src, cx.span.start, cx.span.end);
    let Some(at) = sentence.find_str("共同承担").map(|p| cx.span.start + p) else {
        return;
    };
    let task = squeeze_head(between(src, at + "共同承担".len(), cx.span.end), 12);
    if !(task.has("任务") && ["支援", "帮扶", "援助"].iter().any(|w| task.has(w))) {
        return;
    }
    let Some(partner) = cx.mentions.iter().rfind(|m| {
        m.end <= at
            && between(src, m.end, at).trim().is_empty()
            && src
                .get(..m.start)
                .is_some_and(|b| b.ends_with('与') || b.ends_with('和') || b.ends_with('同'))
            && usable_supporter(m)
    }) else {
        return;
    };
    let joined: Vec<RawRelation> = out
        .iter()
        .filter(|r| r.status.is_actual() && !r.undirected && r.recipient.name != partner.name)
        .filter(|r| r.supporters.iter().all(|s| s.name != partner.name))
        .map(|r| {
            let mut j = r.clone();
            j.supporters = vec![Party::of(partner)];
            j.lead = None;
            j
        })
        .collect();
    out.extend(joined);
}

/// Words of staff sent to study at a host.
const HOSTED_STUDY: [&str; 5] = ["进修", "访学", "跟岗", "规培", "规范化培训"];

/// "S接收R(的)…进修人员": S supports R. The host is the clause's name before the verb, else
/// the sentence's subject.
fn hosted_study(cx: &SentenceCtx<'_>, implicit: &Implicit<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let ms = &cx.mentions;
    for (vs, ve, _) in cx.cues.find(List::Host, cx.span.start, cx.span.end) {
        let Some(rm) = ms.iter().find(|m| {
            m.start >= ve
                && dense_len(between(src, ve, m.start), 7) <= 6
                && !between(src, ve, m.start).contains(['，', '。', '；', ',', ';'])
        }) else {
            continue;
        };
        let tail = between(src, rm.end, cx.span.end);
        let tail = tail
            .split(['，', '。', '；', ',', ';'])
            .next()
            .unwrap_or_default();
        if !HOSTED_STUDY.iter().any(|w| tail.has(w)) {
            continue;
        }
        let cs = clause_start(src, cx.span, vs);
        if negated(between(src, cs, vs)) {
            continue;
        }
        let host = acting_party(cx, cs, vs, None)
            .map(Party::of)
            .or_else(|| implicit.get().cloned());
        let Some(host) = host else { continue };
        if host.name == rm.name {
            continue;
        }
        let status = relation_status(between(src, cs, vs), between(src, cx.span.start, vs));
        let mut raw = cx.raw(vec![host], rm, cx.span, status);
        raw.disciplines.clear();
        raw.hosted = true;
        out.push(raw);
    }
}

/// "来自R的60名学生到S就读": S hosts students of R.
fn students_from(cx: &SentenceCtx<'_>, out: &mut Vec<RawRelation>) {
    let src = cx.src;
    let ms = &cx.mentions;
    for (_, fe, _) in cx.cues.find(List::From, cx.span.start, cx.span.end) {
        let Some(rm) = ms.iter().find(|m| m.start == fe) else {
            continue;
        };
        let rest = between(src, rm.end, cx.span.end);
        let rest = rest.split(['。', '；', ';']).next().unwrap_or_default();
        if !rest.has("学生") {
            continue;
        }
        let Some(sm) = ms.iter().find(|m| {
            m.start > rm.end
                && m.end <= rm.end + rest.len()
                && src
                    .get(..m.start)
                    .is_some_and(|b| b.ends_with(['到', '在', '赴']))
                && between(src, m.end, cx.span.end).starts_with("就读")
        }) else {
            continue;
        };
        if sm.name == rm.name || !usable_supporter(sm) {
            continue;
        }
        let mut raw = cx.raw(vec![Party::of(sm)], rm, cx.span, Status::Actual);
        raw.kind = RelationKind::StudentPlacement;
        raw.disciplines.clear();
        if let Some(p) = school_place(rm) {
            raw.recipient = Party {
                name: p,
                pronoun: false,
            };
        }
        out.push(raw);
    }
}

/// The hospital of a hospital department (甲医院重症医学科 → 甲医院).
pub(crate) fn hospital_of(name: &str) -> Option<&str> {
    if !super::names::ends_as_department(name) {
        return None;
    }
    let end = super::names::hospital_end(name)?;
    (end < name.len()).then(|| name.get(..end)).flatten()
}

/// Department-level pairs only between departments (甲医院重症医学科 → 乙医院重症医学科); a
/// department paired with a whole institution stands for its hospital.
fn lift_departments(r: &mut RawRelation) {
    // 我院重症医学科: a department of the author's hospital, named once the pronoun resolves;
    // 我科 is one too.
    let own_dept = |p: &Party| {
        p.pronoun
            && (p.name == "我科"
                || (p.name.starts_with("我院")
                    && p.name.len() > "我院".len()
                    && super::names::ends_as_department(&p.name)))
    };
    // A unit of a hospital (麻醉手术中心 too) is no whole institution.
    let unit = |p: &Party| {
        own_dept(p) || super::names::hospital_end(&p.name).is_some_and(|e| e < p.name.len())
    };
    let rec_dept = unit(&r.recipient);
    let sup_dept = r.supporters.iter().any(unit);
    // The hospital of a department: named, or the author's (我院).
    let lift = |p: &mut Party| {
        if let Some(h) = hospital_of(&p.name).map(str::to_owned) {
            p.name = h;
        } else if own_dept(p) {
            p.name = "我院".to_owned();
        }
    };
    if rec_dept && !sup_dept {
        lift(&mut r.recipient);
    } else if sup_dept && !rec_dept {
        r.supporters.iter_mut().for_each(lift);
    }
}

#[cfg(test)]
mod status_tests {
    use super::*;

    /// The status reader before its memo: two scans per call (the reference).
    fn status_by_scans(prefix: &str, sentence_prefix: &str) -> Status {
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(
                REQUEST
                    .iter()
                    .chain(HYPOTHETICAL.iter())
                    .chain(PLANNED.iter()),
            )
            .unwrap();
        let class_in = |text: &str, lo: usize, hi: usize| {
            ac.find_overlapping_iter(text)
                .any(|m| (lo..hi).contains(&m.pattern().as_usize()))
        };
        let (r, h) = (REQUEST.len(), REQUEST.len() + HYPOTHETICAL.len());
        let met = |at: usize| {
            let before = sentence_prefix.get(..at).unwrap_or_default();
            let window = super::super::text::last_chars(before, 16);
            window.rfind('应').is_some_and(|p| {
                !window
                    .get(p..)
                    .unwrap_or_default()
                    .contains(['，', '。', '；'])
            })
        };
        let requested = ac
            .find_overlapping_iter(sentence_prefix)
            .any(|m| m.pattern().as_usize() < r && !met(m.start()));
        let planned_here = class_in(prefix, h, h + PLANNED.len());
        if requested && (!planned_here || class_in(prefix, 0, r)) {
            Status::Requested
        } else if class_in(prefix, r, h) {
            Status::Hypothetical
        } else if planned_here {
            Status::Planned
        } else {
            Status::Actual
        }
    }

    proptest::proptest! {
        #[test]
        fn status_memo_reads_like_two_scans(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "希望", "应", "请求", "如果", "若", "将继续", "计划于", "拟", "原计划", "，",
                    "。", "甲", "大学", "将", "计划", "即将", "准备", "将要", "如能", "假如",
                ]),
                0..30,
            ),
            cuts in proptest::collection::vec((0usize..40, 0usize..40, 0usize..3), 1..12),
        ) {
            let text: String = parts.concat();
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain(core::iter::once(text.len()))
                .collect();
            let at = |k: usize| bounds[k.min(bounds.len() - 1)];
            for (a, b, start) in cuts {
                // A trigger at `b`, its clause from `a`, its sentence from one of a few starts.
                let (lo, hi) = (at(a.min(b)), at(a.max(b)));
                let s0 = at(start).min(lo);
                let (prefix, sentence_prefix) = (&text[lo..hi], &text[s0..hi]);
                proptest::prop_assert_eq!(
                    status_of(prefix, sentence_prefix),
                    status_by_scans(prefix, sentence_prefix),
                    "{:?} in {:?}", prefix, sentence_prefix
                );
                // A clause that does not end the sentence's text falls back to its own scan.
                proptest::prop_assert_eq!(
                    status_of(sentence_prefix, prefix),
                    status_by_scans(sentence_prefix, prefix)
                );
            }
        }
    }
}
