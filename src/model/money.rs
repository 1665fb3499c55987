//! Amounts of money: budgets and commitments stated in a currency.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use rust_decimal::Decimal;

use super::quantity::{
    FigureAndUnit, ParseQuantityError, Qualifier, Written, check_positive, cmp_figures, exact_add, figure_eq,
    hash_figure, lit_decimal, looks_like_code, looks_like_figure, parse_figure, split_qualifier,
};
#[cfg(feature = "serde")]
use super::quantity::{FigureText, canonical_figure};
use crate::{Bound, Currency, Quantity, QuantityError, Unit, ValidationError};

const EXPECTED_MONEY: &str = "an amount of money: a figure and an ISO 4217 currency code, such as \
     \"15,000,000 EUR\" or \"EUR 15,000,000\"";

const EXPECTED_EXACT_MONEY: &str = "an exact amount of money: money holds no qualifier (over, more than, almost, \
     about); parse a qualified amount such as \"about 60,000,000 EUR\" as a Quantity";

/// A positive amount of money in one currency, as stated: "EUR 15 million" is
/// `Money::new(15000000, EUR)`.
///
/// Money carries no qualifier: a qualified amount ("around EUR 60 million") is a [`Quantity`]
/// in [`Unit::Currency`] (`From<Money> for Quantity` and `TryFrom<Quantity> for Money` convert
/// between the two).
///
/// **Text form** (Display and FromStr, an exact round trip): the figure as written, its integer
/// part grouped in threes by commas, then the ISO 4217 code: `15,000,000 EUR`,
/// `10,000,000.00 EUR`. It is the text of the amount as a [`Quantity`] too. FromStr also reads
/// the code first (`EUR 15,000,000`, as the report writes amounts) and figures without
/// separators (`EUR 15000000`, the earlier text form); codes are upper case. **JSON**:
/// `{"amount": "15000000", "currency": "EUR"}`, the figure an exact string without separators.
///
/// **Equality** is of the amount as written: `1.0 EUR` and `1.00 EUR` differ, as their text
/// does. `Ord`, `Eq` and `Hash` agree: ordered by currency, then amount, then scale.
///
/// ```
/// use eu_celac_drugs::{Currency, Money, Quantity};
///
/// let copolad_iii: Money = "EUR 15,000,000".parse()?;
/// assert_eq!(copolad_iii.currency(), Currency::EUR);
/// assert_eq!(copolad_iii.to_string(), "15,000,000 EUR");
/// let copolad_ii: Money = "EUR 10000000".parse()?;
/// assert_eq!(copolad_iii.checked_add(&copolad_ii)?.to_string(), "25,000,000 EUR");
/// assert_eq!(Quantity::from(copolad_ii).to_string(), copolad_ii.to_string());
/// assert!(copolad_iii.checked_add(&"1 USD".parse()?).is_err());
///
/// let err = "EUR -3".parse::<Money>().unwrap_err();
/// assert_eq!(err.to_string(), "\"EUR -3\": amount must be positive, got -3");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "RawMoney", into = "RawMoney"))]
pub struct Money {
    amount: Decimal,
    currency: Currency,
}

impl Money {
    /// Validates an amount.
    ///
    /// # Errors
    /// [`ValidationError::NotPositive`] (field `amount`) when `amount` is zero or negative.
    pub fn new(amount: Decimal, currency: Currency) -> Result<Self, ValidationError> {
        check_positive("amount", amount)?;
        Ok(Self { amount, currency })
    }

    /// An amount for compiled-in data: `mantissa × 10^-scale`; an invalid one fails to compile.
    pub(crate) const fn lit(mantissa: i64, scale: u32, currency: Currency) -> Self {
        Self { amount: lit_decimal(mantissa, scale), currency }
    }

    /// The amount, as written.
    #[must_use]
    pub const fn amount(&self) -> Decimal {
        self.amount
    }

    /// The currency.
    #[must_use]
    pub const fn currency(&self) -> Currency {
        self.currency
    }

    /// The sum of two amounts in the same currency.
    ///
    /// # Errors
    /// [`QuantityError::CurrencyMismatch`] naming both currencies when they differ;
    /// [`QuantityError::SumOverflow`] when the sum does not fit a [`Decimal`].
    pub fn checked_add(&self, other: &Self) -> Result<Self, QuantityError> {
        if self.currency != other.currency {
            return Err(QuantityError::CurrencyMismatch { left: self.currency, right: other.currency });
        }
        let amount = exact_add(self.amount, other.amount).ok_or(QuantityError::SumOverflow {
            left: self.amount,
            right: other.amount,
            unit: Unit::Currency(self.currency),
        })?;
        Ok(Self { amount, currency: self.currency })
    }
}

