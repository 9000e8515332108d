//! A text saved with Windows line ends (CRLF) reads like one with line feeds: a slide's
//! claim alone on the line after its values (由A到B ⏎ ↑35%) still belongs to them.

use duikou_analytics::growth_statements;

#[test]
fn a_claim_on_the_next_line_belongs_to_its_values_with_crlf() {
    for text in [
        "● 出院人数：由1.48万人到2.0万人\n↑35%\n",
        "● 出院人数：由1.48万人到2.0万人\r\n↑35%\r\n",
    ] {
        let got = growth_statements(text);
        assert_eq!(got.len(), 1, "{text:?}");
        let g = &got[0];
        assert_eq!(g.metric, "出院人数", "{text:?}");
        assert_eq!(
            g.before.as_ref().map(|q| q.value.to_string()).as_deref(),
            Some("14800"),
            "{text:?}"
        );
        assert_eq!(g.claim.as_ref().map(|c| c.text.as_str()), Some("↑35%"));
        // The statement quotes the input, line end and all.
        assert_eq!(text.get(g.span.start..g.span.end), Some(g.snippet.as_str()));
    }
}

#[test]
fn a_comparison_broken_after_its_first_value_reads_as_one_statement() {
    // The after value ends a line with a comma; the compared decade opens the next one.
    for text in [
        "2013—2022年学校选派教师158人次，\n比1983—1992年的47人次增长了2.4倍。\n",
        "　　2013—2022年学校选派教师158人次，\r\n\r\n比1983—1992年的47人次增长了2.4倍。\r\n",
    ] {
        let got = duikou_analytics::check_growth(text);
        assert_eq!(got.len(), 1, "{text:?}");
        let g = &got[0].statement;
        assert_eq!(g.metric, "学校选派教师", "{text:?}");
        let value = |f: Option<&duikou_analytics::Figure>| f.map(|q| q.value.to_string());
        assert_eq!(value(g.before.as_ref()).as_deref(), Some("47"), "{text:?}");
        assert_eq!(value(g.after.as_ref()).as_deref(), Some("158"), "{text:?}");
        // 158/47 = 3.36: 增长了2.4倍 holds under the strict reading (2.36 ± 0.05).
        assert_eq!(
            got[0].evaluation.verdict,
            duikou_analytics::Verdict::Consistent,
            "{text:?}"
        );
    }
}
