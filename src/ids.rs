//! Typed handles: the ids of the compiled-in records a user looks for, as constants, so that a
//! lookup or a comparison names its record and the compiler checks the name:
//! `report.project(&ids::AIRCOP)`, `seizure.project() == Some(&ids::AIRCOP)`,
//! `participation.subject().id == ids::CLASI`.
//!
//! Every programme, phase, project (with its sub-projects and components), operation, committee,
//! working group, network, work area, task force, border area, document, organisation and funding
//! instrument of the report has a handle, and so has every key event: the High-Level Meetings, the
//! Technical Committee meetings, ministerial meetings, the kick-off, sessions, side events,
//! conferences, signings and launches. A constant's name is its id in capitals, with `_` for `.`
//! and `-` (`copolad.iii` is [`COPOLAD_III`]); its documentation gives the record's kind and name.
//! [`ALL`] lists every handle with its kind.
//!
//! This module is generated from the compiled-in dataset by the test in `tests/data/ids.rs`, which
//! also checks that every handle resolves to a record of its kind and that no record of those kinds
//! lacks one; after a change to the data, regenerate it with `UPDATE_IDS=1 cargo test --test data
//! ids`.
//!
//! ```
//! use eu_celac_drugs::{RecordKind, Ref, ids};
//!
//! let report = eu_celac_drugs::report_2021_2022();
//! let aircop = report.project(&ids::AIRCOP).unwrap();
//! assert_eq!(aircop.programme(), &ids::GIFP);
//! assert!(report.seizures().iter().any(|s| s.project() == Some(&ids::AIRCOP)));
//! // Every handle names a record of the kind it lists.
//! assert!(ids::ALL.iter().all(|r| report.get(r).is_some()));
//! assert!(ids::ALL.contains(&Ref::new(RecordKind::Committee, ids::CLASI)));
//! ```
//!
//! **Programmes**: [`COPOLAD`], [`GIFP`], [`COCAINE_ROUTE`], [`HEROIN_ROUTE`], [`EL_PACCTO`],
//! [`JUSTICE_POLICY_CYCLE`], [`TEI_LAC`], [`EUROFRONT`], [`EU_CELAC_ACTION_PLAN`], [`CHAPTER_10`].
//!
//! **Phases**: [`COPOLAD_I`], [`COPOLAD_II`], [`COPOLAD_III`], [`COPOLAD_III_INCEPTION`],
//! [`COPOLAD_III_IMPLEMENTATION`], [`SEACOP_PHASE_3`], [`SEACOP_PHASE_4`], [`SEACOP_PHASE_5`].
//!
//! **Projects, sub-projects and components**: [`AIRCOP`], [`COLIBRI`], [`SEACOP`], [`CRIMJUST`],
//! [`CRIMJUST_RESEARCH`], [`CRIMJUST_INTEGRITY`], [`MASIF`], [`EL_PACCTO_AMERIPOL_SUPPORT`],
//! [`EL_PACCTO_INTERPOL_FUGITIVES`], [`EL_PACCTO_JUSTICE_ACTIONS`], [`EL_PACCTO_SECURITY_ACTIONS`],
//! [`EL_PACCTO_AMERIPOL_CONSOLIDATION`], [`EUROFRONT_COMPONENT_1`], [`EUROFRONT_COMPONENT_2`],
//! [`EUROFRONT_COMPONENT_1_REGIONAL_BORDER_MANAGEMENT`], [`EUROFRONT_COMPONENT_1_INFRASTRUCTURE`],
//! [`EUROFRONT_COMPONENT_2_NATIONAL_INFORMATION_SYSTEMS`].
//!
//! **Operations**: [`CRIMJUST_MIHADARATI`], [`CRIMJUST_TRIGGER`], [`CRIMJUST_CARGA_BLANCA`],
//! [`EL_PACCTO_ELIPSIA_OPERATIONS`].
//!
//! **Committees**: [`TECHNICAL_COMMITTEE`], [`COPOLAD_STEERING_COMMITTEE`],
//! [`JUSTICE_POLICY_CYCLE_FOLLOW_UP_COMMITTEE`], [`CLASI`], [`COSI`].
//!
//! **Working groups**: [`COPOLAD_III_WG_WOMEN_TREATMENT`], [`COPOLAD_III_WG_PRECURSORS`],
//! [`COPOLAD_III_WG_RIGHTS_SUSTAINABLE_DEVELOPMENT`], [`COPOLAD_III_WG_ALTERNATIVE_DEVELOPMENT`],
//! [`COPOLAD_III_WG_INTERNATIONAL_COOPERATION`].
//!
//! **Networks**: [`COPOLAD_III_FOCAL_POINTS`], [`CLASI_OFFICERS_NETWORK`],
//! [`EL_PACCTO_JAGUAR_NETWORK`], [`EL_PACCTO_ELIPSIA_NETWORK`], [`EL_PACCTO_CIBER_NETWORK`],
//! [`EL_PACCTO_UELLA`], [`EL_PACCTO_CIBELA`], [`EL_PACCTO_ARCO`], [`EL_PACCTO_LYNX`],
//! [`EL_PACCTO_REDCOPEN`], [`EL_PACCTO_RAP`].
//!
//! **Work areas**: [`COPOLAD_III_APPROACH_RESULTS_ORIENTED_METHODOLOGY`],
//! [`COPOLAD_III_APPROACH_TEAM_EUROPE_SPIRIT`], [`COPOLAD_III_APPROACH_STRENGTHENED_STRATEGY`],
//! [`COPOLAD_III_REGIONAL_LEVEL`], [`COPOLAD_III_NATIONAL_LEVEL`], [`COPOLAD_III_GENDER_EQUALITY`],
//! [`CLASI_DRUG_TRAFFICKING`], [`CLASI_MIGRANT_SMUGGLING`], [`CLASI_ARMS_TRAFFICKING`],
//! [`EUROFRONT_CROSSCUTTING_HUMAN_RIGHTS`], [`EUROFRONT_CROSSCUTTING_GENDER`],
//! [`EUROFRONT_CROSSCUTTING_GOOD_GOVERNANCE`], [`EUROFRONT_CROSSCUTTING_RULE_OF_LAW`],
//! [`EUROFRONT_CROSSCUTTING_FUNDAMENTAL_FREEDOMS`], [`EUROFRONT_COMPONENT_1_PILLAR_1`],
//! [`EUROFRONT_COMPONENT_1_PILLAR_2`], [`EUROFRONT_COMPONENT_1_PILLAR_3`],
//! [`EUROFRONT_COMPONENT_1_PILLAR_4`].
//!
//! **Task forces**: [`COPOLAD_III_TASK_FORCES`], [`AIRCOP_JAITF_AR`], [`AIRCOP_JAITF_BB`],
//! [`AIRCOP_JAITF_BJ`], [`AIRCOP_JAITF_BO_SANTA_CRUZ_VIRU_VIRU`], [`AIRCOP_JAITF_BF`],
//! [`AIRCOP_JAITF_CV`], [`AIRCOP_JAITF_CM_DOUALA`], [`AIRCOP_JAITF_CM_YAOUNDE`],
//! [`AIRCOP_JAITF_CI`], [`AIRCOP_JAITF_DO_SANTO_DOMINGO`], [`AIRCOP_JAITF_DO_PUNTA_CANA`],
//! [`AIRCOP_JAITF_SV`], [`AIRCOP_JAITF_GM`], [`AIRCOP_JAITF_GH`], [`AIRCOP_JAITF_GW`],
//! [`AIRCOP_JAITF_JM_MONTEGO_BAY`], [`AIRCOP_JAITF_JM_KINGSTON`], [`AIRCOP_JAITF_JO`],
//! [`AIRCOP_JAITF_ML`], [`AIRCOP_JAITF_NE_NIAMEY`], [`AIRCOP_JAITF_NG_ABUJA`],
//! [`AIRCOP_JAITF_NG_LAGOS`], [`AIRCOP_JAITF_SN`], [`AIRCOP_JAITF_TG`], [`AIRCOP_JAITF_ET`],
//! [`AIRCOP_JAITF_KE`], [`AIRCOP_JAITF_MZ`], [`AIRCOP_JAITF_NE_AGADEZ`], [`AIRCOP_JAITF_BO`],
//! [`AIRCOP_JAITF_CR`], [`AIRCOP_JAITF_CU`], [`AIRCOP_JAITF_EC`], [`AIRCOP_JAITF_TT`],
//! [`AIRCOP_JAITF_BA`], [`AIRCOP_JAITF_RS`], [`AIRCOP_JAITF_MK`], [`CLASI_TASK_FORCE`].
//!
//! **Border areas**: [`EUROFRONT_BORDER_RUMICHACA`], [`EUROFRONT_BORDER_DESAGUADERO`],
//! [`EUROFRONT_BORDER_TRIPLE_FRONTERA`], [`EUROFRONT_BORDER_AGUAS_BLANCAS_BERMEJO`].
//!
//! **Key events**: [`HLM_22`], [`TC_2021_10_26`], [`TC_2022_05_04`], [`HLM_23`], [`CND_65`],
//! [`COPOLAD_KICK_OFF`], [`COPOLAD_CND_SIDE_EVENT`], [`COLIBRI_START`],
//! [`COLIBRI_GEOPORTAL_LAUNCH`], [`COLIBRI_E_LEARNING_LAUNCH`],
//! [`MASIF_CONFERENCE_ON_ORGANISED_CRIME`], [`EL_PACCTO_JUSTICE_HLM_2022`],
//! [`EL_PACCTO_LISBOA_SIGNING`], [`CLASI_POLITICAL_DECLARATION_SIGNING`],
//! [`CLASI_JOINT_DECLARATION`], [`EL_PACCTO_AMERIPOL_TREATY_SIGNATURE`],
//! [`TEI_LAC_LAUNCH_MEETING`], [`EUROFRONT_ACTIONS_SIGNED_OFF_2019`],
//! [`EU_CELAC_FOREIGN_MINISTERS_MEETING_2018`].
//!
//! **Documents**: [`DOC_ANNUAL_REPORT_2021_2022`], [`DOC_BIENNIAL_REPORT_2019_2021`],
//! [`DOC_OUTCOME_DOCUMENT_HLM_22`], [`DOC_CM_6082_21`], [`DOC_CM_2653_22`],
//! [`DOC_DRAFT_AGENDA_HLM_23`], [`DOC_DRAFT_OUTCOME_DOCUMENT_HLM_23`],
//! [`DOC_COPOLAD_INCEPTION_REPORT`], [`DOC_COPOLAD_STUDY_WOMEN_DRUG_POLICIES`],
//! [`DOC_COLIBRI_TECHNICAL_HANDBOOK`], [`DOC_COLIBRI_TRAINING_HANDBOOK`],
//! [`DOC_GLOBAL_COCAINE_REPORT`], [`DOC_MASIF_CONVERGENCE_RESEARCH`], [`DOC_BRUSSELS_DECLARATION`],
//! [`DOC_LISBOA_DECLARATION`], [`DOC_IDEAL`], [`DOC_SOCTA`], [`DOC_IDEAL_2_0`],
//! [`DOC_CLASI_POLITICAL_DECLARATION`], [`DOC_CLASI_WORK_PLAN_2022_2023`],
//! [`DOC_EU_CLASI_JOINT_DECLARATION`], [`DOC_AMERIPOL_TREATY`],
//! [`DOC_EUROFRONT_GUIDES_AND_PROTOCOLS`], [`DOC_EUROFRONT_COMPONENT_2_DIAGNOSTICS`],
//! [`DOC_EU_CELAC_FOREIGN_MINISTERS_DECLARATION_2018`].
//!
//! **Organisations**: [`COUNCIL`], [`GSC`], [`MECHANISM`], [`EU`], [`CELAC`], [`CND`], [`FIIAPP`],
//! [`IILA`], [`EMCDDA`], [`GIZ`], [`EUROPOL`], [`UNODC`], [`WCO`], [`INTERPOL`],
//! [`EXPERTISE_FRANCE`], [`FRONTEX`], [`EUROPEAN_COMMISSION`], [`EUROJUST`], [`AMERIPOL`],
//! [`COMJIB`], [`AIAMP`], [`CJI`], [`BRAZIL_MFA`], [`DG_INTPA`], [`DG_HOME`], [`DG_JUST`],
//! [`OLAF`], [`FPI`], [`EEAS`], [`CEPOL`], [`IOM`], [`MERCOSUR`], [`CAN`].
//!
//! **Funding instruments**: [`ICSP`], [`NDICI_GLOBAL_EUROPE`].

