//! Who takes part in what, in which role, with which status.

use std::fmt;

use crate::error::check_text;
use crate::model::record::{RecordKind, Ref, Text, record};
use crate::{Country, Id, Role, SourceRef, Status, ValidationError, When};

/// Who takes part: a country (or territory), an organisation, or a body of the dataset that
/// acts as one (a programme organising a meeting, the member states of a committee adopting a
/// declaration).
///
/// ```
/// use eu_celac_drugs::{Country, Party};
///
/// let p = Party::Country(Country::PE);
/// assert_eq!(p.country(), Some(Country::PE));
/// assert_eq!(p, Country::PE); // a party compares with a country
/// assert_eq!(Party::from(Country::PE), p);
/// assert_eq!(p.to_string(), "country:PE");
///
/// // "a High-level meeting organised by the French Presidency and the EL PAcCTO programme"
/// let report = eu_celac_drugs::report_2021_2022();
/// let organisers: Vec<String> = report
///     .participations_in("tei-lac.launch-meeting")
///     .filter(|p| p.role() == eu_celac_drugs::Role::Organiser)
///     .map(|p| p.party().to_string())
///     .collect();
/// assert!(organisers.contains(&"programme:el-paccto".to_owned()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "snake_case"))]
pub enum Party {
    /// A country or territory.
    Country(Country),
    /// An organisation of the dataset, by id.
    Organisation(Id),
    /// A programme, phase, project or body of the dataset acting as a party, by reference: "the
    /// EL PAcCTO programme" organising a meeting, "the Ministers … of the Member States of …
    /// (CLASI)" adopting a declaration (the participation's `as_written` keeps the words). A
    /// group the report names without listing its members is a [`StatedList`](crate::StatedList)
    /// acting as a party: "Latin American countries signed … the political declaration that
    /// created the CLASI".
    Body(Ref),
}

/// The kinds of record a [`Party::Body`] may refer to.
pub(crate) const BODY_KINDS: &[RecordKind] = &[
    RecordKind::Programme,
    RecordKind::Phase,
    RecordKind::Project,
    RecordKind::WorkingGroup,
    RecordKind::Network,
    RecordKind::Committee,
    RecordKind::TaskForce,
    RecordKind::StatedList,
];

impl Party {
    /// The country, if the party is one.
    #[must_use]
    pub fn country(&self) -> Option<Country> {
        match self {
            Self::Country(c) => Some(*c),
            Self::Organisation(_) | Self::Body(_) => None,
        }
    }

    /// The organisation's id, if the party is one.
    #[must_use]
    pub fn organisation(&self) -> Option<&Id> {
        match self {
            Self::Organisation(id) => Some(id),
            Self::Country(_) | Self::Body(_) => None,
        }
    }

    /// The body acting as a party, if the party is one.
    #[must_use]
    pub fn body(&self) -> Option<&Ref> {
        match self {
            Self::Body(r) => Some(r),
            Self::Country(_) | Self::Organisation(_) => None,
        }
    }
}

impl From<Country> for Party {
    fn from(country: Country) -> Self {
        Self::Country(country)
    }
}

impl PartialEq<Country> for Party {
    /// Whether the party is this country.
    fn eq(&self, other: &Country) -> bool {
        self.country() == Some(*other)
    }
}

impl PartialEq<Party> for Country {
    fn eq(&self, other: &Party) -> bool {
        other == self
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Country(c) => write!(f, "country:{c}"),
            Self::Organisation(id) => write!(f, "organisation:{id}"),
            Self::Body(r) => write!(f, "{r}"),
        }
    }
}

record! {
    /// One party's part in one thing: a country in a project's scope, an organisation
    /// implementing a programme, a country leading a working group or co-chairing a meeting.
    ///
    /// One country can hold several participations in the same thing (Argentina leads two of
    /// CLASI's work areas and holds its first presidency); each carries its own quote.
    ///
    /// ```
    /// use eu_celac_drugs::{Country, Role, Status, ids};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let peru_in_clasi: Vec<_> = report
    ///     .participations()
    ///     .iter()
    ///     .filter(|p| *p.party() == Country::PE && p.subject().id == ids::CLASI)
    ///     .collect();
    /// assert!(peru_in_clasi.iter().any(|p| p.role() == Role::Member && p.status() == Status::Applicant));
    /// ```
    pub struct Participation / ParticipationParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// Who takes part.
        party: Party => &Party = ref,
        /// In what: a programme, phase, project, body, work area, event or document.
        subject: Ref => &Ref = ref,
        /// In which role.
        role: Role => Role = copy,
        /// With which status.
        status: Status => Status = copy,
        /// The order, where the report gives one ("the Second and Third Presidencies").
        ordinal: Option<u8> => Option<u8> = copy,
        /// The party's name as the report writes it here ("St Lucia", "FR", "the French Presidency").
        as_written: Text => &str = ref,
        /// When, if the report says.
        period: Option<When> => Option<When> = copy,
        /// Where the report states it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Participation {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        self.subject.expect_kind(
            "subject",
            &[
                RecordKind::Programme,
                RecordKind::Phase,
                RecordKind::Project,
                RecordKind::Operation,
                RecordKind::WorkingGroup,
                RecordKind::Network,
                RecordKind::Committee,
                RecordKind::WorkArea,
                RecordKind::TaskForce,
                RecordKind::BorderArea,
                RecordKind::Event,
                RecordKind::Document,
                RecordKind::Organisation,
            ],
            "a programme, phase, project, operation, body, work area, event, document or organisation",
        )?;
        if self.ordinal == Some(0) {
            return Err(ValidationError::OutOfRange { field: "ordinal", value: 0, min: 1, max: 255 });
        }
        if let (Party::Organisation(id), RecordKind::Organisation) = (&self.party, self.subject.kind) {
            if *id == self.subject.id {
                return Err(ValidationError::Inconsistent {
                    field: "subject",
                    reason: format!("organisation {id} cannot take part in itself"),
                });
            }
        }
        if let Party::Body(body) = &self.party {
            body.expect_kind(
                "party",
                BODY_KINDS,
                "a programme, phase, project, working group, network, committee, task force or stated list",
            )?;
            if *body == self.subject {
                return Err(ValidationError::Inconsistent {
                    field: "party",
                    reason: format!("{body} cannot take part in itself"),
                });
            }
        }
        check_text("as_written", &self.as_written)?;
        self.source.check()
    }
}
