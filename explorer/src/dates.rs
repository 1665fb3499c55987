//! Dates as a reader writes them ("22 June 2021", "June 2021 to December 2021", "since April
//! 2021"), in the library's words: a year that the text omits is in brackets ("31 May [2022]").

use eu_celac_drugs::When;

/// A date, span or period in words.
pub fn human(when: &When) -> String {
    when.words()
}

/// A date in words, or an empty text.
pub fn human_opt(when: Option<When>) -> String {
    when.as_ref().map(human).unwrap_or_default()
}
