//! Aggregates over a support network: totals per supporter, per recipient and per kind, by
//! unit, and rankings of supporters.

use std::collections::BTreeMap;

use duikou_model::{Contribution, ContributionKind, SupportNetwork, Total, totals_of};
use duikou_tokenizer::Decimal;
use serde::{Deserialize, Serialize};

/// Totals of a [`SupportNetwork`]'s contributions.
///
/// Every total is of one kind in one unit: 人 and 人次 are never added, and cumulative (累计)
/// figures are kept apart from periodic ones. Repeated mentions, breakdowns (其中…) and
/// planned or requested amounts are left out (see `Contribution::counts_in_totals`).
///
/// # Examples
///
/// ```
/// use duikou_analytics::NetworkTotals;
/// let net = duikou_model::extract(
///     "南京大学为伊犁师范学院捐赠图书1000册。东北师范大学为伊犁师范学院捐赠图书3000册。",
/// );
/// let t = NetworkTotals::of(&net);
/// assert_eq!(t.by_kind[0].value.to_string(), "4000");
/// assert_eq!(t.by_recipient["伊犁师范学院"][0].count, 2);
/// let r = &t.rankings[0];
/// assert_eq!((r.entries[0].name.as_str(), r.entries[0].value.to_string()), ("东北师范大学", "3000".to_owned()));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkTotals {
    /// Totals per contribution kind and unit over the whole network.
    pub by_kind: Vec<Total>,
    /// Totals per supporter.
    pub by_supporter: BTreeMap<String, Vec<Total>>,
    /// Totals per recipient.
    pub by_recipient: BTreeMap<String, Vec<Total>>,
    /// For every (kind, activity, unit, cumulative) with more than one supporter: supporters by total,
    /// largest first.
    pub rankings: Vec<Ranking>,
}

/// Supporters ranked by their total of one kind in one unit.
///
/// # Examples
///
/// ```
/// use duikou_analytics::{NetworkTotals, Ranking};
/// let t = NetworkTotals::of(&duikou_model::SupportNetwork::new());
/// assert!(t.rankings.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ranking {
    /// Kind ranked.
    pub kind: ContributionKind,
    /// For kind `other`: the activity ranked (surgeries, trainees, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// Unit of every entry.
    pub unit: String,
    /// Whether these are cumulative figures.
    pub cumulative: bool,
    /// Supporters, largest total first (ties by name).
    pub entries: Vec<RankEntry>,
}

/// One supporter's place in a [`Ranking`].
///
/// # Examples
///
/// ```
/// use duikou_analytics::RankEntry;
/// let e = RankEntry { name: "南京大学".into(), value: 5_i64.into(), approx: false };
/// assert_eq!(e.value.to_string(), "5");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RankEntry {
    /// Supporter.
    pub name: String,
    /// Its total.
    pub value: Decimal,
    /// Whether any summand was approximate.
    pub approx: bool,
}

impl NetworkTotals {
    /// Computes the totals of `net`.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_analytics::NetworkTotals;
    /// let t = NetworkTotals::of(&duikou_model::extract("南京大学选派教师12名到伊犁师范学院支教。"));
    /// assert_eq!(t.by_supporter["南京大学"][0].unit, "人");
    /// ```
    #[must_use]
    pub fn of(net: &SupportNetwork) -> Self {
        let by_supporter = grouped(&net.contributions, |c| c.supporter.as_deref());
        let by_recipient = grouped(&net.contributions, |c| c.recipient.as_deref());
        type Key = (ContributionKind, Option<String>, String, bool);
        let mut ranks: BTreeMap<Key, Vec<RankEntry>> = BTreeMap::new();
        for (name, totals) in &by_supporter {
            for t in totals {
                ranks
                    .entry((t.kind, t.activity.clone(), t.unit.clone(), t.cumulative))
                    .or_default()
                    .push(RankEntry {
                        name: name.clone(),
                        value: t.value,
                        approx: t.approx,
                    });
            }
        }
        let rankings = ranks
            .into_iter()
            .filter(|(_, entries)| entries.len() > 1)
            .map(|((kind, activity, unit, cumulative), mut entries)| {
                entries.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.name.cmp(&b.name)));
                Ranking {
                    kind,
                    activity,
                    unit,
                    cumulative,
                    entries,
                }
            })
            .collect();
        Self {
            by_kind: net.totals(),
            by_supporter,
            by_recipient,
            rankings,
        }
    }
}

fn grouped<'c>(
    cs: &'c [Contribution],
    key: impl Fn(&'c Contribution) -> Option<&'c str>,
) -> BTreeMap<String, Vec<Total>> {
    let mut groups: BTreeMap<&str, Vec<&Contribution>> = BTreeMap::new();
    for c in cs {
        if let Some(k) = key(c) {
            groups.entry(k).or_default().push(c);
        }
    }
    groups
        .into_iter()
        .map(|(k, v)| (k.to_owned(), totals_of(v.into_iter())))
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use duikou_model::Contribution;

    fn contrib(
        sup: &str,
        kind: ContributionKind,
        v: i64,
        unit: &str,
        cumulative: bool,
    ) -> Contribution {
        let mut c = Contribution::new(kind, v.into(), unit);
        c.supporter = Some(sup.into());
        c.recipient = Some("受援校".into());
        c.cumulative = cumulative;
        c
    }

    #[test]
    fn persons_and_person_times_and_cumulative_stay_apart() {
        let mut net = SupportNetwork::new();
        net.contributions = vec![
            contrib("甲大学", ContributionKind::VisitingScholar, 3, "人", false),
            contrib(
                "甲大学",
                ContributionKind::VisitingScholar,
                5,
                "人次",
                false,
            ),
            contrib("甲大学", ContributionKind::VisitingScholar, 10, "人", true),
            contrib("乙大学", ContributionKind::VisitingScholar, 4, "人", false),
        ];
        let t = NetworkTotals::of(&net);
        // Three separate totals: 人 periodic (3+4), 人 cumulative (10), 人次 (5).
        let get = |unit: &str, cum: bool| {
            t.by_kind
                .iter()
                .find(|x| x.unit == unit && x.cumulative == cum)
                .map(|x| x.value.to_string())
        };
        assert_eq!(get("人", false).as_deref(), Some("7"));
        assert_eq!(get("人", true).as_deref(), Some("10"));
        assert_eq!(get("人次", false).as_deref(), Some("5"));
        assert_eq!(t.by_recipient["受援校"].len(), 3);
        // Only the periodic 人 total has two supporters to rank: 乙 (4) before 甲 (3).
        assert_eq!(t.rankings.len(), 1);
        let names: Vec<_> = t.rankings[0]
            .entries
            .iter()
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(names, ["乙大学", "甲大学"]);
    }

    #[test]
    fn planned_and_repeated_amounts_are_not_summed() {
        let mut net = SupportNetwork::new();
        let mut planned = contrib("甲大学", ContributionKind::MoneyDonated, 100, "元", false);
        planned.status = duikou_model::Status::Planned;
        let mut repeat = contrib("甲大学", ContributionKind::MoneyDonated, 50, "元", false);
        repeat.repeat_of = Some(0);
        net.contributions = vec![
            contrib("甲大学", ContributionKind::MoneyDonated, 50, "元", false),
            repeat,
            planned,
        ];
        let t = NetworkTotals::of(&net);
        assert_eq!(t.by_kind[0].value.to_string(), "50");
        assert_eq!(t.by_kind[0].count, 1);
    }
}
