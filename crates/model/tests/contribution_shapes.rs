//! Contribution shapes written as data: each sentence with every contribution it must yield
//! (kind, value, unit), in any order, and nothing else. Written for the session-5 rules: list
//! items that name their own people, elliptic clauses, each/respectively over parties named
//! before, quotas, study visits, team totals, comparison bases and goods bought for the recipient.

use duikou_model::{ContributionKind as K, extract};

/// (title line, body, expected contributions as (kind, value, unit)).
type Case = (
    &'static str,
    &'static str,
    &'static [(K, &'static str, &'static str)],
);

const CASES: &[Case] = &[
    // Money and goods summed together (资金和设备折合…) are of no one kind and restate the
    // items the text gives one by one: only the items count.
    (
        "广电援藏工作总结",
        "全年投入帮扶资金和转播设备折合260万元。甲台向乙台捐赠摄像机4台，拨付帮扶资金50万元。",
        &[
            (K::EquipmentDonated, "4", "台"),
            (K::MoneyDonated, "500000", "元"),
        ],
    ),
    // Crop varieties brought in for the recipient count (other: varieties_introduced); the
    // area planted with them is an output.
    (
        "科技援疆工作总结",
        "甲省农业科学院从甲省引进辣椒、番茄等新品种12个，在乙县示范种植800亩。",
        &[(K::Other, "12", "个")],
    ),
    // Cadres stationed in villages, counted after the team is named in a clause of its own
    // (选派…驻村工作队，驻村第一书记4名、工作队员8名…): seconded, each count of its own.
    (
        "定点帮扶工作总结",
        "今年3月，甲公司选派第二批驻村工作队，驻村第一书记3名、工作队员6名分赴乙县3个村。",
        &[(K::CadreSeconded, "3", "人"), (K::CadreSeconded, "6", "人")],
    ),
    // A fee no student pays, waived (减免设计费), is the supporter's service given (other, as
    // fees_waived), not tuition; a student's fees waived stay tuition.
    (
        "规划援疆工作情况",
        "我院为伽师县减免规划设计费126万元。淄博市职业学院为伽师县学生减免住宿费4.8万元。",
        &[
            (K::Other, "1260000", "元"),
            (K::TuitionWaived, "48000", "元"),
        ],
    ),
    // Sets of books (党史读本…套) are books, sets of machines equipment; teachers counted as
    // they went in to the region (…名于…进疆) were sent; a working life's total (从医26年，…累计
    // 主刀手术1万余台) is no aid.
    (
        "援疆工作总结",
        "常州市委党校向伊犁州委党校赠送地方党史读本200套、多媒体设备2套。第九批援疆教师28名于2024年2月进疆，为期一年。从医26年，李医生累计主刀手术1万余台。",
        &[
            (K::BooksDonated, "200", "套"),
            (K::EquipmentDonated, "2", "套"),
            (K::TeacherDispatched, "28", "人"),
        ],
    ),
    // Devices, furniture and aids by their own counters with a verb of giving (对讲机…部, 课桌
    // …张, 拐杖…副), the value a second entry; textbooks and films in 部 are no equipment.
    (
        "警务援藏工作简报",
        "长春市公安局向亚东县公安局捐赠对讲机45部。长春市残联向亚东县残联捐赠课桌20张、助行拐杖30副，价值2万元。长春市公安局向亚东县公安局赠送普法纪录片2部。",
        &[
            (K::EquipmentDonated, "45", "部"),
            (K::EquipmentDonated, "20", "张"),
            (K::EquipmentDonated, "30", "副"),
            (K::EquipmentDonated, "20000", "元"),
        ],
    ),
    // Teachers named first with cadres (选派援疆教师与管理干部) count as teachers; cadres alone
    // are seconded.
    (
        "对口支援二十周年成果展",
        "东北师范大学累计向喀什大学选派援疆教师与管理干部312人次。东北师范大学向喀什大学选派管理干部12名。",
        &[
            (K::TeacherDispatched, "312", "人次"),
            (K::CadreSeconded, "12", "人"),
        ],
    ),
    // Speech: people counted, then who they are and that they went (六十八人次的专家过去);
    // surgeries done (做了…台手术); a span of time said before an elliptic count of people
    // with 个 (这几年一共去了四十一个人) takes the kind of the clause before.
    (
        "援川医疗队广播访谈实录",
        "嘉兴市第一医院先后五批，一共是六十八人次的专家过去，带着当地医生做了一百二十多台手术。九寨沟县人民医院也派了医生到嘉兴市第一医院进修，这几年一共去了四十一个人。",
        &[
            (K::Other, "68", "人次"),
            (K::Other, "120", "台"),
            (K::VisitingScholar, "41", "人"),
        ],
    ),
    // Speech leaves 元 unsaid before the goods a sum prices (三百来万的设备).
    (
        "广播节目实录",
        "湖州市又拿出专项资金，给理塘县人民医院添置了三百来万的设备。",
        &[(K::EquipmentDonated, "3000000", "元")],
    ),
    // A prize fund set up for the recipient with its sum (设立“…奖教金”8万元) is money given; a
    // school named for the talents it raises (育才小学) is one name.
    (
        "教育帮扶工作总结",
        "南通市育才中学为伊宁县第二中学设立“育才奖教金”8万元。",
        &[(K::MoneyDonated, "80000", "元")],
    ),
    // A team named as it is sent (派出医疗队5人) counts the people sent; a team's head count on
    // its own (医疗队共28人) is no gift.
    (
        "临潭县东西部协作大事记",
        "西青区第一医院与临潭县人民医院结对，派出医疗队5人驻点帮扶。全省援藏医疗队共28人。",
        &[(K::Other, "5", "人")],
    ),
    // A project's budget (计划投资) is what it may cost, given by no one; the bureau's books
    // are given.
    (
        "临潭县东西部协作大事记",
        "2024年5月　西青区拟在新城镇援建一所幼儿园，计划投资450万元，尚在选址阶段。西青区教育局向我县捐赠图书8000册。",
        &[(K::BooksDonated, "8000", "册")],
    ),
    // Teaching apparatus (器材) priced in a clause of its own is equipment, not money.
    (
        "援疆工作周报",
        "甬江中学向沙雅县第一中学捐赠理化生实验器材一批，价值42万元。",
        &[(K::EquipmentDonated, "420000", "元")],
    ),
    // An attachment list names another document: the size of a list of candidates in its
    // title (名单（68人）) is no dispatch; the planned batch of the text is.
    (
        "中共甲省委组织部关于援藏干部人才拟选派人选的公示",
        "我省对口支援西藏山南市。拟选派教师21名作为第十一批援藏干部人才。\n附件：第十一批援藏干部人才拟选派人选名单（68人）",
        &[(K::TeacherDispatched, "21", "人")],
    ),
    // A figure quoted from another study with its citation mark ([4]) is reported, not given
    // by anyone the text names; the case's own gifts are.
    (
        "对口支援对受援高校的影响研究",
        "据刘阳（2020）统计，首批支援高校为受援高校培养硕士900余人[3]。兰州大学为河西学院定向培养博士12人。",
        &[(K::DoctoralTrained, "12", "人")],
    ),
    // A building's whole cost broken down into parts naming the aid (总投资…，其中X援助资金…):
    // the aid part is given, the cost is not, though the sentence says who built it.
    (
        "白石岩乡中心小学建成投用",
        "白石岩乡中心小学由吴江区援建，总投资1,960万元，其中吴江区援助资金1,200万元（已全部拨付）。",
        &[(K::MoneyDonated, "12000000", "元")],
    ),
    // Teaching brought to a school (送教…次) and joint teaching research held from afar (教研…
    // 余次) are sessions counted in 次; ward rounds (查房…次) are not among them.
    (
        "致苍溪县东溪中学的感谢信",
        "绍兴市越城区教育局与东溪中学结对。越城区教育局组织名师来校送教5次，两校开展网络教研30余次。专家查房20次。",
        &[(K::Other, "5", "次"), (K::Other, "30", "次")],
    ),
    // A ledger's rows: patients seen at a free clinic (诊治群众…人次) were treated; a plan
    // awaiting approval is no gift yet; a 小计 row sums the rows above.
    (
        "宁波市第二医院骨科对口帮扶工作台账",
        "宁波市第二医院骨科结对帮扶册亨县人民医院骨科。\n序号\t日期\t帮扶内容\t备注\n1\t3月2日\t开展骨科专家义诊，诊治群众150余人次\t\n2\t4月8日\t捐赠骨科手术器械2套\t\n3\t6月下旬\t拟增派主治医师1名\t计划，待医院审批\n小计\t\t义诊150人次；器械2套\t\n",
        &[
            (K::PatientsTreated, "150", "人次"),
            (K::EquipmentDonated, "2", "套"),
        ],
    ),
    // Apprentices counted in speech (带了六个徒弟) are people the sent teachers trained, not
    // teachers sent, though the clause names the teachers sent.
    (
        "大连市第二十四中学援藏工作回顾",
        "大连市第二十四中学对口支援那曲市第二高级中学。我校选派的两名教师在该校手把手带了六个徒弟。",
        &[(K::TeacherDispatched, "2", "人"), (K::Other, "6", "人")],
    ),
    // People sent counted in 人次 with no noun after a semicolon are who the clause before
    // said; the sum of the parties listed (三方合计) and a form's measures are no gifts.
    (
        "在全地区对口支援工作表彰大会上的讲话",
        "2000年以来，江苏省累计选派援藏干部人才980人次；浙江省累计选派740人次。三方合计投入52.6亿元。\n帮扶措施：\n1. 拟选派2名音乐教师赴该校支教一学期。",
        &[
            (K::CadreSeconded, "980", "人次"),
            (K::CadreSeconded, "740", "人次"),
        ],
    ),
    // An average (年均选派教师不足3人次) describes gifts; it is none.
    (
        "华中农业大学校史",
        "这一时期，华中农业大学对口支援拉萨师范专科学校，年均选派教师不足3人次。",
        &[],
    ),
    // Goods priced before a long name (捐赠价值320万元的新能源汽车实训设备) are equipment; a
    // school's own enrolment told as a statistic (招收新生1620人，同比增长…) is no placement.
    (
        "北京援建洛浦县职业技术学校实训楼交付使用",
        "北京市大兴区职业学校与洛浦县职业技术学校结对帮扶。交付仪式上，北京市大兴区职业学校向该校捐赠价值240万元的工业机器人实训设备。据介绍，该校今年秋季学期招收新生980人，同比增长12.0%。",
        &[(K::EquipmentDonated, "2400000", "元")],
    ),
    // A medical team that arrives somewhere (医疗队员抵达…) was sent there.
    (
        "青岛大学附属医院援藏工作纪实",
        "青岛大学附属医院对口帮扶南木林县人民医院。2019年8月，第一批5名医疗队员抵达南木林县。",
        &[(K::Other, "5", "人")],
    ),
    // Medical devices named without a word for equipment, brought (运来, 送来) and priced in a
    // clause of their own, are equipment given.
    (
        "青岛大学附属医院对口帮扶工作纪实",
        "青岛大学附属医院对口帮扶南木林县人民医院。医院从青岛运来了腹腔镜、麻醉机和监护仪，一共价值约260万元。医院还为该院送来呼吸机5台。",
        &[
            (K::EquipmentDonated, "2600000", "元"),
            (K::EquipmentDonated, "5", "台"),
        ],
    ),
    // The members a body is made of (…抽调的14名同志组成) are sent to no one; people counted
    // after 中有 are some of those before (52名干部中有17名…), no gift of their own.
    (
        "苏州市援疆工作总结",
        "考核组由省财政厅、省审计厅抽调的14名同志组成，采取实地察看的方式进行。苏州市对口支援阿图什市，选派的52名干部中有17名担任领导职务。",
        &[(K::CadreSeconded, "52", "人")],
    ),
    // Money found for the recipient (帮助解决…资金N万元) is money, here asked for.
    (
        "甲医院与乙医院对口支援协议签约仪式主持词",
        "乙医院党委书记表示，恳请甲医院帮助解决胸痛中心设备购置资金200万元。",
        &[(K::MoneyDonated, "2000000", "元")],
    ),
    // Matching funds named right before their amount are the recipient's own money, though
    // aid money was named earlier in the sentence; the school under an owner (X教育局所属Y中学)
    // is who sends.
    (
        "甲县第二中学实验楼项目竣工验收报告",
        "乙区教育局所属乙区第三中学与甲县第二中学结为帮扶对子，累计派出支教教师18人次。项目总投资1100万元。其中：东西部协作财政援助资金（以下简称“援建资金”）860万元；甲县财政配套资金240万元。截至验收日，援建资金已全部拨付到位，配套资金到位228万元。",
        &[
            (K::TeacherDispatched, "18", "人次"),
            (K::MoneyDonated, "8600000", "元"),
        ],
    ),
    // An approved budget's parts (批复概算…其中援助资金…) are planned, unless written as paid
    // (（已拨付）); county-level matching funds (县级配套) are the recipient's own; what the
    // supporter paid over (已全部拨付到位) is given.
    (
        "关于甲区援建乙县项目的竣工决算审计报告",
        "一、项目基本情况\n　　乙县中学食堂项目批复概算900万元，其中援助资金700万元，县级配套200万元。甲区援助资金700万元已于2024年6月全部拨付到位。\n　　乙县卫生院项目批复概算300万元，其中援助资金240万元（已拨付）、县级配套60万元。",
        &[
            (K::MoneyDonated, "7000000", "元"),
            (K::MoneyDonated, "2400000", "元"),
        ],
    ),
    // Money after 其中 is a part of the money before it, whatever it bought.
    (
        "东南大学对口支援工作总结",
        "我校对口支援新疆农业大学。2024年，我校投入支援经费900万元，其中设备购置费300万元。",
        &[(K::MoneyDonated, "9000000", "元")],
    ),
    // 增派 sends as 选派 does; experts of named specialities (心内科、儿科专家) are medical
    // staff even where the hospital is written short.
    (
        "甲县人民政府关于恳请继续支持帮扶工作的请示",
        "乙市第二中学为县民族中学增派数学教师3名。乙市一院选派心内科、儿科专家5人来我县开展帮扶。",
        &[(K::TeacherDispatched, "3", "人"), (K::Other, "5", "人")],
    ),
    // The two values of a change written 从A涨到了B / 从A变成了B are no gifts; the books
    // given in the next sentence are.
    (
        "甲大学研究生支教团支教日记",
        "图书角的借阅量从每周40本涨到了120本。主动借书的同学从15人变成了45人。甲大学文学院给学校捐赠了图书800册。",
        &[(K::BooksDonated, "800", "册")],
    ),
    // A list item that names doctors sends medical staff, though the item before sent teachers.
    (
        "江苏省对口援疆工作总结",
        "全年选派支教教师145人次、巡回医疗医生38人次。",
        &[
            (K::TeacherDispatched, "145", "人次"),
            (K::Other, "38", "人次"),
        ],
    ),
    // Experts sent, in a hospital's report, are medical staff; the patients they see are
    // patients treated, not more staff.
    (
        "墨玉县人民医院接受组团式帮扶工作报告",
        "两院今年派驻专家64人次，专家门诊接诊患者3200人次。",
        &[
            (K::Other, "64", "人次"),
            (K::PatientsTreated, "3200", "人次"),
        ],
    ),
    // The same experts in a university's report are teachers sent.
    (
        "新疆大学接受对口支援工作总结",
        "两校今年派驻专家64人次。",
        &[(K::TeacherDispatched, "64", "人次")],
    ),
    // A later list item names its own people: 人才 are staff, not cadres like the first item.
    (
        "东湖区东西部协作工作简报",
        "东湖区今年新选派挂职干部4名、教育医疗人才37名到长顺县工作。",
        &[(K::CadreSeconded, "4", "人"), (K::Other, "37", "人")],
    ),
    // Elliptic clauses: the kind comes from the sentence ("…中，A n名，B、C各m名").
    (
        "长顺县人民医院组团帮扶工作简报",
        "首批派驻医疗专家中，省人民医院5名，贵州医科大学附属医院、遵义医科大学附属医院各2名。",
        &[
            (K::Other, "5", "人"),
            (K::Other, "2", "人"),
            (K::Other, "2", "人"),
        ],
    ),
    (
        "临夏现代职业学院东西部协作总结",
        "我院学生第三学年转入厦门城市职业学院就读，今年转入58名，累计达到203名。",
        &[
            (K::StudentsPlaced, "58", "人"),
            (K::StudentsPlaced, "203", "人"),
        ],
    ),
    (
        "会宁县职业中专工作总结",
        "接收会宁县职业中专教师来我校进修，今年共9人。",
        &[(K::VisitingScholar, "9", "人")],
    ),
    // 各 opening a clause distributes over the list that opens the clause before it.
    (
        "甘南州卫生健康委员会工作总结",
        "兰州大学第一医院、甘肃省人民医院分别帮扶夏河县人民医院、碌曲县人民医院，各派驻医师4名。",
        &[(K::Other, "4", "人"), (K::Other, "4", "人")],
    ),
    // A collective before 各 (两院) is the list of the clause before.
    (
        "日喀则市卫生健康委员会工作总结",
        "烟台毓璜顶医院、威海市立医院分别对口帮扶定日县人民医院和聂拉木县人民医院，两院各派出医生2名。",
        &[(K::Other, "2", "人"), (K::Other, "2", "人")],
    ),
    // 分别 with one amount: each giver gives it.
    (
        "那曲市卫生健康委员会工作总结",
        "天津市第一中心医院、天津医科大学总医院分别向比如县、嘉黎县人民医院捐赠救护车1辆。",
        &[
            (K::EquipmentDonated, "1", "辆"),
            (K::EquipmentDonated, "1", "辆"),
        ],
    ),
    // Money spent on goods bought for the recipient is the goods' value.
    (
        "华电集团定点帮扶工作总结",
        "华电集团出资150万元为该县医院购置彩超设备2台。",
        &[
            (K::EquipmentDonated, "1500000", "元"),
            (K::EquipmentDonated, "2", "台"),
        ],
    ),
    // A library room rebuilt is money; books given are books.
    (
        "中铝集团定点帮扶工作总结",
        "中铝集团投入资金35万元改造该校图书室，并捐赠图书4000册。",
        &[
            (K::MoneyDonated, "350000", "元"),
            (K::BooksDonated, "4000", "册"),
        ],
    ),
    // Funds of the pairing (协作资金) are given.
    (
        "普定县东西部协作工作简报",
        "今年以来，宁波市鄞州区已到位协作资金3120万元。",
        &[(K::MoneyDonated, "31200000", "元")],
    ),
    // Outpatients in 人次 are patients; a hospital's yearly volume is not.
    (
        "林芝市人民医院援藏工作总结",
        "援藏专家全年门诊接诊1.8万余人次。林芝市人民医院年门诊量达到26.5万人次。",
        &[(K::PatientsTreated, "18000", "人次")],
    ),
    // Lectures with training named together are sessions.
    (
        "山南市人民医院工作总结",
        "全年举办学术讲座和技能培训48场。",
        &[(K::Other, "48", "场")],
    ),
    // Shadowing by deans and heads of offices is a secondment.
    (
        "宁夏大学对口支援工作总结",
        "组织学院院长、职能部门负责人11人赴东南大学跟岗锻炼两个月。",
        &[(K::CadreSeconded, "11", "人")],
    ),
    // A first secretary sent to a village is a cadre.
    (
        "国家电网定点帮扶工作总结",
        "另选派驻村第一书记3名。",
        &[(K::CadreSeconded, "3", "人")],
    ),
    // 任 as a post verb, not inside 主任: the post taken is a secondment.
    (
        "阿勒泰地区人民医院工作总结",
        "江西省人民医院1名专家任该院医务部主任。",
        &[(K::CadreSeconded, "1", "人")],
    ),
    // One named person sent by M (M还选派<title><name>任R<post>).
    (
        "礼泉县教育局工作总结",
        "咸阳师范学院附属中学还选派副校长王建国任礼泉县第一中学校长。",
        &[(K::CadreSeconded, "1", "人")],
    ),
    // A heading broken before its amount runs on into the next line.
    (
        "于田县职业高中工作总结",
        "2.宁波职业技术学院资助我校数控实训车间建设经费\n42.5万元，该校还捐赠数控机床2台。",
        &[
            (K::MoneyDonated, "425000", "元"),
            (K::EquipmentDonated, "2", "台"),
        ],
    ),
    // A term in quotes at a line end does not end the sentence.
    (
        "青田县职业学校工作总结",
        "浙江交通技师学院今年接收我校学生到杭州就读“交通班”\n36人，免除学费约20万元。",
        &[
            (K::StudentsPlaced, "36", "人"),
            (K::TuitionWaived, "200000", "元"),
        ],
    ),
    // Table cells under a header that names a unit: one row per line (tabs or space runs),
    // amounts in 万元; a row that repeats the text adds nothing.
    (
        "中国华能集团定点帮扶工作总结",
        "华能澜沧江公司结对帮扶勐腊县关累镇，全年投入帮扶资金90万元。\n\n附件\n\n序号\t帮扶单位\t结对对象\t帮扶资金（万元）\t主要项目\n1\t华能澜沧江水电股份有限公司\t勐腊县关累镇\t90\t茶叶初制所\n2   华能云南滇东能源有限责任公司   富源县老厂镇   65   道路硬化\n",
        &[
            (K::MoneyDonated, "900000", "元"),
            (K::MoneyDonated, "650000", "元"),
        ],
    ),
    // One cell per line (a web table pasted), medical staff by the table's hospital columns.
    (
        "林芝市卫生健康委员会工作总结",
        "附件\n\n序号\n受援医院\n帮扶医院\n派驻专家（名）\n1\n米林县人民医院\n广东省人民医院\n4\n2\n朗县人民医院\n深圳市人民医院\n3\n",
        &[(K::Other, "4", "人"), (K::Other, "3", "人")],
    ),
    // People sent with no noun in their clause are who the sentence named (教师).
    (
        "察隅县教育局组团式援藏工作总结",
        "广东省第七批援藏教师共30名到岗，其中珠海市第一中学选派11名、珠海市实验中学选派9名。",
        &[
            (K::TeacherDispatched, "11", "人"),
            (K::TeacherDispatched, "9", "人"),
        ],
    ),
    // Pupils sent to study in the supporter's city are placed students.
    (
        "察隅县教育局组团式援藏工作总结",
        "选派我县25名初中生赴珠海市就读内地西藏班。",
        &[(K::StudentsPlaced, "25", "人")],
    ),
    // Cadres sent are seconded; doctors are medical staff by their name.
    (
        "广东省援藏工作队工作总结",
        "全年选派党政干部21名，派驻医师46人次。",
        &[(K::CadreSeconded, "21", "人"), (K::Other, "46", "人次")],
    ),
    // A second 分别 with no list of its own goes over the list of the clause before: each
    // amount to its own giver (checked by the table row that repeats the second one).
    (
        "大唐集团定点帮扶工作总结",
        "大唐云南发电有限公司、大唐华银电力股份有限公司分别结对帮扶广南县八宝镇、董堡乡，全年分别投入帮扶资金70万元、45万元。\n\n附件\n\n序号\t帮扶单位\t结对对象\t帮扶资金（万元）\n1\t大唐云南发电有限公司\t广南县八宝镇\t70\n2\t大唐华银电力股份有限公司\t广南县董堡乡\t45\n",
        &[
            (K::MoneyDonated, "700000", "元"),
            (K::MoneyDonated, "450000", "元"),
        ],
    ),
    // Written after the first run of h18–h21 (post-measurement, general shapes):
    // an office between the school and the title of a named person's post;
    (
        "八宿县教育局工作总结",
        "佛山市第一中学德育处主任李文华任八宿县中学副校长。",
        &[(K::CadreSeconded, "1", "人")],
    ),
    // a short line broken before its amount;
    (
        "八宿县教育局工作总结",
        "援藏团队全年举办校本培训\n22场，培训本地教师410人次。",
        &[(K::Other, "22", "场"), (K::Other, "410", "人次")],
    ),
    // graduates sent to study, teachers sent to shadow (跟岗研修) are visiting scholars,
    // labour organised to work in the supporter's province, residents trained on behalf;
    (
        "八宿县教育局工作总结",
        "选送初中毕业生30名到佛山市就读。选派本地教师15人赴佛山跟岗研修两周。组织富余劳动力赴粤稳定就业860人。为八宿县人民医院代培住院医师4名。",
        &[
            (K::StudentsPlaced, "30", "人"),
            (K::VisitingScholar, "15", "人"),
            (K::Other, "860", "人"),
            (K::Other, "4", "人"),
        ],
    ),
    // and table columns headed by a bare activity (手术（台）, 派驻（人次）, 人数).
    (
        "济南市中心医院工作总结",
        "序号  受援医院  派驻（人次）  手术（台）\n1  临沂县人民医院  8  214\n2  费县人民医院  7  190\n",
        &[
            (K::Other, "8", "人次"),
            (K::Other, "214", "台"),
            (K::Other, "7", "人次"),
            (K::Other, "190", "台"),
        ],
    ),
    (
        "八宿县教育局工作总结",
        "附件\n序号\t派出学校\t受援学校\t人数\n1\t佛山市第三中学\t八宿县白马镇中学\t3\n",
        &[(K::TeacherDispatched, "3", "人")],
    ),
    // A term (春季学期) before a name is no part of it (the giver is the college).
    (
        "八宿县教育局工作总结",
        "经双方商定，2025年秋季学期佛山职业技术学院将接收县职校学生16名赴佛山跟岗实习。",
        &[(K::StudentsPlaced, "16", "人")],
    ),
    // The author's own cadre, named, sent by a supporter (我院副院长X任R院长).
    (
        "天津医科大学总医院援藏工作总结",
        "天津医科大学总医院对口支援昌都市人民医院。我院副院长王立新同志任昌都市人民医院院长。",
        &[(K::CadreSeconded, "1", "人")],
    ),
    // Not contributions: quotas, study visits, people who left, team totals, comparison bases,
    // sums of one's own spending, a part after 其中.
    (
        "延边大学工作总结",
        "2025年东北师范大学将为我校单列博士研究生招生计划5名。",
        &[],
    ),
    (
        "林芝市卫生健康委员会工作总结",
        "林芝市人民医院组织科主任9人赴成都市第三人民医院学习三甲医院创建经验。",
        &[],
    ),
    ("喀什大学工作总结", "2024年喀什大学调离博士5人。", &[]),
    (
        "江西省教育厅援藏工作总结",
        "我厅选派第九批援藏教师团队74人进藏。",
        &[],
    ),
    (
        "普定县东西部协作工作简报",
        "宁波市鄞州区已到位协作资金3120万元，比去年同期的2600万元增长了20%。",
        &[(K::MoneyDonated, "31200000", "元")],
    ),
    (
        "花莲县立国中年度报告",
        "（二）業務費：購置教具、繪本及辦理營隊，共計12.6萬元。",
        &[],
    ),
    // Session 6. A sentence opening with 其中 breaks down the sentence before.
    (
        "南京大学对口支援工作总结",
        "我校接收喀什大学访问学者18人。其中，化学学科接收访问学者6人。",
        &[(K::VisitingScholar, "18", "人")],
    ),
    // 其中 after amounts of other units: a part of an earlier total of its kind.
    (
        "册亨县东西部协作工作简报",
        "今年北仑区投入我县帮扶资金9800万元。\n北仑区引导8家企业来我县投资，共建园区1个，其中协作资金1500万元用于建设厂房。",
        &[(K::MoneyDonated, "98000000", "元")],
    ),
    // …but not when the sentence counts the same unit before it (the whole is there).
    (
        "常州市教育局工作总结",
        "我局选派教师12名组成支教团进驻沿河县第二中学，其中挂任副校长2名。",
        &[
            (K::TeacherDispatched, "12", "人"),
            (K::CadreSeconded, "2", "人"),
        ],
    ),
    // The verb again with its noun left out: money like the amount before it.
    (
        "册亨县东西部协作工作简报",
        "今年北仑区投入我县帮扶资金9800万元，累计投入4.3亿元。",
        &[
            (K::MoneyDonated, "98000000", "元"),
            (K::MoneyDonated, "430000000", "元"),
        ],
    ),
    // The people a training reached (覆盖…人次) are its trainees.
    (
        "齐鲁医院援藏医疗队工作总结",
        "为定日、聂拉木两县开展线上培训30场，覆盖基层医务人员900余人次。",
        &[(K::Other, "30", "场"), (K::Other, "900", "人次")],
    ),
    // A headed table without serial numbers: aid funds by row (a row broken after its joiner
    // too); people on post are a stock, no contribution.
    (
        "江苏省对口援疆工作总结",
        "表2　各市援疆资金和在岗干部\n支援方\t受援方\t援疆资金（万元）\t在岗干部（人）\n苏州市\t阿图什市\t8800\t31\n南通市\t乌恰县、\n阿合奇县\t4100\t17\n",
        &[
            (K::MoneyDonated, "88000000", "元"),
            (K::MoneyDonated, "41000000", "元"),
        ],
    ),
    // 下派 sends doctors down to township health centres; batches are not counted.
    (
        "岳西县医院帮扶乡镇卫生院工作总结",
        "全年我院向结对卫生院下派医师5批40人次，每批驻点3个月。",
        &[(K::Other, "40", "人次")],
    ),
    // Speech: 个 before people counts people, 派了 sends them.
    (
        "邻水县第一中学接受帮扶情况",
        "嘉兴市第一中学也派了4个老师，教物理。今年还有25个学生到嘉兴市秀洲高级中学插班就读。",
        &[
            (K::TeacherDispatched, "4", "人"),
            (K::StudentsPlaced, "25", "人"),
        ],
    ),
    // Medical staff named by their work (医疗骨干) are no teachers.
    (
        "漳州市对口支援工作情况报告",
        "漳州市医院组团帮扶察雅县人民医院，派出医疗骨干7名，开展手术140余台。",
        &[(K::Other, "7", "人"), (K::Other, "140", "台")],
    ),
    // The verb again after a semicolon, its noun left out: money like the sentence before.
    (
        "漳州市对口支援工作情况报告",
        "全市投入财政援助资金2.4亿元；自2021年以来累计投入9.6亿元。",
        &[
            (K::MoneyDonated, "240000000", "元"),
            (K::MoneyDonated, "960000000", "元"),
        ],
    ),
    // An account of hospitals only, written by none of them (a team's commendation): the
    // experts its sender posts are medical staff, though no hospital is named in the clause.
    (
        "援黔医疗队先进集体事迹材料",
        "2022年起，上海市第六人民医院组建医疗队，对口支援遵义市播州区人民医院。\n三年来，派出单位先后派驻专家41人次。",
        &[(K::Other, "41", "人次")],
    ),
    // A list of people sent, then an activity of its own with a place named before it: the
    // workers placed in jobs are no cadres of the list before.
    (
        "无锡市东西部协作工作方案",
        "我市选派党政干部22名赴延安市挂职，帮助延安市农村劳动力转移就业1.6万人。",
        &[(K::CadreSeconded, "22", "人"), (K::Other, "16000", "人")],
    ),
    // An agreed amount that the sentence measures the actual one against is no contribution.
    (
        "高淳区巡视整改情况报告",
        "2024年协议约定向西峡县拨付帮扶资金2500万元，截至年底实际拨付1800万元。",
        &[(K::MoneyDonated, "18000000", "元")],
    ),
    // Amounts said not to have been handed over (未按协议拨付, 尚未拨付) are no contributions.
    (
        "溧水区巡视整改情况报告",
        "溧水区向镇平县拨付帮扶资金1400万元，其余600万元未按协议拨付。余下150万元因故尚未拨付。",
        &[(K::MoneyDonated, "14000000", "元")],
    ),
    // 各 after the list and an adverb.
    (
        "浙江大学对口支援工作总结",
        "浙大、南开大学另各选派1名干部到塔里木大学挂职。",
        &[(K::CadreSeconded, "1", "人"), (K::CadreSeconded, "1", "人")],
    ),
    // A yearly rate stated before the total it adds up to is no contribution of its own.
    (
        "温州市对口支援工作回顾",
        "2012年起，温州市每年选派4名医生到本县人民医院工作，至2018年共选派医生28人次。",
        &[(K::Other, "28", "人次")],
    ),
    // Without a total after it, the yearly figure is what the text states.
    (
        "温州市对口支援工作回顾",
        "2012年起，温州市每年选派4名医生到本县人民医院工作。",
        &[(K::Other, "4", "人")],
    ),
    // A note that says a whole contains a part (X含Y…万元) breaks down a total stated before.
    (
        "嘉兴市对口支援工作回顾",
        "2019年，嘉兴市向本县投入援建资金2600万元。2019年援建资金含学校改扩建项目资金800万元。",
        &[(K::MoneyDonated, "26000000", "元")],
    ),
    // The running total of the amount before it (累计已达…) is a cumulative amount of the
    // same kind.
    (
        "金华市东西部协作工作总结",
        "今年金华市向松潘县拨付援助资金3600万元，两地协作以来累计已达1.08亿元。",
        &[
            (K::MoneyDonated, "36000000", "元"),
            (K::MoneyDonated, "108000000", "元"),
        ],
    ),
    // What a team has (共有…) and its parts after 其中 are a stock, nothing given.
    (
        "金华市东西部协作工作总结",
        "金华市援川工作组共有干部人才64人，其中挂职干部12人、支教教师40人、支医人员12人。",
        &[],
    ),
    // 分别 straight before a list of amounts, the verb and the kind earlier in the sentence.
    (
        "浙江省援疆医疗工作总结",
        "三院今年派驻专家，浙江大学医学院附属第一医院、浙江省人民医院、浙江大学医学院附属第二医院分别42人次、26人次、18人次。",
        &[
            (K::Other, "42", "人次"),
            (K::Other, "26", "人次"),
            (K::Other, "18", "人次"),
        ],
    ),
    // A surgery taught at the table (手术带教) is a surgery; an amount on the line after its
    // label, with 余 before the unit, is the label's amount.
    (
        "青岛大学附属医院对口帮扶工作汇报",
        "● 专家手术带教\n1560台\n● 培训基层医护\n1900余人次\n",
        &[(K::Other, "1560", "台"), (K::Other, "1900", "人次")],
    ),
    // People counted after 其中 in the unit of those sent are some of them, whatever post
    // they hold.
    (
        "北京市对口支援拉萨市人民医院中期评估报告",
        "北京大学第一医院、北京协和医院分别派驻医疗专家24人次、18人次，其中担任科室主任以上职务的9人次。",
        &[(K::Other, "24", "人次"), (K::Other, "18", "人次")],
    ),
    // What an appeal means to raise (计划募集…) is a target, not a gift.
    (
        "复旦大学关于“书香永平”捐书行动的倡议书",
        "本次行动计划募集善款50万元、图书1万册，全部用于永平县乡村学校。",
        &[],
    ),
    // The receiving side's treasury passing the money on to its counties gives nothing: the
    // city's gift is the amount before.
    (
        "河池市东西部协作资金审计结果公告",
        "2023年，广州市向我市拨付财政援助资金5.2亿元。其中南沙区对口帮扶环江县，0.9亿元已拨付到县。截至年底，市财政已将4.6亿元拨付至各县（区）。",
        &[(K::MoneyDonated, "520000000", "元")],
    ),
    // Each item of a list of people sent has its own kind: teachers named in their item stay
    // teachers though doctors follow; a later item naming other staff (农技人员) sends staff.
    (
        "东西部协作工作情况汇报",
        "泉州市对口帮扶渭源县。泉州市派来的支教老师14人、医生6人，都在一线。惠安县选派支教教师11名、医生7名、农技人员5名到渭源县。",
        &[
            (K::TeacherDispatched, "14", "人"),
            (K::Other, "6", "人"),
            (K::TeacherDispatched, "11", "人"),
            (K::Other, "7", "人"),
            (K::Other, "5", "人"),
        ],
    ),
    // The author's own intentions under a heading of next steps are no contribution; what a
    // named supporter intends is its plan, reported (status planned, listed).
    (
        "温州市商务局东西部协作工作总结",
        "一、工作成效\n今年温州市商务局向黔西南州投入协作资金800万元。\n五、下一步打算\n2026年，我局拟再投入协作资金1,000万元，计划再选派电商人才6名。温州市电商协会拟于明年向黔西南州捐赠直播设备10台。",
        &[
            (K::MoneyDonated, "8000000", "元"),
            (K::EquipmentDonated, "10", "台"),
        ],
    ),
    // A brochure's 数读 box: each amount with its unit over its label; the running text would
    // join a label to the amount under it, the box reads each with its own.
    (
        "江苏省对口支援伊犁州成就画册",
        "【数读】\n38.5亿元\n累计投入援疆资金\n527人\n累计选派援疆干部\n846人\n累计选派支教教师\n",
        &[
            (K::MoneyDonated, "3850000000", "元"),
            (K::CadreSeconded, "527", "人"),
            (K::TeacherDispatched, "846", "人"),
        ],
    ),
    // Lessons given and classes run for the local staff count as training sessions (授课…场,
    // …场示范课, 开办…班…期).
    (
        "东西部协作妇女工作简报",
        "中山市妇女联合会在广南县开办巾帼家政班4期。中山市妇女联合会邀请专家来广南授课7场。支教教师还给县里的老师上了9场示范课。",
        &[
            (K::Other, "4", "期"),
            (K::Other, "7", "场"),
            (K::Other, "9", "场"),
        ],
    ),
];

