//! The report's qualitative half, one call per question: what the report says about a record
//! ([`Dataset::statements_of`], [`Dataset::says`]), which statements concern a record
//! ([`Dataset::statements_about`]), and who did what with a document ([`Dataset::document_acts`]).

use std::borrow::Cow;
use std::fmt;

use crate::dataset::Found;
use crate::{
    Dataset, DocumentAction, Event, Participation, Party, RecordKind, Ref, Role, SourceRef, Statement, StatementKind,
    Status,
};

impl Dataset {
    /// What the report says in words about the record with this id **and about everything under
    /// it** (its phases, projects, components, bodies and events: see
    /// [`descendants`](Self::descendants)): the statements whose subject (`of`) is one of them,
    /// in the report's order. Each answer says which record it is directly of ([`Found::at`])
    /// and how far below the record asked about that one stands ([`Found::depth`]).
    ///
    /// ```
    /// use eu_celac_drugs::ids;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // Everything the report says of COPOLAD, its phases, working groups and meetings.
    /// for s in report.statements_of(&ids::COPOLAD) {
    ///     println!("{:<14} {:<12} {}", s.at.id, s.kind(), s.text());
    /// }
    /// // What it says of the kick-off meeting is said of COPOLAD too.
    /// assert!(report.statements_of(&ids::COPOLAD).any(|s| s.at.id == ids::COPOLAD_KICK_OFF));
    /// assert_eq!(report.statements_of("no-such-record").count(), 0);
    /// ```
    pub fn statements_of<'a>(&'a self, id: &str) -> impl Iterator<Item = Found<'a, Statement>> + use<'a> {
        let family = self.family(id);
        self.statements
            .iter()
            .filter_map(move |s| family.depth(s.of.id.as_str()).map(|depth| Found { record: s, at: &s.of, depth }))
    }

    /// The statements whose subject (`of`) is exactly the record with this id, in the report's
    /// order: not those of what stands under it (for them, [`statements_of`](Self::statements_of)).
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // What did the Technical Committee meeting of 26 October 2021 do?
    /// for s in report.statements_of_exactly("tc-2021-10-26") {
    ///     println!("{:<12} {}", s.kind(), s.text());
    /// }
    /// assert!(report.statements_of_exactly("tc-2021-10-26").any(|s| s.text() == "COPOLAD III"));
    /// ```
    pub fn statements_of_exactly<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Statement> + use<'a> {
        let mut rest = self.statements.iter();
        let first = rest.find(|s| s.of.id == *id);
        // the first match's own id stands for `id` from here on: the iterator borrows the dataset only
        let id: Option<&'a str> = first.map(|s| s.of.id.as_str());
        first.into_iter().chain(rest.filter(move |s| Some(s.of.id.as_str()) == id))
    }

    /// The statements of one kind about the record with this id or anything under it (see
    /// [`statements_of`](Self::statements_of)): its aims, its mandate, the topics a meeting
    /// discussed, the purpose of an event or tool.
    ///
    /// ```
    /// use eu_celac_drugs::StatementKind::{Aim, Mandate, Purpose};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // What was the COPOLAD kick-off meeting for?
    /// let purpose = report.says("copolad.kick-off", Purpose).next().unwrap();
    /// assert_eq!(purpose.text(), "to analyse the drug-related developments in the EU and LAC regions");
    /// // What is CLASI's mandate?
    /// assert!(report.says("clasi", Mandate).any(|s| s.text().contains("jointly define strategies")));
    /// // What does COPOLAD aim at? Its own aims, then those of its third phase.
    /// for aim in report.says("copolad", Aim) {
    ///     println!("{}: {}", aim.at.id, aim.text());
    /// }
    /// assert!(report.says("copolad", Aim).any(|s| s.at.id == "copolad.iii"));
    /// ```
    pub fn says<'a>(&'a self, id: &str, kind: StatementKind) -> impl Iterator<Item = Found<'a, Statement>> + use<'a> {
        self.statements_of(id).filter(move |s| s.kind == kind)
    }

    /// The statements that concern the record with this id **or anything under it** (one of them
    /// is in their `about` links), in the report's order: where the report talks about a record
    /// while saying something about another — a meeting that discussed a programme or one of its
    /// phases, a declaration's signatories welcoming an instrument. Each answer says which record
    /// it is directly about ([`Found::at`]: of its `about` links, the one nearest the record
    /// asked about) and how far below that one stands ([`Found::depth`]).
    ///
    /// ```
    /// use eu_celac_drugs::ids;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // Which meetings discussed COPOLAD (or its phases, its working groups…)?
    /// let meetings: Vec<&str> =
    ///     report.statements_about(&ids::COPOLAD).filter(|s| s.kind().is_discussion()).map(|s| s.of().id.as_str()).collect();
    /// assert!(meetings.contains(&"tc-2021-10-26")); // "COPOLAD III was also discussed"
    /// assert!(meetings.contains(&"tc-2022-05-04")); // "developments on COPOLAD"
    /// ```
    pub fn statements_about<'a>(&'a self, id: &str) -> impl Iterator<Item = Found<'a, Statement>> + use<'a> {
        let family = self.family(id);
        self.statements
            .iter()
            .filter_map(move |s| family.nearest(&s.about).map(|(about, depth)| Found { record: s, at: about, depth }))
    }

    /// The statements whose `about` links name exactly the record with this id, in the report's
    /// order: not those about what stands under it (for them,
    /// [`statements_about`](Self::statements_about)).
    ///
    /// ```
    /// use eu_celac_drugs::StatementKind::Topic;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // Which meetings discussed COPOLAD III itself?
    /// let meetings: Vec<&str> =
    ///     report.statements_about_exactly("copolad.iii").filter(|s| s.kind() == Topic).map(|s| s.of().id.as_str()).collect();
    /// assert_eq!(meetings, ["tc-2021-10-26"]);
    /// ```
    pub fn statements_about_exactly<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Statement> + use<'a> {
        let mut rest = self.statements.iter();
        let first = rest.find(|s| s.about.iter().any(|r| r.id == *id));
        let id: Option<&'a str> = first.and_then(|s| s.about.iter().find(|r| r.id == *id)).map(|r| r.id.as_str());
        first.into_iter().chain(rest.filter(move |s| s.about.iter().any(|r| Some(r.id.as_str()) == id)))
    }

    /// What the meeting (or other record) with this id discussed, prepared or followed up — the
    /// statements of the discussion family ([`StatementKind::is_discussion`]: a topic, a
    /// preparation, a follow-up) of it and of what stands under it, in the report's order.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // What did the Technical Committee discuss on 4 May 2022? Its topics, the preparation of the
    /// // XXIIIrd High-Level Meeting and the follow-up to the 65th session of the CND.
    /// let discussed: Vec<&str> = report.discussed("tc-2022-05-04").map(|s| s.text()).collect();
    /// assert!(discussed.contains(&"the draft outcome document"));
    /// assert!(discussed.contains(&"the 65th session of the Commission on Narcotic Drugs (CND)"));
    /// ```
    pub fn discussed<'a>(&'a self, id: &str) -> impl Iterator<Item = Found<'a, Statement>> + use<'a> {
        self.statements_of(id).filter(|s| s.kind.is_discussion())
    }

    /// The discussions (topics, preparations, follow-ups: [`StatementKind::is_discussion`]) that
    /// concern the record with this id or anything under it: "which meetings discussed COPOLAD?".
    /// The meeting is each answer's subject (`of`); [`Found::at`] says what it discussed.
    ///
    /// ```
    /// use eu_celac_drugs::ids;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // The CND, and its 65th session, which the meeting of 4 May 2022 followed up.
    /// for s in report.discussions_about(&ids::CND) {
    ///     println!("{} ({}): {}", s.of().id, s.kind(), s.text());
    /// }
    /// assert_eq!(report.discussions_about(&ids::CND).count(), 2);
    /// ```
    pub fn discussions_about<'a>(&'a self, id: &str) -> impl Iterator<Item = Found<'a, Statement>> + use<'a> {
        self.statements_about(id).filter(|s| s.kind.is_discussion())
    }

    /// Who did what with the document with this id, where the report says so, from both places
    /// the dataset holds it: the events that acted on it ([`Event::documents`]: adopted,
    /// endorsed, approved, signed, published, finalised, produced, encouraged, began, discussed,
    /// presented, is documented by), then the participations whose subject it is (a country, an
    /// organisation, a body or a group that signed, adopted, supported, shared or leads it), each
    /// in the report's order, each with its status ([`DocumentAct::status`]: the AMERIPOL Treaty's
    /// signature is expected, not done). Documents have nothing under them, so this query is
    /// exact. Empty for an unknown id.
    ///
    /// ```
    /// use eu_celac_drugs::dataset::DocumentAct;
    /// use eu_celac_drugs::{DocumentAction, Role};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // Who adopted the Joint Declaration 6762/2022? The meeting of 3 March 2022, the EU's
    /// // ministers and CLASI's, each with the report's words.
    /// for act in report.document_acts("doc.eu-clasi-joint-declaration") {
    ///     println!("{act} — \"{}\"", act.source().quote());
    /// }
    /// let acts = report.document_acts("doc.eu-clasi-joint-declaration");
    /// assert!(acts.iter().any(|a| matches!(a, DocumentAct::ByEvent { action: DocumentAction::Adopted, .. })));
    /// assert!(acts.iter().any(|a| matches!(a, DocumentAct::ByParty(p)
    ///     if p.role() == Role::Adopter && p.party().body().is_some_and(|b| b.id == "clasi"))));
    /// // The XXIIIrd High-Level Meeting adopted this very report.
    /// let report_acts = report.document_acts("doc.annual-report-2021-2022");
    /// assert!(report_acts.iter().any(|a| a.actor() == "XXIIIrd High-Level Meeting" && a.verb() == "adopted"));
    /// ```
    #[must_use]
    pub fn document_acts(&self, id: &str) -> Vec<DocumentAct<'_>> {
        let by_events = self.events.iter().flat_map(|event| {
            event
                .documents
                .iter()
                .filter(|link| link.document.as_str() == id)
                .map(move |link| DocumentAct::ByEvent { event, action: link.action })
        });
        let by_parties = self
            .participations
            .iter()
            .filter(|p| p.subject.kind == crate::RecordKind::Document && p.subject.id.as_str() == id);
        by_events.chain(by_parties.map(DocumentAct::ByParty)).collect()
    }
}