use crate::model::id::Id;
use crate::model::record::{RecordKind, Ref};

/// Programme `copolad`: **COPOLAD**, Cooperation Programme on drugs policies between Latin America, the
/// Caribbean, and the European Union.
pub const COPOLAD: Id = Id::lit("copolad");

/// Programme `gifp`: **GIFP**, Global Illicit Flows Programme.
pub const GIFP: Id = Id::lit("gifp");

/// Programme `cocaine-route`: **Cocaine Route**.
pub const COCAINE_ROUTE: Id = Id::lit("cocaine-route");

/// Programme `heroin-route`: **Heroin Route**.
pub const HEROIN_ROUTE: Id = Id::lit("heroin-route");

/// Programme `el-paccto`: **EL PAcCTO**, Europa-Latinoamérica Programa de asistencia contra el crimen
/// transnacional organizado.
pub const EL_PACCTO: Id = Id::lit("el-paccto");

/// Programme `justice-policy-cycle`: **Justice Policy Cycle**.
pub const JUSTICE_POLICY_CYCLE: Id = Id::lit("justice-policy-cycle");

/// Programme `tei-lac`: **TEI**, Regional Team Europe Initiative for Latin America and the Caribbean: Partnership
/// for Justice and Security.
pub const TEI_LAC: Id = Id::lit("tei-lac");

/// Programme `eurofront`: **EUROFRONT**, Support for Integrated Border Management in Latin America.
pub const EUROFRONT: Id = Id::lit("eurofront");

/// Programme `eu-celac-action-plan`: **EU-CELAC Action Plan**.
pub const EU_CELAC_ACTION_PLAN: Id = Id::lit("eu-celac-action-plan");

/// Programme `chapter-10`: **Chapter 10 (Citizen Security) of the EU-CELAC Action Plan**.
pub const CHAPTER_10: Id = Id::lit("chapter-10");

/// Phase `copolad.i`: **COPOLAD I** (of COPOLAD).
pub const COPOLAD_I: Id = Id::lit("copolad.i");

/// Phase `copolad.ii`: **COPOLAD II** (of COPOLAD).
pub const COPOLAD_II: Id = Id::lit("copolad.ii");

/// Phase `copolad.iii`: **COPOLAD III** (of COPOLAD).
pub const COPOLAD_III: Id = Id::lit("copolad.iii");

/// Phase `copolad.iii.inception`: **COPOLAD III Inception phase** (of COPOLAD III).
pub const COPOLAD_III_INCEPTION: Id = Id::lit("copolad.iii.inception");

/// Phase `copolad.iii.implementation`: **COPOLAD III Implementation** (of COPOLAD III).
pub const COPOLAD_III_IMPLEMENTATION: Id = Id::lit("copolad.iii.implementation");

/// Phase `seacop.phase-3`: **SEACOP Phase III** (of SEACOP).
pub const SEACOP_PHASE_3: Id = Id::lit("seacop.phase-3");

/// Phase `seacop.phase-4`: **SEACOP Phase IV** (of SEACOP).
pub const SEACOP_PHASE_4: Id = Id::lit("seacop.phase-4");

/// Phase `seacop.phase-5`: **SEACOP Phase V** (of SEACOP).
pub const SEACOP_PHASE_5: Id = Id::lit("seacop.phase-5");

/// Project `aircop`: **AIRCOP**, Airport Communication Project (of GIFP).
pub const AIRCOP: Id = Id::lit("aircop");

/// Project `colibri`: **COLIBRI**, Monitoring and Controlling General Aviation along the Cocaine Route (of GIFP).
pub const COLIBRI: Id = Id::lit("colibri");

/// Project `seacop`: **SEACOP** (of GIFP).
pub const SEACOP: Id = Id::lit("seacop");

/// Project `crimjust`: **CRIMJUST**, Strengthening Criminal Investigation and criminal justice cooperation along
/// drug trafficking routes (of GIFP).
pub const CRIMJUST: Id = Id::lit("crimjust");

/// Project `crimjust.research`: **research into the production, processing, trafficking, and consumption of
/// cocaine** (of CRIMJUST).
pub const CRIMJUST_RESEARCH: Id = Id::lit("crimjust.research");

/// Project `crimjust.integrity`: **supporting law enforcement and other justice sector institutions in
/// strengthening integrity, accountability and resilience to corruption and the influence of organised crime**
/// (of CRIMJUST).
pub const CRIMJUST_INTEGRITY: Id = Id::lit("crimjust.integrity");

/// Project `masif`: **MASIF** (of GIFP).
pub const MASIF: Id = Id::lit("masif");

/// Project `el-paccto.ameripol-support`: **EL PAcCTO: Support to AMERIPOL** (of EL PAcCTO).
pub const EL_PACCTO_AMERIPOL_SUPPORT: Id = Id::lit("el-paccto.ameripol-support");

