//! Contributions: quantities with counting units plus trigger words, attributed to the
//! supporter and recipient of the clause or of the nearest context.

use crate::extract::has::Has;
use std::sync::LazyLock;

use duikou_tokenizer::{Decimal, Quantity, QuantityKind, Span};

use super::names::Mention;
use super::relations::{Party, status_of};
use crate::{ContributionKind as K, Status};

/// A contribution before pronoun resolution.
#[derive(Debug, Clone)]
pub(crate) struct RawContribution {
    pub(crate) kind: K,
    pub(crate) quantity: usize,
    pub(crate) clause: Span,
    pub(crate) supporter: Option<Party>,
    pub(crate) recipient: Option<Party>,
    pub(crate) status: Status,
    pub(crate) cumulative: bool,
    pub(crate) period: Option<String>,
    pub(crate) part_of_total: bool,
    /// Written after 其中 with no total of its own kind before it in the sentence: a part of
    /// a total stated earlier, if any.
    pub(crate) after_qizhong: bool,
    /// Given by the k-th of a list of two or more givers through 分别 ("A、B、C分别派驻42人次、26
    /// 人次、18人次"): a member's share, whose sum is a team total when one is stated nearby.
    pub(crate) respective: bool,
    /// For kind `other`: what is counted (surgeries, trainees, …).
    pub(crate) activity: Option<&'static str>,
    /// One named person with no numeral (X校长张卫东挂职Y副校长): the span of the statement;
    /// `quantity` is then unused.
    pub(crate) one_person: Option<Span>,
}

/// The giver/receiver context carried across the clauses of a paragraph.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    pub(crate) supporter: Option<Party>,
    pub(crate) recipient: Option<Party>,
    /// Kinds and units of the amounts of the last sentence that had any: a sentence opening
    /// with 其中 breaks them down.
    pub(crate) last_amounts: Vec<(K, String)>,
    /// Kind, unit and activity of the last amount of the last sentence that had one: the item
    /// of shares listed after 分别 in a sentence of their own (a slide's next bullet).
    pub(crate) last_item: Option<(K, String, Option<&'static str>)>,
    /// The members of the last team formed in the paragraph (X牵头，Y、Z参与), lead first.
    pub(crate) team: Vec<Party>,
    /// The segment is a hospital's report: experts sent are medical staff.
    pub(crate) hospital_report: bool,
    /// A sentence so far said money is paid in instalments (分两期拨付): each instalment
    /// (第一期资金70万元) is a part of the total.
    pub(crate) instalments: bool,
}

/// Words that say money is paid in instalments.
const IN_INSTALMENTS: [&str; 5] = ["分两期", "分二期", "分三期", "分四期", "分期拨付"];

/// Words that name one instalment before its amount.
const INSTALMENT: [&str; 6] = ["第一期", "第二期", "第三期", "第四期", "首期", "尾款"];

const PEOPLE: [&str; 3] = ["人", "人次", "批"];

/// Every word the contribution rules look for, found in one automaton pass per sentence. A
/// rule names its words with [`w!`], which checks at compile time that each is listed here.
const WORDS: [&str; 383] = [
    // Crop varieties brought in for the recipient (引进甜瓜、番茄等新品种24个).
    "品种",
    "引入",
    // Cadres stationed in a village (驻村第一书记4名).
    "驻村",
    // Teachers who went in to the region (援疆教师36名于8月进疆).
    "进疆",
    "入疆",
    "进藏",
    "入藏",
    // Equipment counted in 部 / 张 / 副 and what those counters also count (教材4部, 纪录片2部).
    "配发",
    "教材",
    "电影",
    "纪录片",
    "影片",
    "作品",
    "奖状",
    // Seedlings given (苗木, 树苗, 嫁接苗 all hold 苗), sent (调运) or given free (无偿提供).
    "苗",
    "调运",
    "无偿",
    "器材",
    "送了",
    "送给",
    "执教",
    "集训",
    "技术人员",
    "业务骨干",
    "配备",
    "做了",
    "基金",
    "解决",
    "退回",
    "追回",
    "退还",
    "收回",
    "再派",
    "我科",
    "该科",
    "科室",
    "抵达",
    "到达",
    "呼吸机",
    "捐了",
    "器材",
    "设立",
    "监护仪",
    "麻醉机",
    "腹腔镜",
    "彩超",
    "医疗器械",
    "送来",
    "运来",
    "到位",
    "获批",
    "入选",
    "认定",
    "立项",
    "下达",
    "筹集",
    "募集",
    "下派",
    "老师",
    "派了",
    "医务",
    "人员",
    "队员",
    "会诊",
    "学费",
    "学杂费",
    "學費",
    "减免",
    "免除",
    "免",
    "费",
    "費",
    "设备",
    "仪器",
    "設備",
    "儀器",
    "教具",
    "购买",
    "購買",
    "图书",
    "书籍",
    "圖書",
    "捐赠",
    "捐助",
    "资助",
    "拨出",
    "拨付",
    "援助",
    "捐",
    "赠送",
    "划拨",
    "拨款",
    "争取",
    "发放",
    "颁发",
    "奖教金",
    "援建",
    "支持资金",
    "帮扶资金",
    "援藏资金",
    "援疆资金",
    "捐贈",
    "出资",
    "補助",
    "补助经费",
    "贈",
    "书",
    "赠",
    "書",
    "电脑",
    "计算机",
    "课桌椅",
    "桌椅",
    "平板",
    "電腦",
    "课程",
    "课",
    "課",
    "授课",
    "示范课",
    "开办",
    "輔導",
    "辅导",
    "教学",
    "授課",
    "教學",
    "报考",
    "报名",
    "导师",
    "聘为",
    "具有",
    "引进",
    "招聘",
    "获得博士",
    "获得硕士",
    "收治",
    "救治",
    "接诊",
    "诊治",
    "诊疗",
    "患者",
    "病人",
    "病例",
    "具备",
    "能够",
    "可",
    "跟岗",
    "校长",
    "干部",
    "园长",
    "局长",
    "挂职",
    "掛職",
    "挂任",
    "任",
    "任教",
    "院长",
    "主任",
    "科长",
    "书记",
    "选派",
    "派出",
    "派遣",
    "委派",
    "担任",
    "副校长",
    "副院长",
    "支教",
    "送教",
    "教研",
    "讲学",
    "任课",
    "師資生",
    "志工",
    "承担",
    "访学",
    "进修",
    "访问学者",
    "培养",
    "录取",
    "攻读",
    "招收",
    "招生",
    "考取",
    "在读",
    "读博",
    "深造",
    "博士",
    "硕士",
    "接收",
    "接受",
    "安排",
    "插班",
    "学生",
    "本科生",
    "新生",
    "研究生",
    "毕业生",
    "就读",
    "入学",
    "教师",
    "专家",
    "教授",
    "骨干",
    "医生",
    "医师",
    "护士",
    "医护",
    "医院",
    "该院",
    "诊",
    "医疗",
    "投入",
    "注入",
    "资金",
    "经费",
    "手术",
    "开展",
    "完成",
    "实施",
    "培训",
    "办班",
    "研修班",
    "抽调",
    "派驻",
    "增加到",
    "提高到",
    "增长到",
    "增至",
    "下降到",
    "扩大到",
    "减少到",
    "降到",
    "提高至",
    "增加至",
    "涨到",
    "变成",
    "滞留",
    "截留",
    "挪用",
    "虚报",
    "冒领",
    "多申领",
    "违规使用",
    "不符合资金使用范围",
    "闲置",
    "整改问题金额",
    "收回违规",
    "未发挥效益",
    "增派",
    "内科",
    "外科",
    "儿科",
    "妇产科",
    "骨科",
    "麻醉",
    "所学校",
    "所高校",
    "所院校",
    "所中学",
    "所小学",
    "家医院",
    "家单位",
    "两校",
    "双方",
    "三校",
    "各校",
    "兩校",
    "全市教育系统",
    "在岗",
    "每个",
    "每班",
    "每人",
    "跟岗学习",
    "挂职学习",
    "价值",
    "折合",
    "價值",
    "没有",
    "未能",
    "无法",
    "难以",
    "挂职锻炼",
    "累计",
    "共计",
    "总计",
    "累积",
    "至今",
    "截至",
    "先后",
    "不少于",
    "不低于",
    "至少",
    "不超过",
    "每年",
    "每学年",
    "计划",
    "拟",
    "将",
    "商定",
    "约定",
    "议定",
    "明确",
    "合计",
    "总价",
    "四年来",
    "五年来",
    "三年来",
    "两年来",
    "六年来",
    "几年来",
    "近五年",
    "近几年",
    "今年",
    "去年",
    "“十一五”期间",
    "十一五期间",
    "追加",
    "提供",
    "筹措",
    "落实",
    "助学金",
    "奖学金",
    "主刀",
    "指导",
    "带教",
    "讲座",
    "报告会",
    "就业",
    "务工",
    "稳定就业",
    "讲授",
    "参训",
    "查房",
    "帮助",
    "协调",
    "转移",
    "输送",
    "推荐",
    "安置",
    "协作资金",
    "门诊",
    "图书室",
    "图书馆",
    "购置",
    "采购",
    "第一书记",
    "负责人",
    "招生计划",
    "经验",
    "考察",
    "学习",
    "转入",
    "人才",
    "门诊量",
    "接诊量",
    "诊疗量",
    "医学",
    "调离",
    "流失",
    "离职",
    "初中生",
    "高中生",
    "中职生",
    "定向培养",
    "医学生",
    "考生",
    "定向生",
    "师范生",
    "代培",
    "组织",
    "劳动力",
    "研修",
    "手术量",
    "徒弟",
    "带徒",
    "派来",
    "来了",
    "义诊",
    "支持",
    "希望",
    "恳请",
    "请求",
];

const _: () = assert!(WORDS.len() <= BAG_WORDS * 64, "WORDS outgrew Bag");

/// 64-bit words of a [`Bag`].
const BAG_WORDS: usize = 6;

/// Words of [`WORDS`] as a bit set (bit `i` for `WORDS[i]`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Bag([u64; BAG_WORDS]);

impl Bag {
    /// Whether any word of `m` is in this bag.
    fn any(self, m: Self) -> bool {
        self.0.iter().zip(m.0).any(|(a, b)| a & b != 0)
    }

    /// The words of this bag that are not in `m`, plus those of `add`.
    fn without(self, m: Self, add: Self) -> Self {
        let mut out = self.0;
        for ((o, r), a) in out.iter_mut().zip(m.0).zip(add.0) {
            *o = (*o & !r) | a;
        }
        Self(out)
    }
}

/// Whether two byte strings are equal (in a `const` context).
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut a, mut b) = (a, b);
    while let ([x, ra @ ..], [y, rb @ ..]) = (a, b) {
        if *x != *y {
            return false;
        }
        a = ra;
        b = rb;
    }
    true
}

/// The bag of `words`, evaluated at compile time: a word missing from [`WORDS`] is a
/// compile error.
#[allow(
    clippy::panic,
    clippy::indexing_slicing,
    reason = "only evaluated in const blocks, where both are compile errors"
)]
const fn mask(words: &[&str]) -> Bag {
    let mut out = [0u64; BAG_WORDS];
    let mut i = 0;
    while i < words.len() {
        let mut id = 0;
        while id < WORDS.len() && !same(WORDS[id].as_bytes(), words[i].as_bytes()) {
            id += 1;
        }
        if id == WORDS.len() {
            panic!("a contribution word is missing from WORDS");
        }
        out[id / 64] |= 1 << (id % 64);
        i += 1;
    }
    Bag(out)
}

/// The bag of each word of `words` (compile time, as [`mask`]).
#[allow(
    clippy::indexing_slicing,
    reason = "only evaluated in const blocks, where an index out of range is a compile error"
)]
const fn masks<const N: usize>(words: &[&str; N]) -> [Bag; N] {
    let mut out = [Bag([0; BAG_WORDS]); N];
    let mut i = 0;
    while i < N {
        out[i] = mask(&[words[i]]);
        i += 1;
    }
    out
}

/// The bag of a list of words, built at compile time.
macro_rules! w {
    ($($w:literal),+ $(,)?) => {
        const { mask(&[$($w),+]) }
    };
}
/// The index of [`WORDS`] (word id = index).
static WORD_INDEX: LazyLock<super::words::WordIndex> =
    LazyLock::new(|| super::words::WordIndex::new(WORDS.iter().copied()));

/// The words of [`WORDS`] in a sentence, with their places (overlapping matches, so that a
/// word inside a longer one counts as `str::contains` would count it).
struct Hits<'s> {
    text: &'s str,
    /// (start, end, word) with byte offsets in `text`.
    hits: Vec<(usize, usize, usize)>,
}

impl<'s> Hits<'s> {
    fn new(text: &'s str) -> Self {
        let hits = WORD_INDEX.matches(text);
        Self { text, hits }
    }

    /// The words inside `part`, a slice of the sentence (an empty or foreign slice has none).
    fn bag(&self, part: &str) -> Bag {
        let mut out = Bag::default();
        let lo = (part.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        if part.is_empty() || lo > self.text.len() {
            return out;
        }
        debug_assert!(
            lo + part.len() <= self.text.len(),
            "part is a slice of the sentence"
        );
        let hi = lo + part.len();
        for &(s, e, id) in &self.hits {
            if s >= lo
                && e <= hi
                && let Some(x) = out.0.get_mut(id / 64)
            {
                *x |= 1 << (id % 64);
            }
        }
        out
    }
}

/// The unit of a quantity, as the scanner read it (its unit table keeps traditional counters
/// such as 冊 and 小時 in their script).
pub(crate) fn unit_of<'q>(q: &Quantity<'q>) -> Option<&'q str> {
    q.unit
}

/// Nouns of people that make 个 count people in speech (4个老师, 25个学生).
const PEOPLE_AFTER_GE: [&str; 12] = [
    "老师", "教师", "学生", "医生", "医师", "护士", "专家", "干部", "骨干", "孩子", "徒弟", "学员",
];

/// The base unit of an amount as counted: [`base_unit`], and 个 before people (派了4个老师,
/// 二十三个人) counts people (人).
pub(crate) fn counted_unit<'q>(src: &str, q: &Quantity<'q>) -> Option<&'q str> {
    let unit = base_unit(unit_of(q)?);
    if unit == "个"
        && src.get(q.span.end..).is_some_and(|r| {
            PEOPLE_AFTER_GE.iter().any(|n| r.starts_with(n))
                // 派了二十三个人: persons, not 人民 or 人口.
                || (r.starts_with('人') && !r.starts_with("人民") && !r.starts_with("人口"))
        })
    {
        return Some("人");
    }
    Some(unit)
}

/// Whether `unit` is money in a currency other than the yuan (港元, 美元, 欧元): read as
/// money, kept in its own unit.
pub(crate) fn foreign_currency(unit: &str) -> bool {
    matches!(
        unit,
        "港元"
            | "港币"
            | "美元"
            | "欧元"
            | "日元"
            | "英镑"
            | "澳门元"
            | "澳門元"
            | "澳元"
            | "新台币"
    )
}

/// Whether a number without a unit is a sum of money in 元 left unsaid, as speech has it
/// (彩超一台，价值大概八十万): a count of 万 or 亿 right after a word of value ([`VALUE_WORDS`],
/// with 约 / 大概 read into the number) or right before the goods it prices (两百来万的
/// 设备).
pub(crate) fn unsaid_yuan(text: &str, q: &Quantity<'_>) -> bool {
    if q.unit.is_some() || q.kind != QuantityKind::Number || !q.text.contains(['万', '亿']) {
        return false;
    }
    let before = text.get(..q.span.start).unwrap_or_default();
    let before = before
        .strip_suffix("大概")
        .or_else(|| before.strip_suffix("大约"))
        .unwrap_or(before)
        .trim_end_matches(['约', '达', '为', '近', '是']);
    // 添置了两百来万的设备: the sum of the goods it prices.
    let after = text.get(q.span.end..).unwrap_or_default();
    VALUE_WORDS.iter().any(|w| before.ends_with(w))
        || ["的设备", "的医疗设备", "的仪器", "的器材", "的物资"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// The base unit of a counted amount: 名 and 位 count people (人).
pub(crate) fn base_unit(unit: &str) -> &str {
    match unit {
        "名" | "位" | "人" => "人",
        "課時" | "课时" => "学时",
        // 5批次 counts batches, like 5批.
        "批次" => "批",
        u => u,
    }
}

/// The one of `words` nearest to byte `at` in `t` (a word ending right before wins ties).
fn nearest<'w>(t: &str, at: usize, words: &[&'w str]) -> Option<&'w str> {
    let after = t.get(at..).unwrap_or_default();
    let before = t.get(..at).unwrap_or_default();
    let a = words
        .iter()
        .filter_map(|w| after.find_str(w).map(|p| (p + 1, *w)));
    let b = words.iter().filter_map(|w| {
        before
            .rfind_str(w)
            .map(|p| (before.len() - (p + w.len()), *w))
    });
    b.chain(a).min_by_key(|(d, _)| *d).map(|(_, w)| w)
}

