//! Meetings and other events, and the documents they adopt, endorse, sign or publish.

use crate::error::{check_text, check_unique};
use crate::model::record::{List, RecordKind, Ref, Text, code_enum, record};
use crate::{DocumentRef, Id, Place, SourceRef, Status, ValidationError, When};

code_enum! {
    /// What kind of event an [`Event`] is.
    ///
    /// ```
    /// use eu_celac_drugs::EventKind;
    ///
    /// assert_eq!("high_level_meeting".parse::<EventKind>()?, EventKind::HighLevelMeeting);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum EventKind {
        /// A High-Level Meeting of the Mechanism, or another high-level meeting.
        HighLevelMeeting,
        /// A meeting of the Mechanism's Technical Committee.
        TechnicalCommitteeMeeting,
        /// A ministerial meeting or working lunch.
        MinisterialMeeting,
        /// A programme's kick-off meeting.
        KickOff,
        /// A side event of a larger meeting.
        SideEvent,
        /// A session of a body (the 65th session of the CND).
        Session,
        /// A seminar.
        Seminar,
        /// A conference.
        Conference,
        /// A coordination, expert or technical meeting, or a series of meetings and exchanges.
        Meeting,
        /// A course or training.
        Training,
        /// A mission or series of missions (scoping missions, technical assistance missions).
        Mission,
        /// An information session.
        InformationSession,
        /// A launch (of an initiative, a tool, a programme).
        Launch,
        /// A signing or adoption of a declaration.
        Signing,
        /// A publication, survey or study completed.
        Publication,
        /// An assessment or survey.
        Assessment,
        /// A body's approval or decision where the report names no meeting ("the inception report
        /// which was approved by the Steering Committee in December").
        Approval,
        /// Another activity the report does not call a meeting, mission or session: contacts taken
        /// ("the first months were dedicated to take contacts with LAC countries"), a service offered
        /// ("a permanent helpdesk").
        Activity,
    }
}

impl EventKind {
    /// Whether events of this kind are meetings: a High-Level Meeting, a Technical Committee
    /// meeting, a ministerial meeting, a kick-off, a side event, a session, a seminar, a
    /// conference, an information session or another meeting — not a training, a mission, a
    /// launch, a signing, a publication, an assessment, an approval or another activity. The
    /// events [`Dataset::meetings`](crate::Dataset::meetings) gives.
    ///
    /// ```
    /// use eu_celac_drugs::EventKind;
    ///
    /// assert!(EventKind::TechnicalCommitteeMeeting.is_meeting());
    /// assert!(!EventKind::Training.is_meeting());
    /// ```
    #[must_use]
    pub const fn is_meeting(self) -> bool {
        matches!(
            self,
            Self::HighLevelMeeting
                | Self::TechnicalCommitteeMeeting
                | Self::MinisterialMeeting
                | Self::KickOff
                | Self::SideEvent
                | Self::Session
                | Self::Seminar
                | Self::Conference
                | Self::Meeting
                | Self::InformationSession
        )
    }
}

code_enum! {
    /// How a meeting was held.
    ///
    /// ```
    /// use eu_celac_drugs::Mode;
    ///
    /// assert_eq!(Mode::Hybrid.to_string(), "hybrid");
    /// ```
    pub enum Mode {
        /// Held in person ("face-to-face").
        InPerson,
        /// Held online ("by videoconference", "virtually", "online").
        Virtual,
        /// Held in person and online ("in hybrid mode").
        Hybrid,
    }
}

code_enum! {
    /// How the report presents an event.
    ///
    /// The report is an account of the activities of 1 June 2021 to 31 May 2022; it also
    /// mentions earlier events as background and, in its cover note, the meeting that adopted it.
    /// This is a reading of the text, recorded so that findings can tell an activity of the
    /// period dated outside it from background.
    ///
    /// ```
    /// use eu_celac_drugs::Framing;
    ///
    /// assert_eq!(Framing::Background.to_string(), "background");
    /// ```
    pub enum Framing {
        /// Presented as an activity or result of the reporting period.
        Activity,
        /// Presented as background or history (a programme's earlier phases, past seminars).
        Background,
        /// The report's own adoption and transmission, in the cover note.
        Transmission,
        /// A plan or expectation ("is expected to take place").
        Outlook,
    }
}

code_enum! {
    /// What an event did with a document.
    ///
    /// ```
    /// use eu_celac_drugs::DocumentAction;
    ///
    /// assert_eq!(DocumentAction::Endorsed.to_string(), "endorsed");
    /// ```
    pub enum DocumentAction {
        /// Adopted it.
        Adopted,
        /// Endorsed it.
        Endorsed,
        /// Approved it.
        Approved,
        /// Signed it.
        Signed,
        /// Published it ("was published for the first time in 2021").
        Published,
        /// Finalised it ("finalised the Technical Handbook", "finalised its research").
        Finalised,
        /// Produced it ("a training handbook was produced").
        Produced,
        /// Encouraged it ("has encouraged a joint regional assessment of criminal threats").
        Encouraged,
        /// Began work on it (a new edition: "started with the new edition of this instrument").
        Began,
        /// Discussed it (a draft).
        Discussed,
        /// Presented it to an audience ("presented it … during the 24-hour Conference on Organised Crime").
        Presented,
        /// Is documented by it (the meeting's own Council document).
        DocumentedBy,
    }
}

