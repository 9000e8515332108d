//! The support network of one or many documents, its queries and its merge.

use std::collections::{BTreeMap, BTreeSet};

use duikou_tokenizer::Decimal;
use serde::{Deserialize, Serialize};

use crate::extract::fast_hash::FastMap;
use crate::{
    AliasTable, Contribution, ContributionKind, Institution, Program, SupportRelation,
    SupporterRole, Total,
};

/// A part of a document with its own author: an essay of a compilation (…篇一) or an embedded
/// report.
///
/// # Examples
///
/// ```
/// let s = duikou_model::Segment { start_line: 1, end_line: 40, title: None, author: None };
/// assert!(s.author.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Segment {
    /// First line (1-based).
    pub start_line: u32,
    /// Last line (inclusive).
    pub end_line: u32,
    /// The title line, if the segment has one.
    #[serde(default)]
    pub title: Option<String>,
    /// Who 我院/我校/我局 is in this segment; `None` when the text does not say.
    #[serde(default)]
    pub author: Option<String>,
}

/// Institutions, programs, relations and contributions found in one or more documents.
///
/// Built by [`crate::extract`]; several documents' networks combine with
/// [`SupportNetwork::merge`], which is idempotent and order-independent.
///
/// # Examples
///
/// ```
/// let net = duikou_model::extract("南京大学对口支援伊犁师范学院。南京大学为伊犁师范学院捐赠图书1000册。");
/// assert_eq!(net.supporters_of("伊犁师范学院"), ["南京大学"]);
/// assert_eq!(net.recipients_of("南京大学"), ["伊犁师范学院"]);
/// let json = serde_json::to_string(&net).unwrap();
/// assert_eq!(serde_json::from_str::<duikou_model::SupportNetwork>(&json).unwrap(), net);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SupportNetwork {
    /// The author of the whole document when the text names one (and only one); see
    /// `segments` for compilations.
    #[serde(default)]
    pub author: Option<String>,
    /// Parts with their own authors.
    #[serde(default)]
    pub segments: Vec<Segment>,
    /// Institutions referred to by relations and contributions, by canonical name.
    #[serde(default)]
    pub institutions: Vec<Institution>,
    /// Programs named.
    #[serde(default)]
    pub programs: Vec<Program>,
    /// Support relations.
    #[serde(default)]
    pub relations: Vec<SupportRelation>,
    /// Contributions, in document order.
    #[serde(default)]
    pub contributions: Vec<Contribution>,
}

impl SupportNetwork {
    /// An empty network.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(duikou_model::SupportNetwork::new().relations.is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies `f` to every name and every text kept as written: institutions (name, parent,
    /// region, aliases), supporters, recipients, authors, segment titles, programs named by
    /// relations, agreements (parties, title, term, content), durations, disciplines, dates'
    /// texts and periods. Evidence is left alone: it quotes the input. Call
    /// [`normalize`](Self::normalize) afterwards when `f` may make two names equal.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut net = duikou_model::extract("南京大学对口支援伊犁师范学院。");
    /// net.map_text(|s| *s = s.replace("南京", "金陵"));
    /// assert_eq!(net.pairs(), [("金陵大学", "伊犁师范学院")]);
    /// ```
    pub fn map_text(&mut self, mut f: impl FnMut(&mut String)) {
        let opt = |o: &mut Option<String>, f: &mut dyn FnMut(&mut String)| {
            if let Some(s) = o {
                f(s);
            }
        };
        opt(&mut self.author, &mut f);
        for s in &mut self.segments {
            opt(&mut s.author, &mut f);
            opt(&mut s.title, &mut f);
        }
        for i in &mut self.institutions {
            f(&mut i.name);
            opt(&mut i.parent, &mut f);
            opt(&mut i.region, &mut f);
            i.aliases.iter_mut().for_each(&mut f);
        }
        for r in &mut self.relations {
            for s in &mut r.supporters {
                f(&mut s.name);
            }
            f(&mut r.recipient);
            opt(&mut r.duration, &mut f);
            r.disciplines.iter_mut().for_each(&mut f);
            if let Some(d) = &mut r.established {
                f(&mut d.text);
            }
            for a in &mut r.agreements {
                a.parties.iter_mut().for_each(&mut f);
                opt(&mut a.title, &mut f);
                opt(&mut a.term, &mut f);
                opt(&mut a.content, &mut f);
                if let Some(d) = &mut a.signed {
                    f(&mut d.text);
                }
            }
            for e in &mut r.events {
                if let Some(d) = &mut e.date {
                    f(&mut d.text);
                }
            }
        }
        for c in &mut self.contributions {
            opt(&mut c.supporter, &mut f);
            opt(&mut c.recipient, &mut f);
            opt(&mut c.period, &mut f);
        }
    }

