//! Institution recognition in running text: name shapes (…大学, …教育局, …县), the alias
//! table, pronouns (我院, 我校, 我局, 我市), without swallowing neighbours (我市彭州职中共接收 is
//! 彭州职中 + 共接收).

use crate::extract::has::Has;
use std::sync::LazyLock;

use crate::{AliasTable, InstitutionKind};

/// One institution (or self-pronoun) mentioned in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    /// Byte span in the original text.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Canonical name, or the pronoun as written (我院).
    pub(crate) name: String,
    /// The surface as written.
    pub(crate) surface: String,
    pub(crate) kind: InstitutionKind,
    /// A self-reference of the author (我院, 我校, 我局, 我市, 我县).
    pub(crate) pronoun: bool,
    /// The parent institution (学院 → 大学) when the name starts with a university.
    pub(crate) parent: Option<String>,
}

/// The names a pass over the mentions of `src` (read with the built-in aliases) keeps: the
/// unit tests of the mention passes (models, owners, level hospitals) read through it.
#[cfg(test)]
pub(crate) fn names_after(
    src: &str,
    pass: impl FnOnce(&str, Vec<Mention>) -> Vec<Mention>,
) -> Vec<String> {
    let ms = Recognizer::new(crate::alias::builtin_ref()).mentions(src, 0);
    pass(src, ms).into_iter().map(|m| m.name).collect()
}

/// What joins the items of a plain list of names (X、Y和Z; a comma starts another clause).
pub(crate) const LIST_JOINERS: [&str; 4] = ["、", "和", "及", "以及"];

/// Whether the text between two names of a list joins them: 、/和/及/以及, possibly followed by
/// a word of scope (和省内平邑县人民医院: 省内 says where the next one is, not a new phrase).
pub(crate) fn is_joiner(gap: &str) -> bool {
    let g = gap.trim();
    let g = ["省内", "省外", "市内", "区内", "县内", "本省", "本市"]
        .iter()
        .find_map(|w| g.strip_suffix(w))
        .unwrap_or(g);
    LIST_JOINERS.contains(&g.trim())
}

/// Self-references of the author.
pub(crate) const PRONOUNS: [&str; 34] = [
    "我集团",
    "本集团",
    "我公司",
    "本公司",
    "我院",
    "我校",
    "我局",
    "我厅",
    "我市",
    "我县",
    "我区",
    "我州",
    "我省",
    "我委",
    "本院",
    "本校",
    // A library's or a museum's own report (本馆派出…).
    "我馆",
    "本馆",
    // A station's own report (农业技术推广站月报: 与我站结对的…).
    "我站",
    "本站",
    // A broadcaster's own report (我台新闻频道与…结成帮扶对子).
    "我台",
    "本台",
    // A hospital department's own report (科室主任述职报告); 本科 is undergraduate study.
    "我科",
    // A gazetteer's or a government's own place (本县 is 我县: see `Recognizer::mentions`).
    "本县",
    "本市",
    "本区",
    "本州",
    "本省",
    // A banner's own text (Inner Mongolia's county level: 我旗乌兰花镇).
    "我旗",
    "本旗",
    // An association's own report (红十字会, 总工会, 科协: 我会与镇雄县红十字会签订…); only in
    // a document whose head names one (see [`Recognizer::allow_association_pronouns`]):
    // elsewhere 我会 is "I will".
    "我会",
    "本会",
    // A customs house's own bulletin (我关向霍关捐赠…); not 我关注, 我关心 (see
    // [`Recognizer::mentions`]).
    "我关",
    "本关",
];

/// Words of an association's name (红十字会, 总工会, 科学技术协会, 妇联) whose reports write
/// 我会 for themselves.
const ASSOCIATION_WORDS: [&str; 12] = [
    "红十字会",
    "协会",
    "学会",
    "联合会",
    "基金会",
    "商会",
    "工会",
    "促进会",
    "科协",
    "妇联",
    "残联",
    "侨联",
];

/// Whether the head of `src` (its first eight lines) names an association, whose text may
/// write 我会 for it.
/// Whether a document is a company's own that calls it 公司: its first line with text names a
/// company (国网甲省电力公司) and at least two clauses open with a bare 公司.
pub(crate) fn calls_itself_company(src: &str) -> bool {
    let Some(first) = src.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return false;
    };
    first.ends_with("公司")
        && first.chars().count() <= 30
        && first.chars().all(is_cjk)
        && src
            .match_indices("公司")
            .filter(|(p, _)| clause_opens_at(src, *p))
            .take(2)
            .count()
            == 2
}

pub(crate) fn names_an_association(src: &str) -> bool {
    src.lines()
        .take(8)
        .any(|l| ASSOCIATION_WORDS.iter().any(|w| l.contains(w)))
}

/// Name suffixes with the minimum number of characters before them.
const SUFFIXES: [(&str, usize); 184] = [
    ("大學", 2),
    ("學院", 2),
    ("小學", 2),
    ("中學", 2),
    ("醫院", 2),
    ("縣", 1),
    ("政府", 2),
    ("市", 2),
    ("医学部", 2),
    ("学部", 2),
    ("人民政府", 2),
    ("教育局", 2),
    ("教育厅", 2),
    ("专科学校", 2),
    ("医院", 2),
    ("卫生院", 2),
    ("保健院", 2),
    ("图书馆", 2),
    ("博物馆", 2),
    ("文化馆", 2),
    ("科技馆", 2),
    ("办公室", 2),
    // A party committee's inspection office (中共金平县委督查室), which reports on the work.
    ("督查室", 2),
    // Courts and procuratorates that pair with their peers (湖北省高级人民法院 → 山南市中级人民
    // 法院); a 中级人民法院 written short (山南中院).
    ("人民法院", 2),
    ("人民检察院", 2),
    ("中院", 2),
    ("指挥部", 2),
    // A place's leading group of its support work (青岛市对口支援和东西部协作工作领导小组):
    // only with that work named before it; see `support_office_start`.
    ("领导小组", 2),
    ("委员会", 2),
    // Foundations and charities that fund projects (澳门基金会, 中国扶贫基金会, 中华慈善总会,
    // 上海市慈善基金会).
    ("基金会", 2),
    ("慈善总会", 2),
    ("红十字会", 2),
    // A township's central school (牛牛坝乡中心校), before the bare 中心; see the guard against
    // 中心校区 (a campus) in `Recognizer::mentions`.
    ("中心校", 2),
    // Party schools of a party committee (中共东营市委党校, 岳普湖县委党校, 中共喀什地委党校);
    // see `party_school_ok`.
    ("党校", 2),
    // Scenic areas that pair with their peers (哈尔滨太阳岛风景区 → 布尔津县五彩滩景区); see
    // `scenic_ok`.
    ("风景区", 2),
    ("景区", 2),
    // A county's legal aid centre (墨竹工卡县法律援助中心): its 援助 ends names elsewhere.
    ("法律援助中心", 2),
    ("中心", 2),
    ("研究院", 2),
    ("研究所", 2),
    ("卫生健康局", 2),
    // Other bureaus of a government that receive or run projects (米林市农业农村局).
    ("农业农村局", 2),
    ("乡村振兴局", 2),
    ("商务局", 2),
    ("财政局", 2),
    ("民政局", 2),
    ("科技局", 2),
    ("人社局", 2),
    // A party committee's organisation department, which seconds cadres (湖里区委组织部).
    ("组织部", 2),
    // A district's bureau of human resources alone (深圳市龙岗区人力资源局).
    ("人力资源局", 2),
    ("卫健局", 2),
    ("教体局", 2),
    ("教育和体育局", 2),
    ("教育体育局", 2),
    ("教育科技局", 2),
    ("教育和科技局", 2),
    // Departments of a province and bureaus of a county that second cadres or receive them
    // (山东省商务厅, 岳普湖县商务和工业信息化局).
    ("商务厅", 2),
    ("财政厅", 2),
    ("民政厅", 2),
    ("科技厅", 2),
    ("农业农村厅", 2),
    ("人力资源和社会保障厅", 2),
    ("卫生健康委", 2),
    ("卫健委", 2),
    ("商务和工业信息化局", 2),
    ("工业和信息化局", 2),
    ("工业和信息化厅", 2),
    ("人力资源和社会保障局", 2),
    ("住房和城乡建设局", 2),
    ("文化和旅游局", 2),
    ("交通运输局", 2),
    ("审计局", 2),
    // A power supply bureau of a grid company (文山供电局), which pairs with towns.
    ("供电局", 2),
    // A county's agricultural extension station (贞丰县农业技术推广站), which hosts experts.
    ("推广站", 2),
    // A prefecture's livestock station and a county's veterinary station (…畜牧总站,
    // …畜牧兽医站), partners of an academy's projects.
    ("畜牧总站", 2),
    ("畜牧兽医站", 2),
    // A broadcaster and its bureau (黑龙江广播电视台, 日喀则市广播电视局), paired with their
    // counterparts in 广电援藏.
    ("广播电视台", 2),
    ("广播电视局", 2),
    // A securities or bank branch (东吴证券苏州星阳街证券营业部), paired with a village.
    ("营业部", 2),
    // Professional societies (湖南省护理学会, 中华医学会); bare 学会 is "learnt".
    ("护理学会", 2),
    // Social work: a town's station, an agency, a welfare home (略阳县白水江镇社会工作服务站,
    // 南通市和悦社工事务所, 汉中市儿童福利院).
    ("社会工作服务站", 2),
    ("社工事务所", 2),
    ("福利院", 2),
    ("医学会", 2),
    // A palace museum (沈阳故宫博物院) and a province's culture department (辽宁省文化和旅游厅),
    // paired with a prefecture's bureau of culture, sports, radio and tourism (…和旅游局).
    ("博物院", 2),
    ("文化和旅游厅", 2),
    ("旅游局", 2),
    // A sports bureau (湖南省体育局), which sends coaches.
    ("体育局", 2),
    // A people's congress standing committee (城口县人大常委会) and its inspection group, which
    // reports on the work (城口县人大常委会视察组).
    ("人大常委会", 2),
    ("视察组", 2),
    // Mass organisations that pair with their peers (珠海市妇女联合会 → 怒江州妇女联合会, 福州市
    // 科学技术协会 → 定西市科学技术协会), written out or short (妇联, 科协, 残联, 侨联, 工商联).
    ("妇女联合会", 2),
    ("妇联", 2),
    ("科学技术协会", 2),
    ("科协", 2),
    ("残疾人联合会", 2),
    ("残联", 2),
    ("归国华侨联合会", 2),
    ("侨联", 2),
    ("工商业联合会", 2),
    ("工商联", 2),
    // Trade unions (济南市总工会 → 湘西州总工会).
    ("总工会", 2),
    // Technical bureaus and services that pair with their peers (重庆市气象局 → 昌都市气象局,
    // 重庆市气象台, 噶尔县水利局, 陕西省水利厅).
    ("气象局", 2),
    ("气象台", 2),
    ("水利局", 2),
    ("水务局", 2),
    ("水利厅", 2),
    ("林业和草原局", 2),
    // Its short form (巴州林草局) and a city's forestry bureau of the older name (衡水市林业局).
    ("林草局", 2),
    ("林业局", 2),
    // State forest farms (河北省塞罕坝机械林场) pair with a county's forestry bureau.
    ("林场", 2),
    ("自然资源局", 2),
    ("生态环境局", 2),
    ("应急管理局", 2),
    ("医疗保障局", 2),
    ("市场监督管理局", 2),
    ("发展和改革局", 2),
    ("发改局", 2),
    ("学校", 2),
    ("大学", 2),
    ("学院", 2),
    ("师专", 2),
    ("中学", 2),
    ("小学", 2),
    ("初中", 2),
    ("职中", 2),
    ("一中", 2),
    ("二中", 2),
    ("三中", 2),
    ("四中", 2),
    ("五中", 2),
    ("六中", 2),
    ("七中", 2),
    ("八中", 2),
    ("九中", 2),
    // A primary school written short (紫云二小 for 紫云…第二小学); see `short_primary_ok`.
    ("一小", 2),
    ("二小", 2),
    ("三小", 2),
    ("幼儿园", 2),
    ("自治州", 2),
    ("自治县", 2),
    ("自治区", 2),
    ("州", 2),
    ("县", 1),
    // Development zones and industrial parks that pair for co-building (园区共建:
    // 江宁经济技术开发区, 商南县工业园区); see `park_ok`.
    ("经济技术开发区", 2),
    ("高新技术产业开发区", 2),
    ("经济开发区", 2),
    ("工业园区", 2),
    ("产业园区", 2),
    // A district (闵行区, 浦东新区); see `district_ok`.
    ("区", 2),
    ("地区", 2),
    ("省", 2),
    // Villages under their town (吉生太镇大井坡村, 忽鸡图乡格日勒图雅嘎查) and Inner Mongolia's
    // townships (江岸苏木); see `village_ok`.
    ("嘎查", 2),
    ("村", 2),
    ("苏木", 2),
    // Towns and townships (巴普镇, 牛牛坝乡, 城关街道); see `place_ok`.
    ("镇", 2),
    ("乡", 2),
    ("街道", 2),
    // Any other bureau or department of a government, named by its place and its work
    // (日喀则市公安局, 吉林省公安厅, 布尔津县文化体育广播电视和旅游局); see `bureau_ok`.
    // A bureau's branch written after it (国家税务总局昂仁县税务局桑桑税务分局).
    ("分局", 2),
    ("局", 2),
    ("厅", 2),
    // So are a place's cooperatives and associations (潍坊市供销合作社, 山东省供销合作社联合社,
    // 南京市律师协会) and a town's or a county's stations (工卡镇司法所).
    ("联合社", 2),
    ("社", 2),
    ("协会", 2),
    ("所", 2),
    // A railway's depots and sections (兰州车务段, 兰州西机务段), which pair with villages.
    ("车务段", 2),
    ("机务段", 2),
    ("工务段", 2),
    ("电务段", 2),
    ("供电段", 2),
    ("车辆段", 2),
    ("客运段", 2),
    // A customs house, named by its city or its port (厦门海关, 霍尔果斯海关, 海沧海关); see
    // `customs_ok`.
    ("海关", 2),
    // Enterprises (浙江浙能镇海发电有限责任公司, 浙江省能源集团): the whole legal form is the
    // suffix, so that walking left never stops at its 有.
    ("股份有限公司", 2),
    ("有限责任公司", 2),
    ("有限公司", 2),
    ("公司", 2),
    ("集团", 2),
    // A department of a university (清华大学水利系); see `department_ok`.
    ("系", 4),
    // An office of a university (苏州大学财务处); see `department_ok`.
    ("处", 4),
    // A department of a hospital (甲医院重症医学科); see `hospital_department_ok`.
    ("科", 4),
    // A section or a major of a (vocational) school (甲职业高级中学机电专业部, 甲中专旅游专业);
    // see `school_unit_ok`.
    ("专业部", 4),
    ("专业", 4),
    // A school's teaching group (甲中学物理组, 乙中学数学教研组); see `teaching_group_ok`.
    ("教研组", 4),
    ("组", 4),
];

/// First characters of [`SUFFIXES`] (a cheap filter in the hot loop).
const SUFFIX_FIRST: &str = "福护营广畜客电机车海局厅社协所法联风景党分嘎村苏归妇残侨总气水林自生应市推视旅供体督慈红基经高工产农乡商财民大學小中醫縣政市医学人教专卫师初职一二三幼自州县地省系科保图博文办委研区四五六七八九处股有公集镇乡街指组住交审领发";

/// Last characters of [`STOP_WORDS`] and [`PRONOUNS`] (a cheap filter in [`walk_left`]).
const STOP_LAST: &str = "纳台善关实站盖决行下称在是值如当力导察达度期内外托靠足训建元员厅职望驻对中为其养准出列别前办加动助区县及取受口合同后命增好委定局州市年开式往成扶担括持据排援收整有极校派点照省签管系织经绕继续署自荐观订调责赠过通问院面领方属筹升送批购鉴习入无科团司话访位消止赴到进授载认求议头付拨馆会旗";

/// Characters that cannot be inside a name: walking left from a suffix stops at them.
const STOP_CHARS: &str = "如拟與對為從於這們來進讀獲沒還錄捐贈協辦着的与和及对为在向到了是由经将从被把给跟或并等其该此这那我你他她它们以于赴往至起让使请帮派选任受接收访问来去进读考获得有没也还又再就才只仅所各每某两几多些均即已曾全本该是非不性后前时间年月号共约近余说析";

/// Words that end a name on the left (verbs and adverbs that precede names).
const STOP_WORDS: [&str; 168] = [
    // Taking a member in (…专科护理联盟吸纳托克逊县人民医院为成员单位).
    "吸纳",
    // Improving a place's school (用于改善镇安县云盖寺镇中心小学的…).
    "改善",
    // Carrying out a place's work (认真落实河北省对口支援新疆的部署).
    "落实",
    // Paying money to a place (其中：拨付松潘县财政帮扶资金, 下拨沙雅县).
    "拨付",
    // Sending workers from a place (输送兰坪县妇女到珠海市务工).
    "输送",
    "下拨",
    "辖下",
    "简称",
    "正在",
    "正是",
    "正值",
    "正如",
    "正当",
    "协助",
    "助力",
    "指导",
    "终止",
    "取消",
    "帮助",
    "下达",
    "年度",
    "根据",
    "按照",
    "依据",
    "遵照",
    "围绕",
    "抓好",
    "做好",
    "搞好",
    "办好",
    "增列",
    "新增",
    "增加",
    "调整",
    "承担",
    "与其",
    "作为",
    "接管",
    "支援",
    "援助",
    "帮扶",
    "前往",
    "来自",
    "确定",
    "批准",
    "签订",
    "签署",
    "续签",
    "接收",
    "接受",
    "安排",
    "选派",
    "派出",
    "捐赠",
    "捐助",
    "联合",
    "共同",
    "通过",
    "经过",
    "访问",
    "推荐",
    "任命",
    "录取",
    "招收",
    "培养",
    "考取",
    "带领",
    "率领",
    "召开",
    "举办",
    "组织",
    "主持",
    "协调",
    "联系",
    "以及",
    "还有",
    "包括",
    "其中",
    "目前",
    "已经",
    "今年",
    "去年",
    "继续",
    "对口",
    "重点",
    "全面",
    "积极",
    "正式",
    "先后",
    "分别",
    "陆续",
    "相继",
    "主动",
    "提出",
    "完成",
    "负责",
    "参观",
    "普通",
    "结成",
    "结对",
    "希望",
    "支持",
    "进驻",
    "入驻",
    "挂职",
    "双方",
    "援建",
    "捐建",
    "万元",
    "资助",
    "培训",
    "推动",
    "争取",
    "托管",
    "派驻",
    "常驻",
    "动员",
    "依托",
    "依靠",
    "借助",
    "立足",
    "所属",
    "统筹",
    "提升",
    "选送",
    "获批",
    "采购",
    "借鉴",
    "学习",
    "投入",
    "尚无",
    "包科",
    "学期",
    "省内",
    "省外",
    "市内",
    "县内",
    "区内",
    "对话",
    "专访",
    "单位",
    "考察",
    "视察",
    "督察",
    "商定",
    "抵达",
    "到达",
    "赶赴",
    "奔赴",
    "来到",
    "走进",
    "讲授",
    "转自",
    "转载",
    "摘自",
    "确认",
    "要求",
    "举行",
    "解决",
    "建议",
    "组建",
    "牵头",
    "共建",
    "覆盖",
    "援助方",
    "支援方",
    "帮扶方",
    "受援方",
];

/// Names that look like institutions but are generic.
const GENERIC: [&str; 45] = [
    // A facility for everyone's exercise (援建全民健身中心1处).
    "全民健身中心",
    "健身中心",
    "高水平大学",
    "一流大学",
    "省属大学",
    "部属大学",
    "学校附属医院",
    "附属医院",
    "受援学校",
    "支援学校",
    // The school a teacher goes to teach at (申请支教学校, a form's label).
    "支教学校",
    "对口学校",
    "内地高校",
    "重点大学",
    "师范大学",
    "示范高中",
    "各高校",
    "兄弟院校",
    "普通高中",
    "二级学院",
    "高校附属医院",
    "乡镇卫生院",
    "结对卫生院",
    "实验中心",
    "培训中心",
    "研究中心",
    "胸痛中心",
    "卒中中心",
    "创伤中心",
    // Kinds of region (对口支援边远地区农业院校), no places of their own.
    "边远地区",
    "贫困地区",
    "民族地区",
    "边疆地区",
    "欠发达地区",
    "西部地区",
    "东部地区",
    "中部地区",
    "边疆民族地区",
    "少数民族地区",
    "偏远地区",
    // Facilities a hospital builds (建设日间手术中心), no institutions.
    "手术中心",
    "日间手术中心",
    "透析中心",
    "体检中心",
    "会诊中心",
];

/// The length in bytes of a government bureau's name opening `after` (卫生健康局, 教育局, 人社局,
/// 卫健委) or of a mass organisation's (妇联, 总工会), a suffix of [`SUFFIXES`] written alone; 0
/// when there is none.
fn bureau_after(after: &str) -> usize {
    SUFFIXES
        .iter()
        .filter(|(w, _)| {
            w.ends_with(['局', '委']) || crate::alias::mass_organisation_words().any(|o| o == *w)
        })
        .filter(|(w, _)| after.starts_with(w))
        .map(|(w, _)| w.len())
        .max()
        .unwrap_or(0)
}

