//! One line of a seizure table, which says exactly what it adds up.

use std::collections::BTreeSet;
use std::fmt;

use super::{Facet, GroupBy};
use crate::{Credit, Seizure, SeizureAction, Total, Unit, When};

/// The values of one facet that a total adds up: one value, or several combined at the
/// caller's request ([`SeizureQuery::combine`](super::SeizureQuery::combine)).
///
/// `Several` holds two or more distinct values, in order; a total that was allowed to combine
/// a facet but met only one value of it is `One`, since it adds up only that value.
///
/// ```
/// use eu_celac_drugs::SeizureAction;
/// use eu_celac_drugs::analysis::Scope;
///
/// let both = Scope::Several(vec![SeizureAction::Seized, SeizureAction::Destroyed]);
/// assert_eq!(both.one(), None);
/// assert_eq!(both.values().len(), 2);
/// assert_eq!(Scope::One(SeizureAction::Seized).one(), Some(&SeizureAction::Seized));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum Scope<T> {
    /// Every figure added has this value.
    One(T),
    /// The figures added have these values (two or more, distinct, in order), combined on
    /// request.
    Several(Vec<T>),
}

impl<T> Scope<T> {
    /// The one value, unless several were combined.
    #[must_use]
    pub const fn one(&self) -> Option<&T> {
        match self {
            Self::One(v) => Some(v),
            Self::Several(_) => None,
        }
    }

    /// Every value.
    #[must_use]
    pub fn values(&self) -> &[T] {
        match self {
            Self::One(v) => std::slice::from_ref(v),
            Self::Several(vs) => vs,
        }
    }

    /// Whether several values were combined.
    #[must_use]
    pub const fn is_combined(&self) -> bool {
        matches!(self, Self::Several(_))
    }

    /// The scope of `values` (distinct, in order); `None` when there are none.
    pub(super) fn of(values: BTreeSet<T>) -> Option<Self> {
        if values.len() > 1 {
            Some(Self::Several(values.into_iter().collect()))
        } else {
            values.into_iter().next().map(Self::One)
        }
    }

    /// The values in words, joined by `and`, with `combined` after several.
    fn words(&self, f: &mut fmt::Formatter<'_>, word: impl Fn(&T) -> String) -> fmt::Result {
        match self {
            Self::One(v) => f.write_str(&word(v)),
            Self::Several(vs) => {
                let words: Vec<String> = vs.iter().map(word).collect();
                write!(f, "{} combined", words.join(" and "))
            }
        }
    }
}

/// One line of a seizure table: a group, the action(s), period(s) and credit(s) it adds up, and
/// the exact total with its unit and bound.
///
/// By default ([`SeizureQuery::default`](super::SeizureQuery)) each of
/// [`action`](Self::action), [`period`](Self::period) and [`credit`](Self::credit) is
/// [`Scope::One`]: the total adds up figures that a reader may add. Only a query that asks to
/// [`combine`](super::SeizureQuery::combine) a facet can give a [`Scope::Several`] there, and
/// [`mixes`](Self::mixes) then names it. The fields are private, so that no total can be made
/// to pass for what it is not.
///
/// **Text form** (Display): the [`label`](Self::label), a colon, and the [`Total`] as its own
/// Display writes it, followed by the stated units converted when normalised:
/// `cocaine — seized, 2021, own: <total>`,
/// `cocaine — seized, no period stated, contributions: <total>`,
/// `cannabis — seized and destroyed combined, no period stated, contributions: <total>`.
///
/// ```
/// use eu_celac_drugs::{Credit, SeizureAction};
/// use eu_celac_drugs::analysis::{Scope, SeizureQuery, seizure_totals};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let totals = seizure_totals(report, &SeizureQuery::default())?;
/// for t in totals.iter().filter(|t| t.key() == "cocaine") {
///     assert!(t.mixes().is_empty());
///     assert_eq!(t.action(), &Scope::One(SeizureAction::Seized));
///     println!("{t}");
/// }
/// let own = totals.iter().find(|t| t.key() == "cocaine" && t.credit().one() == Some(&Credit::Own)).unwrap();
/// assert_eq!(own.label(), "cocaine — seized, 2021, own");
/// # Ok::<(), eu_celac_drugs::QuantityError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SeizureTotal<'a> {
    by: GroupBy,
    key: String,
    action: Scope<SeizureAction>,
    period: Scope<Option<When>>,
    credit: Scope<Credit>,
    total: Total,
    seizures: Vec<&'a Seizure>,
}

