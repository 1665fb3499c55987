//! Bodies that belong to programmes: working groups, networks, committees and their work
//! areas, task forces, and border areas.

use crate::error::{check_opt_text, check_text, check_unique};
use crate::model::record::{List, RecordKind, Ref, Text, code_enum, record};
use crate::{Country, Id, Place, SourceRef, Status, ValidationError, When};

const PARENTS: &[RecordKind] = &[
    RecordKind::Programme,
    RecordKind::Phase,
    RecordKind::Project,
    RecordKind::Committee,
    RecordKind::Event,
    RecordKind::Organisation,
];
const PARENTS_EXPECTED: &str = "a programme, phase, project, committee, event or organisation";

fn check_parent(of: Option<&Ref>) -> Result<(), ValidationError> {
    of.map_or(Ok(()), |r| r.expect_kind("of", PARENTS, PARENTS_EXPECTED))
}

record! {
    /// A working group of a programme ("Precursors, led by Ecuador").
    ///
    /// Its leaders are [`Participation`](crate::Participation)s with the role
    /// [`Role::Lead`](crate::Role::Lead).
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// assert!(report.working_groups().iter().any(|w| w.name() == "Precursors"));
    /// ```
    pub struct WorkingGroup / WorkingGroupParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The programme or phase it belongs to.
        of: Ref => &Ref = ref,
        /// Its name as the report writes it.
        name: Text => &str = ref,
        /// How far along it is.
        status: Status => Status = copy,
        /// When it was launched, as stated.
        launched: Option<When> => Option<When> = copy,
        /// Where the report names it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl WorkingGroup {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_parent(Some(&self.of))?;
        check_text("name", &self.name)?;
        self.source.check()
    }
}

record! {
    /// A cooperation network (the Jaguar Network, REDCOPEN…), with what it works on.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let jaguar = report.networks().iter().find(|n| n.name() == "Jaguar Network").unwrap();
    /// assert_eq!(jaguar.theme(), Some("environmental crimes"));
    /// ```
    pub struct Network / NetworkParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The programme or body it belongs to, if the report says.
        of: Option<Ref> => Option<&Ref> = as_ref,
        /// Its name as the report writes it.
        name: Text => &str = ref,
        /// Its acronym, if the report gives one.
        acronym: Option<Text> => Option<&str> = deref,
        /// What it works on, in the report's words.
        theme: Option<Text> => Option<&str> = deref,
        /// How far along it is.
        status: Status => Status = copy,
        /// When it was created or consolidated, as stated.
        period: Option<When> => Option<When> = copy,
        /// Where the report names it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Network {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_parent(self.of.as_ref())?;
        check_text("name", &self.name)?;
        check_opt_text("acronym", self.acronym.as_deref())?;
        check_opt_text("theme", self.theme.as_deref())?;
        self.source.check()
    }
}

code_enum! {
    /// What kind of body a [`Committee`] is.
    ///
    /// ```
    /// use eu_celac_drugs::CommitteeKind;
    ///
    /// assert_eq!(CommitteeKind::Steering.to_string(), "steering");
    /// ```
    pub enum CommitteeKind {
        /// A technical committee (the EU-CELAC Technical Committee on Drugs).
        Technical,
        /// A programme's steering committee.
        Steering,
        /// A follow-up committee.
        FollowUp,
        /// A committee of ministries on internal security (CLASI, the EU's COSI).
        InternalSecurity,
    }
}

record! {
    /// A committee: the Mechanism's Technical Committee, COPOLAD's Steering Committee, the
    /// Latin American Internal Security Committee (CLASI)…
    ///
    /// Members, applicants, interested countries and presidencies are
    /// [`Participation`](crate::Participation)s; its work areas are [`WorkArea`]s.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let clasi = report.committee("clasi").expect("CLASI is in the report");
    /// assert_eq!(clasi.acronym(), Some("CLASI"));
    /// ```
    pub struct Committee / CommitteeParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The programme, mechanism or process it belongs to, if any.
        of: Option<Ref> => Option<&Ref> = as_ref,
        /// What kind of committee it is.
        kind: CommitteeKind => CommitteeKind = copy,
        /// Its name as the report writes it.
        name: Text => &str = ref,
        /// Its acronym, if the report gives one.
        acronym: Option<Text> => Option<&str> = deref,
        /// Other forms of the name the report uses, verbatim.
        aliases: List<Text> => &[Text] = ref,
        /// When it was established, as stated.
        established: Option<When> => Option<When> = copy,
        /// How far along it is.
        status: Status => Status = copy,
        /// Where the report names it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Committee {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_parent(self.of.as_ref())?;
        check_text("name", &self.name)?;
        check_opt_text("acronym", self.acronym.as_deref())?;
        for alias in self.aliases.iter() {
            check_text("aliases", alias)?;
        }
        check_unique("aliases", &self.aliases)?;
        self.source.check()
    }
}

