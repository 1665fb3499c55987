//! Reading documents of earlier versions of the JSON format.
//!
//! Version 1 (crate 0.1) had no `meta.sections`: a record's `source.section` was one of the
//! codes of the annual report 2021–2022, the only sections the crate knew. Version 2 lists a
//! report's sections in its `meta`. A version-1 document therefore becomes a version-2 one,
//! exactly, by adding that report's section list ([`Section2021_2022::sections`]) to its
//! `meta`; nothing else changed between the two versions (the metadata fields that version 2
//! makes optional were all present in version 1, with the same names and meanings).

use serde_json::Value;

use crate::data::Section2021_2022;

/// The version of the JSON format that [`v1_text_to_v2`] converts from.
pub(super) const VERSION_1: u64 = 1;

/// Where `part`, a slice of `text`, starts in it.
fn offset(text: &str, part: &str) -> Option<usize> {
    (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize).filter(|at| *at <= text.len())
}

/// A version-1 document's text as a version-2 one: the version set to 2 and the sections added
/// to `meta` (when it is an object without them), by editing the text in those two places only,
/// so that the loader then reads the rest exactly as written (a key given twice is still
/// refused). `None` when the text does not show one version at its top level.
pub(super) fn v1_text_to_v2(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Probe<'a> {
        #[serde(borrow)]
        schema_version: &'a serde_json::value::RawValue,
        #[serde(borrow, default)]
        meta: Option<&'a serde_json::value::RawValue>,
    }
    let probe: Probe<'_> = serde_json::from_str(text).ok()?;
    let version = probe.schema_version.get();
    let mut edits: Vec<(usize, usize, String)> =
        vec![(offset(text, version)?, version.len(), super::SCHEMA_VERSION.to_string())];
    let meta = probe.meta.map_or("", |m| m.get());
    let meta_at = offset(text, meta).unwrap_or_default();
    if let (true, Ok(Value::Object(fields))) = (meta.starts_with('{'), serde_json::from_str::<Value>(meta)) {
        if !fields.contains_key("sections") {
            let sections = serde_json::to_string(&*Section2021_2022::sections()).ok()?;
            let comma = if fields.is_empty() { "" } else { "," };
            edits.push((meta_at + 1, 0, format!("\"sections\":{sections}{comma}")));
        }
    }
    edits.sort_by_key(|(at, ..)| std::cmp::Reverse(*at));
    let mut out = text.to_owned();
    for (at, len, with) in edits {
        let end = at.checked_add(len)?;
        out.get(at..end)?;
        out.replace_range(at..end, &with);
    }
    Some(out)
}