impl PartialEq for Money {
    fn eq(&self, other: &Self) -> bool {
        self.currency == other.currency && figure_eq(&self.amount, &other.amount)
    }
}

impl Eq for Money {}

impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Money {
    fn cmp(&self, other: &Self) -> Ordering {
        self.currency.cmp(&other.currency).then_with(|| cmp_figures(&self.amount, &other.amount))
    }
}

impl Hash for Money {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.currency.hash(state);
        hash_figure(&self.amount, state);
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", FigureAndUnit(self.amount, Unit::Currency(self.currency)))
    }
}

impl FromStr for Money {
    type Err = ParseQuantityError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // at most four words make an amount ("more than" is refused below): a fifth makes it malformed
        let words: Vec<&str> = s.split_whitespace().take(5).collect();
        let (qualifier, rest) = split_qualifier(&words);
        if qualifier != Qualifier::Exact {
            return Err(ParseQuantityError::malformed(s, EXPECTED_EXACT_MONEY));
        }
        let (figure, code) = match *rest {
            [code, figure] if looks_like_code(code) && looks_like_figure(figure) => (figure, code),
            [figure, code] if looks_like_figure(figure) => (figure, code),
            _ => return Err(ParseQuantityError::malformed(s, EXPECTED_MONEY)),
        };
        let amount = parse_figure(figure, Written::Grouped)
            .map_err(|e| ParseQuantityError::figure(s, figure, Written::Grouped, e))?;
        let currency = Currency::from_code(code).ok_or_else(|| ParseQuantityError::unknown_currency(s, code))?;
        Self::new(amount, currency).map_err(|source| ParseQuantityError::invalid(s, source))
    }
}

impl From<Money> for Quantity {
    /// The amount as an exact figure in [`Unit::Currency`].
    fn from(m: Money) -> Self {
        Self::exact_positive(m.amount, Unit::Currency(m.currency))
    }
}

impl TryFrom<Quantity> for Money {
    type Error = ValidationError;
    /// The figure as money, when its unit is a currency and it is exact (plain or a half).
    ///
    /// # Errors
    /// [`ValidationError::WrongUnit`] (field `unit`) for a unit that is not a currency;
    /// [`ValidationError::Inconsistent`] (field `qualifier`) for a qualified figure, whose
    /// qualifier money cannot hold.
    fn try_from(q: Quantity) -> Result<Self, Self::Error> {
        let Unit::Currency(currency) = q.unit() else {
            return Err(ValidationError::WrongUnit {
                field: "unit",
                value: q.unit().to_string(),
                expected: "a currency",
            });
        };
        if q.bound() != Bound::Exact {
            return Err(ValidationError::Inconsistent {
                field: "qualifier",
                reason: format!("money holds exact amounts only, not \"{q}\""),
            });
        }
        Self::new(q.value(), currency)
    }
}

/// The serde form of [`Money`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMoney {
    amount: FigureText,
    currency: String,
}

#[cfg(feature = "serde")]
impl From<Money> for RawMoney {
    fn from(m: Money) -> Self {
        Self { amount: FigureText(m.amount.to_string()), currency: m.currency.code().to_owned() }
    }
}

#[cfg(feature = "serde")]
impl TryFrom<RawMoney> for Money {
    type Error = ParseQuantityError;
    fn try_from(raw: RawMoney) -> Result<Self, Self::Error> {
        let text = raw.amount.0;
        let amount = canonical_figure(&text)?;
        let currency = Currency::from_code(&raw.currency)
            .ok_or_else(|| ParseQuantityError::unknown_currency(&raw.currency, &raw.currency))?;
        Self::new(amount, currency).map_err(|source| ParseQuantityError::invalid(&text, source))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lit_builds_the_amount() {
        const COPOLAD_III: Money = Money::lit(15_000_000, 0, Currency::EUR);
        assert_eq!(COPOLAD_III.to_string(), "15,000,000 EUR");
        assert_eq!(Money::lit(150, 2, Currency::USD).to_string(), "1.50 USD");
    }
}
