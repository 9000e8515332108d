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
