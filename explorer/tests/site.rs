//! Tests of the generated site: links and anchors, reachability, highlighted quotes, escaping,
//! downloads.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::OnceLock;

use eu_celac_drugs::source::normalise_whitespace as fold;
use eu_celac_drugs::{SOURCE_TEXT, report_2021_2022};
use eu_celac_drugs_explorer::{Site, render};

/// Where the Council publishes its documents (the "Cite this" blocks link there).
const COUNCIL: &str = "https://data.consilium.europa.eu/doc/document/ST-10233-2022-INIT/en/pdf";

fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| render(report_2021_2022(), Some(SOURCE_TEXT)).unwrap())
}

fn text(site: &Site, path: &str) -> String {
    String::from_utf8(site.file(path).unwrap_or_else(|| panic!("no {path}")).bytes.clone()).unwrap()
}

/// Every value of the attribute `name` (double-quoted, as the templates write them).
fn attrs(html: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&needle) {
        rest = &rest[at + needle.len()..];
        let end = rest.find('"').unwrap();
        out.push(unescape(&rest[..end]));
        rest = &rest[end..];
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

/// A link from `page` resolved against the site's root: (path, fragment).
fn resolve(page: &str, href: &str) -> (String, Option<String>) {
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f.to_owned())),
        None => (href, None),
    };
    if path.is_empty() {
        return (page.to_owned(), fragment);
    }
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for seg in path.split('/') {
        match seg {
            ".." => {
                parts.pop().unwrap_or_else(|| panic!("{page}: {href} leaves the site"));
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    (parts.join("/"), fragment)
}

fn ids(site: &Site) -> HashMap<String, BTreeSet<String>> {
    site.pages()
        .map(|p| (p.path.clone(), attrs(&String::from_utf8_lossy(&p.bytes), "id").into_iter().collect()))
        .collect()
}

#[test]
fn every_internal_link_and_anchor_resolves() {
    let site = site();
    let ids = ids(site);
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in site.pages() {
        let html = String::from_utf8_lossy(&page.bytes);
        let page_ids: Vec<String> = attrs(&html, "id");
        let unique: BTreeSet<&String> = page_ids.iter().collect();
        assert_eq!(unique.len(), page_ids.len(), "{}: an id is used twice", page.path);
        for href in attrs(&html, "href").into_iter().chain(attrs(&html, "src")) {
            // The one link out: the report at the Council's register, a plain link that the reader
            // follows (nothing is fetched).
            if href.starts_with(COUNCIL) {
                continue;
            }
            assert!(!href.contains("://") && !href.starts_with("//"), "{}: a link leaves the site: {href}", page.path);
            let (path, fragment) = resolve(&page.path, &href);
            checked += 1;
            if site.file(&path).is_none() {
                broken.push(format!("{}: {href} (no {path})", page.path));
            } else if let Some(f) = fragment
                && !ids.get(&path).is_some_and(|set| set.contains(&f))
            {
                broken.push(format!("{}: {href} (no #{f} in {path})", page.path));
            }
        }
    }
    assert!(checked > 10_000, "only {checked} links");
    assert!(broken.is_empty(), "{} broken links:\n{}", broken.len(), broken[..broken.len().min(20)].join("\n"));
}

#[test]
fn every_record_is_reachable_from_the_home_page() {
    let site = site();
    let ids = ids(site);
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut targets: BTreeSet<(String, String)> = BTreeSet::new();
    let mut queue = VecDeque::from(["index.html".to_owned()]);
    while let Some(page) = queue.pop_front() {
        if !page.ends_with(".html") || !seen.insert(page.clone()) {
            continue;
        }
        let html = text(site, &page);
        for href in attrs(&html, "href") {
            let (path, fragment) = resolve(&page, &href);
            if let Some(f) = fragment {
                targets.insert((path.clone(), f));
            }
            queue.push_back(path);
        }
    }
    let mut missing = Vec::new();
    for (kind, id, _) in report_2021_2022().records() {
        let page = format!("record/{id}.html");
        let anchor = format!("r-{id}");
        let reached = seen.contains(&page)
            || targets.iter().any(|(p, f)| *f == anchor && ids.get(p).is_some_and(|set| set.contains(f)));
        if !reached {
            missing.push(format!("{kind} {id}"));
        }
    }
    assert!(missing.is_empty(), "{} records not reachable from index.html:\n{}", missing.len(), missing.join("\n"));
    for c in eu_celac_drugs::analysis::involvements(report_2021_2022()).iter().map(|i| i.country) {
        assert!(seen.contains(&format!("country/{}.html", c.alpha2().to_ascii_lowercase())), "{c}'s page");
    }
}

/// The annotated report's text (the `.report` block without the lists of records under each
/// paragraph), with for each character whether it stands inside a `<mark>`. A footnote marker (a
/// superscript of digits only) is left out, as `plain_text` leaves it out of a quote.
fn report_text(html: &str) -> (String, Vec<bool>) {
    let start = html.find("<div class=\"report\"").unwrap();
    let body = &html[start..];
    let (mut out, mut marked) = (String::new(), Vec::new());
    let (mut in_mark, mut in_refs) = (false, false);
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').unwrap();
            let tag = &rest[..=end];
            // A paragraph's number (¶ 12) is the page's, not the report's words.
            if tag.starts_with("<a class=\"pilcrow\"") {
                rest = &rest[rest.find("</a>").unwrap() + "</a>".len()..];
                continue;
            }
            if tag == "<sup>" {
                let inner = &rest[end + 1..];
                if let Some(close) = inner.find("</sup>")
                    && close > 0
                    && inner[..close].bytes().all(|b| b.is_ascii_digit())
                {
                    rest = &inner[close + "</sup>".len()..];
                    continue;
                }
            }
            if tag.starts_with("<mark") {
                in_mark = true;
            } else if tag == "</mark>" {
                in_mark = false;
            } else if tag.starts_with("<details") {
                in_refs = true;
            } else if tag == "</details>" {
                in_refs = false;
            } else if tag.starts_with("<br")
                || tag.starts_with("</p")
                || tag.starts_with("</li")
                || tag.starts_with("</h")
            {
                out.push(' ');
                marked.push(false);
            }
            rest = &rest[end + 1..];
            continue;
        }
        let (ch, len) = if c == '&' {
            let end = rest.find(';').unwrap();
            (unescape(&rest[..=end]).chars().next().unwrap(), end + 1)
        } else {
            (c, c.len_utf8())
        };
        if !in_refs {
            out.push(ch);
            marked.push(in_mark);
        }
        rest = &rest[len..];
    }
    (out, marked)
}

