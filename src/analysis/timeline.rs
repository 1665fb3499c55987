//! The timeline: every dated record in the order of its partial date, placed against the
//! reporting period.

use chrono::NaiveDate;

use crate::model::record::{RecordKind, Ref, code_enum};
use crate::{Dataset, Index, RecordRef, SourceRef, When};

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
    /// An undated event placed by its parent's period ([`TimelineEntry::dated_by`]) is judged by
    /// those bounds, as any entry is: COPOLAD's information sessions, held in the inception phase
    /// (June – December 2021), lie [`Inside`](Self::Inside) the reporting period. To keep only
    /// what the report dates itself, ask for [`ParentDates::Excluded`].
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

code_enum! {
    /// Whether a [`timeline`] places an undated event by the dates of what it belongs to.
    ///
    /// The report dates some events only through their place in the text: COPOLAD's "specific
    /// online information sessions" have no date, but they were held in the inception phase,
    /// "June - December 2021". Such an entry takes its bounds from its parent and says so
    /// ([`TimelineEntry::dated_by`]); every [`Selection`] judges it by those bounds, like any other
    /// entry.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::ParentDates;
    ///
    /// assert_eq!(ParentDates::default(), ParentDates::Included);
    /// ```
    #[derive(Default)]
    pub enum ParentDates {
        /// An undated event whose parent (a phase, a programme, an event or a network) has a
        /// period is placed within that period, marked as dated by its parent. The default.
        #[default]
        Included,
        /// Only what the report dates itself.
        Excluded,
    }
}

/// What a [`timeline`] shows: the period to place facts against (the report's reporting period
/// when `None`), which facts to keep, and whether undated events are placed by their parent's
/// dates. The default is every dated fact against the reporting period, with undated events
/// placed within their parent's period.
///
/// ```
/// use eu_celac_drugs::chrono::NaiveDate;
/// use eu_celac_drugs::analysis::{ParentDates, Selection, TimelineQuery};
///
/// let q1_2022 = TimelineQuery {
///     period: Some((NaiveDate::from_ymd_opt(2022, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2022, 3, 31).unwrap())),
///     selection: Selection::Inside,
///     parent_dates: ParentDates::Excluded,
/// };
/// assert_ne!(q1_2022, TimelineQuery::default());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimelineQuery {
    /// The period, both ends included; the report's reporting period when `None`.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// Which facts to keep.
    pub selection: Selection,
    /// Whether undated events are placed by their parent's dates.
    pub parent_dates: ParentDates,
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
    /// For an event the report does not date: the record whose period bounds it, its parent
    /// (the inception phase, for COPOLAD's information sessions); `when` is then that period,
    /// not a date of the event. `None` for a date the report states for the record itself.
    pub dated_by: Option<Ref>,
    /// Where the report states it.
    pub source: &'a SourceRef,
}

/// Every dated fact of `dataset` in date order (the order of [`When`]), placed against the
/// query's period and kept as its [`Selection`] says; and, unless the query excludes them
/// ([`ParentDates`]), every undated event whose parent has a period, placed within that period
/// and marked as such ([`TimelineEntry::dated_by`]).
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
/// // COPOLAD's online information sessions: no date of their own, held in the inception phase.
/// let sessions = all.iter().find(|e| e.record.id == "copolad.iii.inception.information-sessions").unwrap();
/// assert_eq!(sessions.dated_by.as_ref().map(|p| p.id.as_str()), Some("copolad.iii.inception"));
/// assert_eq!(sessions.when.to_string(), "2021-06/2021-12");
/// ```
#[must_use]
pub fn timeline<'a>(dataset: &'a Dataset, query: &TimelineQuery) -> Vec<TimelineEntry<'a>> {
    let index = Index::new(dataset);
    let (from, to) = query.period.unwrap_or((dataset.meta().period_start(), dataset.meta().period_end()));
    let mut out = Vec::new();
    let mut dated = |when: Option<When>,
                     dated_by: Option<Ref>,
                     what: &'static str,
                     kind: RecordKind,
                     id: &crate::Id,
                     source: &'a SourceRef| {
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
                dated_by,
                source,
            });
        }
    };
    let d = dataset;
    for x in d.events().iter() {
        match (x.date(), x.of(), query.parent_dates) {
            (None, Some(parent), ParentDates::Included) => {
                let bounds = period_of(index.get(parent));
                dated(bounds, Some(parent.clone()), "event", RecordKind::Event, x.id(), x.source());
            }
            (date, _, _) => dated(date, None, "event", RecordKind::Event, x.id(), x.source()),
        }
    }
    let mut push = |when: Option<When>, what: &'static str, kind: RecordKind, id: &crate::Id, source: &'a SourceRef| {
        dated(when, None, what, kind, id, source);
    };
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

/// The period a record spans, where it has one an undated event under it lies within: a phase's
/// or programme's period, an event's date, a network's period. (A project's launch, a body's
/// establishment or a working group's launch is a start, not a period, and bounds nothing.)
fn period_of(record: Option<RecordRef<'_>>) -> Option<When> {
    match record? {
        RecordRef::Phase(x) => x.period(),
        RecordRef::Programme(x) => x.period(),
        RecordRef::Event(x) => x.date(),
        RecordRef::Network(x) => x.period(),
        _ => None,
    }
}