    /// The canonical name used in this network for `name` (an alias or a name variant).
    ///
    /// # Examples
    ///
    /// ```
    /// let net = duikou_model::extract("东北师范大学对口支援伊犁师范学院。");
    /// assert_eq!(net.name_of("东北师大"), Some("东北师范大学"));
    /// ```
    #[must_use]
    pub fn name_of(&self, name: &str) -> Option<&str> {
        if let Some(i) = self
            .institutions
            .iter()
            .find(|i| i.name == name || i.aliases.iter().any(|a| a == name))
        {
            return Some(i.name.as_str());
        }
        let table = crate::alias::builtin_ref();
        let key = table.key(name);
        self.institutions
            .iter()
            .find(|i| table.key(&i.name) == key)
            .map(|i| i.name.as_str())
    }

    fn same(&self, a: &str, b: &str) -> bool {
        a == b || self.name_of(b).is_some_and(|n| n == a)
    }

    /// The supporters of `recipient` (actual relations), sorted and deduplicated.
    ///
    /// # Examples
    ///
    /// ```
    /// let net = duikou_model::extract("确定中国人民大学、上海财经大学为伊犁师范学院对口支援单位。");
    /// assert_eq!(net.supporters_of("伊犁师范学院"), ["上海财经大学", "中国人民大学"]);
    /// ```
    #[must_use]
    pub fn supporters_of(&self, recipient: &str) -> Vec<&str> {
        let set: BTreeSet<&str> = self
            .relations
            .iter()
            .filter(|r| r.status.is_actual() && self.same(&r.recipient, recipient))
            .flat_map(SupportRelation::supporter_names)
            .collect();
        set.into_iter().collect()
    }

    /// The recipients of `supporter` (actual relations), sorted and deduplicated.
    ///
    /// # Examples
    ///
    /// ```
    /// let net = duikou_model::extract("南京大学对口支援伊犁师范学院。");
    /// assert_eq!(net.recipients_of("南大"), ["伊犁师范学院"]);
    /// ```
    #[must_use]
    pub fn recipients_of(&self, supporter: &str) -> Vec<&str> {
        let set: BTreeSet<&str> = self
            .relations
            .iter()
            .filter(|r| {
                r.status.is_actual() && r.supporter_names().any(|s| self.same(s, supporter))
            })
            .map(|r| r.recipient.as_str())
            .collect();
        set.into_iter().collect()
    }

    /// Every actual (supporter, recipient) pair, sorted and deduplicated.
    ///
    /// # Examples
    ///
    /// ```
    /// let net = duikou_model::extract("东北师范大学与南京大学对伊犁师范学院进行了对口支援。");
    /// assert_eq!(net.pairs().len(), 2);
    /// ```
    #[must_use]
    pub fn pairs(&self) -> Vec<(&str, &str)> {
        let set: BTreeSet<(&str, &str)> = self
            .relations
            .iter()
            .filter(|r| r.status.is_actual())
            .flat_map(|r| r.supporter_names().map(|s| (s, r.recipient.as_str())))
            .collect();
        set.into_iter().collect()
    }

