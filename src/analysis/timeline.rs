//! The timeline: every dated record in the order of its partial date, placed against the
//! reporting period.

use chrono::NaiveDate;

use crate::model::record::{RecordKind, Ref, code_enum};
use crate::{Dataset, Index, SourceRef, When};

code_enum! {
    /// Where a dated fact lies relative to a period (by default the report's own).
    ///
    /// A fact is dated at the precision the report gives: "2021" may mean any day of 2021, so
    /// against a period starting 1 June 2021 it lies [`Across`](Self::Across) the start. A fact
    /// with no end ("since April 2021", "from March onwards") is [`OpenEnded`](Self::OpenEnded)
    /// unless it starts after the period.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::PeriodRelation;
    ///
    /// assert_eq!(PeriodRelation::OpenEnded.to_string(), "open_ended");
    /// ```
    pub enum PeriodRelation {
        /// Wholly before the period.
        Before,
        /// Wholly inside it (every day the date can mean lies inside).
        Inside,
        /// Its days, all known, lie partly inside and partly outside (or may: "2021" against a
        /// period from June 2021).
        Across,
        /// It has no end, and starts before or inside the period ("since April 2021").
        OpenEnded,
        /// Wholly after the period.
        After,
    }
}

impl PeriodRelation {
    /// Where `when` lies relative to the period `from..=to`.
    ///
    /// ```
    /// use eu_celac_drugs::chrono::NaiveDate;
    /// use eu_celac_drugs::When;
    /// use eu_celac_drugs::analysis::PeriodRelation;
    ///
    /// let from = NaiveDate::from_ymd_opt(2021, 6, 1).unwrap();
    /// let to = NaiveDate::from_ymd_opt(2022, 5, 31).unwrap();
    /// let june_2022: When = "2022-06-01/2022-06-02".parse()?;
    /// assert_eq!(PeriodRelation::of(&june_2022, from, to), PeriodRelation::After);
    /// let since: When = "2021-04/..".parse()?;
    /// assert_eq!(PeriodRelation::of(&since, from, to), PeriodRelation::OpenEnded);
    /// # Ok::<(), eu_celac_drugs::ParseDateError>(())
    /// ```
    #[must_use]
    pub fn of(when: &When, from: NaiveDate, to: NaiveDate) -> Self {
        let earliest = when.earliest();
        match when.latest() {
            _ if earliest > to => Self::After,
            None => Self::OpenEnded,
            Some(latest) if latest < from => Self::Before,
            Some(latest) if earliest >= from && latest <= to => Self::Inside,
            Some(_) => Self::Across,
        }
    }
}

code_enum! {
    /// Which dated facts a [`timeline`] keeps, by where they lie relative to its period. Each
    /// choice names what it returns; none keeps open-ended facts unless it says so.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::{PeriodRelation, Selection};
    ///
    /// assert!(Selection::Inside.keeps(PeriodRelation::Inside));
    /// assert!(!Selection::Overlapping.keeps(PeriodRelation::OpenEnded));
    /// assert!(Selection::OverlappingOrOpenEnded.keeps(PeriodRelation::OpenEnded));
    /// ```
    #[derive(Default)]
    pub enum Selection {
        /// Every dated fact, placed against the period.
        #[default]
        All,
        /// Only facts wholly inside the period.
        Inside,
        /// Facts wholly or partly inside the period, with a known end.
        Overlapping,
        /// Facts wholly or partly inside the period, and open-ended facts that started before or
        /// inside it (still going on, as far as the report says).
        OverlappingOrOpenEnded,
    }
}

impl Selection {
    /// Whether a fact that lies `relation` to the period is kept.
    #[must_use]
    pub const fn keeps(self, relation: PeriodRelation) -> bool {
        match self {
            Self::All => true,
            Self::Inside => matches!(relation, PeriodRelation::Inside),
            Self::Overlapping => matches!(relation, PeriodRelation::Inside | PeriodRelation::Across),
            Self::OverlappingOrOpenEnded => {
                matches!(relation, PeriodRelation::Inside | PeriodRelation::Across | PeriodRelation::OpenEnded)
            }
        }
    }
}

