//! Finding one's way in a dataset: records by id, parents, the programmes a record counts for.

use crate::hash::FastMap;
use std::borrow::Cow;

use crate::model::record::{RecordKind, Ref, code_enum};
use crate::{Dataset, DocumentAction, Id, Party, Programme, RecordRef, RelationKind, Role};

code_enum! {
    /// How a record counts for a programme (see [`Index::programme_links`] for the rule).
    ///
    /// ```
    /// use eu_celac_drugs::Attribution;
    ///
    /// assert_eq!(Attribution::Indirect.to_string(), "indirect");
    /// ```
    pub enum Attribution {
        /// The record is the programme or stands below it: a phase, project, body, work area or
        /// event of the programme.
        Direct,
        /// The report presents the record, or one above it, as the programme's result or work (CLASI,
        /// "an important achievement of the programme"; a meeting "organised by … the EL PAcCTO
        /// programme").
        Indirect,
        /// The report claims the programme, or something of it, covers a whole bloc without naming
        /// its members ("COPOLAD is the only EU-funded programme covering the entire CELAC region"):
        /// how a member of the bloc counts for the programme when the report names it nowhere in
        /// it. Only answers about countries have it ([`analysis::bloc_claims`](crate::analysis::bloc_claims),
        /// [`analysis::programmes_of`](crate::analysis::programmes_of)); no record counts for a
        /// programme this way.
        BlocWide,
    }
}

/// A programme a record counts for, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ProgrammeLink<'a> {
    /// The programme (serialized as its id).
    #[cfg_attr(feature = "serde", serde(serialize_with = "programme_id"))]
    pub programme: &'a Programme,
    /// Directly (within it) or indirectly (its result or work).
    pub attribution: Attribution,
    /// For an indirect link, the record that states it: a relation ("the direct result of", "also
    /// promoted by", "part of") or the programme's participation as organiser.
    pub via: Option<Ref>,
}

impl std::fmt::Display for ProgrammeLink<'_> {
    /// The programme's acronym (or name) and how the record counts for it, for readers:
    /// "GIFP (direct)", "EL PAcCTO (indirect)".
    ///
    /// ```
    /// use eu_celac_drugs::Index;
    ///
    /// let index = Index::new(eu_celac_drugs::report_2021_2022());
    /// let links: Vec<String> = index.programme_links(&"committee:clasi".parse()?).iter().map(ToString::to_string).collect();
    /// assert_eq!(links, ["EL PAcCTO (indirect)"]);
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = self.programme.acronym().unwrap_or(self.programme.name());
        write!(f, "{name} ({})", self.attribution.as_str().replace('_', "-"))
    }
}

#[cfg(feature = "serde")]
fn programme_id<S: serde::Serializer>(p: &&Programme, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(p.id().as_str())
}

/// The relation kinds through which the report presents a record as another's result or work.
const ATTRIBUTING_RELATIONS: [RelationKind; 3] =
    [RelationKind::ResultOf, RelationKind::PromotedBy, RelationKind::PartOf];
