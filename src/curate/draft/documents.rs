//! Documents: by Council number, and by name with what was done to them.

use std::str::FromStr;

use super::build::Builder;
use super::meetings::Meeting;
use super::words::{dates, words};
use crate::{
    Document, DocumentAction, DocumentKind, DocumentLink, DocumentParts, DocumentRef, EventKind, Id, RecordKind, Ref,
    Status, When,
};

/// A document drafted, before it is built.
struct Doc {
    id: Id,
    title: String,
    number: Option<DocumentRef>,
    kind: DocumentKind,
    status: Status,
    sentence: usize,
    rule: &'static str,
}

/// Words that make a noun phrase a document's name.
const KEYWORDS: [(&str, DocumentKind); 14] = [
    ("outcome document", DocumentKind::OutcomeDocument),
    ("declaration", DocumentKind::Declaration),
    ("treaty", DocumentKind::Treaty),
    ("agenda", DocumentKind::Agenda),
    ("handbook", DocumentKind::Handbook),
    ("guide", DocumentKind::Handbook),
    ("work plan", DocumentKind::WorkPlan),
    ("action plan", DocumentKind::ActionPlan),
    ("study", DocumentKind::Study),
    ("research", DocumentKind::Study),
    ("report", DocumentKind::Report),
    ("strategy", DocumentKind::Report),
    ("document", DocumentKind::Report),
    ("protocol", DocumentKind::Handbook),
];

fn kind_of(title: &str) -> Option<DocumentKind> {
    let t = title.to_lowercase();
    KEYWORDS.iter().find(|(k, _)| t.contains(k)).map(|(_, kind)| *kind)
}

/// Verbs of an act, active ("adopted the …") and their action.
const ACTS: [(&str, DocumentAction); 9] = [
    ("adopted", DocumentAction::Adopted),
    ("endorsed", DocumentAction::Endorsed),
    ("approved", DocumentAction::Approved),
    ("signed", DocumentAction::Signed),
    ("finalised", DocumentAction::Finalised),
    ("published", DocumentAction::Published),
    ("produced", DocumentAction::Produced),
    ("discussed", DocumentAction::Discussed),
    ("presented", DocumentAction::Presented),
];

const STOPS: [&str; 16] = [
    "and",
    "by",
    "which",
    "with",
    "on",
    "at",
    "that",
    "following",
    "during",
    "was",
    "were",
    "is",
    "in",
    "as",
    "for",
    "has",
];

