//! How each value is written in a snapshot, and read back: [`Codec`], with the [`Writer`] that
//! gathers the texts into one table and the [`Reader`] that shares each of them.
//!
//! Numbers are LEB128 varints (signed ones zigzag-encoded); an enum of codes is its position
//! in its `ALL`; a country its position in `Country::ALL`; a currency its code; a text or an id
//! the varint index of its entry in the string table; an `Option` a tag byte then the value; a
//! list its length then its items; a record its fields in declaration order. Values whose
//! constructors check something (a quantity, a date, an id) are built through those
//! constructors when read, so a snapshot cannot smuggle in a value the crate refuses.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::SnapshotError;
use crate::hash::FastMap;
use crate::model::record::CodeEnum;
use crate::{
    Bloc, BudgetKind, CommitteeKind, CommodityCategory, Completeness, Country, Credit, Currency, DateSpan,
    DocumentAction, DocumentKind, DocumentLink, DocumentRef, DocumentSeries, Duration, DurationUnit, EventKind,
    Framing, Id, Mode, Money, OrganisationKind, OutcomeKind, PartialDate, Party, PlaceKind, Precision, ProgrammeKind,
    ProjectKind, Qualifier, Quantity, RecordKind, Ref, RelationKind, Role, SectionCode, SeizureAction, StatementKind,
    Status, Text, Unit, When,
};

/// Writes a snapshot's body: the records' bytes, and the table of the texts they cite.
pub(crate) struct Writer<'a> {
    /// The records' bytes.
    pub(super) out: Vec<u8>,
    /// Each distinct text, by its index in `table`.
    index: FastMap<&'a str, u32>,
    /// The distinct texts, in the order first met.
    pub(super) table: Vec<&'a str>,
}

impl<'a> Writer<'a> {
    pub(super) fn new() -> Self {
        Self { out: Vec::new(), index: FastMap::default(), table: Vec::new() }
    }

    /// Writes an unsigned varint.
    pub(crate) fn varint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }

    /// Writes a length or an index.
    pub(crate) fn len(&mut self, n: usize) {
        self.varint(n as u64);
    }

    /// Writes a signed integer, zigzag-encoded.
    fn signed(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }

    /// Writes a text as its index in the string table.
    pub(crate) fn text(&mut self, s: &'a str) {
        let next = u32::try_from(self.table.len()).unwrap_or(u32::MAX);
        let at = *self.index.entry(s).or_insert_with(|| {
            self.table.push(s);
            next
        });
        self.varint(u64::from(at));
    }
}

/// Reads the string table at the start of a snapshot's body: each entry's bytes (checked as
/// UTF-8 when first cited), and where the table ends.
pub(super) fn read_strings(body: &[u8]) -> Result<(Vec<&[u8]>, usize), SnapshotError> {
    let mut r = Reader::new(body, 0, &[]);
    let count = r.count()?;
    let mut strings = Vec::with_capacity(count);
    for _ in 0..count {
        let len = r.count()?;
        strings.push(r.take(len)?);
    }
    Ok((strings, r.at))
}

/// Reads records from part of a snapshot's body, sharing each text of the string table among
/// the records it reads that cite it.
pub(crate) struct Reader<'b, 's> {
    bytes: &'b [u8],
    at: usize,
    /// Where `bytes` start in the body (for the offsets errors give).
    base: usize,
    /// The string table (each entry's bytes).
    strings: &'s [&'b [u8]],
    /// Each string in a shared buffer, made on first use: every text and id that cites it shares it.
    shared: Vec<Option<Arc<str>>>,
    /// Whether each string has been checked as an id (one bit each).
    checked: Vec<u64>,
}

