//! Exact quantities with units and qualifiers, and bounded totals of them.
//!
//! The report states figures such as "over 9.6 tons of cocaine", "half a ton of heroin",
//! "17kg", "965 grams", "almost 2 tons", "28.2 million undeclared US dollars" or "287 arrests".
//! A [`Quantity`] keeps such a figure as stated: the number as an exact [`Decimal`] (never a
//! float, and with the scale it was written with, so `1.50` stays `1.50`), the [`Unit`] as
//! stated, and the [`Qualifier`] ("over", "more than", "almost", "about", "half a" or none).
//! Conversions between units happen only on request and are exact; a figure that cannot be
//! converted exactly gives [`QuantityError::Overflow`], never a rounded value.
//!
//! A qualifier tells what the figure says about the true amount: its [`Bound`]. Adding figures
//! combines bounds ([`Bound::combine`]): a total that includes an "over" figure is itself at least
//! that total. [`Total`] carries that bound in its type; [`Quantity::checked_add`] answers only
//! when one qualifier can state the bound of the sum.

mod error;
mod figure;
mod qualifier;
mod text;
mod total;
mod unit;
mod words;

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use rust_decimal::Decimal;

pub use crate::error::QUOTE_LIMIT;
pub use error::ParseQuantityError;
use figure::shift;
pub(crate) use figure::{
    Written, check_positive, cmp_figures, exact_add, figure_eq, hash_figure, lit_decimal, parse_figure,
};
pub use qualifier::{Bound, Qualifier};
#[cfg(feature = "serde")]
pub(crate) use text::canonical_figure;
pub(crate) use text::{FigureAndUnit, looks_like_code, looks_like_figure, split_qualifier};
pub use total::Total;
pub use unit::{Dimension, Unit};
pub(crate) use words::check_stated;

use crate::{Currency, ValidationError};

/// An error of arithmetic or conversion on quantities and money. Every variant names the values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QuantityError {
    /// The units measure different things (kg and l, USD and EUR, …).
    #[error("cannot convert {from} into {to}: different dimensions")]
    IncompatibleUnits {
        /// The unit of the figure being converted or added.
        from: Unit,
        /// The unit asked for.
        to: Unit,
    },
    /// An exact conversion whose result does not fit a [`Decimal`] (96-bit mantissa, at most 28
    /// decimal places).
    #[error("{value} {from} in {to} does not fit exactly in a decimal")]
    Overflow {
        /// The figure.
        value: Decimal,
        /// Its unit.
        from: Unit,
        /// The unit asked for.
        to: Unit,
    },
    /// A sum that does not fit a [`Decimal`].
    #[error("{left} + {right} {unit} does not fit in a decimal")]
    SumOverflow {
        /// The first figure.
        left: Decimal,
        /// The second figure, in the same unit.
        right: Decimal,
        /// The unit.
        unit: Unit,
    },
    /// A sum whose bound ([`Bound::Mixed`]) no single qualifier states; add into a [`Total`].
    #[error("no single qualifier states the bound of a sum of '{left}' and '{right}' figures; use Total")]
    MixedBounds {
        /// The first figure's qualifier.
        left: Qualifier,
        /// The second figure's qualifier.
        right: Qualifier,
    },
    /// Two amounts of money in different currencies.
    #[error("cannot add {left} and {right}: different currencies")]
    CurrencyMismatch {
        /// The first amount's currency.
        left: Currency,
        /// The second amount's currency.
        right: Currency,
    },
}

