//! Errors shared by every validated type.
//!
//! Validation is the first face of checking in this crate (the second, findings about the
//! report itself, lives in the analysis module). Every validated constructor, and every
//! deserialization, answers bad input with a [`ValidationError`] that names the field and
//! the offending value, so that nothing is silently altered or lost.
//!
//! Messages quote the values given by the user in part: at most [`QUOTE_LIMIT`] characters,
//! then `…` and the full length, so that a huge input never makes a huge message (the error
//! itself keeps the whole value).

use std::collections::HashSet;
use std::fmt;
use std::hash::Hash;

/// How many characters of a value an error message quotes; a longer value is cut there, and the
/// message gives its full length in characters. Errors keep the whole value (in their fields);
/// only their messages are cut.
///
/// ```
/// use eu_celac_drugs::{Id, error::QUOTE_LIMIT};
///
/// let long = "Not An Id ".repeat(100_000);
/// let message = Id::new(long.clone()).unwrap_err().to_string();
/// assert!(message.contains("(1000000 characters)"));
/// assert!(message.len() < 400 + QUOTE_LIMIT * 4);
/// ```
pub const QUOTE_LIMIT: usize = 60;

/// A text as an error message quotes it: Rust string syntax (escaped, in double quotes), cut
/// after [`QUOTE_LIMIT`] characters with its length in characters (`"1111…" (1048576
/// characters)`), so that a huge input does not make a huge message.
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        match text.char_indices().nth(QUOTE_LIMIT) {
            None => write!(f, "{text:?}"),
            Some((cut, _)) => {
                let head = text.get(..cut).unwrap_or_default();
                write!(f, "\"{}…\" ({} characters)", head.escape_debug(), text.chars().count())
            }
        }
    }
}

/// How many characters of a value already written out (see [`Cut`]) a message shows: three
/// times [`QUOTE_LIMIT`], since such a value may carry its own quoting and field names
/// (`Ref { kind: Project, id: Id("aircop") }`).
const WRITTEN_LIMIT: usize = 3 * QUOTE_LIMIT;

/// A value already written out (such as the `Debug` form of a list item), cut as [`Quoted`] cuts
/// a text (after `WRITTEN_LIMIT` characters) but without quoting it again:
/// `"aaaa… (1000002 characters)`.
pub(crate) struct Cut<'a>(pub(crate) &'a str);

impl fmt::Display for Cut<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        match text.char_indices().nth(WRITTEN_LIMIT) {
            None => f.write_str(text),
            Some((cut, _)) => {
                write!(f, "{}… ({} characters)", text.get(..cut).unwrap_or_default(), text.chars().count())
            }
        }
    }
}

/// How many problems the message of an error that lists problems shows
/// ([`DatasetError`](crate::DatasetError), [`LoadError`] with the `json` feature): the first
/// ones, each on its own line, then "… and N more". The errors keep every problem they hold
/// (`problems()`); only their messages stop here.
#[cfg_attr(feature = "json", doc = "", doc = "[`LoadError`]: crate::export::LoadError")]
#[cfg_attr(
    not(feature = "json"),
    doc = "",
    doc = "[`LoadError`]: https://docs.rs/eu-celac-drugs/latest/eu_celac_drugs/export/enum.LoadError.html"
)]
///
/// ```
/// use eu_celac_drugs::{Dataset, DatasetParts, error::SHOWN_PROBLEMS};
///
/// let mut parts = DatasetParts::from(eu_celac_drugs::report_2021_2022().clone());
/// let copies = parts.programmes[..SHOWN_PROBLEMS + 2].to_vec();
/// parts.programmes.extend(copies);
/// let err = Dataset::new(parts).unwrap_err();
/// let message = err.to_string();
/// assert!(message.starts_with(&format!("the dataset has {} problems:\n", err.problems().len())));
/// assert_eq!(message.lines().filter(|l| l.starts_with("  - ")).count(), SHOWN_PROBLEMS);
/// assert!(message.ends_with(&format!("\n  … and {} more", err.problems().len() - SHOWN_PROBLEMS)));
/// ```
pub const SHOWN_PROBLEMS: usize = 5;