/// The noun phrase after a determiner at word `k`: up to a stop word or punctuation.
fn phrase_after(clean: &str, ws: &[super::words::Word<'_>], k: usize) -> Option<String> {
    let first = ws.get(k)?;
    let mut end = first.at;
    for (n, w) in ws.iter().enumerate().skip(k).take(14) {
        // "on" ends the name only before a date ("adopted the report on 3 May 2022")
        let date_follows = ws.get(n + 1).is_some_and(|x| x.bare.starts_with(|c: char| c.is_ascii_digit()));
        if n > k && STOPS.contains(&w.raw) && (w.raw != "on" || date_follows) {
            break;
        }
        end = w.at + w.raw.len();
        if w.raw.ends_with([',', '.', ';', ':']) || (w.raw.ends_with(')') && !w.raw.starts_with('(')) {
            break;
        }
    }
    let p = clean.get(first.at..end)?.trim_end_matches([',', '.', ';', ':']);
    let p = p.trim_matches(['“', '”', '"', '\'', '‘', '’']);
    (!p.is_empty()).then(|| p.to_owned())
}

/// The noun phrase before word `k` back to its determiner ("the inception report which was …").
fn phrase_before(clean: &str, ws: &[super::words::Word<'_>], k: usize) -> Option<String> {
    let end_word = ws.get(k.checked_sub(1)?)?;
    let end = end_word.at + end_word.raw.len();
    let mut start = None;
    for j in (0..k).rev().take(10) {
        let w = ws.get(j)?;
        if matches!(w.bare.to_lowercase().as_str(), "the" | "a" | "an" | "its") {
            start = ws.get(j + 1).map(|n| n.at);
            break;
        }
        if j + 1 < k && w.raw.ends_with([',', '.', ';']) {
            start = ws.get(j + 1).map(|n| n.at);
            break;
        }
    }
    let p = clean.get(start?..end)?.trim_end_matches([',', '.', ';']);
    let p = p.trim_matches(['“', '”', '"', '\'', '‘', '’']);
    (!p.is_empty()).then(|| p.to_owned())
}

/// Drafts the documents and links their acts to the meetings (or to an event of the act).
pub(super) fn draft(b: &mut Builder<'_>, meetings: &mut Vec<Meeting>) {
    let mut docs: Vec<Doc> = Vec::new();
    let mut acts: Vec<(usize, usize, DocumentAction, Status)> = Vec::new(); // sentence, doc, action, status
    let mut footnote_docs: Vec<(u32, usize)> = Vec::new(); // footnote, doc
    for i in 0..b.reading.sentences.len() {
        let Some(s) = b.reading.sentences.get(i) else { continue };
        let clean = s.clean.clone();
        let section = s.section;
        let lc = clean.to_ascii_lowercase(); // same byte offsets as `clean`
        let ws = words(&clean);
        for (k, w) in ws.iter().enumerate() {
            let Some((_, action)) = ACTS.iter().find(|(v, _)| w.bare.eq_ignore_ascii_case(v)) else { continue };
            let prev = k.checked_sub(1).and_then(|p| ws.get(p)).map_or("", |p| p.bare);
            // "was approved", "the Lisboa declaration signed in 2021" (not "and presented it")
            let after_verb = ws.get(k + 1).map_or("", |n| n.bare);
            let passive = matches!(prev, "was" | "were" | "been" | "be")
                || (matches!(after_verb, "in" | "by" | "at" | "on") && !matches!(prev, "has" | "have" | "and" | "it"));
            let next = ws.get(k + 1).map_or("", |n| n.bare);
            let mut found: Vec<String> = Vec::new();
            // "signed in Brussels the political declaration"
            let (k, next) = match (next, ws.get(k + 2), ws.get(k + 3)) {
                ("in", Some(place), Some(det)) if place.bare.starts_with(char::is_uppercase) && det.bare == "the" => {
                    (k + 2, "the")
                }
                _ => (k, next),
            };
            if matches!(next.to_lowercase().as_str(), "the" | "its" | "a") {
                if let Some(p) = phrase_after(&clean, &ws, k + 2) {
                    found.push(p);
                }
                // "the draft agenda … and the draft outcome document"
                let mut j = k + 2;
                while let Some(and) =
                    ws.iter().enumerate().skip(j).take(14).find(|(_, x)| x.raw == "and").map(|(n, _)| n)
                {
                    if ws.get(and + 1).is_some_and(|x| x.bare == "the") {
                        if let Some(p) = phrase_after(&clean, &ws, and + 2) {
                            found.push(p);
                        }
                    }
                    j = and + 1;
                    if found.len() > 3 {
                        break;
                    }
                }
            } else if passive {
                let at = if matches!(prev, "was" | "were" | "been") { k - 1 } else { k };
                let at = if ws.get(at.wrapping_sub(1)).is_some_and(|x| x.bare == "which" || x.bare == "that") {
                    at - 1
                } else {
                    at
                };
                if let Some(p) = phrase_before(&clean, &ws, at) {
                    found.push(p);
                }
            }
            for title in found {
                let Some(kind) = kind_of(&title) else { continue };
                let status_act = if lc.contains("expected") {
                    Status::Expected
                } else if lc.contains("scheduled") || lc.contains("will be") {
                    Status::Planned
                } else {
                    Status::Completed
                };
                let d = doc(b, &mut docs, &title, kind, i, "document named with its act");
                acts.push((i, d, *action, status_act));
            }
        }
        // "the EU-CELAC Foreign Ministers' Meeting Declaration": a capitalised name ending in
        // Declaration or Treaty, with no act
        for (k, w) in ws.iter().enumerate() {
            if !matches!(w.bare, "Declaration" | "Treaty") {
                continue;
            }
            let mut start = k;
            while start > 0
                && ws.get(start - 1).is_some_and(|p| p.bare.starts_with(char::is_uppercase) && p.bare != "The")
            {
                start -= 1;
            }
            if start == k {
                continue;
            }
            let (Some(a), Some(z)) = (ws.get(start), ws.get(k)) else { continue };
            let title = clean
                .get(a.at + a.raw.find(a.bare).unwrap_or(0)..z.at + z.raw.find(z.bare).unwrap_or(0) + z.bare.len());
            if let Some(title) = title {
                let kind = if w.bare == "Treaty" { DocumentKind::Treaty } else { DocumentKind::Declaration };
                let d = doc(b, &mut docs, title, kind, i, "named document");
                // "the … Foreign Ministers' Meeting Declaration": the meeting's declaration,
                // adopted by it (linked to the meeting if the sentence dates one)
                if title.contains("Meeting Declaration") {
                    acts.push((i, d, DocumentAction::Adopted, Status::Completed));
                }
            }
        }
        // "SOCTA (Serious Organised Crime Threat Assessment)": an acronym spelled out, letter by
        // letter, as an assessment or an instrument is a document
        for (k, w) in ws.iter().enumerate() {
            if w.bare.len() < 4 || !w.bare.chars().all(|c| c.is_ascii_uppercase()) {
                continue;
            }
            let Some(open) = ws.get(k + 1).filter(|n| n.raw.starts_with('(')) else { continue };
            let Some(close) = clean.get(open.at..).and_then(|r| r.find(')')).map(|c| open.at + c) else { continue };
            let Some(expansion) = clean.get(open.at + 1..close) else { continue };
            let initials: String =
                expansion.split_whitespace().filter_map(|x| x.chars().next()).filter(|c| c.is_uppercase()).collect();
            let documentary =
                ["Assessment", "Instrument", "Evaluación", "Strategy", "Report"].iter().any(|x| expansion.contains(x));
            if initials == w.bare && documentary {
                if let Some(title) = clean.get(w.at + w.raw.find(w.bare).unwrap_or(0)..=close) {
                    doc(b, &mut docs, title, DocumentKind::Assessment, i, "acronym of a document");
                }
            }
        }
        // "The signature of the AMERIPOL Treaty is expected to take place in 2022"
        if let Some(at) = lc.find("signature of the ") {
            let k = ws.iter().position(|w| w.at >= at + "signature of the ".len());
            if let Some(title) = k.and_then(|k| phrase_after(&clean, &ws, k)) {
                if let Some(kind) = kind_of(&title) {
                    let status = if lc.contains("expected") { Status::Expected } else { Status::Completed };
                    let d = doc(b, &mut docs, &title, kind, i, "document named with its act");
                    acts.push((i, d, DocumentAction::Signed, status));
                }
            }
        }
        // Council numbers: "9916/21", "CM 6082/21", "6762/2022"
        for (k, w) in ws.iter().enumerate() {
            if !w.bare.contains('/') || !w.bare.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let prev = k.checked_sub(1).and_then(|p| ws.get(p)).map_or("", |p| p.bare);
            let text = if prev == "CM" { format!("CM {}", w.bare) } else { w.bare.to_owned() };
            let Ok(number) = DocumentRef::from_str(&text) else { continue };
            if docs.iter().any(|d| d.number.is_some_and(|n| n.same_document(&number))) {
                continue;
            }
            // the footnote's marker names the document: "the Biennial Report …<sup>1</sup>"
            let footnote =
                b.reading.sections.get(section).filter(|x| x.footnote).and_then(|x| x.code.strip_prefix("fn"));
            let footnote_number = footnote.and_then(|n| n.parse::<u32>().ok());
            let marker = footnote_number
                .and_then(|n| b.reading.markers.iter().find(|m| m.number == n))
                .map(|m| m.before.to_lowercase());
            if let Some(before) = &marker {
                if let Some(d) =
                    docs.iter_mut().find(|d| d.number.is_none() && before.ends_with(&d.title.to_lowercase()))
                {
                    d.number = Some(number);
                    continue;
                }
            }
            let kind = if prev == "CM" { DocumentKind::MeetingDocument } else { DocumentKind::Report };
            let Some(id) = b.id("doc") else { continue };
            if let Some(n) = footnote_number {
                footnote_docs.push((n, docs.len()));
            }
            docs.push(Doc {
                id,
                title: text,
                number: Some(number),
                kind,
                status: Status::Completed,
                sentence: i,
                rule: "Council document number",
            });
        }
    }
    link(b, meetings, &docs, &acts);
    // a meeting's own Council document, by the footnote marker in its part of the sentence:
    // "on 26 October 2021, under the co-presidency of Slovenia and Paraguay<sup>3</sup>"
    for marker in &b.reading.markers {
        let Some(d) = footnote_docs.iter().find(|(n, _)| *n == marker.number).and_then(|(_, d)| docs.get(*d)) else {
            continue;
        };
        if d.kind != DocumentKind::MeetingDocument {
            continue;
        }
        let at = marker.before.len();
        let meeting = meetings
            .iter_mut()
            .filter(|m| m.sentence == marker.sentence && m.kind.is_meeting())
            .find(|m| m.segment.0 <= at && at <= m.segment.1);
        if let Some(m) = meeting {
            let link = DocumentLink { document: d.id.clone(), action: DocumentAction::DocumentedBy };
            if !m.documents.contains(&link) {
                m.documents.push(link);
            }
        }
    }
    for d in docs {
        let Some(source) = b.source(d.sentence, None, d.rule) else { continue };
        let parts =
            DocumentParts { number: d.number, ..DocumentParts::new(d.id.clone(), d.kind, d.title, d.status, source) };
        if let Ok(doc) = Document::new(parts) {
            b.parts.documents.push(doc);
            b.note(Ref::new(RecordKind::Document, d.id), d.rule, Some("check the title, kind and number"));
        }
    }
}

/// The index of the document with this title, drafted if new.
fn doc(
    b: &mut Builder<'_>,
    docs: &mut Vec<Doc>,
    title: &str,
    kind: DocumentKind,
    i: usize,
    rule: &'static str,
) -> usize {
    if docs.len() >= super::build::MAX_PER_TABLE {
        return usize::MAX;
    }
    let key = title.to_lowercase();
    // "the above-mentioned annual report", "this report": the report itself
    if key.contains("above-mentioned") || key == "this report" {
        let own = b.parts.meta.number();
        let title = b.parts.meta.title().to_owned();
        if let Some(k) = docs.iter().position(|d| d.number.is_some() && d.number == own) {
            if let Some(d) = docs.get_mut(k) {
                d.title = title;
                d.kind = DocumentKind::Report;
            }
            return k;
        }
        let Some(id) = b.id("doc") else { return usize::MAX };
        docs.push(Doc { id, title, number: own, kind, status: Status::Completed, sentence: i, rule });
        return docs.len() - 1;
    }
    if let Some(k) = docs.iter().position(|d| d.title.to_lowercase() == key) {
        return k;
    }
    let status = if key.starts_with("draft") { Status::Active } else { Status::Completed };
    let Some(id) = b.id("doc") else { return usize::MAX };
    docs.push(Doc { id, title: title.to_owned(), number: None, kind, status, sentence: i, rule });
    docs.len() - 1
}

/// Links each act to a meeting of its sentence (or of the sentence before, in the same block,
/// when this one opens with "The High-Level Meeting", "The meeting", "It" or "They"); an act
/// with no meeting gets an event of its own (a signing, a publication or an approval).
fn link(
    b: &mut Builder<'_>,
    meetings: &mut Vec<Meeting>,
    docs: &[Doc],
    acts: &[(usize, usize, DocumentAction, Status)],
) {
    for &(i, d, action, status) in acts {
        let Some(doc) = docs.get(d) else { continue };
        let link = DocumentLink { document: doc.id.clone(), action };
        let Some(s) = b.reading.sentences.get(i) else { continue };
        let lc = s.clean.to_ascii_lowercase();
        let anaphora =
            ["the high-level meeting", "the meeting", "it ", "they ", "participants"].iter().any(|a| lc.starts_with(a))
                || lc.starts_with("in particular they");
        let previous =
            i.checked_sub(1).filter(|p| b.reading.sentences.get(*p).is_some_and(|x| x.block == s.block) && anaphora);
        let target = meetings
            .iter()
            .position(|m| m.sentence == i && m.kind.is_meeting())
            .or_else(|| previous.and_then(|p| meetings.iter().rposition(|m| m.sentence == p && m.kind.is_meeting())));
        if let Some(m) = target.and_then(|t| meetings.get_mut(t)) {
            if m.sentence != i {
                m.through = Some(i);
            }
            if !m.documents.contains(&link) {
                m.documents.push(link);
            }
            continue;
        }
        if action == DocumentAction::Discussed || action == DocumentAction::Presented {
            continue;
        }
        let kind = match action {
            DocumentAction::Adopted | DocumentAction::Signed | DocumentAction::Endorsed => EventKind::Signing,
            DocumentAction::Approved => EventKind::Approval,
            _ => EventKind::Publication,
        };
        let date: Option<When> = dates(&s.clean, Some(b.period)).first().map(|h| h.when);
        let Some(id) = b.id("act") else { continue };
        let noun = match action {
            DocumentAction::Adopted => "adoption",
            DocumentAction::Endorsed => "endorsement",
            DocumentAction::Approved => "approval",
            DocumentAction::Signed => "signature",
            DocumentAction::Published => "publication",
            DocumentAction::Finalised => "finalisation",
            DocumentAction::Produced => "production",
            _ => "act",
        };
        let name = format!("{noun} of the {}", doc.title);
        meetings.push(Meeting {
            id,
            kind,
            ordinal: None,
            name,
            date,
            places: Vec::new(),
            mode: None,
            status,
            note: None,
            sentence: i,
            through: None,
            segment: (0, 0),
            documents: vec![link],
            rule: "act on a document",
        });
    }
}
