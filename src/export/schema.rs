//! The JSON Schema of the JSON format: derived for the records' `…Parts` (through the
//! `record!` macro), written here for the values whose serde form is hand-made.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::Value;

use super::SCHEMA_VERSION;
use crate::model::table::Table;
use crate::{
    Bloc, BudgetKind, CommitteeKind, CommodityCategory, Completeness, Country, Credit, Currency, DocumentAction,
    DocumentKind, DocumentLink, DocumentRef, EventKind, Framing, Id, Mode, OrganisationKind, OutcomeKind, Party,
    PlaceKind, ProgrammeKind, ProjectKind, Qualifier, Quantity, RecordKind, Ref, RelationKind, Role, SectionCode,
    SeizureAction, StatementKind, Status, When,
};
use crate::{Money, ReportMeta};

/// The JSON Schema (draft 2020-12) of the documents [`to_json`](super::to_json) writes and
/// [`from_json`](super::from_json) reads.
///
/// The schema checks the shape: fields, types, codes and enumerations, text patterns. The
/// loader checks more (that an end is not before its start, that every reference resolves),
/// so a document the schema accepts can still be refused, with a reason.
///
/// ```
/// let schema = eu_celac_drugs::export::json_schema();
/// assert_eq!(schema["properties"]["schema_version"]["const"], 2);
/// assert!(schema["$defs"]["Participation"].is_object());
/// ```
#[must_use]
pub fn json_schema() -> Value {
    let mut generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let mut properties = serde_json::Map::new();
    properties.insert(
        "schema_version".into(),
        serde_json::json!({"const": SCHEMA_VERSION, "description": "The version of the format"}),
    );
    properties.insert("meta".into(), generator.subschema_for::<ReportMeta>().to_value());
    let mut required: Vec<&str> = vec!["schema_version", "meta"];
    macro_rules! tables {
        ($($field:ident : $ty:ty),* $(,)?) => {$(
            properties.insert(stringify!($field).into(), generator.subschema_for::<Vec<$ty>>().to_value());
            required.push(stringify!($field));
        )*};
    }
    tables!(
        organisations: crate::Organisation, instruments: crate::Instrument, programmes: crate::Programme,
        phases: crate::Phase, projects: crate::Project, operations: crate::Operation,
        working_groups: crate::WorkingGroup, networks: crate::Network, committees: crate::Committee,
        work_areas: crate::WorkArea, task_forces: crate::TaskForce, border_areas: crate::BorderArea,
        events: crate::Event, documents: crate::Document, participations: crate::Participation,
        seizures: crate::Seizure, outcomes: crate::Outcome, budgets: crate::Budget, lists: crate::StatedList,
        relations: crate::Relation, statements: crate::Statement,
    );
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "eu-celac-drugs dataset",
        "description": "A whole dataset of the EU-CELAC Coordination and Cooperation Mechanism on Drugs, as written by eu_celac_drugs::export::to_json",
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "properties": properties,
        "$defs": generator.take_definitions(true),
    })
}

/// A string schema with a pattern and a description.
fn string(pattern: Option<&str>, description: &str) -> Schema {
    let mut s = json_schema!({"type": "string", "description": description});
    if let Some(p) = pattern {
        s.insert("pattern".into(), Value::String(p.to_owned()));
    }
    s
}

macro_rules! leaf {
    ($ty:ty, $name:expr, |$g:ident| $body:expr) => {
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }
            fn json_schema($g: &mut SchemaGenerator) -> Schema {
                $body
            }
        }
    };
}

/// An enumeration: a string with the serde names of its variants.
macro_rules! enumeration {
    ($($ty:ident),* $(,)?) => {$(
        leaf!($ty, stringify!($ty), |_g| {
            let names: Vec<Value> = $ty::iter().filter_map(|v| serde_json::to_value(v).ok()).collect();
            json_schema!({"type": "string", "enum": names})
        });
    )*};
}

enumeration!(
    Bloc,
    BudgetKind,
    CommitteeKind,
    CommodityCategory,
    Completeness,
    Credit,
    DocumentAction,
    DocumentKind,
    EventKind,
    Framing,
    Mode,
    OrganisationKind,
    OutcomeKind,
    PlaceKind,
    ProgrammeKind,
    ProjectKind,
    Qualifier,
    RecordKind,
    RelationKind,
    Role,
    SeizureAction,
    StatementKind,
    Status,
);

