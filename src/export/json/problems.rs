//! What can be wrong with a JSON document, and the bounded list of problems a load keeps.

use std::fmt;

use crate::ValidationError;
use crate::dataset::ProblemKind;
use crate::error::{Cut, ProblemList, QUOTE_LIMIT, Quoted};

/// How many problems [`LoadError::Invalid`] lists: the first ones in document order. The rest
/// are counted ([`LoadError::omitted`]), not kept, so that a document with millions of
/// problems does not take memory in proportion.
pub const PROBLEM_LIMIT: usize = 1_000;

/// How long a parser's message may be once its quoted parts are cut (a guard: a message of
/// serde's lists at most the names a field accepts).
const MESSAGE_LIMIT: usize = 2_000;

/// A JSON document that could not be loaded.
///
/// Its message says how many problems the document has and shows the first
/// [`SHOWN_PROBLEMS`](crate::error::SHOWN_PROBLEMS), each on its own line with its JSON path,
/// then "… and N more"; a single problem reads in one line. The alternate form (`{:#}`) is always
/// one line: the count and the first problem, for a log line or a command's `error:` line.
///
/// `Debug` (`{:?}`) writes the same message, so that `main` returning this error (alone or in a
/// `Box<dyn Error>`), `unwrap` and `expect` print something to read rather than a dump of the
/// fields; `{:#?}` writes the fields. The error has no [`source`](std::error::Error::source): its
/// message holds the problems, and [`problems`](Self::problems) hands them over one by one.
///
/// ```
/// use eu_celac_drugs::export::{from_json, to_json};
///
/// let json = to_json(eu_celac_drugs::report_2021_2022())?;
/// let err = from_json(&json.replacen("\"value\": \"9.6\"", "\"value\": \"-9.6\"", 1)).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "the JSON has 1 problem: $.seizures[0](aircop.2021.cocaine).quantity: invalid value: \
///      \"-9.6\": value must be positive, got -9.6"
/// );
/// assert_eq!(format!("{err:?}"), err.to_string());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The text is not JSON (or starts with a UTF-8 byte-order mark, which JSON does not have).
    Malformed {
        /// The line of the error (from 1).
        line: usize,
        /// The column of the error (from 1).
        column: usize,
        /// What the JSON parser says.
        message: String,
    },
    /// The JSON does not hold a valid dataset: the problems found, in document order, the first
    /// [`PROBLEM_LIMIT`] of them kept.
    #[non_exhaustive]
    Invalid {
        /// The problems found, at most [`PROBLEM_LIMIT`].
        problems: Vec<LoadProblem>,
        /// How many more problems were found and not kept.
        omitted: usize,
    },
}

/// `malformed JSON at line 1, column 2: …`, or `the JSON has 7 problems:`, then the first
/// [`SHOWN_PROBLEMS`](crate::error::SHOWN_PROBLEMS) one a line and `… and 2 more` (one line for a
/// single problem, and with `{:#}`).
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed { line, column, message } => {
                write!(f, "malformed JSON at line {line}, column {column}: {message}")
            }
            Self::Invalid { problems, omitted } => {
                fmt::Display::fmt(&ProblemList { subject: "the JSON", problems, omitted: *omitted }, f)
            }
        }
    }
}

/// The message (as `Display` writes it); `{:#?}` writes the fields.
impl fmt::Debug for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        match self {
            Self::Malformed { line, column, message } => f
                .debug_struct("Malformed")
                .field("line", line)
                .field("column", column)
                .field("message", message)
                .finish(),
            Self::Invalid { problems, omitted } => {
                f.debug_struct("Invalid").field("problems", problems).field("omitted", omitted).finish()
            }
        }
    }
}

impl LoadError {
    /// The problems kept (empty for malformed JSON): the first [`PROBLEM_LIMIT`] found.
    #[must_use]
    pub fn problems(&self) -> &[LoadProblem] {
        match self {
            Self::Invalid { problems, .. } => problems,
            Self::Malformed { .. } => &[],
        }
    }

    /// How many problems were found beyond those kept (0 for malformed JSON).
    #[must_use]
    pub fn omitted(&self) -> usize {
        match self {
            Self::Invalid { omitted, .. } => *omitted,
            Self::Malformed { .. } => 0,
        }
    }
}

