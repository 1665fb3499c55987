//! Small valid datasets built from the record strategies, with consistent ids and references.

use std::borrow::Cow;
use std::collections::HashMap;

use eu_celac_drugs::*;
use proptest::collection::vec;
use proptest::prelude::*;

use crate::strategies::records::*;

fn id(kind: RecordKind, i: usize) -> Id {
    Id::new(format!("{kind}-{i}")).unwrap()
}

/// Points a reference at an existing record of the same kind (every kind has at least one).
struct Fixer(HashMap<RecordKind, usize>);

impl Fixer {
    fn id(&self, kind: RecordKind, seed: &Id) -> Id {
        let n = self.0.get(&kind).copied().unwrap_or(1).max(1);
        id(kind, seed.as_str().len() % n)
    }
    fn r(&self, r: &Ref) -> Ref {
        Ref::new(r.kind, self.id(r.kind, &r.id))
    }
}

macro_rules! renumber {
    ($v:expr, $kind:ident) => {
        for (i, p) in $v.iter_mut().enumerate() {
            p.id = id(RecordKind::$kind, i);
        }
    };
}

/// Any small valid dataset: one to two records of every kind, all references resolved.
pub fn any_dataset() -> impl Strategy<Value = Dataset> {
    let a = (
        vec(any_organisation(), 1..3),
        vec(any_instrument(), 1..2),
        vec(any_programme(), 1..3),
        vec(any_phase(), 1..2),
        vec(any_project(), 1..3),
        vec(any_operation(), 1..2),
        vec(any_working_group(), 1..2),
        vec(any_network(), 1..2),
        vec(any_committee(), 1..2),
        vec(any_work_area(), 1..2),
    );
    let b = (
        vec(any_task_force(), 1..2),
        vec(any_border_area(), 1..2),
        vec(any_event(), 1..3),
        vec(any_document(), 1..3),
        vec(any_participation(), 1..4),
        vec(any_seizure(), 1..3),
        vec(any_outcome(), 1..2),
        vec(any_budget(), 1..2),
        vec(any_stated_list(), 1..2),
        vec(any_relation(), 1..3),
        vec(any_statement(), 1..2),
    );
    (a, b).prop_map(|(a, b)| build(a, b))
}

type A = (
    Vec<OrganisationParts>,
    Vec<InstrumentParts>,
    Vec<ProgrammeParts>,
    Vec<PhaseParts>,
    Vec<ProjectParts>,
    Vec<OperationParts>,
    Vec<WorkingGroupParts>,
    Vec<NetworkParts>,
    Vec<CommitteeParts>,
    Vec<WorkAreaParts>,
);
type B = (
    Vec<TaskForceParts>,
    Vec<BorderAreaParts>,
    Vec<EventParts>,
    Vec<DocumentParts>,
    Vec<ParticipationParts>,
    Vec<SeizureParts>,
    Vec<OutcomeParts>,
    Vec<BudgetParts>,
    Vec<StatedListParts>,
    Vec<RelationParts>,
    Vec<StatementParts>,
);

