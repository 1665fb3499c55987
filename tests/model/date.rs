//! Partial dates, spans, periods and durations: the report's date forms, text and serde round
//! trips, the order, the bounds, and validation. The properties are in `date/properties.rs`.

mod properties;

use chrono::NaiveDate;
use eu_celac_drugs::ValidationError;
use eu_celac_drugs::model::date::{DateSpan, Duration, DurationUnit, ParseDateErrorKind, PartialDate, Precision, When};

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn day(year: i32, month: u32, d: u32) -> PartialDate {
    PartialDate::day(year, month, d).unwrap()
}

fn month(year: i32, month: u32) -> PartialDate {
    PartialDate::month(year, month).unwrap()
}

fn year(year: i32) -> PartialDate {
    PartialDate::year(year).unwrap()
}

// ---------------------------------------------------------------------------------------
// The report's date forms
// ---------------------------------------------------------------------------------------

#[test]
fn a_day_22_june_2021() {
    let date = day(2021, 6, 22);
    assert_eq!(date.precision(), Precision::Day);
    assert_eq!((date.earliest(), date.latest()), (ymd(2021, 6, 22), ymd(2021, 6, 22)));
    assert_eq!(date.date(), Some(ymd(2021, 6, 22)));
    assert_eq!(date.edtf().as_deref(), Some("2021-06-22"));
    assert_eq!(PartialDate::from_date(ymd(2021, 6, 22)), Ok(date));
    assert_eq!((date.year_value(), date.month_value(), date.day_value()), (2021, Some(6), Some(22)));
    assert_eq!(date.quarter_value(), None);
}

#[test]
fn spans_of_days_1_2_june_2022_and_27_28_september_2017() {
    for (y, m, first, last, edtf) in
        [(2022, 6, 1, 2, "2022-06-01/2022-06-02"), (2017, 9, 27, 28, "2017-09-27/2017-09-28")]
    {
        let when = When::span(day(y, m, first), day(y, m, last)).unwrap();
        assert_eq!(when.start().precision(), Precision::Day);
        assert_eq!(when.end(), Some(day(y, m, last)));
        assert_eq!((when.earliest(), when.latest()), (ymd(y, m, first), Some(ymd(y, m, last))));
        assert_eq!(when.edtf().as_deref(), Some(edtf));
        assert!(!when.contains(ymd(y, m, last).succ_opt().unwrap()));
    }
}

#[test]
fn a_month_june_2021() {
    let date = month(2021, 6);
    assert_eq!(date.precision(), Precision::Month);
    assert_eq!((date.earliest(), date.latest()), (ymd(2021, 6, 1), ymd(2021, 6, 30)));
    assert_eq!(date.edtf().as_deref(), Some("2021-06"));
    assert_eq!((date.month_value(), date.day_value(), date.date()), (Some(6), None, None));
}

#[test]
fn a_quarter_the_second_quarter_of_2020() {
    let date = PartialDate::quarter(2020, 2).unwrap();
    assert_eq!(date.precision(), Precision::Quarter);
    assert_eq!((date.earliest(), date.latest()), (ymd(2020, 4, 1), ymd(2020, 6, 30)));
    assert_eq!(date.edtf().as_deref(), Some("2020-34"));
    assert_eq!((date.quarter_value(), date.month_value()), (Some(2), None));
    let bounds: Vec<_> = (1..=4)
        .map(|q| {
            let quarter = PartialDate::quarter(2021, q).unwrap();
            (quarter.earliest(), quarter.latest(), quarter.to_string())
        })
        .collect();
    assert_eq!(
        bounds,
        [
            (ymd(2021, 1, 1), ymd(2021, 3, 31), "2021-33".to_owned()),
            (ymd(2021, 4, 1), ymd(2021, 6, 30), "2021-34".to_owned()),
            (ymd(2021, 7, 1), ymd(2021, 9, 30), "2021-35".to_owned()),
            (ymd(2021, 10, 1), ymd(2021, 12, 31), "2021-36".to_owned()),
        ]
    );
}

