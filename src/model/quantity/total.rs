//! Totals of figures that carry the bound of the sum.

use std::fmt;

use rust_decimal::Decimal;

use super::{Bound, FigureAndUnit, Qualifier, Quantity, QuantityError, Unit, exact_add};

/// A running sum of figures of one dimension, with the [`Bound`] that the sum carries.
///
/// Unlike [`Quantity::checked_add`], a total can hold any mix of qualifiers: "over 9.6 t" +
/// "almost 2 t" is an 11.6 t total whose bound is [`Bound::Mixed`]. An empty total is 0 with
/// bound `Exact`. Display: the figure and unit as a [`Quantity`] writes them ("12,248 kg",
/// "2,000 pieces", "287" for a count), after `at least`, `at most` or `about`, or followed by
/// `(mixed bounds)`. Serializes (not deserializes: it is a derived result) as
/// `{"value": "11.6", "unit": "t", "bound": "mixed", "terms": 2}`. Equality compares the value
/// numerically (a computed sum has no written form to keep).
///
/// ```
/// use eu_celac_drugs::{Bound, Quantity, Unit, model::quantity::Total};
///
/// let figures: Vec<Quantity> = ["over 9.6 t", "648 kg", "2 t"].iter().map(|s| s.parse()).collect::<Result<_, _>>()?;
/// let total = Total::sum(Unit::Kilogram, &figures)?;
/// assert_eq!(total.bound(), Bound::AtLeast);
/// assert_eq!(total.to_string(), "at least 12,248 kg");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Total {
    #[cfg_attr(feature = "serde", serde(serialize_with = "ser_decimal"))]
    value: Decimal,
    unit: Unit,
    bound: Bound,
    terms: u32,
}

#[cfg(feature = "serde")]
fn ser_decimal<S: serde::Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

impl Total {
    /// An empty total in `unit`: 0, exact, no terms.
    #[must_use]
    pub const fn empty(unit: Unit) -> Self {
        Self { value: Decimal::ZERO, unit, bound: Bound::Exact, terms: 0 }
    }

    /// The total of `figures`, in `unit`.
    ///
    /// # Errors
    /// As [`Total::checked_add`], for the first figure that fails.
    pub fn sum<'a>(unit: Unit, figures: impl IntoIterator<Item = &'a Quantity>) -> Result<Self, QuantityError> {
        figures.into_iter().try_fold(Self::empty(unit), |t, q| t.checked_add(q))
    }

    /// This total plus `figure`, converted exactly into the total's unit.
    ///
    /// # Errors
    /// [`QuantityError::IncompatibleUnits`] across dimensions; [`QuantityError::Overflow`] or
    /// [`QuantityError::SumOverflow`] when the exact result does not fit a [`Decimal`].
    pub fn checked_add(&self, figure: &Quantity) -> Result<Self, QuantityError> {
        let right = figure.convert_to(self.unit)?.value;
        let value = exact_add(self.value, right).ok_or(QuantityError::SumOverflow {
            left: self.value,
            right,
            unit: self.unit,
        })?;
        Ok(Self {
            value,
            unit: self.unit,
            bound: self.bound.combine(figure.bound()),
            terms: self.terms.saturating_add(1),
        })
    }

    /// This total plus another in the same unit: the sum of both totals' figures, with their
    /// bounds combined (two halves of one sum, added on two cores, give the whole).
    pub(crate) fn checked_merge(&self, other: &Self) -> Result<Self, QuantityError> {
        if other.unit != self.unit {
            return Err(QuantityError::IncompatibleUnits { from: other.unit, to: self.unit });
        }
        let right = other.value;
        let value = exact_add(self.value, right).ok_or(QuantityError::SumOverflow {
            left: self.value,
            right,
            unit: self.unit,
        })?;
        Ok(Self {
            value,
            unit: self.unit,
            bound: self.bound.combine(other.bound),
            terms: self.terms.saturating_add(other.terms),
        })
    }

    /// The sum of the figures (0 when empty).
    #[must_use]
    pub const fn value(&self) -> Decimal {
        self.value
    }

    /// The unit of the sum.
    #[must_use]
    pub const fn unit(&self) -> Unit {
        self.unit
    }

    /// What the sum tells about the true total.
    #[must_use]
    pub const fn bound(&self) -> Bound {
        self.bound
    }

    /// How many figures were added.
    #[must_use]
    pub const fn terms(&self) -> u32 {
        self.terms
    }

    /// The total as one qualified figure, when it is positive and its bound is not `Mixed`
    /// (`AtLeast` is stated as "over").
    #[must_use]
    pub fn to_quantity(&self) -> Option<Quantity> {
        Quantity::new(self.value, self.unit, Qualifier::for_bound(self.bound)?).ok()
    }
}

impl From<Quantity> for Total {
    fn from(q: Quantity) -> Self {
        Self { value: q.value, unit: q.unit, bound: q.bound(), terms: 1 }
    }
}

impl fmt::Display for Total {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let figure = FigureAndUnit(self.value, self.unit);
        match self.bound {
            Bound::Exact => write!(f, "{figure}"),
            Bound::AtLeast => write!(f, "at least {figure}"),
            Bound::AtMost => write!(f, "at most {figure}"),
            Bound::Approximate => write!(f, "about {figure}"),
            Bound::Mixed => write!(f, "{figure} (mixed bounds)"),
        }
    }
}
