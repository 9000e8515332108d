//! Bodies that pair with their peers below the level of places: mass organisations (妇联, 科协,
//! 总工会), whose short kind word is written out in every name (珠海市妇联 → 珠海市妇女联合会),
//! and technical bureaus (气象局, 气象台, 水利局, 商务局), whose news pages name them in the
//! source field and write 我局 for themselves. Also: 双方 after a pair signs for that pair, not
//! for the sentence's first name; 即墨区 keeps its 即; 输送 opens no name.

use duikou_model::extract;

mod common;

use common::assert_has;

const FEDERATION_NEWS: &str = "首页 > 妇联动态 > 东西部协作
发布时间：2025-10-09 09:12　　来源：泸水市妇联　　浏览：566次
10月8日，厦门市思明区妇女联合会一行来泸水市考察巾帼协作工作。
厦门市对口帮扶怒江州以来，厦门市妇联与怒江州妇联建立了协作关系；2024年，思明区妇联与我市妇联签订结对帮扶协议。思明区鹭江街道妇联与我市六库镇妇联结对。
今年共输送泸水市妇女到厦门市务工就业52人。
";

#[test]
fn a_federation_s_short_names_are_written_out_and_its_own_pronoun_resolves() {
    let net = extract(FEDERATION_NEWS);
    assert_eq!(net.author.as_deref(), Some("泸水市妇女联合会"));
    let pairs = common::pairs(FEDERATION_NEWS);
    for want in [
        // 怒江州 is written whole.
        ("厦门市妇女联合会", "怒江傈僳族自治州妇女联合会"),
        // 我市妇联 is the author's city's federation.
        ("思明区妇女联合会", "泸水市妇女联合会"),
        // A town's federation after the pronoun (我市六库镇妇联).
        ("思明区鹭江街道妇女联合会", "泸水市六库镇妇女联合会"),
    ] {
        assert_has(&pairs, want);
    }
    assert!(
        pairs
            .iter()
            .all(|(s, r)| !s.contains("妇联") && !r.contains("妇联")),
        "short forms left: {pairs:?}"
    );
    // 输送泸水市妇女: the verb is no part of the county's name.
    assert!(
        pairs
            .iter()
            .all(|(s, r)| !s.starts_with("输送") && !r.starts_with("输送"))
    );
}

const SCIENCE_SLIDES: &str = "—— 幻灯片 3 ——
结对关系
● 市级：泉州市科协 ↔ 临夏州科协，签订科技协作协议
● 县级：晋江市科协与广河县科协结对，南安市科协与康乐县科协结对
";

#[test]
fn science_associations_pair_under_their_full_names() {
    let pairs = common::pairs(SCIENCE_SLIDES);
    assert_has(&pairs, ("晋江市科学技术协会", "广河县科学技术协会"));
    assert_has(&pairs, ("南安市科学技术协会", "康乐县科学技术协会"));
}

const WEATHER_NEWS: &str = "首页 > 新闻中心 > 援藏动态
发布时间：2025-07-02 11:05　来源：林芝市气象局　字号：【大 中 小】
在广东省对口支援林芝市的框架下，广东省气象局自2017年起对口支援我局，双方每年签订合作协议。
深圳市气象局与巴宜区气象局结对，珠海市气象台与林芝市气象台签订了预报业务结对协议。
";

#[test]
fn a_weather_bureau_s_source_field_makes_it_the_author_of_its_news() {
    let net = extract(WEATHER_NEWS);
    assert_eq!(net.author.as_deref(), Some("林芝市气象局"));
    let pairs = common::pairs(WEATHER_NEWS);
    for want in [
        ("广东省气象局", "林芝市气象局"),
        ("深圳市气象局", "巴宜区气象局"),
        ("珠海市气象台", "林芝市气象台"),
    ] {
        assert_has(&pairs, want);
    }
    // 双方 after "A对口支援我局" is A and the bureau, not the province the sentence opens with.
    assert!(
        pairs
            .iter()
            .all(|(s, r)| r != "林芝市气象局" || s == "广东省气象局"),
        "{pairs:?}"
    );
}

const COMMERCE_REPORT: &str = "烟台市商务局关于东西部协作工作情况的汇报
烟台市与甘肃省陇南市开展东西部协作以来，我局与陇南市商务局建立了局际结对关系，今年3月双方续签《电商协作帮扶协议》。
即墨区商务局与文县商务局结对。
";

