//! What a fact is dated with: a date, a span, an open-ended period, or a start and a duration.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use chrono::NaiveDate;

use super::edtf::{self, ParseDateError};
use super::{Duration, PartialDate, serde_as_string};
use crate::ValidationError;

/// A span between two partial dates ("1-2 June 2022", "June - December 2021", "2011 to 2015").
///
/// The fields are private so that no span can have an end that necessarily lies before its
/// start: [`DateSpan::new`] rejects `end` when `end.latest() < start.earliest()`. An end that
/// may, but need not, come after the start (from 15 June 2021 to June 2021) is kept, as the
/// text states it.
///
/// The text form is the EDTF interval `start/end` (`2022-06-01/2022-06-02`), with each end
/// in the [`PartialDate`] text form.
///
/// ```
/// use eu_celac_drugs::{DateSpan, PartialDate};
///
/// let inception = DateSpan::new(PartialDate::month(2021, 6)?, PartialDate::month(2021, 12)?)?;
/// assert_eq!(inception.to_string(), "2021-06/2021-12");
/// assert!(DateSpan::new(PartialDate::year(2019)?, PartialDate::year(2016)?).is_err());
/// # Ok::<(), eu_celac_drugs::ValidationError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateSpan {
    start: PartialDate,
    end: PartialDate,
}

/// Whether a span from `start` to `end` is possible; usable in const context.
const fn span_possible(start: &PartialDate, end: &PartialDate) -> bool {
    let (sy, sm, sd) = start.earliest_ymd();
    let (ey, em, ed) = end.latest_ymd();
    sy < ey || (sy == ey && (sm < em || (sm == em && sd <= ed)))
}

impl DateSpan {
    /// A span from `start` to `end`.
    ///
    /// # Errors
    /// [`ValidationError::EndBeforeStart`] (field `span`) when `end` necessarily lies before
    /// `start` (`end.latest() < start.earliest()`).
    pub fn new(start: PartialDate, end: PartialDate) -> Result<Self, ValidationError> {
        if span_possible(&start, &end) {
            Ok(Self { start, end })
        } else {
            Err(ValidationError::EndBeforeStart { field: "span", start: start.to_string(), end: end.to_string() })
        }
    }

    /// A span, for the compiled-in data: an impossible span is a compile error in a const item.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn lit(start: PartialDate, end: PartialDate) -> Self {
        assert!(span_possible(&start, &end), "span ends before it starts");
        Self { start, end }
    }

    /// The start.
    #[must_use]
    pub const fn start(&self) -> PartialDate {
        self.start
    }

    /// The end.
    #[must_use]
    pub const fn end(&self) -> PartialDate {
        self.end
    }

    /// The first day the span can include (the start's earliest day).
    #[must_use]
    pub const fn earliest(&self) -> NaiveDate {
        self.start.earliest()
    }

    /// The last day the span can include (the end's latest day).
    #[must_use]
    pub const fn latest(&self) -> NaiveDate {
        self.end.latest()
    }

    /// The EDTF interval, when both ends have an EDTF form.
    #[must_use]
    pub fn edtf(&self) -> Option<String> {
        Some(format!("{}/{}", self.start.edtf()?, self.end.edtf()?))
    }
}

impl fmt::Display for DateSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.start, self.end)
    }
}

impl FromStr for DateSpan {
    type Err = ParseDateError;

    /// Parses `start/end`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        edtf::parse_span(s)
    }
}

serde_as_string!(DateSpan, "a date span such as \"2021-06/2021-12\"");

