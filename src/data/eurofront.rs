//! Section III.C: EUROFRONT - Support for Integrated Border Management in Latin America, with
//! footnote 8 (the four target border areas): the programme, its two components (the two
//! actions signed off in 2019), the crosscutting topics, the pilot border areas, the partner
//! countries, the consortium, the manager and the supporters, the pillars of Component 1 and
//! what each component did or is doing.

use std::borrow::Cow::Borrowed as B;

use super::dsl::{count, country_part, id, noted, on, org_part, quarter, r, some, src, t, year};
use crate::Completeness::{Complete, Examples};
use crate::Country::{self, AR, BO, BR, CO, EC, ES, IT, LT, PE, PL, PT, PY};
use crate::ProjectKind::{Component, WorkLine};
use crate::Qualifier::Exact;
use crate::RecordKind::{
    BorderArea as BorderAreaRef, Document as DocRef, Participation as PartRef, Programme as ProgrammeRef,
    Project as ProjectRef, WorkArea as WorkAreaRef,
};
use crate::Role::{ConsortiumLeader, ConsortiumPartner, Funder, Manager, Partner, Supporter};
use crate::Status::{Active, Completed, Ongoing, Planned, UnderEstablishment};
use crate::data::Section2021_2022::{Eurofront, Footnote8, OtherInitiatives};
use crate::{
    Bloc, BorderArea, Document, DocumentKind, Event, EventKind, Framing, List, Participation, Programme, ProgrammeKind,
    Project, Relation, RelationKind, StatedList, WorkArea,
};

pub(super) const PROGRAMMES: List<Programme> = B(&[
    // "C. EUROFRONT - Support for Integrated Border Management in Latin America" (heading) and
    // "As EUROFRONT started in the second quarter of 2020" (third paragraph).
    Programme {
        id: id("eurofront"),
        name: t("Support for Integrated Border Management in Latin America"),
        acronym: some("EUROFRONT"),
        aliases: B(&[]),
        kind: ProgrammeKind::Programme,
        launched: on(quarter(2020, 2)),
        period: None,
        source: noted(
            Eurofront,
            "EUROFRONT - Support for Integrated Border Management in Latin America",
            "Start from the third paragraph of III.C: “As EUROFRONT started in the second quarter of 2020, amidst \
             the ongoing COVID-19 pandemic and closed borders, implementation was considerably hampered and \
             delayed.” The first paragraph places the programme “Within the framework of the security \
             development nexus”.",
        ),
    },
]);

pub(super) const PROJECTS: List<Project> = B(&[
    // "EUROFRONT is implemented at four terrestrial pilot border-crossing posts …": the two
    // components. They are the two actions signed off in 2019 (first paragraph), whose areas
    // give each component's focus.
    Project {
        id: id("eurofront.component-1"),
        programme: id("eurofront"),
        parent: None,
        kind: Component,
        ordinal: Some(1),
        name: t("Component 1"),
        acronym: None,
        aliases: B(&[t("first component"), t("EUROFRONT Component 1")]),
        focus: some("integrated border management (IBM)"),
        launched: None,
        source: noted(
            Eurofront,
            "the first component, on IBM, is being implemented by a consortium with FIIAPP as leader and IILA and IOM as partners",
            "Named “EUROFRONT Component 1” and “Component 1” in the fourth and fifth paragraphs. Its focus is the \
             first of the two areas of the actions signed off in 2019: “integrated border management (IBM)”.",
        ),
    },
    Project {
        id: id("eurofront.component-2"),
        programme: id("eurofront"),
        parent: None,
        kind: Component,
        ordinal: Some(2),
        // The report writes "EUROFRONT component 2" in lower case, but "Component 1".
        name: t("component 2"),
        acronym: None,
        aliases: B(&[t("second component"), t("EUROFRONT component 2")]),
        focus: some("the fight against trafficking in human beings and migrant smuggling"),
        launched: None,
        source: noted(
            Eurofront,
            "the second component, on the fight against trafficking in human beings and migrant smuggling, is managed exclusively by IOM",
            "Named “EUROFRONT component 2” (lower-case “component”, whereas the report writes “Component 1”) in \
             the last paragraph of III.C; the name is kept as written there.",
        ),
    },
    // "With regard to Component 1, important efforts were devoted …": lines of work.
    Project {
        id: id("eurofront.component-1.regional-border-management"),
        programme: id("eurofront"),
        parent: Some(id("eurofront.component-1")),
        kind: WorkLine,
        ordinal: None,
        name: t(
            "analyse the current legislation and to effectively introduce border management issues at regional level",
        ),
        acronym: None,
        aliases: B(&[]),
        focus: some("border management issues at regional level, in organisations such as MERCOSUR and CAN"),
        launched: None,
        source: src(
            Eurofront,
            "With regard to Component 1, important efforts were devoted to analyse the current legislation and to effectively introduce border management issues at regional level, in organisations such as MERCOSUR and CAN.",
        ),
    },
    // A future line of work: the report says these actions "will be reinforced" by it (see the
    // relation with status Planned).
    Project {
        id: id("eurofront.component-1.infrastructure"),
        programme: id("eurofront"),
        parent: Some(id("eurofront.component-1")),
        kind: WorkLine,
        ordinal: None,
        name: t("specific improvements at the level of infrastructure"),
        acronym: None,
        aliases: B(&[]),
        focus: None,
        launched: None,
        source: noted(
            Eurofront,
            "These strategic actions will be reinforced through specific improvements at the level of infrastructure.",
            "Future (“will be reinforced”): a Project has no status, so the prospect is carried by the relation \
             rel.eurofront.infrastructure.supports.component-1 (status planned). “These strategic actions” are \
             read as the Component 1 actions of the same paragraph.",
        ),
    },
    // "EUROFRONT component 2 ensured the preparation of extensive diagnostics …": lines of work.
    Project {
        id: id("eurofront.component-2.national-information-systems"),
        programme: id("eurofront"),
        parent: Some(id("eurofront.component-2")),
        kind: WorkLine,
        ordinal: None,
        name: t("assistance to national authorities in the improvement of their national information systems"),
        acronym: None,
        aliases: B(&[]),
        focus: None,
        launched: None,
        source: noted(
            Eurofront,
            "In parallel, efforts are currently focused towards assistance to national authorities in the improvement of their national information systems",
            "Ongoing (“efforts are currently focused”); a Project has no status.",
        ),
    },
]);

