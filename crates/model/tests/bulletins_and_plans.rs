//! A university's work bulletin and its next year's plan: a 本期要目 list the body repeats is
//! no restart, an item reposted from the partner's site speaks with the partner's 我校 and
//! the items after it with the bulletin's again, a hospital named with its university is
//! named so when its own short name comes back, people who 抵达 a hospital are sent to it,
//! bare 学校 in a plan is its author (学校图书馆 its library, 工学院 its school), a second
//! predicate after 、 keeps the first one's subject, and 该院 sending people to a place is not a unit of that place.

use duikou_model::extract;

mod common;

const BULLETIN: &str = "四川大学对口支援工作简报
2026年第2期
四川大学对口支援工作办公室　　　　2026年4月30日
本期要目
一、我校与青海民族大学召开第九次联席会议
二、锦江医院第三批援青专家出发
三、青海民族大学新闻网：我校新建实验中心投入使用
四、简讯

一、我校与青海民族大学召开第九次联席会议
　　4月9日，两校联席会议在西宁召开。自2011年起我校对口支援青海民族大学（以下简称“青民大”），累计选派挂职干部8人。
二、锦江医院第三批援青专家出发
　　4月16日，我校附属锦江医院选派的第三批援青专家7人抵达玉树州人民医院。锦江医院自2020年起对口帮扶该院。
三、青海民族大学新闻网：我校新建实验中心投入使用
　　（转自青海民族大学新闻网　2026-04-20）
　　四川大学对口支援我校以来，为我校援建实验中心1个，投入建设资金350万元。
四、简讯
　　●我校化学学院与青民大化学化工学院签订共建协议，该院随即选派教师3人赴青民大授课。
";

#[test]
fn a_bulletin_keeps_its_author_around_a_reposted_item() {
    let net = extract(BULLETIN);
    // The reposted item's 我校 is its source; the bulletin's author is still 四川大学.
    assert_eq!(net.author.as_deref(), Some("四川大学"));
    let pairs = net.pairs();
    for want in [
        ("四川大学", "青海民族大学"),
        ("四川大学附属锦江医院", "玉树藏族自治州人民医院"),
        ("四川大学化学学院", "青海民族大学化学化工学院"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // 该院 after 对口帮扶 is the hospital the experts reached, not the author's hospital
    // that sent them in the sentence before: the pairing holds since 2020.
    assert!(
        net.relations
            .iter()
            .any(|r| r.recipient == "玉树藏族自治州人民医院"
                && r.supporter_names().any(|s| s == "四川大学附属锦江医院")
                && r.established.is_some()),
        "{:?}",
        net.relations
    );
    // No institution pairs with itself, the short 锦江医院 is no party of its own, and a
    // laboratory built is no institution.
    assert!(pairs.iter().all(|(s, r)| s != r), "{pairs:?}");
    assert!(pairs.iter().all(|(s, _)| *s != "锦江医院"), "{pairs:?}");
    assert!(pairs.iter().all(|(_, r)| *r != "实验中心"), "{pairs:?}");
    // The money of the reposted item goes from 四川大学 to the source.
    let money = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "3500000")
        .expect("the reposted item's money");
    assert_eq!(money.supporter.as_deref(), Some("四川大学"));
    assert_eq!(money.recipient.as_deref(), Some("青海民族大学"));
    // The experts who 抵达 the hospital are sent to it.
    let experts = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "7")
        .expect("the experts");
    assert_eq!(experts.recipient.as_deref(), Some("玉树藏族自治州人民医院"));
    // 该院 sends teachers to 青民大: it is the sender (四川大学化学学院), not 青民大's unit.
    let teachers = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "3" && c.unit == "人")
        .expect("the teachers");
    assert_eq!(teachers.supporter.as_deref(), Some("四川大学化学学院"));
}

const PLAN: &str = "兰州大学2027年对口支援工作要点
一、2026年工作回顾
　　2026年，学校对口支援西藏大学（以下简称“藏大”）、定点帮扶甘南州舟曲县，各项任务全面完成。我校草地农业科技学院自2018年起对口支援藏大理学院，该院全年派出教师9人次赴藏大授课。
二、2027年重点任务
1.拟选派支教教师20人次。
2.学校图书馆将与藏大图书馆结成对口帮扶关系；工学院将与舟曲县职业中学开展结对帮扶。
";