/// Characters in the body of a name before its recognised suffix (0 when there is none).
pub(crate) fn body_chars(name: &str) -> usize {
    let total = name.chars().count();
    SUFFIXES
        .iter()
        .filter(|(s, _)| name.ends_with(s))
        .map(|(s, _)| total.saturating_sub(s.chars().count()))
        .min()
        .unwrap_or(0)
}

/// Bit flags of [`CLASSES`].
const IS_SUFFIX_FIRST: u8 = 1;
const IS_STOP_CHAR: u8 = 2;
const IS_STOP_LAST: u8 = 4;
const IS_DATE_DIGIT: u8 = 8;

/// Character classes of the Basic Multilingual Plane (every character of the tables above is
/// in it), so that the hot loops test a character with one load instead of a substring search
/// over a table string.
static CLASSES: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut t = vec![0u8; 0x1_0000];
    for (chars, flag) in [
        (SUFFIX_FIRST, IS_SUFFIX_FIRST),
        (STOP_CHARS, IS_STOP_CHAR),
        (STOP_LAST, IS_STOP_LAST),
        ("一二三四五六七八九十廿卅0123456789", IS_DATE_DIGIT),
    ] {
        for c in chars.chars() {
            if let Some(b) = t.get_mut(c as usize) {
                *b |= flag;
            }
        }
    }
    t
});

fn class(c: char) -> u8 {
    CLASSES.get(c as usize).copied().unwrap_or(0)
}

/// A first character and the suffixes that start with it, with their minimum body lengths.
type SuffixGroup = (char, Vec<(&'static str, usize)>);

/// [`SUFFIXES`] grouped by first character (in table order within a group), sorted by
/// character.
static SUFFIX_GROUPS: LazyLock<Vec<SuffixGroup>> = LazyLock::new(|| {
    let mut groups: Vec<SuffixGroup> = Vec::new();
    for (suffix, min_body) in SUFFIXES {
        let Some(c) = suffix.chars().next() else {
            continue;
        };
        match groups.iter_mut().find(|(f, _)| *f == c) {
            Some((_, v)) => v.push((suffix, min_body)),
            None => groups.push((c, vec![(suffix, min_body)])),
        }
    }
    groups.sort_by_key(|(c, _)| *c);
    groups
});

/// [`STOP_WORDS`] and [`PRONOUNS`] grouped by last character, sorted by character.
static STOP_GROUPS: LazyLock<Vec<(char, Vec<&'static str>)>> = LazyLock::new(|| {
    let mut groups: Vec<(char, Vec<&'static str>)> = Vec::new();
    for w in STOP_WORDS.iter().chain(PRONOUNS.iter()) {
        let Some(c) = w.chars().next_back() else {
            continue;
        };
        match groups.iter_mut().find(|(f, _)| *f == c) {
            Some((_, v)) => v.push(w),
            None => groups.push((c, vec![w])),
        }
    }
    groups.sort_by_key(|(c, _)| *c);
    groups
});

/// The stop words and pronouns ending with `c`.
fn stop_words_ending_with(c: char) -> &'static [&'static str] {
    STOP_GROUPS
        .binary_search_by_key(&c, |(f, _)| *f)
        .ok()
        .and_then(|k| STOP_GROUPS.get(k))
        .map_or(&[], |(_, v)| v.as_slice())
}

/// The suffixes starting with `c`, in [`SUFFIXES`] order.
fn suffixes_starting_with(c: char) -> &'static [(&'static str, usize)] {
    SUFFIX_GROUPS
        .binary_search_by_key(&c, |(f, _)| *f)
        .ok()
        .and_then(|k| SUFFIX_GROUPS.get(k))
        .map_or(&[], |(_, v)| v.as_slice())
}

/// Surfaces (surface, canonical) that start with one character, longest first.
type Surfaces<'t> = Vec<(&'t str, &'t str)>;

/// A recogniser: alias surfaces by first character, for one linear pass over the text.
#[derive(Debug)]
pub(crate) struct Recognizer<'t> {
    aliases: &'t AliasTable,
    /// Alias surfaces by first character, sorted by character.
    by_first: Vec<(char, Surfaces<'t>)>,
    /// Whether a character of the BMP starts some surface (one bit each); characters beyond
    /// the BMP are looked up directly.
    first_bits: Vec<u64>,
    /// Written names already resolved in this document (name, kind, parent): a name repeats
    /// in every sentence about it, and its resolution depends on nothing else.
    resolved: core::cell::RefCell<Resolved<'t>>,
    /// Whether 我会 / 本会 are the author's pronouns (an association's document).
    associations: bool,
    /// Whether a bare 公司 opening a clause is the author (a company's own document).
    company_word: bool,
}

/// The memo of [`Recognizer::resolved`]: (surface, canonical) → (name, kind, parent).
type Resolved<'t> =
    super::fast_hash::FastMap<(String, Option<&'t str>), (String, InstitutionKind, Option<String>)>;

impl<'t> Recognizer<'t> {
    pub(crate) fn new(aliases: &'t AliasTable) -> Self {
        let mut r = Self {
            aliases,
            by_first: Vec::new(),
            first_bits: vec![0; 0x1_0000 / 64],
            resolved: core::cell::RefCell::default(),
            associations: false,
            company_word: false,
        };
        let mut all: Vec<(char, &'t str, &'t str)> = aliases
            .surfaces()
            .filter_map(|(s, c)| Some((s.chars().next()?, s, c)))
            .collect();
        all.sort_by_key(|&(c, s, _)| (c, core::cmp::Reverse(s.len())));
        for (c, s, canonical) in all {
            match r.by_first.last_mut() {
                Some((f, v)) if *f == c => v.push((s, canonical)),
                _ => r.by_first.push((c, vec![(s, canonical)])),
            }
            r.mark(c);
        }
        r
    }

    fn mark(&mut self, c: char) {
        let i = c as usize;
        if let Some(w) = self.first_bits.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    /// The surfaces starting with `c`, longest first.
    fn starting_with(&self, c: char) -> &[(&'t str, &'t str)] {
        let i = c as usize;
        if self
            .first_bits
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) == 0)
        {
            return &[];
        }
        self.by_first
            .binary_search_by_key(&c, |(f, _)| *f)
            .ok()
            .and_then(|k| self.by_first.get(k))
            .map_or(&[], |(_, v)| v.as_slice())
    }

    /// Adds document-level short forms (乡城 for 乡城县).
    pub(crate) fn add_short(&mut self, short: &'t str, canonical: &'t str) {
        let Some(c) = short.chars().next() else {
            return;
        };
        let k = match self.by_first.binary_search_by_key(&c, |(f, _)| *f) {
            Ok(k) => k,
            Err(k) => {
                self.by_first.insert(k, (c, Vec::new()));
                k
            }
        };
        self.mark(c);
        if let Some((_, v)) = self.by_first.get_mut(k)
            && !v.iter().any(|(s, _)| *s == short)
        {
            v.push((short, canonical));
            v.sort_by_key(|(s, _)| core::cmp::Reverse(s.len()));
        }
    }

    /// Takes 我会 / 本会 for the author's pronouns (see [`names_an_association`]).
    pub(crate) fn allow_association_pronouns(&mut self) {
        self.associations = true;
    }

    /// Takes a bare 公司 opening a clause for the author's 我公司 (see [`calls_itself_company`]).
    pub(crate) fn allow_company_word(&mut self) {
        self.company_word = true;
    }

    /// All mentions in `text` (which starts at byte `offset` of the document), in order and
    /// not overlapping.
    pub(crate) fn mentions(&self, text: &str, offset: usize) -> Vec<Mention> {
        let mut cands: Vec<(usize, usize, Option<&str>, bool)> = Vec::new();
        for (i, c) in text.char_indices() {
            let rest = text.get(i..).unwrap_or_default();
            // Pronouns.
            if c == '我' || c == '本' {
                if let Some(p) = PRONOUNS.iter().find(|p| rest.starts_with(**p)).filter(|p| {
                    // 我会同X is 我 会同 (together with) X.
                    (!p.ends_with('会')
                        || self.associations
                            && !rest.get(p.len()..).is_some_and(|r| r.starts_with('同')))
                        // 我关注, 我关心, 我关于: a verb or a preposition, no customs house.
                        && !(p.ends_with('关')
                            && rest.get(p.len()..).is_some_and(|r| {
                                r.starts_with(|c: char| "注心于键联切爱系怀照闭掉卡口".contains(c))
                            }))
                }) {
                    // An enterprise's units are no units of a school or a hospital (我集团联合
                    // 甲医院 is the author, then a partner).
                    let unit = if p.ends_with("集团") || p.ends_with("公司") {
                        0
                    } else {
                        let after = rest.get(p.len()..).unwrap_or_default();
                        // A county's or a district's towns (本县扎陵湖乡, 我区安亭镇).
                        // A county-level city's towns too (我市六库镇).
                        let town = if p.ends_with(['县', '区', '市', '旗']) {
                            town_after(after)
                        } else {
                            0
                        };
                        // A city's districts and counties (我市和平区、河西区).
                        let district = if CITY_PRONOUNS.contains(p) {
                            district_after(after)
                        } else {
                            0
                        };
                        // A school's teaching group (我校英语组, 本校数学教研组).
                        let group = if matches!(*p, "我校" | "本校") {
                            subject_group_after(after)
                        } else {
                            0
                        };
                        // A bureau of the place's government (我县卫生健康局, 本区教育局).
                        let bureau = if p.ends_with(['县', '区', '市', '州', '旗']) {
                            bureau_after(after)
                        } else {
                            0
                        };
                        let unit = unit_after(after)
                            .max(town)
                            .max(district)
                            .max(group)
                            .max(bureau);
                        // A town's mass organisation (我县金顶镇妇联).
                        let org = if unit > 0 && unit == town {
                            after.get(unit..).map_or(0, |r| {
                                crate::alias::mass_organisation_words()
                                    .filter(|w| r.starts_with(w))
                                    .map(|w| w.len())
                                    .max()
                                    .unwrap_or(0)
                            })
                        } else {
                            0
                        };
                        unit + org
                    };
                    // 我院重症医学科: a department of the author's hospital; "我院急诊医学科与
                    // 乙医院急诊科" ends at the department the conjunction follows.
                    let department = (*p == "我院")
                        .then(|| department_after(rest, p.len()))
                        .flatten();
                    let unit = match department {
                        Some(d) if unit == 0 => d,
                        Some(d)
                            if d < unit
                                && rest.get(p.len() + d..).is_some_and(|r| {
                                    r.starts_with(['与', '和', '及', '、', '，', ','])
                                }) =>
                        {
                            d
                        }
                        _ => unit,
                    };
                    cands.push((i, i + p.len() + unit, None, true));
                } else if let Some(len) = we_support(rest) {
                    cands.push((i, i + len, None, true));
                }
                continue;
            }
            // A company's own text calls it 公司 (上半年，公司投入…): its 我公司.
            if c == '公'
                && self.company_word
                && rest.starts_with("公司")
                && clause_opens_at(text, i)
            {
                cands.push((i, i + "公司".len(), None, true));
                continue;
            }
            // The addressee of a letter (贵校, 贵院理学院): named as written, renamed once the
            // addressee is known (see `addressee`).
            if (c == '贵' || c == '你')
                && let Some(len) = super::addressee::form_at(text, i)
            {
                let after = rest.get(len..).unwrap_or_default();
                cands.push((i, i + len + unit_after(after), None, false));
            }
            // Alias table and short forms.
            for (surface, canonical) in self.starting_with(c) {
                if starts_with(rest, surface) && alias_ok(text, i, surface) {
                    cands.push((i, i + surface.len(), Some(*canonical), false));
                    break;
                }
            }
            // Name shapes ending here (cheap first-character filter before the table).
            if class(c) & IS_SUFFIX_FIRST == 0 {
                continue;
            }
            for &(suffix, min_body) in suffixes_starting_with(c) {
                let after = rest.get(suffix.len()..).unwrap_or_default();
                // 中学生 (pupils) is no school, 第一中学学生 is a school's pupils: a suffix
                // ending in 学 is cut only by 生, one ending in 中 by 学生 too.
                if !starts_with(rest, suffix)
                    || after.starts_with('习')
                    || (suffix.ends_with(['学', '學', '中'])
                        && suffix != "大学"
                        && suffix != "大學"
                        && (after.starts_with('生')
                            || (suffix.ends_with('中') && after.starts_with("学生"))))
                {
                    continue;
                }
                if matches!(suffix, "一小" | "二小" | "三小") && !short_primary_ok(text, i, after)
                {
                    continue;
                }
                // 中心校区 is a campus of a university, no school of a township.
                if (suffix == "中心校" && after.starts_with('区'))
                    || (suffix == "中心" && after.starts_with("校区"))
                {
                    continue;
                }
                // 镇镇结对, 村村通: a doubled 镇/村/乡 is town-to-town work, no name.
                if matches!(suffix, "镇" | "村" | "乡")
                    && (after.starts_with(suffix)
                        || text.get(..i).is_some_and(|b| b.ends_with(suffix)))
                {
                    continue;
                }
                // 组 (组织, 领导小组: frequent) only after a school subject: rejected before
                // walking left.
                if matches!(suffix, "组" | "教研组")
                    && !text.get(..i).is_some_and(|b| {
                        let b = b.strip_suffix("教研").unwrap_or(b);
                        SCHOOL_SUBJECTS.iter().any(|w| b.ends_with(w))
                    })
                {
                    continue;
                }
                // 乡村, 乡镇 (frequent): rejected before walking left.
                if suffix == "乡"
                    && after.starts_with(['村', '镇', '土', '亲', '情', '愁', '下', '里'])
                {
                    continue;
                }
                let end = i + suffix.len();
                let start = walk_left(text, i);
                // 浙江省对口支援和区域合作工作领导小组办公室, 江苏省对口支援新疆前方指挥部: an
                // office named after the support it runs is one name, its place included.
                let walked = start;
                let start = if matches!(suffix, "办公室" | "指挥部" | "领导小组") {
                    support_office_start(text, start)
                } else {
                    start
                };
                let support_office = start != walked;
                // 领导小组 of anything else (扶贫开发领导小组 of a county's own work) is no
                // party of the support.
                if suffix == "领导小组" && !support_office {
                    continue;
                }
                // A known name the walk stopped inside (塔里木大学化学学院: 里 ends names
                // elsewhere) starts the unit written right after it.
                let start = cands
                    .iter()
                    .rev()
                    .take(4)
                    .find(|c| c.2.is_some() && c.0 < start && c.1 > start && c.1 <= i)
                    .map_or(start, |c| c.0);
                // The schools of a university named by one character (工学院, 理学院, 医学院),
                // whose character may end names elsewhere (工作): at the start of a clause.
                let start = match text.get(..i).and_then(|b| b.chars().next_back()) {
                    Some(c)
                        if suffix == "学院"
                            && ONE_CHARACTER_SCHOOLS.contains(&c)
                            && start == i
                            && clause_opens_at(text, i - c.len_utf8()) =>
                    {
                        i - c.len_utf8()
                    }
                    _ => start,
                };
                // A customs house under another (我关隶属海沧海关, 乌鲁木齐海关所属霍尔果斯海关):
                // the name starts after the word of belonging.
                let start = if suffix == "海关" {
                    let walked = text.get(start..i).unwrap_or_default();
                    ["隶属", "所属", "下属"]
                        .iter()
                        .filter_map(|w| walked.rfind(w).map(|p| start + p + w.len()))
                        .max()
                        .unwrap_or(start)
                } else {
                    start
                };
                let body = text.get(start..i).unwrap_or_default();
                let body_n = body.chars().count();
                // A one-character unit (药学院, 工学院) only in a list after a unit of an
                // institution, which `qualify_unit` checks below.
                let listed_unit = (body_n == 1
                    && (suffix == "学院"
                        || (suffix == "科" && ["儿", "眼", "骨", "妇", "产"].contains(&body))))
                    && text
                        .get(..start)
                        .is_some_and(|b| b.ends_with(['、', '和', '及']));
                // A department listed right after a department (重症医学科和新生儿科):
                // `qualify_unit` gives it the hospital of the one before.
                let listed_unit = listed_unit
                    || (suffix == "科"
                        && (2..=5).contains(&body_n)
                        && !body.ends_with(['专', '本'])
                        && (!body.ends_with('学') || body.ends_with("医学"))
                        && text.get(..start).is_some_and(|b| {
                            ["科、", "科和", "科及"].iter().any(|w| b.ends_with(w))
                        }));
                // A major listed right after a major (旅游专业、汽修专业) belongs to the same
                // school (`qualify_unit`).
                let listed_unit = listed_unit
                    || (suffix.starts_with("专业")
                        && (2..=8).contains(&body_n)
                        && text.get(..start).is_some_and(|b| {
                            ["专业、", "专业和", "专业及"]
                                .iter()
                                .any(|w| b.ends_with(w))
                        }));
                // A school's teaching group listed after a unit (信息中心、数学科组): as above.
                let listed_unit = listed_unit
                    || (matches!(suffix, "组" | "教研组")
                        && subject_group(body)
                        && text
                            .get(..start)
                            .is_some_and(|b| b.ends_with(['、', '和', '及'])));
                // 省教育厅, 市教育局, 市农业农村局: the place of the text (resolved by the
                // extractor).
                let bare_place_body = matches!(body, "省" | "市" | "县")
                    && (matches!(suffix, "委员会" | "卫生健康委" | "卫健委")
                        || suffix.ends_with(['局', '厅', '社'])
                        // 县妇联, 市科协, 县总工会: the place's mass organisations.
                        || crate::alias::mass_organisation_words().any(|o| o == suffix));
                let one_character = suffix == "学院"
                    && body_n == 1
                    && clause_opens_at(text, start)
                    && one_character_school(&format!("{body}学院"));
                if (body_n < min_body && !listed_unit && !bare_place_body && !one_character)
                    || body_n > if support_office { 28 } else { 16 }
                    || (suffix == "小学" && body.ends_with('中'))
                {
                    continue;
                }
                // 四家医院, 两所学校, 3所中学: a count of institutions, none of them named; 10个附属
                // 医院科室 (the walk stopped at the digits); 县级医院, 二级学院: a level.
                if counted(body) || counted_after(text, start, body) || level(body) {
                    continue;
                }
                // 理化中学初中教师: the school's junior section, the school named before it.
                if suffix == "初中" && body.ends_with("中学") {
                    continue;
                }
                // 处长 is a post (教务处副处长), not an office named 教务处副处.
                // So is a post in an office (教务处副主任): the person's institution acts.
                if (suffix == "系" || suffix == "处")
                    && (!department_ok(body)
                        || after.starts_with('长')
                        || (suffix == "处"
                            && school_office(body)
                            && ["主任", "副主任", "副处长", "干事", "科长"]
                                .iter()
                                .any(|p| after.starts_with(p))))
                {
                    continue;
                }
                if suffix == "科" && !listed_unit && !hospital_department_ok(body) {
                    continue;
                }
                if suffix.starts_with("专业")
                    && ((!listed_unit && !school_unit_ok(body))
                        || MAJOR_PEOPLE.iter().any(|p| after.starts_with(p)))
                {
                    continue;
                }
                if matches!(suffix, "组" | "教研组") && !listed_unit && !teaching_group_ok(body)
                {
                    continue;
                }
                // A district listed after another (深圳市福田区、南山区) is a district, though its
                // name ends like a kind of area.
                let listed_district = body.chars().count() == 2
                    && text.get(..start).is_some_and(|b| b.ends_with("区、"));
                if suffix == "区" && !district_ok(body) && !listed_district {
                    continue;
                }
                if suffix.ends_with("区") && suffix.chars().count() > 2 && !park_ok(body) {
                    continue;
                }
                // 中心小学校长 is the head of 中心小学; 南京农业大学校史 is the history of 南京农业
                // 大学 (校史, 校庆, 校友 …: words of the university's own).
                if suffix == "学校"
                    && (after.starts_with('长')
                        || (body.ends_with('大')
                            && after.starts_with([
                                '史', '训', '庆', '友', '歌', '徽', '区', '园', '报', '刊',
                            ])))
                {
                    continue;
                }
                // A centre or office of the author (本校师资培育中心) is the author's work; a
                // place's school or clinic named 中心 (我县职业教育中心) is an institution.
                if matches!(suffix, "中心" | "办公室")
                    && PRONOUNS.iter().any(|p| {
                        text.get(..start).is_some_and(|b| b.ends_with(p))
                            && !(suffix == "中心"
                                && PLACE_PRONOUNS.contains(p)
                                && ["职业教育", "职教", "卫生服务", "保健"]
                                    .iter()
                                    .any(|w| body.has(w)))
                    })
                {
                    continue;
                }
                // 工作办公室, 工作领导小组办公室: the office of a task (对口支援工作办公室),
                // named after the work, not an institution.
                if suffix == "办公室" && (body.starts_with("工作") || body.starts_with("领导"))
                {
                    continue;
                }
                // An institution's office for its aid work (厦门海关援疆工作领导小组办公室,
                // 甲公司对口支援工作领导小组办公室) stands for the institution, named before it; a
                // place's office (湖北省援藏工作领导小组办公室) is a body of its own.
                if matches!(suffix, "办公室" | "领导小组") && institution_aid_office(body) {
                    continue;
                }
                // 中小学校, 乡镇学校, 成员学校, 普安县学校 are kinds of school, not a school.
                if suffix == "学校" && !school_body_ok(body) {
                    continue;
                }
                if matches!(suffix, "嘎查" | "村" | "苏木") && !village_ok(body, suffix) {
                    continue;
                }
                if suffix == "党校" && !party_school_ok(body) {
                    continue;
                }
                if suffix == "海关" && !customs_ok(body) {
                    continue;
                }
                if suffix.ends_with("景区") && !scenic_ok(body) {
                    continue;
                }
                if suffix == "分局" {
                    // Its bureau or its place before it (…县税务局桑桑税务分局, 城关分局 alone
                    // is a police station's short name: no).
                    if !body.contains(['局', '县', '市', '区']) {
                        continue;
                    }
                } else if matches!(suffix, "局" | "厅" | "联合社" | "社" | "协会" | "所") {
                    if !bureau_ok(body, suffix) {
                        continue;
                    }
                } else if suffix.chars().count() == 1
                    && suffix != "系"
                    && suffix != "科"
                    && suffix != "处"
                    && !place_ok(text, body, end, suffix)
                {
                    continue;
                }
                // A known name at the end wins over verbs glued before it (抓好南京大学).
                let start = self.known_tail(text, start, end).unwrap_or(start);
                cands.push((start, end, None, false));
                break;
            }
        }
        // Prefer the earliest start, then the longest.
        cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out: Vec<Mention> = Vec::new();
        let mut last_end = 0usize;
        for (s, e, canonical, pronoun) in cands {
            if s < last_end {
                continue;
            }
            // A later candidate that starts inside and ends further wins over a short alias
            // only when it begins at the same place (handled by the sort).
            // 我所在的学校阿图什市第一中学: the word 学校 before a school named by its place is
            // no part of the name.
            let s = match text.get(s..e).and_then(|t| t.strip_prefix("学校")) {
                Some(rest) if !pronoun && place_led_school(rest) => e - rest.len(),
                _ => s,
            };
            let Some(surface) = text.get(s..e) else {
                continue;
            };
            if !pronoun && GENERIC.contains(&surface) {
                continue;
            }
            // A facility the sentence builds (帮助新建胸痛中心): the verb is no part of a name.
            if !pronoun
                && ["新建", "建成", "援建", "组建", "设立"]
                    .iter()
                    .filter_map(|v| surface.strip_prefix(v))
                    .any(|rest| GENERIC.contains(&rest))
            {
                continue;
            }
            // A centre built for a body and named by no place (为奉节县供销合作社援建农产品分拣
            // 中心): a facility, not a party.
            if !pronoun
                && surface.ends_with("中心")
                && !surface.contains(|c: char| "省市县区州镇乡村".contains(c))
                && text.get(..s).is_some_and(|b| {
                    ["新建", "建成", "援建", "建设"]
                        .iter()
                        .any(|v| b.ends_with(v))
                })
            {
                continue;
            }
            // 受援县 (受援市, 受援州), 受援县供销社: the recipient counties (or their bodies) in
            // general, no county named 援.
            if !pronoun
                && ["援县", "援市", "援区", "援州", "援省"]
                    .iter()
                    .any(|p| surface.starts_with(p))
                && text.get(..s).is_some_and(|b| b.ends_with('受'))
            {
                continue;
            }
            let (name, kind, parent) = if pronoun {
                // 本县 (本市, 本区, 本州, 本省) is named as 我县 is.
                let name = match surface.strip_prefix('本') {
                    Some(r) if r.starts_with(['县', '市', '区', '州', '省', '旗']) => {
                        format!("我{r}")
                    }
                    // A company's bare 公司 (see `company_word`).
                    _ if surface == "公司" => "我公司".to_owned(),
                    _ => surface.to_owned(),
                };
                (name, InstitutionKind::Other, None)
            } else {
                let (name, kind, parent) = self.resolve_name(surface, canonical);
                // A committee's party school is named with its party (岳普湖县委党校 is 中共岳普湖
                // 县委党校), the text's own (市委党校) left for the extractor.
                let name = if name.ends_with("委党校")
                    && !name.starts_with("中共")
                    && !name.starts_with(['省', '市', '县', '区', '州'])
                {
                    format!("中共{name}")
                } else {
                    name
                };
                (name, kind, parent)
            };
            // The party written before its school (与中共岳普湖县委党校结对) is part of the name's
            // text: what comes before the mention is 与, not 中共.
            let (s, surface) = match text.get(..s) {
                Some(b) if !pronoun && name.ends_with("委党校") && b.ends_with("中共") => {
                    let s = s - "中共".len();
                    (s, text.get(s..e).unwrap_or(surface))
                }
                _ => (s, surface),
            };
            // "甲医院重症医学科" with a long hospital name: the department extends the hospital.
            let (e, name, surface) = match department_after(text, e) {
                Some(d) if !pronoun && hospital_end(&name) == Some(name.len()) => {
                    let end = e + d;
                    let full = text.get(s..end).unwrap_or(surface);
                    (
                        end,
                        format!("{name}{}", text.get(e..end).unwrap_or_default()),
                        full,
                    )
                }
                _ => (e, name, surface),
            };
            // A unit name wrapped onto the next line of a running sentence (…挂任新疆理工学院⏎
            // 信息工程学院副院长) is one name with the institution before the break.
            if let Some(prev) = out.last()
                && let Some((joined, start)) = wrapped_unit(text, offset, prev, s, &name, pronoun)
            {
                let (name, kind, parent) = self.resolve_name(&joined, None);
                out.pop();
                out.push(Mention {
                    start,
                    end: offset + e,
                    name,
                    surface: joined,
                    kind,
                    pronoun: false,
                    parent,
                });
                last_end = e;
                continue;
            }
            // 我县职业教育中心: a place's centre written right after the place pronoun is the
            // pronoun's unit (one mention, resolved with the author's place).
            if !pronoun
                && name.ends_with("中心")
                && let Some(prev) = out.last()
                && prev.pronoun
                && prev.end == offset + s
                && PLACE_PRONOUNS.contains(&prev.name.as_str())
            {
                let start = prev.start;
                let joined = format!("{}{name}", prev.name);
                out.pop();
                out.push(Mention {
                    start,
                    end: offset + e,
                    name: joined,
                    surface: text
                        .get(start.saturating_sub(offset)..e)
                        .unwrap_or(surface)
                        .to_owned(),
                    kind: InstitutionKind::Other,
                    pronoun: true,
                    parent: None,
                });
                last_end = e;
                continue;
            }
            // "甲大学A学院、B学院": a bare unit joined to a unit of an institution is a unit
            // of the same institution (B学院 → 甲大学B学院; 我校A学院、B学院 → 我校B学院).
            let (name, pronoun, kind, parent) = match out
                .last()
                .and_then(|prev| qualify_unit(text, offset, prev, s, &name, pronoun))
            {
                None if !pronoun
                    && surface.chars().count() < 4
                    && surface.ends_with("学院")
                    && !(one_character_school(surface) && clause_opens_at(text, s)) =>
                {
                    continue;
                }
                Some((q, q_pronoun)) => {
                    let parent = if q_pronoun { None } else { self.parent_of(&q) };
                    let kind = if q_pronoun {
                        InstitutionKind::Other
                    } else if parent.is_some() {
                        InstitutionKind::Department
                    } else {
                        InstitutionKind::guess(&q)
                    };
                    (q, q_pronoun, kind, parent)
                }
                None => (name, pronoun, kind, parent),
            };
            out.push(Mention {
                start: offset + s,
                end: offset + e,
                name,
                surface: surface.to_owned(),
                kind,
                pronoun,
                parent,
            });
            last_end = e;
        }
        super::corps::add_divisions(text, offset, &mut out);
        out
    }

    /// The canonical name of a written name (`canonical` when the alias table gave it), its
    /// kind and its parent institution, once per document for each written name.
    fn resolve_name(
        &self,
        surface: &str,
        canonical: Option<&'t str>,
    ) -> (String, InstitutionKind, Option<String>) {
        let key = (surface.to_owned(), canonical);
        if let Some(done) = self.resolved.borrow().get(&key) {
            return done.clone();
        }
        let name = canonical.map_or_else(|| self.aliases.resolve(surface), str::to_owned);
        // 四川省广元市苍溪县职业高级中学 is 苍溪县职业高级中学 (the written form stays the
        // surface, an alias).
        let name = match crate::alias::county_led(&name) {
            Some(own) => own.to_owned(),
            None => name,
        };
        let kind = self
            .aliases
            .kind_of(&name)
            .unwrap_or_else(|| InstitutionKind::guess(&name));
        let parent = self.parent_of(&name);
        // A unit of a college (its 学院, its 图书馆) is a department of it.
        let kind = if parent.is_some()
            && (kind == InstitutionKind::College
                || (kind == InstitutionKind::Other && name.ends_with("图书馆")))
        {
            InstitutionKind::Department
        } else {
            kind
        };
        let done = (name, kind, parent);
        self.resolved.borrow_mut().insert(key, done.clone());
        done
    }

    /// The start of the longest known name (from the alias table) that ends at `end` and starts
    /// after `start`, unless what precedes it is a place name (甘孜州乡城县 stays whole).
    fn known_tail(&self, text: &str, start: usize, end: usize) -> Option<usize> {
        let cand = text.get(start..end)?;
        for (i, _) in cand.char_indices().skip(1) {
            let tail = cand.get(i..)?;
            if tail.chars().count() >= 3 && self.aliases.canonical(tail).is_some() {
                let head = cand.get(..i)?;
                // A place, or an institution whose unit this is (福建医科大学附属协和医院 is
                // not 北京协和医院).
                if head.ends_with(['省', '市', '州', '县', '区', '縣'])
                    || ["附属", "大学", "学院", "医院", "集团"]
                        .iter()
                        .any(|h| head.ends_with(h))
                {
                    return None;
                }
                return Some(start + i);
            }
        }
        None
    }

    /// The university a longer name starts with (东北师范大学历史文化学院 → 东北师范大学), or
    /// the college a unit of it does (新疆理工学院机电工程学院 → 新疆理工学院).
    fn parent_of(&self, name: &str) -> Option<String> {
        if let Some(p) = name.find_str("大学") {
            let pos = p + "大学".len();
            if pos >= name.len() {
                return None;
            }
            let head = name.get(..pos)?;
            return (head.chars().count() >= 4).then(|| self.aliases.resolve(head));
        }
        // A college or a school before its unit: the first head that leaves a unit after it.
        SCHOOL_HEADS.iter().find_map(|h| {
            let pos = name.find(h)? + h.len();
            let (head, unit) = (name.get(..pos)?, name.get(pos..)?);
            let subject = COLLEGE_UNITS
                .iter()
                .find_map(|u| unit.strip_suffix(u))
                // A college's library (昌吉学院图书馆) has no subject of its own.
                .filter(|sub| sub.chars().count() >= 2 || (sub.is_empty() && unit == "图书馆"))?;
            (head.chars().count() >= 4 && !SCHOOL_HEADS.iter().any(|w| subject.has(w)))
                .then(|| self.aliases.resolve(head))
        })
    }
}

