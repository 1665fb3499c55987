//! Section III.A, second bullet: the COLIBRI project under the GIFP (Monitoring and Controlling
//! General Aviation along the Cocaine Route) — its implementer, the Geoportal and its
//! trainings, the 4th expert coordination meeting, the e-learning programme, its handbooks,
//! its partners, the countries it covers and its scoping missions.

use std::borrow::Cow::Borrowed as B;

use super::dsl::{count, country_part, early, id, in_country, month, noted, on, org_part, r, since, some, src, t};
use crate::Completeness::{Complete, Unlisted};
use crate::Country::{AR, BR, CI, CO, CV, DO, GM, ML, MR, NG, PE, PY, SN, UY};
use crate::DocumentAction::{Finalised, Produced};
use crate::EventKind::{Launch, Meeting, Mission, Publication, Training};
use crate::Framing::{Activity, Background};
use crate::Qualifier::Exact;
use crate::RecordKind::{Event as EventRef, Participation as ParticipationRef, Project as ProjectRef};
use crate::Role::{Host, Implementer, InScope, Partner};
use crate::Status::{Active, Completed};
use crate::data::Section2021_2022::Colibri;
use crate::{
    Country, Document, DocumentKind, DocumentLink, Event, List, Mode, Participation, Project, ProjectKind, SourceRef,
    StatedList,
};

const COLIBRI: crate::Ref = r(ProjectRef, "colibri");

// "The COLIBRI project (Monitoring and Controlling General Aviation along the Cocaine Route),
// launched in early 2019 and implemented by the World Customs Organisation, …"

pub(super) const PROJECTS: List<Project> = B(&[Project {
    id: id("colibri"),
    programme: id("gifp"),
    parent: None,
    kind: ProjectKind::Project,
    ordinal: None,
    // The report gives the project's short name, COLIBRI, with its long title in brackets;
    // like AIRCOP's, the long form is the name and the short one the acronym.
    name: t("Monitoring and Controlling General Aviation along the Cocaine Route"),
    acronym: some("COLIBRI"),
    aliases: B(&[]),
    focus: some("improving security in the general aviation sector, specifically targeting secondary aerodromes"),
    launched: on(early(2019)),
    source: src(
        Colibri,
        "The COLIBRI project (Monitoring and Controlling General Aviation along the Cocaine Route)**, launched in early 2019 and implemented by the World Customs Organisation, focuses on improving security in the general aviation sector, specifically targeting secondary aerodromes.",
    ),
}]);

// "COLIBRI launched its Geoportal, … In June 2021 it organised an online “Train the trainers”
// course … and held its 4th expert coordination meeting. COLIBRI also launched its e-learning
// training programme and finalised the Technical Handbook …"
// "The project started in January 2019 and has conducted scoping missions …"
// "Following the launch of the COLIBRI geoportal in early 2021, trainings were organised and a
// training handbook was produced."

const LATIN_AMERICA: SourceRef = src(
    Colibri,
    "has conducted scoping missions in all the Latin American countries covered: Brazil, Peru, Colombia, Argentina, Uruguay, Paraguay, and the Dominican Republic",
);

// "Nigeria Senegal" has no comma between the two names: read as two countries.
const AFRICA: SourceRef = noted(
    Colibri,
    "and in West and Central Africa: Cabo Verde, Cote d’Ivoire, Gambia, Mali, Mauritania, Nigeria Senegal.",
    "'Nigeria Senegal' (no comma) read as two countries, Nigeria and Senegal: seven countries in all. All seven lie in West Africa, none in Central Africa, though the report says 'West and Central Africa'.",
);

const AFTER_GEOPORTAL: &str = "Dated only as following the launch of the COLIBRI geoportal in early 2021: recorded as an open period from early 2021, with no end.";

