//! Projects, sub-projects and components of programmes, and the named operations they support.

use crate::error::{check_opt_text, check_text, check_unique};
use crate::model::record::{List, RecordKind, Ref, Text, code_enum, record};
use crate::{Id, SourceRef, ValidationError, When};

code_enum! {
    /// What kind of unit a [`Project`] is within its programme.
    ///
    /// ```
    /// use eu_celac_drugs::ProjectKind;
    ///
    /// assert_eq!("sub_project".parse::<ProjectKind>()?, ProjectKind::SubProject);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum ProjectKind {
        /// A project under a programme (AIRCOP, COLIBRI, SEACOP, CRIMJUST under the GIFP).
        Project,
        /// A project that monitors and supports the others (MASIF).
        SupportProject,
        /// A sub-project ("EL PAcCTO has also two sub-projects").
        SubProject,
        /// A component ("the first component, on IBM").
        Component,
        /// A line of work or area of action of a programme (the consolidation of AMERIPOL).
        WorkLine,
    }
}

record! {
    /// A project, sub-project or component of a programme.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let aircop = report.project("aircop").expect("AIRCOP is in the report");
    /// assert_eq!(aircop.programme().as_str(), "gifp");
    /// ```
    pub struct Project / ProjectParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The programme it belongs to.
        programme: Id => &Id = ref,
        /// The project it is a part of, for sub-projects and components of a project.
        parent: Option<Id> => Option<&Id> = as_ref,
        /// What kind of unit it is.
        kind: ProjectKind => ProjectKind = copy,
        /// Its number, where the report numbers it (EUROFRONT's "Component 1").
        ordinal: Option<u8> => Option<u8> = copy,
        /// Its name, in the first form the report gives it.
        name: Text => &str = ref,
        /// Its acronym, if the report gives one.
        acronym: Option<Text> => Option<&str> = deref,
        /// Other forms of the name the report uses, verbatim.
        aliases: List<Text> => &[Text] = ref,
        /// What it works on, in the report's words.
        focus: Option<Text> => Option<&str> = deref,
        /// When it was launched or started, as stated.
        launched: Option<When> => Option<When> = copy,
        /// Where the report introduces it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Project {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if self.parent.as_ref() == Some(&self.id) {
            return Err(ValidationError::Inconsistent {
                field: "parent",
                reason: format!("project {} cannot be its own parent", self.id),
            });
        }
        if self.ordinal == Some(0) {
            return Err(ValidationError::OutOfRange { field: "ordinal", value: 0, min: 1, max: 255 });
        }
        check_text("name", &self.name)?;
        check_opt_text("acronym", self.acronym.as_deref())?;
        check_opt_text("focus", self.focus.as_deref())?;
        for alias in self.aliases.iter() {
            check_text("aliases", alias)?;
        }
        check_unique("aliases", &self.aliases)?;
        self.source.check()
    }
}

record! {
    /// A named law-enforcement operation a project supported (MIHADARATI, TRIGGER, CARGA BLANCA).
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// assert!(report.operations().iter().any(|o| o.name() == "MIHADARATI"));
    /// ```
    pub struct Operation / OperationParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The project, programme or network under which it ran.
        of: Ref => &Ref = ref,
        /// Its name as the report writes it.
        name: Text => &str = ref,
        /// Other names the report gives it ("DHL" beside "CARGA BLANCA").
        aliases: List<Text> => &[Text] = ref,
        /// Where the report names it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Operation {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        self.of.expect_kind(
            "of",
            &[RecordKind::Project, RecordKind::Programme, RecordKind::Network],
            "a project, programme or network",
        )?;
        check_text("name", &self.name)?;
        for alias in self.aliases.iter() {
            check_text("aliases", alias)?;
        }
        check_unique("aliases", &self.aliases)?;
        self.source.check()
    }
}
