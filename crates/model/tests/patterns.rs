//! Pattern tests written as data: one row per sentence shape of the genre.

use duikou_model::{ContributionKind as K, Status, extract};

/// A (supporter, recipient) pair as the contract prints it (`None`: unresolved 我局).
type Pair = (Option<&'static str>, &'static str);

/// (text, expected actual pairs).
const RELATIONS: &[(&str, &[Pair])] = &[
    // X与Y举行…签约仪式: a ceremony of the agreement states the pair; a meeting does not.
    (
        "近日，四川大学华西医院与甘孜藏族自治州人民医院举行对口帮扶签约仪式。",
        &[(Some("四川大学华西医院"), "甘孜藏族自治州人民医院")],
    ),
    ("成都市与阿坝藏族羌族自治州举行工作座谈会。", &[]),
    // X与Y开展定点帮扶 / 开展对口帮扶: a pairing, oriented like the others.
    (
        "华中农业大学与湖北省恩施州建始县开展定点帮扶。",
        &[(Some("华中农业大学"), "建始县")],
    ),
    // X对口支援Y
    (
        "厦门大学对口支援宁夏大学。",
        &[(Some("厦门大学"), "宁夏大学")],
    ),
    // abbreviations resolve to canonical names
    (
        "北师大继续对口支援喀什大学。",
        &[(Some("北京师范大学"), "喀什大学")],
    ),
    // a list of supporters before the verb
    (
        "教育部确定四川大学、中南大学和山东大学三所院校对口支援西藏大学。",
        &[
            (Some("中南大学"), "西藏大学"),
            (Some("四川大学"), "西藏大学"),
            (Some("山东大学"), "西藏大学"),
        ],
    ),
    // 确定X、Y为Z的对口支援高校
    (
        "经研究，确定复旦大学、同济大学为延安大学的对口支援高校。",
        &[
            (Some("同济大学"), "延安大学"),
            (Some("复旦大学"), "延安大学"),
        ],
    ),
    // Role nouns: a supporter's noun (支援高校, 帮扶单位) names who gives, a recipient's noun
    // (受援高校, 援建对象) names who receives, with the list after it or a copula before it.
    (
        "塔里木大学的对口支援高校有：浙江大学、华中科技大学。",
        &[
            (Some("华中科技大学"), "塔里木大学"),
            (Some("浙江大学"), "塔里木大学"),
        ],
    ),
    (
        "宁夏医科大学是北京协和医学院的受援高校。",
        &[(Some("北京协和医学院"), "宁夏医科大学")],
    ),
    (
        "南开大学、天津大学均为新疆大学的支援高校。",
        &[
            (Some("南开大学"), "新疆大学"),
            (Some("天津大学"), "新疆大学"),
        ],
    ),
    (
        "长安大学的帮扶对象包括商洛学院和安康学院。",
        &[
            (Some("长安大学"), "商洛学院"),
            (Some("长安大学"), "安康学院"),
        ],
    ),
    // a plan named by the noun is no pair, nor a negated one
    ("西南大学的支援方案由教育部审定。", &[]),
    (
        "昌吉学院目前没有受援高校以外的合作单位，也不是任何高校的支援单位。",
        &[],
    ),
    // A ceremony named as a noun after its verb, the supporter's short form between the two.
    (
        "今天，我们在这里隆重举行中山大学（以下简称“中大”）与喀什大学对口支援协议签约仪式。",
        &[(Some("中山大学"), "喀什大学")],
    ),
    // …and a ceremony of no help pairs no one.
    (
        "上午，学校隆重举行中山大学与喀什大学战略合作签约仪式。",
        &[],
    ),
    // A 医学科 listed after a department (…心血管内科、重症医学科) is a department too.
    (
        "四川大学华西医院心血管内科、重症医学科分别与甘孜藏族自治州人民医院心内科、重症医学科结成帮扶对子。",
        &[
            (
                Some("四川大学华西医院心血管内科"),
                "甘孜藏族自治州人民医院心内科",
            ),
            (
                Some("四川大学华西医院重症医学科"),
                "甘孜藏族自治州人民医院重症医学科",
            ),
        ],
    ),
    // X对Y的帮扶/支援 as a noun (…力度, …工作): the help is X's, to Y.
    (
        "天津市对黄南藏族自治州的帮扶力度持续加大。",
        &[(Some("天津市"), "黄南藏族自治州")],
    ),
    (
        "省委充分肯定了深圳市对喀什地区的大力支援工作。",
        &[(Some("深圳市"), "喀什地区")],
    ),
    // 县医院 for the one county hospital the text names in full, with its departments (外科
    // of one character too).
    (
        "青岛大学附属医院与南木林县人民医院结成帮扶对子。青岛大学附属医院普外科、麻醉科分别对口帮扶县医院外科、麻醉科。",
        &[
            (Some("青岛大学附属医院"), "南木林县人民医院"),
            (Some("青岛大学附属医院普外科"), "南木林县人民医院外科"),
            (Some("青岛大学附属医院麻醉科"), "南木林县人民医院麻醉科"),
        ],
    ),
    // People a hospital sends to the place of the hospital it helps (a county written under its
    // region) evidence no second pair with the place.
    (
        "青岛大学附属医院对口帮扶南木林县人民医院。2019年8月，青岛大学附属医院第一批5名医疗队员抵达西藏日喀则市南木林县。",
        &[(Some("青岛大学附属医院"), "南木林县人民医院")],
    ),
    // A clause after a semicolon that opens with 与 has the subject of the clauses before it.
    (
        "浙江大学对口支援贵州大学：浙江大学每年选派教师10名；并与贵州民族大学建立对口帮扶关系。",
        &[
            (Some("浙江大学"), "贵州大学"),
            (Some("浙江大学"), "贵州民族大学"),
        ],
    ),
    // X对Y进行…支援
    (
        "多年来，武汉大学对塔里木大学进行了全方位的对口支援。",
        &[(Some("武汉大学"), "塔里木大学")],
    ),
    // X与Y签订…协议
    (
        "5月，天津大学与青海大学签订了为期三年的对口支援协议。",
        &[(Some("天津大学"), "青海大学")],
    ),
    // dispatch: 选派…到Y支教
    (
        "苏州大学选派8名教师到和田师范专科学校支教。",
        &[(Some("苏州大学"), "和田师范专科学校")],
    ),
    // hosted study reverses the direction: the host supports the sender
    (
        "喀什大学选派两名干部前往浙江大学挂职学习。",
        &[(Some("浙江大学"), "喀什大学")],
    ),
    // student placement: 接收Y…学生
    (
        "温江中学接收理县学生20名插班就读。",
        &[(Some("温江中学"), "理县")],
    ),
    // a list of pairs in one sentence does not chain recipients into supporters
    (
        "南开大学继续对口支援新疆大学，吉林大学继续对口支援昌吉学院。",
        &[
            (Some("南开大学"), "新疆大学"),
            (Some("吉林大学"), "昌吉学院"),
        ],
    ),
    // negation: nothing
    ("武汉大学虽然没有支援我校的任务，但表示愿意合作。", &[]),
    // requests are not actual relations
    ("希望南京大学继续对口支援我校。", &[]),
    // a place after 赴 is not the supporter
    (
        "以同济大学附属医院为主体的医疗队赴浦东新区支援上海方舱医院。",
        &[(Some("同济大学附属医院"), "上海方舱医院")],
    ),
    // an unresolved self-pronoun prints as null
    ("今年我局继续对口支援理县。", &[(None, "理县")]),
    // generic names keep their place prefix (江西省人民医院 is not any 人民医院)
    (
        "江西省人民医院对口支援阿合奇县人民医院。",
        &[(Some("江西省人民医院"), "阿合奇县人民医院")],
    ),
    (
        "德阳市第一中学与乡城县第二中学结对。",
        &[(Some("德阳市第一中学"), "乡城县第二中学")],
    ),
    // a team: lead (牵头) and members (参与) all support the recipient; 按照X is no subject
    (
        "按照江西省对口援疆前方指挥部的统一安排，由南昌大学第一附属医院牵头，赣南医学院附属医院、江西省人民医院参与，组建医疗队对口支援克州人民医院。",
        &[
            (Some("南昌大学第一附属医院"), "克州人民医院"),
            (Some("江西省人民医院"), "克州人民医院"),
            (Some("赣南医学院附属医院"), "克州人民医院"),
        ],
    ),
    // 以X为组长单位，联合Y帮扶R
    (
        "以南昌大学第一附属医院为组长单位，联合南昌大学医学部组团帮扶阿合奇县人民医院。",
        &[
            (Some("南昌大学医学部"), "阿合奇县人民医院"),
            (Some("南昌大学第一附属医院"), "阿合奇县人民医院"),
        ],
    ),
    // 得到X、Y和Z三所高校的支援: the whole list
    (
        "喀什大学先后得到华中师范大学、北京师范大学和南京大学三所高校的支援。",
        &[
            (Some("北京师范大学"), "喀什大学"),
            (Some("华中师范大学"), "喀什大学"),
            (Some("南京大学"), "喀什大学"),
        ],
    ),
    // 增列X为R第三所支援高校
    (
        "2016年，教育部增列南京大学为喀什大学第三所支援高校。",
        &[(Some("南京大学"), "喀什大学")],
    ),
    // unit-level pairs: 结成学院对子, 开展学科共建, a unit name with 与
    (
        "东北师范大学文学院与伊犁师范大学中国语言文学学院结成学院对子。",
        &[(Some("东北师范大学文学院"), "伊犁师范大学中国语言文学学院")],
    ),
    (
        "南京大学文学院与喀什大学人文学院开展学科共建。",
        &[(Some("南京大学文学院"), "喀什大学人文学院")],
    ),
    (
        "伊犁师范大学对口支援工作总结\n华东师范大学数学科学学院对口支援我校数学与统计学院。",
        &[(
            Some("华东师范大学数学科学学院"),
            "伊犁师范大学数学与统计学院",
        )],
    ),
    // a post taken at R: 挂职R副校长; a bare 学院 after 分别任 is a unit, not a party
    (
        "德阳市第五中学校长张卫东挂职乡城县第二中学副校长。",
        &[(Some("德阳市第五中学"), "乡城县第二中学")],
    ),
    (
        "浙江大学选派一名干部任塔里木大学副校长，东北师大选派2名教授分别任动物科学学院、教育科学学院副院长。",
        // the 学院 are units of the recipient in context, not parties of their own
        &[
            (Some("东北师范大学"), "塔里木大学"),
            (Some("浙江大学"), "塔里木大学"),
        ],
    ),
    // a team moving in: 抽调…进驻R
    (
        "南昌大学第一附属医院援疆医疗队抽调28名队员连夜进驻阿图什市方舱医院。",
        &[(Some("南昌大学第一附属医院"), "阿图什市方舱医院")],
    ),
    // going to a place to study names no host
    ("乡城县教育局选派12名校长赴德阳市跟岗学习。", &[]),
    // 我县 in a recipient bureau's report is the county
    (
        "乡城县教育局关于受援工作情况的报告\n德阳市第一中学接收我县初中毕业生40名插班就读。",
        &[(Some("德阳市第一中学"), "乡城县")],
    ),
    // X为R援助…: the recipient right before the verb
    (
        "江西省人民医院为阿合奇县人民医院援助便携式超声等设备12台。",
        &[(Some("江西省人民医院"), "阿合奇县人民医院")],
    ),
    // 结对 as a modifier (明确了结对学校) pairs no one
    (
        "德阳市教育局来乡城调研，与乡城县教育局共同制定了工作计划，明确了结对学校、支教人数。",
        &[],
    ),
    // people sent by a named supporter to the author evidence a relation of that pair
    (
        "克州人民医院援疆工作总结\n南昌大学医学部对口支援阿合奇县人民医院。南昌大学医学部派出4名教师到我院负责临床教学。",
        &[
            (Some("南昌大学医学部"), "克州人民医院"),
            (Some("南昌大学医学部"), "阿合奇县人民医院"),
        ],
    ),
    // …but a unit-level pair stays unit-level
    (
        "喀什大学对口支援工作总结\n北京师范大学教育学部对口支援我校教育学院。北京师范大学教育学部派出2名教授任我校教育学院副院长。",
        &[(Some("北京师范大学教育学部"), "喀什大学教育学院")],
    ),
    // passive wording: 受X对口支援, 由X、Y对口支援, 在X的大力帮助下, 得到X的大力支持
    (
        "石河子大学受北京大学对口支援已有二十年。",
        &[(Some("北京大学"), "石河子大学")],
    ),
    (
        "2010年起，新疆大学由北京大学、清华大学对口支援。",
        &[
            (Some("北京大学"), "新疆大学"),
            (Some("清华大学"), "新疆大学"),
        ],
    ),
    (
        "在北京大学的大力帮助下，石河子大学建成了临床技能中心。",
        &[(Some("北京大学"), "石河子大学")],
    ),
    (
        "新疆大学得到北京大学的大力支持。",
        &[(Some("北京大学"), "新疆大学")],
    ),
    // 受X委托 is no help
    ("受成都市教育局委托，树德中学开展培训。", &[]),
    // apposition: Y的对口支援高校X
    (
        "新疆大学的对口支援高校北京大学今年派出10名教师。",
        &[(Some("北京大学"), "新疆大学")],
    ),
    // a list with 等 and a count
    (
        "北京大学、清华大学等5所高校对口支援新疆大学。",
        &[
            (Some("北京大学"), "新疆大学"),
            (Some("清华大学"), "新疆大学"),
        ],
    ),
    // venues, models and requests give no pair
    (
        "全国对口支援工作会议在北京大学召开，新疆大学介绍了经验。",
        &[],
    ),
    ("宁夏大学学习借鉴了厦门大学对口支援工作的经验。", &[]),
    ("希望北京大学对口支援西藏大学。", &[]),
    ("北京大学尚未对口支援西藏大学。", &[]),
    // 该校/该院 take the institution named before; a unit after them keeps it
    (
        "青海大学对口支援工作总结\n西南大学对口支援我校。今年我校赴西南大学学习，我校动物科学学院与该校动物科学技术学院签订了学科共建协议。",
        &[
            (Some("西南大学"), "青海大学"),
            (Some("西南大学动物科学技术学院"), "青海大学动物科学学院"),
        ],
    ),
    // 该院 after the author's 我院 is the other hospital, not the subject of the sentence
    // before; departments after 该院 are its departments, listed ones too
    (
        "六安市人民医院对口帮扶工作总结\n六安市人民医院（以下简称“我院”）托管霍山县人民医院。我院普外科、骨科分别对口帮扶该院外科和骨科。",
        &[
            (Some("六安市人民医院"), "霍山县人民医院"),
            (Some("六安市人民医院普外科"), "霍山县人民医院外科"),
            (Some("六安市人民医院骨科"), "霍山县人民医院骨科"),
        ],
    ),
    // 里 inside a district's name (湖里区) does not end it, so the lists keep their order
    (
        "湖里区、同安区分别帮扶临潭县和卓尼县。",
        &[(Some("同安区"), "卓尼县"), (Some("湖里区"), "临潭县")],
    ),
    // a school written again without its place is the school named in full before; 派出单位
    // ends no name, and two schools whose characters merely share an order stay apart
    (
        "我的派出单位是宁波市鄞州区东湖实验中学。派出单位东湖实验中学与莎车县第二中学结为帮扶学校。江苏省苏州中学与苏州市第十中学另行结对。",
        &[
            (Some("宁波市鄞州区东湖实验中学"), "莎车县第二中学"),
            (Some("江苏省苏州中学"), "苏州市第十中学"),
        ],
    ),
    // 我院X科与Y医院Z科: the author's department ends before 与
    (
        "六安市人民医院对口帮扶工作总结\n我院重症医学科与岳西县医院重症医学科结成帮扶对子。",
        &[(Some("六安市人民医院重症医学科"), "岳西县医院重症医学科")],
    ),
    // 系 of a university, 与 inside a unit name
    (
        "浙江大学化学系与贵州大学化学与化工学院共建重点实验室。",
        &[(Some("浙江大学化学系"), "贵州大学化学与化工学院")],
    ),
    // 双 starts a place name (双流区), not only 双方
    (
        "双流区教育局对口帮扶理塘县。",
        &[(Some("双流区教育局"), "理塘县")],
    ),
    // a school keeps its city
    (
        "成都市树德中学接收理塘县学生45名插班就读。",
        &[(Some("成都市树德中学"), "理塘县")],
    ),
    // a place stands for its bureau named in the same report
    (
        "德阳市教育局对口支援乡城县。在德阳市的支援下，乡城县教育质量稳步提升。",
        &[(Some("德阳市教育局"), "乡城县")],
    ),
    // an agreement between peers that says nothing of support is no pair…
    (
        "喀什大学对口支援工作总结\n浙江大学对口支援我校。我校与新疆大学签订了学术交流合作协议。",
        &[(Some("浙江大学"), "喀什大学")],
    ),
    // …and an invited guest is no one sent
    (
        "喀什大学对口支援工作总结\n浙江大学对口支援我校。清华大学张教授应邀来我校讲学。",
        &[(Some("浙江大学"), "喀什大学")],
    ),
    // 在X等高校的支持下
    (
        "喀什大学对口支援工作总结\n在浙江大学等高校的支持下，我校新增博士点2个。",
        &[(Some("浙江大学"), "喀什大学")],
    ),
    // a name inside a program's name is no recipient; 由X对口支援 at the end of the sentence
    (
        "我校是教育部确定的对口支援西部地区高等学校计划受援高校，由厦门大学对口支援。",
        &[(Some("厦门大学"), "我校")],
    ),
    // 我区温江中学: a school named after the place is not prefixed again; 阿坝州理县 is 理县
    (
        "温江区教育局20xx年对口支援工作总结\n今年，我区继续对口支援阿坝州理县，选派支教教师15名到理县中学任教。我区温江中学与理县中学结为友好学校。",
        &[
            (Some("温江中学"), "理县中学"),
            (Some("温江区教育局"), "理县"),
        ],
    ),
    // a title inside 《》 is not a relation statement of its issuer
    (
        "按照《成都市教育局关于做好对口支援阿坝州教育工作的通知》要求开展工作。",
        &[],
    ),
    // 分别 maps two lists in order; bare units take the institution of the list
    (
        "南开大学、天津大学分别对口支援新疆大学、石河子大学。",
        &[
            (Some("南开大学"), "新疆大学"),
            (Some("天津大学"), "石河子大学"),
        ],
    ),
    (
        "同济大学土木工程学院、建筑学院分别与新疆大学建筑工程学院和艺术学院结成帮扶对子。",
        &[
            (Some("同济大学土木工程学院"), "新疆大学建筑工程学院"),
            (Some("同济大学建筑学院"), "新疆大学艺术学院"),
        ],
    ),
    (
        "宁夏大学物理学院、化学学院则分别由南京大学物理学院和南京大学化学化工学院负责帮扶。",
        &[
            (Some("南京大学物理学院"), "宁夏大学物理学院"),
            (Some("南京大学化学化工学院"), "宁夏大学化学学院"),
        ],
    ),
    // a team made of a list, and the members after 成员单位包括
    (
        "由杨浦区教育局、控江中学、延吉中学组成的帮扶团队，对口支援泸水市第一中学。",
        &[
            (Some("延吉中学"), "泸水市第一中学"),
            (Some("控江中学"), "泸水市第一中学"),
            (Some("杨浦区教育局"), "泸水市第一中学"),
        ],
    ),
    (
        "清华大学为组长单位，成员单位包括北京大学、中国人民大学，组团对口支援青海大学。",
        &[
            (Some("中国人民大学"), "青海大学"),
            (Some("北京大学"), "青海大学"),
            (Some("清华大学"), "青海大学"),
        ],
    ),
    // hospital departments pair with departments; with a whole hospital, the hospital pairs
    (
        "上海交通大学医学院附属瑞金医院重症医学科对口帮扶宁夏医科大学总医院重症医学科。",
        &[(
            Some("上海交通大学医学院附属瑞金医院重症医学科"),
            "宁夏医科大学总医院重症医学科",
        )],
    ),
    (
        "江苏省人民医院心血管内科对口帮扶甘肃省人民医院。",
        &[(Some("江苏省人民医院"), "甘肃省人民医院")],
    ),
    // latecomers and joint supporters: the sentence's subject joins
    (
        "复旦大学随后加入，与上海交通大学一道帮扶宁夏大学。",
        &[
            (Some("上海交通大学"), "宁夏大学"),
            (Some("复旦大学"), "宁夏大学"),
        ],
    ),
    (
        "四川大学继续对口支援西藏大学，并联合重庆大学共同支援西藏民族大学。",
        &[
            (Some("四川大学"), "西藏大学"),
            (Some("四川大学"), "西藏民族大学"),
            (Some("重庆大学"), "西藏民族大学"),
        ],
    ),
    (
        "南京农业大学对口支援青海大学，华中农业大学随后加入支援行列。",
        &[
            (Some("华中农业大学"), "青海大学"),
            (Some("南京农业大学"), "青海大学"),
        ],
    ),
    // round 3: districts of eastern cities and counties of western ones (东西部协作); a
    // district's school keeps its name as written
    (
        "上海市闵行区七宝中学与云南省红河州金平县第二中学结对帮扶。",
        // A county's school is known by its county (the province and prefecture stay an alias).
        &[(Some("上海市闵行区七宝中学"), "金平县第二中学")],
    ),
    // a district keeps its city; a county loses its province and prefecture
    (
        "杭州市西湖区与四川省凉山州昭觉县结对。",
        &[(Some("杭州市西湖区"), "昭觉县")],
    ),
    // a symmetric pairing written recipient first is oriented by the regions' usual sides
    (
        "金平县第一中学与闵行区第二中学结对。",
        &[(Some("闵行区第二中学"), "金平县第一中学")],
    ),
    (
        "宁波市鄞州区妇幼保健院对口帮扶贵州省黔西南州兴义市妇幼保健院。",
        &[(Some("宁波市鄞州区妇幼保健院"), "黔西南州兴义市妇幼保健院")],
    ),
    // a town inside a school's name does not cut it short
    (
        "在西湖区的帮助下，昭觉县城关镇中心小学新建了图书室。",
        &[(Some("西湖区"), "昭觉县城关镇中心小学")],
    ),
    // lists of pairs, one per line, with a dash, an arrow or a colon
    (
        "1．闵行区七宝中学—金平县第二中学",
        &[(Some("闵行区七宝中学"), "金平县第二中学")],
    ),
    (
        "2．闵行区实验小学→金平县马鞍底乡中心小学",
        &[(Some("闵行区实验小学"), "金平县马鞍底乡中心小学")],
    ),
    (
        "金平县勐拉镇中心小学：闵行区莘庄镇小学",
        &[(Some("闵行区莘庄镇小学"), "金平县勐拉镇中心小学")],
    ),
    (
        "闵行区七宝中学—金平县第二中学、闵行区实验小学—金平县第一小学。",
        &[
            (Some("闵行区七宝中学"), "金平县第二中学"),
            (Some("闵行区实验小学"), "金平县第一小学"),
        ],
    ),
    // a dash inside running text, and a colon after a role, pair no one
    ("闵行区七宝中学—金平县第二中学交流活动在金平县举行。", &[]),
    ("牵头单位：四川大学华西医院", &[]),
    // a province and its department both support; 西藏Y市 is Y市
    (
        "湖北省、湖北省教育厅对口支援西藏山南市。",
        &[(Some("湖北省"), "山南市"), (Some("湖北省教育厅"), "山南市")],
    ),
    // administrative units: libraries, offices and centres
    (
        "浙江图书馆对口帮扶阿坝州图书馆。",
        &[(Some("浙江图书馆"), "阿坝藏族羌族自治州图书馆")],
    ),
    (
        "北京市教育委员会办公室对口支援喀什地区教育信息中心。",
        &[(Some("北京市教育委员会办公室"), "喀什地区教育信息中心")],
    ),
    // a hospital of a university keeps its own name (not 北京协和医院)
    (
        "福建医科大学附属协和医院对口帮扶宁夏固原市妇幼保健院。",
        &[(Some("福建医科大学附属协和医院"), "固原市妇幼保健院")],
    ),
    // a district sends teachers; money spent on building a school
    (
        "龙湾区派出支教教师120人次到布拖县支教。",
        &[(Some("龙湾区"), "布拖县")],
    ),
    // Money put into building a school (援建) is aid to its place, no pairing with the school
    // (h52's, h74's and h106's ground truth; this row read it as a pair until session 21).
    ("鄞州区投入帮扶资金300万元援建兴义市第三小学。", &[]),
    // each school of a list pairs with the one after 与
    (
        "成都市教育局组织成都七中、石室中学等学校与雷波县中学结成帮扶对子。",
        &[
            (Some("成都七中"), "雷波县中学"),
            (Some("石室中学"), "雷波县中学"),
        ],
    ),
    // a lead hospital 作为牵头医院 and the members it joins (联合Y、Z)
    (
        "四川大学华西医院作为牵头医院，联合四川省人民医院、成都市第二人民医院，组团帮扶甘孜州人民医院。",
        &[
            (Some("四川大学华西医院"), "甘孜藏族自治州人民医院"),
            (Some("四川省人民医院"), "甘孜藏族自治州人民医院"),
            (Some("成都市第二人民医院"), "甘孜藏族自治州人民医院"),
        ],
    ),
    // the host of staff sent to study supports their hospital
    (
        "鄞州区人民医院接收兴义市人民医院进修医生12人。",
        &[(Some("鄞州区人民医院"), "兴义市人民医院")],
    ),
    // students from R study at S: S hosts them (the county of the school)
    (
        "来自昭觉县民族中学的60名学生到杭州市第二中学就读。",
        &[(Some("杭州市第二中学"), "昭觉县")],
    ),
    // visits, venues, requests and comparisons pair no one
    (
        "参加会议的有上海交通大学、复旦大学的代表，会议在喀什大学召开。",
        &[],
    ),
    ("龙湾区教育局局长王明带队赴布拖县考察。", &[]),
    ("希望温州市继续加大对布拖县的帮扶力度。", &[]),
    ("与去年相比，杭州市对昭觉县的投入增加了。", &[]),
    // offices of universities pair at unit level, listed A与B、C与D
    (
        "南京大学教务处与四川大学教务处、南京大学信息中心与四川大学信息中心分别结成共建对子。",
        &[
            (Some("南京大学信息中心"), "四川大学信息中心"),
            (Some("南京大学教务处"), "四川大学教务处"),
        ],
    ),
    // 由X负责指导 is passive support
    (
        "四川大学财务处则由苏州大学财务处负责指导。",
        &[(Some("苏州大学财务处"), "四川大学财务处")],
    ),
    // an intention, a plan not carried out and a person's former unit pair no one
    ("明年，我局拟推动宁波市第二医院与普安县中医院结对。", &[]),
    (
        "温州中学、湖州中学原计划与那曲市色尼区中学结对，因故暂未实施。",
        &[],
    ),
    ("李明同志曾任贵州师范大学副校长。", &[]),
    // 东西部协作 between a district and a county
    (
        "杭州市西湖区继续与台江县开展东西部协作。",
        &[(Some("杭州市西湖区"), "台江县")],
    ),
    // 省教育厅 takes the province of the text; 那曲 keeps its 那
    (
        "浙江省、省教育厅和省卫生健康委员会共同对口支援西藏那曲市。",
        &[
            (Some("浙江省"), "那曲市"),
            (Some("浙江省卫生健康委员会"), "那曲市"),
            (Some("浙江省教育厅"), "那曲市"),
        ],
    ),
    // a count of cities is no city
    ("组织宁波、温州、湖州三市的学校组成团队。", &[]),
    // 县人民医院 in a county's own report is the county's
    (
        "台江县东西部协作工作总结\n西湖区人民医院儿科对口帮扶县人民医院儿科。",
        &[(Some("西湖区人民医院儿科"), "台江县人民医院儿科")],
    ),
    // a list line followed by an indented paragraph stays one pair
    (
        "北仑区大碶街道中心小学－普安县地瓜镇中心小学\n　　双方学校每周开展联合教研。",
        &[(Some("北仑区大碶街道中心小学"), "普安县地瓜镇中心小学")],
    ),
    // a latecomer joins the author's bureau in helping 该校, the school helped before
    (
        "我局联合宁波大学共同帮扶普安县职业技术学校，11月，宁波职业技术学院也加入进来，与我局共同帮扶该校。",
        &[
            (None, "普安县职业技术学校"),
            (Some("宁波大学"), "普安县职业技术学校"),
            (Some("宁波职业技术学院"), "普安县职业技术学校"),
        ],
    ),
    // a post at 县教育局 of no named county gives no pair of its own (the county does)
    (
        "宁波市教育局选派副局长1人到普安县挂职，任县教育局副局长。",
        &[(Some("宁波市教育局"), "普安县")],
    ),
    // X帮助Y: help between two named units is support; 帮助 going on a clause whose subject
    // is elsewhere (…，帮助R建成…) states no pair of its own
    (
        "温州市教育局信息中心帮助文成县教育局信息中心建设教育城域网。",
        &[(Some("温州市教育局信息中心"), "文成县教育局信息中心")],
    ),
    (
        "温州医科大学附属第一医院专家组抵达后，帮助文成县人民医院建成胸痛中心。",
        &[],
    ),
    // Y接收/迎来X（选派的）支教教师: X sends them, Y receives them; X's teachers sent to Y to
    // learn (跟岗学习) are hosted by the subject instead
    (
        "台江县民族中学迎来杭州第二中学第五批支教教师8名。",
        &[(Some("杭州第二中学"), "台江县民族中学")],
    ),
    (
        "台江县第一中学接收杭州第二中学选派的挂职干部2人。",
        &[(Some("杭州第二中学"), "台江县第一中学")],
    ),
    (
        "杭州第二中学接收台江县第一中学选派的教师15人跟岗学习。",
        &[(Some("杭州第二中学"), "台江县第一中学")],
    ),
    // a team's verb (组团帮扶) makes its subject the lead of the members counted after the
    // recipient (Y、Z两家参与); a bare 县X is the one county's
    (
        "嘉兴市第一医院组团帮扶九寨沟县人民医院，嘉兴市妇幼保健院、嘉兴市中医医院两家参与。嘉兴市妇幼保健院还结对了县妇幼保健计划生育服务中心。",
        &[
            (Some("嘉兴市中医医院"), "九寨沟县人民医院"),
            (Some("嘉兴市妇幼保健院"), "九寨沟县人民医院"),
            (Some("嘉兴市妇幼保健院"), "九寨沟县妇幼保健计划生育服务中心"),
            (Some("嘉兴市第一医院"), "九寨沟县人民医院"),
        ],
    ),
    // 我县 before a pairing verb is the author's county, not a unit "我县结成…协作关系" (关系,
    // 体系 and 联系 end in 系 but name no department)
    (
        "台江县2024年东西部协作工作总结\n2021年以来，杭州市临平区与我县结成东西部协作关系。",
        &[(Some("杭州市临平区"), "台江县")],
    ),
    // a city's bare stem declared for it names the city, but a bare kind after it is an
    // institution's own name (扬州中学, 扬州大学), while an ordinal one is the city's
    (
        "江苏省扬州市（以下简称扬州）对口支援昭苏县。扬州中学帮扶昭苏县高级中学，扬州大学对口支援伊犁师范大学，扬州第一中学帮扶昭苏县第二中学。",
        &[
            (Some("扬州中学"), "昭苏县高级中学"),
            (Some("扬州大学"), "伊犁师范大学"),
            (Some("扬州市"), "昭苏县"),
            (Some("扬州市第一中学"), "昭苏县第二中学"),
        ],
    ),
    // a list of schools under a county's declared short form: each whole school as written,
    // the county's short name carried to the second (中心小学 is no 中心)
    (
        "东乡族自治县（以下简称东乡县）与思明区结对。湖里区实验小学、杏林小学分别与东乡县锁南镇中心小学、达板镇中心小学结对。",
        &[
            (Some("湖里区实验小学"), "东乡县锁南镇中心小学"),
            (Some("思明区"), "东乡族自治县"),
            (Some("杏林小学"), "东乡县达板镇中心小学"),
        ],
    ),
    // a former name with its present one in a note (原X（现Y，以下简称…）) is Y, and the
    // comma inside the note starts no clause; a place written bare before its note too
    (
        "1998年起，苏州中学与原林芝地区第一中学（现林芝市第一中学，以下简称“林芝一中”）结为对口帮扶学校。",
        &[(Some("苏州中学"), "林芝市第一中学")],
    ),
    (
        "江苏省自1995年起对口支援西藏林芝（原林芝地区，2015年撤地设市，现林芝市）。",
        &[(Some("江苏省"), "林芝市")],
    ),
    // a wish in speech (也想跟X结对子) states no pair
    (
        "前几年米林县中学也想跟我们苏州中学结对子，到现在还没有结成。",
        &[],
    ),
    // a prefecture named only inside its institutions' names (那曲地区人民医院) is known by
    // its stem too, after a verb of help; helpers after a relative clause support it
    (
        "那曲地区人民医院举行揭牌仪式。\n我们向长期以来对口支援那曲的浙江省、辽宁省表示感谢。",
        &[(Some("浙江省"), "那曲地区"), (Some("辽宁省"), "那曲地区")],
    ),
    // 结对 with its partner as an object: the units before it pair with those after, in
    // order with 分别 (not with each other)
    (
        "另有温州市鹿城区第一中学、温州市鹿城区第二中学分别结对文成县民族中学和文成县黄坦镇中学。",
        &[
            (Some("温州市鹿城区第一中学"), "文成县民族中学"),
            (Some("温州市鹿城区第二中学"), "文成县黄坦镇中学"),
        ],
    ),
    // 该校 is not the subject of its own clause, a date before that subject notwithstanding
    (
        "西藏大学汇报，2024年南京大学选派6名教师赴该校授课。",
        &[(Some("南京大学"), "西藏大学")],
    ),
    // R的<help or task>则由X负责(帮扶): X supports R, though a help word stands before X
    (
        "思明区第二实验小学与和政县城关小学结对；广河县的教育帮扶则由厦门市湖里区负责。",
        &[
            (Some("厦门市湖里区"), "广河县"),
            (Some("思明区第二实验小学"), "和政县城关小学"),
        ],
    ),
    (
        "喀什大学附属医院的学科建设则由浙江大学医学院附属邵逸夫医院负责帮扶。",
        &[(Some("浙江大学医学院附属邵逸夫医院"), "喀什大学附属医院")],
    ),
    // a list of recipients before 则由X负责对口支援: X supports each of them
    (
        "阿图什市由江苏省负责帮扶，阿合奇县、乌恰县则由江苏省苏州市负责对口支援。",
        &[
            (Some("江苏省"), "阿图什市"),
            (Some("苏州市"), "乌恰县"),
            (Some("苏州市"), "阿合奇县"),
        ],
    ),
    // 托管 (a cue of the data table) is support
    (
        "杭州市第二中学托管台江县第二中学。",
        &[(Some("杭州市第二中学"), "台江县第二中学")],
    ),
    // members named 为成员单位 after a lead 作为组长单位
    (
        "中山大学附属第一医院作为组长单位，南方医科大学南方医院、广州医科大学附属第一医院为成员单位，共同帮扶林芝市人民医院。",
        &[
            (Some("中山大学附属第一医院"), "林芝市人民医院"),
            (Some("南方医科大学南方医院"), "林芝市人民医院"),
            (Some("广州医科大学附属第一医院"), "林芝市人民医院"),
        ],
    ),
    // a venue, a former post in parentheses and a comparison pair no one
    (
        "会议在林芝市人民医院召开，中山大学附属第一医院院长出席。",
        &[],
    ),
    (
        "林芝市人民医院院长王某某（原中山大学附属第一医院副院长）介绍了经验。",
        &[],
    ),
    ("与广州市相比，林芝市教育投入仍然不足。", &[]),
    // a pairing agreement written recipient first: a district supports
    (
        "泸水市第一中学与长宁区延安中学签订结对帮扶协议。",
        &[(Some("长宁区延安中学"), "泸水市第一中学")],
    ),
    // a team's lead pairs with the recipient its unnamed members pair with
    (
        "省教育厅以宁波市教育局为组长单位，组织三市的学校组成教育援藏团队，各成员学校分别结对那曲市一所学校。",
        &[(Some("宁波市教育局"), "那曲市")],
    ),
    // 建立…关系 pairs only in a relation of help
    (
        "长宁区中心医院与泸水市人民医院建立对口帮扶关系。",
        &[(Some("长宁区中心医院"), "泸水市人民医院")],
    ),
    ("长宁区中心医院与泸水市人民医院建立合作关系。", &[]),
    ("部分村小尚未与长宁区延安中学建立结对关系。", &[]),
    // a row of a list of people: where a person works and serves, no pair
    (
        "张　华　　陕西师范大学文学院副教授（挂职西藏民族大学文学院副院长）",
        &[],
    ),
    // the author's hospital named with 和 inside (协和), and its short form
    (
        "华中科技大学工作总结\n我校附属协和医院（以下简称协和医院）对口帮扶巴东县人民医院。",
        &[(Some("华中科技大学附属协和医院"), "巴东县人民医院")],
    ),
    // an autonomous county whose name holds 里, written after its prefecture's short form
    (
        "攀枝花市对口帮扶凉山州木里藏族自治县。",
        &[(Some("攀枝花市"), "木里藏族自治县")],
    ),
    // support ended (终止) or cancelled (取消) is no pair
    ("2020年起终止成都市对汶川县的对口帮扶。", &[]),
    ("方案取消成都市对汶川县的帮扶。", &[]),
    // 取消 is no part of a city's name
    (
        "新一轮方案取消了成都市对汶川县的帮扶任务，改由德阳市对口帮扶汶川县。",
        &[(Some("德阳市"), "汶川县")],
    ),
    // the pairing's agreement not signed yet
    ("喀什大学与石河子大学的结对协议尚未签订。", &[]),
    // areas ending in 区 are no districts
    ("西部边远山区和民族地区的学校条件较差。", &[]),
    // a team written recipient first: R由X牵头，Y、Z参与组团帮扶
    (
        "昌都市第一中学由成都市第七中学牵头，成都石室中学、树德中学参与组团帮扶。",
        &[
            (Some("成都市第七中学"), "昌都市第一中学"),
            (Some("成都石室中学"), "昌都市第一中学"),
            (Some("树德中学"), "昌都市第一中学"),
        ],
    ),
    // R的帮扶任务则由X、Y共同承担
    (
        "林芝市第二中学的帮扶任务则由广州市执信中学、佛山市第一中学共同承担。",
        &[
            (Some("广州市执信中学"), "林芝市第二中学"),
            (Some("佛山市第一中学"), "林芝市第二中学"),
        ],
    ),
    // the active reading keeps its own recipient after the verb
    (
        "由成都市第七中学牵头，树德中学参与，组团帮扶昌都市第一中学。",
        &[
            (Some("成都市第七中学"), "昌都市第一中学"),
            (Some("树德中学"), "昌都市第一中学"),
        ],
    ),
    // a cost or a task that is no help gives no pair
    ("昌都市第一中学的差旅费用由成都市第七中学承担。", &[]),
    ("昌都市第一中学由成都市第七中学牵头举办教研活动。", &[]),
    // a unit written right after a known name the walk stops inside (里 of 塔里木)
    (
        "南京农业大学动物学院与塔里木大学动物科学与技术学院结成对子。",
        &[(Some("南京农业大学动物学院"), "塔里木大学动物科学与技术学院")],
    ),
    // a department listed after a department is of the same hospital
    (
        "长沙市中心医院心内科、骨科分别对口帮扶林芝市人民医院心血管内科和急诊科。",
        &[
            (Some("长沙市中心医院心内科"), "林芝市人民医院心血管内科"),
            (Some("长沙市中心医院骨科"), "林芝市人民医院急诊科"),
        ],
    ),
    // a numbered school listed after a school of a place is of that place
    (
        "江北区第一中学、江北区第二中学分别帮扶昌都县第一中学和第四中学。",
        &[
            (Some("江北区第一中学"), "昌都县第一中学"),
            (Some("江北区第二中学"), "昌都县第四中学"),
        ],
    ),
    // …but takes no place from a school named without one
    (
        "江北区第一中学对口帮扶实验中学和第四中学。",
        &[
            (Some("江北区第一中学"), "实验中学"),
            (Some("江北区第一中学"), "第四中学"),
        ],
    ),
    // a place name holding 里 (…里镇, 塔里木) is not cut at it
    (
        "昌都县城关镇万里镇中心小学则由江北区实验小学结对帮扶。",
        &[(Some("江北区实验小学"), "昌都县城关镇万里镇中心小学")],
    ),
    // going to learn from a school's experience is no hosted study
    (
        "我县组织10名教师赴江北区实验小学学习课堂教学改革经验。",
        &[],
    ),
    (
        "我县组织10名教师赴江北区实验小学跟岗学习，为期一个月。",
        &[(Some("江北区实验小学"), "我县")],
    ),
    // schools that hold a kind of class are no school of their own
    ("成都、绵阳2所内地西藏班学校新招收昌都市学生300人。", &[]),
    // a post taken in an office of a known university is taken at the university
    (
        "浙江大学选派1名干部任西藏大学发展规划处副处长，挂职一年。",
        &[(Some("浙江大学"), "西藏大学")],
    ),
    // 派驻/常驻/动员 are verbs before a name, not part of it
    (
        "江北区教育局对口帮扶常驻昌都市第一中学。",
        &[(Some("江北区教育局"), "昌都市第一中学")],
    ),
    (
        "长沙市积极动员江北区对口帮扶昌都市。",
        &[(Some("江北区"), "昌都市")],
    ),
    // 中等/高等 inside a school name (…县中等职业学校) do not end it at 等
    (
        "常州机电职业技术学院结对帮扶泽库县中等职业学校、达日县高等职业技术学校。",
        &[
            (Some("常州机电职业技术学院"), "泽库县中等职业学校"),
            (Some("常州机电职业技术学院"), "达日县高等职业技术学校"),
        ],
    ),
    // …but 等 after a list still ends the name before it
    (
        "常州机电职业技术学院对口帮扶泽库县等高等学校。",
        &[(Some("常州机电职业技术学院"), "泽库县")],
    ),
    // 神经 inside a hospital department (神经外科)
    (
        "厦门市第一医院神经外科对口帮扶昌都市人民医院神经内科。",
        &[(Some("厦门市第一医院神经外科"), "昌都市人民医院神经内科")],
    ),
    // the office of a task (…对口支援工作办公室, 工作领导小组办公室) is no recipient
    ("厦门大学对口支援工作办公室", &[]),
    ("厦门大学对口支援工作领导小组办公室2024年3月", &[]),
    // a short form declared after a full name (以下简称), with units after it
    (
        "厦门大学对口支援宁夏医科大学（以下简称“宁医大”）。厦门大学化学化工学院、物理科学与技术学院分别对口支援宁医大药学院和基础医学院。",
        &[
            (Some("厦门大学"), "宁夏医科大学"),
            (Some("厦门大学化学化工学院"), "宁夏医科大学药学院"),
            (Some("厦门大学物理科学与技术学院"), "宁夏医科大学基础医学院"),
        ],
    ),
    // …also right after a verb (帮扶宁医大), where the recogniser finds no name
    (
        "厦门大学对口支援宁夏医科大学（以下简称“宁医大”）；2020年，福州大学加入支援行列，与厦门大学共同帮扶宁医大。",
        &[
            (Some("厦门大学"), "宁夏医科大学"),
            (Some("福州大学"), "宁夏医科大学"),
        ],
    ),
    // a short form by shape: the characters of one earlier full name in order (华中农大 of
    // 华中农业大学, 苏大附二院 of 苏州大学附属第二医院), a hospital by the end of its name
    // (长庚医院 of 厦门长庚医院)
    (
        "华中农业大学对口支援喀什大学。华中农大园艺林学学院与喀什大学生命与地理科学学院结成对子。",
        &[
            (Some("华中农业大学"), "喀什大学"),
            (
                Some("华中农业大学园艺林学学院"),
                "喀什大学生命与地理科学学院",
            ),
        ],
    ),
    (
        "由厦门长庚医院牵头，武汉大学人民医院参与组团帮扶山南市人民医院。长庚医院心血管内科与山南市人民医院心内科结对。",
        &[
            (Some("厦门长庚医院"), "山南市人民医院"),
            (Some("武汉大学人民医院"), "山南市人民医院"),
            (Some("厦门长庚医院心血管内科"), "山南市人民医院心内科"),
        ],
    ),
    (
        "苏州大学附属第二医院对口支援阿图什市人民医院。阿图什市人民医院儿科则由苏大附二院儿科负责帮扶。",
        &[
            (Some("苏州大学附属第二医院"), "阿图什市人民医院"),
            (Some("苏州大学附属第二医院儿科"), "阿图什市人民医院儿科"),
        ],
    ),
    // never when two full names fit, never a full name of its own (南京大学 is no short form
    // of 南京师范大学), never a name many places share (人民医院)
    (
        "南京师范大学对口支援青海师范大学。南京大学也对口支援青海师范大学。",
        &[
            (Some("南京大学"), "青海师范大学"),
            (Some("南京师范大学"), "青海师范大学"),
        ],
    ),
    (
        "湖南农业大学、湖南师范大学对口支援喀什大学。湖大园艺学院与喀什大学生命与地理科学学院结成对子。",
        &[
            (Some("湖南农业大学"), "喀什大学"),
            (Some("湖南师范大学"), "喀什大学"),
            (Some("湖大园艺学院"), "喀什大学生命与地理科学学院"),
        ],
    ),
    (
        "武汉大学人民医院对口支援山南市人民医院。隆子县人民医院由山南市人民医院对口帮扶。",
        &[
            (Some("山南市人民医院"), "隆子县人民医院"),
            (Some("武汉大学人民医院"), "山南市人民医院"),
        ],
    ),
    // rows of a table of pairs under a header that says which column is which
    (
        "附件：结对学校名单\n序号\t受援学校\t支援学校\n1\t昭觉县民族中学\t成都市石室中学、成都市树德中学（牵头）\n2\t美姑县中学\t绵阳中学\n",
        &[
            (Some("成都市石室中学"), "昭觉县民族中学"),
            (Some("成都市树德中学"), "昭觉县民族中学"),
            (Some("绵阳中学"), "美姑县中学"),
        ],
    ),
    (
        "序号  帮扶学校  被帮扶学校\n1  佛山市第一中学  凌云县中学\n",
        &[(Some("佛山市第一中学"), "凌云县中学")],
    ),
    // …without a header the pair is oriented by the places (a district supports a county)
    (
        "1\t昭觉县民族中学\t成都市武侯区实验中学\n",
        &[(Some("成都市武侯区实验中学"), "昭觉县民族中学")],
    ),
    // a cell that counts schools names none; a row needs its serial number
    (
        "序号\t受援学校\t支援学校\n1\t昭觉县民族中学\t武侯区示范高中2所\n",
        &[],
    ),
    ("昭觉县民族中学\t成都市石室中学\n", &[]),
    // a clause whose parties start with 与 pairs the sentence's subject with the list after it
    (
        "常州工程职业技术学院自2019年起对口帮扶果洛职业技术学校，2021年又与班玛县民族中学、久治县民族中学建立结对帮扶关系。",
        &[
            (Some("常州工程职业技术学院"), "久治县民族中学"),
            (Some("常州工程职业技术学院"), "班玛县民族中学"),
            (Some("常州工程职业技术学院"), "果洛职业技术学校"),
        ],
    ),
    // …not a name after a preposition (在X的帮助下: X helps the subject of the next clause),
    // and the items of the list are no pair
    (
        "在常州工程职业技术学院的帮助下，2021年又与班玛县民族中学、久治县民族中学建立结对帮扶关系。",
        &[(Some("常州工程职业技术学院"), "班玛县民族中学")],
    ),
    // in a recipient's report the author's partner supports it, wherever its county lies
    (
        "班玛县民族中学对口支援工作总结\n常州市第一中学对口支援我校。常州市天宁区北郊中学也与我校结为帮扶对子。久治县民族中学也与我校结为帮扶对子。",
        &[
            (Some("久治县民族中学"), "班玛县民族中学"),
            (Some("常州市天宁区北郊中学"), "班玛县民族中学"),
            (Some("常州市第一中学"), "班玛县民族中学"),
        ],
    ),
    // a request already met (应X请求) is the reason for a pairing, no request of one
    (
        "应塔里木大学请求，南京农业大学动物科技学院自2023年起与塔里木大学动物科学与技术学院结对。",
        &[(
            Some("南京农业大学动物科技学院"),
            "塔里木大学动物科学与技术学院",
        )],
    ),
    (
        "塔里木大学希望南京农业大学动物科技学院与塔里木大学动物科学与技术学院结对。",
        &[],
    ),
    // an office or a centre listed after a unit of a university is a unit of it too
    (
        "复旦大学图书馆、信息化办公室分别帮扶喀什大学图书馆和网络信息中心。",
        &[
            (Some("复旦大学图书馆"), "喀什大学图书馆"),
            (Some("复旦大学信息化办公室"), "喀什大学网络信息中心"),
        ],
    ),
    // a count of institutions (三家医院, 四家医院) names none of them: the place before it
    // stands for them
    (
        "江苏省三家医院组团帮扶伊犁州奎屯医院，四家医院累计派出专家30人。",
        &[(Some("江苏省"), "伊犁哈萨克自治州奎屯医院")],
    ),
    // 共建 of a research body pairs; of a building or an event it does not
    (
        "兰州大学草地农业科技学院与青海大学共建“高寒草地生态”研究平台。",
        &[(Some("兰州大学草地农业科技学院"), "青海大学")],
    ),
    (
        "兰州大学草地农业科技学院与青海大学共建学生活动中心大楼。",
        &[],
    ),
    // the next page of an essay (its title again with （2）, then 返回目录) keeps the essay's
    // author, though its numbering starts again at 一、
    (
        "高校对口支援工作总结范文（2篇）\n\n第一篇 石河子大学2022年受援工作总结\n\n一、基本情况\n\n教育部确定北京大学对口支援我校。\n\n二、主要成效\n\n我校选派教师5人赴北京大学进修。\n\n2022年受援工作总结（2） | 返回目录\n\n一、年度工作\n\n北京大学医学部派出专家5人来我校讲学。\n",
        &[
            (Some("北京大学"), "石河子大学"),
            (Some("北京大学医学部"), "石河子大学"),
        ],
    ),
    // …a page line of another report starts a segment of its own (whose 我校 is not said)
    (
        "高校对口支援工作总结范文（2篇）\n\n第一篇 石河子大学2022年受援工作总结\n\n一、基本情况\n\n教育部确定北京大学对口支援我校。\n\n二、主要成效\n\n我校选派教师5人赴北京大学进修。\n\n对口支援工作总结（2） | 返回目录\n\n一、年度工作\n\n北京大学医学部派出专家5人来我校讲学。\n",
        &[
            (Some("北京大学"), "石河子大学"),
            (Some("北京大学医学部"), "我校"),
        ],
    ),
    // --- round 6: readers generalised (towns, enterprises, short forms, teams, tables) ---
    // a town or township is a party; a kind of place (偏远乡镇, 城乡) is none
    (
        "杭州市西湖区结对帮扶昭觉县竹核乡。",
        &[(Some("杭州市西湖区"), "昭觉县竹核乡")],
    ),
    ("某县统筹城乡发展，结对帮扶偏远乡镇。", &[]),
    // 里 before 地区 stays in the place (阿里地区)
    (
        "山东省人民医院对口帮扶阿里地区人民医院。",
        &[(Some("山东省人民医院"), "阿里地区人民医院")],
    ),
    // 所属 ends a name on the left; a college paired with a school supports it
    (
        "公司所属宁波职业技术学院与黔西县职业学校结成帮扶对子。",
        &[(Some("宁波职业技术学院"), "黔西县职业学校")],
    ),
    // a count after digits and a level name no institution
    ("8个附属医院科室与支援高校附属医院建立远程会诊机制。", &[]),
    // a discipline before 与 keeps a unit whole after a short form
    (
        "华东理工大学（以下简称“华理”）对口支援石河子大学，华理信息科学与工程学院对口支援石河子大学信息科学与技术学院。",
        &[
            (Some("华东理工大学"), "石河子大学"),
            (
                Some("华东理工大学信息科学与工程学院"),
                "石河子大学信息科学与技术学院",
            ),
        ],
    ),
    // departments after a 医疗中心, two lists in order with 分别
    (
        "深圳市儿童医疗中心儿科、眼科分别帮扶喀什地区第二人民医院儿科、眼科。",
        &[
            (Some("深圳市儿童医疗中心儿科"), "喀什地区第二人民医院儿科"),
            (Some("深圳市儿童医疗中心眼科"), "喀什地区第二人民医院眼科"),
        ],
    ),
    // 我集团 is the author; 联合X共同帮扶 makes both supporters
    (
        "中国华能集团有限公司2023年帮扶工作总结\n我集团联合浙江省人民医院共同帮扶松潘县人民医院。",
        &[
            (Some("中国华能集团有限公司"), "松潘县人民医院"),
            (Some("浙江省人民医院"), "松潘县人民医院"),
        ],
    ),
    // a headline uses a short form the text declares below it; a team with no recipient of
    // its own helps the recipient of its lead
    (
        "川大华西牵头组团帮扶甘孜州人民医院\n3月2日，四川大学华西医院（以下简称“川大华西”）组团帮扶甘孜州人民医院启动会举行。帮扶团队由川大华西牵头，四川省人民医院、成都市第三人民医院参与。",
        &[
            (Some("四川大学华西医院"), "甘孜藏族自治州人民医院"),
            (Some("四川省人民医院"), "甘孜藏族自治州人民医院"),
            (Some("成都市第三人民医院"), "甘孜藏族自治州人民医院"),
        ],
    ),
    // a team noun with no lead before it makes no team
    ("帮扶团队由专家组成，定期开展义诊。", &[]),
    // passive 包科: two lists of the same departments pair in order; 尚无包科医院 pairs no one
    (
        "甘孜州人民医院骨科、眼科由四川省人民医院骨科、眼科对口包科。",
        &[
            (Some("四川省人民医院眼科"), "甘孜藏族自治州人民医院眼科"),
            (Some("四川省人民医院骨科"), "甘孜藏族自治州人民医院骨科"),
        ],
    ),
    ("甘孜州人民医院口腔科尚无包科医院。", &[]),
    // 结对帮扶 with its objects after it: no pairing of the supporters with each other; the
    // passive with 分别 and short enterprise names whose full names are in the table below;
    // a plan not carried out (原计划…暂未实施) pairs no one
    (
        "宁波港集团有限公司、宁波银行股份有限公司分别结对帮扶普安县江西坡镇、普安县楼下镇。地瓜镇、青山镇则分别由宁波电力公司和宁波水务公司结对帮扶。普安县龙吟镇原计划由宁波燃气公司结对，暂未实施。\n附件\n序号\t帮扶单位\t结对对象\n1\t宁波电力开发有限公司\t普安县地瓜镇\n2\t宁波水务集团有限公司\t普安县青山镇\n",
        &[
            (Some("宁波港集团有限公司"), "普安县江西坡镇"),
            (Some("宁波水务集团有限公司"), "普安县青山镇"),
            (Some("宁波电力开发有限公司"), "普安县地瓜镇"),
            (Some("宁波银行股份有限公司"), "普安县楼下镇"),
        ],
    ),
    // the source of a web page is no party; neither is the venue of a signing
    (
        "发布日期：2024-03-01　来源：从江县教育局　编辑：李明\n\n　　3月1日，东莞市教育局与从江县教育局在从江县签订教育协作协议。",
        &[(Some("东莞市教育局"), "从江县教育局")],
    ),
    // a post in a county government is taken in the county
    (
        "杭州市选派干部挂职剑河县人民政府副县长。",
        &[(Some("杭州市"), "剑河县")],
    ),
    // 该校 stays the school it points to
    (
        "宁波市职业技术教育中心学校与普安县职业学校结成帮扶对子，今年接收该校学生60人到宁波就读。",
        &[(Some("宁波市职业技术教育中心学校"), "普安县职业学校")],
    ),
    // people only to be sent make no relation
    ("东莞市教育局今年将选派支教教师20名赴从江县任教。", &[]),
    // a table pasted one cell per line, the recipients' column first
    (
        "附件\n序号\n受援学校\n帮扶学校\n1\n剑河县第一中学\n杭州第二中学\n2\n剑河县民族中学\n杭州学军中学\n",
        &[
            (Some("杭州学军中学"), "剑河县民族中学"),
            (Some("杭州第二中学"), "剑河县第一中学"),
        ],
    ),
    // a university's report: it receives from one, and supports the school it pairs with
    (
        "贵州大学2023年受援工作总结\n清华大学对口支援我校。我校还与天柱县第二中学结成帮扶对子。",
        &[
            (Some("清华大学"), "贵州大学"),
            (Some("贵州大学"), "天柱县第二中学"),
        ],
    ),
    // session 6: sections and majors of vocational schools, in order after 分别
    (
        "丽水职业技术学院对口帮扶工作总结\n我院电子信息学院、建筑工程学院分别与松潘县职业中学计算机专业部、黑水县职业中学建筑专业部结成帮扶对子。",
        &[
            (
                Some("丽水职业技术学院电子信息学院"),
                "松潘县职业中学计算机专业部",
            ),
            (
                Some("丽水职业技术学院建筑工程学院"),
                "黑水县职业中学建筑专业部",
            ),
        ],
    ),
    // the passive 分别得到X的C、D的对口指导, majors joined by 与, a listed major
    (
        "金川县职业中学东西协作工作总结\n我校烹饪专业、农机专业分别得到嘉兴技师学院烹饪工艺与营养专业、农业机械应用技术专业的对口指导。",
        &[
            (
                Some("嘉兴技师学院农业机械应用技术专业"),
                "金川县职业中学农机专业",
            ),
            (
                Some("嘉兴技师学院烹饪工艺与营养专业"),
                "金川县职业中学烹饪专业",
            ),
        ],
    ),
    // towns in a pair table take the county of their side; a county's school drops the
    // province and prefecture written before it
    (
        "北仑区对口帮扶册亨县。\n序号\t受援乡镇\t结对乡镇\n1\t者楼街道\t大碶街道\n2\t巧马镇\t春晓街道\n",
        &[
            (Some("北仑区"), "册亨县"),
            (Some("北仑区大碶街道"), "册亨县者楼街道"),
            (Some("北仑区春晓街道"), "册亨县巧马镇"),
        ],
    ),
    (
        "宁波市鄞州区东吴镇中学与贵州省黔西南州普安县楼下镇中学结对帮扶。",
        &[(Some("宁波市鄞州区东吴镇中学"), "普安县楼下镇中学")],
    ),
    // a line broken before a full-width amount; a team moving into one school takes it over
    (
        "昆山市教育局关于东西部协作工作的报告\n今年秋季学期，我局选派\n\n１２名骨干教师组成支教团，整体进驻沿河县第二中学，其中挂任副校长1名。",
        &[(Some("昆山市教育局"), "沿河县第二中学")],
    ),
    // teachers spread over several schools go to their county
    (
        "昆山市教育局关于东西部协作工作的报告\n我局选派支教教师24人，分别派驻沿河县第二中学和沿河县民族中学。",
        &[(Some("昆山市教育局"), "沿河县")],
    ),
    // a partner sharing the task (与X共同承担支援任务); 重点 before the passive verb
    (
        "华南农业大学工作总结\n2020年，我校被增列为西藏大学对口支援高校，与中山大学共同承担支援任务。",
        &[
            (Some("中山大学"), "西藏大学"),
            (Some("华南农业大学"), "西藏大学"),
        ],
    ),
    (
        "东莞职业技术学院工作总结\n那坡县职业技术学校则由东莞职业技术学院机电学院重点帮扶。",
        &[(Some("东莞职业技术学院机电学院"), "那坡县职业技术学校")],
    ),
    // a line broken inside 在X的帮助 / 下，; a post taken in an office is taken at its owner
    (
        "西藏民族大学工作总结\n2．近两年在陕师大历史文化学院的大力帮助\n下，我校历史学院新增两个硕士点。",
        &[(Some("陕西师范大学历史文化学院"), "西藏民族大学历史学院")],
    ),
    (
        "西藏民族大学工作总结\n陕西师范大学对口支援我校。今年陕师大派出一名干部到我校人事处挂职副处长一年。",
        &[(Some("陕西师范大学"), "西藏民族大学")],
    ),
    // a post in an office is the institution's; offices paired with offices stay
    (
        "喀什大学工作总结\n浙江大学对口支援我校。浙江大学派出1名副处长挂任我校科研处副处长。",
        &[(Some("浙江大学"), "喀什大学")],
    ),
    (
        "喀什大学工作总结\n浙江大学对口支援我校。浙江大学人事处与我校人事处结成对子。",
        &[
            (Some("浙江大学"), "喀什大学"),
            (Some("浙江大学人事处"), "喀什大学人事处"),
        ],
    ),
    // teachers paired as master and apprentice are persons, no institutions paired
    (
        "曲松县教育局工作总结\n林芝市第二中学数学教师张华与曲松县中学青年教师次旦结为师徒。",
        &[],
    ),
    // a task taken on for a place (承担对X的…帮扶任务); 负责对口指导 in the passive
    (
        "温州职业技术学院2024年对口帮扶工作总结\n2024年，我校继续承担对凉山彝族自治州的职业教育对口帮扶任务。金阳县中等职业学校的汽修专业则由我校汽车学院负责对口指导。",
        &[
            (Some("温州职业技术学院"), "凉山彝族自治州"),
            (Some("温州职业技术学院汽车学院"), "金阳县中等职业学校"),
        ],
    ),
    // a post taken at a school is that school's
    (
        "温州职业技术学院2024年对口帮扶工作总结\n我校对口帮扶金阳县中等职业学校。选派教师12人次赴受援学校支教，其中挂职任金阳县中等职业学校副校长1人。",
        &[(Some("温州职业技术学院"), "金阳县中等职业学校")],
    ),
    // 西和县 holds 和; a bureau organising the help (则由X组织…共同帮扶), 教育和体育局
    (
        "烟台市教育局关于东西部协作工作的报告\n西和县职业中等专业学校与烟台旅游学校签订结对协议。徽县第一中学则由烟台市芝罘区教育和体育局组织区内3所高中共同帮扶。",
        &[
            (Some("烟台市芝罘区教育和体育局"), "徽县第一中学"),
            (Some("烟台旅游学校"), "西和县职业中等专业学校"),
        ],
    ),
    // help received from the supporter's people, with a manner before the help word
    (
        "青岛大学附属医院援藏工作总结\n青大附院对口帮扶岷县人民医院。此外，岷县中医院也得到了我院专家的定期巡诊指导。",
        &[
            (Some("青岛大学附属医院"), "岷县中医院"),
            (Some("青岛大学附属医院"), "岷县人民医院"),
        ],
    ),
    // a headed table without serial numbers, a supporter cell with two names, a recipient
    // cell broken after its joiner
    (
        "江苏省对口支援工作总结\n表1　各市结对情况\n支援方\t受援方\t资金（万元）\n苏州市\t铜仁市\t9800\n无锡市、常州市\t伊宁县\t6900\n南通市\t察布查尔县、\n霍城县\t5300\n",
        &[
            (Some("南通市"), "察布查尔县"),
            (Some("南通市"), "霍城县"),
            (Some("常州市"), "伊宁县"),
            (Some("无锡市"), "伊宁县"),
            (Some("苏州市"), "铜仁市"),
        ],
    ),
    // a ministry's pair table with a lead column and a member column
    (
        "教育部办公厅关于公布结对名单的通知\n序号\t受援高校\t支援高校（牵头）\t支援高校（成员）\n1\t喀什大学\t北京师范大学\t南京师范大学\n2\t昌吉学院\t东北师范大学\t—\n",
        &[
            (Some("东北师范大学"), "昌吉学院"),
            (Some("北京师范大学"), "喀什大学"),
            (Some("南京师范大学"), "喀什大学"),
        ],
    ),
    // 两校X: the same unit of the two institutions paired just before
    (
        "大连理工大学对口支援工作总结\n我校化工学院与塔里木理工学院化学学院签订结对协议。同月，两校图书馆结成帮扶对子。",
        &[
            (Some("大连理工大学化工学院"), "塔里木理工学院化学学院"),
            (Some("大连理工大学图书馆"), "塔里木理工学院图书馆"),
        ],
    ),
    // units with 及/与 and 该校 after a unit of a college
    (
        "西安交通大学工作总结\n我校能源与动力工程学院、机械工程及自动化学院分别对口支援塔里木理工学院能源学院和机电学院；该校化学与化工学院则由我校化学学院负责帮扶。",
        &[
            (Some("西安交通大学化学学院"), "塔里木理工学院化学与化工学院"),
            (
                Some("西安交通大学机械工程及自动化学院"),
                "塔里木理工学院机电学院",
            ),
            (
                Some("西安交通大学能源与动力工程学院"),
                "塔里木理工学院能源学院",
            ),
        ],
    ),
    // place names holding a character that elsewhere ends a name: 凯里, 两当, 正安, 得荣
    (
        "同济大学先后对口支援凯里学院和得荣县职业中学，宁波市对口帮扶正安县、两当县。",
        &[
            (Some("同济大学"), "凯里学院"),
            (Some("同济大学"), "得荣县职业中学"),
            (Some("宁波市"), "两当县"),
            (Some("宁波市"), "正安县"),
        ],
    ),
    // a speech: the speaker names the side they speak for (我代表X), then 我们 gives support
    (
        "在吉林大学对口支援延边大学座谈会上的讲话\n同志们：\n　　我代表吉林大学向各位表示感谢。十年来，我们先后对口支援延边大学、北华大学和白城师范学院。我们都知道这件事不容易。",
        &[
            (Some("吉林大学"), "北华大学"),
            (Some("吉林大学"), "延边大学"),
            (Some("吉林大学"), "白城师范学院"),
        ],
    ),
    // pupils of a named school hosted by a school: school to school (中学学生 is no 中学生)
    (
        "常州市第一中学今年接收乌恰县第一中学学生45人插班就读。",
        &[(Some("常州市第一中学"), "乌恰县第一中学")],
    ),
    // pupils of a county hosted by a school: the county
    (
        "常州市第一中学今年接收乌恰县学生45人插班就读。",
        &[(Some("常州市第一中学"), "乌恰县")],
    ),
    // a short form in the title with its province, declared only in the text
    (
        "浙江省2023年对口支援四川省阿坝州工作总结\n　　我省对口支援四川省阿坝藏族羌族自治州（以下简称“阿坝州”）以来，累计投入资金12亿元。\n　　全年选派教师60名到阿坝州支教。",
        &[(Some("浙江省"), "阿坝藏族羌族自治州")],
    ),
    // an office named after the support it runs is one name, no pair of its own
    (
        "援疆工作简报\n　　江苏省对口支援新疆前方指挥部召开年度工作会议。\n　　江苏省对口支援伊犁州。",
        &[(Some("江苏省"), "伊犁哈萨克自治州")],
    ),
    // a hospital's nursing department pairs like its clinical departments
    (
        "墨玉县人民医院组团式帮扶工作报告\n　　天津医科大学总医院护理部与我院护理部结对，共同修订护理规范。",
        &[(Some("天津医科大学总医院护理部"), "墨玉县人民医院护理部")],
    ),
    // a post taken in a hospital's administrative unit is taken at the hospital
    (
        "墨玉县人民医院组团式帮扶工作报告\n　　天津医科大学总医院选派1名专家挂职我院医务部主任。",
        &[(Some("天津医科大学总医院"), "墨玉县人民医院")],
    ),
    // a news item: the speaker's 学校 is the institution they were introduced with
    (
        "新闻动态\n　　昌吉学院院长马文清、新疆大学副校长李强出席签约仪式。马文清介绍，学校自2010年起得到东北师范大学的对口帮扶。",
        &[(Some("东北师范大学"), "昌吉学院")],
    ),
    // a team whose member follows the lead after 、, with a short form declared in between
    (
        "天水师范学院工作总结\n　　教育部确定由华中师范大学牵头、东北师范大学（以下简称“东师”）参与，组团对口支援我校。",
        &[
            (Some("东北师范大学"), "天水师范学院"),
            (Some("华中师范大学"), "天水师范学院"),
        ],
    ),
    // The pairing framing a sentence, named before its framework (在X对口帮扶Y的东西部协作框架下):
    // X supports Y; a securities branch (…证券营业部) is a name.
    (
        "在杭州市对口帮扶恩施州的东西部协作框架下，华泰证券杭州文二路证券营业部与来凤县旧司镇大岩板村结成帮扶对子。",
        &[
            (Some("华泰证券杭州文二路证券营业部"), "来凤县旧司镇大岩板村"),
            (Some("杭州市"), "恩施土家族苗族自治州"),
        ],
    ),
    // …the framework closing the clause after a note, with no 的 (…（以下简称“乙”）工作框架下).
    (
        "在浙江省对口支援四川省凉山彝族自治州（以下简称“凉山州”）工作框架下，浙江省人民医院继续帮扶凉山州第一人民医院。",
        &[
            (Some("浙江省"), "凉山彝族自治州"),
            (Some("浙江省人民医院"), "凉山彝族自治州第一人民医院"),
        ],
    ),
    // a report delivered by an official of a city government: 我市 is the city
    (
        "关于全市对口支援工作情况的报告\n——在市人民代表大会常务委员会会议上\n漳州市人民政府副市长　林建华\n\n主任、各位副主任：\n　　我市对口支援甘孜州泸定县，成效明显。",
        &[(Some("漳州市"), "泸定县")],
    ),
    // People sent with no place named, then whom they help (…，帮助R…): every sender of the
    // clause, a partner after 联合 too, supports R.
    (
        "武汉大学联合华中科技大学选派教师17人，帮助西藏大学新建两个专业。",
        &[
            (Some("华中科技大学"), "西藏大学"),
            (Some("武汉大学"), "西藏大学"),
        ],
    ),
    // …and 该校 after the verb of help is the school helped, not a sender of its sentence.
    (
        "江苏省教育厅援藏工作总结\n（三）南京工业职业技术大学组团帮扶拉萨市第一中等职业技术学校\n南京工业职业技术大学联合江苏建筑职业技术学院选派骨干教师9人，协助该校开设物联网专业。",
        &[
            (Some("南京工业职业技术大学"), "拉萨市第一中等职业技术学校"),
            (Some("江苏建筑职业技术学院"), "拉萨市第一中等职业技术学校"),
        ],
    ),
    // The places after 的 within the place helped are the recipients; a prefecture written
    // short before a county (克州阿合奇县) is dropped; 该市 is the city named before.
    (
        "2024年浙江省对口援疆工作统计公报\n　　湖州市对口支援阿克苏地区的乌什县、柯坪县两县。克州阿合奇县则由温州市负责对口支援，该市全年选派挂职干部9人。",
        &[
            (Some("温州市"), "阿合奇县"),
            (Some("湖州市"), "乌什县"),
            (Some("湖州市"), "柯坪县"),
        ],
    ),
    // Divisions of the corps are recipients, a bare 第X师 in their list too; a pairing whose
    // work has not started (结对工作尚未启动) is none.
    (
        "我省对口支援新疆生产建设兵团第一师、第三师。宁波市与克州乌恰县的教育结对工作尚未启动。",
        &[
            (None, "新疆生产建设兵团第一师"),
            (None, "新疆生产建设兵团第三师"),
        ],
    ),
    // An appeal's title names its author; a county declared short by its own name (以下简称
    // 永胜县) names its schools' units as written.
    (
        "华东师范大学关于为永胜县乡村学校捐书的倡议书\n　　自2015年起，华东师范大学定点帮扶云南省丽江市永胜县（以下简称永胜县）。永胜县第一中学图书馆则由我校图书馆负责帮扶。",
        &[
            (Some("华东师范大学"), "永胜县"),
            (Some("华东师范大学图书馆"), "永胜县第一中学图书馆"),
        ],
    ),
    // An autonomous county declared short (以下简称宁蒗县) is its full name without the
    // province and city above it; its schools' units keep the short name they are written with.
    (
        "华东师范大学关于为宁蒗县乡村学校捐书的倡议书\n　　自2015年起，华东师范大学定点帮扶云南省丽江市宁蒗彝族自治县（以下简称宁蒗县）。宁蒗县第一中学图书馆则由我校图书馆负责帮扶。",
        &[
            (Some("华东师范大学"), "宁蒗彝族自治县"),
            (Some("华东师范大学图书馆"), "宁蒗县第一中学图书馆"),
        ],
    ),
    // A hospital alliance (组建紧密型医联体): the prefecture's hospital supports the county's;
    // a pairing agreement not signed yet is none.
    (
        "玉树州人民医院与称多县人民医院组建紧密型医联体。青海省人民医院与囊谦县人民医院的结对帮扶协议尚未签订。",
        &[(Some("玉树藏族自治州人民医院"), "称多县人民医院")],
    ),
    // A writer who says who they are (我是X的老师) speaks for X with 我们学校 on that line, and
    // a place before the name helped (帮扶格尔木的Y) is no gap.
    (
        "支教博客\n王老师好！我是宁波市第二中学的老师，我们学校也对口帮扶格尔木的郭勒木德中学，欢迎来玩。\n今天我们学校开运动会。",
        &[(Some("宁波市第二中学"), "郭勒木德中学")],
    ),
    // The author's unit of two subjects may be longer than ten characters (本校生命科学与技术
    // 工程学系).
    (
        "南京大学对口支援工作总结\n　　西藏大学生物系则由本校生命科学与技术工程学系负责帮扶。",
        &[(Some("南京大学生命科学与技术工程学系"), "西藏大学生物系")],
    ),
    // 该校 in a sender's own sentence (X派出副校长1名任该校校长) is the school it leads.
    (
        "广东省教育厅援藏工作简报\n1．林芝市第一中学由广州市执信中学牵头组团帮扶。广州市执信中学派出副校长1名任该校校长，另派出教师12人。",
        &[(Some("广州市执信中学"), "林芝市第一中学")],
    ),
    // An agenda's signing items: the parties labelled (签约双方：A、B。) and what the
    // agreement does on the item's line; governments sign for their places (no pair of
    // governments), and an item not signed (暂不签约) pairs no one.
    (
        "推进会会议日程\n四、签约项目\n1.签约双方：浙江大学医学院附属第二医院（以下简称“浙大二院”）、景宁畲族自治县人民医院。浙大二院续签对口帮扶协议。\n2.签约双方：杭州市人民政府、阿克苏市人民政府。杭州市将安排援疆资金800万元。\n3.签约双方：杭州市农业农村局、阿克苏市农业农村局。协作协议尚未完成审批，暂不签约。",
        &[(Some("浙江大学医学院附属第二医院"), "景宁畲族自治县人民医院")],
    ),
    // People sent to a body of the place a supporter is paired with (美姑县人民政府 of 美姑县)
    // imply no second pair.
    (
        "结对帮扶工作总结\n　　杭州钢铁集团有限公司对口帮扶美姑县。2024年，杭州钢铁集团有限公司向美姑县人民政府选派挂职干部2名。",
        &[(Some("杭州钢铁集团有限公司"), "美姑县")],
    ),
    // A title about a pair (关于X援建Y…的审计报告): 关于 opens a topic, not a place (于X).
    (
        "关于宁波市鄞州区援建和龙市2024年度项目的审计报告\n　　受委托，我公司进行了审计。",
        &[(Some("宁波市鄞州区"), "和龙市")],
    ),
    // A name written with the full form of a declared short one (山南市第一高级中学 after
    // 山南 is declared short for 西藏山南市) keeps its name: no 山南市市….
    (
        "推进会日程\n　　湖北省自1994年起对口支援西藏山南市（以下简称“山南”）。\n　　武汉市教育局组团帮扶山南市第一高级中学。",
        &[
            (Some("湖北省"), "山南市"),
            (Some("武汉市教育局"), "山南市第一高级中学"),
        ],
    ),
    // A notice heading a meeting's record (关于召开…的通知) is signed by the bureau's office
    // over its date: the bureau writes. A bureau that signs with the other side's bureau
    // (我局与Y教育局签订…协议) speaks of its district apart (我区 = the district). A township's
    // 中心校 is a school; a university's 中心校区 is a campus.
    (
        "关于召开结对帮扶推进会的通知\n各学校：\n　　定于3月5日召开推进会，请准时参加。\n温州市鹿城区教育局办公室\n2026年3月1日\n会议记录\n　　自2020年我区对口帮扶贵州省从江县以来，我局与从江县教育局签订了教育合作协议。鹿城区广场路小学与从江县丙妹镇中心校结对，双方在浙江大学紫金港中心校区参加了培训。",
        &[
            (Some("温州市鹿城区"), "从江县"),
            (Some("温州市鹿城区教育局"), "从江县教育局"),
            (Some("鹿城区广场路小学"), "从江县丙妹镇中心校"),
        ],
    ),
    // Building a school (X援建Y小学) is aid to the place: the builder is no partner of the
    // school it built.
    (
        "捐赠仪式新闻\n　　苏州市吴江区援建紫云县白石岩乡中心小学的物资捐赠仪式举行。苏州市吴江区对口帮扶紫云县。",
        &[(Some("苏州市吴江区"), "紫云县")],
    ),
    // A party committee's department (中共X省委组织部) writes for its province: 我省 is X省,
    // not 中共X省.
    (
        "中共江苏省委组织部关于援藏干部人才轮换工作的通报\n　　我省对口支援西藏拉萨市。南京市、苏州市分别对口支援拉萨市墨竹工卡县、林周县。\n中共江苏省委组织部\n2026年4月2日",
        &[
            (Some("江苏省"), "拉萨市"),
            (Some("南京市"), "墨竹工卡县"),
            (Some("苏州市"), "林周县"),
        ],
    ),
    // A lead restated in a clause of its own (X是牵头医院) with its members counted before
    // their verb (Y、Z两家参与); the members then pair with units named after 分别结对了.
    (
        "甲市第一医院从2022年开始帮扶理塘县人民医院，甲市第一医院是牵头医院，甲市妇幼保健院、甲市中医医院两家参与。甲市妇幼保健院、甲市中医医院又分别结对了理塘县妇幼保健院和理塘县藏医院。",
        &[
            (Some("甲市第一医院"), "理塘县人民医院"),
            (Some("甲市妇幼保健院"), "理塘县人民医院"),
            (Some("甲市中医医院"), "理塘县人民医院"),
            (Some("甲市妇幼保健院"), "理塘县妇幼保健院"),
            (Some("甲市中医医院"), "理塘县藏医院"),
        ],
    ),
    // A county bureau's 我县 before a list of towns is the county of each (我县甲镇、乙镇), and
    // its 我县职业教育中心 is the county's school.
    (
        "城口县人力资源和社会保障局关于劳务协作的通报\n　　2021年起江阴市对口帮扶我县。江阴市周庄镇、华士镇分别与我县坪坝镇、修齐镇结对；我县职业教育中心则由江阴市职业技术学校负责帮扶。\n城口县人力资源和社会保障局\n2026年3月2日",
        &[
            (Some("江阴市"), "城口县"),
            (Some("江阴市周庄镇"), "城口县坪坝镇"),
            (Some("江阴市华士镇"), "城口县修齐镇"),
            (Some("江阴市职业技术学校"), "城口县职业教育中心"),
        ],
    ),
    // A passive pair after a semicolon, with a school named for the talents it raises.
    (
        "南通市第一中学帮扶伊宁县第一中学；伊宁县实验小学则由南通市育才小学负责帮扶。",
        &[
            (Some("南通市第一中学"), "伊宁县第一中学"),
            (Some("南通市育才小学"), "伊宁县实验小学"),
        ],
    ),
];

