//! What a seizure table is asked for: the grouping, the units, the filters, and what (if
//! anything) the caller asks to combine.

use std::collections::BTreeSet;

use crate::model::record::code_enum;
use crate::{Credit, PartialDate, SeizureAction, ValidationError, When};

code_enum! {
    /// What seizures are grouped by.
    ///
    /// Whatever the grouping, totals also keep apart the action, the stated period, the credit
    /// and the unit (see [`SeizureQuery`]); grouping by [`Action`](Self::Action),
    /// [`Period`](Self::Period) or [`Credit`](Self::Credit) only makes that facet the key.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::GroupBy;
    ///
    /// assert_eq!("category".parse::<GroupBy>()?, GroupBy::Category);
    /// assert_eq!(GroupBy::Credit.to_string(), "credit");
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    #[derive(Default)]
    pub enum GroupBy {
        /// The commodity as the report names it ("cocaine", "cannabis resin"); the default.
        #[default]
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
        /// Whether it is the project's own seizure or one it contributed to.
        Credit,
    }
}

code_enum! {
    /// The units totals are stated in.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::Units;
    ///
    /// assert_eq!("normalised".parse::<Units>()?, Units::Normalised);
    /// assert_eq!(Units::default(), Units::AsStated);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    #[derive(Default)]
    pub enum Units {
        /// The default: a figure is added only to figures stated in the same unit (tons with
        /// tons, kilograms with kilograms), so nothing is converted.
        #[default]
        AsStated,
        /// Every figure is converted exactly into its dimension's base unit (kilograms for
        /// mass, litres for volume) and added within its dimension. The total's text says
        /// which stated units were converted.
        Normalised,
    }
}

code_enum! {
    /// A facet that totals keep apart by default, and that a caller may ask to combine with
    /// [`SeizureQuery::combine`]. A total that combines two or more values of a facet says so
    /// in its type ([`SeizureTotal::mixes`](super::SeizureTotal::mixes)) and its text.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::Facet;
    ///
    /// assert_eq!("credit".parse::<Facet>()?, Facet::Credit);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum Facet {
        /// Seized and destroyed.
        Action,
        /// The stated period: a 2021 figure, a figure for another period, one with no period.
        Period,
        /// A project's own seizures and those it contributed to.
        Credit,
    }
}

/// Which seizures count, by their stated period.
///
/// ```
/// use eu_celac_drugs::analysis::PeriodFilter;
/// use eu_celac_drugs::When;
///
/// let in_2021 = PeriodFilter::year(2021)?;
/// assert!(in_2021.keeps(Some("2021".parse::<When>()?)));
/// assert!(in_2021.keeps(Some("2021-03/2021-06".parse::<When>()?)));
/// assert!(!in_2021.keeps(Some("2021-06/2022-05".parse::<When>()?))); // runs into 2022
/// assert!(!in_2021.keeps(None)); // no period stated: not known to be 2021
/// assert!(PeriodFilter::Any.keeps(None));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum PeriodFilter {
    /// Every seizure, whatever its period (the default).
    #[default]
    Any,
    /// Only seizures whose stated period lies wholly inside this one: it cannot start before
    /// this period's first day nor end after its last. A seizure with **no stated period is
    /// left out**, and so is one whose period only overlaps this one (June 2021 – May 2022 is
    /// not inside 2021) or has no end ("since April 2021") when this one has.
    Within(When),
    /// Only seizures with no stated period.
    NotStated,
}

impl PeriodFilter {
    /// Seizures whose stated period lies inside the calendar `year`.
    ///
    /// # Errors
    /// [`ValidationError`] when the year is out of the range [`PartialDate`] accepts.
    pub fn year(year: i32) -> Result<Self, ValidationError> {
        PartialDate::year(year).map(|y| Self::Within(When::On(y)))
    }

    /// Whether a seizure with this stated `period` counts.
    #[must_use]
    pub fn keeps(&self, period: Option<When>) -> bool {
        match (self, period) {
            (Self::Any, _) | (Self::NotStated, None) => true,
            (Self::Within(outer), Some(inner)) => lies_within(&inner, outer),
            (Self::NotStated | Self::Within(_), _) => false,
        }
    }
}

/// Whether every day `inner` can include lies in `outer`.
fn lies_within(inner: &When, outer: &When) -> bool {
    outer.earliest() <= inner.earliest()
        && match (inner.latest(), outer.latest()) {
            (_, None) => true,
            (Some(i), Some(o)) => i <= o,
            (None, Some(_)) => false,
        }
}

/// What a seizure table is asked for.
///
/// The [`Default`] keeps apart everything a reader would keep apart: seized and destroyed,
/// each stated period (a 2021 figure, another period, no stated period), own seizures and
/// contributions, and each unit as stated ([`Units::AsStated`]); it counts every seizure and
/// groups by commodity. Set only the fields you need:
///
/// ```
/// use eu_celac_drugs::SeizureAction;
/// use eu_celac_drugs::analysis::{Facet, GroupBy, PeriodFilter, SeizureQuery, Units};
///
/// // Seized amounts in 2021, by category, in kilograms and litres.
/// let query = SeizureQuery {
///     by: GroupBy::Category,
///     units: Units::Normalised,
///     period: PeriodFilter::year(2021)?,
///     action: Some(SeizureAction::Seized),
///     ..Default::default()
/// };
/// assert!(query.combine.is_empty()); // nothing combined unless asked
///
/// // Seized and destroyed added together, on request: the totals then say they mix them.
/// let both = SeizureQuery { combine: [Facet::Action].into(), ..Default::default() };
/// assert!(both.combine.contains(&Facet::Action));
/// # Ok::<(), eu_celac_drugs::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SeizureQuery {
    /// What the lines are keyed by (default: [`GroupBy::Commodity`]).
    pub by: GroupBy,
    /// The units totals are stated in (default: [`Units::AsStated`]).
    pub units: Units,
    /// Which seizures count by their stated period (default: [`PeriodFilter::Any`]).
    pub period: PeriodFilter,
    /// Only seizures with this action; `None` (the default) for both, kept apart.
    pub action: Option<SeizureAction>,
    /// Only seizures with this credit; `None` (the default) for both, kept apart.
    pub credit: Option<Credit>,
    /// The facets to combine into one total, at the caller's request (default: none).
    pub combine: BTreeSet<Facet>,
}

impl SeizureQuery {
    /// Whether a seizure with this action, credit and period counts.
    pub(super) fn keeps(&self, action: SeizureAction, credit: Credit, period: Option<When>) -> bool {
        self.action.is_none_or(|a| a == action) && self.credit.is_none_or(|c| c == credit) && self.period.keeps(period)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(s: &str) -> When {
        s.parse().unwrap_or_else(|e| unreachable!("{s}: {e}"))
    }

    #[test]
    fn a_period_lies_within_another_only_when_all_its_days_can() {
        let y2021 = when("2021");
        assert!(lies_within(&when("2021"), &y2021));
        assert!(lies_within(&when("2021-12-31"), &y2021));
        assert!(lies_within(&when("2021-02/2021-11"), &y2021));
        assert!(!lies_within(&when("2020-12/2021-11"), &y2021));
        assert!(!lies_within(&when("2021-06/2022-05"), &y2021));
        assert!(!lies_within(&when("2021-04/.."), &y2021));
        assert!(!lies_within(&when("2021-02/P48M"), &y2021));
        assert!(lies_within(&when("2021-02/P3M"), &y2021));
        assert!(lies_within(&when("2022-04/.."), &when("2021-04/..")));
        assert!(!lies_within(&y2021, &when("2021-06-22")));
    }
}
