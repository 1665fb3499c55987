//! The seizures page: every figure as stated, each row opening to its sentence and citation;
//! totals only of the same commodity in the same unit. Totals that add different commodities
//! (by category, converted to kilograms) are shown only on request, folded and labelled.

use askama::Template;
use eu_celac_drugs::analysis::{GroupBy, SeizureQuery, Units, seizure_totals};
use eu_celac_drugs::{RecordKind, Ref};

use super::{PageMeta, emit, seizure_line};
use crate::context::{CiteView, Ctx, Link, QuoteView};
use crate::dates::human_opt;
use crate::i18n::{self, code};
use crate::{Error, Site};

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
    place: Option<String>,
    line: String,
    quote: QuoteView,
    cite: CiteView,
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

pub fn render(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let rows = ctx
        .d
        .seizures()
        .iter()
        .map(|s| {
            let anchor = Ctx::anchor_of(s.id().as_str());
            let quote = ctx.quote(s.id().as_str(), s.source());
            let cite = ctx.cite(&quote.section, quote.para, &format!("seizures.html#{anchor}"));
            SeizureRow {
                anchor,
                commodity: s.commodity().to_owned(),
                category: code("commodity_category", s.category().as_ref()),
                stated: s.stated().to_owned(),
                figure: s.quantity().to_string(),
                action: code("seizure_action", s.action().as_ref()),
                credit: code("credit", s.credit().as_ref()),
                period: human_opt(s.period()),
                by: s.operation().or(s.project()).and_then(|p| ctx.link_id(p.as_str())),
                place: s.place().map(|p| p.name().to_owned()),
                line: seizure_line(s),
                quote,
                cite,
            }
        })
        .collect();
    let mut page = PageMeta::new(ctx, i18n::t("seizures.title"), "seizures.html", "seizures.html");
    page.toc = vec![
        ("figures-heading".to_owned(), i18n::t("seizures.every").to_owned()),
        ("commodity-heading".to_owned(), i18n::t("seizures.by_commodity").to_owned()),
        ("category-heading".to_owned(), i18n::t("seizures.by_category").to_owned()),
    ];
    let page = SeizuresPage {
        page,
        rows,
        by_commodity: totals(ctx, &SeizureQuery::default())?,
        by_category: totals(
            ctx,
            &SeizureQuery { by: GroupBy::Category, units: Units::Normalised, ..Default::default() },
        )?,
    };
    emit(site, "seizures.html", &page)
}
