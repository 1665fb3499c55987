//! Dates in words, as a reader writes them: "25 November 2019", "Q2 2020", "since April 2021",
//! with a year the text leaves out (and the dataset infers) in brackets: "31 May \[2022\]".

use super::{PartialDate, Precision, When};

/// The months' names in English, January first: how the report writes them, and what the
/// curator's tools read.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PartialDate {
    /// The date in words, at its precision: "25 November 2019", "June 2021", "Q2 2020", "early
    /// 2019", "2019"; a year the text leaves out, and the dataset infers, in brackets ("31 May
    /// \[2022\]").
    ///
    /// ```
    /// use eu_celac_drugs::PartialDate;
    ///
    /// assert_eq!(PartialDate::day(2019, 11, 25)?.words(), "25 November 2019");
    /// assert_eq!("2020-34".parse::<PartialDate>()?.words(), "Q2 2020");
    /// assert_eq!("2022?-05-31".parse::<PartialDate>()?.words(), "31 May [2022]");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn words(&self) -> String {
        let year =
            if self.year_inferred() { format!("[{}]", self.year_value()) } else { self.year_value().to_string() };
        let month = self.month_value().and_then(|m| MONTHS.get(usize::try_from(m).ok()?.checked_sub(1)?)).copied();
        match (self.precision(), month, self.day_value(), self.quarter_value()) {
            (Precision::Day, Some(m), Some(day), _) => format!("{day} {m} {year}"),
            (Precision::Month, Some(m), _, _) => format!("{m} {year}"),
            (Precision::Quarter, _, _, Some(q)) => format!("Q{q} {year}"),
            (Precision::EarlyYear, ..) => format!("early {year}"),
            _ => year,
        }
    }
}

impl When {
    /// The date, span or period in words: "22 June 2021", "1 June 2022 to 2 June 2022", "since
    /// April 2021", "from February 2021 for 48 months".
    ///
    /// ```
    /// use eu_celac_drugs::When;
    ///
    /// assert_eq!("2022-06-01/2022-06-02".parse::<When>()?.words(), "1 June 2022 to 2 June 2022");
    /// assert_eq!("2021-04/..".parse::<When>()?.words(), "since April 2021");
    /// assert_eq!("2021-02/P48M".parse::<When>()?.words(), "from February 2021 for 48 months");
    /// # Ok::<(), eu_celac_drugs::ParseDateError>(())
    /// ```
    #[must_use]
    pub fn words(&self) -> String {
        match self {
            Self::On(date) => date.words(),
            Self::Span(span) => format!("{} to {}", span.start().words(), span.end().words()),
            Self::Since(start) => format!("since {}", start.words()),
            Self::For { start, duration } => format!("from {} for {duration}", start.words()),
        }
    }
}
