//! Figures as the report writes them in running text: "over 9.6 tons", "half a ton", "more than two
//! thousand pieces", "28.2 million undeclared US dollars", "around EUR 60 million", "Six", "nine
//! West African countries". [`Quantity::from_words`] reads them; the records whose figure comes
//! with its stated form check that the two agree.

use rust_decimal::Decimal;

use super::figure::{Written, parse_figure};
use super::text::{looks_like_code, split_qualifier};
use super::{HALF, ParseQuantityError, Qualifier, Quantity, Unit};
use crate::{Currency, ValidationError};

/// What running text says a figure is.
const EXPECTED_WORDS: &str = "a figure as running text writes it: an optional qualifier (over, more than, almost, \
     about, around), a figure in digits or words (\"9.6\", \"two thousand\", \"Six\", \"half a\"), an optional \
     \"thousand\", \"million\" or \"billion\", and a unit (tons, kg, grams, litres, pieces, US dollars, a currency \
     code) or the thing counted (\"nine West African countries\")";

/// Small numbers written as words, by value.
const NUMBER_WORDS: [(&str, i64); 28] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
];

/// The words that multiply the figure before them.
const MULTIPLIERS: [(&str, i64); 3] = [("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000)];

/// The words for currencies that are not codes.
const CURRENCY_WORDS: [(&str, Currency); 4] =
    [("dollars", Currency::USD), ("dollar", Currency::USD), ("euros", Currency::EUR), ("euro", Currency::EUR)];

fn word_value(word: &str) -> Option<i64> {
    NUMBER_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|(_, v)| *v)
}

fn multiplier(word: &str) -> Option<i64> {
    MULTIPLIERS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|(_, v)| *v)
}

/// The unit a word names, if it names one: a unit word ("tons", "kg"), a currency code or word.
fn unit_word(word: &str) -> Option<Unit> {
    let word = word.trim_end_matches([',', ';', '.', ':']);
    if word.eq_ignore_ascii_case("count") {
        return None;
    }
    Unit::from_word(word)
        .or_else(|| CURRENCY_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|(_, c)| Unit::Currency(*c)))
}

/// A figure read from running text: the qualifier, the value, and the unit where the words name
/// one (`None`: they name what is counted, or nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Reading {
    qualifier: Qualifier,
    value: Decimal,
    unit: Option<Unit>,
}

/// The figure at the start of `words` (digits, grouped by commas or by spaces, or number words),
/// and how many words it takes; a unit glued to digits ("17kg") is returned with it.
fn figure(words: &[&str]) -> Option<(Decimal, usize, Option<Unit>)> {
    let first = *words.first()?;
    if first.starts_with(|c: char| c.is_ascii_digit()) {
        let at = first.find(|c: char| c.is_alphabetic()).unwrap_or(first.len());
        let (digits, glued) = (first.get(..at)?, first.get(at..).unwrap_or(""));
        let glued = if glued.is_empty() { None } else { Some(unit_word(glued)?) };
        let mut text = digits.to_owned();
        let mut used = 1;
        // "10 000 000": groups of three digits after the first, written apart
        if glued.is_none() && !digits.contains([',', '.']) {
            for w in words.iter().skip(1) {
                if w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()) {
                    text.push_str(w);
                    used += 1;
                } else {
                    break;
                }
            }
        }
        let value = parse_figure(&text, Written::Grouped).ok()?;
        return Some((value, used, glued));
    }
    // number words: "two", "twenty five", "Six"
    let mut value = 0_i64;
    let mut used = 0;
    for w in words {
        match word_value(w) {
            Some(100) if value > 0 => value *= 100,
            Some(v) => value += v,
            None => break,
        }
        used += 1;
    }
    // "a" is one only alone ("a" workshop, as a list states it) or before a unit ("a ton"): in
    // "a large amount" it is an article
    let article = first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an");
    if used == 0 && article && words.get(1).is_none_or(|w| unit_word(w).is_some()) {
        return Some((Decimal::ONE, 1, None));
    }
    (used > 0).then(|| (Decimal::from(value), used, None))
}

