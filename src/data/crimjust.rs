//! Section III.A, the CRIMJUST project: its bullet and the two paragraphs after it — the
//! associate, beneficiary and newly added countries, its implementers, its 2021 trainings,
//! the operations it contributed to with every seizure, destruction and arrest they led to,
//! its research and the 'Global Cocaine Report', its work on integrity and its inter-regional
//! investigative fora.
//!
//! The report does not date the operations: their seizures and outcomes carry no period.

use std::borrow::Cow::Borrowed as B;

use super::dsl::country_part as cp;
use super::dsl::{count, grams, id, kg, litres, noted, on, org_part, r, some, src, t, tons, year};
use crate::CommodityCategory::{Drug, Other, Precursor};
use crate::Country::{AR, BO, BR, CO, CR, DO, EC, GT, HN, PA, PE, PY, SV, UY};
use crate::DocumentAction::Published;
use crate::Qualifier::Exact;
use crate::RecordKind::{Operation as OperationRef, Participation as PartRef, Project as ProjectRef};
use crate::Role::{Approver, Associate, Beneficiary, Implementer, ImplementingPartner, InScope};
use crate::SeizureAction::{Destroyed, Seized};
use crate::Status::{Active, Completed, Ongoing};
use crate::data::Section2021_2022::Crimjust;
use crate::{
    CommodityCategory, Completeness, Document, DocumentKind, DocumentLink, Event, EventKind, Framing, List, Operation,
    Outcome, OutcomeKind, Participation, Project, ProjectKind, Quantity, Ref, Seizure, SeizureAction, SourceRef,
    StatedList, Text,
};

const CRIMJUST: Ref = r(ProjectRef, "crimjust");

// "- **The CRIMJUST (Strengthening Criminal Investigation and criminal justice cooperation along
// drug trafficking routes) project** aims at …", and the two paragraphs after the bullet.

pub(super) const PROJECTS: List<Project> = B(&[
    Project {
        id: id("crimjust"),
        programme: id("gifp"),
        parent: None,
        kind: ProjectKind::Project,
        ordinal: None,
        name: t("Strengthening Criminal Investigation and criminal justice cooperation along drug trafficking routes"),
        acronym: some("CRIMJUST"),
        aliases: B(&[]),
        focus: some(
            "strengthening criminal investigation and criminal justice cooperation in Latin America, the Caribbean \
             and West African countries, to enhance their capacity to counter organised crime along drug trafficking \
             routes",
        ),
        // The report does not say when CRIMJUST started.
        launched: None,
        source: src(
            Crimjust,
            "**The CRIMJUST (Strengthening Criminal Investigation and criminal justice cooperation along drug \
             trafficking routes) project** aims at strengthening criminal investigation and criminal justice \
             cooperation in Latin America, the Caribbean and West African countries, to enhance their capacity to \
             counter organised crime along drug trafficking routes.",
        ),
    },
    // "The project also produces research into the production, processing, trafficking, and
    // consumption of cocaine."
    Project {
        id: id("crimjust.research"),
        programme: id("gifp"),
        parent: Some(id("crimjust")),
        kind: ProjectKind::WorkLine,
        ordinal: None,
        name: t("research into the production, processing, trafficking, and consumption of cocaine"),
        acronym: None,
        aliases: B(&[]),
        focus: None,
        launched: None,
        source: src(
            Crimjust,
            "The project also produces research into the production, processing, trafficking, and consumption of \
             cocaine.",
        ),
    },
    // "CRIMJUST has been actively working on supporting law enforcement and other justice sector
    // institutions in strengthening integrity, …"
    Project {
        id: id("crimjust.integrity"),
        programme: id("gifp"),
        parent: Some(id("crimjust")),
        kind: ProjectKind::WorkLine,
        ordinal: None,
        name: t("supporting law enforcement and other justice sector institutions in strengthening integrity, \
             accountability and resilience to corruption and the influence of organised crime"),
        acronym: None,
        aliases: B(&[]),
        focus: None,
        launched: None,
        source: src(
            Crimjust,
            "CRIMJUST has been actively working on supporting law enforcement and other justice sector institutions \
             in strengthening integrity, accountability and resilience to corruption and the influence of organised \
             crime.",
        ),
    },
]);

