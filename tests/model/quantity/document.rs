//! Council document references: every form the report uses, rejects, round trips.

use std::cmp::Ordering;

use eu_celac_drugs::{DocumentRef, DocumentSeries, ValidationError};
use proptest::prelude::*;

use crate::strategies::quantity::{any_document_ref, any_document_series};

fn malformed(text: &str) -> Result<DocumentRef, ValidationError> {
    Err(ValidationError::MalformedDocumentNumber { field: "document", value: text.to_owned() })
}

#[test]
fn document_numbers_of_the_report() {
    let forms = [
        ("9916/21", DocumentSeries::Council, 9916, 2021, 2),
        ("10047/21", DocumentSeries::Council, 10047, 2021, 2),
        ("CM 6082/21", DocumentSeries::CouncilMeeting, 6082, 2021, 2),
        ("CM 2653/22", DocumentSeries::CouncilMeeting, 2653, 2022, 2),
        ("6762/2022", DocumentSeries::Council, 6762, 2022, 4),
        ("10233/22", DocumentSeries::Council, 10233, 2022, 2),
    ];
    for (text, series, number, year, digits) in forms {
        let d: DocumentRef = text.parse().unwrap();
        assert_eq!((d.series(), d.number(), d.year(), d.year_digits()), (series, number, year, digits));
        assert_eq!(d, DocumentRef::new(series, number, year, digits).unwrap());
        assert_eq!(d.to_string(), text);
    }
    let long: DocumentRef = "6762/2022".parse().unwrap();
    let short: DocumentRef = "6762/22".parse().unwrap();
    assert_ne!(long, short);
    assert!(long.same_document(&short) && short.same_document(&long));
    assert!(!short.same_document(&"CM 6762/22".parse().unwrap()));
    assert!(!short.same_document(&"6762/21".parse().unwrap()));
    assert_eq!("1/05".parse::<DocumentRef>().unwrap().year(), 2005);
    assert_eq!(DocumentRef::new(DocumentSeries::Council, 1, 2005, 2).unwrap().to_string(), "1/05");
    assert_eq!(DocumentSeries::CouncilMeeting.prefix(), "CM ");
    assert_eq!("council_meeting".parse::<DocumentSeries>().unwrap(), DocumentSeries::CouncilMeeting);
}

#[test]
fn malformed_document_numbers_are_rejected() {
    let bad = [
        "",
        "/21",
        "9916/",
        "9916",
        "9916-21",
        "9916 /21",
        "9916/ 21",
        " 9916/21",
        "9916/21 ",
        "CM6082/21",
        "cm 6082/21",
        "CM  6082/21",
        "CM /21",
        "PE 6082/21",
        "09916/21",
        "0/21",
        "1234567/21",
        "9916/2",
        "9916/021",
        "9916/202",
        "9916/20222",
        "9916/21/22",
        "9916/1899",
        "9916/2100",
        "9916/+1",
        "+9916/21",
        "9916/２１",
        "Eingelangt am 28/06/22",
        "106594/EU",
    ];
    for text in bad {
        assert_eq!(text.parse::<DocumentRef>(), malformed(text), "{text:?}");
    }
    let new = |number, year, digits| DocumentRef::new(DocumentSeries::Council, number, year, digits);
    assert!(matches!(new(0, 2021, 2), Err(ValidationError::OutOfRange { field: "number", .. })));
    assert!(matches!(new(1_000_000, 2021, 2), Err(ValidationError::OutOfRange { field: "number", .. })));
    assert!(matches!(new(1, 1999, 2), Err(ValidationError::OutOfRange { field: "year", .. })));
    assert!(matches!(new(1, 1899, 4), Err(ValidationError::OutOfRange { field: "year", .. })));
    assert!(matches!(new(1, 2021, 3), Err(ValidationError::Inconsistent { field: "year_digits", .. })));
}

#[cfg(feature = "serde")]
#[test]
fn json_form_and_invalid_json() {
    use serde_json::{from_str, json, to_value};
    assert_eq!(to_value("CM 6082/21".parse::<DocumentRef>().unwrap()).unwrap(), json!("CM 6082/21"));
    assert_eq!(to_value(DocumentSeries::CouncilMeeting).unwrap(), json!("council_meeting"));
    for bad in [r#""CM6082/21""#, r#""0/21""#, "6082", r#"{"number": 6082}"#, "null"] {
        assert!(from_str::<DocumentRef>(bad).is_err(), "{bad}");
    }
}

proptest! {
    #[test]
    fn text_round_trips(d in any_document_ref()) {
        let back: DocumentRef = d.to_string().parse().unwrap();
        prop_assert_eq!(back, d);
        prop_assert_eq!(back.to_string(), d.to_string());
        prop_assert!(back.same_document(&d));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn json_round_trips(d in any_document_ref(), s in any_document_series()) {
        use serde_json::{from_str, to_string};
        prop_assert_eq!(from_str::<DocumentRef>(&to_string(&d).unwrap()).unwrap(), d);
        prop_assert_eq!(from_str::<DocumentSeries>(&to_string(&s).unwrap()).unwrap(), s);
    }

    #[test]
    fn eq_ord_and_same_document_agree(a in any_document_ref(), b in any_document_ref()) {
        prop_assert_eq!(a == b, a.cmp(&b) == Ordering::Equal);
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        let same = a.series() == b.series() && a.number() == b.number() && a.year() == b.year();
        prop_assert_eq!(a.same_document(&b), same);
        let other_digits = if a.year_digits() == 2 { 4 } else { 2 };
        if let Ok(c) = DocumentRef::new(a.series(), a.number(), a.year(), other_digits) {
            prop_assert!(a.same_document(&c));
            prop_assert_ne!(a, c);
            prop_assert_ne!(a.to_string(), c.to_string());
        }
    }

    #[test]
    fn parser_never_panics_and_names_the_input(s in "\\PC*") {
        if let Err(e) = s.parse::<DocumentRef>() {
            prop_assert_eq!(Err(e), malformed(&s));
        }
    }

    #[test]
    fn near_misses_round_trip_or_fail(s in "(CM |cm |CM)?0?[0-9]{0,7}[/ -]?[0-9]{0,5}") {
        match s.parse::<DocumentRef>() {
            Ok(d) => prop_assert_eq!(d.to_string(), s),
            Err(e) => prop_assert_eq!(Err(e), malformed(&s)),
        }
    }
}
