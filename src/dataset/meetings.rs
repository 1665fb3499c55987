//! The report's meetings, as a reader asks about them: [`Meeting`], [`Dataset::meetings`],
//! [`Dataset::meetings_of`].

use std::fmt;
use std::ops::Deref;

use crate::{
    Dataset, Document, DocumentAction, Event, EventKind, Id, Mode, Participation, Place, Ref, Role, SourceRef,
    Statement, StatementKind, Status, When,
};

/// A meeting of the report — a High-Level Meeting, a Technical Committee meeting, a ministerial
/// meeting, a kick-off, a session, a side event, a seminar, a conference, an information session
/// or another meeting ([`EventKind::is_meeting`]) — with what the dataset says about it: its
/// co-chairs or co-presidency, its places and mode, the documents it adopted or endorsed, and what
/// it discussed, prepared and followed up.
///
/// A meeting is an [`Event`] seen from its dataset: the event holds the meeting's own fields
/// (it dereferences to it), the dataset the rest (participations, statements, documents). Get
/// one from [`Dataset::meetings`], [`Dataset::meetings_of`] or [`Dataset::meeting`].
///
/// ```
/// use eu_celac_drugs::{DocumentAction, Mode, ids};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let hlm = report.meeting(&ids::HLM_22).unwrap();
/// assert_eq!(hlm.mode(), Some(Mode::Virtual));
/// let co_chairs: Vec<&str> = hlm.co_chairs().iter().map(|p| p.as_written()).collect();
/// assert_eq!(co_chairs, ["Portugal", "Mexico"]);
/// let adopted: Vec<(&str, DocumentAction)> = hlm.adopted().iter().map(|(d, a)| (d.title(), *a)).collect();
/// assert_eq!(adopted[0], ("Biennial Report 1 June 2019 to 31 May 2021", DocumentAction::Adopted));
/// // The Technical Committee meeting of 4 May 2022: its co-presidency, and what it discussed.
/// let tc = report.meeting(&ids::TC_2022_05_04).unwrap();
/// assert_eq!(tc.co_presidency().len(), 2);
/// for s in tc.discussed() {
///     println!("{:<12} {}", s.kind(), s.text());
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meeting<'a> {
    event: &'a Event,
    dataset: &'a Dataset,
}

impl<'a> Meeting<'a> {
    /// The meeting's event record.
    #[must_use]
    pub fn event(self) -> &'a Event {
        self.event
    }

    /// The meeting's id.
    #[must_use]
    pub fn id(self) -> &'a Id {
        self.event.id()
    }

    /// What kind of meeting it is.
    #[must_use]
    pub fn kind(self) -> EventKind {
        self.event.kind()
    }

    /// Its name or description, in the report's words ("XXIInd High-Level Meeting").
    #[must_use]
    pub fn name(self) -> &'a str {
        self.event.name()
    }

    /// When it took place, as stated (`None` when the report gives no date).
    #[must_use]
    pub fn date(self) -> Option<When> {
        self.event.date()
    }

    /// Where it took place, as stated (empty when the report names no place).
    #[must_use]
    pub fn places(self) -> &'a [Place] {
        self.event.places()
    }

    /// How it was held, if stated (virtually, in person, hybrid).
    #[must_use]
    pub fn mode(self) -> Option<Mode> {
        self.event.mode()
    }

    /// Whether it took place, is going on or is expected.
    #[must_use]
    pub fn status(self) -> Status {
        self.event.status()
    }

    /// What it is a meeting of, if the report says: the Mechanism for a High-Level Meeting, the
    /// Technical Committee for its meetings, a programme or phase for its kick-off.
    #[must_use]
    pub fn of(self) -> Option<&'a Ref> {
        self.event.of()
    }

    /// Where the report states it.
    #[must_use]
    pub fn source(self) -> &'a SourceRef {
        self.event.source()
    }

    /// Whether the meeting is of the record with id `id` or of something under it: the
    /// Mechanism's own meetings are those of `ids::MECHANISM` (its High-Level Meetings, and the
    /// meetings of its Technical Committee).
    ///
    /// ```
    /// use eu_celac_drugs::ids;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// assert!(report.meeting(&ids::TC_2021_10_26).unwrap().is_of(&ids::MECHANISM));
    /// assert!(!report.meeting(&ids::COPOLAD_KICK_OFF).unwrap().is_of(&ids::MECHANISM));
    /// ```
    #[must_use]
    pub fn is_of(self, id: &str) -> bool {
        self.event.id() != id && self.dataset.is_within(&self.to_ref(), id)
    }

    /// A reference to the meeting's event.
    #[must_use]
    pub fn to_ref(self) -> Ref {
        Ref::new(crate::RecordKind::Event, self.event.id().clone())
    }

    /// Every participation in the meeting (co-chairs, co-presidency, organisers, hosts,
    /// speakers, participants…), in the dataset's order.
    pub fn participants(self) -> impl Iterator<Item = &'a Participation> + use<'a> {
        self.dataset.participations_in_exactly(self.event.id())
    }

    /// The parties in one role.
    fn in_role(self, roles: &[Role]) -> Vec<&'a Participation> {
        self.participants().filter(|p| roles.contains(&p.role())).collect()
    }

    /// Its co-chairs ("co-chaired by Portugal and Mexico"), in the report's order; empty when the
    /// report names none (it names none for the XXIIIrd High-Level Meeting).
    #[must_use]
    pub fn co_chairs(self) -> Vec<&'a Participation> {
        self.in_role(&[Role::CoChair])
    }

    /// Its co-presidency ("under the co-presidency of Slovenia and Paraguay"), in the report's
    /// order.
    #[must_use]
    pub fn co_presidency(self) -> Vec<&'a Participation> {
        self.in_role(&[Role::CoPresidency])
    }

    /// Who chaired or presided over it, whatever the report calls it: its co-chairs, its
    /// co-presidency and any presidency, in the report's order.
    #[must_use]
    pub fn chairs(self) -> Vec<&'a Participation> {
        self.in_role(&[Role::CoChair, Role::CoPresidency, Role::Presidency])
    }

    /// Every document it acted on, with what it did ([`DocumentAction`]: adopted, endorsed,
    /// discussed, is documented by…), in the report's order.
    #[must_use]
    pub fn documents(self) -> Vec<(&'a Document, DocumentAction)> {
        self.event
            .documents()
            .iter()
            .filter_map(|link| self.dataset.document(link.document.as_str()).map(|d| (d, link.action)))
            .collect()
    }

    /// The documents it adopted, endorsed, approved or signed (not those it only discussed or is
    /// documented by).
    #[must_use]
    pub fn adopted(self) -> Vec<(&'a Document, DocumentAction)> {
        let adopting =
            [DocumentAction::Adopted, DocumentAction::Endorsed, DocumentAction::Approved, DocumentAction::Signed];
        self.documents().into_iter().filter(|(_, action)| adopting.contains(action)).collect()
    }

    /// What it discussed, in the wide sense a reader means: its topics, what it prepared and what
    /// it followed up (the [discussion family](StatementKind::is_discussion)), in the report's
    /// order.
    #[must_use]
    pub fn discussed(self) -> Vec<&'a Statement> {
        self.statements(|k| k.is_discussion())
    }

    /// What it prepared ("held the preparations for the XXIIIrd High-Level Meeting").
    #[must_use]
    pub fn prepared(self) -> Vec<&'a Statement> {
        self.statements(|k| k == StatementKind::Preparation)
    }

    /// What it followed up ("the follow-up to the 65th session of the Commission on Narcotic
    /// Drugs").
    #[must_use]
    pub fn followed_up(self) -> Vec<&'a Statement> {
        self.statements(|k| k == StatementKind::FollowUp)
    }

    /// Everything the report says of it in words: its purpose, topics, preparations, follow-ups,
    /// activities…, in the report's order.
    #[must_use]
    pub fn says(self) -> Vec<&'a Statement> {
        self.statements(|_| true)
    }

    /// Its statements of the kinds `keep` accepts.
    fn statements(self, keep: impl Fn(StatementKind) -> bool) -> Vec<&'a Statement> {
        self.dataset.statements_of_exactly(self.event.id()).filter(|s| keep(s.kind())).collect()
    }
}

