//! A speaker's 学校: in a news item, "西昌学院党委书记刘明远出席…。刘明远介绍，学校自2013年起
//! 得到…的对口帮扶" — the bare 学校 (医院, 学院) right after the speaker's words is the
//! institution the speaker was introduced with (its name, a post, the person's name).

use super::names::Mention;
use crate::extract::has::Has;

/// Verbs of speaking that end the speaker's clause (刘明远介绍，…).
const SPEAKS: [&str; 6] = ["介绍", "表示", "指出", "谈到", "说", "回顾"];

/// The institution words that stand for the speaker's own after the comma.
const OWN: [&str; 3] = ["学校", "医院", "学院"];

/// Posts written between an institution and a person's name (西昌学院党委书记刘明远, 厦门市
/// 人民政府副市长　陈志宏); longer forms first where one ends another (党委副书记 before 书记).
pub(crate) const POSTS: [&str; 34] = [
    "党委书记",
    "党委副书记",
    "副校长",
    "校长",
    "副院长",
    "院长",
    "书记",
    "副市长",
    "市长",
    "副省长",
    "省长",
    "副县长",
    "县长",
    "副区长",
    "区长",
    "副州长",
    "州长",
    "副主任",
    "主任",
    "副局长",
    "局长",
    "副检察长",
    "检察长",
    "副厅长",
    "厅长",
    "副部长",
    "部长",
    "董事长",
    "总经理",
    "副会长",
    "会长",
    "副理事长",
    "理事长",
    "负责人",
];

/// Adds a mention for each bare 学校/医院/学院 that opens the words of a speaker introduced
/// with an institution earlier in the text (and for the same word set apart later in that
/// sentence). Mentions stay in order and do not overlap; at
/// most 16 of each word after each comma are looked at (one pass over the text per word:
/// "，学校" and ",学校", "，医院" …).
pub(crate) fn resolve_speakers(src: &str, mut mentions: Vec<Mention>) -> Vec<Mention> {
    let mut added = Vec::new();
    for own in OWN {
        let mut seen = [0usize; 2];
        let after_comma =
            memchr::memmem::find_iter(src.as_bytes(), own.as_bytes()).filter_map(|at| {
                let head = src.get(..at)?;
                let k = if head.ends_with('，') {
                    0
                } else if head.ends_with(',') {
                    1
                } else {
                    return None;
                };
                let n = seen.get_mut(k)?;
                *n += 1;
                (*n <= 16).then(|| (at - if k == 0 { '，'.len_utf8() } else { 1 }, at))
            });
        for (p, at) in after_comma {
            let Some(m) = speaker_institution(src, p, &mentions) else {
                continue;
            };
            // 学校的…, 学校领导: only the institution itself as the subject of a clause.
            let after = src.get(at + own.len()..).unwrap_or_default();
            if after.starts_with(['的', '领', '党']) {
                continue;
            }
            // The same word again in the speaker's sentence (…，十余年来该校累计为学校培训…)
            // is the same institution, when a preposition or a list sets it apart.
            let sentence_end = after.find('。').map_or(src.len(), |e| at + own.len() + e);
            let rest = src.get(at..sentence_end).unwrap_or_default();
            for q in rest.starts(own) {
                let set_apart = rest
                    .get(..q)
                    .and_then(|b| b.chars().next_back())
                    .is_none_or(|c| "为向给对在与和、，,".contains(c));
                if set_apart {
                    added.push(standing_for(m, at + q, own));
                }
            }
        }
    }
    // Spans where a mention made here replaces the recogniser's (我们县顾县镇中学 for its
    // 县顾县镇中学, 学校图书馆 of a yearbook's university).
    let mut replace: Vec<(usize, usize)> = Vec::new();
    house_school(src, &mentions, &mut added, &mut replace);
    interview_answers(src, &mentions, &mut added, &mut replace);
    super::captions::caption_speakers(src, &mentions, &mut added, &mut replace);
    first_person(src, &mentions, &mut added);
    super::writer_unit::writer_unit(src, &mentions, &mut added, &mut replace);
    super::column_byline::column_bylines(src, &mentions, &mut added);
    super::company_units::company_units(src, &mentions, &mut added, &mut replace);
    department_in_speech(src, &mentions, &mut added);
    super::editor_notes::publisher_pronouns(src, &mentions, &mut added, &mut replace);
    if !replace.is_empty() {
        mentions.retain(|m| !replace.iter().any(|(s, e)| m.start < *e && *s < m.end));
    }
    added.sort_by_key(|m| m.start);
    added.dedup_by_key(|m| m.start);
    if added.is_empty() {
        return mentions;
    }
    added.retain(|a| !mentions.iter().any(|m| m.start < a.end && a.start < m.end));
    mentions.extend(added);
    mentions.sort_by_key(|m| m.start);
    mentions
}

