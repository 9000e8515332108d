//! Records of meetings a place holds: the place named by the title is the author (我市), its
//! bodies written 市X局 are the city's, the host's report states facts, and what a participant
//! heard (听X说…) states none.

use duikou_model::extract;

#[test]
fn a_symposium_record_names_its_city_and_leaves_hearsay_out() {
    let net = extract(
        "湖州市援派干部家属座谈会会议记录\n时间：2025年9月12日\n一、主持人通报\n今年我市选派专业技术人才21名赴四川省广安市岳池县开展东西部协作。市农业农村局与岳池县农业农村局结对，选派农技专家4名。\n二、家属发言\n1．张女士：听老李说，他们科室去年又带了30多个徒弟。\n",
    );
    assert_eq!(net.author.as_deref(), Some("湖州市"));
    let pairs = net.pairs();
    assert!(pairs.contains(&("湖州市", "岳池县")), "{pairs:?}");
    assert!(
        pairs.contains(&("湖州市农业农村局", "岳池县农业农村局")),
        "{pairs:?}"
    );
    let values: Vec<String> = net
        .contributions
        .iter()
        .map(|c| c.value.to_string())
        .collect();
    assert!(values.contains(&"21".to_owned()), "{values:?}");
    assert!(!values.contains(&"30".to_owned()), "{values:?}");
}
