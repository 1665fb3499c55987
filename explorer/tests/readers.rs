//! What readers rely on, on every page of the site: summaries by class, statuses beside items,
//! footnote markers apart from words, "Cite this" blocks, the search box, both languages, the
//! downloads a spreadsheet user opens, and the citation file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use std::sync::OnceLock;

use eu_celac_drugs::{SOURCE_TEXT, report_2021_2022};
use eu_celac_drugs_explorer::{Site, render};

fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| render(report_2021_2022(), Some(SOURCE_TEXT)).unwrap())
}

fn text(path: &str) -> String {
    String::from_utf8(site().file(path).unwrap_or_else(|| panic!("no {path}")).bytes.clone()).unwrap()
}

/// The text of every quote on a page (`<p lang="en">“…”</p>`), with footnote markers removed.
fn quotes(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for chunk in html.split("<p lang=\"en\">“").skip(1) {
        let quote = chunk.split("”</p>").next().unwrap();
        let mut words = String::new();
        let mut rest = quote;
        while let Some(at) = rest.find("<sup class=\"fn\">") {
            words.push_str(&rest[..at]);
            words.push(' ');
            rest = &rest[at..];
            rest = &rest[rest.find("</sup>").unwrap() + "</sup>".len()..];
        }
        words.push_str(rest);
        out.push(words);
    }
    out
}

#[test]
fn no_quote_glues_a_footnote_digit_to_a_word() {
    let mut seen = 0;
    let mut markers = 0;
    for page in site().pages() {
        let html = String::from_utf8_lossy(&page.bytes);
        markers += html.matches("<sup class=\"fn\">").count();
        for q in quotes(&html) {
            seen += 1;
            let chars: Vec<char> = q.chars().collect();
            for w in chars.windows(2) {
                assert!(
                    !(w[0].is_lowercase() && w[1].is_ascii_digit()),
                    "{}: a digit glued to a word in “{q}”",
                    page.path
                );
            }
            assert!(!q.contains("20211") && !q.contains("20221"), "{}: a year glued to a marker: {q}", page.path);
        }
    }
    assert!(seen > 2000, "only {seen} quotes");
    assert!(markers > 20, "only {markers} footnote markers shown");
    // "Slovenia and Paraguay³" keeps its marker, apart and linked to the footnote.
    let tc = text("record/tc-2021-10-26.html");
    assert!(tc.contains("Paraguay<sup class=\"fn\"><a href=\"../report.html#fn-3\""), "footnote 3 not linked");
    assert!(text("report.html").contains("id=\"fn-3\""));
}

#[test]
fn every_record_country_and_seizure_row_can_be_cited() {
    let mut records = 0;
    for page in site().pages().filter(|p| p.path.contains("record/") || p.path.contains("country/")) {
        let html = String::from_utf8_lossy(&page.bytes);
        let cite = html.split("<aside class=\"cite\"").nth(1).unwrap_or_else(|| panic!("{}: no Cite this", page.path));
        assert!(cite.contains("10233/22"), "{}: the citation names no document", page.path);
        assert!(cite.contains(eu_celac_drugs::VERSION), "{}: the citation names no version", page.path);
        assert!(cite.contains("ST-10233-2022-INIT"), "{}: no link to the Council's document", page.path);
        if page.path.contains("record/") {
            assert!(cite.contains(", ¶ "), "{}: the citation names no paragraph", page.path);
            records += 1;
        }
    }
    assert!(records > 400, "{records} record pages");
    let seizures = text("seizures.html");
    let rows = seizures.matches("<tr id=\"r-").count();
    assert_eq!(rows, report_2021_2022().seizures().len());
    assert_eq!(seizures.matches("<aside class=\"cite\"").count(), rows, "a seizure row without Cite this");
}

