//! The text form of quantities: English figures for readers, and a parser that reads them, the
//! earlier compact form and the variants a reader types.

use std::fmt;

use rust_decimal::Decimal;

use super::figure::{Grouped, Written, parse_figure};
use super::unit::EXPECTED_UNIT_WORD;
use super::{HALF, ParseQuantityError, Qualifier, Quantity, Unit};
use crate::Currency;

pub(crate) const EXPECTED_QUANTITY: &str = "a quantity: an optional qualifier (over, more than, almost, about), a \
     figure and a unit, such as \"9.6 t\", \"over 9.6 tons\", \"more than 2,000 pieces\", \"5,000 litres\", \
     \"about 60,000,000 EUR\", \"287\" (a count) or \"half a ton\"";

/// A figure with its unit as a quantity's text writes them: `2,000 pieces`, `9.6 t`,
/// `28,200,000 USD`, `287` (a count is the bare figure).
#[derive(Copy, Clone, Debug)]
pub(crate) struct FigureAndUnit(pub(crate) Decimal, pub(crate) Unit);

impl fmt::Display for FigureAndUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self(figure, unit) = *self;
        write!(f, "{}", Grouped(figure))?;
        match unit.after(&figure) {
            Some(word) => write!(f, " {word}"),
            None => Ok(()),
        }
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let figure = FigureAndUnit(self.value, self.unit);
        match (self.qualifier, self.qualifier.phrase()) {
            (Qualifier::Half, _) => match self.unit.after_half_a() {
                Some(unit) => write!(f, "half a {unit}"),
                None => f.write_str("half"),
            },
            (_, Some(phrase)) => write!(f, "{phrase} {figure}"),
            (_, None) => write!(f, "{figure}"),
        }
    }
}

/// The qualifier words a quantity's text may start with, without regard to ASCII case.
const QUALIFIER_WORDS: [(&[&str], Qualifier); 5] = [
    (&["over"], Qualifier::Over),
    (&["more", "than"], Qualifier::MoreThan),
    (&["almost"], Qualifier::Almost),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
];

fn word_is(token: &str, word: &str) -> bool {
    token.eq_ignore_ascii_case(word)
}

/// The qualifier the words start with (`Exact` when none), and the words after it.
pub(crate) fn split_qualifier<'a, 'b>(words: &'b [&'a str]) -> (Qualifier, &'b [&'a str]) {
    QUALIFIER_WORDS
        .iter()
        .find_map(|(phrase, q)| {
            let head = words.get(..phrase.len())?;
            let rest = words.get(phrase.len()..)?;
            head.iter().zip(phrase.iter()).all(|(t, w)| word_is(t, w)).then_some((*q, rest))
        })
        .unwrap_or((Qualifier::Exact, words))
}

/// Whether a word looks like an attempt at a figure (so that an error names it as the figure).
pub(crate) fn looks_like_figure(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '\u{2212}' | '+' | '.'))
}

/// Whether a word looks like a currency code: three ASCII capital letters.
pub(crate) fn looks_like_code(word: &str) -> bool {
    word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// A figure glued to its unit, as the report writes "17kg": the figure and the word of the unit,
/// when a digit is followed by letters only (so "1e3" is not split, but read as a figure).
fn split_glued(word: &str) -> Option<(&str, &str)> {
    let at = word.find(|c: char| c.is_alphabetic())?;
    let (figure, unit) = (word.get(..at)?, word.get(at..)?);
    (figure.ends_with(|c: char| c.is_ascii_digit()) && unit.chars().all(char::is_alphabetic)).then_some((figure, unit))
}

/// Parses the text of a quantity (see [`Quantity`]'s documentation for the forms).
pub(super) fn parse_quantity(s: &str) -> Result<Quantity, ParseQuantityError> {
    let malformed = || ParseQuantityError::malformed(s, EXPECTED_QUANTITY);
    let figure = |word: &str| {
        parse_figure(word, Written::Grouped).map_err(|e| ParseQuantityError::figure(s, word, Written::Grouped, e))
    };
    let unit = |word: &str| {
        Unit::from_word(word).ok_or_else(|| ParseQuantityError::unknown_unit_or_currency(s, word, EXPECTED_UNIT_WORD))
    };
    let build = |value: Decimal, unit: Unit, qualifier: Qualifier| {
        Quantity::new(value, unit, qualifier).map_err(|source| ParseQuantityError::invalid(s, source))
    };
    let half = |unit: Unit, qualifier: Qualifier| match qualifier {
        Qualifier::Exact => Ok(Quantity::half(unit)),
        q => build(HALF, unit, q),
    };
    // at most five words make a quantity ("more than half a ton"): a sixth makes it malformed
    let words: Vec<&str> = s.split_whitespace().take(6).collect();
    let (qualifier, rest) = split_qualifier(&words);
    match *rest {
        // "half": half of a count; "half a ton"; "over half a ton" is over 0.5 t
        [h] if word_is(h, "half") => half(Unit::Count, qualifier),
        [h, a, u] if word_is(h, "half") && (word_is(a, "a") || word_is(a, "an")) => half(unit(u)?, qualifier),
        // "17kg"; a bare figure is a count
        [word] if looks_like_figure(word) => match split_glued(word) {
            Some((f, u)) => build(figure(f)?, unit(u)?, qualifier),
            None => build(figure(word)?, Unit::Count, qualifier),
        },
        // "EUR 15,000,000", as the report writes amounts of money
        [code, f] if looks_like_code(code) && looks_like_figure(f) => {
            let value = figure(f)?;
            let currency = Currency::from_code(code).ok_or_else(|| ParseQuantityError::unknown_currency(s, code))?;
            build(value, Unit::Currency(currency), qualifier)
        }
        [f, u] if looks_like_figure(f) => build(figure(f)?, unit(u)?, qualifier),
        _ => Err(malformed()),
    }
}

/// A figure as JSON holds it ([`Written::Canonical`], a minus sign read so that a negative one is
/// refused as not positive), or the error that names it.
#[cfg(feature = "serde")]
pub(crate) fn canonical_figure(input: &str) -> Result<Decimal, ParseQuantityError> {
    parse_figure(input, Written::Canonical).map_err(|e| ParseQuantityError::figure(input, input, Written::Canonical, e))
}
