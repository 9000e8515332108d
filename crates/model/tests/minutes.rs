//! Minutes of a coordination meeting: the meeting's host, named over 会议纪要, is the author;
//! an office that reports (X通报，…) is the speaker, not the subject of what it reports; and
//! the units of a sign-in table are attendees, no pairs.

use duikou_model::extract;

mod common;

const MINUTES: &str = "四川大学对口支援工作推进会
会议纪要

时间：2025年5月9日上午
出席：西藏大学、石河子大学分管校领导

　　2025年5月9日，四川大学召开对口支援工作推进会，与所对口支援的西藏大学、石河子大学一道研究年度任务。
一、四川大学国际合作处通报，2002年以来学校累计接收石河子大学教师来校访学215人次。
附件：签到表
序号\t单位\t姓名\t职务
1\t四川大学\t李明\t副校长
2\t西藏大学\t扎西\t副校长
3\t四川省教育厅\t王平\t处长
";

#[test]
fn the_host_over_the_minutes_is_the_author() {
    assert_eq!(extract(MINUTES).author.as_deref(), Some("四川大学"));
}

#[test]
fn a_reporting_office_is_no_host_and_the_sign_in_table_no_pair() {
    let mut pairs = common::pairs(MINUTES);
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("四川大学".to_owned(), "石河子大学".to_owned()),
            ("四川大学".to_owned(), "西藏大学".to_owned()),
        ]
    );
}
