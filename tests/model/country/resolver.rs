//! The name resolver: every form the report uses, ISO and Spanish names, variants, failures.

use std::collections::BTreeSet;

use eu_celac_drugs::model::country::{ALIASES, normalize_country_name};
use eu_celac_drugs::{Country, resolve_country};
use proptest::prelude::*;

use crate::strategies::country::any_country;

/// Every form in which the report names a country or territory, with the entry it denotes.
/// Lists split at commas and "and"; "X (city)" and "city, X" give X; "Colombia-Ecuador" gives
/// both.
const REPORT_NAMES: &[(&str, Country)] = &[
    // I. High-Level Meeting and Technical Committee
    ("Portugal", Country::PT),
    ("Mexico", Country::MX),
    ("Slovenia", Country::SI),
    ("Paraguay", Country::PY),
    ("France", Country::FR),
    // II. COPOLAD working groups and side event
    ("Uruguay", Country::UY),
    ("Ecuador", Country::EC),
    ("Peru", Country::PE),
    ("Argentina", Country::AR),
    ("Germany", Country::DE),
    ("Spain", Country::ES),
    // III.A AIRCOP scope, task forces, partnerships
    ("Barbados", Country::BB),
    ("Bolivia", Country::BO),
    ("Brazil", Country::BR),
    ("Colombia", Country::CO),
    ("Dominican Republic", Country::DO),
    ("El Salvador", Country::SV),
    ("Jamaica", Country::JM),
    ("Panama", Country::PA),
    ("Benin", Country::BJ),
    ("Burkina Faso", Country::BF),
    ("Cabo Verde", Country::CV),
    ("Cameroon", Country::CM),
    ("Côte d'Ivoire", Country::CI),
    ("Gambia", Country::GM),
    ("Ghana", Country::GH),
    ("Guinea-Bissau", Country::GW),
    ("Jordan", Country::JO),
    ("Mali", Country::ML),
    ("Niger", Country::NE),
    ("Nigeria", Country::NG),
    ("Senegal", Country::SN),
    ("Togo", Country::TG),
    ("Ethiopia", Country::ET),
    ("Kenya", Country::KE),
    ("Mozambique", Country::MZ),
    ("Costa Rica", Country::CR),
    ("Cuba", Country::CU),
    ("Trinidad & Tobago", Country::TT),
    ("Bosnia-Herzegovina", Country::BA),
    ("Serbia", Country::RS),
    ("North-Macedonia", Country::MK),
    ("Iraq", Country::IQ),
    ("Lebanon", Country::LB),
    ("Morocco", Country::MA),
    ("South Africa", Country::ZA),
    // COLIBRI
    ("the Dominican Republic", Country::DO),
    ("Cote d’Ivoire", Country::CI),
    ("Mauritania", Country::MR),
    // SEACOP
    ("British Virgin Islands", Country::VG),
    ("Anguilla", Country::AI),
    ("Antigua and Barbuda", Country::AG),
    ("St Kitts and Nevis", Country::KN),
    ("Montserrat", Country::MS),
    ("Dominica", Country::DM),
    ("St Lucia", Country::LC),
    ("St Vincent and the Grenadines", Country::VC),
    ("Grenada", Country::GD),
    ("Trinidad and Tobago", Country::TT),
    ("Guyana", Country::GY),
    ("Suriname", Country::SR),
    // CRIMJUST, CLASI
    ("Guatemala", Country::GT),
    ("Honduras", Country::HN),
    ("Chile", Country::CL),
    // EL PAcCTO and the Team Europe Initiative
    ("Italy", Country::IT),
    ("Estonia", Country::EE),
    ("The Netherlands", Country::NL),
    ("FR", Country::FR),
    ("ES", Country::ES),
    ("IT", Country::IT),
    ("Poland", Country::PL),
    // EUROFRONT (member states as codes)
    ("PT", Country::PT),
    ("PL", Country::PL),
    ("LT", Country::LT),
    // D. Chapter 10 seminars: "The Hague, the Netherlands", "Panama City, Panama",
    // "Belize City, Belize"
    ("the Netherlands", Country::NL),
    ("Belize", Country::BZ),
];

#[test]
fn every_name_form_of_the_report_resolves() {
    for &(name, country) in REPORT_NAMES {
        assert_eq!(resolve_country(name), Ok(country), "{name:?}");
        assert_eq!(Country::from_name(name), Ok(country), "{name:?}");
    }
}

#[test]
fn hyphenated_pairs_of_the_border_areas() {
    let pairs = [
        ("Colombia-Ecuador", [Country::CO, Country::EC]),
        ("Peru-Bolivia", [Country::PE, Country::BO]),
        ("Argentina-Bolivia", [Country::AR, Country::BO]),
    ];
    for (pair, expected) in pairs {
        let got: Vec<Country> = pair.split('-').map(|p| resolve_country(p).unwrap()).collect();
        assert_eq!(got, expected);
        assert!(resolve_country(pair).is_err(), "{pair} is two countries, not one");
    }
    let triple: Vec<Country> =
        ["Argentina", "Brazil", "Paraguay"].iter().map(|p| resolve_country(p).unwrap()).collect();
    assert_eq!(triple, [Country::AR, Country::BR, Country::PY]);
}

