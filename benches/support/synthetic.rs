//! The synthetic datasets of the scaling benchmark (`benches/scaling.rs`) and of the peak-memory
//! tests (`tests/alloc/peak.rs`): the same data for both, on every run. Included by each with
//! `#[path]` (a file under `benches/support/` is no benchmark target of its own).

use eu_celac_drugs::{
    Country, Dataset, DatasetParts, Id, Participation, ParticipationParts, Party, RecordKind, Statement,
    report_2021_2022,
};

/// A small linear congruential generator (Knuth's MMIX constants): the same datasets on every run.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// The compiled-in report, without its stated lists, with its participations replaced by `n`
/// synthetic ones: each copies
/// the subject, role, status, period and source of a participation of the report, and (nine
/// times in ten) gives it to a random country, else to the template's party.
pub fn synthetic(n: usize) -> Dataset {
    let mut parts = DatasetParts::from(report_2021_2022().clone());
    let templates = std::mem::take(&mut parts.participations);
    // The report's lists name its participations; they play no part in the table. The statements
    // that link a list (the Working Groups a level of COPOLAD III works through) lose that link.
    parts.lists.clear();
    parts.statements = parts
        .statements
        .into_iter()
        .map(|s| {
            let mut s = s.into_parts();
            s.about = s.about.iter().filter(|r| r.kind != RecordKind::StatedList).cloned().collect();
            Statement::new(s).unwrap()
        })
        .collect();
    let countries: Vec<Country> = Country::iter().collect();
    let mut rng = Lcg(0x5eed ^ n as u64);
    parts.participations = (0..n)
        .map(|i| {
            let t = &templates[rng.below(templates.len())];
            // (a group the report names without listing it is a stated list, which is dropped)
            let listed = matches!(t.party(), Party::Body(b) if b.kind == RecordKind::StatedList);
            let party = if rng.below(10) == 0 && !listed {
                t.party().clone()
            } else {
                Party::Country(countries[rng.below(countries.len())])
            };
            let as_written: &'static str = match &party {
                Party::Country(c) => c.into(),
                Party::Organisation(_) => "the organisation",
                Party::Body(_) => "the body",
            };
            Participation::new(ParticipationParts {
                id: Id::new(format!("synthetic.p{i}")).unwrap(),
                party,
                subject: t.subject().clone(),
                role: t.role(),
                status: t.status(),
                ordinal: t.ordinal(),
                as_written: as_written.into(),
                period: t.period(),
                source: t.source().clone(),
            })
            .unwrap()
        })
        .collect();
    Dataset::new(parts).unwrap()
}
