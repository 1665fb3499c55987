//! One-call answers to common questions: the record a reference points to, the programmes and
//! projects of a country, who holds a role — checked against hand-written loops over the data.

use std::collections::BTreeSet;

use eu_celac_drugs::analysis::{TimelineQuery, involvements_of, programmes_of, timeline, validate};
use eu_celac_drugs::{
    Attribution, Country, Index, Record, RecordKind, RecordRef, Ref, StatementKind, report_2021_2022,
};

#[test]
fn get_finds_every_record_by_its_reference_and_nothing_else() {
    let report = report_2021_2022();
    let index = Index::new(report);
    for (kind, id, source) in report.records() {
        let r = Ref::new(kind, id.clone());
        let found = report.get(&r).unwrap();
        assert_eq!((found.kind(), found.id(), found.source()), (kind, id, source));
        assert_eq!(found.to_ref(), r);
        assert_eq!(index.get(&r), Some(found));
        assert_eq!(report.record(id), Some(found));
        // The same label for readers with or without an index, never the typed reference.
        assert_eq!(report.label_of(&r), index.label_of(&r));
        assert!(!report.label_of(&r).starts_with(&format!("{kind}:")));
        for link in index.programme_links(&r) {
            let shown = link.to_string();
            assert!(shown.starts_with(link.programme.acronym().unwrap_or(link.programme.name())), "{shown}");
            assert!(shown.ends_with(&format!("({})", link.attribution)));
        }
        assert!(!found.label().is_empty());
        // The same id under every other kind is no record.
        for other in RecordKind::ALL.iter().filter(|k| **k != kind) {
            assert_eq!(report.get(&Ref::new(*other, id.clone())), None, "{other}:{id}");
        }
    }
    assert!(report.record("no.such.record").is_none());
}

#[test]
fn a_record_ref_answers_as_the_record_does() {
    let report = report_2021_2022();
    for p in report.projects() {
        let found = report.get(&p.as_ref_to()).unwrap();
        assert_eq!(found, RecordRef::Project(p));
        assert_eq!(found.references(), p.references());
        assert_eq!(found.name(), Some(p.name()));
        assert_eq!(found.label(), p.acronym().unwrap_or(p.name()));
    }
    for s in report.seizures() {
        let found = report.get(&s.as_ref_to()).unwrap();
        assert_eq!(found.name(), None);
        assert_eq!(found.label(), s.id().as_str());
    }
}

#[test]
fn every_timeline_entry_and_finding_resolves_in_one_call() {
    let report = report_2021_2022();
    for entry in timeline(report, &TimelineQuery::default()) {
        let record = report.get(&entry.record).unwrap();
        assert_eq!(record.source(), entry.source);
    }
    for finding in validate(report) {
        for (r, quote) in finding.records.iter().zip(&finding.quotes) {
            assert_eq!(report.get(r).unwrap().source().quote(), *quote);
        }
    }
}

/// The countries the report involves in anything.
fn involved_countries() -> BTreeSet<Country> {
    eu_celac_drugs::analysis::involvements(report_2021_2022()).iter().map(|i| i.country).collect()
}

