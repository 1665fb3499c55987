//! The site's languages: English and Spanish, each a catalogue of texts (`explorer/i18n/en.toml`,
//! `explorer/i18n/es.toml`), complete by test (every key in both, every code a page shows in
//! both).
//!
//! The catalogues are plain TOML: one `key = "text"` a line, `#` for comments, `{name}` for a
//! value put in at render time ([`tr`]). The words of the library's codes (roles, statuses,
//! kinds…) are keys of the form `code.ENUM.CODE` ([`code`]). The report's own words (quotes,
//! names of programmes and bodies) are not translated: the report was published in English, and
//! the pages mark its quotes `lang="en"`.
//!
//! The language of the pages being rendered is the thread's current language ([`set`]):
//! [`crate::render`] renders every page once in each language, one after the other.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A language of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the report's language; its pages are at the site's root.
    #[default]
    En,
    /// Spanish; its pages are under `es/`.
    Es,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Self; 2] = [Self::En, Self::Es];

    /// The BCP 47 code (`en`, `es`).
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
        }
    }

    /// The folder of its pages, relative to the site's root (`""` or `"es/"`).
    #[must_use]
    pub const fn prefix(self) -> &'static str {
        match self {
            Self::En => "",
            Self::Es => "es/",
        }
    }

    /// The other language (the language switch's target).
    #[must_use]
    pub const fn other(self) -> Self {
        match self {
            Self::En => Self::Es,
            Self::Es => Self::En,
        }
    }

    /// The language's name in itself ("English", "Español").
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Es => "Español",
        }
    }

    /// The catalogue's source text.
    #[must_use]
    pub const fn source(self) -> &'static str {
        match self {
            Self::En => include_str!("../i18n/en.toml"),
            Self::Es => include_str!("../i18n/es.toml"),
        }
    }
}

/// A parsed catalogue: key → text.
pub type Catalogue = HashMap<&'static str, String>;

/// Parses a catalogue: `key = "text"` lines (TOML basic strings: `\"`, `\\` and `\n` escapes),
/// blank lines and `#` comments. A line of any other shape is an error naming it.
///
/// # Errors
/// The first line that is not a comment, blank, or `key = "text"`, and a key given twice.
pub fn parse(source: &'static str) -> Result<Catalogue, String> {
    let mut out = Catalogue::new();
    for (n, line) in source.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || format!("line {}: expected key = \"text\": {line}", n + 1);
        let (key, value) = line.split_once(" = ").ok_or_else(bad)?;
        let value = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).ok_or_else(bad)?;
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) {
            return Err(bad());
        }
        let mut text = String::with_capacity(value.len());
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => text.push('\n'),
                    Some(e @ ('"' | '\\')) => text.push(e),
                    _ => return Err(bad()),
                }
            } else {
                text.push(c);
            }
        }
        if out.insert(key, text).is_some() {
            return Err(format!("line {}: the key {key} is given twice", n + 1));
        }
    }
    Ok(out)
}

/// The catalogue of `lang` (parsed once; a catalogue that does not parse is empty, and the
/// tests fail on it).
pub fn catalogue(lang: Lang) -> &'static Catalogue {
    static EN: OnceLock<Catalogue> = OnceLock::new();
    static ES: OnceLock<Catalogue> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    };
    cell.get_or_init(|| parse(lang.source()).unwrap_or_default())
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language of the pages this thread renders.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the language of the pages this thread renders.
pub fn set(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// The text of `key` in `lang`; the English text where `lang`'s catalogue lacks it (which the
/// tests forbid), and the key itself where both lack it.
#[must_use]
pub fn text_in(lang: Lang, key: &str) -> &'static str {
    catalogue(lang).get(key).or_else(|| catalogue(Lang::En).get(key)).map_or_else(|| leak_key(key), String::as_str)
}

/// A missing key, shown as itself (the tests make sure no page shows one).
fn leak_key(key: &str) -> &'static str {
    // Missing keys are a bug the tests catch; showing the key is better than a blank.
    static MISSING: OnceLock<std::sync::Mutex<Vec<&'static str>>> = OnceLock::new();
    let list = MISSING.get_or_init(Default::default);
    let Ok(mut list) = list.lock() else { return "?" };
    if let Some(k) = list.iter().find(|k| **k == key) {
        return k;
    }
    let leaked: &'static str = Box::leak(key.to_owned().into_boxed_str());
    list.push(leaked);
    leaked
}

/// The text of `key` in the current language.
#[must_use]
pub fn t(key: &str) -> &'static str {
    text_in(current(), key)
}