pub(super) const WORK_AREAS: List<WorkArea> = B(&[
    // "Within the framework of the security development nexus, two actions …": the crosscutting
    // topics, "in both components". A work area has one owner; they are filed under the
    // programme, with a note.
    crosscutting("eurofront.crosscutting.human-rights", "Human rights"),
    crosscutting("eurofront.crosscutting.gender", "gender"),
    crosscutting("eurofront.crosscutting.good-governance", "good governance"),
    crosscutting("eurofront.crosscutting.rule-of-law", "rule of law"),
    crosscutting("eurofront.crosscutting.fundamental-freedoms", "fundamental freedoms"),
    // "EUROFRONT Component 1 is developed according to the following pillars …"
    WorkArea {
        id: id("eurofront.component-1.pillar-1"),
        of: r(ProjectRef, "eurofront.component-1"),
        ordinal: Some(1),
        name: t("policy strengthening"),
        source: src(Eurofront, "(i) policy strengthening"),
    },
    WorkArea {
        id: id("eurofront.component-1.pillar-2"),
        of: r(ProjectRef, "eurofront.component-1"),
        ordinal: Some(2),
        name: t("institutional strengthening"),
        source: src(Eurofront, "(ii) institutional strengthening"),
    },
    WorkArea {
        id: id("eurofront.component-1.pillar-3"),
        of: r(ProjectRef, "eurofront.component-1"),
        ordinal: Some(3),
        name: t("capacity building"),
        source: src(Eurofront, "(iii) capacity building"),
    },
    WorkArea {
        id: id("eurofront.component-1.pillar-4"),
        of: r(ProjectRef, "eurofront.component-1"),
        ordinal: Some(4),
        name: t("support to technology development"),
        source: src(Eurofront, "(iv) support to technology development"),
    },
]);

pub(super) const BORDER_AREAS: List<BorderArea> = B(&[
    // Footnote 8: "The four target border areas are:"
    BorderArea {
        id: id("eurofront.border.rumichaca"),
        of: r(ProgrammeRef, "eurofront"),
        name: t("Rumichaca"),
        countries: B(&[CO, EC]),
        as_written: t("Colombia-Ecuador"),
        source: src(Footnote8, "Rumichaca (Colombia-Ecuador)"),
    },
    BorderArea {
        id: id("eurofront.border.desaguadero"),
        of: r(ProgrammeRef, "eurofront"),
        name: t("Desaguadero"),
        countries: B(&[PE, BO]),
        as_written: t("Peru-Bolivia"),
        source: src(Footnote8, "Desaguadero (Peru-Bolivia)"),
    },
    BorderArea {
        id: id("eurofront.border.triple-frontera"),
        of: r(ProgrammeRef, "eurofront"),
        name: t("Triple Frontera"),
        countries: B(&[AR, BR, PY]),
        as_written: t("Argentina, Brazil and Paraguay"),
        source: src(Footnote8, "Triple Frontera (Argentina, Brazil and Paraguay)"),
    },
    BorderArea {
        id: id("eurofront.border.aguas-blancas-bermejo"),
        of: r(ProgrammeRef, "eurofront"),
        name: t("Aguas Blancas-Bermejo"),
        countries: B(&[AR, BO]),
        as_written: t("Argentina-Bolivia"),
        source: src(Footnote8, "Aguas Blancas-Bermejo (Argentina-Bolivia)"),
    },
]);

