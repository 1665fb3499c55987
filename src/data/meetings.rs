//! Section I: the EU-CELAC High-Level Meeting and the Technical Committee meetings, with
//! footnotes 1 to 4 (the Council documents of those meetings), and the cover note's
//! account of the XXIIIrd High-Level Meeting that adopted the report.

use std::borrow::Cow::Borrowed as B;

use super::dsl::{city, count, country_part, day, id, on, r, some, src, t};
use crate::Country::{FR, MX, PT, PY, SI};
use crate::DocumentAction::{Adopted, Discussed, DocumentedBy, Endorsed};
use crate::RecordKind::{Committee as CommitteeRef, Event as EventRef, Organisation as OrganisationRef};
use crate::Role::{CoChair, CoPresidency};
use crate::Status::{Active, Completed};
use crate::data::Section2021_2022::{Footnote1, Footnote2, Footnote3, Footnote4, Meetings, Note};
use crate::{
    Committee, CommitteeKind, Completeness, Country, Document, DocumentKind, DocumentLink, DocumentRef, DocumentSeries,
    Event, EventKind, Framing, List, Mode, Participation, Qualifier, StatedList,
};

pub(super) const COMMITTEES: List<Committee> = B(&[Committee {
    id: id("technical-committee"),
    of: Some(r(OrganisationRef, "mechanism")),
    kind: CommitteeKind::Technical,
    name: t("EU-CELAC Technical Committee on Drugs"),
    acronym: None,
    aliases: B(&[t("Technical Committee")]),
    established: None,
    status: Active,
    source: src(Meetings, "two meetings of the EU-CELAC Technical Committee on Drugs were held"),
}]);

pub(super) const EVENTS: List<Event> = B(&[
    Event {
        id: id("hlm-22"),
        kind: EventKind::HighLevelMeeting,
        ordinal: Some(22),
        name: t("XXIInd High-Level Meeting"),
        of: Some(r(OrganisationRef, "mechanism")),
        date: on(day(2021, 6, 22)),
        places: B(&[]),
        mode: Some(Mode::Virtual),
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[
            DocumentLink::lit("doc.biennial-report-2019-2021", Adopted),
            DocumentLink::lit("doc.outcome-document-hlm-22", Endorsed),
        ]),
        source: src(
            Meetings,
            "The EU-CELAC Coordination and Cooperation Mechanism on Drugs held its XXII<sup>nd</sup> High-Level Meeting on 22 June 2021 by videoconference, co-chaired by Portugal and Mexico. The High-Level Meeting adopted the Biennial Report 1 June 2019 to 31 May 2021<sup>1</sup> and endorsed the Outcome Document<sup>2</sup>.",
        ),
    },
    Event {
        id: id("tc-2021-10-26"),
        kind: EventKind::TechnicalCommitteeMeeting,
        ordinal: None,
        name: t("meeting of the EU-CELAC Technical Committee on Drugs"),
        of: Some(r(CommitteeRef, "technical-committee")),
        date: on(day(2021, 10, 26)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[DocumentLink::lit("doc.cm-6082-21", DocumentedBy)]),
        source: src(
            Meetings,
            "In preparation for the XXIII<sup>rd</sup> High-Level Meeting, two meetings of the EU-CELAC Technical Committee on Drugs were held: on 26 October 2021, under the co-presidency of Slovenia and Paraguay<sup>3</sup>",
        ),
    },
    Event {
        id: id("tc-2022-05-04"),
        kind: EventKind::TechnicalCommitteeMeeting,
        ordinal: None,
        name: t("meeting of the EU-CELAC Technical Committee on Drugs"),
        of: Some(r(CommitteeRef, "technical-committee")),
        date: on(day(2022, 5, 4)),
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Activity,
        documents: B(&[
            DocumentLink::lit("doc.cm-2653-22", DocumentedBy),
            DocumentLink::lit("doc.draft-agenda-hlm-23", Discussed),
            DocumentLink::lit("doc.draft-outcome-document-hlm-23", Discussed),
        ]),
        source: src(Meetings, "and on 4 May 2022, under the co-presidency of France and Paraguay<sup>4</sup>."),
    },
    Event {
        id: id("hlm-23"),
        kind: EventKind::HighLevelMeeting,
        ordinal: Some(23),
        name: t("XXIIIrd High-Level Meeting"),
        of: Some(r(OrganisationRef, "mechanism")),
        date: on(day(2022, 6, 24)),
        places: B(&[city("Asuncion", Country::PY)]),
        mode: Some(Mode::Hybrid),
        status: Completed,
        framing: Framing::Transmission,
        documents: B(&[DocumentLink::lit("doc.annual-report-2021-2022", Adopted)]),
        source: src(
            Note,
            "the final version of the above-mentioned annual report which was adopted at the XXIIIrd High-Level Meeting of the EU-CELAC Coordination and Cooperation Mechanism on Drugs, which took place in Asuncion in hybrid mode on 24 June 2022.",
        ),
    },
    Event {
        id: id("cnd-65"),
        kind: EventKind::Session,
        ordinal: Some(65),
        name: t("65th session of the Commission on Narcotic Drugs (CND)"),
        of: Some(r(OrganisationRef, "cnd")),
        date: None,
        places: B(&[]),
        mode: None,
        status: Completed,
        framing: Framing::Background,
        documents: B(&[]),
        source: src(
            Meetings,
            "The meeting also held an exchange of views on the follow-up to the 65th session of the Commission on Narcotic Drugs (CND)",
        ),
    },
]);

