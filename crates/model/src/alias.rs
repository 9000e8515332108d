//! The alias table: canonical names, kinds and abbreviations, loaded from data.

use crate::extract::fast_hash::FastMap;
use crate::extract::has::Has;
use crate::{InstitutionKind, ModelError};

/// The built-in table (`data/aliases.tsv`), TAB-separated `canonical<TAB>kind<TAB>a|b|c`.
///
/// # Examples
///
/// ```
/// assert!(duikou_model::BUILTIN_ALIASES.lines().any(|l| l.starts_with("东北师范大学\t")));
/// ```
pub const BUILTIN_ALIASES: &str = include_str!("../data/aliases.tsv");

/// One row of the alias table.
///
/// # Examples
///
/// ```
/// let t = duikou_model::AliasTable::builtin();
/// let e = t.entry("东北师大").unwrap();
/// assert_eq!(e.canonical, "东北师范大学");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasEntry {
    /// Canonical full name.
    pub canonical: String,
    /// Kind of institution.
    pub kind: InstitutionKind,
    /// Abbreviations and other names.
    pub aliases: Vec<String>,
}

/// Maps abbreviations to canonical names (东北师大 → 东北师范大学) and decides when two written
/// names denote one institution (甘孜州乡城县 ~ 乡城县).
///
/// The table is data: [`AliasTable::builtin`] loads `data/aliases.tsv`, and users add their own
/// rows with [`AliasTable::extend_from_tsv`] (later rows win).
///
/// # Examples
///
/// ```
/// use duikou_model::AliasTable;
/// let mut t = AliasTable::builtin();
/// assert_eq!(t.resolve("中国科技大学"), "中国科学技术大学");
/// assert_eq!(t.resolve("人大"), "中国人民大学");
/// t.extend_from_tsv("喀什大学\tuniversity\t喀大").unwrap();
/// assert_eq!(t.resolve("喀大"), "喀什大学");
/// assert!(t.same_institution("甘孜州乡城县", "乡城县"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AliasTable {
    entries: Vec<AliasEntry>,
    by_surface: FastMap<String, usize>,
}

impl AliasTable {
    /// An empty table.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(duikou_model::AliasTable::new().is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The built-in table from `data/aliases.tsv`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(duikou_model::AliasTable::builtin().len() > 50);
    /// ```
    #[must_use]
    pub fn builtin() -> Self {
        builtin_ref().clone()
    }

    /// Parses a table from TAB-separated text.
    ///
    /// # Errors
    ///
    /// [`ModelError::Table`] for a line without three columns, [`ModelError::UnknownWord`]
    /// for an unknown kind.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = duikou_model::AliasTable::from_tsv("# comment\n南京大学\tuniversity\t南大\n").unwrap();
    /// assert_eq!(t.resolve("南大"), "南京大学");
    /// ```
    pub fn from_tsv(text: &str) -> Result<Self, ModelError> {
        let mut t = Self::new();
        t.extend_from_tsv(text)?;
        Ok(t)
    }

