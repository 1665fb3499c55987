//! The text of quantities: English figures for readers, the forms the parser reads (the earlier
//! compact form, what readers type, what the report writes), and errors that say what is wrong,
//! through every route, without quoting a huge input whole.

use eu_celac_drugs::model::quantity::{ParseQuantityError, QUOTE_LIMIT};
use eu_celac_drugs::{Currency, Dimension, Qualifier, Quantity, Unit, ValidationError, report_2021_2022};
use proptest::prelude::*;

use super::{dec, q};
use crate::strategies::quantity::{any_quantity, any_quantity_small, compact_text};

/// The message of a text's parse error.
fn error_of(text: &str) -> ParseQuantityError {
    let err = text.parse::<Quantity>().unwrap_err();
    assert_eq!(err.input(), text);
    err
}

// ---- English output -------------------------------------------------------------------------

#[test]
fn every_unit_reads_as_english() {
    let usd = Unit::Currency(Currency::USD);
    let cases = [
        (q("1", Unit::MetricTon, Qualifier::Exact), "1 t"),
        (q("28200000", Unit::MetricTon, Qualifier::Exact), "28,200,000 t"),
        (q("12248", Unit::Kilogram, Qualifier::Over), "over 12,248 kg"),
        (q("1234.5678", Unit::Gram, Qualifier::Almost), "almost 1,234.5678 g"),
        (q("1", Unit::Litre, Qualifier::Exact), "1 litre"),
        (q("1.0", Unit::Litre, Qualifier::Exact), "1.0 litres"),
        (q("0.5", Unit::Litre, Qualifier::Exact), "0.5 litres"),
        (q("5000", Unit::Litre, Qualifier::About), "about 5,000 litres"),
        (q("1", Unit::Piece, Qualifier::MoreThan), "more than 1 piece"),
        (q("2000", Unit::Piece, Qualifier::MoreThan), "more than 2,000 pieces"),
        (q("999", Unit::Count, Qualifier::Exact), "999"),
        (q("1000", Unit::Count, Qualifier::Over), "over 1,000"),
        (q("28200000.50", usd, Qualifier::Exact), "28,200,000.50 USD"),
        (Quantity::half(Unit::MetricTon), "half a ton"),
        (Quantity::half(Unit::Kilogram), "half a kilogram"),
        (Quantity::half(Unit::Gram), "half a gram"),
        (Quantity::half(Unit::Litre), "half a litre"),
        (Quantity::half(Unit::Piece), "half a piece"),
        (Quantity::half(usd), "half a USD"),
        (Quantity::half(Unit::Count), "half"),
    ];
    for (quantity, text) in cases {
        assert_eq!(quantity.to_string(), text);
        assert_eq!(text.parse::<Quantity>().unwrap(), quantity, "{text}");
    }
}

#[test]
fn the_report_figures_read_as_english_and_round_trip() {
    let report = report_2021_2022();
    let figures: Vec<Quantity> = report
        .seizures()
        .iter()
        .map(|s| s.quantity())
        .chain(report.outcomes().iter().filter_map(|o| o.quantity()))
        .chain(report.lists().iter().filter_map(|l| l.count()))
        .collect();
    assert!(figures.len() > 20, "{}", figures.len());
    for figure in &figures {
        let text = figure.to_string();
        assert_eq!(text.parse::<Quantity>().unwrap(), *figure, "{text}");
        assert_eq!(compact_text(figure).parse::<Quantity>().unwrap(), *figure, "{}", compact_text(figure));
        // no symbol that reads as code: a count is bare, pieces and litres are words
        let last = text.rsplit(' ').next().unwrap_or_default();
        assert!(!["count", "l", "piece"].contains(&last) || text == "1 piece", "{text}");
        if figure.value() >= dec("1000") {
            assert!(text.contains(','), "{text}");
        }
    }
    assert!(figures.iter().any(|f| f.unit() == Unit::Count && !f.to_string().contains(' ')));
}

#[test]
fn the_report_stated_texts_that_parse_are_read_as_the_dataset_holds_them() {
    // Seizures state their figure as the report writes it ("over 9.6 tons", "half a ton",
    // "1.5 ton", "5000 litres"); where that text is one the parser reads, it reads the figure the
    // record holds.
    let report = report_2021_2022();
    let mut read = 0;
    for s in report.seizures().iter() {
        if let Ok(parsed) = s.stated().parse::<Quantity>() {
            assert_eq!(parsed, s.quantity(), "{}", s.stated());
            read += 1;
        }
    }
    assert!(read * 2 > report.seizures().len(), "{read} of {}", report.seizures().len());
}

// ---- the forms the parser reads ---------------------------------------------------------------

