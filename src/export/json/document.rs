//! The walk over a JSON document: one pass over the text that validates each record as it
//! comes, keeping the records that load and the problems of those that do not.
//!
//! No tree of the whole document is built: each record is read from its own text (a slice of
//! the document), so the memory a load takes is that of the dataset it builds, plus a slice
//! per record and the problems kept. Keys are checked as they come: an unknown key or a key
//! seen before in the same object is a problem (below the top level, the records' serde forms
//! refuse both).

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::path::{extend, first_duplicate_key, key_segment, locate_in, record_path};
use super::problems::{LoadProblem, LoadProblemKind, Problems, classify};
use crate::dataset::DatasetParts;
use crate::model::record::RecordKind;
use crate::{
    BorderArea, BorderAreaParts, Budget, BudgetParts, Committee, CommitteeParts, Document, DocumentParts, Event,
    EventParts, Instrument, InstrumentParts, Network, NetworkParts, Operation, OperationParts, Organisation,
    OrganisationParts, Outcome, OutcomeParts, Participation, ParticipationParts, Phase, PhaseParts, Programme,
    ProgrammeParts, Project, ProjectParts, Record, Relation, RelationParts, ReportMeta, Seizure, SeizureParts,
    StatedList, StatedListParts, Statement, StatementParts, TaskForce, TaskForceParts, ValidationError, WorkArea,
    WorkAreaParts, WorkingGroup, WorkingGroupParts,
};

/// The records of one table that loaded, and for each its index in the document's array and
/// its text (to find the JSON path of a problem the dataset's checks report later).
struct Loaded<'de, T> {
    records: Vec<T>,
    sources: Vec<(usize, &'de str)>,
}

impl<T> Default for Loaded<'_, T> {
    fn default() -> Self {
        Self { records: Vec::new(), sources: Vec::new() }
    }
}

/// What every record's load reports to: the problems, and the ids of the records that failed
/// (so that references to them are not reported a second time).
#[derive(Default)]
pub(super) struct Context {
    pub(super) problems: Problems,
    pub(super) failed_ids: HashSet<String>,
}

macro_rules! tables {
    ($( $field:ident : $ty:ident / $parts:ident ),* $(,)?) => {
        /// The tables of the document as they load.
        #[derive(Default)]
        pub(super) struct Tables<'de> {
            $( $field: Loaded<'de, $ty>, )*
        }

        /// The top-level keys of a document, in the order [`to_json`](super::to_json) writes them.
        pub(super) const TOP_LEVEL: &[&str] = &["schema_version", "meta", $( stringify!($field), )*];

        impl<'de> Tables<'de> {
            /// Loads the value of the top-level key `name` as that table, or answers false when
            /// no table has that name.
            fn load<A: MapAccess<'de>>(&mut self, name: &str, map: &mut A, cx: &mut Context) -> Result<bool, A::Error> {
                match name {
                    $(
                        stringify!($field) => map.next_value_seed(Records::<$parts, $ty> {
                            name: stringify!($field),
                            new: $ty::new,
                            loaded: &mut self.$field,
                            cx,
                        })?,
                    )*
                    _ => return Ok(false),
                }
                Ok(true)
            }

            /// The kind of the records of the table `name`.
            fn kind(name: &str) -> Option<RecordKind> {
                match name {
                    $( stringify!($field) => Some(<$ty as Record>::KIND), )*
                    _ => None,
                }
            }

            /// The dataset's parts with `meta`, and where each of their records is in the document.
            pub(super) fn finish(self, meta: ReportMeta) -> (DatasetParts, Vec<(&'static str, Vec<(usize, &'de str)>)>) {
                let Self { $( $field, )* } = self;
                let sources = vec![ $( (stringify!($field), $field.sources), )* ];
                (DatasetParts { meta, $( $field: $field.records, )* }, sources)
            }
        }
    };
}

tables! {
    organisations: Organisation / OrganisationParts,
    instruments: Instrument / InstrumentParts,
    programmes: Programme / ProgrammeParts,
    phases: Phase / PhaseParts,
    projects: Project / ProjectParts,
    operations: Operation / OperationParts,
    working_groups: WorkingGroup / WorkingGroupParts,
    networks: Network / NetworkParts,
    committees: Committee / CommitteeParts,
    work_areas: WorkArea / WorkAreaParts,
    task_forces: TaskForce / TaskForceParts,
    border_areas: BorderArea / BorderAreaParts,
    events: Event / EventParts,
    documents: Document / DocumentParts,
    participations: Participation / ParticipationParts,
    seizures: Seizure / SeizureParts,
    outcomes: Outcome / OutcomeParts,
    budgets: Budget / BudgetParts,
    lists: StatedList / StatedListParts,
    relations: Relation / RelationParts,
    statements: Statement / StatementParts,
}

