//! The CSV tables, the data package descriptor and the JSON Schema.

use std::collections::HashSet;

use eu_celac_drugs::export::{csv_tables, datapackage, to_json};

#[test]
fn every_row_fills_every_column_and_keys_are_unique() {
    let report = eu_celac_drugs::report_2021_2022();
    for table in csv_tables(report) {
        let width = table.headers().count();
        assert!(table.rows().iter().all(|r| r.len() == width), "{}", table.name());
        let csv = table.to_csv().unwrap();
        assert_eq!(csv.lines().next().unwrap().split(',').count(), width, "{}", table.name());
    }
}

#[test]
fn the_tables_hold_every_record() {
    let report = eu_celac_drugs::report_2021_2022();
    let tables = csv_tables(report);
    let rows = |name: &str| tables.iter().find(|t| t.name() == name).unwrap().rows().len();
    assert_eq!(rows("sources"), report.len());
    assert_eq!(rows("participations"), report.participations().len());
    assert_eq!(rows("stated_counts"), report.lists().len());
    assert_eq!(rows("stated_count_items"), report.lists().iter().map(|l| l.items().len()).sum::<usize>());
    assert_eq!(rows("countries"), 249);
    let seizures = tables.iter().find(|t| t.name() == "seizures").unwrap();
    let col = |h: &str| seizures.headers().position(|x| x == h).unwrap();
    let cocaine = seizures.rows().iter().find(|r| r[0] == "aircop.2021.cocaine").unwrap();
    assert_eq!((cocaine[col("value")].as_str(), cocaine[col("unit")].as_str()), ("9.6", "t"));
    assert_eq!(cocaine[col("qualifier")], "over");
    assert_eq!((cocaine[col("normalised_value")].as_str(), cocaine[col("normalised_unit")].as_str()), ("9600", "kg"));
    // Outcomes carry their credit as seizures do.
    let outcomes = tables.iter().find(|t| t.name() == "outcomes").unwrap();
    assert_eq!(outcomes.rows().len(), report.outcomes().len());
    let credit = outcomes.headers().position(|x| x == "credit").unwrap();
    for (row, o) in outcomes.rows().iter().zip(report.outcomes().iter()) {
        assert_eq!(row[credit], o.credit().as_str(), "{}", o.id());
    }
}

