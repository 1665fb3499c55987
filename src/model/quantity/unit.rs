//! Units and the dimensions they measure.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::ParseQuantityError;
use crate::Currency;

const EXPECTED_UNIT: &str = "t, kg, g, l, piece, count or an ISO 4217 currency code in capitals";

/// The units a quantity's text may name, for error messages.
pub(crate) const EXPECTED_UNIT_WORD: &str = "t, ton(s) or tonne(s); kg, kilogram(s) or kilo(s); g or gram(s); \
     l, L, litre(s) or liter(s); piece(s); count; or an ISO 4217 currency code in capitals (EUR, USD)";

/// The English words of a quantity's text for each non-monetary unit, matched without regard to
/// ASCII case (the symbols `t`, `kg`, `g`, `l`, `L` are matched exactly).
const UNIT_WORDS: [(Unit, &[&str]); 6] = [
    (Unit::MetricTon, &["ton", "tons", "tonne", "tonnes"]),
    (Unit::Kilogram, &["kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"]),
    (Unit::Gram, &["gram", "grams", "gramme", "grammes"]),
    (Unit::Litre, &["litre", "litres", "liter", "liters"]),
    (Unit::Piece, &["piece", "pieces"]),
    (Unit::Count, &["count"]),
];

/// The unit a figure is stated in.
///
/// Text form (Display, FromStr and serde) is a short symbol: `t` (metric ton), `kg`, `g`, `l`
/// (litre), `piece`, `count`, or an ISO 4217 code such as `USD`. (A [`Quantity`](crate::Quantity)'s
/// text writes some units as English words: "2,000 pieces", "5,000 litres", "half a ton".)
///
/// ```
/// use eu_celac_drugs::{Currency, Dimension, Unit};
///
/// let u: Unit = "USD".parse()?;
/// assert_eq!(u, Unit::Currency(Currency::USD));
/// assert_eq!(Unit::MetricTon.to_string(), "t");
/// assert_eq!(Unit::Gram.dimension(), Dimension::Mass);
/// # Ok::<(), eu_celac_drugs::model::quantity::ParseQuantityError>(())
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// Metric ton, 1000 kg ("ton", "tons").
    MetricTon,
    /// Kilogram ("kg").
    Kilogram,
    /// Gram ("grams").
    Gram,
    /// Litre ("litres").
    Litre,
    /// Pieces of something ("pieces of various ammunition").
    Piece,
    /// An amount of money in a currency ("US dollars").
    Currency(Currency),
    /// A count of things or events (labs, arrests, persons, stakeholders, countries).
    Count,
}

impl Unit {
    /// Every unit except the currencies.
    pub const NON_MONETARY: [Self; 6] =
        [Self::MetricTon, Self::Kilogram, Self::Gram, Self::Litre, Self::Piece, Self::Count];

