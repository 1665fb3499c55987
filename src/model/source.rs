//! Where a fact comes from: the verbatim quote behind every record, and the section of the
//! report it stands in.

use crate::ValidationError;
use crate::error::{check_opt_text, check_text};
use crate::model::record::{Text, record};
use crate::model::section::SectionCode;

record! {
    /// The verbatim quote a record comes from, the section it stands in, and — where the
    /// text is ambiguous — a note on the reading the record takes.
    ///
    /// Every record of the compiled-in dataset carries one, and a test checks that every
    /// quote occurs in the shipped copy of the report (only white space is normalised).
    ///
    /// The section is a [`SectionCode`]: a [`Dataset`](crate::Dataset) checks that it names one
    /// of the report's own sections ([`Dataset::sections`](crate::Dataset::sections)).
    ///
    /// ```
    /// use eu_celac_drugs::{SourceRef, SourceRefParts};
    /// use eu_celac_drugs::data::Section2021_2022;
    ///
    /// let source = SourceRef::new(SourceRefParts {
    ///     section: Section2021_2022::Meetings.code(),
    ///     quote: "co-chaired by Portugal and Mexico".into(),
    ///     note: None,
    /// })?;
    /// assert_eq!(source.quote(), "co-chaired by Portugal and Mexico");
    /// assert_eq!(source.section(), "i");
    /// // The same, from text: a section code and a quote.
    /// assert_eq!(SourceRef::quoted("i", "co-chaired by Portugal and Mexico")?, source);
    /// assert!(SourceRef::quoted("i", "").is_err());
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    pub struct SourceRef / SourceRefParts {
        /// The code of the report's section the quote stands in (one of the dataset's
        /// [`Section`](crate::Section)s).
        section: SectionCode => &SectionCode = ref,
        /// The words of the report, verbatim (markup such as `<sup>` included, as published).
        quote: Text => &str = ref,
        /// How the record reads the quote, where the text allows more than one reading.
        note: Option<Text> => Option<&str> = deref,
    }
}

impl SourceRef {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_text("quote", &self.quote)?;
        check_opt_text("note", self.note.as_deref())
    }

    /// A source from a section code and a verbatim quote, with no reading note.
    ///
    /// ```
    /// let source = eu_celac_drugs::SourceRef::quoted("iii.a.aircop", "The Airport Communication Project")?;
    /// assert_eq!(source.section(), "iii.a.aircop");
    /// assert_eq!(source.note(), None);
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    ///
    /// # Errors
    /// A [`ValidationError`] when `section` is not a valid code, or the quote is empty or
    /// untrimmed.
    pub fn quoted(section: &str, quote: impl Into<Text>) -> Result<Self, ValidationError> {
        Self::new(SourceRefParts { section: section.parse()?, quote: quote.into(), note: None })
    }

    /// A source reference from literals, for the compiled-in data.
    pub(crate) const fn lit(section: SectionCode, quote: &'static str) -> Self {
        Self { section, quote: Text::from_static(quote), note: None }
    }

    /// A source reference with a reading note, for the compiled-in data.
    pub(crate) const fn noted(section: SectionCode, quote: &'static str, note: &'static str) -> Self {
        Self { section, quote: Text::from_static(quote), note: Some(Text::from_static(note)) }
    }
}

/// Folds runs of white space into one space and trims, the only normalisation a quote
/// check allows.
///
/// ```
/// assert_eq!(eu_celac_drugs::source::normalise_whitespace(" a \n b  "), "a b");
/// ```
#[must_use]
pub fn normalise_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The quote without its markup, as a reader sees it: the bold marks `**` and the `<sup>` tags
/// removed. A superscript with letters is an ordinal suffix and keeps its text ("XXII<sup>nd</sup>"
/// reads "XXIInd"); a superscript of digits only is a footnote marker and is dropped with its tags
/// ("Caribbean<sup>5</sup> countries" reads "Caribbean countries", not "Caribbean5 countries").
/// The report's footnote bodies open with such a marker or a bare number ("<sup>7</sup> 6762/2022",
/// "1 9916/21"): their text stays.
///
/// ```
/// use eu_celac_drugs::source::plain_text;
///
/// assert_eq!(plain_text("the **fight against maritime illicit trade**"), "the fight against maritime illicit trade");
/// assert_eq!(plain_text("its XXII<sup>nd</sup> High-Level Meeting"), "its XXIInd High-Level Meeting");
/// assert_eq!(plain_text("Slovenia and Paraguay<sup>3</sup>, and"), "Slovenia and Paraguay, and");
/// assert_eq!(plain_text("<sup>7</sup> 6762/2022"), " 6762/2022");
/// ```
#[must_use]
pub fn plain_text(text: &str) -> String {
    const OPEN: &str = "<sup>";
    const CLOSE: &str = "</sup>";
    let text = text.replace("**", "");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some((before, tagged)) = rest.split_once(OPEN) {
        out.push_str(before);
        match tagged.split_once(CLOSE) {
            Some((content, after)) => {
                // Digits only: a footnote marker, dropped; anything else (an ordinal suffix) is kept.
                if content.is_empty() || !content.bytes().all(|b| b.is_ascii_digit()) {
                    out.push_str(content);
                }
                rest = after;
            }
            // An unclosed tag: the tag goes, its text stays.
            None => rest = tagged,
        }
    }
    out.push_str(rest);
    // A stray closing tag (one with no opening tag) goes too.
    out.replace(CLOSE, "")
}