#[test]
fn spelling_variants_resolve_alike() {
    let groups: &[(&[&str], Country)] = &[
        (
            &["Côte d'Ivoire", "Cote d’Ivoire", "Cote d'Ivoire", "CÔTE D‘IVOIRE", "Ivory Coast", "Costa de Marfil"],
            Country::CI,
        ),
        (&["Trinidad & Tobago", "Trinidad and Tobago", "trinidad  AND tobago", "Trinidad y Tobago"], Country::TT),
        (&["St Lucia", "St. Lucia", "Saint Lucia", "Santa Lucía", "LCA"], Country::LC),
        (&["Bolivia", "Bolivia, Plurinational State of", "Plurinational State of Bolivia", "BOL", "BO"], Country::BO),
        (&["Venezuela", "Bolivarian Republic of Venezuela", "Venezuela, República Bolivariana de"], Country::VE),
        (
            &["Netherlands", "The Netherlands", "Kingdom of the Netherlands", "Países Bajos", "Paises Bajos"],
            Country::NL,
        ),
        (&["Mexico", "México", "United Mexican States", "484"], Country::MX),
        (&["Peru", "Perú", "PERU", "PER"], Country::PE),
        (&["Cabo Verde", "Cape Verde"], Country::CV),
        (&["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia Herzegovina", "Bosnia y Herzegovina"], Country::BA),
        (&["North Macedonia", "North-Macedonia", "Macedonia del Norte"], Country::MK),
        (&["Gambia", "The Gambia", "Republic of the Gambia"], Country::GM),
        (&["British Virgin Islands", "Virgin Islands, British", "VGB"], Country::VG),
        (&["Democratic Republic of the Congo", "DR Congo", "Congo, The Democratic Republic of the"], Country::CD),
        (&["Congo", "Republic of the Congo"], Country::CG),
        (&["Türkiye", "Turkiye", "Turkey", "Turquía"], Country::TR),
        (&["Czechia", "Czech Republic", "Chequia"], Country::CZ),
        (&["Eswatini", "Swaziland"], Country::SZ),
        (&["Russia", "Russian Federation"], Country::RU),
        (&["Vietnam", "Viet Nam"], Country::VN),
        (&["United Kingdom", "UK", "Great Britain", "GB", "Reino Unido"], Country::GB),
        (&["Falkland Islands (Malvinas)", "Falkland Islands", "Islas Malvinas"], Country::FK),
        (&["Holy See (Vatican City State)", "Holy See", "Vatican City"], Country::VA),
        (&["Saint Martin (French part)", "Saint Martin", "St Martin"], Country::MF),
        (&["Åland Islands", "Aland Islands"], Country::AX),
        (&["Curaçao", "Curacao", "Curazao"], Country::CW),
    ];
    for &(names, country) in groups {
        for &name in names {
            assert_eq!(resolve_country(name), Ok(country), "{name:?}");
        }
    }
}

