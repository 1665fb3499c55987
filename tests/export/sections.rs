//! The report's sections in the JSON format (version 2), and version-1 documents, whose
//! sections were always those of the 2021-2022 report.

use eu_celac_drugs::data::Section2021_2022;
use eu_celac_drugs::export::{LoadError, LoadProblemKind, from_json, to_json};
use eu_celac_drugs::{Dataset, DatasetParts, ProblemKind, ReportMeta, ReportMetaParts, Section};
use serde_json::{Value, json};

fn report_json() -> Value {
    serde_json::from_str(&to_json(eu_celac_drugs::report_2021_2022()).unwrap()).unwrap()
}

/// The compiled-in report as crate 0.1 wrote it: version 1, no `meta.sections`, no `meta.note`.
fn version_1() -> Value {
    let mut v = report_json();
    v["schema_version"] = json!(1);
    let meta = v["meta"].as_object_mut().unwrap();
    assert!(meta.remove("sections").is_some() && meta.remove("note").is_some());
    v
}

#[test]
fn meta_carries_the_sections_in_print_order() {
    let v = report_json();
    let codes: Vec<&str> =
        v["meta"]["sections"].as_array().unwrap().iter().map(|s| s["code"].as_str().unwrap()).collect();
    let expected: Vec<&str> = Section2021_2022::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(codes, expected);
    let aircop =
        &v["meta"]["sections"][Section2021_2022::ALL.iter().position(|s| *s == Section2021_2022::Aircop).unwrap()];
    assert_eq!(
        aircop,
        &json!({"code": "iii.a.aircop", "heading": Section2021_2022::Aircop.heading(), "parent": "iii.a", "footnote": false})
    );
}

#[test]
fn a_version_1_document_is_read_with_the_2021_2022_sections() {
    let report = eu_celac_drugs::report_2021_2022();
    assert_eq!(&from_json(&version_1().to_string()).unwrap(), report);
    // Its section codes are checked against that list.
    let mut v = version_1();
    v["projects"][0]["source"]["section"] = json!("iv");
    let Err(LoadError::Invalid { problems, .. }) = from_json(&v.to_string()) else { panic!("must fail") };
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, format!("$.projects[0]({}).source.section", v["projects"][0]["id"].as_str().unwrap()));
    assert!(
        matches!(&problems[0].kind, LoadProblemKind::Dataset(ProblemKind::UnknownSection { code }) if code == "iv")
    );
    // A version-1 document whose meta is not an object is reported as such, not converted.
    let mut v = version_1();
    v["meta"] = json!("the 2021-2022 report");
    let Err(LoadError::Invalid { problems, .. }) = from_json(&v.to_string()) else { panic!("must fail") };
    assert!(
        problems.iter().any(|p| p.path == "$.meta" && matches!(p.kind, LoadProblemKind::WrongType { .. })),
        "{problems:#?}"
    );
}

#[test]
fn a_report_with_other_sections_loads_with_no_new_crate_version() {
    // The compiled-in report's sections renamed and regrouped, as a later report might have
    // them: its records cite the new codes, and the loader checks them against the new list.
    let report = eu_celac_drugs::report_2021_2022();
    let mut v = report_json();
    let rename = |code: &str| format!("part-{code}");
    for section in v["meta"]["sections"].as_array_mut().unwrap() {
        section["code"] = json!(rename(section["code"].as_str().unwrap()));
        if let Some(parent) = section["parent"].as_str().map(rename) {
            section["parent"] = json!(parent);
        }
    }
    let mut cited = 0;
    for (key, table) in v.as_object_mut().unwrap().iter_mut().filter(|(k, _)| *k != "schema_version") {
        let records: Vec<&mut Value> =
            if key == "meta" { vec![table] } else { table.as_array_mut().unwrap().iter_mut().collect() };
        for record in records {
            let code = record["source"]["section"].as_str().unwrap().to_owned();
            record["source"]["section"] = json!(rename(&code));
            cited += 1;
        }
    }
    assert_eq!(cited, report.len() + 1);
    let loaded = from_json(&v.to_string()).unwrap();
    assert_eq!(loaded.len(), report.len());
    assert_eq!(loaded.section("part-iii.a.aircop").unwrap().heading(), Section2021_2022::Aircop.heading());
    assert!(loaded.section("iii.a.aircop").is_none());
    assert_eq!(loaded.project("aircop").unwrap().source().section(), "part-iii.a.aircop");
}

#[test]
fn records_are_checked_against_the_datasets_own_sections() {
    let report = eu_celac_drugs::report_2021_2022();
    let mut parts = DatasetParts::from(report.clone());
    // Drop a section: every record citing it is a problem, each with its path.
    let meta = parts.meta.clone().into_parts();
    let kept: Vec<Section> = meta.sections.iter().filter(|s| s.code() != "iii.a.masif").cloned().collect();
    parts.meta = ReportMeta::new(ReportMetaParts { sections: kept.into(), ..meta }).unwrap();
    let err = Dataset::new(parts).unwrap_err();
    let citing = report.records().filter(|(_, _, s)| s.section() == "iii.a.masif").count();
    assert!(citing > 0);
    assert_eq!(err.problems().len(), citing, "{err}");
    for p in err.problems() {
        assert!(matches!(&p.kind, ProblemKind::UnknownSection { code } if code == "iii.a.masif"), "{p}");
        assert!(p.path.ends_with(".section"), "{}", p.path);
    }
}

#[cfg(feature = "schema")]
#[test]
fn the_schema_requires_only_what_identifies_a_report() {
    let schema = eu_celac_drugs::export::json_schema();
    let meta = &schema["$defs"]["ReportMeta"];
    let required: Vec<&str> = meta["required"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    for field in ["title", "period_start", "period_end", "sections"] {
        assert!(required.contains(&field), "{field}");
    }
    for field in ["number", "adopted_at", "date", "place", "source", "note", "registry_stamp"] {
        assert!(!required.contains(&field), "{field}");
    }
    assert_eq!(schema["$defs"]["SectionCode"]["type"], "string");
    assert!(schema["$defs"]["Section"]["properties"]["parent"].is_object());
}
