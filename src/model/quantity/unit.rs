//! Units and the dimensions they measure.

use std::fmt;
use std::str::FromStr;

use super::ParseQuantityError;

/// The currency whose code is exactly `s` (not a lowercase or otherwise lenient spelling, so
/// that the text round-trips).
fn canonical_currency(s: &str) -> Option<Currency> {
    s.parse::<Currency>().ok().filter(|c| c.code() == s)
}

const EXPECTED_UNIT: &str = "a unit (t, kg, g, l, piece, count or an ISO 4217 currency code)";
use crate::Currency;

/// The unit a figure is stated in.
///
/// Text form (Display, FromStr and serde) is a short symbol: `t` (metric ton), `kg`, `g`, `l`
/// (litre), `piece`, `count`, or an ISO 4217 code such as `USD`.
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
            .or_else(|| canonical_currency(s).map(Self::Currency))
            .ok_or_else(|| ParseQuantityError::malformed(s, EXPECTED_UNIT))
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
            _ => canonical_currency(s).map(Self::Currency).ok_or_else(|| {
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