#[test]
fn old_compact_forms_still_parse() {
    let usd = Unit::Currency(Currency::USD);
    for (text, expected) in [
        ("more than 2000 piece", q("2000", Unit::Piece, Qualifier::MoreThan)),
        ("half a t", Quantity::half(Unit::MetricTon)),
        ("half a count", Quantity::half(Unit::Count)),
        ("9.6 t", q("9.6", Unit::MetricTon, Qualifier::Exact)),
        ("6 count", q("6", Unit::Count, Qualifier::Exact)),
        ("over 200 count", q("200", Unit::Count, Qualifier::Over)),
        ("5000 l", q("5000", Unit::Litre, Qualifier::Exact)),
        ("28200000 USD", q("28200000", usd, Qualifier::Exact)),
        ("1.50 t", q("1.50", Unit::MetricTon, Qualifier::Exact)),
    ] {
        assert_eq!(text.parse::<Quantity>().unwrap(), expected, "{text}");
    }
}

#[test]
fn what_readers_type() {
    let eur = Unit::Currency(Currency::EUR);
    for (text, expected) in [
        ("9.6 tons", q("9.6", Unit::MetricTon, Qualifier::Exact)),
        ("1 ton", q("1", Unit::MetricTon, Qualifier::Exact)),
        ("2 tonnes", q("2", Unit::MetricTon, Qualifier::Exact)),
        ("2,000 pieces", q("2000", Unit::Piece, Qualifier::Exact)),
        ("5000 litres", q("5000", Unit::Litre, Qualifier::Exact)),
        ("5000 liters", q("5000", Unit::Litre, Qualifier::Exact)),
        ("0.5 L", q("0.5", Unit::Litre, Qualifier::Exact)),
        ("about 3 tons", q("3", Unit::MetricTon, Qualifier::About)),
        ("About 3 Tons", q("3", Unit::MetricTon, Qualifier::About)),
        ("around 3 t", q("3", Unit::MetricTon, Qualifier::About)),
        ("MORE THAN 40", q("40", Unit::Count, Qualifier::MoreThan)),
        ("17kg", q("17", Unit::Kilogram, Qualifier::Exact)),
        ("965 grams", q("965", Unit::Gram, Qualifier::Exact)),
        ("3 kilos", q("3", Unit::Kilogram, Qualifier::Exact)),
        ("2 Kilograms", q("2", Unit::Kilogram, Qualifier::Exact)),
        ("  over\t9.6   t ", q("9.6", Unit::MetricTon, Qualifier::Over)),
        ("9.6\u{a0}t", q("9.6", Unit::MetricTon, Qualifier::Exact)),
        ("EUR 15,000,000", q("15000000", eur, Qualifier::Exact)),
        ("around EUR 60000000", q("60000000", eur, Qualifier::About)),
        ("Half a ton", Quantity::half(Unit::MetricTon)),
        ("half a tonne", Quantity::half(Unit::MetricTon)),
        ("over half a ton", q("0.5", Unit::MetricTon, Qualifier::Over)),
        ("more than half a ton", q("0.5", Unit::MetricTon, Qualifier::MoreThan)),
        ("287", q("287", Unit::Count, Qualifier::Exact)),
    ] {
        assert_eq!(text.parse::<Quantity>().unwrap(), expected, "{text}");
    }
}

// ---- errors, through every route ----------------------------------------------------------------

