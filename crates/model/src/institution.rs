//! Institutions: universities, schools, hospitals, bureaus, governments.

use serde::{Deserialize, Serialize};

use crate::ModelError;

/// What sort of body an institution is.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_model::InstitutionKind;
/// assert_eq!(InstitutionKind::guess("伊犁师范学院"), InstitutionKind::College);
/// assert_eq!(InstitutionKind::guess("乡城县教育局"), InstitutionKind::EducationBureau);
/// assert_eq!("county".parse::<InstitutionKind>().unwrap(), InstitutionKind::County);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum InstitutionKind {
    /// 大学.
    University,
    /// 学院, 专科学校 (an institution of its own).
    College,
    /// A school below university: 中学, 小学, 职中, 幼儿园.
    School,
    /// 医院, 方舱医院.
    Hospital,
    /// 教育局, 教育厅.
    EducationBureau,
    /// 人民政府 and other government bodies.
    Government,
    /// A province or autonomous region (省, 自治区) as a party.
    Province,
    /// A prefecture (州, 地区, 盟).
    Prefecture,
    /// A city (市) or district (区).
    City,
    /// A county (县, 旗).
    County,
    /// A ministry (教育部).
    Ministry,
    /// A company.
    Enterprise,
    /// A team (医疗队, 工作队, 团).
    Team,
    /// A department or school inside a university (学院 → 大学, 系).
    Department,
    /// Anything else.
    #[default]
    Other,
}

const KIND_NAMES: [(InstitutionKind, &str); 15] = [
    (InstitutionKind::University, "university"),
    (InstitutionKind::College, "college"),
    (InstitutionKind::School, "school"),
    (InstitutionKind::Hospital, "hospital"),
    (InstitutionKind::EducationBureau, "education_bureau"),
    (InstitutionKind::Government, "government"),
    (InstitutionKind::Province, "province"),
    (InstitutionKind::Prefecture, "prefecture"),
    (InstitutionKind::City, "city"),
    (InstitutionKind::County, "county"),
    (InstitutionKind::Ministry, "ministry"),
    (InstitutionKind::Enterprise, "enterprise"),
    (InstitutionKind::Team, "team"),
    (InstitutionKind::Department, "department"),
    (InstitutionKind::Other, "other"),
];

impl InstitutionKind {
    /// Whether this is a place (province, prefecture, city, county) rather than a body.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::InstitutionKind;
    /// assert!(InstitutionKind::City.is_place());
    /// assert!(!InstitutionKind::School.is_place());
    /// ```
    #[must_use]
    pub fn is_place(self) -> bool {
        matches!(
            self,
            Self::Province | Self::Prefecture | Self::City | Self::County
        )
    }

