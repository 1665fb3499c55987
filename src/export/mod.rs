//! Interchange: the dataset as versioned JSON (with validated loading), as tidy CSV tables with a
//! Frictionless Data Package descriptor, and as a JSON Schema.
//!
//! So that people and programs outside Rust — pandas, R, DuckDB, spreadsheets — can use the
//! data, with types.
//!
//! | format | function | feature |
//! |---|---|---|
//! | JSON, one document per dataset | [`to_json`], [`write_json`], [`from_json`] | `json` |
//! | CSV tables + `datapackage.json` | [`csv_tables`], [`write_csv`], [`datapackage`] | `csv` |
//! | JSON Schema of the JSON format | [`json_schema`] | `schema` |
//!
//! # The JSON format (schema version 2)
//!
//! One object: `schema_version` (the integer [`SCHEMA_VERSION`]), `meta` (the report's
//! [`ReportMeta`](crate::ReportMeta): its title, period and — in `meta.sections`, in print order —
//! its own sections, each `{"code", "heading", "parent", "footnote"}`, which every record's
//! `source.section` must name), then one array per table of the [`Dataset`](crate::Dataset),
//! named as its accessors (`organisations`, `instruments`, `programmes`, `phases`, `projects`,
//! `operations`, `working_groups`, `networks`, `committees`, `work_areas`, `task_forces`,
//! `border_areas`, `events`, `documents`, `participations`, `seizures`, `outcomes`, `budgets`,
//! `lists`, `relations`, `statements`). Each record is the serde form of its `…Parts` twin: every field is
//! present (`null` when absent), and every record has its `source`, with the verbatim `quote`.
//!
//! - Codes are ISO strings: countries as ISO 3166-1 alpha-2 (`"PE"`), currencies as ISO 4217
//!   (`"EUR"`); enumerations as their `snake_case` names (`"co_chair"`).
//! - Figures are exact decimals written as JSON **strings** (`{"value": "9.6", "unit": "t",
//!   "qualifier": "over"}`, `{"amount": "15000000", "currency": "EUR"}`), so no reader turns
//!   them into floating point; scale is kept (`"1.50"` stays `"1.50"`).
//! - Dates (`date`, `period`, `launched`, …) are the text form of [`When`](crate::When), which is
//!   EDTF (ISO 8601-2) wherever EDTF has a form (`"2021-06"`, `"2022-06-01/2022-06-02"`,
//!   `"2021-04/.."`, `"2022?-05-31"` for an inferred year) and a documented extension otherwise
//!   (`"2019-early"`, `"2021-02/P48M"`). The precision is part of the text: each
//!   [`Precision`](crate::Precision) has its own form (`YYYY-MM-DD` day, `YYYY-MM` month,
//!   `YYYY-33` to `YYYY-36` quarter, `YYYY-early`, `YYYY` year), so nothing is lost and nothing is written
//!   twice. The CSV tables spell it out in columns (`…_precision`, `…_earliest`, `…_latest`).
//!   Calendar dates of the metadata (`date`, `period_start`, `period_end`) are ISO 8601 days.
//! - References are `{"kind": "project", "id": "aircop"}` (or a bare id where the field can only
//!   point to one kind, such as a project's `programme`).
//!
//! [`SCHEMA_VERSION`] changes whenever a document of the old version would not load or would
//! mean something else.
//!
//! # Versions
//!
//! | version | crate | what changed |
//! |---|---|---|
//! | 2 | 0.2 | `meta.sections` lists the report's sections (a record's `source.section` is one of their codes, checked on loading); the metadata other than `title`, `period_start`, `period_end` and `sections` may be `null` (`number`, `date`, `place`, `language`, `from`, `to`, `subject`, `adopted_at`, `registry_stamp`, `source`) or empty (`file_codes`, `cites`); new `meta.note`, a remark by whoever built the dataset |
//! | 1 | 0.1 | first version: section codes were those of the annual report 2021–2022 only |
//!
//! [`from_json`] reads version 1 too, exactly: since a version-1 document could only use the
//! 2021–2022 report's section codes, the loader adds that report's sections
//! ([`Section2021_2022::sections`](crate::data::Section2021_2022::sections)) to its `meta`, and
//! nothing else differs. [`to_json`] writes version 2; to convert a file, load it and save it.
//!
//! ```
//! use eu_celac_drugs::export::{from_json, to_json};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let mut v1: serde_json::Value = serde_json::from_str(&to_json(report)?)?;
//! v1["schema_version"] = 1.into();
//! v1["meta"].as_object_mut().unwrap().remove("sections");
//! v1["meta"].as_object_mut().unwrap().remove("note");
//! assert_eq!(&from_json(&v1.to_string())?, report);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Loading
//!
//! [`from_json`] validates everything: each value, each record, every id and every reference.
//! It reports the problems it finds, not only the first, each with the JSON path of the
//! offending value, which names the record by its index and, when it has a valid one, its id, as
//! the dataset's own checks do (`$.participations[3](tc-2021-10-26.co-presidency.py).subject.id`),
//! and a loaded dataset equals the one that was saved. It suits documents from anywhere: it reads the text in one pass without a tree
//! of the whole document (a load takes about the memory of the dataset it builds), keeps the
//! first [`PROBLEM_LIMIT`] problems and counts the rest, cuts the values its messages quote,
//! and refuses a key given twice in one object (see [`from_json`] for the limits):
//!
//! ```
//! use eu_celac_drugs::export::{from_json, to_json};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let json = to_json(report)?;
//! assert_eq!(from_json(&json)?, *report);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ```
//! use eu_celac_drugs::export::{LoadError, LoadProblemKind, from_json, to_json};
//!
//! let json = to_json(eu_celac_drugs::report_2021_2022())?;
//! let broken = json.replacen("\"id\": \"aircop\"", "\"id\": \"aircop-renamed\"", 1);
//! let Err(LoadError::Invalid { problems, .. }) = from_json(&broken) else { panic!("must fail") };
//! // Every reference to the old id is reported, with its path.
//! assert!(problems.iter().all(|p| matches!(p.kind, LoadProblemKind::Dataset(_))));
//! assert!(problems.iter().any(|p| p.path.starts_with("$.participations[")));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The error's message counts the problems and shows the first
//! [`SHOWN_PROBLEMS`](crate::error::SHOWN_PROBLEMS), one a line; its `Debug` form, which a `main`
//! returning it prints, is the same message (see [`LoadError`]):
//!
//! ```
//! use eu_celac_drugs::export::{from_json, to_json};
//!
//! let mut v: serde_json::Value = serde_json::from_str(&to_json(eu_celac_drugs::report_2021_2022())?)?;
//! v["participations"][3]["subject"]["id"] = "nowhere".into();
//! let err = from_json(&v.to_string()).unwrap_err();
//! assert_eq!(
//!     format!("{err:?}"),
//!     "the JSON has 1 problem: $.participations[3](tc-2021-10-26.co-presidency.py).subject.id: \
//!      reference event:nowhere points to no record"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

