//! The JSON format: writing, and loading with every problem reported by JSON path.

use std::collections::HashSet;
use std::fmt;
use std::io::Write;

use serde::Serialize;
use serde_json::{Map, Value};

use super::{ExportError, SCHEMA_VERSION};
use crate::dataset::{Dataset, DatasetParts, ProblemKind};
use crate::{
    BorderArea, BorderAreaParts, Budget, BudgetParts, Committee, CommitteeParts, Document, DocumentParts, Event,
    EventParts, Instrument, InstrumentParts, Network, NetworkParts, Operation, OperationParts, Organisation,
    OrganisationParts, Outcome, OutcomeParts, Participation, ParticipationParts, Phase, PhaseParts, Programme,
    ProgrammeParts, Project, ProjectParts, Relation, RelationParts, ReportMeta, ReportMetaParts, Seizure, SeizureParts,
    StatedList, StatedListParts, Statement, StatementParts, TaskForce, TaskForceParts, ValidationError, WorkArea,
    WorkAreaParts, WorkingGroup, WorkingGroupParts,
};

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

/// A JSON document that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The text is not JSON.
    #[error("malformed JSON at line {line}, column {column}: {message}")]
    Malformed {
        /// The line of the error (from 1).
        line: usize,
        /// The column of the error (from 1).
        column: usize,
        /// What the JSON parser says.
        message: String,
    },
    /// The JSON does not hold a valid dataset: every problem found, in document order.
    #[error(
        "the JSON has {} problem(s); the first: {}",
        .problems.len(),
        .problems.first().map(ToString::to_string).unwrap_or_default()
    )]
    Invalid {
        /// Every problem found.
        problems: Vec<LoadProblem>,
    },
}

impl LoadError {
    /// Every problem found (empty for malformed JSON).
    #[must_use]
    pub fn problems(&self) -> &[LoadProblem] {
        match self {
            Self::Invalid { problems } => problems,
            Self::Malformed { .. } => &[],
        }
    }
}

/// One problem in a JSON document: the JSON path of the offending value and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadProblem {
    /// The JSON path (`$.participations[3].subject.id`).
    pub path: String,
    /// What is wrong.
    pub kind: LoadProblemKind,
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// What is wrong in a [`LoadProblem`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadProblemKind {
    /// The document is of a version this crate does not read.
    #[error(
        "schema_version {found} is not supported (this crate reads version {supported}, and version 1 by adding the 2021-2022 report's sections)"
    )]
    UnsupportedVersion {
        /// The version found, as written.
        found: String,
        /// The version this crate reads.
        supported: u64,
    },
    /// A value has the wrong JSON type (an array where an object belongs, a number for a text).
    #[error("wrong type: {message}")]
    WrongType {
        /// What was expected and what was found.
        message: String,
    },
    /// A required field is missing.
    #[error("missing field {field:?}")]
    MissingField {
        /// The field.
        field: String,
    },
    /// A field the format does not have (nothing is silently dropped).
    #[error("unknown field {field:?}")]
    UnknownField {
        /// The field.
        field: String,
    },
    /// A code that is not known: a country, a currency, or a name of an enumeration.
    #[error("unknown code: {message}")]
    UnknownCode {
        /// What the parser says, with the offending value.
        message: String,
    },
    /// A value that does not parse (an id, a date, a figure, a document number).
    #[error("invalid value: {message}")]
    InvalidValue {
        /// What the parser says, with the offending value.
        message: String,
    },
    /// A record that fails its validation.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// A problem across records: a duplicate id, a broken reference.
    #[error(transparent)]
    Dataset(ProblemKind),
}

/// A problem list under construction.
#[derive(Default)]
struct Problems(Vec<LoadProblem>);

impl Problems {
    fn push(&mut self, path: impl Into<String>, kind: LoadProblemKind) {
        self.0.push(LoadProblem { path: path.into(), kind });
    }
}

/// The JSON type of a value, for messages.
fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A JSON path segment for an object key: `.key`, or `['key']` when the key is not a plain name.
pub(super) fn key_segment(key: &str) -> String {
    if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        format!(".{key}")
    } else {
        format!("[{}]", serde_json::Value::String(key.to_owned()))
    }
}

