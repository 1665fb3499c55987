//! Section III.A, first bullet: the Airport Communication Project (AIRCOP) under the GIFP — its
//! implementers, its CELAC geographical scope, its Joint Airport Interdiction Task Forces
//! (operational and under establishment), its partnerships, and its 2021 seizures and other
//! results.

use std::borrow::Cow::Borrowed as B;

use super::dsl::{airport, count, country_part, id, kg, noted, on, org_part, pieces, r, some, src, t, tons, usd, year};
use crate::CommodityCategory::{Arms, Currency, Drug, Medicine, PreciousMetal, Precursor, Wildlife};
use crate::Completeness::Complete;
use crate::Country::{
    AR, BA, BB, BF, BJ, BO, BR, CI, CM, CO, CR, CU, CV, DO, EC, ET, GH, GM, GW, IQ, JM, JO, KE, LB, MA, MK, ML, MZ, NE,
    NG, PA, PE, RS, SN, SV, TG, TT, ZA,
};
use crate::OutcomeKind::{Interceptions, NetworksDismantled, PersonsArrested, VictimsIdentified};
use crate::Qualifier::{Almost, Exact, Half, MoreThan, Over};
use crate::RecordKind::{Participation as ParticipationRef, Project as ProjectRef, TaskForce as TaskForceRef};
use crate::Role::{Implementer, ImplementingPartner, InScope, Partner};
use crate::Status::{Active, Operational, UnderEstablishment};
use crate::data::Section2021_2022::Aircop;
use crate::{
    Bloc, CommodityCategory, Country, List, Outcome, Participation, Place, Project, ProjectKind, Quantity, Seizure,
    SeizureAction, SourceRef, StatedList, Status, TaskForce,
};

const AIRCOP: crate::Ref = r(ProjectRef, "aircop");

// "The Airport Communication Project (AIRCOP) implemented by the United Nations Office on Drugs
// and Crime (UNODC) in partnership with the World Customs Organisation and INTERPOL…"

pub(super) const PROJECTS: List<Project> = B(&[Project {
    id: id("aircop"),
    programme: id("gifp"),
    parent: None,
    kind: ProjectKind::Project,
    ordinal: None,
    name: t("Airport Communication Project"),
    acronym: some("AIRCOP"),
    aliases: B(&[]),
    focus: some(
        "building interdiction capacities at selected international airports across the globe by establishing Joint Airport Interdiction Task Forces (JAITFs), promoting intelligence and information sharing between services at national and international level, as well as promoting an intelligence-led approach to countering drug trafficking",
    ),
    launched: None,
    source: src(
        Aircop,
        "The Airport Communication Project (AIRCOP)** implemented by the United Nations Office on Drugs and Crime (UNODC) in partnership with the World Customs Organisation and INTERPOL, focuses on building interdiction capacities at selected international airports across the globe by establishing Joint Airport Interdiction Task Forces (JAITFs), promoting intelligence and information sharing between services at national and international level, as well as promoting an intelligence-led approach to countering drug trafficking.",
    ),
}]);

const IMPLEMENTERS: SourceRef = src(
    Aircop,
    "implemented by the United Nations Office on Drugs and Crime (UNODC) in partnership with the World Customs Organisation and INTERPOL",
);

// "CELAC countries included in AIRCOP's geographical scope are: Argentina, Barbados, …"

const SCOPE: SourceRef = src(
    Aircop,
    "CELAC countries included in AIRCOP's geographical scope are: Argentina, Barbados, Bolivia, Brazil, Colombia, Dominican Republic, Ecuador, El Salvador, Jamaica, Panama and Peru.",
);

const fn scope(key: &'static str, country: Country, as_written: &'static str) -> Participation {
    country_part(key, country, as_written, AIRCOP, InScope, Active, SCOPE)
}

// "Partnerships are also established with Brazil, Colombia, Iraq, Lebanon, Morocco, Peru and
// South Africa."

const PARTNERS: SourceRef = src(
    Aircop,
    "Partnerships are also established with Brazil, Colombia, Iraq, Lebanon, Morocco, Peru and South Africa.",
);

const fn partner(key: &'static str, country: Country, as_written: &'static str) -> Participation {
    country_part(key, country, as_written, AIRCOP, Partner, Active, PARTNERS)
}

