//! Section III.B: EL PAcCTO (Europa-Latinoamérica Programa de asistencia contra el crimen
//! transnacional organizado) — the programme, its two sub-projects and its lines of work; the
//! Justice Policy Cycle and the high-level meeting of Justice institutions; IDEAL; the Latin
//! American Internal Security Committee (CLASI), its presidencies and work areas, and the Joint
//! Declaration with the EU of 3 March 2022 (whose number is footnote 7); the consolidation of
//! AMERIPOL; the Regional Team Europe Initiative for Latin America and the Caribbean; and the
//! police and penitentiary cooperation networks of 2021.

use std::borrow::Cow::Borrowed as B;

use super::dsl::{
    city, count, country_part, day, early, id, inferred, month, noted, on, org_part, r, since, some, span, src, t, year,
};
use crate::Completeness::{Complete, Examples, Unlisted};
use crate::Country::{AR, BE, BO, BR, CL, CR, DE, DO, EC, EE, ES, FR, GT, HN, IT, MX, NL, PA, PE, PL, PT, PY, SV, UY};
use crate::DocumentAction::{Adopted, Began, Encouraged, Signed};
use crate::Qualifier::Exact;
use crate::RecordKind as K;
use crate::RelationKind::{ModelledOn, PromotedBy, RelatedTo, ResultOf, SuccessorOf};
use crate::Role::{
    Adopter, Beneficiary, CoLead, Funder, Host, Lead, Member, Organiser, Participant, Partner, Presidency, Sharer,
    Signatory, Speaker, Supporter,
};
use crate::Status::{Active, Applicant, Completed, Expected, Interested, Ongoing, Planned, Potential};
use crate::data::Section2021_2022::{ElPaccto, Footnote7, OtherInitiatives};
use crate::{
    Bloc, Committee, CommitteeKind, Document, DocumentKind, DocumentLink, DocumentRef, DocumentSeries, Event,
    EventKind, Framing, List, Network, Operation, Participation, Party, Programme, ProgrammeKind, Project, ProjectKind,
    Ref, Relation, StatedList, TaskForce, WorkArea,
};

const EL_PACCTO: Ref = r(K::Programme, "el-paccto");
const CLASI: Ref = r(K::Committee, "clasi");
const TEI: Ref = r(K::Programme, "tei-lac");
const TEI_MEETING: Ref = r(K::Event, "tei-lac.launch-meeting");

pub(super) const PROGRAMMES: List<Programme> = B(&[
    // "EL PAcCTO, launched in April 2017, promotes regional and bi-regional cooperation…"
    Programme {
        id: id("el-paccto"),
        name: t("Europa-Latinoamérica Programa de asistencia contra el crimen transnacional organizado"),
        acronym: some("EL PAcCTO"),
        aliases: B(&[]),
        kind: ProgrammeKind::Programme,
        launched: on(month(2017, 4)),
        period: None,
        source: src(
            ElPaccto,
            "EL PAcCTO (Europa-Latinoamérica Programa de asistencia contra el crimen transnacional organizado)** EL PAcCTO, launched in April 2017",
        ),
    },
    // "Under the justice-related actions, the most important achievement so far is the creation
    // of a Justice Policy Cycle…" — no launch date: the text gives the creation both as an
    // achievement "so far" and as the main result of the meeting of 1-2 June 2022 (see the
    // relations below).
    Programme {
        id: id("justice-policy-cycle"),
        name: t("Justice Policy Cycle"),
        acronym: None,
        aliases: B(&[t("Political Cycle of Justice")]),
        kind: ProgrammeKind::PolicyCycle,
        launched: None,
        period: None,
        source: noted(
            ElPaccto,
            "the most important achievement so far is the creation of a Justice Policy Cycle establishing an EU-LA high-level dialogue of justice institutions",
            "The alias “Political Cycle of Justice” comes from the title of the high-level meeting of 1-2 June 2022 (“Towards a shared Political Cycle of Justice between Latin America and the European Union”), whose main result was “the creation of a Justice Policy Cycle”: read as the same cycle. No launch date is recorded: the report presents the creation as an achievement so far and as the main result of that meeting.",
        ),
    },
    // "Launching of the Regional Team Europe Initiative (TEI) for Latin America and the
    // Caribbean (LAC)…" — "31 May" has no year.
    Programme {
        id: id("tei-lac"),
        name: t(
            "Regional Team Europe Initiative for Latin America and the Caribbean: Partnership for Justice and Security",
        ),
        acronym: some("TEI"),
        aliases: B(&[t("regional TEI"), t("TEI for LAC")]),
        kind: ProgrammeKind::TeamEuropeInitiative,
        launched: on(inferred(day(2022, 5, 31))),
        period: None,
        source: noted(
            ElPaccto,
            "Launching of the Regional Team Europe Initiative (TEI) for Latin America and the Caribbean (LAC): Partnership for Justice and Security: the regional TEI was launched on 31 May in Paris",
            "“31 May” is written without a year: 2022 is inferred, as the report covers 1 June 2021 to 31 May 2022 and gives the launch among the period's results (31 May 2021 would fall before the period). The name is written “Regional Team Europe Initiative (TEI) for Latin America and the Caribbean (LAC): Partnership for Justice and Security”; the bracketed abbreviations are kept as the acronym and the alias “TEI for LAC”.",
        ),
    },
]);

pub(super) const PROJECTS: List<Project> = B(&[
    // "EL PAcCTO has also two sub-projects:"
    Project {
        id: id("el-paccto.ameripol-support"),
        programme: id("el-paccto"),
        parent: None,
        kind: ProjectKind::SubProject,
        ordinal: None,
        name: t("EL PAcCTO: Support to AMERIPOL"),
        acronym: None,
        aliases: B(&[]),
        // "to reinforce the legal and technological capabilities of AMERIPOL" is what it aims at:
        // the statement el-paccto.ameripol-support.aim holds it, with its link to AMERIPOL.
        focus: None,
        launched: None,
        source: src(
            ElPaccto,
            "“EL PAcCTO: Support to AMERIPOL”, to reinforce the legal and technological capabilities of AMERIPOL",
        ),
    },
    Project {
        id: id("el-paccto.interpol-fugitives"),
        programme: id("el-paccto"),
        parent: None,
        kind: ProjectKind::SubProject,
        ordinal: None,
        name: t("operational investigations on high profile fugitives with INTERPOL"),
        acronym: None,
        aliases: B(&[]),
        focus: some("operational investigations on high profile fugitives"),
        launched: None,
        source: src(ElPaccto, "operational investigations on high profile fugitives with INTERPOL"),
    },
    // "Under the justice-related actions, …" / "Under the security/law enforcement actions, …"
    // / "Another important area of work under EL PAcCTO is the consolidation of AMERIPOL"
    Project {
        id: id("el-paccto.justice-actions"),
        programme: id("el-paccto"),
        parent: None,
        kind: ProjectKind::WorkLine,
        ordinal: None,
        name: t("justice-related actions"),
        acronym: None,
        aliases: B(&[]),
        focus: None,
        launched: None,
        source: src(ElPaccto, "Under the justice-related actions"),
    },
    Project {
        id: id("el-paccto.security-actions"),
        programme: id("el-paccto"),
        parent: None,
        kind: ProjectKind::WorkLine,
        ordinal: None,
        name: t("security/law enforcement actions"),
        acronym: None,
        aliases: B(&[]),
        focus: None,
        launched: None,
        source: src(ElPaccto, "Under the security/law enforcement actions"),
    },
    Project {
        id: id("el-paccto.ameripol-consolidation"),
        programme: id("el-paccto"),
        parent: None,
        kind: ProjectKind::WorkLine,
        ordinal: None,
        name: t("consolidation of AMERIPOL"),
        acronym: None,
        aliases: B(&[]),
        // "which is advancing towards its institutionalisation" is how it is going, not what it
        // works on: the statement el-paccto.ameripol-consolidation.progress holds it.
        focus: None,
        launched: None,
        source: src(
            ElPaccto,
            "Another important area of work under EL PAcCTO is the **consolidation of AMERIPOL**, which is advancing towards its institutionalisation",
        ),
    },
]);

pub(super) const COMMITTEES: List<Committee> = B(&[
    // "…monitored and followed up by a Follow up Committee, that was established in November 2021"
    Committee {
        id: id("justice-policy-cycle.follow-up-committee"),
        of: Some(r(K::Programme, "justice-policy-cycle")),
        kind: CommitteeKind::FollowUp,
        name: t("Follow up Committee"),
        acronym: None,
        aliases: B(&[]),
        established: on(month(2021, 11)),
        status: Active,
        source: src(
            ElPaccto,
            "defining policy cycles with priority areas to be monitored and followed up by a Follow up Committee, that was established in November 2021",
        ),
    },
    // "An important achievement of the programme is the establishment of the Latin American
    // Internal Security Committee (CLASI)."
    Committee {
        id: id("clasi"),
        of: None,
        kind: CommitteeKind::InternalSecurity,
        name: t("Latin American Internal Security Committee"),
        acronym: some("CLASI"),
        aliases: B(&[t("Latin American Committee on Internal Security")]),
        established: on(day(2022, 3, 2)),
        status: Active,
        source: src(
            ElPaccto,
            "the Latin American Internal Security Committee (CLASI)**. On 2 March 2022, Latin American countries signed in Brussels the political declaration that created the CLASI.",
        ),
    },
    Committee {
        id: id("cosi"),
        of: Some(r(K::Organisation, "eu")),
        kind: CommitteeKind::InternalSecurity,
        name: t("Standing Committee on Operational Cooperation on Internal Security"),
        acronym: some("COSI"),
        aliases: B(&[]),
        established: None,
        status: Active,
        source: src(ElPaccto, "the EU's COSI (Standing Committee on Operational Cooperation on Internal Security)"),
    },
]);

pub(super) const WORK_AREAS: List<WorkArea> = B(&[
    // "CLASI will begin its work focusing on three concrete areas…"
    WorkArea {
        id: id("clasi.drug-trafficking"),
        of: CLASI,
        ordinal: Some(1),
        name: t("Fight against drug trafficking"),
        source: src(
            ElPaccto,
            "Fight against drug trafficking: leader Argentina with co-leadership of Ecuador and El Salvador.",
        ),
    },
    WorkArea {
        id: id("clasi.migrant-smuggling"),
        of: CLASI,
        ordinal: Some(2),
        name: t("Fight against migrant smuggling and human trafficking"),
        source: src(
            ElPaccto,
            "Fight against migrant smuggling and human trafficking: leader Argentina with co-leadership of Peru.",
        ),
    },
    WorkArea {
        id: id("clasi.arms-trafficking"),
        of: CLASI,
        ordinal: Some(3),
        name: t("Fight against arms trafficking"),
        source: src(
            ElPaccto,
            "Fight against arms trafficking: leader Panama with co-leadership of Dominican Republic.",
        ),
    },
]);

