//! How the errors of loading and of checking a dataset read: their messages (the count, the
//! first few problems, "… and N more"), their paths (naming each record by its id), and what a
//! `main` that returns them through `Box<dyn Error>` prints.

use std::error::Error;

use eu_celac_drugs::error::SHOWN_PROBLEMS;
use eu_celac_drugs::export::{LoadError, LoadProblemKind, PROBLEM_LIMIT, from_json, to_json};
use eu_celac_drugs::{Dataset, DatasetError, DatasetParts, report_2021_2022};
use serde_json::{Value, json};

fn report_json() -> Value {
    serde_json::from_str(&to_json(report_2021_2022()).unwrap()).unwrap()
}

/// The report's export with the names of the first `n` programmes emptied: `n` problems.
fn with_problems(n: usize) -> LoadError {
    let mut v = report_json();
    for i in 0..n {
        v["programmes"][i]["name"] = json!("");
    }
    let err = from_json(&v.to_string()).unwrap_err();
    assert_eq!(err.problems().len(), n, "{err:#?}");
    err
}

/// The report's parts with the first `n` programmes given twice: `n` duplicate ids.
fn dataset_with_problems(n: usize) -> DatasetError {
    let mut parts = DatasetParts::from(report_2021_2022().clone());
    let copies = parts.programmes[..n].to_vec();
    parts.programmes.extend(copies);
    let err = Dataset::new(parts).unwrap_err();
    assert_eq!(err.problems().len(), n, "{err:#?}");
    err
}

/// What Rust prints when `main` returns this error: `Error: ` and its `Debug` form.
fn as_main_prints(err: Box<dyn Error>) -> String {
    format!("Error: {err:?}")
}

/// Loads a document as a program would, with `?` into `Box<dyn Error>`.
fn load(text: &str) -> Result<Dataset, Box<dyn Error>> {
    Ok(from_json(text)?)
}

/// Checks parts as a program would, with `?` into `Box<dyn Error>`.
fn check(parts: DatasetParts) -> Result<Dataset, Box<dyn Error>> {
    Ok(Dataset::new(parts)?)
}

#[test]
fn a_bad_value_in_a_record_is_named_by_the_record_id() {
    let mut v = report_json();
    assert_eq!(v["seizures"][0]["id"], "aircop.2021.cocaine");
    v["seizures"][0]["quantity"]["value"] = json!(9.6);
    let err = from_json(&v.to_string()).unwrap_err();
    let [p] = err.problems() else { panic!("{err:#?}") };
    assert_eq!(p.path, "$.seizures[0](aircop.2021.cocaine).quantity.value");
    assert!(matches!(p.kind, LoadProblemKind::WrongType { .. }), "{p:#?}");
    // A figure that is read but refused is reported on the quantity it belongs to.
    v["seizures"][0]["quantity"]["value"] = json!("-9.6");
    let err = from_json(&v.to_string()).unwrap_err();
    assert_eq!(err.problems()[0].path, "$.seizures[0](aircop.2021.cocaine).quantity");
    assert_eq!(
        err.to_string(),
        "the JSON has 1 problem: $.seizures[0](aircop.2021.cocaine).quantity: invalid value: \"-9.6\": value must be \
         positive, got -9.6"
    );
}

