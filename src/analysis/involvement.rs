//! Per-country involvement: every programme, project, body, presidency, task force, border
//! area, meeting role and venue a country holds, with role, status and the quote behind each.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

use strum::IntoEnumIterator;

use self::tally::{Counters, ProjectKinds, Tally, nonzero};
use crate::model::record::{RecordKind, Ref, code_enum};
use crate::{Bloc, Country, Dataset, Id, Index, Party, Programme, ProjectKind, Role, SourceRef, Status};

mod tally;

code_enum! {
    /// What a country is involved in.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::InvolvementKind;
    ///
    /// assert_eq!(InvolvementKind::TaskForce.to_string(), "task_force");
    /// ```
    #[derive(strum::EnumCount)]
    pub enum InvolvementKind {
        /// A programme or initiative as a whole.
        Programme,
        /// A phase of a programme or project.
        Phase,
        /// A project.
        Project,
        /// A sub-project, component or line of work of a programme.
        Component,
        /// A named operation.
        Operation,
        /// A working group.
        WorkingGroup,
        /// A network.
        Network,
        /// A committee.
        Committee,
        /// A work area of a committee or component.
        WorkArea,
        /// A presidency (of a committee).
        Presidency,
        /// A task force the country hosts.
        TaskForce,
        /// A border area the country is part of.
        BorderArea,
        /// A meeting's co-chair.
        MeetingCoChair,
        /// A meeting's co-presidency.
        MeetingCoPresidency,
        /// Another role at an event (organiser, host, speaker…).
        Event,
        /// A document the country signed or took part in.
        Document,
        /// An organisation's work.
        Organisation,
        /// The place of an event (a city or country where it took place), where the country has no
        /// other part in the event: a country hosting a mission in its own territory counts once.
        Venue,
        /// The place of a seizure or other result.
        ResultPlace,
    }
}

/// One involvement of one country: what, in which role and status, and the quote behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Involvement<'a> {
    /// The country (or territory).
    pub country: Country,
    /// What kind of involvement it is.
    pub kind: InvolvementKind,
    /// What the country is involved in.
    pub subject: Ref,
    /// A short label of the subject ("AIRCOP", "CLASI").
    pub subject_label: &'a str,
    /// The programme the subject belongs to, if any.
    pub programme: Option<&'a Programme>,
    /// The role, where the report gives one (a venue has none).
    pub role: Option<Role>,
    /// The status.
    pub status: Status,
    /// The order, where the report gives one (presidencies).
    pub ordinal: Option<u8>,
    /// The country's name as the report writes it here, where the record keeps it.
    pub as_written: Option<&'a str>,
    /// The record that states the involvement.
    pub record: Ref,
    /// Where the report states it.
    pub source: &'a SourceRef,
}

code_enum! {
    /// Which countries a table keeps, by bloc.
    pub enum BlocFilter {
        /// CELAC members only.
        Celac,
        /// EU member states only.
        Eu,
        /// Countries and territories in neither bloc.
        Other,
    }
}

impl BlocFilter {
    /// Whether `country` passes the filter.
    #[must_use]
    pub fn accepts(self, country: Country) -> bool {
        match self {
            Self::Celac => country.is_member(Bloc::Celac),
            Self::Eu => country.is_member(Bloc::Eu),
            Self::Other => !country.is_member(Bloc::Celac) && !country.is_member(Bloc::Eu),
        }
    }
}

code_enum! {
    /// Which statuses a table keeps.
    #[derive(Default)]
    pub enum StatusFilter {
        /// Present and past facts only ([`Status::is_active`]).
        ActiveOnly,
        /// Also prospects: under establishment, planned, expected, potential, applicant,
        /// interested, assessed, possible later inclusion.
        #[default]
        IncludingProspective,
    }
}

/// The filters of an involvement table. The default keeps every country and status.
///
/// ```
/// use eu_celac_drugs::analysis::{BlocFilter, Filter, StatusFilter};
///
/// let filter = Filter { bloc: Some(BlocFilter::Celac), statuses: StatusFilter::ActiveOnly, programme: None };
/// assert_ne!(filter, Filter::default());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Keep only the countries of this bloc (or of neither).
    pub bloc: Option<BlocFilter>,
    /// Keep only these statuses.
    pub statuses: StatusFilter,
    /// Keep only involvements in this programme (its id), including its phases, projects and bodies.
    pub programme: Option<String>,
}

impl Filter {
    fn accepts(&self, country: Country, status: Status) -> bool {
        self.bloc.is_none_or(|b| b.accepts(country))
            && (self.statuses == StatusFilter::IncludingProspective || status.is_active())
    }
}

