//! The timeline: the meetings as labelled marks against the reporting period, and every dated
//! fact in a table (sortable and filterable with JavaScript, complete without it).

use askama::Template;
use chrono::{Datelike, Months, NaiveDate};
use eu_celac_drugs::analysis::{PeriodRelation, TimelineQuery, timeline};

use super::{PageMeta, emit};
use crate::context::{Ctx, Link};
use crate::dates::{human, period};
use crate::i18n::{self, code};
use crate::{Error, Site};

struct TimelineRow {
    when: String,
    /// The earliest day, for sorting.
    sort: String,
    inferred: bool,
    /// For an undated event: what its dates come from (its parent).
    dated_by: Option<Link>,
    what: String,
    record: Link,
    relation: String,
    quote: Option<String>,
}

/// A meeting on the chart: its mark, its label and its row.
struct Mark {
    x: u32,
    w: u32,
    y: u32,
    /// Where the label starts or ends, and whether it ends there (a mark on the right).
    label_x: u32,
    end: bool,
    label: String,
    full: String,
    href: String,
    kind: String,
    class: &'static str,
}

#[derive(Template)]
#[template(path = "timeline.html")]
struct TimelinePage {
    page: PageMeta,
    period: String,
    rows: Vec<TimelineRow>,
    counts: Vec<(String, usize)>,
    months: Vec<(u32, String)>,
    band: (u32, u32),
    marks: Vec<Mark>,
    height: u32,
    chart_range: String,
}

const WIDTH: u32 = 760;
const LEFT: u32 = 12;
const RIGHT: u32 = 16;
/// Marks right of this have their label on their left.
const FLIP: u32 = 430;

fn month_start(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d)
}

pub fn render(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let entries = timeline(ctx.d, &TimelineQuery::default());
    let meta = ctx.d.meta();
    let rows: Vec<TimelineRow> = entries
        .iter()
        .map(|e| TimelineRow {
            when: human(&e.when),
            sort: e.when.earliest().to_string(),
            inferred: e.inferred,
            dated_by: e.dated_by.as_ref().map(|p| ctx.link(p)),
            what: code("timeline_what", &e.what.replace(' ', "_")),
            record: ctx.link(&e.record),
            relation: code("period_relation", relation_code(e.relation)),
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
    // The chart: the meetings from six months before the period to two months after it.
    let from = month_start(meta.period_start()).checked_sub_months(Months::new(6)).unwrap_or(meta.period_start());
    let to = month_start(meta.period_end()).checked_add_months(Months::new(2)).unwrap_or(meta.period_end());
    let span = to.signed_duration_since(from).num_days().max(1);
    let x_of = |d: NaiveDate| -> u32 {
        let days = d.signed_duration_since(from).num_days().clamp(0, span);
        LEFT + u32::try_from(days * i64::from(WIDTH - LEFT - RIGHT) / span).unwrap_or(0)
    };
    let mut meetings: Vec<_> = ctx
        .d
        .meetings()
        .filter_map(|m| m.date().map(|w| (m, w)))
        .filter(|(_, w)| w.earliest() < to && w.latest().is_none_or(|l| l >= from))
        .collect();
    meetings.sort_by_key(|(_, w)| w.earliest());
    let marks: Vec<Mark> = meetings
        .iter()
        .enumerate()
        .map(|(n, (m, w))| {
            let x = x_of(w.earliest().max(from));
            let end = w.latest().map_or(x + 4, |l| x_of(l.min(to)));
            let r = m.to_ref();
            let class = if m.is_of(eu_celac_drugs::ids::MECHANISM.as_str()) { "mechanism" } else { "other" };
            let w_px = end.saturating_sub(x).max(4);
            let name = ctx.label(&r);
            let date = human(w);
            let full = if name.contains(&date) { name } else { format!("{name} · {date}") };
            // A label goes right of its mark where it fits, else left of it, else right and cut
            // to fit (about 6.5 px a character at the chart's 12 px).
            let room_right = (WIDTH - 4).saturating_sub(x + w_px + 6) / 13 * 2;
            let room_left = x.saturating_sub(6 + LEFT) / 13 * 2;
            let chars = u32::try_from(full.chars().count()).unwrap_or(u32::MAX);
            let flip = chars > room_right && (room_left >= chars.min(40) || x > FLIP);
            let room = usize::try_from(if flip { room_left } else { room_right }).unwrap_or(0).max(12);
            Mark {
                x,
                w: w_px,
                y: 34 + u32::try_from(n).unwrap_or(0) * 22,
                label_x: if flip { x.saturating_sub(6) } else { x + w_px + 6 },
                end: flip,
                label: crate::text::excerpt(&full, room),
                full,
                href: ctx.url(&r),
                kind: code("event_kind", m.kind().as_ref()),
                class,
            }
        })
        .collect();
    let mut months = Vec::new();
    let mut m = from;
    while m <= to {
        if m.month() % 3 == 1 {
            let label = if m.month() == 1 { m.year().to_string() } else { crate::dates::month_short(m) };
            months.push((x_of(m), label));
        }
        m = m.checked_add_months(Months::new(1)).unwrap_or(to + chrono::Days::new(1));
    }
    let band = (x_of(meta.period_start()), x_of(meta.period_end()));
    let height = 44 + u32::try_from(marks.len()).unwrap_or(0) * 22;
    let mut page = PageMeta::new(ctx, i18n::t("timeline.title"), "timeline.html", "timeline.html");
    page.toc = vec![
        ("chart-heading".to_owned(), i18n::t("timeline.chart").to_owned()),
        ("table-heading".to_owned(), i18n::t("timeline.every").to_owned()),
    ];
    let page = TimelinePage {
        page,
        period: period(meta.period_start(), meta.period_end()),
        rows,
        counts,
        months,
        band: (band.0, band.1.saturating_sub(band.0)),
        marks,
        height,
        chart_range: period(from, to),
    };
    emit(site, "timeline.html", &page)
}

fn relation_code(r: PeriodRelation) -> &'static str {
    match r {
        PeriodRelation::Before => "before",
        PeriodRelation::Inside => "inside",
        PeriodRelation::Across => "across",
        PeriodRelation::OpenEnded => "open_ended",
        PeriodRelation::After => "after",
    }
}
