//! Figures: seizures (and destructions), counts of results, budgets.

use super::build::Builder;
use super::words::words;
use crate::{
    Budget, BudgetKind, BudgetParts, CommodityCategory, Credit, Money, Operation, OperationParts, Outcome, OutcomeKind,
    OutcomeParts, PartialDate, Place, PlaceKind, PlaceParts, Qualifier, Quantity, RecordKind, Ref, Seizure,
    SeizureAction, SeizureParts, Unit, When,
};

/// The words that open a list of seized (or destroyed) commodities.
const CUES: [(&str, SeizureAction); 7] = [
    ("seizures amounted to", SeizureAction::Seized),
    ("commodities include", SeizureAction::Seized),
    ("seizures of", SeizureAction::Seized),
    ("seizure of", SeizureAction::Seized),
    ("seized", SeizureAction::Seized),
    ("destruction of", SeizureAction::Destroyed),
    ("destroyed", SeizureAction::Destroyed),
];

fn category(commodity: &str) -> CommodityCategory {
    let c = commodity.to_lowercase();
    let has = |ws: &[&str]| ws.iter().any(|w| c.contains(w));
    if has(&["precursor", "ephedrine"]) {
        CommodityCategory::Precursor
    } else if has(&["medic", "pharma"]) {
        CommodityCategory::Medicine
    } else if has(&["ivory", "pangolin", "wildlife"]) {
        CommodityCategory::Wildlife
    } else if has(&["dollar", "euro", "cash", "currency"]) {
        CommodityCategory::Currency
    } else if has(&["ammunition", "arms", "weapon", "firearm"]) {
        CommodityCategory::Arms
    } else if has(&["gold", "silver"]) {
        CommodityCategory::PreciousMetal
    } else if has(&[
        "cocaine",
        "cannabis",
        "khat",
        "heroin",
        "amphetamine",
        "mdma",
        "ecstasy",
        "ketamine",
        "marijuana",
        "opium",
        "fentanyl",
        "drug",
    ]) {
        CommodityCategory::Drug
    } else {
        CommodityCategory::Other
    }
}

/// What a count counts, by the noun after it.
fn outcome_kind(noun: &str, sentence: &str) -> Option<OutcomeKind> {
    match noun.to_lowercase().trim_end_matches([',', '.', ';']) {
        "arrests" => Some(OutcomeKind::Arrests),
        "labs" | "laboratories" => Some(OutcomeKind::LabsDestroyed),
        "stakeholders" | "participants" => Some(OutcomeKind::Attendance),
        "persons" | "people" | "suspects" if sentence.contains("arrested") => Some(OutcomeKind::PersonsArrested),
        "wanted" if sentence.contains("arrested") => Some(OutcomeKind::PersonsArrested),
        _ => None,
    }
}

/// Drafts the figures of the text.
pub(super) fn draft(b: &mut Builder<'_>) {
    for i in 0..b.reading.sentences.len() {
        let Some(s) = b.reading.sentences.get(i) else { continue };
        let clean = s.clean.clone();
        let lc = clean.to_ascii_lowercase(); // same byte offsets as `clean`
        let previous = i.checked_sub(1).and_then(|p| b.reading.sentences.get(p)).filter(|p| p.block == s.block);
        let contributed = lc.contains("contributed") || previous.is_some_and(|p| p.clean.contains("contributed to"));
        let credit = if contributed || lc.contains("led to") { Credit::Contribution } else { Credit::Own };
        let year = lc
            .strip_prefix("in ")
            .and_then(|r| r.get(..5))
            .and_then(|y| y.strip_suffix(','))
            .and_then(|y| y.parse::<i32>().ok())
            .and_then(|y| PartialDate::year(y).ok())
            .map(When::On);
        let mut used: Vec<(usize, usize)> = Vec::new();
        if CUES.iter().any(|(c, _)| lc.contains(c)) {
            seizures(b, i, &clean, credit, year, &mut used);
        }
        outcomes(b, i, &clean, credit, year, &used);
        if lc.contains("budget") || lc.contains("committed") || lc.contains("funding of") {
            budgets(b, i, &clean);
        }
    }
}