// "In Latin America and the Caribbean, CRIMJUST is active in Argentina, Brazil, Colombia, Ecuador
// and Peru as associate countries, …"

const ASSOCIATES: SourceRef =
    src(Crimjust, "CRIMJUST is active in Argentina, Brazil, Colombia, Ecuador and Peru as associate countries");
const BENEFICIARIES: SourceRef = src(Crimjust, "and in the Dominican Republic and Panama as beneficiary countries");
const EXTENDED: SourceRef = src(
    Crimjust,
    "In agreement with the European Commission, the geographical scope of the project has recently been extended to \
     include Bolivia, Uruguay, Paraguay, Costa Rica, Guatemala, Honduras and El Salvador.",
);
const IMPLEMENTERS: SourceRef = src(
    Crimjust,
    "The project is implemented by the United Nations Office on Drugs and Crime in partnership with INTERPOL.",
);

pub(super) const PARTICIPATIONS: List<Participation> = B(&[
    cp("crimjust.associate.ar", AR, "Argentina", CRIMJUST, Associate, Active, ASSOCIATES),
    cp("crimjust.associate.br", BR, "Brazil", CRIMJUST, Associate, Active, ASSOCIATES),
    cp("crimjust.associate.co", CO, "Colombia", CRIMJUST, Associate, Active, ASSOCIATES),
    cp("crimjust.associate.ec", EC, "Ecuador", CRIMJUST, Associate, Active, ASSOCIATES),
    cp("crimjust.associate.pe", PE, "Peru", CRIMJUST, Associate, Active, ASSOCIATES),
    cp("crimjust.beneficiary.do", DO, "the Dominican Republic", CRIMJUST, Beneficiary, Active, BENEFICIARIES),
    cp("crimjust.beneficiary.pa", PA, "Panama", CRIMJUST, Beneficiary, Active, BENEFICIARIES),
    // "has recently been extended to include …": not dated ("recently"), so no period.
    cp("crimjust.scope.bo", BO, "Bolivia", CRIMJUST, InScope, Active, EXTENDED),
    cp("crimjust.scope.uy", UY, "Uruguay", CRIMJUST, InScope, Active, EXTENDED),
    cp("crimjust.scope.py", PY, "Paraguay", CRIMJUST, InScope, Active, EXTENDED),
    cp("crimjust.scope.cr", CR, "Costa Rica", CRIMJUST, InScope, Active, EXTENDED),
    cp("crimjust.scope.gt", GT, "Guatemala", CRIMJUST, InScope, Active, EXTENDED),
    cp("crimjust.scope.hn", HN, "Honduras", CRIMJUST, InScope, Active, EXTENDED),
    cp("crimjust.scope.sv", SV, "El Salvador", CRIMJUST, InScope, Active, EXTENDED),
    // "In agreement with the European Commission": the Commission agreed to the extension; the
    // agreement is done, hence Completed.
    org_part(
        "crimjust.approver.european-commission",
        "european-commission",
        "European Commission",
        CRIMJUST,
        Approver,
        Completed,
        noted(
            Crimjust,
            "In agreement with the European Commission, the geographical scope of the project has recently been \
             extended",
            "The Commission's agreement is to the extension of the project's geographical scope; it is recorded as \
             an approver of the project, with the agreement given (Completed).",
        ),
    ),
    // "implemented by the United Nations Office on Drugs and Crime in partnership with INTERPOL"
    org_part(
        "crimjust.implementer.unodc",
        "unodc",
        "United Nations Office on Drugs and Crime",
        CRIMJUST,
        Implementer,
        Active,
        IMPLEMENTERS,
    ),
    org_part(
        "crimjust.implementing-partner.interpol",
        "interpol",
        "INTERPOL",
        CRIMJUST,
        ImplementingPartner,
        Active,
        IMPLEMENTERS,
    ),
]);