    /// The unit's symbol, its text form.
    #[must_use]
    pub fn symbol(self) -> &'static str {
        match self {
            Self::MetricTon => "t",
            Self::Kilogram => "kg",
            Self::Gram => "g",
            Self::Litre => "l",
            Self::Piece => "piece",
            Self::Count => "count",
            Self::Currency(c) => c.code(),
        }
    }

    /// What the unit measures; units of one dimension convert into each other.
    #[must_use]
    pub const fn dimension(self) -> Dimension {
        match self {
            Self::MetricTon | Self::Kilogram | Self::Gram => Dimension::Mass,
            Self::Litre => Dimension::Volume,
            Self::Piece => Dimension::Pieces,
            Self::Currency(c) => Dimension::Currency(c),
            Self::Count => Dimension::Count,
        }
    }

    /// A unit as a quantity's text may name it: its symbol, an ISO 4217 code, or an English word
    /// (singular or plural, any ASCII case): "t", "tons", "Kilograms", "litre", "pieces", "count",
    /// "EUR".
    pub(crate) fn from_word(s: &str) -> Option<Self> {
        if let Some(unit) = Self::NON_MONETARY.into_iter().find(|u| u.symbol() == s) {
            return Some(unit);
        }
        if s == "L" {
            return Some(Self::Litre);
        }
        UNIT_WORDS
            .iter()
            .find(|(_, words)| words.iter().any(|w| w.eq_ignore_ascii_case(s)))
            .map(|(unit, _)| *unit)
            .or_else(|| Currency::from_code(s).map(Self::Currency))
    }

    /// The unit as a quantity's text writes it after `figure`: mass by its symbol (`t`, `kg`,
    /// `g`), pieces and litres as words, singular for a figure written `1` ("1 piece", "2 pieces",
    /// "0.5 litres"), a currency by its code; `None` for a count, which is the bare figure.
    pub(crate) fn after(self, figure: &Decimal) -> Option<&'static str> {
        let one = figure.mantissa() == 1 && figure.scale() == 0;
        match self {
            Self::Count => None,
            Self::Piece => Some(if one { "piece" } else { "pieces" }),
            Self::Litre => Some(if one { "litre" } else { "litres" }),
            other => Some(other.symbol()),
        }
    }

    /// The unit as a quantity's text writes it after "half a": "ton", "kilogram", "gram",
    /// "litre", "piece", a currency's code; `None` for a count (whose half is written "half").
    pub(crate) fn after_half_a(self) -> Option<&'static str> {
        match self {
            Self::MetricTon => Some("ton"),
            Self::Kilogram => Some("kilogram"),
            Self::Gram => Some("gram"),
            Self::Litre => Some("litre"),
            Self::Piece => Some("piece"),
            Self::Currency(c) => Some(c.code()),
            Self::Count => None,
        }
    }

    /// The power of ten that turns a figure in this unit into its dimension's base unit.
    pub(super) const fn base_exponent(self) -> i32 {
        match self {
            Self::MetricTon => 3,
            Self::Gram => -3,
            _ => 0,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

impl FromStr for Unit {
    type Err = ParseQuantityError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::NON_MONETARY
            .into_iter()
            .find(|u| u.symbol() == s)
            .or_else(|| Currency::from_code(s).map(Self::Currency))
            .ok_or_else(|| ParseQuantityError::unknown_unit_or_currency(s, s, EXPECTED_UNIT))
    }
}

/// What a [`Unit`] measures. Text form: `mass`, `volume`, `pieces`, `count`, or the currency code.
///
/// ```
/// use eu_celac_drugs::{Dimension, Unit};
///
/// assert_eq!(Dimension::Mass.base_unit(), Unit::Kilogram);
/// assert_eq!("volume".parse::<Dimension>()?, Dimension::Volume);
/// # Ok::<(), eu_celac_drugs::model::quantity::ParseQuantityError>(())
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    /// Mass: t, kg, g.
    Mass,
    /// Volume: l.
    Volume,
    /// Pieces.
    Pieces,
    /// Money in one currency (different currencies never convert).
    Currency(Currency),
    /// Counts.
    Count,
}

impl Dimension {
    /// The unit that [`Quantity::to_base`](crate::Quantity::to_base) normalises to: kg for mass, l for volume.
    #[must_use]
    pub const fn base_unit(self) -> Unit {
        match self {
            Self::Mass => Unit::Kilogram,
            Self::Volume => Unit::Litre,
            Self::Pieces => Unit::Piece,
            Self::Currency(c) => Unit::Currency(c),
            Self::Count => Unit::Count,
        }
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Mass => "mass",
            Self::Volume => "volume",
            Self::Pieces => "pieces",
            Self::Count => "count",
            Self::Currency(c) => c.code(),
        })
    }
}

impl FromStr for Dimension {
    type Err = ParseQuantityError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "mass" => Ok(Self::Mass),
            "volume" => Ok(Self::Volume),
            "pieces" => Ok(Self::Pieces),
            "count" => Ok(Self::Count),
            _ => Currency::from_code(s).map(Self::Currency).ok_or_else(|| {
                ParseQuantityError::malformed(s, "a dimension (mass, volume, pieces, count or a currency code)")
            }),
        }
    }
}

#[cfg(feature = "serde")]
macro_rules! serde_as_text {
    ($t:ty) => {
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

#[cfg(feature = "serde")]
serde_as_text!(Unit);
#[cfg(feature = "serde")]
serde_as_text!(Dimension);
