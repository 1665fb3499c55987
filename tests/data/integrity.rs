//! Ids are unique, every reference resolves, every record is valid on its own.

use eu_celac_drugs::{Dataset, DatasetParts, Record, report_2021_2022};

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

#[test]
fn an_event_is_of_the_kind_the_report_calls_it() {
    // A meeting is what the report calls a meeting (or a session, or fora), or its note says why
    // the neutral kind “meeting” is taken; contacts taken, an approval given and a helpdesk offered
    // are not meetings. An information session is called a session.
    use eu_celac_drugs::EventKind;
    let report = report_2021_2022();
    let mut wrong = Vec::new();
    for e in report.events() {
        let quote = e.source().quote().to_lowercase();
        let name = e.name().to_lowercase();
        let ok = match e.kind() {
            EventKind::Meeting => {
                ["meeting", "session", "fora"].iter().any(|w| quote.contains(w))
                    || e.source().note().is_some_and(|n| n.contains("“meeting”"))
            }
            EventKind::InformationSession => name.contains("session"),
            EventKind::Approval => quote.contains("approved"),
            _ => true,
        };
        if !ok {
            wrong.push(format!("{} ({}): {:?}", e.id(), e.kind(), e.source().quote()));
        }
    }
    assert!(wrong.is_empty(), "{} event(s) of a kind the report does not give:\n{}", wrong.len(), wrong.join("\n"));
    for kind in [EventKind::Approval, EventKind::Activity] {
        assert!(report.events().iter().any(|e| e.kind() == kind), "{kind} is in use");
    }
}

