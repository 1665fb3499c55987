//! Ids and references behave as their text: every way to build one agrees, `Display` and
//! `FromStr` round-trip, and `Eq`, `Ord` and `Hash` agree with `str`'s.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, RandomState};

use eu_celac_drugs::*;
use proptest::prelude::*;

use crate::strategies::records::{any_id, any_ref};

/// A valid id as text.
fn id_text() -> impl Strategy<Value = String> {
    "[a-z0-9][a-z0-9._-]{0,30}"
}

/// Every way to build an id from `text`: `&'static str` (kept as it is), `String` (shared), `&str`
/// (copied), `parse`, serde.
fn built_every_way(text: &str) -> Vec<Id> {
    let leaked: &'static str = Box::leak(text.to_owned().into_boxed_str());
    vec![
        Id::new(leaked).unwrap(),
        Id::new(text.to_owned()).unwrap(),
        Id::try_from(text).unwrap(),
        Id::try_from(text.to_owned()).unwrap(),
        text.parse().unwrap(),
        serde_json::from_str(&serde_json::to_string(text).unwrap()).unwrap(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_way_to_build_an_id_gives_the_same_id(text in id_text()) {
        let hasher = RandomState::new();
        let ids = built_every_way(&text);
        for id in &ids {
            prop_assert_eq!(id.as_str(), text.as_str());
            prop_assert_eq!(&**id, text.as_str()); // Deref<Target = str>
            prop_assert_eq!(id.to_string(), text.clone()); // Display
            prop_assert_eq!(String::from(id.clone()), text.clone());
            prop_assert_eq!(format!("{id:?}"), format!("Id({text:?})"));
            prop_assert_eq!(id, &ids[0]);
            prop_assert_eq!(hasher.hash_one(id), hasher.hash_one(&ids[0]));
            prop_assert_eq!(hasher.hash_one(id), hasher.hash_one(text.as_str()), "Hash agrees with str (Borrow)");
            // Comparisons with text, both ways.
            prop_assert!(*id == *text.as_str());
            prop_assert!(*text.as_str() == *id);
            prop_assert!(*id == text.as_str());
            prop_assert!(text.as_str() == *id);
            prop_assert!(*id == text);
            prop_assert!(text == *id);
            prop_assert_eq!(id.clone(), id.clone());
        }
    }

    #[test]
    fn display_and_parse_round_trip(id in any_id()) {
        prop_assert_eq!(id.to_string().parse::<Id>().unwrap(), id.clone());
        prop_assert_eq!(Id::try_from(id.as_str()).unwrap(), id);
    }

    #[test]
    fn eq_ord_and_hash_agree_with_str(a in id_text(), b in id_text()) {
        let hasher = RandomState::new();
        let (x, y) = (Id::new(a.clone()).unwrap(), Id::try_from(b.as_str()).unwrap());
        prop_assert_eq!(x.cmp(&y), a.as_str().cmp(b.as_str()));
        prop_assert_eq!(x.partial_cmp(&y), a.as_str().partial_cmp(b.as_str()));
        prop_assert_eq!(x == y, a == b);
        prop_assert_eq!(x == *b.as_str(), a == b);
        if x == y {
            prop_assert_eq!(hasher.hash_one(&x), hasher.hash_one(&y));
        }
        // Maps keyed by ids are looked up with text.
        let hash: HashMap<Id, u8> = [(x.clone(), 1), (y.clone(), 2)].into_iter().collect();
        let tree: BTreeMap<Id, u8> = [(x.clone(), 1), (y.clone(), 2)].into_iter().collect();
        prop_assert_eq!(hash.get(a.as_str()), tree.get(a.as_str()));
        prop_assert_eq!(hash.get(b.as_str()), Some(&2));
    }

    #[test]
    fn what_is_not_a_slug_is_refused_every_way(bad in "[A-Z ]{1,5}|[-._][a-z]{0,4}|[a-z]{65,70}|") {
        let from_str = matches!(Id::try_from(bad.as_str()), Err(ValidationError::InvalidId { .. }));
        let from_string = matches!(Id::try_from(bad.clone()), Err(ValidationError::InvalidId { .. }));
        prop_assert!(from_str && from_string, "{:?}", bad);
        prop_assert!(bad.parse::<Id>().is_err());
        prop_assert!(serde_json::from_str::<Id>(&serde_json::to_string(&bad).unwrap()).is_err());
        // The message names the value (long values cut after QUOTE_LIMIT characters).
        let err = Id::new(bad.clone()).unwrap_err();
        let head: String = bad.chars().take(eu_celac_drugs::error::QUOTE_LIMIT).collect();
        prop_assert!(err.to_string().contains(&head), "{}", err);
    }

    #[test]
    fn a_ref_equals_exactly_its_text_form(r in any_ref(), other in any_ref(), noise in "[a-z_:.]{0,12}") {
        let text = r.to_string();
        prop_assert!(r == *text.as_str());
        prop_assert!(r == text.as_str());
        prop_assert!(*text.as_str() == r);
        prop_assert!(text.as_str() == r);
        for candidate in [other.to_string(), noise.clone(), format!("{text}{noise}"), format!("{}:{}", r.kind, noise)] {
            let parsed = candidate.parse::<Ref>().ok();
            prop_assert_eq!(r == candidate.as_str(), parsed.as_ref() == Some(&r), "{} vs {}", r, candidate);
        }
    }
}

#[test]
fn a_handle_compares_with_the_getters_of_the_records() {
    let report = report_2021_2022();
    let aircop_seizures = report.seizures().iter().filter(|s| s.project() == Some(&ids::AIRCOP)).count();
    let by_text = report.seizures().iter().filter(|s| s.project().is_some_and(|p| p == "aircop")).count();
    assert!(aircop_seizures > 0);
    assert_eq!(aircop_seizures, by_text);
    let in_clasi = report.participations().iter().filter(|p| p.subject().id == ids::CLASI).count();
    assert_eq!(in_clasi, report.participations_in_exactly("clasi").count());
    assert!(report.participations_in("clasi").count() > in_clasi); // and those in its work areas, presidencies…
    assert!(report.participations().iter().any(|p| *p.party() == Country::PE && p.subject() == "committee:clasi"));
}

#[test]
fn parties_compare_with_countries_exactly() {
    let organisation = Party::Organisation(ids::UNODC);
    let body = Party::Body(Ref::new(RecordKind::Programme, ids::EL_PACCTO));
    for c in [Country::PE, Country::ES, Country::AR] {
        assert_eq!(Party::Country(c), c);
        assert_eq!(c, Party::from(c));
        assert_ne!(organisation, c);
        assert_ne!(body, c);
        assert_ne!(Party::Country(Country::JM), c);
    }
}
