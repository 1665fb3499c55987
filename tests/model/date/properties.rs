//! Properties of partial dates, spans, periods and durations: round trips, the order, the
//! bounds, validation, and a parser that never panics.

use std::fmt::{Debug, Display};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::str::FromStr;

use chrono::NaiveDate;
use eu_celac_drugs::ValidationError;
use eu_celac_drugs::model::date::{
    DateSpan, Duration, MAX_DURATION_AMOUNT, MAX_YEAR, MIN_YEAR, ParseDateError, PartialDate, Precision, When,
};
use proptest::prelude::*;

use crate::strategies::date::{
    any_date_span, any_duration, any_duration_unit, any_partial_date, any_when, any_year, last_day_of_month, mutated,
    span_of,
};

fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Display, then FromStr, gives the value back (and so does serde_json, with the `serde`
/// feature).
fn assert_round_trips<T>(value: &T)
where
    T: Display + FromStr + PartialEq + Debug + SerdeIfEnabled,
    T::Err: Debug,
{
    let text = value.to_string();
    assert_eq!(&text.parse::<T>().unwrap(), value, "text {text}");
    #[cfg(feature = "serde")]
    {
        let json = serde_json::to_string(value).unwrap();
        assert_eq!(json, serde_json::to_string(&text).unwrap(), "serde uses the text form");
        assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), value, "json {json}");
    }
}

#[cfg(feature = "serde")]
trait SerdeIfEnabled: serde::Serialize + serde::de::DeserializeOwned {}
#[cfg(feature = "serde")]
impl<T: serde::Serialize + serde::de::DeserializeOwned> SerdeIfEnabled for T {}
#[cfg(not(feature = "serde"))]
trait SerdeIfEnabled {}
#[cfg(not(feature = "serde"))]
impl<T> SerdeIfEnabled for T {}

/// The laws of a total order that agrees with Eq and Hash, over a small sorted sample.
fn assert_total_order<T: Ord + Hash + Debug + Clone>(mut items: Vec<T>) {
    items.sort();
    for (i, a) in items.iter().enumerate() {
        assert_eq!(a.cmp(a), std::cmp::Ordering::Equal);
        for b in items.iter().skip(i + 1) {
            // Sorted by a possibly broken order: every later item must still compare >=.
            assert!(a <= b, "{a:?} sorted before {b:?} but compares greater");
            assert_eq!(a.cmp(b), b.cmp(a).reverse(), "antisymmetry: {a:?} {b:?}");
            assert_eq!(a == b, a.cmp(b).is_eq(), "Eq agrees with Ord: {a:?} {b:?}");
            if a == b {
                assert_eq!(hash_of(a), hash_of(b), "Hash agrees with Eq: {a:?}");
            }
        }
    }
}