/// An anaphor that opens its clause after a pairing and gives (X与Y结成帮扶对子，该校当年选派…)
/// is the party that paired with the other, X; one that receives stays the last named.
#[test]
fn a_giving_anaphor_after_a_pairing_is_the_first_party() {
    let text =
        "工作动态\n　　南开中学与临潭县第一中学结成帮扶对子，该校当年选派骨干教师6名到临潭支教。";
    let contract = extract(text).to_contract();
    let c = contract
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "6")
        .expect("the 6 teachers");
    assert_eq!(
        (c.supporter.as_deref(), c.recipient.as_deref()),
        (Some("南开中学"), Some("临潭县第一中学"))
    );
    let pairs: Vec<_> = contract
        .relations
        .iter()
        .map(|r| (r.supporter.as_deref(), r.recipient.as_str()))
        .collect();
    assert_eq!(pairs, [(Some("南开中学"), "临潭县第一中学")]);
}

/// A province that has several pairs in the text through its cities gives what 我省 gave to
/// its own one recipient.
#[test]
fn a_place_pronouns_gifts_go_to_its_one_recipient() {
    let text = "中共江苏省委组织部关于援藏干部人才轮换工作的通报\n　　我省对口支援西藏拉萨市。南京市、苏州市分别对口支援拉萨市墨竹工卡县、林周县。\n　　2010年以来，我省已先后选派援藏干部人才480名。\n中共江苏省委组织部\n2026年4月2日";
    let contract = extract(text).to_contract();
    let c = contract
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "480")
        .expect("the 480 cadres");
    assert_eq!(
        (c.supporter.as_deref(), c.recipient.as_deref()),
        (Some("江苏省"), Some("拉萨市"))
    );
}

