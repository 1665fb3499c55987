//! The short way to build a record: each `…Parts::new` takes what a record cannot do without
//! (its id, what it is of, its name, kind, status and source) and leaves every optional field
//! empty (`None`, no aliases, no items), to be set with struct update syntax.
//!
//! ```
//! use eu_celac_drugs::*;
//!
//! let source = SourceRef::quoted("i", "Programme Alpha (PA), launched in 2023")?;
//! let programme = Programme::new(ProgrammeParts {
//!     acronym: Some("PA".into()),
//!     launched: Some("2023".parse()?),
//!     ..ProgrammeParts::new("alpha".parse()?, "Programme Alpha", ProgrammeKind::Programme, source)
//! })?;
//! assert_eq!(programme.acronym(), Some("PA"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Nothing is defaulted that states a fact: a status, a role, a kind, a credit or an action is
//! always given. The one default that is a reading of the text is a budget's qualifier,
//! [`Qualifier::Exact`], which [`Budget::new`](crate::Budget::new) checks against the stated form ("around EUR 60
//! million" is refused as exact).

use crate::model::record::{Ref, Text};
use crate::{
    BorderAreaParts, BudgetKind, BudgetParts, CommitteeKind, CommitteeParts, CommodityCategory, Completeness, Country,
    Credit, DocumentKind, DocumentParts, EventKind, EventParts, Framing, Id, InstrumentParts, Money, NetworkParts,
    OperationParts, OrganisationKind, OrganisationParts, OutcomeKind, OutcomeParts, ParticipationParts, Party,
    PhaseParts, ProgrammeKind, ProgrammeParts, ProjectKind, ProjectParts, Qualifier, Quantity, RelationKind,
    RelationParts, Role, SeizureAction, SeizureParts, SourceRef, StatedListParts, StatementKind, StatementParts,
    Status, TaskForceParts, WorkAreaParts, WorkingGroupParts,
};

