//! Reading documents of earlier versions of the JSON format.
//!
//! Version 1 (crate 0.1) had no `meta.sections`: a record's `source.section` was one of the
//! codes of the annual report 2021–2022, the only sections the crate knew. Version 2 lists a
//! report's sections in its `meta`. A version-1 document therefore becomes a version-2 one,
//! exactly, by adding that report's section list ([`Section2021_2022::sections`]) to its
//! `meta`; nothing else changed between the two versions (the metadata fields that version 2
//! makes optional were all present in version 1, with the same names and meanings).

use serde_json::{Map, Value};

use crate::data::Section2021_2022;

/// The version of the JSON format that [`v1_to_v2`] converts from.
pub(super) const VERSION_1: u64 = 1;

/// Brings a version-1 document up to version 2, in place: adds the sections of the annual
/// report 2021–2022 to `meta` (unless `meta` is not an object, which the loader then reports,
/// or already lists sections, which the loader then checks).
pub(super) fn v1_to_v2(root: &mut Map<String, Value>) {
    if let Some(Value::Object(meta)) = root.get_mut("meta") {
        if !meta.contains_key("sections") {
            if let Ok(sections) = serde_json::to_value(&*Section2021_2022::sections()) {
                meta.insert("sections".to_owned(), sections);
            }
        }
    }
}