#[test]
fn relation_patterns() {
    for (text, want) in RELATIONS {
        let contract = extract(text).to_contract();
        let mut got: Vec<(Option<&str>, &str)> = contract
            .relations
            .iter()
            .map(|r| (r.supporter.as_deref(), r.recipient.as_str()))
            .collect();
        got.sort_unstable();
        got.dedup();
        let mut want = want.to_vec();
        want.sort_unstable();
        assert_eq!(got, want, "{text}");
    }
}

/// (text, author).
const AUTHORS: &[(&str, Option<&str>)] = &[
    // A chronicle (大事记) is kept by the place its title opens with; its entries are lines
    // headed by their dates.
    (
        "临潭县东西部协作大事记（2020—2023年）\n2020年5月　天津市西青区与我县签订《东西部协作框架协议》。\n2021年3月　西青区拨付协作资金1,500万元。",
        Some("临潭县"),
    ),
    // An in-house paper's sponsor (主办：X党委宣传部) is the hospital whose 我院 the page writes.
    (
        "鼓楼医院报\n第210期　　2026年3月1日\n主办：南京鼓楼医院党委宣传部　　内部资料\n　　我院对口支援伊犁州奎屯医院。",
        Some("南京鼓楼医院"),
    ),
    // from the title
    (
        "喀什大学对口支援工作总结\n浙江大学对口支援我校。",
        Some("喀什大学"),
    ),
    // a statistical bulletin's title names its province
    (
        "2024年浙江省对口援疆工作统计公报\n　　2024年，我省对口支援阿克苏地区。",
        Some("浙江省"),
    ),
    // from "X对口支援Y" + "X…我校"
    (
        "浙江大学对口支援喀什大学。浙江大学为我校培养博士3人。",
        Some("喀什大学"),
    ),
    // a named self-reference
    ("我校即喀什大学，地处南疆。", Some("喀什大学")),
    // a self-reference declared as a short form, with short forms declared later
    (
        "常州工程职业技术学院（以下简称“我院”）自2019年起对口帮扶果洛职业技术学校（以下简称“果洛职校”）。我院选派教师5人。",
        Some("常州工程职业技术学院"),
    ),
    // "我校即原X，…更名为Y": the present name
    (
        "东北师范大学对口支援我校。我校即原伊犁师范学院，2018年更名为伊犁师范大学。",
        Some("伊犁师范大学"),
    ),
    // a letterhead line above a title line that names no one
    (
        "理塘县教育局\n20xx年接受教育对口支援工作情况汇报\n成都市教育局对口支援我县，我局积极配合。",
        Some("理塘县教育局"),
    ),
    // the signature of a 公文
    (
        "教育对口支援工作情况汇报\n成都市教育局对口支援我县，我局积极配合。\n\n理塘县教育局\n20xx年12月10日\n",
        Some("理塘县教育局"),
    ),
    // a subtitle ending in 回顾
    (
        "对口支援工作\n——石河子大学医学院接受对口支援工作回顾\n北京大学医学部对口支援我院。",
        Some("石河子大学医学院"),
    ),
    // a signature of the wrong kind is not the author
    ("浙江大学对口支援我局。\n\n喀什大学\n2023年5月1日", None),
    // a speech's title names the two sides; the speaker's 我们 gives support: the supporter
    (
        "在浙江大学对口支援贵州大学签约仪式上的致辞\n　　多年来，我们一直对口帮扶贵州大学。",
        Some("浙江大学"),
    ),
    // a speech whose title names one occasion: no author
    (
        "在贵州大学建校120周年庆祝大会上的讲话\n　　我们共同见证了这一时刻。",
        None,
    ),
    // the signature of a province's office named after the support it runs
    (
        "对口支援工作总结\n　　我省对口支援伊犁州，成效明显。\n\n江苏省对口支援和区域合作工作领导小组办公室\n2024年12月20日\n",
        Some("江苏省对口支援和区域合作工作领导小组办公室"),
    ),
    // the official delivering a report names the author
    (
        "关于全市对口支援工作情况的报告\n漳州市人民政府副市长　林建华\n　　我市对口支援泸定县。",
        Some("漳州市人民政府"),
    ),
    // never guessed
    ("浙江大学、南京大学对口支援我校。", None),
    // a pronoun of the wrong kind does not resolve (我局 is not a university)
    ("浙江大学对口支援喀什大学。我局高度重视。", None),
];

