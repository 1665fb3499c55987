//! A first dataset from a new report's text: [`draft`] reads the text — the Markdown-like text
//! the 2021–2022 report is shipped as, or the flat text a PDF gives (one long line, page headers
//! and footers such as "10233/22 … EN" mixed in, words split by hyphens at line ends) — and
//! drafts a [`Dataset`] for a curator to review and correct.
//!
//! ```
//! use eu_celac_drugs::curate::draft::draft;
//! use eu_celac_drugs::{Country, Role};
//!
//! let text = "# Annual Report 1 June 2023 to 31 May 2024\n\n\
//!     ### I. Meetings\n\n\
//!     The Mechanism held its XXIVth High-Level Meeting on 20 June 2023 in Brussels, \
//!     co-chaired by Spain and Colombia.\n";
//! let draft = draft(text)?;
//! let dataset = draft.dataset();
//! assert_eq!(dataset.meta().period_start().to_string(), "2023-06-01");
//! let meeting = dataset.events().iter().next().unwrap();
//! assert_eq!(meeting.ordinal(), Some(24));
//! assert_eq!(meeting.date().map(|d| d.to_string()).as_deref(), Some("2023-06-20"));
//! assert!(dataset.participations().iter().any(|p| *p.party() == Country::ES && p.role() == Role::CoChair));
//! // Every record quotes the text, and says it is a draft.
//! assert!(draft.notes().iter().all(|n| n.note.starts_with("draft")));
//! # Ok::<(), eu_celac_drugs::curate::draft::DraftError>(())
//! ```
//!
//! # What it drafts, and how
//!
//! Rules over the crate's own parsers, no statistical model; the whole 2021–2022 report drafts
//! in about five milliseconds in a release build (`benches/draft.rs`).
//!
//! - **Metadata** ([`ReportMeta`]): the title (the first heading that names a report), the
//!   reporting period (the first two day dates joined by "to" in the title or the opening),
//!   the Council document number, date and place ("Brussels, 28 June 2022"), the file codes
//!   ("CORDROGUE 55"), the original language, sender, addressees and subject of a cover note;
//!   once the records are drafted, the documents it cites by number and the meeting that adopted
//!   it ("adopted at the XXIIIrd High-Level Meeting").
//! - **Sections** from the headings: roman numerals (`I.`, code `i`), letters under them (`A.`,
//!   code `iii.a`), other headings and the bold lead of a list item under the last numbered
//!   section, footnotes (`fn1`…); text before the first heading stands in a section `front`.
//! - **Meetings** ([`Event`]s): a High-Level Meeting by its ordinal ("XXIInd"), Technical
//!   Committee meetings one per date ("two meetings … were held: on 26 October 2021 … and on 4 May
//!   2022"), and other meetings (kick-off, seminars, conferences, sessions, side events,
//!   ministers' meetings, "meetings" that took place), each only when the sentence dates it; a date
//!   at the precision written, the places ("in Asuncion", "in Panama City, Panama"), the mode
//!   ("by videoconference", "in virtual format", "hybrid", "face-to-face") and the status
//!   ("postponed", "scheduled", "plans to hold", "is expected to", "taking place").
//! - **Documents** ([`Document`]s): every Council number ("9916/21", "CM 6082/21", "6762/2022"),
//!   named by the words its footnote marker follows where the text has markers; documents named
//!   after what was done to them ("adopted the …", "endorsed the …", "… was signed", "the
//!   signature of the … is expected", "scheduled for adoption"), with the act linked to the
//!   meeting that did it or to an event of the act; capitalised names ending in "Declaration"
//!   or "Treaty"; an acronym spelled out letter by letter as an assessment or an instrument
//!   ("SOCTA (Serious Organised Crime Threat Assessment)").
//! - **Countries** ([`Participation`]s): every list of country names (any spelling the crate's
//!   resolver knows, two-letter codes in lists of codes, "the French Presidency") with the role
//!   the words next to the list give — co-chair, co-presidency, lead ("led by", "leader"),
//!   co-lead, presidency (with its ordinal), member ("member countries", and applicant or
//!   interested members), associate, beneficiary, partner, in scope ("geographical scope",
//!   "namely", "extended to include", "covered"), supporter, organiser, co-organiser, host,
//!   speaker ("interventions from"), coordinator, participant ("brings together"), host of
//!   missions ("scoping missions in", and a list that continues it: "; and in …"); and the
//!   status ("will be led" planned, "potentially", "assessed for inclusion", "may be included
//!   at a later stage"). A list with no role word next to it, and task forces or meetings
//!   in countries, are left alone.
//! - **Stated counts** ([`StatedList`]s): the count a sentence states before a list of
//!   countries ("10 member countries (…)", "seven priority countries …, namely …"), kept beside
//!   the participations it lists, as stated (a name added with another status, "and potentially
//!   also Ecuador", is not counted in).
//! - **Figures**: seizures ("seizures amounted to over 9.6 tons of cocaine, …", "the destruction
//!   of …"), read with [`Quantity::from_words`] (qualifier, figure and unit as stated), with
//!   the commodity, the action, the credit ("contributed to") and the year ("In 2021"); counts
//!   as outcomes (arrests, persons arrested, labs destroyed, stakeholders present); budgets
//!   ("a budget of EUR 15 million", "committed around EUR 60 million"), read as [`Money`].
//!
//! Records that need a subject (a programme a country takes part in, a seizure's programme)
//! get one [`Programme`] per section, named by its heading: the draft does not know what the
//! section is about, only where the words stand. Every record's [`SourceRef`] quotes the
//! sentence it comes from (the input's words, white space folded: the quote occurs in
//! [`normalise_whitespace`](crate::source::normalise_whitespace) of the input) and carries a
//! note naming the rule that drafted it; [`Draft::notes`] lists them per record.
//!
//! What the rules cannot place is left out, for `check` to report as uncovered: a wrong record
//! costs a curator more than a missing one.

