//! Seizure totals in exact arithmetic that never mislead: by commodity, category, project,
//! operation, place, period, action or credit.
//!
//! A total adds up only figures a reader may add. By default it keeps apart:
//! - **the action**: what was seized and what was destroyed (Operation TRIGGER's *destruction*
//!   of 500 kg of cannabis is never inside a "cannabis seized" total);
//! - **the stated period**: AIRCOP's 2021 figures, figures for another period, and figures with
//!   no stated period (SEACOP's, CRIMJUST's);
//! - **the credit**: a project's own seizures ([`Credit::Own`]) and those it contributed to
//!   ([`Credit::Contribution`]), which others may also count;
//! - **the unit**: as stated, or normalised exactly to base units on request
//!   ([`Units::Normalised`]); masses, volumes, pieces and currencies are never added together.
//!
//! A caller may ask to combine actions, periods or credits ([`SeizureQuery::combine`]); the
//! resulting [`SeizureTotal`] then records what it mixes ([`SeizureTotal::mixes`]) and its text
//! says so. Filters keep only some seizures: by action, credit, or stated period
//! ([`PeriodFilter`]).
//!
//! How much cocaine was seized in 2021?
//!
//! ```
//! use eu_celac_drugs::SeizureAction;
//! use eu_celac_drugs::analysis::{PeriodFilter, SeizureQuery, seizure_totals};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let query = SeizureQuery {
//!     period: PeriodFilter::year(2021)?, // figures stated for 2021; undated ones are left out
//!     action: Some(SeizureAction::Seized),
//!     ..Default::default()
//! };
//! for t in seizure_totals(report, &query)?.iter().filter(|t| t.key() == "cocaine") {
//!     println!("{t}"); // cocaine — seized, 2021, own: …
//!     assert!(t.seizures().iter().all(|s| s.period().is_some()));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod query;
mod total;

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::hash::FastMap;
use std::hash::{Hash, Hasher};

pub use query::{Facet, GroupBy, PeriodFilter, SeizureQuery, Units};
pub use total::{Scope, SeizureTotal};

use crate::{Credit, Dataset, QuantityError, Seizure, SeizureAction, Total, Unit, When};

const NONE: &str = "(none)";

/// The group of a seizure: borrowed from it, but for a period (written out).
fn key(s: &Seizure, by: GroupBy) -> Cow<'_, str> {
    match by {
        GroupBy::Commodity => Cow::Borrowed(s.commodity()),
        GroupBy::Category => Cow::Borrowed(s.category().as_str()),
        GroupBy::Project => Cow::Borrowed(s.project().map_or(NONE, |p| p.as_str())),
        GroupBy::Operation => Cow::Borrowed(s.operation().map_or(NONE, |p| p.as_str())),
        GroupBy::Place => Cow::Borrowed(s.place().map_or(NONE, |p| p.name())),
        GroupBy::Period => s.period().map_or(Cow::Borrowed(NONE), |w| Cow::Owned(w.to_string())),
        GroupBy::Action => Cow::Borrowed(s.action().as_str()),
        GroupBy::Credit => Cow::Borrowed(s.credit().as_str()),
    }
}

/// What a line is keyed by: the group, then each facet kept apart (`None` where the query
/// combines it), then the unit. Ordered field by field, in this order.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct LineKey<'a> {
    group: Cow<'a, str>,
    action: Option<SeizureAction>,
    period: Option<Option<When>>,
    credit: Option<Credit>,
    unit: Unit,
}