#[test]
fn a_plan_names_its_author_and_both_predicates_of_its_subject() {
    let net = extract(PLAN);
    assert_eq!(net.author.as_deref(), Some("兰州大学"));
    let pairs = net.pairs();
    for want in [
        ("兰州大学", "西藏大学"),
        ("兰州大学", "舟曲县"),
        ("兰州大学草地农业科技学院", "西藏大学理学院"),
        // 学校图书馆 is the author's library, and a school named by one character at the
        // start of a clause (工学院) the author's school.
        ("兰州大学图书馆", "西藏大学图书馆"),
        ("兰州大学工学院", "舟曲县职业中学"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // 西藏大学 is the object of the first predicate, not the subject of the second.
    assert!(!pairs.iter().any(|(s, _)| *s == "西藏大学"), "{pairs:?}");
    let visits = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "9")
        .expect("the visits");
    assert_eq!(
        visits.supporter.as_deref(),
        Some("兰州大学草地农业科技学院")
    );
}

#[test]
fn a_list_of_titles_the_body_repeats_is_no_restart_even_without_its_label() {
    // The same bulletin with its 本期要目 label lost in the copy: the list of item titles
    // before the body still announces it.
    let unlabelled = BULLETIN.replace("本期要目\n", "");
    let net = extract(&unlabelled);
    assert_eq!(net.author.as_deref(), Some("四川大学"));
    // One segment up to the reposted item (its title in the body, not in the list): the
    // body's 一、 starts nothing new.
    let first = net.segments.first().expect("segments");
    let repost_line = unlabelled
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("三、青海民族大学新闻网"))
        .last()
        .map(|(k, _)| k as u32 + 1)
        .expect("the reposted item");
    assert_eq!(
        (first.start_line, first.end_line),
        (1, repost_line - 1),
        "{:?}",
        net.segments
    );
    assert!(
        net.pairs().contains(&("四川大学", "青海民族大学")),
        "{:?}",
        net.pairs()
    );
}

/// A team's weekly report with a figures table of this week and the running total: each cell
/// is an amount, the total's cumulative; a week's cell that repeats people the items counted
/// (选派专业人才 7 after 7名教师) adds nothing.
#[test]
fn a_weekly_figures_table_with_its_running_total() {
    let net = duikou_model::extract(
        "宁波市援疆工作队工作周报\n一、本周工作\n宁波市第二中学选派的7名教师已全部到岗。\n二、本周数据\n指标\t本周\t累计（自2025年2月到任）\n选派专业人才（人）\t7\t96\n培训当地干部人才（人次）\t260\t3,480\n",
    );
    let mut got: Vec<(String, String, bool)> = net
        .contributions
        .iter()
        .map(|c| (c.value.to_string(), c.unit.clone(), c.cumulative))
        .collect();
    got.sort();
    let want = [
        ("260", "人次", false),
        ("3480", "人次", true),
        ("7", "人", false),
        ("96", "人", true),
    ];
    let want: Vec<(String, String, bool)> = want
        .iter()
        .map(|(v, u, c)| ((*v).to_owned(), (*u).to_owned(), *c))
        .collect();
    assert_eq!(got, want, "{:#?}", net.contributions);
}

/// A department's bulletin: its masthead's issuer is the department's own office (…厅援藏工作
/// 领导小组办公室编) and its items write 我厅, so the department is the author; a recipient
/// "则由X直接负责结对帮扶" is X's, whatever order the modifiers come in; the author's own
/// amounts under 六、下步工作 are no contributions.
const DEPARTMENT_BULLETIN: &str = "对口支援工作简报
2025年第3期（总第21期）
四川省民政厅对口支援工作领导小组办公室编　　　　　　2025年9月30日
一、厅领导赴甘孜州对接工作
9月2日，副厅长带队赴康定市，与甘孜州民政局召开座谈会，明确我厅继续对口支援甘孜州民政局。
二、结对帮扶
成都市民政局与稻城县民政局结成帮扶对子。乡城县民政局则由德阳市民政局直接负责结对帮扶。
今年我厅安排对口支援资金800万元，支持甘孜州养老机构改造。
三、下步工作
计划明年再安排对口支援资金900万元。
";

