//! Meetings: High-Level Meetings by ordinal, Technical Committee meetings by date, other dated
//! meetings; their places, modes and statuses; and the documents they acted on.

use super::build::Builder;
use super::words::{DateHit, countries, dates, event_status, mode, ordinal, words};
use crate::model::country::lookup_country;
use crate::{
    DocumentLink, Event, EventKind, EventParts, Framing, Id, Place, PlaceKind, PlaceParts, RecordKind, Ref, Status,
    When,
};

/// A meeting drafted from a sentence, before it is built.
pub(super) struct Meeting {
    pub id: Id,
    pub kind: EventKind,
    pub ordinal: Option<u16>,
    pub name: String,
    pub date: Option<When>,
    pub places: Vec<Place>,
    pub mode: Option<crate::Mode>,
    pub status: Status,
    pub note: Option<&'static str>,
    pub sentence: usize,
    pub through: Option<usize>,
    /// The part of the sentence's clean text about this meeting (for the roles rule).
    pub segment: (usize, usize),
    pub documents: Vec<DocumentLink>,
    pub rule: &'static str,
}

/// A mention of a meeting in a clean sentence.
struct Mention {
    at: usize,
    end: usize,
    kind: EventKind,
    ordinal: Option<u16>,
    plural: bool,
    name: String,
}

/// The words that name a kind of meeting, in the order they are tried at each word.
const NOUNS: [(&str, EventKind); 12] = [
    ("kick-off meeting", EventKind::KickOff),
    ("ministers' meeting", EventKind::MinisterialMeeting),
    ("ministers’ meeting", EventKind::MinisterialMeeting),
    ("side-event", EventKind::SideEvent),
    ("side event", EventKind::SideEvent),
    ("information session", EventKind::InformationSession),
    ("seminar", EventKind::Seminar),
    ("conference", EventKind::Conference),
    ("session", EventKind::Session),
    ("workshop", EventKind::Seminar),
    ("meeting", EventKind::Meeting),
    ("event", EventKind::Meeting),
];

fn mentions(clean: &str) -> Vec<Mention> {
    let lc = clean.to_ascii_lowercase(); // same byte offsets as `clean`
    let ws = words(clean);
    let mut out: Vec<Mention> = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        let rest = lc.get(w.at..).unwrap_or("");
        let prev = |n: usize| k.checked_sub(n).and_then(|p| ws.get(p)).map_or("", |p| p.bare);
        if out.iter().any(|m| m.at <= w.at && w.at < m.end) {
            continue;
        }
        if rest.starts_with("high-level meeting") || rest.starts_with("high level meeting") {
            let n = ordinal(prev(1));
            let at = if n.is_some() { ws.get(k - 1).map_or(w.at, |p| p.at) } else { w.at };
            let end = w.at + "high-level meeting".len();
            let plural = lc.get(end..).is_some_and(|r| r.starts_with('s'));
            out.push(Mention {
                at,
                end,
                kind: EventKind::HighLevelMeeting,
                ordinal: n,
                plural,
                name: clean.get(at..end).unwrap_or("High-Level Meeting").to_owned(),
            });
            continue;
        }
        if rest.starts_with("technical committee") {
            let after = lc.get(w.at + 19..).unwrap_or("");
            let before = lc.get(..w.at).unwrap_or("");
            let meeting_after = after.trim_start().starts_with("meeting") || after.starts_with(" on drugs were held");
            let meeting_before = before.ends_with("meetings of the eu-celac ") || before.ends_with("meetings of the ");
            if meeting_after || meeting_before {
                let plural = after.trim_start().starts_with("meetings") || meeting_before;
                out.push(Mention {
                    at: w.at,
                    end: w.at + 19,
                    kind: EventKind::TechnicalCommitteeMeeting,
                    ordinal: None,
                    plural,
                    name: "meeting of the Technical Committee".to_owned(),
                });
            }
            continue;
        }
        if out.iter().any(|m| m.at <= w.at && w.at < m.end + 10 && m.kind == EventKind::TechnicalCommitteeMeeting) {
            continue;
        }
        for (noun, kind) in NOUNS {
            if !rest.starts_with(noun) {
                continue;
            }
            let end = w.at + noun.len();
            let tail = lc.get(end..).unwrap_or("");
            if tail.starts_with(|c: char| c.is_alphabetic() && c != 's') {
                continue;
            }
            let plural = tail.starts_with('s');
            // "event" only with "took place" / "were held"; "session" only with an ordinal
            let n = ordinal(prev(1)).or_else(|| ordinal(prev(2)).filter(|_| kind != EventKind::Session));
            // "informative subregional sessions": information sessions
            let informative = [prev(1), prev(2)].iter().any(|p| p.to_lowercase().starts_with("inform"));
            let kind = if kind == EventKind::Session && informative { EventKind::InformationSession } else { kind };
            if (kind == EventKind::Session && n.is_none())
                || (noun == "event" && !(tail.contains("took place") || tail.contains("were held")))
            {
                break;
            }
            // the name: the capitalised words and ordinal before the noun, and the noun
            // (or the words that qualify it: "its 4th expert coordination meeting")
            const STOP: [&str; 16] = [
                "its",
                "the",
                "a",
                "an",
                "and",
                "of",
                "in",
                "on",
                "at",
                "held",
                "organised",
                "two",
                "first",
                "The",
                "with",
                "through",
            ];
            let mut start = w.at;
            let mut n = n;
            for j in (0..k).rev().take(4) {
                let Some(p) = ws.get(j) else { break };
                if STOP.contains(&p.bare) || p.raw.ends_with([',', '.', ';', ':', ')']) || p.bare.is_empty() {
                    break;
                }
                start = p.at;
                n = n.or_else(|| ordinal(p.bare));
            }
            let name = clean.get(start..end + usize::from(plural)).unwrap_or(noun).trim().to_owned();
            out.push(Mention { at: start, end, kind, ordinal: n, plural, name });
            break;
        }
    }
    out
}