/// The recipient of people or money given in a clause that names no place is the party the
/// next clause helps (…，帮助R / 协助R).
#[test]
fn the_party_helped_next_receives() {
    let net = extract(
        "南京大学对口支援工作总结\n南京大学选派教师5人，帮助新疆大学建设实验室。我校捐赠图书2000册，协助石河子大学充实馆藏。",
    );
    let got: Vec<(K, Option<&str>, Option<&str>)> = net
        .contributions
        .iter()
        .map(|c| (c.kind, c.supporter.as_deref(), c.recipient.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (K::TeacherDispatched, Some("南京大学"), Some("新疆大学")),
            (K::BooksDonated, Some("南京大学"), Some("石河子大学")),
        ]
    );
}

/// 该院 after 向, in a sentence whose subject was one of the givers paired respectively in the
/// sentence before, is that giver's own recipient.
#[test]
fn the_anaphor_helped_is_the_subjects_respective_partner() {
    let net = extract(
        "厦门市对口帮扶工作简报\n厦门大学附属第一医院、厦门市中医院分别对口帮扶临夏县人民医院和临夏县中医医院。厦门大学附属第一医院累计派驻医护人员40人次，向该院捐赠医疗设备价值260万元。\n",
    );
    let gift = net
        .contributions
        .iter()
        .find(|c| c.kind == K::EquipmentDonated)
        .expect("the equipment");
    assert_eq!(gift.recipient.as_deref(), Some("临夏县人民医院"));
}

