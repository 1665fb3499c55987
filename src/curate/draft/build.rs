//! The draft under construction: the reading of the text, the tables, ids, sources and notes.

use super::text::Reading;
use super::words::Period;
use super::{DraftError, ReviewNote};
use crate::source::normalise_whitespace;
use crate::{DatasetParts, Id, Programme, ProgrammeKind, ProgrammeParts, RecordKind, Ref, SourceRef, SourceRefParts};

/// The most records a draft makes of one kind: a report has some hundreds; a text that would
/// give more is no report, and stops being drafted there (in bounded time).
pub(super) const MAX_PER_TABLE: usize = 5_000;

/// The draft under construction.
pub(super) struct Builder<'a> {
    /// The input text.
    pub input: &'a str,
    /// The text, read.
    pub reading: Reading,
    /// The tables.
    pub parts: DatasetParts,
    /// The reporting period, for years the text leaves out.
    pub period: Period,
    /// The meetings drafted: sentence, the part of its clean text about the meeting, and id.
    pub events_at: Vec<(usize, (usize, usize), Id)>,
    notes: Vec<ReviewNote>,
    counter: usize,
    topics: Vec<Option<Id>>,
}

impl<'a> Builder<'a> {
    /// Starts a draft: the metadata first (a dataset needs its period and sections).
    pub(super) fn new(input: &'a str, reading: Reading) -> Result<Self, DraftError> {
        let (meta, period) = super::meta::draft(input, &reading)?;
        let topics = vec![None; reading.sections.len()];
        Ok(Self {
            input,
            reading,
            parts: DatasetParts::new(meta),
            period,
            events_at: Vec::new(),
            notes: Vec::new(),
            counter: 0,
            topics,
        })
    }

    /// The tables and the notes; the metadata gets the documents the report cites by number
    /// and the meeting that adopted it, where the draft has them.
    pub(super) fn finish(mut self) -> (DatasetParts, Vec<ReviewNote>) {
        let own = self.parts.meta.number();
        let is_own = |d: &crate::Document| matches!((d.number(), own), (Some(a), Some(b)) if a.same_document(&b));
        let cites: Vec<Id> = self
            .parts
            .documents
            .iter()
            .filter(|d| d.number().is_some() && !is_own(d))
            .map(|d| d.id().clone())
            .collect();
        let own_doc = self.parts.documents.iter().find(|d| is_own(d)).map(|d| d.id().clone());
        let adopted_at = own_doc.and_then(|doc| {
            self.parts
                .events
                .iter()
                .find(|e| e.documents().iter().any(|l| l.document == doc && l.action == crate::DocumentAction::Adopted))
                .map(|e| e.id().clone())
        });
        let mut meta = self.parts.meta.clone().into_parts();
        meta.cites = cites.into();
        meta.adopted_at = adopted_at;
        if let Ok(meta) = crate::ReportMeta::new(meta) {
            self.parts.meta = meta;
        }
        (self.parts, self.notes)
    }

    /// A fresh id: `prefix-N`, unique across the draft; `None` once the draft holds
    /// [`MAX_PER_TABLE`] records of every kind together times ten (no report is that long).
    pub(super) fn id(&mut self, prefix: &str) -> Option<Id> {
        if self.counter >= 10 * MAX_PER_TABLE {
            return None;
        }
        self.counter += 1;
        Id::new(format!("{prefix}-{}", self.counter)).ok()
    }

    /// The quote of the input from `start` to `end` (white space folded).
    pub(super) fn quote(&self, start: usize, end: usize) -> Option<String> {
        let q = normalise_whitespace(self.input.get(start..end)?);
        (!q.is_empty()).then_some(q)
    }

    /// The source of sentence `i` (and, with `through`, of the sentences up to that one).
    pub(super) fn source(&self, i: usize, through: Option<usize>, rule: &str) -> Option<SourceRef> {
        let s = self.reading.sentences.get(i)?;
        let end = through.and_then(|t| self.reading.sentences.get(t)).map_or(s.end, |t| t.end.max(s.end));
        let section = self.reading.sections.get(s.section)?;
        SourceRef::new(SourceRefParts {
            section: section.code.parse().ok()?,
            quote: self.quote(s.start, end)?.into(),
            note: Some(format!("draft ({rule}): review before use").into()),
        })
        .ok()
    }

    /// Records a review note.
    pub(super) fn note(&mut self, record: Ref, rule: &'static str, extra: Option<&str>) {
        let note = match extra {
            Some(e) => format!("draft from the rule \"{rule}\": {e}; review against the quote"),
            None => format!("draft from the rule \"{rule}\": review against the quote"),
        };
        self.notes.push(ReviewNote { record, rule, note });
    }

    /// The programme standing for what section of sentence `i` is about (drafted once per
    /// section, named by its heading and quoting the section's first sentence).
    pub(super) fn topic(&mut self, i: usize) -> Option<Ref> {
        let mut section = self.reading.sentences.get(i)?.section;
        // a footnote is about what the sentence with its marker is about
        let footnote =
            self.reading.sections.get(section).filter(|s| s.footnote).and_then(|s| s.code.strip_prefix("fn"));
        if let Some(n) = footnote.and_then(|n| n.parse::<u32>().ok()) {
            let marked = self.reading.markers.iter().find(|m| m.number == n).map(|m| m.sentence);
            if let Some(s) = marked.and_then(|m| self.reading.sentences.get(m)) {
                section = s.section;
            }
        }
        if let Some(Some(id)) = self.topics.get(section) {
            return Some(Ref::new(RecordKind::Programme, id.clone()));
        }
        let first = self.reading.sentences.iter().position(|s| s.section == section)?;
        let heading = self.reading.sections.get(section)?.heading.clone();
        let source = self.source(first, None, "section topic")?;
        let id = self.id("topic")?;
        let acronym = heading
            .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ':'))
            .find(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase()) && super::text::roman(w).is_none())
            .map(|w| w.to_owned().into());
        let programme = Programme::new(ProgrammeParts {
            acronym,
            ..ProgrammeParts::new(id.clone(), heading, ProgrammeKind::Programme, source)
        })
        .ok()?;
        self.parts.programmes.push(programme);
        if let Some(slot) = self.topics.get_mut(section) {
            *slot = Some(id.clone());
        }
        let r = Ref::new(RecordKind::Programme, id);
        self.note(
            r.clone(),
            "section topic",
            Some("stands for what its section is about, named by the heading; set its kind (programme, project, committee…) and name"),
        );
        Some(r)
    }
}
