//! Per-country involvement: every programme, project, body, presidency, task force, border
//! area, meeting role and venue a country holds, with role, status and the quote behind each.
//!
//! # The rules
//! - **Who.** A participation counts for its party when the party is a country, and for the
//!   country of a national authority (a ministry: [`OrganisationKind::NationalAuthority`](crate::OrganisationKind::NationalAuthority) with a
//!   country) when the party is one: "the Ministry of Foreign Affairs of Brazil … has already shared
//!   the draft text" is Brazil's involvement, with [`Involvement::through`] naming the ministry.
//!   National agencies (FIIAPP, GIZ, Expertise France) act on their own account and count for no
//!   country. Task forces count for their host, border areas for their countries, events for the
//!   countries they took place in (unless the country already takes part in the event), seizures
//!   and other results for the country of their place.
//! - **For which programme.** An involvement counts for every programme its subject counts for
//!   ([`Index::programme_links`]): directly for the programme the subject stands in, indirectly for
//!   a programme whose result or work the report presents the subject as — CLASI's members count
//!   for EL PAcCTO, marked [`Attribution::Indirect`], because "an important achievement of the
//!   programme is the establishment of CLASI". [`Filter::attribution`] keeps or drops the indirect
//!   ones.
//! - **Claims on a whole bloc count apart.** "COPOLAD is the only EU-funded programme covering the
//!   entire CELAC region" names no country, yet covers all 33 CELAC members. Such a claim (a stated
//!   list of [`Completeness::WholeBloc`](crate::Completeness::WholeBloc)) is a [`BlocClaim`]: never an
//!   [`Involvement`], never in an involvement's total or score, but reported beside them — in the
//!   table's own column ([`InvolvementRow::bloc_claims`]), as the attribution
//!   [`Attribution::BlocWide`] in [`programmes_of`], as the claims covering the members in
//!   [`celac_coverage`], and per country by [`bloc_claims_of`].

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use self::tally::{Counters, ProjectKinds, nonzero};
use crate::model::record::{RecordKind, Ref, code_enum};
use crate::{
    Attribution, Bloc, Country, Dataset, Index, Organisation, Programme, ProgrammeLink, ProjectKind, Role, SourceRef,
    Status,
};

mod claims;
mod collect;
mod programmes;
mod table;
mod tally;

pub use claims::{BlocClaim, bloc_claims, bloc_claims_of};
pub use programmes::{CountryProgramme, programmes_of};
pub use table::{INVOLVEMENT_TABLE_READS, involvement_table};

code_enum! {
    /// What a country is involved in.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::InvolvementKind;
    ///
    /// assert_eq!(InvolvementKind::TaskForce.to_string(), "task_force");
    /// ```
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
    /// A label of the subject for readers ("AIRCOP", "CLASI", "SEACOP Phase V").
    pub subject_label: Cow<'a, str>,
    /// The programmes the subject counts for, direct first, then indirect (see the module docs).
    pub programmes: Vec<ProgrammeLink<'a>>,
    /// The role, where the report gives one (a venue has none).
    pub role: Option<Role>,
    /// The status.
    pub status: Status,
    /// The order, where the report gives one (presidencies).
    pub ordinal: Option<u8>,
    /// The country's name as the report writes it here, where the record keeps it.
    pub as_written: Option<&'a str>,
    /// The national authority through which the country takes part, where the party is one
    /// ("the Ministry of Foreign Affairs of Brazil"; serialized as its id).
    #[cfg_attr(feature = "serde", serde(serialize_with = "organisation_id"))]
    pub through: Option<&'a Organisation>,
    /// The record that states the involvement.
    pub record: Ref,
    /// Where the report states it.
    pub source: &'a SourceRef,
}

#[cfg(feature = "serde")]
fn organisation_id<S: serde::Serializer>(o: &Option<&Organisation>, s: S) -> Result<S::Ok, S::Error> {
    match o {
        Some(o) => s.serialize_some(o.id().as_str()),
        None => s.serialize_none(),
    }
}

impl<'a> Involvement<'a> {
    /// The programme the subject stands in (its direct programme), if any.
    ///
    /// ```
    /// use eu_celac_drugs::Country;
    /// use eu_celac_drugs::analysis::involvements_of;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let jamaica = involvements_of(report, Country::JM);
    /// assert!(jamaica.iter().any(|i| i.programme().is_some_and(|p| p.id() == "gifp")));
    /// ```
    #[must_use]
    pub fn programme(&self) -> Option<&'a Programme> {
        self.programmes.iter().find(|l| l.attribution == Attribution::Direct).map(|l| l.programme)
    }

    /// How this involvement counts for the programme with id `programme`, if it does.
    ///
    /// ```
    /// use eu_celac_drugs::{Attribution, Country};
    /// use eu_celac_drugs::analysis::involvements_of;
    ///
    /// // Chile is a member of CLASI, which the report presents as EL PAcCTO's achievement.
    /// let chile = involvements_of(eu_celac_drugs::report_2021_2022(), Country::CL);
    /// assert!(chile.iter().any(|i| i.attribution_to("el-paccto") == Some(Attribution::Indirect)));
    /// ```
    #[must_use]
    pub fn attribution_to(&self, programme: &str) -> Option<Attribution> {
        self.programmes.iter().find(|l| l.programme.id() == programme).map(|l| l.attribution)
    }
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

