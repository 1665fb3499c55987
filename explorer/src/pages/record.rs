//! A page per programme, phase, project, body, operation, event, document, organisation and
//! instrument: where it stands, what the report says of it, who takes part in which role, and
//! every fact about it with its quote.

use std::collections::BTreeSet;

use askama::Template;
use eu_celac_drugs::{DocumentAct, EventKind, RecordKind, Ref, Role};

use super::findings::{FindingView, finding_view};
use super::{FactView, PageMeta, Part, collapse_repeats, emit, fact};
use crate::context::{CiteView, Ctx, Link, QuoteView, country_name, has_page};
use crate::dates::{human, human_opt};
use crate::i18n::{self, code};
use crate::search::names;
use crate::text::capitalise;
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
    cite: CiteView,
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
            out.push((i18n::t(k).to_owned(), v));
        }
    };
    let country = |c: eu_celac_drugs::Country| Link {
        href: ctx.country_url(c).unwrap_or_else(|| "countries.html".to_owned()),
        text: country_name(c).to_owned(),
    };
    match r.kind {
        RecordKind::Programme => {
            if let Some(x) = d.programme(id) {
                add("field.kind", t(code("programme_kind", x.kind().as_ref())));
                add("field.launched", t(human_opt(x.launched())));
                add("field.period", t(human_opt(x.period())));
            }
        }
        RecordKind::Instrument => {}
        RecordKind::Phase => {
            if let Some(x) = d.phase(id) {
                add("field.phase_of", l(ctx.link(x.of())));
                add("field.number", t(x.ordinal().map(|o| o.to_string()).unwrap_or_default()));
                add("field.period", t(human_opt(x.period())));
                add("field.status", t(code("status", x.status().as_ref())));
            }
        }
        RecordKind::Project => {
            if let Some(x) = d.project(id) {
                add("field.kind", t(code("project_kind", x.kind().as_ref())));
                add("field.programme", ctx.link_id(x.programme().as_str()).map(l).unwrap_or_default());
                add("field.part_of", x.parent().and_then(|p| ctx.link_id(p.as_str())).map(l).unwrap_or_default());
                add("field.focus", t(x.focus().unwrap_or_default()));
                add("field.launched", t(human_opt(x.launched())));
            }
        }
        RecordKind::Operation => {
            if let Some(x) = d.operation(id) {
                add("field.operation_of", l(ctx.link(x.of())));
            }
        }
        RecordKind::WorkingGroup => {
            if let Some(x) = d.working_group(id) {
                add("field.working_group_of", l(ctx.link(x.of())));
                add("field.status", t(code("status", x.status().as_ref())));
                add("field.launched", t(human_opt(x.launched())));
            }
        }
        RecordKind::Network => {
            if let Some(x) = d.network(id) {
                add("field.network_of", x.of().map(|o| l(ctx.link(o))).unwrap_or_default());
                add("field.theme", t(x.theme().unwrap_or_default()));
                add("field.status", t(code("status", x.status().as_ref())));
                add("field.period", t(human_opt(x.period())));
            }
        }
        RecordKind::Committee => {
            if let Some(x) = d.committee(id) {
                add("field.kind", t(code("committee_kind", x.kind().as_ref())));
                add("field.committee_of", x.of().map(|o| l(ctx.link(o))).unwrap_or_default());
                add("field.established", t(human_opt(x.established())));
                add("field.status", t(code("status", x.status().as_ref())));
            }
        }
        RecordKind::WorkArea => {
            if let Some(x) = d.work_area(id) {
                add("field.work_area_of", l(ctx.link(x.of())));
                add("field.number", t(x.ordinal().map(|o| o.to_string()).unwrap_or_default()));
            }
        }
        RecordKind::TaskForce => {
            if let Some(x) = d.task_force(id) {
                add("field.task_force_of", l(ctx.link(x.of())));
                add("field.host", x.host().map(|c| l(country(c))).unwrap_or_default());
                add("field.where", t(x.location().map(|p| p.name().to_owned()).unwrap_or_default()));
                add("field.status", t(code("status", x.status().as_ref())));
            }
        }
        RecordKind::BorderArea => {
            if let Some(x) = d.border_area(id) {
                add("field.border_area_of", l(ctx.link(x.of())));
                add("field.countries", links(x.countries().iter().map(|&c| country(c))));
                add("field.as_written", t(x.as_written()));
            }
        }
        RecordKind::Event => {
            if let Some(x) = d.event(id) {
                add("field.kind", t(code("event_kind", x.kind().as_ref())));
                add("field.number", t(x.ordinal().map(|o| o.to_string()).unwrap_or_default()));
                add("field.event_of", x.of().map(|o| l(ctx.link(o))).unwrap_or_default());
                // What a reader expects of a meeting, said to be missing where the report does
                // not give it, rather than left out.
                let not_stated = || t(i18n::t("common.not_stated"));
                add("field.when", x.date().map_or_else(not_stated, |w| t(human(&w))));
                let places = x.places().iter().map(|p| p.name()).collect::<Vec<_>>().join(", ");
                add("field.where", if places.is_empty() { not_stated() } else { t(places) });
                add("field.how", x.mode().map_or_else(not_stated, |m| t(code("mode", m.as_ref()))));
                if let Some(m) = d.meeting(id) {
                    let chairs = |ps: Vec<&eu_celac_drugs::Participation>| {
                        if ps.is_empty() { not_stated() } else { links(ps.iter().map(|p| ctx.party_link(p.party()))) }
                    };
                    match m.kind() {
                        EventKind::HighLevelMeeting => add("field.co_chairs", chairs(m.co_chairs())),
                        EventKind::TechnicalCommitteeMeeting => add("field.co_presidency", chairs(m.co_presidency())),
                        _ => {}
                    }
                }
                add("field.status", t(code("status", x.status().as_ref())));
                add("field.framing", t(code("framing", x.framing().as_ref())));
                for link in x.documents() {
                    if let Some(doc) = ctx.link_id(link.document.as_str()) {
                        add(&format!("code.document_action.{}", link.action.as_str()), l(doc));
                    }
                }
            }
        }
        RecordKind::Document => {
            if let Some(x) = d.document(id) {
                add("field.kind", t(code("document_kind", x.kind().as_ref())));
                add("field.number", t(x.number().map(|n| n.to_string()).unwrap_or_default()));
                add("field.date", t(human_opt(x.date())));
                add("field.status", t(code("status", x.status().as_ref())));
                for act in d.document_acts(id) {
                    match act {
                        DocumentAct::ByEvent { event, action } => {
                            if let Some(e) = ctx.link_id(event.id().as_str()) {
                                add(&format!("code.document_action_by.{}", action.as_str()), l(e));
                            }
                        }
                        DocumentAct::ByParty(p) => {
                            // The library's verb phrase follows the act's status ("expected to be
                            // signed"); the catalogue has each phrase the report's acts use.
                            let key = format!("doc_verb.{}", act.verb().replace([' ', '-'], "_"));
                            let label = if i18n::catalogue(i18n::Lang::En).contains_key(key.as_str()) {
                                key
                            } else {
                                capitalise(&act.verb())
                            };
                            add(&label, l(ctx.party_link(p.party())));
                        }
                        _ => {}
                    }
                }
            }
        }
        RecordKind::Organisation => {
            if let Some(x) = d.organisation(id) {
                add("field.kind", t(code("organisation_kind", x.kind().as_ref())));
                add("field.country", x.country().map(|c| l(country(c))).unwrap_or_default());
                add("field.part_of", x.parent().and_then(|p| ctx.link_id(p.as_str())).map(l).unwrap_or_default());
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
            (link, code("attribution", p.attribution.as_ref()), p.via.as_ref().map(|v| ctx.link(v)))
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
            (capitalise(&code("role", role.as_ref())), facts_of(refs))
        })
        .collect();
    let mut countries: Vec<(Link, String)> = Vec::new();
    for i in &ctx.involvements {
        let within = i.subject == *r || ctx.index.ancestors(&i.subject).any(|a| a == *r);
        let counts = i.programmes.iter().find(|p| p.programme.id() == &r.id);
        let direct = if within {
            true
        } else if let Some(p) = counts {
            p.attribution == eu_celac_drugs::Attribution::Direct
        } else {
            continue;
        };
        let how = if direct { String::new() } else { code("attribution", "indirect") };
        let link =
            Link { href: ctx.country_url(i.country).unwrap_or_default(), text: country_name(i.country).to_owned() };
        match countries.iter_mut().find(|(c, _)| c.href == link.href) {
            Some((_, h)) if direct => h.clear(),
            Some(_) => {}
            None => countries.push((link, how)),
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
    let mut meta = PageMeta::new(ctx, name.clone(), &here, "programmes.html");
    meta.description = i18n::tr(
        "record.description",
        &[
            ("name", &name),
            ("kind", labels::kind(r.kind)),
            ("quote", &crate::text::excerpt(&crate::text::plain(source.quote()), 160)),
        ],
    );
    let quote = ctx.quote(id, source);
    let cite = ctx.cite(&quote.section, quote.para, &here);
    let mut said = said;
    let mut roles: Vec<(String, Vec<FactView>)> = roles;
    let mut facts = facts;
    let mut seizures = seizures;
    let mut mentions = mentions;
    let mut findings: Vec<FindingView> = findings;
    collapse_repeats(
        std::iter::once(&mut QuoteView { repeat: false, ..quote.clone() })
            .chain(said.iter_mut().map(|f| &mut f.quote))
            .chain(roles.iter_mut().flat_map(|(_, v)| v.iter_mut().map(|f| &mut f.quote)))
            .chain(facts.iter_mut().map(|f| &mut f.quote))
            .chain(seizures.iter_mut().map(|f| &mut f.quote))
            .chain(mentions.iter_mut().map(|f| &mut f.quote))
            .chain(findings.iter_mut().flat_map(|f| f.records.iter_mut().map(|(_, q)| q))),
    );
    let mut toc = Vec::new();
    let mut section = |id: &str, key: &str, any: bool| {
        if any {
            toc.push((id.to_owned(), i18n::t(key).to_owned()));
        }
    };
    section("says", "record.says", true);
    section("said", "record.said", !said.is_empty());
    section("children", "record.children", !children.is_empty());
    section("roles", "record.roles", !roles.is_empty());
    section("countries", "record.countries", !countries.is_empty());
    section("facts", "record.facts", !facts.is_empty());
    section("seizures", "record.seizures", !seizures.is_empty());
    section("mentions", "record.mentions", !mentions.is_empty());
    section("findings", "record.findings", !findings.is_empty());
    if toc.len() > 3 {
        meta.toc = toc;
    }
    Some(RecordPage {
        page: meta,
        kind: labels::kind(r.kind),
        name,
        other_names,
        crumbs,
        programmes,
        details: details(ctx, r),
        quote,
        said,
        children,
        roles,
        countries,
        facts,
        mentions,
        seizures,
        findings,
        cite,
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
