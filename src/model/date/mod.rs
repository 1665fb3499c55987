//! Dates as the report states them: at every precision, with their bounds.
//!
//! The report dates its facts at many precisions: a day ("22 June 2021"), a span of days
//! ("1-2 June 2022"), a month ("June 2021"), a quarter ("the second quarter of 2020"), the
//! early part of a year ("early 2019"), a year ("2019"), a date whose year the text leaves out
//! ("31 May", "in December"), spans of months and years ("June - December 2021", "2011 to
//! 2015"), open-ended periods ("since April 2021", "January 2022 - ongoing") and a start with a
//! duration ("started in February 2021 for a period of 48 months").
//!
//! - [`PartialDate`] is one date at one [`Precision`], possibly with an inferred year.
//! - [`When`] is what a fact is dated with: one partial date, a [`DateSpan`] of two, an
//!   open-ended period ("since …"), or a start with a [`Duration`].
//!
//! Nothing is completed silently: a month stays a month (with [`PartialDate::earliest`] and
//! [`PartialDate::latest`] as its bounds), and a year that the text leaves out is recorded as
//! inferred ([`PartialDate::year_inferred`]), not as stated.
//!
//! # Text forms
//!
//! Every type here has one text form, used by [`Display`](std::fmt::Display),
//! [`FromStr`](std::str::FromStr) and serde, which round-trip exactly. The form is EDTF
//! (the Extended Date/Time Format, ISO 8601-2) wherever EDTF has one, and a documented
//! extension otherwise:
//!
//! | What the report says                    | Text form          | EDTF ([`PartialDate::edtf`], [`When::edtf`]) |
//! |-----------------------------------------|--------------------|-------------------|
//! | 22 June 2021                            | `2021-06-22`       | same              |
//! | June 2021                               | `2021-06`          | same              |
//! | the second quarter of 2020              | `2020-34`          | same (level 2 sub-year grouping: 33 = Q1 … 36 = Q4) |
//! | early 2019                              | `2019-early`       | none (extension)  |
//! | 2019                                    | `2019`             | same              |
//! | 31 May (year inferred as 2022)          | `2022?-05-31`      | same (level 2: year uncertain) |
//! | in December (year inferred as 2021)     | `2021?-12`         | same              |
//! | 1-2 June 2022                           | `2022-06-01/2022-06-02` | same         |
//! | since April 2021                        | `2021-04/..`       | same (open end)   |
//! | February 2021 for 48 months             | `2021-02/P48M`     | none (ISO 8601 start/duration, outside EDTF) |
//!
//! # Why `2021?-12` for an inferred year
//!
//! EDTF level 2 qualifies single components. A qualifier *right* of a component ("group
//! qualification") applies to it and every component to its left; a qualifier *left* of a
//! component applies to that component only. Both `2021?-12` and `?2021-12` therefore mean
//! "year uncertain, month known", which is what an inferred year is. This module writes the
//! group form, `2021?-12`: it is the specification's own "year uncertain" example
//! (`2004?-06-11`), it reduces to the level 1 form `2021?` for a bare year, and more EDTF
//! parsers accept it. The parser accepts both forms. EDTF has no qualified sub-year grouping
//! (quarter), so an inferred-year quarter (`2020?-34`, an extension) has no EDTF form.

mod duration;
mod edtf;
mod partial;
mod when;
mod words;

pub(crate) use words::MONTHS;

pub use duration::{Duration, DurationUnit, MAX_DURATION_AMOUNT};
pub use edtf::{ParseDateError, ParseDateErrorKind};
pub use partial::PartialDate;
pub use when::{DateSpan, When};

use crate::ValidationError;
use crate::model::record::code_enum;

/// The smallest year accepted (EDTF writes years with four digits).
pub const MIN_YEAR: i32 = 1000;
/// The largest year accepted (EDTF writes years with four digits).
pub const MAX_YEAR: i32 = 9999;

code_enum! {
    /// How precisely a [`PartialDate`] is stated.
    ///
    /// Ordered from the finest to the coarsest. The names (`day`, `month`, `quarter`,
    /// `early_year`, `year`) are used by [`Display`](std::fmt::Display),
    /// [`FromStr`](std::str::FromStr) and serde.
    ///
    /// ```
    /// use eu_celac_drugs::{PartialDate, Precision};
    ///
    /// let date: PartialDate = "2019-early".parse()?;
    /// assert_eq!(date.precision(), Precision::EarlyYear);
    /// assert_eq!(Precision::EarlyYear.to_string(), "early_year");
    /// assert_eq!("quarter".parse::<Precision>(), Ok(Precision::Quarter));
    /// # Ok::<(), eu_celac_drugs::ParseDateError>(())
    /// ```
    pub enum Precision {
        /// A calendar day ("22 June 2021").
        Day,
        /// A calendar month ("June 2021").
        Month,
        /// A calendar quarter ("the second quarter of 2020").
        Quarter,
        /// The early part of a year ("early 2019"). The text does not say how early, so the
        /// bounds are the whole year.
        EarlyYear,
        /// A calendar year ("2019").
        Year,
    }
}

impl Precision {
    /// Whether EDTF has a form for dates at this precision (all but [`Precision::EarlyYear`]).
    #[must_use]
    pub const fn has_edtf(self) -> bool {
        !matches!(self, Self::EarlyYear)
    }
}

/// Whether `year` is a leap year of the proleptic Gregorian calendar.
pub(crate) const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` (1..=12) of `year`; 0 for a month out of range.
pub(crate) const fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether `year` lies in [`MIN_YEAR`]`..=`[`MAX_YEAR`]; usable in const context.
pub(crate) const fn year_in_range(year: i32) -> bool {
    year >= MIN_YEAR && year <= MAX_YEAR
}

/// Checks that `value` lies in `min..=max`, naming `field` otherwise.
pub(crate) fn check_range(field: &'static str, value: i64, min: i64, max: i64) -> Result<(), ValidationError> {
    if (min..=max).contains(&value) { Ok(()) } else { Err(ValidationError::OutOfRange { field, value, min, max }) }
}

/// Serializes a type as its [`Display`](std::fmt::Display) form and deserializes it through
/// its [`FromStr`](std::str::FromStr), so deserialization runs the full validation.
macro_rules! serde_as_string {
    ($ty:ty, $expecting:literal) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    };
}
pub(crate) use serde_as_string;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2000));
        assert!(is_leap_year(2020));
        assert!(!is_leap_year(1900));
        assert!(!is_leap_year(2021));
        assert_eq!(days_in_month(2020, 2), 29);
        assert_eq!(days_in_month(2021, 2), 28);
        assert_eq!(days_in_month(2021, 4), 30);
        assert_eq!(days_in_month(2021, 13), 0);
    }

    #[test]
    fn days_in_month_agrees_with_chrono() {
        for year in [1000, 1900, 2000, 2021, 2024, 9999] {
            for month in 1..=12 {
                let last = days_in_month(year, month);
                assert!(chrono::NaiveDate::from_ymd_opt(year, month, last).is_some());
                assert!(chrono::NaiveDate::from_ymd_opt(year, month, last + 1).is_none());
            }
        }
    }
}
