//! The Frictionless Data Package (v2) descriptor of the CSV tables.

use serde_json::{Value, json};

use super::csv::{CsvTable, FieldType, csv_tables};
use crate::Dataset;

/// The `datapackage.json` of the CSV export: a Frictionless Data Package v2 with one tabular
/// resource per table, each with its Table Schema (field types, enumerated values, primary
/// key, foreign keys).
///
/// ```
/// let package = eu_celac_drugs::export::datapackage(eu_celac_drugs::report_2021_2022());
/// assert_eq!(package["$schema"], "https://datapackage.org/profiles/2.0/datapackage.json");
/// let resources = package["resources"].as_array().unwrap();
/// assert!(resources.iter().any(|r| r["path"] == "seizures.csv"));
/// ```
#[must_use]
pub fn datapackage(dataset: &Dataset) -> Value {
    descriptor(dataset, &csv_tables(dataset))
}

/// The descriptor of `tables`, the CSV tables of `dataset`.
pub(super) fn descriptor(dataset: &Dataset, tables: &[CsvTable]) -> Value {
    let meta = dataset.meta();
    let document = meta.number().map(|n| format!(" (Council document {n})")).unwrap_or_default();
    let note = meta.note().map(|n| format!(" Note: {n}")).unwrap_or_default();
    let source = match meta.number() {
        Some(n) => format!("Council of the European Union, document {n}"),
        None => meta.title().to_owned(),
    };
    json!({
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "eu-celac-drugs",
        "title": meta.title(),
        "description": format!(
            "{}{document}, as tidy tables: one per entity and per relation. Every record has the verbatim quote \
             it comes from in sources.csv, and the report's section in sections.csv. Figures are exact decimals; \
             dates are given as stated (EDTF where EDTF has a form) with their precision and first and last \
             possible days.{note}",
            meta.title(),
        ),
        "version": env!("CARGO_PKG_VERSION"),
        "licenses": [
            {"name": "MIT", "path": "https://opensource.org/licenses/MIT", "title": "MIT License (the crate)"},
            {"name": "Apache-2.0", "path": "https://opensource.org/licenses/Apache-2.0", "title": "Apache License 2.0 (the crate)"}
        ],
        "sources": [{"title": source}],
        "resources": tables.iter().map(resource).collect::<Vec<_>>(),
    })
}

fn resource(table: &CsvTable) -> Value {
    let fields: Vec<Value> = table
        .fields
        .iter()
        .map(|f| {
            let mut field = serde_json::Map::new();
            field.insert("name".into(), json!(f.name));
            field.insert("type".into(), json!(f.ty.name()));
            field.insert("description".into(), json!(f.description));
            if f.ty == FieldType::Number {
                field.insert("decimalChar".into(), json!("."));
                field.insert("groupChar".into(), json!(""));
            }
            let mut constraints = serde_json::Map::new();
            if f.required {
                constraints.insert("required".into(), json!(true));
            }
            if let Some(values) = &f.values {
                constraints.insert("enum".into(), json!(values));
            }
            if !constraints.is_empty() {
                field.insert("constraints".into(), Value::Object(constraints));
            }
            Value::Object(field)
        })
        .collect();
    let foreign_keys: Vec<Value> = table
        .foreign_keys
        .iter()
        .map(|k| json!({"fields": k.fields, "reference": {"resource": k.resource, "fields": k.reference}}))
        .collect();
    json!({
        "$schema": "https://datapackage.org/profiles/2.0/dataresource.json",
        "name": table.name,
        "type": "table",
        "path": format!("{}.csv", table.name),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": table.description,
        "dialect": {"$schema": "https://datapackage.org/profiles/2.0/tabledialect.json", "header": true, "delimiter": ",", "quoteChar": "\""},
        "schema": {
            "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
            "fields": fields,
            "missingValues": [""],
            "primaryKey": table.primary_key,
            "foreignKeys": foreign_keys,
        },
    })
}
