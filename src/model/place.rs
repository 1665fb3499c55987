//! Places below the level of a country: cities, airports, islands, border crossings.

use crate::error::check_text;
use crate::model::record::{Text, code_enum, record};
use crate::{Country, ValidationError};

code_enum! {
    /// What kind of place a [`Place`] is.
    ///
    /// ```
    /// use eu_celac_drugs::PlaceKind;
    ///
    /// assert_eq!("airport".parse::<PlaceKind>()?, PlaceKind::Airport);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum PlaceKind {
        /// A country as a whole, where the report names only the country ("missions in Jamaica").
        Country,
        /// A city.
        City,
        /// An airport, named by its city or its own name ("Santo Domingo airport", "Santa Cruz-Viru Viru").
        Airport,
        /// An island ("in Trinidad").
        Island,
        /// A border crossing or border area.
        BorderCrossing,
    }
}

record! {
    /// A place as the report names it: a city, an airport, an island, with the country it lies in.
    ///
    /// The name is kept as written ("Asuncion", "Malaga", without the accents their own
    /// languages give them); the country is the sovereign state or territory it lies in.
    ///
    /// ```
    /// use eu_celac_drugs::{Country, Place, PlaceKind, PlaceParts};
    ///
    /// let dakar = Place::new(PlaceParts {
    ///     name: "Dakar".into(),
    ///     kind: PlaceKind::City,
    ///     country: Some(Country::SN),
    /// })?;
    /// assert_eq!(dakar.name(), "Dakar");
    /// assert_eq!(dakar.country(), Some(Country::SN));
    /// # Ok::<(), eu_celac_drugs::ValidationError>(())
    /// ```
    pub struct Place / PlaceParts {
        /// The name as the report writes it.
        name: Text => &str = ref,
        /// What kind of place it is.
        kind: PlaceKind => PlaceKind = copy,
        /// The country or territory it lies in, where known.
        country: Option<Country> => Option<Country> = copy,
    }
}

impl Place {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_text("name", &self.name)
    }

    /// A place from literals, for the compiled-in data.
    pub(crate) const fn lit(name: &'static str, kind: PlaceKind, country: Country) -> Self {
        Self { name: Text::from_static(name), kind, country: Some(country) }
    }
}