/// The items of an appeal (我们倡议：一、…1．…) ask for gifts, none is given; a lone 一 of a
/// thing with no verb of giving (一本书、一份爱) is a figure of speech.
#[test]
fn an_appeals_items_ask_and_its_figures_of_speech_give_nothing() {
    let net = extract(
        "复旦大学关于“书香永平”捐书行动的倡议书\n　　我校累计向永平县捐赠图书1.2万册。为此，我们倡议：\n一、捐出一本好书\n1．每位教职工至少捐赠图书1册；\n二、资助一名学生\n　　一本书、一份爱，都可能点亮一个孩子的梦想。\n",
    );
    let got: Vec<(String, Status)> = net
        .contributions
        .iter()
        .filter(|c| c.status != Status::Requested)
        .map(|c| (c.value.to_string(), c.status))
        .collect();
    assert_eq!(got, [("12000".to_owned(), Status::Actual)]);
}

#[test]
fn author_resolution() {
    for (text, want) in AUTHORS {
        assert_eq!(extract(text).author.as_deref(), *want, "{text}");
    }
}

#[test]
fn cases_of_a_compilation_have_their_own_authors() {
    // Each 【案例N】 is written by its own hospital (我院), one of them declared with another
    // name of it in the parenthesis (X（Y，以下简称“我院”）: X is the author).
    let text = "全省对口帮扶典型案例汇编\n【案例一】安徽医科大学第一附属医院：托管让县医院强起来\n　　安徽医科大学第一附属医院（以下简称“我院”）对口帮扶霍山县医院，我院选派专家12名。\n【案例二】皖南医学院第一附属医院：专科共建\n　　皖南医学院第一附属医院（弋矶山医院，以下简称“我院”）始建于1888年。我院对口帮扶泾县医院。\n";
    let net = extract(text);
    assert_eq!(
        net.pairs(),
        [
            ("安徽医科大学第一附属医院", "霍山县医院"),
            ("皖南医学院第一附属医院", "泾县医院")
        ]
    );
}

