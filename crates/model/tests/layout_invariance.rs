//! The same document copied the ways real copies differ must give the same network: every
//! line indented with U+3000 and ending in spaces (a Word export), or its punctuation typed
//! half-width (，；：（）！？ → , ; : ( ) ! ?, a web form), or its digits typed full-width
//! (１２人, ２０２４年). The lines stay where they are, so
//! relations and contributions must keep their kinds, values and lines.
//!
//! Checked on the sample documents of examples/data (our own text) and on short cases below
//! that failed before the extractor learned each layout.

use std::path::Path;

use duikou_model::{SupportNetwork, extract};

/// What a reader of the network cares about: every pair with its line, every contribution
/// with kind, value, unit and line.
fn facts(net: &SupportNetwork) -> Vec<String> {
    let c = net.to_contract();
    let v = serde_json::to_value(&c).expect("contract serialises");
    let mut out = Vec::new();
    for r in v["relations"].as_array().into_iter().flatten() {
        out.push(format!(
            "pair {} → {} line {}",
            r["supporter"], r["recipient"], r["line"]
        ));
    }
    for k in v["contributions"].as_array().into_iter().flatten() {
        out.push(format!(
            "contribution {} {} {} {} line {}",
            k["kind"], k["value"], k["unit"], k["status"], k["line"]
        ));
    }
    out.sort();
    out
}

fn indented(text: &str) -> String {
    text.split('\n')
        .map(|l| {
            if l.trim().is_empty() {
                l.to_owned()
            } else {
                format!("\u{3000}\u{3000}{l}  ")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '，' => ',',
            '：' => ':',
            '；' => ';',
            '（' => '(',
            '）' => ')',
            '！' => '!',
            '？' => '?',
            _ => c,
        })
        .collect()
}

fn full_width_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' => {
                char::from_u32(u32::from(c) - u32::from('0') + u32::from('０')).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

fn samples() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/data exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(&p).expect("sample reads"))
        })
        .collect()
}

fn assert_same(name: &str, layout: &str, a: &str, b: &str) {
    let (fa, fb) = (facts(&extract(a)), facts(&extract(b)));
    let lost: Vec<_> = fa.iter().filter(|f| !fb.contains(f)).collect();
    let gained: Vec<_> = fb.iter().filter(|f| !fa.contains(f)).collect();
    assert!(
        lost.is_empty() && gained.is_empty(),
        "{name} {layout}: lost {lost:#?}\ngained {gained:#?}"
    );
}

#[test]
fn samples_keep_their_network_when_every_line_is_indented() {
    for (name, text) in samples() {
        assert_same(&name, "indented", &text, &indented(&text));
    }
}

#[test]
fn samples_keep_their_network_with_half_width_punctuation() {
    for (name, text) in samples() {
        // A sample that mixes widths on purpose reads the same once all are half-width.
        assert_same(&name, "half-width", &half_width(&text), &text);
    }
}

/// A table whose rows are indented like the prose around them still has its header.
#[test]
fn an_indented_table_keeps_its_header() {
    let text = "甲省对口支援工作总结\n\n表1　各市结对情况\n支援方\t受援方\t资金（万元）\n\
                杭州市\t德令哈市\t9800\n嘉兴市、湖州市\t乌兰县\t6900\n";
    let plain = facts(&extract(text));
    assert!(
        plain.iter().any(|f| f.contains("\"嘉兴市\" → \"乌兰县\"")),
        "{plain:#?}"
    );
    assert_same("table", "indented", text, &indented(text));
}

/// A by-line of fields (来源：…　　作者：…　　date) is no sentence broken across lines, even
/// when the paragraph after it is indented like the by-line itself.
#[test]
fn a_by_line_does_not_run_into_the_paragraph_after_it() {
    let text = "第一篇　甲职业技术学院协作工作回顾\n来源：甲职业技术学院　　作者：合作发展处　　2024-11-18\n\
                2020年以来，我院（衢州职业技术学院）先后与苍溪县职业高级中学、剑阁县职业高级中学结对帮扶。\n";
    let plain = facts(&extract(text));
    assert!(
        plain
            .iter()
            .any(|f| f.contains("\"衢州职业技术学院\" → \"苍溪县职业高级中学\"")),
        "{plain:#?}"
    );
    assert_same("by-line", "indented", text, &indented(text));
}

