//! The report's qualitative half as data: every question the report answers in words can be asked
//! through the API, and the statements follow general rules read off the report's text.
//!
//! The expected words below are the report's own; which record answers, and which records the
//! answer concerns, come from the dataset wherever it holds them.

use std::collections::HashSet;

use eu_celac_drugs::StatementKind::{
    self, Activity, Aim, Approach, Assessment, Context, Focus, FollowUp, Mandate, Preparation, Progress, Purpose,
    Scope, Topic,
};
use eu_celac_drugs::dataset::DocumentAct;
use eu_celac_drugs::source::{normalise_whitespace as fold, plain_text};
use eu_celac_drugs::{DocumentAction, EventKind, Party, RecordKind, Role, Statement, Status, report_2021_2022};

/// The texts of the statements of one kind about a record.
fn texts(id: &str, kind: StatementKind) -> Vec<&'static str> {
    report_2021_2022().says(id, kind).map(|s| s.text()).collect()
}

/// The ids every statement of one kind about a record links to, in order.
fn about(id: &str, kind: StatementKind) -> Vec<String> {
    report_2021_2022().says(id, kind).flat_map(|s| s.about()).map(|r| r.id.to_string()).collect()
}

/// Whether one of the texts contains the words.
fn any_says(texts: &[&str], words: &str) -> bool {
    texts.iter().any(|t| t.contains(words))
}

#[test]
fn what_the_copolad_kick_off_meeting_was_for() {
    let report = report_2021_2022();
    let kick_off = report.events().iter().find(|e| e.kind() == EventKind::KickOff).unwrap();
    let purposes = texts(kick_off.id().as_str(), Purpose);
    assert_eq!(purposes.len(), 1);
    assert!(any_says(&purposes, "analyse the drug-related developments in the EU and LAC regions"));
}

#[test]
fn what_the_technical_committee_meeting_of_26_october_2021_discussed() {
    let id = "tc-2021-10-26";
    let topics = texts(id, Topic);
    assert!(any_says(&topics, "the priorities following to the XXIInd High-Level Meeting"));
    assert!(any_says(&topics, "evidence-based prevention of drug use"));
    assert!(any_says(&topics, "COPOLAD III"));
    assert!(any_says(&topics, "the works of the Commission on Narcotic Drugs"));
    // The updates the countries and regions present provided are what they did there, not a topic.
    assert!(!any_says(&topics, "updates on the drug situation"));
    assert!(any_says(&texts(id, Activity), "provided updates on the drug situation and policy developments"));
    // The records the topics concern, in the report's order: the XXIInd meeting, COPOLAD III, the CND.
    let hlm_22 = report_2021_2022().events().iter().find(|e| e.ordinal() == Some(22)).unwrap();
    assert_eq!(about(id, Topic), [hlm_22.id().as_str(), "copolad.iii", "cnd"]);
    // It was held in preparation for the XXIIIrd High-Level Meeting, the one that adopted the report.
    assert_eq!(about(id, Preparation), [report_2021_2022().meta().adopted_at().unwrap().as_str()]);
}

#[test]
fn what_the_technical_committee_meeting_of_4_may_2022_prepared_discussed_and_followed_up() {
    let report = report_2021_2022();
    let id = "tc-2022-05-04";
    let hlm_23 = report.meta().adopted_at().unwrap().as_str();
    assert!(about(id, Preparation).contains(&hlm_23.to_owned()));
    assert!(any_says(&texts(id, Preparation), "XXIIIrd High-Level Meeting"));
    // The drafts it discussed are the documents the event's own links say it discussed.
    let meeting = report.event(id).unwrap();
    let discussed: Vec<String> = meeting
        .documents()
        .iter()
        .filter(|l| l.action == DocumentAction::Discussed)
        .map(|l| l.document.to_string())
        .collect();
    assert_eq!(discussed.len(), 2);
    let topics = about(id, Topic);
    assert!(discussed.iter().all(|d| topics.contains(d)), "{topics:?}");
    assert!(topics.contains(&"copolad".to_owned()));
    assert!(any_says(&texts(id, Topic), "developments on COPOLAD and other regional programmes"));
    // The follow-up to the 65th session of the CND: the event of that session.
    let cnd_65 = report.events().iter().find(|e| e.kind() == EventKind::Session && e.ordinal() == Some(65)).unwrap();
    assert_eq!(about(id, FollowUp).first().map(String::as_str), Some(cnd_65.id().as_str()));
}

