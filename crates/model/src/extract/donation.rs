//! A donation agreement's parties (捐赠方：X, 受赠方：Y at its head): the donor supports the
//! donee, whatever verb the articles use (甲方向乙方捐赠…).

use super::names::Mention;
use super::relations::{Party, RawRelation};
use crate::extract::has::Has;
use crate::{RelationKind, Status};

/// Labels of the donor's line.
const DONOR: [&str; 3] = ["捐赠方", "捐赠人", "捐赠单位"];
/// Labels of the donee's line.
const DONEE: [&str; 3] = ["受赠方", "受赠人", "受赠单位"];

/// How many lines of a segment's head are read for the parties.
const HEAD_LINES: usize = 15;

/// The name right after a party's label on `line`, which starts at byte `at` of the text
/// (捐赠方（甲方）：X…), when the line opens with one of `labels`.
fn labelled<'m>(at: usize, line: &str, labels: &[&str], ms: &[&'m Mention]) -> Option<&'m Mention> {
    let t = line.trim_start_matches([' ', '\u{3000}', '\t']);
    let rest = labels.iter().find_map(|l| t.strip_prefix(l))?;
    // An optional role in parentheses, then the colon.
    let rest = match rest.strip_prefix(['（', '(']) {
        Some(r) => r.split_once(['）', ')'])?.1,
        None => rest,
    };
    let rest = rest.strip_prefix(['：', ':'])?;
    let name_at = at + (line.len() - rest.trim_start().len());
    ms.iter().find(|m| m.start == name_at).copied()
}

/// The relation of a donation agreement whose head names its donor and its donee, or `None`.
pub(crate) fn donation_agreement(
    src: &str,
    (from, to): (usize, usize),
    ms: &[&Mention],
) -> Option<RawRelation> {
    let head = src.get(from..to)?;
    // Most texts are no donation agreement: one search before any line is looked at.
    if !head.has("受赠") {
        return None;
    }
    let (mut donor, mut donee): (Option<&Mention>, Option<&Mention>) = (None, None);
    let mut pos = from;
    for line in head.split_inclusive('\n').take(HEAD_LINES) {
        let at = pos;
        pos += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        donor = donor.or_else(|| labelled(at, line, &DONOR, ms));
        donee = donee.or_else(|| labelled(at, line, &DONEE, ms));
    }
    let (d, r) = (donor?, donee?);
    (d.name != r.name).then(|| RawRelation {
        supporters: vec![Party::of(d)],
        recipient: Party::of(r),
        kind: RelationKind::Other,
        status: Status::Actual,
        established: None,
        duration: None,
        disciplines: Vec::new(),
        program: None,
        event: None,
        evidence: duikou_tokenizer::Span::new(d.start.min(r.start), d.end.max(r.end)),
        undirected: false,
        agreement: None,
        lead: None,
        hosted: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(src: &str, name: &str) -> Mention {
        let start = src.find(name).expect("named");
        Mention {
            start,
            end: start + name.len(),
            name: name.to_owned(),
            surface: name.to_owned(),
            kind: crate::InstitutionKind::guess(name),
            pronoun: false,
            parent: None,
        }
    }

    #[test]
    fn the_donor_supports_the_donee() {
        let src = "捐赠协议书\n捐赠方（甲方）：甲基金会\n受赠方（乙方）：乙县人民医院\n";
        let (a, b) = (mention(src, "甲基金会"), mention(src, "乙县人民医院"));
        let r = donation_agreement(src, (0, src.len()), &[&a, &b]).expect("a donation");
        assert_eq!(r.supporters[0].name, "甲基金会");
        assert_eq!(r.recipient.name, "乙县人民医院");
        // A receipt signed at the end with no donor line names no pair.
        let receipt = "受赠确认书\n兹确认收到捐赠。\n受赠单位（盖章）：乙县人民医院\n";
        let b = mention(receipt, "乙县人民医院");
        assert!(donation_agreement(receipt, (0, receipt.len()), &[&b]).is_none());
    }
}