/// One thing done with a document, and who did it: an [`Event`] that acted on it or a
/// [`Participation`] whose subject it is (its party a country, an organisation or a body such as
/// CLASI). Returned by [`Dataset::document_acts`].
///
/// An act carries its status ([`status`](Self::status)): the signature of the AMERIPOL Treaty "is
/// expected to take place in 2022", so its [`verb`](Self::verb) is "expected to be signed", not
/// "signed". Its `Display` reads as a sentence for readers: "COMJIB signed".
///
/// ```
/// use eu_celac_drugs::dataset::DocumentAct;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// // The Brussels Declaration: signed at the high-level meeting of Justice institutions, by
/// // COMJIB, AIAMP and CJI.
/// let acts = report.document_acts("doc.brussels-declaration");
/// let signers: Vec<&str> =
///     acts.iter().filter(|a| matches!(a, DocumentAct::ByParty(_))).map(|a| a.actor()).collect();
/// assert_eq!(signers, ["COMJIB", "AIAMP", "CJI"]);
/// assert!(acts.iter().all(|a| a.verb() == "signed"));
/// assert!(acts.iter().any(|a| a.to_string() == "COMJIB signed"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DocumentAct<'a> {
    /// An event acted on the document: the XXIIIrd High-Level Meeting adopted the annual report.
    ByEvent {
        /// The event.
        event: &'a Event,
        /// What it did with the document.
        action: DocumentAction,
    },
    /// A party took part in the document, in the participation's role: COMJIB signed the
    /// Brussels Declaration, the Ministry of Foreign Affairs of Brazil shared the draft AMERIPOL
    /// Treaty, "Latin American countries" signed the political declaration that created CLASI.
    ByParty(&'a Participation),
}

