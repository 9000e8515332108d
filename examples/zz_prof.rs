use duikou::tokenizer::{LineClass, classify_line, outline};
fn main() {
    let mut one = String::new();
    for f in [
        "01_compilation",
        "02_notice",
        "03_regulation",
        "04_work_report",
        "05_taiwan_style",
        "06_city_county",
    ] {
        one.push_str(&std::fs::read_to_string(format!("examples/data/{f}.txt")).unwrap());
        one.push('\n');
    }
    let mut s = String::new();
    while s.len() < 10 << 20 {
        s.push_str(&one);
    }
    for _ in 0..2 {
        let t = std::time::Instant::now();
        let n = s.lines().count();
        println!("lines {n} {:?}", t.elapsed());
        let t = std::time::Instant::now();
        let k = s
            .lines()
            .filter(|l| matches!(classify_line(l), LineClass::Heading(_)))
            .count();
        println!("classify-all {k} {:?}", t.elapsed());
        let t = std::time::Instant::now();
        let o = outline(&s);
        println!("outline {} {:?}", o.headings.len(), t.elapsed());
    }
}
