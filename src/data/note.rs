//! The Council's cover note: document number, file codes, date, sender, subject.

use std::borrow::Cow::Borrowed as B;

use chrono::NaiveDate;

use super::Section2021_2022;
use super::dsl::t;
use crate::{DocumentRef, DocumentSeries, Id, ReportMeta, SourceRef};

/// A calendar date; an invalid literal fails the build (this runs only at compile time).
#[allow(clippy::panic)]
const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("invalid date in the compiled-in data"),
    }
}

pub(super) const META: ReportMeta = ReportMeta {
    title: t("EU-CELAC Coordination and Cooperation Mechanism on Drugs - Annual Report 1 June 2021 to 31 May 2022"),
    period_start: date(2021, 6, 1),
    period_end: date(2022, 5, 31),
    number: Some(DocumentRef::lit(DocumentSeries::Council, 10233, 2022, 2)),
    sections: B(super::sections::SECTIONS),
    date: Some(date(2022, 6, 28)),
    place: Some(t("Brussels")),
    language: Some(t("en")),
    from: Some(t("General Secretariat of the Council")),
    to: Some(t("Delegations")),
    subject: Some(t(
        "EU-CELAC Coordination and Cooperation Mechanism on Drugs - Annual Report 1 June 2021 to 31 May 2022",
    )),
    file_codes: B(&[t("CORDROGUE 55"), t("COLAC 25")]),
    adopted_at: Some(Id::lit("hlm-23")),
    cites: B(&[
        Id::lit("doc.biennial-report-2019-2021"),
        Id::lit("doc.outcome-document-hlm-22"),
        Id::lit("doc.cm-6082-21"),
        Id::lit("doc.cm-2653-22"),
        Id::lit("doc.eu-clasi-joint-declaration"),
    ]),
    registry_stamp: Some(t("106594/EU XXVII. GP Eingelangt am 28/06/22")),
    source: Some(SourceRef::lit(Section2021_2022::Note.code(), "Brussels, 28 June 2022")),
    note: None,
};

/// What this part of the report says in words (aims, focus, mandates, purposes, topics…): one statement per
/// question answered, its text an excerpt of the quote, its `about` the records the words name.
pub(super) const STATEMENTS: crate::List<crate::Statement> = statements::STATEMENTS;

/// The statements, in a module of their own so that their imports stay apart from the records'.
mod statements {
    use std::borrow::Cow::Borrowed as B;

    use crate::RecordKind as K;
    use crate::StatementKind::Scope;
    use crate::data::Section2021_2022::Introduction;
    use crate::data::dsl::{id, r, src, t};
    use crate::{List, Statement};

    pub(super) const STATEMENTS: List<Statement> = B(&[
        Statement {
            id: id("report.scope.period"),
            of: r(K::Document, "doc.annual-report-2021-2022"),
            kind: Scope,
            text: t(
                "a regular analysis of the activities carried out in relation to the Coordination and Cooperation Mechanism on Drugs between the European Union (EU) and the Community of Latin American and Caribbean States (CELAC) from 1 June 2021 to 31 May 2022",
            ),
            about: B(&[r(K::Organisation, "mechanism"), r(K::Organisation, "eu"), r(K::Organisation, "celac")]),
            source: src(
                Introduction,
                "This report is the result of a regular analysis of the activities carried out in relation to the Coordination and Cooperation Mechanism on Drugs between the European Union (EU) and the Community of Latin American and Caribbean States (CELAC) from 1 June 2021 to 31 May 2022.",
            ),
        },
        Statement {
            id: id("report.scope.limits"),
            of: r(K::Document, "doc.annual-report-2021-2022"),
            kind: Scope,
            text: t(
                "limited to inter-regional programmes and does not contain any information on other EU-funded programmes at regional and bilateral levels in the field of drugs",
            ),
            // "EU-funded programmes": the EU as their funder.
            about: B(&[r(K::Organisation, "eu")]),
            source: src(
                Introduction,
                "The information contained in this report is limited to inter-regional programmes and does not contain any information on other EU-funded programmes at regional and bilateral levels in the field of drugs.",
            ),
        },
    ]);
}