/// A document an event acted on, and what it did.
///
/// Passive data: both fields are public.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DocumentLink {
    /// The document's id.
    pub document: Id,
    /// What the event did with it.
    pub action: DocumentAction,
}

impl DocumentLink {
    /// A link from literals, for the compiled-in data.
    pub(crate) const fn lit(document: &'static str, action: DocumentAction) -> Self {
        Self { document: Id::lit(document), action }
    }
}

record! {
    /// A meeting or other event: when, where, how, within what, and what it adopted.
    ///
    /// Co-chairs, co-presidencies, organisers and hosts are
    /// [`Participation`](crate::Participation)s whose subject is the event.
    ///
    /// ```
    /// use eu_celac_drugs::{EventKind, Mode};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let hlm = report.events().iter().find(|e| e.kind() == EventKind::HighLevelMeeting && e.ordinal() == Some(22)).unwrap();
    /// assert_eq!(hlm.mode(), Some(Mode::Virtual));
    /// ```
    pub struct Event / EventParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// What kind of event it is.
        kind: EventKind => EventKind = copy,
        /// Its number, where the report numbers it (the XXIIIrd High-Level Meeting is 23).
        ordinal: Option<u16> => Option<u16> = copy,
        /// Its name or description, in the report's words.
        name: Text => &str = ref,
        /// The programme, project, committee or mechanism it belongs to, if any.
        of: Option<Ref> => Option<&Ref> = as_ref,
        /// When it took place, as stated (None when the report gives no date).
        date: Option<When> => Option<When> = copy,
        /// Where it took place, as stated (several places for a series of missions).
        places: List<Place> => &[Place] = ref,
        /// How it was held, if stated.
        mode: Option<Mode> => Option<Mode> = copy,
        /// Whether it took place, is ongoing or is expected.
        status: Status => Status = copy,
        /// How the report presents it.
        framing: Framing => Framing = copy,
        /// The documents it adopted, endorsed, signed or published.
        documents: List<DocumentLink> => &[DocumentLink] = ref,
        /// Where the report states it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Event {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if let Some(of) = &self.of {
            of.expect_kind(
                "of",
                &[
                    RecordKind::Programme,
                    RecordKind::Phase,
                    RecordKind::Project,
                    RecordKind::Committee,
                    RecordKind::Organisation,
                    RecordKind::Event,
                    RecordKind::Network,
                ],
                "a programme, phase, project, committee, organisation, event or network",
            )?;
        }
        if self.ordinal == Some(0) {
            return Err(ValidationError::OutOfRange { field: "ordinal", value: 0, min: 1, max: i64::from(u16::MAX) });
        }
        check_text("name", &self.name)?;
        for place in self.places.iter() {
            place.check()?;
        }
        check_unique("places", &self.places)?;
        check_unique("documents", &self.documents)?;
        self.source.check()
    }
}

code_enum! {
    /// What kind of document a [`Document`] is.
    ///
    /// ```
    /// use eu_celac_drugs::DocumentKind;
    ///
    /// assert_eq!(DocumentKind::Declaration.to_string(), "declaration");
    /// ```
    pub enum DocumentKind {
        /// A report (annual, biennial, inception; a research report).
        Report,
        /// An outcome document of a meeting.
        OutcomeDocument,
        /// A declaration.
        Declaration,
        /// A treaty (or its draft).
        Treaty,
        /// A meeting's agenda.
        Agenda,
        /// A handbook or guide.
        Handbook,
        /// A study or piece of research.
        Study,
        /// A work plan.
        WorkPlan,
        /// A threat assessment or similar instrument (IDEAL).
        Assessment,
        /// A Council document recording a meeting.
        MeetingDocument,
        /// An action plan.
        ActionPlan,
    }
}

record! {
    /// A document the report names, with its Council document number where it gives one.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let outcome = report.documents().iter().find(|d| d.number().map(|n| n.to_string()) == Some("10047/21".into()));
    /// assert!(outcome.is_some());
    /// ```
    pub struct Document / DocumentParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// What kind of document it is.
        kind: DocumentKind => DocumentKind = copy,
        /// Its title or description, in the report's words.
        title: Text => &str = ref,
        /// Its Council document number, as the report writes it.
        number: Option<DocumentRef> => Option<DocumentRef> = copy,
        /// The period it covers or the date it bears, as stated.
        date: Option<When> => Option<When> = copy,
        /// Its state (a draft is planned; a signed declaration is completed).
        status: Status => Status = copy,
        /// Where the report names it (for a numbered document, the footnote).
        source: SourceRef => &SourceRef = ref,
    }
}

impl Document {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_text("title", &self.title)?;
        self.source.check()
    }
}
