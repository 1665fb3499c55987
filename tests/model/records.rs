//! Properties of the record types: validation accepts every generated valid value, rejects
//! each kind of invalid value with the matching error, and serde round-trips through the same
//! checks.

use std::borrow::Cow;

use eu_celac_drugs::analysis::{
    AttributionFilter, BlocFilter, Facet, FindingKind, GroupBy, InvolvementKind, PeriodRelation, Selection, Severity,
    StatusFilter, Units,
};
use eu_celac_drugs::*;
use proptest::prelude::*;

use crate::strategies::records::*;

/// For each record type: valid parts build, give back the same parts, and survive JSON.
macro_rules! valid_roundtrip {
    ($($name:ident: $record:ty, $strategy:expr;)*) => {
        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]
            $(
                #[test]
                fn $name(parts in $strategy) {
                    let record = <$record>::new(parts.clone()).expect("valid parts are accepted");
                    let json = serde_json::to_string(&record).unwrap();
                    let back: $record = serde_json::from_str(&json).unwrap();
                    prop_assert_eq!(&back, &record);
                    prop_assert_eq!(record.into_parts(), parts);
                }
            )*
        }
    };
}

valid_roundtrip! {
    organisation_roundtrip: Organisation, any_organisation();
    programme_roundtrip: Programme, any_programme();
    instrument_roundtrip: Instrument, any_instrument();
    phase_roundtrip: Phase, any_phase();
    budget_roundtrip: Budget, any_budget();
    project_roundtrip: Project, any_project();
    operation_roundtrip: Operation, any_operation();
    working_group_roundtrip: WorkingGroup, any_working_group();
    network_roundtrip: Network, any_network();
    committee_roundtrip: Committee, any_committee();
    work_area_roundtrip: WorkArea, any_work_area();
    task_force_roundtrip: TaskForce, any_task_force();
    border_area_roundtrip: BorderArea, any_border_area();
    event_roundtrip: Event, any_event();
    document_roundtrip: Document, any_document();
    participation_roundtrip: Participation, any_participation();
    seizure_roundtrip: Seizure, any_seizure();
    outcome_roundtrip: Outcome, any_outcome();
    stated_list_roundtrip: StatedList, any_stated_list();
    relation_roundtrip: Relation, any_relation();
    statement_roundtrip: Statement, any_statement();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn empty_or_untrimmed_names_are_rejected(parts in any_programme(), pad in prop::sample::select(vec![" ", "\t", "\n"])) {
        let empty = ProgrammeParts { name: Text::from(""), ..parts.clone() };
        prop_assert_eq!(Programme::new(empty).unwrap_err(), ValidationError::Empty { field: "name" });
        let blank = ProgrammeParts { name: Text::from(pad.repeat(2)), ..parts.clone() };
        prop_assert_eq!(Programme::new(blank).unwrap_err(), ValidationError::Empty { field: "name" });
        let padded = format!("{pad}{}", parts.name);
        let untrimmed = ProgrammeParts { name: Text::from(padded.clone()), ..parts };
        prop_assert_eq!(
            Programme::new(untrimmed).unwrap_err(),
            ValidationError::UntrimmedText { field: "name", value: padded }
        );
    }

    #[test]
    fn an_empty_quote_is_rejected_in_every_record(parts in any_participation()) {
        let mut source = parts.source.clone().into_parts();
        source.quote = Text::from("  ");
        let err = SourceRef::new(source).unwrap_err();
        prop_assert_eq!(err, ValidationError::Empty { field: "quote" });
    }

    #[test]
    fn ordinal_zero_is_rejected(parts in any_participation()) {
        let zero = ParticipationParts { ordinal: Some(0), ..parts };
        let is_range = matches!(Participation::new(zero).unwrap_err(), ValidationError::OutOfRange { field: "ordinal", value: 0, .. });
        prop_assert!(is_range);
    }

    #[test]
    fn references_of_the_wrong_kind_are_rejected(parts in any_phase(), id in any_id()) {
        let wrong = PhaseParts { of: Ref::new(RecordKind::Seizure, id), ..parts };
        let is_kind = matches!(Phase::new(wrong).unwrap_err(), ValidationError::WrongReferenceKind { field: "of", .. });
        prop_assert!(is_kind);
    }

    #[test]
    fn a_border_area_needs_two_distinct_countries(parts in any_border_area()) {
        let one = BorderAreaParts { countries: Cow::Owned(parts.countries[..1].to_vec()), ..parts.clone() };
        let is_range = matches!(BorderArea::new(one).unwrap_err(), ValidationError::OutOfRange { field: "countries", .. });
        prop_assert!(is_range);
        let twice = BorderAreaParts { countries: Cow::Owned(vec![parts.countries[0], parts.countries[0]]), ..parts };
        let is_duplicate = matches!(BorderArea::new(twice).unwrap_err(), ValidationError::Duplicate { field: "countries", .. });
        prop_assert!(is_duplicate);
    }

    #[test]
    fn a_seizure_needs_an_attribution_and_a_non_count_unit(parts in any_seizure()) {
        let unattributed = SeizureParts { project: None, operation: None, ..parts.clone() };
        let is_inconsistent = matches!(Seizure::new(unattributed).unwrap_err(), ValidationError::Inconsistent { field: "project", .. });
        prop_assert!(is_inconsistent);
        let counted = SeizureParts { quantity: Quantity::new(1.into(), Unit::Count, Qualifier::Exact).unwrap(), ..parts };
        let is_unit = matches!(Seizure::new(counted).unwrap_err(), ValidationError::WrongUnit { field: "quantity", .. });
        prop_assert!(is_unit);
    }

    #[test]
    fn a_stated_list_keeps_its_count_and_stated_form_together(parts in any_stated_list()) {
        let lone = StatedListParts { count: None, stated: Some(Text::from("seven")), ..parts.clone() };
        let is_inconsistent = matches!(StatedList::new(lone).unwrap_err(), ValidationError::Inconsistent { field: "stated", .. });
        prop_assert!(is_inconsistent);
        let empty = StatedListParts { items: Cow::Owned(vec![]), completeness: Completeness::Complete, ..parts };
        prop_assert_eq!(StatedList::new(empty).unwrap_err(), ValidationError::Empty { field: "items" });
    }

    #[test]
    fn a_task_force_location_lies_in_its_host(parts in any_task_force(), a in crate::strategies::country::any_country(), b in crate::strategies::country::any_country()) {
        prop_assume!(a != b);
        let place = Place::new(PlaceParts { name: Text::from("Airport"), kind: PlaceKind::Airport, country: Some(b) }).unwrap();
        let wrong = TaskForceParts { host: Some(a), location: Some(place), ..parts };
        let is_inconsistent = matches!(TaskForce::new(wrong).unwrap_err(), ValidationError::Inconsistent { field: "location", .. });
        prop_assert!(is_inconsistent);
    }

    #[test]
    fn a_relation_cannot_point_to_itself(parts in any_relation()) {
        let looped = RelationParts { to: parts.from.clone(), ..parts };
        let is_inconsistent = matches!(Relation::new(looped).unwrap_err(), ValidationError::Inconsistent { field: "to", .. });
        prop_assert!(is_inconsistent);
    }

    #[test]
    fn deserialization_runs_the_same_checks(parts in any_organisation()) {
        let record = Organisation::new(parts).unwrap();
        let mut json: serde_json::Value = serde_json::to_value(&record).unwrap();
        json["name"] = serde_json::Value::String(String::new());
        let err = serde_json::from_value::<Organisation>(json.clone()).unwrap_err();
        prop_assert!(err.to_string().contains("name must not be empty"), "{}", err);
        json["name"] = serde_json::Value::String("Ok".into());
        json["unexpected"] = serde_json::Value::Bool(true);
        prop_assert!(serde_json::from_value::<Organisation>(json).is_err());
    }

    #[test]
    fn ids_round_trip_and_reject_what_is_not_a_slug(id in any_id(), bad in "[A-Z ]{1,5}|[-._][a-z]{0,4}|[a-z]{65,70}") {
        prop_assert_eq!(id.to_string().parse::<Id>().unwrap(), id.clone());
        let back: Id = serde_json::from_str(&serde_json::to_string(&id).unwrap()).unwrap();
        prop_assert_eq!(back, id);
        let is_invalid = matches!(Id::new(bad.clone()), Err(ValidationError::InvalidId { .. }));
        prop_assert!(is_invalid, "{:?}", bad);
    }

    #[test]
    fn refs_round_trip(r in any_ref()) {
        prop_assert_eq!(r.to_string().parse::<Ref>().unwrap(), r.clone());
        let back: Ref = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        prop_assert_eq!(back, r);
    }
}

