//! The downloads: the dataset as JSON, as CSV tables with a data package (and all of them in one
//! ZIP), the JSON Schema, and a flat table of every country's involvements for spreadsheets
//! (UTF-8 with a byte-order mark, so that spreadsheet programs read the accents), each with its
//! size and SHA-256; and the citation file.

use std::fmt::Write as _;

use eu_celac_drugs::Dataset;
use eu_celac_drugs::analysis::Involvement;
use eu_celac_drugs::export::{csv_tables, datapackage, json_schema, to_json};
use sha2::{Digest, Sha256};

use crate::Error;

/// The project's citation file (Citation File Format), shipped at the site's root too.
pub const CITATION_CFF: &str = include_str!("../../CITATION.cff");

/// One downloadable file.
#[derive(Debug, Clone)]
pub struct Download {
    /// Its path in the site (from the site's folder).
    pub path: String,
    /// The catalogue key of what it is.
    pub title_key: &'static str,
    /// Words to add after it (a table's name and description, in English).
    pub title_extra: String,
    /// Its media type.
    pub media_type: &'static str,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Its SHA-256, in lower-case hexadecimal.
    pub sha256: String,
    /// Whether it is one of the few a reader who does not code starts with.
    pub featured: bool,
}

/// Every download.
#[derive(Debug, Clone)]
pub struct Downloads {
    /// The files: the reader's first, then the JSON, the data package and its tables, the schema.
    pub files: Vec<Download>,
    /// The citation file's text.
    pub citation_cff: String,
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

fn file(path: &str, title_key: &'static str, media_type: &'static str, bytes: Vec<u8>) -> Download {
    let sha256 = sha256_hex(&bytes);
    Download {
        path: path.to_owned(),
        title_key,
        title_extra: String::new(),
        media_type,
        bytes,
        sha256,
        featured: false,
    }
}

/// A CSV field, quoted when it must be.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}

/// The involvements as a flat CSV table for spreadsheets: one row per involvement, with country
/// and programme names, role, status and quote; UTF-8 with a byte-order mark, CRLF line ends.
pub fn involvements_csv(dataset: &Dataset, involvements: &[&Involvement<'_>]) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    out.push_str(
        "country_code,country,country_es,programme,counts_for,subject,subject_kind,role,status,active_or_past,record,section,quote\r\n",
    );
    for i in involvements {
        let programmes: Vec<String> = i
            .programmes
            .iter()
            .map(|p| format!("{} ({})", p.programme.acronym().unwrap_or(p.programme.name()), p.attribution))
            .collect();
        let row = [
            i.country.alpha2().to_owned(),
            i.country.name_en().to_owned(),
            i.country.name_es().unwrap_or_default().to_owned(),
            i.programmes
                .first()
                .map(|p| p.programme.acronym().unwrap_or(p.programme.name()).to_owned())
                .unwrap_or_default(),
            programmes.join("; "),
            i.subject_label.to_string(),
            i.kind.to_string(),
            i.role.map(|r| r.to_string()).unwrap_or_default(),
            i.status.to_string(),
            if i.status.is_active() { "yes" } else { "no" }.to_owned(),
            i.record.to_string(),
            dataset
                .section(i.source.section().as_str())
                .map_or_else(|| i.source.section().to_string(), |s| s.heading().to_owned()),
            eu_celac_drugs::source::plain_text(i.source.quote()),
        ];
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// Makes every download of `dataset` (in memory, as `export::write_csv` would write them).
pub fn make(dataset: &Dataset, involvements: &[Involvement<'_>]) -> Result<Downloads, Error> {
    let all: Vec<&Involvement<'_>> = involvements.iter().collect();
    let mut flat =
        file("downloads/involvements.csv", "downloads.file.involvements", "text/csv", involvements_csv(dataset, &all));
    flat.featured = true;
    let mut tables = vec![file(
        "downloads/csv/datapackage.json",
        "downloads.file.datapackage",
        "application/json",
        serde_json::to_string_pretty(&datapackage(dataset))?.into_bytes(),
    )];
    for table in csv_tables(dataset) {
        let mut f = file(
            &format!("downloads/csv/{}.csv", table.name()),
            "downloads.file.table",
            "text/csv",
            table.to_csv()?.into_bytes(),
        );
        f.title_extra = format!(" {}: {}", table.name(), table.description());
        tables.push(f);
    }
    let entries: Vec<(String, &[u8])> = tables
        .iter()
        .map(|t| (t.path.trim_start_matches("downloads/csv/").to_owned(), t.bytes.as_slice()))
        .chain(std::iter::once(("involvements.csv".to_owned(), flat.bytes.as_slice())))
        .collect();
    let mut zip = file(
        "downloads/eu-celac-drugs-csv.zip",
        "downloads.file.zip",
        "application/zip",
        crate::zip::archive(&entries),
    );
    zip.featured = true;
    let mut files = vec![flat, zip];
    files.push(file(
        "downloads/eu-celac-drugs.json",
        "downloads.file.json",
        "application/json",
        to_json(dataset)?.into_bytes(),
    ));
    files.extend(tables);
    files.push(file(
        "downloads/eu-celac-drugs.schema.json",
        "downloads.file.schema",
        "application/schema+json",
        serde_json::to_string_pretty(&json_schema())?.into_bytes(),
    ));
    Ok(Downloads { files, citation_cff: CITATION_CFF.to_owned() })
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha256_of_abc() {
        assert_eq!(super::sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn csv_fields_are_quoted_when_they_must_be() {
        assert_eq!(super::field("a"), "a");
        assert_eq!(super::field("a, \"b\""), "\"a, \"\"b\"\"\"");
    }
}
