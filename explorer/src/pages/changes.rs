//! The page of what changed between an edition and the one before it, made from
//! [`eu_celac_drugs::curate::diff()`]: programmes, projects, bodies and task forces that appear or
//! end; each country's involvements gained, lost or changed in role or status; the meetings of
//! each edition; the seizure figures of each edition side by side (never added up); findings new
//! or resolved. Every change shows the words of both editions where both have some, each linked
//! to its place in its own edition's site.

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use eu_celac_drugs::curate::diff::{
    Cited, EditionDiff, InvolvementChangeKind, InvolvementSide, MeetingEntry, Presence, SeizureEntry,
};
use eu_celac_drugs::{Country, When};

use super::{CHANGES_PAGE, PageMeta, emit};
use crate::context::{Ctx, QuoteView, country_name};
use crate::i18n::{self, code};
use crate::text::capitalise;
use crate::{Error, Site};

/// A record of one edition, as a change cites it: which edition, its words, and its place in
/// that edition's site.
pub struct CitedView {
    /// The edition's name.
    pub edition: String,
    /// What the words are, where it needs saying.
    pub note: Option<String>,
    /// The way from this page to the folder of that edition's pages in this language.
    pub root: String,
    /// The record's place in that edition's site (relative to `root`).
    pub href: Option<String>,
    /// The words.
    pub quote: QuoteView,
}

/// One side of an edition pair: its context, name and the way to its pages.
struct Side<'c, 'a> {
    ctx: &'c Ctx<'a>,
    label: String,
    root: String,
}

impl Side<'_, '_> {
    fn cite(&self, c: &Cited, note: Option<String>) -> CitedView {
        let heading = self.ctx.d.section(&c.section).map_or_else(|| c.section.clone(), |s| s.heading().to_owned());
        CitedView {
            edition: self.label.clone(),
            note,
            root: self.root.clone(),
            href: self.ctx.link_id(&c.id).map(|l| l.href),
            quote: self.ctx.quote_text(Some(&c.id), &c.quote, heading),
        }
    }
}

/// A programme, project, body or task force that appears or ends.
pub struct EntityView {
    /// `appears` or `ends`.
    pub class: &'static str,
    /// The change, in words.
    pub tag: String,
    /// The record's kind, in words.
    pub kind: String,
    /// Its name.
    pub label: String,
    /// The record, in the edition that has it.
    pub cited: CitedView,
}

/// A change in one country's involvement in one thing.
pub struct InvolvementView {
    /// The anchor.
    pub anchor: String,
    /// The kind of change, as a class name.
    pub class: &'static str,
    /// The kind of change, in words.
    pub tag: String,
    /// What the country is involved in.
    pub subject: String,
    /// Its page (relative to this page), in the edition that has it.
    pub subject_href: Option<String>,
    /// The role and status in each edition that has the participation ("partner (active) →
    /// partner (completed)").
    pub what: String,
    /// The words of each edition.
    pub cited: Vec<CitedView>,
}

/// The changes of one country.
pub struct CountryView {
    /// Its code, lower case.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its page (relative to this page).
    pub href: Option<String>,
    /// Its changes.
    pub items: Vec<InvolvementView>,
}

/// A meeting, in one or both editions.
pub struct MeetingView {
    /// Its name.
    pub name: String,
    /// Its date as stated, in words.
    pub date: String,
    /// In which editions it is, in words.
    pub tag: String,
    /// `both`, `old` or `new`.
    pub class: &'static str,
    /// The words of each edition that has it.
    pub cited: Vec<CitedView>,
}

/// A seizure figure of one edition.
pub struct FigureView {
    /// What it says ("Seized: over 9.6 tons, 2021").
    pub line: String,
    /// Its words.
    pub cited: CitedView,
}

/// The figures of one commodity, edition by edition.
pub struct CommodityView {
    /// The commodity.
    pub commodity: String,
    /// The old edition's figures.
    pub old: Vec<FigureView>,
    /// The new edition's figures.
    pub new: Vec<FigureView>,
    /// Whether the two editions' figures differ.
    pub differs: bool,
}

/// A finding new or resolved.
pub struct FindingView {
    /// `appears` or `ends`.
    pub class: &'static str,
    /// New or resolved, in words.
    pub tag: String,
    /// The finding's kind, in words.
    pub kind: String,
    /// What it says (in English).
    pub message: String,
    /// The edition whose words these are.
    pub edition: String,
    /// The words of the records involved.
    pub quotes: Vec<String>,
}

#[derive(Template)]
#[template(path = "changes.html")]
struct ChangesPage {
    page: PageMeta,
    old_label: String,
    new_label: String,
    old_home: String,
    new_home: String,
    entities: Vec<EntityView>,
    countries: Vec<CountryView>,
    meetings: Vec<MeetingView>,
    meetings_same: Vec<MeetingView>,
    meetings_same_text: String,
    meetings_summary: String,
    seizures: Vec<CommodityView>,
    findings: Vec<FindingView>,
}