    /// Adds the rows of a TAB-separated table; a row for a known canonical name adds aliases.
    /// Rows before the first bad one are kept.
    ///
    /// # Errors
    ///
    /// As [`AliasTable::from_tsv`].
    ///
    /// # Examples
    ///
    /// ```
    /// let mut t = duikou_model::AliasTable::new();
    /// t.extend_from_tsv("乡城县教育局\teducation_bureau\t乡城教育局").unwrap();
    /// assert_eq!(t.kind_of("乡城教育局"), Some(duikou_model::InstitutionKind::EducationBureau));
    /// ```
    pub fn extend_from_tsv(&mut self, text: &str) -> Result<(), ModelError> {
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(canonical), Some(kind), aliases) = (cols.next(), cols.next(), cols.next())
            else {
                return Err(ModelError::Table {
                    table: "alias",
                    line: i + 1,
                    message: "expected `canonical<TAB>kind<TAB>aliases`".to_owned(),
                });
            };
            let kind: InstitutionKind = kind.trim().parse()?;
            let aliases: Vec<&str> = aliases
                .unwrap_or_default()
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .collect();
            self.insert(canonical.trim(), kind, &aliases);
        }
        Ok(())
    }

    /// Adds one institution with its aliases.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::{AliasTable, InstitutionKind};
    /// let mut t = AliasTable::new();
    /// t.insert("彭州市教育局", InstitutionKind::EducationBureau, &["彭州教育局"]);
    /// assert_eq!(t.canonical("彭州教育局"), Some("彭州市教育局"));
    /// ```
    pub fn insert(&mut self, canonical: &str, kind: InstitutionKind, aliases: &[&str]) {
        if canonical.is_empty() {
            return;
        }
        let idx = match self.by_surface.get(canonical) {
            Some(&i)
                if self
                    .entries
                    .get(i)
                    .is_some_and(|e| e.canonical == canonical) =>
            {
                i
            }
            _ => {
                self.entries.push(AliasEntry {
                    canonical: canonical.to_owned(),
                    kind,
                    aliases: Vec::new(),
                });
                let i = self.entries.len() - 1;
                self.by_surface.insert(canonical.to_owned(), i);
                i
            }
        };
        if let Some(e) = self.entries.get_mut(idx) {
            e.kind = kind;
            for a in aliases {
                if !e.aliases.iter().any(|x| x == a) {
                    e.aliases.push((*a).to_owned());
                }
                self.by_surface.insert((*a).to_owned(), idx);
            }
        }
    }

    /// Number of institutions in the table.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_model::AliasTable::new().len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the table is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!duikou_model::AliasTable::builtin().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The row for a canonical name or an alias.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(duikou_model::AliasTable::builtin().entry("北师大").is_some());
    /// ```
    #[must_use]
    pub fn entry(&self, surface: &str) -> Option<&AliasEntry> {
        self.by_surface
            .get(surface)
            .and_then(|&i| self.entries.get(i))
    }

    /// The canonical name for a canonical name or an alias.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(duikou_model::AliasTable::builtin().canonical("上财"), Some("上海财经大学"));
    /// ```
    #[must_use]
    pub fn canonical(&self, surface: &str) -> Option<&str> {
        self.entry(surface).map(|e| e.canonical.as_str())
    }

    /// The kind recorded for a name.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou_model::{AliasTable, InstitutionKind};
    /// assert_eq!(AliasTable::builtin().kind_of("伊犁师范学院"), Some(InstitutionKind::College));
    /// ```
    #[must_use]
    pub fn kind_of(&self, surface: &str) -> Option<InstitutionKind> {
        self.entry(surface).map(|e| e.kind)
    }

    /// Every surface form (canonical names and aliases) with its canonical name.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = duikou_model::AliasTable::builtin();
    /// assert!(t.surfaces().any(|(s, c)| s == "央财" && c == "中央财经大学"));
    /// ```
    pub fn surfaces(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_surface.iter().filter_map(|(s, &i)| {
            self.entries
                .get(i)
                .map(|e| (s.as_str(), e.canonical.as_str()))
        })
    }

    /// The canonical form of a written name: an alias is replaced by its canonical name, and a
    /// leading alias inside a longer name is expanded (东北师大历史文化学院 →
    /// 东北师范大学历史文化学院). Unknown names are returned unchanged.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = duikou_model::AliasTable::builtin();
    /// assert_eq!(t.resolve("东北师大历史文化学院"), "东北师范大学历史文化学院");
    /// assert_eq!(t.resolve("乡城县"), "乡城县");
    /// // A mass organisation's short kind word is written out.
    /// assert_eq!(t.resolve("珠海市妇联"), "珠海市妇女联合会");
    /// // Idempotent: a name that already starts with the full form is left alone.
    /// let once = t.resolve("北京理工阿坝州");
    /// assert_eq!(t.resolve(&once), once);
    /// ```
    #[must_use]
    pub fn resolve(&self, name: &str) -> String {
        if let Some(c) = self.canonical(name) {
            return c.to_owned();
        }
        // Longest alias that is a proper prefix and is followed by a unit name.
        let mut best: Option<(usize, &str)> = None;
        for (end, _) in name.char_indices().skip(2).take(10) {
            if best.is_some() {
                break;
            }
            if let (Some(head), Some(c)) = (
                name.get(..end),
                name.get(..end).and_then(|h| self.canonical(h)),
            ) && (head.chars().count() >= 3
                || ["部", "学院", "系"].iter().any(|u| name.ends_with(u)))
                && c != head
                // Already expanded (北京理工大学阿坝州 starts with 北京理工大学): expanding the
                // short form 北京理工 again would grow the name on every pass.
                && !name.starts_with(c)
            {
                best = Some((end, c));
            }
        }
        let prefixed = match best {
            Some((end, c)) => format!("{c}{}", name.get(end..).unwrap_or_default()),
            None => name.to_owned(),
        };
        full_suffix(prefixed)
    }

    /// The key under which two names count as one institution: the canonical name without a
    /// leading place-name prefix (甘孜州乡城县 and 乡城县 share the key 乡城县).
    ///
    /// # Examples
    ///
    /// ```
    /// let t = duikou_model::AliasTable::builtin();
    /// assert_eq!(t.key("甘孜州乡城县"), "乡城县");
    /// assert_eq!(t.key("东北师大"), "东北师范大学");
    /// assert_eq!(t.key("成都市教育局"), "成都市教育局");
    /// ```
    #[must_use]
    pub fn key(&self, name: &str) -> String {
        let resolved = self.resolve(name);
        if self.canonical(&resolved).is_some() {
            return resolved;
        }
        strip_place_prefix(&resolved).to_owned()
    }

    /// Whether two written names denote the same institution.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = duikou_model::AliasTable::builtin();
    /// assert!(t.same_institution("南大", "南京大学"));
    /// assert!(!t.same_institution("南京大学", "南京师范大学"));
    /// ```
    #[must_use]
    pub fn same_institution(&self, a: &str, b: &str) -> bool {
        self.key(a) == self.key(b)
    }
}

