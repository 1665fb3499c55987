//! A page per programme, phase, project, body, operation, event, document, organisation and
//! instrument: where it stands, what the report says of it, who takes part in which role, and
//! every fact about it with its quote.

use std::collections::BTreeSet;

use askama::Template;
use eu_celac_drugs::{DocumentAct, RecordKind, Ref, Role};

use super::tables::{FindingView, finding_view};
use super::{FactView, PageMeta, Part, emit, fact};
use crate::context::{Ctx, Link, QuoteView, has_page};
use crate::dates::human_opt;
use crate::search::names;
use crate::text::{capitalise, words};
use crate::{Error, Site, labels};

#[derive(Template)]
#[template(path = "record.html")]
struct RecordPage {
    page: PageMeta,
    kind: &'static str,
    name: String,
    other_names: Vec<String>,
    crumbs: Vec<Link>,
    programmes: Vec<(Link, String, Option<Link>)>,
    details: Vec<(String, Vec<Part>)>,
    quote: QuoteView,
    said: Vec<FactView>,
    children: Vec<(&'static str, Vec<(Link, String)>)>,
    roles: Vec<(String, Vec<FactView>)>,
    countries: Vec<(Link, String)>,
    facts: Vec<FactView>,
    mentions: Vec<FactView>,
    seizures: Vec<FactView>,
    findings: Vec<FindingView>,
}

fn t(s: impl Into<String>) -> Vec<Part> {
    vec![Part::text(s)]
}

fn l(link: Link) -> Vec<Part> {
    vec![Part::link(link)]
}

fn links(ls: impl IntoIterator<Item = Link>) -> Vec<Part> {
    let mut out = Vec::new();
    for (n, link) in ls.into_iter().enumerate() {
        if n > 0 {
            out.push(Part::text(", "));
        }
        out.push(Part::link(link));
    }
    out
}

/// The fields of a record, as (label, value with links).
fn details(ctx: &Ctx<'_>, r: &Ref) -> Vec<(String, Vec<Part>)> {
    let d = ctx.d;
    let id = r.id.as_str();
    let mut out: Vec<(String, Vec<Part>)> = Vec::new();
    let mut add = |k: &str, v: Vec<Part>| {
        if v.iter().any(|p| !p.text.is_empty()) {
            out.push((k.to_owned(), v));
        }
    };
    let code = |c: String| words(&c);
    let country = |c: eu_celac_drugs::Country| Link {
        href: ctx.country_url(c).unwrap_or_else(|| "countries.html".to_owned()),
        text: c.name_en().to_owned(),
    };
    match r.kind {
        RecordKind::Programme => {
            if let Some(x) = d.programme(id) {
                add("Kind", t(code(x.kind().to_string())));
                add("Launched", t(human_opt(x.launched())));
                add("Period", t(human_opt(x.period())));
            }
        }
        RecordKind::Instrument => {}
        RecordKind::Phase => {
            if let Some(x) = d.phase(id) {
                add("Phase of", l(ctx.link(x.of())));
                add("Number", t(x.ordinal().map(|o| o.to_string()).unwrap_or_default()));
                add("Period", t(human_opt(x.period())));
                add("Status", t(code(x.status().to_string())));
            }
        }
        RecordKind::Project => {
            if let Some(x) = d.project(id) {
                add("Kind", t(code(x.kind().to_string())));
                add("Programme", ctx.link_id(x.programme().as_str()).map(l).unwrap_or_default());
                add("Part of", x.parent().and_then(|p| ctx.link_id(p.as_str())).map(l).unwrap_or_default());
                add("Focus", t(x.focus().unwrap_or_default()));
                add("Launched", t(human_opt(x.launched())));
            }
        }
        RecordKind::Operation => {
            if let Some(x) = d.operation(id) {
                add("Operation of", l(ctx.link(x.of())));
            }
        }
        RecordKind::WorkingGroup => {
            if let Some(x) = d.working_group(id) {
                add("Working group of", l(ctx.link(x.of())));
                add("Status", t(code(x.status().to_string())));
                add("Launched", t(human_opt(x.launched())));
            }
        }
        RecordKind::Network => {
            if let Some(x) = d.network(id) {
                add("Network of", x.of().map(|o| l(ctx.link(o))).unwrap_or_default());
                add("Theme", t(x.theme().unwrap_or_default()));
                add("Status", t(code(x.status().to_string())));
                add("Period", t(human_opt(x.period())));
            }
        }
        RecordKind::Committee => {
            if let Some(x) = d.committee(id) {
                add("Kind", t(code(x.kind().to_string())));
                add("Committee of", x.of().map(|o| l(ctx.link(o))).unwrap_or_default());
                add("Established", t(human_opt(x.established())));
                add("Status", t(code(x.status().to_string())));
            }
        }
        RecordKind::WorkArea => {
            if let Some(x) = d.work_area(id) {
                add("Work area of", l(ctx.link(x.of())));
                add("Number", t(x.ordinal().map(|o| o.to_string()).unwrap_or_default()));
            }
        }
        RecordKind::TaskForce => {
            if let Some(x) = d.task_force(id) {
                add("Task force of", l(ctx.link(x.of())));
                add("Host", x.host().map(|c| l(country(c))).unwrap_or_default());
                add("Where", t(x.location().map(|p| p.name().to_owned()).unwrap_or_default()));
                add("Status", t(code(x.status().to_string())));
            }
        }
        RecordKind::BorderArea => {
            if let Some(x) = d.border_area(id) {
                add("Border area of", l(ctx.link(x.of())));
                add("Countries", links(x.countries().iter().map(|&c| country(c))));
                add("As written", t(x.as_written()));
            }
        }
        RecordKind::Event => {
            if let Some(x) = d.event(id) {
                add("Kind", t(code(x.kind().to_string())));
                add("Number", t(x.ordinal().map(|o| o.to_string()).unwrap_or_default()));
                add("Event of", x.of().map(|o| l(ctx.link(o))).unwrap_or_default());
                add("When", t(human_opt(x.date())));
                add("Where", t(x.places().iter().map(|p| p.name()).collect::<Vec<_>>().join(", ")));
                add("How", t(x.mode().map(|m| code(m.to_string())).unwrap_or_default()));
                add("Status", t(code(x.status().to_string())));
                add("Framing", t(code(x.framing().to_string())));
                for link in x.documents() {
                    if let Some(doc) = ctx.link_id(link.document.as_str()) {
                        add(&capitalise(&code(link.action.to_string())), l(doc));
                    }
                }
            }
        }
        RecordKind::Document => {
            if let Some(x) = d.document(id) {
                add("Kind", t(code(x.kind().to_string())));
                add("Number", t(x.number().map(|n| n.to_string()).unwrap_or_default()));
                add("Date", t(human_opt(x.date())));
                add("Status", t(code(x.status().to_string())));
                for act in d.document_acts(id) {
                    match act {
                        DocumentAct::ByEvent { event, action } => {
                            if let Some(e) = ctx.link_id(event.id().as_str()) {
                                add(&capitalise(&code(action.to_string())), l(e));
                            }
                        }
                        DocumentAct::ByParty(p) => {
                            add(&capitalise(&act.verb().replace('_', " ")), l(ctx.party_link(p.party())));
                        }
                        _ => {}
                    }
                }
            }
        }
        RecordKind::Organisation => {
            if let Some(x) = d.organisation(id) {
                add("Kind", t(code(x.kind().to_string())));
                add("Country", x.country().map(|c| l(country(c))).unwrap_or_default());
                add("Part of", x.parent().and_then(|p| ctx.link_id(p.as_str())).map(l).unwrap_or_default());
            }
        }
        _ => {}
    }
    out
}

fn source_of<'a>(ctx: &Ctx<'a>, r: &Ref) -> Option<&'a eu_celac_drugs::SourceRef> {
    ctx.d.records().find(|(k, id, _)| *k == r.kind && **id == r.id).map(|(_, _, s)| s)
}

