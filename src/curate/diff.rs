//! [`diff`]: what changed between two editions of the report.
//!
//! Records of the two editions are matched by id, and programmes, projects, bodies and task
//! forces also by name, acronym or alias (an edition may give a record another id) where that
//! name belongs to one record of its kind in each edition. Every
//! change cites the quotes of both editions where both have something to quote: a lost
//! involvement cites the old edition's participation and, when the subject is still there,
//! the new edition's record of it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use crate::analysis::validate;
use crate::{Country, Dataset, Party, RecordKind, Ref, Role, SourceRef, Status};

/// A record's id with its quote and section, as a change cites it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Cited {
    /// The record's id in its edition.
    pub id: String,
    /// The record's quote.
    pub quote: String,
    /// The code of the section the quote stands in.
    pub section: String,
}

impl Cited {
    fn new(id: impl fmt::Display, source: &SourceRef) -> Self {
        Self { id: id.to_string(), quote: source.quote().to_owned(), section: source.section().to_string() }
    }
}

/// Which edition an edition's side of a change is: its title and period.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Edition {
    /// The report's title.
    pub title: String,
    /// The report's Council document number, if it has one.
    pub number: Option<String>,
    /// The first day of its reporting period (ISO 8601).
    pub period_start: String,
    /// The last day of its reporting period (ISO 8601).
    pub period_end: String,
}

impl Edition {
    /// The edition of a dataset.
    #[must_use]
    pub fn of(d: &Dataset) -> Self {
        let m = d.meta();
        Self {
            title: m.title().to_owned(),
            number: m.number().map(|n| n.to_string()),
            period_start: m.period_start().to_string(),
            period_end: m.period_end().to_string(),
        }
    }
}

impl fmt::Display for Edition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.number {
            Some(n) => write!(f, "{n} ({} to {})", self.period_start, self.period_end),
            None => write!(f, "{} ({} to {})", self.title, self.period_start, self.period_end),
        }
    }
}

/// Whether something appears in the new edition or ends with the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum Presence {
    /// In the new edition, not the old.
    Appears,
    /// In the old edition, not the new.
    Ends,
}

impl fmt::Display for Presence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Appears => "appears",
            Self::Ends => "ends",
        })
    }
}

/// A programme, project, body or task force that appears or ends.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EntityChange {
    /// The record's kind.
    pub kind: RecordKind,
    /// Appears or ends.
    pub change: Presence,
    /// Its name (with its acronym, if it has one).
    pub label: String,
    /// The record in the edition that has it.
    pub cited: Cited,
}

/// How a country's involvement changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum InvolvementChangeKind {
    /// A participation the new edition has and the old has not.
    Gained,
    /// A participation the old edition has and the new has not.
    Lost,
    /// The same country in the same thing, in another role.
    RoleChanged,
    /// The same country in the same thing and role, with another status.
    StatusChanged,
}

impl fmt::Display for InvolvementChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Gained => "gained",
            Self::Lost => "lost",
            Self::RoleChanged => "role changed",
            Self::StatusChanged => "status changed",
        })
    }
}

/// One side of an involvement: role, status and the participation's quote.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct InvolvementSide {
    /// The role.
    pub role: Role,
    /// The status.
    pub status: Status,
    /// The participation.
    pub cited: Cited,
}

/// A change in one country's involvement in one thing.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct InvolvementChange {
    /// The country.
    pub country: Country,
    /// What changed.
    pub change: InvolvementChangeKind,
    /// What it is involved in, labelled for readers.
    pub subject: String,
    /// The subject's reference, in the new edition (in the old one for a lost involvement).
    pub subject_ref: Ref,
    /// The old edition's participation, if it has one.
    pub old: Option<InvolvementSide>,
    /// The new edition's participation, if it has one.
    pub new: Option<InvolvementSide>,
    /// For a gained or lost involvement, the subject's own record in the edition without the
    /// participation, when that edition has it.
    pub subject_elsewhere: Option<Cited>,
}

/// A meeting of one edition.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MeetingEntry {
    /// Its name.
    pub name: String,
    /// Its date as the edition states it, if it does.
    pub date: Option<String>,
    /// The record.
    pub cited: Cited,
}

