//! The report's metadata and sections, drafted from its headings and cover note.

use std::str::FromStr;

use super::DraftError;
use super::text::Reading;
use super::words::{Period, dates, words};
use crate::{
    DocumentRef, Precision, ReportMeta, ReportMetaParts, Section, SectionParts, SourceRef, SourceRefParts, When,
};

/// How far into the text the cover note's fields are looked for, in bytes.
const COVER_BYTES: usize = 2_500;

/// The metadata of the draft, and its reporting period.
pub(super) fn draft(input: &str, reading: &Reading) -> Result<(ReportMeta, Period), DraftError> {
    let sections = sections(reading);
    let title = title(reading);
    let period = period(&title, reading).ok_or(DraftError::NoReportingPeriod)?;
    let cover: Vec<usize> = reading
        .sentences
        .iter()
        .enumerate()
        .take_while(|(_, s)| s.start < COVER_BYTES.min(input.len()))
        .map(|(i, _)| i)
        .collect();
    let mut parts = ReportMetaParts::new(title.clone(), period.start, period.end);
    parts.sections = sections.into();
    parts.note = Some(
        "a draft made by eu_celac_drugs::curate::draft from the report's text: every record is a candidate to review against its quote"
            .into(),
    );
    let mut file_codes: Vec<crate::Text> = Vec::new();
    for &i in &cover {
        let Some(s) = reading.sentences.get(i) else { continue };
        let ws = words(&s.clean);
        for (k, w) in ws.iter().enumerate() {
            if parts.number.is_none() && w.raw.contains('/') {
                let prev = k.checked_sub(1).and_then(|p| ws.get(p)).map_or("", |p| p.bare);
                let text = if prev == "CM" { format!("CM {}", w.bare) } else { w.bare.to_owned() };
                if let Ok(n) = DocumentRef::from_str(&text) {
                    parts.number = Some(n);
                    parts.source = source(input, reading, i);
                }
            }
            let next = ws.get(k + 1).map_or("", |n| n.raw);
            if w.raw.len() >= 4
                && w.raw.bytes().all(|b| b.is_ascii_uppercase())
                && !matches!(w.raw, "NOTE" | "ANNEX" | "LIMITE" | "RELEX")
                && (1..=4).contains(&next.len())
                && next.bytes().all(|b| b.is_ascii_digit())
            {
                let code = format!("{} {next}", w.raw);
                if !file_codes.iter().any(|c| **c == code) {
                    file_codes.push(code.into());
                }
            }
            if w.raw == "(OR." {
                let lang = ws.get(k + 1).map_or("", |n| n.raw.trim_end_matches(')'));
                if !lang.is_empty() && lang.len() <= 5 {
                    parts.language = Some(lang.to_owned().into());
                }
            }
        }
        // "Brussels, 28 June 2022"
        if parts.date.is_none() {
            for d in dates(&s.clean, None) {
                let When::On(p) = d.when else { continue };
                let before = s.clean.get(..d.at).unwrap_or("").trim_end();
                if let (Precision::Day, Some(place)) = (p.precision(), before.strip_suffix(',')) {
                    let place = place.rsplit(' ').next().unwrap_or("");
                    if place.starts_with(char::is_uppercase) && place.chars().all(char::is_alphabetic) {
                        parts.date = p.date();
                        parts.place = Some(place.to_owned().into());
                        break;
                    }
                }
            }
        }
        for (field, label) in [(0, "From:"), (1, "To:"), (2, "Subject:")] {
            let Some((_, after)) = s.clean.split_once(label) else { continue };
            let stop = ["From:", "To:", "Subject:"].iter().filter_map(|l| after.find(l)).min().unwrap_or(after.len());
            let mut value = after.get(..stop).unwrap_or("").trim().to_owned();
            if field == 2 {
                // a flat text runs on after the subject: it ends with the period's last date
                if let Some(end) = dates(&value, None).iter().find(|d| d.when.earliest() == period.end).map(|d| d.end) {
                    value.truncate(end);
                }
                value = value.chars().take(300).collect::<String>().trim().to_owned();
            }
            if value.is_empty() {
                continue;
            }
            let slot = match field {
                0 => &mut parts.from,
                1 => &mut parts.to,
                _ => &mut parts.subject,
            };
            if slot.is_none() {
                *slot = Some(value.into());
            }
        }
    }
    parts.file_codes = file_codes.into();
    // a text with no heading that names a report (a flat text) is titled by its subject line
    if !title.to_lowercase().contains("report") {
        if let Some(subject) = parts.subject.clone() {
            parts.title = subject;
        }
    }
    match ReportMeta::new(parts) {
        Ok(meta) => Ok((meta, period)),
        // the sections or a field could not be kept: the title and the period alone
        Err(_) => ReportMeta::new(ReportMetaParts {
            sections: self::sections(reading).into(),
            ..ReportMetaParts::new(title, period.start, period.end)
        })
        .map(|m| (m, period))
        .map_err(|_| DraftError::NoReportingPeriod),
    }
}

fn source(input: &str, reading: &Reading, i: usize) -> Option<SourceRef> {
    let s = reading.sentences.get(i)?;
    let quote = crate::source::normalise_whitespace(input.get(s.start..s.end)?);
    SourceRef::new(SourceRefParts {
        section: reading.sections.get(s.section)?.code.parse().ok()?,
        quote: quote.into(),
        note: Some("draft (cover note): review the metadata".into()),
    })
    .ok()
}

/// The report's sections, as valid [`Section`]s (a section whose code or heading does not
/// validate is left out, and so are the records that would stand in it).
fn sections(reading: &Reading) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    for s in &reading.sections {
        let parent = s.parent.and_then(|p| reading.sections.get(p)).and_then(|p| p.code.parse().ok());
        let parent = parent.filter(|p| out.iter().any(|o| o.code() == p));
        let Ok(code) = s.code.parse() else { continue };
        if let Ok(section) =
            Section::new(SectionParts { code, heading: s.heading.clone().into(), parent, footnote: s.footnote })
        {
            out.push(section);
        }
    }
    out
}

/// The title: the first heading that names a report, else the first heading, else the first
/// sentence.
fn title(reading: &Reading) -> String {
    let headings = reading.sections.iter().filter(|s| !s.footnote && s.code != "front");
    let named = headings.clone().find(|s| s.heading.to_lowercase().contains("report"));
    let t = named
        .or_else(|| headings.clone().next())
        .map(|s| s.heading.clone())
        .or_else(|| reading.sentences.first().map(|s| s.clean.chars().take(200).collect()))
        .unwrap_or_default();
    let t = t.trim().to_owned();
    if t.is_empty() { "[untitled report]".to_owned() } else { t }
}

/// The reporting period: the first two day dates of the title, or of a sentence of the first
/// few that joins two day dates with "to".
fn period(title: &str, reading: &Reading) -> Option<Period> {
    let pair = |text: &str| -> Option<Period> {
        let ds = dates(text, None);
        let mut days = ds.iter().filter(|d| matches!(d.when, When::On(p) if p.precision() == Precision::Day));
        let (a, b) = (days.next()?, days.next()?);
        let between = text.get(a.end..b.at).unwrap_or("").trim();
        if !matches!(between, "to" | "-" | "–" | "until") {
            return None;
        }
        let (start, end) = (a.when.earliest(), b.when.earliest());
        (start <= end).then_some(Period { start, end })
    };
    pair(title).or_else(|| reading.sentences.iter().take(60).find_map(|s| pair(&s.clean)))
}
