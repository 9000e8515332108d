//! An exported work log of a seconded doctor (钉钉 日志): the submitter's line names the home
//! department and the host one, and what each entry records with no giver named is the home
//! department's to the host's; teaching rounds (带6名住院医师查房), nurses trained (参训护理人员)
//! and lectures given (讲授心电图判读1场) count as training.

mod common;

use duikou_model::{ContributionKind, extract};

const LOG: &str = "钉钉 | 日志 | 导出记录（共2篇）
模板：援藏医生工作日志　　所属团队：北京市援藏指挥部医疗组
【援藏医生工作日志】孙立 的日志　05-12 周一
提交人：孙立（北京大学第一医院呼吸内科主治医师，现援藏挂职拉萨市人民医院呼吸内科副主任）
提交时间：2025-05-12 22:10
今日完成：1. 上午带5名本院住院医师查房；2. 下午完成支气管镜检查7例。
明日计划：1. 上午门诊。
【援藏医生工作日志】孙立 的日志　05-13 周二
提交人：孙立
今日完成：1. 上午门诊接诊患者36人次；2. 下午讲授肺功能判读1场，参训护理人员52人次。
";

fn activities(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    extract(text)
        .contributions
        .iter()
        .filter(|c| c.status.is_actual())
        .map(|c| {
            (
                format!("{}{}", c.value, c.unit),
                c.activity
                    .clone()
                    .unwrap_or_else(|| c.kind.as_str().to_owned()),
                c.supporter.clone(),
                c.recipient.clone(),
            )
        })
        .collect()
}

#[test]
fn the_entries_are_the_home_department_s_to_the_host_s() {
    let got = activities(LOG);
    let home = Some("北京大学第一医院呼吸内科".to_owned());
    let patients = got
        .iter()
        .find(|(v, ..)| v == "36人次")
        .unwrap_or_else(|| panic!("36人次 not in {got:?}"));
    assert_eq!(patients.1, ContributionKind::PatientsTreated.as_str());
    assert_eq!(patients.2, home, "{got:?}");
    assert!(
        patients
            .3
            .as_deref()
            .is_some_and(|r| r.starts_with("拉萨市人民医院")),
        "{got:?}"
    );
}

#[test]
fn rounds_nurses_and_lectures_are_training() {
    let got = activities(LOG);
    for (value, activity) in [
        ("5人", "trainees"),
        ("52人次", "trainees"),
        ("1场", "training_sessions"),
    ] {
        assert!(
            got.iter().any(|(v, a, ..)| v == value && a == activity),
            "{value} {activity} not in {got:?}"
        );
    }
}