/// The text of `key` in the current language with each `{name}` replaced by its value.
#[must_use]
pub fn tr(key: &str, args: &[(&str, &str)]) -> String {
    let mut out = t(key).to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// `n` things: the key `KEY.one` for 1, `KEY.many` otherwise, with `{n}` replaced.
#[must_use]
pub fn count(key: &str, n: usize) -> String {
    let form = if n == 1 { "one" } else { "many" };
    tr(&format!("{key}.{form}"), &[("n", &n.to_string())])
}

/// The words for a code of one of the library's enums (`code("role", "co_lead")` is "co-lead"
/// in English, "co-líder" in Spanish): the key `code.ENUM.CODE`.
#[must_use]
pub fn code(enum_name: &str, code: &str) -> String {
    t(&format!("code.{enum_name}.{code}")).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_reads_keys_escapes_and_comments() {
        let c = parse("# c\n\na.b = \"x \\\"y\\\" {n}\"\n").unwrap_or_default();
        assert_eq!(c.get("a.b").map(String::as_str), Some("x \"y\" {n}"));
        assert!(parse("a = x").is_err());
        assert!(parse("a = \"x\"\na = \"y\"").is_err());
    }

    #[test]
    fn both_catalogues_parse_and_have_the_same_keys() {
        let en = parse(Lang::En.source()).unwrap_or_else(|e| panic!("en.toml: {e}"));
        let es = parse(Lang::Es.source()).unwrap_or_else(|e| panic!("es.toml: {e}"));
        let missing_es: Vec<_> = en.keys().filter(|k| !es.contains_key(*k)).collect();
        let missing_en: Vec<_> = es.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing_es.is_empty(), "es.toml lacks {missing_es:?}");
        assert!(missing_en.is_empty(), "en.toml lacks {missing_en:?}");
        for (k, v) in &es {
            assert!(!v.trim().is_empty(), "es.toml: {k} is empty");
        }
    }

    /// Every code of every enum the pages show has its words in both catalogues.
    #[test]
    fn every_code_shown_has_its_words() {
        use eu_celac_drugs::analysis::{FindingClass, FindingKind, InvolvementKind};
        use eu_celac_drugs::*;
        fn all<E: CodeEnum>(name: &str) -> Vec<String> {
            E::ALL.iter().map(|c| format!("code.{name}.{}", c.as_str())).collect()
        }
        let mut keys = Vec::new();
        keys.extend(all::<Role>("role"));
        keys.extend(all::<Status>("status"));
        keys.extend(all::<RecordKind>("record_kind"));
        keys.extend(all::<RecordKind>("record_kind_plural"));
        keys.extend(all::<InvolvementKind>("involvement_kind"));
        keys.extend(all::<Attribution>("attribution"));
        keys.extend(all::<Attribution>("attribution_how"));
        keys.extend(all::<FindingKind>("finding_kind"));
        keys.extend(all::<FindingClass>("finding_class"));
        keys.extend(all::<FindingClass>("finding_class_plural"));
        keys.extend(all::<SeizureAction>("seizure_action"));
        keys.extend(all::<Credit>("credit"));
        keys.extend(all::<CommodityCategory>("commodity_category"));
        keys.extend(all::<EventKind>("event_kind"));
        keys.extend(all::<Mode>("mode"));
        keys.extend(all::<Framing>("framing"));
        keys.extend(all::<DocumentKind>("document_kind"));
        keys.extend(all::<DocumentAction>("document_action"));
        keys.extend(all::<DocumentAction>("document_action_by"));
        keys.extend(all::<OrganisationKind>("organisation_kind"));
        keys.extend(all::<ProgrammeKind>("programme_kind"));
        keys.extend(all::<ProjectKind>("project_kind"));
        keys.extend(all::<CommitteeKind>("committee_kind"));
        keys.extend(all::<StatementKind>("statement_kind"));
        keys.extend(all::<BudgetKind>("budget_kind"));
        keys.extend(all::<Qualifier>("qualifier"));
        keys.extend(all::<Completeness>("completeness"));
        keys.extend(all::<OutcomeKind>("outcome_kind"));
        keys.extend(all::<RelationKind>("relation_kind"));
        keys.extend(FindingKind::ALL.iter().map(|k| format!("finding.explain.{}", k.as_str())));
        for lang in Lang::ALL {
            let c = parse(lang.source()).unwrap_or_default();
            let missing: Vec<&String> = keys.iter().filter(|k| !c.contains_key(k.as_str())).collect();
            assert!(missing.is_empty(), "{}.toml lacks {missing:?}", lang.code());
        }
    }
}
