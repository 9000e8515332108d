//! A university's own history (校史): the university named in the running header is the
//! author (its 学校), under its former name too; partners renamed since are known by their
//! present names; a bare college listed after a unit is a unit of the same institution.

mod common;

use common::pairs;
use duikou_model::extract;

/// Asserts that `pairs` holds every (supporter, recipient) pair of `wants`.
fn assert_all(pairs: &[(String, String)], wants: &[(&str, &str)]) {
    for want in wants {
        assert!(
            pairs.iter().any(|(s, r)| (s.as_str(), r.as_str()) == *want),
            "{want:?} in {pairs:?}"
        );
    }
}

const HISTORY: &str = "华中农业大学校史（1898—2018）　　第二卷　　·311·
第三节　对口支援
　　四十年间，学校先后对口支援拉萨师范专科学校（现拉萨师范高等专科学校）和昌吉农业学校（现昌吉职业技术学院）。
　　1985年4月，原华中农学院与拉萨师范专科学校（以下简称“拉萨师专”）建立对口支援关系。同年，该校选派2名教师来校进修。
1985年，华中农学院更名为华中农业大学。
　　2012年起，学校园艺林学学院、植物保护学院分别对口支援该校生命科学学院和农业工程学院。同年，学校学习借鉴南京大学对口支援
新疆大学的经验，组织团队式支援。
";

#[test]
fn the_history_is_the_universitys_and_its_partners_have_their_present_names() {
    let net = extract(HISTORY);
    assert_eq!(net.author.as_deref(), Some("华中农业大学"));
    let pairs = pairs(HISTORY);
    assert_all(
        &pairs,
        &[
            ("华中农业大学", "拉萨师范高等专科学校"),
            ("华中农业大学", "昌吉职业技术学院"),
        ],
    );
    // No name under its former form survives.
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| s.contains("华中农学院") || r.contains("师范专科学校")),
        "{pairs:?}"
    );
}

#[test]
fn bare_colleges_after_units_are_units_of_the_same_institution() {
    let pairs = pairs(HISTORY);
    assert!(
        pairs.contains(&(
            "华中农业大学植物保护学院".to_owned(),
            "拉萨师范高等专科学校农业工程学院".to_owned()
        )),
        "{pairs:?}"
    );
}

#[test]
fn a_pair_cited_as_a_model_is_no_pair() {
    let pairs = pairs(HISTORY);
    assert!(!pairs.iter().any(|(s, _)| s == "南京大学"), "{pairs:?}");
}

/// A brochure's chronicle (大事记): one dated line per event, none ending in a stop. Each line
/// is an event of its own — the province on the first line supports none of the schools and
/// cities the later lines name — and the title's region (新疆) is no part of the place it
/// writes before (新疆伊犁州 is 伊犁州, as the body writes it, and its full name 伊犁哈萨克自治州).
const CHRONICLE: &str = "江苏省对口支援新疆伊犁州工作纪实
2011年起，江苏省对口支援伊犁州，苏州市、无锡市分别对口支援霍城县、新源县。
【大事记】
2011年5月　江苏省与伊犁州在南京签订对口支援合作框架协议
2013年9月　无锡市援建的新源县人民医院门诊楼投入使用
2016年3月　苏州市第十中学与霍城县第一中学结为帮扶学校
2020年8月　江苏省第十批援疆干部人才抵达伊犁
";

#[test]
fn each_chronicle_line_is_its_own_event() {
    let pairs = pairs(CHRONICLE);
    assert_all(
        &pairs,
        &[
            ("江苏省", "伊犁哈萨克自治州"),
            ("苏州市", "霍城县"),
            ("无锡市", "新源县"),
            ("苏州市第十中学", "霍城县第一中学"),
        ],
    );
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| s == "江苏省" && (r.contains("中学") || r.ends_with('市'))),
        "{pairs:?}"
    );
    assert!(
        !pairs.iter().any(|(_, r)| r.starts_with("新疆")),
        "{pairs:?}"
    );
}
