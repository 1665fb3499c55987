//! Seizure totals: exact, never across dimensions, qualifiers carried into bounds, and never
//! mixing seized with destroyed, one stated period with another, or own seizures with
//! contributions unless asked — and then saying so.

use std::collections::{BTreeMap, BTreeSet};

use eu_celac_drugs::analysis::{
    Facet, GroupBy, PeriodFilter, Scope, SeizureQuery, SeizureTotal, Units, seizure_totals, seizure_totals_of,
};
use eu_celac_drugs::*;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use rust_decimal::Decimal;

use crate::fixtures::{dataset, id, programme, project, src, text};
use crate::strategies::quantity::any_quantity_small;
use crate::strategies::records::{any_of, any_seizure};

/// Every query that groups, states units and combines facets in each possible way, with no
/// filter.
fn every_query() -> Vec<SeizureQuery> {
    let mut out = Vec::new();
    let facets: Vec<Facet> = Facet::iter().collect();
    for by in GroupBy::iter() {
        for units in Units::iter() {
            for mask in 0..(1u8 << facets.len()) {
                let combine =
                    facets.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, f)| *f).collect();
                out.push(SeizureQuery { by, units, combine, ..SeizureQuery::default() });
            }
        }
    }
    out
}

fn distinct<T: Ord>(line: &SeizureTotal<'_>, f: impl Fn(&Seizure) -> T) -> BTreeSet<T> {
    line.seizures().iter().map(|s| f(s)).collect()
}

/// The facet's scope, from the values of its seizures, as a reader would describe them.
fn expected_scope<T: Ord + Clone>(values: &BTreeSet<T>) -> Scope<T> {
    match values.len() {
        1 => Scope::One(values.iter().next().unwrap().clone()),
        _ => Scope::Several(values.iter().cloned().collect()),
    }
}

/// Every property a line must have, whatever the query: its facets are what its seizures are,
/// a facet the query keeps apart has one value, `mixes` names exactly the facets with several,
/// units are never mixed, and the total is the sum of its figures.
fn check_line(query: &SeizureQuery, line: &SeizureTotal<'_>) -> Result<(), TestCaseError> {
    let actions = distinct(line, Seizure::action);
    let periods = distinct(line, Seizure::period);
    let credits = distinct(line, Seizure::credit);
    prop_assert!(!line.seizures().is_empty());
    prop_assert_eq!(line.action(), &expected_scope(&actions), "{}", line);
    prop_assert_eq!(line.period(), &expected_scope(&periods), "{}", line);
    prop_assert_eq!(line.credit(), &expected_scope(&credits), "{}", line);
    let mut mixes = Vec::new();
    for (facet, n) in [(Facet::Action, actions.len()), (Facet::Period, periods.len()), (Facet::Credit, credits.len())] {
        if !query.combine.contains(&facet) {
            prop_assert_eq!(n, 1, "{} is kept apart by {:?}: {}", facet, query, line);
        }
        if n > 1 {
            mixes.push(facet);
        }
    }
    prop_assert_eq!(line.mixes(), mixes, "{}", line);
    for s in line.seizures() {
        let q = s.quantity();
        match query.units {
            Units::AsStated => prop_assert_eq!(q.unit(), line.total().unit(), "added only in the unit stated"),
            Units::Normalised => prop_assert_eq!(q.dimension().base_unit(), line.total().unit()),
        }
    }
    let figures: Vec<Quantity> = line.seizures().iter().map(|s| s.quantity()).collect();
    prop_assert_eq!(line.total(), &Total::sum(line.total().unit(), &figures).unwrap());
    Ok(())
}