/// Short forms of the kind word that ends a mass organisation's name, with their full forms
/// (珠海市妇联 is 珠海市妇女联合会, 福州市科协 is 福州市科学技术协会).
const SHORT_SUFFIXES: [(&str, &str); 5] = [
    ("妇联", "妇女联合会"),
    ("科协", "科学技术协会"),
    ("残联", "残疾人联合会"),
    ("侨联", "归国华侨联合会"),
    ("工商联", "工商业联合会"),
];

/// The kind words that end a place's mass organisation (妇联, 妇女联合会, …, 总工会): both forms
/// of [`SHORT_SUFFIXES`] and the trade union, which has no short form.
pub(crate) fn mass_organisation_words() -> impl Iterator<Item = &'static str> {
    SHORT_SUFFIXES
        .iter()
        .flat_map(|(short, full)| [*full, *short])
        .chain(["总工会"])
}

/// Short forms of a bureau's kind word (巴州林草局 is 巴州林业和草原局): written out as the
/// mass organisations' are, but no mass organisation.
const BUREAU_SHORT_SUFFIXES: [(&str, &str); 1] = [("林草局", "林业和草原局")];

/// `name` with a short kind word at its end written out (see [`SHORT_SUFFIXES`] and
/// [`BUREAU_SHORT_SUFFIXES`]), when a place or unit of at least two characters comes before it.
pub(crate) fn full_suffix(name: String) -> String {
    for (short, full) in SHORT_SUFFIXES.iter().chain(&BUREAU_SHORT_SUFFIXES) {
        if let Some(body) = name.strip_suffix(short)
            && body.chars().count() >= 2
        {
            return format!("{body}{full}");
        }
    }
    name
}

static BUILTIN: std::sync::LazyLock<AliasTable> = std::sync::LazyLock::new(|| {
    let mut t = AliasTable::new();
    // The built-in file is tested to parse; a broken row would only be skipped.
    let _ = t.extend_from_tsv(BUILTIN_ALIASES);
    t
});

