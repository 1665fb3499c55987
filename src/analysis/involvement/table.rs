//! The ranked involvement table: per-country counts in one pass over the records.

use crate::hash::FastMap;

use super::claims::status_of;
use super::collect::{PlacedEventParties, national_authorities, party_country};
use super::tally::{ProjectKinds, Tally};
use super::{AttributionFilter, Filter, InvolvementKind, InvolvementRow, participation_kind};
use crate::model::record::{RecordKind, Ref};
use crate::{Attribution, Completeness, Country, Dataset, Id, Index, Place, Role, Status};

/// Whether records count for the filtered programme, looked up once per record.
struct ProgrammeScope<'a> {
    wanted: &'a str,
    follow: AttributionFilter,
    index: Index<'a>,
    cache: FastMap<(RecordKind, &'a str), Option<Attribution>>,
}

impl<'a> ProgrammeScope<'a> {
    /// How the record counts for the programme, if it counts and the filter keeps it.
    fn attribution(&mut self, kind: RecordKind, id: &'a Id) -> Option<Attribution> {
        let (index, wanted, follow) = (&self.index, self.wanted, self.follow);
        *self.cache.entry((kind, id.as_str())).or_insert_with(|| {
            let found = index.attribution_to(&Ref::new(kind, id.clone()), wanted);
            found.filter(|a| *a == Attribution::Direct || follow == AttributionFilter::IncludingIndirect)
        })
    }
}

/// The tables [`involvement_table`] reads, with no programme filter: what a partial read of a
/// snapshot needs for it ([`snapshot::from_bytes_only`](crate::snapshot::from_bytes_only), which
/// adds the tables these refer to). With a programme filter it reads every table (a record
/// counts for a programme through relations, participations and events).
///
/// ```
/// use eu_celac_drugs::analysis::{INVOLVEMENT_TABLE_READS, involvement_table};
/// use eu_celac_drugs::snapshot;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let part = snapshot::from_bytes_only(&snapshot::to_bytes(report), INVOLVEMENT_TABLE_READS)?;
/// assert_eq!(involvement_table(&part, &Default::default()), involvement_table(report, &Default::default()));
/// # Ok::<(), eu_celac_drugs::snapshot::SnapshotError>(())
/// ```
pub const INVOLVEMENT_TABLE_READS: &[RecordKind] = &[
    RecordKind::Organisation,
    RecordKind::Project,
    RecordKind::TaskForce,
    RecordKind::BorderArea,
    RecordKind::Event,
    RecordKind::Participation,
    RecordKind::Seizure,
    RecordKind::Outcome,
    RecordKind::StatedList,
];

/// The involvement table: one row per country that passes `filter` and is involved or covered
/// by a claim on a whole bloc, ordered by score (highest first), then by English name. It counts
/// what [`involvements`](super::involvements) lists, by the same rules (see the
/// [module docs](super)), and — in a column of their own, outside the total and the score — the
/// [claims on a whole bloc](super::BlocClaim) that cover each country
/// ([`InvolvementRow::bloc_claims`]): a country the report names nowhere has a row with a total
/// of 0.
///
/// ```
/// use eu_celac_drugs::Country;
/// use eu_celac_drugs::analysis::{Filter, involvement_table};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let table = involvement_table(report, &Filter::default());
/// assert!(table.windows(2).all(|w| w[0].score() >= w[1].score()));
///
/// // EL PAcCTO's table counts the members of CLASI, its achievement, as indirect involvements.
/// let el_paccto = involvement_table(report, &Filter { programme: Some("el-paccto".into()), ..Filter::default() });
/// let chile = el_paccto.iter().find(|r| r.country() == Country::CL).unwrap();
/// assert_eq!(chile.indirect(), chile.total());
/// ```
#[must_use]
pub fn involvement_table<'d>(dataset: &'d Dataset, filter: &'d Filter) -> Vec<InvolvementRow> {
    // The index is needed only to place records in programmes; without a programme filter the
    // table is one pass over the records into per-country counters, with no per-record
    // allocation, hashing of ids (but for projects' kinds) or map insertion.
    let mut scope = filter.programme.as_deref().map(|wanted| ProgrammeScope {
        wanted,
        follow: filter.attribution,
        index: Index::new(dataset),
        cache: FastMap::default(),
    });
    // `None`: the record does not count; `Some(indirect)`: it counts, indirectly or not.
    let mut counts = |kind: RecordKind, id: &'d Id| -> Option<bool> {
        match scope.as_mut() {
            None => Some(false),
            Some(scope) => scope.attribution(kind, id).map(|a| a == Attribution::Indirect),
        }
    };
    let project_kinds = ProjectKinds::new(dataset);
    let authorities = national_authorities(dataset);
    let mut tally = Tally::default();
    let mut add = |country: Country, kind: InvolvementKind, role: Option<Role>, status: Status, indirect: bool| {
        if filter.accepts(country, status) {
            tally.add(country, kind, role, status, indirect);
        }
    };
    // The parties of events with places are noted in the same pass: their places then add no
    // second involvement (whatever the filter keeps).
    let mut parties = PlacedEventParties::new(dataset);
    for p in dataset.participations().iter() {
        if let Some((c, _)) = party_country(p.party(), &authorities) {
            let subject = p.subject();
            parties.note(c, subject);
            if let Some(indirect) = counts(subject.kind, &subject.id) {
                add(c, participation_kind(&project_kinds, subject, p.role()), Some(p.role()), p.status(), indirect);
            }
        }
    }
    for t in dataset.task_forces().iter() {
        if let Some(host) = t.host() {
            if let Some(indirect) = counts(RecordKind::TaskForce, t.id()) {
                add(host, InvolvementKind::TaskForce, Some(Role::Host), t.status(), indirect);
            }
        }
    }
    for b in dataset.border_areas().iter() {
        if let Some(indirect) = counts(RecordKind::BorderArea, b.id()) {
            for c in b.countries() {
                add(*c, InvolvementKind::BorderArea, None, Status::Active, indirect);
            }
        }
    }
    for e in dataset.events().iter() {
        let mut places =
            e.places().iter().filter_map(Place::country).filter(|c| !parties.contains(*c, e.id().as_str())).peekable();
        if places.peek().is_some() {
            if let Some(indirect) = counts(RecordKind::Event, e.id()) {
                for c in places {
                    add(c, InvolvementKind::Venue, None, e.status(), indirect);
                }
            }
        }
    }
    for s in dataset.seizures().iter() {
        if let Some(c) = s.place().and_then(Place::country) {
            if let Some(indirect) = counts(RecordKind::Seizure, s.id()) {
                add(c, InvolvementKind::ResultPlace, None, Status::Completed, indirect);
            }
        }
    }
    for o in dataset.outcomes().iter() {
        if let Some(c) = o.place().and_then(Place::country) {
            if let Some(indirect) = counts(RecordKind::Outcome, o.id()) {
                add(c, InvolvementKind::ResultPlace, None, Status::Completed, indirect);
            }
        }
    }
    // Claims on a whole bloc: a column of their own, for every member the filter keeps.
    for l in dataset.lists().iter().filter(|l| l.completeness() == Completeness::WholeBloc) {
        let Some(bloc) = l.bloc() else { continue };
        let status = status_of(dataset.get(l.of()));
        if counts(l.of().kind, &l.of().id).is_some() {
            for &country in bloc.members() {
                if filter.accepts(country, status) {
                    tally.add_claim(country);
                }
            }
        }
    }
    tally.into_rows()
}
