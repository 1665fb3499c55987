//! Every figure the report writes in words is stated by some record. Figures written in digits
//! (amounts, counts, budgets, durations, day dates, ordinals) are the library's
//! `curate::check` (tests/data/check.rs).

use eu_celac_drugs::report_2021_2022;
use eu_celac_drugs::source::normalise_whitespace as fold;

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
