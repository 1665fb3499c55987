//! Section III.A, MASIF: the monitoring and support project of the Global Illicit Flows
//! Programme, its advice to the European Commission, and its research on the convergence of
//! illicit flows, finalised in 2021 and presented at the 24-hour Conference on Organised Crime.

use std::borrow::Cow::Borrowed as B;

use super::dsl::{id, month, noted, on, r, since, some, src, t, year};
use crate::DocumentAction::{Finalised, Presented};
use crate::RecordKind::{Organisation as OrganisationRef, Programme as ProgrammeRef, Project as ProjectRef};
use crate::RelationKind::{Advises, Supports};
use crate::Status::{Active, Completed};
use crate::data::Section2021_2022::Masif;
use crate::{
    Document, DocumentKind, DocumentLink, Event, EventKind, Framing, List, Project, ProjectKind, Ref, Relation,
    SourceRef,
};

const MASIF: Ref = r(ProjectRef, "masif");

// "Since April 2021, the GIFP is supported by a **specific monitoring and support project, MASIF**, …"

pub(super) const PROJECTS: List<Project> = B(&[Project {
    id: id("masif"),
    programme: id("gifp"),
    parent: None,
    kind: ProjectKind::SupportProject,
    ordinal: None,
    name: t("MASIF"),
    // The report never expands the acronym; the name is the acronym.
    acronym: some("MASIF"),
    aliases: B(&[]),
    focus: some(
        "close monitoring of GIFP projects and improved coordination, coherence and complementarity between them and \
         with other initiatives in the fight against organised crime and drug trafficking",
    ),
    launched: since(month(2021, 4)),
    source: noted(
        Masif,
        "Since April 2021, the GIFP is supported by a **specific monitoring and support project, MASIF**, which \
         ensures close monitoring of GIFP projects and improved coordination, coherence and complementarity between \
         them and with other initiatives in the fight against organised crime and drug trafficking.",
        "The report dates MASIF only by its support of the GIFP, \"Since April 2021\": recorded as the project's \
         start, an open period from April 2021.",
    ),
}]);

pub(super) const RELATIONS: List<Relation> = B(&[
    Relation {
        id: id("rel.masif.supports.gifp"),
        from: MASIF,
        kind: Supports,
        to: r(ProgrammeRef, "gifp"),
        status: Some(Active),
        period: since(month(2021, 4)),
        source: src(
            Masif,
            "Since April 2021, the GIFP is supported by a **specific monitoring and support project, MASIF**, which \
             ensures close monitoring of GIFP projects",
        ),
    },
    // "It also provides the European Commission with advice and analysis on project implementation
    // as well as updates on relevant trends."
    Relation {
        id: id("rel.masif.advises.european-commission"),
        from: MASIF,
        kind: Advises,
        to: r(OrganisationRef, "european-commission"),
        status: Some(Active),
        period: None,
        source: src(
            Masif,
            "It also provides the European Commission with advice and analysis on project implementation as well as \
             updates on relevant trends.",
        ),
    },
]);

// "In 2021, MASIF finalised its research on convergence of illicit flows and presented it …"

const RESEARCH: SourceRef = noted(
    Masif,
    "In 2021, MASIF finalised its research on convergence of illicit flows and presented it focusing on rising \
     polycriminality along the cocaine route during the 24-hour Conference on Organised Crime.",
    "\"In 2021\" is read as governing both verbs, \"finalised\" and \"presented\": the presentation, and so the \
     conference, are dated 2021. The report does not say who organised the conference or where it was held.",
);

pub(super) const DOCUMENTS: List<Document> = B(&[Document {
    id: id("doc.masif-convergence-research"),
    kind: DocumentKind::Study,
    title: t("research on convergence of illicit flows"),
    number: None,
    // Finalised in 2021: the date is on the event masif.convergence-research-2021.
    date: None,
    status: Completed,
    source: src(Masif, "In 2021, MASIF finalised its research on convergence of illicit flows"),
}]);

pub(super) const EVENTS: List<Event> = B(&[
    Event {
        id: id("masif.convergence-research-2021"),
        kind: EventKind::Publication,
        ordinal: None,
        name: t("MASIF finalised its research on convergence of illicit flows"),
        of: Some(MASIF),
        date: on(year(2021)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.masif-convergence-research", Finalised)]),
        source: src(Masif, "In 2021, MASIF finalised its research on convergence of illicit flows"),
    },
    // MASIF "presented it focusing on rising polycriminality along the cocaine route" there. The
    // conference is not said to be MASIF's own, so it belongs to nothing; the model has no
    // "presented" action, so the research is linked as discussed.
    Event {
        id: id("masif.conference-on-organised-crime"),
        kind: EventKind::Conference,
        ordinal: None,
        name: t("24-hour Conference on Organised Crime"),
        of: None,
        date: on(year(2021)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.masif-convergence-research", Presented)]),
        source: RESEARCH,
    },
]);

/// What this part of the report says in words (aims, focus, mandates, purposes, topics…): one statement per
/// question answered, its text an excerpt of the quote, its `about` the records the words name.
pub(super) const STATEMENTS: crate::List<crate::Statement> = statements::STATEMENTS;

/// The statements, in a module of their own so that their imports stay apart from the records'.
mod statements {
    use std::borrow::Cow::Borrowed as B;

    use crate::RecordKind as K;
    use crate::StatementKind::{Mandate, Topic};
    use crate::data::Section2021_2022::Masif;
    use crate::data::dsl::{id, noted, r, src, t};
    use crate::{List, Statement};

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("masif.mandate"),
            of: r(K::Project, "masif"),
            kind: Mandate,
            text: t(
                "ensures close monitoring of GIFP projects and improved coordination, coherence and complementarity between them and with other initiatives in the fight against organised crime and drug trafficking",
            ),
            about: B(&[r(K::Programme, "gifp")]),
            source: src(
                Masif,
                "which ensures close monitoring of GIFP projects and improved coordination, coherence and complementarity between them and with other initiatives in the fight against organised crime and drug trafficking.",
            ),
        },
        Statement {
            id: id("masif.advice"),
            of: r(K::Project, "masif"),
            kind: Mandate,
            text: t(
                "provides the European Commission with advice and analysis on project implementation as well as updates on relevant trends",
            ),
            about: B(&[r(K::Organisation, "european-commission")]),
            source: src(
                Masif,
                "It also provides the European Commission with advice and analysis on project implementation as well as updates on relevant trends.",
            ),
        },
        Statement {
            id: id("masif.conference-on-organised-crime.topic"),
            of: r(K::Event, "masif.conference-on-organised-crime"),
            kind: Topic,
            text: t("rising polycriminality along the cocaine route"),
            about: B(&[r(K::Project, "masif"), r(K::Document, "doc.masif-convergence-research")]),
            source: noted(
                Masif,
                "In 2021, MASIF finalised its research on convergence of illicit flows and presented it focusing on rising polycriminality along the cocaine route during the 24-hour Conference on Organised Crime.",
                "The focus of MASIF's presentation of its research at the Conference: a subject the Conference covered, not its whole agenda.",
            ),
        },
    ]);
}
