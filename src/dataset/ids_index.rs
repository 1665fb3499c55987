//! The kind of record each id names, for the checks of repeated ids and of references: a hash
//! map for a small dataset, sorted hashes for a large one.
//!
//! At a million records a hash map of every id costs a cache miss or three per insertion (the
//! table is larger than any cache); sorting the ids' hashes reads and writes memory in order, and
//! the references of a large dataset name few records, each looked up once and remembered.

use crate::hash::{FastMap, FastState};
use crate::{Id, RecordKind};

/// From how many records the ids are sorted rather than put in a map.
const SORTED_FROM: usize = 50_000;

/// A record's id and kind, and where it is: its table (from 1, in the dataset's order) and its
/// position in the table.
pub(super) struct Entry<'a> {
    pub(super) id: &'a Id,
    pub(super) kind: RecordKind,
    pub(super) table: u8,
    pub(super) index: usize,
}

/// A repeated id: the record that repeats it, and the kind of the latest record before it with
/// the same id.
pub(super) struct Repeat<'a> {
    pub(super) entry: &'a Entry<'a>,
    pub(super) first: RecordKind,
}

/// The kind of record each id names (the last record with that id, if several share it).
pub(super) enum IdKinds<'a> {
    /// Few records: a map.
    Map(FastMap<&'a str, RecordKind>),
    /// Many: every record, and their ids' hashes sorted (with the record's position), with the
    /// answers found so far.
    Sorted {
        entries: Vec<Entry<'a>>,
        hashes: Vec<(u64, u32)>,
        state: FastState,
        found: FastMap<&'a str, Option<RecordKind>>,
    },
}

impl<'a> IdKinds<'a> {
    /// The kinds of `entries` (every record, in the dataset's order), and every repeated id, in
    /// the records' order.
    pub(super) fn new(entries: Vec<Entry<'a>>, repeats: &mut dyn FnMut(Repeat<'_>)) -> Self {
        if entries.len() < SORTED_FROM {
            let mut map = FastMap::with_capacity_and_hasher(entries.len(), FastState::default());
            for entry in &entries {
                if let Some(first) = map.insert(entry.id.as_str(), entry.kind) {
                    repeats(Repeat { entry, first });
                }
            }
            return Self::Map(map);
        }
        let state = FastState::default();
        let mut hashes: Vec<(u64, u32)> = entries
            .iter()
            .enumerate()
            .map(|(at, e)| {
                (std::hash::BuildHasher::hash_one(&state, e.id.as_str()), u32::try_from(at).unwrap_or(u32::MAX))
            })
            .collect();
        hashes.sort_unstable();
        // Records with the same hash sit side by side, in the records' order: within each run, a
        // record whose id an earlier one has repeats the latest such.
        let mut found: Vec<(usize, RecordKind)> = Vec::new();
        for run in hashes.chunk_by(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
            for (k, (_, at)) in run.iter().enumerate() {
                let Some(entry) = entries.get(*at as usize) else { continue };
                let earlier =
                    run.get(..k).unwrap_or(&[]).iter().rev().find_map(|(_, before)| {
                        entries.get(*before as usize).filter(|e| e.id == entry.id).map(|e| e.kind)
                    });
                if let Some(first) = earlier {
                    found.push((*at as usize, first));
                }
            }
        }
        found.sort_unstable_by_key(|(at, _)| *at);
        for (at, first) in found {
            if let Some(entry) = entries.get(at) {
                repeats(Repeat { entry, first });
            }
        }
        Self::Sorted { entries, hashes, state, found: FastMap::default() }
    }

    /// The kind of the record `id` names (the last one with that id), if any.
    pub(super) fn kind_of(&mut self, id: &str) -> Option<RecordKind> {
        match self {
            Self::Map(map) => map.get(id).copied(),
            Self::Sorted { entries, hashes, state, found } => {
                if let Some(kind) = found.get(id) {
                    return *kind;
                }
                let h = std::hash::BuildHasher::hash_one(&*state, id);
                let from = hashes.partition_point(|(x, _)| *x < h);
                let to = hashes.partition_point(|(x, _)| *x <= h);
                let last = hashes
                    .get(from..to)
                    .unwrap_or(&[])
                    .iter()
                    .rev()
                    .find_map(|(_, at)| entries.get(*at as usize).filter(|e| e.id.as_str() == id));
                // remembered under the record's own id (a reference that names nothing is not)
                let (key, kind) = (last.map(|e| e.id.as_str()), last.map(|e| e.kind));
                if let Some(key) = key {
                    found.insert(key, kind);
                }
                kind
            }
        }
    }
}