    /// Contributions given by `supporter`.
    ///
    /// # Examples
    ///
    /// ```
    /// let net = duikou_model::extract("南京大学为伊犁师范学院捐赠图书1000册。");
    /// assert_eq!(net.contributions_by_supporter("南京大学").count(), 1);
    /// ```
    pub fn contributions_by_supporter<'s>(
        &'s self,
        supporter: &'s str,
    ) -> impl Iterator<Item = &'s Contribution> + 's {
        self.contributions.iter().filter(move |c| {
            c.supporter
                .as_deref()
                .is_some_and(|s| self.same(s, supporter))
        })
    }

    /// Contributions received by `recipient`.
    ///
    /// # Examples
    ///
    /// ```
    /// let net = duikou_model::extract("南京大学为伊犁师范学院捐赠图书1000册。");
    /// assert_eq!(net.contributions_to("伊犁师范学院").count(), 1);
    /// ```
    pub fn contributions_to<'s>(
        &'s self,
        recipient: &'s str,
    ) -> impl Iterator<Item = &'s Contribution> + 's {
        self.contributions.iter().filter(move |c| {
            c.recipient
                .as_deref()
                .is_some_and(|r| self.same(r, recipient))
        })
    }

    /// Contributions of one kind.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::ContributionKind;
    /// let net = duikou_model::extract("南京大学为伊犁师范学院捐赠图书1000册。");
    /// assert_eq!(net.contributions_of_kind(ContributionKind::BooksDonated).count(), 1);
    /// ```
    pub fn contributions_of_kind(
        &self,
        kind: ContributionKind,
    ) -> impl Iterator<Item = &Contribution> + '_ {
        self.contributions.iter().filter(move |c| c.kind == kind)
    }

    /// Totals per (kind, unit, cumulative) over the contributions that count (actual, not a
    /// repeat, not a breakdown). 人 and 人次 are separate totals, and so are cumulative and
    /// periodic figures.
    ///
    /// # Examples
    ///
    /// ```
    /// let net = duikou_model::extract("南京大学为伊犁师范学院捐赠图书1000册。南京大学捐赠图书500册。");
    /// let t = net.totals();
    /// assert_eq!(t[0].value.to_string(), "1500");
    /// ```
    #[must_use]
    pub fn totals(&self) -> Vec<Total> {
        totals_of(self.contributions.iter())
    }

    /// Totals per supporter (as [`SupportNetwork::totals`]).
    ///
    /// # Examples
    ///
    /// ```
    /// let net = duikou_model::extract("南京大学为伊犁师范学院捐赠图书1000册。");
    /// assert_eq!(net.totals_by_supporter()["南京大学"].len(), 1);
    /// ```
    #[must_use]
    pub fn totals_by_supporter(&self) -> BTreeMap<String, Vec<Total>> {
        let mut groups: BTreeMap<String, Vec<&Contribution>> = BTreeMap::new();
        for c in &self.contributions {
            if let Some(s) = &c.supporter {
                groups.entry(s.clone()).or_default().push(c);
            }
        }
        groups
            .into_iter()
            .map(|(k, v)| (k, totals_of(v.into_iter())))
            .collect()
    }

    /// Merges several networks into one, de-duplicating institutions through `aliases` and
    /// name variants. The result does not depend on the order of the inputs, and merging a
    /// network with itself gives it back.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::{AliasTable, SupportNetwork, extract};
    /// let a = extract("东北师大对口支援伊犁师范学院。");
    /// let b = extract("东北师范大学对口支援伊犁师范学院。");
    /// let m = SupportNetwork::merge([a.clone(), b.clone()], &AliasTable::builtin());
    /// assert_eq!(m.pairs(), [("东北师范大学", "伊犁师范学院")]);
    /// assert_eq!(m, SupportNetwork::merge([b, a], &AliasTable::builtin()));
    /// ```
    #[must_use]
    pub fn merge<I: IntoIterator<Item = Self>>(networks: I, aliases: &AliasTable) -> Self {
        let mut all = Self::new();
        let mut authors = BTreeSet::new();
        let mut n = 0usize;
        for net in networks {
            n += 1;
            authors.insert(net.author);
            all.segments.extend(net.segments);
            all.institutions.extend(net.institutions);
            all.programs.extend(net.programs);
            all.relations.extend(net.relations);
            all.contributions.extend(net.contributions);
        }
        all.author = if n > 0 && authors.len() == 1 {
            authors.into_iter().next().flatten()
        } else {
            None
        };
        all.normalize(aliases);
        all
    }

    /// Puts the network in canonical form: one institution per key (the longest name seen,
    /// aliases united), names in relations and contributions replaced by it, duplicates
    /// removed, everything sorted, repeats of an amount flagged. Idempotent.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::{AliasTable, extract};
    /// let mut net = extract("南京大学对口支援伊犁师范学院。");
    /// let before = net.clone();
    /// net.normalize(&AliasTable::builtin());
    /// assert_eq!(net, before);
    /// ```
    pub fn normalize(&mut self, aliases: &AliasTable) {
        // The key of each name, computed once: institutions, relations and contributions
        // repeat the same names.
        let keys: core::cell::RefCell<FastMap<String, String>> = core::cell::RefCell::default();
        let key_of = |name: &str| -> String {
            if let Some(k) = keys.borrow().get(name) {
                return k.clone();
            }
            let k = aliases.key(name);
            keys.borrow_mut().insert(name.to_owned(), k.clone());
            k
        };
        // Institutions by key.
        let mut by_key: BTreeMap<String, Institution> = BTreeMap::new();
        for inst in self.institutions.drain(..) {
            let key = key_of(&inst.name);
            let mut inst = inst;
            if key != inst.name {
                // Display the name without its place prefix (甘孜州乡城县 → 乡城县).
                let full = core::mem::replace(&mut inst.name, key.clone());
                if inst.region.is_none() {
                    inst.region = full.strip_suffix(key.as_str()).map(str::to_owned);
                }
                inst.add_alias(&full);
            }
            match by_key.get_mut(&key) {
                None => {
                    by_key.insert(key, inst);
                }
                Some(cur) => {
                    let (mut keep, other) = (cur.clone(), inst);
                    keep.add_alias(&other.name);
                    for a in &other.aliases {
                        keep.add_alias(a);
                    }
                    keep.parent = min_opt(keep.parent.take(), other.parent);
                    keep.region = min_opt(keep.region.take(), other.region);
                    keep.kind = keep.kind.min(other.kind);
                    *cur = keep;
                }
            }
        }
        let names: BTreeMap<String, String> = by_key
            .iter()
            .map(|(k, i)| (k.clone(), i.name.clone()))
            .collect();
        // Names repeat (every relation and contribution of a pair): each is resolved once,
        // and a name that stays as it is (the common case) is not copied again.
        let memo: core::cell::RefCell<FastMap<String, Option<String>>> =
            core::cell::RefCell::default();
        let rename = |name: &mut String| {
            let cached = memo.borrow().get(name.as_str()).cloned();
            let out = cached.unwrap_or_else(|| {
                let key = key_of(name);
                let out = names.get(&key).filter(|n| **n != *name).cloned();
                memo.borrow_mut().insert(name.clone(), out.clone());
                out
            });
            if let Some(new) = out {
                *name = new;
            }
        };
        for inst in by_key.values_mut() {
            let aliases_now = core::mem::take(&mut inst.aliases);
            for a in aliases_now {
                inst.add_alias(&a);
            }
            if let Some(p) = &mut inst.parent {
                rename(p);
            }
        }
        // Relations by (supporters, recipient, kind, status): sorted by that key (stably, so
        // each run keeps the order they came in), the first of a run takes in the others.
        let mut relations = core::mem::take(&mut self.relations);
        for r in &mut relations {
            for s in &mut r.supporters {
                rename(&mut s.name);
            }
            r.supporters.sort();
            r.supporters.dedup_by(|a, b| {
                if a.name == b.name {
                    if a.role == SupporterRole::Lead {
                        b.role = SupporterRole::Lead;
                    }
                    true
                } else {
                    false
                }
            });
            rename(&mut r.recipient);
        }
        let edge_order = |a: &SupportRelation, b: &SupportRelation| {
            a.supporter_names()
                .cmp(b.supporter_names())
                .then_with(|| a.recipient.cmp(&b.recipient))
                .then_with(|| a.status.cmp(&b.status))
        };
        relations.sort_by(|a, b| edge_order(a, b).then_with(|| a.kind.cmp(&b.kind)));
        // One relation per edge and status, of the first kind in `RelationKind`'s order: a
        // stated pairing takes in the activities that evidence the same edge (teachers sent, a
        // discipline co-built); without one, the first activity takes in the others.
        let mut merged: Vec<SupportRelation> = Vec::with_capacity(relations.len());
        for r in relations {
            match merged.last_mut() {
                Some(cur) if edge_order(cur, &r).is_eq() => merge_relation(cur, r),
                _ => merged.push(r),
            }
        }
        for r in &mut merged {
            tidy_relation(r, &rename);
        }
        self.relations = merged;
        // Contributions.
        for c in &mut self.contributions {
            if let Some(n) = &mut c.supporter {
                rename(n);
            }
            if let Some(n) = &mut c.recipient {
                rename(n);
            }
            c.repeat_of = None;
        }
        self.contributions.sort_by(|a, b| {
            (
                &a.amount,
                &a.evidence,
                a.kind,
                &a.value,
                &a.supporter,
                &a.recipient,
            )
                .cmp(&(
                    &b.amount,
                    &b.evidence,
                    b.kind,
                    &b.value,
                    &b.supporter,
                    &b.recipient,
                ))
                .then_with(|| debug_order(a, b))
        });
        self.contributions.dedup();
        flag_repeats(&mut self.contributions);
        // Programs and segments.
        self.programs
            .sort_by(|a, b| a.name.cmp(&b.name).then_with(|| debug_order(a, b)));
        self.programs.dedup_by(|a, b| a.name == b.name);
        self.segments.sort();
        self.segments.dedup();
        for s in &mut self.segments {
            if let Some(a) = &mut s.author {
                rename(a);
            }
        }
        if let Some(a) = &mut self.author {
            rename(a);
        }
        self.institutions = by_key.into_values().collect();
        self.institutions.sort_by(|a, b| a.name.cmp(&b.name));
    }
}

