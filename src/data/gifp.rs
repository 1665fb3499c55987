//! Section III (its heading) and section III.A's opening paragraphs: the Global Illicit Flows
//! Programme (GIFP), the programmes it succeeds, the instruments it is funded under, the EU's
//! commitment to it, and the projects under it in which CELAC countries participate. The
//! projects themselves are in their own files.

use std::borrow::Cow::Borrowed as B;

use super::dsl::{count, day, eur, id, noted, on, org_part, r, since, some, src, t, year};
use crate::Completeness::{Complete, Unlisted};
use crate::Qualifier::{About, Exact, MoreThan};
use crate::RecordKind::{
    Instrument as InstrumentRef, Organisation as OrganisationRef, Programme as ProgrammeRef, Project as ProjectRef,
};
use crate::RelationKind::{FundedUnder, SuccessorOf};
use crate::Status::{Active, Completed, Planned};
use crate::data::Section2021_2022::{GlobalIllicitFlows, OtherInitiatives};
use crate::{
    Budget, BudgetKind, Instrument, List, Participation, Programme, ProgrammeKind, Relation, Role, StatedList,
};

// "III. Other EU-funded inter-regional initiatives in which some CELAC countries participate"
// The heading does not enumerate: its sub-sections A to D do. The list below records the
// heading's claim (EU-funded, inter-regional, with some CELAC countries) about each of them.

// "The Global Illicit Flows Programme (GIFP) was launched on 25 November 2019 as a successor…"

pub(super) const PROGRAMMES: List<Programme> = B(&[
    Programme {
        id: id("gifp"),
        name: t("Global Illicit Flows Programme"),
        acronym: some("GIFP"),
        // The heading of III.A: "The EU Global Illicit Flows Programme in CELAC countries".
        aliases: B(&[t("EU Global Illicit Flows Programme")]),
        kind: ProgrammeKind::Programme,
        launched: on(day(2019, 11, 25)),
        period: None,
        source: src(
            GlobalIllicitFlows,
            "The Global Illicit Flows Programme (GIFP) was launched on 25 November 2019 as a successor to the former Cocaine Route and Heroin Route programmes.",
        ),
    },
    Programme {
        id: id("cocaine-route"),
        name: t("Cocaine Route"),
        acronym: None,
        aliases: B(&[]),
        kind: ProgrammeKind::Programme,
        launched: None,
        period: None,
        source: src(GlobalIllicitFlows, "as a successor to the former Cocaine Route and Heroin Route programmes"),
    },
    Programme {
        id: id("heroin-route"),
        name: t("Heroin Route"),
        acronym: None,
        aliases: B(&[]),
        kind: ProgrammeKind::Programme,
        launched: None,
        period: None,
        source: src(GlobalIllicitFlows, "as a successor to the former Cocaine Route and Heroin Route programmes"),
    },
]);

// "The GIFP, which began under the former Instrument contributing to Stability and Peace (IcSP)…"

pub(super) const INSTRUMENTS: List<Instrument> = B(&[
    Instrument {
        id: id("icsp"),
        name: t("Instrument contributing to Stability and Peace"),
        acronym: some("IcSP"),
        source: src(GlobalIllicitFlows, "the former Instrument contributing to Stability and Peace (IcSP)"),
    },
    Instrument {
        id: id("ndici-global-europe"),
        name: t("NDICI-Global Europe"),
        acronym: None,
        source: src(GlobalIllicitFlows, "will continue under the NDICI-Global Europe instrument"),
    },
]);