/// `rest.starts_with(word)`, comparing the last byte of `word` first: the words tried at one
/// position share their first character, so this rejects most of them without a `memcmp`.
fn starts_with(rest: &str, word: &str) -> bool {
    let (r, w) = (rest.as_bytes(), word.as_bytes());
    match w.len().checked_sub(1) {
        None => true,
        Some(last) => r.get(last) == w.get(last) && r.get(..w.len()) == Some(w),
    }
}

/// The length of 我们 when it is the author giving support (a speech: 我们先后对口支援X、Y):
/// 我们, a few adverbs, then a verb of support. Elsewhere 我们 is left alone — in quotes and
/// speeches it is too often someone else, or everyone.
fn we_support(rest: &str) -> Option<usize> {
    const ADVERBS: [&str; 12] = [
        "先后", "已经", "已", "一直", "始终", "还", "也", "曾", "将", "共", "累计", "都",
    ];
    const VERBS: [&str; 5] = ["对口支援", "对口帮扶", "结对帮扶", "支援", "帮扶"];
    let after = rest.strip_prefix("我们")?;
    let mut verb = after;
    for _ in 0..2 {
        if let Some(r) = ADVERBS.iter().find_map(|a| verb.strip_prefix(a)) {
            verb = r;
        }
    }
    VERBS
        .iter()
        .any(|v| verb.starts_with(v))
        .then_some("我们".len())
}

/// Where an office named after the support it runs starts: the place before 对口支援(和)…
/// (浙江省对口支援和区域合作…办公室), or `start` when no place is written there.
fn support_office_start(text: &str, start: usize) -> usize {
    let before = text.get(..start).unwrap_or_default();
    let Some(p) = ["对口支援和", "对口支援", "对口帮扶和", "对口帮扶"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .map(str::len)
    else {
        return start;
    };
    let s = walk_left(text, p);
    let place = text.get(s..p).unwrap_or_default();
    if (2..=8).contains(&place.chars().count())
        && ["省", "市", "自治区", "县", "区", "州"]
            .iter()
            .any(|w| place.ends_with(w))
    {
        s
    } else {
        start
    }
}

/// The length of a unit name (医学院, 艺术学院, 物理系) right at the start of `rest`.
fn unit_after(rest: &str) -> usize {
    // A broadcaster's channel (我台新闻频道) too.
    const UNITS: [&str; 12] = [
        "频道",
        "专业部",
        "专业",
        "医学部",
        "学部",
        "学院",
        "系",
        "医院",
        "图书馆",
        "处",
        "中心",
        "办公室",
    ];
    // Schools of a place (我县职业技术学校) need a name of two characters before the head.
    const SCHOOLS: [&str; 7] = [
        "学校",
        "中学",
        "小学",
        "幼儿园",
        "卫生院",
        "保健院",
        "中医院",
    ];
    // A post taken, a stay or a class given (我校挂职实训处副主任, 我校跟岗学习, 赴民大讲授专业
    // 课程) is no unit of the pronoun.
    if [
        "挂职", "挂任", "任职", "支教", "跟岗", "进修", "访学", "学习", "工作", "指导", "开展",
        "讲授", "授课", "讲学", "任教", "执教", "调研", "考察", "交流", "参观", "开设",
        // What the author built or has (我州新建学校12所, 我县现有中学8所).
        "新建", "改建", "扩建", "建成", "新增", "现有", "共有", "所有",
    ]
    .iter()
    .any(|v| rest.starts_with(v))
    {
        return 0;
    }
    // The longest unit wins: 医学院附属第一医院 over 医学院.
    let mut best = 0;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        // 与 and 及 join two disciplines inside a unit name (数学与统计学院, 机械工程及自动化
        // 学院), never at its start nor after a whole unit (物理系与化学系 are two).
        let joins = (c == '与' || c == '及') && n >= 1 && best == 0;
        // 完全小学 (a complete primary school) holds 全, which elsewhere ends a name (全县).
        let complete = c == '全' && rest.get(..i).is_some_and(|h| h.ends_with('完'));
        // 协和医院 holds 和, which elsewhere joins two names.
        let xiehe = c == '和' && rest.get(..i).is_some_and(|h| h.ends_with('协'));
        // 经济管理学院 holds 经, which elsewhere ends a name (经我校推荐).
        let economy = c == '经'
            && rest
                .get(i + c.len_utf8()..)
                .is_some_and(|r| r.starts_with('济'));
        // A unit of a unit (同济医学院附属同济医院) can take fourteen characters, one of two
        // subjects (应用生物及化学科技学系) thirteen, others ten.
        let long = n >= 10
            && !rest.get(..i).is_some_and(|h| h.has("附属"))
            && !(n < 13 && best == 0 && rest.get(..i).is_some_and(|h| h.contains(['与', '及'])));
        if n >= 14
            || long
            || !is_cjk(c)
            || (class(c) & IS_STOP_CHAR != 0 && !joins && !complete && !economy && !xiehe)
        {
            return best;
        }
        let end = i + c.len_utf8();
        let head = rest.get(..end).unwrap_or_default();
        let next = rest.get(end..).and_then(|r| r.chars().next());
        // 教育系统 is no 系, 处于 no 处.
        // 副处长 is a post after the unit (教务处副处长), no unit of its own.
        // 协作关系, 教育体系 and 联系 are no 系 either.
        let not_unit = (c == '系'
            && (next == Some('统') || ["关系", "体系", "联系"].iter().any(|w| head.ends_with(w))))
            || (c == '处' && (n < 2 || next.is_some_and(|x| "于理在置境长".contains(x))));
        // A long-named centre acts for its institution (本校師資培育中心); a short one is an
        // office (我校信息中心).
        // A centre paired as such (我校网络信息中心结成帮扶对子) is the centre.
        let long_centre = head.ends_with("中心")
            && n >= 4
            && !rest
                .get(end..)
                .is_some_and(|r| ["结成", "结为", "结对"].iter().any(|w| r.starts_with(w)));
        // A major needs a name of two characters (我校旅游专业), and not 相关专业.
        let not_major = head.ends_with("专业")
            && (n < 3
                || rest
                    .get(end..)
                    .is_some_and(|r| MAJOR_PEOPLE.iter().any(|p| r.starts_with(p)))
                || head
                    .strip_suffix("专业")
                    .is_some_and(|h| NOT_MAJORS.iter().any(|w| h.ends_with(w))));
        if n >= 1
            && !not_unit
            && !long_centre
            && !not_major
            && UNITS.iter().any(|u| head.ends_with(u))
            && !["大学", "学校", "高校"].iter().any(|w| head.has(w))
        {
            best = end;
        }
        if SCHOOLS.iter().any(|u| {
            head.ends_with(u)
                && head.chars().count() >= u.chars().count() + 2
                && (*u != "学校" || head.get(..head.len() - u.len()).is_some_and(school_body_ok))
        }) {
            best = end;
        }
    }
    best
}

/// The length of a town's name at the start of `rest` (扎陵湖乡, 花石峡镇): two to five name
/// characters, then 镇, 乡 or 街道; 0 when there is none.
fn town_after(rest: &str) -> usize {
    // What the county does (我县开展送教下乡, 我县乡镇) is no town.
    if [
        "开展", "组织", "送教", "支教", "工作", "实施", "推进", "各", "所有", "全部",
    ]
    .iter()
    .any(|v| rest.starts_with(v))
    {
        return 0;
    }
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n >= 7 || !is_cjk(c) || (class(c) & IS_STOP_CHAR != 0 && n < 2) {
            return 0;
        }
        let end = i + c.len_utf8();
        let head = rest.get(..end).unwrap_or_default();
        let suffix = ["镇", "乡", "街道"].iter().find(|s| head.ends_with(**s));
        if let Some(s) = suffix
            && (2..=5).contains(&(head.chars().count() - s.chars().count()))
            && !head.ends_with("乡镇")
            && !head.ends_with("城乡")
            && !head.ends_with("下乡")
        {
            return end;
        }
        if class(c) & IS_STOP_CHAR != 0 {
            return 0;
        }
    }
    0
}

/// The pronouns of a city or a prefecture, whose districts and counties follow them.
const CITY_PRONOUNS: [&str; 4] = ["我市", "本市", "我州", "本州"];

/// The author's place pronouns whose units follow them (我县职业教育中心, 我县甲镇、乙镇).
const PLACE_PRONOUNS: [&str; 5] = ["我县", "我市", "我区", "我州", "我旗"];

/// The length of a district or county named right after a city's pronoun (我市和平区、…,
/// 本市南开区结对…): two or three characters and 区 or 县, then a joiner or the verb that
/// follows a subject; 0 when there is none.
fn district_after(rest: &str) -> usize {
    const NEXT: [&str; 16] = [
        "、", "和", "与", "及", "，", "分别", "结对", "对口", "帮扶", "支援", "援建", "先后",
        "投入", "选派", "共", "累计",
    ];
    for (n, (i, c)) in rest.char_indices().enumerate() {
        // 和 opens 和平区 (a stop character elsewhere: 我市和乙县).
        let stop = class(c) & IS_STOP_CHAR != 0 && !(n == 0 && c == '和');
        if n > 3 || !is_cjk(c) || stop {
            return 0;
        }
        if n >= 2 && (c == '区' || c == '县') {
            let end = i + c.len_utf8();
            let after = rest.get(end..).unwrap_or_default();
            return if NEXT.iter().any(|w| after.starts_with(w)) {
                end
            } else {
                0
            };
        }
    }
    0
}

/// Whether a name's body is a count (四家, 两所, 3个): a numeral and a measure word.
fn counted(body: &str) -> bool {
    let mut cs = body.chars().rev();
    matches!(cs.next(), Some('家' | '所' | '个' | '座'))
        && cs
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两几多百".contains(c))
}

/// Heads of hospital names, after which a department may follow (甲医院心内科, 广州市妇女儿童
/// 医疗中心儿科, 妇幼保健院儿科).
const HOSPITAL_HEADS: [&str; 3] = ["医院", "医疗中心", "保健院"];

/// The end of the hospital a name starts with (its last hospital head), if any.
pub(crate) fn hospital_end(name: &str) -> Option<usize> {
    HOSPITAL_HEADS
        .iter()
        .filter_map(|h| name.rfind(h).map(|p| p + h.len()))
        .max()
}