/// An exact figure with its unit and qualifier, as the report states it.
///
/// The value is positive. With [`Qualifier::Half`] it is exactly `0.5` (scale 1): "half a ton"
/// is [`Quantity::half`]`(Unit::MetricTon)`.
///
/// **Text form** (Display and FromStr, an exact round trip), written for readers: the
/// qualifier's [`phrase`](Qualifier::phrase), then the figure as written with its integer part
/// grouped in threes by commas (the decimal part untouched: `1.50 t` stays `1.50 t`), then the
/// unit, single-spaced:
///
/// | unit | text | examples |
/// | --- | --- | --- |
/// | t, kg, g | the SI symbol | `over 9.6 t`, `12,248 kg`, `965 g` |
/// | l | `litre` for a figure written `1`, else `litres` | `5,000 litres`, `1 litre`, `0.5 litres` |
/// | piece | `piece` for a figure written `1`, else `pieces` | `more than 2,000 pieces` |
/// | a currency | its ISO 4217 code | `28,200,000 USD`, `about 60,000,000 EUR` |
/// | count | nothing: the bare figure | `287`, `over 200`, `more than 40` |
///
/// A half is `half a ton`, `half a kilogram`, `half a gram`, `half a litre`, `half a piece`,
/// `half a USD`, and `half` for a count.
///
/// FromStr also reads what a reader types, and the earlier compact text form: any run of white
/// space between words, leading or trailing white space; qualifiers and unit words in any ASCII
/// case (`About 3 Tons`), `around` for `about`; figures with or without separators (`2000`,
/// `2,000`); units by symbol (`t`, `kg`, `g`, `l`, `L`, `piece`, `count`, the currency code), or
/// by English word, singular or plural (`ton(s)`, `tonne(s)`, `kilogram(s)`, `kilo(s)`,
/// `gram(s)`, `litre(s)`, `liter(s)`, `piece(s)`); a figure glued to its unit (`17kg`); the
/// currency code before the figure (`EUR 15,000,000`); `half a t`, `half a count`, and a
/// qualified half (`over half a ton` is over 0.5 t). So `"more than 2000 piece"`, `"half a t"`,
/// `"9.6 tons"`, `"about 3 tons"` and `"5000 litres"` all parse. Symbols and codes are
/// case-sensitive (`KG` and `eur` are refused); a figure has no sign, exponent or leading zero.
/// A parse error ([`ParseQuantityError`]) says what is wrong: a figure that is zero or negative
/// must be positive, a figure that is not written as one, out of range, or an unknown unit.
///
/// **JSON** is unchanged and strict: `{"value": "9.6", "unit": "t", "qualifier": "over"}` with
/// the figure as an exact string without separators (a JSON number is refused, as it may not be
/// exact) and the unit by its [`Unit`] symbol.
///
/// **Equality** is of the figure as written: `1.5 t` and `1.50 t` differ (as their text does),
/// and so do `1 t` and `1000 kg`; compare [`Quantity::to_base`] values for amounts. `Ord`,
/// `Eq` and `Hash` agree: ordered by unit, then value, then scale, then qualifier. The order
/// is for sorting and maps; it does not compare magnitudes across units.
///
/// ```
/// use eu_celac_drugs::{Bound, Qualifier, Quantity, Unit};
/// use eu_celac_drugs::rust_decimal::Decimal;
///
/// let cocaine: Quantity = "over 9.6 tons".parse()?;
/// assert_eq!(cocaine.value(), Decimal::new(96, 1));
/// assert_eq!(cocaine.bound(), Bound::AtLeast);
/// assert_eq!(cocaine.to_string(), "over 9.6 t");
/// assert_eq!(cocaine.to_base()?.to_string(), "over 9,600 kg");
///
/// let heroin = Quantity::half(Unit::MetricTon);
/// assert_eq!(heroin.to_string(), "half a ton");
/// assert_eq!("half a t".parse::<Quantity>()?, heroin);
/// assert_eq!(cocaine.checked_add(&heroin)?.to_string(), "over 10.1 t");
///
/// let ammunition: Quantity = "more than 2000 piece".parse()?;
/// assert_eq!(ammunition.to_string(), "more than 2,000 pieces");
/// assert_eq!(ammunition.unit(), Unit::Piece);
/// assert_eq!("287".parse::<Quantity>()?.unit(), Unit::Count);
///
/// let err = "0 t".parse::<Quantity>().unwrap_err();
/// assert_eq!(err.to_string(), "\"0 t\": value must be positive, got 0");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "RawQuantity", into = "RawQuantity"))]
pub struct Quantity {
    value: Decimal,
    unit: Unit,
    qualifier: Qualifier,
}

