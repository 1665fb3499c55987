//! [`check`]: a dataset against its report's text — quotes verbatim, sentences covered, the
//! names and figures of the text held by records.

mod closest;
mod figures;
mod mentions;

use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;

use crate::curate::text::{FoldedText, covered_share, fold, merge};
use crate::{Country, Dataset};

pub use mentions::{Mention, MentionKind};

/// The longest text [`check`] reads, in bytes: 4 MiB. A report of the Mechanism is some 30 kB
/// of text; a longer input is refused with [`CheckError::TooLarge`] rather than searched for
/// every quote (which takes time in proportion to the text times the number of records).
pub const MAX_TEXT_BYTES: usize = 4 << 20;

/// The share of a sentence's letters and digits that some quote must cover for the sentence to
/// count as covered: one half (a sentence quoted by pieces, with a few linking words left
/// out, is covered; one a record quotes a word of is not).
pub const SENTENCE_COVERAGE: f64 = 0.5;

/// Why [`check`] could not read a text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CheckError {
    /// The text is longer than [`MAX_TEXT_BYTES`].
    #[error("the text is {len} bytes long, more than the {max} bytes a report's text may have")]
    TooLarge {
        /// The text's length in bytes.
        len: usize,
        /// The limit, [`MAX_TEXT_BYTES`].
        max: usize,
    },
}

/// Where a passage stands in the text: its line (from 1) and the code of the report's section.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TextPlace {
    /// The line of the original text (from 1).
    pub line: usize,
    /// The code of the dataset's section whose heading comes last before the passage, if any.
    pub section: Option<String>,
}

impl fmt::Display for TextPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.section {
            Some(section) => write!(f, "section {section}, line {}", self.line),
            None => write!(f, "line {}", self.line),
        }
    }
}

/// A record whose quote is not in the text, with the closest passage the text has.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MissingQuote {
    /// The record's kind (`programme`, `participation`, …), or `meta` for the report's metadata.
    pub kind: String,
    /// The record's id (`meta` for the report's metadata).
    pub id: String,
    /// The section the record names as its quote's.
    pub section: String,
    /// The quote, as the record has it.
    pub quote: String,
    /// The passage of the text closest to the quote, if any shares a word with it.
    pub closest: Option<closest::Closest>,
}

pub use closest::Closest;

/// A sentence of the text that no quote covers enough.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Uncovered {
    /// The sentence, folded.
    pub sentence: String,
    /// Where it stands.
    pub place: TextPlace,
    /// The share of its letters and digits some quote covers (0 to 1).
    pub share: f64,
}

/// The counts of a [`CheckReport`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Summary {
    /// Quotes found in the text.
    pub quotes_verbatim: usize,
    /// Quotes checked (every record's, and the metadata's).
    pub quotes: usize,
    /// Sentences covered.
    pub sentences_covered: usize,
    /// Sentences of three words or more.
    pub sentences: usize,
    /// Mentions (countries, documents, dated meetings, figures, organisations) held by records.
    pub mentions_held: usize,
    /// Mentions found in the text, each form once.
    pub mentions: usize,
}

impl Summary {
    /// The share of sentences covered (1 for a text with no sentence).
    #[must_use]
    pub fn coverage(&self) -> f64 {
        if self.sentences == 0 {
            1.0
        } else {
            #[allow(clippy::cast_precision_loss)] // counts far below 2^52
            let share = self.sentences_covered as f64 / self.sentences as f64;
            share
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "quotes verbatim {}/{}, sentences covered {}/{} ({:.1}%), mentions held {}/{}",
            self.quotes_verbatim,
            self.quotes,
            self.sentences_covered,
            self.sentences,
            self.coverage() * 100.0,
            self.mentions_held,
            self.mentions
        )
    }
}

/// What [`check`] found: the quotes not in the text, the sentences no quote covers, every
/// mention the text makes (held or not), the dataset's countries the text never names, and the
/// counts.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CheckReport {
    /// The counts.
    pub summary: Summary,
    /// The records whose quotes are not in the text, in the dataset's order.
    pub missing_quotes: Vec<MissingQuote>,
    /// The sentences (of three words or more) that no quote covers, in the text's order.
    pub uncovered: Vec<Uncovered>,
    /// Every mention the text makes, each kind and form once (at its first place), held or
    /// not, in the text's order within each kind.
    pub mentions: Vec<Mention>,
    /// The countries the dataset involves (as a party, a host, a border area's or an
    /// organisation's country) that the text never names.
    pub countries_not_named: Vec<Country>,
}

