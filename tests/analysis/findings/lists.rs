//! The list rules: a partner list that leaves out a country covered, a list of things of
//! different kinds.

use std::collections::{BTreeMap, BTreeSet};

use eu_celac_drugs::analysis::findings::{mixed_lists, partner_omissions};
use eu_celac_drugs::analysis::{FindingKind, Severity};
use eu_celac_drugs::{Completeness, Country, Dataset, Index, RecordKind, RelationKind, Role, Status};

use crate::fixtures::*;

/// A project with a complete list of partners and, beside it, Paraguay in the role `py_role`
/// with `py_status`.
fn colibri_like(partners: &[Country], py_role: Role, py_status: Status) -> Dataset {
    dataset(|d| {
        d.programmes.push(programme("gifp"));
        d.projects.push(project("colibri", "gifp"));
        let colibri = r(RecordKind::Project, "colibri");
        let mut items = Vec::new();
        for c in partners {
            let key = format!("colibri.partner.{}", c.alpha2().to_lowercase());
            d.participations.push(part(&key, *c, c.name_en(), colibri.clone(), Role::Partner, Status::Active));
            items.push(r(RecordKind::Participation, &key));
        }
        d.lists.push(list("colibri.partners", colibri.clone(), None, Completeness::Complete, items));
        d.participations.push(part("colibri.scope.py", Country::PY, "Paraguay", colibri, py_role, py_status));
    })
}

#[test]
fn a_partner_list_that_leaves_out_a_country_covered_is_information() {
    let d = colibri_like(&[Country::BR, Country::PE], Role::InScope, Status::Active);
    let found = partner_omissions(&Index::new(&d));
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!((f.kind, f.severity), (FindingKind::PartnerOmission, Severity::Info));
    assert_eq!(f.quotes, vec!["colibri.partners", "colibri.scope.py"]);
    assert!(f.message.contains("Paraguay (PY)") && f.message.contains("2 CELAC countries"), "{}", f.message);
}

#[test]
fn a_member_or_beneficiary_left_out_is_found_and_a_prospect_or_a_plain_role_is_not() {
    for role in [Role::Member, Role::Associate, Role::Beneficiary] {
        let d = colibri_like(&[Country::BR], role, Status::Active);
        assert_eq!(partner_omissions(&Index::new(&d)).len(), 1, "{role}");
    }
    let d = colibri_like(&[Country::BR], Role::InScope, Status::AssessedForInclusion);
    assert!(partner_omissions(&Index::new(&d)).is_empty(), "a prospect is not covered");
    let d = colibri_like(&[Country::BR], Role::Host, Status::Completed);
    assert!(partner_omissions(&Index::new(&d)).is_empty(), "hosting a mission is not being covered");
}

#[test]
fn partners_of_several_blocs_name_additional_partners_and_are_not_checked() {
    // "Partnerships are also established with Brazil, … Morocco": no one bloc, so no scope.
    let d = colibri_like(&[Country::BR, Country::MA], Role::InScope, Status::Active);
    assert!(partner_omissions(&Index::new(&d)).is_empty());
}

#[test]
fn a_partner_list_is_checked_against_the_border_areas_too() {
    let mut parts =
        eu_celac_drugs::DatasetParts::from(colibri_like(&[Country::AR, Country::BR], Role::Partner, Status::Active));
    parts.border_areas.push(border_area(
        "colibri.triple-frontera",
        r(RecordKind::Project, "colibri"),
        &[Country::AR, Country::BR, Country::PY],
    ));
    let d = Dataset::new(parts).unwrap();
    let found = partner_omissions(&Index::new(&d));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].records[1].id.as_str(), "colibri.triple-frontera");
    assert!(found[0].message.contains("border area"), "{}", found[0].message);
}

