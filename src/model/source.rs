//! Where a fact comes from: the report's sections and the verbatim quotes behind every record.

use std::borrow::Cow;

use crate::ValidationError;
use crate::error::{check_opt_text, check_text};
use crate::model::record::{Text, record};

/// A section of the report (or one of its footnotes), in the order the report prints them.
///
/// The compiled-in data lives in one file per section (`src/data/`), so a reader goes from a
/// paragraph of the report to its records in one hop.
///
/// ```
/// use eu_celac_drugs::Section;
///
/// let s: Section = "iii.a.aircop".parse()?;
/// assert_eq!(s, Section::Aircop);
/// assert_eq!(s.heading(), "The Airport Communication Project (AIRCOP)");
/// assert_eq!(s.parent(), Some(Section::GlobalIllicitFlows));
/// # Ok::<(), strum::ParseError>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
    strum::IntoStaticStr,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Section {
    /// The Council's cover note: document number, file codes, date, sender, addressees, subject.
    #[strum(serialize = "note")]
    #[cfg_attr(feature = "serde", serde(rename = "note"))]
    Note,
    /// The report's title and opening paragraph.
    #[strum(serialize = "introduction")]
    #[cfg_attr(feature = "serde", serde(rename = "introduction"))]
    Introduction,
    /// I. EU-CELAC High-Level Meeting and Technical Committee Meetings.
    #[strum(serialize = "i")]
    #[cfg_attr(feature = "serde", serde(rename = "i"))]
    Meetings,
    /// II. The Cooperation Programme on drugs policies (COPOLAD): opening paragraph.
    #[strum(serialize = "ii")]
    #[cfg_attr(feature = "serde", serde(rename = "ii"))]
    Copolad,
    /// II. COPOLAD III: phase, budget, consortium, approach.
    #[strum(serialize = "ii.copolad-iii")]
    #[cfg_attr(feature = "serde", serde(rename = "ii.copolad-iii"))]
    CopoladIii,
    /// II. COPOLAD III inception phase (June - December 2021).
    #[strum(serialize = "ii.inception")]
    #[cfg_attr(feature = "serde", serde(rename = "ii.inception"))]
    CopoladInception,
    /// II. COPOLAD III implementation (January 2022 - ongoing).
    #[strum(serialize = "ii.implementation")]
    #[cfg_attr(feature = "serde", serde(rename = "ii.implementation"))]
    CopoladImplementation,
    /// II. COPOLAD's contribution to the tasks of the Mechanism.
    #[strum(serialize = "ii.contribution")]
    #[cfg_attr(feature = "serde", serde(rename = "ii.contribution"))]
    CopoladContribution,
    /// III. Other EU-funded inter-regional initiatives: heading.
    #[strum(serialize = "iii")]
    #[cfg_attr(feature = "serde", serde(rename = "iii"))]
    OtherInitiatives,
    /// III.A The EU Global Illicit Flows Programme: opening paragraphs.
    #[strum(serialize = "iii.a")]
    #[cfg_attr(feature = "serde", serde(rename = "iii.a"))]
    GlobalIllicitFlows,
    /// III.A AIRCOP.
    #[strum(serialize = "iii.a.aircop")]
    #[cfg_attr(feature = "serde", serde(rename = "iii.a.aircop"))]
    Aircop,
    /// III.A COLIBRI.
    #[strum(serialize = "iii.a.colibri")]
    #[cfg_attr(feature = "serde", serde(rename = "iii.a.colibri"))]
    Colibri,
    /// III.A SEACOP.
    #[strum(serialize = "iii.a.seacop")]
    #[cfg_attr(feature = "serde", serde(rename = "iii.a.seacop"))]
    Seacop,
    /// III.A CRIMJUST.
    #[strum(serialize = "iii.a.crimjust")]
    #[cfg_attr(feature = "serde", serde(rename = "iii.a.crimjust"))]
    Crimjust,
    /// III.A MASIF.
    #[strum(serialize = "iii.a.masif")]
    #[cfg_attr(feature = "serde", serde(rename = "iii.a.masif"))]
    Masif,
    /// III.B EL PAcCTO.
    #[strum(serialize = "iii.b")]
    #[cfg_attr(feature = "serde", serde(rename = "iii.b"))]
    ElPaccto,
    /// III.C EUROFRONT.
    #[strum(serialize = "iii.c")]
    #[cfg_attr(feature = "serde", serde(rename = "iii.c"))]
    Eurofront,
    /// III.D Chapter 10 (Citizen Security) of the EU-CELAC Action Plan.
    #[strum(serialize = "iii.d")]
    #[cfg_attr(feature = "serde", serde(rename = "iii.d"))]
    Chapter10,
    /// Footnote 1 (the Biennial Report's document number).
    #[strum(serialize = "fn1")]
    #[cfg_attr(feature = "serde", serde(rename = "fn1"))]
    Footnote1,
    /// Footnote 2 (the Outcome Document's document number).
    #[strum(serialize = "fn2")]
    #[cfg_attr(feature = "serde", serde(rename = "fn2"))]
    Footnote2,
    /// Footnote 3 (document of the Technical Committee meeting of 26 October 2021).
    #[strum(serialize = "fn3")]
    #[cfg_attr(feature = "serde", serde(rename = "fn3"))]
    Footnote3,
    /// Footnote 4 (document of the Technical Committee meeting of 4 May 2022).
    #[strum(serialize = "fn4")]
    #[cfg_attr(feature = "serde", serde(rename = "fn4"))]
    Footnote4,
    /// Footnote 5 (COPOLAD's first and second phases).
    #[strum(serialize = "fn5")]
    #[cfg_attr(feature = "serde", serde(rename = "fn5"))]
    Footnote5,
    /// Footnote 6 (COPOLAD II and I).
    #[strum(serialize = "fn6")]
    #[cfg_attr(feature = "serde", serde(rename = "fn6"))]
    Footnote6,
    /// Footnote 7 (the Joint Declaration's document number).
    #[strum(serialize = "fn7")]
    #[cfg_attr(feature = "serde", serde(rename = "fn7"))]
    Footnote7,
    /// Footnote 8 (EUROFRONT's four target border areas).
    #[strum(serialize = "fn8")]
    #[cfg_attr(feature = "serde", serde(rename = "fn8"))]
    Footnote8,
}

