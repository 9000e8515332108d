//! Posts copied from a platform page (a Weibo thread): the institution whose official
//! account posts is 我院, and a team that arrives where it is sent was sent there, while a
//! team's head count shared out among its members stays no contribution.

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
