//! JSON paths: of a key, of a record (with its id, as the dataset's own paths name it), of a
//! field found inside a record, of a problem the dataset's checks report
//! (`participations[3](aircop.scope.ar).subject` → `$.participations[5](aircop.scope.ar).subject.id`).

use std::borrow::Cow;
use std::collections::{HashSet, VecDeque};
use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::dataset::ProblemKind;
use crate::error::Quoted;
use crate::model::id::is_valid_id;

/// A JSON path segment for an object key: `.key`, or `["key"]` when the key is not a plain
/// name (cut as messages cut a quoted value, when longer than
/// [`QUOTE_LIMIT`](crate::error::QUOTE_LIMIT)).
pub(super) fn key_segment(key: &str) -> String {
    if !key.is_empty() && key.len() <= 64 && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        format!(".{key}")
    } else {
        format!("[{}]", Quoted(key))
    }
}

/// The JSON path of the record at `index` in the array of the table `table`, naming the
/// record's id in parentheses as the dataset's own paths do: `$.seizures[0](aircop.2021.cocaine)`.
/// Without an id, or with one that is not a valid [`Id`](crate::Id) (too long, or not a slug),
/// the path is the index alone (`$.seizures[0]`): nothing of the document goes into the path
/// unchecked.
pub(super) fn record_path(table: &str, index: usize, id: Option<&str>) -> String {
    match id.filter(|id| is_valid_id(id)) {
        Some(id) => format!("${}[{index}]({id})", key_segment(table)),
        None => format!("${}[{index}]", key_segment(table)),
    }
}

/// The path of `segments` (as `serde_path_to_error` reports them) below `path`.
pub(super) fn extend(path: &str, segments: &serde_path_to_error::Path) -> String {
    let mut at = path.to_owned();
    for segment in segments.iter() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => at.push_str(&format!("[{index}]")),
            serde_path_to_error::Segment::Map { key } => at.push_str(&key_segment(key)),
            serde_path_to_error::Segment::Enum { variant } => at.push_str(&key_segment(variant)),
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    at
}

/// The path, below `path`, of the first key named `field` in the JSON text `raw` (breadth
/// first), or of the first string equal to `text` below that key; `path` itself when there is
/// none (or when `raw` does not parse, which it does: it was read before).
pub(super) fn locate_in(raw: &str, path: &str, field: &str, text: Option<&str>) -> String {
    match serde_json::from_str::<Value>(raw) {
        Ok(value) => locate(&value, path, field, text),
        Err(_) => path.to_owned(),
    }
}

/// The path (below the value) and the name of the first key that appears twice in one object of
/// the JSON text `text`, if one does; `None` too when the text nests deeper than serde_json's
/// recursion limit.
pub(super) fn first_duplicate_key(text: &str) -> Option<(String, String)> {
    let mut path = String::new();
    let mut found = None;
    let mut de = serde_json::Deserializer::from_str(text);
    Walk { path: &mut path, found: &mut found }.deserialize(&mut de).ok()?;
    found
}