/// Kind of a quantity from its unit and the clause's trigger words (`at`: offset in `t`).
fn kind_of(t: &str, b: Bag, at: usize, unit: &str) -> Option<K> {
    match unit {
        "元" => {
            // Fees waived: 学费, and also 住宿费、教辅资料费 when 减免/免除 says so.
            if (b.any(w!["学费", "学杂费", "學費"]) && b.any(w!["减免", "免除", "免"]))
                || (b.any(w!["减免", "免除"]) && school_fees(t))
            {
                Some(K::TuitionWaived)
            } else if b.any(w![
                "设备",
                "仪器",
                "設備",
                "儀器",
                "教具",
                "器材",
                "医疗器械",
                "呼吸机",
                "监护仪",
                "麻醉机",
                "腹腔镜",
                "彩超",
            ]) && !b.any(w!["购买", "購買"])
                // Funds for equipment (设备资金, 设备购置经费) are money.
                && !["设备资金", "设备经费", "设备购置资金", "设备购置经费"]
                    .iter()
                    .any(|w| t.has(w))
            {
                Some(K::EquipmentDonated)
            } else if b.any(w!["图书", "书籍", "圖書"]) && books_as_goods(t, b) {
                Some(K::BooksDonated)
            } else if b.any(w!["争取"]) && b.any(w!["资金", "经费"]) && t.contains('为') {
                // Funds secured for the recipient (为市医院争取设备资金1500万元).
                Some(K::MoneyDonated)
            } else if b.any(w!["支持"]) && b.any(w!["希望", "恳请", "请求"]) {
                // Money asked for (希望…再支持约1500万元): a requested gift.
                Some(K::MoneyDonated)
            } else if b.any(w!["解决"]) && b.any(w!["资金", "经费"]) {
                // Funds found for the recipient (帮助解决设备购置资金200万元), often asked for.
                Some(K::MoneyDonated)
            } else if b.any(w![
                "捐赠",
                "捐助",
                "资助",
                "拨出",
                "拨付",
                "下达",
                "援助",
                "捐",
                "赠送",
                "划拨",
                "拨款",
                "援建",
                "支持资金",
                "帮扶资金",
                "协作资金",
                "援藏资金",
                "援疆资金",
                "捐贈",
                "出资",
                "補助",
                "补助经费",
                "贈",
            ]) {
                Some(K::MoneyDonated)
            } else {
                None
            }
        }
        "册" | "冊" | "本" => b
            .any(w!["图书", "书", "赠", "捐", "圖書", "書", "贈"])
            .then_some(K::BooksDonated),
        // Sets of books (党史教材300套, 丛书50套): books, counted by the set.
        "套" if t.get(..at).is_some_and(|p| {
            [
                "教材", "图书", "丛书", "书籍", "读本", "绘本", "教辅", "圖書", "書籍",
            ]
            .iter()
            .any(|w| p.ends_with(w))
        }) =>
        {
            Some(K::BooksDonated)
        }
        // Machines and sets given (捐赠呼吸机6台, 援建…工作站2套): the counter and a verb of
        // giving say equipment even when no word for equipment is written (not 件: clothes).
        "台" | "套" | "台套" | "件" => (b.any(w![
            "设备",
            "仪器",
            "电脑",
            "计算机",
            "课桌椅",
            "桌椅",
            "平板",
            "設備",
            "儀器",
            "電腦",
            "医疗器械",
            "呼吸机",
            "麻醉机",
            // Sports equipment (体育器材1,860件).
            "器材",
        ]) || (unit != "件"
            && b.any(w![
                "捐赠", "捐贈", "赠送", "援建", "捐助", "送来", "运来", "捐了"
            ])))
        .then_some(K::EquipmentDonated),
        // Devices, furniture and aids given by their counters (对讲机80部, 课桌50张, 假肢60副)
        // with a verb of giving; books (教材4部) and films (纪录片2部) are not equipment.
        "部" | "张" | "副" => (b
            .any(w!["捐赠", "捐贈", "赠送", "捐助", "送来", "捐了", "配发"])
            && !b.any(w![
                "教材",
                "图书",
                "书",
                "电影",
                "纪录片",
                "影片",
                "作品",
                "奖状"
            ]))
        .then_some(K::EquipmentDonated),
        // Vehicles given (捐赠救护车1辆): the counter and a verb of giving.
        "辆" => b
            .any(w![
                "捐赠", "捐贈", "赠送", "捐助", "援建", "捐了", "配备", "送了", "送给"
            ])
            .then_some(K::EquipmentDonated),
        // Courses approved or listed as an outcome (获批一流本科课程43门) are no courses taught.
        "门" => (b.any(w!["课程", "课", "課"]) && !b.any(w!["获批", "入选", "认定", "立项"]))
            .then_some(K::CoursesTaught),
        "学时" => Some(K::TeachingHours),
        "小时" | "小時" => b
            .any(w!["授课", "輔導", "辅导", "教学", "授課", "教學"])
            .then_some(K::TeachingHours),
        u if PEOPLE.contains(&u) => people_kind(t, b, at, u),
        _ => None,
    }
}

fn people_kind(t: &str, b: Bag, at: usize, unit: &str) -> Option<K> {
    // Qualifications held and people recruited are the recipient's own (获得博士学位, 引进博士).
    if b.any(w![
        "报考",
        "报名",
        "聘为",
        "具有",
        "引进",
        "招聘",
        "获得博士",
        "获得硕士",
    ]) || (b.any(w!["导师"]) && !b.any(w!["派出", "选派", "派遣", "派驻"]))
    {
        return None;
    }
    // Places in an enrolment plan (单列博士招生计划6名) are a quota, not people trained yet;
    // people who left (调离博士7人, 人才流失) are the recipient's loss.
    if b.any(w!["招生计划", "调离", "流失", "离职"]) {
        return None;
    }
    // A study visit (赴X学习…经验, 考察) brings nothing to anyone.
    if b.any(w!["经验"])
        && b.any(w!["学习", "考察"])
        && !b.any(w!["进修", "访学", "挂职", "跟岗", "培训", "支教"])
    {
        return None;
    }
    // A volume (年门诊量达到31.2万人次) is the hospital's own.
    if b.any(w!["门诊量", "接诊量", "诊疗量"]) {
        return None;
    }
    if (b.any(w!["收治", "救治", "接诊", "诊治", "诊疗"]) && b.any(w!["患者", "病人", "病例"]))
        || (unit == "人次" && b.any(w!["接诊", "诊疗", "门诊", "诊治", "义诊"]))
    {
        return (!b.any(w!["具备", "能够", "可"])).then_some(K::PatientsTreated);
    }
    // 跟岗 of cadres (校长, 干部, 院长, 负责人) is a secondment; of teachers, study at the host
    // (below).
    let cadres_shadowing =
        b.any(w!["跟岗"]) && b.any(w!["校长", "干部", "园长", "局长", "院长", "负责人"]);
    let post = b.any(w!["任"]) && takes_post(t);
    if b.any(w!["挂职", "掛職", "挂任"])
        || cadres_shadowing
        || (post
            && !b.any(w!["任教", "课程", "教学"])
            && b.any(w!["院长", "校长", "主任", "科长", "书记", "园长", "局长"]))
        || (b.any(w!["选派", "派出", "增派", "派遣", "委派", "派驻"])
            && (post || b.any(w!["担任"]))
            && b.any(w!["干部", "副校长", "副院长", "校长", "院长"]))
        || (b.any(w!["选派", "派出", "增派", "派驻", "委派"]) && b.any(w!["第一书记"]))
        // Stationed in a village as its first secretary (驻村第一书记4名).
        || (b.any(w!["驻村"]) && b.any(w!["第一书记"]))
        // Cadres sent (选派党政干部58名) are seconded, unless they are sent to be trained, or
        // teachers are named first with them (选派援疆教师与管理干部: the teachers' count).
        || (b.any(w!["选派", "派出", "增派", "派驻", "委派"])
            && b.any(w!["干部"])
            && !b.any(w!["培训", "进修", "跟岗学习", "挂职学习"])
            && t
                .find_str("教师")
                .is_none_or(|p| t.find_str("干部").is_none_or(|q| p >= q)))
    {
        return Some(K::CadreSeconded);
    }
    if b.any(w![
        "支教",
        "送教",
        "讲学",
        "授课",
        "任课",
        "授課",
        "師資生",
        "志工",
        // Coaches sent to coach at a sports school (教练员6人赴…体育运动学校执教).
        "执教",
    ]) || (b.any(w!["承担"]) && b.any(w!["教学", "课程"]))
        // Teachers who went to teach at the host (6名教师已到该校任教).
        || (b.any(w!["任教"])
            && b.any(w!["教师", "老师", "骨干"])
            && ["到", "赴", "前往"].iter().any(|g| t.has(g)))
        // Teachers who went in to the region they teach in (援疆教师36名于2023年8月进疆).
        || (b.any(w!["进疆", "入疆", "进藏", "入藏"]) && b.any(w!["教师", "老师"]))
    {
        return Some(K::TeacherDispatched);
    }
    if unit == "批" {
        return None;
    }
    if b.any(w!["访学", "进修", "访问学者", "跟岗"]) {
        return Some(K::VisitingScholar);
    }
    if b.any(w![
        "培养", "录取", "攻读", "招收", "招生", "考取", "在读", "读博", "深造",
    ]) || b.any(w!["博士", "硕士"])
    {
        match nearest(t, at, &["博士", "硕士"]) {
            Some("博士") => return Some(K::DoctoralTrained),
            Some("硕士") => return Some(K::MasterTrained),
            _ => {}
        }
    }
    if b.any(w!["接收", "接受", "安排", "招收", "插班"])
        && b.any(w![
            "学生",
            "本科生",
            "插班",
            "新生",
            "研究生",
            "毕业生",
            "初中生",
            "高中生",
            "中职生"
        ])
    {
        return Some(K::StudentsPlaced);
    }
    if b.any(w!["学生", "新生", "初中生", "高中生", "中职生", "毕业生"])
        && b.any(w!["接收", "接受", "就读", "入学", "转入"])
    {
        return Some(K::StudentsPlaced);
    }
    // Students admitted for the recipient (为阿坝州定向培养医学生286人, 录取阿坝州考生62人).
    if b.any(w!["定向培养", "录取", "招收"]) && b.any(w!["医学生", "考生", "定向生", "师范生"])
    {
        return Some(K::StudentsPlaced);
    }
    // 派了 in speech (湖州一中也派了4个老师, 前前后后来了二十多个老师).
    if b.any(w![
        "派出", "增派", "选派", "派遣", "派驻", "派了", "再派", "派来", "来了"
    ]) && b.any(w!["教师", "专家", "教授", "骨干", "老师", "导师"])
    {
        // Doctors sent to a hospital are medical staff (kind `other`, see other_activity); so
        // are experts of a trade (农技专家, 畜牧专家) sent to work, who teach no school.
        if medical_staff(b) || (b.any(w!["专家"]) && trade_experts(t) && !b.any(w!["教师", "老师"]))
        {
            return None;
        }
        // Experts or 业务骨干 with no school in sight (累计派出专家27人次, 选派业务骨干5人赴塔城
        // 开展驻馆指导) are staff sent to work, not teachers.
        if !b.any(w!["教师", "老师", "导师", "教授"]) && !school_context(t) {
            return None;
        }
        return Some(K::TeacherDispatched);
    }
    None
}

/// Words of a table row or column that count people helped or sent (派驻专家, 培养博士,
/// 接收进修, 支教教师); a count of people with none of them is a stock.
const PEOPLE_ACTS: [&str; 27] = [
    "派", "支教", "培养", "培训", "接收", "挂职", "讲学", "进修", "访学", "援", "捐", "录取",
    "招收", "定向", "来校", "选", "送", "跟岗", "带教", "授课", "资助", "减免", "就读", "交流",
    "就业", "转移", "诊",
];

