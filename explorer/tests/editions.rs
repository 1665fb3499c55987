//! The explorer built from two editions: the compiled-in report and a copy of its JSON export with
//! one participation removed (Belize as Chapter 10 coordinator) and one status changed (Peru's
//! CLASI membership, from applicant to active). Every page of each edition, the edition switch both
//! ways, the page of what changed in both languages naming both changes with the words of both
//! editions, and every link of the whole site.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use eu_celac_drugs::{Dataset, SOURCE_TEXT, report_2021_2022};
use eu_celac_drugs_explorer::editions::{EditionSource, layout, render_editions};
use eu_celac_drugs_explorer::{Error, Site, render};

const REMOVED: &str = "chapter-10.coordinator.bz";
const CHANGED: &str = "clasi.member.pe";
const OLD: &str = "editions/10233-22/";
const COUNCIL: &str = "https://data.consilium.europa.eu/doc/document/ST-10233-2022-INIT/en/pdf";

/// The compiled-in report's export with one participation removed and one status changed.
fn next_edition() -> &'static Dataset {
    static NEXT: OnceLock<Dataset> = OnceLock::new();
    NEXT.get_or_init(|| {
        let json = eu_celac_drugs::export::to_json(report_2021_2022()).unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let parts = value["participations"].as_array_mut().unwrap();
        let before = parts.len();
        parts.retain(|p| p["id"] != REMOVED);
        assert_eq!(parts.len(), before - 1, "no participation {REMOVED}");
        let p = parts.iter_mut().find(|p| p["id"] == CHANGED).unwrap();
        assert_eq!(p["status"], "applicant");
        p["status"] = "active".into();
        eu_celac_drugs::export::from_json(&value.to_string()).unwrap()
    })
}

fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        render_editions(&[
            // Given newest first: the order is the periods' (the same here), then the order given.
            EditionSource { dataset: report_2021_2022(), source_text: Some(SOURCE_TEXT) },
            EditionSource { dataset: next_edition(), source_text: Some(SOURCE_TEXT) },
        ])
        .unwrap()
    })
}

fn one() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| render(report_2021_2022(), Some(SOURCE_TEXT)).unwrap())
}