impl Hash for LineKey<'_> {
    /// The group's text, then every facet packed in one run of bytes, one-to-one (a byte of
    /// `0xff` where the query combines a facet): two writes per line, so that a line's hash
    /// costs little more than its text's. Equal keys (field by field) write the same bytes.
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.group.hash(state);
        let (unit, currency) = match self.unit {
            Unit::MetricTon => (0, 0),
            Unit::Kilogram => (1, 0),
            Unit::Gram => (2, 0),
            Unit::Litre => (3, 0),
            Unit::Piece => (4, 0),
            Unit::Currency(c) => (5, c.numeric()),
            Unit::Count => (6, 0),
        };
        let [c0, c1] = currency.to_le_bytes();
        let (stated, period) = match self.period {
            None => (0xff, [0; 17]),
            Some(None) => (0, [0; 17]),
            Some(Some(w)) => (1, w.packed()),
        };
        let head = [self.action.map_or(0xff, |a| a as u8), self.credit.map_or(0xff, |c| c as u8), unit, c0, c1, stated];
        let mut bytes = [0_u8; 23];
        for (to, from) in bytes.iter_mut().zip(head.iter().chain(&period)) {
            *to = *from;
        }
        state.write(&bytes);
    }
}

/// A line's running total and its seizures, in the order added.
type Line<'a> = (Total, Vec<&'a Seizure>);

/// The lines of a query, by key.
enum Lines<'a> {
    /// In key order as they come: for a few seizures, a handful of comparisons cost less than
    /// hashing each key and sorting the lines at the end.
    Few(BTreeMap<LineKey<'a>, Line<'a>>),
    /// By hash, put in key order once at the end: one hash and about one comparison of keys per
    /// seizure, however many lines there are.
    Many(FastMap<LineKey<'a>, Line<'a>>),
}

impl<'a> Lines<'a> {
    /// Up to this many seizures, [`Lines::Few`].
    const FEW: usize = 256;

    /// Room for lines of at most `seizures` seizures (`None`: unknown, so possibly many).
    fn for_at_most(seizures: Option<usize>) -> Self {
        match seizures {
            Some(n) if n <= Self::FEW => Self::Few(BTreeMap::new()),
            _ => Self::Many(FastMap::default()),
        }
    }