/// The roles in which a body acting as a party makes the subject its work.
const ATTRIBUTING_ROLES: [Role; 2] = [Role::Organiser, Role::CoOrganiser];
/// How many indirect steps are followed.
const MAX_STEPS: usize = 4;

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
    slots: FastMap<&'a str, Slot>,
    /// For each record id, the records it is presented as the result or work of, each with the
    /// record that says so.
    results_of: FastMap<&'a str, Vec<(Ref, Ref)>>,
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
        let mut slots = FastMap::with_capacity_and_hasher(dataset.len(), Default::default());
        slots!(dataset, slots,
            organisations => Organisation, instruments => Instrument, programmes => Programme, phases => Phase,
            projects => Project, operations => Operation, working_groups => WorkingGroup, networks => Network,
            committees => Committee, work_areas => WorkArea, task_forces => TaskForce, border_areas => BorderArea,
            events => Event, documents => Document, participations => Participation, seizures => Seizure,
            outcomes => Outcome, budgets => Budget, lists => StatedList, relations => Relation, statements => Statement,
        );
        let mut results_of: FastMap<&'a str, Vec<(Ref, Ref)>> = FastMap::default();
        for r in dataset.relations.iter().filter(|r| ATTRIBUTING_RELATIONS.contains(&r.kind)) {
            results_of
                .entry(r.from.id.as_str())
                .or_default()
                .push((r.to.clone(), Ref::new(RecordKind::Relation, r.id.clone())));
        }
        for e in dataset.events.iter() {
            for link in e
                .documents
                .iter()
                .filter(|l| !matches!(l.action, DocumentAction::Discussed | DocumentAction::Presented))
            {
                let event = Ref::new(RecordKind::Event, e.id.clone());
                results_of.entry(link.document.as_str()).or_default().push((event.clone(), event));
            }
        }
        for p in dataset.participations.iter().filter(|p| ATTRIBUTING_ROLES.contains(&p.role)) {
            if let Party::Body(body) = &p.party {
                results_of
                    .entry(p.subject.id.as_str())
                    .or_default()
                    .push((body.clone(), Ref::new(RecordKind::Participation, p.id.clone())));
            }
        }
        Self { dataset, slots, results_of }
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

    pub(super) fn slot(&self, r: &Ref) -> Option<usize> {
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
            RecordKind::Seizure => d.seizures.get(i).and_then(|x| match (&x.operation, &x.project, &x.programme) {
                (Some(o), _, _) => own(RecordKind::Operation, o),
                (None, Some(p), _) => own(RecordKind::Project, p),
                (None, None, Some(p)) => own(RecordKind::Programme, p),
                (None, None, None) => None,
            }),
            RecordKind::Organisation => {
                d.organisations.get(i).and_then(|x| x.parent.as_ref().and_then(|p| own(RecordKind::Organisation, p)))
            }
            RecordKind::Programme | RecordKind::Instrument | RecordKind::Document | RecordKind::Relation => None,
        }
    }

    /// The chain of records above `r`, nearest first (bounded, so a cycle in a hand-built
    /// dataset cannot loop forever).
    pub fn ancestors<'s>(&'s self, r: &Ref) -> impl Iterator<Item = Ref> + use<'s, 'a> {
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

    /// Every programme `r` counts for: the programme it stands in, directly, and the programmes
    /// whose result or work the report presents it as, indirectly.
    ///
    /// **The rule.** A record counts for a programme *directly* when it is the programme or stands
    /// below it ([`Index::programme_of`]: its phases, projects, bodies, work areas, events).
    /// It counts *indirectly* when the report presents it, or a record above it, as the result or
    /// work of a record that counts for the programme:
    /// - a [`Relation`](crate::Relation) from it of kind [`ResultOf`](RelationKind::ResultOf) ("The
    ///   launching of CLASI is the direct result of EL PAcCTO's long-term efforts"; the Justice
    ///   Policy Cycle, "the most important achievement" of its justice-related actions),
    ///   [`PromotedBy`](RelationKind::PromotedBy) ("IDEAL, also promoted by EL PAcCTO") or
    ///   [`PartOf`](RelationKind::PartOf) (COPOLAD's study on women and drug related policies, whose
    ///   updating is reported among COPOLAD's contributions);
    /// - a [`Participation`](crate::Participation) in it of a programme or body
    ///   ([`Party::Body`]) as organiser or co-organiser ("a High-level meeting organised by the
    ///   French Presidency and the EL PAcCTO programme");
    /// - for a document, an event that adopted, endorsed, approved, signed, published, finalised,
    ///   produced, encouraged or began it,
    ///   or that it documents (a draft an event only discussed, or a study presented at it, stays
    ///   apart): the Brussels Declaration, signed at EL PAcCTO's high-level meeting of Justice
    ///   institutions.
    ///
    /// Indirect links are followed up to four steps. Other relations attribute nothing: COPOLAD
    /// [`Supports`](RelationKind::Supports) the Technical Committee, which is the Mechanism's, not
    /// COPOLAD's; a programme [`RelatedTo`](RelationKind::RelatedTo) another, one
    /// [`ModelledOn`](RelationKind::ModelledOn) or [`SuccessorOf`](RelationKind::SuccessorOf)
    /// another, stays its own. Each programme appears once, direct before indirect; an indirect
    /// link names the record that states it (`via`).
    ///
    /// ```
    /// use eu_celac_drugs::{Attribution, Index};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let index = Index::new(report);
    /// // CLASI belongs to no programme, but is "an important achievement" of EL PAcCTO.
    /// let clasi = index.programme_links(&"committee:clasi".parse()?);
    /// assert!(clasi.iter().any(|l| l.programme.id() == "el-paccto" && l.attribution == Attribution::Indirect));
    /// // AIRCOP is a project of the GIFP.
    /// let aircop = index.programme_links(&"project:aircop".parse()?);
    /// assert_eq!(aircop[0].attribution, Attribution::Direct);
    /// assert_eq!(aircop[0].programme.id(), "gifp");
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    #[must_use]
    pub fn programme_links(&self, r: &Ref) -> Vec<ProgrammeLink<'a>> {
        let mut out: Vec<ProgrammeLink<'a>> = Vec::new();
        if let Some(programme) = self.programme_of(r) {
            out.push(ProgrammeLink { programme, attribution: Attribution::Direct, via: None });
        }
        if self.results_of.is_empty() {
            return out;
        }
        // Breadth-first over "is the result or work of" links, from the record and its ancestors.
        let mut frontier: Vec<(Ref, Ref)> = Vec::new();
        let mut seen: Vec<Ref> = vec![r.clone()];
        let expand = |from: &Ref, via: Option<&Ref>, next: &mut Vec<(Ref, Ref)>| {
            for a in std::iter::once(from.clone()).chain(self.ancestors(from)) {
                for (target, stated_by) in self.results_of.get(a.id.as_str()).into_iter().flatten() {
                    next.push((target.clone(), via.cloned().unwrap_or_else(|| stated_by.clone())));
                }
            }
        };
        expand(r, None, &mut frontier);
        for _ in 0..MAX_STEPS {
            let mut next = Vec::new();
            for (target, via) in frontier {
                if seen.contains(&target) {
                    continue;
                }
                if let Some(programme) = self.programme_of(&target) {
                    if !out.iter().any(|l| l.programme.id == programme.id) {
                        out.push(ProgrammeLink {
                            programme,
                            attribution: Attribution::Indirect,
                            via: Some(via.clone()),
                        });
                    }
                }
                expand(&target, Some(&via), &mut next);
                seen.push(target);
            }
            if next.is_empty() {
                break;
            }
            frontier = next;
        }
        out
    }

    /// How `r` counts for the programme with id `programme`, if it does (see
    /// [`Index::programme_links`]).
    ///
    /// ```
    /// use eu_celac_drugs::{Attribution, Index};
    ///
    /// let index = Index::new(eu_celac_drugs::report_2021_2022());
    /// let member = "committee:clasi".parse()?;
    /// assert_eq!(index.attribution_to(&member, "el-paccto"), Some(Attribution::Indirect));
    /// assert_eq!(index.attribution_to(&member, "copolad"), None);
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    #[must_use]
    pub fn attribution_to(&self, r: &Ref, programme: &str) -> Option<Attribution> {
        if self.programme_of(r).is_some_and(|p| p.id == *programme) {
            return Some(Attribution::Direct);
        }
        self.programme_links(r).iter().find(|l| l.programme.id == *programme).map(|l| l.attribution)
    }

    /// A short label for a record, for readers: its acronym if it has one, else its name or
    /// title, else its id. A phase is named with what it is a phase of, unless its name already
    /// says it ("SEACOP Phase V", "COPOLAD III Inception phase", but "COPOLAD III").
    /// [`Dataset::label_of`] gives the same label without an index.
    ///
    /// ```
    /// use eu_celac_drugs::Index;
    ///
    /// let index = Index::new(eu_celac_drugs::report_2021_2022());
    /// assert_eq!(index.label_of(&"phase:seacop.phase-5".parse()?), "SEACOP Phase V");
    /// assert_eq!(index.label_of(&"phase:copolad.iii".parse()?), "COPOLAD III");
    /// assert_eq!(index.label_of(&"committee:clasi".parse()?), "CLASI");
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    ///
    /// Records without a name of their own are described by what they say: a participation as
    /// "EU: funder of GIFP", a budget as "budget of COPOLAD III", a relation as "MASIF supports
    /// GIFP", a seizure as "over 9.6 tons of cocaine", an outcome and a statement by their words.
    #[must_use]
    pub fn label_of(&self, r: &Ref) -> Cow<'a, str> {
        label_at(&|x: &Ref| self.get(x), r, 0)
    }
}

