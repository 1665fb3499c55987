//! Section III.A, the SEACOP project: its implementer and partners, its phases III to V and
//! the countries each includes, its activities since the start of the fifth phase, and the
//! seizures it contributed to.

use std::borrow::Cow::Borrowed as B;

use super::dsl::country_part as cp;
use super::dsl::{city, count, id, in_country, kg, month, noted, org_part, r, since, some, src, t, tons};
use crate::Country::{
    AG, AI, AR, BB, BR, CO, DM, DO, EC, ES, GD, GY, JM, KN, LC, MS, PA, PE, PY, SN, SR, TT, UY, VC, VG,
};
use crate::Qualifier::Exact;
use crate::RecordKind::{Participation as PartRef, Phase as PhaseRef, Project as ProjectRef};
use crate::Role::{Implementer, InScope};
use crate::Status::{Active, AssessedForInclusion, Completed, Ongoing, PossibleLaterInclusion, Potential};
use crate::data::Section2021_2022::Seacop;
use crate::{
    CommodityCategory, Completeness, Country, Event, EventKind, Framing, List, Participation, Phase, Place, PlaceKind,
    Project, ProjectKind, Ref, Seizure, SeizureAction, SourceRef, StatedList,
};

// "- **The SEACOP project**, implemented by Expertise France, entered its fifth phase in May 2021 …"

pub(super) const PROJECTS: List<Project> = B(&[Project {
    id: id("seacop"),
    programme: id("gifp"),
    parent: None,
    kind: ProjectKind::Project,
    ordinal: None,
    name: t("SEACOP"),
    // The report never expands the acronym; the name is the acronym.
    acronym: some("SEACOP"),
    aliases: B(&[]),
    focus: some(
        "fight against maritime illicit trade and associated criminal networks in targeted countries and regions of \
         Latin America, the Caribbean and West Africa",
    ),
    // The report does not say when SEACOP started; only its fifth phase is dated.
    launched: None,
    source: src(
        Seacop,
        "**The SEACOP project**, implemented by Expertise France, entered its fifth phase in May 2021 and aims to \
         contribute to the **fight against maritime illicit trade and associated criminal networks** in targeted \
         countries and regions of Latin America, the Caribbean and West Africa",
    ),
}]);

const PHASES_DONE: &str = "The report dates only the fifth phase, entered in May 2021; phases III and IV, which \
                           precede it, are read as completed (a project is in one phase at a time, and SEACOP \
                           \"entered its fifth phase\"). The report gives them no dates.";

pub(super) const PHASES: List<Phase> = B(&[
    // Phase III and IV are named but undated.
    Phase {
        id: id("seacop.phase-3"),
        of: r(ProjectRef, "seacop"),
        ordinal: Some(3),
        name: t("Phase III"),
        period: None,
        status: Completed,
        source: noted(Seacop, "the 11 countries in the Caribbean from Phase III", PHASES_DONE),
    },
    Phase {
        id: id("seacop.phase-4"),
        of: r(ProjectRef, "seacop"),
        ordinal: Some(4),
        name: t("Phase IV"),
        period: None,
        status: Completed,
        source: noted(Seacop, "seven priority countries in the LAC region were included in Phase IV", PHASES_DONE),
    },
    // The report writes "fifth phase", "phase V" and "Phase V"; the phase's "additional focus …
    // on riverine trafficking" has no field in the model and stays in the quote.
    Phase {
        id: id("seacop.phase-5"),
        of: r(ProjectRef, "seacop"),
        ordinal: Some(5),
        name: t("Phase V"),
        period: since(month(2021, 5)),
        status: Ongoing,
        source: noted(
            Seacop,
            "entered its fifth phase in May 2021",
            "The fifth phase is also written \"phase V\" and \"Phase V\"; the report adds its \"additional \
             focus … on riverine trafficking\". Entered in May 2021 and not said to have ended: an open period \
             from May 2021.",
        ),
    },
]);

