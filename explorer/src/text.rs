//! Small text helpers: JSON that is safe inside `<script>`, words for codes, the report's markup.

use serde::Serialize;

/// `value` as JSON that can stand inside an HTML `<script>` element: `<`, `>` and `&` are
/// written as `\u003c`, `\u003e` and `\u0026` (the same string to a JSON parser), so no text
/// of the dataset can close the element or open a comment, whatever it holds.
///
/// ```
/// let json = eu_celac_drugs_explorer::text::script_json(&"</script><b>&")?;
/// assert_eq!(json, r#""\u003c/script\u003e\u003cb\u003e\u0026""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # Errors
/// What serde_json reports for a value it cannot serialize.
pub fn script_json<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let json = serde_json::to_string(value)?;
    Ok(json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026"))
}

/// A code as words: `co_lead` reads "co-lead", `working_group` "working group".
///
/// ```
/// assert_eq!(eu_celac_drugs_explorer::text::words("working_group"), "working group");
/// ```
#[must_use]
pub fn words(code: &str) -> String {
    code.replace("co_", "co-").replace('_', " ")
}

/// The report's text without its markup, as a reader sees it (bold marks and `<sup>` tags
/// removed, an ordinal suffix's text kept, a footnote marker dropped), as
/// [`eu_celac_drugs::source::plain_text`] reads it.
///
/// ```
/// assert_eq!(eu_celac_drugs_explorer::text::plain("the XXII<sup>nd</sup> **High-Level** Meeting"),
///            "the XXIInd High-Level Meeting");
/// assert_eq!(eu_celac_drugs_explorer::text::plain("Slovenia and Paraguay<sup>3</sup>"), "Slovenia and Paraguay");
/// ```
#[must_use]
pub fn plain(text: &str) -> String {
    eu_celac_drugs::source::plain_text(text)
}

/// A word with its first letter in upper case.
#[must_use]
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A number of things, with the noun in the singular or plural.
#[must_use]
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The first `max` characters of `s` (at a word boundary where possible), with an ellipsis if
/// anything was cut.
#[must_use]
pub fn excerpt(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head).trim_end_matches([',', ';', ':']);
    format!("{cut}…")
}
