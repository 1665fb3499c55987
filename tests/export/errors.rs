//! One test per kind of load error, each checking the JSON path reported.

use eu_celac_drugs::export::{LoadError, LoadProblem, LoadProblemKind, SCHEMA_VERSION, from_json, to_json};
use eu_celac_drugs::{ProblemKind, ValidationError};
use serde_json::{Value, json};

fn report_json() -> Value {
    serde_json::from_str(&to_json(eu_celac_drugs::report_2021_2022()).unwrap()).unwrap()
}

fn problems(v: &Value) -> Vec<LoadProblem> {
    match from_json(&v.to_string()) {
        Err(LoadError::Invalid { problems, .. }) => problems,
        other => panic!("expected problems, got {other:?}"),
    }
}

/// The JSON path of the record at `i` of `table` in `v`, with its id: `$.seizures[0](aircop.2021.cocaine)`.
fn at_record(v: &Value, table: &str, i: usize) -> String {
    format!("$.{table}[{i}]({})", v[table][i]["id"].as_str().unwrap())
}

fn index_of(v: &Value, table: &str, id: &str) -> usize {
    v[table].as_array().unwrap().iter().position(|r| r["id"] == id).unwrap()
}

#[test]
fn the_report_round_trips() {
    let report = eu_celac_drugs::report_2021_2022();
    let json = to_json(report).unwrap();
    assert_eq!(from_json(&json).unwrap(), *report);
    let mut out = Vec::new();
    eu_celac_drugs::export::write_json(report, &mut out).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), json);
}

#[test]
fn figures_and_dates_are_exact_text() {
    let v = report_json();
    let cocaine = v["seizures"].as_array().unwrap().iter().find(|s| s["id"] == "aircop.2021.cocaine").unwrap();
    assert_eq!(cocaine["quantity"], json!({"value": "9.6", "unit": "t", "qualifier": "over"}));
    assert!(v["budgets"].as_array().unwrap().iter().all(|b| b["amount"]["amount"].is_string()));
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
}

#[test]
fn malformed_json_names_line_and_column() {
    let Err(LoadError::Malformed { line, column, .. }) = from_json("{\n  \"schema_version\": 1,\n  oops\n}") else {
        panic!("malformed JSON must be refused")
    };
    assert_eq!((line, column), (3, 3));
}

#[test]
fn a_document_that_is_not_an_object() {
    let p = problems(&json!([1, 2]));
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].path, "$");
    assert!(matches!(p[0].kind, LoadProblemKind::WrongType { .. }));
}

#[test]
fn unsupported_and_missing_versions() {
    let mut v = report_json();
    for version in [0, SCHEMA_VERSION + 1] {
        v["schema_version"] = json!(version);
        let p = problems(&v);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "$.schema_version");
        assert!(
            matches!(&p[0].kind, LoadProblemKind::UnsupportedVersion { found, supported: SCHEMA_VERSION } if *found == version.to_string())
        );
    }
    v.as_object_mut().unwrap().remove("schema_version");
    let p = problems(&v);
    assert_eq!(p.len(), 1);
    assert!(matches!(&p[0].kind, LoadProblemKind::MissingField { field } if field == "schema_version"));
}

#[test]
fn unknown_fields_at_every_level() {
    let mut v = report_json();
    v["extra"] = json!(true);
    v["programmes"][1]["colour"] = json!("blue");
    v["seizures"][0]["quantity"]["precision"] = json!(2);
    let p = problems(&v);
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    let expected = [
        "$.extra".to_owned(),
        at_record(&v, "programmes", 1) + ".colour",
        at_record(&v, "seizures", 0) + ".quantity.precision",
    ];
    assert_eq!(paths, expected, "{p:#?}");
    assert!(p[..2].iter().all(|p| matches!(p.kind, LoadProblemKind::UnknownField { .. })));
}

