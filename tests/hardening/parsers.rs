//! Every text parser of the crate on random and mutated text: `FromStr` of every type, the
//! country-name resolver and lookups, the EDTF date parser (through the date types' `FromStr`),
//! quantity, money and document-number parsing. None may panic, whatever the input.

use std::str::FromStr;

use eu_celac_drugs::analysis::{
    BlocFilter, FindingKind, GroupBy, InvolvementKind, PeriodRelation, Severity, StatusFilter,
};
use eu_celac_drugs::data::Section2021_2022;
use eu_celac_drugs::model::country::{lookup_country, normalize_country_name};
use eu_celac_drugs::model::quantity::{ParseQuantityError, QUOTE_LIMIT};
use eu_celac_drugs::model::record::CodeEnum;
use eu_celac_drugs::*;
use proptest::prelude::*;
use proptest::sample::select;

use crate::mutate::mutated;
use crate::strategies::country::{any_country, any_currency};
use crate::strategies::date::{any_date_span, any_duration, any_partial_date, any_when};
use crate::strategies::quantity::{
    any_document_ref, any_money, any_quantity, any_unit, compact_money_text, compact_text,
};
use crate::strategies::records::{any_id, any_ref};
use crate::{MILLION, QUICK, run};

/// Parses `s` as `T` and, when it parses, checks that the value prints and parses back to itself;
/// when it does not, that the message quotes the input in part ([`check_quoted`]).
fn parse<T: FromStr + ToString + PartialEq + std::fmt::Debug>(s: &str)
where
    T::Err: std::fmt::Display,
{
    match s.parse::<T>() {
        Ok(v) => {
            let again = v.to_string().parse::<T>().ok();
            assert_eq!(
                again.as_ref(),
                Some(&v),
                "{s:?} parsed, but its display {:?} does not parse back",
                v.to_string()
            );
        }
        Err(e) => check_quoted(&e.to_string(), s),
    }
}

/// Parses `s` as `T`, for types whose `Display` is not their parsing form.
fn parse_only<T: FromStr>(s: &str)
where
    T::Err: std::fmt::Display,
{
    if let Err(e) = s.parse::<T>() {
        check_quoted(&e.to_string(), s);
    }
}

/// An error message quotes at most `QUOTE_LIMIT` characters of the input (three times that
/// where it quotes a value written out with its own quoting), so it never holds a long input whole.
fn check_quoted(message: &str, input: &str) {
    if input.chars().count() > 3 * QUOTE_LIMIT {
        assert!(!message.contains(input), "the message quotes {} characters whole: {message:.300}", input.len());
    }
    assert!(message.chars().count() <= MAX_QUANTITY_MESSAGE, "{} characters for {input:.300?}", message.len());
}

/// The longest message a quantity, unit, dimension or money parse error may have, whatever the
/// input: the quoted texts are cut at `QUOTE_LIMIT` characters (each escaped in at most 10).
const MAX_QUANTITY_MESSAGE: usize = 2 * 10 * QUOTE_LIMIT + 1_000;

/// Parses `s` as `T` (as [`parse`]) and checks that an error message stays short.
fn parse_bounded<T: FromStr<Err = ParseQuantityError> + ToString + PartialEq + std::fmt::Debug>(s: &str) {
    parse::<T>(s);
    if let Err(e) = s.parse::<T>() {
        let message = e.to_string();
        assert!(message.chars().count() <= MAX_QUANTITY_MESSAGE, "{} characters for {s:?}", message.len());
        assert_eq!(e.input(), s);
    }
}