#[test]
fn what_an_event_did_with_a_document_is_the_report_s_verb() {
    // "finalised", "produced", "encouraged" are not "published": the action's word stands in the
    // event's quote or reading note, or in the document's quote.
    use eu_celac_drugs::DocumentAction::{
        Adopted, Approved, Began, Discussed, DocumentedBy, Encouraged, Endorsed, Finalised, Presented, Produced,
        Published, Signed,
    };
    let report = report_2021_2022();
    let mut wrong = Vec::new();
    for e in report.events() {
        for link in e.documents() {
            let document = report.document(link.document.as_str()).unwrap();
            let quote = [e.source().quote(), e.source().note().unwrap_or_default(), document.source().quote()]
                .join(" ")
                .to_lowercase();
            let words: &[&str] = match link.action {
                Adopted => &["adopted"],
                Endorsed => &["endorsed"],
                Approved => &["approved"],
                Signed => &["signed", "signature"],
                Published => &["published"],
                Finalised => &["finalised"],
                Produced => &["produced"],
                Encouraged => &["encouraged"],
                Began => &["started", "updating"],
                Discussed => &["discussed"],
                Presented => &["presented"],
                DocumentedBy => continue,
            };
            if !words.iter().any(|w| quote.contains(w)) {
                wrong.push(format!("{} {} {}: {:?}", e.id(), link.action, link.document, e.source().quote()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} document link(s) whose verb the quote does not give:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn a_programme_takes_part_as_a_party_where_the_report_says_it_does() {
    // "COPOLAD continued to participate in the Technical Committee meetings": the programme is a
    // participant in each of them (a body acting as a party), and no note says a programme cannot
    // be one.
    use eu_celac_drugs::{EventKind, Party, Role};
    let report = report_2021_2022();
    for e in report.events().iter().filter(|e| e.kind() == EventKind::TechnicalCommitteeMeeting) {
        let copolad = report
            .participations_in(e.id().as_str())
            .any(|p| p.role() == Role::Participant && matches!(p.party(), Party::Body(b) if b.id == "copolad"));
        assert!(copolad, "COPOLAD took part in {}", e.id());
    }
    for (kind, id, source) in report.records() {
        let note = source.note().unwrap_or_default();
        assert!(
            !note.contains("cannot be the party") && !note.contains("cannot be a participation"),
            "{kind} {id}: {note}"
        );
    }
}

#[test]
fn an_event_a_programme_took_part_in_is_not_filed_under_it_and_joint_organisers_co_organise() {
    // "COPOLAD also took part in the Commission on Narcotic Drugs through a side-event …, jointly
    // organised by Spain": COPOLAD is a participant, Spain a co-organiser, and the event stands
    // under no part of COPOLAD.
    use eu_celac_drugs::{EventKind, Index, Party, Role};
    let report = report_2021_2022();
    let index = Index::new(report);
    let side = report.events().iter().find(|e| e.kind() == EventKind::SideEvent).unwrap();
    assert!(index.programme_of(&side.as_ref_to()).is_none_or(|p| p.id() != "copolad"));
    let parts: Vec<_> = report.participations_in(side.id().as_str()).collect();
    assert!(
        parts.iter().any(|p| p.role() == Role::Participant && matches!(p.party(), Party::Body(b) if b.id == "copolad"))
    );
    // Every "jointly organised" or "co-organised" party is a co-organiser, every other organiser is
    // "organised by" alone.
    for p in report.participations() {
        let quote = p.source().quote();
        let joint = quote.contains("jointly organised") || quote.contains("co-organised");
        match p.role() {
            Role::Organiser => assert!(quote.contains("organised by") && !joint, "{}", p.id()),
            Role::CoOrganiser => assert!(joint, "{}", p.id()),
            _ => {}
        }
    }
    assert!(parts.iter().any(|p| p.role() == Role::CoOrganiser && *p.party() == eu_celac_drugs::Country::ES));
}

#[test]
fn launches_in_the_first_months_of_a_year_end_before_its_second_half() {
    // "COPOLAD III has launched several Working Groups in the first months of 2022": the latest
    // bound of the launch stays within the report's period, never December.
    let report = report_2021_2022();
    let end = report.meta().period_end();
    let mut checked = 0;
    for w in report.working_groups() {
        let note = w.source().note().unwrap_or_default();
        if !note.contains("first months") {
            continue;
        }
        checked += 1;
        let latest = w.launched().unwrap().latest().unwrap();
        assert!(latest <= end, "{}: launched by {latest}, after the report's period", w.id());
    }
    assert!(checked >= 5);
}

#[test]
fn a_relation_s_id_names_its_kind_and_an_achievement_is_a_result() {
    // "rel.<from>.<kind>.<to>": the kind in the id is the relation's; "the most important
    // achievement" of a line of work is its result, not a part of it.
    let report = report_2021_2022();
    let mut wrong = Vec::new();
    for r in report.relations() {
        let kind = r.kind().as_str().replace('_', "-");
        if !r.id().as_str().contains(&format!(".{kind}.")) {
            wrong.push(format!("{}: a {}", r.id(), r.kind()));
        }
        let quote = r.source().quote().to_lowercase();
        if (quote.contains("achievement") || quote.contains("result"))
            && r.kind() == eu_celac_drugs::RelationKind::PartOf
        {
            wrong.push(format!("{}: an achievement or result recorded as part-of", r.id()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn one_claim_is_one_outcome() {
    // "Suspect foreign terrorist fighters have been intercepted by JAITFs, including at Santo
    // Domingo airport" is one result: no two outcomes of a kind stand on the same words.
    use eu_celac_drugs::source::normalise_whitespace as fold;
    let report = report_2021_2022();
    let outcomes = report.outcomes();
    for (i, a) in outcomes.iter().enumerate() {
        for b in outcomes.iter().skip(i + 1).filter(|b| b.kind() == a.kind()) {
            let (qa, qb) = (fold(a.source().quote()), fold(b.source().quote()));
            assert!(!qa.contains(&qb) && !qb.contains(&qa), "{} and {} count one claim twice", a.id(), b.id());
        }
    }
}

#[test]
fn a_status_a_completed_subject_does_not_explain_has_a_note() {
    // A participation completed in an undated phase (SEACOP's Phases III and IV, read as ended), or
    // a prospect in a completed phase or event ("potentially also Ecuador"), carries the reading in
    // its note, not only in a code comment.
    use eu_celac_drugs::{RecordKind, Status};
    let report = report_2021_2022();
    let mut silent = Vec::new();
    for p in report.participations() {
        let (status, undated) = match p.subject().kind {
            RecordKind::Phase => {
                let phase = report.phase(p.subject().id.as_str()).unwrap();
                (phase.status(), phase.period().is_none())
            }
            RecordKind::Event => (report.event(p.subject().id.as_str()).unwrap().status(), false),
            _ => continue,
        };
        let needs_note = status == Status::Completed
            && ((p.status() == Status::Completed && undated) || p.status().is_prospective_only());
        if needs_note && p.source().note().is_none() {
            silent.push(format!("{} ({} in {})", p.id(), p.status(), p.subject()));
        }
    }
    assert!(
        silent.is_empty(),
        "{} participation(s) without the reading of their status:\n{}",
        silent.len(),
        silent.join("\n")
    );
}

#[test]
fn what_a_joint_declaration_agreed_is_not_the_work_of_the_programme_behind_one_of_its_parties() {
    // The report makes CLASI's launch EL PAcCTO's result, not the EU–CLASI Joint Declaration of
    // 3 March 2022, nor the Task Force and network it agreed.
    use eu_celac_drugs::{Attribution, Index, RecordKind, Ref};
    let report = report_2021_2022();
    let index = Index::new(report);
    let clasi = Ref::new(RecordKind::Committee, "clasi".parse().unwrap());
    assert_eq!(index.attribution_to(&clasi, "el-paccto"), Some(Attribution::Indirect));
    let joint = report.documents().iter().find(|d| d.number().is_some_and(|n| n.to_string() == "6762/2022")).unwrap();
    let agreed = [joint.as_ref_to()]
        .into_iter()
        .chain(report.task_forces().iter().filter(|t| t.name().contains("counter narcotics")).map(|t| t.as_ref_to()))
        .chain(
            report.networks().iter().filter(|n| n.name().contains("law enforcement officers")).map(|n| n.as_ref_to()),
        )
        .collect::<Vec<_>>();
    assert_eq!(agreed.len(), 3);
    for r in &agreed {
        assert_eq!(index.attribution_to(r, "el-paccto"), None, "{r}");
    }
}

#[test]
fn who_leads_what_is_what_the_report_says_they_lead() {
    // "the Ministry of Foreign Affairs of Brazil is currently leading this process": AMERIPOL's
    // institutionalisation through its treaty, not EL PAcCTO's line of work.
    use eu_celac_drugs::{Attribution, Index, Role};
    let report = report_2021_2022();
    let index = Index::new(report);
    let lead = report
        .participations()
        .iter()
        .find(|p| p.role() == Role::Lead && p.party().organisation().is_some_and(|o| o == "brazil-mfa"))
        .unwrap();
    assert_eq!(lead.subject().kind, eu_celac_drugs::RecordKind::Document);
    assert!(report.document(lead.subject().id.as_str()).unwrap().title().contains("AMERIPOL Treaty"));
    assert_ne!(index.attribution_to(lead.subject(), "el-paccto"), Some(Attribution::Direct));
    assert!(lead.source().note().is_some());
}
