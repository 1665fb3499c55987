//! Short const constructors for the data files, so that each record reads close to the
//! sentence it comes from. Everything here runs at compile time: an invalid literal (a bad
//! id, 30 February) is a compile error, never a run-time panic.

use std::borrow::Cow;

use super::Section2021_2022 as Section;
use crate::{
    Country, Currency, Duration, DurationUnit, Id, Money, PartialDate, Participation, Party, Place, PlaceKind,
    Qualifier, Quantity, RecordKind, Ref, Role, SourceRef, Statement, StatementKind, Status, Text, Unit, When,
};

/// Text from a literal.
pub(crate) const fn t(s: &'static str) -> Text {
    Text::from_static(s)
}

/// Optional text from a literal.
pub(crate) const fn some(s: &'static str) -> Option<Text> {
    Some(Text::from_static(s))
}

/// An id from a literal.
pub(crate) const fn id(s: &'static str) -> Id {
    Id::lit(s)
}

/// A typed reference from a literal.
pub(crate) const fn r(kind: RecordKind, id: &'static str) -> Ref {
    Ref::lit(kind, id)
}

/// A source: the section and the verbatim quote.
pub(crate) const fn src(section: Section, quote: &'static str) -> SourceRef {
    SourceRef::lit(section.code(), quote)
}

/// A source with a note on the reading taken.
pub(crate) const fn noted(section: Section, quote: &'static str, note: &'static str) -> SourceRef {
    SourceRef::noted(section.code(), quote, note)
}

// ---- dates ----

/// A day.
pub(crate) const fn day(y: i32, m: u32, d: u32) -> PartialDate {
    PartialDate::const_day(y, m, d)
}

/// A month.
pub(crate) const fn month(y: i32, m: u32) -> PartialDate {
    PartialDate::const_month(y, m)
}

/// A quarter.
pub(crate) const fn quarter(y: i32, q: u32) -> PartialDate {
    PartialDate::const_quarter(y, q)
}

/// The early part of a year.
pub(crate) const fn early(y: i32) -> PartialDate {
    PartialDate::const_early(y)
}

/// A year.
pub(crate) const fn year(y: i32) -> PartialDate {
    PartialDate::const_year(y)
}

/// A date whose year the text leaves out: the year given is an inference.
pub(crate) const fn inferred(d: PartialDate) -> PartialDate {
    d.inferred()
}

/// A single point in time.
pub(crate) const fn on(d: PartialDate) -> Option<When> {
    Some(When::on(d))
}

/// A span from `a` to `b`, both included.
pub(crate) const fn span(a: PartialDate, b: PartialDate) -> Option<When> {
    Some(When::const_span(a, b))
}

/// An open-ended period from `d` ("since", "from … onwards", "- ongoing").
pub(crate) const fn since(d: PartialDate) -> Option<When> {
    Some(When::since(d))
}

/// A start and a duration in months ("started in February 2021 for a period of 48 months").
pub(crate) const fn for_months(start: PartialDate, months: u32) -> Option<When> {
    Some(When::for_(start, Duration::lit(months, DurationUnit::Month)))
}

// ---- quantities ----

/// Metric tons: `mantissa × 10^-scale` t.
pub(crate) const fn tons(mantissa: i64, scale: u32, q: Qualifier) -> Quantity {
    Quantity::lit(mantissa, scale, Unit::MetricTon, q)
}

/// Kilograms.
pub(crate) const fn kg(mantissa: i64, scale: u32, q: Qualifier) -> Quantity {
    Quantity::lit(mantissa, scale, Unit::Kilogram, q)
}

/// Grams.
pub(crate) const fn grams(mantissa: i64, q: Qualifier) -> Quantity {
    Quantity::lit(mantissa, 0, Unit::Gram, q)
}

/// Litres.
pub(crate) const fn litres(mantissa: i64, q: Qualifier) -> Quantity {
    Quantity::lit(mantissa, 0, Unit::Litre, q)
}

/// Pieces.
pub(crate) const fn pieces(mantissa: i64, q: Qualifier) -> Quantity {
    Quantity::lit(mantissa, 0, Unit::Piece, q)
}

/// A count (of arrests, persons, countries, items of a list).
pub(crate) const fn count(n: i64, q: Qualifier) -> Quantity {
    Quantity::lit(n, 0, Unit::Count, q)
}

/// US dollars as a quantity (a seizure of currency).
pub(crate) const fn usd(mantissa: i64, scale: u32, q: Qualifier) -> Quantity {
    Quantity::lit(mantissa, scale, Unit::Currency(Currency::USD), q)
}

/// Euros as money (a budget).
pub(crate) const fn eur(mantissa: i64) -> Money {
    Money::lit(mantissa, 0, Currency::EUR)
}

// ---- places ----

/// A city.
pub(crate) const fn city(name: &'static str, country: Country) -> Place {
    Place::lit(name, PlaceKind::City, country)
}

/// An airport, named as the report names it.
pub(crate) const fn airport(name: &'static str, country: Country) -> Place {
    Place::lit(name, PlaceKind::Airport, country)
}

/// A country as a place ("missions in Jamaica").
pub(crate) const fn in_country(name: &'static str, country: Country) -> Place {
    Place::lit(name, PlaceKind::Country, country)
}

// ---- participations ----

/// A country's part in something.
pub(crate) const fn country_part(
    id: &'static str,
    country: Country,
    as_written: &'static str,
    subject: Ref,
    role: Role,
    status: Status,
    source: SourceRef,
) -> Participation {
    Participation {
        id: Id::lit(id),
        party: Party::Country(country),
        subject,
        role,
        status,
        ordinal: None,
        as_written: Text::from_static(as_written),
        period: None,
        source,
    }
}

/// An organisation's part in something.
pub(crate) const fn org_part(
    id: &'static str,
    organisation: &'static str,
    as_written: &'static str,
    subject: Ref,
    role: Role,
    status: Status,
    source: SourceRef,
) -> Participation {
    Participation {
        id: Id::lit(id),
        party: Party::Organisation(Id::lit(organisation)),
        subject,
        role,
        status,
        ordinal: None,
        as_written: Text::from_static(as_written),
        period: None,
        source,
    }
}

/// A programme's, project's or body's part in something ("COPOLAD continued to participate in the
/// Technical Committee meetings"): the party is the record itself ([`Party::Body`]).
pub(crate) const fn body_part(
    id: &'static str,
    body: Ref,
    as_written: &'static str,
    subject: Ref,
    role: Role,
    status: Status,
    source: SourceRef,
) -> Participation {
    Participation {
        id: Id::lit(id),
        party: Party::Body(body),
        subject,
        role,
        status,
        ordinal: None,
        as_written: Text::from_static(as_written),
        period: None,
        source,
    }
}

impl Participation {
    /// The same participation with an order ("the Second … Presidency").
    pub(crate) const fn nth(mut self, ordinal: u8) -> Self {
        self.ordinal = Some(ordinal);
        self
    }

    /// The same participation with a period.
    pub(crate) const fn during(mut self, period: Option<When>) -> Self {
        self.period = period;
        self
    }
}

/// A statement: a claim about `of` that no more specific record holds, answering one question
/// (`kind`) in the report's words (`text`, an excerpt of the quote), with typed links (`about`).
pub(crate) const fn statement(
    id: &'static str,
    of: Ref,
    kind: StatementKind,
    text: &'static str,
    about: &'static [Ref],
    source: SourceRef,
) -> Statement {
    Statement { id: Id::lit(id), of, kind, text: Text::from_static(text), about: Cow::Borrowed(about), source }
}