/// A writer who says who they are (我是广州市执信中学的老师，我们学校也对口帮扶…): their
/// 我们学校 (我们医院, 我们学院) later on the same line is that institution. Only on that line: a
/// volunteer's 我们学校 of another day may be the school they teach at.
fn first_person(src: &str, mentions: &[Mention], added: &mut Vec<Mention>) {
    for p in memchr::memmem::find_iter(src.as_bytes(), "我是".as_bytes()).take(64) {
        let at = p + "我是".len();
        let Some(m) = named_at(mentions, at) else {
            continue;
        };
        let line_end = src
            .get(m.end..)
            .and_then(|r| r.find('\n'))
            .map_or(src.len(), |e| m.end + e);
        let Some(rest) = src.get(m.end..line_end) else {
            continue;
        };
        // "的<role>" closes the self-introduction within a few words (第26届研究生支教团的成员).
        let Some(de) = rest.find('的') else { continue };
        let between = rest.get(..de).unwrap_or_default();
        if between.chars().count() > 16 || between.contains(['，', '。', ',', '；']) {
            continue;
        }
        // A department's member (我是二附院麻醉科的) says 我们科 for it.
        let department = m.name.ends_with('科').then_some("我们科");
        for own in OWN_IN_SPEECH.into_iter().chain(department) {
            for q in rest.starts(own).take(8) {
                added.push(standing_for(m, m.end + q, own));
            }
        }
    }
}

/// 科里 (the department, in speech) opening a clause: the department its sentence named first
/// (我们科（二附院心内科）和县医院心内科结了对子，科里给县医院寄了…书 → 二附院心内科). At most
/// 16 are looked at.
fn department_in_speech(src: &str, mentions: &[Mention], added: &mut Vec<Mention>) {
    for at in src.starts("科里").take(16) {
        let head = src.get(..at).unwrap_or_default();
        if !head.ends_with(['，', ',', '；']) {
            continue;
        }
        let sentence_start = head.rfind(['。', '\n', '！', '？']).map_or(0, |p| p + 1);
        let first = mentions
            .iter()
            .skip_while(|m| m.start < sentence_start)
            .take_while(|m| m.end <= at)
            .find(|m| !m.pronoun);
        if let Some(m) = first.filter(|m| m.name.ends_with('科')) {
            added.push(standing_for(m, at, "科里"));
        }
    }
}

/// The county an institution's name starts with (岳池县第一中学 → 岳池县, 九寨沟县卫生健康局 →
/// 九寨沟县), at least three characters long.
pub(crate) fn county_of(name: &str) -> Option<&str> {
    let p = name.find('县')?;
    name.get(..p + '县'.len_utf8())
        .filter(|c| c.chars().count() >= 3)
}

/// A mention of `inst` written as `surface` at byte `start` (学校, 我们学校, 我们).
pub(crate) fn standing_for(inst: &Mention, start: usize, surface: &str) -> Mention {
    Mention {
        start,
        end: start + surface.len(),
        name: inst.name.clone(),
        surface: surface.to_owned(),
        kind: inst.kind,
        pronoun: false,
        parent: inst.parent.clone(),
    }
}

/// The named mention starting at byte `at` (mentions are in text order).
pub(crate) fn named_at(mentions: &[Mention], at: usize) -> Option<&Mention> {
    let from = mentions.partition_point(|m| m.start < at);
    mentions
        .get(from..)?
        .iter()
        .take_while(|m| m.start == at)
        .find(|m| !m.pronoun)
}

/// The end of the first `lines` lines of `src`, and the named mentions (no pronouns) that end
/// within them.
fn named_in_head<'m>(
    src: &str,
    mentions: &'m [Mention],
    lines: usize,
) -> (usize, impl Iterator<Item = &'m Mention>) {
    let head_end = src
        .char_indices()
        .filter(|(_, c)| *c == '\n')
        .nth(lines.saturating_sub(1))
        .map_or(src.len(), |(i, _)| i);
    let named = mentions
        .iter()
        .take_while(move |m| m.end <= head_end)
        .filter(|m| !m.pronoun);
    (head_end, named)
}

/// Publications of an institution about itself, after its name at the top (湖南大学年鉴).
const HOUSE_PUBLICATIONS: [&str; 7] = [
    "年鉴",
    "年报",
    "校报",
    "院报",
    "校史",
    // A college's annual quality report (X高等职业教育质量年度报告).
    "高等职业教育质量年度报告",
    "质量年度报告",
];

