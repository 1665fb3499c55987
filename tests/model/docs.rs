//! The crate's own words about its features agree with its manifest.

/// The features `Cargo.toml` turns on by default.
fn default_features() -> Vec<String> {
    let manifest = include_str!("../../Cargo.toml");
    let line = manifest.lines().find(|l| l.trim_start().starts_with("default =")).unwrap();
    let list = line.split_once('=').unwrap().1.trim().trim_start_matches('[').trim_end_matches(']');
    list.split(',').map(|f| f.trim().trim_matches('"').to_owned()).filter(|f| !f.is_empty()).collect()
}

#[test]
fn the_docs_call_a_feature_default_only_if_the_manifest_does() {
    let defaults = default_features();
    let docs = [
        ("src/lib.rs", include_str!("../../src/lib.rs")),
        ("src/export/mod.rs", include_str!("../../src/export/mod.rs")),
        ("README.md", include_str!("../../README.md")),
    ];
    for feature in ["serde", "json", "csv", "schema", "charts"] {
        let default = defaults.iter().any(|d| d == feature);
        for (file, text) in docs {
            for line in text.lines() {
                let names_it = line.contains(&format!("`{feature}`"));
                let calls_it_default = line.contains("on by default") || line.contains("(default)");
                if names_it && calls_it_default && !line.contains("No feature is on by default") {
                    assert!(default, "{file} calls `{feature}` a default feature: {line}");
                }
                // The features tables: "| `json` | no |" where it is not a default.
                if line.starts_with(&format!("| `{feature}` |")) {
                    let column = line.split('|').nth(2).unwrap_or("").trim();
                    assert_eq!(column == "yes", default, "{file}: {line}");
                }
            }
        }
    }
}
