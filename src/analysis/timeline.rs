//! The timeline: every dated record in the order of its partial date, placed against the
//! reporting period.

use chrono::NaiveDate;

use crate::model::record::{RecordKind, Ref, code_enum};
use crate::{Dataset, Index, SourceRef, When};

code_enum! {
    /// Where a dated fact lies relative to a period (by default the report's own).
    ///
    /// ```
    /// use eu_celac_drugs::analysis::PeriodRelation;
    ///
    /// assert_eq!(PeriodRelation::Across.to_string(), "across");
    /// ```
    pub enum PeriodRelation {
        /// Wholly before the period.
        Before,
        /// Wholly inside it (every day the date can mean lies inside).
        Inside,
        /// Partly inside and partly outside (or open-ended from inside or before it).
        Across,
        /// Wholly after the period.
        After,
    }
}

impl PeriodRelation {
    /// Where `when` lies relative to the period `from..=to`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use eu_celac_drugs::When;
    /// use eu_celac_drugs::analysis::PeriodRelation;
    ///
    /// let from = NaiveDate::from_ymd_opt(2021, 6, 1).unwrap();
    /// let to = NaiveDate::from_ymd_opt(2022, 5, 31).unwrap();
    /// let june_2022: When = "2022-06-01/2022-06-02".parse()?;
    /// assert_eq!(PeriodRelation::of(&june_2022, from, to), PeriodRelation::After);
    /// # Ok::<(), eu_celac_drugs::ParseDateError>(())
    /// ```
    #[must_use]
    pub fn of(when: &When, from: NaiveDate, to: NaiveDate) -> Self {
        let earliest = when.earliest();
        match when.latest() {
            Some(latest) if latest < from => Self::Before,
            _ if earliest > to => Self::After,
            Some(latest) if earliest >= from && latest <= to => Self::Inside,
            _ => Self::Across,
        }
    }
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
    pub label: &'a str,
    /// Where it lies relative to the period asked for (by default the reporting period).
    pub relation: PeriodRelation,
    /// Whether part of the date was completed by inference (the text omits the year).
    pub inferred: bool,
    /// Where the report states it.
    pub source: &'a SourceRef,
}

/// Every dated fact of `dataset` in date order (the order of [`When`]), placed against
/// `period` (the report's reporting period when `None`) and keeping only the facts that overlap
/// it when `only_overlapping` is set.
///
/// ```
/// use eu_celac_drugs::analysis::{PeriodRelation, timeline};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let all = timeline(report, None, false);
/// assert!(all.windows(2).all(|w| w[0].when <= w[1].when));
/// assert!(all.iter().any(|e| e.relation == PeriodRelation::Before));
/// let inside = timeline(report, None, true);
/// assert!(inside.iter().all(|e| e.relation != PeriodRelation::Before && e.relation != PeriodRelation::After));
/// ```
#[must_use]
pub fn timeline<'a>(
    dataset: &'a Dataset,
    period: Option<(NaiveDate, NaiveDate)>,
    only_overlapping: bool,
) -> Vec<TimelineEntry<'a>> {
    let index = Index::new(dataset);
    let (from, to) = period.unwrap_or((dataset.meta().period_start(), dataset.meta().period_end()));
    let mut out = Vec::new();
    let mut push = |when: Option<When>, what: &'static str, kind: RecordKind, id: &crate::Id, source: &'a SourceRef| {
        if let Some(when) = when {
            let record = Ref::new(kind, id.clone());
            let relation = PeriodRelation::of(&when, from, to);
            if only_overlapping && matches!(relation, PeriodRelation::Before | PeriodRelation::After) {
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