/// Sorts a serde error into a problem kind, from serde's standard messages.
fn classify(message: String) -> LoadProblemKind {
    let quoted = |m: &str, prefix: &str| {
        m.strip_prefix(prefix).and_then(|rest| rest.split('`').next()).map(ToOwned::to_owned).unwrap_or_default()
    };
    if message.starts_with("unknown field `") {
        LoadProblemKind::UnknownField { field: quoted(&message, "unknown field `") }
    } else if message.starts_with("missing field `") {
        LoadProblemKind::MissingField { field: quoted(&message, "missing field `") }
    } else if message.starts_with("unknown variant `")
        || message.contains("is not an ISO 3166-1 country code")
        || message.contains("is not an ISO 4217 currency code")
    {
        LoadProblemKind::UnknownCode { message }
    } else if message.starts_with("invalid type: ") {
        LoadProblemKind::WrongType { message }
    } else {
        LoadProblemKind::InvalidValue { message }
    }
}

/// Deserializes `value` as `T`, reporting a failure at the JSON path where it happened.
fn parse<T: serde::de::DeserializeOwned>(value: &Value, path: &str, problems: &mut Problems) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let mut at = path.to_owned();
            for segment in e.path().iter() {
                match segment {
                    serde_path_to_error::Segment::Seq { index } => at.push_str(&format!("[{index}]")),
                    serde_path_to_error::Segment::Map { key } => at.push_str(&key_segment(key)),
                    serde_path_to_error::Segment::Enum { variant } => at.push_str(&key_segment(variant)),
                    serde_path_to_error::Segment::Unknown => {}
                }
            }
            let kind = classify(e.into_inner().to_string());
            if let LoadProblemKind::UnknownField { field } = &kind {
                let segment = key_segment(field);
                if !at.ends_with(&segment) {
                    at.push_str(&segment);
                }
            }
            problems.push(at, kind);
            None
        }
    }
}

/// The path, below `path`, of the first key named `field` in `value` (breadth first), or of
/// the first string equal to `text` below that key; `path` itself when there is none.
pub(super) fn locate(value: &Value, path: &str, field: &str, text: Option<&str>) -> String {
    let mut queue: std::collections::VecDeque<(&Value, String)> = std::collections::VecDeque::new();
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

/// One table as loaded: the valid records, the JSON index of each, and the ids of the records
/// that failed (so that references to them are not reported a second time).
struct Loaded<T> {
    records: Vec<T>,
    indices: Vec<usize>,
}

/// Loads one table: each record from its own JSON value, every failure reported.
fn load_table<P, T>(
    root: &Map<String, Value>,
    name: &str,
    new: impl Fn(P) -> Result<T, ValidationError>,
    failed_ids: &mut HashSet<String>,
    problems: &mut Problems,
) -> Loaded<T>
where
    P: serde::de::DeserializeOwned,
{
    let mut loaded = Loaded { records: Vec::new(), indices: Vec::new() };
    let path = format!("${}", key_segment(name));
    let Some(value) = root.get(name) else {
        problems.push("$", LoadProblemKind::MissingField { field: name.to_owned() });
        return loaded;
    };
    let Value::Array(items) = value else {
        problems.push(
            path,
            LoadProblemKind::WrongType { message: format!("expected an array, found {}", type_name(value)) },
        );
        return loaded;
    };
    for (i, item) in items.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let record = parse::<P>(item, &at, problems).and_then(|parts| match new(parts) {
            Ok(r) => Some(r),
            Err(e) => {
                problems.push(locate(item, &at, e.field(), None), LoadProblemKind::Invalid(e));
                None
            }
        });
        match record {
            Some(r) => {
                loaded.records.push(r);
                loaded.indices.push(i);
            }
            None => {
                if let Some(id) = item.get("id").and_then(Value::as_str) {
                    failed_ids.insert(id.to_owned());
                }
            }
        }
    }
    loaded
}

