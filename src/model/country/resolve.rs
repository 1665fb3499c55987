//! The country-name resolver: every spelling the report uses, to one [`Country`]
//! (documented on [`resolve_country`]).

use std::fmt::Write as _;
use std::sync::OnceLock;

use super::Country;
use crate::error::Quoted;

/// Well-known names that ISO 3166-1 and the Spanish catalogue do not give, each denoting
/// exactly one entry.
///
/// Deliberately left out: "Holland" (a region of the Netherlands), "Macedonia" (also a Greek
/// region), "Korea" and "Congo" alone (two states each; "Congo" resolves to its ISO entry),
/// "Trinidad" (an island of Trinidad and Tobago, which the report names as a place of
/// seizure), "America" (a continent), and Kosovo, which has no ISO 3166-1 entry.
pub const ALIASES: &[(&str, Country)] = &[
    ("Bosnia Herzegovina", Country::BA), // the report writes "Bosnia-Herzegovina"
    ("Brunei", Country::BN),
    ("Cape Verde", Country::CV),
    ("Congo-Brazzaville", Country::CG),
    ("Republic of Congo", Country::CG),
    ("Congo-Kinshasa", Country::CD),
    ("Democratic Republic of Congo", Country::CD),
    ("DR Congo", Country::CD),
    ("DRC", Country::CD),
    ("Ivory Coast", Country::CI),
    ("Falklands", Country::FK),
    ("Malvinas", Country::FK),
    ("Islas Malvinas", Country::FK),
    ("UK", Country::GB),
    ("Great Britain", Country::GB),
    ("Britain", Country::GB),
    ("Macau", Country::MO),
    ("Burma", Country::MM),
    ("Russia", Country::RU),
    ("Rusia", Country::RU),
    ("Swaziland", Country::SZ),
    ("East Timor", Country::TL),
    ("Turkey", Country::TR),
    ("Turquía", Country::TR), // missing from iso-codes' Spanish catalogue
    ("Vatican", Country::VA),
    ("Vatican City", Country::VA),
];

/// The longest normalised name looked up without allocating, in bytes; longer input is no name.
const MAX_KEY: usize = 160;

/// How a known name was obtained; direct names outrank derived forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// A name of ISO 3166-1 or of the Spanish catalogue.
    Name,
    /// A name from [`ALIASES`].
    Alias,
    /// A form derived from a name (before the comma, inverted, without parenthesis).
    Derived,
}

impl Kind {
    const fn rank(self) -> u8 {
        match self {
            Self::Name | Self::Alias => 0,
            Self::Derived => 1,
        }
    }
}

/// One known name.
#[derive(Debug)]
struct Entry {
    key: Box<str>,
    country: Country,
    kind: Kind,
    source: &'static str,
}

/// All known names, sorted by key, then rank.
fn index() -> &'static [Entry] {
    static INDEX: OnceLock<Vec<Entry>> = OnceLock::new();
    INDEX.get_or_init(build_index)
}

fn build_index() -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut add = |name: &str, source: &'static str, country: Country, kind: Kind| {
        let key = normalize_country_name(name);
        if !key.is_empty() {
            entries.push(Entry { key: key.into_boxed_str(), country, kind, source });
        }
    };
    for &c in Country::ALL {
        let names = [Some(c.name_en()), Some(c.common_name()), c.official_name(), c.name_es()];
        for name in names.into_iter().flatten() {
            add(name, name, c, Kind::Name);
            for derived in derived_forms(name) {
                add(&derived, name, c, Kind::Derived);
            }
        }
    }
    for &(alias, c) in ALIASES {
        add(alias, alias, c, Kind::Alias);
    }
    entries.sort_by(|a, b| (&a.key, a.kind.rank(), a.country).cmp(&(&b.key, b.kind.rank(), b.country)));
    entries
}