impl<'b, 's> Reader<'b, 's> {
    /// A reader of `bytes`, which start at `base` in the body, citing `strings`.
    pub(super) fn new(bytes: &'b [u8], base: usize, strings: &'s [&'b [u8]]) -> Self {
        let checked = vec![0; strings.len().div_ceil(64)];
        Reader { bytes, at: 0, base, strings, shared: vec![None; strings.len()], checked }
    }

    /// Reads other bytes (which start at `base` in the body) from here on, keeping the texts and
    /// ids made so far.
    pub(super) fn seek(&mut self, bytes: &'b [u8], base: usize) {
        self.bytes = bytes;
        self.at = 0;
        self.base = base;
    }

    /// The string table.
    pub(super) fn strings(&self) -> &'s [&'b [u8]] {
        self.strings
    }

    /// Where the reader is: its bytes, their base and the position in them.
    pub(super) fn clone_position(&self) -> (&'b [u8], usize, usize) {
        (self.bytes, self.base, self.at)
    }

    /// Goes back to where [`clone_position`](Self::clone_position) was.
    pub(super) fn restore(&mut self, (bytes, base, at): (&'b [u8], usize, usize)) {
        self.bytes = bytes;
        self.base = base;
        self.at = at;
    }

    /// Where the reader stands, from the start of the body.
    pub(super) fn position(&self) -> usize {
        self.base + self.at
    }

    /// Whether every byte has been read.
    pub(super) fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }

    fn malformed(&self, what: &'static str) -> SnapshotError {
        SnapshotError::Malformed { at: self.position(), what }
    }

    /// The next `n` bytes.
    pub(super) fn take(&mut self, n: usize) -> Result<&'b [u8], SnapshotError> {
        let end = self.at.checked_add(n).filter(|end| *end <= self.bytes.len());
        let slice =
            end.and_then(|end| self.bytes.get(self.at..end)).ok_or_else(|| self.malformed("bytes past the end"))?;
        self.at += n;
        Ok(slice)
    }

    /// The next byte.
    pub(crate) fn byte(&mut self) -> Result<u8, SnapshotError> {
        let b = *self.bytes.get(self.at).ok_or_else(|| self.malformed("a byte past the end"))?;
        self.at += 1;
        Ok(b)
    }

    /// An unsigned varint.
    pub(crate) fn varint(&mut self) -> Result<u64, SnapshotError> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(self.malformed("a number longer than ten bytes"))
    }

    /// A signed integer, zigzag-encoded.
    fn signed(&mut self) -> Result<i64, SnapshotError> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    /// A count of items that follow, each at least one byte: never more than the bytes left, so
    /// that a damaged count cannot ask for a huge allocation.
    pub(crate) fn count(&mut self) -> Result<usize, SnapshotError> {
        let n = self.varint()?;
        let left = (self.bytes.len() - self.at) as u64;
        if n > left {
            return Err(self.malformed("a count larger than the bytes left"));
        }
        usize::try_from(n).map_err(|_| self.malformed("a count too large for this machine"))
    }

    /// An index into the string table.
    fn string_index(&mut self) -> Result<usize, SnapshotError> {
        let i = usize::try_from(self.varint()?).map_err(|_| self.malformed("a text index too large"))?;
        if i < self.strings.len() { Ok(i) } else { Err(self.malformed("a text index past the string table")) }
    }

    /// The string at index `i` in its shared buffer, made (and checked as UTF-8) on first use.
    fn shared(&mut self, i: usize) -> Result<Arc<str>, SnapshotError> {
        if let Some(Some(s)) = self.shared.get(i) {
            return Ok(Arc::clone(s));
        }
        let bytes = self.strings.get(i).copied().unwrap_or(&[]);
        let text = std::str::from_utf8(bytes).map_err(|_| self.malformed("a text that is not UTF-8"))?;
        let s: Arc<str> = Arc::from(text);
        if let Some(slot) = self.shared.get_mut(i) {
            *slot = Some(Arc::clone(&s));
        }
        Ok(s)
    }

    /// A text, shared with every record that cites the same entry.
    pub(crate) fn text(&mut self) -> Result<Text, SnapshotError> {
        let i = self.string_index()?;
        Ok(Text::from(self.shared(i)?))
    }

    /// An id, checked (once for each entry), shared with every record that cites the same entry.
    pub(crate) fn id(&mut self) -> Result<Id, SnapshotError> {
        let at = self.position();
        let i = self.string_index()?;
        let shared = self.shared(i)?;
        let (word, bit) = (i / 64, 1u64 << (i % 64));
        if self.checked.get(word).is_some_and(|w| w & bit != 0) {
            return Ok(Id::from_checked(shared));
        }
        let id = Id::from_shared(shared).map_err(|source| SnapshotError::Value { at, source })?;
        if let Some(w) = self.checked.get_mut(word) {
            *w |= bit;
        }
        Ok(id)
    }

    /// Maps a value's validation error to the snapshot error at `at`.
    pub(crate) fn checked<T>(at: usize, r: Result<T, crate::ValidationError>) -> Result<T, SnapshotError> {
        r.map_err(|source| SnapshotError::Value { at, source })
    }
}

