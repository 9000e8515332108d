//! A letter (函) addressed to one institution on its salutation line: 贵校 and 贵校X are
//! that institution and its units, and an amount restated later in the letter is one amount.

mod common;

use common::pairs;
use duikou_model::extract;

const LETTER: &str = "北京大学关于2025年对口支援工作安排的函
西藏大学：
我校对口支援贵校以来，双方合作不断深化。根据两校协议，贵校理学院与我校数学科学学院结对共建，
我校图书馆向贵校捐赠图书2000册。
2024年我校全年投入支援经费300万元。去年我校全年投入支援经费300万元，已全部到位。
北京大学
2025年3月1日
";

#[test]
fn gui_xiao_is_the_institution_on_the_salutation_line() {
    let pairs = pairs(LETTER);
    assert!(
        pairs.contains(&("北京大学".to_owned(), "西藏大学".to_owned())),
        "{pairs:?}"
    );
    // The units pair as their institutions do, the author's unit supporting.
    assert!(
        pairs.contains(&(
            "北京大学数学科学学院".to_owned(),
            "西藏大学理学院".to_owned()
        )),
        "{pairs:?}"
    );
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| s.contains('贵') || r.contains('贵')),
        "{pairs:?}"
    );
    let net = extract(LETTER);
    let books = net
        .contributions
        .iter()
        .find(|c| c.unit == "册")
        .expect("the books are found");
    assert_eq!(books.recipient.as_deref(), Some("西藏大学"));
}

#[test]
fn an_amount_said_again_without_its_year_is_a_repeat() {
    let net = extract(LETTER);
    let money: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.unit == "元")
        .collect();
    assert_eq!(money.len(), 2, "{money:#?}");
    assert_eq!(money.iter().filter(|c| c.repeat_of.is_some()).count(), 1);
}

/// With no salutation and no single partner, 贵校 names no one: no pair is made with it.
#[test]
fn an_unknown_addressee_pairs_nothing() {
    let speech = "在签约仪式上的讲话
我们先后对口支援凯里学院和遵义师范学院。接下来，我校材料学院将选派教师到贵校支教。
";
    let pairs = pairs(speech);
    assert!(
        !pairs
            .iter()
            .any(|(s, r)| s.contains('贵') || r.contains('贵')),
        "{pairs:?}"
    );
}

/// 宝贵 and 珍贵 end a word: no school is named after them.
#[test]
fn precious_is_no_addressee() {
    let text = "甲大学对口支援乙学院。乙学院珍惜宝贵校园资源，甲大学向乙学院捐赠图书500册。\n";
    let net = extract(text);
    assert!(
        !net.institutions.iter().any(|i| i.name.contains('贵')),
        "{:?}",
        net.institutions
    );
}

/// A thank-you letter posted by its supporter's bureau: the editor's note is the bureau's
/// (我局 = the 来源), the letter greets several institutions (贵局 is the bureau among them),
/// a school a pupil got into with the bureau's aid is no recipient, and the teachers said
/// again with no giver are the ones counted before.
const POSTED_LETTER: &str = "致绍兴市教育局的感谢信
来源：绍兴市教育局
编者按：我局与越城中学共同结对帮扶苍溪县东溪中学。
尊敬的绍兴市教育局、越城中学各位领导、老师：
　　三年来，贵局选派8名教师来我校支教。在贵局资助下，学生考入了苍溪中学。
　　8名支教老师把理念带到了山区。
　　此致
敬礼！
苍溪县东溪中学
2026年1月6日
编后：感谢信是肯定。
责任编辑：王某
【打印】
";

#[test]
fn a_posted_letter_reads_its_editors_note_and_its_greeting() {
    let net = extract(POSTED_LETTER);
    assert_eq!(net.author.as_deref(), Some("苍溪县东溪中学"));
    let mut got = pairs(POSTED_LETTER);
    got.sort();
    got.dedup();
    assert_eq!(
        got,
        [
            ("绍兴市教育局".to_owned(), "苍溪县东溪中学".to_owned()),
            ("越城中学".to_owned(), "苍溪县东溪中学".to_owned()),
        ]
    );
    let teachers: Vec<_> = net
        .contributions
        .iter()
        .filter(|c| c.counts_in_totals())
        .map(|c| (c.supporter.as_deref(), c.value.to_string()))
        .collect();
    assert_eq!(teachers, [(Some("绍兴市教育局"), "8".to_owned())]);
}

const REPLY_LETTER: &str = "甲省医疗保障局
甲医保函〔2025〕12号
甲省医疗保障局关于林芝市医疗保障局商请援藏支持事项的复函
林芝市医疗保障局：
　　你局《关于商请给予医保援藏支持的函》收悉。我局自2023年起对口支援你局，先后选派3名业务骨干到你局挂职。你局商请我局再增派2名信息化人才到你局挂职，我局将统筹研究。
";

#[test]
fn ni_ju_of_an_official_reply_is_the_bureau_addressed_and_shang_qing_asks() {
    let net = extract(REPLY_LETTER);
    let pairs = pairs(REPLY_LETTER);
    // 你局 is the bureau on the salutation line, as 贵局 would be.
    assert!(
        pairs.contains(&("甲省医疗保障局".to_owned(), "林芝市医疗保障局".to_owned())),
        "{pairs:?}"
    );
    // 商请 asks for more people: not sent yet.
    let asked = net
        .contributions
        .iter()
        .find(|c| c.value.to_string() == "2")
        .expect("the request is read");
    assert_eq!(asked.status, duikou_model::Status::Requested);
    assert!(
        net.contributions
            .iter()
            .any(|c| c.value.to_string() == "3" && c.status.is_actual()),
        "{:?}",
        net.contributions
    );
}