/// A walk over a JSON value that notes the first key repeated in an object.
struct Walk<'a> {
    path: &'a mut String,
    found: &'a mut Option<(String, String)>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut keys: HashSet<Cow<'de, str>> = HashSet::new();
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            if self.found.is_some() {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let len = self.path.len();
            self.path.push_str(&key_segment(&key));
            if keys.contains(&key) {
                *self.found = Some((self.path.clone(), key.into_owned()));
                map.next_value::<IgnoredAny>()?;
            } else {
                map.next_value_seed(Walk { path: self.path, found: self.found })?;
                keys.insert(key);
            }
            self.path.truncate(len);
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        loop {
            if self.found.is_some() {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                return Ok(());
            }
            let len = self.path.len();
            self.path.push_str(&format!("[{index}]"));
            let more = seq.next_element_seed(Walk { path: self.path, found: self.found })?.is_some();
            self.path.truncate(len);
            if !more {
                return Ok(());
            }
            index = index.saturating_add(1);
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
}

/// The last record text parsed for [`Sources::json_path`], with its tree: a record with many
/// problems (the metadata citing many missing documents) is parsed once, not once per problem.
#[derive(Default)]
pub(super) struct Parsed<'de> {
    last: Option<(&'de str, Option<Value>)>,
}

impl<'de> Parsed<'de> {
    /// As [`locate_in`], with the tree of `raw` kept for the next call on the same text.
    fn locate(&mut self, raw: &'de str, path: &str, field: &str, text: Option<&str>) -> String {
        let same = self.last.as_ref().is_some_and(|(last, _)| std::ptr::eq(*last, raw));
        if !same {
            self.last = Some((raw, serde_json::from_str::<Value>(raw).ok()));
        }
        match self.last.as_ref().and_then(|(_, value)| value.as_ref()) {
            Some(value) => locate(value, path, field, text),
            None => path.to_owned(),
        }
    }
}

/// The path, below `path`, of the first key named `field` in `value` (breadth first), or of
/// the first string equal to `text` below that key; `path` itself when there is none.
pub(super) fn locate(value: &Value, path: &str, field: &str, text: Option<&str>) -> String {
    let mut queue: VecDeque<(&Value, String)> = VecDeque::new();
    queue.push_back((value, path.to_owned()));
    while let Some((v, p)) = queue.pop_front() {
        if let Value::Object(map) = v {
            if let Some(found) = map.get(field) {
                let at = format!("{p}{}", key_segment(field));
                return match text {
                    Some(t) => find_text(found, &at, t).unwrap_or(at),
                    None => at,
                };
            }
            for (k, child) in map {
                queue.push_back((child, format!("{p}{}", key_segment(k))));
            }
        } else if let Value::Array(items) = v {
            for (i, child) in items.iter().enumerate() {
                queue.push_back((child, format!("{p}[{i}]")));
            }
        }
    }
    path.to_owned()
}

/// The path of the first string equal to `text` in `value` (depth first).
fn find_text(value: &Value, path: &str, text: &str) -> Option<String> {
    match value {
        Value::String(s) if s == text => Some(path.to_owned()),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| find_text(v, &format!("{path}[{i}]"), text)),
        Value::Object(map) => map.iter().find_map(|(k, v)| find_text(v, &format!("{path}{}", key_segment(k)), text)),
        _ => None,
    }
}

/// Where the loaded records of the document are: for each table, the JSON index and the JSON
/// text of each record that loaded, in the order of the dataset's table.
pub(super) struct Sources<'de> {
    /// The text of `meta`, when it was read.
    pub(super) meta: Option<&'de str>,
    /// Per table: its name, and the JSON index and text of each loaded record.
    pub(super) tables: Vec<(&'static str, Vec<(usize, &'de str)>)>,
    /// The record parsed last.
    pub(super) parsed: Parsed<'de>,
}

impl Sources<'_> {
    /// Turns the path of a problem that [`Dataset`](crate::Dataset)'s checks report
    /// (`participations[3](aircop.scope.ar).subject`) into the JSON path of the offending value
    /// (`$.participations[5](aircop.scope.ar).subject.id`): the record's index in the document and
    /// its id, then the field and the offending id found in the record's text.
    pub(super) fn json_path(&mut self, path: &str, kind: &ProblemKind) -> String {
        let target = match kind {
            ProblemKind::Unresolved { target } | ProblemKind::WrongKind { target, .. } => Some(target.id.as_str()),
            _ => None,
        };
        if let Some(field) = path.strip_prefix("meta.") {
            return match self.meta {
                Some(meta) => self.parsed.locate(meta, "$.meta", field, target),
                None => "$.meta".to_owned(),
            };
        }
        let Some((table, index, id, field)) = split_dataset_path(path) else { return format!("$.{path}") };
        let record = self.tables.iter().find(|(t, _)| *t == table).and_then(|(_, records)| records.get(index));
        let Some(&(json_index, raw)) = record else { return record_path(table, index, id) };
        let at = record_path(table, json_index, id);
        match field {
            Some(field) => self.parsed.locate(raw, &at, field, target),
            None => at,
        }
    }
}

