//! The sections of the annual report 2021–2022 (and its footnotes), in print order: the list
//! the compiled-in dataset's [`ReportMeta`](crate::ReportMeta) holds, and the names the data
//! files cite them by.

use std::fmt;
use std::str::FromStr;

use crate::{List, Section, SectionCode};

/// A section of the annual report 2021–2022 (or one of its footnotes), in the order the
/// report prints them: a compiled-in name for each of that report's sections.
///
/// This is one report's list, not the crate's: any dataset lists its own sections as data
/// ([`Dataset::sections`](crate::Dataset::sections)), and its records cite them by
/// [`SectionCode`]. This enum gives the 2021–2022 report's codes a name
/// ([`Section2021_2022::code`]) and keeps its headings and tree at hand in `const` code; the
/// compiled-in dataset's sections are exactly [`Section2021_2022::sections`].
///
/// The compiled-in data lives in one file per section (`src/data/`), so a reader goes from a
/// paragraph of the report to its records in one hop.
///
/// ```
/// use eu_celac_drugs::data::Section2021_2022;
///
/// let s: Section2021_2022 = "iii.a.aircop".parse()?;
/// assert_eq!(s, Section2021_2022::Aircop);
/// assert_eq!(s.code(), "iii.a.aircop");
/// assert_eq!(s.heading(), "The Airport Communication Project (AIRCOP)");
/// assert_eq!(s.parent(), Some(Section2021_2022::GlobalIllicitFlows));
///
/// // The same answers, as data of the compiled-in dataset.
/// let report = eu_celac_drugs::report_2021_2022();
/// let section = report.section(s.code().as_str()).unwrap();
/// assert_eq!(section.heading(), s.heading());
/// assert_eq!(section.parent(), s.parent().map(Section2021_2022::code).as_ref());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Its codes are not its variants' names, so of strum's traits it implements those that list
/// the values (`IntoEnumIterator`, `EnumCount`, `VariantArray`), not `VariantNames`; the codes
/// are [`as_str`](Self::as_str) (and [`CodeEnum::as_str`](crate::CodeEnum::as_str)).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::EnumCount, strum::VariantArray,
)]
pub enum Section2021_2022 {
    /// The Council's cover note: document number, file codes, date, sender, addressees, subject.
    Note,
    /// The report's title and opening paragraph.
    Introduction,
    /// I. EU-CELAC High-Level Meeting and Technical Committee Meetings.
    Meetings,
    /// II. The Cooperation Programme on drugs policies (COPOLAD): opening paragraph.
    Copolad,
    /// II. COPOLAD III: phase, budget, consortium, approach.
    CopoladIii,
    /// II. COPOLAD III inception phase (June - December 2021).
    CopoladInception,
    /// II. COPOLAD III implementation (January 2022 - ongoing).
    CopoladImplementation,
    /// II. COPOLAD's contribution to the tasks of the Mechanism.
    CopoladContribution,
    /// III. Other EU-funded inter-regional initiatives: heading.
    OtherInitiatives,
    /// III.A The EU Global Illicit Flows Programme: opening paragraphs.
    GlobalIllicitFlows,
    /// III.A AIRCOP.
    Aircop,
    /// III.A COLIBRI.
    Colibri,
    /// III.A SEACOP.
    Seacop,
    /// III.A CRIMJUST.
    Crimjust,
    /// III.A MASIF.
    Masif,
    /// III.B EL PAcCTO.
    ElPaccto,
    /// III.C EUROFRONT.
    Eurofront,
    /// III.D Chapter 10 (Citizen Security) of the EU-CELAC Action Plan.
    Chapter10,
    /// Footnote 1 (the Biennial Report's document number).
    Footnote1,
    /// Footnote 2 (the Outcome Document's document number).
    Footnote2,
    /// Footnote 3 (document of the Technical Committee meeting of 26 October 2021).
    Footnote3,
    /// Footnote 4 (document of the Technical Committee meeting of 4 May 2022).
    Footnote4,
    /// Footnote 5 (COPOLAD's first and second phases).
    Footnote5,
    /// Footnote 6 (COPOLAD II and I).
    Footnote6,
    /// Footnote 7 (the Joint Declaration's document number).
    Footnote7,
    /// Footnote 8 (EUROFRONT's four target border areas).
    Footnote8,
}

impl Section2021_2022 {
    /// Every section, in print order.
    pub const ALL: [Self; 26] = [
        Self::Note,
        Self::Introduction,
        Self::Meetings,
        Self::Copolad,
        Self::CopoladIii,
        Self::CopoladInception,
        Self::CopoladImplementation,
        Self::CopoladContribution,
        Self::OtherInitiatives,
        Self::GlobalIllicitFlows,
        Self::Aircop,
        Self::Colibri,
        Self::Seacop,
        Self::Crimjust,
        Self::Masif,
        Self::ElPaccto,
        Self::Eurofront,
        Self::Chapter10,
        Self::Footnote1,
        Self::Footnote2,
        Self::Footnote3,
        Self::Footnote4,
        Self::Footnote5,
        Self::Footnote6,
        Self::Footnote7,
        Self::Footnote8,
    ];

    /// How many sections (the length of [`ALL`](Self::ALL)).
    pub const COUNT: usize = Self::ALL.len();