/// The document as it loads.
pub(super) struct Reading<'de> {
    pub(super) cx: Context,
    /// The problem with `schema_version`, which is reported alone (a document of another version
    /// is not checked against this one's rules); the rest of the document is then only read.
    pub(super) refused_version: Option<LoadProblem>,
    /// The kinds of the tables given twice: references to them are not checked (the document
    /// does not say which of the two they refer to), the duplicate key is the problem.
    pub(super) duplicated: Vec<RecordKind>,
    /// `meta`, when it loaded, and its text, when it was there.
    pub(super) meta: Option<ReportMeta>,
    pub(super) meta_text: Option<&'de str>,
    pub(super) tables: Tables<'de>,
    /// Which of the [`TOP_LEVEL`] keys were seen.
    seen: Vec<bool>,
    /// Checks the version's text (`Err` with the problem when it is not the one read).
    check_version: fn(&str) -> Result<(), LoadProblemKind>,
}

impl<'de> Reading<'de> {
    /// Reads the document `text` (the root and every record); `Err` when the text is not JSON.
    pub(super) fn read(
        text: &'de str,
        check_version: fn(&str) -> Result<(), LoadProblemKind>,
    ) -> serde_json::Result<Self> {
        let mut document = Self {
            cx: Context::default(),
            refused_version: None,
            duplicated: Vec::new(),
            meta: None,
            meta_text: None,
            tables: Tables::default(),
            seen: vec![false; TOP_LEVEL.len()],
            check_version,
        };
        let mut de = serde_json::Deserializer::from_str(text);
        Root(&mut document).deserialize(&mut de)?;
        de.end()?;
        Ok(document)
    }

    /// The top-level keys that did not appear, in the order of [`TOP_LEVEL`].
    pub(super) fn missing(&self) -> impl Iterator<Item = &'static str> + '_ {
        TOP_LEVEL.iter().zip(&self.seen).filter(|(_, seen)| !**seen).map(|(key, _)| *key)
    }

    /// Loads the value of one top-level key.
    fn entry<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<(), A::Error> {
        if self.refused_version.is_some() {
            map.next_value::<IgnoredAny>()?;
            return Ok(());
        }
        let path = || format!("${}", key_segment(key));
        let Some(slot) = TOP_LEVEL.iter().position(|k| *k == key) else {
            self.cx.problems.push(path(), LoadProblemKind::UnknownField { field: key.to_owned() });
            map.next_value::<IgnoredAny>()?;
            return Ok(());
        };
        if self.seen.get(slot).copied().unwrap_or_default() {
            self.cx.problems.push(path(), LoadProblemKind::DuplicateKey { key: key.to_owned() });
            self.duplicated.extend(Tables::kind(key));
            map.next_value::<IgnoredAny>()?;
            return Ok(());
        }
        if let Some(seen) = self.seen.get_mut(slot) {
            *seen = true;
        }
        match key {
            "schema_version" => {
                let raw: &'de RawValue = map.next_value()?;
                if let Err(kind) = (self.check_version)(raw.get()) {
                    self.refused_version = Some(LoadProblem { path: path(), kind });
                }
            }
            "meta" => {
                let raw: &'de RawValue = map.next_value()?;
                self.meta_text = Some(raw.get());
                self.meta = load(raw.get(), || "$.meta".to_owned(), ReportMeta::new, &mut self.cx);
            }
            table => {
                self.tables.load(table, map, &mut self.cx)?;
            }
        }
        Ok(())
    }
}

/// Loads one record (or the metadata) of type `T` from its text, through its parts `P`;
/// `None` after reporting the problem, at the JSON path below `at()` (made only then).
fn load<P, T>(
    text: &str,
    at: impl FnOnce() -> String,
    new: fn(P) -> Result<T, ValidationError>,
    cx: &mut Context,
) -> Option<T>
where
    P: de::DeserializeOwned,
{
    let mut de = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, P>(&mut de) {
        Ok(parts) => match new(parts) {
            Ok(record) => Some(record),
            Err(e) => {
                if cx.problems.is_full() {
                    cx.problems.count();
                } else {
                    cx.problems.push(locate_in(text, &at(), e.field(), None), LoadProblemKind::Invalid(e));
                }
                None
            }
        },
        Err(e) => {
            if cx.problems.is_full() {
                cx.problems.count();
                return None;
            }
            // A repeated key is the first thing to fix, wherever serde stopped.
            if let Some((below, key)) = first_duplicate_key(text) {
                cx.problems.push(format!("{}{below}", at()), LoadProblemKind::DuplicateKey { key });
                return None;
            }
            let mut path = extend(&at(), e.path());
            let error = e.into_inner();
            let kind = classify(&message(&error));
            // A key refused on its own (unknown, or seen before) is reported at the key.
            if let LoadProblemKind::UnknownField { field: key } | LoadProblemKind::DuplicateKey { key } = &kind {
                let segment = key_segment(key);
                if !path.ends_with(&segment) {
                    path.push_str(&segment);
                }
            }
            cx.problems.push(path, kind);
            None
        }
    }
}

