//! One date at one precision.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use super::edtf::{self, ParseDateError};
use super::{Precision, check_range, days_in_month, serde_as_string, year_in_range};
use crate::ValidationError;

/// A date as the report states it: a day, a month, a quarter, the early part of a year, or a
/// year, possibly with a year that the text leaves out and that was inferred from context.
///
/// A partial date keeps its [`Precision`]; [`earliest`](Self::earliest) and
/// [`latest`](Self::latest) are the first and last day it can mean. Years lie in
/// [`MIN_YEAR`](super::MIN_YEAR)`..=`[`MAX_YEAR`](super::MAX_YEAR).
///
/// # Text form
///
/// [`Display`](fmt::Display), [`FromStr`] and serde use EDTF (ISO 8601-2) where it has a form,
/// and round-trip exactly for every value:
///
/// | Precision | Stated year   | Inferred year   | [`edtf`](Self::edtf)            |
/// |-----------|---------------|-----------------|---------------------------------|
/// | day       | `2021-06-22`  | `2022?-05-31`   | the same                        |
/// | month     | `2021-06`     | `2021?-12`      | the same                        |
/// | quarter   | `2020-34`     | `2020?-34`      | the same; `None` when inferred  |
/// | early     | `2019-early`  | `2019?-early`   | `None`                          |
/// | year      | `2019`        | `2019?`         | the same                        |
///
/// Quarters use the EDTF level 2 sub-year groupings 33 (first quarter) to 36 (fourth
/// quarter). An inferred year is written with the EDTF level 2 qualifier "uncertain" on the
/// year only (`2021?-12`; see the [module docs](super) for why); the parser also accepts the
/// individual-component form `?2021-12`. EDTF has no form for "early" in a year, nor for a
/// qualified quarter: for those this crate writes the extensions shown above, and
/// [`edtf`](Self::edtf) answers `None`.
///
/// # Order
///
/// Partial dates are ordered by [`earliest`](Self::earliest), then [`latest`](Self::latest),
/// then [`precision`](Self::precision), then [`year_inferred`](Self::year_inferred) (stated
/// before inferred). The order is total and agrees with `Eq` and `Hash`.
///
/// ```
/// use eu_celac_drugs::chrono::NaiveDate;
/// use eu_celac_drugs::{PartialDate, Precision};
///
/// let quarter = PartialDate::quarter(2020, 2)?;
/// assert_eq!(quarter.precision(), Precision::Quarter);
/// assert_eq!(quarter.earliest(), NaiveDate::from_ymd_opt(2020, 4, 1).unwrap());
/// assert_eq!(quarter.latest(), NaiveDate::from_ymd_opt(2020, 6, 30).unwrap());
/// assert_eq!(quarter.edtf().as_deref(), Some("2020-34"));
///
/// // "in December": the text leaves the year out; 2021 is an inference.
/// let december = PartialDate::month(2021, 12)?.with_inferred_year();
/// assert!(december.year_inferred());
/// assert_eq!(december.to_string(), "2021?-12");
/// assert_eq!("2021?-12".parse::<PartialDate>()?, december);
///
/// let early: PartialDate = "2019-early".parse()?;
/// assert_eq!(early.edtf(), None);
/// assert!(early < quarter);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    precision: Precision,
    year: i32,
    /// The month (day and month precision) or the quarter (quarter precision); 0 otherwise.
    part: u8,
    /// The day of the month (day precision); 0 otherwise.
    day: u8,
    year_inferred: bool,
}

impl PartialDate {
    /// Every field packed in one word, one-to-one: equal dates, and only they, have the same
    /// word. Hashing writes it once (grouping by date hashes many dates).
    pub(crate) const fn packed(self) -> u64 {
        let [y0, y1, y2, y3] = self.year.to_le_bytes();
        u64::from_le_bytes([self.precision as u8, self.part, self.day, self.year_inferred as u8, y0, y1, y2, y3])
    }
}

impl Hash for PartialDate {
    /// Every field packed in one word, one-to-one, written once.
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.packed());
    }
}