/// Lines come in the documented order — by key, then action, period (no stated period first),
/// credit and unit, each facet only where the query keeps it apart — and each line's seizures in
/// the order of the slice they come from (`seizures` are references into one slice, so their
/// addresses increase with their positions).
fn check_lines_are_in_order(query: &SeizureQuery, lines: &[SeizureTotal<'_>]) -> Result<(), TestCaseError> {
    let apart = |facet| !query.combine.contains(&facet);
    let order = |l: &SeizureTotal<'_>| {
        (
            l.key().to_owned(),
            apart(Facet::Action).then(|| l.action().one().copied()),
            apart(Facet::Period).then(|| l.period().one().copied()),
            apart(Facet::Credit).then(|| l.credit().one().copied()),
            l.total().unit(),
        )
    };
    for pair in lines.windows(2) {
        prop_assert!(order(&pair[0]) < order(&pair[1]), "out of order: {} before {}", pair[0], pair[1]);
    }
    for l in lines {
        let at: Vec<*const Seizure> = l.seizures().iter().map(|s| std::ptr::from_ref::<Seizure>(s)).collect();
        prop_assert!(at.windows(2).all(|w| w[0] < w[1]), "seizures out of dataset order in {}", l);
    }
    Ok(())
}

/// Lines are distinct groups: no two have the same key, unit and facet values.
fn check_lines_are_distinct(lines: &[SeizureTotal<'_>]) -> Result<(), TestCaseError> {
    let mut seen = BTreeSet::new();
    for l in lines {
        let key = (
            l.key().to_owned(),
            l.action().values().to_vec(),
            l.period().values().to_vec(),
            l.credit().values().to_vec(),
            l.total().unit(),
        );
        prop_assert!(seen.insert(key), "two lines for one group: {}", l);
    }
    Ok(())
}

/// Many seizures are gathered by hash and sorted at the end, a few in a B-tree: both give the
/// same lines, in the same order. The report's seizures taken ten times over (well past the
/// few) give the report's lines, each with ten times its figures and a tenfold total.
#[test]
fn many_seizures_give_the_lines_and_order_of_few() {
    let report = report_2021_2022();
    let times = 10;
    let many: Vec<&Seizure> = report.seizures().iter().cycle().take(report.seizures().len() * times).collect();
    assert!(many.len() > 256, "past the few: {}", many.len());
    for query in every_query() {
        let few = seizure_totals(report, &query).unwrap();
        let lines = seizure_totals_of(many.iter().copied(), &query).unwrap();
        let facets = |l: &SeizureTotal<'_>| {
            (l.key().to_owned(), l.action().clone(), l.period().clone(), l.credit().clone(), l.total().unit())
        };
        assert_eq!(
            lines.iter().map(facets).collect::<Vec<_>>(),
            few.iter().map(facets).collect::<Vec<_>>(),
            "{query:?}"
        );
        for (l, f) in lines.iter().zip(&few) {
            assert_eq!(l.seizures().len(), f.seizures().len() * times, "{l}");
            assert_eq!(l.total().terms(), f.total().terms() * u32::try_from(times).unwrap(), "{l}");
            assert_eq!(l.total().value(), f.total().value() * Decimal::from(times), "{l}");
            assert_eq!(l.total().bound(), f.total().bound(), "{l}");
        }
        check_lines_are_distinct(&lines).unwrap();
    }
}

