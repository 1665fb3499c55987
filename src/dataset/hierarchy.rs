//! What stands under a record: its phases, projects, components, bodies, events and results —
//! and [`Found`], the answer of a query that walks down to them.
//!
//! A question about a record is asked of everything under it too: "which meetings discussed
//! COPOLAD?" includes the meeting that discussed "COPOLAD III", its phase. Each answer says which
//! record it is directly about ([`Found::at`]) and how far below the record asked about that
//! one stands ([`Found::depth`]).

use crate::hash::FastMap;
use std::ops::Deref;

use crate::model::record::{RecordKind, Ref};
use crate::{Dataset, Id, Participation, Party, Role, SourceRef, Statement, StatementKind, Status, When};

/// One answer of a query that walks down the hierarchy ([`Dataset::statements_about`],
/// [`Dataset::statements_of`], [`Dataset::participations_in`], [`Dataset::with_role`]…): the
/// record found, the record of the hierarchy it is directly of, about or in ([`at`](Self::at)),
/// and how far below the record asked about that one stands ([`depth`](Self::depth)).
///
/// It reads as the record it holds: a `Found<'_, Statement>` has the statement's getters
/// (`found.text()`, `found.kind()`, `found.of()`, borrowing the dataset, not the answer), and so
/// has a `Found<'_, Participation>`; any other method of the record is reached through `Deref`
/// or the [`record`](Self::record) field.
///
/// ```
/// use eu_celac_drugs::ids;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// // Which meetings discussed COPOLAD? Both Technical Committee meetings: the one of 4 May 2022
/// // discussed COPOLAD itself, the one of 26 October 2021 its phase, COPOLAD III.
/// let meetings: Vec<(&str, &str, usize)> = report
///     .discussions_about(&ids::COPOLAD)
///     .map(|found| (found.of().id.as_str(), found.at.id.as_str(), found.depth))
///     .collect();
/// assert!(meetings.contains(&("tc-2022-05-04", "copolad", 0)));
/// assert!(meetings.contains(&("tc-2021-10-26", "copolad.iii", 1)));
/// ```
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Found<'a, T> {
    /// The record found.
    pub record: &'a T,
    /// The record of the hierarchy it is directly of, about or in: the record asked about, or one
    /// under it (a statement's `of`, a participation's subject; for a statement about several
    /// records, the one nearest the record asked about).
    pub at: &'a Ref,
    /// How far below the record asked about [`at`](Self::at) stands: 0 for the record
    /// itself, 1 for its phases, projects, bodies and events, 2 for theirs…
    pub depth: usize,
}

impl<T> Clone for Found<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Found<'_, T> {}

impl<T> Found<'_, T> {
    /// Whether the record found is about the record asked about itself, not one under it.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let direct = report.statements_about("copolad").filter(|s| s.is_direct()).count();
    /// assert_eq!(direct, report.statements_about_exactly("copolad").count());
    /// ```
    #[must_use]
    pub fn is_direct(&self) -> bool {
        self.depth == 0
    }
}

