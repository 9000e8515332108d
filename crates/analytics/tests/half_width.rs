//! Growth statements typed with half-width punctuation (a web form, an English keyboard) read
//! like full-width ones: a half-width comma ends a clause, but not inside 1,260.

use duikou_analytics::growth_statements;

#[test]
fn a_thousands_separator_before_a_half_width_comma_stays_in_its_number() {
    for text in [
        "甲市全年安排教育援藏资金1,260万元，较上年增长12.5%，用于学生宿舍改造。",
        "甲市全年安排教育援藏资金1,260万元,较上年增长12.5%,用于学生宿舍改造。",
    ] {
        let got = growth_statements(text);
        assert_eq!(got.len(), 1, "{text}");
        let g = &got[0];
        assert_eq!(g.metric, "甲市全年安排教育援藏资金", "{text}");
        let after = g.after.as_ref().map(|q| q.value.to_string());
        assert_eq!(after.as_deref(), Some("12600000"), "{text}");
    }
}
