//! Budgets by programme and phase, per currency, never mixing currencies.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::model::record::Ref;
use crate::{Budget, Dataset, Index, QuantityError, Total, Unit};

/// The budgets of one programme, phase or project in one currency, added up exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BudgetLine<'a> {
    /// What the money is for.
    pub of: Ref,
    /// Its label ("COPOLAD III", "GIFP").
    pub label: Cow<'a, str>,
    /// The programme it belongs to (its own id for a programme).
    pub programme: Option<&'a str>,
    /// The total in the line's currency, with its bound ("around" makes it approximate).
    pub total: Total,
    /// The budget records added up.
    pub budgets: Vec<&'a Budget>,
}

/// Every budget of `dataset`, grouped by what it is for and by currency, ordered by programme,
/// then by the record it is for, then by currency.
///
/// # Errors
/// [`QuantityError`] if an exact sum overflows (never on the compiled-in report).
///
/// ```
/// use eu_celac_drugs::{Bound, Currency, Unit};
/// use eu_celac_drugs::analysis::budget_lines;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let lines = budget_lines(report)?;
/// let gifp = lines.iter().find(|l| l.of.id == "gifp").unwrap();
/// assert_eq!(gifp.total.unit(), Unit::Currency(Currency::EUR));
/// assert_eq!(gifp.total.bound(), Bound::Approximate); // "around EUR 60 million"
/// # Ok::<(), eu_celac_drugs::QuantityError>(())
/// ```
pub fn budget_lines(dataset: &Dataset) -> Result<Vec<BudgetLine<'_>>, QuantityError> {
    let index = Index::new(dataset);
    let mut lines: BTreeMap<(Option<&str>, Ref, Unit), BudgetLine<'_>> = BTreeMap::new();
    for b in dataset.budgets().iter() {
        let unit = Unit::Currency(b.amount().currency());
        let figure = b.figure();
        let programme = index.programme_of(b.of()).map(|p| p.id().as_str());
        let line = lines.entry((programme, b.of().clone(), unit)).or_insert_with(|| BudgetLine {
            of: b.of().clone(),
            label: index.label_of(b.of()),
            programme,
            total: Total::empty(unit),
            budgets: Vec::new(),
        });
        line.total = line.total.checked_add(&figure)?;
        line.budgets.push(b);
    }
    Ok(lines.into_values().collect())
}