#[test]
fn the_descriptor_matches_the_tables() {
    let report = eu_celac_drugs::report_2021_2022();
    let tables = csv_tables(report);
    let package = datapackage(report);
    let resources = package["resources"].as_array().unwrap();
    assert_eq!(resources.len(), tables.len());
    let names: HashSet<&str> = resources.iter().map(|r| r["name"].as_str().unwrap()).collect();
    for (resource, table) in resources.iter().zip(&tables) {
        let fields: Vec<&str> =
            resource["schema"]["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(fields, table.headers().collect::<Vec<_>>());
        for key in resource["schema"]["primaryKey"].as_array().unwrap() {
            assert!(fields.contains(&key.as_str().unwrap()));
        }
        for fk in resource["schema"]["foreignKeys"].as_array().unwrap() {
            assert!(names.contains(fk["reference"]["resource"].as_str().unwrap()), "{fk}");
            for f in fk["fields"].as_array().unwrap() {
                assert!(fields.contains(&f.as_str().unwrap()), "{fk}");
            }
        }
    }
}

#[test]
fn unwritable_directories_are_errors() {
    let file = std::env::temp_dir().join(format!("eu-celac-drugs-not-a-dir-{}", std::process::id()));
    std::fs::write(&file, "x").unwrap();
    let err = eu_celac_drugs::export::write_csv(eu_celac_drugs::report_2021_2022(), &file).unwrap_err();
    assert!(err.to_string().contains("cannot write"), "{err}");
    std::fs::remove_file(&file).unwrap();
}

#[cfg(feature = "schema")]
#[test]
fn the_schema_describes_the_document() {
    let schema = eu_celac_drugs::export::json_schema();
    let doc: serde_json::Value = serde_json::from_str(&to_json(eu_celac_drugs::report_2021_2022()).unwrap()).unwrap();
    let keys: HashSet<&String> = doc.as_object().unwrap().keys().collect();
    let props: HashSet<&String> = schema["properties"].as_object().unwrap().keys().collect();
    assert_eq!(keys, props);
    // Every $ref resolves.
    let text = schema.to_string();
    for part in text.split("\"$ref\":\"#/$defs/").skip(1) {
        let name = part.split('"').next().unwrap();
        assert!(schema["$defs"].get(name).is_some(), "{name}");
    }
    // The record shapes come from the Parts, with their field docs.
    let participation = &schema["$defs"]["Participation"];
    assert!(participation["properties"]["subject"].is_object());
    assert_eq!(participation["additionalProperties"], false);
    // An outcome's credit is optional (documents written before it load), defaulting to "own";
    // a seizure's is required.
    let outcome = &schema["$defs"]["Outcome"];
    assert_eq!(outcome["properties"]["credit"]["default"], "own");
    let required = |def: &serde_json::Value| -> Vec<String> {
        def["required"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_owned()).collect()
    };
    assert!(!required(outcome).contains(&"credit".to_owned()));
    assert!(required(&schema["$defs"]["Seizure"]).contains(&"credit".to_owned()));
}

#[test]
fn the_statement_tables_answer_the_qualitative_questions() {
    let report = eu_celac_drugs::report_2021_2022();
    let tables = csv_tables(report);
    let table = |name: &str| tables.iter().find(|t| t.name() == name).unwrap();
    let statements = table("statements");
    let col = |h: &str| statements.headers().position(|x| x == h).unwrap();
    // What was the COPOLAD kick-off meeting for? One row answers, in the report's words.
    let kick_off: Vec<&Vec<String>> = statements
        .rows()
        .iter()
        .filter(|r| {
            r[col("of_kind")] == "event" && r[col("of_id")] == "copolad.kick-off" && r[col("kind")] == "purpose"
        })
        .collect();
    assert_eq!(kick_off.len(), 1);
    assert!(kick_off[0][col("text")].contains("analyse the drug-related developments in the EU and LAC regions"));
    // What did the meeting of 26 October 2021 discuss? Its topics link to COPOLAD III.
    let topics: HashSet<&str> = statements
        .rows()
        .iter()
        .filter(|r| r[col("of_id")] == "tc-2021-10-26" && r[col("kind")] == "topic")
        .map(|r| r[col("id")].as_str())
        .collect();
    assert!(topics.len() >= 4);
    let about = table("statement_about");
    let acol = |h: &str| about.headers().position(|x| x == h).unwrap();
    let discussed: Vec<(&str, &str)> = about
        .rows()
        .iter()
        .filter(|r| topics.contains(r[acol("statement")].as_str()))
        .map(|r| (r[acol("about_kind")].as_str(), r[acol("about_id")].as_str()))
        .collect();
    assert!(discussed.contains(&("phase", "copolad.iii")), "{discussed:?}");
    // Every link row belongs to a statement row.
    let ids: HashSet<&str> = statements.rows().iter().map(|r| r[col("id")].as_str()).collect();
    assert!(about.rows().iter().all(|r| ids.contains(r[acol("statement")].as_str())));
    assert_eq!(about.rows().len(), report.statements().iter().map(|s| s.about().len()).sum::<usize>());
    // The JSON holds the same: kind and text as fields, about as typed links.
    let doc: serde_json::Value = serde_json::from_str(&to_json(report).unwrap()).unwrap();
    let json = doc["statements"].as_array().unwrap();
    let purpose = json.iter().find(|s| s["id"] == "copolad.kick-off.purpose").unwrap();
    assert_eq!(purpose["kind"], "purpose");
    assert_eq!(purpose["text"], kick_off[0][col("text")].as_str());
    let copolad_iii = json
        .iter()
        .filter(|s| topics.contains(s["id"].as_str().unwrap()))
        .flat_map(|s| s["about"].as_array().unwrap())
        .any(|r| r.to_string().contains("copolad.iii"));
    assert!(copolad_iii);
}