#[test]
fn a_large_dataset_totalled_on_two_cores_gives_the_lines_of_one_pass() {
    use eu_celac_drugs::{Dataset, DatasetParts, Id};
    // The report's seizures copied into 30,000: past the size from which halves are gathered apart.
    let report = report_2021_2022();
    let mut parts = DatasetParts::from(report.clone());
    let templates = parts.seizures.clone();
    for i in 0..30_000 {
        let mut copy = templates[i % templates.len()].clone().into_parts();
        copy.id = Id::new(format!("copy.s{i}")).unwrap();
        parts.seizures.push(Seizure::new(copy).unwrap());
    }
    let d = Dataset::new(parts).unwrap();
    for query in every_query() {
        let two = seizure_totals(&d, &query).unwrap();
        let one = seizure_totals_of(d.seizures().iter(), &query).unwrap();
        let shown = |l: &[SeizureTotal<'_>]| l.iter().map(|t| (t.to_string(), t.total().terms())).collect::<Vec<_>>();
        assert_eq!(shown(&two), shown(&one), "{query:?}");
        for (a, b) in two.iter().zip(&one) {
            let ids = |t: &SeizureTotal<'_>| t.seizures().iter().map(|s| s.id().clone()).collect::<Vec<_>>();
            assert_eq!(ids(a), ids(b), "{a}: the seizures in the dataset's order");
        }
    }
}

#[test]
fn on_the_report_every_query_adds_every_seizure_once_and_says_what_it_mixes() {
    let report = report_2021_2022();
    for query in every_query() {
        let lines = seizure_totals(report, &query).unwrap();
        let ids: Vec<&Id> = lines.iter().flat_map(|l| l.seizures()).map(|s| s.id()).collect();
        let unique: BTreeSet<&Id> = ids.iter().copied().collect();
        assert_eq!(ids.len(), report.seizures().len(), "{query:?}");
        assert_eq!(unique.len(), ids.len(), "{query:?}");
        for line in &lines {
            check_line(&query, line).unwrap();
        }
        check_lines_are_distinct(&lines).unwrap();
        check_lines_are_in_order(&query, &lines).unwrap();
    }
}

#[test]
fn by_default_no_total_on_the_report_mixes_and_its_text_says_what_it_adds() {
    let report = report_2021_2022();
    for by in GroupBy::iter() {
        for line in seizure_totals(report, &SeizureQuery { by, ..SeizureQuery::default() }).unwrap() {
            assert!(line.mixes().is_empty(), "{line}");
            let s = line.seizures()[0];
            let text = line.to_string();
            assert!(text.starts_with(&format!("{} — ", line.key())), "{text}");
            assert!(text.contains(&line.total().to_string()), "{text}");
            let action = match s.action() {
                SeizureAction::Seized => "seized",
                SeizureAction::Destroyed => "destroyed",
            };
            let period = s.period().map_or_else(|| "no period stated".to_owned(), |w| w.to_string());
            let credit = match s.credit() {
                Credit::Own => "own",
                Credit::Contribution => "contributions",
            };
            for (facet, words) in [(GroupBy::Action, action), (GroupBy::Period, &period), (GroupBy::Credit, credit)] {
                if by != facet {
                    assert!(line.label().contains(words), "{by}: {text} should say {words:?}");
                }
            }
            assert!(!text.contains("combined"), "{text}");
        }
    }
}

#[test]
fn trigger_destroyed_cannabis_is_never_in_a_seized_total_unless_combined_and_then_it_says_so() {
    let report = report_2021_2022();
    let destroyed: Vec<&Seizure> =
        report.seizures().iter().filter(|s| s.action() == SeizureAction::Destroyed).collect();
    let cannabis = destroyed.iter().find(|s| s.commodity() == "cannabis").expect("TRIGGER's 500 kg of cannabis");
    assert_eq!(cannabis.operation().map(Id::as_str), Some("crimjust.trigger"));
    for by in GroupBy::iter() {
        for units in Units::iter() {
            for line in seizure_totals(report, &SeizureQuery { by, units, ..SeizureQuery::default() }).unwrap() {
                let has_destroyed = line.seizures().iter().any(|s| s.action() == SeizureAction::Destroyed);
                if line.action() == &Scope::One(SeizureAction::Seized) {
                    assert!(!has_destroyed, "{line}");
                } else {
                    assert_eq!(line.action(), &Scope::One(SeizureAction::Destroyed), "{line}");
                    assert!(line.label().contains("destroyed"), "{line}");
                }
            }
        }
    }
    // Seized cannabis with the same period and credit exists, so combining on request merges them.
    let query = SeizureQuery { combine: [Facet::Action].into(), ..SeizureQuery::default() };
    let lines = seizure_totals(report, &query).unwrap();
    let line = lines.iter().find(|l| l.seizures().iter().any(|s| s.id() == cannabis.id())).unwrap();
    let seized_alike = report.seizures().iter().any(|s| {
        s.action() == SeizureAction::Seized
            && s.commodity() == cannabis.commodity()
            && s.period() == cannabis.period()
            && s.credit() == cannabis.credit()
            && s.quantity().unit() == cannabis.quantity().unit()
    });
    assert!(seized_alike, "the report has seized cannabis alike TRIGGER's destroyed cannabis");
    assert_eq!(line.action(), &Scope::Several(vec![SeizureAction::Seized, SeizureAction::Destroyed]));
    assert_eq!(line.mixes(), [Facet::Action]);
    assert!(line.to_string().contains("seized and destroyed combined"), "{line}");
    // Filtering to seizures leaves it out altogether.
    let seized = SeizureQuery { action: Some(SeizureAction::Seized), ..query };
    for line in seizure_totals(report, &seized).unwrap() {
        assert!(line.seizures().iter().all(|s| s.action() == SeizureAction::Seized), "{line}");
    }
}

/// Whether every day `period` can include lies in the calendar year `year`, from the dates.
fn inside_year(period: Option<When>, year: i32) -> bool {
    let first = chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
    let last = chrono::NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
    period.is_some_and(|p| p.earliest() >= first && p.latest().is_some_and(|l| l <= last))
}

#[test]
fn the_2021_filter_keeps_exactly_the_seizures_stated_for_2021() {
    let report = report_2021_2022();
    let year = PartialDate::year(2021).unwrap();
    let expected: BTreeSet<&Id> =
        report.seizures().iter().filter(|s| inside_year(s.period(), 2021)).map(Seizure::id).collect();
    let stated_2021: BTreeSet<&Id> =
        report.seizures().iter().filter(|s| s.period() == Some(When::On(year))).map(Seizure::id).collect();
    assert!(!expected.is_empty());
    assert_eq!(expected, stated_2021, "the report states 2021 as the year itself");
    assert!(report.seizures().iter().any(|s| s.period().is_none()), "undated seizures exist and must be left out");
    for by in GroupBy::iter() {
        let query = SeizureQuery { by, period: PeriodFilter::year(2021).unwrap(), ..SeizureQuery::default() };
        let lines = seizure_totals(report, &query).unwrap();
        let got: BTreeSet<&Id> = lines.iter().flat_map(|l| l.seizures()).map(|s| s.id()).collect();
        assert_eq!(got, expected, "{by}");
        for line in &lines {
            assert_eq!(line.period(), &Scope::One(Some(When::On(year))), "{line}");
        }
    }
    // "How much cocaine was seized in 2021?"
    let query = SeizureQuery {
        period: PeriodFilter::year(2021).unwrap(),
        action: Some(SeizureAction::Seized),
        ..SeizureQuery::default()
    };
    let lines = seizure_totals(report, &query).unwrap();
    let answer: BTreeSet<&Id> =
        lines.iter().filter(|l| l.key() == "cocaine").flat_map(|l| l.seizures()).map(|s| s.id()).collect();
    let want: BTreeSet<&Id> = report
        .seizures()
        .iter()
        .filter(|s| s.commodity() == "cocaine" && s.action() == SeizureAction::Seized && inside_year(s.period(), 2021))
        .map(Seizure::id)
        .collect();
    assert!(!want.is_empty());
    assert_eq!(answer, want);
    let not_stated = SeizureQuery { period: PeriodFilter::NotStated, ..SeizureQuery::default() };
    for line in seizure_totals(report, &not_stated).unwrap() {
        assert_eq!(line.period(), &Scope::One(None), "{line}");
        assert!(line.label().contains("no period stated"), "{line}");
    }
}

#[test]
fn normalised_totals_are_the_exact_sums_of_the_converted_figures() {
    let report = report_2021_2022();
    let query = SeizureQuery { units: Units::Normalised, ..SeizureQuery::default() };
    let lines = seizure_totals(report, &query).unwrap();
    type Key = (String, SeizureAction, Option<When>, Credit, Unit);
    let mut expected: BTreeMap<Key, Decimal> = BTreeMap::new();
    for s in report.seizures() {
        let base = s.quantity().to_base().unwrap();
        let key = (s.commodity().to_owned(), s.action(), s.period(), s.credit(), base.unit());
        *expected.entry(key).or_default() += base.value();
    }
    assert_eq!(lines.len(), expected.len());
    for line in &lines {
        let key = (
            line.key().to_owned(),
            *line.action().one().unwrap(),
            *line.period().one().unwrap(),
            *line.credit().one().unwrap(),
            line.total().unit(),
        );
        assert_eq!(line.total().value(), expected[&key], "{line}");
        let converted: BTreeSet<Unit> =
            line.seizures().iter().map(|s| s.quantity().unit()).filter(|u| *u != line.total().unit()).collect();
        assert_eq!(line.converted_from(), converted.iter().copied().collect::<Vec<_>>());
        for unit in &converted {
            assert!(line.to_string().contains(&format!("converted exactly from {unit}")), "{line}");
        }
    }
}

#[test]
fn qualifiers_carry_into_the_bound_of_each_total() {
    let report = report_2021_2022();
    let all = SeizureQuery {
        by: GroupBy::Project,
        units: Units::Normalised,
        combine: Facet::iter().collect(),
        ..SeizureQuery::default()
    };
    for line in seizure_totals(report, &all).unwrap() {
        let bounds: Vec<Bound> = line.seizures().iter().map(|s| s.quantity().bound()).collect();
        let expected = bounds.iter().fold(Bound::Exact, |acc, b| acc.combine(*b));
        assert_eq!(line.total().bound(), expected, "{line}");
        let has_over =
            line.seizures().iter().any(|s| matches!(s.quantity().qualifier(), Qualifier::Over | Qualifier::MoreThan));
        let has_almost = line.seizures().iter().any(|s| s.quantity().qualifier() == Qualifier::Almost);
        match (has_over, has_almost) {
            (true, false) => assert_eq!(line.total().bound(), Bound::AtLeast, "{line}"),
            (false, true) => assert_eq!(line.total().bound(), Bound::AtMost, "{line}"),
            (true, true) => assert_eq!(line.total().bound(), Bound::Mixed, "{line}"),
            (false, false) => {}
        }
    }
}

#[test]
fn a_combined_total_is_the_sum_of_the_totals_it_combines() {
    let report = report_2021_2022();
    let apart = SeizureQuery { units: Units::Normalised, ..SeizureQuery::default() };
    let together = SeizureQuery { combine: Facet::iter().collect(), ..apart.clone() };
    let mut sums: BTreeMap<(String, Unit), Decimal> = BTreeMap::new();
    for line in seizure_totals(report, &apart).unwrap() {
        *sums.entry((line.key().to_owned(), line.total().unit())).or_default() += line.total().value();
    }
    let combined = seizure_totals(report, &together).unwrap();
    assert_eq!(combined.len(), sums.len());
    for line in &combined {
        assert_eq!(line.total().value(), sums[&(line.key().to_owned(), line.total().unit())], "{line}");
    }
    assert!(combined.iter().any(|l| !l.mixes().is_empty()), "the report has totals to combine");
}

/// A seizure of project `p`, with its figure and period in their text forms.
fn seizure(
    key: &str,
    commodity: &str,
    q: &str,
    action: SeizureAction,
    credit: Credit,
    period: Option<&str>,
) -> Seizure {
    Seizure::new(SeizureParts {
        id: id(key),
        programme: None,
        project: Some(id("p")),
        operation: None,
        credit,
        commodity: text(commodity),
        category: CommodityCategory::Drug,
        quantity: q.parse().unwrap(),
        stated: text(q),
        action,
        period: period.map(|p| p.parse().unwrap()),
        place: None,
        source: src(key),
    })
    .unwrap()
}

#[test]
fn a_small_dataset_keeps_apart_what_a_reader_would_and_combines_on_request() {
    use Credit::{Contribution, Own};
    use SeizureAction::{Destroyed, Seized};
    let d = dataset(|p| {
        p.programmes.push(programme("prog"));
        p.projects.push(project("p", "prog"));
        p.seizures = vec![
            seizure("own-2021", "cocaine", "1 t", Seized, Own, Some("2021")),
            seizure("own-2021-more", "cocaine", "over 250 kg", Seized, Own, Some("2021")),
            seizure("own-inferred", "cocaine", "2 t", Seized, Own, Some("2021?")),
            seizure("own-span", "cocaine", "3 t", Seized, Own, Some("2021-06/2022-05")),
            seizure("contrib", "cocaine", "2 t", Seized, Contribution, None),
            seizure("contrib-destroyed", "cocaine", "500 kg", Destroyed, Contribution, None),
        ];
    });
    let norm = SeizureQuery { units: Units::Normalised, ..SeizureQuery::default() };
    let lines = seizure_totals(&d, &norm).unwrap();
    let groups: Vec<Vec<&str>> = lines.iter().map(|l| l.seizures().iter().map(|s| s.id().as_str()).collect()).collect();
    let mut expected = vec![
        vec!["contrib"],
        vec!["contrib-destroyed"],
        vec!["own-2021", "own-2021-more"],
        vec!["own-inferred"],
        vec!["own-span"],
    ];
    expected.sort();
    let mut sorted = groups.clone();
    sorted.sort();
    assert_eq!(sorted, expected, "a stated and an inferred year, a span, credits and actions stay apart");
    for line in &lines {
        check_line(&norm, line).unwrap();
    }
    // The 2021 filter keeps the figures stated for 2021 and for an inferred 2021, not the span
    // that runs into 2022 nor the undated ones.
    let in_2021 = SeizureQuery { period: PeriodFilter::year(2021).unwrap(), ..norm.clone() };
    let kept: BTreeSet<&str> =
        seizure_totals(&d, &in_2021).unwrap().iter().flat_map(|l| l.seizures()).map(|s| s.id().as_str()).collect();
    assert_eq!(kept, BTreeSet::from(["own-2021", "own-2021-more", "own-inferred"]));
    // Everything combined on request: one line, which names all three facets.
    let all = SeizureQuery { combine: Facet::iter().collect(), ..norm };
    let lines = seizure_totals(&d, &all).unwrap();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].mixes(), Facet::iter().collect::<Vec<_>>());
    assert_eq!(lines[0].seizures().len(), d.seizures().len());
    let text = lines[0].to_string();
    for words in ["seized and destroyed combined", "own and contributions combined", "no period stated and 2021"] {
        assert!(text.contains(words), "{text} should say {words:?}");
    }
}

