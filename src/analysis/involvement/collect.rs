//! The involvements of a dataset, one by one, with their programmes and quotes.

use crate::hash::FastMap;

use super::tally::ProjectKinds;
use super::{Involvement, InvolvementKind, participation_kind};
use crate::model::record::{RecordKind, Ref};
use crate::{Country, Dataset, Index, Organisation, OrganisationKind, Party, Place, Role, SourceRef, Status};

/// A set of countries, one bit each.
#[derive(Clone, Copy, Default)]
struct CountrySet([u64; Country::COUNT.div_ceil(64)]);

impl CountrySet {
    fn insert(&mut self, c: Country) {
        let i = c as usize;
        if let Some(word) = self.0.get_mut(i / 64) {
            *word |= 1 << (i % 64);
        }
    }

    fn contains(&self, c: Country) -> bool {
        let i = c as usize;
        self.0.get(i / 64).is_some_and(|word| word & (1 << (i % 64)) != 0)
    }
}

/// For each event that has places, the countries that already take part in it: their place
/// then adds no second involvement (a country hosting a mission it is the place of counts once).
pub(super) struct PlacedEventParties<'a>(FastMap<&'a str, CountrySet>);

impl<'a> PlacedEventParties<'a> {
    /// The events of `dataset` that have places, with no party yet.
    pub(super) fn new(dataset: &'a Dataset) -> Self {
        Self(
            dataset
                .events()
                .iter()
                .filter(|e| !e.places().is_empty())
                .map(|e| (e.id().as_str(), CountrySet::default()))
                .collect(),
        )
    }

    /// Notes that `country` takes part in `subject`, if it is an event with places.
    #[inline]
    pub(super) fn note(&mut self, country: Country, subject: &Ref) {
        if subject.kind == RecordKind::Event && !self.0.is_empty() {
            if let Some(set) = self.0.get_mut(subject.id.as_str()) {
                set.insert(country);
            }
        }
    }

    /// Whether `country` takes part in the event `event` (one with places).
    pub(super) fn contains(&self, country: Country, event: &str) -> bool {
        self.0.get(event).is_some_and(|set| set.contains(country))
    }
}

/// The parties of the events that have places, by event (see [`PlacedEventParties`]).
fn parties_of_placed_events<'a>(
    dataset: &'a Dataset,
    authorities: &FastMap<&str, (Country, &'a Organisation)>,
) -> PlacedEventParties<'a> {
    let mut parties = PlacedEventParties::new(dataset);
    for p in dataset.participations().iter() {
        if let Some((c, _)) = party_country(p.party(), authorities) {
            parties.note(c, p.subject());
        }
    }
    parties
}

/// The national authorities of a dataset (ministries with a country), by id: their
/// participations count for their country.
pub(super) fn national_authorities(dataset: &Dataset) -> FastMap<&str, (Country, &Organisation)> {
    dataset
        .organisations()
        .iter()
        .filter(|o| o.kind() == OrganisationKind::NationalAuthority)
        .filter_map(|o| o.country().map(|c| (o.id().as_str(), (c, o))))
        .collect()
}

/// The country a party counts for, and the national authority it acts through, if any.
#[inline]
pub(super) fn party_country<'a>(
    party: &Party,
    authorities: &FastMap<&str, (Country, &'a Organisation)>,
) -> Option<(Country, Option<&'a Organisation>)> {
    match party {
        Party::Country(c) => Some((*c, None)),
        Party::Organisation(id) if !authorities.is_empty() => authorities.get(id.as_str()).map(|(c, o)| (*c, Some(*o))),
        Party::Organisation(_) | Party::Body(_) => None,
    }
}

/// One involvement before its subject's label and programmes are looked up.
struct Raw<'a> {
    country: Country,
    kind: InvolvementKind,
    subject: Ref,
    role: Option<Role>,
    status: Status,
    ordinal: Option<u8>,
    as_written: Option<&'a str>,
    through: Option<&'a Organisation>,
    record: Ref,
    source: &'a SourceRef,
}

pub(super) fn collect<'a>(index: &Index<'a>, sink: &mut dyn FnMut(Involvement<'a>)) {
    let d = index.dataset();
    let project_kinds = ProjectKinds::new(d);
    let authorities = national_authorities(d);
    let mut push = |raw: Raw<'a>| {
        sink(Involvement {
            country: raw.country,
            kind: raw.kind,
            subject_label: index.label_of(&raw.subject),
            programmes: index.programme_links(&raw.subject),
            subject: raw.subject,
            role: raw.role,
            status: raw.status,
            ordinal: raw.ordinal,
            as_written: raw.as_written,
            through: raw.through,
            record: raw.record,
            source: raw.source,
        });
    };
    for p in d.participations().iter() {
        if let Some((country, through)) = party_country(p.party(), &authorities) {
            push(Raw {
                country,
                kind: participation_kind(&project_kinds, p.subject(), p.role()),
                subject: p.subject().clone(),
                role: Some(p.role()),
                status: p.status(),
                ordinal: p.ordinal(),
                as_written: Some(p.as_written()),
                through,
                record: Ref::new(RecordKind::Participation, p.id().clone()),
                source: p.source(),
            });
        }
    }
    for t in d.task_forces().iter() {
        if let Some(host) = t.host() {
            let me = Ref::new(RecordKind::TaskForce, t.id().clone());
            push(Raw {
                country: host,
                kind: InvolvementKind::TaskForce,
                subject: me.clone(),
                role: Some(Role::Host),
                status: t.status(),
                ordinal: None,
                as_written: t.as_written(),
                through: None,
                record: me,
                source: t.source(),
            });
        }
    }
    for b in d.border_areas().iter() {
        let me = Ref::new(RecordKind::BorderArea, b.id().clone());
        for c in b.countries() {
            push(Raw {
                country: *c,
                kind: InvolvementKind::BorderArea,
                subject: me.clone(),
                role: None,
                status: Status::Active,
                ordinal: None,
                as_written: None,
                through: None,
                record: me.clone(),
                source: b.source(),
            });
        }
    }
    let parties = parties_of_placed_events(d, &authorities);
    for e in d.events().iter() {
        let me = Ref::new(RecordKind::Event, e.id().clone());
        for place in e.places() {
            if let Some(c) = place.country().filter(|c| !parties.contains(*c, e.id().as_str())) {
                push(Raw {
                    country: c,
                    kind: InvolvementKind::Venue,
                    subject: me.clone(),
                    role: None,
                    status: e.status(),
                    ordinal: None,
                    as_written: Some(place.name()),
                    through: None,
                    record: me.clone(),
                    source: e.source(),
                });
            }
        }
    }
    let results = d
        .seizures()
        .iter()
        .map(|s| (s.place(), Ref::new(RecordKind::Seizure, s.id().clone()), s.source()))
        .chain(d.outcomes().iter().map(|o| (o.place(), Ref::new(RecordKind::Outcome, o.id().clone()), o.source())));
    for (place, me, source) in results {
        if let Some(c) = place.and_then(Place::country) {
            push(Raw {
                country: c,
                kind: InvolvementKind::ResultPlace,
                subject: me.clone(),
                role: None,
                status: Status::Completed,
                ordinal: None,
                as_written: place.map(Place::name),
                through: None,
                record: me,
                source,
            });
        }
    }
}