#[test]
fn the_report_s_partner_lists_are_compared_with_its_scope_lists() {
    let report = eu_celac_drugs::report_2021_2022();
    let found = partner_omissions(&Index::new(report));
    let countries = |items: &[eu_celac_drugs::Ref]| -> BTreeSet<Country> {
        items.iter().filter_map(|i| report.participation(i.id.as_str())).filter_map(|p| p.party().country()).collect()
    };
    let is = |l: &eu_celac_drugs::StatedList, role: Role| {
        l.completeness() == Completeness::Complete
            && l.items().iter().all(|i| report.participation(i.id.as_str()).is_some_and(|p| p.role() == role))
    };
    // Where a subject has a complete list of CELAC partners and a complete list of the countries
    // in its scope, every country in scope and not a partner is found.
    for partners in report.lists().iter().filter(|l| is(l, Role::Partner)) {
        let named = countries(partners.items());
        if !named.iter().all(|c| c.is_member(eu_celac_drugs::Bloc::Celac)) {
            continue;
        }
        for scope in report.lists().iter().filter(|l| l.of() == partners.of() && is(l, Role::InScope)) {
            for c in countries(scope.items()).difference(&named) {
                let f = found.iter().find(|f| f.message.contains(&format!("({})", c.alpha2())));
                assert!(f.is_some_and(|f| f.records[0] == eu_celac_drugs::Record::as_ref_to(partners)), "{c:?}");
            }
        }
    }
    for f in &found {
        assert_eq!(f.severity, Severity::Info);
        assert_eq!(f.records[0].kind, RecordKind::StatedList);
    }
}

fn related(targets: &[(RecordKind, &str)]) -> Dataset {
    dataset(|d| {
        d.programmes.push(programme("copolad"));
        d.programmes.push(programme("gifp"));
        let mut items = Vec::new();
        for (kind, key) in targets {
            match kind {
                RecordKind::Programme => d.programmes.push(programme(key)),
                RecordKind::Project => d.projects.push(project(key, "gifp")),
                _ => unreachable!(),
            }
            let rel = format!("rel.{key}");
            d.relations.push(relation(
                &rel,
                r(RecordKind::Programme, "copolad"),
                RelationKind::RelatedTo,
                r(*kind, key),
            ));
            items.push(r(RecordKind::Relation, &rel));
        }
        d.lists.push(list(
            "related-programmes",
            r(RecordKind::Programme, "copolad"),
            None,
            Completeness::Examples,
            items,
        ));
    })
}

#[test]
fn a_list_of_programmes_that_includes_a_project_is_mixed() {
    let d = related(&[
        (RecordKind::Programme, "el-paccto"),
        (RecordKind::Programme, "eurofront"),
        (RecordKind::Project, "crimjust"),
    ]);
    let found = mixed_lists(&Index::new(&d));
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!((f.kind, f.severity), (FindingKind::MixedList, Severity::Info));
    assert_eq!(f.quotes, vec!["related-programmes", "crimjust"], "the list and the odd item");
    assert!(f.message.contains("1 project (crimjust)") && f.message.contains("2 programmes"), "{}", f.message);
}

#[test]
fn a_list_of_one_kind_is_not_mixed() {
    let d = related(&[(RecordKind::Programme, "el-paccto"), (RecordKind::Programme, "eurofront")]);
    assert!(mixed_lists(&Index::new(&d)).is_empty());
    // Participations of countries and of organisations are one kind of item: who takes part.
    let d = colibri_like(&[Country::BR, Country::PE], Role::InScope, Status::Active);
    assert!(mixed_lists(&Index::new(&d)).is_empty());
}

#[test]
fn the_report_s_mixed_lists_are_those_whose_items_are_of_several_kinds() {
    let report = eu_celac_drugs::report_2021_2022();
    let found = mixed_lists(&Index::new(report));
    let kind_of = |item: &eu_celac_drugs::Ref| match item.kind {
        RecordKind::Relation => report.relation(item.id.as_str()).unwrap().to().kind,
        kind => kind,
    };
    let expected: BTreeMap<&str, usize> = report
        .lists()
        .iter()
        .map(|l| (l.id().as_str(), l.items().iter().map(kind_of).collect::<BTreeSet<_>>().len()))
        .filter(|(_, kinds)| *kinds > 1)
        .collect();
    let cited: BTreeSet<&str> = found.iter().map(|f| f.records[0].id.as_str()).collect();
    assert_eq!(cited, expected.keys().copied().collect());
    for f in &found {
        // The odd items are cited after the list, each with its own quote.
        assert!(f.records.len() >= 2, "{f:?}");
        assert!(f.records[1..].iter().all(|r| r.kind != RecordKind::StatedList));
    }
}