#[test]
fn a_department_bulletin_names_its_department_as_author() {
    let net = extract(DEPARTMENT_BULLETIN);
    assert_eq!(net.author.as_deref(), Some("四川省民政厅"));
    let pairs: Vec<(&str, &str)> = net.pairs();
    for want in [
        ("四川省民政厅", "甘孜藏族自治州民政局"),
        ("德阳市民政局", "乡城县民政局"),
    ] {
        assert!(pairs.contains(&want), "{want:?} in {pairs:?}");
    }
    let money: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "元")
        .map(|c| c.value.to_string())
        .collect();
    assert_eq!(money, ["8000000"], "the plan's 900万元 is no contribution");
}

const POLICE_BULLETIN: &str = "警 务 援 疆 简 报
第2期
江西省公安厅对口援疆工作领导小组办公室　　　　2025年6月18日
一、我厅与克孜勒苏柯尔克孜自治州公安局续签警务协作协议
　　5月20日，我厅与克孜勒苏柯尔克孜自治州公安局签署新一轮协议，继续对口支援该局。
二、南昌市公安局帮扶阿克陶县公安局
　　阿克陶县公安局的帮扶由南昌市公安局负责。今年南昌市公安局选派技术骨干5名赴阿克陶县开展为期三个月的帮带。
";

#[test]
fn a_masthead_issuer_line_with_only_a_date_names_the_department_and_bureaus_are_names() {
    let net = extract(POLICE_BULLETIN);
    // The office's line carries the date and no 编: its 厅 speaks as 我厅.
    assert_eq!(net.author.as_deref(), Some("江西省公安厅"));
    let pairs = common::pairs(POLICE_BULLETIN);
    for want in [
        // A bureau not listed anywhere, named by its place and its work.
        ("江西省公安厅", "克孜勒苏柯尔克孜自治州公安局"),
        ("南昌市公安局", "阿克陶县公安局"),
    ] {
        assert!(
            pairs.iter().any(|(s, r)| (s.as_str(), r.as_str()) == want),
            "{want:?} not in {pairs:?}"
        );
    }
    // The staff sent to 阿克陶县 went to the bureau already paired: the county is no second
    // recipient, and no bureau is read as its bare place.
    assert!(
        pairs
            .iter()
            .all(|(s, r)| r != "阿克陶县" && s != "南昌市" && s != "江西省"),
        "{pairs:?}"
    );
}

const QUALITY_REPORT: &str = "杭州职业技术学院高等职业教育质量年度报告（2025年度）
专题：对口支援
学院自2019年起对口支援阿克苏职业技术学院，2022年起又与温宿县中等职业技术学校结成帮扶对子。
一、师资帮扶
（一）专业共建
我院与阿克苏职业技术学院共建2个专业。
（二）选派教师
【案例2】师徒结对
支教教师与青年教师结成师徒10对。
（三）学生培养
我院接收阿克苏职业技术学院学生30人来杭学习。
";

#[test]
fn a_college_s_quality_report_says_xueyuan_for_itself_and_keeps_its_case_boxes() {
    let net = extract(QUALITY_REPORT);
    let pairs = common::pairs(QUALITY_REPORT);
    for want in [
        // Bare 学院 opening the report's first sentence is the college.
        ("杭州职业技术学院", "阿克苏职业技术学院"),
        ("杭州职业技术学院", "温宿县中等职业技术学校"),
    ] {
        assert!(
            pairs.iter().any(|(s, r)| (s.as_str(), r.as_str()) == want),
            "{want:?} not in {pairs:?}"
        );
    }
    // The case box sits between （二） and （三）: one document, one author to the end.
    assert_eq!(net.author.as_deref(), Some("杭州职业技术学院"));
    assert!(net.segments.len() == 1, "{:?}", net.segments);
    let students = net
        .contributions
        .iter()
        .find(|c| c.unit == "人" && c.value.to_string() == "30")
        .expect("the students received");
    assert_eq!(students.supporter.as_deref(), Some("杭州职业技术学院"));
}