/// The getters of a record, answered from the dataset (lifetime `'a`) rather than from the
/// [`Found`] that holds it, so that `found.text()` can outlive `found`.
macro_rules! forward {
    ($ty:ident { $( $(#[$doc:meta])* $name:ident -> $ret:ty ),* $(,)? }) => {
        impl<'a> Found<'a, $ty> {
            $(
                $(#[$doc])*
                #[must_use]
                pub fn $name(&self) -> $ret {
                    self.record.$name()
                }
            )*
        }
    };
}

forward!(Statement {
    /// The statement's id.
    id -> &'a Id,
    /// What the statement is about (its subject).
    of -> &'a Ref,
    /// What question it answers.
    kind -> StatementKind,
    /// The answer in the report's words.
    text -> &'a str,
    /// The records the words concern.
    about -> &'a [Ref],
    /// Where the report makes it.
    source -> &'a SourceRef,
});

forward!(Participation {
    /// The participation's id.
    id -> &'a Id,
    /// Who takes part.
    party -> &'a Party,
    /// What the party takes part in.
    subject -> &'a Ref,
    /// In which role.
    role -> Role,
    /// With which status.
    status -> Status,
    /// The order, where the report gives one.
    ordinal -> Option<u8>,
    /// The party's name as the report writes it here.
    as_written -> &'a str,
    /// When, if stated.
    period -> Option<When>,
    /// Where the report states it.
    source -> &'a SourceRef,
});

impl<T> Deref for Found<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.record
    }
}

/// The record asked about and every record under it, each with its depth (0 for the record).
pub(crate) struct Family<'a> {
    depths: FastMap<&'a str, usize>,
}

impl<'a> Family<'a> {
    /// The depth of the record with this id below the record asked about, if it stands under it
    /// (or is it).
    pub(crate) fn depth(&self, id: &str) -> Option<usize> {
        self.depths.get(id).copied()
    }

    /// The reference among `refs` that is nearest the record asked about, with its depth.
    pub(crate) fn nearest<'r>(&self, refs: &'r [Ref]) -> Option<(&'r Ref, usize)> {
        refs.iter().filter_map(|r| self.depth(r.id.as_str()).map(|d| (r, d))).min_by_key(|(_, d)| *d)
    }
}

/// Every link from a record to the record it stands under, as `(parent id, child)`: the
/// structure of the dataset. A project stands under its parent project, or else its programme; a
/// seizure under its operation, or else its project, or else its programme; results, budgets and events under what they are
/// of; a stated list under what it lists; an organisation under its parent organisation.
/// Participations, statements and relations say something *about* a record and stand under
/// nothing.
fn structure(dataset: &Dataset) -> impl Iterator<Item = (&Id, Ref)> {
    fn up<'a>(parent: Option<&'a Ref>, kind: RecordKind, id: &Id) -> Option<(&'a Id, Ref)> {
        parent.map(|p| (&p.id, Ref::new(kind, id.clone())))
    }
    let d = dataset;
    let phases = d.phases.iter().filter_map(|x| up(Some(&x.of), RecordKind::Phase, &x.id));
    let projects = d
        .projects
        .iter()
        .map(|x| (x.parent.as_ref().unwrap_or(&x.programme), Ref::new(RecordKind::Project, x.id.clone())));
    let operations = d.operations.iter().filter_map(|x| up(Some(&x.of), RecordKind::Operation, &x.id));
    let groups = d.working_groups.iter().filter_map(|x| up(Some(&x.of), RecordKind::WorkingGroup, &x.id));
    let networks = d.networks.iter().filter_map(|x| up(x.of.as_ref(), RecordKind::Network, &x.id));
    let committees = d.committees.iter().filter_map(|x| up(x.of.as_ref(), RecordKind::Committee, &x.id));
    let areas = d.work_areas.iter().filter_map(|x| up(Some(&x.of), RecordKind::WorkArea, &x.id));
    let forces = d.task_forces.iter().filter_map(|x| up(Some(&x.of), RecordKind::TaskForce, &x.id));
    let borders = d.border_areas.iter().filter_map(|x| up(Some(&x.of), RecordKind::BorderArea, &x.id));
    let events = d.events.iter().filter_map(|x| up(x.of.as_ref(), RecordKind::Event, &x.id));
    let organisations = d
        .organisations
        .iter()
        .filter_map(|x| x.parent.as_ref().map(|p| (p, Ref::new(RecordKind::Organisation, x.id.clone()))));
    let seizures = d.seizures.iter().filter_map(|x| {
        let parent = x.operation.as_ref().or(x.project.as_ref()).or(x.programme.as_ref());
        parent.map(|p| (p, Ref::new(RecordKind::Seizure, x.id.clone())))
    });
    let outcomes = d.outcomes.iter().filter_map(|x| up(Some(&x.of), RecordKind::Outcome, &x.id));
    let budgets = d.budgets.iter().filter_map(|x| up(Some(&x.of), RecordKind::Budget, &x.id));
    let lists = d.lists.iter().filter_map(|x| up(Some(&x.of), RecordKind::StatedList, &x.id));
    phases
        .chain(projects)
        .chain(operations)
        .chain(groups)
        .chain(networks)
        .chain(committees)
        .chain(areas)
        .chain(forces)
        .chain(borders)
        .chain(events)
        .chain(organisations)
        .chain(seizures)
        .chain(outcomes)
        .chain(budgets)
        .chain(lists)
}

