//! Reading a report's text: blocks (paragraphs, list items, headings, footnotes), sentences
//! and sections, for both shapes a text arrives in — the Markdown-like text the 2021–2022 report
//! is shipped as, and the flat text a PDF gives (one long line, page headers and footers mixed
//! in, words split by hyphens at line ends).
//!
//! Every sentence keeps its place in the input (`start..end`, trimmed of white space at both
//! ends), so that its quote — the input's words there, white space folded — occurs in the input
//! after [`normalise_whitespace`]. What the rules read is the sentence's *clean* form: markup
//! removed ([`plain_text`]), page headers and footers dropped, hyphenated line ends joined.

pub(super) use super::clean::roman;
use super::clean::{ceil_char, clean, floor_char};

/// The longest sentence read as one, in bytes; a longer run of text with no sentence end (one
/// enormous line) is cut at white space into pieces of at most this size.
pub(super) const MAX_SENTENCE_BYTES: usize = 3_000;

/// A block longer than this, in bytes, is read as flat text: headings and bullets inline.
const FLAT_BLOCK_BYTES: usize = 3_000;

/// The most sections a draft makes (a text of thousands of headings is no report).
const MAX_SECTIONS: usize = 500;

/// A section found in the text.
#[derive(Debug, Clone)]
pub(super) struct SectionDraft {
    /// Its code, a valid section code.
    pub code: String,
    /// Its heading, clean.
    pub heading: String,
    /// The index of its parent section.
    pub parent: Option<usize>,
    /// Whether it is a footnote.
    pub footnote: bool,
    /// 1 for a roman-numeral heading, 2 for a letter, 3 for other headings, 0 for the front.
    level: u8,
}

/// One sentence of the text.
#[derive(Debug, Clone)]
pub(super) struct Sentence {
    /// Where it starts in the input (a non-white-space byte).
    pub start: usize,
    /// Where it ends in the input (exclusive; the byte before is not white space).
    pub end: usize,
    /// What the rules read: markup, page headers and hyphenation removed, white space folded.
    pub clean: String,
    /// The section it stands in (an index into the sections).
    pub section: usize,
    /// The block it stands in (sentences of one paragraph or list item share it).
    pub block: usize,
    /// Whether its block is a list item.
    pub list_item: bool,
}

/// The text, read.
#[derive(Debug, Default)]
pub(super) struct Reading {
    /// The sections, in print order (a parent before its children).
    pub sections: Vec<SectionDraft>,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Footnotes: number and the index of the footnote's first sentence.
    pub footnotes: Vec<(u32, usize)>,
    /// Footnote markers in the running text: number and the sentence they stand in, with the
    /// clean words before the marker.
    pub markers: Vec<Marker>,
}

/// A footnote marker (`<sup>3</sup>`) in a sentence.
#[derive(Debug, Clone)]
pub(super) struct Marker {
    /// The footnote's number.
    pub number: u32,
    /// The sentence it stands in.
    pub sentence: usize,
    /// The clean words before it in that sentence.
    pub before: String,
}

/// What one line of Markdown-like text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    Blank,
    Separator,
    Heading,
    Item,
    Text,
}

fn line_kind(line: &str) -> Line {
    let t = line.trim();
    if t.is_empty() {
        Line::Blank
    } else if t.len() >= 3 && t.bytes().all(|b| b == b'-') {
        Line::Separator
    } else if t.starts_with('#')
        || (t.len() > 4
            && t.starts_with("**")
            && t.ends_with("**")
            && !t.get(2..t.len() - 2).unwrap_or("").contains("**"))
    {
        Line::Heading
    } else if t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") || numbered_item(t) {
        Line::Item
    } else {
        Line::Text
    }
}

/// "1. Fight against …": a numbered list item.
fn numbered_item(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && t.get(digits..).is_some_and(|r| r.starts_with(". "))
}