proptest! {
    #[test]
    fn constructors_reject_years_out_of_range(y in prop_oneof![i32::MIN..MIN_YEAR, MAX_YEAR + 1..=i32::MAX]) {
        let results = [
            PartialDate::day(y, 1, 1),
            PartialDate::month(y, 1),
            PartialDate::quarter(y, 1),
            PartialDate::early(y),
            PartialDate::year(y),
        ];
        for result in results {
            prop_assert_eq!(
                result,
                Err(ValidationError::OutOfRange { field: "year", value: i64::from(y), min: 1000, max: 9999 })
            );
        }
        if let Some(date) = NaiveDate::from_ymd_opt(y, 1, 1) {
            let rejected = matches!(PartialDate::from_date(date), Err(ValidationError::OutOfRange { field: "year", .. }));
            prop_assert!(rejected);
        }
    }

    #[test]
    fn constructors_reject_months_days_and_quarters_out_of_range(
        y in any_year(),
        bad_month in prop_oneof![Just(0u32), 13..=u32::MAX],
        bad_day in prop_oneof![Just(0u32), 32..=u32::MAX],
        bad_quarter in prop_oneof![Just(0u32), 5..=u32::MAX],
        m in 1u32..=12,
    ) {
        let month_err = ValidationError::OutOfRange { field: "month", value: i64::from(bad_month), min: 1, max: 12 };
        prop_assert_eq!(PartialDate::month(y, bad_month), Err(month_err.clone()));
        prop_assert_eq!(PartialDate::day(y, bad_month, 1), Err(month_err));
        prop_assert_eq!(
            PartialDate::day(y, m, bad_day),
            Err(ValidationError::OutOfRange { field: "day", value: i64::from(bad_day), min: 1, max: 31 })
        );
        prop_assert_eq!(
            PartialDate::quarter(y, bad_quarter),
            Err(ValidationError::OutOfRange { field: "quarter", value: i64::from(bad_quarter), min: 1, max: 4 })
        );
    }

    #[test]
    fn constructors_reject_days_the_month_lacks(
        y in any_year(),
        m in proptest::sample::select(vec![2u32, 4, 6, 9, 11]),
        extra in any::<proptest::sample::Index>(),
    ) {
        let last = last_day_of_month(y, m);
        let d = last + 1 + u32::try_from(extra.index(usize::try_from(31 - last).unwrap())).unwrap();
        prop_assert!(d <= 31);
        let rejected = matches!(
            PartialDate::day(y, m, d),
            Err(ValidationError::InvalidDate { field: "date", value }) if value == format!("{y:04}-{m:02}-{d:02}")
        );
        prop_assert!(rejected);
    }

    #[test]
    fn durations_reject_zero_and_huge_amounts(unit in any_duration_unit(), huge in MAX_DURATION_AMOUNT + 1..=u32::MAX) {
        let zero_rejected = matches!(Duration::new(0, unit), Err(ValidationError::NotPositive { field: "duration", .. }));
        prop_assert!(zero_rejected);
        let huge_rejected = matches!(
            Duration::new(huge, unit),
            Err(ValidationError::OutOfRange { field: "duration", value, .. }) if value == i64::from(huge)
        );
        prop_assert!(huge_rejected);
    }

    #[test]
    fn spans_are_checked(a in any_partial_date(), b in any_partial_date()) {
        let possible = a.earliest() <= b.latest();
        match DateSpan::new(a, b) {
            Ok(span) => {
                prop_assert!(possible);
                prop_assert_eq!((span.start(), span.end()), (a, b));
                prop_assert_eq!(When::span(a, b), Ok(When::Span(span)));
            }
            Err(err) => {
                prop_assert!(!possible);
                prop_assert_eq!(err, ValidationError::EndBeforeStart { field: "span", start: a.to_string(), end: b.to_string() });
            }
        }
    }

    // -----------------------------------------------------------------------------------
    // Text and serde round trips
    // -----------------------------------------------------------------------------------

    #[test]
    fn partial_dates_round_trip(date in any_partial_date()) {
        assert_round_trips(&date);
        let edtf = date.edtf();
        let has_edtf = date.precision().has_edtf() && !(date.precision() == Precision::Quarter && date.year_inferred());
        prop_assert_eq!(edtf.is_some(), has_edtf);
        if let Some(edtf) = edtf {
            prop_assert_eq!(edtf.parse::<PartialDate>().unwrap(), date);
            prop_assert_eq!(edtf.parse::<When>().unwrap(), When::On(date));
        }
    }

    #[test]
    fn periods_spans_and_durations_round_trip(when in any_when(), span in any_date_span(), duration in any_duration()) {
        assert_round_trips(&when);
        assert_round_trips(&span);
        assert_round_trips(&duration);
        if let Some(edtf) = when.edtf() {
            prop_assert_eq!(edtf.parse::<When>().unwrap(), when);
        }
        if let Some(edtf) = span.edtf() {
            prop_assert_eq!(edtf.parse::<DateSpan>().unwrap(), span);
        }
        prop_assert_eq!(duration.iso8601().parse::<Duration>().unwrap(), duration);
        prop_assert_eq!(format!("2021/{}", duration.iso8601()).parse::<When>().unwrap().duration(), Some(duration));
    }

    // -----------------------------------------------------------------------------------
    // Order and bounds
    // -----------------------------------------------------------------------------------

    #[test]
    fn partial_dates_are_totally_ordered(dates in proptest::collection::vec(any_partial_date(), 2..10)) {
        for a in &dates {
            for b in &dates {
                if a < b {
                    prop_assert!(a.earliest() <= b.earliest());
                    prop_assert!(a.earliest() < b.earliest() || a.latest() <= b.latest());
                }
            }
        }
        assert_total_order(dates);
    }

    #[test]
    fn periods_are_totally_ordered(whens in proptest::collection::vec(any_when(), 2..10), spans in proptest::collection::vec(any_date_span(), 2..6), durations in proptest::collection::vec(any_duration(), 2..6)) {
        for a in &whens {
            for b in &whens {
                if a < b {
                    prop_assert!(a.earliest() <= b.earliest());
                }
            }
        }
        assert_total_order(whens);
        assert_total_order(spans);
        assert_total_order(durations);
    }

    #[test]
    fn equal_bounds_and_precision_mean_equal_dates(a in any_partial_date(), b in any_partial_date()) {
        let same = (a.earliest(), a.latest(), a.precision(), a.year_inferred())
            == (b.earliest(), b.latest(), b.precision(), b.year_inferred());
        prop_assert_eq!(same, a == b);
    }

    #[test]
    fn partial_dates_contain_their_bounds(date in any_partial_date()) {
        let (earliest, latest) = (date.earliest(), date.latest());
        prop_assert!(earliest <= latest);
        prop_assert!(date.contains(earliest) && date.contains(latest));
        prop_assert!(!date.contains(earliest.pred_opt().unwrap()));
        prop_assert!(!date.contains(latest.succ_opt().unwrap()));
        prop_assert_eq!(date.date().is_some(), date.precision() == Precision::Day);
        prop_assert_eq!(date.year_value(), chrono::Datelike::year(&earliest));
    }

    #[test]
    fn periods_contain_their_bounds(when in any_when(), other in any_partial_date()) {
        let earliest = when.earliest();
        prop_assert_eq!(earliest, when.start().earliest());
        prop_assert!(when.contains(earliest) && !when.contains(earliest.pred_opt().unwrap()));
        prop_assert!(when.overlaps(earliest, earliest));
        match when.latest() {
            Some(latest) => {
                prop_assert!(earliest <= latest && when.contains(latest));
                prop_assert!(!when.contains(latest.succ_opt().unwrap()));
                prop_assert!(!when.is_open());
            }
            None => prop_assert!(when.is_open() && when.end().is_none()),
        }
        let (from, to) = (other.earliest(), other.latest());
        prop_assert_eq!(when.overlaps(from, to), when.contains(from) || when.contains(to) || (from <= earliest && earliest <= to));
        prop_assert!(!when.overlaps(to.succ_opt().unwrap(), from), "an empty range overlaps nothing");
        prop_assert_eq!(
            when.year_inferred(),
            when.start().year_inferred() || when.end().is_some_and(|end| end.year_inferred())
        );
    }

    #[test]
    fn spans_bound_their_ends(a in any_partial_date(), b in any_partial_date()) {
        let span = span_of(a, b);
        prop_assert!(span.earliest() <= span.latest());
        prop_assert_eq!((span.earliest(), span.latest()), (span.start().earliest(), span.end().latest()));
    }

    // -----------------------------------------------------------------------------------
    // The parser never panics, and what it accepts is canonical
    // -----------------------------------------------------------------------------------

    #[test]
    fn parser_survives_any_text(text in prop_oneof![".*", "[-0-9?/.PTMHDYearly ]{0,24}"]) {
        check_parses(&text);
    }

    #[test]
    fn parser_survives_mutated_valid_text(text in mutated(prop_oneof![
        any_when().prop_map(|w| w.to_string()),
        any_duration().prop_map(|d| d.to_string()),
    ])) {
        check_parses(&text);
    }
}

/// Parses `text` as every type; whatever parses prints back to a text that parses to the same
/// value, and whatever fails names the input.
fn check_parses(text: &str) {
    fn one<T>(text: &str)
    where
        T: FromStr<Err = ParseDateError> + Display + PartialEq + Debug,
    {
        match text.parse::<T>() {
            Ok(value) => assert_eq!(value.to_string().parse::<T>().as_ref(), Ok(&value)),
            Err(err) => {
                assert_eq!(err.input(), text);
                assert!(err.to_string().contains(&format!("{text:?}")));
            }
        }
    }
    one::<PartialDate>(text);
    one::<When>(text);
    one::<DateSpan>(text);
    one::<Duration>(text);
}
