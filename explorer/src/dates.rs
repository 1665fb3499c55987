//! Dates as a reader writes them ("22 June 2021", "June – December 2021", "since April 2021"),
//! with a year that the text omits marked as inferred.

use eu_celac_drugs::{PartialDate, When};

const MONTHS: [&str; 12] = [
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

/// A partial date in words, from its text form (`2021-06-22`, `2021-06`, `2021-33` for a
/// quarter, `2021-early`, `2021`, with `?` after an inferred year).
fn partial(date: &PartialDate) -> String {
    let text = date.to_string();
    let (year, rest) = text.split_at(text.find('-').unwrap_or(text.len()));
    let (year, inferred) = match year.strip_suffix('?') {
        Some(y) => (y, true),
        None => (year, false),
    };
    let year = year.trim_start_matches('0');
    let year = if inferred { format!("{year}*") } else { year.to_owned() };
    let parts: Vec<&str> = rest.trim_start_matches('-').split('-').filter(|p| !p.is_empty()).collect();
    let month = |m: &str| m.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1)).copied());
    match parts.as_slice() {
        [] => year,
        ["early"] => format!("early {year}"),
        [q] if q.parse::<u32>().is_ok_and(|n| (33..=36).contains(&n)) => {
            format!("Q{} {year}", q.parse::<u32>().unwrap_or(33) - 32)
        }
        [m] => month(m).map_or_else(|| text.clone(), |m| format!("{m} {year}")),
        [m, d] => month(m).map_or_else(|| text.clone(), |m| format!("{} {m} {year}", d.trim_start_matches('0'))),
        _ => text.clone(),
    }
}

/// A date, span or period in words. A year the report omits (completed by inference) carries a
/// `*`, which the pages explain.
pub fn human(when: &When) -> String {
    match when {
        When::On(d) => partial(d),
        When::Span(span) => format!("{} – {}", partial(&span.start()), partial(&span.end())),
        When::Since(d) => format!("since {}", partial(d)),
        When::For { start, duration } => format!("from {}, for {duration}", partial(start)),
    }
}

/// A date in words, or an empty text.
pub fn human_opt(when: Option<When>) -> String {
    when.as_ref().map(human).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(s: &str) -> String {
        human(&s.parse::<When>().unwrap())
    }

    #[test]
    fn dates_read_as_words() {
        assert_eq!(h("2021-06-22"), "22 June 2021");
        assert_eq!(h("2021-06/2021-12"), "June 2021 – December 2021");
        assert_eq!(h("2021-04/.."), "since April 2021");
        assert_eq!(h("2019-early"), "early 2019");
        assert_eq!(h("2021-02/P48M"), "from February 2021, for 48 months");
        assert_eq!(h("2011/2015"), "2011 – 2015");
    }
}
