//! Strategies for partial dates, spans, periods and durations.

use std::ops::RangeInclusive;

use eu_celac_drugs::model::date::{
    DateSpan, Duration, DurationUnit, MAX_DURATION_AMOUNT, MAX_YEAR, MIN_YEAR, PartialDate, Precision, When,
};
use proptest::prelude::*;
use proptest::sample::Index;

/// The last day of a month (28..=31), found through the crate's own checked constructor.
pub fn last_day_of_month(year: i32, month: u32) -> u32 {
    (28..=31).rev().find(|&day| PartialDate::day(year, month, day).is_ok()).unwrap()
}

/// A year, mostly near the report's period (2017-2025) so that values often coincide.
pub fn any_year() -> impl Strategy<Value = i32> {
    prop_oneof![3 => 2017..=2025i32, 1 => MIN_YEAR..=MAX_YEAR]
}

/// Any precision.
pub fn any_precision() -> impl Strategy<Value = Precision> {
    proptest::sample::select(Precision::iter().collect::<Vec<_>>())
}

/// Any duration unit.
pub fn any_duration_unit() -> impl Strategy<Value = DurationUnit> {
    proptest::sample::select(DurationUnit::iter().collect::<Vec<_>>())
}

/// A valid partial date of the given precision with a year in `years` (year stated).
pub fn partial_date_of(precision: Precision, years: RangeInclusive<i32>) -> impl Strategy<Value = PartialDate> {
    (years, 1u32..=12, 1u32..=31).prop_map(move |(year, month, day)| match precision {
        Precision::Day => PartialDate::day(year, month, day.min(last_day_of_month(year, month))).unwrap(),
        Precision::Month => PartialDate::month(year, month).unwrap(),
        Precision::Quarter => PartialDate::quarter(year, month.div_ceil(3)).unwrap(),
        Precision::EarlyYear => PartialDate::early(year).unwrap(),
        Precision::Year => PartialDate::year(year).unwrap(),
    })
}

/// A valid partial date with a year in `years`, at any precision, stated or inferred.
pub fn partial_date_in(years: RangeInclusive<i32>) -> impl Strategy<Value = PartialDate> {
    (any_precision(), any::<bool>()).prop_flat_map(move |(precision, inferred)| {
        partial_date_of(precision, years.clone()).prop_map(
            move |date| {
                if inferred { date.with_inferred_year() } else { date }
            },
        )
    })
}

/// Any valid partial date (often near the report's period, sometimes anywhere in 1000..=9999).
pub fn any_partial_date() -> impl Strategy<Value = PartialDate> {
    prop_oneof![
        2 => partial_date_in(2019..=2021),
        1 => partial_date_in(MIN_YEAR..=MAX_YEAR),
        1 => partial_date_in(MIN_YEAR..=MIN_YEAR + 1),
        1 => partial_date_in(MAX_YEAR - 1..=MAX_YEAR),
    ]
}

/// Any valid duration (mostly small amounts, sometimes up to the largest).
pub fn any_duration() -> impl Strategy<Value = Duration> {
    (prop_oneof![3 => 1u32..=60, 1 => 1..=MAX_DURATION_AMOUNT], any_duration_unit())
        .prop_map(|(amount, unit)| Duration::new(amount, unit).unwrap())
}

/// Orders two partial dates into a valid span: if `b` cannot end a span from `a`, then `a`
/// can end one from `b`.
pub fn span_of(a: PartialDate, b: PartialDate) -> DateSpan {
    DateSpan::new(a, b).or_else(|_| DateSpan::new(b, a)).unwrap()
}

/// Any valid span.
pub fn any_date_span() -> impl Strategy<Value = DateSpan> {
    (any_partial_date(), any_partial_date()).prop_map(|(a, b)| span_of(a, b))
}

/// Any valid date or period, of every variant.
pub fn any_when() -> impl Strategy<Value = When> {
    prop_oneof![
        any_partial_date().prop_map(When::On),
        any_date_span().prop_map(When::Span),
        any_partial_date().prop_map(When::Since),
        (any_partial_date(), any_duration()).prop_map(|(start, duration)| When::For { start, duration }),
    ]
}

/// Text made from `base` by a few random edits (insertions, deletions, replacements) with
/// characters that matter to the grammar, to probe the parser near valid input.
pub fn mutated(base: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    const ALPHABET: &[char] = &[
        '0', '1', '2', '3', '9', '-', '/', '?', '.', ' ', 'P', 'T', 'M', 'H', 'D', 'Y', 'e', 'y', '~', '%', 'é',
        '\u{0}',
    ];
    let edit = (0u8..3, any::<Index>(), proptest::sample::select(ALPHABET));
    (base, proptest::collection::vec(edit, 1..4)).prop_map(|(text, edits)| {
        let mut chars: Vec<char> = text.chars().collect();
        for (op, at, c) in edits {
            let i = at.index(chars.len() + 1);
            match op {
                0 => chars.insert(i, c),
                1 if i < chars.len() => {
                    chars.remove(i);
                }
                _ if i < chars.len() => chars[i] = c,
                _ => chars.push(c),
            }
        }
        chars.into_iter().collect()
    })
}