pub(super) const PARTICIPATIONS: List<Participation> = B(&[
    org_part(
        "aircop.implementer.unodc",
        "unodc",
        "United Nations Office on Drugs and Crime",
        AIRCOP,
        Implementer,
        Active,
        IMPLEMENTERS,
    ),
    org_part(
        "aircop.implementing-partner.wco",
        "wco",
        "World Customs Organisation",
        AIRCOP,
        ImplementingPartner,
        Active,
        IMPLEMENTERS,
    ),
    org_part(
        "aircop.implementing-partner.interpol",
        "interpol",
        "INTERPOL",
        AIRCOP,
        ImplementingPartner,
        Active,
        IMPLEMENTERS,
    ),
    // The CELAC geographical scope.
    scope("aircop.scope.ar", AR, "Argentina"),
    scope("aircop.scope.bb", BB, "Barbados"),
    scope("aircop.scope.bo", BO, "Bolivia"),
    scope("aircop.scope.br", BR, "Brazil"),
    scope("aircop.scope.co", CO, "Colombia"),
    scope("aircop.scope.do", DO, "Dominican Republic"),
    scope("aircop.scope.ec", EC, "Ecuador"),
    scope("aircop.scope.sv", SV, "El Salvador"),
    scope("aircop.scope.jm", JM, "Jamaica"),
    scope("aircop.scope.pa", PA, "Panama"),
    scope("aircop.scope.pe", PE, "Peru"),
    // The partnerships.
    partner("aircop.partner.br", BR, "Brazil"),
    partner("aircop.partner.co", CO, "Colombia"),
    partner("aircop.partner.iq", IQ, "Iraq"),
    partner("aircop.partner.lb", LB, "Lebanon"),
    partner("aircop.partner.ma", MA, "Morocco"),
    partner("aircop.partner.pe", PE, "Peru"),
    partner("aircop.partner.za", ZA, "South Africa"),
]);

// "25 Joint Airport Interdiction Task Forces (JAITFs) are operational in Argentina, Barbados, …"
// One record per task force: a country with several airports in brackets has one task force
// per airport; a country named without an airport has one task force with no location.

const JAITFS: &str = "Joint Airport Interdiction Task Forces (JAITFs)";

const OPERATIONAL: SourceRef = src(
    Aircop,
    "25 Joint Airport Interdiction Task Forces (JAITFs) are operational in Argentina, Barbados, Benin, Bolivia (Santa Cruz-Viru Viru), Burkina Faso, Cabo Verde, Cameroon (Douala and Yaoundé), Côte d'Ivoire, Dominican Republic (Santo Domingo and Punta Cana), El Salvador, Gambia, Ghana, Guinea-Bissau, Jamaica (Montego Bay and Kingston), Jordan, Mali, Niger (Niamey), Nigeria (Abuja and Lagos), Senegal and Togo.",
);

// "Additional task forces are under establishment in Ethiopia, Kenya, …"
const UNDER_ESTABLISHMENT: SourceRef = noted(
    Aircop,
    "Additional task forces are under establishment in Ethiopia, Kenya, Mozambique, Niger (Agadez), Bolivia, Costa Rica, Cuba, Ecuador and Trinidad & Tobago as well as in Bosnia-Herzegovina, Serbia and North-Macedonia.",
    "'Additional task forces' read as further AIRCOP Joint Airport Interdiction Task Forces (the sentence follows the list of operational JAITFs); one task force per country, and for Niger one at Agadez, a second Niger task force beside the operational one at Niamey.",
);

const fn jaitf(
    key: &'static str,
    host: Country,
    as_written: &'static str,
    location: Option<Place>,
    status: Status,
    source: SourceRef,
) -> TaskForce {
    TaskForce {
        id: id(key),
        of: AIRCOP,
        name: t(JAITFS),
        host: Some(host),
        location,
        status,
        as_written: some(as_written),
        source,
    }
}

const fn operational(key: &'static str, host: Country, as_written: &'static str) -> TaskForce {
    jaitf(key, host, as_written, None, Operational, OPERATIONAL)
}

const fn operational_at(key: &'static str, host: Country, as_written: &'static str, at: &'static str) -> TaskForce {
    jaitf(key, host, as_written, Some(airport(at, host)), Operational, OPERATIONAL)
}