/// The weight of a role in the involvement score (see [`InvolvementRow::score`]).
#[must_use]
pub const fn role_weight(role: Option<Role>) -> u32 {
    match role {
        Some(r) if r.is_leadership() => 3,
        Some(_) => 2,
        None => 1,
    }
}

/// The weight of a status in the involvement score (see [`InvolvementRow::score`]).
#[must_use]
pub const fn status_weight(status: Status) -> u32 {
    if status.is_active() { 2 } else { 1 }
}

/// One country's line in the involvement table: counts by kind, role and status, and a score.
///
/// The counts are kept in arrays; the maps [`by_role`](Self::by_role) and
/// [`by_status`](Self::by_status) return are built on first use, so that a table costs no
/// allocation per row.
#[derive(Clone)]
pub struct InvolvementRow {
    counts: Counters,
    roles: OnceLock<BTreeMap<Role, u32>>,
    statuses: OnceLock<BTreeMap<Status, u32>>,
}

impl PartialEq for InvolvementRow {
    fn eq(&self, other: &Self) -> bool {
        self.counts == other.counts
    }
}

impl Eq for InvolvementRow {}

impl fmt::Debug for InvolvementRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InvolvementRow")
            .field("country", &self.counts.country)
            .field("kinds", &self.by_kind().collect::<Vec<_>>())
            .field("roles", self.by_role())
            .field("statuses", self.by_status())
            .field("total", &self.counts.total)
            .field("score", &self.counts.score)
            .finish()
    }
}

impl InvolvementRow {
    /// The country.
    #[must_use]
    pub fn country(&self) -> Country {
        self.counts.country
    }

    /// How many involvements the country has in all.
    #[must_use]
    pub fn total(&self) -> u32 {
        self.counts.total
    }

    /// How many involvements of `kind`.
    #[must_use]
    pub fn count(&self, kind: InvolvementKind) -> u32 {
        self.counts.kinds.get(kind as usize).copied().unwrap_or(0)
    }

    /// The counts by kind, for the kinds the country has.
    pub fn by_kind(&self) -> impl Iterator<Item = (InvolvementKind, u32)> + '_ {
        InvolvementKind::iter().map(|k| (k, self.count(k))).filter(|(_, n)| *n > 0)
    }

    /// The counts by role.
    #[must_use]
    pub fn by_role(&self) -> &BTreeMap<Role, u32> {
        self.roles.get_or_init(|| nonzero(Role::iter(), |r| r as usize, &self.counts.roles))
    }

    /// The counts by status.
    #[must_use]
    pub fn by_status(&self) -> &BTreeMap<Status, u32> {
        self.statuses.get_or_init(|| nonzero(Status::iter(), |s| s as usize, &self.counts.statuses))
    }

    /// The involvement score: the sum, over the country's involvements, of a role weight times
    /// a status weight. Role weight: 3 for leading or presiding roles (lead, co-lead, co-chair,
    /// presidency, co-presidency, coordinator), 2 for any other stated role (member, partner,
    /// in scope, host of a task force…), 1 where the report gives no role (a venue, a border
    /// area, the place of a seizure). Status weight: 2 for present or past facts (active,
    /// operational, ongoing, completed), 1 for prospects.
    #[must_use]
    pub fn score(&self) -> u32 {
        self.counts.score
    }
}

/// The kind of involvement a participation amounts to.
fn participation_kind(project_kinds: &ProjectKinds<'_>, subject: &Ref, role: Role) -> InvolvementKind {
    match (role, subject.kind) {
        (Role::Presidency, _) => InvolvementKind::Presidency,
        (Role::CoChair, RecordKind::Event) => InvolvementKind::MeetingCoChair,
        (Role::CoPresidency, RecordKind::Event) => InvolvementKind::MeetingCoPresidency,
        (_, RecordKind::Programme) => InvolvementKind::Programme,
        (_, RecordKind::Phase) => InvolvementKind::Phase,
        (_, RecordKind::Project) => match project_kinds.get(subject.id.as_str()) {
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
    }
}

/// Every involvement of every country in `dataset`, in table order (participations, task
/// forces, border areas, event venues, places of seizures and results).
///
/// ```
/// use eu_celac_drugs::Country;
/// use eu_celac_drugs::analysis::{InvolvementKind, involvements};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let all = involvements(report);
/// assert!(all.iter().any(|i| i.country == Country::JM && i.kind == InvolvementKind::TaskForce));
/// ```
#[must_use]
pub fn involvements(dataset: &Dataset) -> Vec<Involvement<'_>> {
    let index = Index::new(dataset);
    let mut out = Vec::new();
    collect(&index, &mut |i| out.push(i));
    out
}

