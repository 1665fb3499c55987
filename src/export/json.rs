//! The JSON format: writing, and loading with every problem reported by JSON path.
//!
//! Loading is split in three: [`document`] walks the text once and loads each record from its
//! own slice of it, [`problems`] says what can be wrong and keeps the first
//! [`PROBLEM_LIMIT`] problems, [`path`] finds the JSON path of a problem. This file holds the
//! entry points and the version check.

mod document;
mod fast;
mod path;
mod problems;

use std::io::Write;

use serde::Serialize;

use self::document::Reading;
pub use self::problems::{LoadError, LoadProblem, LoadProblemKind, PROBLEM_LIMIT};
use super::{ExportError, SCHEMA_VERSION};
use crate::dataset::{Dataset, ProblemKind};
use crate::error::Cut;

/// The whole document as written: the version first, then the dataset's fields in order.
#[derive(Serialize)]
struct JsonDocument<'a> {
    schema_version: u64,
    #[serde(flatten)]
    dataset: &'a Dataset,
}

/// The dataset as a JSON document of the current [`SCHEMA_VERSION`], pretty-printed.
///
/// ```
/// let json = eu_celac_drugs::export::to_json(eu_celac_drugs::report_2021_2022())?;
/// assert!(json.starts_with("{\n  \"schema_version\": 2,"));
/// assert!(json.contains("\"quote\""));
/// # Ok::<(), eu_celac_drugs::export::ExportError>(())
/// ```
///
/// # Errors
/// [`ExportError::Json`] if serialization fails, which it cannot for a dataset (every key is a
/// string); the error is returned rather than hidden.
pub fn to_json(dataset: &Dataset) -> Result<String, ExportError> {
    Ok(serde_json::to_string_pretty(&JsonDocument { schema_version: SCHEMA_VERSION, dataset })?)
}

/// Writes the dataset as a JSON document (as [`to_json`] does) to `writer`.
///
/// ```
/// let mut out = Vec::new();
/// eu_celac_drugs::export::write_json(eu_celac_drugs::report_2021_2022(), &mut out)?;
/// assert!(!out.is_empty());
/// # Ok::<(), eu_celac_drugs::export::ExportError>(())
/// ```
///
/// # Errors
/// [`ExportError::Json`] if the writer fails.
pub fn write_json<W: Write>(dataset: &Dataset, writer: W) -> Result<(), ExportError> {
    Ok(serde_json::to_writer_pretty(writer, &JsonDocument { schema_version: SCHEMA_VERSION, dataset })?)
}

/// Checks the text of `schema_version`: the integer [`SCHEMA_VERSION`], written as such.
///
/// Another integer is [`LoadProblemKind::UnsupportedVersion`]; anything else (`1.0`, `"1"`,
/// `null`) is [`LoadProblemKind::WrongType`], which says that the version is an integer.
fn check_version(text: &str) -> Result<(), LoadProblemKind> {
    let text = text.trim();
    let digits = text.strip_prefix('-').unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return if text.parse::<u64>().ok() == Some(SCHEMA_VERSION) {
            Ok(())
        } else {
            Err(LoadProblemKind::UnsupportedVersion { found: text.to_owned(), supported: SCHEMA_VERSION })
        };
    }
    let found = match text.bytes().next() {
        Some(b'-' | b'0'..=b'9') => format!("the number {}", Cut(text)),
        Some(b'"') => "a string".to_owned(),
        Some(b'[') => "an array".to_owned(),
        Some(b'{') => "an object".to_owned(),
        Some(b't' | b'f') => "a boolean".to_owned(),
        _ => "null".to_owned(),
    };
    Err(LoadProblemKind::WrongType {
        message: format!(
            "schema_version is an integer, written without a fraction or exponent (such as {SCHEMA_VERSION}); found {found}"
        ),
    })
}