impl Deref for Meeting<'_> {
    type Target = Event;

    fn deref(&self) -> &Event {
        self.event
    }
}

impl fmt::Display for Meeting<'_> {
    /// The meeting's name, as the report gives it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.event.name())
    }
}

impl Dataset {
    /// The report's meetings, in the dataset's order: every event whose kind is a meeting
    /// ([`EventKind::is_meeting`]) — High-Level and Technical Committee meetings, ministerial
    /// meetings, kick-offs, sessions, side events, seminars, conferences, information sessions
    /// and other meetings; not trainings, missions, launches, signings or other activities.
    ///
    /// ```
    /// use eu_celac_drugs::EventKind;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// for m in report.meetings() {
    ///     let chairs: Vec<&str> = m.chairs().iter().map(|p| p.as_written()).collect();
    ///     println!("{:<40} {:?} {:?} {}", m.name(), m.date(), m.mode(), chairs.join(", "));
    /// }
    /// assert_eq!(report.meetings().filter(|m| m.kind() == EventKind::TechnicalCommitteeMeeting).count(), 2);
    /// ```
    pub fn meetings(&self) -> impl Iterator<Item = Meeting<'_>> {
        self.events.iter().filter(|e| e.kind.is_meeting()).map(|event| Meeting { event, dataset: self })
    }

    /// The meetings of the record with this id or of anything under it, in the dataset's order:
    /// the Mechanism's own meetings are `report.meetings_of(&ids::MECHANISM)` (its High-Level
    /// Meetings and its Technical Committee's meetings); a programme's, its kick-off and the
    /// meetings of its phases.
    ///
    /// ```
    /// use eu_celac_drugs::{EventKind, ids};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let own: Vec<&str> = report.meetings_of(&ids::MECHANISM).map(|m| m.id().as_str()).collect();
    /// assert_eq!(own, ["hlm-22", "tc-2021-10-26", "tc-2022-05-04", "hlm-23"]);
    /// // The other high-level meetings of the report are not the Mechanism's.
    /// assert!(report.meetings().any(|m| m.kind() == EventKind::HighLevelMeeting && !m.is_of(&ids::MECHANISM)));
    /// ```
    pub fn meetings_of<'a>(&'a self, id: &str) -> impl Iterator<Item = Meeting<'a>> + use<'a> {
        let family = self.family(id);
        self.meetings().filter(move |m| family.depth(m.id()).is_some_and(|d| d > 0))
    }

    /// The meeting with this id, if there is one (an event whose kind is a meeting).
    #[must_use]
    pub fn meeting(&self, id: &str) -> Option<Meeting<'_>> {
        self.event(id).filter(|e| e.kind.is_meeting()).map(|event| Meeting { event, dataset: self })
    }
}
