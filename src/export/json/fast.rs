//! The one-pass route of [`from_json`](super::from_json): a valid document of the current
//! version, read straight into the dataset's parts with serde, as the plain serde route reads a
//! dataset, and checked by [`Dataset::new`].
//!
//! It accepts no document that the careful route ([`super::load`]) refuses, and builds the same
//! dataset from one that both accept: both read every record through its `…Parts` and the same
//! validating constructor, refuse unknown and repeated keys (serde's derive refuses a field given
//! twice, the careful route any key), require every top-level key and the version as an integer
//! equal to [`SCHEMA_VERSION`], and run the same checks across the tables. Whatever this route
//! refuses — for any reason, at the first problem — goes to the careful route, which finds every
//! problem and its JSON path; so a refusal costs a partial read more, and a valid document is read
//! once instead of twice (as raw text, then parsed record by record).

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::value::{BorrowedStrDeserializer, MapAccessDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};

use super::SCHEMA_VERSION;
use super::document::Key;
use crate::dataset::{Dataset, DatasetParts};

/// The dataset of `text`, when it is a valid document of the current version; `None` otherwise
/// (the careful route then says why).
pub(super) fn read(text: &str) -> Option<Dataset> {
    let mut de = serde_json::Deserializer::from_str(text);
    let Document(parts) = Document::deserialize(&mut de).ok()?;
    de.end().ok()?;
    // `Dataset::new` would collect every problem: only whether there is one matters here (the
    // careful route keeps the first thousand), so a document of a million broken references
    // costs no list of a million problems.
    let dataset = Dataset::assemble(parts);
    dataset.first_problems(0).1.eq(&0).then_some(dataset)
}

/// A whole document: `schema_version` beside the dataset's fields.
struct Document(DatasetParts);

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(DocumentVisitor)
    }
}

struct DocumentVisitor;

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = Document;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a document of the JSON format")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Document, A::Error> {
        let mut versioned = Versioned { map, seen: false };
        let parts = DatasetParts::deserialize(MapAccessDeserializer::new(&mut versioned))?;
        if versioned.seen { Ok(Document(parts)) } else { Err(de::Error::missing_field("schema_version")) }
    }
}

/// The document's keys as the dataset's derive sees them: `schema_version` taken out (once, and
/// equal to [`SCHEMA_VERSION`]), every other key passed on.
struct Versioned<A> {
    map: A,
    seen: bool,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Versioned<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        loop {
            let Some(Key(key)) = self.map.next_key::<Key<'de>>()? else {
                return Ok(None);
            };
            if key == "schema_version" {
                if self.seen {
                    return Err(de::Error::duplicate_field("schema_version"));
                }
                self.seen = true;
                if self.map.next_value::<u64>()? != SCHEMA_VERSION {
                    return Err(de::Error::custom("another schema_version"));
                }
                continue;
            }
            return match key {
                Cow::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
                Cow::Owned(key) => seed.deserialize(StringDeserializer::new(key)),
            }
            .map(Some);
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::export::to_json;

    /// Both routes on one text: the one-pass route accepts exactly what the careful route
    /// accepts, as the same dataset.
    fn agree(text: &str) -> Result<(), String> {
        let fast = read(text);
        let careful = super::super::load(text);
        match (&fast, &careful) {
            (Some(a), Ok(b)) if a == b => Ok(()),
            (None, Err(_)) => Ok(()),
            _ => Err(format!(
                "one-pass: {}, careful: {:?}",
                if fast.is_some() { "accepted" } else { "refused" },
                careful.as_ref().map(|d| d.len())
            )),
        }
    }

    fn report() -> String {
        to_json(crate::report_2021_2022()).unwrap()
    }

    #[test]
    fn the_report_is_read_in_one_pass() {
        let text = report();
        assert_eq!(read(&text).as_ref(), Some(crate::report_2021_2022()));
    }

    #[test]
    fn both_routes_agree_on_edits_of_the_report() {
        let text = report();
        let version = "\"schema_version\": 2";
        assert!(text.contains(version));
        let edits: Vec<(&str, String)> = vec![
            ("as written", text.clone()),
            ("version 1", text.replacen(version, "\"schema_version\": 1", 1)),
            ("version 3", text.replacen(version, "\"schema_version\": 3", 1)),
            ("version 2.0", text.replacen(version, "\"schema_version\": 2.0", 1)),
            ("version as text", text.replacen(version, "\"schema_version\": \"2\"", 1)),
            ("no version", text.replacen(&format!("{version},"), "", 1)),
            ("version twice", text.replacen(version, &format!("{version}, {version}"), 1)),
            ("version escaped", text.replacen("\"schema_version\"", "\"schema\\u005fversion\"", 1)),
            ("key escaped", text.replacen("\"participations\"", "\"participation\\u0073\"", 1)),
            ("unknown key", text.replacen(version, &format!("{version}, \"extra\": 1"), 1)),
            ("table twice", text.replacen(version, &format!("{version}, \"participations\": []"), 1)),
            ("meta twice", text.replacen(version, &format!("{version}, \"meta\": {{}}"), 1)),
            ("no table", text.replacen("\"budgets\":", "\"budget_lines\":", 1)),
            ("a field twice", text.replacen("\"role\": ", "\"role\": \"lead\", \"role\": ", 1)),
            ("a dangling reference", text.replacen("\"id\": \"aircop\"", "\"id\": \"aircop-x\"", 1)),
            ("an unknown field in a record", text.replacen("\"quote\": \"", "\"quote\": \"\", \"x\": \"", 1)),
            ("trailing text", format!("{text} x")),
            ("byte-order mark", format!("\u{feff}{text}")),
            ("not an object", format!("[{text}]")),
            ("empty", String::new()),
        ];
        for (what, edited) in &edits {
            agree(edited).map_err(|e| format!("{what}: {e}")).unwrap();
        }
        // The edits are not all refused, nor all accepted.
        assert!(read(&edits[7].1).is_some() && read(&edits[8].1).is_some());
        assert!(edits.iter().skip(1).filter(|(_, t)| read(t).is_none()).count() >= 15);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// A piece of the report's text cut out, or a character put in, anywhere: both routes
        /// still agree.
        #[test]
        fn both_routes_agree_on_damaged_documents(at in 0.0f64..1.0, len in 0usize..40, put in "[ ,:{}\\[\\]\"0-9a-z]{0,3}") {
            let text = report();
            let mut start = (at * text.len() as f64) as usize;
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + len).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let damaged = format!("{}{put}{}", &text[..start], &text[end..]);
            prop_assert!(agree(&damaged).is_ok(), "{}", agree(&damaged).unwrap_err());
        }
    }
}
