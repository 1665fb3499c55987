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

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.state = fold(self.state ^ u64::from_le_bytes(word), self.seed ^ K1);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            for (to, from) in word.iter_mut().zip(rest) {
                *to = *from;
            }
            self.state = fold(self.state ^ u64::from_le_bytes(word), self.seed ^ K2);
        }
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