/// The institution whose own publication the text is: a name followed by 年鉴 (年报, 校报, 院报) in
/// the first three lines or alone with 报 on its line (X医院报, a masthead), or opening a title
/// that ends in 大事记.
pub(crate) fn house_of<'m>(src: &str, mentions: &'m [Mention]) -> Option<&'m Mention> {
    let (_, mut head) = named_in_head(src, mentions, 3);
    head.find(|m| {
        let after = src.get(m.end..).unwrap_or_default();
        HOUSE_PUBLICATIONS.iter().any(|p| after.starts_with(p))
            // An institution's paper named after it, alone on its masthead line (X医院报).
            || (!m.kind.is_place()
                && after
                    .strip_prefix('报')
                    .is_some_and(|r| r.trim_start_matches([' ', '\u{3000}', '\r']).starts_with('\n')))
            // A place's gazetteer (玛多县志), not its volunteers (志愿者).
            || (m.kind.is_place() && after.starts_with('志') && !after.starts_with("志愿"))
            || chronicle_of(src, m)
    })
}

/// Whether `m` opens a title line that ends in 大事记 (岷县东西部协作大事记（2019—2024年）):
/// the chronicle of its own work, kept by the place or institution it names first.
fn chronicle_of(src: &str, m: &Mention) -> bool {
    let line_start = src
        .get(..m.start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |p| p + 1);
    let opens = src
        .get(line_start..m.start)
        .is_some_and(|b| b.trim_matches([' ', '\u{3000}']).is_empty());
    let rest = src.get(m.end..).unwrap_or_default();
    let line = rest.split('\n').next().unwrap_or_default();
    // The years covered, in a parenthesis after the title, do not count.
    let title = line
        .split(['（', '('])
        .next()
        .unwrap_or_default()
        .trim_end();
    opens && title.ends_with("大事记") && title.chars().count() <= 24
}

/// In an institution's own publication (湖南大学年鉴), 学校 opening a clause (学校选派…,
/// 2024年，学校继续…) is that institution.
fn house_school(
    src: &str,
    mentions: &[Mention],
    added: &mut Vec<Mention>,
    replace: &mut Vec<(usize, usize)>,
) {
    // A place's gazetteer has no 学校 of its own.
    let Some((house, from)) = house_of(src, mentions)
        .filter(|m| !m.kind.is_place())
        .map(|m| (m, 0))
        .or_else(|| host_of(src, mentions).map(|m| (m, m.end)))
    else {
        return;
    };
    // A college's own text says 学院 for itself as a university's says 学校.
    let word = if house.name.ends_with("学院") && house.kind != crate::InstitutionKind::Department
    {
        "学院"
    } else {
        "学校"
    };
    for p in src.starts(word).skip_while(|p| *p < from).take(64) {
        let before = src.get(..p).and_then(|b| b.chars().next_back());
        let after = src.get(p + word.len()..).unwrap_or_default();
        // 学校的化学组: a teaching group of the institution.
        if let Some(group) = after.strip_prefix('的').and_then(teaching_group) {
            let end = p + "学校的".len() + group.len();
            // 我所在学校的化学组 is one name.
            let start = ["我所在的", "我所在", "我任教的"]
                .iter()
                .find(|w| src.get(..p).is_some_and(|b| b.ends_with(**w)))
                .map_or(p, |w| p - w.len());
            replace.push((start, end));
            added.push(Mention {
                start,
                end,
                name: format!("{}{group}", house.name),
                surface: src.get(start..end).unwrap_or_default().to_owned(),
                kind: crate::InstitutionKind::Department,
                pronoun: false,
                parent: Some(house.name.clone()),
            });
            continue;
        }
        // A clause's start, or after a preposition (则由学校图书馆负责, 向学校捐赠).
        let opens = before.is_none_or(|c| "，。；：,;:\n　 】）)由向与和为".contains(c));
        if !opens || after.starts_with(['的', '领', '党', '层']) {
            continue;
        }
        // 学校图书馆: a unit of the institution, read by the recogniser from 学校 on.
        if let Some(m) = named_at(mentions, p)
            && let Some(unit) = m.surface.strip_prefix(word).filter(|u| !u.is_empty())
        {
            replace.push((m.start, m.end));
            added.push(Mention {
                start: m.start,
                end: m.end,
                name: format!("{}{unit}", house.name),
                surface: m.surface.clone(),
                kind: crate::InstitutionKind::Department,
                pronoun: false,
                parent: Some(house.name.clone()),
            });
            continue;
        }
        added.push(standing_for(house, p, word));
    }
}

