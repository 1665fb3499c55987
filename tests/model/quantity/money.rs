//! Amounts of money: the report's budgets, validation, arithmetic, round trips.

use std::cmp::Ordering;

use eu_celac_drugs::model::quantity::ParseQuantityError;
use eu_celac_drugs::{Currency, Money, Quantity, QuantityError, Unit, ValidationError};
use proptest::prelude::*;
use rust_decimal::Decimal;

use super::{dec, rescaled};
use crate::strategies::quantity::{any_decimal_not_positive, any_money, any_report_currency, compact_money_text};

#[test]
fn money_of_the_report() {
    // "with a budget of EUR 15 million", "with a total budget of EUR 10 000 000"
    let copolad_iii: Money = "15,000,000 EUR".parse().unwrap();
    assert_eq!(copolad_iii, Money::new(dec("15000000"), Currency::EUR).unwrap());
    assert_eq!((copolad_iii.amount(), copolad_iii.currency()), (dec("15000000"), Currency::EUR));
    assert_eq!(copolad_iii.to_string(), "15,000,000 EUR");
    let copolad_ii: Money = "EUR 10,000,000".parse().unwrap();
    assert_eq!(copolad_ii.to_string(), "10,000,000 EUR");
    assert_eq!(copolad_iii.checked_add(&copolad_ii).unwrap().to_string(), "25,000,000 EUR");
    // "28.2 million undeclared US dollars"
    let usd = Money::new(dec("28200000"), Currency::USD).unwrap();
    assert_eq!(usd.to_string(), "28,200,000 USD");
    assert_eq!(
        copolad_ii.checked_add(&usd),
        Err(QuantityError::CurrencyMismatch { left: Currency::EUR, right: Currency::USD })
    );
    let as_quantity = Quantity::from(copolad_ii);
    assert_eq!(as_quantity.to_string(), "10,000,000 EUR");
    assert_eq!(as_quantity.to_string(), copolad_ii.to_string());
    assert_eq!(as_quantity.unit(), Unit::Currency(Currency::EUR));
    assert_eq!(Money::try_from(as_quantity).unwrap(), copolad_ii);
    // "around EUR 60 million" is a qualified figure: a Quantity, which Money cannot hold
    let gifp: Quantity = "about 60,000,000 EUR".parse().unwrap();
    assert!(matches!(Money::try_from(gifp), Err(ValidationError::Inconsistent { field: "qualifier", .. })));
    let err = "around EUR 60,000,000".parse::<Money>().unwrap_err();
    assert!(err.to_string().contains("money holds no qualifier"), "{err}");
    let kg: Quantity = "17 kg".parse().unwrap();
    assert!(matches!(Money::try_from(kg), Err(ValidationError::WrongUnit { field: "unit", .. })));
}

#[test]
fn forms_money_reads() {
    let eur = |s: &str| Money::new(dec(s), Currency::EUR).unwrap();
    for (text, expected) in [
        ("EUR 15000000", eur("15000000")),
        ("EUR 15,000,000", eur("15000000")),
        ("15000000 EUR", eur("15000000")),
        ("15,000,000 EUR", eur("15000000")),
        ("EUR 10000000.00", eur("10000000.00")),
        ("  EUR   1 ", eur("1")),
        ("EUR 0.5", eur("0.5")),
    ] {
        assert_eq!(text.parse::<Money>().unwrap(), expected, "{text}");
    }
    for bad in [
        "EUR 10 000 000",
        "EUR15000000",
        "eur 1",
        "1 eur",
        "ZZZ 1",
        "1 kg",
        "EUR 1.",
        "EUR 1e6",
        "EUR 15 million",
        "about 1 EUR",
        "half a EUR",
        "EUR",
        "1",
        "",
    ] {
        let err = bad.parse::<Money>().unwrap_err();
        assert_eq!(err.input(), bad);
    }
}

#[test]
fn errors_say_what_is_wrong() {
    let message = |s: &str| s.parse::<Money>().unwrap_err().to_string();
    for not_positive in ["EUR -1", "-1 EUR", "EUR 0", "0.00 USD", "-1,000 EUR"] {
        let err = not_positive.parse::<Money>().unwrap_err();
        assert!(
            matches!(
                &err,
                ParseQuantityError::Invalid { source: ValidationError::NotPositive { field: "amount", .. }, .. }
            ),
            "{not_positive}: {err:?}"
        );
        assert!(err.to_string().contains("amount must be positive"), "{err}");
    }
    assert_eq!(message("EUR -3"), "\"EUR -3\": amount must be positive, got -3");
    assert!(Money::new(dec("-3"), Currency::EUR).unwrap_err().to_string().contains("must be positive"));
    assert!(message("EUR 1,5").contains("\"1,5\" is not a figure"));
    assert!(message("ZZZ 1").contains("\"ZZZ\" is not an ISO 4217 currency code"));
    assert!(message("1 eur").contains("\"eur\" is not an ISO 4217 currency code"));
    assert!(message(&format!("EUR 1{}", "0".repeat(40))).contains("out of range"));
    let huge = format!("EUR {}", "9".repeat(1 << 20));
    assert!(message(&huge).len() < 600);
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
    assert_eq!(m2.to_string(), "1.00 EUR");
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
        r#"{"amount": "1,000", "currency": "EUR"}"#,
        r#"{"amount": "1", "currency": "eur"}"#,
    ] {
        assert!(from_str::<Money>(bad).is_err(), "{bad}");
    }
    for (bad, says) in [
        (r#"{"amount": "-5", "currency": "EUR"}"#, "amount must be positive, got -5"),
        (r#"{"amount": "0", "currency": "EUR"}"#, "amount must be positive, got 0"),
        (r#"{"amount": "1,000", "currency": "EUR"}"#, "\"1,000\" is not a figure"),
        (r#"{"amount": "1", "currency": "ZZZ"}"#, "\"ZZZ\" is not an ISO 4217 currency code"),
        (r#"{"amount": "1", "currency": "eur"}"#, "\"eur\" is not an ISO 4217 currency code"),
    ] {
        let message = from_str::<Money>(bad).unwrap_err().to_string();
        assert!(message.contains(says), "{bad}: {message}");
    }
}

proptest! {
    #[test]
    fn text_round_trips(m in any_money()) {
        let text = m.to_string();
        let back: Money = text.parse().unwrap();
        prop_assert_eq!(back, m);
        prop_assert_eq!(back.amount().scale(), m.amount().scale());
        prop_assert_eq!(back.to_string(), text.clone());
        // the same text as the amount as a Quantity, which reads it back as that Quantity
        prop_assert_eq!(Quantity::from(m).to_string(), text.clone());
        prop_assert_eq!(text.parse::<Quantity>().unwrap(), Quantity::from(m));
        // the earlier text form, code first without separators, still reads the same amount
        prop_assert_eq!(compact_money_text(&m).parse::<Money>().unwrap(), m);
        prop_assert!(text.ends_with(m.currency().code()));
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
    fn near_misses_round_trip_or_fail(s in "(EUR|USD|eur|ZZZ)? ?-?0?[0-9]{0,8}[.,]?[0-9]{0,3} ?(EUR|USD|eur)?") {
        match s.parse::<Money>() {
            Ok(m) => {
                prop_assert_eq!(m.to_string().parse::<Money>().unwrap(), m);
                let typed: String = s.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
                prop_assert_eq!(typed, m.amount().to_string());
            }
            Err(e) => prop_assert_eq!(e.input(), s.as_str()),
        }
    }
}