/// What a [`timeline`] shows: the period to place facts against (the report's reporting period
/// when `None`) and which facts to keep. The default is every dated fact against the reporting
/// period.
///
/// ```
/// use eu_celac_drugs::chrono::NaiveDate;
/// use eu_celac_drugs::analysis::{Selection, TimelineQuery};
///
/// let q1_2022 = TimelineQuery {
///     period: Some((NaiveDate::from_ymd_opt(2022, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2022, 3, 31).unwrap())),
///     selection: Selection::Inside,
/// };
/// assert_ne!(q1_2022, TimelineQuery::default());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimelineQuery {
    /// The period, both ends included; the report's reporting period when `None`.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// Which facts to keep.
    pub selection: Selection,
}

/// One dated fact of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TimelineEntry<'a> {
    /// When, as stated.
    pub when: When,
    /// What happened: "event", "launch", "start", "period", "established", "document", "seizure"…
    pub what: &'static str,
    /// The record it comes from.
    pub record: Ref,
    /// A label of the record.
    pub label: std::borrow::Cow<'a, str>,
    /// Where it lies relative to the period asked for (by default the reporting period).
    pub relation: PeriodRelation,
    /// Whether part of the date was completed by inference (the text omits the year).
    pub inferred: bool,
    /// Where the report states it.
    pub source: &'a SourceRef,
}

/// Every dated fact of `dataset` in date order (the order of [`When`]), placed against the
/// query's period and kept as its [`Selection`] says.
///
/// ```
/// use eu_celac_drugs::analysis::{PeriodRelation, Selection, TimelineQuery, timeline};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let all = timeline(report, &TimelineQuery::default());
/// assert!(all.windows(2).all(|w| w[0].when <= w[1].when));
/// assert!(all.iter().any(|e| e.relation == PeriodRelation::Before));
/// // What happened within the reporting period, and nothing that merely goes on through it:
/// let inside = timeline(report, &TimelineQuery { selection: Selection::Inside, ..TimelineQuery::default() });
/// assert!(inside.iter().all(|e| e.relation == PeriodRelation::Inside));
/// ```
#[must_use]
pub fn timeline<'a>(dataset: &'a Dataset, query: &TimelineQuery) -> Vec<TimelineEntry<'a>> {
    let index = Index::new(dataset);
    let (from, to) = query.period.unwrap_or((dataset.meta().period_start(), dataset.meta().period_end()));
    let mut out = Vec::new();
    let mut push = |when: Option<When>, what: &'static str, kind: RecordKind, id: &crate::Id, source: &'a SourceRef| {
        if let Some(when) = when {
            let record = Ref::new(kind, id.clone());
            let relation = PeriodRelation::of(&when, from, to);
            if !query.selection.keeps(relation) {
                return;
            }
            out.push(TimelineEntry {
                when,
                what,
                label: index.label_of(&record),
                record,
                relation,
                inferred: when.year_inferred(),
                source,
            });
        }
    };
    let d = dataset;
    for x in d.events().iter() {
        push(x.date(), "event", RecordKind::Event, x.id(), x.source());
    }
    for x in d.programmes().iter() {
        push(x.launched(), "launch", RecordKind::Programme, x.id(), x.source());
        push(x.period(), "period", RecordKind::Programme, x.id(), x.source());
    }
    for x in d.phases().iter() {
        push(x.period(), "phase", RecordKind::Phase, x.id(), x.source());
    }
    for x in d.projects().iter() {
        push(x.launched(), "launch", RecordKind::Project, x.id(), x.source());
    }
    for x in d.committees().iter() {
        push(x.established(), "established", RecordKind::Committee, x.id(), x.source());
    }
    for x in d.networks().iter() {
        push(x.period(), "network", RecordKind::Network, x.id(), x.source());
    }
    for x in d.working_groups().iter() {
        push(x.launched(), "launch", RecordKind::WorkingGroup, x.id(), x.source());
    }
    for x in d.documents().iter() {
        push(x.date(), "document", RecordKind::Document, x.id(), x.source());
    }
    for x in d.participations().iter() {
        push(x.period(), "participation", RecordKind::Participation, x.id(), x.source());
    }
    for x in d.seizures().iter() {
        push(x.period(), "seizure", RecordKind::Seizure, x.id(), x.source());
    }
    for x in d.outcomes().iter() {
        push(x.period(), "outcome", RecordKind::Outcome, x.id(), x.source());
    }
    for x in d.budgets().iter() {
        push(x.period(), "budget", RecordKind::Budget, x.id(), x.source());
    }
    for x in d.relations().iter() {
        push(x.period(), "relation", RecordKind::Relation, x.id(), x.source());
    }
    out.sort_by(|a, b| a.when.cmp(&b.when).then_with(|| a.record.cmp(&b.record)));
    out
}
