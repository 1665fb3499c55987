//! Findings about the source: where the report disagrees with itself.
//!
//! Findings are not errors. The dataset stays faithful to the text; a finding says where the
//! text, read as data, does not add up. Every rule is general: it runs on any [`Dataset`], and
//! is tested on small hand-built ones where it fires and where it does not. The rules come in
//! families, one module each:
//!
//! | family | rules ([`FindingKind`]) | what disagrees |
//! |---|---|---|
//! | counts | [`count_mismatches`], [`counts_without_lists`] | a stated count and the items listed for it |
//! | dates | [`outside_period`], [`outside_parent_period`], [`phase_gaps`] | a date and the period it is presented in: the report's, the period of the thing it belongs to, the phases a period is divided into |
//! | roles | [`roles_without_membership`] | a leading role and the membership it presupposes |
//! | names | [`variant_names`] | two spellings of one name |
//! | lists | [`list_omissions`], [`partner_omissions`], [`mixed_lists`] | two lists of one thing's countries; a list's items and what the report elsewhere says they are |
//!
//! A [`Severity::Warning`] says the text cannot be right in both places, or writes one name in
//! forms a reader may take for two things. A [`Severity::Info`] is a disagreement worth knowing
//! that the text may explain (a count with nothing to check it against, a signing before the
//! start it prepares, a partner list that is not meant to name every country covered).
//!
//! A summary counts by [`FindingClass`] ([`Finding::class`]), not by the bare number of findings:
//! a **contradiction** is a warning about facts (two statements that cannot both be right); an
//! **other warning** is about names and spellings ([`FindingKind::is_about_names`]); a **note**
//! is everything of severity info. "49 findings where the report disagrees with itself" would
//! overstate; "7 contradictions, 5 other warnings, 37 notes" does not ([`FindingCounts`]).
//!
//! ```
//! use eu_celac_drugs::analysis::{FindingKind, Severity, validate};
//!
//! let findings = validate(eu_celac_drugs::report_2021_2022());
//! let warnings = findings.iter().filter(|f| f.severity == Severity::Warning).count();
//! assert!(warnings > 0);
//! // Every finding cites its records with their quotes and sections.
//! assert!(findings.iter().all(|f| f.records.len() == f.quotes.len() && f.quotes.len() == f.sections.len()));
//! ```

use crate::model::record::{Ref, code_enum};
use crate::{Dataset, Index, Record, SectionCode, SourceRef};

mod chronology;
mod counts;
mod lists;
mod names;
mod roles;

pub use chronology::{outside_parent_period, outside_period, phase_gaps};
pub use counts::{count_mismatches, counts_without_lists};
pub use lists::{list_omissions, mixed_lists, partner_omissions};
pub use names::variant_names;
pub use roles::roles_without_membership;

code_enum! {
    /// The kind of a [`Finding`]: the rule that found it.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::FindingKind;
    ///
    /// assert_eq!(FindingKind::CountMismatch.to_string(), "count_mismatch");
    /// assert_eq!("phase_gap".parse::<FindingKind>()?, FindingKind::PhaseGap);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum FindingKind {
        /// A stated count differs from the number of items the report lists for it.
        CountMismatch,
        /// A count is stated with no list to check it against.
        CountWithoutList,
        /// An event presented as an activity of the reporting period is dated outside it, or may
        /// have begun before it ("in 2021", "since May 2021").
        OutsidePeriod,
        /// A record dated before the thing it belongs to began, or after it ended: a project
        /// launched before its programme, a committee established before the cycle it follows
        /// up was created, an event of a phase dated after the phase. The report says both that
        /// the part belongs to the whole and when each was, and the dates do not fit.
        OutsideParentPeriod,
        /// Dated phases of a dated thing that leave part of its period to no phase, or overlap:
        /// a phase that began in February whose first sub-phase begins in June. The report
        /// divides a period into phases and the division does not cover it.
        PhaseGap,
        /// A leading role (lead, co-lead, presidency…) in a body whose members the report lists,
        /// held by a country the report does not list as an active member.
        RoleWithoutMembership,
        /// One entity written in variant forms.
        VariantNames,
        /// A complete list that leaves out a country which the report's other statements about
        /// the same thing involve.
        ListOmission,
        /// A complete list of something's partner countries, all of one bloc, that leaves out a
        /// country of that bloc the report says the thing covers (in its scope, a member, an
        /// associate, a beneficiary, a border area): two lists of one thing's countries that
        /// differ.
        PartnerOmission,
        /// A list whose items are different kinds of thing: "related programmes" that include a
        /// project, "networks" that include operations. The list's words call an item what the
        /// report elsewhere says it is not.
        MixedList,
    }
}

