//! Loading untrusted documents: duplicate keys, problems beyond the limit, huge values, figures
//! out of range, a byte-order mark, a version that is not an integer, deep nesting.

use eu_celac_drugs::error::SHOWN_PROBLEMS;
use eu_celac_drugs::export::{LoadError, LoadProblem, LoadProblemKind, PROBLEM_LIMIT, from_json, to_json};
use eu_celac_drugs::{Dataset, report_2021_2022};
use serde_json::{Value, json};

/// The compiled-in report's export document, as a tree.
fn report_json() -> Value {
    serde_json::from_str(&to_json(report_2021_2022()).unwrap()).unwrap()
}

/// The compiled-in report in the plain serde form (`serde_json::from_str::<Dataset>`).
fn report_plain() -> Value {
    serde_json::to_value(report_2021_2022()).unwrap()
}

fn problems(text: &str) -> Vec<LoadProblem> {
    match from_json(text) {
        Err(e @ LoadError::Invalid { .. }) => e.problems().to_vec(),
        other => panic!("expected problems, got {other:?}"),
    }
}

/// `v` as compact JSON text with the key at `pointer` written twice (with the same value).
fn with_key_twice(v: &Value, pointer: &str) -> String {
    let mut v = v.clone();
    let original = v.pointer(pointer).unwrap_or_else(|| panic!("{pointer}")).clone();
    let marker = "\u{1}twice\u{1}";
    *v.pointer_mut(pointer).unwrap() = json!(marker);
    let key = pointer.rsplit('/').next().unwrap();
    let text = v.to_string();
    let written = format!("{}:{}", json!(key), json!(marker));
    assert_eq!(text.matches(&written).count(), 1);
    text.replacen(&written, &format!("{}:{original},{}:{original}", json!(key), json!(key)), 1)
}

#[test]
fn a_table_given_twice_is_refused_at_its_second_occurrence() {
    // The audit's case: an empty table first, the real one second; the last-wins reading lost it.
    let text = to_json(report_2021_2022()).unwrap();
    let twice = text.replacen("\"participations\": [", "\"participations\": [],\n  \"participations\": [", 1);
    let p = problems(&twice);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].path, "$.participations");
    assert!(matches!(&p[0].kind, LoadProblemKind::DuplicateKey { key } if key == "participations"));
    assert!(p[0].to_string().contains("duplicate key \"participations\""), "{}", p[0]);
    // The serde route refuses it too.
    let plain = serde_json::to_string(report_2021_2022()).unwrap();
    let plain_twice = plain.replacen("\"participations\":[", "\"participations\":[],\"participations\":[", 1);
    assert!(serde_json::from_str::<Dataset>(&plain_twice).unwrap_err().to_string().contains("duplicate field"));
}

#[test]
fn a_key_given_twice_is_refused_at_every_level() {
    let v = report_json();
    let plain = report_plain();
    let with_country = v["participations"].as_array().unwrap().iter().position(|p| p["party"].get("country").is_some());
    let with_country = with_country.unwrap();
    // A path names a record by its index and its id: `$.events[3](hlm-23)`.
    let record = |table: &str, i: usize| format!("$.{table}[{i}]({})", v[table][i]["id"].as_str().unwrap());
    let cases = [
        ("/schema_version".to_owned(), "$.schema_version".to_owned()),
        ("/meta/number".to_owned(), "$.meta.number".to_owned()),
        ("/events/3/name".to_owned(), format!("{}.name", record("events", 3))),
        ("/events/3/source/quote".to_owned(), format!("{}.source.quote", record("events", 3))),
        ("/seizures/0/quantity/value".to_owned(), format!("{}.quantity.value", record("seizures", 0))),
        ("/budgets/0/amount/currency".to_owned(), format!("{}.amount.currency", record("budgets", 0))),
        (
            format!("/participations/{with_country}/party/country"),
            format!("{}.party.country", record("participations", with_country)),
        ),
    ];
    for (pointer, path) in cases {
        let p = problems(&with_key_twice(&v, &pointer));
        assert_eq!(p.len(), 1, "{pointer}: {p:#?}");
        assert_eq!(p[0].path, path);
        assert!(matches!(&p[0].kind, LoadProblemKind::DuplicateKey { .. }), "{pointer}: {p:#?}");
        if pointer != "/schema_version" {
            // The plain serde route refuses it too.
            let err = serde_json::from_str::<Dataset>(&with_key_twice(&plain, &pointer));
            assert!(err.is_err(), "the serde route accepts {pointer} twice");
        }
    }
    // A record's id given twice names no id: the document does not say which it is.
    let p = problems(&with_key_twice(&v, "/events/3/id"));
    assert_eq!(p[0].path, "$.events[3].id", "{p:#?}");
    assert!(matches!(&p[0].kind, LoadProblemKind::DuplicateKey { .. }), "{p:#?}");
}