#[test]
fn places_ambiguous_and_unknown_names_are_refused() {
    // "Trinidad" is an island (a seizure location in the report), not a country name.
    let err = resolve_country("Trinidad").unwrap_err();
    assert!(!err.is_ambiguous());
    assert!(err.suggestions().iter().any(|s| s.country == Country::TT), "{err}");
    for place in ["Asuncion", "Dakar", "Malaga", "The Hague", "Brussels", "Latin America", "Europe", "Kosovo"] {
        assert!(resolve_country(place).is_err(), "{place}");
    }
    let korea = resolve_country("Korea").unwrap_err();
    assert!(korea.is_ambiguous());
    let candidates: BTreeSet<Country> = korea.suggestions().iter().map(|s| s.country).collect();
    assert_eq!(candidates, BTreeSet::from([Country::KP, Country::KR]));
    assert_eq!(korea.to_string(), r#"ambiguous country name "Korea"; did you mean "North Korea" or "South Korea"?"#);
    assert!(resolve_country("Virgin Islands").unwrap_err().is_ambiguous());
    assert!(resolve_country("").is_err());
    assert!(resolve_country("   ").is_err());
}

#[test]
fn unknown_names_carry_suggestions() {
    let err = resolve_country("Boliva").unwrap_err();
    assert_eq!(err.to_string(), r#"unknown country name "Boliva"; did you mean "Bolivia"?"#);
    assert_eq!(err.input(), "Boliva");
    let cases = [
        ("Argentinia", Country::AR),
        ("Paraguy", Country::PY),
        ("Urugay", Country::UY),
        ("Slovenija", Country::SI),
        ("Columbia", Country::CO),
        ("Guinee Bissao", Country::GW),
        ("St Vincent & Grenadines", Country::VC),
    ];
    for (name, country) in cases {
        let err = resolve_country(name).unwrap_err();
        assert!(err.suggestions().len() <= 3);
        assert!(err.suggestions().iter().any(|s| s.country == country), "{name:?}: {err}");
        assert!(err.to_string().contains(name));
    }
    let err = resolve_country("Qwxzv Pflkt").unwrap_err();
    assert!(err.suggestions().is_empty());
    assert_eq!(err.to_string(), r#"unknown country name "Qwxzv Pflkt""#);
}

#[test]
fn resolver_accepts_every_iso_name_and_code() {
    for c in Country::iter() {
        let names = [Some(c.name_en()), Some(c.common_name()), c.official_name(), c.name_es()];
        for name in names.into_iter().flatten() {
            assert_eq!(resolve_country(name), Ok(c), "{c}: {name:?}");
            assert_eq!(resolve_country(&name.to_uppercase()), Ok(c), "{c}: {name:?} in upper case");
        }
        for code in [c.alpha2(), c.alpha3(), &c.numeric_str()] {
            assert_eq!(resolve_country(code), Ok(c), "{code}");
        }
    }
    for &(alias, c) in ALIASES {
        assert_eq!(resolve_country(alias), Ok(c), "alias {alias:?}");
    }
}

#[test]
fn codes_count_only_in_capitals() {
    // In running text "as", "is", "and" or "ton" are words, not American Samoa, Iceland,
    // Andorra or Tonga; the report writes its codes in capitals ("FR, ES and IT").
    for word in ["as", "is", "and", "ton", "in", "to", "kg", "la", "bo", "fr"] {
        assert!(resolve_country(word).is_err(), "{word:?}");
    }
    assert_eq!(resolve_country("FR"), Ok(Country::FR));
    assert_eq!(resolve_country("BOL"), Ok(Country::BO));
}

#[test]
fn normalisation() {
    assert_eq!(normalize_country_name("  Côte d’Ivoire "), "cote d'ivoire");
    assert_eq!(normalize_country_name("St. Vincent & the Grenadines"), "saint vincent and the grenadines");
    assert_eq!(normalize_country_name("Guinea-Bissau"), "guinea bissau");
    assert_eq!(normalize_country_name("The"), "the");
    assert_eq!(normalize_country_name("Virgin Islands, U.S."), "virgin islands us");
    assert_eq!(normalize_country_name("Cote\u{302} d'Ivoire"), "cote d'ivoire"); // decomposed
}

/// A name of `c` to mutate: English, common or Spanish.
fn a_name_of(c: Country, pick: u8) -> &'static str {
    match pick % 3 {
        0 => c.name_en(),
        1 => c.common_name(),
        _ => c.name_es().unwrap_or(c.name_en()),
    }
}

/// An edit: 0 insert, 1 delete, 2 replace, at a position, with a letter.
fn an_edit() -> impl Strategy<Value = (u8, prop::sample::Index, char)> {
    (0u8..3, any::<prop::sample::Index>(), prop::char::range('a', 'z'))
}

proptest! {
    #[test]
    fn resolver_round_trips_every_name(c in any_country(), pick in 0u8..3) {
        prop_assert_eq!(resolve_country(a_name_of(c, pick)), Ok(c));
    }

    #[test]
    fn resolver_never_panics(s in ".*") {
        let _ = resolve_country(&s);
        let _ = normalize_country_name(&s);
    }

    #[test]
    fn mutated_names_resolve_or_get_suggestions(
        c in any_country(),
        pick in 0u8..3,
        edits in prop::collection::vec(an_edit(), 1..4),
    ) {
        let mut chars: Vec<char> = a_name_of(c, pick).chars().collect();
        for (op, at, letter) in &edits {
            let i = at.index(chars.len() + 1);
            match op {
                0 => chars.insert(i, *letter),
                1 if i < chars.len() => { chars.remove(i); }
                _ if i < chars.len() => chars[i] = *letter,
                _ => chars.push(*letter),
            }
        }
        let mutated: String = chars.into_iter().collect();
        if let Err(err) = resolve_country(&mutated) {
            prop_assert!(err.suggestions().len() <= 3);
            if edits.len() == 1 && mutated.chars().count() >= 6 {
                prop_assert!(!err.suggestions().is_empty(), "{:?}: {}", mutated, err);
                if err.suggestions().len() < 3 && !err.is_ambiguous() {
                    let found = err.suggestions().iter().any(|s| s.country == c);
                    prop_assert!(found, "{:?}: {}", mutated, err);
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_with_a_real_name_never_panics(
        c in any_country(),
        prefix in ".{0,8}",
        suffix in ".{0,8}",
    ) {
        let _ = resolve_country(&format!("{prefix}{}{suffix}", c.name_en()));
    }
}
