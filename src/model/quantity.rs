//! STUB (lead)
#![allow(missing_docs)]
use rust_decimal::Decimal;
use crate::Currency;
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Qualifier { Exact, Over, MoreThan, Almost, About, Half }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bound { Exact, AtLeast, AtMost, Approximate, Mixed }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Unit { MetricTon, Kilogram, Gram, Litre, Piece, Currency(Currency), Count }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension { Mass, Volume, Pieces, Currency(Currency), Count }
impl Unit { pub fn dimension(self) -> Dimension { Dimension::Mass } }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Quantity { value: Decimal, unit: Unit, qualifier: Qualifier }
impl Quantity {
    pub(crate) const fn lit(m: i64, s: u32, unit: Unit, qualifier: Qualifier) -> Self { Self { value: Decimal::from_parts(m as u32, 0, 0, false, s), unit, qualifier } }
    pub fn value(&self) -> Decimal { self.value }
    pub fn unit(&self) -> Unit { self.unit }
    pub fn qualifier(&self) -> Qualifier { self.qualifier }
}
#[derive(Debug, thiserror::Error)]
#[error("q")]
pub struct QuantityError;
