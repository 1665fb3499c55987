//! One site from several editions of the report.
//!
//! [`render_editions`] orders the editions by reporting period, as
//! [`eu_celac_drugs::curate::Editions`] does, and builds one site:
//!
//! * the newest edition is the site as [`crate::render`] makes it, at the site's root;
//! * each other edition is a whole site of its own (both languages, its downloads and search)
//!   under `editions/SLUG/`, where `SLUG` is its Council document number (`10233-22`) or, without
//!   one, its reporting period (`2021-01-01_2022-06-30`), with `-2`, `-3`… where two would share
//!   a folder;
//! * every page has an edition switch in its header: the same page in each other edition where
//!   that edition has it, else that edition's home page, the edition shown marked
//!   `aria-current`, and a link to the page of what changed;
//! * every edition but the oldest has a page of what changed since the previous one
//!   (`changes.html`, `es/changes.html`), made from [`eu_celac_drugs::curate::diff()`], and its home
//!   page lists the editions and links to each such page.
//!
//! With a single edition the site is exactly [`crate::render`]'s: no switch, no `editions/`.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use eu_celac_drugs::Dataset;
use eu_celac_drugs::curate::Editions;

use crate::context::{Ctx, EditionPlace};
use crate::{Error, Site, i18n};

/// One edition to build the site from: a dataset and, where there is one, the text of the
/// report its quotes come from.
#[derive(Debug, Clone, Copy)]
pub struct EditionSource<'a> {
    /// The dataset.
    pub dataset: &'a Dataset,
    /// The report's text (for the compiled-in report, [`eu_celac_drugs::SOURCE_TEXT`]).
    pub source_text: Option<&'a str>,
}

/// An edition as the site names and places it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionInfo {
    /// Its name: the Council document number (or, without one, the title) and the years of its
    /// reporting period, as in "10233/22 (2021–2022)".
    pub name: String,
    /// Where editions share a name, this one's place among them (1 for the oldest).
    pub nth: Option<usize>,
    /// Its folder, relative to the site's folder: `""` for the newest, `editions/SLUG/` for
    /// another.
    pub base: String,
    /// Its pages, relative to the folder of a language (`index.html`, `record/aircop.html`).
    pub pages: BTreeSet<String>,
}

impl EditionInfo {
    /// Its name for readers, in the current language (told apart from another edition of the
    /// same name by its place).
    #[must_use]
    pub fn label(&self) -> String {
        match self.nth {
            Some(n) => i18n::tr("editions.nth", &[("name", &self.name), ("n", &n.to_string())]),
            None => self.name.clone(),
        }
    }
}

/// The name and folder of each edition, oldest first (the newest at the site's root); their
/// pages are left empty.
#[must_use]
pub fn layout(datasets: &[&Dataset]) -> Vec<EditionInfo> {
    let names: Vec<String> = datasets
        .iter()
        .map(|d| {
            let m = d.meta();
            let (a, b) = (chrono::Datelike::year(&m.period_start()), chrono::Datelike::year(&m.period_end()));
            let years = if a == b { a.to_string() } else { format!("{a}–{b}") };
            match m.number() {
                Some(n) => format!("{n} ({years})"),
                None => format!("{} ({years})", m.title()),
            }
        })
        .collect();
    let mut shared: HashMap<&str, usize> = HashMap::new();
    for n in &names {
        *shared.entry(n.as_str()).or_default() += 1;
    }
    let mut seen_names: HashMap<&str, usize> = HashMap::new();
    let mut slugs: BTreeSet<String> = BTreeSet::new();
    let last = datasets.len().saturating_sub(1);
    names
        .iter()
        .zip(datasets)
        .enumerate()
        .map(|(i, (name, d))| {
            let nth = (shared.get(name.as_str()).copied().unwrap_or(0) > 1).then(|| {
                let k = seen_names.entry(name.as_str()).or_default();
                *k += 1;
                *k
            });
            let base = if i == last {
                String::new()
            } else {
                let m = d.meta();
                let raw =
                    m.number().map_or_else(|| format!("{}_{}", m.period_start(), m.period_end()), |n| n.to_string());
                let slug: String = raw
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() || c == '_' { c.to_ascii_lowercase() } else { '-' })
                    .collect();
                let mut unique = slug.clone();
                let mut k = 1;
                while !slugs.insert(unique.clone()) {
                    k += 1;
                    unique = format!("{slug}-{k}");
                }
                format!("editions/{unique}/")
            };
            EditionInfo { name: name.clone(), nth, base, pages: BTreeSet::new() }
        })
        .collect()
}