/// A school subject's teaching group at the start of `text` (化学组, 数学教研组).
fn teaching_group(text: &str) -> Option<&str> {
    let subject = super::names::SCHOOL_SUBJECTS
        .iter()
        .find(|w| text.starts_with(**w))?;
    let rest = text.get(subject.len()..)?;
    let n = ["教研组", "组"]
        .iter()
        .find(|g| rest.starts_with(**g))?
        .len();
    text.get(..subject.len() + n)
}

/// How the writer of a personal account introduces the school they teach at (我所在的学校X).
const HOST_INTROS: [&str; 5] = [
    "我所在的学校",
    "我所在学校",
    "我任教的学校",
    "我支教的学校",
    "我挂职的学校",
];

/// The writer as the subject of a first-person account (我受X选派, 本人于…).
const FIRST_PERSON: [&str; 7] = ["我受", "我作为", "我于", "我从", "我被", "本人受", "本人于"];

/// The school the writer of a first-person account teaches at: introduced as such
/// (我所在的学校阿图什市第一中学) or as the place the writer came to teach (我…来到X任教).
/// After it, 学校 opening a clause is that school.
pub(crate) fn host_of<'m>(src: &str, mentions: &'m [Mention]) -> Option<&'m Mention> {
    mentions.iter().filter(|m| !m.pronoun).find(|m| {
        let before = src.get(..m.start).unwrap_or_default();
        let after = src.get(m.end..).unwrap_or_default();
        HOST_INTROS.iter().any(|w| before.ends_with(w))
            || (m.kind == crate::InstitutionKind::School
                && ["来到", "到", "赴"].iter().any(|w| before.ends_with(w))
                && ["任教", "支教"].iter().any(|w| after.starts_with(w))
                && {
                    // The sentence so far, looked at over at most 240 bytes.
                    let near = before
                        .char_indices()
                        .rev()
                        .take(80)
                        .last()
                        .map_or(before, |(i, _)| before.get(i..).unwrap_or_default());
                    let sentence = near
                        .rfind(['。', '\n'])
                        .map_or(near, |e| near.get(e..).unwrap_or_default());
                    FIRST_PERSON.iter().any(|w| sentence.has(w))
                })
    })
}

/// Words that announce an interview with the head of an institution in a headline
/// (对话X校长, 专访X院长, X校长答记者问).
const INTERVIEWS: [&str; 4] = ["对话", "专访", "访谈", "走访"];

/// How the interviewee's answers start (答：, 答:).
const ANSWERS: [&str; 2] = ["答：", "答:"];

/// Self-references of the interviewee's institution in an answer.
const OWN_IN_SPEECH: [&str; 3] = ["我们学校", "我们医院", "我们学院"];

/// The interviewed head's institution, from the first lines: "对话<institution><post>" or
/// "<institution><post>…答记者问".
fn interviewee<'m>(src: &str, mentions: &'m [Mention]) -> Option<&'m Mention> {
    let (head_end, mut head) = named_in_head(src, mentions, 6);
    head.find(|m| {
        let before = src.get(..m.start).unwrap_or_default();
        let after = src.get(m.end..head_end).unwrap_or_default();
        POSTS.iter().any(|p| after.starts_with(p))
            && (INTERVIEWS.iter().any(|w| before.ends_with(w))
                || after.lines().next().is_some_and(|l| l.has("答记者问")))
    })
}

/// Verbs of help whose object 我们 (帮我们) is the interviewee's institution.
const HELP_US: [&str; 4] = ["帮", "帮助", "帮扶", "支援"];