const fn under_establishment(key: &'static str, host: Country, as_written: &'static str) -> TaskForce {
    jaitf(key, host, as_written, None, UnderEstablishment, UNDER_ESTABLISHMENT)
}

pub(super) const TASK_FORCES: List<TaskForce> = B(&[
    // Operational.
    operational("aircop.jaitf.ar", AR, "Argentina"),
    operational("aircop.jaitf.bb", BB, "Barbados"),
    operational("aircop.jaitf.bj", BJ, "Benin"),
    operational_at("aircop.jaitf.bo-santa-cruz-viru-viru", BO, "Bolivia", "Santa Cruz-Viru Viru"),
    operational("aircop.jaitf.bf", BF, "Burkina Faso"),
    operational("aircop.jaitf.cv", CV, "Cabo Verde"),
    operational_at("aircop.jaitf.cm-douala", CM, "Cameroon", "Douala"),
    operational_at("aircop.jaitf.cm-yaounde", CM, "Cameroon", "Yaoundé"),
    operational("aircop.jaitf.ci", CI, "Côte d'Ivoire"),
    operational_at("aircop.jaitf.do-santo-domingo", DO, "Dominican Republic", "Santo Domingo"),
    operational_at("aircop.jaitf.do-punta-cana", DO, "Dominican Republic", "Punta Cana"),
    operational("aircop.jaitf.sv", SV, "El Salvador"),
    operational("aircop.jaitf.gm", GM, "Gambia"),
    operational("aircop.jaitf.gh", GH, "Ghana"),
    operational("aircop.jaitf.gw", GW, "Guinea-Bissau"),
    operational_at("aircop.jaitf.jm-montego-bay", JM, "Jamaica", "Montego Bay"),
    operational_at("aircop.jaitf.jm-kingston", JM, "Jamaica", "Kingston"),
    operational("aircop.jaitf.jo", JO, "Jordan"),
    operational("aircop.jaitf.ml", ML, "Mali"),
    operational_at("aircop.jaitf.ne-niamey", NE, "Niger", "Niamey"),
    operational_at("aircop.jaitf.ng-abuja", NG, "Nigeria", "Abuja"),
    operational_at("aircop.jaitf.ng-lagos", NG, "Nigeria", "Lagos"),
    operational("aircop.jaitf.sn", SN, "Senegal"),
    operational("aircop.jaitf.tg", TG, "Togo"),
    // Under establishment.
    under_establishment("aircop.jaitf.et", ET, "Ethiopia"),
    under_establishment("aircop.jaitf.ke", KE, "Kenya"),
    under_establishment("aircop.jaitf.mz", MZ, "Mozambique"),
    jaitf("aircop.jaitf.ne-agadez", NE, "Niger", Some(airport("Agadez", NE)), UnderEstablishment, UNDER_ESTABLISHMENT),
    under_establishment("aircop.jaitf.bo", BO, "Bolivia"),
    under_establishment("aircop.jaitf.cr", CR, "Costa Rica"),
    under_establishment("aircop.jaitf.cu", CU, "Cuba"),
    under_establishment("aircop.jaitf.ec", EC, "Ecuador"),
    under_establishment("aircop.jaitf.tt", TT, "Trinidad & Tobago"),
    under_establishment("aircop.jaitf.ba", BA, "Bosnia-Herzegovina"),
    under_establishment("aircop.jaitf.rs", RS, "Serbia"),
    under_establishment("aircop.jaitf.mk", MK, "North-Macedonia"),
]);