/// A subject carried over a half-width comma after a short form's parentheses, and a
/// half-width semicolon ending the sentence before the next subject.
#[test]
fn half_width_commas_and_semicolons_split_like_full_width_ones() {
    let text = "宁波职业技术学院2024年工作总结\n\
                我校自2021年起结对帮扶黔西南民族职业技术学院（以下简称“黔西南民族职院”），2023年起又对口帮扶晴隆县中等职业学校、册亨县中等职业学校。\n\
                全年派出教师12人；乙大学向册亨县中等职业学校捐赠图书3000册。\n";
    let full = facts(&extract(text));
    assert!(
        full.iter()
            .any(|f| f.contains("\"宁波职业技术学院\" → \"册亨县中等职业学校\"")),
        "{full:#?}"
    );
    assert_same("commas", "half-width", text, &half_width(text));
}

/// People sent with no place, then whom they help after a comma (…选派教师9人，协助该校…): the
/// pair is read after a half-width comma too.
#[test]
fn the_party_helped_after_a_half_width_comma() {
    let text = "江苏省教育厅援藏工作总结\n\
                （三）南京工业职业技术大学组团帮扶拉萨市第一中等职业技术学校\n\
                南京工业职业技术大学联合江苏建筑职业技术学院选派骨干教师9人，协助该校开设物联网专业。\n";
    let full = facts(&extract(text));
    assert!(
        full.iter()
            .any(|f| f.contains("\"江苏建筑职业技术学院\" → \"拉萨市第一中等职业技术学校\"")),
        "{full:#?}"
    );
    assert_same("help", "half-width", text, &half_width(text));
}

/// A sentence broken before its amount, in a page that indents every line it shows: the
/// indent of the next line opens no paragraph there.
#[test]
fn a_broken_sentence_runs_on_when_every_line_is_indented() {
    let text = "\u{3000}\u{3000}甲市人民医院对口支援乙县人民医院工作总结\n\n\
                \u{3000}\u{3000}2024年，甲市人民医院继续对口支援乙县人民医院。自结对以来，甲市人民医院累计向乙县人民医院选派医疗专家\n\n\
                \u{3000}\u{3000}386人次。\n";
    let got = facts(&extract(text));
    assert!(
        got.iter().any(|f| f.contains("386") && f.contains("人次")),
        "{got:#?}"
    );
}

#[test]
fn samples_keep_their_network_with_full_width_digits() {
    for (name, text) in samples() {
        assert_same(&name, "full-width digits", &text, &full_width_digits(&text));
    }
}

/// Evidence quotes the input as written, at its own offsets, when the digits were read
/// narrowed.
#[test]
fn evidence_quotes_full_width_digits_as_written() {
    let text =
        "甲大学对口支援工作总结\n２０２４年，甲大学向乙学院捐赠图书３６００册，选派教师１２人。\n";
    let net = extract(text);
    let books = net
        .contributions
        .iter()
        .find(|c| c.unit == "册")
        .expect("the books");
    assert_eq!(books.value.to_string(), "3600");
    assert_eq!(books.amount.text, "３６００册");
    assert_eq!(
        text.get(books.amount.start..books.amount.end),
        Some("３６００册")
    );
    let teachers = net
        .contributions
        .iter()
        .find(|c| c.unit == "人")
        .expect("the teachers");
    assert_eq!(teachers.value.to_string(), "12");
    assert_eq!(teachers.amount.line, 2);
}

/// Lines longer than `width` characters broken into pieces of `width` (a PDF copy).
fn wrapped(text: &str, width: usize) -> String {
    text.split('\n')
        .map(|l| {
            let cs: Vec<char> = l.chars().collect();
            cs.chunks(width)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A copy wrapped at a fixed width (names and numbers cut at line ends: 和田师范专⏎科学校) is
/// read joined: nearly every pair and amount of the samples is found again.
#[test]
fn samples_wrapped_at_a_fixed_width_keep_nearly_all_their_network() {
    let (mut kept, mut all) = (0usize, 0usize);
    for (name, text) in samples() {
        let key = |net: &duikou_model::SupportNetwork| -> Vec<String> {
            let mut v: Vec<String> = net
                .pairs()
                .iter()
                .map(|(s, r)| format!("{s}→{r}"))
                .collect();
            v.extend(
                net.contributions
                    .iter()
                    .map(|c| format!("{:?} {} {}", c.kind, c.value, c.unit)),
            );
            v
        };
        let plain = key(&extract(&text));
        let copy = key(&extract(&wrapped(&text, 30)));
        let found = plain.iter().filter(|f| copy.contains(f)).count();
        println!("{name}: {found}/{}", plain.len());
        kept += found;
        all += plain.len();
    }
    assert!(kept * 100 >= all * 97, "kept {kept} of {all}");
}
