//! Errors shared by every validated type.
//!
//! Validation is the first face of checking in this crate (the second, findings about the
//! report itself, lives in the analysis module). Every validated constructor, and every
//! deserialization, answers bad input with a [`ValidationError`] that names the field and
//! the offending value, so that nothing is silently altered or lost.

use std::fmt;

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
    #[error("{field} has leading or trailing white space: {value:?}")]
    UntrimmedText {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// An amount that must be positive is zero or negative.
    #[error("{field} must be positive, got {value}")]
    NotPositive {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// The end of a span lies before its start.
    #[error("{field}: end {end} is before start {start}")]
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
    #[error("{field}: {value} is not a calendar date")]
    InvalidDate {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// An identifier that is not a lowercase slug.
    #[error(
        "{field}: {value:?} is not a valid id (lowercase ASCII letters, digits and the separators '-', '.', '_', at most 64 characters, starting with a letter or digit)"
    )]
    InvalidId {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// A Council document number in none of the forms the report uses.
    #[error("{field}: {value:?} is not a Council document number (NNNN/YY, NNNN/YYYY or CM NNNN/YY)")]
    MalformedDocumentNumber {
        /// The field.
        field: &'static str,
        /// The value as given.
        value: String,
    },
    /// A currency code that is not an active ISO 4217 code.
    #[error("{field}: {value:?} is not an ISO 4217 currency code")]
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
    #[error("{field}: unit {value} does not fit; expected {expected}")]
    WrongUnit {
        /// The field.
        field: &'static str,
        /// The unit as given.
        value: String,
        /// What the field accepts.
        expected: &'static str,
    },
    /// A list holds the same item twice.
    #[error("{field} holds {value} twice")]
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
    if value.trim().is_empty() {
        return Err(ValidationError::Empty { field });
    }
    if value.trim() != value {
        return Err(ValidationError::UntrimmedText { field, value: value.to_owned() });
    }
    Ok(())
}

/// Checks an optional text field.
pub(crate) fn check_opt_text(field: &'static str, value: Option<&str>) -> Result<(), ValidationError> {
    value.map_or(Ok(()), |v| check_text(field, v))
}

/// Rejects a list that holds an item twice.
pub(crate) fn check_unique<T: PartialEq + fmt::Debug>(field: &'static str, items: &[T]) -> Result<(), ValidationError> {
    for (i, a) in items.iter().enumerate() {
        if items.iter().skip(i + 1).any(|b| a == b) {
            return Err(ValidationError::Duplicate { field, value: format!("{a:?}") });
        }
    }
    Ok(())
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
    crate::model::quantity::Quoted(value),
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