/// When a fact happened or holds, as the report dates it.
///
/// # Text form
///
/// | Variant                  | Report                                         | Text form                | [`edtf`](Self::edtf) |
/// |--------------------------|------------------------------------------------|--------------------------|----------------------|
/// | [`On`](Self::On)         | "22 June 2021", "early 2019", "in December"    | `2021-06-22`             | the date's EDTF form |
/// | [`Span`](Self::Span)     | "1-2 June 2022", "2016-2019"                   | `2022-06-01/2022-06-02`  | the EDTF interval    |
/// | [`Since`](Self::Since)   | "since April 2021", "January 2022 - ongoing"   | `2021-04/..`             | the EDTF open interval |
/// | [`For`](Self::For)       | "started in February 2021 for … 48 months"     | `2021-02/P48M`           | `None`               |
///
/// The `For` form is the ISO 8601 start/duration interval, which EDTF does not include.
/// [`Display`](fmt::Display), [`FromStr`] and serde use the text form and round-trip exactly.
///
/// # Order
///
/// By [`earliest`](Self::earliest), then [`latest`](Self::latest) (an open end last), then the
/// variant in the order above, then the parts. The order is total and agrees with `Eq` and
/// `Hash`.
///
/// ```
/// use eu_celac_drugs::chrono::NaiveDate;
/// use eu_celac_drugs::{Duration, DurationUnit, PartialDate, When};
///
/// let copolad_iii = When::For {
///     start: PartialDate::month(2021, 2)?,
///     duration: Duration::new(48, DurationUnit::Month)?,
/// };
/// assert_eq!(copolad_iii.to_string(), "2021-02/P48M");
/// assert_eq!(copolad_iii.end(), None); // the report states no end
/// // derived, not stated: 48 months from 28 February 2021 at the latest
/// assert_eq!(copolad_iii.latest(), NaiveDate::from_ymd_opt(2025, 2, 27));
///
/// let since: When = "2021-04/..".parse()?;
/// assert_eq!(since, When::Since(PartialDate::month(2021, 4)?));
/// assert_eq!(since.latest(), None);
/// assert!(since.overlaps(NaiveDate::from_ymd_opt(2022, 1, 1).unwrap(), NaiveDate::MAX));
///
/// let seminars = When::span(PartialDate::day(2017, 9, 27)?, PartialDate::day(2017, 9, 28)?)?;
/// assert_eq!(seminars.edtf().as_deref(), Some("2017-09-27/2017-09-28"));
/// assert!(seminars < since);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// On or within one partial date ("22 June 2021", "June 2021", "early 2019").
    On(PartialDate),
    /// Between two partial dates ("1-2 June 2022", "June - December 2021", "2011 to 2015").
    Span(DateSpan),
    /// From a partial date on, with no end ("since April 2021", "from March onwards",
    /// "January 2022 - ongoing").
    Since(PartialDate),
    /// From a partial date, for a stated length of time ("started in February 2021 for a
    /// period of 48 months"). The end is not stated; [`When::latest`] derives it.
    For {
        /// The start.
        start: PartialDate,
        /// The stated length.
        duration: Duration,
    },
}

impl When {
    /// A span from `start` to `end` (see [`DateSpan::new`]).
    ///
    /// # Errors
    /// [`ValidationError::EndBeforeStart`] (field `span`) when `end` necessarily lies before
    /// `start`.
    pub fn span(start: PartialDate, end: PartialDate) -> Result<Self, ValidationError> {
        DateSpan::new(start, end).map(Self::Span)
    }