/// Every enum with names: `FromStr`/`Display` and serde round-trip and agree with each other,
/// and `Ord` agrees with `Eq`.
macro_rules! enum_roundtrip {
    ($($name:ident: $ty:ty;)*) => {
        $(
            #[test]
            fn $name() {
                let all: Vec<$ty> = <$ty>::iter().collect();
                for (i, v) in all.iter().enumerate() {
                    let text = v.to_string();
                    assert_eq!(text.parse::<$ty>().unwrap(), *v);
                    assert_eq!(serde_json::to_string(v).unwrap(), format!("\"{text}\""), "serde name = Display");
                    assert_eq!(serde_json::from_str::<$ty>(&format!("\"{text}\"")).unwrap(), *v);
                    for (j, w) in all.iter().enumerate() {
                        assert_eq!(v.cmp(w) == std::cmp::Ordering::Equal, v == w);
                        assert_eq!(v.cmp(w), i.cmp(&j), "order follows declaration");
                    }
                }
                assert!("no such name".parse::<$ty>().is_err());
            }
        )*
    };
}

enum_roundtrip! {
    record_kind_names: RecordKind;
    role_names: Role;
    status_names: Status;
    iati_role_names: IatiRole;
    bloc_names: Bloc;
    precision_names: Precision;
    duration_unit_names: DurationUnit;
    place_kind_names: PlaceKind;
    organisation_kind_names: OrganisationKind;
    programme_kind_names: ProgrammeKind;
    budget_kind_names: BudgetKind;
    project_kind_names: ProjectKind;
    committee_kind_names: CommitteeKind;
    event_kind_names: EventKind;
    mode_names: Mode;
    framing_names: Framing;
    document_action_names: DocumentAction;
    document_kind_names: DocumentKind;
    commodity_category_names: CommodityCategory;
    seizure_action_names: SeizureAction;
    outcome_kind_names: OutcomeKind;
    completeness_names: Completeness;
    relation_kind_names: RelationKind;
    statement_kind_names: StatementKind;
    qualifier_names: Qualifier;
    bound_names: Bound;
    document_series_names: DocumentSeries;
    credit_names: Credit;
    attribution_names: Attribution;
    involvement_kind_names: InvolvementKind;
    attribution_filter_names: AttributionFilter;
    bloc_filter_names: BlocFilter;
    status_filter_names: StatusFilter;
    facet_names: Facet;
    group_by_names: GroupBy;
    units_names: Units;
    selection_names: Selection;
    period_relation_names: PeriodRelation;
    finding_kind_names: FindingKind;
    severity_names: Severity;
}

