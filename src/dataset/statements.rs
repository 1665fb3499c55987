//! The report's qualitative half, one call per question: what the report says about a record
//! ([`Dataset::statements_of`], [`Dataset::says`]), which statements concern a record
//! ([`Dataset::statements_about`]), and who did what with a document ([`Dataset::document_acts`]).

use crate::{Dataset, DocumentAction, Event, Participation, Role, SourceRef, Statement, StatementKind};

impl Dataset {
    /// The statements whose subject (`of`) is the record with this id, in the report's order:
    /// everything the report says about it in words.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // What did the Technical Committee meeting of 26 October 2021 do?
    /// for s in report.statements_of("tc-2021-10-26") {
    ///     println!("{:<12} {}", s.kind(), s.text());
    /// }
    /// assert!(report.statements_of("tc-2021-10-26").any(|s| s.text() == "COPOLAD III"));
    /// assert_eq!(report.statements_of("no-such-record").count(), 0);
    /// ```
    pub fn statements_of<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Statement> + use<'a> {
        let mut rest = self.statements.iter();
        let first = rest.find(|s| s.of.id == *id);
        // the first match's own id stands for `id` from here on: the iterator borrows the dataset only
        let id: Option<&'a str> = first.map(|s| s.of.id.as_str());
        first.into_iter().chain(rest.filter(move |s| Some(s.of.id.as_str()) == id))
    }

    /// The statements of one kind about the record with this id: its aims, its mandate, the
    /// topics a meeting discussed, the purpose of an event or tool.
    ///
    /// ```
    /// use eu_celac_drugs::StatementKind::{Mandate, Purpose, Topic};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // What was the COPOLAD kick-off meeting for?
    /// let purpose = report.says("copolad.kick-off", Purpose).next().unwrap();
    /// assert_eq!(purpose.text(), "to analyse the drug-related developments in the EU and LAC regions");
    /// // What is CLASI's mandate?
    /// assert!(report.says("clasi", Mandate).any(|s| s.text().contains("jointly define strategies")));
    /// // Which records did the meeting of 26 October 2021 discuss?
    /// let discussed: Vec<String> =
    ///     report.says("tc-2021-10-26", Topic).flat_map(|s| s.about()).map(|r| r.to_string()).collect();
    /// assert!(discussed.contains(&"phase:copolad.iii".to_owned()));
    /// ```
    pub fn says<'a>(&'a self, id: &str, kind: StatementKind) -> impl Iterator<Item = &'a Statement> + use<'a> {
        self.statements_of(id).filter(move |s| s.kind == kind)
    }

    /// The statements that concern the record with this id (it is in their `about` links): where
    /// the report talks about a record while saying something about another — a meeting that
    /// discussed a programme, a declaration's signatories welcoming an instrument.
    ///
    /// ```
    /// use eu_celac_drugs::StatementKind::Topic;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // Which meetings discussed COPOLAD III?
    /// let meetings: Vec<&str> =
    ///     report.statements_about("copolad.iii").filter(|s| s.kind() == Topic).map(|s| s.of().id.as_str()).collect();
    /// assert!(meetings.contains(&"tc-2021-10-26"));
    /// ```
    pub fn statements_about<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Statement> + use<'a> {
        let mut rest = self.statements.iter();
        let first = rest.find(|s| s.about.iter().any(|r| r.id == *id));
        let id: Option<&'a str> = first.and_then(|s| s.about.iter().find(|r| r.id == *id)).map(|r| r.id.as_str());
        first.into_iter().chain(rest.filter(move |s| s.about.iter().any(|r| Some(r.id.as_str()) == id)))
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