pub(super) const TASK_FORCES: List<TaskForce> = B(&[
    // "They agreed to “establish a temporary counter narcotics Task Force…”"
    TaskForce {
        id: id("clasi.task-force"),
        of: r(K::Event, "clasi.joint-declaration"),
        name: t("temporary counter narcotics Task Force"),
        host: None,
        location: None,
        status: Planned,
        as_written: None,
        source: noted(
            ElPaccto,
            "They agreed to “establish a temporary counter narcotics Task Force, whose mandate will be to launch joint operations, on the basis of a shared threat assessment”.",
            "Agreed in the Joint Declaration of 3 March 2022 between the EU Member States' Ministers of the Interior and the CLASI member countries' ministers: recorded under that meeting (clasi.joint-declaration), the one that agreed to establish it, not under CLASI, whose work the report does not say it is.",
        ),
    },
]);

pub(super) const NETWORKS: List<Network> = B(&[
    // "On the basis of the results of the Task Force “a network of law enforcement officers…”"
    Network {
        id: id("clasi.officers-network"),
        of: Some(r(K::Event, "clasi.joint-declaration")),
        name: t(
            "network of law enforcement officers specialised in the fight against drug trafficking between the Latin American States and the EU Member States",
        ),
        acronym: None,
        theme: some("the fight against drug trafficking"),
        status: Potential,
        period: None,
        source: noted(
            ElPaccto,
            "On the basis of the results of the Task Force “a network of law enforcement officers specialised in the fight against drug trafficking between the Latin American States and the EU Member States” could be launched at a later stage.",
            "Part of the Joint Declaration of 3 March 2022 between the EU and CLASI: recorded under that meeting (clasi.joint-declaration), as the Task Force it would follow is, not under CLASI.",
        ),
    },
    // "Finally, in 2021, the EL PAcCTO programme made significant progress, with the
    // creation/consolidation of important EU-LA police and penitentiary cooperation networks"
    Network {
        id: id("el-paccto.jaguar-network"),
        of: Some(EL_PACCTO),
        name: t("Jaguar Network"),
        acronym: None,
        theme: some("environmental crimes"),
        status: Active,
        period: on(year(2021)),
        source: src(ElPaccto, "the Jaguar Network (environmental crimes)"),
    },
    // The bracketed theme follows "ELIPSIA Network and of the ELIPSIA Operations": read as
    // applying to both; the operations are an Operation record of the network.
    Network {
        id: id("el-paccto.elipsia-network"),
        of: Some(EL_PACCTO),
        name: t("ELIPSIA Network"),
        acronym: None,
        theme: some("fight against online child sexual abuse"),
        status: Active,
        period: on(year(2021)),
        source: noted(
            ElPaccto,
            "ELIPSIA Network and of the ELIPSIA Operations (fight against online child sexual abuse)",
            "The bracketed theme is read as applying to both the ELIPSIA Network and the ELIPSIA Operations.",
        ),
    },
    Network {
        id: id("el-paccto.ciber-network"),
        of: Some(EL_PACCTO),
        name: t("Ciber Network"),
        acronym: None,
        theme: some("fight against cybercrime"),
        status: Active,
        period: on(year(2021)),
        source: src(ElPaccto, "fight against cybercrime (Ciber Network)"),
    },
    Network {
        id: id("el-paccto.uella"),
        of: Some(EL_PACCTO),
        name: t("UELLA"),
        acronym: None,
        theme: some("anti-money laundering and Cryptocurrencies"),
        status: Active,
        period: on(year(2021)),
        source: src(ElPaccto, "anti-money laundering and Cryptocurrencies (UELLA)"),
    },
    Network {
        id: id("el-paccto.cibela"),
        of: Some(EL_PACCTO),
        name: t("CibEL@"),
        acronym: None,
        theme: some("Organized Transnational Crime"),
        status: Active,
        period: on(year(2021)),
        source: src(ElPaccto, "CibEL@ (Organized Transnational Crime)"),
    },
    Network {
        id: id("el-paccto.arco"),
        of: Some(EL_PACCTO),
        name: t("Arco"),
        acronym: None,
        theme: some("trafficking of arms"),
        status: Active,
        period: on(year(2021)),
        source: src(ElPaccto, "Arco (trafficking of arms)"),
    },
    Network {
        id: id("el-paccto.lynx"),
        of: Some(EL_PACCTO),
        name: t("Lynx"),
        acronym: None,
        theme: some("smuggling of human beings"),
        status: Active,
        period: on(year(2021)),
        source: src(ElPaccto, "Lynx (smuggling of human beings)"),
    },
    Network {
        id: id("el-paccto.redcopen"),
        of: Some(EL_PACCTO),
        name: t("REDCOPEN"),
        acronym: None,
        theme: some("Penitentiary Systems"),
        status: Active,
        period: on(year(2021)),
        source: src(ElPaccto, "REDCOPEN (Penitentiary Systems)"),
    },
    Network {
        id: id("el-paccto.rap"),
        of: Some(EL_PACCTO),
        name: t("Penitentiary Academies Network"),
        acronym: some("RAP"),
        theme: None,
        status: Active,
        period: on(year(2021)),
        source: src(ElPaccto, "Penitentiary Academies Network (RAP)"),
    },
]);

pub(super) const OPERATIONS: List<Operation> = B(&[Operation {
    id: id("el-paccto.elipsia-operations"),
    of: r(K::Network, "el-paccto.elipsia-network"),
    name: t("ELIPSIA Operations"),
    aliases: B(&[]),
    source: noted(
        ElPaccto,
        "ELIPSIA Network and of the ELIPSIA Operations (fight against online child sexual abuse)",
        "Created or consolidated in 2021 (“creation/consolidation”); the bracketed theme is read as applying to both the ELIPSIA Network and the ELIPSIA Operations.",
    ),
}]);

