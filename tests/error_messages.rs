//! The error messages users see, pinned (issue 6 §4): lowercase, saying where, each produced
//! by a real call rather than built by hand. A change to any message shows up here.

use duikou::cli::{Args, Source};
use duikou::tokenizer::decode::{DecodeOptions, decode};
use duikou::tokenizer::{Decimal, parse_numeral};

fn message<T: std::fmt::Debug, E: std::fmt::Display>(r: Result<T, E>) -> String {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn tokenizer_messages() {
    assert_eq!(
        message(parse_numeral("九千九百九十九亿亿亿亿亿亿")),
        "numeral `九千九百九十九亿亿亿亿亿亿` overflows at bytes 0..39"
    );
    assert_eq!(message(parse_numeral("")), "empty input");
    assert_eq!(
        message(parse_numeral("三个人")),
        "expected end of numeral, found `个人` at bytes 3..9"
    );
    assert_eq!(
        message("1.2.3".parse::<Decimal>()),
        "`1.2.3` is not a decimal number"
    );
}

#[test]
fn decode_messages() {
    let forced = |name: &str| DecodeOptions {
        encoding: Some(name.into()),
        lossy: false,
    };
    assert_eq!(
        message(decode("一".as_bytes(), &forced("klingon"))),
        "unknown encoding `klingon`"
    );
    assert_eq!(
        message(decode(b"ab\xFF\xFEcd", &forced("utf-8"))),
        "invalid UTF-8 at byte 2 (1 bad byte); try --encoding or --lossy"
    );
}

#[test]
fn model_and_analytics_messages() {
    assert_eq!(
        message(duikou::model::AliasTable::from_tsv("东北师范大学\n")),
        "alias table line 1: expected `canonical<TAB>kind<TAB>aliases`"
    );
    // B − A = 2·(i128::MAX / 2 + 10) does not fit i128.
    let huge = Decimal::new(i128::MAX / 2 + 10, 0).unwrap();
    assert_eq!(
        message(duikou::analytics::Metrics::compute(
            huge.checked_neg().unwrap(),
            huge,
            false,
            None
        )),
        "growth metrics overflow exact arithmetic"
    );
}

#[test]
fn cli_messages() {
    let args = |v: &[&str]| Args::parse(v.iter().map(|s| (*s).to_owned()), &[]);
    assert_eq!(message(args(&["--bogus"])), "unknown option `--bogus`");
    assert_eq!(message(args(&["--encoding"])), "--encoding needs a name");
    let missing = Source::File("/nonexistent/duikou.txt".into());
    assert_eq!(
        message(Args::default().read(&missing)),
        "cannot read /nonexistent/duikou.txt: No such file or directory (os error 2)"
    );
}
