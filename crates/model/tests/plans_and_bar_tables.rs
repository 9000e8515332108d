//! A city's implementation plan in its 印发 wrapper: 我市 of a government office is the city,
//! a document's title is no statement, a team's members may follow its recipient, a county's
//! short form names its institutions as written, and the attachment's pair table is written with bars.

use duikou_model::extract;

const PLAN: &str = "扬州市人民政府办公室文件
扬州市人民政府办公室关于印发《扬州市东西部协作和对口支援工作实施方案》的通知
各县（市、区）人民政府：
　　现将《扬州市东西部协作和对口支援工作实施方案》印发给你们，请认真贯彻执行。
一、基本情况
　　我市与陕西省汉中市开展东西部协作，同时对口支援新疆维吾尔自治区新源县，并对口支援青海省化隆回族自治县（以下简称“化隆县”）。广陵区、邗江区、江都区分别结对帮扶汉中市汉台区、城固县和洋县。
二、重点任务
　　自2026年起，扬州市第一人民医院牵头组团帮扶化隆县人民医院，扬州市中医院、扬州市妇幼保健院参与。
附件
结对帮扶名单
辖市区 | 结对县（区） | 结对学校 | 结对医院
广陵区 | 汉中市汉台区 | 扬州市新华中学—汉台中学 | —
江都区 | 洋县 | 江都中学—洋县中学 | 江都人民医院—洋县医院
";

#[test]
fn a_plan_pairs_its_city_districts_and_teams() {
    let net = extract(PLAN);
    let pairs = net.pairs();
    for want in [
        ("扬州市", "汉中市"),
        ("扬州市", "化隆回族自治县"),
        ("广陵区", "汉中市汉台区"),
        ("邗江区", "城固县"),
        ("江都区", "洋县"),
        ("扬州市第一人民医院", "化隆县人民医院"),
        ("扬州市中医院", "化隆县人民医院"),
        ("扬州市妇幼保健院", "化隆县人民医院"),
        ("扬州市新华中学", "汉台中学"),
        ("江都中学", "洋县中学"),
        ("江都人民医院", "洋县医院"),
    ] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
    // The office that issues the plan is no party, and a cell's dash joins nothing across
    // cells or lines.
    assert!(!pairs.contains(&("江都区", "汉台中学")), "{pairs:?}");
    assert!(
        pairs.iter().all(|(s, _)| !s.contains("办公室")),
        "{pairs:?}"
    );
    // 城固县和洋县 are two counties.
    assert!(pairs.iter().all(|(_, r)| !r.contains('和')), "{pairs:?}");
}
