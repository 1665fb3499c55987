//! The downloads: the dataset as JSON, as CSV tables with a data package, and the JSON Schema,
//! each with its size and SHA-256.

use std::fmt::Write as _;

use eu_celac_drugs::Dataset;
use eu_celac_drugs::export::{csv_tables, datapackage, json_schema, to_json};
use sha2::{Digest, Sha256};

use crate::Error;

/// One downloadable file.
#[derive(Debug, Clone)]
pub struct Download {
    /// Its path in the site.
    pub path: String,
    /// What it is.
    pub title: String,
    /// Its media type.
    pub media_type: &'static str,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Its SHA-256, in lower-case hexadecimal.
    pub sha256: String,
}

/// Every download.
#[derive(Debug, Clone)]
pub struct Downloads {
    /// The files, JSON first, then the data package and its tables, then the schema.
    pub files: Vec<Download>,
}

/// The SHA-256 of `bytes`, in lower-case hexadecimal.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        let _ = write!(out, "{b:02x}");
    }
    out
}

fn file(path: String, title: String, media_type: &'static str, bytes: Vec<u8>) -> Download {
    let sha256 = sha256_hex(&bytes);
    Download { path, title, media_type, bytes, sha256 }
}

/// Makes every download of `dataset` (in memory, as `export::write_csv` would write them).
pub fn make(dataset: &Dataset) -> Result<Downloads, Error> {
    let mut files = vec![file(
        "downloads/eu-celac-drugs.json".to_owned(),
        "The whole dataset (JSON)".to_owned(),
        "application/json",
        to_json(dataset)?.into_bytes(),
    )];
    files.push(file(
        "downloads/csv/datapackage.json".to_owned(),
        "Data package descriptor (Frictionless, for the CSV tables)".to_owned(),
        "application/json",
        serde_json::to_string_pretty(&datapackage(dataset))?.into_bytes(),
    ));
    for table in csv_tables(dataset) {
        files.push(file(
            format!("downloads/csv/{}.csv", table.name()),
            format!("Table {}: {}", table.name(), table.description()),
            "text/csv",
            table.to_csv()?.into_bytes(),
        ));
    }
    files.push(file(
        "downloads/eu-celac-drugs.schema.json".to_owned(),
        "JSON Schema of the JSON format".to_owned(),
        "application/schema+json",
        serde_json::to_string_pretty(&json_schema())?.into_bytes(),
    ));
    Ok(Downloads { files })
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha256_of_abc() {
        assert_eq!(super::sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
