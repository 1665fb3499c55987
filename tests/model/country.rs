//! Countries, blocs, the name resolver and currencies, checked against Debian's iso-codes.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::process::Command;

use eu_celac_drugs::model::country::ParseCountryError;
use eu_celac_drugs::{Bloc, Country, Currency, ValidationError, resolve_country};
use proptest::prelude::*;

use crate::strategies::country::{any_bloc, any_country, any_currency};

mod resolver;

const ISO_3166_JSON: &str = "/usr/share/iso-codes/json/iso_3166-1.json";
const ISO_4217_JSON: &str = "/usr/share/iso-codes/json/iso_4217.json";
const SPANISH_MO: &str = "/usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo";

// ---------------------------------------------------------------------------------------------
// iso-codes: the independent reference

fn require(path: &str) {
    assert!(
        Path::new(path).is_file(),
        "{path} is missing: Debian's iso-codes package is needed for these tests \
         (run .ci/install-iso-codes.sh, or `apt-get install iso-codes`)"
    );
}

fn iso_entries(path: &str, key: &str) -> Vec<serde_json::Value> {
    require(path);
    let text = std::fs::read_to_string(path).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json[key].take().as_array().cloned().unwrap_or_else(|| panic!("{path}: no array {key:?}"))
}

fn field<'a>(entry: &'a serde_json::Value, name: &str) -> Option<&'a str> {
    entry.get(name).and_then(serde_json::Value::as_str)
}

/// Reads a GNU gettext `.mo` catalogue: magic, revision, count, offsets of the original and
/// translated string tables, each a (length, offset) pair per entry. The header (empty msgid)
/// and untranslated entries are skipped.
fn read_mo(path: &str) -> HashMap<String, String> {
    require(path);
    let data = std::fs::read(path).unwrap();
    let raw = |at: usize| -> [u8; 4] { data[at..at + 4].try_into().unwrap() };
    let little = match u32::from_le_bytes(raw(0)) {
        0x9504_12de => true,
        0xde12_0495 => false,
        magic => panic!("{path}: not a .mo file (magic {magic:#x})"),
    };
    let word = |at: usize| -> usize {
        let bytes = raw(at);
        (if little { u32::from_le_bytes(bytes) } else { u32::from_be_bytes(bytes) }) as usize
    };
    let string = |table: usize, i: usize| -> String {
        let (len, at) = (word(table + 8 * i), word(table + 8 * i + 4));
        String::from_utf8(data[at..at + len].to_vec()).unwrap()
    };
    let (count, originals, translations) = (word(8), word(12), word(16));
    (0..count)
        .map(|i| (string(originals, i), string(translations, i)))
        .filter(|(id, text)| !id.is_empty() && !text.is_empty())
        .collect()
}

#[test]
fn every_iso_3166_entry_matches_iso_codes() {
    let entries = iso_entries(ISO_3166_JSON, "3166-1");
    assert_eq!(entries.len(), 249);
    assert_eq!(Country::COUNT, entries.len());
    assert_eq!(Country::ALL.len(), entries.len());
    let mut seen = BTreeSet::new();
    for e in &entries {
        let a2 = field(e, "alpha_2").unwrap();
        let c: Country = a2.parse().unwrap_or_else(|err| panic!("{a2}: {err}"));
        assert!(seen.insert(c), "{a2} twice");
        assert_eq!(c.alpha2(), a2);
        assert_eq!(c.alpha3(), field(e, "alpha_3").unwrap(), "{a2}");
        let numeric = field(e, "numeric").unwrap();
        assert_eq!(c.numeric_str(), numeric, "{a2}");
        assert_eq!(c.numeric(), numeric.parse::<u16>().unwrap(), "{a2}");
        assert_eq!(c.name_en(), field(e, "name").unwrap(), "{a2}");
        let common = field(e, "common_name").unwrap_or(field(e, "name").unwrap());
        assert_eq!(c.common_name(), common, "{a2}");
        assert_eq!(c.official_name(), field(e, "official_name"), "{a2}");
    }
    assert_eq!(seen.into_iter().collect::<Vec<_>>(), Country::iter().collect::<Vec<_>>());
}

#[test]
fn every_spanish_name_matches_the_gettext_catalogue() {
    let spanish = read_mo(SPANISH_MO);
    assert!(spanish.len() >= 249, "only {} translations in {SPANISH_MO}", spanish.len());
    let mut missing = Vec::new();
    for c in Country::iter() {
        let expected = spanish.get(c.name_en()).map(String::as_str);
        assert_eq!(c.name_es(), expected, "{c}");
        if expected.is_none() {
            missing.push(c);
        }
    }
    // Every untranslated entry must still resolve through an alias.
    for c in missing {
        assert!(c.name_es().is_none());
        assert_eq!(resolve_country(c.name_en()).unwrap(), c);
    }
}

