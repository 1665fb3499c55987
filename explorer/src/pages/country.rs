//! A page per country with any involvement: names, codes, blocs; at the top, the country at a
//! glance (one table row per involvement, linking to its evidence card below), the claims on a
//! whole bloc that cover it, a CSV of its involvements; then every involvement grouped by
//! programme, with role, status and the quote behind it; and a "Cite this" block.

use askama::Template;
use eu_celac_drugs::analysis::{Involvement, bloc_claims_of};
use eu_celac_drugs::{Attribution, RecordKind, Ref};

use super::{PageMeta, collapse_repeats, emit};
use crate::context::{CiteView, Ctx, Link, QuoteView, country_name};
use crate::downloads::involvements_csv;
use crate::i18n::{self, code};
use crate::{Error, Site};

struct InvolvementView {
    anchor: String,
    subject: Link,
    kind: String,
    role: String,
    status: String,
    active: bool,
    extra: Vec<String>,
    through: Option<Link>,
    programmes: Vec<(Link, String, Option<Link>)>,
    record: Link,
    quote: QuoteView,
}

/// A row of the country at a glance.
struct GlanceRow {
    anchor: String,
    programme: Option<Link>,
    how: String,
    subject: Link,
    kind: String,
    role: String,
    status: String,
    active: bool,
    para: Option<usize>,
}

struct Group {
    programme: Option<Link>,
    how: String,
    items: Vec<InvolvementView>,
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryPage {
    page: PageMeta,
    name: String,
    other_name: Option<String>,
    official: Option<String>,
    codes: String,
    blocs: Vec<String>,
    sovereign: Option<Link>,
    counts: String,
    glance: Vec<GlanceRow>,
    claims: Vec<(Link, String, String)>,
    csv: String,
    groups: Vec<Group>,
    cite: CiteView,
}

fn view(ctx: &Ctx<'_>, i: &Involvement<'_>, anchor: String) -> InvolvementView {
    let mut extra = Vec::new();
    if let Some(o) = i.ordinal {
        extra.push(i18n::tr("country.order", &[("n", &o.to_string())]));
    }
    if let Some(w) = i.as_written.filter(|w| *w != i.country.name_en()) {
        extra.push(i18n::tr("country.written", &[("w", w)]));
    }
    let programmes = i
        .programmes
        .iter()
        .map(|l| {
            let programme = ctx.link(&Ref::new(RecordKind::Programme, l.programme.id().clone()));
            let via = l.via.as_ref().map(|v| ctx.link(v));
            (programme, code("attribution", l.attribution.as_ref()), via)
        })
        .collect();
    InvolvementView {
        anchor,
        subject: ctx.link(&i.subject),
        kind: code("involvement_kind", i.kind.as_ref()),
        role: i.role.map_or_else(|| i18n::t("common.no_role").to_owned(), |r| code("role", r.as_ref())),
        status: code("status", i.status.as_ref()),
        active: i.status.is_active(),
        extra,
        through: i.through.and_then(|o| ctx.link_id(o.id().as_str())),
        programmes,
        record: ctx.link(&i.record),
        quote: ctx.quote(i.record.id.as_str(), i.source),
    }
}

/// The programme an involvement is listed under: its own programme, else the first it counts for
/// indirectly.
fn primary<'a>(i: &Involvement<'a>) -> Option<(&'a eu_celac_drugs::Programme, Attribution)> {
    i.programmes.first().map(|l| (l.programme, l.attribution))
}

pub fn render(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    for &c in &ctx.countries {
        let path = ctx.country_url(c).unwrap_or_default();
        let iso = c.alpha2().to_ascii_lowercase();
        let mine: Vec<&Involvement<'_>> = ctx.involvements.iter().filter(|i| i.country == c).collect();
        let order = |p: Option<&eu_celac_drugs::Programme>| {
            p.and_then(|p| ctx.d.programmes().iter().position(|x| x.id() == p.id())).unwrap_or(usize::MAX)
        };
        let mut sorted = mine.clone();
        sorted.sort_by_key(|i| order(primary(i).map(|(p, _)| p)));
        let mut groups: Vec<Group> = Vec::new();
        let mut glance: Vec<GlanceRow> = Vec::new();
        for (n, i) in sorted.iter().enumerate() {
            let (programme, how) = match primary(i) {
                Some((p, Attribution::Direct)) => (Some(p), String::new()),
                Some((p, a)) => (Some(p), code("attribution_how", a.as_ref())),
                None => (None, String::new()),
            };
            let anchor = format!("inv-{}", n + 1);
            let v = view(ctx, i, anchor.clone());
            let link = programme.map(|p| ctx.link(&Ref::new(RecordKind::Programme, p.id().clone())));
            glance.push(GlanceRow {
                anchor,
                programme: link.clone(),
                how: how.clone(),
                subject: v.subject.clone(),
                kind: v.kind.clone(),
                role: v.role.clone(),
                status: v.status.clone(),
                active: v.active,
                para: v.quote.para,
            });
            match groups.last_mut() {
                Some(g) if g.programme.as_ref().map(|l| &l.href) == link.as_ref().map(|l| &l.href) && g.how == how => {
                    g.items.push(v);
                }
                _ => groups.push(Group { programme: link, how, items: vec![v] }),
            }
        }
        collapse_repeats(groups.iter_mut().flat_map(|g| g.items.iter_mut().map(|i| &mut i.quote)));
        let claims = bloc_claims_of(ctx.d, c)
            .iter()
            .map(|b| (ctx.link(&b.subject), b.label.to_owned(), code("status", b.status.as_ref())))
            .collect();
        let csv = format!("downloads/countries/{iso}.csv");
        if i18n::current() == i18n::Lang::En {
            site.add(csv.clone(), involvements_csv(ctx.d, &sorted));
        }
        let active = mine.iter().filter(|i| i.status.is_active()).count();
        let mut page = PageMeta::new(ctx, country_name(c), &path, "countries.html");
        page.toc = vec![
            ("glance".to_owned(), i18n::t("country.glance").to_owned()),
            ("involvements".to_owned(), i18n::t("country.by_programme").to_owned()),
        ];
        let cite = ctx.cite(&format!("{} — {}", country_name(c), i18n::t("country.all_sections")), None, &path);
        let page = CountryPage {
            page,
            name: country_name(c).to_owned(),
            other_name: match i18n::current() {
                i18n::Lang::En => c.name_es().map(str::to_owned),
                i18n::Lang::Es => Some(c.name_en().to_owned()),
            },
            official: c.official_name().map(str::to_owned),
            codes: format!("{} · {} · {}", c.alpha2(), c.alpha3(), c.numeric_str()),
            blocs: c
                .blocs()
                .iter()
                .map(|b| format!("{b} ({})", i18n::t(&format!("bloc.{}", b.to_string().to_lowercase()))))
                .collect(),
            sovereign: c.sovereign().filter(|_| c.is_territory()).map(|s| Link {
                href: ctx.country_url(s).unwrap_or_else(|| "countries.html".to_owned()),
                text: country_name(s).to_owned(),
            }),
            counts: i18n::tr(
                "country.counts",
                &[("active", &active.to_string()), ("prospective", &(mine.len() - active).to_string())],
            ),
            glance,
            claims,
            csv,
            groups,
            cite,
        };
        emit(site, &path, &page)?;
    }
    Ok(())
}
