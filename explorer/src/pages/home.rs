//! The home page: what the report is, key figures, the search box and the ways in.

use askama::Template;
use eu_celac_drugs::Bloc;
use eu_celac_drugs::analysis::{FindingCounts, celac_coverage};
use serde_json::json;

use super::{PageMeta, emit};
use crate::context::{Ctx, Link};
use crate::downloads::Downloads;
use crate::{Error, Site, i18n, text};

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
    findings: String,
    /// Every edition, when the site has several: (its home page, its name, whether it is this one).
    editions: Vec<(String, String, bool)>,
    /// The pages of what changed between consecutive editions: (address, text).
    changes: Vec<(String, String)>,
}

/// What identifies the report, as far as its metadata says: "Council document 10233/22, Brussels,
/// 28 June 2022"; `None` when it says none of these.
pub fn identity(meta: &eu_celac_drugs::ReportMeta) -> Option<String> {
    let parts: Vec<String> = [
        meta.number().map(|n| format!("{} {n}", i18n::t("common.council_document"))),
        meta.place().map(str::to_owned),
        meta.date().map(crate::dates::day),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| text::capitalise(&parts.join(", ")))
}

pub fn render(ctx: &Ctx<'_>, downloads: &Downloads, site: &mut Site) -> Result<(), Error> {
    let d = ctx.d;
    let meta = d.meta();
    let adopted_event = meta.adopted_at().and_then(|id| d.event(id.as_str()));
    let coverage = celac_coverage(d);
    let period = crate::dates::period(meta.period_start(), meta.period_end());
    let counts = FindingCounts::of(&ctx.findings);
    let n = |k: usize| k.to_string();
    let figures = vec![
        (n(ctx.countries.len()), i18n::t("home.fig.countries").to_owned(), "countries.html".to_owned()),
        (
            i18n::tr("home.fig.celac_n", &[("n", &n(coverage.active.len())), ("of", &n(Bloc::Celac.members().len()))]),
            i18n::tr(
                if coverage.bloc_claims.is_empty() { "home.fig.celac" } else { "home.fig.celac_claims" },
                &[("prospects", &n(coverage.prospective_only.len())), ("unnamed", &n(coverage.unnamed.len()))],
            ),
            "celac.html".to_owned(),
        ),
        (n(d.programmes().len()), i18n::t("home.fig.programmes").to_owned(), "programmes.html".to_owned()),
        (n(d.projects().len()), i18n::t("home.fig.projects").to_owned(), "programmes.html".to_owned()),
        (n(d.events().len()), i18n::t("home.fig.events").to_owned(), "timeline.html".to_owned()),
        (n(d.seizures().len()), i18n::t("home.fig.seizures").to_owned(), "seizures.html".to_owned()),
        (
            n(counts.contradictions),
            i18n::tr(
                "home.fig.findings",
                &[
                    ("other", &i18n::count("findings.other_warnings", counts.other_warnings)),
                    ("notes", &i18n::count("findings.notes", counts.notes)),
                ],
            ),
            "findings.html".to_owned(),
        ),
        (n(d.len()), i18n::t("home.fig.records").to_owned(), "all.html".to_owned()),
    ];
    let way = |href: &str, key: &str| {
        (
            Link { href: href.to_owned(), text: i18n::t(&format!("home.way.{key}")).to_owned() },
            i18n::t(&format!("home.way.{key}.what")).to_owned(),
        )
    };
    let ways = vec![
        way("countries.html", "countries"),
        way("celac.html", "celac"),
        way("programmes.html", "programmes"),
        way("timeline.html", "timeline"),
        way("seizures.html", "seizures"),
        way("findings.html", "findings"),
        way("report.html", "report"),
        way("downloads.html", "downloads"),
        way("guide.html", "guide"),
        way("all.html", "all"),
    ];
    let mut page = PageMeta::new(ctx, i18n::t("nav.home"), "index.html", "index.html");
    let distribution: Vec<serde_json::Value> = downloads
        .files
        .iter()
        .filter(|f| !f.path.starts_with("downloads/csv/") || f.path.ends_with("datapackage.json"))
        .map(|f| json!({"@type": "DataDownload", "name": i18n::t(f.title_key), "encodingFormat": f.media_type, "contentUrl": f.path, "sha256": f.sha256}))
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
    let (editions, changes) = editions(ctx, &page);
    let home = Home {
        editions,
        changes,
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
        findings: crate::pages::findings::counts_text(&counts),
    };
    emit(site, "index.html", &home)
}

/// The editions listed on the home page, and the pages of what changed between consecutive ones.
#[allow(clippy::type_complexity)]
fn editions(ctx: &Ctx<'_>, page: &PageMeta) -> (Vec<(String, String, bool)>, Vec<(String, String)>) {
    let (Some(place), Some(switch)) = (ctx.edition.as_ref(), page.editions.as_ref()) else {
        return (Vec::new(), Vec::new());
    };
    let list = switch.items.iter().map(|e| (e.href.clone(), e.label.clone(), e.current)).collect();
    let lang = i18n::current().prefix();
    let changes = place
        .all
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some((
                format!("{}{}{lang}{}", switch.top, b.base, super::CHANGES_PAGE),
                i18n::tr("home.editions.changes", &[("old", &a.label()), ("new", &b.label())]),
            )),
            _ => None,
        })
        .collect();
    (list, changes)
}