mod build;
mod clean;
mod documents;
mod figures;
mod meetings;
mod meta;
mod roles;
mod text;
mod words;

use std::fmt;

use crate::{Dataset, DatasetError, Ref};

#[allow(unused_imports, reason = "linked from the docs")]
use crate::{Document, Event, Money, Participation, Programme, Quantity, ReportMeta, SourceRef, StatedList};

/// The largest text [`draft`] reads, in bytes (a report is some tens of kilobytes; 8 MiB leaves
/// room for the longest and refuses a 50 MB file at once).
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// A drafted dataset and a review note for each of its records.
///
/// ```
/// let text = "Annual Report 1 June 2023 to 31 May 2024. In 2023, the project's seizures amounted to 2 tons of cocaine.";
/// let draft = eu_celac_drugs::curate::draft::draft(text)?;
/// let seizure = draft.dataset().seizures().iter().next().unwrap();
/// assert_eq!(seizure.stated(), "2 tons");
/// let note = draft.note_for(seizure.id().as_str()).unwrap();
/// assert_eq!(note.rule, "seizure list");
/// # Ok::<(), eu_celac_drugs::curate::draft::DraftError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Draft {
    dataset: Dataset,
    notes: Vec<ReviewNote>,
}

impl Draft {
    /// The drafted dataset (valid: it loads with `export::from_json` after `export::to_json`).
    #[must_use]
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The drafted dataset, taken out of the draft.
    #[must_use]
    pub fn into_dataset(self) -> Dataset {
        self.dataset
    }

    /// One note per drafted record, in the order the records were drafted.
    #[must_use]
    pub fn notes(&self) -> &[ReviewNote] {
        &self.notes
    }

    /// The note on the record with this id, if the draft made it.
    #[must_use]
    pub fn note_for(&self, id: &str) -> Option<&ReviewNote> {
        self.notes.iter().find(|n| n.record.id.as_str() == id)
    }
}

/// What a curator should know when reviewing one drafted record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewNote {
    /// The record.
    pub record: Ref,
    /// The rule that drafted it ("ordinal High-Level Meeting", "country list", "seizure list"…).
    pub rule: &'static str,
    /// What to check: always opens with "draft", then what the rule could not know.
    pub note: String,
}

