//! Text without its parenthesised asides.

/// `text` without the parts inside full- or half-width parentheses, nested ones included; an
/// unmatched closing parenthesis is dropped, an unclosed opening one hides the rest.
///
/// Reports put asides in parentheses between the words a reader matches (a short form
/// declared between two names, a year after a metric): the words around them are what count.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::without_parenthesised;
/// assert_eq!(without_parenthesised("甲医院（以下简称“甲”）与"), "甲医院与");
/// assert_eq!(without_parenthesised("招生规模(2020年)"), "招生规模");
/// assert_eq!(without_parenthesised("）与（"), "与");
/// ```
#[must_use]
pub fn without_parenthesised(text: &str) -> String {
    let mut depth = 0u32;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '（' | '(' => depth = depth.saturating_add(1),
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}