/// The first words of a meeting's part of a sentence (where its places are named), cut at a
/// space.
fn near(segment: &str) -> &str {
    if segment.len() <= 150 {
        return segment;
    }
    let head = segment.get(..super::clean::floor_char(segment, 150)).unwrap_or(segment);
    head.rfind(' ').and_then(|k| head.get(..k)).unwrap_or(head)
}

/// Whether a date is introduced as the date of something ("on 22 June 2021", "in June 2021",
/// "(1-2 June 2022)", "since …", "from … onwards"), not part of a name ("the Biennial Report 1
/// June 2019 to 31 May 2021").
fn introduced(clean: &str, d: &DateHit) -> bool {
    let before = clean.get(..d.at).unwrap_or("").trim_end();
    let prev = before.rsplit(' ').next().unwrap_or("").to_lowercase();
    matches!(prev.as_str(), "on" | "in" | "from" | "since" | "during" | "(" | "until" | "for")
        || clean.get(d.at..).is_some_and(|r| r.starts_with('('))
        || before.ends_with('(')
}

/// Whether an undated mention is a meeting the sentence says was held: a side event, an
/// information session or seminars at any time, other meetings in the plural with "were held",
/// "took place", "conducted" or "taking place" — not what is "to be organised".
fn undated_held(m: &Mention, clean: &str) -> bool {
    let lc = clean.to_ascii_lowercase(); // same byte offsets as `clean`
    if lc.contains("to be ") || lc.contains("will ") {
        return false;
    }
    let held = ["were held", "took place", "conducted", "taking place", "ongoing"].iter().any(|v| lc.contains(v));
    match m.kind {
        EventKind::SideEvent => true,
        EventKind::InformationSession | EventKind::Seminar => held || m.plural,
        EventKind::Meeting => m.plural && held && m.name.starts_with(char::is_uppercase),
        _ => false,
    }
}