pub(super) const EVENTS: List<Event> = B(&[
    // "The high-level meeting of Justice institutions “Towards a shared Political Cycle of
    // Justice…” in Brussels (1-2 June 2022)" — after the reporting period, kept as stated.
    Event {
        id: id("el-paccto.justice-hlm-2022"),
        kind: EventKind::HighLevelMeeting,
        ordinal: None,
        name: t(
            "high-level meeting of Justice institutions “Towards a shared Political Cycle of Justice between Latin America and the European Union”",
        ),
        of: Some(r(K::Project, "el-paccto.justice-actions")),
        date: span(day(2022, 6, 1), day(2022, 6, 2)),
        places: B(&[city("Brussels", BE)]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.brussels-declaration", Signed)]),
        source: noted(
            ElPaccto,
            "The high-level meeting of Justice institutions “Towards a shared Political Cycle of Justice between Latin America and the European Union” in Brussels (1-2 June 2022), represented a great opportunity to further discuss justice-related matters",
            "Held on 1-2 June 2022, after the end of the reporting period (31 May 2022); the report presents it among the programme's results, so it is framed as an activity and its date is kept as stated. The signature of the “Brussels Declaration” is read as taking place at this meeting: the next sentence gives it as the meeting's main result.",
        ),
    },
    // "…re-activating the cooperation commitments under the Lisboa declaration signed in 2021
    // with the support of EL PAcCTO"
    Event {
        id: id("el-paccto.lisboa-signing"),
        kind: EventKind::Signing,
        ordinal: None,
        name: t("signature of the Lisboa declaration"),
        of: Some(r(K::Project, "el-paccto.justice-actions")),
        date: on(year(2021)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Background,
        documents: B(&[DocumentLink::lit("doc.lisboa-declaration", Signed)]),
        source: noted(
            ElPaccto,
            "the Lisboa declaration signed in 2021 with the support of EL PAcCTO",
            "Framed as background: the report cites the declaration for the commitments the meeting of 1-2 June 2022 re-activated, and does not say whether 2021 means before or within the reporting period. No place is recorded: the declaration's name is not taken as the place of signature.",
        ),
    },
    // "…EL PAcCTO has encouraged a joint regional assessment of criminal threats in July 2021"
    Event {
        id: id("el-paccto.ideal-2021"),
        kind: EventKind::Assessment,
        ordinal: None,
        name: t("joint regional assessment of criminal threats"),
        of: Some(r(K::Project, "el-paccto.security-actions")),
        date: on(month(2021, 7)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.ideal", Encouraged)]),
        source: src(
            ElPaccto,
            "EL PAcCTO has encouraged a **joint regional assessment of criminal threats** in July 2021",
        ),
    },
    // "The programme started with the new edition of this instrument in early 2022, named IDEAL 2.0."
    Event {
        id: id("el-paccto.ideal-2-0"),
        kind: EventKind::Assessment,
        ordinal: None,
        name: t("new edition of this instrument, named IDEAL 2.0"),
        of: Some(r(K::Project, "el-paccto.security-actions")),
        date: since(early(2022)),
        places: B(&[]),
        mode: None,
        status: Ongoing,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.ideal-2-0", Began)]),
        source: noted(
            ElPaccto,
            "The programme started with the new edition of this instrument in early 2022, named IDEAL 2.0.",
            "“started with the new edition”: the work on IDEAL 2.0 began in early 2022; the report does not say it was published.",
        ),
    },
    // "On 2 March 2022, Latin American countries signed in Brussels the political declaration
    // that created the CLASI."
    Event {
        id: id("clasi.political-declaration-signing"),
        kind: EventKind::Signing,
        ordinal: None,
        name: t("signature of the political declaration that created the CLASI"),
        of: Some(CLASI),
        date: on(day(2022, 3, 2)),
        places: B(&[city("Brussels", BE)]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.clasi-political-declaration", Signed)]),
        source: src(
            ElPaccto,
            "On 2 March 2022, Latin American countries signed in Brussels the political declaration that created the CLASI.",
        ),
    },
    // "Also, on 3 March 2022, a Joint Declaration was adopted … following a working lunch hosted
    // by the French Presidency." A meeting of the EU's and CLASI's ministers, not CLASI's own:
    // filed under no body, so that neither it nor what it agreed counts as EL PAcCTO's work.
    Event {
        id: id("clasi.joint-declaration"),
        kind: EventKind::Signing,
        ordinal: None,
        name: t(
            "adoption of the Joint Declaration of the Ministers of the Interior of the Member States of the EU and the Ministers in charge of security matters of the Member States of the Latin American Committee on Internal Security (CLASI), following a working lunch",
        ),
        of: None,
        date: on(day(2022, 3, 3)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.eu-clasi-joint-declaration", Adopted)]),
        source: noted(
            ElPaccto,
            "on 3 March 2022, a **Joint Declaration was adopted of the Ministers of the Interior of the Member States of the EU and the Ministers in charge of security matters of the Member States of the Latin American Committee on Internal Security (CLASI)**<sup>7</sup>, following a working lunch hosted by the French Presidency.",
            "A meeting of the ministers of both regions (its adopters are the EU's and CLASI's ministers, each a participation), not an activity of CLASI or of EL PAcCTO: it is filed under no body or programme. The report makes only CLASI's launch EL PAcCTO's result (\"The launching of CLASI is the direct result of EL PAcCTO's long-term efforts\"), not the declaration, the Task Force or the network it agreed.",
        ),
    },
    // "The signature of the AMERIPOL Treaty is expected to take place in 2022."
    Event {
        id: id("el-paccto.ameripol-treaty-signature"),
        kind: EventKind::Signing,
        ordinal: None,
        name: t("signature of the AMERIPOL Treaty"),
        of: Some(r(K::Project, "el-paccto.ameripol-consolidation")),
        date: on(year(2022)),
        places: B(&[]),
        mode: None,
        status: Expected,
        framing: Framing::Outlook,
        documents: B(&[DocumentLink::lit("doc.ameripol-treaty", Signed)]),
        source: src(ElPaccto, "The signature of the AMERIPOL Treaty is expected to take place in 2022."),
    },
    // "…the regional TEI was launched on 31 May in Paris, during a High-level meeting organised
    // by the French Presidency and the EL PAcCTO programme" — year inferred.
    Event {
        id: id("tei-lac.launch-meeting"),
        kind: EventKind::HighLevelMeeting,
        ordinal: None,
        name: t("High-level meeting organised by the French Presidency and the EL PAcCTO programme"),
        of: Some(TEI),
        date: on(inferred(day(2022, 5, 31))),
        places: B(&[city("Paris", FR)]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            ElPaccto,
            "the regional TEI was launched on 31 May in Paris, during a High-level meeting organised by the French Presidency and the EL PAcCTO programme, that brought together high-level representatives from LAC and the EU working in Justice, Law Enforcement/Police and Penitentiary institutions",
            "“31 May” is written without a year: 2022 is inferred, as the report covers 1 June 2021 to 31 May 2022 and gives the launch among the period's results (31 May 2021 would fall before the period). The meeting launched the TEI, so it is recorded under the TEI; its organisers, France and the EL PAcCTO programme (a body acting as a party), are participations.",
        ),
    },
]);

pub(super) const DOCUMENTS: List<Document> = B(&[
    Document {
        id: id("doc.brussels-declaration"),
        kind: DocumentKind::Declaration,
        title: t("Brussels Declaration"),
        number: None,
        date: None,
        status: Completed,
        source: src(ElPaccto, "the signature of the “Brussels Declaration” by the COMJIB, AIAMP and CJI"),
    },
    Document {
        id: id("doc.lisboa-declaration"),
        kind: DocumentKind::Declaration,
        title: t("Lisboa declaration"),
        number: None,
        date: on(year(2021)),
        status: Completed,
        source: src(ElPaccto, "the Lisboa declaration signed in 2021"),
    },
    Document {
        id: id("doc.ideal"),
        kind: DocumentKind::Assessment,
        title: t("IDEAL (Instrumento de Documentación y Evaluación de la Amenaza en Latinoamérica)"),
        number: None,
        date: on(month(2021, 7)),
        status: Completed,
        source: noted(
            ElPaccto,
            "This analysis, called **IDEAL** (Instrumento de Documentación y Evaluación de la Amenaza en Latinoamérica), has enabled Latin American countries to agree on joint priorities in the fight against organised crime.",
            "Also written “Latin American Documentation and Threat Assessment Instrument (IDEAL)” in the account of the Joint Declaration of 3 March 2022: the same instrument.",
        ),
    },
    Document {
        id: id("doc.socta"),
        kind: DocumentKind::Assessment,
        title: t("SOCTA (Serious Organised Crime Threat Assessment)"),
        number: None,
        date: None,
        status: Active,
        source: src(ElPaccto, "akin to the European SOCTA (Serious Organised Crime Threat Assessment)"),
    },
    Document {
        id: id("doc.ideal-2-0"),
        kind: DocumentKind::Assessment,
        title: t("IDEAL 2.0"),
        number: None,
        date: None,
        status: Ongoing,
        source: src(
            ElPaccto,
            "The programme started with the new edition of this instrument in early 2022, named IDEAL 2.0.",
        ),
    },
    Document {
        id: id("doc.clasi-political-declaration"),
        kind: DocumentKind::Declaration,
        title: t("political declaration that created the CLASI"),
        number: None,
        date: on(day(2022, 3, 2)),
        status: Completed,
        source: src(
            ElPaccto,
            "On 2 March 2022, Latin American countries signed in Brussels the political declaration that created the CLASI.",
        ),
    },
    // "(with operational annual work plan 2022-2023, leaderships/co-leaderships from countries,
    // and participating countries on each area already identified)"
    Document {
        id: id("doc.clasi-work-plan-2022-2023"),
        kind: DocumentKind::WorkPlan,
        title: t("operational annual work plan 2022-2023"),
        number: None,
        date: span(year(2022), year(2023)),
        status: Active,
        source: noted(
            ElPaccto,
            "with operational annual work plan 2022-2023, leaderships/co-leaderships from countries, and participating countries on each area already identified",
            "“already identified” is read as applying to the work plan as well as to the leaderships and participating countries; the date is the period the plan covers.",
        ),
    },
    Document {
        id: id("doc.eu-clasi-joint-declaration"),
        kind: DocumentKind::Declaration,
        title: t(
            "Joint Declaration of the Ministers of the Interior of the Member States of the EU and the Ministers in charge of security matters of the Member States of the Latin American Committee on Internal Security (CLASI)",
        ),
        number: Some(DocumentRef::lit(DocumentSeries::Council, 6762, 2022, 4)),
        date: on(day(2022, 3, 3)),
        status: Completed,
        source: src(Footnote7, "6762/2022"),
    },
    Document {
        id: id("doc.ameripol-treaty"),
        kind: DocumentKind::Treaty,
        title: t("AMERIPOL Treaty"),
        number: None,
        date: None,
        status: Planned,
        source: src(
            ElPaccto,
            "has already shared the draft text of the future AMERIPOL Treaty with the rest of countries in the region",
        ),
    },
]);

pub(super) const PARTICIPATIONS: List<Participation> = B(&[
    // The heading of section III, under which EL PAcCTO stands (III.B), and "The current EU
    // programmes, such as EL PAcCTO".
    org_part(
        "el-paccto.funder.eu",
        "eu",
        "EU",
        EL_PACCTO,
        Funder,
        Active,
        noted(
            OtherInitiatives,
            "Other EU-funded inter-regional initiatives in which some CELAC countries participate",
            "EL PAcCTO stands under this heading (sub-section B), and the report later calls it one of “the current \
             EU programmes”: the heading is the report's statement that it is EU-funded. The report gives no amount.",
        ),
    ),
    // "It brings together 18 Latin American countries and several EU Member States (i.a. Spain,
    // Italy, France, Portugal) as well as EU specialised agencies (i.a. Europol, Eurojust)."
    country_part(
        "el-paccto.participant.es",
        ES,
        "Spain",
        EL_PACCTO,
        Participant,
        Active,
        src(ElPaccto, "several EU Member States (i.a. Spain, Italy, France, Portugal)"),
    ),
    country_part(
        "el-paccto.participant.it",
        IT,
        "Italy",
        EL_PACCTO,
        Participant,
        Active,
        src(ElPaccto, "several EU Member States (i.a. Spain, Italy, France, Portugal)"),
    ),
    country_part(
        "el-paccto.participant.fr",
        FR,
        "France",
        EL_PACCTO,
        Participant,
        Active,
        src(ElPaccto, "several EU Member States (i.a. Spain, Italy, France, Portugal)"),
    ),
    country_part(
        "el-paccto.participant.pt",
        PT,
        "Portugal",
        EL_PACCTO,
        Participant,
        Active,
        src(ElPaccto, "several EU Member States (i.a. Spain, Italy, France, Portugal)"),
    ),
    org_part(
        "el-paccto.participant.europol",
        "europol",
        "Europol",
        EL_PACCTO,
        Participant,
        Active,
        src(ElPaccto, "EU specialised agencies (i.a. Europol, Eurojust)"),
    ),
    org_part(
        "el-paccto.participant.eurojust",
        "eurojust",
        "Eurojust",
        EL_PACCTO,
        Participant,
        Active,
        src(ElPaccto, "EU specialised agencies (i.a. Europol, Eurojust)"),
    ),
    // "“EL PAcCTO: Support to AMERIPOL”, …; and operational investigations on high profile
    // fugitives with INTERPOL."
    org_part(
        "el-paccto.ameripol-support.beneficiary.ameripol",
        "ameripol",
        "AMERIPOL",
        r(K::Project, "el-paccto.ameripol-support"),
        Beneficiary,
        Active,
        src(
            ElPaccto,
            "“EL PAcCTO: Support to AMERIPOL”, to reinforce the legal and technological capabilities of AMERIPOL",
        ),
    ),
    org_part(
        "el-paccto.interpol-fugitives.partner.interpol",
        "interpol",
        "INTERPOL",
        r(K::Project, "el-paccto.interpol-fugitives"),
        Partner,
        Active,
        src(ElPaccto, "operational investigations on high profile fugitives with INTERPOL"),
    ),
    // "…the signature of the “Brussels Declaration” by the COMJIB, AIAMP and CJI, in the name of
    // Latin American countries."
    org_part(
        "doc.brussels-declaration.signatory.comjib",
        "comjib",
        "COMJIB",
        r(K::Document, "doc.brussels-declaration"),
        Signatory,
        Completed,
        noted(
            ElPaccto,
            "the signature of the “Brussels Declaration” by the COMJIB, AIAMP and CJI, in the name of Latin American countries",
            "Signed “in the name of Latin American countries”.",
        ),
    ),
    org_part(
        "doc.brussels-declaration.signatory.aiamp",
        "aiamp",
        "AIAMP",
        r(K::Document, "doc.brussels-declaration"),
        Signatory,
        Completed,
        noted(
            ElPaccto,
            "the signature of the “Brussels Declaration” by the COMJIB, AIAMP and CJI, in the name of Latin American countries",
            "Signed “in the name of Latin American countries”.",
        ),
    ),
    org_part(
        "doc.brussels-declaration.signatory.cji",
        "cji",
        "CJI",
        r(K::Document, "doc.brussels-declaration"),
        Signatory,
        Completed,
        noted(
            ElPaccto,
            "the signature of the “Brussels Declaration” by the COMJIB, AIAMP and CJI, in the name of Latin American countries",
            "Signed “in the name of Latin American countries”.",
        ),
    ),
    // "On 2 March 2022, Latin American countries signed in Brussels the political declaration
    // that created the CLASI." — the signatories, a group the report does not list, as a party.
    Participation {
        id: id("doc.clasi-political-declaration.signatory"),
        party: Party::Body(r(K::StatedList, "clasi.political-declaration.signatories")),
        subject: r(K::Document, "doc.clasi-political-declaration"),
        role: Signatory,
        status: Completed,
        ordinal: None,
        as_written: t("Latin American countries"),
        period: on(day(2022, 3, 2)),
        source: noted(
            ElPaccto,
            "On 2 March 2022, Latin American countries signed in Brussels the political declaration that created the CLASI.",
            "The signatories are named only as \"Latin American countries\": the party is the group as written \
             (the stated list clasi.political-declaration.signatories), not any country. The report does not say \
             which countries signed; CLASI's \"10 member countries\" are listed after \"Currently\", as members, not \
             as signatories.",
        ),
    },
    // "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica,
    // Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)"
    country_part(
        "clasi.member.ar",
        AR,
        "Argentina",
        CLASI,
        Member,
        Active,
        src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    ),
    country_part(
        "clasi.member.bo",
        BO,
        "Bolivia",
        CLASI,
        Member,
        Active,
        src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    ),
    country_part(
        "clasi.member.cl",
        CL,
        "Chile",
        CLASI,
        Member,
        Active,
        src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    ),
    country_part(
        "clasi.member.cr",
        CR,
        "Costa Rica",
        CLASI,
        Member,
        Active,
        src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    ),
    country_part(
        "clasi.member.ec",
        EC,
        "Ecuador",
        CLASI,
        Member,
        Active,
        src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    ),
    country_part(
        "clasi.member.sv",
        SV,
        "El Salvador",
        CLASI,
        Member,
        Active,
        src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    ),
    country_part(
        "clasi.member.mx",
        MX,
        "Mexico",
        CLASI,
        Member,
        Active,
        src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    ),
    country_part(
        "clasi.member.pa",
        PA,
        "Panama",
        CLASI,
        Member,
        Active,
        src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    ),
    country_part(
        "clasi.member.do",
        DO,
        "Dominican Republic",
        CLASI,
        Member,
        Active,
        src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    ),
    country_part(
        "clasi.member.uy",
        UY,
        "Uruguay",
        CLASI,
        Member,
        Active,
        src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    ),
    // "Peru has also signed the request to become a member"
    country_part(
        "clasi.member.pe",
        PE,
        "Peru",
        CLASI,
        Member,
        Applicant,
        src(ElPaccto, "Peru has also signed the request to become a member"),
    ),
    // "while others have shown interest in joining in the future (i.a. Brazil, Guatemala,
    // Honduras and Paraguay)"
    country_part(
        "clasi.member.br",
        BR,
        "Brazil",
        CLASI,
        Member,
        Interested,
        src(
            ElPaccto,
            "others have shown interest in joining in the future (i.a. Brazil, Guatemala, Honduras and Paraguay)",
        ),
    ),
    country_part(
        "clasi.member.gt",
        GT,
        "Guatemala",
        CLASI,
        Member,
        Interested,
        src(
            ElPaccto,
            "others have shown interest in joining in the future (i.a. Brazil, Guatemala, Honduras and Paraguay)",
        ),
    ),
    country_part(
        "clasi.member.hn",
        HN,
        "Honduras",
        CLASI,
        Member,
        Interested,
        src(
            ElPaccto,
            "others have shown interest in joining in the future (i.a. Brazil, Guatemala, Honduras and Paraguay)",
        ),
    ),
    country_part(
        "clasi.member.py",
        PY,
        "Paraguay",
        CLASI,
        Member,
        Interested,
        src(
            ElPaccto,
            "others have shown interest in joining in the future (i.a. Brazil, Guatemala, Honduras and Paraguay)",
        ),
    ),
    // "Argentina assumed the First CLASI Presidency, while Panama and Ecuador will take over the
    // Second and Third Presidencies, respectively."
    country_part(
        "clasi.presidency.ar",
        AR,
        "Argentina",
        CLASI,
        Presidency,
        Active,
        src(ElPaccto, "Argentina assumed the First CLASI Presidency"),
    )
    .nth(1),
    country_part(
        "clasi.presidency.pa",
        PA,
        "Panama",
        CLASI,
        Presidency,
        Planned,
        src(ElPaccto, "Panama and Ecuador will take over the Second and Third Presidencies, respectively"),
    )
    .nth(2),
    country_part(
        "clasi.presidency.ec",
        EC,
        "Ecuador",
        CLASI,
        Presidency,
        Planned,
        src(ElPaccto, "Panama and Ecuador will take over the Second and Third Presidencies, respectively"),
    )
    .nth(3),
    // "1. Fight against drug trafficking: leader Argentina with co-leadership of Ecuador and El
    // Salvador." — the leaderships are "already identified", so they are active although the
    // work areas' work "will begin".
    country_part(
        "clasi.drug-trafficking.lead.ar",
        AR,
        "Argentina",
        r(K::WorkArea, "clasi.drug-trafficking"),
        Lead,
        Active,
        src(
            ElPaccto,
            "Fight against drug trafficking: leader Argentina with co-leadership of Ecuador and El Salvador.",
        ),
    ),
    country_part(
        "clasi.drug-trafficking.co-lead.ec",
        EC,
        "Ecuador",
        r(K::WorkArea, "clasi.drug-trafficking"),
        CoLead,
        Active,
        src(
            ElPaccto,
            "Fight against drug trafficking: leader Argentina with co-leadership of Ecuador and El Salvador.",
        ),
    ),
    country_part(
        "clasi.drug-trafficking.co-lead.sv",
        SV,
        "El Salvador",
        r(K::WorkArea, "clasi.drug-trafficking"),
        CoLead,
        Active,
        src(
            ElPaccto,
            "Fight against drug trafficking: leader Argentina with co-leadership of Ecuador and El Salvador.",
        ),
    ),
    // "2. Fight against migrant smuggling and human trafficking: leader Argentina with
    // co-leadership of Peru." — Peru co-leads while only an applicant to membership.
    country_part(
        "clasi.migrant-smuggling.lead.ar",
        AR,
        "Argentina",
        r(K::WorkArea, "clasi.migrant-smuggling"),
        Lead,
        Active,
        src(
            ElPaccto,
            "Fight against migrant smuggling and human trafficking: leader Argentina with co-leadership of Peru.",
        ),
    ),
    country_part(
        "clasi.migrant-smuggling.co-lead.pe",
        PE,
        "Peru",
        r(K::WorkArea, "clasi.migrant-smuggling"),
        CoLead,
        Active,
        noted(
            ElPaccto,
            "Fight against migrant smuggling and human trafficking: leader Argentina with co-leadership of Peru.",
            "Peru co-leads this work area although the report lists it not among CLASI's 10 member countries but as having signed the request to become a member; both are kept as stated.",
        ),
    ),
    // "3. Fight against arms trafficking: leader Panama with co-leadership of Dominican Republic."
    country_part(
        "clasi.arms-trafficking.lead.pa",
        PA,
        "Panama",
        r(K::WorkArea, "clasi.arms-trafficking"),
        Lead,
        Active,
        src(ElPaccto, "Fight against arms trafficking: leader Panama with co-leadership of Dominican Republic."),
    ),
    country_part(
        "clasi.arms-trafficking.co-lead.do",
        DO,
        "Dominican Republic",
        r(K::WorkArea, "clasi.arms-trafficking"),
        CoLead,
        Active,
        src(ElPaccto, "Fight against arms trafficking: leader Panama with co-leadership of Dominican Republic."),
    ),
    // "a Joint Declaration was adopted of the Ministers of the Interior of the Member States of
    // the EU and the Ministers in charge of security matters of the Member States of … (CLASI)"
    org_part(
        "doc.eu-clasi-joint-declaration.adopter.eu",
        "eu",
        "the Ministers of the Interior of the Member States of the EU",
        r(K::Document, "doc.eu-clasi-joint-declaration"),
        Adopter,
        Completed,
        src(
            ElPaccto,
            "a **Joint Declaration was adopted of the Ministers of the Interior of the Member States of the EU and the Ministers in charge of security matters of the Member States of the Latin American Committee on Internal Security (CLASI)**",
        ),
    ),
    Participation {
        id: id("doc.eu-clasi-joint-declaration.adopter.clasi"),
        party: Party::Body(CLASI),
        subject: r(K::Document, "doc.eu-clasi-joint-declaration"),
        role: Adopter,
        status: Completed,
        ordinal: None,
        as_written: t(
            "the Ministers in charge of security matters of the Member States of the Latin American Committee on Internal Security (CLASI)",
        ),
        period: None,
        source: noted(
            ElPaccto,
            "a **Joint Declaration was adopted of the Ministers of the Interior of the Member States of the EU and the Ministers in charge of security matters of the Member States of the Latin American Committee on Internal Security (CLASI)**",
            "The adopters are the ministers of CLASI's member states, recorded as CLASI acting through its members; the report does not list which member states' ministers adopted it.",
        ),
    },
    // "…the Lisboa declaration signed in 2021 with the support of EL PAcCTO"
    Participation {
        id: id("doc.lisboa-declaration.supporter.el-paccto"),
        party: Party::Body(EL_PACCTO),
        subject: r(K::Document, "doc.lisboa-declaration"),
        role: Supporter,
        status: Completed,
        ordinal: None,
        as_written: t("EL PAcCTO"),
        period: None,
        source: src(ElPaccto, "the Lisboa declaration signed in 2021 with the support of EL PAcCTO"),
    },
    // "…following a working lunch hosted by the French Presidency."
    country_part(
        "clasi.joint-declaration.host.fr",
        FR,
        "the French Presidency",
        r(K::Event, "clasi.joint-declaration"),
        Host,
        Completed,
        noted(
            ElPaccto,
            "following a working lunch hosted by the French Presidency",
            "“the French Presidency” is read as France's Presidency of the Council of the EU; the party is recorded as the country France.",
        ),
    ),
    // "…the Ministry of Foreign Affairs of Brazil is currently leading this process…": the
    // process of AMERIPOL's institutionalisation through its treaty, not EL PAcCTO's line of work.
    org_part(
        "doc.ameripol-treaty.lead.brazil-mfa",
        "brazil-mfa",
        "Ministry of Foreign Affairs of Brazil",
        r(K::Document, "doc.ameripol-treaty"),
        Lead,
        Ongoing,
        noted(
            ElPaccto,
            "which is advancing towards its institutionalisation. Actually, the Ministry of Foreign Affairs of Brazil is currently leading this process and has already shared the draft text of the future AMERIPOL Treaty",
            "“This process” is AMERIPOL's advance towards its institutionalisation, which the next words tie to the future AMERIPOL Treaty: the ministry is recorded as leading the treaty process (the treaty, still a draft), not EL PAcCTO's consolidation of AMERIPOL, which the report does not say it leads.",
        ),
    ),
    // "…and has already shared the draft text of the future AMERIPOL Treaty with the rest of
    // countries in the region"
    org_part(
        "doc.ameripol-treaty.sharer.brazil-mfa",
        "brazil-mfa",
        "the Ministry of Foreign Affairs of Brazil",
        r(K::Document, "doc.ameripol-treaty"),
        Sharer,
        Completed,
        src(
            ElPaccto,
            "the Ministry of Foreign Affairs of Brazil is currently leading this process and has already shared the draft text of the future AMERIPOL Treaty with the rest of countries in the region",
        ),
    ),
    org_part(
        "el-paccto.ameripol-consolidation.beneficiary.ameripol",
        "ameripol",
        "AMERIPOL",
        r(K::Project, "el-paccto.ameripol-consolidation"),
        Beneficiary,
        Ongoing,
        src(ElPaccto, "consolidation of AMERIPOL**, which is advancing towards its institutionalisation"),
    ),
    // "…during a High-level meeting organised by the French Presidency and the EL PAcCTO
    // programme, that brought together high-level representatives from LAC and the EU…"
    country_part(
        "tei-lac.launch-meeting.organiser.fr",
        FR,
        "the French Presidency",
        TEI_MEETING,
        Organiser,
        Completed,
        noted(
            ElPaccto,
            "a High-level meeting organised by the French Presidency and the EL PAcCTO programme",
            "“the French Presidency” is read as France's Presidency of the Council of the EU; the party is recorded as the country France.",
        ),
    ),
    Participation {
        id: id("tei-lac.launch-meeting.organiser.el-paccto"),
        party: Party::Body(EL_PACCTO),
        subject: TEI_MEETING,
        role: Organiser,
        status: Completed,
        ordinal: None,
        as_written: t("the EL PAcCTO programme"),
        period: None,
        source: src(ElPaccto, "a High-level meeting organised by the French Presidency and the EL PAcCTO programme"),
    },
    // "…that brought together high-level representatives from LAC and the EU": both sides.
    org_part(
        "tei-lac.launch-meeting.participant.celac",
        "celac",
        "LAC",
        TEI_MEETING,
        Participant,
        Completed,
        noted(
            ElPaccto,
            "brought together high-level representatives from LAC and the EU working in Justice, Law Enforcement/Police and Penitentiary institutions",
            "“LAC” (Latin America and the Caribbean) is read as the region of CELAC's member states, the Latin American and Caribbean side beside “the EU”; the report names neither the representatives nor their countries.",
        ),
    ),
    org_part(
        "tei-lac.launch-meeting.participant.eu",
        "eu",
        "EU",
        TEI_MEETING,
        Participant,
        Completed,
        src(
            ElPaccto,
            "brought together high-level representatives from LAC and the EU working in Justice, Law Enforcement/Police and Penitentiary institutions",
        ),
    ),
    // "The EU representatives highlighted the strategic partnership … with interventions from
    // FR, ES and IT, in name of the eight EU Member States that are part of the initiative"
    org_part(
        "tei-lac.launch-meeting.speaker.eu",
        "eu",
        "EU",
        TEI_MEETING,
        Speaker,
        Completed,
        src(
            ElPaccto,
            "The EU representatives highlighted the strategic partnership the EU wants to foster with the region and provided the general framework of the TEI launch.",
        ),
    ),
    country_part(
        "tei-lac.launch-meeting.speaker.fr",
        FR,
        "FR",
        TEI_MEETING,
        Speaker,
        Completed,
        src(
            ElPaccto,
            "with interventions from FR, ES and IT, in name of the eight EU Member States that are part of the initiative",
        ),
    ),
    country_part(
        "tei-lac.launch-meeting.speaker.es",
        ES,
        "ES",
        TEI_MEETING,
        Speaker,
        Completed,
        src(
            ElPaccto,
            "with interventions from FR, ES and IT, in name of the eight EU Member States that are part of the initiative",
        ),
    ),
    country_part(
        "tei-lac.launch-meeting.speaker.it",
        IT,
        "IT",
        TEI_MEETING,
        Speaker,
        Completed,
        src(
            ElPaccto,
            "with interventions from FR, ES and IT, in name of the eight EU Member States that are part of the initiative",
        ),
    ),
    country_part(
        "tei-lac.member.ee",
        EE,
        "Estonia",
        TEI,
        Member,
        Active,
        src(
            ElPaccto,
            "the eight EU Member States that are part of the initiative (Estonia, France, Germany, Italy, The Netherlands, Poland, Portugal, and Spain)",
        ),
    ),
    country_part(
        "tei-lac.member.fr",
        FR,
        "France",
        TEI,
        Member,
        Active,
        src(
            ElPaccto,
            "the eight EU Member States that are part of the initiative (Estonia, France, Germany, Italy, The Netherlands, Poland, Portugal, and Spain)",
        ),
    ),
    country_part(
        "tei-lac.member.de",
        DE,
        "Germany",
        TEI,
        Member,
        Active,
        src(
            ElPaccto,
            "the eight EU Member States that are part of the initiative (Estonia, France, Germany, Italy, The Netherlands, Poland, Portugal, and Spain)",
        ),
    ),
    country_part(
        "tei-lac.member.it",
        IT,
        "Italy",
        TEI,
        Member,
        Active,
        src(
            ElPaccto,
            "the eight EU Member States that are part of the initiative (Estonia, France, Germany, Italy, The Netherlands, Poland, Portugal, and Spain)",
        ),
    ),
    country_part(
        "tei-lac.member.nl",
        NL,
        "The Netherlands",
        TEI,
        Member,
        Active,
        src(
            ElPaccto,
            "the eight EU Member States that are part of the initiative (Estonia, France, Germany, Italy, The Netherlands, Poland, Portugal, and Spain)",
        ),
    ),
    country_part(
        "tei-lac.member.pl",
        PL,
        "Poland",
        TEI,
        Member,
        Active,
        src(
            ElPaccto,
            "the eight EU Member States that are part of the initiative (Estonia, France, Germany, Italy, The Netherlands, Poland, Portugal, and Spain)",
        ),
    ),
    country_part(
        "tei-lac.member.pt",
        PT,
        "Portugal",
        TEI,
        Member,
        Active,
        src(
            ElPaccto,
            "the eight EU Member States that are part of the initiative (Estonia, France, Germany, Italy, The Netherlands, Poland, Portugal, and Spain)",
        ),
    ),
    country_part(
        "tei-lac.member.es",
        ES,
        "Spain",
        TEI,
        Member,
        Active,
        src(
            ElPaccto,
            "the eight EU Member States that are part of the initiative (Estonia, France, Germany, Italy, The Netherlands, Poland, Portugal, and Spain)",
        ),
    ),
    // "…regrouping various European actors at European level responsible for security and
    // justice-related policies and cooperation: European Commission Directorates Generals
    // (INTPA, HOME, JUST, OLAF), FPI, the European External Action Service (EEAS), EU Agencies
    // (EUROPOL, EUROJUST, CEPOL, EMCDDA, FRONTEX) and the aforementioned eight EU Member States."
    org_part(
        "tei-lac.participant.dg-intpa",
        "dg-intpa",
        "INTPA",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "European Commission Directorates Generals (INTPA, HOME, JUST, OLAF)"),
    ),
    org_part(
        "tei-lac.participant.dg-home",
        "dg-home",
        "HOME",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "European Commission Directorates Generals (INTPA, HOME, JUST, OLAF)"),
    ),
    org_part(
        "tei-lac.participant.dg-just",
        "dg-just",
        "JUST",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "European Commission Directorates Generals (INTPA, HOME, JUST, OLAF)"),
    ),
    org_part(
        "tei-lac.participant.olaf",
        "olaf",
        "OLAF",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "European Commission Directorates Generals (INTPA, HOME, JUST, OLAF)"),
    ),
    org_part(
        "tei-lac.participant.fpi",
        "fpi",
        "FPI",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "(INTPA, HOME, JUST, OLAF), FPI, the European External Action Service (EEAS)"),
    ),
    org_part(
        "tei-lac.participant.eeas",
        "eeas",
        "European External Action Service",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "(INTPA, HOME, JUST, OLAF), FPI, the European External Action Service (EEAS)"),
    ),
    org_part(
        "tei-lac.participant.europol",
        "europol",
        "EUROPOL",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "EU Agencies (EUROPOL, EUROJUST, CEPOL, EMCDDA, FRONTEX)"),
    ),
    org_part(
        "tei-lac.participant.eurojust",
        "eurojust",
        "EUROJUST",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "EU Agencies (EUROPOL, EUROJUST, CEPOL, EMCDDA, FRONTEX)"),
    ),
    org_part(
        "tei-lac.participant.cepol",
        "cepol",
        "CEPOL",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "EU Agencies (EUROPOL, EUROJUST, CEPOL, EMCDDA, FRONTEX)"),
    ),
    org_part(
        "tei-lac.participant.emcdda",
        "emcdda",
        "EMCDDA",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "EU Agencies (EUROPOL, EUROJUST, CEPOL, EMCDDA, FRONTEX)"),
    ),
    org_part(
        "tei-lac.participant.frontex",
        "frontex",
        "FRONTEX",
        TEI,
        Participant,
        Active,
        src(ElPaccto, "EU Agencies (EUROPOL, EUROJUST, CEPOL, EMCDDA, FRONTEX)"),
    ),
]);

