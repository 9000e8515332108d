//! A research group's survey report: the recipient counties in general (受援县) are no county,
//! and the verb before a place (分析天津市…) is no part of its name.

use duikou_model::extract;

#[test]
fn recipient_counties_in_general_name_no_county() {
    let net = extract(
        "对口支援对受援县教育发展影响的调研报告\n课题组赴海南藏族自治州贵德县开展实地调研，分析江苏省对口支援对受援县教育发展的影响。\n",
    );
    let names: Vec<&str> = net.institutions.iter().map(|i| i.name.as_str()).collect();
    assert!(
        !names.iter().any(|n| *n == "援县" || n.starts_with("分析")),
        "{names:?}"
    );
    assert!(
        !net.pairs().iter().any(|(_, r)| *r == "援县"),
        "{:?}",
        net.pairs()
    );
}
