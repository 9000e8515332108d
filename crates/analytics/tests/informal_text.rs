//! Growth statements in informal writing (a blog, a chat): an emoji and a blank end a
//! sentence, 变成了 introduces the after value, and a claim after a comma and a line break
//! (…46人，⏎翻了一番！) is the statement's own.

use duikou_analytics::growth_statements;

/// (metric, before, after, claim) of each statement.
fn read(text: &str) -> Vec<(String, String, String, String)> {
    growth_statements(text)
        .iter()
        .map(|g| {
            let v = |q: Option<&duikou_analytics::Figure>| {
                q.map(|q| q.value.to_string()).unwrap_or_default()
            };
            (
                g.metric.clone(),
                v(g.before.as_ref()),
                v(g.after.as_ref()),
                g.claim.as_ref().map(|c| c.text.clone()).unwrap_or_default(),
            )
        })
        .collect()
}

fn row(m: &str, b: &str, a: &str, c: &str) -> (String, String, String, String) {
    (m.to_owned(), b.to_owned(), a.to_owned(), c.to_owned())
}

#[test]
fn an_emoji_and_a_blank_end_a_sentence() {
    let got = read(
        "图书角的借阅量也从每周40本涨到了120本，增长了2倍🎉 课堂发言人数由8人提高到20人，提高了150%。",
    );
    assert_eq!(
        got,
        [
            row("图书角的借阅量", "40", "120", "增长了2倍"),
            row("课堂发言人数", "8", "20", "提高了150%"),
        ]
    );
}

#[test]
fn bian_cheng_introduces_the_after_value() {
    let got = read("主动借书的同学从15人变成了45人，增长了2倍。");
    assert_eq!(got, [row("主动借书的同学", "15", "45", "增长了2倍")]);
}

#[test]
fn a_claim_after_a_comma_and_a_line_break_is_the_statements_own() {
    let got = read("周末来参加兴趣小组的同学从12人增加到了24人，\n翻了一番！\n");
    assert_eq!(
        got,
        [row("周末来参加兴趣小组的同学", "12", "24", "翻了一番")]
    );
}

/// Spoken then and now: the value of the clause opened by 以前/过去 is the before value of the
/// clause opened by 现在, whose claim follows; a 现在 with no past clause has no before value.
#[test]
fn then_and_now_in_speech() {
    let got = read("以前我们一年做手术80多台，现在400多台，增长了四倍。");
    assert_eq!(got, [row("我们一年做手术", "80", "400", "增长了四倍")]);
    let alone = read("现在学生500人，比上年增长10%。");
    assert_eq!(alone.len(), 1);
    assert_eq!(alone[0].1, "");
}
