//! References to Council documents, as the report writes them: `9916/21`, `CM 6082/21`, `6762/2022`.

use crate::model::record::code_enum;
use std::fmt;
use std::str::FromStr;

use crate::ValidationError;

/// The largest document number accepted.
pub const MAX_DOCUMENT_NUMBER: u32 = 999_999;

code_enum! {
    /// The series of a Council document.
    ///
    /// ```
    /// use eu_celac_drugs::DocumentSeries;
    ///
    /// assert_eq!(DocumentSeries::CouncilMeeting.prefix(), "CM ");
    /// assert_eq!(DocumentSeries::CouncilMeeting.to_string(), "council_meeting");
    /// ```
    pub enum DocumentSeries {
        /// A plain Council document: `NNNN/YY` (the report itself is 10233/22).
        Council,
        /// A Council meeting document ("CM"): `CM NNNN/YY`, such as a meeting's notice.
        CouncilMeeting,
    }
}

impl DocumentSeries {
    /// The text before the number: `""` or `"CM "`.
    #[must_use]
    pub const fn prefix(self) -> &'static str {
        match self {
            Self::Council => "",
            Self::CouncilMeeting => "CM ",
        }
    }
}

/// A Council document number, kept as written.
///
/// Text forms: an optional `CM ` prefix, the number (1 to 999 999, no leading zero), `/` and
/// the year in two digits (`21`, meaning 2021: two-digit years are 2000–2099) or four
/// (`2022`, 1900–2099). These cover every reference in the report: `9916/21`, `10047/21`,
/// `CM 6082/21`, `CM 2653/22`, `6762/2022`, `10233/22`. Display reproduces the text exactly
/// as written, so `6762/2022` and `6762/22` are different values; [`DocumentRef::same_document`]
/// tells they name the same document. Serde uses the text.
///
/// Equality, order and hash are structural and agree: ordered by series, then year, then
/// number, then the year's digits as written.
///
/// ```
/// use eu_celac_drugs::{DocumentRef, DocumentSeries};
///
/// let notice: DocumentRef = "CM 6082/21".parse()?;
/// assert_eq!(notice.series(), DocumentSeries::CouncilMeeting);
/// assert_eq!((notice.number(), notice.year()), (6082, 2021));
/// assert_eq!(notice.to_string(), "CM 6082/21");
///
/// let long: DocumentRef = "6762/2022".parse()?;
/// assert!(long.same_document(&"6762/22".parse()?));
/// assert!("6762-22".parse::<DocumentRef>().is_err());
/// # Ok::<(), eu_celac_drugs::ValidationError>(())
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocumentRef {
    series: DocumentSeries,
    year: u16,
    number: u32,
    year_digits: u8,
}

/// Why `(number, year, year_digits)` is not a valid reference, if it is not; usable in const context.
const fn check(number: u32, year: u16, year_digits: u8) -> Option<(&'static str, i64, i64, i64)> {
    if number == 0 || number > MAX_DOCUMENT_NUMBER {
        return Some(("number", number as i64, 1, MAX_DOCUMENT_NUMBER as i64));
    }
    let (min, max) = match year_digits {
        2 => (2000, 2099),
        4 => (1900, 2099),
        _ => return Some(("year_digits", year_digits as i64, 2, 4)),
    };
    if year < min || year > max {
        return Some(("year", year as i64, min as i64, max as i64));
    }
    None
}

impl DocumentRef {
    /// Validates a reference.
    ///
    /// # Errors
    /// [`ValidationError::OutOfRange`] for a number outside 1..=[`MAX_DOCUMENT_NUMBER`], a year
    /// outside 2000–2099 (two digits) or 1900–2099 (four digits);
    /// [`ValidationError::Inconsistent`] for `year_digits` other than 2 or 4.
    pub fn new(series: DocumentSeries, number: u32, year: u16, year_digits: u8) -> Result<Self, ValidationError> {
        match check(number, year, year_digits) {
            None => Ok(Self { series, year, number, year_digits }),
            Some(("year_digits", ..)) => Err(ValidationError::Inconsistent {
                field: "year_digits",
                reason: format!("a year is written with 2 or 4 digits, not {year_digits}"),
            }),
            Some((field, value, min, max)) => Err(ValidationError::OutOfRange { field, value, min, max }),
        }
    }

    /// A reference for compiled-in data; an invalid one fails to compile.
    pub(crate) const fn lit(series: DocumentSeries, number: u32, year: u16, year_digits: u8) -> Self {
        assert!(check(number, year, year_digits).is_none(), "invalid document reference");
        Self { series, year, number, year_digits }
    }

    /// The series.
    #[must_use]
    pub const fn series(&self) -> DocumentSeries {
        self.series
    }

    /// The document number.
    #[must_use]
    pub const fn number(&self) -> u32 {
        self.number
    }

    /// The full year (`21` is 2021).
    #[must_use]
    pub const fn year(&self) -> u16 {
        self.year
    }

    /// How many digits the year was written with: 2 or 4.
    #[must_use]
    pub const fn year_digits(&self) -> u8 {
        self.year_digits
    }

    /// Whether both name the same document (same series, number and year), however the year
    /// was written.
    #[must_use]
    pub const fn same_document(&self, other: &Self) -> bool {
        self.series as u8 == other.series as u8 && self.number == other.number && self.year == other.year
    }
}

impl fmt::Display for DocumentRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = self.series.prefix();
        if self.year_digits == 2 {
            write!(f, "{prefix}{}/{:02}", self.number, self.year % 100)
        } else {
            write!(f, "{prefix}{}/{:04}", self.number, self.year)
        }
    }
}

/// `s` as a number of 1 to `max_len` ASCII digits, without a leading zero unless `zero_ok`.
fn digits(s: &str, max_len: usize, zero_ok: bool) -> Option<u32> {
    let ok =
        (1..=max_len).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) && (zero_ok || !s.starts_with('0'));
    if ok { s.parse().ok() } else { None }
}

impl FromStr for DocumentRef {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let malformed = || ValidationError::MalformedDocumentNumber { field: "document", value: s.to_owned() };
        let (series, rest) = match s.strip_prefix(DocumentSeries::CouncilMeeting.prefix()) {
            Some(rest) => (DocumentSeries::CouncilMeeting, rest),
            None => (DocumentSeries::Council, s),
        };
        let (number, year) = rest.split_once('/').ok_or_else(malformed)?;
        let number = digits(number, 6, false).ok_or_else(malformed)?;
        let (year, year_digits) = match year.len() {
            2 => (digits(year, 2, true).ok_or_else(malformed)? + 2000, 2),
            4 => (digits(year, 4, false).ok_or_else(malformed)?, 4),
            _ => return Err(malformed()),
        };
        let year = u16::try_from(year).map_err(|_| malformed())?;
        Self::new(series, number, year, year_digits).map_err(|_| malformed())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DocumentRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for DocumentRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lit_builds_the_reference() {
        const REPORT: DocumentRef = DocumentRef::lit(DocumentSeries::Council, 10233, 2022, 2);
        assert_eq!(REPORT.to_string(), "10233/22");
        let cm = DocumentRef::lit(DocumentSeries::CouncilMeeting, 6082, 2021, 2);
        assert_eq!(Ok(cm), "CM 6082/21".parse());
        assert_eq!(DocumentRef::lit(DocumentSeries::Council, 6762, 2022, 4).to_string(), "6762/2022");
    }
}
