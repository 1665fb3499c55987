//! Tidy CSV tables: one per entity and one per relation, each with its Table Schema.

mod tables;

use std::fmt::Display;
use std::path::Path;

use super::ExportError;
use crate::model::record::CodeEnum;
use crate::{Dataset, Ref, When};

/// The Table Schema type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldType {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// An exact decimal, written with a point and no exponent.
    Number,
    /// `true` or `false`.
    Boolean,
    /// An ISO 8601 calendar day.
    Date,
}

impl FieldType {
    /// The Table Schema name of the type.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::Integer => "integer",
            Self::Number => "number",
            Self::Boolean => "boolean",
            Self::Date => "date",
        }
    }
}

/// A column of a [`CsvTable`]: its name, type, meaning and constraints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    pub(crate) name: String,
    pub(crate) ty: FieldType,
    pub(crate) description: String,
    pub(crate) required: bool,
    pub(crate) values: Option<Vec<String>>,
}

/// A foreign key: these columns hold the key of that table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ForeignKey {
    pub(crate) fields: Vec<String>,
    pub(crate) resource: &'static str,
    pub(crate) reference: Vec<&'static str>,
}

/// One tidy table of the CSV export: its name, its columns with their types, its keys and
/// its rows (an empty cell is a missing value).
///
/// ```
/// let tables = eu_celac_drugs::export::csv_tables(eu_celac_drugs::report_2021_2022());
/// let countries = tables.iter().find(|t| t.name() == "countries").unwrap();
/// assert_eq!(countries.rows().len(), 249);
/// assert!(countries.headers().any(|h| h == "celac_member"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvTable {
    pub(crate) name: &'static str,
    pub(crate) description: &'static str,
    pub(crate) fields: Vec<Field>,
    pub(crate) primary_key: Vec<&'static str>,
    pub(crate) foreign_keys: Vec<ForeignKey>,
    pub(crate) rows: Vec<Vec<String>>,
}

impl CsvTable {
    /// The table's name; its file is `<name>.csv`.
    #[must_use]
    pub fn name(&self) -> &str {
        self.name
    }

    /// What a row of the table is.
    #[must_use]
    pub fn description(&self) -> &str {
        self.description
    }

    /// The column names, in order.
    pub fn headers(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|f| f.name.as_str())
    }

    /// The rows, each with one cell per column (empty for a missing value).
    #[must_use]
    pub fn rows(&self) -> &[Vec<String>] {
        &self.rows
    }

    /// The table as CSV text (RFC 4180, a header row, `\n` line ends).
    ///
    /// # Errors
    /// [`ExportError::Csv`] if the CSV writer fails.
    pub fn to_csv(&self) -> Result<String, ExportError> {
        let err = |source| ExportError::Csv { table: self.name.to_owned(), source };
        let mut w = ::csv::WriterBuilder::new().terminator(::csv::Terminator::Any(b'\n')).from_writer(Vec::new());
        w.write_record(self.headers()).map_err(err)?;
        for row in &self.rows {
            w.write_record(row).map_err(err)?;
        }
        let bytes = w.into_inner().map_err(|e| err(::csv::Error::from(e.into_error())))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// Every table of the CSV export, in the order of `datapackage.json`.
#[must_use]
pub fn csv_tables(dataset: &Dataset) -> Vec<CsvTable> {
    tables::all(dataset)
}

/// Writes every table as `<name>.csv` and the `datapackage.json` that describes them into
/// `dir` (created if missing).
///
/// ```
/// let dir = std::env::temp_dir().join(format!("eu-celac-drugs-doc-{}", std::process::id()));
/// eu_celac_drugs::export::write_csv(eu_celac_drugs::report_2021_2022(), &dir)?;
/// assert!(dir.join("datapackage.json").is_file());
/// assert!(dir.join("participations.csv").is_file());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`ExportError::Io`] naming the file or directory that could not be written.
pub fn write_csv(dataset: &Dataset, dir: &Path) -> Result<(), ExportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let tables = csv_tables(dataset);
    for table in &tables {
        let path = dir.join(format!("{}.csv", table.name));
        std::fs::write(&path, table.to_csv()?).map_err(io(&path))?;
    }
    let path = dir.join("datapackage.json");
    let text = serde_json::to_string_pretty(&super::datapackage::descriptor(dataset, &tables))?;
    std::fs::write(&path, text).map_err(io(&path))?;
    Ok(())
}

/// A column definition and how to fill it from a record.
pub(crate) struct Col<'a, R> {
    field: Field,
    get: Box<dyn Fn(&R) -> String + 'a>,
}

fn col<'a, R>(name: &str, ty: FieldType, description: &str, get: impl Fn(&R) -> String + 'a) -> Col<'a, R> {
    Col {
        field: Field { name: name.to_owned(), ty, description: description.to_owned(), required: false, values: None },
        get: Box::new(get),
    }
}

impl<R> Col<'_, R> {
    /// Marks the column as never empty.
    fn required(mut self) -> Self {
        self.field.required = true;
        self
    }
}

/// A required text column.
pub(crate) fn req<'a, R>(name: &str, description: &str, get: impl Fn(&R) -> String + 'a) -> Col<'a, R> {
    col(name, FieldType::String, description, get).required()
}

