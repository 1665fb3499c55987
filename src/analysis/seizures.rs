//! Seizure totals in exact arithmetic: by commodity, category, project, operation, place or
//! period; never adding incompatible units; carrying qualifiers into the totals' bounds.

use crate::model::record::code_enum;
use std::collections::BTreeMap;

use crate::{Dataset, QuantityError, Seizure, Total, Unit};

code_enum! {
    /// What seizures are grouped by.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::GroupBy;
    ///
    /// assert_eq!("category".parse::<GroupBy>()?, GroupBy::Category);
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    pub enum GroupBy {
        /// The commodity as the report names it ("cocaine", "cannabis resin").
        Commodity,
        /// The commodity's category (drug, precursor, wildlife…).
        Category,
        /// The project the seizure is attributed to.
        Project,
        /// The operation that made it.
        Operation,
        /// The place, as the report names it.
        Place,
        /// The period the figure is for, as stated.
        Period,
        /// Whether it was seized or destroyed.
        Action,
    }
}

/// One line of a seizure table: a group, a unit (or dimension, when normalised), and the exact
/// total with its bound.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SeizureTotal<'a> {
    /// The group's key ("cocaine", "drug", "aircop", "Dakar", "2021", "(none)").
    pub key: String,
    /// The total: value, unit, and bound (exact, at least, at most, approximate, mixed).
    pub total: Total,
    /// The seizures added up, in dataset order.
    pub seizures: Vec<&'a Seizure>,
}

const NONE: &str = "(none)";

fn key(s: &Seizure, by: GroupBy) -> String {
    match by {
        GroupBy::Commodity => s.commodity().to_owned(),
        GroupBy::Category => s.category().to_string(),
        GroupBy::Project => s.project().map_or_else(|| NONE.to_owned(), ToString::to_string),
        GroupBy::Operation => s.operation().map_or_else(|| NONE.to_owned(), ToString::to_string),
        GroupBy::Place => s.place().map_or_else(|| NONE.to_owned(), |p| p.name().to_owned()),
        GroupBy::Period => s.period().map_or_else(|| NONE.to_owned(), |w| w.to_string()),
        GroupBy::Action => s.action().to_string(),
    }
}

/// Seizure totals of `dataset`, grouped `by` a key.
///
/// Without normalisation, figures are added only to figures of the same unit as stated (tons
/// with tons, kilograms with kilograms). With `normalise`, every figure is converted exactly to
/// its dimension's base unit (kilograms for mass, litres for volume) and added within its
/// dimension. Masses, volumes, pieces, counts and currencies are never added together. A
/// total that includes an "over" figure is at least its value; one with an "almost" figure at
/// most; a mix is [`Bound::Mixed`](crate::Bound::Mixed). Lines are ordered by key, then unit.
///
/// Only seizures count; destructions are included and can be told apart with
/// [`GroupBy::Action`].
///
/// # Errors
/// [`QuantityError`] if an exact conversion or sum overflows (never on the compiled-in report).
///
/// ```
/// use eu_celac_drugs::{Bound, Unit};
/// use eu_celac_drugs::analysis::{GroupBy, seizure_totals};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let by_commodity = seizure_totals(report, GroupBy::Commodity, true)?;
/// let cocaine = by_commodity.iter().find(|t| t.key == "cocaine").unwrap();
/// assert_eq!(cocaine.total.unit(), Unit::Kilogram);
/// assert_eq!(cocaine.total.bound(), Bound::AtLeast); // AIRCOP's "over 9.6 tons" is in it
/// # Ok::<(), eu_celac_drugs::QuantityError>(())
/// ```
pub fn seizure_totals(dataset: &Dataset, by: GroupBy, normalise: bool) -> Result<Vec<SeizureTotal<'_>>, QuantityError> {
    seizure_totals_of(dataset.seizures().iter(), by, normalise)
}

/// Seizure totals of any selection of seizures (a filter of a dataset's, for instance).
///
/// # Errors
/// As [`seizure_totals`].
pub fn seizure_totals_of<'a>(
    seizures: impl IntoIterator<Item = &'a Seizure>,
    by: GroupBy,
    normalise: bool,
) -> Result<Vec<SeizureTotal<'a>>, QuantityError> {
    let mut groups: BTreeMap<(String, Unit), SeizureTotal<'a>> = BTreeMap::new();
    for s in seizures {
        let q = s.quantity();
        let unit = if normalise { q.dimension().base_unit() } else { q.unit() };
        let entry = groups.entry((key(s, by), unit)).or_insert_with(|| SeizureTotal {
            key: key(s, by),
            total: Total::empty(unit),
            seizures: Vec::new(),
        });
        entry.total = entry.total.checked_add(&q)?;
        entry.seizures.push(s);
    }
    Ok(groups.into_values().collect())
}
