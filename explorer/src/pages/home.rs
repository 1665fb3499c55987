//! The home page: what the report is, key figures, the search box and the ways in.

use askama::Template;
use eu_celac_drugs::analysis::celac_coverage;
use serde_json::json;

use super::{PageMeta, emit};
use crate::context::{Ctx, Link};
use crate::downloads::Downloads;
use crate::{Error, Site, text};

#[derive(Template)]
#[template(path = "index.html")]
struct Home {
    page: PageMeta,
    title: String,
    identity: String,
    period: String,
    adopted: Option<Link>,
    adopted_when: String,
    about: String,
    meta_quote: Option<String>,
    figures: Vec<(String, String, String)>,
    ways: Vec<(Link, String)>,
}

/// What identifies the report, as far as its metadata says: "Council document 10233/22, Brussels,
/// 28 June 2022"; `None` when it says none of these.
pub fn identity(meta: &eu_celac_drugs::ReportMeta) -> Option<String> {
    let parts: Vec<String> = [
        meta.number().map(|n| format!("Council document {n}")),
        meta.place().map(str::to_owned),
        meta.date().map(|d| d.format("%-d %B %Y").to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

pub fn render(ctx: &Ctx<'_>, downloads: &Downloads, site: &mut Site) -> Result<(), Error> {
    let d = ctx.d;
    let meta = d.meta();
    let adopted_event = meta.adopted_at().and_then(|id| d.event(id.as_str()));
    let coverage = celac_coverage(d);
    let period = format!("{} to {}", meta.period_start().format("%-d %B %Y"), meta.period_end().format("%-d %B %Y"));
    let figures = vec![
        (ctx.countries.len().to_string(), "countries and territories involved".to_owned(), "countries.html".to_owned()),
        (
            format!("{} of {}", coverage.active.len(), eu_celac_drugs::Bloc::Celac.members().len()),
            format!(
                "CELAC members with an active part ({} only as prospects, {} named nowhere{})",
                coverage.prospective_only.len(),
                coverage.unnamed.len(),
                if coverage.bloc_claims.is_empty() { "" } else { " but covered by a claim on the whole of CELAC" }
            ),
            "celac.html".to_owned(),
        ),
        (d.programmes().len().to_string(), "programmes and initiatives".to_owned(), "programmes.html".to_owned()),
        (d.projects().len().to_string(), "projects and components".to_owned(), "programmes.html".to_owned()),
        (d.events().len().to_string(), "meetings and other events".to_owned(), "timeline.html".to_owned()),
        (d.seizures().len().to_string(), "seizure figures, as stated".to_owned(), "seizures.html".to_owned()),
        (
            ctx.findings.len().to_string(),
            "findings where the report disagrees with itself".to_owned(),
            "findings.html".to_owned(),
        ),
        (d.len().to_string(), "records, each with its quote".to_owned(), "all.html".to_owned()),
    ];
    let way =
        |href: &str, text: &str, what: &str| (Link { href: href.to_owned(), text: text.to_owned() }, what.to_owned());
    let ways = vec![
        way(
            "countries.html",
            "Countries",
            "Every country the report involves, with its roles and the words that say so.",
        ),
        way(
            "celac.html",
            "CELAC at a glance",
            "A map and table of CELAC's 33 members: who takes part in what, and who is named nowhere.",
        ),
        way(
            "programmes.html",
            "Programmes, projects and bodies",
            "The programmes, their phases, projects, committees, networks and task forces.",
        ),
        way("timeline.html", "Meetings and timeline", "Every dated fact against the reporting period."),
        way(
            "seizures.html",
            "Seizures",
            "Every seizure figure as stated, and totals that keep apart what must not be added.",
        ),
        way("findings.html", "Findings", "Where the report's figures and lists disagree with each other."),
        way(
            "report.html",
            "The report, annotated",
            "The full text, with every quoted passage highlighted and linked to its records.",
        ),
        way("downloads.html", "Downloads", "The dataset as JSON and CSV, and the JSON Schema, with checksums."),
        way("all.html", "Every record", "An index of every record of the dataset, by kind."),
    ];
    let mut page = PageMeta::new(ctx, "Home", "", "index.html");
    page.scripts = vec!["assets/search-index.js"];
    let distribution: Vec<serde_json::Value> = downloads
        .files
        .iter()
        .filter(|f| !f.path.starts_with("downloads/csv/") || f.path.ends_with("datapackage.json"))
        .map(|f| json!({"@type": "DataDownload", "name": f.title, "encodingFormat": f.media_type, "contentUrl": f.path, "sha256": f.sha256}))
        .collect();
    let jsonld = json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": match meta.number() {
            Some(n) => format!("{} (Council document {n})", meta.title()),
            None => meta.title().to_owned(),
        },
        "description": format!("{} as a typed, validated dataset: every fact with the verbatim quote it comes from.", meta.subject().unwrap_or(meta.title())),
        "temporalCoverage": format!("{}/{}", meta.period_start(), meta.period_end()),
        "spatialCoverage": "European Union; Latin America and the Caribbean (CELAC)",
        "inLanguage": meta.language(),
        "isBasedOn": {"@type": "CreativeWork", "name": meta.subject().unwrap_or(meta.title()), "identifier": meta.number().map(|n| n.to_string()), "datePublished": meta.date().map(|d| d.to_string()), "author": meta.from()},
        "license": "https://spdx.org/licenses/MIT.html",
        "distribution": distribution,
    });
    page.jsonld = Some(text::script_json(&jsonld)?);
    let adopted_when = adopted_event
        .map(|e| {
            let place = e.places().iter().map(|p| p.name()).collect::<Vec<_>>().join(", ");
            let date = crate::dates::human_opt(e.date());
            [date, place].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")
        })
        .unwrap_or_default();
    let home = Home {
        page,
        title: meta.title().to_owned(),
        identity: identity(meta).unwrap_or_default(),
        period,
        adopted: adopted_event.and_then(|e| ctx.link_id(e.id().as_str())),
        adopted_when,
        about: meta.subject().unwrap_or(meta.title()).to_owned(),
        meta_quote: ctx.report.as_ref().and_then(|a| a.meta_passage()).map(|n| format!("report.html#q-{n}")),
        figures,
        ways,
    };
    emit(site, "index.html", &home)
}
