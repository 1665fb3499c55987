//! Properties: generated datasets round-trip; mutated exports load or are refused, never panic.

use eu_celac_drugs::export::{LoadError, from_json, to_json};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};

use crate::datasets::any_dataset;

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn generated_datasets_round_trip(dataset in any_dataset()) {
        let json = to_json(&dataset).unwrap();
        let loaded = from_json(&json).unwrap();
        prop_assert_eq!(&loaded, &dataset);
        prop_assert_eq!(to_json(&loaded).unwrap(), json);
    }

    #[test]
    fn mutated_exports_load_valid_or_are_refused(
        dataset in any_dataset(),
        at in any::<Index>(),
        mutation in 0u8..6,
        junk in "[a-zA-Z0-9 _.:-]{0,12}",
    ) {
        let mut v: Value = serde_json::from_str(&to_json(&dataset).unwrap()).unwrap();
        let mut pointers = Vec::new();
        collect(&v, String::new(), &mut pointers);
        let pointer = at.get(&pointers).clone();
        mutate(&mut v, &pointer, mutation, &junk);
        match from_json(&v.to_string()) {
            Ok(d) => prop_assert!(d.problems().is_empty()),
            Err(LoadError::Invalid { problems, .. }) => {
                prop_assert!(!problems.is_empty());
                prop_assert!(problems.iter().all(|p| p.path.starts_with('$')), "{:?}", problems);
            }
            Err(LoadError::Malformed { .. }) => prop_assert!(false, "a serialized Value is well-formed"),
            Err(e) => prop_assert!(false, "unexpected {e}"),
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,64}") {
        let _ = from_json(&text);
    }
}

/// Every JSON pointer below the root.
fn collect(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                collect(child, p, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                collect(child, p, out);
            }
        }
        _ => {}
    }
}

fn mutate(v: &mut Value, pointer: &str, mutation: u8, junk: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let key = key.replace("~1", "/").replace("~0", "~");
    match mutation {
        // Delete the field or item.
        0 => match v.pointer_mut(parent) {
            Some(Value::Object(map)) => {
                map.remove(&key);
            }
            Some(Value::Array(items)) => {
                if let Ok(i) = key.parse::<usize>() {
                    if i < items.len() {
                        items.remove(i);
                    }
                }
            }
            _ => {}
        },
        // Change the value's type.
        1 => {
            if let Some(x) = v.pointer_mut(pointer) {
                *x = match x {
                    Value::String(_) => json!(17),
                    Value::Number(_) => json!("17"),
                    Value::Null => json!([]),
                    Value::Array(_) | Value::Object(_) | Value::Bool(_) => Value::Null,
                };
            }
        }
        // Replace a text (an id, a code, a figure, a date) with junk: renames ids, breaks references.
        2 => {
            if let Some(x @ Value::String(_)) = v.pointer_mut(pointer) {
                *x = Value::String(junk.to_owned());
            }
        }
        // Insert a junk field.
        3 => {
            if let Some(Value::Object(map)) = v.pointer_mut(parent) {
                map.insert(format!("junk{junk}"), json!(junk));
            }
        }
        // Duplicate an item of a list (duplicate ids, duplicate list entries).
        4 => {
            if let (Some(item), Some(Value::Array(_))) = (v.pointer(pointer).cloned(), v.pointer(parent)) {
                if let Some(Value::Array(items)) = v.pointer_mut(parent) {
                    items.push(item);
                }
            }
        }
        // Put a number where anything was.
        _ => {
            if let Some(x) = v.pointer_mut(pointer) {
                *x = json!(-1.5);
            }
        }
    }
}
