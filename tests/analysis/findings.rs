//! Each finding rule, on small datasets where it fires and where it does not.

use eu_celac_drugs::analysis::findings::{
    count_mismatches, counts_without_lists, list_omissions, outside_period, roles_without_membership, variant_names,
};
use eu_celac_drugs::analysis::{FindingKind, Severity, validate};
use eu_celac_drugs::{
    Completeness, Country, EventKind, Framing, Index, Qualifier, RecordKind, Role, Status, report_2021_2022,
};

use crate::fixtures::*;

mod dates;
mod lists;

fn clasi_like(peru_status: Status, peru_role_in_area: Role) -> eu_celac_drugs::Dataset {
    dataset(|d| {
        d.committees.push(committee("clasi"));
        d.work_areas.push(work_area("clasi.area-2", r(RecordKind::Committee, "clasi")));
        d.participations.push(part(
            "clasi.member.ar",
            Country::AR,
            "Argentina",
            r(RecordKind::Committee, "clasi"),
            Role::Member,
            Status::Active,
        ));
        d.participations.push(part(
            "clasi.member.pe",
            Country::PE,
            "Peru",
            r(RecordKind::Committee, "clasi"),
            Role::Member,
            peru_status,
        ));
        d.participations.push(part(
            "area-2.lead.ar",
            Country::AR,
            "Argentina",
            r(RecordKind::WorkArea, "clasi.area-2"),
            Role::Lead,
            Status::Active,
        ));
        d.participations.push(part(
            "area-2.co-lead.pe",
            Country::PE,
            "Peru",
            r(RecordKind::WorkArea, "clasi.area-2"),
            peru_role_in_area,
            Status::Active,
        ));
    })
}

#[test]
fn a_leading_role_without_active_membership_is_found() {
    let d = clasi_like(Status::Applicant, Role::CoLead);
    let found = roles_without_membership(&Index::new(&d));
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!(f.kind, FindingKind::RoleWithoutMembership);
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.contains("Peru") && f.message.contains("applicant"), "{}", f.message);
    assert_eq!(f.records.len(), 2, "the role and the membership are both cited");
    assert_eq!(f.quotes, vec!["area-2.co-lead.pe", "clasi.member.pe"]);
}

#[test]
fn a_leading_role_of_an_active_member_or_a_plain_role_is_not_found() {
    let d = clasi_like(Status::Active, Role::CoLead);
    assert!(roles_without_membership(&Index::new(&d)).is_empty());
    let d = clasi_like(Status::Applicant, Role::Participant);
    assert!(roles_without_membership(&Index::new(&d)).is_empty(), "a participant does not presuppose membership");
}

#[test]
fn a_body_without_a_member_list_presupposes_nothing() {
    let d = dataset(|d| {
        d.committees.push(committee("tc"));
        d.participations.push(part(
            "tc.lead.fr",
            Country::FR,
            "France",
            r(RecordKind::Committee, "tc"),
            Role::Lead,
            Status::Active,
        ));
    });
    assert!(roles_without_membership(&Index::new(&d)).is_empty());
}

fn counted(n_items: usize, count: Option<(i64, Qualifier)>, completeness: Completeness) -> eu_celac_drugs::Dataset {
    dataset(|d| {
        d.programmes.push(programme("p"));
        let mut items = Vec::new();
        for (i, c) in [Country::AR, Country::BO, Country::BR, Country::CL].into_iter().take(n_items).enumerate() {
            let key = format!("p.member.{i}");
            d.participations.push(part(
                &key,
                c,
                c.name_en(),
                r(RecordKind::Programme, "p"),
                Role::Member,
                Status::Active,
            ));
            items.push(r(RecordKind::Participation, &key));
        }
        d.lists.push(list("p.members", r(RecordKind::Programme, "p"), count, completeness, items));
    })
}

