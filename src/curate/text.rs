//! A report's text as the curator's checks read it: markup and white space folded, sentences
//! split, every place traced back to its line and section.
//!
//! The folding is the crate's own: [`plain_text`] (bold marks and `<sup>` tags
//! removed, footnote markers dropped, ordinal suffixes kept), then
//! [`normalise_whitespace`] (runs of white space as one space). A quote is
//! looked for in the folded text after the same folding, so a quote copied from the Markdown
//! text (with its `<sup>` tags) and one copied from a PDF's flat text both match.

use std::ops::Range;

use crate::source::{normalise_whitespace, plain_text};

/// Folds markup and white space as the checks do: [`plain_text`], then
/// [`normalise_whitespace`].
///
/// ```
/// use eu_celac_drugs::curate::text::fold;
///
/// assert_eq!(fold("its XXII<sup>nd</sup>  High-Level\nMeeting"), "its XXIInd High-Level Meeting");
/// assert_eq!(fold("Paraguay<sup>3</sup>, and **France**"), "Paraguay, and France");
/// ```
#[must_use]
pub fn fold(text: &str) -> String {
    normalise_whitespace(&plain_text(text))
}

/// A report's text folded ([`fold`], line by line), with what it takes to find where a
/// passage of the folded text stands in the original: the line each folded line starts at, and
/// the paragraph breaks (blank lines).
///
/// ```
/// use eu_celac_drugs::curate::text::FoldedText;
///
/// let text = FoldedText::new("# **Title**\n\nFirst  line.\nSecond line.");
/// assert_eq!(text.as_str(), "# Title First line. Second line.");
/// let at = text.as_str().find("Second").unwrap_or_default();
/// assert_eq!(text.line_at(at), 4);
/// ```
#[derive(Debug, Clone, Default)]
pub struct FoldedText {
    text: String,
    /// `(offset in the folded text, line number from 1)` of each non-empty line, in order.
    lines: Vec<(usize, usize)>,
    /// Offsets in the folded text where a paragraph starts (after a blank line).
    paragraphs: Vec<usize>,
}

impl FoldedText {
    /// Folds `raw` line by line, keeping the line each folded line comes from.
    #[must_use]
    pub fn new(raw: &str) -> Self {
        let mut text = String::with_capacity(raw.len());
        let mut lines = Vec::new();
        let mut paragraphs = Vec::new();
        let mut blank_before = false;
        for (n, line) in raw.lines().enumerate() {
            let folded = fold(line);
            if folded.is_empty() {
                blank_before = true;
                continue;
            }
            if !text.is_empty() {
                text.push(' ');
                if blank_before {
                    paragraphs.push(text.len());
                }
            }
            lines.push((text.len(), n + 1));
            text.push_str(&folded);
            blank_before = false;
        }
        Self { text, lines, paragraphs }
    }

    /// The folded text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The line (from 1) of the original text that the folded text's byte `offset` stands in
    /// (0 for an empty text).
    #[must_use]
    pub fn line_at(&self, offset: usize) -> usize {
        let i = self.lines.partition_point(|(start, _)| *start <= offset);
        i.checked_sub(1).and_then(|i| self.lines.get(i)).map_or(0, |(_, line)| *line)
    }

    /// Whether a paragraph (after a blank line of the original) starts at `offset`.
    #[must_use]
    pub fn starts_paragraph(&self, offset: usize) -> bool {
        self.paragraphs.binary_search(&offset).is_ok()
    }

    /// The text's sentences, as byte ranges of the folded text, trimmed.
    ///
    /// A sentence ends at a paragraph break, or at '.', ';', ':', '!' or '?' followed by a space
    /// and a capital, a digit-free opening quote mark, a bullet or markup, so that "i.a. Spain"
    /// and "16.8 tons" do not end one.
    ///
    /// ```
    /// use eu_celac_drugs::curate::text::FoldedText;
    ///
    /// let text = FoldedText::new("Over 16.8 tons were seized, i.a. Spain. The end\n\nNext paragraph");
    /// let sentences: Vec<&str> = text.sentences().into_iter().filter_map(|r| text.as_str().get(r)).collect();
    /// assert_eq!(sentences, ["Over 16.8 tons were seized, i.a. Spain.", "The end", "Next paragraph"]);
    /// ```
    #[must_use]
    pub fn sentences(&self) -> Vec<Range<usize>> {
        let text = self.text.as_str();
        let mut out = Vec::new();
        let mut start = 0;
        let push = |a: usize, b: usize, out: &mut Vec<Range<usize>>| {
            let piece = text.get(a..b).unwrap_or_default();
            let lead = piece.len() - piece.trim_start().len();
            let trail = piece.len() - piece.trim_end().len();
            if a + lead < b.saturating_sub(trail) {
                out.push(a + lead..b - trail);
            }
        };
        for (i, c) in text.char_indices() {
            let next = i + c.len_utf8();
            if self.starts_paragraph(next + 1) && text.get(next..=next) == Some(" ") {
                push(start, next, &mut out);
                start = next + 1;
                continue;
            }
            let end = matches!(c, '.' | ';' | ':' | '!' | '?')
                && text.get(next..=next) == Some(" ")
                && text
                    .get(next + 1..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(|n| n.is_uppercase() || "“‘\"*#-<•".contains(n))
                && !text.get(..i).is_some_and(|before| before.ends_with("i.a") || before.ends_with(" e.g"));
            if end {
                push(start, next, &mut out);
                start = next;
            }
        }
        push(start, text.len(), &mut out);
        out
    }
}

/// The words of a text, as byte ranges (split at white space).
pub(crate) fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// The letters and digits of `text` at byte ranges within `range`, counted, and those of them
/// `covered` (sorted, merged ranges) holds.
pub(crate) fn covered_share(text: &str, range: Range<usize>, covered: &[Range<usize>]) -> (usize, usize) {
    let Some(piece) = text.get(range.clone()) else { return (0, 0) };
    let mut letters = 0;
    let mut hit = 0;
    let mut k = covered.partition_point(|r| r.end <= range.start);
    for (i, c) in piece.char_indices() {
        if !c.is_alphanumeric() {
            continue;
        }
        letters += 1;
        let at = range.start + i;
        while covered.get(k).is_some_and(|r| r.end <= at) {
            k += 1;
        }
        if covered.get(k).is_some_and(|r| r.start <= at) {
            hit += 1;
        }
    }
    (letters, hit)
}

/// Sorts and merges byte ranges.
pub(crate) fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_unstable_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_traced_back() {
        let t = FoldedText::new("a\n\n  b c\nd");
        assert_eq!(t.as_str(), "a b c d");
        assert_eq!(t.line_at(0), 1);
        assert_eq!(t.line_at(2), 3);
        assert_eq!(t.line_at(6), 4);
        assert!(t.starts_paragraph(2));
        assert_eq!(FoldedText::new("").line_at(5), 0);
    }

    #[test]
    fn coverage_counts_letters() {
        let covered = merge(vec![4..6, 0..2, 1..3]);
        assert_eq!(covered, vec![0..3, 4..6]);
        assert_eq!(covered_share("ab, cd ef", 0..9, &covered), (6, 4));
    }

    #[test]
    fn words_split_at_white_space() {
        assert_eq!(word_ranges(" ab  c"), vec![1..3, 5..6]);
    }
}