#[test]
fn every_page_has_the_search_box_and_both_languages() {
    let english: Vec<&str> = site().pages().map(|p| p.path.as_str()).filter(|p| !p.starts_with("es/")).collect();
    for path in &english {
        let es = format!("es/{path}");
        let html = text(&es);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"es\">"), "{es}");
        assert!(html.contains("id=\"site-q\""), "{es}: no search box");
        assert!(text(path).contains("id=\"site-q\""), "{path}: no search box");
        // The switch lands on the same page in the other language, both ways.
        let depth = path.matches('/').count();
        let up = "../".repeat(depth);
        assert!(text(path).contains(&format!("class=\"lang-switch\"><a href=\"{up}es/{path}\"")), "{path}: switch");
        assert!(html.contains(&format!("class=\"lang-switch\"><a href=\"../{up}{path}\"")), "{es}: switch back");
    }
    assert_eq!(site().pages().count(), english.len() * 2);
    // Spanish words on Spanish pages; the report's quotes stay in English, marked so.
    let peru = text("es/country/pe.html");
    assert!(peru.contains("<h1>Perú</h1>") && peru.contains("De un vistazo") && peru.contains("<p lang=\"en\">“"));
}

#[test]
fn summaries_say_exactly_what_the_records_say() {
    let home = text("index.html");
    assert!(home.contains("7 contradictions, 5 other warnings, 37 notes"));
    assert!(!home.contains("findings where the report disagrees"));
    assert!(text("es/index.html").contains("7 contradicciones, 5 otras advertencias, 37 notas"));
    let findings = text("findings.html");
    assert!(findings.contains("id=\"names\""), "no section for names and spellings");
    for page in ["findings.html", "es/findings.html"] {
        let html = text(page);
        for internal in ["organisation:", "programme:", "committee:", "project:", "operation:"] {
            assert!(
                !html.contains(&format!(">{internal}")) && !html.contains(&format!(" {internal}")),
                "{page}: {internal}"
            );
        }
    }
    // CELAC: a status beside every item; the four members named nowhere, named in the first lines.
    let celac = text("celac.html");
    let gt = celac.split("id=\"member-gt\"").nth(1).unwrap().split("</tr>").next().unwrap();
    assert!(gt.contains(">CLASI</a> <span class=\"status\">(member, interested)</span>"), "{gt}");
    let head = &celac[..celac.find("id=\"map-heading\"").unwrap()];
    for name in ["Bahamas", "Haiti", "Nicaragua", "Venezuela"] {
        assert!(head.contains(name), "{name} is not named before the map");
    }
    assert!(head.contains("COPOLAD"));
    // Not stated rather than silence.
    let hlm = text("record/hlm-23.html");
    assert!(hlm.contains("<dt>Co-chairs</dt><dd>not stated in the report</dd>"));
    // Seizure lines name what was seized.
    let aircop = text("record/aircop.html");
    assert!(aircop.contains("Seized: over 9.6 tons of cocaine, 2021"));
}

#[test]
fn downloads_for_a_spreadsheet_and_the_citation_file() {
    let zip = &site().file("downloads/eu-celac-drugs-csv.zip").unwrap().bytes;
    for f in site().files().iter().filter(|f| f.path.starts_with("downloads/csv/")) {
        let name = f.path.trim_start_matches("downloads/csv/");
        assert!(zip.windows(name.len()).any(|w| w == name.as_bytes()), "the ZIP lacks {name}");
    }
    let flat = &site().file("downloads/involvements.csv").unwrap().bytes;
    assert!(flat.starts_with(b"\xef\xbb\xbf"), "no byte-order mark");
    let flat = String::from_utf8(flat[3..].to_vec()).unwrap();
    assert!(flat.lines().next().unwrap().starts_with("country_code,country,country_es,programme"));
    assert!(flat.contains("PE,Peru,Perú,"));
    assert_eq!(flat.lines().count(), eu_celac_drugs::analysis::involvements(report_2021_2022()).len() + 1);
    let cff = String::from_utf8(site().file("CITATION.cff").unwrap().bytes.clone()).unwrap();
    assert!(cff.contains(&format!("version: \"{}\"", eu_celac_drugs::VERSION)), "CITATION.cff's version");
    assert!(text("downloads.html").contains("CITATION.cff"));
    assert!(site().file("downloads/countries/pe.csv").is_some());
}
