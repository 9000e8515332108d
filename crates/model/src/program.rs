//! Support programs (对口支援西部地区高等学校计划, 援疆学科建设计划, …).

use serde::{Deserialize, Serialize};

use crate::ModelError;

/// The built-in program table (`data/programs.tsv`).
///
/// # Examples
///
/// ```
/// assert!(duikou_model::BUILTIN_PROGRAMS.contains("教高[2001]2号"));
/// ```
pub const BUILTIN_PROGRAMS: &str = include_str!("../data/programs.tsv");

/// Which national policy family a program belongs to.
///
/// Adding variants is not a breaking change.
///
/// # Examples
///
/// ```
/// use duikou_model::ProgramKind;
/// assert_eq!("aid_tibet".parse::<ProgramKind>().unwrap(), ProgramKind::AidTibet);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProgramKind {
    /// 对口支援西部地区高等学校计划 (`教高[2001]2号`).
    WesternUniversities,
    /// 援疆学科建设计划.
    XinjiangDisciplines,
    /// 对口援疆.
    AidXinjiang,
    /// 对口援藏.
    AidTibet,
    /// 教育对口支援 (city → county, 支教).
    EducationPairing,
    /// 东西部协作.
    EastWest,
    /// 定点帮扶.
    TargetedAssistance,
    /// 组团式帮扶.
    TeamAssistance,
    /// 灾后重建对口支援.
    Reconstruction,
    /// “9+3”免费职业教育.
    NinePlusThree,
    /// Anything else.
    #[default]
    Other,
}

impl core::str::FromStr for ProgramKind {
    type Err = ModelError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "western_universities" => Self::WesternUniversities,
            "xinjiang_disciplines" => Self::XinjiangDisciplines,
            "aid_xinjiang" => Self::AidXinjiang,
            "aid_tibet" => Self::AidTibet,
            "education_pairing" => Self::EducationPairing,
            "east_west" => Self::EastWest,
            "targeted_assistance" => Self::TargetedAssistance,
            "team_assistance" => Self::TeamAssistance,
            "reconstruction" => Self::Reconstruction,
            "nine_plus_three" => Self::NinePlusThree,
            "other" => Self::Other,
            _ => {
                return Err(ModelError::UnknownWord {
                    vocabulary: "program kind",
                    found: s.to_owned(),
                });
            }
        })
    }
}

/// A support program with its founding document where known.
///
/// # Examples
///
/// ```
/// let p = duikou_model::Program::builtin().into_iter().find(|p| p.document.is_some()).unwrap();
/// assert_eq!(p.document.as_deref(), Some("教高[2001]2号"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Program {
    /// Canonical name.
    pub name: String,
    /// Policy family.
    pub kind: ProgramKind,
    /// Founding document number (`教高[2001]2号`).
    #[serde(default)]
    pub document: Option<String>,
    /// Surface forms that name it in text.
    #[serde(default)]
    pub surfaces: Vec<String>,
}

impl Program {
    /// Parses a program table: `name<TAB>kind<TAB>document<TAB>surface|surface`.
    ///
    /// # Errors
    ///
    /// [`ModelError::Table`] for a short line, [`ModelError::UnknownWord`] for a bad kind.
    ///
    /// # Examples
    ///
    /// ```
    /// let ps = duikou_model::Program::from_tsv("援藏\taid_tibet\t\t援藏").unwrap();
    /// assert_eq!(ps[0].document, None);
    /// ```
    pub fn from_tsv(text: &str) -> Result<Vec<Self>, ModelError> {
        let mut out = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let (Some(name), Some(kind)) = (cols.first(), cols.get(1)) else {
                return Err(ModelError::Table {
                    table: "program",
                    line: i + 1,
                    message: "expected `name<TAB>kind<TAB>document<TAB>surfaces`".to_owned(),
                });
            };
            let document = cols
                .get(2)
                .map(|d| d.trim())
                .filter(|d| !d.is_empty())
                .map(str::to_owned);
            let mut surfaces: Vec<String> = cols
                .get(3)
                .unwrap_or(name)
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            // Longest first so that matching prefers the most specific form.
            surfaces.sort_by_key(|s| core::cmp::Reverse(s.len()));
            out.push(Self {
                name: name.trim().to_owned(),
                kind: kind.trim().parse()?,
                document,
                surfaces,
            });
        }
        Ok(out)
    }

    /// The built-in programs.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(duikou_model::Program::builtin().iter().any(|p| p.name == "援疆学科建设计划"));
    /// ```
    #[must_use]
    pub fn builtin() -> Vec<Self> {
        Self::from_tsv(BUILTIN_PROGRAMS).unwrap_or_default()
    }

    /// The first program of `programs` named in `text` (longest surface form first).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::Program;
    /// let ps = Program::builtin();
    /// let p = Program::find_in(&ps, "实施“援疆学科建设计划”的通知").unwrap();
    /// assert_eq!(p.name, "援疆学科建设计划");
    /// ```
    #[must_use]
    pub fn find_in<'p>(programs: &'p [Self], text: &str) -> Option<&'p Self> {
        // The earliest surface of any program decides; among the programs named there, the
        // longest surface wins (each program counting its shortest form there), then the
        // first program.
        let start = leftmost_surface(programs, text)?;
        let rest = text.get(start..)?;
        programs
            .iter()
            .filter_map(|p| {
                p.surfaces
                    .iter()
                    .filter(|s| rest.starts_with(s.as_str()))
                    .map(String::len)
                    .min()
                    .map(|len| (core::cmp::Reverse(len), p))
            })
            .min_by_key(|(len, _)| *len)
            .map(|(_, p)| p)
    }
}

/// An automaton over the surfaces of a program list, with the surfaces it was built from.
struct Cached {
    surfaces: Vec<String>,
    automaton: Option<aho_corasick::AhoCorasick>,
}

thread_local! {
    /// Automata of the program lists seen on this thread (a handful: the built-in table and
    /// the caller's own), checked against the lists' contents on every use.
    static AUTOMATA: core::cell::RefCell<Vec<Cached>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// Where the first surface form of any of `programs` starts in `text`: one pass over the text
/// with an Aho-Corasick automaton (leftmost semantics report the earliest start).
fn leftmost_surface(programs: &[Program], text: &str) -> Option<usize> {
    let surfaces = || programs.iter().flat_map(|p| p.surfaces.iter());
    AUTOMATA.with(|cell| {
        let mut cache = cell.borrow_mut();
        let at = cache
            .iter()
            .position(|c| c.surfaces.iter().eq(surfaces()))
            .unwrap_or_else(|| {
                if cache.len() >= 16 {
                    cache.clear();
                }
                cache.push(Cached {
                    surfaces: surfaces().cloned().collect(),
                    automaton: aho_corasick::AhoCorasick::builder()
                        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                        .build(surfaces())
                        .ok(),
                });
                cache.len() - 1
            });
        match cache.get(at).and_then(|c| c.automaton.as_ref()) {
            Some(ac) => ac.find(text).map(|m| m.start()),
            None => surfaces().filter_map(|s| text.find(s.as_str())).min(),
        }
    })
}