#[test]
fn every_quote_is_highlighted_in_the_annotated_report() {
    let html = text(site(), "report.html");
    let (plain, marked) = report_text(&html);
    // Fold white space, keeping each kept character's mark.
    let (mut folded, mut flags) = (String::new(), Vec::new());
    let mut space = false;
    for (c, m) in plain.chars().zip(marked) {
        if c.is_whitespace() {
            space = !folded.is_empty();
            continue;
        }
        if space {
            folded.push(' ');
            flags.push(true);
            space = false;
        }
        for _ in 0..c.len_utf8() {
            flags.push(m);
        }
        folded.push(c);
    }
    let report = report_2021_2022();
    let mut failures = Vec::new();
    let quotes = report
        .records()
        .map(|(k, id, s)| (format!("{k} {id}"), s.quote()))
        .chain(report.meta().source().map(|s| ("meta".to_owned(), s.quote())));
    let mut n = 0;
    for (what, quote) in quotes {
        n += 1;
        let q = fold(&eu_celac_drugs::source::plain_text(quote));
        match folded.find(&q) {
            None => failures.push(format!("{what}: not in the page: {q:?}")),
            Some(at) if !flags[at..at + q.len()].iter().all(|&m| m) => {
                failures.push(format!("{what}: not highlighted: {q:?}"))
            }
            Some(_) => {}
        }
    }
    assert!(n > 700);
    assert!(failures.is_empty(), "{} quotes:\n{}", failures.len(), failures.join("\n"));
    // Every block of the text (paragraph, list item, heading, rule) has an anchor.
    let body = &html[html.find("<div class=\"report\"").unwrap()..html.find("</main>").unwrap()];
    let (mut blocks, mut in_refs) = (0, false);
    for tag in body.split('<').skip(1).map(|t| t.split('>').next().unwrap()) {
        if tag.starts_with("details") {
            in_refs = true;
        } else if tag == "/details" {
            in_refs = false;
        } else if !in_refs && ["p", "li", "h2", "h3", "h4", "h5", "h6", "hr"].contains(&tag.split(' ').next().unwrap())
        {
            assert!(tag.contains(" id=\"p-") || tag.contains(" id=\"b-"), "a block without an anchor: <{tag}>");
            blocks += 1;
        }
    }
    let lines = SOURCE_TEXT.lines().filter(|l| !l.trim().is_empty()).count();
    assert!(blocks > lines / 2 && blocks <= lines, "{blocks} blocks for {lines} lines of text");
}