#[test]
fn a_choice_of_forms_names_one() {
    let mut v = report_json();
    v["participations"][0]["party"] = json!({"country": "PE", "organisation": "aircop"});
    let p = problems(&v.to_string());
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].path, format!("$.participations[0]({}).party", v["participations"][0]["id"].as_str().unwrap()));
    assert!(p[0].to_string().contains("exactly one key"), "{}", p[0]);
}

#[test]
fn problems_beyond_the_limit_are_counted() {
    let extra = 250;
    let records = vec!["{}"; PROBLEM_LIMIT + extra].join(",");
    let text = format!("{{\"schema_version\": 1, \"participations\": [{records}]}}");
    let err = from_json(&text).unwrap_err();
    assert_eq!(err.problems().len(), PROBLEM_LIMIT);
    assert_eq!(err.problems()[0].path, "$.participations[0]");
    assert_eq!(err.problems()[PROBLEM_LIMIT - 1].path, format!("$.participations[{}]", PROBLEM_LIMIT - 1));
    // The records beyond the limit, `meta` and 20 missing tables.
    assert_eq!(err.omitted(), extra + 21);
    // The message counts every problem, shows the first few and says how many more there are.
    let message = err.to_string();
    let total = PROBLEM_LIMIT + extra + 21;
    assert!(message.starts_with(&format!("the JSON has {total} problems:\n")), "{message}");
    assert!(message.ends_with(&format!("\n  … and {} more", total - SHOWN_PROBLEMS)), "{message}");
}

#[test]
fn huge_values_are_quoted_in_part() {
    let mega = "Ab ".repeat(1 << 18);
    let v = report_json();
    let i = v["participations"].as_array().unwrap().iter().position(|p| p["party"].get("country").is_some());
    let cases: Vec<(String, Value)> = vec![
        ("/documents/0/id".into(), json!(mega)),
        ("/participations/0/role".into(), json!(mega)),
        (format!("/participations/{}/party/country", i.unwrap()), json!(mega)),
        ("/budgets/0/amount/currency".into(), json!(mega)),
        ("/budgets/0/amount/amount".into(), json!(mega)),
        ("/seizures/0/quantity/value".into(), json!(mega)),
        ("/seizures/0/quantity/unit".into(), json!(mega)),
        ("/events/0/date".into(), json!(mega)),
        ("/phases/0/ordinal".into(), json!(mega)),
        ("/programmes/0/name".into(), json!(format!(" {mega}"))),
        ("/meta/number".into(), json!(mega)),
        ("/programmes/1/aliases".into(), json!([mega, mega])),
    ];
    for (pointer, value) in cases {
        let mut v = v.clone();
        *v.pointer_mut(&pointer).unwrap() = value;
        let err = from_json(&v.to_string()).unwrap_err();
        let message = err.to_string();
        assert!(message.len() < 1_000, "{pointer}: {} bytes: {}", message.len(), &message[..1_000]);
        assert!(err.problems().iter().all(|p| p.to_string().len() < 1_000), "{pointer}");
        assert!(message.contains("characters)"), "{pointer}: {message}");
    }
    // A huge unknown key, in the path and in the message.
    let mut v = v;
    v["programmes"][1][mega.as_str()] = json!(1);
    let err = from_json(&v.to_string()).unwrap_err();
    assert!(err.to_string().len() < 1_000, "{}", &err.to_string()[..1_000]);
    let at = format!("$.programmes[1]({})[\"Ab Ab", v["programmes"][1]["id"].as_str().unwrap());
    assert!(err.problems()[0].path.starts_with(&at), "{}", err.problems()[0].path);
}

