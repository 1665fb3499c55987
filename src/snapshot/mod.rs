//! A compact, versioned binary snapshot of a dataset, for those who load large datasets often:
//! written once from a validated dataset, read back — checked in full — many times faster than
//! the JSON it stands beside. JSON stays the interchange format ([`export`](crate#features)); a
//! snapshot is a cache of a dataset, for this crate to read.
//!
//! ```
//! use eu_celac_drugs::snapshot;
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let bytes = snapshot::to_bytes(report);
//! let loaded = snapshot::from_bytes(&bytes)?;
//! assert_eq!(&loaded, report);
//! // A damaged snapshot is refused, never half-read.
//! let mut damaged = bytes.clone();
//! let last = damaged.len() - 1;
//! damaged[last] ^= 0xff;
//! assert!(matches!(snapshot::from_bytes(&damaged), Err(snapshot::SnapshotError::Damaged { .. })));
//! # Ok::<(), snapshot::SnapshotError>(())
//! ```
//!
//! # What it holds, and what reading it checks
//! A header — the bytes `EUCELAC`, a zero, the [format version](FORMAT_VERSION), the length of
//! the body and a 64-bit checksum of the body — then the body: every distinct text once (a
//! quote cited by many records, an id referred to by many is written once, and shared by every
//! record that cites it when read), the report's metadata, and every table of the dataset in
//! its order, each record's fields in a compact binary form (see `codec`).
//!
//! [`from_bytes`] refuses a snapshot of another format or version, a damaged one (a wrong
//! length or checksum), and one whose body does not read as a dataset, each with an error that
//! says where ([`SnapshotError`]). What it reads goes through the same checks as any dataset
//! ([`Dataset::new`](crate::Dataset::new)): every value, record, id, reference and section; the
//! first [`PROBLEM_LIMIT`] problems are kept and the rest counted, as the JSON loader does. The
//! cost of reading is bounded by the snapshot's size: no count can ask for more items than the
//! bytes that follow.

pub(crate) mod codec;

use std::fmt;
use std::io::{self, Write};

use self::codec::{Codec, Reader, Writer};
use crate::dataset::{Dataset, Problem};
use crate::error::ProblemList;
use crate::model::table::Table;
use crate::{Record, RecordKind, ReportMeta, ValidationError};

/// The version of the snapshot format this crate writes and reads. A snapshot of another
/// version is refused ([`SnapshotError::Version`]); write it again from its JSON.
pub const FORMAT_VERSION: u32 = 1;

/// How many problems of a snapshot that does not read as a valid dataset are kept; the rest are
/// counted ([`SnapshotError::Invalid`]).
pub const PROBLEM_LIMIT: usize = 1_000;

/// The bytes a snapshot starts with.
const MAGIC: [u8; 8] = *b"EUCELAC\0";
/// The length of the header: magic, version, body length, checksum.
const HEADER: usize = 8 + 4 + 8 + 8;

/// Why a snapshot was refused. Every variant says where, or what was found.
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SnapshotError {
    /// The bytes are not a snapshot of this crate.
    #[error("not a snapshot of eu-celac-drugs: it starts with {found:?}, not \"EUCELAC\"")]
    NotASnapshot {
        /// The first bytes found (at most eight), as text where they are.
        found: String,
    },
    /// A snapshot of another format version.
    #[error("a snapshot of format version {found}; this crate reads version {supported}: write it again from its JSON")]
    Version {
        /// The version found.
        found: u32,
        /// The version this crate reads ([`FORMAT_VERSION`]).
        supported: u32,
    },
    /// The snapshot is shorter or longer than its header says: cut, or added to.
    #[error("a damaged snapshot: its header says {expected} bytes of body, and {found} follow")]
    Truncated {
        /// The length of the body the header gives.
        expected: u64,
        /// The length that follows the header.
        found: u64,
    },
    /// The body's checksum is not the header's: its bytes were changed.
    #[error("a damaged snapshot: the checksum of its body is {found:#018x}, its header says {expected:#018x}")]
    Damaged {
        /// The checksum the header gives.
        expected: u64,
        /// The checksum of the body as found.
        found: u64,
    },
    /// The body does not read as a dataset: bytes where a value should be, at an offset.
    #[error("a malformed snapshot: {what} at byte {at} of its body")]
    Malformed {
        /// The offset in the body.
        at: usize,
        /// What was found, or expected.
        what: &'static str,
    },
    /// A value the crate refuses (a figure that is not positive, an id that is not a slug).
    #[error("a snapshot with an invalid value at byte {at} of its body: {source}")]
    Value {
        /// The offset in the body.
        at: usize,
        /// What is wrong with it.
        source: ValidationError,
    },
    /// The snapshot reads, but not as a valid dataset: broken references, repeated ids…
    #[error("{}", ProblemList { subject: "the snapshot", problems, omitted: *omitted })]
    Invalid {
        /// The problems found, at most [`PROBLEM_LIMIT`].
        problems: Vec<Problem>,
        /// How many more were found and not kept.
        omitted: usize,
    },
}

