//! Agreements signed between supporter and recipient.

use crate::extract::has::Has;
use serde::{Deserialize, Serialize};

use crate::{DateMention, Evidence};

/// What sort of document an agreement is.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_model::AgreementKind;
/// assert_eq!(AgreementKind::from_title("学年对口支援项目协议"), AgreementKind::AcademicYearProject);
/// assert_eq!(AgreementKind::from_title("会谈纪要"), AgreementKind::MeetingMinutes);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AgreementKind {
    /// 协议 (also 合作协议, 对口支援协议).
    #[default]
    Agreement,
    /// 协议书.
    AgreementDocument,
    /// 框架协议.
    Framework,
    /// 学年(度)项目协议.
    AcademicYearProject,
    /// 实施方案.
    ImplementationPlan,
    /// 会谈纪要.
    MeetingMinutes,
    /// 备忘录.
    Memorandum,
    /// 计划书 and other documents.
    Other,
}

impl AgreementKind {
    /// Classifies a document by the words in its name.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::AgreementKind;
    /// assert_eq!(AgreementKind::from_title("学科建设协议书"), AgreementKind::AgreementDocument);
    /// ```
    #[must_use]
    pub fn from_title(title: &str) -> Self {
        if title.has("学年") && title.has("协议") {
            Self::AcademicYearProject
        } else if title.has("框架协议") {
            Self::Framework
        } else if title.has("协议书") {
            Self::AgreementDocument
        } else if title.has("协议") {
            Self::Agreement
        } else if title.has("实施方案") {
            Self::ImplementationPlan
        } else if title.has("纪要") {
            Self::MeetingMinutes
        } else if title.has("备忘录") {
            Self::Memorandum
        } else {
            Self::Other
        }
    }
}

/// An agreement: kind, parties, signing date, term and content as written.
///
/// # Examples
///
/// ```
/// use duikou_model::{Agreement, AgreementKind};
/// let a = Agreement::new(AgreementKind::AgreementDocument);
/// let json = serde_json::to_string(&a).unwrap();
/// assert_eq!(serde_json::from_str::<Agreement>(&json).unwrap(), a);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Agreement {
    /// Kind of document.
    pub kind: AgreementKind,
    /// The title or description as written (学科建设协议书).
    #[serde(default)]
    pub title: Option<String>,
    /// The parties' canonical names.
    #[serde(default)]
    pub parties: Vec<String>,
    /// Signing date as written.
    #[serde(default)]
    pub signed: Option<DateMention>,
    /// Term as written (为期5年).
    #[serde(default)]
    pub term: Option<String>,
    /// Main content as written (以培养博士生为主要内容).
    #[serde(default)]
    pub content: Option<String>,
    /// Whether it renews an earlier agreement (续签).
    #[serde(default)]
    pub renewal: bool,
    /// Where it is stated.
    #[serde(default)]
    pub evidence: Option<Evidence>,
}

impl Agreement {
    /// An agreement of `kind` with nothing else known.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!duikou_model::Agreement::new(duikou_model::AgreementKind::Agreement).renewal);
    /// ```
    #[must_use]
    pub const fn new(kind: AgreementKind) -> Self {
        Self {
            kind,
            title: None,
            parties: Vec::new(),
            signed: None,
            term: None,
            content: None,
            renewal: false,
            evidence: None,
        }
    }
}