/// In an interview with the head of an institution, the interviewee's 我们学校 (我们医院)
/// in an answer line (答：…) is that institution, and so is 我们 helped (和吴兴高中一起帮我们);
/// 我们县X is X of the institution's county (replacing the recogniser's mention of 县X: its
/// span goes to `replace`).
fn interview_answers(
    src: &str,
    mentions: &[Mention],
    added: &mut Vec<Mention>,
    replace: &mut Vec<(usize, usize)>,
) {
    if !ANSWERS.iter().any(|a| src.has(a)) {
        return;
    }
    let Some(inst) = interviewee(src, mentions) else {
        return;
    };
    // A headline's short form (岳池一中) stands for the full name the text gives later.
    let inst = mentions
        .iter()
        .find(|m| !m.pronoun && super::names::abbreviates(&inst.name, &m.name))
        .unwrap_or(inst);
    // The county of the institution (岳池县第一中学 → 岳池县).
    let county = county_of(&inst.name);
    let mut answering = false;
    let mut at = 0usize;
    for line in src.split_inclusive('\n') {
        let t = line.trim_start_matches([' ', '\u{3000}', '\t']);
        if ANSWERS.iter().any(|a| t.starts_with(a)) {
            answering = true;
        } else if t.starts_with("问：") || t.starts_with("问:") || t.starts_with("记者：") {
            answering = false;
        }
        if answering {
            for own in OWN_IN_SPEECH {
                for q in line.starts(own).take(16) {
                    added.push(standing_for(inst, at + q, own));
                }
            }
            for q in line.starts("我们").take(16) {
                let before = line.get(..q).unwrap_or_default();
                let after = line.get(q + "我们".len()..).unwrap_or_default();
                if HELP_US.iter().any(|v| before.ends_with(v))
                    && !after.starts_with(['学', '医', '县', '的'])
                {
                    added.push(standing_for(inst, at + q, "我们"));
                }
                // 我们县顾县镇中学: the recogniser's 县顾县镇中学 in the institution's county.
                if let (Some(county), Some(rest)) = (county, after.strip_prefix('县'))
                    && let Some(m) = named_at(mentions, at + q + "我们".len())
                {
                    let unit = m.surface.strip_prefix('县').unwrap_or(&m.surface);
                    if !unit.is_empty() && rest.starts_with(unit) {
                        replace.push((m.start, m.end));
                        added.push(Mention {
                            start: at + q,
                            end: m.end,
                            name: format!("{county}{unit}"),
                            surface: src.get(at + q..m.end).unwrap_or_default().to_owned(),
                            kind: m.kind,
                            pronoun: false,
                            parent: None,
                        });
                    }
                }
            }
        }
        at += line.len();
    }
}

/// The institution of the speaker whose words end at the comma at byte `comma`: the 2–3
/// characters before a verb of speaking, introduced earlier as "<institution><post><name>".
fn speaker_institution<'m>(
    src: &str,
    comma: usize,
    mentions: &'m [Mention],
) -> Option<&'m Mention> {
    let head = src.get(..comma)?;
    let verb = SPEAKS.iter().find(|v| head.ends_with(**v))?;
    let before_verb = head.get(..head.len() - verb.len())?;
    // The name: two or three characters after a boundary (line start, 。，；：space).
    for n in [3usize, 2] {
        let start = before_verb
            .char_indices()
            .rev()
            .nth(n - 1)
            .map(|(i, _)| i)?;
        let name = before_verb.get(start..)?;
        if !name.chars().all(super::names::is_cjk) {
            continue;
        }
        let boundary = before_verb
            .get(..start)?
            .chars()
            .next_back()
            .is_none_or(|c| "。，；：,;:\n　 ".contains(c));
        if !boundary {
            continue;
        }
        // "<institution><post><name>" earlier in the text.
        for q in before_verb.get(..start)?.starts(name) {
            let intro = before_verb.get(..q)?;
            let Some(post) = POSTS.iter().find(|p| intro.ends_with(**p)) else {
                continue;
            };
            let inst_end = q - post.len();
            if let Some(m) = mentions.iter().find(|m| m.end == inst_end && !m.pronoun) {
                return Some(m);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::InstitutionKind;

    fn mention(src: &str, name: &str) -> Mention {
        let start = src.find_str(name).unwrap_or_default();
        Mention {
            start,
            end: start + name.len(),
            name: name.to_owned(),
            surface: name.to_owned(),
            kind: InstitutionKind::College,
            pronoun: false,
            parent: None,
        }
    }

    #[test]
    fn the_speakers_school_is_the_one_they_were_introduced_with() {
        let src = "昌吉学院院长马文清、新疆大学副校长李强出席。马文清介绍，学校得到东北师范大学的对口支援。";
        let ms = vec![mention(src, "昌吉学院"), mention(src, "新疆大学")];
        let out = resolve_speakers(src, ms);
        let added: Vec<&str> = out
            .iter()
            .filter(|m| m.surface == "学校")
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(added, ["昌吉学院"]);
    }

    #[test]
    fn no_introduction_no_speaker() {
        // Nobody was introduced with a post: 学校 stays unresolved.
        let src = "昌吉学院举行仪式。马文清介绍，学校得到对口支援。";
        let out = resolve_speakers(src, vec![mention(src, "昌吉学院")]);
        assert_eq!(out.len(), 1);
        // Not a speaker's words: 学校 after an ordinary clause.
        let src = "昌吉学院院长马文清出席。会议结束后，学校组织参观。";
        let out = resolve_speakers(src, vec![mention(src, "昌吉学院")]);
        assert_eq!(out.len(), 1);
    }
}