/// How deep a hierarchy is followed (a hand-built dataset may have a cycle).
const MAX_DEPTH: usize = 32;

impl Dataset {
    /// The record with this id and everything under it, each with its depth.
    pub(crate) fn family<'a>(&'a self, id: &str) -> Family<'a> {
        let mut depths: FastMap<&'a str, usize> = FastMap::default();
        let Some(root) = self.record(id) else { return Family { depths } };
        depths.insert(root.id().as_str(), 0);
        let mut children: FastMap<&'a str, Vec<Ref>> = FastMap::default();
        for (parent, child) in structure(self) {
            children.entry(parent.as_str()).or_default().push(child);
        }
        let mut frontier: Vec<&'a str> = vec![root.id().as_str()];
        for depth in 1..=MAX_DEPTH {
            let mut next = Vec::new();
            for parent in frontier {
                for child in children.get(parent).into_iter().flatten() {
                    // the child's id borrowed from the dataset, not from the map being read
                    let Some(record) = self.get(child) else { continue };
                    let id = record.id().as_str();
                    if !depths.contains_key(id) {
                        depths.insert(id, depth);
                        next.push(id);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            frontier = next;
        }
        Family { depths }
    }

    /// Every record under the record with this id, nearest first, then in the dataset's order:
    /// its phases, projects, sub-projects and components, operations, working groups, networks,
    /// committees, work areas, task forces, border areas and events (a session under its body,
    /// a meeting under its committee), the organisations under an organisation, and the
    /// seizures, other results, budgets and stated lists of any of them. Empty for a record with nothing under
    /// it, or an unknown id.
    ///
    /// This is what the queries that walk down the hierarchy search
    /// ([`statements_about`](Self::statements_about), [`participations_in`](Self::participations_in)…).
    ///
    /// ```
    /// use eu_celac_drugs::{RecordKind, ids};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let under = report.descendants(&ids::COPOLAD);
    /// assert_eq!(under[0].kind, RecordKind::Phase); // COPOLAD I, II and III come first
    /// assert!(under.iter().any(|r| r.id == ids::COPOLAD_III_INCEPTION));
    /// // The Mechanism's Technical Committee, and the Committee's meetings under it.
    /// let mechanism = report.descendants(&ids::MECHANISM);
    /// assert!(mechanism.iter().any(|r| r.id == ids::TC_2021_10_26));
    /// ```
    #[must_use]
    pub fn descendants(&self, id: &str) -> Vec<Ref> {
        let family = self.family(id);
        let mut under: Vec<(usize, usize, Ref)> = self
            .records()
            .enumerate()
            .filter_map(|(at, (kind, rid, _))| {
                family.depth(rid).filter(|d| *d > 0).map(|d| (d, at, Ref::new(kind, rid.clone())))
            })
            .collect();
        under.sort_unstable_by_key(|(depth, at, _)| (*depth, *at));
        under.into_iter().map(|(_, _, r)| r).collect()
    }

    /// Whether the record `r` is the record with id `ancestor` or stands under it (see
    /// [`descendants`](Self::descendants)).
    ///
    /// ```
    /// use eu_celac_drugs::{RecordKind, Ref, ids};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let kick_off = Ref::new(RecordKind::Event, ids::COPOLAD_KICK_OFF);
    /// assert!(report.is_within(&kick_off, &ids::COPOLAD));
    /// assert!(!report.is_within(&kick_off, &ids::GIFP));
    /// ```
    #[must_use]
    pub fn is_within(&self, r: &Ref, ancestor: &str) -> bool {
        self.family(ancestor).depth(r.id.as_str()).is_some() && self.get(r).is_some()
    }
}