/// The message of an error that lists problems: how many there are in all (`omitted` counts
/// those not kept), then the first [`SHOWN_PROBLEMS`], each on its own line, and "… and N more"
/// when there are more. A single problem reads in one line: `the JSON has 1 problem: $.x: …`.
///
/// The alternate form (`{:#}`, passed on with the formatter: `ProblemList::fmt(&list, f)`) is one
/// line in any case: `the JSON has 7 problems; the first: $.x: …`.
pub(crate) struct ProblemList<'a, P> {
    /// What has the problems, as the message opens: `the JSON`, `the dataset`.
    pub(crate) subject: &'static str,
    /// The problems kept.
    pub(crate) problems: &'a [P],
    /// How many more were found and not kept.
    pub(crate) omitted: usize,
}

impl<P: fmt::Display> fmt::Display for ProblemList<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self { subject, problems, omitted } = *self;
        let total = problems.len().saturating_add(omitted);
        let noun = if total == 1 { "problem" } else { "problems" };
        match problems {
            [] => write!(f, "{subject} has {total} {noun}"),
            [only] if omitted == 0 => write!(f, "{subject} has 1 problem: {only}"),
            [first, ..] if f.alternate() => write!(f, "{subject} has {total} {noun}; the first: {first}"),
            _ => {
                write!(f, "{subject} has {total} {noun}:")?;
                let shown = problems.iter().take(SHOWN_PROBLEMS);
                let more = total.saturating_sub(shown.len());
                for problem in shown {
                    write!(f, "\n  - {problem}")?;
                }
                if more > 0 {
                    write!(f, "\n  … and {more} more")?;
                }
                Ok(())
            }
        }
    }
}