#[test]
fn figures_out_of_range_say_so() {
    let v = report_json();
    let huge = format!("1{}", "0".repeat(40));
    let fine = format!("0.{}1", "0".repeat(29));
    for (pointer, value) in [
        ("/seizures/0/quantity/value", json!(huge)),
        ("/seizures/0/quantity/value", json!(fine)),
        ("/budgets/0/amount/amount", json!(huge)),
        ("/budgets/0/amount/amount", json!(fine)),
    ] {
        let mut v = v.clone();
        *v.pointer_mut(pointer).unwrap() = value;
        let p = problems(&v.to_string());
        assert_eq!(p.len(), 1, "{p:#?}");
        let message = p[0].to_string();
        assert!(message.contains("out of range") && !message.contains("not a figure"), "{message}");
    }
    // A JSON number too large for any reader is out of range, not malformed JSON.
    let text = v.to_string().replacen("\"value\":\"9.6\"", "\"value\":1e400", 1);
    let p = problems(&text);
    assert!(p[0].to_string().contains("out of range"), "{p:#?}");
}

#[test]
fn a_byte_order_mark_is_named() {
    let text = format!("\u{feff}{}", to_json(report_2021_2022()).unwrap());
    let Err(LoadError::Malformed { line: 1, column: 1, message }) = from_json(&text) else { panic!("accepted") };
    assert!(message.contains("byte-order mark") && message.contains("remove it"), "{message}");
}

#[test]
fn the_version_is_an_integer() {
    let mut v = report_json();
    for (version, says) in [(json!(1.0), "the number 1.0"), (json!("1"), "a string"), (json!(null), "null")] {
        v["schema_version"] = version;
        let p = problems(&v.to_string());
        assert_eq!(p.len(), 1, "{p:#?}");
        assert_eq!(p[0].path, "$.schema_version");
        let LoadProblemKind::WrongType { message } = &p[0].kind else { panic!("{p:#?}") };
        assert!(message.contains("is an integer") && message.ends_with(says), "{message}");
        assert!(!p[0].to_string().contains("not supported"));
    }
    // Reported alone, wherever it stands (here after the tables, one of them broken).
    v["schema_version"] = json!(7);
    v["participations"][0]["subject"]["id"] = json!("nowhere");
    let text = v.to_string();
    assert!(text.find("\"schema_version\"") > text.find("\"participations\""));
    let p = problems(&text);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(matches!(&p[0].kind, LoadProblemKind::UnsupportedVersion { found, .. } if found == "7"));
}

#[test]
fn deep_nesting_is_a_problem_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let mut v = report_json();
    v["programmes"][0]["name"] = json!("DEEP");
    let text = v.to_string().replacen("\"DEEP\"", &deep, 1);
    let p = problems(&text);
    assert!(p.iter().any(|p| p.path.starts_with("$.programmes[0]")), "{p:#?}");
    // Under an unknown key, and as the whole document.
    let text = v.to_string().replacen("{", &format!("{{\"deep\": {deep},"), 1);
    assert!(problems(&text).iter().any(|p| p.path == "$.deep"));
    let p = problems(&deep);
    assert_eq!((p.len(), p[0].path.as_str()), (1, "$"));
}