// Shared quotes of the country lists, with the reading of their status.
const PHASE_3_LIST: SourceRef = noted(
    Seacop,
    "In addition to the 11 countries in the Caribbean from Phase III (British Virgin Islands, Anguilla, Antigua and \
     Barbuda, St Kitts and Nevis, Montserrat, Dominica, St Lucia, Barbados, St Vincent and the Grenadines, Grenada and \
     Trinidad and Tobago)",
    "Phase III has ended (SEACOP entered its fifth phase in May 2021), so the eleven countries' inclusion in it is \
     recorded as completed, as done as the phase. \"In addition to\" suggests that they remain covered, but the report \
     does not list the countries of Phase V, so no Phase V scope is recorded for them. Three of the eleven (British \
     Virgin Islands, Anguilla, Montserrat) are British overseas territories.",
);
const PHASE_4_LIST: SourceRef = noted(
    Seacop,
    "seven priority countries in the LAC region were included in Phase IV, namely Brazil, Colombia, Argentina, the \
     Dominican Republic, Guyana, Jamaica, and Panama, and potentially also Ecuador",
    "Phase IV has ended (SEACOP entered its fifth phase in May 2021), so the seven priority countries' inclusion in it \
     is recorded as completed, as done as the phase (\"were included\").",
);
const PHASE_5_ASSESSED: SourceRef =
    src(Seacop, "Paraguay and Uruguay have already been assessed for inclusion in Phase V");

const SEACOP: Ref = r(ProjectRef, "seacop");
const PHASE_3: Ref = r(PhaseRef, "seacop.phase-3");
const PHASE_4: Ref = r(PhaseRef, "seacop.phase-4");
const PHASE_5: Ref = r(PhaseRef, "seacop.phase-5");

/// A country in the scope of a phase that is going on.
const fn scope(
    key: &'static str,
    c: Country,
    as_written: &'static str,
    phase: Ref,
    source: SourceRef,
) -> Participation {
    cp(key, c, as_written, phase, InScope, Active, source)
}

/// A country in the scope of a phase that has ended (phases III and IV): its inclusion is as
/// done as the phase.
const fn scope_done(
    key: &'static str,
    c: Country,
    as_written: &'static str,
    phase: Ref,
    source: SourceRef,
) -> Participation {
    cp(key, c, as_written, phase, InScope, Completed, source)
}

