//! A figure that is zero or negative is refused with "must be positive" through every route: a
//! constructor, text, serde (a string or a number), and a whole JSON document, for each record
//! that holds a figure (seizures, outcomes, budgets).

use eu_celac_drugs::rust_decimal::Decimal;
use eu_celac_drugs::{Currency, Money, Qualifier, Quantity, Unit, report_2021_2022};
use serde_json::{Value, json};

fn says_positive(message: &str, figure: &str) {
    assert!(message.contains("must be positive"), "{message}");
    assert!(message.contains(figure), "the message names the figure {figure}: {message}");
}

#[test]
fn constructors_and_text() {
    for figure in ["-3", "0", "-0.5"] {
        let value: Decimal = figure.parse().unwrap();
        says_positive(&Quantity::new(value, Unit::MetricTon, Qualifier::Exact).unwrap_err().to_string(), figure);
        says_positive(&Money::new(value, Currency::EUR).unwrap_err().to_string(), figure);
        for text in
            [format!("{figure} t"), format!("about {figure} tons"), format!("over {figure} kg"), figure.to_owned()]
        {
            says_positive(&text.parse::<Quantity>().unwrap_err().to_string(), figure);
        }
        says_positive(&format!("EUR {figure}").parse::<Money>().unwrap_err().to_string(), figure);
    }
    // A qualifier with a figure parses: "about 3 tons" is a quantity.
    assert_eq!("about 3 tons".parse::<Quantity>().unwrap().qualifier(), Qualifier::About);
}

#[test]
fn serde_with_a_string_or_a_number() {
    for figure in ["-3", "0"] {
        let quantity = json!({"value": figure, "unit": "t", "qualifier": "exact"});
        says_positive(&serde_json::from_value::<Quantity>(quantity).unwrap_err().to_string(), figure);
        let money = json!({"amount": figure, "currency": "EUR"});
        says_positive(&serde_json::from_value::<Money>(money).unwrap_err().to_string(), figure);
        // A number where the format holds a string: the message says how to write it, and that it
        // must be positive.
        let number: i64 = figure.parse().unwrap();
        let quantity = json!({"value": number, "unit": "t", "qualifier": "exact"});
        let message = serde_json::from_value::<Quantity>(quantity).unwrap_err().to_string();
        says_positive(&message, figure);
        assert!(message.contains("written as a string"), "{message}");
        let money = json!({"amount": number, "currency": "EUR"});
        says_positive(&serde_json::from_value::<Money>(money).unwrap_err().to_string(), figure);
    }
}

#[cfg(feature = "json")]
#[test]
fn every_record_with_a_figure_in_a_json_document() {
    use eu_celac_drugs::export::{from_json, to_json};
    let document: Value = serde_json::from_str(&to_json(report_2021_2022()).unwrap()).unwrap();
    // (table, path to the figure) for each kind of record that holds one.
    let routes: [(&str, &[&str]); 3] = [
        ("seizures", &["quantity", "value"]),
        ("outcomes", &["quantity", "value"]),
        ("budgets", &["amount", "amount"]),
    ];
    for (table, path) in routes {
        let records = document[table].as_array().unwrap();
        let at = records.iter().position(|r| !r[path[0]].is_null()).unwrap();
        for figure in [json!("-3"), json!("0"), json!(-3)] {
            let mut broken = document.clone();
            broken[table][at][path[0]][path[1]] = figure.clone();
            let err = from_json(&broken.to_string()).unwrap_err().to_string();
            says_positive(&err, &figure.to_string().replace('"', ""));
            assert!(err.contains(&format!("{table}[{at}]")), "the message says where: {err}");
        }
    }
}
