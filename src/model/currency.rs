//! STUB (lead)
#![allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Currency([u8; 3]);
impl Currency { pub const EUR: Self = Self(*b"EUR"); pub const USD: Self = Self(*b"USD"); }
