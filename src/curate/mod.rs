//! Tools for curators of a new edition: [`draft`] drafts a first dataset from a report's text,
//! for a curator to review and correct rather than type.

pub mod draft;