#[test]
fn programmes_of_a_country_are_the_distinct_programmes_of_its_involvements() {
    let report = report_2021_2022();
    let index = Index::new(report);
    let countries = involved_countries();
    assert!(countries.len() > 30);
    let mut some_indirect_only = false;
    for country in countries {
        let involvements = involvements_of(report, country);
        let answer = programmes_of(report, country);
        // Each programme once, and exactly those of the involvements' links.
        let listed: Vec<&str> = answer.iter().map(|p| p.programme.id().as_str()).collect();
        let distinct: BTreeSet<&str> = listed.iter().copied().collect();
        assert_eq!(distinct.len(), listed.len(), "{country:?}: a programme twice");
        let mut linked: BTreeSet<&str> =
            involvements.iter().flat_map(|i| i.programmes.iter().map(|l| l.programme.id().as_str())).collect();
        let claims = eu_celac_drugs::analysis::bloc_claims_of(report, country);
        linked.extend(claims.iter().flat_map(|c| c.programmes.iter().map(|l| l.programme.id().as_str())));
        assert_eq!(distinct, linked, "{country:?}");
        // Direct ones first, each group in the dataset's order.
        let order = |id: &str| report.programmes().iter().position(|p| p.id() == id).unwrap();
        let keys: Vec<(Attribution, usize)> = answer.iter().map(|p| (p.attribution, order(p.programme.id()))).collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{country:?}: {keys:?}");
        for p in &answer {
            let id = p.programme.id();
            let links: Vec<Attribution> = involvements
                .iter()
                .flat_map(|i| i.programmes.iter().filter(|l| l.programme.id() == id).map(|l| l.attribution))
                .collect();
            let direct = links.contains(&Attribution::Direct);
            assert_eq!(p.attribution == Attribution::Direct, direct, "{country:?} {id}");
            assert_eq!(p.attribution == Attribution::BlocWide, links.is_empty(), "{country:?} {id}");
            some_indirect_only |= p.attribution == Attribution::Indirect;
            assert_eq!(p.involvements.len(), links.len());
            assert_eq!(p.is_active(), p.involvements.iter().any(|i| i.status.is_active()));
            // The projects: the nearest project at or above each direct involvement's subject.
            let mut expected: BTreeSet<&str> = BTreeSet::new();
            for i in involvements.iter().filter(|i| i.attribution_to(id) == Some(Attribution::Direct)) {
                let nearest = std::iter::once(i.subject.clone())
                    .chain(index.ancestors(&i.subject))
                    .find(|a| a.kind == RecordKind::Project);
                if let Some(project) = nearest.and_then(|a| report.project(&a.id)) {
                    if project.programme() == id {
                        expected.insert(project.id().as_str());
                    }
                }
            }
            let projects: Vec<&str> = p.projects.iter().map(|x| x.id().as_str()).collect();
            assert_eq!(projects.iter().copied().collect::<BTreeSet<_>>(), expected, "{country:?} {id}");
            assert_eq!(projects.len(), expected.len(), "{country:?} {id}: a project twice");
            let at = |x: &str| report.projects().iter().position(|q| q.id() == x).unwrap();
            assert!(projects.windows(2).all(|w| at(w[0]) < at(w[1])));
            if !direct {
                assert!(p.projects.is_empty());
            }
        }
    }
    assert!(some_indirect_only, "the report has countries linked to a programme only indirectly (CLASI)");
}

/// How far below the record with id `id` the record `r` stands (0 for the record itself), by an
/// independent route: walking up from `r` through the index.
fn depth_below(index: &Index<'_>, r: &Ref, id: &str) -> Option<usize> {
    if r.id == *id {
        return Some(0);
    }
    index.ancestors(r).position(|a| a.id == *id).map(|at| at + 1)
}

#[test]
fn who_holds_a_role_is_the_participations_in_that_role_in_the_record_or_under_it() {
    let report = report_2021_2022();
    let index = Index::new(report);
    for (_, id, _) in report.records().filter(|(k, _, _)| *k != RecordKind::Participation) {
        for role in eu_celac_drugs::Role::ALL {
            let got: Vec<(&str, usize)> = report.with_role(id, *role).map(|p| (p.id().as_str(), p.depth)).collect();
            let want: Vec<(&str, usize)> = report
                .participations()
                .iter()
                .filter(|p| p.role() == *role)
                .filter_map(|p| depth_below(&index, p.subject(), id).map(|d| (p.id().as_str(), d)))
                .collect();
            assert_eq!(got, want, "{id} {role}");
        }
    }
}

#[test]
fn lookups_by_id_borrow_the_dataset_only() {
    use eu_celac_drugs::{Role, StatementKind, ids};
    let report = report_2021_2022();
    // Each iterator is built from a temporary id and used after the temporary is gone.
    let leads = report.with_role(&ids::CLASI_ARMS_TRAFFICKING, Role::Lead);
    let in_clasi = report.participations_in(&String::from("clasi"));
    let phases = report.phases_of(&ids::COPOLAD);
    let of = report.statements_of(&ids::TC_2021_10_26);
    let about = report.statements_about(&ids::COPOLAD_III);
    let said = report.says(&ids::COPOLAD_KICK_OFF, StatementKind::Purpose);
    let index = Index::new(report);
    let above = index.ancestors(&Ref::new(RecordKind::Phase, ids::COPOLAD_III_INCEPTION));
    assert!(leads.count() > 0);
    assert!(in_clasi.count() > 0);
    assert!(phases.count() > 0);
    assert!(of.count() > 0);
    assert!(about.count() > 0);
    assert!(said.count() > 0);
    assert!(above.count() > 0);
}

#[test]
fn exact_lookups_by_id_answer_as_filters_do() {
    let report = report_2021_2022();
    let ids_of = |it: &mut dyn Iterator<Item = &eu_celac_drugs::Id>| it.map(|i| i.to_string()).collect::<Vec<_>>();
    for (_, id, _) in report.records() {
        let text = id.to_string(); // a fresh string, equal but not the dataset's own
        assert_eq!(
            ids_of(&mut report.participations_in_exactly(&text).map(|p| p.id())),
            ids_of(&mut report.participations().iter().filter(|p| p.subject().id == *id).map(|p| p.id()))
        );
        assert_eq!(
            ids_of(&mut report.phases_of(&text).map(|p| p.id())),
            ids_of(&mut report.phases().iter().filter(|p| p.of().id == *id).map(|p| p.id()))
        );
        assert_eq!(
            ids_of(&mut report.statements_of_exactly(&text).map(|s| s.id())),
            ids_of(&mut report.statements().iter().filter(|s| s.of().id == *id).map(|s| s.id()))
        );
        assert_eq!(
            ids_of(&mut report.statements_about_exactly(&text).map(|s| s.id())),
            ids_of(&mut report.statements().iter().filter(|s| s.about().iter().any(|r| r.id == *id)).map(|s| s.id()))
        );
    }
}