/// Project `el-paccto.interpol-fugitives`: **operational investigations on high profile fugitives with INTERPOL**
/// (of EL PAcCTO).
pub const EL_PACCTO_INTERPOL_FUGITIVES: Id = Id::lit("el-paccto.interpol-fugitives");

/// Project `el-paccto.justice-actions`: **justice-related actions** (of EL PAcCTO).
pub const EL_PACCTO_JUSTICE_ACTIONS: Id = Id::lit("el-paccto.justice-actions");

/// Project `el-paccto.security-actions`: **security/law enforcement actions** (of EL PAcCTO).
pub const EL_PACCTO_SECURITY_ACTIONS: Id = Id::lit("el-paccto.security-actions");

/// Project `el-paccto.ameripol-consolidation`: **consolidation of AMERIPOL** (of EL PAcCTO).
pub const EL_PACCTO_AMERIPOL_CONSOLIDATION: Id = Id::lit("el-paccto.ameripol-consolidation");

/// Project `eurofront.component-1`: **Component 1** (of EUROFRONT).
pub const EUROFRONT_COMPONENT_1: Id = Id::lit("eurofront.component-1");

/// Project `eurofront.component-2`: **component 2** (of EUROFRONT).
pub const EUROFRONT_COMPONENT_2: Id = Id::lit("eurofront.component-2");

/// Project `eurofront.component-1.regional-border-management`: **analyse the current legislation and to
/// effectively introduce border management issues at regional level** (of Component 1).
pub const EUROFRONT_COMPONENT_1_REGIONAL_BORDER_MANAGEMENT: Id =
    Id::lit("eurofront.component-1.regional-border-management");

/// Project `eurofront.component-1.infrastructure`: **specific improvements at the level of infrastructure** (of
/// Component 1).
pub const EUROFRONT_COMPONENT_1_INFRASTRUCTURE: Id = Id::lit("eurofront.component-1.infrastructure");

/// Project `eurofront.component-2.national-information-systems`: **assistance to national authorities in the
/// improvement of their national information systems** (of component 2).
pub const EUROFRONT_COMPONENT_2_NATIONAL_INFORMATION_SYSTEMS: Id =
    Id::lit("eurofront.component-2.national-information-systems");

/// Operation `crimjust.mihadarati`: **MIHADARATI** (of CRIMJUST).
pub const CRIMJUST_MIHADARATI: Id = Id::lit("crimjust.mihadarati");

/// Operation `crimjust.trigger`: **TRIGGER** (of CRIMJUST).
pub const CRIMJUST_TRIGGER: Id = Id::lit("crimjust.trigger");

/// Operation `crimjust.carga-blanca`: **CARGA BLANCA** (of CRIMJUST).
pub const CRIMJUST_CARGA_BLANCA: Id = Id::lit("crimjust.carga-blanca");

/// Operation `el-paccto.elipsia-operations`: **ELIPSIA Operations** (of ELIPSIA Network).
pub const EL_PACCTO_ELIPSIA_OPERATIONS: Id = Id::lit("el-paccto.elipsia-operations");

/// Committee `technical-committee`: **EU-CELAC Technical Committee on Drugs** (of EU-CELAC Coordination and
/// Cooperation Mechanism on Drugs).
pub const TECHNICAL_COMMITTEE: Id = Id::lit("technical-committee");

/// Committee `copolad.steering-committee`: **Steering Committee** (of COPOLAD).
pub const COPOLAD_STEERING_COMMITTEE: Id = Id::lit("copolad.steering-committee");

/// Committee `justice-policy-cycle.follow-up-committee`: **Follow up Committee** (of Justice Policy Cycle).
pub const JUSTICE_POLICY_CYCLE_FOLLOW_UP_COMMITTEE: Id = Id::lit("justice-policy-cycle.follow-up-committee");

/// Committee `clasi`: **CLASI**, Latin American Internal Security Committee.
pub const CLASI: Id = Id::lit("clasi");

/// Committee `cosi`: **COSI**, Standing Committee on Operational Cooperation on Internal Security (of EU).
pub const COSI: Id = Id::lit("cosi");

/// Working group `copolad.iii.wg.women-treatment`: **Adaptation and access to addiction treatment and care
/// services for women and the vulnerable population** (of COPOLAD III).
pub const COPOLAD_III_WG_WOMEN_TREATMENT: Id = Id::lit("copolad.iii.wg.women-treatment");

/// Working group `copolad.iii.wg.precursors`: **Precursors** (of COPOLAD III).
pub const COPOLAD_III_WG_PRECURSORS: Id = Id::lit("copolad.iii.wg.precursors");

/// Working group `copolad.iii.wg.rights-sustainable-development`: **Rights and Sustainable Development** (of
/// COPOLAD III).
pub const COPOLAD_III_WG_RIGHTS_SUSTAINABLE_DEVELOPMENT: Id = Id::lit("copolad.iii.wg.rights-sustainable-development");

/// Working group `copolad.iii.wg.alternative-development`: **Comprehensive and Sustainable Alternative
/// Development** (of COPOLAD III).
pub const COPOLAD_III_WG_ALTERNATIVE_DEVELOPMENT: Id = Id::lit("copolad.iii.wg.alternative-development");

/// Working group `copolad.iii.wg.international-cooperation`: **International Cooperation, both in drug
/// trafficking investigations and in money laundering investigations** (of COPOLAD III).
pub const COPOLAD_III_WG_INTERNATIONAL_COOPERATION: Id = Id::lit("copolad.iii.wg.international-cooperation");

/// Network `copolad.iii.focal-points`: **National and thematic Focal Points** (of COPOLAD III Inception phase).
pub const COPOLAD_III_FOCAL_POINTS: Id = Id::lit("copolad.iii.focal-points");

/// Network `clasi.officers-network`: **network of law enforcement officers specialised in the fight against drug
/// trafficking between the Latin American States and the EU Member States** (of adoption of the Joint Declaration
/// of the Ministers of the Interior of the Member States of the EU and the Ministers in charge of security
/// matters of the Member States of the Latin American Committee on Internal Security (CLASI), following a working
/// lunch).
pub const CLASI_OFFICERS_NETWORK: Id = Id::lit("clasi.officers-network");

/// Network `el-paccto.jaguar-network`: **Jaguar Network** (of EL PAcCTO).
pub const EL_PACCTO_JAGUAR_NETWORK: Id = Id::lit("el-paccto.jaguar-network");

/// Network `el-paccto.elipsia-network`: **ELIPSIA Network** (of EL PAcCTO).
pub const EL_PACCTO_ELIPSIA_NETWORK: Id = Id::lit("el-paccto.elipsia-network");

/// Network `el-paccto.ciber-network`: **Ciber Network** (of EL PAcCTO).
pub const EL_PACCTO_CIBER_NETWORK: Id = Id::lit("el-paccto.ciber-network");

/// Network `el-paccto.uella`: **UELLA** (of EL PAcCTO).
pub const EL_PACCTO_UELLA: Id = Id::lit("el-paccto.uella");

/// Network `el-paccto.cibela`: **CibEL@** (of EL PAcCTO).
pub const EL_PACCTO_CIBELA: Id = Id::lit("el-paccto.cibela");

/// Network `el-paccto.arco`: **Arco** (of EL PAcCTO).
pub const EL_PACCTO_ARCO: Id = Id::lit("el-paccto.arco");

/// Network `el-paccto.lynx`: **Lynx** (of EL PAcCTO).
pub const EL_PACCTO_LYNX: Id = Id::lit("el-paccto.lynx");

/// Network `el-paccto.redcopen`: **REDCOPEN** (of EL PAcCTO).
pub const EL_PACCTO_REDCOPEN: Id = Id::lit("el-paccto.redcopen");

/// Network `el-paccto.rap`: **RAP**, Penitentiary Academies Network (of EL PAcCTO).
pub const EL_PACCTO_RAP: Id = Id::lit("el-paccto.rap");

/// Work area `copolad.iii.approach.results-oriented-methodology`: **A results-oriented methodology based on the
/// demands and needs of participating countries** (of COPOLAD III).
pub const COPOLAD_III_APPROACH_RESULTS_ORIENTED_METHODOLOGY: Id =
    Id::lit("copolad.iii.approach.results-oriented-methodology");

/// Work area `copolad.iii.approach.team-europe-spirit`: **Team Europe Spirit** (of COPOLAD III).
pub const COPOLAD_III_APPROACH_TEAM_EUROPE_SPIRIT: Id = Id::lit("copolad.iii.approach.team-europe-spirit");

/// Work area `copolad.iii.approach.strengthened-strategy`: **A strengthened strategy to reduce the supply of and
/// demand for illegal drugs in both regions by building strong partnerships in the region** (of COPOLAD III).
pub const COPOLAD_III_APPROACH_STRENGTHENED_STRATEGY: Id = Id::lit("copolad.iii.approach.strengthened-strategy");

