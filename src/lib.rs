//! Crate docs: written last (guided tour).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod error;
pub mod model;

pub use error::ValidationError;
pub use model::*;
