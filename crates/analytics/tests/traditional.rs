//! Growth statements in traditional characters: read like simplified ones, quoted as written.

use duikou_analytics::{GrowthRecord, growth_statements};

const TEXT: &str = "香港浸會大學支援貴州師範學院工作報告
　　十年來，雙方聯合培養研究生由40人增至130人，增長了2.25倍；網絡課程平台的應急響應時間由60小時縮短至45小時，縮短了25%。
　　貴州師範學院畢業生就業率由86.0%提高至91.5%，提高了5.5%。";

#[test]
fn statements_are_read_and_quoted_in_traditional_characters() {
    let got: Vec<(String, String, String)> = growth_statements(TEXT)
        .iter()
        .map(|g| {
            let e = g.evaluate();
            let rec = GrowthRecord::new(g, &e).expect("a record");
            let claim = rec.claim.map(|c| c.text).unwrap_or_default();
            (g.metric.clone(), claim, rec.verdict.as_str().to_owned())
        })
        .collect();
    let want = [
        ("雙方聯合培養研究生", "增長了2.25倍", "consistent"),
        ("網絡課程平台的應急響應時間", "縮短了25%", "consistent"),
        // 5.5 points written as a percent: the rise is 6.4 %.
        ("貴州師範學院畢業生就業率", "提高了5.5%", "inconsistent"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned()))
        .collect();
    assert_eq!(got, want);
}
