//! Amounts of money: the report's budgets, validation, arithmetic, round trips.

use std::cmp::Ordering;

use eu_celac_drugs::{Currency, Money, Quantity, QuantityError, Unit, ValidationError};
use proptest::prelude::*;
use rust_decimal::Decimal;

use super::{dec, rescaled};
use crate::strategies::quantity::{any_decimal_not_positive, any_money, any_report_currency};

#[test]
fn money_of_the_report() {
    // "with a budget of EUR 15 million", "with a total budget of EUR 10 000 000"
    let copolad_iii: Money = "EUR 15000000".parse().unwrap();
    assert_eq!(copolad_iii, Money::new(dec("15000000"), Currency::EUR).unwrap());
    assert_eq!((copolad_iii.amount(), copolad_iii.currency()), (dec("15000000"), Currency::EUR));
    let copolad_ii: Money = "EUR 10000000".parse().unwrap();
    assert_eq!(copolad_ii.to_string(), "EUR 10000000");
    assert_eq!(copolad_iii.checked_add(&copolad_ii).unwrap().to_string(), "EUR 25000000");
    // "28.2 million undeclared US dollars"
    let usd = Money::new(dec("28200000"), Currency::USD).unwrap();
    assert_eq!(
        copolad_ii.checked_add(&usd),
        Err(QuantityError::CurrencyMismatch { left: Currency::EUR, right: Currency::USD })
    );
    let as_quantity = Quantity::from(copolad_ii);
    assert_eq!(as_quantity.to_string(), "10000000 EUR");
    assert_eq!(as_quantity.unit(), Unit::Currency(Currency::EUR));
    assert_eq!(Money::try_from(as_quantity).unwrap(), copolad_ii);
    // "around EUR 60 million" is a qualified figure: a Quantity, which Money cannot hold
    let gifp: Quantity = "about 60000000 EUR".parse().unwrap();
    assert!(matches!(Money::try_from(gifp), Err(ValidationError::Inconsistent { field: "qualifier", .. })));
    let kg: Quantity = "17 kg".parse().unwrap();
    assert!(matches!(Money::try_from(kg), Err(ValidationError::WrongUnit { field: "unit", .. })));
    for bad in [
        "EUR 10 000 000",
        "EUR15000000",
        "15000000 EUR",
        "eur 1",
        "EUR -1",
        "EUR 0",
        "ZZZ 1",
        "EUR 1.",
        "EUR  1",
        " EUR 1",
        "EUR 1 ",
        "EUR 1e6",
        "EUR 15 million",
        "",
    ] {
        let err = bad.parse::<Money>().unwrap_err();
        assert_eq!(err.input(), bad);
    }
}

#[test]
fn validation_equality_and_overflow() {
    assert_eq!(
        Money::new(dec("-1.50"), Currency::EUR),
        Err(ValidationError::NotPositive { field: "amount", value: "-1.50".to_owned() })
    );
    let (m1, m2) = (Money::new(dec("1.0"), Currency::EUR).unwrap(), Money::new(dec("1.00"), Currency::EUR).unwrap());
    assert_ne!(m1, m2);
    assert_eq!(m1.amount(), m2.amount());
    assert_eq!(m1.cmp(&m2), Ordering::Less);
    assert_eq!(m2.to_string(), "EUR 1.00");
    let max = Money::new(Decimal::MAX, Currency::EUR).unwrap();
    assert!(matches!(max.checked_add(&max), Err(QuantityError::SumOverflow { .. })));
}

#[cfg(feature = "serde")]
#[test]
fn json_form_and_invalid_json() {
    use serde_json::{from_str, json, to_value};
    let budget = Money::new(dec("15000000.00"), Currency::EUR).unwrap();
    assert_eq!(to_value(budget).unwrap(), json!({"amount": "15000000.00", "currency": "EUR"}));
    for bad in [
        r#"{"amount": "0", "currency": "EUR"}"#,
        r#"{"amount": "-5", "currency": "EUR"}"#,
        r#"{"amount": 15000000, "currency": "EUR"}"#,
        r#"{"amount": "1", "currency": "ZZZ"}"#,
        r#"{"amount": "1"}"#,
        r#"{"amount": "1", "currency": "EUR", "qualifier": "about"}"#,
        r#""EUR 1""#,
    ] {
        assert!(from_str::<Money>(bad).is_err(), "{bad}");
    }
}

proptest! {
    #[test]
    fn text_round_trips(m in any_money()) {
        let back: Money = m.to_string().parse().unwrap();
        prop_assert_eq!(back, m);
        prop_assert_eq!(back.amount().scale(), m.amount().scale());
    }

    #[cfg(feature = "serde")]
    #[test]
    fn json_round_trips(m in any_money()) {
        let back: Money = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        prop_assert_eq!(back, m);
    }

    #[test]
    fn addition(a in any_money(), b in any_money()) {
        match a.checked_add(&b) {
            Ok(s) => {
                prop_assert_eq!(a.currency(), b.currency());
                prop_assert_eq!(s.amount(), a.amount() + b.amount());
                prop_assert_eq!(b.checked_add(&a).unwrap().amount(), s.amount());
            }
            Err(QuantityError::CurrencyMismatch { left, right }) => {
                prop_assert_eq!((left, right), (a.currency(), b.currency()));
                prop_assert_ne!(left, right);
            }
            Err(QuantityError::SumOverflow { .. }) => prop_assert_eq!(a.currency(), b.currency()),
            Err(e) => prop_assert!(false, "unexpected {e}"),
        }
    }

    #[test]
    fn not_positive_amounts_are_rejected(v in any_decimal_not_positive(), c in any_report_currency()) {
        let expected = ValidationError::NotPositive { field: "amount", value: v.to_string() };
        prop_assert_eq!(Money::new(v, c), Err(expected));
    }

    #[test]
    fn eq_ord_agree(m in any_money(), n in any_money()) {
        prop_assert_eq!(m == n, m.cmp(&n) == Ordering::Equal);
        prop_assert_eq!(m.cmp(&n), n.cmp(&m).reverse());
        if let Some(v) = rescaled(m.amount()) {
            let other = Money::new(v, m.currency()).unwrap();
            prop_assert_ne!(other, m);
            prop_assert_eq!(m.cmp(&other), Ordering::Less);
        }
    }

    #[test]
    fn parser_never_panics(s in "\\PC*") {
        if let Err(e) = s.parse::<Money>() {
            prop_assert_eq!(e.input(), s.as_str());
        }
    }

    #[test]
    fn near_misses_round_trip_or_fail(s in "(EUR|USD|eur|ZZZ)? ?0?[0-9]{0,8}[.,]?[0-9]{0,3}") {
        if let Ok(m) = s.parse::<Money>() {
            prop_assert_eq!(m.to_string(), s);
        }
    }
}
