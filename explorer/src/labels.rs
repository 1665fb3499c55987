//! Words for the library's codes, as a reader says them.

use eu_celac_drugs::RecordKind;

/// The kind of a record, in words.
pub const fn kind(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Organisation => "organisation",
        RecordKind::Instrument => "funding instrument",
        RecordKind::Programme => "programme",
        RecordKind::Phase => "phase",
        RecordKind::Project => "project",
        RecordKind::Operation => "operation",
        RecordKind::WorkingGroup => "working group",
        RecordKind::Network => "network",
        RecordKind::Committee => "committee",
        RecordKind::WorkArea => "work area",
        RecordKind::TaskForce => "task force",
        RecordKind::BorderArea => "border area",
        RecordKind::Event => "meeting or event",
        RecordKind::Document => "document",
        RecordKind::Participation => "participation",
        RecordKind::Seizure => "seizure",
        RecordKind::Outcome => "outcome",
        RecordKind::Budget => "budget",
        RecordKind::StatedList => "stated list",
        RecordKind::Relation => "relation",
        RecordKind::Statement => "statement",
    }
}

/// The plural of [`kind`].
pub const fn kinds(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Organisation => "Organisations",
        RecordKind::Instrument => "Funding instruments",
        RecordKind::Programme => "Programmes",
        RecordKind::Phase => "Phases",
        RecordKind::Project => "Projects",
        RecordKind::Operation => "Operations",
        RecordKind::WorkingGroup => "Working groups",
        RecordKind::Network => "Networks",
        RecordKind::Committee => "Committees",
        RecordKind::WorkArea => "Work areas",
        RecordKind::TaskForce => "Task forces",
        RecordKind::BorderArea => "Border areas",
        RecordKind::Event => "Meetings and events",
        RecordKind::Document => "Documents",
        RecordKind::Participation => "Participations",
        RecordKind::Seizure => "Seizures",
        RecordKind::Outcome => "Outcomes",
        RecordKind::Budget => "Budgets",
        RecordKind::StatedList => "Stated lists",
        RecordKind::Relation => "Relations",
        RecordKind::Statement => "Statements",
    }
}
