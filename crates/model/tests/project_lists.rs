//! A department's list of aid projects (拟立项名单, 项目清单): each row's 承担单位 supports the
//! row's 受援合作单位; the department pairs with its counterpart (开展科技对口支援, the field
//! between 开展 and its verb) and, writing from a supporting province, is no recipient for
//! the 受援 words that name its partners.

mod common;

const NOTICE: &str = "浙江省科学技术厅
关于2026年度浙江省科技援疆项目拟立项名单的公示
　　经专家评审，2026年度拟立项支持科技援疆项目3项。我厅与阿克苏地区科学技术局自2019年起开展科技对口支援，项目均由我省高校院所与阿克苏地区受援单位联合实施。
序号\t项目名称\t承担单位\t受援合作单位\t经费（万元）
1\t红枣品质提升技术示范\t浙江农林大学\t阿克苏地区畜牧总站\t120
2\t核桃病虫害绿色防控\t浙江大学\t温宿县畜牧兽医站\t100
3\t设施农业物联网应用\t浙江省农业科学院\t阿瓦提县农业技术推广中心\t90
";

#[test]
fn each_row_of_a_project_list_pairs_its_units() {
    let pairs = common::pairs(NOTICE);
    for want in [
        ("浙江农林大学", "阿克苏地区畜牧总站"),
        ("浙江大学", "温宿县畜牧兽医站"),
        ("浙江省农业科学院", "阿瓦提县农业技术推广中心"),
    ] {
        common::assert_has(&pairs, want);
    }
}

#[test]
fn a_supporting_provinces_department_is_no_recipient_for_its_partners_words() {
    let pairs = common::pairs(NOTICE);
    common::assert_has(&pairs, ("浙江省科学技术厅", "阿克苏地区科学技术局"));
    assert!(
        !pairs.iter().any(|(s, _)| s == "阿克苏地区科学技术局"),
        "{pairs:?}"
    );
}

#[test]
fn a_field_between_kaizhan_and_its_verb_still_pairs() {
    for field in ["科技", "教育", "医疗", "文化"] {
        let text = format!("厦门大学与宁夏大学自2020年起开展{field}对口支援。");
        common::assert_has(&common::pairs(&text), ("厦门大学", "宁夏大学"));
    }
}