#[test]
fn early_in_a_year_early_2019_and_early_2022() {
    for y in [2019, 2022] {
        let date = PartialDate::early(y).unwrap();
        assert_eq!(date.precision(), Precision::EarlyYear);
        // Conservative: the text does not say how early.
        assert_eq!((date.earliest(), date.latest()), (ymd(y, 1, 1), ymd(y, 12, 31)));
        assert_eq!(date.edtf(), None);
        assert_eq!(date.to_string(), format!("{y}-early"));
        assert_ne!(date, year(y));
        assert!(date < year(y), "same bounds: the finer precision first");
    }
}

#[test]
fn a_year_2019() {
    let date = year(2019);
    assert_eq!(date.precision(), Precision::Year);
    assert_eq!((date.earliest(), date.latest()), (ymd(2019, 1, 1), ymd(2019, 12, 31)));
    assert_eq!(date.edtf().as_deref(), Some("2019"));
}

#[test]
fn dates_whose_year_the_text_leaves_out() {
    // "31 May" (the TEI launch, 2022 inferred) and "in December" (2021 inferred).
    let may = day(2022, 5, 31).with_inferred_year();
    assert!(may.year_inferred() && !day(2022, 5, 31).year_inferred());
    assert_eq!((may.earliest(), may.latest()), (ymd(2022, 5, 31), ymd(2022, 5, 31)));
    assert_eq!(may.edtf().as_deref(), Some("2022?-05-31"));
    assert_ne!(may, day(2022, 5, 31));
    assert_eq!(may.with_stated_year(), day(2022, 5, 31));

    let december = month(2021, 12).with_inferred_year();
    assert_eq!(december.edtf().as_deref(), Some("2021?-12"));
    assert_eq!(december.latest(), ymd(2021, 12, 31));
    // The individual-component form means the same.
    assert_eq!("?2021-12".parse::<PartialDate>().unwrap(), december);
    assert_eq!("2021?".parse::<PartialDate>().unwrap(), year(2021).with_inferred_year());

    // "from March onwards" (2022 inferred).
    let onwards = When::Since(month(2022, 3).with_inferred_year());
    assert!(onwards.year_inferred());
    assert_eq!(onwards.edtf().as_deref(), Some("2022?-03/.."));
    assert_eq!((onwards.earliest(), onwards.latest(), onwards.end()), (ymd(2022, 3, 1), None, None));

    // EDTF has no qualified quarter or "early".
    let quarter = PartialDate::quarter(2020, 2).unwrap().with_inferred_year();
    assert_eq!((quarter.to_string(), quarter.edtf()), ("2020?-34".to_owned(), None));
    assert_eq!(PartialDate::early(2019).unwrap().with_inferred_year().to_string(), "2019?-early");
}

#[test]
fn spans_of_months_and_years() {
    let inception = When::span(month(2021, 6), month(2021, 12)).unwrap();
    assert_eq!(inception.edtf().as_deref(), Some("2021-06/2021-12"));
    assert_eq!((inception.earliest(), inception.latest()), (ymd(2021, 6, 1), Some(ymd(2021, 12, 31))));
    for (first, last) in [(2011, 2015), (2016, 2019), (2022, 2023)] {
        let span = When::span(year(first), year(last)).unwrap();
        assert_eq!(span.edtf(), Some(format!("{first}/{last}")));
        assert_eq!((span.earliest(), span.latest()), (ymd(first, 1, 1), Some(ymd(last, 12, 31))));
        assert_eq!(span.end(), Some(year(last)));
    }
    let period = When::span(day(2021, 6, 1), day(2022, 5, 31)).unwrap();
    assert!(period.contains(ymd(2021, 12, 31)) && !period.contains(ymd(2022, 6, 1)));
}