/// What seizures are attributed to: the operation the sentence names, else the section's topic.
fn attribution(b: &mut Builder<'_>, i: usize, clean: &str) -> Option<(Option<crate::Id>, Option<crate::Id>)> {
    let ws = words(clean);
    let op = ws.iter().enumerate().find(|(_, w)| w.bare == "Operation" || w.bare == "OPERATION").and_then(|(k, _)| {
        let mut name = vec!["Operation"];
        for w in ws.iter().skip(k + 1).take(3) {
            if w.bare.len() > 1 && w.bare.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) && !w.bare.is_empty()
            {
                name.push(w.bare);
            } else {
                break;
            }
        }
        (name.len() > 1).then(|| name.join(" "))
    });
    let topic = b.topic(i)?;
    if let Some(name) = op {
        if let Some(existing) = b.parts.operations.iter().find(|o| o.name() == name) {
            return Some((None, Some(existing.id().clone())));
        }
        let id = b.id("op")?;
        let source = b.source(i, None, "named operation")?;
        let op = Operation::new(OperationParts::new(id.clone(), topic, name, source)).ok()?;
        b.parts.operations.push(op);
        b.note(
            Ref::new(RecordKind::Operation, id.clone()),
            "named operation",
            Some("check what it is an operation of"),
        );
        return Some((None, Some(id)));
    }
    Some((Some(topic.id), None))
}

fn seizures(
    b: &mut Builder<'_>,
    i: usize,
    clean: &str,
    credit: Credit,
    year: Option<When>,
    used: &mut Vec<(usize, usize)>,
) {
    let lc = clean.to_ascii_lowercase(); // same byte offsets as `clean`
    let Some((start, _)) = CUES.iter().filter_map(|(c, a)| lc.find(c).map(|at| (at, *a))).min_by_key(|(at, _)| *at)
    else {
        return;
    };
    let mut action = SeizureAction::Seized;
    let mut pos = start;
    let tail = clean.get(start..).unwrap_or("");
    for item in tail.split([',', ';']).flat_map(|p| p.split(" and ")) {
        let item_at = pos;
        pos += item.len() + 1;
        let mut body = item.trim();
        let lb = body.to_ascii_lowercase();
        if let Some((at, a)) =
            CUES.iter().filter_map(|(c, a)| lb.rfind(c).map(|at| (at + c.len(), *a))).max_by_key(|(at, _)| *at)
        {
            action = a;
            body = body.get(at..).unwrap_or("").trim();
        }
        let body = body.trim_end_matches(['.', ')']).trim();
        let (figure, rest) = match body.split_once(" of ") {
            Some((f, r)) => (f.trim(), r.trim()),
            None => (body, ""),
        };
        let Ok(quantity) = Quantity::from_words(figure) else { continue };
        if figure.split_whitespace().count() > 6 {
            continue;
        }
        let (commodity, stated) = if rest.is_empty() {
            // "28.2 million undeclared US dollars": the words after the figure name the commodity
            let skip =
                ["over", "more", "than", "almost", "around", "about", "million", "thousand", "billion", "half", "a"];
            let words: Vec<&str> = figure
                .split_whitespace()
                .skip_while(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit()) || skip.contains(&w.to_lowercase().as_str())
                })
                .collect();
            if quantity.unit() == Unit::Count || words.is_empty() {
                continue;
            }
            (words.join(" "), figure.to_owned())
        } else {
            if quantity.unit() == Unit::Count {
                continue;
            }
            (rest.to_owned(), figure.to_owned())
        };
        let (commodity, place) = match commodity.split_once(" in ") {
            Some((c, p)) if p.starts_with(char::is_uppercase) => (c.trim().to_owned(), Some(p.trim().to_owned())),
            _ => (commodity, None),
        };
        if commodity.is_empty() || commodity.len() > 120 {
            continue;
        }
        let Some((programme, operation)) = attribution(b, i, clean) else { return };
        let Some(source) = b.source(i, None, "seizure list") else { return };
        let Some(id) = b.id("seizure") else { return };
        let place = place.and_then(|p| {
            let country = crate::model::country::lookup_country(&p);
            let kind = if country.is_some() { PlaceKind::Country } else { PlaceKind::City };
            Place::new(PlaceParts { name: p.into(), kind, country }).ok()
        });
        let parts = SeizureParts {
            programme,
            operation,
            period: year,
            place,
            ..SeizureParts::new(
                id.clone(),
                commodity.clone(),
                category(&commodity),
                quantity,
                stated,
                action,
                credit,
                source,
            )
        };
        if let Ok(seizure) = Seizure::new(parts) {
            b.parts.seizures.push(seizure);
            used.push((item_at, pos));
            let extra =
                format!("{action} {quantity} of {commodity}, credit {credit}; check the period and attribution");
            b.note(Ref::new(RecordKind::Seizure, id), "seizure list", Some(&extra));
        }
    }
}