pub(super) const LISTS: List<StatedList> = B(&[
    StatedList {
        id: id("aircop.scope"),
        of: AIRCOP,
        label: t("CELAC countries included in AIRCOP's geographical scope"),
        bloc: Some(Bloc::Celac),
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(ParticipationRef, "aircop.scope.ar"),
            r(ParticipationRef, "aircop.scope.bb"),
            r(ParticipationRef, "aircop.scope.bo"),
            r(ParticipationRef, "aircop.scope.br"),
            r(ParticipationRef, "aircop.scope.co"),
            r(ParticipationRef, "aircop.scope.do"),
            r(ParticipationRef, "aircop.scope.ec"),
            r(ParticipationRef, "aircop.scope.sv"),
            r(ParticipationRef, "aircop.scope.jm"),
            r(ParticipationRef, "aircop.scope.pa"),
            r(ParticipationRef, "aircop.scope.pe"),
        ]),
        source: SCOPE,
    },
    // The stated count is 25; the enumeration yields 24 task forces (20 countries, four of
    // them with two airports). Both are kept as stated.
    StatedList {
        id: id("aircop.jaitf-operational"),
        of: AIRCOP,
        label: t("Joint Airport Interdiction Task Forces (JAITFs) are operational in"),
        bloc: None,
        completeness: Complete,
        count: Some(count(25, Exact)),
        stated: some("25"),
        items: B(&[
            r(TaskForceRef, "aircop.jaitf.ar"),
            r(TaskForceRef, "aircop.jaitf.bb"),
            r(TaskForceRef, "aircop.jaitf.bj"),
            r(TaskForceRef, "aircop.jaitf.bo-santa-cruz-viru-viru"),
            r(TaskForceRef, "aircop.jaitf.bf"),
            r(TaskForceRef, "aircop.jaitf.cv"),
            r(TaskForceRef, "aircop.jaitf.cm-douala"),
            r(TaskForceRef, "aircop.jaitf.cm-yaounde"),
            r(TaskForceRef, "aircop.jaitf.ci"),
            r(TaskForceRef, "aircop.jaitf.do-santo-domingo"),
            r(TaskForceRef, "aircop.jaitf.do-punta-cana"),
            r(TaskForceRef, "aircop.jaitf.sv"),
            r(TaskForceRef, "aircop.jaitf.gm"),
            r(TaskForceRef, "aircop.jaitf.gh"),
            r(TaskForceRef, "aircop.jaitf.gw"),
            r(TaskForceRef, "aircop.jaitf.jm-montego-bay"),
            r(TaskForceRef, "aircop.jaitf.jm-kingston"),
            r(TaskForceRef, "aircop.jaitf.jo"),
            r(TaskForceRef, "aircop.jaitf.ml"),
            r(TaskForceRef, "aircop.jaitf.ne-niamey"),
            r(TaskForceRef, "aircop.jaitf.ng-abuja"),
            r(TaskForceRef, "aircop.jaitf.ng-lagos"),
            r(TaskForceRef, "aircop.jaitf.sn"),
            r(TaskForceRef, "aircop.jaitf.tg"),
        ]),
        source: noted(
            Aircop,
            "25 Joint Airport Interdiction Task Forces (JAITFs) are operational in Argentina, Barbados, Benin, Bolivia (Santa Cruz-Viru Viru), Burkina Faso, Cabo Verde, Cameroon (Douala and Yaoundé), Côte d'Ivoire, Dominican Republic (Santo Domingo and Punta Cana), El Salvador, Gambia, Ghana, Guinea-Bissau, Jamaica (Montego Bay and Kingston), Jordan, Mali, Niger (Niamey), Nigeria (Abuja and Lagos), Senegal and Togo.",
            "One task force per airport named in brackets, one per country named without an airport: the enumeration yields 24 task forces in 20 countries (Cameroon, the Dominican Republic, Jamaica and Nigeria with two each), against the stated 25. Both are kept as stated.",
        ),
    },
    StatedList {
        id: id("aircop.jaitf-under-establishment"),
        of: AIRCOP,
        label: t("Additional task forces are under establishment in"),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(TaskForceRef, "aircop.jaitf.et"),
            r(TaskForceRef, "aircop.jaitf.ke"),
            r(TaskForceRef, "aircop.jaitf.mz"),
            r(TaskForceRef, "aircop.jaitf.ne-agadez"),
            r(TaskForceRef, "aircop.jaitf.bo"),
            r(TaskForceRef, "aircop.jaitf.cr"),
            r(TaskForceRef, "aircop.jaitf.cu"),
            r(TaskForceRef, "aircop.jaitf.ec"),
            r(TaskForceRef, "aircop.jaitf.tt"),
            r(TaskForceRef, "aircop.jaitf.ba"),
            r(TaskForceRef, "aircop.jaitf.rs"),
            r(TaskForceRef, "aircop.jaitf.mk"),
        ]),
        source: UNDER_ESTABLISHMENT,
    },
    StatedList {
        id: id("aircop.partners"),
        of: AIRCOP,
        label: t("Partnerships are also established with"),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(ParticipationRef, "aircop.partner.br"),
            r(ParticipationRef, "aircop.partner.co"),
            r(ParticipationRef, "aircop.partner.iq"),
            r(ParticipationRef, "aircop.partner.lb"),
            r(ParticipationRef, "aircop.partner.ma"),
            r(ParticipationRef, "aircop.partner.pe"),
            r(ParticipationRef, "aircop.partner.za"),
        ]),
        source: PARTNERS,
    },
]);

