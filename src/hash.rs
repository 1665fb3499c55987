//! A fast hasher for the crate's own maps of ids and texts, keyed afresh for every map.
//!
//! The standard hasher (SipHash 1-3) is built to resist collision attacks at some cost per key;
//! the loaders and the analyses hash millions of short ids. This one folds each eight bytes of the
//! key into the state with a full 64 × 64 → 128-bit multiply (as wyhash and foldhash do), from a
//! seed drawn from the standard library's random keys for every map, so that no document can be
//! written to make its keys collide everywhere: it keeps the standard hasher's defence against
//! crafted input in kind, at a fraction of its cost.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

/// Multiplies two words and folds the 128-bit product into one.
#[inline]
const fn fold(a: u64, b: u64) -> u64 {
    let full = (a as u128).wrapping_mul(b as u128);
    (full as u64) ^ ((full >> 64) as u64)
}

const K1: u64 = 0x243f_6a88_85a3_08d3;
const K2: u64 = 0x1319_8a2e_0370_7344;

/// The hasher: one word of state, keyed by its builder's seed.
#[derive(Clone, Copy)]
pub(crate) struct FastHasher {
    state: u64,
    seed: u64,
}

/// Eight bytes of `b` from `at`, little-endian (0 past the end: callers read inside `b`).
#[inline]
fn word(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).map_or(0, u64::from_le_bytes)
}

/// Four bytes of `b` from `at`, little-endian (0 past the end).
#[inline]
fn half(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 4).and_then(|w| <[u8; 4]>::try_from(w).ok()).map_or(0, |w| u64::from(u32::from_le_bytes(w)))
}

impl Hasher for FastHasher {
    /// Folds the bytes in sixteen at a time (two words, one multiply); a short key (most ids are
    /// under 24 bytes) in one or two steps, reading overlapping words rather than byte by byte.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let len = bytes.len();
        let mut s = self.state ^ (len as u64).wrapping_mul(K2);
        let (a, b) = if len <= 16 {
            match len {
                8..=16 => (word(bytes, 0), word(bytes, len - 8)),
                4..=7 => (half(bytes, 0), half(bytes, len - 4)),
                1..=3 => {
                    let at = |i: usize| u64::from(bytes.get(i).copied().unwrap_or(0));
                    (at(0) << 16 | at(len / 2) << 8 | at(len - 1), 0)
                }
                _ => (0, 0),
            }
        } else {
            let mut at = 0;
            while at + 16 < len {
                s = fold(s ^ word(bytes, at), word(bytes, at + 8) ^ self.seed ^ K1);
                at += 16;
            }
            (word(bytes, len - 16), word(bytes, len - 8))
        };
        self.state = fold(s ^ a, b ^ self.seed ^ K2);
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.state = fold(self.state ^ i, self.seed ^ K2);
    }

    #[inline]
    fn finish(&self) -> u64 {
        fold(self.state, self.seed ^ K1)
    }
}

/// Builds [`FastHasher`]s for one map, all with the same random seed.
#[derive(Clone, Copy)]
pub(crate) struct FastState {
    seed: u64,
}

impl Default for FastState {
    /// A state with a fresh random seed (from the standard library's random keys).
    fn default() -> Self {
        let seed = RandomState::new().hash_one(0x5eed_u64);
        Self { seed }
    }
}

impl BuildHasher for FastState {
    type Hasher = FastHasher;

    #[inline]
    fn build_hasher(&self) -> FastHasher {
        FastHasher { state: self.seed, seed: self.seed }
    }
}

/// A hash map keyed with [`FastState`].
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, FastState>;

/// A hash set keyed with [`FastState`].
pub(crate) type FastSet<K> = std::collections::HashSet<K, FastState>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_alike_and_different_ones_apart() {
        let state = FastState::default();
        let h = |s: &str| state.hash_one(s);
        assert_eq!(h("aircop.jaitf.cm-douala"), h("aircop.jaitf.cm-douala"));
        let ids: Vec<String> = (0..100_000).map(|i| format!("synthetic.p{i}")).collect();
        let hashes: FastSet<u64> = ids.iter().map(|s| h(s)).collect();
        assert_eq!(hashes.len(), ids.len(), "no collision among 10^5 ids");
        // Another map, another seed.
        assert_ne!(FastState::default().hash_one("aircop"), state.hash_one("aircop"));
    }
}

#[cfg(test)]
mod quality {
    use super::*;

    #[test]
    #[ignore = "prints a distribution; run by hand"]
    fn spread() {
        let state = FastState::default();
        let mask = (1u64 << 21) - 1;
        let mut buckets = vec![0u32; 1 << 21];
        let mut tags = [0u32; 128];
        for i in 0..1_000_000 {
            let h = state.hash_one(format!("synthetic.p{i}").as_str());
            buckets[(h & mask) as usize] += 1;
            tags[(h >> 57) as usize] += 1;
        }
        let max = buckets.iter().max().unwrap();
        let empty = buckets.iter().filter(|b| **b == 0).count();
        println!(
            "max bucket {max}, empty {empty} of {}, tags min {} max {}",
            buckets.len(),
            tags.iter().min().unwrap(),
            tags.iter().max().unwrap()
        );
    }
}