pub(super) const PARTICIPATIONS: List<Participation> = B(&[
    // "implemented by Expertise France"
    org_part(
        "seacop.implementer.expertise-france",
        "expertise-france",
        "Expertise France",
        SEACOP,
        Implementer,
        Active,
        src(Seacop, "**The SEACOP project**, implemented by Expertise France"),
    ),
    // "including with EUROPOL and FRONTEX" states how SEACOP aims to contribute (a statement of
    // its aim, linked to EUROPOL and FRONTEX), not that they are its partners: no participation.
    //
    // "In addition to the 11 countries in the Caribbean from Phase III (…)": why their inclusion,
    // and that of Phase IV's seven, is completed is in the quotes' notes (PHASE_3_LIST, PHASE_4_LIST).
    scope_done("seacop.phase-3.scope.vg", VG, "British Virgin Islands", PHASE_3, PHASE_3_LIST),
    scope_done("seacop.phase-3.scope.ai", AI, "Anguilla", PHASE_3, PHASE_3_LIST),
    scope_done("seacop.phase-3.scope.ag", AG, "Antigua and Barbuda", PHASE_3, PHASE_3_LIST),
    scope_done("seacop.phase-3.scope.kn", KN, "St Kitts and Nevis", PHASE_3, PHASE_3_LIST),
    scope_done("seacop.phase-3.scope.ms", MS, "Montserrat", PHASE_3, PHASE_3_LIST),
    scope_done("seacop.phase-3.scope.dm", DM, "Dominica", PHASE_3, PHASE_3_LIST),
    scope_done("seacop.phase-3.scope.lc", LC, "St Lucia", PHASE_3, PHASE_3_LIST),
    scope_done("seacop.phase-3.scope.bb", BB, "Barbados", PHASE_3, PHASE_3_LIST),
    scope_done("seacop.phase-3.scope.vc", VC, "St Vincent and the Grenadines", PHASE_3, PHASE_3_LIST),
    scope_done("seacop.phase-3.scope.gd", GD, "Grenada", PHASE_3, PHASE_3_LIST),
    scope_done("seacop.phase-3.scope.tt", TT, "Trinidad and Tobago", PHASE_3, PHASE_3_LIST),
    // "seven priority countries in the LAC region were included in Phase IV, namely …"
    scope_done("seacop.phase-4.scope.br", BR, "Brazil", PHASE_4, PHASE_4_LIST),
    scope_done("seacop.phase-4.scope.co", CO, "Colombia", PHASE_4, PHASE_4_LIST),
    scope_done("seacop.phase-4.scope.ar", AR, "Argentina", PHASE_4, PHASE_4_LIST),
    scope_done("seacop.phase-4.scope.do", DO, "the Dominican Republic", PHASE_4, PHASE_4_LIST),
    scope_done("seacop.phase-4.scope.gy", GY, "Guyana", PHASE_4, PHASE_4_LIST),
    scope_done("seacop.phase-4.scope.jm", JM, "Jamaica", PHASE_4, PHASE_4_LIST),
    scope_done("seacop.phase-4.scope.pa", PA, "Panama", PHASE_4, PHASE_4_LIST),
    // "and potentially also Ecuador": not one of the seven, kept out of their stated list.
    cp(
        "seacop.phase-4.scope.ec",
        EC,
        "Ecuador",
        PHASE_4,
        InScope,
        Potential,
        noted(
            Seacop,
            "seven priority countries in the LAC region were included in Phase IV, namely Brazil, Colombia, \
             Argentina, the Dominican Republic, Guyana, Jamaica, and Panama, and potentially also Ecuador",
            "Ecuador is read as a possible addition to Phase IV beside the seven priority countries the sentence \
             counts, not as one of them. The status keeps the report's word \"potentially\" although Phase IV has \
             ended: the report does not say whether Ecuador was included before the phase ended, nor that it is \
             included in Phase V, so the possibility stays with the phase the sentence names.",
        ),
    ),
    // "while Peru has been included in phase V"
    scope("seacop.phase-5.scope.pe", PE, "Peru", PHASE_5, src(Seacop, "while Peru has been included in phase V")),
    // "Paraguay and Uruguay have already been assessed for inclusion in Phase V"
    cp("seacop.phase-5.scope.py", PY, "Paraguay", PHASE_5, InScope, AssessedForInclusion, PHASE_5_ASSESSED),
    cp("seacop.phase-5.scope.uy", UY, "Uruguay", PHASE_5, InScope, AssessedForInclusion, PHASE_5_ASSESSED),
    // "while Suriname may be included at a later stage": included in what is not said; read as
    // the project (the weaker claim), not Phase V.
    cp(
        "seacop.scope.sr",
        SR,
        "Suriname",
        SEACOP,
        InScope,
        PossibleLaterInclusion,
        noted(
            Seacop,
            "Given the additional focus of Phase V on riverine trafficking, Paraguay and Uruguay have already been \
             assessed for inclusion in Phase V, while Suriname may be included at a later stage.",
            "The sentence does not say whether Suriname may be included in Phase V or at a later stage of the \
             project; recorded against the project.",
        ),
    ),
]);