// "In 2021, AIRCOP's drugs seizures amounted to over 9.6 tons of cocaine, …"

const DRUGS: SourceRef = src(
    Aircop,
    "In 2021, AIRCOP's drugs seizures amounted to over 9.6 tons of cocaine, 3.4 tons of khat, 6.9 tons of cannabis, 2 tons of methamphetamine, half a ton of heroin and 137 kg of amphetamine.",
);

// "Other commodities include …": the sentence continues the 2021 seizures of the one before.
const OTHER: SourceRef = noted(
    Aircop,
    "Other commodities include 1.5 ton of precursors, 19.8 tons of medicine, including falsified medical products, 270 kg of gold, 28.2 million undeclared US dollars, more than two thousand pieces of various ammunition, 1 ton of ivory and almost 2 tons of pangolin scales.",
    "Read as further AIRCOP seizures of 2021: the sentence follows 'In 2021, AIRCOP's drugs seizures amounted to …' and lists the other commodities seized.",
);

const fn seized(
    key: &'static str,
    commodity: &'static str,
    category: CommodityCategory,
    quantity: Quantity,
    stated: &'static str,
    source: SourceRef,
) -> Seizure {
    Seizure {
        id: id(key),
        programme: None,
        project: Some(id("aircop")),
        operation: None,
        credit: crate::Credit::Own,
        commodity: t(commodity),
        category,
        quantity,
        stated: t(stated),
        action: SeizureAction::Seized,
        period: on(year(2021)),
        place: None,
        source,
    }
}

pub(super) const SEIZURES: List<Seizure> = B(&[
    seized("aircop.2021.cocaine", "cocaine", Drug, tons(96, 1, Over), "over 9.6 tons", DRUGS),
    seized("aircop.2021.khat", "khat", Drug, tons(34, 1, Exact), "3.4 tons", DRUGS),
    seized("aircop.2021.cannabis", "cannabis", Drug, tons(69, 1, Exact), "6.9 tons", DRUGS),
    seized("aircop.2021.methamphetamine", "methamphetamine", Drug, tons(2, 0, Exact), "2 tons", DRUGS),
    seized("aircop.2021.heroin", "heroin", Drug, tons(5, 1, Half), "half a ton", DRUGS),
    seized("aircop.2021.amphetamine", "amphetamine", Drug, kg(137, 0, Exact), "137 kg", DRUGS),
    seized("aircop.2021.precursors", "precursors", Precursor, tons(15, 1, Exact), "1.5 ton", OTHER),
    seized(
        "aircop.2021.medicine",
        "medicine, including falsified medical products",
        Medicine,
        tons(198, 1, Exact),
        "19.8 tons",
        OTHER,
    ),
    seized("aircop.2021.gold", "gold", PreciousMetal, kg(270, 0, Exact), "270 kg", OTHER),
    seized(
        "aircop.2021.us-dollars",
        "undeclared US dollars",
        Currency,
        usd(28_200_000, 0, Exact),
        "28.2 million undeclared US dollars",
        OTHER,
    ),
    seized(
        "aircop.2021.ammunition",
        "various ammunition",
        Arms,
        pieces(2000, MoreThan),
        "more than two thousand pieces",
        OTHER,
    ),
    seized("aircop.2021.ivory", "ivory", Wildlife, tons(1, 0, Exact), "1 ton", OTHER),
    seized("aircop.2021.pangolin-scales", "pangolin scales", Wildlife, tons(2, 0, Almost), "almost 2 tons", OTHER),
]);

