//! Contributions: what supporters give, as exact quantities with units and provenance.

use duikou_tokenizer::{Approx, Decimal};
use serde::{Deserialize, Serialize};

use crate::{Evidence, ModelError, Status};

/// What was given (domain.md §2).
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_model::ContributionKind;
/// assert_eq!(ContributionKind::DoctoralTrained.as_str(), "doctoral_trained");
/// assert_eq!("books_donated".parse::<ContributionKind>().unwrap(), ContributionKind::BooksDonated);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ContributionKind {
    /// Doctoral students trained or admitted (培养/录取…攻读博士).
    DoctoralTrained,
    /// Master's students trained or admitted.
    MasterTrained,
    /// Visiting scholars hosted (访学, 进修).
    VisitingScholar,
    /// Teachers sent (支教, 讲学, 承担…课程).
    TeacherDispatched,
    /// Cadres seconded (挂职, 任副校长).
    CadreSeconded,
    /// Money given (捐赠, 资助, 拨出).
    MoneyDonated,
    /// Books given (册, or their value in 元).
    BooksDonated,
    /// Equipment given (台/套, or value in 元).
    EquipmentDonated,
    /// Tuition waived.
    TuitionWaived,
    /// Students of the recipient taken in (接收…学生, 插班).
    StudentsPlaced,
    /// Courses taught (门).
    CoursesTaught,
    /// Teaching hours (学时).
    TeachingHours,
    /// Patients treated by a medical team (收治).
    PatientsTreated,
    /// Anything else.
    #[default]
    Other,
}

const NAMES: [(ContributionKind, &str); 14] = [
    (ContributionKind::DoctoralTrained, "doctoral_trained"),
    (ContributionKind::MasterTrained, "master_trained"),
    (ContributionKind::VisitingScholar, "visiting_scholar"),
    (ContributionKind::TeacherDispatched, "teacher_dispatched"),
    (ContributionKind::CadreSeconded, "cadre_seconded"),
    (ContributionKind::MoneyDonated, "money_donated"),
    (ContributionKind::BooksDonated, "books_donated"),
    (ContributionKind::EquipmentDonated, "equipment_donated"),
    (ContributionKind::TuitionWaived, "tuition_waived"),
    (ContributionKind::StudentsPlaced, "students_placed"),
    (ContributionKind::CoursesTaught, "courses_taught"),
    (ContributionKind::TeachingHours, "teaching_hours"),
    (ContributionKind::PatientsTreated, "patients_treated"),
    (ContributionKind::Other, "other"),
];

impl ContributionKind {
    /// The snake_case name used in JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_model::ContributionKind::TeachingHours.as_str(), "teaching_hours");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        NAMES
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("other", |(_, n)| n)
    }
}

impl core::str::FromStr for ContributionKind {
    type Err = ModelError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        NAMES
            .iter()
            .find(|(_, n)| *n == s)
            .map(|(k, _)| *k)
            .ok_or_else(|| ModelError::UnknownWord {
                vocabulary: "contribution kind",
                found: s.to_owned(),
            })
    }
}