/// Work area `copolad.iii.regional-level`: **regional level** (of COPOLAD III).
pub const COPOLAD_III_REGIONAL_LEVEL: Id = Id::lit("copolad.iii.regional-level");

/// Work area `copolad.iii.national-level`: **national level** (of COPOLAD III).
pub const COPOLAD_III_NATIONAL_LEVEL: Id = Id::lit("copolad.iii.national-level");

/// Work area `copolad.iii.gender-equality`: **integration of a gender equality perspective** (of COPOLAD III).
pub const COPOLAD_III_GENDER_EQUALITY: Id = Id::lit("copolad.iii.gender-equality");

/// Work area `clasi.drug-trafficking`: **Fight against drug trafficking** (of CLASI).
pub const CLASI_DRUG_TRAFFICKING: Id = Id::lit("clasi.drug-trafficking");

/// Work area `clasi.migrant-smuggling`: **Fight against migrant smuggling and human trafficking** (of CLASI).
pub const CLASI_MIGRANT_SMUGGLING: Id = Id::lit("clasi.migrant-smuggling");

/// Work area `clasi.arms-trafficking`: **Fight against arms trafficking** (of CLASI).
pub const CLASI_ARMS_TRAFFICKING: Id = Id::lit("clasi.arms-trafficking");

/// Work area `eurofront.crosscutting.human-rights`: **Human rights** (of EUROFRONT).
pub const EUROFRONT_CROSSCUTTING_HUMAN_RIGHTS: Id = Id::lit("eurofront.crosscutting.human-rights");

/// Work area `eurofront.crosscutting.gender`: **gender** (of EUROFRONT).
pub const EUROFRONT_CROSSCUTTING_GENDER: Id = Id::lit("eurofront.crosscutting.gender");

/// Work area `eurofront.crosscutting.good-governance`: **good governance** (of EUROFRONT).
pub const EUROFRONT_CROSSCUTTING_GOOD_GOVERNANCE: Id = Id::lit("eurofront.crosscutting.good-governance");

/// Work area `eurofront.crosscutting.rule-of-law`: **rule of law** (of EUROFRONT).
pub const EUROFRONT_CROSSCUTTING_RULE_OF_LAW: Id = Id::lit("eurofront.crosscutting.rule-of-law");

/// Work area `eurofront.crosscutting.fundamental-freedoms`: **fundamental freedoms** (of EUROFRONT).
pub const EUROFRONT_CROSSCUTTING_FUNDAMENTAL_FREEDOMS: Id = Id::lit("eurofront.crosscutting.fundamental-freedoms");

/// Work area `eurofront.component-1.pillar-1`: **policy strengthening** (of Component 1).
pub const EUROFRONT_COMPONENT_1_PILLAR_1: Id = Id::lit("eurofront.component-1.pillar-1");

/// Work area `eurofront.component-1.pillar-2`: **institutional strengthening** (of Component 1).
pub const EUROFRONT_COMPONENT_1_PILLAR_2: Id = Id::lit("eurofront.component-1.pillar-2");

/// Work area `eurofront.component-1.pillar-3`: **capacity building** (of Component 1).
pub const EUROFRONT_COMPONENT_1_PILLAR_3: Id = Id::lit("eurofront.component-1.pillar-3");

/// Work area `eurofront.component-1.pillar-4`: **support to technology development** (of Component 1).
pub const EUROFRONT_COMPONENT_1_PILLAR_4: Id = Id::lit("eurofront.component-1.pillar-4");

/// Task force `copolad.iii.task-forces`: **Task Forces** (of COPOLAD III).
pub const COPOLAD_III_TASK_FORCES: Id = Id::lit("copolad.iii.task-forces");

/// Task force `aircop.jaitf.ar`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Argentina; of AIRCOP).
pub const AIRCOP_JAITF_AR: Id = Id::lit("aircop.jaitf.ar");

/// Task force `aircop.jaitf.bb`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Barbados; of AIRCOP).
pub const AIRCOP_JAITF_BB: Id = Id::lit("aircop.jaitf.bb");

/// Task force `aircop.jaitf.bj`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Benin; of AIRCOP).
pub const AIRCOP_JAITF_BJ: Id = Id::lit("aircop.jaitf.bj");

/// Task force `aircop.jaitf.bo-santa-cruz-viru-viru`: **Joint Airport Interdiction Task Forces (JAITFs)** (at
/// Santa Cruz-Viru Viru in Bolivia, Plurinational State of; of AIRCOP).
pub const AIRCOP_JAITF_BO_SANTA_CRUZ_VIRU_VIRU: Id = Id::lit("aircop.jaitf.bo-santa-cruz-viru-viru");

/// Task force `aircop.jaitf.bf`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Burkina Faso; of
/// AIRCOP).
pub const AIRCOP_JAITF_BF: Id = Id::lit("aircop.jaitf.bf");

/// Task force `aircop.jaitf.cv`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Cabo Verde; of AIRCOP).
pub const AIRCOP_JAITF_CV: Id = Id::lit("aircop.jaitf.cv");

/// Task force `aircop.jaitf.cm-douala`: **Joint Airport Interdiction Task Forces (JAITFs)** (at Douala in
/// Cameroon; of AIRCOP).
pub const AIRCOP_JAITF_CM_DOUALA: Id = Id::lit("aircop.jaitf.cm-douala");

/// Task force `aircop.jaitf.cm-yaounde`: **Joint Airport Interdiction Task Forces (JAITFs)** (at Yaoundé in
/// Cameroon; of AIRCOP).
pub const AIRCOP_JAITF_CM_YAOUNDE: Id = Id::lit("aircop.jaitf.cm-yaounde");

/// Task force `aircop.jaitf.ci`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Côte d'Ivoire; of
/// AIRCOP).
pub const AIRCOP_JAITF_CI: Id = Id::lit("aircop.jaitf.ci");

/// Task force `aircop.jaitf.do-santo-domingo`: **Joint Airport Interdiction Task Forces (JAITFs)** (at Santo
/// Domingo in Dominican Republic; of AIRCOP).
pub const AIRCOP_JAITF_DO_SANTO_DOMINGO: Id = Id::lit("aircop.jaitf.do-santo-domingo");

/// Task force `aircop.jaitf.do-punta-cana`: **Joint Airport Interdiction Task Forces (JAITFs)** (at Punta Cana in
/// Dominican Republic; of AIRCOP).
pub const AIRCOP_JAITF_DO_PUNTA_CANA: Id = Id::lit("aircop.jaitf.do-punta-cana");

/// Task force `aircop.jaitf.sv`: **Joint Airport Interdiction Task Forces (JAITFs)** (in El Salvador; of AIRCOP).
pub const AIRCOP_JAITF_SV: Id = Id::lit("aircop.jaitf.sv");

/// Task force `aircop.jaitf.gm`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Gambia; of AIRCOP).
pub const AIRCOP_JAITF_GM: Id = Id::lit("aircop.jaitf.gm");

/// Task force `aircop.jaitf.gh`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Ghana; of AIRCOP).
pub const AIRCOP_JAITF_GH: Id = Id::lit("aircop.jaitf.gh");

/// Task force `aircop.jaitf.gw`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Guinea-Bissau; of
/// AIRCOP).
pub const AIRCOP_JAITF_GW: Id = Id::lit("aircop.jaitf.gw");

/// Task force `aircop.jaitf.jm-montego-bay`: **Joint Airport Interdiction Task Forces (JAITFs)** (at Montego Bay
/// in Jamaica; of AIRCOP).
pub const AIRCOP_JAITF_JM_MONTEGO_BAY: Id = Id::lit("aircop.jaitf.jm-montego-bay");

/// Task force `aircop.jaitf.jm-kingston`: **Joint Airport Interdiction Task Forces (JAITFs)** (at Kingston in
/// Jamaica; of AIRCOP).
pub const AIRCOP_JAITF_JM_KINGSTON: Id = Id::lit("aircop.jaitf.jm-kingston");

/// Task force `aircop.jaitf.jo`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Jordan; of AIRCOP).
pub const AIRCOP_JAITF_JO: Id = Id::lit("aircop.jaitf.jo");

/// Task force `aircop.jaitf.ml`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Mali; of AIRCOP).
pub const AIRCOP_JAITF_ML: Id = Id::lit("aircop.jaitf.ml");

/// Task force `aircop.jaitf.ne-niamey`: **Joint Airport Interdiction Task Forces (JAITFs)** (at Niamey in Niger;
/// of AIRCOP).
pub const AIRCOP_JAITF_NE_NIAMEY: Id = Id::lit("aircop.jaitf.ne-niamey");

