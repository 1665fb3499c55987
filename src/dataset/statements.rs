//! The report's qualitative half, one call per question: what the report says about a record
//! ([`Dataset::statements_of`], [`Dataset::says`]), which statements concern a record
//! ([`Dataset::statements_about`]), and who did what with a document ([`Dataset::document_acts`]).

use crate::dataset::Found;
use crate::{Dataset, DocumentAction, Event, Participation, Role, SourceRef, Statement, StatementKind};

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
    /// endorsed, approved, signed, published, began, discussed, is documented by), then the
    /// participations whose subject it is (a country, an organisation or a body that signed,
    /// adopted, supported or shared it), each in the report's order. Empty for an unknown id.
    ///
    /// ```
    /// use eu_celac_drugs::dataset::DocumentAct;
    /// use eu_celac_drugs::{DocumentAction, Role};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // Who adopted the Joint Declaration 6762/2022? The meeting of 3 March 2022, the EU's
    /// // ministers and CLASI's, each with the report's words.
    /// for act in report.document_acts("doc.eu-clasi-joint-declaration") {
    ///     println!("{} {} — \"{}\"", act.actor(), act.verb(), act.source().quote());
    /// }
    /// let acts = report.document_acts("doc.eu-clasi-joint-declaration");
    /// assert!(acts.iter().any(|a| matches!(a, DocumentAct::ByEvent { action: DocumentAction::Adopted, .. })));
    /// assert!(acts.iter().any(|a| matches!(a, DocumentAct::ByParty(p)
    ///     if p.role() == Role::Adopter && p.party().body().is_some_and(|b| b.id == "clasi"))));
    /// // The XXIIIrd High-Level Meeting adopted this very report.
    /// let report_acts = report.document_acts("doc.annual-report-2021-2022");
    /// assert!(report_acts.iter().any(|a| a.actor() == "event:hlm-23" && a.verb() == "adopted"));
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
/// ```
/// use eu_celac_drugs::dataset::DocumentAct;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// // The Brussels Declaration: signed at the high-level meeting of Justice institutions, by
/// // COMJIB, AIAMP and CJI.
/// let acts = report.document_acts("doc.brussels-declaration");
/// let signers: Vec<String> =
///     acts.iter().filter(|a| matches!(a, DocumentAct::ByParty(_))).map(|a| a.actor()).collect();
/// assert_eq!(signers, ["organisation:comjib", "organisation:aiamp", "organisation:cji"]);
/// assert!(acts.iter().all(|a| a.verb() == "signed"));
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
    /// Treaty.
    ByParty(&'a Participation),
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

    /// The actor as a typed reference in text form: `event:hlm-23`, `organisation:comjib`,
    /// `committee:clasi`, `country:PY`.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let acts = report.document_acts("doc.ameripol-treaty");
    /// assert!(acts.iter().any(|a| a.actor() == "organisation:brazil-mfa" && a.verb() == "shared"));
    /// ```
    #[must_use]
    pub fn actor(&self) -> String {
        match self {
            Self::ByEvent { event, .. } => format!("{}:{}", crate::RecordKind::Event, event.id),
            Self::ByParty(p) => p.party.to_string(),
        }
    }

    /// What was done, as an English verb phrase in the past tense where the act has one
    /// ("adopted", "endorsed", "signed", "supported", "shared", "is documented by"); for any
    /// other role, the role's code ("partner").
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let verbs: Vec<&str> = report.document_acts("doc.lisboa-declaration").iter().map(|a| a.verb()).collect();
    /// assert_eq!(verbs, ["signed", "supported"]);
    /// ```
    #[must_use]
    pub fn verb(&self) -> &'static str {
        match self {
            Self::ByEvent { action, .. } => match action {
                DocumentAction::Adopted => "adopted",
                DocumentAction::Endorsed => "endorsed",
                DocumentAction::Approved => "approved",
                DocumentAction::Signed => "signed",
                DocumentAction::Published => "published",
                DocumentAction::Finalised => "finalised",
                DocumentAction::Produced => "produced",
                DocumentAction::Encouraged => "encouraged",
                DocumentAction::Began => "began",
                DocumentAction::Discussed => "discussed",
                DocumentAction::Presented => "presented",
                DocumentAction::DocumentedBy => "is documented by",
            },
            Self::ByParty(p) => match p.role {
                Role::Adopter => "adopted",
                Role::Signatory => "signed",
                Role::Supporter => "supported",
                Role::Sharer => "shared",
                Role::Approver => "approved",
                other => other.into(),
            },
        }
    }
}