record! {
    /// A numbered area of work of a committee or component ("1. Fight against drug
    /// trafficking"; EUROFRONT's pillars of technical assistance).
    ///
    /// ```
    /// use eu_celac_drugs::ids;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let areas: Vec<_> = report.work_areas().iter().filter(|a| a.of().id == ids::CLASI).collect();
    /// assert!(!areas.is_empty());
    /// ```
    pub struct WorkArea / WorkAreaParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The committee, project or component it belongs to.
        of: Ref => &Ref = ref,
        /// Its number in the report's list.
        ordinal: Option<u8> => Option<u8> = copy,
        /// Its name as the report writes it.
        name: Text => &str = ref,
        /// Where the report names it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl WorkArea {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_parent(Some(&self.of))?;
        if self.ordinal == Some(0) {
            return Err(ValidationError::OutOfRange { field: "ordinal", value: 0, min: 1, max: 255 });
        }
        check_text("name", &self.name)?;
        self.source.check()
    }
}

record! {
    /// A task force: an AIRCOP Joint Airport Interdiction Task Force at an airport, the
    /// temporary counter-narcotics task force the EU and CLASI agreed to establish…
    ///
    /// One record stands for one task force: "Cameroon (Douala and Yaoundé)" is two.
    ///
    /// ```
    /// use eu_celac_drugs::{Country, Status};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let in_jamaica = report.task_forces().iter().filter(|t| t.host() == Some(Country::JM)).count();
    /// assert!(in_jamaica >= 2);
    /// ```
    pub struct TaskForce / TaskForceParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The project or body it belongs to.
        of: Ref => &Ref = ref,
        /// Its name or kind as the report writes it ("Joint Airport Interdiction Task Forces (JAITFs)").
        name: Text => &str = ref,
        /// The country or territory that hosts it, if stated.
        host: Option<Country> => Option<Country> = copy,
        /// Where it sits, if stated (an airport).
        location: Option<Place> => Option<&Place> = as_ref,
        /// How far along it is (operational, under establishment, planned).
        status: Status => Status = copy,
        /// The country's name as written in the list the task force comes from.
        as_written: Option<Text> => Option<&str> = deref,
        /// Where the report states it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl TaskForce {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_parent(Some(&self.of))?;
        check_text("name", &self.name)?;
        check_opt_text("as_written", self.as_written.as_deref())?;
        if let (Some(host), Some(place_country)) = (self.host, self.location.as_ref().and_then(Place::country)) {
            if host != place_country {
                return Err(ValidationError::Inconsistent {
                    field: "location",
                    reason: format!("location lies in {place_country:?} but the host is {host:?}"),
                });
            }
        }
        if let Some(location) = &self.location {
            location.check()?;
        }
        self.source.check()
    }
}

record! {
    /// A border area and the countries it joins (EUROFRONT's four pilot border-crossing posts).
    ///
    /// ```
    /// use eu_celac_drugs::Country;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let triple = report.border_areas().iter().find(|b| b.name() == "Triple Frontera").unwrap();
    /// assert_eq!(triple.countries(), &[Country::AR, Country::BR, Country::PY]);
    /// ```
    pub struct BorderArea / BorderAreaParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The programme or project it belongs to.
        of: Ref => &Ref = ref,
        /// Its name as the report writes it.
        name: Text => &str = ref,
        /// The countries it joins, in the report's order.
        countries: List<Country> => &[Country] = ref,
        /// The countries as the report writes them ("Colombia-Ecuador").
        as_written: Text => &str = ref,
        /// Where the report states it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl BorderArea {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_parent(Some(&self.of))?;
        check_text("name", &self.name)?;
        check_text("as_written", &self.as_written)?;
        if self.countries.len() < 2 {
            return Err(ValidationError::OutOfRange {
                field: "countries",
                value: i64::try_from(self.countries.len()).unwrap_or(i64::MAX),
                min: 2,
                max: i64::MAX,
            });
        }
        check_unique("countries", &self.countries)?;
        self.source.check()
    }
}
