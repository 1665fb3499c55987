//! A page per country with any involvement: names, codes, blocs, and every involvement grouped by
//! programme, with role, status and the quote behind it.

use askama::Template;
use eu_celac_drugs::analysis::Involvement;
use eu_celac_drugs::{Attribution, Ref};

use super::{PageMeta, emit};
use crate::context::{Ctx, Link, QuoteView};
use crate::text::words;
use crate::{Error, Site};

struct InvolvementView {
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
    name_es: Option<String>,
    official: Option<String>,
    codes: String,
    blocs: Vec<String>,
    sovereign: Option<Link>,
    active: usize,
    prospective: usize,
    groups: Vec<Group>,
}

fn view(ctx: &Ctx<'_>, i: &Involvement<'_>) -> InvolvementView {
    let mut extra = Vec::new();
    if let Some(o) = i.ordinal {
        extra.push(format!("order: {o}"));
    }
    if let Some(w) = i.as_written.filter(|w| *w != i.country.name_en()) {
        extra.push(format!("written “{w}”"));
    }
    let programmes = i
        .programmes
        .iter()
        .map(|l| {
            let programme = ctx.link(&Ref::new(eu_celac_drugs::RecordKind::Programme, l.programme.id().clone()));
            let via = l.via.as_ref().map(|v| ctx.link(v));
            (programme, words(l.attribution.as_ref()), via)
        })
        .collect();
    InvolvementView {
        subject: ctx.link(&i.subject),
        kind: words(i.kind.as_ref()),
        role: i.role.map(|r| words(r.as_ref())).unwrap_or_else(|| "—".to_owned()),
        status: words(i.status.as_ref()),
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
        let mine: Vec<&Involvement<'_>> = ctx.involvements.iter().filter(|i| i.country == c).collect();
        let mut groups: Vec<Group> = Vec::new();
        let order = |p: Option<&eu_celac_drugs::Programme>| {
            p.and_then(|p| ctx.d.programmes().iter().position(|x| x.id() == p.id())).unwrap_or(usize::MAX)
        };
        let mut sorted = mine.clone();
        sorted.sort_by_key(|i| order(primary(i).map(|(p, _)| p)));
        for i in sorted {
            let (programme, how) = match primary(i) {
                Some((p, Attribution::Direct)) => (Some(p), String::new()),
                Some((p, Attribution::Indirect)) => (Some(p), "counts for it indirectly".to_owned()),
                Some((p, Attribution::BlocWide)) => (Some(p), "covered by a claim on a whole bloc".to_owned()),
                None => (None, String::new()),
            };
            let v = view(ctx, i);
            let link = programme.map(|p| ctx.link(&Ref::new(eu_celac_drugs::RecordKind::Programme, p.id().clone())));
            match groups.last_mut() {
                Some(g) if g.programme.as_ref().map(|l| &l.href) == link.as_ref().map(|l| &l.href) && g.how == how => {
                    g.items.push(v);
                }
                _ => groups.push(Group { programme: link, how, items: vec![v] }),
            }
        }
        let page = CountryPage {
            page: PageMeta::new(ctx, c.name_en(), "../", "countries.html"),
            name: c.name_en().to_owned(),
            name_es: c.name_es().map(str::to_owned),
            official: c.official_name().map(str::to_owned),
            codes: format!("{} · {} · {}", c.alpha2(), c.alpha3(), c.numeric_str()),
            blocs: c.blocs().iter().map(|b| format!("{} ({})", b, b.full_name())).collect(),
            sovereign: c.sovereign().filter(|_| c.is_territory()).map(|s| Link {
                href: ctx.country_url(s).unwrap_or_else(|| "countries.html".to_owned()),
                text: s.name_en().to_owned(),
            }),
            active: mine.iter().filter(|i| i.status.is_active()).count(),
            prospective: mine.iter().filter(|i| !i.status.is_active()).count(),
            groups,
        };
        emit(site, &path, &page)?;
    }
    Ok(())
}