/// One stated contribution.
///
/// `value` is exact and in the base unit (35万元 is 350000 元). People (人) and person-times
/// (人次) are different units and are never summed; a cumulative total (累计) is never added to
/// a periodic figure. A repeated mention of an amount already counted keeps its own evidence and
/// points at the first mention with `repeat_of`.
///
/// # Examples
///
/// ```
/// use duikou_model::{Contribution, ContributionKind};
/// use duikou_tokenizer::Decimal;
/// let c = Contribution::new(ContributionKind::MoneyDonated, Decimal::from(350_000_i64), "元");
/// let json = serde_json::to_string(&c).unwrap();
/// assert!(json.contains("\"value\":350000"));
/// assert_eq!(serde_json::from_str::<Contribution>(&json).unwrap(), c);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Contribution {
    /// What was given.
    pub kind: ContributionKind,
    /// Exact value in the base unit (for a range, the low end).
    pub value: Decimal,
    /// High end of a range (1—2名).
    #[serde(default)]
    pub high: Option<Decimal>,
    /// Base unit: 人, 人次, 批, 元, 册, 台, 套, 门, 学时, …
    pub unit: String,
    /// Qualifier: 余/多 over, 近 near, 约/左右 about.
    #[serde(default)]
    pub approx: Approx,
    /// Period as written (四年来, 20xx-20xx学年), if any.
    #[serde(default)]
    pub period: Option<String>,
    /// A cumulative total (累计, 共计, 至今).
    #[serde(default)]
    pub cumulative: bool,
    /// Actual, planned, requested or hypothetical.
    #[serde(default)]
    pub status: Status,
    /// The giver (canonical name or unresolved pronoun).
    #[serde(default)]
    pub supporter: Option<String>,
    /// The receiver (canonical name or unresolved pronoun).
    #[serde(default)]
    pub recipient: Option<String>,
    /// Index (in the network's contribution list) of an earlier mention of the same amount;
    /// such repeats are left out of totals.
    #[serde(default)]
    pub repeat_of: Option<usize>,
    /// A breakdown of an earlier total (其中…, parenthesised parts); left out of totals.
    #[serde(default)]
    pub part_of_total: bool,
    /// For kind `other`: what is counted (`surgeries`, `training_sessions`, `trainees`,
    /// `staff_dispatched`, `remote_consultations`, `workers_transferred`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// Where it is stated: the clause.
    pub evidence: Evidence,
    /// The amount itself as written (24595册), with its own line and span.
    pub amount: Evidence,
}

impl Contribution {
    /// An actual, exact, non-cumulative contribution with empty evidence.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::{Contribution, ContributionKind};
    /// let c = Contribution::new(ContributionKind::DoctoralTrained, 6_i64.into(), "人");
    /// assert!(c.counts_in_totals());
    /// ```
    #[must_use]
    pub fn new(kind: ContributionKind, value: Decimal, unit: impl Into<String>) -> Self {
        Self {
            kind,
            value,
            high: None,
            unit: unit.into(),
            approx: Approx::Exact,
            period: None,
            cumulative: false,
            status: Status::Actual,
            supporter: None,
            recipient: None,
            repeat_of: None,
            part_of_total: false,
            activity: None,
            evidence: Evidence {
                line: 0,
                start: 0,
                end: 0,
                text: String::new(),
            },
            amount: Evidence {
                line: 0,
                start: 0,
                end: 0,
                text: String::new(),
            },
        }
    }

    /// Whether it enters totals: actual, not a repeat, not a breakdown.
    ///
    /// # Examples
    ///
    /// ```
    /// # use duikou_model::{Contribution, ContributionKind};
    /// let mut c = Contribution::new(ContributionKind::MoneyDonated, 5_i64.into(), "元");
    /// c.repeat_of = Some(0);
    /// assert!(!c.counts_in_totals());
    /// ```
    #[must_use]
    pub const fn counts_in_totals(&self) -> bool {
        self.status.is_actual() && self.repeat_of.is_none() && !self.part_of_total
    }
}

/// A sum of contributions of one kind in one unit, kept apart for cumulative and periodic
/// figures, and for kind `other` per activity (surgeries are never added to trainees).
///
/// # Examples
///
/// ```
/// use duikou_model::{ContributionKind, Total};
/// let t = Total { kind: ContributionKind::BooksDonated, activity: None, unit: "册".into(),
///                 cumulative: false, value: 1000_i64.into(), approx: false, count: 1 };
/// assert_eq!(t.value.to_string(), "1000");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Total {
    /// Kind summed.
    pub kind: ContributionKind,
    /// For kind `other`: the one activity summed (`surgeries`, `trainees`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// The one unit summed (人 and 人次 are separate totals).
    pub unit: String,
    /// Whether these are cumulative (累计) figures.
    pub cumulative: bool,
    /// The exact sum.
    pub value: Decimal,
    /// Whether any summand was approximate (余, 近, 约).
    pub approx: bool,
    /// Number of contributions summed.
    pub count: usize,
}
