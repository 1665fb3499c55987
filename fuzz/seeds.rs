//! Writes the seed corpus of the fuzz targets (`fuzz/seeds/<target>/`) from the JSON export of
//! the compiled-in report (`cargo run --all-features --example export -- --format json`):
//!
//! - `from_json`, `analyses`: small valid documents cut from the export (the first 1, 2, 3 or 6
//!   records of each table, less the records whose references the cut leaves dangling, as
//!   `from_json` reports them), and a few refused ones;
//! - `serde_route`: the same datasets in the plain serde form (no `schema_version`);
//! - `from_str`: short texts of the export (codes, ids, dates, names), with the text forms of
//!   its quantities and amounts, and references as `kind:id` (a few hundred, evenly spread);
//! - `resolve_country`: names of parties and places as the report writes them, and countries'
//!   names (a few hundred, evenly spread).
//!
//! Run by `fuzz/seeds.sh`. Seeds are named by a hash of their content, so writing them again
//! gives the same files.

use std::collections::BTreeSet;
use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};

use eu_celac_drugs::ProblemKind;
use eu_celac_drugs::export::{LoadProblemKind, from_json};
use eu_celac_drugs::{Country, Money, Quantity, Ref};
use serde_json::{Value, json};

/// The longest text of the export taken as a `from_str` seed, in characters.
const SHORT: usize = 48;

/// How many texts seed `from_str` and `resolve_country` at most (evenly spread over the sorted
/// texts), so that the corpus stays a few hundred files.
const MAX_TEXTS: usize = 400;

/// At most [`MAX_TEXTS`] of `texts`, evenly spread.
fn spread(texts: &BTreeSet<String>) -> impl Iterator<Item = &String> {
    let step = texts.len().div_ceil(MAX_TEXTS).max(1);
    texts.iter().step_by(step)
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [export, out] = args.as_slice() else {
        eprintln!("usage: seeds EXPORT.json SEEDS_DIR");
        std::process::exit(2);
    };
    let full: Value = serde_json::from_str(&fs::read_to_string(export)?)?;
    let out = PathBuf::from(out);
    let mut written = 0;
    for keep in [1, 2, 3, 6] {
        let document = cut(&full, keep)?;
        let plain = document.replacen(&format!("{{\"schema_version\":{},", full["schema_version"]), "{", 1);
        written += write(&out.join("from_json"), &document)?;
        written += write(&out.join("analyses"), &document)?;
        written += write(&out.join("serde_route"), &plain)?;
        // the same dataset as a snapshot, whole and as a bare body (the target puts a header on it)
        let bytes = eu_celac_drugs::snapshot::to_bytes(&from_json(&document)?);
        written += write_bytes(&out.join("snapshot"), &bytes)?;
        written += write_bytes(&out.join("snapshot"), &bytes[28..])?;
    }
    let small: Value = serde_json::from_str(&cut(&full, 1)?)?;
    for refused in refused(&small) {
        written += write(&out.join("from_json"), &refused)?;
    }
    let mut texts = BTreeSet::new();
    short_texts(&full, &mut texts);
    for text in spread(&texts) {
        written += write(&out.join("from_str"), text)?;
    }
    let mut names = BTreeSet::new();
    party_and_place_names(&full, &mut names);
    for c in Country::ALL {
        names.extend([c.name_en(), c.common_name()].map(str::to_owned));
        names.extend(c.official_name().map(str::to_owned));
        names.extend(c.name_es().map(str::to_owned));
    }
    for name in spread(&names) {
        written += write(&out.join("resolve_country"), name)?;
    }
    // `check`: the report's text in pieces (a paragraph, a few lines, the whole), and flat as a PDF gives it.
    let text = eu_celac_drugs::SOURCE_TEXT;
    let lines: Vec<&str> = text.lines().collect();
    for chunk in lines.chunks(12).step_by(2) {
        written += write(&out.join("check"), &chunk.join("\n"))?;
    }
    written += write(&out.join("check"), &text.replace('\n', " "))?;
    println!("{written} seeds written under {}", out.display());
    Ok(())
}

