//! Programme attribution: an involvement counts for the programme it stands in (directly) and for
//! the programmes whose result or work the report presents its subject as (indirectly); national
//! authorities act for their country. Each rule on small hand-built datasets where it applies and
//! where it does not, and on the compiled-in report.

use std::borrow::Cow;

use eu_celac_drugs::analysis::{AttributionFilter, Filter, involvement_table, involvements, involvements_of};
use eu_celac_drugs::*;

use crate::fixtures::{committee, dataset, event, id, part, programme, project, r, src, text, work_area};

fn relation(key: &str, from: Ref, kind: RelationKind, to: Ref) -> Relation {
    Relation::new(RelationParts { id: id(key), from, kind, to, status: None, period: None, source: src(key) }).unwrap()
}

fn body_part(key: &str, body: Ref, subject: Ref, role: Role) -> Participation {
    Participation::new(ParticipationParts {
        id: id(key),
        party: Party::Body(body),
        subject,
        role,
        status: Status::Completed,
        ordinal: None,
        as_written: text("the programme"),
        period: None,
        source: src(key),
    })
    .unwrap()
}

fn links(d: &Dataset, country: Country) -> Vec<(String, Attribution)> {
    involvements_of(d, country)
        .iter()
        .flat_map(|i| i.programmes.iter().map(|l| (l.programme.id().to_string(), l.attribution)))
        .collect()
}

#[test]
fn a_body_presented_as_a_programme_s_result_counts_for_it_indirectly() {
    let d = dataset(|p| {
        p.programmes.push(programme("p"));
        p.committees.push(committee("c"));
        p.work_areas.push(work_area("c.area", r(RecordKind::Committee, "c")));
        p.relations.push(relation(
            "rel",
            r(RecordKind::Committee, "c"),
            RelationKind::ResultOf,
            r(RecordKind::Programme, "p"),
        ));
        p.participations.push(part(
            "m",
            Country::CL,
            "Chile",
            r(RecordKind::Committee, "c"),
            Role::Member,
            Status::Active,
        ));
        p.participations.push(part(
            "l",
            Country::AR,
            "Argentina",
            r(RecordKind::WorkArea, "c.area"),
            Role::Lead,
            Status::Active,
        ));
    });
    // The member, and the leader of the committee's work area (through its ancestor).
    for country in [Country::CL, Country::AR] {
        assert_eq!(links(&d, country), vec![("p".to_owned(), Attribution::Indirect)]);
        let i = &involvements_of(&d, country)[0];
        assert_eq!(i.programme(), None, "no direct programme");
        assert_eq!(i.programmes[0].via, Some(r(RecordKind::Relation, "rel")));
    }
    let with = involvement_table(&d, &Filter { programme: Some("p".into()), ..Filter::default() });
    assert_eq!(with.len(), 2);
    assert!(with.iter().all(|row| row.indirect() == row.total() && row.total() == 1));
    let direct_only =
        Filter { programme: Some("p".into()), attribution: AttributionFilter::DirectOnly, ..Filter::default() };
    assert!(involvement_table(&d, &direct_only).is_empty());
}

#[test]
fn support_relatedness_and_models_attribute_nothing() {
    for kind in [RelationKind::Supports, RelationKind::RelatedTo, RelationKind::ModelledOn, RelationKind::SuccessorOf] {
        let d = dataset(|p| {
            p.programmes.push(programme("p"));
            p.committees.push(committee("c"));
            p.relations.push(relation("rel", r(RecordKind::Committee, "c"), kind, r(RecordKind::Programme, "p")));
            p.participations.push(part(
                "m",
                Country::CL,
                "Chile",
                r(RecordKind::Committee, "c"),
                Role::Member,
                Status::Active,
            ));
        });
        assert!(links(&d, Country::CL).is_empty(), "{kind}");
        assert!(involvement_table(&d, &Filter { programme: Some("p".into()), ..Filter::default() }).is_empty());
    }
}