fn page(ctx: &Ctx<'_>, r: &Ref) -> Option<RecordPage> {
    let d = ctx.d;
    let id = r.id.as_str();
    let here = Ctx::page_of(id);
    let source = source_of(ctx, r)?;
    let name = ctx.label(r);
    let other_names: Vec<String> = names(d, r).into_iter().filter(|n| *n != name).collect();
    let mut crumbs: Vec<Link> = ctx.index.ancestors(r).filter(|a| has_page(a.kind)).map(|a| ctx.link(&a)).collect();
    crumbs.reverse();
    let programmes = ctx
        .index
        .programme_links(r)
        .into_iter()
        .filter(|p| p.programme.id() != &r.id)
        .map(|p| {
            let link = ctx.link(&Ref::new(RecordKind::Programme, p.programme.id().clone()));
            (link, words(p.attribution.as_ref()), p.via.as_ref().map(|v| ctx.link(v)))
        })
        .collect();
    let facts_of = |refs: Vec<Ref>| refs.iter().filter_map(|x| fact(ctx, x, &here)).collect::<Vec<_>>();
    let said = facts_of(d.statements_of_exactly(id).map(|s| Ref::new(RecordKind::Statement, s.id().clone())).collect());
    let mut children: Vec<(&'static str, Vec<(Link, String)>)> = Vec::new();
    for c in ctx.children.get(id).into_iter().flatten() {
        let when = match c.kind {
            RecordKind::Event => d.event(c.id.as_str()).map(|e| human_opt(e.date())).unwrap_or_default(),
            RecordKind::Phase => d.phase(c.id.as_str()).map(|e| human_opt(e.period())).unwrap_or_default(),
            _ => String::new(),
        };
        let title = labels::kinds(c.kind);
        match children.iter_mut().find(|(k, _)| *k == title) {
            Some((_, v)) => v.push((ctx.link(c), when)),
            None => children.push((title, vec![(ctx.link(c), when)])),
        }
    }
    let roles: BTreeSet<Role> = d.participations_in_exactly(id).map(|p| p.role()).collect();
    let roles = roles
        .into_iter()
        .map(|role| {
            let refs = d
                .participations_in_exactly(id)
                .filter(|p| p.role() == role)
                .map(|p| Ref::new(RecordKind::Participation, p.id().clone()))
                .collect();
            (capitalise(&words(role.as_ref())), facts_of(refs))
        })
        .collect();
    let mut countries: Vec<(Link, String)> = Vec::new();
    for i in &ctx.involvements {
        let within = i.subject == *r || ctx.index.ancestors(&i.subject).any(|a| a == *r);
        let counts = i.programmes.iter().find(|p| p.programme.id() == &r.id);
        let how = if within {
            "directly"
        } else if let Some(p) = counts {
            if p.attribution == eu_celac_drugs::Attribution::Direct { "directly" } else { "indirectly" }
        } else {
            continue;
        };
        let link = Link { href: ctx.country_url(i.country).unwrap_or_default(), text: i.country.name_en().to_owned() };
        match countries.iter_mut().find(|(c, _)| c.href == link.href) {
            Some((_, h)) if h != "directly" && how == "directly" => *h = how.to_owned(),
            Some(_) => {}
            None => countries.push((link, how.to_owned())),
        }
    }
    countries.sort_by(|a, b| a.0.text.cmp(&b.0.text));
    let mut own: Vec<Ref> = Vec::new();
    own.extend(d.budgets().iter().filter(|b| b.of() == r).map(|b| Ref::new(RecordKind::Budget, b.id().clone())));
    own.extend(d.lists().iter().filter(|b| b.of() == r).map(|b| Ref::new(RecordKind::StatedList, b.id().clone())));
    own.extend(d.outcomes().iter().filter(|b| b.of() == r).map(|b| Ref::new(RecordKind::Outcome, b.id().clone())));
    own.extend(d.relations().iter().filter(|b| b.from() == r).map(|b| Ref::new(RecordKind::Relation, b.id().clone())));
    let facts = facts_of(own);
    let mut other: Vec<Ref> = Vec::new();
    other.extend(d.relations().iter().filter(|b| b.to() == r).map(|b| Ref::new(RecordKind::Relation, b.id().clone())));
    other.extend(d.statements_about_exactly(id).map(|s| Ref::new(RecordKind::Statement, s.id().clone())));
    let mentions = facts_of(other);
    let seizures = facts_of(
        d.seizures()
            .iter()
            .filter(|s| s.programme() == Some(&r.id) || s.project() == Some(&r.id) || s.operation() == Some(&r.id))
            .map(|s| Ref::new(RecordKind::Seizure, s.id().clone()))
            .collect(),
    );
    let findings = ctx
        .findings
        .iter()
        .filter(|f| f.records.iter().any(|x| x == r || ctx.owner(x.id.as_str()) == Some(r)))
        .map(|f| finding_view(ctx, f))
        .collect();
    let mut meta = PageMeta::new(ctx, name.clone(), "../", "programmes.html");
    meta.description = format!(
        "{} ({}) in the report: {}",
        name,
        labels::kind(r.kind),
        crate::text::excerpt(&crate::text::plain(source.quote()), 160)
    );
    Some(RecordPage {
        page: meta,
        kind: labels::kind(r.kind),
        name,
        other_names,
        crumbs,
        programmes,
        details: details(ctx, r),
        quote: ctx.quote(id, source),
        said,
        children,
        roles,
        countries,
        facts,
        mentions,
        seizures,
        findings,
    })
}

pub fn render(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    for (kind, id, _) in ctx.d.records() {
        if !has_page(kind) {
            continue;
        }
        let r = Ref::new(kind, id.clone());
        if let Some(p) = page(ctx, &r) {
            emit(site, &Ctx::page_of(id.as_str()), &p)?;
        }
    }
    Ok(())
}
