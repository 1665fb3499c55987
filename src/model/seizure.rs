//! Seizures and other results: what was seized or destroyed, arrests, persons present.

use crate::error::{check_opt_text, check_text};
use crate::model::quantity::check_stated;
use crate::model::record::{RecordKind, Ref, Text, code_enum, record};
use crate::{Dimension, Id, Place, Quantity, SourceRef, ValidationError, When};

code_enum! {
    /// The category of a seized commodity.
    ///
    /// The category is this crate's classification of the commodity the report names; the
    /// commodity itself is kept as written. Ephedrine is a precursor (Table I of the 1988 UN
    /// Convention); "solid chemical substances" and "liquid substances" are [`Other`](Self::Other),
    /// since the report does not say they are precursors.
    ///
    /// ```
    /// use eu_celac_drugs::CommodityCategory;
    ///
    /// assert_eq!("precious_metal".parse::<CommodityCategory>()?, CommodityCategory::PreciousMetal);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum CommodityCategory {
        /// A drug (cocaine, cannabis, khat, heroin, amphetamine, …).
        Drug,
        /// A drug precursor.
        Precursor,
        /// Medicine, including falsified medical products.
        Medicine,
        /// Wildlife products (ivory, pangolin scales).
        Wildlife,
        /// Currency.
        Currency,
        /// Arms and ammunition.
        Arms,
        /// Precious metals (gold).
        PreciousMetal,
        /// Anything else.
        Other,
    }
}

code_enum! {
    /// What happened to the commodity. Totals
    /// ([`seizure_totals`](crate::analysis::seizure_totals)) keep seized and destroyed amounts
    /// apart by default.
    ///
    /// ```
    /// use eu_celac_drugs::SeizureAction;
    ///
    /// assert_eq!(SeizureAction::Destroyed.to_string(), "destroyed");
    /// ```
    pub enum SeizureAction {
        /// Seized.
        Seized,
        /// Destroyed ("the destruction of").
        Destroyed,
    }
}

code_enum! {
    /// How the report credits a seizure or another result ([`Outcome`]) to the project it
    /// names or stands under.
    ///
    /// "AIRCOP's drugs seizures amounted to …" are the project's own (made by its task forces);
    /// "SEACOP contributed to a seizure of …" and "The project contributed to significant seizures"
    /// are seizures made by others with the project's help — and so are the other results of the
    /// operations that sentence introduces ("Operation MIHADARATI led to 287 arrests"). Totals
    /// ([`seizure_totals`](crate::analysis::seizure_totals)) keep the two apart by default:
    /// adding a project's contributions to another's own seizures may count one seizure twice.
    ///
    /// ```
    /// use eu_celac_drugs::Credit;
    ///
    /// assert_eq!("contribution".parse::<Credit>()?, Credit::Contribution);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum Credit {
        /// The project's own seizure ("AIRCOP's drugs seizures").
        Own,
        /// A seizure the project contributed to ("contributed to a seizure of", "led to").
        Contribution,
    }
}

record! {
    /// A seizure (or destruction) of a commodity, exactly as the report states it, with what
    /// it is attributed to, when and where.
    ///
    /// ```
    /// use eu_celac_drugs::{Qualifier, Unit};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let cocaine = report
    ///     .seizures()
    ///     .iter()
    ///     .find(|s| s.project().map(|p| p.as_str()) == Some("aircop") && s.commodity() == "cocaine")
    ///     .unwrap();
    /// assert_eq!(cocaine.quantity().qualifier(), Qualifier::Over);
    /// assert_eq!(cocaine.quantity().unit(), Unit::MetricTon);
    /// ```
    pub struct Seizure / SeizureParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The programme the report attributes it to, where it names no project of the programme
        /// (a seizure of a project counts for the project's programme through the project).
        programme: Option<Id> => Option<&Id> = as_ref,
        /// The project the report attributes it to.
        project: Option<Id> => Option<&Id> = as_ref,
        /// The operation that made it, if named.
        operation: Option<Id> => Option<&Id> = as_ref,
        /// Whether the project made it or contributed to it.
        credit: Credit => Credit = copy,
        /// The commodity as the report names it ("cocaine", "undeclared US dollars").
        commodity: Text => &str = ref,
        /// The commodity's category.
        category: CommodityCategory => CommodityCategory = copy,
        /// How much, exactly as stated: figure, unit and qualifier.
        quantity: Quantity => Quantity = copy,
        /// The figure as the report writes it ("over 9.6 tons", "half a ton").
        stated: Text => &str = ref,
        /// Seized or destroyed.
        action: SeizureAction => SeizureAction = copy,
        /// The period the figure is for, if stated.
        period: Option<When> => Option<When> = copy,
        /// Where, if stated.
        place: Option<Place> => Option<&Place> = as_ref,
        /// Where the report states it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Seizure {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if self.programme.is_none() && self.project.is_none() && self.operation.is_none() {
            return Err(ValidationError::Inconsistent {
                field: "project",
                reason: format!("seizure {} is attributed to no programme, project or operation", self.id),
            });
        }
        if let (Some(programme), Some(project)) = (&self.programme, &self.project) {
            return Err(ValidationError::Inconsistent {
                field: "programme",
                reason: format!(
                    "seizure {} names both the programme {programme} and the project {project}: give the project \
                     alone (it counts for its programme)",
                    self.id
                ),
            });
        }
        check_text("commodity", &self.commodity)?;
        check_text("stated", &self.stated)?;
        if self.quantity.unit().dimension() == Dimension::Count {
            return Err(ValidationError::WrongUnit {
                field: "quantity",
                value: format!("{:?}", self.quantity.unit()),
                expected: "a mass, volume, number of pieces or currency",
            });
        }
        let q = self.quantity;
        check_stated(&format!("seizure {}", self.id), &self.stated, q.qualifier(), q.value(), q.unit())?;
        if let Some(place) = &self.place {
            place.check()?;
        }
        self.source.check()
    }
}