#[test]
fn compilation_segments_have_their_own_authors() {
    let text = "汇编篇一\n喀什大学对口支援工作总结\n浙江大学对口支援我校。\n汇编篇二\n昌吉学院对口支援工作总结\n吉林大学对口支援我院。\n";
    let net = extract(text);
    assert_eq!(net.author, None, "several authors");
    assert_eq!(
        net.pairs(),
        [("吉林大学", "昌吉学院"), ("浙江大学", "喀什大学")]
    );
}

/// (text, kind, value, unit, cumulative, status).
const CONTRIBUTIONS: &[(&str, K, &str, &str, bool, Status)] = &[
    (
        "浙江大学为我校累计培养博士7人。",
        K::DoctoralTrained,
        "7",
        "人",
        true,
        Status::Actual,
    ),
    (
        "浙江大学录取我校12名教师攻读硕士学位。",
        K::MasterTrained,
        "12",
        "人",
        false,
        Status::Actual,
    ),
    (
        "浙江大学接收我校访问学者9人次。",
        K::VisitingScholar,
        "9",
        "人次",
        false,
        Status::Actual,
    ),
    (
        "浙江大学派出15名教师来我校支教。",
        K::TeacherDispatched,
        "15",
        "人",
        false,
        Status::Actual,
    ),
    (
        "浙江大学选派一名干部来我校挂职。",
        K::CadreSeconded,
        "1",
        "人",
        false,
        Status::Actual,
    ),
    (
        "浙江大学向我校捐赠图书8000册。",
        K::BooksDonated,
        "8000",
        "册",
        false,
        Status::Actual,
    ),
    (
        "浙江大学向我校捐赠资金35万元。",
        K::MoneyDonated,
        "350000",
        "元",
        false,
        Status::Actual,
    ),
    (
        "浙江大学向我校捐赠仪器设备价值12万元。",
        K::EquipmentDonated,
        "120000",
        "元",
        false,
        Status::Actual,
    ),
    (
        "浙江大学为我校进修教师减免学费4.5万元。",
        K::TuitionWaived,
        "45000",
        "元",
        false,
        Status::Actual,
    ),
    (
        "支教教师承担课程近200门。",
        K::CoursesTaught,
        "200",
        "门",
        false,
        Status::Actual,
    ),
    (
        "支教教师累计授课1.2万学时。",
        K::TeachingHours,
        "12000",
        "学时",
        true,
        Status::Actual,
    ),
    (
        "医疗队累计收治患者1200人。",
        K::PatientsTreated,
        "1200",
        "人",
        true,
        Status::Actual,
    ),
    (
        "双方商定浙江大学每年资助我校20万元。",
        K::MoneyDonated,
        "200000",
        "元",
        false,
        Status::Planned,
    ),
    // a wish of an earlier clause leaves the plan of the clause's own subject a plan
    (
        "希望有志于支教的教师积极报名，2026年秋季学期我局将选派支教教师40名。",
        K::TeacherDispatched,
        "40",
        "人",
        false,
        Status::Planned,
    ),
    // money asked for with 希望…支持
    (
        "院长希望宁波方面再支持约800万元购置一台磁共振。",
        K::MoneyDonated,
        "8000000",
        "元",
        false,
        Status::Requested,
    ),
    (
        "希望浙江大学每年单列5名博士名额招收我校教师。",
        K::DoctoralTrained,
        "5",
        "人",
        false,
        Status::Requested,
    ),
    // the value of goods listed before (价值/折合) takes their kind
    (
        "东北师大赠送图书资料1.2万册，折合人民币约36万元。",
        K::BooksDonated,
        "12000",
        "册",
        false,
        Status::Actual,
    ),
    (
        "江西中医药大学附属医院出资8.5万元支持乌恰县人民医院中医馆建设。",
        K::MoneyDonated,
        "85000",
        "元",
        false,
        Status::Actual,
    ),
    (
        "东湖幼儿园为城区幼儿园添置玩教具约8万元。",
        K::EquipmentDonated,
        "80000",
        "元",
        false,
        Status::Actual,
    ),
    // fees other than 学费 waived
    (
        "德阳市第一中学为插班学生减免住宿费、教辅资料费共计6.4万元。",
        K::TuitionWaived,
        "64000",
        "元",
        true,
        Status::Actual,
    ),
    // patients seen (接诊, 诊治) in 人次
    (
        "援疆专家接诊门诊患者2.3万余人次。",
        K::PatientsTreated,
        "23000",
        "人次",
        false,
        Status::Actual,
    ),
    // posts: 挂任, 分别任…主任; 跟岗 of principals is a secondment
    (
        "另有3名专家挂任阿合奇县人民医院副院长。",
        K::CadreSeconded,
        "3",
        "人",
        false,
        Status::Actual,
    ),
    (
        "2名专家分别任医务部主任、护理部副主任。",
        K::CadreSeconded,
        "2",
        "人",
        false,
        Status::Actual,
    ),
    (
        "我局选派12名中小学校长赴德阳市跟岗学习。",
        K::CadreSeconded,
        "12",
        "人",
        false,
        Status::Actual,
    ),
    // 送教 in 人次
    (
        "德阳市教育局组织名师送教团2批、23人次来我县开展送教下乡。",
        K::TeacherDispatched,
        "23",
        "人次",
        false,
        Status::Actual,
    ),
    // kind other: staff sent, surgeries, training sessions, trainees
    (
        "江西省人民医院派出9名。",
        K::Other,
        "9",
        "人",
        false,
        Status::Actual,
    ),
    (
        "专家团队完成各类手术近300台。",
        K::Other,
        "300",
        "台",
        false,
        Status::Actual,
    ),
    (
        "举办各类培训班14期。",
        K::Other,
        "14",
        "期",
        false,
        Status::Actual,
    ),
    (
        "培训医护人员1560人次。",
        K::Other,
        "1560",
        "人次",
        false,
        Status::Actual,
    ),
    // a value in a clause of its own takes the kind of the clause before
    (
        "清华大学捐赠实验仪器设备一批，价值约260万元。",
        K::EquipmentDonated,
        "2600000",
        "元",
        false,
        Status::Actual,
    ),
    (
        "树德中学为他们减免学费和住宿费，合计28.5万元。",
        K::TuitionWaived,
        "285000",
        "元",
        false,
        Status::Actual,
    ),
    // money put in by a named supporter
    (
        "受北京大学医学部资助，我院建成实训中心，北京大学医学部累计投入建设资金150万元。",
        K::MoneyDonated,
        "1500000",
        "元",
        true,
        Status::Actual,
    ),
    // experts sent to a hospital are medical staff
    (
        "北京大学第三医院与我院第一附属医院结成对子，该院派出专家17人次驻点指导。",
        K::Other,
        "17",
        "人次",
        false,
        Status::Actual,
    ),
    // a value before the goods it prices
    (
        "浙江大学为我校捐赠价值50万元的图书1万册。",
        K::BooksDonated,
        "500000",
        "元",
        false,
        Status::Actual,
    ),
    // 拟 is planned
    (
        "南昌大学第一附属医院拟于2024年再向我院捐赠1台磁共振设备，价值约900万元。",
        K::EquipmentDonated,
        "1",
        "台",
        false,
        Status::Planned,
    ),
    // teachers sent to study at the host are visiting scholars, not teachers dispatched
    (
        "我校选派青年教师11人赴武汉理工大学访学进修。",
        K::VisitingScholar,
        "11",
        "人",
        false,
        Status::Actual,
    ),
    // equipment with a count and a total value in the next clause
    (
        "华中科技大学捐赠实验教学设备120台，总价值约380万元。",
        K::EquipmentDonated,
        "120",
        "台",
        false,
        Status::Actual,
    ),
    (
        "上海市控江中学向贡山县第一中学捐赠电脑50台，价值25万元。",
        K::EquipmentDonated,
        "50",
        "台",
        false,
        Status::Actual,
    ),
    // round 3: trainings in sessions, money that builds a school
    (
        "共培训教师3000人次，举办培训20场。",
        K::Other,
        "3000",
        "人次",
        false,
        Status::Actual,
    ),
    (
        "鄞州区投入帮扶资金300万元援建兴义市第三小学。",
        K::MoneyDonated,
        "3000000",
        "元",
        false,
        Status::Actual,
    ),
    // session 4: money set aside or provided by a named giver
    (
        "南京市教育局全年安排东西部协作资金2600万元。",
        K::MoneyDonated,
        "26000000",
        "元",
        false,
        Status::Actual,
    ),
    (
        "台州市人社局全年帮助天全县农村劳动力到浙江企业稳定就业860人。",
        K::Other,
        "860",
        "人",
        false,
        Status::Actual,
    ),
    (
        "温州市第二职业中学为泸水市职业中学学生提供助学金8万元。",
        K::MoneyDonated,
        "80000",
        "元",
        false,
        Status::Actual,
    ),
];

#[test]
fn contribution_patterns() {
    for (text, kind, value, unit, cumulative, status) in CONTRIBUTIONS {
        let net = extract(text);
        let c = net
            .contributions
            .iter()
            .find(|c| c.kind == *kind)
            .unwrap_or_else(|| panic!("no {kind:?} in {text}: {:?}", net.contributions));
        assert_eq!(
            (
                c.value.to_string().as_str(),
                c.unit.as_str(),
                c.cumulative,
                c.status
            ),
            (*value, *unit, *cumulative, *status),
            "{text}"
        );
    }
}

#[test]
fn training_sessions_are_counted_apart_from_trainees() {
    let net = extract("共培训教师3000人次，举办培训20场。");
    let sessions: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.activity.as_deref() == Some("training_sessions"))
        .map(|c| (c.value.to_string(), c.unit.clone()))
        .collect();
    assert_eq!(sessions, [("20".to_owned(), "场".to_owned())]);
    // A lecture given to the local staff is a training session (the convention since session
    // 24); a talk at a meeting is none.
    let net = extract("开设专题讲座40余场。");
    let lectures: Vec<_> = net
        .contributions
        .iter()
        .map(|c| (c.value.to_string(), c.activity.as_deref()))
        .collect();
    assert_eq!(lectures, [("40".to_owned(), Some("training_sessions"))]);
    let net = extract("召开专题报告会3场。");
    assert!(net.contributions.is_empty(), "{:?}", net.contributions);
}

#[test]
fn people_and_person_times_are_never_summed() {
    let net = extract("浙江大学接收我校访问学者9人次。浙江大学接收我校访问学者3人。");
    let totals = net.totals();
    assert_eq!(totals.len(), 2);
    assert!(
        totals
            .iter()
            .any(|t| t.unit == "人次" && t.value.to_string() == "9")
    );
    assert!(
        totals
            .iter()
            .any(|t| t.unit == "人" && t.value.to_string() == "3")
    );
}

