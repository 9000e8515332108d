//! Suggested correct wording ("增长到1.5倍", "增长47.5%", "提高17个百分点", "降到三分之一").

use duikou_tokenizer::Decimal;

use crate::Ratio;

/// Builds suggestions in the author's own verbs (增长/增加/提高 …).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Suggest {
    up: &'static str,
    down: &'static str,
}

const UP_VERBS: [&str; 10] = [
    "增长", "增長", "成长", "成長", "增加", "提高", "上升", "扩大", "提升", "提昇",
];
const DOWN_VERBS: [&str; 6] = ["减少", "減少", "降低", "下降", "缩小", "缩短"];

impl Suggest {
    /// Takes the verbs from the claim's text; 增长 and 下降 otherwise.
    pub(crate) fn from_claim_text(text: &str) -> Self {
        Self {
            up: UP_VERBS
                .into_iter()
                .find(|v| text.contains(v))
                .unwrap_or("增长"),
            down: DOWN_VERBS
                .into_iter()
                .find(|v| text.contains(v))
                .unwrap_or("下降"),
        }
    }

    /// `增长到1.5倍` for R = 1.4749 with one written decimal.
    pub(crate) fn times_to(self, r: Ratio, decimals: u8) -> Option<String> {
        if r < Ratio::ONE {
            return fraction_to(r);
        }
        Some(format!(
            "{}到{}倍",
            self.up,
            plain(r.round_to(decimals.max(1))?)
        ))
    }

    /// `增长47.5%` or `下降12.5%`.
    pub(crate) fn percent(self, r: Ratio) -> Option<String> {
        let p = r.checked_sub(Ratio::ONE)?.checked_mul(Ratio::HUNDRED)?;
        if p.is_negative() {
            let d = Ratio::ZERO.checked_sub(p)?;
            Some(format!("{}{}%", self.down, plain(d.round_to(1)?)))
        } else {
            Some(format!("{}{}%", self.up, plain(p.round_to(1)?)))
        }
    }

    /// `提高17个百分点` or `下降3个百分点`.
    pub(crate) fn points(self, d: Ratio) -> Option<String> {
        let up = if self.up == "增长" {
            "提高"
        } else {
            self.up
        };
        if d.is_negative() {
            let d = Ratio::ZERO.checked_sub(d)?;
            Some(format!("{}{}个百分点", self.down, plain(d.round_to(2)?)))
        } else {
            Some(format!("{up}{}个百分点", plain(d.round_to(2)?)))
        }
    }

    /// `增加720人` or `减少30人`.
    pub(crate) fn absolute(self, d: Ratio, unit: &str) -> Option<String> {
        let up = if self.up == "增长" {
            "增加"
        } else {
            self.up
        };
        let down = if self.down == "下降" {
            "减少"
        } else {
            self.down
        };
        if d.is_negative() {
            let d = Ratio::ZERO.checked_sub(d)?;
            Some(format!("{down}{}{unit}", plain(d.round_to(2)?)))
        } else {
            Some(format!("{up}{}{unit}", plain(d.round_to(2)?)))
        }
    }
}

/// A decimal without trailing zero decimals (`47.50` → `47.5`, `3.0` → `3`).
pub(crate) fn plain(d: Decimal) -> String {
    d.normalized().to_string()
}

/// `降到三分之一` when R is within 5 % of 1/k (k ≤ 100), else `降到原来的40%`.
pub(crate) fn fraction_to(r: Ratio) -> Option<String> {
    if r >= Ratio::ONE || r.numer() <= 0 {
        return None;
    }
    let k = (2..=100_i128).find(|&k| {
        Ratio::new(1, k)
            .and_then(|f| {
                let lo = f.checked_mul(Ratio::new(19, 20)?)?;
                let hi = f.checked_mul(Ratio::new(21, 20)?)?;
                Some(lo <= r && r <= hi)
            })
            .unwrap_or(false)
    });
    match k {
        Some(k) => Some(format!("降到{}分之一", chinese(k, false))),
        None => Some(format!(
            "降到原来的{}%",
            plain(r.checked_mul(Ratio::HUNDRED)?.round_to(1)?)
        )),
    }
}

/// `翻两番` when R is within 5 % of 2ⁿ (n ≥ 1).
pub(crate) fn doubling(r: Ratio) -> Option<String> {
    (1..=10_u32).find_map(|n| {
        let t = Ratio::int(2).checked_pow(n)?;
        let lo = t.checked_mul(Ratio::new(19, 20)?)?;
        let hi = t.checked_mul(Ratio::new(21, 20)?)?;
        (lo <= r && r <= hi).then(|| format!("翻{}番", chinese(i128::from(n), true)))
    })
}

/// A small positive integer in Chinese numerals (the tokenizer's canonical form; `两` for 2
/// where a counter follows, as in 翻两番).
pub(crate) fn chinese(n: i128, liang: bool) -> String {
    if n == 2 && liang {
        return "两".to_owned();
    }
    Decimal::new(n, 0).map_or_else(|| n.to_string(), duikou_tokenizer::to_chinese)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        assert_eq!(chinese(3, false), "三");
        assert_eq!(chinese(12, false), "十二");
        assert_eq!(chinese(40, false), "四十");
        assert_eq!(chinese(100, false), "一百");
        assert_eq!(chinese(105, false), "一百零五");
        assert_eq!(chinese(1000, false), "一千");
        assert_eq!(chinese(2, true), "两");
    }

    #[test]
    fn fractions() {
        assert_eq!(
            fraction_to(Ratio::new(1, 3).unwrap()).unwrap(),
            "降到三分之一"
        );
        assert_eq!(
            fraction_to(Ratio::new(2, 5).unwrap()).unwrap(),
            "降到原来的40%"
        );
        assert_eq!(doubling(Ratio::int(4)).unwrap(), "翻两番");
    }
}