/// Every involvement of one country, with the quote behind each.
///
/// ```
/// use eu_celac_drugs::{Country, Role, Status};
/// use eu_celac_drugs::analysis::involvements_of;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let peru = involvements_of(report, Country::PE);
/// assert!(peru.iter().any(|i| i.role == Some(Role::Member) && i.status == Status::Applicant));
/// assert!(peru.iter().all(|i| !i.source.quote().is_empty()));
/// ```
#[must_use]
pub fn involvements_of(dataset: &Dataset, country: Country) -> Vec<Involvement<'_>> {
    let index = Index::new(dataset);
    let mut out = Vec::new();
    collect(&index, &mut |i| {
        if i.country == country {
            out.push(i);
        }
    });
    out
}

/// The (country, event) pairs where the country already takes part in an event that has
/// places: its place then adds no second involvement (a country hosting a mission it is the
/// place of counts once).
fn parties_of_placed_events(dataset: &Dataset) -> HashSet<(Country, &str)> {
    let placed: HashSet<&str> =
        dataset.events().iter().filter(|e| !e.places().is_empty()).map(|e| e.id().as_str()).collect();
    let mut parties = HashSet::new();
    if placed.is_empty() {
        return parties;
    }
    for p in dataset.participations().iter() {
        if let (Party::Country(c), RecordKind::Event) = (p.party(), p.subject().kind) {
            if placed.contains(p.subject().id.as_str()) {
                parties.insert((*c, p.subject().id.as_str()));
            }
        }
    }
    parties
}

fn collect<'a>(index: &Index<'a>, sink: &mut dyn FnMut(Involvement<'a>)) {
    let d = index.dataset();
    let project_kinds = ProjectKinds::new(d);
    let mut push = |country: Country,
                    kind: InvolvementKind,
                    subject: Ref,
                    role: Option<Role>,
                    status: Status,
                    ordinal: Option<u8>,
                    as_written: Option<&'a str>,
                    record: Ref,
                    source: &'a SourceRef| {
        sink(Involvement {
            country,
            kind,
            subject_label: index.label_of(&subject),
            programme: index.programme_of(&subject),
            subject,
            role,
            status,
            ordinal,
            as_written,
            record,
            source,
        });
    };
    for p in d.participations().iter() {
        if let Party::Country(c) = p.party() {
            let kind = participation_kind(&project_kinds, p.subject(), p.role());
            push(
                *c,
                kind,
                p.subject().clone(),
                Some(p.role()),
                p.status(),
                p.ordinal(),
                Some(p.as_written()),
                Ref::new(RecordKind::Participation, p.id().clone()),
                p.source(),
            );
        }
    }
    for t in d.task_forces().iter() {
        if let Some(host) = t.host() {
            let me = Ref::new(RecordKind::TaskForce, t.id().clone());
            push(
                host,
                InvolvementKind::TaskForce,
                me.clone(),
                Some(Role::Host),
                t.status(),
                None,
                t.as_written(),
                me,
                t.source(),
            );
        }
    }
    for b in d.border_areas().iter() {
        let me = Ref::new(RecordKind::BorderArea, b.id().clone());
        for c in b.countries() {
            push(*c, InvolvementKind::BorderArea, me.clone(), None, Status::Active, None, None, me.clone(), b.source());
        }
    }
    let parties = parties_of_placed_events(d);
    for e in d.events().iter() {
        let me = Ref::new(RecordKind::Event, e.id().clone());
        for place in e.places() {
            if let Some(c) = place.country().filter(|c| !parties.contains(&(*c, e.id().as_str()))) {
                push(
                    c,
                    InvolvementKind::Venue,
                    me.clone(),
                    None,
                    e.status(),
                    None,
                    Some(place.name()),
                    me.clone(),
                    e.source(),
                );
            }
        }
    }
    for s in d.seizures().iter() {
        if let Some(c) = s.place().and_then(crate::Place::country) {
            let me = Ref::new(RecordKind::Seizure, s.id().clone());
            let name = s.place().map(crate::Place::name);
            push(c, InvolvementKind::ResultPlace, me.clone(), None, Status::Completed, None, name, me, s.source());
        }
    }
    for o in d.outcomes().iter() {
        if let Some(c) = o.place().and_then(crate::Place::country) {
            let me = Ref::new(RecordKind::Outcome, o.id().clone());
            let name = o.place().map(crate::Place::name);
            push(c, InvolvementKind::ResultPlace, me.clone(), None, Status::Completed, None, name, me, o.source());
        }
    }
}

