//! Roles and statuses: what a country or organisation is in something, and how far along.

use crate::model::record::code_enum;
code_enum! {
    /// A role a country or organisation plays in a programme, project, body, event or list.
    ///
    /// The names are the report's own words where it has them ("led by", "co-chaired by",
    /// "associate countries", "beneficiary countries", "in partnership with"…). Organisation
    /// roles map onto IATI's OrganisationRole codes through [`Role::iati`].
    ///
    /// ```
    /// use eu_celac_drugs::{IatiRole, Role};
    ///
    /// let role: Role = "co_lead".parse()?;
    /// assert_eq!(role, Role::CoLead);
    /// assert!(role.is_leadership());
    /// assert_eq!(Role::Implementer.iati(), Some(IatiRole::Implementing));
    /// assert_eq!(Role::Member.iati(), None);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum Role {
        /// Leads ("led by", "leader", "will be led by", "is currently leading").
        Lead,
        /// Shares the lead with a leader ("with co-leadership of").
        CoLead,
        /// Co-chairs a meeting ("co-chaired by").
        CoChair,
        /// Holds a presidency, in an order (the participation's ordinal: "First CLASI Presidency").
        Presidency,
        /// Holds a co-presidency ("under the co-presidency of").
        CoPresidency,
        /// A member ("member countries", "Member States that are part of the initiative").
        Member,
        /// An associate country ("as associate countries").
        Associate,
        /// A beneficiary country ("as beneficiary countries").
        Beneficiary,
        /// A partner country or organisation ("partners in the project", "partnerships are also
        /// established with", "cooperation … with").
        Partner,
        /// Within a project's geographical scope or coverage ("included in AIRCOP's geographical
        /// scope", "the countries covered", "included in Phase IV").
        InScope,
        /// Hosts an event ("hosted by").
        Host,
        /// Organises an event ("organised by").
        Organiser,
        /// Organises an event with others ("co-organised by", "jointly organised by").
        CoOrganiser,
        /// Supports ("with the support of", "receives support from").
        Supporter,
        /// Coordinates on behalf of a region ("in their capacity as Chapter 10 Coordinators").
        Coordinator,
        /// Implements a programme or project ("implemented by").
        Implementer,
        /// Implements in partnership with the implementer ("in partnership with").
        ImplementingPartner,
        /// Manages a programme, phase or component ("managed by", "managed exclusively by"); each
        /// member of a managing consortium ("managed by a consortium formed by") is a manager.
        Manager,
        /// Leads a consortium that implements ("implemented by a consortium with FIIAPP as leader").
        ConsortiumLeader,
        /// A partner in a consortium that implements ("… and IILA and IOM as partners").
        ConsortiumPartner,
        /// Takes part ("with the participation of", "brings together", "participants").
        Participant,
        /// Funds ("EU-funded", "the EU has committed").
        Funder,
        /// Signs a declaration or request ("signed", "the signature of … by").
        Signatory,
        /// Speaks at an event ("interventions from").
        Speaker,
        /// Approves or agrees to a decision ("approved by", "in agreement with").
        Approver,
        /// Adopts a declaration or document ("a Joint Declaration was adopted of the Ministers …").
        Adopter,
        /// Shares a document or draft with others ("has already shared the draft text of …").
        Sharer,
    }
}

code_enum! {
    /// IATI's OrganisationRole code list: how an organisation stands to an activity.
    ///
    /// ```
    /// use eu_celac_drugs::IatiRole;
    ///
    /// assert_eq!(IatiRole::Extending.code(), 3);
    /// assert_eq!(IatiRole::from_code(4), Some(IatiRole::Implementing));
    /// ```
    pub enum IatiRole {
        /// 1 Funding: the government or organisation that provides funds.
        Funding,
        /// 2 Accountable: the organisation responsible for oversight of the activity.
        Accountable,
        /// 3 Extending: the organisation that manages the budget and direction on behalf of the funder.
        Extending,
        /// 4 Implementing: the organisation that physically carries out the activity.
        Implementing,
    }
}

impl IatiRole {
    /// The IATI code, 1 to 4.
    #[must_use]
    pub const fn code(self) -> u8 {
        match self {
            Self::Funding => 1,
            Self::Accountable => 2,
            Self::Extending => 3,
            Self::Implementing => 4,
        }
    }

