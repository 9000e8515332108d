//! A university's youth league committee writes for its university: its letterhead over a
//! title that opens with 关于 is the author, 我校 is the university, volunteers it sends in a
//! teaching programme are teachers sent, and a school's help assigned to a team (R的…帮扶由X
//! 牵头，Y参与) is given by the lead and the member.

use duikou_model::{ContributionKind as K, extract};

mod common;

const NOTE: &str = "共青团陕西师范大学委员会
关于“同心拉萨”支教志愿服务情况的说明
　　我校对口支援西藏拉萨市，自2018年起组织师生赴拉萨开展支教和送教志愿服务。
截至2025年6月，我校累计派出志愿者312名。我校历史文化学院与拉萨市第三高级中学结成帮扶对子。拉萨市第八中学的英语学科帮扶由我校外国语学院牵头，西安外国语大学英文学院参与。
共青团陕西师范大学委员会
2025年7月1日
";

#[test]
fn the_committee_is_the_author_and_we_are_its_university() {
    let net = extract(NOTE);
    assert_eq!(net.author.as_deref(), Some("共青团陕西师范大学委员会"));
    let mut pairs = common::pairs(NOTE);
    pairs.sort();
    let want = [
        ("西安外国语大学英文学院", "拉萨市第八中学"),
        ("陕西师范大学", "拉萨市"),
        ("陕西师范大学历史文化学院", "拉萨市第三高级中学"),
        ("陕西师范大学外国语学院", "拉萨市第八中学"),
    ];
    for (s, r) in want {
        assert!(
            pairs.contains(&(s.to_owned(), r.to_owned())),
            "{s} → {r} not in {pairs:?}"
        );
    }
}

#[test]
fn volunteers_of_a_teaching_programme_are_teachers_sent() {
    let net = extract(NOTE);
    let sent: Vec<_> = net
        .contributions
        .iter()
        .map(|c| (c.kind, c.value.to_string()))
        .collect();
    assert!(
        sent.contains(&(K::TeacherDispatched, "312".to_owned())),
        "{sent:?}"
    );
}
