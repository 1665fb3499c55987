//! The reference dataset and analysis library of the *EU-CELAC Coordination and Cooperation
//! Mechanism on Drugs*: its *Annual Report 1 June 2021 to 31 May 2022* (Council document
//! 10233/22) as a strongly typed, validated, compiled-in dataset that you can query, check and
//! export — every fact with the verbatim quote it comes from.
//!
//! ```
//! use eu_celac_drugs::{Country, Role, Status, report_2021_2022};
//! use eu_celac_drugs::analysis::involvements_of;
//!
//! // The whole report is one `'static` value: no start-up work, no allocation.
//! let report = report_2021_2022();
//! assert_eq!(report.meta().number().unwrap().to_string(), "10233/22");
//!
//! // Which roles does Peru hold, and where does the report say so?
//! for i in involvements_of(report, Country::PE) {
//!     println!("{} {}: {:?} ({}) — \"{}\"", i.kind, i.subject_label, i.role, i.status, i.source.quote());
//! }
//! // Peru has asked to join CLASI, the Latin American Internal Security Committee.
//! assert!(involvements_of(report, Country::PE)
//!     .iter()
//!     .any(|i| i.subject_label == "CLASI" && i.role == Some(Role::Member) && i.status == Status::Applicant));
//! ```
//!
//! # Features
//!
//! No feature is on by default: the compiled-in dataset, every type and every analysis need
//! none, and a dependent then compiles neither serde nor its derives (about half the build of
//! `json`). Turn on what you use, for instance `eu-celac-drugs = { version = "…", features =
//! ["json"] }` to load or save the JSON format.
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `serde` | no | `Serialize`/`Deserialize` for every type; deserialization runs the same validation as the constructors, so no invalid value can be built through serde |
//! | `json` | no | [`export`]: the versioned JSON format, written by `to_json` and loaded by `from_json`, which validates everything and reports every problem by JSON path (turns on `serde`) |
//! | `csv` | no | `export::write_csv`: tidy CSV tables, one per entity and relation, with a Frictionless `datapackage.json` (field types, primary and foreign keys) (turns on `json`) |
//! | `schema` | no | `export::json_schema`: the JSON Schema of the JSON format (schemars) (turns on `json`) |
//! | `charts` | no | the `charts` example's dependency (plotters, SVG backend only); the library itself does not use it |
//!
//! # A guided tour
//!
//! **Values** are small `Copy` types with exact semantics:
//! [`Country`] (all 249 ISO 3166-1 entries, with [`Bloc`] membership and a lenient name resolver,
//! [`resolve_country`], that accepts every spelling the report uses), [`Currency`] (ISO 4217),
//! [`PartialDate`] and [`When`] (a day, a span of days, a month, a quarter, "early" in a year,
//! a year, an open start, a start with a [`Duration`]; a year the text omits is marked as
//! inferred; EDTF in and out), [`Quantity`] (an exact decimal, a [`Unit`] and a [`Qualifier`] such
//! as "over" or "almost"), [`Money`], [`DocumentRef`] (Council numbers as the report writes them).
//!
//! **Records** are validated structs with private fields and getters: [`Programme`],
//! [`Phase`], [`Project`], [`Operation`], [`WorkingGroup`], [`Network`], [`Committee`],
//! [`WorkArea`], [`TaskForce`], [`BorderArea`], [`Event`], [`Document`], [`Organisation`],
//! [`Instrument`], [`Participation`] (who takes part in what, in which [`Role`] and
//! [`Status`]; the party may be a country, an organisation, a body acting as one or a group the
//! report names without listing it), [`Seizure`] (seized or destroyed, the project's own or one it
//! contributed to), [`Outcome`], [`Budget`], [`StatedList`] (a list or count as the report states
//! it, or a whole bloc it names: "the entire CELAC region"), [`Relation`] and [`Statement`]. Each
//! has a `…Parts` twin with public fields to build it from (`…Parts::new` takes what the record
//! cannot do without, [`model::parts`]), and each carries a [`SourceRef`]: the code of the
//! report's section it stands in ([`SectionCode`]) and the verbatim quote. A figure's stated form
//! ("over 9.6 tons") must read as the figure it states ([`Quantity::from_words`]). [`ids`] has a
//! typed handle for every compiled-in record a user looks for (`ids::AIRCOP`).
//!
//! **Meetings** are [`Meeting`]s: [`Dataset::meetings`] gives the report's High-Level Meetings,
//! Technical Committee meetings and its other meetings (not its trainings, missions or
//! signings), each with its co-chairs or co-presidency, places, mode, the documents it adopted
//! and what it discussed, prepared and followed up; [`Dataset::meetings_of`] the meetings of a
//! record and what stands under it — `meetings_of(&ids::MECHANISM)` are the Mechanism's own.
//!
//! **What the report says in words is data too.** A [`Statement`] answers one question about a
//! record — its aim, focus or mandate, what a meeting discussed (a topic, a preparation, a
//! follow-up: [`StatementKind::is_discussion`]), what an event was for ([`StatementKind`]) — in
//! an excerpt of the report's words, with typed links to the records the words concern:
//! [`Dataset::says`], [`Dataset::statements_of`], [`Dataset::statements_about`],
//! [`Dataset::discussed`], [`Dataset::discussions_about`]. [`Dataset::document_acts`] tells who
//! adopted, signed, supported or shared a document, and whether that has happened or is still
//! expected; [`Dataset::with_role`] and [`Dataset::with_iati_role`] who leads, manages,
//! implements or funds something.
//!
//! **Questions walk down the hierarchy.** A question about a record is asked of everything under
//! it too — its phases, projects, components, bodies, events and results
//! ([`Dataset::descendants`]): "which meetings discussed COPOLAD?" finds the meeting that
//! discussed "COPOLAD III", its phase. Each answer, a [`Found`], says which record it is
//! directly about and how far below the one asked about; each such query has an `…_exactly`
//! twin for the record alone.
//!
//! **The dataset**, [`Dataset`], holds one [`Table`] per record kind, with lookups by id
//! ([`Dataset::project`], [`Dataset::committee`], …), labels for readers ([`Dataset::label_of`]:
//! "SEACOP Phase V", not `phase:seacop.phase-5`) and an [`Index`] for navigation (the programme a
//! record belongs to, its ancestors). [`report_2021_2022`] is the compiled-in report;
//! [`Dataset::new`] builds and checks one at run time, reporting every duplicate id, broken
//! reference and unknown section.
//!
//! **A report is data, not a type.** What is specific to one report — its title, its period,
//! its document number, its sections — is in its [`ReportMeta`]: the report lists its own
//! [`Section`]s (code, heading as printed, parent, footnote or not) in print order, and every
//! record's source names one of them ([`Dataset::sections`], [`Dataset::section`]). Another
//! report, with other sections, loads from JSON and validates with no new crate version. The
//! 2021–2022 report's sections have compiled-in names, [`data::Section2021_2022`]. Only the
//! title, the period and the sections are needed to start a dataset of one's own
//! ([`ReportMetaParts::new`], [`DatasetParts::new`]).
//!
//! **Analyses**, in [`analysis`], work on any dataset, and never add up what a reader would keep
//! apart: per-country involvement and a ranked table, each involvement counted for the
//! programmes its subject stands in and — marked indirect — for those whose result or work the
//! report presents it as ([`Index::programme_links`]), and — apart, never added to a count — the
//! claims that cover a whole bloc without naming its members ([`analysis::BlocClaim`]: "COPOLAD
//! is the only EU-funded programme covering the entire CELAC region"); CELAC coverage; exact seizure totals that
//! keep seized and destroyed, each stated period, and own and contributed seizures apart unless
//! asked ([`analysis::SeizureQuery`]) and whose bounds carry the qualifiers; budget totals per
//! currency; a timeline whose selections say what they return ([`analysis::Selection`]) and that
//! places an undated event within its parent's period, saying so; and
//! [`analysis::validate`], the findings about where the report disagrees with itself.
//!
//! **Interchange**, in `export` (features `json`, `csv`, `schema`): a versioned JSON format with
//! validated loading, tidy CSV tables with a Frictionless data package, and a JSON Schema.
//!
//! **Large datasets, reloaded fast**: [`snapshot`] writes a validated dataset in a compact,
//! versioned binary form and reads it back on two cores, every repeated text shared ([`Text`]),
//! checked on load as any dataset is; [`snapshot::from_bytes_only`] reads only the tables a
//! question needs ([`analysis::INVOLVEMENT_TABLE_READS`]). JSON stays the interchange format.
//!
//! **The next report**, in [`curate`]: [`curate::draft`](fn@curate::draft) drafts a first dataset
//! from a report's text, every record with its quote and a note to review it;
//! [`curate::check`](fn@curate::check) checks a dataset against its text (every quote verbatim,
//! every sentence covered, every country, document, date, figure and acronym held — the
//! compiled-in report's own tests run it); [`curate::diff`](fn@curate::diff) and
//! [`curate::Editions`] compare editions. The `eu-celac-drugs` command line (the `cli/` crate
//! of the repository) runs them all.
//!
//! # Cookbook
//!
//! What did AIRCOP seize in 2021? (Seized, not destroyed; figures stated for 2021, not undated
//! ones.)
//!
//! ```
//! use eu_celac_drugs::{SeizureAction, ids};
//! use eu_celac_drugs::analysis::PeriodFilter;
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let in_2021 = PeriodFilter::year(2021)?;
//! for s in report.seizures().iter().filter(|s| {
//!     s.project() == Some(&ids::AIRCOP) // or s.project().is_some_and(|p| p == "aircop")
//!         && s.action() == SeizureAction::Seized
//!         && in_2021.keeps(s.period())
//! }) {
//!     println!("{:<40} {} ({}, {})", s.commodity(), s.quantity(), s.stated(), s.credit());
//! }
//! # Ok::<(), eu_celac_drugs::ValidationError>(())
//! ```
//!
//! How much cocaine was seized in 2021? Only figures stated for 2021 count (the report gives
//! SEACOP's and CRIMJUST's cocaine with no period, so they are left out), and each total says
//! whose seizures it adds up:
//!
//! ```
//! use eu_celac_drugs::SeizureAction;
//! use eu_celac_drugs::analysis::{PeriodFilter, SeizureQuery, seizure_totals};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let query = SeizureQuery {
//!     period: PeriodFilter::year(2021)?,
//!     action: Some(SeizureAction::Seized),
//!     ..Default::default()
//! };
//! let totals = seizure_totals(report, &query)?;
//! for cocaine in totals.iter().filter(|t| t.key() == "cocaine") {
//!     println!("{cocaine}"); // cocaine — seized, 2021, own: …
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Exact totals that say what they are: seized and destroyed, each stated period, and a
//! project's own seizures and those it contributed to are kept apart unless you ask to combine
//! them, and a combined total says what it mixes.
//!
//! ```
//! use eu_celac_drugs::Bound;
//! use eu_celac_drugs::analysis::{Facet, GroupBy, SeizureQuery, Units, seizure_totals};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let query = SeizureQuery { by: GroupBy::Category, units: Units::Normalised, ..Default::default() };
//! for t in seizure_totals(report, &query)? {
//!     assert!(t.mixes().is_empty());
//!     println!("{t}"); // drug — seized, 2021, own: …; drug — destroyed, no period stated, contributions: …
//! }
//! // "over 9.6 tons of cocaine" is among AIRCOP's 2021 drugs, so that total is a lower bound
//! // (or a mix of bounds), and its type says so.
//! let totals = seizure_totals(report, &query)?;
//! let drugs = totals.iter().find(|t| t.key() == "drug" && t.label().ends_with("2021, own")).unwrap();
//! assert_ne!(drugs.total().bound(), Bound::Exact);
//!
//! // Everything added together, on request: the totals name what they mix.
//! let all = SeizureQuery { combine: [Facet::Action, Facet::Period, Facet::Credit].into(), ..query };
//! let totals = seizure_totals(report, &all)?;
//! let drugs = totals.iter().find(|t| t.key() == "drug").unwrap();
//! assert_eq!(drugs.mixes(), [Facet::Action, Facet::Period, Facet::Credit]);
//! println!("{drugs}"); // drug — seized and destroyed combined, no period stated and 2021 combined, …
//! # Ok::<(), eu_celac_drugs::QuantityError>(())
//! ```
//!
//! Which programmes, and which projects within them, does Peru take part in? Each programme
//! once, with how (directly, or only through what the report presents as the programme's
//! result, such as CLASI for EL PAcCTO) and the involvements behind it:
//!
//! ```
//! use eu_celac_drugs::Country;
//! use eu_celac_drugs::analysis::programmes_of;
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! for p in programmes_of(report, Country::PE) {
//!     let projects: Vec<&str> = p.projects.iter().map(|x| x.acronym().unwrap_or(x.name())).collect();
//!     println!("{} ({}): {}", p.programme.name(), p.attribution, projects.join(", "));
//!     for i in &p.involvements {
//!         println!("    {} {}: \"{}\"", i.kind, i.subject_label, i.source.quote());
//!     }
//! }
//! ```
//!
//! Who leads, implements or funds something? By the report's own role ([`Role`]), or by the
//! IATI organisation role it amounts to ([`IatiRole`]); the [`ids`] module names the records:
//!
//! ```
//! use eu_celac_drugs::{IatiRole, Role, ids};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! // Who leads the CLASI work area on arms trafficking? "leader Panama"
//! for p in report.with_role(&ids::CLASI_ARMS_TRAFFICKING, Role::Lead) {
//!     println!("{} — \"{}\"", p.as_written(), p.source().quote());
//! }
//! // Who implements AIRCOP, and who funds COPOLAD?
//! let implementers: Vec<&str> =
//!     report.with_iati_role(&ids::AIRCOP, IatiRole::Implementing).map(|p| p.as_written()).collect();
//! assert!(implementers.contains(&"United Nations Office on Drugs and Crime"));
//! let mut funders = report.with_iati_role(&ids::COPOLAD, IatiRole::Funding);
//! assert!(funders.any(|p| p.party().organisation() == Some(&ids::EU)));
//! ```
//!
//! What record is a timeline entry, or a finding, about? [`Dataset::get`] answers a [`Ref`]
//! with the record, whatever its kind ([`RecordRef`]):
//!
//! ```
//! use eu_celac_drugs::RecordRef;
//! use eu_celac_drugs::analysis::{Selection, TimelineQuery, timeline, validate};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let query = TimelineQuery { selection: Selection::Inside, ..Default::default() };
//! for entry in timeline(report, &query) {
//!     match report.get(&entry.record) {
//!         Some(RecordRef::Event(event)) => println!("{} {} ({:?})", entry.when, event.name(), event.mode()),
//!         Some(record) => println!("{} {} {}", entry.when, record.kind(), record.label()),
//!         None => {} // a timeline entry always refers to a record of its dataset
//!     }
//! }
//! for finding in validate(report) {
//!     let about: Vec<&str> = finding.records.iter().filter_map(|r| report.get(r)).map(|x| x.label()).collect();
//!     println!("{}: {}", finding.kind, about.join(" / "));
//! }
//! ```
//!
//! Which CELAC members does the report name nowhere — and which claims still cover them? A claim
//! on the whole bloc ("COPOLAD is the only EU-funded programme covering the entire CELAC region")
//! covers every member without naming it, and is counted apart:
//!
//! ```
//! let coverage = eu_celac_drugs::analysis::celac_coverage(eu_celac_drugs::report_2021_2022());
//! for country in &coverage.unnamed {
//!     println!("{} — named nowhere", country.name_en());
//! }
//! for claim in &coverage.bloc_claims {
//!     println!("covered by {}'s claim to cover {}", claim.subject_label, claim.label);
//! }
//! ```
//!
//! What does the report claim that its own lists don't support?
//!
//! ```
//! for finding in eu_celac_drugs::analysis::validate(eu_celac_drugs::report_2021_2022()) {
//!     println!("[{}] {}: {}", finding.severity, finding.kind, finding.message);
//! }
//! ```
//!
//! Any spelling the report uses resolves to one country, and a wrong one gets suggestions:
//!
//! ```
//! use eu_celac_drugs::{Country, resolve_country};
//!
//! assert_eq!(resolve_country("Cote d’Ivoire")?, Country::CI);
//! assert_eq!(resolve_country("Trinidad & Tobago")?, Country::TT);
//! assert_eq!(resolve_country("St Vincent and the Grenadines")?, Country::VC);
//! let err = resolve_country("Boliva").unwrap_err();
//! assert!(err.to_string().contains("Bolivia"));
//! # Ok::<(), eu_celac_drugs::UnknownCountryName>(())
//! ```
//!
//! Save the dataset as JSON and load it back, checked (feature `json`):
//!
//! ```
//! # #[cfg(feature = "json")] {
//! use eu_celac_drugs::export::{from_json, to_json};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let text = to_json(report)?;
//! assert_eq!(&from_json(&text)?, report);
//! // A broken document is refused with every problem and its JSON path.
//! assert!(from_json(&text.replace("\"aircop\"", "\"Not An Id\"")).is_err());
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A dataset of your own — or the Mechanism's next report — in a few lines: a title, a period
//! and the sections are all the metadata it needs (no adoption meeting, no document number to
//! invent), and it is checked as the compiled-in report is, then every analysis runs on it:
//!
//! ```
//! use chrono::NaiveDate;
//! use eu_celac_drugs::*;
//!
//! let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("no such day");
//! let mut parts = DatasetParts::new(ReportMeta::new(ReportMetaParts {
//!     sections: vec![Section::top("i", "I. Programmes")?].into(),
//!     ..ReportMetaParts::new("My report 2023-2024", day(2023, 6, 1)?, day(2024, 5, 31)?)
//! })?);
//! for (id, name) in [("alpha", "Programme Alpha"), ("beta", "Programme Beta")] {
//!     let source = SourceRef::quoted("i", name)?;
//!     parts.programmes.push(Programme::new(ProgrammeParts::new(id.parse()?, name, ProgrammeKind::Programme, source))?);
//! }
//! for (id, country, programme) in [("alpha.pe", Country::PE, "alpha"), ("alpha.es", Country::ES, "alpha"), ("beta.pe", Country::PE, "beta")] {
//!     let (subject, source) = (Ref::new(RecordKind::Programme, programme.parse()?), SourceRef::quoted("i", "Peru and Spain take part")?);
//!     parts.participations.push(Participation::new(ParticipationParts::new(
//!         id.parse()?, country, subject, Role::Beneficiary, Status::Active, country.name_en(), source,
//!     ))?);
//! }
//! let dataset = Dataset::new(parts.clone())?;
//! assert_eq!(analysis::involvements_of(&dataset, Country::PE).len(), 2);
//! // A source in a section the report does not list is refused, naming it.
//! parts.programmes[0] = Programme::new(ProgrammeParts { source: SourceRef::quoted("ii", "Programme Alpha")?, ..parts.programmes[0].clone().into_parts() })?;
//! assert!(Dataset::new(parts).unwrap_err().to_string().contains("section ii is not one of the report's sections"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Which meetings discussed COPOLAD? Asked of the programme, the answer takes in what stands
//! under it: the meeting of 26 October 2021 discussed "COPOLAD III", its phase. Topics,
//! preparations and follow-ups are all discussion:
//!
//! ```
//! use eu_celac_drugs::ids;
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! for s in report.discussions_about(&ids::COPOLAD) {
//!     let meeting = report.meeting(&s.of().id).unwrap();
//!     println!("{:?} {}: {} ({})", meeting.date(), meeting.name(), s.text(), report.label_of(s.at));
//! }
//! let meetings: Vec<&str> = report.discussions_about(&ids::COPOLAD).map(|s| s.of().id.as_str()).collect();
//! assert!(meetings.contains(&"tc-2021-10-26") && meetings.contains(&"tc-2022-05-04"));
//! ```
//!
//! The Mechanism's own meetings, with their co-chairs or co-presidency and what they adopted:
//!
//! ```
//! use eu_celac_drugs::ids;
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! for m in report.meetings_of(&ids::MECHANISM) {
//!     let chairs: Vec<&str> = m.chairs().iter().map(|p| p.as_written()).collect();
//!     let adopted: Vec<&str> = m.adopted().iter().map(|(d, _)| d.title()).collect();
//!     println!("{} ({:?}): {} — adopted {adopted:?}", m.name(), m.date(), chairs.join(" and "));
//! }
//! ```
//!
//! What was the COPOLAD kick-off meeting for? The report's words, and the records they concern:
//!
//! ```
//! use eu_celac_drugs::StatementKind::Purpose;
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let purpose = report.says("copolad.kick-off", Purpose).next().unwrap();
//! assert_eq!(purpose.text(), "to analyse the drug-related developments in the EU and LAC regions");
//! // Everything said about a meeting: its topics, what it prepared and followed up, with links.
//! for s in report.statements_of("tc-2022-05-04") {
//!     let about: Vec<_> = s.about().iter().map(|r| report.label_of(r)).collect();
//!     println!("{:<12} {} {about:?}", s.kind(), s.text());
//! }
//! ```
//!
//! A curator's first look at the next report: draft it from its text, then check the draft
//! against the same text — every quote is verbatim, and what it leaves uncovered is listed:
//!
//! ```
//! use eu_celac_drugs::curate::{check, draft};
//!
//! let text = eu_celac_drugs::SOURCE_TEXT; // the next report's text, in practice
//! let first = draft(text)?;
//! let report = check(first.dataset(), text)?;
//! assert_eq!(report.summary.quotes_verbatim, report.summary.quotes);
//! for gap in report.uncovered.iter().take(3) {
//!     println!("not yet covered, at {}: {}", gap.place, gap.sentence);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A large dataset reloaded often: a snapshot, read back equal and checked; a damaged one is
//! refused with a typed error.
//!
//! ```
//! use eu_celac_drugs::snapshot::{self, SnapshotError};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let bytes = snapshot::to_bytes(report);
//! assert_eq!(&snapshot::from_bytes(&bytes)?, report);
//! let mut damaged = bytes.clone();
//! if let Some(b) = damaged.last_mut() {
//!     *b ^= 1;
//! }
//! assert!(matches!(snapshot::from_bytes(&damaged), Err(SnapshotError::Damaged { .. })));
//! # Ok::<(), SnapshotError>(())
//! ```
//!
//! # Re-exported crates
//!
//! Three crates appear in this crate's API: dates are [`chrono::NaiveDate`] (chrono 0.4),
//! exact figures are [`rust_decimal::Decimal`] (rust_decimal 1), and every enum of codes
//! ([`Role`], [`Status`], [`RecordKind`], every `…Kind`…) and [`Country`] implement
//! [strum] 0.28's traits: [`IntoEnumIterator`](strum::IntoEnumIterator),
//! [`EnumCount`](strum::EnumCount), [`VariantArray`](strum::VariantArray) and
//! [`VariantNames`](strum::VariantNames) (the codes, as `Display` writes them), so that code
//! written for strum takes them. The three crates are re-exported, as
//! `eu_celac_drugs::chrono`, `eu_celac_drugs::rust_decimal` and `eu_celac_drugs::strum`, so you
//! need not add them to your own `Cargo.toml`, nor match their versions by hand:
//!
//! ```
//! use eu_celac_drugs::chrono::NaiveDate;
//! use eu_celac_drugs::rust_decimal::Decimal;
//!
//! let meta = eu_celac_drugs::report_2021_2022().meta();
//! assert!(meta.in_period(NaiveDate::from_ymd_opt(2022, 1, 1).unwrap()));
//! let cocaine: eu_celac_drugs::Quantity = "over 9.6 t".parse()?;
//! assert_eq!(cocaine.value(), Decimal::new(96, 1));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Code generic over strum's traits takes this crate's enums:
//!
//! ```
//! use eu_celac_drugs::strum::{EnumCount, IntoEnumIterator, VariantNames};
//! use eu_celac_drugs::{Country, Role};
//!
//! fn every<E: IntoEnumIterator + EnumCount>() -> Vec<E> {
//!     let all: Vec<E> = E::iter().collect();
//!     assert_eq!(all.len(), E::COUNT);
//!     all
//! }
//! assert_eq!(every::<Role>(), Role::ALL);
//! assert_eq!(every::<Country>().len(), 249);
//! assert!(Role::VARIANTS.contains(&"co_lead")); // the codes, as `Display` writes them
//! ```
//!
//! They come with the features this crate enables (`std`, and `serde` with this crate's `serde`
//! feature; strum's `derive`). If you depend on them yourself as well (for chrono's `clock`,
//! say), ask for versions compatible with these (chrono 0.4.42 or later, rust_decimal 1.39 or
//! later, strum 0.28) and Cargo builds one copy of each, so that the
//! types and traits are the same. As public dependencies, a new major version of any of them
//! (for strum, a new 0.x) would be a new major version of this crate. No other crate's type is
//! needed: parsing a code (`"task_force".parse::<RecordKind>()`) fails with this crate's
//! [`UnknownCode`] (not strum's `ParseError`), every enum of codes lists its values in an `ALL`
//! constant ([`RecordKind::ALL`]), and [`CodeEnum`] gives generic code `ALL`, `COUNT` and
//! `as_str` without strum.
//!
//! # Fidelity
//!
//! Every fact comes from the report and carries a verbatim quote from it; nothing is invented,
//! rounded or corrected. The crate ships the report's text ([`SOURCE_TEXT`]) and its tests check
//! every quote against it. Where the text is ambiguous, the record's [`SourceRef::note`] says
//! which reading was taken; where the text disagrees with itself, the data keeps what the text
//! says in each place and the findings report the disagreement.
// Documented without `json`, the export module is linked on docs.rs (documented with every feature).
#![cfg_attr(
    not(feature = "json"),
    doc = "",
    doc = "[`export`]: https://docs.rs/eu-celac-drugs/latest/eu_celac_drugs/export/index.html"
)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod analysis;
pub mod curate;
pub mod data;
pub mod dataset;
pub mod error;
#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub mod export;
mod hash;
pub mod ids;
pub mod model;
mod parallel;
pub mod snapshot;

pub use data::{SOURCE_TEXT, report_2021_2022};
pub use dataset::{
    Attribution, Dataset, DatasetError, DatasetParts, DocumentAct, Found, Index, Meeting, Problem, ProblemKind,
    ProgrammeLink, RecordRef,
};
pub use error::{UnknownCode, ValidationError};
pub use model::record::CodeEnum;
pub use model::*;

/// This crate's version (its `Cargo.toml`'s), which is the version of the compiled-in dataset: a
/// citation of the dataset names it beside the report's document number.
///
/// ```
/// assert!(!eu_celac_drugs::VERSION.is_empty());
/// ```
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The date and time crate whose [`NaiveDate`](chrono::NaiveDate) this crate's dates give
/// and take (see [Re-exported crates](crate#re-exported-crates)).
pub use chrono;
/// The exact decimal crate whose [`Decimal`](rust_decimal::Decimal) holds every figure (see
/// [Re-exported crates](crate#re-exported-crates)).
pub use rust_decimal;
/// The enum crate whose traits (`IntoEnumIterator`, `EnumCount`, `VariantArray`,
/// `VariantNames`…) every enum of codes and [`Country`] implement (see
/// [Re-exported crates](crate#re-exported-crates)).
pub use strum;

/// The README's Rust examples, run as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