#[test]
fn the_id_is_named_wherever_it_stands_in_the_record_and_only_when_valid() {
    let mut v = report_json();
    v["seizures"][0]["quantity"]["value"] = json!(9.6);
    // The bad value before the id in the record's text (a `Value` writes its keys sorted, `id`
    // first, so the id is moved to the end): the id is still read.
    let mut seizure = v["seizures"][0].clone();
    let id = seizure.as_object_mut().unwrap().remove("id").unwrap();
    let seizure = seizure.to_string();
    let seizure = format!("{},\"id\":{id}}}", &seizure[..seizure.len() - 1]);
    let mut placed = v.clone();
    placed["seizures"][0] = json!("\u{1}");
    let text = placed.to_string().replacen("\"\\u0001\"", &seizure, 1);
    assert!(text.find("\"value\":9.6").unwrap() < text.find("\"id\":\"aircop.2021.cocaine\"").unwrap());
    assert_eq!(from_json(&text).unwrap_err().problems()[0].path, "$.seizures[0](aircop.2021.cocaine).quantity.value");
    // An invalid id, a null one, a huge one, a number, one given twice: the index alone.
    let huge = "a".repeat(100_000);
    for id in [json!("Not An Id"), json!(null), json!(huge), json!(7)] {
        let mut v = v.clone();
        v["seizures"][0]["id"] = id;
        let err = from_json(&v.to_string()).unwrap_err();
        assert!(err.problems().iter().all(|p| !p.path.contains('(')), "{err:#?}");
        // serde stops at the first problem in the record (here the id itself, which comes first).
        assert!(err.problems()[0].path.starts_with("$.seizures[0]."), "{err:#?}");
        assert!(err.to_string().len() < 2_000);
    }
    let mut seizure = v["seizures"][0].clone();
    seizure.as_object_mut().unwrap().remove("id");
    let seizure = format!("{{\"id\":\"x\",\"id\":\"y\",{}", &seizure.to_string()[1..]);
    let text = placed.to_string().replacen("\"\\u0001\"", &seizure, 1);
    let err = from_json(&text).unwrap_err();
    assert_eq!(err.problems()[0].path, "$.seizures[0].id", "{err:#?}");
    assert!(matches!(err.problems()[0].kind, LoadProblemKind::DuplicateKey { .. }), "{err:#?}");
}

#[test]
fn problems_found_across_records_name_the_record_id() {
    let mut v = report_json();
    v["participations"][3]["subject"]["id"] = json!("nowhere");
    let err = from_json(&v.to_string()).unwrap_err();
    let id = v["participations"][3]["id"].as_str().unwrap();
    assert_eq!(err.problems()[0].path, format!("$.participations[3]({id}).subject.id"));
    // The same record checked in memory has the same name, less the `$.` and the offending field's own key.
    let parts: DatasetParts = serde_json::from_value({
        let mut plain = serde_json::to_value(report_2021_2022()).unwrap();
        plain["participations"][3]["subject"]["id"] = json!("nowhere");
        plain
    })
    .unwrap();
    let err = Dataset::new(parts).unwrap_err();
    assert_eq!(err.problems()[0].path, format!("participations[3]({id}).subject"));
}

#[test]
fn seven_problems_show_five_and_say_how_many_more() {
    assert_eq!(SHOWN_PROBLEMS, 5);
    let err = with_problems(7);
    let message = err.to_string();
    let lines: Vec<&str> = message.lines().collect();
    assert_eq!(lines.len(), 1 + SHOWN_PROBLEMS + 1, "{message}");
    assert_eq!(lines[0], "the JSON has 7 problems:");
    for (line, p) in lines[1..=SHOWN_PROBLEMS].iter().zip(err.problems()) {
        assert_eq!(*line, format!("  - {p}"));
        assert!(line.starts_with("  - $.programmes["), "{line}");
    }
    assert_eq!(lines[6], "  … and 2 more");
    // One line when asked: the count and the first.
    assert_eq!(format!("{err:#}"), format!("the JSON has 7 problems; the first: {}", err.problems()[0]));
    // Up to five, no "more".
    let five = with_problems(SHOWN_PROBLEMS).to_string();
    assert_eq!(five.lines().count(), 1 + SHOWN_PROBLEMS);
    assert!(!five.contains("more"), "{five}");
}

#[test]
fn one_problem_reads_in_one_line() {
    let err = with_problems(1);
    let message = err.to_string();
    assert_eq!(message, format!("the JSON has 1 problem: {}", err.problems()[0]));
    assert!(message.starts_with("the JSON has 1 problem: $.programmes[0]("), "{message}");
    assert_eq!(message.lines().count(), 1);
}

#[test]
fn problems_beyond_the_limit_are_counted_in_the_message() {
    let records = vec!["{}"; PROBLEM_LIMIT + 10].join(",");
    let err = from_json(&format!("{{\"schema_version\": 2, \"participations\": [{records}]}}")).unwrap_err();
    let total = PROBLEM_LIMIT + err.omitted();
    let message = err.to_string();
    assert!(message.starts_with(&format!("the JSON has {total} problems:\n")), "{message:.300}");
    assert!(message.ends_with(&format!("\n  … and {} more", total - SHOWN_PROBLEMS)), "{message:.300}");
    assert_eq!(message.lines().count(), 1 + SHOWN_PROBLEMS + 1);
}

