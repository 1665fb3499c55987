//! The pages: a view model per page, filled from the context, rendered by an askama template.

use askama::Template;
use eu_celac_drugs::curate::EditionDiff;
use eu_celac_drugs::{Party, RecordKind, Ref};

use crate::context::{Ctx, Link, QuoteView};
use crate::dates::human_opt;
use crate::downloads::Downloads;
use crate::i18n::{self, Lang, code};
use crate::text::capitalise;
use crate::{Error, Site};

mod changes;
mod country;
mod downloads;
mod findings;
mod guide;
mod home;
mod lists;
mod record;
mod report;
mod seizures;
mod timeline;

/// The site's sections, in the order of the navigation bar: (page, catalogue key).
const NAV: [(&str, &str); 10] = [
    ("index.html", "nav.home"),
    ("countries.html", "nav.countries"),
    ("celac.html", "nav.celac"),
    ("programmes.html", "nav.programmes"),
    ("timeline.html", "nav.timeline"),
    ("seizures.html", "nav.seizures"),
    ("findings.html", "nav.findings"),
    ("report.html", "nav.report"),
    ("downloads.html", "nav.downloads"),
    ("guide.html", "nav.guide"),
];

/// The pages every site has, relative to the folder of a language: the navigation bar's and
/// the index of every record.
pub const FIXED_PAGES: [&str; 11] = [
    "index.html",
    "countries.html",
    "celac.html",
    "programmes.html",
    "timeline.html",
    "seizures.html",
    "findings.html",
    "report.html",
    "downloads.html",
    "guide.html",
    "all.html",
];

/// The page of what changed since the previous edition, in every edition but the oldest.
pub const CHANGES_PAGE: &str = "changes.html";

/// An edition in the edition switch.
pub struct SwitchItem {
    /// The same page in that edition, or that edition's home page where it has no such page.
    pub href: String,
    /// The edition's name.
    pub label: String,
    /// Whether it is the edition of the page shown.
    pub current: bool,
}

/// The edition switch in the header, when the site is built from several editions.
pub struct EditionSwitch {
    /// Every edition, oldest first.
    pub items: Vec<SwitchItem>,
    /// The page of what changed that concerns this edition: since the previous one, or for
    /// the oldest, until the next.
    pub changes: Option<String>,
    /// Whether the page shown is that page.
    pub changes_current: bool,
    /// The way from the page to the whole site's folder (above every edition's).
    pub top: String,
    /// On a page of an older edition, the same page (or the home page) of the newest, and the
    /// words that say which.
    pub newest: Option<(SwitchItem, &'static str)>,
}

impl EditionSwitch {
    /// The switch of the page at `path` (relative to the folder of its language), whose way
    /// back to its edition's folder is `assets`.
    fn new(ctx: &Ctx<'_>, path: &str, assets: &str) -> Option<Self> {
        let place = ctx.edition.as_ref()?;
        let this = place.this()?;
        let top = format!("{assets}{}", "../".repeat(this.base.matches('/').count()));
        let lang = i18n::current().prefix();
        let items: Vec<SwitchItem> = place
            .all
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let target = if e.pages.contains(path) { path } else { "index.html" };
                SwitchItem {
                    href: format!("{top}{}{lang}{target}", e.base),
                    label: e.label(),
                    current: i == place.index,
                }
            })
            .collect();
        // The page of what changed: this edition's, or for the oldest, the next one's.
        let changes = match place.index {
            0 => place.all.get(1).map(|next| format!("{top}{}{lang}{CHANGES_PAGE}", next.base)),
            _ => Some(format!("{top}{}{lang}{CHANGES_PAGE}", this.base)),
        };
        let newest = items
            .last()
            .filter(|e| !e.current)
            .map(|e| SwitchItem { href: e.href.clone(), label: e.label.clone(), current: false })
            .map(|e| {
                let same = place.all.last().is_some_and(|n| n.pages.contains(path));
                (e, i18n::t(if same { "editions.older" } else { "editions.older_home" }))
            });
        Some(Self { items, changes, changes_current: path == CHANGES_PAGE, top, newest })
    }
}