#[test]
fn a_stated_count_that_differs_from_its_list_is_found() {
    let d = counted(3, Some((4, Qualifier::Exact)), Completeness::Complete);
    let found = count_mismatches(&d);
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("lists 3"), "{}", found[0].message);
    let d = counted(4, Some((3, Qualifier::Exact)), Completeness::Examples);
    assert_eq!(count_mismatches(&d).len(), 1, "more examples than the count");
    let d = counted(2, Some((3, Qualifier::MoreThan)), Completeness::Complete);
    assert_eq!(count_mismatches(&d).len(), 1, "fewer than 'more than 3'");
}

#[test]
fn a_stated_count_that_matches_or_is_a_mere_example_count_is_not_found() {
    assert!(count_mismatches(&counted(3, Some((3, Qualifier::Exact)), Completeness::Complete)).is_empty());
    assert!(count_mismatches(&counted(2, Some((3, Qualifier::Exact)), Completeness::Examples)).is_empty());
    assert!(count_mismatches(&counted(4, Some((3, Qualifier::MoreThan)), Completeness::Complete)).is_empty());
    assert!(count_mismatches(&counted(3, Some((4, Qualifier::About)), Completeness::Complete)).is_empty());
    assert!(count_mismatches(&counted(3, None, Completeness::Complete)).is_empty());
}

#[test]
fn a_count_without_a_list_is_reported_for_information() {
    let d = counted(0, Some((18, Qualifier::Exact)), Completeness::Unlisted);
    let found = counts_without_lists(&d);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Info);
    assert!(count_mismatches(&d).is_empty());
    assert!(counts_without_lists(&counted(2, Some((2, Qualifier::Exact)), Completeness::Complete)).is_empty());
}

#[test]
fn an_activity_dated_outside_the_period_is_found_and_background_is_not() {
    let d = dataset(|d| {
        d.events.push(event("after", EventKind::HighLevelMeeting, Some("2022-06-01/2022-06-02"), Framing::Activity));
        d.events.push(event("before", EventKind::Seminar, Some("2017-09-27/2017-09-28"), Framing::Background));
        d.events.push(event("inside", EventKind::KickOff, Some("2022-02-15"), Framing::Activity));
        d.events.push(event("across", EventKind::Meeting, Some("2021-05/2021-07"), Framing::Activity));
        d.events.push(event("undated", EventKind::SideEvent, None, Framing::Activity));
        d.events.push(event("ongoing", EventKind::Mission, Some("2022-03/.."), Framing::Activity));
        d.events.push(event("since-before", EventKind::Mission, Some("2021-05/.."), Framing::Activity));
    });
    let found = outside_period(&d);
    let ids: Vec<&str> = found.iter().map(|f| f.records[0].id.as_str()).collect();
    // An activity begun in the period that goes on is the period's; one begun before is not.
    assert_eq!(ids, vec!["after", "across", "since-before"]);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[1].severity, Severity::Info);
    assert_eq!(found[2].severity, Severity::Info);
}

#[test]
fn a_country_spelled_two_ways_is_a_warning_and_a_code_is_information() {
    let d = dataset(|d| {
        d.programmes.push(programme("p"));
        d.programmes.push(programme("q"));
        let p = r(RecordKind::Programme, "p");
        let q = r(RecordKind::Programme, "q");
        d.participations.push(part("p.ci", Country::CI, "Côte d'Ivoire", p.clone(), Role::Partner, Status::Active));
        d.participations.push(part("q.ci", Country::CI, "Cote d’Ivoire", q.clone(), Role::Partner, Status::Active));
        d.participations.push(part("p.fr", Country::FR, "France", p.clone(), Role::Member, Status::Active));
        d.participations.push(part("q.fr", Country::FR, "FR", q.clone(), Role::Speaker, Status::Active));
        d.participations.push(part("p.do", Country::DO, "Dominican Republic", p, Role::Member, Status::Active));
        d.participations.push(part("q.do", Country::DO, "the Dominican Republic", q, Role::Member, Status::Active));
    });
    let found = variant_names(&d);
    assert_eq!(found.len(), 2, "{found:?}");
    let ci = found.iter().find(|f| f.message.contains("CI")).unwrap();
    assert_eq!(ci.severity, Severity::Warning);
    let fr = found.iter().find(|f| f.message.contains("FR")).unwrap();
    assert_eq!(fr.severity, Severity::Info);
    assert!(!found.iter().any(|f| f.message.contains("(DO)")), "a leading 'the' is not a variant");
}

