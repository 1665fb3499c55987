//! [`Table`]: the records of one kind, stored in chunks.

use std::borrow::Cow;
use std::fmt;

/// The records of one kind in a [`Dataset`](crate::Dataset), in order.
///
/// The compiled-in dataset stores each table as one chunk per section of the report, so that
/// the data files mirror the report's sections and the whole dataset is still a single
/// `static` with no start-up work; a dataset built at run time has one chunk. Either way a
/// table reads as one sequence.
///
/// ```
/// let report = eu_celac_drugs::report_2021_2022();
/// let programmes = report.programmes();
/// assert_eq!(programmes.iter().count(), programmes.len());
/// assert!(programmes.get(0).is_some());
/// ```
#[derive(Clone)]
pub struct Table<T: Clone + 'static> {
    chunks: Cow<'static, [Cow<'static, [T]>]>,
}

impl<T: Clone + 'static> Table<T> {
    /// A table of borrowed chunks, for the compiled-in data.
    pub(crate) const fn chunks(chunks: &'static [Cow<'static, [T]>]) -> Self {
        Self { chunks: Cow::Borrowed(chunks) }
    }

    /// An empty table.
    #[must_use]
    pub const fn new() -> Self {
        Self { chunks: Cow::Borrowed(&[]) }
    }

    /// The records, in order.
    #[must_use]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { chunks: self.chunks.iter(), current: [].iter(), back: [].iter(), remaining: self.len() }
    }

    /// How many records the table holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.chunks.iter().map(|c| c.len()).sum()
    }

    /// Whether the table holds no record.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.chunks.iter().all(|c| c.is_empty())
    }

    /// The record at `index`, if there is one.
    #[must_use]
    pub fn get(&self, index: usize) -> Option<&T> {
        let mut index = index;
        for chunk in self.chunks.iter() {
            match chunk.get(index) {
                Some(item) => return Some(item),
                None => index -= chunk.len(),
            }
        }
        None
    }

    /// The records as a vector of clones.
    #[must_use]
    pub fn to_vec(&self) -> Vec<T> {
        self.iter().cloned().collect()
    }

    /// How many chunks the table is stored in (one per section for the compiled-in data).
    #[must_use]
    pub fn chunk_count(&self) -> usize {
        self.chunks.len()
    }
}

impl<T: Clone + 'static> Default for Table<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Clone + 'static> From<Vec<T>> for Table<T> {
    fn from(items: Vec<T>) -> Self {
        Self { chunks: Cow::Owned(vec![Cow::Owned(items)]) }
    }
}

impl<T: Clone + 'static> Table<T> {
    /// A table of these chunks, in order, with no copy (a snapshot read on two cores gives two).
    pub(crate) fn from_chunks(chunks: Vec<Vec<T>>) -> Self {
        let chunks: Vec<Cow<'static, [T]>> = chunks.into_iter().filter(|c| !c.is_empty()).map(Cow::Owned).collect();
        Self { chunks: Cow::Owned(chunks) }
    }
}

impl<T: Clone + 'static> FromIterator<T> for Table<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl<T: Clone + PartialEq + 'static> PartialEq for Table<T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: Clone + Eq + 'static> Eq for Table<T> {}

impl<T: Clone + fmt::Debug + 'static> fmt::Debug for Table<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a, T: Clone + 'static> IntoIterator for &'a Table<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// An iterator over the records of a [`Table`].
#[derive(Debug, Clone)]
pub struct Iter<'a, T: Clone + 'static> {
    chunks: std::slice::Iter<'a, Cow<'static, [T]>>,
    current: std::slice::Iter<'a, T>,
    back: std::slice::Iter<'a, T>,
    remaining: usize,
}

impl<'a, T: Clone + 'static> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        loop {
            if let Some(item) = self.current.next() {
                self.remaining = self.remaining.saturating_sub(1);
                return Some(item);
            }
            match self.chunks.next() {
                Some(chunk) => self.current = chunk.iter(),
                None => {
                    let item = self.back.next();
                    if item.is_some() {
                        self.remaining = self.remaining.saturating_sub(1);
                    }
                    return item;
                }
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<T: Clone + 'static> DoubleEndedIterator for Iter<'_, T> {
    fn next_back(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.back.next_back() {
                self.remaining = self.remaining.saturating_sub(1);
                return Some(item);
            }
            match self.chunks.next_back() {
                Some(chunk) => self.back = chunk.iter(),
                None => {
                    let item = self.current.next_back();
                    if item.is_some() {
                        self.remaining = self.remaining.saturating_sub(1);
                    }
                    return item;
                }
            }
        }
    }
}

impl<T: Clone + 'static> ExactSizeIterator for Iter<'_, T> {}

impl<T: Clone + 'static> std::iter::FusedIterator for Iter<'_, T> {}

#[cfg(feature = "serde")]
impl<T: Clone + serde::Serialize + 'static> serde::Serialize for Table<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de, T: Clone + serde::Deserialize<'de> + 'static> serde::Deserialize<'de> for Table<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(deserializer).map(Self::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static CHUNKS: [Cow<'static, [u8]>; 3] = [Cow::Borrowed(&[1, 2]), Cow::Borrowed(&[]), Cow::Borrowed(&[3, 4, 5])];

    #[test]
    fn iterates_across_chunks_both_ways() {
        let t = Table::chunks(&CHUNKS);
        assert_eq!(t.iter().copied().collect::<Vec<_>>(), vec![1, 2, 3, 4, 5]);
        assert_eq!(t.iter().rev().copied().collect::<Vec<_>>(), vec![5, 4, 3, 2, 1]);
        let mut it = t.iter();
        assert_eq!(it.next(), Some(&1));
        assert_eq!(it.next_back(), Some(&5));
        assert_eq!(it.len(), 3);
        assert_eq!(it.copied().collect::<Vec<_>>(), vec![2, 3, 4]);
        assert_eq!(t.len(), 5);
        assert_eq!(t.get(2), Some(&3));
        assert_eq!(t.get(5), None);
        assert_eq!(t, Table::from(vec![1, 2, 3, 4, 5]));
    }
}