/// Why a text could not be drafted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DraftError {
    /// The text is empty or white space only.
    #[error("the text is empty")]
    Empty,
    /// The text is longer than [`MAX_INPUT_BYTES`].
    #[error("the text is {len} bytes long, more than the {max} a report can be")]
    TooLarge {
        /// Its length in bytes.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// The bytes are not UTF-8 text.
    #[error("the input is not UTF-8 text (invalid byte at offset {valid_up_to})")]
    NotUtf8 {
        /// How many bytes are valid UTF-8.
        valid_up_to: usize,
    },
    /// The text holds control characters a text never has (NUL and the like): binary data.
    #[error("the input looks binary (control character at byte {offset})")]
    Binary {
        /// The first such character's offset.
        offset: usize,
    },
    /// The text is an HTML page, not a report's text: extract its text first.
    #[error("the input is HTML, not a report's text; convert it to text first")]
    Html,
    /// The text states no reporting period (two dates such as "1 June 2021 to 31 May 2022"),
    /// which every dataset needs.
    #[error("the text states no reporting period (such as \"1 June 2021 to 31 May 2022\")")]
    NoReportingPeriod,
    /// The drafted records did not make a valid dataset: a bug of the drafting rules, reported
    /// rather than hidden.
    #[error("the drafted records do not make a valid dataset: {0:#}")]
    Inconsistent(DatasetError),
}

/// Drafts a dataset from raw bytes: [`draft`] after checking that they are UTF-8 text (a
/// leading byte-order mark is skipped).
///
/// ```
/// use eu_celac_drugs::curate::draft::{DraftError, draft_bytes};
///
/// assert_eq!(draft_bytes(b"\xff\xfe\x00binary").unwrap_err(), DraftError::NotUtf8 { valid_up_to: 0 });
/// ```
///
/// # Errors
/// [`DraftError::NotUtf8`] for bytes that are not UTF-8; otherwise what [`draft`] returns.
pub fn draft_bytes(bytes: &[u8]) -> Result<Draft, DraftError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(DraftError::TooLarge { len: bytes.len(), max: MAX_INPUT_BYTES });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| DraftError::NotUtf8 { valid_up_to: e.valid_up_to() })?;
    draft(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Drafts a dataset from a report's text (see the [module docs](self) for the rules).
///
/// Bounded in time and memory: the text is read once into sentences of at most a few
/// kilobytes, and each rule looks at one sentence (and its neighbour) at a time.
///
/// ```
/// use eu_celac_drugs::curate::draft::{DraftError, draft};
///
/// assert_eq!(draft("").unwrap_err(), DraftError::Empty);
/// assert_eq!(draft("<!DOCTYPE html><html><body>x</body></html>").unwrap_err(), DraftError::Html);
/// assert_eq!(draft("Minutes of nothing in particular.").unwrap_err(), DraftError::NoReportingPeriod);
/// ```
///
/// # Errors
/// A [`DraftError`] for a text that is empty, too large, binary or HTML, or that states no
/// reporting period.
pub fn draft(text: &str) -> Result<Draft, DraftError> {
    check_input(text)?;
    let reading = text::Reader::read(text);
    let mut b = build::Builder::new(text, reading)?;
    meetings::draft(&mut b);
    roles::draft(&mut b);
    figures::draft(&mut b);
    let (parts, notes) = b.finish();
    let dataset = Dataset::new(parts).map_err(DraftError::Inconsistent)?;
    Ok(Draft { dataset, notes })
}

/// Refuses what is no report's text.
fn check_input(text: &str) -> Result<(), DraftError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(DraftError::TooLarge { len: text.len(), max: MAX_INPUT_BYTES });
    }
    if text.trim().is_empty() {
        return Err(DraftError::Empty);
    }
    if let Some((offset, _)) =
        text.char_indices().find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
    {
        return Err(DraftError::Binary { offset });
    }
    let head: String = text.trim_start().chars().take(200).collect::<String>().to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<?xml") {
        return Err(DraftError::Html);
    }
    let tags = text.matches("</").count();
    if tags > 20 && tags * 200 > text.len() {
        return Err(DraftError::Html);
    }
    Ok(())
}

impl fmt::Display for ReviewNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.record, self.rule, self.note)
    }
}

#[cfg(test)]
#[allow(clippy::panic, reason = "tests")]
mod tests;