/// How a verb is written: past tense, base form, past participle, present participle.
struct Forms(&'static str, &'static str, &'static str, &'static str);

impl Forms {
    /// The verb of an event's action on a document, in its four forms.
    fn of_action(action: DocumentAction) -> Self {
        match action {
            DocumentAction::Adopted => Self("adopted", "adopt", "adopted", "adopting"),
            DocumentAction::Endorsed => Self("endorsed", "endorse", "endorsed", "endorsing"),
            DocumentAction::Approved => Self("approved", "approve", "approved", "approving"),
            DocumentAction::Signed => Self("signed", "sign", "signed", "signing"),
            DocumentAction::Published => Self("published", "publish", "published", "publishing"),
            DocumentAction::Finalised => Self("finalised", "finalise", "finalised", "finalising"),
            DocumentAction::Produced => Self("produced", "produce", "produced", "producing"),
            DocumentAction::Encouraged => Self("encouraged", "encourage", "encouraged", "encouraging"),
            DocumentAction::Began => Self("began", "begin", "begun", "beginning"),
            DocumentAction::Discussed => Self("discussed", "discuss", "discussed", "discussing"),
            DocumentAction::Presented => Self("presented", "present", "presented", "presenting"),
            DocumentAction::DocumentedBy => {
                Self("is documented by", "is documented by", "is documented by", "is documented by")
            }
        }
    }