const HALF: Decimal = lit_decimal(5, 1);

impl Quantity {
    /// Validates a figure.
    ///
    /// # Errors
    /// [`ValidationError::NotPositive`] (field `value`) when `value` is zero or negative;
    /// [`ValidationError::Inconsistent`] (field `qualifier`) for [`Qualifier::Half`] with a value
    /// other than `0.5` as written.
    pub fn new(value: Decimal, unit: Unit, qualifier: Qualifier) -> Result<Self, ValidationError> {
        check_positive("value", value)?;
        if matches!(qualifier, Qualifier::Half) && !figure_eq(&value, &HALF) {
            return Err(ValidationError::Inconsistent {
                field: "qualifier",
                reason: format!("\"half a\" states 0.5 of the unit, not {value}"),
            });
        }
        Ok(Self { value, unit, qualifier })
    }

    /// "half a" `unit`: the value 0.5, exactly.
    #[must_use]
    pub const fn half(unit: Unit) -> Self {
        Self { value: HALF, unit, qualifier: Qualifier::Half }
    }

    /// A figure for compiled-in data: `mantissa × 10^-scale`; an invalid one fails to compile.
    pub(crate) const fn lit(mantissa: i64, scale: u32, unit: Unit, qualifier: Qualifier) -> Self {
        assert!(!matches!(qualifier, Qualifier::Half) || (mantissa == 5 && scale == 1), "half a unit is 0.5");
        Self { value: lit_decimal(mantissa, scale), unit, qualifier }
    }

    /// An exact figure from a value already checked positive (an amount of money).
    pub(crate) const fn exact_positive(value: Decimal, unit: Unit) -> Self {
        Self { value, unit, qualifier: Qualifier::Exact }
    }

    /// The figure, as written.
    #[must_use]
    pub const fn value(&self) -> Decimal {
        self.value
    }

    /// The unit, as stated.
    #[must_use]
    pub const fn unit(&self) -> Unit {
        self.unit
    }

    /// The qualifier, as stated.
    #[must_use]
    pub const fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// What the figure tells about the true amount.
    #[must_use]
    pub const fn bound(&self) -> Bound {
        self.qualifier.bound()
    }

    /// What the unit measures.
    #[must_use]
    pub const fn dimension(&self) -> Dimension {
        self.unit.dimension()
    }

    /// The same amount in `unit`, exactly: t ↔ kg ↔ g by powers of ten; every other unit
    /// converts only into itself. The qualifier is kept, except that a half becomes `Exact`
    /// in another unit (half a ton is 500 kg).
    ///
    /// # Errors
    /// [`QuantityError::IncompatibleUnits`] across dimensions; [`QuantityError::Overflow`] when
    /// the exact result does not fit a [`Decimal`].
    pub fn convert_to(&self, unit: Unit) -> Result<Self, QuantityError> {
        if unit == self.unit {
            return Ok(*self);
        }
        if unit.dimension() != self.unit.dimension() {
            return Err(QuantityError::IncompatibleUnits { from: self.unit, to: unit });
        }
        let value = shift(self.value, self.unit.base_exponent() - unit.base_exponent())
            .ok_or(QuantityError::Overflow { value: self.value, from: self.unit, to: unit })?;
        let qualifier = match self.qualifier {
            Qualifier::Half => Qualifier::Exact,
            q => q,
        };
        Ok(Self { value, unit, qualifier })
    }

    /// The same amount in its dimension's base unit ([`Dimension::base_unit`]: kg for mass,
    /// l for volume), exactly; see [`Quantity::convert_to`].
    ///
    /// # Errors
    /// [`QuantityError::Overflow`] when the exact result does not fit a [`Decimal`].
    pub fn to_base(&self) -> Result<Self, QuantityError> {
        self.convert_to(self.unit.dimension().base_unit())
    }

