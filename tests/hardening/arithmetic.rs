//! Checked arithmetic on quantities and money: values pushed to `Decimal::MAX` give a typed
//! overflow error, never a wrapped or rounded result, never a panic.

use eu_celac_drugs::{Currency, Money, Qualifier, Quantity, QuantityError, Total, Unit};
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

use crate::{MILLION, QUICK, run};

const MASS: [Unit; 3] = [Unit::MetricTon, Unit::Kilogram, Unit::Gram];

fn q(value: Decimal, unit: Unit) -> Quantity {
    Quantity::new(value, unit, Qualifier::Exact).unwrap()
}

/// The largest whole numbers a decimal holds (mantissa up to 2^96 - 1, scale 0).
fn any_huge_integer() -> impl Strategy<Value = Decimal> {
    let max = 79_228_162_514_264_337_593_543_950_335_i128;
    prop_oneof![Just(max), (1i128..=1 << 64).prop_map(move |d| max - d), (max / 2 - 1000..=max / 2 + 1000)]
        .prop_map(|m| Decimal::from_i128_with_scale(m, 0))
}

/// Positive decimals of any magnitude and scale, with many near the limits.
fn any_extreme_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        any_huge_integer(),
        (1i128..=79_228_162_514_264_337_593_543_950_335, 0u32..=28)
            .prop_map(|(m, s)| Decimal::from_i128_with_scale(m, s)),
        (1i128..1000, 25u32..=28).prop_map(|(m, s)| Decimal::from_i128_with_scale(m, s)),
    ]
}

#[test]
fn sums_at_decimal_max_are_a_typed_overflow() {
    let max = q(Decimal::MAX, Unit::Kilogram);
    let one = q(Decimal::ONE, Unit::Kilogram);
    assert!(matches!(max.checked_add(&one), Err(QuantityError::SumOverflow { unit: Unit::Kilogram, .. })));
    assert!(matches!(one.checked_add(&max), Err(QuantityError::SumOverflow { .. })));
    // A tiny fraction cannot be added exactly to the largest whole number either.
    let tiny = q(Decimal::new(1, 28), Unit::Kilogram);
    assert!(matches!(max.checked_add(&tiny), Err(QuantityError::SumOverflow { .. })));
    // Tons into grams overflow in the conversion; grams into tons convert exactly, and then the
    // sum overflows.
    let grams = q(Decimal::MAX, Unit::Gram);
    let tons = q(Decimal::MAX, Unit::MetricTon);
    assert!(matches!(
        grams.checked_add(&tons),
        Err(QuantityError::Overflow { from: Unit::MetricTon, to: Unit::Gram, .. })
    ));
    assert!(matches!(tons.checked_add(&grams), Err(QuantityError::SumOverflow { unit: Unit::MetricTon, .. })));
    // A total of many large figures stops with a typed error at the first overflow.
    // (2^96 - 1 is a multiple of 3: three thirds make exactly `Decimal::MAX`.)
    let third = q(Decimal::MAX / Decimal::from(3), Unit::Kilogram);
    let figures = vec![third; 4];
    assert!(matches!(Total::sum(Unit::Kilogram, &figures), Err(QuantityError::SumOverflow { .. })));
    assert_eq!(Total::sum(Unit::Kilogram, &figures[..3]).unwrap().value(), Decimal::MAX);
    // Money.
    let max = Money::new(Decimal::MAX, Currency::EUR).unwrap();
    let cent = Money::new(Decimal::new(1, 2), Currency::EUR).unwrap();
    assert!(matches!(max.checked_add(&cent), Err(QuantityError::SumOverflow { .. })));
    assert!(matches!(max.checked_add(&max), Err(QuantityError::SumOverflow { .. })));
    let usd = Money::new(Decimal::ONE, Currency::USD).unwrap();
    assert!(matches!(max.checked_add(&usd), Err(QuantityError::CurrencyMismatch { .. })));
}

#[test]
fn conversions_at_the_limits_are_exact_or_a_typed_overflow() {
    assert!(matches!(q(Decimal::MAX, Unit::Kilogram).convert_to(Unit::Gram), Err(QuantityError::Overflow { .. })));
    // 10^-28 g is 10^-34 t: no decimal holds it exactly.
    let tiny = q(Decimal::new(1, 28), Unit::Gram);
    assert!(matches!(tiny.convert_to(Unit::MetricTon), Err(QuantityError::Overflow { .. })));
    // The largest whole number of grams is an exact number of tons.
    let back = q(Decimal::MAX, Unit::Gram).convert_to(Unit::MetricTon).unwrap();
    assert_eq!(back.convert_to(Unit::Gram).unwrap(), q(Decimal::MAX, Unit::Gram));
}

/// Checks one sum: exact when it succeeds (for whole numbers, against `i128` arithmetic), a
/// `SumOverflow` or `Overflow` otherwise.
fn check_sum(a: Decimal, b: Decimal, ua: Unit, ub: Unit) {
    let (x, y) = (q(a, ua), q(b, ub));
    match x.checked_add(&y) {
        Ok(sum) => {
            let right = y.convert_to(ua).unwrap().value();
            assert!(sum.value() > a && sum.value() > right, "{a} + {right} gave {}", sum.value());
            if a.scale() == 0 && right.scale() == 0 {
                assert_eq!(sum.value().normalize(), Decimal::from_i128_with_scale(a.mantissa() + right.mantissa(), 0));
            }
            assert_eq!(sum.unit(), ua);
        }
        Err(QuantityError::SumOverflow { left, .. }) => assert_eq!(left, a),
        Err(QuantityError::Overflow { from, to, .. }) => assert_eq!((from, to), (ub, ua)),
        Err(e) => panic!("{a} {ua} + {b} {ub}: unexpected {e}"),
    }
    let total = Total::sum(ua, [&x, &y]);
    assert_eq!(total.as_ref().ok().map(Total::value), x.checked_add(&y).ok().map(|s| s.value()));
    let (ma, mb) = (Money::new(a, Currency::EUR).unwrap(), Money::new(b, Currency::EUR).unwrap());
    match ma.checked_add(&mb) {
        Ok(m) => assert!(m.amount() > a && m.amount() > b),
        Err(e) => assert!(matches!(e, QuantityError::SumOverflow { .. }), "{e}"),
    }
}

fn sums() -> impl Strategy<Value = (Decimal, Decimal, Unit, Unit)> {
    (any_extreme_decimal(), any_extreme_decimal(), select(MASS.to_vec()), select(MASS.to_vec()))
}

#[test]
fn sums_near_the_limits_are_exact_or_a_typed_overflow() {
    run("checked sums", QUICK, sums(), |(a, b, ua, ub)| check_sum(a, b, ua, ub));
}

#[test]
#[ignore = "a million inputs: run with `cargo test --release --test hardening -- --ignored`"]
fn a_million_sums_near_the_limits_are_exact_or_a_typed_overflow() {
    run("checked sums (10^6)", MILLION, sums(), |(a, b, ua, ub)| check_sum(a, b, ua, ub));
}