#[test]
fn both_sides_renewing_are_the_pair_named_before() {
    let pairs = common::pairs(COMMERCE_REPORT);
    assert_has(&pairs, ("烟台市商务局", "陇南市商务局"));
    assert_has(&pairs, ("即墨区商务局", "文县商务局"));
    // 双方 is the two bureaus, not the city the sentence opens with.
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| s == "烟台市" && r == "陇南市商务局"),
        "{pairs:?}"
    );
}

/// A province's forestry bureau: its 林草局 short form written out, a prefecture's declared
/// short form inside a bureau's declared one (阿克苏林草局 of 阿克苏地区林业和草原局), a state forest
/// farm (林场) in a 分别 list, 落实 before the province, and seedlings given with their value as
/// a second entry of theirs.
const FORESTRY_SUMMARY: &str = "甘肃省林业和草原局2024年生态援疆工作总结
　　2024年，我局认真落实甘肃省对口支援新疆哈密市（以下简称哈密）的部署，对口支援哈密林业和草原局（以下简称哈密林草局）。
　　兴隆山机械林场、兰州市林业和草原局、天水市林业和草原局分别对口帮扶伊州区林草局、巴里坤县林草局和伊吾县林草局。
1. 我局向哈密林草局捐赠新疆杨、沙枣等抗旱苗木共计9.6万株，价值约48万元。
2. 接收哈密林草局技术人员5名到我局跟岗学习。
";

#[test]
fn a_forestry_bureau_pairs_under_full_names_and_gives_seedlings() {
    let net = extract(FORESTRY_SUMMARY);
    assert_eq!(net.author.as_deref(), Some("甘肃省林业和草原局"));
    let pairs = common::pairs(FORESTRY_SUMMARY);
    for want in [
        ("甘肃省", "哈密市"),
        ("甘肃省林业和草原局", "哈密市林业和草原局"),
        ("兴隆山机械林场", "伊州区林业和草原局"),
        ("兰州市林业和草原局", "巴里坤县林业和草原局"),
        ("天水市林业和草原局", "伊吾县林业和草原局"),
    ] {
        assert_has(&pairs, want);
    }
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| s.contains("落实") || r.contains("林草局")),
        "{pairs:?}"
    );
    let seedlings: Vec<(String, String)> = net
        .contributions
        .iter()
        .filter(|c| c.activity.as_deref() == Some("seedlings_donated"))
        .map(|c| (c.value.to_string(), c.unit.clone()))
        .collect();
    assert_eq!(
        seedlings,
        [
            ("96000".to_owned(), "株".to_owned()),
            ("480000".to_owned(), "元".to_owned())
        ]
    );
}

const ASSOCIATION_NOTICE: &str = "首页 > 公示公告
佛山市红十字会2025年对口帮扶项目执行情况公示
发布时间：2025-12-02　来源：佛山市红十字会办公室
佛山市与凉山州开展东西部协作以来，我会与布拖县红十字会、金阳县红十字会签订结对帮扶协议。
一、本年度我会向布拖县红十字会拨付博爱家园项目资金45万元。
二、我会同市应急管理局在金阳县举办救护员培训班3期。
";

const I_WILL: &str = "支教日记（十二）
今天是到昭觉县民族中学的第九十天。晚上备完课，我想，下学期我会继续带初二的两个班。
";

#[test]
fn an_association_s_we_is_the_association_and_elsewhere_it_is_i_will() {
    let net = extract(ASSOCIATION_NOTICE);
    // Its general office publishes the page for the society.
    assert_eq!(net.author.as_deref(), Some("佛山市红十字会"));
    let pairs = common::pairs(ASSOCIATION_NOTICE);
    for want in [
        ("佛山市红十字会", "布拖县红十字会"),
        ("佛山市红十字会", "金阳县红十字会"),
    ] {
        assert_has(&pairs, want);
    }
    let money = net
        .contributions
        .iter()
        .find(|c| c.unit == "元")
        .expect("the 博爱家园 money");
    assert_eq!(money.supporter.as_deref(), Some("佛山市红十字会"));
    // 我会同X is "together with X": no name 我会 of its own is read there.
    assert!(
        net.institutions
            .iter()
            .all(|i| !i.name.starts_with("我会") && !i.name.contains("红十字会同")),
        "{:?}",
        net.institutions
    );
    // Without an association in the head, 我会 is "I will": no author comes of it.
    let diary = extract(I_WILL);
    assert_eq!(diary.author, None);
    assert!(common::pairs(I_WILL).is_empty());
}