/// Task force `aircop.jaitf.ng-abuja`: **Joint Airport Interdiction Task Forces (JAITFs)** (at Abuja in Nigeria;
/// of AIRCOP).
pub const AIRCOP_JAITF_NG_ABUJA: Id = Id::lit("aircop.jaitf.ng-abuja");

/// Task force `aircop.jaitf.ng-lagos`: **Joint Airport Interdiction Task Forces (JAITFs)** (at Lagos in Nigeria;
/// of AIRCOP).
pub const AIRCOP_JAITF_NG_LAGOS: Id = Id::lit("aircop.jaitf.ng-lagos");

/// Task force `aircop.jaitf.sn`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Senegal; of AIRCOP).
pub const AIRCOP_JAITF_SN: Id = Id::lit("aircop.jaitf.sn");

/// Task force `aircop.jaitf.tg`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Togo; of AIRCOP).
pub const AIRCOP_JAITF_TG: Id = Id::lit("aircop.jaitf.tg");

/// Task force `aircop.jaitf.et`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Ethiopia; of AIRCOP).
pub const AIRCOP_JAITF_ET: Id = Id::lit("aircop.jaitf.et");

/// Task force `aircop.jaitf.ke`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Kenya; of AIRCOP).
pub const AIRCOP_JAITF_KE: Id = Id::lit("aircop.jaitf.ke");

/// Task force `aircop.jaitf.mz`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Mozambique; of AIRCOP).
pub const AIRCOP_JAITF_MZ: Id = Id::lit("aircop.jaitf.mz");

/// Task force `aircop.jaitf.ne-agadez`: **Joint Airport Interdiction Task Forces (JAITFs)** (at Agadez in Niger;
/// of AIRCOP).
pub const AIRCOP_JAITF_NE_AGADEZ: Id = Id::lit("aircop.jaitf.ne-agadez");

/// Task force `aircop.jaitf.bo`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Bolivia, Plurinational
/// State of; of AIRCOP).
pub const AIRCOP_JAITF_BO: Id = Id::lit("aircop.jaitf.bo");

/// Task force `aircop.jaitf.cr`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Costa Rica; of AIRCOP).
pub const AIRCOP_JAITF_CR: Id = Id::lit("aircop.jaitf.cr");

/// Task force `aircop.jaitf.cu`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Cuba; of AIRCOP).
pub const AIRCOP_JAITF_CU: Id = Id::lit("aircop.jaitf.cu");

/// Task force `aircop.jaitf.ec`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Ecuador; of AIRCOP).
pub const AIRCOP_JAITF_EC: Id = Id::lit("aircop.jaitf.ec");

/// Task force `aircop.jaitf.tt`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Trinidad and Tobago; of
/// AIRCOP).
pub const AIRCOP_JAITF_TT: Id = Id::lit("aircop.jaitf.tt");

/// Task force `aircop.jaitf.ba`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Bosnia and Herzegovina;
/// of AIRCOP).
pub const AIRCOP_JAITF_BA: Id = Id::lit("aircop.jaitf.ba");

/// Task force `aircop.jaitf.rs`: **Joint Airport Interdiction Task Forces (JAITFs)** (in Serbia; of AIRCOP).
pub const AIRCOP_JAITF_RS: Id = Id::lit("aircop.jaitf.rs");

/// Task force `aircop.jaitf.mk`: **Joint Airport Interdiction Task Forces (JAITFs)** (in North Macedonia; of
/// AIRCOP).
pub const AIRCOP_JAITF_MK: Id = Id::lit("aircop.jaitf.mk");

/// Task force `clasi.task-force`: **temporary counter narcotics Task Force** (of adoption of the Joint
/// Declaration of the Ministers of the Interior of the Member States of the EU and the Ministers in charge of
/// security matters of the Member States of the Latin American Committee on Internal Security (CLASI), following
/// a working lunch).
pub const CLASI_TASK_FORCE: Id = Id::lit("clasi.task-force");

/// Border area `eurofront.border.rumichaca`: **Rumichaca** (of EUROFRONT).
pub const EUROFRONT_BORDER_RUMICHACA: Id = Id::lit("eurofront.border.rumichaca");

/// Border area `eurofront.border.desaguadero`: **Desaguadero** (of EUROFRONT).
pub const EUROFRONT_BORDER_DESAGUADERO: Id = Id::lit("eurofront.border.desaguadero");

/// Border area `eurofront.border.triple-frontera`: **Triple Frontera** (of EUROFRONT).
pub const EUROFRONT_BORDER_TRIPLE_FRONTERA: Id = Id::lit("eurofront.border.triple-frontera");

/// Border area `eurofront.border.aguas-blancas-bermejo`: **Aguas Blancas-Bermejo** (of EUROFRONT).
pub const EUROFRONT_BORDER_AGUAS_BLANCAS_BERMEJO: Id = Id::lit("eurofront.border.aguas-blancas-bermejo");

/// Event `hlm-22`: **XXIInd High-Level Meeting** (2021-06-22; of EU-CELAC Coordination and Cooperation Mechanism
/// on Drugs).
pub const HLM_22: Id = Id::lit("hlm-22");

/// Event `tc-2021-10-26`: **meeting of the EU-CELAC Technical Committee on Drugs** (2021-10-26; of EU-CELAC
/// Technical Committee on Drugs).
pub const TC_2021_10_26: Id = Id::lit("tc-2021-10-26");

/// Event `tc-2022-05-04`: **meeting of the EU-CELAC Technical Committee on Drugs** (2022-05-04; of EU-CELAC
/// Technical Committee on Drugs).
pub const TC_2022_05_04: Id = Id::lit("tc-2022-05-04");

/// Event `hlm-23`: **XXIIIrd High-Level Meeting** (2022-06-24; of EU-CELAC Coordination and Cooperation Mechanism
/// on Drugs).
pub const HLM_23: Id = Id::lit("hlm-23");

/// Event `cnd-65`: **65th session of the Commission on Narcotic Drugs (CND)** (of CND).
pub const CND_65: Id = Id::lit("cnd-65");

/// Event `copolad.kick-off`: **COPOLAD Kick-off Meeting** (2022-02-15; of COPOLAD III Implementation).
pub const COPOLAD_KICK_OFF: Id = Id::lit("copolad.kick-off");

/// Event `copolad.cnd-side-event`: **Leaving no one behind: The EU’s right based and development-oriented
/// approach to drugs policies in cooperation initiatives in Central Asia, Latin America and the Caribbean**.
pub const COPOLAD_CND_SIDE_EVENT: Id = Id::lit("copolad.cnd-side-event");

/// Event `colibri.start`: **The project started** (2019-01; of COLIBRI).
pub const COLIBRI_START: Id = Id::lit("colibri.start");

/// Event `colibri.geoportal-launch`: **launch of the COLIBRI geoportal** (2021-early; of COLIBRI).
pub const COLIBRI_GEOPORTAL_LAUNCH: Id = Id::lit("colibri.geoportal-launch");

/// Event `colibri.e-learning-launch`: **launch of its e-learning training programme** (of COLIBRI).
pub const COLIBRI_E_LEARNING_LAUNCH: Id = Id::lit("colibri.e-learning-launch");

/// Event `masif.conference-on-organised-crime`: **24-hour Conference on Organised Crime** (2021).
pub const MASIF_CONFERENCE_ON_ORGANISED_CRIME: Id = Id::lit("masif.conference-on-organised-crime");

/// Event `el-paccto.justice-hlm-2022`: **high-level meeting of Justice institutions “Towards a shared Political
/// Cycle of Justice between Latin America and the European Union”** (2022-06-01/2022-06-02; of justice-related
/// actions).
pub const EL_PACCTO_JUSTICE_HLM_2022: Id = Id::lit("el-paccto.justice-hlm-2022");

/// Event `el-paccto.lisboa-signing`: **signature of the Lisboa declaration** (2021; of justice-related actions).
pub const EL_PACCTO_LISBOA_SIGNING: Id = Id::lit("el-paccto.lisboa-signing");

/// Event `clasi.political-declaration-signing`: **signature of the political declaration that created the CLASI**
/// (2022-03-02; of CLASI).
pub const CLASI_POLITICAL_DECLARATION_SIGNING: Id = Id::lit("clasi.political-declaration-signing");

/// Event `clasi.joint-declaration`: **adoption of the Joint Declaration of the Ministers of the Interior of the
/// Member States of the EU and the Ministers in charge of security matters of the Member States of the Latin
/// American Committee on Internal Security (CLASI), following a working lunch** (2022-03-03).
pub const CLASI_JOINT_DECLARATION: Id = Id::lit("clasi.joint-declaration");