/// Generated seizures with few commodities, periods and units, so that groups collide.
fn any_seizures() -> impl Strategy<Value = Vec<Seizure>> {
    let periods: Vec<Option<When>> = [
        None,
        Some("2021"),
        Some("2021?"),
        Some("2021-06/2021-12"),
        Some("2020"),
        Some("2021-06/2022-05"),
        Some("2021-04/.."),
    ]
    .into_iter()
    .map(|p| p.map(|p| p.parse().unwrap()))
    .collect();
    let one = (
        any_seizure(),
        select(vec!["cocaine", "cannabis", "khat"]),
        select(periods),
        any_quantity_small().prop_filter("seizures are not counts", |q| q.dimension() != Dimension::Count),
        any_of::<SeizureAction>(),
        any_of::<Credit>(),
    )
        .prop_map(|(mut parts, commodity, period, quantity, action, credit)| {
            parts.commodity = text(commodity);
            parts.period = period;
            parts.quantity = quantity;
            parts.stated = text(&quantity.to_string());
            parts.action = action;
            parts.credit = credit;
            Seizure::new(parts).unwrap()
        });
    proptest::collection::vec(one, 0..24)
}

fn any_query() -> impl Strategy<Value = SeizureQuery> {
    (
        any_of::<GroupBy>(),
        any_of::<Units>(),
        subsequence(Facet::iter().collect::<Vec<_>>(), 0..=3),
        proptest::option::of(any_of::<SeizureAction>()),
        proptest::option::of(any_of::<Credit>()),
        select(vec![PeriodFilter::Any, PeriodFilter::NotStated, PeriodFilter::year(2021).unwrap()]),
    )
        .prop_map(|(by, units, combine, action, credit, period)| SeizureQuery {
            by,
            units,
            period,
            action,
            credit,
            combine: combine.into_iter().collect(),
        })
}

