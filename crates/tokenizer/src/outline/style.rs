//! The marker-style vocabulary of design.md §4 and its rank order (GB/T 15834 B.3.8 prior).

use core::fmt;

/// Style of a section-number marker (design.md §4 vocabulary).
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::MarkerStyle;
/// assert_eq!(MarkerStyle::CnParen.as_str(), "cn_paren");
/// assert_eq!(MarkerStyle::CnComma.nominal_layer(), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MarkerStyle {
    /// 第X编
    Book,
    /// 第X部分
    Part,
    /// 第X章
    Chapter,
    /// 第X节
    Section,
    /// 第X条 (and 第X条之一)
    Article,
    /// 篇X at the end of a title line, or 第X篇
    Pian,
    /// 一、
    CnComma,
    /// 一. / 一．
    CnDot,
    /// （一） / (一) / ㈠
    CnParen,
    /// 1. / 1．
    ArDot,
    /// 1、
    ArComma,
    /// （1） / (1)
    ArParen,
    /// 1) / 1）
    ArHalfParen,
    /// ①…㊿
    Circled,
    /// ⑴…⒇
    ParenDigit,
    /// ⒈…⒛
    DotDigit,
    /// 第一、/第一，/第一：
    Ordinal,
    /// 一是/二是 (and 一要)
    Shi,
    /// 首先/其次/再次/最后
    SeqWord,
    /// 壹、贰、
    Capital,
    /// 甲、/（甲）
    Stem,
    /// 子、/（子）
    Branch,
    /// A. / a) / (a)
    Latin,
    /// Ⅰ. / I. / i.
    Roman,
    /// 1.1 / 5.3.2
    Decimal,
    /// 附件1
    Attachment,
    /// 附录A / A.1
    Appendix,
    /// ［1］/【一】/〔一〕
    Bracket,
}

impl MarkerStyle {
    /// The snake_case name used in JSON (design.md §4).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_tokenizer::MarkerStyle::ArHalfParen.as_str(), "ar_half_paren");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Book => "book",
            Self::Part => "part",
            Self::Chapter => "chapter",
            Self::Section => "section",
            Self::Article => "article",
            Self::Pian => "pian",
            Self::CnComma => "cn_comma",
            Self::CnDot => "cn_dot",
            Self::CnParen => "cn_paren",
            Self::ArDot => "ar_dot",
            Self::ArComma => "ar_comma",
            Self::ArParen => "ar_paren",
            Self::ArHalfParen => "ar_half_paren",
            Self::Circled => "circled",
            Self::ParenDigit => "paren_digit",
            Self::DotDigit => "dot_digit",
            Self::Ordinal => "ordinal",
            Self::Shi => "shi",
            Self::SeqWord => "seq_word",
            Self::Capital => "capital",
            Self::Stem => "stem",
            Self::Branch => "branch",
            Self::Latin => "latin",
            Self::Roman => "roman",
            Self::Decimal => "decimal",
            Self::Attachment => "attachment",
            Self::Appendix => "appendix",
            Self::Bracket => "bracket",
        }
    }

    /// Parses a snake_case name back (inverse of [`as_str`](Self::as_str)).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::MarkerStyle;
    /// assert_eq!(MarkerStyle::from_name("shi"), Some(MarkerStyle::Shi));
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        ALL.iter().copied().find(|s| s.as_str() == name)
    }

    /// Rank in the standard order (GB/T 9704 7.3.3 and GB/T 15834 B.3.8, extended with
    /// laws and common practice): 一、 = 1, （一） = 2, 1. = 3, （1） = 4, ① = 5; 第X编/章/节/条
    /// and 壹、 above (0 or negative layers are reported as 0), list words below.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_tokenizer::MarkerStyle;
    /// assert!(MarkerStyle::CnParen.nominal_layer() < MarkerStyle::ArDot.nominal_layer());
    /// ```
    #[must_use]
    #[inline]
    pub const fn nominal_layer(self) -> u8 {
        match self {
            Self::Pian | Self::Book | Self::Part | Self::Chapter | Self::Section => 0,
            Self::Attachment | Self::Appendix | Self::Article | Self::Capital => 0,
            Self::CnComma | Self::CnDot | Self::Roman => 1,
            Self::CnParen => 2,
            Self::ArDot | Self::ArComma | Self::DotDigit | Self::Decimal => 3,
            Self::ArParen | Self::ParenDigit | Self::ArHalfParen => 4,
            Self::Circled | Self::Stem => 5,
            Self::Latin | Self::Branch => 6,
            Self::Ordinal | Self::Shi | Self::SeqWord => 7,
            Self::Bracket => 8,
        }
    }

    /// Fine-grained rank used to order styles that never met (smaller is senior).
    #[inline]
    pub(crate) const fn rank(self) -> u8 {
        match self {
            Self::Pian => 0,
            Self::Attachment | Self::Appendix => 1,
            Self::Book => 2,
            Self::Part => 3,
            Self::Chapter => 4,
            Self::Section => 5,
            Self::Capital => 6,
            Self::Article => 7,
            Self::Roman => 8,
            Self::CnComma | Self::CnDot => 9,
            Self::CnParen => 10,
            Self::ArDot | Self::ArComma | Self::DotDigit | Self::Decimal => 11,
            Self::ArParen | Self::ParenDigit => 12,
            Self::ArHalfParen => 13,
            Self::Circled => 14,
            Self::Stem => 15,
            Self::Latin => 16,
            Self::Branch => 17,
            Self::Ordinal => 18,
            Self::Shi | Self::SeqWord => 19,
            Self::Bracket => 20,
        }
    }

    /// Styles that are variants of each other (delimiter drift: 1. vs 1、, 一、 vs 一．).
    #[inline]
    pub(crate) const fn family(self) -> u8 {
        match self {
            Self::CnComma | Self::CnDot => 1,
            Self::ArDot | Self::ArComma | Self::DotDigit => 2,
            Self::ArParen | Self::ParenDigit | Self::ArHalfParen => 3,
            _ => 0,
        }
    }

    /// Weak styles open list items only at the start of a paragraph.
    pub(crate) const fn is_weak(self) -> bool {
        matches!(self, Self::Ordinal | Self::Shi | Self::SeqWord)
    }
}

impl fmt::Display for MarkerStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

const ALL: [MarkerStyle; 28] = [
    MarkerStyle::Book,
    MarkerStyle::Part,
    MarkerStyle::Chapter,
    MarkerStyle::Section,
    MarkerStyle::Article,
    MarkerStyle::Pian,
    MarkerStyle::CnComma,
    MarkerStyle::CnDot,
    MarkerStyle::CnParen,
    MarkerStyle::ArDot,
    MarkerStyle::ArComma,
    MarkerStyle::ArParen,
    MarkerStyle::ArHalfParen,
    MarkerStyle::Circled,
    MarkerStyle::ParenDigit,
    MarkerStyle::DotDigit,
    MarkerStyle::Ordinal,
    MarkerStyle::Shi,
    MarkerStyle::SeqWord,
    MarkerStyle::Capital,
    MarkerStyle::Stem,
    MarkerStyle::Branch,
    MarkerStyle::Latin,
    MarkerStyle::Roman,
    MarkerStyle::Decimal,
    MarkerStyle::Attachment,
    MarkerStyle::Appendix,
    MarkerStyle::Bracket,
];