/// Loads a dataset from a JSON document of the current [`SCHEMA_VERSION`], validating every
/// value, every record, every id, every reference and every section code. A version-1 document
/// (crate 0.1) is read too: its sections were those of the annual report 2021–2022, which the
/// loader adds to its `meta` (see the [module docs](super#versions)); such a document is read
/// as a tree first, so the memory bound below holds for version 2 only.
///
/// ```
/// use eu_celac_drugs::export::{LoadError, LoadProblemKind, from_json};
///
/// let err = from_json(r#"{"schema_version": 2, "meta": null, "colour": "blue"}"#).unwrap_err();
/// let problems = err.problems();
/// assert!(problems.iter().any(|p| p.path == "$.colour" && matches!(p.kind, LoadProblemKind::UnknownField { .. })));
/// assert!(problems.iter().any(|p| p.path == "$.meta"));
/// assert!(matches!(from_json("{"), Err(LoadError::Malformed { .. })));
///
/// // A key given twice is refused, at its second occurrence (JSON readers disagree on which counts).
/// let err = from_json(r#"{"schema_version": 2, "schema_version": 2}"#).unwrap_err();
/// assert!(err.problems().iter().any(|p| p.path == "$.schema_version"
///     && matches!(p.kind, LoadProblemKind::DuplicateKey { .. })));
/// ```
///
/// # Untrusted documents
/// The loader is meant for documents from anywhere; its costs are bounded by the document's size:
/// - **Time and memory**: a valid document is read in one pass, straight into the dataset's
///   parts as the serde route (`serde_json::from_str::<Dataset>`) reads them; a document that
///   this refuses is read again with care, each record from its own slice of the text, to find
///   every problem and its path. Neither builds a tree of the whole document, and a load takes
///   about what the dataset it builds takes: for 10^6 participations (389 MB of JSON) the
///   heap peaks at 1.3 times the input, as the serde route's does.
/// - **Problems**: the first [`PROBLEM_LIMIT`] (1,000) problems are kept, in document order;
///   the others are counted ([`LoadError::omitted`]). The message counts them all and shows the
///   first [`SHOWN_PROBLEMS`](crate::error::SHOWN_PROBLEMS), then "… and N more".
/// - **Messages** quote at most [`QUOTE_LIMIT`](crate::error::QUOTE_LIMIT) (60) characters of any
///   value or key of the document, with its length when longer; errors keep what they refer to.
/// - **Nesting** deeper than serde_json's limit of 128 levels inside a record is a problem
///   of that record; lists are checked for repeats in linear time.
/// - **Duplicate keys** are refused at every level, with the path of the second occurrence
///   (`$.participations`, `$.events[3](hlm-23).name`): a document must mean one thing to every
///   reader.
/// - **Paths** name a record by its index and its id (`$.events[3](hlm-23)`), only when the id
///   is a valid [`Id`](crate::Id) (at most 64 characters of a slug); otherwise by the index alone.
/// - A UTF-8 **byte-order mark** at the start is refused with a message that says so (JSON text
///   exchanged between systems has none; remove it).
///
/// # Errors
/// [`LoadError::Malformed`] when the text is not JSON; otherwise [`LoadError::Invalid`] with
/// the problems found, each with the JSON path of the offending value. A document whose
/// `schema_version` is neither [`SCHEMA_VERSION`] nor 1 is reported with that problem alone.
pub fn from_json(text: &str) -> Result<Dataset, LoadError> {
    // Every text and id read shares its buffer with the equal ones read before it: a quote cited
    // by many records, a reference to one record, is held once.
    crate::model::text::interning(|| from_json_interned(text))
}