fn merge_relation(cur: &mut SupportRelation, r: SupportRelation) {
    for s in r.supporters {
        if let Some(c) = cur.supporters.iter_mut().find(|c| c.name == s.name) {
            c.role = c.role.min(s.role);
        }
    }
    cur.program = min_opt(cur.program.take(), r.program);
    cur.established = match (cur.established.take(), r.established) {
        (Some(a), Some(b)) => Some(
            if (a.date.year.known(), &a.text) <= (b.date.year.known(), &b.text) {
                a
            } else {
                b
            },
        ),
        (a, b) => a.or(b),
    };
    cur.duration = min_opt(cur.duration.take(), r.duration);
    cur.agreements.extend(r.agreements);
    cur.disciplines.extend(r.disciplines);
    cur.events.extend(r.events);
    cur.evidence.extend(r.evidence);
}

fn min_opt<T: Ord>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn tidy_relation(r: &mut SupportRelation, rename: &dyn Fn(&mut String)) {
    r.evidence.sort();
    r.evidence.dedup();
    r.disciplines.sort();
    r.disciplines.dedup();
    for a in &mut r.agreements {
        for p in &mut a.parties {
            rename(p);
        }
        a.parties.sort();
        a.parties.dedup();
    }
    sort_by_debug(&mut r.agreements, |a| &a.evidence);
    r.agreements.dedup();
    sort_by_debug(&mut r.events, |e| &e.evidence);
    r.events.dedup();
}