pub(super) const LISTS: List<StatedList> = B(&[
    StatedList {
        id: id("crimjust.associates"),
        of: CRIMJUST,
        label: t("associate countries"),
        // "In Latin America and the Caribbean": a region, not the CELAC bloc as such.
        bloc: None,
        completeness: Completeness::Complete,
        count: None,
        stated: None,
        items: B(&[
            r(PartRef, "crimjust.associate.ar"),
            r(PartRef, "crimjust.associate.br"),
            r(PartRef, "crimjust.associate.co"),
            r(PartRef, "crimjust.associate.ec"),
            r(PartRef, "crimjust.associate.pe"),
        ]),
        source: ASSOCIATES,
    },
    StatedList {
        id: id("crimjust.beneficiaries"),
        of: CRIMJUST,
        label: t("beneficiary countries"),
        bloc: None,
        completeness: Completeness::Complete,
        count: None,
        stated: None,
        items: B(&[r(PartRef, "crimjust.beneficiary.do"), r(PartRef, "crimjust.beneficiary.pa")]),
        source: BENEFICIARIES,
    },
    StatedList {
        id: id("crimjust.extended-scope"),
        of: CRIMJUST,
        label: t("the geographical scope of the project has recently been extended to include"),
        bloc: None,
        completeness: Completeness::Complete,
        count: None,
        stated: None,
        items: B(&[
            r(PartRef, "crimjust.scope.bo"),
            r(PartRef, "crimjust.scope.uy"),
            r(PartRef, "crimjust.scope.py"),
            r(PartRef, "crimjust.scope.cr"),
            r(PartRef, "crimjust.scope.gt"),
            r(PartRef, "crimjust.scope.hn"),
            r(PartRef, "crimjust.scope.sv"),
        ]),
        source: EXTENDED,
    },
]);

// "In 2021, CRIMJUST organised a number of trainings and events …"; "Its 'Global Cocaine Report'
// was published for the first time in 2021."; "CRIMJUST has developed the successful
// inter-regional investigative fora, …"

