//! Rules on lists: two lists of one thing's countries that differ, and a list whose items are
//! different kinds of thing.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{Finding, FindingKind, Severity, cite, me, quoted};
use crate::model::record::{RecordKind, Ref};
use crate::{
    Bloc, BorderArea, Completeness, Country, Dataset, Index, Participation, Party, Record, Relation, Role, SourceRef,
    StatedList, TaskForce,
};

/// The records list items point to, by id, built once per rule (a list's items are looked up
/// many times).
struct Lookup<'a> {
    participations: HashMap<&'a str, &'a Participation>,
    task_forces: HashMap<&'a str, &'a TaskForce>,
    border_areas: HashMap<&'a str, &'a BorderArea>,
    relations: HashMap<&'a str, &'a Relation>,
}

impl<'a> Lookup<'a> {
    fn new(d: &'a Dataset) -> Self {
        Self {
            participations: d.participations().iter().map(|x| (x.id().as_str(), x)).collect(),
            task_forces: d.task_forces().iter().map(|x| (x.id().as_str(), x)).collect(),
            border_areas: d.border_areas().iter().map(|x| (x.id().as_str(), x)).collect(),
            relations: d.relations().iter().map(|x| (x.id().as_str(), x)).collect(),
        }
    }

    /// The participation an item refers to, if it refers to one.
    fn participation(&self, item: &Ref) -> Option<&'a Participation> {
        (item.kind == RecordKind::Participation).then(|| self.participations.get(item.id.as_str()).copied()).flatten()
    }

    /// The countries a list's items name (the party of a participation, the host of a task
    /// force, the countries of a border area).
    fn countries_of_items(&self, items: &[Ref]) -> BTreeSet<Country> {
        let mut out = BTreeSet::new();
        for item in items {
            let id = item.id.as_str();
            match item.kind {
                RecordKind::Participation => out.extend(self.participation(item).and_then(|p| p.party().country())),
                RecordKind::TaskForce => out.extend(self.task_forces.get(id).and_then(|t| t.host())),
                RecordKind::BorderArea => {
                    out.extend(self.border_areas.get(id).into_iter().flat_map(|b| b.countries().iter().copied()));
                }
                _ => {}
            }
        }
        out
    }

    /// Whether a list's items are all participations that `accept`.
    fn all_participations(&self, list: &StatedList, accept: impl Fn(&Participation) -> bool) -> bool {
        list.completeness() == Completeness::Complete
            && !list.items().is_empty()
            && list.items().iter().all(|item| self.participation(item).is_some_and(&accept))
    }

    /// What a list item stands for: the record a relation points to ("related programmes" lists
    /// relations to the programmes), any other item itself.
    fn thing(&self, item: &Ref) -> Ref {
        match item.kind {
            RecordKind::Relation => {
                self.relations.get(item.id.as_str()).map_or_else(|| item.clone(), |r| r.to().clone())
            }
            _ => item.clone(),
        }
    }
}

/// Whether a list says who is in something: complete, and all its items present or past
/// participations in the roles [`Role::InScope`], [`Role::Member`], [`Role::Associate`] or
/// [`Role::Beneficiary`]. Lists of task forces, partners, supporters, leaders or prospects say
/// who does one thing, or who might join, not who is in.
fn is_scope_list(lookup: &Lookup<'_>, list: &StatedList) -> bool {
    lookup.all_participations(list, |p| covers(p.role()) && p.status().is_active())
}