pub(super) const EVENTS: List<Event> = B(&[
    // "Within the framework of the security development nexus, two actions were signed off in 2019 …"
    Event {
        id: id("eurofront.actions-signed-off-2019"),
        kind: EventKind::Signing,
        ordinal: None,
        name: t("two actions were signed off in 2019 under the EUROFRONT programme"),
        of: Some(r(ProgrammeRef, "eurofront")),
        date: on(year(2019)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Background,
        documents: B(&[]),
        source: noted(
            Eurofront,
            "two actions were signed off in 2019 under the EUROFRONT programme",
            "The signing off of the two actions (the two components), recorded as one signing event of 2019, \
             before the reporting period; the report gives no day, place or signatories.",
        ),
    },
    // "With regard to Component 1, …": seminars, training activities, training programme.
    Event {
        id: id("eurofront.component-1.seminars"),
        kind: EventKind::Seminar,
        ordinal: None,
        name: t("Several seminars … on different aspects related to Integrated Border Management"),
        of: Some(r(ProjectRef, "eurofront.component-1")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Ongoing,
        framing: Framing::Activity,
        documents: B(&[]),
        source: src(
            Eurofront,
            "Several seminars and training activities are also ongoing on different aspects related to Integrated Border Management.",
        ),
    },
    Event {
        id: id("eurofront.component-1.training-activities"),
        kind: EventKind::Training,
        ordinal: None,
        name: t("training activities … on different aspects related to Integrated Border Management"),
        of: Some(r(ProjectRef, "eurofront.component-1")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Ongoing,
        framing: Framing::Activity,
        documents: B(&[]),
        source: src(
            Eurofront,
            "Several seminars and training activities are also ongoing on different aspects related to Integrated Border Management.",
        ),
    },
    // "is being currently designed": the design is ongoing, the programme itself is being set up.
    Event {
        id: id("eurofront.component-1.specialised-training-programme"),
        kind: EventKind::Training,
        ordinal: None,
        name: t("specialised training programme"),
        of: Some(r(ProjectRef, "eurofront.component-1")),
        date: None,
        places: B(&[]),
        mode: None,
        status: UnderEstablishment,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            Eurofront,
            "a specialised training programme is being currently designed to strengthen and improve the capacities of professionals on border control issues at any level",
            "Status under establishment: the programme “is being currently designed”, so the design is ongoing \
             and the training has not started.",
        ),
    },
    // "EUROFRONT component 2 ensured …": the technical dialogue, which the report does not call a
    // meeting: an activity.
    Event {
        id: id("eurofront.component-2.technical-dialogue"),
        kind: EventKind::Activity,
        ordinal: None,
        name: t("technical dialogue on trafficking and smuggling at national, binational and regional level"),
        of: Some(r(ProjectRef, "eurofront.component-2")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Ongoing,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            Eurofront,
            "The programme is currently supporting technical dialogue on trafficking and smuggling at national, binational and regional level.",
            "“The programme” is read as acting through component 2: the sentence stands in the paragraph on \
             component 2 and is on its subject, trafficking and smuggling.",
        ),
    },
    // "In parallel, efforts are currently focused towards …": the training plans.
    Event {
        id: id("eurofront.component-2.training-plans"),
        kind: EventKind::Training,
        ordinal: None,
        name: t("the definition and implementation of training plans on these two phenomena"),
        of: Some(r(ProjectRef, "eurofront.component-2")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Ongoing,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            Eurofront,
            "efforts are currently focused towards assistance to national authorities in the improvement of their national information systems, and the definition and implementation of training plans on these two phenomena.",
            "Ongoing: “efforts are currently focused”. “these two phenomena” are read as trafficking and \
             smuggling, named in the two sentences before.",
        ),
    },
]);

pub(super) const DOCUMENTS: List<Document> = B(&[
    Document {
        id: id("doc.eurofront-guides-and-protocols"),
        kind: DocumentKind::Handbook,
        title: t("Technical guides and protocols"),
        number: None,
        date: None,
        status: Completed,
        source: noted(
            Eurofront,
            "Technical guides and protocols were designed along with national institutions by addressing issues such as documental fraud, profiling, human rights or migratory intelligence, among others.",
            "Designed under Component 1 (the paragraph opens “With regard to Component 1”), with national \
             institutions the report does not name.",
        ),
    },
    Document {
        id: id("doc.eurofront-component-2-diagnostics"),
        kind: DocumentKind::Study,
        title: t("extensive diagnostics on trafficking and smuggling in the four targeted borders"),
        number: None,
        date: None,
        status: Completed,
        source: src(
            Eurofront,
            "EUROFRONT component 2 ensured the preparation of extensive diagnostics on trafficking and smuggling in the four targeted borders.",
        ),
    },
]);

/// A crosscutting topic: "Human rights, gender, and values such as good governance, rule of law
/// and fundamental freedoms, etc. are included as crosscutting topics in both components."
const fn crosscutting(key: &'static str, name: &'static str) -> WorkArea {
    WorkArea {
        id: id(key),
        of: r(ProgrammeRef, "eurofront"),
        ordinal: None,
        name: t(name),
        source: noted(
            Eurofront,
            "Human rights, gender, and values such as good governance, rule of law and fundamental freedoms, etc. are included as crosscutting topics in both components.",
            "A crosscutting topic (or value) of both components; filed under the programme because a work area \
             has one owner.",
        ),
    }
}

/// One of the seven partner countries.
const fn partner(pid: &'static str, country: Country, as_written: &'static str) -> Participation {
    country_part(
        pid,
        country,
        as_written,
        r(ProgrammeRef, "eurofront"),
        Partner,
        Active,
        src(
            Eurofront,
            "involving seven partner countries (Argentina, Bolivia, Brazil, Colombia, Ecuador, Paraguay, and Peru)",
        ),
    )
}

/// One of the EU Member States named as supporting EUROFRONT.
const fn supporter(pid: &'static str, country: Country, as_written: &'static str) -> Participation {
    country_part(
        pid,
        country,
        as_written,
        r(ProgrammeRef, "eurofront"),
        Supporter,
        Active,
        src(Eurofront, "EUROFRONT receives support from the EU Member States (notably ES, IT, PT, PL, and LT)"),
    )
}

pub(super) const PARTICIPATIONS: List<Participation> = B(&[
    // The heading of section III, under which EUROFRONT stands (III.C).
    org_part(
        "eurofront.funder.eu",
        "eu",
        "EU",
        r(ProgrammeRef, "eurofront"),
        Funder,
        Active,
        noted(
            OtherInitiatives,
            "Other EU-funded inter-regional initiatives in which some CELAC countries participate",
            "EUROFRONT stands under this heading (sub-section C): the heading is the report's statement that it is \
             EU-funded. The report gives no amount.",
        ),
    ),
    // "EUROFRONT is implemented at four terrestrial pilot border-crossing posts … involving seven
    // partner countries"
    partner("eurofront.partner.ar", AR, "Argentina"),
    partner("eurofront.partner.bo", BO, "Bolivia"),
    partner("eurofront.partner.br", BR, "Brazil"),
    partner("eurofront.partner.co", CO, "Colombia"),
    partner("eurofront.partner.ec", EC, "Ecuador"),
    partner("eurofront.partner.py", PY, "Paraguay"),
    partner("eurofront.partner.pe", PE, "Peru"),
    // "While the first component, on IBM, is being implemented by a consortium …"
    org_part(
        "eurofront.component-1.consortium-leader.fiiapp",
        "fiiapp",
        "FIIAPP",
        r(ProjectRef, "eurofront.component-1"),
        ConsortiumLeader,
        Ongoing,
        src(Eurofront, "the first component, on IBM, is being implemented by a consortium with FIIAPP as leader"),
    ),
    org_part(
        "eurofront.component-1.consortium-partner.iila",
        "iila",
        "IILA",
        r(ProjectRef, "eurofront.component-1"),
        ConsortiumPartner,
        Ongoing,
        src(
            Eurofront,
            "the first component, on IBM, is being implemented by a consortium with FIIAPP as leader and IILA and IOM as partners",
        ),
    ),
    org_part(
        "eurofront.component-1.consortium-partner.iom",
        "iom",
        "IOM",
        r(ProjectRef, "eurofront.component-1"),
        ConsortiumPartner,
        Ongoing,
        src(
            Eurofront,
            "the first component, on IBM, is being implemented by a consortium with FIIAPP as leader and IILA and IOM as partners",
        ),
    ),
    org_part(
        "eurofront.component-2.manager.iom",
        "iom",
        "IOM",
        r(ProjectRef, "eurofront.component-2"),
        Manager,
        Active,
        src(
            Eurofront,
            "the second component, on the fight against trafficking in human beings and migrant smuggling, is managed exclusively by IOM",
        ),
    ),
    // "Moreover, EUROFRONT receives support from the EU Member States (notably ES, IT, PT, PL, and LT) and FRONTEX."
    supporter("eurofront.supporter.es", ES, "ES"),
    supporter("eurofront.supporter.it", IT, "IT"),
    supporter("eurofront.supporter.pt", PT, "PT"),
    supporter("eurofront.supporter.pl", PL, "PL"),
    supporter("eurofront.supporter.lt", LT, "LT"),
    org_part(
        "eurofront.supporter.frontex",
        "frontex",
        "FRONTEX",
        r(ProgrammeRef, "eurofront"),
        Supporter,
        Active,
        src(
            Eurofront,
            "EUROFRONT receives support from the EU Member States (notably ES, IT, PT, PL, and LT) and FRONTEX",
        ),
    ),
    // "With regard to Component 1, important efforts were devoted … in organisations such as
    // MERCOSUR and CAN": the organisations are where border management issues were introduced,
    // not partners or participants of EUROFRONT; they are linked from a statement of the work
    // line's activity and listed as examples, with no participation.
]);

const K_ORG: crate::RecordKind = crate::RecordKind::Organisation;

pub(super) const LISTS: List<StatedList> = B(&[
    // "Within the framework of the security development nexus, two actions were signed off …"
    StatedList {
        id: id("eurofront.actions"),
        of: r(ProgrammeRef, "eurofront"),
        label: t("two actions … signed off in 2019 under the EUROFRONT programme"),
        bloc: None,
        completeness: Complete,
        count: Some(count(2, Exact)),
        stated: some("two"),
        items: B(&[r(ProjectRef, "eurofront.component-1"), r(ProjectRef, "eurofront.component-2")]),
        source: noted(
            Eurofront,
            "two actions were signed off in 2019 under the EUROFRONT programme",
            "The two actions are read as the two components: the same paragraph speaks of “both components”, \
             and the next of “the first component, on IBM” and “the second component, on the fight against \
             trafficking in human beings and migrant smuggling”, the two areas of the actions.",
        ),
    },
    StatedList {
        id: id("eurofront.crosscutting-topics"),
        of: r(ProgrammeRef, "eurofront"),
        label: t("crosscutting topics in both components"),
        bloc: None,
        completeness: Examples,
        count: None,
        stated: None,
        items: B(&[
            r(WorkAreaRef, "eurofront.crosscutting.human-rights"),
            r(WorkAreaRef, "eurofront.crosscutting.gender"),
            r(WorkAreaRef, "eurofront.crosscutting.good-governance"),
            r(WorkAreaRef, "eurofront.crosscutting.rule-of-law"),
            r(WorkAreaRef, "eurofront.crosscutting.fundamental-freedoms"),
        ]),
        source: noted(
            Eurofront,
            "Human rights, gender, and values such as good governance, rule of law and fundamental freedoms, etc. are included as crosscutting topics in both components.",
            "Examples: “values such as … etc.”",
        ),
    },
    // "EUROFRONT is implemented at four terrestrial pilot border-crossing posts<sup>8</sup> …"
    StatedList {
        id: id("eurofront.border-posts"),
        of: r(ProgrammeRef, "eurofront"),
        label: t("four terrestrial pilot border-crossing posts"),
        bloc: None,
        completeness: Complete,
        count: Some(count(4, Exact)),
        stated: some("four"),
        items: B(&[
            r(BorderAreaRef, "eurofront.border.rumichaca"),
            r(BorderAreaRef, "eurofront.border.desaguadero"),
            r(BorderAreaRef, "eurofront.border.triple-frontera"),
            r(BorderAreaRef, "eurofront.border.aguas-blancas-bermejo"),
        ]),
        source: noted(
            Eurofront,
            "EUROFRONT is implemented at four terrestrial pilot border-crossing posts<sup>8</sup>",
            "The posts are listed in footnote 8, which calls them “target border areas”.",
        ),
    },
    StatedList {
        id: id("eurofront.target-border-areas"),
        of: r(ProgrammeRef, "eurofront"),
        label: t("four target border areas"),
        bloc: None,
        completeness: Complete,
        count: Some(count(4, Exact)),
        stated: some("four"),
        items: B(&[
            r(BorderAreaRef, "eurofront.border.rumichaca"),
            r(BorderAreaRef, "eurofront.border.desaguadero"),
            r(BorderAreaRef, "eurofront.border.triple-frontera"),
            r(BorderAreaRef, "eurofront.border.aguas-blancas-bermejo"),
        ]),
        source: src(Footnote8, "The four target border areas are:"),
    },
    StatedList {
        id: id("eurofront.partners"),
        of: r(ProgrammeRef, "eurofront"),
        label: t("seven partner countries"),
        bloc: None,
        completeness: Complete,
        count: Some(count(7, Exact)),
        stated: some("seven"),
        items: B(&[
            r(PartRef, "eurofront.partner.ar"),
            r(PartRef, "eurofront.partner.bo"),
            r(PartRef, "eurofront.partner.br"),
            r(PartRef, "eurofront.partner.co"),
            r(PartRef, "eurofront.partner.ec"),
            r(PartRef, "eurofront.partner.py"),
            r(PartRef, "eurofront.partner.pe"),
        ]),
        source: src(
            Eurofront,
            "involving seven partner countries (Argentina, Bolivia, Brazil, Colombia, Ecuador, Paraguay, and Peru)",
        ),
    },
    StatedList {
        id: id("eurofront.supporting-member-states"),
        of: r(ProgrammeRef, "eurofront"),
        label: t("EU Member States"),
        bloc: Some(Bloc::Eu),
        completeness: Examples,
        count: None,
        stated: None,
        items: B(&[
            r(PartRef, "eurofront.supporter.es"),
            r(PartRef, "eurofront.supporter.it"),
            r(PartRef, "eurofront.supporter.pt"),
            r(PartRef, "eurofront.supporter.pl"),
            r(PartRef, "eurofront.supporter.lt"),
        ]),
        source: src(Eurofront, "EUROFRONT receives support from the EU Member States (notably ES, IT, PT, PL, and LT)"),
    },
    // "With regard to Component 1, …"
    StatedList {
        id: id("eurofront.component-1.regional-organisations"),
        of: r(ProjectRef, "eurofront.component-1.regional-border-management"),
        label: t("organisations"),
        bloc: None,
        completeness: Examples,
        count: None,
        stated: None,
        items: B(&[r(K_ORG, "mercosur"), r(K_ORG, "can")]),
        source: noted(
            Eurofront,
            "in organisations such as MERCOSUR and CAN",
            "The organisations where Component 1 worked to introduce border management issues at regional level: \
             venues of the work, not stated partners or members of EUROFRONT.",
        ),
    },
    // "EUROFRONT Component 1 is developed according to the following pillars …"
    StatedList {
        id: id("eurofront.component-1.pillars"),
        of: r(ProjectRef, "eurofront.component-1"),
        label: t("pillars of technical assistance"),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(WorkAreaRef, "eurofront.component-1.pillar-1"),
            r(WorkAreaRef, "eurofront.component-1.pillar-2"),
            r(WorkAreaRef, "eurofront.component-1.pillar-3"),
            r(WorkAreaRef, "eurofront.component-1.pillar-4"),
        ]),
        source: src(
            Eurofront,
            "EUROFRONT Component 1 is developed according to the following pillars of technical assistance: (i) policy strengthening; (ii) institutional strengthening; (iii) capacity building; (iv) support to technology development.",
        ),
    },
    // "EUROFRONT component 2 ensured the preparation of extensive diagnostics … in the four targeted borders."
    StatedList {
        id: id("eurofront.component-2.targeted-borders"),
        of: r(ProjectRef, "eurofront.component-2"),
        label: t("four targeted borders"),
        bloc: None,
        completeness: Complete,
        count: Some(count(4, Exact)),
        stated: some("four"),
        items: B(&[
            r(BorderAreaRef, "eurofront.border.rumichaca"),
            r(BorderAreaRef, "eurofront.border.desaguadero"),
            r(BorderAreaRef, "eurofront.border.triple-frontera"),
            r(BorderAreaRef, "eurofront.border.aguas-blancas-bermejo"),
        ]),
        source: noted(
            Eurofront,
            "extensive diagnostics on trafficking and smuggling in the four targeted borders",
            "“the four targeted borders” are read as the four target border areas of footnote 8, which the \
             sentence refers back to without listing them.",
        ),
    },
]);