#[test]
fn an_event_a_programme_organises_counts_for_it_indirectly_but_not_one_it_supports() {
    for (role, counts) in [(Role::Organiser, true), (Role::CoOrganiser, true), (Role::Supporter, false)] {
        let d = dataset(|p| {
            p.programmes.push(programme("p"));
            p.programmes.push(programme("q"));
            let mut meeting =
                event("launch", EventKind::HighLevelMeeting, Some("2022-05-31"), Framing::Activity).into_parts();
            meeting.of = Some(r(RecordKind::Programme, "q"));
            p.events.push(Event::new(meeting).unwrap());
            p.participations.push(body_part(
                "org",
                r(RecordKind::Programme, "p"),
                r(RecordKind::Event, "launch"),
                role,
            ));
            p.participations.push(part(
                "s",
                Country::FR,
                "FR",
                r(RecordKind::Event, "launch"),
                Role::Speaker,
                Status::Completed,
            ));
        });
        let mut expected = vec![("q".to_owned(), Attribution::Direct)];
        if counts {
            expected.push(("p".to_owned(), Attribution::Indirect));
        }
        assert_eq!(links(&d, Country::FR), expected, "{role}");
    }
}

#[test]
fn a_document_counts_for_the_programme_of_the_event_that_signed_it_not_one_that_discussed_it() {
    for (action, counts) in
        [(DocumentAction::Signed, true), (DocumentAction::Adopted, true), (DocumentAction::Discussed, false)]
    {
        let d = dataset(|p| {
            p.programmes.push(programme("p"));
            p.projects.push(project("j", "p"));
            p.documents.push(
                Document::new(DocumentParts {
                    id: id("doc"),
                    kind: DocumentKind::Declaration,
                    title: text("declaration"),
                    number: None,
                    date: None,
                    status: Status::Completed,
                    source: src("doc"),
                })
                .unwrap(),
            );
            let mut signing = event("signing", EventKind::Signing, Some("2022-03-02"), Framing::Activity).into_parts();
            signing.of = Some(r(RecordKind::Project, "j"));
            signing.documents = Cow::Owned(vec![DocumentLink { document: id("doc"), action }]);
            p.events.push(Event::new(signing).unwrap());
            p.participations.push(part(
                "sig",
                Country::PE,
                "Peru",
                r(RecordKind::Document, "doc"),
                Role::Signatory,
                Status::Completed,
            ));
        });
        let expected = if counts { vec![("p".to_owned(), Attribution::Indirect)] } else { vec![] };
        assert_eq!(links(&d, Country::PE), expected, "{action}");
    }
}

#[test]
fn a_national_authority_acts_for_its_country_and_an_agency_does_not() {
    for (kind, counts) in [(OrganisationKind::NationalAuthority, true), (OrganisationKind::NationalAgency, false)] {
        let d = dataset(|p| {
            p.programmes.push(programme("p"));
            p.projects.push(project("j", "p"));
            p.organisations.push(
                Organisation::new(OrganisationParts {
                    id: id("ministry"),
                    name: text("Ministry of Foreign Affairs"),
                    acronym: None,
                    kind,
                    country: Some(Country::BR),
                    parent: None,
                    aliases: Cow::Owned(vec![]),
                    source: src("ministry"),
                })
                .unwrap(),
            );
            p.participations.push(
                Participation::new(ParticipationParts {
                    id: id("lead"),
                    party: Party::Organisation(id("ministry")),
                    subject: r(RecordKind::Project, "j"),
                    role: Role::Lead,
                    status: Status::Ongoing,
                    ordinal: None,
                    as_written: text("Ministry of Foreign Affairs"),
                    period: None,
                    source: src("lead"),
                })
                .unwrap(),
            );
        });
        let brazil = involvements_of(&d, Country::BR);
        assert_eq!(brazil.len(), usize::from(counts), "{kind}");
        if counts {
            assert_eq!(brazil[0].through.map(|o| o.id().as_str()), Some("ministry"));
        }
        assert_eq!(involvement_table(&d, &Filter::default()).len(), usize::from(counts));
    }
}

