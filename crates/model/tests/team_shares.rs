//! A team's members' shares, listed after 分别, are the contributions; the team total they add
//! up to is none, wherever it stands (before, after, or on the bullet above), and a total that
//! the shares do not add up to stays. Shares in a clause naming no party go, in order, to the
//! places closing the clause before.

use duikou_model::{Contribution, extract};

const HEAD: &str = "济南市第五人民医院对口帮扶工作汇报

我院牵头，济南市中心医院（以下简称中心医院）、济南市儿童医院参与，组团帮扶临夏县人民医院。
";

/// (body, expected (supporter, value) of the counted person-times, in any order).
type Case = (&'static str, &'static [(&'static str, &'static str)]);

const TEAM: [(&str, &str); 3] = [
    ("济南市第五人民医院", "37"),
    ("济南市中心医院", "21"),
    ("济南市儿童医院", "15"),
];

const CASES: &[Case] = &[
    // The total first, then the shares after 其中 with a bare verb.
    (
        "三年来团队累计派驻专家73人次，其中我院、中心医院、济南市儿童医院分别派驻37人次、21人次和15人次。",
        &TEAM,
    ),
    // The shares with a copula.
    (
        "三年来团队累计派驻专家73人次，我院、中心医院、济南市儿童医院分别为37人次、21人次和15人次。",
        &TEAM,
    ),
    // The shares first, the total after them.
    (
        "我院、中心医院、济南市儿童医院分别派驻专家37人次、21人次和15人次，团队累计派驻专家73人次。",
        &TEAM,
    ),
    // Slide bullets: the item on the bullet above, the amounts alone on the next line.
    (
        "（一）人才派驻\n■ 团队累计派驻专家\n73人次\n■ 我院、中心医院、济南市儿童医院分别\n37人次、21人次、15人次\n",
        &TEAM,
    ),
    // Shares that do not add up to the figure before leave it standing: 80 is no sum of them.
    (
        "三年来团队累计派驻专家80人次，我院、中心医院、济南市儿童医院分别派驻专家37人次、21人次和15人次。",
        &[
            ("济南市第五人民医院", "80"),
            ("济南市第五人民医院", "37"),
            ("济南市中心医院", "21"),
            ("济南市儿童医院", "15"),
        ],
    ),
];

fn counted(c: &Contribution) -> bool {
    c.unit == "人次" && !c.part_of_total && c.repeat_of.is_none()
}

#[test]
fn members_shares_replace_the_team_total() {
    for (body, want) in CASES {
        let net = extract(&format!("{HEAD}{body}"));
        let mut got: Vec<(String, String)> = net
            .contributions
            .iter()
            .filter(|c| counted(c))
            .map(|c| (c.supporter.clone().unwrap_or_default(), c.value.to_string()))
            .collect();
        got.sort();
        let mut want: Vec<(String, String)> = want
            .iter()
            .map(|(s, v)| ((*s).to_owned(), (*v).to_owned()))
            .collect();
        want.sort();
        assert_eq!(got, want, "in {body}");
    }
}

/// A team formed in the sentence before ("R由X牵头，Y、Z参与组团帮扶。今年三家医院分别…"): a
/// count of its members takes the team, lead first.
#[test]
fn a_count_of_the_team_takes_the_team_of_the_sentence_before() {
    let src = "援藏工作简报
　　日喀则市人民医院由上海交通大学医学院附属瑞金医院牵头，复旦大学附属中山医院、上海市第六人民医院参与组团帮扶。今年三家医院分别派驻专家8人、5人、4人，双方商定上海市追加援藏资金600万元。";
    let net = extract(src);
    let got: Vec<(String, String)> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "人")
        .map(|c| (c.supporter.clone().unwrap_or_default(), c.value.to_string()))
        .collect();
    let want: Vec<(String, String)> = [
        ("上海交通大学医学院附属瑞金医院", "8"),
        ("复旦大学附属中山医院", "5"),
        ("上海市第六人民医院", "4"),
    ]
    .iter()
    .map(|(s, v)| ((*s).to_owned(), (*v).to_owned()))
    .collect();
    assert_eq!(got, want);
    // 商定 ends a name on its left: the giver is the city.
    assert!(
        net.contributions
            .iter()
            .any(|c| c.unit == "元" && c.supporter.as_deref() == Some("上海市")),
        "{:?}",
        net.contributions
    );
}

/// A pairing not made yet (X与Y的结对尚未签约) states no pair.
#[test]
fn a_pairing_not_signed_yet_is_no_pair() {
    let net = extract(
        "援藏工作简报\n　　仁布县中学与上海市七宝中学的结对尚未签约；江孜县中学与上海市格致中学签订结对协议。",
    );
    assert_eq!(net.pairs(), [("上海市格致中学", "江孜县中学")]);
}

/// "X、Y分别对口支援A和B，分别选派教师m人次和n人次": the k-th amount goes from the k-th giver to
/// its own recipient, the one listed k-th after the first 分别.
#[test]
fn a_second_respectively_follows_the_pairs_of_the_first() {
    let net = extract(
        "工作简报\n东南大学、河海大学分别对口支援喀什大学和新疆农业大学，分别选派骨干教师24人次和17人次。\n",
    );
    let given: Vec<(Option<&str>, Option<&str>, String)> = net
        .contributions
        .iter()
        .map(|c| {
            (
                c.supporter.as_deref(),
                c.recipient.as_deref(),
                c.value.to_string(),
            )
        })
        .collect();
    assert!(
        given.contains(&(Some("东南大学"), Some("喀什大学"), "24".to_owned())),
        "{given:?}"
    );
    assert!(
        given.contains(&(Some("河海大学"), Some("新疆农业大学"), "17".to_owned())),
        "{given:?}"
    );
    // The amounts pair no one the first 分别 did not.
    assert_eq!(net.pairs().len(), 2, "{:?}", net.pairs());
}

/// A sentence that names only its giver gives to the one recipient the text paired that giver
/// with before (not to the first recipient of the text).
#[test]
fn a_giver_named_alone_gives_to_its_own_recipient() {
    let net = extract(
        "工作简报\n南通市、扬州市分别对口帮扶伊犁哈萨克自治州和昌吉回族自治州。四年来，南通市累计选派支教教师300名；扬州市累计选派支教教师120名。\n",
    );
    let to = |v: u32| {
        net.contributions
            .iter()
            .find(|c| c.value == v.into())
            .and_then(|c| c.recipient.as_deref())
    };
    assert_eq!(
        to(300),
        Some("伊犁哈萨克自治州"),
        "{:#?}",
        net.contributions
    );
    assert_eq!(to(120), Some("昌吉回族自治州"), "{:#?}", net.contributions);
}

/// Shares after 分别 in a clause that names no party go, in order, to the places that close
/// the clause before (…对口支援阿克苏地区的乌什县、柯坪县两县，分别选派…30人和25人).
#[test]
fn shares_go_to_the_places_listed_in_the_clause_before() {
    let net = duikou_model::extract(
        "浙江省对口援疆工作总结\n湖州市对口支援阿克苏地区的乌什县、柯坪县两县，全年分别选派专业技术人才30人和25人。\n",
    );
    let got: Vec<(String, Option<&str>)> = net
        .contributions
        .iter()
        .map(|c| (c.value.to_string(), c.recipient.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("30".to_owned(), Some("乌什县")),
            ("25".to_owned(), Some("柯坪县"))
        ]
    );
}
