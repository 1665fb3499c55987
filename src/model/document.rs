//! STUB (lead)
#![allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum DocumentSeries { Council, CouncilMeeting }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DocumentRef { series: DocumentSeries, number: u32, year: u16, year_digits: u8 }
impl DocumentRef { pub(crate) const fn lit(series: DocumentSeries, number: u32, year: u16, year_digits: u8) -> Self { Self { series, number, year, year_digits } } }
