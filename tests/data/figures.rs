//! Every figure the report states (amounts, counts, budgets, durations, day dates, ordinals)
//! is held by some record. The figures are read from the text; the test then looks for them
//! in the data.

use std::collections::BTreeSet;

use eu_celac_drugs::source::normalise_whitespace as fold;
use eu_celac_drugs::{Dataset, PartialDate, Precision, When, report_2021_2022};

/// Numbers in a piece of text, normalised ("10 000 000" → "10000000", "1.50" → "1.5").
/// Numbers glued to letters by a hyphen ("COVID-19") are part of a name, not figures.
fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            let glued = i >= 2 && chars[i - 1] == '-' && chars[i - 2].is_alphabetic();
            let mut j = i;
            let mut s = String::new();
            loop {
                while j < chars.len() && chars[j].is_ascii_digit() {
                    s.push(chars[j]);
                    j += 1;
                }
                if j + 1 < chars.len() && chars[j] == '.' && chars[j + 1].is_ascii_digit() {
                    s.push('.');
                    j += 1;
                    continue;
                }
                break;
            }
            if !glued {
                out.push(normalise(&s));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn normalise(s: &str) -> String {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_owned() } else { s.to_owned() }
}

/// "10 000 000" written with spaces between groups of three digits, joined.
fn join_digit_groups(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let joins = *c == ' '
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1..i + 4).is_some_and(|w| w.iter().all(char::is_ascii_digit))
            && chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
            && (i < 4 || !chars[i - 4].is_ascii_digit() || chars[i - 4] == ' ');
        if !joins {
            out.push(*c);
        }
    }
    out
}

/// The report's body: footnote markers and footnote numbers removed (they number notes, they
/// are not figures), digit groups joined.
fn body() -> String {
    let mut text = String::new();
    for line in eu_celac_drugs::SOURCE_TEXT.lines() {
        let line = line.replace("<sup>", "\u{1}").replace("</sup>", "\u{2}");
        let mut kept = String::new();
        let mut in_marker = false;
        for c in line.chars() {
            match c {
                '\u{1}' => in_marker = true,
                '\u{2}' => in_marker = false,
                _ if in_marker && c.is_ascii_digit() => {}
                _ if in_marker => kept.push(c),
                _ => kept.push(c),
            }
        }
        // a footnote line starts with its number: "1 9916/21", "2 10047/21"
        let kept = match kept.split_once(' ') {
            Some((n, rest)) if !n.is_empty() && n.len() <= 1 && n.chars().all(|c| c.is_ascii_digit()) => {
                rest.to_owned()
            }
            _ => kept,
        };
        text.push_str(&kept);
        text.push('\n');
    }
    join_digit_groups(&text)
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
fn held(report: &Dataset) -> BTreeSet<String> {
    let mut texts: Vec<String> = Vec::new();
    let mut out = BTreeSet::new();
    let m = report.meta();
    texts.extend(m.file_codes().iter().map(ToString::to_string));
    texts.extend(m.registry_stamp().map(str::to_owned));
    texts.extend(m.number().map(|n| n.to_string()));
    if let Some(d) = m.date() {
        date_numbers(PartialDate::from_date(d).unwrap(), &mut out);
    }
    date_numbers(PartialDate::from_date(m.period_start()).unwrap(), &mut out);
    date_numbers(PartialDate::from_date(m.period_end()).unwrap(), &mut out);
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
        out.extend(numbers(&join_digit_groups(&t)));
    }
    out
}

#[test]
fn the_number_reader_reads_the_report_s_forms() {
    assert_eq!(numbers(&join_digit_groups("EUR 10 000 000, and")), vec!["10000000"]);
    assert_eq!(numbers("over 9.6 tons, 17kg, COVID-19, 1-2 June 2022"), vec!["9.6", "17", "1", "2", "2022"]);
    assert_eq!(numbers("IDEAL 2.0."), vec!["2"]);
}

#[test]
fn every_figure_in_the_text_is_held_by_some_record() {
    let held = held(report_2021_2022());
    let mut missing = Vec::new();
    for n in numbers(&body()) {
        if !held.contains(&n) {
            missing.push(n);
        }
    }
    missing.dedup();
    assert!(missing.is_empty(), "figures of the text no record holds: {missing:?}");
}

const NUMBER_WORDS: [&str; 13] =
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "half", "thousand"];

#[test]
fn every_figure_written_in_words_is_held_by_some_record() {
    let report = report_2021_2022();
    // Every stated figure, label and name together: where a figure in words must show up.
    let mut stated: Vec<String> = Vec::new();
    stated.extend(report.lists().iter().filter_map(|l| l.stated().map(str::to_lowercase)));
    stated.extend(report.lists().iter().map(|l| l.label().to_lowercase()));
    stated.extend(report.seizures().iter().map(|s| s.stated().to_lowercase()));
    stated.extend(report.outcomes().iter().filter_map(|o| o.stated().map(str::to_lowercase)));
    stated.extend(report.outcomes().iter().map(|o| o.description().to_lowercase()));
    stated.extend(report.events().iter().map(|e| e.name().to_lowercase()));
    let text = fold(eu_celac_drugs::SOURCE_TEXT);
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut missing = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        if !NUMBER_WORDS.contains(&lower.as_str()) {
            continue;
        }
        let next = words.get(i + 1).map(|n| n.to_lowercase()).unwrap_or_default();
        let phrase = format!("{lower} {next}");
        if !stated.iter().any(|s| s.contains(&phrase)) {
            missing.push(phrase);
        }
    }
    assert!(missing.is_empty(), "figures in words that no record states: {missing:?}");
}