/// A seizure figure of one edition.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SeizureEntry {
    /// The figure as stated ("over 9.6 tons").
    pub stated: String,
    /// Seized or destroyed.
    pub action: String,
    /// The period it is stated for, if any.
    pub period: Option<String>,
    /// The project, if any.
    pub project: Option<String>,
    /// The record.
    pub cited: Cited,
}

/// The seizure figures of one commodity, edition by edition: side by side, never added up.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SeizureRow {
    /// The commodity, lower case, as the editions write it.
    pub commodity: String,
    /// The old edition's figures.
    pub old: Vec<SeizureEntry>,
    /// The new edition's figures.
    pub new: Vec<SeizureEntry>,
}

/// A finding ([`validate`]) of one edition that the other has not.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct FindingChange {
    /// [`Presence::Appears`]: new in the new edition; [`Presence::Ends`]: resolved.
    pub change: Presence,
    /// The finding's kind.
    pub kind: String,
    /// Its severity.
    pub severity: String,
    /// What it says.
    pub message: String,
    /// The quotes of the records involved.
    pub quotes: Vec<String>,
}

/// What changed between two editions: see [`diff`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EditionDiff {
    /// The old edition.
    pub old: Edition,
    /// The new edition.
    pub new: Edition,
    /// Programmes, projects, bodies and task forces that appear or end.
    pub entities: Vec<EntityChange>,
    /// Countries' involvements gained, lost, or changed in role or status, by country.
    pub involvements: Vec<InvolvementChange>,
    /// The old edition's meetings.
    pub old_meetings: Vec<MeetingEntry>,
    /// The new edition's meetings.
    pub new_meetings: Vec<MeetingEntry>,
    /// Seizure figures by commodity, side by side.
    pub seizures: Vec<SeizureRow>,
    /// Findings new in the new edition, or resolved.
    pub findings: Vec<FindingChange>,
}

impl EditionDiff {
    /// Whether the editions differ in anything this diff compares: an entity, an involvement,
    /// a finding, the meetings (by name and date) or the seizure figures (by commodity and
    /// stated figure).
    #[must_use]
    pub fn has_changes(&self) -> bool {
        let meetings = |m: &[MeetingEntry]| m.iter().map(|e| (e.name.clone(), e.date.clone())).collect::<BTreeSet<_>>();
        let figures =
            |s: &[SeizureEntry]| s.iter().map(|e| (e.stated.clone(), e.period.clone())).collect::<BTreeSet<_>>();
        !self.entities.is_empty()
            || !self.involvements.is_empty()
            || !self.findings.is_empty()
            || meetings(&self.old_meetings) != meetings(&self.new_meetings)
            || self.seizures.iter().any(|r| figures(&r.old) != figures(&r.new))
    }
}

/// The "what is it" of a programme, project, body or task force, for matching across editions.
struct Entity<'a> {
    kind: RecordKind,
    id: &'a str,
    label: String,
    names: Vec<String>,
    source: &'a SourceRef,
}

fn entities(d: &Dataset) -> Vec<Entity<'_>> {
    fn label(name: &str, acronym: Option<&str>) -> String {
        match acronym {
            Some(a) if a != name => format!("{name} ({a})"),
            _ => name.to_owned(),
        }
    }
    fn names<'s>(all: impl IntoIterator<Item = &'s str>) -> Vec<String> {
        all.into_iter().map(|n| crate::curate::text::fold(n).to_lowercase()).collect()
    }
    let mut out = Vec::new();
    for p in d.programmes() {
        let all = names([p.name()].into_iter().chain(p.acronym()).chain(p.aliases().iter().map(AsRef::as_ref)));
        out.push(Entity {
            kind: RecordKind::Programme,
            id: p.id().as_str(),
            label: label(p.name(), p.acronym()),
            names: all,
            source: p.source(),
        });
    }
    for p in d.projects() {
        let all = names([p.name()].into_iter().chain(p.acronym()).chain(p.aliases().iter().map(AsRef::as_ref)));
        out.push(Entity {
            kind: RecordKind::Project,
            id: p.id().as_str(),
            label: label(p.name(), p.acronym()),
            names: all,
            source: p.source(),
        });
    }
    for w in d.working_groups() {
        out.push(Entity {
            kind: RecordKind::WorkingGroup,
            id: w.id().as_str(),
            label: w.name().to_owned(),
            names: names([w.name()]),
            source: w.source(),
        });
    }
    for n in d.networks() {
        let all = names([n.name()].into_iter().chain(n.acronym()));
        out.push(Entity {
            kind: RecordKind::Network,
            id: n.id().as_str(),
            label: label(n.name(), n.acronym()),
            names: all,
            source: n.source(),
        });
    }
    for c in d.committees() {
        let all = names([c.name()].into_iter().chain(c.acronym()).chain(c.aliases().iter().map(AsRef::as_ref)));
        out.push(Entity {
            kind: RecordKind::Committee,
            id: c.id().as_str(),
            label: label(c.name(), c.acronym()),
            names: all,
            source: c.source(),
        });
    }
    for w in d.work_areas() {
        out.push(Entity {
            kind: RecordKind::WorkArea,
            id: w.id().as_str(),
            label: w.name().to_owned(),
            names: names([w.name()]),
            source: w.source(),
        });
    }
    for t in d.task_forces() {
        let all = names([t.name()].into_iter().chain(t.as_written()));
        out.push(Entity {
            kind: RecordKind::TaskForce,
            id: t.id().as_str(),
            label: t.name().to_owned(),
            names: all,
            source: t.source(),
        });
    }
    out
}

