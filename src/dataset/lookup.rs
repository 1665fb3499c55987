//! The record a reference points to, whatever its kind: [`RecordRef`], [`Dataset::get`].

use crate::model::record::{RecordKind, Ref};
use crate::{
    BorderArea, Budget, Committee, Dataset, Document, Event, Id, Index, Instrument, Network, Operation, Organisation,
    Outcome, Participation, Phase, Programme, Project, Record, Relation, Seizure, SourceRef, StatedList, Statement,
    TaskForce, WorkArea, WorkingGroup,
};

macro_rules! record_ref {
    ($( $variant:ident($ty:ident) in $field:ident; )*) => {
        /// A reference to one record of a [`Dataset`], of any kind: what [`Dataset::get`] answers
        /// for a [`Ref`] (the subject of a participation, a timeline entry's record, a finding's
        /// records…).
        ///
        /// Match on it for the record's own type, or use what every record has: [`id`](Self::id),
        /// [`kind`](Self::kind), [`source`](Self::source), a [`label`](Self::label) for readers.
        ///
        /// ```
        /// use eu_celac_drugs::{RecordKind, RecordRef, ids};
        ///
        /// let report = eu_celac_drugs::report_2021_2022();
        /// let participation = report.with_role(&ids::CLASI_ARMS_TRAFFICKING, eu_celac_drugs::Role::Lead).next().unwrap();
        /// let subject = report.get(participation.subject()).unwrap();
        /// assert_eq!(subject.kind(), RecordKind::WorkArea);
        /// assert_eq!(subject.label(), "Fight against arms trafficking");
        /// if let RecordRef::WorkArea(area) = subject {
        ///     assert_eq!(area.of().id, ids::CLASI);
        /// }
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum RecordRef<'a> {
            $(
                #[doc = concat!("A [`", stringify!($ty), "`].")]
                $variant(&'a $ty),
            )*
        }

        impl<'a> RecordRef<'a> {
            /// The record's id.
            #[must_use]
            pub fn id(self) -> &'a Id {
                match self { $( Self::$variant(r) => r.record_id(), )* }
            }

            /// The kind of record.
            #[must_use]
            pub fn kind(self) -> RecordKind {
                match self { $( Self::$variant(_) => RecordKind::$variant, )* }
            }

            /// Where the report states it.
            #[must_use]
            pub fn source(self) -> &'a SourceRef {
                match self { $( Self::$variant(r) => r.record_source(), )* }
            }

            /// The references the record makes, each with the name of the field that holds it.
            #[must_use]
            pub fn references(self) -> Vec<(&'static str, Ref)> {
                match self { $( Self::$variant(r) => r.references(), )* }
            }
        }

        $(
            impl<'a> From<&'a $ty> for RecordRef<'a> {
                fn from(record: &'a $ty) -> Self {
                    Self::$variant(record)
                }
            }
        )*

        impl Dataset {
            /// The record `r` points to, if the dataset holds a record of that kind with that id.
            ///
            /// ```
            /// use eu_celac_drugs::{RecordKind, Ref, ids};
            ///
            /// let report = eu_celac_drugs::report_2021_2022();
            /// // The record each timeline entry is about, in one call.
            /// for entry in eu_celac_drugs::analysis::timeline(report, &Default::default()) {
            ///     let record = report.get(&entry.record).unwrap();
            ///     assert_eq!(record.id(), &entry.record.id);
            /// }
            /// let aircop = Ref::new(RecordKind::Project, ids::AIRCOP);
            /// assert_eq!(report.get(&aircop).unwrap().label(), "AIRCOP");
            /// // The id must be of the kind the reference says.
            /// assert!(report.get(&Ref::new(RecordKind::Programme, ids::AIRCOP)).is_none());
            /// ```
            #[must_use]
            pub fn get(&self, r: &Ref) -> Option<RecordRef<'_>> {
                match r.kind {
                    $( RecordKind::$variant => self.$field.iter().find(|x| x.id == r.id).map(RecordRef::$variant), )*
                }
            }

            /// The record with this id, whatever its kind (ids are unique across kinds).
            ///
            /// ```
            /// use eu_celac_drugs::{RecordKind, ids};
            ///
            /// let report = eu_celac_drugs::report_2021_2022();
            /// let clasi = report.record(&ids::CLASI).unwrap();
            /// assert_eq!((clasi.kind(), clasi.label()), (RecordKind::Committee, "CLASI"));
            /// assert!(report.record("no-such-record").is_none());
            /// ```
            #[must_use]
            pub fn record(&self, id: &str) -> Option<RecordRef<'_>> {
                None
                $( .or_else(|| self.$field.iter().find(|x| x.id == *id).map(RecordRef::$variant)) )*
            }
        }

        impl<'a> Index<'a> {
            /// The record `r` points to, found through the index (in constant time); the same
            /// answer as [`Dataset::get`].
            ///
            /// ```
            /// use eu_celac_drugs::Index;
            ///
            /// let index = Index::new(eu_celac_drugs::report_2021_2022());
            /// let clasi = index.get(&"committee:clasi".parse()?).unwrap();
            /// assert_eq!(clasi.label(), "CLASI");
            /// # Ok::<(), eu_celac_drugs::ValidationError>(())
            /// ```
            #[must_use]
            pub fn get(&self, r: &Ref) -> Option<RecordRef<'a>> {
                let d = self.dataset();
                let i = self.slot(r)?;
                match r.kind {
                    $( RecordKind::$variant => d.$field.get(i).map(RecordRef::$variant), )*
                }
            }
        }
    };
}