/// One problem in a JSON document: the JSON path of the offending value and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadProblem {
    /// The JSON path (`$.participations[3](tc-2021-10-26.co-presidency.py).subject.id`): a record
    /// of a table is named by its index in the array and, in parentheses, its id, as the
    /// dataset's own paths name it ([`Problem`](crate::Problem)); a record without a valid id
    /// (missing, given twice, or not an [`Id`](crate::Id)) by its index alone
    /// (`$.participations[3].subject.id`). A key of more than [`QUOTE_LIMIT`] characters is cut
    /// in the path as in messages.
    pub path: String,
    /// What is wrong.
    pub kind: LoadProblemKind,
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// What is wrong in a [`LoadProblem`]. Messages quote at most [`QUOTE_LIMIT`] characters of a
/// value from the document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadProblemKind {
    /// The document is of a version this crate does not read.
    #[error("schema_version {} is not supported (this crate reads version {supported})", Cut(.found))]
    UnsupportedVersion {
        /// The version found, as written.
        found: String,
        /// The version this crate reads.
        supported: u64,
    },
    /// A value has the wrong JSON type (an array where an object belongs, a number for a text,
    /// a fraction for the integer `schema_version`).
    #[error("wrong type: {message}")]
    WrongType {
        /// What was expected and what was found.
        message: String,
    },
    /// A required field is missing.
    #[error("missing field {}", Quoted(.field))]
    MissingField {
        /// The field.
        field: String,
    },
    /// A field the format does not have (nothing is silently dropped).
    #[error("unknown field {}", Quoted(.field))]
    UnknownField {
        /// The field.
        field: String,
    },
    /// A key that appears a second time in the same object: JSON readers disagree on which
    /// value counts, so the document is refused. The path is that of the second occurrence.
    #[error("duplicate key {}: the object has it already", Quoted(.key))]
    DuplicateKey {
        /// The key.
        key: String,
    },
    /// A code that is not known: a country, a currency, or a name of an enumeration.
    #[error("unknown code: {message}")]
    UnknownCode {
        /// What the parser says, with the offending value.
        message: String,
    },
    /// A value that does not parse (an id, a date, a figure, a document number).
    #[error("invalid value: {message}")]
    InvalidValue {
        /// What the parser says, with the offending value.
        message: String,
    },
    /// A record that fails its validation.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// A problem across records: a duplicate id, a broken reference.
    #[error(transparent)]
    Dataset(ProblemKind),
}

/// The problems of a load: the first [`PROBLEM_LIMIT`] kept, the rest counted.
#[derive(Debug, Default)]
pub(super) struct Problems {
    kept: Vec<LoadProblem>,
    omitted: usize,
}

impl Problems {
    /// Records a problem (or counts it, once [`PROBLEM_LIMIT`] are kept).
    pub(super) fn push(&mut self, path: impl Into<String>, kind: LoadProblemKind) {
        if self.is_full() {
            self.omitted = self.omitted.saturating_add(1);
        } else {
            self.kept.push(LoadProblem { path: path.into(), kind });
        }
    }

    /// Counts a problem without keeping it (for a caller that knows the list is full and
    /// spares the work of describing the problem).
    pub(super) fn count(&mut self) {
        self.omitted = self.omitted.saturating_add(1);
    }

    /// Whether no more problems are kept.
    pub(super) fn is_full(&self) -> bool {
        self.kept.len() >= PROBLEM_LIMIT
    }

    /// Whether no problem was found.
    pub(super) fn is_empty(&self) -> bool {
        self.kept.is_empty() && self.omitted == 0
    }

    /// The error that lists them.
    pub(super) fn into_error(self) -> LoadError {
        LoadError::Invalid { problems: self.kept, omitted: self.omitted }
    }
}

