//! The figures of a text (amounts, counts, budgets, durations, day dates, ordinals, document
//! numbers), and the figures a dataset's records hold in their structured fields.

use std::collections::BTreeSet;

use crate::{Dataset, PartialDate, Precision, When};

/// A number of a text, normalised ("10 000 000" → "10000000", "1.50" → "1.5"), with the byte
/// offset it starts at and the word after it (its unit, if it has one). Numbers glued to
/// letters by a hyphen ("COVID-19") are part of a name, not figures.
pub(super) fn numbers(text: &str) -> Vec<(usize, String, String)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let ch = |i: usize| chars.get(i).map(|(_, c)| *c);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = ch(i) {
        let after_digit = i.checked_sub(1).and_then(ch).is_some_and(|p| p.is_ascii_digit());
        if !c.is_ascii_digit() || after_digit {
            i += 1;
            continue;
        }
        let glued = i >= 2
            && i.checked_sub(1).and_then(ch) == Some('-')
            && i.checked_sub(2).and_then(ch).is_some_and(char::is_alphabetic);
        let mut j = i;
        let mut s = String::new();
        loop {
            while let Some(d) = ch(j).filter(char::is_ascii_digit) {
                s.push(d);
                j += 1;
            }
            if ch(j) == Some('.') && ch(j + 1).is_some_and(|d| d.is_ascii_digit()) {
                s.push('.');
                j += 1;
                continue;
            }
            break;
        }
        if !glued {
            let at = chars.get(i).map_or(0, |(at, _)| *at);
            let end = chars.get(j).map_or(text.len(), |(at, _)| *at);
            let unit = text
                .get(end..)
                .unwrap_or_default()
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_owned();
            out.push((at, normalise(&s), unit));
        }
        i = j.max(i + 1);
    }
    out
}

/// A decimal number without trailing zeros after its point.
fn normalise(s: &str) -> String {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_owned() } else { s.to_owned() }
}

/// "10 000 000" written with spaces between groups of three digits, joined.
pub(super) fn join_digit_groups(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let ch = |i: usize| chars.get(i).copied();
    let digit = |i: usize| ch(i).is_some_and(|c| c.is_ascii_digit());
    let mut out = String::with_capacity(text.len());
    for (i, c) in chars.iter().enumerate() {
        let joins = *c == ' '
            && i > 0
            && digit(i - 1)
            && (i + 1..i + 4).all(digit)
            && !digit(i + 4)
            && (i < 4 || !digit(i - 4) || ch(i - 4) == Some(' '));
        if !joins {
            out.push(*c);
        }
    }
    out
}

/// A line's body for figures: a footnote's leading number dropped ("1 9916/21": a footnote
/// numbers its note, it states no figure), digit groups joined. The line is already folded
/// (footnote markers dropped with their tags).
pub(super) fn body_line(line: &str) -> String {
    let line = match line.split_once(' ') {
        Some((n, rest)) if n.len() == 1 && n.chars().all(|c| c.is_ascii_digit()) => rest,
        _ => line,
    };
    join_digit_groups(line)
}

fn date_numbers(d: PartialDate, out: &mut BTreeSet<String>) {
    out.insert(d.year_value().to_string());
    out.insert((d.year_value() % 100).to_string());
    if d.precision() == Precision::Day {
        out.insert(d.day_value().unwrap_or_default().to_string());
    }
    if let Some(m) = d.month_value() {
        out.insert(format!("{m:02}"));
    }
}

fn when_numbers(w: Option<When>, out: &mut BTreeSet<String>) {
    if let Some(w) = w {
        date_numbers(w.start(), out);
        if let Some(end) = w.end() {
            date_numbers(end, out);
        }
        if let Some(d) = w.duration() {
            out.insert(d.amount().to_string());
        }
    }
}