/// The footnote number a line opens with in a footnote area (`<sup>5</sup> An initial…`, `1 9916/21`).
fn footnote_number(t: &str) -> Option<u32> {
    let rest = t.strip_prefix("<sup>").unwrap_or(t);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let after = rest.get(digits..)?;
    let ok = if t.starts_with("<sup>") { after.starts_with("</sup>") } else { after.starts_with([' ', '\t']) };
    if ok { rest.get(..digits)?.parse().ok() } else { None }
}

/// How a heading is numbered: `I.` (level 1, code `i`), `A.` (level 2, code `a`), or not at all.
fn heading_number(heading: &str) -> Option<(u8, String)> {
    let (first, rest) = heading.split_once(". ")?;
    if rest.is_empty() || first.len() > 6 {
        return None;
    }
    // a single letter is a letter heading ("C. EUROFRONT"), except I, V and X (roman numerals)
    if roman(first).is_some() && (first.len() > 1 || matches!(first, "I" | "V" | "X")) {
        return Some((1, first.to_ascii_lowercase()));
    }
    let mut chars = first.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_uppercase() => Some((2, c.to_ascii_lowercase().to_string())),
        _ => None,
    }
}

/// A slug of the first words of a heading, for a section code.
fn slug(heading: &str, words: usize) -> String {
    let mut out = String::new();
    for w in heading
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(w.to_ascii_lowercase().as_str(), "the" | "of" | "and" | "a" | "in"))
        .take(words)
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w.to_ascii_lowercase());
    }
    out.truncate(40);
    out.trim_end_matches('-').to_owned()
}

/// Where sentences end in `block` (byte offsets relative to it, each just past the sentence).
fn sentence_ends(block: &str) -> Vec<usize> {
    let bytes = block.as_bytes();
    let mut ends = Vec::new();
    for (i, b) in bytes.iter().enumerate() {
        if !matches!(b, b'.' | b'!' | b'?') || i < 4 {
            continue;
        }
        // the next non-space character must open a sentence
        let after = block.get(i + 1..).unwrap_or("");
        if !after.starts_with(char::is_whitespace) {
            continue;
        }
        let Some(next) = after.trim_start().chars().next() else { continue };
        if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '“' | '"' | '\'' | '‘' | '(' | '<' | '•'))
        {
            continue;
        }
        // the word the period ends must not be an abbreviation ("i.a.", "St.", "(OR.", "A.")
        let before = block.get(..i).unwrap_or("");
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let word = word.trim_start_matches(['(', '“', '"']);
        let abbreviation = word.len() <= 1
            || word.contains('.')
            || matches!(word, "St" | "No" | "Mr" | "Ms" | "Dr" | "OR" | "nos" | "etc" | "vs")
            || (word.len() <= 4 && roman(word).is_some());
        if !abbreviation {
            ends.push(i + 1);
        }
    }
    ends
}

/// Builds the reading of a text.
pub(super) struct Reader<'a> {
    input: &'a str,
    out: Reading,
    current: Option<usize>,
    block: usize,
}

impl<'a> Reader<'a> {
    /// Reads `input` (already checked to be text of bounded size).
    pub(super) fn read(input: &'a str) -> Reading {
        let mut r = Self { input, out: Reading::default(), current: None, block: 0 };
        r.lines();
        r.out
    }