pub(super) const LISTS: List<StatedList> = B(&[
    StatedList {
        id: id("seacop.phase-3.caribbean"),
        of: PHASE_3,
        label: t("countries in the Caribbean from Phase III"),
        // Not restricted to CELAC: three of the eleven are territories outside it.
        bloc: None,
        completeness: Completeness::Complete,
        count: Some(count(11, Exact)),
        stated: some("11"),
        items: B(&[
            r(PartRef, "seacop.phase-3.scope.vg"),
            r(PartRef, "seacop.phase-3.scope.ai"),
            r(PartRef, "seacop.phase-3.scope.ag"),
            r(PartRef, "seacop.phase-3.scope.kn"),
            r(PartRef, "seacop.phase-3.scope.ms"),
            r(PartRef, "seacop.phase-3.scope.dm"),
            r(PartRef, "seacop.phase-3.scope.lc"),
            r(PartRef, "seacop.phase-3.scope.bb"),
            r(PartRef, "seacop.phase-3.scope.vc"),
            r(PartRef, "seacop.phase-3.scope.gd"),
            r(PartRef, "seacop.phase-3.scope.tt"),
        ]),
        source: PHASE_3_LIST,
    },
    StatedList {
        id: id("seacop.phase-4.priority"),
        of: PHASE_4,
        label: t("seven priority countries in the LAC region"),
        bloc: None,
        completeness: Completeness::Complete,
        count: Some(count(7, Exact)),
        stated: some("seven"),
        items: B(&[
            r(PartRef, "seacop.phase-4.scope.br"),
            r(PartRef, "seacop.phase-4.scope.co"),
            r(PartRef, "seacop.phase-4.scope.ar"),
            r(PartRef, "seacop.phase-4.scope.do"),
            r(PartRef, "seacop.phase-4.scope.gy"),
            r(PartRef, "seacop.phase-4.scope.jm"),
            r(PartRef, "seacop.phase-4.scope.pa"),
        ]),
        source: PHASE_4_LIST,
    },
    StatedList {
        id: id("seacop.phase-5.assessed"),
        of: PHASE_5,
        label: t("assessed for inclusion in Phase V"),
        bloc: None,
        completeness: Completeness::Complete,
        count: None,
        stated: None,
        items: B(&[r(PartRef, "seacop.phase-5.scope.py"), r(PartRef, "seacop.phase-5.scope.uy")]),
        source: PHASE_5_ASSESSED,
    },
]);

// "Since the start of the fifth phase of the project, SEACOP has carried out missions …"

const SINCE_PHASE_5: &str = "\"Since the start of the fifth phase of the project\" is dated as the open period from \
                             May 2021, when the project entered its fifth phase; the report gives the activity no \
                             date of its own.";

