//! The `network --json` contract of design.md §5: a flat, stable view of a network.

use std::collections::BTreeMap;

use duikou_tokenizer::{Approx, Decimal};
use serde::{Deserialize, Serialize};

use crate::{DateMention, Evidence, SupportNetwork};

/// The JSON object printed by `network --json` (design.md §5). Field names are a contract
/// consumed outside the project: they do not change; fields may be added.
///
/// `relations` holds one row per (supporter, recipient, kind) of the actual and planned
/// relations; `contributions` holds the actual and planned (agreed, 商定) contributions, with a
/// `status` field, repeats and breakdowns flagged. Requested and hypothetical facts (希望…,
/// 建议…, norms of a notice) are in the extra fields `unconfirmed_relations` /
/// `unconfirmed_contributions`.
///
/// # Examples
///
/// ```
/// let net = duikou_model::extract("南京大学对口支援伊犁师范学院。");
/// let json = serde_json::to_value(net.to_contract()).unwrap();
/// assert_eq!(json["relations"][0]["supporter"], "南京大学");
/// assert_eq!(json["relations"][0]["evidence"][0]["line"], 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractNetwork {
    /// The author, or `null` when the text does not say.
    pub author: Option<String>,
    /// Institutions referred to.
    pub institutions: Vec<ContractInstitution>,
    /// Actual and planned relations, one row per supporter.
    pub relations: Vec<ContractRelation>,
    /// Actual and planned contributions.
    pub contributions: Vec<ContractContribution>,
    /// Extra: requested or hypothetical relations.
    #[serde(default)]
    pub unconfirmed_relations: Vec<ContractRelation>,
    /// Extra: requested or hypothetical contributions.
    #[serde(default)]
    pub unconfirmed_contributions: Vec<ContractContribution>,
    /// Extra: the parts of a compilation with their own authors.
    #[serde(default)]
    pub segments: Vec<crate::Segment>,
}

/// An institution row of the contract.
///
/// # Examples
///
/// ```
/// let i = duikou_model::ContractInstitution { name: "南京大学".into(), kind: "university".into(), aliases: vec!["南大".into()] };
/// assert_eq!(serde_json::to_value(&i).unwrap()["kind"], "university");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractInstitution {
    /// Canonical name.
    pub name: String,
    /// Kind (snake_case).
    pub kind: String,
    /// Aliases.
    pub aliases: Vec<String>,
}

/// The `since` object of a relation row.
///
/// # Examples
///
/// ```
/// let s = duikou_model::ContractDate { year: None, month: Some(7), day: Some(16), text: "7月16日".into() };
/// assert_eq!(serde_json::to_value(&s).unwrap()["year"], serde_json::Value::Null);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractDate {
    /// Year when written in full.
    pub year: Option<i32>,
    /// Month.
    pub month: Option<u8>,
    /// Day.
    pub day: Option<u8>,
    /// The date as written.
    pub text: String,
}

impl From<&DateMention> for ContractDate {
    fn from(d: &DateMention) -> Self {
        Self {
            year: d.year(),
            month: d.date.month,
            day: d.date.day,
            text: d.text.clone(),
        }
    }
}

/// A relation row of the contract.
///
/// # Examples
///
/// ```
/// let net = duikou_model::extract("南京大学对口支援伊犁师范学院。");
/// let row = &net.to_contract().relations[0];
/// assert_eq!((row.kind.as_str(), row.recipient.as_str()), ("pairing_assistance", "伊犁师范学院"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractRelation {
    /// One supporter; `null` when the text only says 我局/我市 and never names the author.
    pub supporter: Option<String>,
    /// The recipient (an unresolved self-pronoun is kept as written).
    pub recipient: String,
    /// Relation kind (snake_case).
    pub kind: String,
    /// Program name or `null`.
    pub program: Option<String>,
    /// Establishment date as written, or `null`.
    pub since: Option<ContractDate>,
    /// Term as written, or `null`.
    pub duration: Option<String>,
    /// Focus disciplines.
    pub disciplines: Vec<String>,
    /// Where it is stated.
    pub evidence: Vec<Evidence>,
    /// Extra: `lead` when the supporter leads a team.
    pub role: String,
    /// Extra: status (snake_case).
    pub status: String,
}

