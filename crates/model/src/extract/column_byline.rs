//! A signed column inside a page of several items (a 院报's 【援派手记】, a newsletter's guest
//! column): the line under the column's 【…】 title gives the writer's unit and name
//! (无锡市人民医院心内科　周立新), and the writer's 我们科 (我们医院, 我们学校) until the next
//! 【…】 item is that unit, not the page's author.

use super::names::Mention;
use super::speakers::standing_for;
use crate::InstitutionKind as K;
use crate::extract::has::Has;

/// The writer's words for their own unit, with the kinds of unit each can stand for.
const OWN_WORDS: [(&str, &[K]); 5] = [
    ("我们科室", &[K::Department]),
    ("我们科", &[K::Department]),
    ("我们医院", &[K::Hospital]),
    ("我们学校", &[K::School, K::University, K::College]),
    ("我们学院", &[K::College]),
];

/// At most this many columns are read, and this many words in each.
const MAX_COLUMNS: usize = 16;
const MAX_WORDS: usize = 32;

/// Adds a mention of the column writer's unit for each of its own words in the column.
pub(crate) fn column_bylines(src: &str, mentions: &[Mention], added: &mut Vec<Mention>) {
    if !src.has("】") {
        return;
    }
    let mut lines = super::author::text_lines(src, 0, src.len()).peekable();
    let mut columns = 0;
    while let Some((_, title)) = lines.next() {
        if columns >= MAX_COLUMNS {
            break;
        }
        if !title.starts_with('【') {
            continue;
        }
        let Some(&(raw_at, by_line)) = lines.peek() else {
            break;
        };
        // Where the trimmed byline starts (the indent before it is no part of it).
        let by_at = raw_at
            + src
                .get(raw_at..)
                .map_or(0, |r| r.len() - r.trim_start().len());
        let Some(unit) = byline_unit(mentions, by_at, by_line) else {
            continue;
        };
        columns += 1;
        // The column runs to the next 【…】 item.
        let body_start = by_at + by_line.len();
        let body_end = src
            .get(body_start..)
            .and_then(|r| r.find("\n【"))
            .map_or(src.len(), |p| body_start + p);
        let body = src.get(body_start..body_end).unwrap_or_default();
        // A hospital's department is named by its suffix (普外科, 心血管内科).
        let department = unit.name.ends_with('科') || unit.name.ends_with("科室");
        for (word, kinds) in OWN_WORDS {
            let fits = kinds.contains(&unit.kind) || (department && word.starts_with("我们科"));
            if !fits {
                continue;
            }
            for p in body.starts(word).take(MAX_WORDS) {
                // 我们科室 is found as 我们科 too: keep the longer word.
                if word == "我们科" && body.get(p..).is_some_and(|r| r.starts_with("我们科室"))
                {
                    continue;
                }
                added.push(standing_for(unit, body_start + p, word));
            }
        }
    }
}

/// The unit of a byline (a name, then spaces, then a person's name of two to four characters)
/// that is the trimmed line starting at byte `at`.
fn byline_unit<'m>(mentions: &'m [Mention], at: usize, line: &str) -> Option<&'m Mention> {
    let unit = super::speakers::named_at(mentions, at)?;
    let rest = line.get(unit.end.checked_sub(at)?..)?;
    let person = rest.trim_start_matches([' ', '\u{3000}']);
    if person.len() == rest.len() {
        return None;
    }
    let person = person.trim_end();
    ((2..=4).contains(&person.chars().count())
        && person.chars().all(super::names::is_cjk)
        && !unit.kind.is_place())
    .then_some(unit)
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn a_columns_department_is_its_writers() {
        let net = extract(
            "玉树州人民医院报\n专家抵达称多县。\n【援派手记】雪域的第一台手术\n北京大学第一医院普外科　李明\n到称多的第三天，我就上了手术台。我们科与玉树州人民医院外科结成帮扶对子已有三年。这一年，我带教本地医生5名。\n【简讯】我院召开职工大会。\n",
        );
        // The column's trainees go to the department paired in the sentence before, not to
        // the county the writer arrived in.
        let trainees = net
            .contributions
            .iter()
            .find(|c| c.value.to_string() == "5")
            .expect("the trainees");
        assert_eq!(
            trainees.supporter.as_deref(),
            Some("北京大学第一医院普外科")
        );
        assert!(
            trainees
                .recipient
                .as_deref()
                .is_some_and(|r| r.ends_with("人民医院外科")),
            "{trainees:?}"
        );
        let pairs = net.pairs();
        assert!(
            pairs
                .iter()
                .any(|(s, r)| *s == "北京大学第一医院普外科" && r.ends_with("人民医院外科")),
            "{pairs:?}"
        );
    }
}