#[test]
fn cumulative_is_not_added_to_periodic() {
    let net = extract("浙江大学今年为我校培养博士2人。浙江大学累计为我校培养博士9人。");
    let totals = net.totals();
    assert_eq!(totals.len(), 2, "{totals:?}");
}

#[test]
fn repeated_amount_is_flagged_not_summed() {
    let net = extract("浙江大学决定拨出50万元支持我校。浙江大学捐赠50万元，用于实验室建设。");
    let money: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.kind == K::MoneyDonated)
        .collect();
    assert_eq!(money.len(), 2, "both mentions are kept");
    assert_eq!(money.iter().filter(|c| c.repeat_of.is_some()).count(), 1);
    assert_eq!(net.totals()[0].value.to_string(), "500000");
}

#[test]
fn zhonggong_trap() {
    // 彭州职中 + 共接收, not 中共.
    let net = extract("我市彭州职中共接收来自阿坝州的学生50名。");
    let names: Vec<&str> = net.institutions.iter().map(|i| i.name.as_str()).collect();
    assert!(names.contains(&"彭州职中"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("中共")), "{names:?}");
    assert_eq!(net.pairs(), [("彭州职中", "阿坝藏族羌族自治州")]);
}

#[test]
fn an_interview_speaks_for_the_interviewees_school() {
    // 我们学校 and 我们县X in the answers of the head of a school; short forms defined in a
    // parenthesis, in passing (X就是Y) and as a nickname; a pairing of the county's school
    // with a town's school is the county's support.
    let text = "首页 | 教育\n对话邻水一中校长：嘉兴老师来了\n　　【编者按】邻水县第一中学（本地人俗称“县一中”）是邻水县最大的高中。\n问：请介绍一下结对情况。\n答：我们学校是前年和秀洲高中结的对子，秀洲高中就是嘉兴市秀洲高级中学，大家都这么叫。嘉兴市第一中学（嘉兴一中）今年派了5位老师。\n问：学校自己呢？\n答：我们学校去年和我们县合流镇中学结了对子。县一中的老师每周去上课。\n";
    let net = extract(text);
    let mut pairs = net.pairs();
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [
            ("嘉兴市秀洲高级中学", "邻水县第一中学"),
            ("邻水县第一中学", "邻水县合流镇中学"),
        ]
    );
    let names: Vec<&str> = net.institutions.iter().map(|i| i.name.as_str()).collect();
    for short in ["秀洲高中", "嘉兴一中", "县一中", "我们学校", "话邻水一中"] {
        assert!(!names.contains(&short), "{short} in {names:?}");
    }
}

#[test]
fn students_placed_at_a_school_are_hosted_by_the_school() {
    // Not by its city: a destination school stands for its county only for people sent there.
    let net = extract(
        "嘉兴市秀洲高级中学对口帮扶邻水县第一中学。今年还有25名学生到嘉兴市秀洲高级中学插班就读。",
    );
    let c = net
        .contributions
        .iter()
        .find(|c| c.kind == K::StudentsPlaced)
        .expect("students placed");
    assert_eq!(
        (c.supporter.as_deref(), c.recipient.as_deref()),
        (Some("嘉兴市秀洲高级中学"), Some("邻水县第一中学"))
    );
}

#[test]
fn a_yearbook_speaks_for_its_university() {
    // In 中南大学年鉴, 学校 opening a clause or after 由 is 中南大学, and so is the author; a
    // bare 学院 paired with a unit of another university is 中南大学's.
    let text = "中南大学年鉴（2024）　> 合作交流 > 对口支援\n·112·　　　中南大学年鉴2024\n\n对口支援工作\n【综述】　2023年，学校继续对口支援吉首大学。\n　　学院层面，外国语学院对口支援吉首大学外国语学院。吉首大学图书馆则由学校图书馆负责帮扶。\n";
    let net = extract(text);
    assert_eq!(net.author.as_deref(), Some("中南大学"));
    let mut pairs = net.pairs();
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [
            ("中南大学", "吉首大学"),
            ("中南大学图书馆", "吉首大学图书馆"),
            ("中南大学外国语学院", "吉首大学外国语学院"),
        ]
    );
}

#[test]
fn doubled_town_words_are_no_names() {
    // 镇镇结对 and 村村结对 are town-to-town and village-to-village work: the town before them
    // stays whole and no name runs on through 开展 to the doubled word.
    let net = extract("思明区与临夏市折桥镇开展村村结对帮扶。同安区与广河县城关镇开展镇镇结对。");
    let names: Vec<&str> = net.institutions.iter().map(|i| i.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("开展")), "{names:?}");
    assert!(names.contains(&"临夏市折桥镇"), "{names:?}");
}

#[test]
fn place_prefixes_denote_one_institution() {
    let net = extract("我局对口支援甘孜州乡城县。我局选派5名教师到乡城县支教。");
    let names: Vec<&str> = net.institutions.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["乡城县"]);
    assert_eq!(
        net.institutions[0].region.as_deref(),
        Some("甘孜藏族自治州")
    );
}

#[test]
fn discipline_lists_and_durations() {
    let net = extract(
        "6月，河海大学与塔里木大学签订了为期5年的协议，重点支援塔里木大学的水利工程、农业工程等学科。",
    );
    let r = net
        .relations
        .iter()
        .find(|r| !r.disciplines.is_empty())
        .expect("a discipline relation");
    assert_eq!(r.disciplines, ["农业工程", "水利工程"]);
    assert_eq!(r.duration.as_deref(), Some("5年"));
    assert_eq!(r.established.as_ref().map(|d| d.text.as_str()), Some("6月"));
}

#[test]
fn team_lead() {
    let net = extract("由南开大学、天津大学组团对口支援新疆大学，南开大学为组长单位。");
    let contract = net.to_contract();
    let lead: Vec<_> = contract
        .relations
        .iter()
        .filter(|r| r.role == "lead")
        .collect();
    assert_eq!(lead.len(), 1);
    assert_eq!(lead[0].supporter.as_deref(), Some("南开大学"));
}

#[test]
fn recipient_side_wording() {
    let cases: &[(&str, Pair)] = &[
        (
            "多年来，喀什大学得到浙江大学的大力支援。",
            (Some("浙江大学"), "喀什大学"),
        ),
        (
            "浙江大学是喀什大学的对口支援高校。",
            (Some("浙江大学"), "喀什大学"),
        ),
    ];
    for (text, want) in cases {
        let c = extract(text).to_contract();
        let got: Vec<(Option<&str>, &str)> = c
            .relations
            .iter()
            .map(|r| (r.supporter.as_deref(), r.recipient.as_str()))
            .collect();
        assert!(got.contains(&(want.0, want.1)), "{text}: {got:?}");
    }
}

#[test]
fn one_supporter_several_recipients() {
    let net = extract("浙江大学对口支援塔里木大学、新疆大学和喀什大学。");
    assert_eq!(
        net.pairs(),
        [
            ("浙江大学", "喀什大学"),
            ("浙江大学", "塔里木大学"),
            ("浙江大学", "新疆大学")
        ]
    );
    let net = extract("北京大学对口支援石河子大学、清华大学对口支援青海大学。");
    assert_eq!(
        net.pairs(),
        [("北京大学", "石河子大学"), ("清华大学", "青海大学")]
    );
}

#[test]
fn respective_dispatch_pairs_lists_in_order() {
    // Two senders, 分别, two amounts, two places: the k-th sends the k-th amount to the k-th.
    let net = extract("苏州市、无锡市分别选派教师18名、26名到阿图什市、乌恰县支教。");
    assert_eq!(net.pairs(), [("无锡市", "乌恰县"), ("苏州市", "阿图什市")]);
    let mut given: Vec<(String, String, String)> = net
        .contributions
        .iter()
        .map(|c| {
            (
                c.supporter.clone().unwrap_or_default(),
                c.recipient.clone().unwrap_or_default(),
                c.value.to_string(),
            )
        })
        .collect();
    given.sort();
    assert_eq!(
        given,
        [
            ("无锡市".into(), "乌恰县".into(), "26".into()),
            ("苏州市".into(), "阿图什市".into(), "18".into()),
        ]
    );
    // One sender, several places, no 分别: each place receives.
    let net = extract("常州市选派教师到阿合奇县、乌恰县支教。");
    assert_eq!(net.pairs(), [("常州市", "乌恰县"), ("常州市", "阿合奇县")]);
    // Several schools of one county still stand for the county.
    let net = extract("常州市选派教师到乌恰县第一中学、乌恰县实验小学支教。");
    assert_eq!(net.pairs(), [("常州市", "乌恰县")]);
}

#[test]
fn supporter_side_reports() {
    // The title names both sides; 我校 sends teachers, so the author is the supporter.
    let text = "浙江大学对口支援塔里木大学工作总结\n我校选派10名教师到塔里木大学支教。";
    let net = extract(text);
    assert_eq!(net.author.as_deref(), Some("浙江大学"));
    assert_eq!(net.pairs(), [("浙江大学", "塔里木大学")]);
}

#[test]
fn city_county_wording() {
    // Teachers sent to a county's schools support the county; a title does not run on.
    let text = "温江区教育局教育对口支援工作总结\n我局结对帮扶理县、黑水县两县教育工作。\n全年选派23名教师到理县中学、黑水县民族中学支教。\n温江中学接收黑水县初中毕业生45名就读。";
    let net = extract(text);
    assert_eq!(net.author.as_deref(), Some("温江区教育局"));
    let pairs = net.pairs();
    for want in [
        ("温江区教育局", "理县"),
        ("温江区教育局", "黑水县"),
        ("温江中学", "黑水县"),
    ] {
        assert!(pairs.contains(&want), "{want:?} in {pairs:?}");
    }
    let teachers = net
        .contributions
        .iter()
        .find(|c| c.kind == K::TeacherDispatched)
        .unwrap();
    assert_eq!(teachers.recipient.as_deref(), Some("理县"));
    assert!(!pairs.iter().any(|(s, _)| s.starts_with("根据")));
}

#[test]
fn crlf_and_lines() {
    let text =
        "喀什大学对口支援工作总结\r\n\r\n浙江大学对口支援我校。\r\n浙江大学为我校培养博士3人。\r\n";
    let net = extract(text);
    assert_eq!(net.author.as_deref(), Some("喀什大学"));
    let c = &net.to_contract().contributions[0];
    assert_eq!((c.line, c.value.to_string().as_str()), (4, "3"));
    assert_eq!(text.get(c.start..c.end), Some(c.text.as_str()));
}

/// Amounts that are not contributions: a stock on post, a per-unit norm, patients cured, a
/// team's total, a growth statement.
#[test]
fn not_contributions() {
    for text in [
        "本学年在岗支教教师18名。",
        "并为每个插班班级配备一名生活老师。",
        "治愈出院1497人。",
        "医疗队共46人。",
        "我院年手术量由2020年的3200台增加到2023年的6400台。",
        // jobs a workshop offers in the recipient's own county are no labour transfer
        "东部企业在我县投资建设的帮扶车间吸纳就业120人。",
        // stocks and the recipient's own recruits and degrees
        "喀什大学对口支援工作总结\n浙江大学对口支援我校。我校现有专任教师860人，其中博士120人。",
        "喀什大学对口支援工作总结\n浙江大学对口支援我校。图书馆藏书150万册。",
        "喀什大学对口支援工作总结\n浙江大学对口支援我校。我校有28名教师获得博士学位。",
        "喀什大学对口支援工作总结\n浙江大学对口支援我校。浙江大学帮助我校引进博士8人。",
    ] {
        let net = extract(text);
        assert!(
            net.contributions.is_empty(),
            "{text}: {:?}",
            net.contributions
        );
    }
}

/// Kind `other` says what it counts.
#[test]
fn other_contributions_carry_their_activity() {
    let net = extract("专家团队完成各类手术近300台，举办培训班14期，培训医护人员1560人次。");
    let acts: Vec<Option<&str>> = net
        .contributions
        .iter()
        .map(|c| c.activity.as_deref())
        .collect();
    assert_eq!(
        acts,
        [
            Some("surgeries"),
            Some("training_sessions"),
            Some("trainees")
        ]
    );
}

/// Medical teams: doctors sent to sit in clinics are staff, not teachers; bedside teaching
/// (带教) counts trainees, 主刀 surgeries count; lectures are no training sessions.
#[test]
fn medical_team_activities() {
    let net = extract(
        "湘雅医院对口帮扶隆子县人民医院，全年派出骨干医师12人次下沉坐诊，带教当地医务人员30人，\
         主刀或指导手术150台，举办学术讲座20场、培训医护人员约800人次。",
    );
    let got: Vec<(K, String, String, Option<&str>)> = net
        .contributions
        .iter()
        .map(|c| {
            (
                c.kind,
                c.value.to_string(),
                c.unit.clone(),
                c.activity.as_deref(),
            )
        })
        .collect();
    let want = [
        (K::Other, "12", "人次", Some("staff_dispatched")),
        (K::Other, "30", "人", Some("trainees")),
        (K::Other, "150", "台", Some("surgeries")),
        (K::Other, "20", "场", Some("training_sessions")),
        (K::Other, "800", "人次", Some("trainees")),
    ];
    assert_eq!(
        got,
        want.map(|(k, v, u, a)| (k, v.to_owned(), u.to_owned(), a)),
        "{:?}",
        net.contributions
    );
    // A school that sends teachers to give lessons is still dispatching teachers.
    let net = extract("我校全年派出骨干教师9人次到该校送教。");
    assert!(
        net.contributions
            .iter()
            .any(|c| c.kind == K::TeacherDispatched && c.value.to_string() == "9"),
        "{:?}",
        net.contributions
    );
}

/// A sentence broken before its amount keeps the amount with its words: after a run-in
/// heading (（二）…。body on the same line) and when the amount (3.2万册) opens the next line.
#[test]
fn amounts_broken_onto_the_next_line() {
    let net =
        extract("（二）开展教师培训。全年举办骨干教师研修班6期，培训\n310人次；其余线上开展。");
    assert!(
        net.contributions
            .iter()
            .any(|c| c.value.to_string() == "310"
                && c.unit == "人次"
                && c.activity.as_deref() == Some("trainees")),
        "{:?}",
        net.contributions
    );
    let net =
        extract("全年接收进修教师9人；我校图书馆向该校捐赠图书资料和期刊\n2.4万册，价值约70万元。");
    let books: Vec<(String, String)> = net
        .contributions
        .iter()
        .filter(|c| c.kind == K::BooksDonated)
        .map(|c| (c.value.to_string(), c.unit.clone()))
        .collect();
    assert_eq!(
        books,
        [
            ("24000".to_owned(), "册".to_owned()),
            ("700000".to_owned(), "元".to_owned())
        ]
    );
}

/// 各 before the verb: every listed party gives (or receives) the whole amount; 分别: the k-th
/// amount belongs to the k-th party when the counts match; 各类 is no distribution.
#[test]
fn each_and_respectively() {
    let parties = |text: &str| -> Vec<(String, Option<String>, Option<String>)> {
        extract(text)
            .contributions
            .iter()
            .map(|c| {
                (
                    c.value.to_string(),
                    c.supporter.clone(),
                    c.recipient.clone(),
                )
            })
            .collect()
    };
    let s = |x: &str| Some(x.to_owned());
    let mut got = parties(
        "兰州大学对口支援工作总结\n今年，南京大学、东南大学和河海大学各选派1名干部到我校挂职。",
    );
    got.sort();
    assert_eq!(
        got,
        [
            ("1".to_owned(), s("东南大学"), s("兰州大学")),
            ("1".to_owned(), s("南京大学"), s("兰州大学")),
            ("1".to_owned(), s("河海大学"), s("兰州大学")),
        ]
    );
    let mut got = parties("苏州大学向甲县第一中学、乙县第二中学各捐赠图书3000册。");
    got.sort();
    assert_eq!(
        got,
        [
            ("3000".to_owned(), s("苏州大学"), s("乙县第二中学")),
            ("3000".to_owned(), s("苏州大学"), s("甲县第一中学")),
        ]
    );
    let got = parties("南京大学、东南大学分别选派教师5人和3人到拉萨师范学校支教。");
    assert_eq!(
        got,
        [
            ("5".to_owned(), s("南京大学"), s("拉萨师范学校")),
            ("3".to_owned(), s("东南大学"), s("拉萨师范学校")),
        ]
    );
    // Counts that do not match the list leave the parties as they were read.
    let got = parties("南京大学、东南大学分别选派教师5人到拉萨师范学校支教。");
    assert_eq!(got, [("5".to_owned(), s("南京大学"), s("拉萨师范学校"))]);
    // 各类 is a kind of training, not a distribution over the list.
    let got = parties("南京大学、东南大学为拉萨师范学校开展各类培训12期。");
    assert_eq!(got.len(), 1, "{got:?}");
}