/// Every enum of codes: `ALL` lists the values in order (as `iter()` does), `as_str`
/// is `Display`, and text that is no code fails with an `UnknownCode` naming the enum, the text
/// and every code (not strum's `ParseError`). strum's traits: `code_enums.rs`.
macro_rules! code_enum_api {
    ($($name:ident: $ty:ty;)*) => {
        $(
            #[test]
            fn $name() {
                assert_eq!(<$ty>::ALL.to_vec(), <$ty>::iter().collect::<Vec<_>>());
                let codes: Vec<String> = <$ty>::ALL.iter().map(ToString::to_string).collect();
                for v in <$ty>::ALL {
                    assert_eq!(v.as_str(), v.to_string());
                    assert_eq!(v.as_str(), v.as_ref());
                }
                for bad in ["no such name", "", "Project", " task_force"] {
                    if codes.iter().any(|c| c == bad) {
                        continue;
                    }
                    let err: UnknownCode = bad.parse::<$ty>().unwrap_err();
                    assert_eq!(err.what(), stringify!($ty));
                    assert_eq!(err.value(), bad);
                    assert_eq!(err.expected(), codes);
                    let message = err.to_string();
                    assert!(message.starts_with(&format!("{bad:?} is not a {}", stringify!($ty))), "{message}");
                    assert!(codes.iter().all(|c| message.contains(c.as_str())), "{message}");
                }
            }
        )*
    };
}