/// Every parser, on one input.
pub fn parse_everything(s: &str) {
    // Codes and identifiers.
    parse::<Country>(s);
    let _ = Country::from_code(s);
    let _ = Country::from_alpha2(s);
    let _ = Country::from_alpha3(s);
    if let Err(e) = Country::from_name(s) {
        check_quoted(&e.to_string(), s);
    }
    parse::<Currency>(s);
    let _ = Currency::from_code(s);
    parse::<Id>(s);
    parse::<Ref>(s);
    parse::<DocumentRef>(s);
    // The country-name resolver.
    if let Err(e) = resolve_country(s) {
        check_quoted(&e.to_string(), s);
    }
    let _ = lookup_country(s);
    let _ = normalize_country_name(s);
    // Dates (the EDTF parser) and durations.
    parse::<PartialDate>(s);
    parse::<DateSpan>(s);
    parse::<When>(s);
    parse::<Duration>(s);
    // Quantities and money.
    parse_bounded::<Quantity>(s);
    parse_bounded::<Unit>(s);
    parse_only::<Dimension>(s);
    parse_bounded::<Money>(s);
    // Every enum of codes.
    parse::<RecordKind>(s);
    parse::<Role>(s);
    parse::<Status>(s);
    parse::<IatiRole>(s);
    parse::<Bloc>(s);
    parse::<Qualifier>(s);
    parse::<Bound>(s);
    parse::<Precision>(s);
    parse::<DurationUnit>(s);
    parse::<DocumentSeries>(s);
    parse::<CommitteeKind>(s);
    parse::<EventKind>(s);
    parse::<Mode>(s);
    parse::<Framing>(s);
    parse::<DocumentAction>(s);
    parse::<DocumentKind>(s);
    parse::<Completeness>(s);
    parse::<RelationKind>(s);
    parse::<StatementKind>(s);
    parse::<OrganisationKind>(s);
    parse::<PlaceKind>(s);
    parse::<ProgrammeKind>(s);
    parse::<BudgetKind>(s);
    parse::<ProjectKind>(s);
    parse::<CommodityCategory>(s);
    parse::<SeizureAction>(s);
    parse::<OutcomeKind>(s);
    parse::<Section2021_2022>(s);
    parse::<SectionCode>(s);
    parse::<InvolvementKind>(s);
    parse::<BlocFilter>(s);
    parse::<StatusFilter>(s);
    parse::<GroupBy>(s);
    parse::<Severity>(s);
    parse::<FindingKind>(s);
    parse::<PeriodRelation>(s);
}

fn names<E: CodeEnum>() -> impl Iterator<Item = String> {
    E::ALL.iter().map(|e| e.to_string())
}

/// Valid texts taken from the compiled-in report and the enums: every name of every enum,
/// every country's codes and names, every name as the report writes it, every date, figure,
/// amount and document number.
pub fn corpus() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    out.extend(names::<RecordKind>().chain(names::<Role>()).chain(names::<Status>()).chain(names::<IatiRole>()));
    out.extend(names::<Qualifier>().chain(names::<Bound>()).chain(names::<Precision>()).chain(names::<DurationUnit>()));
    out.extend(names::<DocumentSeries>().chain(names::<CommitteeKind>()).chain(names::<EventKind>()));
    out.extend(
        names::<Mode>().chain(names::<Framing>()).chain(names::<DocumentAction>()).chain(names::<DocumentKind>()),
    );
    out.extend(names::<Completeness>().chain(names::<RelationKind>()).chain(names::<OrganisationKind>()));
    out.extend(names::<StatementKind>());
    out.extend(names::<PlaceKind>().chain(names::<ProgrammeKind>()).chain(names::<BudgetKind>()));
    out.extend(names::<ProjectKind>().chain(names::<CommodityCategory>()).chain(names::<SeizureAction>()));
    out.extend(names::<OutcomeKind>().chain(names::<Section2021_2022>()).chain(names::<InvolvementKind>()));
    out.extend(names::<BlocFilter>().chain(names::<StatusFilter>()).chain(names::<GroupBy>()));
    out.extend(
        names::<Severity>().chain(names::<FindingKind>()).chain(names::<PeriodRelation>()).chain(names::<Bloc>()),
    );
    for c in Country::iter() {
        out.extend([c.to_string(), c.alpha3().to_string(), c.numeric().to_string(), c.name_en().to_string()]);
        out.extend([c.common_name().to_string()]);
        out.extend(c.name_es().map(str::to_string));
    }
    let d = report_2021_2022();
    out.extend(d.participations().iter().map(|p| p.as_written().to_string()));
    out.extend(d.participations().iter().map(|p| p.subject().to_string()));
    out.extend(d.events().iter().flat_map(|e| e.places().iter().map(|p| p.name().to_string())));
    for w in d.events().iter().filter_map(Event::date).chain(d.programmes().iter().filter_map(Programme::period)) {
        out.push(w.to_string());
        out.extend(w.edtf());
    }
    out.extend(d.seizures().iter().map(|s| s.quantity().to_string()));
    out.extend(d.seizures().iter().map(|s| compact_text(&s.quantity())));
    out.extend(d.seizures().iter().map(|s| s.stated().to_string()));
    out.extend(d.budgets().iter().map(|b| b.amount().to_string()));
    out.extend(d.budgets().iter().map(|b| compact_money_text(&b.amount())));
    out.extend(d.documents().iter().filter_map(Document::number).map(|n| n.to_string()));
    out.extend(d.meta().number().map(|n| n.to_string()));
    out.extend(d.sections().iter().map(|s| s.code().to_string()));
    out.sort();
    out.dedup();
    out
}

