//! Lengths of time as the report states them ("48 months", "24-hour").

use std::fmt;
use std::str::FromStr;

use chrono::{Days, Months, NaiveDate};

use super::edtf::{self, ParseDateError};
use super::serde_as_string;
use crate::ValidationError;
use crate::model::record::code_enum;

/// The largest amount a [`Duration`] accepts, in any unit (so that every derived end date
/// stays representable).
pub const MAX_DURATION_AMOUNT: u32 = 100_000;

code_enum! {
    /// The unit of a [`Duration`].
    ///
    /// The names (`hour`, `day`, `month`, `year`) are used by [`Display`](fmt::Display),
    /// [`FromStr`] and serde.
    ///
    /// ```
    /// use eu_celac_drugs::DurationUnit;
    ///
    /// assert_eq!(DurationUnit::Month.to_string(), "month");
    /// assert_eq!(DurationUnit::Month.plural(), "months");
    /// assert_eq!("hour".parse::<DurationUnit>(), Ok(DurationUnit::Hour));
    /// ```
    pub enum DurationUnit {
        /// Hours ("24-hour").
        Hour,
        /// Days.
        Day,
        /// Calendar months ("48 months").
        Month,
        /// Calendar years.
        Year,
    }
}

impl DurationUnit {
    /// The singular English name ("month").
    #[must_use]
    pub const fn singular(self) -> &'static str {
        match self {
            Self::Hour => "hour",
            Self::Day => "day",
            Self::Month => "month",
            Self::Year => "year",
        }
    }

    /// The plural English name ("months").
    #[must_use]
    pub const fn plural(self) -> &'static str {
        match self {
            Self::Hour => "hours",
            Self::Day => "days",
            Self::Month => "months",
            Self::Year => "years",
        }
    }

    /// The ISO 8601 duration designator (`H`, `D`, `M`, `Y`).
    #[must_use]
    pub const fn iso8601_designator(self) -> char {
        match self {
            Self::Hour => 'H',
            Self::Day => 'D',
            Self::Month => 'M',
            Self::Year => 'Y',
        }
    }
}

/// A stated length of time: a positive whole number of hours, days, months or years.
///
/// # Text form
///
/// [`Display`](fmt::Display) writes English: `48 months`, `1 month`, `24 hours`.
/// [`FromStr`] reads that form (singular or plural), the adjective form the report uses
/// (`24-hour`) and ISO 8601 durations (`P48M`, `P2Y`, `P10D`, `PT24H`, see
/// [`iso8601`](Self::iso8601)); serde uses the English form. The amount is written without
/// leading zeros.
///
/// # Order
///
/// By unit, then amount. Months and years have no fixed length, so this order is not an
/// order by length; it is total and agrees with `Eq`.
///
/// ```
/// use eu_celac_drugs::{Duration, DurationUnit};
///
/// let period: Duration = "48 months".parse()?;
/// assert_eq!(period, Duration::new(48, DurationUnit::Month)?);
/// assert_eq!(period.iso8601(), "P48M");
/// assert_eq!("24-hour".parse::<Duration>()?.to_string(), "24 hours");
/// assert!(Duration::new(0, DurationUnit::Day).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration {
    unit: DurationUnit,
    amount: u32,
}

impl Duration {
    /// The unit and amount packed in one word, one-to-one (for hashing periods).
    pub(crate) const fn packed(self) -> u64 {
        (self.unit as u64) << 32 | self.amount as u64
    }

    /// A duration of `amount` units.
    ///
    /// # Errors
    /// [`ValidationError::NotPositive`] (field `duration`) for an amount of 0;
    /// [`ValidationError::OutOfRange`] (field `duration`) above [`MAX_DURATION_AMOUNT`].
    pub fn new(amount: u32, unit: DurationUnit) -> Result<Self, ValidationError> {
        if amount == 0 {
            return Err(ValidationError::NotPositive { field: "duration", value: format!("0 {}", unit.plural()) });
        }
        if amount > MAX_DURATION_AMOUNT {
            return Err(ValidationError::OutOfRange {
                field: "duration",
                value: i64::from(amount),
                min: 1,
                max: i64::from(MAX_DURATION_AMOUNT),
            });
        }
        Ok(Self { unit, amount })
    }