fn aircop_like(costa_rica_status: Status) -> eu_celac_drugs::Dataset {
    dataset(|d| {
        d.programmes.push(programme("gifp"));
        d.projects.push(project("aircop", "gifp"));
        let aircop = r(RecordKind::Project, "aircop");
        d.participations.push(part(
            "aircop.scope.ar",
            Country::AR,
            "Argentina",
            aircop.clone(),
            Role::InScope,
            Status::Active,
        ));
        d.participations.push(part(
            "aircop.scope.bo",
            Country::BO,
            "Bolivia",
            aircop.clone(),
            Role::InScope,
            Status::Active,
        ));
        d.task_forces.push(task_force("aircop.jaitf.bo", aircop.clone(), Country::BO, Status::Operational));
        d.task_forces.push(task_force("aircop.jaitf.cr", aircop.clone(), Country::CR, costa_rica_status));
        d.task_forces.push(task_force("aircop.jaitf.bj", aircop.clone(), Country::BJ, Status::Operational));
        d.participations.push(part(
            "aircop.partner.ma",
            Country::MA,
            "Morocco",
            aircop.clone(),
            Role::Partner,
            Status::Active,
        ));
        d.lists.push(list(
            "aircop.scope",
            aircop,
            None,
            Completeness::Complete,
            vec![r(RecordKind::Participation, "aircop.scope.ar"), r(RecordKind::Participation, "aircop.scope.bo")],
        ));
    })
}

#[test]
fn a_list_that_leaves_out_an_implied_country_is_found() {
    let d = aircop_like(Status::UnderEstablishment);
    let found = list_omissions(&Index::new(&d));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("Costa Rica"), "{}", found[0].message);
    assert_eq!(found[0].records[1].id.as_str(), "aircop.jaitf.cr");
}

#[test]
fn countries_outside_the_list_s_scope_or_merely_prospective_are_not_omissions() {
    // Benin and Morocco are not CELAC members, so a CELAC list need not name them; a
    // task force that is only a possibility implies nothing.
    let d = aircop_like(Status::Potential);
    assert!(list_omissions(&Index::new(&d)).is_empty());
}

#[test]
fn findings_never_change_the_data_and_cite_every_record_with_its_quote() {
    let report = eu_celac_drugs::report_2021_2022();
    let before = report.clone();
    let findings = validate(report);
    assert_eq!(&before, report);
    for f in &findings {
        assert_eq!(f.records.len(), f.quotes.len());
        assert_eq!(f.records.len(), f.sections.len());
        assert!(!f.records.is_empty());
        for ((r, q), s) in f.records.iter().zip(&f.quotes).zip(&f.sections) {
            let (kind, _, source) = report.records().find(|(_, id, _)| **id == r.id).unwrap();
            assert_eq!(kind, r.kind);
            assert_eq!((source.quote(), source.section()), (*q, *s));
        }
    }
    assert!(findings.windows(2).all(|w| w[0].kind <= w[1].kind));
}

fn named_committee(name: &str, aliases: &[&str]) -> eu_celac_drugs::Dataset {
    use eu_celac_drugs::{Committee, CommitteeParts};
    let c = committee("c").into_parts();
    let named = Committee::new(CommitteeParts {
        name: text(name),
        aliases: std::borrow::Cow::Owned(aliases.iter().map(|a| text(a)).collect()),
        ..c
    })
    .unwrap();
    dataset(|d| d.committees.push(named))
}

