//! Reading words of a clean sentence: dates at the precision written, ordinals, country names
//! (through the crate's resolver), modes and statuses.

use chrono::{Datelike, NaiveDate};

use super::text::roman;
use crate::model::country::lookup_country;
use crate::model::date::MONTHS;
use crate::{Country, Duration, DurationUnit, Mode, PartialDate, Status, When};

/// A word of a sentence, with its place in the clean text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Word<'a> {
    /// Byte offset in the clean sentence.
    pub at: usize,
    /// The word with its surrounding punctuation.
    pub raw: &'a str,
    /// The word without surrounding punctuation.
    pub bare: &'a str,
}

/// The words of a clean sentence.
pub(super) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for piece in text.split_inclusive(' ') {
        let raw = piece.trim_end();
        let bare = raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '&' || c == '’' || c == '\''));
        let bare = bare.trim_matches(['’', '\'']);
        if !raw.is_empty() {
            out.push(Word { at: pos, raw, bare });
        }
        pos += piece.len();
    }
    out
}

fn month(word: &str) -> Option<u32> {
    MONTHS.iter().position(|m| m.eq_ignore_ascii_case(word)).and_then(|i| u32::try_from(i + 1).ok())
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1950..=2100).contains(y))
}

fn day(word: &str) -> Option<u32> {
    (word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// "1-2", "27–28": a span of days.
fn day_span(word: &str) -> Option<(u32, u32)> {
    let (a, b) = word.split_once(['-', '–'])?;
    Some((day(a)?, day(b)?))
}

/// "2016-2019": a span of years.
fn year_span(word: &str) -> Option<(i32, i32)> {
    let (a, b) = word.split_once(['-', '–'])?;
    Some((year(a)?, year(b)?))
}

/// A date found in a sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct DateHit {
    /// Byte offset of its first word in the clean sentence.
    pub at: usize,
    /// Byte offset just past its last word.
    pub end: usize,
    /// The date, at the precision written.
    pub when: When,
}

/// The reporting period, for the years the text leaves out.
#[derive(Debug, Clone, Copy)]
pub(super) struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// The year a month and day fall in within the period (its end year when none fits).
    fn year_of(self, month: u32, day: u32) -> i32 {
        let y = self.start.year();
        let md = (month, day);
        if md >= (self.start.month(), self.start.day()) && self.end.year() > y { y } else { self.end.year() }
    }
}