    /// The line of `key`, new and empty (in `key`'s unit) if it is not there yet.
    fn entry(&mut self, key: LineKey<'a>) -> &mut Line<'a> {
        let unit = key.unit;
        let empty = || (Total::empty(unit), Vec::new());
        match self {
            Self::Few(lines) => lines.entry(key).or_insert_with(empty),
            Self::Many(lines) => lines.entry(key).or_insert_with(empty),
        }
    }

    /// Every line, in key order.
    fn in_order(self) -> Vec<(LineKey<'a>, Line<'a>)> {
        match self {
            Self::Few(lines) => lines.into_iter().collect(),
            Self::Many(lines) => {
                let mut lines: Vec<_> = lines.into_iter().collect();
                // Keys are distinct, so an unstable sort gives the one order of keys.
                lines.sort_unstable_by(|a, b| a.0.cmp(&b.0));
                lines
            }
        }
    }
}

/// The table [`seizure_totals`] reads: what a partial read of a snapshot needs for it
/// ([`snapshot::from_bytes_only`](crate::snapshot::from_bytes_only) adds the projects, operations
/// and programmes the seizures are attributed to).
///
/// ```
/// use eu_celac_drugs::analysis::{SEIZURE_TOTALS_READS, seizure_totals};
/// use eu_celac_drugs::snapshot;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let part = snapshot::from_bytes_only(&snapshot::to_bytes(report), SEIZURE_TOTALS_READS)?;
/// let (a, b) = (seizure_totals(&part, &Default::default())?, seizure_totals(report, &Default::default())?);
/// assert_eq!(a.iter().map(ToString::to_string).collect::<Vec<_>>(), b.iter().map(ToString::to_string).collect::<Vec<_>>());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const SEIZURE_TOTALS_READS: &[crate::RecordKind] = &[crate::RecordKind::Seizure];

/// Seizure totals of `dataset`, as `query` asks.
///
/// Every seizure that the query's filters keep is added to exactly one line. Lines keep apart
/// what the query does not ask to combine: the action, the stated period (exactly as stated:
/// a 2021 figure and one for June–December 2021 are two lines) and the credit; and always the
/// unit. With [`Units::AsStated`] (the default), figures are added only to figures of the same
/// unit as stated (tons with tons, kilograms with kilograms). With [`Units::Normalised`],
/// every figure is converted exactly to its dimension's base unit (kilograms for mass, litres
/// for volume) and added within its dimension. Masses, volumes, pieces and currencies are never
/// added together.
///
/// A total that includes an "over" figure is at least its value; one with an "almost" figure at
/// most; a mix is [`Bound::Mixed`](crate::Bound::Mixed). Lines are ordered by key, then action,
/// period (no stated period first), credit and unit; each line's seizures are in dataset order.
///
/// With [`PeriodFilter::Within`] only seizures whose stated period lies inside the given one
/// count: **seizures with no stated period are left out**, since the report does not say they
/// fall in it.
///
/// # Errors
/// [`QuantityError`] if an exact conversion or sum overflows (never on the compiled-in report).
///
/// ```
/// use eu_celac_drugs::{Bound, Credit, SeizureAction, Unit};
/// use eu_celac_drugs::analysis::{Facet, GroupBy, SeizureQuery, Units, seizure_totals};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let query = SeizureQuery { by: GroupBy::Commodity, units: Units::Normalised, ..Default::default() };
/// let totals = seizure_totals(report, &query)?;
/// // AIRCOP's own 2021 cocaine and the cocaine SEACOP and CRIMJUST contributed to are apart.
/// let cocaine: Vec<_> = totals.iter().filter(|t| t.key() == "cocaine").collect();
/// assert_eq!(cocaine.len(), 2);
/// let own = cocaine.iter().find(|t| t.credit().one() == Some(&Credit::Own)).unwrap();
/// assert_eq!(own.total().unit(), Unit::Kilogram);
/// assert_eq!(own.total().bound(), Bound::AtLeast); // "over 9.6 tons"
///
/// // Cannabis seized and cannabis destroyed are two lines...
/// let cannabis = totals.iter().filter(|t| t.key() == "cannabis");
/// assert!(cannabis.clone().all(|t| t.mixes().is_empty()));
/// assert!(cannabis.clone().any(|t| t.action().one() == Some(&SeizureAction::Destroyed)));
/// // ...unless the caller asks to combine them, and then the total says so.
/// let combined = SeizureQuery { combine: [Facet::Action].into(), ..query };
/// let totals = seizure_totals(report, &combined)?;
/// let mixed = totals.iter().find(|t| t.key() == "cannabis" && !t.mixes().is_empty()).unwrap();
/// assert_eq!(mixed.mixes(), [Facet::Action]);
/// assert!(mixed.to_string().contains("seized and destroyed combined"));
/// # Ok::<(), eu_celac_drugs::QuantityError>(())
/// ```
pub fn seizure_totals<'a>(dataset: &'a Dataset, query: &SeizureQuery) -> Result<Vec<SeizureTotal<'a>>, QuantityError> {
    let table = dataset.seizures();
    if table.len() < PARALLEL_FROM || !crate::parallel::two_cores() {
        return seizure_totals_of(table.iter(), query);
    }
    // Two halves, gathered on two cores, then merged line by line: each line adds the first
    // half's seizures, then the second's, in the dataset's order, as one pass would.
    let all: Vec<&'a Seizure> = table.iter().collect();
    let (first, second) = all.split_at(all.len() / 2);
    let (lines, rest) = std::thread::scope(|s| {
        let other = s.spawn(|| gather(second.iter().copied(), query));
        let mine = gather(first.iter().copied(), query);
        match other.join() {
            Ok(rest) => (mine, rest),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    });
    let mut lines = lines?;
    for (key, (total, members)) in rest?.in_order() {
        let (sum, all) = lines.entry(key);
        *sum = sum.checked_merge(&total)?;
        all.extend(members);
    }
    Ok(finish(lines, query))
}

/// From how many seizures [`seizure_totals`] gathers its lines on two cores.
const PARALLEL_FROM: usize = 20_000;

