//! Finding one's way in a dataset: records by id, parents, the programme a record belongs to.

use std::collections::HashMap;

use crate::model::record::{RecordKind, Ref};
use crate::{Dataset, Id, Programme};

/// Where a record sits in its dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    kind: RecordKind,
    index: usize,
}

/// An index of a dataset's records by id, built once (in linear time) for analyses that look
/// records up many times.
///
/// ```
/// use eu_celac_drugs::{Index, RecordKind};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let index = Index::new(report);
/// assert_eq!(index.kind_of("aircop"), Some(RecordKind::Project));
/// let programme = index.programme_of(&"project:aircop".parse()?).map(|p| p.id().as_str());
/// assert_eq!(programme, Some("gifp"));
/// # Ok::<(), eu_celac_drugs::ValidationError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Index<'a> {
    dataset: &'a Dataset,
    slots: HashMap<&'a str, Slot>,
}

macro_rules! slots {
    ($dataset:expr, $slots:expr, $($field:ident => $kind:ident),* $(,)?) => {
        $(
            for (index, record) in $dataset.$field.iter().enumerate() {
                $slots.entry(record.id.as_str()).or_insert(Slot { kind: RecordKind::$kind, index });
            }
        )*
    };
}

impl<'a> Index<'a> {
    /// Indexes every record of `dataset` by id (the first record wins if an id is repeated,
    /// which a valid dataset never does).
    #[must_use]
    pub fn new(dataset: &'a Dataset) -> Self {
        let mut slots = HashMap::with_capacity(dataset.len());
        slots!(dataset, slots,
            organisations => Organisation, instruments => Instrument, programmes => Programme, phases => Phase,
            projects => Project, operations => Operation, working_groups => WorkingGroup, networks => Network,
            committees => Committee, work_areas => WorkArea, task_forces => TaskForce, border_areas => BorderArea,
            events => Event, documents => Document, participations => Participation, seizures => Seizure,
            outcomes => Outcome, budgets => Budget, lists => StatedList, relations => Relation, statements => Statement,
        );
        Self { dataset, slots }
    }