/// The month (1..=12) of a quarter's first month.
const fn quarter_first_month(quarter: u32) -> u32 {
    quarter.saturating_sub(1) * 3 + 1
}

impl PartialDate {
    /// Builds a value whose parts have been checked; `part` and `day` are 0 where unused.
    const fn raw(precision: Precision, year: i32, part: u32, day: u32) -> Self {
        Self { precision, year, part: part as u8, day: day as u8, year_inferred: false }
    }

    /// A day, from a calendar date.
    ///
    /// # Errors
    /// [`ValidationError::OutOfRange`] (field `year`) when the year is outside
    /// [`MIN_YEAR`](super::MIN_YEAR)`..=`[`MAX_YEAR`](super::MAX_YEAR).
    pub fn from_date(date: NaiveDate) -> Result<Self, ValidationError> {
        Self::day(date.year(), date.month(), date.day())
    }

    /// A day ("22 June 2021").
    ///
    /// # Errors
    /// [`ValidationError::OutOfRange`] for a year, month (1..=12) or day (1..=31) out of range;
    /// [`ValidationError::InvalidDate`] (field `date`) for a day the month does not have
    /// (30 February).
    pub fn day(year: i32, month: u32, day: u32) -> Result<Self, ValidationError> {
        check_year(year)?;
        check_month(month)?;
        check_range("day", i64::from(day), 1, 31)?;
        if day > days_in_month(year, month) {
            return Err(ValidationError::InvalidDate {
                field: "date",
                value: format!("{year:04}-{month:02}-{day:02}"),
            });
        }
        Ok(Self::raw(Precision::Day, year, month, day))
    }

    /// A month ("June 2021").
    ///
    /// # Errors
    /// [`ValidationError::OutOfRange`] for a year or month (1..=12) out of range.
    pub fn month(year: i32, month: u32) -> Result<Self, ValidationError> {
        check_year(year)?;
        check_month(month)?;
        Ok(Self::raw(Precision::Month, year, month, 0))
    }

    /// A quarter ("the second quarter of 2020" is `quarter(2020, 2)`).
    ///
    /// # Errors
    /// [`ValidationError::OutOfRange`] for a year or quarter (1..=4) out of range.
    pub fn quarter(year: i32, quarter: u32) -> Result<Self, ValidationError> {
        check_year(year)?;
        check_range("quarter", i64::from(quarter), 1, 4)?;
        Ok(Self::raw(Precision::Quarter, year, quarter, 0))
    }

    /// The early part of a year ("early 2019"). Its bounds are the whole year, since the text
    /// does not say how early.
    ///
    /// # Errors
    /// [`ValidationError::OutOfRange`] for a year out of range.
    pub fn early(year: i32) -> Result<Self, ValidationError> {
        check_year(year)?;
        Ok(Self::raw(Precision::EarlyYear, year, 0, 0))
    }

    /// A year ("2019").
    ///
    /// # Errors
    /// [`ValidationError::OutOfRange`] for a year out of range.
    pub fn year(year: i32) -> Result<Self, ValidationError> {
        check_year(year)?;
        Ok(Self::raw(Precision::Year, year, 0, 0))
    }

    /// The same date, with its year marked as inferred: the text leaves the year out ("31
    /// May", "in December") and it was completed from context.
    #[must_use]
    pub const fn with_inferred_year(self) -> Self {
        Self { year_inferred: true, ..self }
    }

    /// The same date, with its year marked as stated.
    #[must_use]
    pub const fn with_stated_year(self) -> Self {
        Self { year_inferred: false, ..self }
    }