pub(super) const EVENTS: List<Event> = B(&[
    Event {
        id: id("seacop.missions"),
        kind: EventKind::Mission,
        ordinal: None,
        name: t("missions in Jamaica, Barbados and Guyana"),
        of: Some(PHASE_5),
        date: since(month(2021, 5)),
        places: B(&[in_country("Jamaica", JM), in_country("Barbados", BB), in_country("Guyana", GY)]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            Seacop,
            "Since the start of the fifth phase of the project, SEACOP has carried out missions in Jamaica, Barbados \
             and Guyana",
            SINCE_PHASE_5,
        ),
    },
    Event {
        id: id("seacop.technical-meetings-colombia"),
        kind: EventKind::Meeting,
        ordinal: None,
        name: t("technical meetings in Colombia"),
        of: Some(PHASE_5),
        date: since(month(2021, 5)),
        places: B(&[in_country("Colombia", CO)]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(Seacop, "held technical meetings in Colombia", SINCE_PHASE_5),
    },
    // "kicked off": the training has started; the report does not say whether it has ended.
    Event {
        id: id("seacop.first-training-dakar"),
        kind: EventKind::Training,
        ordinal: None,
        name: t("first training in Dakar"),
        of: Some(PHASE_5),
        date: since(month(2021, 5)),
        places: B(&[city("Dakar", SN)]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[]),
        source: noted(
            Seacop,
            "and kicked off its first training in Dakar",
            "\"Kicked off\" is read as the start of the training having taken place (Completed); the report does not \
             say whether the training has ended. Dated as the open period from May 2021, the start of the fifth \
             phase, which the sentence's \"Since the start of the fifth phase of the project\" governs.",
        ),
    },
]);

// "SEACOP contributed to a seizure of 2 tons of cocaine in Dakar, 648 kg of cocaine in Malaga and
// 500 kg of cannabis in Trinidad." No period: "Since the start of the fifth phase" governs the
// sentence before, not this one.

const SEIZURE_NOTE: &str = "The sentence states no period: \"Since the start of the fifth phase of the project\" \
                            governs the sentence before it, so none is recorded. \"A seizure of\" three amounts in \
                            three places is read as three seizures, one per place; SEACOP \"contributed to\" them.";

const SEIZURE_SOURCE: SourceRef = noted(
    Seacop,
    "SEACOP contributed to a seizure of 2 tons of cocaine in Dakar, 648 kg of cocaine in Malaga and 500 kg of \
     cannabis in Trinidad.",
    SEIZURE_NOTE,
);

pub(super) const SEIZURES: List<Seizure> = B(&[
    Seizure {
        id: id("seacop.cocaine-dakar"),
        programme: None,
        project: Some(id("seacop")),
        operation: None,
        credit: crate::Credit::Contribution,
        commodity: t("cocaine"),
        category: CommodityCategory::Drug,
        quantity: tons(2, 0, Exact),
        stated: t("2 tons"),
        action: SeizureAction::Seized,
        period: None,
        place: Some(city("Dakar", SN)),
        source: SEIZURE_SOURCE,
    },
    Seizure {
        id: id("seacop.cocaine-malaga"),
        programme: None,
        project: Some(id("seacop")),
        operation: None,
        credit: crate::Credit::Contribution,
        commodity: t("cocaine"),
        category: CommodityCategory::Drug,
        quantity: kg(648, 0, Exact),
        stated: t("648 kg"),
        action: SeizureAction::Seized,
        period: None,
        place: Some(city("Malaga", ES)),
        source: SEIZURE_SOURCE,
    },
    Seizure {
        id: id("seacop.cannabis-trinidad"),
        programme: None,
        project: Some(id("seacop")),
        operation: None,
        credit: crate::Credit::Contribution,
        commodity: t("cannabis"),
        category: CommodityCategory::Drug,
        quantity: kg(500, 0, Exact),
        stated: t("500 kg"),
        action: SeizureAction::Seized,
        period: None,
        // Trinidad, the island of Trinidad and Tobago.
        place: Some(Place::lit("Trinidad", PlaceKind::Island, TT)),
        source: SEIZURE_SOURCE,
    },
]);

/// Aims, scopes, circumstances and judgements this part of the report states.
pub(super) const STATEMENTS: crate::List<crate::Statement> = std::borrow::Cow::Borrowed(&[
    super::dsl::statement(
        "seacop.aims",
        SEACOP,
        crate::StatementKind::Aim,
        "to contribute to the fight against maritime illicit trade and associated criminal networks in targeted countries and regions of Latin America, the Caribbean and West Africa",
        &[],
        src(
            Seacop,
            "aims to contribute to the **fight against maritime illicit trade and associated criminal networks** in \
             targeted countries and regions of Latin America, the Caribbean and West Africa",
        ),
    ),
    // The clause names EUROPOL and FRONTEX as those SEACOP aims to improve cooperation with: how
    // it aims to contribute ("including by"), not a partnership the report states.
    crate::Statement {
        id: id("seacop.approach.cooperation"),
        of: SEACOP,
        kind: crate::StatementKind::Approach,
        text: t(
            "improving cooperation and information sharing at national, regional and transregional level, including \
             with EUROPOL and FRONTEX",
        ),
        about: B(&[r(crate::RecordKind::Organisation, "europol"), r(crate::RecordKind::Organisation, "frontex")]),
        source: src(
            Seacop,
            "including by improving cooperation and information sharing at national, regional and transregional \
             level, including with EUROPOL and FRONTEX",
        ),
    },
    super::dsl::statement(
        "seacop.phase-5.focus",
        PHASE_5,
        crate::StatementKind::Focus,
        "riverine trafficking",
        &[],
        src(Seacop, "Given the additional focus of Phase V on riverine trafficking"),
    ),
]);