#[test]
fn which_meetings_discussed_copolad() {
    let report = report_2021_2022();
    let meetings: HashSet<&str> = report
        .statements_about("copolad.iii")
        .chain(report.statements_about("copolad"))
        .filter(|s| s.kind() == Topic)
        .map(|s| s.of().id.as_str())
        .collect();
    let technical_committee: HashSet<&str> = report
        .events()
        .iter()
        .filter(|e| e.kind() == EventKind::TechnicalCommitteeMeeting)
        .map(|e| e.id().as_str())
        .collect();
    assert_eq!(meetings, technical_committee);
}

#[test]
fn what_masif_ensures_and_provides() {
    let mandate = texts("masif", Mandate);
    assert!(any_says(&mandate, "ensures close monitoring of GIFP projects"));
    assert!(any_says(&mandate, "provides the European Commission with advice and analysis on project implementation"));
    assert_eq!(about("masif", Mandate), ["gifp", "european-commission"]);
}

#[test]
fn what_seacop_aims_to_contribute_to() {
    assert!(any_says(&texts("seacop", Aim), "fight against maritime illicit trade and associated criminal networks"));
    assert!(any_says(&texts("seacop.phase-5", Focus), "riverine trafficking"));
    // How: by improving cooperation, including with EUROPOL and FRONTEX.
    assert_eq!(about("seacop", Approach), ["europol", "frontex"]);
}

#[test]
fn what_the_bodies_and_task_forces_are_charged_with() {
    let report = report_2021_2022();
    assert!(any_says(
        &texts("clasi", Mandate),
        "to jointly define strategies and articulate public policies against transnational organised crime"
    ));
    // The temporary counter narcotics Task Force is the task force of CLASI's joint declaration.
    let task_force =
        report.task_forces().iter().find(|t| t.name().contains("temporary counter narcotics Task Force")).unwrap();
    assert_eq!(
        texts(task_force.id().as_str(), Mandate),
        ["to launch joint operations, on the basis of a shared threat assessment"]
    );
    assert!(any_says(
        &texts("copolad.iii.task-forces", Mandate),
        "the necessary support for implementing action plans and specific technical assistance"
    ));
    let follow_up = report.committees().iter().find(|c| c.name() == "Follow up Committee").unwrap();
    assert!(any_says(&texts(follow_up.id().as_str(), Mandate), "to guarantee concrete results"));
    assert!(any_says(&texts("copolad", Mandate), "technical support to the EU-CELAC Coordination"));
}

#[test]
fn what_the_programmes_focus_on_and_aim_at() {
    assert!(any_says(&texts("gifp", Focus), "disrupting flows of illicit commodities along established routes"));
    assert!(any_says(&texts("gifp", Approach), "will maintain its trans-regional approach, complementing bilateral"));
    assert!(any_says(&texts("aircop", Focus), "building interdiction capacities at selected international airports"));
    // COLIBRI's focus is its project's field, which no statement repeats.
    let colibri = report_2021_2022().project("colibri").unwrap();
    assert!(colibri.focus().unwrap().contains("improving security in the general aviation sector"));
    assert!(texts("colibri", Focus).is_empty());
    assert!(any_says(&texts("crimjust", Aim), "strengthening criminal investigation and criminal justice cooperation"));
    assert!(any_says(&texts("el-paccto", Aim), "promotes regional and bi-regional cooperation"));
    assert!(any_says(&texts("el-paccto.ameripol-support", Aim), "legal and technological capabilities of AMERIPOL"));
    assert!(any_says(&texts("eurofront", Aim), "to foster intra-Latin American and bi-regional cooperation"));
    assert!(any_says(&texts("copolad.iii", Aim), "technical capacity of national observatories on drugs"));
    assert!(any_says(&texts("copolad", Aim), "to provide technical support for the work developed"));
    // CLASI's focus: the three areas of its work plan, which are its work areas.
    let report = report_2021_2022();
    let areas: Vec<String> =
        report.work_areas().iter().filter(|w| w.of().id == "clasi").map(|w| w.id().to_string()).collect();
    assert_eq!(about("clasi", Focus), areas);
}