    /// A day, for the compiled-in data: an invalid date is a compile error in a const item.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn const_day(year: i32, month: u32, day: u32) -> Self {
        assert!(year_in_range(year), "year out of range");
        assert!(NaiveDate::from_ymd_opt(year, month, day).is_some(), "not a calendar date");
        Self::raw(Precision::Day, year, month, day)
    }

    /// A month, for the compiled-in data.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn const_month(year: i32, month: u32) -> Self {
        assert!(year_in_range(year), "year out of range");
        assert!(month >= 1 && month <= 12, "month out of range");
        Self::raw(Precision::Month, year, month, 0)
    }

    /// A quarter, for the compiled-in data.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn const_quarter(year: i32, quarter: u32) -> Self {
        assert!(year_in_range(year), "year out of range");
        assert!(quarter >= 1 && quarter <= 4, "quarter out of range");
        Self::raw(Precision::Quarter, year, quarter, 0)
    }

    /// The early part of a year, for the compiled-in data.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn const_early(year: i32) -> Self {
        assert!(year_in_range(year), "year out of range");
        Self::raw(Precision::EarlyYear, year, 0, 0)
    }

    /// A year, for the compiled-in data.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn const_year(year: i32) -> Self {
        assert!(year_in_range(year), "year out of range");
        Self::raw(Precision::Year, year, 0, 0)
    }

    /// The same date with an inferred year, for the compiled-in data (the const form of
    /// [`with_inferred_year`](Self::with_inferred_year)).
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn inferred(self) -> Self {
        self.with_inferred_year()
    }

    /// How precisely the date is stated.
    #[must_use]
    pub const fn precision(&self) -> Precision {
        self.precision
    }

    /// Whether the text leaves the year out, so that the year is an inference from context.
    #[must_use]
    pub const fn year_inferred(&self) -> bool {
        self.year_inferred
    }

    /// The year (stated or, see [`year_inferred`](Self::year_inferred), inferred).
    #[must_use]
    pub const fn year_value(&self) -> i32 {
        self.year
    }

    /// The month, for day and month precision.
    #[must_use]
    pub fn month_value(&self) -> Option<u32> {
        matches!(self.precision, Precision::Day | Precision::Month).then_some(u32::from(self.part))
    }

    /// The quarter (1..=4), for quarter precision.
    #[must_use]
    pub fn quarter_value(&self) -> Option<u32> {
        (self.precision == Precision::Quarter).then_some(u32::from(self.part))
    }

    /// The day of the month, for day precision.
    #[must_use]
    pub fn day_value(&self) -> Option<u32> {
        (self.precision == Precision::Day).then_some(u32::from(self.day))
    }

    /// The calendar date, for day precision.
    #[must_use]
    pub fn date(&self) -> Option<NaiveDate> {
        (self.precision == Precision::Day).then(|| self.earliest())
    }

    /// The first day the date can mean, as (year, month, day).
    pub(crate) const fn earliest_ymd(&self) -> (i32, u32, u32) {
        let part = self.part as u32;
        match self.precision {
            Precision::Day => (self.year, part, self.day as u32),
            Precision::Month => (self.year, part, 1),
            Precision::Quarter => (self.year, quarter_first_month(part), 1),
            Precision::EarlyYear | Precision::Year => (self.year, 1, 1),
        }
    }

    /// The last day the date can mean, as (year, month, day).
    pub(crate) const fn latest_ymd(&self) -> (i32, u32, u32) {
        let part = self.part as u32;
        match self.precision {
            Precision::Day => (self.year, part, self.day as u32),
            Precision::Month => (self.year, part, days_in_month(self.year, part)),
            Precision::Quarter => (self.year, part * 3, days_in_month(self.year, part * 3)),
            Precision::EarlyYear | Precision::Year => (self.year, 12, 31),
        }
    }

    /// The first day the date can mean (the first day of its month, quarter or year).
    #[must_use]
    pub const fn earliest(&self) -> NaiveDate {
        ymd_to_date(self.earliest_ymd())
    }

    /// The last day the date can mean (the last day of its month, quarter or year; for
    /// "early" in a year, the last day of the year, since the text does not say how early).
    #[must_use]
    pub const fn latest(&self) -> NaiveDate {
        ymd_to_date(self.latest_ymd())
    }

    /// Whether `date` lies within [`earliest`](Self::earliest)`..=`[`latest`](Self::latest).
    #[must_use]
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.earliest() <= date && date <= self.latest()
    }

    /// The EDTF (ISO 8601-2) form, where EDTF has one: `None` for "early" in a year and for a
    /// quarter with an inferred year. See the [type docs](Self) for the forms.
    #[must_use]
    pub fn edtf(&self) -> Option<String> {
        let has_form = self.precision.has_edtf() && !(self.precision == Precision::Quarter && self.year_inferred);
        has_form.then(|| self.to_string())
    }
}

