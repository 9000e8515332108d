//! Units of institutions (学院, 图书馆, teaching groups) as the genre writes them: a discipline
//! pair joined by 与 at a clause's start, a name wrapped onto the next line, a post taken in a
//! unit, libraries paired like their institutions, and a school's teaching groups.

use duikou_model::extract;

#[test]
fn a_unit_joined_by_yu_at_a_clause_start_keeps_both_disciplines() {
    let net = extract(
        "中南大学年鉴\n学院层面，数学与统计学院对口支援石河子大学理学院；电子与信息工程学院、土木工程学院分别对口支援石河子大学信息科学与技术学院和水利建筑工程学院。\n",
    );
    let pairs = net.pairs();
    for want in [
        ("中南大学电子与信息工程学院", "石河子大学信息科学与技术学院"),
        ("中南大学土木工程学院", "石河子大学水利建筑工程学院"),
    ] {
        assert!(pairs.contains(&want), "{pairs:?}");
    }
    assert!(
        pairs
            .iter()
            .all(|(s, _)| !s.contains("信息工程学院") || s.contains("电子与")),
        "{pairs:?}"
    );
}

#[test]
fn a_unit_wrapped_onto_the_next_line_is_one_name_and_a_post_there_is_its_institutions() {
    // The line breaks inside 宁夏理工学院电气信息工程学院 (a wrapped paragraph line).
    let net = extract(
        "北方民族大学对口支援工作总结\n我校选派1名处级干部挂任宁夏师范学院副校长，选派2名教师挂任宁夏理工学院\n电气信息工程学院副院长和教务处副处长，任期一年。\n",
    );
    let pairs = net.pairs();
    assert!(
        pairs.contains(&("北方民族大学", "宁夏理工学院")),
        "{pairs:?}"
    );
    assert!(
        pairs
            .iter()
            .all(|(s, r)| *s != "电气信息工程学院" && !r.ends_with("电气信息工程学院")),
        "{pairs:?}"
    );
    let c = net.to_contract();
    let to: Vec<Option<&str>> = c
        .contributions
        .iter()
        .map(|c| c.recipient.as_deref())
        .collect();
    assert_eq!(to, [Some("宁夏师范学院"), Some("宁夏理工学院")]);
}

#[test]
fn a_unit_sending_to_a_unit_stays_at_unit_level() {
    let net = extract("兰州大学化学化工学院选派1名教授挂任青海民族大学化学化工学院副院长。");
    assert_eq!(
        net.pairs(),
        [("兰州大学化学化工学院", "青海民族大学化学化工学院")]
    );
}

#[test]
fn libraries_pair_as_their_institutions_do() {
    let net = extract(
        "贵州师范大学、贵州大学分别对口帮扶六盘水师范学院和铜仁学院。贵州师范大学图书馆与六盘水师范学院图书馆结成帮扶对子，赠书8000册。",
    );
    let pairs = net.pairs();
    assert!(
        pairs.contains(&("贵州师范大学图书馆", "六盘水师范学院图书馆")),
        "{pairs:?}"
    );
    // Neither library swallows the other's institution through 与.
    assert!(
        pairs
            .iter()
            .all(|(s, r)| !s.contains('与') && !r.contains('与')),
        "{pairs:?}"
    );
}

#[test]
fn teaching_groups_of_two_schools_pair() {
    let net = extract("杭州市第二中学物理组与丽水市第一中学物理教研组结对，共同开展线上集体备课。");
    assert_eq!(
        net.pairs(),
        [("杭州市第二中学物理组", "丽水市第一中学物理教研组")]
    );
    // Groups that are no school's teaching group are no institutions.
    let net = extract("领导小组和工作组对口支援丽水市第一中学。");
    assert!(
        net.institutions.iter().all(|i| !i.name.ends_with('组')),
        "{:?}",
        net.institutions
    );
}

#[test]
fn units_of_short_forms_listed_groups_and_parks_pair() {
    let net = extract(
        "　　西南大学（以下简称“西大”）对口支援昭通师范专科学校（以下简称“昭通师专”），西大文学院与昭通师专中文系结成对子。\n　　中山市第一中学（以下简称“中山一中”）对口帮扶普定县第一中学（以下简称“普定一中”），中山一中教务处、物理科组分别与普定一中教务处、物理教研组结成对子。\n　　2024年，南沙经济技术开发区与普定县工业园区签订共建协议。推动国家级经济技术开发区与各类产业园区合作。\n",
    );
    let pairs = net.pairs();
    for want in [
        ("西南大学文学院", "昭通师范专科学校中文系"),
        ("中山市第一中学物理科组", "普定县第一中学物理教研组"),
        ("中山市第一中学教务处", "普定县第一中学教务处"),
        ("南沙经济技术开发区", "普定县工业园区"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // A zone named by its level or kind is no party.
    assert!(
        pairs
            .iter()
            .all(|(s, r)| !s.starts_with("国家级") && !r.starts_with("各类")),
        "{pairs:?}"
    );
}