fn outcomes(b: &mut Builder<'_>, i: usize, clean: &str, credit: Credit, year: Option<When>, used: &[(usize, usize)]) {
    let ws = words(clean);
    for (k, w) in ws.iter().enumerate() {
        let Some(noun) = ws.get(k + 1) else { continue };
        let Some(kind) = outcome_kind(noun.raw, clean) else { continue };
        if w.raw != w.bare || (w.bare.len() == 4 && w.bare.bytes().all(|c| c.is_ascii_digit())) {
            // "2022, participants": a year, or a figure ending a clause, counts nothing
            continue;
        }
        // the figure: this word, with a qualifier before it ("over 200")
        let q_start = ws
            .get(k.wrapping_sub(1))
            .filter(|p| matches!(p.bare.to_lowercase().as_str(), "over" | "almost" | "about" | "around"))
            .map_or(w.at, |p| p.at);
        let stated = clean.get(q_start..w.at + w.bare.len()).unwrap_or("").trim();
        let Ok(quantity) = Quantity::from_words(stated) else { continue };
        if quantity.unit() != Unit::Count
            || used.iter().any(|(a, e)| (*a..*e).contains(&w.at)) && kind != OutcomeKind::LabsDestroyed
        {
            continue;
        }
        if matches!(quantity.qualifier(), Qualifier::Half) {
            continue;
        }
        // the description: the figure and what it counts, up to the end of the clause
        let tail = clean.get(q_start..).unwrap_or(stated);
        let cut = [",", ".", ";", " and ", " have ", " has ", " were ", " was ", " led ", " while "]
            .iter()
            .filter_map(|c| tail.get(stated.len()..).and_then(|t| t.find(c)).map(|at| at + stated.len()))
            .min()
            .unwrap_or(tail.len());
        let description = tail.get(..cut).unwrap_or(stated).trim().to_owned();
        let Some((programme, operation)) = attribution(b, i, clean) else { return };
        let of = match (operation, programme) {
            (Some(op), _) => Ref::new(RecordKind::Operation, op),
            (None, Some(p)) => Ref::new(RecordKind::Programme, p),
            (None, None) => continue,
        };
        let Some(source) = b.source(i, None, "count of results") else { return };
        let Some(id) = b.id("outcome") else { return };
        let parts = OutcomeParts {
            quantity: Some(quantity),
            stated: Some(stated.to_owned().into()),
            period: year,
            ..OutcomeParts::new(id.clone(), of, kind, description, credit, source)
        };
        if let Ok(o) = Outcome::new(parts) {
            b.parts.outcomes.push(o);
            b.note(
                Ref::new(RecordKind::Outcome, id),
                "count of results",
                Some("check what is counted and its attribution"),
            );
        }
    }
}

fn budgets(b: &mut Builder<'_>, i: usize, clean: &str) {
    let ws = words(clean);
    let lc = clean.to_ascii_lowercase(); // same byte offsets as `clean`
    for (k, w) in ws.iter().enumerate() {
        if !matches!(w.bare, "EUR" | "USD" | "GBP")
            || !ws.get(k + 1).is_some_and(|n| n.bare.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let start = ws
            .get(k.wrapping_sub(1))
            .filter(|p| matches!(p.bare.to_lowercase().as_str(), "around" | "about" | "over" | "almost"))
            .map_or(w.at, |p| p.at);
        let mut end = ws.get(k + 1).map_or(w.at, |n| n.at + n.bare.len());
        for n in ws.iter().skip(k + 2).take(3) {
            if matches!(n.bare, "million" | "billion" | "thousand")
                || (n.bare.len() == 3 && n.bare.bytes().all(|c| c.is_ascii_digit()))
            {
                end = n.at + n.bare.len();
            } else {
                break;
            }
        }
        let stated = clean.get(start..end).unwrap_or("").trim();
        let Ok(quantity) = Quantity::from_words(stated) else { continue };
        let Unit::Currency(currency) = quantity.unit() else { continue };
        let Ok(amount) = Money::new(quantity.value(), currency) else { continue };
        let before = lc.get(..w.at).unwrap_or("");
        let kind = if before.ends_with("total budget of ") {
            BudgetKind::TotalBudget
        } else if before.contains("committed") {
            BudgetKind::Commitment
        } else {
            BudgetKind::Budget
        };
        let Some(of) = b.topic(i) else { return };
        let Some(source) = b.source(i, None, "budget") else { return };
        let Some(id) = b.id("budget") else { return };
        let parts = BudgetParts {
            qualifier: quantity.qualifier(),
            ..BudgetParts::new(id.clone(), of, kind, amount, stated.to_owned(), source)
        };
        if let Ok(budget) = Budget::new(parts) {
            b.parts.budgets.push(budget);
            b.note(Ref::new(RecordKind::Budget, id), "budget", Some("check what the money is for and its period"));
        }
    }
}