    /// On or within a partial date, for the compiled-in data.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn on(date: PartialDate) -> Self {
        Self::On(date)
    }

    /// A span, for the compiled-in data: an impossible span is a compile error in a const item.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn const_span(start: PartialDate, end: PartialDate) -> Self {
        Self::Span(DateSpan::lit(start, end))
    }

    /// From a partial date on, for the compiled-in data.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn since(start: PartialDate) -> Self {
        Self::Since(start)
    }

    /// From a partial date for a duration, for the compiled-in data.
    #[allow(dead_code, reason = "used by the compiled-in data")]
    pub(crate) const fn for_(start: PartialDate, duration: Duration) -> Self {
        Self::For { start, duration }
    }

    /// The start: the date itself for [`When::On`].
    #[must_use]
    pub const fn start(&self) -> PartialDate {
        match self {
            Self::On(date) | Self::Since(date) | Self::For { start: date, .. } => *date,
            Self::Span(span) => span.start(),
        }
    }

    /// The stated end: the date itself for [`When::On`], the span's end for [`When::Span`],
    /// and `None` for [`When::Since`] (open) and [`When::For`] (not stated; see
    /// [`When::latest`]).
    #[must_use]
    pub const fn end(&self) -> Option<PartialDate> {
        match self {
            Self::On(date) => Some(*date),
            Self::Span(span) => Some(span.end()),
            Self::Since(_) | Self::For { .. } => None,
        }
    }

    /// The stated duration, for [`When::For`].
    #[must_use]
    pub const fn duration(&self) -> Option<Duration> {
        match self {
            Self::For { duration, .. } => Some(*duration),
            _ => None,
        }
    }

    /// Whether the period has no end ([`When::Since`]).
    #[must_use]
    pub const fn is_open(&self) -> bool {
        matches!(self, Self::Since(_))
    }

    /// Whether any part has an inferred year.
    #[must_use]
    pub fn year_inferred(&self) -> bool {
        self.start().year_inferred() || self.end().is_some_and(|end| end.year_inferred())
    }

    /// The first day it can include (the start's earliest day).
    #[must_use]
    pub const fn earliest(&self) -> NaiveDate {
        self.start().earliest()
    }

    /// The last day it can include; `None` when open ([`When::Since`]).
    ///
    /// For [`When::For`] this is derived, not stated: the duration counted from the start's
    /// latest day ([`Duration::last_day_from`]), so "February 2021 for 48 months" gives
    /// 27 February 2025 as the last day it can include.
    #[must_use]
    pub fn latest(&self) -> Option<NaiveDate> {
        match self {
            Self::On(date) => Some(date.latest()),
            Self::Span(span) => Some(span.latest()),
            Self::Since(_) => None,
            Self::For { start, duration } => Some(duration.last_day_from(start.latest())),
        }
    }

    /// Whether `date` can lie within it (between [`earliest`](Self::earliest) and
    /// [`latest`](Self::latest)).
    #[must_use]
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.earliest() <= date && self.latest().is_none_or(|latest| date <= latest)
    }

    /// Whether it can overlap the days `from..=to`. An empty range (`from > to`) overlaps
    /// nothing.
    #[must_use]
    pub fn overlaps(&self, from: NaiveDate, to: NaiveDate) -> bool {
        from <= to && self.earliest() <= to && self.latest().is_none_or(|latest| from <= latest)
    }

    /// The EDTF (ISO 8601-2) form, where EDTF has one: a date, an interval `start/end`, or an
    /// open interval `start/..`. `None` for [`When::For`] and when a date has no EDTF form
    /// (see [`PartialDate::edtf`]).
    #[must_use]
    pub fn edtf(&self) -> Option<String> {
        match self {
            Self::On(date) => date.edtf(),
            Self::Span(span) => span.edtf(),
            Self::Since(start) => Some(format!("{}/..", start.edtf()?)),
            Self::For { .. } => None,
        }
    }

    /// The variant's place in the order.
    const fn rank(&self) -> u8 {
        match self {
            Self::On(_) => 0,
            Self::Span(_) => 1,
            Self::Since(_) => 2,
            Self::For { .. } => 3,
        }
    }
}

impl Ord for When {
    fn cmp(&self, other: &Self) -> Ordering {
        // `None` (open) sorts after every date.
        let latest = |w: &Self| w.latest().map_or((true, NaiveDate::MAX), |d| (false, d));
        self.earliest()
            .cmp(&other.earliest())
            .then_with(|| latest(self).cmp(&latest(other)))
            .then_with(|| self.rank().cmp(&other.rank()))
            .then_with(|| match (self, other) {
                (Self::On(a), Self::On(b)) | (Self::Since(a), Self::Since(b)) => a.cmp(b),
                (Self::Span(a), Self::Span(b)) => a.cmp(b),
                (Self::For { start: a, duration: x }, Self::For { start: b, duration: y }) => {
                    a.cmp(b).then_with(|| x.cmp(y))
                }
                // Different variants were told apart by rank.
                _ => Ordering::Equal,
            })
    }
}