/// The built-in table, parsed once.
pub(crate) fn builtin_ref() -> &'static AliasTable {
    &BUILTIN
}

/// Strips one leading place name (…省, …自治区, …州, …地区, …市) when what remains is itself a
/// named place or institution of at least two characters before its suffix.
///
/// # Examples
///
/// ```
/// use duikou_model::strip_place_prefix;
/// assert_eq!(strip_place_prefix("甘孜州乡城县"), "乡城县");
/// assert_eq!(strip_place_prefix("长春市九台区中医院"), "长春市九台区中医院");
/// assert_eq!(strip_place_prefix("杭州市西湖区"), "杭州市西湖区");
/// assert_eq!(strip_place_prefix("黔西南州兴义市"), "兴义市");
/// assert_eq!(strip_place_prefix("成都市教育局"), "成都市教育局");
/// // Generic names need their place: 江西省人民医院 is not any 人民医院.
/// assert_eq!(strip_place_prefix("江西省人民医院"), "江西省人民医院");
/// assert_eq!(strip_place_prefix("德阳市第一中学"), "德阳市第一中学");
/// assert_eq!(strip_place_prefix("成都市树德中学"), "成都市树德中学");
/// assert_eq!(strip_place_prefix("阿坝州理县"), "理县");
/// assert_eq!(strip_place_prefix("黔东南苗族侗族自治州从江县"), "从江县");
/// assert_eq!(strip_place_prefix("克州阿合奇县"), "阿合奇县");
/// assert_eq!(strip_place_prefix("克州阿图什市"), "阿图什市");
/// assert_eq!(strip_place_prefix("兰州城市学院"), "兰州城市学院");
/// assert_eq!(strip_place_prefix("湖州市安吉县"), "安吉县");
/// assert_eq!(strip_place_prefix("四川省凉山州昭觉县"), "昭觉县");
/// assert_eq!(strip_place_prefix("西藏山南市"), "山南市");
/// assert_eq!(strip_place_prefix("贵州省普安县"), "普安县");
/// assert_eq!(strip_place_prefix("西藏自治区昌都市人民医院心内科"), "昌都市人民医院心内科");
/// assert_eq!(strip_place_prefix("北京市教育委员会"), "北京市教育委员会");
/// assert_eq!(strip_place_prefix("西藏自治区山南市中级人民法院"), "山南市中级人民法院");
/// assert_eq!(strip_place_prefix("湖北省高级人民法院"), "湖北省高级人民法院");
/// assert_eq!(strip_place_prefix("贵州省毕节市图书馆"), "毕节市图书馆");
/// assert_eq!(strip_place_prefix("新疆医科大学"), "新疆医科大学");
/// assert_eq!(strip_place_prefix("新疆塔城地区"), "塔城地区");
/// assert_eq!(strip_place_prefix("新疆塔城市"), "塔城市");
/// ```
#[must_use]
pub fn strip_place_prefix(name: &str) -> &str {
    // 四川省甘孜州乡城县: one place at a time, a bounded number of times.
    let mut cur = name;
    for _ in 0..4 {
        match strip_one_place(cur) {
            Some(rest) if rest.len() < cur.len() => cur = rest,
            _ => break,
        }
    }
    cur
}

/// The name of an institution of a county without the places written above the county
/// (四川省广元市苍溪县职业高级中学 → 苍溪县职业高级中学, 甘肃省定西市岷县人民医院 → 岷县人民医院): a
/// county's institution is known by its county's name. `None` when `name` is no such
/// institution (a place itself, a city's or a province's institution, 湖北省武昌实验中学).
pub(crate) fn county_led(name: &str) -> Option<&str> {
    let mut best = None;
    for (i, c) in name.char_indices().take(12) {
        if !matches!(c, '省' | '市' | '州' | '区') {
            continue;
        }
        let cut = i + c.len_utf8();
        let head = name.get(..cut)?;
        if (c == '区' && !(head.ends_with("自治区") || head.ends_with("地区")))
            || head.chars().count() < 3
        {
            continue;
        }
        let rest = name.get(cut..)?;
        // A county of one to four characters (岷县, 苍溪县), then the institution's own name.
        let county_end = rest
            .char_indices()
            .skip(1)
            .take(4)
            .find(|(_, m)| matches!(m, '县' | '旗' | '省' | '市' | '州' | '区'))
            .filter(|(_, m)| matches!(m, '县' | '旗'))
            .map(|(k, m)| k + m.len_utf8());
        let Some(k) = county_end else { continue };
        let county = rest.get(..k)?;
        let own = rest.get(k..)?;
        if county.chars().all(crate::extract::names::is_cjk) && own.chars().count() >= 2 {
            best = Some(rest);
        }
    }
    best
}

