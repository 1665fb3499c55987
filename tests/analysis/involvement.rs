//! Involvement: the table agrees with the per-country profiles, the filters filter, and CELAC
//! coverage partitions the 33 members.

use std::collections::BTreeSet;

use eu_celac_drugs::analysis::involvement::{role_weight, status_weight};
use eu_celac_drugs::analysis::{
    BlocFilter, Filter, StatusFilter, celac_coverage, involvement_table, involvements, involvements_of,
};
use eu_celac_drugs::{Bloc, report_2021_2022};

#[test]
fn the_table_agrees_with_each_country_s_profile() {
    let report = report_2021_2022();
    let table = involvement_table(report, &Filter::default());
    assert!(!table.is_empty());
    for row in &table {
        let profile = involvements_of(report, row.country());
        assert_eq!(row.total() as usize, profile.len(), "{}", row.country());
        let score: u32 = profile.iter().map(|i| role_weight(i.role) * status_weight(i.status)).sum();
        assert_eq!(row.score(), score, "{}", row.country());
        let kinds: u32 = row.by_kind().map(|(_, n)| n).sum();
        assert_eq!(kinds, row.total());
        assert_eq!(row.by_status().values().sum::<u32>(), row.total());
    }
    // One row per involved country, and per country that only a claim on a whole bloc covers.
    let mut involved: BTreeSet<_> = involvements(report).iter().map(|i| i.country).collect();
    involved
        .extend(eu_celac_drugs::analysis::bloc_claims(report).iter().flat_map(|c| c.bloc.members().iter().copied()));
    assert_eq!(involved, table.iter().map(|r| r.country()).collect(), "one row per involved or covered country");
}

#[test]
fn the_table_is_ranked_by_score_then_name() {
    let table = involvement_table(report_2021_2022(), &Filter::default());
    for w in table.windows(2) {
        assert!(
            w[0].score() > w[1].score()
                || (w[0].score() == w[1].score() && w[0].country().name_en() <= w[1].country().name_en())
        );
    }
}

#[test]
fn filters_keep_only_what_they_name() {
    let report = report_2021_2022();
    let all = involvement_table(report, &Filter::default());
    for (bloc, keep) in
        [(BlocFilter::Celac, Some(Bloc::Celac)), (BlocFilter::Eu, Some(Bloc::Eu)), (BlocFilter::Other, None)]
    {
        let rows = involvement_table(report, &Filter { bloc: Some(bloc), ..Filter::default() });
        assert!(!rows.is_empty(), "{bloc}");
        for row in &rows {
            match keep {
                Some(b) => assert!(row.country().is_member(b)),
                None => assert!(!row.country().is_member(Bloc::Celac) && !row.country().is_member(Bloc::Eu)),
            }
        }
    }
    let active = involvement_table(report, &Filter { statuses: StatusFilter::ActiveOnly, ..Filter::default() });
    for row in &active {
        assert!(row.by_status().keys().all(|s| s.is_active()));
        let full = all.iter().find(|r| r.country() == row.country()).unwrap();
        assert!(row.total() <= full.total());
    }
    let aircop_only = involvement_table(report, &Filter { programme: Some("gifp".into()), ..Filter::default() });
    assert!(!aircop_only.is_empty());
    for row in &aircop_only {
        let full = all.iter().find(|r| r.country() == row.country()).unwrap();
        assert!(row.total() <= full.total());
    }
    let none = involvement_table(report, &Filter { programme: Some("no-such-programme".into()), ..Filter::default() });
    assert!(none.is_empty());
}

#[test]
fn every_involvement_carries_its_quote_and_a_resolvable_subject() {
    let report = report_2021_2022();
    for i in involvements(report) {
        assert!(!i.source.quote().is_empty());
        assert!(report.kind_of(i.subject.id.as_str()).is_some(), "{:?}", i.subject);
        assert!(!i.subject_label.is_empty(), "{:?}", i.subject);
    }
}