    /// The line pass: blocks of Markdown-like text.
    fn lines(&mut self) {
        let mut offset = 0;
        let mut footnote_mode = false;
        let mut after_blank = true;
        let mut paragraph: Option<(usize, usize)> = None;
        let mut pending_heading: Option<String> = None;
        let mut before_footnotes: Option<usize> = None;
        for line in self.input.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let kind = line_kind(line);
            let (s, e) = trim_span(self.input, start, start + line.len());
            if kind != Line::Text || footnote_mode {
                if let Some((ps, pe)) = paragraph.take() {
                    self.block(ps, pe, false);
                }
            }
            if kind != Line::Heading && kind != Line::Blank {
                if let Some(h) = pending_heading.take() {
                    self.heading(&h);
                }
            }
            match kind {
                Line::Blank => {
                    after_blank = true;
                    continue;
                }
                Line::Separator => {
                    footnote_mode = true;
                    before_footnotes = self.current;
                }
                Line::Heading => {
                    footnote_mode = false;
                    if let Some(b) = before_footnotes.take() {
                        self.current = Some(b);
                    }
                    let text = clean(self.input.get(s..e).unwrap_or(""));
                    let text = text.trim_matches(|c: char| c == '*' || c.is_whitespace()).to_owned();
                    pending_heading = Some(match pending_heading.take() {
                        Some(p) if p.ends_with('-') || p.ends_with(':') => format!("{p} {text}"),
                        Some(p) => {
                            self.heading(&p);
                            text
                        }
                        None => text,
                    });
                }
                Line::Item | Line::Text => {
                    let t = self.input.get(s..e).unwrap_or("");
                    if footnote_mode {
                        if let Some(n) = footnote_number(t) {
                            self.footnote(n);
                            self.block(s, e, false);
                        } else if kind == Line::Item || !after_blank {
                            self.block(s, e, kind == Line::Item);
                        } else {
                            footnote_mode = false;
                            if let Some(b) = before_footnotes.take() {
                                self.current = Some(b);
                            }
                            paragraph = Some((s, e));
                        }
                    } else if kind == Line::Item {
                        self.item(s, e);
                    } else {
                        paragraph = Some(match paragraph {
                            Some((ps, _)) => (ps, e),
                            None => (s, e),
                        });
                    }
                }
            }
            after_blank = false;
        }
        if let Some((ps, pe)) = paragraph.take() {
            self.block(ps, pe, false);
        }
        if let Some(h) = pending_heading.take() {
            self.heading(&h);
        }
    }

    /// A list item: a bold lead names a sub-section ("- **The SEACOP project**, implemented by …").
    fn item(&mut self, s: usize, e: usize) {
        let t = self.input.get(s..e).unwrap_or("");
        let body = t.get(2..).unwrap_or("").trim_start();
        if let Some(rest) = body.strip_prefix("**") {
            if let Some((lead, _)) = rest.split_once("**") {
                let lead = clean(lead);
                let lead = lead.trim_end_matches([',', ':', '.']).trim();
                if !lead.is_empty() && lead.len() < 200 {
                    self.section(lead.to_owned(), 3, false);
                }
            }
        }
        self.block(s, e, true);
    }

    fn heading(&mut self, heading: &str) {
        if heading.is_empty() {
            return;
        }
        let level = heading_number(heading).map_or(3, |(l, _)| l);
        self.section(heading.to_owned(), level, false);
    }

    fn footnote(&mut self, n: u32) {
        if self.out.sections.len() >= MAX_SECTIONS {
            return;
        }
        let code = format!("fn{n}");
        if let Some(i) = self.out.sections.iter().position(|s| s.code == code) {
            self.current = Some(i);
        } else {
            self.out.sections.push(SectionDraft {
                code,
                heading: format!("[footnote {n}]"),
                parent: None,
                footnote: true,
                level: 0,
            });
            self.current = Some(self.out.sections.len() - 1);
        }
        self.out.footnotes.push((n, self.out.sentences.len()));
    }

    /// Opens a section with this heading at this level.
    fn section(&mut self, heading: String, level: u8, footnote: bool) {
        if self.out.sections.len() >= MAX_SECTIONS {
            return;
        }
        let numbered = heading_number(&heading);
        // the parent: for a letter, the last roman; for others, the last numbered section
        let parent = self.out.sections.iter().rposition(|s| !s.footnote && s.level >= 1 && s.level < level.min(3));
        let parent = if level == 3 {
            self.out.sections.iter().rposition(|s| !s.footnote && (s.level == 1 || s.level == 2))
        } else {
            parent
        };
        let base = match (&numbered, parent.and_then(|p| self.out.sections.get(p))) {
            (Some((_, n)), Some(p)) if level == 2 => format!("{}.{n}", p.code),
            (Some((_, n)), _) => n.clone(),
            (None, Some(p)) => format!("{}.{}", p.code, slug(&heading, 2)),
            (None, None) => slug(&heading, 2),
        };
        let mut code = if base.trim_matches('.').is_empty() || base.ends_with('.') {
            format!("s{}", self.out.sections.len() + 1)
        } else {
            base
        };
        code.truncate(56);
        let code = code.trim_end_matches(['.', '-']).to_owned();
        let mut unique = code.clone();
        let mut k = 2;
        while self.out.sections.iter().any(|s| s.code == unique) {
            unique = format!("{code}-{k}");
            k += 1;
        }
        let heading: String = heading.chars().take(300).collect();
        self.out.sections.push(SectionDraft { code: unique, heading, parent, footnote, level });
        self.current = Some(self.out.sections.len() - 1);
    }

    /// The section sentences stand in now (a front section for text before any heading).
    fn current_section(&mut self) -> usize {
        if let Some(c) = self.current {
            return c;
        }
        self.out.sections.push(SectionDraft {
            code: "front".to_owned(),
            heading: "[text before the first heading]".to_owned(),
            parent: None,
            footnote: false,
            level: 0,
        });
        let i = self.out.sections.len() - 1;
        self.current = Some(i);
        i
    }

    /// A block: split into sentences (and, for flat text, headings and bullets inline).
    fn block(&mut self, s: usize, e: usize, list_item: bool) {
        let Some(text) = self.input.get(s..e) else { return };
        // flat text: a long block, or a text of one line
        if text.len() > FLAT_BLOCK_BYTES || (s == 0 && e >= self.input.trim_end().len() && !text.contains('\n')) {
            self.flat(s, e);
            return;
        }
        self.block += 1;
        self.sentences(s, e, list_item);
    }

    /// Flat text: inline headings ("II. EU-CELAC Cooperation …") and bullets (" - ", " • ")
    /// open blocks; the rest is cut into sentences.
    fn flat(&mut self, s: usize, e: usize) {
        let Some(text) = self.input.get(s..e) else { return };
        let mut cuts: Vec<(usize, Option<String>, bool)> = vec![(0, None, false)];
        let mut pos = 0;
        let mut last_heading: Option<usize> = None;
        for word in text.split_inclusive(char::is_whitespace) {
            let here = pos;
            pos += word.len();
            let w = word.trim();
            let prev = text.get(..here).unwrap_or("").trim_end();
            // a heading opens after a sentence's end, or right after another heading ("III. …
            // participate A. The EU Global …")
            let after_end = prev.is_empty()
                || prev.ends_with(['.', ':', ';', ')'])
                || prev.ends_with("EN")
                || last_heading.is_some_and(|h| here - h < 300);
            if (w == "-" || w == "•") && (prev.ends_with([';', ':', '.']) || prev.ends_with("EN")) {
                cuts.push((here, None, true));
            } else if after_end && w.ends_with('.') {
                let rest = text.get(pos..).unwrap_or("");
                // only the next words matter (and a long rest copied for each period would be
                // quadratic in a long line)
                let rest = rest.get(..ceil_char(rest, 200)).unwrap_or("");
                if let Some((level, _)) = heading_number(&format!("{w} {}", rest.trim_start())) {
                    if level == 1 || (level == 2 && w.len() == 2) {
                        let heading = flat_heading(w, rest);
                        cuts.push((here, Some(heading), false));
                        last_heading = Some(here);
                    }
                }
            }
        }
        let mut iter = cuts.iter().peekable();
        while let Some((at, heading, item)) = iter.next() {
            let end = iter.peek().map_or(text.len(), |(n, _, _)| *n);
            if let Some(h) = heading {
                let level = heading_number(h).map_or(3, |(l, _)| l);
                self.section(h.clone(), level, false);
                // the heading's words stay with the first sentence: where a flat text's heading
                // ends is a guess, and a wrong guess must not lose the sentence's words
            }
            let (bs, be) = trim_span(self.input, s + at, s + end);
            if bs < be {
                self.block += 1;
                self.sentences(bs, be, *item);
            }
        }
    }

    /// Cuts `s..e` into sentences.
    fn sentences(&mut self, s: usize, e: usize, list_item: bool) {
        let section = self.current_section();
        let Some(text) = self.input.get(s..e) else { return };
        let mut from = 0;
        let mut ends = sentence_ends(text);
        ends.push(text.len());
        for end in ends {
            let mut a = from;
            while end > a {
                // a run of text longer than a sentence can be is cut at white space
                let mut b = end;
                if b - a > MAX_SENTENCE_BYTES {
                    let limit = floor_char(text, a + MAX_SENTENCE_BYTES);
                    b = text.get(a..limit).and_then(|p| p.rfind(char::is_whitespace)).map_or(limit, |k| a + k);
                    if b <= a {
                        b = limit.max(a + 1);
                        b = ceil_char(text, b);
                    }
                }
                let (ss, se) = trim_span(self.input, s + a, s + b);
                if ss < se {
                    let raw = self.input.get(ss..se).unwrap_or("");
                    let clean = clean(raw);
                    if !clean.is_empty() {
                        self.markers(raw, self.out.sentences.len());
                        self.out.sentences.push(Sentence {
                            start: ss,
                            end: se,
                            clean,
                            section,
                            block: self.block,
                            list_item,
                        });
                    }
                }
                a = b;
            }
            from = end;
        }
    }

    /// Records the footnote markers of a sentence.
    fn markers(&mut self, raw: &str, sentence: usize) {
        let mut rest = raw;
        let mut done = 0;
        while let Some(at) = rest.find("<sup>") {
            let after = rest.get(at + 5..).unwrap_or("");
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) && after.get(digits..).is_some_and(|a| a.starts_with("</sup>")) {
                if let Some(n) = after.get(..digits).and_then(|d| d.parse().ok()) {
                    let before = clean(raw.get(..done + at).unwrap_or(""));
                    if !before.is_empty() {
                        self.out.markers.push(Marker { number: n, sentence, before });
                    }
                }
            }
            done += at + 5;
            rest = after;
        }
    }
}