/// An item of the navigation bar.
pub struct NavItem {
    /// The page.
    pub href: &'static str,
    /// Its name.
    pub text: &'static str,
    /// Whether it is the page shown (or the section it belongs to).
    pub current: bool,
}

/// What every page's frame needs.
pub struct PageMeta {
    /// The title (without the site's name).
    pub title: String,
    /// The way back to the folder of the page's language: `""` or `"../"`.
    pub root: &'static str,
    /// The way back to the site's folder (assets and downloads): `""`, `"../"` or `"../../"`.
    pub assets: String,
    /// The page's language (`en`, `es`).
    pub lang: &'static str,
    /// The same page in the other language: its address from here, and the language's name
    /// and code.
    pub switch: (String, &'static str, &'static str),
    /// A one-sentence description.
    pub description: String,
    /// schema.org JSON-LD, already safe for a `<script>` element.
    pub jsonld: Option<String>,
    /// Scripts to load after the common one (relative to the site's folder).
    pub scripts: Vec<String>,
    /// The navigation bar.
    pub nav: Vec<NavItem>,
    /// The footer's line about the document.
    pub footer: String,
    /// The page's table of contents (anchor, heading), for long pages; empty for others.
    pub toc: Vec<(String, String)>,
    /// The edition switch, when the site is built from several editions.
    pub editions: Option<EditionSwitch>,
    /// Whether the table of contents stays in view as the page scrolls (it does not where wide
    /// tables would pass under it).
    pub toc_sticky: bool,
}

impl PageMeta {
    /// The frame of the page at `path` (relative to the folder of its language) in section
    /// `current` (a page of [`NAV`]).
    pub fn new(ctx: &Ctx<'_>, title: impl Into<String>, path: &str, current: &str) -> Self {
        let meta = ctx.d.meta();
        let lang = i18n::current();
        let root = if path.contains('/') { "../" } else { "" };
        let assets = format!("{root}{}", if lang == Lang::Es { "../" } else { "" });
        let other = lang.other();
        let editions = EditionSwitch::new(ctx, path, &assets);
        Self {
            editions,
            title: title.into(),
            root,
            switch: (format!("{assets}{}{path}", other.prefix()), other.name(), other.code()),
            assets,
            lang: lang.code(),
            description: i18n::tr(
                "meta.description",
                &[
                    ("title", meta.title()),
                    (
                        "number",
                        &meta
                            .number()
                            .map(|n| format!(", {} {n}", i18n::t("common.council_document")))
                            .unwrap_or_default(),
                    ),
                ],
            ),
            jsonld: None,
            scripts: Vec::new(),
            nav: NAV
                .iter()
                .map(|&(href, key)| NavItem { href, text: i18n::t(key), current: href == current })
                .collect(),
            footer: format!(
                "{}{}.",
                meta.title(),
                crate::pages::home::identity(meta).map(|i| format!(" · {i}")).unwrap_or_default()
            ),
            toc: Vec::new(),
            toc_sticky: true,
        }
    }

    /// The text of a catalogue key in the page's language.
    pub fn t(&self, key: &str) -> &'static str {
        i18n::t(key)
    }
}

/// A piece of a sentence, linked or not.
#[derive(Debug, Clone)]
pub struct Part {
    /// The words.
    pub text: String,
    /// Where they link to.
    pub href: Option<String>,
}

impl Part {
    fn text(s: impl Into<String>) -> Self {
        Self { text: s.into(), href: None }
    }
    fn link(l: Link) -> Self {
        Self { text: l.text, href: Some(l.href) }
    }
}

/// A fact (participation, statement, budget, list, outcome, relation, seizure) as a list item.
pub struct FactView {
    /// The anchor, where this page is the fact's place.
    pub anchor: Option<String>,
    /// The fact's own place.
    pub href: String,
    /// Its kind.
    pub kind: String,
    /// What it says, in a sentence with links.
    pub head: Vec<Part>,
    /// The sentence as plain text.
    pub plain: String,
    /// Further fields.
    pub details: Vec<(String, String)>,
    /// The quote.
    pub quote: QuoteView,
}

