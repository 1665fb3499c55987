//! Rules on counts: a stated count and the items listed for it.

use super::{Finding, FindingKind, Severity, me};
use crate::{Completeness, Dataset};

/// Stated counts that differ from their lists. An exact count must equal the number of items
/// of a complete list; "over"/"more than" counts must not exceed it, "almost" counts must not
/// fall short of it; a list of examples may be shorter than its count but not longer.
/// Approximate counts ("about") are not checked.
#[must_use]
pub fn count_mismatches(dataset: &Dataset) -> Vec<Finding<'_>> {
    use crate::Bound;
    let mut out = Vec::new();
    for list in dataset.lists().iter() {
        let (Some(count), Some(stated)) = (list.count(), list.stated()) else { continue };
        if list.completeness() == Completeness::Unlisted {
            continue;
        }
        // A whole bloc counts its members; any other list its items.
        let n = match (list.completeness(), list.bloc()) {
            (Completeness::WholeBloc, Some(bloc)) => rust_decimal::Decimal::from(bloc.members().len()),
            _ => rust_decimal::Decimal::from(list.items().len()),
        };
        let stated_value = count.value();
        let fits = match (list.completeness(), count.bound()) {
            (Completeness::Examples, _) => n <= stated_value || count.bound() == Bound::Approximate,
            (_, Bound::Exact) => n == stated_value,
            (_, Bound::AtLeast) => n >= stated_value,
            (_, Bound::AtMost) => n <= stated_value,
            (_, Bound::Approximate | Bound::Mixed) => true,
        };
        if !fits {
            out.push(Finding::new(
                FindingKind::CountMismatch,
                Severity::Warning,
                format!("the report states {stated:?} for \"{}\" but lists {n} item(s)", list.label()),
                vec![me(list)],
            ));
        }
    }
    out
}

/// Counts stated with no list ("18 Latin American countries").
#[must_use]
pub fn counts_without_lists(dataset: &Dataset) -> Vec<Finding<'_>> {
    dataset
        .lists()
        .iter()
        .filter(|l| l.completeness() == Completeness::Unlisted && l.count().is_some())
        .map(|l| {
            Finding::new(
                FindingKind::CountWithoutList,
                Severity::Info,
                format!("the report states {:?} for \"{}\" and lists none", l.stated().unwrap_or(""), l.label()),
                vec![me(l)],
            )
        })
        .collect()
}
