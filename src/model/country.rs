//! STUB (lead) — replaced by the country helper.
#![allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[allow(clippy::upper_case_acronyms)]
pub enum Country { AR, BO, BR, GB, ES }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::Display)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Bloc { Celac, Eu }
impl Country {
    pub fn alpha2(self) -> &'static str { "AR" }
    pub fn name_en(self) -> &'static str { "Argentina" }
    pub fn is_member(self, _b: Bloc) -> bool { false }
}
#[derive(Debug, thiserror::Error)]
#[error("unknown")]
pub struct UnknownCountryName;
pub fn resolve_country(_s: &str) -> Result<Country, UnknownCountryName> { Err(UnknownCountryName) }
impl std::fmt::Display for Country { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { write!(f, "{self:?}") } }
