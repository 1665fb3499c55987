//! The report's own metadata: what identifies it (title, period, document number), its
//! sections, and what its cover note says (file codes, date, sender, adoption…).

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::error::{check_opt_text, check_text, check_unique};
use crate::model::record::{List, Text, record};
use crate::model::section::check_sections;
use crate::{DocumentRef, Id, Section, SourceRef, ValidationError};

record! {
    /// What a report is and what it says about itself: its title and reporting period (the
    /// two things every report has), its sections, and — where the report has them — its
    /// Council document number, the cover note that forwards it, the meeting that adopted it
    /// and the Council documents it cites.
    ///
    /// Only the title and the period are required: a dataset of one's own, or a report that
    /// has no cover note, leaves the rest empty rather than invent it
    /// ([`ReportMetaParts::new`]).
    ///
    /// ```
    /// use eu_celac_drugs::chrono::NaiveDate;
    ///
    /// let meta = eu_celac_drugs::report_2021_2022().meta();
    /// assert_eq!(meta.number().map(|n| n.to_string()).as_deref(), Some("10233/22"));
    /// assert_eq!(meta.period_start(), NaiveDate::from_ymd_opt(2021, 6, 1).unwrap());
    /// assert_eq!(meta.period_end(), NaiveDate::from_ymd_opt(2022, 5, 31).unwrap());
    /// assert_eq!(meta.sections().first().map(|s| s.heading()), Some("NOTE"));
    /// ```
    pub struct ReportMeta / ReportMetaParts {
        /// The report's title.
        title: Text => &str = ref,
        /// The first day of the reporting period.
        period_start: NaiveDate => NaiveDate = copy,
        /// The last day of the reporting period.
        period_end: NaiveDate => NaiveDate = copy,
        /// The Council document number of the note that forwards the report, if it has one.
        number: Option<DocumentRef> => Option<DocumentRef> = copy,
        /// The report's sections and footnotes, in print order (a parent before the sections
        /// it holds): every record's [`SourceRef::section`] names one of them.
        sections: List<Section> => &[Section] = ref,
        /// The note's date.
        date: Option<NaiveDate> => Option<NaiveDate> = copy,
        /// Where the note was issued.
        place: Option<Text> => Option<&str> = deref,
        /// The original language ("(OR. en)").
        language: Option<Text> => Option<&str> = deref,
        /// The sender ("General Secretariat of the Council").
        from: Option<Text> => Option<&str> = deref,
        /// The addressees ("Delegations").
        to: Option<Text> => Option<&str> = deref,
        /// The note's subject line.
        subject: Option<Text> => Option<&str> = deref,
        /// The Council's file codes ("CORDROGUE 55", "COLAC 25"); empty when there are none.
        file_codes: List<Text> => &[Text] = ref,
        /// The event that adopted the report (an [`Event`](crate::Event) id), if the dataset
        /// records it.
        adopted_at: Option<Id> => Option<&Id> = as_ref,
        /// The documents the report cites by Council number ([`Document`](crate::Document) ids).
        cites: List<Id> => &[Id] = ref,
        /// The registration stamp printed on the published copy ("106594/EU XXVII. GP",
        /// "Eingelangt am 28/06/22": the Austrian Parliament's register of EU documents).
        registry_stamp: Option<Text> => Option<&str> = deref,
        /// Where the report states its metadata (the cover note), if it does.
        source: Option<SourceRef> => Option<&SourceRef> = as_ref,
        /// A remark on the dataset by whoever built it — not words of the report: what the
        /// dataset is, its status ("draft", "test fixture"). The compiled-in report has none.
        note: Option<Text> => Option<&str> = deref,
    }
}

impl ReportMeta {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_text("title", &self.title)?;
        if self.period_end < self.period_start {
            return Err(ValidationError::EndBeforeStart {
                field: "period_end",
                start: self.period_start.to_string(),
                end: self.period_end.to_string(),
            });
        }
        check_sections(&self.sections)?;
        for code in self.file_codes.iter() {
            check_text("file_codes", code)?;
        }
        check_unique("file_codes", &self.file_codes)?;
        check_opt_text("place", self.place.as_deref())?;
        check_opt_text("language", self.language.as_deref())?;
        check_opt_text("from", self.from.as_deref())?;
        check_opt_text("to", self.to.as_deref())?;
        check_opt_text("subject", self.subject.as_deref())?;
        check_unique("cites", &self.cites)?;
        check_opt_text("registry_stamp", self.registry_stamp.as_deref())?;
        check_opt_text("note", self.note.as_deref())?;
        if let Some(source) = &self.source {
            source.check()?;
            if self.section(source.section().as_str()).is_none() {
                return Err(ValidationError::Inconsistent {
                    field: "section",
                    reason: format!("{} is not one of the report's sections", source.section()),
                });
            }
        }
        Ok(())
    }

    /// Whether `date` lies within the reporting period (both ends included).
    ///
    /// ```
    /// use eu_celac_drugs::chrono::NaiveDate;
    ///
    /// let meta = eu_celac_drugs::report_2021_2022().meta();
    /// assert!(meta.in_period(NaiveDate::from_ymd_opt(2022, 5, 31).unwrap()));
    /// assert!(!meta.in_period(NaiveDate::from_ymd_opt(2022, 6, 1).unwrap()));
    /// ```
    #[must_use]
    pub fn in_period(&self, date: NaiveDate) -> bool {
        self.period_start <= date && date <= self.period_end
    }

    /// The report's section with this code, if it has one.
    ///
    /// ```
    /// let meta = eu_celac_drugs::report_2021_2022().meta();
    /// assert_eq!(meta.section("iii.d").map(|s| s.heading()),
    ///            Some("D. Implementation of Chapter 10 (Citizen Security) of the EU-CELAC Action Plan"));
    /// assert!(meta.section("iv").is_none());
    /// ```
    #[must_use]
    pub fn section(&self, code: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.code().as_str() == code)
    }
}

impl ReportMetaParts {
    /// The metadata of a report known by its title and reporting period alone: no sections
    /// yet, no document number, no cover note, no adoption, no citations. Add what the report
    /// has by setting the fields, then validate with [`ReportMeta::new`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use eu_celac_drugs::{ReportMeta, ReportMetaParts, Section};
    ///
    /// let start = NaiveDate::from_ymd_opt(2023, 6, 1).unwrap();
    /// let end = NaiveDate::from_ymd_opt(2024, 5, 31).unwrap();
    /// let meta = ReportMeta::new(ReportMetaParts {
    ///     sections: vec![Section::top("i", "I. Meetings")?].into(),
    ///     ..ReportMetaParts::new("My annual report", start, end)
    /// })?;
    /// assert_eq!(meta.number(), None);
    /// assert_eq!(meta.adopted_at(), None);
    /// assert!(meta.section("i").is_some());
    /// // A period that ends before it starts is refused.
    /// assert!(ReportMeta::new(ReportMetaParts::new("Backwards", end, start)).is_err());
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    #[must_use]
    pub fn new(title: impl Into<Text>, period_start: NaiveDate, period_end: NaiveDate) -> Self {
        Self {
            title: title.into(),
            period_start,
            period_end,
            number: None,
            sections: Cow::Borrowed(&[]),
            date: None,
            place: None,
            language: None,
            from: None,
            to: None,
            subject: None,
            file_codes: Cow::Borrowed(&[]),
            adopted_at: None,
            cites: Cow::Borrowed(&[]),
            registry_stamp: None,
            source: None,
            note: None,
        }
    }
}