/// The message, as `Display` writes it (`{:#?}` writes the fields).
impl fmt::Debug for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Invalid { problems, omitted } if f.alternate() => {
                f.debug_struct("Invalid").field("problems", problems).field("omitted", omitted).finish()
            }
            _ => fmt::Display::fmt(self, f),
        }
    }
}

/// A checksum of `bytes`: eight bytes at a time, each step a bijection of the state, so that a
/// change to any one word always changes the result; fast (several gigabytes a second), not a
/// defence against a forger (the checks of the dataset are).
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    let mut last = [0u8; 8];
    for (to, from) in last.iter_mut().zip(chunks.remainder()) {
        *to = *from;
    }
    h = (h.rotate_left(23) ^ u64::from_le_bytes(last) ^ 0xff).wrapping_mul(K);
    h ^ (h >> 29)
}

/// The dataset's tables, in the order a snapshot holds them.
macro_rules! tables {
    ($m:ident) => {
        $m!(
            organisations,
            instruments,
            programmes,
            phases,
            projects,
            operations,
            working_groups,
            networks,
            committees,
            work_areas,
            task_forces,
            border_areas,
            events,
            documents,
            participations,
            seizures,
            outcomes,
            budgets,
            lists,
            relations,
            statements
        )
    };
}

/// The snapshot of `dataset`, as bytes.
///
/// ```
/// let bytes = eu_celac_drugs::snapshot::to_bytes(eu_celac_drugs::report_2021_2022());
/// assert!(bytes.starts_with(b"EUCELAC"));
/// ```
#[must_use]
pub fn to_bytes(dataset: &Dataset) -> Vec<u8> {
    let mut w = Writer::new();
    dataset.meta.encode(&mut w);
    macro_rules! write_tables {
        ($($t:ident),*) => {$(
            let records: Vec<_> = dataset.$t.iter().collect();
            w.len(records.len());
            for chunk in records.chunks(CHUNK) {
                let before = std::mem::take(&mut w.out);
                for record in chunk {
                    record.encode(&mut w);
                }
                let bytes = std::mem::replace(&mut w.out, before);
                w.len(bytes.len());
                w.out.extend_from_slice(&bytes);
            }
        )*};
    }
    tables!(write_tables);
    let records = std::mem::take(&mut w.out);
    w.len(w.table.len());
    let table = std::mem::take(&mut w.table);
    for s in &table {
        w.len(s.len());
        w.out.extend_from_slice(s.as_bytes());
    }
    let mut body = w.out;
    body.extend_from_slice(&records);
    let mut out = Vec::with_capacity(HEADER + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// Writes the snapshot of `dataset` to `out` (a file, a buffer).
///
/// # Errors
/// The writer's I/O errors.
pub fn write(dataset: &Dataset, mut out: impl Write) -> io::Result<()> {
    out.write_all(&to_bytes(dataset))
}

/// Reads a snapshot written by [`to_bytes`] or [`write()`] (of this format version), checking the
/// header, the checksum, every value, and the dataset as [`Dataset::new`](crate::Dataset::new)
/// does. A dataset read back equals the one written, and every repeated text in it is held once.
///
/// ```
/// use eu_celac_drugs::snapshot::{self, SnapshotError};
///
/// assert!(matches!(snapshot::from_bytes(b"{\"schema_version\": 2}"), Err(SnapshotError::NotASnapshot { .. })));
/// let bytes = snapshot::to_bytes(eu_celac_drugs::report_2021_2022());
/// assert!(matches!(snapshot::from_bytes(&bytes[..bytes.len() / 2]), Err(SnapshotError::Truncated { .. })));
/// ```
///
/// # Errors
/// A [`SnapshotError`] that says what is wrong and where.
pub fn from_bytes(bytes: &[u8]) -> Result<Dataset, SnapshotError> {
    read(bytes, RecordKind::ALL)
}

/// Reads only the tables of `kinds` from a snapshot — and the tables their records refer to,
/// and so on — leaving the others empty: what a question needs, at the cost of what it needs.
/// The seizure totals need the seizures, and the projects, operations and programmes they are
/// attributed to; not the million participations beside them.
///
/// Everything read is checked as [`from_bytes`] checks it: the header and the checksum (of the
/// whole snapshot), every value, every record, the ids of the records read among themselves,
/// every reference they make (each names a record read), every section. The tables left unread
/// are not checked; the dataset returned holds none of their records.
///
/// ```
/// use eu_celac_drugs::{RecordKind, snapshot};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// let bytes = snapshot::to_bytes(report);
/// let seizures = snapshot::from_bytes_only(&bytes, &[RecordKind::Seizure])?;
/// assert_eq!(seizures.seizures().len(), report.seizures().len());
/// assert!(seizures.participations().is_empty()); // not needed, not read
/// assert!(!seizures.projects().is_empty()); // what the seizures are attributed to
/// # Ok::<(), snapshot::SnapshotError>(())
/// ```
///
/// # Errors
/// A [`SnapshotError`] that says what is wrong and where.
pub fn from_bytes_only(bytes: &[u8], kinds: &[RecordKind]) -> Result<Dataset, SnapshotError> {
    read(bytes, kinds)
}

/// Reads the tables of `kinds`, and those their records refer to, from a snapshot, and checks
/// what it read.
fn read(bytes: &[u8], kinds: &[RecordKind]) -> Result<Dataset, SnapshotError> {
    let body = checked_body(bytes)?;
    let (strings, start) = codec::read_strings(body)?;
    let mut r = Reader::new(body.get(start..).unwrap_or(&[]), start, &strings);
    let meta = ReportMeta::decode(&mut r)?;
    // Where every table's chunks are, before any is read.
    let mut tables: Vec<Vec<Chunk<'_>>> = Vec::with_capacity(RecordKind::COUNT);
    for _ in 0..RecordKind::COUNT {
        let count = r.count()?;
        tables.push(chunks(&mut r, count)?);
    }
    if !r.is_done() {
        return Err(SnapshotError::Malformed { at: r.position(), what: "bytes after the last table" });
    }
    let two_cores = crate::parallel::two_cores();
    let mut wanted = [false; RecordKind::COUNT];
    for kind in kinds {
        if let Some(w) = wanted.get_mut(*kind as usize) {
            *w = true;
        }
    }
    // The metadata's own references: the meeting that adopted the report, the documents it cites.
    if meta.adopted_at().is_some() {
        if let Some(w) = wanted.get_mut(RecordKind::Event as usize) {
            *w = true;
        }
    }
    if !meta.cites().is_empty() {
        if let Some(w) = wanted.get_mut(RecordKind::Document as usize) {
            *w = true;
        }
    }
    macro_rules! empty {
        ($($t:ident),*) => { Dataset { meta, $( $t: Table::new(), )* } };
    }
    let mut dataset = tables!(empty);
    let mut read_yet = [false; RecordKind::COUNT];
    // Read what is wanted; then what it refers to, until nothing new is wanted.
    while let Some(next) =
        (0..RecordKind::COUNT).find(|&k| wanted.get(k) == Some(&true) && read_yet.get(k) == Some(&false))
    {
        if let Some(done) = read_yet.get_mut(next) {
            *done = true;
        }
        let chunks = tables.get(next).map_or(&[][..], Vec::as_slice);
        let mut refers = |kind: RecordKind| {
            if let Some(w) = wanted.get_mut(kind as usize) {
                *w = true;
            }
        };
        macro_rules! read_one {
            ($($t:ident),*) => {
                let mut at = 0;
                $(
                    if at == next {
                        dataset.$t = read_table(&mut r, chunks, two_cores)?;
                        for record in dataset.$t.iter() {
                            record.each_reference(&mut |_, kind, _| refers(kind));
                        }
                    }
                    at += 1;
                )*
                let _ = at;
            };
        }
        tables!(read_one);
    }
    let (problems, omitted) = dataset.first_problems(PROBLEM_LIMIT);
    if problems.is_empty() { Ok(dataset) } else { Err(SnapshotError::Invalid { problems, omitted }) }
}

/// How many records a chunk of a table holds (the last one, the rest): a table of more than
/// one chunk is read on two cores.
const CHUNK: usize = 1 << 15;

/// A chunk of a table: where its bytes start in the body, its bytes, how many records they hold.
struct Chunk<'b> {
    base: usize,
    bytes: &'b [u8],
    records: usize,
}

/// The chunks of a table of `count` records, each its length then its bytes; the reader is left
/// after them.
fn chunks<'b>(r: &mut Reader<'b, '_>, count: usize) -> Result<Vec<Chunk<'b>>, SnapshotError> {
    let mut out = Vec::with_capacity(count.div_ceil(CHUNK));
    let mut left = count;
    while left > 0 {
        let records = left.min(CHUNK);
        let len = r.count()?;
        let base = r.position();
        out.push(Chunk { base, bytes: r.take(len)?, records });
        left -= records;
    }
    Ok(out)
}

/// The records of a table's chunks, in order: on two cores when there are two chunks or more,
/// each reading half of them with its own reader.
fn read_table<'b, T: Codec + Send + Clone + 'static>(
    r: &mut Reader<'b, '_>,
    chunks: &[Chunk<'b>],
    two_cores: bool,
) -> Result<Table<T>, SnapshotError> {
    let after = r.clone_position();
    // each part of the table at its exact length, nothing copied: the table holds the parts
    let half = |c: &[Chunk<'_>]| Vec::with_capacity(c.iter().map(|c| c.records).sum());
    let result = if chunks.len() >= 2 && two_cores {
        let (first, second) = chunks.split_at(chunks.len() / 2);
        let strings = r.strings();
        std::thread::scope(|s| {
            let other = s.spawn(|| {
                let mut rest = half(second);
                read_chunks::<T>(&mut Reader::new(&[], 0, strings), second, &mut rest).map(|()| rest)
            });
            let mut records = half(first);
            read_chunks::<T>(r, first, &mut records)?;
            match other.join() {
                Ok(rest) => Ok(Table::from_chunks(vec![records, rest?])),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    } else {
        let mut records = half(chunks);
        read_chunks(r, chunks, &mut records).map(|()| Table::from(records))
    };
    r.restore(after);
    result
}

/// Reads the records of `chunks`, one after the other, into `records`.
fn read_chunks<'b, T: Codec>(
    r: &mut Reader<'b, '_>,
    chunks: &[Chunk<'b>],
    records: &mut Vec<T>,
) -> Result<(), SnapshotError> {
    for chunk in chunks {
        r.seek(chunk.bytes, chunk.base);
        for _ in 0..chunk.records {
            records.push(T::decode(r)?);
        }
        if !r.is_done() {
            return Err(SnapshotError::Malformed { at: r.position(), what: "bytes after the last record of a chunk" });
        }
    }
    Ok(())
}

/// The body of a snapshot whose header and checksum are right.
fn checked_body(bytes: &[u8]) -> Result<&[u8], SnapshotError> {
    let head = |from: usize, to: usize| bytes.get(from..to);
    let magic = head(0, 8).unwrap_or(bytes);
    if magic != MAGIC {
        let found: String = String::from_utf8_lossy(bytes.get(..8).unwrap_or(bytes)).into_owned();
        return Err(SnapshotError::NotASnapshot { found });
    }
    let word = |from: usize, to: usize| -> Result<u64, SnapshotError> {
        let mut buf = [0u8; 8];
        let part = head(from, to).ok_or(SnapshotError::Truncated { expected: 0, found: 0 })?;
        for (to, from) in buf.iter_mut().zip(part) {
            *to = *from;
        }
        Ok(u64::from_le_bytes(buf))
    };
    let version = u32::try_from(word(8, 12)?).unwrap_or(u32::MAX);
    if version != FORMAT_VERSION {
        return Err(SnapshotError::Version { found: version, supported: FORMAT_VERSION });
    }
    let expected = word(12, 20)?;
    let sum = word(20, 28)?;
    let body = bytes.get(HEADER..).unwrap_or(&[]);
    if body.len() as u64 != expected {
        return Err(SnapshotError::Truncated { expected, found: body.len() as u64 });
    }
    let found = checksum(body);
    if found != sum {
        return Err(SnapshotError::Damaged { expected: sum, found });
    }
    Ok(body)
}
