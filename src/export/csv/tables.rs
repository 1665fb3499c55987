//! The tables of the CSV export, one function per group of tables.

use super::{CsvTable, build, code, day, flag, int, num, opt, reference, req, when};
use crate::model::record::RecordKind;
use crate::{Bloc, Country, Dataset, DocumentLink, Id, Party, Place, Quantity, Record, Section, SourceRef, Text};

const OF_SOURCE: (&[&str], &str, &[&str]) = (&["of_id"], "sources", &["record_id"]);

/// Every table, entities first, then the relation (link) tables.
pub(super) fn all(d: &Dataset) -> Vec<CsvTable> {
    let mut t = vec![countries(), sections(d), report(d), sources(d)];
    t.extend(organisations(d));
    t.extend(programmes(d));
    t.extend(bodies(d));
    t.extend(events(d));
    t.extend(facts(d));
    t.extend(links(d));
    t
}

fn countries() -> CsvTable {
    build(
        "countries",
        "Every ISO 3166-1 entry, with its bloc membership in 2021-2022",
        &["alpha2"],
        &[(&["sovereign"], "countries", &["alpha2"])],
        vec![
            req("alpha2", "ISO 3166-1 alpha-2 code", |c: &Country| c.alpha2().to_owned()),
            req("alpha3", "ISO 3166-1 alpha-3 code", |c: &Country| c.alpha3().to_owned()),
            req("numeric", "ISO 3166-1 numeric code (three digits, a code, not a number)", |c: &Country| {
                c.numeric_str()
            }),
            req("name_en", "English short name (ISO 3166-1)", |c: &Country| c.name_en().to_owned()),
            opt("name_es", "Spanish name (Debian iso-codes)", |c: &Country| c.name_es()),
            flag("celac_member", "Member of CELAC", |c: &Country| c.is_member(Bloc::Celac)),
            flag("eu_member", "Member of the EU in 2021-2022", |c: &Country| c.is_member(Bloc::Eu)),
            flag("territory", "A territory (not a sovereign state)", |c: &Country| c.is_territory()),
            opt("sovereign", "The sovereign state of a territory, where known", |c: &Country| c.sovereign()),
        ],
        Country::ALL,
    )
}

fn sections(d: &Dataset) -> CsvTable {
    let rows: Vec<(usize, &Section)> = d.sections().iter().enumerate().map(|(i, s)| (i + 1, s)).collect();
    build(
        "sections",
        "The report's sections and footnotes, in print order (from the dataset's metadata)",
        &["section"],
        &[(&["parent"], "sections", &["section"])],
        vec![
            req("section", "The section's code", |s: &(usize, &Section)| s.1.code().to_string()),
            int("position", "Its place in print order, from 1", |s: &(usize, &Section)| Some(s.0)),
            req("heading", "The heading the report gives it", |s: &(usize, &Section)| s.1.heading().to_owned()),
            opt("parent", "The section it stands in", |s: &(usize, &Section)| s.1.parent().cloned()),
            flag("footnote", "Whether it is a footnote", |s: &(usize, &Section)| s.1.footnote()),
        ],
        &rows,
    )
}

