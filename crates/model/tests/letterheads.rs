//! A red-headed notice: the letterhead (X文件) above a document number is the author, though
//! the title names only the recipient (关于2024年度对口支援Y工作考核结果的通报); a short form
//! written after its region (新疆克州) is the short form, and names the declared place.

use duikou_model::extract;

mod common;

fn pairs(src: &str) -> Vec<(String, String)> {
    let mut v = common::pairs(src);
    v.sort();
    v
}

const DOC: &str = "浙江省对口支援工作领导小组办公室文件
浙援办〔2025〕3号
关于2024年度对口支援新疆阿克苏工作考核结果的通报

　　2024年，我省对口支援新疆阿克苏地区（以下简称阿克苏），浙江大学医学院附属第一医院对口帮扶阿克苏第一人民医院。
";

#[test]
fn the_letterhead_is_the_author_and_we_are_its_province() {
    let net = extract(DOC);
    assert_eq!(
        net.author.as_deref(),
        Some("浙江省对口支援工作领导小组办公室")
    );
    assert!(
        pairs(DOC).contains(&("浙江省".to_owned(), "阿克苏地区".to_owned())),
        "{:?}",
        pairs(DOC)
    );
}

#[test]
fn a_short_form_after_its_region_is_the_declared_place() {
    let src = "关于2024年度对口支援新疆克州工作考核结果的通报

　　江苏省对口支援新疆克孜勒苏柯尔克孜自治州（以下简称克州），江苏省人民医院对口帮扶克州人民医院。
";
    let p = pairs(src);
    assert!(
        p.contains(&("江苏省".to_owned(), "克孜勒苏柯尔克孜自治州".to_owned())),
        "{p:?}"
    );
    assert!(
        p.contains(&(
            "江苏省人民医院".to_owned(),
            "克孜勒苏柯尔克孜自治州人民医院".to_owned()
        )),
        "{p:?}"
    );
    assert!(!p.iter().any(|(_, r)| r.contains("新疆克")), "{p:?}");
}

#[test]
fn a_title_below_blank_lines_still_names_its_issuer() {
    let src = "克州财政局文件\n\n克财建〔2025〕12号\n\n克州财政局关于下达2025年第一批\n江苏省援疆资金的通知\n\n阿图什市财政局：\n　　现将江苏省对口支援我州的援疆资金下达给你们。\n";
    let net = extract(src);
    assert_eq!(net.author.as_deref(), Some("克州财政局"));
}

/// A body's own accounts (部门决算) under its site's trail: the body titled is the author (a
/// 发展和改革局 is a body's name), not the government whose site the trail names.
#[test]
fn a_departments_accounts_name_it_as_author() {
    let net = duikou_model::extract(
        "嘉兴市秀洲区人民政府门户网站 > 信息公开 > 部门决算\n嘉兴市秀洲区发展和改革局2024年度部门决算\n我局负责统筹全区东西部协作工作。\n",
    );
    assert_eq!(net.author.as_deref(), Some("嘉兴市秀洲区发展和改革局"));
}

/// A bulletin's masthead (the issuer, the document type spaced out, the issue number and the
/// issuer again with the date) stands over its title: the party committee's 督查室 issues it
/// and speaks for its county (我县).
#[test]
fn a_bulletins_masthead_names_its_issuer_and_its_county() {
    let src = "中共盐津县委督查室\n通　　报\n第3期（总第17期）\n中共盐津县委督查室            2025年6月2日\n关于东西部协作任务落实情况的督查通报\n　　今年以来，东莞市石排镇对口帮扶我县，已拨付帮扶资金300万元。\n";
    let net = extract(src);
    assert_eq!(net.author.as_deref(), Some("盐津县委督查室"));
    assert_eq!(net.pairs(), [("东莞市石排镇", "盐津县")]);
}
