//! The timeline, the seizures, the findings and the downloads.

use askama::Template;
use eu_celac_drugs::analysis::{
    Finding, GroupBy, PeriodRelation, SeizureQuery, TimelineQuery, Units, seizure_totals, timeline,
};
use eu_celac_drugs::{RecordKind, Ref};

use super::{PageMeta, emit};
use crate::context::{Ctx, Link, QuoteView};
use crate::dates::{human, human_opt};
use crate::downloads::Downloads;
use crate::section;
use crate::text::{capitalise, words};
use crate::{Error, Site, text};

/// A finding as the pages show it.
pub struct FindingView {
    /// Its kind, in words.
    pub kind: String,
    /// `info` or `warning`.
    pub severity: String,
    /// What it says.
    pub message: String,
    /// The records involved, each with its quote.
    pub records: Vec<(Link, QuoteView)>,
}

/// The view of a finding.
pub fn finding_view(ctx: &Ctx<'_>, f: &Finding<'_>) -> FindingView {
    let sections = section::of_finding(ctx.d, f);
    let records = f
        .records
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let quote = QuoteView {
                text: text::plain(f.quotes.get(n).copied().unwrap_or_default()),
                href: ctx.passage_url(r.id.as_str()),
                section: sections.get(n).map(|s| s.heading.clone()).unwrap_or_default(),
                note: None,
            };
            (ctx.link(r), quote)
        })
        .collect();
    FindingView {
        kind: capitalise(&words(f.kind.as_ref())),
        severity: f.severity.to_string(),
        message: f.message.clone(),
        records,
    }
}

struct TimelineRow {
    when: String,
    inferred: bool,
    /// For an undated event: what its dates come from (its parent).
    dated_by: Option<Link>,
    what: String,
    record: Link,
    relation: String,
    quote: Option<String>,
}

struct Tick {
    x: u32,
    w: u32,
    y: u32,
    open: bool,
    label: String,
}

#[derive(Template)]
#[template(path = "timeline.html")]
struct TimelinePage {
    page: PageMeta,
    period: String,
    rows: Vec<TimelineRow>,
    counts: Vec<(String, usize)>,
    years: Vec<(u32, String)>,
    band: (u32, u32),
    lanes: Vec<(u32, String)>,
    ticks: Vec<Tick>,
    height: u32,
}

struct SeizureRow {
    anchor: String,
    commodity: String,
    category: String,
    stated: String,
    figure: String,
    action: String,
    credit: String,
    period: String,
    by: Option<Link>,
    place: String,
    quote: Option<String>,
}

struct TotalRow {
    label: String,
    total: String,
    figures: Vec<Link>,
}

#[derive(Template)]
#[template(path = "seizures.html")]
struct SeizuresPage {
    page: PageMeta,
    rows: Vec<SeizureRow>,
    by_commodity: Vec<TotalRow>,
    by_category: Vec<TotalRow>,
}

#[derive(Template)]
#[template(path = "findings.html")]
struct FindingsPage {
    page: PageMeta,
    groups: Vec<(String, String, Vec<FindingView>)>,
}

#[derive(Template)]
#[template(path = "downloads.html")]
struct DownloadsPage {
    page: PageMeta,
    files: Vec<(Link, String, String, String)>,
}

const CHART_WIDTH: u32 = 760;
const CHART_LEFT: u32 = 110;

fn timeline_page(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let entries = timeline(ctx.d, &TimelineQuery::default());
    let meta = ctx.d.meta();
    let rows: Vec<TimelineRow> = entries
        .iter()
        .map(|e| TimelineRow {
            when: human(&e.when),
            inferred: e.inferred,
            dated_by: e.dated_by.as_ref().map(|p| ctx.link(p)),
            what: words(e.what),
            record: ctx.link(&e.record),
            relation: match e.relation {
                PeriodRelation::Before => "before the period",
                PeriodRelation::Inside => "within the period",
                PeriodRelation::Across => "partly within",
                PeriodRelation::OpenEnded => "open-ended",
                PeriodRelation::After => "after the period",
            }
            .to_owned(),
            quote: ctx.passage_url(e.record.id.as_str()),
        })
        .collect();
    let mut counts: Vec<(String, usize)> = Vec::new();
    for r in &rows {
        match counts.iter_mut().find(|(k, _)| *k == r.relation) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.relation.clone(), 1)),
        }
    }
    // The chart: one lane per kind of dated fact, from the first year to the last.
    let first = entries.iter().map(|e| e.when.earliest()).min().unwrap_or(meta.period_start());
    let last = entries.iter().filter_map(|e| e.when.latest()).max().unwrap_or(meta.period_end()).max(meta.period_end());
    let (y0, y1) = (chrono_year(first), chrono_year(last) + 1);
    let span_days = days(y0, y1).max(1);
    let x_of = |date: chrono::NaiveDate| -> u32 {
        let d = date.signed_duration_since(start_of(y0)).num_days().clamp(0, span_days);
        CHART_LEFT + u32::try_from(d * i64::from(CHART_WIDTH - CHART_LEFT - 10) / span_days).unwrap_or(0)
    };
    let mut lanes: Vec<(u32, String)> = Vec::new();
    let mut ticks = Vec::new();
    for e in &entries {
        let lane = match lanes.iter().position(|(_, w)| *w == words(e.what)) {
            Some(n) => n,
            None => {
                lanes.push((0, words(e.what)));
                lanes.len() - 1
            }
        };
        let x = x_of(e.when.earliest());
        let end = e.when.latest().map_or(CHART_WIDTH - 10, x_of);
        ticks.push(Tick {
            x,
            w: end.saturating_sub(x).max(3),
            y: 30 + u32::try_from(lane).unwrap_or(0) * 26,
            open: e.when.latest().is_none(),
            label: format!("{}: {}", human(&e.when), ctx.label(&e.record)),
        });
    }
    for (n, lane) in lanes.iter_mut().enumerate() {
        lane.0 = 30 + u32::try_from(n).unwrap_or(0) * 26;
    }
    let years = (y0..y1).map(|y| (x_of(start_of(y)), y.to_string())).collect();
    let band = (x_of(meta.period_start()), x_of(meta.period_end()));
    let height = 40 + u32::try_from(lanes.len()).unwrap_or(0) * 26;
    let page = TimelinePage {
        page: PageMeta::new(ctx, "Timeline", "", "timeline.html"),
        period: format!("{} to {}", meta.period_start().format("%-d %B %Y"), meta.period_end().format("%-d %B %Y")),
        rows,
        counts,
        years,
        band: (band.0, band.1.saturating_sub(band.0)),
        lanes,
        ticks,
        height,
    };
    emit(site, "timeline.html", &page)
}