/// Sorts a serde error into a problem kind, from serde's standard messages (cut with
/// [`shorten`]).
pub(super) fn classify(message: &str) -> LoadProblemKind {
    let quoted = |prefix: &str| {
        message.strip_prefix(prefix).and_then(|rest| rest.split('`').next()).map(ToOwned::to_owned).unwrap_or_default()
    };
    if message.starts_with("unknown field `") {
        LoadProblemKind::UnknownField { field: quoted("unknown field `") }
    } else if message.starts_with("missing field `") {
        LoadProblemKind::MissingField { field: quoted("missing field `") }
    } else if message.starts_with("duplicate field `") {
        LoadProblemKind::DuplicateKey { key: quoted("duplicate field `") }
    } else if message.starts_with("unknown variant `")
        || message.contains("is not an ISO 3166-1 country code")
        || message.contains("is not an ISO 4217 currency code")
    {
        LoadProblemKind::UnknownCode { message: shorten(message) }
    } else if message == "expected value" {
        // serde_json's word for a second key in an object that names one form of a choice
        // (the text of a record is valid JSON, and repeated keys are found before).
        LoadProblemKind::WrongType {
            message: "an object that names one form of a choice (such as a party's {\"country\": \"PE\"}) has \
                      exactly one key; this one has more"
                .to_owned(),
        }
    } else if message.starts_with("invalid type: ") {
        LoadProblemKind::WrongType { message: shorten(message) }
    } else {
        LoadProblemKind::InvalidValue { message: shorten(message) }
    }
}

/// A parser's message with every quoted part (`` `…` `` or `"…"`) of more than [`QUOTE_LIMIT`]
/// characters cut, as the crate's own messages cut the values they quote; serde quotes a value
/// whole (`unknown variant `…``, `invalid type: string "…"`). The crate's messages are short
/// already and pass unchanged.
pub(super) fn shorten(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(MESSAGE_LIMIT));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let (before, quoted) = rest.split_at(open);
        out.push_str(before);
        let mark = if quoted.starts_with('`') { '`' } else { '"' };
        let body = quoted.get(1..).unwrap_or_default();
        let Some(close) = closing(body, mark) else {
            out.push_str(&cut(quoted, QUOTE_LIMIT + 1));
            rest = "";
            break;
        };
        let (inner, after) = body.split_at(close);
        out.push(mark);
        // A part cut already (by the crate's own messages) ends with the ellipsis.
        out.push_str(&if inner.ends_with('…') { inner.to_owned() } else { cut(inner, QUOTE_LIMIT) });
        out.push(mark);
        rest = after.get(1..).unwrap_or_default();
    }
    out.push_str(rest);
    cut(&escape_controls(&out), MESSAGE_LIMIT)
}

/// `text` with every control character escaped (`\n`, `\u{1b}`): serde quotes some values as
/// written (an unknown code between backticks), and a line break of the document must not break
/// the lines of a message, which lists one problem a line.
fn escape_controls(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

/// The byte offset of the mark that closes a quoted part (a `"` after an even run of
/// backslashes; any `` ` ``).
fn closing(body: &str, mark: char) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match c {
            '\\' if mark == '"' => escaped = !escaped,
            c if c == mark && !escaped => return Some(i),
            _ => escaped = false,
        }
    }
    None
}