/// Whether a name's body starts with a measure word right after a numeral the walk left out
/// (10个附属医院: the body is 个附属).
fn counted_after(text: &str, start: usize, body: &str) -> bool {
    body.starts_with(['个', '家', '所', '座', '名'])
        && text
            .get(..start)
            .and_then(|t| t.chars().next_back())
            .is_some_and(|c| {
                c.is_ascii_digit() || "一二三四五六七八九十两几多百０１２３４５６７８９".contains(c)
            })
}

/// Whether a name's body ends with a level (县级医院, 二级学院), not a name (高级中学 is one).
fn level(body: &str) -> bool {
    let mut cs = body.chars().rev();
    cs.next() == Some('级')
        && cs
            .next()
            .is_some_and(|c| "县市省乡区州国一二三四校院".contains(c))
}

/// Two-character aliases (南大, 人大) only between delimiters or before a verb of study.
fn alias_ok(text: &str, at: usize, surface: &str) -> bool {
    if surface.chars().count() > 2 {
        return true;
    }
    let before = text.get(..at).and_then(|t| t.chars().next_back());
    // The object of a verb of help too (对口支援阿里, 帮扶乡城).
    let ok_before = before.is_none_or(|c| !is_cjk(c) || "在与和及、到赴从向对为援扶".contains(c));
    let after = text
        .get(at + surface.len()..)
        .and_then(|t| t.chars().next());
    let ok_after = after.is_none_or(|c| !is_cjk(c) || "攻读学习进修访与和及、对为的签".contains(c));
    ok_before && ok_after
}

/// A 系 is a department only after a university or college name and a subject of two or more
/// characters (清华大学水利系), not 关系/体系/联系.
fn department_ok(body: &str) -> bool {
    // Short forms of colleges too (和田师专教育系, 黔南民族职院建筑系), and the offices of
    // schools (中山一中教务处, 甲中学政教处).
    let subject = COLLEGE_HEADS
        .iter()
        .chain(SCHOOL_OFFICE_HEADS.iter())
        .filter_map(|h| body.rfind(h).map(|p| p + h.len()))
        .max()
        .and_then(|p| body.get(p..))
        .unwrap_or_default();
    subject.chars().count() >= 2
        && !subject.ends_with(['关', '体', '联', '派', '谱', '世', '维', '干'])
}

/// Heads of a university or college, full or short, that its departments follow
/// (和田师专教育系).
const COLLEGE_HEADS: [&str; 7] = ["大学", "学院", "大學", "學院", "师专", "职院", "师院"];

/// Heads of a school that its offices follow (中山一中教务处).
const SCHOOL_OFFICE_HEADS: [&str; 7] = ["中学", "学校", "一中", "二中", "三中", "高中", "附中"];

/// Whether an office's body is a school's (甲中学教务, 中山一中政教), not a college's or a
/// university's: the school's head is the last head written.
fn school_office(body: &str) -> bool {
    let last = |heads: &[&str]| heads.iter().filter_map(|h| body.rfind(h)).max();
    match (last(&SCHOOL_OFFICE_HEADS), last(&COLLEGE_HEADS)) {
        (Some(s), Some(c)) => s > c,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Heads of a college's units (新疆理工学院机电工程学院, 衢州职业技术学院图书馆).
const COLLEGE_UNITS: [&str; 8] = ["学院", "系", "部", "图书馆", "研究所", "中心", "处", "专业"];

/// Heads of a school whose sections and majors are named after it (甲职业高级中学机电专业部).
const SCHOOL_HEADS: [&str; 7] = ["中学", "学校", "职中", "中专", "职高", "学院", "大学"];

/// Subjects that are no major's name (相关专业, 重点专业).
const NOT_MAJORS: [&str; 13] = [
    "相关", "各个", "优势", "重点", "骨干", "特色", "热门", "主干", "新兴", "传统", "紧缺", "品牌",
    "一流",
];

/// People of a major (护理专业教师): the major describes them, it is no unit that acts.
const MAJOR_PEOPLE: [&str; 6] = ["教师", "老师", "学生", "骨干", "带头人", "毕业生"];

/// A 专业部 or a 专业 is a unit only right after a school's name and a subject of two or more
/// characters (衢州中专旅游服务与管理专业, 苍溪县职业高级中学机电专业部), not 相关专业 nor a school's
/// 专业 in general.
fn school_unit_ok(body: &str) -> bool {
    let subject = SCHOOL_HEADS
        .iter()
        .filter_map(|h| body.rfind(h).map(|p| p + h.len()))
        .max()
        .and_then(|p| body.get(p..))
        .unwrap_or_default();
    (2..=10).contains(&subject.chars().count())
        && subject.chars().all(is_cjk)
        && !NOT_MAJORS.iter().any(|w| subject.ends_with(w))
        && !subject.contains('的')
}

/// Whether `name` is a school named after its place (阿图什市第一中学): a place suffix within
/// its first six characters, a school's suffix at its end.
fn place_led_school(name: &str) -> bool {
    ["中学", "小学", "学校", "职中", "中专"]
        .iter()
        .any(|h| name.ends_with(h))
        && name
            .chars()
            .take(6)
            .skip(1)
            .any(|c| matches!(c, '省' | '市' | '县' | '区' | '州'))
}

/// School subjects whose teachers form a teaching group (物理组, 数学教研组).
pub(crate) const SCHOOL_SUBJECTS: [&str; 16] = [
    "语文",
    "数学",
    "英语",
    "物理",
    "化学",
    "生物",
    "历史",
    "地理",
    "政治",
    "体育",
    "音乐",
    "美术",
    "信息技术",
    "理化",
    "文综",
    "理综",
];

/// The length of a school's teaching group named right at the start of `rest` (英语组, 数学
/// 教研组, 物理科组), 0 when none: a subject, then the group.
pub(crate) fn subject_group_after(rest: &str) -> usize {
    SCHOOL_SUBJECTS
        .iter()
        .find_map(|w| {
            let after = rest.strip_prefix(w)?;
            ["教研组", "科组", "备课组", "组"]
                .iter()
                .find(|g| after.starts_with(**g))
                .map(|g| w.len() + g.len())
        })
        .unwrap_or(0)
}

/// Whether the body before 组 or 教研组 is a school (or its short form) and a subject: 甲中学物理,
/// 学校数学, 苏中化学 (a short form of two to four characters), with 教研 allowed after the
/// subject.
fn teaching_group_ok(body: &str) -> bool {
    let body = group_body(body);
    let Some(owner) = SCHOOL_SUBJECTS.iter().find_map(|w| body.strip_suffix(w)) else {
        return false;
    };
    SCHOOL_HEADS
        .iter()
        .chain(["一中", "二中", "三中", "附中", "高中"].iter())
        .any(|h| owner.ends_with(h))
        || ((2..=4).contains(&owner.chars().count()) && owner.ends_with('中'))
}

/// The body of a teaching group without its 教研 or 科 (数学教研组, 数学科组 → 数学…).
fn group_body(body: &str) -> &str {
    body.strip_suffix("教研")
        .or_else(|| body.strip_suffix('科'))
        .unwrap_or(body)
}

/// Whether a bare group's body is a school subject and nothing else (数学科, 英语教研).
fn subject_group(body: &str) -> bool {
    SCHOOL_SUBJECTS.contains(&group_body(body))
}

/// Unit heads of a bare unit name that can belong to the institution of the list item before.
const BARE_UNITS: [&str; 12] = [
    "组",
    "专业部",
    "专业",
    "学院",
    "学部",
    "系",
    "科",
    "研究所",
    "图书馆",
    "办公室",
    "中心",
    "处",
];

/// Whether a mention names a unit of an institution: written with its institution
/// (甲大学乙学院), with the author's pronoun (我校乙学院) or bare (乙学院).
pub(crate) fn is_unit(m: &Mention) -> bool {
    m.parent.is_some() || (m.pronoun && m.name.chars().count() > 3) || bare_college(&m.name)
}

/// A bare unit (信息工程学院) right after a line break that follows a university or college of
/// the same sentence: the written name joined over the break, and where it starts.
fn wrapped_unit(
    text: &str,
    offset: usize,
    prev: &Mention,
    s: usize,
    name: &str,
    pronoun: bool,
) -> Option<(String, usize)> {
    if pronoun
        || prev.pronoun
        || prev.parent.is_some()
        || !matches!(
            prev.kind,
            InstitutionKind::University | InstitutionKind::College
        )
    {
        return None;
    }
    let gap = text.get(prev.end.checked_sub(offset)?..s)?;
    if !gap.contains('\n') || !gap.trim().is_empty() {
        return None;
    }
    let head = BARE_UNITS.iter().find(|u| name.ends_with(**u))?;
    let body = name.get(..name.len() - head.len())?;
    if body.chars().count() < 2
        || [
            "大学", "大學", "医院", "醫院", "学院", "学校", "中学", "职中", "中专",
        ]
        .iter()
        .any(|h| body.contains(h))
    {
        return None;
    }
    Some((format!("{}{name}", prev.surface), prev.start))
}

/// The full name of a bare unit (计算机学院) listed right after a unit of an institution
/// (华中科技大学机械学院、计算机学院): the institution's name (or the author's pronoun) is
/// put before it. `s` is the bare unit's start in `text` (which starts at byte `offset`).
fn qualify_unit(
    text: &str,
    offset: usize,
    prev: &Mention,
    s: usize,
    name: &str,
    pronoun: bool,
) -> Option<(String, bool)> {
    if pronoun {
        return None;
    }
    // "我市和平区、河西区": a district listed after one of the author's city.
    if prev.pronoun
        && (name.ends_with('区') || name.ends_with('县'))
        && (3..=4).contains(&name.chars().count())
        && let Some(owner) = CITY_PRONOUNS.iter().find(|p| prev.name.starts_with(**p))
        && prev.name.ends_with(['区', '县'])
        && LIST_JOINERS.contains(&text.get(prev.end.checked_sub(offset)?..s)?.trim())
    {
        return Some((format!("{owner}{name}"), true));
    }
    if let Some(q) = numbered_school_of_place(text, offset, prev, s, name) {
        return Some(q);
    }
    if let Some(q) = town_of_placed_town(text, offset, prev, s, name) {
        let pronoun = prev.pronoun && PRONOUNS.iter().any(|p| q.starts_with(p));
        return Some((q, pronoun));
    }
    let head = BARE_UNITS.iter().find(|u| name.ends_with(**u))?;
    let body = name.get(..name.len() - head.len())?;
    if [
        "大学", "大學", "医院", "醫院", "学院", "学校", "中学", "职中", "中专",
    ]
    .iter()
    .any(|h| body.contains(h))
    {
        return None;
    }
    let gap = text.get(prev.end.checked_sub(offset)?..s)?;
    if !LIST_JOINERS.contains(&gap.trim()) {
        return None;
    }
    // The hospital `prev` is a unit of (甲医院重症医学科 → 甲医院).
    let hospital = || {
        hospital_end(&prev.name)
            .filter(|&h| h < prev.name.len())
            .and_then(|h| prev.name.get(..h))
    };
    let owner = if prev.pronoun {
        PRONOUNS
            .iter()
            .find(|p| prev.name.starts_with(**p) && prev.name.len() > p.len())?
    } else if let Some(h) = hospital().filter(|_| name.ends_with('科')) {
        // A department listed after a department of a university's hospital (甲大学乙医院
        // 心内科、重症医学科) is the hospital's, not the university's.
        h
    } else if let Some(p) = &prev.parent {
        p.as_str()
    } else {
        // A hospital's other units listed after one of its units: the hospital's.
        hospital()?
    };
    let prev_unit = prev.name.strip_prefix(owner)?;
    if prev_unit.is_empty() || !BARE_UNITS.iter().any(|u| prev_unit.ends_with(u)) {
        return None;
    }
    Some((format!("{owner}{name}"), prev.pronoun))
}

/// A numbered school with no place (第二中学) listed right after a school of a place
/// (布拖县第一中学、第二中学; 我县第一中学和第二中学) is a school of the same place.
fn numbered_school_of_place(
    text: &str,
    offset: usize,
    prev: &Mention,
    s: usize,
    name: &str,
) -> Option<(String, bool)> {
    let body = ["中学", "小学"]
        .iter()
        .find_map(|h| name.strip_suffix(h))?
        .strip_prefix('第')?;
    if body.is_empty()
        || body.chars().count() > 3
        || !body.chars().all(|c| "一二三四五六七八九十".contains(c))
    {
        return None;
    }
    let gap = text.get(prev.end.checked_sub(offset)?..s)?;
    if !LIST_JOINERS.contains(&gap.trim()) {
        return None;
    }
    let place_end = if prev.pronoun {
        PRONOUNS
            .iter()
            .filter(|p| p.ends_with(['县', '市', '区']))
            .find(|p| prev.name.starts_with(**p) && prev.name.len() > p.len())?
            .len()
    } else {
        prev.name.rfind(['县', '市', '区'])? + '县'.len_utf8()
    };
    let school = prev.name.get(place_end..)?;
    if !["中学", "小学"].iter().any(|h| school.ends_with(h)) || school.contains(['县', '市', '区'])
    {
        return None;
    }
    Some((
        format!("{}{name}", prev.name.get(..place_end)?),
        prev.pronoun,
    ))
}

/// Administrative units of a hospital that pair like its clinical departments.
const HOSPITAL_UNITS: [&str; 4] = ["护理部", "医务部", "药学部", "药剂部"];

/// Whether a name ends as a hospital department does (…科, 护理部 and the other units).
pub(crate) fn ends_as_department(name: &str) -> bool {
    name.ends_with('科') || HOSPITAL_UNITS.iter().any(|u| name.ends_with(u))
}

/// The byte length of a hospital department (重症医学科, 眼科, 护理部) at byte `at` of `text`, if any.
pub(crate) fn department_after(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    // Administrative units of a hospital pair like its clinical departments (护理部 with 护理部).
    if let Some(u) = HOSPITAL_UNITS.iter().find(|u| rest.starts_with(**u)) {
        return Some(u.len());
    }
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n >= 8
            || !is_cjk(c)
            || (class(c) & IS_STOP_CHAR != 0 && !(c == '经' && stop_char_in_name(text, at + i, c)))
        {
            return None;
        }
        if c == '科' {
            let subject = rest.get(..i)?;
            return hospital_department_ok(&format!("医院{subject}")).then_some(i + c.len_utf8());
        }
    }
    None
}

/// The byte length of a hospital department right after 该院 (该院心内科, 该院外科) at byte `at`
/// of `text`: the two general departments 内科 and 外科 are departments there too.
pub(crate) fn department_of_anaphor(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    if rest.starts_with("内科") || rest.starts_with("外科") {
        return Some("内科".len());
    }
    department_after(text, at)
}

/// A 科 is a department only after a hospital name and a subject of two or more characters
/// (甲医院重症医学科, 乙医院心血管内科), not 医科大学 nor a 专科 of a hospital.
fn hospital_department_ok(body: &str) -> bool {
    let Some(p) = ["医院", "醫院"]
        .iter()
        .filter_map(|h| body.rfind(h).map(|p| p + h.len()))
        .max()
    else {
        return false;
    };
    let subject = body.get(p..).unwrap_or_default();
    // One-character departments (眼科, 内科) are left to their hospital: "医院内" and the
    // like are too often no department.
    let one_char_department = ["儿", "眼", "骨", "妇", "产", "外"].contains(&subject);
    (subject.chars().count() >= 2 || one_char_department)
        && !subject.ends_with(['专', '本'])
        && (!subject.ends_with('学') || subject.ends_with("医学"))
}

/// Words before 学校 that make it a kind of school (乡镇学校, 成员学校, 中职学校).
const GENERIC_SCHOOL_BODIES: [&str; 29] = [
    "新建",
    "改建",
    "扩建",
    "中小",
    "中等",
    "高等",
    "各类",
    "乡镇",
    "成员",
    "结对",
    "中职",
    "其他",
    "所属",
    "相关",
    "农村",
    "薄弱",
    "优质",
    "重点",
    "示范",
    "支援",
    "受援",
    "帮扶",
    "团队成员",
    "伙伴",
    "夥伴",
    "合作",
    "姊妹",
    "友好",
    "对口",
];

/// Whether the body of a …学校 name names one school: two characters or more after its last
/// place (县/市/区/镇/乡), not a kind of school.
fn school_body_ok(body: &str) -> bool {
    let own = body
        .rfind(['县', '市', '区', '镇', '乡', '州'])
        .and_then(|p| body.get(p + 3..))
        .unwrap_or(body);
    own.chars().count() >= 2
        && !own.ends_with('内')
        // 内地西藏班学校: schools that hold a kind of class.
        && !own.ends_with('班')
        && !GENERIC_SCHOOL_BODIES.iter().any(|g| own.ends_with(g))
}

/// Last characters of words ending in 区 that name no district (山区, 社区, 校区, 园区, 景区,
/// 牧区, 藏区, 片区, 城区, 灾区, 示范区, 开发区, 保护区, 聚居区, 辖区, 市区, 老区).
const NOT_DISTRICT_LAST: &str =
    "山社校园景牧藏片城街矿库灾验范发护居辖小学病考专老农林边市心战营地";

/// Words inside a body before 区 that make it a kind of area, not a district (贫困地区,
/// 民族聚居区, 西部边远山区).
const NOT_DISTRICT_WORDS: [&str; 10] = [
    "贫困",
    "偏远",
    "边远",
    "民族",
    "少数",
    "农村",
    "欠发达",
    "西部",
    "东部",
    "革命",
];

/// A district (闵行区, 浦东新区): a body of two to eight characters that is not a kind of area.
fn district_ok(body: &str) -> bool {
    let n = body.chars().count();
    // A city's district named after a hill or a town (无锡市惠山区, 宿迁市宿城区), not a hilly
    // area (西部山区) nor the city's centre (重庆市主城区).
    let city_hill = body.ends_with(['山', '城'])
        && body
            .rfind('市')
            .and_then(|p| body.get(p + '市'.len_utf8()..))
            .is_some_and(|d| d.chars().count() == 2 && d != "主城");
    (2..=8).contains(&n)
        && (city_hill || !body.ends_with(|c: char| NOT_DISTRICT_LAST.contains(c)))
        && !NOT_DISTRICT_WORDS.iter().any(|w| body.has(w))
}

/// A bureau or department of a government not listed in [`SUFFIXES`] (or a place's
/// cooperative, association or station: `suffix` is 局, 厅, 社, 协会 or 所): a place (日喀则市,
/// 吉林省, 西藏自治区, or the text's own 市 / 县; a town for a station) and then its work in two
/// to twelve characters (公安, 文化体育广播电视和旅游, 供销合作; six for a station) — not a word ending in 局 or 厅 (格局, 大局, 餐厅), not a hall
/// (政务服务大厅), not a level (三级公安局).
fn bureau_ok(body: &str, suffix: &str) -> bool {
    // A station (司法所, 派出所) is a town's as well; its work is short.
    // The text's own body by its level alone (省社, 市局, 省厅): resolved with the author.
    if matches!(body, "省" | "市" | "县") && matches!(suffix, "局" | "厅" | "社") {
        return true;
    }
    let (places, longest) = if suffix == "所" {
        ("省市县区州盟旗镇乡", 6)
    } else {
        ("省市县区州盟旗", 12)
    };
    body.char_indices()
        .filter(|(_, c)| places.contains(*c))
        .any(|(i, c)| {
            let work = body.get(i + c.len_utf8()..).unwrap_or_default();
            // 四县供销社: a count of places, none named.
            let place = body.get(..i).unwrap_or_default();
            if !place.is_empty()
                && place
                    .chars()
                    .all(|c| "一二三四五六七八九十两几多各全".contains(c))
            {
                return false;
            }
            // The text's own 省 / 市 / 县 stands alone (市公安局); a district, a prefecture or
            // a banner is named (区发改局 is left to its listed suffix).
            (i > 0 || "省市县".contains(c))
                // 区域, 市场, 县域, 市级: the place character starts a word.
                && !["域", "场", "级", "委", "长"].iter().any(|w| work.starts_with(w))
                // 林草局副局(长): a post, or a bureau's unit, not another bureau.
                && !work.contains(['局', '厅'])
                && (2..=longest).contains(&work.chars().count())
                && work.chars().all(is_cjk)
                && !work.contains(|c: char| "级各全本该两几一二三四五六七八九十".contains(c))
                && !work.ends_with('大')
                && !(suffix == "厅" && work.has("服务"))
        })
}

/// A village is named under its town (吉生太镇大井坡村: the town, then two to five characters
/// of its own), not a kind (农村, 贫困村, 全村); a 苏木 (a township) is two to five characters
/// of a name, not counted or qualified (各苏木, 两个苏木).
fn village_ok(body: &str, suffix: &str) -> bool {
    let own_ok = |own: &str| {
        (2..=5).contains(&own.chars().count())
            && own.chars().all(is_cjk)
            // 十八洞村, 三元井村 are names; 两个村, 各村, 贫困村 are not.
            && !own.ends_with(['个', '些'])
            && !own.chars().all(|c| "一二三四五六七八九十两几".contains(c))
            && !own.contains(|c: char| "各全本该我贫困行政村".contains(c))
    };
    if suffix == "苏木" {
        return own_ok(body.rsplit(['旗', '县', '市']).next().unwrap_or(body));
    }
    ["镇", "乡", "苏木", "街道"]
        .iter()
        .filter_map(|m| body.rfind(m).map(|i| i + m.len()))
        .max()
        .and_then(|i| body.get(i..))
        .is_some_and(own_ok)
}

/// A party school is its committee's (东营市委, 喀什地委, 市委: the text's own) or its
/// place's; not a kind (各级党校).
fn party_school_ok(body: &str) -> bool {
    let body = body.strip_prefix("中共").unwrap_or(body);
    (body.ends_with('委') && body.chars().count() >= 2 && !body.starts_with(['各', '全']))
        || body.chars().count() >= 3 && body.ends_with(['省', '市', '县', '区', '州'])
}

/// Whether an office's name is an institution's (not a place's) followed by the aid work it
/// runs (厦门海关援疆工作领导小组, 国网甲省电力公司援疆工作领导小组办公室).
fn institution_aid_office(body: &str) -> bool {
    [
        "援疆工作",
        "援藏工作",
        "援青工作",
        "对口支援工作",
        "东西部协作工作",
    ]
    .iter()
    .find_map(|w| body.find(w))
    .and_then(|p| body.get(..p))
    .is_some_and(|head| {
        head.chars().count() >= 3
            && ["海关", "公司", "集团", "大学", "学院", "医院", "银行"]
                .iter()
                .any(|w| head.ends_with(w))
    })
}

/// A customs house is named by its city or port in two to six characters (厦门, 阿拉山口), not
/// counted or ranked (全国, 各, 隶属) nor described (智慧海关).
fn customs_ok(body: &str) -> bool {
    (2..=6).contains(&body.chars().count())
        && body.chars().all(is_cjk)
        && !body.starts_with(|c: char| "全各该本我其国".contains(c))
        && !["智慧", "隶属", "所属", "中国", "全国"]
            .iter()
            .any(|w| body.has(w))
}

/// A scenic area is named (五彩滩, 哈尔滨太阳岛), not ranked or counted (5A级, 重点, 各), and
/// not the kind (旅游景区).
fn scenic_ok(body: &str) -> bool {
    !body.ends_with(['级', '类', '个', '家', '点'])
        && !body.contains(|c: char| c.is_ascii_alphanumeric())
        && ![
            "各", "全", "本", "我", "该", "这", "重点", "热门", "周边", "主要", "核心",
        ]
        .iter()
        .any(|w| body.starts_with(w))
        && !["旅游", "风景", "自然"].contains(&body)
}

/// A park or zone is named after its place (江宁, 商南县), not its level or kind (国家级,
/// 省级, 各类, 现代).
fn park_ok(body: &str) -> bool {
    !body.ends_with(['级', '类', '个', '等', '型', '代'])
        && !["各", "全", "本", "我"].iter().any(|w| body.starts_with(w))
}

/// Characters before 多 that make it a quantity (许多县, 很多县), not part of a county's name
/// (玛多县, 称多县).
const QUANTITY_BEFORE_DUO: &str = "许很诸众较更最好大太过繁居";

/// Short names of provinces and regions, which name no town or county of their own.
const PROVINCE_SHORT: [&str; 27] = [
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "西藏",
    "新疆",
    "宁夏",
    "广西",
];

/// Words whose last character could be read as a one-character county before 县 (时候县院).
const WORDS_BEFORE_ONE_CHAR_COUNTY: [&str; 8] = [
    "时候", "气候", "等候", "问候", "守候", "火候", "症候", "伺候",
];

/// Extra checks for one-character place suffixes (县, 州, 省).
fn place_ok(text: &str, body: &str, end: usize, suffix: &str) -> bool {
    // 三市, 两县, 许多县: a count of places (玛多县 is a name).
    let numeral = |c: char| "一二三四五六七八九十两几多".contains(c);
    let named_duo = suffix == "县"
        && body.ends_with('多')
        && body
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|p| is_cjk(p) && !numeral(p) && !QUANTITY_BEFORE_DUO.contains(p));
    if body.ends_with(suffix) || (body.ends_with(numeral) && !named_duo) {
        return false;
    }
    let next = text.get(end..).and_then(|t| t.chars().next());
    if next.is_some_and(|c| "委长级域城内外直属政场".contains(c)) {
        return false;
    }
    // A province written before the place it holds (陕西镇安: 陕西 is no town).
    if matches!(suffix, "镇" | "乡" | "县") && PROVINCE_SHORT.contains(&body) {
        return false;
    }
    // A one-character county (沛县, 泾县) whose character ends a word with the one before it
    // (刚去的时候县院…: 时候, not 候县).
    if suffix == "县" && body.chars().count() == 1 {
        let start = end.saturating_sub(suffix.len() + body.len());
        let prev = text.get(..start).and_then(|t| t.chars().next_back());
        if let Some(p) = prev {
            let word: String = [p].into_iter().chain(body.chars()).collect();
            if WORDS_BEFORE_ONE_CHAR_COUNTY.contains(&word.as_str()) {
                return false;
            }
        }
    }
    // A town (巴普镇) or township (牛牛坝乡), not a kind of place (城镇, 乡镇, 小城镇, 特色小镇,
    // 乡村, 家乡, 贫困乡).
    match suffix {
        "镇" => !body.ends_with(['城', '乡', '村', '小', '集', '古', '重']),
        "乡" => {
            !next.is_some_and(|c| "村镇土亲情愁下里".contains(c))
                && !body.ends_with([
                    '城', '家', '下', '返', '回', '本', '外', '异', '故', '老', '困',
                ])
        }
        _ => true,
    }
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Whether the 与 (or 及) at byte `at` joins two subjects of one unit (贵州大学化学与化工学院):
/// two to six characters between an institution and 与 that hold no unit and no verb, and no
/// university or college between 与 and the suffix at `suffix_at`.
fn subjects_joined(text: &str, at: usize, suffix_at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    // 与 and 及 are both three bytes long.
    let after = text
        .get(at + '与'.len_utf8()..suffix_at)
        .unwrap_or_default();
    // The subject starts after a university or a college (贵州大学化学与化工学院, 新疆理工学院
    // 数学与数据科学学院) or after a unit joined to the one before (教育科学学院和文学与传媒
    // 学院).
    let Some(p) = [
        "大学",
        "学院",
        "学院和",
        "学院、",
        "学院及",
        "中专",
        "职中",
        "中学",
        "学校",
        "专业、",
        "专业和",
    ]
    .iter()
    .filter_map(|w| before.rfind(w).map(|p| p + w.len()))
    .chain(discipline_before(before))
    .max() else {
        return false;
    };
    let subject = before.get(p..).unwrap_or_default();
    // A unit of its own (甲大学图书馆与乙学院图书馆) is no subject.
    (2..=6).contains(&subject.chars().count())
        && !subject.ends_with([
            '馆', '所', '处', '室', '部', '系', '院', '科', '站', '队', '组',
        ])
        && subject.chars().all(is_cjk)
        // A stop character may open a discipline's name (经济与管理学院: 经 of 经过).
        && (!subject.chars().any(|c| STOP_CHARS.contains(c))
            || DISCIPLINE_ENDS.contains(&subject))
        && !["学院", "学部", "系", "医院", "中心"]
            .iter()
            .chain(STOP_WORDS.iter())
            .any(|u| subject.contains(u))
        && !after.has("大学")
        && !after.has("学院")
}

/// Last words of a discipline before 与 in a unit's name (计算机科学与技术学院, 化学与材料学院).
const DISCIPLINE_ENDS: [&str; 34] = [
    "科学", "工程", "技术", "化学", "数学", "物理", "管理", "经济", "文学", "艺术", "材料", "信息",
    "传媒", "资源", "机械", "电子", "电气", "能源", "环境", "生命", "食品", "土木", "建筑", "交通",
    "新闻", "历史", "文化", "旅游", "体育", "统计", "控制", "通信", "测绘", "设计",
];

/// Where the subject joined by 与 starts when no university is written before it (大工计算机
/// 科学与技术学院, the institution a short form): `before` ends with a discipline word, and the
/// subject runs back over two to six name characters.
fn discipline_before(before: &str) -> Option<usize> {
    // The discipline word is taken whole: its characters may end names elsewhere (经济与管理
    // 学院: 经 of 经过).
    let word = DISCIPLINE_ENDS.iter().find(|w| before.ends_with(**w))?;
    let mut p = before.len() - word.len();
    let head = before.get(..p).unwrap_or_default();
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n + 2 >= 6 || !is_cjk(c) || class(c) & IS_STOP_CHAR != 0 {
            break;
        }
        p = i;
    }
    Some(p)
}