/// Compares two editions: programmes, projects, bodies (working groups, networks,
/// committees, work areas) and task forces that appear or end; each country's involvements
/// (participations) gained, lost, or changed in role or status; the meetings of each edition;
/// seizure figures by commodity side by side (never added up across editions); findings of
/// [`validate`] new or resolved. Each change cites the quotes of both editions where both
/// have one.
///
/// ```
/// use eu_celac_drugs::curate::diff;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let same = diff(report, report);
/// assert!(!same.has_changes());
/// assert_eq!(same.old_meetings, same.new_meetings);
/// // Every seizure figure is listed, side by side.
/// assert!(same.seizures.iter().any(|row| row.commodity == "cocaine" && !row.old.is_empty()));
/// println!("{same}");
/// ```
#[must_use]
pub fn diff(old: &Dataset, new: &Dataset) -> EditionDiff {
    let (old_entities, new_entities) = (entities(old), entities(new));
    let mut result = EditionDiff {
        old: Edition::of(old),
        new: Edition::of(new),
        entities: Vec::new(),
        involvements: Vec::new(),
        old_meetings: meetings(old),
        new_meetings: meetings(new),
        seizures: seizures(old, new),
        findings: findings(old, new),
    };
    // Old id → new id, for every entity matched by id or by a name.
    let mut renamed: HashMap<(RecordKind, &str), &str> = HashMap::new();
    // A name matches only where it names one record of its kind in each edition: the report
    // has many task forces called "Joint Airport Interdiction Task Force", and one that ends
    // must not hide behind another of the same name.
    let mut uses: HashMap<(RecordKind, &str), (usize, usize)> = HashMap::new();
    for (list, new_side) in [(&old_entities, false), (&new_entities, true)] {
        for e in list.iter() {
            let mut seen: BTreeSet<&str> = BTreeSet::new();
            for n in e.names.iter().filter(|n| seen.insert(n.as_str())) {
                let count = uses.entry((e.kind, n.as_str())).or_default();
                if new_side { count.1 += 1 } else { count.0 += 1 }
            }
        }
    }
    let unique = |kind: RecordKind, n: &str| uses.get(&(kind, n)) == Some(&(1, 1));
    let find = |e: &Entity<'_>, among: &[Entity<'_>]| -> Option<usize> {
        among.iter().position(|o| o.kind == e.kind && o.id == e.id).or_else(|| {
            among
                .iter()
                .position(|o| o.kind == e.kind && o.names.iter().any(|n| e.names.contains(n) && unique(e.kind, n)))
        })
    };
    for e in &old_entities {
        match find(e, &new_entities).and_then(|i| new_entities.get(i)) {
            Some(n) => {
                renamed.insert((e.kind, e.id), n.id);
            }
            None => result.entities.push(EntityChange {
                kind: e.kind,
                change: Presence::Ends,
                label: e.label.clone(),
                cited: Cited::new(e.id, e.source),
            }),
        }
    }
    for e in &new_entities {
        if find(e, &old_entities).is_none() {
            result.entities.push(EntityChange {
                kind: e.kind,
                change: Presence::Appears,
                label: e.label.clone(),
                cited: Cited::new(e.id, e.source),
            });
        }
    }
    result.involvements = involvements(old, new, &renamed);
    result
}