fn when_words(raw: &str) -> String {
    raw.parse::<When>().map_or_else(|_| raw.to_owned(), |w| crate::dates::human(&w))
}

fn side_words(s: &InvolvementSide) -> String {
    format!("{} ({})", code("role", s.role.as_ref()), code("status", s.status.as_ref()))
}

fn figure_line(e: &SeizureEntry, ctx: &Ctx<'_>) -> String {
    let mut out = format!("{}: {}", capitalise(&code("seizure_action", &e.action)), e.stated);
    if let Some(p) = &e.period {
        out.push_str(&format!(", {}", when_words(p)));
    }
    if let Some(p) = e.project.as_deref().and_then(|p| ctx.link_id(p)) {
        out.push_str(&format!(" — {}", p.text));
    }
    out
}

fn presence(p: Presence) -> (&'static str, String) {
    match p {
        Presence::Appears => ("appears", i18n::t("changes.appears").to_owned()),
        Presence::Ends => ("ends", i18n::t("changes.ends").to_owned()),
    }
}

/// Renders the page of what changed from `old` to `new` (the edition this page belongs to), in
/// the current language.
pub fn render(old: &Ctx<'_>, new: &Ctx<'_>, diff: &EditionDiff, site: &mut Site) -> Result<(), Error> {
    let (Some(place), Some(old_place)) = (new.edition.as_ref(), old.edition.as_ref()) else { return Ok(()) };
    let (Some(this), Some(before)) = (place.this(), old_place.this()) else { return Ok(()) };
    let mut page = PageMeta::new(new, i18n::t("changes.title"), CHANGES_PAGE, "");
    let lang = i18n::current().prefix();
    let top = format!("{}{}", page.assets, "../".repeat(this.base.matches('/').count()));
    let o = Side { ctx: old, label: before.label(), root: format!("{top}{}{lang}", before.base) };
    let n = Side { ctx: new, label: this.label(), root: String::new() };

    let entities: Vec<EntityView> = diff
        .entities
        .iter()
        .map(|e| {
            let (class, tag) = presence(e.change);
            let side = if e.change == Presence::Appears { &n } else { &o };
            EntityView {
                class,
                tag,
                kind: code("record_kind", e.kind.as_ref()),
                label: e.label.clone(),
                cited: side.cite(&e.cited, None),
            }
        })
        .collect();

    let mut by_country: BTreeMap<&str, (Country, Vec<InvolvementView>)> = BTreeMap::new();
    for (k, i) in diff.involvements.iter().enumerate() {
        let (class, key) = match i.change {
            InvolvementChangeKind::Gained => ("gained", "changes.gained"),
            InvolvementChangeKind::Lost => ("lost", "changes.lost"),
            InvolvementChangeKind::RoleChanged => ("role", "changes.role_changed"),
            InvolvementChangeKind::StatusChanged => ("status", "changes.status_changed"),
        };
        // The subject's page in the edition the change names it from.
        let subject_side = if i.change == InvolvementChangeKind::Lost { &o } else { &n };
        let subject_href = subject_side
            .ctx
            .d
            .get(&i.subject_ref)
            .map(|_| format!("{}{}", subject_side.root, subject_side.ctx.url(&i.subject_ref)));
        let what = match (&i.old, &i.new) {
            (Some(a), Some(b)) => format!("{} → {}", side_words(a), side_words(b)),
            (Some(a), None) => side_words(a),
            (None, Some(b)) => side_words(b),
            (None, None) => String::new(),
        };
        let mut cited = Vec::new();
        if let Some(a) = &i.old {
            cited.push(o.cite(&a.cited, None));
        }
        if let Some(b) = &i.new {
            cited.push(n.cite(&b.cited, None));
        }
        if let Some(s) = &i.subject_elsewhere {
            let side = if i.old.is_some() { &n } else { &o };
            let note = i18n::tr("changes.elsewhere", &[("subject", &i.subject)]);
            let view = side.cite(s, Some(note));
            if i.old.is_some() { cited.push(view) } else { cited.insert(0, view) }
        }
        let entry = by_country.entry(i.country.name_en()).or_insert_with(|| (i.country, Vec::new()));
        entry.1.push(InvolvementView {
            anchor: format!("c-{}-{k}", i.country.alpha2().to_ascii_lowercase()),
            class,
            tag: i18n::t(key).to_owned(),
            subject: i.subject.clone(),
            subject_href,
            what,
            cited,
        });
    }
    let countries: Vec<CountryView> = by_country
        .into_values()
        .map(|(c, items)| CountryView {
            code: c.alpha2().to_ascii_lowercase(),
            name: country_name(c).to_owned(),
            href: new
                .country_url(c)
                .map(|u| format!("{}{u}", n.root))
                .or_else(|| old.country_url(c).map(|u| format!("{}{u}", o.root))),
            items,
        })
        .collect();

    let key = |m: &MeetingEntry| (m.name.clone(), m.date.clone());
    let old_keys: BTreeSet<_> = diff.old_meetings.iter().map(key).collect();
    let new_keys: BTreeSet<_> = diff.new_meetings.iter().map(key).collect();
    let mut meetings: Vec<MeetingView> = Vec::new();
    for m in &diff.old_meetings {
        let in_new = diff.new_meetings.iter().find(|x| key(x) == key(m));
        let mut cited = vec![o.cite(&m.cited, None)];
        if let Some(x) = in_new {
            cited.push(n.cite(&x.cited, None));
        }
        let (class, tag) = if in_new.is_some() {
            ("both", i18n::t("changes.in_both").to_owned())
        } else {
            ("old", i18n::tr("changes.only_in", &[("edition", &o.label)]))
        };
        meetings.push(MeetingView {
            name: m.name.clone(),
            date: m.date.as_deref().map(when_words).unwrap_or_default(),
            tag,
            class,
            cited,
        });
    }
    for m in diff.new_meetings.iter().filter(|m| !old_keys.contains(&key(m))) {
        meetings.push(MeetingView {
            name: m.name.clone(),
            date: m.date.as_deref().map(when_words).unwrap_or_default(),
            tag: i18n::tr("changes.only_in", &[("edition", &n.label)]),
            class: "new",
            cited: vec![n.cite(&m.cited, None)],
        });
    }
    let meetings_summary = i18n::tr(
        "changes.meetings_summary",
        &[
            ("old", &o.label),
            ("old_n", &diff.old_meetings.len().to_string()),
            ("new", &n.label),
            ("new_n", &diff.new_meetings.len().to_string()),
            ("only_old", &old_keys.difference(&new_keys).count().to_string()),
            ("only_new", &new_keys.difference(&old_keys).count().to_string()),
        ],
    );

    let seizures: Vec<CommodityView> = diff
        .seizures
        .iter()
        .map(|r| {
            let figures =
                |s: &[SeizureEntry]| s.iter().map(|e| (e.stated.clone(), e.period.clone())).collect::<BTreeSet<_>>();
            CommodityView {
                commodity: r.commodity.clone(),
                old: r
                    .old
                    .iter()
                    .map(|e| FigureView { line: figure_line(e, old), cited: o.cite(&e.cited, None) })
                    .collect(),
                new: r
                    .new
                    .iter()
                    .map(|e| FigureView { line: figure_line(e, new), cited: n.cite(&e.cited, None) })
                    .collect(),
                differs: figures(&r.old) != figures(&r.new),
            }
        })
        .collect();

    let findings: Vec<FindingView> = diff
        .findings
        .iter()
        .map(|f| {
            let (class, edition, key) = match f.change {
                Presence::Appears => ("appears", &n.label, "changes.finding_new"),
                Presence::Ends => ("ends", &o.label, "changes.finding_resolved"),
            };
            FindingView {
                class,
                tag: i18n::t(key).to_owned(),
                kind: capitalise(&code("finding_kind", &f.kind)),
                message: f.message.clone(),
                edition: edition.clone(),
                quotes: f.quotes.iter().map(|q| crate::text::plain(q)).collect(),
            }
        })
        .collect();

    // How many changes each part lists (not how many records it holds: 22 meetings in both
    // editions are "0 changes").
    let count = |n: usize| format!(" ({})", i18n::count("changes.toc_count", n));
    page.toc = vec![
        ("entities".to_owned(), format!("{}{}", i18n::t("changes.entities"), count(entities.len()))),
        ("involvements".to_owned(), format!("{}{}", i18n::t("changes.involvements"), count(diff.involvements.len()))),
        (
            "meetings".to_owned(),
            format!("{}{}", i18n::t("changes.meetings"), count(old_keys.symmetric_difference(&new_keys).count())),
        ),
        (
            "seizures".to_owned(),
            format!("{}{}", i18n::t("changes.seizures"), count(seizures.iter().filter(|s| s.differs).count())),
        ),
        ("findings".to_owned(), format!("{}{}", i18n::t("changes.findings"), count(findings.len()))),
    ];
    page.toc_sticky = false;
    page.description = i18n::tr("changes.h1", &[("old", &o.label), ("new", &n.label)]);
    let (meetings_same, meetings): (Vec<MeetingView>, Vec<MeetingView>) =
        meetings.into_iter().partition(|m| m.class == "both");
    let meetings_same_text = i18n::count("changes.meetings_same", meetings_same.len());
    let changes = ChangesPage {
        meetings_same,
        meetings_same_text,
        page,
        old_home: format!("{}index.html", o.root),
        new_home: "index.html".to_owned(),
        old_label: o.label,
        new_label: n.label,
        entities,
        countries,
        meetings,
        meetings_summary,
        seizures,
        findings,
    };
    emit(site, CHANGES_PAGE, &changes)
}