/// Writes an enum of codes as its position in its `ALL`.
fn put_code<E: CodeEnum + PartialEq>(v: E, w: &mut Writer<'_>) {
    w.len(E::ALL.iter().position(|x| *x == v).unwrap_or(0));
}

/// Writes an exact figure: its 16 bytes (flags, then the 96-bit mantissa).
fn put_decimal(v: Decimal, w: &mut Writer<'_>) {
    w.out.extend_from_slice(&v.serialize());
}

/// Writes a unit: a non-monetary unit's position, or 6 and the currency's code.
fn put_unit(u: Unit, w: &mut Writer<'_>) {
    match u {
        Unit::Currency(c) => {
            w.out.push(6);
            w.text(c.code());
        }
        other => w.out.push(Unit::NON_MONETARY.iter().position(|x| *x == other).map_or(0, |i| i as u8)),
    }
}

/// Writes a partial date: precision, year, month or quarter, day, whether the year is inferred.
fn put_date(d: PartialDate, w: &mut Writer<'_>) {
    put_code(d.precision(), w);
    w.signed(i64::from(d.year_value()));
    let part = match d.precision() {
        Precision::Quarter => d.quarter_value(),
        _ => d.month_value(),
    };
    w.varint(u64::from(part.unwrap_or(0)));
    w.varint(u64::from(d.day_value().unwrap_or(0)));
    w.out.push(u8::from(d.year_inferred()));
}

/// A value that a snapshot writes and reads back.
pub(crate) trait Codec: Sized {
    /// Writes the value.
    fn encode<'a>(&'a self, w: &mut Writer<'a>);
    /// Reads a value back (its own checks run; the records' checks are the dataset's).
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError>;
}

impl Codec for Text {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        w.text(self.as_str());
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        r.text()
    }
}

impl Codec for Id {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        w.text(self.as_str());
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        r.id()
    }
}

impl Codec for SectionCode {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        w.text(self.as_str());
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        Ok(SectionCode::from_id(r.id()?))
    }
}

impl Codec for bool {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        w.out.push(u8::from(*self));
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(r.malformed("a boolean other than 0 or 1")),
        }
    }
}

macro_rules! codec_int {
    ($($t:ty),*) => {$(
        impl Codec for $t {
            fn encode<'a>(&'a self, w: &mut Writer<'a>) {
                w.varint(u64::from(*self));
            }
            fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
                let v = r.varint()?;
                <$t>::try_from(v).map_err(|_| r.malformed(concat!("a number too large for a ", stringify!($t))))
            }
        }
    )*};
}
codec_int!(u8, u16, u32);

impl<T: Codec> Codec for Option<T> {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        match self {
            None => w.out.push(0),
            Some(v) => {
                w.out.push(1);
                v.encode(w);
            }
        }
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        match r.byte()? {
            0 => Ok(None),
            1 => T::decode(r).map(Some),
            _ => Err(r.malformed("an option tag other than 0 or 1")),
        }
    }
}