/// The order of the `Debug` texts of two values (the historical tie-breaker of the sorts
/// here), without formatting equal values: equal values have equal texts.
fn debug_order<T: core::fmt::Debug + PartialEq>(a: &T, b: &T) -> core::cmp::Ordering {
    if a == b {
        core::cmp::Ordering::Equal
    } else {
        format!("{a:?}").cmp(&format!("{b:?}"))
    }
}

/// Sorts by the evidence (line, then span: document order), then by the `Debug` text of the
/// value for items with the same evidence. Stable, and formats only such ties: the texts of
/// agreements with long Chinese titles cost more than the rest of the normalisation.
fn sort_by_debug<T, E>(v: &mut [T], evidence: impl Fn(&T) -> &E)
where
    T: core::fmt::Debug + PartialEq,
    E: Ord,
{
    v.sort_by(|a, b| evidence(a).cmp(evidence(b)).then_with(|| debug_order(a, b)));
}

/// Marks later mentions of an amount already stated by the same supporter for the same
/// recipient and period (money in 元 regardless of kind; other units per kind). An amount with
/// no period repeats one with a period (2024年…投入860万元, then 去年…投入860万元); the same
/// amount in two stated periods (a table's rows) is no repeat.
fn flag_repeats(cs: &mut [Contribution]) {
    // Keys borrow the contributions' names: the repeats are found first, then marked.
    type Key<'c> = (
        Option<&'c str>,
        Option<&'c str>,
        Option<ContributionKind>,
        &'c str,
        Decimal,
        bool,
    );
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    {
        // The first mention of each amount per period.
        let mut first: BTreeMap<Key<'_>, Vec<(Option<&str>, usize)>> = BTreeMap::new();
        let mut any_giver: BTreeMap<(&str, Decimal, bool), usize> = BTreeMap::new();
        // People or goods said again with no giver named (12名支教老师把…带到了大山深处)
        // repeat the same count of the same kind stated with its giver for that recipient,
        // whether or not the first said 累计.
        type Counted<'c> = (Option<&'c str>, ContributionKind, &'c str, Decimal);
        let mut counted: BTreeMap<Counted<'_>, usize> = BTreeMap::new();
        // An amount said again by its giver for the recipient's place or a unit of it, or (money)
        // for no one named (泗泾镇捐赠勐拉镇80万元, then 泗泾镇80万元帮扶资金已全部拨付): the
        // recipients' names, one the start of the other.
        type Given<'c> = (&'c str, Option<ContributionKind>, &'c str, Decimal, bool);
        let mut given: BTreeMap<Given<'_>, Vec<(&str, usize)>> = BTreeMap::new();
        for (i, c) in cs.iter().enumerate() {
            if !c.status.is_actual() || c.part_of_total {
                continue;
            }
            let kind = (c.unit != "元").then_some(c.kind);
            let key = (
                c.supporter.as_deref(),
                c.recipient.as_deref(),
                kind,
                c.unit.as_str(),
                c.value,
                c.cumulative,
            );
            let period = c.period.as_deref();
            let earlier = first.get(&key).and_then(|v| {
                v.iter()
                    .find(|(p, _)| period.is_none() || p.is_none() || *p == period)
                    .map(|&(_, j)| j)
            });
            // An amount of money said again with no giver named (2.6亿元资金已全部拨付到位)
            // repeats the one stated with its giver.
            let loose = (c.unit.as_str(), c.value, c.cumulative);
            // Or (money) for no recipient named: the giver's amount said again.
            let within = |r: &str| match c.recipient.as_deref() {
                Some(own) => own != r && (own.starts_with(r) || r.starts_with(own)),
                None => c.unit == "元",
            };
            let earlier = earlier.or_else(|| {
                let g = (
                    c.supporter.as_deref()?,
                    kind,
                    c.unit.as_str(),
                    c.value,
                    c.cumulative,
                );
                given
                    .get(&g)?
                    .iter()
                    .find(|(r, _)| within(r))
                    .map(|&(_, j)| j)
            });
            if let (Some(sup), Some(rec)) = (c.supporter.as_deref(), c.recipient.as_deref()) {
                given
                    .entry((sup, kind, c.unit.as_str(), c.value, c.cumulative))
                    .or_default()
                    .push((rec, i));
            }
            match earlier {
                Some(j) => repeats.push((i, j)),
                None if c.unit == "元" && c.supporter.is_none() => {
                    if let Some(&j) = any_giver.get(&loose) {
                        repeats.push((i, j));
                    } else {
                        first.entry(key).or_default().push((period, i));
                    }
                }
                None if c.unit != "元" && c.supporter.is_none() => {
                    let same = (c.recipient.as_deref(), c.kind, c.unit.as_str(), c.value);
                    if let Some(&j) = counted.get(&same) {
                        repeats.push((i, j));
                    } else {
                        first.entry(key).or_default().push((period, i));
                    }
                }
                None => {
                    first.entry(key).or_default().push((period, i));
                    if c.unit == "元" && c.supporter.is_some() {
                        any_giver.entry(loose).or_insert(i);
                    }
                    if c.unit != "元" && c.supporter.is_some() {
                        counted
                            .entry((c.recipient.as_deref(), c.kind, c.unit.as_str(), c.value))
                            .or_insert(i);
                    }
                }
            }
        }
    }
    for (i, j) in repeats {
        if let Some(c) = cs.get_mut(i) {
            c.repeat_of = Some(j);
        }
    }
}

