//! Countries in lists, with the role the words next to each list give.

use std::collections::HashSet;

use super::build::Builder;
use super::words::{CountryHit, countries, ordinal, words};
use crate::{
    Completeness, Country, Event, EventKind, EventParts, Framing, Participation, ParticipationParts, Quantity,
    RecordKind, Ref, Role, StatedList, StatedListParts, Status, WorkingGroup, WorkingGroupParts,
};

/// Words that stand before a list and give its role (and status), matched in lower case; the
/// cue nearest the list wins. `None`: the list is not one of participants (task forces or
/// missions in countries, places of meetings).
const BEFORE: [(&str, Option<(Role, Status)>); 34] = [
    ("co-chaired by", Some((Role::CoChair, Status::Completed))),
    ("co-presidency of", Some((Role::CoPresidency, Status::Completed))),
    ("co-leadership of", Some((Role::CoLead, Status::Active))),
    ("will be led by", Some((Role::Lead, Status::Planned))),
    ("led by", Some((Role::Lead, Status::Active))),
    ("leader", Some((Role::Lead, Status::Active))),
    ("geographical scope", Some((Role::InScope, Status::Active))),
    ("extended to include", Some((Role::InScope, Status::Active))),
    ("namely", Some((Role::InScope, Status::Active))),
    ("countries covered", Some((Role::InScope, Status::Active))),
    ("priority countries", Some((Role::InScope, Status::Active))),
    ("from phase", Some((Role::InScope, Status::Active))),
    ("partnerships are also established with", Some((Role::Partner, Status::Active))),
    ("partnerships are established with", Some((Role::Partner, Status::Active))),
    ("partner countries", Some((Role::Partner, Status::Active))),
    ("member countries", Some((Role::Member, Status::Active))),
    ("shown interest", Some((Role::Member, Status::Interested))),
    ("part of the initiative", Some((Role::Member, Status::Active))),
    ("with the support of", Some((Role::Supporter, Status::Completed))),
    ("support from", Some((Role::Supporter, Status::Active))),
    ("jointly organised by", Some((Role::CoOrganiser, Status::Completed))),
    ("co-organised by", Some((Role::CoOrganiser, Status::Completed))),
    ("organised by", Some((Role::Organiser, Status::Completed))),
    ("hosted by", Some((Role::Host, Status::Completed))),
    ("interventions from", Some((Role::Speaker, Status::Completed))),
    ("brings together", Some((Role::Participant, Status::Active))),
    ("with the participation of", Some((Role::Participant, Status::Active))),
    ("operational in", None),
    ("under establishment in", None),
    ("missions in", Some((Role::Host, Status::Completed))),
    ("meetings in", None),
    ("training in", None),
    ("took place", None),
    ("were held", None),
];

/// Words that follow a list and give its role (and status); the first within reach wins.
const AFTER: [(&str, Role, Status); 12] = [
    ("as associate countries", Role::Associate, Status::Active),
    ("as beneficiary countries", Role::Beneficiary, Status::Active),
    ("are partners", Role::Partner, Status::Active),
    ("signed the request to become a member", Role::Member, Status::Applicant),
    ("assumed the", Role::Presidency, Status::Active),
    ("will take over", Role::Presidency, Status::Planned),
    ("assessed for inclusion", Role::InScope, Status::AssessedForInclusion),
    ("may be included", Role::InScope, Status::PossibleLaterInclusion),
    ("has been included", Role::InScope, Status::Active),
    ("have been included", Role::InScope, Status::Active),
    ("in their capacity as", Role::Coordinator, Status::Completed),
    ("as partners", Role::Partner, Status::Active),
];

/// Words that may stand between the names of one list.
const FILLER: [&str; 14] =
    ["and", "the", "as", "well", "also", "i.a", "notably", "potentially", "both", "or", "&", "including", "in", "e.g"];

