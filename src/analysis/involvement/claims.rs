//! Claims that cover a whole bloc without naming its members: "COPOLAD is the only EU-funded
//! programme covering the entire CELAC region".

use std::borrow::Cow;
use std::fmt;

use crate::model::record::{RecordKind, Ref};
use crate::{Bloc, Completeness, Country, Dataset, Index, ProgrammeLink, RecordRef, SourceRef, Status};

/// A claim the report makes that a record covers a whole bloc, listing none of its members
/// ("COPOLAD is the only EU-funded programme covering the entire CELAC region"; COPOLAD II was
/// launched "including all CELAC countries"): a stated list of [`Completeness::WholeBloc`].
///
/// Every member of the bloc is covered by the claim and none is named by it, so the analyses
/// keep such coverage apart from the countries the report names: it is never an
/// [`Involvement`](super::Involvement), never counted in an involvement's total or score; it
/// has its own column in the [table](super::InvolvementRow::bloc_claims), its own attribution in
/// [`programmes_of`](super::programmes_of) ([`Attribution::BlocWide`](crate::Attribution::BlocWide))
/// and its own line in [`celac_coverage`](super::celac_coverage).
///
/// ```
/// use eu_celac_drugs::{Bloc, Country};
/// use eu_celac_drugs::analysis::bloc_claims_of;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// // Haiti is named nowhere in the report, but COPOLAD claims to cover the entire CELAC region.
/// let haiti = bloc_claims_of(report, Country::HT);
/// assert!(haiti.iter().any(|c| c.subject_label == "COPOLAD" && c.bloc == Bloc::Celac));
/// for claim in &haiti {
///     println!("{claim}"); // COPOLAD: the entire CELAC region — "COPOLAD is the only EU-funded programme …"
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BlocClaim<'a> {
    /// The bloc the claim covers.
    pub bloc: Bloc,
    /// What covers it: the programme, phase or project the claim is about.
    pub subject: Ref,
    /// A label of the subject for readers ("COPOLAD", "COPOLAD II").
    pub subject_label: Cow<'a, str>,
    /// The programmes the subject counts for (see [`Index::programme_links`]).
    pub programmes: Vec<ProgrammeLink<'a>>,
    /// The subject's status where it has one (COPOLAD II is completed), else active.
    pub status: Status,
    /// The words the report covers the bloc with ("the entire CELAC region", "all CELAC
    /// countries").
    pub label: &'a str,
    /// The stated list that holds the claim.
    pub record: Ref,
    /// Where the report makes it.
    pub source: &'a SourceRef,
}

impl BlocClaim<'_> {
    /// Whether the claim covers `country` (it is a member of the bloc).
    #[must_use]
    pub fn covers(&self, country: Country) -> bool {
        country.is_member(self.bloc)
    }
}

impl fmt::Display for BlocClaim<'_> {
    /// The claim for readers: "COPOLAD: the entire CELAC region — "COPOLAD is the only …"".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} — \"{}\"", self.subject_label, self.label, self.source.quote())
    }
}

/// The status of a claim's subject, where the subject has one.
pub(super) fn status_of(record: Option<RecordRef<'_>>) -> Status {
    match record {
        Some(RecordRef::Phase(x)) => x.status(),
        Some(RecordRef::WorkingGroup(x)) => x.status(),
        Some(RecordRef::Network(x)) => x.status(),
        Some(RecordRef::Committee(x)) => x.status(),
        Some(RecordRef::TaskForce(x)) => x.status(),
        Some(RecordRef::Event(x)) => x.status(),
        _ => Status::Active,
    }
}

/// The claims of `index`'s dataset that cover a whole bloc, in the dataset's order.
pub(super) fn claims<'a>(index: &Index<'a>) -> Vec<BlocClaim<'a>> {
    index
        .dataset()
        .lists()
        .iter()
        .filter(|l| l.completeness() == Completeness::WholeBloc)
        .filter_map(|l| {
            let bloc = l.bloc()?;
            Some(BlocClaim {
                bloc,
                subject: l.of().clone(),
                subject_label: index.label_of(l.of()),
                programmes: index.programme_links(l.of()),
                status: status_of(index.get(l.of())),
                label: l.label(),
                record: Ref::new(RecordKind::StatedList, l.id().clone()),
                source: l.source(),
            })
        })
        .collect()
}

/// Every claim of `dataset` that covers a whole bloc without naming its members, in the
/// dataset's order (see [`BlocClaim`]).
///
/// ```
/// use eu_celac_drugs::Bloc;
/// use eu_celac_drugs::analysis::bloc_claims;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let labels: Vec<&str> = bloc_claims(report).iter().map(|c| c.label).collect();
/// assert!(labels.contains(&"the entire CELAC region") && labels.contains(&"all CELAC countries"));
/// assert!(bloc_claims(report).iter().all(|c| c.bloc == Bloc::Celac));
/// ```
#[must_use]
pub fn bloc_claims(dataset: &Dataset) -> Vec<BlocClaim<'_>> {
    claims(&Index::new(dataset))
}

/// The claims that cover `country` because it belongs to a bloc they cover, whether or not the
/// report also names it (see [`BlocClaim`]).
///
/// ```
/// use eu_celac_drugs::Country;
/// use eu_celac_drugs::analysis::bloc_claims_of;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// assert!(!bloc_claims_of(report, Country::HT).is_empty()); // a CELAC member
/// assert!(bloc_claims_of(report, Country::ES).is_empty()); // no claim covers the whole EU
/// ```
#[must_use]
pub fn bloc_claims_of(dataset: &Dataset, country: Country) -> Vec<BlocClaim<'_>> {
    let mut all = bloc_claims(dataset);
    all.retain(|c| c.covers(country));
    all
}