#[test]
fn celac_coverage_partitions_the_members() {
    let report = report_2021_2022();
    let coverage = celac_coverage(report);
    let mut seen = BTreeSet::new();
    for c in coverage.active.iter().chain(coverage.prospective_only.iter().map(|(c, _)| c)).chain(&coverage.unnamed) {
        assert!(seen.insert(*c), "{c} in two groups");
        assert!(c.is_member(Bloc::Celac));
    }
    assert_eq!(seen.len(), 33);
    for c in &coverage.unnamed {
        assert!(involvements_of(report, *c).is_empty());
    }
    for (_, involvements) in &coverage.prospective_only {
        assert!(involvements.iter().all(|i| !i.status.is_active()));
    }
}

#[test]
fn claims_on_a_whole_bloc_count_apart_from_named_involvement() {
    use eu_celac_drugs::analysis::{Filter, bloc_claims, bloc_claims_of, involvement_table, programmes_of};
    use eu_celac_drugs::{Attribution, Completeness, RecordKind};
    let report = report_2021_2022();
    let claims = bloc_claims(report);
    // Every stated list that names a whole bloc, and nothing else, is a claim.
    let whole: Vec<&str> = report
        .lists()
        .iter()
        .filter(|l| l.completeness() == Completeness::WholeBloc)
        .map(|l| l.id().as_str())
        .collect();
    assert_eq!(claims.iter().map(|c| c.record.id.as_str()).collect::<Vec<_>>(), whole);
    assert!(!claims.is_empty(), "COPOLAD covers the entire CELAC region");
    for c in &claims {
        assert_eq!(c.record.kind, RecordKind::StatedList);
        assert!(!c.source.quote().is_empty() && c.source.quote().contains(c.label));
        assert!(!c.programmes.is_empty(), "{}", c.subject);
    }
    let coverage = celac_coverage(report);
    assert!(!coverage.unnamed.is_empty());
    assert_eq!(coverage.bloc_claims, claims.iter().filter(|c| c.bloc == Bloc::Celac).cloned().collect::<Vec<_>>());
    let table = involvement_table(report, &Filter::default());
    for &country in Bloc::Celac.members() {
        let mine = bloc_claims_of(report, country);
        assert_eq!(mine.len(), claims.iter().filter(|c| c.bloc == Bloc::Celac).count());
        // In the table: a column of its own, outside the total and the score.
        let row = table.iter().find(|r| r.country() == country).unwrap();
        assert_eq!(row.bloc_claims() as usize, mine.len());
        let named = involvements_of(report, country);
        assert_eq!(row.total() as usize, named.len());
        // In the programmes: bloc-wide where the report names the country nowhere in the programme.
        let programmes = programmes_of(report, country);
        for claim in &mine {
            for link in &claim.programmes {
                let entry = programmes.iter().find(|p| p.programme.id() == link.programme.id()).unwrap();
                assert!(entry.bloc_claims.contains(claim));
                if entry.involvements.is_empty() {
                    assert_eq!(entry.attribution, Attribution::BlocWide);
                } else {
                    assert_ne!(entry.attribution, Attribution::BlocWide);
                }
            }
        }
        assert!(
            programmes.iter().filter(|p| p.attribution == Attribution::BlocWide).all(|p| p.involvements.is_empty())
        );
    }
    // A country the report names nowhere: no involvement, yet covered, and said so.
    for &country in &coverage.unnamed {
        assert!(involvements_of(report, country).is_empty());
        let programmes = programmes_of(report, country);
        assert!(!programmes.is_empty() && programmes.iter().all(|p| p.attribution == Attribution::BlocWide));
        let row = table.iter().find(|r| r.country() == country).unwrap();
        assert_eq!((row.total(), row.score()), (0, 0));
    }
    // No claim covers an EU member or a third country in this report.
    assert!(bloc_claims_of(report, eu_celac_drugs::Country::ES).is_empty());
    assert!(table.iter().filter(|r| !r.country().is_member(Bloc::Celac)).all(|r| r.bloc_claims() == 0));
}