/// The forms derived from a name: before the comma, inverted around the comma, and without
/// a parenthesis.
fn derived_forms(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some((before, after)) = name.split_once(',') {
        let (before, after) = (before.trim(), after.trim());
        out.push(before.to_owned());
        let words: Vec<&str> = after.split_whitespace().collect();
        let inverts =
            words.len() == 1 || matches!(words.last(), Some(&("of" | "de" | "del"))) || words.ends_with(&["of", "the"]);
        if inverts {
            out.push(format!("{after} {before}"));
        }
    }
    if let (Some(open), Some(close)) = (name.find('('), name.find(')')) {
        if let (Some(head), Some(tail)) = (name.get(..open), name.get(close + 1..)) {
            if open < close {
                out.push(format!("{} {}", head.trim(), tail.trim()).trim().to_owned());
            }
        }
    }
    out
}

/// Normalises a country name for comparison: case-folded; Latin diacritics stripped ("Côte"
/// → "cote"); curly apostrophes made straight; "&" → "and"; hyphens, commas, parentheses and
/// other punctuation → spaces; full stops dropped ("U.S." → "us"); the words "St"/"St." →
/// "saint" and "Ste" → "sainte"; leading "The"s dropped (but not a last word); spaces collapsed.
///
/// Two spellings are variants of one name exactly when they normalise alike. Normalising is
/// idempotent: a normalised name normalises to itself.
///
/// ```
/// use eu_celac_drugs::model::country::normalize_country_name;
///
/// assert_eq!(normalize_country_name("Cote d’Ivoire"), normalize_country_name("Côte d'Ivoire"));
/// assert_eq!(normalize_country_name("St Kitts & Nevis"), "saint kitts and nevis");
/// assert_eq!(normalize_country_name("the  Netherlands"), "netherlands");
/// let once = normalize_country_name("The The g");
/// assert_eq!(normalize_country_name(&once), once);
/// ```
#[must_use]
pub fn normalize_country_name(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    fold_into(name, &mut folded);
    let mut out = String::with_capacity(folded.len());
    words_into(&folded, &mut out);
    out
}

/// Where normalised text goes: a `String`, or a fixed buffer that never allocates.
trait Sink {
    fn push(&mut self, s: &str);
    fn text(&self) -> &str;
}

impl Sink for String {
    fn push(&mut self, s: &str) {
        self.push_str(s);
    }
    fn text(&self) -> &str {
        self
    }
}

/// A fixed-size UTF-8 buffer; text that does not fit sets `overflow`.
struct KeyBuf {
    buf: [u8; MAX_KEY],
    len: usize,
    overflow: bool,
}

impl KeyBuf {
    const fn new() -> Self {
        Self { buf: [0; MAX_KEY], len: 0, overflow: false }
    }
}

impl Sink for KeyBuf {
    fn push(&mut self, s: &str) {
        let end = self.len + s.len();
        match self.buf.get_mut(self.len..end) {
            Some(dst) => {
                dst.copy_from_slice(s.as_bytes());
                self.len = end;
            }
            None => self.overflow = true,
        }
    }
    fn text(&self) -> &str {
        // Only whole `str`s are pushed, so the prefix is always valid UTF-8.
        self.buf.get(..self.len).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("")
    }
}

/// Pass 1: case-folds, strips diacritics and maps punctuation to spaces.
fn fold_into(name: &str, out: &mut impl Sink) {
    let mut utf8 = [0u8; 4];
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'a'..='z' | '0'..='9' | '\'' => out.push(c.encode_utf8(&mut utf8)),
            '’' | '‘' | 'ʼ' | '`' | '´' | '′' => out.push("'"),
            '&' => out.push(" and "),
            '.' => {}
            '\u{300}'..='\u{36f}' => {} // combining diacritical marks
            _ => match fold_latin(c) {
                Some(ascii) => out.push(ascii),
                None if c.is_alphanumeric() => out.push(c.encode_utf8(&mut utf8)),
                None => out.push(" "),
            },
        }
    }
}

/// Pass 2: collapses spaces, expands "st"/"ste", drops the leading "the"s (all of them, so that
/// normalising twice gives what normalising once gives: "The The g" is "g", not "the g"), but
/// never the last word ("The" alone stays "the").
fn words_into(folded: &str, out: &mut impl Sink) {
    let mut words = folded.split_whitespace().peekable();
    while words.peek() == Some(&"the") {
        let mut rest = words.clone();
        rest.next();
        if rest.peek().is_none() {
            break;
        }
        words = rest;
    }
    for (i, word) in words.enumerate() {
        if i > 0 {
            out.push(" ");
        }
        out.push(match word {
            "st" => "saint",
            "ste" => "sainte",
            w => w,
        });
    }
}