/// Every date of a clean sentence, in order, at the precision written. `period` supplies the
/// year of a date written without one ("on 31 May", "in December", "from March onwards"),
/// recorded as inferred.
pub(super) fn dates(text: &str, period: Option<Period>) -> Vec<DateHit> {
    let ws = words(text);
    let mut out: Vec<DateHit> = Vec::new();
    let mut i = 0;
    let bare = |k: usize| ws.get(k).map_or("", |w| w.bare);
    let lower = |k: usize| bare(k).to_ascii_lowercase();
    while let Some(w) = ws.get(i) {
        let end_of = |k: usize| ws.get(k).map_or(text.len(), |w| w.at + w.raw.len());
        let mut hit: Option<(When, usize)> = None;
        // "22 June 2021", "1-2 June 2022", "31 May"
        if let Some(m) = month(bare(i + 1)) {
            if let (Some(d), Some(y)) = (day(w.bare), year(bare(i + 2))) {
                hit = PartialDate::day(y, m, d).ok().map(|p| (When::On(p), i + 2));
            } else if let (Some((a, b)), Some(y)) = (day_span(w.bare), year(bare(i + 2))) {
                hit = match (PartialDate::day(y, m, a), PartialDate::day(y, m, b)) {
                    (Ok(a), Ok(b)) => When::span(a, b).ok().map(|s| (s, i + 2)),
                    _ => None,
                };
            } else if let (Some(d), Some(p)) = (day(w.bare), period) {
                hit = PartialDate::day(p.year_of(m, d), m, d).ok().map(|d| (When::On(d.with_inferred_year()), i + 1));
            }
        }
        // "June 2021", "June - December 2021", "January 2022 - ongoing", "in December"
        if hit.is_none() {
            if let Some(m) = month(w.bare) {
                if let Some(y) = year(bare(i + 1)) {
                    let p = PartialDate::month(y, m).ok();
                    hit = p.map(|p| (When::On(p), i + 1));
                    if bare(i + 2).is_empty()
                        && ws.get(i + 2).is_some_and(|w| w.raw == "-")
                        && lower(i + 3) == "ongoing"
                    {
                        hit = p.map(|p| (When::Since(p), i + 3));
                    }
                } else if ws.get(i + 1).is_some_and(|w| w.raw == "-") {
                    if let (Some(m2), Some(y)) = (month(bare(i + 2)), year(bare(i + 3))) {
                        hit = match (PartialDate::month(y, m), PartialDate::month(y, m2)) {
                            (Ok(a), Ok(b)) => When::span(a, b).ok().map(|s| (s, i + 3)),
                            _ => None,
                        };
                    }
                } else if let Some(p) = period {
                    let prev = if i == 0 { String::new() } else { lower(i - 1) };
                    if matches!(prev.as_str(), "in" | "from" | "since" | "until")
                        && w.bare.starts_with(char::is_uppercase)
                    {
                        hit =
                            PartialDate::month(p.year_of(m, 1), m).ok().map(|d| (When::On(d.with_inferred_year()), i));
                    }
                }
            }
        }
        // "early 2019", "the second quarter of 2020", "2016-2019", "2011 to 2015", "in 2021"
        if hit.is_none() {
            let lw = w.bare.to_ascii_lowercase();
            if lw == "early" {
                if let Some(y) = year(bare(i + 1)) {
                    hit = PartialDate::early(y).ok().map(|p| (When::On(p), i + 1));
                }
            } else if lw == "quarter" && lower(i + 1) == "of" {
                let q = match (if i == 0 { String::new() } else { lower(i - 1) }).as_str() {
                    "first" => 1,
                    "second" => 2,
                    "third" => 3,
                    "fourth" => 4,
                    _ => 0,
                };
                if let (true, Some(y)) = (q > 0, year(bare(i + 2))) {
                    hit = PartialDate::quarter(y, q).ok().map(|p| (When::On(p), i + 2));
                }
            } else if let Some((a, b)) = year_span(w.bare) {
                hit = match (PartialDate::year(a), PartialDate::year(b)) {
                    (Ok(a), Ok(b)) => When::span(a, b).ok().map(|s| (s, i)),
                    _ => None,
                };
            } else if let Some(y) = year(w.bare) {
                if lower(i + 1) == "to" {
                    if let Some(y2) = year(bare(i + 2)) {
                        hit = match (PartialDate::year(y), PartialDate::year(y2)) {
                            (Ok(a), Ok(b)) => When::span(a, b).ok().map(|s| (s, i + 2)),
                            _ => None,
                        };
                    }
                }
                let prev = if i == 0 { String::new() } else { lower(i - 1) };
                if hit.is_none() && matches!(prev.as_str(), "in" | "since" | "from" | "of") {
                    hit = PartialDate::year(y).ok().map(|p| (When::On(p), i));
                }
            }
        }
        if let Some((mut when, last)) = hit {
            let start_at = w.at;
            let prev = if i == 0 { String::new() } else { lower(i - 1) };
            let mut last = last;
            if let When::On(p) = when {
                if prev == "since" || (prev == "from" && lower(last + 1) == "onwards") {
                    when = When::Since(p);
                    if prev == "from" {
                        last += 1;
                    }
                } else if lower(last + 1) == "for" && lower(last + 2) == "a" && lower(last + 3) == "period" {
                    // "for a period of 48 months"
                    let n = bare(last + 5).parse::<u32>().ok();
                    let unit = match lower(last + 6).as_str() {
                        "months" | "month" => Some(DurationUnit::Month),
                        "years" | "year" => Some(DurationUnit::Year),
                        _ => None,
                    };
                    if let (Some(n), Some(u)) = (n, unit) {
                        if let Ok(d) = Duration::new(n, u) {
                            when = When::For { start: p, duration: d };
                            last += 6;
                        }
                    }
                }
            }
            out.push(DateHit { at: start_at, end: end_of(last), when });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// An ordinal as written: "XXIInd", "XXIIIrd", "4th", "65th", "First", "third".
pub(super) fn ordinal(word: &str) -> Option<u16> {
    const WORDS: [&str; 10] =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    let lw = word.to_ascii_lowercase();
    if let Some(i) = WORDS.iter().position(|w| *w == lw) {
        return u16::try_from(i + 1).ok();
    }
    let stem = ["st", "nd", "rd", "th"].iter().find_map(|s| word.strip_suffix(s))?;
    if stem.is_empty() {
        return None;
    }
    if stem.bytes().all(|b| b.is_ascii_digit()) {
        return stem.parse().ok().filter(|n| *n > 0);
    }
    roman(stem).and_then(|n| u16::try_from(n).ok())
}

/// A country named in a sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct CountryHit<'a> {
    /// Byte offset of the name in the clean sentence.
    pub at: usize,
    /// Byte offset just past the name.
    pub end: usize,
    /// The country.
    pub country: Country,
    /// The name as written.
    pub written: &'a str,
}

/// Adjectives that name a country's presidency ("the French Presidency").
const PRESIDENCY_ADJECTIVES: [(&str, Country); 8] = [
    ("French", Country::FR),
    ("Spanish", Country::ES),
    ("Portuguese", Country::PT),
    ("Slovenian", Country::SI),
    ("Czech", Country::CZ),
    ("Swedish", Country::SE),
    ("German", Country::DE),
    ("Belgian", Country::BE),
];

/// Every country a clean sentence names, longest name first at each place: names in any
/// spelling the crate's resolver knows (up to six words, the first capitalised), two-letter
/// codes only in a list of at least two codes ("FR, ES and IT"), and a presidency named by its
/// adjective ("the French Presidency"). A name joined to another by a hyphen ("Colombia-Ecuador")
/// is a border, not a list, and is not read.
pub(super) fn countries(text: &str) -> Vec<CountryHit<'_>> {
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    let is_code = |w: &Word<'_>| w.bare.len() == 2 && w.bare.bytes().all(|b| b.is_ascii_uppercase());
    while let Some(w) = ws.get(i) {
        if !w.bare.starts_with(|c: char| c.is_uppercase()) {
            i += 1;
            continue;
        }
        if let Some((_, c)) = PRESIDENCY_ADJECTIVES.iter().find(|(a, _)| *a == w.bare) {
            if ws.get(i + 1).is_some_and(|n| n.bare == "Presidency") {
                let end = ws
                    .get(i + 1)
                    .map_or(w.at + w.raw.len(), |n| n.at + n.bare.len() + (n.raw.find(n.bare).unwrap_or(0)));
                out.push(CountryHit { at: w.at, end, country: *c, written: text.get(w.at..end).unwrap_or(w.bare) });
                i += 2;
                continue;
            }
        }
        let mut found = None;
        for n in (1..=6).rev() {
            let Some(last) = ws.get(i + n - 1) else { continue };
            // a name ends at a capitalised word; the words inside it are capitalised or small
            // joining words, and carry no punctuation
            if n > 1
                && (!last.bare.chars().any(char::is_uppercase)
                    || (i + 1..i + n - 1).any(|k| {
                        ws.get(k).is_none_or(|x| {
                            !(x.bare.starts_with(char::is_uppercase)
                                || matches!(x.bare, "and" | "the" | "of" | "&" | "da" | "de" | "del" | "d'Ivoire"))
                        })
                    })
                    || (i..i + n - 1).any(|k| ws.get(k).is_some_and(|x| x.raw.ends_with([',', ';', ':', ')', '.']))))
            {
                continue;
            }
            let lead = w.raw.find(w.bare).unwrap_or(0);
            let start = w.at + lead;
            let end = last.at + last.raw.find(last.bare).unwrap_or(0) + last.bare.len();
            let Some(name) = text.get(start..end) else { continue };
            if n == 1 && is_code(w) {
                let neighbour = |k: Option<usize>| k.and_then(|k| ws.get(k)).is_some_and(&is_code);
                let listed = neighbour(i.checked_sub(1))
                    || neighbour(i.checked_sub(2))
                    || neighbour(Some(i + 1))
                    || neighbour(Some(i + 2));
                if !listed {
                    continue;
                }
            } else if name.len() <= 3 && name.bytes().all(|b| b.is_ascii_uppercase()) {
                continue;
            }
            // a hyphenated pair of places is a border ("Colombia-Ecuador"), not a name
            if n == 1 && w.bare.contains('-') && lookup_country(name).is_none() {
                continue;
            }
            if let Some(c) = lookup_country(name) {
                found = Some((n, CountryHit { at: start, end, country: c, written: name }));
                break;
            }
        }
        if let Some((n, hit)) = found {
            // "Panama City", "Belize City": a city named after its country
            if ws.get(i + n).is_some_and(|x| x.bare == "City") {
                i += n + 1;
                continue;
            }
            out.push(hit);
            i += n;
        } else {
            i += 1;
        }
    }
    out
}

/// How a meeting was held, if the words say: "by videoconference", "virtually", "online", "in
/// virtual format" (virtual); "hybrid" (hybrid); "face-to-face", "in person" (in person).
pub(super) fn mode(text: &str) -> Option<Mode> {
    let t = text.to_lowercase();
    if t.contains("hybrid") {
        Some(Mode::Hybrid)
    } else if ["videoconference", "virtually", "virtual format", "online", "video conference", "virtual meeting"]
        .iter()
        .any(|w| t.contains(w))
    {
        Some(Mode::Virtual)
    } else if t.contains("face-to-face") || t.contains("in person") || t.contains("in-person") {
        Some(Mode::InPerson)
    } else {
        None
    }
}

/// What the words say of an event's status: postponed, scheduled or planned ("will take place",
/// "plans to hold", "is to be held"), expected ("is expected to"), ongoing ("is taking place",
/// "are taking place", "ongoing"), or held (the default for a past tense).
pub(super) fn event_status(text: &str) -> (Status, Option<&'static str>) {
    let t = text.to_lowercase();
    if t.contains("postponed") {
        (Status::Planned, Some("postponed"))
    } else if t.contains("expected to") {
        (Status::Expected, None)
    } else if [
        "scheduled",
        "will take place",
        "will be held",
        "plans to hold",
        "is to be held",
        "are to be held",
        "will hold",
    ]
    .iter()
    .any(|w| t.contains(w))
    {
        (Status::Planned, None)
    } else if t.contains("taking place") || t.contains("ongoing") || t.contains("are being") {
        (Status::Ongoing, None)
    } else {
        (Status::Completed, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edtf(text: &str) -> Vec<String> {
        let period = Period {
            start: NaiveDate::from_ymd_opt(2021, 6, 1).unwrap_or_default(),
            end: NaiveDate::from_ymd_opt(2022, 5, 31).unwrap_or_default(),
        };
        dates(text, Some(period)).iter().map(|d| d.when.to_string()).collect()
    }

    #[test]
    fn dates_at_their_precision() {
        assert_eq!(edtf("held on 22 June 2021 by videoconference"), ["2021-06-22"]);
        assert_eq!(edtf("in Brussels (1-2 June 2022), represented"), ["2022-06-01/2022-06-02"]);
        assert_eq!(edtf("launched on 31 May in Paris"), ["2022?-05-31"]);
        assert_eq!(edtf("from March onwards in several"), ["2022?-03/.."]);
        assert_eq!(edtf("started in February 2021 for a period of 48 months"), ["2021-02/P48M"]);
        assert_eq!(edtf("launched in early 2019 and"), ["2019-early"]);
        assert_eq!(edtf("In 2021, AIRCOP's"), ["2021"]);
        assert_eq!(edtf("the second quarter of 2020, amidst"), ["2020-34"]);
    }

    #[test]
    fn ordinals_and_countries() {
        assert_eq!(ordinal("XXIInd"), Some(22));
        assert_eq!(ordinal("XXIIIrd"), Some(23));
        assert_eq!(ordinal("65th"), Some(65));
        let found: Vec<Country> = countries(
            "co-chaired by Portugal and Mexico, with FR, ES and IT, in Panama City, Panama and Colombia-Ecuador",
        )
        .iter()
        .map(|c| c.country)
        .collect();
        assert_eq!(found, [Country::PT, Country::MX, Country::FR, Country::ES, Country::IT, Country::PA]);
    }
}
