//! The annotated report: the source text cut into blocks (headings, paragraphs, list items), each
//! with an anchor, and every passage that a record quotes found in it and highlighted.
//!
//! Quotes are matched as the library's tests match them: with runs of white space folded
//! (`source::normalise_whitespace`), against the text with its markup (`**`, `<sup>`), so that a
//! quote is found exactly where it stands. A quote that occurs more than once is placed at its
//! first occurrence.

use std::collections::HashMap;

use eu_celac_drugs::{Dataset, Ref, SourceRef};

/// How a block of the report is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading, of the level the page gives it (2 to 6).
    Heading(u8),
    /// A paragraph (its lines kept apart by line breaks).
    Paragraph,
    /// An item of a bulleted list.
    Item,
    /// An item of a numbered list.
    Numbered,
    /// A horizontal rule (before the footnotes of a page).
    Rule,
}

/// A block of the report: its kind and the byte ranges of its lines' text (markup included,
/// list and heading marks left out).
#[derive(Debug, Clone)]
pub struct Block {
    /// How it is shown.
    pub kind: BlockKind,
    /// The lines' text, as byte ranges of the source.
    pub lines: Vec<(usize, usize)>,
    /// Its paragraph number (¶), counted over paragraphs and list items from the start of the
    /// text; `None` for a heading or a rule.
    pub para: Option<usize>,
    /// The footnotes that start on its lines: (line, footnote number as printed).
    pub footnotes: Vec<(usize, String)>,
}

/// A passage that one or more records quote: a byte range of the source.
#[derive(Debug, Clone)]
pub struct Passage {
    /// Where it starts.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
    /// The records that quote it.
    pub records: Vec<Ref>,
    /// Whether the report's metadata quotes it.
    pub meta: bool,
}

/// A run of text within one line, with one style and one set of passages over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text (markup removed).
    pub text: String,
    /// In bold.
    pub bold: bool,
    /// In superscript.
    pub sup: bool,
    /// The passages that cover it (indexes into [`Annotated::passages`]).
    pub marks: Vec<usize>,
    /// The passages that start just before it.
    pub anchors: Vec<usize>,
}

/// The source text, cut into blocks, with every quoted passage.
#[derive(Debug, Clone)]
pub struct Annotated<'t> {
    /// The text.
    pub text: &'t str,
    /// Its blocks, in order.
    pub blocks: Vec<Block>,
    /// Every passage, in the order of the text.
    pub passages: Vec<Passage>,
    by_record: HashMap<String, usize>,
    meta_passage: Option<usize>,
    /// The records whose quote is not in the text (none, for a dataset made from it).
    pub unmatched: Vec<Ref>,
}

/// The text with runs of white space folded to one space, and for every byte of it the byte of
/// the source it comes from.
fn fold_with_map(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let mut pending_space: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if pending_space.is_none() {
                pending_space = Some(i);
            }
            continue;
        }
        if let Some(at) = pending_space.take()
            && !folded.is_empty()
        {
            folded.push(' ');
            map.push(at);
        }
        folded.push(c);
        map.extend((0..c.len_utf8()).map(|k| i + k));
    }
    (folded, map)
}

fn parse_blocks(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut in_paragraph = false;
    let mut previous_heading: u8 = 1;
    let mut offset = 0;
    for raw_line in text.split_inclusive('\n') {
        let start = offset;
        offset += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            in_paragraph = false;
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let content_start = start + lead;
        let content_end = start + line.trim_end().len();
        let hashes = trimmed.chars().take_while(|&c| c == '#').count();
        let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
        let (kind, skip) = if hashes > 0 && trimmed.get(hashes..hashes + 1) == Some(" ") {
            // The report's own levels jump about; the page keeps its headings in order.
            let wanted = u8::try_from(hashes).unwrap_or(6).saturating_add(1).clamp(2, 6);
            let level = wanted.min(previous_heading.saturating_add(1)).max(2);
            previous_heading = level;
            (BlockKind::Heading(level), hashes + 1)
        } else if trimmed.chars().all(|c| c == '-') && trimmed.len() >= 3 {
            (BlockKind::Rule, trimmed.len())
        } else if let Some(rest) = trimmed.strip_prefix("- ") {
            (BlockKind::Item, trimmed.len() - rest.len())
        } else if digits > 0 && trimmed.get(digits..digits + 2) == Some(". ") {
            (BlockKind::Numbered, digits + 2)
        } else {
            (BlockKind::Paragraph, 0)
        };
        let range = (content_start + skip, content_end);
        match (kind, blocks.last_mut()) {
            (BlockKind::Paragraph, Some(last)) if in_paragraph && last.kind == BlockKind::Paragraph => {
                last.lines.push(range);
            }
            _ => blocks.push(Block { kind, lines: vec![range], para: None, footnotes: Vec::new() }),
        }
        in_paragraph = kind == BlockKind::Paragraph;
    }
    number(text, &mut blocks);
    blocks
}

