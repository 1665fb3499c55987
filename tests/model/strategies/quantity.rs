//! Strategies for quantities, units, qualifiers, money and Council document references.

use eu_celac_drugs::model::document::MAX_DOCUMENT_NUMBER;
use eu_celac_drugs::{Bound, Currency, Dimension, DocumentRef, DocumentSeries, Money, Qualifier, Quantity, Unit};
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

/// The largest mantissa a `Decimal` holds: 2^96 - 1.
pub const MAX_MANTISSA: i128 = (1 << 96) - 1;

/// The currencies these strategies use (the ones the report states).
pub fn any_report_currency() -> impl Strategy<Value = Currency> {
    select(vec![Currency::EUR, Currency::USD])
}

/// Any qualifier.
pub fn any_qualifier() -> impl Strategy<Value = Qualifier> {
    select(Qualifier::iter().collect::<Vec<_>>())
}

/// Any bound.
pub fn any_bound() -> impl Strategy<Value = Bound> {
    select(Bound::iter().collect::<Vec<_>>())
}

/// Any unit: the non-monetary ones and the report's currencies.
pub fn any_unit() -> impl Strategy<Value = Unit> {
    prop_oneof![select(Unit::NON_MONETARY.to_vec()), any_report_currency().prop_map(Unit::Currency),]
}

/// Any unit of mass.
pub fn any_mass_unit() -> impl Strategy<Value = Unit> {
    select(vec![Unit::MetricTon, Unit::Kilogram, Unit::Gram])
}

/// Any dimension.
pub fn any_dimension() -> impl Strategy<Value = Dimension> {
    any_unit().prop_map(Unit::dimension)
}

/// Figures as the report writes them: up to seven digits with up to three decimals.
pub fn any_decimal_small() -> impl Strategy<Value = Decimal> {
    (1_i64..10_000_000, 0_u32..=3).prop_map(|(m, s)| Decimal::new(m, s))
}

/// Any positive decimal, across the whole range of mantissas and scales (0 to 28).
pub fn any_decimal_positive() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        3 => any_decimal_small(),
        1 => (1_i128..=MAX_MANTISSA, 0_u32..=28)
            .prop_map(|(m, s)| Decimal::from_i128_with_scale(m, s)),
        1 => (0_u32..=28).prop_map(|s| Decimal::from_i128_with_scale(MAX_MANTISSA, s)),
    ]
}

/// Zero or a negative decimal, of any scale.
pub fn any_decimal_not_positive() -> impl Strategy<Value = Decimal> {
    (-MAX_MANTISSA..=0, 0_u32..=28).prop_map(|(m, s)| Decimal::from_i128_with_scale(m, s))
}

/// A quantity with the given value strategy (a half always has the value 0.5).
fn quantity_from(
    value: impl Strategy<Value = Decimal>,
    unit: impl Strategy<Value = Unit>,
) -> impl Strategy<Value = Quantity> {
    (value, unit, any_qualifier()).prop_map(|(v, u, q)| match q {
        Qualifier::Half => Quantity::half(u),
        q => Quantity::new(v, u, q).unwrap(),
    })
}

/// Any valid quantity.
pub fn any_quantity() -> impl Strategy<Value = Quantity> {
    quantity_from(any_decimal_positive(), any_unit())
}

/// A quantity of the size the report states, in any unit.
pub fn any_quantity_small() -> impl Strategy<Value = Quantity> {
    quantity_from(any_decimal_small(), any_unit())
}

/// A quantity of mass of the size the report states.
pub fn any_mass_quantity() -> impl Strategy<Value = Quantity> {
    quantity_from(any_decimal_small(), any_mass_unit())
}

/// Two quantities of the same dimension (any size).
pub fn any_same_dimension_pair() -> impl Strategy<Value = (Quantity, Quantity)> {
    prop_oneof![
        (
            quantity_from(any_decimal_positive(), any_mass_unit()),
            quantity_from(any_decimal_positive(), any_mass_unit())
        ),
        any_unit().prop_flat_map(|u| (
            quantity_from(any_decimal_positive(), Just(u)),
            quantity_from(any_decimal_positive(), Just(u))
        )),
    ]
}

/// Any valid amount of money.
pub fn any_money() -> impl Strategy<Value = Money> {
    (any_decimal_positive(), any_report_currency()).prop_map(|(a, c)| Money::new(a, c).unwrap())
}

/// The earlier compact text of a quantity, which `FromStr` still reads: the qualifier's phrase,
/// the figure without separators and the unit symbol (`more than 2000 piece`, `half a t`,
/// `6 count`, `about 60000000 EUR`).
pub fn compact_text(q: &Quantity) -> String {
    match (q.qualifier(), q.qualifier().phrase()) {
        (Qualifier::Half, _) => format!("half a {}", q.unit().symbol()),
        (_, Some(phrase)) => format!("{phrase} {} {}", q.value(), q.unit().symbol()),
        (_, None) => format!("{} {}", q.value(), q.unit().symbol()),
    }
}

/// The earlier text of an amount of money, which `FromStr` still reads: `EUR 15000000`.
pub fn compact_money_text(m: &Money) -> String {
    format!("{} {}", m.currency().code(), m.amount())
}

/// Any document series.
pub fn any_document_series() -> impl Strategy<Value = DocumentSeries> {
    select(DocumentSeries::iter().collect::<Vec<_>>())
}

/// Any valid Council document reference, with its year written in two or four digits.
pub fn any_document_ref() -> impl Strategy<Value = DocumentRef> {
    let year = prop_oneof![(2000_u16..=2099).prop_map(|y| (y, 2_u8)), (1900_u16..=2099).prop_map(|y| (y, 4_u8))];
    (any_document_series(), 1..=MAX_DOCUMENT_NUMBER, year)
        .prop_map(|(s, n, (y, d))| DocumentRef::new(s, n, y, d).unwrap())
}
