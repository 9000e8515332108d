//! A text in traditional characters is read folded to simplified ones; its names and the texts
//! kept as written are given back in its own script.

use super::fast_hash::FastMap;
use crate::SupportNetwork;

/// Size of the block of CJK Unified Ideographs (U+4E00–U+9FFF).
const IDEOGRAPHS: usize = 0x5200;

/// The offset of `c` in the block of CJK Unified Ideographs.
fn ideograph(c: char) -> Option<usize> {
    let k = u32::from(c).checked_sub(0x4E00)? as usize;
    (k < IDEOGRAPHS).then_some(k)
}

/// Rewrites the network's names, as-written texts and units (read from `folded`) in the script
/// of `original`: each folded character becomes the traditional one the document wrote most
/// often in its place, unless the document also writes the simplified character itself more
/// often (系 in 學系 beside 係 in 關係). Characters the document never folded stay as they are
/// (a name completed from the alias table keeps the characters the document does not use).
/// One pass over the text and one over each distinct name: linear.
pub(crate) fn restore(net: &mut SupportNetwork, original: &str, folded: &str) {
    // Pairs folded (few) in a map; characters written as they are, per ideograph in an array
    // indexed by code point (no hashing per character).
    let mut seen: FastMap<(char, char), usize> = FastMap::default();
    let mut native = vec![0u32; IDEOGRAPHS];
    for (t, s) in original.chars().zip(folded.chars()) {
        if t == s {
            if let Some(n) = ideograph(s).and_then(|k| native.get_mut(k)) {
                *n = n.saturating_add(1);
            }
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
    back.retain(|s, (_, n)| {
        let own = ideograph(*s)
            .and_then(|k| native.get(k))
            .copied()
            .unwrap_or(0);
        *n > own as usize
    });
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
        let out: String = text
            .chars()
            .map(|c| back.get(&c).map_or(c, |(t, _)| *t))
            .collect();
        memo.insert(core::mem::replace(text, out.clone()), out);
    };
    net.map_text(&mut convert);
    // A unit is written in its amount (30台 beside 新臺幣): the original's characters there.
    for c in &mut net.contributions {
        let (a, b) = (c.amount.start, c.amount.end);
        let at = folded
            .get(a..b)
            .and_then(|f| f.find(c.unit.as_str()))
            .and_then(|p| original.get(a + p..a + p + c.unit.len()));
        match at {
            Some(u) => u.clone_into(&mut c.unit),
            None => convert(&mut c.unit),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn names_and_units_come_back_in_the_documents_script() {
        let src = "國立東華大學113學年度偏鄉教育夥伴學校計畫成果報告\n本校教育學系與秀林鄉銅門國民小學締結夥伴學校，雙方關係密切。本校捐贈圖書860冊，\
                   本校教育學系教師12人次到校進行公開授課。本校另捐贈平板電腦30台，並爭取新臺幣補助，臺灣東部學校受益。";
        let net = extract(src);
        assert_eq!(net.author.as_deref(), Some("國立東華大學"));
        let books = net
            .contributions
            .iter()
            .find(|c| c.kind == crate::ContributionKind::BooksDonated)
            .map(|c| c.unit.as_str());
        assert_eq!(books, Some("冊"));
        // 台 as written in 30台, though the text writes 臺 more often (新臺幣, 臺灣).
        let tablets = net
            .contributions
            .iter()
            .find(|c| c.value.to_string() == "30")
            .map(|c| c.unit.as_str());
        assert_eq!(tablets, Some("台"), "{:?}", net.contributions);
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