/// Turns checked parts into a date; the parts of a [`PartialDate`] always form one.
const fn ymd_to_date((year, month, day): (i32, u32, u32)) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

fn check_year(year: i32) -> Result<(), ValidationError> {
    check_range("year", i64::from(year), i64::from(super::MIN_YEAR), i64::from(super::MAX_YEAR))
}

fn check_month(month: u32) -> Result<(), ValidationError> {
    check_range("month", i64::from(month), 1, 12)
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.earliest_ymd()
            .cmp(&other.earliest_ymd())
            .then_with(|| self.latest_ymd().cmp(&other.latest_ymd()))
            .then_with(|| self.precision.cmp(&other.precision))
            .then_with(|| self.year_inferred.cmp(&other.year_inferred))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = if self.year_inferred { "?" } else { "" };
        write!(f, "{:04}{mark}", self.year)?;
        match self.precision {
            Precision::Day => write!(f, "-{:02}-{:02}", self.part, self.day),
            Precision::Month => write!(f, "-{:02}", self.part),
            Precision::Quarter => write!(f, "-{}", u32::from(self.part) + 32),
            Precision::EarlyYear => f.write_str("-early"),
            Precision::Year => Ok(()),
        }
    }
}

impl FromStr for PartialDate {
    type Err = ParseDateError;

    /// Parses the text form (see the [type docs](PartialDate)).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        edtf::parse_partial_date(s)
    }
}

impl TryFrom<NaiveDate> for PartialDate {
    type Error = ValidationError;

    fn try_from(date: NaiveDate) -> Result<Self, Self::Error> {
        Self::from_date(date)
    }
}

serde_as_string!(
    PartialDate,
    "a partial date such as \"2021-06-22\", \"2021-06\", \"2020-34\", \"2019-early\" or \"2021?-12\""
);

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: PartialDate = PartialDate::const_day(2021, 6, 22);
    const LEAP: PartialDate = PartialDate::const_day(2020, 2, 29);
    const MONTH: PartialDate = PartialDate::const_month(2021, 12).inferred();
    const QUARTER: PartialDate = PartialDate::const_quarter(2020, 2);
    const EARLY: PartialDate = PartialDate::const_early(2019);
    const YEAR: PartialDate = PartialDate::const_year(2019);

    #[test]
    fn const_constructors_agree_with_checked_ones() {
        assert_eq!(Ok(DAY), PartialDate::day(2021, 6, 22));
        assert_eq!(Ok(LEAP), PartialDate::day(2020, 2, 29));
        assert_eq!(Ok(MONTH), PartialDate::month(2021, 12).map(PartialDate::with_inferred_year));
        assert_eq!(Ok(QUARTER), PartialDate::quarter(2020, 2));
        assert_eq!(Ok(EARLY), PartialDate::early(2019));
        assert_eq!(Ok(YEAR), PartialDate::year(2019));
    }

    #[test]
    fn unused_parts_are_zero_so_eq_is_structural() {
        for date in [MONTH, QUARTER, EARLY, YEAR] {
            assert_eq!(date.day, 0);
        }
        assert_eq!(EARLY.part, 0);
        assert_eq!(YEAR.part, 0);
    }

    #[test]
    fn bounds_of_const_data() {
        assert_eq!(QUARTER.earliest_ymd(), (2020, 4, 1));
        assert_eq!(QUARTER.latest_ymd(), (2020, 6, 30));
        assert_eq!(PartialDate::const_quarter(2021, 4).latest_ymd(), (2021, 12, 31));
        assert_eq!(PartialDate::const_month(2024, 2).latest_ymd(), (2024, 2, 29));
        assert_eq!(PartialDate::const_month(2023, 2).latest_ymd(), (2023, 2, 28));
        assert_eq!(EARLY.latest_ymd(), (2019, 12, 31));
    }
}