#[test]
fn an_outcome_without_its_credit_still_loads_as_its_own_record_s_result() {
    // `credit` came to outcomes within version 2: a document written before it loads, each
    // outcome read as what such a document said (the result of its `of`, Credit::Own).
    use eu_celac_drugs::{Credit, OutcomeKind};
    let mut v = report_json();
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
    let contributed: Vec<String> = v["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["credit"] == "contribution")
        .map(|o| o["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(!contributed.is_empty());
    for o in v["outcomes"].as_array_mut().unwrap() {
        assert!(o.as_object_mut().unwrap().remove("credit").is_some());
    }
    let old = from_json(&v.to_string()).unwrap();
    assert!(old.outcomes().iter().all(|o| o.credit() == Credit::Own));
    // Written again, the document carries the field; the compiled-in report marks the arrests of
    // an operation CRIMJUST contributed to as a contribution.
    let report = eu_celac_drugs::report_2021_2022();
    let arrests = report.outcomes().iter().find(|o| o.kind() == OutcomeKind::Arrests).unwrap();
    assert!(contributed.contains(&arrests.id().to_string()));
    assert_eq!(arrests.credit(), Credit::Contribution);
    // Any other value is refused, with its path.
    let mut bad = report_json();
    bad["outcomes"][0]["credit"] = json!("borrowed");
    assert!(problems(&bad).iter().any(|p| p.path.starts_with("$.outcomes[0]")));
}

#[test]
fn missing_fields_and_tables() {
    let mut v = report_json();
    v["projects"][2].as_object_mut().unwrap().remove("name");
    v.as_object_mut().unwrap().remove("statements");
    let p = problems(&v);
    assert!(p.iter().any(|p| p.path == at_record(&v, "projects", 2)
        && matches!(&p.kind, LoadProblemKind::MissingField { field } if field == "name")));
    assert!(
        p.iter()
            .any(|p| p.path == "$"
                && matches!(&p.kind, LoadProblemKind::MissingField { field } if field == "statements"))
    );
}

#[test]
fn unknown_codes() {
    let mut v = report_json();
    let i = v["participations"].as_array().unwrap().iter().position(|p| p["party"].get("country").is_some()).unwrap();
    v["participations"][i]["party"]["country"] = json!("XX");
    let j = if i == 0 { 1 } else { 0 };
    v["participations"][j]["role"] = json!("overlord");
    v["budgets"][0]["amount"]["currency"] = json!("EUX");
    let p = problems(&v);
    assert!(p.iter().all(|p| matches!(p.kind, LoadProblemKind::UnknownCode { .. })), "{p:#?}");
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&format!("{}.party.country", at_record(&v, "participations", i)).as_str()), "{paths:?}");
    assert!(paths.contains(&format!("{}.role", at_record(&v, "participations", j)).as_str()), "{paths:?}");
    // Money is read whole, so its problem is reported on the amount object.
    assert!(paths.contains(&format!("{}.amount", at_record(&v, "budgets", 0)).as_str()), "{paths:?}");
}

#[test]
fn wrong_types_and_invalid_values() {
    let mut v = report_json();
    v["programmes"][0]["name"] = json!(42);
    v["documents"][0]["id"] = json!("Not An Id");
    v["seizures"][0]["quantity"]["value"] = json!("-3");
    v["events"][0]["date"] = json!("2021-13");
    let p = problems(&v);
    let at = |path: &str| p.iter().find(|p| p.path == path).unwrap_or_else(|| panic!("{path} not in {p:#?}"));
    assert!(matches!(at(&(at_record(&v, "programmes", 0) + ".name")).kind, LoadProblemKind::WrongType { .. }));
    // A record whose id is not valid is named by its index alone.
    assert!(matches!(at("$.documents[0].id").kind, LoadProblemKind::InvalidValue { .. }));
    // A quantity is read whole, so a figure it refuses is reported on the quantity.
    assert!(matches!(at(&(at_record(&v, "seizures", 0) + ".quantity")).kind, LoadProblemKind::InvalidValue { .. }));
    assert!(matches!(at(&(at_record(&v, "events", 0) + ".date")).kind, LoadProblemKind::InvalidValue { .. }));
}

#[test]
fn records_that_fail_their_validation() {
    let mut v = report_json();
    let i = index_of(&v, "projects", "aircop");
    v["projects"][i]["parent"] = json!("aircop");
    v["phases"][0]["ordinal"] = json!(0);
    let p = problems(&v);
    let at = |path: &str| p.iter().find(|p| p.path == path).unwrap_or_else(|| panic!("{path} not in {p:#?}"));
    assert!(matches!(
        at(&format!("$.projects[{i}](aircop).parent")).kind,
        LoadProblemKind::Invalid(ValidationError::Inconsistent { .. })
    ));
    assert!(matches!(
        at(&(at_record(&v, "phases", 0) + ".ordinal")).kind,
        LoadProblemKind::Invalid(ValidationError::OutOfRange { .. })
    ));
    // Nested records validate on the way in too.
    let mut v = report_json();
    v["programmes"][0]["source"]["quote"] = json!("");
    let p = problems(&v);
    assert!(p.iter().any(|p| p.path.starts_with(&(at_record(&v, "programmes", 0) + ".source"))), "{p:#?}");
}

#[test]
fn broken_references_have_their_json_path() {
    let mut v = report_json();
    v["participations"][3]["subject"]["id"] = json!("nowhere");
    let p = problems(&v);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].path, format!("{}.subject.id", at_record(&v, "participations", 3)));
    assert!(
        matches!(&p[0].kind, LoadProblemKind::Dataset(ProblemKind::Unresolved { target }) if target.id.as_str() == "nowhere")
    );
}

