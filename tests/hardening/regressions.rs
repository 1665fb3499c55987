//! Every failure the fuzz targets (`fuzz/`) found, minimised, as a test; and the properties they
//! broke, over generated input.

use eu_celac_drugs::export::{LoadError, from_json};
use eu_celac_drugs::model::country::normalize_country_name;
use proptest::prelude::*;
use proptest::sample::select;

use crate::{QUICK, run};

/// The audit's case: "The The g" normalised to "the g", and that again to "g".
#[test]
fn normalising_a_country_name_twice_gives_what_once_gives() {
    for name in ["The The g", "the the the Netherlands", "THE  the", "The", "the the", "St. The The Kitts"] {
        let once = normalize_country_name(name);
        assert_eq!(normalize_country_name(&once), once, "{name:?}");
    }
    assert_eq!(normalize_country_name("The The g"), "g");
    assert_eq!(normalize_country_name("The the"), "the");
    assert_eq!(normalize_country_name("The"), "the");
}

/// Names built from the words and marks the normaliser treats specially.
fn tricky_name() -> impl Strategy<Value = String> {
    let word = select(vec![
        "the",
        "The",
        "THE",
        "st",
        "St.",
        "ste",
        "&",
        ".",
        "-",
        "(",
        ")",
        "’",
        "'",
        "Côte",
        "d’Ivoire",
        "g",
        " ",
        "\u{301}",
        "İ",
        "ẞ",
        "ǅ",
        "ﬁ",
    ]);
    proptest::collection::vec(word, 0..8).prop_map(|words| words.join(" "))
}

#[test]
fn normalising_is_idempotent_on_any_text() {
    let strategy = prop_oneof![any::<String>(), tricky_name(), "[ A-Za-z.&'()-]{0,24}"];
    run("normalize_country_name idempotent", QUICK, strategy, |name| {
        let once = normalize_country_name(&name);
        assert_eq!(normalize_country_name(&once), once, "{name:?}");
    });
}

/// fuzz target from_json, input "\n": serde_json reports the end of an empty line as column 0,
/// and the loader passed it on although its columns count from 1.
#[test]
fn malformed_json_positions_count_from_one() {
    for (text, position) in [("\n", (2, 1)), ("", (1, 1)), ("\n\n  ", (3, 2)), ("{\n", (2, 1))] {
        let Err(LoadError::Malformed { line, column, message }) = from_json(text) else { panic!("{text:?} loaded") };
        assert_eq!((line, column), position, "{text:?}: {message}");
        // The position is said once, in the error's own words.
        assert!(!message.contains(" at line "), "{message}");
    }
}
