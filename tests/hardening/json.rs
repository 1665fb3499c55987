//! The JSON loaders on mutated JSON documents: the crate's `export::from_json` (which validates
//! every value, record, id and reference and reports every problem by JSON path) and plain
//! `serde_json::from_str::<Dataset>` (which deserializes every record through its validating
//! constructor and then checks ids and references).
//!
//! The seed documents are the compiled-in report's JSON (large, so only a few of its mutants
//! run) and a small valid dataset cut out of it, which a million mutants can go through in
//! minutes. Mutations are byte edits (syntax errors everywhere) and edits of the JSON values
//! (valid syntax, invalid content: a value replaced by a mutated valid text, a number, null,
//! a key removed, an array element duplicated or removed).
//! Each seed comes in both forms: the export document (`export::to_json`) and the plain serde
//! form; every mutant goes to both loaders.

use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;

use eu_celac_drugs::export::{from_json, to_json};
use eu_celac_drugs::{Dataset, DatasetParts, report_2021_2022};

use crate::mutate::mutated;
use crate::parsers::corpus;
use crate::{MILLION, QUICK, run};

/// The compiled-in report as JSON.
pub fn report_json() -> String {
    serde_json::to_string(report_2021_2022()).unwrap()
}

/// The tables of a dataset's JSON document (every key but `meta`).
fn tables(v: &mut Value) -> impl Iterator<Item = (&String, &mut Vec<Value>)> {
    v.as_object_mut()
        .unwrap()
        .iter_mut()
        .filter(|(k, _)| k.as_str() != "meta")
        .filter_map(|(k, t)| t.as_array_mut().map(|a| (k, a)))
}

/// A small valid dataset cut out of the report: the first `keep` records of each table, plus
/// what the metadata refers to, less every record whose references the cut leaves dangling
/// (repeated until the dataset is valid).
pub fn small_dataset_json(keep: usize) -> String {
    let full = serde_json::to_value(report_2021_2022()).unwrap();
    let mut v = full.clone();
    let wanted: Vec<String> = {
        let meta = &full["meta"];
        let mut ids = vec![meta["adopted_at"].as_str().unwrap().to_owned()];
        ids.extend(meta["cites"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()));
        ids
    };
    for (name, records) in tables(&mut v) {
        let all = full[name.as_str()].as_array().unwrap();
        records.truncate(keep);
        for r in all.iter().skip(keep) {
            if r["id"].as_str().is_some_and(|id| wanted.iter().any(|w| w == id)) {
                records.push(r.clone());
            }
        }
    }
    loop {
        let parts: DatasetParts = serde_json::from_value(v.clone()).unwrap();
        let Err(e) = Dataset::new(parts) else { break };
        // Paths read `table[i](id).field`: drop each offending record.
        let mut doomed: Vec<(String, usize)> = e
            .problems()
            .iter()
            .filter_map(|p| {
                let (table, rest) = p.path.split_once('[')?;
                let (i, _) = rest.split_once(']')?;
                Some((table.to_owned(), i.parse().ok()?))
            })
            .collect();
        assert!(!doomed.is_empty(), "cannot repair: {e}");
        doomed.sort();
        doomed.dedup();
        for (table, i) in doomed.into_iter().rev() {
            v[table.as_str()].as_array_mut().unwrap().remove(i);
        }
    }
    serde_json::to_string(&v).unwrap()
}

/// The paths (JSON pointers) of every value in `v`.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                pointers(x, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// One edit of a JSON value.
#[derive(Debug, Clone)]
enum ValueEdit {
    Text(String),
    Number(i64),
    Float(f64),
    Null,
    Bool(bool),
    Remove,
    Duplicate,
}

fn any_value_edit(texts: impl Strategy<Value = String> + Clone) -> impl Strategy<Value = ValueEdit> {
    prop_oneof![
        4 => mutated(texts, 3).prop_map(ValueEdit::Text),
        2 => prop_oneof![Just(0i64), Just(-1), Just(256), Just(i64::MAX), Just(i64::MIN), any::<i64>()]
            .prop_map(ValueEdit::Number),
        1 => prop_oneof![Just(1e300f64), Just(-0.5), Just(9.6), any::<f64>()].prop_map(ValueEdit::Float),
        1 => Just(ValueEdit::Null),
        1 => any::<bool>().prop_map(ValueEdit::Bool),
        2 => Just(ValueEdit::Remove),
        1 => Just(ValueEdit::Duplicate),
    ]
}