/// The kind of the amounts of a table column whose header cell is `cell` (帮扶资金（万元）,
/// 派驻专家（名）); `header` is every header cell of the table, whose words (受援医院) tell
/// medical staff from teachers. In a table of support, people counted under a noun of
/// teachers, doctors or cadres are people sent.
pub(crate) fn kind_of_header(
    cell: &str,
    header: &str,
    unit: &str,
) -> Option<(K, Option<&'static str>)> {
    let name = cell.split(['（', '(']).next().unwrap_or(cell);
    // People on post (在岗干部人才) are a stock, not people sent this year; a planned amount
    // (计划投入) is a quota shown beside what was paid.
    if name.has("在岗") || name.has("计划") {
        return None;
    }
    // Goods bought or sold (采购金额, 销售额, 成交额: 消费帮扶) are trade, not aid given.
    if ["采购", "销售", "购买", "消费", "成交", "交易"]
        .iter()
        .any(|w| name.has(w))
    {
        return None;
    }
    // Money paid in (实际到位, 已拨付) in a table of support.
    if unit == "元"
        && ["到位", "拨付", "实际投入"].iter().any(|w| name.has(w))
        && (header.has("受援") || header.has("受帮扶") || header.has("帮扶"))
    {
        return Some((K::MoneyDonated, None));
    }
    // Aid funds (援青资金, 援藏资金, 帮扶资金) in money; any 资金 of a table with a 受援 column.
    if unit == "元"
        && ["资金", "金额", "经费", "拨款", "款项", "投入"]
            .iter()
            .any(|w| name.has(w))
        && (name.contains('援') || name.has("帮扶") || header.has("受援"))
    {
        return Some((K::MoneyDonated, None));
    }
    let nb = Hits::new(name).bag(name);
    let hb = Hits::new(header).bag(header);
    // People counted with no act of help in the row's name nor in the table's header (专任教师
    // （人）, 博士学位教师（人） under 指标 ⇥ 2014年 …) are the institution's own staff, a stock: no
    // one was sent, trained or received. A header's 派出学校 column says they were sent.
    if matches!(unit, "人" | "人次") && !PEOPLE_ACTS.iter().any(|w| name.has(w) || header.has(w))
    {
        return None;
    }
    let kind = kind_of(name, nb, name.len(), unit)
        .filter(|k| *k != K::TeacherDispatched || !medical_staff(hb));
    if let Some(k) = kind {
        return Some((k, None));
    }
    if let Some(a) = other_activity(nb, unit) {
        return Some((K::Other, Some(a)));
    }
    // A bare activity heads its column in a table of support: 手术（台）, 派驻（人次）, 人数.
    let hospitals = hb.any(w!["医院", "医生", "医师", "专家"]);
    match unit {
        // Courses and hours taught (讲授课程（门）, 授课（学时）).
        "门" if name.has("课") => Some((K::CoursesTaught, None)),
        "学时" => Some((K::TeachingHours, None)),
        "台" | "台次" if nb.any(w!["手术"]) && !nb.any(w!["手术量"]) => {
            Some((K::Other, Some("surgeries")))
        }
        "人" | "人次" => {
            let sent = nb.any(w!["派驻", "派出", "增派", "选派", "派遣"]) || name.has("援派");
            if nb.any(w!["专家", "医生", "医师", "医护", "护士"]) && medical_staff(hb)
                || (sent && hospitals)
            {
                Some((K::Other, Some("staff_dispatched")))
            } else if nb.any(w!["教师", "骨干"])
                || ((sent || name.has("人数")) && header.has("学校"))
            {
                Some((K::TeacherDispatched, None))
            } else if nb.any(w!["干部"]) {
                Some((K::CadreSeconded, None))
            } else if sent {
                Some((K::Other, Some("staff_dispatched")))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Whether `t` has 任 as a verb of taking a post (任该院院长, 分别任…), not inside a word
/// (主任, 责任, 任务, 任何, 信任, 现任 …).
fn takes_post(t: &str) -> bool {
    t.match_indices('任').any(|(p, _)| {
        let before = t.get(..p).unwrap_or_default();
        let after = t.get(p + '任'.len_utf8()..).unwrap_or_default();
        !before.ends_with(['主', '责', '信', '现', '曾', '原', '专', '继', '兼'])
            && !after.starts_with(['务', '何', '期', '教', '课', '用', '命', '意'])
    })
}

/// Whether the books named in `t` are goods (捐赠图书…), not only a room (改造图书室, 图书馆
/// 建设) — `b` is the bag of `t`.
fn books_as_goods(t: &str, b: Bag) -> bool {
    if !b.any(w!["图书室", "图书馆"]) {
        return true;
    }
    t.starts("图书").any(|p| {
        !t.get(p + "图书".len()..)
            .unwrap_or_default()
            .starts_with(['室', '馆'])
    }) || b.any(w!["书籍", "圖書"])
}

/// Whether one of `words` in `rest` (the rest of a sentence) has a digit within the next
/// `within` characters: 实际拨付1900万元 (the actual figure an agreed one is measured against),
/// 共选派干部24人次 (the total a yearly rate adds up to).
fn figure_follows(rest: &str, words: &[&str], within: usize) -> bool {
    words.iter().any(|w| {
        rest.starts(w).any(|p| {
            rest.get(p + w.len()..)
                .unwrap_or_default()
                .chars()
                .take(within)
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        })
    })
}

/// Where a sentence says that a whole contains a part ("2016年援助资金含援建县医院项目资金
/// 1200万元"): 含 between two words, not 包含/含有/含义. The part after it is a breakdown like one
/// after 其中.
fn contains_part_at(sentence: &str) -> Option<usize> {
    // A vectorised search: 含 is rare, and its last byte is a common continuation byte.
    memchr::memmem::find_iter(sentence.as_bytes(), "含".as_bytes()).find_map(|p| {
        let before = sentence.get(..p)?.chars().next_back()?;
        let after = sentence.get(p + '含'.len_utf8()..)?.chars().next()?;
        let word = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        (word(before)
            && word(after)
            && !"包蕴饱富内隐暗".contains(before)
            && !"有义量糊泪笑着".contains(after))
        .then_some(p)
    })
}

/// Words of a finding about support money or goods misused, held back or idle, or of its
/// rectification.
const FINDINGS: [&str; 16] = [
    "退回",
    "追回",
    "退还",
    "收回",
    "滞留",
    "截留",
    "挪用",
    "虚报",
    "冒领",
    "多申领",
    "违规使用",
    "不符合资金使用范围",
    "闲置",
    "整改问题金额",
    "收回违规",
    "未发挥效益",
];

/// Whether a finding's money was then paid to its recipient ("将滞留的2600万元全部拨付扎囊县"):
/// the payment is a gift, as any payment is; money taken back (收回, 退回) is none.
fn rectified_by_paying(sentence: &str) -> bool {
    ["滞留的", "截留的", "闲置的"]
        .iter()
        .any(|w| sentence.has(w))
        && ["全部拨付", "已拨付", "拨付到位", "足额拨付"]
            .iter()
            .any(|w| sentence.has(w))
        && !["收回", "退回", "追回", "退还", "未拨付", "尚未"]
            .iter()
            .any(|w| sentence.has(w))
}

/// Verbs of handing over whose negation after an amount withholds it.
const HANDED_OVER: [&str; 7] = ["拨付", "到位", "落实", "兑现", "支付", "下达", "拨款"];

/// Whether the clause goes on after the amount ending at `end` to say it was not handed over:
/// "其余1300万元未按协议拨付", "剩余300万元因项目调整尚未拨付", "…万元至今没有到位", or is still
/// to be: "尚余1.7亿元待2025年拨付".
fn withheld_after(src: &str, end: usize, clause_end: usize) -> bool {
    let after = super::text::squeeze_head(src.get(end..clause_end).unwrap_or_default(), 16);
    // Still to be paid: "尚余1.7亿元待2025年拨付".
    if after.starts_with('待')
        && HANDED_OVER
            .iter()
            .any(|v| after.find_str(v).is_some_and(|q| q <= 12 * 3))
    {
        return true;
    }
    ["未", "没有"].iter().any(|neg| {
        after.starts(neg).any(|p| {
            let rest = after.get(p + neg.len()..).unwrap_or_default();
            HANDED_OVER.iter().any(|v| {
                rest.find_str(v)
                    .is_some_and(|q| rest.get(..q).is_some_and(|g| g.chars().count() <= 4))
            })
        })
    })
}

/// Experts sent to a hospital, not teachers: "派出专家17人次到…医院", "该院派出医生…".
/// Whether a clause names experts of a trade (农技专家, 农业专家, 畜牧专家, 技术专家), not of
/// teaching.
fn trade_experts(t: &str) -> bool {
    [
        "农技",
        "农业",
        "畜牧",
        "兽医",
        "林业",
        "水利",
        "技术专家",
        "种植",
        "养殖",
    ]
    .iter()
    .any(|w| t.has(w))
}

/// Whether `t` speaks of a school or of teaching (学校, 大学, 学院, 教学, 讲座, 学科…), where
/// experts sent teach.
fn school_context(t: &str) -> bool {
    [
        "校",
        "大学",
        "学院",
        "教学",
        "课",
        "讲座",
        "学科",
        "学生",
        "教研",
        "教育",
        "师范",
        "中学",
        "小学",
        "幼儿园",
    ]
    .iter()
    .any(|w| t.has(w))
}

fn medical_staff(b: Bag) -> bool {
    // Doctors and nurses are medical staff by their name; experts by where they go.
    (b.any(w!["医生", "医师", "护士", "医护"])
        || (b.any(w!["专家"])
            && b.any(w![
                "医院", "该院", "诊", "医疗", "医学", "内科", "外科", "儿科", "妇产科", "骨科", "麻醉",
                "我科", "该科", "科室"
            ]))
        // 医疗骨干, 医务人员, 医疗队员: named by their work.
        || (b.any(w!["医疗", "医务"]) && b.any(w!["骨干", "人员", "队员"])))
        && !b.any(w!["教师", "教授", "讲学", "授课", "教学"])
}

/// Whether an amount is the later value of a change in what the supporter gives itself: the
/// labour it helped into jobs (…转移到福建就业的农村劳动力由2023年的2,140人增加到2024年的2,860人)
/// or its aid money (年度帮扶资金由2022年的420万元增加到2023年的510万元), year against year. That
/// value is the period's amount; the earlier one stays a base. `prefix` is the clause before
/// the amount.
fn given_after_change(prefix: &str, unit: &str) -> bool {
    let Some((at, verb)) = ["增加到", "增长到", "增至", "提高到", "增加至", "扩大到"]
        .iter()
        .filter_map(|v| prefix.rfind(v).map(|p| (p, *v)))
        .max_by_key(|(p, _)| *p)
    else {
        return false;
    };
    let head = prefix.get(..at).unwrap_or_default();
    let gap = prefix.get(at + verb.len()..).unwrap_or_default();
    // Nothing between the verb and the amount but its year (2024年的) or 了.
    let gap = gap.strip_prefix('了').unwrap_or(gap);
    let gap = gap.strip_suffix('的').unwrap_or(gap);
    let dated = gap.is_empty()
        || gap.strip_suffix('年').is_some_and(|y| {
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())) || y == "今" || y == "本"
        });
    let labour = unit == "人" && head.has("劳动力") && (head.has("就业") || head.has("务工"));
    let money = unit == "元"
        && ["帮扶资金", "援助资金", "协作资金"]
            .iter()
            .any(|w| head.has(w));
    // The earlier value dated by its year too (由2023年的…): a year's amount against another's.
    let yearly = head.rfind(['由', '从']).is_some_and(|p| {
        let from = head.get(p + '由'.len_utf8()..).unwrap_or_default();
        from.len() > 4
            && from.bytes().take(4).all(|b| b.is_ascii_digit())
            && from.get(4..).is_some_and(|r| r.starts_with('年'))
    });
    dated && yearly && (labour || money)
}

/// Whether the text before an amount in its clause makes it a comparison base: 比上年的980人,
/// 比去年同期的3760万元, 较上年的180人次.
fn comparison_base(prefix: &str) -> bool {
    prefix.ends_with('的')
        && prefix
            .rfind(['比', '较'])
            .is_some_and(|p| prefix.len() - p <= 30)
}

/// Whether a clause names a fee a school charges its students (住宿费, 教辅资料费, 培养费): what
/// 减免 waives for them is tuition; a design or testing fee waived is a fee of its own.
fn school_fees(t: &str) -> bool {
    [
        "住宿费",
        "学杂费",
        "教辅",
        "资料费",
        "培养费",
        "书本费",
        "伙食费",
        "報名費",
        "报名费",
        "考试费",
    ]
    .iter()
    .any(|w| t.has(w))
}

/// Words of a working life (从医26年, 从教30年来).
const CAREER: [&str; 3] = ["从医", "从教", "行医"];

/// Whether the sentence before an amount counts a working life (从医26年，她累计主刀手术1万余台;
/// 从教30年来): a person's career, not what the aid did.
fn career_total(before: &str) -> bool {
    CAREER.iter().any(|w| {
        before.match_indices(w).any(|(p, _)| {
            let rest = before.get(p + w.len()..).unwrap_or_default();
            let span = rest
                .split(['，', '。', '；', ',', ';'])
                .next()
                .unwrap_or_default();
            span.starts_with("以来")
                || (span.ends_with('年') || span.ends_with("年来") || span.ends_with("多年"))
                    && span.chars().count() <= 6
                    && span
                        .chars()
                        .any(|c| c.is_ascii_digit() || "一二三四五六七八九十几".contains(c))
        })
    })
}

/// Whether the text after an amount says it is what a body is made of and ends there
/// ("考核组由…抽调的14名同志组成，…"): members counted, no one sent to anyone. A team made up
/// and then sent ("由5名专家组成的医疗队赴…") goes on after 组成.
fn made_of(after: &str) -> bool {
    after.find_str("组成").is_some_and(|p| {
        let noun = after.get(..p).unwrap_or_default();
        let rest = after.get(p + "组成".len()..).unwrap_or_default();
        noun.chars().count() <= 4
            && rest
                .trim_matches(|c: char| c.is_whitespace() || "，。；,;".contains(c))
                .is_empty()
    })
}

/// Whether the text before an amount names the recipient's own matching funds (受援地落实配套资金
/// 3260万元, 本校配合款12万元): money the supported side or the project's own body puts in is no
/// support.
fn own_matching_funds(prefix: &str) -> bool {
    (prefix.has("配套")
        && ["受援", "地方", "本级", "自筹", "县级", "市级", "州级", "乡级", "镇级"]
            .iter()
            .any(|w| prefix.has(w)))
        || prefix.ends_with("配合款")
        // "援建资金已全部拨付到位，配套资金到位228万元": matching funds named right before the
        // amount, with no word of aid after them.
        || prefix.rfind_str("配套资金").is_some_and(|p| {
            let tail = prefix.get(p..).unwrap_or_default();
            tail.chars().count() <= 10 && !tail.contains('援') && !tail.has("帮扶")
        })
}

/// Medical machines named without a word for equipment, as written after 价值…的.
const DEVICES_BY_NAME: [&str; 8] = [
    "CT",
    "核磁共振",
    "磁共振",
    "DR",
    "除颤仪",
    "透析机",
    "胃镜",
    "肠镜",
];

/// Sources of a project's money that are neither side of a pairing (the central government,
/// banks, private capital).
const NEITHER_SIDE_FUNDS: [&str; 9] = [
    "中央资金",
    "中央财政资金",
    "中央预算内投资",
    "中央预算内资金",
    "中央补助资金",
    "中央专项资金",
    "银行贷款",
    "社会资本",
    "企业自筹",
];

/// Whether the list item before an amount names money from neither side of the pairing
/// (总投资…，其中中央资金3000万元、X援疆资金8400万元: the central share is no gift of X's).
fn neither_side_funds(prefix: &str) -> bool {
    let item = prefix
        .rsplit(['、', '，', ',', '；'])
        .next()
        .unwrap_or(prefix);
    let item = item.strip_prefix("其中").unwrap_or(item);
    NEITHER_SIDE_FUNDS.iter().any(|w| item.trim() == *w)
}

/// Whether the people counted right before `after` are honoured, not sent (2名支教教师获评“最美
/// 援黔教师”, 3人被评为…, 5名队员荣获…称号): an award names no help given.
fn honoured(unit: &str, after: &str) -> bool {
    matches!(unit, "人" | "人次")
        && ["获评", "被评为", "荣获", "获得", "获授", "被授予"]
            .iter()
            .any(|w| {
                after.find_str(w).is_some_and(|p| {
                    after.get(..p).is_some_and(|g| {
                        g.chars().count() <= 8 && !g.contains(['，', '。', '；', ','])
                    })
                })
            })
}

/// Whether the text right after an amount is a citation mark ([4], [2-3], ［5］): a figure
/// quoted from another study, which the text reports, not a gift it states.
fn cited(after: &str) -> bool {
    let Some(inner) = after.strip_prefix(['[', '［']) else {
        return false;
    };
    let close = inner.find([']', '］']);
    close.is_some_and(|c| {
        let mark = inner.get(..c).unwrap_or_default();
        !mark.is_empty()
            && mark.chars().count() <= 9
            && mark
                .chars()
                .all(|ch| ch.is_ascii_digit() || matches!(ch, '-' | '–' | ',' | '，' | '、'))
    })
}

/// Whether an amount is a project's whole cost (总投资2680万元) broken down right after into
/// parts that name the aid (，其中X援助资金1500万元): the aid part is the gift, the cost is not,
/// whoever the sentence says built the project. `prefix` is the clause before the amount,
/// `after` the rest of the sentence after it.
fn project_cost(prefix: &str, after: &str) -> bool {
    const AID_FUNDS: [&str; 7] = [
        "援助资金",
        "援建资金",
        "帮扶资金",
        "协作资金",
        "援疆资金",
        "援藏资金",
        "支援资金",
    ];
    let p = prefix.trim_end().trim_end_matches(['为', '达', '约', '共']);
    if !(p.ends_with("总投资") || p.ends_with("总投入")) {
        return false;
    }
    let a = after.trim_start_matches(['，', ',', ' ']);
    a.strip_prefix("其中").is_some_and(|part| {
        let head = super::text::first_chars(part, 16);
        AID_FUNDS.iter().any(|w| head.has(w))
    })
}

/// Whether an amount sums money and goods together (全年投入帮扶资金和设备折合318万元): of no
/// one kind, it restates what the text gives item by item. `prefix` is the clause before the
/// amount.
fn money_and_goods_total(prefix: &str) -> bool {
    const GOODS: [&str; 5] = ["物资", "设备", "装备", "物品", "器材"];
    let p = prefix.trim_end().trim_end_matches(['约', '为', '达', '共']);
    let Some(head) = ["折合", "合计", "共计", "总计"]
        .iter()
        .find_map(|w| p.strip_suffix(w))
    else {
        return false;
    };
    // "资金和(测绘)装备": the money, a joiner, then goods within a few characters.
    let tail = super::text::last_chars(head, 12);
    tail.find("资金").is_some_and(|k| {
        let after = tail.get(k + "资金".len()..).unwrap_or_default();
        after.starts_with(['和', '及', '与', '、']) && GOODS.iter().any(|g| after.has(g))
    })
}

/// Whether money is the receiving side passing funds on to its counties, not support given:
/// "市财政已将7.9亿元拨付至各县（市、区）", "1.08亿元已拨付到县". `prefix` is the clause before the
/// amount, `after` the clause after it.
fn passed_on(prefix: &str, after: Option<&str>) -> bool {
    let by_treasury = ["财政已将", "财政将", "财政局已将", "财政局将"]
        .iter()
        .any(|w| prefix.ends_with(w));
    let to_counties = after.is_some_and(|a| {
        let a = a.trim_start_matches(['已', '全', '部', '均']);
        ["拨付", "下拨", "下达", "划拨"].iter().any(|v| {
            a.strip_prefix(v).is_some_and(|r| {
                ["到县", "至县", "到各县", "至各县", "到区县", "至区县"]
                    .iter()
                    .any(|d| r.starts_with(d))
            })
        })
    });
    by_treasury || to_counties
}

/// The party a clause's gift or people go to help when the next clause of the sentence says so
/// ("选派专业教师17人，帮助该校新建两个专业"): the name right after its verb of help.
fn helped_next(src: &str, clause: Span, sentence_end: usize, ms: &[&Mention]) -> Option<Party> {
    let rest = src.get(clause.end..sentence_end)?;
    let open = rest.len() - rest.trim_start_matches(['，', ',']).len();
    if open == 0 {
        return None;
    }
    let at = clause.end + open;
    let verb = super::relations::HELP_AFTER
        .iter()
        .find(|v| src.get(at..).is_some_and(|r| r.starts_with(**v)))?;
    let m = ms.iter().find(|m| m.start == at + verb.len())?;
    Some(if m.surface.starts_with('该') {
        Party::of(m)
    } else {
        super::relations::destination(m)
    })
}

/// Whether an amount, written as `written` between `prefix` (its clause before it) and `after`
/// (its clause after it), gives nothing: funds put to a use, a rule's threshold, a person's own
/// gift (个人向…捐赠), a plan superseded (原计划1,500万元，调减为…).
fn no_gift(prefix: &str, written: &str, after: &str) -> bool {
    allocated(prefix, after)
        || threshold(prefix, written, after)
        || ["个人向", "个人捐", "个人出资"]
            .iter()
            .any(|w| prefix.has(w))
        || ["原计划", "原定", "原拟"]
            .iter()
            .any(|w| prefix.trim_end().ends_with(w))
}

/// Whether an amount is a threshold of a rule (投资额超过500万元的，给予…; 单价50万元以上设备;
/// 1000万元以上的项目), not an amount given. The qualifier may be read into the amount
/// (`written`: 超过500万元, 50万元以上) or stand around it.
fn threshold(prefix: &str, written: &str, after: &str) -> bool {
    const OVER: [&str; 4] = ["超过", "达到", "不低于", "高于"];
    let rest = after
        .strip_prefix("及以上")
        .or_else(|| after.strip_prefix("以上"));
    let over = OVER
        .iter()
        .any(|w| prefix.ends_with(w) || written.starts_with(w))
        || written.ends_with("以上")
        || rest.is_some();
    over && (rest.unwrap_or(after).starts_with('的') || prefix.ends_with("单价"))
}

/// Where a sentence's report of what someone heard ends (听说…, 听老王说，…): amounts after it
/// are hearsay, no fact of the text's own. Read once per sentence.
fn hearsay_end(sentence: &str) -> Option<usize> {
    let said = sentence.find_str("听说").map(|p| p + "听说".len());
    // The first 听, a name of one to four characters, then 说.
    let named = sentence.find_str("听").and_then(|p| {
        let from = p + "听".len();
        let rest = sentence.get(from..).unwrap_or_default();
        rest.char_indices()
            .take(5)
            .skip(1)
            .find(|&(i, c)| {
                c == '说'
                    && rest
                        .get(..i)
                        .is_some_and(|n| n.chars().all(super::names::is_cjk))
            })
            .map(|(i, c)| from + i + c.len_utf8())
    });
    match (said, named) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Funds put to a use (会议原则同意将第二批协作资金1,200万元安排用于示范村建设): the money
/// was given before; the clause allocates it, and gives nothing.
fn allocated(prefix: &str, after: &str) -> bool {
    prefix.has("将")
        && ["安排用于", "统筹用于", "统筹安排用于", "安排到"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Whether a clause's giving is agreed to but not done (已同意追加, 同意增加, 同意拨付).
fn agreed_to_give(prefix: &str) -> bool {
    ["同意追加", "同意增加", "同意拨付", "同意援助", "同意捐赠"]
        .iter()
        .any(|w| prefix.has(w))
}

/// Whether the text before an amount makes it what a drive means to raise (本次行动计划募集善款
/// 200万元, 力争筹集资金50万元): a target of the appeal, not money given.
fn raising_target(prefix: &str) -> bool {
    ["募集", "筹集", "募捐", "筹措"].iter().any(|v| {
        prefix.find_str(v).is_some_and(|p| {
            let head = prefix.get(..p).unwrap_or_default();
            let head = head.strip_suffix('共').unwrap_or(head);
            ["计划", "拟", "目标", "力争", "预计"]
                .iter()
                .any(|w| head.ends_with(w))
        })
    })
}

/// Whether a sentence is a line of an expense account, labelled by its cost category
/// (（二）业务费：购置教具…，共计16.4万元; 人事费：…): money spent, not given.
fn expense_line(sentence: &str) -> bool {
    let head = super::text::first_chars(sentence, 16);
    head.find(['：', ':']).is_some_and(|p| {
        head.get(..p)
            .is_some_and(|label| label.ends_with('费') && !label.has("经费"))
    })
}

/// Whether the amount at byte `at` sits in a table's 小计 / 合计 / 总计 row: the sum of the
/// rows above, no gift of its own.
fn subtotal_row(src: &str, at: usize) -> bool {
    let line_start = src
        .get(..at)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |p| p + 1);
    src.get(line_start..at).is_some_and(|l| {
        let l = l.trim_start_matches([' ', '\u{3000}', '\t']);
        ["小计", "合计", "总计", "小計", "合計", "總計"]
            .iter()
            .any(|w| l.starts_with(w))
            && l.contains('\t')
    })
}

/// Whether an amount closes a heading in parentheses (一、第一批已拨付资金（12600万元）): the
/// total of the section below, whose items say who gave what.
fn heading_total(sentence: &str, after: Option<&str>) -> bool {
    after.is_some_and(|a| matches!(a.trim(), "）" | ")"))
        && super::text::is_heading_line(sentence)
        && !sentence.contains('。')
}

/// Whether the text before an amount names a whole team (援藏教师团队86人, 医疗队共28人): a
/// team's head count is no contribution, its members' shares are; a team named as it is sent
/// (派出医疗队6人) counts the people sent.
fn team_total(prefix: &str) -> bool {
    let p = prefix.trim_end();
    let Some(team) = ["团队", "医疗队", "工作队", "支教团", "队员共"]
        .iter()
        .find(|w| p.ends_with(**w))
    else {
        return false;
    };
    // A team just sent (派出医疗队6人, 选派第三批医疗队8人): its head count is the people sent.
    let head = super::text::last_chars(p.get(..p.len() - team.len()).unwrap_or_default(), 8);
    !["派出", "选派", "派驻", "派遣", "组派"].iter().any(|v| {
        head.rfind(v).is_some_and(|at| {
            !head
                .get(at..)
                .is_some_and(|g| g.contains(['，', '。', '；']))
        })
    })
}

/// Words of a budget: the sums a project may spend (概算, 预算, 计划投资), not what was given.
/// A project's 总投资 is what was spent: its aid part is given (总投资6800万元，其中援疆资金
/// 5200万元).
const BUDGETS: [&str; 4] = ["概算", "预算", "计划投资", "估算"];

/// Whether the text right after an amount says it was paid (（已拨付）, 已全部拨付到位, 已到位).
fn written_as_paid(after: &str) -> bool {
    let a = after.trim_start_matches(['（', '(', ' ']);
    ["已拨付", "已全部拨付", "已到位", "已全部到位", "已拨"]
        .iter()
        .any(|w| a.starts_with(w))
}

/// Whether the text after a team's head count says the team arrives where it is sent
/// (医疗队12名队员抵达西吉县, 工作队8人今天赴…, 支教团9名成员抵达…): people sent, not a total
/// shared out.
fn team_arrives(after: &str) -> bool {
    let a = after.trim_start();
    let a = a
        .strip_prefix("队员")
        .or_else(|| a.strip_prefix("成员"))
        .unwrap_or(a);
    let a = ["今天", "今日", "近日", "日前", "已", "于"]
        .iter()
        .find_map(|w| a.strip_prefix(w))
        .unwrap_or(a);
    ["抵达", "到达", "进驻", "赶赴", "奔赴", "赴", "到岗"]
        .iter()
        .any(|v| a.starts_with(v))
}

/// Whether the amount `qi` is one of a list of amounts that ends its clause right after 分别
/// (and a copula or a bare verb at most): "其中A、B、C分别派驻42人次、26人次、18人次", "A、B分别为
/// 12人、9人". Such shares name no kind of their own.
fn respective_shares(src: &str, clause: Span, quantities: &[Quantity<'_>], qi: usize) -> bool {
    let (prefix, rest) = amount_list_bounds(src, clause, quantities, qi);
    respective_list(prefix, rest)
}

/// [`respective_shares`] on the text before and after the list of amounts.
fn respective_list(prefix: &str, rest: &str) -> bool {
    rest.trim_matches(|c: char| c.is_whitespace() || "，。；、,;！？".contains(c))
        .is_empty()
        && prefix.rfind_str("分别").is_some_and(|p| {
            let tail = prefix.get(p + "分别".len()..).unwrap_or_default().trim();
            tail.is_empty() || matches!(tail, "为" | "是" | "达") || EACH_VERBS.contains(&tail)
        })
}

/// Whether the amount `q` stands in an elliptic clause that names no kind of its own and ends
/// with it: a name or a few words, then the amount ("广医二院6名", "乙、丙各3名", "今年共14人").
fn elliptic(
    src: &str,
    clause: Span,
    quantities: &[Quantity<'_>],
    qi: usize,
    ms: &[&Mention],
    hits: &Hits<'_>,
) -> bool {
    let Some(q) = quantities.get(qi) else {
        return false;
    };
    // A list of amounts shares its ellipsis ("A、B、C分别42人次、26人次、18人次"): the rest of
    // the clause and the text before may hold the other amounts of the list.
    let (prefix, rest) = amount_list_bounds(src, clause, quantities, qi);
    if respective_list(prefix, rest) {
        return true;
    }
    // Speech counts people with 个 (四十一个人): the 人 after it is the amount's.
    let rest = match rest.strip_prefix('人') {
        Some(r) if q.unit == Some("个") && !r.starts_with(['民', '口']) => r,
        _ => rest,
    };
    if !rest.trim_matches(|c: char| c.is_whitespace() || "，。；、,;！？".contains(c)).is_empty()
        || prefix.contains(['的', '有', '为', '量', '愈'])
        // A sum (共计16.4万元) or a part (其中今年19人) of what was named before.
        || ["共计", "共計", "合计", "合計", "总计", "總計", "其中"]
            .iter()
            .any(|w| prefix.has(w))
        || hits.bag(prefix).any(const { mask(&KIND_WORDS) })
        // An activity of its own (帮助甲市劳动力转移就业2.1万人): no ellipsis of the item before.
        || other_activity(hits.bag(prefix), q.unit.unwrap_or_default()).is_some()
    {
        return false;
    }
    let named = ms
        .iter()
        .any(|m| m.start >= clause.start && m.end <= q.span.start && !m.pronoun);
    // The running total of the item before (…4200万元，两地协作以来累计已达1.26亿元).
    let running_total = ["累计已达", "累计达到", "累计达", "累计已超", "总计已达"]
        .iter()
        .any(|w| prefix.trim_end().ends_with(w));
    // A span of time said first (这几年一共去了四十一个人) adds no kind.
    let untimed = SPOKEN_SPANS
        .iter()
        .find_map(|w| prefix.trim_start().strip_prefix(w))
        .unwrap_or(prefix);
    named || running_total || dense_prefix_len(untimed, untimed.len()) <= 4
}

/// Spans of time said before a count (这几年, 这些年).
const SPOKEN_SPANS: [&str; 7] = [
    "这几年",
    "这些年",
    "近几年",
    "几年来",
    "多年来",
    "这两年",
    "近年来",
];

/// The text before and after the amount `quantities[qi]` in its clause with the other amounts
/// of a list it belongs to left out: amounts of one unit, as the scanner read them, joined by
/// 、/和/及 right before or after it.
fn amount_list_bounds<'s>(
    src: &'s str,
    clause: Span,
    quantities: &[Quantity<'_>],
    qi: usize,
) -> (&'s str, &'s str) {
    let unit = |k: usize| quantities.get(k).and_then(unit_of);
    let joined = |a: usize, b: usize| {
        let (Some(x), Some(y)) = (quantities.get(a), quantities.get(b)) else {
            return false;
        };
        unit(a).is_some()
            && unit(a) == unit(b)
            && y.span.end <= clause.end
            && x.span.start >= clause.start
            && matches!(src.get(x.span.end..y.span.start), Some("、" | "和" | "及"))
    };
    let (mut first, mut last) = (qi, qi);
    while first > 0 && joined(first - 1, first) {
        first -= 1;
    }
    while joined(last, last + 1) {
        last += 1;
    }
    let start = quantities.get(first).map_or(clause.start, |q| q.span.start);
    let end = quantities.get(last).map_or(clause.end, |q| q.span.end);
    (
        src.get(clause.start..start).unwrap_or_default(),
        src.get(end..clause.end).unwrap_or_default(),
    )
}

/// Nouns that say who an item of a list is (干部, 专家, 教师, 学生 …).
const ITEM_NOUNS: [&str; 23] = [
    "干部",
    "人才",
    "专家",
    "医生",
    "医师",
    "护士",
    "医护",
    "教师",
    "教授",
    "骨干",
    "学生",
    "本科生",
    "研究生",
    "新生",
    "博士",
    "硕士",
    "挂职",
    "校长",
    "院长",
    "第一书记",
    "初中生",
    "高中生",
    "中职生",
];

/// Words that give an amount its kind in a clause of its own: without them before the amount,
/// a short clause is elliptic and takes its kind from the sentence.
const KIND_WORDS: [&str; 24] = [
    "捐赠", "资助", "援助", "出资", "投入", "选派", "派出", "派遣", "派驻", "抽调", "接收", "培养",
    "录取", "招收", "培训", "带教", "进修", "访学", "支教", "挂职", "收治", "接诊", "手术", "安排",
];

/// Words of what the recipient has (现有教师…, 藏书…): a stock, never given.
const STOCK: [&str; 7] = ["现有", "拥有", "在校生", "在校学生", "藏书", "馆藏", "在编"];

/// Words that introduce the sum of what the clause before names (价值, 合计, 折合).
const VALUE_WORDS: [&str; 6] = ["价值", "價值", "折合", "合计", "共计", "总价"];

/// Characters (not bytes) before byte `at` of `t`, ignoring spaces.
fn dense_prefix_len(t: &str, at: usize) -> usize {
    t.get(..at)
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace())
        .count()
}

/// Money a supporter puts in or sets aside ("北医累计投入建设资金150万元", "全年安排协作资金
/// 4800万元", "追加专项资金500万元", "提供奖助学金12万元"); `subject` is the giver, `None` when
/// it is the recipient author itself (我县投入资金… is no contribution).
fn invested(b: Bag, unit: &str, subject: Option<&Party>) -> Option<K> {
    // Student aid raised (筹集爱心助学金6.5万元) is given whoever raised it.
    let aid_raised = b.any(w!["筹集", "募集"]) && b.any(w!["助学金", "奖学金"]);
    (unit == "元"
        && (aid_raised
            || b.any(w!["投入", "注入", "安排", "追加", "提供", "筹措", "落实"])
                && b.any(w!["资金", "经费", "助学金", "奖学金"])
                && subject.is_some()))
    .then_some(K::MoneyDonated)
}

/// What an amount of kind `other` counts, for work with no kind of its own (medical teams):
/// surgeries (开展/主刀手术…台, 做了…台手术), training sessions (培训班…期) and trainees (培训/带教…人次), workers
/// helped into jobs (帮助…就业…人), staff sent
/// (派出21名, 抽调28名队员).
fn other_activity(b: Bag, unit: &str) -> Option<&'static str> {
    match unit {
        "台" | "台次" => (b.any(w!["手术"])
            && b.any(w!["开展", "完成", "实施", "主刀", "指导", "带教", "做了"]))
        .then_some("surgeries"),
        // Courses and lectures given to train the local staff (举办培训班6期, 开展专题讲座16场,
        // 讲授心电图判读1场).
        // Lessons given to the local staff (授课6场, 上了12场示范课) and classes run (开办…家政班
        // 3期) count so too.
        "期" | "场" | "场次" => b
            .any(w![
                "培训",
                "办班",
                "研修班",
                "送教",
                "讲座",
                "讲授",
                "授课",
                "示范课",
                "开办"
            ])
            .then_some("training_sessions"),
        // Seedlings given (捐赠耐旱苗木18.6万株, 援助嫁接苗1.5万株, 无偿提供容器苗2.4万株).
        "株" | "棵"
            if b.any(w!["苗"])
                && b.any(w!["捐赠", "援助", "提供", "调运", "赠送", "捐助", "无偿"]) =>
        {
            Some("seedlings_donated")
        }
        // Crop varieties brought to the recipient (从福建引进甜瓜、番茄等新品种24个).
        "个" if b.any(w!["品种"]) && b.any(w!["引进", "引入"]) => {
            Some("varieties_introduced")
        }
        // Consultations given from afar (开展远程会诊3400余例).
        "例" | "次" if b.any(w!["会诊"]) => Some("remote_consultations"),
        // A fee waived that no student pays (减免设计费168万元): the supporter's own service given.
        "元" if b.any(w!["减免", "免除"]) && b.any(w!["费", "費"]) => Some("fees_waived"),
        // Teaching brought to a school (送教3次) and joint teaching research (远程教研40余次):
        // sessions counted in 次.
        "次" => b.any(w!["送教", "教研"]).then_some("training_sessions"),
        // Labour transfer: workers the supporter helped into jobs (帮助…到宁波企业稳定就业1360人,
        // 转移到广东省就业2146人, 来青稳定就业的农村劳动力1.2万人); jobs a workshop offers at
        // home (车间吸纳就业640人) are not.
        "人" | "人次"
            if b.any(w!["就业", "务工"])
                && (b.any(w!["帮助", "协调", "转移", "输送", "推荐", "安置"])
                    || b.any(w!["组织", "稳定就业"]) && b.any(w!["劳动力"])) =>
        {
            Some("workers_transferred")
        }
        // Trained, taught at the bedside (带教当地医务人员47人, 带6名住院医师查房, 参训护理人员
        // 86人次) or taken on as apprentices (带了八个徒弟, 师带徒结对12人).
        "人次" | "人"
            if b.any(w![
                "培训", "带教", "代培", "徒弟", "带徒", "参训", "查房", "集训"
            ]) && !b.any(w!["进修", "访学"]) =>
        {
            Some("trainees")
        }
        "人" if b.any(w![
            "派出", "增派", "选派", "派遣", "抽调", "派驻", "下派", "再派", "派来", "派了"
        ]) =>
        {
            Some("staff_dispatched")
        }
        // A medical team that arrives (第一批5名医疗队员抵达南木林) was sent there.
        "人" if b.any(w!["抵达", "到达"]) && medical_staff(b) => Some("staff_dispatched"),
        "人次"
            if b.any(w![
                "派出", "增派", "选派", "派遣", "抽调", "派驻", "下派", "再派"
            ]) && (medical_staff(b) || b.any(w!["专家", "技术人员", "业务骨干"])) =>
        {
            Some("staff_dispatched")
        }
        _ => None,
    }
}

/// Titles held by a named person at their home institution (X副院长陈立新).
const TITLES: [&str; 12] = [
    "副校长",
    "校长",
    "副院长",
    "院长",
    "副局长",
    "局长",
    "副主任",
    "主任",
    "副书记",
    "书记",
    "副园长",
    "园长",
];
/// Verbs of a post taken elsewhere, longest first.
const POST_TAKEN: [&str; 5] = ["挂职任", "挂职", "挂任", "担任", "任"];

/// One named person taking a post: "M<title><name>(同志)<post verb>R…" with no numeral, e.g.
/// 德阳市第五中学校长张卫东挂职乡城县第二中学副校长. Gives the statement's span, the home
/// institution M and the host R (or `None` when no name follows the verb). M may be the
/// author's pronoun (我院副院长X任R院长) when `author_supports`: a supporter's own cadre sent;
/// in a recipient's report it is an appointment at home.
fn one_person_post(
    src: &str,
    clause: Span,
    ms: &[&Mention],
    author_supports: bool,
) -> Option<(Span, Party, Option<Party>)> {
    let in_clause: Vec<&&Mention> = ms
        .iter()
        .filter(|m| m.start >= clause.start && m.end <= clause.end)
        .collect();
    for (i, m) in in_clause.iter().enumerate() {
        if m.pronoun && !author_supports {
            continue;
        }
        let after = src.get(m.end..clause.end).unwrap_or_default();
        // "M还选派副校长X任R校长": M sends one of its own; the title follows the verb.
        let sent = ["还", "又", "另"]
            .iter()
            .find_map(|a| after.strip_prefix(a))
            .unwrap_or(after);
        let sent = ["选派", "派出", "委派"]
            .iter()
            .find_map(|v| sent.strip_prefix(v))
            .unwrap_or(after);
        // An office may stand between the school and the title (教务处副主任).
        let office = sent
            .char_indices()
            .take(6)
            .skip(1)
            .find_map(|(i, _)| {
                let (o, rest) = (sent.get(..i)?, sent.get(i..)?);
                (o.ends_with(['处', '室', '部', '科', '组', '办'])
                    && TITLES.iter().any(|t| rest.starts_with(t)))
                .then_some(i)
            })
            .unwrap_or(0);
        let sent = sent.get(office..).unwrap_or(sent);
        let Some(title) = TITLES.iter().find(|t| sent.starts_with(**t)) else {
            continue;
        };
        let skipped = after.len() - sent.len();
        let rest = sent.get(title.len()..).unwrap_or_default();
        // A personal name of 2–3 characters, optionally 同志, then the verb.
        let (n, verb_at) = rest
            .char_indices()
            .take(6)
            .enumerate()
            .find_map(|(n, (b, _))| {
                let tail = rest.get(b..)?;
                POST_TAKEN
                    .iter()
                    .find(|v| tail.starts_with(**v))
                    .map(|v| (n, (b, v.len())))
            })?;
        let name = rest.get(..verb_at.0)?;
        let name = name.strip_suffix("同志").unwrap_or(name);
        let name_len = name.chars().count();
        if n < 2 || !(2..=3).contains(&name_len) || !name.chars().all(super::names::is_cjk) {
            continue;
        }
        let verb_end = m.end + skipped + title.len() + verb_at.0 + verb_at.1;
        let host = in_clause
            .get(i + 1)
            .filter(|h| h.start == verb_end)
            .map(|h| Party::of(h));
        let end = in_clause
            .get(i + 1)
            .filter(|h| h.start == verb_end)
            .map_or(verb_end, |h| h.end);
        return Some((Span::new(m.start, end), Party::of(m), host));
    }
    None
}

/// Roles of the mentions of a clause: (supporter, recipient).
fn roles(
    src: &str,
    clause: Span,
    ms: &[&Mention],
    host_kind: bool,
) -> (Option<Party>, Option<Party>) {
    let mut sup = None;
    let mut sup_end: Option<usize> = None;
    let mut sup_school = false;
    // Whether the giver is a unit of an institution (甲大学乙学院, 我校乙学院, 乙学院).
    let mut sup_unit = false;
    let mut rec = None;
    // Where the recipient's mention ends when it is a place (伊犁州 of 对口支援伊犁州的尼勒克县).
    let mut rec_place_end: Option<usize> = None;
    for m in ms
        .iter()
        .filter(|m| m.start >= clause.start && m.end <= clause.end)
    {
        // "对口支援伊犁州的尼勒克县": the place named after 的 within the place helped.
        if m.kind.is_place() && rec_place_end.is_some_and(|e| src.get(e..m.start) == Some("的")) {
            rec = Some(Party::of(m));
            rec_place_end = None;
            continue;
        }
        let before = src.get(clause.start..m.start).unwrap_or_default();
        let open = before.rfind(['（', '(']);
        if open.is_some_and(|p| !before.get(p..).unwrap_or_default().contains(['）', ')'])) {
            continue; // inside parentheses: names of people's schools, breakdowns
        }
        if ["选派", "派出", "派遣", "选派的教师是"]
            .iter()
            .any(|w| before.ends_with(w))
        {
            continue; // the home schools of the people sent
        }
        if m.name == "教育部" {
            continue;
        }
        // The lead of a team joined by the clause's subject (参与由X牵头的团队) gives nothing
        // here: the subject does.
        if ["参与由", "参加由", "加入由"]
            .iter()
            .any(|w| before.ends_with(w))
        {
            continue;
        }
        // A list member (甲中学、乙小学) shares the role of the first one.
        if before.ends_with(['、', '和', '及']) {
            continue;
        }
        // A name inside the quoted name of a fund or a project (设立“新疆师范大学青年教师发展
        // 基金”) takes no part in the clause.
        if in_quoted_name(src.get(clause.start..m.start).unwrap_or_default()) {
            continue;
        }
        // An office asked for facts (经向县教育局、县卫生健康局核实：…) takes no part in them.
        if before.ends_with('向') && asked_for_facts(src.get(m.end..clause.end).unwrap_or_default())
        {
            continue;
        }
        // A venue (…动员会是在X召开的, 在X举行) takes no part in what the clause reports.
        if before.ends_with('在')
            && src.get(m.end..clause.end).is_some_and(|a| {
                ["召开", "举行", "举办", "隆重召开", "隆重举行"]
                    .iter()
                    .any(|v| a.starts_with(v))
            })
        {
            continue;
        }
        // 来 of an adverb of time (后来斗门区又派来…) brings no one to the name after it.
        let time_lai = before.ends_with('来') && TIME_LAI.iter().any(|a| before.ends_with(a));
        // 为 after a thing named by 该/此/这 is a copula (该楼为鼓楼区援建项目): the name after
        // it is no one helped.
        let copula = before.strip_suffix('为').is_some_and(|b| {
            let b = b
                .rsplit(['、', '，', '：', ' ', '\u{3000}'])
                .next()
                .unwrap_or(b);
            b.starts_with(['该', '此', '这']) && b.chars().count() <= 4
        });
        let ends = |ws: &[&str]| {
            !time_lai
                && ws
                    .iter()
                    .any(|w| before.ends_with(w) && !(copula && *w == "为"))
        };
        // A giver named after a subject read as the first giver, with no receiver yet: the
        // subject is the one helped.
        let subject_helped = sup.is_some() && rec.is_none() && sup_end.is_some_and(|e| e < m.start);
        // "分别任动物科学学院、教育科学学院副院长": a bare 学院 after a post verb is a unit of
        // the recipient named elsewhere.
        if ends(&["任"])
            && m.kind == crate::InstitutionKind::College
            && super::names::bare_college(&m.name)
        {
            continue;
        }
        // A school as a destination stands for its county (到小金县中学支教 → 小金县), unless
        // a school gives (school to school stays at school level, as in relations.rs).
        // People hosted (students placed, teachers studying) are hosted by the school itself.
        // A school named by anaphora (到该校任教) is the school just named, not its county.
        let p = if !sup_school
            && !host_kind
            && !m.surface.starts_with('该')
            && ends(&[
                "到", "来", "赴", "前往", "去", "抵达", "到达", "为", "向", "给", "来自", "接收",
                "接受", "招收",
            ]) {
            super::relations::destination(m)
        } else {
            Party::of(m)
        };
        // A post in a unit (挂任甲大学乙学院副院长) is taken at its institution when no unit
        // gives (as in relations.rs).
        let p = match &m.parent {
            Some(owner)
                if !sup_unit
                    && ends(&["挂任", "挂职", "任"])
                    && src.get(m.end..clause.end).is_some_and(|a| {
                        super::relations::POSTS.iter().any(|w| a.starts_with(w))
                    }) =>
            {
                Party {
                    name: owner.clone(),
                    pronoun: false,
                }
            }
            _ => p,
        };
        // …and the object of a verb of support (甲中学对口帮扶乙中学，选派…).
        if ends(&[
            "为", "向", "给", "对", "帮助", "资助", "支持", "挂任", "挂职", "任", "帮扶", "支援",
            "援助", "援建", "托管", "下达", "改造", "修缮",
        ]) {
            if rec.is_none() && m.kind.is_place() {
                rec_place_end = Some(m.end);
            }
            rec.get_or_insert(p);
        } else if ends(&["收到", "收到了", "获赠", "接到"]) {
            // "我院…收到X的捐赠资金": X gives, the subject before receives.
            if rec.is_none() {
                rec = sup.take();
            }
            sup = Some(p);
            sup_end = Some(m.end);
        } else if !host_kind
            && ends(&RECEIVING)
            && sent_to_the_subject(src.get(m.end..clause.end).unwrap_or_default())
        {
            // "我校接收X选派的支教教师8名", "Y迎来X第五批援藏干部": X sends them, the subject
            // before receives them.
            if rec.is_none() {
                rec = sup.take();
            }
            sup = Some(Party::of(m));
            sup_end = Some(m.end);
        } else if ends(&["到", "来", "赴", "前往", "去", "抵达", "到达"]) {
            if host_kind {
                // "我们学校也送了六名年轻老师去珠海二中跟岗": the host gives the training, the
                // subject that sends its people there receives it.
                // A place gone to (赴德阳市跟岗) names no host.
                if subject_helped && !m.kind.is_place() {
                    rec = sup.take();
                    sup = Some(p);
                } else {
                    sup.get_or_insert(p);
                }
            } else {
                rec.get_or_insert(p);
            }
        } else if ends(&["常驻", "进驻", "派驻"]) && !host_kind {
            // "派出骨干医生5人常驻该院": where the people stay receives them.
            rec.get_or_insert(p);
        } else if ends(&["来自"]) {
            rec.get_or_insert(p);
        } else if ends(&["在"]) && !host_kind {
            // "在阿合奇县人民医院，专家团队完成…": where the work is done receives it; study
            // 在X (host kinds) is hosted by X.
            rec.get_or_insert(p);
        } else if ends(&["被", "在", "由"]) {
            // "R则由S负责帮扶，累计赠书…": the name before 由 is helped, the agent after it gives.
            if ends(&["由"]) && subject_helped {
                rec = sup.take();
                sup = Some(p);
                sup_end = Some(m.end);
            } else {
                sup.get_or_insert(p);
            }
        } else if ends(&[
            "录取了",
            "录取",
            "招收了",
            "招收",
            "接受了",
            "接受",
            "接收了",
            "接收",
            "培养",
            "安排",
            "免费接受",
            "已招收",
            "选派",
            "派出",
        ]) || src.get(m.end..clause.end).is_some_and(|a| {
            a.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十两近".contains(c))
                && before.chars().count() > 0
        }) {
            // The people's home institution: 录取了我院4名教师.
            if host_kind {
                rec.get_or_insert(p);
            } else {
                sup.get_or_insert(p);
            }
        } else if sup.is_some()
            && ends(&["与", "和", "同"])
            && (m.pronoun
                || src
                    .get(m.end..clause.end)
                    .is_some_and(|a| ["结成", "结为", "结对"].iter().any(|w| a.has(w))))
        {
            // "X与我院第一附属医院结成对子": the author's side, in a report of a recipient;
            // "我们科与Y科结成帮扶对子": a pair stated as such, Y the one helped (the pairs of
            // relations.rs read it so).
            rec.get_or_insert(p);
        } else if sup.is_none() || sup_end == Some(m.start) {
            // The first giver, or an apposition (我市彭州职中: the specific name wins).
            sup_unit = super::names::is_unit(m);
            sup = Some(p);
            sup_end = Some(m.end);
            sup_school = m.kind == crate::InstitutionKind::School;
        }
    }
    (sup, rec)
}

/// Whether a name right after `head` (its clause so far) opens a quotation: the quoted name
/// of a fund or a project (设立“新疆师范大学青年教师发展基金”), not a party.
fn in_quoted_name(head: &str) -> bool {
    head.ends_with('“')
}

/// Verbs of asking an office for facts (向X核实, 向X了解).
const ASKING: [&str; 6] = ["核实", "了解", "咨询", "征求", "求证", "核对"];

/// Whether `after` (the text after a name that follows 向) asks that name for facts before
/// the clause goes on: a verb of [`ASKING`] before any comma or colon, other names of a list
/// allowed between.
fn asked_for_facts(after: &str) -> bool {
    let clause = after
        .find(['，', ',', '：', ':', '。'])
        .and_then(|e| after.get(..e))
        .unwrap_or(after);
    clause.chars().count() <= 24 && ASKING.iter().any(|w| clause.has(w))
}

/// Whether the text after a count of people (`after`) says who they are and that they went,
/// as speech does (的专家过去, 的老师过来): `Some(true)` for teachers, `Some(false)` for medical
/// staff, `None` otherwise.
fn gone_after(after: &str) -> Option<bool> {
    let rest = after.strip_prefix('的')?;
    let (teachers, rest) = [
        ("专家", false),
        ("医生", false),
        ("医护人员", false),
        ("老师", true),
        ("教师", true),
    ]
    .iter()
    .find_map(|(w, t)| rest.strip_prefix(w).map(|r| (*t, r)))?;
    ["过去", "过来", "下去", "去了", "来了"]
        .iter()
        .any(|v| rest.starts_with(v))
        .then_some(teachers)
}

/// Adverbs of time that end in 来 (后来, 近来): no verb of coming.
const TIME_LAI: [&str; 9] = [
    "后来", "原来", "本来", "从来", "近来", "向来", "将来", "以来", "历来",
];

/// Words of helpers whose work a recipient's report counts (专家团队开展手术…): without one in
/// its paragraph, a count of the author's surgeries or patients is its own workload.
const OWN_WORK_HELPERS: [&str; 9] = [
    "专家",
    "帮扶",
    "援",
    "指导",
    "带教",
    "协助",
    "驻",
    "医疗队",
    "团队",
];

/// Labels of a form's fields that list measures or targets rather than what was done.
const PLAN_FIELDS: [&str; 6] = [
    "帮扶措施",
    "年度目标",
    "工作目标",
    "目标任务",
    "计划措施",
    "帮扶计划",
];

/// Whether byte `at` lies under a field of measures or targets (帮扶措施：…) of a form: its
/// line opens with the label, or is a numbered item (2. 拟选派…) under the label within six
/// lines.
fn under_plan_field(src: &str, at: usize) -> bool {
    let head = src.get(..at).unwrap_or_default();
    let mut lines = head.rsplit('\n');
    let own = lines.next().unwrap_or_default();
    fn label_of(line: &str) -> Option<&str> {
        let t = line.trim_start_matches([' ', '\u{3000}', '\t']);
        let p = t.get(..t.len().min(24)).unwrap_or(t).find(['：', ':'])?;
        let label = t.get(..p)?;
        (label.chars().count() <= 6 && !label.contains(['，', '。', '、', ' '])).then_some(label)
    }
    if let Some(label) = label_of(own) {
        return PLAN_FIELDS.contains(&label);
    }
    // Only a numbered item looks further up.
    if !own
        .trim_start_matches([' ', '\u{3000}', '\t'])
        .starts_with(|c: char| c.is_ascii_digit() || "（(一二三四五六七八九十".contains(c))
    {
        return false;
    }
    for line in lines.take(6) {
        if let Some(label) = label_of(line) {
            return PLAN_FIELDS.contains(&label);
        }
    }
    false
}

/// Words of a heading over the author's next steps (下一步打算, 2026年工作计划, 工作思路).
const PLAN_HEADINGS: [&str; 8] = [
    "打算",
    "下一步",
    // A bulletin's 六、下步工作 (and 下步打算): 下一步 without its 一.
    "下步",
    "今后工作",
    "工作计划",
    "工作思路",
    "工作安排",
    "努力方向",
];

/// Whether the byte `at` of `src` lies under a numbered heading of next steps (五、下一步打算)
/// among the eight lines above it (the first numbered heading found decides).
fn under_plan_heading(src: &str, at: usize) -> bool {
    let head = src.get(..at).unwrap_or_default();
    for line in head.rsplit('\n').skip(1).take(8) {
        let t = line.trim_start_matches([' ', '\u{3000}', '\t']);
        let numbered = t.split_once('、').is_some_and(|(n, _)| {
            !n.is_empty() && n.chars().all(|c| "一二三四五六七八九十".contains(c))
        }) || t.starts_with(['（', '(']);
        if numbered && t.chars().count() <= 24 {
            return PLAN_HEADINGS.iter().any(|w| t.has(w));
        }
    }
    false
}

/// Verbs of a unit receiving people another unit sends (Y接收X的支教教师, Y迎来X医疗队).
const RECEIVING: [&str; 8] = [
    "接收了",
    "接收",
    "接受了",
    "接受",
    "迎来了",
    "迎来",
    "迎接了",
    "迎接",
];

/// Whether the text after a unit names people it sends out to help (…的支教教师, 选派的挂职干部,
/// 第五批援藏医疗队), not people it sends to learn (…教师跟岗学习, 进修): after a verb of
/// receiving, such a unit is the giver.
fn sent_to_the_subject(after: &str) -> bool {
    let head = super::text::squeeze_head(after, 16);
    let head = head
        .split(['，', '。', '；', ',', ';'])
        .next()
        .unwrap_or_default();
    [
        "支教",
        "援藏",
        "援疆",
        "援青",
        "援派",
        "挂职干部",
        "医疗队",
        "专家团队",
        "派出的",
        "选派的",
        "派驻的",
    ]
    .iter()
    .any(|w| head.has(w))
        && !["跟岗", "进修", "学习", "培训", "锻炼"]
            .iter()
            .any(|w| after.has(w))
}

/// Verbs after 各 that hand an amount to each party of a list (A、B各选派…, 向A、B各捐赠…).
const EACH_VERBS: [&str; 15] = [
    "选派", "派出", "派遣", "派驻", "派", "捐赠", "捐", "赠送", "接收", "培养", "资助", "提供",
    "安排", "投入", "承担",
];

/// The parties of a distributive (各) or respective (分别) statement whose amount starts at
/// byte `amount_at`: the list of two or more names right before `word`+verb (A、B和C各选派…),
/// whether they give (`true`) or, after 向/为/给/对, receive (`false`), and where `word` ends.
/// `None` when the clause has no such list.
fn list_before(
    src: &str,
    clause: Span,
    ms: &[&Mention],
    word: &str,
    amount_at: usize,
) -> Option<(Vec<Party>, bool, usize)> {
    let prefix = src.get(clause.start..amount_at)?;
    let ge = prefix.starts(word).find_map(|p| {
        let after = prefix.get(p + word.len()..)?;
        // A verb, or for 各 the amount itself (Y、Z各3名: the verb is earlier in the sentence).
        (EACH_VERBS.iter().any(|v| after.starts_with(v))
            // "X、Y分别向A、B捐赠…": the list before gives, to the one after.
            || (word == "分别" && after.starts_with(['向', '为', '给']))
            // "A、B、C分别42人次、26人次、18人次": the amounts themselves, the verb earlier.
            || (word == "分别"
                && (after.trim().is_empty()
                    || after.trim_start().starts_with(|c: char| c.is_ascii_digit())))
            || (word == "各" && after.trim().is_empty()))
        .then_some(clause.start + p)
    })?;
    // Walk back from 各 over names joined by 、/和/及/以及 (no recursion, one pass).
    let inside: Vec<&&Mention> = ms
        .iter()
        .filter(|m| m.start >= clause.start && m.end <= ge)
        .collect();
    let mut list: Vec<Party> = Vec::new();
    let mut edge = ge;
    let mut first_start = ge;
    for m in inside.iter().rev() {
        let gap = src.get(m.end..edge)?;
        let joined = if list.is_empty() {
            // An adverb may stand between the list and 各 (X、Y另各选派…, X、Y还各捐赠…).
            matches!(
                gap.trim(),
                "" | "另" | "又" | "还" | "也" | "再" | "另外" | "同时" | "今年" | "全年"
            )
        } else {
            super::names::is_joiner(gap)
        };
        if !joined {
            break;
        }
        list.push(Party::of(m));
        edge = m.start;
        first_start = m.start;
    }
    if list.len() < 2 {
        return (word == "各")
            .then(|| receivers_before_verb(src, clause, ms, ge))
            .flatten()
            .map(|l| (l, false, ge + word.len()));
    }
    list.reverse();
    let before = src.get(clause.start..first_start)?;
    let receiving = ["向", "为", "给", "对"].iter().any(|w| before.ends_with(w));
    Some((list, !receiving, ge + word.len()))
}

/// The receivers of "向A、B下派医师各4人" (the verb between the list and 各) and of "…与A、B组建
/// 医联体，向两院下派医师各4人" (a count of institutions standing for the list before it in
/// the sentence): two to twelve parties, or `None`.
fn receivers_before_verb(
    src: &str,
    clause: Span,
    ms: &[&Mention],
    each_at: usize,
) -> Option<Vec<Party>> {
    let before_each = src.get(clause.start..each_at)?;
    let to = ["向", "为", "给"]
        .iter()
        .filter_map(|w| before_each.rfind_str(w).map(|p| clause.start + p + w.len()))
        .max()?;
    let parties = |l: Vec<&Mention>| l.into_iter().map(Party::of).collect::<Vec<_>>();
    // The receivers named right after 向, then a short verb phrase before 各.
    let named = joined_mentions(src, to, each_at, ms, true, true);
    if let Some(last) = named.last() {
        let verb = src.get(last.end..each_at)?;
        return (named.len() >= 2
            && verb.chars().count() <= 10
            && !verb.contains(['，', '。', '；', ',', ';']))
        .then(|| parties(named));
    }
    // 向两院…各: the count names as many institutions listed earlier in the sentence.
    let head: String = src.get(to..each_at)?.chars().take(3).collect();
    let n = collective_count(&head)?;
    let first = ms.iter().rev().filter(|m| m.end <= to).find(|m| {
        src.get(..m.start)
            .is_some_and(|b| b.ends_with(['与', '和', '同', '对', '向']))
    })?;
    let list = joined_mentions(src, first.start, to, ms, true, true);
    (list.len() == n).then(|| parties(list))
}

/// How many amounts in `unit` follow 分别 (ending at byte `at`) in `clause`, and which of them
/// the amount `qi` is (quantities from index `qstart` on).
fn share_position(
    quantities: &[Quantity<'_>],
    qstart: usize,
    at: usize,
    clause: Span,
    unit: &str,
    qi: usize,
) -> (usize, Option<usize>) {
    let (mut n, mut k) = (0, None);
    for (i, _) in quantities
        .iter()
        .enumerate()
        .skip(qstart)
        .take_while(|(_, x)| x.span.start < clause.end)
        .filter(|(_, x)| x.span.start >= at && x.span.end <= clause.end)
        .filter(|(_, x)| unit_of(x).map(base_unit) == Some(unit))
    {
        if i == qi {
            k = Some(n);
        }
        n += 1;
    }
    (n, k)
}

/// The places joined by 、/和/及 that close `clause` (…对口支援伊犁州的尼勒克县、新源县两县), a
/// count of them (两县) or 等 after the last; none unless two or more.
fn places_closing(src: &str, clause: Span, ms: &[&Mention]) -> Vec<Party> {
    let inside: Vec<&&Mention> = ms
        .iter()
        .filter(|m| m.start >= clause.start && m.end <= clause.end)
        .collect();
    let Some(last) = inside.last().filter(|m| m.kind.is_place()) else {
        return Vec::new();
    };
    let tail = src.get(last.end..clause.end).unwrap_or_default().trim();
    let tail = tail.trim_end_matches(['，', ',', '。', '；', ';']);
    let counted = tail
        .trim_start_matches('等')
        .trim_start_matches(|c: char| "两二三四五六七八九十".contains(c) || c.is_ascii_digit());
    if !(tail.is_empty()
        || tail == "等"
        || matches!(counted, "县" | "市" | "区" | "个县" | "个区" | "地"))
    {
        return Vec::new();
    }
    let mut list = vec![Party::of(last)];
    let mut edge = last.start;
    for m in inside.iter().rev().skip(1) {
        if !m.kind.is_place() || !super::names::is_joiner(src.get(m.end..edge).unwrap_or_default())
        {
            break;
        }
        list.push(Party::of(m));
        edge = m.start;
    }
    if list.len() < 2 {
        return Vec::new();
    }
    list.reverse();
    list
}

/// The names joined by 、/和/及 that open `clause` (two or more, else none).
fn leading_list(src: &str, clause: Span, ms: &[&Mention]) -> Vec<Party> {
    joined_names(src, clause.start, clause.end, ms, true)
}

/// The names joined by 、/和/及 from byte `from` to `end`: when `adjacent` (givers opening a
/// clause) the first right at `from` and no pronoun; else from the first name after `from`
/// (我县完全小学和我县第二小学 are receivers too).
fn joined_names(src: &str, from: usize, end: usize, ms: &[&Mention], adjacent: bool) -> Vec<Party> {
    joined_mentions(src, from, end, ms, adjacent, !adjacent)
        .into_iter()
        .map(Party::of)
        .collect()
}

/// The mentions of [`joined_names`]; `pronouns` says whether a pronoun may be one of them.
fn joined_mentions<'m>(
    src: &str,
    from: usize,
    end: usize,
    ms: &[&'m Mention],
    adjacent: bool,
    pronouns: bool,
) -> Vec<&'m Mention> {
    let mut list = Vec::new();
    let mut edge = from;
    for m in ms.iter().filter(|m| m.start >= from && m.end <= end) {
        let gap = src.get(edge..m.start).unwrap_or_default().trim();
        let joined = if list.is_empty() {
            !adjacent || gap.is_empty()
        } else {
            super::names::is_joiner(gap)
        };
        // A unit of the author (我市和平区) is a name of its own; the bare pronoun is not.
        let bare = m.pronoun && super::names::PRONOUNS.contains(&m.name.as_str());
        if !joined || (!pronouns && bare) {
            break;
        }
        list.push(*m);
        edge = m.end;
    }
    list
}

/// The names joined by 、/和/及 right after `word` (and its verb) in `clause`: the second list
/// of "X、Y分别帮扶A、B" (two or more, else none).
fn list_after(src: &str, clause: Span, ms: &[&Mention], word: &str) -> Vec<Party> {
    let Some(at) = src
        .get(clause.start..clause.end)
        .and_then(|t| t.find_str(word))
        .map(|p| clause.start + p + word.len())
    else {
        return Vec::new();
    };
    let list = joined_names(src, at, clause.end, ms, false);
    if list.len() < 2 { Vec::new() } else { list }
}

/// The places people go to (到/赴/前往 A、B) in the rest of a clause after `from`, a school
/// standing for its county as in [`roles`]; `None` when the clause names none.
fn places_after_amounts(src: &str, from: usize, end: usize, ms: &[&Mention]) -> Option<Vec<Party>> {
    let rest = src.get(from..end)?;
    let at = ["到", "赴", "前往"]
        .iter()
        .filter_map(|w| rest.find_str(w).map(|p| from + p + w.len()))
        .min()?;
    let out: Vec<Party> = joined_mentions(src, at, end, ms, true, true)
        .into_iter()
        .map(super::relations::destination)
        .collect();
    (!out.is_empty()).then_some(out)
}

/// Counted groups of institutions (三所学校, 四家医院).
const GROUPS: [&str; 7] = [
    "所学校",
    "所高校",
    "所院校",
    "所中学",
    "所小学",
    "家医院",
    "家单位",
];

/// Whether a clause gives a total for a counted group (2024年三所学校共选派…, 四家医院累计…):
/// no one of the group is its giver.
fn counted_team_total(clause: &str) -> bool {
    const TOTALS: [&str; 5] = ["共", "合计", "累计", "先后", "联合"];
    GROUPS.iter().any(|g| {
        clause.starts(g).take(4).any(|p| {
            let head = clause.get(..p + g.len()).unwrap_or_default();
            let after = clause.get(p + g.len()..).unwrap_or_default();
            collective_count(head).is_some() && TOTALS.iter().any(|w| after.starts_with(w))
        })
    })
}

/// How many parties a collective right before 各 names: 两院, 两校, 三所学校, 四家医院 → 2, 2, 3, 4.
fn collective_count(head: &str) -> Option<usize> {
    // The numeral (in the last few characters) is followed by a measure word or directly by
    // the kind of party.
    let tail = super::text::last_chars(head, 5);
    tail.char_indices().find_map(|(i, _)| {
        let (n, rest) = duikou_tokenizer::parse_numeral_prefix(tail.get(i..)?).ok()?;
        let n: usize = n.value.as_decimal()?.to_string().parse().ok()?;
        (rest.starts_with(|c: char| "家所个院校省市县区地方".contains(c)) && (2..=12).contains(&n))
            .then_some(n)
    })
}

/// Whether every `word` in `text` stands inside quotes or title marks (「…培训计划」, “…计划”,
/// 《…计划》): the name of a programme, no plan.
fn quoted_only(text: &str, word: &str) -> bool {
    let mut depth = 0usize;
    let mut any = false;
    for (i, c) in text.char_indices() {
        match c {
            '「' | '“' | '《' | '『' => depth += 1,
            '」' | '”' | '》' | '』' => depth = depth.saturating_sub(1),
            _ => {
                if text.get(i..).is_some_and(|r| r.starts_with(word)) {
                    if depth == 0 {
                        return false;
                    }
                    any = true;
                }
            }
        }
    }
    any
}

/// Words of the period a sentence speaks of, in the order they are tried.
const PERIODS: [&str; 14] = [
    "四年来",
    "五年来",
    "三年来",
    "两年来",
    "六年来",
    "几年来",
    "近五年",
    "近几年",
    "今年",
    "去年",
    "每年",
    "每学年",
    "“十一五”期间",
    "十一五期间",
];

/// The period of a sentence `text` whose words are `b`.
fn period_of(text: &str, b: Bag) -> Option<String> {
    const EACH: [Bag; PERIODS.len()] = masks(&PERIODS);
    for (w, m) in PERIODS.iter().zip(EACH) {
        if b.any(m) {
            return Some((*w).to_owned());
        }
    }
    if let Some(p) = text.find_str("学年") {
        let head = text.get(..p)?;
        let start = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphanumeric() || "-—－".contains(*c))
            .last()
            .map(|(i, _)| i)?;
        return text.get(start..p + "学年".len()).map(str::to_owned);
    }
    None
}

/// Finds the contributions of one sentence, updating the paragraph context.
#[allow(clippy::too_many_arguments)]
pub(crate) fn find(
    src: &str,
    sentence: Span,
    clauses: &[Span],
    ms: &[&Mention],
    quantities: &[Quantity<'_>],
    qstart: usize,
    ctx: &mut Context,
    default_recipient: Option<&Party>,
    default_supporter: Option<&Party>,
    self_is_recipient: bool,
) -> Vec<RawContribution> {
    let mut out = Vec::new();
    let sentence_text = sentence.slice(src).unwrap_or_default();
    // Every trigger word of the sentence, found in one pass; the words of a part of it are
    // then a filter over these hits instead of a substring search per word.
    let hits = Hits::new(sentence_text);
    // Whether the sentence speaks of a working life at all: its amounts are then checked.
    let career = CAREER.iter().any(|w| sentence_text.has(w));
    // An audit's or an inspection's finding (滞留协作资金2860万元, 将资金315万元用于…，不符合
    // 资金使用范围, 捐赠的12台设备中有3台闲置) or a rectification (收回违规资金) gives nothing.
    if hits.bag(sentence_text).any(const { mask(&FINDINGS) }) && !rectified_by_paying(sentence_text)
    {
        return out;
    }
    let period = period_of(sentence_text, hits.bag(sentence_text));
    if IN_INSTALMENTS.iter().any(|w| sentence_text.has(w)) {
        ctx.instalments = true;
    }
    // A breakdown starts at 其中, or after "…3名挂职干部中，".
    let has_amounts = quantities
        .get(qstart)
        .is_some_and(|q| q.span.start < sentence.end);
    let heard = hearsay_end(sentence_text);
    // Where a literal 其中 stands (a breakdown that may refer to an earlier sentence).
    let literal_qizhong = sentence_text
        .find_str("其中")
        .or_else(|| contains_part_at(sentence_text))
        .map(|p| sentence.start + p);
    let qizhong = literal_qizhong
        .map(|p| p - sentence.start)
        .or_else(|| {
            // "首批派驻专家中，…", "选派的52名干部中有17名…": the amounts after 中 are some of
            // those before it.
            has_amounts
                .then(|| {
                    sentence_text
                        .find_str("中，")
                        .or_else(|| sentence_text.find_str("中有"))
                        .map(|p| p + "中".len())
                })
                .flatten()
        })
        .map(|p| sentence.start + p);
    // Whether what 其中 breaks down is a stock (共有, 现有, 在岗: what a team has, not what
    // was given).
    let whole_named = |words: &[&str]| {
        literal_qizhong.is_some_and(|at| {
            sentence_text
                .get(..at - sentence.start)
                .is_some_and(|head| words.iter().any(|w| head.has(w)))
        })
    };
    let stock_whole = whole_named(&["共有", "现有", "拥有", "在岗"]);
    // Whether what 其中 breaks down is a budget (批复概算1280万元，其中援助资金960万元): its
    // parts are planned, unless written as paid (其中援助资金450万元（已拨付）).
    let budget_whole = whole_named(&BUDGETS);
    let mut before_qizhong: Vec<(K, &str)> = Vec::new();
    // "…访问学者12人。其中，机械工程学科接收访问学者5人。": the total is the sentence before's.
    if sentence_text.trim_start().starts_with("其中") {
        before_qizhong.extend(ctx.last_amounts.iter().map(|(k, u)| (*k, u.as_str())));
    }
    // The unit of the first amount after 其中: the breakdown's. A later clause with an amount
    // in another unit (其中心脏介入手术43台，带教当地医生32人) states something else.
    let qizhong_unit: Option<&str> = qizhong.and_then(|at| {
        quantities
            .get(qstart..)
            .unwrap_or_default()
            .iter()
            .take_while(|q| q.span.start < sentence.end)
            // An ordinal (第一批) counts nothing.
            .find(|q| {
                q.span.start > at
                    && !src
                        .get(q.span.start..q.span.end)
                        .is_some_and(|t| t.starts_with('第'))
            })
            .and_then(|q| counted_unit(src, q))
    });
    let mut this_sentence: Vec<(K, String)> = Vec::new();
    // Units of the amounts written before a literal 其中: a part in one of them has its whole
    // in the sentence (stated or not counted); a part in another unit may break down a total
    // of an earlier sentence (see mod.rs).
    let units_before_qizhong: Vec<&str> = literal_qizhong.map_or_else(Vec::new, |at| {
        quantities
            .get(qstart..)
            .unwrap_or_default()
            .iter()
            .take_while(|q| q.span.start < at)
            .filter_map(|q| counted_unit(src, q))
            .collect()
    });
    // A team formed in an earlier sentence of the paragraph, for "三家医院分别…".
    let team_before = ctx.team.clone();
    let mut prev_goods: Option<K> = None;
    // Whether the last goods counted were seedlings (…1.5万株，价值约12万元: the value is
    // the seedlings' too).
    let mut prev_seedlings = false;
    let mut stock_at: Option<Option<usize>> = None;
    let mut sentence_bag: Option<Bag> = None;
    // The clause before the current one: "捐赠实训设备，价值35万元" prices what it names.
    let mut prev_clause = "";
    let mut prev_span: Option<Span> = None;
    for clause in clauses {
        let t = clause.slice(src).unwrap_or_default();
        let before_this = core::mem::replace(&mut prev_clause, t);
        let prev_clause_span = prev_span.replace(*clause);
        let fix = |(s, r): (Option<Party>, Option<Party>)| match s {
            Some(p) if p.pronoun && self_is_recipient => (None, r.or(Some(p))),
            s => (s, r),
        };
        let (s0, r0) = fix(roles(src, *clause, ms, false));
        // The roles when the people counted are hosted, read only for such an amount.
        let mut host_roles: Option<(Option<Party>, Option<Party>)> = None;
        let tb = hits.bag(t);
        let mut last: Option<(K, &str)> = None;
        let mut window_start = clause.start;
        const GROWTH_VERBS: [&str; 12] = [
            "增加到",
            "提高到",
            "增长到",
            "增至",
            "下降到",
            "扩大到",
            "减少到",
            "降到",
            "提高至",
            "增加至",
            "涨到",
            "变成",
        ];
        // 由A增加到B, 从每周35本涨到了105本: the two values of a change, no gift.
        let growth = t.contains(['由', '从']) && tb.any(const { mask(&GROWTH_VERBS) });
        let collective = tb.any(w!["两校", "双方", "三校", "各校", "兩校", "全市教育系统"])
            || (tb.any(const { mask(&GROUPS) }) && counted_team_total(t));
        if collective {
            ctx.supporter = None;
        }
        let qs = quantities
            .iter()
            .enumerate()
            .skip(qstart)
            .take_while(|(_, q)| q.span.start < clause.end)
            .filter(|(_, q)| q.span.start >= clause.start && q.span.end <= clause.end);
        let mut any = false;
        for (qi, q) in qs {
            if !matches!(
                q.kind,
                QuantityKind::Quantity | QuantityKind::Range | QuantityKind::Number
            ) {
                continue;
            }
            let Some(unit) = counted_unit(src, q) else {
                continue;
            };
            // Money in another currency (86万港元) is given like money in 元; the contribution
            // keeps its own unit (see mod.rs), never added to 元.
            let unit = if foreign_currency(unit) { "元" } else { unit };
            if unit == "批" || q.text.starts_with(['万', '亿', '萬', '億']) {
                continue; // 批 counts groups, not people; 万元 alone is a unit name
            }
            // A set's size (体育器材包 55件套) counts its pieces, not the sets given.
            if unit == "件" && src.get(q.span.end..).is_some_and(|r| r.starts_with('套')) {
                continue;
            }
            // A project's budget itself (援建一所幼儿园，计划投资600万元): what it may cost,
            // not what anyone gave; its aid part after 其中 is read below.
            if unit == "元"
                && src.get(..q.span.start).is_some_and(|b| {
                    let b = b.trim_end_matches(['约', '为', '达', '共']);
                    BUDGETS.iter().any(|w| b.ends_with(w))
                })
            {
                continue;
            }
            // The same amount again in figures in a parenthesis right after it (壹佰贰拾万元整
            // （¥1,200,000.00）): one amount written twice.
            if qi > 0
                && let Some(prev) = quantities.get(qi - 1)
                && prev.unit == q.unit
                && prev.value.is_some()
                && prev
                    .value
                    .and_then(|v| v.as_decimal())
                    .map(|d| d.normalized())
                    == q.value.and_then(|v| v.as_decimal()).map(|d| d.normalized())
                && src
                    .get(prev.span.end..q.span.start)
                    .is_some_and(|g| matches!(g.trim(), "（" | "(" | "（人民币" | "(人民币"))
            {
                continue;
            }
            let at = q.span.start - clause.start;
            // Neither a change (由A增加到B) nor a comparison base (比上年的980人) is given.
            if (growth && !given_after_change(t.get(..at).unwrap_or_default(), unit))
                || comparison_base(t.get(..at).unwrap_or_default())
                || (team_total(t.get(..at).unwrap_or_default())
                    && !team_arrives(src.get(q.span.end..clause.end).unwrap_or_default()))
                || heading_total(sentence_text, src.get(q.span.end..sentence.end))
                || own_matching_funds(t.get(..at).unwrap_or_default())
                || (unit == "元" && neither_side_funds(t.get(..at).unwrap_or_default()))
                || (unit == "元" && money_and_goods_total(t.get(..at).unwrap_or_default()))
                || (unit == "元"
                    && project_cost(
                        t.get(..at).unwrap_or_default(),
                        src.get(q.span.end..sentence.end).unwrap_or_default(),
                    ))
                || (unit == "元"
                    && passed_on(
                        t.get(..at).unwrap_or_default(),
                        src.get(q.span.end..clause.end),
                    ))
                || expense_line(sentence_text)
                || subtotal_row(src, q.span.start)
                || cited(src.get(q.span.end..clause.end).unwrap_or_default())
                || honoured(unit, src.get(q.span.end..clause.end).unwrap_or_default())
                || (career
                    && career_total(src.get(sentence.start..q.span.start).unwrap_or_default()))
            {
                continue;
            }
            // The words since the previous amount decide first (、挂职干部3名), then the clause.
            let local = src.get(window_start..q.span.end).unwrap_or_default();
            let listed = window_start > clause.start;
            window_start = q.span.end;
            let lb = hits.bag(local);
            // A later item of a list names its own people ("选派挂职干部5名、专业技术人才42名"):
            // the other items' nouns do not describe it, the clause's verbs still do.
            let tb = if listed && lb.any(const { mask(&ITEM_NOUNS) }) {
                tb.without(const { mask(&ITEM_NOUNS) }, lb)
            } else {
                tb
            };
            // A stock (本学年在岗18名) or a per-unit norm (每个班级配备一名) is not given.
            // One pass over the sentence for stock words, on its first amount only.
            let stock = *stock_at.get_or_insert_with(|| {
                super::relations::find_words(src, sentence, &STOCK)
                    .first()
                    .map(|w| w.0)
            });
            if lb.any(w!["在岗", "每个", "每班", "每人"])
                || stock.is_some_and(|at| at < q.span.start)
                || made_of(src.get(q.span.end..clause.end).unwrap_or_default())
            {
                continue;
            }
            let mut local_kind = kind_of(local, lb, local.len().saturating_sub(q.text.len()), unit);
            // "派出骨干医师9人次下沉坐诊": the clause, not only the words before the amount, says
            // the people sent are medical staff, not teachers.
            // An item that names its own teachers (派来的支教老师12人、医生8人) keeps them.
            let names_teachers = local_kind == Some(K::TeacherDispatched)
                && lb.any(w!["教师", "老师"])
                && !medical_staff(lb);
            if local_kind == Some(K::TeacherDispatched) && medical_staff(tb) && !names_teachers {
                local_kind = None;
            }
            // "选派…教师320人次、柔性援青医生86人次": a list item that names doctors or nurses
            // sends medical staff, whatever the item before it sent.
            let sends = tb.any(w![
                "派出", "增派", "选派", "派遣", "派驻", "抽调", "下派", "再派"
            ]);
            // Judges, prosecutors and court police sent (选派审判骨干法官4名) are staff of their
            // trade, as doctors are, not teachers.
            let local_medical =
                (lb.any(w!["医生", "医师", "护士", "医护"]) && medical_staff(lb) && sends)
                    || (sends
                        && matches!(unit, "人" | "人次")
                        && ["法官", "检察官", "干警"].iter().any(|w| local.has(w)));
            if local_medical {
                local_kind = None;
            }
            // Experts in a hospital's report ("两院累计派驻专家218人次") are medical staff.
            // The experts may be named before an earlier amount of the clause ("派驻专家5批次
            // 共86人次"); people only, surgeries and consultations keep their own activity.
            let people = matches!(unit, "人" | "人次");
            let doc_medical = ctx.hospital_report
                && people
                && tb.any(w!["专家", "医生", "医师", "医护", "护士"])
                && sends
                && !tb.any(w!["教师", "教授", "讲学", "授课", "教学", "支教"]);
            // "选派青年教师11人赴X访学进修": teachers sent to study are visiting scholars.
            if local_kind == Some(K::TeacherDispatched)
                && src.get(q.span.end..clause.end).is_some_and(|r| {
                    hits.bag(r)
                        .any(w!["访学", "进修", "跟岗学习", "挂职学习", "跟岗", "研修"])
                })
                && !tb.any(w!["支教", "送教", "讲学", "授课", "任课"])
            {
                local_kind = Some(K::VisitingScholar);
            }
            // "…2台、…1套，价值共计186万元": a value clause prices the goods listed before it.
            let value_of_goods = (unit == "元" && tb.any(w!["价值", "折合", "價值"]))
                .then_some(prev_goods)
                .flatten();
            // A sum in a clause of its own ("…设备一批，价值约260万元", "减免学费和住宿费，合计
            // 28.5万元") takes its kind from the clause before, when this one names none.
            let summed = unit == "元"
                && tb.any(const { mask(&VALUE_WORDS) })
                && dense_prefix_len(t, at) <= 12
                && !t.get(..at).unwrap_or_default().contains(['，', ',']);
            // "捐赠价值50万元的图书1万册": the goods after 的 are what the sum prices.
            let priced_goods = (unit == "元"
                && lb.any(w!["价值", "價值"])
                && src
                    .get(q.span.end..clause.end)
                    .is_some_and(|r| r.starts_with('的')))
            .then(|| {
                // The noun phrase after 的, up to 16 characters (…的新能源汽车实训设备).
                let r = super::text::first_chars(
                    src.get(q.span.end..clause.end).unwrap_or_default(),
                    16,
                );
                let rb = hits.bag(r);
                [
                    (K::BooksDonated, w!["图书", "书籍", "圖書"]),
                    (
                        K::EquipmentDonated,
                        w![
                            "设备",
                            "仪器",
                            "電腦",
                            "电脑",
                            "設備",
                            "呼吸机",
                            "监护仪",
                            "麻醉机",
                            "腹腔镜",
                            "彩超"
                        ],
                    ),
                ]
                .into_iter()
                .find(|(_, ws)| rb.any(*ws))
                .map(|(k, _)| k)
                // A machine named by its make (…的64排CT一台, …的核磁共振仪).
                .or_else(|| {
                    DEVICES_BY_NAME
                        .iter()
                        .any(|d| r.has(d))
                        .then_some(K::EquipmentDonated)
                })
            })
            .flatten();
            // "集团出资200万元为该院购置CT设备1台": money spent on goods for the recipient is
            // the goods' value.
            let local_kind = match local_kind {
                Some(K::MoneyDonated)
                    if src.get(q.span.end..clause.end).is_some_and(|r| {
                        let rb = hits.bag(r);
                        rb.any(w!["购置", "购买", "采购"]) && rb.any(w!["设备", "仪器"])
                    }) =>
                {
                    Some(K::EquipmentDonated)
                }
                k => k,
            };
            // The sentence up to this amount: an elliptic clause ("首批派驻专家中，甲医院6名，
            // 乙医院、丙医院各3名", "…转入就读，今年转入116名") takes its kind from it.
            let sentence_prefix = sentence_text
                .get(..q.span.start.saturating_sub(sentence.start))
                .unwrap_or_default();
            let spb = hits.bag(sentence_prefix);
            let elliptic = elliptic(src, *clause, quantities, qi, ms, &hits);
            let sb = *sentence_bag.get_or_insert_with(|| hits.bag(sentence_text));
            let names_other_staff = listed
                && local.has("人员")
                && !lb.any(w![
                    "教师", "老师", "教授", "支教", "讲学", "授课", "医务", "医护"
                ]);
            let clause_kind = priced_goods
                .or(local_kind)
                .or(value_of_goods)
                .or_else(|| kind_of(t, tb, at, unit))
                .or_else(|| {
                    summed
                        .then(|| {
                            kind_of(before_this, hits.bag(before_this), before_this.len(), unit)
                        })
                        .flatten()
                })
                .or_else(|| {
                    // The giver named in the clause, else the paragraph's (北医 after
                    // "受北京大学医学部资助，…"), unless the author speaks of itself here.
                    let own = ms
                        .iter()
                        .any(|m| m.pronoun && m.start >= clause.start && m.end <= clause.end);
                    let giver = s0.as_ref().or(ctx.supporter.as_ref().filter(|_| !own));
                    // In a supporter's report the author's own spending is given.
                    let author_gives = default_supporter.filter(|_| !self_is_recipient);
                    invested(tb, unit, giver.filter(|p| !p.pronoun).or(author_gives))
                })
                .or_else(|| {
                    // "设立奖学金，每年发放52万元": grants paid out of a fund the sentence names;
                    // "为Y设立“育才奖教金”10万元", "设立“…青年教师发展基金”100万元": the fund set
                    // up with its sum.
                    (unit == "元"
                        && (tb.any(w!["发放", "颁发"]) || tb.any(w!["设立"]))
                        && sb.any(w!["奖学金", "助学金", "奖教金", "基金"]))
                    .then_some(K::MoneyDonated)
                })
                .or_else(|| {
                    // "本校累计投入1850万元": a giver named in the clause puts money in.
                    (unit == "元"
                        && s0.is_some()
                        && t.get(..at).is_some_and(|p| p.trim_end().ends_with("投入")))
                    .then_some(K::MoneyDonated)
                })
                .or_else(|| {
                    // "投入…资金1.36亿元，累计投入5.82亿元", "到位…资金1.36亿元，累计到位7.9亿元":
                    // the verb again, its noun left out (after a semicolon too: the sentence
                    // before in the paragraph).
                    (unit == "元"
                        && tb.any(w![
                            "投入", "注入", "安排", "追加", "提供", "筹措", "落实", "到位"
                        ])
                        && this_sentence
                            .last()
                            .or_else(|| {
                                this_sentence
                                    .is_empty()
                                    .then(|| ctx.last_amounts.last())
                                    .flatten()
                            })
                            .is_some_and(|(k, u)| *k == K::MoneyDonated && u == "元"))
                    .then_some(K::MoneyDonated)
                })
                .or_else(|| {
                    elliptic
                        .then(|| kind_of(sentence_prefix, spb, sentence_prefix.len(), unit))
                        .flatten()
                })
                // Experts sent where the sentence speaks of hospitals are medical staff, unless
                // this item names its own teachers (派来的支教老师12人、医生8人); a later item
                // that names other staff (、农技人员4名) sends no teachers either.
                .filter(|k| {
                    *k != K::TeacherDispatched
                        || !((medical_staff(sb) && !names_teachers)
                            || local_medical
                            || doc_medical
                            || names_other_staff)
                });
            // Talks at a meeting (报告会) are no training sessions, though 培训 follows, unless
            // training is named with them; lectures given to the local staff (开展专题讲座16场)
            // are.
            let lecture = lb.any(w!["报告会"]) && !lb.any(w!["培训"]);
            let mut activity = if clause_kind.is_none() && (local_medical || doc_medical) {
                Some("staff_dispatched")
            } else if clause_kind.is_none() && !lecture {
                other_activity(lb, unit)
                    .or_else(|| other_activity(tb, unit))
                    .or_else(|| elliptic.then(|| other_activity(spb, unit)).flatten())
                    // "开展线上培训42场，覆盖基层医务人员1600余人次": the people the training
                    // before reached.
                    .or_else(|| {
                        (matches!(unit, "人" | "人次")
                            && t.trim_start().starts_with("覆盖")
                            && before_this.has("培训"))
                        .then_some("trainees")
                    })
            } else {
                None
            };
            // Volunteers sent in a teaching programme (…赴博州开展支教…。累计派出志愿者486名)
            // are teachers sent.
            let mut clause_kind = clause_kind;
            if activity == Some("staff_dispatched") && t.has("志愿者") && {
                let lo = (sentence.start.saturating_sub(300)..=sentence.start)
                    .find(|&i| src.is_char_boundary(i))
                    .unwrap_or(sentence.start);
                src.get(lo..sentence.end)
                    .is_some_and(|w| w.has("支教") || w.has("送教"))
            } {
                clause_kind = Some(K::TeacherDispatched);
                activity = None;
            }
            // "手把手带了八个徒弟": apprentices counted are trainees, whoever the clause says
            // was sent to teach them.
            if unit == "人" && src.get(q.span.end..).is_some_and(|r| r.starts_with("徒弟")) {
                clause_kind = None;
                activity = Some("trainees");
            }
            // "一共是六十八人次的专家过去": people counted, then who they are and that they went.
            if clause_kind.is_none()
                && activity.is_none()
                && matches!(unit, "人" | "人次")
                && let Some(who) = gone_after(src.get(q.span.end..).unwrap_or_default())
            {
                if who {
                    clause_kind = Some(K::TeacherDispatched);
                } else {
                    activity = Some("staff_dispatched");
                }
            }
            if activity == Some("staff_dispatched")
                && !tb.any(const { mask(&ITEM_NOUNS) })
                && let Some(k) = kind_of(sentence_prefix, spb, sentence_prefix.len(), unit)
                    .filter(|k| matches!(k, K::TeacherDispatched | K::CadreSeconded))
                    .filter(|k| *k != K::TeacherDispatched || !medical_staff(sb))
            {
                clause_kind = Some(k);
                activity = None;
            }
            // "河北省累计选派援藏干部人才1120人次…；陕西省累计选派860人次": counted in 人次 too,
            // people sent with no noun of their own are who the sentence said they were.
            if clause_kind.is_none()
                && activity.is_none()
                && unit == "人次"
                && tb.any(w!["选派", "派出", "派驻", "增派", "派遣"])
                && !tb.any(const { mask(&ITEM_NOUNS) })
                && let Some(k) = kind_of(sentence_prefix, spb, sentence_prefix.len(), unit)
                    .or_else(|| {
                        // …or the clause before the semicolon said.
                        ctx.last_amounts
                            .iter()
                            .rev()
                            .find(|(_, u)| *u == unit)
                            .map(|(k, _)| *k)
                    })
                    .filter(|k| matches!(k, K::TeacherDispatched | K::CadreSeconded))
            {
                clause_kind = Some(k);
            }
            // "■ 团队累计派驻专家 86人次 ■ 我院、甲院、乙院分别 42人次、26人次、18人次": shares
            // after 分别 whose sentence names no item take the item of the sentence before.
            if clause_kind.is_none()
                && activity.is_none()
                && let Some((k, _, a)) = ctx.last_item.as_ref().filter(|(_, u, _)| u == unit)
                && respective_shares(src, *clause, quantities, qi)
            {
                clause_kind = Some(*k);
                activity = *a;
            }
            // The value of seedlings counted just before (苗木18.6万株，价值约93万元) is a
            // second entry of theirs.
            if unit == "元" && prev_seedlings && tb.any(w!["价值", "折合", "價值"]) {
                clause_kind = None;
                activity = Some("seedlings_donated");
            }
            let Some(kind) = clause_kind.or(activity.map(|_| K::Other)) else {
                continue;
            };
            if matches!(kind, K::EquipmentDonated | K::BooksDonated) && unit != "元" {
                prev_goods = Some(kind);
            }
            if unit != "元" {
                prev_seedlings = activity == Some("seedlings_donated");
            }
            let prefix = t.get(..at).unwrap_or_default();
            let pb = hits.bag(prefix);
            if pb.any(w!["没有", "未能", "无法", "难以"])
                || withheld_after(src, q.span.end, clause.end)
                || raising_target(prefix)
                || super::table_amounts::progress_row(src, q.span.start)
                || heard.is_some_and(|end| sentence_prefix.len() >= end)
                || no_gift(
                    prefix,
                    src.get(q.span.start..q.span.end).unwrap_or_default(),
                    src.get(q.span.end..clause.end).unwrap_or_default(),
                )
                || q.value.and_then(|v| v.as_decimal()) == Some(Decimal::ZERO)
            {
                continue;
            }
            let host_kind = matches!(
                kind,
                K::DoctoralTrained | K::MasterTrained | K::VisitingScholar | K::StudentsPlaced
            ) || (kind == K::CadreSeconded
                && tb.any(w!["挂职学习", "挂职锻炼", "跟岗"]));
            if unit == "批" && q.value.and_then(|v| v.as_decimal()) == Some(1_i64.into()) {
                continue;
            }
            // "一本书、一份爱，都可能点亮…": a lone 一 of a thing with no verb of giving in its
            // clause is a figure of speech, not a count.
            if q.text.starts_with('一')
                && !PEOPLE.contains(&base_unit(unit))
                && q.value.and_then(|v| v.as_decimal()) == Some(1_i64.into())
                && !["捐", "赠", "送", "购", "提供", "发放", "援", "建", "资助"]
                    .iter()
                    .any(|w| t.has(w))
            {
                continue;
            }
            let (sup, rec) = if host_kind {
                host_roles
                    .get_or_insert_with(|| fix(roles(src, *clause, ms, true)))
                    .clone()
            } else {
                (s0.clone(), r0.clone())
            };
            let inside_parens = prefix
                .rfind(['（', '('])
                .is_some_and(|p| !prefix.get(p..).unwrap_or_default().contains(['）', ')']));
            let same_as_last = last.is_some_and(|(k, u)| k == kind && u == unit);
            // A breakdown: in parentheses after a total of the same kind, or after 其中 when the
            // sentence stated a total of the same kind before it.
            let after_qizhong = qizhong.is_some_and(|p| {
                q.span.start > p
                    && (clause.start <= p
                        || qizhong_unit.is_none_or(|u| counted_unit(src, q) == Some(u)))
            });
            // "工作组共有干部人才86人，其中挂职干部5人…": the parts of a stock are stock too.
            if after_qizhong && stock_whole {
                continue;
            }
            if after_qizhong
                && budget_whole
                && !written_as_paid(src.get(q.span.end..clause.end).unwrap_or_default())
            {
                continue;
            }
            // Money after 其中 is a part of the money before it, whatever it bought (投入经费
            // 1850万元，其中设备购置费620万元).
            // An instalment of money paid in instalments (…分两期拨付：…第一期资金70万元).
            let instalment = ctx.instalments
                && unit == "元"
                && INSTALMENT
                    .iter()
                    .any(|w| super::text::last_chars(prefix, 12).has(w));
            let part = instalment
                || (inside_parens && same_as_last)
                || (after_qizhong
                    && (before_qizhong.contains(&(kind, unit))
                        || (unit == "元" && before_qizhong.iter().any(|(_, u)| *u == "元"))
                        // People counted after 其中 in the unit of the people before (派驻专家
                        // 66人次，其中担任科室主任的11人次) are some of them, whatever post they
                        // hold; a secondment among them (其中挂职副校长2名) is a gift of its own.
                        || (matches!(unit, "人次" | "人")
                            && before_qizhong.iter().any(|(_, u)| *u == unit)
                            && !["挂职", "挂任"].iter().any(|w| t.has(w)))));
            let cumulative = spb.any(w!["累计", "共计", "总计", "累积", "至今", "截至", "先后"])
                || tb.any(w!["累计"]);
            let supporter = if collective && sup.is_none() {
                None
            } else {
                sup.or_else(|| ctx.supporter.clone())
                    .or_else(|| default_supporter.cloned())
            };
            let recipient = rec
                .or_else(|| helped_next(src, *clause, sentence.end, ms))
                .or_else(|| ctx.recipient.clone())
                .or_else(|| default_recipient.cloned());
            // A school's own enrolment, told as a statistic (今年秋季学期招收新生1620人，同比增长
            // 18.5%): no one placed those students with it.
            // The school counting them may be named as the subject (该校…招收新生); the
            // students' origin after the verb (招收甘孜州新生) would make them placed.
            let verb_at = ["招收", "接收", "录取"]
                .iter()
                .filter_map(|w| src.get(clause.start..q.span.start)?.find_str(w))
                .min()
                .map_or(clause.start, |p| clause.start + p);
            if kind == K::StudentsPlaced
                && tb.any(w!["新生"])
                && !ms
                    .iter()
                    .any(|m| m.start >= verb_at && m.end <= clause.end && !m.pronoun)
                && src.get(q.span.end..sentence.end).is_some_and(|r| {
                    let r = r.trim_start_matches(['，', ',', ' ']);
                    ["同比", "比上年", "较上年", "比去年", "较去年"]
                        .iter()
                        .any(|w| r.starts_with(w))
                })
            {
                continue;
            }
            // The measures or targets of a form (帮扶措施：, then numbered items) are what is
            // meant to be done, not what was.
            if under_plan_field(src, q.span.start) {
                continue;
            }
            // The author's own intentions under a heading of next steps (五、下一步打算:
            // 我厅拟安排资金…, 计划再选派…) are no contribution, unless agreed with the other
            // side; what a named party intends (X拟于明年再向我院捐赠…) is its plan, reported.
            if under_plan_heading(src, q.span.start)
                && ["拟", "计划", "打算", "准备"]
                    .iter()
                    .any(|w| sentence_prefix.has(w))
                && !["商定", "同意", "协议", "决定", "协商"]
                    .iter()
                    .any(|w| sentence_prefix.has(w))
                && !ms
                    .iter()
                    .any(|m| m.start >= sentence.start && m.end <= q.span.start && !m.pronoun)
            {
                continue;
            }
            // The sum of the parties just listed (三方合计投入73.1亿元) is no gift of its own.
            if super::text::last_chars(prefix, 8).has("合计")
                && ["三方", "各方", "两省", "三省", "四方", "上述"]
                    .iter()
                    .any(|w| prefix.has(w))
            {
                continue;
            }
            // An average (年均选派教师不足3人次, 平均每年…) describes the gifts, it is none.
            if ["年均", "平均每年", "每年平均"]
                .iter()
                .any(|w| super::text::last_chars(prefix, 12).has(w))
            {
                continue;
            }
            // A plan awaiting approval (拟增派1名…⇥计划，待医院审批) is not agreed yet.
            if ["待审批", "待批准", "尚待批准", "待医院审批"]
                .iter()
                .any(|w| {
                    src.get(q.span.end..)
                        .and_then(|r| r.split('\n').next())
                        .is_some_and(|row| row.has(w))
                })
            {
                continue;
            }
            // Hearsay (听说院里拟明年再派4名护士过来) reports no fact and no agreed plan.
            if ["听说", "据说", "听人说", "他说", "她说"]
                .iter()
                .any(|w| sentence_prefix.has(w))
            {
                continue;
            }
            // Staff of the author sent out to study with no host named (拟选派2名护士外出进修):
            // no one is known to give the training.
            if kind == K::VisitingScholar
                && t.has("外出")
                && !ms
                    .iter()
                    .any(|m| m.start >= clause.start && m.end <= clause.end && !m.pronoun)
            {
                continue;
            }
            // The author's own workload in a recipient's report (我科…；完成手术1236台次): no
            // giver is named or meant in its paragraph, and the author is the one counted.
            if self_is_recipient
                && supporter.is_none()
                && recipient.as_ref().is_some_and(|p| p.pronoun)
                && (kind == K::PatientsTreated || activity == Some("surgeries"))
            {
                let head = src.get(..q.span.start).unwrap_or_default();
                let tail = src.get(q.span.start..).unwrap_or_default();
                let paragraph = src
                    .get(
                        head.rfind('\n').map_or(0, |p| p + 1)
                            ..q.span.start + tail.find('\n').unwrap_or(tail.len()),
                    )
                    .unwrap_or_default();
                if !OWN_WORK_HELPERS.iter().any(|w| paragraph.has(w)) {
                    continue;
                }
            }
            // "协议约定拨付3200万元，截至巡视时实际拨付1900万元": the agreed amount is the yardstick
            // of the actual one that the sentence goes on to state, no contribution of its own.
            // "每年选派3名…，共选派24人次": the yearly rate behind a total stated after it.
            if pb.any(w!["每年", "每学年"])
                && figure_follows(
                    src.get(q.span.end..sentence.end).unwrap_or_default(),
                    &["共", "累计"],
                    8,
                )
            {
                continue;
            }
            if spb.any(w!["约定", "计划", "商定"])
                && figure_follows(
                    src.get(q.span.end..sentence.end).unwrap_or_default(),
                    &["实际"],
                    12,
                )
            {
                continue;
            }
            out.push(RawContribution {
                kind,
                quantity: qi,
                clause: *clause,
                supporter,
                recipient,
                status: match status_of(prefix, sentence_prefix) {
                    // Norms of a notice (每年不少于…, 3—5名) are demands, not facts.
                    // So are a floor named after the amount (…2人次以上，属最低要求) and a plan's
                    // whole scope (已开展3期，计划共6期), a target beside what was done.
                    Status::Actual
                        if q.kind == QuantityKind::Range
                            || pb.any(w!["不少于", "不低于", "至少", "不超过"])
                            || src.get(q.span.end..sentence.end).is_some_and(|r| {
                                r.has("最低要求") || r.has("最低标准")
                            })
                            || ["计划共", "计划总", "计划全年共"]
                                .iter()
                                .any(|w| prefix.trim_end().ends_with(w))
                            // A request named after its amount (提出增派教师2名的请求).
                            || src.get(q.span.end..clause.end).is_some_and(|r| {
                                ["的请求", "的申请", "的要求", "的建议"]
                                    .iter()
                                    .any(|w| r.starts_with(w))
                            }) =>
                    {
                        Status::Requested
                    }
                    // A floor set for a plan (拟…每年再增派援疆教师不少于20人) is a norm too.
                    Status::Planned if pb.any(w!["不少于", "不低于", "至少"]) => {
                        Status::Requested
                    }
                    // A yearly quota planned ("计划每年为该校培养博士5人") is a norm too.
                    Status::Actual
                        if spb.any(w!["每年", "每学年"]) && spb.any(w!["计划", "拟", "将"]) =>
                    {
                        Status::Requested
                    }
                    // An amount a supporter has agreed to add (已同意追加援助资金300万元，9月底前
                    // 到位) is promised, not yet given.
                    Status::Actual if agreed_to_give(prefix) => Status::Planned,
                    Status::Actual
                        if spb.any(w!["商定", "约定", "议定", "明确", "拟"])
                            || (spb.any(w!["计划"]) && !quoted_only(sentence_prefix, "计划")) =>
                    {
                        Status::Planned
                    }
                    s => s,
                },
                cumulative,
                period: period.clone(),
                part_of_total: part,
                after_qizhong: literal_qizhong.is_some_and(|p| q.span.start > p)
                    && !part
                    && !units_before_qizhong.contains(&unit),
                respective: false,
                activity,
                one_person: None,
            });
            // "A、B、C各选派1名干部…", "向A、B各捐赠图书5000册": 各 before the verb gives the
            // amount to (or from) each listed party, one entry each. "A、B分别选派教师5人和3
            // 人": 分别 gives the k-th amount to the k-th party when the counts match.
            if let Some(one) = out.last_mut() {
                let set = |c: &mut RawContribution, p: Party, giving: bool| {
                    if giving {
                        c.supporter = Some(p);
                    } else {
                        c.recipient = Some(p);
                    }
                };
                // 各 opening its clause ("X、Y分别帮扶A、B，各派驻专家3名") or after a collective
                // ("两院各派出医生3名") distributes over the givers named before.
                let each_of_before = || {
                    let prefix = src.get(clause.start..q.span.start)?;
                    let ge = prefix.find('各')?;
                    let head = prefix.get(..ge)?.trim();
                    let list = prev_clause_span
                        .map(|p| leading_list(src, p, ms))
                        .unwrap_or_default();
                    let n = if head.is_empty() {
                        list.len()
                    } else {
                        collective_count(head)?
                    };
                    if n < 2 || list.len() != n {
                        return None;
                    }
                    // The k-th giver's own recipient when the clause before lists them after
                    // its 分别 (X、Y分别帮扶A、B，各…).
                    let takers = prev_clause_span
                        .map(|p| list_after(src, p, ms, "分别"))
                        .unwrap_or_default();
                    let takers = if takers.len() == n {
                        takers.into_iter().map(Some).collect()
                    } else {
                        vec![None; n]
                    };
                    Some(list.into_iter().map(Some).zip(takers).collect::<Vec<_>>())
                };
                if let Some((each, giving, _)) = list_before(src, *clause, ms, "各", q.span.start)
                {
                    let one = one.clone();
                    out.pop();
                    for p in each {
                        let mut c = one.clone();
                        set(&mut c, p, giving);
                        out.push(c);
                    }
                } else if let Some(each) =
                    each_of_before().filter(|e: &Vec<(Option<Party>, Option<Party>)>| e.len() <= 12)
                {
                    let one = one.clone();
                    out.pop();
                    for (p, r) in each {
                        let mut c = one.clone();
                        c.supporter = p;
                        if r.is_some() {
                            c.recipient = r;
                        }
                        out.push(c);
                    }
                } else if let Some((each, giving, at)) =
                    list_before(src, *clause, ms, "分别", q.span.start).or_else(|| {
                        // "X、Y分别结对帮扶A、B，全年分别投入…120万元、85万元": a 分别 with no
                        // list of its own goes over the list that opens the clause before.
                        let prefix = src.get(clause.start..q.span.start)?;
                        let p = prefix.find_str("分别")?;
                        let named_before = ms
                            .iter()
                            .any(|m| m.start >= clause.start && m.end <= clause.start + p);
                        let at = clause.start + p + "分别".len();
                        // "由本校牵头，甲、乙参与…，三校分别派出导师12人、8人和6人": a count
                        // of the team's members takes the team of the sentence.
                        if let Some(n) = collective_count(prefix.get(..p)?) {
                            let team = super::relations::team_in(src, sentence, ms, clause.start);
                            // The team may be formed in a sentence before, in the same
                            // paragraph (R由X牵头，Y、Z参与组团帮扶。今年三家医院分别…).
                            let team = if team.is_empty() {
                                team_before.clone()
                            } else {
                                team
                            };
                            if team.len() == n {
                                return Some((team, true, at));
                            }
                            // "A、B、C分别结对帮扶…，三区分别投入…": the count names the list
                            // that opens the clause before.
                            let list = leading_list(src, prev_clause_span?, ms);
                            return (list.len() == n).then_some((list, true, at));
                        }
                        let list = leading_list(src, prev_clause_span?, ms);
                        (!named_before && list.len() >= 2).then_some((list, true, at))
                    })
                {
                    let (n, k) = share_position(quantities, qstart, at, *clause, unit, qi);
                    if n == each.len()
                        && let Some(p) = k.and_then(|k| each.get(k).cloned())
                    {
                        set(one, p, giving);
                        one.respective = giving && n >= 2;
                        // "X、Y分别选派教师15人、22人到A、B支教": the k-th place takes the k-th.
                        if giving
                            && let Some(to) = k.and_then(|k| {
                                places_after_amounts(src, q.span.end, clause.end, ms)
                                    .filter(|l| l.len() == n)?
                                    .into_iter()
                                    .nth(k)
                            })
                        {
                            one.recipient = Some(to);
                        } else if giving
                            && !ms
                                .iter()
                                .any(|m| m.start >= clause.start && m.end <= clause.end)
                            && let Some(to) = k.and_then(|k| {
                                let takers = list_after(src, prev_clause_span?, ms, "分别");
                                (takers.len() == n).then(|| takers.into_iter().nth(k))?
                            })
                        {
                            // "X、Y分别对口支援A和B，分别选派教师32人次和26人次": the k-th
                            // giver's own recipient, listed after the 分别 of the clause before.
                            one.recipient = Some(to);
                        }
                    } else if n == 1
                        && src
                            .get(at..q.span.start)
                            .is_some_and(|r| r.starts_with(['向', '为', '给']))
                    {
                        // "X、Y分别向A、B捐赠救护车1辆": one amount, given by each to its own.
                        let one = one.clone();
                        out.pop();
                        for p in each {
                            let mut c = one.clone();
                            set(&mut c, p, giving);
                            out.push(c);
                        }
                    }
                } else if let Some(at) = src
                    .get(clause.start..q.span.start)
                    .and_then(|p| p.find_str("分别"))
                    .map(|p| clause.start + p + "分别".len())
                    && !ms
                        .iter()
                        .any(|m| m.start >= clause.start && m.end <= clause.end)
                    && let Some(takers) = prev_clause_span
                        .map(|p| places_closing(src, p, ms))
                        .filter(|l| l.len() >= 2)
                {
                    // "X对口支援伊犁州的A、B两县，全年分别选派…86人和74人": the k-th amount of
                    // the unit goes to the k-th place that closes the clause before.
                    let (n, k) = share_position(quantities, qstart, at, *clause, unit, qi);
                    if n == takers.len()
                        && let Some(to) = k.and_then(|k| takers.get(k).cloned())
                    {
                        one.recipient = Some(to);
                    }
                }
            }
            last = Some((kind, unit));
            this_sentence.push((kind, unit.to_owned()));
            if qizhong.is_none_or(|p| q.span.start <= p) {
                before_qizhong.push((kind, unit));
            }
            any = true;
        }
        if !any
            && let Some((span, sup, rec)) = one_person_post(
                src,
                *clause,
                ms,
                default_supporter.is_some() && !self_is_recipient,
            )
        {
            let prefix = src.get(clause.start..span.start).unwrap_or_default();
            let sentence_prefix = src.get(sentence.start..span.start).unwrap_or_default();
            out.push(RawContribution {
                kind: K::CadreSeconded,
                quantity: usize::MAX,
                clause: *clause,
                supporter: Some(sup),
                recipient: rec
                    .or_else(|| ctx.recipient.clone())
                    .or_else(|| default_recipient.cloned()),
                status: status_of(prefix, sentence_prefix),
                cumulative: false,
                period: period.clone(),
                part_of_total: false,
                after_qizhong: false,
                respective: false,
                activity: None,
                one_person: Some(span),
            });
        }
        // Update the context with explicit roles of this clause (a self-pronoun in subject
        // position of a recipient's report does not become a supporter: see mod.rs); a clause
        // of people hosted (接收甲校教师到乙校跟岗) leaves its roles as its amounts read them.
        // A clause that sends people to study at a host with no count of its own (派了医生到X
        // 进修，这几年一共去了四十一个人) sets the roles its elliptic count takes: X hosts.
        let host_roles = host_roles.or_else(|| {
            (last.is_none() && tb.any(w!["进修", "访学", "跟岗"]))
                .then(|| fix(roles(src, *clause, ms, true)))
        });
        let (s0, r0) = host_roles.unwrap_or((s0, r0));
        // A breakdown (其中南京市承担1.2亿元) names shares of the giver before it, which stays
        // the giver of what follows.
        let (s0, r0) = if literal_qizhong.is_some_and(|p| clause.start >= p) {
            (None, None)
        } else {
            (s0, r0)
        };
        if let Some(s) = s0 {
            // A recipient stated with another giver does not carry over to this one (…则由
            // 湖州交通学校负责帮扶。我们学校…派了3个骨干老师).
            if r0.is_none() && ctx.supporter.as_ref().is_some_and(|old| *old != s) {
                ctx.recipient = None;
            }
            ctx.supporter = Some(s);
        }
        if let Some(r) = r0 {
            ctx.recipient = Some(r);
        }
    }
    if !this_sentence.is_empty() {
        ctx.last_amounts = this_sentence;
    }
    if sentence_text.has("牵头") {
        let team = super::relations::team_in(src, sentence, ms, sentence.end);
        if !team.is_empty() {
            ctx.team = team;
        }
    }
    if let Some(c) = out.last()
        && let Some(u) = quantities.get(c.quantity).and_then(unit_of)
    {
        ctx.last_item = Some((c.kind, base_unit(u).to_owned(), c.activity));
    }
    out
}

/// The exact value of a raw contribution's amount.
fn raw_value(c: &RawContribution, quantities: &[Quantity<'_>]) -> Option<Decimal> {
    quantities
        .get(c.quantity)
        .and_then(|q| q.value.and_then(|v| v.as_decimal()))
}

/// "其中奉化区协作资金2600万元用于…": an amount after a literal 其中 with no whole of its own in
/// the sentence (`after_qizhong`, among `raw[from..]`) is a part of a larger total of its kind
/// and unit stated shortly before (the last 64 amounts: the look-back stays bounded).
pub(crate) fn mark_parts_of_earlier_totals(
    raw: &mut [RawContribution],
    from: usize,
    quantities: &[Quantity<'_>],
) {
    let value = |c: &RawContribution| raw_value(c, quantities);
    let unit = |c: &RawContribution| quantities.get(c.quantity).and_then(unit_of).map(base_unit);
    for k in from..raw.len() {
        let Some(c) = raw.get(k).filter(|c| c.after_qizhong) else {
            continue;
        };
        let (v, u) = (value(c), unit(c));
        let recent = raw.get(from.saturating_sub(64)..from).unwrap_or_default();
        let whole = recent.iter().any(|t| {
            t.kind == c.kind
                && !t.part_of_total
                && unit(t) == u
                && matches!((value(t), v), (Some(tv), Some(cv)) if tv > cv)
        });
        if whole && let Some(c) = raw.get_mut(k) {
            c.part_of_total = true;
        }
    }
}

/// "团队累计派驻专家86人次，其中我院、市立医院、中心医院分别派驻42人次、26人次、18人次": the members'
/// shares of a team (the [`RawContribution::respective`] amounts of one clause among `raw[from..]`)
/// are the contributions, and the total they add up to, stated in the same sentence or in one of
/// the eight amounts before, is none: it is removed, and the shares stop being parts of it. The
/// sum must match exactly (same kind, same unit as written), so a total that merely precedes a
/// list is kept.
pub(crate) fn drop_team_totals(
    raw: &mut Vec<RawContribution>,
    from: usize,
    quantities: &[Quantity<'_>],
) {
    let value = |c: &RawContribution| raw_value(c, quantities);
    let unit = |c: &RawContribution| quantities.get(c.quantity).and_then(unit_of);
    let mut k = from;
    while k < raw.len() {
        let Some(first) = raw.get(k).filter(|c| c.respective) else {
            k += 1;
            continue;
        };
        let (kind, clause, u) = (first.kind, first.clause, unit(first));
        // The run of shares of this clause, and their sum.
        let mut end = k;
        let mut sum = Some(Decimal::ZERO);
        while let Some(c) = raw
            .get(end)
            .filter(|c| c.respective && c.clause == clause && c.kind == kind && unit(c) == u)
        {
            sum = sum.zip(value(c)).and_then(|(a, b)| a.checked_add(b));
            end += 1;
        }
        let is_total = |t: &RawContribution| {
            !t.respective
                && t.kind == kind
                && unit(t) == u
                && u.is_some()
                && sum.is_some()
                && value(t) == sum
        };
        let total = if end - k >= 2 {
            let before = (k.saturating_sub(8)..k)
                .rev()
                .find(|&i| raw.get(i).is_some_and(is_total));
            before.or_else(|| (end..raw.len()).find(|&i| raw.get(i).is_some_and(is_total)))
        } else {
            None
        };
        if let Some(t) = total {
            for c in raw.get_mut(k..end).unwrap_or_default() {
                c.part_of_total = false;
            }
            raw.remove(t);
            if t < k {
                end -= 1;
            }
        }
        k = end.max(k + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The bag of any part of a sentence holds exactly the words `str::contains` finds in
        /// that part (overlapping words, words inside longer ones, parts cut mid-sentence).
        #[test]
        fn bags_agree_with_contains(
            parts in proptest::collection::vec(
                proptest::sample::select(
                    WORDS.iter().copied().chain(["，", "3", "名", "x", " "]).collect::<Vec<_>>(),
                ),
                0..24,
            ),
            cut in (0usize..64, 0usize..64),
        ) {
            let text: String = parts.concat();
            let hits = Hits::new(&text);
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let a = bounds.get(cut.0 % bounds.len()).copied().unwrap_or(0);
            let b = bounds.get(cut.1 % bounds.len()).copied().unwrap_or(0);
            let part = text.get(a.min(b)..a.max(b)).unwrap();
            let bag = hits.bag(part);
            for w in WORDS {
                proptest::prop_assert_eq!(bag.any(mask(&[w])), part.contains(w), "{} in {}", w, part);
            }
        }
    }

    #[test]
    fn period_words_come_in_list_order() {
        let text = "今年以来，四年来共培养博士3人";
        assert_eq!(
            period_of(text, Hits::new(text).bag(text)).as_deref(),
            Some("四年来")
        );
    }
}
