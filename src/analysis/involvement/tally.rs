//! The counters behind [`involvement_table`](super::involvement_table): arrays indexed by
//! [`Country`] and by the enums' discriminants, so that a table costs one pass over the records
//! with no allocation, hashing or map insertion per record.

use std::cell::Cell;
use std::cmp::Reverse;
use std::collections::BTreeMap;

use crate::hash::FastMap;
use std::sync::OnceLock;

use super::{InvolvementKind, InvolvementRow, role_weight, status_weight};
use crate::{Country, Dataset, ProjectKind, Role, Status};

/// The non-zero counts of `counts`, indexed by the discriminants of `keys`.
pub(super) fn nonzero<K: Ord + Copy>(
    keys: impl Iterator<Item = K>,
    index: fn(K) -> usize,
    counts: &[u32],
) -> BTreeMap<K, u32> {
    keys.filter_map(|k| counts.get(index(k)).copied().filter(|n| *n > 0).map(|n| (k, n))).collect()
}

/// The kind of each project of a dataset, by id: the one lookup the involvement kinds need,
/// built once per analysis (in time linear in the number of projects) instead of a scan of the
/// projects per participation.
pub(super) struct ProjectKinds<'a> {
    by_id: FastMap<&'a str, ProjectKind>,
    /// The last project found: a report states participations in runs about one subject.
    last: Cell<Option<(&'a str, ProjectKind)>>,
}

impl<'a> ProjectKinds<'a> {
    pub(super) fn new(dataset: &'a Dataset) -> Self {
        let by_id = dataset.projects().iter().map(|p| (p.id().as_str(), p.kind())).collect();
        Self { by_id, last: Cell::new(None) }
    }

    #[inline]
    pub(super) fn get(&self, id: &str) -> Option<ProjectKind> {
        match self.last.get() {
            Some((last, kind)) if last == id => Some(kind),
            _ => {
                let (&key, &kind) = self.by_id.get_key_value(id)?;
                self.last.set(Some((key, kind)));
                Some(kind)
            }
        }
    }
}

/// Room for every variant of [`Role`] and of [`Status`] in a [`Counters`] (a unit test checks
/// that every variant fits).
const ROLE_SLOTS: usize = 32;
const STATUS_SLOTS: usize = 16;

/// One country's counters: arrays indexed by the enums' discriminants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Counters {
    pub(super) country: Country,
    pub(super) kinds: [u32; InvolvementKind::COUNT],
    pub(super) roles: [u32; ROLE_SLOTS],
    pub(super) statuses: [u32; STATUS_SLOTS],
    pub(super) total: u32,
    pub(super) indirect: u32,
    pub(super) score: u32,
    /// Claims on a whole bloc that cover the country, kept out of `total` and `score`.
    pub(super) claims: u32,
}

impl Counters {
    #[inline]
    fn add(&mut self, kind: InvolvementKind, role: Option<Role>, status: Status, indirect: bool) {
        if let Some(n) = self.kinds.get_mut(kind as usize) {
            *n += 1;
        }
        if let Some(n) = role.and_then(|r| self.roles.get_mut(r as usize)) {
            *n += 1;
        }
        if let Some(n) = self.statuses.get_mut(status as usize) {
            *n += 1;
        }
        self.total += 1;
        self.indirect += u32::from(indirect);
        self.score += role_weight(role) * status_weight(status);
    }
}

/// The counters of every country met so far, found through an array indexed by [`Country`].
#[derive(Debug, Clone)]
pub(super) struct Tally {
    /// For each country, 1 + the position of its counters in `counters`, or 0.
    slots: [u32; Country::COUNT],
    counters: Vec<Counters>,
}

impl Default for Tally {
    fn default() -> Self {
        Self { slots: [0; Country::COUNT], counters: Vec::new() }
    }
}

impl Tally {
    #[inline]
    pub(super) fn add(
        &mut self,
        country: Country,
        kind: InvolvementKind,
        role: Option<Role>,
        status: Status,
        indirect: bool,
    ) {
        if let Some(counters) = self.counters_of(country) {
            counters.add(kind, role, status, indirect);
        }
    }

    /// Counts a claim on a whole bloc that covers `country`, apart from its involvements.
    pub(super) fn add_claim(&mut self, country: Country) {
        if let Some(counters) = self.counters_of(country) {
            counters.claims += 1;
        }
    }

    /// The counters of `country`, made on first use.
    #[inline]
    fn counters_of(&mut self, country: Country) -> Option<&mut Counters> {
        let slot = self.slots.get_mut(country as usize)?;
        if *slot == 0 {
            if self.counters.capacity() == 0 {
                self.counters.reserve(64);
            }
            self.counters.push(Counters {
                country,
                kinds: [0; InvolvementKind::COUNT],
                roles: [0; ROLE_SLOTS],
                statuses: [0; STATUS_SLOTS],
                total: 0,
                indirect: 0,
                score: 0,
                claims: 0,
            });
            *slot = u32::try_from(self.counters.len()).unwrap_or(u32::MAX);
        }
        let position = (*slot as usize).saturating_sub(1);
        self.counters.get_mut(position)
    }

    /// The rows, ranked by score (highest first), then by English name. The small sort keys
    /// are sorted, not the rows, and each row is written once, in its place.
    pub(super) fn into_rows(self) -> Vec<InvolvementRow> {
        let mut order: Vec<(Reverse<u32>, &'static str, usize)> =
            self.counters.iter().enumerate().map(|(i, c)| (Reverse(c.score), c.country.name_en(), i)).collect();
        order.sort_unstable();
        let mut rows = Vec::with_capacity(order.len());
        for (_, _, i) in order {
            if let Some(&counts) = self.counters.get(i) {
                rows.push(InvolvementRow { counts, roles: OnceLock::new(), statuses: OnceLock::new() });
            }
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_and_status_has_a_counter() {
        assert!(Role::iter().all(|r| (r as usize) < ROLE_SLOTS));
        assert!(Status::iter().all(|s| (s as usize) < STATUS_SLOTS));
    }
}