pub(super) const DOCUMENTS: List<Document> = B(&[
    Document {
        id: id("doc.annual-report-2021-2022"),
        kind: DocumentKind::Report,
        title: t("Annual Report 1 June 2021 to 31 May 2022"),
        number: Some(DocumentRef::lit(DocumentSeries::Council, 10233, 2022, 2)),
        date: span_days((2021, 6, 1), (2022, 5, 31)),
        status: Completed,
        source: src(Note, "10233/22"),
    },
    Document {
        id: id("doc.biennial-report-2019-2021"),
        kind: DocumentKind::Report,
        title: t("Biennial Report 1 June 2019 to 31 May 2021"),
        number: Some(DocumentRef::lit(DocumentSeries::Council, 9916, 2021, 2)),
        date: span_days((2019, 6, 1), (2021, 5, 31)),
        status: Completed,
        source: src(Footnote1, "9916/21"),
    },
    Document {
        id: id("doc.outcome-document-hlm-22"),
        kind: DocumentKind::OutcomeDocument,
        title: t("Outcome Document"),
        number: Some(DocumentRef::lit(DocumentSeries::Council, 10047, 2021, 2)),
        date: None,
        status: Completed,
        source: src(Footnote2, "10047/21"),
    },
    Document {
        id: id("doc.cm-6082-21"),
        kind: DocumentKind::MeetingDocument,
        title: t("CM 6082/21"),
        number: Some(DocumentRef::lit(DocumentSeries::CouncilMeeting, 6082, 2021, 2)),
        date: None,
        status: Completed,
        source: src(Footnote3, "CM 6082/21"),
    },
    Document {
        id: id("doc.cm-2653-22"),
        kind: DocumentKind::MeetingDocument,
        title: t("CM 2653/22"),
        number: Some(DocumentRef::lit(DocumentSeries::CouncilMeeting, 2653, 2022, 2)),
        date: None,
        status: Completed,
        source: src(Footnote4, "CM 2653/22"),
    },
    Document {
        id: id("doc.draft-agenda-hlm-23"),
        kind: DocumentKind::Agenda,
        title: t("draft agenda of the High-Level Meeting"),
        number: None,
        date: None,
        status: Active,
        source: src(
            Meetings,
            "In particular they discussed the draft agenda of the High-Level Meeting and the draft outcome document.",
        ),
    },
    Document {
        id: id("doc.draft-outcome-document-hlm-23"),
        kind: DocumentKind::OutcomeDocument,
        title: t("draft outcome document"),
        number: None,
        date: None,
        status: Active,
        source: src(
            Meetings,
            "In particular they discussed the draft agenda of the High-Level Meeting and the draft outcome document.",
        ),
    },
]);

const fn span_days(a: (i32, u32, u32), b: (i32, u32, u32)) -> Option<crate::When> {
    super::dsl::span(day(a.0, a.1, a.2), day(b.0, b.1, b.2))
}

