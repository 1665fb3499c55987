//! The typed handles of `eu_celac_drugs::ids`: derived from the dataset, never forgotten.
//!
//! `src/ids.rs` is generated here from the compiled-in dataset. After a change to the data,
//! regenerate it with `UPDATE_IDS=1 cargo test --test data ids`; without `UPDATE_IDS` the test
//! fails when the file is not what the data gives.

use std::collections::{BTreeSet, HashSet};
use std::fmt::Write as _;

use eu_celac_drugs::{EventKind, Index, RecordKind, RecordRef, Ref, ids, report_2021_2022};

/// The kinds of record that every one of has a handle.
const ALL_OF: [RecordKind; 13] = [
    RecordKind::Organisation,
    RecordKind::Instrument,
    RecordKind::Programme,
    RecordKind::Phase,
    RecordKind::Project,
    RecordKind::Operation,
    RecordKind::WorkingGroup,
    RecordKind::Network,
    RecordKind::Committee,
    RecordKind::WorkArea,
    RecordKind::TaskForce,
    RecordKind::BorderArea,
    RecordKind::Document,
];

/// The events that have a handle: the named occasions a user looks for, not the trainings,
/// missions, assessments and working meetings that the report mentions in passing.
const KEY_EVENTS: [EventKind; 9] = [
    EventKind::HighLevelMeeting,
    EventKind::TechnicalCommitteeMeeting,
    EventKind::MinisterialMeeting,
    EventKind::KickOff,
    EventKind::Session,
    EventKind::SideEvent,
    EventKind::Conference,
    EventKind::Signing,
    EventKind::Launch,
];

/// The order of kinds in the module, and the name of each in the module's documentation.
const KIND_ORDER: [(RecordKind, &str); 14] = [
    (RecordKind::Programme, "Programmes"),
    (RecordKind::Phase, "Phases"),
    (RecordKind::Project, "Projects, sub-projects and components"),
    (RecordKind::Operation, "Operations"),
    (RecordKind::Committee, "Committees"),
    (RecordKind::WorkingGroup, "Working groups"),
    (RecordKind::Network, "Networks"),
    (RecordKind::WorkArea, "Work areas"),
    (RecordKind::TaskForce, "Task forces"),
    (RecordKind::BorderArea, "Border areas"),
    (RecordKind::Event, "Key events"),
    (RecordKind::Document, "Documents"),
    (RecordKind::Organisation, "Organisations"),
    (RecordKind::Instrument, "Funding instruments"),
];

/// The records of the compiled-in report that must have a handle, in the module's order.
fn expected() -> Vec<RecordRef<'static>> {
    let report = report_2021_2022();
    let mut out = Vec::new();
    for (kind, _) in KIND_ORDER {
        for (k, id, _) in report.records().filter(|(k, _, _)| *k == kind) {
            let record = report.get(&Ref::new(k, id.clone())).unwrap();
            let wanted = match record {
                RecordRef::Event(e) => KEY_EVENTS.contains(&e.kind()),
                _ => ALL_OF.contains(&k),
            };
            if wanted {
                out.push(record);
            }
        }
    }
    out
}

/// The constant's name for an id: upper case, separators as underscores.
fn const_name(id: &str) -> String {
    let name: String =
        id.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) { format!("ID_{name}") } else { name }
}

/// Text safe in Markdown: the characters that would start markup are escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` as `///` lines of at most `width` characters after the indent.
fn doc_lines(out: &mut String, indent: &str, marker: &str, text: &str, width: usize) {
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            writeln!(out, "{indent}{marker} {line}").unwrap();
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        writeln!(out, "{indent}{marker} {line}").unwrap();
    }
}

