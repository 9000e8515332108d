//! An e-mail thread exported as text: each message is signed by an office of its writer's
//! institution, and the earlier message quoted below a reply (-----原始邮件-----) has another
//! writer, so 我校 changes with it.

mod common;

use common::pairs;
use duikou_model::extract;

const THREAD: &str = "主题：回复：秋季学期对口支援安排
发件人：李华 <lihua@example.edu.cn>
日期：2025年9月2日 上午10:12

张老师：
今年我校继续对口支援喀什大学，全年投入支援经费520万元。
--
李华
华东理工大学对口支援工作办公室
电话：021-64250000  地址：上海市梅陇路130号

-----原始邮件-----
发件人：张敏 <zm@example.edu.cn>
发送时间：2025年8月28日 16:20
李老师：
感谢贵校支持。我校化学与环境科学学院由华东理工大学化工学院对口帮扶，今年接收访问学者4人。
张敏
喀什大学对口支援工作办公室
电话：0998-2890000
";

#[test]
fn each_message_has_the_writer_of_its_signature() {
    let v = serde_json::to_value(extract(THREAD).to_contract()).expect("serialises");
    let authors: Vec<&str> = v["segments"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["author"].as_str())
        .collect();
    assert_eq!(authors, ["华东理工大学", "喀什大学"], "{v:#}");
    let pairs = pairs(THREAD);
    assert!(
        pairs.contains(&("华东理工大学".to_owned(), "喀什大学".to_owned())),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&(
            "华东理工大学化工学院".to_owned(),
            "喀什大学化学与环境科学学院".to_owned()
        )),
        "{pairs:?}"
    );
}

/// In each message, 贵校X is the other institution's unit: the one the writer is paired with,
/// or in a thread between two institutions the other writer's.
#[test]
fn gui_xiao_is_the_addressee() {
    let thread = "主题：秋季学期安排
发件人：李华

张老师：
今年我校继续对口支援喀什大学，我校化工学院派出的2名教师已到贵校化学与环境科学学院报到。
--
李华
华东理工大学对口支援工作办公室
电话：021-64250000
";
    let pairs = pairs(thread);
    assert!(
        pairs.contains(&(
            "华东理工大学化工学院".to_owned(),
            "喀什大学化学与环境科学学院".to_owned()
        )),
        "{pairs:?}"
    );
    assert!(
        !pairs.iter().any(|(_, r)| r.starts_with("贵校")),
        "{pairs:?}"
    );
}
