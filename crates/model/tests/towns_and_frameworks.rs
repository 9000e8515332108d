//! Town institutions named once for a list of towns, town names that begin with a character
//! which elsewhere ends a name, and a pairing that frames a sentence (在X对口帮扶Y的框架下).

use duikou_model::extract;

const COUNTY_HOSPITAL: &str = "霍邱县人民医院年度帮扶工作总结
　　2023年起，在合肥市对口帮扶霍邱县的框架下，安徽医科大学第一附属医院选派专家团队，对口支援霍邱县人民医院。
　　我院又与向阳乡、冯井镇和周集镇卫生院结成帮扶对子，每月组织专家下乡坐诊。
　　县中医院与将军镇、临淮岗乡卫生院签订帮扶协议。
";

#[test]
fn a_framework_pairing_and_town_lists_are_read() {
    let net = extract(COUNTY_HOSPITAL);
    let pairs = net.pairs();
    for want in [
        ("合肥市", "霍邱县"),
        ("安徽医科大学第一附属医院", "霍邱县人民医院"),
        ("霍邱县人民医院", "霍邱县向阳乡卫生院"),
        ("霍邱县人民医院", "霍邱县冯井镇卫生院"),
        ("霍邱县人民医院", "霍邱县周集镇卫生院"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // "A与B、C和D" is A with a list, not the chain (A, B) and (C, D).
    assert!(
        !pairs.contains(&("霍邱县冯井镇卫生院", "霍邱县周集镇卫生院"))
            && !pairs.contains(&("冯井镇卫生院", "周集镇卫生院")),
        "{pairs:?}"
    );
    // 将军镇 and 向阳乡 keep their first character (将 and 向 elsewhere end a name).
    assert!(
        pairs.iter().any(|(_, r)| r.ends_with("将军镇卫生院")),
        "{pairs:?}"
    );
    assert!(
        pairs.iter().all(|(a, b)| !a.starts_with("军镇")
            && !b.starts_with("军镇")
            && !a.starts_with("阳乡")
            && !b.starts_with("阳乡")),
        "{pairs:?}"
    );
}

#[test]
fn a_place_of_action_is_still_no_supporter() {
    // 在X followed by something other than a framing pairing is where something happens.
    let net = extract("　　在上海市参加培训的教师回到遵义县第一中学任教。\n");
    assert!(
        net.pairs().iter().all(|(s, _)| *s != "上海市"),
        "{:?}",
        net.pairs()
    );
    let net = extract("　　在杭州市对口帮扶的大背景下，我们开展了很多工作。\n");
    assert!(net.pairs().is_empty(), "{:?}", net.pairs());
}

#[test]
fn a_study_and_a_scholars_idea_are_told_apart() {
    // 考察 ends the name before it; a pairing only imagined (设想) is none.
    let net = extract(
        "　　本文考察东南大学对口支援西藏民族大学的成效。也有学者设想由厦门大学牵头组建支援宁夏大学的高校联盟。\n",
    );
    let pairs = net.pairs();
    assert!(pairs.contains(&("东南大学", "西藏民族大学")), "{pairs:?}");
    assert!(
        pairs
            .iter()
            .all(|(s, r)| !s.starts_with('察') && *r != "宁夏大学"),
        "{pairs:?}"
    );
}

#[test]
fn a_place_paired_with_a_place_is_no_shadow_of_its_bureau() {
    // The bureau of a district (上海市闵行区教育局) stands for the district, not for its city;
    // and a city paired with a city stays paired when its bureau acts too. The bureau's name
    // gives the bare district its city (闵行区 → 上海市闵行区).
    let net = extract(
        "　　二〇一〇年，上海市对口支援喀什地区。闵行区与泽普县签订对口支援协议。上海市闵行区教育局选派教师到泽普县第一中学支教。\n　　2019年起，苏州市对口支援阿图什市。苏州市教育局对口帮扶阿图什市第二中学。\n",
    );
    let pairs = net.pairs();
    for want in [
        ("上海市", "喀什地区"),
        ("苏州市", "阿图什市"),
        ("上海市闵行区", "泽普县"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
}

#[test]
fn a_full_primary_school_keeps_its_name() {
    // 完全小学 holds 全, which elsewhere ends a name.
    let net = extract(
        "达日县志\n　　闵行区第一中学对口帮扶县民族中学，县第一完全小学则与上海市闵行区实验小学结成帮扶对子。\n",
    );
    let pairs = net.pairs();
    assert!(
        pairs.contains(&("上海市闵行区实验小学", "达日县第一完全小学")),
        "{pairs:?}"
    );
}

/// A town written after its city keeps a transliterated name whole (阿图什市松他克镇: 他 ends
/// names elsewhere), and a bare town joined to it is in the same city (…和阿扎克乡); a town
/// after 与 starts no name across the joiner (与东乡族自治县达板镇).
#[test]
fn towns_after_their_city_keep_their_names_and_their_city() {
    let net = extract(
        "苏州市对口支援工作总结\n苏州工业园区、姑苏区分别结对帮扶阿图什市松他克镇和阿扎克乡。\n\
         湖里区原计划与东乡族自治县达板镇开展镇镇结对。\n",
    );
    let pairs = net.pairs();
    for want in [
        ("苏州工业园区", "阿图什市松他克镇"),
        ("姑苏区", "阿图什市阿扎克乡"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    assert!(
        net.institutions.iter().all(|i| !i.name.contains("原计划")),
        "{:?}",
        net.institutions.iter().map(|i| &i.name).collect::<Vec<_>>()
    );
}