/// `doc` with `edits` applied at the values that the indices pick.
/// `paths` are the pointers of the unedited `doc` (an edit that removed the value an earlier
/// path names makes a later edit there a no-op).
fn edit_values(doc: &Value, paths: &[String], edits: &[(usize, ValueEdit)]) -> String {
    let mut v = doc.clone();
    for (at, edit) in edits {
        let path = &paths[at % paths.len()];
        let (parent, key) = path.rsplit_once('/').unwrap_or(("", ""));
        match edit {
            ValueEdit::Remove | ValueEdit::Duplicate => {
                let Some(p) = v.pointer_mut(parent) else { continue };
                match (p, edit) {
                    (Value::Object(m), ValueEdit::Remove) => {
                        m.remove(&key.replace("~1", "/").replace("~0", "~"));
                    }
                    (Value::Array(a), ValueEdit::Remove) => {
                        if let Some(i) = key.parse::<usize>().ok().filter(|i| *i < a.len()) {
                            a.remove(i);
                        }
                    }
                    (Value::Array(a), ValueEdit::Duplicate) => {
                        if let Some(x) = key.parse::<usize>().ok().and_then(|i| a.get(i)).cloned() {
                            a.push(x);
                        }
                    }
                    _ => {}
                }
            }
            other => {
                let Some(x) = v.pointer_mut(path) else { continue };
                *x = match other {
                    ValueEdit::Text(s) => Value::String(s.clone()),
                    ValueEdit::Number(n) => Value::from(*n),
                    ValueEdit::Float(f) => Value::from(*f),
                    ValueEdit::Bool(b) => Value::Bool(*b),
                    _ => Value::Null,
                };
            }
        }
    }
    serde_json::to_string(&v).unwrap()
}

/// Mutants of `doc`: byte edits of its text, or edits of its values.
fn any_mutant(doc: String, corpus: Vec<String>) -> impl Strategy<Value = String> {
    let value: Value = serde_json::from_str(&doc).unwrap();
    let mut paths = Vec::new();
    pointers(&value, String::new(), &mut paths);
    let texts = select(corpus);
    prop_oneof![
        1 => mutated(Just(doc), 8),
        2 => proptest::collection::vec((any::<usize>(), any_value_edit(texts)), 1..4)
            .prop_map(move |edits| edit_values(&value, &paths, &edits)),
    ]
}

/// The export document of the dataset in plain serde form `json`.
fn export_form(json: &str) -> String {
    to_json(&serde_json::from_str::<Dataset>(json).unwrap()).unwrap()
}

/// Mutants of a seed, in either form.
fn any_mutant_of_both(plain: String, corpus: Vec<String>) -> impl Strategy<Value = String> {
    let export = export_form(&plain);
    prop_oneof![any_mutant(export, corpus.clone()), any_mutant(plain, corpus)]
}

/// Loads `json` with every loader; what loads must be valid and load again from its own export.
fn load(json: &str) {
    if let Ok(d) = from_json(json) {
        assert!(d.problems().is_empty());
        assert_eq!(from_json(&to_json(&d).unwrap()).unwrap(), d);
    }
    if let Ok(d) = serde_json::from_str::<Dataset>(json) {
        assert!(d.problems().is_empty());
        let again: Dataset = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
        assert_eq!(again, d);
    }
    let _ = serde_json::from_str::<DatasetParts>(json);
}

#[test]
fn the_seed_documents_load() {
    let small = small_dataset_json(3);
    let d: Dataset = serde_json::from_str(&small).unwrap();
    assert!(d.len() >= 20, "{}", d.len());
    assert!(small.len() < report_json().len() / 4);
    let full: Dataset = serde_json::from_str(&report_json()).unwrap();
    assert_eq!(&full, report_2021_2022());
    assert_eq!(from_json(&export_form(&small)).unwrap(), d);
    assert_eq!(&from_json(&export_form(&report_json())).unwrap(), report_2021_2022());
}

#[test]
fn the_loader_survives_mutated_small_datasets() {
    run("json loader, small dataset", QUICK, any_mutant_of_both(small_dataset_json(3), corpus()), |s| load(&s));
}

#[test]
fn the_loader_survives_mutated_reports() {
    run("json loader, whole report", 20, any_mutant_of_both(report_json(), corpus()), |s| load(&s));
}

#[test]
#[ignore = "a million inputs: run with `cargo test --release --test hardening -- --ignored`"]
fn the_loader_survives_a_million_mutated_small_datasets() {
    run("json loader, small dataset (10^6)", MILLION, any_mutant_of_both(small_dataset_json(3), corpus()), |s| {
        load(&s)
    });
}

#[test]
#[ignore = "a thousand mutants of the whole report: run with `cargo test --release --test hardening -- --ignored`"]
fn the_loader_survives_a_thousand_mutated_reports() {
    run("json loader, whole report (10^3)", 1_000, any_mutant_of_both(report_json(), corpus()), |s| load(&s));
}