fn chrono_year(d: chrono::NaiveDate) -> i32 {
    use chrono::Datelike;
    d.year()
}

fn start_of(year: i32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default()
}

fn days(y0: i32, y1: i32) -> i64 {
    start_of(y1).signed_duration_since(start_of(y0)).num_days()
}

fn totals(ctx: &Ctx<'_>, query: &SeizureQuery) -> Result<Vec<TotalRow>, Error> {
    Ok(seizure_totals(ctx.d, query)?
        .iter()
        .map(|t| {
            let label = t.label();
            let full = t.to_string();
            TotalRow {
                total: full.strip_prefix(&format!("{label}: ")).unwrap_or(&full).to_owned(),
                label,
                figures: t
                    .seizures()
                    .iter()
                    .map(|s| {
                        let r = Ref::new(RecordKind::Seizure, s.id().clone());
                        Link { href: ctx.url(&r), text: s.stated().to_owned() }
                    })
                    .collect(),
            }
        })
        .collect())
}

fn seizures_page(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let rows = ctx
        .d
        .seizures()
        .iter()
        .map(|s| SeizureRow {
            anchor: Ctx::anchor_of(s.id().as_str()),
            commodity: s.commodity().to_owned(),
            category: words(s.category().as_ref()),
            stated: s.stated().to_owned(),
            figure: s.quantity().to_string(),
            action: words(s.action().as_ref()),
            credit: words(s.credit().as_ref()),
            period: human_opt(s.period()),
            by: s.operation().or(s.project()).and_then(|p| ctx.link_id(p.as_str())),
            place: s.place().map(|p| p.name().to_owned()).unwrap_or_default(),
            quote: ctx.passage_url(s.id().as_str()),
        })
        .collect();
    let page = SeizuresPage {
        page: PageMeta::new(ctx, "Seizures", "", "seizures.html"),
        rows,
        by_commodity: totals(ctx, &SeizureQuery::default())?,
        by_category: totals(
            ctx,
            &SeizureQuery { by: GroupBy::Category, units: Units::Normalised, ..Default::default() },
        )?,
    };
    emit(site, "seizures.html", &page)
}

fn findings_page(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let mut groups: Vec<(String, String, Vec<FindingView>)> = Vec::new();
    for f in &ctx.findings {
        let id = format!("kind-{}", f.kind);
        let view = finding_view(ctx, f);
        match groups.iter_mut().find(|(i, _, _)| *i == id) {
            Some((_, _, v)) => v.push(view),
            None => groups.push((id, view.kind.clone(), vec![view])),
        }
    }
    let page = FindingsPage { page: PageMeta::new(ctx, "Findings", "", "findings.html"), groups };
    emit(site, "findings.html", &page)
}

fn downloads_page(ctx: &Ctx<'_>, downloads: &Downloads, site: &mut Site) -> Result<(), Error> {
    let files = downloads
        .files
        .iter()
        .map(|f| {
            let name = f.path.rsplit('/').next().unwrap_or(&f.path).to_owned();
            let size = if f.bytes.len() >= 10_000 {
                format!("{} kB", f.bytes.len() / 1000)
            } else {
                format!("{} bytes", f.bytes.len())
            };
            (Link { href: f.path.clone(), text: name }, f.title.clone(), size, f.sha256.clone())
        })
        .collect();
    let page = DownloadsPage { page: PageMeta::new(ctx, "Downloads", "", "downloads.html"), files };
    emit(site, "downloads.html", &page)
}

pub fn render(ctx: &Ctx<'_>, downloads: &Downloads, site: &mut Site) -> Result<(), Error> {
    timeline_page(ctx, site)?;
    seizures_page(ctx, site)?;
    findings_page(ctx, site)?;
    downloads_page(ctx, downloads, site)
}