/// Words of place and institution names that hold a character which elsewhere ends a name
/// (协和医院, 和田地区, 和平区, 太和县, 西和县, 那曲市, 于田县, 塔里木, 特木里镇, 阿里地区, 从江县, 中等职业学校,
/// 神经外科, 凯里学院, 两当县, 正安县, 余庆县, 得荣县, 共和县, 武进区).
const STOP_CHAR_WORDS: [&str; 73] = [
    // Places named with 如 (如东县, 如皋市), which otherwise opens a condition (如济宁市能增派…).
    "如东",
    "如皋",
    "如意",
    "比如县",
    // A fitness centre for all (全民健身中心).
    "全民",
    "协和",
    "和旅游",
    "和体育",
    // A city's bureau of natural resources and planning (济南市自然资源和规划局).
    "和规划",
    "中和",
    "太和",
    "人和",
    "共和",
    "祥和",
    "和田",
    "和平",
    "和静",
    "和硕",
    "和政",
    "和龙",
    "那曲",
    "那坡",
    "错那",
    "托里",
    "巴里",
    "于田",
    "于都",
    "后旗",
    "前旗",
    "塔里",
    "里镇",
    "里乡",
    "里村",
    "中等",
    "高等",
    "神经",
    "里地",
    "里县",
    "从江",
    "民和",
    "凯里",
    "前方",
    "两当",
    "正安",
    "正宁",
    "余庆",
    "余姚",
    "来宾",
    "来凤",
    "来安",
    "得荣",
    "全州",
    "全椒",
    "进贤",
    "多伦",
    "和顺",
    "里区",
    "武进", // A full primary school (县第一完全小学).
    "完全", // A youth league committee (共青团X大学委员会).
    "共青",
    // Schools named after their street (局前街小学, 后街小学) and a school of nine or twelve
    // grades (四季镇九年制学校, 九年一贯制学校).
    "前街",
    "后街",
    "前巷",
    "后巷",
    "年制",
    // Schools named for the talents they raise (育才小学, 英才学校).
    "育才",
    "英才",
    // Places with 余 in their names (杭州市余杭第一中学, 新余市, 余江区, 余干县).
    "余杭",
    "新余",
    "余江",
    "余干",
    // Bodies for the young (广州市少年儿童图书馆, 青少年活动中心, 少年宫).
    "少年",
    // 青岛市即墨区.
    "即墨",
];

/// The stop characters that occur in [`STOP_CHAR_WORDS`] (a cheap gate before the lookup).
fn stop_gate(c: char) -> bool {
    matches!(
        c,
        '和' | '那'
            | '如'
            | '于'
            | '后'
            | '前'
            | '里'
            | '等'
            | '经'
            | '从'
            | '两'
            | '正'
            | '余'
            | '来'
            | '得'
            | '全'
            | '进'
            | '多'
            | '共'
            | '年'
            | '才'
            | '即'
    )
}

/// Whether the character `c` at byte `at` of `text` is part of a name word of
/// [`STOP_CHAR_WORDS`].
fn stop_char_in_name(text: &str, at: usize, c: char) -> bool {
    let prev = text.get(..at).and_then(|t| t.chars().next_back());
    // 等 and 经 are common: only 中等/高等, 神经, 财经 and 经济 keep them.
    match c {
        '等' => return matches!(prev, Some('中' | '高')),
        '经' => {
            let next = text.get(at + c.len_utf8()..).and_then(|t| t.chars().next());
            return matches!(prev, Some('神' | '财')) || next == Some('济');
        }
        // 玛多县, 称多县 (not 许多县, 很多县).
        '多' => {
            let next = text.get(at + c.len_utf8()..).and_then(|t| t.chars().next());
            return next == Some('县')
                && prev.is_some_and(|p| is_cjk(p) && !QUANTITY_BEFORE_DUO.contains(p));
        }
        // 和平区, 和平县 (not 岚皋县和平利县).
        '和' if text
            .get(at + c.len_utf8()..)
            .is_some_and(|t| t.starts_with('平')) =>
        {
            let after = text.get(at + "和平".len()..).and_then(|t| t.chars().next());
            return after.is_some_and(|a| "区县乡镇路街村".contains(a));
        }
        // 西和县 (not 江西和四川).
        '和' if prev == Some('西') => {
            let next = text.get(at + c.len_utf8()..).and_then(|t| t.chars().next());
            return next == Some('县');
        }
        _ => {}
    }
    let next = text.get(at + c.len_utf8()..).and_then(|t| t.chars().next());
    STOP_CHAR_WORDS.iter().any(|w| {
        let mut cs = w.chars();
        match (cs.next(), cs.next()) {
            (Some(a), Some(b)) if a == c => next == Some(b),
            (Some(a), Some(b)) if b == c => prev == Some(a),
            _ => false,
        }
    })
}

/// Whether the stop character at byte `i` opens a place name listed after 、 or 与
/// (与将台堡镇、兴隆镇, 、向阳乡): no verb or adverb can stand right after a list's joiner, so
/// the character is the name's own. Only towns, counties and districts (`at` is where the
/// suffix starts), which are named after places rather than built from words.
fn listed_place(text: &str, i: usize, at: usize) -> bool {
    // The joiner follows a name, not an outline marker (2、向…, 三、将…).
    let mut before = text.get(..i).unwrap_or_default().chars().rev();
    let joined = before.next().is_some_and(|p| p == '、' || p == '与')
        && before
            .next()
            .is_some_and(|p| is_cjk(p) && !"一二三四五六七八九十".contains(p));
    joined
        && text
            .get(at..)
            .is_some_and(|r| ["镇", "乡", "街道", "县"].iter().any(|s| r.starts_with(s)))
        && text
            .get(i..at)
            .is_some_and(|n| (2..=4).contains(&n.chars().count()))
}

/// "阿图什市松他克镇和阿扎克乡": a bare town joined to a town written with its city or county
/// is in the same place (阿图什市阿扎克乡).
fn town_of_placed_town(
    text: &str,
    offset: usize,
    prev: &Mention,
    s: usize,
    name: &str,
) -> Option<String> {
    let town = |n: &str| n.ends_with('镇') || n.ends_with('乡') || n.ends_with("街道");
    if !town(name) || !town(&prev.name) {
        return None;
    }
    let body = name.trim_end_matches("街道").trim_end_matches(['镇', '乡']);
    if !(2..=4).contains(&body.chars().count())
        || body.contains(['省', '市', '州', '县', '区', '旗'])
    {
        return None;
    }
    // The place of the town before: its name up to the last county-level mark, or the
    // author's place pronoun (我县庙宇镇、大昌镇: 我县大昌镇).
    let mark = prev.name.rfind(['市', '县', '区', '旗'])?;
    let place = prev.name.get(..mark + '市'.len_utf8())?;
    let pronoun_place = prev.pronoun && PLACE_PRONOUNS.contains(&place);
    if place.chars().count() < 3 && !pronoun_place {
        return None;
    }
    let gap = text.get(prev.end.checked_sub(offset)?..s)?;
    LIST_JOINERS
        .contains(&gap.trim())
        .then(|| format!("{place}{name}"))
}

/// Whether the stop character at byte `i` stands inside a town's name written right after its
/// city or county (阿图什市松他克镇: 他 between 松 and 克; 东乡县那勒寺镇: 那 opening it): up to
/// three name characters after the place's mark, then the stop character, then the rest of a town's name of two to five
/// characters (`at` is where 镇/乡 starts). Transliterated names hold characters that end
/// names elsewhere (他, 那, 来).
fn placed_town(text: &str, i: usize, at: usize) -> bool {
    // Only the characters that sound out a name; never a joiner or a preposition (与东乡族…).
    if !text
        .get(i..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| matches!(c, '他' | '那' | '来' | '其' | '些'))
        || !text
            .get(at..)
            .is_some_and(|r| r.starts_with('镇') || r.starts_with('乡'))
    {
        return false;
    }
    let head = text.get(..i).unwrap_or_default();
    let mut run = 0usize;
    let mut marked = false;
    // The stop character may open the town's name (东乡县那勒寺镇), unless it opens a
    // demonstrative (那些, 那个).
    let opens_name = text
        .get(i..)
        .and_then(|r| r.chars().nth(1))
        .is_some_and(|c| !"些个里边时样么".contains(c));
    for c in head.chars().rev().take(4) {
        if matches!(c, '市' | '县' | '区' | '州') && (run >= 1 || opens_name) {
            marked = true;
            break;
        }
        if !is_cjk(c) || class(c) & IS_STOP_CHAR != 0 {
            return false;
        }
        run += 1;
    }
    marked
        && text
            .get(i..at)
            .is_some_and(|n| (1..=4).contains(&n.chars().count()))
        && run + text.get(i..at).map_or(0, |n| n.chars().count()) <= 5
}

/// Whether the 那 at byte `i` opens a town's name written alone after a preposition or a
/// clause's start (向那洒镇中心学校, 与那马乡): 那 then one to three name characters and 镇/乡
/// (no further than `at`, where the name being read ends), no demonstrative (那个, 那些, 那里),
/// and no name character before 那.
fn bare_town(text: &str, i: usize, at: usize) -> bool {
    let Some(rest) = text.get(i..at) else {
        return false;
    };
    let mut cs = rest.chars();
    if cs.next() != Some('那')
        || cs
            .clone()
            .next()
            .is_none_or(|c| "些个里边时样么天年次位种儿".contains(c))
    {
        return false;
    }
    let town = cs
        .take(4)
        .position(|c| c == '镇' || c == '乡')
        .is_some_and(|p| (1..=3).contains(&p));
    let before = text.get(..i).and_then(|h| h.chars().next_back());
    town && before.is_none_or(|c| !is_cjk(c) || "向与和及在到赴给为对帮从于、".contains(c))
}

/// Walks left from byte `at` over name characters; returns the start of the name.
fn walk_left(text: &str, at: usize) -> usize {
    let mut start = at;
    let head = text.get(..at).unwrap_or_default();
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        // 与 or 及 inside a unit of a university: 贵州大学化学与化工学院, 机械工程及自动化学院.
        if (c == '与' || c == '及') && subjects_joined(text, i, at) {
            start = i;
            continue;
        }
        // 和 inside a name (协和医院, 和田地区, 和平区), not joining two names.
        if n < 16 && stop_gate(c) && (stop_char_in_name(text, i, c) || bare_town(text, i, at)) {
            start = i;
            continue;
        }
        let cls = class(c);
        if cls & IS_STOP_CHAR != 0
            && n < 4
            && (listed_place(text, i, at) || placed_town(text, i, at))
        {
            start = i;
            continue;
        }
        if n >= 16 || !is_cjk(c) || cls & IS_STOP_CHAR != 0 {
            break;
        }
        // 日 of a date (16日) is not part of a name; 中日联谊医院 keeps its 日.
        if c == '日'
            && head
                .get(..i)
                .and_then(|h| h.chars().next_back())
                .is_some_and(|p| class(p) & IS_DATE_DIGIT != 0)
        {
            break;
        }
        if cls & IS_STOP_LAST != 0 {
            // `before` ends with `c`: only the words ending with it can match. 省外 ends a
            // name, 外语 does not (广东省外语艺术职业学院).
            let before = text.get(..start).unwrap_or_default();
            let foreign_language =
                c == '外' && text.get(start..).is_some_and(|r| r.starts_with('语'));
            if !foreign_language
                && stop_words_ending_with(c)
                    .iter()
                    .any(|w| before.ends_with(w))
            {
                break;
            }
        }
        start = i;
    }
    start
}

/// Whether 一小/二小/三小 at byte `at` (with `after` the text after it) ends a primary school
/// written short (紫云二小, 实验一小), not a small amount or group (一小时, 十二小时, 一小部分,
/// 周二小组): a Chinese character that is no numeral or measure before it, and no word that
/// goes on after it.
fn short_primary_ok(text: &str, at: usize, after: &str) -> bool {
    let before = text.get(..at).and_then(|b| b.chars().next_back());
    before.is_some_and(|c| is_cjk(c) && !"十第个每周星期两几前后这那".contains(c))
        && !after.starts_with([
            '时', '学', '组', '部', '撮', '步', '批', '段', '块', '片', '点', '半', '会', '儿',
            '型', '数', '队', '班', '类', '项', '种', '份', '些', '号',
        ])
}

/// Which kind of name an abbreviation stands for: its head decides (…大 a university,
/// …医院/…附院 a hospital, …职院/…师院 a college).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ShortClass {
    University,
    Hospital,
    College,
    School,
}

/// The class of a full name (…大学, …医院, …学院).
fn full_class(name: &str) -> Option<ShortClass> {
    if name.ends_with("大学") {
        Some(ShortClass::University)
    } else if name.ends_with("医院") {
        Some(ShortClass::Hospital)
    } else if name.ends_with("学院") {
        Some(ShortClass::College)
    } else if name.ends_with("中学") || name.ends_with("小学") {
        Some(ShortClass::School)
    } else {
        None
    }
}