// "Suspect foreign terrorist fighters have been intercepted by JAITFs, including at Santo
// Domingo airport. …" The paragraph dates its seizures "In 2021"; these results are stated in
// the present perfect with no date of their own, so no period is recorded for them.

const NO_DATE: &str = "The paragraph opens 'In 2021' for AIRCOP's seizures; this result is stated in the present perfect with no date of its own, so no period is recorded.";

pub(super) const OUTCOMES: List<Outcome> = B(&[
    // One claim: the interceptions by JAITFs, among them some at Santo Domingo airport.
    Outcome {
        id: id("aircop.ftf-intercepted"),
        of: AIRCOP,
        credit: crate::Credit::Own,
        kind: Interceptions,
        description: t(
            "Suspect foreign terrorist fighters have been intercepted by JAITFs, including at Santo Domingo airport",
        ),
        quantity: None,
        stated: None,
        period: None,
        place: Some(airport("Santo Domingo airport", DO)),
        source: noted(
            Aircop,
            "Suspect foreign terrorist fighters have been intercepted by JAITFs, including at Santo Domingo airport.",
            "One result, recorded once: the interceptions by AIRCOP's task forces (\"by JAITFs\"), with no figure. \
             \"Including at Santo Domingo airport\" names the one place the report gives (the JAITF operational \
             there, in the Dominican Republic), not the only one: other interceptions took place at places it does \
             not name. The paragraph opens 'In 2021' for AIRCOP's seizures; this result is stated in the present \
             perfect with no date of its own, so no period is recorded.",
        ),
    },
    Outcome {
        id: id("aircop.wanted-persons-arrested"),
        of: AIRCOP,
        credit: crate::Credit::Own,
        kind: PersonsArrested,
        description: t("Six wanted persons on red INTERPOL notice have also been arrested"),
        quantity: Some(count(6, Exact)),
        stated: some("Six"),
        period: None,
        place: None,
        source: noted(Aircop, "Six wanted persons on red INTERPOL notice have also been arrested.", NO_DATE),
    },
    // "Several": no figure.
    Outcome {
        id: id("aircop.trafficking-victims-identified"),
        of: AIRCOP,
        credit: crate::Credit::Own,
        kind: VictimsIdentified,
        description: t("Several victims of human trafficking have been identified"),
        quantity: None,
        stated: None,
        period: None,
        place: None,
        source: noted(Aircop, "Several victims of human trafficking have been identified", NO_DATE),
    },
    Outcome {
        id: id("aircop.smuggling-networks-dismantled"),
        of: AIRCOP,
        credit: crate::Credit::Own,
        kind: NetworksDismantled,
        description: t("networks of migrant smugglers dismantled"),
        quantity: None,
        stated: None,
        period: None,
        place: None,
        source: noted(
            Aircop,
            "Several victims of human trafficking have been identified and networks of migrant smugglers dismantled.",
            NO_DATE,
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
    use crate::StatementKind::Focus;
    use crate::data::Section2021_2022::Aircop;
    use crate::data::dsl::{id, r, src, t};
    use crate::{List, Statement};

    /// What AIRCOP focuses on.
    const FOCUS: &str = "focuses on building interdiction capacities at selected international airports across the globe by establishing Joint Airport Interdiction Task Forces (JAITFs), promoting intelligence and information sharing between services at national and international level, as well as promoting an intelligence-led approach to countering drug trafficking.";

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("aircop.focus"),
            of: r(K::Project, "aircop"),
            kind: Focus,
            text: t(
                "building interdiction capacities at selected international airports across the globe by establishing Joint Airport Interdiction Task Forces (JAITFs)",
            ),
            about: B(&[]),
            source: src(Aircop, FOCUS),
        },
        Statement {
            id: id("aircop.focus.information-sharing"),
            of: r(K::Project, "aircop"),
            kind: Focus,
            text: t(
                "promoting intelligence and information sharing between services at national and international level",
            ),
            about: B(&[]),
            source: src(Aircop, FOCUS),
        },
        Statement {
            id: id("aircop.focus.intelligence-led"),
            of: r(K::Project, "aircop"),
            kind: Focus,
            text: t("promoting an intelligence-led approach to countering drug trafficking"),
            about: B(&[]),
            source: src(Aircop, FOCUS),
        },
    ]);
}
