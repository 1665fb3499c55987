//! The enums of codes and `Country` through strum's traits (re-exported as
//! `eu_celac_drugs::strum`) and through [`CodeEnum`]: code generic over either takes them, and
//! every trait spells and lists the values as the inherent `as_str()`, `ALL` and `COUNT` do.

use eu_celac_drugs::analysis::{
    AttributionFilter, BlocFilter, Facet, FindingKind, GroupBy, InvolvementKind, PeriodRelation, Selection, Severity,
    StatusFilter, Units,
};
use eu_celac_drugs::data::Section2021_2022;
use eu_celac_drugs::strum::{EnumCount, IntoEnumIterator, VariantArray, VariantNames};
use eu_celac_drugs::*;

/// Written for strum alone, as a user's generic code would be.
fn every<E: IntoEnumIterator + EnumCount>() -> Vec<E> {
    let all: Vec<E> = E::iter().collect();
    assert_eq!(all.len(), E::COUNT);
    all
}

#[test]
fn code_generic_over_strum_takes_the_crate_s_enums() {
    assert_eq!(every::<Role>(), Role::ALL);
    assert_eq!(every::<Status>(), Status::ALL);
    assert_eq!(every::<RecordKind>(), RecordKind::ALL);
    assert_eq!(every::<Country>(), Country::ALL);
    assert_eq!(every::<Country>().len(), 249);
    assert_eq!(every::<Section2021_2022>(), Section2021_2022::ALL);
    assert_eq!(<Role as VariantNames>::VARIANTS.first(), Some(&Role::ALL[0].as_str()));
    assert!(<Role as VariantNames>::VARIANTS.contains(&"co_lead"));
    assert_eq!(<Bloc as VariantNames>::VARIANTS, ["CELAC", "EU"]);
    assert_eq!(<Country as VariantNames>::VARIANTS.get(..3), Some(&["AD", "AE", "AF"][..]));
    assert_eq!(<&'static str>::from(Role::CoLead), "co_lead");
    assert_eq!(Bloc::Celac.as_ref(), "CELAC");
}

/// Each spelling of every value: strum's `Display` (padding as `{:<12}` asks), `AsRefStr`,
/// `IntoStaticStr` and `VariantNames`, and `CodeEnum::as_str`, all the same code; strum's
/// `IntoEnumIterator`, `VariantArray` and `EnumCount` list the values of `ALL` in order.
fn check<E>(code: impl Fn(E) -> &'static str)
where
    E: CodeEnum + IntoEnumIterator + EnumCount + VariantArray + VariantNames + AsRef<str> + Into<&'static str>,
    for<'a> &'a E: Into<&'static str>,
{
    let all = E::ALL;
    assert_eq!(<E as VariantArray>::VARIANTS, all);
    assert_eq!(E::iter().collect::<Vec<_>>(), all);
    assert_eq!(<E as EnumCount>::COUNT, all.len());
    assert_eq!(<E as CodeEnum>::COUNT, all.len());
    let codes: Vec<&'static str> = all.iter().map(|&v| code(v)).collect();
    assert_eq!(<E as VariantNames>::VARIANTS, codes);
    for (&v, &c) in all.iter().zip(&codes) {
        assert_eq!(CodeEnum::as_str(v), c);
        assert_eq!(v.to_string(), c);
        assert_eq!(v.as_ref(), c);
        assert_eq!(Into::<&'static str>::into(v), c);
        assert_eq!(Into::<&'static str>::into(&v), c);
        assert_eq!(format!("{v:<12}|"), format!("{c:<12}|"), "Display pads");
        assert_eq!(format!("{v:>30}"), format!("{c:>30}"), "Display pads");
        assert_eq!(format!("{v:^5.3}"), format!("{c:^5.3}"), "Display truncates");
    }
}

macro_rules! strum_agrees {
    ($($name:ident: $ty:ty;)*) => {
        $(
            #[test]
            fn $name() {
                check::<$ty>(<$ty>::as_str);
                assert_eq!(<$ty>::COUNT, <$ty as EnumCount>::COUNT);
                assert_eq!(<$ty>::iter().collect::<Vec<_>>(), every::<$ty>());
            }
        )*
    };
}

strum_agrees! {
    record_kind_strum: RecordKind;
    role_strum: Role;
    status_strum: Status;
    iati_role_strum: IatiRole;
    bloc_strum: Bloc;
    precision_strum: Precision;
    duration_unit_strum: DurationUnit;
    place_kind_strum: PlaceKind;
    organisation_kind_strum: OrganisationKind;
    programme_kind_strum: ProgrammeKind;
    budget_kind_strum: BudgetKind;
    project_kind_strum: ProjectKind;
    committee_kind_strum: CommitteeKind;
    event_kind_strum: EventKind;
    mode_strum: Mode;
    framing_strum: Framing;
    document_action_strum: DocumentAction;
    document_kind_strum: DocumentKind;
    commodity_category_strum: CommodityCategory;
    seizure_action_strum: SeizureAction;
    outcome_kind_strum: OutcomeKind;
    completeness_strum: Completeness;
    relation_kind_strum: RelationKind;
    statement_kind_strum: StatementKind;
    qualifier_strum: Qualifier;
    bound_strum: Bound;
    document_series_strum: DocumentSeries;
    credit_strum: Credit;
    attribution_strum: Attribution;
    involvement_kind_strum: InvolvementKind;
    attribution_filter_strum: AttributionFilter;
    bloc_filter_strum: BlocFilter;
    status_filter_strum: StatusFilter;
    facet_strum: Facet;
    group_by_strum: GroupBy;
    units_strum: Units;
    selection_strum: Selection;
    period_relation_strum: PeriodRelation;
    finding_kind_strum: FindingKind;
    severity_strum: Severity;
}

#[test]
fn country_through_strum_is_its_alpha2_code() {
    check::<Country>(Country::alpha2);
    assert_eq!(Country::COUNT, <Country as EnumCount>::COUNT);
    assert_eq!(Country::iter().collect::<Vec<_>>(), every::<Country>());
    for c in Country::ALL {
        assert_eq!(c.to_string().parse::<Country>(), Ok(*c));
    }
    assert_eq!(format!("{:<4}|{:>3}", Country::AR, Country::PE), "AR  | PE");
}

#[test]
fn sections_through_strum_and_code_enum() {
    assert_eq!(<Section2021_2022 as VariantArray>::VARIANTS, Section2021_2022::ALL);
    assert_eq!(<Section2021_2022 as EnumCount>::COUNT, Section2021_2022::COUNT);
    assert_eq!(<Section2021_2022 as CodeEnum>::COUNT, Section2021_2022::COUNT);
    for s in Section2021_2022::ALL {
        assert_eq!(CodeEnum::as_str(s), s.as_str());
        assert_eq!(CodeEnum::as_str(s), s.code());
    }
}

/// `CodeEnum` at the crate root is the trait of `model::record`, and gives generic code the
/// values, their number and their codes.
#[test]
fn code_enum_is_exported_at_the_root() {
    fn codes<E: eu_celac_drugs::model::record::CodeEnum>() -> (usize, Vec<&'static str>) {
        (E::COUNT, E::ALL.iter().map(|&e| e.as_str()).collect())
    }
    fn root<E: eu_celac_drugs::CodeEnum>() -> (usize, Vec<&'static str>) {
        codes::<E>()
    }
    let (count, codes) = root::<Status>();
    assert_eq!(count, Status::COUNT);
    assert_eq!(codes, Status::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>());
    assert_eq!(root::<Country>().1.get(..2), Some(&["AD", "AE"][..]));
    assert_eq!(root::<Section2021_2022>().1.first(), Some(&"note"));
}

/// The user's design card names Programme, Project, Meeting, Country and Seizure, and the packages
/// serde, chrono, thiserror, strum and proptest: a downstream crate finds each by that name.
#[test]
fn the_design_card_by_its_own_names() {
    use eu_celac_drugs::strum::{EnumCount, IntoEnumIterator};
    use eu_celac_drugs::{Country, Meeting, Programme, Project, Role, Seizure, ids, report_2021_2022};
    fn codes<E: IntoEnumIterator + EnumCount + std::fmt::Display>() -> Vec<String> {
        E::iter().map(|e| e.to_string()).collect()
    }
    assert_eq!(codes::<Role>().len(), Role::COUNT);
    assert_eq!(codes::<Country>().len(), Country::COUNT);
    let report = report_2021_2022();
    let meetings: Vec<Meeting<'_>> = report.meetings().collect();
    assert!(meetings.iter().any(|m| m.id() == &ids::HLM_22) && meetings.iter().any(|m| m.id() == &ids::TC_2022_05_04));
    let _: (&Programme, &Project, &Seizure) = (
        report.programme(&ids::COPOLAD).unwrap(),
        report.project(&ids::AIRCOP).unwrap(),
        report.seizures().iter().next().unwrap(),
    );
    let of: Vec<&str> = report.statements_about(&ids::COPOLAD).map(|s| s.of().id.as_str()).collect();
    assert!(of.contains(&ids::TC_2021_10_26.as_str()) && of.contains(&ids::TC_2022_05_04.as_str()));
}
