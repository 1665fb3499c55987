//! Broken variants of the fixture are refused, each problem with the JSON path of what is wrong.

use eu_celac_drugs::export::{LoadError, LoadProblem, LoadProblemKind, from_json};
use eu_celac_drugs::{ProblemKind, ValidationError};
use serde_json::{Value, json};

use crate::fixture_value;

/// The JSON path of the record at `i` of `table`, with its id: `$.programmes[1](programme-two)`.
fn record(v: &Value, table: &str, i: usize) -> String {
    format!("$.{table}[{i}]({})", v[table][i]["id"].as_str().unwrap())
}

fn problems(v: &Value) -> Vec<LoadProblem> {
    match from_json(&v.to_string()) {
        Err(LoadError::Invalid { problems, .. }) => problems,
        Err(other) => panic!("expected problems, got {other}"),
        Ok(_) => panic!("expected problems, the document loaded"),
    }
}

#[test]
fn an_unknown_section_is_refused_naming_it() {
    let mut v = fixture_value();
    v["programmes"][1]["source"]["section"] = json!("iv");
    let p = problems(&v);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].path, format!("{}.source.section", record(&v, "programmes", 1)));
    assert!(matches!(&p[0].kind, LoadProblemKind::Dataset(ProblemKind::UnknownSection { code }) if code == "iv"));
    assert!(p[0].to_string().contains("section iv is not one of the report's sections"), "{}", p[0]);
    // A section the compiled-in report has, but this report does not, is just as unknown.
    v["programmes"][1]["source"]["section"] = json!("iii.a.aircop");
    assert_eq!(problems(&v)[0].path, format!("{}.source.section", record(&v, "programmes", 1)));
    // So is a section of the metadata's own source.
    let mut v = fixture_value();
    v["meta"]["source"]["section"] = json!("iv");
    let p = problems(&v);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].path, "$.meta.source.section");
    assert!(p[0].to_string().contains("iv is not one of the report's sections"), "{}", p[0]);
}

#[test]
fn a_removed_section_is_reported_where_each_record_cites_it() {
    let mut v = fixture_value();
    let sections = v["meta"]["sections"].as_array_mut().unwrap();
    let at = sections.iter().position(|s| s["code"] == "ii.b").unwrap();
    sections.remove(at);
    let p = problems(&v);
    let cited: Vec<String> = ["projects", "seizures"]
        .iter()
        .flat_map(|t| {
            let rows = v[*t].as_array().unwrap();
            rows.iter()
                .enumerate()
                .filter(|(_, r)| r["source"]["section"] == "ii.b")
                .map(|(i, _)| format!("{}.source.section", record(&v, t, i)))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(!cited.is_empty());
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, cited, "{p:#?}");
}

#[test]
fn a_dangling_reference_is_refused_with_its_path() {
    let mut v = fixture_value();
    v["projects"][0]["programme"] = json!("programme-three");
    v["lists"][0]["items"][2]["id"] = json!("programme-one.beneficiary.bo");
    let p = problems(&v);
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    let expected =
        [format!("{}.programme", record(&v, "projects", 0)), format!("{}.items[2].id", record(&v, "lists", 0))];
    assert_eq!(paths, expected, "{p:#?}");
    assert!(p.iter().all(|p| matches!(p.kind, LoadProblemKind::Dataset(ProblemKind::Unresolved { .. }))));
}

#[test]
fn a_broken_section_list_is_refused_in_the_metadata() {
    let mut v = fixture_value();
    v["meta"]["sections"][3]["parent"] = json!("iv");
    let p = problems(&v);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(p[0].path.starts_with("$.meta"), "{}", p[0].path);
    assert!(matches!(&p[0].kind, LoadProblemKind::Invalid(ValidationError::Inconsistent { .. })));
    assert!(p[0].to_string().contains("iv"), "{}", p[0]);
    // With its metadata refused, the tables are still checked, but against no sections of
    // another report: the fixture's own codes raise nothing more.
    let mut v = fixture_value();
    v["meta"]["period_end"] = json!("2020-01-01");
    v["projects"][0]["programme"] = json!("programme-three");
    let p = problems(&v);
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$.meta.period_end".to_owned(), format!("{}.programme", record(&v, "projects", 0))], "{p:#?}");
}

#[test]
fn as_a_version_1_document_its_sections_are_not_the_2021_2022_reports() {
    // Version 1 knew the 2021-2022 report's sections only: a version-1 document is read with
    // those, so the fixture's own codes are refused, each where it is cited.
    let mut v = fixture_value();
    v["schema_version"] = json!(1);
    let meta = v["meta"].as_object_mut().unwrap();
    meta.remove("sections");
    meta.remove("note");
    let p = problems(&v);
    assert!(!p.is_empty());
    for problem in &p {
        let LoadProblemKind::Dataset(ProblemKind::UnknownSection { code }) = &problem.kind else { panic!("{problem}") };
        assert!(eu_celac_drugs::report_2021_2022().section(code.as_str()).is_none());
        assert!(problem.path.ends_with(".source.section"), "{}", problem.path);
    }
}
