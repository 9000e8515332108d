//! Support relations: who supports whom, how, since when, on what evidence.

use serde::{Deserialize, Serialize};

use crate::{Agreement, DateMention, Evidence};

/// How a relation or a contribution stands: done, planned, asked for, or only supposed.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_model::Status;
/// assert_eq!(serde_json::to_string(&Status::Requested).unwrap(), "\"requested\"");
/// assert!(Status::Actual.is_actual());
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// Stated as done or ongoing.
    #[default]
    Actual,
    /// Announced or scheduled (将, 拟, 计划, 即将).
    Planned,
    /// Asked for (希望, 建议, 恳请, 争取).
    Requested,
    /// Only supposed (如能…, 若…).
    Hypothetical,
}

impl Status {
    /// Whether the fact is stated as done.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!duikou_model::Status::Planned.is_actual());
    /// ```
    #[must_use]
    pub const fn is_actual(self) -> bool {
        matches!(self, Self::Actual)
    }

    /// The snake_case name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_model::Status::Hypothetical.as_str(), "hypothetical");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Actual => "actual",
            Self::Planned => "planned",
            Self::Requested => "requested",
            Self::Hypothetical => "hypothetical",
        }
    }
}

/// What sort of support a relation is.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_model::RelationKind;
/// assert_eq!(RelationKind::TeacherDispatch.as_str(), "teacher_dispatch");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RelationKind {
    /// 对口支援 in general.
    #[default]
    PairingAssistance,
    /// Support of named disciplines (重点支援…学科).
    DisciplineSupport,
    /// Medical teams, hospitals.
    MedicalSupport,
    /// Teachers or cadres sent to the recipient (支教, 挂职).
    TeacherDispatch,
    /// Students of the recipient taken in (接收…学生).
    StudentPlacement,
    /// Anything else.
    Other,
}

impl RelationKind {
    /// The snake_case name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_model::RelationKind::MedicalSupport.as_str(), "medical_support");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::PairingAssistance => "pairing_assistance",
            Self::DisciplineSupport => "discipline_support",
            Self::MedicalSupport => "medical_support",
            Self::TeacherDispatch => "teacher_dispatch",
            Self::StudentPlacement => "student_placement",
            Self::Other => "other",
        }
    }
}

/// The role of one supporter in a team.
///
/// # Examples
///
/// ```
/// assert_eq!(duikou_model::SupporterRole::default(), duikou_model::SupporterRole::Member);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SupporterRole {
    /// The lead unit of a team (组长单位, 牵头).
    Lead,
    /// A member (or the only supporter).
    #[default]
    Member,
}

/// One supporter of a relation.
///
/// # Examples
///
/// ```
/// let s = duikou_model::Supporter::member("南京大学");
/// assert_eq!(s.name, "南京大学");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Supporter {
    /// Canonical name (or the unresolved pronoun, e.g. 我局).
    pub name: String,
    /// Lead or member.
    #[serde(default)]
    pub role: SupporterRole,
}

impl Supporter {
    /// A plain member.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_model::Supporter::member("x").role, duikou_model::SupporterRole::Member);
    /// ```
    #[must_use]
    pub fn member(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            role: SupporterRole::Member,
        }
    }
}

/// A change in a relation's life: established, renewed (续签), extended (增列), adjusted, ended.
///
/// # Examples
///
/// ```
/// use duikou_model::EventKind;
/// assert_eq!(serde_json::to_string(&EventKind::Renewed).unwrap(), "\"renewed\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// First agreement or approval.
    Established,
    /// 续签.
    Renewed,
    /// 增列, 增加: a supporter or discipline added.
    Extended,
    /// 调整.
    Adjusted,
    /// 结束, 终止.
    Ended,
}

/// A dated change in a relation.
///
/// # Examples
///
/// ```
/// use duikou_model::{EventKind, RelationEvent};
/// let e = RelationEvent { kind: EventKind::Renewed, date: None, evidence: None };
/// assert_eq!(e.kind, EventKind::Renewed);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RelationEvent {
    /// What happened.
    pub kind: EventKind,
    /// When, as written.
    #[serde(default)]
    pub date: Option<DateMention>,
    /// Where it is said.
    #[serde(default)]
    pub evidence: Option<Evidence>,
}

/// A support relation: supporters (a team may have a lead) support one recipient.
///
/// Relations are many-to-many: one recipient may have several relations, and one supporter may
/// support several recipients. Renewals and additions are [`RelationEvent`]s.
///
/// # Examples
///
/// ```
/// use duikou_model::{RelationKind, SupportRelation};
/// let r = SupportRelation::new(["南京大学"], "伊犁师范学院", RelationKind::DisciplineSupport);
/// assert_eq!(r.supporter_names().collect::<Vec<_>>(), ["南京大学"]);
/// let json = serde_json::to_string(&r).unwrap();
/// assert_eq!(serde_json::from_str::<SupportRelation>(&json).unwrap(), r);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SupportRelation {
    /// The supporters; more than one for a team.
    pub supporters: Vec<Supporter>,
    /// The recipient (canonical name or unresolved pronoun).
    pub recipient: String,
    /// Kind of support.
    pub kind: RelationKind,
    /// The program's canonical name where stated.
    #[serde(default)]
    pub program: Option<String>,
    /// When it was established, as written.
    #[serde(default)]
    pub established: Option<DateMention>,
    /// Agreements signed for it.
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    /// Term as written (为期5年).
    #[serde(default)]
    pub duration: Option<String>,
    /// Focus disciplines as written.
    #[serde(default)]
    pub disciplines: Vec<String>,
    /// Actual, planned or requested.
    #[serde(default)]
    pub status: Status,
    /// Renewals, additions, adjustments.
    #[serde(default)]
    pub events: Vec<RelationEvent>,
    /// Where it is stated; never empty for an extracted relation.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

impl SupportRelation {
    /// A relation with no dates, agreements or evidence yet.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::{RelationKind, SupportRelation};
    /// let r = SupportRelation::new(["中国人民大学", "北京理工大学"], "延安大学", RelationKind::PairingAssistance);
    /// assert_eq!(r.supporters.len(), 2);
    /// ```
    #[must_use]
    pub fn new<I, S>(supporters: I, recipient: impl Into<String>, kind: RelationKind) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            supporters: supporters.into_iter().map(Supporter::member).collect(),
            recipient: recipient.into(),
            kind,
            program: None,
            established: None,
            agreements: Vec::new(),
            duration: None,
            disciplines: Vec::new(),
            status: Status::Actual,
            events: Vec::new(),
            evidence: Vec::new(),
        }
    }

    /// The supporters' names.
    ///
    /// # Examples
    ///
    /// ```
    /// # use duikou_model::{RelationKind, SupportRelation};
    /// let r = SupportRelation::new(["甲大学"], "乙学院", RelationKind::Other);
    /// assert_eq!(r.supporter_names().count(), 1);
    /// ```
    pub fn supporter_names(&self) -> impl Iterator<Item = &str> {
        self.supporters.iter().map(|s| s.name.as_str())
    }
}