    /// The verb of a party's role in a document, in its four forms; `None` for a role that is no
    /// act on a document.
    fn of_role(role: Role) -> Option<Self> {
        Some(match role {
            Role::Adopter => Self("adopted", "adopt", "adopted", "adopting"),
            Role::Signatory => Self("signed", "sign", "signed", "signing"),
            Role::Supporter => Self("supported", "support", "supported", "supporting"),
            Role::Sharer => Self("shared", "share", "shared", "sharing"),
            Role::Approver => Self("approved", "approve", "approved", "approving"),
            _ => return None,
        })
    }
}

/// The verb phrase of an act with this status: the past tense for an act that has happened; the
/// prospect for one that has not, in the passive for an event ("expected to be signed") and in
/// the active for a party ("expected to sign").
fn phrase(forms: &Forms, status: Status, passive: bool) -> Cow<'static, str> {
    let Forms(past, base, participle, present) = *forms;
    if past == "is documented by" {
        return Cow::Borrowed(past);
    }
    let (prefix, verb) = match status {
        Status::Active | Status::Operational | Status::Completed => return Cow::Borrowed(past),
        Status::Ongoing | Status::UnderEstablishment => ("", if passive { participle } else { present }),
        Status::Planned => ("to ", base),
        Status::Expected => ("expected to ", base),
        Status::Potential
        | Status::Applicant
        | Status::Interested
        | Status::AssessedForInclusion
        | Status::PossibleLaterInclusion => ("may ", base),
    };
    Cow::Owned(match (passive, status) {
        (true, Status::Ongoing | Status::UnderEstablishment) => format!("being {verb}"),
        (true, _) => format!("{prefix}be {participle}"),
        (false, _) => format!("{prefix}{verb}"),
    })
}