code_enum_api! {
    record_kind_codes: RecordKind;
    role_codes: Role;
    status_codes: Status;
    iati_role_codes: IatiRole;
    bloc_codes: Bloc;
    precision_codes: Precision;
    duration_unit_codes: DurationUnit;
    place_kind_codes: PlaceKind;
    organisation_kind_codes: OrganisationKind;
    programme_kind_codes: ProgrammeKind;
    budget_kind_codes: BudgetKind;
    project_kind_codes: ProjectKind;
    committee_kind_codes: CommitteeKind;
    event_kind_codes: EventKind;
    mode_codes: Mode;
    framing_codes: Framing;
    document_action_codes: DocumentAction;
    document_kind_codes: DocumentKind;
    commodity_category_codes: CommodityCategory;
    seizure_action_codes: SeizureAction;
    outcome_kind_codes: OutcomeKind;
    completeness_codes: Completeness;
    relation_kind_codes: RelationKind;
    statement_kind_codes: StatementKind;
    qualifier_codes: Qualifier;
    bound_codes: Bound;
    document_series_codes: DocumentSeries;
    attribution_codes: Attribution;
    credit_codes: Credit;
    involvement_kind_codes: InvolvementKind;
    attribution_filter_codes: AttributionFilter;
    bloc_filter_codes: BlocFilter;
    status_filter_codes: StatusFilter;
    facet_codes: Facet;
    group_by_codes: GroupBy;
    units_codes: Units;
    selection_codes: Selection;
    period_relation_codes: PeriodRelation;
    finding_kind_codes: FindingKind;
    severity_codes: Severity;
}

#[test]
fn iati_codes_cover_one_to_four_and_every_role_maps_consistently() {
    for code in 1..=4 {
        assert_eq!(IatiRole::from_code(code).unwrap().code(), code);
    }
    assert_eq!(IatiRole::from_code(0), None);
    assert_eq!(IatiRole::from_code(5), None);
    let mapped: std::collections::BTreeSet<IatiRole> = Role::iter().filter_map(Role::iati).collect();
    assert_eq!(mapped.len(), 4, "every IATI role is the image of some role");
}

#[test]
fn sections_know_their_parents_and_headings_occur_in_the_report() {
    use eu_celac_drugs::data::Section2021_2022;
    let text = eu_celac_drugs::source::normalise_whitespace(eu_celac_drugs::SOURCE_TEXT);
    for s in Section2021_2022::iter() {
        if !s.heading().starts_with('[') {
            assert!(text.contains(s.heading()), "{s}: heading {:?} not in the report", s.heading());
        }
        if let Some(p) = s.parent() {
            assert!(p < s, "a parent comes before its children");
        }
        assert_eq!(s.to_string().parse::<Section2021_2022>(), Ok(s));
        assert_eq!(s.code(), s.to_string().as_str());
    }
    assert!("no such name".parse::<Section2021_2022>().is_err());
}

