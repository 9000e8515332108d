//! Value → canonical Chinese numerals and financial capitals.

use crate::Decimal;

/// One way of writing digits and small units.
struct Style {
    digits: [char; 10],
    /// 十 百 千 (or 拾 佰 仟).
    units: [char; 3],
    /// Write 十五, 十万 rather than 一十五, 一十万 at the very start.
    drop_leading_one: bool,
}

const LOWER: Style = Style {
    digits: ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
    units: ['十', '百', '千'],
    drop_leading_one: true,
};

const FINANCIAL: Style = Style {
    digits: ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'],
    units: ['拾', '佰', '仟'],
    drop_leading_one: false,
};

impl Style {
    fn digit(&self, d: u128) -> char {
        self.digits
            .get(usize::try_from(d).unwrap_or(0))
            .copied()
            .unwrap_or('零')
    }

    /// Writes `c < 10^4` without leading zeros; zeros between digits become one 零.
    /// `leading`: nothing is written before it (for 十五 vs 一十五).
    fn chunk(&self, out: &mut String, c: u128, leading: bool) {
        let mut started = false;
        let mut zero = false;
        for (pos, p) in [(3_usize, 1000_u128), (2, 100), (1, 10), (0, 1)] {
            let d = (c / p) % 10;
            if d == 0 {
                zero |= started;
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            let skip_one = self.drop_leading_one && leading && !started && pos == 1 && d == 1;
            if !skip_one {
                out.push(self.digit(d));
            }
            if let Some(u) = pos.checked_sub(1).and_then(|i| self.units.get(i)) {
                out.push(*u);
            }
            started = true;
        }
    }

    /// Writes a non-negative integer: parts of 10^8 from the highest, each as `A万B`
    /// followed by 亿 repeated by its rank (三万二千亿, 一亿亿零五).
    fn integer(&self, out: &mut String, n: u128) {
        if n == 0 {
            out.push('零');
            return;
        }
        const YI: u128 = 100_000_000;
        let mut parts = [0_u128; 5];
        let mut rest = n;
        for p in &mut parts {
            *p = rest % YI;
            rest /= YI;
        }
        let mut emitted = false;
        let mut gap = false;
        for (rank, &p) in parts.iter().enumerate().rev() {
            if p == 0 {
                gap |= emitted;
                continue;
            }
            if emitted && (gap || p < YI / 10) {
                out.push('零');
            }
            let (a, b) = (p / 10_000, p % 10_000);
            if a > 0 {
                self.chunk(out, a, !emitted);
                out.push('万');
            }
            if b > 0 {
                if a > 0 && b < 1000 {
                    out.push('零');
                }
                self.chunk(out, b, !emitted && a == 0);
            }
            for _ in 0..rank {
                out.push('亿');
            }
            emitted = true;
            gap = false;
        }
    }

    fn decimal(&self, d: Decimal) -> String {
        let mut out = String::new();
        if d.is_negative() {
            out.push('负');
        }
        let m = d.mantissa().unsigned_abs();
        let scale = u32::from(d.scale());
        let Some(p) = 10_u128.checked_pow(scale) else {
            // Unreachable for a valid Decimal (scale ≤ 30); keep a readable fallback.
            out.push_str(&d.to_string());
            return out;
        };
        self.integer(&mut out, m / p);
        if scale > 0 {
            out.push('点');
            let frac = m % p;
            let mut q = p / 10;
            while q > 0 {
                out.push(self.digit((frac / q) % 10));
                q /= 10;
            }
        }
        out
    }
}

/// Writes a value in canonical Chinese numerals (GB/T 15835-2011 reading of large numbers):
/// 12345 → 一万二千三百四十五, 10 → 十, 20 → 二十, 100000 → 十万, 1005 → 一千零五,
/// 0 → 零, −3 → 负三, 1.5 → 一点五, 10^12 → 一万亿, 3.2·10^12 → 三万二千亿.
///
/// Decimals keep their written digits (1.50 → 一点五零). [`crate::parse_numeral`] reads the
/// result back to the same value and scale. Every [`Decimal`] has a Chinese form (up to
/// 亿亿亿亿 for `i128`), so this never fails.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{Decimal, to_chinese};
/// assert_eq!(to_chinese(Decimal::from(12345_i64)), "一万二千三百四十五");
/// assert_eq!(to_chinese(Decimal::from(100_000_i64)), "十万");
/// assert_eq!(to_chinese(Decimal::from(1005_i64)), "一千零五");
/// assert_eq!(to_chinese(Decimal::from(-3_i64)), "负三");
/// assert_eq!(to_chinese("100.06".parse().unwrap()), "一百点零六");
/// ```
#[must_use]
pub fn to_chinese(d: Decimal) -> String {
    LOWER.decimal(d)
}

/// Writes a value in financial capitals (大写): 12345 → 壹万贰仟叁佰肆拾伍,
/// 10 → 壹拾, 100000 → 壹拾万, 1.5 → 壹点伍. Big units use 万 and 亿, as on current forms.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::{Decimal, to_financial};
/// assert_eq!(to_financial(Decimal::from(12345_i64)), "壹万贰仟叁佰肆拾伍");
/// assert_eq!(to_financial(Decimal::from(1005_i64)), "壹仟零伍");
/// assert_eq!(to_financial(Decimal::from(10_i64)), "壹拾");
/// ```
#[must_use]
pub fn to_financial(d: Decimal) -> String {
    FINANCIAL.decimal(d)
}
