//! Rules on dates: an activity of the period dated outside it, a record dated outside the
//! thing it belongs to, phases that leave part of their parent's period to no phase.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::{Finding, FindingKind, Severity, cite, me};
use crate::analysis::timeline::PeriodRelation;
use crate::model::record::Ref;
use crate::{Dataset, EventKind, Framing, Index, PartialDate, Phase, Record, RelationKind, SourceRef, When};

/// Events presented as activities of the reporting period but dated outside it (a warning),
/// or across its boundary (for information).
///
/// An activity that begins inside the period and goes on ("from March onwards", "started …
/// in early 2022") is an activity of the period: it is not found, though its open end lies
/// across the period's. One that began before the period ("since May 2021"), or whose date may
/// fall before it ("in 2021", "early 2021"), is.
#[must_use]
pub fn outside_period(dataset: &Dataset) -> Vec<Finding<'_>> {
    let (from, to) = (dataset.meta().period_start(), dataset.meta().period_end());
    let mut out = Vec::new();
    for e in dataset.events().iter().filter(|e| e.framing() == Framing::Activity) {
        let Some(when) = e.date() else { continue };
        // It cannot have begun before the period, and may have begun in it.
        let begins_inside = (from..=to).contains(&when.start().earliest());
        if begins_inside && matches!(when, When::Since(_) | When::For { .. }) {
            continue;
        }
        let relation = PeriodRelation::of(&when, from, to);
        let (severity, lies) = match relation {
            PeriodRelation::Inside => continue,
            PeriodRelation::Across => (Severity::Info, "lies across it"),
            PeriodRelation::OpenEnded => (Severity::Info, "may have begun before it (it has no stated end)"),
            PeriodRelation::Before => (Severity::Warning, "lies before it"),
            PeriodRelation::After => (Severity::Warning, "lies after it"),
        };
        out.push(Finding::new(
            FindingKind::OutsidePeriod,
            severity,
            format!(
                "\"{}\" ({}) is presented as an activity of the period {} to {} but {lies}",
                e.name(),
                when.words(),
                day_words(from),
                day_words(to)
            ),
            vec![me(e)],
        ));
    }
    out
}

/// A day in words ("1 June 2021").
fn day_words(day: NaiveDate) -> String {
    PartialDate::from_date(day).map_or_else(|_| day.to_string(), |d| d.words())
}

