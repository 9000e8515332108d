//! List bullets: the marks that open the items of a slide or a list pasted as text.

/// Whether `c` is a bullet that opens a list item or a slide's line (● 门诊量：…,
/// ▶ 青岛市 → 安顺市). Dashes and asterisks are left out: they also open sentences and
/// Markdown, which the outline reads on its own terms.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::is_bullet;
/// assert!(is_bullet('●') && is_bullet('▶') && is_bullet('■'));
/// assert!(!is_bullet('一') && !is_bullet('-') && !is_bullet('（'));
/// ```
#[must_use]
pub const fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '●' | '○'
            | '◆'
            | '◇'
            | '■'
            | '□'
            | '▪'
            | '▶'
            | '►'
            | '▸'
            | '➢'
            | '➤'
            | '★'
            | '☆'
            | '※'
            | '◎'
            | '•'
            | '·'
    )
}