proptest! {
    #[test]
    fn by_default_no_generated_total_mixes_actions_periods_credits_or_units(
        seizures in any_seizures(),
        by in any_of::<GroupBy>(),
        units in any_of::<Units>(),
    ) {
        let query = SeizureQuery { by, units, ..SeizureQuery::default() };
        let lines = seizure_totals_of(&seizures, &query).unwrap();
        prop_assert_eq!(lines.iter().map(|l| l.seizures().len()).sum::<usize>(), seizures.len());
        for line in &lines {
            prop_assert!(line.mixes().is_empty(), "{}", line);
            prop_assert!(!line.to_string().contains("combined"), "{}", line);
            check_line(&query, line)?;
        }
        check_lines_are_distinct(&lines)?;
        check_lines_are_in_order(&query, &lines)?;
    }

    #[test]
    fn any_query_keeps_what_its_filters_keep_and_names_what_it_mixes(
        seizures in any_seizures(),
        query in any_query(),
    ) {
        let lines = seizure_totals_of(&seizures, &query).unwrap();
        let kept: Vec<&Id> = seizures
            .iter()
            .filter(|s| query.action.is_none_or(|a| a == s.action()))
            .filter(|s| query.credit.is_none_or(|c| c == s.credit()))
            .filter(|s| match query.period {
                PeriodFilter::Any => true,
                PeriodFilter::NotStated => s.period().is_none(),
                PeriodFilter::Within(_) => inside_year(s.period(), 2021),
            })
            .map(Seizure::id)
            .collect();
        let mut got: Vec<&Id> = lines.iter().flat_map(|l| l.seizures()).map(|s| s.id()).collect();
        let mut want = kept.clone();
        got.sort();
        want.sort();
        prop_assert_eq!(got, want);
        for line in &lines {
            check_line(&query, line)?;
            for facet in line.mixes() {
                prop_assert!(query.combine.contains(&facet), "{} mixes {} unasked", line, facet);
                prop_assert!(line.to_string().contains("combined"), "{}", line);
            }
        }
        check_lines_are_distinct(&lines)?;
        check_lines_are_in_order(&query, &lines)?;
    }

    #[test]
    fn normalised_generated_totals_are_the_sums_of_the_base_figures(
        seizures in any_seizures(),
        combine in subsequence(Facet::iter().collect::<Vec<_>>(), 0..=3),
    ) {
        let query = SeizureQuery { units: Units::Normalised, combine: combine.into_iter().collect(), ..SeizureQuery::default() };
        for line in seizure_totals_of(&seizures, &query).unwrap() {
            let mut sum = Decimal::ZERO;
            for s in line.seizures() {
                let base = s.quantity().to_base().unwrap();
                prop_assert_eq!(base.unit(), line.total().unit());
                sum += base.value();
            }
            prop_assert_eq!(line.total().value(), sum, "{}", line);
        }
    }

    #[test]
    fn totals_of_any_figures_never_panic(parts in proptest::collection::vec(any_seizure(), 0..8), query in any_query()) {
        let seizures: Vec<Seizure> = parts.into_iter().map(|p| Seizure::new(p).unwrap()).collect();
        // Huge figures may overflow: an error that names them, never a panic or a rounded total.
        if let Ok(lines) = seizure_totals_of(&seizures, &query) {
            for line in &lines {
                check_line(&query, line)?;
            }
        }
    }
}