/// Short names of autonomous regions written before a place without 自治区 (西藏山南市).
const REGION_SHORT: [&str; 5] = ["内蒙古", "西藏", "新疆", "宁夏", "广西"];

/// Whether `name` opens with the short name of an autonomous region (新疆克州): a short form
/// of it must not be taken from its first characters (新疆克).
pub(crate) fn opens_with_region(name: &str) -> bool {
    REGION_SHORT.iter().any(|r| name.starts_with(r))
}

/// Whether `prefix` is a province-level region written before a place (新疆, 甘肃省,
/// 西藏自治区): what a short form may be written after.
pub(crate) fn is_region_prefix(prefix: &str) -> bool {
    REGION_SHORT.contains(&prefix)
        || ((prefix.ends_with('省') || prefix.ends_with("自治区"))
            && (2..=8).contains(&prefix.chars().count()))
}

/// Whether `rest` starts with a place of two to six characters before its mark (山南市,
/// 黔西南州, 金平县, 闵行区): a school or a generic name after it is that place's.
fn starts_with_place(rest: &str) -> bool {
    for (n, (i, c)) in rest.char_indices().enumerate().take(7) {
        if n >= 2 && matches!(c, '省' | '市' | '州' | '县' | '区' | '旗' | '盟') {
            let head = rest.get(..i).unwrap_or_default();
            // 新疆维吾尔自治区 is the region itself.
            if c == '区' && head.ends_with("自治") {
                return false;
            }
            return !["大学", "学院", "学校", "医院", "中学", "小学", "中心"]
                .iter()
                .any(|w| head.has(w));
        }
        if !crate::extract::names::is_cjk(c) {
            return false;
        }
    }
    // Autonomous prefectures and counties have long names (伊犁哈萨克自治州, 克孜勒苏柯尔克孜
    // 自治州): up to twelve characters when they end in 自治州 or 自治县.
    let Some(i) = rest.find_str("自治州").or_else(|| rest.find_str("自治县")) else {
        return false;
    };
    let head = rest.get(..i).unwrap_or_default();
    (2..=12).contains(&head.chars().count())
        && head.chars().all(crate::extract::names::is_cjk)
        && !["大学", "学院", "学校", "医院", "中学", "小学", "中心"]
            .iter()
            .any(|w| head.has(w))
}

