//! The domain model: one module per concept.
//!
//! Values (codes, dates, quantities, money, document numbers) are small `Copy` types;
//! records (programmes, projects, events, participations, seizures…) are validated structs
//! with private fields, getters, and a `…Parts` twin of public fields to build them from.
//!
//! A report's own structure is data too ([`report`], [`section`]): its [`ReportMeta`] holds its
//! title, period and — in print order — its [`Section`]s, and every record's [`SourceRef`] names
//! one of them by [`SectionCode`]. Nothing in the model is specific to one report; the 2021–2022
//! report's section list has compiled-in names in [`data::Section2021_2022`](crate::data::Section2021_2022).

pub mod body;
pub mod country;
pub mod currency;
pub mod date;
pub mod document;
pub mod event;
pub mod id;
pub mod list;
pub mod money;
pub mod organisation;
pub mod participation;
pub mod parts;
pub mod place;
pub mod programme;
pub mod project;
pub mod quantity;
pub mod record;
pub mod report;
pub mod role;
pub mod section;
pub mod seizure;
pub mod source;
pub mod table;
pub mod text;
pub mod traits;

pub use body::{
    BorderArea, BorderAreaParts, Committee, CommitteeKind, CommitteeParts, Network, NetworkParts, TaskForce,
    TaskForceParts, WorkArea, WorkAreaParts, WorkingGroup, WorkingGroupParts,
};
pub use country::{Bloc, Country, ParseCountryError, Suggestion, UnknownCountryName, resolve_country};
pub use currency::Currency;
pub use date::{DateSpan, Duration, DurationUnit, ParseDateError, ParseDateErrorKind, PartialDate, Precision, When};
pub use document::{DocumentRef, DocumentSeries, MAX_DOCUMENT_NUMBER};
pub use event::{
    Document, DocumentAction, DocumentKind, DocumentLink, DocumentParts, Event, EventKind, EventParts, Framing, Mode,
};
pub use id::Id;
pub use list::{
    Completeness, Relation, RelationKind, RelationParts, StatedList, StatedListParts, Statement, StatementKind,
    StatementParts,
};
pub use money::Money;
pub use organisation::{Organisation, OrganisationKind, OrganisationParts};
pub use participation::{Participation, ParticipationParts, Party};
pub use place::{Place, PlaceKind, PlaceParts};
pub use programme::{
    Budget, BudgetKind, BudgetParts, Instrument, InstrumentParts, Phase, PhaseParts, Programme, ProgrammeKind,
    ProgrammeParts,
};
pub use project::{Operation, OperationParts, Project, ProjectKind, ProjectParts};
pub use quantity::{Bound, Dimension, ParseQuantityError, Qualifier, Quantity, QuantityError, Total, Unit};
pub use record::{List, RecordKind, Ref, Text};
pub use report::{ReportMeta, ReportMetaParts};
pub use role::{IatiRole, Role, Status};
pub use section::{Section, SectionCode, SectionParts};
pub use seizure::{
    CommodityCategory, Credit, Outcome, OutcomeKind, OutcomeParts, Seizure, SeizureAction, SeizureParts,
};
pub use source::{SourceRef, SourceRefParts};
pub use table::Table;
pub use traits::Record;