/// An optional text column.
pub(crate) fn opt<'a, R, T: Display>(name: &str, description: &str, get: impl Fn(&R) -> Option<T> + 'a) -> Col<'a, R> {
    col(name, FieldType::String, description, move |r| get(r).map(|v| v.to_string()).unwrap_or_default())
}

/// An optional integer column.
pub(crate) fn int<'a, R, T: Display>(name: &str, description: &str, get: impl Fn(&R) -> Option<T> + 'a) -> Col<'a, R> {
    col(name, FieldType::Integer, description, move |r| get(r).map(|v| v.to_string()).unwrap_or_default())
}

/// An optional exact decimal column.
pub(crate) fn num<'a, R, T: Display>(name: &str, description: &str, get: impl Fn(&R) -> Option<T> + 'a) -> Col<'a, R> {
    col(name, FieldType::Number, description, move |r| get(r).map(|v| v.to_string()).unwrap_or_default())
}

/// A boolean column.
pub(crate) fn flag<'a, R>(name: &str, description: &str, get: impl Fn(&R) -> bool + 'a) -> Col<'a, R> {
    col(name, FieldType::Boolean, description, move |r| get(r).to_string()).required()
}

/// An optional calendar-day column.
pub(crate) fn day<'a, R, T: Display>(name: &str, description: &str, get: impl Fn(&R) -> Option<T> + 'a) -> Col<'a, R> {
    col(name, FieldType::Date, description, move |r| get(r).map(|v| v.to_string()).unwrap_or_default())
}

/// An enumeration column, constrained to the enumeration's names.
pub(crate) fn code<'a, R, E: CodeEnum>(
    name: &str,
    description: &str,
    get: impl Fn(&R) -> Option<E> + 'a,
) -> Col<'a, R> {
    let mut c = col(name, FieldType::String, description, move |r| get(r).map(|v| v.to_string()).unwrap_or_default());
    c.field.values = Some(E::ALL.iter().map(|e| e.to_string()).collect());
    c
}

/// The columns of a date field: its text form (EDTF where EDTF has a form), its EDTF form,
/// the precision of its start, and its earliest and latest days.
pub(crate) fn when<'a, R>(prefix: &str, what: &str, get: impl Fn(&R) -> Option<When> + Clone + 'a) -> Vec<Col<'a, R>> {
    let (g1, g2, g3, g4) = (get.clone(), get.clone(), get.clone(), get.clone());
    let mut precision = col(
        &format!("{prefix}_precision"),
        FieldType::String,
        &format!("{what}: the precision of the (start) date"),
        move |r: &R| g3(r).map(|w| w.start().precision().to_string()).unwrap_or_default(),
    );
    precision.field.values = Some(crate::Precision::iter().map(|p| p.to_string()).collect());
    vec![
        opt(
            prefix,
            &format!("{what}, as stated (EDTF where EDTF has a form, else the crate's documented extension)"),
            get,
        ),
        opt(&format!("{prefix}_edtf"), &format!("{what} in EDTF (ISO 8601-2), where EDTF has a form"), move |r: &R| {
            g1(r).and_then(|w| w.edtf())
        }),
        precision,
        day(&format!("{prefix}_earliest"), &format!("{what}: the first day it can mean"), move |r: &R| {
            g2(r).map(|w| w.earliest())
        }),
        day(
            &format!("{prefix}_latest"),
            &format!("{what}: the last day it can mean (empty when open-ended)"),
            move |r: &R| g4(r).and_then(|w| w.latest()),
        ),
    ]
}

/// The two columns of a reference: the kind and the id of the record referred to.
pub(crate) fn reference<'a, R>(
    prefix: &str,
    what: &str,
    get: impl Fn(&R) -> Option<&Ref> + Clone + 'a,
) -> Vec<Col<'a, R>> {
    let g = get.clone();
    vec![
        code(&format!("{prefix}_kind"), &format!("{what}: the kind of record"), move |r: &R| g(r).map(|x| x.kind)),
        opt(&format!("{prefix}_id"), &format!("{what}: the record's id (see sources.csv)"), move |r: &R| {
            get(r).map(|x| x.id.clone())
        }),
    ]
}

/// Builds a table from its columns and records.
pub(crate) fn build<'r, R: 'r>(
    name: &'static str,
    description: &'static str,
    primary_key: &[&'static str],
    foreign_keys: &[(&[&str], &'static str, &[&'static str])],
    cols: Vec<Col<'_, R>>,
    records: impl IntoIterator<Item = &'r R>,
) -> CsvTable {
    let rows = records.into_iter().map(|r| cols.iter().map(|c| (c.get)(r)).collect()).collect();
    CsvTable {
        name,
        description,
        fields: cols.into_iter().map(|c| c.field).collect(),
        primary_key: primary_key.to_vec(),
        foreign_keys: foreign_keys
            .iter()
            .map(|(fields, resource, reference)| ForeignKey {
                fields: fields.iter().map(|f| (*f).to_owned()).collect(),
                resource,
                reference: reference.to_vec(),
            })
            .collect(),
        rows,
    }
}