pub(super) const RELATIONS: List<Relation> = B(&[
    Relation {
        id: id("rel.eurofront-guides-and-protocols.result-of.component-1"),
        from: r(DocRef, "doc.eurofront-guides-and-protocols"),
        kind: RelationKind::ResultOf,
        to: r(ProjectRef, "eurofront.component-1"),
        status: None,
        period: None,
        source: src(
            Eurofront,
            "With regard to Component 1, important efforts were devoted to analyse the current legislation and to effectively introduce border management issues at regional level, in organisations such as MERCOSUR and CAN. Technical guides and protocols were designed along with national institutions",
        ),
    },
    Relation {
        id: id("rel.eurofront-component-2-diagnostics.result-of.component-2"),
        from: r(DocRef, "doc.eurofront-component-2-diagnostics"),
        kind: RelationKind::ResultOf,
        to: r(ProjectRef, "eurofront.component-2"),
        status: None,
        period: None,
        source: src(
            Eurofront,
            "EUROFRONT component 2 ensured the preparation of extensive diagnostics on trafficking and smuggling",
        ),
    },
    Relation {
        id: id("rel.eurofront.infrastructure.supports.component-1"),
        from: r(ProjectRef, "eurofront.component-1.infrastructure"),
        kind: RelationKind::Supports,
        to: r(ProjectRef, "eurofront.component-1"),
        status: Some(Planned),
        period: None,
        source: noted(
            Eurofront,
            "These strategic actions will be reinforced through specific improvements at the level of infrastructure.",
            "“These strategic actions” are read as the Component 1 actions listed in the same paragraph; planned: \
             “will be reinforced”.",
        ),
    },
]);