/// Every number some record holds: in its stated figures, names and labels, its quantities,
/// dates, ordinals and document numbers.
pub(super) fn held(report: &Dataset) -> BTreeSet<String> {
    let mut texts: Vec<String> = Vec::new();
    let mut out = BTreeSet::new();
    let m = report.meta();
    texts.extend(m.file_codes().iter().map(ToString::to_string));
    texts.extend(m.registry_stamp().map(str::to_owned));
    texts.extend(m.number().map(|n| n.to_string()));
    for d in m.date().into_iter().chain([m.period_start(), m.period_end()]) {
        if let Ok(d) = PartialDate::from_date(d) {
            date_numbers(d, &mut out);
        }
    }
    for o in report.organisations() {
        texts.extend(o.names().map(str::to_owned));
    }
    for p in report.programmes() {
        texts.push(p.name().to_owned());
        texts.extend(p.aliases().iter().map(ToString::to_string));
        when_numbers(p.launched(), &mut out);
        when_numbers(p.period(), &mut out);
    }
    for p in report.phases() {
        texts.push(p.name().to_owned());
        out.extend(p.ordinal().map(|o| o.to_string()));
        when_numbers(p.period(), &mut out);
    }
    for p in report.projects() {
        texts.push(p.name().to_owned());
        out.extend(p.ordinal().map(|o| o.to_string()));
        when_numbers(p.launched(), &mut out);
    }
    for e in report.events() {
        texts.push(e.name().to_owned());
        out.extend(e.ordinal().map(|o| o.to_string()));
        when_numbers(e.date(), &mut out);
    }
    for d in report.documents() {
        texts.push(d.title().to_owned());
        texts.extend(d.number().map(|n| n.to_string()));
        when_numbers(d.date(), &mut out);
    }
    for w in report.work_areas() {
        texts.push(w.name().to_owned());
        out.extend(w.ordinal().map(|o| o.to_string()));
    }
    for c in report.committees() {
        texts.push(c.name().to_owned());
        when_numbers(c.established(), &mut out);
    }
    for n in report.networks() {
        texts.push(n.name().to_owned());
        when_numbers(n.period(), &mut out);
    }
    for w in report.working_groups() {
        when_numbers(w.launched(), &mut out);
    }
    for p in report.participations() {
        out.extend(p.ordinal().map(|o| o.to_string()));
        when_numbers(p.period(), &mut out);
    }
    for s in report.seizures() {
        texts.push(s.stated().to_owned());
        out.insert(normalise(&s.quantity().value().to_string()));
        when_numbers(s.period(), &mut out);
    }
    for o in report.outcomes() {
        texts.extend(o.stated().map(str::to_owned));
        texts.push(o.description().to_owned());
        when_numbers(o.period(), &mut out);
    }
    for b in report.budgets() {
        texts.push(b.stated().to_owned());
        out.insert(normalise(&b.amount().amount().to_string()));
        when_numbers(b.period(), &mut out);
    }
    for l in report.lists() {
        texts.extend(l.stated().map(str::to_owned));
        texts.push(l.label().to_owned());
    }
    for r in report.relations() {
        when_numbers(r.period(), &mut out);
    }
    for t in texts {
        out.extend(numbers(&join_digit_groups(&t)).into_iter().map(|(_, n, _)| n));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<String> {
        numbers(text).into_iter().map(|(_, n, _)| n).collect()
    }

    #[test]
    fn the_number_reader_reads_the_report_s_forms() {
        assert_eq!(values(&join_digit_groups("EUR 10 000 000, and")), ["10000000"]);
        assert_eq!(values("over 9.6 tons, 17kg, COVID-19, 1-2 June 2022"), ["9.6", "17", "1", "2", "2022"]);
        assert_eq!(values("IDEAL 2.0."), ["2"]);
        assert_eq!(numbers("over 9.6 tons").first().map(|(_, _, u)| u.as_str()), Some("tons"));
        assert_eq!(body_line("1 9916/21"), "9916/21");
        assert!(values("ünï 3 é").contains(&"3".to_owned()));
    }
}
