//! A report in traditional characters is read like a simplified one (folded character by
//! character, offsets kept) and answers in its own script: names as written, units as written,
//! money in 港元 kept apart from 元.

use duikou_model::{ContributionKind as K, Status, extract};

const REPORT: &str = "香港浸會大學支援貴州高校工作報告（2015—2024）
發佈日期:2025年1月8日　|　撰稿:浸大內地事務處
一、概況
　　香港特別行政區政府先後撥款約3億港元支持貴州教育發展。本校自2015年起對口支援貴州師範學院，累計投入2,400萬港元，另捐贈實驗儀器一批，價值人民幣180萬元。本校為該校學生設立獎學金，2024年度發放52萬港元。
二、主要工作
(一)師資培訓
　　由本校牽頭，香港教育大學、嶺南大學參與，組成「黔港教師發展團」，幫扶黔東南州中小學教師，三校分別派出導師9人、7人和5人，全團共21人。
　　「黔港教師發展計劃」在凱里、都勻兩地舉辦研修班36期，累計培訓教師約8,600人次。
(二)院系結對
　　本校教育學系與貴州師範學院教育科學學院結成幫扶對子，雙方關係密切。
";

#[test]
fn names_and_units_keep_the_documents_script() {
    let net = extract(REPORT);
    assert_eq!(net.author.as_deref(), Some("香港浸會大學"));
    let pairs = net.pairs();
    for want in [
        ("香港浸會大學", "貴州師範學院"),
        ("香港浸會大學教育學系", "貴州師範學院教育科學學院"),
        ("香港教育大學", "黔東南苗族侗族自治州"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
}

#[test]
fn money_in_hong_kong_dollars_stays_in_its_unit() {
    let net = extract(REPORT);
    let money: Vec<(&str, String)> = net
        .contributions
        .iter()
        .filter(|c| c.kind == K::MoneyDonated)
        .map(|c| (c.unit.as_str(), c.value.to_string()))
        .collect();
    for want in [
        ("港元", "300000000"),
        ("港元", "24000000"),
        ("港元", "520000"),
    ] {
        assert!(
            money.contains(&(want.0, want.1.to_owned())),
            "{want:?} not in {money:?}"
        );
    }
    // Equipment valued in 人民幣 is in 元.
    assert!(
        net.contributions
            .iter()
            .any(|c| c.kind == K::EquipmentDonated && c.unit == "元"),
        "{:?}",
        net.contributions
    );
}

#[test]
fn a_teams_shares_and_a_programmes_name() {
    let net = extract(REPORT);
    let counted: Vec<(Option<&str>, String)> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "人" && !c.part_of_total)
        .map(|c| (c.supporter.as_deref(), c.value.to_string()))
        .collect();
    // 三校分別 takes the team of the sentence, lead first; 全團共21人 is their sum.
    assert_eq!(
        counted,
        [
            (Some("香港浸會大學"), "9".to_owned()),
            (Some("香港教育大學"), "7".to_owned()),
            (Some("嶺南大學"), "5".to_owned()),
        ]
    );
    assert!(
        net.contributions
            .iter()
            .filter(|c| c.unit == "人")
            .all(|c| c.kind == K::TeacherDispatched),
        "{:?}",
        net.contributions
    );
    // 計劃 inside 「」 names a programme: the sessions held are no plan.
    let sessions = net
        .contributions
        .iter()
        .find(|c| c.unit == "期")
        .map(|c| c.status);
    assert_eq!(sessions, Some(Status::Actual));
}

/// A Macau government release: pataca amounts in their own unit (澳門元, 澳門幣 alike), names
/// glossed in Portuguese between the name and its verb or its declared short form, a
/// foundation as a supporter, a long autonomous prefecture before the county, and the year a
/// pairing holds since (自…年起).
const MACAU_RELEASE: &str = "澳門特別行政區政府入口網站 > 新聞
發佈日期 : 2025年3月12日
　　【新聞局訊】特區政府代表團赴貴州省黔南布依族苗族自治州三都水族自治縣（以下簡稱三都縣）考察。
　　澳門特別行政區政府自2019年起對口幫扶三都縣，累計撥付幫扶資金逾2.6億澳門元。衛生局轄下山頂醫院（Hospital Conde de São Januário，以下簡稱山頂醫院）對口幫扶三都縣人民醫院，山頂醫院累計派駐醫生40人次，捐贈設備價值860萬澳門幣。
　　澳門培正中學與三都縣民族中學結為姊妹學校。三都縣職業技術學校則由澳門城市大學（Universidade da Cidade de Macau）負責幫扶。澳門基金會（Fundação Macau）亦對口幫扶三都縣，2024年發放助學金320萬澳門元。
";

#[test]
fn a_macau_release_reads_its_parties_and_patacas() {
    let net = extract(MACAU_RELEASE);
    let mut pairs = net.pairs();
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [
            ("山頂醫院", "三都縣人民醫院"),
            ("澳門城市大學", "三都縣職業技術學校"),
            ("澳門培正中學", "三都縣民族中學"),
            ("澳門基金會", "三都水族自治縣"),
            ("澳門特別行政區政府", "三都水族自治縣"),
        ]
    );
    let government = net
        .relations
        .iter()
        .find(|r| {
            r.recipient == "三都水族自治縣"
                && r.supporter_names().any(|s| s == "澳門特別行政區政府")
        })
        .expect("the government's pairing");
    assert_eq!(
        government.established.as_ref().map(|d| d.text.as_str()),
        Some("2019年")
    );
    let money: Vec<(K, String, &str)> = net
        .contributions
        .iter()
        .map(|c| (c.kind, c.value.to_string(), c.unit.as_str()))
        .collect();
    for want in [
        (K::MoneyDonated, "260000000".to_owned(), "澳門元"),
        (K::EquipmentDonated, "8600000".to_owned(), "澳門元"),
        (K::MoneyDonated, "3200000".to_owned(), "澳門元"),
    ] {
        assert!(money.contains(&want), "{want:?} not in {money:?}");
    }
}
