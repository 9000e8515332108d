//! A fast hasher for the extractor's maps and sets of names.
//!
//! The keys are short names (a few CJK characters) looked up thousands of times per document:
//! the standard SipHash costs more than the rest of a lookup. This is the multiply-rotate hash
//! of the Firefox and rustc compilers (eight bytes per step) with a final mix, so that the
//! low bits the table indexes by depend on every byte. It is no defence against chosen keys,
//! and needs none here: the maps are built from the program's own tables and from names of one
//! document, whose size bounds the work anyway.
//!
//! Nothing observable depends on the hasher: no output is built by iterating over a map in
//! hash order.

use core::hash::{BuildHasherDefault, Hasher};
use std::collections::{HashMap, HashSet};

/// A [`HashMap`] with the [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A [`HashSet`] with the [`FastHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// The multiplier of the Fx hash (an odd constant with well-spread bits).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Multiply-rotate hashing, eight bytes at a time.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FastHasher {
    hash: u64,
}

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = chunk
                .iter()
                .rev()
                .fold(0u64, |w, &b| (w << 8) | u64::from(b));
            self.add(word);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let word = rest
                .iter()
                .rev()
                .fold(0u64, |w, &b| (w << 8) | u64::from(b));
            // The length keeps "ab" and "ab\0" apart.
            self.add(word ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        // The product's low bits depend only on the low bits of its input: fold the high
        // half down before the table takes its index from the low bits.
        let h = self.hash;
        (h ^ (h >> 32)).wrapping_mul(SEED) ^ (h >> 29)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_and_sets_find_what_was_put_in() {
        let names = [
            "乡城县",
            "南京大学",
            "甘孜州乡城县",
            "我院",
            "",
            "a",
            "ab",
            "ab\0",
        ];
        let mut m: FastMap<String, usize> = FastMap::default();
        for (i, n) in names.iter().enumerate() {
            m.insert((*n).to_owned(), i);
        }
        for (i, n) in names.iter().enumerate() {
            assert_eq!(m.get(*n), Some(&i));
        }
        assert_eq!(m.get("南京"), None);
        let s: FastSet<(&str, &str)> = [("甲", "乙"), ("乙", "甲")].into_iter().collect();
        assert!(s.contains(&("甲", "乙")) && s.contains(&("乙", "甲")));
        assert!(!s.contains(&("甲", "甲")));
    }

    #[test]
    fn a_byte_changes_the_hash() {
        let hash = |b: &[u8]| {
            let mut h = FastHasher::default();
            h.write(b);
            h.finish()
        };
        let base = "对口支援伊犁师范学院".as_bytes();
        for i in 0..base.len() {
            let mut v = base.to_vec();
            if let Some(b) = v.get_mut(i) {
                *b ^= 1;
            }
            assert_ne!(hash(&v), hash(base), "byte {i}");
        }
        assert_ne!(hash(b"ab"), hash(b"ab\0"));
    }
}