/// The parts of a path of the dataset's checks, `table[index](id).field`: the table, the index,
/// the id (when the path has one) and the field (when it has one).
fn split_dataset_path(path: &str) -> Option<(&str, usize, Option<&str>, Option<&str>)> {
    let (table, rest) = path.split_once('[')?;
    let (index, rest) = rest.split_once(']')?;
    let index: usize = index.parse().ok()?;
    let (id, rest) = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((id, rest)) => (Some(id), rest),
        None => (None, rest),
    };
    Some((table, index, id, rest.strip_prefix('.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_segments_quote_odd_keys() {
        assert_eq!(key_segment("subject"), ".subject");
        assert_eq!(key_segment("a b"), "[\"a b\"]");
        let long = "k".repeat(100_000);
        assert!(key_segment(&long).ends_with("(100000 characters)]"));
    }

    #[test]
    fn record_paths_name_valid_ids_only() {
        assert_eq!(record_path("seizures", 0, Some("aircop.2021.cocaine")), "$.seizures[0](aircop.2021.cocaine)");
        assert_eq!(record_path("seizures", 0, None), "$.seizures[0]");
        for bad in ["Not An Id", "a)b", "", "x\n", &"a".repeat(65), &"a".repeat(1_000_000)] {
            assert_eq!(record_path("seizures", 7, Some(bad)), "$.seizures[7]", "{bad:.80}");
        }
        assert_eq!(record_path("a b", 1, Some("x")), "$[\"a b\"][1](x)");
    }

    #[test]
    fn dataset_paths_split_into_their_parts() {
        assert_eq!(
            split_dataset_path("participations[3](aircop.scope.ar).subject"),
            Some(("participations", 3, Some("aircop.scope.ar"), Some("subject")))
        );
        assert_eq!(split_dataset_path("lists[2](l).items[4]"), Some(("lists", 2, Some("l"), Some("items[4]"))));
        assert_eq!(split_dataset_path("seizures[0](s)"), Some(("seizures", 0, Some("s"), None)));
        assert_eq!(split_dataset_path("seizures[0].quantity"), Some(("seizures", 0, None, Some("quantity"))));
        assert_eq!(split_dataset_path("meta"), None);
        assert_eq!(split_dataset_path("seizures[x](s).id"), None);
    }

    #[test]
    fn locates_nested_fields_and_texts() {
        let v: Value =
            serde_json::json!({"a": {"quote": ""}, "items": [{"kind": "x", "id": "p"}, {"kind": "y", "id": "q"}]});
        assert_eq!(locate(&v, "$", "quote", None), "$.a.quote");
        assert_eq!(locate(&v, "$", "items", Some("q")), "$.items[1].id");
        assert_eq!(locate(&v, "$", "nothing", None), "$");
        assert_eq!(locate_in("{\"a\": {\"b\": 1}}", "$", "b", None), "$.a.b");
        assert_eq!(locate_in("{", "$", "b", None), "$");
    }

    #[test]
    fn finds_the_first_repeated_key() {
        let text = r#"{"a": [1, {"b": 1, "c": {"d": 1, "d": 2}}], "a": 3}"#;
        assert_eq!(first_duplicate_key(text), Some(("$.a[1].c.d".replace('$', ""), "d".to_owned())));
        assert_eq!(first_duplicate_key(r#"{"a": 1, "b": {"a": 1}}"#), None);
        assert_eq!(first_duplicate_key(r#"{"a b": 1, "a b": 2}"#), Some(("[\"a b\"]".to_owned(), "a b".to_owned())));
        assert_eq!(first_duplicate_key(&"[".repeat(10_000)), None);
    }
}
