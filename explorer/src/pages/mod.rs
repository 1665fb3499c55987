//! The pages: a view model per page, filled from the context, rendered by an askama template.

use askama::Template;
use eu_celac_drugs::{Party, RecordKind, Ref};

use crate::context::{Ctx, Link, QuoteView};
use crate::dates::human_opt;
use crate::downloads::Downloads;
use crate::text::{capitalise, words};
use crate::{Error, Site};

mod country;
mod home;
mod lists;
mod record;
mod report;
mod tables;

/// The site's sections, in the order of the navigation bar: (page, text).
const NAV: [(&str, &str); 9] = [
    ("index.html", "Home"),
    ("countries.html", "Countries"),
    ("celac.html", "CELAC at a glance"),
    ("programmes.html", "Programmes"),
    ("timeline.html", "Timeline"),
    ("seizures.html", "Seizures"),
    ("findings.html", "Findings"),
    ("report.html", "The report"),
    ("downloads.html", "Downloads"),
];

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
    /// The way back to the site's folder: `""` or `"../"`.
    pub root: &'static str,
    /// A one-sentence description.
    pub description: String,
    /// schema.org JSON-LD, already safe for a `<script>` element.
    pub jsonld: Option<String>,
    /// Scripts to load after the common one (site-relative).
    pub scripts: Vec<&'static str>,
    /// The navigation bar.
    pub nav: Vec<NavItem>,
    /// The footer's line about the document.
    pub footer: String,
}

impl PageMeta {
    /// The frame of a page in section `current` (a page of [`NAV`]).
    pub fn new(ctx: &Ctx<'_>, title: impl Into<String>, root: &'static str, current: &str) -> Self {
        let meta = ctx.d.meta();
        Self {
            title: title.into(),
            root,
            description: format!(
                "{}{} — an explorer of its facts with the words they come from.",
                meta.title(),
                meta.number().map(|n| format!(", Council document {n}")).unwrap_or_default()
            ),
            jsonld: None,
            scripts: Vec::new(),
            nav: NAV.iter().map(|&(href, text)| NavItem { href, text, current: href == current }).collect(),
            footer: format!(
                "{}{}.",
                meta.title(),
                crate::pages::home::identity(meta).map(|i| format!(" · {i}")).unwrap_or_default()
            ),
        }
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

/// Builds the view of a fact. `here` is the page being made (site-relative), to decide whether
/// the fact is anchored on it.
pub fn fact(ctx: &Ctx<'_>, r: &Ref, here: &str) -> Option<FactView> {
    let d = ctx.d;
    let id = r.id.as_str();
    let href = ctx.url(r);
    let anchor = href.strip_prefix(here).and_then(|rest| rest.strip_prefix('#')).map(str::to_owned);
    let mut head = Vec::new();
    let mut details = Vec::new();
    let mut add = |k: &str, v: String| {
        if !v.is_empty() {
            details.push((k.to_owned(), v));
        }
    };
    let (kind, source) = match r.kind {
        RecordKind::Participation => {
            let p = d.participation(id)?;
            head.push(Part::link(ctx.party_link(p.party())));
            head.push(Part::text(format!(": {} of ", words(p.role().as_ref()))));
            head.push(Part::link(ctx.link(p.subject())));
            head.push(Part::text(format!(" ({})", words(p.status().as_ref()))));
            if let Party::Country(_) = p.party() {
                add("As written", p.as_written().to_owned());
            }
            add("Order", p.ordinal().map(|o| o.to_string()).unwrap_or_default());
            add("When", human_opt(p.period()));
            ("participation", p.source())
        }
        RecordKind::Statement => {
            let s = d.statement(id)?;
            head.push(Part::text(format!("{}: ", capitalise(&words(s.kind().as_ref())))));
            head.push(Part::text(s.text().to_owned()));
            for a in s.about() {
                head.push(Part::text(" · "));
                head.push(Part::link(ctx.link(a)));
            }
            ("statement", s.source())
        }
        RecordKind::Budget => {
            let b = d.budget(id)?;
            head.push(Part::text(format!("{} of ", capitalise(&words(b.kind().as_ref())))));
            head.push(Part::link(ctx.link(b.of())));
            head.push(Part::text(format!(": {}", b.stated())));
            add("Amount", b.amount().to_string());
            add("Qualifier", words(b.qualifier().as_ref()));
            add("Period", human_opt(b.period()));
            ("budget", b.source())
        }
        RecordKind::StatedList => {
            let l = d.list(id)?;
            head.push(Part::text(format!("{} (", l.label())));
            head.push(Part::link(ctx.link(l.of())));
            head.push(Part::text(format!("), {} list", words(l.completeness().as_ref()))));
            add("Count stated", l.count().map(|c| c.to_string()).unwrap_or_default());
            add("As written", l.stated().unwrap_or_default().to_owned());
            add("Bloc", l.bloc().map(|b| b.to_string()).unwrap_or_default());
            let items: Vec<String> = l.items().iter().map(|i| ctx.label(i)).collect();
            add("Items", items.join(", "));
            ("stated list", l.source())
        }
        RecordKind::Outcome => {
            let o = d.outcome(id)?;
            head.push(Part::link(ctx.link(o.of())));
            head.push(Part::text(format!(": {}", o.description())));
            add("Kind", words(o.kind().as_ref()));
            add("Credit", words(o.credit().as_ref()));
            add("Figure", o.quantity().map(|q| q.to_string()).unwrap_or_default());
            add("As written", o.stated().unwrap_or_default().to_owned());
            add("When", human_opt(o.period()));
            add("Where", o.place().map(|p| p.name().to_owned()).unwrap_or_default());
            ("outcome", o.source())
        }
        RecordKind::Relation => {
            let x = d.relation(id)?;
            head.push(Part::link(ctx.link(x.from())));
            head.push(Part::text(format!(" {} ", words(x.kind().as_ref()))));
            head.push(Part::link(ctx.link(x.to())));
            add("Status", x.status().map(|s| words(s.as_ref())).unwrap_or_default());
            add("When", human_opt(x.period()));
            ("relation", x.source())
        }
        RecordKind::Seizure => {
            let s = d.seizure(id)?;
            head.push(Part::text(format!("{}: {} ", capitalise(&words(s.action().as_ref())), s.stated())));
            if let Some(p) = s.operation().or(s.project()).and_then(|p| ctx.link_id(p.as_str())) {
                head.push(Part::text("— "));
                head.push(Part::link(p));
            }
            add("Credit", words(s.credit().as_ref()));
            add("When", human_opt(s.period()));
            ("seizure", s.source())
        }
        _ => return None,
    };
    let plain = head.iter().map(|p| p.text.as_str()).collect::<String>();
    Some(FactView { anchor, href, kind: kind.to_owned(), head, plain, details, quote: ctx.quote(id, source) })
}

/// Renders a template into the site at `path`.
pub fn emit<T: Template>(site: &mut Site, path: &str, page: &T) -> Result<(), Error> {
    let html = page.render().map_err(|source| Error::Render { page: path.to_owned(), source })?;
    site.add(path, html);
    Ok(())
}

/// Renders every page.
pub fn render_all(ctx: &Ctx<'_>, downloads: &Downloads, site: &mut Site) -> Result<(), Error> {
    home::render(ctx, downloads, site)?;
    lists::render(ctx, site)?;
    country::render(ctx, site)?;
    record::render(ctx, site)?;
    tables::render(ctx, downloads, site)?;
    report::render(ctx, site)?;
    Ok(())
}
