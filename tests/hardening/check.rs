//! `curate::check` on texts that are not a report — empty, binary junk, HTML, one enormous
//! line, a text past the limit, random and mutated texts — never panics, and answers in
//! bounded time.

use std::time::{Duration, Instant};

use eu_celac_drugs::curate::check::{CheckError, MAX_TEXT_BYTES, check};
use eu_celac_drugs::{SOURCE_TEXT, report_2021_2022};
use proptest::prelude::*;

use crate::{QUICK, run};

/// Checks `text`, and that it took less than `limit` (generous: a debug build on a busy machine).
fn timed(what: &str, text: &str, limit: Duration) -> eu_celac_drugs::curate::CheckReport {
    let start = Instant::now();
    let result = check(report_2021_2022(), text).unwrap_or_else(|e| panic!("{what}: {e}"));
    let took = start.elapsed();
    eprintln!("{what}: {} bytes in {:.2} s", text.len(), took.as_secs_f64());
    assert!(took < limit, "{what} took {took:?}");
    result
}

#[test]
fn odd_texts_are_checked_without_a_panic() {
    let limit = Duration::from_secs(60);
    let empty = timed("empty", "", limit);
    assert_eq!(empty.summary.quotes_verbatim, 0);
    assert_eq!(empty.summary.sentences, 0);
    assert!((empty.summary.coverage() - 1.0).abs() < f64::EPSILON);
    let junk: String = (0..200_000u32).map(|i| char::from_u32((i * 7919) % 0x2_0000).unwrap_or('\u{fffd}')).collect();
    timed("binary junk", &junk, limit);
    let html = "<html><body><p>COPOLAD &amp; Peru</p><script>x()</script></body></html>".repeat(1000);
    timed("html", &html, limit);
    // The report's text as a PDF gives it: one line; quotes still found.
    let flat = SOURCE_TEXT.replace('\n', " ");
    let one_line = timed("one line", &flat, limit);
    assert!(one_line.summary.quotes_verbatim > one_line.summary.quotes * 9 / 10, "{}", one_line.summary);
}

/// One line of `bytes` bytes at most, full of what the checks look for.
fn enormous_line(bytes: usize, limit: Duration) {
    let word = "Peru 9.6 tons CM 6082/21 on 26 October 2021 at the meeting of UNODC. ";
    let line = word.repeat(bytes / word.len());
    assert!(line.len() <= MAX_TEXT_BYTES);
    let result = timed("enormous line", &line, limit);
    assert_eq!(result.summary.quotes_verbatim + result.missing_quotes.len(), result.summary.quotes);
    assert!(result.summary.sentences > 1000);
    // Each form is listed once, however often the text repeats it.
    assert!(result.mentions.len() < 20, "{}", result.mentions.len());
}

#[test]
fn one_enormous_line_is_checked_in_bounded_time() {
    enormous_line(1 << 20, Duration::from_secs(60));
}

/// At the limit: about a second in release mode, half a minute in a debug build.
#[test]
#[ignore = "half a minute in a debug build; run with --release --ignored"]
fn one_enormous_line_at_the_limit_is_checked_in_bounded_time() {
    enormous_line(MAX_TEXT_BYTES, Duration::from_secs(120));
}

#[test]
fn a_text_past_the_limit_is_refused_at_once() {
    let big = "a".repeat(MAX_TEXT_BYTES + 1);
    let start = Instant::now();
    assert_eq!(
        check(report_2021_2022(), &big),
        Err(CheckError::TooLarge { len: MAX_TEXT_BYTES + 1, max: MAX_TEXT_BYTES })
    );
    assert!(start.elapsed() < Duration::from_secs(1));
}

#[test]
fn random_and_mutated_texts_never_panic() {
    run("check: random text", QUICK / 50, ".{0,400}", |text: String| {
        let _ = check(report_2021_2022(), &text);
    });
    // Slices of the report, with a character changed: the quotes they hold are found or not,
    // never a panic.
    let len = SOURCE_TEXT.len();
    run("check: mutated report", QUICK / 50, (0..len, 0..len, any::<char>()), |(a, b, c): (usize, usize, char)| {
        let (a, b) = (a.min(b), a.max(b));
        let Some(slice) = SOURCE_TEXT.get(a..b) else { return };
        let mut text = slice.to_owned();
        if let Some((i, _)) = text.char_indices().nth(text.len() / 2) {
            text.insert(i, c);
        }
        let _ = check(report_2021_2022(), &text);
    });
}
