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
    fn references(&self) -> Vec<(&'static str, Ref)>;

    /// A reference to this record.
    fn as_ref_to(&self) -> Ref {
        Ref::new(Self::KIND, self.record_id().clone())
    }
}

fn r(kind: RecordKind, id: &Id) -> Ref {
    Ref::new(kind, id.clone())
}

macro_rules! impl_record {
    ($ty:ty, $kind:ident, |$s:ident, $out:ident| $body:block) => {
        impl Record for $ty {
            const KIND: RecordKind = RecordKind::$kind;
            fn record_id(&self) -> &Id {
                &self.id
            }
            fn record_source(&self) -> &SourceRef {
                &self.source
            }
            fn references(&self) -> Vec<(&'static str, Ref)> {
                let $s = self;
                let mut $out: Vec<(&'static str, Ref)> = Vec::new();
                $body
                $out
            }
        }
    };
}

impl_record!(Organisation, Organisation, |s, out| {
    if let Some(p) = &s.parent {
        out.push(("parent", r(RecordKind::Organisation, p)));
    }
});
impl_record!(Instrument, Instrument, |_s, _out| {});
impl_record!(Programme, Programme, |_s, _out| {});
impl_record!(Phase, Phase, |s, out| {
    out.push(("of", s.of.clone()));
});
impl_record!(Project, Project, |s, out| {
    out.push(("programme", r(RecordKind::Programme, &s.programme)));
    if let Some(p) = &s.parent {
        out.push(("parent", r(RecordKind::Project, p)));
    }
});
impl_record!(Operation, Operation, |s, out| {
    out.push(("of", s.of.clone()));
});
impl_record!(WorkingGroup, WorkingGroup, |s, out| {
    out.push(("of", s.of.clone()));
});
impl_record!(Network, Network, |s, out| {
    if let Some(of) = &s.of {
        out.push(("of", of.clone()));
    }
});
impl_record!(Committee, Committee, |s, out| {
    if let Some(of) = &s.of {
        out.push(("of", of.clone()));
    }
});
impl_record!(WorkArea, WorkArea, |s, out| {
    out.push(("of", s.of.clone()));
});
impl_record!(TaskForce, TaskForce, |s, out| {
    out.push(("of", s.of.clone()));
});
impl_record!(BorderArea, BorderArea, |s, out| {
    out.push(("of", s.of.clone()));
});
impl_record!(Event, Event, |s, out| {
    if let Some(of) = &s.of {
        out.push(("of", of.clone()));
    }
    for link in s.documents.iter() {
        out.push(("documents", r(RecordKind::Document, &link.document)));
    }
});
impl_record!(Document, Document, |_s, _out| {});
impl_record!(Participation, Participation, |s, out| {
    match &s.party {
        Party::Organisation(id) => out.push(("party", r(RecordKind::Organisation, id))),
        Party::Body(body) => out.push(("party", body.clone())),
        Party::Country(_) => {}
    }
    out.push(("subject", s.subject.clone()));
});
impl_record!(Seizure, Seizure, |s, out| {
    if let Some(p) = &s.programme {
        out.push(("programme", r(RecordKind::Programme, p)));
    }
    if let Some(p) = &s.project {
        out.push(("project", r(RecordKind::Project, p)));
    }
    if let Some(o) = &s.operation {
        out.push(("operation", r(RecordKind::Operation, o)));
    }
});
impl_record!(Outcome, Outcome, |s, out| {
    out.push(("of", s.of.clone()));
});
impl_record!(Budget, Budget, |s, out| {
    out.push(("of", s.of.clone()));
});
impl_record!(StatedList, StatedList, |s, out| {
    out.push(("of", s.of.clone()));
    for item in s.items.iter() {
        out.push(("items", item.clone()));
    }
});
impl_record!(Relation, Relation, |s, out| {
    out.push(("from", s.from.clone()));
    out.push(("to", s.to.clone()));
});
impl_record!(Statement, Statement, |s, out| {
    out.push(("of", s.of.clone()));
    for about in s.about.iter() {
        out.push(("about", about.clone()));
    }
});
