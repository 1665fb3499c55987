//! Unit tests of the drafting rules on small texts of both shapes.

use super::{DraftError, draft};
use crate::{Country, EventKind, Mode, Qualifier, Role, SeizureAction, Status, Unit};

const HEAD: &str = "# Annual Report 1 June 2023 to 31 May 2024\n\n### I. Meetings\n\n";

fn text(body: &str) -> String {
    format!("{HEAD}{body}\n")
}

#[test]
fn statuses_and_modes_of_meetings() {
    let t = text(
        "The Mechanism plans to hold its XXVth High-Level Meeting in virtual format on 5 June 2024. \
         The Technical Committee meeting scheduled for 12 March 2024 was postponed.",
    );
    let d = draft(&t).unwrap_or_else(|e| panic!("{e}"));
    let events = d.dataset().events();
    let hlm = events.iter().find(|e| e.ordinal() == Some(25)).unwrap_or_else(|| panic!("no HLM"));
    assert_eq!(
        (hlm.kind(), hlm.mode(), hlm.status()),
        (EventKind::HighLevelMeeting, Some(Mode::Virtual), Status::Planned)
    );
    assert_eq!(hlm.date().map(|w| w.to_string()).as_deref(), Some("2024-06-05"));
    let tc =
        events.iter().find(|e| e.kind() == EventKind::TechnicalCommitteeMeeting).unwrap_or_else(|| panic!("no TC"));
    assert_eq!(tc.status(), Status::Planned);
    let note = d.note_for(tc.id().as_str()).map(|n| n.note.clone()).unwrap_or_default();
    assert!(note.contains("postponed"), "{note}");
}

#[test]
fn flat_text_with_page_marks_and_hyphens() {
    let t = "Annual Report 1 June 2023 to 31 May 2024. I. Meetings The Mechanism held its XXIVth High-Level \
             Meeting on 20 June 2023 in hybrid mode, co-chaired by Spain and Co- lombia. 10233/23 AB/cd 2 EN In 2023, \
             the project's seizures amounted to over 2.5 tons of cocaine and almost 300 kg of her- oin.";
    let d = draft(t).unwrap_or_else(|e| panic!("{e}"));
    let ds = d.dataset();
    assert!(ds.sections().iter().any(|s| s.code() == "i"));
    let chairs: Vec<Country> =
        ds.participations().iter().filter(|p| p.role() == Role::CoChair).filter_map(|p| p.party().country()).collect();
    assert_eq!(chairs, [Country::ES, Country::CO]);
    let heroin = ds.seizures().iter().find(|s| s.commodity() == "heroin").unwrap_or_else(|| panic!("no heroin"));
    assert_eq!((heroin.quantity().qualifier(), heroin.quantity().unit()), (Qualifier::Almost, Unit::Kilogram));
    assert_eq!(heroin.action(), SeizureAction::Seized);
    assert_eq!(heroin.period().map(|w| w.to_string()).as_deref(), Some("2023"));
    // every quote is the input's words, white space folded (the page mark stays in a quote)
    let folded = crate::source::normalise_whitespace(t);
    assert!(ds.seizures().iter().all(|s| folded.contains(s.source().quote())));
}

#[test]
fn roles_from_the_words_next_to_a_list() {
    let t = text(
        "The project is active in Argentina and Peru as associate countries, and in Panama as beneficiary countries. \
         Partnerships are also established with Brazil, Chile and South Africa. \
         Currently the committee has 3 member countries (Mexico, Ecuador and Uruguay); Paraguay has also signed the \
         request to become a member. Operations in Ghana and Togo are not a role.",
    );
    let d = draft(&t).unwrap_or_else(|e| panic!("{e}"));
    let role = |c: Country| -> Vec<(Role, Status)> {
        d.dataset().participations().iter().filter(|p| *p.party() == c).map(|p| (p.role(), p.status())).collect()
    };
    assert_eq!(role(Country::AR), [(Role::Associate, Status::Active)]);
    assert_eq!(role(Country::PA), [(Role::Beneficiary, Status::Active)]);
    assert_eq!(role(Country::ZA), [(Role::Partner, Status::Active)]);
    assert_eq!(role(Country::UY), [(Role::Member, Status::Active)]);
    assert_eq!(role(Country::PY), [(Role::Member, Status::Applicant)]);
    assert!(role(Country::GH).is_empty());
    let list = d.dataset().lists().iter().next().unwrap_or_else(|| panic!("no list"));
    assert_eq!((list.stated(), list.items().len()), (Some("3 member countries"), 3));
}

#[test]
fn documents_with_their_acts_and_numbers() {
    let t = text(
        "The XXVth High-Level Meeting was held on 5 June 2024. The High-Level Meeting adopted the Annual Report \
         2022-2023<sup>1</sup> and endorsed the Outcome Document.\n\n---\n\n1 9999/23\n",
    );
    let d = draft(&t).unwrap_or_else(|e| panic!("{e}"));
    let ds = d.dataset();
    let report =
        ds.documents().iter().find(|x| x.title().starts_with("Annual Report")).unwrap_or_else(|| panic!("no report"));
    assert_eq!(report.number().map(|n| n.to_string()).as_deref(), Some("9999/23"));
    let hlm = ds.events().iter().find(|e| e.ordinal() == Some(25)).unwrap_or_else(|| panic!("no HLM"));
    assert_eq!(hlm.documents().len(), 2);
    // the meeting's quote covers the sentence that states the acts
    assert!(hlm.source().quote().contains("endorsed the Outcome Document"));
}

#[test]
fn what_is_no_report() {
    assert_eq!(draft("\u{feff}").map(|_| ()), Err(DraftError::NoReportingPeriod));
    assert!(matches!(draft("x\u{7f}y"), Err(DraftError::Binary { .. })));
    // a text with a period and nothing else drafts to an empty dataset
    let d = draft("Annual Report 1 June 2023 to 31 May 2024").unwrap_or_else(|e| panic!("{e}"));
    assert!(d.dataset().is_empty());
}
