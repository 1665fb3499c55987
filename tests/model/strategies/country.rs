//! Strategies for countries, blocs and currencies.

use eu_celac_drugs::{Bloc, Country, Currency};
use proptest::prelude::*;
use proptest::sample::select;

/// Any of the 249 ISO 3166-1 entries.
pub fn any_country() -> impl Strategy<Value = Country> {
    select(Country::iter().collect::<Vec<_>>())
}

/// Either bloc.
pub fn any_bloc() -> impl Strategy<Value = Bloc> {
    select(Bloc::iter().collect::<Vec<_>>())
}

/// Any active ISO 4217 currency.
pub fn any_currency() -> impl Strategy<Value = Currency> {
    select(Currency::all())
}

/// A member of `bloc`.
pub fn any_member_of(bloc: Bloc) -> impl Strategy<Value = Country> {
    select(bloc.members())
}