/// What a seizure line says: what was seized, where and when, in words ("Seized: over 9.6 tons
/// of cocaine, 2021"). The place and period are said only where the report gives them.
pub fn seizure_line(s: &eu_celac_drugs::Seizure) -> String {
    let stated = s.stated();
    let what = if stated.to_lowercase().contains(&s.commodity().to_lowercase()) {
        stated.to_owned()
    } else {
        i18n::tr("seizure.of", &[("stated", stated), ("commodity", s.commodity())])
    };
    let mut out = format!("{}: {what}", capitalise(&code("seizure_action", s.action().as_ref())));
    if let Some(place) = s.place() {
        out.push_str(&format!(", {}", place.name()));
    }
    if let Some(when) = s.period() {
        out.push_str(&format!(", {}", crate::dates::human(&when)));
    }
    out
}

/// Builds the view of a fact. `here` is the page being made (relative to its language's folder),
/// to decide whether the fact is anchored on it.
pub fn fact(ctx: &Ctx<'_>, r: &Ref, here: &str) -> Option<FactView> {
    let d = ctx.d;
    let id = r.id.as_str();
    let href = ctx.url(r);
    let anchor = href.strip_prefix(here).and_then(|rest| rest.strip_prefix('#')).map(str::to_owned);
    let mut head = Vec::new();
    let mut details = Vec::new();
    let mut add = |k: &str, v: String| {
        if !v.is_empty() {
            details.push((i18n::t(k).to_owned(), v));
        }
    };
    let (kind, source) = match r.kind {
        RecordKind::Participation => {
            let p = d.participation(id)?;
            head.push(Part::link(ctx.party_link(p.party())));
            head.push(Part::text(i18n::tr("fact.role_of", &[("role", &code("role", p.role().as_ref()))])));
            head.push(Part::link(ctx.link(p.subject())));
            head.push(Part::text(format!(" ({})", code("status", p.status().as_ref()))));
            if let Party::Country(_) = p.party() {
                add("field.as_written", p.as_written().to_owned());
            }
            add("field.order", p.ordinal().map(|o| o.to_string()).unwrap_or_default());
            add("field.when", human_opt(p.period()));
            (RecordKind::Participation, p.source())
        }
        RecordKind::Statement => {
            let s = d.statement(id)?;
            head.push(Part::text(format!("{}: ", capitalise(&code("statement_kind", s.kind().as_ref())))));
            head.push(Part::text(s.text().to_owned()));
            for a in s.about() {
                head.push(Part::text(" · "));
                head.push(Part::link(ctx.link(a)));
            }
            (RecordKind::Statement, s.source())
        }
        RecordKind::Budget => {
            let b = d.budget(id)?;
            head.push(Part::text(i18n::tr(
                "fact.budget_of",
                &[("kind", &capitalise(&code("budget_kind", b.kind().as_ref())))],
            )));
            head.push(Part::link(ctx.link(b.of())));
            head.push(Part::text(format!(": {}", b.stated())));
            add("field.amount", b.amount().to_string());
            add("field.qualifier", code("qualifier", b.qualifier().as_ref()));
            add("field.period", human_opt(b.period()));
            (RecordKind::Budget, b.source())
        }
        RecordKind::StatedList => {
            let l = d.list(id)?;
            head.push(Part::text(format!("{} (", l.label())));
            head.push(Part::link(ctx.link(l.of())));
            head.push(Part::text(format!("), {}", code("completeness", l.completeness().as_ref()))));
            add("field.count_stated", l.count().map(|c| c.to_string()).unwrap_or_default());
            add("field.as_written", l.stated().unwrap_or_default().to_owned());
            add("field.bloc", l.bloc().map(|b| b.to_string()).unwrap_or_default());
            let items: Vec<String> = l.items().iter().map(|i| ctx.label(i)).collect();
            add("field.items", items.join(", "));
            (RecordKind::StatedList, l.source())
        }
        RecordKind::Outcome => {
            let o = d.outcome(id)?;
            head.push(Part::link(ctx.link(o.of())));
            head.push(Part::text(format!(": {}", o.description())));
            add("field.kind", code("outcome_kind", o.kind().as_ref()));
            add("field.credit", code("credit", o.credit().as_ref()));
            add("field.figure", o.quantity().map(|q| q.to_string()).unwrap_or_default());
            add("field.as_written", o.stated().unwrap_or_default().to_owned());
            add("field.when", human_opt(o.period()));
            add("field.where", o.place().map(|p| p.name().to_owned()).unwrap_or_default());
            (RecordKind::Outcome, o.source())
        }
        RecordKind::Relation => {
            let x = d.relation(id)?;
            head.push(Part::link(ctx.link(x.from())));
            head.push(Part::text(format!(" {} ", code("relation_kind", x.kind().as_ref()))));
            head.push(Part::link(ctx.link(x.to())));
            add("field.status", x.status().map(|s| code("status", s.as_ref())).unwrap_or_default());
            add("field.when", human_opt(x.period()));
            (RecordKind::Relation, x.source())
        }
        RecordKind::Seizure => {
            let s = d.seizure(id)?;
            head.push(Part::text(format!("{} ", seizure_line(s))));
            if let Some(p) = s.operation().or(s.project()).and_then(|p| ctx.link_id(p.as_str())) {
                head.push(Part::text("— "));
                head.push(Part::link(p));
            }
            add("field.credit", code("credit", s.credit().as_ref()));
            add(
                "field.where",
                s.place().map_or_else(|| i18n::t("common.not_stated").to_owned(), |p| p.name().to_owned()),
            );
            (RecordKind::Seizure, s.source())
        }
        _ => return None,
    };
    let plain = head.iter().map(|p| p.text.as_str()).collect::<String>();
    Some(FactView {
        anchor,
        href,
        kind: code("record_kind", kind.as_ref()),
        head,
        plain,
        details,
        quote: ctx.quote(id, source),
    })
}