    /// The role of an IATI code, if it is one of 1 to 4.
    #[must_use]
    pub const fn from_code(code: u8) -> Option<Self> {
        match code {
            1 => Some(Self::Funding),
            2 => Some(Self::Accountable),
            3 => Some(Self::Extending),
            4 => Some(Self::Implementing),
            _ => None,
        }
    }
}

impl Role {
    /// The IATI OrganisationRole this role amounts to, where it is one of IATI's four.
    ///
    /// The mapping follows the report's verb, not the form of the grouping: funders fund (1);
    /// the report names no organisation accountable in IATI's sense, so nothing maps to 2 except
    /// [`Role::Approver`] (the Commission agreeing to a project's scope is oversight); whoever is
    /// "managed by" manages on the funder's behalf (3), a consortium's members included;
    /// implementers, implementing partners and the leader and partners of an implementing
    /// consortium carry the activity out (4).
    ///
    /// ```
    /// use eu_celac_drugs::{IatiRole, Role};
    ///
    /// assert_eq!(Role::Manager.iati(), Some(IatiRole::Extending));
    /// assert_eq!(Role::ConsortiumLeader.iati(), Some(IatiRole::Implementing));
    /// ```
    #[must_use]
    pub const fn iati(self) -> Option<IatiRole> {
        match self {
            Self::Funder => Some(IatiRole::Funding),
            Self::Approver => Some(IatiRole::Accountable),
            Self::Manager => Some(IatiRole::Extending),
            Self::ConsortiumLeader => Some(IatiRole::Implementing),
            Self::Implementer | Self::ImplementingPartner | Self::ConsortiumPartner => Some(IatiRole::Implementing),
            _ => None,
        }
    }

    /// Whether the role leads or presides (lead, co-lead, co-chair, presidency, co-presidency,
    /// coordinator): roles that presuppose taking part in the thing led.
    #[must_use]
    pub const fn is_leadership(self) -> bool {
        matches!(
            self,
            Self::Lead | Self::CoLead | Self::CoChair | Self::Presidency | Self::CoPresidency | Self::Coordinator
        )
    }
}

code_enum! {
    /// How far along a participation, body or event is, as the report puts it.
    ///
    /// ```
    /// use eu_celac_drugs::Status;
    ///
    /// assert!(Status::Operational.is_active());
    /// assert!(!Status::Applicant.is_active());
    /// assert_eq!("assessed_for_inclusion".parse::<Status>()?, Status::AssessedForInclusion);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum Status {
        /// In place now (the report states it in the present or as done, without a qualifier).
        Active,
        /// Operational ("are operational").
        Operational,
        /// Going on ("ongoing", "is being", "currently").
        Ongoing,
        /// Done: an event held, a phase ended, a role held at a past event.
        Completed,
        /// Being set up ("under establishment", "work is ongoing to complete the hiring").
        UnderEstablishment,
        /// Decided for the future ("will be led", "will take over", "agreed to establish").
        Planned,
        /// Expected ("is expected to take place").
        Expected,
        /// Possible but not decided ("potentially", "could be launched at a later stage").
        Potential,
        /// Has applied ("signed the request to become a member").
        Applicant,
        /// Has shown interest ("have shown interest in joining in the future").
        Interested,
        /// Assessed for inclusion ("have already been assessed for inclusion").
        AssessedForInclusion,
        /// May be included later ("may be included at a later stage").
        PossibleLaterInclusion,
    }
}

impl Status {
    /// Whether the status is a present or past fact (active, operational, ongoing, completed)
    /// rather than a prospect (under establishment, planned, expected, potential, applicant,
    /// interested, assessed for inclusion, possible later inclusion).
    #[must_use]
    pub const fn is_active(self) -> bool {
        matches!(self, Self::Active | Self::Operational | Self::Ongoing | Self::Completed)
    }

    /// Whether the status only expresses interest or possibility (potential, applicant,
    /// interested, assessed for inclusion, possible later inclusion): the statuses a CELAC
    /// coverage check reports separately.
    #[must_use]
    pub const fn is_prospective_only(self) -> bool {
        matches!(
            self,
            Self::Potential
                | Self::Applicant
                | Self::Interested
                | Self::AssessedForInclusion
                | Self::PossibleLaterInclusion
        )
    }
}
