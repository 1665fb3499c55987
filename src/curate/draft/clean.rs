//! The clean form of a piece of text, what the rules read: markup removed
//! ([`plain_text`]), white space folded, the page headers and footers of a PDF's text dropped,
//! and the words a PDF split at line ends joined again.

use crate::source::{normalise_whitespace, plain_text};

/// Removes the page headers and footers a PDF's text carries ("10233/22 JV/mk 3 ANNEX RELEX.2.B
/// EN"): a Council number followed, within ten short tokens in capitals, digits and slashes, by
/// the language code `EN`.
pub(super) fn strip_page_marks(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while let Some(w) = words.get(i) {
        if is_council_number(w) {
            let end = words
                .iter()
                .enumerate()
                .skip(i + 1)
                .take(10)
                .take_while(|(_, t)| page_mark_token(t))
                .find_map(|(j, t)| (*t == "EN").then_some(j));
            if let Some(end) = end {
                i = end + 1;
                continue;
            }
        }
        out.push(w);
        i += 1;
    }
    out.join(" ")
}

/// "10233/22": digits, a slash, two or four digits.
fn is_council_number(w: &str) -> bool {
    match w.split_once('/') {
        Some((n, y)) => {
            (3..=6).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_digit())
                && (y.len() == 2 || y.len() == 4)
                && y.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

fn page_mark_token(t: &str) -> bool {
    t.len() <= 12 && t.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-'))
        || (t.len() <= 6 && t.contains('/') && t.bytes().all(|b| b.is_ascii_alphabetic() || b == b'/'))
}

/// Joins words a PDF split at line ends ("devel- opment" reads "development"; "EU- CELAC"
/// reads "EU-CELAC"): a letter, a hyphen, a space, a letter.
pub(super) fn join_hyphenated(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        if c == '-' && prev.is_some_and(char::is_alphabetic) {
            let rest = text.get(i + 1..).unwrap_or("");
            if let Some(next) = rest.strip_prefix(' ').and_then(|r| r.chars().next()) {
                if next.is_lowercase() {
                    // a word split at a line end: drop the hyphen and the space
                    chars.next();
                    prev = Some(c);
                    continue;
                }
                if next.is_uppercase() {
                    out.push('-');
                    chars.next();
                    prev = Some(c);
                    continue;
                }
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// The clean form of a piece of the input: markup removed, page marks dropped, hyphenated line
/// ends joined, heading marks and bullets removed, white space folded.
pub(super) fn clean(raw: &str) -> String {
    let plain = plain_text(raw);
    let folded = normalise_whitespace(&plain);
    let stripped = strip_page_marks(&folded);
    let joined = join_hyphenated(&stripped);
    let t = joined.trim_start_matches('#').trim_start();
    let t = t.strip_prefix("- ").or_else(|| t.strip_prefix("• ")).or_else(|| t.strip_prefix("* ")).unwrap_or(t);
    t.trim().to_owned()
}

/// A roman numeral's value (I to XL), for section headings.
pub(super) fn roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 8 || !s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')) {
        return None;
    }
    let value = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        _ => 100,
    };
    let bytes = s.as_bytes();
    let mut total = 0_u32;
    for (i, b) in bytes.iter().enumerate() {
        let v = value(*b);
        if bytes.get(i + 1).is_some_and(|n| value(*n) > v) {
            total = total.checked_sub(v)?;
        } else {
            total += v;
        }
    }
    (total > 0).then_some(total)
}

/// The char boundary at or before `i`.
pub(super) fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary at or after `i`.
pub(super) fn ceil_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_marks_and_hyphens_go() {
        assert_eq!(strip_page_marks("the 10233/22 JV/mk 3 ANNEX RELEX.2.B EN report"), "the report");
        assert_eq!(strip_page_marks("adopted 9916/21 and"), "adopted 9916/21 and");
        assert_eq!(
            join_hyphenated("devel- opment of EU- CELAC and Bosnia-Herzegovina"),
            "development of EU-CELAC and Bosnia-Herzegovina"
        );
    }
}