#[test]
fn negative_and_zero_figures_must_be_positive_on_every_route() {
    let must_be_positive = |message: String| assert!(message.contains("must be positive"), "{message}");
    for text in ["-3 t", "0 t", "-2,000 pieces", "\u{2212}3 t", "about -3 tons", "-3", "0.0 kg", "EUR -1", "-3kg"] {
        let err = error_of(text);
        assert!(
            matches!(
                &err,
                ParseQuantityError::Invalid { source: ValidationError::NotPositive { field: "value", .. }, .. }
            ),
            "{text}: {err:?}"
        );
        must_be_positive(err.to_string());
    }
    assert_eq!(error_of("-3 t").to_string(), "\"-3 t\": value must be positive, got -3");
    must_be_positive(Quantity::new(dec("-3"), Unit::MetricTon, Qualifier::Exact).unwrap_err().to_string());
    #[cfg(feature = "serde")]
    for value in ["-3", "0", "-0.5", "0.00"] {
        let json = format!(r#"{{"value": "{value}", "unit": "t", "qualifier": "exact"}}"#);
        must_be_positive(serde_json::from_str::<Quantity>(&json).unwrap_err().to_string());
    }
}

#[test]
fn malformed_figures_are_named() {
    for (text, figure) in [
        ("9,6 t", "9,6"),
        ("1e3 t", "1e3"),
        (".5 t", ".5"),
        ("05 t", "05"),
        ("1. t", "1."),
        ("+1 t", "+1"),
        ("20,00 pieces", "20,00"),
        ("over 1e3", "1e3"),
        ("EUR 1.2.3", "1.2.3"),
    ] {
        let err = error_of(text);
        assert!(
            matches!(&err, ParseQuantityError::MalformedFigure { figure: f, .. } if f == figure),
            "{text}: {err:?}"
        );
        let message = err.to_string();
        assert!(message.contains(&format!("{figure:?} is not a figure")), "{message}");
    }
    #[cfg(feature = "serde")]
    {
        // JSON holds figures without separators
        let json = r#"{"value": "2,000", "unit": "piece", "qualifier": "exact"}"#;
        let message = serde_json::from_str::<Quantity>(json).unwrap_err().to_string();
        assert!(message.contains("\"2,000\" is not a figure"), "{message}");
    }
}

#[test]
fn figures_out_of_range_say_so() {
    let thirty_digits = format!("1{}", "0".repeat(29));
    let twenty_nine_places = format!("0.{}1", "0".repeat(28));
    for figure in [thirty_digits.as_str(), twenty_nine_places.as_str(), "79,228,162,514,264,337,593,543,950,336"] {
        let text = format!("{figure} t");
        let err = error_of(&text);
        assert!(matches!(&err, ParseQuantityError::FigureOutOfRange { figure: f, .. } if f == figure), "{err:?}");
        let message = err.to_string();
        assert!(message.contains("out of range") && !message.contains("not a figure"), "{message}");
    }
    assert_eq!(
        "79,228,162,514,264,337,593,543,950,335 t".parse::<Quantity>().unwrap().value(),
        rust_decimal::Decimal::MAX
    );
    #[cfg(feature = "serde")]
    {
        let json = format!(r#"{{"value": "{thirty_digits}", "unit": "t", "qualifier": "exact"}}"#);
        let message = serde_json::from_str::<Quantity>(&json).unwrap_err().to_string();
        assert!(message.contains("out of range"), "{message}");
    }
}

#[test]
fn unknown_units_and_malformed_texts() {
    for (text, unit) in [("9.6 tonz", "tonz"), ("1.5 KG", "KG"), ("2 eur", "eur"), ("17kgs", "kgs"), ("5x", "x")] {
        let err = error_of(text);
        assert!(matches!(&err, ParseQuantityError::UnknownUnit { unit: u, .. } if u == unit), "{text}: {err:?}");
        assert!(err.to_string().contains(&format!("unknown unit {unit:?}; expected t, ton(s)")), "{err}");
    }
    for (text, code) in [("2 ZZZ", "ZZZ"), ("ZZZ 2", "ZZZ"), ("about EUX 60,000,000", "EUX"), ("half a XYZ", "XYZ")] {
        let err = error_of(text);
        assert!(matches!(&err, ParseQuantityError::UnknownCurrency { code: c, .. } if c == code), "{text}: {err:?}");
        assert!(err.to_string().contains(&format!("{code:?} is not an ISO 4217 currency code")), "{err}");
    }
    for text in [
        "",
        "   ",
        "t",
        "tons",
        "almost",
        "more than",
        "more than t",
        "half a",
        "half 0.5 t",
        "exact 9.6 t",
        "1 000 t",
        "2,000 pieces of ammunition",
        "EUR15000000",
        "EUR 15 million",
        "9.6 t t",
        "more than half a ton t",
        "1 2 3 4 5 6 7 8 9 t",
        "half a kilo gram",
    ] {
        let err = error_of(text);
        assert!(matches!(err, ParseQuantityError::Malformed { .. }), "{text}: {err:?}");
        assert!(err.to_string().contains("is not a quantity"), "{err}");
    }
    assert!(matches!("kilo".parse::<Unit>(), Err(ParseQuantityError::UnknownUnit { .. })));
    assert!(matches!("EUX".parse::<Unit>(), Err(ParseQuantityError::UnknownCurrency { .. })));
    // Unit's own text (and JSON) is the symbol only
    assert!("tons".parse::<Unit>().is_err() && "pieces".parse::<Unit>().is_err());
    assert!("weight".parse::<Dimension>().is_err());
}

#[test]
fn huge_inputs_are_quoted_in_part() {
    let huge_figure = "1".repeat(1 << 20);
    let huge_word = "x".repeat(1 << 20);
    let texts = [
        format!("{huge_figure} t"),
        format!("9.6 {huge_word}"),
        format!("{huge_word} t"),
        format!("{huge_figure}.{huge_figure}"),
        format!("9,6{huge_figure} t"),
    ];
    let bounded = |message: &str, len: usize| {
        assert!(message.len() < 600, "{} bytes: {}", message.len(), message.get(..200).unwrap_or(message));
        assert!(message.contains(&format!("({len} characters)")), "{message}");
    };
    for text in &texts {
        let err = text.parse::<Quantity>().unwrap_err();
        assert_eq!(err.input(), text);
        bounded(&err.to_string(), text.chars().count());
        let err = text.parse::<eu_celac_drugs::Money>().unwrap_err();
        bounded(&err.to_string(), text.chars().count());
    }
    bounded(&huge_word.parse::<Unit>().unwrap_err().to_string(), huge_word.len());
    bounded(&huge_word.parse::<Dimension>().unwrap_err().to_string(), huge_word.len());
    // the part quoted is cut too: the message starts with the first QUOTE_LIMIT characters
    let message = texts[0].parse::<Quantity>().unwrap_err().to_string();
    assert!(message.starts_with(&format!("\"{}…\"", "1".repeat(QUOTE_LIMIT))), "{message}");
    #[cfg(feature = "serde")]
    {
        let json = format!(r#"{{"value": "{huge_word}", "unit": "t", "qualifier": "exact"}}"#);
        let message = serde_json::from_str::<Quantity>(&json).unwrap_err().to_string();
        assert!(message.len() < 600, "{}", message.len());
    }
}

// ---- properties ------------------------------------------------------------------------------

proptest! {
    #[test]
    fn quantity_text_round_trips(q in any_quantity()) {
        let text = q.to_string();
        let back: Quantity = text.parse().unwrap();
        prop_assert_eq!(back, q);
        prop_assert_eq!(back.value().scale(), q.value().scale());
        prop_assert_eq!(back.to_string(), text);
    }

    #[test]
    fn the_compact_form_still_parses_to_the_same_value(q in any_quantity()) {
        let compact = compact_text(&q);
        prop_assert_eq!(compact.parse::<Quantity>().unwrap(), q);
    }

    #[test]
    fn the_text_is_english(q in any_quantity_small()) {
        let text = q.to_string();
        // the integer part grouped in threes, the decimal part as written
        let figure = q.value().to_string();
        let (int, frac) = figure.split_once('.').map_or((figure.as_str(), ""), |(i, f)| (i, f));
        let mut groups: Vec<String> = int.as_bytes().rchunks(3).map(|g| String::from_utf8(g.to_vec()).unwrap()).collect();
        groups.reverse();
        let grouped = if frac.is_empty() { groups.join(",") } else { format!("{}.{frac}", groups.join(",")) };
        let phrase = q.qualifier().phrase().map(|p| format!("{p} ")).unwrap_or_default();
        let expected = match q.unit() {
            _ if q.qualifier() == Qualifier::Half => None,
            Unit::Count => Some(format!("{phrase}{grouped}")),
            Unit::Piece if figure == "1" => Some(format!("{phrase}1 piece")),
            Unit::Piece => Some(format!("{phrase}{grouped} pieces")),
            Unit::Litre if figure == "1" => Some(format!("{phrase}1 litre")),
            Unit::Litre => Some(format!("{phrase}{grouped} litres")),
            unit => Some(format!("{phrase}{grouped} {}", unit.symbol())),
        };
        if let Some(expected) = expected {
            prop_assert_eq!(text, expected);
        } else {
            prop_assert!(text.starts_with("half"));
        }
    }

    #[test]
    fn parsers_never_panic(s in "\\PC*") {
        let _ = s.parse::<Unit>();
        let _ = s.parse::<Dimension>();
        let _ = s.parse::<Qualifier>();
        if let Err(e) = s.parse::<Quantity>() {
            prop_assert_eq!(e.input(), s.as_str());
        }
    }

    #[test]
    fn near_misses_round_trip_or_fail(s in "(half a |over |more than |almost |about |Over |exact |around )?-?0?[0-9]{0,6}[.,]?[0-9]{0,3} ?(t|kg|g|l|piece|pieces|count|EUR|USD|ton|tons|litres)?") {
        match s.parse::<Quantity>() {
            Ok(q) => {
                prop_assert_eq!(q.to_string().parse::<Quantity>().unwrap(), q);
                // the figure is the one typed, as written
                let typed: String = s.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
                if q.qualifier() == Qualifier::Half {
                    prop_assert_eq!(typed, "");
                } else {
                    prop_assert_eq!(typed, q.value().to_string());
                }
            }
            Err(e) => prop_assert_eq!(e.input(), s.as_str()),
        }
    }
}