fn meetings(d: &Dataset) -> Vec<MeetingEntry> {
    d.events()
        .iter()
        .filter(|e| e.kind().is_meeting())
        .map(|e| MeetingEntry {
            name: e.name().to_owned(),
            date: e.date().map(|w| w.to_string()),
            cited: Cited::new(e.id(), e.source()),
        })
        .collect()
}

fn seizures(old: &Dataset, new: &Dataset) -> Vec<SeizureRow> {
    let mut rows: BTreeMap<String, SeizureRow> = BTreeMap::new();
    for (d, is_new) in [(old, false), (new, true)] {
        for s in d.seizures() {
            let commodity = s.commodity().to_lowercase();
            let row = rows.entry(commodity.clone()).or_insert_with(|| SeizureRow {
                commodity,
                old: Vec::new(),
                new: Vec::new(),
            });
            let entry = SeizureEntry {
                stated: s.stated().to_owned(),
                action: s.action().to_string(),
                period: s.period().map(|w| w.to_string()),
                project: s.project().map(ToString::to_string),
                cited: Cited::new(s.id(), s.source()),
            };
            if is_new { row.new.push(entry) } else { row.old.push(entry) }
        }
    }
    rows.into_values().collect()
}

fn findings(old: &Dataset, new: &Dataset) -> Vec<FindingChange> {
    let (a, b) = (validate(old), validate(new));
    let key = |f: &crate::analysis::Finding<'_>| {
        let mut records: Vec<String> = f.records.iter().map(ToString::to_string).collect();
        records.sort_unstable();
        (f.kind.to_string(), records)
    };
    let (ka, kb): (BTreeSet<_>, BTreeSet<_>) = (a.iter().map(key).collect(), b.iter().map(key).collect());
    let change = |f: &crate::analysis::Finding<'_>, presence| FindingChange {
        change: presence,
        kind: f.kind.to_string(),
        severity: f.severity.to_string(),
        message: f.message.clone(),
        quotes: f.quotes.iter().map(|q| (*q).to_owned()).collect(),
    };
    let mut out: Vec<FindingChange> =
        b.iter().filter(|f| !ka.contains(&key(f))).map(|f| change(f, Presence::Appears)).collect();
    out.extend(a.iter().filter(|f| !kb.contains(&key(f))).map(|f| change(f, Presence::Ends)));
    out
}

/// The source of the record `r` refers to in `d`, if `d` has it.
fn cite(d: &Dataset, r: &Ref) -> Option<Cited> {
    d.get(r).map(|rec| Cited::new(rec.id(), rec.source()))
}