#[test]
fn the_table_counts_per_programme_what_the_involvements_attribute() {
    // For every programme of the report, with and without indirect links, each row counts exactly
    // the country's involvements that count for the programme.
    let report = report_2021_2022();
    let all = involvements(report);
    for p in report.programmes() {
        for attribution in [AttributionFilter::IncludingIndirect, AttributionFilter::DirectOnly] {
            let filter = Filter { programme: Some(p.id().to_string()), attribution, ..Filter::default() };
            for row in involvement_table(report, &filter) {
                let mine: Vec<Attribution> = all
                    .iter()
                    .filter(|i| i.country == row.country())
                    .filter_map(|i| i.attribution_to(p.id().as_str()))
                    .filter(|a| *a == Attribution::Direct || attribution == AttributionFilter::IncludingIndirect)
                    .collect();
                assert_eq!(row.total() as usize, mine.len(), "{} in {}", row.country(), p.id());
                let indirect = mine.iter().filter(|a| **a == Attribution::Indirect).count();
                assert_eq!(row.indirect() as usize, indirect, "{} in {}", row.country(), p.id());
            }
        }
    }
}

#[test]
fn every_clasi_member_counts_for_el_paccto_and_every_country_counts_for_something_or_says_why() {
    // The report presents CLASI as EL PAcCTO's achievement: its members (Chile and Mexico among
    // them, who appear nowhere else) count for EL PAcCTO, indirectly.
    let report = report_2021_2022();
    let index = Index::new(report);
    let clasi = r(RecordKind::Committee, "clasi");
    assert_eq!(index.attribution_to(&clasi, "el-paccto"), Some(Attribution::Indirect));
    for p in report.participations_in("clasi") {
        let Some(country) = p.party().country() else { continue };
        let mine = involvements_of(report, country);
        let here = mine.iter().find(|i| i.record.id == *p.id()).unwrap();
        assert_eq!(here.attribution_to("el-paccto"), Some(Attribution::Indirect), "{country}");
    }
    // An involvement with no programme at all is one of the Mechanism's own meetings, or stands
    // outside every programme in the report too (no result or work relation to any programme).
    for i in involvements(report).iter().filter(|i| i.programmes.is_empty()) {
        assert!(index.programme_links(&i.subject).is_empty());
    }
}

#[test]
fn phase_labels_name_what_they_are_a_phase_of() {
    let report = report_2021_2022();
    let index = Index::new(report);
    for phase in report.phases() {
        let label = index.label_of(&phase.as_ref_to());
        let parent = index.label_of(phase.of());
        assert!(label.contains(parent.as_ref()) || label.contains(phase.name()), "{label}");
        assert!(label.contains(phase.name()), "{label}");
        let parent_short = parent.split(' ').next().unwrap_or_default();
        assert!(label.contains(parent_short), "{label} does not say it is a phase of {parent}");
    }
}

#[test]
fn relations_that_point_at_each_other_have_finite_labels_and_links() {
    let d = dataset(|p| {
        p.programmes.push(programme("p"));
        p.relations.push(relation(
            "a",
            r(RecordKind::Relation, "b"),
            RelationKind::ResultOf,
            r(RecordKind::Relation, "b2"),
        ));
        p.relations.push(relation(
            "b",
            r(RecordKind::Relation, "a"),
            RelationKind::ResultOf,
            r(RecordKind::Relation, "b2"),
        ));
        p.relations.push(relation(
            "b2",
            r(RecordKind::Relation, "a"),
            RelationKind::PartOf,
            r(RecordKind::Programme, "p"),
        ));
    });
    let index = Index::new(&d);
    for id in ["a", "b", "b2"] {
        let label = index.label_of(&r(RecordKind::Relation, id));
        assert!(!label.is_empty() && label.len() < 200, "{label}");
        let links = index.programme_links(&r(RecordKind::Relation, id));
        assert!(links.len() <= 1);
    }
}
