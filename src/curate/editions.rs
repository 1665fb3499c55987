//! [`Editions`]: several editions of the report together, in the order of their reporting
//! periods, for analyses across them.

use std::borrow::Cow;

use crate::analysis::{Involvement, involvements_of};
use crate::curate::diff::{EditionDiff, diff};
use crate::{Country, Dataset};

/// A set of editions of the report — the compiled-in one and any loaded ones — ordered by
/// reporting period (start, then end, then title; two editions with the same period keep the
/// order they were added in).
///
/// ```
/// use eu_celac_drugs::Country;
/// use eu_celac_drugs::curate::Editions;
///
/// let mut editions = Editions::new();
/// editions.push(eu_celac_drugs::report_2021_2022());
/// assert_eq!(editions.len(), 1);
/// // Peru's involvements, edition by edition.
/// for (edition, involvements) in editions.involvements_of(Country::PE) {
///     println!("{}: {} involvement(s)", edition.meta().title(), involvements.len());
/// }
/// // One edition has no consecutive pair to compare.
/// assert!(editions.diffs().is_empty());
/// ```
#[derive(Debug, Clone, Default)]
pub struct Editions<'a> {
    editions: Vec<Cow<'a, Dataset>>,
}

impl<'a> Editions<'a> {
    /// No editions.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an edition, borrowed (`&Dataset`) or owned (`Dataset`), in its place by period.
    pub fn push(&mut self, edition: impl Into<Cow<'a, Dataset>>) {
        let edition = edition.into();
        let key = |d: &Dataset| (d.meta().period_start(), d.meta().period_end(), d.meta().title().to_owned());
        let k = key(&edition);
        let at = self.editions.partition_point(|e| key(e) <= k);
        self.editions.insert(at, edition);
    }

    /// The number of editions.
    #[must_use]
    pub fn len(&self) -> usize {
        self.editions.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.editions.is_empty()
    }

    /// The editions, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &Dataset> {
        self.editions.iter().map(AsRef::as_ref)
    }

    /// The latest edition, if any.
    #[must_use]
    pub fn latest(&self) -> Option<&Dataset> {
        self.editions.last().map(AsRef::as_ref)
    }

    /// Consecutive editions, as (older, newer) pairs.
    pub fn pairs(&self) -> impl Iterator<Item = (&Dataset, &Dataset)> {
        self.editions.windows(2).filter_map(|w| match w {
            [a, b] => Some((a.as_ref(), b.as_ref())),
            _ => None,
        })
    }

    /// What changed between each edition and the next ([`diff`]).
    #[must_use]
    pub fn diffs(&self) -> Vec<EditionDiff> {
        self.pairs().map(|(a, b)| diff(a, b)).collect()
    }

    /// A country's involvements ([`involvements_of`]), edition by edition, oldest first.
    #[must_use]
    pub fn involvements_of(&self, country: Country) -> Vec<(&Dataset, Vec<Involvement<'_>>)> {
        self.iter().map(|d| (d, involvements_of(d, country))).collect()
    }
}

impl<'a> FromIterator<Cow<'a, Dataset>> for Editions<'a> {
    fn from_iter<I: IntoIterator<Item = Cow<'a, Dataset>>>(iter: I) -> Self {
        let mut editions = Self::new();
        for e in iter {
            editions.push(e);
        }
        editions
    }
}

impl<'a> From<&'a Dataset> for Cow<'a, Dataset> {
    fn from(d: &'a Dataset) -> Self {
        Cow::Borrowed(d)
    }
}

impl From<Dataset> for Cow<'_, Dataset> {
    fn from(d: Dataset) -> Self {
        Cow::Owned(d)
    }
}