#[test]
fn the_dataset_error_reads_the_same_way() {
    let err = dataset_with_problems(7);
    let message = err.to_string();
    let lines: Vec<&str> = message.lines().collect();
    assert_eq!(lines.len(), 1 + SHOWN_PROBLEMS + 1, "{message}");
    assert_eq!(lines[0], "the dataset has 7 problems:");
    let first = &err.problems()[0];
    let id = report_2021_2022().programmes().iter().next().unwrap().id();
    let n = report_2021_2022().programmes().len();
    assert_eq!(first.path, format!("programmes[{n}]({id}).id"));
    assert_eq!(lines[1], format!("  - {first}"));
    assert_eq!(lines[6], "  … and 2 more");
    assert_eq!(format!("{err:#}"), format!("the dataset has 7 problems; the first: {first}"));
    let one = dataset_with_problems(1).to_string();
    assert_eq!(
        one,
        format!("the dataset has 1 problem: programmes[{n}]({id}).id: id {id} is used by a programme and a programme")
    );
}

#[test]
fn main_returning_a_load_error_prints_the_message() {
    let mut v = report_json();
    for i in 0..7 {
        v["programmes"][i]["name"] = json!("");
    }
    let err = load(&v.to_string()).unwrap_err();
    assert!(err.source().is_none());
    let printed = as_main_prints(err);
    let expected = format!("Error: {}", with_problems(7));
    assert_eq!(printed, expected);
    for dump in ["Invalid {", "LoadProblem {", "problems: [", "kind:", "omitted:"] {
        assert!(!printed.contains(dump), "{printed}");
    }
    assert!(printed.starts_with("Error: the JSON has 7 problems:\n  - $.programmes[0]("), "{printed}");
    // Malformed JSON too, in one line.
    let printed = as_main_prints(load("{").unwrap_err());
    assert_eq!(printed, "Error: malformed JSON at line 1, column 1: EOF while parsing an object");
    // The fields are there for whoever asks for them.
    assert!(format!("{:#?}", with_problems(1)).starts_with("Invalid {\n    problems: [\n        LoadProblem {"));
}

#[test]
fn main_returning_a_dataset_error_prints_the_message() {
    let mut parts = DatasetParts::from(report_2021_2022().clone());
    let copies = parts.programmes[..7].to_vec();
    parts.programmes.extend(copies);
    let err = check(parts).unwrap_err();
    assert!(err.source().is_none());
    let printed = as_main_prints(err);
    assert_eq!(printed, format!("Error: {}", dataset_with_problems(7)));
    assert!(printed.starts_with("Error: the dataset has 7 problems:\n  - programmes["), "{printed}");
    for dump in ["DatasetError {", "Problem {", "problems: [", "kind:"] {
        assert!(!printed.contains(dump), "{printed}");
    }
    assert!(
        format!("{:#?}", dataset_with_problems(1)).starts_with("DatasetError {\n    problems: [\n        Problem {")
    );
    // `unwrap` and `expect` print the `Debug` form of the `Err`: the message.
    let result: Result<(), DatasetError> = Err(dataset_with_problems(1));
    assert_eq!(format!("{result:?}"), format!("Err({})", dataset_with_problems(1)));
}

#[test]
fn messages_stay_short_whatever_the_input() {
    // A thousand huge unknown keys: five are shown, each cut.
    let mut v = report_json();
    let key = "Ab ".repeat(10_000);
    for i in 0..PROBLEM_LIMIT {
        v[format!("{key}{i}").as_str()] = json!(1);
    }
    let err = from_json(&v.to_string()).unwrap_err();
    assert!(err.to_string().len() < 2_000, "{} bytes", err.to_string().len());
    assert!(format!("{err:?}").len() < 2_000);
    assert!(format!("{err:#}").len() < 1_000);
}

#[test]
fn a_value_cannot_break_the_lines_of_the_message() {
    let mut v = report_json();
    // serde quotes an unknown code as written, between backticks: its line breaks are escaped.
    v["participations"][0]["role"] = json!("lead\n  - $.forged: a problem that is not there");
    v["programmes"][1]["kind"] = json!("x\r\ny\u{1b}[31m");
    let err = from_json(&v.to_string()).unwrap_err();
    let message = err.to_string();
    assert_eq!(message.lines().count(), 1 + err.problems().len(), "{message}");
    assert!(!message.chars().any(|c| c.is_control() && c != '\n'), "{message}");
    assert!(message.contains("`lead\\n  - $.forged"), "{message}");
    assert_eq!(format!("{err:#}").lines().count(), 1);
}