    /// The snake_case name used in JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_model::InstitutionKind::EducationBureau.as_str(), "education_bureau");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        KIND_NAMES
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("other", |(_, n)| n)
    }

    /// Guesses the kind from the shape of a name (its suffix).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::InstitutionKind;
    /// assert_eq!(InstitutionKind::guess("长春通源方舱医院"), InstitutionKind::Hospital);
    /// assert_eq!(InstitutionKind::guess("彭州职中"), InstitutionKind::School);
    /// ```
    #[must_use]
    pub fn guess(name: &str) -> Self {
        const TABLE: &[(&str, InstitutionKind)] = &[
            ("教育局", InstitutionKind::EducationBureau),
            ("教育厅", InstitutionKind::EducationBureau),
            ("教育委员会", InstitutionKind::EducationBureau),
            ("教委", InstitutionKind::EducationBureau),
            // A county's bureau of education and sports, or of education and science.
            ("教体局", InstitutionKind::EducationBureau),
            ("教育和体育局", InstitutionKind::EducationBureau),
            ("教育体育局", InstitutionKind::EducationBureau),
            ("教育科技局", InstitutionKind::EducationBureau),
            ("教育和科技局", InstitutionKind::EducationBureau),
            ("教育部", InstitutionKind::Ministry),
            ("人民政府", InstitutionKind::Government),
            ("政府", InstitutionKind::Government),
            ("医院", InstitutionKind::Hospital),
            ("卫生院", InstitutionKind::Hospital),
            ("保健院", InstitutionKind::Hospital),
            ("大学", InstitutionKind::University),
            ("专科学校", InstitutionKind::College),
            ("学院", InstitutionKind::College),
            ("师专", InstitutionKind::College),
            ("中学", InstitutionKind::School),
            ("小学", InstitutionKind::School),
            ("初中", InstitutionKind::School),
            ("高中", InstitutionKind::School),
            ("职中", InstitutionKind::School),
            ("一中", InstitutionKind::School),
            ("二中", InstitutionKind::School),
            ("三中", InstitutionKind::School),
            ("四中", InstitutionKind::School),
            ("五中", InstitutionKind::School),
            ("六中", InstitutionKind::School),
            ("七中", InstitutionKind::School),
            ("八中", InstitutionKind::School),
            ("九中", InstitutionKind::School),
            ("幼儿园", InstitutionKind::School),
            ("学校", InstitutionKind::School),
            // A township's central school (牛牛坝乡中心校).
            ("中心校", InstitutionKind::School),
            ("医疗队", InstitutionKind::Team),
            ("工作队", InstitutionKind::Team),
            ("公司", InstitutionKind::Enterprise),
            ("集团", InstitutionKind::Enterprise),
            ("自治区", InstitutionKind::Province),
            ("省", InstitutionKind::Province),
            ("自治州", InstitutionKind::Prefecture),
            ("州", InstitutionKind::Prefecture),
            ("地区", InstitutionKind::Prefecture),
            ("盟", InstitutionKind::Prefecture),
            ("县", InstitutionKind::County),
            ("旗", InstitutionKind::County),
            ("市", InstitutionKind::City),
            ("区", InstitutionKind::City),
            ("系", InstitutionKind::Department),
        ];
        TABLE
            .iter()
            .find(|(suffix, _)| name.ends_with(suffix))
            .map_or(Self::Other, |(_, k)| *k)
    }
}

impl core::str::FromStr for InstitutionKind {
    type Err = ModelError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        KIND_NAMES
            .iter()
            .find(|(_, n)| *n == s)
            .map(|(k, _)| *k)
            .ok_or_else(|| ModelError::UnknownWord {
                vocabulary: "institution kind",
                found: s.to_owned(),
            })
    }
}

/// An institution with its canonical name, kind, parent, region and aliases.
///
/// # Examples
///
/// ```
/// use duikou_model::{Institution, InstitutionKind};
/// let i = Institution::new("东北师范大学");
/// assert_eq!(i.kind, InstitutionKind::University);
/// let json = serde_json::to_string(&i).unwrap();
/// assert_eq!(serde_json::from_str::<Institution>(&json).unwrap(), i);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Institution {
    /// Canonical full name (东北师范大学, not 东北师大).
    pub name: String,
    /// Kind of body.
    pub kind: InstitutionKind,
    /// The parent institution's canonical name (学院 → 大学, 附属医院 → 大学).
    #[serde(default)]
    pub parent: Option<String>,
    /// The region where stated (a place-name prefix such as 甘孜州).
    #[serde(default)]
    pub region: Option<String>,
    /// Other names seen or known for it, sorted.
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl Institution {
    /// An institution whose kind is guessed from its name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_model::Institution::new("乡城县").kind.as_str(), "county");
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        let name = name.into();
        Self {
            kind: InstitutionKind::guess(&name),
            name,
            parent: None,
            region: None,
            aliases: Vec::new(),
        }
    }

    /// Adds an alias unless it is the name or already known; keeps aliases sorted.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut i = duikou_model::Institution::new("南京大学");
    /// i.add_alias("南大");
    /// i.add_alias("南大");
    /// i.add_alias("南京大学");
    /// assert_eq!(i.aliases, ["南大"]);
    /// ```
    pub fn add_alias(&mut self, alias: &str) {
        if alias != self.name
            && let Err(pos) = self.aliases.binary_search_by(|a| a.as_str().cmp(alias))
        {
            self.aliases.insert(pos, alias.to_owned());
        }
    }
}