#[test]
fn open_ended_periods() {
    let cases = [
        (When::Since(month(2021, 4)), "2021-04/..", ymd(2021, 4, 1)), // since April 2021
        (When::Since(year(2019)), "2019/..", ymd(2019, 1, 1)),        // Since 2019
        (When::Since(month(2022, 1)), "2022-01/..", ymd(2022, 1, 1)), // January 2022 - ongoing
    ];
    for (when, edtf, earliest) in cases {
        assert!(when.is_open());
        assert_eq!(when.edtf().as_deref(), Some(edtf));
        assert_eq!((when.earliest(), when.latest(), when.end()), (earliest, None, None));
        assert!(when.contains(ymd(9999, 12, 31)) && !when.contains(earliest.pred_opt().unwrap()));
        assert!(when.overlaps(ymd(2025, 1, 1), ymd(2025, 1, 1)));
        assert_eq!(when.to_string().parse::<When>().unwrap(), when);
    }
    assert!(cases[1].0 < cases[0].0 && cases[0].0 < cases[2].0);
}

#[test]
fn a_start_with_a_duration() {
    // "started in February 2021 for a period of 48 months"
    let months = Duration::new(48, DurationUnit::Month).unwrap();
    let when = When::For { start: month(2021, 2), duration: months };
    assert_eq!(when.to_string(), "2021-02/P48M");
    assert_eq!(when.edtf(), None);
    assert_eq!((when.start(), when.end(), when.duration()), (month(2021, 2), None, Some(months)));
    assert_eq!(when.earliest(), ymd(2021, 2, 1));
    // Derived, conservatively, from the latest start (28 February 2021).
    assert_eq!(when.latest(), Some(ymd(2025, 2, 27)));
    assert_eq!(months.last_day_from(ymd(2021, 2, 1)), ymd(2025, 1, 31));
    assert!(!when.year_inferred() && !when.is_open());
}

#[test]
fn durations_48_months_and_24_hour() {
    let months: Duration = "48 months".parse().unwrap();
    assert_eq!((months.amount(), months.unit()), (48, DurationUnit::Month));
    assert_eq!(months.iso8601(), "P48M");
    let hours: Duration = "24-hour".parse().unwrap();
    assert_eq!((hours.amount(), hours.unit(), hours.to_string()), (24, DurationUnit::Hour, "24 hours".to_owned()));
    assert_eq!(hours.iso8601(), "PT24H");
    assert_eq!("PT24H".parse::<Duration>().unwrap(), hours);
    assert_eq!("1 month".parse::<Duration>().unwrap().to_string(), "1 month");
    assert_eq!("1 months".parse::<Duration>().unwrap().to_string(), "1 month");
    let on_a_day = When::For { start: day(2022, 6, 1), duration: hours };
    assert_eq!((on_a_day.to_string(), on_a_day.latest()), ("2022-06-01/PT24H".to_owned(), Some(ymd(2022, 6, 2))));
    for bad in ["48  months", "48 Months", "048 months", "48months", "24-hours", "PT24M", "P24H", "-1 days", ""] {
        assert!(bad.parse::<Duration>().is_err(), "{bad:?}");
    }
}

#[test]
fn names_of_precisions_and_units() {
    let names: Vec<String> = Precision::iter().map(|p| p.to_string()).collect();
    assert_eq!(names, ["day", "month", "quarter", "early_year", "year"]);
    for p in Precision::iter() {
        assert_eq!(p.as_ref().parse::<Precision>().unwrap(), p);
        #[cfg(feature = "serde")]
        assert_eq!(serde_json::to_string(&p).unwrap(), format!("\"{p}\""));
        assert_eq!(p.has_edtf(), p != Precision::EarlyYear);
    }
    for unit in DurationUnit::iter() {
        assert_eq!(unit.to_string(), unit.singular());
        #[cfg(feature = "serde")]
        assert_eq!(serde_json::from_str::<DurationUnit>(&format!("\"{unit}\"")).unwrap(), unit);
    }
}