#[test]
fn what_the_tei_s_global_objective_is() {
    let aims = texts("tei-lac", Aim);
    assert!(any_says(&aims, "establishing an effective EU-LAC partnership on strengthening the rule of law"));
    assert!(any_says(&texts("tei-lac", Focus), "shared challenges in the area of security and justice"));
    // What the launch meeting covered.
    let report = report_2021_2022();
    let launch = report.events().iter().find(|e| e.of().is_some_and(|o| o.id == "tei-lac")).unwrap();
    assert!(any_says(&texts(launch.id().as_str(), Topic), "the presentation of the different TEI objectives"));
}

#[test]
fn what_the_events_and_tools_were_for() {
    let report = report_2021_2022();
    let purpose = |name: &str| {
        let event = report.events().iter().find(|e| e.name().contains(name)).unwrap();
        texts(event.id().as_str(), Purpose)
    };
    assert!(any_says(&purpose("survey"), "finding out national and regional priorities"));
    assert!(any_says(&purpose("permanent helpdesk"), "participation of partner countries"));
    assert!(any_says(&purpose("online information sessions"), "to exchange on the methodology"));
    assert!(any_says(&purpose("LAC co-presidency"), "with the aim of sharing inputs"));
    assert!(any_says(&purpose("geoportal"), "intelligence sharing among law enforcement agencies"));
    // The purpose is the updating's, not the study's: the updating is an event about the study.
    let study = report.documents().iter().find(|d| d.title().contains("women and drug")).unwrap();
    assert!(texts(study.id().as_str(), Purpose).is_empty());
    let updating = report.statements_about(study.id().as_str()).find(|s| s.kind() == Purpose).unwrap();
    assert!(updating.text().contains("the impact of COVID-19"));
    let event = report.event(updating.of().id.as_str()).unwrap();
    assert!(event.name().starts_with("updating of the study"), "{}", event.name());
    assert!(event.documents().iter().any(|l| l.document == *study.id()));
}

#[test]
fn the_requirements_of_chapter_10_were_fulfilled_by_its_three_events() {
    let report = report_2021_2022();
    let progress: Vec<&Statement> = report.says("chapter-10", Progress).map(|s| s.record).collect();
    assert_eq!(progress.len(), 1);
    assert!(progress[0].text().contains("the requirements of Chapter 10 of the EU-CELAC Action Plan were fulfilled"));
    // The three events are those of the report's stated list of them.
    let events = report.lists().iter().find(|l| l.of().id == "chapter-10" && l.label() == "three events").unwrap();
    let linked: Vec<_> = progress[0].about().iter().filter(|r| r.kind == RecordKind::Event).cloned().collect();
    assert_eq!(linked, events.items());
}

#[test]
fn what_the_joint_declaration_meeting_welcomed() {
    let assessments = texts("clasi.joint-declaration", Assessment);
    assert!(any_says(&assessments, "Both regions welcomed the creation of CLASI"));
    assert!(any_says(&assessments, "the importance of joining forces"));
    assert!(about("clasi.joint-declaration", Assessment).contains(&"doc.ideal".to_owned()));
}