code_enum! {
    /// How much a finding matters.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::Severity;
    ///
    /// assert!(Severity::Warning > Severity::Info);
    /// ```
    pub enum Severity {
        /// Worth knowing; not a contradiction (a count with no list, a name as a code).
        Info,
        /// The text contradicts itself or presupposes what it does not state.
        Warning,
    }
}

impl FindingKind {
    /// Whether this kind of finding is about how names are written (two spellings of one
    /// entity), not about facts: such a finding is never a contradiction, whatever its severity.
    ///
    /// ```
    /// use eu_celac_drugs::analysis::FindingKind;
    ///
    /// assert!(FindingKind::VariantNames.is_about_names());
    /// assert!(!FindingKind::CountMismatch.is_about_names());
    /// ```
    #[must_use]
    pub const fn is_about_names(self) -> bool {
        matches!(self, Self::VariantNames)
    }

    /// Whether a warning of this kind is a contradiction: two statements of the report about
    /// facts that cannot both be right (every kind but those [about names](Self::is_about_names)).
    /// A finding of this kind is a contradiction only with [`Severity::Warning`]; see
    /// [`Finding::class`].
    ///
    /// ```
    /// use eu_celac_drugs::analysis::FindingKind;
    ///
    /// assert!(FindingKind::RoleWithoutMembership.is_contradiction());
    /// assert!(!FindingKind::VariantNames.is_contradiction());
    /// ```
    #[must_use]
    pub const fn is_contradiction(self) -> bool {
        !self.is_about_names()
    }
}

code_enum! {
    /// How a summary counts a finding: contradictions, other warnings and notes, never lumped
    /// together as "disagreements" (see [`Finding::class`]).
    ///
    /// ```
    /// use eu_celac_drugs::analysis::FindingClass;
    ///
    /// assert!(FindingClass::Contradiction < FindingClass::Note);
    /// assert_eq!(FindingClass::OtherWarning.to_string(), "other_warning");
    /// ```
    pub enum FindingClass {
        /// A warning about facts: the text cannot be right in both places.
        Contradiction,
        /// A warning that is not a contradiction: a name written in forms a reader may take for
        /// two things.
        OtherWarning,
        /// Worth knowing; not a warning (a count with no list, a spelling as a code, a date
        /// the text may explain).
        Note,
    }
}

/// The findings counted by [`FindingClass`], for a summary that says what it counts.
///
/// ```
/// use eu_celac_drugs::analysis::{FindingCounts, validate};
///
/// let counts = FindingCounts::of(&validate(eu_celac_drugs::report_2021_2022()));
/// assert_eq!(counts.to_string(), "7 contradictions, 5 other warnings, 37 notes");
/// assert_eq!(counts.total(), 49);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FindingCounts {
    /// Warnings about facts.
    pub contradictions: usize,
    /// Warnings about names and spellings.
    pub other_warnings: usize,
    /// Findings of severity info.
    pub notes: usize,
}

impl FindingCounts {
    /// Counts `findings` by class.
    #[must_use]
    pub fn of(findings: &[Finding<'_>]) -> Self {
        let mut out = Self::default();
        for f in findings {
            match f.class() {
                FindingClass::Contradiction => out.contradictions += 1,
                FindingClass::OtherWarning => out.other_warnings += 1,
                FindingClass::Note => out.notes += 1,
            }
        }
        out
    }

    /// Every finding counted.
    #[must_use]
    pub const fn total(&self) -> usize {
        self.contradictions + self.other_warnings + self.notes
    }

    /// How many of one class.
    #[must_use]
    pub const fn get(&self, class: FindingClass) -> usize {
        match class {
            FindingClass::Contradiction => self.contradictions,
            FindingClass::OtherWarning => self.other_warnings,
            FindingClass::Note => self.notes,
        }
    }
}

impl std::fmt::Display for FindingCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = |count: usize, one: &str, many: &str| format!("{count} {}", if count == 1 { one } else { many });
        write!(
            f,
            "{}, {}, {}",
            n(self.contradictions, "contradiction", "contradictions"),
            n(self.other_warnings, "other warning", "other warnings"),
            n(self.notes, "note", "notes")
        )
    }
}