pub(super) const RELATIONS: List<Relation> = B(&[
    Relation {
        id: id("rel.gifp.successor-of.cocaine-route"),
        from: r(ProgrammeRef, "gifp"),
        kind: SuccessorOf,
        to: r(ProgrammeRef, "cocaine-route"),
        status: None,
        period: on(day(2019, 11, 25)),
        source: src(
            GlobalIllicitFlows,
            "was launched on 25 November 2019 as a successor to the former Cocaine Route and Heroin Route programmes",
        ),
    },
    Relation {
        id: id("rel.gifp.successor-of.heroin-route"),
        from: r(ProgrammeRef, "gifp"),
        kind: SuccessorOf,
        to: r(ProgrammeRef, "heroin-route"),
        status: None,
        period: on(day(2019, 11, 25)),
        source: src(
            GlobalIllicitFlows,
            "was launched on 25 November 2019 as a successor to the former Cocaine Route and Heroin Route programmes",
        ),
    },
    Relation {
        id: id("rel.gifp.funded-under.icsp"),
        from: r(ProgrammeRef, "gifp"),
        kind: FundedUnder,
        to: r(InstrumentRef, "icsp"),
        status: Some(Completed),
        period: None,
        source: src(
            GlobalIllicitFlows,
            "The GIFP, which began under the former Instrument contributing to Stability and Peace (IcSP)",
        ),
    },
    Relation {
        id: id("rel.gifp.funded-under.ndici-global-europe"),
        from: r(ProgrammeRef, "gifp"),
        kind: FundedUnder,
        to: r(InstrumentRef, "ndici-global-europe"),
        status: Some(Planned),
        period: None,
        source: src(GlobalIllicitFlows, "will continue under the NDICI-Global Europe instrument"),
    },
]);

// "Since 2019, the EU has committed around EUR 60 million to more than 40 countries along the
// cocaine route(s)…"

pub(super) const BUDGETS: List<Budget> = B(&[Budget {
    id: id("gifp.commitment"),
    of: r(ProgrammeRef, "gifp"),
    kind: BudgetKind::Commitment,
    amount: eur(60_000_000),
    qualifier: About,
    stated: t("around EUR 60 million"),
    period: since(year(2019)),
    source: src(GlobalIllicitFlows, "Since 2019, the EU has committed around EUR 60 million to more than 40 countries"),
}]);

pub(super) const PARTICIPATIONS: List<Participation> = B(&[org_part(
    "gifp.funder.eu",
    "eu",
    "EU",
    r(ProgrammeRef, "gifp"),
    Role::Funder,
    Active,
    src(GlobalIllicitFlows, "Since 2019, the EU has committed around EUR 60 million"),
)
.during(since(year(2019)))]);

