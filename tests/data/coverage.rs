//! Every sentence of the report that states something is held by some record: a reader can go
//! from any sentence to the records whose quotes cover it.

use eu_celac_drugs::report_2021_2022;
use eu_celac_drugs::source::normalise_whitespace as fold;

use crate::folded_text;

/// The share of each sentence's characters that some record's quote covers, with the sentence.
pub fn sentence_coverage() -> Vec<(f64, String)> {
    let text = folded_text();
    let report = report_2021_2022();
    let mut covered = vec![false; text.len()];
    let mut mark = |quote: &str| {
        let quote = fold(quote);
        if quote.is_empty() {
            return;
        }
        for (at, _) in text.match_indices(&quote) {
            for c in covered.iter_mut().skip(at).take(quote.len()) {
                *c = true;
            }
        }
    };
    for (_, _, source) in report.records() {
        mark(source.quote());
    }
    mark(report.meta().source().expect("the report states its metadata").quote());
    mark(report.meta().subject().expect("the cover note has a subject"));
    for code in report.meta().file_codes() {
        mark(code);
    }
    for section in report.sections() {
        mark(section.heading());
    }
    // Sentences end at '.', ';', ':', '!' or '?' followed by a space and a capital, a quote
    // mark or markup (so "i.a. Spain" and "16.8 tons" do not end one).
    let bytes = text.as_bytes();
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = matches!(c, '.' | ';' | ':' | '!' | '?')
            && bytes.get(i + 1) == Some(&b' ')
            && text[i + 2..].chars().next().is_some_and(|n| n.is_uppercase() || "“‘*#-<".contains(n))
            && !text[..i].ends_with("i.a");
        if end || i + c.len_utf8() == text.len() {
            sentences.push((start, i + c.len_utf8()));
            start = i + c.len_utf8();
        }
    }
    sentences
        .into_iter()
        .map(|(a, b)| {
            let letters = text[a..b].char_indices().filter(|(_, c)| c.is_alphanumeric()).count().max(1);
            let hit = text[a..b].char_indices().filter(|(i, c)| c.is_alphanumeric() && covered[a + i]).count();
            (hit as f64 / letters as f64, text[a..b].trim().to_owned())
        })
        .filter(|(_, s)| s.split_whitespace().count() >= 3)
        .collect()
}

#[test]
fn every_sentence_is_mostly_covered_by_the_quotes_of_its_records() {
    let poor: Vec<String> = sentence_coverage()
        .into_iter()
        .filter(|(share, _)| *share < 0.5)
        .map(|(share, s)| format!("{:>3.0}%  {s}", share * 100.0))
        .collect();
    assert!(poor.is_empty(), "{} sentence(s) no record covers:\n{}", poor.len(), poor.join("\n"));
}
