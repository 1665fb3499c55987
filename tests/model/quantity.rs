//! Quantities, money and Council document references: the report's figures, round trips,
//! exact conversions, bounds of sums, validation, and parsers that never panic.

use std::cmp::Ordering;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use eu_celac_drugs::model::quantity::{ParseQuantityError, Total};
use eu_celac_drugs::{Bound, Currency, Dimension, Money, Qualifier, Quantity, QuantityError, Unit, ValidationError};
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::strategies::quantity::{
    any_bound, any_decimal_not_positive, any_mass_quantity, any_qualifier, any_quantity, any_same_dimension_pair,
    any_unit, compact_text,
};

mod document;
mod money;
mod positive;
mod text;

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn q(value: &str, unit: Unit, qualifier: Qualifier) -> Quantity {
    Quantity::new(dec(value), unit, qualifier).unwrap()
}

fn hash_of<T: Hash>(t: &T) -> u64 {
    let mut h = DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

/// The same figure with one more decimal place: equal in value, different as written.
fn rescaled(d: Decimal) -> Option<Decimal> {
    Decimal::try_from_i128_with_scale(d.mantissa().checked_mul(10)?, d.scale() + 1).ok()
}

/// Checks that `text` parses to `expected` and that `expected` displays as `text`, and that the
/// earlier compact text still parses to `expected`.
fn parses_as(text: &str, expected: Quantity) {
    assert_eq!(text.parse::<Quantity>().unwrap(), expected, "{text}");
    assert_eq!(expected.to_string(), text);
    assert_eq!(compact_text(&expected).parse::<Quantity>().unwrap(), expected, "{}", compact_text(&expected));
}

// ---- the report's figures -------------------------------------------------------------------

#[test]
fn figures_of_aircop_2021() {
    // "over 9.6 tons of cocaine"
    let cocaine = q("9.6", Unit::MetricTon, Qualifier::Over);
    parses_as("over 9.6 t", cocaine);
    assert_eq!("over 9.6 tons".parse::<Quantity>().unwrap(), cocaine);
    assert_eq!(cocaine.bound(), Bound::AtLeast);
    assert_eq!(cocaine.to_base().unwrap(), q("9600", Unit::Kilogram, Qualifier::Over));
    // "half a ton of heroin": 0.5 t, exactly; 500 kg, exact, in kilograms
    let heroin = Quantity::half(Unit::MetricTon);
    parses_as("half a ton", heroin);
    assert_eq!("half a t".parse::<Quantity>().unwrap(), heroin);
    assert_eq!(heroin.value(), dec("0.5"));
    assert_eq!(heroin.bound(), Bound::Exact);
    assert_eq!(heroin, q("0.5", Unit::MetricTon, Qualifier::Half));
    assert_eq!(heroin.to_base().unwrap(), q("500", Unit::Kilogram, Qualifier::Exact));
    // "137 kg of amphetamine", "1.5 ton of precursors"
    parses_as("137 kg", q("137", Unit::Kilogram, Qualifier::Exact));
    let precursors = q("1.5", Unit::MetricTon, Qualifier::Exact);
    parses_as("1.5 t", precursors);
    assert_eq!("1.5 ton".parse::<Quantity>().unwrap(), precursors);
    assert_eq!(precursors.bound(), Bound::Exact);
    assert_eq!(precursors.convert_to(Unit::Gram).unwrap().value(), dec("1500000"));
    // "28.2 million undeclared US dollars"
    let dollars = q("28200000", Unit::Currency(Currency::USD), Qualifier::Exact);
    parses_as("28,200,000 USD", dollars);
    assert_eq!("USD 28,200,000".parse::<Quantity>().unwrap(), dollars);
    assert_eq!(dollars.dimension(), Dimension::Currency(Currency::USD));
    assert_eq!(Money::try_from(dollars).unwrap(), Money::new(dec("28200000"), Currency::USD).unwrap());
    // "more than two thousand pieces of various ammunition"
    let ammunition = q("2000", Unit::Piece, Qualifier::MoreThan);
    parses_as("more than 2,000 pieces", ammunition);
    assert_eq!("more than 2000 piece".parse::<Quantity>().unwrap(), ammunition);
    assert_eq!(ammunition.bound(), Bound::AtLeast);
    // "almost 2 tons of pangolin scales"
    let scales = q("2", Unit::MetricTon, Qualifier::Almost);
    parses_as("almost 2 t", scales);
    assert_eq!(scales.bound(), Bound::AtMost);
    // "Six wanted persons"
    parses_as("6", q("6", Unit::Count, Qualifier::Exact));
    // "1 ton of ivory"
    parses_as("1 t", q("1", Unit::MetricTon, Qualifier::Exact));
    assert_eq!("1 ton".parse::<Quantity>().unwrap(), q("1", Unit::MetricTon, Qualifier::Exact));
}

#[test]
fn figures_of_crimjust_and_others() {
    // "17kg of cocaine, 965 grams of amphetamine"
    parses_as("17 kg", q("17", Unit::Kilogram, Qualifier::Exact));
    assert_eq!("17kg".parse::<Quantity>().unwrap(), q("17", Unit::Kilogram, Qualifier::Exact));
    let amphetamine = q("965", Unit::Gram, Qualifier::Exact);
    parses_as("965 g", amphetamine);
    assert_eq!("965 grams".parse::<Quantity>().unwrap(), amphetamine);
    assert_eq!(amphetamine.to_base().unwrap().to_string(), "0.965 kg");
    // "5000 litres of liquid substances": litre is its own base
    let liquid = q("5000", Unit::Litre, Qualifier::Exact);
    parses_as("5,000 litres", liquid);
    assert_eq!("5000 litres".parse::<Quantity>().unwrap(), liquid);
    assert_eq!(liquid.to_base().unwrap(), liquid);
    assert!(matches!(liquid.convert_to(Unit::Kilogram), Err(QuantityError::IncompatibleUnits { .. })));
    // "13 labs", "287 arrests", "over 200 stakeholders", "more than 40 countries"
    parses_as("13", q("13", Unit::Count, Qualifier::Exact));
    parses_as("287", q("287", Unit::Count, Qualifier::Exact));
    let stakeholders = q("200", Unit::Count, Qualifier::Over);
    parses_as("over 200", stakeholders);
    assert_eq!(stakeholders.bound(), Bound::AtLeast);
    parses_as("more than 40", q("40", Unit::Count, Qualifier::MoreThan));
    // "around EUR 60 million": a qualified amount is a Quantity, not Money
    let gifp = q("60000000", Unit::Currency(Currency::EUR), Qualifier::About);
    parses_as("about 60,000,000 EUR", gifp);
    assert_eq!("around EUR 60,000,000".parse::<Quantity>().unwrap(), gifp);
    assert_eq!(gifp.bound(), Bound::Approximate);
    assert!(matches!(Money::try_from(gifp), Err(ValidationError::Inconsistent { field: "qualifier", .. })));
    assert!(matches!(Money::try_from(liquid), Err(ValidationError::WrongUnit { field: "unit", .. })));
}

#[test]
fn totals_of_the_report_carry_their_bound() {
    // AIRCOP's "over 9.6 tons" with SEACOP's "2 tons" and "648 kg" of cocaine: at least 12.248 t
    let figures = [
        q("9.6", Unit::MetricTon, Qualifier::Over),
        q("2", Unit::MetricTon, Qualifier::Exact),
        q("648", Unit::Kilogram, Qualifier::Exact),
    ];
    let total = Total::sum(Unit::MetricTon, &figures).unwrap();
    assert_eq!((total.value(), total.bound(), total.terms()), (dec("12.248"), Bound::AtLeast, 3));
    assert_eq!(total.to_string(), "at least 12.248 t");
    assert_eq!(Total::sum(Unit::Kilogram, &figures).unwrap().to_string(), "at least 12,248 kg");
    assert_eq!(total.to_quantity().unwrap().to_string(), "over 12.248 t");
    let via_add = figures[0].checked_add(&figures[1]).unwrap().checked_add(&figures[2]).unwrap();
    assert_eq!(via_add.to_string(), "over 12.248 t");
    // with "almost 2 tons" of pangolin scales, no single qualifier states the bound
    let scales = q("2", Unit::MetricTon, Qualifier::Almost);
    let mixed = total.checked_add(&scales).unwrap();
    assert_eq!((mixed.bound(), mixed.to_string()), (Bound::Mixed, "14.248 t (mixed bounds)".to_owned()));
    assert_eq!(mixed.to_quantity(), None);
    assert_eq!(
        via_add.checked_add(&scales),
        Err(QuantityError::MixedBounds { left: Qualifier::Over, right: Qualifier::Almost })
    );
    assert_eq!(Total::empty(Unit::Kilogram).to_string(), "0 kg");
    assert_eq!(Total::empty(Unit::Piece).to_string(), "0 pieces");
    assert_eq!(Total::empty(Unit::Count).to_string(), "0");
    // counts are bare figures, pieces and litres words, currencies codes
    let arrests = [q("287", Unit::Count, Qualifier::Exact), q("13", Unit::Count, Qualifier::Exact)];
    assert_eq!(Total::sum(Unit::Count, &arrests).unwrap().to_string(), "300");
    let pieces = [q("2000", Unit::Piece, Qualifier::MoreThan), q("1", Unit::Piece, Qualifier::Exact)];
    assert_eq!(Total::sum(Unit::Piece, &pieces).unwrap().to_string(), "at least 2,001 pieces");
    assert_eq!(Total::from(q("1", Unit::Litre, Qualifier::Almost)).to_string(), "at most 1 litre");
    let eur = q("60000000", Unit::Currency(Currency::EUR), Qualifier::About);
    assert_eq!(Total::from(eur).to_string(), "about 60,000,000 EUR");
    assert_eq!(Total::empty(Unit::Kilogram).to_quantity(), None);
    assert!(Total::sum(Unit::Kilogram, &[q("5000", Unit::Litre, Qualifier::Exact)]).is_err());
}

// ---- qualifiers and bounds ------------------------------------------------------------------

#[test]
fn bound_combination_is_a_join() {
    for a in Bound::iter() {
        assert_eq!(a.combine(Bound::Exact), a);
        assert_eq!(a.combine(a), a);
        assert_eq!(a.combine(Bound::Mixed), Bound::Mixed);
        for b in Bound::iter() {
            assert_eq!(a.combine(b), b.combine(a));
            for c in Bound::iter() {
                assert_eq!(a.combine(b).combine(c), a.combine(b.combine(c)));
            }
        }
    }
    assert_eq!(Bound::AtLeast.combine(Bound::AtMost), Bound::Mixed);
    assert_eq!(Bound::Approximate.combine(Bound::AtLeast), Bound::Mixed);
}

#[test]
fn qualifier_combination_states_the_combined_bound() {
    for a in Qualifier::iter() {
        for b in Qualifier::iter() {
            let combined = a.bound().combine(b.bound());
            assert_eq!(a.combine(b), b.combine(a));
            match a.combine(b) {
                Some(c) => {
                    assert_eq!(c.bound(), combined, "{a} + {b}");
                    assert_ne!(c, Qualifier::Half, "a sum is never a half");
                }
                None => assert_eq!(combined, Bound::Mixed, "{a} + {b}"),
            }
        }
    }
    assert_eq!(Qualifier::MoreThan.combine(Qualifier::MoreThan), Some(Qualifier::MoreThan));
    assert_eq!(Qualifier::Over.combine(Qualifier::MoreThan), Some(Qualifier::Over));
    assert_eq!(Qualifier::About.combine(Qualifier::Half), Some(Qualifier::About));
}

#[test]
fn qualifier_and_bound_text() {
    assert_eq!(Qualifier::MoreThan.to_string(), "more_than");
    assert_eq!(Qualifier::MoreThan.as_ref(), "more_than");
    assert_eq!(Bound::AtLeast.to_string(), "at_least");
    for qualifier in Qualifier::iter() {
        assert_eq!(qualifier.to_string().parse::<Qualifier>().unwrap(), qualifier);
        assert_eq!(Qualifier::for_bound(qualifier.bound()).map(Qualifier::bound), Some(qualifier.bound()));
    }
    for b in Bound::iter() {
        assert_eq!(b.to_string().parse::<Bound>().unwrap(), b);
    }
    assert!("More than".parse::<Qualifier>().is_err());
}

// ---- validation ------------------------------------------------------------------------------

#[test]
fn zero_and_half_rules() {
    assert_eq!(
        Quantity::new(Decimal::ZERO, Unit::Kilogram, Qualifier::Exact),
        Err(ValidationError::NotPositive { field: "value", value: "0".to_owned() })
    );
    for not_half in ["0.50", "1", "0.6"] {
        assert!(matches!(
            Quantity::new(dec(not_half), Unit::MetricTon, Qualifier::Half),
            Err(ValidationError::Inconsistent { field: "qualifier", .. })
        ));
    }
    let zero = "0 t".parse::<Quantity>().unwrap_err();
    assert!(matches!(&zero, ParseQuantityError::Invalid { source: ValidationError::NotPositive { .. }, .. }));
    assert_eq!(zero.input(), "0 t");
    let not_half = "about half a ton".parse::<Quantity>().unwrap();
    assert_eq!((not_half.qualifier(), not_half.value()), (Qualifier::About, dec("0.5")));
    assert!("kilo".parse::<Unit>().is_err() && "".parse::<Unit>().is_err());
    assert!("weight".parse::<Dimension>().is_err());
}

#[test]
fn equality_is_of_the_figure_as_written() {
    let a = q("1.5", Unit::MetricTon, Qualifier::Exact);
    let b = q("1.50", Unit::MetricTon, Qualifier::Exact);
    assert_ne!(a, b);
    assert_eq!(a.value(), b.value());
    assert_eq!(a.cmp(&b), Ordering::Less);
    assert_eq!(b.to_string(), "1.50 t");
    assert_ne!(q("1", Unit::MetricTon, Qualifier::Exact), q("1000", Unit::Kilogram, Qualifier::Exact));
}

#[test]
fn huge_values_overflow_without_panic() {
    let huge = Quantity::new(Decimal::MAX, Unit::MetricTon, Qualifier::Over).unwrap();
    assert_eq!(
        huge.convert_to(Unit::Gram),
        Err(QuantityError::Overflow { value: Decimal::MAX, from: Unit::MetricTon, to: Unit::Gram })
    );
    let tiny = Quantity::new(Decimal::new(1, 28), Unit::Gram, Qualifier::Exact).unwrap();
    assert!(matches!(tiny.convert_to(Unit::MetricTon), Err(QuantityError::Overflow { .. })));
    assert!(matches!(huge.checked_add(&huge), Err(QuantityError::SumOverflow { .. })));
}

// ---- serde -----------------------------------------------------------------------------------

#[cfg(feature = "serde")]
#[test]
fn json_forms_and_invalid_json() {
    use serde_json::{from_str, json, to_value};
    let cocaine = q("9.6", Unit::MetricTon, Qualifier::Over);
    assert_eq!(to_value(cocaine).unwrap(), json!({"value": "9.6", "unit": "t", "qualifier": "over"}));
    assert_eq!(to_value(Unit::Currency(Currency::USD)).unwrap(), json!("USD"));
    assert_eq!(to_value(Dimension::Mass).unwrap(), json!("mass"));
    assert_eq!(to_value(Qualifier::MoreThan).unwrap(), json!("more_than"));
    let total = Total::from(cocaine);
    assert_eq!(to_value(total).unwrap(), json!({"value": "9.6", "unit": "t", "bound": "at_least", "terms": 1}));

    for bad in [
        r#"{"value": "0", "unit": "t", "qualifier": "over"}"#,
        r#"{"value": "-1", "unit": "t", "qualifier": "exact"}"#,
        r#"{"value": 9.6, "unit": "t", "qualifier": "over"}"#,
        r#"{"value": "9.6x", "unit": "t", "qualifier": "over"}"#,
        r#"{"value": "1e3", "unit": "t", "qualifier": "over"}"#,
        r#"{"value": "9.6", "unit": "ton", "qualifier": "over"}"#,
        r#"{"value": "9.6", "unit": "t", "qualifier": "Over"}"#,
        r#"{"value": "0.50", "unit": "t", "qualifier": "half"}"#,
        r#"{"value": "9.6", "unit": "t"}"#,
        r#"{"value": "9.6", "unit": "t", "qualifier": "over", "note": 1}"#,
        r#""over 9.6 t""#,
    ] {
        assert!(from_str::<Quantity>(bad).is_err(), "{bad}");
    }
    assert!(from_str::<Unit>(r#""kilo""#).is_err());
    assert!(from_str::<Dimension>(r#""weight""#).is_err());
}

// ---- properties ------------------------------------------------------------------------------

proptest! {
    #[test]
    fn unit_dimension_qualifier_text_round_trips(u in any_unit(), qualifier in any_qualifier(), b in any_bound()) {
        prop_assert_eq!(u.to_string().parse::<Unit>().unwrap(), u);
        prop_assert_eq!(u.symbol(), u.to_string());
        let d = u.dimension();
        prop_assert_eq!(d.to_string().parse::<Dimension>().unwrap(), d);
        prop_assert_eq!(d.base_unit().dimension(), d);
        prop_assert_eq!(qualifier.to_string().parse::<Qualifier>().unwrap(), qualifier);
        prop_assert_eq!(b.to_string().parse::<Bound>().unwrap(), b);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn json_round_trips(q in any_quantity(), u in any_unit(), qualifier in any_qualifier(), b in any_bound()) {
        use serde_json::{from_str, to_string};
        let back: Quantity = from_str(&to_string(&q).unwrap()).unwrap();
        prop_assert_eq!(back, q);
        prop_assert_eq!(from_str::<Unit>(&to_string(&u).unwrap()).unwrap(), u);
        prop_assert_eq!(from_str::<Dimension>(&to_string(&u.dimension()).unwrap()).unwrap(), u.dimension());
        prop_assert_eq!(from_str::<Qualifier>(&to_string(&qualifier).unwrap()).unwrap(), qualifier);
        prop_assert_eq!(from_str::<Bound>(&to_string(&b).unwrap()).unwrap(), b);
    }

    #[test]
    fn mass_conversions_round_trip_exactly(q in any_mass_quantity()) {
        let kg = q.to_base().unwrap();
        let t = kg.convert_to(Unit::MetricTon).unwrap();
        let g = t.convert_to(Unit::Gram).unwrap();
        let back = g.convert_to(q.unit()).unwrap();
        prop_assert_eq!(back.value(), q.value());
        prop_assert_eq!(g.value(), kg.value() * Decimal::from(1000));
        prop_assert_eq!(t.value() * Decimal::from(1000), kg.value());
        prop_assert_eq!(back.bound(), q.bound());
        // a half is 0.5 of its own unit only: after the trip through the other units it is exact
        prop_assert_eq!(back.qualifier(), if q.qualifier() == Qualifier::Half { Qualifier::Exact } else { q.qualifier() });
    }

    #[test]
    fn conversions_never_panic_and_never_cross_dimensions(q in any_quantity(), to in any_unit()) {
        match q.convert_to(to) {
            Ok(c) => {
                prop_assert_eq!(c.unit(), to);
                prop_assert_eq!(c.dimension(), q.dimension());
                prop_assert_eq!(c.bound(), q.bound());
                prop_assert!(c.value() > Decimal::ZERO);
                // converting back is exact whenever it fits
                if let Ok(back) = c.convert_to(q.unit()) {
                    prop_assert_eq!(back.value(), q.value());
                }
            }
            Err(QuantityError::IncompatibleUnits { from, to: t }) => {
                prop_assert_ne!(q.dimension(), to.dimension());
                prop_assert_eq!((from, t), (q.unit(), to));
            }
            Err(QuantityError::Overflow { value, from, to: t }) => {
                prop_assert_eq!((value, from, t), (q.value(), q.unit(), to));
                prop_assert_eq!(q.dimension(), Dimension::Mass);
            }
            Err(e) => prop_assert!(false, "unexpected {e}"),
        }
    }

    #[test]
    fn addition_is_commutative_in_value((a, b) in any_same_dimension_pair()) {
        let (ab, ba) = (a.checked_add(&b), b.checked_add(&a));
        prop_assert_eq!(ab.is_err() && matches!(ab, Err(QuantityError::MixedBounds { .. })),
                        ba.is_err() && matches!(ba, Err(QuantityError::MixedBounds { .. })));
        if let (Ok(ab), Ok(ba)) = (ab, ba) {
            prop_assert_eq!(ab.unit(), a.unit());
            prop_assert_eq!(ba.unit(), b.unit());
            prop_assert_eq!(ab.qualifier(), ba.qualifier());
            prop_assert_eq!(ab.bound(), a.bound().combine(b.bound()));
            if let Ok(ba_in_a) = ba.convert_to(a.unit()) {
                prop_assert_eq!(ab.value(), ba_in_a.value());
            }
            prop_assert!(ab.value() > a.value().max(b.convert_to(a.unit()).unwrap().value()));
        }
    }

    #[test]
    fn addition_never_mixes_dimensions(a in any_quantity(), b in any_quantity()) {
        if a.dimension() != b.dimension() {
            prop_assert_eq!(a.checked_add(&b), Err(QuantityError::IncompatibleUnits { from: b.unit(), to: a.unit() }));
            prop_assert!(Total::from(a).checked_add(&b).is_err());
        }
    }

    #[test]
    fn totals_sum_values_and_combine_bounds(figures in proptest::collection::vec(any_mass_quantity(), 0..8)) {
        let total = Total::sum(Unit::Gram, &figures).unwrap();
        let mut value = Decimal::ZERO;
        let mut bound = Bound::Exact;
        for f in &figures {
            value += f.convert_to(Unit::Gram).unwrap().value();
            bound = bound.combine(f.bound());
        }
        prop_assert_eq!(total.value(), value);
        prop_assert_eq!(total.bound(), bound);
        prop_assert_eq!(total.terms() as usize, figures.len());
        if let Some(as_q) = total.to_quantity() {
            prop_assert_eq!(as_q.bound(), bound);
            prop_assert_eq!(as_q.value(), value);
        }
    }

    #[test]
    fn not_positive_values_are_rejected(v in any_decimal_not_positive(), u in any_unit(), qualifier in any_qualifier()) {
        let expected = ValidationError::NotPositive { field: "value", value: v.to_string() };
        prop_assert_eq!(Quantity::new(v, u, qualifier), Err(expected));
    }

    #[test]
    fn eq_ord_hash_agree(a in any_quantity(), b in any_quantity()) {
        prop_assert_eq!(a == b, a.cmp(&b) == Ordering::Equal);
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        let copy = a;
        prop_assert_eq!(hash_of(&copy), hash_of(&a));
        if let (Some(v), true) = (rescaled(a.value()), a.qualifier() != Qualifier::Half) {
            let other = Quantity::new(v, a.unit(), a.qualifier()).unwrap();
            prop_assert_eq!(other.value(), a.value());
            prop_assert_ne!(other, a);
            prop_assert_eq!(a.cmp(&other), Ordering::Less);
            prop_assert_ne!(other.to_string(), a.to_string());
        }
    }
}