/// `text` cut after `limit` characters, with `…` and its length in characters.
fn cut(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        None => text.to_owned(),
        Some((at, _)) => format!("{}… ({} characters)", text.get(..at).unwrap_or_default(), text.chars().count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::SHOWN_PROBLEMS;

    #[test]
    fn classifies_serde_messages() {
        assert!(
            matches!(classify("unknown field `x`, expected one of"), LoadProblemKind::UnknownField { field } if field == "x")
        );
        assert!(matches!(classify("missing field `id`"), LoadProblemKind::MissingField { field } if field == "id"));
        assert!(matches!(classify("duplicate field `id`"), LoadProblemKind::DuplicateKey { key } if key == "id"));
        assert!(matches!(classify("unknown variant `z`, expected"), LoadProblemKind::UnknownCode { .. }));
        assert!(matches!(classify("invalid type: integer `3`, expected"), LoadProblemKind::WrongType { .. }));
        assert!(matches!(classify("bad id"), LoadProblemKind::InvalidValue { .. }));
    }

    #[test]
    fn long_quoted_parts_are_cut() {
        let long = "x".repeat(100_000);
        let m = shorten(&format!("unknown variant `{long}`, expected one of `a`, `b`"));
        assert_eq!(m, format!("unknown variant `{}… (100000 characters)`, expected one of `a`, `b`", "x".repeat(60)));
        let m = shorten(&format!("invalid type: string \"{long}\\\"\", expected u8"));
        assert!(
            m.starts_with("invalid type: string \"xxx") && m.ends_with("(100002 characters)\", expected u8"),
            "{m}"
        );
        let cut_already = format!("id: \"{}…\" (100000 characters) is not a valid id", "x".repeat(60));
        assert_eq!(shorten(&cut_already), cut_already);
        let short = "invalid type: string \"a \\\" b\", expected `u8`";
        assert_eq!(shorten(short), short);
        assert!(shorten(&format!("unclosed `{long}")).len() < 200);
        assert!(shorten(&"y".repeat(100_000)).len() < MESSAGE_LIMIT + 50);
        assert_eq!(shorten("unknown variant `a\nb\u{0}`, expected `c`"), "unknown variant `a\\nb\\0`, expected `c`");
        assert!(shorten(&format!("unknown variant `{}`", "\n".repeat(100_000))).len() < 1_000);
    }

    #[test]
    fn the_error_counts_what_it_does_not_keep() {
        let mut problems = Problems::default();
        for i in 0..PROBLEM_LIMIT + 5 {
            problems.push(format!("$.x[{i}]"), LoadProblemKind::MissingField { field: "id".into() });
        }
        let err = problems.into_error();
        assert_eq!((err.problems().len(), err.omitted()), (PROBLEM_LIMIT, 5));
        let text = err.to_string();
        assert!(text.starts_with("the JSON has 1005 problems:\n  - $.x[0]: missing field \"id\"\n"), "{text}");
        assert!(text.ends_with("\n  - $.x[4]: missing field \"id\"\n  … and 1000 more"), "{text}");
        assert_eq!(text.lines().count(), 1 + SHOWN_PROBLEMS + 1, "{text}");
        assert_eq!(format!("{err:#}"), "the JSON has 1005 problems; the first: $.x[0]: missing field \"id\"");
    }

    fn with(n: usize) -> LoadError {
        let mut problems = Problems::default();
        for i in 0..n {
            problems.push(format!("$.t[{i}](r{i}).name"), LoadProblemKind::MissingField { field: "name".into() });
        }
        problems.into_error()
    }

    #[test]
    fn seven_problems_show_five_and_count_two() {
        let text = with(7).to_string();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "the JSON has 7 problems:",
                "  - $.t[0](r0).name: missing field \"name\"",
                "  - $.t[1](r1).name: missing field \"name\"",
                "  - $.t[2](r2).name: missing field \"name\"",
                "  - $.t[3](r3).name: missing field \"name\"",
                "  - $.t[4](r4).name: missing field \"name\"",
                "  … and 2 more",
            ]
        );
        assert_eq!(SHOWN_PROBLEMS, 5);
    }

    #[test]
    fn few_problems_are_all_shown_and_one_reads_in_one_line() {
        assert_eq!(with(1).to_string(), "the JSON has 1 problem: $.t[0](r0).name: missing field \"name\"");
        assert_eq!(format!("{:#}", with(1)), with(1).to_string());
        let five = with(SHOWN_PROBLEMS).to_string();
        assert_eq!(five.lines().count(), 1 + SHOWN_PROBLEMS, "{five}");
        assert!(!five.contains("more"), "{five}");
        let two = with(2).to_string();
        assert!(two.starts_with("the JSON has 2 problems:\n  - $.t[0]"), "{two}");
        // Only counted, none kept (not built by the loader, which keeps the first ones).
        let counted = LoadError::Invalid { problems: Vec::new(), omitted: 3 };
        assert_eq!(counted.to_string(), "the JSON has 3 problems");
    }

    #[test]
    fn debug_reads_as_the_message_and_the_alternate_form_shows_the_fields() {
        let err = with(7);
        assert_eq!(format!("{err:?}"), err.to_string());
        assert!(format!("{err:#?}").starts_with("Invalid {\n    problems: ["), "{err:#?}");
        let malformed = LoadError::Malformed { line: 3, column: 3, message: "expected value".into() };
        assert_eq!(format!("{malformed:?}"), "malformed JSON at line 3, column 3: expected value");
        assert!(format!("{malformed:#?}").starts_with("Malformed {"));
        assert!(std::error::Error::source(&err).is_none());
    }
}
