//! A 领导留言板 thread: a citizen's message and a county bureau's reply. The bureau signs the
//! reply and speaks for its county (我县 is the county), 该X为Y援建项目 names Y as the builder,
//! not as the one helped, the later year's value of the labour helped into jobs is that year's
//! amount, and the related messages listed under the thread state nothing.

mod common;

use common::{amount, amounts, pairs};
use duikou_model::extract;

const THREAD: &str = "首页 > 领导留言板 > 贵州省 > 铜仁市 > 江口县
留言标题：闵孝镇卫生院新住院楼何时启用？
留言时间：2025-05-06 10:12　　回复单位：江口县乡村振兴局　　办理状态：已办结
【留言内容】
    听说苏州那边援建的住院楼去年就完工了，可是到现在还没用上，希望领导关心一下。
【回复内容】
网友您好：
    经核实，现答复如下：
一、2021年以来，苏州市吴江区与我县结成东西部协作对子，累计投入财政帮扶资金2.3亿元。我县通过东西部协作转移到江苏就业的农村劳动力由2023年的1,800人增加到2024年的2,450人，增长了36.1%。
二、该楼为吴江区2024年援建项目，吴江区投入援助资金500万元，目前正在进行消防验收。
江口县乡村振兴局
2025年5月20日
相关留言：江口县东西部协作资金使用咨询｜苏州援建德旺乡卫生院进展
";

#[test]
fn the_replying_bureau_speaks_for_its_county() {
    let net = extract(THREAD);
    assert_eq!(net.author.as_deref(), Some("江口县乡村振兴局"));
    let pairs = pairs(THREAD);
    assert!(
        pairs
            .iter()
            .any(|(s, r)| s == "苏州市吴江区" && r == "江口县"),
        "{pairs:?}"
    );
    // The bureau gives nothing of its own, and the related messages pair no one.
    assert!(
        pairs
            .iter()
            .all(|(s, r)| !s.ends_with("乡村振兴局") && !r.ends_with("卫生院")),
        "{pairs:?}"
    );
}

#[test]
fn a_project_built_by_a_district_is_its_gift() {
    let got = amounts(&extract(THREAD));
    assert!(
        got.contains(&amount("5000000", "元", "苏州市吴江区", "江口县")),
        "{got:?}"
    );
}

#[test]
fn the_later_year_of_labour_helped_into_jobs_is_given() {
    let net = extract(THREAD);
    let values: Vec<String> = net
        .contributions
        .iter()
        .filter(|c| c.activity.as_deref() == Some("workers_transferred"))
        .map(|c| c.value.to_string())
        .collect();
    // 2,450 of 2024, not the base 1,800 of 2023.
    assert_eq!(values, ["2450"]);
}
