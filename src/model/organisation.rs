//! Organisations: EU institutions and agencies, UN bodies, international, national and
//! regional bodies, and the blocs themselves.

use crate::error::{check_opt_text, check_text, check_unique};
use crate::model::record::{List, Text, code_enum, record};
use crate::{Country, Id, SourceRef, ValidationError};

code_enum! {
    /// The kind of an [`Organisation`].
    ///
    /// ```
    /// use eu_celac_drugs::OrganisationKind;
    ///
    /// assert_eq!(OrganisationKind::EuAgency.to_string(), "eu_agency");
    /// ```
    pub enum OrganisationKind {
        /// A bloc of states: the European Union, CELAC.
        Bloc,
        /// An EU institution (the European Commission, the Council of the European Union).
        EuInstitution,
        /// A department or service of an EU institution (a Commission Directorate-General, FPI,
        /// the Council's General Secretariat, a Council presidency).
        EuService,
        /// The European External Action Service and other EU bodies that are not agencies.
        EuBody,
        /// A decentralised EU agency (EMCDDA, Europol, Eurojust, Frontex, CEPOL).
        EuAgency,
        /// A UN body (UNODC, IOM, the Commission on Narcotic Drugs).
        UnBody,
        /// Another international organisation (WCO, INTERPOL, IILA).
        InternationalOrganisation,
        /// A national development or cooperation agency (FIIAPP, GIZ, Expertise France).
        NationalAgency,
        /// A national authority (a ministry).
        NationalAuthority,
        /// A regional body or network of authorities (AMERIPOL, COMJIB, AIAMP, CJI, MERCOSUR, CAN).
        RegionalBody,
        /// A bi-regional mechanism (the EU-CELAC Coordination and Cooperation Mechanism on Drugs).
        Mechanism,
        /// A company.
        Company,
    }
}

record! {
    /// An organisation the report names, under every form the report writes it in.
    ///
    /// ```
    /// use eu_celac_drugs::{Id, Organisation, OrganisationKind, OrganisationParts, SourceRef, SourceRefParts};
    /// use eu_celac_drugs::data::Section2021_2022;
    ///
    /// let unodc = Organisation::new(OrganisationParts {
    ///     id: Id::new("unodc")?,
    ///     name: "United Nations Office on Drugs and Crime".into(),
    ///     acronym: Some("UNODC".into()),
    ///     kind: OrganisationKind::UnBody,
    ///     country: None,
    ///     parent: None,
    ///     aliases: vec![].into(),
    ///     source: SourceRef::new(SourceRefParts {
    ///         section: Section2021_2022::Aircop.code(),
    ///         quote: "United Nations Office on Drugs and Crime (UNODC)".into(),
    ///         note: None,
    ///     })?,
    /// })?;
    /// assert_eq!(unodc.acronym(), Some("UNODC"));
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    pub struct Organisation / OrganisationParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The full name, in the first form the report gives it.
        name: Text => &str = ref,
        /// The acronym or short name, as the report writes it, if it gives one.
        acronym: Option<Text> => Option<&str> = deref,
        /// What kind of organisation it is.
        kind: OrganisationKind => OrganisationKind = copy,
        /// The country a national body belongs to.
        country: Option<Country> => Option<Country> = copy,
        /// The organisation it is part of (a Directorate-General's Commission), by id.
        parent: Option<Id> => Option<&Id> = as_ref,
        /// Every other form in which the report writes this organisation's name, verbatim
        /// (spelling, casing, typos): "EUROPOL" beside "Europol", "FIIAP" beside "FIIAPP".
        aliases: List<Text> => &[Text] = ref,
        /// Where the report names it first.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Organisation {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_text("name", &self.name)?;
        check_opt_text("acronym", self.acronym.as_deref())?;
        for alias in self.aliases.iter() {
            check_text("aliases", alias)?;
        }
        check_unique("aliases", &self.aliases)?;
        if self.parent.as_ref() == Some(&self.id) {
            return Err(ValidationError::Inconsistent {
                field: "parent",
                reason: format!("organisation {} cannot be its own parent", self.id),
            });
        }
        self.source.check()
    }

    /// Every form of the name the report uses: the name, the acronym and the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_ref()).chain(self.acronym.as_deref()).chain(self.aliases.iter().map(AsRef::as_ref))
    }
}