    /// The dataset indexed.
    #[must_use]
    pub fn dataset(&self) -> &'a Dataset {
        self.dataset
    }

    /// The kind of the record with this id.
    #[must_use]
    pub fn kind_of(&self, id: &str) -> Option<RecordKind> {
        self.slots.get(id).map(|s| s.kind)
    }

    fn slot(&self, r: &Ref) -> Option<usize> {
        self.slots.get(r.id.as_str()).filter(|s| s.kind == r.kind).map(|s| s.index)
    }

    /// The record a record belongs to: a phase's programme, a project's parent project or
    /// programme, a work area's committee, a participation's subject, a seizure's operation
    /// or project…
    #[must_use]
    pub fn parent_of(&self, r: &Ref) -> Option<Ref> {
        let d = self.dataset;
        let i = self.slot(r)?;
        let own = |kind: RecordKind, id: &Id| Some(Ref::new(kind, id.clone()));
        match r.kind {
            RecordKind::Phase => d.phases.get(i).map(|x| x.of.clone()),
            RecordKind::Project => d.projects.get(i).and_then(|x| match &x.parent {
                Some(p) => own(RecordKind::Project, p),
                None => own(RecordKind::Programme, &x.programme),
            }),
            RecordKind::Operation => d.operations.get(i).map(|x| x.of.clone()),
            RecordKind::WorkingGroup => d.working_groups.get(i).map(|x| x.of.clone()),
            RecordKind::Network => d.networks.get(i).and_then(|x| x.of.clone()),
            RecordKind::Committee => d.committees.get(i).and_then(|x| x.of.clone()),
            RecordKind::WorkArea => d.work_areas.get(i).map(|x| x.of.clone()),
            RecordKind::TaskForce => d.task_forces.get(i).map(|x| x.of.clone()),
            RecordKind::BorderArea => d.border_areas.get(i).map(|x| x.of.clone()),
            RecordKind::Event => d.events.get(i).and_then(|x| x.of.clone()),
            RecordKind::Budget => d.budgets.get(i).map(|x| x.of.clone()),
            RecordKind::Outcome => d.outcomes.get(i).map(|x| x.of.clone()),
            RecordKind::StatedList => d.lists.get(i).map(|x| x.of.clone()),
            RecordKind::Participation => d.participations.get(i).map(|x| x.subject.clone()),
            RecordKind::Statement => d.statements.get(i).map(|x| x.of.clone()),
            RecordKind::Seizure => d.seizures.get(i).and_then(|x| match (&x.operation, &x.project) {
                (Some(o), _) => own(RecordKind::Operation, o),
                (None, Some(p)) => own(RecordKind::Project, p),
                (None, None) => None,
            }),
            RecordKind::Organisation => {
                d.organisations.get(i).and_then(|x| x.parent.as_ref().and_then(|p| own(RecordKind::Organisation, p)))
            }
            RecordKind::Programme | RecordKind::Instrument | RecordKind::Document | RecordKind::Relation => None,
        }
    }

    /// The chain of records above `r`, nearest first (bounded, so a cycle in a hand-built
    /// dataset cannot loop forever).
    pub fn ancestors(&self, r: &Ref) -> impl Iterator<Item = Ref> + '_ {
        let mut current = Some(r.clone());
        std::iter::from_fn(move || {
            let next = current.as_ref().and_then(|c| self.parent_of(c));
            current.clone_from(&next);
            next
        })
        .take(32)
    }

    /// The programme a record belongs to: the record itself if it is one, else its nearest
    /// ancestor that is.
    #[must_use]
    pub fn programme_of(&self, r: &Ref) -> Option<&'a Programme> {
        std::iter::once(r.clone())
            .chain(self.ancestors(r))
            .find(|a| a.kind == RecordKind::Programme)
            .and_then(|a| self.slot(&a))
            .and_then(|i| self.dataset.programmes.get(i))
    }

    /// A short label for a record: its acronym if it has one, else its name or title, else its id.
    #[must_use]
    pub fn label_of(&self, r: &Ref) -> &'a str {
        let d = self.dataset;
        let Some(i) = self.slot(r) else { return "" };
        let label: Option<&'a str> = match r.kind {
            RecordKind::Organisation => d.organisations.get(i).map(|x| x.acronym.as_deref().unwrap_or(&x.name)),
            RecordKind::Instrument => d.instruments.get(i).map(|x| x.acronym.as_deref().unwrap_or(&x.name)),
            RecordKind::Programme => d.programmes.get(i).map(|x| x.acronym.as_deref().unwrap_or(&x.name)),
            RecordKind::Phase => d.phases.get(i).map(|x| x.name.as_ref()),
            RecordKind::Project => d.projects.get(i).map(|x| x.acronym.as_deref().unwrap_or(&x.name)),
            RecordKind::Operation => d.operations.get(i).map(|x| x.name.as_ref()),
            RecordKind::WorkingGroup => d.working_groups.get(i).map(|x| x.name.as_ref()),
            RecordKind::Network => d.networks.get(i).map(|x| x.acronym.as_deref().unwrap_or(&x.name)),
            RecordKind::Committee => d.committees.get(i).map(|x| x.acronym.as_deref().unwrap_or(&x.name)),
            RecordKind::WorkArea => d.work_areas.get(i).map(|x| x.name.as_ref()),
            RecordKind::TaskForce => d.task_forces.get(i).map(|x| x.name.as_ref()),
            RecordKind::BorderArea => d.border_areas.get(i).map(|x| x.name.as_ref()),
            RecordKind::Event => d.events.get(i).map(|x| x.name.as_ref()),
            RecordKind::Document => d.documents.get(i).map(|x| x.title.as_ref()),
            RecordKind::StatedList => d.lists.get(i).map(|x| x.label.as_ref()),
            RecordKind::Participation
            | RecordKind::Seizure
            | RecordKind::Outcome
            | RecordKind::Budget
            | RecordKind::Relation
            | RecordKind::Statement => None,
        };
        label.unwrap_or_else(|| self.slots.get_key_value(r.id.as_str()).map_or("", |(k, _)| k))
    }
}