/// When a record began and, if the report says, when it ended.
struct Lifetime<'a> {
    /// When it began, at the precision stated.
    start: PartialDate,
    /// The last day it can have lasted to: a stated end, or the end a stated duration gives.
    end: Option<NaiveDate>,
    /// Its stated end (not one derived from a duration).
    stated_end: Option<PartialDate>,
    /// How the report dates it, for messages.
    shown: String,
    /// The record itself with its source, when its own fields date it.
    own: Option<(Ref, &'a SourceRef)>,
    /// The records that date it, besides the record itself.
    cited: Vec<(Ref, &'a SourceRef)>,
}

impl<'a> Lifetime<'a> {
    /// A lifetime from a record's period, launch or establishment. `ends` says whether the
    /// date's end is the record's end (a period, an event's date) or only when it began (a
    /// launch, an establishment, a network's creation).
    fn of<T: Record>(record: &'a T, when: When, ends: bool) -> Self {
        Self {
            start: when.start(),
            end: if ends { when.latest() } else { None },
            stated_end: if ends { when.end() } else { None },
            shown: when.words(),
            own: Some(me(record)),
            cited: Vec::new(),
        }
    }

    /// The records a finding about this lifetime cites for the whole: the whole itself (found
    /// by a scan when only a relation dates it) and what dates it.
    fn citing(&self, d: &'a Dataset, whole: &Ref) -> Vec<(Ref, &'a SourceRef)> {
        let mut out: Vec<(Ref, &'a SourceRef)> = self.own.clone().or_else(|| cite(d, whole)).into_iter().collect();
        out.extend(self.cited.iter().cloned());
        out
    }
}

/// The lifetimes the records' own fields give: a programme's launch and period, a phase's
/// period, a project's or working group's launch, a network's creation, a committee's
/// establishment, an event's date.
fn own_lifetimes(d: &Dataset) -> HashMap<&str, Lifetime<'_>> {
    let mut out = HashMap::new();
    for p in d.programmes().iter() {
        let life = match (p.launched(), p.period()) {
            (Some(launched), Some(period)) => Lifetime {
                start: launched.start(),
                end: period.latest(),
                stated_end: period.end(),
                shown: format!("launched {}, running {}", launched.words(), period.words()),
                own: Some(me(p)),
                cited: Vec::new(),
            },
            (Some(launched), None) => Lifetime::of(p, launched, false),
            (None, Some(period)) => Lifetime::of(p, period, true),
            (None, None) => continue,
        };
        out.insert(p.id().as_str(), life);
    }
    for p in d.phases().iter() {
        if let Some(w) = p.period() {
            out.insert(p.id().as_str(), Lifetime::of(p, w, true));
        }
    }
    for p in d.projects().iter() {
        if let Some(w) = p.launched() {
            out.insert(p.id().as_str(), Lifetime::of(p, w, false));
        }
    }
    for w in d.working_groups().iter() {
        if let Some(when) = w.launched() {
            out.insert(w.id().as_str(), Lifetime::of(w, when, false));
        }
    }
    for n in d.networks().iter() {
        if let Some(when) = n.period() {
            out.insert(n.id().as_str(), Lifetime::of(n, when, false));
        }
    }
    for c in d.committees().iter() {
        if let Some(when) = c.established() {
            out.insert(c.id().as_str(), Lifetime::of(c, when, false));
        }
    }
    for e in d.events().iter() {
        if let Some(when) = e.date() {
            out.insert(e.id().as_str(), Lifetime::of(e, when, true));
        }
    }
    out
}

/// Every record's lifetime: its own, or — for a record the report dates only as the result
/// of something ("The main result [of the meeting] was the creation of …") — from the latest
/// start of the dated records it is the result of: a thing cannot exist before what it results
/// from.
fn lifetimes<'a>(index: &Index<'a>) -> HashMap<&'a str, Lifetime<'a>> {
    let d = index.dataset();
    let own = own_lifetimes(d);
    let mut derived: HashMap<&'a str, Lifetime<'a>> = HashMap::new();
    for rel in d.relations().iter().filter(|r| r.kind() == RelationKind::ResultOf) {
        let from = rel.from().id.as_str();
        let Some(cause) = own.get(rel.to().id.as_str()) else { continue };
        if own.contains_key(from) || derived.get(from).is_some_and(|l| l.start.earliest() >= cause.start.earliest()) {
            continue;
        }
        let mut cited = vec![me(rel)];
        cited.extend(cause.own.clone());
        derived.insert(
            from,
            Lifetime {
                start: cause.start,
                end: None,
                stated_end: None,
                shown: format!(
                    "no earlier than \"{}\" ({}), of which it is the result",
                    index.label_of(rel.to()),
                    cause.shown
                ),
                own: None,
                cited,
            },
        );
    }
    let mut all = own;
    all.extend(derived);
    all
}

/// A record dated as part of something: an event, phase, project, working group, network,
/// committee, budget, participation, seizure or outcome with a date.
struct Dated<'a> {
    r: Ref,
    when: When,
    source: &'a SourceRef,
    /// Whether it is a signing or a launch, acts that may come before the start they prepare.
    founding: bool,
}

fn dated(d: &Dataset) -> Vec<Dated<'_>> {
    fn push<'a, T: Record>(out: &mut Vec<Dated<'a>>, record: &'a T, when: Option<When>, founding: bool) {
        if let Some(when) = when {
            out.push(Dated { r: record.as_ref_to(), when, source: record.record_source(), founding });
        }
    }
    let mut out = Vec::new();
    for e in d.events().iter() {
        push(&mut out, e, e.date(), matches!(e.kind(), EventKind::Signing | EventKind::Launch));
    }
    d.phases().iter().for_each(|x| push(&mut out, x, x.period(), false));
    d.projects().iter().for_each(|x| push(&mut out, x, x.launched(), false));
    d.working_groups().iter().for_each(|x| push(&mut out, x, x.launched(), false));
    d.networks().iter().for_each(|x| push(&mut out, x, x.period(), false));
    d.committees().iter().for_each(|x| push(&mut out, x, x.established(), false));
    d.budgets().iter().for_each(|x| push(&mut out, x, x.period(), false));
    d.participations().iter().for_each(|x| push(&mut out, x, x.period(), false));
    d.seizures().iter().for_each(|x| push(&mut out, x, x.period(), false));
    d.outcomes().iter().for_each(|x| push(&mut out, x, x.period(), false));
    out
}