#[test]
fn every_iso_4217_code_matches_iso_codes() {
    let entries = iso_entries(ISO_4217_JSON, "4217");
    assert_eq!(Currency::all().len(), entries.len());
    for e in &entries {
        let code = field(e, "alpha_3").unwrap();
        let currency: Currency = code.parse().unwrap();
        assert_eq!(currency.code(), code);
        assert_eq!(currency.name(), field(e, "name").unwrap(), "{code}");
        assert_eq!(currency.numeric(), field(e, "numeric").unwrap().parse::<u16>().unwrap(), "{code}");
    }
}

#[test]
fn generated_tables_do_not_drift_from_iso_codes() {
    require(ISO_3166_JSON);
    require(SPANISH_MO);
    let out = Command::new("python3")
        .args(["tools/gen_iso.py", "--check"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run `python3 tools/gen_iso.py --check`: {e}"));
    assert!(
        out.status.success(),
        "the generated ISO tables differ from iso-codes (or it is missing); \
         run `python3 tools/gen_iso.py` and review:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

// ---------------------------------------------------------------------------------------------
// Codes, order, serde

proptest! {
    #[test]
    fn display_and_from_str_round_trip(c in any_country()) {
        let text = c.to_string();
        prop_assert_eq!(&text, c.alpha2());
        prop_assert_eq!(text.parse::<Country>().unwrap(), c);
        prop_assert_eq!(c.alpha3().parse::<Country>().unwrap(), c);
        prop_assert_eq!(c.numeric_str().parse::<Country>().unwrap(), c);
        prop_assert_eq!(Country::from_numeric(c.numeric()), Some(c));
        prop_assert_eq!(Country::from_alpha3(c.alpha3()), Some(c));
        // Strict: lower case is refused, and the error names the input.
        let lower = c.alpha2().to_lowercase();
        let err: ParseCountryError = lower.parse::<Country>().unwrap_err();
        prop_assert_eq!(err.input(), lower.as_str());
        let quoted = format!("{lower:?}");
        prop_assert!(err.to_string().contains(&quoted));
    }

    #[test]
    fn ord_agrees_with_eq_and_with_the_codes(a in any_country(), b in any_country()) {
        prop_assert_eq!(a.cmp(&b), a.alpha2().cmp(b.alpha2()));
        prop_assert_eq!(a == b, a.cmp(&b).is_eq());
        prop_assert_eq!(a == b, a.alpha3() == b.alpha3());
        prop_assert_eq!(a == b, a.numeric() == b.numeric());
    }

    #[test]
    fn territories_point_at_sovereign_states(c in any_country()) {
        if let Some(s) = c.sovereign() {
            prop_assert!(c.is_territory());
            prop_assert!(!s.is_territory());
        }
        if !c.is_territory() {
            prop_assert_eq!(c.sovereign(), None);
        }
    }
}

#[test]
fn strict_parsing_refuses_everything_else() {
    for s in ["", " AR", "AR ", "ar", "Arg", "Argentina", "32", "0032", "999", "XK", "UK", "A"] {
        let err = s.parse::<Country>().unwrap_err();
        assert_eq!(err.input(), s);
    }
}

#[test]
fn territories_of_the_report_and_borderline_cases() {
    for t in [Country::VG, Country::AI, Country::MS] {
        assert!(t.is_territory(), "{t}");
        assert_eq!(t.sovereign(), Some(Country::GB), "{t}");
    }
    for (t, s) in [(Country::AW, Country::NL), (Country::GF, Country::FR), (Country::PR, Country::US)] {
        assert_eq!(t.sovereign(), Some(s));
    }
    for t in [Country::AQ, Country::EH, Country::TW] {
        assert!(t.is_territory() && t.sovereign().is_none(), "{t}");
    }
    for s in [Country::PS, Country::VA, Country::GB, Country::TT, Country::KN] {
        assert!(!s.is_territory(), "{s}");
    }
    // The rule: 193 UN member states and 2 observer states are sovereign; the rest are not.
    assert_eq!(Country::iter().filter(|c| !c.is_territory()).count(), 195);
}

// ---------------------------------------------------------------------------------------------
// Blocs

#[test]
fn blocs_have_their_members() {
    let celac = Bloc::Celac.members();
    let eu = Bloc::Eu.members();
    assert_eq!(celac.len(), 33);
    assert_eq!(eu.len(), 27);
    assert_eq!(celac.iter().collect::<BTreeSet<_>>().len(), 33);
    assert_eq!(eu.iter().collect::<BTreeSet<_>>().len(), 27);
    assert!(celac.iter().all(|c| !eu.contains(c)), "the blocs overlap");
    assert!(!eu.contains(&Country::GB));
    assert!(celac.contains(&Country::BR), "Brazil stayed a CELAC member during its suspension");
    assert!(celac.iter().chain(eu).all(|c| !c.is_territory()));
    assert!(celac.iter().all(|c| c.is_in_lac_region()), "a CELAC member outside Latin America");
    assert!(eu.iter().all(|c| !c.is_in_lac_region()));
    // Every sovereign state of the region is a CELAC member; the others are territories.
    for &c in Country::LAC_REGION {
        assert_eq!(c.is_member(Bloc::Celac), !c.is_territory(), "{c}");
    }
}

proptest! {
    #[test]
    fn membership_agrees_with_member_lists(c in any_country(), bloc in any_bloc()) {
        prop_assert_eq!(c.is_member(bloc), bloc.members().contains(&c));
        prop_assert_eq!(c.blocs().contains(&bloc), c.is_member(bloc));
        prop_assert_eq!(bloc.to_string().parse::<Bloc>().unwrap(), bloc);
    }
}

#[test]
fn bloc_names() {
    assert_eq!(Bloc::Celac.to_string(), "CELAC");
    assert_eq!(Bloc::Eu.to_string(), "EU");
    assert!("Eu".parse::<Bloc>().is_err());
}

// ---------------------------------------------------------------------------------------------
// Currencies

proptest! {
    #[test]
    fn currency_round_trips(c in any_currency(), d in any_currency()) {
        prop_assert_eq!(c.to_string().parse::<Currency>().unwrap(), c);
        prop_assert_eq!(Currency::from_code(c.code()), Some(c));
        prop_assert_eq!(c.cmp(&d), c.code().cmp(d.code()));
        prop_assert_eq!(c == d, c.cmp(&d).is_eq());
        prop_assert!(c.to_string().to_lowercase().parse::<Currency>().is_err());
    }
}

#[test]
fn currencies() {
    assert_eq!(Currency::EUR.code(), "EUR");
    assert_eq!(Currency::USD.code(), "USD");
    assert_eq!(Currency::EUR.numeric(), 978);
    assert_eq!("USD".parse::<Currency>().unwrap(), Currency::USD);
    assert_eq!(Currency::all().iter().collect::<HashSet<_>>().len(), Currency::all().len());
    for bad in ["ZZZ", "eur", "EURO", "", " EUR", "XEU"] {
        let err = bad.parse::<Currency>().unwrap_err();
        assert_eq!(err, ValidationError::UnknownCurrency { field: "currency", value: bad.to_owned() });
        assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
        assert_eq!(err.field(), "currency");
    }
    assert_eq!(format!("{:?}", Currency::EUR), r#"Currency("EUR")"#);
}

// ---------------------------------------------------------------------------------------------
// serde: codes as strings, validated on the way in

#[cfg(feature = "serde")]
mod serde_forms {
    use super::*;

    proptest! {
    #[test]
    fn serde_round_trip(c in any_country()) {
        let json = serde_json::to_string(&c).unwrap();
        prop_assert_eq!(&json, &format!("\"{}\"", c.alpha2()));
        prop_assert_eq!(serde_json::from_str::<Country>(&json).unwrap(), c);
        let alpha3 = format!("\"{}\"", c.alpha3());
        prop_assert_eq!(serde_json::from_str::<Country>(&alpha3).unwrap(), c);
        let lower = format!("\"{}\"", c.alpha2().to_lowercase());
        prop_assert!(serde_json::from_str::<Country>(&lower).is_err());
    }


        #[test]
        fn bloc_serde_round_trip(bloc in any_bloc()) {
            let json = serde_json::to_string(&bloc).unwrap();
            prop_assert_eq!(&json, &format!("\"{bloc}\""));
            prop_assert_eq!(serde_json::from_str::<Bloc>(&json).unwrap(), bloc);
        }

        #[test]
        fn currency_serde_round_trip(c in any_currency()) {
            let json = serde_json::to_string(&c).unwrap();
            prop_assert_eq!(&json, &format!("\"{}\"", c.code()));
            prop_assert_eq!(serde_json::from_str::<Currency>(&json).unwrap(), c);
        }
    }

    #[test]
    fn invalid_values_are_refused() {
        for bad in ["\"Argentina\"", "\"ar\"", "32", "\"XK\"", "null"] {
            assert!(serde_json::from_str::<Country>(bad).is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<Bloc>("\"Celac\"").is_err());
        for bad in ["\"ZZZ\"", "\"eur\"", "978"] {
            let err = serde_json::from_str::<Currency>(bad).unwrap_err();
            assert!(bad == "978" || err.to_string().contains(bad.trim_matches('"')), "{err}");
        }
    }
}
