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

/// Full-width digits are read as ASCII ones; the statement quotes them as written, at the
/// original's offsets.
#[test]
fn full_width_digits_are_read_and_quoted_as_written() {
    let text = "甲县义务教育巩固率由８９．６％提高到９５．１％，提高了５．５个百分点。";
    let got = growth_statements(text);
    assert_eq!(got.len(), 1);
    let g = &got[0];
    let before = g.before.as_ref().expect("before");
    let after = g.after.as_ref().expect("after");
    assert_eq!(before.value.to_string(), "89.6");
    assert_eq!(after.value.to_string(), "95.1");
    assert_eq!(before.text, "８９．６％");
    assert_eq!(
        text.get(after.span.start..after.span.end),
        Some(after.text.as_str())
    );
    let claim = g.claim.as_ref().expect("a claim");
    assert_eq!(claim.text, "提高了５．５个百分点");
    assert_eq!(text.get(g.span.start..g.span.end), Some(g.snippet.as_str()));
}

/// A statement broken before a full-width year (…减少到 / ２０２４年的１６８０人次) keeps its
/// year a date, not its after value.
#[test]
fn a_full_width_year_opening_a_line_is_a_date() {
    let text =
        "转外就医患者由２０１９年的４２００人次减少到\n２０２４年的１６８０人次，下降了６０％。";
    let got = growth_statements(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].metric, "转外就医患者");
    let before = got[0].before.as_ref().expect("before: the 2019 figure");
    assert_eq!(before.value.to_string(), "4200");
    let after = got[0].after.as_ref().expect("after");
    assert_eq!(after.value.to_string(), "1680");
    assert_eq!(after.text, "１６８０人次");
}