code_enum! {
    /// Which programme links a programme filter follows (see [`Index::programme_links`]).
    #[derive(Default)]
    pub enum AttributionFilter {
        /// Only what stands within the programme: its phases, projects, bodies, events.
        DirectOnly,
        /// Also what the report presents as the programme's result or work (CLASI for EL PAcCTO),
        /// counted and marked as indirect.
        #[default]
        IncludingIndirect,
    }
}

/// The filters of an involvement table. The default keeps every country and status.
///
/// ```
/// use eu_celac_drugs::analysis::{AttributionFilter, BlocFilter, Filter, StatusFilter};
///
/// let filter = Filter {
///     bloc: Some(BlocFilter::Celac),
///     statuses: StatusFilter::ActiveOnly,
///     programme: Some("el-paccto".into()),
///     attribution: AttributionFilter::DirectOnly,
/// };
/// assert_ne!(filter, Filter::default());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Keep only the countries of this bloc (or of neither).
    pub bloc: Option<BlocFilter>,
    /// Keep only these statuses.
    pub statuses: StatusFilter,
    /// Keep only involvements that count for this programme (its id): in it, its phases,
    /// projects and bodies, and — unless `attribution` says otherwise — its results.
    pub programme: Option<String>,
    /// With a programme: whether indirect links count.
    pub attribution: AttributionFilter,
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

    /// How many of them count for the filtered programme only indirectly, as its result or work
    /// (0 without a programme filter).
    #[must_use]
    pub fn indirect(&self) -> u32 {
        self.counts.indirect
    }

    /// How many claims on a whole bloc cover the country without naming it ([`BlocClaim`]: "the
    /// entire CELAC region"), kept apart: they are not in [`total`](Self::total) nor in
    /// [`score`](Self::score). A country the report names nowhere has a row with a total of 0
    /// when such a claim covers it.
    ///
    /// ```
    /// use eu_celac_drugs::Country;
    /// use eu_celac_drugs::analysis::{Filter, involvement_table};
    ///
    /// let table = involvement_table(eu_celac_drugs::report_2021_2022(), &Filter::default());
    /// let haiti = table.iter().find(|r| r.country() == Country::HT).unwrap();
    /// assert_eq!((haiti.total(), haiti.score()), (0, 0));
    /// assert!(haiti.bloc_claims() > 0);
    /// ```
    #[must_use]
    pub fn bloc_claims(&self) -> u32 {
        self.counts.claims
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
    collect::collect(&index, &mut |i| out.push(i));
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
    collect::collect(&index, &mut |i| {
        if i.country == country {
            out.push(i);
        }
    });
    out
}

/// How CELAC's 33 members appear in a dataset: named with a present or past involvement, named
/// only as prospects, or named nowhere — and the claims on the whole of CELAC that cover every
/// member, named or not.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CelacCoverage<'a> {
    /// Members named with at least one present or past involvement.
    pub active: Vec<Country>,
    /// Members named only as potential, applicant, interested, assessed for inclusion, possible
    /// later inclusion, planned or under establishment — with those involvements.
    pub prospective_only: Vec<(Country, Vec<Involvement<'a>>)>,
    /// Members the report names nowhere: no involvement of any kind. The claims in
    /// [`bloc_claims`](Self::bloc_claims) still cover them.
    pub unnamed: Vec<Country>,
    /// The claims that cover the whole of CELAC without naming its members ("COPOLAD is the only
    /// EU-funded programme covering the entire CELAC region"), counted apart from the members
    /// named.
    pub bloc_claims: Vec<BlocClaim<'a>>,
}

/// Which CELAC members the report names, and how; which it names nowhere; and which claims
/// cover the whole of CELAC without naming its members.
///
/// ```
/// use eu_celac_drugs::Country;
/// use eu_celac_drugs::analysis::celac_coverage;
///
/// let coverage = celac_coverage(eu_celac_drugs::report_2021_2022());
/// assert_eq!(coverage.active.len() + coverage.prospective_only.len() + coverage.unnamed.len(), 33);
/// assert!(coverage.active.contains(&Country::AR));
/// // Haiti: named nowhere, covered by COPOLAD's claim to cover the entire CELAC region.
/// assert!(coverage.unnamed.contains(&Country::HT));
/// assert!(coverage.bloc_claims.iter().any(|c| c.label == "the entire CELAC region"));
/// ```
#[must_use]
pub fn celac_coverage(dataset: &Dataset) -> CelacCoverage<'_> {
    let all = involvements(dataset);
    let mut coverage = CelacCoverage {
        active: Vec::new(),
        prospective_only: Vec::new(),
        unnamed: Vec::new(),
        bloc_claims: bloc_claims(dataset).into_iter().filter(|c| c.bloc == Bloc::Celac).collect(),
    };
    for &country in Bloc::Celac.members() {
        let mine: Vec<Involvement<'_>> = all.iter().filter(|i| i.country == country).cloned().collect();
        if mine.is_empty() {
            coverage.unnamed.push(country);
        } else if mine.iter().any(|i| i.status.is_active()) {
            coverage.active.push(country);
        } else {
            coverage.prospective_only.push((country, mine));
        }
    }
    coverage
}