#[test]
fn the_compiled_in_sections_are_the_enum_as_data() {
    use eu_celac_drugs::data::Section2021_2022;
    let report = eu_celac_drugs::report_2021_2022();
    assert_eq!(report.sections().len(), Section2021_2022::ALL.len());
    for (data, s) in report.sections().iter().zip(Section2021_2022::ALL) {
        assert_eq!(data.code(), &s.code());
        assert_eq!(data.heading(), s.heading());
        assert_eq!(data.parent(), s.parent().map(Section2021_2022::code).as_ref());
        assert_eq!(data.footnote(), s.is_footnote());
        assert_eq!(report.section(s.code().as_str()), Some(data));
    }
}

#[test]
fn section_lists_are_trees_in_print_order() {
    use chrono::NaiveDate;
    let day = |m| NaiveDate::from_ymd_opt(2024, m, 1).unwrap();
    let meta = |sections: Vec<Section>| {
        ReportMeta::new(ReportMetaParts { sections: sections.into(), ..ReportMetaParts::new("R", day(1), day(2)) })
    };
    let top = Section::top("i", "I. One").unwrap();
    let child = Section::within("i", "i.a", "A. Two").unwrap();
    assert!(meta(vec![top.clone(), child.clone()]).is_ok());
    // A parent after its child, a parent that is not listed, a code twice: refused, naming the code.
    let err = meta(vec![child.clone(), top.clone()]).unwrap_err();
    assert!(err.to_string().contains("i.a") && err.field() == "parent", "{err}");
    assert!(meta(vec![child.clone()]).is_err());
    let err = meta(vec![top.clone(), top.clone()]).unwrap_err();
    assert!(matches!(err, ValidationError::Duplicate { .. }) && err.to_string().contains('i'), "{err}");
    // A section cannot stand in itself; a heading must hold something; a code is a slug.
    assert!(Section::within("i", "i", "I.").is_err());
    assert!(Section::top("i", " ").is_err());
    let err = Section::top("I.A", "A.").unwrap_err();
    assert!(err.to_string().contains("I.A") && err.field() == "section", "{err}");
    // The metadata's own source must cite one of its sections.
    let source = Some(SourceRef::quoted("ii", "the note").unwrap());
    let err = ReportMeta::new(ReportMetaParts { source, ..meta(vec![top]).unwrap().into_parts() }).unwrap_err();
    assert!(err.to_string().contains("ii is not one of the report's sections"), "{err}");
}

#[test]
fn a_stated_form_must_read_as_the_figure_it_states() {
    let source = || SourceRef::quoted("i", "two tons").unwrap();
    let seizure = |quantity: &str, stated: &str| {
        Seizure::new(SeizureParts {
            project: Some("p".parse().unwrap()),
            ..SeizureParts::new(
                "s".parse().unwrap(),
                "cocaine",
                CommodityCategory::Drug,
                quantity.parse().unwrap(),
                stated.to_owned(),
                SeizureAction::Seized,
                Credit::Own,
                source(),
            )
        })
    };
    // "two tons" with a quantity of 5 kg is refused, naming both.
    let err = seizure("5 kg", "two tons").unwrap_err();
    assert_eq!(err.field(), "stated");
    let message = err.to_string();
    assert!(message.contains("\"two tons\"") && message.contains("2 t") && message.contains("5 kg"), "{message}");
    // The qualifier counts too: "over 2 tons" is not 2 tons.
    assert!(seizure("2 t", "over 2 tons").is_err());
    assert!(seizure("over 2 t", "2 tons").is_err());
    // Every form the report writes, agreeing with its figure, is accepted.
    for (quantity, stated) in [
        ("2 t", "two tons"),
        ("over 9.6 t", "over 9.6 tons"),
        ("half a ton", "half a ton"),
        ("17 kg", "17kg"),
        ("more than 2,000 pieces", "more than two thousand pieces"),
        ("28,200,000 USD", "28.2 million undeclared US dollars"),
        ("5,000 litres", "5000 litres"),
    ] {
        assert!(seizure(quantity, stated).is_ok(), "{stated}");
    }
    // A stated form with no figure in it is left as written.
    assert!(seizure("5 kg", "a large amount").is_ok());
    // Outcomes, counts and budgets are held to the same rule.
    let outcome = |q: &str, stated: &str| {
        Outcome::new(OutcomeParts {
            quantity: Some(q.parse().unwrap()),
            stated: Some(stated.to_owned().into()),
            ..OutcomeParts::new(
                "o".parse().unwrap(),
                "project:p".parse().unwrap(),
                OutcomeKind::Arrests,
                "arrests",
                Credit::Own,
                source(),
            )
        })
    };
    assert!(outcome("287", "287").is_ok() && outcome("6", "Six").is_ok());
    assert!(outcome("7", "Six").unwrap_err().to_string().contains("\"Six\" reads as 6"));
    let budget = |qualifier, stated: &str| {
        Budget::new(BudgetParts {
            qualifier,
            ..BudgetParts::new(
                "b".parse().unwrap(),
                "programme:p".parse().unwrap(),
                BudgetKind::Budget,
                Money::new(60_000_000.into(), Currency::EUR).unwrap(),
                stated.to_owned(),
                source(),
            )
        })
    };
    assert!(budget(Qualifier::About, "around EUR 60 million").is_ok());
    assert!(budget(Qualifier::Exact, "around EUR 60 million").is_err());
    assert!(budget(Qualifier::Exact, "EUR 60 000 000").is_ok());
    // Every record of the report agrees with its stated form (else it would not have compiled in).
    let report = report_2021_2022();
    for s in report.seizures().iter() {
        assert_eq!(Quantity::from_words(s.stated()).unwrap(), s.quantity(), "{}", s.stated());
    }
}