/// Defines `$parts::new`: the arguments, each converted with `Into`, then the fields left empty.
macro_rules! parts_new {
    ($(
        $(#[$doc:meta])*
        $parts:ident ( $($arg:ident : $ty:ty),* $(,)? ) { $($field:ident : $empty:expr),* $(,)? }
    )*) => {$(
        impl $parts {
            $(#[$doc])*
            #[must_use]
            #[allow(clippy::too_many_arguments, reason = "each argument is a field the record cannot do without")]
            pub fn new($($arg: $ty),*) -> Self {
                Self { $($arg: $arg.into(),)* $($field: $empty,)* }
            }
        }
    )*};
}

parts_new! {
    /// The parts of a programme: its id, name, kind and source; no acronym, aliases, launch or period.
    ProgrammeParts(id: Id, name: impl Into<Text>, kind: ProgrammeKind, source: SourceRef) {
        acronym: None, aliases: Vec::new().into(), launched: None, period: None,
    }
    /// The parts of a funding instrument: its id, name and source; no acronym.
    InstrumentParts(id: Id, name: impl Into<Text>, source: SourceRef) { acronym: None }
    /// The parts of a phase: its id, what it is a phase of, its name, status and source; no
    /// ordinal or period.
    PhaseParts(id: Id, of: Ref, name: impl Into<Text>, status: Status, source: SourceRef) {
        ordinal: None, period: None,
    }
    /// The parts of a budget: its id, what it is the budget of, its kind, amount, stated form and
    /// source; an exact qualifier (checked against the stated form) and no period.
    BudgetParts(id: Id, of: Ref, kind: BudgetKind, amount: Money, stated: impl Into<Text>, source: SourceRef) {
        qualifier: Qualifier::Exact, period: None,
    }
    /// The parts of a project: its id, programme, kind, name and source; no parent, ordinal,
    /// acronym, aliases, focus or launch.
    ProjectParts(id: Id, programme: Id, kind: ProjectKind, name: impl Into<Text>, source: SourceRef) {
        parent: None, ordinal: None, acronym: None, aliases: Vec::new().into(), focus: None, launched: None,
    }
    /// The parts of an operation: its id, what it is an operation of, its name and source; no aliases.
    OperationParts(id: Id, of: Ref, name: impl Into<Text>, source: SourceRef) { aliases: Vec::new().into() }
    /// The parts of a working group: its id, what it is of, its name, status and source; no launch.
    WorkingGroupParts(id: Id, of: Ref, name: impl Into<Text>, status: Status, source: SourceRef) { launched: None }
    /// The parts of a network: its id, name, status and source; of nothing, with no acronym,
    /// theme or period.
    NetworkParts(id: Id, name: impl Into<Text>, status: Status, source: SourceRef) {
        of: None, acronym: None, theme: None, period: None,
    }
    /// The parts of a committee: its id, kind, name, status and source; of nothing, with no
    /// acronym, aliases or establishment.
    CommitteeParts(id: Id, kind: CommitteeKind, name: impl Into<Text>, status: Status, source: SourceRef) {
        of: None, acronym: None, aliases: Vec::new().into(), established: None,
    }
    /// The parts of a work area: its id, what it is a work area of, its name and source; no ordinal.
    WorkAreaParts(id: Id, of: Ref, name: impl Into<Text>, source: SourceRef) { ordinal: None }
    /// The parts of a task force: its id, what it is of, its name, status and source; no host,
    /// location or name as written.
    TaskForceParts(id: Id, of: Ref, name: impl Into<Text>, status: Status, source: SourceRef) {
        host: None, location: None, as_written: None,
    }
    /// The parts of a border area: its id, what it is of, its name, its countries, the words that
    /// name them and its source.
    BorderAreaParts(
        id: Id,
        of: Ref,
        name: impl Into<Text>,
        countries: Vec<Country>,
        as_written: impl Into<Text>,
        source: SourceRef,
    ) {}
    /// The parts of an event: its id, kind, name, status, framing and source; no ordinal, parent,
    /// date, places, mode or documents.
    EventParts(id: Id, kind: EventKind, name: impl Into<Text>, status: Status, framing: Framing, source: SourceRef) {
        ordinal: None, of: None, date: None, places: Vec::new().into(), mode: None, documents: Vec::new().into(),
    }
    /// The parts of a document: its id, kind, title, status and source; no number or date.
    DocumentParts(id: Id, kind: DocumentKind, title: impl Into<Text>, status: Status, source: SourceRef) {
        number: None, date: None,
    }
    /// The parts of a stated list: its id, what it lists, its label, completeness and source; no
    /// bloc, count or items.
    StatedListParts(id: Id, of: Ref, label: impl Into<Text>, completeness: Completeness, source: SourceRef) {
        bloc: None, count: None, stated: None, items: Vec::new().into(),
    }
    /// The parts of a relation: its id, the records it joins, its kind and source; no status or period.
    RelationParts(id: Id, from: Ref, kind: RelationKind, to: Ref, source: SourceRef) { status: None, period: None }
    /// The parts of a statement: its id, what it is about, its kind, text and source; no links.
    StatementParts(id: Id, of: Ref, kind: StatementKind, text: impl Into<Text>, source: SourceRef) {
        about: Vec::new().into(),
    }
    /// The parts of an organisation: its id, name, kind and source; no acronym, country, parent or aliases.
    OrganisationParts(id: Id, name: impl Into<Text>, kind: OrganisationKind, source: SourceRef) {
        acronym: None, country: None, parent: None, aliases: Vec::new().into(),
    }
    /// The parts of a participation: its id, party, subject, role, status, the party's name as
    /// written and source; no ordinal or period.
    ParticipationParts(
        id: Id,
        party: impl Into<Party>,
        subject: Ref,
        role: Role,
        status: Status,
        as_written: impl Into<Text>,
        source: SourceRef,
    ) {
        ordinal: None, period: None,
    }
    /// The parts of a seizure: its id, commodity, category, quantity, stated form, action, credit
    /// and source; attributed to nothing yet (set `programme`, `project` or `operation`), with no
    /// period or place.
    SeizureParts(
        id: Id,
        commodity: impl Into<Text>,
        category: CommodityCategory,
        quantity: Quantity,
        stated: impl Into<Text>,
        action: SeizureAction,
        credit: Credit,
        source: SourceRef,
    ) {
        programme: None, project: None, operation: None, period: None, place: None,
    }
    /// The parts of an outcome: its id, what it is a result of, its kind, description, credit and
    /// source; no figure, period or place.
    OutcomeParts(id: Id, of: Ref, kind: OutcomeKind, description: impl Into<Text>, credit: Credit, source: SourceRef) {
        quantity: None, stated: None, period: None, place: None,
    }
}
