//! Ids are unique, every reference resolves, every record is valid on its own.

use eu_celac_drugs::{Dataset, DatasetParts, report_2021_2022};

#[test]
fn the_compiled_in_dataset_has_no_problems() {
    let problems = report_2021_2022().problems();
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), listed.join("\n"));
}

#[test]
fn every_record_passes_its_validated_constructor() {
    // Rebuilding the dataset from its parts runs every record's own checks and the
    // cross-record checks; the result must equal the compiled-in value.
    let report = report_2021_2022();
    let rebuilt = Dataset::new(DatasetParts::from(report.clone())).unwrap();
    assert_eq!(&rebuilt, report);
}

#[test]
fn every_table_is_filled() {
    let report = report_2021_2022();
    assert!(!report.organisations().is_empty());
    assert!(!report.programmes().is_empty());
    assert!(!report.projects().is_empty());
    assert!(!report.events().is_empty());
    assert!(!report.participations().is_empty());
    assert!(!report.seizures().is_empty());
    assert!(!report.lists().is_empty());
    assert!(!report.task_forces().is_empty());
    assert!(!report.border_areas().is_empty());
    assert!(!report.committees().is_empty());
    assert!(!report.work_areas().is_empty());
    assert!(!report.networks().is_empty());
    assert!(!report.working_groups().is_empty());
    assert!(!report.budgets().is_empty());
    assert!(!report.outcomes().is_empty());
    assert!(!report.relations().is_empty());
    assert!(!report.phases().is_empty());
    assert!(!report.documents().is_empty());
    assert!(!report.operations().is_empty());
    assert!(!report.instruments().is_empty());
    assert!(!report.statements().is_empty());
}

#[test]
fn the_metadata_cites_every_council_numbered_document() {
    let report = report_2021_2022();
    let cited: Vec<&str> = report.meta().cites().iter().map(|id| id.as_str()).collect();
    for d in report.documents() {
        if d.number().is_some() && d.id().as_str() != "doc.annual-report-2021-2022" {
            assert!(cited.contains(&d.id().as_str()), "{} is numbered but not cited", d.id());
        }
    }
    assert!(report.event(report.meta().adopted_at().unwrap().as_str()).is_some());
}

#[test]
fn nothing_is_still_active_inside_something_completed() {
    // A participation in a phase or event that has ended is itself over: it may be completed or
    // a prospect the text leaves open ("potentially also Ecuador"), never active or ongoing.
    use eu_celac_drugs::{RecordKind, Status};
    let report = report_2021_2022();
    let mut wrong = Vec::new();
    for p in report.participations() {
        let ended = match p.subject().kind {
            RecordKind::Phase => report.phase(p.subject().id.as_str()).map(|x| x.status()),
            RecordKind::Event => report.event(p.subject().id.as_str()).map(|x| x.status()),
            _ => None,
        } == Some(Status::Completed);
        if ended && matches!(p.status(), Status::Active | Status::Operational | Status::Ongoing) {
            wrong.push(format!("{} is {} in the completed {}", p.id(), p.status(), p.subject()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn organisation_roles_follow_the_report_s_verbs() {
    // "managed by" is IATI's Extending role wherever the report says it (COPOLAD II and III
    // alike); "implemented by", "in partnership with" and an implementing consortium are
    // Implementing; the words of each quote decide, not the form of the grouping.
    use eu_celac_drugs::IatiRole;
    let report = report_2021_2022();
    let mut wrong = Vec::new();
    for p in report.participations() {
        let quote = p.source().quote();
        let expected_word = match p.role().iati() {
            Some(IatiRole::Extending) => "manage",
            Some(IatiRole::Implementing) => "implement",
            Some(IatiRole::Funding) => "fund",
            _ => continue,
        };
        let words = quote.to_lowercase();
        let ok = words.contains(expected_word)
            || (expected_word == "implement" && words.contains("partnership"))
            || (expected_word == "fund" && (words.contains("committed") || words.contains("funded")));
        if !ok {
            wrong.push(format!("{} ({}): {quote:?}", p.id(), p.role()));
        }
    }
    assert!(wrong.is_empty(), "roles whose quote does not say so:\n{}", wrong.join("\n"));
    for phase in ["copolad.ii", "copolad.iii"] {
        assert!(report.with_iati_role(phase, IatiRole::Extending).next().is_some(), "who manages {phase}?");
    }
}

#[test]
fn an_operation_s_results_share_one_credit_and_a_contribution_says_so() {
    // Every seizure and other result of an operation is credited alike; where the report credits
    // them to a project as its contribution ("The project contributed to significant seizures.
    // Operation MIHADARATI led to 287 arrests…"), the operation's own record says so too.
    use std::collections::BTreeSet;

    use eu_celac_drugs::{Credit, RecordKind};
    let report = report_2021_2022();
    let mut contributed = 0;
    for op in report.operations() {
        let credits: BTreeSet<Credit> = report
            .seizures()
            .iter()
            .filter(|s| s.operation() == Some(op.id()))
            .map(|s| s.credit())
            .chain(
                report
                    .outcomes()
                    .iter()
                    .filter(|o| o.of().kind == RecordKind::Operation && o.of().id == *op.id())
                    .map(|o| o.credit()),
            )
            .collect();
        assert!(credits.len() <= 1, "{}: results credited {credits:?}", op.id());
        if credits.contains(&Credit::Contribution) {
            contributed += 1;
            assert!(
                op.source().note().is_some_and(|n| n.contains("contributed to")),
                "{}: its results are contributions, its record does not say so",
                op.id()
            );
        }
    }
    assert!(contributed > 0);
    assert!(report.outcomes().iter().any(|o| o.credit() == Credit::Contribution));
}