/// Records dated wholly before the thing they belong to began, or wholly after it ended.
///
/// What a record belongs to is its chain of parents ([`Index::ancestors`]): an event's
/// programme or phase, a project's programme, a committee's programme… A whole began at its
/// launch, the start of its period or its establishment; a whole the report dates only as the
/// result of an event began no earlier than that event. A whole ended at the end of its stated
/// period (or of a stated duration). Each dated record is compared with its dated wholes,
/// nearest first, and found against the first it does not fit; dates are compared by their
/// bounds, so only a certain disagreement counts ("early 2019" may mean any day of 2019).
///
/// After the end: a warning. Before the start: a warning, except for information when the
/// record is a signing or a launch (actions are signed off before the programme runs) or when
/// the whole succeeds another (a project that started in January 2019 may have begun under the
/// programme the one launched in November 2019 succeeds).
///
/// ```
/// use eu_celac_drugs::Index;
/// use eu_celac_drugs::analysis::findings::outside_parent_period;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// for f in outside_parent_period(&Index::new(report)) {
///     // The dated record first, then the whole it belongs to.
///     assert!(f.records.len() >= 2);
///     println!("[{}] {}", f.severity, f.message);
/// }
/// ```
#[must_use]
pub fn outside_parent_period<'a>(index: &Index<'a>) -> Vec<Finding<'a>> {
    let d = index.dataset();
    let lives = lifetimes(index);
    let mut out = Vec::new();
    for part in dated(d) {
        for whole in index.ancestors(&part.r) {
            let Some(life) = lives.get(whole.id.as_str()) else { continue };
            if let Some(f) = misfit(index, &part, &whole, life) {
                out.push(f);
                break;
            }
        }
    }
    out
}

/// The finding for a record dated outside one of its wholes, if it is.
fn misfit<'a>(index: &Index<'a>, part: &Dated<'a>, whole: &Ref, life: &Lifetime<'a>) -> Option<Finding<'a>> {
    let before = part.when.latest().is_some_and(|latest| latest < life.start.earliest());
    let after = life.end.is_some_and(|end| part.when.earliest() > end);
    if !before && !after {
        return None;
    }
    let d = index.dataset();
    let (name, of, when) = (index.label_of(&part.r), index.label_of(whole), part.when.words());
    let via = match index.parent_of(&part.r) {
        Some(parent) if parent != *whole => format!(", of {},", index.label_of(&parent)),
        _ => String::new(),
    };
    let mut involved = vec![(part.r.clone(), part.source)];
    involved.extend(life.citing(d, whole));
    if after {
        let message =
            format!("\"{name}\" ({when}){via} is dated after {of}, which it belongs to, ended ({})", life.shown);
        return Some(Finding::new(FindingKind::OutsideParentPeriod, Severity::Warning, message, involved));
    }
    let succeeds: Vec<_> =
        d.relations().iter().filter(|r| r.kind() == RelationKind::SuccessorOf && r.from() == whole).collect();
    let (severity, why) = if !succeeds.is_empty() {
        let before: Vec<std::borrow::Cow<'_, str>> = succeeds.iter().map(|r| index.label_of(r.to())).collect();
        involved.extend(succeeds.iter().map(|r| me(*r)));
        (Severity::Info, format!("; {of} succeeds {}, under which it may have begun", before.join(" and ")))
    } else if part.founding {
        (Severity::Info, "; a signing or launch may come before the start it prepares".to_owned())
    } else {
        (Severity::Warning, String::new())
    };
    let message =
        format!("\"{name}\" ({when}){via} is dated before {of}, which it belongs to, began ({}){why}", life.shown);
    Some(Finding::new(FindingKind::OutsideParentPeriod, severity, message, involved))
}

