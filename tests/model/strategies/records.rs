//! Strategies for the record types: valid `…Parts` values built from the value strategies.

use std::borrow::Cow;

use eu_celac_drugs::model::record::CodeEnum;
use eu_celac_drugs::*;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

use super::country::any_country;
use super::date::any_when;
use super::quantity::{any_money, any_qualifier, any_quantity};

/// Any value of an enum of codes.
pub fn any_of<E: CodeEnum>() -> impl Strategy<Value = E> {
    select(E::ALL.to_vec())
}

/// Text a record accepts: not empty, no white space at either end, any script.
pub fn any_text() -> impl Strategy<Value = Text> {
    "[A-Za-zÀ-ÿ0-9’'&(][A-Za-zÀ-ÿ0-9’'&()., -]{0,30}[A-Za-zÀ-ÿ0-9)]|[A-Za-z]".prop_map(Text::from)
}

/// A list of distinct texts.
pub fn any_texts() -> impl Strategy<Value = List<Text>> {
    proptest::collection::btree_set(any_text(), 0..3).prop_map(|s| Cow::Owned(s.into_iter().collect()))
}

/// A valid id.
pub fn any_id() -> impl Strategy<Value = Id> {
    "[a-z0-9][a-z0-9._-]{0,30}".prop_map(|s| Id::new(s).unwrap())
}

/// A reference to a record of one of `kinds`.
pub fn any_ref_of(kinds: &'static [RecordKind]) -> impl Strategy<Value = Ref> {
    (select(kinds), any_id()).prop_map(|(k, id)| Ref::new(k, id))
}

/// A reference to a record of any kind.
pub fn any_ref() -> impl Strategy<Value = Ref> {
    (any_of::<RecordKind>(), any_id()).prop_map(|(k, id)| Ref::new(k, id))
}

pub const BODY_PARENTS: &[RecordKind] = &[
    RecordKind::Programme,
    RecordKind::Phase,
    RecordKind::Project,
    RecordKind::Committee,
    RecordKind::Event,
    RecordKind::Organisation,
];
pub const PHASE_PARENTS: &[RecordKind] = &[RecordKind::Programme, RecordKind::Project, RecordKind::Phase];
pub const SUBJECTS: &[RecordKind] = &[
    RecordKind::Programme,
    RecordKind::Phase,
    RecordKind::Project,
    RecordKind::Operation,
    RecordKind::WorkingGroup,
    RecordKind::Network,
    RecordKind::Committee,
    RecordKind::WorkArea,
    RecordKind::TaskForce,
    RecordKind::BorderArea,
    RecordKind::Event,
    RecordKind::Document,
];
pub const OUTCOME_OF: &[RecordKind] =
    &[RecordKind::Project, RecordKind::Operation, RecordKind::Event, RecordKind::TaskForce, RecordKind::Programme];

pub fn any_ordinal() -> impl Strategy<Value = Option<u8>> {
    option::of(1u8..=255)
}

pub fn any_source() -> impl Strategy<Value = SourceRef> {
    (any_of::<eu_celac_drugs::data::Section2021_2022>(), any_text(), option::of(any_text())).prop_map(
        |(section, quote, note)| SourceRef::new(SourceRefParts { section: section.code(), quote, note }).unwrap(),
    )
}

pub fn any_place() -> impl Strategy<Value = Place> {
    (any_text(), any_of::<PlaceKind>(), option::of(any_country()))
        .prop_map(|(name, kind, country)| Place::new(PlaceParts { name, kind, country }).unwrap())
}

pub fn any_organisation() -> impl Strategy<Value = OrganisationParts> {
    (
        any_id(),
        any_text(),
        option::of(any_text()),
        any_of::<OrganisationKind>(),
        option::of(any_country()),
        any_texts(),
        any_source(),
    )
        .prop_map(|(id, name, acronym, kind, country, aliases, source)| OrganisationParts {
            id,
            name,
            acronym,
            kind,
            country,
            parent: None,
            aliases,
            source,
        })
}