#[test]
fn contribution_shapes() {
    let mut failures = Vec::new();
    for (title, body, want) in CASES {
        let net = extract(&format!("{title}\n{body}\n"));
        let mut got: Vec<(K, String, String)> = net
            .contributions
            .iter()
            .filter(|c| c.repeat_of.is_none() && !c.part_of_total)
            .map(|c| (c.kind, c.value.to_string(), c.unit.clone()))
            .collect();
        let mut want: Vec<(K, String, String)> = want
            .iter()
            .map(|(k, v, u)| (*k, (*v).to_owned(), (*u).to_owned()))
            .collect();
        let key = |c: &(K, String, String)| format!("{:?} {} {}", c.0, c.1, c.2);
        got.sort_by_key(key);
        want.sort_by_key(key);
        if got != want {
            failures.push(format!("{body}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The first contribution of a network with the value `v` as written by `Decimal`'s display.
fn by_value<'n>(
    net: &'n duikou_model::SupportNetwork,
    v: &str,
) -> Option<&'n duikou_model::Contribution> {
    net.contributions.iter().find(|c| c.value.to_string() == v)
}

#[test]
fn amounts_agreed_at_a_meeting_are_planned() {
    let net = extract(
        "海原县东西部协作联席会议纪要\n会议议定以下事项：\n一、银川市2025年安排协作资金6000万元。\n二、银川市教育局选派骨干教师20名到海原县支教。\n\n会上通报，2024年银川市已到位协作资金5400万元。\n",
    );
    let status = |v: &str| by_value(&net, v).map(|c| c.status);
    assert_eq!(status("60000000"), Some(duikou_model::Status::Planned));
    assert_eq!(status("20"), Some(duikou_model::Status::Planned));
    assert_eq!(status("54000000"), Some(duikou_model::Status::Actual));
}

/// A government's minutes of its own executive meeting: the government is the author (我县 is
/// its county); funds it puts to a use were given before (none), an amount the supporter has
/// agreed to add is planned, what it has paid is actual.
#[test]
fn an_executive_meetings_minutes_allocate_and_promise() {
    let net = extract(
        "布拖县人民政府常务会议纪要\n会议听取了东西部协作工作汇报。佛山市顺德区对口帮扶我县以来，今年已拨付我县财政援助资金3,600万元。\n会议原则同意将第三批东西部协作资金900万元安排用于产业路建设。会议还通报，顺德区已同意追加援助资金200万元，年底前到位。\n",
    );
    assert_eq!(net.author.as_deref(), Some("布拖县人民政府"));
    assert_eq!(net.pairs(), [("佛山市顺德区", "布拖县")]);
    let status = |v: &str| by_value(&net, v).map(|c| c.status);
    assert_eq!(status("36000000"), Some(duikou_model::Status::Actual));
    assert_eq!(status("9000000"), None);
    assert_eq!(status("2000000"), Some(duikou_model::Status::Planned));
}

#[test]
fn year_column_tables_give_one_amount_per_year() {
    // A table with a column per year: each number is the row's kind in that year, for the
    // document's own recipient; "—" and an empty cell hold nothing and shift nothing. Rows
    // counting the recipient's own staff (专任教师, 博士学位教师) are a stock: nothing given.
    let net = extract(
        "河西学院接受对口支援年度报告\n兰州大学对口支援我校。\n表2　近三年受援情况\n指标\t2022年\t2023年\t2024年\n来校授课教师（人次）\t31\t—\t40\n专任教师（人）\t402\t415\t431\n博士学位教师（人）\t38\t44\t52\n捐赠图书（册）\t\t4100\t2500\n注：空白表示未统计。\n",
    );
    let mut got: Vec<(K, String, Option<String>, Option<String>)> = net
        .contributions
        .iter()
        .map(|c| {
            (
                c.kind,
                c.value.to_string(),
                c.period.clone(),
                c.recipient.clone(),
            )
        })
        .collect();
    got.sort_by_key(|c| format!("{:?}{:?}", c.0, c.2));
    let r = Some("河西学院".to_owned());
    let y = |s: &str| Some(s.to_owned());
    assert_eq!(
        got,
        [
            (K::BooksDonated, "4100".to_owned(), y("2023年"), r.clone()),
            (K::BooksDonated, "2500".to_owned(), y("2024年"), r.clone()),
            (
                K::TeacherDispatched,
                "31".to_owned(),
                y("2022年"),
                r.clone()
            ),
            (
                K::TeacherDispatched,
                "40".to_owned(),
                y("2024年"),
                r.clone()
            ),
        ]
    );
}

#[test]
fn aid_project_tables_name_their_implementers() {
    // 实施单位 beside 受援单位 gives the supporter column, and 资金（万元） in such a table is money
    // the implementer put in.
    let net = extract(
        "援藏资金绩效评价报告\n表3　抽查项目\n项目名称\t实施单位\t受援单位\t资金（万元）\t完成率\n远程会诊中心\t福州市第一医院\t察隅县人民医院\t640\t96.0%\n校舍改造\t厦门市教育局\t察隅县中学\t1150\t100%\n合计\t\t\t1790\n",
    );
    let mut pairs = net.pairs();
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [
            ("厦门市教育局", "察隅县中学"),
            ("福州市第一医院", "察隅县人民医院")
        ]
    );
    let mut money: Vec<(String, Option<&str>)> = net
        .contributions
        .iter()
        .filter(|c| c.kind == K::MoneyDonated)
        .map(|c| (c.value.to_string(), c.supporter.as_deref()))
        .collect();
    money.sort();
    assert_eq!(
        money,
        [
            ("11500000".to_owned(), Some("厦门市教育局")),
            ("6400000".to_owned(), Some("福州市第一医院")),
        ]
    );
}

#[test]
fn hospital_activities_are_told_apart() {
    // Batches are no people; experts named before the batches are the staff of the 人次; the
    // surgeries and the remote consultations the experts give keep their own activity.
    let net = extract(
        "六安市人民医院对口帮扶工作总结\n六安市人民医院（以下简称“我院”）托管霍山县人民医院。我院累计派驻专家4批次共72人次，全年开展手术980台，开展远程会诊2100余例。\n",
    );
    let mut got: Vec<(String, String, Option<String>)> = net
        .contributions
        .iter()
        .map(|c| (c.value.to_string(), c.unit.clone(), c.activity.clone()))
        .collect();
    got.sort();
    let want = [
        ("2100", "例", "remote_consultations"),
        ("72", "人次", "staff_dispatched"),
        ("980", "台", "surgeries"),
    ]
    .map(|(v, u, a)| (v.to_owned(), u.to_owned(), Some(a.to_owned())));
    assert_eq!(got, want);
}

#[test]
fn totals_keep_activities_of_other_apart() {
    let net = extract(
        "山南市人民医院工作总结\n浙江省人民医院全年派出医师36人次，培训本地医务人员850人次。\n",
    );
    let t = duikou_model::totals_of(net.contributions.iter());
    let of = |a: &str| {
        t.iter()
            .find(|x| x.activity.as_deref() == Some(a) && x.unit == "人次")
            .map(|x| x.value.to_string())
    };
    // Staff sent and people trained, both in 人次, are two totals, never 886.
    assert_eq!(of("staff_dispatched").as_deref(), Some("36"));
    assert_eq!(of("trainees").as_deref(), Some("850"));
}

#[test]
fn a_term_before_a_name_is_no_part_of_it() {
    let net = extract(
        "八宿县教育局工作总结\n经双方商定，2025年秋季学期佛山职业技术学院将接收县职校学生16名。\n",
    );
    let c = net.contributions.first().expect("one contribution");
    assert_eq!(c.supporter.as_deref(), Some("佛山职业技术学院"));
}

/// A government's report on money that 到位: the verb again after its first amount (累计到位
/// 7.9亿元) gives money too, cumulative.
#[test]
fn money_that_arrives_again_without_its_noun_is_money() {
    let net = extract(
        "临夏县2025年政府工作报告（节选）\n　　福建省厦门市海沧区（以下简称海沧区）与我县结对帮扶，\
         全年到位财政援助资金1.2亿元，八年来累计到位6.8亿元。\n",
    );
    let total = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "680000000")
        .expect("the cumulative amount");
    assert_eq!(total.kind, duikou_model::ContributionKind::MoneyDonated);
    assert!(total.cumulative);
}

/// People counted as honoured (获评, 被评为, 荣获) were given an award, not sent: no amount, and
/// no pair implied with the body that honoured them.
#[test]
fn people_honoured_are_no_people_sent() {
    let net = duikou_model::extract(
        "宁波市鄞州区教育局对口帮扶望谟县民族中学。2024年，望谟县民族中学被评为黔西南州“教育质量进步奖”一等奖，2名支教教师获评“最美援黔教师”。\n",
    );
    assert!(
        net.contributions.iter().all(|c| c.value.to_string() != "2"),
        "{:?}",
        net.contributions
    );
    assert!(
        net.pairs().iter().all(|(_, r)| !r.starts_with("黔西南")),
        "{:?}",
        net.pairs()
    );
}

/// A breakdown after 其中 is in the unit of its first amount: a later clause counting
/// something else (带教当地医生32人 after 其中心脏介入手术43台) is a contribution of its own,
/// while an ordinal (第一批) sets no unit.
#[test]
fn a_breakdown_keeps_to_its_unit() {
    let net = extract(
        "苏北人民医院对口帮扶新源县人民医院，今年派出医生5人，开展手术186台，其中心脏介入手术43台，带教当地医生32人。\n",
    );
    let part = |v: &str| by_value(&net, v).map(|c| c.part_of_total);
    // The part is dropped or flagged, never a gift of its own.
    assert_ne!(part("43"), Some(false));
    assert_eq!(part("32"), Some(false));
}

/// Amounts that give nothing: a rule's threshold (超过500万元的, 单价50万元以上), a person's own
/// gift (个人向…捐赠), a count of none (0台).
#[test]
fn thresholds_personal_gifts_and_zeros_give_nothing() {
    let net = extract(
        "常熟市对口帮扶松潘县，捐赠帮扶资金300万元。\n入园企业新购设备投资额超过800万元的，按投资额的5%给予补贴。\n本单位共有单价50万元以上设备0台（套）。\n1990级校友王某个人向松潘县中学捐赠奖学金12万元。\n",
    );
    let values: Vec<String> = net
        .contributions
        .iter()
        .map(|c| c.value.to_string())
        .collect();
    assert!(values.contains(&"3000000".to_owned()), "{values:?}");
    for none in ["8000000", "500000", "0", "120000"] {
        assert!(!values.contains(&none.to_owned()), "{none} in {values:?}");
    }
}

/// Experts of a trade sent to work (选派农技专家5名) are staff, not teachers; experts sent to a
/// school are teachers.
#[test]
fn trade_experts_are_staff() {
    let net = extract(
        "湖州市农业农村局与岳池县农业农村局结对，选派农技专家5名常驻岳池。湖州中学对口帮扶岳池县第一中学，选派学科专家3名。\n",
    );
    let kind = |v: &str| by_value(&net, v).map(|c| (c.kind, c.activity.clone()));
    assert_eq!(
        kind("5"),
        Some((K::Other, Some("staff_dispatched".to_owned())))
    );
    assert_eq!(kind("3"), Some((K::TeacherDispatched, None)));
}

/// An amount its giver states again for the recipient's place (泗泾镇80万元帮扶资金已全部拨付,
/// after 泗泾镇向勐拉镇捐赠帮扶资金80万元) is a repeat; another giver's equal amount is not.
#[test]
fn an_amount_said_again_for_the_place_is_a_repeat() {
    let net = extract(
        "中共金平县委督查室\n关于东西部协作的督查通报\n松江区泗泾镇与我县勐拉镇结对，今年向勐拉镇捐赠帮扶资金80万元。\n（三）勐拉镇。泗泾镇80万元帮扶资金已全部拨付到村。\n松江区叶榭镇与我县金河镇结对，捐赠帮扶资金80万元。\n",
    );
    let money: Vec<(Option<usize>, Option<String>)> = net
        .contributions
        .iter()
        .filter(|c| c.value.to_string() == "800000")
        .map(|c| (c.repeat_of, c.supporter.clone()))
        .collect();
    assert_eq!(money.len(), 3, "{money:?}");
    assert_eq!(
        money.iter().filter(|(r, _)| r.is_some()).count(),
        1,
        "{money:?}"
    );
}

/// A teaching corps whose members arrive where they are sent (支教团9名成员抵达…) counts the
/// teachers sent.
#[test]
fn a_corps_that_arrives_counts_its_members() {
    let net = extract(
        "8月下旬，扬州大学研究生支教团9名成员抵达丹寨县第二中学，开始为期一年的支教服务。\n",
    );
    let sent: Vec<String> = net
        .contributions
        .iter()
        .filter(|c| c.kind == K::TeacherDispatched)
        .map(|c| c.value.to_string())
        .collect();
    assert_eq!(sent, ["9"]);
}
