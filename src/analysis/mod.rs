//! Analyses over any [`Dataset`](crate::Dataset): the compiled-in report or one loaded at run time.
//!
//! - [`involvement`]: what each country takes part in, in which role and status; a ranked
//!   table; CELAC coverage.
//! - [`seizures`]: seizure totals in exact arithmetic, with qualifiers carried into the
//!   totals' bounds, that keep apart seized and destroyed, stated periods, own seizures and
//!   contributions, and units, unless the caller asks to combine them.
//! - [`budgets`]: budgets by programme and phase, per currency.
//! - [`timeline`](mod@timeline): every dated record in date order, placed against the reporting period.
//! - [`findings`]: where the report disagrees with itself.

pub mod budgets;
pub mod findings;
pub mod involvement;
pub mod seizures;
pub mod timeline;

pub use budgets::{BudgetLine, budget_lines};
pub use findings::{Finding, FindingClass, FindingCounts, FindingKind, Severity, validate};
pub use involvement::{
    AttributionFilter, BlocClaim, BlocFilter, CelacCoverage, CountryProgramme, Filter, INVOLVEMENT_TABLE_READS,
    Involvement, InvolvementKind, InvolvementRow, StatusFilter, bloc_claims, bloc_claims_of, celac_coverage,
    involvement_table, involvements, involvements_of, programmes_of,
};
pub use seizures::{
    Facet, GroupBy, PeriodFilter, SEIZURE_TOTALS_READS, Scope, SeizureQuery, SeizureTotal, Units, seizure_totals,
    seizure_totals_of,
};
pub use timeline::{ParentDates, PeriodRelation, Selection, TimelineEntry, TimelineQuery, timeline};