#[test]
fn references_to_the_wrong_kind_and_duplicate_ids() {
    let mut v = report_json();
    let aircop = index_of(&v, "projects", "aircop");
    v["participations"][3]["subject"] = json!({"kind": "programme", "id": "aircop"});
    v["programmes"][0]["id"] = json!("aircop");
    let p = problems(&v);
    assert!(
        p.iter().any(|p| p.path == format!("$.projects[{aircop}](aircop).id")
            && matches!(p.kind, LoadProblemKind::Dataset(ProblemKind::DuplicateId { .. }))),
        "{p:#?}"
    );
    assert!(p.iter().any(|p| p.path == format!("{}.subject.id", at_record(&v, "participations", 3))));
}

#[test]
fn references_into_lists_name_the_item() {
    let mut v = report_json();
    let list = v["lists"].as_array().unwrap().iter().position(|l| l["items"].as_array().unwrap().len() > 2).unwrap();
    v["lists"][list]["items"][2]["id"] = json!("nowhere");
    v["meta"]["cites"][1] = json!("nowhere-doc");
    let p = problems(&v);
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&format!("{}.items[2].id", at_record(&v, "lists", list)).as_str()), "{paths:?}");
    assert!(paths.contains(&"$.meta.cites[1]"), "{paths:?}");
}

#[test]
fn every_problem_is_reported_and_failed_records_cause_no_echo() {
    let mut v = report_json();
    let aircop = index_of(&v, "projects", "aircop");
    // AIRCOP itself fails to load: the many references to it are not reported again.
    v["projects"][aircop]["kind"] = json!("spaceship");
    v["documents"][1]["title"] = json!("");
    v["organisations"][0]["name"] = json!(null);
    let p = problems(&v);
    assert_eq!(p.len(), 3, "{p:#?}");
    // The failed AIRCOP is still named by its id, read from its text.
    assert!(p.iter().any(|p| p.path == format!("$.projects[{aircop}](aircop).kind")), "{p:#?}");
    assert!(format!("{}", from_json(&v.to_string()).unwrap_err()).starts_with("the JSON has 3 problems:\n"));
}

#[test]
fn a_bad_meta_still_lets_the_tables_be_checked() {
    let mut v = report_json();
    v["meta"]["period_end"] = json!("2020-01-01");
    v["participations"][3]["subject"]["id"] = json!("nowhere");
    let p = problems(&v);
    assert!(p.iter().any(|p| p.path == "$.meta.period_end"), "{p:#?}");
    assert!(p.iter().any(|p| p.path == format!("{}.subject.id", at_record(&v, "participations", 3))), "{p:#?}");
}