leaf!(Id, "Id", |_g| string(
    Some("^[a-z0-9][a-z0-9._-]{0,63}$"),
    "A record id: a lowercase ASCII slug of at most 64 bytes"
));
leaf!(SectionCode, "SectionCode", |_g| string(
    Some("^[a-z0-9][a-z0-9._-]{0,63}$"),
    "The code of one of the report's sections (listed in meta.sections): a lowercase ASCII slug of at most 64 bytes"
));
leaf!(Country, "Country", |_g| {
    let codes: Vec<&str> = Country::ALL.iter().map(|c| c.alpha2()).collect();
    json_schema!({"type": "string", "description": "An ISO 3166-1 alpha-2 code", "enum": codes})
});
leaf!(Currency, "Currency", |_g| string(Some("^[A-Z]{3}$"), "An active ISO 4217 currency code"));
leaf!(DocumentRef, "DocumentRef", |_g| string(
    Some("^([A-Z]+ )?[0-9]+/[0-9]{2}([0-9]{2})?$"),
    "A Council document number as the report writes it (NNNN/YY, NNNN/YYYY or CM NNNN/YY)"
));
leaf!(When, "When", |_g| string(
    Some("^[0-9]{4}"),
    "A date as stated: EDTF (ISO 8601-2) where EDTF has a form (2021-06-22, 2021-06, 2020-34 for a quarter, 2021, \
     2022?-05-31 for an inferred year, 2022-06-01/2022-06-02, 2021-04/..), else the documented extensions \
     2019-early and start/duration (2021-02/P48M); the form gives the precision"
));
leaf!(Quantity, "Quantity", |g| json_schema!({
    "type": "object",
    "description": "An exact figure with its unit and the qualifier the report puts on it",
    "additionalProperties": false,
    "required": ["value", "unit", "qualifier"],
    "properties": {
        "value": {"type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?$", "description": "The figure, exact, as a decimal string"},
        "unit": {"type": "string", "description": "t, kg, g, l, piece, count, or an ISO 4217 currency code"},
        "qualifier": g.subschema_for::<Qualifier>(),
    }
}));
leaf!(Money, "Money", |g| json_schema!({
    "type": "object",
    "description": "An exact amount of money",
    "additionalProperties": false,
    "required": ["amount", "currency"],
    "properties": {
        "amount": {"type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?$", "description": "The amount, exact, as a decimal string"},
        "currency": g.subschema_for::<Currency>(),
    }
}));
leaf!(Ref, "Ref", |g| json_schema!({
    "type": "object",
    "description": "A reference to another record of the dataset",
    "additionalProperties": false,
    "required": ["kind", "id"],
    "properties": {"kind": g.subschema_for::<RecordKind>(), "id": g.subschema_for::<Id>()}
}));
leaf!(Party, "Party", |g| json_schema!({
    "description": "Who takes part: a country, an organisation of the dataset, or a programme, phase, project or body of the dataset acting as a party",
    "oneOf": [
        {"type": "object", "additionalProperties": false, "required": ["body"], "properties": {"body": g.subschema_for::<Ref>()}},
        {"type": "object", "additionalProperties": false, "required": ["country"], "properties": {"country": g.subschema_for::<Country>()}},
        {"type": "object", "additionalProperties": false, "required": ["organisation"], "properties": {"organisation": g.subschema_for::<Id>()}}
    ]
}));
leaf!(DocumentLink, "DocumentLink", |g| json_schema!({
    "type": "object",
    "description": "A document an event acted on, and what it did",
    "additionalProperties": false,
    "required": ["document", "action"],
    "properties": {"document": g.subschema_for::<Id>(), "action": g.subschema_for::<DocumentAction>()}
}));

impl<T: JsonSchema + Clone + 'static> JsonSchema for Table<T> {
    fn schema_name() -> Cow<'static, str> {
        Vec::<T>::schema_name()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        Vec::<T>::json_schema(generator)
    }
}