impl<'a> DocumentAct<'a> {
    /// Where the report says so.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let acts = report.document_acts("doc.biennial-report-2019-2021");
    /// assert!(acts.iter().all(|a| a.source().quote().contains("adopted the Biennial Report")));
    /// ```
    #[must_use]
    pub fn source(&self) -> &'a SourceRef {
        match self {
            Self::ByEvent { event, .. } => &event.source,
            Self::ByParty(p) => &p.source,
        }
    }

    /// How far along the act is: the event's status (the signature of the AMERIPOL Treaty is
    /// [`Expected`](Status::Expected)) or the participation's.
    ///
    /// ```
    /// use eu_celac_drugs::Status;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let treaty = report.document_acts("doc.ameripol-treaty");
    /// assert!(treaty.iter().any(|a| a.status() == Status::Expected));
    /// ```
    #[must_use]
    pub fn status(&self) -> Status {
        match self {
            Self::ByEvent { event, .. } => event.status,
            Self::ByParty(p) => p.status,
        }
    }

    /// Who acted, for readers: the event's name, or the party as the report writes it ("COMJIB",
    /// "the Ministry of Foreign Affairs of Brazil", "Latin American countries").
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let acts = report.document_acts("doc.ameripol-treaty");
    /// assert!(acts.iter().any(|a| a.actor() == "the Ministry of Foreign Affairs of Brazil" && a.verb() == "shared"));
    /// ```
    #[must_use]
    pub fn actor(&self) -> &'a str {
        match self {
            Self::ByEvent { event, .. } => &event.name,
            Self::ByParty(p) => &p.as_written,
        }
    }

    /// Who acted, as a typed reference: the event, or the party's organisation or body; `None`
    /// for a country, which is no record of the dataset (see the participation's
    /// [`party`](Participation::party)).
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let acts = report.document_acts("doc.brussels-declaration");
    /// assert!(acts.iter().any(|a| a.actor_ref().is_some_and(|r| r == "organisation:comjib")));
    /// ```
    #[must_use]
    pub fn actor_ref(&self) -> Option<Ref> {
        match self {
            Self::ByEvent { event, .. } => Some(Ref::new(RecordKind::Event, event.id.clone())),
            Self::ByParty(p) => match &p.party {
                Party::Organisation(id) => Some(Ref::new(RecordKind::Organisation, id.clone())),
                Party::Body(body) => Some(body.clone()),
                Party::Country(_) => None,
            },
        }
    }

    /// What was done, as an English verb phrase that follows the act's [status](Self::status):
    /// the past tense for an act that has happened ("adopted", "endorsed", "signed", "supported",
    /// "shared", "is documented by"); for one that has not, its prospect — for an event, in the
    /// passive ("expected to be signed", "to be signed", "being updated", "may be signed"); for a
    /// party, in the active ("expected to sign"). A role that is no act on a document gives its
    /// code ("partner").
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let verbs: Vec<String> = report.document_acts("doc.lisboa-declaration").iter().map(|a| a.verb().into_owned()).collect();
    /// assert_eq!(verbs, ["signed", "supported"]);
    /// // "The signature of the AMERIPOL Treaty is expected to take place in 2022."
    /// let treaty = report.document_acts("doc.ameripol-treaty");
    /// assert!(treaty.iter().any(|a| a.verb() == "expected to be signed"));
    /// assert!(treaty.iter().all(|a| a.verb() != "signed"));
    /// ```
    #[must_use]
    pub fn verb(&self) -> Cow<'static, str> {
        match self {
            Self::ByEvent { event, action } => phrase(&Forms::of_action(*action), event.status, true),
            Self::ByParty(p) => match Forms::of_role(p.role) {
                Some(forms) => phrase(&forms, p.status, false),
                None => Cow::Borrowed(p.role.as_str()),
            },
        }
    }
}

impl fmt::Display for DocumentAct<'_> {
    /// The act as a reader reads it: "XXIIIrd High-Level Meeting adopted", "signature of the
    /// AMERIPOL Treaty: expected to be signed".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ByEvent { .. } if !self.status().is_active() => write!(f, "{}: {}", self.actor(), self.verb()),
            _ => write!(f, "{} {}", self.actor(), self.verb()),
        }
    }
}