/// The day after `date` (the date itself at the end of the calendar).
fn next_day(date: NaiveDate) -> NaiveDate {
    date.succ_opt().unwrap_or(date)
}

/// Dated phases that leave part of the dated period of what they are phases of to no phase, or
/// that overlap.
///
/// The phases of one programme, project or phase are put in date order and compared with its
/// start, with each other and with its stated end. A gap is found when it is certain and more
/// than a day (a phase that began in February 2021 whose first phase begins in June 2021; not
/// one that ends in December and a next one that begins in January): information, since a
/// report may leave a stretch unnamed, and the finding says when the first phase begins where
/// the reporting period does. An overlap — a phase that certainly begins before the one before
/// it ends — is a warning. A phase with no stated end (ongoing, or stated only as a duration)
/// is not compared with the next.
///
/// ```
/// use eu_celac_drugs::analysis::findings::phase_gaps;
/// use eu_celac_drugs::{Index, RecordKind};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// for f in phase_gaps(&Index::new(report)) {
///     // The divided record first, then its phases.
///     assert!(f.records.iter().skip(1).any(|r| r.kind == RecordKind::Phase));
///     println!("[{}] {}", f.severity, f.message);
/// }
/// ```
#[must_use]
pub fn phase_gaps<'a>(index: &Index<'a>) -> Vec<Finding<'a>> {
    let d = index.dataset();
    let lives = lifetimes(index);
    let mut by_parent: BTreeMap<&'a Ref, Vec<(&'a Phase, When)>> = BTreeMap::new();
    for p in d.phases().iter() {
        if let Some(w) = p.period() {
            by_parent.entry(p.of()).or_default().push((p, w));
        }
    }
    let mut out = Vec::new();
    for (parent, mut phases) in by_parent {
        let Some(life) = lives.get(parent.id.as_str()) else { continue };
        phases.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.id().cmp(b.0.id())));
        let of = index.label_of(parent);
        let cited = |phases: &[&'a Phase]| {
            let mut involved = life.citing(d, parent);
            involved.extend(phases.iter().map(|p| me(*p)));
            involved
        };
        if let Some((first, w)) = phases.first() {
            if w.start().earliest() > next_day(life.start.latest()) {
                let period_start = d.meta().period_start();
                let note = if w.start().contains(period_start) {
                    format!("; {} begins where the reporting period does ({})", first.name(), day_words(period_start))
                } else {
                    String::new()
                };
                out.push(Finding::new(
                    FindingKind::PhaseGap,
                    Severity::Info,
                    format!(
                        "{of} began in {}, but the first of its dated phases, {}, begins in {}: no phase covers the time between{note}",
                        life.start.words(),
                        first.name(),
                        w.start().words()
                    ),
                    cited(&[first]),
                ));
            }
        }
        for pair in phases.windows(2) {
            let [(a, wa), (b, wb)] = pair else { continue };
            let Some(a_end) = wa.end() else { continue };
            let (severity, what) = if wb.start().latest() < a_end.earliest() {
                (
                    Severity::Warning,
                    format!(
                        "{} ({}) begins before {} ({}) ends: phases of {of} overlap",
                        b.name(),
                        wb.words(),
                        a.name(),
                        wa.words()
                    ),
                )
            } else if wb.start().earliest() > next_day(a_end.latest()) {
                (
                    Severity::Info,
                    format!(
                        "{} ends in {} and {} begins in {}: no phase of {of} covers the time between",
                        a.name(),
                        a_end.words(),
                        b.name(),
                        wb.start().words()
                    ),
                )
            } else {
                continue;
            };
            out.push(Finding::new(FindingKind::PhaseGap, severity, what, cited(&[a, b])));
        }
        let last_end = phases.last().and_then(|(p, w)| w.end().map(|e| (*p, e)));
        if let (Some(end), Some((last, last_end))) = (life.stated_end, last_end) {
            if end.earliest() > next_day(last_end.latest()) {
                out.push(Finding::new(
                    FindingKind::PhaseGap,
                    Severity::Info,
                    format!(
                        "{of} ends in {}, but the last of its dated phases, {}, ends in {}: no phase covers the time between",
                        end.words(),
                        last.name(),
                        last_end.words()
                    ),
                    cited(&[last]),
                ));
            }
        }
    }
    out
}