    /// Every section, in print order (the values of [`ALL`](Self::ALL)).
    pub fn iter() -> std::array::IntoIter<Self, 26> {
        Self::ALL.into_iter()
    }

    /// The section's code as text (`"iii.a.aircop"`), as the JSON and CSV exports write it.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Note => "note",
            Self::Introduction => "introduction",
            Self::Meetings => "i",
            Self::Copolad => "ii",
            Self::CopoladIii => "ii.copolad-iii",
            Self::CopoladInception => "ii.inception",
            Self::CopoladImplementation => "ii.implementation",
            Self::CopoladContribution => "ii.contribution",
            Self::OtherInitiatives => "iii",
            Self::GlobalIllicitFlows => "iii.a",
            Self::Aircop => "iii.a.aircop",
            Self::Colibri => "iii.a.colibri",
            Self::Seacop => "iii.a.seacop",
            Self::Crimjust => "iii.a.crimjust",
            Self::Masif => "iii.a.masif",
            Self::ElPaccto => "iii.b",
            Self::Eurofront => "iii.c",
            Self::Chapter10 => "iii.d",
            Self::Footnote1 => "fn1",
            Self::Footnote2 => "fn2",
            Self::Footnote3 => "fn3",
            Self::Footnote4 => "fn4",
            Self::Footnote5 => "fn5",
            Self::Footnote6 => "fn6",
            Self::Footnote7 => "fn7",
            Self::Footnote8 => "fn8",
        }
    }

    /// The section's code, as a record's [`SourceRef`](crate::SourceRef) holds it.
    #[must_use]
    pub const fn code(self) -> SectionCode {
        SectionCode::lit(self.as_str())
    }

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

    /// The section as data: what the compiled-in dataset lists for it.
    #[must_use]
    pub const fn section(self) -> Section {
        let parent = match self.parent() {
            Some(p) => Some(p.code()),
            None => None,
        };
        Section::lit(self.code(), self.heading(), parent, self.is_footnote())
    }

    /// The report's sections as data, in print order: the list the compiled-in dataset's
    /// metadata holds, and the one to give a version-1 JSON document (whose section codes were
    /// always this report's).
    ///
    /// ```
    /// use eu_celac_drugs::data::Section2021_2022;
    ///
    /// let sections = Section2021_2022::sections();
    /// assert_eq!(&*sections, eu_celac_drugs::report_2021_2022().sections());
    /// assert_eq!(sections.len(), Section2021_2022::ALL.len());
    /// ```
    #[must_use]
    pub fn sections() -> List<Section> {
        List::Borrowed(SECTIONS)
    }
}

/// The compiled-in list of sections (one per variant, in print order; a test checks it against
/// [`Section2021_2022::ALL`]).
pub(super) const SECTIONS: &[Section] = &[
    Section2021_2022::Note.section(),
    Section2021_2022::Introduction.section(),
    Section2021_2022::Meetings.section(),
    Section2021_2022::Copolad.section(),
    Section2021_2022::CopoladIii.section(),
    Section2021_2022::CopoladInception.section(),
    Section2021_2022::CopoladImplementation.section(),
    Section2021_2022::CopoladContribution.section(),
    Section2021_2022::OtherInitiatives.section(),
    Section2021_2022::GlobalIllicitFlows.section(),
    Section2021_2022::Aircop.section(),
    Section2021_2022::Colibri.section(),
    Section2021_2022::Seacop.section(),
    Section2021_2022::Crimjust.section(),
    Section2021_2022::Masif.section(),
    Section2021_2022::ElPaccto.section(),
    Section2021_2022::Eurofront.section(),
    Section2021_2022::Chapter10.section(),
    Section2021_2022::Footnote1.section(),
    Section2021_2022::Footnote2.section(),
    Section2021_2022::Footnote3.section(),
    Section2021_2022::Footnote4.section(),
    Section2021_2022::Footnote5.section(),
    Section2021_2022::Footnote6.section(),
    Section2021_2022::Footnote7.section(),
    Section2021_2022::Footnote8.section(),
];

impl crate::model::record::CodeEnum for Section2021_2022 {
    const ALL: &'static [Self] = &Section2021_2022::ALL;

    fn as_str(self) -> &'static str {
        Section2021_2022::as_str(self)
    }
}

impl fmt::Display for Section2021_2022 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Section2021_2022 {
    type Err = crate::UnknownCode;

    /// The section with this code.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| {
            crate::UnknownCode::new("Section2021_2022", s, Self::ALL.iter().map(|x| x.as_str()).collect())
        })
    }
}

impl From<Section2021_2022> for SectionCode {
    fn from(s: Section2021_2022) -> Self {
        s.code()
    }
}

impl PartialEq<Section2021_2022> for SectionCode {
    fn eq(&self, other: &Section2021_2022) -> bool {
        self.as_str() == other.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_follows_the_enum_and_parents_come_first() {
        assert_eq!(Section2021_2022::iter().len(), Section2021_2022::COUNT);
        let listed: Vec<Section> = Section2021_2022::iter().map(Section2021_2022::section).collect();
        assert_eq!(listed, SECTIONS);
        assert!(crate::model::section::check_sections(SECTIONS).is_ok());
        for s in Section2021_2022::ALL {
            assert_eq!(s.to_string().parse::<Section2021_2022>(), Ok(s));
            assert_eq!(s.code(), s);
            assert!(s.parent().is_none_or(|p| p < s));
        }
    }
}
