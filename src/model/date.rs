//! STUB (lead)
#![allow(missing_docs)]
use chrono::NaiveDate;
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Precision { Day, Month, Quarter, EarlyYear, Year }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct PartialDate { y: i32, m: u32, d: u32, p: Precision, inf: bool }
impl PartialDate {
    pub(crate) const fn const_day(y: i32, m: u32, d: u32) -> Self { Self { y, m, d, p: Precision::Day, inf: false } }
    pub(crate) const fn const_month(y: i32, m: u32) -> Self { Self { y, m, d: 1, p: Precision::Month, inf: false } }
    pub(crate) const fn const_quarter(y: i32, m: u32) -> Self { Self { y, m, d: 1, p: Precision::Quarter, inf: false } }
    pub(crate) const fn const_early(y: i32) -> Self { Self { y, m: 1, d: 1, p: Precision::EarlyYear, inf: false } }
    pub(crate) const fn const_year(y: i32) -> Self { Self { y, m: 1, d: 1, p: Precision::Year, inf: false } }
    pub(crate) const fn inferred(self) -> Self { Self { inf: true, ..self } }
    pub fn earliest(&self) -> NaiveDate { NaiveDate::from_ymd_opt(self.y, self.m, self.d).unwrap_or_default() }
    pub fn latest(&self) -> NaiveDate { self.earliest() }
    pub const fn year_inferred(&self) -> bool { self.inf }
    pub const fn precision(&self) -> Precision { self.p }
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum DurationUnit { Hour, Day, Month, Year }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Duration { amount: u32, unit: DurationUnit }
impl Duration { pub(crate) const fn lit(amount: u32, unit: DurationUnit) -> Self { Self { amount, unit } } }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum When { On(PartialDate), Span(PartialDate, PartialDate), Since(PartialDate), For { start: PartialDate, duration: Duration } }
impl When {
    pub(crate) const fn on(d: PartialDate) -> Self { Self::On(d) }
    pub(crate) const fn span(a: PartialDate, b: PartialDate) -> Self { Self::Span(a, b) }
    pub(crate) const fn since(d: PartialDate) -> Self { Self::Since(d) }
    pub(crate) const fn for_(start: PartialDate, duration: Duration) -> Self { Self::For { start, duration } }
    pub fn earliest(&self) -> NaiveDate { match self { Self::On(d) | Self::Span(d, _) | Self::Since(d) | Self::For { start: d, .. } => d.earliest() } }
    pub fn latest(&self) -> Option<NaiveDate> { match self { Self::On(d) | Self::Span(_, d) => Some(d.latest()), _ => None } }
    pub fn year_inferred(&self) -> bool { false }
}