fn kind_words(kind: RecordKind) -> String {
    let words = kind.to_string().replace('_', " ");
    let mut chars = words.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The text of `src/ids.rs`.
fn generate() -> String {
    let records = expected();
    let mut out = String::new();
    let header = [
        "Typed handles: the ids of the compiled-in records a user looks for, as constants, so that a \
         lookup or a comparison names its record and the compiler checks the name: \
         `report.project(&ids::AIRCOP)`, `seizure.project() == Some(&ids::AIRCOP)`, \
         `participation.subject().id == ids::CLASI`.",
        "Every programme, phase, project (with its sub-projects and components), operation, committee, \
         working group, network, work area, task force, border area, document, organisation and funding \
         instrument of the report has a handle, and so has every key event: the High-Level Meetings, the \
         Technical Committee meetings, ministerial meetings, the kick-off, sessions, side events, \
         conferences, signings and launches. A constant's name is its id in capitals, with `_` for `.` \
         and `-` (`copolad.iii` is [`COPOLAD_III`]); its documentation gives the record's kind and name. \
         [`ALL`] lists every handle with its kind.",
        "This module is generated from the compiled-in dataset by the test in `tests/data/ids.rs`, which \
         also checks that every handle resolves to a record of its kind and that no record of those kinds \
         lacks one; after a change to the data, regenerate it with `UPDATE_IDS=1 cargo test --test data ids`.",
    ];
    for (i, paragraph) in header.iter().enumerate() {
        if i > 0 {
            out.push_str("//!\n");
        }
        doc_lines(&mut out, "", "//!", paragraph, 96);
    }
    out.push_str(
        "//!\n//! ```\n//! use eu_celac_drugs::{RecordKind, Ref, ids};\n//!\n\
         //! let report = eu_celac_drugs::report_2021_2022();\n\
         //! let aircop = report.project(&ids::AIRCOP).unwrap();\n\
         //! assert_eq!(aircop.programme(), &ids::GIFP);\n\
         //! assert!(report.seizures().iter().any(|s| s.project() == Some(&ids::AIRCOP)));\n\
         //! // Every handle names a record of the kind it lists.\n\
         //! assert!(ids::ALL.iter().all(|r| report.get(r).is_some()));\n\
         //! assert!(ids::ALL.contains(&Ref::new(RecordKind::Committee, ids::CLASI)));\n\
         //! ```\n",
    );
    for (kind, title) in KIND_ORDER {
        let names: Vec<String> =
            records.iter().filter(|r| r.kind() == kind).map(|r| format!("[`{}`]", const_name(r.id()))).collect();
        if names.is_empty() {
            continue;
        }
        out.push_str("//!\n");
        doc_lines(&mut out, "", "//!", &format!("**{title}**: {}.", names.join(", ")), 96);
    }
    out.push_str("\nuse crate::model::id::Id;\nuse crate::model::record::{RecordKind, Ref};\n");
    let index = Index::new(report_2021_2022());
    let mut seen = HashSet::new();
    for record in &records {
        let name = const_name(record.id());
        assert!(seen.insert(name.clone()), "two ids give the constant name {name}");
        let r = record.to_ref();
        let label = index.label_of(&r);
        let mut text = format!("{} `{}`: **{}**", kind_words(record.kind()), record.id(), escape(&label));
        if let Some(full) = record.name().filter(|full| !label.contains(full)) {
            write!(text, ", {}", escape(full)).unwrap();
        }
        let mut details = Vec::new();
        match record {
            RecordRef::Event(e) => details.extend(e.date().map(|d| d.to_string())),
            RecordRef::TaskForce(t) => match (t.location(), t.host()) {
                (Some(place), Some(country)) => details.push(format!("at {} in {}", place.name(), country.name_en())),
                (Some(place), None) => details.push(format!("at {}", place.name())),
                (None, Some(country)) => details.push(format!("in {}", country.name_en())),
                (None, None) => {}
            },
            _ => {}
        }
        if let Some(parent) = index.parent_of(&r) {
            details.push(format!("of {}", index.label_of(&parent)));
        }
        if !details.is_empty() {
            write!(text, " ({})", escape(&details.join("; "))).unwrap();
        }
        text.push('.');
        out.push('\n');
        doc_lines(&mut out, "", "///", &text, 110);
        // as rustfmt writes it: on two lines when one would pass 120 characters
        let line = format!("pub const {name}: Id = Id::lit(\"{}\");", record.id());
        if line.len() > 120 {
            writeln!(out, "pub const {name}: Id =\n    Id::lit(\"{}\");", record.id()).unwrap();
        } else {
            writeln!(out, "{line}").unwrap();
        }
    }
    out.push_str("\n/// Every handle of this module with the kind of its record, in the order of the module's list.\n");
    out.push_str("pub const ALL: &[Ref] = &[\n");
    for record in &records {
        writeln!(out, "    Ref::new(RecordKind::{:?}, {}),", record.kind(), const_name(record.id())).unwrap();
    }
    out.push_str("];\n");
    out
}

#[test]
fn every_handle_resolves_to_a_record_of_its_kind() {
    let report = report_2021_2022();
    for r in ids::ALL {
        assert!(report.get(r).is_some(), "{r} resolves to no record of its kind");
    }
    let distinct: HashSet<&Ref> = ids::ALL.iter().collect();
    assert_eq!(distinct.len(), ids::ALL.len(), "a handle is listed twice");
}

#[test]
fn every_record_of_the_listed_kinds_has_a_handle() {
    let listed: BTreeSet<String> = ids::ALL.iter().map(ToString::to_string).collect();
    let wanted: BTreeSet<String> = expected().iter().map(|r| r.to_ref().to_string()).collect();
    let missing: Vec<&String> = wanted.difference(&listed).collect();
    let extra: Vec<&String> = listed.difference(&wanted).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "handles missing: {missing:?}; handles of no such record: {extra:?}; \
         regenerate with UPDATE_IDS=1 cargo test --test data ids"
    );
    // The rule covers what the report is about: all its programmes, projects and bodies.
    let report = report_2021_2022();
    for kind in [RecordKind::Programme, RecordKind::Project, RecordKind::Phase, RecordKind::Committee] {
        let n = report.records().filter(|(k, _, _)| *k == kind).count();
        assert!(n > 0 && ids::ALL.iter().filter(|r| r.kind == kind).count() == n, "{kind}");
    }
    // Every kind of key event the report has is there: the High-Level Meetings, the Technical
    // Committee meetings, the kick-off.
    for kind in [EventKind::HighLevelMeeting, EventKind::TechnicalCommitteeMeeting, EventKind::KickOff] {
        let events: Vec<_> = report.events().iter().filter(|e| e.kind() == kind).collect();
        assert!(!events.is_empty());
        assert!(events.iter().all(|e| ids::ALL.contains(&Ref::new(RecordKind::Event, e.id().clone()))));
    }
}

#[test]
fn the_ids_module_is_what_the_data_gives() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ids.rs");
    let generated = generate();
    let current = std::fs::read_to_string(path).unwrap();
    if current != generated {
        if std::env::var_os("UPDATE_IDS").is_some() {
            std::fs::write(path, &generated).unwrap();
        } else {
            panic!("src/ids.rs is not what the data gives: regenerate it with UPDATE_IDS=1 cargo test --test data ids");
        }
    }
}