pub(super) const LISTS: List<StatedList> = B(&[
    // "Latin American countries signed … the political declaration": a group with no list and no count.
    StatedList {
        id: id("clasi.political-declaration.signatories"),
        of: r(K::Document, "doc.clasi-political-declaration"),
        label: t("Latin American countries"),
        bloc: None,
        completeness: Unlisted,
        count: None,
        stated: None,
        items: B(&[]),
        source: noted(
            ElPaccto,
            "On 2 March 2022, Latin American countries signed in Brussels the political declaration that created the CLASI.",
            "The countries that signed are not named nor counted.",
        ),
    },
    // "It brings together 18 Latin American countries" — a count with no list.
    StatedList {
        id: id("el-paccto.latin-american-countries"),
        of: EL_PACCTO,
        label: t("Latin American countries"),
        bloc: None,
        completeness: Unlisted,
        count: Some(count(18, Exact)),
        stated: some("18 Latin American countries"),
        items: B(&[]),
        source: src(ElPaccto, "It brings together 18 Latin American countries"),
    },
    StatedList {
        id: id("el-paccto.eu-member-states"),
        of: EL_PACCTO,
        label: t("several EU Member States"),
        bloc: Some(Bloc::Eu),
        completeness: Examples,
        count: None,
        stated: None,
        items: B(&[
            r(K::Participation, "el-paccto.participant.es"),
            r(K::Participation, "el-paccto.participant.it"),
            r(K::Participation, "el-paccto.participant.fr"),
            r(K::Participation, "el-paccto.participant.pt"),
        ]),
        source: src(ElPaccto, "several EU Member States (i.a. Spain, Italy, France, Portugal)"),
    },
    StatedList {
        id: id("el-paccto.eu-agencies"),
        of: EL_PACCTO,
        label: t("EU specialised agencies"),
        bloc: None,
        completeness: Examples,
        count: None,
        stated: None,
        items: B(&[
            r(K::Participation, "el-paccto.participant.europol"),
            r(K::Participation, "el-paccto.participant.eurojust"),
        ]),
        source: src(ElPaccto, "EU specialised agencies (i.a. Europol, Eurojust)"),
    },
    StatedList {
        id: id("el-paccto.sub-projects"),
        of: EL_PACCTO,
        label: t("sub-projects"),
        bloc: None,
        completeness: Complete,
        count: Some(count(2, Exact)),
        stated: some("two sub-projects"),
        items: B(&[r(K::Project, "el-paccto.ameripol-support"), r(K::Project, "el-paccto.interpol-fugitives")]),
        source: src(ElPaccto, "EL PAcCTO has also two sub-projects"),
    },
    StatedList {
        id: id("doc.brussels-declaration.signatories"),
        of: r(K::Document, "doc.brussels-declaration"),
        label: t("the signature of the “Brussels Declaration” by"),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(K::Participation, "doc.brussels-declaration.signatory.comjib"),
            r(K::Participation, "doc.brussels-declaration.signatory.aiamp"),
            r(K::Participation, "doc.brussels-declaration.signatory.cji"),
        ]),
        source: src(ElPaccto, "the signature of the “Brussels Declaration” by the COMJIB, AIAMP and CJI"),
    },
    StatedList {
        id: id("clasi.members"),
        of: CLASI,
        label: t("member countries"),
        bloc: None,
        completeness: Complete,
        count: Some(count(10, Exact)),
        stated: some("10 member countries"),
        items: B(&[
            r(K::Participation, "clasi.member.ar"),
            r(K::Participation, "clasi.member.bo"),
            r(K::Participation, "clasi.member.cl"),
            r(K::Participation, "clasi.member.cr"),
            r(K::Participation, "clasi.member.ec"),
            r(K::Participation, "clasi.member.sv"),
            r(K::Participation, "clasi.member.mx"),
            r(K::Participation, "clasi.member.pa"),
            r(K::Participation, "clasi.member.do"),
            r(K::Participation, "clasi.member.uy"),
        ]),
        source: src(
            ElPaccto,
            "Currently the CLASI has 10 member countries (Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador, Mexico, Panama, Dominican Republic and Uruguay)",
        ),
    },
    StatedList {
        id: id("clasi.interested"),
        of: CLASI,
        label: t("others have shown interest in joining in the future"),
        bloc: None,
        completeness: Examples,
        count: None,
        stated: None,
        items: B(&[
            r(K::Participation, "clasi.member.br"),
            r(K::Participation, "clasi.member.gt"),
            r(K::Participation, "clasi.member.hn"),
            r(K::Participation, "clasi.member.py"),
        ]),
        source: src(
            ElPaccto,
            "others have shown interest in joining in the future (i.a. Brazil, Guatemala, Honduras and Paraguay)",
        ),
    },
    StatedList {
        id: id("clasi.work-areas"),
        of: CLASI,
        label: t("concrete areas"),
        bloc: None,
        completeness: Complete,
        count: Some(count(3, Exact)),
        stated: some("three concrete areas"),
        items: B(&[
            r(K::WorkArea, "clasi.drug-trafficking"),
            r(K::WorkArea, "clasi.migrant-smuggling"),
            r(K::WorkArea, "clasi.arms-trafficking"),
        ]),
        source: src(ElPaccto, "CLASI will begin its work focusing on three concrete areas"),
    },
    StatedList {
        id: id("tei-lac.launch-meeting.speakers"),
        of: TEI_MEETING,
        label: t("interventions from"),
        bloc: Some(Bloc::Eu),
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(K::Participation, "tei-lac.launch-meeting.speaker.fr"),
            r(K::Participation, "tei-lac.launch-meeting.speaker.es"),
            r(K::Participation, "tei-lac.launch-meeting.speaker.it"),
        ]),
        source: src(ElPaccto, "with interventions from FR, ES and IT"),
    },
    StatedList {
        id: id("tei-lac.member-states"),
        of: TEI,
        label: t("EU Member States that are part of the initiative"),
        bloc: Some(Bloc::Eu),
        completeness: Complete,
        count: Some(count(8, Exact)),
        stated: some("eight EU Member States"),
        items: B(&[
            r(K::Participation, "tei-lac.member.ee"),
            r(K::Participation, "tei-lac.member.fr"),
            r(K::Participation, "tei-lac.member.de"),
            r(K::Participation, "tei-lac.member.it"),
            r(K::Participation, "tei-lac.member.nl"),
            r(K::Participation, "tei-lac.member.pl"),
            r(K::Participation, "tei-lac.member.pt"),
            r(K::Participation, "tei-lac.member.es"),
        ]),
        source: src(
            ElPaccto,
            "the eight EU Member States that are part of the initiative (Estonia, France, Germany, Italy, The Netherlands, Poland, Portugal, and Spain)",
        ),
    },
    // The European actors: the eight Member States at the end are "the aforementioned eight EU
    // Member States", so the list refers to the same member participations.
    StatedList {
        id: id("tei-lac.european-actors"),
        of: TEI,
        label: t(
            "various European actors at European level responsible for security and justice-related policies and cooperation",
        ),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(K::Participation, "tei-lac.participant.dg-intpa"),
            r(K::Participation, "tei-lac.participant.dg-home"),
            r(K::Participation, "tei-lac.participant.dg-just"),
            r(K::Participation, "tei-lac.participant.olaf"),
            r(K::Participation, "tei-lac.participant.fpi"),
            r(K::Participation, "tei-lac.participant.eeas"),
            r(K::Participation, "tei-lac.participant.europol"),
            r(K::Participation, "tei-lac.participant.eurojust"),
            r(K::Participation, "tei-lac.participant.cepol"),
            r(K::Participation, "tei-lac.participant.emcdda"),
            r(K::Participation, "tei-lac.participant.frontex"),
            r(K::Participation, "tei-lac.member.ee"),
            r(K::Participation, "tei-lac.member.fr"),
            r(K::Participation, "tei-lac.member.de"),
            r(K::Participation, "tei-lac.member.it"),
            r(K::Participation, "tei-lac.member.nl"),
            r(K::Participation, "tei-lac.member.pl"),
            r(K::Participation, "tei-lac.member.pt"),
            r(K::Participation, "tei-lac.member.es"),
        ]),
        source: noted(
            ElPaccto,
            "regrouping various European actors at European level responsible for security and justice-related policies and cooperation: European Commission Directorates Generals (INTPA, HOME, JUST, OLAF), FPI, the European External Action Service (EEAS), EU Agencies (EUROPOL, EUROJUST, CEPOL, EMCDDA, FRONTEX) and the aforementioned eight EU Member States.",
            "“the aforementioned eight EU Member States” are the eight members listed before (Estonia, France, Germany, Italy, The Netherlands, Poland, Portugal, and Spain); the list refers to their member participations.",
        ),
    },
    // "…the creation/consolidation of important EU-LA police and penitentiary cooperation
    // networks: …" — the ELIPSIA Operations are listed with the networks.
    StatedList {
        id: id("el-paccto.networks-2021"),
        of: EL_PACCTO,
        label: t("EU-LA police and penitentiary cooperation networks"),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(K::Network, "el-paccto.jaguar-network"),
            r(K::Network, "el-paccto.elipsia-network"),
            r(K::Operation, "el-paccto.elipsia-operations"),
            r(K::Network, "el-paccto.ciber-network"),
            r(K::Network, "el-paccto.uella"),
            r(K::Network, "el-paccto.cibela"),
            r(K::Network, "el-paccto.arco"),
            r(K::Network, "el-paccto.lynx"),
            r(K::Network, "el-paccto.redcopen"),
            r(K::Network, "el-paccto.rap"),
        ]),
        source: noted(
            ElPaccto,
            "in 2021, the EL PAcCTO programme made significant progress, with the **creation/consolidation of important EU-LA police and penitentiary cooperation networks**",
            "The enumeration names the ELIPSIA Operations beside the ELIPSIA Network; they are listed in order as an operation of that network.",
        ),
    },
]);

