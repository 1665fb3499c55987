//! The findings page: where the report disagrees with itself, counted by class (contradictions,
//! other warnings, notes) and never as one bare number; names and spellings in a section apart.

use askama::Template;
use eu_celac_drugs::analysis::{Finding, FindingClass, FindingCounts};

use super::{PageMeta, emit};
use crate::context::{Ctx, Link, QuoteView};
use crate::i18n::{self, code};
use crate::text::capitalise;
use crate::{Error, Site, section};

/// A finding as the pages show it.
pub struct FindingView {
    /// Its kind, in words.
    pub kind: String,
    /// Its class's code (`contradiction`, `other_warning`, `note`), for styles and filters.
    pub class: &'static str,
    /// Its class, in words.
    pub class_text: String,
    /// What a finding of this kind means, in the page's language.
    pub explain: String,
    /// What it says (the library's sentence, in English).
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
            let heading = sections.get(n).map(|s| s.heading.clone()).unwrap_or_default();
            let quote = ctx.quote_text(Some(r.id.as_str()), f.quotes.get(n).copied().unwrap_or_default(), heading);
            (ctx.link(r), quote)
        })
        .collect();
    let class = f.class();
    FindingView {
        kind: capitalise(&code("finding_kind", f.kind.as_ref())),
        class: class.as_str(),
        class_text: code("finding_class", class.as_ref()),
        explain: i18n::t(&format!("finding.explain.{}", f.kind.as_str())).to_owned(),
        message: f.message.clone(),
        records,
    }
}

/// "7 contradictions, 5 other warnings, 37 notes", in the page's language.
pub fn counts_text(counts: &FindingCounts) -> String {
    [
        i18n::count("findings.contradictions", counts.contradictions),
        i18n::count("findings.other_warnings", counts.other_warnings),
        i18n::count("findings.notes", counts.notes),
    ]
    .join(", ")
}

struct Group {
    id: String,
    kind: String,
    items: Vec<FindingView>,
}

#[derive(Template)]
#[template(path = "findings.html")]
struct FindingsPage {
    page: PageMeta,
    summary: String,
    classes: Vec<(&'static str, String, usize, &'static str)>,
    facts: Vec<Group>,
    names: Vec<Group>,
}

pub fn render(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let (mut facts, mut names): (Vec<Group>, Vec<Group>) = (Vec::new(), Vec::new());
    for f in &ctx.findings {
        let view = finding_view(ctx, f);
        let groups = if f.kind.is_about_names() { &mut names } else { &mut facts };
        let id = format!("kind-{}", f.kind);
        match groups.iter_mut().find(|g| g.id == id) {
            Some(g) => g.items.push(view),
            None => groups.push(Group { id, kind: view.kind.clone(), items: vec![view] }),
        }
    }
    // Within a kind, contradictions first, then other warnings, then notes.
    for g in facts.iter_mut().chain(names.iter_mut()) {
        g.items.sort_by_key(|f| FindingClass::ALL.iter().position(|c| c.as_str() == f.class));
    }
    let counts = FindingCounts::of(&ctx.findings);
    let classes = FindingClass::ALL
        .iter()
        .map(|c| {
            let name = capitalise(&code("finding_class_plural", c.as_ref()));
            (c.as_str(), name, counts.get(*c), i18n::t(&format!("findings.class.{c}")))
        })
        .collect();
    let mut page = PageMeta::new(ctx, i18n::t("findings.title"), "findings.html", "findings.html");
    page.toc = facts
        .iter()
        .map(|g| (g.id.clone(), format!("{} ({})", g.kind, g.items.len())))
        .chain(std::iter::once(("names".to_owned(), i18n::t("findings.names").to_owned())))
        .collect();
    let page = FindingsPage { page, summary: counts_text(&counts), classes, facts, names };
    emit(site, "findings.html", &page)
}
