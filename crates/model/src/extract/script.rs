//! A text in traditional characters is read folded to simplified ones; its names and the texts
//! kept as written are given back in its own script.

use super::fast_hash::FastMap;
use crate::SupportNetwork;

/// Rewrites the network's names, as-written texts and units (read from `folded`) in the script
/// of `original`. A text found as it is in `folded` takes the original's characters at that
/// place (the folding keeps every offset); any other (a name completed from the alias table,
/// a unit) has each folded character replaced by the traditional one the document wrote most
/// often in its place, unless the document also writes the simplified character itself more
/// often (系 in 學系 beside 係 in 關係).
pub(crate) fn restore(net: &mut SupportNetwork, original: &str, folded: &str) {
    let mut seen: FastMap<(char, char), usize> = FastMap::default();
    let mut native: FastMap<char, usize> = FastMap::default();
    for (t, s) in original.chars().zip(folded.chars()) {
        if t == s {
            *native.entry(s).or_default() += 1;
        } else {
            *seen.entry((s, t)).or_default() += 1;
        }
    }
    let mut back: FastMap<char, (char, usize)> = FastMap::default();
    for ((s, t), n) in seen {
        let e = back.entry(s).or_insert((t, n));
        // The most frequent form; ties to the lower code point (an order that does not depend
        // on the map's iteration).
        if n > e.1 || (n == e.1 && t < e.0) {
            *e = (t, n);
        }
    }
    back.retain(|s, (_, n)| *n > native.get(s).copied().unwrap_or(0));
    if back.is_empty() {
        return;
    }
    let mut memo: FastMap<String, String> = FastMap::default();
    let mut convert = |text: &mut String| {
        if !text.chars().any(|c| back.contains_key(&c)) {
            return;
        }
        if let Some(done) = memo.get(text.as_str()) {
            text.clone_from(done);
            return;
        }
        let out = memchr::memmem::find(folded.as_bytes(), text.as_bytes())
            .and_then(|p| original.get(p..p + text.len()))
            .map_or_else(
                || {
                    text.chars()
                        .map(|c| back.get(&c).map_or(c, |(t, _)| *t))
                        .collect()
                },
                str::to_owned,
            );
        memo.insert(core::mem::replace(text, out.clone()), out);
    };
    net.map_text(&mut convert);
    for c in &mut net.contributions {
        convert(&mut c.unit);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn names_and_units_come_back_in_the_documents_script() {
        let src = "國立東華大學113學年度偏鄉教育夥伴學校計畫成果報告\n本校教育學系與秀林鄉銅門國民小學締結夥伴學校，雙方關係密切。本校捐贈圖書860冊，\
                   本校教育學系教師12人次到校進行公開授課。";
        let net = extract(src);
        assert_eq!(net.author.as_deref(), Some("國立東華大學"));
        let books = net
            .contributions
            .iter()
            .find(|c| c.kind == crate::ContributionKind::BooksDonated)
            .map(|c| c.unit.as_str());
        assert_eq!(books, Some("冊"));
        // 系 is written as such in 學系, though 關係 folds 係 to 系.
        let teachers = net
            .contributions
            .iter()
            .find(|c| c.unit == "人次")
            .and_then(|c| c.supporter.as_deref());
        assert_eq!(
            teachers,
            Some("國立東華大學教育學系"),
            "{:?}",
            net.contributions
        );
    }
}