//! # Loading the CSV tables elsewhere
//!
//! [`write_csv`] writes one CSV per entity and per relation, and a `datapackage.json`
//! (Frictionless Data Package v2, with a Table Schema per table: field types, primary keys,
//! foreign keys). The README shows how to load them in pandas, R and DuckDB.
// Documented with fewer features, the items of the others are linked on docs.rs (all features).
#![cfg_attr(
    not(feature = "csv"),
    doc = "",
    doc = "[`csv_tables`]: https://docs.rs/eu-celac-drugs/latest/eu_celac_drugs/export/fn.csv_tables.html",
    doc = "[`write_csv`]: https://docs.rs/eu-celac-drugs/latest/eu_celac_drugs/export/fn.write_csv.html",
    doc = "[`datapackage`]: https://docs.rs/eu-celac-drugs/latest/eu_celac_drugs/export/fn.datapackage.html"
)]
#![cfg_attr(
    not(feature = "schema"),
    doc = "",
    doc = "[`json_schema`]: https://docs.rs/eu-celac-drugs/latest/eu_celac_drugs/export/fn.json_schema.html"
)]

#[cfg(feature = "csv")]
mod csv;
#[cfg(feature = "csv")]
mod datapackage;
mod json;
mod migrate;
#[cfg(feature = "schema")]
mod schema;

use std::path::PathBuf;

#[cfg(feature = "csv")]
pub use self::csv::{CsvTable, csv_tables, write_csv};
#[cfg(feature = "csv")]
pub use self::datapackage::datapackage;
pub use self::json::{LoadError, LoadProblem, LoadProblemKind, PROBLEM_LIMIT, from_json, to_json, write_json};
#[cfg(feature = "schema")]
pub use self::schema::json_schema;

/// The version of the JSON format that [`to_json`] writes and [`from_json`] reads.
pub const SCHEMA_VERSION: u64 = 2;

/// A failure to write an export.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// A file or directory could not be written.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// JSON serialization failed (for a dataset it cannot: every key is a string).
    #[error("cannot serialize to JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// CSV serialization failed.
    #[cfg(feature = "csv")]
    #[error("cannot write CSV table {table}: {source}")]
    Csv {
        /// The table.
        table: String,
        /// The underlying error.
        source: ::csv::Error,
    },
}
