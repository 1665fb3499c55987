//! The parser of the text forms (EDTF where it has a form, documented extensions otherwise).
//!
//! Grammar (`?` marks an inferred year; `..` an open end):
//!
//! ```text
//! partial  = ["?"] YYYY ["?"] ["-" (MM ["-" DD] | QQ | "early")]   ; at most one "?"
//! when     = partial ["/" (partial | ".." | iso-duration)]
//! duration = iso-duration | N " " unit-name | N "-" unit-singular
//! iso-duration = "P" N ("Y" | "M" | "D") | "PT" N "H"
//! ```
//!
//! `MM` is 01..=12 and `QQ` 33..=36 (EDTF level 2 quarters); `N` has no leading zeros.

use super::{DateSpan, Duration, DurationUnit, MAX_DURATION_AMOUNT, PartialDate, When};
use crate::ValidationError;

/// A text that is not a valid [`PartialDate`], [`When`], [`DateSpan`] or [`Duration`].
///
/// The message names the input and says what is wrong; [`kind`](Self::kind) tells syntax
/// errors from values that are well formed but invalid.
///
/// ```
/// use eu_celac_drugs::{ParseDateErrorKind, PartialDate, ValidationError};
///
/// let err = "2021-13".parse::<PartialDate>().unwrap_err();
/// assert_eq!(err.input(), "2021-13");
/// assert!(matches!(
///     err.kind(),
///     ParseDateErrorKind::Invalid(ValidationError::OutOfRange { field: "month", value: 13, .. })
/// ));
/// assert!(err.to_string().contains("2021-13"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} is not a valid {what}: {kind}", crate::error::Quoted(.input))]
pub struct ParseDateError {
    input: String,
    what: &'static str,
    kind: ParseDateErrorKind,
}

impl ParseDateError {
    /// The text that failed to parse.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What the text was parsed as ("partial date", "date span", "date or period", "duration").
    #[must_use]
    pub const fn expected(&self) -> &'static str {
        self.what
    }

    /// What is wrong.
    #[must_use]
    pub const fn kind(&self) -> &ParseDateErrorKind {
        &self.kind
    }
}

/// What is wrong with a text that failed to parse (see [`ParseDateError`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseDateErrorKind {
    /// The text does not follow the grammar.
    #[error("expected {expected} at byte {at}")]
    Syntax {
        /// The byte offset where the text stops following the grammar.
        at: usize,
        /// What the grammar expects there.
        expected: &'static str,
    },
    /// An EDTF sub-year grouping other than a quarter (seasons, quadrimesters, semesters).
    #[error("EDTF sub-year grouping {code} is not supported (only months 01-12 and quarters 33-36)")]
    UnsupportedGrouping {
        /// The grouping code (21..=32 or 37..=41).
        code: u32,
    },
    /// The text is well formed but names an invalid value (month 13, 30 February, a span
    /// that ends before it starts, a duration of 0).
    #[error(transparent)]
    Invalid(#[from] ValidationError),
}

/// A position in the text; it only moves over ASCII bytes.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    const fn new(text: &'a str) -> Self {
        Self { text, at: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn eat_str(&mut self, token: &str) -> bool {
        let found = self.text.get(self.at..).is_some_and(|rest| rest.starts_with(token));
        if found {
            self.at += token.len();
        }
        found
    }

    const fn syntax(&self, expected: &'static str) -> ParseDateErrorKind {
        ParseDateErrorKind::Syntax { at: self.at, expected }
    }

    /// Exactly `n` ASCII digits; an error points at the first of them.
    fn digits(&mut self, n: usize, expected: &'static str) -> Result<u32, ParseDateErrorKind> {
        let start = self.at;
        let mut value = 0u32;
        for _ in 0..n {
            match self.peek() {
                Some(b @ b'0'..=b'9') => {
                    value = value * 10 + u32::from(b - b'0');
                    self.at += 1;
                }
                _ => {
                    return Err(ParseDateErrorKind::Syntax { at: start, expected });
                }
            }
        }
        if matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(ParseDateErrorKind::Syntax { at: start, expected });
        }
        Ok(value)
    }

    /// A positive or zero whole number without leading zeros, at most [`MAX_DURATION_AMOUNT`].
    fn amount(&mut self) -> Result<u32, ParseDateErrorKind> {
        const EXPECTED: &str = "a whole number without leading zeros";
        let start = self.at;
        let mut value = 0u64;
        while let Some(b @ b'0'..=b'9') = self.peek() {
            if self.at > start && value == 0 {
                return Err(ParseDateErrorKind::Syntax { at: start, expected: EXPECTED });
            }
            value = value.saturating_mul(10).saturating_add(u64::from(b - b'0'));
            self.at += 1;
        }
        if self.at == start {
            return Err(self.syntax(EXPECTED));
        }
        u32::try_from(value).ok().filter(|&v| v <= MAX_DURATION_AMOUNT).ok_or(ParseDateErrorKind::Invalid(
            ValidationError::OutOfRange {
                field: "duration",
                value: i64::try_from(value).unwrap_or(i64::MAX),
                min: 1,
                max: i64::from(MAX_DURATION_AMOUNT),
            },
        ))
    }

    fn end(&self) -> Result<(), ParseDateErrorKind> {
        if self.at == self.text.len() { Ok(()) } else { Err(self.syntax("the end of the text")) }
    }
}