#[test]
fn lookups_by_id_walk_down_the_hierarchy_and_say_where_each_answer_stands() {
    let report = report_2021_2022();
    let index = Index::new(report);
    type Answer = (String, String, usize);
    let answers = |it: &mut dyn Iterator<Item = (&eu_celac_drugs::Id, &Ref, usize)>| {
        it.map(|(i, at, d)| (i.to_string(), at.id.to_string(), d)).collect::<Vec<Answer>>()
    };
    for (_, id, _) in report.records() {
        let text = id.to_string();
        assert_eq!(
            answers(&mut report.participations_in(&text).map(|p| (p.id(), p.at, p.depth))),
            answers(
                &mut report
                    .participations()
                    .iter()
                    .filter_map(|p| { depth_below(&index, p.subject(), &text).map(|d| (p.id(), p.subject(), d)) })
            ),
            "participations in {id}"
        );
        assert_eq!(
            answers(&mut report.statements_of(&text).map(|s| (s.id(), s.at, s.depth))),
            answers(&mut report.statements().iter().filter_map(|s| depth_below(&index, s.of(), &text).map(|d| (
                s.id(),
                s.of(),
                d
            )))),
            "statements of {id}"
        );
        // About several records: the answer is where the nearest of them stands.
        assert_eq!(
            answers(&mut report.statements_about(&text).map(|s| (s.id(), s.at, s.depth))),
            answers(&mut report.statements().iter().filter_map(|s| {
                s.about()
                    .iter()
                    .filter_map(|r| depth_below(&index, r, &text).map(|d| (r, d)))
                    .min_by_key(|(_, d)| *d)
                    .map(|(r, d)| (s.id(), r, d))
            })),
            "statements about {id}"
        );
        // The direct answers are the exact ones.
        assert!(
            report
                .statements_about(&text)
                .filter(|s| s.is_direct())
                .map(|s| s.id())
                .eq(report.statements_about_exactly(&text).map(|s| s.id()))
        );
        let under = report.descendants(&text);
        assert!(under.iter().all(|r| depth_below(&index, r, &text).is_some_and(|d| d > 0)), "descendants of {id}");
    }
}

#[test]
fn parties_are_labelled_for_readers() {
    let report = report_2021_2022();
    for p in report.participations() {
        let label = report.party_label(p.party());
        assert!(!label.is_empty() && !label.contains(':'), "{label}");
        if let Some(country) = p.party().country() {
            assert_eq!(label, country.name_en());
        }
    }
}

#[test]
fn natural_questions_get_whole_answers() {
    use eu_celac_drugs::ids;
    let report = report_2021_2022();
    // "Which meetings discussed COPOLAD?" Both Technical Committee meetings: one discussed
    // "COPOLAD III", the phase.
    let meetings: Vec<&str> = report.discussions_about(&ids::COPOLAD).map(|s| s.of().id.as_str()).collect();
    assert!(meetings.contains(&ids::TC_2021_10_26.as_str()) && meetings.contains(&ids::TC_2022_05_04.as_str()));
    let about: Vec<&str> = report.statements_about(&ids::COPOLAD).map(|s| s.of().id.as_str()).collect();
    assert!(about.contains(&ids::TC_2021_10_26.as_str()) && about.contains(&ids::TC_2022_05_04.as_str()));
    // Asked exactly, the phase's meeting is not among them: the reason the default walks down.
    assert!(!report.statements_about_exactly(&ids::COPOLAD).any(|s| s.of().id == ids::TC_2021_10_26));
    // "What was discussed at the meeting of 4 May 2022?" takes in its follow-up and preparation.
    let kinds: std::collections::BTreeSet<StatementKind> =
        report.discussed(&ids::TC_2022_05_04).map(|s| s.kind()).collect();
    assert!(kinds.contains(&StatementKind::FollowUp) && kinds.contains(&StatementKind::Preparation));
    assert!(report.discussed(&ids::TC_2022_05_04).all(|s| s.kind().is_discussion()));
    // A session under its body: the follow-up to the CND's 65th session is a discussion of the CND.
    assert!(report.descendants(&ids::CND).iter().any(|r| r.id == ids::CND_65));
    assert!(report.discussions_about(&ids::CND_65).any(|s| s.of().id == ids::TC_2022_05_04));
}
