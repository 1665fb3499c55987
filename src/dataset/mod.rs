//! The [`Dataset`]: every record of a report, with lookups and integrity checks.

use crate::hash::{FastMap, FastSet};
use std::fmt;

use crate::error::ProblemList;
use crate::model::record::{RecordKind, Ref};
use crate::model::table::Table;
use crate::{
    BorderArea, Budget, Committee, Document, Event, Id, Instrument, Network, Operation, Organisation, Outcome,
    Participation, Phase, Programme, Project, Record, Relation, ReportMeta, Section, SectionCode, Seizure, SourceRef,
    StatedList, Statement, TaskForce, ValidationError, WorkArea, WorkingGroup,
};

/// One problem found while checking a dataset: where it is and what is wrong.
///
/// The path names the table, the record's position and id, and the field, in the form
/// `participations[3](aircop.scope.ar).subject`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong in a [`Problem`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProblemKind {
    /// A value failed validation.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// Two records share an id.
    #[error("id {id} is used by a {first} and a {second}")]
    DuplicateId {
        /// The shared id.
        id: Id,
        /// The kind of the first record that has it.
        first: RecordKind,
        /// The kind of the second.
        second: RecordKind,
    },
    /// A reference names an id no record has.
    #[error("reference {target} points to no record")]
    Unresolved {
        /// The reference.
        target: Ref,
    },
    /// A reference names an id held by a record of another kind.
    #[error("reference {target} points to a {actual}")]
    WrongKind {
        /// The reference.
        target: Ref,
        /// The kind of the record that has the id.
        actual: RecordKind,
    },
    /// A record's source names a section that the report's metadata does not list.
    #[error("section {code} is not one of the report's sections")]
    UnknownSection {
        /// The section code as given.
        code: SectionCode,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// A dataset that failed its checks, with every problem found (not only the first).
///
/// Its message says how many problems there are and shows the first
/// [`SHOWN_PROBLEMS`](crate::error::SHOWN_PROBLEMS), each on its own line with its path, then
/// "… and N more"; a single problem reads in one line. The alternate form (`{:#}`) is always one
/// line: the count and the first problem.
///
/// `Debug` (`{:?}`) writes the same message, so that `main` returning this error (alone or in a
/// `Box<dyn Error>`), `unwrap` and `expect` print something to read rather than a dump of the
/// fields; `{:#?}` writes the fields. The error has no [`source`](std::error::Error::source): its
/// message holds the problems, and [`problems`](Self::problems) hands them over one by one.
///
/// ```
/// use eu_celac_drugs::{Dataset, DatasetParts};
///
/// let mut parts = DatasetParts::from(eu_celac_drugs::report_2021_2022().clone());
/// let copy = parts.programmes[0].clone();
/// parts.programmes.push(copy);
/// let err = Dataset::new(parts).unwrap_err();
/// assert!(err.problems().iter().any(|p| p.to_string().contains("is used by")));
/// assert!(err.to_string().starts_with("the dataset has 1 problem: programmes["));
/// assert_eq!(format!("{err:?}"), err.to_string());
/// ```
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
pub struct DatasetError {
    problems: Vec<Problem>,
}

/// `the dataset has 7 problems:`, then the first [`SHOWN_PROBLEMS`](crate::error::SHOWN_PROBLEMS)
/// one a line and `… and 2 more`; one line for a single problem, and with `{:#}`.
impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&ProblemList { subject: "the dataset", problems: &self.problems, omitted: 0 }, f)
    }
}

/// The message (as `Display` writes it); `{:#?}` writes the fields.
impl fmt::Debug for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            f.debug_struct("DatasetError").field("problems", &self.problems).finish()
        } else {
            fmt::Display::fmt(self, f)
        }
    }
}

