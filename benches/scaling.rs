//! The involvement table over deterministic synthetic datasets of 10^3 to 10^6 participations,
//! side by side with a hand-written counting loop over the same records.
//!
//! Targets: within 2× of the loop at 10^6; ten times the data costs at most twelve times the
//! time. Run with `cargo bench --bench scaling`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::collections::{HashMap, HashSet};
use std::hint::black_box;
use std::time::Duration;

#[path = "support/synthetic.rs"]
mod synthetic;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use eu_celac_drugs::analysis::involvement::{role_weight, status_weight};
use eu_celac_drugs::analysis::{Filter, InvolvementKind, involvement_table, involvements};
use eu_celac_drugs::{Country, Dataset, OrganisationKind, Party, Place, ProjectKind, RecordKind, Role, Status};
use synthetic::synthetic;

const KINDS: usize = InvolvementKind::COUNT;
const ROLES: usize = 32;
const STATUSES: usize = 16;

/// What the hand-written loop computes per country: counts by kind, role and status, total, score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    kinds: [u32; KINDS],
    roles: [u32; ROLES],
    statuses: [u32; STATUSES],
    total: u32,
    score: u32,
}

const ZERO: Counts = Counts { kinds: [0; KINDS], roles: [0; ROLES], statuses: [0; STATUSES], total: 0, score: 0 };

/// The hand-written loop: one pass over the same records into arrays indexed by country, with the
/// involvement kinds, score weights and counting rules documented in `analysis::involvement`
/// (national authorities act for their country; an event's place adds nothing for a country that
/// takes part in the event), then the rows ranked by score and name. This is the fastest
/// straightforward code a user would write for the table; `assert_same` checks it against the
/// library's per-involvement list, so that it cannot drift from the documented rules unnoticed.
pub fn hand_written(d: &Dataset) -> Vec<(Country, Counts)> {
    let projects: HashMap<&str, ProjectKind> = d.projects().iter().map(|p| (p.id().as_str(), p.kind())).collect();
    let authorities: HashMap<&str, Country> = d
        .organisations()
        .iter()
        .filter(|o| o.kind() == OrganisationKind::NationalAuthority)
        .filter_map(|o| o.country().map(|c| (o.id().as_str(), c)))
        .collect();
    let country_of = |party: &Party| match party {
        Party::Country(c) => Some(*c),
        Party::Organisation(o) => authorities.get(o.as_str()).copied(),
        Party::Body(_) => None,
    };
    let placed: HashSet<&str> = d.events().iter().filter(|e| !e.places().is_empty()).map(|e| e.id().as_str()).collect();
    let mut takes_part: HashSet<(Country, &str)> = HashSet::new();
    for p in d.participations() {
        if p.subject().kind == RecordKind::Event && placed.contains(p.subject().id.as_str()) {
            if let Some(c) = country_of(p.party()) {
                takes_part.insert((c, p.subject().id.as_str()));
            }
        }
    }
    let mut table = vec![ZERO; Country::COUNT];
    let mut add = |c: Country, kind: InvolvementKind, role: Option<Role>, status: Status| {
        let row = &mut table[c as usize];
        row.kinds[kind as usize] += 1;
        if let Some(r) = role {
            row.roles[r as usize] += 1;
        }
        row.statuses[status as usize] += 1;
        row.total += 1;
        row.score += role_weight(role) * status_weight(status);
    };
    for p in d.participations() {
        if let Some(c) = country_of(p.party()) {
            let s = p.subject();
            let kind = match (p.role(), s.kind) {
                (Role::Presidency, _) => InvolvementKind::Presidency,
                (Role::CoChair, RecordKind::Event) => InvolvementKind::MeetingCoChair,
                (Role::CoPresidency, RecordKind::Event) => InvolvementKind::MeetingCoPresidency,
                (_, RecordKind::Programme) => InvolvementKind::Programme,
                (_, RecordKind::Phase) => InvolvementKind::Phase,
                (_, RecordKind::Project) => match projects.get(s.id.as_str()) {
                    Some(ProjectKind::Project | ProjectKind::SupportProject) | None => InvolvementKind::Project,
                    Some(_) => InvolvementKind::Component,
                },
                (_, RecordKind::Operation) => InvolvementKind::Operation,
                (_, RecordKind::WorkingGroup) => InvolvementKind::WorkingGroup,
                (_, RecordKind::Network) => InvolvementKind::Network,
                (_, RecordKind::Committee) => InvolvementKind::Committee,
                (_, RecordKind::WorkArea) => InvolvementKind::WorkArea,
                (_, RecordKind::TaskForce) => InvolvementKind::TaskForce,
                (_, RecordKind::BorderArea) => InvolvementKind::BorderArea,
                (_, RecordKind::Event) => InvolvementKind::Event,
                (_, RecordKind::Document) => InvolvementKind::Document,
                (_, _) => InvolvementKind::Organisation,
            };
            add(c, kind, Some(p.role()), p.status());
        }
    }
    for t in d.task_forces() {
        if let Some(host) = t.host() {
            add(host, InvolvementKind::TaskForce, Some(Role::Host), t.status());
        }
    }
    for b in d.border_areas() {
        for c in b.countries() {
            add(*c, InvolvementKind::BorderArea, None, Status::Active);
        }
    }
    for e in d.events() {
        for c in e.places().iter().filter_map(Place::country) {
            if !takes_part.contains(&(c, e.id().as_str())) {
                add(c, InvolvementKind::Venue, None, e.status());
            }
        }
    }
    for c in d.seizures().iter().filter_map(|s| s.place().and_then(Place::country)) {
        add(c, InvolvementKind::ResultPlace, None, Status::Completed);
    }
    for c in d.outcomes().iter().filter_map(|o| o.place().and_then(Place::country)) {
        add(c, InvolvementKind::ResultPlace, None, Status::Completed);
    }
    let mut rows: Vec<(Country, Counts)> = Country::iter().zip(table).filter(|(_, counts)| counts.total > 0).collect();
    rows.sort_by(|a, b| b.1.score.cmp(&a.1.score).then_with(|| a.0.name_en().cmp(b.0.name_en())));
    rows
}