pub(super) const EVENTS: List<Event> = B(&[
    // One record for the series: the report gives no number, date or place of its own to any.
    Event {
        id: id("crimjust.trainings-2021"),
        kind: EventKind::Training,
        ordinal: None,
        name: t(
            "a number of trainings and events focusing on cybercrime related to drugs trafficking, proceeds of crime \
             and asset forfeiture, cocaine laboratories and cocaine production, and ethics and integrity",
        ),
        of: Some(CRIMJUST),
        date: on(year(2021)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: src(
            Crimjust,
            "In 2021, CRIMJUST organised a number of trainings and events focusing on cybercrime related to drugs \
             trafficking, proceeds of crime and asset forfeiture, cocaine laboratories and cocaine production, and \
             ethics and integrity.",
        ),
    },
    Event {
        id: id("crimjust.global-cocaine-report-2021"),
        kind: EventKind::Publication,
        ordinal: None,
        name: t("'Global Cocaine Report' published for the first time"),
        of: Some(CRIMJUST),
        date: on(year(2021)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.global-cocaine-report", Published)]),
        source: src(Crimjust, "Its 'Global Cocaine Report' was published for the first time in 2021."),
    },
    // "has developed": the fora exist and go on; the report gives no date, place or count.
    Event {
        id: id("crimjust.investigative-fora"),
        kind: EventKind::Meeting,
        ordinal: None,
        name: t(
            "inter-regional investigative fora, bringing together prosecutors and senior investigators in organised \
             crime cases of a transregional nature",
        ),
        of: Some(CRIMJUST),
        date: None,
        places: B(&[]),
        mode: None,
        status: Ongoing,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            Crimjust,
            "Alongside capacity-building activities, CRIMJUST has developed the successful inter-regional \
             investigative fora, bringing together prosecutors and senior investigators in organised crime cases of \
             a transregional nature.",
            "\"Has developed\" the fora is read as a series of meetings in place and going on (Ongoing); undated.",
        ),
    },
]);

pub(super) const DOCUMENTS: List<Document> = B(&[Document {
    id: id("doc.global-cocaine-report"),
    kind: DocumentKind::Report,
    title: t("Global Cocaine Report"),
    number: None,
    // The report dates its first publication (2021, on the publication event), not the period
    // the report covers or the date an edition bears.
    date: None,
    status: Completed,
    source: noted(
        Crimjust,
        "Its 'Global Cocaine Report' was published for the first time in 2021.",
        "\"Its\" is read as the project's (the subject of the sentence before). The document is the report as \
         named; its first publication, in 2021, is the event crimjust.global-cocaine-report-2021.",
    ),
}]);

// "The project contributed to significant seizures. Operation MIHADARATI led to …"

const MIHADARATI: SourceRef = noted(
    Crimjust,
    "Operation MIHADARATI led to 287 arrests and seizures of 1 ton of cocaine, 200 kg of amphetamine and 16.8 tons of \
     cannabis resin",
    "Undated: \"In 2021\" governs the sentence on trainings before, not the operations; the report gives no period \
     or place for the operation.",
);
const TRIGGER: SourceRef = noted(
    Crimjust,
    "OPERATION TRIGGER resulted to the seizure of 1 ton of cocaine and the destruction of 13 labs, 13 tons of solid \
     chemical substances, 5000 litres of liquid substances and 500 kg of cannabis.",
    "\"The seizure of\" governs only the 1 ton of cocaine; \"the destruction of\" governs the whole list that follows \
     it (13 labs, 13 tons of solid chemical substances, 5000 litres of liquid substances and 500 kg of cannabis), \
     which the final \"and\" closes as one enumeration. Undated, no place.",
);
const CARGA_BLANCA: SourceRef = noted(
    Crimjust,
    "Operation CARGA BLANCA (DHL) resulted in the seizure of 17kg of cocaine, 965 grams of amphetamine, 600 grams of \
     methamphetamine, 10 grams of MDMA/ecstasy, 100 grams of ketamine, and 120 grams of ephedrine.",
    "Undated, no place. \"(DHL)\" is kept as another name of the operation as written; the report does not say \
     whether it names the operation or the courier company involved.",
);

const NONE: List<Text> = B(&[]);

/// How the operations are marked: as operations CRIMJUST contributed to, not its own.
const CONTRIBUTED: &str = "The report names the operation after \"The project contributed to significant seizures.\": it \
                           is an operation CRIMJUST contributed to, not one the report says the project ran. It is \
                           recorded under the project, and its seizures and other results are marked as \
                           contributions (credit \"contribution\"), not as the project's own.";

pub(super) const OPERATIONS: List<Operation> = B(&[
    Operation {
        id: id("crimjust.mihadarati"),
        of: CRIMJUST,
        name: t("MIHADARATI"),
        aliases: NONE,
        source: noted(Crimjust, "The project contributed to significant seizures. Operation MIHADARATI", CONTRIBUTED),
    },
    Operation {
        id: id("crimjust.trigger"),
        of: CRIMJUST,
        name: t("TRIGGER"),
        aliases: NONE,
        source: noted(Crimjust, "OPERATION TRIGGER", CONTRIBUTED),
    },
    Operation {
        id: id("crimjust.carga-blanca"),
        of: CRIMJUST,
        name: t("CARGA BLANCA"),
        aliases: B(&[t("DHL")]),
        source: noted(
            Crimjust,
            "Operation CARGA BLANCA (DHL)",
            "The report names the operation after \"The project contributed to significant seizures.\": it is an \
             operation CRIMJUST contributed to, not one the report says the project ran. It is recorded under the \
             project, and its seizures are marked as contributions (credit \"contribution\"), not as the project's \
             own. \"(DHL)\" is kept as another name of the operation as written; the report does not say whether it \
             names the operation or the courier company involved.",
        ),
    },
]);

pub(super) const OUTCOMES: List<Outcome> = B(&[
    Outcome {
        id: id("crimjust.mihadarati.arrests"),
        of: r(OperationRef, "crimjust.mihadarati"),
        credit: crate::Credit::Contribution,
        kind: OutcomeKind::Arrests,
        description: t("287 arrests"),
        quantity: Some(count(287, Exact)),
        stated: some("287"),
        period: None,
        place: None,
        source: MIHADARATI,
    },
    Outcome {
        id: id("crimjust.trigger.labs-destroyed"),
        of: r(OperationRef, "crimjust.trigger"),
        credit: crate::Credit::Contribution,
        kind: OutcomeKind::LabsDestroyed,
        description: t("the destruction of 13 labs"),
        quantity: Some(count(13, Exact)),
        stated: some("13"),
        period: None,
        place: None,
        source: TRIGGER,
    },
]);

/// A seizure or destruction by a CRIMJUST operation; the report gives none a period or place.
#[allow(clippy::too_many_arguments)]
const fn op_seizure(
    key: &'static str,
    operation: &'static str,
    commodity: &'static str,
    category: CommodityCategory,
    quantity: Quantity,
    stated: &'static str,
    action: SeizureAction,
    source: SourceRef,
) -> Seizure {
    Seizure {
        id: id(key),
        programme: None,
        project: Some(id("crimjust")),
        operation: Some(id(operation)),
        credit: crate::Credit::Contribution,
        commodity: t(commodity),
        category,
        quantity,
        stated: t(stated),
        action,
        period: None,
        place: None,
        source,
    }
}

const MIH: &str = "crimjust.mihadarati";
const TRI: &str = "crimjust.trigger";
const CB: &str = "crimjust.carga-blanca";

pub(super) const SEIZURES: List<Seizure> = B(&[
    // Operation MIHADARATI: "seizures of 1 ton of cocaine, 200 kg of amphetamine and 16.8 tons of
    // cannabis resin"
    op_seizure("crimjust.mihadarati.cocaine", MIH, "cocaine", Drug, tons(1, 0, Exact), "1 ton", Seized, MIHADARATI),
    op_seizure(
        "crimjust.mihadarati.amphetamine",
        MIH,
        "amphetamine",
        Drug,
        kg(200, 0, Exact),
        "200 kg",
        Seized,
        MIHADARATI,
    ),
    op_seizure(
        "crimjust.mihadarati.cannabis-resin",
        MIH,
        "cannabis resin",
        Drug,
        tons(168, 1, Exact),
        "16.8 tons",
        Seized,
        MIHADARATI,
    ),
    // OPERATION TRIGGER: "the seizure of 1 ton of cocaine and the destruction of 13 labs, 13 tons
    // of solid chemical substances, 5000 litres of liquid substances and 500 kg of cannabis" —
    // "the destruction of" read as covering all four items (the labs are an outcome).
    op_seizure("crimjust.trigger.cocaine", TRI, "cocaine", Drug, tons(1, 0, Exact), "1 ton", Seized, TRIGGER),
    op_seizure(
        "crimjust.trigger.solid-chemical-substances",
        TRI,
        "solid chemical substances",
        Other,
        tons(13, 0, Exact),
        "13 tons",
        Destroyed,
        TRIGGER,
    ),
    op_seizure(
        "crimjust.trigger.liquid-substances",
        TRI,
        "liquid substances",
        Other,
        litres(5000, Exact),
        "5000 litres",
        Destroyed,
        TRIGGER,
    ),
    op_seizure("crimjust.trigger.cannabis", TRI, "cannabis", Drug, kg(500, 0, Exact), "500 kg", Destroyed, TRIGGER),
    // Operation CARGA BLANCA (DHL)
    op_seizure("crimjust.carga-blanca.cocaine", CB, "cocaine", Drug, kg(17, 0, Exact), "17kg", Seized, CARGA_BLANCA),
    op_seizure(
        "crimjust.carga-blanca.amphetamine",
        CB,
        "amphetamine",
        Drug,
        grams(965, Exact),
        "965 grams",
        Seized,
        CARGA_BLANCA,
    ),
    op_seizure(
        "crimjust.carga-blanca.methamphetamine",
        CB,
        "methamphetamine",
        Drug,
        grams(600, Exact),
        "600 grams",
        Seized,
        CARGA_BLANCA,
    ),
    op_seizure(
        "crimjust.carga-blanca.mdma-ecstasy",
        CB,
        "MDMA/ecstasy",
        Drug,
        grams(10, Exact),
        "10 grams",
        Seized,
        CARGA_BLANCA,
    ),
    op_seizure(
        "crimjust.carga-blanca.ketamine",
        CB,
        "ketamine",
        Drug,
        grams(100, Exact),
        "100 grams",
        Seized,
        CARGA_BLANCA,
    ),
    op_seizure(
        "crimjust.carga-blanca.ephedrine",
        CB,
        "ephedrine",
        Precursor,
        grams(120, Exact),
        "120 grams",
        Seized,
        CARGA_BLANCA,
    ),
]);

/// What this part of the report says in words (aims, focus, mandates, purposes, topics…): one statement per
/// question answered, its text an excerpt of the quote, its `about` the records the words name.
pub(super) const STATEMENTS: crate::List<crate::Statement> = statements::STATEMENTS;

/// The statements, in a module of their own so that their imports stay apart from the records'.
mod statements {
    use std::borrow::Cow::Borrowed as B;

    use crate::RecordKind as K;
    use crate::StatementKind::{Activity, Aim, Assessment, Focus, Scope};
    use crate::data::Section2021_2022::Crimjust;
    use crate::data::dsl::{id, r, src, t};
    use crate::{List, Statement};

    /// What CRIMJUST aims at.
    const AIMS: &str = "aims at strengthening criminal investigation and criminal justice cooperation in Latin America, the Caribbean and West African countries, to enhance their capacity to counter organised crime along drug trafficking routes.";
    /// CRIMJUST's capacity-building and its investigative fora.
    const FORA: &str = "Alongside capacity-building activities, CRIMJUST has developed the successful inter-regional investigative fora, bringing together prosecutors and senior investigators in organised crime cases of a transregional nature.";

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("crimjust.aims"),
            of: r(K::Project, "crimjust"),
            kind: Aim,
            text: t(
                "strengthening criminal investigation and criminal justice cooperation in Latin America, the Caribbean and West African countries",
            ),
            about: B(&[]),
            source: src(Crimjust, AIMS),
        },
        Statement {
            id: id("crimjust.aims.capacity"),
            of: r(K::Project, "crimjust"),
            kind: Aim,
            text: t("to enhance their capacity to counter organised crime along drug trafficking routes"),
            about: B(&[]),
            source: src(Crimjust, AIMS),
        },
        Statement {
            id: id("crimjust.trainings-2021.focus"),
            of: r(K::Event, "crimjust.trainings-2021"),
            kind: Focus,
            text: t(
                "cybercrime related to drugs trafficking, proceeds of crime and asset forfeiture, cocaine laboratories and cocaine production, and ethics and integrity",
            ),
            about: B(&[]),
            source: src(
                Crimjust,
                "In 2021, CRIMJUST organised a number of trainings and events focusing on cybercrime related to drugs trafficking, proceeds of crime and asset forfeiture, cocaine laboratories and cocaine production, and ethics and integrity.",
            ),
        },
        Statement {
            id: id("crimjust.seizures.assessment"),
            of: r(K::Project, "crimjust"),
            kind: Assessment,
            text: t("contributed to significant seizures"),
            // The seizures the next sentences give are those of the three operations.
            about: B(&[
                r(K::Operation, "crimjust.mihadarati"),
                r(K::Operation, "crimjust.trigger"),
                r(K::Operation, "crimjust.carga-blanca"),
            ]),
            source: src(Crimjust, "The project contributed to significant seizures."),
        },
        Statement {
            id: id("crimjust.capacity-building"),
            of: r(K::Project, "crimjust"),
            kind: Activity,
            text: t("capacity-building activities"),
            about: B(&[]),
            source: src(Crimjust, FORA),
        },
        Statement {
            id: id("crimjust.investigative-fora.assessment"),
            of: r(K::Event, "crimjust.investigative-fora"),
            kind: Assessment,
            text: t("successful"),
            about: B(&[]),
            source: src(Crimjust, FORA),
        },
        Statement {
            id: id("crimjust.investigative-fora.scope"),
            of: r(K::Event, "crimjust.investigative-fora"),
            kind: Scope,
            text: t(
                "bringing together prosecutors and senior investigators in organised crime cases of a transregional nature",
            ),
            about: B(&[]),
            source: src(Crimjust, FORA),
        },
    ]);
}