impl DatasetError {
    /// Every problem found.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

macro_rules! tables {
    ($( $(#[$doc:meta])* $field:ident : $ty:ident, $single:ident; )*) => {
        /// Every record of a report: the compiled-in one ([`report_2021_2022`](crate::report_2021_2022))
        /// or one built or loaded at run time and checked by [`Dataset::new`].
        ///
        /// Records refer to each other by [`Id`]; ids are unique across all tables, and every
        /// reference resolves to a record of the kind it expects.
        ///
        /// ```
        /// let report = eu_celac_drugs::report_2021_2022();
        /// assert_eq!(report.meta().number().map(|n| n.to_string()).as_deref(), Some("10233/22"));
        /// let aircop = report.project("aircop").unwrap();
        /// assert_eq!(aircop.acronym(), Some("AIRCOP"));
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        pub struct Dataset {
            pub(crate) meta: ReportMeta,
            $( pub(crate) $field: Table<$ty>, )*
        }

        /// The tables of a [`Dataset`] before their cross-record checks: passive data, each
        /// record already valid on its own. [`Dataset::new`] checks ids, references and the
        /// section every record's source names.
        ///
        /// [`DatasetParts::new`] starts from the metadata alone, with every table empty.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
        pub struct DatasetParts {
            /// The report's metadata.
            pub meta: ReportMeta,
            $( $(#[$doc])* pub $field: Vec<$ty>, )*
        }

        impl From<Dataset> for DatasetParts {
            fn from(d: Dataset) -> Self {
                Self { meta: d.meta, $( $field: d.$field.to_vec(), )* }
            }
        }

        impl DatasetParts {
            /// The parts of a dataset with this metadata and no records yet: push records
            /// into the tables, then check the whole with [`Dataset::new`].
            ///
            /// ```
            /// use chrono::NaiveDate;
            /// use eu_celac_drugs::{Dataset, DatasetParts, ReportMeta, ReportMetaParts};
            ///
            /// let (start, end) = (NaiveDate::from_ymd_opt(2023, 6, 1).unwrap(), NaiveDate::from_ymd_opt(2024, 5, 31).unwrap());
            /// let parts = DatasetParts::new(ReportMeta::new(ReportMetaParts::new("An empty report", start, end))?);
            /// let dataset = Dataset::new(parts)?;
            /// assert!(dataset.is_empty() && dataset.sections().is_empty());
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            #[must_use]
            pub fn new(meta: ReportMeta) -> Self {
                Self { meta, $( $field: Vec::new(), )* }
            }
        }

        impl Dataset {
            /// Checks ids and references across the tables and builds the dataset.
            ///
            /// # Errors
            /// A [`DatasetError`] listing every duplicate id, every reference that resolves to
            /// nothing or to a record of the wrong kind, every source that names a section the
            /// metadata does not list, and every record that fails its own validation.
            pub fn new(parts: DatasetParts) -> Result<Self, DatasetError> {
                let dataset = Self::assemble(parts);
                let (problems, _) = dataset.first_problems(usize::MAX);
                if problems.is_empty() { Ok(dataset) } else { Err(DatasetError { problems }) }
            }

            /// The tables as given, not yet checked: the caller checks them with
            /// [`each_problem`](Self::each_problem) (the JSON loader, which keeps only so many).
            #[cfg_attr(not(feature = "json"), allow(dead_code, reason = "used by the JSON loader only"))]
            pub(crate) fn assemble(parts: DatasetParts) -> Self {
                Self { meta: parts.meta, $( $field: Table::from(parts.$field), )* }
            }

            /// The report's metadata.
            #[must_use]
            pub fn meta(&self) -> &ReportMeta {
                &self.meta
            }

            /// The report's sections and footnotes, in print order (from its metadata).
            ///
            /// ```
            /// let report = eu_celac_drugs::report_2021_2022();
            /// let top: Vec<&str> = report.sections().iter()
            ///     .filter(|s| s.parent().is_none() && !s.footnote())
            ///     .map(|s| s.code().as_str())
            ///     .collect();
            /// assert_eq!(top, ["note", "introduction", "i", "ii", "iii"]);
            /// ```
            #[must_use]
            pub fn sections(&self) -> &[Section] {
                self.meta.sections()
            }

            /// The report's section with this code, if it has one: its heading, parent and
            /// whether it is a footnote.
            ///
            /// ```
            /// let report = eu_celac_drugs::report_2021_2022();
            /// let aircop = report.project("aircop").unwrap();
            /// let section = report.section(aircop.source().section().as_str()).unwrap();
            /// assert_eq!(section.heading(), "The Airport Communication Project (AIRCOP)");
            /// let parent = report.section(section.parent().unwrap().as_str()).unwrap();
            /// assert_eq!(parent.heading(), "A. The EU Global Illicit Flows Programme in CELAC countries");
            /// ```
            #[must_use]
            pub fn section(&self, code: &str) -> Option<&Section> {
                self.meta.section(code)
            }

            $(
                $(#[$doc])*
                #[must_use]
                pub fn $field(&self) -> &Table<$ty> {
                    &self.$field
                }

                #[doc = concat!("The [`", stringify!($ty), "`] with this id, if there is one.")]
                #[must_use]
                pub fn $single(&self, id: &str) -> Option<&$ty> {
                    self.$field.iter().find(|r| r.id.as_str() == id)
                }
            )*

            /// Every record's kind, id and source, table by table in the order of the report's model.
            pub fn records(&self) -> impl Iterator<Item = (RecordKind, &Id, &SourceRef)> {
                std::iter::empty()
                $( .chain(self.$field.iter().map(|r| (<$ty as Record>::KIND, &r.id, &r.source))) )*
            }

            /// The number of records of every kind together.
            #[must_use]
            pub fn len(&self) -> usize {
                0 $( + self.$field.len() )*
            }

            /// Whether the dataset holds no records at all.
            #[must_use]
            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }

            /// Every problem of ids, references and record validity (empty for a valid dataset).
            #[must_use]
            pub fn problems(&self) -> Vec<Problem> {
                let mut problems = Vec::new();
                self.each_problem(&mut |p| problems.push(p));
                problems
            }

            /// Hands every problem of [`problems`](Self::problems), in the same order, to
            /// `problems`, without collecting them.
            pub(crate) fn each_problem(&self, problems: &mut dyn FnMut(Problem)) {
                if let Err(e) = self.meta.check() {
                    problems(Problem { path: "meta".to_owned(), kind: e.into() });
                }
                // Sized for every record up front: growing would hash every id again at each doubling.
                let mut kinds: FastMap<&str, RecordKind> = FastMap::with_capacity_and_hasher(self.len(), Default::default());
                let mut sections: Vec<&str> = self.meta.sections().iter().map(|s| s.code().as_str()).collect();
                sections.sort_unstable();
                $(
                    for (i, r) in self.$field.iter().enumerate() {
                        let path = || format!("{}[{}]({})", stringify!($field), i, r.id);
                        if let Err(e) = r.check() {
                            problems(Problem { path: format!("{}.{}", path(), e.field()), kind: e.into() });
                        }
                        if sections.binary_search(&r.source.section().as_str()).is_err() {
                            problems(Problem {
                                path: format!("{}.section", path()),
                                kind: ProblemKind::UnknownSection { code: r.source.section().clone() },
                            });
                        }
                        let kind = <$ty as Record>::KIND;
                        if let Some(first) = kinds.insert(r.id.as_str(), kind) {
                            problems(Problem {
                                path: format!("{}.id", path()),
                                kind: ProblemKind::DuplicateId { id: r.id.clone(), first, second: kind },
                            });
                        }
                    }
                )*
                $(
                    for (i, r) in self.$field.iter().enumerate() {
                        r.each_reference(&mut |field, kind, id| {
                            let path = || format!("{}[{}]({}).{}", stringify!($field), i, r.id, field);
                            check_ref(kinds.get(id.as_str()).copied(), problems, path, kind, id);
                        });
                    }
                )*
                if let Some(adopted_at) = &self.meta.adopted_at {
                    let found = kinds.get(adopted_at.as_str()).copied();
                    check_ref(found, problems, || "meta.adopted_at".to_owned(), RecordKind::Event, adopted_at);
                }
                for id in self.meta.cites.iter() {
                    check_ref(kinds.get(id.as_str()).copied(), problems, || "meta.cites".to_owned(), RecordKind::Document, id);
                }
            }

            /// The problems of each record on its own (its values, its section), each with its
            /// place in [`each_problem`](Self::each_problem)'s order: one half of the checks that
            /// [`first_problems`](Self::first_problems) runs on two cores.
            fn own_problems(&self, sink: &mut dyn FnMut(ProblemKey, Problem)) {
                if let Err(e) = self.meta.check() {
                    sink((0, 0, 0, 0), Problem { path: "meta".to_owned(), kind: e.into() });
                }
                let mut sections: Vec<&str> = self.meta.sections().iter().map(|s| s.code().as_str()).collect();
                sections.sort_unstable();
                let mut last: Option<&str> = None;
                let mut table: u8 = 0;
                $(
                    table += 1;
                    for (i, r) in self.$field.iter().enumerate() {
                        let path = || format!("{}[{}]({})", stringify!($field), i, r.id);
                        if let Err(e) = r.check() {
                            sink((0, table, i, 0), Problem { path: format!("{}.{}", path(), e.field()), kind: e.into() });
                        }
                        let section = r.source.section().as_str();
                        // a report states its records section by section: the last one found is
                        // the likeliest
                        let known = last == Some(section) || sections.binary_search(&section).is_ok();
                        if known {
                            last = Some(section);
                        } else {
                            sink((0, table, i, 1), Problem {
                                path: format!("{}.section", path()),
                                kind: ProblemKind::UnknownSection { code: r.source.section().clone() },
                            });
                        }
                    }
                )*
            }

            /// The problems of ids and references (repeated ids, references to no record or to a
            /// record of another kind), each with its place in
            /// [`each_problem`](Self::each_problem)'s order: the other half.
            fn id_problems(&self, sink: &mut dyn FnMut(ProblemKey, Problem)) {
                let mut entries = Vec::with_capacity(self.len());
                let mut table: u8 = 0;
                $(
                    table += 1;
                    for (index, r) in self.$field.iter().enumerate() {
                        entries.push(ids_index::Entry { id: &r.id, kind: <$ty as Record>::KIND, table, index });
                    }
                )*
                let mut kinds = ids_index::IdKinds::new(entries, &mut |repeat| {
                    let e = repeat.entry;
                    let name = TABLES.get(usize::from(e.table).saturating_sub(1)).copied().unwrap_or("");
                    sink((0, e.table, e.index, 2), Problem {
                        path: format!("{name}[{}]({}).id", e.index, e.id),
                        kind: ProblemKind::DuplicateId { id: e.id.clone(), first: repeat.first, second: e.kind },
                    });
                });
                let mut table: u8 = 0;
                $(
                    table += 1;
                    for (i, r) in self.$field.iter().enumerate() {
                        let mut j: u32 = 0;
                        r.each_reference(&mut |field, kind, id| {
                            j += 1;
                            let path = || format!("{}[{}]({}).{}", stringify!($field), i, r.id, field);
                            check_ref(kinds.kind_of(id.as_str()), &mut |p| sink((1, table, i, j), p), path, kind, id);
                        });
                    }
                )*
                if let Some(adopted_at) = &self.meta.adopted_at {
                    let found = kinds.kind_of(adopted_at.as_str());
                    check_ref(found, &mut |p| sink((2, 0, 0, 0), p), || "meta.adopted_at".to_owned(), RecordKind::Event, adopted_at);
                }
                for (j, id) in self.meta.cites.iter().enumerate() {
                    let j = u32::try_from(j).unwrap_or(u32::MAX);
                    let found = kinds.kind_of(id.as_str());
                    check_ref(found, &mut |p| sink((2, 1, 0, j), p), || "meta.cites".to_owned(), RecordKind::Document, id);
                }
            }
        }

        /// The tables' names, in the dataset's order.
        const TABLES: &[&str] = &[$( stringify!($field), )*];
    };
}

/// Where a problem stands in [`Dataset::each_problem`]'s order: the pass (a record's own
/// problems and repeated ids, then references, then the metadata's references), the table, the
/// record, and the problem within the record.
type ProblemKey = (u8, u8, usize, u32);

/// A pass of the checks, handing each problem with its key to a sink.
type Pass<'a> = &'a dyn Fn(&mut dyn FnMut(ProblemKey, Problem));

/// From how many records a dataset is checked on two cores.
const PARALLEL_FROM: usize = 50_000;

impl Dataset {
    /// The first `limit` problems of [`each_problem`](Self::each_problem), in its order, and how
    /// many more there are. A large dataset is checked on two cores: the records' own checks on
    /// one, ids and references on the other; each keeps at most `limit` problems (the first
    /// `limit` of the two together are among them) and counts the rest.
    pub(crate) fn first_problems(&self, limit: usize) -> (Vec<Problem>, usize) {
        if self.len() < PARALLEL_FROM || !crate::parallel::two_cores() {
            let (mut kept, mut omitted) = (Vec::new(), 0);
            self.each_problem(&mut |p| if kept.len() < limit { kept.push(p) } else { omitted += 1 });
            return (kept, omitted);
        }
        let keep = |f: Pass<'_>| {
            let (mut kept, mut omitted) = (Vec::new(), 0_usize);
            f(&mut |key, p| if kept.len() < limit { kept.push((key, p)) } else { omitted += 1 });
            (kept, omitted)
        };
        let ((own, own_more), (ids, ids_more)) = std::thread::scope(|s| {
            let own = s.spawn(|| keep(&|sink| self.own_problems(sink)));
            let ids = keep(&|sink| self.id_problems(sink));
            match own.join() {
                Ok(own) => (own, ids),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        });
        let mut all = own;
        all.extend(ids);
        all.sort_by_key(|(key, _)| *key);
        let omitted = own_more + ids_more + all.len().saturating_sub(limit);
        all.truncate(limit);
        (all.into_iter().map(|(_, p)| p).collect(), omitted)
    }
}

/// Reports a reference to `id`, expected of `kind`, that names no record (`found` is `None`) or a
/// record of another kind.
fn check_ref(
    found: Option<RecordKind>,
    problems: &mut dyn FnMut(Problem),
    path: impl Fn() -> String,
    kind: RecordKind,
    id: &Id,
) {
    match found {
        None => {
            problems(Problem { path: path(), kind: ProblemKind::Unresolved { target: Ref::new(kind, id.clone()) } })
        }
        Some(actual) if actual != kind => {
            problems(Problem {
                path: path(),
                kind: ProblemKind::WrongKind { target: Ref::new(kind, id.clone()), actual },
            });
        }
        Some(_) => {}
    }
}

tables! {
    /// Organisations, with every form of their names.
    organisations: Organisation, organisation;
    /// Funding instruments.
    instruments: Instrument, instrument;
    /// Programmes and initiatives.
    programmes: Programme, programme;
    /// Phases of programmes, projects and phases.
    phases: Phase, phase;
    /// Projects, sub-projects, components and lines of work.
    projects: Project, project;
    /// Named operations.
    operations: Operation, operation;
    /// Working groups.
    working_groups: WorkingGroup, working_group;
    /// Networks.
    networks: Network, network;
    /// Committees.
    committees: Committee, committee;
    /// Work areas of committees and components.
    work_areas: WorkArea, work_area;
    /// Task forces.
    task_forces: TaskForce, task_force;
    /// Border areas.
    border_areas: BorderArea, border_area;
    /// Meetings and other events.
    events: Event, event;
    /// Documents.
    documents: Document, document;
    /// Who takes part in what, in which role.
    participations: Participation, participation;
    /// Seizures and destructions.
    seizures: Seizure, seizure;
    /// Other results: arrests, persons present…
    outcomes: Outcome, outcome;
    /// Budgets and commitments.
    budgets: Budget, budget;
    /// Lists and counts as stated.
    lists: StatedList, list;
    /// Relations between records.
    relations: Relation, relation;
    /// Aims, scopes, circumstances and judgements the report states.
    statements: Statement, statement;
}

impl Dataset {
    /// The kind of the record with this id, if any.
    #[must_use]
    pub fn kind_of(&self, id: &str) -> Option<RecordKind> {
        self.records().find(|(_, rid, _)| rid.as_str() == id).map(|(k, _, _)| k)
    }

    /// The phases of the programme, project or phase with this id, in the dataset's order.
    ///
    /// The iterator borrows the dataset only, not `id` (as do the other lookups by id), so a
    /// temporary id will do: `report.phases_of(&ids::COPOLAD)`.
    pub fn phases_of<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Phase> + use<'a> {
        let mut rest = self.phases.iter();
        let first = rest.find(|p| p.of.id == *id);
        // the first match's own id stands for `id` from here on
        let id: Option<&'a str> = first.map(|p| p.of.id.as_str());
        first.into_iter().chain(rest.filter(move |p| Some(p.of.id.as_str()) == id))
    }

    /// The participations in the record with this id **and in everything under it** (its
    /// phases, projects, components, bodies, work areas, task forces and events: see
    /// [`descendants`](Self::descendants)), in the dataset's order. Each answer says which record
    /// its participation is directly in ([`Found::at`], the participation's subject) and how
    /// far below the record asked about that one stands ([`Found::depth`]).
    ///
    /// ```
    /// use eu_celac_drugs::{Role, ids};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // Who leads COPOLAD's working groups? Asked of COPOLAD, answered from COPOLAD III's groups.
    /// for p in report.participations_in(&ids::COPOLAD).filter(|p| p.role() == Role::Lead) {
    ///     println!("{} leads {} ({} below COPOLAD)", p.as_written(), p.at, p.depth);
    /// }
    /// assert!(report.participations_in(&ids::COPOLAD).any(|p| p.as_written() == "Uruguay" && p.depth == 2));
    /// ```
    pub fn participations_in<'a>(&'a self, id: &str) -> impl Iterator<Item = Found<'a, Participation>> + use<'a> {
        let family = self.family(id);
        self.participations.iter().filter_map(move |p| {
            family.depth(p.subject.id.as_str()).map(|depth| Found { record: p, at: &p.subject, depth })
        })
    }

    /// The participations whose subject is exactly the record with this id, in the dataset's
    /// order: not those in what stands under it (for them, [`participations_in`](Self::participations_in)).
    ///
    /// ```
    /// use eu_celac_drugs::ids;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// assert!(report.participations_in_exactly(&ids::COPOLAD).all(|p| p.subject().id == ids::COPOLAD));
    /// ```
    pub fn participations_in_exactly<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Participation> + use<'a> {
        let mut rest = self.participations.iter();
        let first = rest.find(|p| p.subject.id == *id);
        // the first match's own id stands for `id` from here on: the iterator borrows the dataset only
        let id: Option<&'a str> = first.map(|p| p.subject.id.as_str());
        first.into_iter().chain(rest.filter(move |p| Some(p.subject.id.as_str()) == id))
    }

    /// Whether no two records share an id (the check [`Dataset::problems`] also makes, alone
    /// and cheaply).
    ///
    /// ```
    /// assert!(eu_celac_drugs::report_2021_2022().has_unique_ids());
    /// ```
    #[must_use]
    pub fn has_unique_ids(&self) -> bool {
        let mut seen = FastSet::with_capacity_and_hasher(self.len(), Default::default());
        self.records().all(|(_, id, _)| seen.insert(id.as_str()))
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Dataset {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Every text and id read shares its buffer with the equal ones read before it.
        let parts = crate::model::text::interning(|| DatasetParts::deserialize(deserializer))?;
        // One line, as serde's messages are (the position follows it).
        Self::new(parts).map_err(|e| serde::de::Error::custom(format_args!("{e:#}")))
    }
}

mod hierarchy;
mod ids_index;
mod lookup;
mod meetings;
mod navigate;
mod parties;
mod statements;

pub use hierarchy::Found;
pub use meetings::Meeting;

pub use lookup::RecordRef;
pub use navigate::{Attribution, Index, ProgrammeLink};
pub use statements::DocumentAct;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::{Country, Participation, ParticipationParts, Role, SourceRef, Status};

    /// A dataset of `n` participations with every kind of problem, here and there.
    fn broken(n: usize) -> Dataset {
        let mut parts = DatasetParts::from(crate::report_2021_2022().clone());
        for i in 0..n {
            let subject = match i % 1000 {
                7 => Ref::new(RecordKind::Project, Id::new("no-such-project").unwrap()),
                8 => Ref::new(RecordKind::Programme, Id::new("aircop").unwrap()),
                _ => Ref::new(RecordKind::Programme, Id::new("copolad").unwrap()),
            };
            let id = if i % 977 == 5 { "aircop".to_owned() } else { format!("p{i}") };
            let section = if i % 1500 == 9 { "no-such-section" } else { "i" };
            let p = Participation::new(ParticipationParts::new(
                Id::new(id).unwrap(),
                Country::PE,
                subject,
                Role::Member,
                Status::Active,
                "Peru",
                SourceRef::quoted(section, "co-chaired by Portugal and Mexico").unwrap(),
            ))
            .unwrap();
            parts.participations.push(p);
        }
        Dataset::assemble(parts)
    }

    #[test]
    fn two_cores_find_the_problems_one_does_in_the_same_order() {
        let d = broken(PARALLEL_FROM + 3_000);
        let sequential = d.problems();
        assert!(sequential.len() > 100);
        let (all, omitted) = d.first_problems(usize::MAX);
        assert_eq!((all, omitted), (sequential.clone(), 0));
        let (first, omitted) = d.first_problems(7);
        assert_eq!(first, sequential[..7].to_vec());
        assert_eq!(omitted, sequential.len() - 7);
        let (none, omitted) = d.first_problems(0);
        assert!(none.is_empty());
        assert_eq!(omitted, sequential.len());
        // A small dataset is checked on one core, with the same answer.
        let small = broken(2_000);
        assert_eq!(small.first_problems(usize::MAX).0, small.problems());
    }
}