impl<'a> SeizureTotal<'a> {
    /// A line from its parts; `None` when `seizures` is empty. `known` holds the action,
    /// period and credit that every seizure of the line shares, where the line kept them
    /// apart (`None` where it combined them: they are then read from the seizures).
    pub(super) fn new(
        by: GroupBy,
        key: String,
        total: Total,
        seizures: Vec<&'a Seizure>,
        known: (Option<SeizureAction>, Option<Option<When>>, Option<Credit>),
    ) -> Option<Self> {
        let first = seizures.first()?;
        let (action, period, credit) = known;
        Some(Self {
            action: match action {
                Some(a) if a == first.action() => Scope::One(a),
                _ => Scope::of(seizures.iter().map(|s| s.action()).collect())?,
            },
            period: match period {
                Some(p) if p == first.period() => Scope::One(p),
                _ => Scope::of(seizures.iter().map(|s| s.period()).collect())?,
            },
            credit: match credit {
                Some(c) if c == first.credit() => Scope::One(c),
                _ => Scope::of(seizures.iter().map(|s| s.credit()).collect())?,
            },
            by,
            key,
            total,
            seizures,
        })
    }

    /// What the lines were grouped by.
    #[must_use]
    pub const fn by(&self) -> GroupBy {
        self.by
    }

    /// The group's key ("cocaine", "drug", "aircop", "Dakar", "2021", "seized", "own", or
    /// "(none)" when the seizure names no project, operation, place or period).
    #[must_use]
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Seized, destroyed, or both combined on request.
    #[must_use]
    pub const fn action(&self) -> &Scope<SeizureAction> {
        &self.action
    }

    /// The stated period (`None`: no period stated), or several combined on request.
    #[must_use]
    pub const fn period(&self) -> &Scope<Option<When>> {
        &self.period
    }

    /// Own seizures, contributions, or both combined on request.
    #[must_use]
    pub const fn credit(&self) -> &Scope<Credit> {
        &self.credit
    }

    /// The facets whose values this total combines; empty for a total that a reader may quote
    /// as one kind of figure.
    #[must_use]
    pub fn mixes(&self) -> Vec<Facet> {
        [
            (Facet::Action, self.action.is_combined()),
            (Facet::Period, self.period.is_combined()),
            (Facet::Credit, self.credit.is_combined()),
        ]
        .into_iter()
        .filter_map(|(facet, combined)| combined.then_some(facet))
        .collect()
    }

    /// The total: value, unit, and bound (exact, at least, at most, approximate, mixed).
    #[must_use]
    pub const fn total(&self) -> &Total {
        &self.total
    }

    /// The seizures added up, in the order given.
    #[must_use]
    pub fn seizures(&self) -> &[&'a Seizure] {
        &self.seizures
    }

    /// The stated units converted into the total's unit (empty unless normalised), in order.
    #[must_use]
    pub fn converted_from(&self) -> Vec<Unit> {
        let units: BTreeSet<Unit> =
            self.seizures.iter().map(|s| s.quantity().unit()).filter(|u| *u != self.total.unit()).collect();
        units.into_iter().collect()
    }

    /// What the total adds up, in words: the key, then the action(s), period(s) and credit(s),
    /// leaving out the one already named by the key: `cocaine — seized, 2021, own`;
    /// `seized — 2021, own` when grouped by action.
    #[must_use]
    pub fn label(&self) -> String {
        Label(self).to_string()
    }
}

/// The label of a total, written without allocating.
struct Label<'t, 'a>(&'t SeizureTotal<'a>);

impl fmt::Display for Label<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0;
        write!(f, "{} — ", t.key)?;
        let mut sep = "";
        if t.by != GroupBy::Action {
            t.action.words(f, ToString::to_string)?;
            sep = ", ";
        }
        if t.by != GroupBy::Period {
            f.write_str(sep)?;
            t.period.words(f, |p| p.map_or_else(|| "no period stated".to_owned(), |w| w.to_string()))?;
            sep = ", ";
        }
        if t.by != GroupBy::Credit {
            f.write_str(sep)?;
            t.credit.words(f, |c| credit_words(*c).to_owned())?;
        }
        Ok(())
    }
}

/// A credit in words, as a plural heading.
const fn credit_words(credit: Credit) -> &'static str {
    match credit {
        Credit::Own => "own",
        Credit::Contribution => "contributions",
    }
}

impl fmt::Display for SeizureTotal<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", Label(self), self.total)?;
        let from = self.converted_from();
        if !from.is_empty() {
            let from: Vec<String> = from.iter().map(ToString::to_string).collect();
            write!(f, " (converted exactly from {})", from.join(", "))?;
        }
        Ok(())
    }
}
