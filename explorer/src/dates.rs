//! Dates as a reader writes them, in the language of the pages being rendered: "22 June 2021",
//! "June 2021 to December 2021", "since April 2021" in the library's words; "22 de junio de
//! 2021", "de junio de 2021 a diciembre de 2021", "desde abril de 2021" in Spanish. A year that
//! the text omits is in brackets ("31 May [2022]").

use chrono::{Datelike, NaiveDate};
use eu_celac_drugs::{PartialDate, Precision, When};

use crate::i18n::{self, Lang};

const MESES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

fn mes(month: u32) -> &'static str {
    usize::try_from(month).ok().and_then(|m| m.checked_sub(1)).and_then(|m| MESES.get(m)).copied().unwrap_or("")
}

/// A partial date in Spanish.
fn partial_es(date: &PartialDate) -> String {
    let year = if date.year_inferred() { format!("[{}]", date.year_value()) } else { date.year_value().to_string() };
    match (date.precision(), date.month_value(), date.day_value(), date.quarter_value()) {
        (Precision::Day, Some(m), Some(d), _) => format!("{d} de {} de {year}", mes(m)),
        (Precision::Month, Some(m), _, _) => format!("{} de {year}", mes(m)),
        (Precision::Quarter, _, _, Some(q)) => format!("{q}.º trimestre de {year}"),
        (Precision::EarlyYear, ..) => format!("principios de {year}"),
        _ => year,
    }
}

/// A duration's words in Spanish ("48 months" → "48 meses").
fn duration_es(english: &str) -> String {
    let mut out = english.to_owned();
    for (en, es) in
        [("months", "meses"), ("month", "mes"), ("years", "años"), ("year", "año"), ("days", "días"), ("day", "día")]
    {
        if out.ends_with(en) {
            out = format!("{}{es}", out.strip_suffix(en).unwrap_or(&out));
            break;
        }
    }
    out.replace("hours", "horas").replace("hour", "hora")
}

/// A date, span or period in words.
pub fn human(when: &When) -> String {
    match i18n::current() {
        Lang::En => when.words(),
        Lang::Es => match when {
            When::On(d) => partial_es(d),
            When::Span(s) => format!("de {} a {}", partial_es(&s.start()), partial_es(&s.end())),
            When::Since(d) => format!("desde {}", partial_es(d)),
            When::For { start, duration } => {
                format!("desde {} durante {}", partial_es(start), duration_es(&duration.to_string()))
            }
        },
    }
}

/// A date in words, or an empty text.
pub fn human_opt(when: Option<When>) -> String {
    when.as_ref().map(human).unwrap_or_default()
}

/// A calendar day in words ("28 June 2022", "28 de junio de 2022").
pub fn day(date: NaiveDate) -> String {
    match i18n::current() {
        Lang::En => date.format("%-d %B %Y").to_string(),
        Lang::Es => format!("{} de {} de {}", date.day(), mes(date.month()), date.year()),
    }
}

/// A month's short name ("Apr", "abr").
pub fn month_short(date: NaiveDate) -> String {
    match i18n::current() {
        Lang::En => date.format("%b").to_string(),
        Lang::Es => mes(date.month()).chars().take(3).collect(),
    }
}

/// The reporting period in words ("1 June 2021 to 31 May 2022").
pub fn period(start: NaiveDate, end: NaiveDate) -> String {
    i18n::tr("common.period", &[("start", &day(start)), ("end", &day(end))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_dates() {
        i18n::set(Lang::Es);
        let when = |s: &str| s.parse::<When>().unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(human(&when("2021-06-22")), "22 de junio de 2021");
        assert_eq!(human(&when("2021-04/..")), "desde abril de 2021");
        assert_eq!(human(&when("2021-02/P48M")), "desde febrero de 2021 durante 48 meses");
        assert_eq!(human(&when("2022-06-01/2022-06-02")), "de 1 de junio de 2022 a 2 de junio de 2022");
        i18n::set(Lang::En);
        assert_eq!(human(&when("2021-06-22")), "22 June 2021");
    }
}
