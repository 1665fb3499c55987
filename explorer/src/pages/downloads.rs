//! The downloads page: every file with its size, and its checksum in a compact layout; the ZIP of
//! every CSV, the flat involvements table for spreadsheets, the licences and the citation file.

use askama::Template;

use super::{PageMeta, emit};
use crate::context::{Ctx, Link};
use crate::downloads::Downloads;
use crate::{Error, Site, i18n};

struct FileRow {
    link: Link,
    what: String,
    size: String,
    sha256: String,
}

#[derive(Template)]
#[template(path = "downloads.html")]
struct DownloadsPage {
    page: PageMeta,
    featured: Vec<FileRow>,
    files: Vec<FileRow>,
    citation: String,
}

fn size(bytes: usize) -> String {
    if bytes >= 10_000 { format!("{} kB", bytes / 1000) } else { format!("{bytes} B") }
}

pub fn render(ctx: &Ctx<'_>, downloads: &Downloads, site: &mut Site) -> Result<(), Error> {
    let row = |f: &crate::downloads::Download| FileRow {
        link: Link { href: f.path.clone(), text: f.path.rsplit('/').next().unwrap_or(&f.path).to_owned() },
        what: i18n::t(f.title_key).to_owned() + &f.title_extra,
        size: size(f.bytes.len()),
        sha256: f.sha256.clone(),
    };
    let (featured, files): (Vec<_>, Vec<_>) = downloads.files.iter().partition(|f| f.featured);
    let mut page = PageMeta::new(ctx, i18n::t("downloads.title"), "downloads.html", "downloads.html");
    page.toc = vec![
        ("start-heading".to_owned(), i18n::t("downloads.start").to_owned()),
        ("licence-heading".to_owned(), i18n::t("downloads.licence").to_owned()),
        ("cite-heading".to_owned(), i18n::t("downloads.cite").to_owned()),
        ("files-heading".to_owned(), i18n::t("downloads.all").to_owned()),
    ];
    let page = DownloadsPage {
        page,
        featured: featured.into_iter().map(row).collect(),
        files: files.into_iter().map(row).collect(),
        citation: downloads.citation_cff.clone(),
    };
    emit(site, "downloads.html", &page)
}