/// Marks every quote whose words were shown above on the same page, so that it collapses.
pub fn collapse_repeats<'q>(quotes: impl IntoIterator<Item = &'q mut QuoteView>) {
    let mut seen: Vec<String> = Vec::new();
    for q in quotes {
        if seen.contains(&q.text) {
            q.repeat = true;
        } else {
            seen.push(q.text.clone());
        }
    }
}

/// Renders a template into the site at `path` (relative to the folder of the current language).
pub fn emit<T: Template>(site: &mut Site, path: &str, page: &T) -> Result<(), Error> {
    let path = format!("{}{path}", i18n::current().prefix());
    let html = page.render().map_err(|source| Error::Render { page: path.clone(), source })?;
    site.add(path, html);
    Ok(())
}

/// Renders every page, in every language; with `previous` (the previous edition and what
/// changed since), the page of what changed too.
pub fn render_all(
    ctx: &Ctx<'_>,
    downloads: &Downloads,
    previous: Option<(&Ctx<'_>, &EditionDiff)>,
    site: &mut Site,
) -> Result<(), Error> {
    let before = i18n::current();
    let result = Lang::ALL.iter().try_for_each(|&lang| {
        i18n::set(lang);
        if let Some((old, diff)) = previous {
            changes::render(old, ctx, diff, site)?;
        }
        home::render(ctx, downloads, site)?;
        lists::render(ctx, site)?;
        country::render(ctx, site)?;
        record::render(ctx, site)?;
        timeline::render(ctx, site)?;
        seizures::render(ctx, site)?;
        findings::render(ctx, site)?;
        downloads::render(ctx, downloads, site)?;
        report::render(ctx, site)?;
        guide::render(ctx, site)
    });
    i18n::set(before);
    result
}
