//! The distinct programmes and projects a country takes part in.

use super::{BlocClaim, Involvement, claims, collect};
use crate::model::record::RecordKind;
use crate::{Attribution, Country, Dataset, Index, Programme, Project, RecordRef};

/// A programme a country takes part in, how, and the projects within it: an answer of
/// [`programmes_of`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CountryProgramme<'a> {
    /// The programme (serialized as its id).
    #[cfg_attr(feature = "serde", serde(serialize_with = "programme_id"))]
    pub programme: &'a Programme,
    /// [`Direct`](Attribution::Direct) when at least one of the country's involvements stands
    /// within the programme; [`Indirect`](Attribution::Indirect) when the country takes part only
    /// in what the report presents as the programme's result or work (a member of CLASI, for
    /// EL PAcCTO); [`BlocWide`](Attribution::BlocWide) when the report names the country nowhere
    /// in the programme and only a claim on a whole bloc covers it (COPOLAD, "covering the entire
    /// CELAC region", for Haiti).
    pub attribution: Attribution,
    /// The projects (sub-projects, components) of the programme the country takes part in, or in
    /// something within them (a phase, a task force, a work area): each once, in the dataset's
    /// order; the nearest project, so a component rather than the project above it (serialized
    /// as their ids).
    #[cfg_attr(feature = "serde", serde(serialize_with = "project_ids"))]
    pub projects: Vec<&'a Project>,
    /// The country's involvements that count for the programme, directly or indirectly, each
    /// with its quote: the evidence. Empty when only a claim on a whole bloc covers the country.
    pub involvements: Vec<Involvement<'a>>,
    /// The claims on a whole bloc of the country that cover it in the programme, each with its
    /// quote, whether or not the report also names the country there (see [`BlocClaim`]).
    pub bloc_claims: Vec<BlocClaim<'a>>,
}

impl CountryProgramme<'_> {
    /// Whether one of the involvements is a present or past fact, not only a prospect (an
    /// application, a planned inclusion). Claims on a whole bloc do not count: a country covered
    /// only by one is named nowhere in the programme.
    #[must_use]
    pub fn is_active(&self) -> bool {
        self.involvements.iter().any(|i| i.status.is_active())
    }
}

#[cfg(feature = "serde")]
fn programme_id<S: serde::Serializer>(p: &&Programme, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(p.id().as_str())
}

#[cfg(feature = "serde")]
fn project_ids<S: serde::Serializer>(projects: &[&Project], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(projects.iter().map(|p| p.id().as_str()))
}

/// The distinct programmes `country` takes part in, each with how
/// ([`Attribution`]), the projects within it and the involvements behind it: the programmes it
/// takes part in directly first, then those it counts for only indirectly, then those where only
/// a claim on a whole bloc covers it ([`Attribution::BlocWide`], with the claims in
/// [`CountryProgramme::bloc_claims`]), each group in the dataset's order. The programmes are those of [`Involvement::programmes`] (see the
/// [module's rules](super)), so every involvement of the country counts.
///
/// ```
/// use eu_celac_drugs::{Attribution, Country, ids};
/// use eu_celac_drugs::analysis::programmes_of;
///
/// let report = eu_celac_drugs::report_2021_2022();
/// for p in programmes_of(report, Country::JM) {
///     let projects: Vec<&str> = p.projects.iter().map(|x| x.acronym().unwrap_or(x.name())).collect();
///     println!("{} ({}): {}", p.programme.name(), p.attribution, projects.join(", "));
/// }
/// // Jamaica hosts AIRCOP task forces and SEACOP missions: GIFP, with both projects.
/// let jamaica = programmes_of(report, Country::JM);
/// let gifp = jamaica.iter().find(|p| p.programme.id() == &ids::GIFP).unwrap();
/// assert_eq!(gifp.attribution, Attribution::Direct);
/// assert!(gifp.projects.iter().any(|p| p.id() == &ids::AIRCOP));
/// assert!(gifp.projects.iter().any(|p| p.id() == &ids::SEACOP));
///
/// // Peru has applied to CLASI, "the direct result of EL PAcCTO's long-term efforts": indirect.
/// let peru = programmes_of(report, Country::PE);
/// let el_paccto = peru.iter().find(|p| p.programme.id() == &ids::EL_PACCTO).unwrap();
/// assert_eq!(el_paccto.attribution, Attribution::Indirect);
/// assert!(el_paccto.projects.is_empty());
/// assert!(el_paccto.involvements.iter().any(|i| i.subject.id == ids::CLASI));
///
/// // Haiti is named nowhere; COPOLAD claims to cover the entire CELAC region: bloc-wide.
/// let haiti = programmes_of(report, eu_celac_drugs::Country::HT);
/// assert_eq!(haiti.len(), 1);
/// assert_eq!((haiti[0].programme.id(), haiti[0].attribution), (&ids::COPOLAD, Attribution::BlocWide));
/// assert!(haiti[0].involvements.is_empty() && !haiti[0].bloc_claims.is_empty());
/// ```
#[must_use]
pub fn programmes_of(dataset: &Dataset, country: Country) -> Vec<CountryProgramme<'_>> {
    let index = Index::new(dataset);
    let mut out: Vec<CountryProgramme<'_>> = Vec::new();
    collect::collect(&index, &mut |involvement| {
        if involvement.country != country {
            return;
        }
        let project = std::iter::once(involvement.subject.clone())
            .chain(index.ancestors(&involvement.subject))
            .find(|r| r.kind == RecordKind::Project)
            .and_then(|r| match index.get(&r) {
                Some(RecordRef::Project(p)) => Some(p),
                _ => None,
            });
        for link in &involvement.programmes {
            let at = match out.iter().position(|e| e.programme.id() == link.programme.id()) {
                Some(at) => at,
                None => {
                    out.push(CountryProgramme {
                        programme: link.programme,
                        attribution: link.attribution,
                        projects: Vec::new(),
                        involvements: Vec::new(),
                        bloc_claims: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let Some(entry) = out.get_mut(at) else { continue };
            if link.attribution == Attribution::Direct {
                entry.attribution = Attribution::Direct;
                if let Some(p) = project.filter(|p| p.programme() == link.programme.id()) {
                    if !entry.projects.iter().any(|q| q.id() == p.id()) {
                        entry.projects.push(p);
                    }
                }
            }
            entry.involvements.push(involvement.clone());
        }
    });
    // Claims on a whole bloc of the country: beside the involvements, or on their own.
    for claim in claims::claims(&index).into_iter().filter(|c| c.covers(country)) {
        let programmes: Vec<&Programme> = claim.programmes.iter().map(|l| l.programme).collect();
        for programme in programmes {
            match out.iter_mut().find(|e| e.programme.id() == programme.id()) {
                Some(entry) => entry.bloc_claims.push(claim.clone()),
                None => out.push(CountryProgramme {
                    programme,
                    attribution: Attribution::BlocWide,
                    projects: Vec::new(),
                    involvements: Vec::new(),
                    bloc_claims: vec![claim.clone()],
                }),
            }
        }
    }
    let programme_at = |id: &crate::Id| dataset.programmes().iter().position(|p| p.id() == id);
    out.sort_by_cached_key(|e| (e.attribution, programme_at(e.programme.id())));
    let project_at = |id: &crate::Id| dataset.projects().iter().position(|p| p.id() == id);
    for e in &mut out {
        e.projects.sort_by_cached_key(|p| project_at(p.id()));
    }
    out
}