/// Event `el-paccto.ameripol-treaty-signature`: **signature of the AMERIPOL Treaty** (2022; of consolidation of
/// AMERIPOL).
pub const EL_PACCTO_AMERIPOL_TREATY_SIGNATURE: Id = Id::lit("el-paccto.ameripol-treaty-signature");

/// Event `tei-lac.launch-meeting`: **High-level meeting organised by the French Presidency and the EL PAcCTO
/// programme** (2022?-05-31; of TEI).
pub const TEI_LAC_LAUNCH_MEETING: Id = Id::lit("tei-lac.launch-meeting");

/// Event `eurofront.actions-signed-off-2019`: **two actions were signed off in 2019 under the EUROFRONT
/// programme** (2019; of EUROFRONT).
pub const EUROFRONT_ACTIONS_SIGNED_OFF_2019: Id = Id::lit("eurofront.actions-signed-off-2019");

/// Event `eu-celac.foreign-ministers-meeting-2018`: **EU-CELAC Foreign Ministers' Meeting**
/// (2018-07-16/2018-07-17).
pub const EU_CELAC_FOREIGN_MINISTERS_MEETING_2018: Id = Id::lit("eu-celac.foreign-ministers-meeting-2018");

/// Document `doc.annual-report-2021-2022`: **Annual Report 1 June 2021 to 31 May 2022**.
pub const DOC_ANNUAL_REPORT_2021_2022: Id = Id::lit("doc.annual-report-2021-2022");

/// Document `doc.biennial-report-2019-2021`: **Biennial Report 1 June 2019 to 31 May 2021**.
pub const DOC_BIENNIAL_REPORT_2019_2021: Id = Id::lit("doc.biennial-report-2019-2021");

/// Document `doc.outcome-document-hlm-22`: **Outcome Document**.
pub const DOC_OUTCOME_DOCUMENT_HLM_22: Id = Id::lit("doc.outcome-document-hlm-22");

/// Document `doc.cm-6082-21`: **CM 6082/21**.
pub const DOC_CM_6082_21: Id = Id::lit("doc.cm-6082-21");

/// Document `doc.cm-2653-22`: **CM 2653/22**.
pub const DOC_CM_2653_22: Id = Id::lit("doc.cm-2653-22");

/// Document `doc.draft-agenda-hlm-23`: **draft agenda of the High-Level Meeting**.
pub const DOC_DRAFT_AGENDA_HLM_23: Id = Id::lit("doc.draft-agenda-hlm-23");

/// Document `doc.draft-outcome-document-hlm-23`: **draft outcome document**.
pub const DOC_DRAFT_OUTCOME_DOCUMENT_HLM_23: Id = Id::lit("doc.draft-outcome-document-hlm-23");

/// Document `doc.copolad-inception-report`: **inception report**.
pub const DOC_COPOLAD_INCEPTION_REPORT: Id = Id::lit("doc.copolad-inception-report");

/// Document `doc.copolad-study-women-drug-policies`: **study on women and drug related policies**.
pub const DOC_COPOLAD_STUDY_WOMEN_DRUG_POLICIES: Id = Id::lit("doc.copolad-study-women-drug-policies");

/// Document `doc.colibri-technical-handbook`: **Technical Handbook on Monitoring and Controlling General
/// Aviation**.
pub const DOC_COLIBRI_TECHNICAL_HANDBOOK: Id = Id::lit("doc.colibri-technical-handbook");

/// Document `doc.colibri-training-handbook`: **training handbook**.
pub const DOC_COLIBRI_TRAINING_HANDBOOK: Id = Id::lit("doc.colibri-training-handbook");

/// Document `doc.global-cocaine-report`: **Global Cocaine Report**.
pub const DOC_GLOBAL_COCAINE_REPORT: Id = Id::lit("doc.global-cocaine-report");

/// Document `doc.masif-convergence-research`: **research on convergence of illicit flows**.
pub const DOC_MASIF_CONVERGENCE_RESEARCH: Id = Id::lit("doc.masif-convergence-research");

/// Document `doc.brussels-declaration`: **Brussels Declaration**.
pub const DOC_BRUSSELS_DECLARATION: Id = Id::lit("doc.brussels-declaration");

/// Document `doc.lisboa-declaration`: **Lisboa declaration**.
pub const DOC_LISBOA_DECLARATION: Id = Id::lit("doc.lisboa-declaration");

/// Document `doc.ideal`: **IDEAL (Instrumento de Documentación y Evaluación de la Amenaza en Latinoamérica)**.
pub const DOC_IDEAL: Id = Id::lit("doc.ideal");

/// Document `doc.socta`: **SOCTA (Serious Organised Crime Threat Assessment)**.
pub const DOC_SOCTA: Id = Id::lit("doc.socta");

/// Document `doc.ideal-2-0`: **IDEAL 2.0**.
pub const DOC_IDEAL_2_0: Id = Id::lit("doc.ideal-2-0");

/// Document `doc.clasi-political-declaration`: **political declaration that created the CLASI**.
pub const DOC_CLASI_POLITICAL_DECLARATION: Id = Id::lit("doc.clasi-political-declaration");

/// Document `doc.clasi-work-plan-2022-2023`: **operational annual work plan 2022-2023**.
pub const DOC_CLASI_WORK_PLAN_2022_2023: Id = Id::lit("doc.clasi-work-plan-2022-2023");

/// Document `doc.eu-clasi-joint-declaration`: **Joint Declaration of the Ministers of the Interior of the Member
/// States of the EU and the Ministers in charge of security matters of the Member States of the Latin American
/// Committee on Internal Security (CLASI)**.
pub const DOC_EU_CLASI_JOINT_DECLARATION: Id = Id::lit("doc.eu-clasi-joint-declaration");

/// Document `doc.ameripol-treaty`: **AMERIPOL Treaty**.
pub const DOC_AMERIPOL_TREATY: Id = Id::lit("doc.ameripol-treaty");

/// Document `doc.eurofront-guides-and-protocols`: **Technical guides and protocols**.
pub const DOC_EUROFRONT_GUIDES_AND_PROTOCOLS: Id = Id::lit("doc.eurofront-guides-and-protocols");

/// Document `doc.eurofront-component-2-diagnostics`: **extensive diagnostics on trafficking and smuggling in the
/// four targeted borders**.
pub const DOC_EUROFRONT_COMPONENT_2_DIAGNOSTICS: Id = Id::lit("doc.eurofront-component-2-diagnostics");

/// Document `doc.eu-celac-foreign-ministers-declaration-2018`: **EU-CELAC Foreign Ministers' Meeting
/// Declaration**.
pub const DOC_EU_CELAC_FOREIGN_MINISTERS_DECLARATION_2018: Id =
    Id::lit("doc.eu-celac-foreign-ministers-declaration-2018");

/// Organisation `council`: **Council of the European Union**.
pub const COUNCIL: Id = Id::lit("council");

/// Organisation `gsc`: **General Secretariat of the Council** (of Council of the European Union).
pub const GSC: Id = Id::lit("gsc");

/// Organisation `mechanism`: **EU-CELAC Coordination and Cooperation Mechanism on Drugs**.
pub const MECHANISM: Id = Id::lit("mechanism");

/// Organisation `eu`: **EU**, European Union.
pub const EU: Id = Id::lit("eu");

/// Organisation `celac`: **CELAC**, Community of Latin American and Caribbean States.
pub const CELAC: Id = Id::lit("celac");

/// Organisation `cnd`: **CND**, Commission on Narcotic Drugs.
pub const CND: Id = Id::lit("cnd");

/// Organisation `fiiapp`: **FIIAPP**, International Ibero-American Foundation for Public Policies and
/// Administrations, Spanish Cooperation.
pub const FIIAPP: Id = Id::lit("fiiapp");

/// Organisation `iila`: **IILA**, Italian-Latin American International Organization.
pub const IILA: Id = Id::lit("iila");

/// Organisation `emcdda`: **EMCDDA**, European Monitoring Centre for Drugs and Drug Addiction.
pub const EMCDDA: Id = Id::lit("emcdda");

/// Organisation `giz`: **GIZ**, Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH.
pub const GIZ: Id = Id::lit("giz");

/// Organisation `europol`: **EUROPOL**.
pub const EUROPOL: Id = Id::lit("europol");

/// Organisation `unodc`: **UNODC**, United Nations Office on Drugs and Crime.
pub const UNODC: Id = Id::lit("unodc");

/// Organisation `wco`: **World Customs Organisation**.
pub const WCO: Id = Id::lit("wco");

/// Organisation `interpol`: **INTERPOL**.
pub const INTERPOL: Id = Id::lit("interpol");

/// Organisation `expertise-france`: **Expertise France**.
pub const EXPERTISE_FRANCE: Id = Id::lit("expertise-france");

/// Organisation `frontex`: **FRONTEX**.
pub const FRONTEX: Id = Id::lit("frontex");