#[test]
fn every_fact_links_to_its_words_and_back() {
    let site = site();
    let report = text(site, "report.html");
    let passages: BTreeSet<String> = attrs(&report, "id").into_iter().filter(|i| i.starts_with("q-")).collect();
    // From a country page to the report, and from the report to that record.
    let peru = text(site, "country/pe.html");
    let links: Vec<String> = attrs(&peru, "href").into_iter().filter(|h| h.starts_with("../report.html#q-")).collect();
    assert!(!links.is_empty());
    for l in &links {
        assert!(passages.contains(l.trim_start_matches("../report.html#")), "{l}");
    }
    for (_, id, _) in
        report_2021_2022().records().filter(|(k, _, _)| *k == eu_celac_drugs::RecordKind::Participation).take(50)
    {
        assert!(report.contains(&format!("#r-{id}\"")), "the report links to no participation {id}");
    }
}

#[test]
fn pages_have_one_h1_a_language_and_a_title() {
    for page in site().pages() {
        let html = String::from_utf8_lossy(&page.bytes);
        assert_eq!(html.matches("<h1").count(), 1, "{}", page.path);
        let lang = if page.path.starts_with("es/") { "es" } else { "en" };
        assert!(html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")), "{}", page.path);
        assert!(html.contains("<title>") && html.contains("name=\"viewport\""), "{}", page.path);
        assert!(!html.contains("http://") && !html.contains("<link rel=\"preconnect"), "{}", page.path);
    }
    let home = text(site(), "index.html");
    let jsonld = home.split("<script type=\"application/ld+json\">").nth(1).unwrap().split("</script>").next().unwrap();
    let value: serde_json::Value = serde_json::from_str(jsonld).unwrap();
    assert_eq!(value["@type"], "Dataset");
    assert_eq!(
        value["temporalCoverage"],
        format!("{}/{}", report_2021_2022().meta().period_start(), report_2021_2022().meta().period_end())
    );
    assert!(value["name"].as_str().unwrap().contains(&report_2021_2022().meta().number().unwrap().to_string()));
}

#[test]
fn downloads_are_the_library_exports_with_their_checksums() {
    use sha2::{Digest, Sha256};
    let site = site();
    let report = report_2021_2022();
    let dir = std::env::temp_dir().join(format!("explorer-csv-{}", std::process::id()));
    eu_celac_drugs::export::write_csv(report, &dir).unwrap();
    let mut compared = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let ours = site.file(&format!("downloads/csv/{name}")).unwrap_or_else(|| panic!("no download {name}"));
        assert_eq!(ours.bytes, std::fs::read(&path).unwrap(), "{name} differs from write_csv's");
        compared += 1;
    }
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(compared > 10);
    let json = site.file("downloads/eu-celac-drugs.json").unwrap();
    assert_eq!(&eu_celac_drugs::export::from_json(std::str::from_utf8(&json.bytes).unwrap()).unwrap(), report);
    let page = text(site, "downloads.html");
    // A country's own CSV is linked from its page, not listed here.
    for f in
        site.files().iter().filter(|f| f.path.starts_with("downloads/") && !f.path.starts_with("downloads/countries/"))
    {
        let digest: String = Sha256::digest(&f.bytes).iter().map(|b| format!("{b:02x}")).collect();
        assert!(page.contains(&digest), "{}: its SHA-256 is not on the downloads page", f.path);
        assert!(page.contains(&format!("href=\"{}\"", f.path)), "{} is not linked", f.path);
    }
}

#[test]
fn a_dataset_loaded_without_its_text_says_so() {
    let json = eu_celac_drugs::export::to_json(report_2021_2022()).unwrap();
    let dataset = eu_celac_drugs::export::from_json(&json).unwrap();
    let site = render(&dataset, None).unwrap();
    let report = text(&site, "report.html");
    assert!(report.contains("without the text of its report"));
    assert!(!report.contains("<mark data-q"));
    assert!(site.pages().all(|p| !String::from_utf8_lossy(&p.bytes).contains("report.html#q-")));
}