pub(super) const PARTICIPATIONS: List<Participation> = B(&[
    country_part(
        "hlm-22.co-chair.pt",
        PT,
        "Portugal",
        r(EventRef, "hlm-22"),
        CoChair,
        Completed,
        src(Meetings, "co-chaired by Portugal and Mexico"),
    ),
    country_part(
        "hlm-22.co-chair.mx",
        MX,
        "Mexico",
        r(EventRef, "hlm-22"),
        CoChair,
        Completed,
        src(Meetings, "co-chaired by Portugal and Mexico"),
    ),
    country_part(
        "tc-2021-10-26.co-presidency.si",
        SI,
        "Slovenia",
        r(EventRef, "tc-2021-10-26"),
        CoPresidency,
        Completed,
        src(Meetings, "on 26 October 2021, under the co-presidency of Slovenia and Paraguay"),
    ),
    country_part(
        "tc-2021-10-26.co-presidency.py",
        PY,
        "Paraguay",
        r(EventRef, "tc-2021-10-26"),
        CoPresidency,
        Completed,
        src(Meetings, "on 26 October 2021, under the co-presidency of Slovenia and Paraguay"),
    ),
    country_part(
        "tc-2022-05-04.co-presidency.fr",
        FR,
        "France",
        r(EventRef, "tc-2022-05-04"),
        CoPresidency,
        Completed,
        src(Meetings, "on 4 May 2022, under the co-presidency of France and Paraguay"),
    ),
    country_part(
        "tc-2022-05-04.co-presidency.py",
        PY,
        "Paraguay",
        r(EventRef, "tc-2022-05-04"),
        CoPresidency,
        Completed,
        src(Meetings, "on 4 May 2022, under the co-presidency of France and Paraguay"),
    ),
]);

pub(super) const LISTS: List<StatedList> = B(&[StatedList {
    id: id("technical-committee.meetings"),
    of: r(CommitteeRef, "technical-committee"),
    label: t("two meetings of the EU-CELAC Technical Committee on Drugs"),
    bloc: None,
    completeness: Completeness::Complete,
    count: Some(count(2, Qualifier::Exact)),
    stated: some("two"),
    items: B(&[r(EventRef, "tc-2021-10-26"), r(EventRef, "tc-2022-05-04")]),
    source: src(
        Meetings,
        "two meetings of the EU-CELAC Technical Committee on Drugs were held: on 26 October 2021, under the co-presidency of Slovenia and Paraguay<sup>3</sup>, and on 4 May 2022",
    ),
}]);

/// What this part of the report says in words (aims, focus, mandates, purposes, topics…): one statement per
/// question answered, its text an excerpt of the quote, its `about` the records the words name.
pub(super) const STATEMENTS: crate::List<crate::Statement> = statements::STATEMENTS;

/// The statements, in a module of their own so that their imports stay apart from the records'.
mod statements {
    use std::borrow::Cow::Borrowed as B;

    use crate::RecordKind as K;
    use crate::StatementKind::{Activity, FollowUp, Preparation, Topic};
    use crate::data::Section2021_2022::Meetings;
    use crate::data::dsl::{id, noted, r, src, t};
    use crate::{List, Statement};