/// One leading place stripped from `name`, when what remains still names something: a
/// province (四川省, 西藏) before a place or a named institution, a prefecture (甘孜州, 黔西南州)
/// before a county or a county-level city. A city keeps its districts (杭州市西湖区) and its
/// institutions (昆明市延安医院), as written.
fn strip_one_place(name: &str) -> Option<&str> {
    for short in REGION_SHORT {
        if let Some(rest) = name.strip_prefix(short)
            && !rest.starts_with("自治区")
            && starts_with_place(rest)
        {
            return Some(rest);
        }
    }
    // Up to twelve characters: autonomous prefectures have long names (黔东南苗族侗族自治州,
    // 克孜勒苏柯尔克孜自治州).
    for (pos, _) in name.char_indices().skip(2).take(11) {
        let Some(head) = name.get(..pos) else {
            continue;
        };
        let province = head.ends_with('省') || head.ends_with("自治区");
        let prefecture = head.ends_with('州') || head.ends_with("地区");
        let city = head.ends_with('市');
        if !(province || prefecture || city) {
            continue;
        }
        let mark_chars = if head.ends_with("自治区") {
            3
        } else if head.ends_with("地区") {
            2
        } else {
            1
        };
        let rest = name.get(pos..).unwrap_or_default();
        // A hospital's department (昌都市人民医院心内科) is placed as its hospital is.
        let own = match rest.rfind_str("医院") {
            Some(p) if crate::extract::names::ends_as_department(rest) => {
                rest.get(..p + "医院".len()).unwrap_or(rest)
            }
            _ => rest,
        };
        let kind = InstitutionKind::guess(own);
        let body = crate::extract::names::body_chars(own);
        // 兰州 in 兰州城市学院 is part of the name; a prefecture written short (克州, 伊州)
        // before a county is not.
        if head.chars().count() < mark_chars + 2
            && !(head.ends_with('州')
                && head.chars().count() == 2
                && !rest.starts_with(['市', '省', '县', '区', '州', '地', '城'])
                && (kind == InstitutionKind::County
                    || (kind == InstitutionKind::City && !rest.ends_with('区')))
                && body >= 2)
        {
            continue;
        }
        let district = rest.ends_with('区');
        // A county (甘孜州乡城县 → 乡城县, 阿坝州理县 → 理县) or a county-level city after its
        // prefecture (黔西南州兴义市 → 兴义市).
        let county = kind == InstitutionKind::County
            || (kind == InstitutionKind::City && !district && !city);
        if county && body >= 1 {
            return Some(rest);
        }
        if !province {
            return None;
        }
        // After a province: a place, or an institution with a name of its own (四川省甘孜州
        // 人民医院 → 甘孜州人民医院); a school, a bureau and a generic name keep it.
        if kind.is_place() && body >= 2 {
            return Some(rest);
        }
        let placed = starts_with_place(rest);
        if is_generic_name(rest) && !placed {
            return None;
        }
        // A court, a library or another body of a place (西藏自治区山南市中级人民法院, 贵州省
        // 毕节市图书馆) is the place's.
        if placed
            && kind == InstitutionKind::Other
            && body >= 2
            && ["人民法院", "人民检察院", "图书馆", "博物馆", "文化馆"]
                .iter()
                .any(|w| rest.ends_with(w))
        {
            return Some(rest);
        }
        // A provincial college is named with its province (广东省机械技师学院) unless a place
        // of its own follows (四川省西昌学院 is 西昌学院).
        let keeps = matches!(
            kind,
            InstitutionKind::School
                | InstitutionKind::Other
                | InstitutionKind::EducationBureau
                | InstitutionKind::Government
                | InstitutionKind::Enterprise
        ) || (kind == InstitutionKind::College && !placed);
        if !keeps && body >= 2 {
            return Some(rest);
        }
        return None;
    }
    None
}

/// Heads of names that many places share (人民医院, 第一中学, 实验小学, 中心小学, 城区幼儿园):
/// such a name identifies an institution only together with its place.
const GENERIC_HEADS: [&str; 15] = [
    "人民", "第", "实验", "中心", "城区", "城关", "中医", "妇幼", "附属", "民族", "职业", "方舱",
    "肿瘤", "儿童", "口腔",
];

/// Whether `name` (without a place) is a name that many places share.
pub(crate) fn is_generic_name(name: &str) -> bool {
    GENERIC_HEADS.iter().any(|h| name.starts_with(h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn county_institutions_drop_the_places_above_the_county() {
        assert_eq!(
            county_led("四川省广元市苍溪县职业高级中学"),
            Some("苍溪县职业高级中学")
        );
        assert_eq!(county_led("甘肃省定西市岷县人民医院"), Some("岷县人民医院"));
        assert_eq!(county_led("凉山州昭觉县民族中学"), Some("昭觉县民族中学"));
        for n in [
            "湖北省武昌实验中学",
            "甘孜州乡城县",
            "苍溪县职业高级中学",
            "长春市九台区中医院",
            "江西省人民医院",
        ] {
            assert_eq!(county_led(n), None, "{n}");
        }
    }
}
