//! The [`Record`] trait: what every kind of record has in common.

use crate::model::record::{RecordKind, Ref};
use crate::{
    BorderArea, Budget, Committee, Document, Event, Id, Instrument, Network, Operation, Organisation, Outcome,
    Participation, Party, Phase, Programme, Project, Relation, Seizure, SourceRef, StatedList, Statement, TaskForce,
    WorkArea, WorkingGroup,
};

/// What every record of a [`Dataset`](crate::Dataset) has: a kind, an id, a source, and the
/// references it makes to other records.
///
/// ```
/// use eu_celac_drugs::{Record, RecordKind, ids};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let aircop = report.project("aircop").unwrap();
/// assert_eq!(Record::kind(aircop), RecordKind::Project);
/// assert!(aircop.references().iter().any(|(field, r)| *field == "programme" && r.id == ids::GIFP));
/// ```
pub trait Record {
    /// The kind of record.
    const KIND: RecordKind;

    /// The kind of record (the same as [`Record::KIND`], callable on a value).
    fn kind(&self) -> RecordKind {
        Self::KIND
    }

    /// The record's id.
    fn record_id(&self) -> &Id;

    /// Where the report states it.
    fn record_source(&self) -> &SourceRef;

    /// The references this record makes, each with the name of the field that holds it.
    fn references(&self) -> Vec<(&'static str, Ref)> {
        let mut out = Vec::new();
        self.each_reference(&mut |field, kind, id| out.push((field, Ref::new(kind, id.clone()))));
        out
    }

    /// Hands each reference this record makes to `f` — the field that holds it, the kind and
    /// the id it names — in the order of [`references`](Record::references), with no allocation
    /// (the dataset's checks visit every reference of every record).
    fn each_reference(&self, f: &mut dyn FnMut(&'static str, RecordKind, &Id));

    /// A reference to this record.
    fn as_ref_to(&self) -> Ref {
        Ref::new(Self::KIND, self.record_id().clone())
    }
}

macro_rules! impl_record {
    ($ty:ty, $kind:ident, |$s:ident, $f:ident| $body:block) => {
        impl Record for $ty {
            const KIND: RecordKind = RecordKind::$kind;
            fn record_id(&self) -> &Id {
                &self.id
            }
            fn record_source(&self) -> &SourceRef {
                &self.source
            }
            fn each_reference(&self, $f: &mut dyn FnMut(&'static str, RecordKind, &Id)) {
                let $s = self;
                $body
            }
        }
    };
}

/// Hands a typed reference to the visitor.
fn to(f: &mut dyn FnMut(&'static str, RecordKind, &Id), field: &'static str, r: &Ref) {
    f(field, r.kind, &r.id);
}

impl_record!(Organisation, Organisation, |s, f| {
    if let Some(p) = &s.parent {
        f("parent", RecordKind::Organisation, p);
    }
});
impl_record!(Instrument, Instrument, |_s, _f| {});
impl_record!(Programme, Programme, |_s, _f| {});
impl_record!(Phase, Phase, |s, f| {
    to(f, "of", &s.of);
});
impl_record!(Project, Project, |s, f| {
    f("programme", RecordKind::Programme, &s.programme);
    if let Some(p) = &s.parent {
        f("parent", RecordKind::Project, p);
    }
});
impl_record!(Operation, Operation, |s, f| {
    to(f, "of", &s.of);
});
impl_record!(WorkingGroup, WorkingGroup, |s, f| {
    to(f, "of", &s.of);
});
impl_record!(Network, Network, |s, f| {
    if let Some(of) = &s.of {
        to(f, "of", of);
    }
});
impl_record!(Committee, Committee, |s, f| {
    if let Some(of) = &s.of {
        to(f, "of", of);
    }
});
impl_record!(WorkArea, WorkArea, |s, f| {
    to(f, "of", &s.of);
});
impl_record!(TaskForce, TaskForce, |s, f| {
    to(f, "of", &s.of);
});
impl_record!(BorderArea, BorderArea, |s, f| {
    to(f, "of", &s.of);
});
impl_record!(Event, Event, |s, f| {
    if let Some(of) = &s.of {
        to(f, "of", of);
    }
    for link in s.documents.iter() {
        f("documents", RecordKind::Document, &link.document);
    }
});
impl_record!(Document, Document, |_s, _f| {});
impl_record!(Participation, Participation, |s, f| {
    match &s.party {
        Party::Organisation(id) => f("party", RecordKind::Organisation, id),
        Party::Body(body) => to(f, "party", body),
        Party::Country(_) => {}
    }
    to(f, "subject", &s.subject);
});
impl_record!(Seizure, Seizure, |s, f| {
    if let Some(p) = &s.programme {
        f("programme", RecordKind::Programme, p);
    }
    if let Some(p) = &s.project {
        f("project", RecordKind::Project, p);
    }
    if let Some(o) = &s.operation {
        f("operation", RecordKind::Operation, o);
    }
});
impl_record!(Outcome, Outcome, |s, f| {
    to(f, "of", &s.of);
});
impl_record!(Budget, Budget, |s, f| {
    to(f, "of", &s.of);
});
impl_record!(StatedList, StatedList, |s, f| {
    to(f, "of", &s.of);
    for item in s.items.iter() {
        to(f, "items", item);
    }
});
impl_record!(Relation, Relation, |s, f| {
    to(f, "from", &s.from);
    to(f, "to", &s.to);
});
impl_record!(Statement, Statement, |s, f| {
    to(f, "of", &s.of);
    for about in s.about.iter() {
        to(f, "about", about);
    }
});
