//! STUB (lead)
#![allow(missing_docs)]
use rust_decimal::Decimal;
use crate::Currency;
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Money { amount: Decimal, currency: Currency }
impl Money { pub(crate) const fn lit(m: i64, s: u32, currency: Currency) -> Self { Self { amount: Decimal::from_parts(m as u32, 0, 0, false, s), currency } } 
 pub fn currency(&self) -> Currency { self.currency } pub fn amount(&self) -> Decimal { self.amount } }