/// Organisation `european-commission`: **European Commission**.
pub const EUROPEAN_COMMISSION: Id = Id::lit("european-commission");

/// Organisation `eurojust`: **Eurojust**.
pub const EUROJUST: Id = Id::lit("eurojust");

/// Organisation `ameripol`: **AMERIPOL**.
pub const AMERIPOL: Id = Id::lit("ameripol");

/// Organisation `comjib`: **COMJIB**.
pub const COMJIB: Id = Id::lit("comjib");

/// Organisation `aiamp`: **AIAMP**.
pub const AIAMP: Id = Id::lit("aiamp");

/// Organisation `cji`: **CJI**.
pub const CJI: Id = Id::lit("cji");

/// Organisation `brazil-mfa`: **Ministry of Foreign Affairs of Brazil**.
pub const BRAZIL_MFA: Id = Id::lit("brazil-mfa");

/// Organisation `dg-intpa`: **INTPA** (of European Commission).
pub const DG_INTPA: Id = Id::lit("dg-intpa");

/// Organisation `dg-home`: **HOME** (of European Commission).
pub const DG_HOME: Id = Id::lit("dg-home");

/// Organisation `dg-just`: **JUST** (of European Commission).
pub const DG_JUST: Id = Id::lit("dg-just");

/// Organisation `olaf`: **OLAF** (of European Commission).
pub const OLAF: Id = Id::lit("olaf");

/// Organisation `fpi`: **FPI**.
pub const FPI: Id = Id::lit("fpi");

/// Organisation `eeas`: **EEAS**, European External Action Service.
pub const EEAS: Id = Id::lit("eeas");

/// Organisation `cepol`: **CEPOL**.
pub const CEPOL: Id = Id::lit("cepol");

/// Organisation `iom`: **IOM**.
pub const IOM: Id = Id::lit("iom");

/// Organisation `mercosur`: **MERCOSUR**.
pub const MERCOSUR: Id = Id::lit("mercosur");

/// Organisation `can`: **CAN**.
pub const CAN: Id = Id::lit("can");

/// Instrument `icsp`: **IcSP**, Instrument contributing to Stability and Peace.
pub const ICSP: Id = Id::lit("icsp");

/// Instrument `ndici-global-europe`: **NDICI-Global Europe**.
pub const NDICI_GLOBAL_EUROPE: Id = Id::lit("ndici-global-europe");