#[test]
fn a_record_name_spelled_two_ways_is_a_warning_and_a_short_form_information() {
    let d = named_committee(
        "Latin American Internal Security Committee",
        &["Latin American Committee on Internal Security"],
    );
    let found = variant_names(&d);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    // Named for readers, by its label and kind, not by its id.
    assert!(
        found[0].message.starts_with("Latin American Internal Security Committee (committee) is written as"),
        "{}",
        found[0].message
    );

    let d = named_committee("EU-CELAC Technical Committee on Drugs", &["Technical Committee"]);
    assert_eq!(variant_names(&d)[0].severity, Severity::Info, "a shortened form");
    let d = named_committee("CARGA BLANCA", &["DHL"]);
    assert_eq!(variant_names(&d)[0].severity, Severity::Info, "another name");
    let d = named_committee("FIIAPP", &["FIIAP"]);
    assert_eq!(variant_names(&d)[0].severity, Severity::Warning, "a letter dropped");
    let d = named_committee("Europol", &["EUROPOL"]);
    assert_eq!(variant_names(&d)[0].severity, Severity::Info, "a change of case");
    assert!(variant_names(&named_committee("CLASI", &[])).is_empty());
}

#[test]
fn validate_is_every_rule_s_findings_ordered_by_kind() {
    use eu_celac_drugs::analysis::findings::{mixed_lists, outside_parent_period, partner_omissions, phase_gaps};
    let report = eu_celac_drugs::report_2021_2022();
    let index = Index::new(report);
    let mut each = [
        count_mismatches(report),
        counts_without_lists(report),
        outside_period(report),
        outside_parent_period(&index),
        phase_gaps(&index),
        roles_without_membership(&index),
        variant_names(report),
        list_omissions(&index),
        partner_omissions(&index),
        mixed_lists(&index),
    ]
    .concat();
    each.sort_by_key(|f| f.kind);
    assert_eq!(validate(report), each);
    // Every rule's findings are of its own kind.
    for (rule, kind) in [
        (outside_parent_period(&index), FindingKind::OutsideParentPeriod),
        (phase_gaps(&index), FindingKind::PhaseGap),
        (partner_omissions(&index), FindingKind::PartnerOmission),
        (mixed_lists(&index), FindingKind::MixedList),
    ] {
        assert!(rule.iter().all(|f| f.kind == kind), "{kind}");
    }
}

#[test]
#[cfg(feature = "serde")]
fn analysis_results_serialize_for_other_tools() {
    let report = eu_celac_drugs::report_2021_2022();
    let findings = serde_json::to_value(validate(report)).unwrap();
    let first = &findings[0];
    assert!(first["kind"].is_string() && first["severity"].is_string() && first["quotes"].is_array(), "{first}");
    assert!(first["sections"][0].is_string(), "{first}");
    let peru = serde_json::to_value(eu_celac_drugs::analysis::involvements_of(report, Country::PE)).unwrap();
    assert_eq!(peru[0]["country"], "PE");
    assert!(peru[0]["source"]["quote"].is_string());
}

#[test]
fn summaries_count_by_class_and_messages_name_no_internal_id() {
    use eu_celac_drugs::analysis::{FindingClass, FindingCounts, FindingKind, Severity};
    let findings = validate(report_2021_2022());
    let counts = FindingCounts::of(&findings);
    assert_eq!((counts.contradictions, counts.other_warnings, counts.notes), (7, 5, 37));
    assert_eq!(counts.total(), findings.len());
    for f in &findings {
        let class = f.class();
        assert_eq!(class == FindingClass::Note, f.severity == Severity::Info, "{}", f.message);
        if f.kind == FindingKind::VariantNames {
            assert_ne!(class, FindingClass::Contradiction, "a spelling is no contradiction: {}", f.message);
        }
        // A reader's message names records by label, never as `kind:id`.
        for r in &f.records {
            assert!(!f.message.contains(&r.to_string()), "{} names {r}", f.message);
        }
    }
    let fiiapp = findings.iter().find(|f| f.message.starts_with("FIIAPP (organisation) is written as")).unwrap();
    assert_eq!(fiiapp.class(), FindingClass::OtherWarning);
}