#[test]
fn who_adopted_signed_or_supported_each_document() {
    let report = report_2021_2022();
    // Every document link of every event and every participation in a document is an act.
    for event in report.events() {
        for link in event.documents() {
            let acts = report.document_acts(link.document.as_str());
            assert!(acts.iter().any(|a| matches!(a, DocumentAct::ByEvent { event: e, action }
                if e.id() == event.id() && *action == link.action)));
        }
    }
    for p in report.participations().iter().filter(|p| p.subject().kind == RecordKind::Document) {
        let acts = report.document_acts(p.subject().id.as_str());
        assert!(acts.iter().any(|a| matches!(a, DocumentAct::ByParty(q) if q.id() == p.id())));
    }
    // The report was adopted by the meeting its metadata names.
    let adopted = report.document_acts("doc.annual-report-2021-2022");
    assert!(adopted.iter().any(|a| matches!(a, DocumentAct::ByEvent { event, action: DocumentAction::Adopted }
        if Some(event.id()) == report.meta().adopted_at())));
    // The Joint Declaration 6762/2022: adopted at the meeting of 3 March 2022, by the EU's
    // ministers and by CLASI's, a body acting as a party.
    let joint = report.documents().iter().find(|d| d.number().is_some_and(|n| n.to_string() == "6762/2022")).unwrap();
    let acts = report.document_acts(joint.id().as_str());
    assert!(acts.iter().any(|a| matches!(a, DocumentAct::ByEvent { action: DocumentAction::Adopted, .. })));
    let adopters: Vec<String> = acts
        .iter()
        .filter_map(|a| match a {
            DocumentAct::ByParty(p) if p.role() == Role::Adopter => Some(p.party().to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(adopters, ["organisation:eu", "committee:clasi"]);
    assert!(acts.iter().all(|a| a.verb() == "adopted"));
    assert!(acts.iter().any(|a| matches!(a, DocumentAct::ByParty(p) if matches!(p.party(), Party::Body(_)))));
    // Every act carries the report's words.
    let text = fold(eu_celac_drugs::SOURCE_TEXT);
    for d in report.documents() {
        for act in report.document_acts(d.id().as_str()) {
            assert!(text.contains(&fold(act.source().quote())));
            assert!(!act.verb().is_empty() && !act.actor().is_empty());
        }
    }
    assert!(report.document_acts("no-such-document").is_empty());
}

#[test]
fn an_act_that_has_not_happened_is_not_in_the_past_tense() {
    let report = report_2021_2022();
    let past = ["adopted", "endorsed", "approved", "signed", "published", "finalised", "produced", "encouraged"];
    let mut prospects = 0;
    for d in report.documents() {
        for act in report.document_acts(d.id().as_str()) {
            let verb = act.verb();
            assert_eq!(
                act.status(),
                match act {
                    DocumentAct::ByEvent { event, .. } => event.status(),
                    DocumentAct::ByParty(p) => p.status(),
                    _ => unreachable!(),
                }
            );
            if matches!(act.status(), Status::Active | Status::Operational | Status::Completed) {
                assert!(!verb.contains(' ') || verb == "is documented by", "{act}");
            } else {
                prospects += 1;
                assert!(!past.contains(&verb.as_ref()), "{act}: an act with status {} in the past tense", act.status());
            }
            // Actors read as names, never as typed references.
            assert!(!act.actor().contains(':'), "{}", act.actor());
        }
    }
    assert!(prospects > 0, "the report has an act still to come (the AMERIPOL Treaty)");
    // "The signature of the AMERIPOL Treaty is expected to take place in 2022."
    let treaty = report.document_acts("doc.ameripol-treaty");
    let signing = treaty.iter().find(|a| matches!(a, DocumentAct::ByEvent { .. })).unwrap();
    assert_eq!((signing.status(), signing.verb().as_ref()), (Status::Expected, "expected to be signed"));
    assert_eq!(signing.to_string(), "signature of the AMERIPOL Treaty: expected to be signed");
}

#[test]
fn who_signed_the_clasi_founding_declaration_is_a_party_of_the_act() {
    let report = report_2021_2022();
    // "On 2 March 2022, Latin American countries signed in Brussels the political declaration that
    // created the CLASI." The signing event, and the signatories as the report names them.
    let acts = report.document_acts("doc.clasi-political-declaration");
    assert!(acts.iter().any(|a| matches!(a, DocumentAct::ByEvent { action: DocumentAction::Signed, .. })));
    let signatories: Vec<_> = acts.iter().filter(|a| matches!(a, DocumentAct::ByParty(_))).collect();
    assert_eq!(signatories.len(), 1);
    assert_eq!(signatories[0].to_string(), "Latin American countries signed");
    // The party is the group as written, a stated list with no members listed, and no country.
    let group = signatories[0].actor_ref().unwrap();
    assert_eq!(group.kind, RecordKind::StatedList);
    let list = report.list(group.id.as_str()).unwrap();
    assert!(list.items().is_empty() && list.label() == "Latin American countries");
}

#[test]
fn the_api_agrees_with_the_table() {
    let report = report_2021_2022();
    for s in report.statements() {
        let of = s.of().id.as_str();
        assert!(report.statements_of(of).any(|x| x.id() == s.id()));
        assert!(report.says(of, s.kind()).any(|x| x.id() == s.id()));
        assert!(report.says(of, s.kind()).all(|x| x.kind() == s.kind()));
        assert!(report.says(of, s.kind()).filter(|x| x.is_direct()).all(|x| x.of() == s.of()));
        for a in s.about() {
            assert!(report.statements_about(a.id.as_str()).any(|x| x.id() == s.id()));
        }
    }
    let total: usize = report
        .statements()
        .iter()
        .map(|s| s.of().id.as_str())
        .collect::<HashSet<_>>()
        .iter()
        .map(|id| report.statements_of_exactly(id).count())
        .sum();
    assert_eq!(total, report.statements().len());
}

// ---- general rules ----

#[test]
fn every_statement_s_text_is_the_report_s_words_and_short() {
    let report = report_2021_2022();
    let text = plain_text(&fold(eu_celac_drugs::SOURCE_TEXT));
    let mut seen = HashSet::new();
    for s in report.statements() {
        assert!(text.contains(&fold(s.text())), "{}: {:?} is not in the report", s.id(), s.text());
        // An answer, not the whole passage: a table cell.
        assert!(s.text().chars().count() <= 300, "{}: {} characters", s.id(), s.text().chars().count());
        assert!(
            s.text().chars().count() < fold(&plain_text(s.source().quote())).chars().count()
                || s.source().quote().chars().count() <= 120,
            "{}: the text is its whole quote",
            s.id()
        );
        assert!(seen.insert((s.of().clone(), s.kind(), s.text())), "{}: said twice", s.id());
    }
}

#[test]
fn every_about_link_resolves_to_a_record_of_the_kind_it_names() {
    let report = report_2021_2022();
    let mut links = 0;
    for s in report.statements() {
        for a in s.about() {
            assert_eq!(report.kind_of(a.id.as_str()), Some(a.kind), "{}: {a}", s.id());
            assert_ne!(a, s.of(), "{}", s.id());
            links += 1;
        }
    }
    assert!(links > 0);
}

#[test]
fn each_kind_is_said_of_the_records_it_fits() {
    let report = report_2021_2022();
    for s in report.statements() {
        match s.kind() {
            // What a meeting discussed, prepared or followed up is said of an event.
            Topic | Preparation | FollowUp => assert_eq!(s.of().kind, RecordKind::Event, "{}", s.id()),
            // What something is for is said of an event, a tool or a document; programmes,
            // projects and bodies have aims, a focus and a mandate instead.
            Purpose => assert!(matches!(s.of().kind, RecordKind::Event | RecordKind::Document), "{}", s.id()),
            Aim | Focus | Mandate | Scope | Approach | Context | Progress | Activity | Assessment => {}
        }
    }
    // Every kind is in use.
    let used: HashSet<StatementKind> = report.statements().iter().map(Statement::kind).collect();
    assert_eq!(used.len(), StatementKind::iter().count());
}

#[test]
fn every_technical_committee_meeting_and_kick_off_says_what_it_was_for() {
    let report = report_2021_2022();
    let mut checked = 0;
    for e in report.events() {
        let id = e.id().as_str();
        match e.kind() {
            EventKind::TechnicalCommitteeMeeting => {
                assert!(report.says(id, Preparation).count() >= 1, "{id}");
                assert!(report.says(id, Topic).count() >= 2, "{id}");
                checked += 1;
            }
            EventKind::KickOff => {
                assert_eq!(report.says(id, Purpose).count(), 1, "{id}");
                checked += 1;
            }
            _ => {}
        }
    }
    assert!(checked >= 3);
}

/// The report's sentences, in plain text with white space folded, with their spans.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = matches!(c, '.' | ';' | ':')
            && bytes.get(i + 1) == Some(&b' ')
            && text[i + 2..].chars().next().is_some_and(|n| n.is_uppercase() || "“‘-".contains(n))
            && !text[..i].ends_with("i.a");
        if end || i + c.len_utf8() == text.len() {
            out.push((start, i + c.len_utf8()));
            start = i + c.len_utf8();
        }
    }
    out
}

#[test]
fn every_sentence_that_states_a_purpose_topic_or_mandate_has_a_statement_of_that_kind() {
    // Words of the report that announce an answer, and the kinds of statement that hold it.
    const RULES: &[(&str, &[StatementKind])] = &[
        ("discussed", &[Topic]),
        ("exchange of views", &[Topic, FollowUp]),
        ("exchanged information", &[Topic]),
        ("preparation for", &[Preparation]),
        ("preparations for", &[Preparation]),
        ("follow-up to", &[FollowUp]),
        ("purpose", &[Purpose]),
        ("with the aim of", &[Purpose]),
        ("aiming at", &[Purpose]),
        ("aimed to", &[Purpose]),
        ("aims to", &[Aim]),
        ("aims at", &[Aim]),
        ("main objectives", &[Aim]),
        ("global objective", &[Aim]),
        ("mandate", &[Mandate]),
        ("focus", &[Focus, Topic]),
        ("provided updates", &[Activity]),
        ("welcomed", &[Assessment]),
        ("important achievement", &[Assessment]),
        ("milestone", &[Assessment]),
        ("hampered", &[Progress]),
        ("accelerated", &[Progress]),
        ("fulfilled", &[Progress]),
        ("amidst", &[Context]),
    ];
    let report = report_2021_2022();
    let text = plain_text(&fold(eu_celac_drugs::SOURCE_TEXT));
    // Where each statement's quote stands in the text.
    let mut spans: Vec<(StatementKind, usize, usize)> = report
        .statements()
        .iter()
        .flat_map(|s| {
            let quote = plain_text(&fold(s.source().quote()));
            text.match_indices(&quote).map(move |(at, q)| (s.kind(), at, at + q.len())).collect::<Vec<_>>()
        })
        .collect();
    // A project's focus is a field of its own, which answers "focuses on" where the project's
    // quote holds it (a statement would only repeat it).
    for p in report.projects().iter() {
        let quote = plain_text(&fold(p.source().quote()));
        if p.focus().is_some_and(|f| quote.contains(&fold(f))) {
            spans.extend(text.match_indices(&quote).map(|(at, q)| (Focus, at, at + q.len())));
        }
    }
    let mut missing = Vec::new();
    let mut matched = 0;
    for (a, b) in sentences(&text) {
        let sentence = &text[a..b];
        for (word, kinds) in RULES {
            if sentence.to_lowercase().contains(word) {
                matched += 1;
                if !spans.iter().any(|(k, x, y)| kinds.contains(k) && *x < b && *y > a) {
                    missing.push(format!("{word:?} → {kinds:?}: {sentence}"));
                }
            }
        }
    }
    assert!(matched >= RULES.len(), "the rules must find their words");
    assert!(missing.is_empty(), "{} sentence(s) without a statement:\n{}", missing.len(), missing.join("\n"));
}

/// The words of a statement's id that name a kind of statement, and the kind each names.
const KIND_WORDS: &[(&str, StatementKind)] = &[
    ("aim", Aim),
    ("aims", Aim),
    ("focus", Focus),
    ("mandate", Mandate),
    ("purpose", Purpose),
    ("topic", Topic),
    ("preparation", Preparation),
    ("preparations", Preparation),
    ("follow-up", FollowUp),
    ("scope", Scope),
    ("approach", Approach),
    ("context", Context),
    ("progress", Progress),
    ("activity", Activity),
    ("assessment", Assessment),
];

#[test]
fn a_statement_s_id_names_no_other_kind_than_its_own() {
    // The part of the id after its subject's id ("copolad.kick-off" + ".purpose") says what the
    // statement answers; a word there that names a kind must name the statement's own.
    let mut wrong = Vec::new();
    for s in report_2021_2022().statements() {
        let id = s.id().as_str();
        let rest = id.strip_prefix(s.of().id.as_str()).and_then(|r| r.strip_prefix('.')).unwrap_or(id);
        for word in rest.split('.') {
            if let Some((_, kind)) = KIND_WORDS.iter().find(|(w, _)| *w == word) {
                if *kind != s.kind() {
                    wrong.push(format!("{id}: a {} named {word:?}", s.kind()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} statement id(s) name another kind:\n{}", wrong.len(), wrong.join("\n"));
}

/// Where `name` stands in `text` as a whole word or phrase (not inside a longer word), as byte spans.
fn whole_word(text: &str, name: &str) -> Vec<(usize, usize)> {
    text.match_indices(name)
        .filter(|(at, _)| {
            let before = text[..*at].chars().last();
            let after = text[at + name.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|(at, _)| (at, at + name.len()))
        .collect()
}

#[test]
fn a_statement_links_the_organisations_its_words_name() {
    // "EU-funded programmes", "the EU and LAC regions", "EU-LA": where a statement's words name an
    // organisation (by any of its names), it links to it, unless the name stands inside the name of
    // a record the statement already links ("EU-CELAC" in the Mechanism's name).
    let report = report_2021_2022();
    let names_of = |r: &eu_celac_drugs::Ref| -> Vec<&str> {
        match report.organisation(r.id.as_str()) {
            Some(o) => o.names().collect(),
            None => report.get(r).into_iter().flat_map(|x| x.name().into_iter().chain(x.acronym())).collect(),
        }
    };
    let mut missing = Vec::new();
    for s in report.statements() {
        let text = s.text();
        let linked: Vec<(usize, usize)> =
            std::iter::once(s.of()).chain(s.about()).flat_map(&names_of).flat_map(|n| whole_word(text, n)).collect();
        for o in report.organisations() {
            if s.of().id == *o.id() || s.about().iter().any(|a| a.id == *o.id()) {
                continue;
            }
            for name in o.names() {
                let named =
                    whole_word(text, name).into_iter().any(|(a, b)| !linked.iter().any(|(x, y)| *x <= a && b <= *y));
                if named {
                    missing.push(format!("{}: {name:?} ({}) in {text:?}", s.id(), o.id()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{} unlinked name(s):\n{}", missing.len(), missing.join("\n"));
    // Links the words name though not by an organisation's name: the operations whose seizures
    // CRIMJUST "contributed to", the Working Groups of the regional level, the second phase's coverage.
    let about_ids =
        |id: &str| -> Vec<String> { report.statement(id).unwrap().about().iter().map(|r| r.id.to_string()).collect() };
    let operations: Vec<String> =
        report.operations().iter().filter(|o| o.of().id == "crimjust").map(|o| o.id().to_string()).collect();
    assert_eq!(about_ids("crimjust.seizures.assessment"), operations);
    let groups = report.lists().iter().find(|l| l.of().id == "copolad.iii" && l.label() == "Working Groups").unwrap();
    assert!(about_ids("copolad.iii.regional-level.approach").contains(&groups.id().to_string()));
    let kick_off = report.events().iter().find(|e| e.kind() == EventKind::KickOff).unwrap();
    assert_eq!(about(kick_off.id().as_str(), Purpose), ["eu", "celac"]);
    assert!(about_ids("copolad.ii.launch-context").contains(&"celac".to_owned()));
    assert_eq!(about_ids("report.scope.limits"), ["eu"]);
}

#[test]
fn no_statement_repeats_a_field_of_its_subject() {
    // A fact a typed field holds gives no statement: no statement of a project says its focus word
    // for word (COLIBRI's, EUROFRONT component 2's), and a project's focus holds what it works on,
    // never how it is going (the consolidation of AMERIPOL "advancing towards its
    // institutionalisation" is progress, a statement).
    let report = report_2021_2022();
    let mut repeats = Vec::new();
    for p in report.projects() {
        let Some(focus) = p.focus() else { continue };
        for s in report.statements_of(p.id().as_str()) {
            if fold(s.text()) == fold(focus) {
                repeats.push(format!("{} repeats the focus of {}: {focus:?}", s.id(), p.id()));
            }
        }
    }
    assert!(repeats.is_empty(), "{}", repeats.join("\n"));
    let consolidation = report.project("el-paccto.ameripol-consolidation").unwrap();
    assert!(consolidation.focus().is_none_or(|f| !f.contains("advancing")));
    assert!(any_says(
        &texts("el-paccto.ameripol-consolidation", Progress),
        "advancing towards its institutionalisation"
    ));
}

#[test]
fn every_statement_s_quotation_marks_are_balanced() {
    // A text cut out of a quotation keeps both its marks or neither: “agreed to “establish …” is a
    // cut in the wrong place.
    let mut wrong = Vec::new();
    for s in report_2021_2022().statements() {
        let mut depth = 0i32;
        for c in s.text().chars() {
            match c {
                '“' => depth += 1,
                '”' => depth -= 1,
                _ => {}
            }
            if depth < 0 {
                break;
            }
        }
        if depth != 0 {
            wrong.push(format!("{}: {:?}", s.id(), s.text()));
        }
    }
    assert!(wrong.is_empty(), "{} statement(s) with unbalanced quotation marks:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn what_the_justice_policy_cycle_does_and_how_it_works() {
    // "the creation of a Justice Policy Cycle establishing an EU-LA high-level dialogue of justice
    // institutions": what the cycle does by design (a mandate), not an aim; "as Latin America
    // identifies key priorities …, defining policy cycles …": how it works (its approach).
    let id = "justice-policy-cycle";
    assert!(texts(id, Aim).is_empty(), "{:?}", texts(id, Aim));
    assert!(any_says(&texts(id, Mandate), "establishing an EU-LA high-level dialogue of justice institutions"));
    assert!(any_says(&texts(id, Approach), "Latin America identifies key priorities to foster judicial cooperation"));
    assert!(any_says(&texts(id, Approach), "defining policy cycles with priority areas"));
}