pub fn any_programme() -> impl Strategy<Value = ProgrammeParts> {
    (
        any_id(),
        any_text(),
        option::of(any_text()),
        any_texts(),
        any_of::<ProgrammeKind>(),
        option::of(any_when()),
        option::of(any_when()),
        any_source(),
    )
        .prop_map(|(id, name, acronym, aliases, kind, launched, period, source)| ProgrammeParts {
            id,
            name,
            acronym,
            aliases,
            kind,
            launched,
            period,
            source,
        })
}

pub fn any_instrument() -> impl Strategy<Value = InstrumentParts> {
    (any_id(), any_text(), option::of(any_text()), any_source())
        .prop_map(|(id, name, acronym, source)| InstrumentParts { id, name, acronym, source })
}

pub fn any_phase() -> impl Strategy<Value = PhaseParts> {
    (
        any_id(),
        any_ref_of(PHASE_PARENTS),
        any_ordinal(),
        any_text(),
        option::of(any_when()),
        any_of::<Status>(),
        any_source(),
    )
        .prop_map(|(id, of, ordinal, name, period, status, source)| PhaseParts {
            id,
            of,
            ordinal,
            name,
            period,
            status,
            source,
        })
}

pub fn any_budget() -> impl Strategy<Value = BudgetParts> {
    (
        any_id(),
        any_ref_of(PHASE_PARENTS),
        any_of::<BudgetKind>(),
        any_money(),
        any_qualifier().prop_filter("half is for half a unit", |q| *q != Qualifier::Half),
        any_text(),
        option::of(any_when()),
        any_source(),
    )
        .prop_map(|(id, of, kind, amount, qualifier, _text, period, source)| BudgetParts {
            id,
            of,
            kind,
            amount,
            qualifier,
            // the stated form must read as the figure it states
            stated: Text::from(
                Quantity::new(amount.amount(), Unit::Currency(amount.currency()), qualifier).unwrap().to_string(),
            ),
            period,
            source,
        })
}

pub fn any_project() -> impl Strategy<Value = ProjectParts> {
    (
        (any_id(), any_id(), any_of::<ProjectKind>(), any_ordinal(), any_text()),
        (option::of(any_text()), any_texts(), option::of(any_text()), option::of(any_when()), any_source()),
    )
        .prop_map(|((id, programme, kind, ordinal, name), (acronym, aliases, focus, launched, source))| {
            ProjectParts { id, programme, parent: None, kind, ordinal, name, acronym, aliases, focus, launched, source }
        })
}

pub fn any_operation() -> impl Strategy<Value = OperationParts> {
    (
        any_id(),
        any_ref_of(&[RecordKind::Project, RecordKind::Programme, RecordKind::Network]),
        any_text(),
        any_texts(),
        any_source(),
    )
        .prop_map(|(id, of, name, aliases, source)| OperationParts { id, of, name, aliases, source })
}

pub fn any_working_group() -> impl Strategy<Value = WorkingGroupParts> {
    (any_id(), any_ref_of(BODY_PARENTS), any_text(), any_of::<Status>(), option::of(any_when()), any_source()).prop_map(
        |(id, of, name, status, launched, source)| WorkingGroupParts { id, of, name, status, launched, source },
    )
}

pub fn any_network() -> impl Strategy<Value = NetworkParts> {
    (
        any_id(),
        option::of(any_ref_of(BODY_PARENTS)),
        any_text(),
        option::of(any_text()),
        option::of(any_text()),
        any_of::<Status>(),
        option::of(any_when()),
        any_source(),
    )
        .prop_map(|(id, of, name, acronym, theme, status, period, source)| NetworkParts {
            id,
            of,
            name,
            acronym,
            theme,
            status,
            period,
            source,
        })
}

pub fn any_committee() -> impl Strategy<Value = CommitteeParts> {
    (
        (any_id(), option::of(any_ref_of(BODY_PARENTS)), any_of::<CommitteeKind>(), any_text()),
        (option::of(any_text()), any_texts(), option::of(any_when()), any_of::<Status>(), any_source()),
    )
        .prop_map(|((id, of, kind, name), (acronym, aliases, established, status, source))| CommitteeParts {
            id,
            of,
            kind,
            name,
            acronym,
            aliases,
            established,
            status,
            source,
        })
}