#[allow(clippy::too_many_lines)]
fn build(a: A, b: B) -> Dataset {
    let (mut org, mut ins, mut prg, mut pha, mut prj, mut ope, mut wg, mut net, mut com, mut wa) = a;
    let (mut tf, mut ba, mut ev, mut doc, mut par, mut sei, mut out, mut bud, mut lis, mut rel, mut sta) = b;
    renumber!(org, Organisation);
    renumber!(ins, Instrument);
    renumber!(prg, Programme);
    renumber!(pha, Phase);
    renumber!(prj, Project);
    renumber!(ope, Operation);
    renumber!(wg, WorkingGroup);
    renumber!(net, Network);
    renumber!(com, Committee);
    renumber!(wa, WorkArea);
    renumber!(tf, TaskForce);
    renumber!(ba, BorderArea);
    renumber!(ev, Event);
    renumber!(doc, Document);
    renumber!(par, Participation);
    renumber!(sei, Seizure);
    renumber!(out, Outcome);
    renumber!(bud, Budget);
    renumber!(lis, StatedList);
    renumber!(rel, Relation);
    renumber!(sta, Statement);
    let counts = [
        (RecordKind::Organisation, org.len()),
        (RecordKind::Instrument, ins.len()),
        (RecordKind::Programme, prg.len()),
        (RecordKind::Phase, pha.len()),
        (RecordKind::Project, prj.len()),
        (RecordKind::Operation, ope.len()),
        (RecordKind::WorkingGroup, wg.len()),
        (RecordKind::Network, net.len()),
        (RecordKind::Committee, com.len()),
        (RecordKind::WorkArea, wa.len()),
        (RecordKind::TaskForce, tf.len()),
        (RecordKind::BorderArea, ba.len()),
        (RecordKind::Event, ev.len()),
        (RecordKind::Document, doc.len()),
        (RecordKind::Participation, par.len()),
        (RecordKind::Seizure, sei.len()),
        (RecordKind::Outcome, out.len()),
        (RecordKind::Budget, bud.len()),
        (RecordKind::StatedList, lis.len()),
        (RecordKind::Relation, rel.len()),
        (RecordKind::Statement, sta.len()),
    ];
    let f = Fixer(counts.into_iter().collect());
    for o in &mut org {
        o.parent = None;
    }
    for p in &mut pha {
        p.of = f.r(&p.of);
    }
    for (i, p) in prj.iter_mut().enumerate() {
        p.programme = f.id(RecordKind::Programme, &p.programme);
        p.parent = p.parent.as_ref().map(|x| f.id(RecordKind::Project, x)).filter(|x| *x != id(RecordKind::Project, i));
    }
    for x in &mut ope {
        x.of = f.r(&x.of);
    }
    for x in &mut wg {
        x.of = f.r(&x.of);
    }
    for x in &mut net {
        x.of = x.of.as_ref().map(|r| f.r(r));
    }
    for x in &mut com {
        x.of = x.of.as_ref().map(|r| f.r(r));
    }
    for x in &mut wa {
        x.of = f.r(&x.of);
    }
    for x in &mut tf {
        x.of = f.r(&x.of);
    }
    for x in &mut ba {
        x.of = f.r(&x.of);
    }
    for x in &mut ev {
        x.of = x.of.as_ref().map(|r| f.r(r));
        let mut links: Vec<DocumentLink> = Vec::new();
        for l in x.documents.iter() {
            let document = f.id(RecordKind::Document, &l.document);
            if !links.iter().any(|k| k.document == document) {
                links.push(DocumentLink { document, action: l.action });
            }
        }
        x.documents = Cow::Owned(links);
    }
    for x in &mut par {
        x.subject = f.r(&x.subject);
        match &x.party {
            Party::Organisation(o) => {
                let o = f.id(RecordKind::Organisation, o);
                x.party = if x.subject.id == o { Party::Country(Country::AR) } else { Party::Organisation(o) };
            }
            Party::Body(b) => {
                let b = f.r(b);
                x.party = if x.subject == b { Party::Country(Country::AR) } else { Party::Body(b) };
            }
            Party::Country(_) => {}
        }
    }
    for x in &mut sei {
        x.project = x.project.as_ref().map(|p| f.id(RecordKind::Project, p));
        x.operation = x.operation.as_ref().map(|p| f.id(RecordKind::Operation, p));
    }
    for x in &mut out {
        x.of = f.r(&x.of);
    }
    for x in &mut bud {
        x.of = f.r(&x.of);
    }
    for x in &mut lis {
        x.of = f.r(&x.of);
        let mut items: Vec<Ref> = Vec::new();
        for r in x.items.iter().map(|r| f.r(r)) {
            if !items.contains(&r) {
                items.push(r);
            }
        }
        x.items = Cow::Owned(items);
    }
    for x in &mut rel {
        x.from = f.r(&x.from);
        x.to = f.r(&x.to);
    }
    for x in &mut rel {
        if x.from == x.to {
            let other =
                if x.from.kind == RecordKind::Programme { RecordKind::Organisation } else { RecordKind::Programme };
            x.to = Ref::new(other, id(other, 0));
        }
    }
    for x in &mut sta {
        x.of = f.r(&x.of);
        let mut about: Vec<Ref> = Vec::new();
        for r in x.about.iter().map(|r| f.r(r)) {
            if r != x.of && !about.contains(&r) {
                about.push(r);
            }
        }
        x.about = Cow::Owned(about);
    }
    let mut meta = report_2021_2022().meta().clone().into_parts();
    meta.adopted_at = Some(id(RecordKind::Event, 0));
    meta.cites = Cow::Owned(vec![id(RecordKind::Document, 0)]);
    macro_rules! validated {
        ($v:expr, $ty:ident) => {
            $v.into_iter().map(|p| $ty::new(p).unwrap()).collect()
        };
    }
    let parts = DatasetParts {
        meta: ReportMeta::new(meta).unwrap(),
        organisations: validated!(org, Organisation),
        instruments: validated!(ins, Instrument),
        programmes: validated!(prg, Programme),
        phases: validated!(pha, Phase),
        projects: validated!(prj, Project),
        operations: validated!(ope, Operation),
        working_groups: validated!(wg, WorkingGroup),
        networks: validated!(net, Network),
        committees: validated!(com, Committee),
        work_areas: validated!(wa, WorkArea),
        task_forces: validated!(tf, TaskForce),
        border_areas: validated!(ba, BorderArea),
        events: validated!(ev, Event),
        documents: validated!(doc, Document),
        participations: validated!(par, Participation),
        seizures: validated!(sei, Seizure),
        outcomes: validated!(out, Outcome),
        budgets: validated!(bud, Budget),
        lists: validated!(lis, StatedList),
        relations: validated!(rel, Relation),
        statements: validated!(sta, Statement),
    };
    match Dataset::new(parts) {
        Ok(d) => d,
        Err(e) => panic!("the generated dataset is invalid: {e}"),
    }
}