macro_rules! load_tables {
    ($root:expr, $failed:expr, $problems:expr, $meta:expr, $( $field:ident : $ty:ident / $parts:ident ),* $(,)?) => {{
        let mut indices: Vec<(&'static str, Vec<usize>)> = Vec::new();
        $(
            let $field = load_table::<$parts, $ty>($root, stringify!($field), $ty::new, $failed, $problems);
            indices.push((stringify!($field), $field.indices));
        )*
        let parts = DatasetParts { meta: $meta, $( $field: $field.records, )* };
        (parts, indices)
    }};
}

/// The top-level keys of a document, in order.
const TOP_LEVEL: [&str; 23] = [
    "schema_version",
    "meta",
    "organisations",
    "instruments",
    "programmes",
    "phases",
    "projects",
    "operations",
    "working_groups",
    "networks",
    "committees",
    "work_areas",
    "task_forces",
    "border_areas",
    "events",
    "documents",
    "participations",
    "seizures",
    "outcomes",
    "budgets",
    "lists",
    "relations",
    "statements",
];

/// Loads a dataset from a JSON document of the current [`SCHEMA_VERSION`], validating every
/// value, every record, every id, every reference and every section code. A version-1 document
/// (crate 0.1) is read too: its sections were those of the annual report 2021–2022, which the
/// loader adds to its `meta` (see the [module docs](super#versions)).
///
/// ```
/// use eu_celac_drugs::export::{LoadError, LoadProblemKind, from_json};
///
/// let err = from_json(r#"{"schema_version": 2, "meta": null, "colour": "blue"}"#).unwrap_err();
/// let LoadError::Invalid { problems } = &err else { panic!("not a malformed document") };
/// assert!(problems.iter().any(|p| p.path == "$.colour" && matches!(p.kind, LoadProblemKind::UnknownField { .. })));
/// assert!(problems.iter().any(|p| p.path == "$.meta"));
/// assert!(matches!(from_json("{"), Err(LoadError::Malformed { .. })));
/// ```
///
/// # Errors
/// [`LoadError::Malformed`] when the text is not JSON; otherwise [`LoadError::Invalid`] with
/// every problem found, each with the JSON path of the offending value. A document whose
/// `schema_version` is neither [`SCHEMA_VERSION`] nor 1 is reported with that problem alone.
pub fn from_json(text: &str) -> Result<Dataset, LoadError> {
    let root: Value = serde_json::from_str(text).map_err(|e| LoadError::Malformed {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let mut problems = Problems::default();
    let Value::Object(mut root) = root else {
        problems.push(
            "$",
            LoadProblemKind::WrongType { message: format!("expected an object, found {}", type_name(&root)) },
        );
        return Err(LoadError::Invalid { problems: problems.0 });
    };
    match root.get("schema_version") {
        None => problems.push("$", LoadProblemKind::MissingField { field: "schema_version".to_owned() }),
        Some(v) if v.as_u64() == Some(SCHEMA_VERSION) => {}
        Some(v) if v.as_u64() == Some(super::migrate::VERSION_1) => super::migrate::v1_to_v2(&mut root),
        Some(v) => {
            problems.push(
                "$.schema_version",
                LoadProblemKind::UnsupportedVersion { found: v.to_string(), supported: SCHEMA_VERSION },
            );
            return Err(LoadError::Invalid { problems: problems.0 });
        }
    }
    for key in root.keys().filter(|k| !TOP_LEVEL.contains(&k.as_str())) {
        problems.push(format!("${}", key_segment(key)), LoadProblemKind::UnknownField { field: key.clone() });
    }
    let meta = match root.get("meta") {
        None => {
            problems.push("$", LoadProblemKind::MissingField { field: "meta".to_owned() });
            None
        }
        Some(v) => parse::<ReportMetaParts>(v, "$.meta", &mut problems).and_then(|parts| {
            ReportMeta::new(parts)
                .map_err(|e| problems.push(locate(v, "$.meta", e.field(), None), LoadProblemKind::Invalid(e)))
                .ok()
        }),
    };
    let meta_ok = meta.is_some();
    // Without a valid `meta`, the tables are still checked against each other: the compiled-in
    // report's metadata stands in, and the problems it alone would cause (its own, and sections
    // it does not list) are left out.
    let meta = meta.unwrap_or_else(|| crate::report_2021_2022().meta().clone());
    let mut failed = HashSet::new();
    let (parts, indices) = load_tables!(&root, &mut failed, &mut problems, meta,
        organisations: Organisation / OrganisationParts,
        instruments: Instrument / InstrumentParts,
        programmes: Programme / ProgrammeParts,
        phases: Phase / PhaseParts,
        projects: Project / ProjectParts,
        operations: Operation / OperationParts,
        working_groups: WorkingGroup / WorkingGroupParts,
        networks: Network / NetworkParts,
        committees: Committee / CommitteeParts,
        work_areas: WorkArea / WorkAreaParts,
        task_forces: TaskForce / TaskForceParts,
        border_areas: BorderArea / BorderAreaParts,
        events: Event / EventParts,
        documents: Document / DocumentParts,
        participations: Participation / ParticipationParts,
        seizures: Seizure / SeizureParts,
        outcomes: Outcome / OutcomeParts,
        budgets: Budget / BudgetParts,
        lists: StatedList / StatedListParts,
        relations: Relation / RelationParts,
        statements: Statement / StatementParts,
    );
    match Dataset::new(parts) {
        Ok(dataset) if problems.0.is_empty() => Ok(dataset),
        Ok(_) => Err(LoadError::Invalid { problems: problems.0 }),
        Err(e) => {
            for problem in e.problems() {
                if !meta_ok
                    && (problem.path.starts_with("meta") || matches!(problem.kind, ProblemKind::UnknownSection { .. }))
                {
                    continue;
                }
                if let ProblemKind::Unresolved { target } = &problem.kind {
                    if failed.contains(target.id.as_str()) {
                        continue;
                    }
                }
                let path = json_path(&problem.path, &problem.kind, &root, &indices);
                problems.push(path, LoadProblemKind::Dataset(problem.kind.clone()));
            }
            Err(LoadError::Invalid { problems: problems.0 })
        }
    }
}

/// Turns a [`Problem`](crate::Problem) path (`participations[3](aircop.scope.ar).subject`) into the
/// JSON path of the offending value (`$.participations[5].subject.id`), with the record's
/// index in the JSON document.
fn json_path(path: &str, kind: &ProblemKind, root: &Map<String, Value>, indices: &[(&str, Vec<usize>)]) -> String {
    let target = match kind {
        ProblemKind::Unresolved { target } | ProblemKind::WrongKind { target, .. } => Some(target.id.as_str()),
        _ => None,
    };
    if let Some(field) = path.strip_prefix("meta.") {
        return root.get("meta").map_or_else(|| "$.meta".to_owned(), |meta| locate(meta, "$.meta", field, target));
    }
    let parsed = path.split_once('[').and_then(|(table, rest)| {
        let (index, rest) = rest.split_once(']')?;
        let index: usize = index.parse().ok()?;
        let field = rest.split_once(").").map(|(_, f)| f);
        Some((table, index, field))
    });
    let Some((table, index, field)) = parsed else { return format!("$.{path}") };
    let json_index =
        indices.iter().find(|(t, _)| *t == table).and_then(|(_, idx)| idx.get(index).copied()).unwrap_or(index);
    let at = format!("${}[{json_index}]", key_segment(table));
    let record = root.get(table).and_then(|t| t.get(json_index));
    match (record, field) {
        (Some(record), Some(field)) => locate(record, &at, field, target),
        _ => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_serde_messages() {
        assert!(
            matches!(classify("unknown field `x`, expected one of".into()), LoadProblemKind::UnknownField { field } if field == "x")
        );
        assert!(
            matches!(classify("missing field `id`".into()), LoadProblemKind::MissingField { field } if field == "id")
        );
        assert!(matches!(classify("unknown variant `z`, expected".into()), LoadProblemKind::UnknownCode { .. }));
        assert!(matches!(classify("invalid type: integer `3`, expected".into()), LoadProblemKind::WrongType { .. }));
        assert!(matches!(classify("bad id".into()), LoadProblemKind::InvalidValue { .. }));
    }

    #[test]
    fn key_segments_quote_odd_keys() {
        assert_eq!(key_segment("subject"), ".subject");
        assert_eq!(key_segment("a b"), "[\"a b\"]");
    }

    #[test]
    fn locates_nested_fields_and_texts() {
        let v: Value =
            serde_json::json!({"a": {"quote": ""}, "items": [{"kind": "x", "id": "p"}, {"kind": "y", "id": "q"}]});
        assert_eq!(locate(&v, "$", "quote", None), "$.a.quote");
        assert_eq!(locate(&v, "$", "items", Some("q")), "$.items[1].id");
        assert_eq!(locate(&v, "$", "nothing", None), "$");
    }
}