/// Numbers the paragraphs and list items (¶ 1, ¶ 2…), and finds the footnotes: after a rule, a
/// line that opens with its number (`1 9916/21`, `<sup>5</sup> An initial phase…`).
fn number(text: &str, blocks: &mut [Block]) {
    let mut para = 0;
    let mut after_rule = false;
    let mut seen: Vec<String> = Vec::new();
    for block in blocks.iter_mut() {
        match block.kind {
            BlockKind::Rule => {
                after_rule = true;
                continue;
            }
            BlockKind::Heading(_) => {
                after_rule = false;
                continue;
            }
            _ => {}
        }
        para += 1;
        block.para = Some(para);
        if !after_rule {
            continue;
        }
        for (n, &(start, end)) in block.lines.iter().enumerate() {
            let line = text.get(start..end).unwrap_or_default();
            let (line, close) = match line.strip_prefix("<sup>") {
                Some(rest) => (rest, "</sup>"),
                None => (line, " "),
            };
            let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
            let follows = line.get(digits.len()..).is_some_and(|rest| rest.starts_with(close));
            if !digits.is_empty() && follows && !seen.contains(&digits) {
                seen.push(digits.clone());
                block.footnotes.push((n, digits));
            }
        }
    }
}

impl<'t> Annotated<'t> {
    /// Cuts `text` into blocks and finds every quote of `dataset` in it.
    pub fn new(text: &'t str, dataset: &Dataset) -> Self {
        let blocks = parse_blocks(text);
        let (folded, map) = fold_with_map(text);
        let mut found: HashMap<String, Option<(usize, usize)>> = HashMap::new();
        let mut locate = |source: &SourceRef| -> Option<(usize, usize)> {
            let quote = eu_celac_drugs::source::normalise_whitespace(source.quote());
            *found.entry(quote).or_insert_with_key(|q| {
                let at = folded.find(q.as_str())?;
                let first = *map.get(at)?;
                let last = *map.get(at + q.len().checked_sub(1)?)?;
                Some((first, last + 1))
            })
        };
        // For each quoted byte range: the records that quote it, and whether the metadata does.
        let mut ranges: HashMap<(usize, usize), (Vec<Ref>, bool)> = HashMap::new();
        let mut unmatched = Vec::new();
        for (kind, id, source) in dataset.records() {
            let r = Ref::new(kind, id.clone());
            match locate(source) {
                Some(range) => ranges.entry(range).or_default().0.push(r),
                None => unmatched.push(r),
            }
        }
        if let Some(range) = dataset.meta().source().and_then(locate) {
            ranges.entry(range).or_default().1 = true;
        }
        let mut list: Vec<_> = ranges.into_iter().collect();
        list.sort_by_key(|((s, e), _)| (*s, std::cmp::Reverse(*e)));
        let mut passages = Vec::with_capacity(list.len());
        let mut by_record = HashMap::new();
        let mut meta_passage = None;
        for (n, ((start, end), (records, meta))) in list.into_iter().enumerate() {
            for r in &records {
                by_record.insert(r.id.to_string(), n);
            }
            if meta {
                meta_passage = Some(n);
            }
            passages.push(Passage { start, end, records, meta });
        }
        Self { text, blocks, passages, by_record, meta_passage, unmatched }
    }

    /// The passage the record with this id quotes, if its quote is in the text.
    pub fn passage_of(&self, id: &str) -> Option<usize> {
        self.by_record.get(id).copied()
    }

    /// The paragraph number (¶) of the block a passage starts in; for a passage in a heading,
    /// the paragraph the heading introduces (the first numbered block after it).
    pub fn para_of_passage(&self, passage: usize) -> Option<usize> {
        let p = self.passages.get(passage)?;
        let at = self
            .blocks
            .iter()
            .position(|b| b.lines.iter().any(|&(start, end)| start <= p.start && p.start < end.max(start + 1)))
            .or_else(|| {
                self.blocks.iter().rposition(|b| b.lines.first().is_some_and(|&(start, _)| start <= p.start))
            })?;
        self.blocks.iter().skip(at).find_map(|b| b.para)
    }