code_enum! {
    /// What an [`Outcome`] counts.
    ///
    /// ```
    /// use eu_celac_drugs::OutcomeKind;
    ///
    /// assert_eq!(OutcomeKind::Arrests.to_string(), "arrests");
    /// ```
    pub enum OutcomeKind {
        /// Arrests made.
        Arrests,
        /// Wanted persons arrested.
        PersonsArrested,
        /// Persons intercepted.
        Interceptions,
        /// Victims identified.
        VictimsIdentified,
        /// Criminal networks dismantled.
        NetworksDismantled,
        /// Laboratories destroyed.
        LabsDestroyed,
        /// People present at an event.
        Attendance,
    }
}

/// The credit of an outcome read from a JSON document that gives none: version 2 of the format
/// had no `credit` for outcomes, and read every outcome as the result of the record it names
/// (`of`), which is what [`Credit::Own`] says. A document of the compiled-in report written
/// before the field existed therefore reads CRIMJUST's arrests and laboratories as own results:
/// write it again to get the marking.
#[cfg(feature = "serde")]
const fn outcome_credit_unstated() -> Credit {
    Credit::Own
}

record! {
    /// A result other than a seizure: arrests, laboratories destroyed, persons intercepted,
    /// people present. The figure is optional: "several victims … have been identified" is
    /// kept, with no number.
    ///
    /// Like a [`Seizure`], an outcome says how the report credits it to the project it stands
    /// under ([`Credit`]): the 287 arrests of Operation MIHADARATI are a result CRIMJUST
    /// contributed to ("The project contributed to significant seizures. Operation MIHADARATI led
    /// to 287 arrests…"), not its own. Nothing in the crate adds outcomes up; a caller who does
    /// should keep the two apart, as [`seizure_totals`](crate::analysis::seizure_totals) does.
    ///
    /// ```
    /// use eu_celac_drugs::{Credit, OutcomeKind};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let arrests = report.outcomes().iter().find(|o| o.kind() == OutcomeKind::Arrests).unwrap();
    /// assert_eq!(arrests.stated(), Some("287"));
    /// assert_eq!(arrests.credit(), Credit::Contribution);
    /// ```
    pub struct Outcome / OutcomeParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// What it is a result of: a project, operation or event.
        of: Ref => &Ref = ref,
        /// Whether it is a result of the project it stands under ([`Credit::Own`]) or one the
        /// project contributed to ([`Credit::Contribution`]). Optional in JSON, for documents
        /// written before the field existed: missing, it reads [`Credit::Own`], what those
        /// documents said.
        credit: Credit => Credit = copy [cfg_attr(feature = "serde", serde(default = "outcome_credit_unstated"))],
        /// What it counts.
        kind: OutcomeKind => OutcomeKind = copy,
        /// What happened, in the report's words.
        description: Text => &str = ref,
        /// How many, exactly as stated, if stated.
        quantity: Option<Quantity> => Option<Quantity> = copy,
        /// The figure as the report writes it ("287", "Six", "over 200").
        stated: Option<Text> => Option<&str> = deref,
        /// The period it is for, if stated.
        period: Option<When> => Option<When> = copy,
        /// Where, if stated.
        place: Option<Place> => Option<&Place> = as_ref,
        /// Where the report states it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Outcome {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        self.of.expect_kind(
            "of",
            &[
                RecordKind::Project,
                RecordKind::Operation,
                RecordKind::Event,
                RecordKind::TaskForce,
                RecordKind::Programme,
            ],
            "a project, operation, event, task force or programme",
        )?;
        check_text("description", &self.description)?;
        check_opt_text("stated", self.stated.as_deref())?;
        if self.quantity.is_some() != self.stated.is_some() {
            return Err(ValidationError::Inconsistent {
                field: "stated",
                reason: format!("outcome {}: a figure needs its stated form and a stated form its figure", self.id),
            });
        }
        if let (Some(q), Some(stated)) = (self.quantity, self.stated.as_deref()) {
            check_stated(&format!("outcome {}", self.id), stated, q.qualifier(), q.value(), q.unit())?;
        }
        if let Some(place) = &self.place {
            place.check()?;
        }
        self.source.check()
    }
}