/// The label of `r` (see [`Index::label_of`]), finding records with `get`, describing the records
/// a label names at most one level deep (a hand-built dataset may have relations that point at
/// each other).
pub(super) fn label_at<'a>(get: &dyn Fn(&Ref) -> Option<RecordRef<'a>>, r: &Ref, depth: u8) -> Cow<'a, str> {
    let short = |x: &Ref| get(x).map_or("", RecordRef::label);
    if depth > 1 {
        return Cow::Borrowed(short(r));
    }
    let inner = |x: &Ref| label_at(get, x, depth + 1);
    let Some(record) = get(r) else { return Cow::Borrowed(short(r)) };
    let described = match record {
        RecordRef::Phase(phase) => {
            let parent = short(&phase.of);
            (!parent.is_empty() && !phase.name.contains(parent)).then(|| format!("{parent} {}", phase.name))
        }
        RecordRef::Participation(p) => {
            let role = p.role.to_string().replace('_', " ");
            Some(format!("{}: {role} of {}", p.as_written, inner(&p.subject)))
        }
        RecordRef::Budget(b) => Some(format!("budget of {}", inner(&b.of))),
        RecordRef::Relation(x) => {
            let kind = x.kind.to_string().replace('_', " ");
            Some(format!("{} {kind} {}", inner(&x.from), inner(&x.to)))
        }
        RecordRef::Seizure(x) => Some(format!("{} of {}", x.stated, x.commodity)),
        RecordRef::Outcome(x) => Some(x.description.to_string()),
        RecordRef::Statement(x) => Some(x.text.to_string()),
        _ => None,
    };
    described.map_or_else(|| Cow::Borrowed(record.label()), Cow::Owned)
}