/// Every handle of this module with the kind of its record, in the order of the module's list.
pub const ALL: &[Ref] = &[
    Ref::new(RecordKind::Programme, COPOLAD),
    Ref::new(RecordKind::Programme, GIFP),
    Ref::new(RecordKind::Programme, COCAINE_ROUTE),
    Ref::new(RecordKind::Programme, HEROIN_ROUTE),
    Ref::new(RecordKind::Programme, EL_PACCTO),
    Ref::new(RecordKind::Programme, JUSTICE_POLICY_CYCLE),
    Ref::new(RecordKind::Programme, TEI_LAC),
    Ref::new(RecordKind::Programme, EUROFRONT),
    Ref::new(RecordKind::Programme, EU_CELAC_ACTION_PLAN),
    Ref::new(RecordKind::Programme, CHAPTER_10),
    Ref::new(RecordKind::Phase, COPOLAD_I),
    Ref::new(RecordKind::Phase, COPOLAD_II),
    Ref::new(RecordKind::Phase, COPOLAD_III),
    Ref::new(RecordKind::Phase, COPOLAD_III_INCEPTION),
    Ref::new(RecordKind::Phase, COPOLAD_III_IMPLEMENTATION),
    Ref::new(RecordKind::Phase, SEACOP_PHASE_3),
    Ref::new(RecordKind::Phase, SEACOP_PHASE_4),
    Ref::new(RecordKind::Phase, SEACOP_PHASE_5),
    Ref::new(RecordKind::Project, AIRCOP),
    Ref::new(RecordKind::Project, COLIBRI),
    Ref::new(RecordKind::Project, SEACOP),
    Ref::new(RecordKind::Project, CRIMJUST),
    Ref::new(RecordKind::Project, CRIMJUST_RESEARCH),
    Ref::new(RecordKind::Project, CRIMJUST_INTEGRITY),
    Ref::new(RecordKind::Project, MASIF),
    Ref::new(RecordKind::Project, EL_PACCTO_AMERIPOL_SUPPORT),
    Ref::new(RecordKind::Project, EL_PACCTO_INTERPOL_FUGITIVES),
    Ref::new(RecordKind::Project, EL_PACCTO_JUSTICE_ACTIONS),
    Ref::new(RecordKind::Project, EL_PACCTO_SECURITY_ACTIONS),
    Ref::new(RecordKind::Project, EL_PACCTO_AMERIPOL_CONSOLIDATION),
    Ref::new(RecordKind::Project, EUROFRONT_COMPONENT_1),
    Ref::new(RecordKind::Project, EUROFRONT_COMPONENT_2),
    Ref::new(RecordKind::Project, EUROFRONT_COMPONENT_1_REGIONAL_BORDER_MANAGEMENT),
    Ref::new(RecordKind::Project, EUROFRONT_COMPONENT_1_INFRASTRUCTURE),
    Ref::new(RecordKind::Project, EUROFRONT_COMPONENT_2_NATIONAL_INFORMATION_SYSTEMS),
    Ref::new(RecordKind::Operation, CRIMJUST_MIHADARATI),
    Ref::new(RecordKind::Operation, CRIMJUST_TRIGGER),
    Ref::new(RecordKind::Operation, CRIMJUST_CARGA_BLANCA),
    Ref::new(RecordKind::Operation, EL_PACCTO_ELIPSIA_OPERATIONS),
    Ref::new(RecordKind::Committee, TECHNICAL_COMMITTEE),
    Ref::new(RecordKind::Committee, COPOLAD_STEERING_COMMITTEE),
    Ref::new(RecordKind::Committee, JUSTICE_POLICY_CYCLE_FOLLOW_UP_COMMITTEE),
    Ref::new(RecordKind::Committee, CLASI),
    Ref::new(RecordKind::Committee, COSI),
    Ref::new(RecordKind::WorkingGroup, COPOLAD_III_WG_WOMEN_TREATMENT),
    Ref::new(RecordKind::WorkingGroup, COPOLAD_III_WG_PRECURSORS),
    Ref::new(RecordKind::WorkingGroup, COPOLAD_III_WG_RIGHTS_SUSTAINABLE_DEVELOPMENT),
    Ref::new(RecordKind::WorkingGroup, COPOLAD_III_WG_ALTERNATIVE_DEVELOPMENT),
    Ref::new(RecordKind::WorkingGroup, COPOLAD_III_WG_INTERNATIONAL_COOPERATION),
    Ref::new(RecordKind::Network, COPOLAD_III_FOCAL_POINTS),
    Ref::new(RecordKind::Network, CLASI_OFFICERS_NETWORK),
    Ref::new(RecordKind::Network, EL_PACCTO_JAGUAR_NETWORK),
    Ref::new(RecordKind::Network, EL_PACCTO_ELIPSIA_NETWORK),
    Ref::new(RecordKind::Network, EL_PACCTO_CIBER_NETWORK),
    Ref::new(RecordKind::Network, EL_PACCTO_UELLA),
    Ref::new(RecordKind::Network, EL_PACCTO_CIBELA),
    Ref::new(RecordKind::Network, EL_PACCTO_ARCO),
    Ref::new(RecordKind::Network, EL_PACCTO_LYNX),
    Ref::new(RecordKind::Network, EL_PACCTO_REDCOPEN),
    Ref::new(RecordKind::Network, EL_PACCTO_RAP),
    Ref::new(RecordKind::WorkArea, COPOLAD_III_APPROACH_RESULTS_ORIENTED_METHODOLOGY),
    Ref::new(RecordKind::WorkArea, COPOLAD_III_APPROACH_TEAM_EUROPE_SPIRIT),
    Ref::new(RecordKind::WorkArea, COPOLAD_III_APPROACH_STRENGTHENED_STRATEGY),
    Ref::new(RecordKind::WorkArea, COPOLAD_III_REGIONAL_LEVEL),
    Ref::new(RecordKind::WorkArea, COPOLAD_III_NATIONAL_LEVEL),
    Ref::new(RecordKind::WorkArea, COPOLAD_III_GENDER_EQUALITY),
    Ref::new(RecordKind::WorkArea, CLASI_DRUG_TRAFFICKING),
    Ref::new(RecordKind::WorkArea, CLASI_MIGRANT_SMUGGLING),
    Ref::new(RecordKind::WorkArea, CLASI_ARMS_TRAFFICKING),
    Ref::new(RecordKind::WorkArea, EUROFRONT_CROSSCUTTING_HUMAN_RIGHTS),
    Ref::new(RecordKind::WorkArea, EUROFRONT_CROSSCUTTING_GENDER),
    Ref::new(RecordKind::WorkArea, EUROFRONT_CROSSCUTTING_GOOD_GOVERNANCE),
    Ref::new(RecordKind::WorkArea, EUROFRONT_CROSSCUTTING_RULE_OF_LAW),
    Ref::new(RecordKind::WorkArea, EUROFRONT_CROSSCUTTING_FUNDAMENTAL_FREEDOMS),
    Ref::new(RecordKind::WorkArea, EUROFRONT_COMPONENT_1_PILLAR_1),
    Ref::new(RecordKind::WorkArea, EUROFRONT_COMPONENT_1_PILLAR_2),
    Ref::new(RecordKind::WorkArea, EUROFRONT_COMPONENT_1_PILLAR_3),
    Ref::new(RecordKind::WorkArea, EUROFRONT_COMPONENT_1_PILLAR_4),
    Ref::new(RecordKind::TaskForce, COPOLAD_III_TASK_FORCES),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_AR),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_BB),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_BJ),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_BO_SANTA_CRUZ_VIRU_VIRU),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_BF),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_CV),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_CM_DOUALA),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_CM_YAOUNDE),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_CI),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_DO_SANTO_DOMINGO),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_DO_PUNTA_CANA),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_SV),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_GM),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_GH),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_GW),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_JM_MONTEGO_BAY),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_JM_KINGSTON),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_JO),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_ML),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_NE_NIAMEY),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_NG_ABUJA),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_NG_LAGOS),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_SN),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_TG),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_ET),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_KE),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_MZ),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_NE_AGADEZ),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_BO),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_CR),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_CU),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_EC),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_TT),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_BA),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_RS),
    Ref::new(RecordKind::TaskForce, AIRCOP_JAITF_MK),
    Ref::new(RecordKind::TaskForce, CLASI_TASK_FORCE),
    Ref::new(RecordKind::BorderArea, EUROFRONT_BORDER_RUMICHACA),
    Ref::new(RecordKind::BorderArea, EUROFRONT_BORDER_DESAGUADERO),
    Ref::new(RecordKind::BorderArea, EUROFRONT_BORDER_TRIPLE_FRONTERA),
    Ref::new(RecordKind::BorderArea, EUROFRONT_BORDER_AGUAS_BLANCAS_BERMEJO),
    Ref::new(RecordKind::Event, HLM_22),
    Ref::new(RecordKind::Event, TC_2021_10_26),
    Ref::new(RecordKind::Event, TC_2022_05_04),
    Ref::new(RecordKind::Event, HLM_23),
    Ref::new(RecordKind::Event, CND_65),
    Ref::new(RecordKind::Event, COPOLAD_KICK_OFF),
    Ref::new(RecordKind::Event, COPOLAD_CND_SIDE_EVENT),
    Ref::new(RecordKind::Event, COLIBRI_START),
    Ref::new(RecordKind::Event, COLIBRI_GEOPORTAL_LAUNCH),
    Ref::new(RecordKind::Event, COLIBRI_E_LEARNING_LAUNCH),
    Ref::new(RecordKind::Event, MASIF_CONFERENCE_ON_ORGANISED_CRIME),
    Ref::new(RecordKind::Event, EL_PACCTO_JUSTICE_HLM_2022),
    Ref::new(RecordKind::Event, EL_PACCTO_LISBOA_SIGNING),
    Ref::new(RecordKind::Event, CLASI_POLITICAL_DECLARATION_SIGNING),
    Ref::new(RecordKind::Event, CLASI_JOINT_DECLARATION),
    Ref::new(RecordKind::Event, EL_PACCTO_AMERIPOL_TREATY_SIGNATURE),
    Ref::new(RecordKind::Event, TEI_LAC_LAUNCH_MEETING),
    Ref::new(RecordKind::Event, EUROFRONT_ACTIONS_SIGNED_OFF_2019),
    Ref::new(RecordKind::Event, EU_CELAC_FOREIGN_MINISTERS_MEETING_2018),
    Ref::new(RecordKind::Document, DOC_ANNUAL_REPORT_2021_2022),
    Ref::new(RecordKind::Document, DOC_BIENNIAL_REPORT_2019_2021),
    Ref::new(RecordKind::Document, DOC_OUTCOME_DOCUMENT_HLM_22),
    Ref::new(RecordKind::Document, DOC_CM_6082_21),
    Ref::new(RecordKind::Document, DOC_CM_2653_22),
    Ref::new(RecordKind::Document, DOC_DRAFT_AGENDA_HLM_23),
    Ref::new(RecordKind::Document, DOC_DRAFT_OUTCOME_DOCUMENT_HLM_23),
    Ref::new(RecordKind::Document, DOC_COPOLAD_INCEPTION_REPORT),
    Ref::new(RecordKind::Document, DOC_COPOLAD_STUDY_WOMEN_DRUG_POLICIES),
    Ref::new(RecordKind::Document, DOC_COLIBRI_TECHNICAL_HANDBOOK),
    Ref::new(RecordKind::Document, DOC_COLIBRI_TRAINING_HANDBOOK),
    Ref::new(RecordKind::Document, DOC_GLOBAL_COCAINE_REPORT),
    Ref::new(RecordKind::Document, DOC_MASIF_CONVERGENCE_RESEARCH),
    Ref::new(RecordKind::Document, DOC_BRUSSELS_DECLARATION),
    Ref::new(RecordKind::Document, DOC_LISBOA_DECLARATION),
    Ref::new(RecordKind::Document, DOC_IDEAL),
    Ref::new(RecordKind::Document, DOC_SOCTA),
    Ref::new(RecordKind::Document, DOC_IDEAL_2_0),
    Ref::new(RecordKind::Document, DOC_CLASI_POLITICAL_DECLARATION),
    Ref::new(RecordKind::Document, DOC_CLASI_WORK_PLAN_2022_2023),
    Ref::new(RecordKind::Document, DOC_EU_CLASI_JOINT_DECLARATION),
    Ref::new(RecordKind::Document, DOC_AMERIPOL_TREATY),
    Ref::new(RecordKind::Document, DOC_EUROFRONT_GUIDES_AND_PROTOCOLS),
    Ref::new(RecordKind::Document, DOC_EUROFRONT_COMPONENT_2_DIAGNOSTICS),
    Ref::new(RecordKind::Document, DOC_EU_CELAC_FOREIGN_MINISTERS_DECLARATION_2018),
    Ref::new(RecordKind::Organisation, COUNCIL),
    Ref::new(RecordKind::Organisation, GSC),
    Ref::new(RecordKind::Organisation, MECHANISM),
    Ref::new(RecordKind::Organisation, EU),
    Ref::new(RecordKind::Organisation, CELAC),
    Ref::new(RecordKind::Organisation, CND),
    Ref::new(RecordKind::Organisation, FIIAPP),
    Ref::new(RecordKind::Organisation, IILA),
    Ref::new(RecordKind::Organisation, EMCDDA),
    Ref::new(RecordKind::Organisation, GIZ),
    Ref::new(RecordKind::Organisation, EUROPOL),
    Ref::new(RecordKind::Organisation, UNODC),
    Ref::new(RecordKind::Organisation, WCO),
    Ref::new(RecordKind::Organisation, INTERPOL),
    Ref::new(RecordKind::Organisation, EXPERTISE_FRANCE),
    Ref::new(RecordKind::Organisation, FRONTEX),
    Ref::new(RecordKind::Organisation, EUROPEAN_COMMISSION),
    Ref::new(RecordKind::Organisation, EUROJUST),
    Ref::new(RecordKind::Organisation, AMERIPOL),
    Ref::new(RecordKind::Organisation, COMJIB),
    Ref::new(RecordKind::Organisation, AIAMP),
    Ref::new(RecordKind::Organisation, CJI),
    Ref::new(RecordKind::Organisation, BRAZIL_MFA),
    Ref::new(RecordKind::Organisation, DG_INTPA),
    Ref::new(RecordKind::Organisation, DG_HOME),
    Ref::new(RecordKind::Organisation, DG_JUST),
    Ref::new(RecordKind::Organisation, OLAF),
    Ref::new(RecordKind::Organisation, FPI),
    Ref::new(RecordKind::Organisation, EEAS),
    Ref::new(RecordKind::Organisation, CEPOL),
    Ref::new(RecordKind::Organisation, IOM),
    Ref::new(RecordKind::Organisation, MERCOSUR),
    Ref::new(RecordKind::Organisation, CAN),
    Ref::new(RecordKind::Instrument, ICSP),
    Ref::new(RecordKind::Instrument, NDICI_GLOBAL_EUROPE),
];
