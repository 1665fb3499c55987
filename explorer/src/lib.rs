//! A static, offline website of an EU-CELAC Mechanism on Drugs dataset: the explorer.
//!
//! [`render`] turns a [`Dataset`] (and, where there is one, the text of the report it was made
//! from) into a [`Site`]: every page, style sheet, script and download, in memory; [`Site::write`]
//! writes it to a folder that opens from `file://`, with no server and no network.
//!
//! ```no_run
//! let report = eu_celac_drugs::report_2021_2022();
//! let site = eu_celac_drugs_explorer::render(report, Some(eu_celac_drugs::SOURCE_TEXT))?;
//! site.write(std::path::Path::new("target/site"))?;
//! # Ok::<(), eu_celac_drugs_explorer::Error>(())
//! ```
//!
//! Every page is an askama template, so every text the dataset holds is escaped; the only
//! unescaped output is JSON for `<script>` elements, made safe by [`text::script_json`].
//!
//! [`editions::render_editions`] builds one site from several editions of the report: the
//! newest at the site's root, each other under `editions/…/`, every page with an edition switch,
//! and a page of what changed between each edition and the next.
//!
//! Every page exists in English (at the site's root) and in Spanish (under `es/`), from one
//! catalogue of texts per language ([`i18n`]); the report's quotes stay in English, as
//! published, marked `lang="en"`.

use std::path::{Path, PathBuf};

use eu_celac_drugs::Dataset;

mod annotate;
mod context;
mod dates;
mod downloads;
pub mod editions;
pub mod i18n;
mod labels;
mod map;
mod pages;
mod search;
mod section;
pub mod text;
mod zip;

/// What can go wrong while building or writing the site.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A template failed to render.
    #[error("cannot render {page}: {source}")]
    Render {
        /// The page.
        page: String,
        /// What askama says.
        source: askama::Error,
    },
    /// An export for the downloads failed.
    #[error("cannot export the dataset: {0}")]
    Export(#[from] eu_celac_drugs::export::ExportError),
    /// JSON for a script or a download failed to serialize.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A quantity could not be added up for the seizure totals.
    #[error("cannot total the seizures: {0}")]
    Quantity(#[from] eu_celac_drugs::QuantityError),
    /// A site of several editions was asked for with none.
    #[error("no edition to build the site from")]
    NoEdition,
    /// A file or folder could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// One file of the site: its path relative to the site's folder (always with `/`), and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    /// The path, relative to the site's folder (`index.html`, `country/ar.html`).
    pub path: String,
    /// The content.
    pub bytes: Vec<u8>,
}

/// A whole site, in memory.
#[derive(Debug, Clone, Default)]
pub struct Site {
    files: Vec<SiteFile>,
}

impl Site {
    /// Every file, pages first in the order they were made.
    #[must_use]
    pub fn files(&self) -> &[SiteFile] {
        &self.files
    }

    /// The file at `path`, if the site has one.
    #[must_use]
    pub fn file(&self, path: &str) -> Option<&SiteFile> {
        self.files.iter().find(|f| f.path == path)
    }

    /// The HTML pages.
    pub fn pages(&self) -> impl Iterator<Item = &SiteFile> {
        self.files.iter().filter(|f| f.path.ends_with(".html"))
    }

    /// The size of every file together, in bytes.
    #[must_use]
    pub fn total_size(&self) -> usize {
        self.files.iter().map(|f| f.bytes.len()).sum()
    }

    /// The largest HTML page.
    #[must_use]
    pub fn largest_page(&self) -> Option<&SiteFile> {
        self.pages().max_by_key(|f| f.bytes.len())
    }

    pub(crate) fn add(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.push(SiteFile { path: path.into(), bytes: bytes.into() });
    }

    /// Writes every file under `dir`, creating folders as needed (files already there are
    /// replaced; others are left alone).
    ///
    /// # Errors
    /// [`Error::Io`] naming the file or folder that could not be written.
    pub fn write(&self, dir: &Path) -> Result<(), Error> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        for file in &self.files {
            let path = dir.join(&file.path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
            std::fs::write(&path, &file.bytes).map_err(io(&path))?;
        }
        Ok(())
    }
}

/// Builds the whole site for `dataset`. `source_text` is the text of the report the dataset's
/// quotes come from (for the compiled-in report, [`eu_celac_drugs::SOURCE_TEXT`]); without it the
/// annotated report says that no text is available, and quotes link to no passage.
///
/// # Errors
/// [`Error::Render`] if a template fails, [`Error::Export`] or [`Error::Json`] if a download
/// cannot be made, [`Error::Quantity`] if the seizure totals cannot be added up.
pub fn render(dataset: &Dataset, source_text: Option<&str>) -> Result<Site, Error> {
    render_ctx(&context::Ctx::new(dataset, source_text), None)
}

/// Builds the site of one dataset from its context; with `previous` (the previous edition and
/// what changed since), with the page of what changed.
pub(crate) fn render_ctx(
    ctx: &context::Ctx<'_>,
    previous: Option<(&context::Ctx<'_>, &eu_celac_drugs::curate::EditionDiff)>,
) -> Result<Site, Error> {
    let dataset = ctx.d;
    let mut site = Site::default();
    let downloads = downloads::make(dataset, &ctx.involvements)?;
    pages::render_all(ctx, &downloads, previous, &mut site)?;
    for d in downloads.files {
        site.add(d.path, d.bytes);
    }
    site.add("CITATION.cff", downloads.citation_cff);
    site.add("assets/style.css", include_str!("../assets/style.css"));
    site.add("assets/explorer.js", include_str!("../assets/explorer.js"));
    let before = i18n::current();
    for lang in i18n::Lang::ALL {
        i18n::set(lang);
        let script = search::index_script(ctx);
        i18n::set(before);
        site.add(format!("assets/search-index.{}.js", lang.code()), script?);
    }
    Ok(site)
}