/// A contribution row of the contract.
///
/// # Examples
///
/// ```
/// let net = duikou_model::extract("南京大学为伊犁师范学院捐赠图书1000册。");
/// let row = &net.to_contract().contributions[0];
/// assert_eq!((row.kind.as_str(), row.unit.as_str()), ("books_donated", "册"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractContribution {
    /// The giver or `null`.
    pub supporter: Option<String>,
    /// The receiver or `null`.
    pub recipient: Option<String>,
    /// Kind (snake_case).
    pub kind: String,
    /// Exact value in the base unit.
    pub value: Decimal,
    /// Base unit.
    pub unit: String,
    /// Qualifier.
    pub approx: Approx,
    /// 1-based line of the amount.
    pub line: u32,
    /// The clause it was read from.
    pub text: String,
    /// Extra: the amount as written.
    pub quantity: String,
    /// Extra: byte span of the clause.
    pub start: usize,
    /// Extra: end of the clause.
    pub end: usize,
    /// Extra: cumulative (累计) figure.
    pub cumulative: bool,
    /// Extra: high end of a range.
    pub high: Option<Decimal>,
    /// Extra: a repeat of an amount already listed (left out of totals).
    pub repeat: bool,
    /// Extra: a breakdown of a total listed before (left out of totals).
    pub part_of_total: bool,
    /// Extra: status (snake_case).
    pub status: String,
    /// Extra: for kind `other`, what is counted (surgeries, trainees, staff_dispatched, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
}

/// A name for the contract: `None` for an unresolved self-pronoun (我局, 我市).
fn named(name: &str) -> Option<String> {
    (!crate::is_self_pronoun(name)).then(|| name.to_owned())
}

impl SupportNetwork {
    /// The design.md §5 view of this network.
    ///
    /// # Examples
    ///
    /// ```
    /// let c = duikou_model::extract("").to_contract();
    /// assert!(c.author.is_none() && c.relations.is_empty());
    /// ```
    #[must_use]
    pub fn to_contract(&self) -> ContractNetwork {
        let mut actual: BTreeMap<(String, String, String), ContractRelation> = BTreeMap::new();
        let mut planned: BTreeMap<(String, String, String), ContractRelation> = BTreeMap::new();
        for r in &self.relations {
            let map = if matches!(r.status, crate::Status::Actual | crate::Status::Planned) {
                &mut actual
            } else {
                &mut planned
            };
            for s in &r.supporters {
                let key = (
                    s.name.clone(),
                    r.recipient.clone(),
                    r.kind.as_str().to_owned(),
                );
                let row = map.entry(key).or_insert_with(|| ContractRelation {
                    supporter: named(&s.name),
                    recipient: r.recipient.clone(),
                    kind: r.kind.as_str().to_owned(),
                    program: None,
                    since: None,
                    duration: None,
                    disciplines: Vec::new(),
                    evidence: Vec::new(),
                    role: "member".to_owned(),
                    status: r.status.as_str().to_owned(),
                });
                if row.program.is_none() {
                    row.program.clone_from(&r.program);
                }
                if row.since.is_none() {
                    row.since = r.established.as_ref().map(ContractDate::from);
                }
                if row.duration.is_none() {
                    row.duration.clone_from(&r.duration);
                }
                if s.role == crate::SupporterRole::Lead {
                    "lead".clone_into(&mut row.role);
                }
                row.disciplines.extend(r.disciplines.iter().cloned());
                row.evidence.extend(r.evidence.iter().cloned());
            }
        }
        let finish = |m: BTreeMap<_, ContractRelation>| -> Vec<ContractRelation> {
            let mut rows: Vec<ContractRelation> = m
                .into_values()
                .map(|mut r| {
                    r.disciplines.sort();
                    r.disciplines.dedup();
                    r.evidence.sort();
                    r.evidence.dedup();
                    r
                })
                .collect();
            rows.sort_by(|a, b| {
                (a.evidence.first(), &a.supporter, &a.recipient, &a.kind).cmp(&(
                    b.evidence.first(),
                    &b.supporter,
                    &b.recipient,
                    &b.kind,
                ))
            });
            rows
        };
        let row = |c: &crate::Contribution| ContractContribution {
            supporter: c.supporter.as_deref().and_then(named),
            recipient: c.recipient.as_deref().and_then(named),
            kind: c.kind.as_str().to_owned(),
            value: c.value,
            unit: c.unit.clone(),
            approx: c.approx,
            line: c.amount.line,
            text: c.evidence.text.clone(),
            quantity: c.amount.text.clone(),
            start: c.evidence.start,
            end: c.evidence.end,
            cumulative: c.cumulative,
            high: c.high,
            repeat: c.repeat_of.is_some(),
            part_of_total: c.part_of_total,
            status: c.status.as_str().to_owned(),
            activity: c.activity.clone(),
        };
        ContractNetwork {
            author: self.author.clone(),
            institutions: self
                .institutions
                .iter()
                .map(|i| ContractInstitution {
                    name: i.name.clone(),
                    kind: i.kind.as_str().to_owned(),
                    aliases: i.aliases.clone(),
                })
                .collect(),
            relations: finish(actual),
            unconfirmed_relations: finish(planned),
            contributions: self
                .contributions
                .iter()
                .filter(|c| matches!(c.status, crate::Status::Actual | crate::Status::Planned))
                .map(row)
                .collect(),
            unconfirmed_contributions: self
                .contributions
                .iter()
                .filter(|c| !matches!(c.status, crate::Status::Actual | crate::Status::Planned))
                .map(row)
                .collect(),
            segments: self.segments.clone(),
        }
    }
}
