//! A city's districts named after its pronoun: "我市A区、B区、C区分别结对帮扶X、Y、Z" pairs each
//! district of the author's city with its own recipient, and "三区分别投入…" gives the k-th
//! amount to the k-th district.

use duikou_model::extract;

mod common;

const DOC: &str = "宁波市东西部协作工作情况报告

我市海曙区、江北区、北仑区分别结对帮扶普格县、布拖县、昭觉县，2024年三区分别投入协作资金1500万元、1100万元和900万元。
";

#[test]
fn districts_of_the_authors_city_pair_in_order() {
    let mut pairs = common::pairs(DOC);
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("宁波市北仑区".to_owned(), "昭觉县".to_owned()),
            ("宁波市江北区".to_owned(), "布拖县".to_owned()),
            ("宁波市海曙区".to_owned(), "普格县".to_owned()),
        ]
    );
}

#[test]
fn the_count_of_districts_takes_the_list_before() {
    let net = extract(DOC);
    let mut money: Vec<(String, String)> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "元")
        .map(|c| (c.supporter.clone().unwrap_or_default(), c.value.to_string()))
        .collect();
    money.sort();
    assert_eq!(
        money,
        [
            ("宁波市北仑区".to_owned(), "9000000".to_owned()),
            ("宁波市江北区".to_owned(), "11000000".to_owned()),
            ("宁波市海曙区".to_owned(), "15000000".to_owned()),
        ]
    );
}

/// A city's district of two characters ending in 城 (宿迁市宿城区) is a name; the city's centre
/// (主城区) is none.
#[test]
fn a_district_named_after_a_town_is_a_name() {
    let pairs = common::pairs("宿迁市宿城区对口帮扶宜君县。重庆市主城区各校与酉阳县结对。");
    assert!(
        pairs.contains(&("宿迁市宿城区".to_owned(), "宜君县".to_owned())),
        "{pairs:?}"
    );
    assert!(pairs.iter().all(|(s, _)| s != "重庆市主城区"), "{pairs:?}");
}
