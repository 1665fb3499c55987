//! Errors of parsing quantities, units, dimensions and money, and how they quote their input.

use std::fmt;

use super::figure::{FigureError, Written};
use super::text::looks_like_code;
use crate::ValidationError;
use crate::error::Quoted;

/// Text that is not a quantity, unit, dimension or amount of money, or names a refused value.
///
/// Every variant keeps the whole text as given ([`input`](Self::input)) and says which part is
/// wrong. The message quotes at most [`QUOTE_LIMIT`](crate::error::QUOTE_LIMIT) characters of any text, and says how long
/// a longer one was.
///
/// ```
/// use eu_celac_drugs::Quantity;
/// use eu_celac_drugs::model::quantity::ParseQuantityError;
///
/// let err = "-3 t".parse::<Quantity>().unwrap_err();
/// assert!(matches!(err, ParseQuantityError::Invalid { .. }));
/// assert_eq!(err.to_string(), "\"-3 t\": value must be positive, got -3");
///
/// let err = "9,6 t".parse::<Quantity>().unwrap_err();
/// assert!(matches!(err, ParseQuantityError::MalformedFigure { .. }));
/// assert!(err.to_string().starts_with("\"9,6 t\": \"9,6\" is not a figure"));
///
/// let err = "9.6 tonz".parse::<Quantity>().unwrap_err();
/// assert!(err.to_string().starts_with("\"9.6 tonz\": unknown unit \"tonz\""));
///
/// let long = "9".repeat(100_000) + " t";
/// let err = long.parse::<Quantity>().unwrap_err();
/// assert!(matches!(err, ParseQuantityError::FigureOutOfRange { .. }));
/// assert!(err.to_string().contains("(100002 characters)"));
/// assert!(err.to_string().len() < 500);
/// assert_eq!(err.input(), long);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseQuantityError {
    /// The text is not in the form: no figure, words out of place, nothing at all.
    Malformed {
        /// The text as given.
        input: String,
        /// The form expected.
        expected: &'static str,
    },
    /// The part of the text that stands for the figure is not written as one ("9,6", "1e3",
    /// ".5", "05").
    MalformedFigure {
        /// The text as given.
        input: String,
        /// The part that should be the figure.
        figure: String,
        /// How a figure is written there.
        expected: &'static str,
    },
    /// The figure is written as one, but has more digits than an exact [`Decimal`](rust_decimal::Decimal)
    /// holds: more than 28 decimal places, or more than 79,228,162,514,264,337,593,543,950,335
    /// once the decimal point is removed.
    FigureOutOfRange {
        /// The text as given.
        input: String,
        /// The figure.
        figure: String,
    },
    /// The part of the text that stands for the currency (three capital letters, or where only
    /// a currency may stand) is not an active ISO 4217 code.
    UnknownCurrency {
        /// The text as given.
        input: String,
        /// The part that should be the currency code.
        code: String,
    },
    /// The part of the text that stands for the unit is not one the crate knows.
    UnknownUnit {
        /// The text as given.
        input: String,
        /// The part that should be the unit.
        unit: String,
        /// The units expected there.
        expected: &'static str,
    },
    /// The text is in the form, but names a value that validation refuses (zero or a negative
    /// figure, a half that is not 0.5, …).
    Invalid {
        /// The text as given.
        input: String,
        /// Why the value is refused.
        #[source]
        source: ValidationError,
    },
}

impl ParseQuantityError {
    pub(crate) fn malformed(input: &str, expected: &'static str) -> Self {
        Self::Malformed { input: input.to_owned(), expected }
    }

    pub(crate) fn unknown_unit(input: &str, unit: &str, expected: &'static str) -> Self {
        Self::UnknownUnit { input: input.to_owned(), unit: unit.to_owned(), expected }
    }

    /// An unknown currency when `word` looks like a code (three ASCII capitals), else an
    /// unknown unit.
    pub(crate) fn unknown_unit_or_currency(input: &str, word: &str, expected: &'static str) -> Self {
        if looks_like_code(word) {
            Self::unknown_currency(input, word)
        } else {
            Self::unknown_unit(input, word, expected)
        }
    }

    pub(crate) fn unknown_currency(input: &str, code: &str) -> Self {
        Self::UnknownCurrency { input: input.to_owned(), code: code.to_owned() }
    }

    pub(crate) fn invalid(input: &str, source: ValidationError) -> Self {
        Self::Invalid { input: input.to_owned(), source }
    }

    /// The error for `figure`, a part of `input` (or all of it) that [`parse_figure`](super::parse_figure)
    /// refused.
    pub(crate) fn figure(input: &str, figure: &str, written: Written, error: FigureError) -> Self {
        match error {
            FigureError::Malformed => Self::MalformedFigure {
                input: input.to_owned(),
                figure: figure.to_owned(),
                expected: written.expected(),
            },
            FigureError::OutOfRange => Self::FigureOutOfRange { input: input.to_owned(), figure: figure.to_owned() },
        }
    }

    /// The text that failed to parse, whole.
    #[must_use]
    pub fn input(&self) -> &str {
        match self {
            Self::Malformed { input, .. }
            | Self::MalformedFigure { input, .. }
            | Self::FigureOutOfRange { input, .. }
            | Self::UnknownCurrency { input, .. }
            | Self::UnknownUnit { input, .. }
            | Self::Invalid { input, .. } => input,
        }
    }
}

/// Writes `"input": ` before a message about a part of it, unless the part is the whole.
fn context(f: &mut fmt::Formatter<'_>, input: &str, part: &str) -> fmt::Result {
    if input == part { Ok(()) } else { write!(f, "{}: ", Quoted(input)) }
}

impl fmt::Display for ParseQuantityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed { input, expected } => write!(f, "{} is not {expected}", Quoted(input)),
            Self::MalformedFigure { input, figure, expected } => {
                context(f, input, figure)?;
                write!(f, "{} is not a figure; expected {expected}", Quoted(figure))
            }
            Self::FigureOutOfRange { input, figure } => {
                context(f, input, figure)?;
                write!(
                    f,
                    "the figure {} is out of range: an exact decimal holds at most 28 decimal places, and at most \
                     79,228,162,514,264,337,593,543,950,335 once the decimal point is removed",
                    Quoted(figure)
                )
            }
            Self::UnknownCurrency { input, code } => {
                context(f, input, code)?;
                write!(f, "{} is not an ISO 4217 currency code (three capitals, such as EUR or USD)", Quoted(code))
            }
            Self::UnknownUnit { input, unit, expected } => {
                context(f, input, unit)?;
                write!(f, "unknown unit {}; expected {expected}", Quoted(unit))
            }
            Self::Invalid { input, source } => write!(f, "{}: {source}", Quoted(input)),
        }
    }
}