impl Section {
    /// The heading the report gives the section (for footnotes and unheaded parts, a
    /// description in brackets).
    #[must_use]
    pub const fn heading(self) -> &'static str {
        match self {
            Self::Note => "NOTE",
            Self::Introduction => {
                "EU-CELAC Coordination and Cooperation Mechanism on Drugs - Annual Report 1 June 2021 to 31 May 2022"
            }
            Self::Meetings => "I. EU-CELAC High-Level Meeting and Technical Committee Meetings",
            Self::Copolad => {
                "II. EU-CELAC Cooperation: Cooperation Programme on drugs policies between Latin America, the Caribbean, and the European Union"
            }
            Self::CopoladIii => "COPOLAD III",
            Self::CopoladInception => "Inception phase (June - December 2021)",
            Self::CopoladImplementation => "Implementation (January 2022 - ongoing)",
            Self::CopoladContribution => {
                "COPOLAD’s contribution to the tasks of the EU-CELAC Coordination and Cooperation Mechanism on Drugs"
            }
            Self::OtherInitiatives => {
                "III. Other EU-funded inter-regional initiatives in which some CELAC countries participate"
            }
            Self::GlobalIllicitFlows => "A. The EU Global Illicit Flows Programme in CELAC countries",
            Self::Aircop => "The Airport Communication Project (AIRCOP)",
            Self::Colibri => {
                "The COLIBRI project (Monitoring and Controlling General Aviation along the Cocaine Route)"
            }
            Self::Seacop => "The SEACOP project",
            Self::Crimjust => {
                "The CRIMJUST (Strengthening Criminal Investigation and criminal justice cooperation along drug trafficking routes) project"
            }
            Self::Masif => "specific monitoring and support project, MASIF",
            Self::ElPaccto => {
                "B. EL PAcCTO (Europa-Latinoamérica Programa de asistencia contra el crimen transnacional organizado)"
            }
            Self::Eurofront => "C. EUROFRONT - Support for Integrated Border Management in Latin America",
            Self::Chapter10 => "D. Implementation of Chapter 10 (Citizen Security) of the EU-CELAC Action Plan",
            Self::Footnote1 => "[footnote 1]",
            Self::Footnote2 => "[footnote 2]",
            Self::Footnote3 => "[footnote 3]",
            Self::Footnote4 => "[footnote 4]",
            Self::Footnote5 => "[footnote 5]",
            Self::Footnote6 => "[footnote 6]",
            Self::Footnote7 => "[footnote 7]",
            Self::Footnote8 => "[footnote 8]",
        }
    }

    /// The section this one stands in, if any.
    #[must_use]
    pub const fn parent(self) -> Option<Self> {
        match self {
            Self::CopoladIii | Self::CopoladInception | Self::CopoladImplementation | Self::CopoladContribution => {
                Some(Self::Copolad)
            }
            Self::GlobalIllicitFlows | Self::ElPaccto | Self::Eurofront | Self::Chapter10 => {
                Some(Self::OtherInitiatives)
            }
            Self::Aircop | Self::Colibri | Self::Seacop | Self::Crimjust | Self::Masif => {
                Some(Self::GlobalIllicitFlows)
            }
            _ => None,
        }
    }

    /// Whether this is one of the report's footnotes.
    #[must_use]
    pub const fn is_footnote(self) -> bool {
        matches!(
            self,
            Self::Footnote1
                | Self::Footnote2
                | Self::Footnote3
                | Self::Footnote4
                | Self::Footnote5
                | Self::Footnote6
                | Self::Footnote7
                | Self::Footnote8
        )
    }
}

