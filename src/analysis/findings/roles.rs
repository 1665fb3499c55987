//! Rules on roles: a leading role and the membership it presupposes.

use std::collections::BTreeMap;

use super::{Finding, FindingKind, Severity, me};
use crate::{Index, Participation, Party, Role};

/// Leading roles held by countries that the report does not list as active members of the
/// body led (or of the body the led thing belongs to), where the report does list members.
#[must_use]
pub fn roles_without_membership<'a>(index: &Index<'a>) -> Vec<Finding<'a>> {
    let d = index.dataset();
    let mut members: BTreeMap<&str, Vec<&Participation>> = BTreeMap::new();
    for p in d.participations().iter().filter(|p| p.role() == Role::Member) {
        members.entry(p.subject().id.as_str()).or_default().push(p);
    }
    let mut out = Vec::new();
    for p in d.participations().iter().filter(|p| p.role().is_leadership() && p.role() != Role::Coordinator) {
        let Party::Country(country) = p.party() else { continue };
        let body = std::iter::once(p.subject().clone())
            .chain(index.ancestors(p.subject()))
            .find(|r| members.contains_key(r.id.as_str()));
        let Some(body) = body else { continue };
        let listed = members.get(body.id.as_str()).map(Vec::as_slice).unwrap_or_default();
        let mine: Vec<&&Participation> = listed.iter().filter(|m| m.party() == p.party()).collect();
        if mine.iter().any(|m| m.status().is_active()) {
            continue;
        }
        let standing =
            mine.first().map_or_else(|| "not listed as a member".to_owned(), |m| format!("listed as {}", m.status()));
        let mut involved = vec![me(p)];
        involved.extend(mine.iter().map(|m| me(**m)));
        out.push(Finding::new(
            FindingKind::RoleWithoutMembership,
            Severity::Warning,
            format!(
                "{} ({}) holds the role {} in {} but is {standing} of {}",
                p.as_written(),
                country.alpha2(),
                p.role(),
                index.label_of(p.subject()),
                index.label_of(&body)
            ),
            involved,
        ));
    }
    out
}