    /// The sum of two figures of one dimension, in `self`'s unit (`other` converted exactly),
    /// qualified by [`Qualifier::combine`]: "over 9.6 t" + "137 kg" is "over 9.737 t".
    ///
    /// # Errors
    /// [`QuantityError::IncompatibleUnits`] across dimensions; [`QuantityError::MixedBounds`]
    /// when no qualifier states the sum's bound (use [`Total`], which carries a [`Bound`]);
    /// [`QuantityError::Overflow`] or [`QuantityError::SumOverflow`] when the exact result does
    /// not fit a [`Decimal`].
    pub fn checked_add(&self, other: &Self) -> Result<Self, QuantityError> {
        if other.unit.dimension() != self.unit.dimension() {
            return Err(QuantityError::IncompatibleUnits { from: other.unit, to: self.unit });
        }
        let qualifier = self
            .qualifier
            .combine(other.qualifier)
            .ok_or(QuantityError::MixedBounds { left: self.qualifier, right: other.qualifier })?;
        let right = other.convert_to(self.unit)?.value;
        let value = exact_add(self.value, right).ok_or(QuantityError::SumOverflow {
            left: self.value,
            right,
            unit: self.unit,
        })?;
        Ok(Self { value, unit: self.unit, qualifier })
    }
}

impl PartialEq for Quantity {
    fn eq(&self, other: &Self) -> bool {
        self.unit == other.unit && figure_eq(&self.value, &other.value) && self.qualifier == other.qualifier
    }
}

impl Eq for Quantity {}

impl PartialOrd for Quantity {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Quantity {
    fn cmp(&self, other: &Self) -> Ordering {
        self.unit
            .cmp(&other.unit)
            .then_with(|| cmp_figures(&self.value, &other.value))
            .then(self.qualifier.cmp(&other.qualifier))
    }
}

impl Hash for Quantity {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.unit.hash(state);
        hash_figure(&self.value, state);
        self.qualifier.hash(state);
    }
}

impl FromStr for Quantity {
    type Err = ParseQuantityError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        text::parse_quantity(s)
    }
}

/// A figure as serde holds it: a string with the exact decimal, never a number (a JSON number
/// is a binary float to most readers, and would lose the exactness). A number in its place is
/// refused with a message that says how to write it, and that it must be positive.
#[cfg(feature = "serde")]
pub(crate) struct FigureText(pub(crate) String);

#[cfg(feature = "serde")]
impl serde::Serialize for FigureText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for FigureText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = FigureText;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a figure written as a string, such as \"9.6\" (exact, and it must be positive)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<FigureText, E> {
                Ok(FigureText(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<FigureText, E> {
                Ok(FigureText(v))
            }
        }
        d.deserialize_str(Visitor)
    }
}

/// The serde form of a [`Quantity`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuantity {
    value: FigureText,
    unit: Unit,
    qualifier: Qualifier,
}

#[cfg(feature = "serde")]
impl From<Quantity> for RawQuantity {
    fn from(q: Quantity) -> Self {
        Self { value: FigureText(q.value.to_string()), unit: q.unit, qualifier: q.qualifier }
    }
}

#[cfg(feature = "serde")]
impl TryFrom<RawQuantity> for Quantity {
    type Error = ParseQuantityError;
    fn try_from(raw: RawQuantity) -> Result<Self, Self::Error> {
        let text = raw.value.0;
        let value = canonical_figure(&text)?;
        Self::new(value, raw.unit, raw.qualifier).map_err(|source| ParseQuantityError::invalid(&text, source))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lit_builds_the_figure() {
        const Q: Quantity = Quantity::lit(96, 1, Unit::MetricTon, Qualifier::Over);
        assert_eq!(Q.to_string(), "over 9.6 t");
        assert_eq!(lit_decimal(i64::MAX, 0).to_string(), i64::MAX.to_string());
    }
}