impl<T: Codec + Clone> Codec for Cow<'static, [T]> {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        w.len(self.len());
        for item in self.iter() {
            item.encode(w);
        }
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        let n = r.count()?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(T::decode(r)?);
        }
        Ok(Cow::Owned(items))
    }
}

/// An enum of codes as its position in its `ALL`.
macro_rules! codec_code_enum {
    ($($t:ty),* $(,)?) => {$(
        impl Codec for $t {
            fn encode<'a>(&'a self, w: &mut Writer<'a>) {
                put_code(*self, w);
            }
            fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
                let at = r.varint()?;
                usize::try_from(at)
                    .ok()
                    .and_then(|i| <$t as CodeEnum>::ALL.get(i).copied())
                    .ok_or_else(|| r.malformed(concat!("an unknown ", stringify!($t))))
            }
        }
    )*};
}
codec_code_enum!(
    Bloc,
    BudgetKind,
    CommitteeKind,
    CommodityCategory,
    Completeness,
    Credit,
    DocumentAction,
    DocumentKind,
    DocumentSeries,
    DurationUnit,
    EventKind,
    Framing,
    Mode,
    OrganisationKind,
    OutcomeKind,
    PlaceKind,
    Precision,
    ProgrammeKind,
    ProjectKind,
    Qualifier,
    RecordKind,
    RelationKind,
    Role,
    SeizureAction,
    StatementKind,
    Status,
);

impl Codec for Country {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        w.len(*self as usize);
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        let at = r.varint()?;
        usize::try_from(at)
            .ok()
            .and_then(|i| Country::ALL.get(i).copied())
            .ok_or_else(|| r.malformed("an unknown country"))
    }
}

impl Codec for Currency {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        w.text(self.code());
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        let at = r.position();
        let code = r.text()?;
        Currency::from_code(&code).ok_or(SnapshotError::Malformed { at, what: "an unknown currency" })
    }
}

impl Codec for Unit {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        put_unit(*self, w);
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        match r.byte()? {
            6 => Currency::decode(r).map(Unit::Currency),
            i => Unit::NON_MONETARY.get(usize::from(i)).copied().ok_or_else(|| r.malformed("an unknown unit")),
        }
    }
}

impl Codec for Decimal {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        put_decimal(*self, w);
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        let bytes: [u8; 16] = r.take(16)?.try_into().map_err(|_| r.malformed("a figure"))?;
        // the flags word holds the sign and the scale only: anything else is damage
        let [f0, f1, f2, f3, ..] = bytes;
        let flags = u32::from_le_bytes([f0, f1, f2, f3]);
        if flags & !0x80FF_0000 != 0 || (flags >> 16) & 0xff > Decimal::MAX_SCALE {
            return Err(r.malformed("a figure"));
        }
        Ok(Decimal::deserialize(bytes))
    }
}

impl Codec for Quantity {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        put_decimal(self.value(), w);
        put_unit(self.unit(), w);
        put_code(self.qualifier(), w);
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        let at = r.position();
        let (value, unit, qualifier) = (Decimal::decode(r)?, Unit::decode(r)?, Qualifier::decode(r)?);
        Quantity::new(value, unit, qualifier).map_err(|source| SnapshotError::Value { at, source })
    }
}

impl Codec for Money {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        put_decimal(self.amount(), w);
        w.text(self.currency().code());
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        let at = r.position();
        let (amount, currency) = (Decimal::decode(r)?, Currency::decode(r)?);
        Reader::checked(at, Money::new(amount, currency))
    }
}

impl Codec for NaiveDate {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        w.signed(i64::from(chrono::Datelike::num_days_from_ce(self)));
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        let days = r.signed()?;
        i32::try_from(days)
            .ok()
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .ok_or_else(|| r.malformed("a calendar date out of range"))
    }
}