/// Seizure totals of any selection of seizures (a filter of a dataset's, for instance), as
/// `query` asks; see [`seizure_totals`].
///
/// # Errors
/// As [`seizure_totals`].
///
/// ```
/// use eu_celac_drugs::analysis::{GroupBy, SeizureQuery, seizure_totals_of};
/// use eu_celac_drugs::ids;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let seacop = report.seizures().iter().filter(|s| s.project() == Some(&ids::SEACOP));
/// let by_place = seizure_totals_of(seacop, &SeizureQuery { by: GroupBy::Place, ..Default::default() })?;
/// assert!(by_place.iter().any(|t| t.key() == "Dakar"));
/// # Ok::<(), eu_celac_drugs::QuantityError>(())
/// ```
pub fn seizure_totals_of<'a>(
    seizures: impl IntoIterator<Item = &'a Seizure>,
    query: &SeizureQuery,
) -> Result<Vec<SeizureTotal<'a>>, QuantityError> {
    Ok(finish(gather(seizures, query)?, query))
}

/// The lines of the seizures the query keeps, each with its running total and its seizures.
fn gather<'a>(
    seizures: impl IntoIterator<Item = &'a Seizure>,
    query: &SeizureQuery,
) -> Result<Lines<'a>, QuantityError> {
    let apart = |facet: Facet| !query.combine.contains(&facet);
    let (action_apart, period_apart, credit_apart) = (apart(Facet::Action), apart(Facet::Period), apart(Facet::Credit));
    // Keys borrow from the seizures (but for a period key): no allocation per seizure.
    let seizures = seizures.into_iter();
    let mut lines = Lines::for_at_most(seizures.size_hint().1);
    for s in seizures {
        if !query.keeps(s.action(), s.credit(), s.period()) {
            continue;
        }
        let q = s.quantity();
        let unit = match query.units {
            Units::AsStated => q.unit(),
            Units::Normalised => q.dimension().base_unit(),
        };
        let line = LineKey {
            group: key(s, query.by),
            action: action_apart.then_some(s.action()),
            period: period_apart.then_some(s.period()),
            credit: credit_apart.then_some(s.credit()),
            unit,
        };
        let (total, members) = lines.entry(line);
        *total = total.checked_add(&q)?;
        members.push(s);
    }
    Ok(lines)
}

/// The totals of the lines, in key order.
fn finish<'a>(lines: Lines<'a>, query: &SeizureQuery) -> Vec<SeizureTotal<'a>> {
    lines
        .in_order()
        .into_iter()
        .filter_map(|(LineKey { group, action, period, credit, .. }, (total, members))| {
            SeizureTotal::new(query.by, group.into_owned(), total, members, (action, period, credit))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::report_2021_2022;

    /// The distinct values of a facet among `seizures`.
    fn distinct<T: Ord>(seizures: &[&Seizure], f: impl Fn(&Seizure) -> T) -> BTreeSet<T> {
        seizures.iter().map(|s| f(s)).collect()
    }

    #[test]
    fn by_default_every_line_adds_one_action_period_and_credit() {
        let report = report_2021_2022();
        let totals = seizure_totals(report, &SeizureQuery::default()).unwrap_or_default();
        assert!(!totals.is_empty());
        for t in &totals {
            assert!(t.mixes().is_empty(), "{t}");
            assert_eq!(distinct(t.seizures(), Seizure::action).len(), 1, "{t}");
            assert_eq!(distinct(t.seizures(), Seizure::period).len(), 1, "{t}");
            assert_eq!(distinct(t.seizures(), Seizure::credit).len(), 1, "{t}");
        }
    }

    #[test]
    fn the_label_leaves_out_the_facet_the_key_names() {
        let report = report_2021_2022();
        for by in [GroupBy::Action, GroupBy::Period, GroupBy::Credit] {
            for t in seizure_totals(report, &SeizureQuery { by, ..SeizureQuery::default() }).unwrap_or_default() {
                assert_eq!(t.label().matches(", ").count(), 1, "{by}: {t}");
            }
        }
    }
}
