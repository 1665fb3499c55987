//! Every export runs on the fixture: the JSON round trip, the CSV tables and data package (whose
//! `sections` are the fixture's), the JSON Schema (validated from Python by
//! `.ci/python-checks.sh`, which exports the fixture too).

use eu_celac_drugs::export::{from_json, to_json};

use crate::{MARK, column, fixture, fixture_value};

#[test]
fn json_round_trips() {
    let d = fixture();
    let json = to_json(&d).unwrap();
    assert!(json.starts_with(&format!("{{\n  \"schema_version\": {},", eu_celac_drugs::export::SCHEMA_VERSION)));
    assert_eq!(from_json(&json).unwrap(), d);
}

#[cfg(feature = "csv")]
#[test]
fn csv_tables_and_the_data_package_have_the_fixtures_sections() {
    use eu_celac_drugs::export::{csv_tables, datapackage, write_csv};

    let d = fixture();
    let v = fixture_value();
    let tables = csv_tables(&d);
    let table = |name: &str| tables.iter().find(|t| t.name() == name).unwrap();
    let col = |name: &str, header: &str| {
        let t = table(name);
        let i = t.headers().position(|h| h == header).unwrap();
        t.rows().iter().map(|r| r[i].clone()).collect::<Vec<_>>()
    };
    assert_eq!(col("sections", "section"), column(&v["meta"], "sections", "code"));
    assert_eq!(col("sections", "heading"), column(&v["meta"], "sections", "heading"));
    let positions: Vec<String> = (1..=d.sections().len()).map(|i| i.to_string()).collect();
    assert_eq!(col("sections", "position"), positions);
    let parents: Vec<String> =
        d.sections().iter().map(|s| s.parent().map(ToString::to_string).unwrap_or_default()).collect();
    assert_eq!(col("sections", "parent"), parents);
    // Every source's section is a row of the sections table (the foreign key holds).
    let codes = col("sections", "section");
    assert!(col("sources", "section").iter().all(|s| codes.contains(s)));
    assert_eq!(col("sources", "record_id").len(), d.len());
    // The report row: the fixture's title and note, no number.
    assert_eq!(col("report", "title"), [d.meta().title()]);
    assert_eq!(col("report", "number"), [""]);
    assert_eq!(col("report", "dataset_note"), [d.meta().note().unwrap()]);
    // Every table of the package is written, and the descriptor says what the data is.
    let package = datapackage(&d);
    assert!(package["title"].as_str().unwrap().starts_with(MARK));
    assert!(package["description"].as_str().unwrap().contains(d.meta().note().unwrap()));
    assert!(!package.to_string().contains("10233/22"));
    let dir = std::env::temp_dir().join(format!("eu-celac-drugs-fixture-{}", std::process::id()));
    write_csv(&d, &dir).unwrap();
    let sections = std::fs::read_to_string(dir.join("sections.csv")).unwrap();
    assert!(sections.lines().skip(1).zip(&codes).all(|(line, code)| line.starts_with(&format!("{code},"))));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(feature = "schema")]
#[test]
fn the_schema_describes_the_fixtures_shape() {
    let schema = eu_celac_drugs::export::json_schema();
    let v = fixture_value();
    // The shape the schema requires is the one the fixture has (the full validation runs in
    // .ci/python-checks.sh, with jsonschema).
    let required: Vec<&str> = schema["required"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert!(required.iter().all(|r| keys.contains(r)) && keys.iter().all(|k| required.contains(k)));
    assert_eq!(schema["properties"]["schema_version"]["const"], v["schema_version"]);
    let pattern = regex_free_pattern(&schema["$defs"]["SectionCode"]["pattern"]);
    assert!(column(&v["meta"], "sections", "code").iter().all(|c| pattern(c)));
}

/// The section code pattern the schema states (`^[a-z0-9][a-z0-9._-]{0,63}$`), checked by hand.
#[cfg(feature = "schema")]
fn regex_free_pattern(pattern: &serde_json::Value) -> impl Fn(&str) -> bool {
    assert_eq!(pattern, "^[a-z0-9][a-z0-9._-]{0,63}$");
    |s: &str| {
        let ok = |c: char, first: bool| c.is_ascii_lowercase() || c.is_ascii_digit() || (!first && "._-".contains(c));
        !s.is_empty() && s.len() <= 64 && s.chars().enumerate().all(|(i, c)| ok(c, i == 0))
    }
}