    /// Both meetings were held in preparation for the XXIIIrd High-Level Meeting.
    const IN_PREPARATION: &str = "In preparation for the XXIII<sup>rd</sup> High-Level Meeting, two meetings of the EU-CELAC Technical Committee on Drugs were held";
    /// The first sentence on the meeting of 26 October 2021.
    const TC_2021_FIRST: &str = "The Technical Committee meeting on 26 October 2021 discussed in particular the priorities following to the XXII<sup>nd</sup> High-Level Meeting, exchanged information and best practices on evidence-based prevention of drug use.";
    /// The second sentence on the meeting of 26 October 2021.
    const TC_2021_SECOND: &str = "COPOLAD III was also discussed and the meeting had an exchange of views on the works of the Commission on Narcotic Drugs (CND).";
    /// What the meeting of 4 May 2022 discussed in particular.
    const TC_2022_DISCUSSED: &str =
        "In particular they discussed the draft agenda of the High-Level Meeting and the draft outcome document.";
    /// The exchange of views at the meeting of 4 May 2022.
    const TC_2022_EXCHANGE: &str = "The meeting also held an exchange of views on the follow-up to the 65th session of the Commission on Narcotic Drugs (CND) and on developments on COPOLAD and other regional programmes.";
    /// What the countries and regions present at both meetings did.
    const UPDATES: &str = "Countries and regions present at the meetings of the Technical Committee provided updates on the drug situation and policy developments in their respective countries and regions.";
    /// The reading of "the meetings of the Technical Committee".
    const UPDATES_NOTE: &str = "Said of \"the meetings of the Technical Committee\": read as both meetings the section reports, on 26 October 2021 and on 4 May 2022. What the countries and regions present did there (\"provided updates\"), an activity, not a topic the meeting discussed.";

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("tc-2021-10-26.preparation"),
            of: r(K::Event, "tc-2021-10-26"),
            kind: Preparation,
            text: t("the XXIIIrd High-Level Meeting"),
            about: B(&[r(K::Event, "hlm-23")]),
            source: src(Meetings, IN_PREPARATION),
        },
        Statement {
            id: id("tc-2021-10-26.topic.priorities"),
            of: r(K::Event, "tc-2021-10-26"),
            kind: Topic,
            text: t("the priorities following to the XXIInd High-Level Meeting"),
            about: B(&[r(K::Event, "hlm-22")]),
            source: src(Meetings, TC_2021_FIRST),
        },
        Statement {
            id: id("tc-2021-10-26.topic.prevention"),
            of: r(K::Event, "tc-2021-10-26"),
            kind: Topic,
            text: t("information and best practices on evidence-based prevention of drug use"),
            about: B(&[]),
            source: src(Meetings, TC_2021_FIRST),
        },
        Statement {
            id: id("tc-2021-10-26.topic.copolad-iii"),
            of: r(K::Event, "tc-2021-10-26"),
            kind: Topic,
            text: t("COPOLAD III"),
            about: B(&[r(K::Phase, "copolad.iii")]),
            source: src(Meetings, TC_2021_SECOND),
        },
        Statement {
            id: id("tc-2021-10-26.topic.cnd"),
            of: r(K::Event, "tc-2021-10-26"),
            kind: Topic,
            text: t("the works of the Commission on Narcotic Drugs (CND)"),
            about: B(&[r(K::Organisation, "cnd")]),
            source: src(Meetings, TC_2021_SECOND),
        },
        Statement {
            id: id("tc-2021-10-26.updates"),
            of: r(K::Event, "tc-2021-10-26"),
            kind: Activity,
            text: t(
                "provided updates on the drug situation and policy developments in their respective countries and regions",
            ),
            about: B(&[]),
            source: noted(Meetings, UPDATES, UPDATES_NOTE),
        },
        Statement {
            id: id("tc-2022-05-04.preparations"),
            of: r(K::Event, "tc-2022-05-04"),
            kind: Preparation,
            text: t("the XXIIIrd High-Level Meeting of the EU-CELAC Coordination and Cooperation Mechanism on Drugs"),
            about: B(&[r(K::Event, "hlm-23"), r(K::Organisation, "mechanism")]),
            source: src(
                Meetings,
                "At the Technical Committee meeting on 4 May 2022, participants held the preparations for the XXIII<sup>rd</sup> High-Level Meeting of the EU-CELAC Coordination and Cooperation Mechanism on Drugs.",
            ),
        },
        Statement {
            id: id("tc-2022-05-04.topic.draft-agenda"),
            of: r(K::Event, "tc-2022-05-04"),
            kind: Topic,
            text: t("the draft agenda of the High-Level Meeting"),
            about: B(&[r(K::Document, "doc.draft-agenda-hlm-23"), r(K::Event, "hlm-23")]),
            source: src(Meetings, TC_2022_DISCUSSED),
        },
        Statement {
            id: id("tc-2022-05-04.topic.draft-outcome-document"),
            of: r(K::Event, "tc-2022-05-04"),
            kind: Topic,
            text: t("the draft outcome document"),
            about: B(&[r(K::Document, "doc.draft-outcome-document-hlm-23")]),
            source: src(Meetings, TC_2022_DISCUSSED),
        },
        Statement {
            id: id("tc-2022-05-04.follow-up.cnd-65"),
            of: r(K::Event, "tc-2022-05-04"),
            kind: FollowUp,
            text: t("the 65th session of the Commission on Narcotic Drugs (CND)"),
            about: B(&[r(K::Event, "cnd-65"), r(K::Organisation, "cnd")]),
            source: src(Meetings, TC_2022_EXCHANGE),
        },
        Statement {
            id: id("tc-2022-05-04.topic.copolad"),
            of: r(K::Event, "tc-2022-05-04"),
            kind: Topic,
            text: t("developments on COPOLAD and other regional programmes"),
            about: B(&[r(K::Programme, "copolad")]),
            source: src(Meetings, TC_2022_EXCHANGE),
        },
        Statement {
            id: id("tc-2022-05-04.updates"),
            of: r(K::Event, "tc-2022-05-04"),
            kind: Activity,
            text: t(
                "provided updates on the drug situation and policy developments in their respective countries and regions",
            ),
            about: B(&[]),
            source: noted(Meetings, UPDATES, UPDATES_NOTE),
        },
    ]);
}