    /// A duration, for the compiled-in data: an invalid amount is a compile error in a const
    /// item.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn lit(amount: u32, unit: DurationUnit) -> Self {
        assert!(amount > 0 && amount <= MAX_DURATION_AMOUNT, "duration amount out of range");
        Self { unit, amount }
    }

    /// The number of units (at least 1).
    #[must_use]
    pub const fn amount(&self) -> u32 {
        self.amount
    }

    /// The unit.
    #[must_use]
    pub const fn unit(&self) -> DurationUnit {
        self.unit
    }

    /// The ISO 8601 form: `P48M`, `P2Y`, `P10D`, `PT24H`.
    #[must_use]
    pub fn iso8601(&self) -> String {
        let time = if self.unit == DurationUnit::Hour { "T" } else { "" };
        format!("P{time}{}{}", self.amount, self.unit.iso8601_designator())
    }

    /// The last day a period of this length can cover when it starts on `start`.
    ///
    /// Counted conservatively, as a bound: `n` days cover `start` and the `n - 1` days after
    /// it; `n` months or years end the day before the same day `n` months or years later
    /// (from 28 February 2021, 48 months end on 27 February 2025); `n` hours may start late
    /// in the day, so they reach `ceil(n / 24)` days past `start`. A derived date, not one the
    /// report states. Saturates at [`NaiveDate::MAX`] (never reached from a year up to 9999).
    #[must_use]
    pub fn last_day_from(&self, start: NaiveDate) -> NaiveDate {
        let amount = self.amount;
        let end = match self.unit {
            DurationUnit::Hour => start.checked_add_days(Days::new(u64::from(amount.div_ceil(24)))),
            DurationUnit::Day => start.checked_add_days(Days::new(u64::from(amount.saturating_sub(1)))),
            DurationUnit::Month => start.checked_add_months(Months::new(amount)).and_then(|d| d.pred_opt()),
            DurationUnit::Year => amount
                .checked_mul(12)
                .and_then(|months| start.checked_add_months(Months::new(months)))
                .and_then(|d| d.pred_opt()),
        };
        end.unwrap_or(NaiveDate::MAX)
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = if self.amount == 1 { self.unit.singular() } else { self.unit.plural() };
        write!(f, "{} {name}", self.amount)
    }
}

impl FromStr for Duration {
    type Err = ParseDateError;

    /// Parses `48 months`, `1 month`, `24-hour` or an ISO 8601 duration (`P48M`, `PT24H`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        edtf::parse_duration(s)
    }
}

serde_as_string!(Duration, "a duration such as \"48 months\" or \"24 hours\"");

#[cfg(test)]
mod tests {
    use super::*;

    const PERIOD: Duration = Duration::lit(48, DurationUnit::Month);

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn const_agrees_with_checked() {
        assert_eq!(Ok(PERIOD), Duration::new(48, DurationUnit::Month));
    }

    #[test]
    fn last_days() {
        assert_eq!(PERIOD.last_day_from(date(2021, 2, 1)), date(2025, 1, 31));
        assert_eq!(PERIOD.last_day_from(date(2021, 2, 28)), date(2025, 2, 27));
        let day = Duration::lit(1, DurationUnit::Day);
        assert_eq!(day.last_day_from(date(2021, 2, 28)), date(2021, 2, 28));
        let hours = Duration::lit(24, DurationUnit::Hour);
        assert_eq!(hours.last_day_from(date(2021, 2, 28)), date(2021, 3, 1));
        let hour = Duration::lit(1, DurationUnit::Hour);
        assert_eq!(hour.last_day_from(date(2021, 2, 28)), date(2021, 3, 1));
        let years = Duration::lit(2, DurationUnit::Year);
        assert_eq!(years.last_day_from(date(2020, 2, 29)), date(2022, 2, 27));
    }

    #[test]
    fn largest_durations_stay_representable() {
        let last = date(9999, 12, 31);
        for unit in [DurationUnit::Hour, DurationUnit::Day, DurationUnit::Month, DurationUnit::Year] {
            let end = Duration::lit(MAX_DURATION_AMOUNT, unit).last_day_from(last);
            assert!(end > last && end < NaiveDate::MAX, "{unit}: {end}");
        }
    }
}