    /// Whether the text has a footnote with this number (so `report.html#fn-N` exists).
    pub fn has_footnote(&self, number: &str) -> bool {
        self.blocks.iter().any(|b| b.footnotes.iter().any(|(_, n)| n == number))
    }

    /// The passage the report's metadata quotes.
    pub fn meta_passage(&self) -> Option<usize> {
        self.meta_passage
    }

    /// The segments of one line: runs of text of one style and one set of passages, with the
    /// anchors of the passages that start there.
    pub fn segments(&self, (from, to): (usize, usize), anchors_here: &[(usize, usize)]) -> Vec<Segment> {
        let mut out: Vec<Segment> = Vec::new();
        let (mut bold, mut sup) = (false, false);
        let mut pending: Vec<usize> = Vec::new();
        let mut i = from;
        let bytes = self.text.get(from..to).unwrap_or("");
        let mut rest = bytes;
        // Passages that may cover this line: those that start before its end and end after its start.
        let candidates: Vec<(usize, &Passage)> =
            self.passages.iter().enumerate().filter(|(_, p)| p.start < to && p.end > from).collect();
        while let Some(c) = rest.chars().next() {
            for &(pos, n) in anchors_here {
                if pos == i {
                    pending.push(n);
                }
            }
            let step = if rest.starts_with("**") {
                bold = !bold;
                2
            } else if rest.starts_with("<sup>") {
                sup = true;
                5
            } else if rest.starts_with("</sup>") {
                sup = false;
                6
            } else {
                let marks: Vec<usize> =
                    candidates.iter().filter(|(_, p)| p.start <= i && i < p.end).map(|(n, _)| *n).collect();
                match out.last_mut() {
                    Some(last) if pending.is_empty() && last.bold == bold && last.sup == sup && last.marks == marks => {
                        last.text.push(c);
                    }
                    _ => out.push(Segment {
                        text: c.to_string(),
                        bold,
                        sup,
                        marks,
                        anchors: std::mem::take(&mut pending),
                    }),
                }
                c.len_utf8()
            };
            i += step;
            rest = rest.get(step..).unwrap_or("");
        }
        if !pending.is_empty() {
            out.push(Segment { text: String::new(), bold, sup, marks: Vec::new(), anchors: pending });
        }
        out
    }

    /// Where each passage's anchor goes: (byte position, passage), the position moved to the
    /// start of the text of the line it falls in or before.
    pub fn anchor_positions(&self) -> Vec<(usize, usize, usize)> {
        // (block, position, passage)
        let mut out = Vec::with_capacity(self.passages.len());
        for (n, p) in self.passages.iter().enumerate() {
            let located = self.blocks.iter().enumerate().find_map(|(b, block)| {
                block.lines.iter().find(|&&(_, end)| end > p.start).map(|&(start, _)| (b, p.start.max(start)))
            });
            if let Some((b, pos)) = located {
                out.push((b, pos, n));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_maps_back_to_the_source() {
        let (folded, map) = fold_with_map("  a\n\n  bc  d ");
        assert_eq!(folded, "a bc d");
        assert_eq!(map, vec![2, 3, 7, 8, 9, 11]);
    }

    #[test]
    fn blocks_keep_headings_in_order() {
        let blocks = parse_blocks("#### NOTE\n\nx  \ny\n\n# T\n\n### I\n\n- a\n- b\n\n1. one\n\n---\n");
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading(2),
                BlockKind::Paragraph,
                BlockKind::Heading(2),
                BlockKind::Heading(3),
                BlockKind::Item,
                BlockKind::Item,
                BlockKind::Numbered,
                BlockKind::Rule
            ]
        );
        assert_eq!(blocks[1].lines.len(), 2);
        let paras: Vec<Option<usize>> = blocks.iter().map(|b| b.para).collect();
        assert_eq!(paras, [None, Some(1), None, None, Some(2), Some(3), Some(4), None]);
    }

    #[test]
    fn footnotes_are_found_after_a_rule() {
        let text = "x<sup>1</sup>\n\n---\n\n1 9916/21  \n2 10047/21\n\n---\n\n<sup>5</sup> An initial phase\n";
        let blocks = parse_blocks(text);
        let notes: Vec<(usize, String)> = blocks.iter().flat_map(|b| b.footnotes.clone()).collect();
        assert_eq!(notes, [(0, "1".to_owned()), (1, "2".to_owned()), (0, "5".to_owned())]);
    }
}