/// A JSON error's message without the position serde_json appends (which would be a position
/// within one record's text, not within the document).
pub(super) fn message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => text,
    }
}

/// The id of a record, when its text has one (read alone, whatever else the record holds, and
/// wherever it stands in the record; not when the record gives `id` twice): for a record that
/// failed to load, to name it in the paths of its problems and to leave out references to it.
fn record_id(text: &str) -> Option<Cow<'_, str>> {
    #[derive(Deserialize)]
    struct IdOf<'a> {
        #[serde(borrow)]
        id: Option<Cow<'a, str>>,
    }
    // An object only: serde's derive would read an array as the fields in order (`["x"]`).
    if !text.trim_start().starts_with('{') {
        return None;
    }
    serde_json::from_str::<IdOf<'_>>(text).ok().and_then(|r| r.id)
}

/// The JSON type of a value, for messages.
const fn type_name(found: Found) -> &'static str {
    match found {
        Found::Null => "null",
        Found::Boolean => "a boolean",
        Found::Number => "a number",
        Found::String => "a string",
        Found::Array => "an array",
        Found::Object => "an object",
    }
}

/// The JSON type of a value that is not the container expected.
#[derive(Clone, Copy)]
enum Found {
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// The `visit_` methods of a visitor that expects one kind of container (`Value = ()`): every
/// other JSON type goes to `self.wrong(found)`, after its contents are read.
macro_rules! other_types {
    ($($container:ident)*) => {
        fn visit_unit<E: de::Error>(self) -> Result<(), E> {
            self.wrong(Found::Null);
            Ok(())
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
            self.wrong(Found::Boolean);
            Ok(())
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
            self.wrong(Found::Number);
            Ok(())
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
            self.wrong(Found::Number);
            Ok(())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
            self.wrong(Found::Number);
            Ok(())
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
            self.wrong(Found::String);
            Ok(())
        }
        $( other_types!(@ $container); )*
    };
    (@ seq) => {
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            self.wrong(Found::Array);
            Ok(())
        }
    };
    (@ map) => {
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            self.wrong(Found::Object);
            Ok(())
        }
    };
}

/// The document's root: an object of the top-level keys.
struct Root<'a, 'de>(&'a mut Reading<'de>);

impl Root<'_, '_> {
    fn wrong(self, found: Found) {
        let message = format!("expected an object, found {}", type_name(found));
        self.0.cx.problems.push("$", LoadProblemKind::WrongType { message });
        // Nothing else is reported about a document that is not an object.
        self.0.seen.fill(true);
    }
}

impl<'de> DeserializeSeed<'de> for Root<'_, 'de> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Root<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON document of the dataset")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            self.0.entry(&key, &mut map)?;
        }
        Ok(())
    }

    other_types!(seq);
}

/// The array of one table: each record loads from its own text.
struct Records<'a, 'de, P, T> {
    name: &'static str,
    new: fn(P) -> Result<T, ValidationError>,
    loaded: &'a mut Loaded<'de, T>,
    cx: &'a mut Context,
}

impl<P, T> Records<'_, '_, P, T> {
    fn wrong(self, found: Found) {
        let message = format!("expected an array, found {}", type_name(found));
        self.cx.problems.push(format!("${}", key_segment(self.name)), LoadProblemKind::WrongType { message });
    }
}

impl<'de, P: de::DeserializeOwned, T> DeserializeSeed<'de> for Records<'_, 'de, P, T> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, P: de::DeserializeOwned, T> Visitor<'de> for Records<'_, 'de, P, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the array of {}", self.name)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        while let Some(raw) = seq.next_element::<&'de RawValue>()? {
            let text = raw.get();
            let name = self.name;
            // The record's path names its id when it has a valid one: `$.seizures[0](aircop.2021.cocaine)`.
            let at = || record_path(name, index, record_id(text).as_deref());
            match load(text, at, self.new, self.cx) {
                Some(record) => {
                    self.loaded.records.push(record);
                    self.loaded.sources.push((index, text));
                }
                None => {
                    if let Some(id) = record_id(text) {
                        self.cx.failed_ids.insert(id.into_owned());
                    }
                }
            }
            index = index.saturating_add(1);
        }
        Ok(())
    }

    other_types!(map);
}

/// An object key: borrowed from the document when it has no escapes.
pub(super) struct Key<'de>(pub(super) Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}