/// Sums contributions into [`Total`]s: one per (kind, activity, unit, cumulative), counting only those
/// that [`Contribution::counts_in_totals`] (actual, not a repeat, not a breakdown). 人 and 人次
/// stay apart, and so do cumulative and periodic figures.
///
/// # Examples
///
/// ```
/// let net = duikou_model::extract("南京大学为伊犁师范学院捐赠图书1000册。南京大学为伊犁师范学院捐赠图书500册。");
/// let t = duikou_model::totals_of(net.contributions.iter());
/// assert_eq!((t.len(), t[0].value.to_string()), (1, "1500".to_owned()));
/// ```
#[must_use]
pub fn totals_of<'c>(cs: impl Iterator<Item = &'c Contribution>) -> Vec<Total> {
    // Keyed by the borrowed unit: a unit is copied once per total, not once per contribution.
    let mut map: BTreeMap<(ContributionKind, Option<&str>, &str, bool), Total> = BTreeMap::new();
    for c in cs.filter(|c| c.counts_in_totals()) {
        let t = map
            .entry((c.kind, c.activity.as_deref(), c.unit.as_str(), c.cumulative))
            .or_insert_with(|| Total {
                kind: c.kind,
                activity: c.activity.clone(),
                unit: c.unit.clone(),
                cumulative: c.cumulative,
                value: Decimal::ZERO,
                approx: false,
                count: 0,
            });
        if let Some(v) = t.value.checked_add(c.value) {
            t.value = v;
            t.count += 1;
            t.approx |= c.approx != duikou_tokenizer::Approx::Exact;
        }
    }
    map.into_values().collect()
}
