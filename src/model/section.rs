//! A report's structure as data: its sections and footnotes ([`Section`]), and the codes by
//! which every record's [`SourceRef`](crate::SourceRef) names the section its quote stands in
//! ([`SectionCode`]).
//!
//! The sections belong to the report, not to the crate: each dataset lists its own in its
//! [`ReportMeta`](crate::ReportMeta), in print order, and [`Dataset::new`](crate::Dataset::new)
//! refuses a record whose source names a section the list does not have. The compiled-in
//! report's list is [`data::Section2021_2022`](crate::data::Section2021_2022).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::error::check_text;
use crate::model::record::{Text, record};
use crate::{Id, ValidationError};

/// The stable code of a section of a report, such as `i`, `iii.a.aircop` or `fn3`: what a
/// [`SourceRef`](crate::SourceRef) holds, and what the dataset's [`Section`] list defines.
///
/// A code follows the rules of an [`Id`]: lowercase ASCII letters, digits and the separators
/// `-`, `.` and `_`, starting with a letter or a digit, at most [`MAX_ID_LEN`](crate::model::id::MAX_ID_LEN)
/// bytes. That it names a section of the report is checked by [`Dataset::new`](crate::Dataset::new)
/// against the dataset's own sections.
///
/// ```
/// use eu_celac_drugs::SectionCode;
///
/// let code: SectionCode = "iii.a.aircop".parse()?;
/// assert_eq!(code, "iii.a.aircop"); // codes compare with text
/// assert_eq!(code.to_string(), "iii.a.aircop");
/// assert!("III.A".parse::<SectionCode>().is_err());
/// # Ok::<(), eu_celac_drugs::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SectionCode(Id);

impl SectionCode {
    /// Validates and wraps a section code.
    ///
    /// # Errors
    /// [`ValidationError::InvalidId`] (for the field `section`) when `value` is not a
    /// lowercase slug of at most 64 bytes.
    pub fn new(value: impl Into<Cow<'static, str>>) -> Result<Self, ValidationError> {
        Id::new(value).map(Self).map_err(|e| e.in_field("section"))
    }

    /// A code from a literal, checked at compile time when used in a const item.
    pub(crate) const fn lit(s: &'static str) -> Self {
        Self(Id::lit(s))
    }

    /// A code from an id (already a valid slug).
    pub(crate) const fn from_id(id: Id) -> Self {
        Self(id)
    }

    /// The code as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for SectionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SectionCode {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s.to_owned())
    }
}

impl TryFrom<&str> for SectionCode {
    type Error = ValidationError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl PartialEq<str> for SectionCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SectionCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<SectionCode> for str {
    fn eq(&self, other: &SectionCode) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SectionCode> for &str {
    fn eq(&self, other: &SectionCode) -> bool {
        *self == other.as_str()
    }
}

impl AsRef<str> for SectionCode {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for SectionCode {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for SectionCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for SectionCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::new(s).map_err(serde::de::Error::custom)
    }
}

record! {
    /// A section of a report (or one of its footnotes), as the report's own data: its code,
    /// the heading it is printed under, the section it stands in, and whether it is a footnote.
    ///
    /// A dataset lists its sections in its [`ReportMeta`](crate::ReportMeta), in print order;
    /// a parent comes before the sections it holds. Look them up through the dataset:
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let aircop = report.section("iii.a.aircop").unwrap();
    /// assert_eq!(aircop.heading(), "The Airport Communication Project (AIRCOP)");
    /// assert_eq!(aircop.parent().map(|p| p.as_str()), Some("iii.a"));
    /// assert!(!aircop.footnote());
    /// assert!(report.sections().iter().any(|s| s.footnote() && s.code() == "fn3"));
    /// ```
    ///
    /// and build them for a dataset of your own:
    ///
    /// ```
    /// use eu_celac_drugs::Section;
    ///
    /// let meetings = Section::top("i", "I. Meetings")?;
    /// let committee = Section::within("i", "i.a", "A. The Technical Committee")?;
    /// let note = Section::new_footnote("fn1", "[footnote 1]")?;
    /// assert_eq!(committee.parent(), Some(meetings.code()));
    /// assert!(note.footnote() && note.parent().is_none());
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    pub struct Section / SectionParts {
        /// The section's stable code, unique within the report.
        code: SectionCode => &SectionCode = ref,
        /// The heading the report prints (for a footnote or an unheaded part, a description
        /// in brackets, such as `[footnote 3]`).
        heading: Text => &str = ref,
        /// The section this one stands in, if any.
        parent: Option<SectionCode> => Option<&SectionCode> = as_ref,
        /// Whether this is one of the report's footnotes.
        footnote: bool => bool = copy,
    }
}

impl Section {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_text("heading", &self.heading)?;
        if self.parent.as_ref() == Some(&self.code) {
            return Err(ValidationError::Inconsistent {
                field: "parent",
                reason: format!("section {} cannot stand in itself", self.code),
            });
        }
        Ok(())
    }

    /// A section from literals, for the compiled-in data.
    pub(crate) const fn lit(
        code: SectionCode,
        heading: &'static str,
        parent: Option<SectionCode>,
        footnote: bool,
    ) -> Self {
        Self { code, heading: Text::from_static(heading), parent, footnote }
    }

    fn build(
        code: &str,
        heading: impl Into<Text>,
        parent: Option<&str>,
        footnote: bool,
    ) -> Result<Self, ValidationError> {
        Self::new(SectionParts {
            code: code.parse()?,
            heading: heading.into(),
            parent: parent.map(|p| p.parse().map_err(|e: ValidationError| e.in_field("parent"))).transpose()?,
            footnote,
        })
    }

    /// A section that stands in no other ("I. Meetings").
    ///
    /// # Errors
    /// A [`ValidationError`] when `code` is not a valid code or `heading` is empty or untrimmed.
    pub fn top(code: &str, heading: impl Into<Text>) -> Result<Self, ValidationError> {
        Self::build(code, heading, None, false)
    }

    /// A section that stands in the section `parent` ("A. The Technical Committee" in "I.").
    ///
    /// # Errors
    /// A [`ValidationError`] when a code is not valid, `parent` is `code` itself, or `heading`
    /// is empty or untrimmed.
    pub fn within(parent: &str, code: &str, heading: impl Into<Text>) -> Result<Self, ValidationError> {
        Self::build(code, heading, Some(parent), false)
    }

    /// A footnote of the report (which stands in no section).
    ///
    /// # Errors
    /// A [`ValidationError`] when `code` is not a valid code or `heading` is empty or untrimmed.
    pub fn new_footnote(code: &str, heading: impl Into<Text>) -> Result<Self, ValidationError> {
        Self::build(code, heading, None, true)
    }
}

/// Checks a report's list of sections: each section valid, no code twice, and every parent a
/// section listed before the one it holds (so the sections form a tree in print order).
pub(crate) fn check_sections(sections: &[Section]) -> Result<(), ValidationError> {
    for (i, s) in sections.iter().enumerate() {
        s.check()?;
        let earlier = sections.iter().take(i);
        if earlier.clone().any(|e| e.code == s.code) {
            return Err(ValidationError::Duplicate { field: "sections", value: s.code.to_string() });
        }
        if let Some(parent) = &s.parent {
            if !earlier.clone().any(|e| &e.code == parent) {
                return Err(ValidationError::Inconsistent {
                    field: "parent",
                    reason: format!("section {} stands in {parent}, which is not a section listed before it", s.code),
                });
            }
        }
    }
    Ok(())
}
