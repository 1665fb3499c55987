//! Programmes, their phases, their budgets and the instruments that fund them.

use crate::error::{check_opt_text, check_text, check_unique};
use crate::model::record::{List, RecordKind, Ref, Text, code_enum, record};
use crate::{Id, Money, Qualifier, Quantity, SourceRef, Status, Unit, ValidationError, When};

code_enum! {
    /// What kind of undertaking a [`Programme`] is.
    ///
    /// ```
    /// use eu_celac_drugs::ProgrammeKind;
    ///
    /// assert_eq!("team_europe_initiative".parse::<ProgrammeKind>()?, ProgrammeKind::TeamEuropeInitiative);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum ProgrammeKind {
        /// An EU-funded cooperation programme (COPOLAD, GIFP, EL PAcCTO, EUROFRONT).
        Programme,
        /// A Team Europe Initiative.
        TeamEuropeInitiative,
        /// A chapter of an action plan (Chapter 10 of the EU-CELAC Action Plan).
        ActionPlanChapter,
        /// An action plan.
        ActionPlan,
        /// A policy cycle or process (the Justice Policy Cycle).
        PolicyCycle,
    }
}

record! {
    /// A programme or initiative: COPOLAD, the Global Illicit Flows Programme, EL PAcCTO,
    /// EUROFRONT, Chapter 10 of the EU-CELAC Action Plan, the Team Europe Initiative…
    ///
    /// Phases, projects, budgets, bodies and participations refer to it by id: its phases are
    /// [`Phase`]s, its money [`Budget`]s, its funding instruments [`Relation`](crate::Relation)s
    /// of kind [`FundedUnder`](crate::RelationKind::FundedUnder) to an [`Instrument`], its
    /// implementers and partners [`Participation`](crate::Participation)s.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let gifp = report.programme("gifp").expect("the GIFP is in the report");
    /// assert_eq!(gifp.acronym(), Some("GIFP"));
    /// ```
    pub struct Programme / ProgrammeParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The full name, in the first form the report gives it.
        name: Text => &str = ref,
        /// The acronym, if the report gives one.
        acronym: Option<Text> => Option<&str> = deref,
        /// Other forms of the name the report uses, verbatim.
        aliases: List<Text> => &[Text] = ref,
        /// What kind of programme it is.
        kind: ProgrammeKind => ProgrammeKind = copy,
        /// When it was launched or started, as stated.
        launched: Option<When> => Option<When> = copy,
        /// The period it runs or ran, as stated.
        period: Option<When> => Option<When> = copy,
        /// Where the report introduces it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Programme {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
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
    /// A funding instrument of the EU's budget (IcSP, NDICI-Global Europe).
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// assert!(report.instruments().iter().any(|i| i.acronym() == Some("IcSP")));
    /// ```
    pub struct Instrument / InstrumentParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The name as the report writes it.
        name: Text => &str = ref,
        /// The acronym, if the report gives one.
        acronym: Option<Text> => Option<&str> = deref,
        /// Where the report names it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Instrument {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_text("name", &self.name)?;
        check_opt_text("acronym", self.acronym.as_deref())?;
        self.source.check()
    }
}

record! {
    /// A phase of a programme, project or phase: COPOLAD I–III, COPOLAD III's inception
    /// phase, SEACOP's phases III to V.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let phases: Vec<&str> = report.phases_of("copolad").map(|p| p.name()).collect();
    /// assert!(phases.contains(&"COPOLAD III"));
    /// ```
    pub struct Phase / PhaseParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// What it is a phase of: a programme, a project or another phase.
        of: Ref => &Ref = ref,
        /// Its number, where the report numbers it (COPOLAD III is 3).
        ordinal: Option<u8> => Option<u8> = copy,
        /// Its name as the report writes it.
        name: Text => &str = ref,
        /// When it runs or ran, as stated.
        period: Option<When> => Option<When> = copy,
        /// How far along it is.
        status: Status => Status = copy,
        /// Where the report states it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Phase {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        self.of.expect_kind(
            "of",
            &[RecordKind::Programme, RecordKind::Project, RecordKind::Phase],
            "a programme, project or phase",
        )?;
        if self.ordinal == Some(0) {
            return Err(ValidationError::OutOfRange { field: "ordinal", value: 0, min: 1, max: 255 });
        }
        check_text("name", &self.name)?;
        self.source.check()
    }
}

code_enum! {
    /// What a [`Budget`] figure is.
    ///
    /// ```
    /// use eu_celac_drugs::BudgetKind;
    ///
    /// assert_eq!(BudgetKind::Commitment.to_string(), "commitment");
    /// ```
    pub enum BudgetKind {
        /// A budget ("with a budget of").
        Budget,
        /// A total budget ("with a total budget of").
        TotalBudget,
        /// Money committed ("the EU has committed").
        Commitment,
    }
}

record! {
    /// A budget or financial commitment of a programme or phase, exactly as stated.
    ///
    /// ```
    /// use eu_celac_drugs::{Currency, ids};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let copolad_iii = report.budgets().iter().find(|b| b.of().id == ids::COPOLAD_III).unwrap();
    /// assert_eq!(copolad_iii.amount().currency(), Currency::EUR);
    /// ```
    pub struct Budget / BudgetParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// What the money is for: a programme, phase or project.
        of: Ref => &Ref = ref,
        /// What kind of figure it is.
        kind: BudgetKind => BudgetKind = copy,
        /// The amount, exactly as stated.
        amount: Money => Money = copy,
        /// The qualifier the report puts on it ("around").
        qualifier: Qualifier => Qualifier = copy,
        /// The figure as the report writes it ("EUR 15 million").
        stated: Text => &str = ref,
        /// The period it covers, if stated.
        period: Option<When> => Option<When> = copy,
        /// Where the report states it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Budget {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        self.of.expect_kind(
            "of",
            &[RecordKind::Programme, RecordKind::Project, RecordKind::Phase],
            "a programme, project or phase",
        )?;
        check_text("stated", &self.stated)?;
        if self.qualifier == Qualifier::Half {
            return Err(ValidationError::Inconsistent {
                field: "qualifier",
                reason: format!("budget {}: \"half a\" is not a qualifier of money", self.id),
            });
        }
        let unit = crate::Unit::Currency(self.amount.currency());
        crate::model::quantity::check_stated(
            &format!("budget {}", self.id),
            &self.stated,
            self.qualifier,
            self.amount.amount(),
            unit,
        )?;
        self.source.check()
    }

    /// The amount as a [`Quantity`] in its currency, with the budget's qualifier, for exact
    /// totals that carry the qualifier's bound.
    ///
    /// ```
    /// use eu_celac_drugs::Qualifier;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let around = report.budgets().iter().find(|b| b.qualifier() == Qualifier::About).unwrap();
    /// assert_eq!(around.figure().qualifier(), Qualifier::About);
    /// ```
    #[must_use]
    pub fn figure(&self) -> Quantity {
        let unit = Unit::Currency(self.amount.currency());
        // A valid budget has a positive amount and no "half a" qualifier, so this cannot fail;
        // the fallback keeps the amount if a future qualifier ever made it.
        Quantity::new(self.amount.amount(), unit, self.qualifier).unwrap_or_else(|_| Quantity::from(self.amount))
    }
}