fn source_cols<'a, R: 'a>(get: impl Fn(&R) -> &SourceRef + Clone + 'a) -> Vec<super::Col<'a, R>> {
    let (g1, g2) = (get.clone(), get.clone());
    vec![
        req("section", "The report section the quote stands in", move |r: &R| g1(r).section().to_string()),
        req("quote", "The verbatim quote", move |r: &R| g2(r).quote().to_owned()),
        opt("note", "How the record reads the quote, where the text allows more than one reading", move |r: &R| {
            get(r).note().map(ToOwned::to_owned)
        }),
    ]
}

fn report(d: &Dataset) -> CsvTable {
    use crate::ReportMeta as M;
    let text = |v: Option<&str>| v.map(str::to_owned);
    let cols = vec![
        req("title", "The report's title", |m: &M| m.title().to_owned()),
        day("period_start", "The first day of the reporting period", |m: &M| Some(m.period_start())),
        day("period_end", "The last day of the reporting period", |m: &M| Some(m.period_end())),
        opt("number", "The Council document number, if it has one", |m: &M| m.number()),
        day("date", "The note's date", |m: &M| m.date()),
        opt("place", "Where the note was issued", move |m: &M| text(m.place())),
        opt("language", "The original language", move |m: &M| text(m.language())),
        opt("from", "The sender", move |m: &M| text(m.from())),
        opt("to", "The addressees", move |m: &M| text(m.to())),
        opt("subject", "The note's subject line", move |m: &M| text(m.subject())),
        opt("adopted_at", "The event that adopted the report", |m: &M| m.adopted_at().cloned()),
        opt("registry_stamp", "The registration stamp on the published copy", move |m: &M| text(m.registry_stamp())),
        opt("dataset_note", "A remark on the dataset by whoever built it (not words of the report)", move |m: &M| {
            text(m.note())
        }),
        opt("section", "The report section where the report states its metadata", |m: &M| {
            m.source().map(|s| s.section().clone())
        }),
        opt("quote", "The verbatim quote", move |m: &M| text(m.source().map(SourceRef::quote))),
        opt("note", "How the metadata reads the quote, where the text allows more than one reading", move |m: &M| {
            text(m.source().and_then(SourceRef::note))
        }),
    ];
    build(
        "report",
        "The report's own metadata (one row); its sections, file codes and citations are in sections, \
         report_file_codes and report_cites",
        &["title"],
        &[(&["adopted_at"], "events", &["id"]), (&["section"], "sections", &["section"])],
        cols,
        [d.meta()],
    )
}

fn sources(d: &Dataset) -> CsvTable {
    let rows: Vec<(RecordKind, &Id, &SourceRef)> = d.records().collect();
    let mut cols = vec![
        req("record_id", "The record's id (unique across all tables)", |r: &(RecordKind, &Id, &SourceRef)| {
            r.1.to_string()
        }),
        code("record_kind", "The kind of record (the table it is in)", |r: &(RecordKind, &Id, &SourceRef)| Some(r.0)),
    ];
    cols.extend(source_cols(|r: &(RecordKind, &Id, &SourceRef)| r.2));
    build(
        "sources",
        "Every record of every table, with the verbatim quote it comes from; the target of references whose kind varies",
        &["record_id"],
        &[(&["section"], "sections", &["section"])],
        cols,
        &rows,
    )
}

fn organisations(d: &Dataset) -> Vec<CsvTable> {
    use crate::{Instrument, Organisation};
    vec![
        build(
            "organisations",
            "Organisations the report names",
            &["id"],
            &[(&["country"], "countries", &["alpha2"]), (&["parent"], "organisations", &["id"])],
            vec![
                req("id", "Id", |o: &Organisation| o.id().to_string()),
                req("name", "Full name, in the first form the report gives it", |o: &Organisation| o.name().to_owned()),
                opt("acronym", "Acronym or short name", |o: &Organisation| o.acronym().map(str::to_owned)),
                code("kind", "Kind of organisation", |o: &Organisation| Some(o.kind())),
                opt("country", "The country of a national body", |o: &Organisation| o.country()),
                opt("parent", "The organisation it is part of", |o: &Organisation| o.parent().cloned()),
            ],
            d.organisations(),
        ),
        build(
            "instruments",
            "Funding instruments",
            &["id"],
            &[],
            vec![
                req("id", "Id", |o: &Instrument| o.id().to_string()),
                req("name", "Name", |o: &Instrument| o.name().to_owned()),
                opt("acronym", "Acronym", |o: &Instrument| o.acronym().map(str::to_owned)),
            ],
            d.instruments(),
        ),
    ]
}

fn programmes(d: &Dataset) -> Vec<CsvTable> {
    use crate::{Budget, Operation, Phase, Programme, Project};
    let mut programme = vec![
        req("id", "Id", |p: &Programme| p.id().to_string()),
        req("name", "Full name", |p: &Programme| p.name().to_owned()),
        opt("acronym", "Acronym", |p: &Programme| p.acronym().map(str::to_owned)),
        code("kind", "Kind of programme", |p: &Programme| Some(p.kind())),
    ];
    programme.extend(when("launched", "When it was launched", |p: &Programme| p.launched()));
    programme.extend(when("period", "The period it runs", |p: &Programme| p.period()));
    let mut phase = vec![req("id", "Id", |p: &Phase| p.id().to_string())];
    phase.extend(reference("of", "What it is a phase of", |p: &Phase| Some(p.of())));
    phase.extend([
        int("ordinal", "Its number", |p: &Phase| p.ordinal()),
        req("name", "Name", |p: &Phase| p.name().to_owned()),
        code("status", "Status", |p: &Phase| Some(p.status())),
    ]);
    phase.extend(when("period", "When it runs", |p: &Phase| p.period()));
    let mut project = vec![
        req("id", "Id", |p: &Project| p.id().to_string()),
        req("programme", "The programme it belongs to", |p: &Project| p.programme().to_string()),
        opt("parent", "The project it is part of", |p: &Project| p.parent().cloned()),
        code("kind", "Kind of unit", |p: &Project| Some(p.kind())),
        int("ordinal", "Its number", |p: &Project| p.ordinal()),
        req("name", "Name", |p: &Project| p.name().to_owned()),
        opt("acronym", "Acronym", |p: &Project| p.acronym().map(str::to_owned)),
        opt("focus", "What it works on", |p: &Project| p.focus().map(str::to_owned)),
    ];
    project.extend(when("launched", "When it was launched", |p: &Project| p.launched()));
    let mut operation = vec![req("id", "Id", |p: &Operation| p.id().to_string())];
    operation.extend(reference("of", "What it ran under", |p: &Operation| Some(p.of())));
    operation.push(req("name", "Name", |p: &Operation| p.name().to_owned()));
    let mut budget = vec![req("id", "Id", |b: &Budget| b.id().to_string())];
    budget.extend(reference("of", "What the money is for", |b: &Budget| Some(b.of())));
    budget.extend([
        code("kind", "What kind of figure it is", |b: &Budget| Some(b.kind())),
        num("amount", "The amount, exact", |b: &Budget| Some(b.amount().amount())),
        req("currency", "ISO 4217 currency code", |b: &Budget| b.amount().currency().code().to_owned()),
        code("qualifier", "The qualifier the report puts on it", |b: &Budget| Some(b.qualifier())),
        req("stated", "The figure as the report writes it", |b: &Budget| b.stated().to_owned()),
    ]);
    budget.extend(when("period", "The period it covers", |b: &Budget| b.period()));
    vec![
        build("programmes", "Programmes and initiatives", &["id"], &[], programme, d.programmes()),
        build("phases", "Phases of programmes, projects and phases", &["id"], &[OF_SOURCE], phase, d.phases()),
        build(
            "projects",
            "Projects, sub-projects, components and lines of work",
            &["id"],
            &[(&["programme"], "programmes", &["id"]), (&["parent"], "projects", &["id"])],
            project,
            d.projects(),
        ),
        build("operations", "Named operations", &["id"], &[OF_SOURCE], operation, d.operations()),
        build("budgets", "Budgets and commitments, exactly as stated", &["id"], &[OF_SOURCE], budget, d.budgets()),
    ]
}

fn place_cols<'a, R: 'a>(get: impl Fn(&R) -> Option<&Place> + Clone + 'a) -> Vec<super::Col<'a, R>> {
    let (g1, g2) = (get.clone(), get.clone());
    vec![
        opt("place", "The place, as the report names it", move |r: &R| g1(r).map(|p| p.name().to_owned())),
        code("place_kind", "What kind of place it is", move |r: &R| g2(r).map(Place::kind)),
        opt("place_country", "The place's country", move |r: &R| get(r).and_then(Place::country)),
    ]
}

fn bodies(d: &Dataset) -> Vec<CsvTable> {
    use crate::{BorderArea, Committee, Network, TaskForce, WorkArea, WorkingGroup};
    let mut wg = vec![req("id", "Id", |x: &WorkingGroup| x.id().to_string())];
    wg.extend(reference("of", "What it belongs to", |x: &WorkingGroup| Some(x.of())));
    wg.extend([
        req("name", "Name", |x: &WorkingGroup| x.name().to_owned()),
        code("status", "Status", |x: &WorkingGroup| Some(x.status())),
    ]);
    wg.extend(when("launched", "When it was launched", |x: &WorkingGroup| x.launched()));
    let mut net = vec![req("id", "Id", |x: &Network| x.id().to_string())];
    net.extend(reference("of", "What it belongs to", |x: &Network| x.of()));
    net.extend([
        req("name", "Name", |x: &Network| x.name().to_owned()),
        opt("acronym", "Acronym", |x: &Network| x.acronym().map(str::to_owned)),
        opt("theme", "Theme", |x: &Network| x.theme().map(str::to_owned)),
        code("status", "Status", |x: &Network| Some(x.status())),
    ]);
    net.extend(when("period", "When it runs", |x: &Network| x.period()));
    let mut com = vec![req("id", "Id", |x: &Committee| x.id().to_string())];
    com.extend(reference("of", "What it belongs to", |x: &Committee| x.of()));
    com.extend([
        code("kind", "Kind of committee", |x: &Committee| Some(x.kind())),
        req("name", "Name", |x: &Committee| x.name().to_owned()),
        opt("acronym", "Acronym", |x: &Committee| x.acronym().map(str::to_owned)),
        code("status", "Status", |x: &Committee| Some(x.status())),
    ]);
    com.extend(when("established", "When it was established", |x: &Committee| x.established()));
    let mut wa = vec![req("id", "Id", |x: &WorkArea| x.id().to_string())];
    wa.extend(reference("of", "What it is a work area of", |x: &WorkArea| Some(x.of())));
    wa.extend([
        int("ordinal", "Its number", |x: &WorkArea| x.ordinal()),
        req("name", "Name", |x: &WorkArea| x.name().to_owned()),
    ]);
    let mut tf = vec![req("id", "Id", |x: &TaskForce| x.id().to_string())];
    tf.extend(reference("of", "What it belongs to", |x: &TaskForce| Some(x.of())));
    tf.extend([
        req("name", "Name", |x: &TaskForce| x.name().to_owned()),
        opt("host", "The host country", |x: &TaskForce| x.host()),
        code("status", "Status", |x: &TaskForce| Some(x.status())),
        opt("as_written", "The name as the report writes it", |x: &TaskForce| x.as_written().map(str::to_owned)),
    ]);
    tf.extend(place_cols(|x: &TaskForce| x.location()));
    let mut ba = vec![req("id", "Id", |x: &BorderArea| x.id().to_string())];
    ba.extend(reference("of", "What it belongs to", |x: &BorderArea| Some(x.of())));
    ba.extend([
        req("name", "Name", |x: &BorderArea| x.name().to_owned()),
        req("as_written", "As the report writes it", |x: &BorderArea| x.as_written().to_owned()),
    ]);
    let country_fk: (&[&str], &str, &[&str]) = (&["host"], "countries", &["alpha2"]);
    let place_fk: (&[&str], &str, &[&str]) = (&["place_country"], "countries", &["alpha2"]);
    vec![
        build("working_groups", "Working groups", &["id"], &[OF_SOURCE], wg, d.working_groups()),
        build("networks", "Networks", &["id"], &[OF_SOURCE], net, d.networks()),
        build("committees", "Committees", &["id"], &[OF_SOURCE], com, d.committees()),
        build("work_areas", "Work areas of committees and components", &["id"], &[OF_SOURCE], wa, d.work_areas()),
        build("task_forces", "Task forces", &["id"], &[OF_SOURCE, country_fk, place_fk], tf, d.task_forces()),
        build(
            "border_areas",
            "Border areas; their countries are in border_area_countries",
            &["id"],
            &[OF_SOURCE],
            ba,
            d.border_areas(),
        ),
    ]
}

fn events(d: &Dataset) -> Vec<CsvTable> {
    use crate::{Document, Event};
    let mut ev = vec![
        req("id", "Id", |x: &Event| x.id().to_string()),
        code("kind", "Kind of event", |x: &Event| Some(x.kind())),
        int("ordinal", "Its number", |x: &Event| x.ordinal()),
        req("name", "Name", |x: &Event| x.name().to_owned()),
    ];
    ev.extend(reference("of", "What it is part of", |x: &Event| x.of()));
    ev.extend(when("date", "When it took place", |x: &Event| x.date()));
    ev.extend([
        code("mode", "In person, virtual or hybrid", |x: &Event| x.mode()),
        code("status", "Status", |x: &Event| Some(x.status())),
        code("framing", "How the report frames it", |x: &Event| Some(x.framing())),
    ]);
    let mut doc = vec![
        req("id", "Id", |x: &Document| x.id().to_string()),
        code("kind", "Kind of document", |x: &Document| Some(x.kind())),
        req("title", "Title", |x: &Document| x.title().to_owned()),
        opt("number", "Council document number, as the report writes it", |x: &Document| x.number()),
    ];
    doc.extend(when("date", "Its date", |x: &Document| x.date()));
    doc.push(code("status", "Status", |x: &Document| Some(x.status())));
    vec![
        build(
            "events",
            "Meetings and other events; places and documents are in event_places and event_documents",
            &["id"],
            &[OF_SOURCE],
            ev,
            d.events(),
        ),
        build("documents", "Documents", &["id"], &[], doc, d.documents()),
    ]
}

fn quantity_cols<'a, R: 'a>(
    prefix: &str,
    what: &str,
    get: impl Fn(&R) -> Option<Quantity> + Clone + 'a,
) -> Vec<super::Col<'a, R>> {
    let (g1, g2, g3, g4) = (get.clone(), get.clone(), get.clone(), get.clone());
    let name = |s: &str| if prefix.is_empty() { s.to_owned() } else { format!("{prefix}_{s}") };
    vec![
        num(&name("value"), &format!("{what}: the figure as stated, exact"), move |r: &R| g1(r).map(|q| q.value())),
        opt(
            &name("unit"),
            &format!("{what}: the unit as stated (t, kg, g, l, piece, count, or an ISO 4217 code)"),
            move |r: &R| g2(r).map(|q| q.unit()),
        ),
        code(&name("qualifier"), &format!("{what}: the qualifier (exact, over, almost, …)"), move |r: &R| {
            g3(r).map(|q| q.qualifier())
        }),
        num(
            &name("normalised_value"),
            &format!("{what}: the figure in its dimension's base unit, exact, where one exists"),
            move |r: &R| g4(r).and_then(|q| q.to_base().ok()).map(|q| q.value()),
        ),
        opt(&name("normalised_unit"), &format!("{what}: the base unit"), move |r: &R| {
            get(r).and_then(|q| q.to_base().ok()).map(|q| q.unit())
        }),
    ]
}

fn facts(d: &Dataset) -> Vec<CsvTable> {
    use crate::{Outcome, Participation, Relation, Seizure, StatedList, Statement};
    let mut part = vec![
        req("id", "Id", |x: &Participation| x.id().to_string()),
        req(
            "party_kind",
            "Whether the party is a country, an organisation or a body of the dataset",
            |x: &Participation| match x.party() {
                Party::Country(_) => "country".to_owned(),
                Party::Organisation(_) => "organisation".to_owned(),
                Party::Body(_) => "body".to_owned(),
            },
        ),
        opt("party_country", "The party, if a country (ISO alpha-2)", |x: &Participation| x.party().country()),
        opt("party_organisation", "The party, if an organisation", |x: &Participation| {
            x.party().organisation().cloned()
        }),
    ];
    part.extend(reference(
        "party_body",
        "The party, if a programme, project or body acting as one",
        |x: &Participation| x.party().body(),
    ));
    part.extend(reference("subject", "What it takes part in", |x: &Participation| Some(x.subject())));
    part.extend([
        code("role", "In which role", |x: &Participation| Some(x.role())),
        code("status", "With which status", |x: &Participation| Some(x.status())),
        int("ordinal", "The order, where the report gives one", |x: &Participation| x.ordinal()),
        req("as_written", "The party's name as the report writes it here", |x: &Participation| {
            x.as_written().to_owned()
        }),
    ]);
    part.extend(when("period", "When", |x: &Participation| x.period()));
    let mut sz = vec![
        req("id", "Id", |x: &Seizure| x.id().to_string()),
        opt(
            "programme",
            "The programme it is attributed to, where the report names no project of it",
            |x: &Seizure| x.programme().cloned(),
        ),
        opt("project", "The project it is attributed to", |x: &Seizure| x.project().cloned()),
        opt("operation", "The operation it is attributed to", |x: &Seizure| x.operation().cloned()),
        req("commodity", "What was seized, as the report writes it", |x: &Seizure| x.commodity().to_owned()),
        code("category", "Category of commodity", |x: &Seizure| Some(x.category())),
        req("stated", "The figure as the report writes it", |x: &Seizure| x.stated().to_owned()),
    ];
    sz.extend(quantity_cols("", "The quantity", |x: &Seizure| Some(x.quantity())));
    sz.push(code("action", "Seized or destroyed", |x: &Seizure| Some(x.action())));
    sz.push(code(
        "credit",
        "Whether the project made the seizure (own) or contributed to it (contribution)",
        |x: &Seizure| Some(x.credit()),
    ));
    sz.extend(when("period", "When", |x: &Seizure| x.period()));
    sz.extend(place_cols(|x: &Seizure| x.place()));
    let mut oc = vec![req("id", "Id", |x: &Outcome| x.id().to_string())];
    oc.extend(reference("of", "What it is a result of", |x: &Outcome| Some(x.of())));
    oc.extend([
        code("kind", "Kind of result", |x: &Outcome| Some(x.kind())),
        code(
            "credit",
            "Whether it is a result of the project it stands under (own) or one the project contributed to (contribution)",
            |x: &Outcome| Some(x.credit()),
        ),
        req("description", "What the report says", |x: &Outcome| x.description().to_owned()),
        opt("stated", "The figure as the report writes it", |x: &Outcome| x.stated().map(str::to_owned)),
    ]);
    oc.extend(quantity_cols("", "The figure", |x: &Outcome| x.quantity()));
    oc.extend(when("period", "When", |x: &Outcome| x.period()));
    oc.extend(place_cols(|x: &Outcome| x.place()));
    let mut sl = vec![req("id", "Id", |x: &StatedList| x.id().to_string())];
    sl.extend(reference("of", "What the list is of", |x: &StatedList| Some(x.of())));
    sl.extend([
        req("label", "What the list is", |x: &StatedList| x.label().to_owned()),
        code("bloc", "The bloc the list counts members of, if any", |x: &StatedList| x.bloc()),
        code("completeness", "Whether the report lists every item", |x: &StatedList| Some(x.completeness())),
        opt("stated", "The count as the report writes it", |x: &StatedList| x.stated().map(str::to_owned)),
    ]);
    sl.extend(quantity_cols("count", "The stated count", |x: &StatedList| x.count()));
    sl.push(int("items", "How many items the report lists (in stated_count_items)", |x: &StatedList| {
        Some(x.items().len())
    }));
    let mut rel = vec![req("id", "Id", |x: &Relation| x.id().to_string())];
    rel.extend(reference("from", "From", |x: &Relation| Some(x.from())));
    rel.push(code("kind", "Kind of relation", |x: &Relation| Some(x.kind())));
    rel.extend(reference("to", "To", |x: &Relation| Some(x.to())));
    rel.push(code("status", "Status", |x: &Relation| x.status()));
    rel.extend(when("period", "When", |x: &Relation| x.period()));
    let mut st = vec![req("id", "Id", |x: &Statement| x.id().to_string())];
    st.extend(reference("of", "What the claim is about", |x: &Statement| Some(x.of())));
    st.extend([
        code("kind", "What question the claim answers (aim, focus, mandate, purpose, topic…)", |x: &Statement| {
            Some(x.kind())
        }),
        req("text", "The answer in the report's own words (an excerpt of the quote in sources)", |x: &Statement| {
            x.text().to_owned()
        }),
    ]);
    let place_fk: (&[&str], &str, &[&str]) = (&["place_country"], "countries", &["alpha2"]);
    vec![
        build(
            "participations",
            "Who takes part in what, in which role, with which status",
            &["id"],
            &[
                (&["party_country"], "countries", &["alpha2"]),
                (&["party_organisation"], "organisations", &["id"]),
                (&["party_body_id"], "sources", &["record_id"]),
                (&["subject_id"], "sources", &["record_id"]),
            ],
            part,
            d.participations(),
        ),
        build(
            "seizures",
            "Seizures and destructions, with the stated figure and the exact normalised figure",
            &["id"],
            &[
                (&["programme"], "programmes", &["id"]),
                (&["project"], "projects", &["id"]),
                (&["operation"], "operations", &["id"]),
                place_fk,
            ],
            sz,
            d.seizures(),
        ),
        build(
            "outcomes",
            "Other results: arrests, persons present…",
            &["id"],
            &[OF_SOURCE, place_fk],
            oc,
            d.outcomes(),
        ),
        build(
            "stated_counts",
            "Lists and counts as the report states them; their items are in stated_count_items",
            &["id"],
            &[OF_SOURCE],
            sl,
            d.lists(),
        ),
        build(
            "relations",
            "Relations between records",
            &["id"],
            &[(&["from_id"], "sources", &["record_id"]), (&["to_id"], "sources", &["record_id"])],
            rel,
            d.relations(),
        ),
        build(
            "statements",
            "What the report says about a record in words: aims, focus, mandates, purposes, topics discussed, scope, circumstance, judgement; the records each concerns are in statement_about",
            &["id"],
            &[OF_SOURCE],
            st,
            d.statements(),
        ),
    ]
}

/// Rows of a link table: the owner's id, the position in the list (from 1), and the value.
fn positions<'a, T: 'a, R: Record + 'a>(
    records: impl IntoIterator<Item = &'a R>,
    items: impl Fn(&'a R) -> &'a [T],
) -> Vec<(&'a Id, usize, &'a T)> {
    records.into_iter().flat_map(|r| items(r).iter().enumerate().map(move |(i, x)| (r.record_id(), i + 1, x))).collect()
}

fn links(d: &Dataset) -> Vec<CsvTable> {
    let mut aliases: Vec<(&Id, usize, &Text)> = Vec::new();
    aliases.extend(positions(d.organisations(), |r| r.aliases()));
    aliases.extend(positions(d.programmes(), |r| r.aliases()));
    aliases.extend(positions(d.projects(), |r| r.aliases()));
    aliases.extend(positions(d.operations(), |r| r.aliases()));
    aliases.extend(positions(d.committees(), |r| r.aliases()));
    let countries = positions(d.border_areas(), |r| r.countries());
    let places = positions(d.events(), |r| r.places());
    let docs = positions(d.events(), |r| r.documents());
    let items = positions(d.lists(), |r| r.items());
    let about = positions(d.statements(), |r| r.about());
    let codes: Vec<(usize, &Text)> = d.meta().file_codes().iter().enumerate().map(|(i, c)| (i + 1, c)).collect();
    let cites: Vec<(usize, &Id)> = d.meta().cites().iter().enumerate().map(|(i, c)| (i + 1, c)).collect();
    let key = ["record_id", "position"];
    macro_rules! owner {
        ($name:literal, $desc:literal) => {
            [
                req($name, $desc, |r: &(&Id, usize, _)| r.0.to_string()),
                int("position", "Position in the list, from 1", |r: &(&Id, usize, _)| Some(r.1)),
            ]
        };
    }
    vec![
        build(
            "aliases",
            "Other forms of names the report uses, verbatim (organisations, programmes, projects, operations, committees)",
            &key,
            &[(&["record_id"], "sources", &["record_id"])],
            owner!("record_id", "The record")
                .into_iter()
                .chain([req("alias", "The form of the name", |r: &(&Id, usize, &Text)| r.2.to_string())])
                .collect(),
            &aliases,
        ),
        build(
            "border_area_countries",
            "The countries of each border area",
            &["border_area", "position"],
            &[(&["border_area"], "border_areas", &["id"]), (&["country"], "countries", &["alpha2"])],
            owner!("border_area", "The border area")
                .into_iter()
                .chain([req("country", "ISO alpha-2", |r: &(&Id, usize, &Country)| r.2.to_string())])
                .collect(),
            &countries,
        ),
        build(
            "event_places",
            "Where each event took place",
            &["event", "position"],
            &[(&["event"], "events", &["id"]), (&["place_country"], "countries", &["alpha2"])],
            owner!("event", "The event").into_iter().chain(place_cols(|r: &(&Id, usize, &Place)| Some(r.2))).collect(),
            &places,
        ),
        build(
            "event_documents",
            "The documents each event acted on",
            &["event", "position"],
            &[(&["event"], "events", &["id"]), (&["document"], "documents", &["id"])],
            owner!("event", "The event")
                .into_iter()
                .chain([
                    req("document", "The document", |r: &(&Id, usize, &DocumentLink)| r.2.document.to_string()),
                    code("action", "What the event did with it", |r: &(&Id, usize, &DocumentLink)| Some(r.2.action)),
                ])
                .collect(),
            &docs,
        ),
        build(
            "stated_count_items",
            "The items each stated list names",
            &["list", "position"],
            &[(&["list"], "stated_counts", &["id"]), (&["item_id"], "sources", &["record_id"])],
            owner!("list", "The list")
                .into_iter()
                .chain(reference("item", "The item", |r: &(&Id, usize, &crate::Ref)| Some(r.2)))
                .collect(),
            &items,
        ),
        build(
            "statement_about",
            "The records each statement concerns (a programme discussed, a document prepared)",
            &["statement", "position"],
            &[(&["statement"], "statements", &["id"]), (&["about_id"], "sources", &["record_id"])],
            owner!("statement", "The statement")
                .into_iter()
                .chain(reference("about", "The record concerned", |r: &(&Id, usize, &crate::Ref)| Some(r.2)))
                .collect(),
            &about,
        ),
        build(
            "report_file_codes",
            "The Council's file codes of the report",
            &["position"],
            &[],
            vec![
                int("position", "Position, from 1", |r: &(usize, &Text)| Some(r.0)),
                req("file_code", "The code", |r: &(usize, &Text)| r.1.to_string()),
            ],
            &codes,
        ),
        build(
            "report_cites",
            "The documents the report cites by Council number",
            &["position"],
            &[(&["document"], "documents", &["id"])],
            vec![
                int("position", "Position, from 1", |r: &(usize, &Id)| Some(r.0)),
                req("document", "The document", |r: &(usize, &Id)| r.1.to_string()),
            ],
            &cites,
        ),
    ]
}