fn involvements(old: &Dataset, new: &Dataset, renamed: &HashMap<(RecordKind, &str), &str>) -> Vec<InvolvementChange> {
    type Key = (Country, RecordKind, String);
    let mut groups: BTreeMap<Key, (Vec<&crate::Participation>, Vec<&crate::Participation>)> = BTreeMap::new();
    for p in old.participations() {
        let Party::Country(c) = p.party() else { continue };
        let s = p.subject();
        let id = renamed.get(&(s.kind, s.id.as_str())).map_or_else(|| s.id.to_string(), |n| (*n).to_owned());
        groups.entry((*c, s.kind, id)).or_default().0.push(p);
    }
    for p in new.participations() {
        let Party::Country(c) = p.party() else { continue };
        groups.entry((*c, p.subject().kind, p.subject().id.to_string())).or_default().1.push(p);
    }
    let side = |p: &crate::Participation| InvolvementSide {
        role: p.role(),
        status: p.status(),
        cited: Cited::new(p.id(), p.source()),
    };
    let mut out = Vec::new();
    for ((country, _, _), (mut a, mut b)) in groups {
        // The same role and status in both: unchanged.
        a.retain(|p| match b.iter().position(|q| q.role() == p.role() && q.status() == p.status()) {
            Some(i) => {
                b.remove(i);
                false
            }
            None => true,
        });
        let mut pairs = Vec::new();
        // The same role, another status; then another role.
        for same_role in [true, false] {
            a.retain(|p| match b.iter().position(|q| !same_role || q.role() == p.role()) {
                Some(i) => {
                    pairs.push((*p, b.remove(i), same_role));
                    false
                }
                None => true,
            });
        }
        for (p, q, same_role) in pairs {
            let change =
                if same_role { InvolvementChangeKind::StatusChanged } else { InvolvementChangeKind::RoleChanged };
            out.push(InvolvementChange {
                country,
                change,
                subject: new.label_of(q.subject()).to_string(),
                subject_ref: q.subject().clone(),
                old: Some(side(p)),
                new: Some(side(q)),
                subject_elsewhere: None,
            });
        }
        for p in a {
            let moved = renamed.get(&(p.subject().kind, p.subject().id.as_str())).and_then(|id| id.parse().ok());
            let in_new = Ref::new(p.subject().kind, moved.unwrap_or_else(|| p.subject().id.clone()));
            out.push(InvolvementChange {
                country,
                change: InvolvementChangeKind::Lost,
                subject: old.label_of(p.subject()).to_string(),
                subject_ref: p.subject().clone(),
                old: Some(side(p)),
                new: None,
                subject_elsewhere: cite(new, &in_new),
            });
        }
        for q in b {
            let back = renamed.iter().find(|((k, _), n)| *k == q.subject().kind && **n == q.subject().id.as_str());
            let in_old = back
                .and_then(|((k, o), _)| o.parse().ok().map(|id| Ref::new(*k, id)))
                .unwrap_or_else(|| q.subject().clone());
            out.push(InvolvementChange {
                country,
                change: InvolvementChangeKind::Gained,
                subject: new.label_of(q.subject()).to_string(),
                subject_ref: q.subject().clone(),
                old: None,
                new: Some(side(q)),
                subject_elsewhere: cite(old, &in_old),
            });
        }
    }
    out
}

impl fmt::Display for EditionDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "old: {}", self.old)?;
        writeln!(f, "new: {}", self.new)?;
        writeln!(f, "\nprogrammes, projects, bodies and task forces: {} change(s)", self.entities.len())?;
        for e in &self.entities {
            writeln!(f, "  {} {} {} [{}]: \"{}\"", e.change, e.kind, e.label, e.cited.id, e.cited.quote)?;
        }
        writeln!(f, "\ninvolvements: {} change(s)", self.involvements.len())?;
        for i in &self.involvements {
            writeln!(f, "  {} {} in {}", i.country.name_en(), i.change, i.subject)?;
            if let Some(o) = &i.old {
                writeln!(f, "    old: {} ({}) [{}] \"{}\"", o.role, o.status, o.cited.id, o.cited.quote)?;
            }
            if let Some(n) = &i.new {
                writeln!(f, "    new: {} ({}) [{}] \"{}\"", n.role, n.status, n.cited.id, n.cited.quote)?;
            }
            if let Some(s) = &i.subject_elsewhere {
                let which = if i.old.is_some() { "new" } else { "old" };
                writeln!(f, "    {which} edition's {}: \"{}\"", s.id, s.quote)?;
            }
        }
        writeln!(
            f,
            "\nmeetings: {} in the old edition, {} in the new",
            self.old_meetings.len(),
            self.new_meetings.len()
        )?;
        for (which, list) in [("old", &self.old_meetings), ("new", &self.new_meetings)] {
            for m in list {
                writeln!(f, "  {which} {}: {}", m.date.as_deref().unwrap_or("undated"), m.name)?;
            }
        }
        writeln!(f, "\nseizures by commodity (each edition's own figures, never added up):")?;
        for row in &self.seizures {
            let figures = |s: &[SeizureEntry]| {
                if s.is_empty() {
                    "—".to_owned()
                } else {
                    s.iter().map(|e| e.stated.as_str()).collect::<Vec<_>>().join("; ")
                }
            };
            writeln!(f, "  {}: old {} | new {}", row.commodity, figures(&row.old), figures(&row.new))?;
        }
        writeln!(f, "\nfindings: {} change(s)", self.findings.len())?;
        for x in &self.findings {
            let what = if x.change == Presence::Appears { "new" } else { "resolved" };
            writeln!(f, "  {what} [{}] {}: {}", x.severity, x.kind, x.message)?;
            for quote in &x.quotes {
                writeln!(f, "    \"{quote}\"")?;
            }
        }
        Ok(())
    }
}
