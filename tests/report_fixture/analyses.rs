//! Every analysis runs on the fixture and answers from its own data: the expectations are
//! derived from the fixture's JSON, never from the compiled-in report.

use std::collections::BTreeSet;

use eu_celac_drugs::analysis::{
    Facet, Filter, GroupBy, PeriodRelation, Scope, SeizureQuery, TimelineQuery, Units, budget_lines, celac_coverage,
    involvement_table, involvements, involvements_of, seizure_totals, timeline, validate,
};
use eu_celac_drugs::{Bloc, Country, Credit, Quantity, SeizureAction, Status, Total, Unit, report_2021_2022};
use serde_json::Value;

use crate::{fixture, fixture_value};

/// The countries a participation of the fixture names: as the party, or as the country of a
/// national authority that is the party.
fn party_countries(v: &Value, statuses: &[&str]) -> BTreeSet<Country> {
    let authorities: Vec<(&str, &str)> = v["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["kind"] == "national_authority")
        .map(|o| (o["id"].as_str().unwrap(), o["country"].as_str().unwrap()))
        .collect();
    v["participations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| statuses.is_empty() || statuses.contains(&p["status"].as_str().unwrap()))
        .filter_map(|p| {
            p["party"]["country"].as_str().or_else(|| {
                let org = p["party"]["organisation"].as_str()?;
                authorities.iter().find(|(id, _)| *id == org).map(|(_, c)| *c)
            })
        })
        .map(|c| c.parse().unwrap())
        .collect()
}

#[test]
fn involvements_are_the_fixtures_participations() {
    let d = fixture();
    let v = fixture_value();
    let named = party_countries(&v, &[]);
    let involved: BTreeSet<Country> = involvements(&d).iter().map(|i| i.country).collect();
    assert!(named.is_subset(&involved), "{named:?} ⊄ {involved:?}");
    // Peru: every participation that names it (directly or through its national police).
    let peru_records: BTreeSet<String> = involvements_of(&d, Country::PE)
        .iter()
        .filter(|i| i.record.kind == eu_celac_drugs::RecordKind::Participation)
        .map(|i| i.record.id.to_string())
        .collect();
    let expected: BTreeSet<String> = v["participations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["party"]["country"] == "PE" || p["party"]["organisation"] == "peru-police")
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(peru_records, expected);
    assert!(involvements_of(&d, Country::PE).iter().any(|i| i.through.is_some_and(|o| o.id() == "peru-police")));
    // A country the fixture never names is not involved, whatever the compiled-in report says.
    assert!(!involvements_of(report_2021_2022(), Country::BO).is_empty());
    assert!(involvements_of(&d, Country::BO).is_empty());
}

#[test]
fn the_table_ranks_the_fixtures_countries_only() {
    let d = fixture();
    let v = fixture_value();
    let table = involvement_table(&d, &Filter::default());
    let rows: BTreeSet<Country> = table.iter().map(|r| r.country()).collect();
    // Every country named as a party or as a place, and no other.
    let mut expected = party_countries(&v, &[]);
    for table in ["events", "seizures", "outcomes"] {
        for r in v[table].as_array().unwrap() {
            let places = r.get("places").and_then(Value::as_array).cloned().unwrap_or_default();
            for place in places.iter().chain(r.get("place").filter(|p| !p.is_null())) {
                expected.insert(place["country"].as_str().unwrap().parse().unwrap());
            }
        }
    }
    assert_eq!(rows, expected);
    let total: u32 = table.iter().map(|r| r.total()).sum();
    assert_eq!(total as usize, involvements(&d).len());
    assert!(table.windows(2).all(|w| w[0].score() >= w[1].score()));
}

#[test]
fn celac_coverage_reads_the_fixtures_statuses() {
    let d = fixture();
    let v = fixture_value();
    let coverage = celac_coverage(&d);
    let prospective: BTreeSet<Country> = coverage.prospective_only.iter().map(|(c, _)| *c).collect();
    let active: BTreeSet<Country> = coverage.active.iter().copied().collect();
    let celac: BTreeSet<Country> = Bloc::Celac.members().iter().copied().collect();
    // Prospective statuses only: the applicant and the interested country.
    let hopeful = party_countries(&v, &["applicant", "interested"]);
    let current: BTreeSet<Country> =
        party_countries(&v, &["active", "completed"]).intersection(&celac).copied().collect();
    assert_eq!(prospective, hopeful.difference(&current).copied().collect());
    assert!(current.is_subset(&active));
    assert!(!prospective.is_empty() && !active.is_empty());
    assert_eq!(active.len() + prospective.len() + coverage.unnamed.len(), celac.len());
    for (_, list) in &coverage.prospective_only {
        assert!(list.iter().all(|i| matches!(i.status, Status::Applicant | Status::Interested)));
    }
}

#[test]
fn seizure_totals_keep_the_fixtures_actions_periods_and_credits_apart() {
    let d = fixture();
    let totals = seizure_totals(&d, &SeizureQuery::default()).unwrap();
    // One total per commodity, action, period and credit: each equals its one record here.
    assert_eq!(totals.iter().map(|t| t.seizures().len()).sum::<usize>(), d.seizures().len());
    for t in &totals {
        assert!(t.mixes().is_empty());
        let figures: Vec<Quantity> = t.seizures().iter().map(|s| s.quantity()).collect();
        let expected = Total::sum(t.total().unit(), &figures).unwrap();
        assert_eq!(t.total(), &expected);
    }
    let cocaine: Vec<_> = totals.iter().filter(|t| t.key() == "cocaine").collect();
    assert_eq!(cocaine.len(), 2, "seized and destroyed cocaine stay apart");
    let destroyed = cocaine.iter().find(|t| t.action() == &Scope::One(SeizureAction::Destroyed)).unwrap();
    assert_eq!(destroyed.period(), &Scope::One(None));
    assert_eq!(destroyed.credit(), &Scope::One(Credit::Contribution));
    let seized = cocaine.iter().find(|t| t.action() == &Scope::One(SeizureAction::Seized)).unwrap();
    assert_eq!(seized.period(), &Scope::One(Some("2023".parse().unwrap())));
    // Every drug combined on request, in kilograms: the sum of the records, and it says what it mixes.
    let all = SeizureQuery {
        by: GroupBy::Category,
        units: Units::Normalised,
        combine: [Facet::Action, Facet::Period, Facet::Credit].into(),
        ..Default::default()
    };
    let totals = seizure_totals(&d, &all).unwrap();
    let drugs = totals.iter().find(|t| t.key() == "drug").unwrap();
    let kg: Vec<Quantity> = d.seizures().iter().map(|s| s.quantity().convert_to(Unit::Kilogram).unwrap()).collect();
    assert_eq!(drugs.total(), &Total::sum(Unit::Kilogram, &kg).unwrap());
    assert_eq!(drugs.mixes(), [Facet::Action, Facet::Period, Facet::Credit]);
}

#[test]
fn budgets_are_the_fixtures() {
    let d = fixture();
    let lines = budget_lines(&d).unwrap();
    assert_eq!(lines.len(), d.budgets().len());
    for (line, budget) in lines.iter().zip(d.budgets()) {
        assert_eq!(&line.of, budget.of());
        assert_eq!(line.total, Total::sum(line.total.unit(), [&budget.figure()]).unwrap());
        assert_eq!(line.programme, Some(budget.of().id.as_str()));
    }
}

#[test]
fn the_timeline_stands_against_the_fixtures_period() {
    let d = fixture();
    let (from, to) = (d.meta().period_start(), d.meta().period_end());
    let entries = timeline(&d, &TimelineQuery::default());
    assert!(!entries.is_empty());
    for e in &entries {
        assert_eq!(e.relation, PeriodRelation::of(&e.when, from, to), "{}", e.record);
    }
    let relation_of = |id: &str| entries.iter().find(|e| e.record.id == id).map(|e| e.relation);
    // The Technical Committee met inside the fixture's period (after the 2021-2022 one), and the
    // adopting meeting after it.
    let tc = d.event("tc-2023-10-12").unwrap().date().unwrap();
    assert_eq!(relation_of("tc-2023-10-12"), Some(PeriodRelation::Inside));
    let (real_from, real_to) = (report_2021_2022().meta().period_start(), report_2021_2022().meta().period_end());
    assert_eq!(PeriodRelation::of(&tc, real_from, real_to), PeriodRelation::After);
    assert_eq!(relation_of(d.meta().adopted_at().unwrap().as_str()), Some(PeriodRelation::After));
}

#[test]
fn findings_are_about_the_fixture_and_cite_its_sections() {
    let d = fixture();
    let v = fixture_value();
    let findings = validate(&d);
    for f in &findings {
        assert_eq!(f.records.len(), f.sections.len());
        for (r, s) in f.records.iter().zip(&f.sections) {
            assert!(d.records().any(|(_, id, _)| *id == r.id), "{r}");
            assert!(d.section(s.as_str()).is_some(), "{s}");
        }
    }
    // The invented disagreement: a list stated as "four" that names three.
    let list = &v["lists"][0];
    let stated: usize = list["count"]["value"].as_str().unwrap().parse().unwrap();
    assert_ne!(stated, list["items"].as_array().unwrap().len());
    let mismatch = findings
        .iter()
        .find(|f| f.kind == eu_celac_drugs::analysis::FindingKind::CountMismatch)
        .expect("the fixture's count mismatch is found");
    assert_eq!(mismatch.records[0].id, list["id"].as_str().unwrap());
    assert_eq!(mismatch.sections[0].as_str(), list["source"]["section"].as_str().unwrap());
}