const COOPERATIVE_CIRCULAR: &str = "浙江省供销合作社联合社
关于2025年浙川东西部协作消费帮扶工作情况的通报
浙供发〔2026〕3号
各市供销合作社：
　　省社与广元市苍溪县供销合作社、旺苍县供销合作社建立结对帮扶关系;剑阁县供销合作社
则由湖州市供销合作社负责结对帮扶。
　　全年省社系统采购受援县农产品共计6,000万元，分县情况如下：
序号	受援县	采购金额（万元）	主要品类
1	苍溪县	3,200	猕猴桃
2	旺苍县	2,800	黄茶
　　湖州市供销合作社为剑阁县供销合作社援建农产品冷链中心，出资60万元。省社与四县供销社签订长期采购协议。

浙江省供销合作社联合社
2026年1月20日
";

#[test]
fn a_cooperative_federation_signs_its_circular_and_calls_itself_by_its_level() {
    let net = extract(COOPERATIVE_CIRCULAR);
    // The letterhead comes back as the signature: the issuer, though no 我社 is written.
    assert_eq!(net.author.as_deref(), Some("浙江省供销合作社联合社"));
    let pairs = common::pairs(COOPERATIVE_CIRCULAR);
    for want in [
        // 省社 is the federation itself.
        ("浙江省供销合作社联合社", "苍溪县供销合作社"),
        ("浙江省供销合作社联合社", "旺苍县供销合作社"),
        // A city's cooperative: a place and its work before 社.
        ("湖州市供销合作社", "剑阁县供销合作社"),
    ] {
        assert_has(&pairs, want);
    }
    // The cold-chain centre is built, no party; 四县供销社 counts counties, naming none.
    assert!(
        pairs
            .iter()
            .all(|(_, r)| !r.ends_with("冷链中心") && !r.starts_with("四县")),
        "{pairs:?}"
    );
    // Purchases are trade: the table's 采购金额 column gives no money.
    let money: Vec<String> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "元")
        .map(|c| c.value.to_string())
        .collect();
    assert_eq!(money, ["600000"]);
}

const LEGAL_AID_REPORT: &str = "杭州市司法局关于法律援川工作情况的汇报
　　杭州市对口支援苍溪县以来，杭州市律师协会与苍溪县法律援助中心结成帮扶对子。白驿镇司法所的帮扶则由杭州市西湖区司法局负责。
";

#[test]
fn associations_legal_aid_centres_and_town_stations_are_names() {
    let pairs = common::pairs(LEGAL_AID_REPORT);
    // 援助 ends names elsewhere, not inside a legal aid centre's.
    assert_has(&pairs, ("杭州市律师协会", "苍溪县法律援助中心"));
    // A town's station helped in the one county the text helps is that county's.
    assert_has(&pairs, ("杭州市西湖区司法局", "苍溪县白驿镇司法所"));
}

const TOURISM_SUMMARY: &str = "大连市文化和旅游局
2025年文旅援藏工作总结
　　2025年，我局扎实推进大连市对口支援西藏那曲市双湖县的文旅援藏工作。
一、结对关系
　　今年4月，我局与双湖县文化和旅游局续签结对帮扶协议。大连老虎滩海洋公园风景区与双湖县普若岗日冰川景区签订景区结对协议。
二、人才培训
　　在大连举办导游培训班2期，培训双湖县导游40人;选派业务骨干3名赴双湖县文化和旅游局挂职。
　　明年，我局计划推动大连市图书馆与双湖县图书馆开展结对。全县A级景区达到3家。
";

#[test]
fn a_bureau_of_a_supporting_city_supports_and_scenic_areas_pair() {
    let net = extract(TOURISM_SUMMARY);
    assert_eq!(net.author.as_deref(), Some("大连市文化和旅游局"));
    let pairs = common::pairs(TOURISM_SUMMARY);
    for want in [
        // Its city supports (大连市 → 双湖县): the agreement 我局与X续签 is oriented so, though
        // the report says 受援 more often than 支教.
        ("大连市文化和旅游局", "双湖县文化和旅游局"),
        ("大连老虎滩海洋公园风景区", "双湖县普若岗日冰川景区"),
    ] {
        assert_has(&pairs, want);
    }
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| s.starts_with("双湖县") && r.starts_with("大连")),
        "{pairs:?}"
    );
    // The county trained in the sentence does not send the cadres to its own bureau.
    assert!(!pairs.iter().any(|(s, _)| s == "双湖县"), "{pairs:?}");
    // A ranked count of scenic areas names none; a planned pairing is not actual.
    assert!(net.institutions.iter().all(|i| !i.name.contains("A级")));
    let library = net
        .relations
        .iter()
        .find(|r| r.recipient == "双湖县图书馆")
        .expect("the planned library pairing");
    assert_eq!(library.status, duikou_model::Status::Planned);
}

