//! The report's own metadata: its Council document, file codes, date, period, adoption.

use chrono::NaiveDate;

use crate::error::{check_text, check_unique};
use crate::model::record::{List, Text, record};
use crate::{DocumentRef, Id, SourceRef, ValidationError};

record! {
    /// What the report says about itself: the Council note that forwards it, its reporting
    /// period, the meeting that adopted it and the Council documents it cites.
    ///
    /// ```
    /// use eu_celac_drugs::chrono::NaiveDate;
    ///
    /// let meta = eu_celac_drugs::report_2021_2022().meta();
    /// assert_eq!(meta.number().to_string(), "10233/22");
    /// assert_eq!(meta.period_start(), NaiveDate::from_ymd_opt(2021, 6, 1).unwrap());
    /// assert_eq!(meta.period_end(), NaiveDate::from_ymd_opt(2022, 5, 31).unwrap());
    /// ```
    pub struct ReportMeta / ReportMetaParts {
        /// The Council document number of the note that forwards the report.
        number: DocumentRef => DocumentRef = copy,
        /// The Council's file codes ("CORDROGUE 55", "COLAC 25").
        file_codes: List<Text> => &[Text] = ref,
        /// The note's date.
        date: NaiveDate => NaiveDate = copy,
        /// Where the note was issued.
        place: Text => &str = ref,
        /// The original language ("(OR. en)").
        language: Text => &str = ref,
        /// The sender ("General Secretariat of the Council").
        from: Text => &str = ref,
        /// The addressees ("Delegations").
        to: Text => &str = ref,
        /// The note's subject line.
        subject: Text => &str = ref,
        /// The report's title.
        title: Text => &str = ref,
        /// The first day of the reporting period.
        period_start: NaiveDate => NaiveDate = copy,
        /// The last day of the reporting period.
        period_end: NaiveDate => NaiveDate = copy,
        /// The event that adopted the report (an [`Event`](crate::Event) id).
        adopted_at: Id => &Id = ref,
        /// The documents the report cites by Council number ([`Document`](crate::Document) ids).
        cites: List<Id> => &[Id] = ref,
        /// The registration stamp printed on the published copy ("106594/EU XXVII. GP",
        /// "Eingelangt am 28/06/22": the Austrian Parliament's register of EU documents).
        registry_stamp: Option<Text> => Option<&str> = deref,
        /// Where the report states its metadata (the cover note).
        source: SourceRef => &SourceRef = ref,
    }
}

impl ReportMeta {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        for code in self.file_codes.iter() {
            check_text("file_codes", code)?;
        }
        check_unique("file_codes", &self.file_codes)?;
        check_text("place", &self.place)?;
        check_text("language", &self.language)?;
        check_text("from", &self.from)?;
        check_text("to", &self.to)?;
        check_text("subject", &self.subject)?;
        check_text("title", &self.title)?;
        if self.period_end < self.period_start {
            return Err(ValidationError::EndBeforeStart {
                field: "period_end",
                start: self.period_start.to_string(),
                end: self.period_end.to_string(),
            });
        }
        check_unique("cites", &self.cites)?;
        if let Some(stamp) = &self.registry_stamp {
            check_text("registry_stamp", stamp)?;
        }
        self.source.check()
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
}