/// Runs `parse` over the whole of `text`, naming `what` in the error.
fn whole<T>(
    text: &str,
    what: &'static str,
    parse: impl FnOnce(&mut Cursor<'_>) -> Result<T, ParseDateErrorKind>,
) -> Result<T, ParseDateError> {
    let mut cursor = Cursor::new(text);
    parse(&mut cursor).and_then(|value| cursor.end().map(|()| value)).map_err(|kind| ParseDateError {
        input: text.to_owned(),
        what,
        kind,
    })
}

pub(super) fn parse_partial_date(text: &str) -> Result<PartialDate, ParseDateError> {
    whole(text, "partial date", partial_date)
}

pub(super) fn parse_span(text: &str) -> Result<DateSpan, ParseDateError> {
    whole(text, "date span", |c| {
        let start = partial_date(c)?;
        if !c.eat(b'/') {
            return Err(c.syntax("'/' and the end of the span"));
        }
        let end = partial_date(c)?;
        Ok(DateSpan::new(start, end)?)
    })
}

pub(super) fn parse_when(text: &str) -> Result<When, ParseDateError> {
    whole(text, "date or period", |c| {
        let start = partial_date(c)?;
        if !c.eat(b'/') {
            return Ok(When::On(start));
        }
        if c.eat_str("..") {
            return Ok(When::Since(start));
        }
        if c.peek() == Some(b'P') {
            return Ok(When::For { start, duration: iso_duration(c)? });
        }
        let end = partial_date(c)?;
        Ok(When::span(start, end)?)
    })
}

pub(super) fn parse_duration(text: &str) -> Result<Duration, ParseDateError> {
    whole(text, "duration", |c| {
        if c.peek() == Some(b'P') {
            return iso_duration(c);
        }
        let amount = c.amount()?;
        let unit = if c.eat(b' ') {
            [DurationUnit::Hour, DurationUnit::Day, DurationUnit::Month, DurationUnit::Year]
                .into_iter()
                .find(|unit| c.eat_str(unit.plural()) || c.eat_str(unit.singular()))
        } else if c.eat(b'-') {
            [DurationUnit::Hour, DurationUnit::Day, DurationUnit::Month, DurationUnit::Year]
                .into_iter()
                .find(|unit| c.eat_str(unit.singular()))
        } else {
            return Err(c.syntax("' ' or '-' and a unit"));
        };
        let unit = unit.ok_or_else(|| c.syntax("a unit: hour, day, month or year"))?;
        Ok(Duration::new(amount, unit)?)
    })
}

/// `P<n>Y`, `P<n>M`, `P<n>D` or `PT<n>H`.
fn iso_duration(c: &mut Cursor<'_>) -> Result<Duration, ParseDateErrorKind> {
    if !c.eat(b'P') {
        return Err(c.syntax("'P' (an ISO 8601 duration)"));
    }
    let time = c.eat(b'T');
    let amount = c.amount()?;
    let unit = match (time, c.peek()) {
        (false, Some(b'Y')) => DurationUnit::Year,
        (false, Some(b'M')) => DurationUnit::Month,
        (false, Some(b'D')) => DurationUnit::Day,
        (true, Some(b'H')) => DurationUnit::Hour,
        (false, _) => return Err(c.syntax("a designator: 'Y', 'M' or 'D'")),
        (true, _) => return Err(c.syntax("the designator 'H'")),
    };
    c.at += 1;
    Ok(Duration::new(amount, unit)?)
}

fn partial_date(c: &mut Cursor<'_>) -> Result<PartialDate, ParseDateErrorKind> {
    let before = c.eat(b'?');
    let year = c.digits(4, "a four-digit year")?;
    let after = !before && c.eat(b'?');
    // Four digits always fit.
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    let date = if !c.eat(b'-') {
        PartialDate::year(year)?
    } else if c.eat_str("early") {
        PartialDate::early(year)?
    } else {
        let code = c.digits(2, "a two-digit month (01-12), a quarter (33-36) or 'early'")?;
        match code {
            1..=12 if c.eat(b'-') => {
                let day = c.digits(2, "a two-digit day")?;
                PartialDate::day(year, code, day)?
            }
            1..=12 => PartialDate::month(year, code)?,
            33..=36 => PartialDate::quarter(year, code - 32)?,
            21..=32 | 37..=41 => {
                return Err(ParseDateErrorKind::UnsupportedGrouping { code });
            }
            _ => {
                return Err(
                    ValidationError::OutOfRange { field: "month", value: i64::from(code), min: 1, max: 12 }.into()
                );
            }
        }
    };
    if before || after {
        return Ok(date.with_inferred_year());
    }
    if c.peek() == Some(b'?') || c.peek() == Some(b'~') || c.peek() == Some(b'%') {
        return Err(c.syntax("no qualifier here: only the year can be marked '?', as in \"2021?-12\""));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<ParseDateErrorKind> {
        parse_when(text).err().map(|err| err.kind)
    }

    #[test]
    fn syntax_errors_point_at_the_problem() {
        assert_eq!(kind("21-06"), Some(ParseDateErrorKind::Syntax { at: 0, expected: "a four-digit year" }));
        assert!(matches!(kind("2021-06-22?"), Some(ParseDateErrorKind::Syntax { at: 10, .. })));
        assert!(matches!(kind("?2021?-06"), Some(ParseDateErrorKind::Syntax { at: 5, .. })));
        assert!(matches!(kind("2021-6"), Some(ParseDateErrorKind::Syntax { at: 5, .. })));
        assert!(matches!(kind("20210"), Some(ParseDateErrorKind::Syntax { at: 0, .. })));
        assert!(matches!(kind("2021-06/"), Some(ParseDateErrorKind::Syntax { at: 8, .. })));
        assert!(matches!(kind("2021-02/P048M"), Some(ParseDateErrorKind::Syntax { at: 9, .. })));
        assert!(matches!(kind("2021-02/PT48M"), Some(ParseDateErrorKind::Syntax { at: 12, .. })));
        assert!(matches!(kind("2021-02/P"), Some(ParseDateErrorKind::Syntax { at: 9, .. })));
        assert!(matches!(kind("2021-02/P48"), Some(ParseDateErrorKind::Syntax { at: 11, .. })));
    }

    #[test]
    fn groupings() {
        assert_eq!(kind("2021-21"), Some(ParseDateErrorKind::UnsupportedGrouping { code: 21 }));
        assert_eq!(kind("2021-41"), Some(ParseDateErrorKind::UnsupportedGrouping { code: 41 }));
        assert!(matches!(
            kind("2021-42"),
            Some(ParseDateErrorKind::Invalid(ValidationError::OutOfRange { value: 42, .. }))
        ));
        assert!(matches!(
            kind("2021-00"),
            Some(ParseDateErrorKind::Invalid(ValidationError::OutOfRange { value: 0, .. }))
        ));
    }

    #[test]
    fn huge_amounts_are_out_of_range() {
        assert!(matches!(
            parse_duration("99999999999999999999999 days").map_err(|e| e.kind),
            Err(ParseDateErrorKind::Invalid(ValidationError::OutOfRange { .. }))
        ));
        assert!(matches!(
            parse_duration("0 days").map_err(|e| e.kind),
            Err(ParseDateErrorKind::Invalid(ValidationError::NotPositive { .. }))
        ));
    }
}