/// Builds one site from several editions (see the [module](self)): ordered by reporting period
/// (editions of the same period keep the order given), the newest at the root, each other
/// under `editions/SLUG/`, every page with an edition switch, and a page of what changed between
/// each edition and the next. One edition gives [`crate::render`]'s site.
///
/// ```no_run
/// use eu_celac_drugs_explorer::editions::{EditionSource, render_editions};
///
/// let older = eu_celac_drugs::report_2021_2022();
/// let newer = eu_celac_drugs::export::from_json(&std::fs::read_to_string("next.json")?)?;
/// let site = render_editions(&[
///     EditionSource { dataset: older, source_text: Some(eu_celac_drugs::SOURCE_TEXT) },
///     EditionSource { dataset: &newer, source_text: None },
/// ])?;
/// site.write(std::path::Path::new("target/site"))?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`Error::NoEdition`] without any edition; else what [`crate::render`] reports for an edition.
pub fn render_editions(editions: &[EditionSource<'_>]) -> Result<Site, Error> {
    let mut set = Editions::new();
    for e in editions {
        set.push(e.dataset);
    }
    // The sources in the set's order (each dataset matched to its own text).
    let mut unused: Vec<Option<&EditionSource<'_>>> = editions.iter().map(Some).collect();
    let ordered: Vec<EditionSource<'_>> = set
        .iter()
        .filter_map(|d| {
            let slot = unused.iter_mut().find(|s| s.is_some_and(|s| std::ptr::eq(s.dataset, d)))?;
            slot.take().copied()
        })
        .collect();
    match ordered.as_slice() {
        [] => return Err(Error::NoEdition),
        [one] => return crate::render(one.dataset, one.source_text),
        _ => {}
    }
    let diffs = set.diffs();
    let mut ctxs: Vec<Ctx<'_>> = ordered.iter().map(|e| Ctx::new(e.dataset, e.source_text)).collect();
    let datasets: Vec<&Dataset> = ordered.iter().map(|e| e.dataset).collect();
    let mut infos = layout(&datasets);
    for (i, (info, ctx)) in infos.iter_mut().zip(&ctxs).enumerate() {
        info.pages = ctx.page_paths();
        if i > 0 {
            info.pages.insert(crate::pages::CHANGES_PAGE.to_owned());
        }
    }
    let all = Rc::new(infos);
    for (i, ctx) in ctxs.iter_mut().enumerate() {
        ctx.edition = Some(EditionPlace { all: Rc::clone(&all), index: i });
    }
    let mut site = Site::default();
    // The newest first: its pages are the site's own.
    for (i, ctx) in ctxs.iter().enumerate().rev() {
        let previous = i.checked_sub(1).and_then(|j| Some((ctxs.get(j)?, diffs.get(j)?)));
        let part = crate::render_ctx(ctx, previous)?;
        let base = all.get(i).map_or("", |e| e.base.as_str());
        for f in part.files {
            site.add(format!("{base}{}", f.path), f.bytes);
        }
    }
    Ok(site)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The switch links to a page of another edition only where that edition has it: the pages
    /// an edition is said to have are those it renders, in each language.
    #[test]
    fn the_pages_an_edition_has_are_those_rendered() {
        let report = eu_celac_drugs::report_2021_2022();
        let ctx = Ctx::new(report, Some(eu_celac_drugs::SOURCE_TEXT));
        let said = ctx.page_paths();
        let site = crate::render_ctx(&ctx, None).unwrap_or_default();
        for lang in i18n::Lang::ALL {
            let rendered: BTreeSet<String> = site
                .pages()
                .filter_map(|p| p.path.strip_prefix(lang.prefix()))
                .filter(|p| lang == i18n::Lang::Es || !p.starts_with("es/"))
                .map(str::to_owned)
                .collect();
            assert_eq!(said, rendered, "{}", lang.code());
        }
        assert!(said.len() > 300 && said.contains("record/clasi.html") && said.contains("country/pe.html"));
        assert!(!said.contains(crate::pages::CHANGES_PAGE));
    }
}