impl Dataset {
    /// A label for the record `r` points to, for readers, without building an [`Index`]: the
    /// same as [`Index::label_of`] ("SEACOP Phase V", "COMJIB", "EU: funder of GIFP"); empty
    /// when the dataset holds no such record. A [`Ref`]'s own `Display` is its text form
    /// (`committee:clasi`), for machines.
    ///
    /// ```
    /// use eu_celac_drugs::{RecordKind, Ref, ids};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// assert_eq!(report.label_of(&Ref::new(RecordKind::Phase, ids::SEACOP_PHASE_5)), "SEACOP Phase V");
    /// assert_eq!(report.label_of(&"organisation:comjib".parse()?), "COMJIB");
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    #[must_use]
    pub fn label_of(&self, r: &Ref) -> Cow<'_, str> {
        label_at(&|x: &Ref| self.get(x), r, 0)
    }

    /// A label for a party, for readers: a country's English name, an organisation's or body's
    /// label (see [`label_of`](Self::label_of)). A [`Party`]'s own `Display` is its text form
    /// (`country:PE`), for machines.
    ///
    /// ```
    /// use eu_celac_drugs::{Country, Party, ids};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// assert_eq!(report.party_label(&Party::Country(Country::PE)), "Peru");
    /// assert_eq!(report.party_label(&Party::Organisation(ids::UNODC)), "UNODC");
    /// ```
    #[must_use]
    pub fn party_label(&self, party: &Party) -> Cow<'_, str> {
        match party {
            Party::Country(c) => Cow::Borrowed(c.name_en()),
            Party::Organisation(id) => self.label_of(&Ref::new(RecordKind::Organisation, id.clone())),
            Party::Body(body) => self.label_of(body),
        }
    }
}