pub(super) const EVENTS: List<Event> = B(&[
    // "launched in early 2019" is the project's launch date; "started in January 2019" is kept
    // here, as stated.
    Event {
        id: id("colibri.start"),
        kind: Launch,
        ordinal: None,
        name: t("The project started"),
        of: Some(COLIBRI),
        date: on(month(2019, 1)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Background,
        documents: B(&[]),
        source: noted(
            Colibri,
            "The project started in January 2019",
            "The report dates the project both 'launched in early 2019' (kept as the project's launch date) and 'started in January 2019' (kept here); each is kept as stated.",
        ),
    },
    // The Geoportal's launch is told twice: undated ("COLIBRI launched its Geoportal, a new tool
    // for General Aviation …") and dated ("the launch of the COLIBRI geoportal in early 2021").
    Event {
        id: id("colibri.geoportal-launch"),
        kind: Launch,
        ordinal: None,
        name: t("launch of the COLIBRI geoportal"),
        of: Some(COLIBRI),
        date: on(early(2021)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Activity,
        documents: B(&[]),
        source: noted(
            Colibri,
            "Following the launch of the COLIBRI geoportal in early 2021",
            "Read as the same launch as 'COLIBRI launched its Geoportal, a new tool for General Aviation aimed to enhance international cooperation and intelligence sharing among law enforcement agencies', which the report gives without a date.",
        ),
    },
    Event {
        id: id("colibri.train-the-trainers"),
        kind: Training,
        ordinal: None,
        name: t("online “Train the trainers” course on the use of the Geoportal and its features"),
        of: Some(COLIBRI),
        date: on(month(2021, 6)),
        places: B(&[]),
        mode: Some(Mode::Virtual),
        status: Completed,
        framing: Activity,
        documents: B(&[]),
        source: src(
            Colibri,
            "In June 2021 it organised an online “Train the trainers” course on the use of the Geoportal and its features",
        ),
    },
    // "In June 2021" is read as dating both clauses of the sentence ("it organised … and held").
    Event {
        id: id("colibri.expert-meeting-4"),
        kind: Meeting,
        ordinal: Some(4),
        name: t("4th expert coordination meeting"),
        of: Some(COLIBRI),
        date: on(month(2021, 6)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Activity,
        documents: B(&[]),
        source: noted(
            Colibri,
            "In June 2021 it organised an online “Train the trainers” course on the use of the Geoportal and its features and held its 4th expert coordination meeting.",
            "'In June 2021' is read as dating both clauses of the sentence (one subject, 'it', with two coordinated verbs, 'organised … and held'): the 4th expert coordination meeting is dated June 2021. 'online' qualifies the course only, so no mode is recorded for the meeting.",
        ),
    },
    Event {
        id: id("colibri.e-learning-launch"),
        kind: Launch,
        ordinal: None,
        name: t("launch of its e-learning training programme"),
        of: Some(COLIBRI),
        date: None,
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Activity,
        documents: B(&[]),
        source: src(Colibri, "COLIBRI also launched its e-learning training programme"),
    },
    Event {
        id: id("colibri.technical-handbook"),
        kind: Publication,
        ordinal: None,
        name: t("finalised the Technical Handbook on Monitoring and Controlling General Aviation"),
        of: Some(COLIBRI),
        date: None,
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Activity,
        documents: B(&[DocumentLink::lit("doc.colibri-technical-handbook", Finalised)]),
        source: src(
            Colibri,
            "COLIBRI also launched its e-learning training programme and finalised the Technical Handbook on Monitoring and Controlling General Aviation.",
        ),
    },
    // The missions are told as what the project has done since it started: background.
    Event {
        id: id("colibri.scoping-missions.latin-america"),
        kind: Mission,
        ordinal: None,
        name: t("scoping missions in all the Latin American countries covered"),
        of: Some(COLIBRI),
        date: None,
        places: B(&[
            in_country("Brazil", BR),
            in_country("Peru", PE),
            in_country("Colombia", CO),
            in_country("Argentina", AR),
            in_country("Uruguay", UY),
            in_country("Paraguay", PY),
            in_country("Dominican Republic", DO),
        ]),
        mode: None,
        status: Completed,
        framing: Background,
        documents: B(&[]),
        source: LATIN_AMERICA,
    },
    Event {
        id: id("colibri.scoping-missions.africa"),
        kind: Mission,
        ordinal: None,
        name: t("scoping missions in West and Central Africa"),
        of: Some(COLIBRI),
        date: None,
        places: B(&[
            in_country("Cabo Verde", CV),
            in_country("Cote d’Ivoire", CI),
            in_country("Gambia", GM),
            in_country("Mali", ML),
            in_country("Mauritania", MR),
            in_country("Nigeria", NG),
            in_country("Senegal", SN),
        ]),
        mode: None,
        status: Completed,
        framing: Background,
        documents: B(&[]),
        source: AFRICA,
    },
    Event {
        id: id("colibri.trainings"),
        kind: Training,
        ordinal: None,
        name: t("trainings"),
        of: Some(COLIBRI),
        date: since(early(2021)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Activity,
        documents: B(&[]),
        source: noted(
            Colibri,
            "Following the launch of the COLIBRI geoportal in early 2021, trainings were organised",
            AFTER_GEOPORTAL,
        ),
    },
    Event {
        id: id("colibri.training-handbook"),
        kind: Publication,
        ordinal: None,
        name: t("a training handbook was produced"),
        of: Some(COLIBRI),
        date: since(early(2021)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Activity,
        documents: B(&[DocumentLink::lit("doc.colibri-training-handbook", Produced)]),
        source: noted(
            Colibri,
            "Following the launch of the COLIBRI geoportal in early 2021, trainings were organised and a training handbook was produced.",
            AFTER_GEOPORTAL,
        ),
    },
]);

pub(super) const DOCUMENTS: List<Document> = B(&[
    Document {
        id: id("doc.colibri-technical-handbook"),
        kind: DocumentKind::Handbook,
        title: t("Technical Handbook on Monitoring and Controlling General Aviation"),
        number: None,
        date: None,
        status: Completed,
        source: src(Colibri, "finalised the Technical Handbook on Monitoring and Controlling General Aviation"),
    },
    Document {
        id: id("doc.colibri-training-handbook"),
        kind: DocumentKind::Handbook,
        title: t("training handbook"),
        number: None,
        date: None,
        status: Completed,
        source: src(Colibri, "a training handbook was produced"),
    },
]);

// "Brazil, Peru, Colombia, Argentina, Uruguay and the Dominican Republic are partners in the
// project, along with nine West African countries."

const PARTNERS: SourceRef = src(
    Colibri,
    "Brazil, Peru, Colombia, Argentina, Uruguay and the Dominican Republic are partners in the project, along with nine West African countries.",
);

const fn partner(key: &'static str, country: Country, as_written: &'static str) -> Participation {
    country_part(key, country, as_written, COLIBRI, Partner, Active, PARTNERS)
}

const fn covered(key: &'static str, country: Country, as_written: &'static str) -> Participation {
    country_part(key, country, as_written, COLIBRI, InScope, Active, LATIN_AMERICA)
}

const fn host_la(key: &'static str, country: Country, as_written: &'static str) -> Participation {
    country_part(
        key,
        country,
        as_written,
        r(EventRef, "colibri.scoping-missions.latin-america"),
        Host,
        Completed,
        LATIN_AMERICA,
    )
}

const fn host_africa(key: &'static str, country: Country, as_written: &'static str) -> Participation {
    country_part(key, country, as_written, r(EventRef, "colibri.scoping-missions.africa"), Host, Completed, AFRICA)
}

pub(super) const PARTICIPATIONS: List<Participation> = B(&[
    org_part(
        "colibri.implementer.wco",
        "wco",
        "World Customs Organisation",
        COLIBRI,
        Implementer,
        Active,
        src(Colibri, "launched in early 2019 and implemented by the World Customs Organisation"),
    ),
    // Partners.
    partner("colibri.partner.br", BR, "Brazil"),
    partner("colibri.partner.pe", PE, "Peru"),
    partner("colibri.partner.co", CO, "Colombia"),
    partner("colibri.partner.ar", AR, "Argentina"),
    partner("colibri.partner.uy", UY, "Uruguay"),
    partner("colibri.partner.do", DO, "the Dominican Republic"),
    // The Latin American countries covered (Paraguay among them, though not among the partners).
    covered("colibri.scope.br", BR, "Brazil"),
    covered("colibri.scope.pe", PE, "Peru"),
    covered("colibri.scope.co", CO, "Colombia"),
    covered("colibri.scope.ar", AR, "Argentina"),
    covered("colibri.scope.uy", UY, "Uruguay"),
    covered("colibri.scope.py", PY, "Paraguay"),
    covered("colibri.scope.do", DO, "the Dominican Republic"),
    // Where the scoping missions were conducted: Latin America.
    host_la("colibri.scoping-missions.latin-america.host.br", BR, "Brazil"),
    host_la("colibri.scoping-missions.latin-america.host.pe", PE, "Peru"),
    host_la("colibri.scoping-missions.latin-america.host.co", CO, "Colombia"),
    host_la("colibri.scoping-missions.latin-america.host.ar", AR, "Argentina"),
    host_la("colibri.scoping-missions.latin-america.host.uy", UY, "Uruguay"),
    host_la("colibri.scoping-missions.latin-america.host.py", PY, "Paraguay"),
    host_la("colibri.scoping-missions.latin-america.host.do", DO, "the Dominican Republic"),
    // Where the scoping missions were conducted: West and Central Africa.
    host_africa("colibri.scoping-missions.africa.host.cv", CV, "Cabo Verde"),
    host_africa("colibri.scoping-missions.africa.host.ci", CI, "Cote d’Ivoire"),
    host_africa("colibri.scoping-missions.africa.host.gm", GM, "Gambia"),
    host_africa("colibri.scoping-missions.africa.host.ml", ML, "Mali"),
    host_africa("colibri.scoping-missions.africa.host.mr", MR, "Mauritania"),
    host_africa("colibri.scoping-missions.africa.host.ng", NG, "Nigeria"),
    host_africa("colibri.scoping-missions.africa.host.sn", SN, "Senegal"),
]);

pub(super) const LISTS: List<StatedList> = B(&[
    StatedList {
        id: id("colibri.partners"),
        of: COLIBRI,
        label: t("partners in the project"),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(ParticipationRef, "colibri.partner.br"),
            r(ParticipationRef, "colibri.partner.pe"),
            r(ParticipationRef, "colibri.partner.co"),
            r(ParticipationRef, "colibri.partner.ar"),
            r(ParticipationRef, "colibri.partner.uy"),
            r(ParticipationRef, "colibri.partner.do"),
        ]),
        source: noted(
            Colibri,
            "Brazil, Peru, Colombia, Argentina, Uruguay and the Dominican Republic are partners in the project, along with nine West African countries.",
            "The six named partners are listed here; the 'nine West African countries' the sentence adds are a count with no names, kept as the separate list colibri.partners-west-africa.",
        ),
    },
    StatedList {
        id: id("colibri.partners-west-africa"),
        of: COLIBRI,
        label: t("West African countries"),
        bloc: None,
        completeness: Unlisted,
        count: Some(count(9, Exact)),
        stated: some("nine West African countries"),
        items: B(&[]),
        source: src(Colibri, "are partners in the project, along with nine West African countries"),
    },
    StatedList {
        id: id("colibri.scope"),
        of: COLIBRI,
        label: t("the Latin American countries covered"),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(ParticipationRef, "colibri.scope.br"),
            r(ParticipationRef, "colibri.scope.pe"),
            r(ParticipationRef, "colibri.scope.co"),
            r(ParticipationRef, "colibri.scope.ar"),
            r(ParticipationRef, "colibri.scope.uy"),
            r(ParticipationRef, "colibri.scope.py"),
            r(ParticipationRef, "colibri.scope.do"),
        ]),
        source: LATIN_AMERICA,
    },
    StatedList {
        id: id("colibri.mission-countries-africa"),
        of: COLIBRI,
        label: t("scoping missions in West and Central Africa"),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(ParticipationRef, "colibri.scoping-missions.africa.host.cv"),
            r(ParticipationRef, "colibri.scoping-missions.africa.host.ci"),
            r(ParticipationRef, "colibri.scoping-missions.africa.host.gm"),
            r(ParticipationRef, "colibri.scoping-missions.africa.host.ml"),
            r(ParticipationRef, "colibri.scoping-missions.africa.host.mr"),
            r(ParticipationRef, "colibri.scoping-missions.africa.host.ng"),
            r(ParticipationRef, "colibri.scoping-missions.africa.host.sn"),
        ]),
        source: AFRICA,
    },
]);