/// The expected counts derived from the library's per-involvement list (`involvements`), which
/// applies the documented rules one involvement at a time.
fn from_involvements(d: &Dataset) -> HashMap<Country, (u32, u32)> {
    let mut out: HashMap<Country, (u32, u32)> = HashMap::new();
    for i in involvements(d) {
        let e = out.entry(i.country).or_default();
        e.0 += 1;
        e.1 += role_weight(i.role) * status_weight(i.status);
    }
    out
}

/// Checks that the library, the documented rules and the loop agree on every row before anything
/// is timed (the per-involvement list is checked up to 10^5 participations, to keep a test run
/// short).
fn assert_same(d: &Dataset) {
    let table = involvement_table(d, &Filter::default());
    if d.participations().len() <= 100_000 {
        let expected = from_involvements(d);
        assert_eq!(table.len(), expected.len());
        for row in &table {
            assert_eq!(expected.get(&row.country()), Some(&(row.total(), row.score())), "{}", row.country());
        }
    }
    let hand = hand_written(d);
    assert_eq!(table.len(), hand.len());
    for (row, (country, counts)) in table.iter().zip(&hand) {
        assert_eq!(row.country(), *country);
        assert_eq!((row.total(), row.score()), (counts.total, counts.score));
        for k in InvolvementKind::iter() {
            assert_eq!(row.count(k), counts.kinds[k as usize]);
        }
        for (r, n) in row.by_role() {
            assert_eq!(*n, counts.roles[*r as usize]);
        }
        for (s, n) in row.by_status() {
            assert_eq!(*n, counts.statuses[*s as usize]);
        }
    }
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    for exp in 3..=6u32 {
        let n = 10usize.pow(exp);
        let dataset = synthetic(n);
        assert_same(&dataset);
        group.throughput(Throughput::Elements(n as u64));
        // Few, long samples for the large sizes, so that `cargo bench` stays within minutes.
        group.sample_size(match exp {
            6 => 10,
            5 => 20,
            _ => 50,
        });
        group.measurement_time(Duration::from_secs(if exp >= 5 { 4 } else { 2 }));
        group.warm_up_time(Duration::from_millis(500));
        group.bench_with_input(BenchmarkId::new("involvement_table", format!("1e{exp}")), &dataset, |b, d| {
            b.iter(|| involvement_table(black_box(d), black_box(&Filter::default())));
        });
        group.bench_with_input(BenchmarkId::new("hand_written_loop", format!("1e{exp}")), &dataset, |b, d| {
            b.iter(|| hand_written(black_box(d)));
        });
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