/// The ASCII letters for a lower-case Latin letter with a diacritic (Latin-1 Supplement and
/// Latin Extended-A, plus the Romanian comma-below letters).
const fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' | 'ĸ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// A name the resolver proposes instead of an unknown or ambiguous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    /// The known name, as written in the data (ISO 3166-1, the Spanish catalogue or an alias).
    pub name: &'static str,
    /// The country it denotes.
    pub country: Country,
}

/// A name [`resolve_country`] could not resolve: unknown, or shared by several entries.
///
/// It holds the input and up to three suggestions: the known names closest to it (edit
/// distance on the normalised forms), or for an ambiguous name the entries it could denote.
///
/// ```
/// use eu_celac_drugs::resolve_country;
///
/// let err = resolve_country("Boliva").unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown country name "Boliva"; did you mean "Bolivia"?"#);
/// assert_eq!(err.suggestions()[0].country, eu_celac_drugs::Country::BO);
///
/// let err = resolve_country("Korea").unwrap_err();
/// assert!(err.is_ambiguous());
/// assert_eq!(err.suggestions().len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", describe(.input, .suggestions, .ambiguous))]
pub struct UnknownCountryName {
    input: String,
    suggestions: Vec<Suggestion>,
    ambiguous: bool,
}

impl UnknownCountryName {
    /// The name as given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Up to three suggestions, best first.
    #[must_use]
    pub fn suggestions(&self) -> &[Suggestion] {
        &self.suggestions
    }

    /// Whether the name is known but denotes more than one entry (such as "Korea").
    #[must_use]
    pub fn is_ambiguous(&self) -> bool {
        self.ambiguous
    }
}

fn describe(input: &str, suggestions: &[Suggestion], ambiguous: &bool) -> String {
    let mut msg = format!("{} country name {}", if *ambiguous { "ambiguous" } else { "unknown" }, Quoted(input));
    let count = suggestions.len();
    for (i, s) in suggestions.iter().enumerate() {
        let sep = match i {
            0 => "; did you mean ",
            _ if i + 1 == count => " or ",
            _ => ", ",
        };
        let _ = write!(msg, "{sep}{:?}", s.name);
    }
    if count > 0 {
        msg.push('?');
    }
    msg
}

/// Resolves a country name in any spelling the report uses to its [`Country`].
///
/// Names are compared after [`normalize_country_name`] (case, diacritics, apostrophes, "&",
/// hyphens, "St", a leading "The"). The known names are, for every ISO 3166-1 entry: the
/// alpha-2 and alpha-3 codes (in any case), the English name, common name and official name of
/// ISO 3166-1, and the Spanish name; the well-known [`ALIASES`]; and forms *derived* from those
/// names: the part before a comma ("Bolivia" from "Bolivia, Plurinational State of"), the form
/// inverted around the comma when the rest ends in "of"/"de" or is one word ("Plurinational
/// State of Bolivia", "British Virgin Islands" from "Virgin Islands, British"), and the name
/// without its parenthesis ("Falkland Islands"). The three-digit numeric code is accepted too.
///
/// A direct name outranks a derived form, so "Congo" is the Republic of the Congo (its ISO
/// name), not "Congo, The Democratic Republic of the". A derived form shared by two entries
/// ("Korea", "Virgin Islands") is ambiguous, and refused with both as suggestions.
///
/// Lookups allocate nothing once the index is built (on first use); only a failure allocates,
/// to compute suggestions. No input makes it panic.
///
/// ```
/// use eu_celac_drugs::{Country, resolve_country};
///
/// assert_eq!(resolve_country("Trinidad & Tobago")?, Country::TT);
/// assert_eq!(resolve_country("Cote d’Ivoire")?, Country::CI);
/// assert_eq!(resolve_country("St Vincent and the Grenadines")?, Country::VC);
/// assert_eq!(resolve_country("the Netherlands")?, Country::NL);
/// assert_eq!(resolve_country("British Virgin Islands")?, Country::VG);
/// assert_eq!(resolve_country("FR")?, Country::FR);
/// assert_eq!(resolve_country("Países Bajos")?, Country::NL);
/// # Ok::<(), eu_celac_drugs::UnknownCountryName>(())
/// ```
///
/// # Errors
/// [`UnknownCountryName`] when the name is unknown or ambiguous.
pub fn resolve_country(name: &str) -> Result<Country, UnknownCountryName> {
    match find(name) {
        Ok(country) => Ok(country),
        Err(None) => {
            let key = normalize_country_name(name);
            Err(unknown(name, Some(&key)))
        }
        Err(Some(candidates)) => Err(UnknownCountryName {
            input: name.to_owned(),
            suggestions: candidates
                .into_iter()
                .map(|country| Suggestion { name: country.common_name(), country })
                .collect(),
            ambiguous: true,
        }),
    }
}

