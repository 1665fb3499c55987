//! The passage of a text closest to a quote that is not in it, word by word.
//!
//! The quote is aligned with the text at the occurrences of its rarest words (a word that
//! occurs once in the text places the quote at once); at each alignment the words that agree
//! are counted, and the best alignment is the closest passage. A word changed, added or
//! dropped near the end leaves most words aligned; the first word where the two part is
//! reported. The work is bounded: at most [`ANCHORS`] words of the quote, each at most
//! [`PLACES`] places.

use std::collections::HashMap;
use std::fmt;

use super::{SectionStarts, TextPlace};
use crate::curate::text::{FoldedText, word_ranges};

/// How many of the quote's rarest words are tried as anchors.
const ANCHORS: usize = 4;
/// How many places of an anchor word are tried.
const PLACES: usize = 32;
/// How many words of the passage are shown on each side of the difference.
const CONTEXT: usize = 4;

/// The passage of the text closest to a quote, and where they part.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Closest {
    /// The passage of the folded text aligned with the quote (as many words as the quote, one
    /// more or one fewer where a word was added or dropped).
    pub passage: String,
    /// Where the passage starts.
    pub place: TextPlace,
    /// The share of the quote's words that the passage has at the same position (0 to 1).
    pub similarity: f64,
    /// The index (from 0) of the quote's first word that the passage does not have there.
    pub word: usize,
    /// The quote's words from there (a few).
    pub quote_reads: String,
    /// The text's words from there (a few).
    pub text_reads: String,
}

impl fmt::Display for Closest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} ({}): the quote reads {:?} where the text reads {:?}",
            self.passage, self.place, self.quote_reads, self.text_reads
        )
    }
}

/// An index of the folded text's words, built once for all the missing quotes.
pub(super) struct Finder<'t> {
    text: &'t str,
    words: Vec<&'t str>,
    starts: Vec<usize>,
    at: HashMap<&'t str, Vec<usize>>,
}

impl<'t> Finder<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        let ranges = word_ranges(text);
        let mut words = Vec::with_capacity(ranges.len());
        let mut starts = Vec::with_capacity(ranges.len());
        let mut at: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, r) in ranges.into_iter().enumerate() {
            let word = text.get(r.clone()).unwrap_or_default();
            words.push(word);
            starts.push(r.start);
            at.entry(word).or_default().push(i);
        }
        Self { text, words, starts, at }
    }

    /// Whether the text's word `t` (at index `at`) stands for the quote's word `k` of `m`: the
    /// same word, or — at the quote's ends, which may cut a word of the text — its end or start.
    fn agrees(&self, at: usize, q: &str, k: usize, m: usize) -> bool {
        self.words.get(at).is_some_and(|t| *t == q || (k == 0 && t.ends_with(q)) || (k + 1 == m && t.starts_with(q)))
    }

    /// How well the quote `q` reads at the text's word `s`: the words that agree before the
    /// first difference, and after it with one word changed, dropped or added (`d` = 0, -1,
    /// 1); `(score, first difference, d)`.
    fn score(&self, q: &[&str], s: usize) -> (usize, usize, isize) {
        let m = q.len();
        let lead = (0..m).take_while(|&k| q.get(k).is_some_and(|w| self.agrees(s + k, w, k, m))).count();
        if lead == m {
            return (m, m, 0);
        }
        let mut best = (lead, lead, 0);
        for d in [0isize, -1, 1] {
            let from = if d == 1 { lead } else { lead + 1 };
            let tail = (from..m)
                .filter(|&k| {
                    let at = (s + k).checked_add_signed(d);
                    at.zip(q.get(k)).is_some_and(|(at, w)| self.agrees(at, w, k, m))
                })
                .count();
            if lead + tail > best.0 {
                best = (lead + tail, lead, d);
            }
        }
        best
    }

    /// The closest passage to `quote` (folded), if any word of the quote is in the text.
    pub(super) fn closest(&self, quote: &str, folded: &FoldedText, sections: &SectionStarts) -> Option<Closest> {
        let q: Vec<&str> = quote.split(' ').filter(|w| !w.is_empty()).collect();
        let m = q.len();
        let mut anchors: Vec<(usize, usize)> =
            q.iter().enumerate().filter_map(|(i, w)| self.at.get(w).map(|places| (places.len(), i))).collect();
        anchors.sort_unstable();
        // (score, start word, first difference, shift)
        let mut best: Option<(usize, usize, usize, isize)> = None;
        for (_, i) in anchors.iter().take(ANCHORS) {
            let Some(word) = q.get(*i) else { continue };
            for &p in self.at.get(word).into_iter().flatten().take(PLACES) {
                for shift in [0isize, -1, 1] {
                    let Some(start) = p.checked_sub(*i).and_then(|s| s.checked_add_signed(shift)) else { continue };
                    let (score, first, d) = self.score(&q, start);
                    if best.is_none_or(|(b, ..)| score > b) {
                        best = Some((score, start, first, d));
                    }
                }
            }
        }
        let (score, start, word, d) = best?;
        let end =
            (start + m).checked_add_signed(d).unwrap_or(start + m).clamp(start + 1, self.words.len().max(start + 1));
        let first = self.starts.get(start).copied()?;
        let last = end.checked_sub(1).and_then(|e| self.words.get(e).zip(self.starts.get(e)));
        let mut stop = last.map_or(first, |(w, s)| s + w.len());
        let mut from = first;
        // A quote that cuts a word of the text at either end: the passage cuts it too.
        if let (Some(t), Some(q0)) = (self.words.get(start), q.first()) {
            if *t != *q0 && t.ends_with(q0) {
                from += t.len() - q0.len();
            }
        }
        if let (Some((t, s)), Some(ql)) = (last, q.last()) {
            if *t != *ql && t.starts_with(ql) {
                stop = s + ql.len();
            }
        }
        let passage = self.text.get(from..stop).unwrap_or_default().to_owned();
        let before = word.saturating_sub(1);
        let reads = |words: &[&str]| words.iter().skip(before).take(CONTEXT + 1).copied().collect::<Vec<_>>().join(" ");
        let text_words: Vec<&str> = self.words.iter().skip(start).take(m + 1 + CONTEXT).copied().collect();
        #[allow(clippy::cast_precision_loss)] // word counts far below 2^52
        let similarity = score as f64 / m.max(1) as f64;
        Some(Closest {
            passage,
            place: sections.place(folded.line_at(from)),
            similarity,
            word,
            quote_reads: reads(&q),
            text_reads: reads(&text_words),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_word_is_found() {
        let folded = FoldedText::new("alpha beta gamma delta epsilon zeta");
        let finder = Finder::new(folded.as_str());
        let c = finder
            .closest("beta gamma DELTA epsilon", &folded, &SectionStarts::default())
            .unwrap_or_else(|| unreachable!());
        assert_eq!(c.passage, "beta gamma delta epsilon");
        assert_eq!(c.word, 2);
        assert!(c.quote_reads.contains("DELTA") && c.text_reads.contains("delta"));
        assert!(finder.closest("nothing here", &folded, &SectionStarts::default()).is_none());
    }
}