/// Complete lists of who is in something (the countries in a project's scope, the members of a
/// committee) that leave out a country which another statement about the same thing involves.
///
/// All the scope lists of one subject are read together (CRIMJUST's associate, beneficiary and
/// extension lists make up its scope). Their scope is their bloc, or — when they have none — CELAC
/// if every country they name is a CELAC member. Another statement counts if it concerns the
/// subject or something below it (a task force of the project, a phase…), is not a leading role
/// (those are [`roles_without_membership`](super::roles_without_membership)'s), and is not a mere prospect (an applicant is not
/// expected among the members).
#[must_use]
pub fn list_omissions<'a>(index: &Index<'a>) -> Vec<Finding<'a>> {
    let d = index.dataset();
    let lookup = Lookup::new(d);
    let mut by_subject: BTreeMap<&Ref, Vec<&'a StatedList>> = BTreeMap::new();
    for list in d.lists().iter().filter(|l| is_scope_list(&lookup, l)) {
        by_subject.entry(list.of()).or_default().push(list);
    }
    let mut out = Vec::new();
    for (subject, lists) in by_subject {
        let listed: BTreeSet<Country> = lists.iter().flat_map(|l| lookup.countries_of_items(l.items())).collect();
        let bloc = lists.iter().find_map(|l| l.bloc());
        let scope = bloc.or_else(|| listed.iter().all(|c| c.is_member(Bloc::Celac)).then_some(Bloc::Celac));
        let in_scope = |c: Country| scope.is_none_or(|b| c.is_member(b));
        let under = |r: &Ref| r == subject || index.ancestors(r).any(|a| a == *subject);
        let mut omitted: BTreeMap<Country, Vec<(Ref, &'a SourceRef)>> = BTreeMap::new();
        for p in d.participations().iter() {
            let Some(c) = p.party().country() else { continue };
            if listed.contains(&c) || !in_scope(c) || !under(p.subject()) {
                continue;
            }
            if p.role().is_leadership() || p.status().is_prospective_only() {
                continue;
            }
            omitted.entry(c).or_default().push(me(p));
        }
        for t in d.task_forces().iter() {
            let Some(c) = t.host() else { continue };
            if listed.contains(&c) || !in_scope(c) || !under(&t.as_ref_to()) || t.status().is_prospective_only() {
                continue;
            }
            omitted.entry(c).or_default().push(me(t));
        }
        let labels: Vec<&str> = lists.iter().map(|l| l.label()).collect();
        for (country, by) in omitted {
            let mut involved: Vec<(Ref, &'a SourceRef)> = lists.iter().map(|l| me(*l)).collect();
            involved.extend(by);
            out.push(Finding::new(
                FindingKind::ListOmission,
                Severity::Warning,
                format!(
                    "{} does not name {} ({}), which the report involves in {} elsewhere",
                    quoted(&labels),
                    country.name_en(),
                    country.alpha2(),
                    index.label_of(subject)
                ),
                involved,
            ));
        }
    }
    out
}

/// Where a covering role places a country, in words.
fn placed(role: Role) -> String {
    match role {
        Role::Member => "among its members",
        Role::Associate => "among its associates",
        Role::Beneficiary => "among its beneficiaries",
        _ => "in its scope",
    }
    .to_owned()
}

/// The roles that say a country is covered by something: in its scope, a member, an
/// associate, a beneficiary.
const fn covers(role: Role) -> bool {
    matches!(role, Role::InScope | Role::Member | Role::Associate | Role::Beneficiary)
}

/// Whether a list names something's partner countries: complete, and all its items present
/// or past participations of countries in the role [`Role::Partner`].
fn is_partner_list(lookup: &Lookup<'_>, list: &StatedList) -> bool {
    lookup.all_participations(list, |p| {
        p.role() == Role::Partner && p.status().is_active() && matches!(p.party(), Party::Country(_))
    })
}

/// The first bloc every one of `countries` belongs to, if there is one.
fn common_bloc(countries: &BTreeSet<Country>) -> Option<Bloc> {
    Bloc::iter().find(|b| !countries.is_empty() && countries.iter().all(|c| c.is_member(*b)))
}

/// Complete lists of something's partner countries that leave out a country the report says
/// the thing covers.
///
/// The partner lists of one subject are read by bloc: their bloc, or — when they have none —
/// the bloc all the countries they name belong to (a list of partners from several blocs, such
/// as "Partnerships are also established with Brazil, … Iraq, Lebanon, Morocco", names
/// additional partners, not all of them, and is not checked). A country of that bloc counts as
/// covered if a present or past participation on the subject or something below it puts it in
/// the subject's scope, among its members, associates or beneficiaries, or if it is a country
/// of one of the subject's border areas. Information, not a warning: covering a country and
/// partnering with it are different things, but two lists of one thing's countries that differ
/// are worth knowing ("partners in the project" six, "all the Latin American countries covered"
/// seven).
///
/// ```
/// use eu_celac_drugs::analysis::findings::partner_omissions;
/// use eu_celac_drugs::{Index, RecordKind};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// for f in partner_omissions(&Index::new(report)) {
///     // The partner list first, then the records that place the country elsewhere.
///     assert_eq!(f.records[0].kind, RecordKind::StatedList);
///     println!("{}", f.message);
/// }
/// ```
#[must_use]
pub fn partner_omissions<'a>(index: &Index<'a>) -> Vec<Finding<'a>> {
    let d = index.dataset();
    let lookup = Lookup::new(d);
    let mut groups: BTreeMap<(&'a Ref, Bloc), Vec<&'a StatedList>> = BTreeMap::new();
    for list in d.lists().iter().filter(|l| is_partner_list(&lookup, l)) {
        let named = lookup.countries_of_items(list.items());
        if let Some(bloc) = list.bloc().or_else(|| common_bloc(&named)) {
            groups.entry((list.of(), bloc)).or_default().push(list);
        }
    }
    let mut out = Vec::new();
    for ((subject, bloc), lists) in groups {
        let partners: BTreeSet<Country> = lists.iter().flat_map(|l| lookup.countries_of_items(l.items())).collect();
        let under = |r: &Ref| r == subject || index.ancestors(r).any(|a| a == *subject);
        let mut covered: BTreeMap<Country, Vec<(Ref, &'a SourceRef, String)>> = BTreeMap::new();
        for p in d.participations().iter() {
            let Some(c) = p.party().country() else { continue };
            if partners.contains(&c) || !c.is_member(bloc) || !covers(p.role()) || !p.status().is_active() {
                continue;
            }
            if under(p.subject()) {
                covered.entry(c).or_default().push((p.as_ref_to(), p.source(), placed(p.role())));
            }
        }
        for b in d.border_areas().iter().filter(|b| under(&b.as_ref_to())) {
            for c in b.countries().iter().filter(|c| !partners.contains(c) && c.is_member(bloc)) {
                covered.entry(*c).or_default().push((
                    b.as_ref_to(),
                    b.source(),
                    format!("in its border area {}", b.name()),
                ));
            }
        }
        let labels: Vec<&str> = lists.iter().map(|l| l.label()).collect();
        for (country, by) in covered {
            let how: BTreeSet<&str> = by.iter().map(|(_, _, how)| how.as_str()).collect();
            let mut involved: Vec<(Ref, &'a SourceRef)> = lists.iter().map(|l| me(*l)).collect();
            involved.extend(by.iter().map(|(r, s, _)| (r.clone(), *s)));
            out.push(Finding::new(
                FindingKind::PartnerOmission,
                Severity::Info,
                format!(
                    "{} names {} {bloc} countries as partners of {} but not {} ({}), which the report elsewhere places {}",
                    quoted(&labels),
                    partners.len(),
                    index.label_of(subject),
                    country.name_en(),
                    country.alpha2(),
                    how.into_iter().collect::<Vec<_>>().join(" and ")
                ),
                involved,
            ));
        }
    }
    out
}

/// "1 project", "9 networks".
fn how_many(kind: RecordKind, n: usize) -> String {
    let word = kind.to_string().replace('_', " ");
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// Lists whose items are records of different kinds: "related programmes (EL PAcCTO,
/// EUROFRONT, CRIMJUST, etc.)", where CRIMJUST is a project; "police and penitentiary
/// cooperation networks" that include the ELIPSIA Operations. An item that is a relation
/// stands for the record it points to.
///
/// Information: the list's words call an item something the report's other sentences (and so
/// the dataset) say it is not, which a reader counting "programmes" or "networks" should know.
/// The finding names the items of the less common kinds and cites them.
///
/// ```
/// use eu_celac_drugs::analysis::findings::mixed_lists;
/// use eu_celac_drugs::{Index, RecordKind};
///
/// let report = eu_celac_drugs::report_2021_2022();
/// for f in mixed_lists(&Index::new(report)) {
///     // The list first, then its items of the less common kinds.
///     assert_eq!(f.records[0].kind, RecordKind::StatedList);
///     println!("{}", f.message);
/// }
/// ```
#[must_use]
pub fn mixed_lists<'a>(index: &Index<'a>) -> Vec<Finding<'a>> {
    let d = index.dataset();
    let lookup = Lookup::new(d);
    let mut out = Vec::new();
    for list in d.lists().iter() {
        let mut by_kind: BTreeMap<RecordKind, Vec<Ref>> = BTreeMap::new();
        for item in list.items() {
            let t = lookup.thing(item);
            by_kind.entry(t.kind).or_default().push(t);
        }
        if by_kind.len() < 2 {
            continue;
        }
        let Some((&major, major_items)) =
            by_kind.iter().max_by_key(|(kind, items)| (items.len(), std::cmp::Reverse(**kind)))
        else {
            continue;
        };
        let major_n = major_items.len();
        let minor: Vec<(&RecordKind, &Vec<Ref>)> = by_kind.iter().filter(|(k, _)| **k != major).collect();
        let described: Vec<String> = minor
            .iter()
            .map(|(kind, items)| {
                let labels: Vec<std::borrow::Cow<'_, str>> = items.iter().map(|r| index.label_of(r)).collect();
                format!("{} ({})", how_many(**kind, items.len()), labels.join(", "))
            })
            .collect();
        let mut involved = vec![me(list)];
        involved.extend(minor.iter().flat_map(|(_, items)| items.iter()).filter_map(|r| cite(d, r)));
        out.push(Finding::new(
            FindingKind::MixedList,
            Severity::Info,
            format!(
                "\"{}\" lists {} beside {}: one name for different kinds of thing",
                list.label(),
                described.join(" and "),
                how_many(major, major_n)
            ),
            involved,
        ));
    }
    out
}
