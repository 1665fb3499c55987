//! Hostile text in a loaded dataset comes out escaped, on every page and in every script.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use eu_celac_drugs::export::{from_json, to_json};
use eu_celac_drugs_explorer::render;
use serde_json::Value;

const EVIL: &str = "<script>alert(\"x\")</script> & 'quoted' \"AT&T\" </textarea><img src=x onerror=alert(1)>";

fn set(v: &mut Value, path: &[&str], to: &str) {
    let mut cur = v;
    for p in path {
        cur = match p.parse::<usize>() {
            Ok(i) => &mut cur[i],
            Err(_) => &mut cur[*p],
        };
    }
    assert!(cur.is_string(), "{path:?} is not a string");
    *cur = Value::String(to.to_owned());
}

#[test]
fn hostile_text_comes_out_escaped() {
    let mut json: Value = serde_json::from_str(&to_json(eu_celac_drugs::report_2021_2022()).unwrap()).unwrap();
    set(&mut json, &["programmes", "0", "name"], &format!("Programme {EVIL}"));
    set(&mut json, &["projects", "0", "name"], &format!("Project {EVIL}"));
    set(&mut json, &["participations", "0", "as_written"], &format!("Written {EVIL}"));
    set(&mut json, &["events", "0", "name"], &format!("Event {EVIL}"));
    set(&mut json, &["statements", "0", "source", "quote"], &format!("Says {EVIL}"));
    set(&mut json, &["statements", "0", "text"], EVIL);
    set(&mut json, &["organisations", "0", "name"], &format!("Organisation {EVIL}"));
    set(&mut json, &["participations", "1", "source", "quote"], &format!("Quote {EVIL}"));
    set(&mut json, &["meta", "title"], &format!("Title {EVIL}"));
    let dataset = from_json(&json.to_string()).unwrap_or_else(|e| panic!("the edited dataset does not load: {e}"));
    let text = format!("# Heading {EVIL}\n\nQuote {EVIL}\n\n- item {EVIL}");
    let site = render(&dataset, Some(&text)).unwrap();
    let mut escaped_seen = 0;
    for f in site.files().iter().filter(|f| f.path.ends_with(".html") || f.path.ends_with(".js")) {
        let body = String::from_utf8_lossy(&f.bytes);
        for raw in ["<script>alert", "<img src=x", "</textarea>", "onerror=alert(1)>"] {
            assert!(!body.contains(raw), "{}: {raw:?} came out unescaped", f.path);
        }
        if f.path.ends_with(".html") {
            // The only script elements are the site's own.
            let scripts = body.matches("<script").count();
            let own =
                body.matches("<script src=\"").count() + body.matches("<script type=\"application/ld+json\">").count();
            assert_eq!(scripts, own, "{}: a script element the site did not write", f.path);
            escaped_seen +=
                body.matches("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;quoted&#39;").count();
        }
    }
    assert!(escaped_seen > 10, "the hostile text is shown (escaped) {escaped_seen} times");
    // The JSON in scripts still reads back as the same text.
    let index = String::from_utf8_lossy(&site.file("assets/search-index.en.js").unwrap().bytes).into_owned();
    let array = index.trim_start_matches("window.EXPLORER_SEARCH = ").trim_end().trim_end_matches(';');
    let entries: Value = serde_json::from_str(array).unwrap();
    assert!(entries.as_array().unwrap().iter().any(|e| e["t"].as_str().is_some_and(|t| t.contains(EVIL))));
    let home = String::from_utf8_lossy(&site.file("index.html").unwrap().bytes).into_owned();
    let jsonld = home.split("<script type=\"application/ld+json\">").nth(1).unwrap().split("</script>").next().unwrap();
    let value: Value = serde_json::from_str(jsonld).unwrap();
    assert!(value["name"].as_str().unwrap().contains(EVIL));
    // The report's text is escaped too.
    let report = String::from_utf8_lossy(&site.file("report.html").unwrap().bytes).into_owned();
    assert!(report.contains("Heading &#60;script&#62;"));
}