/// The class of a short form: 塔大, 甘农大 (university); 鼓楼医院, 苏大附一院, 徐医附院
/// (hospital); 黔西南民族职院 (college). A name that ends as a full name does (…大学, …学院)
/// is no short form: 南京大学 is not short for 南京师范大学.
fn short_class(short: &str) -> Option<ShortClass> {
    if short.ends_with('大') {
        Some(ShortClass::University)
    } else if short.ends_with("医院") || (short.ends_with("附院") || short.ends_with("附一院"))
    {
        Some(ShortClass::Hospital)
    } else if short.ends_with("一中")
        || short.ends_with("二中")
        || short.ends_with("三中")
        || short.ends_with("高中")
        || short.ends_with("附中")
        || short.ends_with("一小")
        || short.ends_with("二小")
        || short.ends_with("三小")
    {
        // 湖州一中 of 湖州市第一中学, 吴兴高中 of 湖州市吴兴高级中学, 紫云二小 of 紫云…第二小学.
        Some(ShortClass::School)
    } else if short.ends_with('院') && !short.ends_with("学院") {
        // 附二院, 附属二院: a hospital; 职院, 师院: a college.
        Some(if short.contains('附') {
            ShortClass::Hospital
        } else {
            ShortClass::College
        })
    } else {
        None
    }
}

/// Whether the characters of `short` appear in order in `full`.
fn in_order(short: &str, full: &str) -> bool {
    let mut f = full.chars();
    short.chars().all(|c| f.any(|d| d == c))
}

/// Whether `short` is an abbreviation of `full`: the same class, fewer characters, its
/// characters in order in the full name and starting with its first character (苏大附一院 of
/// 苏州大学附属第一医院, 甘农大 of 甘肃农业大学); a hospital may also be written with the end
/// of its name only (鼓楼医院 of 南京鼓楼医院), unless that end is a name many places share
/// (人民医院, 第一医院) or names a place of its own.
pub(crate) fn abbreviates(short: &str, full: &str) -> bool {
    // A hospital named by its level (县医院) is the level's one hospital, found by
    // `level_hospitals`, not whichever name has its characters in order (县藏医院).
    if ["县医院", "州医院", "市医院", "区医院", "省医院"].contains(&short) {
        return false;
    }
    // A school written without its place (星海实验中学 of 苏州工业园区星海实验中学); not one
    // whose characters merely occur in order (苏州中学 is not 苏州市第十中学).
    if short.ends_with("中学") && full.ends_with("中学") {
        return short.chars().count() >= 4
            && full.len() > short.len()
            && full.strip_suffix(short).is_some_and(|place| {
                place.chars().count() >= 2
                    && (place.ends_with(['省', '市', '县', '区', '州'])
                        || crate::strip_place_prefix(full) != full)
            })
            && crate::strip_place_prefix(short) == short
            && !crate::alias::is_generic_name(short)
            && !short.contains(['省', '市', '县', '区', '州'])
            && !short.starts_with('第');
    }
    let (Some(sc), Some(fc)) = (short_class(short), full_class(full)) else {
        return false;
    };
    let n = short.chars().count();
    if sc != fc || n >= full.chars().count() || n < 2 || !in_order(short, full) {
        return false;
    }
    if short.chars().next() == full.chars().next() {
        return n >= 3 || sc == ShortClass::University;
    }
    sc == ShortClass::Hospital
        && n >= 4
        && full.ends_with(short)
        && !crate::alias::is_generic_name(short)
        && crate::strip_place_prefix(short) == short
        && !short.contains(['省', '市', '县', '区', '州'])
}

/// Unit heads that may follow a short form (甘农大动物医学院, 鼓楼医院心血管内科).
const SHORT_UNITS: [&str; 12] = [
    "组",
    "专业部",
    "专业",
    "学院",
    "学部",
    "系",
    "科",
    "研究所",
    "中心",
    "图书馆",
    "处",
    "办公室",
];

/// `X（以下简称“Y”）`, `X（简称Y）`, `X，下称“Y”`: the short form Y declared right after a
/// name ending at byte `at`, with the byte where the declaration ends.
fn declared_short(src: &str, at: usize) -> Option<(&str, usize)> {
    let rest = src.get(at..)?;
    let r = rest.trim_start_matches(['（', '(', '，', ',']);
    const WORDS: [&str; 6] = ["以下简称", "下面简称", "下文简称", "以下称", "下称", "简称"];
    let r = WORDS.iter().find_map(|w| r.strip_prefix(w)).or_else(|| {
        // Another name first, in the same parenthesis (仁伯爵综合医院（Centro Hospitalar
        // Conde de São Januário，以下简称仁伯爵医院）).
        let inner = rest.strip_prefix(['（', '('])?;
        let head = super::text::first_chars(inner, 80);
        let comma = head.find(['，', ','])?;
        if head
            .get(..comma)?
            .contains(['（', '(', '）', ')', '。', '；'])
        {
            return None;
        }
        let after = inner.get(comma..)?.trim_start_matches(['，', ',']);
        WORDS.iter().find_map(|w| after.strip_prefix(w))
    })?;
    let r = r.trim_start_matches(['：', ':', '为']);
    let r = r.trim_start_matches(['“', '"', '「', '『', '‘']);
    let len: usize = r
        .chars()
        .take(12)
        .take_while(|c| is_cjk(*c))
        .map(char::len_utf8)
        .sum();
    let short = r.get(..len)?;
    let n = short.chars().count();
    if !(2..=10).contains(&n) {
        return None;
    }
    let end = src.len() - r.len() + len;
    Some((short, end))
}

/// Where a name's gloss in another language ends when one follows at byte `at`: a parenthesis
/// of Latin script only (（Fundação Macau）, (Macao Polytechnic University)).
fn foreign_gloss_end(src: &str, at: usize) -> Option<usize> {
    let rest = src.get(at..)?;
    let inner = rest.strip_prefix(['（', '('])?;
    let close = super::text::first_chars(inner, 80).find(['）', ')'])?;
    let gloss = inner.get(..close)?;
    let letters = gloss
        .chars()
        .filter(|c| c.is_alphabetic() && !is_cjk(*c))
        .count();
    let latin = gloss
        .chars()
        .all(|c| !is_cjk(c) && !matches!(c, '，' | '。' | '；' | '：'));
    let close_len = inner.get(close..)?.chars().next()?.len_utf8();
    (letters >= 3 && latin).then(|| at + (rest.len() - inner.len()) + close + close_len)
}

/// A full name seen in the document (…大学, …医院, …学院).
struct Full {
    name: String,
    first: Option<char>,
}

/// Whether `name` is a unit of a university or college (塔里木大学化学化工学院, 塔里木大学图书馆,
/// 新疆理工学院信息工程学院).
pub(crate) fn unit_of_college_or_university(name: &str) -> bool {
    university_head(name).is_some()
        || name.find_str("学院").is_some_and(|p| {
            let unit = name.get(p + "学院".len()..).unwrap_or_default();
            p >= 6
                && unit.chars().count() >= 3
                && ["学院", "系", "图书馆"].iter().any(|u| unit.ends_with(u))
        })
}

/// Whether a clause (or a cell, a line) opens at byte `at` of `text`.
fn clause_opens_at(text: &str, at: usize) -> bool {
    text.get(..at).is_some_and(|b| {
        b.is_empty() || b.ends_with(['，', '；', '。', '：', '、', '\n', '\t', ' '])
    })
}

/// The characters that name a school of a university alone (工学院, 理学院, 医学院).
const ONE_CHARACTER_SCHOOLS: [char; 7] = ['工', '理', '文', '医', '农', '法', '商'];

/// Whether `name` is a school of a university named by one character (工学院).
fn one_character_school(name: &str) -> bool {
    name.strip_suffix("学院").is_some_and(|b| {
        let mut cs = b.chars();
        cs.next()
            .is_some_and(|c| ONE_CHARACTER_SCHOOLS.contains(&c))
            && cs.next().is_none()
    })
}

/// Whether `name` is a bare college of some university, written without it (化学化工学院,
/// 马克思主义学院, 工学院): a 学院 whose name holds no place and no word of an institution of
/// its own (新疆理工学院, 湘西民族职业技术学院 are colleges in their own right).
pub(crate) fn bare_college(name: &str) -> bool {
    if one_character_school(name) {
        return true;
    }
    name.ends_with("学院")
        && super::addressee::addressee_form(name).is_none()
        && (4..=10).contains(&name.chars().count())
        && crate::strip_place_prefix(name) == name
        && !name.contains(['省', '市', '县', '州', '区', '大'])
        && !["职业", "技术学院", "师范", "民族", "学院学院"]
            .iter()
            .any(|w| name.has(w) && !(*w == "技术学院" && name.has("科学与技术")))
}

/// The parent university of a unit name (甘肃农业大学动物医学院 → 甘肃农业大学).
fn university_head(name: &str) -> Option<String> {
    let pos = name.find_str("大学")? + "大学".len();
    (pos < name.len() && name.get(..pos)?.chars().count() >= 4)
        .then(|| name.get(..pos).map(str::to_owned))?
}

/// A mention renamed to `full` followed by `unit` (as written after the short form).
fn renamed(m: &Mention, full: &str, unit: &str) -> Mention {
    let name = format!("{full}{unit}");
    // A short form of the author's unit (我校附属协和医院（以下简称“协和医院”）) is the
    // author's unit again.
    if PRONOUNS.iter().any(|p| name.starts_with(p)) {
        return Mention {
            name,
            kind: InstitutionKind::Other,
            parent: None,
            pronoun: true,
            ..m.clone()
        };
    }
    let parent = university_head(&name);
    let kind = InstitutionKind::guess(&name);
    let kind = if parent.is_some() && kind == InstitutionKind::College {
        InstitutionKind::Department
    } else {
        kind
    };
    Mention {
        name,
        kind,
        parent,
        ..m.clone()
    }
}

/// The length of the shortest unit name (化学工程系 in 化学工程系结成系部对子) at the start of
/// `rest`, two to ten characters of names.
fn first_unit(rest: &str) -> usize {
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n >= 10 || !is_cjk(c) || (class(c) & IS_STOP_CHAR != 0 && c != '与') {
            return 0;
        }
        let end = i + c.len_utf8();
        let head = rest.get(..end).unwrap_or_default();
        // 科学 is a discipline (植物科学学院), no 科 of a hospital.
        // 数学科组 is a teaching group, not a 科.
        let science = c == '科' && rest.get(end..).is_some_and(|r| r.starts_with(['学', '组']));
        if n >= 1 && !science && SHORT_UNITS.iter().any(|u| head.ends_with(u)) {
            return end;
        }
    }
    0
}

/// Whether what follows a short form is what the party builds (乙方建设远程医学中心), no unit
/// of it; a unit named for building (建设工程学院, 建设管理处) is one.
fn builds(unit: &str) -> bool {
    [
        "建设", "建成", "设立", "成立", "组建", "建立", "援建", "新建",
    ]
    .iter()
    .any(|v| unit.starts_with(v))
        && !unit.starts_with("建设工程")
        && !unit.starts_with("建设管理")
}

/// Whether `unit` (what follows a short form inside one name) is a unit of it, or nothing.
fn unit_rest(unit: &str) -> bool {
    if builds(unit) {
        return false;
    }
    unit.is_empty()
        // A hospital's administrative units (镇宁县医院护理部).
        || HOSPITAL_UNITS.contains(&unit)
        || (SHORT_UNITS.iter().any(|u| unit.ends_with(u))
            && !unit.starts_with(['学', '學'])
            && !["大学", "医院", "学校"].iter().any(|w| unit.has(w)))
}

/// The full name that `short` abbreviates, when exactly one full name seen so far fits.
fn find_full(fulls: &[Full], short: &str) -> Option<String> {
    let mut found: Option<&str> = None;
    let first = short.chars().next();
    for f in fulls {
        // Cheap tests first: the same first character, or (a hospital) the same end.
        if f.first != first && !f.name.ends_with(short) {
            continue;
        }
        if f.name != short && abbreviates(short, &f.name) {
            if found.is_some_and(|x| x != f.name) {
                return None;
            }
            found = Some(&f.name);
        }
    }
    found.map(str::to_owned)
}

/// One bit per first character (modulo 4096) of the full names and declared short forms.
#[derive(Default)]
struct Firsts {
    bits: Vec<u64>,
}

impl Firsts {
    fn add(&mut self, c: char) {
        let i = c as usize % 4096;
        if self.bits.is_empty() {
            self.bits = vec![0; 64];
        }
        if let Some(w) = self.bits.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    fn may_start(&self, c: char) -> bool {
        let i = c as usize % 4096;
        self.bits
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn is_empty(&self) -> bool {
        self.bits.is_empty()
    }
}

/// Bare units listed after a unit of a short form are its own (黔西南民族职院机械工程系、
/// 化学工程系): pushed to `out` as units of `full`. Returns where the last one ends.
fn listed_units(
    src: &str,
    mut end: usize,
    to: usize,
    full: &str,
    template: &Mention,
    out: &mut Vec<Mention>,
) -> usize {
    loop {
        let Some(next) = src.get(end..to) else {
            return end;
        };
        let Some(joiner) = LIST_JOINERS.iter().find(|j| next.starts_with(**j)) else {
            return end;
        };
        let after = next.get(joiner.len()..).unwrap_or_default();
        // A school of the same kind as the first (锁南镇中心小学、达板镇中心小学): the whole
        // school, not the 中心 inside it.
        let n = same_school(after, &template.name).unwrap_or_else(|| first_unit(after));
        let Some(unit) = after
            .get(..n)
            .filter(|u| !u.is_empty() && (unit_rest(u) || school_head(u).is_some()))
        else {
            return end;
        };
        let start = end + joiner.len();
        end = start + n;
        let base = Mention {
            start,
            end,
            surface: unit.to_owned(),
            ..template.clone()
        };
        out.push(renamed(&base, full, unit));
    }
}

/// Kinds of institution that, after a city's bare stem, make a name of their own (扬州中学,
/// 扬州大学), no institution of the city (扬州市第一中学 is written with 市).
const BARE_KINDS: [&str; 7] = [
    "中学",
    "小学",
    "大学",
    "学院",
    "师范学院",
    "职业大学",
    "医院",
];

/// The heads of schools and clinics listed as units of a place (锁南镇中心小学).
const LISTED_SCHOOL_HEADS: [&str; 5] = ["小学", "中学", "学校", "幼儿园", "卫生院"];

/// The school head `name` ends with, if any.
fn school_head(name: &str) -> Option<&'static str> {
    LISTED_SCHOOL_HEADS
        .iter()
        .copied()
        .find(|h| name.ends_with(h))
}

/// The length of a school of the same head as `first` at the start of `rest` (a name of at
/// most ten characters, none of which ends names), when `first` is a school.
fn same_school(rest: &str, first: &str) -> Option<usize> {
    let head = school_head(first)?;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n >= 10 || !is_cjk(c) || class(c) & IS_STOP_CHAR != 0 {
            return None;
        }
        let end = i + c.len_utf8();
        if n >= 2 && rest.get(..end).is_some_and(|h| h.ends_with(head)) {
            return Some(end);
        }
    }
    None
}

/// Short forms in `src[from..to]` (text between mentions) that the recogniser left out
/// (苏大附一院, 黔西南民族职院), with a unit after them, pushed to `out` as mentions of the
/// full name. Returns the full name of the last one.
fn short_forms_between(
    src: &str,
    from: usize,
    to: usize,
    fulls: &[Full],
    declared: &[Declared],
    firsts: &Firsts,
    out: &mut Vec<Mention>,
) -> Option<String> {
    let gap = src.get(from..to)?;
    // A short form starts after a character that ends names (or no name character), and not
    // inside the declaration (（以下简称“甘农大”）), where it is being defined.
    let starts_ok = |i: usize| {
        let at = from + i;
        let before = src.get(..at).unwrap_or_default();
        !declared.iter().any(|d| d.from <= at && at < d.end)
            && before.chars().next_back().is_none_or(|b| {
                !is_cjk(b)
                    || class(b) & IS_STOP_CHAR != 0
                    // 帮扶甘农大: a verb that ends names on the left.
                    || (class(b) & IS_STOP_LAST != 0
                        && stop_words_ending_with(b).iter().any(|w| before.ends_with(w)))
            })
    };
    // (start in the gap, length, full name).
    let mut cands: Vec<(usize, usize, String)> = Vec::new();
    // A label opening a field of its own (帮扶单位：X on the next card of a form) declares
    // again; it is no use of the short form.
    let field_label = |i: usize, d: &Declared| {
        PARTY_LABELS.contains(&d.short.as_str())
            && gap
                .get(i + d.short.len()..)
                .is_some_and(|r| r.starts_with(['：', ':', '（', '(', '\t']))
    };
    for d in declared {
        for i in gap.starts(d.short.as_str()) {
            let cued = !d.needs_cue
                || gap
                    .get(i + d.short.len()..)
                    .is_some_and(|r| PLACE_STEM_CUES.iter().any(|c| r.starts_with(c)));
            if cued && d.usable_at(from + i, d.short.len()) && starts_ok(i) && !field_label(i, d) {
                cands.push((i, d.short.len(), d.full.clone()));
            }
        }
    }
    // Short forms by shape end with 大 or 院 (`short_class`): found from those characters
    // back, the longest that fits one full name.
    if !fulls.is_empty() {
        for tail in ['大', '院'] {
            for (p, _) in gap.match_indices(tail) {
                let e = p + tail.len_utf8();
                let head = gap.get(..p).unwrap_or_default();
                let mut best = None;
                for (n, (i, c)) in head.char_indices().rev().enumerate() {
                    if n >= 7 || !is_cjk(c) {
                        break;
                    }
                    if n >= 1
                        && firsts.may_start(c)
                        && starts_ok(i)
                        && let Some(f) = gap.get(i..e).and_then(|w| find_full(fulls, w))
                    {
                        best = Some((i, e - i, f));
                    }
                }
                cands.extend(best);
            }
        }
    }
    if cands.is_empty() {
        return None;
    }
    cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut last = None;
    let mut skip_to = 0usize;
    for (i, len, full) in cands {
        if i < skip_to {
            continue;
        }
        let at = from + i;
        // The unit may run into the name the recogniser read inside it (乙方资源与环境学院,
        // read as 环境学院): the caller skips that name.
        let after = src.get(at + len..).unwrap_or_default();
        let unit = if full.ends_with("医院") {
            department_after(after, 0).unwrap_or(0)
        } else {
            unit_after(after)
        };
        let unit = after.get(..unit).filter(|u| unit_rest(u)).unwrap_or("");
        let end = at + len + unit.len();
        let base = Mention {
            start: at,
            end,
            name: String::new(),
            surface: src.get(at..end).unwrap_or_default().to_owned(),
            kind: InstitutionKind::Other,
            pronoun: false,
            parent: None,
        };
        out.push(renamed(&base, &full, unit));
        let end = if unit.is_empty() {
            end
        } else {
            listed_units(src, end, to.max(end), &full, &base, out)
        };
        last = Some(full);
        skip_to = end - from;
    }
    last
}

/// A short form declared after a full name: X（以下简称“Y”）.
#[derive(Clone)]
struct Declared {
    short: String,
    full: String,
    /// Where the full name starts.
    from: usize,
    /// Where the declaration ends (after its closing quote and parenthesis).
    end: usize,
    /// Where a later declaration of the same short form takes over (the next card of a form:
    /// 派出单位 again), else `usize::MAX`.
    until: usize,
    /// Whether this is the first declaration of its short form (only that one is usable
    /// before it, in a headline).
    first: bool,
    /// A city or province written without 市/省 (深圳 of 深圳市), never declared: a short form
    /// only right before a verb of help (深圳对口支援塔县).
    needs_cue: bool,
}

/// Words after which a bare city or province stem (深圳 of 深圳市) is that place.
/// (Not 援建: 杭州援建X学校教学楼 names a building's owner, no partner.)
const PLACE_STEM_CUES: [&str; 8] = [
    "对口支援",
    "对口帮扶",
    "支援",
    "帮扶",
    "援疆",
    "援藏",
    "方面",
    "援助",
];

/// The stems of the cities and provinces named in full (深圳 of 深圳市), as short forms that
/// hold only before a verb of help, after the full name's first mention; none that is
/// declared already, and only those that `src` writes before such a verb somewhere (a
/// substring search per stem, so that the gaps between names are searched for them only in
/// the documents that use them).
fn place_stems(src: &str, mentions: &[Mention], declared: &[Declared]) -> Vec<Declared> {
    let mut out: Vec<Declared> = Vec::new();
    for m in mentions {
        if m.pronoun
            || !matches!(m.kind, InstitutionKind::City | InstitutionKind::Province)
            || out.len() >= 8
        {
            continue;
        }
        let Some(stem) = m.name.strip_suffix(['市', '省']) else {
            continue;
        };
        if stem.chars().count() != 2 || declared.iter().chain(&out).any(|d| d.short == stem) {
            continue;
        }
        out.push(Declared {
            first: false,
            needs_cue: true,
            ..Declared::new(stem, &m.name, m.start, m.end)
        });
    }
    out.retain(|d| {
        memchr::memmem::find_iter(src.as_bytes(), d.short.as_bytes()).any(|at| {
            src.get(at + d.short.len()..)
                .is_some_and(|r| PLACE_STEM_CUES.iter().any(|c| r.starts_with(c)))
        })
    });
    out
}