record! {
    /// The verbatim quote a record comes from, the section it stands in, and — where the
    /// text is ambiguous — a note on the reading the record takes.
    ///
    /// Every record of the compiled-in dataset carries one, and a test checks that every
    /// quote occurs in the shipped copy of the report (only white space is normalised).
    ///
    /// ```
    /// use eu_celac_drugs::{Section, SourceRef, SourceRefParts};
    ///
    /// let source = SourceRef::new(SourceRefParts {
    ///     section: Section::Meetings,
    ///     quote: "co-chaired by Portugal and Mexico".into(),
    ///     note: None,
    /// })?;
    /// assert_eq!(source.quote(), "co-chaired by Portugal and Mexico");
    /// assert!(SourceRef::new(SourceRefParts { section: Section::Meetings, quote: "".into(), note: None }).is_err());
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    pub struct SourceRef / SourceRefParts {
        /// The section of the report the quote stands in.
        section: Section => Section = copy,
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

    /// A source reference from literals, for the compiled-in data.
    pub(crate) const fn lit(section: Section, quote: &'static str) -> Self {
        Self { section, quote: Cow::Borrowed(quote), note: None }
    }

    /// A source reference with a reading note, for the compiled-in data.
    pub(crate) const fn noted(section: Section, quote: &'static str, note: &'static str) -> Self {
        Self { section, quote: Cow::Borrowed(quote), note: Some(Cow::Borrowed(note)) }
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
/// removed (the superscript's own text is kept: "XXII<sup>nd</sup>" reads "XXIInd").
///
/// ```
/// use eu_celac_drugs::source::plain_text;
///
/// assert_eq!(plain_text("the **fight against maritime illicit trade**"), "the fight against maritime illicit trade");
/// assert_eq!(plain_text("its XXII<sup>nd</sup> High-Level Meeting"), "its XXIInd High-Level Meeting");
/// ```
#[must_use]
pub fn plain_text(text: &str) -> String {
    text.replace("**", "").replace("<sup>", "").replace("</sup>", "")
}