impl CheckReport {
    /// The mentions that no record holds.
    pub fn unheld(&self) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().filter(|m| !m.held)
    }

    /// Whether every quote is in the text and the share of sentences covered is at least
    /// `min_coverage` (0 to 1): what `eu-celac-drugs check --min-coverage` exits 0 on.
    #[must_use]
    pub fn passes(&self, min_coverage: f64) -> bool {
        self.missing_quotes.is_empty() && self.summary.coverage() >= min_coverage
    }

    /// Whether nothing is wanting: every quote in the text, every sentence covered, every
    /// mention held and every country of the dataset named.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        self.missing_quotes.is_empty()
            && self.uncovered.is_empty()
            && self.unheld().next().is_none()
            && self.countries_not_named.is_empty()
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for m in &self.missing_quotes {
            writeln!(f, "quote not in the text: {} {} (section {})", m.kind, m.id, m.section)?;
            writeln!(f, "    quote: {:?}", m.quote)?;
            match &m.closest {
                Some(c) => {
                    writeln!(f, "    closest ({}): {:?}", c.place, c.passage)?;
                    writeln!(
                        f,
                        "    differs at word {}: the quote reads {:?}, the text {:?}",
                        c.word + 1,
                        c.quote_reads,
                        c.text_reads
                    )?;
                }
                None => writeln!(f, "    no passage of the text shares a word with it")?,
            }
        }
        for u in &self.uncovered {
            writeln!(f, "uncovered ({}, {:.0}% covered): {}", u.place, u.share * 100.0, u.sentence)?;
        }
        for m in self.unheld() {
            writeln!(f, "not held: {} {:?} ({}) at {}", m.kind, m.form, m.value, m.place)?;
        }
        for c in &self.countries_not_named {
            writeln!(f, "in the dataset but not named in the text: {} ({})", c.name_en(), c.alpha2())?;
        }
        write!(f, "{}", self.summary)
    }
}