/// Whether `between` (the text between two names) keeps them in one list.
fn joins(between: &str) -> bool {
    // parentheses of places ("(Santa Cruz-Viru Viru)") are part of a list
    let mut text = String::new();
    let mut depth = 0_u32;
    for c in between.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    if between.len() > 60 {
        return false;
    }
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .all(|w| FILLER.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
}

/// Drafts a participation for every country in a list with a role word next to it.
pub(super) fn draft(b: &mut Builder<'_>) {
    let mut seen = HashSet::new();
    for i in 0..b.reading.sentences.len() {
        let Some(s) = b.reading.sentences.get(i) else { continue };
        let clean = s.clean.clone();
        let list_item = s.list_item;
        let hits = countries(&clean);
        if hits.is_empty() {
            continue;
        }
        // runs of names
        let mut runs: Vec<Vec<CountryHit<'_>>> = Vec::new();
        for h in hits {
            match runs.last_mut() {
                Some(run) if run.last().is_some_and(|p| joins(clean.get(p.end..h.at).unwrap_or("x"))) => run.push(h),
                _ => runs.push(vec![h]),
            }
        }
        let lc = clean.to_ascii_lowercase(); // same byte offsets as `clean`
        let mut previous: Vec<(Role, Status, &str)> = Vec::new();
        for (r, run) in runs.iter().enumerate() {
            let (Some(first), Some(last)) = (run.first(), run.last()) else { continue };
            let from = r.checked_sub(1).and_then(|p| runs.get(p)).and_then(|p| p.last()).map_or(0, |p| p.end);
            let clause_start = lc.get(..first.at).and_then(|t| t.rfind(';')).map_or(0, |k| k + 1).max(from);
            let before = lc.get(clause_start..first.at).unwrap_or("");
            let to = runs.get(r + 1).and_then(|n| n.first()).map_or(lc.len(), |n| n.at);
            let after = lc.get(last.end..to).unwrap_or("");
            let before_cue = BEFORE
                .iter()
                .filter_map(|(cue, role)| before.rfind(cue).map(|at| (at + cue.len(), cue.len(), *cue, *role)))
                .max_by_key(|(end, len, _, _)| (*end, *len));
            let after_cue = AFTER
                .iter()
                .filter_map(|(cue, role, status)| {
                    after.find(cue).filter(|at| *at < 40).map(|at| (at, *cue, *role, *status))
                })
                .min_by_key(|(at, _, _, _)| *at);
            let mut roles: Vec<(Role, Status, &str)> = Vec::new();
            if let Some((_, cue, role, status)) = after_cue {
                roles.push((role, status, cue));
            }
            if let Some((_, _, cue, Some((role, status)))) = before_cue {
                if !roles.iter().any(|(r, _, _)| *r == role)
                    && (roles.is_empty() || !matches!(role, Role::InScope | Role::Lead))
                {
                    roles.push((role, status, cue));
                }
            }
            // "scoping missions in all the Latin American countries covered: …": the countries
            // host the missions, whatever else the nearer words say
            if before.contains("missions in") && !roles.iter().any(|(r, _, _)| *r == Role::Host) {
                roles.push((Role::Host, Status::Completed, "missions in"));
            }
            // "…; and in West and Central Africa: …": a list that continues the one before
            let continues = ["and in ", ", and in ", "and "].iter().any(|c| before.trim_start().starts_with(c));
            if roles.is_empty() && before_cue.is_none() && continues {
                // "and in" continues what was "… in" ("missions in"), not the nearer cue
                roles = previous.iter().filter(|(_, _, cue)| cue.ends_with(" in")).copied().collect();
            }
            previous.clone_from(&roles);
            if matches!(before_cue, Some((_, _, _, None))) && roles.is_empty() {
                continue;
            }
            // ordinals of presidencies: "the Second and Third Presidencies, respectively"
            let ordinals: Vec<u8> = words(after)
                .iter()
                .filter_map(|w| ordinal(w.bare))
                .filter_map(|n| u8::try_from(n).ok())
                .take(run.len())
                .collect();
            for (n, (role, status, cue)) in roles.into_iter().enumerate() {
                let subject = subject(b, i, first.at, role, list_item, &clean);
                let Some(subject) = subject else { continue };
                let mut items = Vec::new();
                for (k, hit) in run.iter().enumerate() {
                    let between_before =
                        if k == 0 { "" } else { run.get(k - 1).and_then(|p| lc.get(p.end..hit.at)).unwrap_or("") };
                    let main = status;
                    let status = if between_before.contains("potentially") { Status::Potential } else { status };
                    let ordinal = (role == Role::Presidency && ordinals.len() == run.len())
                        .then(|| ordinals.get(k).copied())
                        .flatten();
                    let listed =
                        participation(b, i, hit.country, hit.written, &subject, role, status, ordinal, cue, &mut seen);
                    // a name the list adds with another status ("and potentially also Ecuador")
                    // is not one of the names its count counts
                    items.extend(listed.filter(|_| status == main));
                }
                if n == 0 && !items.is_empty() {
                    stated_list(b, i, before, &clean, clause_start, subject, items);
                }
            }
        }
    }
}

/// What the countries of a list take part in: the meeting of the sentence for a meeting's
/// roles, a working group for a list item's leads, else the section's topic.
fn subject(b: &mut Builder<'_>, i: usize, at: usize, role: Role, list_item: bool, clean: &str) -> Option<Ref> {
    let meeting_role = matches!(
        role,
        Role::CoChair
            | Role::CoPresidency
            | Role::Organiser
            | Role::CoOrganiser
            | Role::Host
            | Role::Speaker
            | Role::Supporter
    );
    if meeting_role {
        let event = b
            .events_at
            .iter()
            .rfind(|(s, (a, e), _)| *s == i && (*a..=*e).contains(&at))
            .or_else(|| b.events_at.iter().rfind(|(s, _, _)| *s == i))
            .map(|(_, _, id)| id.clone());
        if let Some(id) = event {
            return Some(Ref::new(RecordKind::Event, id));
        }
        if role == Role::Host && clean.contains("missions") {
            return mission(b, i, clean);
        }
        if matches!(role, Role::CoChair | Role::CoPresidency) {
            return None;
        }
    }
    let topic = b.topic(i)?;
    if list_item && matches!(role, Role::Lead | Role::CoLead) {
        let start = clean.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
        let name =
            start.split([',', ':', ';']).next().map(str::trim).filter(|n| !n.is_empty() && n.len() < 200)?.to_owned();
        if let Some(existing) = b.parts.working_groups.iter().find(|w| w.name() == name) {
            return Some(Ref::new(RecordKind::WorkingGroup, existing.id().clone()));
        }
        let id = b.id("wg")?;
        let source = b.source(i, None, "list item led by")?;
        let status = if clean.contains("will be led") { Status::Planned } else { Status::Active };
        let wg = WorkingGroup::new(WorkingGroupParts::new(id.clone(), topic, name, status, source)).ok()?;
        b.parts.working_groups.push(wg);
        let r = Ref::new(RecordKind::WorkingGroup, id);
        b.note(
            r.clone(),
            "list item led by",
            Some("a working group or work area, named by its list item; check its kind"),
        );
        return Some(r);
    }
    Some(topic)
}

/// The missions a sentence says were carried out ("has conducted scoping missions in …"), as an
/// event the countries host.
fn mission(b: &mut Builder<'_>, i: usize, clean: &str) -> Option<Ref> {
    let at = clean.find("missions")?;
    let before: Vec<&str> = clean.get(..at)?.split_whitespace().collect();
    let adjectives = before.iter().rev().take(2).take_while(|w| w.chars().all(|c| c.is_lowercase())).count();
    let start = before.len().saturating_sub(adjectives);
    let mut name = before.get(start..)?.join(" ");
    name = if name.is_empty() { "missions".to_owned() } else { format!("{name} missions") };
    let source = b.source(i, None, "missions in countries")?;
    let id = b.id("mission")?;
    let (status, _) = super::words::event_status(clean);
    let event =
        Event::new(EventParts::new(id.clone(), EventKind::Mission, name, status, Framing::Activity, source)).ok()?;
    b.parts.events.push(event);
    b.events_at.push((i, (0, clean.len()), id.clone()));
    let r = Ref::new(RecordKind::Event, id);
    b.note(r.clone(), "missions in countries", Some("the text gives no date here; check the date and places"));
    Some(r)
}

#[allow(clippy::too_many_arguments, reason = "the fields of one participation")]
fn participation(
    b: &mut Builder<'_>,
    i: usize,
    country: Country,
    written: &str,
    subject: &Ref,
    role: Role,
    status: Status,
    ordinal: Option<u8>,
    cue: &str,
    seen: &mut HashSet<(Country, Ref, Role, Option<u8>, usize)>,
) -> Option<Ref> {
    // the same country in the same role in one sentence is one record (another sentence may
    // state another involvement: the subjects are per-section placeholders)
    if !seen.insert((country, subject.clone(), role, ordinal, i)) {
        return None;
    }
    let source = b.source(i, None, "country list")?;
    let id = b.id("p")?;
    let parts = ParticipationParts {
        ordinal,
        ..ParticipationParts::new(id.clone(), country, subject.clone(), role, status, written.to_owned(), source)
    };
    let p = Participation::new(parts).ok()?;
    b.parts.participations.push(p);
    {
        let extra = format!("role {role} and status {status} read from \"{cue}\"; check the subject");
        b.note(Ref::new(RecordKind::Participation, id.clone()), "country list", Some(&extra));
    }
    Some(Ref::new(RecordKind::Participation, id))
}

/// The count a list's sentence states before it ("10 member countries (…)", "the eight EU
/// Member States that are part of the initiative (…)", "seven priority countries …, namely …"),
/// kept as a [`StatedList`] beside the participations it lists — the count as stated, not
/// "fixed" to the number of names.
fn stated_list(b: &mut Builder<'_>, i: usize, before: &str, clean: &str, offset: usize, of: Ref, items: Vec<Ref>) {
    let ws = words(before);
    // the last "countries" or "states" before the list, and a figure at most four words before it
    let Some(e) = ws.iter().rposition(|x| matches!(x.bare, "countries" | "states")) else { return };
    let Some(k) = (e.saturating_sub(4)..e).rev().find(|k| {
        ws.get(*k).is_some_and(|w| {
            w.bare.bytes().all(|c| c.is_ascii_digit()) && w.bare.len() <= 3 || NUMBER_WORDS.contains(&w.bare)
        })
    }) else {
        return;
    };
    let (Some(first), Some(end)) = (ws.get(k), ws.get(e)) else { return };
    // the words of the clean sentence (the lower-case copy has the same offsets)
    let Some(stated) = clean.get(offset + first.at..offset + end.at + end.bare.len()) else { return };
    let Ok(count) = Quantity::from_words(stated) else { return };
    let label = stated.split_once(' ').map_or(stated, |(_, l)| l).to_owned();
    let (Some(source), Some(id)) = (b.source(i, None, "counted list"), b.id("list")) else { return };
    let parts = StatedListParts {
        count: Some(count),
        stated: Some(stated.to_owned().into()),
        items: items.into(),
        ..StatedListParts::new(id.clone(), of, label, Completeness::Complete, source)
    };
    if let Ok(list) = StatedList::new(parts) {
        b.parts.lists.push(list);
        b.note(
            Ref::new(RecordKind::StatedList, id),
            "counted list",
            Some("the count as stated, beside the names listed"),
        );
    }
}

const NUMBER_WORDS: [&str; 12] =
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty"];