#[test]
fn strict_text_forms() {
    for bad in [
        "2021-6",
        "21-06",
        "2021-06-1",
        "2021/06",
        "2021-06-22?",
        "2021-06~",
        "?2021?",
        "2021 ",
        " 2021",
        "2021-Early",
        "2021-early-01",
        "2021-06/",
        "2021-06/..x",
        "/2021",
        "2021-06//2021-07",
        "2021-02/P48m",
        "2021-02/48 months",
        "0999",
        "10000",
        "Y12000",
        "-2021",
        "2021-21",
        "2021-37",
        "2021-00",
        "2021-06-00",
        "2021-02-29",
    ] {
        assert!(bad.parse::<When>().is_err(), "When {bad:?}");
        assert!(bad.parse::<PartialDate>().is_err(), "PartialDate {bad:?}");
    }
    assert!("2021".parse::<DateSpan>().is_err());
    assert!("2021/..".parse::<DateSpan>().is_err());
}

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

#[test]
fn invalid_calendar_dates() {
    for (y, m, d) in [(2021, 2, 29), (1900, 2, 29), (2021, 4, 31), (2021, 2, 30)] {
        let err = PartialDate::day(y, m, d).unwrap_err();
        assert!(
            matches!(&err, ValidationError::InvalidDate { field: "date", value } if *value == format!("{y:04}-{m:02}-{d:02}"))
        );
    }
    assert!(PartialDate::day(2000, 2, 29).is_ok());
    assert!(PartialDate::from_date(ymd(999, 12, 31)).is_err());
    assert!(PartialDate::try_from(ymd(2021, 6, 22)).is_ok());
}

#[cfg(feature = "serde")]
#[test]
fn serde_rejects_invalid_values_and_names_them() {
    let cases: [(&str, &[&str]); 8] = [
        ("\"2021-13\"", &["2021-13", "month", "13"]),
        ("\"2021-37\"", &["2021-37", "37"]),
        ("\"2021-02-30\"", &["2021-02-30"]),
        ("\"0999\"", &["0999", "999"]),
        ("\"2019/2016\"", &["2019/2016", "end 2016 is before start 2019"]),
        ("\"2021-02/P0M\"", &["2021-02/P0M", "0 months"]),
        ("\"2021-02/P100001M\"", &["100001"]),
        ("\"2021-06-22 \"", &["2021-06-22 "]),
    ];
    for (json, mentions) in cases {
        let err = serde_json::from_str::<When>(json).unwrap_err().to_string();
        for mention in mentions {
            assert!(err.contains(mention), "{json}: {err:?} should mention {mention:?}");
        }
    }
    let err = serde_json::from_str::<PartialDate>("\"2020-37\"").unwrap_err().to_string();
    assert!(err.contains("37"), "{err}");
    let err = serde_json::from_str::<DateSpan>("\"2022-06-02/2022-06-01\"").unwrap_err().to_string();
    assert!(err.contains("2022-06-01") && err.contains("2022-06-02"), "{err}");
    let err = serde_json::from_str::<Duration>("\"0 months\"").unwrap_err().to_string();
    assert!(err.contains("0 months"), "{err}");
    assert!(serde_json::from_str::<PartialDate>("2021").is_err(), "a number is not the text form");
    assert!(serde_json::from_str::<Precision>("\"decade\"").is_err());
}

#[test]
fn parse_errors_say_what_is_wrong() {
    let err = "2021-02-30".parse::<PartialDate>().unwrap_err();
    assert_eq!(err.input(), "2021-02-30");
    assert!(matches!(err.kind(), ParseDateErrorKind::Invalid(ValidationError::InvalidDate { .. })));
    let err = "2021-22".parse::<PartialDate>().unwrap_err();
    assert_eq!(err.kind(), &ParseDateErrorKind::UnsupportedGrouping { code: 22 });
    let err = "2021-6".parse::<When>().unwrap_err();
    assert!(matches!(err.kind(), ParseDateErrorKind::Syntax { at: 5, .. }), "{err}");
    assert!(err.to_string().contains("\"2021-6\"") && err.to_string().contains("byte 5"), "{err}");
    let err = "2019/2016".parse::<When>().unwrap_err();
    assert!(matches!(err.kind(), ParseDateErrorKind::Invalid(ValidationError::EndBeforeStart { field: "span", .. })));
}