/// A value clause (价值/折合) prices the goods listed before it, as a second entry in 元.
#[test]
fn value_clause_prices_goods_before_it() {
    for (text, kind, value) in [
        (
            "南昌大学第一附属医院向我院捐赠超声诊断仪2台、腹腔镜设备1套，价值共计186万元。",
            K::EquipmentDonated,
            "1860000",
        ),
        (
            "南京大学向我校图书馆赠书8600册，价值约43万元。",
            K::BooksDonated,
            "430000",
        ),
        (
            "东北师大赠送图书资料1.2万册，折合人民币约36万元。",
            K::BooksDonated,
            "360000",
        ),
        // Machines counted in 台/套 with a verb of giving, no word for "equipment".
        (
            "苏州市立医院向我院捐赠呼吸机5台、心电监护仪3台，价值共计95万元。",
            K::EquipmentDonated,
            "950000",
        ),
        (
            "该校为我校援建智能制造实训工作站2套，价值约80万元。",
            K::EquipmentDonated,
            "800000",
        ),
    ] {
        let net = extract(text);
        assert!(
            net.contributions
                .iter()
                .any(|c| c.kind == kind && c.unit == "元" && c.value.to_string() == value),
            "{text}: {:?}",
            net.contributions
        );
    }
}

/// One named person taking a post counts 1 人 though no numeral is written.
#[test]
fn one_named_person_taking_a_post() {
    for (text, sup, rec) in [
        (
            "德阳市第五中学校长张卫东挂职乡城县第二中学副校长。",
            "德阳市第五中学",
            "乡城县第二中学",
        ),
        (
            "德阳市实验小学副校长周敏挂职任乡城县青德镇中心小学校长，任期一年。",
            "德阳市实验小学",
            "乡城县青德镇中心小学",
        ),
        (
            "南昌大学第一附属医院副院长陈立新同志任阿合奇县人民医院院长。",
            "南昌大学第一附属医院",
            "阿合奇县人民医院",
        ),
    ] {
        let net = extract(text);
        let c = net
            .contributions
            .iter()
            .find(|c| c.kind == K::CadreSeconded)
            .unwrap_or_else(|| panic!("{text}: {:?}", net.contributions));
        assert_eq!(
            (
                c.value.to_string().as_str(),
                c.unit.as_str(),
                c.supporter.as_deref(),
                c.recipient.as_deref()
            ),
            ("1", "人", Some(sup), Some(rec)),
            "{text}"
        );
    }
    // a title with no post taken elsewhere is no secondment
    let net = extract("德阳市第五中学校长张卫东介绍了经验。");
    assert!(net.contributions.is_empty(), "{:?}", net.contributions);
}

/// The institution after 支持 / 挂任 / 任 receives, and so does the place of the work (在X).
#[test]
fn recipient_after_support_and_post_verbs() {
    for (text, rec) in [
        (
            "江西中医药大学附属医院出资8.5万元支持乌恰县人民医院中医馆建设。",
            "乌恰县人民医院",
        ),
        (
            "南昌大学第一附属医院另有3名专家挂任阿合奇县人民医院副院长。",
            "阿合奇县人民医院",
        ),
        // a school whose name starts with a generic head (城区幼儿园) stands for no county
        (
            "旌阳区东湖幼儿园对口帮扶乡城县城区幼儿园。东湖幼儿园为城区幼儿园添置玩教具约8万元。",
            "乡城县城区幼儿园",
        ),
        // where the work is done (在X，…) receives it
        (
            "在阿合奇县人民医院，专家团队完成各类手术近300台。",
            "阿合奇县人民医院",
        ),
        // the school a verb of support names receives the teachers of the next clause, not
        // the county of the paragraph's sentence before
        (
            "我市向察雅县拨付援藏资金3000万元。漳州一中对口帮扶察雅县中学，选派支教教师8名。",
            "察雅县中学",
        ),
    ] {
        let net = extract(text);
        let c = net
            .contributions
            .last()
            .unwrap_or_else(|| panic!("{text}: nothing"));
        assert_eq!(c.recipient.as_deref(), Some(rec), "{text}");
    }
}

#[test]
fn bracketed_essay_markers_keep_authors_apart() {
    let text = "【篇1】\n喀什大学对口支援工作总结\n浙江大学对口支援我校。\n【篇2】\n昌吉学院对口支援工作总结\n吉林大学对口支援我院。\n";
    let net = extract(text);
    assert_eq!(
        net.pairs(),
        [("吉林大学", "昌吉学院"), ("浙江大学", "喀什大学")]
    );
}

#[test]
fn a_breakdown_after_zhong_is_part_of_the_total() {
    let net = extract("浙江大学派驻我校的3名挂职干部中，1人任副校长。");
    let parts: Vec<bool> = net.contributions.iter().map(|c| c.part_of_total).collect();
    assert_eq!(parts, [false, true], "{:?}", net.contributions);
}

#[test]
fn own_spending_and_yearly_quotas_are_not_given() {
    // The recipient author's own spending is no contribution.
    let net = extract(
        "乡城县教育局工作总结\n德阳市教育局对口支援我县。我县投入资金500万元改善办学条件。",
    );
    assert!(net.contributions.is_empty(), "{:?}", net.contributions);
    // A yearly quota planned is a norm, not a contribution.
    let c = extract("浙江大学对口支援工作报告\n我校对口支援喀什大学，计划每年为该校培养博士5人。")
        .to_contract();
    assert!(c.contributions.is_empty(), "{:?}", c.contributions);
}

#[test]
fn place_pronoun_with_a_unit_keeps_the_place() {
    let net = extract(
        "理塘县教育局\n教育对口支援工作情况汇报\n安吉县职业高级中学与我县职业技术学校结对，成都市教育局对口支援我县。",
    );
    assert!(
        net.pairs()
            .contains(&("安吉县职业高级中学", "理塘县职业技术学校")),
        "{:?}",
        net.pairs()
    );
}

#[test]
fn an_amount_said_again_without_its_giver_is_a_repeat() {
    let net = extract(
        "山东省今年安排援藏资金2.6亿元，重点用于日喀则市学校建设。\n2.6亿元资金已全部拨付到位。",
    );
    let money: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "元" && c.value.to_string() == "260000000")
        .collect();
    assert_eq!(money.len(), 2, "{:?}", net.contributions);
    assert_eq!(money.iter().filter(|c| c.repeat_of.is_none()).count(), 1);
    let first = money.iter().find(|c| c.repeat_of.is_none()).unwrap();
    assert_eq!(first.kind, K::MoneyDonated);
    assert_eq!(first.supporter.as_deref(), Some("山东省"));
}

#[test]
fn own_hospital_department_pairs_at_department_level() {
    let net =
        extract("长沙市中心医院对口支援工作总结\n我院心内科对口帮扶林芝市人民医院心血管内科。");
    assert_eq!(
        net.pairs(),
        [("长沙市中心医院心内科", "林芝市人民医院心血管内科")]
    );
}

#[test]
fn help_under_which_the_subject_works() {
    // "R…，在X的帮扶下，…": the sentence's subject is helped when nothing follows 下.
    let net = extract(
        "昌都县2023年工作总结\n2023年，我县扎实推进各项工作，在浙江省宁波市江北区的倾力帮扶下，各项任务全面完成。江北区还捐赠图书2000册。",
    );
    // The district written with its province and city first is one place with 江北区.
    assert_eq!(net.pairs(), [("宁波市江北区", "昌都县")]);
}

#[test]
fn a_provincial_department_writes_wo_ting() {
    // 我厅 is the author's education department; teachers 派驻 to a list of schools go to
    // their city.
    let net = extract(
        "广东省教育厅关于援藏工作的总结\n我厅选派教师40人，分别派驻林芝市第一中学和林芝市第二中学，服务期一年。",
    );
    assert_eq!(net.pairs(), [("广东省教育厅", "林芝市")]);
    // …and a 我厅 that never learns who it is stays unresolved.
    let c = extract("我厅选派教师40人到林芝市第一中学支教。").to_contract();
    assert!(
        c.relations.iter().all(|r| r.supporter.is_none()),
        "{:?}",
        c.relations
    );
}

#[test]
fn a_post_after_an_office_is_no_part_of_its_name() {
    let net = extract("宁波大学派出1名干部任昌都学院教务处副处长。");
    let names: Vec<&str> = net.institutions.iter().map(|i| i.name.as_str()).collect();
    assert!(names.iter().all(|n| !n.ends_with("副处")), "{names:?}");
    // The post is taken at the office's institution, by the relation and by the amount.
    assert_eq!(net.pairs(), [("宁波大学", "昌都学院")]);
    let c = net.to_contract();
    assert_eq!(
        c.contributions.first().and_then(|c| c.recipient.as_deref()),
        Some("昌都学院")
    );
}

/// Written after the first run of h18–h21 (post-measurement, general shapes): a school of the
/// author's county whose name holds 全 (我县完全小学), schools of two places the document
/// pairs (X市的学校与Y区的学校结为帮扶学校 after X市对口支援Y区), and 各 over the givers and the
/// recipients of the clause before.
#[test]
fn places_paired_orient_their_schools_and_each_goes_to_its_own() {
    let net = extract(
        "八宿县教育局工作总结\n佛山市第二实验小学、佛山市南海小学分别对口帮扶我县完全小学和我县第二小学，各派出教师3名。\n",
    );
    let mut pairs = net.pairs();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("佛山市南海小学", "八宿县第二小学"),
            ("佛山市第二实验小学", "八宿县完全小学"),
        ]
    );
    let mut given: Vec<(Option<&str>, Option<&str>)> = net
        .contributions
        .iter()
        .map(|c| (c.supporter.as_deref(), c.recipient.as_deref()))
        .collect();
    given.sort();
    assert_eq!(
        given,
        [
            (Some("佛山市南海小学"), Some("八宿县第二小学")),
            (Some("佛山市第二实验小学"), Some("八宿县完全小学")),
        ]
    );
    let net = extract("株洲市对口支援鄯善县。株洲市第二中学与鄯善县第一中学结为帮扶学校。");
    assert!(
        net.pairs().contains(&("株洲市第二中学", "鄯善县第一中学")),
        "{:?}",
        net.pairs()
    );
}

/// A word of scope after a list's joiner (和省内X) keeps the list going.
#[test]
fn a_scope_word_after_a_joiner_keeps_the_list() {
    let net = extract(
        "济宁医学院附属医院工作总结\n我院继续对口帮扶青海省海东市乐都区人民医院、化隆县人民医院和省内泗水县人民医院三家县级医院。\n",
    );
    assert!(
        net.pairs()
            .contains(&("济宁医学院附属医院", "泗水县人民医院")),
        "{:?}",
        net.pairs()
    );
    // 民和县 holds 和, which elsewhere joins two names.
    let net = extract(
        "济宁医学院附属医院工作总结\n我院继续对口帮扶民和县人民医院和省内泗水县人民医院。\n",
    );
    assert!(
        net.pairs()
            .contains(&("济宁医学院附属医院", "民和县人民医院")),
        "{:?}",
        net.pairs()
    );
}

#[test]
fn a_stated_pairing_takes_in_the_activities_of_its_edge() {
    let net = extract(
        "华中科技大学2024年对口支援工作简报\n我校机械科学与工程学院与新疆大学机械工程学院签订学科共建协议。\n",
    );
    let edges: Vec<_> = net
        .relations
        .iter()
        .map(|r| {
            (
                r.supporter_names().collect::<Vec<_>>(),
                &r.recipient,
                r.kind,
            )
        })
        .collect();
    assert_eq!(edges.len(), 1, "{edges:?}");
}

#[test]
fn a_group_company_in_its_own_report_is_the_group() {
    let net = extract("中国大唐集团有限公司定点帮扶工作报告\n集团公司定点帮扶甘肃省定西市漳县。\n");
    assert!(
        net.pairs().contains(&("中国大唐集团有限公司", "漳县")),
        "{:?}",
        net.pairs()
    );
}

/// A government backing the writer's own aid (在特区政府支持下) gives no pair.
#[test]
fn backing_is_no_pairing() {
    let net = duikou_model::extract(
        "香港城市大学对口支援工作报告\n在特区政府支持下，本校以援建方式支援四川农业大学。",
    );
    assert_eq!(net.pairs(), [("香港城市大学", "四川农业大学")]);
}

/// A unit whose first subject holds a character that elsewhere ends names (经济与管理学院: 经 of
/// 经过) keeps its university.
#[test]
fn a_unit_of_two_subjects_keeps_its_whole_name() {
    let net = duikou_model::extract(
        "对口支援工作简报\n北京大学经济与管理学院对口支援石河子大学经济与管理学院。",
    );
    assert_eq!(
        net.pairs(),
        [("北京大学经济与管理学院", "石河子大学经济与管理学院")]
    );
}

/// A floor named after the amount (属最低要求) and a plan's whole scope (计划共6期) are targets,
/// not what was given; the sessions already held are.
#[test]
fn floors_and_plan_scopes_are_targets() {
    let net = duikou_model::extract(
        "北京师范大学对口支援工作总结\n我校对口支援喀什大学。我校每年派出教师4人次以上，属最低要求。送教下乡已开展2期，计划共5期。",
    );
    let got: Vec<(String, duikou_model::Status)> = net
        .contributions
        .iter()
        .map(|c| (format!("{}{}", c.value, c.unit), c.status))
        .collect();
    assert!(
        got.contains(&("4人次".to_owned(), duikou_model::Status::Requested)),
        "{got:?}"
    );
    assert!(
        got.contains(&("5期".to_owned(), duikou_model::Status::Requested)),
        "{got:?}"
    );
    assert!(
        got.contains(&("2期".to_owned(), duikou_model::Status::Actual)),
        "{got:?}"
    );
}

/// The pairs of `text`, owned.
fn owned_pairs(text: &str) -> Vec<(String, String)> {
    extract(text)
        .pairs()
        .into_iter()
        .map(|(s, r)| (s.to_owned(), r.to_owned()))
        .collect()
}

#[test]
fn a_lead_from_a_year_on_still_leads_its_team() {
    let pairs = owned_pairs(
        "天津医科大学总医院（以下简称“总医院”）自2019年起牵头，天津市第一中心医院、天津医科大学肿瘤医院参与，组团帮扶和田地区人民医院。",
    );
    for s in [
        "天津医科大学总医院",
        "天津市第一中心医院",
        "天津医科大学肿瘤医院",
    ] {
        assert!(
            pairs.iter().any(|(x, r)| x == s && r == "和田地区人民医院"),
            "{s} not in {pairs:?}"
        );
    }
}

#[test]
fn a_pairing_that_frames_a_deployment_is_stated() {
    let pairs = owned_pairs("在天津市对口支援新疆和田地区的部署下，我院组团帮扶和田地区人民医院。");
    assert!(
        pairs.iter().any(|(s, r)| s == "天津市" && r == "和田地区"),
        "{pairs:?}"
    );
}

#[test]
fn a_pairing_named_as_a_noun_frames_a_sentence() {
    let pairs = owned_pairs(
        "在厦门市与临夏回族自治州东西部协作框架下，厦门大学附属第一医院对口帮扶临夏回族自治州人民医院。",
    );
    assert!(
        pairs
            .iter()
            .any(|(s, r)| s == "厦门市" && r == "临夏回族自治州"),
        "{pairs:?}"
    );
    // A place the sentence happens in is still no party.
    let pairs = owned_pairs(
        "在厦门市召开东西部协作联席会议，厦门大学附属第一医院对口帮扶临夏回族自治州人民医院。",
    );
    assert!(pairs.iter().all(|(s, _)| s != "厦门市"), "{pairs:?}");
}

/// Labour helped into jobs by a named giver for a named recipient (X人力资源局协助我县转移农村
/// 劳动力…3,260人) pairs them, as people sent do; a county's own bureau pairs with no one.
#[test]
fn labour_helped_into_jobs_pairs_its_giver() {
    let net = duikou_model::extract(
        "都安瑶族自治县人力资源和社会保障局2025年劳务协作工作总结\n深圳市龙岗区与我县结对开展东西部协作以来，深圳市龙岗区人力资源局协助我县转移农村劳动力到广东就业3,260人。我县人力资源和社会保障局组织培训1,200人次。\n",
    );
    let pairs = net.pairs();
    assert!(
        pairs.contains(&("深圳市龙岗区人力资源局", "都安瑶族自治县")),
        "{pairs:?}"
    );
    assert!(
        !pairs.iter().any(|(s, _)| s.starts_with("都安")),
        "{pairs:?}"
    );
}