/// A value that a validated constructor (or deserialization) refused.
///
/// Every variant names the field it concerns and, where there is one, the offending value
/// as it was given.
///
/// ```
/// use eu_celac_drugs::{Id, ValidationError};
///
/// let err = Id::new("Not An Id").unwrap_err();
/// assert!(matches!(err, ValidationError::InvalidId { .. }));
/// assert!(err.to_string().contains("Not An Id"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ValidationError {
    /// A text field that must hold something is empty or only white space.
    #[error("{field} must not be empty")]
    Empty {
        /// The field.
        field: &'static str,
    },
    /// A text field has leading or trailing white space, which would alter the text on a round trip.
    #[error("{field} has leading or trailing white space: {}", Quoted(.value))]
    UntrimmedText {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// An amount that must be positive is zero or negative.
    #[error("{field} must be positive, got {}", Cut(.value))]
    NotPositive {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// The end of a span lies before its start.
    #[error("{field}: end {} is before start {}", Cut(.end), Cut(.start))]
    EndBeforeStart {
        /// The field.
        field: &'static str,
        /// The start as given.
        start: String,
        /// The end as given.
        end: String,
    },
    /// A number lies outside the range its field allows (a month of 13, a quarter of 5, …).
    #[error("{field} must be between {min} and {max}, got {value}")]
    OutOfRange {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: i64,
        /// The smallest value allowed.
        min: i64,
        /// The largest value allowed.
        max: i64,
    },
    /// A calendar date that does not exist (30 February, …).
    #[error("{field}: {} is not a calendar date", Cut(.value))]
    InvalidDate {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// An identifier that is not a lowercase slug.
    #[error(
        "{field}: {} is not a valid id (lowercase ASCII letters, digits and the separators '-', '.', '_', at most 64 characters, starting with a letter or digit)",
        Quoted(.value)
    )]
    InvalidId {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// A Council document number in none of the forms the report uses.
    #[error("{field}: {} is not a Council document number (NNNN/YY, NNNN/YYYY or CM NNNN/YY)", Quoted(.value))]
    MalformedDocumentNumber {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// A currency code that is not an active ISO 4217 code.
    #[error("{field}: {} is not an ISO 4217 currency code", Quoted(.value))]
    UnknownCurrency {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// A reference to a record of the wrong kind (a phase whose parent is a seizure, …).
    #[error("{field}: a {found} cannot stand here; expected {expected}")]
    WrongReferenceKind {
        /// The field.
        field: &'static str,
        /// What the reference points to.
        found: String,
        /// What the field accepts.
        expected: &'static str,
    },
    /// A quantity whose unit does not fit the field (a budget in kilograms, …).
    #[error("{field}: unit {} does not fit; expected {expected}", Cut(.value))]
    WrongUnit {
        /// The field.
        field: &'static str,
        /// The unit as given.
        value: String,
        /// What the field accepts.
        expected: &'static str,
    },
    /// A list holds the same item twice.
    #[error("{field} holds {} twice", Cut(.value))]
    Duplicate {
        /// The field.
        field: &'static str,
        /// The repeated value.
        value: String,
    },
    /// Two fields contradict each other.
    #[error("{field}: {reason}")]
    Inconsistent {
        /// The field.
        field: &'static str,
        /// What contradicts what.
        reason: String,
    },
}

impl ValidationError {
    /// The field that the error concerns.
    ///
    /// ```
    /// use eu_celac_drugs::ValidationError;
    ///
    /// let err = ValidationError::Empty { field: "name" };
    /// assert_eq!(err.field(), "name");
    /// ```
    #[must_use]
    pub fn field(&self) -> &'static str {
        match self {
            Self::Empty { field }
            | Self::UntrimmedText { field, .. }
            | Self::NotPositive { field, .. }
            | Self::EndBeforeStart { field, .. }
            | Self::OutOfRange { field, .. }
            | Self::InvalidDate { field, .. }
            | Self::InvalidId { field, .. }
            | Self::MalformedDocumentNumber { field, .. }
            | Self::UnknownCurrency { field, .. }
            | Self::WrongReferenceKind { field, .. }
            | Self::WrongUnit { field, .. }
            | Self::Duplicate { field, .. }
            | Self::Inconsistent { field, .. } => field,
        }
    }

    /// The same error, reported against another field name (used when a value is
    /// validated as part of a larger record, so the message names the record's field).
    #[must_use]
    pub fn in_field(mut self, name: &'static str) -> Self {
        match &mut self {
            Self::Empty { field }
            | Self::UntrimmedText { field, .. }
            | Self::NotPositive { field, .. }
            | Self::EndBeforeStart { field, .. }
            | Self::OutOfRange { field, .. }
            | Self::InvalidDate { field, .. }
            | Self::InvalidId { field, .. }
            | Self::MalformedDocumentNumber { field, .. }
            | Self::UnknownCurrency { field, .. }
            | Self::WrongReferenceKind { field, .. }
            | Self::WrongUnit { field, .. }
            | Self::Duplicate { field, .. }
            | Self::Inconsistent { field, .. } => *field = name,
        }
        self
    }
}

/// Checks a text field: not empty, not only white space, no leading or trailing white space.
pub(crate) fn check_text(field: &'static str, value: &str) -> Result<(), ValidationError> {
    // Only the ends are looked at: a quote is checked in constant time, whatever its length.
    let untrimmed = value.starts_with(char::is_whitespace) || value.ends_with(char::is_whitespace);
    if value.is_empty() || (untrimmed && value.trim().is_empty()) {
        return Err(ValidationError::Empty { field });
    }
    if untrimmed {
        return Err(ValidationError::UntrimmedText { field, value: value.to_owned() });
    }
    Ok(())
}

/// Checks an optional text field.
pub(crate) fn check_opt_text(field: &'static str, value: Option<&str>) -> Result<(), ValidationError> {
    value.map_or(Ok(()), |v| check_text(field, v))
}

/// Rejects a list that holds an item twice. A short list is compared pairwise (no allocation); a
/// long one through a hash set, so that a list of untrusted length costs linear time.
pub(crate) fn check_unique<T: Eq + Hash + fmt::Debug>(field: &'static str, items: &[T]) -> Result<(), ValidationError> {
    const PAIRWISE: usize = 16;
    let repeated = if items.len() <= PAIRWISE {
        items.iter().enumerate().find(|(i, a)| items.iter().skip(i + 1).any(|b| a == &b)).map(|(_, a)| a)
    } else {
        let mut seen = HashSet::with_capacity(items.len());
        items.iter().find(|a| !seen.insert(*a))
    };
    match repeated {
        Some(a) => Err(ValidationError::Duplicate { field, value: format!("{a:?}") }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_cut_with_the_length() {
        assert_eq!(Quoted("9.6 t").to_string(), "\"9.6 t\"");
        assert_eq!(Quoted("a\"b").to_string(), "\"a\\\"b\"");
        let exactly = "x".repeat(QUOTE_LIMIT);
        assert_eq!(Quoted(&exactly).to_string(), format!("\"{exactly}\""));
        let long = "é".repeat(QUOTE_LIMIT + 1);
        assert_eq!(
            Quoted(&long).to_string(),
            format!("\"{}…\" ({} characters)", "é".repeat(QUOTE_LIMIT), QUOTE_LIMIT + 1)
        );
        assert_eq!(Cut(&long).to_string(), long);
        let longer = "é".repeat(WRITTEN_LIMIT + 1);
        assert_eq!(
            Cut(&longer).to_string(),
            format!("{}… ({} characters)", "é".repeat(WRITTEN_LIMIT), WRITTEN_LIMIT + 1)
        );
    }

    #[test]
    fn every_message_of_a_huge_value_is_short() {
        let huge = "x ".repeat(500_000);
        let errors = [
            ValidationError::UntrimmedText { field: "f", value: huge.clone() },
            ValidationError::NotPositive { field: "f", value: huge.clone() },
            ValidationError::EndBeforeStart { field: "f", start: huge.clone(), end: huge.clone() },
            ValidationError::InvalidDate { field: "f", value: huge.clone() },
            ValidationError::InvalidId { field: "f", value: huge.clone() },
            ValidationError::MalformedDocumentNumber { field: "f", value: huge.clone() },
            ValidationError::UnknownCurrency { field: "f", value: huge.clone() },
            ValidationError::WrongUnit { field: "f", value: huge.clone(), expected: "x" },
            ValidationError::Duplicate { field: "f", value: huge.clone() },
        ];
        for e in errors {
            let message = e.to_string();
            assert!(message.len() < 600, "{message}");
            assert!(message.contains("(1000000 characters)"), "{message}");
        }
    }

    #[test]
    fn duplicates_are_found_in_short_and_long_lists() {
        assert!(check_unique("l", &[1, 2, 3]).is_ok());
        assert_eq!(check_unique("l", &[1, 2, 1]), Err(ValidationError::Duplicate { field: "l", value: "1".into() }));
        let long: Vec<u32> = (0..100_000).collect();
        assert!(check_unique("l", &long).is_ok());
        let mut twice = long.clone();
        twice.push(99_999);
        assert_eq!(check_unique("l", &twice), Err(ValidationError::Duplicate { field: "l", value: "99999".into() }));
    }
}

/// Text that names no value of a code enum: a [`RecordKind`](crate::RecordKind), a
/// [`Role`](crate::Role), an [`EventKind`](crate::EventKind)… Every enum of codes reads its
/// snake-case codes with `parse` (the same as `Display`, serde and the CSV tables write) and
/// answers anything else with this error, which names the enum, the text and the codes it
/// accepts.
///
/// ```
/// use eu_celac_drugs::{RecordKind, UnknownCode};
///
/// let err: UnknownCode = "TaskForce".parse::<RecordKind>().unwrap_err();
/// assert_eq!(err.what(), "RecordKind");
/// assert_eq!(err.value(), "TaskForce");
/// assert!(err.expected().contains(&"task_force"));
/// assert!(err.to_string().starts_with("\"TaskForce\" is not a RecordKind; expected one of: organisation, "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{} is not a {what}; expected one of: {}",
    crate::error::Quoted(value),
    expected.join(", ")
)]
pub struct UnknownCode {
    what: &'static str,
    value: String,
    expected: Vec<&'static str>,
}

impl UnknownCode {
    /// The error for `value`, which is none of the codes `expected` of the enum `what`.
    pub(crate) fn new(what: &'static str, value: &str, expected: Vec<&'static str>) -> Self {
        Self { what, value: value.to_owned(), expected }
    }

    /// The name of the enum the text was read as (`"RecordKind"`).
    #[must_use]
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The text as given.
    #[must_use]
    pub fn value(&self) -> &str {
        &self.value
    }

    /// Every code the enum accepts, in its order.
    #[must_use]
    pub fn expected(&self) -> &[&'static str] {
        &self.expected
    }
}