const PARTY_SCHOOL: &str = "中共威海市委党校
2025年对口援藏干部培训工作总结
　　2025年，市委党校与中共昂仁县委党校签订《校校结对协议》。全年选派4名教师赴昂仁县委党校送教。
　　市委党校按照威海市对口支援日喀则市的部署，与中共萨迦县委党校深化“校校结对”。
";

#[test]
fn party_schools_are_named_with_their_party() {
    let net = extract(PARTY_SCHOOL);
    assert_eq!(net.author.as_deref(), Some("中共威海市委党校"));
    let pairs = common::pairs(PARTY_SCHOOL);
    // 市委党校 is the author; the school written without 中共 is the one written with it.
    assert_has(&pairs, ("中共威海市委党校", "中共昂仁县委党校"));
    // After the plan it follows, the clause's 与 names the partner: 中共 is part of the name
    // written, not a word before it.
    assert_has(&pairs, ("中共威海市委党校", "中共萨迦县委党校"));
    assert!(
        pairs
            .iter()
            .filter(|(s, _)| s.ends_with("党校"))
            .all(|(s, r)| s.starts_with("中共") && r.starts_with("中共")),
        "{pairs:?}"
    );
}

const TAX_NEWS_LIST: &str = "国家税务总局绍兴市税务局
首页 > 新闻动态 > 工作动态
越城区税务局与皋兰县税务局水阜税务分局结对
发布时间：2025-05-12 09:30　　来源：越城区税务局
5月10日，国家税务总局绍兴市越城区税务局与国家税务总局皋兰县税务局水阜税务分局签订结对帮扶协议。
我局选派干部赴皋兰县税务局挂职
发布时间：2025-04-02 10:00　　来源：人事处
按照工作安排，我局与国家税务总局皋兰县税务局建立结对帮扶关系，今年选派2名干部赴皋兰县税务局挂职。
";

#[test]
fn a_bureau_s_site_owns_its_news_and_short_bureau_names_are_completed() {
    let net = extract(TAX_NEWS_LIST);
    // The site's name over its breadcrumb, which the items call 我局.
    assert_eq!(net.author.as_deref(), Some("国家税务总局绍兴市税务局"));
    let pairs = common::pairs(TAX_NEWS_LIST);
    for want in [
        ("国家税务总局绍兴市税务局", "国家税务总局皋兰县税务局"),
        // A branch written after its bureau is one name.
        (
            "国家税务总局绍兴市越城区税务局",
            "国家税务总局皋兰县税务局水阜税务分局",
        ),
    ] {
        assert_has(&pairs, want);
    }
    // 皋兰县税务局 written short is the administration's bureau written in full.
    assert!(
        net.institutions.iter().all(|i| i.name != "皋兰县税务局"),
        "{:?}",
        net.institutions.iter().map(|i| &i.name).collect::<Vec<_>>()
    );
}

const BANNER_LEDGER: &str = "察右后旗乡村振兴局2025年京蒙协作村企结对帮扶台账
北京市昌平区自2021年起与我旗开展京蒙东西部协作结对帮扶。
序号	帮扶方	受援方	结对时间	帮扶内容	投入（万元）
1	北京鑫源食品有限公司	白音察干镇十八洞沟村	2022.5	援建冷库一座	60
2	昌平区南口镇	贲红镇	2021.5	镇镇结对；援建培训室	30
3	北京通达物流有限公司	乌兰哈达苏木三元井嘎查	2023.9	援建电商服务站	25
4	昌平区小汤山镇	红格尔图镇	（空）	与红格尔图镇对接中	
合计					115
";

#[test]
fn a_banner_s_ledger_pairs_villages_and_townships_under_the_banner() {
    let net = extract(BANNER_LEDGER);
    let pairs = common::pairs(BANNER_LEDGER);
    for want in [
        // 我旗 is the banner: the city's district pairs with it.
        ("北京市昌平区", "察右后旗"),
        // Villages under their town, a 嘎查 under its 苏木, all of the banner; 十八洞沟,
        // 三元井 hold numerals and are names.
        ("北京鑫源食品有限公司", "察右后旗白音察干镇十八洞沟村"),
        ("昌平区南口镇", "察右后旗贲红镇"),
        ("北京通达物流有限公司", "察右后旗乌兰哈达苏木三元井嘎查"),
    ] {
        assert_has(&pairs, want);
    }
    // The ledger's title is a line of its own, not the subject of the first sentence.
    assert!(
        !pairs.iter().any(|(s, _)| s == "察右后旗乡村振兴局"),
        "{pairs:?}"
    );
    // A row still being negotiated (对接中) states no pair.
    assert!(
        !pairs.iter().any(|(_, r)| r.ends_with("红格尔图镇")),
        "{pairs:?}"
    );
    // The 投入 column is money given; 三元 inside a village's name is none, nor is the total.
    let mut money: Vec<String> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "元")
        .map(|c| c.value.to_string())
        .collect();
    money.sort();
    assert_eq!(money, ["250000", "300000", "600000"]);
}

