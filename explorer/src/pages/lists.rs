//! The index pages: countries, CELAC at a glance (with the map), programmes and bodies, and every
//! record.

use askama::Template;
use eu_celac_drugs::analysis::celac_coverage;
use eu_celac_drugs::{Bloc, Country, RecordKind, Ref};

use super::{FactView, PageMeta, emit, fact};
use crate::context::{Ctx, Link, country_name, has_page};
use crate::i18n::{self, code};
use crate::{Error, Site, labels, map};

struct CountryRow {
    link: Link,
    other_name: String,
    blocs: String,
    active: usize,
    prospective: usize,
}

#[derive(Template)]
#[template(path = "countries.html")]
struct Countries {
    page: PageMeta,
    rows: Vec<CountryRow>,
    chart: Vec<(String, usize, u32, u32)>,
    chart_height: u32,
}

struct MemberRow {
    iso: String,
    name: String,
    href: Option<String>,
    other_name: String,
    state: &'static str,
    state_text: &'static str,
    /// What it takes part in, each with its role and status ("CLASI (interested)").
    parts: Vec<(Link, String, bool)>,
}

struct MapShape {
    iso: String,
    name: String,
    state_text: &'static str,
    d: Option<String>,
    circle: Option<(i32, i32, i32)>,
    class: &'static str,
    href: Option<String>,
}

#[derive(Template)]
#[template(path = "celac.html")]
struct Celac {
    page: PageMeta,
    view_box: String,
    shapes: Vec<MapShape>,
    rows: Vec<MemberRow>,
    summary: String,
    unnamed: String,
    /// The claims on the whole of CELAC: who claims it, in which words, the quote.
    claims: Vec<(Link, String, String)>,
}