/// Places of a meeting in a piece of clean text: "in Asuncion", "in The Hague, the Netherlands".
fn places(segment: &str) -> Vec<Place> {
    const NOT_PLACES: [&str; 14] = [
        "Latin", "CELAC", "EU", "LAC", "Europe", "Central", "West", "Africa", "The", "February", "hybrid", "June",
        "Annex", "May",
    ];
    let mut out: Vec<Place> = Vec::new();
    let mut rest = segment;
    while let Some(at) = rest.find(" in ") {
        let after = rest.get(at + 4..).unwrap_or("");
        rest = after;
        let ws = words(after);
        let mut name_end = 0;
        for (k, w) in ws.iter().enumerate().take(3) {
            let ok = w.bare.starts_with(char::is_uppercase)
                && (k > 0 || w.bare == "The" || !NOT_PLACES.contains(&w.bare))
                && super::words::ordinal(w.bare).is_none();
            if !ok || w.bare.len() < 2 || w.bare.bytes().any(|b| b.is_ascii_digit()) {
                break;
            }
            name_end = w.at + w.raw.find(w.bare).unwrap_or(0) + w.bare.len();
            if w.raw.ends_with([',', '.', ';', ')']) || w.raw.starts_with('(') {
                break;
            }
        }
        let Some(name) = after.get(..name_end).map(str::trim) else { continue };
        if name.is_empty() || name == "The" || name.split(' ').any(|w| NOT_PLACES.contains(&w) && w != "The") {
            continue;
        }
        let country_after = after
            .get(name_end..)
            .and_then(|r| r.strip_prefix(", "))
            .and_then(|r| countries(r).first().filter(|c| c.at == 0 || r.starts_with("the ")).map(|c| c.country));
        let (kind, country) = match lookup_country(name) {
            Some(c) => (PlaceKind::Country, Some(c)),
            None => (PlaceKind::City, country_after),
        };
        if let Ok(p) = Place::new(PlaceParts { name: name.to_owned().into(), kind, country }) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// Drafts the meetings of the text, then its documents and their acts.
pub(super) fn draft(b: &mut Builder<'_>) {
    let mut meetings: Vec<Meeting> = Vec::new();
    for i in 0..b.reading.sentences.len() {
        let Some(s) = b.reading.sentences.get(i) else { continue };
        let clean = s.clean.clone();
        let ms = mentions(&clean);
        if ms.is_empty() {
            continue;
        }
        let hits = dates(&clean, Some(b.period));
        let (status, status_note) = event_status(&clean);
        for (mi, m) in ms.iter().enumerate() {
            let next_mention = ms.get(mi + 1).map_or(clean.len(), |n| n.at);
            // the dates that belong to this mention: after it (up to the next mention), else
            // the nearest one before it
            let after: Vec<&DateHit> =
                hits.iter().filter(|d| d.at >= m.end && d.at < next_mention && introduced(&clean, d)).collect();
            let before = hits.iter().rev().find(|d| d.end <= m.at && introduced(&clean, d));
            let mut dated: Vec<(Option<When>, (usize, usize))> = Vec::new();
            if m.plural && after.len() >= 2 {
                for (k, d) in after.iter().enumerate() {
                    let end = after.get(k + 1).map_or(next_mention, |n| n.at);
                    dated.push((Some(d.when), (d.at, end)));
                }
            } else if let Some(d) = after.first().filter(|d| d.at.saturating_sub(m.end) < 200) {
                dated.push((Some(d.when), (m.at, next_mention)));
            } else if let Some(d) = before {
                dated.push((Some(d.when), (d.at, next_mention)));
            } else if (m.ordinal.is_some() && m.kind != EventKind::Meeting) || undated_held(m, &clean) {
                dated.push((None, (m.at, next_mention)));
            }
            for (date, segment) in dated {
                if meetings.len() >= super::build::MAX_PER_TABLE {
                    break;
                }
                let same = meetings.iter_mut().find(|e| {
                    e.kind == m.kind
                        && ((m.ordinal.is_some() && e.ordinal == m.ordinal && m.kind != EventKind::Meeting)
                            || (date.is_some() && e.date == date && e.ordinal == m.ordinal))
                });
                if let Some(e) = same {
                    if e.date.is_none() && date.is_some() {
                        e.date = date;
                        e.sentence = i;
                        e.segment = segment;
                        e.places = places(clean.get(segment.0..segment.1).unwrap_or(""));
                        e.mode = mode(clean.get(segment.0..segment.1).unwrap_or(""));
                    }
                    continue;
                }
                if date.is_none()
                    && m.kind == EventKind::HighLevelMeeting
                    && !clean.contains("held")
                    && !clean.contains("took place")
                {
                    // an ordinal HLM only mentioned is drafted once, dated later if the text does
                }
                let seg = clean.get(segment.0..segment.1).unwrap_or("");
                let Some(id) = b.id("meeting") else { continue };
                let name = m.name.clone();
                meetings.push(Meeting {
                    id,
                    kind: m.kind,
                    ordinal: m.ordinal,
                    name,
                    date,
                    places: places(near(seg)),
                    mode: mode(seg).or_else(|| mode(&clean).filter(|_| ms.len() == 1)),
                    status,
                    note: status_note,
                    sentence: i,
                    through: None,
                    segment,
                    documents: Vec::new(),
                    rule: if m.ordinal.is_some() && m.kind == EventKind::HighLevelMeeting {
                        "ordinal High-Level Meeting"
                    } else if m.plural && date.is_some() {
                        "meetings listed by date"
                    } else {
                        "dated meeting"
                    },
                });
            }
        }
    }
    super::documents::draft(b, &mut meetings);
    build(b, meetings);
}

/// Builds the meetings into events.
fn build(b: &mut Builder<'_>, meetings: Vec<Meeting>) {
    for m in meetings {
        let Some(source) = b.source(m.sentence, m.through, m.rule) else { continue };
        let background = m.date.is_some_and(|d| d.latest().is_some_and(|l| l < b.period.start));
        let framing = if matches!(m.status, Status::Planned | Status::Expected) {
            Framing::Outlook
        } else if background {
            Framing::Background
        } else {
            Framing::Activity
        };
        let parts = EventParts {
            ordinal: m.ordinal,
            date: m.date,
            places: m.places.into(),
            mode: m.mode,
            documents: m.documents.into(),
            ..EventParts::new(m.id.clone(), m.kind, m.name, m.status, framing, source)
        };
        let Ok(event) = Event::new(parts) else { continue };
        b.parts.events.push(event);
        let r = Ref::new(RecordKind::Event, m.id.clone());
        b.events_at.push((m.sentence, m.segment, m.id));
        let extra = match (m.note, m.date) {
            (Some(n), _) => format!("the text says \"{n}\"; check the status and date"),
            (None, None) => "the text gives no date here".to_owned(),
            (None, Some(d)) if d.year_inferred() => format!("the year of {d} is inferred from the reporting period"),
            (None, Some(_)) => "check the kind, date and places".to_owned(),
        };
        b.note(r, m.rule, Some(&extra));
    }
}