/// What this part of the report says in words (aims, focus, mandates, purposes, topics…): one statement per
/// question answered, its text an excerpt of the quote, its `about` the records the words name.
pub(super) const STATEMENTS: crate::List<crate::Statement> = statements::STATEMENTS;

/// The statements, in a module of their own so that their imports stay apart from the records'.
mod statements {
    use std::borrow::Cow::Borrowed as B;

    use crate::RecordKind as K;
    use crate::StatementKind::{Aim, Approach, Context, Focus, Progress, Purpose, Topic};
    use crate::data::Section2021_2022::Eurofront;
    use crate::data::dsl::{id, noted, r, src, t};
    use crate::{List, Statement};

    /// The two actions signed off in 2019, and what for.
    const ACTIONS: &str = "Within the framework of the security development nexus, two actions were signed off in 2019 under the EUROFRONT programme to foster intra-Latin American and bi-regional cooperation in the areas of integrated border management (IBM) and the fight against trafficking in human beings and migrant smuggling.";
    /// How EUROFRONT's start went.
    const COVID: &str = "As EUROFRONT started in the second quarter of 2020, amidst the ongoing COVID-19 pandemic and closed borders, implementation was considerably hampered and delayed.";
    /// The technical guides and protocols of Component 1.
    const GUIDES: &str = "Technical guides and protocols were designed along with national institutions by addressing issues such as documental fraud, profiling, human rights or migratory intelligence, among others.";
    /// The seminars and training activities of Component 1.
    const SEMINARS: &str = "Several seminars and training activities are also ongoing on different aspects related to Integrated Border Management.";

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("eurofront.aims"),
            of: r(K::Programme, "eurofront"),
            kind: Aim,
            text: t(
                "to foster intra-Latin American and bi-regional cooperation in the areas of integrated border management (IBM) and the fight against trafficking in human beings and migrant smuggling",
            ),
            about: B(&[]),
            source: src(Eurofront, ACTIONS),
        },
        Statement {
            id: id("eurofront.nexus"),
            of: r(K::Programme, "eurofront"),
            kind: Context,
            text: t("Within the framework of the security development nexus"),
            about: B(&[]),
            source: src(Eurofront, ACTIONS),
        },
        Statement {
            id: id("eurofront.component-1.focus"),
            of: r(K::Project, "eurofront.component-1"),
            kind: Focus,
            text: t("IBM"),
            about: B(&[]),
            source: noted(
                Eurofront,
                "the first component, on IBM",
                "\"IBM\" stands for integrated border management, as the section's first sentence spells it out.",
            ),
        },
        Statement {
            id: id("eurofront.covid"),
            of: r(K::Programme, "eurofront"),
            kind: Context,
            text: t("amidst the ongoing COVID-19 pandemic and closed borders"),
            about: B(&[]),
            source: src(Eurofront, COVID),
        },
        Statement {
            id: id("eurofront.delays"),
            of: r(K::Programme, "eurofront"),
            kind: Progress,
            text: t("implementation was considerably hampered and delayed"),
            about: B(&[]),
            source: src(Eurofront, COVID),
        },
        Statement {
            id: id("eurofront.acceleration"),
            of: r(K::Programme, "eurofront"),
            kind: Progress,
            text: t("with the reopening of borders, EUROFRONT has considerably accelerated its implementation"),
            about: B(&[]),
            source: src(
                Eurofront,
                "Within the last months, with the reopening of borders, EUROFRONT has considerably accelerated its implementation.",
            ),
        },
        Statement {
            id: id("eurofront.component-1.approach"),
            of: r(K::Project, "eurofront.component-1"),
            kind: Approach,
            text: t("developed according to the following pillars of technical assistance"),
            about: B(&[
                r(K::WorkArea, "eurofront.component-1.pillar-1"),
                r(K::WorkArea, "eurofront.component-1.pillar-2"),
                r(K::WorkArea, "eurofront.component-1.pillar-3"),
                r(K::WorkArea, "eurofront.component-1.pillar-4"),
            ]),
            source: src(
                Eurofront,
                "EUROFRONT Component 1 is developed according to the following pillars of technical assistance",
            ),
        },
        Statement {
            id: id("doc.eurofront-guides-and-protocols.focus"),
            of: r(K::Document, "doc.eurofront-guides-and-protocols"),
            kind: Focus,
            text: t("documental fraud, profiling, human rights or migratory intelligence, among others"),
            about: B(&[]),
            source: src(Eurofront, GUIDES),
        },
        Statement {
            id: id("doc.eurofront-guides-and-protocols.approach"),
            of: r(K::Document, "doc.eurofront-guides-and-protocols"),
            kind: Approach,
            text: t("designed along with national institutions"),
            about: B(&[]),
            source: src(Eurofront, GUIDES),
        },
        Statement {
            id: id("eurofront.component-1.seminars.topic"),
            of: r(K::Event, "eurofront.component-1.seminars"),
            kind: Topic,
            text: t("different aspects related to Integrated Border Management"),
            about: B(&[]),
            source: src(Eurofront, SEMINARS),
        },
        Statement {
            id: id("eurofront.component-1.training-activities.topic"),
            of: r(K::Event, "eurofront.component-1.training-activities"),
            kind: Topic,
            text: t("different aspects related to Integrated Border Management"),
            about: B(&[]),
            source: src(Eurofront, SEMINARS),
        },
        Statement {
            id: id("eurofront.component-1.specialised-training-programme.purpose"),
            of: r(K::Event, "eurofront.component-1.specialised-training-programme"),
            kind: Purpose,
            text: t("to strengthen and improve the capacities of professionals on border control issues at any level"),
            about: B(&[]),
            source: src(
                Eurofront,
                "In addition, a specialised training programme is being currently designed to strengthen and improve the capacities of professionals on border control issues at any level.",
            ),
        },
        Statement {
            id: id("doc.eurofront-component-2-diagnostics.focus"),
            of: r(K::Document, "doc.eurofront-component-2-diagnostics"),
            kind: Focus,
            text: t("trafficking and smuggling in the four targeted borders"),
            about: B(&[
                r(K::BorderArea, "eurofront.border.rumichaca"),
                r(K::BorderArea, "eurofront.border.desaguadero"),
                r(K::BorderArea, "eurofront.border.triple-frontera"),
                r(K::BorderArea, "eurofront.border.aguas-blancas-bermejo"),
            ]),
            source: src(
                Eurofront,
                "EUROFRONT component 2 ensured the preparation of extensive diagnostics on trafficking and smuggling in the four targeted borders.",
            ),
        },
        Statement {
            id: id("eurofront.component-2.technical-dialogue.topic"),
            of: r(K::Event, "eurofront.component-2.technical-dialogue"),
            kind: Topic,
            text: t("trafficking and smuggling at national, binational and regional level"),
            about: B(&[]),
            source: src(
                Eurofront,
                "The programme is currently supporting technical dialogue on trafficking and smuggling at national, binational and regional level.",
            ),
        },
        Statement {
            id: id("eurofront.component-2.focus"),
            of: r(K::Project, "eurofront.component-2"),
            kind: Focus,
            text: t(
                "assistance to national authorities in the improvement of their national information systems, and the definition and implementation of training plans on these two phenomena",
            ),
            about: B(&[
                r(K::Project, "eurofront.component-2.national-information-systems"),
                r(K::Event, "eurofront.component-2.training-plans"),
            ]),
            source: noted(
                Eurofront,
                "In parallel, efforts are currently focused towards assistance to national authorities in the improvement of their national information systems, and the definition and implementation of training plans on these two phenomena.",
                "The paragraph is on EUROFRONT component 2, as the records of its work lines read it.",
            ),
        },
    ]);
}
