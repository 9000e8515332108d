//! A dispatched teacher's first-person account: the school the writer teaches at (我所在的学校X,
//! 我受X选派…来到Y任教) is 学校 afterwards, with its library and teaching groups; the sending
//! school's short form keeps its units; what the writer's side gives goes to the host school.

use duikou_model::extract;

const ACCOUNT: &str = "援藏支教一年工作总结
　　2024年8月，我受宁波市教育局选派，从派出单位宁波市鄞州区东湖实验中学来到日喀则市第二中学任教。
　　我所在的学校日喀则市第二中学是一所寄宿制中学。我的派出单位东湖实验中学与日喀则市第二中学结为帮扶学校，校长带队来校，捐赠教学设备价值15万元；东湖实验中学图书馆与学校图书馆结成帮扶对子。
　　东湖实验中学数学组与学校数学教研组结对，每周线上备课。宁波市第二中学（以下简称“宁二中”）对口帮扶日喀则市第三中学，宁二中英语组还对口帮扶我所在学校的英语组。
　　派出单位还接收日喀则市第二中学4名青年教师到东湖实验中学跟岗学习。我们团队筹集爱心助学金3.2万元。
";

#[test]
fn the_host_school_and_its_units_stand_for_xuexiao() {
    let net = extract(ACCOUNT);
    let pairs = net.pairs();
    for want in [
        ("宁波市教育局", "日喀则市第二中学"),
        ("宁波市鄞州区东湖实验中学", "日喀则市第二中学"),
        ("宁波市鄞州区东湖实验中学图书馆", "日喀则市第二中学图书馆"),
        (
            "宁波市鄞州区东湖实验中学数学组",
            "日喀则市第二中学数学教研组",
        ),
        ("宁波市第二中学英语组", "日喀则市第二中学英语组"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // The bureau sent one person to one school: no pair with the city.
    assert!(!pairs.contains(&("宁波市教育局", "日喀则市")), "{pairs:?}");
    assert!(
        net.institutions.iter().all(|i| !i.name.starts_with("学校")),
        "{:?}",
        net.institutions
    );
}

#[test]
fn the_host_school_receives_and_hosted_people_keep_their_roles() {
    let c = extract(ACCOUNT).to_contract();
    let row = |kind: &str| {
        c.contributions
            .iter()
            .find(|r| r.kind == kind)
            .map(|r| (r.supporter.as_deref(), r.recipient.as_deref()))
    };
    // 来校 捐赠: the host school receives.
    assert_eq!(
        row("equipment_donated"),
        Some((Some("宁波市鄞州区东湖实验中学"), Some("日喀则市第二中学")))
    );
    // Teachers hosted by the sending school come from the host school.
    assert_eq!(
        row("visiting_scholar"),
        Some((Some("宁波市鄞州区东湖实验中学"), Some("日喀则市第二中学")))
    );
    // Student aid raised is money given, and the hosting clause before it does not turn the
    // host school into a giver.
    let aid = c
        .contributions
        .iter()
        .find(|r| r.kind == "money_donated")
        .expect("aid raised is money given");
    assert_eq!(aid.value.to_string(), "32000");
    assert_ne!(aid.supporter.as_deref(), Some("日喀则市"));
}

/// An answer on a Q&A site by an aid doctor: the hospital glossed after 我们医院 with a short
/// form declared as 下面简称, 我们科 glossed by that short form, 科里 for the department in a
/// later clause, spoken counts (二十三个人, 捐了一辆), a value in 块钱, and a commenter who says
/// which department he is of (我是…科的，我们科也跟…结了对子). Next year's dispatch is planned.
const ANSWER: &str = "援藏一年是什么体验？
关注者 1,204　　被浏览 356,018
林可
浙江大学医学院附属第一医院 骨科主治医师 · 已认证
906 人赞同了该回答
谢邀。我们医院（浙江大学医学院附属第一医院，下面简称浙大一院）从2020年起对口帮扶那曲市人民医院，这几年医院前前后后一共派了三十一个人过去。
我们科（浙大一院骨科）和那曲市人民医院骨科结了对子，科里给那曲市人民医院寄了两百多本专业书，还捐了一台关节镜，大概十八万块钱。后来医院又给那曲市人民医院捐了一辆救护车。
明年咱们院再派七个人，名单已经定了。
阿强：我是浙大一院麻醉科的，我们科也跟那曲市人民医院麻醉科结了对子。
";

#[test]
fn an_online_answer_speaks_for_the_answerers_hospital_and_departments() {
    let net = extract(ANSWER);
    let pairs = net.pairs();
    for want in [
        ("浙江大学医学院附属第一医院", "那曲市人民医院"),
        ("浙江大学医学院附属第一医院骨科", "那曲市人民医院骨科"),
        ("浙江大学医学院附属第一医院麻醉科", "那曲市人民医院麻醉科"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    let got: Vec<(String, String, Option<String>, duikou_model::Status)> = net
        .contributions
        .iter()
        .map(|c| {
            (
                c.value.to_string(),
                c.unit.clone(),
                c.supporter.clone(),
                c.status,
            )
        })
        .collect();
    let dept = Some("浙江大学医学院附属第一医院骨科".to_owned());
    for want in [
        ("200", "本", dept.clone()),
        ("1", "台", dept.clone()),
        ("180000", "元", dept.clone()),
    ] {
        assert!(
            got.iter()
                .any(|g| (g.0.as_str(), g.1.as_str(), &g.2) == (want.0, want.1, &want.2)),
            "{want:?} not in {got:?}"
        );
    }
    assert!(
        got.iter().any(|g| g.0 == "31" && g.1 == "人"),
        "the 31 sent: {got:?}"
    );
    assert!(
        got.iter().any(|g| g.0 == "1" && g.1 == "辆"),
        "the ambulance: {got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "7" && g.1 == "人" && g.3 == duikou_model::Status::Planned),
        "next year's seven: {got:?}"
    );
}

/// An essay headed by its writer and the writer's unit (作者：… / 单位：…): the writer's 我们学校
/// is that unit; teachers the school sends to shadow at the partner are hosted by it (the
/// partner gives); 来 of 后来 brings no one to the name after it.
const ESSAY: &str = "“我与对口帮扶的故事”征文获奖作品
作者：李红梅
单位：贡山县第一中学
题目：江边的灯

    那一年，中山市第一中学和我们学校结成了帮扶对子。
    这几年，我们学校也送了五名年轻老师去中山市第一中学跟岗学习。
    后来中山市石岐区又派来了第二批老师，还给县里培训了两百多人次的乡村老师。
";

#[test]
fn an_essays_writer_unit_is_our_school() {
    let net = extract(ESSAY);
    assert_eq!(net.author, None);
    let pairs = net.pairs();
    assert!(
        pairs.contains(&("中山市第一中学", "贡山县第一中学")),
        "{pairs:?}"
    );
    let hosted: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.value.to_string() == "5")
        .map(|c| (c.supporter.as_deref(), c.recipient.as_deref()))
        .collect();
    assert_eq!(
        hosted,
        vec![(Some("中山市第一中学"), Some("贡山县第一中学"))],
        "{:#?}",
        net.contributions
    );
    let trained: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "人次")
        .map(|c| c.supporter.as_deref())
        .collect();
    assert_eq!(
        trained,
        vec![Some("中山市石岐区")],
        "{:#?}",
        net.contributions
    );
}

/// Without the labelled head, 我们学校 stays unresolved: no unit is guessed.
#[test]
fn no_writer_unit_without_the_labelled_head() {
    let text = ESSAY.replace("作者：李红梅\n", "");
    let net = extract(&text);
    assert!(
        !net.pairs().contains(&("中山市第一中学", "贡山县第一中学")),
        "{:?}",
        net.pairs()
    );
}

/// The writer's school's teaching groups: 我们数学组 and 我们学校物理组 are the writer's school's,
/// a group named by the partner's teacher who leads it (中山一中王磊老师带的数学组) is the partner's,
/// and a short form of a school written in full before keeps its full name with a group after it.
#[test]
fn an_essays_teaching_groups_pair_at_group_level() {
    let text = format!(
        "{ESSAY}    中山一中王磊老师带的数学组和我们数学组结了对子。\n    中山一中物理组也和我们学校物理组结了对子。\n"
    );
    let net = extract(&text);
    let pairs = net.pairs();
    for want in [
        ("中山市第一中学数学组", "贡山县第一中学数学组"),
        ("中山市第一中学物理组", "贡山县第一中学物理组"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    assert!(!pairs.iter().any(|(_, r)| *r == "学校物理组"), "{pairs:?}");
}

/// A report's 我校 with a teaching group after it is the author's group.
#[test]
fn our_schools_teaching_group_is_the_authors() {
    let pairs = extract(
        "贡山县第一中学2024年对口帮扶工作总结\n中山市第一中学英语组与我校英语教研组结成对子。\n",
    )
    .pairs()
    .into_iter()
    .map(|(s, r)| (s.to_owned(), r.to_owned()))
    .collect::<Vec<_>>();
    assert_eq!(
        pairs,
        [(
            "中山市第一中学英语组".to_owned(),
            "贡山县第一中学英语教研组".to_owned()
        )]
    );
}