pub(super) const RELATIONS: List<Relation> = B(&[
    // Justice-related actions.
    // "the most important achievement so far": a result of the justice-related actions.
    Relation {
        id: id("rel.justice-policy-cycle.result-of.el-paccto.justice-actions"),
        from: r(K::Programme, "justice-policy-cycle"),
        kind: ResultOf,
        to: r(K::Project, "el-paccto.justice-actions"),
        status: None,
        period: None,
        source: src(
            ElPaccto,
            "Under the justice-related actions**, the most important achievement so far is the creation of a Justice Policy Cycle",
        ),
    },
    Relation {
        id: id("rel.justice-policy-cycle.result-of.el-paccto.justice-hlm-2022"),
        from: r(K::Programme, "justice-policy-cycle"),
        kind: ResultOf,
        to: r(K::Event, "el-paccto.justice-hlm-2022"),
        status: None,
        period: None,
        source: noted(
            ElPaccto,
            "The main result was the creation of a Justice Policy Cycle on justice matters",
            "“The main result” follows the account of the high-level meeting of Justice institutions of 1-2 June 2022 and is read as that meeting's result. The same paragraph says the cycle's Follow up Committee “was established in November 2021”, seven months before the meeting: the cycle's creation is read as completed at the meeting, with the Declaration, while its committee already existed; the report does not reconcile the two dates.",
        ),
    },
    Relation {
        id: id("rel.justice-policy-cycle.result-of.el-paccto"),
        from: r(K::Programme, "justice-policy-cycle"),
        kind: ResultOf,
        to: EL_PACCTO,
        status: None,
        period: None,
        source: noted(
            ElPaccto,
            "All this is a direct result of EL PAcCTO programme, very positively recognized by Latin American partners.",
            "“All this” is read as the Justice Policy Cycle with its declaration and Follow up Committee.",
        ),
    },
    Relation {
        id: id("rel.el-paccto.justice-hlm-2022.related-to.doc.lisboa-declaration"),
        from: r(K::Event, "el-paccto.justice-hlm-2022"),
        kind: RelatedTo,
        to: r(K::Document, "doc.lisboa-declaration"),
        status: None,
        period: None,
        source: src(ElPaccto, "re-activating the cooperation commitments under the Lisboa declaration signed in 2021"),
    },
    // Security/law enforcement actions.
    Relation {
        id: id("rel.doc.ideal.modelled-on.doc.socta"),
        from: r(K::Document, "doc.ideal"),
        kind: ModelledOn,
        to: r(K::Document, "doc.socta"),
        status: None,
        period: None,
        source: src(
            ElPaccto,
            "a **joint regional assessment of criminal threats** in July 2021, akin to the European SOCTA (Serious Organised Crime Threat Assessment). This analysis, called **IDEAL**",
        ),
    },
    Relation {
        id: id("rel.doc.ideal-2-0.successor-of.doc.ideal"),
        from: r(K::Document, "doc.ideal-2-0"),
        kind: SuccessorOf,
        to: r(K::Document, "doc.ideal"),
        status: None,
        period: None,
        source: src(ElPaccto, "the new edition of this instrument in early 2022, named IDEAL 2.0"),
    },
    Relation {
        id: id("rel.doc.ideal.promoted-by.el-paccto"),
        from: r(K::Document, "doc.ideal"),
        kind: PromotedBy,
        to: EL_PACCTO,
        status: None,
        period: None,
        source: src(
            ElPaccto,
            "the Latin American Documentation and Threat Assessment Instrument (IDEAL), also promoted by EL PAcCTO",
        ),
    },
    // CLASI.
    Relation {
        id: id("rel.clasi.modelled-on.cosi"),
        from: CLASI,
        kind: ModelledOn,
        to: r(K::Committee, "cosi"),
        status: None,
        period: None,
        source: src(
            ElPaccto,
            "Inspired by the EU's COSI (Standing Committee on Operational Cooperation on Internal Security), CLASI",
        ),
    },
    Relation {
        id: id("rel.clasi.result-of.el-paccto"),
        from: CLASI,
        kind: ResultOf,
        to: EL_PACCTO,
        status: None,
        period: None,
        source: src(
            ElPaccto,
            "The launching of CLASI is the direct result of EL PAcCTO's long-term efforts to promote coordination and cooperation between LA countries on justice and security matters.",
        ),
    },
    Relation {
        id: id("rel.clasi.officers-network.result-of.clasi.task-force"),
        from: r(K::Network, "clasi.officers-network"),
        kind: ResultOf,
        to: r(K::TaskForce, "clasi.task-force"),
        status: Some(Potential),
        period: None,
        source: src(
            ElPaccto,
            "On the basis of the results of the Task Force “a network of law enforcement officers specialised in the fight against drug trafficking between the Latin American States and the EU Member States” could be launched at a later stage.",
        ),
    },
    // Team Europe Initiative.
    Relation {
        id: id("rel.tei-lac.related-to.el-paccto"),
        from: TEI,
        kind: RelatedTo,
        to: EL_PACCTO,
        status: None,
        period: None,
        source: src(
            ElPaccto,
            "The current EU programmes, such as EL PAcCTO, are building a first-of-the-kind and highly appreciated inter-regional cooperation on transnational organised crime, building bridges between security and justice-related institutions in the EU and LAC. Based on this positive dynamics, the global objective of the TEI will take the justice and security-related cooperation one step further",
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
    use crate::StatementKind::{
        Activity, Aim, Approach, Assessment, Context, Focus, FollowUp, Mandate, Progress, Purpose, Scope, Topic,
    };
    use crate::data::Section2021_2022::ElPaccto;
    use crate::data::dsl::{id, noted, r, src, t};
    use crate::{List, Statement};

    /// The most important achievement of the justice-related actions.
    const JUSTICE_ACTIONS: &str = "**Under the justice-related actions**, the most important achievement so far is the creation of a Justice Policy Cycle establishing an EU-LA high-level dialogue of justice institutions.";
    /// The high-level meeting of Justice institutions of 1-2 June 2022.
    const JUSTICE_MEETING: &str = "The high-level meeting of Justice institutions “Towards a shared Political Cycle of Justice between Latin America and the European Union” in Brussels (1-2 June 2022), represented a great opportunity to further discuss justice-related matters, re-activating the cooperation commitments under the Lisboa declaration signed in 2021 with the support of EL PAcCTO and going forward with more concrete results.";
    /// Why the Justice Policy Cycle is a milestone, and its Follow up Committee.
    const MILESTONE: &str = "This represents a real milestone in this field, as Latin America identifies key priorities to foster judicial cooperation and coordination, defining policy cycles with priority areas to be monitored and followed up by a Follow up Committee, that was established in November 2021 to guarantee concrete results under this new approach in the region.";
    /// The sentence that introduces CLASI's three areas.
    const CLASI_AREAS: &str = "CLASI will begin its work focusing on three concrete areas (with operational annual work plan 2022-2023, leaderships/co-leaderships from countries, and participating countries on each area already identified):";
    /// What both regions welcomed and stressed on 3 March 2022.
    const WELCOMED: &str = "Both regions welcomed the creation of CLASI, and also stressed that “Strengthening the political dialogue and developing the regional and international law enforcement cooperation are essential to more effectively fight organized crime, in particular drug trafficking, but also human trafficking, arms trafficking, financial crime, cyber-crime and environmental crimes”.";
    /// What the countries affirmed and welcomed on 3 March 2022.
    const AFFIRMED: &str = "Countries affirmed “the importance of joining forces to provide appropriate and concrete responses to the many security challenges”, and welcomed the development of the Latin American Documentation and Threat Assessment Instrument (IDEAL), also promoted by EL PAcCTO.";
    /// The temporary counter narcotics Task Force the ministers agreed to establish.
    const AGREED: &str = "They agreed to “establish a temporary counter narcotics Task Force, whose mandate will be to launch joint operations, on the basis of a shared threat assessment”.";
    /// What the EU representatives did at the TEI launch.
    const TEI_EU: &str = "The EU representatives highlighted the strategic partnership the EU wants to foster with the region and provided the general framework of the TEI launch.";
    /// What the TEI responds to and calls for.
    const TEI_RESPONDS: &str = "The TEI for LAC responds to shared challenges in the area of security and justice, calling for strengthening of bi-regional partnership and cooperation at all levels.";

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("el-paccto.aims"),
            of: r(K::Programme, "el-paccto"),
            kind: Aim,
            text: t(
                "promotes regional and bi-regional cooperation along the criminal justice chain (justice, law enforcement and penitentiary) to tackle transnational organised crime",
            ),
            about: B(&[]),
            source: src(
                ElPaccto,
                "EL PAcCTO, launched in April 2017, promotes regional and bi-regional cooperation along the criminal justice chain (justice, law enforcement and penitentiary) to tackle transnational organised crime.",
            ),
        },
        Statement {
            id: id("el-paccto.ameripol-support.aim"),
            of: r(K::Project, "el-paccto.ameripol-support"),
            kind: Aim,
            text: t("to reinforce the legal and technological capabilities of AMERIPOL"),
            about: B(&[r(K::Organisation, "ameripol")]),
            source: src(
                ElPaccto,
                "“EL PAcCTO: Support to AMERIPOL”, to reinforce the legal and technological capabilities of AMERIPOL",
            ),
        },
        Statement {
            id: id("el-paccto.justice-actions.achievement"),
            of: r(K::Project, "el-paccto.justice-actions"),
            kind: Assessment,
            text: t("the most important achievement so far is the creation of a Justice Policy Cycle"),
            about: B(&[r(K::Programme, "justice-policy-cycle")]),
            source: src(ElPaccto, JUSTICE_ACTIONS),
        },
        // What the cycle does by design, not an aim: it establishes the dialogue.
        Statement {
            id: id("justice-policy-cycle.dialogue"),
            of: r(K::Programme, "justice-policy-cycle"),
            kind: Mandate,
            text: t("establishing an EU-LA high-level dialogue of justice institutions"),
            about: B(&[r(K::Organisation, "eu")]),
            source: src(ElPaccto, JUSTICE_ACTIONS),
        },
        Statement {
            id: id("el-paccto.justice-hlm-2022.assessment"),
            of: r(K::Event, "el-paccto.justice-hlm-2022"),
            kind: Assessment,
            text: t("represented a great opportunity to further discuss justice-related matters"),
            about: B(&[]),
            source: src(ElPaccto, JUSTICE_MEETING),
        },
        Statement {
            id: id("el-paccto.justice-hlm-2022.topic"),
            of: r(K::Event, "el-paccto.justice-hlm-2022"),
            kind: Topic,
            text: t("justice-related matters"),
            about: B(&[]),
            source: src(ElPaccto, JUSTICE_MEETING),
        },
        Statement {
            id: id("el-paccto.justice-hlm-2022.follow-up"),
            of: r(K::Event, "el-paccto.justice-hlm-2022"),
            kind: FollowUp,
            text: t("re-activating the cooperation commitments under the Lisboa declaration signed in 2021"),
            about: B(&[r(K::Document, "doc.lisboa-declaration"), r(K::Event, "el-paccto.lisboa-signing")]),
            source: src(ElPaccto, JUSTICE_MEETING),
        },
        Statement {
            id: id("el-paccto.justice-hlm-2022.purpose"),
            of: r(K::Event, "el-paccto.justice-hlm-2022"),
            kind: Purpose,
            text: t("going forward with more concrete results"),
            about: B(&[]),
            source: src(ElPaccto, JUSTICE_MEETING),
        },
        Statement {
            id: id("doc.brussels-declaration.in-the-name-of"),
            of: r(K::Document, "doc.brussels-declaration"),
            kind: Context,
            text: t("in the name of Latin American countries"),
            about: B(&[]),
            source: src(
                ElPaccto,
                "with the signature of the “Brussels Declaration” by the COMJIB, AIAMP and CJI, in the name of Latin American countries.",
            ),
        },
        Statement {
            id: id("justice-policy-cycle.milestone"),
            of: r(K::Programme, "justice-policy-cycle"),
            kind: Assessment,
            text: t("a real milestone in this field"),
            about: B(&[]),
            source: src(ElPaccto, MILESTONE),
        },
        // How the cycle works: Latin America identifies the priorities.
        Statement {
            id: id("justice-policy-cycle.priorities"),
            of: r(K::Programme, "justice-policy-cycle"),
            kind: Approach,
            text: t("Latin America identifies key priorities to foster judicial cooperation and coordination"),
            about: B(&[]),
            source: src(ElPaccto, MILESTONE),
        },
        Statement {
            id: id("justice-policy-cycle.approach"),
            of: r(K::Programme, "justice-policy-cycle"),
            kind: Approach,
            text: t(
                "defining policy cycles with priority areas to be monitored and followed up by a Follow up Committee",
            ),
            about: B(&[r(K::Committee, "justice-policy-cycle.follow-up-committee")]),
            source: src(ElPaccto, MILESTONE),
        },
        Statement {
            id: id("justice-policy-cycle.follow-up-committee.monitoring"),
            of: r(K::Committee, "justice-policy-cycle.follow-up-committee"),
            kind: Mandate,
            text: t("priority areas to be monitored and followed up"),
            about: B(&[]),
            source: src(ElPaccto, MILESTONE),
        },
        Statement {
            id: id("justice-policy-cycle.follow-up-committee.mandate"),
            of: r(K::Committee, "justice-policy-cycle.follow-up-committee"),
            kind: Mandate,
            text: t("to guarantee concrete results under this new approach in the region"),
            about: B(&[r(K::Programme, "justice-policy-cycle")]),
            source: noted(ElPaccto, MILESTONE, "\"this new approach\" read as the Justice Policy Cycle."),
        },
        Statement {
            id: id("el-paccto.recognition"),
            of: r(K::Programme, "el-paccto"),
            kind: Assessment,
            text: t("very positively recognized by Latin American partners"),
            about: B(&[]),
            source: src(
                ElPaccto,
                "All this is a direct result of EL PAcCTO programme, very positively recognized by Latin American partners.",
            ),
        },
        Statement {
            id: id("doc.ideal.result"),
            of: r(K::Document, "doc.ideal"),
            kind: Progress,
            text: t(
                "has enabled Latin American countries to agree on joint priorities in the fight against organised crime",
            ),
            about: B(&[]),
            source: src(
                ElPaccto,
                "This analysis, called **IDEAL** (Instrumento de Documentación y Evaluación de la Amenaza en Latinoamérica), has enabled Latin American countries to agree on joint priorities in the fight against organised crime.",
            ),
        },
        Statement {
            id: id("clasi.achievement"),
            of: r(K::Committee, "clasi"),
            kind: Assessment,
            text: t("An important achievement of the programme"),
            about: B(&[r(K::Programme, "el-paccto")]),
            source: src(
                ElPaccto,
                "An important achievement of the programme is the **establishment of the Latin American Internal Security Committee (CLASI)**.",
            ),
        },
        Statement {
            id: id("clasi.mandate"),
            of: r(K::Committee, "clasi"),
            kind: Mandate,
            text: t(
                "gathers Latin American Ministries of Interior of member countries to jointly define strategies and articulate public policies against transnational organised crime",
            ),
            about: B(&[]),
            source: src(
                ElPaccto,
                "Inspired by the EU's COSI (Standing Committee on Operational Cooperation on Internal Security), CLASI gathers Latin American Ministries of Interior of member countries to jointly define strategies and articulate public policies against transnational organised crime.",
            ),
        },
        Statement {
            id: id("el-paccto.aims.coordination"),
            of: r(K::Programme, "el-paccto"),
            kind: Aim,
            text: t("to promote coordination and cooperation between LA countries on justice and security matters"),
            about: B(&[]),
            source: src(
                ElPaccto,
                "The launching of CLASI is the direct result of EL PAcCTO's long-term efforts to promote coordination and cooperation between LA countries on justice and security matters.",
            ),
        },
        Statement {
            id: id("clasi.focus"),
            of: r(K::Committee, "clasi"),
            kind: Focus,
            text: t("three concrete areas"),
            about: B(&[
                r(K::WorkArea, "clasi.drug-trafficking"),
                r(K::WorkArea, "clasi.migrant-smuggling"),
                r(K::WorkArea, "clasi.arms-trafficking"),
            ]),
            source: noted(ElPaccto, CLASI_AREAS, "The three areas are the numbered list that follows the sentence."),
        },
        Statement {
            id: id("clasi.work-plan.progress"),
            of: r(K::Committee, "clasi"),
            kind: Progress,
            text: t(
                "operational annual work plan 2022-2023, leaderships/co-leaderships from countries, and participating countries on each area already identified",
            ),
            about: B(&[r(K::Document, "doc.clasi-work-plan-2022-2023")]),
            source: src(ElPaccto, CLASI_AREAS),
        },
        Statement {
            id: id("clasi.joint-declaration.welcome"),
            of: r(K::Event, "clasi.joint-declaration"),
            kind: Assessment,
            text: t("Both regions welcomed the creation of CLASI"),
            about: B(&[r(K::Committee, "clasi")]),
            source: src(ElPaccto, WELCOMED),
        },
        Statement {
            id: id("clasi.joint-declaration.stressed"),
            of: r(K::Event, "clasi.joint-declaration"),
            kind: Assessment,
            text: t(
                "Strengthening the political dialogue and developing the regional and international law enforcement cooperation are essential to more effectively fight organized crime, in particular drug trafficking, but also human trafficking, arms trafficking, financial crime, cyber-crime and environmental crimes",
            ),
            about: B(&[]),
            source: src(ElPaccto, WELCOMED),
        },
        Statement {
            id: id("clasi.joint-declaration.affirmation"),
            of: r(K::Event, "clasi.joint-declaration"),
            kind: Assessment,
            text: t(
                "the importance of joining forces to provide appropriate and concrete responses to the many security challenges",
            ),
            about: B(&[]),
            source: src(ElPaccto, AFFIRMED),
        },
        Statement {
            id: id("clasi.joint-declaration.ideal"),
            of: r(K::Event, "clasi.joint-declaration"),
            kind: Assessment,
            text: t(
                "welcomed the development of the Latin American Documentation and Threat Assessment Instrument (IDEAL)",
            ),
            about: B(&[r(K::Document, "doc.ideal")]),
            source: src(ElPaccto, AFFIRMED),
        },
        Statement {
            id: id("clasi.joint-declaration.task-force"),
            of: r(K::Event, "clasi.joint-declaration"),
            kind: Activity,
            text: t(
                "agreed to “establish a temporary counter narcotics Task Force, whose mandate will be to launch joint operations, on the basis of a shared threat assessment”",
            ),
            about: B(&[r(K::TaskForce, "clasi.task-force")]),
            source: src(ElPaccto, AGREED),
        },
        Statement {
            id: id("clasi.task-force.mandate"),
            of: r(K::TaskForce, "clasi.task-force"),
            kind: Mandate,
            text: t("to launch joint operations, on the basis of a shared threat assessment"),
            about: B(&[]),
            source: src(ElPaccto, AGREED),
        },
        Statement {
            id: id("el-paccto.ameripol-consolidation.progress"),
            of: r(K::Project, "el-paccto.ameripol-consolidation"),
            kind: Progress,
            text: t("advancing towards its institutionalisation"),
            about: B(&[r(K::Organisation, "ameripol")]),
            source: src(
                ElPaccto,
                "Another important area of work under EL PAcCTO is the **consolidation of AMERIPOL**, which is advancing towards its institutionalisation.",
            ),
        },
        Statement {
            id: id("tei-lac.launch-meeting.participants"),
            of: r(K::Event, "tei-lac.launch-meeting"),
            kind: Scope,
            text: t(
                "high-level representatives from LAC and the EU working in Justice, Law Enforcement/Police and Penitentiary institutions",
            ),
            // "LAC" read as the region of CELAC's members, as for the meeting's participants.
            about: B(&[r(K::Organisation, "celac"), r(K::Organisation, "eu")]),
            source: src(
                ElPaccto,
                "that brought together high-level representatives from LAC and the EU working in Justice, Law Enforcement/Police and Penitentiary institutions.",
            ),
        },
        Statement {
            id: id("tei-lac.launch-meeting.topic.partnership"),
            of: r(K::Event, "tei-lac.launch-meeting"),
            kind: Topic,
            text: t("the strategic partnership the EU wants to foster with the region"),
            about: B(&[r(K::Organisation, "eu")]),
            source: src(ElPaccto, TEI_EU),
        },
        Statement {
            id: id("tei-lac.launch-meeting.topic.framework"),
            of: r(K::Event, "tei-lac.launch-meeting"),
            kind: Topic,
            text: t("the general framework of the TEI launch"),
            about: B(&[r(K::Programme, "tei-lac")]),
            source: src(ElPaccto, TEI_EU),
        },
        Statement {
            id: id("tei-lac.launch-meeting.topic.objectives"),
            of: r(K::Event, "tei-lac.launch-meeting"),
            kind: Topic,
            text: t("the presentation of the different TEI objectives"),
            about: B(&[r(K::Programme, "tei-lac")]),
            source: src(
                ElPaccto,
                "This was followed by the presentation of the different TEI objectives, with interventions from FR, ES and IT",
            ),
        },
        Statement {
            id: id("tei-lac.focus"),
            of: r(K::Programme, "tei-lac"),
            kind: Focus,
            text: t("responds to shared challenges in the area of security and justice"),
            about: B(&[]),
            source: src(ElPaccto, TEI_RESPONDS),
        },
        Statement {
            id: id("tei-lac.aims.partnership"),
            of: r(K::Programme, "tei-lac"),
            kind: Aim,
            text: t("strengthening of bi-regional partnership and cooperation at all levels"),
            about: B(&[]),
            source: src(ElPaccto, TEI_RESPONDS),
        },
        Statement {
            id: id("tei-lac.approach"),
            of: r(K::Programme, "tei-lac"),
            kind: Approach,
            text: t("built in full alignment with the EU policy priorities, in a Team Europe spirit"),
            about: B(&[r(K::Organisation, "eu")]),
            source: src(
                ElPaccto,
                "The TEI is built in full alignment with the EU policy priorities, in a Team Europe spirit, regrouping various European actors at European level responsible for security and justice-related policies and cooperation",
            ),
        },
        Statement {
            id: id("el-paccto.inter-regional-cooperation"),
            of: r(K::Programme, "el-paccto"),
            kind: Assessment,
            text: t(
                "a first-of-the-kind and highly appreciated inter-regional cooperation on transnational organised crime, building bridges between security and justice-related institutions in the EU and LAC",
            ),
            about: B(&[r(K::Organisation, "eu"), r(K::Organisation, "celac")]),
            source: noted(
                ElPaccto,
                "The current EU programmes, such as EL PAcCTO, are building a first-of-the-kind and highly appreciated inter-regional cooperation on transnational organised crime, building bridges between security and justice-related institutions in the EU and LAC.",
                "Said of \"the current EU programmes, such as EL PAcCTO\": recorded for EL PAcCTO, the one the report names.",
            ),
        },
        Statement {
            id: id("tei-lac.objective"),
            of: r(K::Programme, "tei-lac"),
            kind: Aim,
            text: t(
                "take the justice and security-related cooperation one step further, establishing an effective EU-LAC partnership on strengthening the rule of law and fight against organised crime, not only at technical but also political level, fostering citizen security and stability, both in LAC and in Europe",
            ),
            about: B(&[r(K::Organisation, "eu"), r(K::Organisation, "celac")]),
            source: src(
                ElPaccto,
                "Based on this positive dynamics, the global objective of the TEI will take the justice and security-related cooperation one step further, establishing an effective EU-LAC partnership on strengthening the rule of law and fight against organised crime, not only at technical but also political level, fostering citizen security and stability, both in LAC and in Europe.",
            ),
        },
        Statement {
            id: id("el-paccto.networks-2021.progress"),
            of: r(K::Programme, "el-paccto"),
            kind: Progress,
            text: t(
                "made significant progress, with the creation/consolidation of important EU-LA police and penitentiary cooperation networks",
            ),
            about: B(&[
                r(K::Organisation, "eu"),
                r(K::Network, "el-paccto.jaguar-network"),
                r(K::Network, "el-paccto.elipsia-network"),
                r(K::Operation, "el-paccto.elipsia-operations"),
                r(K::Network, "el-paccto.ciber-network"),
                r(K::Network, "el-paccto.uella"),
                r(K::Network, "el-paccto.cibela"),
                r(K::Network, "el-paccto.arco"),
                r(K::Network, "el-paccto.lynx"),
                r(K::Network, "el-paccto.redcopen"),
                r(K::Network, "el-paccto.rap"),
            ]),
            source: src(
                ElPaccto,
                "Finally, in 2021, the EL PAcCTO programme made significant progress, with the **creation/consolidation of important EU-LA police and penitentiary cooperation networks**",
            ),
        },
    ]);
}