/// The involvement table: one row per involved country that passes `filter`, ordered by
/// score (highest first), then by English name.
///
/// ```
/// use eu_celac_drugs::analysis::{Filter, involvement_table};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let table = involvement_table(report, &Filter::default());
/// assert!(table.windows(2).all(|w| w[0].score() >= w[1].score()));
/// ```
#[must_use]
pub fn involvement_table(dataset: &Dataset, filter: &Filter) -> Vec<InvolvementRow> {
    // The index is needed only to place records in programmes; without a programme filter the
    // table is one pass over the records into per-country counters, with no per-record
    // allocation, hashing of ids (but for projects' kinds) or map insertion.
    let programme = filter.programme.as_deref().map(|id| (id, Index::new(dataset)));
    let in_programme = |kind: RecordKind, id: &Id| match &programme {
        None => true,
        Some((wanted, index)) => {
            index.programme_of(&Ref::new(kind, id.clone())).is_some_and(|p| p.id().as_str() == *wanted)
        }
    };
    let in_programme_ref = |r: &Ref| in_programme(r.kind, &r.id);
    let project_kinds = ProjectKinds::new(dataset);
    let mut tally = Tally::default();
    let mut add = |country: Country, kind: InvolvementKind, role: Option<Role>, status: Status| {
        if filter.accepts(country, status) {
            tally.add(country, kind, role, status);
        }
    };
    for p in dataset.participations().iter() {
        if let Party::Country(c) = p.party() {
            if in_programme_ref(p.subject()) {
                add(*c, participation_kind(&project_kinds, p.subject(), p.role()), Some(p.role()), p.status());
            }
        }
    }
    for t in dataset.task_forces().iter() {
        if let Some(host) = t.host() {
            if in_programme_ref(t.of()) {
                add(host, InvolvementKind::TaskForce, Some(Role::Host), t.status());
            }
        }
    }
    for b in dataset.border_areas().iter() {
        if in_programme_ref(b.of()) {
            for c in b.countries() {
                add(*c, InvolvementKind::BorderArea, None, Status::Active);
            }
        }
    }
    let parties = parties_of_placed_events(dataset);
    for e in dataset.events().iter() {
        let mut places = e
            .places()
            .iter()
            .filter_map(crate::Place::country)
            .filter(|c| !parties.contains(&(*c, e.id().as_str())))
            .peekable();
        if places.peek().is_some() && in_programme(RecordKind::Event, e.id()) {
            for c in places {
                add(c, InvolvementKind::Venue, None, e.status());
            }
        }
    }
    for s in dataset.seizures().iter() {
        if let Some(c) = s.place().and_then(crate::Place::country) {
            if in_programme(RecordKind::Seizure, s.id()) {
                add(c, InvolvementKind::ResultPlace, None, Status::Completed);
            }
        }
    }
    for o in dataset.outcomes().iter() {
        if let Some(c) = o.place().and_then(crate::Place::country) {
            if in_programme(RecordKind::Outcome, o.id()) {
                add(c, InvolvementKind::ResultPlace, None, Status::Completed);
            }
        }
    }
    tally.into_rows()
}

/// How CELAC's 33 members appear in a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CelacCoverage<'a> {
    /// Members with at least one present or past involvement.
    pub active: Vec<Country>,
    /// Members that appear only as potential, applicant, interested, assessed for inclusion,
    /// possible later inclusion, planned or under establishment — with those involvements.
    pub prospective_only: Vec<(Country, Vec<Involvement<'a>>)>,
    /// Members that appear nowhere.
    pub absent: Vec<Country>,
}

/// Which CELAC members appear nowhere, and which appear only as prospects.
///
/// ```
/// use eu_celac_drugs::Country;
/// use eu_celac_drugs::analysis::celac_coverage;
///
/// let coverage = celac_coverage(eu_celac_drugs::report_2021_2022());
/// assert_eq!(coverage.active.len() + coverage.prospective_only.len() + coverage.absent.len(), 33);
/// assert!(coverage.active.contains(&Country::AR));
/// ```
#[must_use]
pub fn celac_coverage(dataset: &Dataset) -> CelacCoverage<'_> {
    let all = involvements(dataset);
    let mut coverage = CelacCoverage { active: Vec::new(), prospective_only: Vec::new(), absent: Vec::new() };
    for &country in Bloc::Celac.members() {
        let mine: Vec<Involvement<'_>> = all.iter().filter(|i| i.country == country).cloned().collect();
        if mine.is_empty() {
            coverage.absent.push(country);
        } else if mine.iter().any(|i| i.status.is_active()) {
            coverage.active.push(country);
        } else {
            coverage.prospective_only.push((country, mine));
        }
    }
    coverage
}