/// A valid document of the first `keep` records of each table of `full`, with the records the
/// metadata refers to and what they refer to in turn; less the other records `from_json`
/// reports a problem in, until it loads.
fn cut(full: &Value, keep: usize) -> Result<String, Box<dyn Error>> {
    let mut v = full.clone();
    let meta = &full["meta"];
    let mut wanted: Vec<Value> =
        std::iter::once(&meta["adopted_at"]).chain(meta["cites"].as_array().into_iter().flatten()).cloned().collect();
    for (name, table) in v.as_object_mut().ok_or("the export is an object")?.iter_mut() {
        let Some(records) = table.as_array_mut() else { continue };
        let all = full[name].as_array().ok_or("a table")?;
        records.truncate(keep);
        records.extend(all.iter().skip(keep).filter(|r| wanted.contains(&r["id"])).cloned());
    }
    loop {
        let text = v.to_string();
        let Err(e) = from_json(&text) else { return Ok(text) };
        let mut doomed: Vec<(String, usize)> = Vec::new();
        let mut needed: Vec<String> = Vec::new();
        for p in e.problems() {
            let path = p.path.strip_prefix("$.").ok_or("a path")?;
            let Some((table, rest)) = path.split_once('[') else { return Err(format!("cannot repair {p}").into()) };
            let index: usize = rest.split(']').next().ok_or("an index")?.parse()?;
            let record = &v[table][index];
            match &p.kind {
                LoadProblemKind::Dataset(ProblemKind::Unresolved { target }) if wanted.contains(&record["id"]) => {
                    needed.push(target.id.to_string());
                }
                _ => doomed.push((table.to_owned(), index)),
            }
        }
        if doomed.is_empty() && needed.is_empty() {
            return Err(format!("cannot repair: {e}").into());
        }
        doomed.sort();
        doomed.dedup();
        for (table, index) in doomed.into_iter().rev() {
            v[table.as_str()].as_array_mut().ok_or("an array")?.remove(index);
        }
        for id in needed {
            let (table, record) = full
                .as_object()
                .into_iter()
                .flatten()
                .filter_map(|(t, records)| Some((t, records.as_array()?)))
                .find_map(|(t, records)| Some((t, records.iter().find(|r| r["id"] == id.as_str())?)))
                .ok_or_else(|| format!("no record {id}"))?;
            wanted.push(json!(id));
            v[table.as_str()].as_array_mut().ok_or("an array")?.push(record.clone());
        }
    }
}

/// A few documents `from_json` refuses, one problem each: starting points for the fuzzer.
fn refused(small: &Value) -> Vec<String> {
    let text = small.to_string();
    let mut unknown = small.clone();
    unknown["colour"] = json!("blue");
    let mut version = small.clone();
    version["schema_version"] = json!(1.0);
    vec![
        unknown.to_string(),
        version.to_string(),
        text.replacen("\"meta\":", "\"meta\":null,\"meta\":", 1),
        format!("\u{feff}{text}"),
        "{}".to_owned(),
    ]
}

/// Every string of `v` of at most [`SHORT`] characters, the text of every quantity and amount,
/// and every reference as `kind:id`.
fn short_texts(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::String(s) if s.chars().count() <= SHORT => {
            out.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|x| short_texts(x, out)),
        Value::Object(map) => {
            if let Ok(q) = serde_json::from_value::<Quantity>(v.clone()) {
                out.insert(q.to_string());
            }
            if let Ok(m) = serde_json::from_value::<Money>(v.clone()) {
                out.insert(m.to_string());
            }
            if let Ok(r) = serde_json::from_value::<Ref>(v.clone()) {
                out.insert(r.to_string());
            }
            map.values().for_each(|x| short_texts(x, out));
        }
        _ => {}
    }
}

/// The names of parties and places as written (`as_written`, a place's `name`).
fn party_and_place_names(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Array(items) => items.iter().for_each(|x| party_and_place_names(x, out)),
        Value::Object(map) => {
            for (k, x) in map {
                match (k.as_str(), x) {
                    ("as_written", Value::String(s)) => {
                        out.insert(s.clone());
                    }
                    ("places" | "place" | "location", _) => names_of_places(x, out),
                    _ => party_and_place_names(x, out),
                }
            }
        }
        _ => {}
    }
}

fn names_of_places(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Array(items) => items.iter().for_each(|x| names_of_places(x, out)),
        Value::Object(map) => {
            if let Some(Value::String(name)) = map.get("name") {
                out.insert(name.clone());
            }
        }
        _ => {}
    }
}

/// Writes `content` to `dir`, named by its FNV-1a hash; 1 if the file is new.
fn write(dir: &Path, content: &str) -> Result<usize, Box<dyn Error>> {
    write_bytes(dir, content.as_bytes())
}

/// Writes `content` (any bytes) to `dir`, named by its FNV-1a hash; 1 if the file is new.
fn write_bytes(dir: &Path, content: &[u8]) -> Result<usize, Box<dyn Error>> {
    fs::create_dir_all(dir)?;
    let hash =
        content.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    let path = dir.join(format!("{hash:016x}"));
    if path.exists() {
        return Ok(0);
    }
    fs::write(path, content)?;
    Ok(1)
}
