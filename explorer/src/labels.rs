//! Words for the kinds of record, as a reader says them, in the language of the pages being
//! rendered (the catalogue's `code.record_kind.*` and `code.record_kind_plural.*`).

use eu_celac_drugs::RecordKind;

use crate::i18n;

/// The kind of a record, in words ("working group", "grupo de trabajo").
pub fn kind(kind: RecordKind) -> &'static str {
    i18n::t(&format!("code.record_kind.{}", kind.as_str()))
}

/// The plural of [`kind`], capitalised, for headings ("Working groups").
pub fn kinds(kind: RecordKind) -> &'static str {
    i18n::t(&format!("code.record_kind_plural.{}", kind.as_str()))
}