pub fn any_work_area() -> impl Strategy<Value = WorkAreaParts> {
    (any_id(), any_ref_of(BODY_PARENTS), any_ordinal(), any_text(), any_source())
        .prop_map(|(id, of, ordinal, name, source)| WorkAreaParts { id, of, ordinal, name, source })
}

pub fn any_task_force() -> impl Strategy<Value = TaskForceParts> {
    (
        any_id(),
        any_ref_of(BODY_PARENTS),
        any_text(),
        option::of(any_country()),
        option::of((any_text(), any_of::<PlaceKind>())),
        any_of::<Status>(),
        option::of(any_text()),
        any_source(),
    )
        .prop_map(|(id, of, name, host, location, status, as_written, source)| TaskForceParts {
            id,
            of,
            name,
            host,
            // the location lies in the host country, as validation requires
            location: location.map(|(name, kind)| Place::new(PlaceParts { name, kind, country: host }).unwrap()),
            status,
            as_written,
            source,
        })
}

pub fn any_border_area() -> impl Strategy<Value = BorderAreaParts> {
    (
        any_id(),
        any_ref_of(BODY_PARENTS),
        any_text(),
        proptest::collection::btree_set(any_country(), 2..4),
        any_text(),
        any_source(),
    )
        .prop_map(|(id, of, name, countries, as_written, source)| BorderAreaParts {
            id,
            of,
            name,
            countries: Cow::Owned(countries.into_iter().collect()),
            as_written,
            source,
        })
}

pub fn any_event() -> impl Strategy<Value = EventParts> {
    (
        (any_id(), any_of::<EventKind>(), option::of(1u16..=999), any_text(), option::of(any_ref_of(BODY_PARENTS))),
        (
            option::of(any_when()),
            proptest::collection::hash_set(any_place(), 0..3),
            option::of(any_of::<Mode>()),
            any_of::<Status>(),
            any_of::<Framing>(),
            proptest::collection::btree_set((any_id(), any_of::<DocumentAction>()), 0..3),
            any_source(),
        ),
    )
        .prop_map(|((id, kind, ordinal, name, of), (date, places, mode, status, framing, documents, source))| {
            EventParts {
                id,
                kind,
                ordinal,
                name,
                of,
                date,
                places: Cow::Owned(places.into_iter().collect()),
                mode,
                status,
                framing,
                documents: Cow::Owned(
                    documents.into_iter().map(|(document, action)| DocumentLink { document, action }).collect(),
                ),
                source,
            }
        })
}

pub fn any_document() -> impl Strategy<Value = DocumentParts> {
    (
        any_id(),
        any_of::<DocumentKind>(),
        any_text(),
        option::of(super::quantity::any_document_ref()),
        option::of(any_when()),
        any_of::<Status>(),
        any_source(),
    )
        .prop_map(|(id, kind, title, number, date, status, source)| DocumentParts {
            id,
            kind,
            title,
            number,
            date,
            status,
            source,
        })
}

/// The kinds of record a body acting as a party can be.
pub const PARTY_BODIES: &[RecordKind] = &[
    RecordKind::Programme,
    RecordKind::Phase,
    RecordKind::Project,
    RecordKind::WorkingGroup,
    RecordKind::Network,
    RecordKind::Committee,
    RecordKind::TaskForce,
];

pub fn any_party() -> impl Strategy<Value = Party> {
    prop_oneof![
        any_country().prop_map(Party::Country),
        any_id().prop_map(Party::Organisation),
        any_ref_of(PARTY_BODIES).prop_map(Party::Body)
    ]
}

pub fn any_participation() -> impl Strategy<Value = ParticipationParts> {
    (
        (any_id(), any_party(), any_ref_of(SUBJECTS), any_of::<Role>(), any_of::<Status>()),
        (any_ordinal(), any_text(), option::of(any_when()), any_source()),
    )
        .prop_map(|((id, party, subject, role, status), (ordinal, as_written, period, source))| {
            let party = if party.body() == Some(&subject) { Party::Country(Country::AR) } else { party };
            ParticipationParts { id, party, subject, role, status, ordinal, as_written, period, source }
        })
}