impl When {
    /// The variant and its dates packed in 17 bytes, one-to-one: equal periods, and only they,
    /// have the same bytes. Hashing writes them at once (grouping by period hashes many).
    pub(crate) const fn packed(self) -> [u8; 17] {
        let (variant, a, b) = match self {
            Self::On(d) => (0, d.packed(), 0),
            Self::Span(span) => (1, span.start.packed(), span.end.packed()),
            Self::Since(d) => (2, d.packed(), 0),
            Self::For { start, duration } => (3, start.packed(), duration.packed()),
        };
        let [a0, a1, a2, a3, a4, a5, a6, a7] = a.to_le_bytes();
        let [b0, b1, b2, b3, b4, b5, b6, b7] = b.to_le_bytes();
        [variant, a0, a1, a2, a3, a4, a5, a6, a7, b0, b1, b2, b3, b4, b5, b6, b7]
    }
}

impl Hash for When {
    /// The variant and its dates packed in 17 bytes, one-to-one, written at once.
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(&self.packed());
    }
}

impl PartialOrd for When {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::On(date) => write!(f, "{date}"),
            Self::Span(span) => write!(f, "{span}"),
            Self::Since(start) => write!(f, "{start}/.."),
            Self::For { start, duration } => write!(f, "{start}/{}", duration.iso8601()),
        }
    }
}

impl FromStr for When {
    type Err = ParseDateError;

    /// Parses the text form (see the [type docs](When)).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        edtf::parse_when(s)
    }
}

impl From<PartialDate> for When {
    fn from(date: PartialDate) -> Self {
        Self::On(date)
    }
}

impl From<DateSpan> for When {
    fn from(span: DateSpan) -> Self {
        Self::Span(span)
    }
}

serde_as_string!(
    When,
    "a date, span or period such as \"2021-06-22\", \"2021-06/2021-12\", \"2021-04/..\" or \"2021-02/P48M\""
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DurationUnit;

    const COPOLAD_III: When = When::for_(PartialDate::const_month(2021, 2), Duration::lit(48, DurationUnit::Month));
    const INCEPTION: When = When::const_span(PartialDate::const_month(2021, 6), PartialDate::const_month(2021, 12));
    const ONWARDS: When = When::since(PartialDate::const_month(2022, 3).inferred());
    const MEETING: When = When::on(PartialDate::const_day(2021, 6, 22));
    // The loosest span accepted: an end that may come after the start.
    const LOOSE: When = When::const_span(PartialDate::const_day(2021, 6, 15), PartialDate::const_month(2021, 6));

    #[test]
    fn const_constructors_agree_with_checked_ones() {
        assert_eq!(Ok(INCEPTION), When::span(PartialDate::const_month(2021, 6), PartialDate::const_month(2021, 12)));
        assert_eq!(Ok(LOOSE), When::span(PartialDate::const_day(2021, 6, 15), PartialDate::const_month(2021, 6)));
        assert_eq!(COPOLAD_III.to_string(), "2021-02/P48M");
        assert_eq!(ONWARDS.to_string(), "2022?-03/..");
        assert!(ONWARDS.year_inferred());
        assert_eq!(MEETING.end(), Some(PartialDate::const_day(2021, 6, 22)));
    }

    #[test]
    fn span_possibility_is_end_latest_not_before_start_earliest() {
        let june = PartialDate::const_month(2021, 6);
        assert!(span_possible(&PartialDate::const_day(2021, 6, 30), &june));
        assert!(!span_possible(&PartialDate::const_day(2021, 7, 1), &june));
        assert!(span_possible(&june, &PartialDate::const_day(2021, 6, 1)));
        assert!(!span_possible(&june, &PartialDate::const_day(2021, 5, 31)));
        assert!(!span_possible(&PartialDate::const_year(2022), &PartialDate::const_year(2021)));
    }
}
