//! Crate docs: written last (guided tour).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod data;
pub use dataset::Index;
pub mod analysis;
pub mod dataset;
pub mod error;
pub mod model;

pub use data::{SOURCE_TEXT, report_2021_2022};
pub use dataset::{Dataset, DatasetError, DatasetParts, Problem, ProblemKind};
pub use error::ValidationError;
pub use model::*;