#[test]
fn parts_constructors_take_what_a_record_cannot_do_without_and_leave_the_rest_empty() {
    let source = || SourceRef::quoted("i", "Programme Alpha").unwrap();
    let id = |s: &str| -> Id { s.parse().unwrap() };
    let programme = ProgrammeParts::new(id("alpha"), "Programme Alpha", ProgrammeKind::Programme, source());
    assert!(programme.acronym.is_none() && programme.aliases.is_empty() && programme.period.is_none());
    assert!(Programme::new(programme).is_ok());
    let subject: Ref = "programme:alpha".parse().unwrap();
    let p = ParticipationParts::new(
        id("alpha.pe"),
        Country::PE,
        subject.clone(),
        Role::Member,
        Status::Active,
        "Peru",
        source(),
    );
    assert_eq!(p.party, Party::Country(Country::PE));
    assert!(p.ordinal.is_none() && p.period.is_none());
    assert!(Participation::new(p).is_ok());
    let event =
        EventParts::new(id("kick-off"), EventKind::KickOff, "Kick-off", Status::Completed, Framing::Activity, source());
    assert!(event.date.is_none() && event.places.is_empty() && event.documents.is_empty() && event.of.is_none());
    assert!(Event::new(event).is_ok());
    let statement =
        StatementParts::new(id("alpha.aim"), subject.clone(), StatementKind::Aim, "Programme Alpha", source());
    assert!(statement.about.is_empty() && Statement::new(statement).is_ok());
    // A seizure's parts attribute it to nothing until told: the record then says what it lacks.
    let seizure = SeizureParts::new(
        id("s"),
        "cocaine",
        CommodityCategory::Drug,
        "1 t".parse().unwrap(),
        "1 ton",
        SeizureAction::Seized,
        Credit::Own,
        source(),
    );
    assert_eq!(Seizure::new(seizure.clone()).unwrap_err().field(), "project");
    let by_programme = Seizure::new(SeizureParts { programme: Some(id("alpha")), ..seizure.clone() }).unwrap();
    assert_eq!(by_programme.programme(), Some(&id("alpha")));
    // A programme and a project of it both named: refused, the project alone says it.
    let both = SeizureParts { programme: Some(id("alpha")), project: Some(id("p")), ..seizure };
    assert_eq!(Seizure::new(both).unwrap_err().field(), "programme");
}