impl Codec for PartialDate {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        put_date(*self, w);
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        let at = r.position();
        let precision = Precision::decode(r)?;
        let year = i32::try_from(r.signed()?).map_err(|_| r.malformed("a year out of range"))?;
        let part = u32::try_from(r.varint()?).map_err(|_| r.malformed("a month out of range"))?;
        let day = u32::try_from(r.varint()?).map_err(|_| r.malformed("a day out of range"))?;
        let inferred = bool::decode(r)?;
        let date = match precision {
            Precision::Day => PartialDate::day(year, part, day),
            Precision::Month => PartialDate::month(year, part),
            Precision::Quarter => PartialDate::quarter(year, part),
            Precision::EarlyYear => PartialDate::early(year),
            Precision::Year => PartialDate::year(year),
        };
        let date = Reader::checked(at, date)?;
        Ok(if inferred { date.with_inferred_year() } else { date })
    }
}

impl Codec for When {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        match self {
            When::On(d) => {
                w.out.push(0);
                d.encode(w);
            }
            When::Span(span) => {
                w.out.push(1);
                put_date(span.start(), w);
                put_date(span.end(), w);
            }
            When::Since(d) => {
                w.out.push(2);
                d.encode(w);
            }
            When::For { start, duration } => {
                w.out.push(3);
                start.encode(w);
                put_code(duration.unit(), w);
                w.varint(u64::from(duration.amount()));
            }
        }
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        let at = r.position();
        match r.byte()? {
            0 => PartialDate::decode(r).map(When::On),
            1 => {
                let (start, end) = (PartialDate::decode(r)?, PartialDate::decode(r)?);
                Reader::checked(at, DateSpan::new(start, end)).map(When::Span)
            }
            2 => PartialDate::decode(r).map(When::Since),
            3 => {
                let start = PartialDate::decode(r)?;
                let unit = DurationUnit::decode(r)?;
                let amount = u32::try_from(r.varint()?).map_err(|_| r.malformed("a duration out of range"))?;
                let duration = Reader::checked(at, Duration::new(amount, unit))?;
                Ok(When::For { start, duration })
            }
            _ => Err(r.malformed("an unknown kind of date")),
        }
    }
}

impl Codec for DocumentRef {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        put_code(self.series(), w);
        w.varint(u64::from(self.number()));
        w.varint(u64::from(self.year()));
        w.varint(u64::from(self.year_digits()));
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        let at = r.position();
        let series = DocumentSeries::decode(r)?;
        let number = u32::decode(r)?;
        let year = u16::decode(r)?;
        let digits = u8::decode(r)?;
        Reader::checked(at, DocumentRef::new(series, number, year, digits))
    }
}

impl Codec for Ref {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        self.kind.encode(w);
        self.id.encode(w);
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        Ok(Ref::new(RecordKind::decode(r)?, Id::decode(r)?))
    }
}

impl Codec for Party {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        match self {
            Party::Country(c) => {
                w.out.push(0);
                c.encode(w);
            }
            Party::Organisation(id) => {
                w.out.push(1);
                id.encode(w);
            }
            Party::Body(body) => {
                w.out.push(2);
                body.encode(w);
            }
        }
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        match r.byte()? {
            0 => Country::decode(r).map(Party::Country),
            1 => Id::decode(r).map(Party::Organisation),
            2 => Ref::decode(r).map(Party::Body),
            _ => Err(r.malformed("an unknown kind of party")),
        }
    }
}

impl Codec for DocumentLink {
    fn encode<'a>(&'a self, w: &mut Writer<'a>) {
        self.document.encode(w);
        self.action.encode(w);
    }
    fn decode(r: &mut Reader<'_, '_>) -> Result<Self, SnapshotError> {
        Ok(DocumentLink { document: Id::decode(r)?, action: DocumentAction::decode(r)? })
    }
}