/// Checks a dataset against its report's text.
///
/// - every record's quote (and the metadata's) occurs in the text, with markup and white
///   space folded ([`fold`]); for one that does not, the closest passage and the first word
///   where they differ;
/// - every sentence of three words or more is covered (at least [`SENTENCE_COVERAGE`] of its
///   letters) by some record's quote, the metadata's quote, title, subject, file codes or
///   registry stamp, or a section's heading; the others are listed with their place;
/// - every country the text names in any spelling the crate's resolver accepts (and alpha-2
///   codes written in a list, "FR, ES and IT"), every Council document number, every date of
///   a meeting, every figure, and every acronym of an organisation the dataset knows, is held
///   by some record's structured fields; the mentions are listed, held or not.
///
/// ```
/// use eu_celac_drugs::curate::check;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let result = check(report, eu_celac_drugs::SOURCE_TEXT)?;
/// assert!(result.missing_quotes.is_empty() && result.passes(1.0));
/// println!("{}", result.summary); // quotes verbatim …/…, sentences covered …/…, mentions held …/…
///
/// // Another text: the quotes are not in it, and the closest passage says where they part.
/// let other = check(report, "The Airport Communication Project (AIRCOP) is implemented by Interpol.")?;
/// assert!(!other.missing_quotes.is_empty());
/// # Ok::<(), eu_celac_drugs::curate::CheckError>(())
/// ```
///
/// # Errors
/// [`CheckError::TooLarge`] for a text longer than [`MAX_TEXT_BYTES`]. Any other text,
/// however odd (empty, binary, one enormous line), is checked.
pub fn check(dataset: &Dataset, text: &str) -> Result<CheckReport, CheckError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(CheckError::TooLarge { len: text.len(), max: MAX_TEXT_BYTES });
    }
    let folded = FoldedText::new(text);
    let sections = SectionStarts::new(dataset, &folded);
    let mut report = CheckReport::default();
    let mut covered = Vec::new();

    // Quotes, verbatim.
    let mut missing = Vec::new();
    let mut quotes = 0;
    let meta_quote = dataset.meta().source().map(|s| ("meta".to_owned(), "meta".to_owned(), s));
    let records = dataset.records().map(|(kind, id, s)| (kind.to_string(), id.to_string(), s));
    for (kind, id, source) in records.chain(meta_quote) {
        quotes += 1;
        let quote = fold(source.quote());
        if !mark(folded.as_str(), &quote, &mut covered) {
            missing.push(MissingQuote {
                kind,
                id,
                section: source.section().to_string(),
                quote: source.quote().to_owned(),
                closest: None,
            });
        }
    }
    if !missing.is_empty() {
        let finder = closest::Finder::new(folded.as_str());
        for m in &mut missing {
            m.closest = finder.closest(&fold(&m.quote), &folded, &sections);
        }
    }
    report.summary.quotes = quotes;
    report.summary.quotes_verbatim = quotes - missing.len();
    report.missing_quotes = missing;

    // What else a reader sees as stated: the subject, the file codes, the registry stamp, the
    // title (printed whole, or over two headings split at " - "), the headings.
    let meta = dataset.meta();
    let stated =
        meta.subject().into_iter().chain(meta.registry_stamp()).chain(meta.file_codes().iter().map(AsRef::as_ref));
    for extra in stated {
        mark(folded.as_str(), &fold(extra), &mut covered);
    }
    mark(folded.as_str(), &fold(meta.title()), &mut covered);
    for piece in meta.title().split(" - ") {
        mark(folded.as_str(), &fold(piece), &mut covered);
    }
    for section in dataset.sections() {
        mark(folded.as_str(), &fold(section.heading()), &mut covered);
    }

    // Sentences.
    let covered = merge(covered);
    for range in folded.sentences() {
        let Some(sentence) = folded.as_str().get(range.clone()) else { continue };
        if sentence.split_whitespace().nth(2).is_none() {
            continue;
        }
        report.summary.sentences += 1;
        let (letters, hit) = covered_share(folded.as_str(), range.clone(), &covered);
        #[allow(clippy::cast_precision_loss)] // counts far below 2^52
        let share = if letters == 0 { 1.0 } else { hit as f64 / letters as f64 };
        if share >= SENTENCE_COVERAGE {
            report.summary.sentences_covered += 1;
        } else {
            report.uncovered.push(Uncovered {
                sentence: sentence.to_owned(),
                place: sections.place(folded.line_at(range.start)),
                share,
            });
        }
    }

    // Mentions.
    let (mentions, not_named) = mentions::scan(dataset, text, &sections);
    report.summary.mentions = mentions.len();
    report.summary.mentions_held = mentions.iter().filter(|m| m.held).count();
    report.mentions = mentions;
    report.countries_not_named = not_named.into_iter().collect::<BTreeSet<_>>().into_iter().collect();
    Ok(report)
}

/// Marks every occurrence of `needle` in `text` as covered; whether there was one.
fn mark(text: &str, needle: &str, covered: &mut Vec<Range<usize>>) -> bool {
    if needle.is_empty() {
        return false;
    }
    let before = covered.len();
    covered.extend(text.match_indices(needle).map(|(at, _)| at..at + needle.len()));
    covered.len() > before
}

/// The line each of the dataset's sections starts at in the text, found by its heading.
#[derive(Debug, Default)]
pub(crate) struct SectionStarts {
    /// `(line, code)`, ordered by line.
    starts: Vec<(usize, String)>,
}

impl SectionStarts {
    /// Finds each section's heading, in print order, after the previous one found.
    pub(crate) fn new(dataset: &Dataset, folded: &FoldedText) -> Self {
        let text = folded.as_str();
        let mut from = 0;
        let mut starts = Vec::new();
        for section in dataset.sections() {
            let heading = fold(section.heading());
            if heading.is_empty() {
                continue;
            }
            if let Some(at) = text.get(from..).and_then(|rest| rest.find(&heading)) {
                starts.push((folded.line_at(from + at), section.code().to_string()));
                from += at + heading.len();
            }
        }
        starts.sort_by_key(|(line, _)| *line);
        Self { starts }
    }

    /// The place of a line: the section whose heading comes last at or before it.
    pub(crate) fn place(&self, line: usize) -> TextPlace {
        let i = self.starts.partition_point(|(start, _)| *start <= line);
        let section = i.checked_sub(1).and_then(|i| self.starts.get(i)).map(|(_, code)| code.clone());
        TextPlace { line, section }
    }
}