fn text(site: &Site, path: &str) -> String {
    String::from_utf8(site.file(path).unwrap_or_else(|| panic!("no {path}")).bytes.clone()).unwrap()
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

/// The edition switch of a page: (address, name, current).
fn switch(html: &str) -> Vec<(String, String, bool)> {
    let Some(start) = html.find("<nav class=\"edition-switch\"") else { return Vec::new() };
    let nav = &html[start..start + html[start..].find("</nav>").unwrap()];
    nav.split("<a href=\"")
        .skip(1)
        .map(|a| {
            let href = unescape(&a[..a.find('"').unwrap()]);
            let name = unescape(&a[a.find('>').unwrap() + 1..a.find("</a>").unwrap()]);
            (href, name, a[..a.find('>').unwrap()].contains("aria-current"))
        })
        .collect()
}

#[test]
fn each_edition_is_a_whole_site_in_both_languages() {
    let site = site();
    let pages: Vec<&str> = one().pages().map(|p| p.path.as_str()).collect();
    assert!(pages.len() > 500, "{} pages", pages.len());
    for page in &pages {
        assert!(site.file(page).is_some(), "the newest edition lacks {page}");
        assert!(site.file(&format!("{OLD}{page}")).is_some(), "the older edition lacks {page}");
    }
    for asset in
        ["assets/style.css", "assets/explorer.js", "assets/search-index.es.js", "downloads/eu-celac-drugs.json"]
    {
        assert!(site.file(asset).is_some() && site.file(&format!("{OLD}{asset}")).is_some(), "{asset}");
    }
    // Each edition's downloads are its own: the newer lacks the removed participation.
    assert!(text(site, &format!("{OLD}downloads/eu-celac-drugs.json")).contains(REMOVED));
    assert!(!text(site, "downloads/eu-celac-drugs.json").contains(REMOVED));
    // The page of what changed: in the newer edition only, in both languages.
    assert!(site.file("changes.html").is_some() && site.file("es/changes.html").is_some());
    assert!(site.file(&format!("{OLD}changes.html")).is_none());
    // Nothing else: two sites and two pages of what changed.
    assert_eq!(site.pages().count(), 2 * pages.len() + 2);
}

#[test]
fn one_edition_is_the_site_as_before() {
    let single =
        render_editions(&[EditionSource { dataset: report_2021_2022(), source_text: Some(SOURCE_TEXT) }]).unwrap();
    assert_eq!(single.files(), one().files());
    assert!(one().pages().all(|p| !String::from_utf8_lossy(&p.bytes).contains("edition-switch")));
    assert!(matches!(render_editions(&[]), Err(Error::NoEdition)));
}

#[test]
fn the_switch_leads_to_the_same_page_in_the_other_edition_and_back() {
    let site = site();
    for (page, back) in [
        ("index.html", "../../"),
        ("record/clasi.html", "../../../"),
        ("country/pe.html", "../../../"),
        ("es/country/bz.html", "../../../../"),
    ] {
        let newer = switch(&text(site, page));
        assert_eq!(newer.len(), 3, "{page}: {newer:?}");
        let depth = page.matches('/').count();
        let up = "../".repeat(depth);
        let lang = if page.starts_with("es/") { "es/" } else { "" };
        let rest = page.strip_prefix("es/").unwrap_or(page);
        assert_eq!(newer[0].0, format!("{up}{OLD}{lang}{rest}"), "{page}");
        assert!(!newer[0].2 && newer[1].2, "{page}: the newer edition is not the one marked: {newer:?}");
        assert_eq!(newer[1].0, format!("{up}{page}"));
        assert_eq!(newer[2].0, format!("{up}{lang}changes.html"));
        assert!(newer[0].1.contains("10233/22 (2021–2022)") && newer[0].1 != newer[1].1, "{newer:?}");
        let older = switch(&text(site, &format!("{OLD}{page}")));
        assert!(older[0].2 && !older[1].2, "{page}: the older edition is not the one marked: {older:?}");
        assert_eq!(older[1].0, format!("{back}{page}"), "{page}");
        // The oldest edition's link to what changed is its successor's page.
        assert_eq!(older[2].0, format!("{back}{lang}changes.html"));
        assert!(text(site, page).contains("<nav class=\"edition-switch\" aria-label=\""));
    }
    // An older edition's page says so, and links to the same page in the newest.
    let older = text(site, &format!("{OLD}record/clasi.html"));
    assert!(
        older.contains("<p class=\"older-edition\">This is an older edition of the report. This page in the newest edition: <a href=\"../../../record/clasi.html\">"),
        "{older}"
    );
    assert!(text(site, &format!("{OLD}es/index.html")).contains("Esta es una edición anterior"));
    assert!(!text(site, "record/clasi.html").contains("older-edition"));
    // A page the other edition lacks: that edition's home page.
    let from_changes = switch(&text(site, "changes.html"));
    assert_eq!(from_changes[0].0, format!("{OLD}index.html"));
    assert!(text(site, "changes.html").contains("aria-current=\"page\">What changed</a>"));
}

#[test]
fn the_page_of_what_changed_names_both_changes_with_the_words_of_both_editions() {
    let site = site();
    let report = report_2021_2022();
    let quote = |id: &str| report.participations().iter().find(|p| p.id().as_str() == id).unwrap().source().quote();
    let html = text(site, "changes.html");
    let plain = unescape(&html);
    // Belize lost its part as Chapter 10 coordinator: the old edition's words, and the new
    // edition's record of Chapter 10.
    let belize = &plain[plain.find("id=\"inv-bz\"").unwrap()..plain.find("id=\"inv-pe\"").unwrap()];
    assert!(belize.contains(">lost<") && belize.contains("coordinator (completed)"), "{belize}");
    assert!(belize.contains(quote(REMOVED)), "{belize}");
    assert!(belize.contains("Chapter 10 (Citizen Security)") && belize.contains("its record of"), "{belize}");
    assert!(belize.contains(&format!("{OLD}record/chapter-10.html#r-{REMOVED}")), "{belize}");
    // Peru's CLASI membership: applicant then active, with the words of both editions.
    let peru = &plain[plain.find("id=\"inv-pe\"").unwrap()..plain.find("id=\"meetings\"").unwrap()];
    assert!(peru.contains(">status changed<") && peru.contains("member (applicant) → member (active)"), "{peru}");
    assert_eq!(peru.matches(quote(CHANGED)).count(), 2, "{peru}");
    assert!(peru.contains("edition 1") && peru.contains("edition 2"), "{peru}");
    // No other involvement changed, nothing appears or ends.
    assert_eq!(plain.matches("<li class=\"change\" id=\"c-").count(), 2);
    assert!(plain.contains("Programmes, projects, bodies and task forces (0 changes)"));
    assert!(plain.contains(">Countries’ involvements (2 changes)</a>") && plain.contains(">Meetings (0 changes)</a>"));
    // Seizures side by side, one column per edition, never a sum.
    let seizures = &plain[plain.find("id=\"seizures\"").unwrap()..plain.find("id=\"findings\"").unwrap()];
    assert!(seizures.contains("<th scope=\"row\" data-label=\"Commodity\" lang=\"en\">cocaine"), "{seizures}");
    assert!(!seizures.contains("class=\"differs\""));
    // Findings: Peru active in CLASI but left out of its members' list is new; an applicant
    // co-leading a work area is resolved.
    let findings = &plain[plain.find("id=\"findings\"").unwrap()..];
    assert!(findings.contains(">new</span> A list that leaves a country out"), "{findings}");
    assert!(findings.contains(">resolved</span> Leading role without membership"), "{findings}");
    // Meetings: each edition's, all in both.
    assert!(plain.contains("22 meetings; 10233/22 (2021–2022), edition 2: 22 meetings (0 only in the first"));
    // In Spanish too, the quotes kept in English.
    let es = unescape(&text(site, "es/changes.html"));
    assert!(es.contains("<html lang=\"es\">") && es.contains(">perdida<") && es.contains(">cambio de estado<"));
    assert!(es.contains("miembro (solicitante) → miembro (activo)"), "Spanish roles and statuses");
    let peru_es = &es[es.find("id=\"inv-pe\"").unwrap()..es.find("id=\"meetings\"").unwrap()];
    assert_eq!(peru_es.matches(quote(CHANGED)).count(), 2, "{peru_es}");
    assert!(es.contains(&format!("<p lang=\"en\">“{}”</p>", quote(REMOVED))));
}

#[test]
fn the_home_page_lists_the_editions_and_links_to_what_changed() {
    let site = site();
    let home = text(site, "index.html");
    assert!(home.contains("<h2 id=\"editions-heading\">Editions</h2>"));
    assert!(home.contains("<a href=\"changes.html\">What changed from 10233/22 (2021–2022), edition 1 to"));
    let old_home = text(site, &format!("{OLD}es/index.html"));
    assert!(old_home.contains("<a href=\"../../../es/changes.html\">Qué cambió de"), "{old_home}");
}

#[test]
fn every_link_and_anchor_of_both_editions_resolves() {
    let site = site();
    let ids: HashMap<&str, BTreeSet<String>> = site
        .pages()
        .map(|p| (p.path.as_str(), attrs(&String::from_utf8_lossy(&p.bytes), "id").into_iter().collect()))
        .collect();
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in site.pages() {
        let html = String::from_utf8_lossy(&page.bytes);
        for href in attrs(&html, "href").into_iter().chain(attrs(&html, "src")) {
            if href.starts_with(COUNCIL) {
                continue;
            }
            assert!(!href.contains("://"), "{}: a link leaves the site: {href}", page.path);
            let (path, fragment) = resolve(&page.path, &href);
            checked += 1;
            if site.file(&path).is_none() {
                broken.push(format!("{}: {href} (no {path})", page.path));
            } else if let Some(f) = fragment
                && !ids.get(path.as_str()).is_some_and(|set| set.contains(&f))
            {
                broken.push(format!("{}: {href} (no #{f} in {path})", page.path));
            }
        }
    }
    assert!(checked > 20_000, "only {checked} links");
    assert!(broken.is_empty(), "{} broken links:\n{}", broken.len(), broken[..broken.len().min(20)].join("\n"));
}

#[test]
fn editions_are_named_and_placed_apart() {
    let report = report_2021_2022();
    let next = next_edition();
    let infos = layout(&[report, next, report]);
    let names: Vec<String> = infos.iter().map(|e| e.label()).collect();
    assert_eq!(names[0], "10233/22 (2021–2022), edition 1");
    assert_eq!(names[2], "10233/22 (2021–2022), edition 3");
    let bases: Vec<&str> = infos.iter().map(|e| e.base.as_str()).collect();
    assert_eq!(bases, ["editions/10233-22/", "editions/10233-22-2/", ""]);
    let alone = layout(&[report]);
    assert_eq!((alone[0].label(), alone[0].base.as_str()), ("10233/22 (2021–2022)".to_owned(), ""));
}

#[test]
fn editions_are_ordered_by_period_whatever_the_order_given() {
    // A later report: the copy, with another number and the next year's period.
    let json = eu_celac_drugs::export::to_json(next_edition()).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["meta"]["number"] = "10000/23".into();
    value["meta"]["period_start"] = "2022-06-01".into();
    value["meta"]["period_end"] = "2023-05-31".into();
    // Slovenia's one participation gone: the later report has no page for Slovenia.
    let parts = value["participations"].as_array_mut().unwrap();
    let before = parts.len();
    parts.retain(|p| p["party"]["country"] != "SI");
    assert_eq!(parts.len(), before - 1);
    let later = eu_celac_drugs::export::from_json(&value.to_string()).unwrap();
    let site = render_editions(&[
        EditionSource { dataset: &later, source_text: None },
        EditionSource { dataset: report_2021_2022(), source_text: Some(SOURCE_TEXT) },
    ])
    .unwrap();
    let newer = switch(&text(&site, "record/clasi.html"));
    let names: Vec<&str> = newer.iter().map(|(_, n, _)| n.as_str()).collect();
    assert_eq!(names, ["10233/22 (2021–2022)", "10000/23 (2022–2023)", "What changed"]);
    assert!(newer[1].2 && !newer[0].2);
    assert_eq!(newer[0].0, "../editions/10233-22/record/clasi.html");
    // The older edition has its report's text; the newer, given none, says so.
    assert!(text(&site, &format!("{OLD}report.html")).contains("id=\"q-1\""));
    assert!(!text(&site, "report.html").contains("id=\"q-1\""));
    // A page the newest edition lacks: the switch and the notice lead to its home page, and say so.
    assert!(site.file("country/si.html").is_none() && site.file(&format!("{OLD}country/si.html")).is_some());
    let si = text(&site, &format!("{OLD}country/si.html"));
    assert_eq!(switch(&si)[1].0, "../../../index.html");
    assert!(
        si.contains("the newest edition has no such page. The newest edition: <a href=\"../../../index.html\">"),
        "{si}"
    );
    let changes = unescape(&text(&site, "changes.html"));
    assert!(changes.contains("From <a href=\"editions/10233-22/index.html\">10233/22 (2021–2022)</a> to"), "{changes}");
    assert!(changes.contains(">lost</span>") && changes.contains(">status changed</span>"));
}