/// A token of a nested list.
pub enum Tok {
    Open,
    Close,
    Item(Link, &'static str),
    EndItem,
}

struct TreeSection {
    title: String,
    id: String,
    tree: Vec<Tok>,
}

#[derive(Template)]
#[template(path = "programmes.html")]
struct Programmes {
    page: PageMeta,
    sections: Vec<TreeSection>,
}

struct KindSection {
    title: String,
    id: String,
    links: Vec<Link>,
    facts: Vec<FactView>,
}

#[derive(Template)]
#[template(path = "all.html")]
struct All {
    page: PageMeta,
    sections: Vec<KindSection>,
}

fn tree(ctx: &Ctx<'_>, r: &Ref, out: &mut Vec<Tok>, depth: usize) {
    out.push(Tok::Item(ctx.link(r), labels::kind(r.kind)));
    if let Some(children) = ctx.children.get(r.id.as_str()).filter(|c| !c.is_empty() && depth < 12) {
        out.push(Tok::Open);
        for c in children {
            tree(ctx, c, out, depth + 1);
        }
        out.push(Tok::Close);
    }
    out.push(Tok::EndItem);
}

fn countries(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let counts = |c: Country| {
        let mine = ctx.involvements.iter().filter(|i| i.country == c);
        let active = mine.clone().filter(|i| i.status.is_active()).count();
        (active, mine.count() - active)
    };
    let max = ctx.countries.iter().map(|&c| counts(c).0 + counts(c).1).max().unwrap_or(1).max(1);
    let rows: Vec<CountryRow> = ctx
        .countries
        .iter()
        .map(|&c| {
            let (active, prospective) = counts(c);
            CountryRow {
                link: Link { href: ctx.country_url(c).unwrap_or_default(), text: country_name(c).to_owned() },
                other_name: other_name(c),
                blocs: c.blocs().iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
                active,
                prospective,
            }
        })
        .collect();
    let mut ranked: Vec<(String, usize, usize)> =
        ctx.countries.iter().map(|&c| (country_name(c).to_owned(), counts(c).0, counts(c).1)).collect();
    ranked.sort_by(|a, b| (b.1 + b.2).cmp(&(a.1 + a.2)).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(20);
    let scale = |n: usize| u32::try_from(n * 400 / max).unwrap_or(400);
    let chart: Vec<(String, usize, u32, u32)> =
        ranked.iter().map(|(name, a, p)| (name.clone(), a + p, scale(*a), scale(*p))).collect();
    let chart_height = u32::try_from(chart.len() * 22 + 10).unwrap_or(0);
    let page = Countries {
        page: PageMeta::new(ctx, i18n::t("countries.title"), "countries.html", "countries.html"),
        rows,
        chart,
        chart_height,
    };
    emit(site, "countries.html", &page)
}

/// A country's name in the other language (the English name on Spanish pages and the Spanish
/// name on English pages).
fn other_name(c: Country) -> String {
    match i18n::current() {
        i18n::Lang::En => c.name_es().unwrap_or_default().to_owned(),
        i18n::Lang::Es => c.name_en().to_owned(),
    }
}

fn celac(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let coverage = celac_coverage(ctx.d);
    let state = |c: Country| {
        if coverage.active.contains(&c) {
            ("active", i18n::t("celac.state.active"))
        } else if coverage.prospective_only.iter().any(|(p, _)| *p == c) {
            ("prospective", i18n::t("celac.state.prospective"))
        } else {
            ("absent", i18n::t("celac.state.absent"))
        }
    };
    let mut members: Vec<Country> = Bloc::Celac.members().to_vec();
    members.sort_by_key(|c| country_name(*c));
    let rows = members
        .iter()
        .map(|&c| {
            // One item per thing and role, with its status; a thing the member has several
            // roles in is listed once per role.
            let mut parts: Vec<(Link, String, bool)> = Vec::new();
            for i in ctx.involvements.iter().filter(|i| i.country == c) {
                let role = i.role.map(|r| code("role", r.as_ref()));
                let status = code("status", i.status.as_ref());
                let how = match role {
                    Some(r) => format!("{r}, {status}"),
                    None => status,
                };
                let link = ctx.link(&i.subject);
                if !parts.iter().any(|(l, h, _)| l.href == link.href && *h == how) {
                    parts.push((link, how, i.status.is_active()));
                }
            }
            let (state, state_text) = state(c);
            MemberRow {
                iso: c.alpha2().to_ascii_lowercase(),
                name: country_name(c).to_owned(),
                href: ctx.country_url(c),
                other_name: other_name(c),
                state,
                state_text,
                parts,
            }
        })
        .collect();
    let (view_box, shapes) = map::shapes();
    let shapes = shapes
        .into_iter()
        .map(|s| {
            let country = Country::from_code(&s.iso);
            let member = country.filter(|c| c.is_member(Bloc::Celac));
            let class = member.map_or("other", |c| state(c).0);
            MapShape {
                name: country.map_or_else(|| s.iso.clone(), |c| country_name(c).to_owned()),
                state_text: member.map_or_else(|| i18n::t("celac.state.other"), |c| state(c).1),
                class,
                href: member.and_then(|c| ctx.country_url(c)),
                iso: s.iso,
                d: s.d,
                circle: s.circle,
            }
        })
        .collect();
    // In a sentence, the short name ("Venezuela", not "Venezuela, Bolivarian Republic of").
    let names = |list: &[Country]| {
        let mut v: Vec<&str> = list
            .iter()
            .map(|&c| if i18n::current() == i18n::Lang::En { c.common_name() } else { country_name(c) })
            .collect();
        v.sort_unstable();
        v.join(", ")
    };
    let prospects: Vec<Country> = coverage.prospective_only.iter().map(|(c, _)| *c).collect();
    let n = |k: usize| k.to_string();
    let summary = i18n::tr(
        "celac.summary",
        &[
            ("active", &n(coverage.active.len())),
            ("prospective", &n(prospects.len())),
            ("prospects", &names(&prospects)),
            ("absent", &n(coverage.unnamed.len())),
        ],
    );
    let unnamed = i18n::tr("celac.unnamed", &[("n", &n(coverage.unnamed.len())), ("names", &names(&coverage.unnamed))]);
    let mut page = PageMeta::new(ctx, i18n::t("celac.title"), "celac.html", "celac.html");
    page.toc = vec![
        ("map-heading".to_owned(), i18n::t("celac.map").to_owned()),
        ("members-heading".to_owned(), i18n::t("celac.members").to_owned()),
    ];
    let page = Celac {
        page,
        view_box,
        shapes,
        rows,
        summary,
        unnamed,
        claims: coverage
            .bloc_claims
            .iter()
            .map(|c| (ctx.link(&c.subject), c.label.to_owned(), crate::text::plain(c.source.quote())))
            .collect(),
    };
    emit(site, "celac.html", &page)
}

fn programmes(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let roots: Vec<Ref> = ctx
        .d
        .records()
        .filter(|(k, _, _)| has_page(*k))
        .map(|(k, id, _)| Ref::new(k, id.clone()))
        .filter(|r| ctx.index.parent_of(r).is_none_or(|p| !has_page(p.kind)))
        .collect();
    let groups: [(&str, &str, &[RecordKind]); 5] = [
        ("programmes.group.programmes", "programmes", &[RecordKind::Programme]),
        (
            "programmes.group.bodies",
            "bodies",
            &[
                RecordKind::Committee,
                RecordKind::Network,
                RecordKind::WorkingGroup,
                RecordKind::TaskForce,
                RecordKind::WorkArea,
                RecordKind::BorderArea,
                RecordKind::Operation,
                RecordKind::Project,
                RecordKind::Phase,
            ],
        ),
        ("programmes.group.events", "events", &[RecordKind::Event]),
        ("programmes.group.documents", "documents", &[RecordKind::Document]),
        ("programmes.group.organisations", "organisations", &[RecordKind::Organisation, RecordKind::Instrument]),
    ];
    let sections = groups
        .iter()
        .map(|(title, id, kinds)| {
            let mut toks = vec![Tok::Open];
            for r in roots.iter().filter(|r| kinds.contains(&r.kind)) {
                tree(ctx, r, &mut toks, 0);
            }
            toks.push(Tok::Close);
            TreeSection { title: i18n::t(title).to_owned(), id: (*id).to_owned(), tree: toks }
        })
        .filter(|s| s.tree.len() > 2)
        .collect();
    let page = Programmes {
        page: PageMeta::new(ctx, i18n::t("programmes.title"), "programmes.html", "programmes.html"),
        sections,
    };
    emit(site, "programmes.html", &page)
}

fn all(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let mut sections: Vec<KindSection> = Vec::new();
    for (kind, id, _) in ctx.d.records() {
        let r = Ref::new(kind, id.clone());
        if sections.last().is_none_or(|s| s.title != labels::kinds(kind)) {
            sections.push(KindSection {
                title: labels::kinds(kind).to_owned(),
                id: format!("kind-{kind}"),
                links: Vec::new(),
                facts: Vec::new(),
            });
        }
        let Some(section) = sections.last_mut() else { continue };
        match fact(ctx, &r, "all.html").filter(|f| f.anchor.is_some()) {
            Some(f) => section.facts.push(f),
            None => section.links.push(ctx.link(&r)),
        }
    }
    let mut page = PageMeta::new(ctx, i18n::t("all.title"), "all.html", "all.html");
    page.toc = sections.iter().map(|s| (s.id.clone(), s.title.clone())).collect();
    let page = All { page, sections };
    emit(site, "all.html", &page)
}

pub fn render(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    countries(ctx, site)?;
    celac(ctx, site)?;
    programmes(ctx, site)?;
    all(ctx, site)
}
