//! TEMPORARY: a tiny ASCII-digit quantity reader used until `duikou_tokenizer::quantities`
//! lands on main; it will be deleted then. It reads `1516人`, `500余篇`, `15%`, `3.2个百分点`,
//! `1.5倍`, `35万元`, `5.5%—6%` and `2019年` — nothing else, and no Chinese numerals.

use duikou_tokenizer::{
    Approx, Decimal, LineIndex, Number, PartialDate, Quantity, QuantityKind, Span, Year,
};

const UNITS: &[(&str, &str)] = &[
    ("人次", "人次"),
    ("平方米", "平方米"),
    ("天", "天"),
    ("起", "起"),
    ("分", "分"),
    ("本", "本"),
    ("元", "元"),
    ("人", "人"),
    ("篇", "篇"),
    ("所", "所"),
    ("个", "个"),
    ("项", "项"),
    ("名", "人"),
    ("册", "册"),
    ("门", "门"),
    ("次", "次"),
    ("台", "台"),
    ("套", "套"),
    ("年", "年"),
    ("张", "张"),
    ("家", "家"),
    ("批", "批"),
    ("部", "部"),
    ("种", "种"),
    ("位", "位"),
    ("亩", "亩"),
];

fn number_at(s: &str) -> Option<(Decimal, usize)> {
    let int = s.bytes().take_while(u8::is_ascii_digit).count();
    if int == 0 {
        return None;
    }
    let mut len = int;
    if s.as_bytes().get(int) == Some(&b'.') {
        let frac = s.get(int + 1..)?.bytes().take_while(u8::is_ascii_digit).count();
        if frac > 0 {
            len = int + 1 + frac;
        }
    }
    Some((s.get(..len)?.parse().ok()?, len))
}

/// Every ASCII-digit quantity in `src`, in order.
pub(crate) fn quantities(src: &str) -> Vec<Quantity<'_>> {
    let li = LineIndex::new(src);
    let mut out = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let prev_digit = i > 0 && src.as_bytes().get(i - 1).is_some_and(|b| b.is_ascii_digit() || *b == b'.');
        let Some((mut value, len)) = src.get(i..).filter(|_| !prev_digit).and_then(number_at) else {
            i += src.get(i..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
            continue;
        };
        let start = i;
        let mut end = i + len;
        let rest = |e: usize| src.get(e..).unwrap_or("");
        let mut approx = Approx::Exact;
        let head = src.get(..start).unwrap_or("");
        if head.ends_with('近') {
            approx = Approx::Near;
        } else if head.ends_with('约') {
            approx = Approx::About;
        }
        for (m, p) in [("万", 4), ("亿", 8)] {
            if rest(end).starts_with(m) {
                value = value.checked_mul_pow10(p).unwrap_or(value);
                end += m.len();
            }
        }
        for q in ["余", "多"] {
            if rest(end).starts_with(q) {
                approx = Approx::Over;
                end += q.len();
            }
        }
        let mut kind = QuantityKind::Quantity;
        let mut unit: Option<&'static str> = None;
        let mut low = None;
        let mut high = None;
        let mut date = None;
        let r = rest(end);
        if let Some(p) = ["%", "％"].into_iter().find(|p| r.starts_with(p)) {
            end += p.len();
            kind = QuantityKind::Percent;
            unit = Some("%");
            let r2 = rest(end);
            if let Some(dash) = ["—", "-", "～", "~"].into_iter().find(|d| r2.starts_with(d)) {
                if let Some((hi, l2)) = number_at(rest(end + dash.len())) {
                    let e2 = end + dash.len() + l2;
                    if let Some(p2) = ["%", "％"].into_iter().find(|p| rest(e2).starts_with(p)) {
                        kind = QuantityKind::Range;
                        low = Some(Number::from(value));
                        high = Some(Number::from(hi));
                        end = e2 + p2.len();
                    }
                }
            }
        } else if let Some(p) = ["个百分点", "百分点"].into_iter().find(|p| r.starts_with(p)) {
            end += p.len();
            kind = QuantityKind::Percent;
            unit = Some("百分点");
        } else if r.starts_with('倍') {
            end += '倍'.len_utf8();
            kind = QuantityKind::Multiple;
            unit = Some("倍");
        } else if r.starts_with('年')
            && len == 4
            && value.to_i128().is_some_and(|y| (1900..2100).contains(&y))
        {
            end += '年'.len_utf8();
            kind = QuantityKind::Year;
            unit = Some("年");
            date = Some(PartialDate {
                year: Year::Known(i32::try_from(value.to_i128().unwrap_or(0)).unwrap_or(0)),
                month: None,
                day: None,
            });
        } else if let Some((w, u)) = UNITS.iter().find(|(w, _)| r.starts_with(w)) {
            end += w.len();
            unit = Some(u);
        } else {
            kind = QuantityKind::Number;
        }
        let text = src.get(start..end).unwrap_or("");
        out.push(Quantity {
            text,
            span: Span::new(start, end),
            line: li.line_of(start),
            kind,
            value: (kind != QuantityKind::Range).then_some(Number::from(value)),
            low,
            high,
            unit,
            approx,
            date,
            date_end: None,
        });
        i = end.max(i + 1);
    }
    out
}