pub(super) const LISTS: List<StatedList> = B(&[
    // The heading of section III.
    StatedList {
        id: id("eu.other-initiatives"),
        of: r(OrganisationRef, "eu"),
        label: t("Other EU-funded inter-regional initiatives in which some CELAC countries participate"),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(ProgrammeRef, "gifp"),
            r(ProgrammeRef, "el-paccto"),
            r(ProgrammeRef, "eurofront"),
            r(ProgrammeRef, "chapter-10"),
        ]),
        source: noted(
            OtherInitiatives,
            "Other EU-funded inter-regional initiatives in which some CELAC countries participate",
            "The heading enumerates nothing itself; its items are the initiatives of sub-sections A to D (the GIFP, EL PAcCTO, EUROFRONT, Chapter 10 of the EU-CELAC Action Plan). 'Other' sets them beside COPOLAD (section II).",
        ),
    },
    // "Projects under the GIFP are supporting partner countries across four continents"
    StatedList {
        id: id("gifp.continents"),
        of: r(ProgrammeRef, "gifp"),
        label: t("continents across which projects under the GIFP are supporting partner countries"),
        bloc: None,
        completeness: Unlisted,
        count: Some(count(4, Exact)),
        stated: some("four continents"),
        items: B(&[]),
        source: src(
            GlobalIllicitFlows,
            "Projects under the GIFP are supporting partner countries across four continents",
        ),
    },
    // "Since 2019, the EU has committed around EUR 60 million to more than 40 countries…"
    StatedList {
        id: id("gifp.countries"),
        of: r(ProgrammeRef, "gifp"),
        label: t(
            "countries along the cocaine route(s) from countries in Latin America to Europe via Central America, the Caribbean and Africa",
        ),
        bloc: None,
        completeness: Unlisted,
        count: Some(count(40, MoreThan)),
        stated: some("more than 40 countries"),
        items: B(&[]),
        source: src(
            GlobalIllicitFlows,
            "the EU has committed around EUR 60 million to more than 40 countries along the cocaine route(s) from countries in Latin America to Europe via Central America, the Caribbean and Africa",
        ),
    },
    // "CELAC countries participate in the following projects under the GIFP:" — the four
    // bullets (MASIF follows the bullets as a paragraph of its own, not as a bullet).
    StatedList {
        id: id("gifp.celac-projects"),
        of: r(ProgrammeRef, "gifp"),
        label: t("projects under the GIFP in which CELAC countries participate"),
        bloc: None,
        completeness: Complete,
        count: None,
        stated: None,
        items: B(&[
            r(ProjectRef, "aircop"),
            r(ProjectRef, "colibri"),
            r(ProjectRef, "seacop"),
            r(ProjectRef, "crimjust"),
        ]),
        source: noted(
            GlobalIllicitFlows,
            "CELAC countries participate in the following projects under the GIFP:",
            "The items are the four bulleted projects (AIRCOP, COLIBRI, SEACOP, CRIMJUST); MASIF, introduced after the bullets as the GIFP's monitoring and support project, is not among them.",
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
    use crate::StatementKind::{Approach, Context, Focus};
    use crate::data::Section2021_2022::GlobalIllicitFlows;
    use crate::data::dsl::{id, noted, r, src, t};
    use crate::{List, Statement};

    /// What the GIFP focuses on, and why.
    const FOCUS: &str = "As drug smuggling routes also often serve as trafficking highways for a host of other illicit products, the GIFP focuses on disrupting flows of illicit commodities along established routes, from source to destination.";

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("gifp.focus"),
            of: r(K::Programme, "gifp"),
            kind: Focus,
            text: t("disrupting flows of illicit commodities along established routes, from source to destination"),
            about: B(&[]),
            source: src(GlobalIllicitFlows, FOCUS),
        },
        Statement {
            id: id("gifp.rationale"),
            of: r(K::Programme, "gifp"),
            kind: Context,
            text: t(
                "drug smuggling routes also often serve as trafficking highways for a host of other illicit products",
            ),
            about: B(&[]),
            source: src(GlobalIllicitFlows, FOCUS),
        },
        Statement {
            id: id("gifp.support"),
            of: r(K::Programme, "gifp"),
            kind: Focus,
            text: t(
                "technical assistance for addressing drug supply, harm and demand reduction, as well as responding to maritime and aviation trafficking, arms trafficking and supporting trans-regional investigative best practices and post-seizure judicial outcomes",
            ),
            about: B(&[]),
            source: noted(
                GlobalIllicitFlows,
                "Projects under the GIFP are supporting partner countries across four continents with technical assistance for addressing drug supply, harm and demand reduction, as well as responding to maritime and aviation trafficking, arms trafficking and supporting trans-regional investigative best practices and post-seizure judicial outcomes.",
                "Said of \"Projects under the GIFP\": what the programme supports partner countries with through its projects.",
            ),
        },
        Statement {
            id: id("gifp.approach"),
            of: r(K::Programme, "gifp"),
            kind: Approach,
            text: t("will maintain its trans-regional approach, complementing bilateral and regional support measures"),
            about: B(&[]),
            source: src(
                GlobalIllicitFlows,
                "The GIFP, which began under the former Instrument contributing to Stability and Peace (IcSP), will continue under the NDICI-Global Europe instrument and will maintain its trans-regional approach, complementing bilateral and regional support measures.",
            ),
        },
    ]);
}