impl Declared {
    /// A declaration of `short` for `full`, written from `from` to `end`, the only one of its
    /// short form so far.
    fn new(short: &str, full: &str, from: usize, end: usize) -> Self {
        Self {
            short: short.to_owned(),
            full: full.to_owned(),
            from,
            end,
            until: usize::MAX,
            first: true,
            needs_cue: false,
        }
    }

    /// Whether the short form written at `at` (`len` bytes) stands for the full name: after
    /// the declaration, or before the full name (a headline over the text that declares it).
    fn usable_at(&self, at: usize, len: usize) -> bool {
        (at >= self.end && at < self.until) || (self.first && at + len <= self.from)
    }
}

/// Labels of the parties of an agreement, and of the sides of a record of help (派出单位：X,
/// 受援单位：Y).
const PARTY_LABELS: [&str; 8] = [
    "甲方",
    "乙方",
    "丙方",
    "丁方",
    "派出单位",
    "受援单位",
    "支援单位",
    "帮扶单位",
];

/// The words a party declared under `label` goes by: the label, and for a side's label the
/// side's noun of the party's kind (受援单位 of a hospital is also 受援医院).
fn role_nouns(label: &'static str, kind: InstitutionKind) -> Vec<&'static str> {
    let side = match label {
        "受援单位" => "受援",
        "派出单位" => "派出",
        "支援单位" => "支援",
        "帮扶单位" => "帮扶",
        _ => return vec![label],
    };
    let nouns: &[&'static str] = match (side, kind) {
        ("受援", InstitutionKind::Hospital) => &["受援医院"],
        ("受援", InstitutionKind::School) => &["受援学校", "受援校"],
        ("受援", InstitutionKind::University | InstitutionKind::College) => {
            &["受援高校", "受援院校"]
        }
        ("派出", InstitutionKind::Hospital) => &["派出医院"],
        ("派出", InstitutionKind::School) => &["派出学校"],
        ("支援", InstitutionKind::Hospital) => &["支援医院"],
        ("支援", InstitutionKind::University | InstitutionKind::College) => &["支援高校"],
        _ => &[],
    };
    let mut out = vec![label];
    out.extend_from_slice(nouns);
    out
}

/// The party label that opens the line of a name starting at byte `at` (甲方：X, 乙方（盖章）：X,
/// 甲方（受援方）: X), with nothing but the label, a parenthesis and a colon before the name;
/// with where the label starts.
/// Whether the label at byte `at` opens its line (blanks before it only): a field of a form.
fn form_field_line(src: &str, at: usize) -> bool {
    src.get(..at)
        .map(|h| h.rsplit('\n').next().unwrap_or(h))
        .is_some_and(|l| l.chars().all(|c| c.is_whitespace()))
}

fn party_label(src: &str, at: usize) -> Option<(&'static str, usize)> {
    let head = src.get(..at)?;
    // Cheap test first: a colon right before the name (a tab in a form exported from a Word
    // table: 派出单位⇥X).
    let trimmed = head.trim_end_matches([' ', '\u{3000}']);
    let tabbed = !trimmed.ends_with(['：', ':']) && head.ends_with('\t');
    if !tabbed && !trimmed.ends_with(['：', ':']) {
        return None;
    }
    let line = head.rsplit('\n').next().unwrap_or(head);
    let line_at = at - line.len();
    // Two parties may share a line (甲方（盖章）：X　　乙方（盖章）：Y): the last label counts.
    let (label, p) = PARTY_LABELS
        .iter()
        .filter_map(|l| line.rfind(l).map(|p| (*l, p)))
        .max_by_key(|(_, p)| *p)?;
    let rest = line.get(p + label.len()..)?.trim_end();
    // The label in parentheses after the party's role (受赠方（乙方）：X, 捐赠人(甲方)：X).
    let before = line.get(..p)?;
    if let Some(role) = before.strip_suffix(['（', '('])
        && let Some(after) = rest.strip_prefix(['）', ')'])
    {
        let role = role.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        return ((1..=5).contains(&role.chars().count())
            && role.chars().all(is_cjk)
            && (after == "：" || after == ":"))
            .then_some((label, line_at + p));
    }
    let rest = match rest.strip_prefix(['（', '(']) {
        Some(r) => r
            .split_once(['）', ')'])
            .map(|(inner, after)| (inner.chars().count() <= 8).then_some(after))??,
        None => rest,
    };
    let line_start = before
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .is_empty();
    let after_gap = before.ends_with(['\u{3000}', ' ']);
    let colon = rest == "：" || rest == ":";
    let cell = tabbed && line_start && rest.trim_matches('\t').is_empty();
    ((line_start || after_gap) && (colon || cell)).then_some((label, line_at + p))
}

/// Words that give a name's other name inside a parenthesis after it (X（当地人习惯叫“县一中”）).
const NICKNAME_WORDS: [&str; 6] = ["习惯叫", "俗称", "又称", "也叫", "通称", "人称"];

/// A short form written in a parenthesis right after the full name `full` ending at `at`:
/// bare (湖州市第一中学（湖州一中）, when its characters are the name's in order and it starts
/// as the name does) or after a word for another name (（当地人习惯叫“县一中”）, in order only).
/// Returns the short form and where the parenthesis closes.
fn parenthesised_short<'s>(src: &'s str, at: usize, full: &str) -> Option<(&'s str, usize)> {
    let rest = src.get(at..)?;
    let inner = rest.strip_prefix('（').or_else(|| rest.strip_prefix('('))?;
    let (close, close_char) = inner
        .char_indices()
        .take(24)
        .find(|(_, c)| matches!(c, '）' | ')'))?;
    let body = inner.get(..close)?;
    let short = match NICKNAME_WORDS
        .iter()
        .find_map(|w| body.find(w).map(|p| p + w.len()))
    {
        Some(p) => body
            .get(p..)?
            .trim_start_matches(['“', '"', '「', '‘'])
            .trim_end_matches(['”', '"', '」', '’']),
        None if body.chars().next() == full.chars().next() => body.trim(),
        None => return None,
    };
    let n = short.chars().count();
    if !(2..=8).contains(&n)
        || !short.chars().all(is_cjk)
        || n >= full.chars().count()
        || !in_order(short, full)
    {
        return None;
    }
    let open_len = rest.len() - inner.len();
    Some((short, at + open_len + close + close_char.len_utf8()))
}

/// A short form defined in speech before the full name starting at `at`: "吴兴高中就是湖州市吴兴
/// 高级中学", "湖州二中即湖州市第二中学": the longest run of name characters before the word
/// whose characters are the full name's in order and which ends as a short form of its kind.
fn spoken_short<'s>(src: &'s str, at: usize, full: &str) -> Option<&'s str> {
    let head = src.get(..at)?;
    let head = ["也就是", "就是", "即"]
        .iter()
        .find_map(|w| head.strip_suffix(w))?;
    let class = full_class(full)?;
    let full_len = full.chars().count();
    let mut best = None;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= 8 || !is_cjk(c) {
            break;
        }
        let cand = head.get(i..)?;
        if n >= 1 && n + 1 < full_len && in_order(cand, full) && short_class(cand) == Some(class) {
            best = Some(cand);
        }
    }
    best
}

/// The declarations of short forms after the mentions of a document (at most 16).
fn declarations(src: &str, mentions: &[Mention]) -> Vec<Declared> {
    let mut out: Vec<Declared> = Vec::new();
    // The author's hospitals declare short forms too (我校同济医学院附属同济医院（以下简称
    // “同济医院”）).
    for m in mentions.iter().filter(|m| {
        !m.pronoun || (m.name.ends_with("医院") && !PRONOUNS.contains(&m.name.as_str()))
    }) {
        if out.len() >= 16 {
            break;
        }
        // The parties of an agreement (甲方：X, 乙方（盖章）：Y): 甲方 and 乙方 stand for them
        // throughout (the first declaration of each label holds).
        if let Some((label, at)) = party_label(src, m.start) {
            // A role's label stands for the party under the role's other nouns too (受援单位：
            // 甲县人民医院, then 受援医院心内科).
            for short in role_nouns(label, m.kind) {
                // A label declared again on a later line (the next card of a form, 派出单位⇥Y)
                // takes over from there; the first stays usable before it.
                let earlier = out.iter().rposition(|d| d.short == short);
                if let Some(k) = earlier
                    && let Some(d) = out.get_mut(k)
                    && d.full != m.name
                    && form_field_line(src, at)
                {
                    d.until = at;
                    out.push(Declared {
                        first: false,
                        ..Declared::new(short, &m.name, at, m.end)
                    });
                } else if earlier.is_none() {
                    out.push(Declared::new(short, &m.name, at, m.end));
                }
            }
            continue;
        }
        // A renamed institution declares its short form after its former name (西藏农牧学院
        // （现西藏农牧大学，以下简称“农牧学院”）): the written name holds the short form's
        // characters.
        if let Some((short, end)) = parenthesised_short(src, m.end, &m.name)
            .or_else(|| parenthesised_short(src, m.end, &m.surface))
        {
            out.push(Declared::new(short, &m.name, m.start, end));
            continue;
        }
        // The short form before 就是 stands for the name too (it is usable before `from`).
        if let Some(short) = spoken_short(src, m.start, &m.name) {
            out.push(Declared::new(short, &m.name, m.start, m.end));
            continue;
        }
        // X（以下简称“我院”） names the author (author.rs), no short form.
        if let Some((short, end)) = declared_short(src, m.end)
            && !PRONOUNS.contains(&short)
        {
            let rest = src.get(end..).unwrap_or_default();
            let r = rest.trim_start_matches(['”', '"', '」', '』', '’']);
            let r = r.strip_prefix(['）', ')']).unwrap_or(r);
            out.push(Declared::new(
                short,
                &m.name,
                m.start,
                end + rest.len() - r.len(),
            ));
        }
    }
    // A full name written with a place's declared short form (巴州林业和草原局（以下简称巴州
    // 林草局）, after 巴音郭楞蒙古自治州（以下简称巴州）) is the place's institution in full.
    let places: Vec<(String, String)> = out
        .iter()
        // Not a place whose short form is its own name (奉化区 of 宁波市奉化区): its units
        // keep the name as written.
        .filter(|d| {
            InstitutionKind::guess(&d.full).is_place() && !d.full.ends_with(d.short.as_str())
        })
        .map(|d| (d.short.clone(), d.full.clone()))
        .collect();
    for d in &mut out {
        if let Some((short, full)) = places.iter().find(|(short, _)| {
            *short != d.short
                && d.full
                    .strip_prefix(short.as_str())
                    // Not the place's own name after its stem (寿光市人社局 where 寿光 is short
                    // for 山东省寿光市).
                    .is_some_and(|rest| {
                        rest.chars().count() >= 2
                            && !rest.starts_with(['市', '县', '区', '州', '省', '盟', '旗', '地'])
                    })
        }) {
            d.full = format!("{full}{}", d.full.get(short.len()..).unwrap_or_default());
        }
    }
    out
}

/// Whether `rest`, starting with a declared short form, goes on as its full form does after
/// it: 山南市第一高级中学 where 山南 is short for (西藏)山南市 writes the full name, and is no
/// short form to expand.
fn writes_full_end(d: &Declared, rest: &str) -> bool {
    let after_short = d
        .full
        .find(d.short.as_str())
        .and_then(|i| d.full.get(i + d.short.len()..))
        .unwrap_or_default();
    !after_short.is_empty()
        && rest
            .get(d.short.len()..)
            .is_some_and(|r| r.starts_with(after_short))
}

/// Short forms of names written in full in the same document, linked to the name as
/// first written in full: declared ones (甘肃农业大学（以下简称“甘农大”）, any kind) and
/// abbreviations by shape (see [`abbreviates`]), each with a unit after it (甘农大动物医学院,
/// 苏大附一院重症医学科). A short form that two full names fit is left as written. Short forms
/// the recogniser did not take for names (苏大附一院, 黔西南民族职院) are found in the text
/// between mentions. One pass over the mentions and the text between them.
/// Whether `short` is an autonomous county's name without its people (东乡县 of 东乡族自治县,
/// 松桃县 of 松桃苗族自治县): a name in its own right, whose institutions the text names as
/// written (东乡县第一中学). A clipped form (塔县 of 塔什库尔干塔吉克自治县) is not.
pub(crate) fn ethnic_county_short(full: &str, short: &str) -> bool {
    let full = crate::strip_place_prefix(full);
    short.strip_suffix('县').is_some_and(|stem| {
        stem.chars().count() >= 2
            && full
                .strip_prefix(stem)
                .is_some_and(|rest| rest.ends_with("自治县") && rest.has("族"))
    })
}

pub(crate) fn expand_abbreviations(src: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut fulls: Vec<Full> = Vec::new();
    // Declared forms hold for the whole document (a headline may use one before the text that
    // declares it).
    let declared = declarations(src, &mentions);
    // The short forms looked for between names: the declared ones and the stems of places.
    let mut gap_forms = declared.clone();
    gap_forms.extend(place_stems(src, &mentions, &declared));
    let mut firsts = Firsts::default();
    for d in &gap_forms {
        if let Some(c) = d.short.chars().next() {
            firsts.add(c);
        }
    }
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut last_end = 0usize;
    // Whether the last mention pushed was renamed (a bare unit after it in a list is its).
    let mut last_renamed: Option<String> = None;
    for m in mentions {
        if !firsts.is_empty()
            && m.start > last_end
            && let Some(f) = short_forms_between(
                src, last_end, m.start, &fulls, &gap_forms, &firsts, &mut out,
            )
        {
            last_renamed = Some(f);
            last_end = last_end.max(out.last().map_or(0, |x| x.end));
        }
        // An institution written after its place's declaration (X县（以下简称“Y”）人民医院):
        // the place's institution, the declaration inside it.
        if let Some(prev) = out.last_mut()
            && prev.end == m.start
            && !m.pronoun
            && prev.kind.is_place()
            && declared
                .iter()
                .any(|d| d.from == prev.start && d.end == m.start)
            && !m.kind.is_place()
            && [
                "人民医院",
                "中医医院",
                "医院",
                "中学",
                "小学",
                "学校",
                "教育局",
            ]
            .iter()
            .any(|w| m.name.ends_with(w))
            && m.name.chars().count() <= 6
        {
            let place = prev.name.clone();
            *prev = Mention {
                end: m.end,
                ..renamed(prev, &place, &m.name)
            };
            last_end = last_end.max(m.end);
            continue;
        }
        // Inside a short form read longer than the recogniser's name.
        if m.start < last_end {
            continue;
        }
        let prev_end = last_end;
        last_end = last_end.max(m.end);
        // The short form inside its declaration (（以下简称“黔西南州”）) is no mention of its own;
        // the full name after a party's label (甲方：X) is.
        if !m.pronoun
            && declared
                .iter()
                .any(|d| d.from < m.start && m.start < d.end && m.end <= d.end && m.end != d.end)
        {
            continue;
        }
        if m.pronoun {
            last_renamed = None;
            out.push(m);
            continue;
        }
        // A declared short form, then a short form by shape, with a unit after it.
        // The declared form may be longer than the name the recogniser took (黔西南 of
        // 黔西南民族职院, read as the short form of a place): the declared form wins.
        // A declared form the recogniser cut at a character that ends names (受援医院心内科,
        // read as 援医院心内科): the mention starts with the declared form.
        let m = match declared.iter().find_map(|d| {
            let head = src.get(prev_end..m.start)?;
            (1..=2).find_map(|k| {
                let back: usize = head.chars().rev().take(k).map(char::len_utf8).sum();
                let at = m.start.checked_sub(back)?;
                (back > 0
                    && src.get(at..)?.starts_with(d.short.as_str())
                    && at + d.short.len() > m.start
                    && d.usable_at(at, d.short.len()))
                .then_some(at)
            })
        }) {
            Some(at) => Mention {
                start: at,
                surface: src.get(at..m.end).unwrap_or_default().to_owned(),
                ..m
            },
            None => m,
        };
        // A declared short form written after its region (新疆克州 for 克州): the full name.
        if let Some(d) = declared.iter().find(|d| {
            m.surface
                .strip_suffix(d.short.as_str())
                .is_some_and(crate::alias::is_region_prefix)
                && d.usable_at(m.start, m.surface.len())
        }) {
            last_renamed = Some(d.full.clone());
            out.push(Mention {
                name: d.full.clone(),
                kind: InstitutionKind::guess(&d.full),
                ..m
            });
            continue;
        }
        let rest = src.get(m.start..).unwrap_or_default();
        let mut new: Option<(Mention, String)> = declared
            .iter()
            .filter(|d| {
                d.usable_at(m.start, d.short.len())
                    && rest.starts_with(d.short.as_str())
                    && !writes_full_end(d, rest)
            })
            .max_by_key(|d| d.short.len())
            .and_then(|d| {
                let (s, f) = (&d.short, &d.full);
                let unit = match m.surface.get(s.len()..) {
                    // The short form alone, before what it builds.
                    Some(u) if m.surface.starts_with(s.as_str()) && builds(u) => "",
                    Some(u) if m.surface.starts_with(s.as_str()) => u,
                    _ => {
                        let after = rest.get(s.len()..).unwrap_or_default();
                        let n = if f.ends_with("医院") {
                            department_after(after, 0).unwrap_or(0)
                        } else {
                            unit_after(after)
                        };
                        after.get(..n).filter(|u| unit_rest(u)).unwrap_or("")
                    }
                };
                // A place's short form (门源县 for 门源回族自治县) names its institutions too
                // (门源县人民医院).
                // Not a place written with its city above it (奉化区 of 宁波市奉化区: its
                // units keep the name as written).
                let place_institution = f.ends_with(['县', '州', '市', '区', '旗'])
                    && !f.ends_with(s.as_str())
                    && m.surface.starts_with(s.as_str())
                    && !InstitutionKind::guess(unit).is_place()
                    && (InstitutionKind::guess(unit) != InstitutionKind::Other
                        // …and their units (云龙县第二中学图书馆).
                        || ["中学", "小学", "学校", "医院", "幼儿园", "卫生院"]
                            .iter()
                            .any(|w| unit.has(w))
                        // A bureau of no kind of its own (巴州林业和草原局) and a mass
                        // organisation (克州妇女联合会).
                        || unit.ends_with('局')
                        || crate::alias::mass_organisation_words().any(|w| unit.ends_with(w)));
                if !unit_rest(unit) && !place_institution {
                    return None;
                }
                // A city's bare stem declared for it (扬州 of 江苏省扬州市) before a bare kind of
                // institution is that institution's own name (扬州中学, 扬州大学), as written.
                if place_institution
                    && crate::strip_place_prefix(f)
                        .strip_prefix(s.as_str())
                        .is_some_and(|r| ["市", "县", "区"].contains(&r))
                    && BARE_KINDS.contains(&unit)
                {
                    return None;
                }
                // A school written short with the place's short form (龙井一中, 龙井 short for
                // 龙井市) is the school the text names in full (龙井市第一中学), when one fits.
                if place_institution
                    && short_class(&m.surface) == Some(ShortClass::School)
                    && let Some(full) = find_full(&fulls, &m.surface)
                {
                    return Some((renamed(&m, &full, ""), f.clone()));
                }
                let end = m.start + s.len() + unit.len();
                let m = Mention {
                    end,
                    surface: src.get(m.start..end)?.to_owned(),
                    ..m.clone()
                };
                // A county's institution is known by the county (克州人民医院 of 克孜勒苏柯尔克孜
                // 自治州 is 克孜勒苏柯尔克孜自治州人民医院); an autonomous county's name without
                // its people (东乡县 of 东乡族自治县) is a name of its own, its institutions kept
                // as written (东乡县第一中学). A place whose declared short form is its own name
                // (云龙县 of 云南省大理白族自治州云龙县) names its institutions by that name, as
                // written.
                let own_name = if place_institution {
                    ethnic_county_short(f, s)
                } else {
                    f.ends_with(s.as_str())
                        && InstitutionKind::guess(f).is_place()
                        && !InstitutionKind::guess(unit).is_place()
                };
                let owner = if place_institution && !unit.is_empty() && !own_name {
                    crate::strip_place_prefix(f)
                } else if !unit.is_empty() && own_name {
                    s.as_str()
                } else {
                    f.as_str()
                };
                // The units listed after it take the name as written too (东乡县锁南镇中心小学、
                // 达板镇中心小学).
                let base = if place_institution && own_name { s } else { f };
                Some((renamed(&m, owner, unit), base.clone()))
            });
        if let Some((r, _)) = &new {
            last_end = last_end.max(r.end);
        }
        // A unit the recogniser gave a declared short form's institution (神经外科 after
        // 地区医院心内科 is 地区医院神经外科): the full name's unit.
        if new.is_none() && m.name != m.surface {
            new = declared
                .iter()
                .filter(|d| d.usable_at(m.start, 0))
                .find_map(|d| {
                    let unit = m.name.strip_prefix(d.short.as_str())?;
                    (!unit.is_empty() && unit_rest(unit))
                        .then(|| (renamed(&m, &d.full, unit), d.full.clone()))
                });
        }
        // A declared short form written with the place above it (青海省海西州 in a title, 海西州
        // declared in the text): the full name.
        if new.is_none() {
            let bare = crate::strip_place_prefix(&m.name);
            new = declared
                .iter()
                .filter(|d| bare.len() < m.name.len() && d.short == bare && d.full != m.name)
                .find(|d| d.usable_at(m.start, m.surface.len()))
                .map(|d| (renamed(&m, &d.full, ""), d.full.clone()));
        }
        if new.is_none() && m.name == m.surface {
            // Heads end with 大 or 院, or with 中 or 小 of a school (珠海二中英语组; short_class).
            for (p, w) in m.name.match_indices(['大', '院', '中', '小']) {
                let k = p + w.len();
                let (Some(head), Some(unit)) = (m.name.get(..k), m.name.get(k..)) else {
                    continue;
                };
                // A name written in full before is itself, not short for another
                // (深圳市人民医院 beside 深圳市第二人民医院).
                if short_class(head).is_some()
                    && unit_rest(unit)
                    && !fulls.iter().any(|f| f.name == head)
                    && let Some(f) = find_full(&fulls, head)
                {
                    new = Some((renamed(&m, &f, unit), f));
                }
            }
            // A school written without its place, or by shape (星海实验中学, 湖州一中), with
            // a unit after it or not (星海实验中学图书馆).
            if new.is_none() {
                let head = m
                    .name
                    .rfind_str("中学")
                    .and_then(|p| m.name.get(..p + "中学".len()))
                    .filter(|h| unit_rest(m.name.get(h.len()..).unwrap_or("-")))
                    .unwrap_or(&m.name);
                if (head.ends_with("中学") || short_class(head) == Some(ShortClass::School))
                    && let Some(f) = find_full(&fulls, head)
                {
                    let unit = m.name.get(head.len()..).unwrap_or_default().to_owned();
                    new = Some((renamed(&m, &f, &unit), f));
                }
            }
        }
        // A bare unit listed right after a renamed unit is a unit of the same institution
        // (甘农大动物医学院和资源与环境学院).
        if new.is_none()
            && let (Some(owner), Some(prev)) = (&last_renamed, out.last())
            && BARE_UNITS.iter().any(|u| m.name.ends_with(u))
            && !["大学", "大學", "医院", "学院", "学校"].iter().any(|h| {
                m.name
                    .get(..m.name.len().saturating_sub(6))
                    .is_some_and(|b| b.contains(h))
            })
            && src
                .get(prev.end..m.start)
                .is_some_and(|g| LIST_JOINERS.contains(&g.trim()))
            && prev.name.starts_with(owner.as_str())
            && prev.name.len() > owner.len()
        {
            new = Some((renamed(&m, owner, &m.name), owner.clone()));
        }
        if let Some((r, f)) = new {
            let unit = r.name.len() > f.len();
            let end = r.end;
            let template = r.clone();
            out.push(r);
            if unit {
                last_end = last_end.max(listed_units(src, end, src.len(), &f, &template, &mut out));
            }
            last_renamed = Some(f);
            continue;
        }
        last_renamed = None;
        // A full name: remember it, with its university or hospital. Its declaration of a
        // short form (X（以下简称“Y”）) is part of it for the readers of relations, so that the
        // gaps between names hold no parenthesis.
        let mut m = m;
        if let Some(d) = declared.iter().find(|d| d.from == m.start) {
            m.end = m.end.max(d.end);
            last_end = last_end.max(m.end);
            // A department written after its hospital's declaration (X医院（以下简称“Y”）
            // 心内科): the hospital's department, the declaration inside it.
            if m.name.ends_with("医院")
                && let Some(n) = department_after(src, m.end)
                && let Some(unit) = src.get(m.end..m.end + n)
            {
                let end = m.end + n;
                m = Mention {
                    end,
                    ..renamed(&m, &m.name, unit)
                };
                last_end = last_end.max(end);
            }
        } else if let Some(end) = foreign_gloss_end(src, m.end) {
            // So is its name in another language (澳门旅游大学（Universidade de Turismo de
            // Macau）负责帮扶).
            m.end = end;
            last_end = last_end.max(m.end);
        }
        let mut add = |name: &str| {
            if fulls.len() < 64
                && full_class(name).is_some()
                && let Some(c) = name.chars().next()
                && !fulls.iter().any(|f| f.first == Some(c) && f.name == name)
            {
                firsts.add(c);
                fulls.push(Full {
                    name: name.to_owned(),
                    first: Some(c),
                });
            }
        };
        add(&m.name);
        if let Some(p) = &m.parent {
            add(p);
        }
        if let Some(h) = m.name.find_str("医院").map(|p| p + "医院".len())
            && h < m.name.len()
            && let Some(hospital) = m.name.get(..h)
        {
            add(hospital);
        }
        out.push(m);
    }
    if !firsts.is_empty() && src.len() > last_end {
        short_forms_between(
            src,
            last_end,
            src.len(),
            &fulls,
            &gap_forms,
            &firsts,
            &mut out,
        );
    }
    // A school written short before the text names it in full (我们天津一中… then a caption
    // 天津市第一中学): the full name, when exactly one fits.
    for m in &mut out {
        if !m.pronoun
            && m.name == m.surface
            && short_class(&m.name) == Some(ShortClass::School)
            && let Some(f) = find_full(&fulls, &m.name)
        {
            *m = renamed(m, &f, "");
        }
    }
    share_town_suffix(src, &mut out);
    share_town_place(src, &mut out);
    complete_towns_and_companies(&mut out);
    complete_bureaus(&mut out);
    out
}