/// One finding: its kind and severity, what it says, the records involved, their quotes and
/// the sections of the report the quotes stand in.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Finding<'a> {
    /// The rule that found it.
    pub kind: FindingKind,
    /// How much it matters.
    pub severity: Severity,
    /// What it says, in a sentence.
    pub message: String,
    /// The records involved.
    pub records: Vec<Ref>,
    /// The quotes of those records, in the same order.
    pub quotes: Vec<&'a str>,
    /// The codes of the report's sections those quotes stand in, in the same order (look a
    /// code up with [`Dataset::section`] for its heading).
    pub sections: Vec<&'a SectionCode>,
}

impl<'a> Finding<'a> {
    /// How a summary counts it: a warning whose kind [is a
    /// contradiction](FindingKind::is_contradiction) is a [`FindingClass::Contradiction`], any
    /// other warning a [`FindingClass::OtherWarning`], information a [`FindingClass::Note`].
    ///
    /// ```
    /// use eu_celac_drugs::analysis::{FindingClass, FindingKind, validate};
    ///
    /// let findings = validate(eu_celac_drugs::report_2021_2022());
    /// // Peru co-leads a work area of CLASI, yet is listed only as an applicant: a contradiction.
    /// let peru = findings.iter().find(|f| f.kind == FindingKind::RoleWithoutMembership).unwrap();
    /// assert_eq!(peru.class(), FindingClass::Contradiction);
    /// // "Trinidad & Tobago" and "Trinidad and Tobago": a warning, but about a name.
    /// assert!(findings.iter().any(|f| f.kind == FindingKind::VariantNames && f.class() == FindingClass::OtherWarning));
    /// ```
    #[must_use]
    pub const fn class(&self) -> FindingClass {
        match self.severity {
            Severity::Warning if self.kind.is_contradiction() => FindingClass::Contradiction,
            Severity::Warning => FindingClass::OtherWarning,
            Severity::Info => FindingClass::Note,
        }
    }

    fn new(kind: FindingKind, severity: Severity, message: String, involved: Vec<(Ref, &'a SourceRef)>) -> Self {
        let mut records = Vec::with_capacity(involved.len());
        let mut quotes = Vec::with_capacity(involved.len());
        let mut sections = Vec::with_capacity(involved.len());
        for (r, s) in involved {
            records.push(r);
            quotes.push(s.quote());
            sections.push(s.section());
        }
        Self { kind, severity, message, records, quotes, sections }
    }
}

/// A record with its source, as a finding cites it.
fn me<T: Record>(record: &T) -> (Ref, &SourceRef) {
    (record.as_ref_to(), record.record_source())
}

/// The source of the record `r` refers to, found by a scan (for the few records a finding
/// cites, not for every record of a rule's pass).
fn cite<'a>(d: &'a Dataset, r: &Ref) -> Option<(Ref, &'a SourceRef)> {
    d.records().find(|(kind, id, _)| *kind == r.kind && **id == r.id).map(|(_, _, s)| (r.clone(), s))
}

/// Names in quotation marks, separated by commas.
fn quoted(forms: &[&str]) -> String {
    forms.iter().map(|f| format!("\"{f}\"")).collect::<Vec<_>>().join(", ")
}

/// Every finding of every rule, ordered by kind, then as the rules produce them.
///
/// ```
/// use eu_celac_drugs::analysis::{FindingKind, validate};
///
/// let findings = validate(eu_celac_drugs::report_2021_2022());
/// assert!(findings.iter().any(|f| f.kind == FindingKind::RoleWithoutMembership));
/// assert!(findings.iter().all(|f| f.records.len() == f.quotes.len()));
/// ```
#[must_use]
pub fn validate(dataset: &Dataset) -> Vec<Finding<'_>> {
    let index = Index::new(dataset);
    let mut all = Vec::new();
    all.extend(count_mismatches(dataset));
    all.extend(counts_without_lists(dataset));
    all.extend(outside_period(dataset));
    all.extend(outside_parent_period(&index));
    all.extend(phase_gaps(&index));
    all.extend(roles_without_membership(&index));
    all.extend(variant_names(dataset));
    all.extend(list_omissions(&index));
    all.extend(partner_omissions(&index));
    all.extend(mixed_lists(&index));
    all.sort_by_key(|f| f.kind);
    all
}