#[test]
fn a_claim_on_a_whole_bloc_in_a_hand_built_dataset() {
    use crate::fixtures::{list, programme, r};
    use eu_celac_drugs::analysis::{Filter, bloc_claims_of, involvement_table, programmes_of};
    use eu_celac_drugs::{Attribution, Completeness, Country, RecordKind, StatedList, StatedListParts};
    let d = crate::fixtures::dataset(|p| {
        p.programmes.push(programme("prog"));
        let base = list("prog.scope", r(RecordKind::Programme, "prog"), None, Completeness::Unlisted, vec![]);
        p.lists.push(
            StatedList::new(StatedListParts {
                bloc: Some(Bloc::Eu),
                completeness: Completeness::WholeBloc,
                ..base.into_parts()
            })
            .unwrap(),
        );
    });
    assert_eq!(bloc_claims_of(&d, Country::FR).len(), 1);
    assert!(bloc_claims_of(&d, Country::PE).is_empty());
    let table = involvement_table(&d, &Filter::default());
    assert_eq!(table.len(), 27);
    assert!(table.iter().all(|r| r.total() == 0 && r.bloc_claims() == 1));
    let france = programmes_of(&d, Country::FR);
    assert_eq!(france[0].attribution, Attribution::BlocWide);
    // The same list without its bloc is refused: a whole bloc must name one.
    let parts = StatedListParts { bloc: None, ..d.list("prog.scope").unwrap().clone().into_parts() };
    assert!(StatedList::new(parts).unwrap_err().to_string().contains("covers a whole bloc but names none"));
}

#[test]
fn absent_celac_members_are_named_nowhere_in_the_text() {
    // Derived from the text: a member the analysis finds absent must not be named in the report.
    let text = eu_celac_drugs::SOURCE_TEXT;
    for c in celac_coverage(report_2021_2022()).unnamed {
        for name in [c.name_en(), c.common_name()] {
            let short = name.split(',').next().unwrap_or(name);
            assert!(!text.contains(short), "{c} ({short}) is named in the text but found absent");
        }
    }
}

#[test]
fn the_analysis_enums_round_trip_through_their_names() {
    use eu_celac_drugs::analysis::{FindingKind, GroupBy, InvolvementKind, PeriodRelation, Severity};
    use eu_celac_drugs::model::record::CodeEnum;
    fn check<E: CodeEnum + std::str::FromStr>() {
        let all: Vec<E> = E::ALL.to_vec();
        for (i, v) in all.iter().enumerate() {
            let back = v.to_string().parse::<E>().ok();
            assert_eq!(back.as_ref(), Some(v));
            for (j, w) in all.iter().enumerate() {
                assert_eq!(v.cmp(w), i.cmp(&j));
            }
        }
        assert!("no such name".parse::<E>().is_err());
    }
    check::<InvolvementKind>();
    check::<BlocFilter>();
    check::<StatusFilter>();
    check::<GroupBy>();
    check::<FindingKind>();
    check::<Severity>();
    check::<PeriodRelation>();
}

#[test]
fn a_country_that_takes_part_in_an_event_is_not_counted_again_as_its_venue() {
    use eu_celac_drugs::RecordKind;
    use eu_celac_drugs::analysis::InvolvementKind;
    let all = involvements(report_2021_2022());
    for venue in all.iter().filter(|i| i.kind == InvolvementKind::Venue) {
        let also = all.iter().any(|i| {
            i.country == venue.country
                && i.kind != InvolvementKind::Venue
                && i.subject.kind == RecordKind::Event
                && i.subject.id == venue.subject.id
        });
        assert!(!also, "{} counted twice in {}", venue.country, venue.subject);
    }
    // The report's scoping missions name their countries both as hosts and as places.
    assert!(all.iter().any(|i| i.kind == InvolvementKind::Event && i.role == Some(eu_celac_drugs::Role::Host)));
}
