//! "How to read this site": the roles and statuses, own and contributed seizures, what "counts
//! for", direct, indirect and bloc-wide mean, the reading taken, the findings' classes, and what
//! the report leaves out. Every text is in the catalogues; the lists of roles and statuses are
//! the library's own codes, so a new code appears here with its words.

use askama::Template;
use eu_celac_drugs::analysis::FindingClass;
use eu_celac_drugs::{Attribution, Credit, Role, Status};

use super::{PageMeta, emit};
use crate::context::Ctx;
use crate::i18n::{self, code};
use crate::{Error, Site};

/// A section of the guide: its anchor, heading, paragraphs, and terms with what they mean.
type Section = (String, String, Vec<String>, Vec<(String, String)>);

#[derive(Template)]
#[template(path = "guide.html")]
struct GuidePage {
    page: PageMeta,
    sections: Vec<Section>,
}

pub fn render(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let section = |id: &str, terms: Vec<(String, String)>| {
        let mut paras: Vec<String> = (1..=3)
            .map(|n| format!("guide.{id}.p{n}"))
            .filter(|k| i18n::catalogue(i18n::Lang::En).contains_key(k.as_str()))
            .map(|k| i18n::t(&k).to_owned())
            .collect();
        // Codes the guide does not explain are named in one line, after those it does.
        let (explained, others): (Vec<_>, Vec<_>) = terms.into_iter().partition(|(_, what)| !what.is_empty());
        if !others.is_empty() {
            let list = others.into_iter().map(|(term, _)| term).collect::<Vec<_>>().join(", ");
            paras.push(i18n::tr("guide.others", &[("list", &list)]));
        }
        (id.to_owned(), i18n::t(&format!("guide.{id}")).to_owned(), paras, explained)
    };
    let explained = |enum_name: &str, codes: Vec<&str>| {
        codes
            .into_iter()
            .map(|c| {
                let key = format!("guide.{enum_name}.{c}");
                let what = if i18n::catalogue(i18n::Lang::En).contains_key(key.as_str()) {
                    i18n::t(&key).to_owned()
                } else {
                    String::new()
                };
                (code(enum_name, c), what)
            })
            .collect::<Vec<_>>()
    };
    let statuses: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
    let roles: Vec<&str> = Role::ALL.iter().map(|s| s.as_str()).collect();
    let sections = vec![
        section("facts", Vec::new()),
        section("roles", explained("role", roles)),
        section("statuses", explained("status", statuses)),
        section("counts_for", explained("attribution", Attribution::ALL.iter().map(|a| a.as_str()).collect())),
        section("seizures", explained("credit", Credit::ALL.iter().map(|a| a.as_str()).collect())),
        section("findings", explained("finding_class", FindingClass::ALL.iter().map(|a| a.as_str()).collect())),
        section("reading", Vec::new()),
        section("left_out", Vec::new()),
        section("citing", Vec::new()),
    ];
    let mut page = PageMeta::new(ctx, i18n::t("guide.title"), "guide.html", "guide.html");
    page.toc = sections.iter().map(|(id, title, _, _)| (id.clone(), title.clone())).collect();
    emit(site, "guide.html", &GuidePage { page, sections })
}