const PORTAL_PAGE: &str = "衢州市人民政府门户网站
首页 > 政务公开 > 领导活动
市长赴阿坝州调研东西部协作
发布时间：2025-07-02 17:00　来源：市政府办公室
7月1日，市长率队赴我市结对帮扶的阿坝州九寨沟县，察看协作项目。今年以来，我市已拨付东西部协作资金8000万元。
";

#[test]
fn a_government_portal_is_its_government_s_and_a_relative_clause_of_its_own_help_pairs() {
    let net = extract(PORTAL_PAGE);
    // The portal's name over its breadcrumb, the site's own word left off.
    assert_eq!(net.author.as_deref(), Some("衢州市人民政府"));
    let pairs = common::pairs(PORTAL_PAGE);
    // 赴我市结对帮扶的X: the pronoun before the verb helps the unit after 的.
    assert_has(&pairs, ("衢州市", "九寨沟县"));
}

#[test]
fn a_bureau_of_natural_resources_and_planning_is_one_name() {
    let pairs = common::pairs(
        "淄博市自然资源和规划局与伽师县自然资源局签订局际结对协议，今年向该局拨付工作经费30万元。",
    );
    assert_has(&pairs, ("淄博市自然资源和规划局", "伽师县自然资源局"));
}

#[test]
fn an_academy_s_institute_written_short_is_the_one_named_in_full() {
    let text = "甲省农业科学院科技援疆工作总结
1.蔬菜研究所结对玛纳斯县。
甲省农业科学院蔬菜研究所与玛纳斯县农业技术推广中心结成帮扶对子，派出专家2人驻点指导。
";
    let pairs = common::pairs(text);
    assert_has(
        &pairs,
        ("甲省农业科学院蔬菜研究所", "玛纳斯县农业技术推广中心"),
    );
    // The heading's short form is the same institute, no second party.
    assert!(pairs.iter().all(|(s, _)| s != "蔬菜研究所"), "{pairs:?}");
}

/// Professional societies (…护理学会, …医学会) are institutions that pair with their
/// counterparts; a verb of taking in (吸纳) ends the name before the member it takes.
#[test]
fn professional_societies_pair_and_a_member_taken_in_keeps_its_name() {
    let text = "江西省医学会援疆工作总结
　　江西省医学会与克孜勒苏柯尔克孜自治州医学会续签继续教育帮扶协议。江西省护理学会与阿图什市护理学会结成帮扶对子。
　　南昌大学第一附属医院牵头的江西省重症护理专科联盟吸纳阿克陶县人民医院为成员单位，并与该院结成帮扶对子。";
    let pairs = common::pairs(text);
    for want in [
        ("江西省医学会", "克孜勒苏柯尔克孜自治州医学会"),
        ("江西省护理学会", "阿图什市护理学会"),
        ("南昌大学第一附属医院", "阿克陶县人民医院"),
    ] {
        assert_has(&pairs, want);
    }
    // 学会 alone is "learnt": no name.
    assert!(
        common::pairs("乙县教师学会了使用智慧黑板，甲中学对口支援乙县中学。")
            .iter()
            .all(|(s, _)| s == "甲中学")
    );
}

/// Social work: a town's 社会工作服务站, an agency's 社工事务所 and welfare homes (…福利院) are
/// names that pair at unit level.
#[test]
fn social_work_stations_and_welfare_homes_are_names() {
    let text = "泰州市民政局东西部协作工作总结
　　泰州市社会福利院与安康市儿童福利院结成院际帮扶对子。泰州市仁爱社工事务所与旬阳县蜀河镇社会工作服务站结对。";
    let pairs = common::pairs(text);
    for want in [
        ("泰州市社会福利院", "安康市儿童福利院"),
        ("泰州市仁爱社工事务所", "旬阳县蜀河镇社会工作服务站"),
    ] {
        assert_has(&pairs, want);
    }
}