/// What this part of the report says in words (aims, focus, mandates, purposes, topics…): one statement per
/// question answered, its text an excerpt of the quote, its `about` the records the words name.
pub(super) const STATEMENTS: crate::List<crate::Statement> = statements::STATEMENTS;

/// The statements, in a module of their own so that their imports stay apart from the records'.
mod statements {
    use std::borrow::Cow::Borrowed as B;

    use crate::RecordKind as K;
    use crate::StatementKind::{Purpose, Topic};
    use crate::data::Section2021_2022::Colibri;
    use crate::data::dsl::{id, noted, r, src, t};
    use crate::{List, Statement};

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("colibri.geoportal.purpose"),
            of: r(K::Event, "colibri.geoportal-launch"),
            kind: Purpose,
            text: t("to enhance international cooperation and intelligence sharing among law enforcement agencies"),
            about: B(&[]),
            source: noted(
                Colibri,
                "COLIBRI launched its Geoportal, a new tool for General Aviation aimed to enhance international cooperation and intelligence sharing among law enforcement agencies.",
                "The Geoportal has no record of its own: what the tool is for is recorded on its launch.",
            ),
        },
        Statement {
            id: id("colibri.train-the-trainers.topic"),
            of: r(K::Event, "colibri.train-the-trainers"),
            kind: Topic,
            text: t("the use of the Geoportal and its features"),
            about: B(&[]),
            source: src(
                Colibri,
                "In June 2021 it organised an online “Train the trainers” course on the use of the Geoportal and its features",
            ),
        },
    ]);
}
