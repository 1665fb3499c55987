//! The domain model: one module per concept.

pub mod country;
pub mod currency;
pub mod date;
pub mod document;
pub mod id;
pub mod money;
pub mod quantity;

pub use country::{Bloc, Country, UnknownCountryName, resolve_country};
pub use currency::Currency;
pub use date::{Duration, DurationUnit, PartialDate, Precision, When};
pub use document::{DocumentRef, DocumentSeries};
pub use id::Id;
pub use money::Money;
pub use quantity::{Bound, Dimension, Qualifier, Quantity, QuantityError, Unit};
