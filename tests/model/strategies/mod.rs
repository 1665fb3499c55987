//! proptest strategies for every model type.
#![allow(dead_code)]

pub mod country;
pub mod date;
pub mod quantity;
pub mod records;