pub fn any_seizure() -> impl Strategy<Value = SeizureParts> {
    (
        (any_id(), option::of(any_id()), any_id(), any_text(), any_of::<CommodityCategory>(), any_of::<Credit>()),
        (
            any_quantity().prop_filter("seizures are not counts", |q| q.dimension() != Dimension::Count),
            any_text(),
            any_of::<SeizureAction>(),
            option::of(any_when()),
            option::of(any_place()),
            any_source(),
        ),
    )
        .prop_map(
            |(
                (id, project, operation, commodity, category, credit),
                (quantity, _text, action, period, place, source),
            )| {
                let stated = Text::from(quantity.to_string());
                SeizureParts {
                    id,
                    programme: None,
                    project,
                    operation: Some(operation),
                    credit,
                    commodity,
                    category,
                    quantity,
                    stated,
                    action,
                    period,
                    place,
                    source,
                }
            },
        )
}

pub fn any_outcome() -> impl Strategy<Value = OutcomeParts> {
    (
        (any_id(), any_ref_of(OUTCOME_OF), any_of::<Credit>(), any_of::<OutcomeKind>(), any_text()),
        (option::of((any_quantity(), any_text())), option::of(any_when()), option::of(any_place()), any_source()),
    )
        .prop_map(|((id, of, credit, kind, description), (figure, period, place, source))| OutcomeParts {
            id,
            of,
            credit,
            kind,
            description,
            quantity: figure.as_ref().map(|(q, _)| *q),
            stated: figure.map(|(q, _)| Text::from(q.to_string())),
            period,
            place,
            source,
        })
}

pub fn any_count() -> impl Strategy<Value = Quantity> {
    (1i64..=1000, any_qualifier().prop_filter("half is for half a unit", |q| *q != Qualifier::Half))
        .prop_map(|(n, q)| Quantity::new(rust_decimal::Decimal::from(n), Unit::Count, q).unwrap())
}

pub fn any_stated_list() -> impl Strategy<Value = StatedListParts> {
    (
        (any_id(), any_ref(), any_text(), option::of(any_of::<Bloc>())),
        (
            option::of((any_count(), any_text())),
            proptest::collection::btree_set(any_ref(), 1..5),
            prop::bool::ANY,
            any_source(),
        ),
    )
        .prop_map(|((id, of, label, bloc), (count, items, examples, source))| StatedListParts {
            id,
            of,
            label,
            bloc,
            completeness: if examples { Completeness::Examples } else { Completeness::Complete },
            count: count.as_ref().map(|(q, _)| *q),
            stated: count.map(|(q, _)| Text::from(q.to_string())),
            items: Cow::Owned(items.into_iter().collect()),
            source,
        })
}

pub fn any_relation() -> impl Strategy<Value = RelationParts> {
    (
        any_id(),
        any_ref(),
        any_of::<RelationKind>().prop_filter("funded-under needs an instrument", |k| *k != RelationKind::FundedUnder),
        any_ref(),
        option::of(any_of::<Status>()),
        option::of(any_when()),
        any_source(),
    )
        .prop_filter("a relation joins two records", |(_, from, _, to, ..)| from != to)
        .prop_map(|(id, from, kind, to, status, period, source)| RelationParts {
            id,
            from,
            kind,
            to,
            status,
            period,
            source,
        })
}

/// Keeps a strategy's values fed to `vec` small.
pub fn few<T: std::fmt::Debug>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Vec<T>> {
    vec(s, 0..3)
}

pub fn any_statement() -> impl Strategy<Value = StatementParts> {
    (any_id(), any_ref(), any_of::<StatementKind>(), any_source(), proptest::collection::btree_set(any_ref(), 0..3))
        .prop_map(|(id, of, kind, source, about)| StatementParts {
            id,
            text: Text::from(source.quote().split_whitespace().next().unwrap_or("x").to_owned()),
            about: Cow::Owned(about.into_iter().filter(|r| *r != of).collect()),
            of,
            kind,
            source,
        })
}