/// Reads a figure from running text, or `None` if the words hold none.
fn read(text: &str) -> Option<Reading> {
    let words: Vec<&str> = text.split_whitespace().take(12).collect();
    let (qualifier, rest) = split_qualifier(&words);
    // "EUR 15 million": a currency code before the figure
    let (code, rest) = match rest {
        [code, more @ ..] if looks_like_code(code) => (Some(Unit::Currency(Currency::from_code(code)?)), more),
        _ => (None, rest),
    };
    // "half a ton"
    if let [h, a, more @ ..] = rest {
        if h.eq_ignore_ascii_case("half") && (a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an")) {
            let unit = code.or_else(|| more.first().and_then(|w| unit_word(w)));
            let qualifier = if qualifier == Qualifier::Exact { Qualifier::Half } else { qualifier };
            return Some(Reading { qualifier, value: HALF, unit });
        }
    }
    let (mut value, used, glued) = figure(rest)?;
    let mut rest = rest.get(used..).unwrap_or(&[]);
    while let Some(m) = rest.first().and_then(|w| multiplier(w)) {
        // "28.2 million" is 28,200,000, not 28,200,000.0
        value = value.checked_mul(Decimal::from(m))?.normalize();
        rest = rest.get(1..).unwrap_or(&[]);
    }
    // the unit: glued, before the figure, or the first unit word among the few that follow
    // ("undeclared US dollars", "pieces"); a bare "t" or "g" only right after the figure
    let unit = glued.or(code).or_else(|| {
        rest.iter().take(4).enumerate().find_map(|(i, w)| match unit_word(w) {
            Some(Unit::MetricTon | Unit::Gram) if w.len() == 1 && i > 0 => None,
            found => found,
        })
    });
    Some(Reading { qualifier, value, unit })
}

impl Quantity {
    /// Reads a figure as running text writes it — the stated form the report's records keep:
    /// "over 9.6 tons", "half a ton", "17kg", "more than two thousand pieces", "28.2 million
    /// undeclared US dollars", "around EUR 60 million", "EUR 10 000 000", "Six", "nine West
    /// African countries" (a count: the words after the figure name what is counted).
    ///
    /// ```
    /// use eu_celac_drugs::{Currency, Qualifier, Quantity, Unit};
    ///
    /// let dollars = Quantity::from_words("28.2 million undeclared US dollars")?;
    /// assert_eq!((dollars.value(), dollars.unit()), (28_200_000.into(), Unit::Currency(Currency::USD)));
    /// let ammunition = Quantity::from_words("more than two thousand pieces")?;
    /// assert_eq!((ammunition.qualifier(), ammunition.value(), ammunition.unit()), (Qualifier::MoreThan, 2000.into(), Unit::Piece));
    /// assert_eq!(Quantity::from_words("nine West African countries")?.unit(), Unit::Count);
    /// assert!(Quantity::from_words("several victims").is_err());
    /// # Ok::<(), eu_celac_drugs::ParseQuantityError>(())
    /// ```
    ///
    /// # Errors
    /// A [`ParseQuantityError`] when the words hold no figure, or one that is not positive.
    pub fn from_words(text: &str) -> Result<Self, ParseQuantityError> {
        let reading = read(text).ok_or_else(|| ParseQuantityError::malformed(text, EXPECTED_WORDS))?;
        let unit = reading.unit.unwrap_or(Unit::Count);
        match reading.qualifier {
            Qualifier::Half => Ok(Self::half(unit)),
            q => Self::new(reading.value, unit, q).map_err(|source| ParseQuantityError::invalid(text, source)),
        }
    }
}

/// Checks that a record's figure agrees with the form the report states it in: where `stated`
/// reads as a figure, its qualifier, value and unit must be the record's (a stated form that
/// names no unit — "Six", "nine West African countries" — is a count). A stated form that holds
/// no figure at all is not checked.
pub(crate) fn check_stated(
    record: &str,
    stated: &str,
    qualifier: Qualifier,
    value: Decimal,
    unit: Unit,
) -> Result<(), ValidationError> {
    let Some(reading) = read(stated) else { return Ok(()) };
    let read_unit = reading.unit.unwrap_or(Unit::Count);
    if reading.qualifier == qualifier && reading.value == value && read_unit == unit {
        return Ok(());
    }
    let read = match reading.qualifier {
        Qualifier::Half => Quantity::half(read_unit).to_string(),
        q => Quantity::new(reading.value, read_unit, q)
            .map_or_else(|_| format!("{} {read_unit}", reading.value), |x| x.to_string()),
    };
    let given = match qualifier {
        Qualifier::Half => Quantity::half(unit).to_string(),
        q => Quantity::new(value, unit, q).map_or_else(|_| format!("{value} {unit}"), |x| x.to_string()),
    };
    Err(ValidationError::Inconsistent {
        field: "stated",
        reason: format!(
            "{record}: the stated form {} reads as {read}, but the figure given is {given}",
            crate::error::Quoted(stated)
        ),
    })
}