/// A bureau written short (昂仁县税务局, 芝罘区税务局) is the one bureau of the document whose
/// full name ends with it (国家税务总局昂仁县税务局: a vertically run service names its
/// administration first), when exactly one does; so is an academy's institute written short
/// (作物研究所 of 福建省农业科学院作物研究所).
fn complete_bureaus(ms: &mut [Mention]) {
    let bureau = |m: &Mention| {
        !m.pronoun
            && (m.name.ends_with('局') || m.name.ends_with("研究所"))
            && m.name.chars().count() >= 4
    };
    let mut fulls: Vec<String> = ms
        .iter()
        .filter(|m| bureau(m))
        .map(|m| m.name.clone())
        .collect();
    fulls.sort_unstable();
    fulls.dedup();
    if fulls.len() < 2 || fulls.len() > 64 {
        return;
    }
    for m in ms.iter_mut().filter(|m| bureau(m)) {
        let mut fits = fulls
            .iter()
            .filter(|f| f.len() > m.name.len() && f.ends_with(m.name.as_str()));
        if let (Some(only), None) = (fits.next(), fits.next()) {
            // The part before must be a whole word of its own: an administration (国家税务
            // 总局) or a place (烟台市), not the tail of another word.
            let head = only.get(..only.len() - m.name.len()).unwrap_or_default();
            let institute = m.name.ends_with("研究所") && head.ends_with('院');
            if head.ends_with(['局', '市', '省', '州', '区', '县']) || institute {
                m.name.clone_from(only);
            }
        }
    }
}

/// The place written before the first town of a list is every town's (本市大兴地镇中学、
/// 六库镇中学; 乡城县青德镇中心小学和然乌镇小学): a bare town's institution listed after a
/// place's town institution takes the same place, left to right along the list.
fn share_town_place(src: &str, ms: &mut [Mention]) {
    for k in 1..ms.len() {
        let (Some(a), Some(b)) = (ms.get(k - 1), ms.get(k)) else {
            continue;
        };
        if b.pronoun
            || !src
                .get(a.end..b.start)
                .is_some_and(|g| LIST_JOINERS.contains(&g))
        {
            continue;
        }
        if town_start(&b.name) != Some(0) {
            continue;
        }
        let Some(at) = town_start(&a.name).filter(|&t| t > 0) else {
            continue;
        };
        let Some(place) = a.name.get(..at) else {
            continue;
        };
        if !place.ends_with(['县', '市', '区', '旗']) {
            continue;
        }
        let (name, pronoun) = (format!("{place}{}", b.name), a.pronoun);
        if let Some(b) = ms.get_mut(k) {
            b.name = name;
            b.pronoun = pronoun;
        }
    }
}

/// Where the town of a town's school or hospital starts in `name` (乡城县青德镇中心小学 → after
/// 乡城县; 六库镇中学 → 0): a run of two to four characters and 镇 or 乡, right after the last
/// county-level place mark or at the start, followed by a school or hospital head.
fn town_start(name: &str) -> Option<usize> {
    let start = name
        .char_indices()
        .take(10)
        .filter(|(_, c)| matches!(c, '县' | '市' | '区' | '旗'))
        .map(|(i, c)| i + c.len_utf8())
        .last()
        .unwrap_or(0);
    let rest = name.get(start..)?;
    let (i, c) = rest
        .char_indices()
        .take(5)
        .skip(2)
        .find(|(_, c)| matches!(c, '镇' | '乡'))?;
    let head = rest.get(i + c.len_utf8()..)?;
    TOWN_INSTITUTIONS
        .iter()
        .chain(["学校", "医院", "幼儿园"].iter())
        .any(|h| head.ends_with(h))
        .then_some(start)
}

/// Institutions of towns that a list names once, after its last town (将台堡镇、兴隆镇卫生院,
/// 甲乡、乙乡和丙乡中心学校).
const TOWN_INSTITUTIONS: [&str; 6] = [
    "卫生院",
    "中心卫生院",
    "中心学校",
    "中心小学",
    "中学",
    "小学",
];

/// A list of bare towns ending with a town's institution shares the institution: each town
/// of 甲镇、乙镇卫生院 is read as its 卫生院, right to left along the list.
fn share_town_suffix(src: &str, ms: &mut [Mention]) {
    for k in (1..ms.len()).rev() {
        let (Some(a), Some(b)) = (ms.get(k - 1), ms.get(k)) else {
            continue;
        };
        if a.pronoun || !(a.name.ends_with('镇') || a.name.ends_with('乡')) {
            continue;
        }
        if !src
            .get(a.end..b.start)
            .is_some_and(|g| LIST_JOINERS.contains(&g))
        {
            continue;
        }
        let Some(suffix) = TOWN_INSTITUTIONS.iter().find(|s| {
            b.name
                .strip_suffix(**s)
                .is_some_and(|p| p.ends_with('镇') || p.ends_with('乡'))
        }) else {
            continue;
        };
        let (name, kind) = (format!("{}{suffix}", a.name), b.kind);
        if let Some(a) = ms.get_mut(k - 1) {
            a.name = name;
            a.kind = kind;
        }
    }
}

/// Legal forms that end the full name of an enterprise.
const LEGAL_FORMS: [&str; 3] = ["有限公司", "有限责任公司", "股份有限公司"];

/// The town or township a name ends with after its county, city or district (美姑县巴普镇 →
/// 巴普镇), if the name is one.
fn town_tail(name: &str) -> Option<&str> {
    if !(name.ends_with('镇') || name.ends_with('乡') || name.ends_with("街道")) {
        return None;
    }
    let (i, c) = name
        .char_indices()
        .skip(1)
        .filter(|(_, c)| matches!(c, '县' | '市' | '区' | '旗'))
        .last()?;
    let tail = name.get(i + c.len_utf8()..)?;
    (tail.chars().count() >= 3).then_some(tail)
}

/// Within one document, a town written without its county (巴普镇) is the town first written
/// with it (美姑县巴普镇), and an enterprise written short (浙能镇海发电公司) is the one whose
/// full legal name (浙江浙能镇海发电有限责任公司) holds its characters in order from the same
/// first character, when exactly one full name fits — wherever in the document the full
/// name is written (an attachment's table often holds it). Two passes over the mentions.
fn complete_towns_and_companies(ms: &mut [Mention]) {
    let mut towns: super::fast_hash::FastMap<&str, Option<&str>> =
        super::fast_hash::FastMap::default();
    let mut companies: Vec<&str> = Vec::new();
    for m in ms.iter().filter(|m| !m.pronoun) {
        if let Some(tail) = town_tail(&m.name) {
            let e = towns.entry(tail).or_insert(Some(m.name.as_str()));
            if e.is_some_and(|f| f != m.name) {
                *e = None;
            }
        } else if LEGAL_FORMS.iter().any(|f| m.name.ends_with(f))
            && companies.len() < 64
            && !companies.contains(&m.name.as_str())
        {
            companies.push(&m.name);
        }
    }
    if towns.is_empty() && companies.is_empty() {
        return;
    }
    let mut renames: Vec<(usize, String)> = Vec::new();
    for (k, m) in ms.iter().enumerate().filter(|(_, m)| !m.pronoun) {
        if let Some(Some(full)) = towns.get(m.name.as_str()) {
            renames.push((k, (*full).to_owned()));
            continue;
        }
        if !m.name.ends_with("公司") || LEGAL_FORMS.iter().any(|f| m.name.ends_with(f)) {
            continue;
        }
        let first = m.name.chars().next();
        let mut fits = companies
            .iter()
            .filter(|f| f.chars().next() == first && in_order(&m.name, f));
        if let (Some(only), None) = (fits.next(), fits.next()) {
            renames.push((k, (*only).to_owned()));
        }
    }
    for (k, name) in renames {
        if let Some(m) = ms.get_mut(k) {
            m.name = name;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stop_gate_lets_every_stop_character_of_a_name_word_through() {
        for w in STOP_CHAR_WORDS {
            for c in w.chars().filter(|c| class(*c) & IS_STOP_CHAR != 0) {
                assert!(stop_gate(c), "{c} of {w}");
            }
        }
    }

    fn names(text: &str) -> Vec<String> {
        let t = AliasTable::builtin();
        Recognizer::new(&t)
            .mentions(text, 0)
            .into_iter()
            .map(|m| m.name)
            .collect()
    }

    #[test]
    fn a_verb_of_improving_is_no_part_of_the_name_it_improves() {
        assert_eq!(
            names("善款用于改善镇安县云盖寺镇中心小学的办学条件。"),
            ["镇安县云盖寺镇中心小学"]
        );
    }

    #[test]
    fn any_bureau_is_a_name_but_words_ending_in_bureau_or_hall_are_not() {
        assert_eq!(
            names("日喀则市公安局与吉林省公安厅签订协议，市司法局派员参加。"),
            ["日喀则市公安局", "吉林省公安厅", "市司法局"]
        );
        for text in [
            "服务新发展格局，顾全大局。",
            "在县政务服务大厅和学校餐厅设点。",
            "省市县三级公安局联动。",
            "对口支援和区域合作局的同志到场。",
            "巴州林草局副局长出席。",
        ] {
            assert!(
                names(text)
                    .iter()
                    .all(|n| !n.ends_with(['局', '厅']) || n == "巴州林业和草原局"),
                "{text}: {:?}",
                names(text)
            );
        }
    }

    #[test]
    fn we_hui_is_a_pronoun_only_in_an_association_s_text() {
        let t = AliasTable::builtin();
        let text = "下学期我会继续带两个班。";
        assert!(Recognizer::new(&t).mentions(text, 0).is_empty());
        let mut r = Recognizer::new(&t);
        r.allow_association_pronouns();
        let ms = r.mentions(text, 0);
        assert_eq!(
            ms.iter()
                .map(|m| (m.name.as_str(), m.pronoun))
                .collect::<Vec<_>>(),
            [("我会", true)]
        );
        // 我会同X: 会同 is "together with".
        assert!(
            r.mentions("我会同市应急管理局举办培训。", 0)
                .iter()
                .all(|m| !m.pronoun)
        );
        assert!(names_an_association("佛山市红十字会公示\n正文"));
        assert!(!names_an_association("支教日记\n今天"));
    }

    #[test]
    fn stop_last_covers_every_stop_word() {
        for w in STOP_WORDS.iter().chain(PRONOUNS.iter()) {
            let last = w.chars().next_back().unwrap();
            assert!(STOP_LAST.contains(last), "{w}");
        }
        for (s, _) in SUFFIXES {
            assert!(SUFFIX_FIRST.contains(s.chars().next().unwrap()), "{s}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("依托顺德区在我县设立的劳务协作工作站", &["顺德区", "我县"]),
            (
                "深圳市龙岗区人力资源局协助我县",
                &["深圳市龙岗区人力资源局", "我县"],
            ),
            // Paying is no part of the place paid (拨付松潘县, 下拨沙雅县).
            (
                "其中：拨付松潘县财政帮扶资金，下拨沙雅县项目资金",
                &["松潘县", "沙雅县"],
            ),
            (
                "浙江浙能镇海发电有限责任公司与嘉兴港务集团共同出资",
                &["浙江浙能镇海发电有限责任公司", "嘉兴港务集团"],
            ),
            ("该公司和子公司", &[]),
            (
                "我市彭州职中共接收来自阿坝州各县的学生",
                &["我市", "彭州职中", "阿坝藏族羌族自治州"],
            ),
            (
                "东北师范大学与南京大学对伊犁师范学院进行了支援",
                &["东北师范大学", "南京大学", "伊犁师范学院"],
            ),
            (
                "确定中国人民大学、上海财经大学为我院对口支援单位",
                &["中国人民大学", "上海财经大学", "我院"],
            ),
            (
                "我局继续对口支援甘孜州乡城县。",
                &["我局", "甘孜藏族自治州乡城县"],
            ),
            ("在东北师大攻读硕士", &["东北师范大学"]),
            ("在南大攻读博士学位", &["南京大学"]),
            ("全国人大代表", &[]),
            ("东北师大历史文化学院的教授", &["东北师范大学历史文化学院"]),
            (
                "以长春中医药大学附属医院为主体",
                &["长春中医药大学附属医院"],
            ),
            ("乡城县县委常委", &["乡城县"]),
            (
                "8月江苏省与伊犁哈萨克自治州达成协议",
                &["江苏省", "伊犁哈萨克自治州"],
            ),
            ("7月16日江苏省", &["江苏省"]),
            ("和吉林大学中日联谊医院共同接管", &["吉林大学中日联谊医院"]),
            ("中国科技大学则应我校的要求", &["中国科学技术大学", "我校"]),
            // What the author built is no unit of it; a city's districts are.
            ("在成都市的帮扶下，我州新建学校12所", &["成都市", "我州"]),
            (
                "我市和平区、河西区分别结对帮扶",
                &["我市和平区", "我市河西区"],
            ),
            ("在彭州中学和彭州一中学习", &["彭州中学", "彭州一中"]),
            // 覆盖 (covering) and a side's label (援助方) end a name on the left.
            ("专家覆盖伊宁县人民医院21个科室", &["伊宁县人民医院"]),
            ("本项目援助方天津市河西区已派员观摩", &["天津市河西区"]),
            // A primary school written short, not an hour or a small part.
            ("紫云二小和实验一小结对", &["紫云二小", "实验一小"]),
            ("我县每天工作十二小时，一小部分教师周二小组备课", &["我县"]),
            // Schools named after a street (局前街, 后街), of nine grades (九年制), and a
            // township's 中心校; a university's 中心校区 is a campus.
            (
                "鼓楼区局前街小学、东后街小学与甲镇九年制学校、乙乡中心校结对",
                &[
                    "鼓楼区局前街小学",
                    "东后街小学",
                    "甲镇九年制学校",
                    "乙乡中心校",
                ],
            ),
            ("学生在浙江大学中心校区上课", &["浙江大学"]),
            // Speech: a province before its county (陕西镇安) is no town 陕西镇; 带着县里 holds
            // no county; 时候县院 no county 候县.
            ("刚从陕西镇安回来，我带着县里两个医生查房", &[] as &[&str]),
            ("刚去的时候县院什么都缺", &[]),
            // A place pronoun's centre (我县职业教育中心) is one name; a list of towns after
            // the pronoun keeps it (我县甲镇、乙镇).
            (
                "我县职业教育中心和我县坪坝镇、修齐镇",
                &["我县职业教育中心", "我县坪坝镇", "我县修齐镇"],
            ),
            (
                "长春中医药大学支援长春通源方舱医院",
                &["长春中医药大学", "长春通源方舱医院"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }
}

#[cfg(test)]
mod dump {
    /// Debug aid: `DUMP=path cargo test -p duikou-model --lib dump_mentions -- --ignored
    /// --nocapture` prints each sentence's mentions as the relation readers see them.
    #[test]
    #[ignore = "debug aid"]
    fn dump_mentions() {
        let Ok(path) = std::env::var("DUMP") else {
            return;
        };
        let raw = std::fs::read_to_string(path).unwrap();
        // Read as the extractor reads it: traditional characters folded.
        let src = duikou_tokenizer::fold_traditional(&raw).unwrap_or(raw);
        let sentences = super::super::text::sentences(&src);
        let table = crate::AliasTable::builtin();
        let r = super::Recognizer::new(&table);
        let mut ms = Vec::new();
        for s in &sentences {
            ms.extend(r.mentions(s.span.slice(&src).unwrap_or_default(), s.span.start));
        }
        let ms = super::super::author::resolve_anaphora(&src, &sentences, ms);
        for s in &sentences {
            let here: Vec<String> = ms
                .iter()
                .filter(|m| m.start >= s.span.start && m.end <= s.span.end)
                .map(|m| {
                    if m.surface == m.name {
                        format!("[{}]", m.name)
                    } else {
                        format!("[{}={}]", m.surface, m.name)
                    }
                })
                .collect();
            if !here.is_empty() {
                let t: String = s
                    .span
                    .slice(&src)
                    .unwrap_or_default()
                    .chars()
                    .take(50)
                    .collect();
                println!("{} || {}", t.replace('\n', "⏎"), here.join(" "));
            }
        }
    }
}
