//! Posts copied from a platform page (a Weibo thread): the institution whose official
//! account posts is 我院, and a team that arrives where it is sent was sent there, while a
//! team's head count shared out among its members stays no contribution.

mod common;

use duikou_model::{ContributionKind as K, extract};

const THREAD: &str = "微博正文 - 微博
首页　　发现　　登录
浙江大学医学院附属邵逸夫医院
微博认证：浙江大学医学院附属邵逸夫医院官方微博
3-02 10:15 来自 微博 weibo.com
#山海协作# 【援疆医疗队出发】今天上午，我院第五批援疆医疗队9名队员抵达阿克苏地区第一人民医院，开展为期一年的帮扶。[加油]
转发 88　　评论 21　　赞 640
";

#[test]
fn an_official_account_is_we() {
    let net = extract(THREAD);
    assert_eq!(net.author.as_deref(), Some("浙江大学医学院附属邵逸夫医院"));
    let staff: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.kind == K::Other && c.unit == "人")
        .map(|c| (c.value.to_string(), c.supporter.as_deref()))
        .collect();
    assert_eq!(
        staff,
        vec![("9".to_owned(), Some("浙江大学医学院附属邵逸夫医院"))],
        "{:#?}",
        net.contributions
    );
}

#[test]
fn a_team_head_count_shared_out_is_no_contribution() {
    let net = extract(
        "援疆工作简报\n　　由甲大学附属医院牵头，乙医院参与，组建医疗队对口支援丙县人民医院。医疗队共12人，其中甲大学附属医院派出8名，乙医院派出4名。",
    );
    let mut values: Vec<String> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "人")
        .map(|c| c.value.to_string())
        .collect();
    values.sort();
    assert_eq!(values, ["4", "8"], "{:#?}", net.contributions);
}

/// A hospital's own post on its public account: the account on the byline is 我院 (the text's
/// pronoun fits it); a team whose help is named by its kind (开展“组团式”…援藏), a department
/// pair under a common short form (中山一院), an alliance whose first party sends people down
/// (组建医联体，派出医生下沉坐诊) and people who stay at the partner (常驻该院).
const ACCOUNT_POST: &str = "高原医院
原创 宣传科 林芝市人民医院 2025年10月15日 18:32 发表于西藏
👆点击蓝字关注我们
    2022年以来，我院由广东省人民医院牵头，中山大学附属第一医院参与，开展“组团式”医疗人才援藏。
    中山一院神经外科与我院神经外科结成科室帮扶对子。
    我院与米林市人民医院组建医联体，派出医生下沉坐诊。我院还与工布江达县人民医院结成帮扶对子，
2025年已派出骨干医生5人常驻该院。
阅读 3,268  在看 57
";

#[test]
fn a_hospitals_own_post_on_its_account() {
    let net = extract(ACCOUNT_POST);
    assert_eq!(net.author.as_deref(), Some("林芝市人民医院"));
    let mut pairs = common::pairs(ACCOUNT_POST);
    pairs.sort();
    pairs.dedup();
    let want = [
        ("中山大学附属第一医院", "林芝市人民医院"),
        ("中山大学附属第一医院神经外科", "林芝市人民医院神经外科"),
        ("广东省人民医院", "林芝市人民医院"),
        ("林芝市人民医院", "工布江达县人民医院"),
        ("林芝市人民医院", "米林市人民医院"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
    assert_eq!(pairs, want, "{:#?}", net.relations);
    let staff: Vec<_> = common::amounts(&net)
        .into_iter()
        .filter(|a| a.1 == "人")
        .collect();
    assert_eq!(
        staff,
        vec![common::amount(
            "5",
            "人",
            "林芝市人民医院",
            "工布江达县人民医院"
        )],
        "{:#?}",
        net.contributions
    );
}

/// An account that posts a person's text (我 is a teacher) is no author: no pronoun of the
/// text fits it.
#[test]
fn an_account_that_posts_a_persons_text_is_no_author() {
    let net = extract(
        "援疆故事
原创　苏州援疆　苏州援疆前方指挥部　2025-07-10 08:30　发表于江苏
　　去年九月，我从苏州来到阿图什市第一中学支教，一年里带了两个班。
",
    );
    assert_eq!(net.author, None, "{:#?}", net.relations);
}