/// Like [`resolve_country`], without the error's suggestions: `None` for an unknown or
/// ambiguous name. Never allocates, so it suits scanning a text for country names.
///
/// ```
/// use eu_celac_drugs::{Country, model::country::lookup_country};
///
/// assert_eq!(lookup_country("Trinidad & Tobago"), Some(Country::TT));
/// assert_eq!(lookup_country("Trinidad"), None);
/// ```
#[must_use]
pub fn lookup_country(name: &str) -> Option<Country> {
    find(name).ok()
}

/// The country a name stands for; `Err(None)` when unknown, `Err(Some(candidates))` when the
/// name is ambiguous between several countries.
fn find(name: &str) -> Result<Country, Option<Vec<Country>>> {
    let trimmed = name.trim();
    if let [a, b, c] = trimmed.as_bytes() {
        if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() {
            if let Some(country) = Country::from_code(trimmed) {
                return Ok(country);
            }
        }
    }
    // Codes count only as written, in capitals ("FR", "ESP"): in running text "as", "is" or
    // "and" are words, not American Samoa, Iceland or Andorra.
    if (2..=3).contains(&trimmed.len()) && trimmed.bytes().all(|b| b.is_ascii_uppercase()) {
        let code = if trimmed.len() == 2 { Country::from_alpha2(trimmed) } else { Country::from_alpha3(trimmed) };
        if let Some(country) = code {
            return Ok(country);
        }
    }
    let mut folded = KeyBuf::new();
    fold_into(name, &mut folded);
    let mut key = KeyBuf::new();
    words_into(folded.text(), &mut key);
    if folded.overflow || key.overflow {
        return Err(None);
    }
    let key = key.text();
    let entries = index();
    let start = entries.partition_point(|e| &*e.key < key);
    let same_key = || entries.get(start..).unwrap_or(&[]).iter().take_while(|e| &*e.key == key);
    let mut matches = same_key();
    let Some(best) = matches.next() else {
        return Err(None);
    };
    let rank = best.kind.rank();
    let mut others = matches.filter(|e| e.kind.rank() == rank && e.country != best.country);
    if others.next().is_none() {
        return Ok(best.country);
    }
    let mut candidates: Vec<Country> = same_key().filter(|e| e.kind.rank() == rank).map(|e| e.country).collect();
    candidates.dedup();
    candidates.truncate(3);
    Err(Some(candidates))
}

/// The longest normalised input for which suggestions are computed, in characters.
const MAX_SUGGEST_CHARS: usize = 64;

/// The error for an unknown name, with the closest known names.
fn unknown(input: &str, key: Option<&str>) -> UnknownCountryName {
    let suggestions = key.map(suggest).unwrap_or_default();
    UnknownCountryName { input: input.to_owned(), suggestions, ambiguous: false }
}