/// [`from_json`], with an interner active.
fn from_json_interned(text: &str) -> Result<Dataset, LoadError> {
    // A valid document is read in one pass; anything else is read with care, problem by problem.
    if let Some(dataset) = fast::read(text) {
        return Ok(dataset);
    }
    match load(text) {
        Err(LoadError::Invalid { problems, omitted })
            if matches!(problems.as_slice(), [LoadProblem { kind: LoadProblemKind::UnsupportedVersion { found, .. }, .. }]
                if found.trim().parse::<u64>().ok() == Some(super::migrate::VERSION_1)) =>
        {
            match super::migrate::v1_text_to_v2(text) {
                Some(migrated) => load(&migrated),
                None => Err(LoadError::Invalid { problems, omitted }),
            }
        }
        other => other,
    }
}

/// [`from_json`] for a document of the current version.
fn load(text: &str) -> Result<Dataset, LoadError> {
    if text.starts_with('\u{feff}') {
        return Err(LoadError::Malformed {
            line: 1,
            column: 1,
            message: "the document starts with a UTF-8 byte-order mark (U+FEFF); remove it".to_owned(),
        });
    }
    // serde_json counts columns from 1, but says column 0 at the start of a line it found empty
    // (the end of "\n"): that is the first column, as documented.
    let document = Reading::read(text, check_version).map_err(|e| LoadError::Malformed {
        line: e.line().max(1),
        column: e.column().max(1),
        message: document::message(&e),
    })?;
    if let Some(problem) = document.refused_version {
        return Err(LoadError::Invalid { problems: vec![problem], omitted: 0 });
    }
    let missing: Vec<&str> = document.missing().collect();
    let Reading { mut cx, meta, meta_text, tables, duplicated, .. } = document;
    for field in missing {
        cx.problems.push("$", LoadProblemKind::MissingField { field: field.to_owned() });
    }
    let meta_ok = meta.is_some();
    // Without a valid `meta`, the tables are still checked against each other: the compiled-in
    // report's metadata stands in, and the problems it alone would cause (its own, and sections
    // it does not list) are left out.
    let meta = meta.unwrap_or_else(|| crate::report_2021_2022().meta().clone());
    let (parts, tables) = tables.finish(meta);
    let mut sources = path::Sources { meta: meta_text, tables, parsed: path::Parsed::default() };
    let dataset = Dataset::assemble(parts);
    dataset.each_problem(&mut |problem| {
        if !meta_ok && (problem.path.starts_with("meta") || matches!(problem.kind, ProblemKind::UnknownSection { .. }))
        {
            return;
        }
        match &problem.kind {
            ProblemKind::Unresolved { target } if cx.failed_ids.contains(target.id.as_str()) => return,
            ProblemKind::Unresolved { target } | ProblemKind::WrongKind { target, .. }
                if duplicated.contains(&target.kind) =>
            {
                return;
            }
            _ => {}
        }
        if cx.problems.is_full() {
            cx.problems.count();
        } else {
            cx.problems.push(sources.json_path(&problem.path, &problem.kind), LoadProblemKind::Dataset(problem.kind));
        }
    });
    if cx.problems.is_empty() { Ok(dataset) } else { Err(cx.problems.into_error()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_an_integer() {
        assert_eq!(check_version("2"), Ok(()));
        assert_eq!(check_version(" 2 "), Ok(()));
        assert!(matches!(check_version("3"), Err(LoadProblemKind::UnsupportedVersion { found, .. }) if found == "3"));
        assert!(matches!(check_version("-1"), Err(LoadProblemKind::UnsupportedVersion { .. })));
        let huge = "9".repeat(1000);
        assert!(matches!(check_version(&huge), Err(LoadProblemKind::UnsupportedVersion { .. })));
        for (text, found) in [
            ("1.0", "the number 1.0"),
            ("1e0", "the number 1e0"),
            ("\"1\"", "a string"),
            ("null", "null"),
            ("[1]", "an array"),
            ("{}", "an object"),
            ("true", "a boolean"),
        ] {
            let Err(LoadProblemKind::WrongType { message }) = check_version(text) else { panic!("{text} accepted") };
            assert!(message.starts_with("schema_version is an integer"), "{message}");
            assert!(message.ends_with(&format!("found {found}")), "{message}");
        }
    }
}