/// Valid texts of generated values: the `Display` (and EDTF) forms of every value type.
fn generated() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        any_country().prop_map(|c| c.to_string()),
        any_currency().prop_map(|c| c.to_string()),
        any_partial_date().prop_map(|d| d.to_string()),
        any_partial_date().prop_map(|d| d.edtf().unwrap_or_default()),
        any_date_span().prop_map(|d| d.to_string()),
        any_when().prop_map(|w| w.to_string()),
        any_when().prop_map(|w| w.edtf().unwrap_or_default()),
        any_duration().prop_map(|d| d.to_string()),
        any_quantity().prop_map(|q| q.to_string()),
        any_quantity().prop_map(|q| compact_text(&q)),
        any_unit().prop_map(|u| u.to_string()),
        any_money().prop_map(|m| m.to_string()),
        any_money().prop_map(|m| compact_money_text(&m)),
        any_document_ref().prop_map(|r| r.to_string()),
        any_id().prop_map(|i| i.to_string()),
        any_ref().prop_map(|r| r.to_string()),
    ]
}

/// Valid texts: from the report and the enums, or generated.
fn valid(corpus: Vec<String>) -> impl Strategy<Value = String> + Clone {
    prop_oneof![select(corpus), generated()]
}

/// Random and mutated inputs: mostly valid texts with a few edits, some valid texts as they
/// are, some random text in any script, and some random text over the grammars' alphabet.
pub fn any_input(corpus: Vec<String>) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => mutated(valid(corpus.clone()), 6),
        1 => valid(corpus),
        1 => any::<String>(),
        2 => "[-0-9A-Za-z/.:?~%XSQ ’'&,+]{0,24}",
    ]
}

#[test]
fn the_corpus_is_valid_text_of_many_kinds() {
    let corpus = corpus();
    assert!(corpus.len() > 1_000, "{}", corpus.len());
    for s in &corpus {
        parse_everything(s);
    }
    assert!(corpus.iter().any(|s| s.parse::<When>().is_ok()));
    assert!(corpus.iter().any(|s| s.parse::<Quantity>().is_ok()));
    assert!(corpus.iter().any(|s| s.parse::<Money>().is_ok()));
    assert!(corpus.iter().any(|s| s.parse::<DocumentRef>().is_ok()));
    assert!(corpus.iter().filter(|s| resolve_country(s).is_ok()).count() > 249);
}

#[test]
fn quantity_errors_quote_huge_inputs_in_part() {
    let mega = 1 << 20;
    for s in [
        "9".repeat(mega),
        format!("{} t", "9".repeat(mega)),
        format!("9.6 {}", "x".repeat(mega)),
        format!("EUR {}", "1,000".repeat(mega / 5)),
        "é".repeat(mega),
        format!("over {}", "\u{1}".repeat(mega)),
    ] {
        parse_bounded::<Quantity>(&s);
        parse_bounded::<Unit>(&s);
        parse_bounded::<Money>(&s);
        assert!(s.parse::<Dimension>().unwrap_err().to_string().len() <= 4 * MAX_QUANTITY_MESSAGE);
    }
}

#[test]
fn every_error_quotes_huge_inputs_in_part() {
    // (The resolver and the normaliser read every character: a quarter of a megabyte keeps the
    // debug build quick.)
    let mega = 1 << 18;
    // Ids, codes, names, dates, references, document numbers: each huge, each refused.
    for s in [
        "Not An Id ".repeat(mega / 10),
        "Z".repeat(mega),
        format!("2021-{}", "1".repeat(mega)),
        format!("project:{}", "X".repeat(mega)),
        format!("{}:aircop", "x".repeat(mega)),
        format!("{}/22", "1".repeat(mega)),
        format!("The {}", "Republic of ".repeat(mega / 12)),
        "é".repeat(mega),
    ] {
        parse_everything(&s);
    }
}

#[test]
fn every_parser_survives_random_and_mutated_text() {
    run("parsers", QUICK, any_input(corpus()), |s| parse_everything(&s));
}

#[test]
#[ignore = "a million inputs: run with `cargo test --release --test hardening -- --ignored`"]
fn every_parser_survives_a_million_random_and_mutated_texts() {
    run("parsers (10^6)", MILLION, any_input(corpus()), |s| parse_everything(&s));
}