/// The heading of a flat text's numbered section: its words up to the first that opens the
/// section's first sentence (a capitalised function word after the heading's own), at most 18.
fn flat_heading(marker: &str, rest: &str) -> String {
    const OPENERS: [&str; 14] = [
        "The",
        "This",
        "In",
        "According",
        "Within",
        "As",
        "Since",
        "At",
        "One",
        "Countries",
        "Delegations",
        "Following",
        "Currently",
        "Both",
    ];
    let rest = super::clean::join_hyphenated(&super::clean::strip_page_marks(rest));
    let mut words = vec![marker.to_owned()];
    for (i, w) in rest.split_whitespace().enumerate() {
        // the next heading's marker ("A.") ends this one too
        let marker = w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase());
        // the section's name said again opens its first sentence ("B. EL PAcCTO (…) EL PAcCTO,
        // launched …"); so does a name before a verb ("… European Union COPOLAD is …")
        let repeated = i >= 3 && rest.split_whitespace().next() == Some(w);
        if matches!(w, "is" | "was" | "are" | "were" | "has" | "have") && i >= 3 {
            words.pop();
            break;
        }
        if i >= 18 || (i >= 1 && (OPENERS.contains(&w) || marker)) || repeated {
            break;
        }
        // a heading's last word before a sentence that opens with a name: stop after a word
        // followed by the start of a sentence with a verb is beyond rules; the cap holds it
        words.push(w.to_owned());
    }
    words.join(" ")
}

/// Narrows `start..end` to its non-white-space part.
fn trim_span(input: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(t) = input.get(start..end) else { return (start, start) };
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    let s = start + lead;
    let e = end.saturating_sub(trail).max(s);
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_and_sections() {
        let text = "### **I. Meetings**\n\nThe meeting was held on 3 May 2022. It adopted i.a. the report.\n\n- **The X project**, led by Peru.\n";
        let r = Reader::read(text);
        let codes: Vec<&str> = r.sections.iter().map(|s| s.code.as_str()).collect();
        assert_eq!(codes, ["i", "i.x-project"]);
        assert_eq!(r.sentences.len(), 3);
        assert_eq!(r.sentences.first().map(|s| s.clean.as_str()), Some("The meeting was held on 3 May 2022."));
    }
}