/// Up to three known names closest to `key`, one per country, best first.
fn suggest(key: &str) -> Vec<Suggestion> {
    let query: Vec<char> = key.chars().collect();
    if query.is_empty() || query.len() > MAX_SUGGEST_CHARS {
        return Vec::new();
    }
    let threshold = ((query.len() + 2) / 4).max(1);
    let mut scored: Vec<(usize, &'static str, Country)> = Vec::new();
    let mut candidate = Vec::with_capacity(MAX_SUGGEST_CHARS);
    for entry in index() {
        let prefix = query.len() >= 3 && entry.key.strip_prefix(key).is_some_and(|rest| rest.starts_with(' '));
        candidate.clear();
        candidate.extend(entry.key.chars());
        let score = if candidate.len().abs_diff(query.len()) <= threshold {
            Some(osa_distance(&query, &candidate)).filter(|&d| d <= threshold)
        } else {
            None
        };
        match (score, prefix) {
            (Some(d), _) => scored.push((d, entry.source, entry.country)),
            (None, true) => scored.push((threshold + 1, entry.source, entry.country)),
            (None, false) => {}
        }
    }
    scored.sort_unstable();
    let mut out: Vec<Suggestion> = Vec::new();
    for (_, name, country) in scored {
        if out.len() == 3 {
            break;
        }
        if out.iter().all(|s| s.country != country) {
            out.push(Suggestion { name, country });
        }
    }
    out
}

/// The optimal-string-alignment (restricted Damerau–Levenshtein) distance between two strings:
/// insertions, deletions, substitutions and transpositions of adjacent characters.
fn osa_distance(a: &[char], b: &[char]) -> usize {
    let far = a.len() + b.len() + 1;
    let mut before: Vec<usize> = vec![far; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur: Vec<usize> = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        let mut left = i + 1;
        if let Some(first) = cur.first_mut() {
            *first = left;
        }
        for (j, &cb) in b.iter().enumerate() {
            let get = |row: &[usize], k: usize| row.get(k).copied().unwrap_or(far);
            let mut d = (get(&prev, j + 1) + 1).min(left + 1).min(get(&prev, j) + usize::from(ca != cb));
            let swapped = i > 0 && j > 0 && a.get(i - 1) == Some(&cb) && b.get(j - 1) == Some(&ca);
            if swapped {
                d = d.min(get(&before, j - 1) + 1);
            }
            if let Some(cell) = cur.get_mut(j + 1) {
                *cell = d;
            }
            left = d;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(far)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance() {
        let d = |a: &str, b: &str| osa_distance(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>());
        assert_eq!(d("", ""), 0);
        assert_eq!(d("abc", ""), 3);
        assert_eq!(d("", "abc"), 3);
        assert_eq!(d("boliva", "bolivia"), 1);
        assert_eq!(d("spian", "spain"), 1);
        assert_eq!(d("kitten", "sitting"), 3);
        assert_eq!(d("ca", "abc"), 3); // OSA, not full Damerau (which gives 2)
    }

    #[test]
    fn key_buffer_overflows_without_panicking() {
        let long = "x".repeat(MAX_KEY + 1);
        let mut buf = KeyBuf::new();
        fold_into(&long, &mut buf);
        assert!(buf.overflow);
        assert!(resolve_country(&long).is_err());
    }

    #[test]
    fn every_known_name_fits_the_key_buffer() {
        assert!(index().iter().all(|e| e.key.len() <= MAX_KEY));
    }

    #[test]
    fn only_derived_forms_are_ambiguous() {
        let entries = index();
        let mut ambiguous = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let first = entries.iter().position(|f| f.key == e.key) == Some(i);
            let best = entries.iter().filter(|f| f.key == e.key).map(|f| f.kind.rank()).min();
            let countries: Vec<_> =
                entries.iter().filter(|f| f.key == e.key && Some(f.kind.rank()) == best).map(|f| f.country).collect();
            if first && countries.iter().any(|&c| c != e.country) {
                assert_eq!(best, Some(Kind::Derived.rank()), "{:?} is ambiguous", e.key);
                ambiguous.push(&*e.key);
            }
        }
        assert_eq!(ambiguous, ["corea", "islas virgenes", "korea", "virgin islands"]);
    }

    #[test]
    fn derived() {
        assert_eq!(derived_forms("Bolivia, Plurinational State of"), ["Bolivia", "Plurinational State of Bolivia"]);
        assert_eq!(derived_forms("Virgin Islands, British"), ["Virgin Islands", "British Virgin Islands"]);
        assert_eq!(derived_forms("Bonaire, Sint Eustatius and Saba"), ["Bonaire"]);
        assert_eq!(derived_forms("Falkland Islands (Malvinas)"), ["Falkland Islands"]);
        assert!(derived_forms("Peru").is_empty());
    }
}