record_ref! {
    Organisation(Organisation) in organisations;
    Instrument(Instrument) in instruments;
    Programme(Programme) in programmes;
    Phase(Phase) in phases;
    Project(Project) in projects;
    Operation(Operation) in operations;
    WorkingGroup(WorkingGroup) in working_groups;
    Network(Network) in networks;
    Committee(Committee) in committees;
    WorkArea(WorkArea) in work_areas;
    TaskForce(TaskForce) in task_forces;
    BorderArea(BorderArea) in border_areas;
    Event(Event) in events;
    Document(Document) in documents;
    Participation(Participation) in participations;
    Seizure(Seizure) in seizures;
    Outcome(Outcome) in outcomes;
    Budget(Budget) in budgets;
    StatedList(StatedList) in lists;
    Relation(Relation) in relations;
    Statement(Statement) in statements;
}

impl<'a> RecordRef<'a> {
    /// A reference to the record.
    #[must_use]
    pub fn to_ref(self) -> Ref {
        Ref::new(self.kind(), self.id().clone())
    }

    /// The record's name as the report gives it: the name of a programme, phase, project, body,
    /// organisation, instrument or event, the title of a document, the label of a stated list;
    /// `None` for the records that have none (participations, seizures, outcomes, budgets,
    /// relations, statements).
    ///
    /// ```
    /// use eu_celac_drugs::ids;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let el_paccto = report.record(&ids::EL_PACCTO).unwrap();
    /// assert_eq!(el_paccto.label(), "EL PAcCTO");
    /// assert!(el_paccto.name().unwrap().starts_with("Europa-Latinoamérica"));
    /// ```
    #[must_use]
    pub fn name(self) -> Option<&'a str> {
        match self {
            Self::Organisation(x) => Some(x.name()),
            Self::Instrument(x) => Some(x.name()),
            Self::Programme(x) => Some(x.name()),
            Self::Phase(x) => Some(x.name()),
            Self::Project(x) => Some(x.name()),
            Self::Operation(x) => Some(x.name()),
            Self::WorkingGroup(x) => Some(x.name()),
            Self::Network(x) => Some(x.name()),
            Self::Committee(x) => Some(x.name()),
            Self::WorkArea(x) => Some(x.name()),
            Self::TaskForce(x) => Some(x.name()),
            Self::BorderArea(x) => Some(x.name()),
            Self::Event(x) => Some(x.name()),
            Self::Document(x) => Some(x.title()),
            Self::StatedList(x) => Some(x.label()),
            Self::Participation(_)
            | Self::Seizure(_)
            | Self::Outcome(_)
            | Self::Budget(_)
            | Self::Relation(_)
            | Self::Statement(_) => None,
        }
    }

    /// The record's acronym, if it has one (organisations, instruments, programmes, projects,
    /// networks, committees).
    #[must_use]
    pub fn acronym(self) -> Option<&'a str> {
        match self {
            Self::Organisation(x) => x.acronym(),
            Self::Instrument(x) => x.acronym(),
            Self::Programme(x) => x.acronym(),
            Self::Project(x) => x.acronym(),
            Self::Network(x) => x.acronym(),
            Self::Committee(x) => x.acronym(),
            _ => None,
        }
    }

    /// A short label for readers: the acronym if there is one, else the [name](Self::name),
    /// else the id. [`Index::label_of`] gives a fuller one (a phase with what it is a phase of,
    /// a participation or relation described).
    #[must_use]
    pub fn label(self) -> &'a str {
        self.acronym().or_else(|| self.name()).unwrap_or_else(|| self.id().as_str())
    }
}
